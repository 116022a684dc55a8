//! The Fællesskabskalender over real HTTP and storage, on both backends: capacity under
//! 200 simultaneous sign-ups, the waitlist, the feeds across the October DST change,
//! filters, organisers' tools, and mail through a real SMTP server.

use crate::common;
use crate::common::app_with_mail;
use crate::common::location;

use std::time::Duration;

use common::smtp::link;
use common::{TestApp, TestDb, make_account, raw_pool, session_for};
use reqwest::StatusCode;
use sammen::calendar::EventKind;
use sammen::config::Backend;
use sammen::i18n::Lang;
use sammen::store::Store;
use sammen::store::audit::Actor;
use sammen::store::calendar::{NewEvent, NewSignup, OccurrenceChange, SignupStatus};

both_backends!(
    two_hundred_simultaneous_sign_ups_for_ten_places,
    the_feed_keeps_the_local_time_across_october_and_skips_a_cancelled_date,
    a_group_signs_up_and_its_cancellation_moves_the_waitlist_up,
    the_calendar_filters_and_explains_mistakes,
    the_reminder_comes_once_the_day_before,
    organisers_see_who_comes_write_to_them_and_cancel,
    a_sign_up_whose_mail_cannot_be_queued_is_not_kept,
    a_cancellation_and_the_mails_it_causes_are_one_transaction,
    a_sign_up_that_fails_queues_no_mail,
    the_reminder_names_the_place_or_online_in_the_persons_language,
);

fn event(organisation_id: i64, start: &str, every_weeks: i64, capacity: Option<i64>) -> NewEvent {
    NewEvent {
        organisation_id,
        offer_id: None,
        place_id: None,
        town_id: None,
        online: true,
        address: String::new(),
        title: "Testspisning".into(),
        description: "Vi spiser sammen.".into(),
        kind: EventKind::SpisSammen,
        life_arena: Some(sammen::domain::LifeArena::Leisure),
        target_groups: vec!["voksne".into()],
        age_min: 0,
        age_max: 120,
        start_local: start.into(),
        duration_minutes: 120,
        every_weeks,
        occurrence_count: 0,
        price_dkk: 0,
        capacity,
        signup_required: true,
        signup_closes_hours: 0,
        needs_contact: false,
        bring: String::new(),
        accessibility: vec![],
        campaign_id: None,
    }
}

/// A date some days from today, as text.
fn in_days(days: i64) -> String {
    common::today()
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
        .to_string()
}

async fn demo_store(db: &TestDb) -> (Store, i64) {
    let store = db.store().await;
    sammen::demo::load(&store, true).await.unwrap();
    let municipality = store.municipality(None).await.unwrap().id;
    (store, municipality)
}

async fn two_hundred_simultaneous_sign_ups_for_ten_places(db: TestDb) {
    let (store, municipality) = demo_store(&db).await;
    let date = in_days(3);
    let id = store
        .add_event(
            municipality,
            &event(1, &format!("{date}T18:00"), 0, Some(10)),
            Actor::System,
        )
        .await
        .unwrap();
    // Four connection pools, like four servers, and 200 sign-ups at once.
    let mut pools = Vec::new();
    for _ in 0..4 {
        pools.push(Store::connect(&db.url).await.unwrap());
    }
    let mut tasks = Vec::new();
    for n in 0..200 {
        let store = pools[n % 4].clone();
        let date = date.clone();
        tasks.push(tokio::spawn(async move {
            let (_, hash) = sammen::auth::new_token();
            let signup = NewSignup {
                event_id: id,
                occurrence_date: date,
                name: format!("Person {n}"),
                phone: String::new(),
                email: String::new(),
                people: 1,
                is_group: false,
                group_note: String::new(),
                token_hash: hash,
                lang: Lang::Da,
            };
            store.sign_up(&signup, Some(10), &|_| None).await.unwrap().1
        }));
    }
    let mut confirmed = 0;
    let mut waiting = 0;
    for task in tasks {
        match task.await.unwrap() {
            SignupStatus::Confirmed => confirmed += 1,
            SignupStatus::Waitlist => waiting += 1,
            SignupStatus::Cancelled => unreachable!(),
        }
    }
    assert_eq!((confirmed, waiting), (10, 190));
    let stored = store.signups(id, Some(&date)).await.unwrap();
    assert_eq!(stored.len(), 200, "none lost");
    assert_eq!(
        stored
            .iter()
            .filter(|s| s.status == SignupStatus::Confirmed)
            .map(|s| s.people)
            .sum::<i64>(),
        10
    );
    let seats = store.seats_taken(municipality, &date).await.unwrap();
    assert_eq!(seats[&(id, date.clone())], 10);
}

