//! Many municipalities in one deployment (issue 16): a second municipality onboarded from
//! its file while the first is served, each on its own host, nothing of one on the other's
//! pages, feeds or API, sessions and roles kept to their municipality, the national host
//! finding both, and bad files refused whole with the field named.

use std::net::SocketAddr;
use std::time::Duration;

use reqwest::StatusCode;
use sammen::store::audit::Actor;

use crate::common::{self, TestApp, TestDb, eventually};

both_backends!(
    a_second_municipality_is_served_on_its_own_host,
    bad_municipality_files_are_refused_whole,
    an_administrator_changes_the_municipality_settings,
    calendar_bus_and_ambassador_pages_read_the_snapshot,
);

const HOLBAEK: &str = "holbaek.sammen.test";
const ODSHERRED: &str = "odsherred.sammen.example";
const NATIONAL: &str = "sammen.test";
const UNKNOWN: &str = "ukendt.example";

/// The file the tests onboard.
fn holbaek_file() -> String {
    format!(
        "{}/tests/data/municipalities/holbaek.toml",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// A client that reaches the test server under every host the tests use.
struct Hosts {
    client: reqwest::Client,
    port: u16,
}

impl Hosts {
    fn new(app: &TestApp) -> Hosts {
        let addr: SocketAddr = app.base.trim_start_matches("http://").parse().unwrap();
        let mut builder = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none());
        for host in [HOLBAEK, ODSHERRED, NATIONAL, UNKNOWN] {
            builder = builder.resolve(host, addr);
        }
        Hosts {
            client: builder.build().unwrap(),
            port: addr.port(),
        }
    }

    async fn get(&self, host: &str, cookie: Option<&str>, path: &str) -> (StatusCode, String) {
        let mut request = self
            .client
            .get(format!("http://{host}:{}{path}", self.port));
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        let response = request.send().await.expect("request");
        let status = response.status();
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let text = response.text().await.unwrap();
        (status, format!("{location}\n{text}"))
    }
}

/// `sammen` run as an operator would, on the test database.
fn sammen(db: &TestDb, args: &[&str]) -> std::process::Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_sammen"));
    for (key, _) in std::env::vars().filter(|(k, _)| k.starts_with("SAMMEN_")) {
        command.env_remove(key);
    }
    command
        .args(args)
        .env("SAMMEN_DATABASE_URL", &db.url.url)
        .env("SAMMEN_SECRET_KEY_FILE", common::key_file())
        .env("SAMMEN_NOW", common::START)
        .env("SAMMEN_LOG", "off")
        .output()
        .expect("sammen runs")
}

/// Two offers for Holbæk in HSDS: one to go to, one online.
const HOLBAEK_OFFERS: &str = r#"[
  {"id": "7d0c5f1e-3a6b-4c2d-9e8f-1a2b3c4d5e61", "name": "Strikkeklub Zebrafinken i Tølløse",
   "description": "Vi strikker og drikker kaffe hver tirsdag.", "status": "active",
   "organization": {"id": "7d0c5f1e-3a6b-4c2d-9e8f-1a2b3c4d5e60", "name": "Tølløse Strikkere"}},
  {"id": "7d0c5f1e-3a6b-4c2d-9e8f-1a2b3c4d5e62", "name": "Onlinecafé Zebrafinken",
   "description": "Snak med andre nye i kommunen over video.", "status": "active",
   "organization": {"id": "7d0c5f1e-3a6b-4c2d-9e8f-1a2b3c4d5e60", "name": "Tølløse Strikkere"},
   "service_at_locations": [{"id": "7d0c5f1e-3a6b-4c2d-9e8f-1a2b3c4d5e63",
     "location": {"id": "7d0c5f1e-3a6b-4c2d-9e8f-1a2b3c4d5e64", "location_type": "virtual", "name": "Online"}}]}
]"#;

