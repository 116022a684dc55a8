//! Schools and the class pulse (issue 20) over HTTP on both backends: an administrator
//! adds a school, a class and a teacher (Danish errors keep what was typed); the teacher
//! opens the class's pulse; pupils answer by its code without an account. Under 10 answers
//! the teacher sees nothing but "for få svar til at vise noget"; from 10 the shares come
//! from rounded counts (worked out by hand below). The stored rows hold the day and the
//! answers and nothing else; a wrong or closed code gets a Danish error with the answers
//! kept; a teacher of another school gets 403. The CSV and JSON exports of the summary
//! (`/admin/klasse/{id}/puls.csv`, `.json`) come from the same summary: no figure under 10
//! answers (status `too_few` and the words "for få svar"), the same rounded shares from 10,
//! and 403 (a JSON error under `.json`) for another school's teacher.

use crate::common;

use common::{TestApp, TestDb, location, make_account, raw_pool, session_for};
use reqwest::StatusCode;
use sammen::auth::Role;
use sqlx::Row;

both_backends!(
    a_class_pulse_shows_nothing_under_ten_and_rounded_shares_from_ten,
    another_schools_teacher_sees_nothing,
);

const TOO_FEW: &str = "for få svar til at vise noget";

/// The pulse's CSV: its header and its one row.
async fn pulse_csv(app: &TestApp, cookie: &str, class: i64) -> Vec<(String, String)> {
    let response = app
        .get_as(Some(cookie), &format!("/admin/klasse/{class}/puls.csv"))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let text = response.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1, "{text}");
    header
        .into_iter()
        .zip(rows[0].iter().map(str::to_owned))
        .collect()
}

fn field<'a>(row: &'a [(String, String)], name: &str) -> &'a str {
    &row.iter().find(|(k, _)| k == name).unwrap().1
}

