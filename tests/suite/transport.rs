//! Public transport: journeys on a hand-made GTFS feed with known answers, the import's
//! all-or-nothing checks (file and line), the stored timetable on both backends, and the
//! journey page.
//!
//! The hand-made network (stops ~5.5 km apart, so nothing is "a walk"):
//! ```text
//!   G (55.65) ◄─R4 (only 2026-12-05, calendar_dates)── A (55.70) ──R1 train──► B (55.75) ──R1──► C (55.80)
//!                                                                              └──R3 bus──► F (55.75, 11.65)
//! ```
//! R1 A→B→C leaves A at 08.00 and 09.00 (B +10, C +20), back C→B→A at 12.00, 15.00 and
//! 21.00, Monday to Saturday (no Sunday service), not on Thursday 2026-12-03
//! (calendar_dates removes it). R3 leaves B at 08.15 and 09.15, at F 15 min later.

use std::io::Write;

use jiff::civil::{Date, Time, date, time};
use sammen::domain::Coordinate;
use sammen::transport::{Network, feed::Feed};

use crate::common::{TestApp, TestDb};

const A: Coordinate = Coordinate {
    lat: 55.70,
    lon: 11.50,
};
const C: Coordinate = Coordinate {
    lat: 55.80,
    lon: 11.50,
};
const F: Coordinate = Coordinate {
    lat: 55.75,
    lon: 11.65,
};
const G: Coordinate = Coordinate {
    lat: 55.65,
    lon: 11.50,
};

