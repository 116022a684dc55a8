//! Accounts, sessions, mail and the moderation loop over real HTTP, on both backends,
//! with a real SMTP server on a local port reading what Sammen sends.

use crate::common;
use crate::common::location;
use crate::common::{app_with_mail, path_of};

use std::time::Duration;

use common::smtp::{SmtpSink, link};
use common::{
    TestApp, TestDb, is_error_page, make_account, raw_pool, refuse_inserts, session_cookie,
    session_for,
};
use reqwest::StatusCode;
use sammen::auth::Role;

both_backends!(
    signing_in_and_out_and_out_everywhere,
    wrong_passwords_are_limited_and_explained,
    registration_is_confirmed_by_mail,
    a_forgotten_password_is_reset_by_mail,
    an_invitation_by_mail_makes_a_working_account,
    an_invitation_whose_audit_line_fails_leaves_nothing_behind,
    a_suggestion_is_approved_found_and_confirmed_from_the_mail,
    a_double_submission_creates_one_record,
    a_members_edit_waits_for_moderation_and_shows_a_diff,
    forms_without_a_valid_token_are_refused,
    a_member_cannot_touch_another_organisation,
    the_audit_log_refuses_change_and_records_who,
    personal_data_can_be_exported_and_deleted,
    mail_is_retried_and_never_sent_twice,
);

const PASSWORD: &str = "en lang nok adgangskode";

async fn signing_in_and_out_and_out_everywhere(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    make_account(&store, "mod@example.org", PASSWORD, &[Role::Moderator], &[]).await;
    // Anonymous: the staff area sends to the sign-in page and back.
    let response = app.get("/admin/moderation").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/login?next=%2Fadmin%2Fmoderation");
    let login = app
        .post_as(
            None,
            "/login?next=%2Fadmin%2Fmoderation",
            "/login",
            &[("email", "MOD@example.org "), ("adgangskode", PASSWORD)],
        )
        .await;
    assert_eq!(login.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&login), "/admin/moderation");
    let set_cookie = login
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"),
        "{set_cookie}"
    );
    let first = session_cookie(&login).unwrap();
    let (status, html) = (
        app.get_as(Some(&first), "/admin/moderation").await.status(),
        app.get_as(Some(&first), "/konto")
            .await
            .text()
            .await
            .unwrap(),
    );
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Moderator") && html.contains("mod@example.org"));
    // A second session elsewhere; "log out" ends only this one.
    let second = app.login("mod@example.org", PASSWORD).await;
    let out = app.post_as(Some(&first), "/logout", "/konto", &[]).await;
    assert_eq!(location(&out), "/login?ude=1");
    assert_eq!(
        app.get_as(Some(&first), "/konto").await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.get_as(Some(&second), "/konto").await.status(),
        StatusCode::OK
    );
    // "Log out everywhere" ends every session.
    let third = app.login("mod@example.org", PASSWORD).await;
    app.post_as(Some(&third), "/konto/log-ud-overalt", "/konto", &[])
        .await;
    assert_eq!(
        app.get_as(Some(&second), "/konto").await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.get_as(Some(&third), "/konto").await.status(),
        StatusCode::SEE_OTHER
    );
    app.stop().await;
}

