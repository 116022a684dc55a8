//! Den Glade Bus over HTTP, on both backends: the public timetable, a stop's page and
//! calendar, and the GTFS feed — served and exported by the command line.

use crate::common;

use std::io::Read;

use common::{TestApp, TestDb};
use reqwest::StatusCode;

both_backends!(
    the_timetable_shows_the_week_the_next_stops_and_every_stop,
    a_stop_shows_its_coming_visits_and_a_calendar_without_the_pauses,
    the_gtfs_feed_holds_the_published_plan_and_the_pauses,
    bus_visits_are_gatherings_in_the_calendar,
);

async fn the_timetable_shows_the_week_the_next_stops_and_every_stop(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, html) = app.get_text("/bussen").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<h1>Den Glade Bus</h1>"));
    assert_eq!(
        html.matches("<table class=\"timetable\">").count(),
        5,
        "Monday to Friday"
    );
    for day in ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag"] {
        assert!(html.contains(&format!("<caption>{day}</caption>")), "{day}");
    }
    assert!(html.contains("10.00–11.00"));
    assert!(html.contains("Torvet ved Kulturhus Aksen, Asnæs"));
    assert!(
        html.contains("en sygeplejerske"),
        "what happens at the stops"
    );
    let next = html
        .split("<ul class=\"bus-next\">")
        .nth(1)
        .expect("the next stops are listed")
        .split("</ul>")
        .next()
        .unwrap();
    assert_eq!(next.matches("<li>").count(), 6);
    let stops = html.split("<ul class=\"columns\">").nth(1).unwrap();
    assert_eq!(
        stops.split("</ul>").next().unwrap().matches("<li>").count(),
        20
    );
    assert!(html.contains("href=\"/bussen/gtfs.zip\""));
    assert!(html.len() < 30_000, "{} bytes", html.len());
    let (status, _) = app.get_text("/en/bussen").await;
    assert_eq!(status, StatusCode::OK);
    app.stop().await;
}

async fn a_stop_shows_its_coming_visits_and_a_calendar_without_the_pauses(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (_, overview) = app.get_text("/bussen").await;
    let href = overview
        .split("href=\"/bussen/stop/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .map(|id| format!("/bussen/stop/{id}"))
        .unwrap();
    let (status, html) = app.get_text(&href).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Næste gange bussen kommer"));
    assert!(html.contains("Hvis det regner"));
    assert!(html.contains(&format!("href=\"{href}/kalender.ics\"")));
    let response = app.get(&format!("{href}/kalender.ics")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let ics = response.text().await.unwrap();
    let calendar: icalendar::Calendar = ics.parse().expect("an independent parser reads it");
    assert!(!calendar.components.is_empty());
    assert!(ics.contains("RRULE:FREQ=WEEKLY;BYDAY="));
    // July is a pause every year: its dates are excluded.
    assert!(ics.contains("EXDATE;TZID=Europe/Copenhagen:"), "{ics}");
    assert!(
        ics.lines()
            .filter(|l| l.starts_with("EXDATE"))
            .any(|l| l.contains("07") || l.contains("12")),
        "{ics}"
    );
    assert_eq!(
        app.get("/bussen/stop/999").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/bussen/stop/x").await.status(),
        StatusCode::NOT_FOUND
    );
    app.stop().await;
}

fn unzip(bytes: &[u8]) -> std::collections::BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    let mut files = std::collections::BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut text = String::new();
        file.read_to_string(&mut text).unwrap();
        files.insert(file.name().to_owned(), text);
    }
    files
}

fn rows(text: &str) -> Vec<Vec<String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

async fn the_gtfs_feed_holds_the_published_plan_and_the_pauses(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let response = app.get("/bussen/gtfs.zip").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/zip");
    let files = unzip(&response.bytes().await.unwrap());
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "agency.txt",
            "calendar.txt",
            "calendar_dates.txt",
            "feed_info.txt",
            "routes.txt",
            "stop_times.txt",
            "stops.txt",
            "trips.txt"
        ]
    );
    assert_eq!(rows(&files["stops.txt"]).len(), 20);
    // Five weekday tours and the demo's one chosen date (a Saturday two weeks ahead).
    let trips = rows(&files["trips.txt"]);
    assert_eq!(trips.len(), 6);
    let extra = &trips[5];
    assert!(
        extra[2].starts_with("extra-") && extra[1] == extra[2],
        "{extra:?}"
    );
    let stop_times = rows(&files["stop_times.txt"]);
    assert_eq!(
        stop_times.len(),
        22,
        "20 weekly visits and the market Saturday's two"
    );
    assert!(
        stop_times.iter().all(|r| r[1] < r[2]),
        "each stay has a length"
    );
    let calendar = rows(&files["calendar.txt"]);
    assert_eq!(calendar.len(), 5);
    assert!(
        calendar.iter().all(|r| r[6] == "0" && r[7] == "0"),
        "no weekend tours"
    );
    let dates = rows(&files["calendar_dates.txt"]);
    let (added, removed): (Vec<_>, Vec<_>) = dates.iter().partition(|r| r[2] == "1");
    assert_eq!(added.len(), 1, "the chosen date is added");
    assert_eq!(added[0][0], extra[1]);
    assert_eq!(format!("extra-{}", added[0][1]), extra[1]);
    assert!(!removed.is_empty());
    for r in &removed {
        let (month, day) = (&r[1][4..6], &r[1][6..8]);
        let paused =
            month == "07" || (month == "12" && day >= "23") || (month == "01" && day == "01");
        assert!(paused && r[2] == "2", "{r:?} is not in a pause");
    }
    // The command line writes the same feed.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("gtfs.zip");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_sammen"));
    for (key, _) in std::env::vars().filter(|(k, _)| k.starts_with("SAMMEN_")) {
        command.env_remove(key);
    }
    let output = command
        .args(["export", "gtfs"])
        .arg(&file)
        .env("SAMMEN_DATABASE_URL", &db.url.url)
        .env("SAMMEN_SECRET_KEY_FILE", common::key_file())
        // The feed is dated from today: the command's clock is the test server's.
        .env("SAMMEN_NOW", common::START)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("20 stops, 20 visits a week"));
    let exported = unzip(&std::fs::read(&file).unwrap());
    assert_eq!(exported["stops.txt"], files["stops.txt"]);
    assert_eq!(exported["stop_times.txt"], files["stop_times.txt"]);
    app.stop().await;
}

async fn bus_visits_are_gatherings_in_the_calendar(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = &app.server().store;
    let municipality = store.municipality(None).await.unwrap().id;
    let plan = store.bus_plan(municipality, "Den Glade Bus").await.unwrap();
    // The next Tuesday the bus is not paused.
    let mut day = common::today();
    while day.weekday() != jiff::civil::Weekday::Tuesday || plan.paused(day).is_some() {
        day = day.tomorrow().unwrap();
    }
    let stop = plan.dated(day, 1)[0].stop.full_name();
    let (status, html) = app.get_text(&format!("/kalender?fra={day}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(&format!("Den Glade Bus – {stop}")), "{html}");
    assert!(html.contains("/bussen/stop/"));
    // Only where the bus fits the filter.
    let (_, meals) = app
        .get_text(&format!("/kalender?fra={day}&slags=spis-sammen"))
        .await;
    assert!(!meals.contains("Den Glade Bus –"));
    let (_, pop_up) = app
        .get_text(&format!("/kalender?fra={day}&slags=pop-up"))
        .await;
    assert!(pop_up.contains(&format!("Den Glade Bus – {stop}")));
    app.stop().await;
}
