//! The young (issue 20) over HTTP on both backends: online communities that are good for
//! the young (moderators' marks, the Vejviser's filter, the badge, the API, and the marks
//! surviving an edit through moderation), and a group the young start — refused outside
//! 15–25 with what was typed kept, the supporting adult's mail over real SMTP, the adult's
//! private link, the moderators' queue, and the published offer with "started by young
//! people" and the adult's first name only; and the young's own voice — a question linked
//! to the strategy, anonymous answers stored with the day only, moderated before anyone
//! sees them, counted through the disclosure rule on `/unges-stemme` and `/strategi`.

use crate::common;

use std::time::Duration;

use common::smtp::link;
use common::{TestApp, TestDb, app_with_mail, eventually, location, make_account, raw_pool};
use reqwest::StatusCode;
use sammen::auth::Role;

both_backends!(
    good_online_communities_are_marked_found_and_kept_through_an_edit,
    a_group_the_young_start_is_vouched_for_moderated_and_shown,
    the_youngs_voice_is_anonymous_moderated_and_counted,
);

const PASSWORD: &str = "adgangskode123";
const MARKED: &str = "Ungesnak – chat med en voksen";
const UNMARKED: &str = "Online fællesspil – for dig, der helst bliver hjemme";

async fn offer_id(app: &TestApp, name: &str) -> i64 {
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    store
        .all_offers(municipality)
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.name == name)
        .unwrap_or_else(|| panic!("{name} is in the demo"))
        .id
}

async fn staff(app: &TestApp, email: &str, role: Role) -> String {
    let store = app.server().store.clone();
    let id = make_account(&store, email, PASSWORD, &[role], &[]).await;
    common::session_for(&store, id).await
}

async fn html_as(app: &TestApp, cookie: &str, path: &str) -> String {
    app.get_as(Some(cookie), path).await.text().await.unwrap()
}

async fn good_online_communities_are_marked_found_and_kept_through_an_edit(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let filtered = "/vejviser?unge-online=1";

    // The demo marks some online offers: the filter finds them, not an unmarked one.
    let (status, html) = app.get_text(filtered).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains(MARKED) && html.contains("Gamer-aften online"),
        "{html}"
    );
    assert!(
        !html.contains(UNMARKED),
        "an unmarked online offer is not found"
    );
    assert!(html.contains("Godt online fællesskab for unge"));
    assert!(
        html.contains("id=\"unge-online\" name=\"unge-online\" value=\"1\" checked"),
        "the filter shows as chosen"
    );
    // The badge and what it means on the offer's page.
    let marked = offer_id(&app, MARKED).await;
    let (_, page) = app.get_text(&format!("/tilbud/{marked}")).await;
    assert!(
        page.contains("Godt online fællesskab for unge")
            && page.contains("Der er voksne med, nogen holder øje med"),
        "{page}"
    );
    // The API has the same filter and says it of each offer.
    let api: serde_json::Value = app
        .get("/api/v1/offers?good_online_for_young=true&limit=100")
        .await
        .json()
        .await
        .unwrap();
    let items = api["items"].as_array().unwrap();
    assert!(!items.is_empty());
    assert!(items.iter().all(|i| i["good_online_for_young"] == true));
    assert!(items.iter().any(|i| i["id"] == marked));
    let unmarked = offer_id(&app, UNMARKED).await;
    assert!(items.iter().all(|i| i["id"] != unmarked));
    assert_eq!(
        app.get("/api/v1/offers?good_online_for_young=ja")
            .await
            .status(),
        StatusCode::BAD_REQUEST
    );

    // A moderator marks the unmarked one: two marks are not enough, three are.
    let moderator = staff(&app, "mod@example.org", Role::Moderator).await;
    let form = format!("/admin/tilbud/{unmarked}/unge");
    let list = html_as(&app, &moderator, "/admin/unge").await;
    assert!(list.contains(&form) && list.contains(UNMARKED), "{list}");
    let saved = app
        .post_as(
            Some(&moderator),
            &form,
            &form,
            &[("modereret", "ja"), ("voksne", "ja"), ("handling", "gem")],
        )
        .await;
    assert_eq!(location(&saved), "/admin/unge?ok=1");
    let saved = app
        .post_as(
            Some(&moderator),
            &form,
            &form,
            &[
                ("modereret", "ja"),
                ("voksne", "ja"),
                ("gratis", "ja"),
                ("handling", "gem"),
            ],
        )
        .await;
    assert_eq!(location(&saved), "/admin/unge?ok=1");
    assert!(
        eventually(Duration::from_secs(10), || async {
            app.get_text(filtered).await.1.contains(UNMARKED)
        })
        .await,
        "the marked offer is found once the snapshot follows"
    );
    let audit: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'offer.youth-marks' AND subject_id = $1",
    )
    .bind(unmarked.to_string())
    .fetch_one(&raw_pool(&db).await)
    .await
    .unwrap();
    assert_eq!(audit, 2);

    // An administrator edits the offer; a moderator approves the edit: the marks stay.
    let admin = staff(&app, "admin@example.org", Role::Administrator).await;
    let edit = format!("/admin/tilbud/{unmarked}/rediger");
    assert!(html_as(&app, &admin, &edit).await.contains(&form));
    let sent = app
        .post_as(
            Some(&admin),
            &edit,
            &edit,
            &[
                ("navn", UNMARKED),
                (
                    "kort",
                    "Vi spiller sammen online hver fredag. Alle må være med.",
                ),
                ("livsarena", "leisure"),
                ("maalgruppe", "unge"),
                ("alder_fra", "14"),
                ("alder_til", "25"),
                ("pris", "free"),
                ("deltagelse", "show_up"),
                ("kanal", "online"),
                ("by", ""),
                ("dage", "FR"),
                ("hver", "1"),
                ("fra", "19.00"),
                ("til", "21.00"),
                ("handling", "send"),
            ],
        )
        .await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    let submission: i64 = location(&sent)
        .trim_start_matches("/admin/indsendelse/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let detail = format!("/admin/moderation/{submission}");
    let approved = app
        .post_as(
            Some(&moderator),
            &detail,
            &detail,
            &[("beslutning", "godkend"), ("begrundelse", "")],
        )
        .await;
    assert_eq!(location(&approved), "/admin/moderation?ok=beslutning");
    assert!(
        eventually(Duration::from_secs(10), || async {
            let page = app.get_text(&format!("/tilbud/{unmarked}")).await.1;
            page.contains("Alle må være med.") && page.contains("Godt online fællesskab for unge")
        })
        .await,
        "the edited offer keeps its marks"
    );
    assert!(app.get_text(filtered).await.1.contains(UNMARKED));
    app.stop().await;
}