async fn a_second_municipality_is_served_on_its_own_host(db: TestDb) {
    let mut config = db.config();
    config.national_host = Some(NATIONAL.into());
    let app = TestApp::spawn_with(config).await;
    let hosts = Hosts::new(&app);
    let store = app.server().store.clone();

    // One municipality: it answers on any host, as before.
    let (status, page) = hosts.get(UNKNOWN, None, "/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Odsherred"));

    // Onboard Holbæk from its file while Odsherred is served.
    let added = sammen(&db, &["municipality", "add", &holbaek_file()]);
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let holbaek = store.municipality(Some("holbaek")).await.unwrap();
    let served = eventually(Duration::from_secs(10), || async {
        hosts
            .get(HOLBAEK, None, "/")
            .await
            .1
            .contains("Holbæk Kommune")
    })
    .await;
    assert!(served, "the running server serves the new municipality");
    let (_, search) = hosts.get(HOLBAEK, None, "/vejviser").await;
    assert!(
        search.contains("Tølløse") && !search.contains("Asnæs"),
        "its own towns"
    );
    let (_, css) = hosts.get(HOLBAEK, None, "/kommune.css").await;
    assert!(css.contains("#1d5c3a"), "its own colour: {css}");

    // Offers, an event and an ambassador of Holbæk's.
    let records = sammen::hsds::parse_import(HOLBAEK_OFFERS, common::today()).unwrap();
    store.import_hsds(&holbaek, &records).await.unwrap();
    let offers = store.offers(holbaek.id).await.unwrap();
    let knitting = offers
        .iter()
        .find(|o| o.name.starts_with("Strikkeklub"))
        .unwrap()
        .id;
    let organisation = offers[0].organisation.id;
    let event = store
        .add_event(holbaek.id, &holbaek_event(organisation), Actor::System)
        .await
        .unwrap();
    let ambassador = store
        .add_ambassador(holbaek.id, &holbaek_ambassador(), Actor::System)
        .await
        .unwrap();
    // The last of the three writes has reached the snapshot once its ambassador shows.
    let shown = eventually(Duration::from_secs(10), || async {
        hosts
            .get(HOLBAEK, None, "/vejviser?q=zebrafinken")
            .await
            .1
            .contains("Strikkeklub Zebrafinken")
            && hosts
                .get(HOLBAEK, None, &format!("/ambassadorer/{ambassador}"))
                .await
                .0
                == StatusCode::OK
    })
    .await;
    assert!(shown, "Holbæk's search finds Holbæk's offer");
    for path in [
        format!("/tilbud/{knitting}"),
        format!("/arrangement/{event}"),
        format!("/ambassadorer/{ambassador}"),
        format!("/api/v1/offers/{knitting}"),
        // The id it was imported with links back to it too.
        "/api/v1/offers/7d0c5f1e-3a6b-4c2d-9e8f-1a2b3c4d5e61".to_owned(),
    ] {
        let (status, _) = hosts.get(HOLBAEK, None, &path).await;
        assert_eq!(status, StatusCode::OK, "Holbæk shows {path}");
        let (status, _) = hosts.get(ODSHERRED, None, &path).await;
        assert_eq!(
            status,
            StatusCode::NOT_FOUND,
            "Odsherred does not show {path}"
        );
    }
    for path in [
        "/vejviser?q=zebrafinken",
        "/api/v1/offers?q=zebrafinken",
        "/kalender",
        "/kalender.ics",
        "/kalender.rss",
        "/ambassadorer",
    ] {
        let (_, odsherred) = hosts.get(ODSHERRED, None, path).await;
        for name in ["Zebrafinken", "Strikkeaften i Holbæk", "Holbækambassadøren"] {
            assert!(!odsherred.contains(name), "Odsherred's {path} shows {name}");
        }
    }
    // Links (the API's, feeds', mail's) lead to the municipality's own host.
    let (_, offer) = hosts
        .get(HOLBAEK, None, &format!("/api/v1/offers/{knitting}"))
        .await;
    assert!(
        offer.contains(&format!("\"url\":\"http://{HOLBAEK}/tilbud/{knitting}\"")),
        "{offer}"
    );
    let (_, calendar) = hosts.get(HOLBAEK, None, "/kalender.ics").await;
    assert!(
        calendar.contains("Strikkeaften i Holbæk"),
        "Holbæk's feed has its event"
    );
    // The links in the mail jobs and the bus bell write: the municipality's own host, and
    // the configured address on a server kept to one municipality.
    let configured = "https://sammen.example/";
    assert_eq!(
        store
            .link_base(configured, false, holbaek.id)
            .await
            .unwrap(),
        format!("https://{HOLBAEK}")
    );
    assert_eq!(
        store.link_base(configured, true, holbaek.id).await.unwrap(),
        "https://sammen.example"
    );

    // A moderator of Holbæk is a moderator there only; the session is Holbæk's.
    let moderator = account_in(&store, holbaek.id, "moderator@holbaek.example.org").await;
    store
        .grant_role(moderator, sammen::auth::Role::Moderator)
        .await
        .unwrap();
    let cookie = common::session_for(&store, moderator).await;
    let (status, _) = hosts.get(HOLBAEK, Some(&cookie), "/admin/unge").await;
    assert_eq!(status, StatusCode::OK, "the moderator at home");
    let (status, page) = hosts.get(ODSHERRED, Some(&cookie), "/admin/unge").await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "a stranger on Odsherred's host"
    );
    assert!(page.starts_with("/login"), "{page}");
    let (_, account) = hosts.get(ODSHERRED, Some(&cookie), "/konto").await;
    assert!(
        !account.contains("moderator@holbaek.example.org"),
        "the session is refused"
    );
    // An Odsherred administrator is no one in Holbæk either.
    let (_, login) = hosts.get(ODSHERRED, None, "/login").await;
    assert!(login.contains("_token"));
    let admin = store
        .municipality(Some("odsherred"))
        .await
        .map(|m| m.id)
        .unwrap();
    let odsherred_admin = account_in(&store, admin, "chef@odsherred.example.org").await;
    store
        .grant_role(odsherred_admin, sammen::auth::Role::Administrator)
        .await
        .unwrap();
    let cookie = common::session_for(&store, odsherred_admin).await;
    assert_eq!(
        hosts
            .get(ODSHERRED, Some(&cookie), "/admin/kommune")
            .await
            .0,
        StatusCode::OK
    );
    assert_eq!(
        hosts.get(HOLBAEK, Some(&cookie), "/admin/kommune").await.0,
        StatusCode::SEE_OTHER
    );

    // With two municipalities, a host that is neither lists them.
    let (status, page) = hosts.get(UNKNOWN, None, "/").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        page.contains("Holbæk Kommune") && page.contains("Odsherred Kommune"),
        "{page}"
    );
    assert!(
        page.contains(&format!("http://{HOLBAEK}/")),
        "links to each host"
    );

    // The national host finds offers of both: by phone and online for everyone…
    let (status, national) = hosts
        .get(NATIONAL, None, "/?q=onlinecaf%C3%A9+zebrafinken")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(national.contains("Onlinecafé Zebrafinken") && national.contains("Holbæk Kommune"));
    assert!(
        !national.contains("Strikkeklub Zebrafinken"),
        "not a club far away"
    );
    let (_, national) = hosts.get(NATIONAL, None, "/?q=telefontid").await;
    assert!(
        national.contains("Telefontid for småbørnsforældre"),
        "Odsherred's phone offer"
    );
    // …and the offers to go to in the municipality the searcher names.
    let (_, national) = hosts
        .get(NATIONAL, None, "/?q=zebrafinken&kommune=holbaek")
        .await;
    assert!(national.contains("Strikkeklub Zebrafinken"));
    assert!(national.contains(&format!("http://{HOLBAEK}/tilbud/{knitting}")));

    // The file comes back out as it went in.
    let exported = sammen(&db, &["municipality", "export", "holbaek"]);
    let text = String::from_utf8_lossy(&exported.stdout);
    let again = sammen::municipality::File::read(&text).unwrap();
    assert_eq!(again.hosts, [HOLBAEK]);
    assert_eq!(again.towns.len(), 3);
    // The national export holds both municipalities' offers, each with its own id.
    let dir = tempfile::tempdir().unwrap();
    let all = dir.path().join("all.json");
    let exported = sammen(
        &db,
        &["export", "hsds", "--all", &all.display().to_string()],
    );
    assert!(String::from_utf8_lossy(&exported.stdout).contains("of 2 municipalities"));
    let all = std::fs::read_to_string(&all).unwrap();
    assert!(
        all.contains("7d0c5f1e-3a6b-4c2d-9e8f-1a2b3c4d5e61")
            && all.contains("Telefontid for småbørnsforældre")
    );
    let listed = sammen(&db, &["municipality", "list"]);
    let listed = String::from_utf8_lossy(&listed.stdout);
    assert!(
        listed.contains("holbaek\tHolbæk Kommune\tholbaek.sammen.test"),
        "{listed}"
    );
    app.stop().await;
}

