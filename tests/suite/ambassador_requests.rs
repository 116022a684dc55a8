//! "Tal med en ambassadør" over HTTP, on both backends: routing, who may read a request,
//! the private link, errors, double submission, outcomes from ten (the one disclosure
//! rule), retention — and that nothing personal reaches a public page or the server's log.

use crate::common;

use std::time::Duration;

use common::{TestApp, TestDb, is_error_page, make_account, raw_pool, refuse_inserts, session_for};
use reqwest::StatusCode;
use sammen::auth::Role;
use sammen::store::Store;
use sammen::store::audit::Actor;
use sammen::store::requests::RequestChange;

both_backends!(
    a_request_is_routed_and_only_its_ambassador_and_coordinators_read_it,
    the_private_link_shows_the_reply_and_takes_an_answer,
    on_someone_elses_behalf_consent_is_needed_and_errors_are_danish,
    a_double_click_makes_one_request,
    a_request_whose_staff_mail_cannot_be_queued_is_not_made,
    outcomes_are_shown_only_from_ten_people,
    closed_requests_are_deleted_after_the_retention_time,
    nothing_personal_reaches_public_pages_or_the_log,
);

const PHONE: &str = "22 33 44 55";
const EMAIL: &str = "spoerger.selv@eksempel.dk";

/// A change made directly in the store (by the system), with its audit line.
async fn change(store: &Store, request: i64, change: RequestChange<'_>) {
    let municipality = store.municipality(None).await.unwrap().id;
    store
        .change_request(municipality, request, &change, Actor::System, None)
        .await
        .unwrap();
}

/// Posts the form; returns the private link it led to.
async fn ask(app: &TestApp, fields: &[(&str, &str)]) -> String {
    let response = app.post_form("/ambassadorer/tal-med", fields).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{fields:?}");
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with("/henvendelse/"), "{location}");
    location
}

fn young_in_asnaes<'a>(contact: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("slags", "talk"),
        ("hvem", "self"),
        ("om", "Jeg er ny på skolen og kender ingen."),
        ("alder", "13-17"),
        ("by", "Asnæs"),
        ("sprog", "da"),
        ("kontakt", contact),
    ];
    f.extend_from_slice(extra);
    f
}

/// A second ambassador who signs in: Jørgen (ældre, Hørve) from the demo.
async fn second_ambassador(app: &TestApp) -> String {
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let account = make_account(
        &store,
        "joergen@example.org",
        "adgangskode123",
        &[Role::Ambassador],
        &[],
    )
    .await;
    let joergen = store
        .ambassadors(municipality)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.first_name == "Jørgen")
        .unwrap();
    store.link_ambassador(joergen.id, account).await.unwrap();
    session_for(&store, account).await
}

async fn request_id(db: &TestDb) -> Vec<(i64, Option<i64>)> {
    let pool = raw_pool(db).await;
    sqlx::query_as("SELECT id, ambassador_id FROM ambassador_request ORDER BY id")
        .fetch_all(&pool)
        .await
        .unwrap()
}