async fn wrong_passwords_are_limited_and_explained(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    make_account(&store, "ane@example.org", PASSWORD, &[], &[]).await;
    for _ in 0..5 {
        let response = app
            .post_form(
                "/login",
                &[("email", "ane@example.org"), ("adgangskode", "forkert")],
            )
            .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        let html = response.text().await.unwrap();
        assert!(html.contains("E-mailadressen eller adgangskoden er forkert."));
        assert!(
            html.contains("value=\"ane@example.org\""),
            "the address is kept"
        );
    }
    // The right password is refused now too, with a clear wait.
    let response = app
        .post_form(
            "/login",
            &[("email", "ane@example.org"), ("adgangskode", PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(response.text().await.unwrap().contains("Vent 15 minutter"));
    // An unknown address says the same as a wrong password.
    let response = app
        .post_form(
            "/login",
            &[("email", "nobody@example.org"), ("adgangskode", "x")],
        )
        .await;
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("E-mailadressen eller adgangskoden er forkert.")
    );
    // Empty fields get their own messages, linked from the summary.
    let html = app
        .post_form("/login", &[("email", ""), ("adgangskode", "")])
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("href=\"#email\"") && html.contains("Skriv din adgangskode."));
    app.stop().await;
}

async fn registration_is_confirmed_by_mail(db: TestDb) {
    let (app, sink) = app_with_mail(&db).await;
    let response = app
        .post_form(
            "/konto/ny",
            &[
                ("navn", "Bo Jensen"),
                ("email", "bo@example.org"),
                ("ny", PASSWORD),
                ("gentag", PASSWORD),
            ],
        )
        .await;
    assert_eq!(location(&response), "/konto/ny/sendt");
    // Not confirmed yet: signing in says so and sends the link again.
    let refused = app
        .post_form(
            "/login",
            &[("email", "bo@example.org"), ("adgangskode", PASSWORD)],
        )
        .await;
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("bekræfte din e-mailadresse")
    );
    let mails = sink.wait_for("bo@example.org", 2).await;
    assert_eq!(mails[0].subject, "Bekræft din e-mail til Sammen");
    assert!(
        mails[0].message_id.starts_with("outbox-"),
        "{}",
        mails[0].message_id
    );
    let confirm = path_of(&link(&mails[0].body, "http"));
    assert!(confirm.starts_with("/konto/bekraeft/"));
    // Opening the link changes nothing; the button does.
    assert_eq!(app.get(&confirm).await.status(), StatusCode::OK);
    let done = app.post_form(&confirm, &[]).await;
    assert_eq!(done.status(), StatusCode::OK);
    assert!(
        done.text()
            .await
            .unwrap()
            .contains("din e-mail er bekræftet")
    );
    app.login("bo@example.org", PASSWORD).await;
    // The link is used up.
    assert_eq!(app.get(&confirm).await.status(), StatusCode::GONE);
    // A second registration with the same address does not tell a stranger it exists.
    let again = app
        .post_form(
            "/konto/ny",
            &[
                ("navn", "X"),
                ("email", "bo@example.org"),
                ("ny", PASSWORD),
                ("gentag", PASSWORD),
            ],
        )
        .await;
    assert_eq!(location(&again), "/konto/ny/sendt");
    let mails = sink.wait_for("bo@example.org", 3).await;
    assert!(
        mails
            .iter()
            .any(|m| m.subject == "Du har allerede en konto hos Sammen")
    );
    // Mistakes keep what was typed.
    let bad = app
        .post_form(
            "/konto/ny",
            &[
                ("navn", "Bo"),
                ("email", "bo@"),
                ("ny", "kort"),
                ("gentag", "andet"),
            ],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let html = bad.text().await.unwrap();
    for text in [
        "Skriv en e-mailadresse som",
        "mindst 10 tegn",
        "ikke ens",
        "value=\"bo@\"",
    ] {
        assert!(html.contains(text), "{text}");
    }
    app.stop().await;
}

async fn a_forgotten_password_is_reset_by_mail(db: TestDb) {
    let (app, sink) = app_with_mail(&db).await;
    let store = app.server().store.clone();
    make_account(&store, "eva@example.org", PASSWORD, &[], &[]).await;
    let old_session = app.login("eva@example.org", PASSWORD).await;
    // Unknown and known addresses get the same answer.
    for email in ["ukendt@example.org", "eva@example.org"] {
        let response = app.post_form("/konto/glemt", &[("email", email)]).await;
        assert_eq!(location(&response), "/konto/glemt/sendt");
    }
    let mail = sink.wait_for("eva@example.org", 1).await.remove(0);
    assert!(sink.to("ukendt@example.org").is_empty());
    // Sent under the municipality's name (its `mail_name`), from the deployment's address.
    assert_eq!(mail.from_name, "Sammen Odsherred");
    let reset = path_of(&link(&mail.body, "http"));
    let short = app
        .post_form(&reset, &[("ny", "kort"), ("gentag", "kort")])
        .await;
    assert_eq!(short.status(), StatusCode::BAD_REQUEST);
    let done = app
        .post_form(
            &reset,
            &[
                ("ny", "et helt nyt kodeord"),
                ("gentag", "et helt nyt kodeord"),
            ],
        )
        .await;
    assert_eq!(done.status(), StatusCode::OK);
    // Old sessions end; the new password works, the old one does not.
    assert_eq!(
        app.get_as(Some(&old_session), "/konto").await.status(),
        StatusCode::SEE_OTHER
    );
    app.login("eva@example.org", "et helt nyt kodeord").await;
    let old = app
        .post_form(
            "/login",
            &[("email", "eva@example.org"), ("adgangskode", PASSWORD)],
        )
        .await;
    assert_eq!(old.status(), StatusCode::BAD_REQUEST);
    assert_eq!(app.get(&reset).await.status(), StatusCode::GONE);
    app.stop().await;
}

async fn an_invitation_by_mail_makes_a_working_account(db: TestDb) {
    let (app, sink) = app_with_mail(&db).await;
    let store = app.server().store.clone();
    let admin = make_account(
        &store,
        "admin@example.org",
        PASSWORD,
        &[Role::Administrator],
        &[],
    )
    .await;
    let cookie = session_for(&store, admin).await;
    let response = app
        .post_as(
            Some(&cookie),
            "/admin/konti/inviter",
            "/admin/konti/inviter",
            &[
                ("email", "ny@example.org"),
                ("navn", ""),
                ("rolle", "moderator"),
                ("organisation", "2"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/admin/konti?ok=inviteret");
    let mail = sink.wait_for("ny@example.org", 1).await.remove(0);
    assert!(mail.body.contains("Moderator"), "{}", mail.body);
    let accept = path_of(&link(&mail.body, "http"));
    let done = app
        .post_form(
            &accept,
            &[
                ("navn", "Ny Moderator"),
                ("ny", PASSWORD),
                ("gentag", PASSWORD),
            ],
        )
        .await;
    assert_eq!(location(&done), "/admin");
    let cookie = session_cookie(&done).unwrap();
    assert_eq!(
        app.get_as(Some(&cookie), "/admin/moderation")
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.get_as(Some(&cookie), "/admin/organisation/2")
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.get_as(Some(&cookie), "/admin/organisation/3")
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get_as(Some(&cookie), "/admin/konti").await.status(),
        StatusCode::FORBIDDEN
    );
    // A bad invitation keeps the input and explains.
    let admin_cookie = session_for(&store, admin).await;
    let bad = app
        .post_as(
            Some(&admin_cookie),
            "/admin/konti/inviter",
            "/admin/konti/inviter",
            &[("email", "ikke-en-adresse")],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    assert!(
        bad.text()
            .await
            .unwrap()
            .contains("value=\"ikke-en-adresse\"")
    );
    app.stop().await;
}

/// An invitation is the account, its roles, the one-time link, the mail and the audit
/// line together: when the audit log refuses the line, none of them is there and the
/// administrator gets the error page.
async fn an_invitation_whose_audit_line_fails_leaves_nothing_behind(db: TestDb) {
    let (app, _sink) = app_with_mail(&db).await;
    let store = app.server().store.clone();
    let admin = make_account(
        &store,
        "admin@example.org",
        PASSWORD,
        &[Role::Administrator],
        &[],
    )
    .await;
    let cookie = session_for(&store, admin).await;
    let pool = raw_pool(&db).await;
    let count = |table: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(format!(
                "SELECT COUNT(*) FROM {table}"
            )))
            .fetch_one(&pool)
            .await
            .unwrap()
        }
    };
    let tables = [
        "account",
        "account_role",
        "membership",
        "action_token",
        "outbox",
    ];
    let mut before = Vec::new();
    for table in tables {
        before.push(count(table).await);
    }
    refuse_inserts(&db, "audit_log").await;
    let response = app
        .post_as(
            Some(&cookie),
            "/admin/konti/inviter",
            "/admin/konti/inviter",
            &[
                ("email", "ny@example.org"),
                ("navn", "Ny Moderator"),
                ("rolle", "moderator"),
                ("organisation", "2"),
            ],
        )
        .await;
    is_error_page(response).await;
    for (table, before) in tables.into_iter().zip(before) {
        assert_eq!(count(table).await, before, "{table}");
    }
    app.stop().await;
}

/// The suggestion form refuses what a robot sends faster than a person.
async fn suggest(app: &TestApp, name: &str, contact: &str) -> reqwest::Response {
    let token = app.token(None, "/foreslaa-tilbud").await;
    tokio::time::sleep(Duration::from_millis(3100)).await;
    app.post_with_token(
        None,
        "/foreslaa-tilbud",
        &token,
        &suggestion_fields(name, contact),
    )
    .await
}

fn suggestion_fields<'a>(name: &'a str, contact: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("navn", name),
        (
            "kort",
            "Vi lægger puslespil og drikker kaffe. Alle er velkomne.",
        ),
        ("beskrivelse", "Hver torsdag i biblioteket."),
        ("organisation", "Puslespilsklubben"),
        ("kontakt", contact),
        ("livsarena", "leisure"),
        ("maalgruppe", "ældre"),
        ("maalgruppe", "voksne"),
        ("alder_fra", "18"),
        ("alder_til", "100"),
        ("pris", "free"),
        ("deltagelse", "show_up"),
        ("nye_velkomne", "ja"),
        ("kanal", "in_person"),
        ("by", "Nykøbing Sjælland"),
        ("dage", "TH"),
        ("hver", "1"),
        ("fra", "10:00"),
        ("til", "12:00"),
        ("website", ""),
    ]
}

