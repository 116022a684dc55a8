//! Hostile tests for the issue "Trust": each is an attack from the read of the code,
//! tried over HTTP against a real server on both backends, and what stops it.

use crate::common;
use crate::common::{app_with_mail, path_of};

use std::time::Duration;

use common::smtp::link;
use common::{TestApp, TestDb, eventually, make_account, session_for};
use reqwest::StatusCode;
use sammen::auth::Role;

both_backends!(
    a_pre_registered_staff_address_cannot_keep_its_password,
    roles_are_refused_to_an_unproven_account,
    parallel_wrong_passwords_get_at_most_five_answers,
    one_push_form_makes_one_subscription,
    push_endpoints_inside_are_refused,
    a_flood_of_ambassador_requests_stops_at_the_limit,
    a_sign_up_flood_from_one_client_takes_at_most_the_limit_of_seats,
    sent_links_are_in_neither_the_outbox_view_nor_a_dump,
    a_reset_ends_every_other_reset_link,
    robots_are_refused_with_a_danish_page,
    forwarded_addresses_count_only_behind_a_trusted_proxy,
    the_signing_key_lives_outside_the_database,
    unconfirmed_accounts_are_pruned_after_seven_days,
    group_starts_for_one_adult_stop_at_the_limit,
);

const PASSWORD: &str = "en lang nok adgangskode";
const ATTACKER: &str = "angriberens hemmelige kode";

async fn register(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    app.post_form(
        "/konto/ny",
        &[
            ("navn", "Nogen"),
            ("email", email),
            ("ny", password),
            ("gentag", password),
        ],
    )
    .await
}

async fn sign_in(app: &TestApp, email: &str, password: &str) -> StatusCode {
    app.post_form("/login", &[("email", email), ("adgangskode", password)])
        .await
        .status()
}

