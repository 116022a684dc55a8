//! Volunteer drivers and rides over HTTP and in the store, on both backends: the ask
//! form's Danish errors, its abuse limits, the private link, the matching order, the
//! coordinator's confirmation (all or nothing), vetting reminders, the mileage CSV and
//! retention.

use crate::common;

use std::sync::Arc;

use common::{
    TestApp, TestDb, is_error_page, location, make_account, raw_pool, refuse_inserts, session_for,
};
use reqwest::StatusCode;
use sammen::auth::Role;
use sammen::jobs::JobContext;
use sammen::store::Store;
use sammen::store::audit::Actor;
use sammen::store::rides::{NewDriver, RideStatus};

both_backends!(
    the_form_says_what_is_wrong_in_danish_and_keeps_what_was_typed,
    a_flood_of_rides_gets_429_per_client_and_per_phone_number,
    the_private_link_shows_changes_and_cancels_one_date_or_all,
    matching_proposes_the_same_driver_again_then_the_village_then_the_nearest,
    confirming_writes_the_ride_and_both_mails_or_nothing,
    a_vetting_reminder_goes_once_to_the_coordinators_and_the_driver,
    the_mileage_csv_counts_each_drivers_month_and_runs_no_formula,
    retention_erases_the_riders_personal_data_after_the_last_date,
    a_lift_is_offered_asked_for_and_connected_and_the_rider_stays_private,
);

/// Tuesday 1 December 2026, the day after the tests' start.
const TUESDAY: &str = "2026-12-01";

fn ride<'a>(
    phone: &'a str,
    town: &'a str,
    extra: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("hvortil", "Koret i Rørvig"),
        ("navn", "Else Andersen"),
        ("telefon", phone),
        ("email", "else.koersel@eksempel.dk"),
        ("adresse", "Strandvejen 4"),
        ("by", town),
        ("dato", TUESDAY),
        ("gentag", "en"),
        ("ud", "13.30"),
        ("hjem", "16.00"),
    ];
    for (k, v) in extra {
        f.retain(|(name, _)| name != k);
        f.push((k, v));
    }
    f
}

/// Asks for a ride; returns the private token.
async fn ask(app: &TestApp, fields: &[(&str, &str)]) -> String {
    let response = app.post_form("/koersel", fields).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{fields:?}");
    let link = location(&response);
    assert!(
        link.starts_with("/koersel/") && link.ends_with("?ny=1"),
        "{link}"
    );
    link.trim_start_matches("/koersel/")
        .trim_end_matches("?ny=1")
        .to_owned()
}

async fn ride_id(store: &Store, token: &str) -> i64 {
    store
        .ride_by_token(&sammen::auth::token_hash(token))
        .await
        .unwrap()
        .id
}

async fn municipality(store: &Store) -> i64 {
    store.municipality(None).await.unwrap().id
}

async fn town(store: &Store, name: &str) -> i64 {
    let m = municipality(store).await;
    store
        .towns(m)
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.name == name)
        .unwrap()
        .id
}

/// A vetted driver living in `home`, on `days` (bit 0 = Monday), 8–18.
async fn driver(store: &Store, name: &str, home: &str, days: u8, email: &str) -> i64 {
    let m = municipality(store).await;
    let new = NewDriver {
        name: name.into(),
        phone: "12 34 56 78".into(),
        email: email.into(),
        town_id: Some(town(store, home).await),
        towns: Vec::new(),
        weekdays: days,
        from: "08:00".into(),
        to: "18:00".into(),
        record_on: Some("2026-06-01".into()),
        licence_until: Some("2030-01-01".into()),
        insurance_until: Some("2030-01-01".into()),
        active: true,
        invented: false,
    };
    store
        .save_driver(m, None, &new, Actor::System)
        .await
        .unwrap()
}

async fn coordinator(app: &TestApp) -> String {
    let store = app.server().store.clone();
    let id = make_account(
        &store,
        "koordinator@example.org",
        "adgangskode123",
        &[Role::Administrator],
        &[],
    )
    .await;
    session_for(&store, id).await
}

