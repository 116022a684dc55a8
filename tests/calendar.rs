//! The Fællesskabskalender over real HTTP and storage, on both backends: capacity under
//! 200 simultaneous sign-ups, the waitlist, the feeds across the October DST change,
//! filters, organisers' tools, and mail through a real SMTP server.

mod common;

use std::time::Duration;

use common::smtp::{SmtpSink, link};
use common::{TestApp, TestDb, make_account, session_for};
use reqwest::StatusCode;
use sammen::calendar::EventKind;
use sammen::store::Store;
use sammen::store::calendar::{NewEvent, NewSignup, SignupStatus};

both_backends!(
    two_hundred_simultaneous_sign_ups_for_ten_places,
    the_feed_keeps_the_local_time_across_october_and_skips_a_cancelled_date,
    a_group_signs_up_and_its_cancellation_moves_the_waitlist_up,
    the_calendar_filters_and_explains_mistakes,
    the_reminder_comes_once_the_day_before,
    organisers_see_who_comes_write_to_them_and_cancel,
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
            };
            store.sign_up(&signup, Some(10)).await.unwrap().1
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
        .add_event(municipality, &event(2, "2026-10-06T18:00", 1, None))
        .await
        .unwrap();
    store
        .change_occurrence(
            municipality,
            id,
            Some("2026-10-20"),
            sammen::store::calendar::OccurrenceChange::Cancel,
            &[],
        )
        .await
        .unwrap();
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

async fn app_with_mail(db: &TestDb) -> (TestApp, SmtpSink) {
    let sink = SmtpSink::start().await;
    let mut settings = sammen::cli::Cli::default_settings();
    settings.database_url = db.config().database.url;
    settings.listen = "127.0.0.1:0".into();
    settings.change_poll_ms = "50".into();
    settings.job_poll_ms = "50".into();
    settings.smtp_url = Some(sink.url());
    (
        TestApp::spawn_with(common::config_from(settings)).await,
        sink,
    )
}

fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default()
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
        )
        .await
        .unwrap();
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
    store.add_event(municipality, &meal).await.unwrap();
    store.add_event(municipality, &popup).await.unwrap();
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
        )
        .await
        .unwrap();
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
            },
            None,
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