fn files() -> Vec<(&'static str, String)> {
    let mut stop_times =
        String::from("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
    for (trip, start) in [("r1-08", 8), ("r1-09", 9)] {
        for (i, (stop, m)) in [("A", 0), ("B", 10), ("C", 20)].iter().enumerate() {
            let t = format!("{start:02}:{m:02}:00");
            stop_times.push_str(&format!("{trip},{t},{t},{stop},{}\n", i + 1));
        }
    }
    for (trip, start) in [("r1-back-12", 12), ("r1-back-15", 15), ("r1-back-21", 21)] {
        for (i, (stop, m)) in [("C", 0), ("B", 10), ("A", 20)].iter().enumerate() {
            let t = format!("{start:02}:{m:02}:00");
            stop_times.push_str(&format!("{trip},{t},{t},{stop},{}\n", i + 1));
        }
    }
    for (trip, start) in [("r3-08", 8), ("r3-09", 9)] {
        stop_times.push_str(&format!("{trip},{start:02}:15:00,{start:02}:15:00,B,1\n"));
        stop_times.push_str(&format!("{trip},{start:02}:30:00,{start:02}:30:00,F,2\n"));
    }
    stop_times.push_str("r4-fest,10:00:00,10:00:00,A,1\nr4-fest,10:30:00,10:30:00,G,2\n");
    vec![
        (
            "agency.txt",
            "agency_id,agency_name,agency_url,agency_timezone\nt,Test,https://example.org/,Europe/Copenhagen\n".into(),
        ),
        (
            "stops.txt",
            "stop_id,stop_name,stop_lat,stop_lon\nA,A St.,55.70,11.50\nB,B St.,55.75,11.50\nC,C St.,55.80,11.50\nF,F Torv,55.75,11.65\nG,G Strand,55.65,11.50\n".into(),
        ),
        (
            "routes.txt",
            "route_id,agency_id,route_short_name,route_long_name,route_type\nR1,t,,Kystbanen,2\nR3,t,33,,3\nR4,t,44,,3\n".into(),
        ),
        (
            "trips.txt",
            "route_id,service_id,trip_id\nR1,MS,r1-08\nR1,MS,r1-09\nR1,MS,r1-back-12\nR1,MS,r1-back-15\nR1,MS,r1-back-21\nR3,MS,r3-08\nR3,MS,r3-09\nR4,FEST,r4-fest\n".into(),
        ),
        ("stop_times.txt", stop_times),
        (
            "calendar.txt",
            "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nMS,1,1,1,1,1,1,0,20260101,20271231\n".into(),
        ),
        (
            "calendar_dates.txt",
            "service_id,date,exception_type\nFEST,20261205,1\nMS,20261203,2\n".into(),
        ),
    ]
}

fn zip_of(files: &[(&str, String)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, text) in files {
        zip.start_file(*name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn network() -> Network {
    sammen::transport::network(Some(&zip_of(&files())), None)
        .expect("the test feed reads")
        .expect("it has trips")
}

const MONDAY: Date = date(2026, 11, 30);

fn hm(h: i8, m: i8) -> Time {
    time(h, m, 0, 0)
}

#[test]
fn the_earliest_arrival_is_found() {
    let net = network();
    let j = net.earliest(A, C, MONDAY, hm(8, 30)).expect("a journey");
    assert_eq!(j.legs.len(), 1);
    assert_eq!(j.legs[0].depart, hm(9, 0));
    assert_eq!(j.arrive, hm(9, 20));
    assert_eq!(j.legs[0].from, "A St.");
    assert_eq!(j.legs[0].to, "C St.");
    assert_eq!(j.legs[0].mode, sammen::transport::Mode::Train);
    // After the last train there is none.
    assert!(net.earliest(A, C, MONDAY, hm(9, 1)).is_none());
}

#[test]
fn there_is_the_latest_departure_that_arrives_in_time() {
    let net = network();
    let plan = net.plan(A, C, MONDAY, hm(10, 0), hm(11, 0));
    let there = plan.there.expect("a journey there");
    assert_eq!(there.leave, hm(9, 0), "{there:?}");
    assert_eq!(there.arrive, hm(9, 20));
    // Starting 09.10, only the 08.00 arrives in time.
    let plan = net.plan(A, C, MONDAY, hm(9, 10), hm(11, 0));
    assert_eq!(plan.there.expect("the earlier train").leave, hm(8, 0));
}

#[test]
fn a_transfer_is_found_and_named() {
    let net = network();
    let there = net
        .plan(A, F, MONDAY, hm(9, 45), hm(11, 0))
        .there
        .expect("a journey");
    assert_eq!(there.legs.len(), 2, "{there:?}");
    assert_eq!(there.changes(), vec!["B St."]);
    assert_eq!(there.legs[1].line, "33");
    assert_eq!(there.legs[1].mode, sammen::transport::Mode::Bus);
    assert_eq!((there.leave, there.arrive), (hm(9, 0), hm(9, 30)));
}

/// The bus to F leaves from B's forecourt (B2, 100 m from the platform). Walking, the
/// 08.10 train makes the 08.15 bus; when `transfers.txt` says the change takes 15
/// minutes, it does not, and the journey is an hour later.
#[test]
fn transfers_txt_sets_the_time_to_change() {
    let forecourt = |transfers: Option<&str>| {
        let mut files: Vec<(&str, String)> = files()
            .into_iter()
            .map(|(n, t)| match n {
                "stops.txt" => (n, t + "B2,B St. forplads,55.7509,11.50\n"),
                "stop_times.txt" => (n, t.replace(":15:00,B,1", ":15:00,B2,1")),
                _ => (n, t),
            })
            .collect();
        if let Some(text) = transfers {
            files.push(("transfers.txt", text.to_owned()));
        }
        sammen::transport::network(Some(&zip_of(&files)), None)
            .unwrap()
            .unwrap()
    };
    let walking = forecourt(None)
        .earliest(A, F, MONDAY, hm(7, 0))
        .expect("a journey");
    assert_eq!(
        (walking.legs.len(), walking.arrive),
        (2, hm(8, 30)),
        "{walking:?}"
    );
    let slow = forecourt(Some(
        "from_stop_id,to_stop_id,transfer_type,min_transfer_time\nB,B2,2,900\n",
    ))
    .earliest(A, F, MONDAY, hm(7, 0))
    .expect("a journey");
    assert_eq!(slow.arrive, hm(9, 30), "{slow:?}");
}

#[test]
fn a_service_on_chosen_dates_runs_only_then() {
    let net = network();
    // Saturday 5 December has the festival bus; Saturday 12 December does not.
    let fest = net.plan(A, G, date(2026, 12, 5), hm(11, 0), hm(12, 0));
    assert_eq!(fest.there.expect("the festival bus").arrive, hm(10, 30));
    let plain = net.plan(A, G, date(2026, 12, 12), hm(11, 0), hm(12, 0));
    assert!(plain.none_there(), "{plain:?}");
    // And a date calendar_dates removes has no train.
    let removed = net.plan(A, C, date(2026, 12, 3), hm(10, 0), hm(11, 0));
    assert!(removed.none_there());
}

#[test]
fn there_is_no_sunday_service() {
    let net = network();
    let sunday = net.plan(A, C, date(2026, 12, 6), hm(10, 0), hm(11, 0));
    assert!(sunday.none_there());
    assert!(sunday.home_first.is_none() && sunday.home_last.is_none());
    // The Saturday before has it.
    assert!(
        net.plan(A, C, date(2026, 12, 5), hm(10, 0), hm(11, 0))
            .there
            .is_some()
    );
}

#[test]
fn home_again_first_and_last() {
    let net = network();
    let plan = net.plan(A, C, MONDAY, hm(10, 0), hm(11, 0));
    let first = plan.home_first.expect("a way home");
    assert_eq!((first.leave, first.arrive), (hm(12, 0), hm(12, 20)));
    let last = plan.home_last.expect("a last way home");
    assert_eq!((last.leave, last.arrive), (hm(21, 0), hm(21, 20)));
    // After the last train there is no way home.
    let late = net.plan(A, C, MONDAY, hm(10, 0), hm(21, 30));
    assert!(late.home_first.is_none() && late.home_last.is_none());
}

#[test]
fn close_enough_is_a_walk() {
    let net = network();
    let near = Coordinate {
        lat: 55.705,
        lon: 11.50,
    };
    let plan = net.plan(A, near, MONDAY, hm(10, 0), hm(11, 0));
    // 0.56 km straight, 0.72 km walked at 4.5 km/h: 10 minutes.
    assert_eq!(plan.walk, Some(10));
    assert!(plan.there.is_none());
}

fn refused(files: &[(&str, String)]) -> String {
    match Feed::read_zip(&zip_of(files)) {
        Ok(_) => panic!("the feed was accepted"),
        Err(e) => e.to_string(),
    }
}

fn with(file: &str, text: &str) -> Vec<(&'static str, String)> {
    files()
        .into_iter()
        .map(|(n, t)| {
            if n == file {
                (n, text.to_owned())
            } else {
                (n, t)
            }
        })
        .collect()
}

#[test]
fn a_malformed_feed_is_refused_with_file_and_line() {
    let (_, times) = files()
        .into_iter()
        .find(|(n, _)| *n == "stop_times.txt")
        .unwrap();
    let mut lines: Vec<String> = times.lines().map(str::to_owned).collect();
    lines[4] = "r1-09,9:7:00,09:07:00,A,1".into();
    let e = refused(&with("stop_times.txt", &(lines.join("\n") + "\n")));
    assert_eq!(
        e,
        "stop_times.txt line 5: arrival_time '9:7:00' is not a time (HH:MM:SS)"
    );

    let e = refused(&with(
        "trips.txt",
        "route_id,service_id,trip_id\nR1,MS,r1-08\nR9,MS,r1-09\n",
    ));
    assert_eq!(e, "trips.txt line 3: route_id R9 is not in routes.txt");

    let e = refused(&with(
        "stops.txt",
        "stop_id,stop_name,stop_lat,stop_lon\nA,A St.,55.70,11.50\nB,B St.,55.75\n",
    ));
    assert_eq!(e, "stops.txt line 3: 3 fields where the header has 4");

    let without: Vec<_> = files()
        .into_iter()
        .filter(|(n, _)| *n != "stops.txt")
        .collect();
    assert_eq!(refused(&without), "stops.txt: is missing from the feed");
}

#[test]
fn a_truncated_zip_is_refused_whole() {
    let zip = zip_of(&files());
    for cut in [zip.len() / 2, zip.len() - 10] {
        let e = Feed::read_zip(&zip[..cut]).expect_err("a truncated zip is refused");
        assert!(e.to_string().contains("zip"), "{e}");
        assert_eq!(e.file, None);
    }
}

#[test]
fn import_clips_to_the_area_and_keeps_trips_that_touch_it() {
    // The area is a point 13 km north of C: with the 15 km margin only C is in it. R1
    // touches C and is kept whole (with A and B, outside the area); R3 (B–F) and R4
    // (A–G) touch nothing in it and go, with F and G.
    let north = Coordinate {
        lat: 55.92,
        lon: 11.50,
    };
    let (zip, counts) = sammen::transport::prepare(&zip_of(&files()), &[north]).unwrap();
    assert_eq!(
        (counts.stops, counts.routes, counts.trips, counts.stop_times),
        (3, 1, 5, 15),
        "{counts}"
    );
    let net = sammen::transport::network(Some(&zip), None)
        .unwrap()
        .unwrap();
    assert!(net.earliest(A, C, MONDAY, hm(7, 0)).is_some());
    assert!(net.earliest(A, F, MONDAY, hm(7, 0)).is_none());
    assert!(
        net.plan(A, G, date(2026, 12, 5), hm(11, 0), hm(12, 0))
            .none_there()
    );
    // A feed with nothing near the municipality is refused.
    let far = Coordinate {
        lat: 57.0,
        lon: 9.9,
    };
    let e = sammen::transport::prepare(&zip_of(&files()), &[far]).unwrap_err();
    assert!(e.to_string().starts_with("trips.txt: no trip"), "{e}");
}

#[test]
fn the_demo_timetable_has_the_train_from_hoerve() {
    let net = sammen::transport::network(None, Some(&sammen::demo::GTFS))
        .unwrap()
        .unwrap();
    let hoerve = Coordinate {
        lat: 55.75292,
        lon: 11.45298,
    };
    let nykoebing = Coordinate {
        lat: 55.9219,
        lon: 11.6739,
    };
    let j = net
        .earliest(hoerve, nykoebing, MONDAY, hm(18, 0))
        .expect("a train");
    assert_eq!(j.legs[0].depart, hm(18, 12), "{j:?}");
    assert_eq!(j.legs[0].from, "Hørve St.");
    // No bus 552 on Sundays, but the train runs.
    let sunday = date(2026, 12, 6);
    let hoeve = Coordinate {
        lat: 55.8050,
        lon: 11.4150,
    };
    assert!(net.earliest(hoerve, nykoebing, sunday, hm(12, 0)).is_some());
    let vig = Coordinate {
        lat: 55.85167,
        lon: 11.58139,
    };
    assert!(
        net.earliest(vig, hoeve, sunday, hm(6, 0))
            .is_none_or(|j| j.legs.iter().all(|l| l.line != "552"))
    );
}

async fn stored_timetable_is_replaced_whole_with_its_audit_line(db: TestDb) {
    let store = db.store().await;
    sammen::demo::load(&store, false).await.unwrap();
    let m = store.municipality(None).await.unwrap().id;
    let (zip, counts) = sammen::transport::prepare(&zip_of(&files()), &[C]).unwrap();
    store
        .save_transport_feed(
            m,
            &zip,
            &counts.to_string(),
            sammen::store::audit::Actor::System,
        )
        .await
        .unwrap();
    let stored = store.transport_feed(m).await.unwrap().expect("stored");
    assert_eq!(stored.zip, zip);
    assert_eq!(stored.summary, counts.to_string());
    assert_eq!(
        store.transport_feed_stamp(m).await.unwrap(),
        Some(stored.imported_at)
    );
    let audit = store.audit_entries(m, None, None, 50).await.unwrap();
    assert!(audit.iter().any(|a| a.action == "transport-feed-imported"));
    // The audit insert fails: the old timetable stays.
    crate::common::refuse_inserts(&db, "audit_log").await;
    let (other, _) = sammen::transport::prepare(&zip_of(&files()), &[A, C]).unwrap();
    assert!(
        store
            .save_transport_feed(m, &other, "x", sammen::store::audit::Actor::System)
            .await
            .is_err()
    );
    assert_eq!(store.transport_feed(m).await.unwrap().unwrap().zip, zip);
}

async fn the_journey_page_answers_from_a_town(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = db.store().await;
    let m = store.municipality(None).await.unwrap().id;
    let offers = store.offers(m).await.unwrap();
    let offer = offers
        .iter()
        .find(|o| {
            o.place.as_ref().is_some_and(|p| p.name.contains("Aksen"))
                && !o.schedule_rrule.is_empty()
        })
        .expect("an offer at Aksen in Asnæs");
    let (status, html) = app
        .get_text(&format!("/tilbud/{}/rejse?fra=H%C3%B8rve", offer.id))
        .await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("Sådan kommer du derhen"), "{html}");
    assert!(html.contains("Hørve St."), "{html}");
    assert!(html.contains("Flextur"), "{html}");
    // The one line: by train or bus from Hørve, there in time, and the last way home.
    assert!(
        (html.contains("Tog fra Hørve St.")
            || html.contains("Bus 552 fra")
            || html.contains("Bus fra Hørve St."))
            && html.contains("sidste vej hjem"),
        "{html}"
    );
    // A stop's own period is not doubled, and only the way there starts at home.
    assert!(!html.contains("St.."), "{html}");
    assert!(html.matches("Gå hjemmefra").count() <= 1, "{html}");
    // The printed town guide has a travel line per offer beyond walking distance.
    let (status, print) = app.get_text("/vejviser/print?by=H%C3%B8rve").await;
    assert_eq!(status, 200);
    assert!(
        print.contains("Tog fra Hørve St.")
            || print.contains("Ingen bus eller tog til tiden fra Hørve"),
        "{print}"
    );
    // A stop of Den Glade Bus links to the way there for its next visit.
    let plan = store.bus_plan(m, "Den Glade Bus").await.unwrap();
    let stop = plan
        .stops
        .iter()
        .find(|s| s.town.as_deref() != Some("Hørve"))
        .expect("a bus stop outside Hørve");
    let (status, html) = app.get_text(&format!("/bussen/stop/{}", stop.id)).await;
    assert_eq!(status, 200);
    assert!(
        html.contains(&format!("/bussen/stop/{}/rejse", stop.id)),
        "{html}"
    );
    let (status, html) = app
        .get_text(&format!("/bussen/stop/{}/rejse?fra=H%C3%B8rve", stop.id))
        .await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains(&stop.name), "{html}");
    assert!(html.contains("Næste gang"), "{html}");
    assert!(html.contains("Flextur"), "{html}");
    let (status, _) = app
        .get_text("/bussen/stop/999999/rejse?fra=H%C3%B8rve")
        .await;
    assert_eq!(status, 404);
    // No town chosen: the chooser only.
    let (status, html) = app.get_text(&format!("/tilbud/{}/rejse", offer.id)).await;
    assert_eq!(status, 200);
    assert!(html.contains("<select"), "{html}");
    // A town that is not the municipality's is an error page.
    let (status, _) = app
        .get_text(&format!("/tilbud/{}/rejse?fra=Aarhus", offer.id))
        .await;
    assert_eq!(status, 400);
    app.stop().await;
}

/// `sammen import gtfs FILE`, the binary itself: a good feed replaces the stored one and
/// says what it kept; a bad one is refused in one line naming the file and line, and the
/// stored timetable stays as it was.
async fn the_import_command_takes_a_feed_whole_or_not_at_all(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = db.store().await;
    let m = store.municipality(None).await.unwrap().id;
    let dir = tempfile::tempdir().unwrap();
    let sammen = |file: &std::path::Path| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_sammen"));
        for (key, _) in std::env::vars().filter(|(k, _)| k.starts_with("SAMMEN_")) {
            command.env_remove(key);
        }
        command
            .args(["import", "gtfs"])
            .arg(file)
            .env("SAMMEN_DATABASE_URL", &db.url.url)
            .env("SAMMEN_SECRET_KEY_FILE", crate::common::key_file())
            .output()
            .unwrap()
    };
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();

    let good = dir.path().join("good.zip");
    std::fs::write(&good, zip_of(&files())).unwrap();
    let out = sammen(&good);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("Imported the timetable for Odsherred Kommune:"),
        "{}",
        text(&out.stdout)
    );
    let stored = store.transport_feed(m).await.unwrap().unwrap();
    let net = sammen::transport::network(Some(&stored.zip), None)
        .unwrap()
        .unwrap();
    assert!(net.earliest(A, C, MONDAY, hm(7, 0)).is_some());

    let (_, times) = files()
        .into_iter()
        .find(|(n, _)| *n == "stop_times.txt")
        .unwrap();
    let mut lines: Vec<String> = times.lines().map(str::to_owned).collect();
    lines[4] = "r1-09,9:7:00,09:07:00,A,1".into();
    let bad = dir.path().join("bad.zip");
    std::fs::write(
        &bad,
        zip_of(&with("stop_times.txt", &(lines.join("\n") + "\n"))),
    )
    .unwrap();
    let out = sammen(&bad);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("was not imported: stop_times.txt line 5: arrival_time '9:7:00'"),
        "{err}"
    );
    let missing = sammen(&dir.path().join("none.zip"));
    assert!(!missing.status.success());
    assert!(text(&missing.stderr).contains("cannot read"));
    assert_eq!(
        store.transport_feed(m).await.unwrap().unwrap().zip,
        stored.zip
    );
    app.stop().await;
}

both_backends!(
    stored_timetable_is_replaced_whole_with_its_audit_line,
    the_journey_page_answers_from_a_town,
    the_import_command_takes_a_feed_whole_or_not_at_all
);
