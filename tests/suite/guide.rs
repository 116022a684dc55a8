//! "Find dit fællesskab" over HTTP, on both backends: the steps, their errors, the
//! results for two very different people, "send it to me" through a real SMTP server —
//! and that neither the guide nor the self-check leaves a cookie or anything about the
//! person in the database.

use crate::common;

use std::collections::BTreeMap;

use common::smtp::SmtpSink;
use common::{TestApp, TestDb, eventually, raw_pool};
use reqwest::StatusCode;
use sqlx::Row;

both_backends!(
    each_step_asks_one_thing_carries_the_rest_and_can_be_skipped,
    wrong_answers_are_danish_errors_on_their_own_step,
    a_teenager_in_asnaes_and_a_pensioner_in_hoerve_get_different_lists,
    when_little_fits_the_guide_says_so_and_shows_the_nearest_and_the_phone_lines,
    the_list_is_mailed_once_and_nothing_about_the_person_is_kept,
);

const GUIDE: &str = "/find-dit-faellesskab";

async fn get(app: &TestApp, query: &str) -> (StatusCode, String) {
    let response = app.get(&format!("{GUIDE}?{query}")).await;
    assert!(
        response.headers().get("set-cookie").is_none(),
        "the guide sets no cookie ({query})"
    );
    let status = response.status();
    (status, response.text().await.unwrap())
}

fn hidden(html: &str) -> Vec<(String, String)> {
    html.split("<input type=\"hidden\" name=\"")
        .skip(1)
        .filter_map(|rest| {
            let (name, rest) = rest.split_once("\" value=\"")?;
            let (value, _) = rest.split_once('"')?;
            Some((name.to_owned(), value.to_owned()))
        })
        .filter(|(name, _)| name != "_token")
        .collect()
}

/// Result names in the order shown.
fn names(html: &str) -> Vec<String> {
    html.split("<li class=\"result\">")
        .skip(1)
        .filter_map(|item| {
            let after = item.split_once("\">")?.1;
            Some(after.split_once("</a>")?.0.replace("&#38;", "&"))
        })
        .collect()
}

fn reasons(html: &str) -> Vec<String> {
    html.split("<p class=\"reason\">")
        .skip(1)
        .filter_map(|r| r.split_once("</p>").map(|(t, _)| t.to_owned()))
        .collect()
}

async fn each_step_asks_one_thing_carries_the_rest_and_can_be_skipped(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, first) = get(&app, "").await;
    assert_eq!(status, StatusCode::OK);
    assert!(first.contains("Trin 1 af 6"));
    assert!(
        first.contains("method=\"get\""),
        "answers travel in the address"
    );
    assert!(first.len() < 20_000, "step 1 is {} bytes", first.len());
    // Answer step 1: step 2 carries the age and asks for the town.
    let (status, second) = get(&app, "fra=1&alder=15&hvem=mig").await;
    assert_eq!(status, StatusCode::OK);
    assert!(second.contains("Trin 2 af 6") && second.contains("Hvor bor du?"));
    assert_eq!(
        hidden(&second),
        [("alder".into(), "15".into()), ("fra".into(), "2".into())]
    );
    assert!(
        second.contains(&format!("href=\"{GUIDE}?alder=15&#38;trin=1\"")),
        "the way back keeps the answers"
    );
    // Going back shows the given answer again.
    let (_, back) = get(&app, "alder=15&trin=1").await;
    assert!(back.contains("value=\"15\""));
    // Skipping step 3 drops what was ticked there and moves on.
    let (_, fourth) = get(&app, "alder=15&by=Asn%C3%A6s&lide=musik&fra=3&spring=1").await;
    assert!(fourth.contains("Trin 4 af 6"));
    let carried = hidden(&fourth);
    assert!(carried.contains(&("by".into(), "Asnæs".into())));
    assert!(!carried.iter().any(|(k, _)| k == "lide"));
    for step in 1..=6 {
        let (status, html) = get(&app, &format!("trin={step}")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains(&format!("Trin {step} af 6")));
        assert!(html.contains("Spring over"), "step {step} can be skipped");
        assert!(html.len() < 20_000, "step {step} is {} bytes", html.len());
    }
    // All skipped: the list still comes, easiest to join first.
    let (status, all_skipped) = get(&app, "fra=6&spring=1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(all_skipped.contains("Du har sprunget alle spørgsmål over"));
    assert_eq!(names(&all_skipped).len(), 8);
    app.stop().await;
}

