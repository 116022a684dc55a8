//! Figures (issue 18): the staff's import of the health profile's figures, `/tal` with its
//! chart, table, CSV and JSON, the command `sammen import figures`, and that no count of
//! people under 10 leaves through any of them — on both backends.

use crate::common;

use std::process::{Command, Output};

use common::{TestApp, TestDb};
use reqwest::StatusCode;

both_backends!(
    stored_figures_round_trip_and_an_import_replaces_by_key,
    tal_shows_the_nation_and_the_path_to_half_from_the_shipped_figures,
    staff_import_all_or_nothing_and_tal_follows,
    no_count_under_ten_leaves_through_any_output,
    the_self_check_tally_shows_no_cell_under_ten_anywhere,
    the_directory_freshness_matches_a_count_by_hand,
);

const ADMIN: &str = "admin@sammen.example";

/// A real-shaped file: the municipality's severe loneliness in two rounds, one breakdown.
const GOOD: &str = "year,indicator,breakdown,share,ci_low,ci_high,count,source\n\
    2017,svaert-ensom,alle,9.1,8.0,10.2,2.430,Sundhedsprofilen 2017 (opdigtet testtal)\n\
    2021,svaert-ensom,alle,\"14,0\",12.6,15.4,3.710,Sundhedsprofilen 2021 (opdigtet testtal)\n\
    2021,svaert-ensom,16-24 år,21.5,,,,Sundhedsprofilen 2021 (opdigtet testtal)\n";

async fn stored_figures_round_trip_and_an_import_replaces_by_key(db: TestDb) {
    use sammen::figures::{Area, parse_csv};
    use sammen::store::audit::Actor;
    let store = db.store().await;
    sammen::demo::load(&store, false).await.unwrap();
    let municipality = store.municipality(None).await.unwrap().id;
    let own = parse_csv(GOOD, Area::Municipality).unwrap();
    store
        .import_figures(municipality, &own, Actor::System)
        .await
        .unwrap();
    let national = parse_csv(
        "year,indicator,breakdown,share,ci_low,ci_high,count,source\n\
         2021,svaert-ensom,alle,12.4,,,,Sundhedsprofilen 2021\n",
        Area::Nation,
    )
    .unwrap();
    store
        .import_figures(municipality, &national, Actor::System)
        .await
        .unwrap();
    let stored = store.figures(municipality).await.unwrap();
    assert_eq!(
        stored.len(),
        4,
        "the same key in another area is another figure"
    );
    let mut expected = own.clone();
    expected.extend(national);
    for f in &expected {
        assert!(stored.contains(f), "{f:?} in {stored:?}");
    }
    // Again with one share changed: replaced, nothing doubled, the rest kept.
    let changed = parse_csv(&GOOD.replace("21.5", "22.0"), Area::Municipality).unwrap();
    store
        .import_figures(municipality, &changed[2..], Actor::System)
        .await
        .unwrap();
    let stored = store.figures(municipality).await.unwrap();
    assert_eq!(stored.len(), 4);
    assert!(
        stored
            .iter()
            .any(|f| f.breakdown == "16-24 år" && f.share == 22.0)
    );
    assert!(
        stored
            .iter()
            .any(|f| f.year == 2017 && f.count == Some(2430))
    );
}

