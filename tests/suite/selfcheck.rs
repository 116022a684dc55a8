//! The anonymous self-check over HTTP, on both backends.

use crate::common;

use common::{TestApp, TestDb};
use reqwest::StatusCode;

both_backends!(
    the_form_asks_three_questions_and_sets_no_cookie,
    a_missing_answer_is_a_danish_error_that_keeps_the_rest,
    answers_lead_to_next_steps_scaled_to_them,
    only_consent_counts_and_small_cells_stay_hidden,
);

async fn post(app: &TestApp, fields: &[(&str, &str)]) -> (StatusCode, String, bool) {
    let response = app.post_form("/hvordan-har-du-det", fields).await;
    let cookie = response.headers().get("set-cookie").is_some();
    (response.status(), response.text().await.unwrap(), cookie)
}

async fn the_form_asks_three_questions_and_sets_no_cookie(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let response = app.get("/hvordan-har-du-det").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers().get("set-cookie").is_none());
    let html = response.text().await.unwrap();
    for q in [
        "mangler nogen at være sammen med",
        "føler du dig udenfor",
        "isoleret fra andre",
    ] {
        assert!(html.contains(q), "question '{q}'");
    }
    // Three answers to each of the scale's three questions, and yes, no, don't know to
    // each of the two optional ones.
    for q in ["q1", "q2", "q3"] {
        assert_eq!(html.matches(&format!("name=\"{q}\"")).count(), 3, "{q}");
    }
    for q in ["transport", "tale"] {
        assert_eq!(html.matches(&format!("name=\"{q}\"")).count(), 3, "{q}");
    }
    assert_eq!(html.matches("type=\"radio\"").count(), 9 + 6);
    assert!(
        html.contains("method=\"post\""),
        "answers stay out of the address bar"
    );
    let (status, home) = app.get_text("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        home.contains("href=\"/hvordan-har-du-det\""),
        "the home page leads here"
    );
    app.stop().await;
}

async fn a_missing_answer_is_a_danish_error_that_keeps_the_rest(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, html, cookie) = post(&app, &[("q1", "3"), ("q3", "9")]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(!cookie);
    assert!(html.contains("Der er problemer"));
    assert!(html.contains("Vælg, hvor ofte du føler dig udenfor."));
    assert!(
        html.contains("Vælg, hvor ofte du føler dig isoleret fra andre."),
        "an answer not on the scale is refused"
    );
    assert!(
        html.contains("id=\"q1-3\" name=\"q1\" value=\"3\" checked"),
        "the given answer is kept"
    );
    app.stop().await;
}

async fn answers_lead_to_next_steps_scaled_to_them(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, seldom, _) = post(&app, &[("q1", "1"), ("q2", "1"), ("q3", "2")]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(seldom.contains("Det lyder, som om du har mennesker omkring dig"));
    // Helping someone else leads to the conversation guide (a written page in the demo).
    assert!(
        seldom.contains("href=\"/side/saadan-spoerger-du\""),
        "{seldom}"
    );
    let (status, often, _) = post(&app, &[("q1", "3"), ("q2", "2"), ("q3", "2")]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(often.contains("Ensomhed er en følelse – ikke en fejl hos dig"));
    assert!(often.contains("At være alene er ikke det samme som at være ensom"));
    // With severe loneliness the phone lines come before anything else.
    let phones = often.find("Har du brug for at tale med nogen?").unwrap();
    let steps = often.find("Det kan du gøre nu").unwrap();
    assert!(phones < steps);
    for label in [
        "du er ensom",
        "svært ensom",
        "meget ensom",
        "din score",
        "point",
    ] {
        assert!(
            !often.to_lowercase().contains(label),
            "no label or number is put on the person: {label}"
        );
    }
    app.stop().await;
}

async fn only_consent_counts_and_small_cells_stay_hidden(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let answer = [("q1", "3"), ("q2", "3"), ("q3", "2"), ("alder", "65-79")];
    for _ in 0..6 {
        let (status, html, _) = post(&app, &answer).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("Det kan du gøre nu"), "the answer page");
        assert!(!html.contains("Dit svar er talt anonymt med"));
    }
    assert!(
        store
            .selfcheck_cells(municipality)
            .await
            .unwrap()
            .is_empty(),
        "nothing is counted without consent"
    );
    let consented = [
        ("q1", "3"),
        ("q2", "3"),
        ("q3", "2"),
        ("alder", "65-79"),
        ("taelles", "ja"),
    ];
    for _ in 0..9 {
        let (status, html, _) = post(&app, &consented).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("Dit svar er talt anonymt med"));
    }
    assert!(
        store
            .selfcheck_cells(municipality)
            .await
            .unwrap()
            .is_empty(),
        "a cell of 9 is never shown (the one rule: under 10 hidden)"
    );
    assert_eq!(post(&app, &consented).await.0, StatusCode::OK);
    let cells = store.selfcheck_cells(municipality).await.unwrap();
    assert_eq!(cells.len(), 1);
    assert_eq!(
        (cells[0].age_band.as_str(), cells[0].score, cells[0].count),
        ("65-79", 8, 10)
    );
    for _ in 0..2 {
        assert_eq!(post(&app, &consented).await.0, StatusCode::OK);
    }
    let cells = store.selfcheck_cells(municipality).await.unwrap();
    assert_eq!(cells[0].count, 10, "12 answers are shown rounded to 5");
    assert_eq!(
        cells[0].month.len(),
        7,
        "the month, nothing finer: {}",
        cells[0].month
    );
    let (status, _, _) = post(
        &app,
        &[("q1", "1"), ("q2", "1"), ("q3", "1"), ("alder", "<script>")],
    )
    .await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "an unknown age band is refused"
    );
    app.stop().await;
}