async fn a_suggestion_is_approved_found_and_confirmed_from_the_mail(db: TestDb) {
    let (app, sink) = app_with_mail(&db).await;
    let store = app.server().store.clone();
    let moderator =
        make_account(&store, "mod@example.org", PASSWORD, &[Role::Moderator], &[]).await;
    let response = suggest(&app, "Puslespilscafé", "forslag@example.org").await;
    assert_eq!(location(&response), "/foreslaa-tilbud/tak");
    // Held for moderation: not searchable yet.
    assert!(
        !app.get_text("/vejviser?q=puslespilscafe")
            .await
            .1
            .contains("Puslespilscafé")
    );
    let cookie = session_for(&store, moderator).await;
    let queue = app
        .get_as(Some(&cookie), "/admin/moderation")
        .await
        .text()
        .await
        .unwrap();
    assert!(queue.contains("Puslespilscafé") && queue.contains("Forslag fra en borger"));
    let municipality = store.municipality(None).await.unwrap().id;
    let submission = store
        .pending_submissions(municipality)
        .await
        .unwrap()
        .remove(0);
    let detail = format!("/admin/moderation/{}", submission.id);
    let page = app
        .get_as(Some(&cookie), &detail)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("<ins>Puslespilscafé</ins>"),
        "a new offer shows as all added"
    );
    // Rejecting without a reason is refused with a message.
    let bad = app
        .post_as(
            Some(&cookie),
            &detail,
            &detail,
            &[("beslutning", "afvis"), ("begrundelse", "")],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    assert!(bad.text().await.unwrap().contains("Skriv en begrundelse"));
    let approved = app
        .post_as(
            Some(&cookie),
            &detail,
            &detail,
            &[
                ("beslutning", "godkend"),
                ("organisation", ""),
                ("begrundelse", "Velkommen!"),
            ],
        )
        .await;
    assert_eq!(location(&approved), "/admin/moderation?ok=beslutning");
    // Searchable on the server once the change log has moved.
    assert!(
        common::eventually(Duration::from_secs(10), || async {
            app.get_text("/vejviser?q=puslespil")
                .await
                .1
                .contains("Puslespilscafé")
        })
        .await
    );
    let mail = sink.wait_for("forslag@example.org", 1).await.remove(0);
    assert!(mail.subject.contains("er godkendt") && mail.body.contains("Velkommen!"));
    // The offer ages; the freshness job mails the organisation a "still correct" link.
    let offer = store.pending_submissions(municipality).await.unwrap();
    assert!(offer.is_empty());
    let offer_id = store
        .all_offers(municipality)
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.name == "Puslespilscafé")
        .unwrap()
        .id;
    set_confirmed(&db, offer_id, "2025-01-01").await;
    let ctx = sammen::jobs::JobContext::with_defaults(store.clone());
    let today: jiff::civil::Date = "2026-03-01".parse().unwrap();
    let outcome = sammen::freshness::check(&ctx, today).await.unwrap();
    assert!(outcome.reminders >= 1);
    // Idempotent: a second run (another server, a retry) sends nothing new.
    let again = sammen::freshness::check(&ctx, today).await.unwrap();
    assert_eq!(again.reminders, 0);
    let reminder = sink.wait_for("forslag@example.org", 2).await.remove(1);
    assert!(
        reminder.subject.contains("Puslespilscafé"),
        "{}",
        reminder.subject
    );
    let confirm = path_of(&link(&reminder.body, "http"));
    assert_eq!(app.get(&confirm).await.status(), StatusCode::OK);
    let done = app.post_form(&confirm, &[]).await;
    assert!(
        done.text()
            .await
            .unwrap()
            .contains("tilbuddet er bekræftet")
    );
    let offer = store.offer(municipality, offer_id).await.unwrap();
    assert_eq!(offer.last_confirmed_on, common::today());
    assert_eq!(sink.to("forslag@example.org").len(), 2, "no mail twice");
    app.stop().await;
}