async fn tal_shows_the_nation_and_the_path_to_half_from_the_shipped_figures(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let response = app.get("/tal").await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = response.text().await.unwrap();
    assert!(html.len() <= 40 * 1024, "/tal is {} bytes", html.len());
    assert!(!html.contains("<script"), "no JavaScript needed");
    assert!(html.contains("Tal om ensomhed"));
    // The shipped national figures and their source.
    for text in ["8,3 %", "12,4 %", "Sundhedsprofilen 2021"] {
        assert!(html.contains(text), "{text}");
    }
    // The path: half the 2021 baseline in 2040, computed, in the text and in the table.
    assert!(
        html.contains("Udgangspunkt (hele landet, 2021): 12,4 %. Målet i 2040: 6,2 %"),
        "{html}"
    );
    assert!(html.contains("<th scope=\"row\">2040</th>"));
    // The chart is an image with a text alternative, the same numbers in its table.
    assert!(html.contains("role=\"img\""));
    assert!(html.contains("<title id=\"svaert-ensom-title\">"));
    assert!(html.contains("<desc id=\"svaert-ensom-desc\">"));
    assert!(html.contains("Hele landet: 8,3 % i 2017, 12,4 % i 2021."));
    assert!(html.contains("<caption id=\"svaert-ensom-caption\">"));
    // What the figure cannot say; no municipal figure invented.
    assert!(html.contains("Hvad tallet ikke kan sige"));
    // The ambassadors' before/after: none yet, said so; null in the JSON.
    assert!(html.contains("Færre end 10 har svaret to gange"));
    assert!(html.contains("har ikke lagt egne tal for dette ind endnu"));
    // English too.
    let (status, en) = app.get_text("/en/tal").await;
    assert_eq!(status, StatusCode::OK);
    assert!(en.contains("The target for 2040: 6.2 %"), "{en}");
    // The chart's numbers as JSON and CSV.
    let json: serde_json::Value = app.get("/tal.json").await.json().await.unwrap();
    let figures = json["figures"].as_array().unwrap();
    let path: Vec<(i64, f64)> = figures
        .iter()
        .filter(|f| f["series"] == "vej-til-halvdelen")
        .map(|f| (f["year"].as_i64().unwrap(), f["share"].as_f64().unwrap()))
        .collect();
    assert_eq!(path, vec![(2021, 12.4), (2040, 6.2)]);
    assert!(json["ambassador_outcomes"].is_null());
    let csv = app.get("/tal.csv").await;
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = csv.text().await.unwrap();
    assert!(csv.starts_with("indicator,series,year,breakdown,share,ci_low,ci_high,count,source\n"));
    assert!(csv.contains("svaert-ensom,land,2021,alle,12.4,"), "{csv}");
    app.stop().await;
}