async fn pulse_json(app: &TestApp, cookie: &str, class: i64) -> serde_json::Value {
    let response = app
        .get_as(Some(cookie), &format!("/admin/klasse/{class}/puls.json"))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

async fn text_as(app: &TestApp, cookie: &str, path: &str) -> (StatusCode, String) {
    let response = app.get_as(Some(cookie), path).await;
    (response.status(), response.text().await.unwrap())
}

/// The id at the end of a redirect's path, before any query.
fn id_in(path: &str, prefix: &str) -> i64 {
    path.split('?').next().unwrap()[prefix.len()..]
        .trim_end_matches("/puls")
        .parse()
        .unwrap()
}

/// A school with class 7.b and a teacher, made through the administrator's forms: the
/// school's id, the class's id and the teacher's cookie.
async fn school_with_class(
    app: &TestApp,
    admin: &str,
    name: &str,
    teacher_email: &str,
) -> (i64, i64, String) {
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let town = store.towns(municipality).await.unwrap()[0].id.to_string();
    let list = "/admin/skoler";
    let made = app
        .post_as(
            Some(admin),
            list,
            list,
            &[
                ("navn", name),
                ("by", town.as_str()),
                ("handling", "tilfoej"),
            ],
        )
        .await;
    assert_eq!(made.status(), StatusCode::SEE_OTHER);
    let school_page = location(&made);
    assert!(school_page.ends_with("?ok=skole"), "{school_page}");
    let school = id_in(&school_page, "/admin/skole/");
    let page = format!("/admin/skole/{school}");
    let class = app
        .post_as(
            Some(admin),
            &page,
            &page,
            &[
                ("klassetrin", "7"),
                ("bogstav", "b"),
                ("handling", "klasse"),
            ],
        )
        .await;
    assert_eq!(class.status(), StatusCode::SEE_OTHER);
    let teacher = make_account(&store, teacher_email, "adgangskode123", &[], &[]).await;
    let linked = app
        .post_as(
            Some(admin),
            &page,
            &page,
            &[("email", teacher_email), ("handling", "laerer")],
        )
        .await;
    assert_eq!(linked.status(), StatusCode::SEE_OTHER);
    let (_, html) = text_as(app, admin, &location(&linked)).await;
    assert!(
        html.contains("Læreren er tilføjet.") && html.contains("7.b"),
        "{html}"
    );
    let class_href = html
        .split("/admin/klasse/")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap()
        .parse::<i64>()
        .unwrap();
    (school, class_href, session_for(&store, teacher).await)
}

/// One pupil's answers sent to `/puls`.
async fn answer(app: &TestApp, code: &str, score: [&str; 3], breaks: &str) -> reqwest::Response {
    app.post_as(
        None,
        "/puls",
        "/puls",
        &[
            ("kode", code),
            ("mangler", score[0]),
            ("udenfor", score[1]),
            ("alene", score[2]),
            ("frikvarter", breaks),
            ("handling", "send"),
        ],
    )
    .await
}

async fn a_class_pulse_shows_nothing_under_ten_and_rounded_shares_from_ten(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let admin = make_account(
        &store,
        "adm@example.org",
        "adgangskode123",
        &[Role::Administrator],
        &[],
    )
    .await;
    let admin = session_for(&store, admin).await;

    // Mistakes in the administrator's forms: Danish, nothing typed lost.
    let bad = app
        .post_as(
            Some(&admin),
            "/admin/skoler",
            "/admin/skoler",
            &[("navn", "Vig Skole"), ("by", ""), ("handling", "tilfoej")],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let html = bad.text().await.unwrap();
    assert!(
        html.contains("Vælg byen, skolen ligger i.") && html.contains("value=\"Vig Skole\""),
        "{html}"
    );

    let (school, class, teacher) =
        school_with_class(&app, &admin, "Asnæs Skole", "laerer@example.org").await;
    let page = format!("/admin/skole/{school}");
    let bad = app
        .post_as(
            Some(&admin),
            &page,
            &page,
            &[
                ("klassetrin", "12"),
                ("bogstav", "c"),
                ("handling", "klasse"),
            ],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let html = bad.text().await.unwrap();
    assert!(
        html.contains("Skriv klassetrinnet som et tal fra 0 til 10.")
            && html.contains("value=\"12\""),
        "{html}"
    );

    // The teacher opens the pulse: a code and how long it is open.
    let pulse = format!("/admin/klasse/{class}/puls");
    let (status, html) = text_as(&app, &teacher, &pulse).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Klassen har ikke haft en puls endnu."),
        "{html}"
    );
    let opened = app
        .post_as(Some(&teacher), &pulse, &pulse, &[("handling", "aabn")])
        .await;
    assert_eq!(opened.status(), StatusCode::SEE_OTHER);
    let (_, html) = text_as(&app, &teacher, &location(&opened)).await;
    assert!(
        html.contains("Pulsen er åben.") && html.contains("Koden virker i dag indtil kl. 00.00"),
        "{html}"
    );
    let code = html
        .split("<p class=\"pulse-code\"><strong>")
        .nth(1)
        .and_then(|rest| rest.split("</strong>").next())
        .unwrap()
        .to_owned();
    assert_eq!(code.len(), 6, "{code}");

    // The pupils' page: small, no script.
    let (status, form) = app.get_text("/puls").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        form.len() <= 20 * 1024 && !form.contains("<script"),
        "{} bytes",
        form.len()
    );
    assert!(form.contains("Hvor tit føler du dig alene, selvom du er sammen med andre?"));
    // The pupils' words read easily: LIX 25 at most.
    let words: Vec<String> = [
        "pulse-title",
        "pulse-lead",
        "pulse-anonymous",
        "pulse-code",
        "pulse-code-hint",
        "pulse-q-lacks",
        "pulse-q-left-out",
        "pulse-q-alone",
        "pulse-q-breaks",
        "pulse-error-code",
        "pulse-thanks-saved",
        "pulse-thanks-title",
        "pulse-thanks-text",
    ]
    .iter()
    .map(|k| sammen::i18n::Lang::Da.t(k))
    .collect();
    let reading = sammen::pages::lix::measure(&words);
    assert!(reading.lix <= 25.0, "LIX {}", reading.lix);

    // A wrong code: a Danish error, the answers kept.
    let wrong = answer(&app, "AAAAAA", ["3", "2", "1"], "nej").await;
    assert_eq!(wrong.status(), StatusCode::BAD_REQUEST);
    let html = wrong.text().await.unwrap();
    assert!(
        html.contains("Koden passer ikke, eller pulsen er lukket."),
        "{html}"
    );
    assert!(
        html.contains("value=\"AAAAAA\"")
            && html.contains("id=\"mangler-2\" name=\"mangler\" value=\"3\" checked"),
        "{html}"
    );

    // 25 pupils. Severely lonely (3+2+2 = 7): the first 12; "Nej" in the breaks: the last 10.
    for i in 0..25 {
        let score = if i < 12 {
            ["3", "2", "2"]
        } else {
            ["1", "1", "1"]
        };
        let breaks = if i >= 15 {
            "nej"
        } else if i % 2 == 0 {
            "ja"
        } else {
            "nogle-gange"
        };
        let sent = answer(&app, &code.to_lowercase(), score, breaks).await;
        assert_eq!(sent.status(), StatusCode::SEE_OTHER, "answer {i}");
        assert!(location(&sent).ends_with("/puls/tak"));
        if i == 8 {
            // 9 answers: nothing at all.
            let (_, html) = text_as(&app, &teacher, &pulse).await;
            assert!(html.contains(TOO_FEW), "{html}");
            assert!(!html.contains(" %") && !html.contains("Omkring"), "{html}");
            let (_, html) = text_as(&app, &admin, &pulse).await;
            assert!(html.contains(TOO_FEW) && !html.contains(" %"), "{html}");
            // The CSV and the JSON: no figure at all, "too few" said in a field.
            for who in [&teacher, &admin] {
                let row = pulse_csv(&app, who, class).await;
                assert_eq!(field(&row, "status"), "too_few");
                assert_eq!(field(&row, "class"), "7.b");
                assert!(field(&row, "note").contains(TOO_FEW), "{row:?}");
                for (name, value) in &row {
                    if name.contains("lonely")
                        || name.contains("breaks")
                        || name == "answers"
                        || name == "many_feel_alone"
                    {
                        assert!(value.is_empty(), "{name} = {value}");
                    }
                }
                let json = pulse_json(&app, who, class).await;
                let summary = &json["summary"];
                assert_eq!(summary["status"], "too_few", "{json}");
                assert!(
                    summary["message"].as_str().unwrap().contains(TOO_FEW),
                    "{json}"
                );
                // Nothing but the status and the words: no count, no share.
                let mut keys: Vec<&String> = summary.as_object().unwrap().keys().collect();
                keys.sort();
                assert_eq!(keys, ["message", "status"], "{json}");
            }
        }
    }
    let (status, thanks) = app.get_text("/puls/tak").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        thanks.contains("Tak for dine svar") && thanks.contains("tel:"),
        "{thanks}"
    );

    // 25 answers, worked out by hand: 25 → 25 answers; lonely 12 → 10 (13 not → 15):
    // 10/25 = 40 %; "Nej" 10 → 10 (15 others → 15): 10/25 = 40 %. 40 % ≥ 20 %: activities.
    let (_, html) = text_as(&app, &teacher, &pulse).await;
    assert!(!html.contains(TOO_FEW), "{html}");
    for text in [
        "Omkring 25 elever har svaret",
        "40 % føler sig tit ensomme",
        "40 % har ikke nogen at være sammen med i frikvartererne",
        "Lav nye grupper på tværs af vennegrupper",
    ] {
        assert!(html.contains(text), "{text} missing in {html}");
    }

    // The same rounded shares in the CSV and the JSON.
    let row = pulse_csv(&app, &teacher, class).await;
    for (name, value) in [
        ("status", "shown"),
        ("answers", "25"),
        ("severely_lonely_count", "10"),
        ("severely_lonely_percent", "40"),
        ("no_one_in_breaks_count", "10"),
        ("no_one_in_breaks_percent", "40"),
        ("many_feel_alone", "yes"),
        ("opened_on", &common::today().to_string()),
    ] {
        assert_eq!(field(&row, name), value, "{name} in {row:?}");
    }
    let json = pulse_json(&app, &admin, class).await;
    assert_eq!(json["class"], "7.b");
    assert_eq!(json["school"], "Asnæs Skole");
    let summary = &json["summary"];
    assert_eq!(summary["status"], "shown", "{json}");
    assert_eq!(summary["answers"], 25);
    for share in ["severely_lonely", "no_one_in_breaks"] {
        assert_eq!(summary[share]["count"], 10, "{json}");
        assert_eq!(summary[share]["percent"], 40, "{json}");
        assert_eq!(summary[share]["hidden"], false, "{json}");
    }
    assert_eq!(summary["many_feel_alone"], true);

    // The stored rows: the pulse, the day, the answers — nothing finer than the day, no
    // address, no list of pupils.
    let pool = raw_pool(&db).await;
    let rows = sqlx::query("SELECT * FROM pulse_answer")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(rows.len(), 25);
    let today = common::today().to_string();
    for row in &rows {
        let columns: Vec<String> = row
            .columns()
            .iter()
            .map(|c| sqlx::Column::name(c).to_owned())
            .collect();
        assert_eq!(
            columns,
            [
                "id",
                "pulse_id",
                "day",
                "lacks_company",
                "left_out",
                "alone_with_others",
                "breaks"
            ],
        );
        let day: String = row.try_get("day").unwrap();
        assert_eq!(day, today);
        let id: String = row.try_get("id").unwrap();
        assert!(
            id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()),
            "{id}"
        );
    }
    let class_columns: Vec<String> = sqlx::query("SELECT * FROM school_class")
        .fetch_all(&pool)
        .await
        .unwrap()[0]
        .columns()
        .iter()
        .map(|c| sqlx::Column::name(c).to_owned())
        .collect();
    assert_eq!(
        class_columns,
        ["id", "school_id", "grade", "letter", "created_at"]
    );
    // No audit line or change-log row per answer (each would carry the second).
    let audited: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE subject_type = 'class_pulse'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(audited, 1, "only the opening");

    // The teacher closes the pulse: the code no longer works, nothing typed lost.
    let closed = app
        .post_as(Some(&teacher), &pulse, &pulse, &[("handling", "luk")])
        .await;
    assert_eq!(closed.status(), StatusCode::SEE_OTHER);
    let (_, html) = text_as(&app, &teacher, &location(&closed)).await;
    assert!(
        html.contains("Pulsen er lukket.") && html.contains("40 % føler sig tit ensomme"),
        "{html}"
    );
    let late = answer(&app, &code, ["1", "1", "1"], "ja").await;
    assert_eq!(late.status(), StatusCode::BAD_REQUEST);
    let html = late.text().await.unwrap();
    assert!(
        html.contains("Koden passer ikke, eller pulsen er lukket.")
            && html.contains(&format!("value=\"{code}\"")),
        "{html}"
    );
    let still: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM pulse_answer")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(still, 25);
}