async fn wrong_answers_are_danish_errors_on_their_own_step(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, html) = get(&app, "fra=1&alder=femten").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("Der er problemer"));
    assert!(html.contains("Skriv alderen som et tal mellem 0 og 110, fx 15."));
    assert!(html.contains("value=\"femten\""), "what was typed is kept");
    let (status, html) = get(&app, "fra=1&alder=40&hvem=barn").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("Skriv dit barns alder"));
    let (status, html) = get(
        &app,
        "alder=15&fra=3&lide=spil&lide=musik&lide=natur&lide=snak",
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("Trin 3 af 6"));
    assert!(html.contains("Vælg højst tre ting, du kan lide."));
    assert_eq!(
        html.matches(" checked").count(),
        4,
        "the ticks are kept to correct"
    );
    assert!(
        hidden(&html).contains(&("alder".into(), "15".into())),
        "earlier answers survive the error"
    );
    // A town that is not in the municipality, in a link someone edited.
    let (status, html) = get(&app, "by=Aarhus&trin=7").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("Vælg en by fra listen"));
    app.stop().await;
}

const TEENAGER: &str = "alder=15&by=Asn%C3%A6s&lide=bevaege&lide=spil&lide=musik&tid=aften\
                        &transport=bus-tog&selskab=gruppe&trin=7";
const PENSIONER: &str = "alder=75&by=H%C3%B8rve&lide=spise&lide=snak&lide=natur&tid=hverdag\
                         &transport=bil&selskab=alene&trin=7";

async fn a_teenager_in_asnaes_and_a_pensioner_in_hoerve_get_different_lists(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, young) = get(&app, TEENAGER).await;
    assert_eq!(status, StatusCode::OK);
    let (_, old) = get(&app, PENSIONER).await;
    let (young_names, old_names) = (names(&young), names(&old));
    assert_eq!(young_names.len(), 8, "{young_names:?}");
    assert_eq!(old_names.len(), 8, "{old_names:?}");
    assert_eq!(
        young_names[0], "Åben klub",
        "the youth club in Asnæs, evenings"
    );
    assert!(
        !young_names.iter().any(|n| old_names.contains(n)),
        "nothing in common: {young_names:?} / {old_names:?}"
    );
    assert!(old_names.contains(&"Onsdagsklubben – banko, sang og kaffe".to_owned()));
    // Without a car every place beyond walking distance has a bus or train there in time
    // (the demo's timetable answers; the station rule is only the fallback without one).
    let young_reasons = reasons(&young);
    assert_eq!(young_reasons.len(), young_names.len(), "{young_reasons:?}");
    for reason in young_reasons {
        let reachable = reason.contains("tæt på dig")
            || reason.contains("bus eller tog når frem til tiden")
            || reason.contains("online")
            || reason.contains("over telefonen");
        assert!(reachable, "not reachable without a car: {reason}");
    }
    // With a car, nothing is farther than a short drive, and each reason is plain Danish.
    let old_reasons = reasons(&old);
    assert_eq!(old_reasons.len(), old_names.len(), "{old_reasons:?}");
    let drives: Vec<u32> = old_reasons
        .iter()
        .filter_map(|reason| {
            reason
                .split(", ")
                .find_map(|part| part.strip_suffix(" km fra dig"))
                .map(|km| km.parse().unwrap())
        })
        .collect();
    assert!(!drives.is_empty(), "some are a drive away: {old_reasons:?}");
    assert!(drives.iter().all(|km| *km <= 20), "{old_reasons:?}");
    assert!(
        reasons(&old)
            .iter()
            .any(|r| r.starts_with("Onsdag eftermiddag i Hørve, tæt på dig")),
        "{:?}",
        reasons(&old)
    );
    // Two life arenas at least: the care centre's open house beside the leisure clubs.
    assert!(old.contains("Bakkegården"));
    assert!(young.contains("Ud fra dine svar: 15 år, Asnæs"));
    app.stop().await;
}

async fn when_little_fits_the_guide_says_so_and_shows_the_nearest_and_the_phone_lines(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, html) = get(
        &app,
        "alder=8&hvem=barn&by=R%C3%B8rvig&lide=musik&tid=weekend&transport=gaa\
         &selskab=foelges&gratis=ja&trin=7",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Vi fandt ikke meget, der passer helt"));
    assert!(html.contains("Det er ikke dig, den er gal med"));
    assert!(html.contains("Det nærmeste, vi har"));
    assert!(!names(&html).is_empty(), "alternatives are shown");
    assert!(html.contains("Tal med en ambassadør"));
    assert!(
        html.contains("Har du brug for at tale med nogen?"),
        "the phone lines"
    );
    assert!(html.contains("dit barn på 8 år"));
    // The printable list has no forms.
    let (_, print) = get(&app, "alder=75&by=H%C3%B8rve&trin=7&udskriv=1").await;
    assert!(print.contains("Udskrevet fra Find dit fællesskab"));
    assert!(!print.contains("<form"));
    app.stop().await;
}

