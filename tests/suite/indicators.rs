//! Sammen's own indicators (issue 18) on both backends: sign-ups and first sign-ups per
//! month, life arena and town, the directory's coverage with its gaps, guide completions
//! and the bus crew's headcounts — each against counts made by hand from the test's data
//! — and a walk through every figure output with tallies of 1–9 that finds no count of
//! people under 10.

use crate::common;

use common::{TestApp, TestDb, make_account, raw_pool, session_for};
use reqwest::StatusCode;
use sammen::auth::Role;
use sammen::domain::disclosure;

both_backends!(
    signups_are_counted_by_month_arena_town_and_first_time,
    the_coverage_counts_offers_per_town_and_arena_and_names_the_gaps,
    a_completed_guide_is_counted_and_nothing_else,
    the_crew_records_a_headcount_and_tal_sums_it_per_stop,
    the_optional_self_check_questions_are_counted_only_with_consent,
    no_output_shows_a_count_of_people_under_ten,
);

/// Two demo events of different life arenas and towns: (id, arena code, town name).
async fn two_events(pool: &sqlx::AnyPool) -> [(i64, String, String); 2] {
    use sqlx::Row;
    let rows = sqlx::query(
        "SELECT e.id, e.life_arena, t.name FROM event e \
         LEFT JOIN place p ON p.id = e.place_id \
         JOIN town t ON t.id = COALESCE(e.town_id, p.town_id) \
         WHERE e.life_arena IS NOT NULL ORDER BY e.id",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let first = &rows[0];
    let a: (i64, String, String) = (
        first.get(0),
        first.get::<String, _>(1),
        first.get::<String, _>(2),
    );
    let other = rows
        .iter()
        .find(|r| r.get::<String, _>(1) != a.1 && r.get::<String, _>(2) != a.2)
        .expect("a second event in another arena and town");
    [a, (other.get(0), other.get(1), other.get(2))]
}

/// A sign-up as a raw row (the sign-up form is tested in `calendar`).
async fn sign_up(
    pool: &sqlx::AnyPool,
    event: i64,
    date: &str,
    email: &str,
    status: &str,
    n: &mut i64,
) {
    *n += 1;
    sqlx::query(
        "INSERT INTO signup (event_id, occurrence_date, name, phone, email, people, is_group, group_note, status, token_hash, created_at, updated_at) \
         VALUES ($1, $2, 'Test', '', $3, 1, 0, '', $4, $5, 0, 0)",
    )
    .bind(event)
    .bind(date)
    .bind(email)
    .bind(status)
    .bind(format!("test-token-{n}"))
    .execute(pool)
    .await
    .unwrap();
}

async fn json(app: &TestApp) -> serde_json::Value {
    app.get("/tal.json").await.json().await.unwrap()
}

fn table(json: &serde_json::Value, name: &str) -> serde_json::Value {
    json["indicators"][name]["table"].clone()
}

/// A table of true counts through the rule, as the JSON carries it.
fn disclosed(counts: &[Vec<i64>]) -> serde_json::Value {
    serde_json::to_value(disclosure::table(counts)).unwrap()
}

async fn signups_are_counted_by_month_arena_town_and_first_time(db: TestDb) {
    use sammen::store::indicators::SignupCount;
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let m = store.municipality(None).await.unwrap().id;
    let pool = raw_pool(&db).await;
    sqlx::query("DELETE FROM signup")
        .execute(&pool)
        .await
        .unwrap();
    let [(a, arena_a, town_a), (b, arena_b, town_b)] = two_events(&pool).await;
    let mut n = 0;
    // November: 12 people sign up to A for the first time.
    for i in 1..=12 {
        sign_up(
            &pool,
            a,
            "2026-11-20",
            &format!("a{i}@example.org"),
            "confirmed",
            &mut n,
        )
        .await;
    }
    // December: 11 of them again (one in capitals: the same address), and 3 new.
    for i in 1..=11 {
        let email = if i == 1 {
            "A1@EXAMPLE.ORG".to_owned()
        } else {
            format!("a{i}@example.org")
        };
        sign_up(&pool, a, "2026-12-04", &email, "confirmed", &mut n).await;
    }
    for i in 1..=3 {
        sign_up(
            &pool,
            a,
            "2026-12-04",
            &format!("b{i}@example.org"),
            "confirmed",
            &mut n,
        )
        .await;
    }
    // December, event B: 20 new; one cancelled and one on the waitlist do not count.
    for i in 1..=20 {
        sign_up(
            &pool,
            b,
            "2026-12-05",
            &format!("c{i}@example.org"),
            "confirmed",
            &mut n,
        )
        .await;
    }
    sign_up(&pool, b, "2026-12-05", "x@example.org", "cancelled", &mut n).await;
    sign_up(&pool, b, "2026-12-05", "y@example.org", "waitlist", &mut n).await;

    let count = |month: &str, arena: &str, town: &str, first: bool, signups: i64| SignupCount {
        month: month.into(),
        life_arena: arena.into(),
        town: town.into(),
        first_time: first,
        signups,
    };
    let mut expected = vec![
        count("2026-11", &arena_a, &town_a, true, 12),
        count("2026-12", &arena_a, &town_a, false, 11),
        count("2026-12", &arena_a, &town_a, true, 3),
        count("2026-12", &arena_b, &town_b, true, 20),
    ];
    expected.sort_by(|x, y| {
        (&x.month, &x.life_arena, &x.town, x.first_time).cmp(&(
            &y.month,
            &y.life_arena,
            &y.town,
            y.first_time,
        ))
    });
    assert_eq!(store.signup_counts(m).await.unwrap(), expected);
    // Housekeeping deletes November's sign-ups, but their counts stay.
    store.prune_signups("2026-12-01").await.unwrap();
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM signup")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(left, 36, "November's 12 sign-ups are gone");
    assert_eq!(store.signup_counts(m).await.unwrap(), expected);

    // The page's tables, by hand: months × (arenas in order, then none).
    let arenas = ["home", "school", "leisure", "work", "health"];
    let column = |code: &str| arenas.iter().position(|x| *x == code).unwrap();
    let mut by_arena = vec![vec![0i64; 6]; 2];
    by_arena[0][column(&arena_a)] += 12;
    by_arena[1][column(&arena_a)] += 14;
    by_arena[1][column(&arena_b)] += 20;
    let json = json(&app).await;
    assert_eq!(
        json["indicators"]["tilmeldinger-livsarena"]["rows"],
        serde_json::json!(["2026-11", "2026-12"])
    );
    assert_eq!(table(&json, "tilmeldinger-livsarena"), disclosed(&by_arena));
    assert_eq!(
        table(&json, "tilmeldinger-foerste-gang"),
        disclosed(&[vec![12, 0], vec![23, 11]])
    );
    let towns = json["indicators"]["tilmeldinger-by"]["rows"].clone();
    let mut by_town = vec![];
    for t in towns.as_array().unwrap() {
        by_town.push(if *t == *town_a {
            vec![15, 11]
        } else if *t == *town_b {
            vec![20, 0]
        } else {
            panic!("a town without sign-ups: {t}")
        });
    }
    assert_eq!(table(&json, "tilmeldinger-by"), disclosed(&by_town));
    let (status, html) = app.get_text("/tal").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("id=\"signups-first\""), "{html}");
    app.stop().await;
}