async fn another_schools_teacher_sees_nothing(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let admin = make_account(
        &store,
        "adm@example.org",
        "adgangskode123",
        &[Role::Administrator],
        &[],
    )
    .await;
    let admin = session_for(&store, admin).await;
    let (school, class, own) =
        school_with_class(&app, &admin, "Vig Skole", "vig@example.org").await;
    let (_, _, other) = school_with_class(&app, &admin, "Hørve Skole", "hoerve@example.org").await;
    let pulse = format!("/admin/klasse/{class}/puls");
    assert_eq!(
        app.get_as(Some(&own), &pulse).await.status(),
        StatusCode::OK
    );
    for path in [
        pulse.clone(),
        format!("/admin/skole/{school}"),
        format!("{pulse}.csv"),
        format!("{pulse}.json"),
    ] {
        assert_eq!(
            app.get_as(Some(&other), &path).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    // The JSON download's refusal is JSON, with a code.
    let refused = app.get_as(Some(&other), &format!("{pulse}.json")).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let body: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(body["error"]["code"], "forbidden", "{body}");
    // No pulse yet: the exports say so, with no figure.
    let row = pulse_csv(&app, &own, class).await;
    assert_eq!(field(&row, "status"), "no_pulse");
    assert_eq!(
        pulse_json(&app, &own, class).await["summary"]["status"],
        "no_pulse"
    );
    // Opening another school's pulse: 403, with a valid form token from their own account page.
    let opened = app
        .post_as(Some(&other), &pulse, "/konto", &[("handling", "aabn")])
        .await;
    assert_eq!(opened.status(), StatusCode::FORBIDDEN);
    // The teachers' list shows their own school only.
    let (_, html) = text_as(&app, &other, "/admin/skoler").await;
    assert!(
        html.contains("Hørve Skole") && !html.contains("Vig Skole"),
        "{html}"
    );
    // An unknown class: 404.
    assert_eq!(
        app.get_as(Some(&own), "/admin/klasse/999999/puls")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}