fn group_fields<'a>(age: &'a str, adult_email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("navn", "Gåtur for unge i Vig"),
        ("hvad", "Vi går en tur og snakker om alt muligt."),
        ("dag", "WE"),
        ("fra", "17"),
        ("til", "18.30"),
        ("by", "Vig"),
        ("hvor", "Ved stationen"),
        ("fornavn", "Sara"),
        ("alder", age),
        ("email", "sara@example.org"),
        ("voksen_navn", "Mette Hansen"),
        ("voksen_email", adult_email),
        ("voksen_telefon", "12 34 56 78"),
        ("handling", "send"),
    ]
}

/// The texts of the young's form and its answers: LIX 25 at most.
const YOUNG_WORDS: &[&str] = &[
    "youth-group-title",
    "youth-group-lead",
    "youth-group-lead-adult",
    "youth-group-name",
    "youth-group-name-hint",
    "youth-group-what",
    "youth-group-what-hint",
    "youth-group-day",
    "youth-group-from",
    "youth-group-time-hint",
    "youth-group-to",
    "youth-group-town",
    "youth-group-where",
    "youth-group-where-hint",
    "youth-first-name",
    "youth-age",
    "youth-age-hint",
    "youth-email",
    "youth-email-hint",
    "youth-adult-name",
    "youth-adult-name-hint",
    "youth-adult-email",
    "youth-adult-phone",
    "youth-adult-phone-hint",
    "youth-error-name",
    "youth-error-what",
    "youth-error-long",
    "youth-error-day",
    "youth-error-time",
    "youth-error-time-order",
    "youth-error-town",
    "youth-error-first-name",
    "youth-error-adult-name",
    "youth-error-age",
    "youth-error-age-range",
    "youth-error-email",
    "youth-error-same-email",
    "youth-error-phone",
    "youth-thanks-title",
    "youth-thanks-text",
    "youth-thanks-next",
    "youth-thanks-back",
    "youth-badge-led",
    "youth-badge-led-means",
    "youth-badge-online",
    "youth-badge-online-means",
];