async fn the_feed_keeps_the_local_time_across_october_and_skips_a_cancelled_date(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let id = store
        .add_event(
            municipality,
            &event(2, "2026-10-06T18:00", 1, None),
            Actor::System,
        )
        .await
        .unwrap();
    store
        .change_occurrence(
            municipality,
            id,
            OccurrenceChange::Cancel { date: "2026-10-20" },
            Actor::System,
            &|_| None,
        )
        .await
        .unwrap();
    app.catch_up().await;
    let response = app.get("/kalender.ics?organisation=2").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let ics = response.text().await.unwrap();
    if let Ok(path) = std::env::var("SAMMEN_ICAL_FEED_SAMPLE") {
        std::fs::write(path, &ics).unwrap();
    }
    // Unfold, find this event's series and expand it with an independent RRULE engine.
    let unfolded = ics.replace("\r\n ", "");
    let uid = format!("UID:event-{id}@");
    let block = unfolded
        .split("BEGIN:VEVENT")
        .find(|b| b.contains(&uid))
        .expect("the event is in the feed");
    let line = |name: &str| {
        block
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no {name}"))
            .to_owned()
    };
    assert_eq!(
        line("DTSTART"),
        "DTSTART;TZID=Europe/Copenhagen:20261006T180000"
    );
    assert_eq!(
        line("EXDATE"),
        "EXDATE;TZID=Europe/Copenhagen:20261020T180000"
    );
    assert!(unfolded.contains("BEGIN:VTIMEZONE") && unfolded.contains("TZID:Europe/Copenhagen"));
    let set: rrule::RRuleSet =
        format!("{}\n{}\n{}", line("DTSTART"), line("RRULE"), line("EXDATE"))
            .parse()
            .unwrap();
    let after: chrono::DateTime<rrule::Tz> = "2026-10-01T00:00:00+02:00"
        .parse::<chrono::DateTime<chrono::FixedOffset>>()
        .unwrap()
        .with_timezone(&rrule::Tz::UTC);
    let found = set.after(after).all(5).dates;
    let local: Vec<String> = found
        .iter()
        .map(|d| d.format("%Y-%m-%d %H:%M").to_string())
        .collect();
    assert_eq!(
        local,
        [
            "2026-10-06 18:00",
            "2026-10-13 18:00",
            "2026-10-27 18:00",
            "2026-11-03 18:00",
            "2026-11-10 18:00"
        ]
    );
    // The same instants in UTC: one hour apart in offset before and after 25 October.
    use chrono::Timelike;
    assert_eq!(found[1].with_timezone(&chrono::Utc).hour(), 16);
    assert_eq!(found[2].with_timezone(&chrono::Utc).hour(), 17);
    // One event's "add to my calendar" file, and the RSS of coming dates.
    let one = app
        .get(&format!("/arrangement/{id}/kalender.ics"))
        .await
        .text()
        .await
        .unwrap();
    assert!(one.starts_with("BEGIN:VCALENDAR\r\n") && one.contains("RRULE:FREQ=WEEKLY;BYDAY=TU"));
    let rss = app.get("/kalender.rss?slags=spis-sammen").await;
    assert!(
        rss.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/rss+xml")
    );
    let rss = rss.text().await.unwrap();
    assert!(rss.contains("<rss") && rss.contains("<item>"));
    app.stop().await;
}

async fn sign(app: &TestApp, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let page = path.replace("/tilmeld", "");
    app.post_as(None, path, &page, fields).await
}