async fn account_in(store: &sammen::store::Store, municipality: i64, email: &str) -> i64 {
    let hash = sammen::auth::hash_password("adgangskode123").unwrap();
    store
        .create_account(municipality, email, "Test Person", Some(&hash), true)
        .await
        .unwrap()
}

fn holbaek_event(organisation_id: i64) -> sammen::store::calendar::NewEvent {
    sammen::store::calendar::NewEvent {
        organisation_id,
        offer_id: None,
        place_id: None,
        town_id: None,
        online: true,
        address: String::new(),
        title: "Strikkeaften i Holbæk".into(),
        description: String::new(),
        kind: sammen::calendar::EventKind::from_code("spis-sammen").unwrap(),
        life_arena: None,
        target_groups: Vec::new(),
        age_min: 0,
        age_max: 120,
        start_local: format!("{}T19:00", common::today().tomorrow().unwrap()),
        duration_minutes: 90,
        every_weeks: 1,
        occurrence_count: 4,
        price_dkk: 0,
        capacity: Some(20),
        signup_required: false,
        signup_closes_hours: 0,
        needs_contact: false,
        bring: String::new(),
        accessibility: Vec::new(),
        campaign_id: None,
    }
}

fn holbaek_ambassador() -> sammen::store::ambassadors::NewAmbassador {
    sammen::store::ambassadors::NewAmbassador {
        account_id: None,
        first_name: "Holbækambassadøren".into(),
        about: "Jeg går gerne med til det første møde.".into(),
        reachable: "Hverdage".into(),
        target_groups: Vec::new(),
        settings: Vec::new(),
        town_ids: Vec::new(),
        languages: vec!["da".into()],
        published: true,
    }
}

