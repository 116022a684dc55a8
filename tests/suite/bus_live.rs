//! Den Glade Bus while it drives, on both backends: the crew's page and its buttons, the
//! live page, the GTFS Realtime feed decoded with the official `gtfs-realtime.proto`, the
//! bell's form and private link, and a simulated Tuesday in which two servers take the
//! bus's positions and every subscriber gets exactly one "about 10 minutes" mail, at the
//! right simulated time, read from a real SMTP server.

use crate::common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::smtp::{SmtpSink, link};
use common::{TestApp, TestDb, make_account, raw_pool};
use jiff::civil::{Date, date};
use jiff::{SignedDuration, Timestamp};
use prost_reflect::{DescriptorPool, DynamicMessage, Value};
use reqwest::StatusCode;
use sammen::auth::Role;
use sammen::bus::Plan;
use sammen::bus::live::travel;
use sammen::clock::Clock;
use sammen::domain::Coordinate;
use sqlx::Row;

both_backends!(
    a_simulated_tuesday_rings_each_subscriber_once_ten_minutes_before,
    the_crew_page_drives_the_live_page_and_the_realtime_feed,
    the_bell_form_checks_its_input_confirms_and_stops,
    the_route_map_shows_a_day_in_order,
    the_bell_by_web_push_is_encrypted_for_the_browser_and_forgets_a_gone_one,
);

/// Tuesday 1 December 2026: a normal tour day (no pause).
const TUESDAY: Date = date(2026, 12, 1);

fn local(day: Date, hour: i8, minute: i8) -> Timestamp {
    sammen::calendar::local_instant(day.at(hour, minute, 0, 0))
}

async fn app_at(db: &TestDb, clock: &Clock, smtp: Option<&SmtpSink>) -> TestApp {
    let mut settings = sammen::cli::Cli::default_settings();
    settings.database_url = db.config().database.url;
    settings.listen = "127.0.0.1:0".into();
    settings.change_poll_ms = "50".into();
    if let Some(sink) = smtp {
        settings.job_poll_ms = "50".into();
        settings.smtp_url = Some(sink.url());
    } else {
        settings.job_poll_ms = "0".into();
    }
    settings.secret_key_file = Some(common::key_file());
    let mut config = settings.validate().unwrap();
    config.min_form_seconds = 0;
    config.clock = clock.clone();
    TestApp::spawn_with(config).await
}

async fn plan(app: &TestApp) -> Plan {
    let store = &app.server().store;
    let municipality = store.municipality(None).await.unwrap().id;
    store.bus_plan(municipality, "Den Glade Bus").await.unwrap()
}

async fn crew(app: &TestApp, email: &str) -> String {
    let store = &app.server().store;
    let id = make_account(store, email, "adgangskode123", &[Role::BusCrew], &[]).await;
    // The whole server reads the simulated clock, sessions too: the crew's session must
    // last the simulated working day (sessions last 12 hours, as in `web::session`).
    let (token, hash) = sammen::auth::new_token();
    store.create_session(&hash, id, 12 * 3600).await.unwrap();
    format!("sammen_session={token}")
}

async fn post_position(
    app: &TestApp,
    cookie: &str,
    token: &str,
    at: Coordinate,
) -> reqwest::Response {
    let (lat, lon) = (at.lat.to_string(), at.lon.to_string());
    app.post_with_token(
        Some(cookie),
        "/bussen/tur/position",
        token,
        &[("lat", &lat), ("lon", &lon), ("accuracy", "8")],
    )
    .await
}