async fn staff_import_all_or_nothing_and_tal_follows(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    // Only administrators.
    let anonymous = app.get("/admin/tal").await;
    assert_eq!(anonymous.status(), StatusCode::SEE_OTHER);
    let admin = app.login(ADMIN, sammen::demo::DEMO_PASSWORD).await;
    let form = app.get_as(Some(&admin), "/admin/tal").await;
    assert_eq!(form.status(), StatusCode::OK);
    // A share over 100 on line 4: refused whole, line named in Danish, nothing lost.
    let bad = format!("{GOOD}2021,svaert-ensom,65+ år,140,,,,Sundhedsprofilen\n");
    let response = app
        .post_as(
            Some(&admin),
            "/admin/tal",
            "/admin/tal",
            &[("omraade", "kommune"), ("csv", &bad)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("Linje 5: andelen &#39;140&#39; er over 100")
            || html.contains("Linje 5: andelen &#x27;140&#x27; er over 100"),
        "{html}"
    );
    assert!(
        html.contains("opdigtet testtal"),
        "the pasted file is still in the form"
    );
    assert!(html.contains("value=\"kommune\" checked"));
    assert!(
        store.figures(municipality).await.unwrap().is_empty(),
        "nothing kept"
    );
    // Wrong columns and an unknown indicator.
    for (csv, words) in [
        (
            "year,indicator,share\n2021,svaert-ensom,12\n",
            "Kolonnerne skal være",
        ),
        (
            "year,indicator,breakdown,share,ci_low,ci_high,count,source\n2021,lykke,alle,50,,,,S\n",
            "Linje 2: indikatoren &#39;lykke&#39; kendes ikke",
        ),
    ] {
        let response = app
            .post_as(
                Some(&admin),
                "/admin/tal",
                "/admin/tal",
                &[("omraade", "kommune"), ("csv", csv)],
            )
            .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        let html = response.text().await.unwrap().replace("&#x27;", "&#39;");
        assert!(html.contains(words), "{words}: {html}");
    }
    assert!(store.figures(municipality).await.unwrap().is_empty());
    // The good file.
    let response = app
        .post_as(
            Some(&admin),
            "/admin/tal",
            "/admin/tal",
            &[("omraade", "kommune"), ("csv", GOOD)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/admin/tal?indlaest=3");
    let done = app
        .get_as(Some(&admin), "/admin/tal?indlaest=3")
        .await
        .text()
        .await
        .unwrap();
    assert!(done.contains("3 tal er indlæst."));
    // The staff see every breakdown, the published count through the one rule.
    assert!(done.contains("<td>16-24 år</td>"), "{done}");
    assert!(done.contains("<td>2430</td>"), "{done}");
    assert!(done.contains("14,0 % (12,6–15,4)"));
    let stored = store.figures(municipality).await.unwrap();
    assert_eq!(stored.len(), 3);
    assert_eq!(
        stored
            .iter()
            .find(|f| f.year == 2021 && f.breakdown == "alle")
            .unwrap()
            .share,
        14.0
    );
    // Again, with a changed figure: replaced, not doubled.
    let again = GOOD.replace("\"14,0\"", "14.2");
    let response = app
        .post_as(
            Some(&admin),
            "/admin/tal",
            "/admin/tal",
            &[("omraade", "kommune"), ("csv", &again)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let stored = store.figures(municipality).await.unwrap();
    assert_eq!(stored.len(), 3);
    assert_eq!(
        stored
            .iter()
            .find(|f| f.year == 2021 && f.breakdown == "alle")
            .unwrap()
            .share,
        14.2
    );
    // /tal: the municipality against the nation; the path from the municipality's own
    // baseline (2021: 14.2 → 7.1 in 2040).
    let (status, html) = app.get_text("/tal").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("14,2 % (12,6–15,4)"), "{html}");
    assert!(html.contains("Målet i 2040: 7,1 %"), "{html}");
    assert!(html.contains("opdigtet testtal"), "the source is shown");
    assert!(html.len() <= 40 * 1024);
    let pool = common::raw_pool(&db).await;
    let lines: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'figures-imported'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(lines, 2, "one audit line per import");
    app.stop().await;
}

async fn no_count_under_ten_leaves_through_any_output(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    // Published counts of 1–9 (and 12, shown as 10), in every output.
    let mut csv = "year,indicator,breakdown,share,ci_low,ci_high,count,source\n".to_owned();
    for n in 1..=9 {
        csv.push_str(&format!("{},svaert-ensom,alle,10,,,{n},S\n", 2000 + n));
    }
    csv.push_str("2012,svaert-ensom,alle,10,,,12,S\n");
    let figures = sammen::figures::parse_csv(&csv, sammen::figures::Area::Municipality).unwrap();
    store
        .import_figures(municipality, &figures, sammen::store::audit::Actor::System)
        .await
        .unwrap();
    let json: serde_json::Value = app.get("/tal.json").await.json().await.unwrap();
    let counts: Vec<serde_json::Value> = json["figures"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["series"] == "kommune")
        .map(|f| f["count"].clone())
        .collect();
    assert_eq!(counts.len(), 10);
    assert!(counts[..9].iter().all(|c| c.is_null()), "{counts:?}");
    assert_eq!(counts[9], 10, "12 rounded to 5");
    let csv = app.get("/tal.csv").await.text().await.unwrap();
    for line in csv.lines().filter(|l| l.contains(",kommune,")) {
        let count = line.split(',').nth(7).unwrap();
        assert!(count.is_empty() || count == "10", "{line}");
    }
    let (_, html) = app.get_text("/tal").await;
    assert!(html.contains("2009"));
    app.stop().await;
}

/// Every shown count is hidden, or at least 10 and a multiple of 5.
fn allowed(value: &str, hidden: &str) -> bool {
    value == hidden || value.parse::<i64>().is_ok_and(|n| n >= 10 && n % 5 == 0)
}

async fn the_self_check_tally_shows_no_cell_under_ten_anywhere(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let (_, html) = app.get_text("/tal").await;
    assert!(html.contains("Ingen har talt deres svar med endnu."));
    let (status, csv) = app.get_text("/tal/selvtest.csv").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(csv, "month,score_3_4,score_5_6,score_7_9,total\n");
    // Three months; small cells of 1–9 among bigger ones. By month, scores 3, 5, 8:
    // 2026-09: 30, 12, 4 — the 4 is hidden, and the 12 with it (the row total would give
    // the 4 away); 2026-10: 1, 5, 9, all hidden; 2026-11: 11, 22, 33 — the 11 goes (the
    // column total would give the 1 away), then the 22 (the row total would give the 11).
    let tally: [(&str, [(u8, usize); 3]); 3] = [
        ("2026-09", [(3, 30), (5, 12), (8, 4)]),
        ("2026-10", [(3, 1), (5, 5), (8, 9)]),
        ("2026-11", [(4, 11), (6, 22), (9, 33)]),
    ];
    for (month, cells) in tally {
        for (score, n) in cells {
            for _ in 0..n {
                store
                    .count_selfcheck(municipality, month, "45-64", score)
                    .await
                    .unwrap();
            }
        }
    }
    let (_, html) = app.get_text("/tal").await;
    let section = &html[html.find("id=\"selfcheck\"").unwrap()..];
    let table = &section[..section.find("</table>").unwrap()];
    let cells: Vec<&str> = table
        .split("<td>")
        .skip(1)
        .map(|c| c.split("</td>").next().unwrap())
        .collect();
    assert_eq!(
        cells.len(),
        4 * 4,
        "3 months and the totals, 3 levels and the total"
    );
    for c in &cells {
        assert!(allowed(c, "skjult"), "{c} in {table}");
    }
    assert!(
        table.contains(
            "<th scope=\"row\">2026-09</th><td>30</td><td>skjult</td><td>skjult</td><td>45</td>"
        ),
        "{table}"
    );
    assert!(
        table.contains(
            "<th scope=\"row\">2026-11</th><td>skjult</td><td>skjult</td><td>35</td><td>65</td>"
        ),
        "{table}"
    );
    // The CSV and the JSON say the same.
    let csv = app.get("/tal/selvtest.csv").await.text().await.unwrap();
    assert!(csv.starts_with("month,score_3_4,score_5_6,score_7_9,total\n"));
    assert!(csv.contains("2026-09,30,,,45\n"), "{csv}");
    for line in csv.lines().skip(1) {
        for value in line.split(',').skip(1) {
            assert!(allowed(value, ""), "{value} in {csv}");
        }
    }
    let json: serde_json::Value = app.get("/tal.json").await.json().await.unwrap();
    let t = &json["selfcheck"]["table"];
    let mut values: Vec<&serde_json::Value> = t["cells"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r.as_array().unwrap())
        .collect();
    values.extend(t["row_totals"].as_array().unwrap());
    values.extend(t["column_totals"].as_array().unwrap());
    values.push(&t["total"]);
    assert_eq!(values.len(), 16);
    for v in values {
        assert!(v.is_null() || allowed(&v.to_string(), ""), "{v} in {t}");
    }
    assert_eq!(json["selfcheck"]["months"][0], "2026-09");
    app.stop().await;
}

async fn the_directory_freshness_matches_a_count_by_hand(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let pool = common::raw_pool(&db).await;
    // Two offers last confirmed long ago, one ended (not counted at all).
    for (id, sql) in [
        (
            1,
            "UPDATE offer SET last_confirmed_on = '2020-01-01' WHERE id = $1",
        ),
        (
            2,
            "UPDATE offer SET last_confirmed_on = '2024-06-30' WHERE id = $1",
        ),
        (3, "UPDATE offer SET status = 'ended' WHERE id = $1"),
    ] {
        sqlx::query(sql).bind(id).execute(&pool).await.unwrap();
    }
    // By hand: the program's clock's today in Copenhagen, 12 months back.
    let today = app.server().store.clock().today();
    let since = today
        .checked_sub(jiff::Span::new().months(12))
        .unwrap()
        .to_string();
    let dates: Vec<(String, String)> =
        sqlx::query_as("SELECT status, last_confirmed_on FROM offer")
            .fetch_all(&pool)
            .await
            .unwrap();
    let total = dates.iter().filter(|(s, _)| s != "ended").count();
    let fresh = dates
        .iter()
        .filter(|(s, d)| s != "ended" && *d >= since)
        .count();
    assert!(fresh + 2 <= total, "{fresh} of {total}");
    let (_, html) = app.get_text("/tal").await;
    assert!(
        html.contains(&format!("{fresh} af {total} tilbud (")),
        "{fresh} af {total} since {since}: {html}"
    );
    assert!(html.contains(&format!("siden {since}")));
    let json: serde_json::Value = app.get("/tal.json").await.json().await.unwrap();
    assert_eq!(json["directory"]["offers"], total);
    assert_eq!(json["directory"]["confirmed"], fresh);
    app.stop().await;
}

// --- The command line -------------------------------------------------------------------

fn sammen(args: &[&str], url: &str) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sammen"));
    command.args(args);
    for (key, _) in std::env::vars().filter(|(k, _)| k.starts_with("SAMMEN_")) {
        command.env_remove(key);
    }
    command.env("SAMMEN_DATABASE_URL", url);
    command.env("SAMMEN_SECRET_KEY_FILE", common::key_file());
    command.output().expect("sammen runs")
}

#[test]
fn import_figures_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("a.db").display());
    assert!(sammen(&["demo", "load"], &url).status.success());
    let file = dir.path().join("figures.csv");
    std::fs::write(&file, GOOD).unwrap();
    let out = sammen(&["import", "figures", file.to_str().unwrap()], &url);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        stdout.trim(),
        "Imported 3 figures into Odsherred Kommune (its own); see /tal."
    );
    // A bad file: refused with the line named, exit 2.
    std::fs::write(&file, GOOD.replace("21.5", "101")).unwrap();
    let out = sammen(
        &[
            "import",
            "figures",
            file.to_str().unwrap(),
            "--area",
            "land",
        ],
        &url,
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("line 4: share '101' is over 100"),
        "{stderr}"
    );
    let out = sammen(
        &[
            "import",
            "figures",
            file.to_str().unwrap(),
            "--area",
            "mars",
        ],
        &url,
    );
    assert!(!out.status.success());
}