async fn set_confirmed(db: &TestDb, offer_id: i64, date: &str) {
    let pool = common::raw_pool(db).await;
    sqlx::query("UPDATE offer SET last_confirmed_on = $1 WHERE id = $2")
        .bind(date)
        .bind(offer_id)
        .execute(&pool)
        .await
        .unwrap();
}

async fn a_double_submission_creates_one_record(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let token = app.token(None, "/foreslaa-tilbud").await;
    tokio::time::sleep(Duration::from_millis(3100)).await;
    let fields = suggestion_fields("Dobbeltklik-klubben", "");
    // A double click: two at once with the same form.
    let (a, b) = tokio::join!(
        app.post_with_token(None, "/foreslaa-tilbud", &token, &fields),
        app.post_with_token(None, "/foreslaa-tilbud", &token, &fields),
    );
    assert!(a.status().is_redirection() || a.status() == StatusCode::CONFLICT);
    assert!(b.status().is_redirection() || b.status() == StatusCode::CONFLICT);
    // Back and resubmit, later: sent where the first one went.
    let again = app
        .post_with_token(None, "/foreslaa-tilbud", &token, &fields)
        .await;
    assert_eq!(location(&again), "/foreslaa-tilbud/tak");
    let count = store
        .pending_submissions(municipality)
        .await
        .unwrap()
        .iter()
        .filter(|s| s.draft.name == "Dobbeltklik-klubben")
        .count();
    assert_eq!(count, 1);
    // The same for a report on an offer.
    let token = app.token(None, "/tilbud/1").await;
    for _ in 0..2 {
        app.post_with_token(
            None,
            "/tilbud/1",
            &token,
            &[("besked", "Tiden er ændret til kl. 15.")],
        )
        .await;
    }
    assert_eq!(store.open_offer_reports(municipality).await.unwrap(), 1);
    app.stop().await;
}