async fn the_coverage_counts_offers_per_town_and_arena_and_names_the_gaps(db: TestDb) {
    use sammen::domain::{LifeArena, OfferStatus};
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let m = store.municipality(None).await.unwrap().id;
    // By hand: every active listed offer once per life arena, under its town.
    let offers = store.offers(m).await.unwrap();
    let mut by_hand: std::collections::BTreeMap<(String, &str), i64> = Default::default();
    for o in offers.iter().filter(|o| o.status == OfferStatus::Active) {
        let town = o
            .town
            .as_ref()
            .map_or("ingen".to_owned(), |t| t.name.clone());
        for a in &o.life_arenas {
            *by_hand.entry((town.clone(), a.code())).or_default() += 1;
        }
    }
    let json = json(&app).await;
    let coverage = &json["indicators"]["daekning"];
    let rows: Vec<String> = serde_json::from_value(coverage["rows"].clone()).unwrap();
    let t = table(&json, "daekning");
    let mut gaps = Vec::new();
    for (r, town) in rows.iter().enumerate() {
        for (c, arena) in LifeArena::ALL.iter().enumerate() {
            let n = by_hand
                .get(&(town.clone(), arena.code()))
                .copied()
                .unwrap_or(0);
            assert_eq!(
                t["cells"][r][c], n,
                "{town} × {arena:?}: offers, as they are"
            );
            if n == 0 && town != "ingen" {
                gaps.push(serde_json::json!({"town": town, "life_arena": arena.code()}));
            }
        }
    }
    assert!(!gaps.is_empty(), "the demo has gaps");
    assert_eq!(json["coverage_gaps"], serde_json::json!(gaps));
    let (_, html) = app.get_text("/tal").await;
    assert!(html.contains("Huller: byer og livsarenaer uden tilbud"));
    let gap = &gaps[0];
    assert!(
        html.contains(&format!("<li>{}: ", gap["town"].as_str().unwrap())),
        "the first gap is named"
    );
    app.stop().await;
}