/// Rows per table, for every table in the database.
async fn row_counts(db: &TestDb) -> BTreeMap<String, i64> {
    let pool = raw_pool(db).await;
    let tables: Vec<String> = match db.backend() {
        sammen::config::Backend::Sqlite => sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
        .fetch_all(&pool)
        .await
        .unwrap(),
        sammen::config::Backend::Postgres => sqlx::query_scalar(
            "SELECT table_name::TEXT FROM information_schema.tables WHERE table_schema = current_schema()",
        )
        .fetch_all(&pool)
        .await
        .unwrap(),
    };
    let mut out = BTreeMap::new();
    for table in tables {
        let n: i64 = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) AS n FROM \"{table}\""
        )))
        .fetch_one(&pool)
        .await
        .unwrap()
        .try_get("n")
        .unwrap();
        out.insert(table, n);
    }
    out
}

async fn the_list_is_mailed_once_and_nothing_about_the_person_is_kept(db: TestDb) {
    let sink = SmtpSink::start().await;
    let mut settings = sammen::cli::Cli::default_settings();
    settings.database_url = db.config().database.url;
    settings.listen = "127.0.0.1:0".into();
    settings.change_poll_ms = "50".into();
    settings.job_poll_ms = "50".into();
    settings.smtp_url = Some(sink.url());
    let app = TestApp::spawn_with(common::config_from(settings)).await;
    let before = row_counts(&db).await;

    // The self-check, without consent to be counted.
    let response = app
        .post_form(
            "/hvordan-har-du-det",
            &[("q1", "3"), ("q2", "2"), ("q3", "3"), ("alder", "65-79")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers().get("set-cookie").is_none());

    // The guide, then "send it to me" — twice, as a double click would.
    let (_, results) = get(&app, PENSIONER).await;
    let token = common::form_token(&results).unwrap();
    let address = "ingen-gemmer-mig@eksempel.dk";
    let mut fields: Vec<(String, String)> = hidden(&results);
    fields.push(("email".into(), address.into()));
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let send = format!("{GUIDE}/send");
    for _ in 0..2 {
        let response = app.post_with_token(None, &send, &token, &fields).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert!(response.headers().get("set-cookie").is_none());
        let html = response.text().await.unwrap();
        assert!(html.contains("Listen er på vej til din indbakke"));
    }
    // A wrong address is a Danish error, and the list is still there.
    let token2 = app.token(None, &format!("{GUIDE}?{PENSIONER}")).await;
    let bad = app
        .post_with_token(
            None,
            &send,
            &token2,
            &[("alder", "75"), ("email", "ikke en adresse")],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let bad = bad.text().await.unwrap();
    assert!(bad.contains("Skriv en e-mailadresse som navn@eksempel.dk."));
    assert!(bad.contains("value=\"ikke en adresse\""));

    let mail = sink.wait_for(address, 1).await;
    let body = &mail[0].body;
    assert!(body.contains("Onsdagsklubben"), "{body}");
    assert!(body.contains("/tilbud/"), "links to the offers: {body}");
    assert!(body.contains("Vi har ikke gemt din adresse"));
    // The outbox row goes as soon as the mail is sent; then nothing holds the address.
    let store = app.server().store.clone();
    assert!(
        eventually(std::time::Duration::from_secs(10), || async {
            store.mail_to(address).await.unwrap().is_empty()
        })
        .await,
        "the address is deleted once the mail is sent"
    );
    assert_eq!(sink.to(address).len(), 1, "one mail for two clicks");

    let after = row_counts(&db).await;
    assert!(
        after.contains_key("outbox") && after.contains_key("form_use"),
        "{after:?}"
    );
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>()
    );
    for (table, n) in &after {
        let was = before.get(table).copied().unwrap_or(0);
        if table == "form_use" {
            // The used form tokens (a random nonce and a time), so a second click sends nothing.
            assert!(*n <= was + 2, "{table}: {was} → {n}");
        } else if table == "limit_hit" {
            // The abuse limits' counts: a keyed hash of (limit, client or address) and a
            // time — nothing that can be read back without the key file — for each of the
            // two clicks and the one wrong address, both sides; gone within two days.
            assert!(*n <= was + 6, "{table}: {was} → {n}");
        } else {
            assert_eq!(*n, was, "{table} changed: {was} → {n}");
        }
    }
    let pool = raw_pool(&db).await;
    let outcomes: Vec<String> = sqlx::query_scalar("SELECT outcome FROM form_use")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert!(
        !outcomes.is_empty(),
        "the used form tokens are there to read"
    );
    assert!(outcomes.iter().all(|o| !o.contains("eksempel")));
    let dump = common::dump(&db).await;
    assert!(!dump.contains(address), "the address is in the database");
    let unkeyed = sammen::limits::bucket(&sammen::limits::SEND_TO_ME, "target", address);
    assert!(
        !dump.contains(&unkeyed),
        "the address's plain hash is in the database"
    );
    app.stop().await;
}