async fn a_members_edit_waits_for_moderation_and_shows_a_diff(db: TestDb) {
    let (app, sink) = app_with_mail(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let offer = store.offer(municipality, 1).await.unwrap();
    let org = offer.organisation.id;
    let member = make_account(&store, "medlem@example.org", PASSWORD, &[], &[org]).await;
    let moderator =
        make_account(&store, "mod@example.org", PASSWORD, &[Role::Moderator], &[]).await;
    let cookie = session_for(&store, member).await;
    let edit = "/admin/tilbud/1/rediger";
    let html = app.get_as(Some(&cookie), edit).await.text().await.unwrap();
    assert!(html.contains(&format!("value=\"{}\"", offer.name)));
    // Form fields as the page has them, with a changed short description.
    let mut fields: Vec<(String, String)> = vec![
        ("navn".into(), offer.name.clone()),
        (
            "kort".into(),
            format!("{} Nu også med kage.", offer.short_description),
        ),
        ("beskrivelse".into(), offer.description.clone()),
        ("alder_fra".into(), offer.age_min.to_string()),
        ("alder_til".into(), offer.age_max.to_string()),
        ("pris".into(), offer.cost.code().into()),
        (
            "beloeb".into(),
            offer
                .cost_amount_dkk
                .map(|a| a.to_string())
                .unwrap_or_default(),
        ),
        ("pris_note".into(), offer.cost_note.clone()),
        ("deltagelse".into(), offer.how_to_join.code().into()),
        ("kanal".into(), offer.channel.code().into()),
        (
            "by".into(),
            offer
                .town
                .as_ref()
                .map(|t| t.name.clone())
                .unwrap_or_default(),
        ),
        ("adresse".into(), offer.address.clone()),
        ("hver".into(), "1".into()),
        ("fra".into(), offer.start_time.clone()),
        ("til".into(), offer.end_time.clone()),
        ("handling".into(), "send".into()),
    ];
    if offer.newcomers_welcome {
        fields.push(("nye_velkomne".into(), "ja".into()));
    }
    for a in &offer.life_arenas {
        fields.push(("livsarena".into(), a.code().into()));
    }
    for g in &offer.target_groups {
        fields.push(("maalgruppe".into(), g.clone()));
    }
    for a in &offer.accessibility {
        fields.push(("tilgaengelighed".into(), a.clone()));
    }
    let day = offer
        .schedule_rrule
        .split("BYDAY=")
        .nth(1)
        .unwrap_or("TU")
        .split([';', ','])
        .next()
        .unwrap()
        .to_owned();
    fields.push(("dage".into(), day));
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let sent = app.post_as(Some(&cookie), edit, edit, &borrowed).await;
    assert_eq!(
        sent.status(),
        StatusCode::SEE_OTHER,
        "{}",
        sent.text().await.unwrap()
    );
    assert!(location(&sent).ends_with("?ok=pending"));
    // The public page is unchanged until a moderator approves.
    assert!(
        !app.get_text("/tilbud/1")
            .await
            .1
            .contains("Nu også med kage.")
    );
    let submission = store
        .pending_submissions(municipality)
        .await
        .unwrap()
        .remove(0);
    let detail = format!("/admin/moderation/{}", submission.id);
    let moderator_cookie = session_for(&store, moderator).await;
    let page = app
        .get_as(Some(&moderator_cookie), &detail)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("<ins>kage.</ins>"),
        "the diff shows the new words"
    );
    assert!(
        !page.contains("Tilbuddets navn</th>"),
        "unchanged fields are not listed"
    );
    // Ask for changes: the member is told by mail and can edit again.
    app.post_as(
        Some(&moderator_cookie),
        &detail,
        &detail,
        &[
            ("beslutning", "aendringer"),
            ("begrundelse", "Hvilken slags kage?"),
        ],
    )
    .await;
    let mail = sink.wait_for("medlem@example.org", 1).await.remove(0);
    assert!(mail.body.contains("Hvilken slags kage?"));
    let own = path_of(&link(&mail.body, "http"));
    let html = app.get_as(Some(&cookie), &own).await.text().await.unwrap();
    assert!(
        html.contains("Moderatoren beder om ændringer") && html.contains("Hvilken slags kage?")
    );
    let resent = app.post_as(Some(&cookie), &own, &own, &borrowed).await;
    assert_eq!(resent.status(), StatusCode::SEE_OTHER);
    app.post_as(
        Some(&moderator_cookie),
        &detail,
        &detail,
        &[("beslutning", "godkend"), ("begrundelse", "")],
    )
    .await;
    assert!(
        common::eventually(Duration::from_secs(10), || async {
            app.get_text("/tilbud/1")
                .await
                .1
                .contains("Nu også med kage.")
        })
        .await
    );
    // Deciding twice is refused kindly.
    let twice = app
        .post_as(
            Some(&moderator_cookie),
            &detail,
            "/konto",
            &[("beslutning", "afvis"), ("begrundelse", "x")],
        )
        .await;
    assert_eq!(twice.status(), StatusCode::CONFLICT);
    app.stop().await;
}