async fn a_group_signs_up_and_its_cancellation_moves_the_waitlist_up(db: TestDb) {
    let (app, sink) = app_with_mail(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let date = in_days(2);
    let id = store
        .add_event(
            municipality,
            &event(1, &format!("{date}T17:00"), 0, Some(6)),
            Actor::System,
        )
        .await
        .unwrap();
    app.catch_up().await;
    let path = format!("/arrangement/{id}/tilmeld?dato={date}");
    // A teacher signs up five pupils as one group.
    let group = sign(
        &app,
        &path,
        &[
            ("navn", "Lærer Jensen"),
            ("email", "laerer@example.org"),
            ("antal", "5"),
            ("gruppe", "ja"),
            ("gruppe_note", "8.B fra Asnæs Skole"),
        ],
    )
    .await;
    assert_eq!(group.status(), StatusCode::SEE_OTHER);
    let group_link = location(&group);
    let page = app.get_text(&group_link).await.1;
    assert!(page.contains("Du er tilmeldt") && page.contains("8.B fra Asnæs Skole"));
    // Two more do not fit: the waitlist, told so.
    let waiting = sign(
        &app,
        &path,
        &[("navn", "Bo"), ("email", "bo@example.org"), ("antal", "2")],
    )
    .await;
    let waiting_page = app.get_text(&location(&waiting)).await.1;
    assert!(waiting_page.contains("ventelisten"));
    // One fits.
    sign(&app, &path, &[("navn", "Ea"), ("antal", "1")]).await;
    let event_page = app
        .get_text(&format!("/arrangement/{id}?dato={date}"))
        .await
        .1;
    assert!(event_page.contains("Fuldt – skriv dig på ventelisten"));
    // Mistakes keep what was written.
    let bad = sign(
        &app,
        &path,
        &[("navn", ""), ("antal", "99"), ("telefon", "ring")],
    )
    .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let html = bad.text().await.unwrap();
    assert!(html.contains("Skriv et fornavn") && html.contains("value=\"99\""));
    // The group cancels by its private link: Bo's two fit now, and Bo is told.
    let token_path = group_link.split('?').next().unwrap().to_owned();
    let cancelled = app.post_form(&token_path, &[]).await;
    assert!(location(&cancelled).ends_with("?afmeldt=1"));
    let mails = sink.wait_for("bo@example.org", 2).await;
    assert!(mails[0].subject.starts_with("Du står på ventelisten"));
    assert!(
        mails[1].subject.starts_with("Du har fået en plads"),
        "{}",
        mails[1].subject
    );
    let bo = app.get_text(&location(&waiting)).await.1;
    assert!(bo.contains("Du er tilmeldt"));
    // Cancelling twice changes nothing.
    let again = app.post_as(None, &token_path, "/login", &[]).await;
    assert!(location(&again).ends_with("?afmeldt=1"));
    let signups = store.signups(id, Some(&date)).await.unwrap();
    assert_eq!(
        signups
            .iter()
            .filter(|s| s.status == SignupStatus::Confirmed)
            .map(|s| s.people)
            .sum::<i64>(),
        3
    );
    assert!(
        sink.to("laerer@example.org")[0]
            .body
            .contains("/tilmelding/")
    );
    let private = link(&sink.to("laerer@example.org")[0].body, "http");
    assert!(private.ends_with(&token_path));
    app.stop().await;
}

async fn the_calendar_filters_and_explains_mistakes(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    // A meal and a pop-up on the same day, named so that only they can match.
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let date = in_days(2);
    let mut meal = event(1, &format!("{date}T18:00"), 0, None);
    meal.title = "Kartoffelaften til filteret".into();
    let mut popup = event(1, &format!("{date}T19:00"), 0, None);
    popup.title = "Kortspil til filteret".into();
    popup.kind = EventKind::PopUp;
    store
        .add_event(municipality, &meal, sammen::store::audit::Actor::System)
        .await
        .unwrap();
    store
        .add_event(municipality, &popup, sammen::store::audit::Actor::System)
        .await
        .unwrap();
    app.catch_up().await;
    let (status, all) = app.get_text("/kalender").await;
    assert_eq!(status, StatusCode::OK);
    assert!(all.contains("Kartoffelaften til filteret") && all.contains("Kortspil til filteret"));
    let (status, html) = app.get_text("/kalender?slags=spis-sammen&fra=").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Kartoffelaften til filteret"),
        "the meal is kept"
    );
    assert!(
        !html.contains("Kortspil til filteret")
            && !html.contains("<span class=\"tag\">Pop-up</span>"),
        "no pop-up is left"
    );
    let (status, html) = app.get_text("/kalender?by=Aarhus&slags=disko").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("Vi kender ikke den by") && html.contains("Vælg en slags fra listen."));
    let (_, week) = app.get_text("/kalender?periode=uge").await;
    assert!(week.contains("aria-current=\"true\">Denne uge"));
    let (status, _) = app.get_text("/arrangement/999999").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app.get_text("/arrangement/1?dato=i-morgen").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // Pages stay small.
    for page in ["/kalender", "/arrangement/1"] {
        let response = app
            .client
            .get(app.url(page))
            .header("accept-encoding", "gzip")
            .send()
            .await
            .unwrap();
        let bytes = response.bytes().await.unwrap().len();
        assert!(bytes < 30_000, "{page} is {bytes} bytes");
    }
    let (_, ld) = app.get_text("/arrangement/1").await;
    assert!(ld.contains("\"@type\":\"Event\"") && ld.contains("startDate"));
    app.stop().await;
}