/// A copy of the Holbæk file with `from` replaced by `to`.
fn holbaek_with(dir: &std::path::Path, from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(holbaek_file()).unwrap();
    assert!(text.contains(from), "the file has {from}");
    let path = dir.join("kommune.toml");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    path.display().to_string()
}

async fn bad_municipality_files_are_refused_whole(db: TestDb) {
    let store = db.store().await;
    sammen::demo::load(&store, false).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let before = common::dump(&db).await;
    for (from, to, field) in [
        ("lat = 55.6120\n", "", "town[2].lat"),
        ("slug = \"holbaek\"", "slug = \"odsherred\"", "slug"),
        (
            "hosts = [\"holbaek.sammen.test\"]",
            "hosts = [\"odsherred.sammen.example\"]",
            "hosts[1]",
        ),
        ("#1d5c3a", "#1d5c3", "header_colour"),
        ("#1d5c3a", "#f6c445", "header_colour"),
        ("town = \"Holbæk\"", "town = \"Roskilde\"", "place[1].town"),
    ] {
        let file = holbaek_with(dir.path(), from, to);
        let out = sammen(&db, &["municipality", "add", &file]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{from} → {to} is refused");
        assert!(
            stderr.contains(&format!("{field}:")),
            "{from} → {to} names {field}: {stderr}"
        );
        assert_eq!(
            common::dump(&db).await,
            before,
            "nothing is written for {field}"
        );
    }
    assert_eq!(store.municipality_count().await.unwrap(), 1);
}

async fn an_administrator_changes_the_municipality_settings(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let admin = common::make_account(
        &store,
        "admin@example.org",
        "adgangskode123",
        &[sammen::auth::Role::Administrator],
        &[],
    )
    .await;
    let cookie = common::session_for(&store, admin).await;
    // A colour too light for white text is refused, with what was typed kept.
    let fields = |colour: &'static str| {
        vec![
            ("navn", "Odsherred Kommune"),
            ("kort-navn", "Odsherred"),
            ("email", "sammen@odsherred.example.org"),
            ("telefon", "00 00 00 00"),
            ("adresse", "Nyvej 22, 4573 Højby"),
            ("hjemmeside", "https://odsherred.example.org"),
            ("farve", colour),
            ("afsender", "Sammen i Odsherred"),
            ("handling", "gem"),
        ]
    };
    let response = app
        .post_as(
            Some(&cookie),
            "/admin/kommune",
            "/admin/kommune",
            &fields("#f6c445"),
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("#f6c445") && page.contains("kontrast"),
        "{page}"
    );
    assert_eq!(
        store.municipality(None).await.unwrap().header_colour,
        "#0b4f7c"
    );

    let response = app
        .post_as(
            Some(&cookie),
            "/admin/kommune",
            "/admin/kommune",
            &fields("#5a2d82"),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = app
        .get_as(Some(&cookie), &common::location(&response))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Indstillingerne er gemt"));
    let stored = store.municipality(None).await.unwrap();
    assert_eq!(
        (stored.header_colour.as_str(), stored.mail_name.as_str()),
        ("#5a2d82", "Sammen i Odsherred")
    );
    let coloured = eventually(Duration::from_secs(10), || async {
        app.get_text("/").await.1.contains("/kommune.css?v=5a2d82")
    })
    .await;
    assert!(coloured, "every page links the new colour");
    assert!(app.get_text("/kommune.css").await.1.contains("#5a2d82"));
    app.stop().await;
}

/// The calendar, bus and ambassador pages show each server's snapshot, not the database: a
/// change written behind the change log's back does not show, and shows on every server
/// once the change log carries it.
async fn calendar_bus_and_ambassador_pages_read_the_snapshot(db: TestDb) {
    let a = TestApp::spawn(&db).await;
    let b = TestApp::spawn(&db).await;
    let store = a.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let event = store.events(municipality).await.unwrap().remove(0);
    let stop = store
        .bus_plan(municipality, "Den Glade Bus")
        .await
        .unwrap()
        .stops
        .remove(0);
    let ambassador = store
        .ambassadors(municipality)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.published)
        .unwrap();
    let pages = [
        (format!("/arrangement/{}", event.id), "Skjult arrangement"),
        (
            format!("/arrangement/{}/kalender.ics", event.id),
            "Skjult arrangement",
        ),
        ("/kalender.ics".to_owned(), "Skjult arrangement"),
        (format!("/bussen/stop/{}", stop.id), "Skjult stoppested"),
        ("/bussen".to_owned(), "Skjult stoppested"),
        (
            format!("/ambassadorer/{}", ambassador.id),
            "Skjultambassadør",
        ),
        ("/ambassadorer".to_owned(), "Skjultambassadør"),
    ];
    for (path, _) in &pages {
        let (status, _) = b.get_text(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
    }

    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&db.url.url).await.unwrap();
    for (sql, id) in [
        (
            "UPDATE event SET title = 'Skjult arrangement' WHERE id = $1",
            event.id,
        ),
        (
            "UPDATE bus_stop SET name = 'Skjult stoppested' WHERE id = $1",
            stop.id,
        ),
        (
            "UPDATE ambassador SET first_name = 'Skjultambassadør' WHERE id = $1",
            ambassador.id,
        ),
    ] {
        sqlx::query(sql).bind(id).execute(&pool).await.unwrap();
    }
    // Past several change polls: still the snapshot's picture on both servers.
    tokio::time::sleep(Duration::from_millis(300)).await;
    for app in [&a, &b] {
        for (path, hidden) in &pages {
            let (status, page) = app.get_text(path).await;
            assert_eq!(status, StatusCode::OK, "{path}");
            assert!(!page.contains(hidden), "{path} read the database");
        }
    }
    let (_, page) = b.get_text(&format!("/arrangement/{}", event.id)).await;
    assert!(page.contains(&event.title));

    // Once the change log carries it, every server shows it.
    sqlx::query(
        "INSERT INTO change_log (municipality_id, entity, entity_id, changed_at) VALUES ($1, 'test', '1', 0)",
    )
    .bind(municipality)
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;
    for app in [&a, &b] {
        let shown = eventually(Duration::from_secs(10), || async {
            let mut all = true;
            for (path, shown) in &pages {
                all &= app.get_text(path).await.1.contains(shown);
            }
            all
        })
        .await;
        assert!(shown, "a server follows the change log");
    }
    a.stop().await;
    b.stop().await;
}