async fn a_completed_guide_is_counted_and_nothing_else(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let m = store.municipality(None).await.unwrap().id;
    // A step, the printable list and a link straight to the list count nothing.
    for path in [
        "/find-dit-faellesskab?alder=70&fra=1",
        "/find-dit-faellesskab?alder=70&trin=7&udskriv=1",
        "/find-dit-faellesskab?alder=70&trin=7",
    ] {
        assert_eq!(app.get(path).await.status(), StatusCode::OK, "{path}");
    }
    assert!(store.guide_completions(m).await.unwrap().is_empty());
    // Answering (or skipping) the last question reaches the list: 12 times.
    for _ in 0..12 {
        let response = app
            .get("/find-dit-faellesskab?alder=70&fra=6&spring=1")
            .await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    let month = common::today().to_string()[..7].to_owned();
    assert_eq!(
        store.guide_completions(m).await.unwrap(),
        vec![(month.clone(), 12)]
    );
    // Only the number is kept: the table has a month and a count.
    let pool = raw_pool(&db).await;
    let columns: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM guide_tally")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(columns, 1);
    let json = json(&app).await;
    assert_eq!(
        json["indicators"]["guide"]["rows"],
        serde_json::json!([month])
    );
    assert_eq!(table(&json, "guide"), disclosed(&[vec![12]]));
    app.stop().await;
}

async fn the_crew_records_a_headcount_and_tal_sums_it_per_stop(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let m = store.municipality(None).await.unwrap().id;
    let crew = make_account(
        &store,
        "bus@example.org",
        "adgangskode123",
        &[Role::BusCrew],
        &[],
    )
    .await;
    let cookie = session_for(&store, crew).await;
    let plan = store.bus_plan(m, "Den Glade Bus").await.unwrap();
    let today = common::today();
    let tour = plan.dated(today, 1);
    assert!(tour.len() >= 2, "a tour today");
    let page = app.get_as(Some(&cookie), "/bussen/tur").await;
    let html = page.text().await.unwrap();
    assert!(html.contains("Antal besøgende"), "{html}");
    let token = common::form_token(&html).unwrap();
    let post = |stop: i64, arrive: String, antal: &'static str| {
        let (app, cookie, token) = (&app, &cookie, &token);
        async move {
            app.post_with_token(
                Some(cookie),
                "/bussen/tur/besoegende",
                token,
                &[
                    ("stop", &stop.to_string()),
                    ("arrive", &arrive),
                    ("antal", antal),
                ],
            )
            .await
        }
    };
    let hhmm = |t: jiff::civil::Time| format!("{:02}:{:02}", t.hour(), t.minute());
    let (first, second) = (&tour[0], &tour[1]);
    // A count that is no number, too big, or for a visit not on today's tour: 400.
    for (stop, arrive, antal) in [
        (first.stop.id, hhmm(first.visit.arrive), "mange"),
        (first.stop.id, hhmm(first.visit.arrive), "501"),
        (first.stop.id, "03:17".to_owned(), "5"),
    ] {
        let response = post(stop, arrive, antal).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{antal}");
    }
    // 7 at the first stop, corrected to 14; 9 at the second.
    for (visit, antal) in [(first, "7"), (first, "14"), (second, "9")] {
        let response = post(visit.stop.id, hhmm(visit.visit.arrive), antal).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(response.headers()["location"], "/bussen/tur?gemt=antal");
    }
    let html = app
        .get_as(Some(&cookie), "/bussen/tur?gemt=antal")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Antallet af besøgende er gemt."));
    assert!(html.contains("Talt: 14"), "{html}");
    let month = today.to_string()[..7].to_owned();
    let mut by_hand = vec![
        (first.stop.name.clone(), month.clone(), 14),
        (second.stop.name.clone(), month.clone(), 9),
    ];
    by_hand.sort();
    assert_eq!(store.bus_visitors(m, "2026-01-01").await.unwrap(), by_hand);
    // On /tal: per stop through the rule — 9 hidden, and 14 with it (the total gives it).
    let json = json(&app).await;
    let rows: Vec<String> =
        serde_json::from_value(json["indicators"]["bus-besoeg"]["rows"].clone()).unwrap();
    assert_eq!(
        rows,
        by_hand.iter().map(|r| r.0.clone()).collect::<Vec<_>>()
    );
    let counts: Vec<Vec<i64>> = by_hand.iter().map(|r| vec![r.2]).collect();
    assert_eq!(table(&json, "bus-besoeg"), disclosed(&counts));
    assert_eq!(
        table(&json, "bus-besoeg")["cells"],
        serde_json::json!([[null], [null]]),
        "9 is hidden, and 14 with it (the total would give the 9 away)"
    );
    app.stop().await;
}