async fn a_request_is_routed_and_only_its_ambassador_and_coordinators_read_it(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let mette = app
        .login("ambassador@sammen.example", sammen::demo::DEMO_PASSWORD)
        .await;
    let admin = app
        .login("admin@sammen.example", sammen::demo::DEMO_PASSWORD)
        .await;
    let moderator = app
        .login("moderator@sammen.example", sammen::demo::DEMO_PASSWORD)
        .await;
    let joergen = second_ambassador(&app).await;
    ask(&app, &young_in_asnaes("anonym", &[])).await;
    // Nobody matches an Arabic-speaking pensioner in Sjællands Odde: the queue.
    ask(
        &app,
        &[
            ("slags", "accompany"),
            ("hvem", "self"),
            ("alder", "65+"),
            ("by", "Sjællands Odde"),
            ("sprog", "ar"),
            ("kontakt", "anonym"),
        ],
    )
    .await;
    let ids = request_id(&db).await;
    let (young, queued) = (ids[0].0, ids[1].0);
    assert!(ids[0].1.is_some(), "routed to Mette");
    assert_eq!(ids[1].1, None, "in the coordinators' queue");
    let page = |id: i64| format!("/admin/henvendelse/{id}");
    let status = async |cookie: &str, path: &str| app.get_as(Some(cookie), path).await.status();
    assert_eq!(status(&mette, &page(young)).await, StatusCode::OK);
    assert_eq!(status(&admin, &page(young)).await, StatusCode::OK);
    assert_eq!(
        status(&joergen, &page(young)).await,
        StatusCode::FORBIDDEN,
        "an ambassador cannot read another's request"
    );
    assert_eq!(
        status(&moderator, &page(young)).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(status(&mette, &page(queued)).await, StatusCode::FORBIDDEN);
    assert_eq!(status(&admin, &page(queued)).await, StatusCode::OK);
    assert_eq!(
        app.get(&page(young)).await.status(),
        StatusCode::SEE_OTHER,
        "anonymous: sign in first"
    );
    // Jørgen's list is empty; Mette's has hers; the coordinator sees the queue.
    let list = async |cookie: &str| {
        let response = app.get_as(Some(cookie), "/admin/henvendelser").await;
        assert_eq!(response.status(), StatusCode::OK);
        let html = response.text().await.unwrap();
        assert!(html.contains("<h1>Henvendelser</h1>"), "the staff desk");
        html
    };
    assert!(!list(&joergen).await.contains(&page(young)));
    assert!(list(&mette).await.contains(&page(young)));
    let coordinator = list(&admin).await;
    assert!(coordinator.contains(&page(queued)) && coordinator.contains("Venter på en ambassadør"));
    // A coordinator hands the queued request to Jørgen; now he may read it.
    let token = app.token(Some(&admin), &page(queued)).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let jid = store
        .ambassadors(municipality)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.first_name == "Jørgen")
        .unwrap()
        .id
        .to_string();
    let response = app
        .post_with_token(
            Some(&admin),
            &page(queued),
            &token,
            &[("handling", "tildel"), ("til", &jid)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(status(&joergen, &page(queued)).await, StatusCode::OK);
    // Every look was written down.
    let pool = raw_pool(&db).await;
    let views: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'request.view'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(views >= 4, "{views} views audited");
    app.stop().await;
}

async fn the_private_link_shows_the_reply_and_takes_an_answer(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let link = ask(&app, &young_in_asnaes("anonym", &[("navn", "Sofus")])).await;
    let (status, html) = app.get_text(&link).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Tak. Din henvendelse er sendt."));
    assert!(html.contains("Gem adressen på denne side"));
    let mette = app
        .login("ambassador@sammen.example", sammen::demo::DEMO_PASSWORD)
        .await;
    let id = request_id(&db).await[0].0;
    let staff = format!("/admin/henvendelse/{id}");
    for (action, text) in [
        ("accepter", ""),
        ("svar", "Hej Sofus, vil du mødes i frikvarteret?"),
    ] {
        let token = app.token(Some(&mette), &staff).await;
        let response = app
            .post_with_token(
                Some(&mette),
                &staff,
                &token,
                &[("handling", action), ("tekst", text)],
            )
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{action}");
    }
    let plain = link.split('?').next().unwrap().to_owned();
    let (status, html) = app.get_text(&plain).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Mette har taget din henvendelse."));
    assert!(html.contains("Hej Sofus, vil du mødes i frikvarteret?"));
    // The person answers; an empty answer is a Danish error.
    let empty = app
        .post_form(&plain, &[("handling", "svar"), ("svar", " ")])
        .await;
    assert_eq!(empty.status(), StatusCode::BAD_REQUEST);
    assert!(empty.text().await.unwrap().contains("Skriv en besked."));
    let answer = app
        .post_form(&plain, &[("handling", "svar"), ("svar", "Ja tak!")])
        .await;
    assert_eq!(answer.status(), StatusCode::SEE_OTHER);
    let staff_page = app.get_as(Some(&mette), &staff).await.text().await.unwrap();
    assert!(staff_page.contains("Ja tak!"));
    // A made-up link finds nothing.
    let (status, _) = app
        .get_text(&format!("/henvendelse/{}", "0".repeat(64)))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app.get_text("/henvendelse/kort").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // The person closes it; then it takes no more answers.
    let close = app.post_form(&plain, &[("handling", "luk")]).await;
    assert_eq!(close.status(), StatusCode::SEE_OTHER);
    let (status, html) = app.get_text(&plain).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Henvendelsen er afsluttet"));
    assert!(!html.contains("name=\"svar\""));
    app.stop().await;
}

async fn on_someone_elses_behalf_consent_is_needed_and_errors_are_danish(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let response = app
        .post_form(
            "/ambassadorer/tal-med",
            &[
                ("slags", "talk"),
                ("hvem", "teacher"),
                ("om", "En elev i 8.B sidder alene i frikvartererne."),
                ("alder", "13-17"),
                ("sprog", "da"),
                ("kontakt", "telefon"),
                ("telefon", "12"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let html = response.text().await.unwrap();
    assert!(html.contains("Der er problemer"));
    assert!(html.contains("Sæt kryds, hvis personen ved, at du skriver"));
    assert!(html.contains("Skriv et telefonnummer med 8 cifre"));
    assert!(
        html.contains("En elev i 8.B sidder alene"),
        "what was written is kept"
    );
    assert!(request_id(&db).await.is_empty(), "nothing stored");
    let link = ask(
        &app,
        &[
            ("slags", "talk"),
            ("hvem", "teacher"),
            ("samtykke", "ja"),
            ("alder", "13-17"),
            ("sprog", "da"),
            ("kontakt", "telefon"),
            ("telefon", "12 34 56 78"),
        ],
    )
    .await;
    assert!(
        app.get_text(&link)
            .await
            .1
            .contains("Tak. Din henvendelse er sendt.")
    );
    // "Gå med første gang" from an offer's page: the kind and the offer are filled in.
    let (_, offer) = app.get_text("/tilbud/1").await;
    assert!(offer.contains("href=\"/ambassadorer/tal-med?tilbud=1\""));
    let (status, html) = app.get_text("/ambassadorer/tal-med?tilbud=1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("value=\"accompany\" checked"));
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let name = store.offer(municipality, 1).await.unwrap().name;
    let escaped = name
        .replace('&', "&#38;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;");
    assert!(html.contains(&format!("value=\"{escaped}\"")), "{name}");
    app.stop().await;
}

async fn a_double_click_makes_one_request(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let token = app.token(None, "/ambassadorer/tal-med").await;
    let fields = young_in_asnaes("anonym", &[]);
    let first = app
        .post_with_token(None, "/ambassadorer/tal-med", &token, &fields)
        .await;
    let second = app
        .post_with_token(None, "/ambassadorer/tal-med", &token, &fields)
        .await;
    let (a, b) = (
        first.headers()["location"].to_str().unwrap().to_owned(),
        second.headers()["location"].to_str().unwrap().to_owned(),
    );
    assert_eq!(a, b, "the second click finds the first one's private link");
    assert_eq!(request_id(&db).await.len(), 1);
    app.stop().await;
}

/// A request and the mail that tells staff about it are made together: when the mail
/// cannot be queued, no request is left that nobody hears of, nor its audit line, and the
/// person gets the error page.
async fn a_request_whose_staff_mail_cannot_be_queued_is_not_made(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let pool = raw_pool(&db).await;
    let lines = || async {
        sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'request.create'",
        )
        .fetch_one(&pool)
        .await
        .unwrap()
    };
    refuse_inserts(&db, "outbox").await;
    let response = app
        .post_form("/ambassadorer/tal-med", &young_in_asnaes("anonym", &[]))
        .await;
    is_error_page(response).await;
    assert!(request_id(&db).await.is_empty(), "no request is left");
    assert_eq!(lines().await, 0, "and no audit line");
    app.stop().await;
}

async fn outcomes_are_shown_only_from_ten_people(db: TestDb) {
    // Twenty people ask: more than one client may in an hour.
    let app = TestApp::as_many_people(db.config()).await;
    let admin = app
        .login("admin@sammen.example", sammen::demo::DEMO_PASSWORD)
        .await;
    let store = app.server().store.clone();
    let staff_page = || async {
        app.get_as(Some(&admin), "/admin/henvendelser")
            .await
            .text()
            .await
            .unwrap()
    };
    for n in 0..20 {
        ask(&app, &young_in_asnaes("anonym", &[])).await;
        let id = request_id(&db).await[n].0;
        change(&store, id, RequestChange::ScaleBefore(8)).await;
        let outcome = |after| RequestChange::Outcome {
            before: 8,
            after,
            month: "2026-11",
        };
        // The first ten score lower the second time, the next ten the same.
        change(&store, id, outcome(if n < 10 { 5 } else { 8 })).await;
        // Recording twice counts once.
        change(&store, id, outcome(if n < 10 { 5 } else { 8 })).await;
        match n + 1 {
            1 | 5 | 9 => {
                let html = staff_page().await;
                assert!(
                    html.contains("Færre end 10 har svaret to gange"),
                    "after {}",
                    n + 1
                );
                assert!(!html.contains("scorede lavere"), "after {}", n + 1);
            }
            10 => {
                let html = staff_page().await;
                assert!(html.contains("10 har svaret to gange"), "{html}");
                assert!(html.contains("Gennemsnit ved første kontakt: 8.0"));
                // 10 better and 0 not: the 0 is hidden, and so the 10 with it.
                assert!(
                    html.contains("Hvor mange der scorede lavere anden gang, vises ikke"),
                    "{html}"
                );
            }
            12 => {
                let html = staff_page().await;
                assert!(html.contains("10 har svaret to gange"), "12 rounded to 5");
                assert!(html.contains("vises ikke"), "2 not better is under 10");
            }
            20 => {
                let html = staff_page().await;
                assert!(html.contains("20 har svaret to gange"), "{html}");
                assert!(html.contains("10 scorede lavere anden gang"), "{html}");
            }
            _ => {}
        }
    }
    let pool = raw_pool(&db).await;
    let columns: Vec<String> = match db.backend() {
        sammen::config::Backend::Sqlite => {
            sqlx::query_scalar("SELECT name FROM pragma_table_info('ambassador_outcome')")
                .fetch_all(&pool)
                .await
                .unwrap()
        }
        sammen::config::Backend::Postgres => sqlx::query_scalar(
            "SELECT column_name::TEXT FROM information_schema.columns WHERE table_name = 'ambassador_outcome'",
        )
        .fetch_all(&pool)
        .await
        .unwrap(),
    };
    assert!(
        !columns
            .iter()
            .any(|c| c.contains("request") || c.contains("ambassador")),
        "outcomes are anonymous from the start: {columns:?}"
    );
    app.stop().await;
}

async fn closed_requests_are_deleted_after_the_retention_time(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    for _ in 0..3 {
        ask(&app, &young_in_asnaes("anonym", &[])).await;
    }
    let store = app.server().store.clone();
    let ids: Vec<i64> = request_id(&db)
        .await
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let account = make_account(&store, "noter@example.org", "adgangskode123", &[], &[]).await;
    for id in &ids {
        let message = RequestChange::Message {
            from_person: true,
            author_name: "Sofus",
            body: "Hemmelig besked",
        };
        change(&store, *id, message).await;
        let note = RequestChange::Note {
            author_account_id: account,
            body: "Note",
        };
        change(&store, *id, note).await;
    }
    let close = RequestChange::Close { by_person: false };
    change(&store, ids[0], close.clone()).await;
    change(&store, ids[1], close).await;
    let pool = raw_pool(&db).await;
    // The first closed seven months ago, the second yesterday; the third is open.
    sqlx::query("UPDATE ambassador_request SET closed_at = $1 WHERE id = $2")
        .bind(store.now() - 7 * 30 * 86_400)
        .bind(ids[0])
        .execute(&pool)
        .await
        .unwrap();
    store
        .enqueue(&sammen::store::jobs::NewJob {
            unique_key: Some("housekeeping:retention-test".into()),
            run_at: store.now() - 60,
            ..sammen::store::jobs::NewJob::new(sammen::jobs::HOUSEKEEPING, serde_json::json!({}))
        })
        .await
        .unwrap()
        .expect("a new job");
    let ran = sammen::worker::run_due(
        &sammen::jobs::JobContext::with_defaults(store.clone()),
        "w",
        &sammen::worker::handlers(),
    )
    .await
    .unwrap();
    assert!(ran >= 1, "housekeeping ran");
    let left: Vec<i64> = request_id(&db)
        .await
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(
        left,
        [ids[1], ids[2]],
        "only the old closed request is gone"
    );
    for table in ["request_message", "request_note"] {
        let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM {table} WHERE request_id = $1"
        )))
        .bind(ids[0])
        .fetch_one(&pool)
        .await
        .unwrap();
        assert_eq!(n, 0, "{table} of the deleted request");
    }
    app.stop().await;
}