/// Signs `address` up for the bell at a stop and confirms from the mailed link.
async fn subscribe(app: &TestApp, sink: &SmtpSink, stop: i64, address: &str, lead: &str) {
    let page = format!("/bussen/stop/{stop}");
    let response = app
        .post_as(
            None,
            &format!("{page}/klokke"),
            &page,
            &[
                ("email", address),
                ("varsel", lead),
                ("handling", "abonner"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let mail = sink.wait_for(address, 1).await;
    assert_eq!(mail.len(), 1, "one confirmation mail to {address}");
    let manage = link(&mail[0].body, "http");
    let path = manage
        .split_once("/bussen/")
        .map(|(_, p)| format!("/bussen/{p}"))
        .unwrap();
    let response = app
        .post_as(None, &path, &path, &[("handling", "bekraeft")])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Klokken er startet")
    );
}

/// Where the bus is `t` into a drive from `a` to `b` that takes `whole`.
fn between(a: Coordinate, b: Coordinate, t: SignedDuration, whole: SignedDuration) -> Coordinate {
    let f = (t.as_secs_f64() / whole.as_secs_f64()).clamp(0.0, 1.0);
    Coordinate {
        lat: a.lat + (b.lat - a.lat) * f,
        lon: a.lon + (b.lon - a.lon) * f,
    }
}

async fn a_simulated_tuesday_rings_each_subscriber_once_ten_minutes_before(db: TestDb) {
    let sink = SmtpSink::start().await;
    let start = local(TUESDAY, 9, 0);
    let clock = Clock::simulated(start);
    // Two servers on one database, as behind a load balancer.
    let one = app_at(&db, &clock, Some(&sink)).await;
    let two = app_at(&db, &clock, None).await;
    let plan = plan(&one).await;
    let tour: Vec<_> = plan.dated(TUESDAY, 1);
    assert_eq!(tour.len(), 4, "the demo Tuesday has four stops");

    // Subscribers: two at the second stop, one at the third (10 minutes), one at the
    // fourth who wants 30 minutes, one at the first.
    let subscribers = [
        (tour[0].stop.id, "foerste@eksempel.dk", "10"),
        (tour[1].stop.id, "anden-a@eksempel.dk", "10"),
        (tour[1].stop.id, "anden-b@eksempel.dk", "10"),
        (tour[2].stop.id, "tredje@eksempel.dk", "10"),
        (tour[3].stop.id, "fjerde@eksempel.dk", "30"),
    ];
    for (stop, address, lead) in subscribers {
        subscribe(&one, &sink, stop, address, lead).await;
    }

    // One crew phone; its session and form token are good on either server.
    let cookie = crew(&one, "chauffoer@eksempel.dk").await;
    let token = two.token(Some(&cookie), "/bussen/tur").await;

    // The drive: from 6 km west of the first stop, every leg timed to arrive a minute
    // before the time planned (so the expected time is the planned one), a position every
    // 30 seconds, alternating between the servers.
    let tick = SignedDuration::from_secs(30);
    let first = tour[0].stop.at;
    let depot = Coordinate {
        lat: first.lat,
        lon: first.lon - 0.1,
    };
    let mut legs = Vec::new();
    let mut expected = HashMap::new();
    let mut from = depot;
    let mut free_from = start;
    for d in &tour {
        let whole = travel(from, d.stop.at, plan.speed_kmh);
        let depart = d
            .arrives_at()
            .checked_sub(whole + SignedDuration::from_mins(1))
            .unwrap()
            .max(free_from);
        legs.push((from, d.stop.at, depart, whole));
        // A leg longer than the gap in the plan arrives late: then that is expected.
        expected.insert(d.stop.id, d.arrives_at().max(depart + whole));
        from = d.stop.at;
        free_from = d.leaves_at();
    }
    let pool = raw_pool(&db).await;
    let mut first_seen: HashMap<String, Timestamp> = HashMap::new();
    let end = tour.last().unwrap().leaves_at();
    let mut now = start;
    let mut n = 0;
    while now <= end {
        clock.set(now);
        // Where the bus is: parked at the last stop reached, or on a leg.
        let mut at = depot;
        for (a, b, depart, whole) in &legs {
            if now >= *depart {
                at = between(*a, *b, now.duration_since(*depart), *whole);
            }
        }
        let app = if n % 2 == 0 { &one } else { &two };
        let response = post_position(app, &cookie, &token, at).await;
        assert_eq!(response.status(), StatusCode::OK, "position at {now}");
        for row in sqlx::query("SELECT unique_key FROM outbox WHERE unique_key LIKE 'bell:%'")
            .fetch_all(&pool)
            .await
            .unwrap()
        {
            let key: String = row.try_get("unique_key").unwrap();
            first_seen.entry(key).or_insert(now);
        }
        now = now.checked_add(tick).unwrap();
        n += 1;
    }

    // Exactly one "about N minutes" mail per subscriber, queued at the right moment.
    assert_eq!(first_seen.len(), subscribers.len(), "{first_seen:?}");
    for (stop, address, lead) in subscribers {
        let visit = tour.iter().find(|d| d.stop.id == stop).unwrap();
        let lead: i64 = lead.parse().unwrap();
        let due = expected[&stop] - SignedDuration::from_mins(lead);
        let mails = sink.wait_for(address, 2).await;
        let near: Vec<_> = mails
            .iter()
            .filter(|m| m.subject.contains("minutter fra"))
            .collect();
        assert_eq!(near.len(), 1, "{address}: {mails:?}");
        assert!(
            near[0]
                .subject
                .contains(&format!("ca. {lead} minutter fra")),
            "{}",
            near[0].subject
        );
        assert!(
            near[0].body.contains("/bussen/klokke/"),
            "an unsubscribe link"
        );
        let queued = first_seen
            .iter()
            .find(|(k, _)| k.ends_with(&format!(":{stop}:{}", visit.visit.arrive.strftime("%H%M"))))
            .map(|(_, t)| *t)
            .unwrap();
        assert!(
            // Two seconds for rounding the drive into whole seconds.
            queued + SignedDuration::from_secs(2) >= due
                && queued < due + tick + SignedDuration::from_secs(2),
            "{address}: queued at {queued}, due at {due}"
        );
    }
    // Ringing once more at the day's end finds nothing new, and once the outbox has sent
    // all it holds, each subscriber has still had one.
    assert_eq!(ring_now(&one, &clock).await, 0, "nothing new is due");
    assert!(
        outbox_drained(&pool).await,
        "the outbox sends what it holds"
    );
    for (_, address, _) in subscribers {
        let near = sink
            .to(address)
            .into_iter()
            .filter(|m| m.subject.contains("minutter fra"))
            .count();
        assert_eq!(near, 1, "{address}");
    }
    two.stop().await;
    one.stop().await;
}

fn rt_pool() -> DescriptorPool {
    let files = protox::compile(["gtfs-realtime.proto"], ["data/gtfs-realtime"])
        .expect("the official gtfs-realtime.proto compiles");
    DescriptorPool::from_file_descriptor_set(files).unwrap()
}

/// Decodes a feed with the official schema, checking required fields are present.
fn decode_feed(bytes: &[u8]) -> DynamicMessage {
    let pool = rt_pool();
    let message = pool
        .get_message_by_name("transit_realtime.FeedMessage")
        .unwrap();
    let feed = DynamicMessage::decode(message, bytes).expect("decodes as a FeedMessage");
    let header = field(&feed, "header").message();
    assert_eq!(
        field(&header, "gtfs_realtime_version").as_str(),
        Some("2.0")
    );
    assert!(header.has_field_by_name("timestamp"));
    feed
}

fn field(message: &DynamicMessage, name: &str) -> Value {
    assert!(message.has_field_by_name(name), "{name} is set");
    message.get_field_by_name(name).unwrap().into_owned()
}

trait AsMessage {
    fn message(&self) -> DynamicMessage;
}

impl AsMessage for Value {
    fn message(&self) -> DynamicMessage {
        self.as_message().cloned().expect("a message")
    }
}

async fn rt(app: &TestApp) -> DynamicMessage {
    let response = app.get("/bussen/gtfs-rt/vehicle-positions").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/x-protobuf");
    decode_feed(&response.bytes().await.unwrap())
}

async fn the_crew_page_drives_the_live_page_and_the_realtime_feed(db: TestDb) {
    let clock = Clock::simulated(local(TUESDAY, 9, 30));
    let app = app_at(&db, &clock, None).await;
    let plan = plan(&app).await;
    let tour = plan.dated(TUESDAY, 1);
    let (first, second) = (&tour[0], &tour[1]);

    // Before the tour: the plan, nothing live, an empty feed.
    let (status, html) = app.get_text("/bussen/nu").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Bussen er ikke på vej lige nu"), "{html}");
    assert!(html.contains(&first.stop.full_name()));
    let feed = rt(&app).await;
    assert!(
        feed.get_field_by_name("entity")
            .unwrap()
            .as_list()
            .unwrap()
            .is_empty()
    );

    // The crew's page lists today's tour with buttons.
    let cookie = crew(&app, "chauffoer@eksempel.dk").await;
    let page = app.get_as(Some(&cookie), "/bussen/tur").await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert_eq!(html.matches("value=\"arrived\"").count(), 4);
    assert!(html.contains("Del position"));
    let token = common::form_token(&html).unwrap();

    // "Arrived" at the first stop, without GPS.
    clock.set(local(TUESDAY, 10, 2));
    let stop = first.stop.id.to_string();
    let response = app
        .post_with_token(
            Some(&cookie),
            "/bussen/tur/markering",
            &token,
            &[("stop", &stop), ("arrive", "10:00"), ("kind", "arrived")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/bussen/tur?gemt=arrived");
    let html = app
        .get_as(Some(&cookie), "/bussen/tur?gemt=arrived")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Gemt: bussen er ankommet."));
    assert!(html.contains("Ankomst registreret."));
    let (_, html) = app.get_text("/bussen/nu").await;
    assert!(
        html.contains(&format!("Bussen holder ved {} nu", first.stop.full_name())),
        "{html}"
    );
    // Only buttons alone: no position, so no vehicle in the feed.
    assert!(
        rt(&app)
            .await
            .get_field_by_name("entity")
            .unwrap()
            .as_list()
            .unwrap()
            .is_empty()
    );

    // Late: at 11:50 the bus is only halfway to the second stop (planned 11:45).
    clock.set(local(TUESDAY, 11, 50));
    let halfway = between(
        first.stop.at,
        second.stop.at,
        SignedDuration::from_secs(1),
        SignedDuration::from_secs(2),
    );
    let response = post_position(&app, &cookie, &token, halfway).await;
    assert_eq!(response.status(), StatusCode::OK);
    let json: serde_json::Value = response.json().await.unwrap();
    assert_eq!(json["ok"], true);
    assert!(
        json["headline"]
            .as_str()
            .unwrap()
            .contains(&second.stop.full_name())
    );
    let (_, html) = app.get_text("/bussen/nu").await;
    assert!(html.contains("min. forsinket"), "{html}");
    assert!(html.contains("Kørt videre"));

    // The feed now has the bus, in the static feed's ids, decoded by the official schema.
    let feed = rt(&app).await;
    let entities = feed
        .get_field_by_name("entity")
        .unwrap()
        .as_list()
        .unwrap()
        .to_vec();
    assert_eq!(entities.len(), 1);
    let vehicle = field(&entities[0].message(), "vehicle").message();
    let position = field(&vehicle, "position").message();
    let lat = field(&position, "latitude").as_f32().unwrap();
    let lon = field(&position, "longitude").as_f32().unwrap();
    assert!(
        (f64::from(lat) - halfway.lat).abs() < 1e-4 && (f64::from(lon) - halfway.lon).abs() < 1e-4
    );
    let trip = field(&vehicle, "trip").message();
    assert_eq!(field(&trip, "trip_id").as_str(), Some("tour-tuesday"));
    assert_eq!(field(&trip, "start_date").as_str(), Some("20261201"));
    assert_eq!(
        field(&vehicle, "stop_id").as_str(),
        Some(second.stop.key.as_str())
    );
    assert_eq!(field(&vehicle, "current_stop_sequence").as_u32(), Some(2));
    assert_eq!(
        field(&vehicle, "current_status").as_enum_number(),
        Some(2),
        "IN_TRANSIT_TO"
    );

    // Bad input: JSON errors with a code; a stop not on today's tour; nothing stored.
    let response = app
        .post_with_token(
            Some(&cookie),
            "/bussen/tur/position",
            &token,
            &[("lat", "nord"), ("lon", "11.5")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let json: serde_json::Value = response.json().await.unwrap();
    assert_eq!(json["error"]["code"], "bad_position");
    let response = app
        .post_with_token(
            Some(&cookie),
            "/bussen/tur/position",
            &token,
            &[("lat", "91"), ("lon", "11.5")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let response = app
        .post_with_token(
            Some(&cookie),
            "/bussen/tur/markering",
            &token,
            &[("stop", &stop), ("arrive", "07:00"), ("kind", "arrived")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Det stop er ikke på dagens tur.")
    );
    let response = app
        .post_with_token(
            Some(&cookie),
            "/bussen/tur/markering",
            &token,
            &[("stop", &stop), ("arrive", "10:00"), ("kind", "danse")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let pool = raw_pool(&db).await;
    let fixes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM bus_fix")
        .fetch_one(&pool)
        .await
        .unwrap();
    let marks: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM bus_mark")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!((fixes, marks), (1, 1));

    // After the last stop's "leaving", the tour is over and the feed is empty again.
    clock.set(local(TUESDAY, 16, 20));
    let last = tour.last().unwrap();
    let response = app
        .post_with_token(
            Some(&cookie),
            "/bussen/tur/markering",
            &token,
            &[
                ("stop", &last.stop.id.to_string()),
                ("arrive", "15:15"),
                ("kind", "left"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, html) = app.get_text("/bussen/nu").await;
    assert!(html.contains("Dagens tur er slut."), "{html}");
    // And says when it comes next: Wednesday's first stop.
    let wednesday = plan.dated(date(2026, 12, 2), 1);
    let next = wednesday.first().expect("a tour on Wednesday");
    let expected = format!(
        "Næste gang: onsdag 2. december kl. {} ved {}.",
        next.visit.arrive.strftime("%H.%M"),
        next.stop.full_name()
    );
    assert!(html.contains(&expected), "{expected}: {html}");
    assert!(
        rt(&app)
            .await
            .get_field_by_name("entity")
            .unwrap()
            .as_list()
            .unwrap()
            .is_empty()
    );
    app.stop().await;
}

async fn the_bell_form_checks_its_input_confirms_and_stops(db: TestDb) {
    let sink = SmtpSink::start().await;
    let clock = Clock::simulated(local(TUESDAY, 9, 0));
    let app = app_at(&db, &clock, Some(&sink)).await;
    let plan = plan(&app).await;
    let stop = plan.dated(TUESDAY, 1)[1].stop;
    let page = format!("/bussen/stop/{}", stop.id);
    let action = format!("{page}/klokke");
    let (status, html) = app.get_text(&page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Få besked, når bussen kommer"));

    // Errors in Danish, with what was typed kept.
    let response = app
        .post_as(
            None,
            &action,
            &page,
            &[("email", "ikke en adresse"), ("varsel", "10")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("Skriv en e-mail som navn@eksempel.dk."),
        "{html}"
    );
    assert!(html.contains("value=\"ikke en adresse\""));
    let response = app
        .post_as(
            None,
            &action,
            &page,
            &[("email", "a@eksempel.dk"), ("varsel", "ingen")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Vælg mindst én besked")
    );
    let response = app
        .post_as(
            None,
            &action,
            &page,
            &[("email", "a@eksempel.dk"), ("varsel", "45")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let pool = raw_pool(&db).await;
    let count = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM bus_subscription")
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    assert_eq!(count().await, 0);

    // A good one: the page says to check the mail; the mail's link confirms.
    let address = "Klokke@Eksempel.dk";
    let response = app
        .post_as(
            None,
            &action,
            &page,
            &[
                ("email", address),
                ("varsel", "ingen"),
                ("dagen_foer", "ja"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let first_page = response.text().await.unwrap();
    assert!(first_page.contains("Tjek din e-mail"));
    let mail = sink.wait_for("klokke@eksempel.dk", 1).await;
    assert!(mail[0].subject.contains("Bekræft klokken"));
    let manage = link(&mail[0].body, "http");
    let path = format!("/bussen/{}", manage.split_once("/bussen/").unwrap().1);
    let (status, html) = app.get_text(&path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Klokken er ikke startet endnu"));
    // Not confirmed: the evening before brings nothing.
    let bell = sammen::bus::ring::Bell {
        store: app.server().store.clone(),
        clock: Clock::simulated(local(TUESDAY.yesterday().unwrap(), 16, 5)),
        key: sammen::signing::FormKey::new("unused"),
        base_url: app.base.clone(),
        serves_one: false,
    };
    let municipality = app.server().store.municipality(None).await.unwrap().id;
    assert_eq!(bell.ring(municipality).await.unwrap(), 0);
    let response = app
        .post_as(None, &path, &path, &[("handling", "bekraeft")])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    // Confirmed: Monday 16:05 brings the day-before mail, once however often it rings.
    assert_eq!(bell.ring(municipality).await.unwrap(), 1);
    assert_eq!(bell.ring(municipality).await.unwrap(), 0);
    let mails = sink.wait_for("klokke@eksempel.dk", 2).await;
    assert!(
        mails[1].subject.contains("i morgen"),
        "{}",
        mails[1].subject
    );
    assert!(mails[1].body.contains("11.45"), "{}", mails[1].body);

    // Signing up again says the same and mails the link instead of a second row.
    let response = app
        .post_as(
            None,
            &action,
            &page,
            &[("email", address), ("varsel", "10")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(count().await, 1);
    let mails = sink.wait_for("klokke@eksempel.dk", 3).await;
    assert!(mails[2].subject.contains("Din klokke"));

    // A forged link is not found; stopping deletes the address.
    let forged = format!(
        "{}0",
        path.trim_end_matches(|c: char| c.is_ascii_hexdigit())
    );
    assert_eq!(app.get(&forged).await.status(), StatusCode::NOT_FOUND);
    let response = app
        .post_as(None, &path, &path, &[("handling", "afmeld")])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Klokken er stoppet")
    );
    assert_eq!(count().await, 0);
    let (status, html) = app.get_text(&path).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Klokken findes ikke længere"));
    app.stop().await;
}

async fn the_route_map_shows_a_day_in_order(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let plan = plan(&app).await;
    let (status, html) = app.get_text("/bussen/kort?dag=1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<h1>Bussens rute: Tirsdag</h1>"), "{html}");
    assert!(html.contains("<polyline"));
    let positions: Vec<usize> = plan
        .dated(TUESDAY, 1)
        .iter()
        .map(|d| html.find(&d.stop.full_name()).expect("each stop listed"))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "in tour order");
    let (status, html) = app.get_text("/bussen/kort?dag=9").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("Vælg en ugedag fra listen."));
    let (status, html) = app.get_text("/bussen/kort?dag=6").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Bussen kører ikke den dag."));
    let (_, html) = app.get_text("/bussen").await;
    assert!(html.contains("/bussen/kort?dag=0"));
    assert!(html.contains("/bussen/nu"));
    app.stop().await;
}

/// What a push service received: headers, body, and the endpoint's last part.
type Received = Arc<Mutex<Vec<(axum::http::HeaderMap, Vec<u8>, String)>>>;

/// A push service on a free local port: records what it is sent; `/push/gone` answers 410.
async fn push_service() -> (String, Received) {
    let seen: Received = Arc::default();
    let store = seen.clone();
    let app = axum::Router::new().route(
        "/push/{name}",
        axum::routing::post(
            move |axum::extract::Path(name): axum::extract::Path<String>,
                  headers: axum::http::HeaderMap,
                  body: axum::body::Bytes| {
                let store = store.clone();
                async move {
                    store
                        .lock()
                        .unwrap()
                        .push((headers, body.to_vec(), name.clone()));
                    if name == "gone" {
                        axum::http::StatusCode::GONE
                    } else {
                        axum::http::StatusCode::CREATED
                    }
                }
            },
        ),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (base, seen)
}

/// The browser's side of RFC 8291: decrypts a push message with the subscriber's keys.
fn browser_decrypts(body: &[u8], ua_secret: &p256::SecretKey, auth: &[u8]) -> Vec<u8> {
    use aes_gcm::aead::{Aead, KeyInit};
    use p256::elliptic_curve::sec1::ToEncodedPoint;
    let salt = &body[..16];
    let record_size = u32::from_be_bytes(body[16..20].try_into().unwrap());
    assert_eq!(record_size, 4096);
    let id_len = body[20] as usize;
    let as_public = &body[21..21 + id_len];
    let sealed = &body[21 + id_len..];
    let sender = p256::PublicKey::from_sec1_bytes(as_public).unwrap();
    let shared = p256::ecdh::diffie_hellman(ua_secret.to_nonzero_scalar(), sender.as_affine());
    let ua_public = ua_secret.public_key().to_encoded_point(false);
    let mut info = b"WebPush: info\0".to_vec();
    info.extend_from_slice(ua_public.as_bytes());
    info.extend_from_slice(as_public);
    let mut ikm = [0u8; 32];
    let secret: &[u8] = shared.raw_secret_bytes();
    hkdf::Hkdf::<sha2::Sha256>::new(Some(auth), secret)
        .expand(&info, &mut ikm)
        .unwrap();
    let prk = hkdf::Hkdf::<sha2::Sha256>::new(Some(salt), &ikm);
    let (mut cek, mut nonce) = ([0u8; 16], [0u8; 12]);
    prk.expand(b"Content-Encoding: aes128gcm\0", &mut cek)
        .unwrap();
    prk.expand(b"Content-Encoding: nonce\0", &mut nonce)
        .unwrap();
    let mut plain = aes_gcm::Aes128Gcm::new_from_slice(&cek)
        .unwrap()
        .decrypt(&aes_gcm::Nonce::from(nonce), sealed)
        .expect("the browser can read it");
    assert_eq!(plain.pop(), Some(2), "one last record");
    plain
}

async fn the_bell_by_web_push_is_encrypted_for_the_browser_and_forgets_a_gone_one(db: TestDb) {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
    use p256::elliptic_curve::sec1::ToEncodedPoint;
    let (service, seen) = push_service().await;
    let clock = Clock::simulated(local(TUESDAY, 9, 0));
    let mut settings = sammen::cli::Cli::default_settings();
    settings.database_url = db.config().database.url;
    settings.listen = "127.0.0.1:0".into();
    settings.change_poll_ms = "50".into();
    settings.job_poll_ms = "50".into();
    settings.secret_key_file = Some(common::key_file());
    let mut config = settings.validate().unwrap();
    config.min_form_seconds = 0;
    config.clock = clock.clone();
    config.push_loopback = true;
    let app = TestApp::spawn_with(config).await;
    let plan = plan(&app).await;
    let stop = plan.dated(TUESDAY, 1)[1].stop;
    let page = format!("/bussen/stop/{}", stop.id);
    let (_, html) = app.get_text(&page).await;
    let key = html
        .split("data-key=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();

    // The browser's keys, as PushManager would make them.
    let ua_secret = loop {
        let bytes: [u8; 32] = rand_bytes();
        if let Ok(k) = p256::SecretKey::from_slice(&bytes) {
            break k;
        }
    };
    let p256dh = B64.encode(ua_secret.public_key().to_encoded_point(false).as_bytes());
    let auth: [u8; 16] = rand_bytes();
    let auth_b64 = B64.encode(auth);
    let action = format!("{page}/push");
    let post = async |endpoint: &str, p256dh: &str| {
        app.post_as(
            None,
            &action,
            &page,
            &[
                ("endpoint", endpoint),
                ("p256dh", p256dh),
                ("auth", &auth_b64),
                ("varsel", "ingen"),
                ("dagen_foer", "ja"),
            ],
        )
        .await
    };
    // Bad input: JSON errors with codes, nothing stored.
    let response = post("https://10.0.0.1/push", &p256dh).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        response.json::<serde_json::Value>().await.unwrap()["error"]["code"],
        "bad_endpoint"
    );
    let response = post(&format!("{service}/push/ok"), "AAAA").await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        response.json::<serde_json::Value>().await.unwrap()["error"]["code"],
        "bad_keys"
    );
    // Two devices: one the push service keeps, one it has forgotten.
    for name in ["ok", "gone"] {
        let response = post(&format!("{service}/push/{name}"), &p256dh).await;
        assert_eq!(response.status(), StatusCode::OK);
        let json: serde_json::Value = response.json().await.unwrap();
        assert_eq!(json["ok"], true);
        assert!(
            json["manage"]
                .as_str()
                .unwrap()
                .starts_with("/bussen/klokke/")
        );
    }

    // Monday 16:05: the day-before message goes out from the outbox to both.
    clock.set(local(TUESDAY.yesterday().unwrap(), 16, 5));
    let arrived = common::eventually(Duration::from_secs(15), || async {
        seen.lock().unwrap().len() >= 2
    })
    .await;
    assert!(arrived, "the push service got the messages");
    let (headers, body, _) = seen
        .lock()
        .unwrap()
        .iter()
        .find(|(_, _, name)| name == "ok")
        .cloned()
        .unwrap();
    assert_eq!(headers["content-encoding"], "aes128gcm");
    assert!(headers.contains_key("ttl"));
    let authorization = headers["authorization"].to_str().unwrap().to_owned();
    assert!(authorization.starts_with("vapid t="), "{authorization}");
    assert!(
        authorization.ends_with(&format!(", k={key}")),
        "the page's key signs"
    );
    let message: serde_json::Value =
        serde_json::from_slice(&browser_decrypts(&body, &ua_secret, &auth)).unwrap();
    assert!(
        message["title"].as_str().unwrap().contains("i morgen"),
        "{message}"
    );
    assert!(
        message["manage"]
            .as_str()
            .unwrap()
            .contains("/bussen/klokke/"),
        "{message}"
    );
    assert!(
        message["url"].as_str().unwrap().ends_with("/bussen/nu"),
        "{message}"
    );

    // The forgotten device is deleted; the other still listens; nothing is sent twice.
    let pool = raw_pool(&db).await;
    let forgotten = common::eventually(Duration::from_secs(10), || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM bus_subscription")
            .fetch_one(&pool)
            .await
            .unwrap()
            == 1
    })
    .await;
    assert!(
        forgotten,
        "a 410 from the push service deletes the subscription"
    );
    assert_eq!(ring_now(&app, &clock).await, 0, "nothing new is due");
    assert!(
        outbox_drained(&pool).await,
        "the outbox sends what it holds"
    );
    assert_eq!(seen.lock().unwrap().len(), 2);
    app.stop().await;
}

/// Rings the bell once, as a server's ring loop would at the clock's time; how many
/// messages were new.
async fn ring_now(app: &TestApp, clock: &Clock) -> usize {
    use sammen::signing::FormKey;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let key = store.secret("form_key", FormKey::generate).await.unwrap();
    let bell = sammen::bus::ring::Bell {
        store: store.clone(),
        clock: clock.clone(),
        key: FormKey::new(&key),
        base_url: app.base.clone(),
        serves_one: false,
    };
    bell.ring(municipality).await.unwrap()
}

/// Waits until no outbox row is waiting to be sent (sent or given up, mail and push).
async fn outbox_drained(pool: &sqlx::AnyPool) -> bool {
    common::eventually(Duration::from_secs(20), || async {
        sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL",
        )
        .fetch_one(pool)
        .await
        .unwrap()
            == 0
    })
    .await
}

fn rand_bytes<const N: usize>() -> [u8; N] {
    use rand::RngCore;
    let mut out = [0u8; N];
    rand::rng().fill_bytes(&mut out);
    out
}