async fn the_optional_self_check_questions_are_counted_only_with_consent(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let m = store.municipality(None).await.unwrap().id;
    let (_, html) = app.get_text("/hvordan-har-du-det").await;
    assert!(
        html.contains("Har du inden for det sidste år sprunget noget over på grund af transport?")
    );
    assert!(html.contains("Er det naturligt for dig at tale om ensomhed?"));
    let scale = [("q1", "2"), ("q2", "2"), ("q3", "1"), ("alder", "25-44")];
    let post = |extra: &'static [(&'static str, &'static str)]| {
        let app = &app;
        let mut fields = scale.to_vec();
        fields.extend_from_slice(extra);
        async move { app.post_form("/hvordan-har-du-det", &fields).await }
    };
    // An answer not offered: a Danish error, the rest kept, nothing counted.
    let response = post(&[("transport", "maaske"), ("tale", "ja"), ("taelles", "ja")]).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("Vælg ja, nej eller ved ikke – eller spring spørgsmålet om transport over.")
    );
    assert!(html.contains("id=\"tale-ja\" name=\"tale\" value=\"ja\" checked"));
    // Without the tick nothing is counted; skipping a question is fine.
    for extra in [
        &[("transport", "ja"), ("tale", "nej")][..],
        &[("transport", "ja"), ("tale", "nej"), ("taelles", "ja")][..],
        &[("transport", "nej"), ("taelles", "ja")][..],
        &[("taelles", "ja")][..],
    ] {
        assert_eq!(post(extra).await.status(), StatusCode::OK, "{extra:?}");
    }
    assert_eq!(
        store.selfcheck_extra(m, "2000-01").await.unwrap(),
        vec![
            ("tale".to_owned(), "nej".to_owned(), 1),
            ("transport".to_owned(), "ja".to_owned(), 1),
            ("transport".to_owned(), "nej".to_owned(), 1),
        ]
    );
    // On /tal through the rule: questions × yes, no, don't know.
    let json = json(&app).await;
    assert_eq!(
        json["indicators"]["selvtest-ekstra"]["rows"],
        serde_json::json!(["transport", "tale"])
    );
    assert_eq!(
        table(&json, "selvtest-ekstra"),
        disclosed(&[vec![1, 1, 0], vec![0, 1, 0]])
    );
    let (_, html) = app.get_text("/tal").await;
    assert!(html.contains("id=\"selfcheck-extra-table\""));
    app.stop().await;
}

/// A shown count of people: hidden, or at least 10 and a multiple of 5.
fn allowed(value: &str, hidden: &str) -> bool {
    value == hidden || value.parse::<i64>().is_ok_and(|n| n >= 10 && n % 5 == 0)
}

/// Every number in a JSON value, and `null` for a hidden count.
fn numbers(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Number(n) => out.push(n.to_string()),
        serde_json::Value::Null => out.push("null".into()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| numbers(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| numbers(x, out)),
        _ => {}
    }
}

/// The cells of every table of people counts in a page.
fn people_cells(html: &str) -> Vec<String> {
    let mut cells = Vec::new();
    for part in html.split("<table class=\"list people-counts\"").skip(1) {
        let table = &part[..part.find("</table>").unwrap()];
        cells.extend(
            table
                .split("<td>")
                .skip(1)
                .map(|c| c.split("</td>").next().unwrap().to_owned()),
        );
    }
    cells
}