/// Runs the real binary with the log at debug level, makes a request with a phone number
/// and an e-mail, lets the ambassador read and answer it, then searches the log and the
/// public pages for the two.
async fn nothing_personal_reaches_public_pages_or_the_log(db: TestDb) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("server.log");
    let log = std::fs::File::create(&log_path).unwrap();
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_sammen"));
    for (key, _) in std::env::vars().filter(|(k, _)| k.starts_with("SAMMEN_")) {
        command.env_remove(key);
    }
    let mut server = command
        .arg("serve")
        .env("SAMMEN_DATABASE_URL", &db.url.url)
        .env("SAMMEN_SECRET_KEY_FILE", common::key_file())
        // The test sends each form at once; the minimum form age has its own tests.
        .env("SAMMEN_MIN_FORM_SECONDS", "0")
        .env("SAMMEN_LISTEN", format!("127.0.0.1:{port}"))
        .env("SAMMEN_LOG", "debug")
        .env("SAMMEN_JOB_POLL_MS", "50")
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .expect("sammen serve starts");
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    let ready = common::eventually(Duration::from_secs(60), || async {
        http.get(format!("{base}/healthz"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
    })
    .await;
    assert!(ready, "the server came up");
    let app = TestApp {
        base: base.clone(),
        server: None,
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
        people: None,
    };
    let link = ask(
        &app,
        &young_in_asnaes(
            "email",
            &[("telefon", PHONE), ("email", EMAIL), ("navn", "Sofus")],
        ),
    )
    .await;
    let link2 = ask(&app, &young_in_asnaes("telefon", &[("telefon", PHONE)])).await;
    let mette = app
        .login("ambassador@sammen.example", sammen::demo::DEMO_PASSWORD)
        .await;
    let list = app
        .get_as(Some(&mette), "/admin/henvendelser")
        .await
        .text()
        .await
        .unwrap();
    let staff = list
        .split("href=\"/admin/henvendelse/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .map(|id| format!("/admin/henvendelse/{id}"))
        .expect("Mette sees the request");
    let page = app.get_as(Some(&mette), &staff).await.text().await.unwrap();
    assert!(
        page.contains(EMAIL) || page.contains(PHONE),
        "the ambassador sees the contact"
    );
    let token = app.token(Some(&mette), &staff).await;
    let reply = app
        .post_with_token(
            Some(&mette),
            &staff,
            &token,
            &[("handling", "svar"), ("tekst", "Hej Sofus")],
        )
        .await;
    assert_eq!(reply.status(), StatusCode::SEE_OTHER, "the reply is sent");
    // Public pages, each the page it should be.
    for (path, what) in [
        ("/", "Odsherred Kommune"),
        ("/ambassadorer", "href=\"/ambassadorer/1\""),
        ("/ambassadorer/1", "Mette"),
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let html = response.text().await.unwrap();
        assert!(html.contains(what), "{path}: {what}");
        assert!(!html.contains(EMAIL) && !html.contains(PHONE), "{path}");
    }
    // Staff without the right to read it: another ambassador's desk lists nothing of it,
    // and the request itself is refused to him and to a moderator, without the contact.
    // The server here is a real `sammen serve` process, on the system clock: the session
    // made for it is dated by the same clock.
    let store = db.store().await.with_clock(sammen::clock::Clock::system());
    let municipality = store.municipality(None).await.unwrap().id;
    let account = make_account(
        &store,
        "joergen@example.org",
        "adgangskode123",
        &[Role::Ambassador],
        &[],
    )
    .await;
    let joergen = store
        .ambassadors(municipality)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.first_name == "Jørgen")
        .unwrap();
    store.link_ambassador(joergen.id, account).await.unwrap();
    let joergen = session_for(&store, account).await;
    store.close().await;
    let response = app.get_as(Some(&joergen), "/admin/henvendelser").await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = response.text().await.unwrap();
    assert!(html.contains("<h1>Henvendelser</h1>"), "the staff desk");
    assert!(!html.contains(&staff), "not Jørgen's request");
    assert!(!html.contains(EMAIL) && !html.contains(PHONE));
    let moderator = app
        .login("moderator@sammen.example", sammen::demo::DEMO_PASSWORD)
        .await;
    for cookie in [&joergen, &moderator] {
        let response = app.get_as(Some(cookie), &staff).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        let html = response.text().await.unwrap();
        assert!(!html.contains(EMAIL) && !html.contains(PHONE));
    }
    // The person reads the reply by the private link, which shows the conversation but
    // not the contact details (a shared device, a forwarded link).
    let mut replied = 0;
    for link in [&link, &link2] {
        let response = app.get(link).await;
        assert_eq!(response.status(), StatusCode::OK);
        let html = response.text().await.unwrap();
        assert!(html.contains("Din henvendelse"), "{link}");
        assert!(!html.contains(EMAIL) && !html.contains(PHONE), "{link}");
        replied += usize::from(html.contains("Hej Sofus"));
    }
    assert_eq!(
        replied, 1,
        "the reply is on the answered request's private link"
    );
    server.kill().ok();
    server.wait().ok();
    let log = std::fs::read_to_string(&log_path).unwrap();
    assert!(
        log.contains("/henvendelse/…"),
        "the log has the requests, with the private link cut off: {} bytes",
        log.len()
    );
    for secret in [EMAIL, PHONE, "22334455", "Sofus", "ny på skolen"] {
        assert!(!log.contains(secret), "the log holds {secret:?}");
    }
    assert!(!log.contains("/henvendelse/0") && !log.contains("?ny=1"));
}