async fn a_group_the_young_start_is_vouched_for_moderated_and_shown(db: TestDb) {
    let (app, sink) = app_with_mail(&db).await;
    let pool = raw_pool(&db).await;
    let adult = "mette@example.org";

    // The young's page: small, no script, easy words.
    let (status, form) = app.get_text("/unge/start-en-gruppe").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        form.len() <= 20 * 1024 && !form.contains("<script"),
        "{} bytes",
        form.len()
    );
    let words: Vec<String> = YOUNG_WORDS
        .iter()
        .map(|k| sammen::i18n::Lang::Da.t(k))
        .collect();
    let reading = sammen::pages::lix::measure(&words);
    assert!(reading.lix <= 25.0, "LIX {}", reading.lix);

    // 14 years: a clear Danish message, everything typed kept, nothing stored or sent.
    let young = app
        .post_form("/unge/start-en-gruppe", &group_fields("14", adult))
        .await;
    assert_eq!(young.status(), StatusCode::BAD_REQUEST);
    let html = young.text().await.unwrap();
    assert!(
        html.contains("Du skal være mellem 15 og 25 år for at starte en gruppe her."),
        "{html}"
    );
    assert!(html.len() <= 20 * 1024, "{} bytes", html.len());
    for kept in [
        "value=\"Gåtur for unge i Vig\"",
        "value=\"14\"",
        "value=\"Mette Hansen\"",
        "value=\"12 34 56 78\"",
        "value=\"WE\" selected",
        "value=\"Vig\" selected",
    ] {
        assert!(html.contains(kept), "{kept} kept: {html}");
    }
    let groups = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM youth_group")
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    assert_eq!(groups().await, 0);

    // 17 years: sent; the adult gets the mail with the private link.
    let sent = app
        .post_form("/unge/start-en-gruppe", &group_fields("17", adult))
        .await;
    assert_eq!(location(&sent), "/unge/start-en-gruppe/tak");
    let (_, thanks) = app.get_text("/unge/start-en-gruppe/tak").await;
    assert!(thanks.contains("Nu skal den voksne svare") && thanks.len() <= 20 * 1024);
    let mail = sink.wait_for(adult, 1).await.remove(0);
    assert!(
        mail.subject.contains("Sara") && mail.body.contains("Gåtur for unge i Vig"),
        "{mail:?}"
    );
    assert!(mail.body.contains("onsdag 17.00–18.30") && mail.body.contains("Vig, Ved stationen"));
    let vouch = common::path_of(&link(&mail.body, "http"));
    assert!(vouch.starts_with("/unge/stoet/"), "{vouch}");
    let token = vouch.trim_start_matches("/unge/stoet/").to_owned();
    // The database keeps the token's hash only; the sent mail keeps the link masked.
    let hash: String = sqlx::query_scalar("SELECT token_hash FROM youth_group")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(hash, sammen::accounts::token_hash(&token));
    assert!(
        eventually(Duration::from_secs(10), || async {
            let bodies: Vec<String> =
                sqlx::query_scalar("SELECT body FROM outbox WHERE to_address = $1")
                    .bind(adult)
                    .fetch_all(&pool)
                    .await
                    .unwrap();
            !bodies.is_empty() && bodies.iter().all(|b| !b.contains(&token))
        })
        .await,
        "the sent mail is kept without its link's secret"
    );

    // Not in the moderators' queue before the adult has vouched.
    let moderator = staff(&app, "mod@example.org", Role::Moderator).await;
    assert!(
        !html_as(&app, &moderator, "/admin/moderation")
            .await
            .contains("Gåtur for unge i Vig")
    );
    let (status, page) = app.get_text(&vouch).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Står du inde for gruppen?") && page.contains("Sara (17 år)"),
        "{page}"
    );
    let vouched = app
        .post_as(None, &vouch, &vouch, &[("handling", "stoet")])
        .await;
    assert_eq!(location(&vouched), vouch);
    assert!(app.get_text(&vouch).await.1.contains("Tak for din støtte"));
    // A wrong link: 404.
    let wrong = format!("/unge/stoet/{}", "ab".repeat(32));
    assert_eq!(app.get(&wrong).await.status(), StatusCode::NOT_FOUND);

    // In the queue now, with who started it and the adult who vouched.
    let queue = html_as(&app, &moderator, "/admin/moderation").await;
    assert!(queue.contains("Gåtur for unge i Vig"), "{queue}");
    let submission: i64 = sqlx::query_scalar("SELECT submission_id FROM youth_group")
        .fetch_one(&pool)
        .await
        .unwrap();
    let detail = format!("/admin/moderation/{submission}");
    let page = html_as(&app, &moderator, &detail).await;
    assert!(
        page.contains("Startet af unge: Sara, 17 år") && page.contains(adult),
        "{page}"
    );
    let approved = app
        .post_as(
            Some(&moderator),
            &detail,
            &detail,
            &[
                ("beslutning", "godkend"),
                ("organisation", ""),
                ("begrundelse", ""),
            ],
        )
        .await;
    assert_eq!(location(&approved), "/admin/moderation?ok=beslutning");
    // The adult's contact details are gone once decided.
    let (email, phone): (String, String) =
        sqlx::query_as("SELECT adult_email, adult_phone FROM youth_group")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(email.is_empty() && phone.is_empty());
    let young: String = sqlx::query_scalar("SELECT young_email FROM youth_group")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert!(young.is_empty());
    let offer: i64 = sqlx::query_scalar("SELECT offer_id FROM submission WHERE id = $1")
        .bind(submission)
        .fetch_one(&pool)
        .await
        .unwrap();

    // Published: "started by young people", the adult's first name, nothing else of theirs.
    let offer_path = format!("/tilbud/{offer}");
    assert!(
        eventually(Duration::from_secs(10), || async {
            app.get(&offer_path).await.status() == StatusCode::OK
        })
        .await
    );
    let page = app.get_text(&offer_path).await.1;
    assert!(
        page.contains("Startet af unge – med støtte fra en voksen")
            && page.contains("Mette er den voksne, der står inde for den."),
        "{page}"
    );
    for secret in [adult, "12 34 56 78", "Hansen"] {
        assert!(!page.contains(secret), "{secret} on the public page");
    }
    // Found by the filter once the server's search snapshot follows the change log.
    assert!(
        eventually(Duration::from_secs(10), || async {
            app.get_text("/vejviser?startet-af-unge=1")
                .await
                .1
                .contains("Gåtur for unge i Vig")
        })
        .await
    );
    let led = app.get_text("/vejviser?startet-af-unge=1").await.1;
    assert!(
        led.contains("Gåtur for unge i Vig") && !led.contains(MARKED),
        "{led}"
    );
    assert!(led.contains("Startet af unge – med støtte fra en voksen"));
    let api: serde_json::Value = app
        .get("/api/v1/offers?youth_led=true")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(api["total"], 1);
    assert_eq!(api["items"][0]["id"], offer);
    // The young person is told by mail.
    let told = sink.wait_for("sara@example.org", 1).await.remove(0);
    assert!(told.subject.contains("Gåtur for unge i Vig"), "{told:?}");
    app.stop().await;
}