/// Finding 1: someone registers a staff member's address with their own password and
/// leaves it unconfirmed; the administrator then invites the address. The invitation
/// starts the account afresh: the attacker's password never works, the attacker's
/// confirmation link is dead, and the invited person's password does.
async fn a_pre_registered_staff_address_cannot_keep_its_password(db: TestDb) {
    let (app, sink) = app_with_mail(&db).await;
    let store = app.server().store.clone();
    let staff = "nyansat@kommune.dk";
    assert_eq!(register(&app, staff, ATTACKER).await.status(), 303);
    let confirm = link(&sink.wait_for(staff, 1).await[0].body, "http");
    let admin = make_account(
        &store,
        "admin@kommune.dk",
        PASSWORD,
        &[Role::Administrator],
        &[],
    )
    .await;
    let cookie = session_for(&store, admin).await;
    let invited = app
        .post_as(
            Some(&cookie),
            "/admin/konti/inviter",
            "/admin/konti/inviter",
            &[
                ("email", staff),
                ("navn", "Ny Ansat"),
                ("rolle", "moderator"),
            ],
        )
        .await;
    assert_eq!(invited.status(), 303, "{}", invited.text().await.unwrap());
    let mails = sink.wait_for(staff, 2).await;
    let invitation = link(&mails[1].body, "http");
    assert!(invitation.contains("/konto/invitation/"), "{invitation}");
    // The attacker's confirmation link no longer confirms anything.
    let (status, html) = app.get_text(&path_of(&confirm)).await;
    assert_eq!(
        status,
        StatusCode::GONE,
        "the old confirmation link still works: {html}"
    );
    assert_ne!(sign_in(&app, staff, ATTACKER).await, StatusCode::SEE_OTHER);
    // The invited person chooses the password.
    let accepted = app
        .post_form(
            &path_of(&invitation),
            &[("navn", "Ny Ansat"), ("ny", PASSWORD), ("gentag", PASSWORD)],
        )
        .await;
    assert_eq!(accepted.status(), 303);
    assert_eq!(
        sign_in(&app, staff, ATTACKER).await,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(sign_in(&app, staff, PASSWORD).await, StatusCode::SEE_OTHER);
    app.stop().await;
}

/// Roles by the administrators' account page, or as an ambassador's linked account, are
/// refused to an account whose address was never confirmed.
async fn roles_are_refused_to_an_unproven_account(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let staff = "uprøvet@kommune.dk";
    assert_eq!(register(&app, staff, ATTACKER).await.status(), 303);
    let municipality = store.municipality(None).await.unwrap().id;
    let account = store.account_by_email(municipality, staff).await.unwrap();
    let admin = make_account(
        &store,
        "admin@kommune.dk",
        PASSWORD,
        &[Role::Administrator],
        &[],
    )
    .await;
    let cookie = session_for(&store, admin).await;
    let page = format!("/admin/konti/{}", account.id);
    let response = app
        .post_as(Some(&cookie), &page, &page, &[("rolle", "administrator")])
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert!(response.text().await.unwrap().contains("ikke bekræftet"));
    assert!(store.roles_of(account.id).await.unwrap().is_empty());
    let response = app
        .post_as(
            Some(&cookie),
            "/admin/ambassador/ny",
            "/admin/ambassador/ny",
            &[
                ("fornavn", "Kim"),
                ("om", "Jeg lytter gerne."),
                ("traeffes", "Hverdage"),
                ("maalgruppe", "unge"),
                ("sted", "telefon"),
                ("by", "Asnæs"),
                ("konto", staff),
                ("sprog", "da"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(store.roles_of(account.id).await.unwrap().is_empty());
    app.stop().await;
}

/// Finding 5: 30 wrong passwords at once for one address: the attempt is counted before
/// the slow hash, so at most 5 get "wrong password" and the rest 429.
async fn parallel_wrong_passwords_get_at_most_five_answers(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    make_account(
        &store,
        "offer@kommune.dk",
        PASSWORD,
        &[Role::Moderator],
        &[],
    )
    .await;
    let mut tokens = Vec::new();
    for _ in 0..30 {
        tokens.push(app.token(None, "/login").await);
    }
    let mut tries = tokio::task::JoinSet::new();
    for token in tokens {
        let request = app.client.post(app.url("/login")).form(&[
            ("_token", token.as_str()),
            ("email", "offer@kommune.dk"),
            ("adgangskode", "forkert forkert"),
        ]);
        tries.spawn(async move { request.send().await.unwrap().status() });
    }
    let answers: Vec<StatusCode> = tries.join_all().await;
    let wrong = answers
        .iter()
        .filter(|s| **s == StatusCode::BAD_REQUEST)
        .count();
    let limited = answers
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert!(wrong <= 5, "{wrong} wrong-password answers: {answers:?}");
    assert_eq!(wrong + limited, 30, "{answers:?}");
    // The right password is refused too while the address is limited.
    assert_eq!(
        sign_in(&app, "offer@kommune.dk", PASSWORD).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    app.stop().await;
}

fn push_fields(endpoint: &str) -> Vec<(&str, &str)> {
    vec![
        ("endpoint", endpoint),
        (
            "p256dh",
            "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4",
        ),
        ("auth", "BTBZMqHH6r4Tts7J_aSIgg"),
        ("varsel", "20"),
    ]
}

/// Finding 2: a push form's token is claimed: a second subscription on one token is
/// refused, and only one subscription exists.
async fn one_push_form_makes_one_subscription(db: TestDb) {
    let mut config = db.config();
    config.push_loopback = true;
    let app = TestApp::spawn_with(config).await;
    let token = app.token(None, "/bussen/stop/1").await;
    let first = app
        .post_with_token(
            None,
            "/bussen/stop/1/push",
            &token,
            &push_fields("http://127.0.0.1:9/push/a"),
        )
        .await;
    assert_eq!(first.status(), 200, "{}", first.text().await.unwrap());
    let second = app
        .post_with_token(
            None,
            "/bussen/stop/1/push",
            &token,
            &push_fields("http://127.0.0.1:9/push/b"),
        )
        .await;
    assert_eq!(second.status(), StatusCode::CONFLICT);
    let body: serde_json::Value = second.json().await.unwrap();
    assert_eq!(body["error"]["code"], "form_used");
    let pool = common::raw_pool(&db).await;
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM bus_subscription WHERE channel = 'push'")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(n, 1);
    app.stop().await;
}

/// Finding 3: endpoints on loopback, in private ranges, on another port than 443, with a
/// user part or a local name are refused (400) and nothing is stored.
async fn push_endpoints_inside_are_refused(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    for endpoint in [
        "https://localhost./push",
        "https://localhost/push",
        "https://127.0.0.1/push",
        "https://10.1.2.3/push",
        "https://192.168.1.1/push",
        "https://[::1]/push",
        "https://push.example.com:8443/push",
        "https://push.example.com:22/push",
        "https://user@push.example.com/push",
        "https://router.local/push",
        "https://intranet.kommune.internal/push",
        "http://push.example.com/push",
        "ftp://push.example.com/push",
    ] {
        let token = app.token(None, "/bussen/stop/1").await;
        let response = app
            .post_with_token(None, "/bussen/stop/1/push", &token, &push_fields(endpoint))
            .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{endpoint}");
    }
    let pool = common::raw_pool(&db).await;
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM bus_subscription")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
    app.stop().await;
}

fn request_fields() -> Vec<(&'static str, &'static str)> {
    vec![
        ("slags", "talk"),
        ("hvem", "self"),
        ("om", "Jeg kender ingen her endnu."),
        ("alder", "30-64"),
        ("by", "Asnæs"),
        ("sprog", "da"),
        ("kontakt", "anonym"),
    ]
}

/// Finding 7: 20 requests to the ambassadors from one client in a minute: the first 5
/// go through, the rest get the Danish 429 page, and staff get no mail beyond the limit.
async fn a_flood_of_ambassador_requests_stops_at_the_limit(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let pool = common::raw_pool(&db).await;
    let mails = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM outbox")
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    let before = mails().await;
    let mut statuses = Vec::new();
    for _ in 0..20 {
        let response = app
            .post_form("/ambassadorer/tal-med", &request_fields())
            .await;
        let status = response.status();
        if status == StatusCode::TOO_MANY_REQUESTS {
            let retry: i64 = response.headers()["retry-after"]
                .to_str()
                .unwrap()
                .parse()
                .unwrap();
            assert!(retry > 0 && retry <= 3600, "{retry}");
            let html = response.text().await.unwrap();
            assert!(html.contains("Prøv igen om"), "{html}");
        }
        statuses.push(status);
    }
    let through = statuses
        .iter()
        .filter(|s| **s == StatusCode::SEE_OTHER)
        .count();
    assert_eq!(through, 5, "{statuses:?}");
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
            .count(),
        15
    );
    let requests: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ambassador_request")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(requests, 5);
    let staff_mails = mails().await - before;
    assert!(
        staff_mails <= 5 * 3,
        "{staff_mails} staff mails for 5 requests"
    );
    app.stop().await;
}

/// An event open for sign-up in the demo, and its sign-up form's path.
async fn open_event(app: &TestApp) -> String {
    for id in 1..60 {
        let (status, html) = app.get_text(&format!("/arrangement/{id}")).await;
        if status != 200 {
            continue;
        }
        if let Some(at) = html.find("/tilmeld?dato=") {
            let start = html[..at].rfind('"').unwrap() + 1;
            let end = at + html[at..].find('"').unwrap();
            return html[start..end].replace("&amp;", "&");
        }
    }
    panic!("no event open for sign-up in the demo");
}

/// Finding 7: one client signing up again and again (a new form each time) takes at most
/// 10 seats an hour; then 429.
async fn a_sign_up_flood_from_one_client_takes_at_most_the_limit_of_seats(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let action = open_event(&app).await;
    let page = action.split("/tilmeld").next().unwrap().to_owned();
    let pool = common::raw_pool(&db).await;
    let seats = || async {
        sqlx::query_scalar::<_, i64>("SELECT CAST(COALESCE(SUM(people), 0) AS BIGINT) FROM signup")
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    let before = seats().await;
    let mut refused = 0;
    for i in 0..12 {
        let name = format!("Falsk Navn {i}");
        let response = app
            .post_as(None, &action, &page, &[("navn", &name), ("antal", "3")])
            .await;
        match response.status() {
            StatusCode::SEE_OTHER => {}
            StatusCode::TOO_MANY_REQUESTS => refused += 1,
            other => panic!("{other}: {}", response.text().await.unwrap()),
        }
    }
    let taken = seats().await - before;
    assert!(taken <= 10, "{taken} seats taken by one client");
    assert!(refused >= 9, "{refused}");
    app.stop().await;
}

/// Finding 6: links a test was sent by mail (reset, invitation, sign-up, the bell) are,
/// once sent, in neither the administrators' outbox view nor a dump of the database.
async fn sent_links_are_in_neither_the_outbox_view_nor_a_dump(db: TestDb) {
    let (app, sink) = app_with_mail(&db).await;
    let store = app.server().store.clone();
    let admin = make_account(
        &store,
        "admin@kommune.dk",
        PASSWORD,
        &[Role::Administrator],
        &[],
    )
    .await;
    let cookie = session_for(&store, admin).await;
    // A reset link.
    app.post_form("/konto/glemt", &[("email", "admin@kommune.dk")])
        .await;
    // An invitation.
    app.post_as(
        Some(&cookie),
        "/admin/konti/inviter",
        "/admin/konti/inviter",
        &[
            ("email", "ny@kommune.dk"),
            ("navn", "Ny"),
            ("rolle", "moderator"),
        ],
    )
    .await;
    // A sign-up's own link.
    let action = open_event(&app).await;
    let page = action.split("/tilmeld").next().unwrap().to_owned();
    let signed = app
        .post_as(
            None,
            &action,
            &page,
            &[
                ("navn", "Grethe"),
                ("antal", "1"),
                ("email", "grethe@example.dk"),
            ],
        )
        .await;
    assert_eq!(signed.status(), 303);
    // The bell's link to stop it.
    let bell = app
        .post_as(
            None,
            "/bussen/stop/1/klokke",
            "/bussen/stop/1",
            &[("email", "klokke@example.dk"), ("varsel", "20")],
        )
        .await;
    assert_eq!(bell.status(), 200);
    let mut secrets = Vec::new();
    for (address, prefix) in [
        ("admin@kommune.dk", "/konto/nulstil/"),
        ("ny@kommune.dk", "/konto/invitation/"),
        ("grethe@example.dk", "/tilmelding/"),
        ("klokke@example.dk", "/bussen/klokke/"),
    ] {
        let mail = sink.wait_for(address, 1).await;
        let body = &mail[0].body;
        let at = body
            .find(prefix)
            .unwrap_or_else(|| panic!("{prefix} in {body}"));
        let secret: String = body[at + prefix.len()..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_' || *c == '.')
            .collect();
        assert!(secret.len() >= 16, "{prefix}{secret}");
        secrets.push((prefix, secret));
    }
    // A ride's private link (asked after the others, so the coordinators' notice to
    // admin@kommune.dk comes after the reset mail read above).
    let ride = app
        .post_form(
            "/koersel",
            &[
                ("hvortil", "Koret"),
                ("navn", "Rie"),
                ("telefon", "12 12 12 12"),
                ("email", "rie@example.dk"),
                ("adresse", "Vejen 1"),
                ("by", "Asnæs"),
                ("dato", &common::today().to_string()),
                ("gentag", "en"),
                ("ud", "23.00"),
            ],
        )
        .await;
    assert_eq!(ride.status(), 303);
    let mail = sink.wait_for("rie@example.dk", 1).await;
    let at = mail[0].body.find("/koersel/").expect("the ride's link");
    let secret: String = mail[0].body[at + "/koersel/".len()..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    assert_eq!(secret.len(), 64);
    secrets.push(("/koersel/", secret));
    // Every mail is marked sent before we look.
    let pool = common::raw_pool(&db).await;
    assert!(
        eventually(Duration::from_secs(10), || async {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
                .fetch_one(&pool)
                .await
                .unwrap()
                == 0
        })
        .await
    );
    let view = app
        .get_as(Some(&cookie), "/admin/udbakke")
        .await
        .text()
        .await
        .unwrap();
    let dump = common::dump(&db).await;
    assert!(dump.len() > 10_000, "the dump holds the database");
    for (prefix, secret) in &secrets {
        assert!(
            !view.contains(secret.as_str()),
            "{prefix} link in the outbox view"
        );
        assert!(
            !dump.contains(secret.as_str()),
            "{prefix} link in the database dump"
        );
    }
    assert!(
        view.contains("[skjult]"),
        "the outbox view shows where a link was"
    );
    app.stop().await;
}

/// Also: after a password reset, every other reset link of the account is dead.
async fn a_reset_ends_every_other_reset_link(db: TestDb) {
    let (app, sink) = app_with_mail(&db).await;
    let store = app.server().store.clone();
    make_account(&store, "glemsom@kommune.dk", PASSWORD, &[], &[]).await;
    for _ in 0..2 {
        app.post_form("/konto/glemt", &[("email", "glemsom@kommune.dk")])
            .await;
    }
    let mails = sink.wait_for("glemsom@kommune.dk", 2).await;
    let first = path_of(&link(&mails[0].body, "http"));
    let second = path_of(&link(&mails[1].body, "http"));
    assert_ne!(first, second);
    let new = "en helt ny adgangskode";
    let done = app
        .post_form(&second, &[("ny", new), ("gentag", new)])
        .await;
    assert_eq!(done.status(), 200);
    assert!(
        done.text()
            .await
            .unwrap()
            .contains("Din adgangskode er skiftet")
    );
    let (status, _) = app.get_text(&first).await;
    assert_eq!(status, StatusCode::GONE, "the older reset link still works");
    assert_eq!(
        sign_in(&app, "glemsom@kommune.dk", new).await,
        StatusCode::SEE_OTHER
    );
    app.stop().await;
}

/// Honeypot and minimum form age on an anonymous form: a Danish error page, nothing kept.
async fn robots_are_refused_with_a_danish_page(db: TestDb) {
    let mut config = db.config();
    config.min_form_seconds = 3;
    let app = TestApp::spawn_with(config).await;
    let pool = common::raw_pool(&db).await;
    let count = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM ambassador_request")
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    let fast = app
        .post_form("/ambassadorer/tal-med", &request_fields())
        .await;
    assert_eq!(fast.status(), StatusCode::BAD_REQUEST);
    assert!(fast.text().await.unwrap().contains("Vent et øjeblik"));
    let token = app.token(None, "/ambassadorer/tal-med").await;
    tokio::time::sleep(Duration::from_millis(3100)).await;
    let mut fields = request_fields();
    fields.push(("website", "http://spam.example"));
    let filled = app
        .post_with_token(None, "/ambassadorer/tal-med", &token, &fields)
        .await;
    assert_eq!(filled.status(), StatusCode::BAD_REQUEST);
    assert!(filled.text().await.unwrap().contains("skal være tomt"));
    assert_eq!(count().await, 0);
    // A person who took their time gets through.
    let person = app
        .post_with_token(None, "/ambassadorer/tal-med", &token, &request_fields())
        .await;
    assert_eq!(person.status(), 303);
    assert_eq!(count().await, 1);
    app.stop().await;
}

/// `SAMMEN_TRUSTED_PROXIES`: behind a trusted proxy each forwarded client has its own
/// limit; without one, a client that writes `X-Forwarded-For` itself gains nothing.
async fn forwarded_addresses_count_only_behind_a_trusted_proxy(db: TestDb) {
    let send = |app: &TestApp, from: &'static str| {
        let app_url = app.url("/ambassadorer/tal-med");
        let client = app.client.clone();
        let token_page = app.url("/ambassadorer/tal-med");
        async move {
            let html = client
                .get(&token_page)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            let token = common::form_token(&html).unwrap();
            let mut fields = vec![("_token", token.as_str())];
            fields.extend(request_fields());
            client
                .post(&app_url)
                .header("x-forwarded-for", from)
                .form(&fields)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    // Not trusted: six "different" clients are one.
    let app = TestApp::spawn(&db).await;
    let mut last = StatusCode::OK;
    for from in [
        "198.51.100.1",
        "198.51.100.2",
        "198.51.100.3",
        "198.51.100.4",
        "198.51.100.5",
        "198.51.100.6",
    ] {
        last = send(&app, from).await;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
    app.stop().await;
    // Trusted: each forwarded client counts for itself; a /64 is one client.
    let mut config = db.config();
    config.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
    let app = TestApp::spawn_with(config).await;
    for from in [
        "203.0.113.1",
        "203.0.113.2",
        "203.0.113.3",
        "203.0.113.4",
        "203.0.113.5",
        "203.0.113.6",
    ] {
        assert_eq!(send(&app, from).await, StatusCode::SEE_OTHER, "{from}");
    }
    let mut statuses = Vec::new();
    for i in 1..=6 {
        let from: &'static str = Box::leak(format!("2001:db8:7:7::{i}").into_boxed_str());
        statuses.push(send(&app, from).await);
    }
    assert_eq!(statuses[..5], [StatusCode::SEE_OTHER; 5]);
    assert_eq!(statuses[5], StatusCode::TOO_MANY_REQUESTS);
    app.stop().await;
}

/// Finding 6: the key behind form tokens and private links is read from its file; the
/// database keeps no copy (an older version's copy is carried to the file and forgotten).
async fn the_signing_key_lives_outside_the_database(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let pool = common::raw_pool(&db).await;
    let keys: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM app_secret WHERE name = 'form_key'")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(keys, 0);
    let dump = common::dump(&db).await;
    assert!(!dump.contains(&"7e57".repeat(16)), "the key is in the dump");
    app.stop().await;
    if db.backend() == sammen::config::Backend::Sqlite {
        // A SQLite install without the setting: the file beside the database, made once,
        // for its owner only, from the key the database had.
        let mut config = db.config();
        let file = std::path::PathBuf::from(format!(
            "{}.key",
            db.url.url.trim_start_matches("sqlite://")
        ));
        config.secret_key_file = file.clone();
        sqlx::query("INSERT INTO app_secret (name, value) VALUES ('form_key', $1)")
            .bind("0123456789abcdef".repeat(4))
            .execute(&pool)
            .await
            .unwrap();
        let app = TestApp::spawn_with(config).await;
        let text = std::fs::read_to_string(&file).unwrap();
        assert_eq!(text.trim(), "0123456789abcdef".repeat(4));
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600
        );
        let left: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM app_secret WHERE name = 'form_key'")
                .fetch_one(&pool)
                .await
                .unwrap();
        assert_eq!(left, 0);
        app.stop().await;
    }
}

/// An account registered but never confirmed goes after 7 days; a confirmed one and a
/// pending invitation stay.
async fn unconfirmed_accounts_are_pruned_after_seven_days(db: TestDb) {
    let store = db.store().await;
    sammen::demo::load(&store, false).await.unwrap();
    let municipality = store.municipality(None).await.unwrap().id;
    let stale = store
        .create_account(municipality, "gammel@example.dk", "G", Some("hash"), false)
        .await
        .unwrap();
    let fresh = store
        .create_account(municipality, "ny@example.dk", "N", Some("hash"), false)
        .await
        .unwrap();
    let confirmed = store
        .create_account(municipality, "ok@example.dk", "O", Some("hash"), true)
        .await
        .unwrap();
    let invited = store
        .create_account(municipality, "inviteret@example.dk", "I", None, false)
        .await
        .unwrap();
    let pool = common::raw_pool(&db).await;
    let now = store.now();
    sqlx::query("UPDATE account SET created_at = $1 WHERE id = $2")
        .bind(now - 8 * 86_400)
        .bind(stale)
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query("UPDATE account SET created_at = $1 WHERE id IN ($2, $3)")
        .bind(now - 30 * 86_400)
        .bind(confirmed)
        .bind(invited)
        .execute(&pool)
        .await
        .unwrap();
    store.prune_auth(now).await.unwrap();
    assert!(store.account(municipality, stale).await.is_err());
    for id in [fresh, confirmed, invited] {
        assert!(store.account(municipality, id).await.is_ok(), "{id}");
    }
}

/// Issue 20's anonymous form `/unge/start-en-gruppe` mails the supporting adult: six
/// groups naming the same adult in an hour — the first 3 go through, the rest get the
/// Danish 429 page, and the adult gets no mail beyond the limit ([`sammen::limits::YOUTH_GROUP`]).
async fn group_starts_for_one_adult_stop_at_the_limit(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let pool = common::raw_pool(&db).await;
    let adult = "voksen@example.org";
    let mut statuses = Vec::new();
    for i in 0..6 {
        let name = format!("Spilaften {i}");
        let response = app
            .post_form(
                "/unge/start-en-gruppe",
                &[
                    ("navn", name.as_str()),
                    ("hvad", "Vi spiller brætspil."),
                    ("dag", "FR"),
                    ("fra", "18"),
                    ("til", "21"),
                    ("by", "online"),
                    ("fornavn", "Ali"),
                    ("alder", "16"),
                    ("email", "ung@example.org"),
                    ("voksen_navn", "Hanne Jensen"),
                    ("voksen_email", adult),
                    ("voksen_telefon", "12 34 56 78"),
                ],
            )
            .await;
        let status = response.status();
        if status == StatusCode::TOO_MANY_REQUESTS {
            assert!(response.text().await.unwrap().contains("Prøv igen om"));
        }
        statuses.push(status);
    }
    assert_eq!(
        statuses,
        [
            StatusCode::SEE_OTHER,
            StatusCode::SEE_OTHER,
            StatusCode::SEE_OTHER,
            StatusCode::TOO_MANY_REQUESTS,
            StatusCode::TOO_MANY_REQUESTS,
            StatusCode::TOO_MANY_REQUESTS,
        ]
    );
    let mails: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE to_address = $1")
        .bind(adult)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(mails, 3);
    // Housekeeping deletes the groups no adult vouched for within two weeks.
    let store = app.server().store.clone();
    assert_eq!(
        store
            .prune_unvouched_youth_groups(store.now() - 14 * 86_400)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        store
            .prune_unvouched_youth_groups(store.now() + 1)
            .await
            .unwrap(),
        3
    );
    app.stop().await;
}