async fn forms_without_a_valid_token_are_refused(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let admin = make_account(
        &store,
        "admin@example.org",
        PASSWORD,
        &[Role::Administrator],
        &[],
    )
    .await;
    let cookie = session_for(&store, admin).await;
    // No token, a forged token, and a token made for another session.
    let none = app
        .client
        .post(app.url("/konto/log-ud-overalt"))
        .header("cookie", &cookie)
        .form(&[("x", "y")])
        .send()
        .await
        .unwrap();
    assert_eq!(none.status(), StatusCode::FORBIDDEN);
    assert!(none.text().await.unwrap().contains("Formularen er udløbet"));
    let forged = app
        .post_with_token(Some(&cookie), "/konto/log-ud-overalt", "abc.123.def", &[])
        .await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let anonymous_token = app.token(None, "/login").await;
    let other = app
        .post_with_token(
            Some(&cookie),
            "/konto/log-ud-overalt",
            &anonymous_token,
            &[],
        )
        .await;
    assert_eq!(other.status(), StatusCode::FORBIDDEN);
    // Another site's form is refused even with a token.
    let token = app.token(Some(&cookie), "/konto").await;
    let cross = app
        .client
        .post(app.url("/konto/log-ud-overalt"))
        .header("cookie", &cookie)
        .header("origin", "https://evil.example")
        .form(&[("_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(cross.status(), StatusCode::FORBIDDEN);
    // The session survived all of it.
    assert_eq!(
        app.get_as(Some(&cookie), "/konto").await.status(),
        StatusCode::OK
    );
    app.stop().await;
}

async fn a_member_cannot_touch_another_organisation(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let offers = store.all_offers(municipality).await.unwrap();
    let mine = offers[0].organisation.id;
    let theirs = offers.iter().find(|o| o.organisation.id != mine).unwrap();
    let member = make_account(&store, "medlem@example.org", PASSWORD, &[], &[mine]).await;
    let cookie = session_for(&store, member).await;
    for path in [
        format!("/admin/organisation/{}", theirs.organisation.id),
        format!("/admin/organisation/{}/tilbud/ny", theirs.organisation.id),
        format!("/admin/tilbud/{}/rediger", theirs.id),
    ] {
        assert_eq!(
            app.get_as(Some(&cookie), &path).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
        let post = app
            .post_as(Some(&cookie), &path, "/konto", &[("navn", "Overtaget")])
            .await;
        assert_eq!(post.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let profile = store
        .organisation_profile(municipality, theirs.organisation.id)
        .await
        .unwrap();
    assert_ne!(profile.name, "Overtaget");
    // Their own organisation: the profile edit is public at once and audited.
    let own = format!("/admin/organisation/{mine}");
    let response = app
        .post_as(
            Some(&cookie),
            &own,
            &own,
            &[
                ("navn", "Nyt navn"),
                ("beskrivelse", "Om os."),
                ("email", "os@example.org"),
                ("telefon", "12 34 56 78"),
                ("hjemmeside", ""),
                ("by", ""),
            ],
        )
        .await;
    assert_eq!(location(&response), format!("{own}?ok=gemt"));
    assert!(
        common::eventually(Duration::from_secs(10), || async {
            app.get_text(&format!("/organisation/{mine}"))
                .await
                .1
                .contains("Nyt navn")
        })
        .await
    );
    let bad = app
        .post_as(
            Some(&cookie),
            &own,
            &own,
            &[
                ("navn", ""),
                ("telefon", "ring!"),
                ("hjemmeside", "forening.dk"),
            ],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let html = bad.text().await.unwrap();
    assert!(html.contains("Skriv telefonnummeret") && html.contains("https://"));
    app.stop().await;
}

async fn the_audit_log_refuses_change_and_records_who(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let admin = make_account(
        &store,
        "admin@example.org",
        PASSWORD,
        &[Role::Administrator],
        &[],
    )
    .await;
    app.login("admin@example.org", PASSWORD).await;
    let municipality = store.municipality(None).await.unwrap().id;
    let entries = store
        .audit_entries(municipality, Some(admin), None, 10)
        .await
        .unwrap();
    assert!(entries.iter().any(|e| e.action == "account.login"));
    let pool = common::raw_pool(&db).await;
    for sql in ["UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"] {
        let result = sqlx::query(sql).execute(&pool).await;
        assert!(result.is_err(), "{sql} must be refused");
    }
    let cookie = session_for(&store, admin).await;
    let html = app
        .get_as(Some(&cookie), "/admin/log")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("account.login") && html.contains("Test Person"));
    app.stop().await;
}

async fn personal_data_can_be_exported_and_deleted(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let id = make_account(
        &store,
        "gdpr@example.org",
        PASSWORD,
        &[Role::Ambassador],
        &[2],
    )
    .await;
    let cookie = app.login("gdpr@example.org", PASSWORD).await;
    let response = app.get_as(Some(&cookie), "/konto/data").await;
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let data: serde_json::Value = response.json().await.unwrap();
    assert_eq!(data["account"]["email"], "gdpr@example.org");
    assert_eq!(data["roles"][0], "ambassador");
    assert_eq!(data["organisations"][0]["id"], 2);
    assert!(
        data["activity"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["action"] == "account.login")
    );
    // Deleting asks for a typed confirmation first.
    let unconfirmed = app
        .post_as(
            Some(&cookie),
            "/konto/slet",
            "/konto/slet",
            &[("bekraeft", "ja")],
        )
        .await;
    assert_eq!(unconfirmed.status(), StatusCode::BAD_REQUEST);
    let deleted = app
        .post_as(
            Some(&cookie),
            "/konto/slet",
            "/konto/slet",
            &[("bekraeft", "slet")],
        )
        .await;
    assert_eq!(location(&deleted), "/login?ude=1");
    assert!(matches!(
        store.account(municipality, id).await,
        Err(sammen::store::StoreError::NotFound)
    ));
    assert!(store.memberships_of(id).await.unwrap().is_empty());
    // The log keeps what happened, under a number, without the person.
    let entries = store
        .audit_entries(municipality, Some(id), None, 50)
        .await
        .unwrap();
    assert!(!entries.is_empty() && entries.iter().all(|e| e.actor_name.is_none()));
    let personal: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%gdpr@%'")
            .fetch_one(&common::raw_pool(&db).await)
            .await
            .unwrap();
    assert_eq!(personal, 0);
    assert_eq!(
        app.get_as(Some(&cookie), "/konto").await.status(),
        StatusCode::SEE_OTHER
    );
    app.stop().await;
}

async fn mail_is_retried_and_never_sent_twice(db: TestDb) {
    use sammen::store::outbox::NewMail;
    let store = db.store().await;
    let mail = |n: usize| NewMail {
        municipality_id: None,
        to: format!("modtager{n}@example.org"),
        subject: format!("Besked {n} – æøå"),
        body: format!("Hej {n}\n\nLinket: https://example.org/x?a=1&b=2\n"),
        unique_key: Some(format!("test:{n}")),
    };
    for n in 0..20 {
        assert!(store.queue_mail(&mail(n)).await.unwrap().is_some());
    }
    // The same key again queues nothing.
    assert!(store.queue_mail(&mail(3)).await.unwrap().is_none());
    // No server yet: sending fails, is recorded, and is retried later, not now.
    let dead = sammen::mail::Mailer::new(
        "smtp://127.0.0.1:9",
        "Sammen <sammen@example.org>".parse().unwrap(),
        "http://x",
    )
    .unwrap();
    let sent = sammen::mail::send_due(&store, &dead, "w0").await.unwrap();
    assert_eq!(sent, 0);
    let waiting = store.outbox(0, 100).await.unwrap();
    assert!(
        waiting
            .iter()
            .all(|m| m.sent_at.is_none() && m.attempts == 1 && m.last_error.is_some())
    );
    sqlx::query("UPDATE outbox SET next_attempt_at = 0")
        .execute(&common::raw_pool(&db).await)
        .await
        .unwrap();
    // Three senders with their own pools race over the outbox: each mail arrives once.
    let sink = SmtpSink::start().await;
    let mut senders = Vec::new();
    for w in 0..3 {
        let store = sammen::store::Store::connect(&db.url).await.unwrap();
        let mailer = sammen::mail::Mailer::new(
            &sink.url(),
            "Sammen <sammen@example.org>".parse().unwrap(),
            "http://x",
        )
        .unwrap();
        senders.push(tokio::spawn(async move {
            sammen::mail::send_due(&store, &mailer, &format!("w{w}"))
                .await
                .unwrap()
        }));
    }
    let mut total = 0;
    for s in senders {
        total += s.await.unwrap();
    }
    assert_eq!(total, 20);
    let all = sink.all();
    assert_eq!(all.len(), 20);
    for n in 0..20 {
        let got = sink.to(&format!("modtager{n}@example.org"));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].subject, format!("Besked {n} – æøå"));
        assert!(got[0].body.contains("https://example.org/x?a=1&b=2"));
    }
    assert!(
        store
            .outbox(0, 100)
            .await
            .unwrap()
            .iter()
            .all(|m| m.sent_at.is_some())
    );
}