/// The young's page's words (`/unges-stemme` and its answers): LIX 25 at most.
const VOICE_WORDS: &[&str] = &[
    "voice-title",
    "voice-lead",
    "voice-anonymous",
    "voice-none",
    "voice-published",
    "voice-answer",
    "voice-answer-hint",
    "voice-send",
    "voice-closed",
    "voice-count-few",
    "voice-count",
    "voice-error-closed",
    "voice-error-empty",
    "voice-error-long",
    "voice-thanks-title",
    "voice-thanks-text",
    "voice-thanks-back",
];

async fn answer(app: &TestApp, question: i64, text: &str) -> reqwest::Response {
    app.post_form(
        "/unges-stemme",
        &[("sporgsmaal", &question.to_string()), ("svar", text)],
    )
    .await
}

async fn the_youngs_voice_is_anonymous_moderated_and_counted(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let pool = raw_pool(&db).await;
    let editor = staff(&app, "redaktoer@example.org", Role::Editor).await;
    let initiative: i64 = sqlx::query_scalar("SELECT MIN(id) FROM strategy_initiative")
        .fetch_one(&pool)
        .await
        .unwrap();
    let initiative_title: String =
        sqlx::query_scalar("SELECT title FROM strategy_initiative WHERE id = $1")
            .bind(initiative)
            .fetch_one(&pool)
            .await
            .unwrap();

    // An editor asks; an empty question is refused with the rest kept.
    let list = "/admin/unges-stemme";
    let empty = app
        .post_as(
            Some(&editor),
            list,
            list,
            &[
                ("sporgsmaal", " "),
                ("aaben", "ja"),
                ("initiativ", &initiative.to_string()),
            ],
        )
        .await;
    assert_eq!(empty.status(), StatusCode::BAD_REQUEST);
    assert!(empty.text().await.unwrap().contains("Skriv spørgsmålet."));
    let question_text = "Hvad skulle der til, for at du kom?";
    let made = app
        .post_as(
            Some(&editor),
            list,
            list,
            &[
                ("sporgsmaal", question_text),
                ("aaben", "ja"),
                ("initiativ", &initiative.to_string()),
            ],
        )
        .await;
    let admin_page = location(&made);
    assert!(
        admin_page.starts_with("/admin/unges-stemme/"),
        "{admin_page}"
    );
    let question: i64 = admin_page
        .trim_start_matches("/admin/unges-stemme/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();

    // The young's page: small, easy words, no script; an empty answer is refused.
    let (status, page) = app.get_text("/unges-stemme").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(question_text) && page.contains("Færre end 10 har svaret"));
    assert!(page.len() <= 20 * 1024 && !page.contains("<script"));
    let words: Vec<String> = VOICE_WORDS
        .iter()
        .map(|k| sammen::i18n::Lang::Da.t(k))
        .collect();
    let reading = sammen::pages::lix::measure(&words);
    assert!(reading.lix <= 25.0, "LIX {}", reading.lix);
    let refused = answer(&app, question, "  ").await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    assert!(refused.text().await.unwrap().contains("Skriv dit svar."));

    // Eleven answers. Nothing is shown before an editor has read it.
    for i in 0..11 {
        let sent = answer(
            &app,
            question,
            &format!("Et sted at være om aftenen, nr. {i}."),
        )
        .await;
        assert_eq!(location(&sent), "/unges-stemme/tak", "answer {i}");
    }
    let page = app.get_text("/unges-stemme").await.1;
    assert!(
        !page.contains("Et sted at være om aftenen"),
        "unread answers are not shown"
    );
    assert!(
        page.contains("Cirka 10 har svaret."),
        "11 rounded to 10: {page}"
    );
    // The stored rows: the question, the day, the words, the state — nothing else.
    let rows = sqlx::query("SELECT * FROM youth_answer")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(rows.len(), 11);
    let columns: Vec<String> = {
        use sqlx::{Column, Row};
        rows[0]
            .columns()
            .iter()
            .map(|c| c.name().to_owned())
            .collect()
    };
    assert_eq!(columns, ["id", "question_id", "day", "body", "status"]);
    let days: Vec<String> = sqlx::query_scalar("SELECT DISTINCT day FROM youth_answer")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(days, [common::today().to_string()]);

    // The editor publishes one and rejects one: the rejected words are erased.
    let html = html_as(&app, &editor, &admin_page).await;
    let ids: Vec<String> = html
        .split("name=\"svar\" value=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap().to_owned())
        .collect();
    assert_eq!(ids.len(), 11, "{html}");
    let page_path = format!("/admin/unges-stemme/{question}");
    for (id, action) in [(&ids[0], "offentliggoer"), (&ids[1], "afvis")] {
        let done = app
            .post_as(
                Some(&editor),
                &page_path,
                &page_path,
                &[("svar", id.as_str()), ("handling", action)],
            )
            .await;
        assert_eq!(location(&done), format!("{page_path}?ok=svar"));
    }
    let (published, rejected): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM youth_answer WHERE status = 'published'), \
                (SELECT COUNT(*) FROM youth_answer WHERE status = 'rejected' AND body = '')",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((published, rejected), (1, 1));
    let page = app.get_text("/unges-stemme").await.1;
    assert_eq!(
        page.matches("Et sted at være om aftenen").count(),
        1,
        "{page}"
    );

    // /strategi shows the question and its count next to the initiative.
    let strategy = app.get_text("/strategi").await.1;
    let at = strategy
        .find(&initiative_title)
        .expect("the initiative is shown");
    let rest = &strategy[at..];
    let end = rest[1..].find("<h4>").map_or(rest.len(), |e| e + 1);
    assert!(
        rest[..end].contains(question_text) && rest[..end].contains("Cirka 10 har svaret."),
        "{}",
        &rest[..end]
    );

    // Closed: the form goes, the published answer stays, a late answer is refused.
    let closed = app
        .post_as(
            Some(&editor),
            &page_path,
            &page_path,
            &[("sporgsmaal", question_text), ("initiativ", "")],
        )
        .await;
    assert_eq!(location(&closed), format!("{page_path}?ok=1"));
    // (The page has no form now: the token comes from another anonymous form.)
    let late = app
        .post_as(
            None,
            "/unges-stemme",
            "/unge/start-en-gruppe",
            &[("sporgsmaal", &question.to_string()), ("svar", "For sent.")],
        )
        .await;
    assert_eq!(late.status(), StatusCode::BAD_REQUEST);
    let page = app.get_text("/unges-stemme").await.1;
    assert!(page.contains("Der er lukket for svar.") && page.contains("nr. "));
    app.stop().await;
}