/// A running server, its store, a coordinator's cookie and one driver: Niels Nabo from
/// Nykøbing Sjælland, on Tuesdays.
async fn desk_with_niels(db: &TestDb) -> (TestApp, Store, String, i64) {
    let app = TestApp::spawn(db).await;
    let store = app.server().store.clone();
    let cookie = coordinator(&app).await;
    let niels = driver(
        &store,
        "Niels Nabo",
        "Nykøbing Sjælland",
        0b10,
        "niels@example.org",
    )
    .await;
    (app, store, cookie, niels)
}

async fn page_as(app: &TestApp, cookie: &str, path: &str) -> String {
    let response = app.get_as(Some(cookie), path).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    response.text().await.unwrap()
}

/// The coordinator confirms `driver` for the ride.
async fn confirm(app: &TestApp, cookie: &str, ride: i64, driver: i64) -> reqwest::Response {
    let page = format!("/admin/koersel/bestilling/{ride}");
    app.post_as(
        Some(cookie),
        &page,
        &page,
        &[("chauffoer", &driver.to_string()), ("handling", "bekraeft")],
    )
    .await
}

async fn the_form_says_what_is_wrong_in_danish_and_keeps_what_was_typed(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, html) = app.get_text("/koersel?arrangement=1").await;
    assert_eq!(status, 200);
    assert!(html.contains("Bestil kørsel"), "{html}");
    let bad = ride(
        "12",
        "Rørvig",
        &[
            ("dato", "31.02.2026"),
            ("ud", "25.00"),
            ("hjem", "9.3"),
            ("paaroerende", "Hans"),
        ],
    );
    let response = app.post_form("/koersel", &bad).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let html = response.text().await.unwrap();
    for text in [
        "Der er problemer",
        "Skriv et telefonnummer med mindst 8 cifre",
        "Skriv en dato fra i dag og højst et år frem",
        "Skriv et klokkeslæt som TT.MM",
        "Skriv den pårørendes e-mail",
    ] {
        assert!(html.contains(text), "{text} in {html}");
    }
    // Nothing typed is lost.
    for typed in [
        "Else Andersen",
        "Strandvejen 4",
        "Koret i Rørvig",
        "31.02.2026",
        "Hans",
    ] {
        assert!(html.contains(typed), "{typed} kept");
    }
    assert!(html.contains("value=\"Rørvig\" selected"), "the town kept");
    // Weekly needs a number of weeks; a date in the past is refused.
    let response = app
        .post_form(
            "/koersel",
            &ride(
                "12 34 56 78",
                "Rørvig",
                &[("gentag", "hver-uge"), ("uger", "13")],
            ),
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Skriv et antal uger fra 2 til 12")
    );
    let response = app
        .post_form(
            "/koersel",
            &ride("12 34 56 78", "Rørvig", &[("dato", "2026-11-01")]),
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let store = app.server().store.clone();
    // Signed in, an ambassador asks on someone's behalf: they must tick that the person
    // agrees; the ride then records who asked, and the coordinator sees it.
    let ambassador = make_account(
        &store,
        "amb@example.org",
        "adgangskode123",
        &[Role::Ambassador],
        &[],
    )
    .await;
    let amb_cookie = session_for(&store, ambassador).await;
    let fields = ride("12 34 56 78", "Rørvig", &[]);
    let response = app
        .post_as(Some(&amb_cookie), "/koersel", "/koersel", &fields)
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Sæt kryds, når personen ved besked")
    );
    assert!(
        store
            .rides(municipality(&store).await)
            .await
            .unwrap()
            .is_empty()
    );
    let fields = ride("12 34 56 78", "Rørvig", &[("samtykke", "ja")]);
    let response = app
        .post_as(Some(&amb_cookie), "/koersel", "/koersel", &fields)
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let m = municipality(&store).await;
    let made = store.rides(m).await.unwrap();
    assert_eq!(made[0].new.ordered_by_account_id, Some(ambassador));
    let cookie = coordinator(&app).await;
    let html = page_as(
        &app,
        &cookie,
        &format!("/admin/koersel/bestilling/{}", made[0].id),
    )
    .await;
    assert!(html.contains("Bestilt af"), "{html}");
    app.stop().await;
}