async fn no_output_shows_a_count_of_people_under_ten(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let m = store.municipality(None).await.unwrap().id;
    let pool = raw_pool(&db).await;
    // Tallies of 1–9 everywhere: sign-ups by month (one month each), the self-check, the
    // guide, the bus; and the health profile's published counts.
    sqlx::query("DELETE FROM signup")
        .execute(&pool)
        .await
        .unwrap();
    let [(a, _, _), (b, _, _)] = two_events(&pool).await;
    let mut n = 0;
    for k in 1..=9i64 {
        let date = format!("2026-{k:02}-15");
        for i in 0..k {
            let event = if i % 2 == 0 { a } else { b };
            let email = format!("p{k}-{i}@example.org");
            sign_up(&pool, event, &date, &email, "confirmed", &mut n).await;
        }
        let month = format!("2026-{k:02}");
        for _ in 0..k {
            store.count_selfcheck(m, &month, "45-64", 5).await.unwrap();
            store.count_guide_completion(m, &month).await.unwrap();
            store
                .count_selfcheck_extra(m, &month, "transport", "ja")
                .await
                .unwrap();
            store
                .count_selfcheck_extra(m, &month, "tale", "ved-ikke")
                .await
                .unwrap();
        }
    }
    let stops: Vec<i64> = sqlx::query_scalar("SELECT id FROM bus_stop ORDER BY id")
        .fetch_all(&pool)
        .await
        .unwrap();
    for (k, stop) in stops.iter().take(9).enumerate() {
        store
            .record_headcount(m, *stop, "2026-11-02", "10:00", k as i64 + 1)
            .await
            .unwrap();
    }
    let mut csv = "year,indicator,breakdown,share,ci_low,ci_high,count,source\n".to_owned();
    for k in 1..=9 {
        csv.push_str(&format!("{},svaert-ensom,alle,10,,,{k},S\n", 2000 + k));
    }
    let figures = sammen::figures::parse_csv(&csv, sammen::figures::Area::Municipality).unwrap();
    store
        .import_figures(m, &figures, sammen::store::audit::Actor::System)
        .await
        .unwrap();

    let admin = make_account(
        &store,
        "tal@example.org",
        "adgangskode123",
        &[Role::Administrator],
        &[],
    )
    .await;
    let cookie = session_for(&store, admin).await;
    // The pages: every table of people counts.
    for (path, who) in [
        ("/tal", None),
        ("/en/tal", None),
        ("/admin/tal", Some(&cookie)),
    ] {
        let response = app.get_as(who.map(String::as_str), path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let html = response.text().await.unwrap();
        assert!(html.len() <= 40 * 1024, "{path} is {} bytes", html.len());
        let hidden = if path.starts_with("/en") {
            "hidden"
        } else {
            "skjult"
        };
        let cells = people_cells(&html);
        assert!(cells.len() >= 20, "{path}: {} cells", cells.len());
        for c in &cells {
            assert!(allowed(c, hidden), "{path}: {c}");
        }
    }
    // The self-check's own table and CSV.
    let (_, html) = app.get_text("/tal").await;
    let section = &html[html.find("id=\"selfcheck\"").unwrap()..];
    let selfcheck = &section[..section.find("</table>").unwrap()];
    for c in selfcheck
        .split("<td>")
        .skip(1)
        .map(|c| c.split("</td>").next().unwrap())
    {
        assert!(allowed(c, "skjult"), "self-check: {c}");
    }
    let selfcheck_csv = app.get("/tal/selvtest.csv").await.text().await.unwrap();
    for line in selfcheck_csv.lines().skip(1) {
        for v in line.split(',').skip(1) {
            assert!(allowed(v, ""), "selvtest.csv: {v}");
        }
    }
    // Sammen's own CSV: every line but the coverage (offers, not people).
    let indicators = app.get("/tal/indikatorer.csv").await.text().await.unwrap();
    assert!(indicators.starts_with("table,row,column,count\n"));
    let mut people_lines = 0;
    for line in indicators
        .lines()
        .skip(1)
        .filter(|l| !l.starts_with("daekning,"))
    {
        let v = line.rsplit(',').next().unwrap();
        assert!(allowed(v, ""), "indikatorer.csv: {line}");
        people_lines += 1;
    }
    assert!(people_lines > 30, "{indicators}");
    // The figures' CSV: the published counts.
    let figures_csv = app.get("/tal.csv").await.text().await.unwrap();
    for line in figures_csv.lines().skip(1) {
        let v = line.split(',').nth(7).unwrap();
        assert!(allowed(v, ""), "tal.csv: {line}");
    }
    // The JSON: every number about people.
    let json = json(&app).await;
    let mut values = Vec::new();
    numbers(&json["selfcheck"]["table"], &mut values);
    // The ambassadors' outcomes: the counts (the means are no counts).
    numbers(&json["ambassador_outcomes"]["people"], &mut values);
    numbers(&json["ambassador_outcomes"]["scored_lower"], &mut values);
    for (name, t) in json["indicators"].as_object().unwrap() {
        if name != "daekning" {
            numbers(&t["table"], &mut values);
        }
    }
    for f in json["figures"].as_array().unwrap() {
        numbers(&f["count"], &mut values);
    }
    assert!(values.len() > 30, "{json}");
    for v in &values {
        assert!(allowed(v, "null"), "tal.json: {v}");
    }
    app.stop().await;
}