async fn the_reminder_comes_once_the_day_before(db: TestDb) {
    let (app, sink) = app_with_mail(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let tomorrow = in_days(1);
    let id = store
        .add_event(
            municipality,
            &event(1, &format!("{tomorrow}T19:00"), 0, None),
            Actor::System,
        )
        .await
        .unwrap();
    app.catch_up().await;
    let (_, hash) = sammen::auth::new_token();
    store
        .sign_up(
            &NewSignup {
                event_id: id,
                occurrence_date: tomorrow.clone(),
                name: "Kim".into(),
                phone: String::new(),
                email: "kim@example.org".into(),
                people: 1,
                is_group: false,
                group_note: String::new(),
                token_hash: hash,
                lang: Lang::Da,
            },
            None,
            &|_| None,
        )
        .await
        .unwrap();
    let ctx = sammen::jobs::JobContext::with_defaults(store.clone());
    let date: jiff::civil::Date = tomorrow.parse().unwrap();
    assert_eq!(sammen::reminders::send(&ctx, date).await.unwrap(), 1);
    assert_eq!(
        sammen::reminders::send(&ctx, date).await.unwrap(),
        0,
        "a second run sends nothing"
    );
    let mail = sink.wait_for("kim@example.org", 1).await.remove(0);
    assert!(mail.subject.starts_with("Husk i morgen"));
    // Once everything queued for Kim is sent, the outbox has held one row: no second
    // mail can come.
    let sent = common::eventually(Duration::from_secs(20), || async {
        let queued = store.mail_to("kim@example.org").await.unwrap();
        queued.iter().all(|m| m.sent_at.is_some())
    })
    .await;
    assert!(sent, "the reminder is marked sent");
    assert_eq!(store.mail_to("kim@example.org").await.unwrap().len(), 1);
    assert_eq!(sink.to("kim@example.org").len(), 1);
    app.stop().await;
}

async fn organisers_see_who_comes_write_to_them_and_cancel(db: TestDb) {
    let (app, sink) = app_with_mail(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let member = make_account(
        &store,
        "arrangoer@example.org",
        "en lang adgangskode",
        &[],
        &[1],
    )
    .await;
    let cookie = session_for(&store, member).await;
    // Create an event through the form; mistakes first.
    let new = "/admin/organisation/1/arrangement/ny";
    let bad = app
        .post_as(
            Some(&cookie),
            new,
            new,
            &[
                ("titel", ""),
                ("dato", "31.2.2026"),
                ("fra", "18:00"),
                ("til", "17:00"),
            ],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let html = bad.text().await.unwrap();
    assert!(
        html.contains("Skriv datoen som dd.mm.åååå")
            && html.contains("Sluttiden skal være efter starttiden.")
    );
    let date = in_days(4);
    let danish_date = {
        let d: jiff::civil::Date = date.parse().unwrap();
        format!("{}.{}.{}", d.day(), d.month(), d.year())
    };
    let created = app
        .post_as(
            Some(&cookie),
            new,
            new,
            &[
                ("titel", "Suppeaften"),
                ("beskrivelse", "Suppe og snak."),
                ("slags", "spis-sammen"),
                ("livsarena", "leisure"),
                ("maalgruppe", "voksne"),
                ("alder_fra", "18"),
                ("alder_til", "99"),
                ("by", "Asnæs"),
                ("dato", &danish_date),
                ("fra", "18:00"),
                ("til", "20:00"),
                ("gentag", "1"),
                ("antal_gange", ""),
                ("pris", "20"),
                ("tilmelding", "ja"),
                ("pladser", "8"),
                ("lukker", "2"),
                ("medbring", ""),
                ("tilbud", ""),
                ("sted", ""),
                ("adresse", ""),
            ],
        )
        .await;
    assert_eq!(
        created.status(),
        StatusCode::SEE_OTHER,
        "{}",
        created.text().await.unwrap()
    );
    let admin_page = location(&created).split('?').next().unwrap().to_owned();
    let id: i64 = admin_page.rsplit('/').next().unwrap().parse().unwrap();
    // It is in the public calendar at once.
    assert!(
        app.get_text(&format!("/kalender?fra={date}"))
            .await
            .1
            .contains("Suppeaften")
    );
    for (name, email) in [("Ane", "ane@example.org"), ("Per", "")] {
        let path = format!("/arrangement/{id}/tilmeld?dato={date}");
        sign(
            &app,
            &path,
            &[("navn", name), ("email", email), ("antal", "1")],
        )
        .await;
    }
    let list = app
        .get_as(Some(&cookie), &format!("{admin_page}?dato={date}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains("Ane") && list.contains("Per") && list.contains("2 af 8 pladser taget"));
    let csv = app
        .get_as(
            Some(&cookie),
            &format!("/admin/arrangement/{id}/deltagere.csv?dato={date}"),
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(csv.starts_with("status,navn,antal") && csv.contains("confirmed,Ane,1"));
    // A message to all, then cancelling this date: Ane hears both, by mail.
    let message = app
        .post_as(
            Some(&cookie),
            &format!("/admin/arrangement/{id}/besked?dato={date}"),
            &admin_page,
            &[("besked", "Husk skål.")],
        )
        .await;
    assert!(location(&message).ends_with("ok=besked"));
    app.post_as(
        Some(&cookie),
        &format!("/admin/arrangement/{id}/aflys?dato={date}"),
        &admin_page,
        &[],
    )
    .await;
    let mails = sink.wait_for("ane@example.org", 3).await;
    assert!(mails.iter().any(|m| m.body.contains("Husk skål.")));
    assert!(
        mails
            .iter()
            .any(|m| m.subject.starts_with("Aflyst: Suppeaften"))
    );
    let public = app
        .get_text(&format!("/arrangement/{id}?dato={date}"))
        .await
        .1;
    assert!(public.contains("aflyst denne dag"));
    // Another organisation's member may not.
    let other = make_account(
        &store,
        "anden@example.org",
        "en lang adgangskode",
        &[],
        &[2],
    )
    .await;
    let other_cookie = session_for(&store, other).await;
    assert_eq!(
        app.get_as(Some(&other_cookie), &admin_page).await.status(),
        StatusCode::FORBIDDEN
    );
    let _ = municipality;
    app.stop().await;
}

/// Makes every INSERT into `outbox` fail for real in the test database, as a full disk or
/// a dropped connection would at that moment (`refuse = false` takes it away again).
async fn outbox_refuses(db: &TestDb, refuse: bool) {
    let pool = raw_pool(db).await;
    let statements: &[&'static str] = match (db.backend(), refuse) {
        (Backend::Sqlite, true) => &["CREATE TRIGGER outbox_refuses BEFORE INSERT ON outbox \
             BEGIN SELECT RAISE(ABORT, 'the outbox refuses'); END"],
        (Backend::Sqlite, false) => &["DROP TRIGGER outbox_refuses"],
        (Backend::Postgres, true) => &[
            "CREATE FUNCTION outbox_refuses() RETURNS trigger LANGUAGE plpgsql \
             AS $$ BEGIN RAISE EXCEPTION 'the outbox refuses'; END $$",
            "CREATE TRIGGER outbox_refuses BEFORE INSERT ON outbox \
             FOR EACH ROW EXECUTE FUNCTION outbox_refuses()",
        ],
        (Backend::Postgres, false) => &[
            "DROP TRIGGER outbox_refuses ON outbox",
            "DROP FUNCTION outbox_refuses()",
        ],
    };
    for sql in statements {
        sqlx::query(*sql).execute(&pool).await.unwrap();
    }
    pool.close().await;
}

/// Every sign-up row of an event, cancelled ones too.
async fn signup_rows(db: &TestDb, event_id: i64) -> i64 {
    let pool = raw_pool(db).await;
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM signup WHERE event_id = $1")
        .bind(event_id)
        .fetch_one(&pool)
        .await
        .unwrap();
    pool.close().await;
    n
}

async fn seats(store: &Store, municipality: i64, id: i64, date: &str) -> i64 {
    store
        .seats_taken(municipality, date)
        .await
        .unwrap()
        .get(&(id, date.to_owned()))
        .copied()
        .unwrap_or(0)
}

async fn a_sign_up_whose_mail_cannot_be_queued_is_not_kept(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let date = in_days(3);
    let id = store
        .add_event(
            municipality,
            &event(1, &format!("{date}T18:00"), 0, Some(4)),
            Actor::System,
        )
        .await
        .unwrap();
    app.catch_up().await;
    let path = format!("/arrangement/{id}/tilmeld?dato={date}");
    let fields = [
        ("navn", "Karen"),
        ("email", "karen@example.org"),
        ("antal", "2"),
    ];
    outbox_refuses(&db, true).await;
    let refused = sign(&app, &path, &fields).await;
    assert_eq!(refused.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Der skete en fejl"), "{page}");
    assert!(!page.contains("Du er tilmeldt"));
    // Nothing half-done: no sign-up row, no seat taken, no mail.
    assert_eq!(signup_rows(&db, id).await, 0);
    assert_eq!(seats(&store, municipality, id, &date).await, 0);
    assert!(store.mail_to("karen@example.org").await.unwrap().is_empty());
    // The same sign-up once the outbox takes mail again: kept, with its mail.
    outbox_refuses(&db, false).await;
    let kept = sign(&app, &path, &fields).await;
    assert_eq!(kept.status(), StatusCode::SEE_OTHER);
    assert_eq!(signup_rows(&db, id).await, 1);
    assert_eq!(seats(&store, municipality, id, &date).await, 2);
    let mails = store.mail_to("karen@example.org").await.unwrap();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].subject.starts_with("Du er tilmeldt: Testspisning"));
    app.stop().await;
}

async fn a_cancellation_and_the_mails_it_causes_are_one_transaction(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let date = in_days(3);
    let id = store
        .add_event(
            municipality,
            &event(1, &format!("{date}T18:00"), 0, Some(1)),
            Actor::System,
        )
        .await
        .unwrap();
    app.catch_up().await;
    let path = format!("/arrangement/{id}/tilmeld?dato={date}");
    let first = sign(
        &app,
        &path,
        &[
            ("navn", "Ida"),
            ("email", "ida@example.org"),
            ("antal", "1"),
        ],
    )
    .await;
    let waiting = sign(
        &app,
        &path,
        &[
            ("navn", "Ole"),
            ("email", "ole@example.org"),
            ("antal", "1"),
        ],
    )
    .await;
    assert_eq!(waiting.status(), StatusCode::SEE_OTHER);
    let ida = location(&first).split('?').next().unwrap().to_owned();
    let status = |name: &'static str| {
        let store = store.clone();
        let date = date.clone();
        async move {
            store
                .signups(id, Some(&date))
                .await
                .unwrap()
                .into_iter()
                .find(|s| s.name == name)
                .map(|s| s.status)
        }
    };
    let subjects = |address: &'static str| {
        let store = store.clone();
        async move {
            store
                .mail_to(address)
                .await
                .unwrap()
                .into_iter()
                .map(|m| m.subject)
                .collect::<Vec<_>>()
        }
    };
    // Ida cancels while no mail can be queued: Ole's mail cannot be written, so Ida is
    // still signed up and Ole still waits.
    outbox_refuses(&db, true).await;
    let refused = app.post_form(&ida, &[]).await;
    assert_eq!(refused.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(status("Ida").await, Some(SignupStatus::Confirmed));
    assert_eq!(status("Ole").await, Some(SignupStatus::Waitlist));
    assert_eq!(seats(&store, municipality, id, &date).await, 1);
    assert_eq!(
        subjects("ole@example.org").await.len(),
        1,
        "only the waitlist mail"
    );
    // The organiser's cancellation of the date is refused the same way: not cancelled.
    let member = make_account(
        &store,
        "arrangoer@example.org",
        "en lang adgangskode",
        &[],
        &[1],
    )
    .await;
    let cookie = session_for(&store, member).await;
    let admin_page = format!("/admin/arrangement/{id}?dato={date}");
    let cancel_path = format!("/admin/arrangement/{id}/aflys?dato={date}");
    let refused = app
        .post_as(Some(&cookie), &cancel_path, &admin_page, &[])
        .await;
    assert_eq!(refused.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let still = store.event(municipality, id).await.unwrap();
    assert!(still.exceptions.is_empty(), "{:?}", still.exceptions);
    outbox_refuses(&db, false).await;
    // Now the cancellation and Ole's mail come together.
    let cancelled = app.post_form(&ida, &[]).await;
    assert!(location(&cancelled).ends_with("?afmeldt=1"));
    assert_eq!(status("Ida").await, None, "cancelled");
    assert_eq!(status("Ole").await, Some(SignupStatus::Confirmed));
    let ole = subjects("ole@example.org").await;
    assert_eq!(ole.len(), 2, "{ole:?}");
    assert!(ole[1].starts_with("Du har fået en plads: Testspisning"));
    // And the organiser's cancellation with the mail to Ole (Ida has cancelled).
    let done = app
        .post_as(Some(&cookie), &cancel_path, &admin_page, &[])
        .await;
    assert!(location(&done).ends_with("ok=aflyst"));
    let event = store.event(municipality, id).await.unwrap();
    assert!(event.exceptions.iter().any(|x| x.cancelled));
    let ole = subjects("ole@example.org").await;
    assert_eq!(ole.len(), 3, "{ole:?}");
    assert!(ole[2].starts_with("Aflyst: Testspisning"));
    assert_eq!(
        subjects("ida@example.org").await.len(),
        1,
        "only her confirmation"
    );
    app.stop().await;
}

async fn a_sign_up_that_fails_queues_no_mail(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let date = in_days(5);
    let id = store
        .add_event(
            municipality,
            &event(1, &format!("{date}T18:00"), 0, Some(2)),
            Actor::System,
        )
        .await
        .unwrap();
    app.catch_up().await;
    let path = format!("/arrangement/{id}/tilmeld?dato={date}");
    // A bad field: the form again, in Danish, and nothing kept or mailed.
    let bad = sign(
        &app,
        &path,
        &[
            ("navn", "Sif"),
            ("email", "sif@example.org"),
            ("antal", "3"),
        ],
    )
    .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let html = bad.text().await.unwrap();
    assert!(html.contains("Der er problemer") && html.contains("value=\"sif@example.org\""));
    assert_eq!(signup_rows(&db, id).await, 0);
    assert!(store.mail_to("sif@example.org").await.unwrap().is_empty());
    // A cancelled date takes no sign-up, and no mail goes out.
    let token = app
        .token(None, &format!("/arrangement/{id}?dato={date}"))
        .await;
    store
        .change_occurrence(
            municipality,
            id,
            OccurrenceChange::Cancel { date: &date },
            Actor::System,
            &|_| None,
        )
        .await
        .unwrap();
    app.catch_up().await;
    let closed = app
        .post_with_token(
            None,
            &path,
            &token,
            &[
                ("navn", "Sif"),
                ("email", "sif@example.org"),
                ("antal", "1"),
            ],
        )
        .await;
    assert_eq!(closed.status(), StatusCode::CONFLICT);
    assert_eq!(signup_rows(&db, id).await, 0);
    assert!(store.mail_to("sif@example.org").await.unwrap().is_empty());
    assert_eq!(seats(&store, municipality, id, &date).await, 0);
    app.stop().await;
}

async fn the_reminder_names_the_place_or_online_in_the_persons_language(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let place = store
        .places(municipality)
        .await
        .unwrap()
        .into_iter()
        .find(|p| !p.address.is_empty())
        .expect("a demo place with an address");
    let tomorrow = in_days(1);
    let at_place = store
        .add_event(
            municipality,
            &NewEvent {
                online: false,
                place_id: Some(place.id),
                town_id: place.town_id,
                title: "Strikkecafé".into(),
                bring: "Garn".into(),
                ..event(1, &format!("{tomorrow}T19:00"), 0, None)
            },
            Actor::System,
        )
        .await
        .unwrap();
    app.catch_up().await;
    let online = store
        .add_event(
            municipality,
            &event(1, &format!("{tomorrow}T20:00"), 0, None),
            Actor::System,
        )
        .await
        .unwrap();
    app.catch_up().await;
    // One signs up on the Danish pages, one on the English ones, for both events.
    for (prefix, name, email) in [
        ("", "Mette", "mette@example.org"),
        ("/en", "Sam", "sam@example.org"),
    ] {
        for id in [at_place, online] {
            let signed = sign(
                &app,
                &format!("{prefix}/arrangement/{id}/tilmeld?dato={tomorrow}"),
                &[("navn", name), ("email", email), ("antal", "1")],
            )
            .await;
            assert_eq!(signed.status(), StatusCode::SEE_OTHER);
        }
    }
    let ctx = sammen::jobs::JobContext::with_defaults(store.clone());
    let date: jiff::civil::Date = tomorrow.parse().unwrap();
    assert_eq!(sammen::reminders::send(&ctx, date).await.unwrap(), 4);
    let reminders = |address: &'static str| {
        let store = store.clone();
        async move {
            store
                .mail_to(address)
                .await
                .unwrap()
                .into_iter()
                .filter(|m| m.subject.contains("morgen") || m.subject.contains("tomorrow"))
                .collect::<Vec<_>>()
        }
    };
    let where_ = format!("{}, {}", place.name, place.address);
    let mette = reminders("mette@example.org").await;
    assert_eq!(mette.len(), 2);
    assert_eq!(mette[0].subject, "Husk i morgen: Strikkecafé");
    assert!(
        mette[0].body.contains(&format!("kl. 19.00, {where_}."))
            && mette[0].body.contains("Tag med: Garn"),
        "{}",
        mette[0].body
    );
    assert_eq!(mette[1].subject, "Husk i morgen: Testspisning");
    assert!(
        mette[1].body.contains("kl. 20.00, online."),
        "{}",
        mette[1].body
    );
    let sam = reminders("sam@example.org").await;
    assert_eq!(sam.len(), 2);
    assert_eq!(sam[0].subject, "Remember tomorrow: Strikkecafé");
    assert!(
        sam[0].body.contains(&format!("at 19:00, {where_}."))
            && sam[0].body.contains("Bring: Garn"),
        "{}",
        sam[0].body
    );
    assert_eq!(sam[1].subject, "Remember tomorrow: Testspisning");
    assert!(sam[1].body.contains("at 20:00, online."), "{}", sam[1].body);
    // The confirmations spoke each person's language too, with the place.
    let confirmations = store.mail_to("sam@example.org").await.unwrap();
    assert!(
        confirmations[0]
            .subject
            .starts_with("You are signed up: Strikkecafé")
    );
    assert!(
        confirmations[0].body.contains(&where_)
            && confirmations[0].body.contains("/en/tilmelding/")
    );
    app.stop().await;
}