async fn a_flood_of_rides_gets_429_per_client_and_per_phone_number(db: TestDb) {
    // One client: 5 rides an hour (each for another person), then 429.
    let app = TestApp::spawn(&db).await;
    for n in 0..5 {
        let phone = format!("40 50 60 7{n}");
        ask(&app, &ride(&phone, "Asnæs", &[])).await;
    }
    let response = app
        .post_form("/koersel", &ride("40 50 60 79", "Asnæs", &[]))
        .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(response.headers().contains_key("retry-after"));
    assert!(response.text().await.unwrap().contains("Prøv igen om"));
    app.stop().await;
    // Many clients, one phone number: 5 an hour, then 429.
    let app = TestApp::as_many_people(db.config()).await;
    for _ in 0..5 {
        ask(&app, &ride("50 60 70 80", "Asnæs", &[])).await;
    }
    let response = app
        .post_form("/koersel", &ride("+45 50 60 70 80", "Asnæs", &[]))
        .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let store = app.server().store.clone();
    assert_eq!(
        store.rides(municipality(&store).await).await.unwrap().len(),
        10
    );
    app.stop().await;
}

async fn the_private_link_shows_changes_and_cancels_one_date_or_all(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let token = ask(
        &app,
        &ride(
            "22 33 44 55",
            "Rørvig",
            &[("gentag", "hver-uge"), ("uger", "3")],
        ),
    )
    .await;
    let page = format!("/koersel/{token}");
    let (status, html) = app.get_text(&page).await;
    assert_eq!(status, 200);
    for text in [
        "Vi leder efter en chauffør",
        "Tirsdag 1. december",
        "Tirsdag 8. december",
        "Tirsdag 15. december",
    ] {
        assert!(html.contains(text), "{text} in {html}");
    }
    // Cancel one date.
    let response = app
        .post_as(None, &page, &page, &[("aflys", "2026-12-08")])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let id = ride_id(&store, &token).await;
    let m = municipality(&store).await;
    let r = store.ride(m, id).await.unwrap();
    let cancelled: Vec<_> = r
        .dates
        .iter()
        .filter(|d| d.cancelled)
        .map(|d| d.date.as_str())
        .collect();
    assert_eq!(cancelled, ["2026-12-08"]);
    assert_eq!(r.status, RideStatus::New);
    let (_, html) = app.get_text(&format!("{page}?gjort=aflyst")).await;
    assert!(html.contains("<del>Tirsdag 8. december</del>"), "{html}");
    // Change the times; a wrong time is refused in Danish and nothing changes.
    let response = app
        .post_as(
            None,
            &page,
            &page,
            &[("handling", "aendr"), ("ud", "14"), ("hjem", "13.00")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Hjemturen skal være senere end afhentningen")
    );
    let response = app
        .post_as(
            None,
            &page,
            &page,
            &[
                ("handling", "aendr"),
                ("ud", "14"),
                ("hjem", "17.15"),
                ("note", "Rollator"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let r = store.ride(m, id).await.unwrap();
    assert_eq!(
        (
            r.new.pickup_out.as_str(),
            r.new.pickup_home.as_str(),
            r.new.note.as_str()
        ),
        ("14:00", "17:15", "Rollator")
    );
    // Cancel all.
    let response = app
        .post_as(None, &page, &page, &[("handling", "aflys-alt")])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let r = store.ride(m, id).await.unwrap();
    assert_eq!(r.status, RideStatus::Cancelled);
    assert!(r.dates.iter().all(|d| d.cancelled));
    let (_, html) = app.get_text(&page).await;
    assert!(html.contains("Kørslen er aflyst"));
    // The outbox view masks the link (a sent mail's link leaves the database: trust.rs).
    let cookie = coordinator(&app).await;
    let outbox = page_as(&app, &cookie, "/admin/udbakke").await;
    assert!(!outbox.contains(&token), "no token in the outbox view");
    assert!(outbox.contains("/koersel/[skjult]"), "{outbox}");
    // A wrong token, of the right shape or not, is the ordinary 404.
    let wrong = format!("/koersel/{}", "ab".repeat(32));
    assert_eq!(app.get(&wrong).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        app.get("/koersel/kort").await.status(),
        StatusCode::NOT_FOUND
    );
    app.stop().await;
}

async fn matching_proposes_the_same_driver_again_then_the_village_then_the_nearest(db: TestDb) {
    let app = TestApp::as_many_people(db.config()).await;
    let store = app.server().store.clone();
    let cookie = coordinator(&app).await;
    // Tuesdays: bit 1.
    let village = driver(&store, "Vera Landsby", "Rørvig", 0b10, "vera@example.org").await;
    let near = driver(
        &store,
        "Niels Nabo",
        "Nykøbing Sjælland",
        0b10,
        "niels@example.org",
    )
    .await;
    let mondays = driver(&store, "Mona Mandag", "Rørvig", 0b01, "mona@example.org").await;
    let first = ask(&app, &ride("60 70 80 90", "Rørvig", &[])).await;
    let first = ride_id(&store, &first).await;
    let order = |html: &str| {
        let at = |name: &str| html.find(name);
        (
            at("Vera Landsby"),
            at("Niels Nabo"),
            at("Bent Kjærgaard"),
            at("Mona Mandag"),
        )
    };
    let html = page_as(&app, &cookie, &format!("/admin/koersel/bestilling/{first}")).await;
    let (v, n, b, m) = order(&html);
    assert!(
        m.is_none(),
        "a driver who does not drive on Tuesdays is not proposed"
    );
    assert!(v.unwrap() < n.unwrap(), "the village first");
    assert!(
        n.unwrap() < b.unwrap(),
        "then the nearest (Nykøbing before Asnæs)"
    );
    assert!(html.contains("bor i samme by"));
    // Niels drives her; her next ride proposes him first.
    assert_eq!(
        confirm(&app, &cookie, first, near).await.status(),
        StatusCode::SEE_OTHER
    );
    let second = ask(
        &app,
        &ride("+45 60 70 80 90", "Rørvig", &[("dato", "2026-12-08")]),
    )
    .await;
    let second = ride_id(&store, &second).await;
    let html = page_as(
        &app,
        &cookie,
        &format!("/admin/koersel/bestilling/{second}"),
    )
    .await;
    let (v, n, _, _) = order(&html);
    assert!(n.unwrap() < v.unwrap(), "the same driver again first");
    assert!(html.contains("har kørt personen før"));
    // A third ride at the same time as Niels's first: he is busy then.
    let third = ask(&app, &ride("11 22 33 44", "Rørvig", &[])).await;
    let third = ride_id(&store, &third).await;
    let html = page_as(&app, &cookie, &format!("/admin/koersel/bestilling/{third}")).await;
    let (v, n, _, _) = order(&html);
    assert!(
        v.is_some() && n.is_none(),
        "a driver with a ride at that time is not proposed"
    );
    // Only a proposed driver can be confirmed.
    let response = confirm(&app, &cookie, third, mondays).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Vælg en af de foreslåede chauffører")
    );
    let _ = village;
    app.stop().await;
}

async fn confirming_writes_the_ride_and_both_mails_or_nothing(db: TestDb) {
    let (app, store, cookie, niels) = desk_with_niels(&db).await;
    let token = ask(
        &app,
        &ride(
            "60 70 80 91",
            "Rørvig",
            &[
                ("paaroerende", "Hans"),
                ("paaroerende_email", "hans@example.org"),
            ],
        ),
    )
    .await;
    let ok = ride_id(&store, &token).await;
    let other = ask(
        &app,
        &ride("60 70 80 92", "Rørvig", &[("dato", "2026-12-08")]),
    )
    .await;
    let other = ride_id(&store, &other).await;
    assert_eq!(
        confirm(&app, &cookie, ok, niels).await.status(),
        StatusCode::SEE_OTHER
    );
    let pool = raw_pool(&db).await;
    let to: Vec<String> = sqlx::query_scalar("SELECT to_address FROM outbox WHERE subject LIKE '%kørsel%' OR subject LIKE '%Kørsel%' OR subject LIKE '%hentet%' ORDER BY id")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert!(to.contains(&"niels@example.org".to_owned()), "{to:?}");
    assert!(
        to.contains(&"else.koersel@eksempel.dk".to_owned()),
        "{to:?}"
    );
    // The relative's mail waits for the pick-up: Tuesday 1 December 13.30 in Copenhagen.
    let relative: i64 = sqlx::query_scalar(
        "SELECT next_attempt_at FROM outbox WHERE to_address = 'hans@example.org'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(
        relative,
        "2026-12-01T12:30:00Z"
            .parse::<jiff::Timestamp>()
            .unwrap()
            .as_second()
    );
    let m = municipality(&store).await;
    let r = store.ride(m, ok).await.unwrap();
    assert_eq!(
        (r.status, r.driver_id),
        (RideStatus::Confirmed, Some(niels))
    );
    assert!(r.metres_per_date > 0);
    // The outbox refuses: the confirmation fails whole.
    refuse_inserts(&db, "outbox").await;
    is_error_page(confirm(&app, &cookie, other, niels).await).await;
    let r = store.ride(m, other).await.unwrap();
    assert_eq!(
        (r.status, r.driver_id, r.metres_per_date),
        (RideStatus::New, None, 0)
    );
    let confirmations: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'ride.confirm'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(
        confirmations, 1,
        "no audit line for the failed confirmation"
    );
    pool.close().await;
    app.stop().await;
}

async fn a_vetting_reminder_goes_once_to_the_coordinators_and_the_driver(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    coordinator(&app).await;
    let m = municipality(&store).await;
    let id = driver(&store, "Inge Udløb", "Vig", 0b11111, "inge@example.org").await;
    let mut d = store.driver(m, id).await.unwrap().new;
    d.insurance_until = Some("2026-12-10".into());
    store
        .save_driver(m, Some(id), &d, Actor::System)
        .await
        .unwrap();
    let ctx = JobContext::new(store.clone(), Arc::new(db.config()));
    let today: jiff::civil::Date = "2026-11-30".parse().unwrap();
    sammen::rides::jobs::remind_vetting(&ctx, today)
        .await
        .unwrap();
    let pool = raw_pool(&db).await;
    let about_inge = |to: &'static str| {
        let pool = pool.clone();
        async move {
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE to_address = $1 AND body LIKE '%Inge Udløb%' AND subject LIKE '%forsikringen udløber%'")
                .bind(to)
                .fetch_one(&pool)
                .await
                .unwrap();
            n
        }
    };
    assert_eq!(about_inge("inge@example.org").await, 1);
    assert_eq!(about_inge("koordinator@example.org").await, 1);
    // Again: nothing new.
    assert_eq!(
        sammen::rides::jobs::remind_vetting(&ctx, today)
            .await
            .unwrap(),
        0
    );
    assert_eq!(about_inge("inge@example.org").await, 1);
    // A new date entered ends the reminders; a far one is not due.
    d.insurance_until = Some("2028-01-01".into());
    store
        .save_driver(m, Some(id), &d, Actor::System)
        .await
        .unwrap();
    sammen::rides::jobs::remind_vetting(&ctx, today)
        .await
        .unwrap();
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE to_address = 'inge@example.org'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(n, 1);
    pool.close().await;
    app.stop().await;
}

async fn the_mileage_csv_counts_each_drivers_month_and_runs_no_formula(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let cookie = coordinator(&app).await;
    let evil = driver(
        &store,
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "Rørvig",
        0b10,
        "",
    )
    .await;
    let token = ask(
        &app,
        &ride(
            "70 80 90 10",
            "Rørvig",
            &[("gentag", "hver-uge"), ("uger", "3")],
        ),
    )
    .await;
    let id = ride_id(&store, &token).await;
    assert_eq!(
        confirm(&app, &cookie, id, evil).await.status(),
        StatusCode::SEE_OTHER
    );
    let page = format!("/koersel/{token}");
    app.post_as(None, &page, &page, &[("aflys", "2026-12-15")])
        .await;
    let response = app
        .get_as(
            Some(&cookie),
            "/admin/koersel/koerselsgodtgoerelse.csv?maaned=2026-12",
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let body = response.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1, "{body}");
    let row = &rows[0];
    assert_eq!(&row[1], "'=HYPERLINK(\"http://evil.example\",\"x\")");
    assert!(
        row.iter().all(|c| !c.starts_with(['=', '+', '-', '@'])),
        "{body}"
    );
    assert_eq!(&row[2], "2", "a cancelled date is not paid");
    let m = municipality(&store).await;
    let metres = 2 * store.ride(m, id).await.unwrap().metres_per_date;
    assert_eq!(&row[3], sammen::rides::km_text(metres));
    assert_eq!(&row[4], "379");
    assert_eq!(
        &row[5],
        sammen::rides::kroner(sammen::rides::mileage_ore(metres, 379))
    );
    // Another month: no rows.
    let body = app
        .get_as(
            Some(&cookie),
            "/admin/koersel/koerselsgodtgoerelse.csv?maaned=2026-11",
        )
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(body.lines().count(), 1, "{body}");
    app.stop().await;
}

async fn retention_erases_the_riders_personal_data_after_the_last_date(db: TestDb) {
    let (app, store, cookie, niels) = desk_with_niels(&db).await;
    let token = ask(
        &app,
        &ride(
            "80 90 10 20",
            "Rørvig",
            &[("navn", "Gudrun Glemsom"), ("note", "Hemmelig dør")],
        ),
    )
    .await;
    let id = ride_id(&store, &token).await;
    assert_eq!(
        confirm(&app, &cookie, id, niels).await.status(),
        StatusCode::SEE_OTHER
    );
    let ctx = JobContext::new(store.clone(), Arc::new(db.config()));
    // 30 days after the last date (1 December) the data is still there; the day after, gone.
    let day = |d: &str| d.parse::<jiff::civil::Date>().unwrap();
    assert_eq!(
        sammen::rides::jobs::erase_old(&ctx, day("2026-12-31"))
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        app.get(&format!("/koersel/{token}")).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        sammen::rides::jobs::erase_old(&ctx, day("2027-01-01"))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        app.get(&format!("/koersel/{token}")).await.status(),
        StatusCode::NOT_FOUND
    );
    let m = municipality(&store).await;
    let dump = common::dump(&db).await;
    let ride_rows: String = dump
        .lines()
        .filter(|l| l.starts_with("ride_"))
        .collect::<Vec<_>>()
        .join("\n");
    for personal in [
        "Gudrun",
        "Hemmelig",
        "80 90 10 20",
        "Strandvejen",
        "else.koersel",
    ] {
        assert!(
            !ride_rows.contains(personal),
            "{personal} erased: {ride_rows}"
        );
    }
    // The mileage stays.
    let mileage = store.mileage(m, "2026-12").await.unwrap();
    assert_eq!(mileage.len(), 1);
    assert_eq!(mileage[0].dates, 1);
    app.stop().await;
}

async fn a_lift_is_offered_asked_for_and_connected_and_the_rider_stays_private(db: TestDb) {
    let app = TestApp::as_many_people(db.config()).await;
    let store = app.server().store.clone();
    let m = municipality(&store).await;
    let cookie = coordinator(&app).await;
    let giver = make_account(&store, "liftgiver@example.org", "adgangskode123", &[], &[]).await;
    let giver_cookie = session_for(&store, giver).await;
    let event = store.events(m).await.unwrap()[0].id;
    let page = format!("/samkoersel?arrangement={event}");
    // Anonymous visitors are sent to sign in; a wrong seat count is refused in Danish.
    assert_eq!(app.get(&page).await.status(), StatusCode::SEE_OTHER);
    let response = app
        .post_as(Some(&giver_cookie), &page, &page, &[("pladser", "9")])
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Skriv et antal pladser fra 1 til 8")
    );
    let response = app
        .post_as(
            Some(&giver_cookie),
            &page,
            &page,
            &[
                ("pladser", "1"),
                ("by", "Asnæs"),
                ("note", "Kører fra kirken"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let lift = store.lifts(m, Some(event)).await.unwrap()[0].clone();
    assert_eq!((lift.seats, lift.taken), (1, 0));
    // A rider asks for a ride to the event.
    let ask_event = format!("/koersel?arrangement={event}");
    let fields = ride("90 10 20 30", "Asnæs", &[("navn", "Rita Rytter")]);
    let response = app.post_as(None, &ask_event, &ask_event, &fields).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let token = location(&response)
        .trim_start_matches("/koersel/")
        .trim_end_matches("?ny=1")
        .to_owned();
    let id = ride_id(&store, &token).await;
    // The coordinator sees the lift beside the drivers and connects them.
    let staff = format!("/admin/koersel/bestilling/{id}");
    let html = page_as(&app, &cookie, &staff).await;
    assert!(
        html.contains("Sæt dem i forbindelse") && html.contains("Kører fra kirken"),
        "{html}"
    );
    let response = app
        .post_as(
            Some(&cookie),
            &staff,
            &staff,
            &[("handling", "lift"), ("lift", &lift.id.to_string())],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let r = store.ride(m, id).await.unwrap();
    assert_eq!(
        (r.status, r.lift_id, r.driver_id),
        (RideStatus::Confirmed, Some(lift.id), None)
    );
    assert_eq!(store.lifts(m, Some(event)).await.unwrap()[0].taken, 1);
    let pool = raw_pool(&db).await;
    let to_giver: Vec<String> =
        sqlx::query_scalar("SELECT body FROM outbox WHERE to_address = 'liftgiver@example.org'")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(to_giver.len(), 1);
    assert!(to_giver[0].contains("Rita Rytter") && to_giver[0].contains("Strandvejen 4"));
    let (_, html) = app.get_text(&format!("/koersel/{token}")).await;
    assert!(html.contains("Du får et lift"), "{html}");
    // Nothing about the rider is public, nor on the giver's own page.
    for path in [format!("/arrangement/{event}"), "/kalender".to_owned()] {
        let (_, html) = app.get_text(&path).await;
        assert!(!html.contains("Rita"), "{path}");
    }
    let html = page_as(&app, &giver_cookie, &page).await;
    assert!(
        !html.contains("Rita") && html.contains("1 er taget"),
        "{html}"
    );
    // The lift is full: another rider cannot be connected to it.
    let response = app
        .post_as(
            None,
            &ask_event,
            &ask_event,
            &ride("90 10 20 31", "Asnæs", &[]),
        )
        .await;
    let second = location(&response)
        .trim_start_matches("/koersel/")
        .trim_end_matches("?ny=1")
        .to_owned();
    let second = ride_id(&store, &second).await;
    assert_eq!(
        store.ride(m, second).await.unwrap().new.event_id,
        Some(event)
    );
    let staff = format!("/admin/koersel/bestilling/{second}");
    let response = app
        .post_as(
            Some(&cookie),
            &staff,
            &staff,
            &[("handling", "lift"), ("lift", &lift.id.to_string())],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    // The rider cancels: the seat is free again.
    let private = format!("/koersel/{token}");
    app.post_as(None, &private, &private, &[("handling", "aflys-alt")])
        .await;
    assert_eq!(store.lifts(m, Some(event)).await.unwrap()[0].taken, 0);
    // The person who offered the lift hears of it, like a driver would.
    let cancelled: Vec<String> = sqlx::query_scalar(
        "SELECT subject FROM outbox WHERE to_address = 'liftgiver@example.org' AND subject LIKE 'Aflyst%'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(cancelled.len(), 1, "{cancelled:?}");
    pool.close().await;
    app.stop().await;
}
