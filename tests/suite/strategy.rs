//! The local strategy as data (issue 18) over HTTP on both backends: an editor writes a
//! goal and an initiative at `/admin/strategi` (Danish errors that keep what was typed,
//! unknown offers and events named, a confirmation after saving); `/strategi` shows them
//! with their links; each save has its audit line and change-log row in its own
//! transaction; the demo's strategy loads with every reference resolved.

use crate::common;

use common::{TestApp, TestDb, make_account, raw_pool, refuse_inserts, session_for};
use reqwest::StatusCode;
use sammen::auth::Role;

both_backends!(
    an_editor_keeps_the_strategy_and_the_public_page_shows_it,
    a_save_and_its_audit_line_are_one_transaction,
    the_demo_strategy_is_shown_with_its_links,
);

async fn editor(app: &TestApp) -> String {
    let store = &app.server().store;
    let id = make_account(
        store,
        "strategi@example.org",
        "adgangskode123",
        &[Role::Editor],
        &[],
    )
    .await;
    session_for(store, id).await
}

async fn count(pool: &sqlx::AnyPool, sql: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned()))
        .fetch_one(pool)
        .await
        .unwrap()
}

async fn an_editor_keeps_the_strategy_and_the_public_page_shows_it(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let cookie = editor(&app).await;
    let pool = raw_pool(&db).await;
    let goals_before = count(&pool, "SELECT COUNT(*) FROM strategy_goal").await;

    // A goal with no life arena and a one-letter title: refused, what was typed kept.
    let new_goal = "/admin/strategi/maal/ny";
    let response = app
        .post_as(
            Some(&cookie),
            new_goal,
            new_goal,
            &[("titel", "X"), ("beskrivelse", "Vi vil have flere med")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("Vælg den livsarena, målet hører til."),
        "{html}"
    );
    assert!(html.contains("Skriv en titel på mellem 3 og 120 tegn."));
    assert!(
        html.contains(">Vi vil have flere med</textarea>"),
        "nothing lost"
    );
    assert!(html.contains("value=\"X\""));
    assert_eq!(
        count(&pool, "SELECT COUNT(*) FROM strategy_goal").await,
        goals_before
    );

    let response = app
        .post_as(
            Some(&cookie),
            new_goal,
            new_goal,
            &[
                ("livsarena", "work"),
                ("titel", "Ledige har et fællesskab"),
                ("beskrivelse", "Morgenkaffe og netværk."),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/admin/strategi?gemt=1");
    let html = app
        .get_as(Some(&cookie), "/admin/strategi?gemt=1")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Gemt. Ændringen vises nu på siden om strategien."));
    assert!(html.contains("Ledige har et fællesskab"));
    let goal: i64 = count(&pool, "SELECT MAX(id) FROM strategy_goal").await;

    // An initiative: bad dates, an unknown status, ids that are no numbers.
    let new_initiative = format!("/admin/strategi/initiativ/ny?maal={goal}");
    let goal_text = goal.to_string();
    let bad = [
        ("maal", goal_text.as_str()),
        ("titel", "Jobcafé med kaffe"),
        ("ansvarlig", "Jobcenter Odsherred"),
        ("arbejdsgruppe", "Arbejdsliv"),
        ("status", "maaske"),
        ("start", "31.2.2026"),
        ("slut", ""),
        ("tilbud", "12, tolv"),
        ("arrangementer", ""),
        ("indikatorer", "tilmeldinger"),
    ];
    let response = app
        .post_as(
            Some(&cookie),
            "/admin/strategi/initiativ/ny",
            &new_initiative,
            &bad,
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let html = response.text().await.unwrap();
    for text in [
        "Vælg en status.",
        "Skriv datoen som fx 1.3.2026, eller lad feltet stå tomt.",
        "Skriv numrene som tal adskilt af komma",
    ] {
        assert!(html.contains(text), "{text}: {html}");
    }
    assert!(html.contains("value=\"Jobcafé med kaffe\""), "nothing lost");
    assert!(html.contains("value=\"12, tolv\""));
    assert!(html.contains("value=\"tilmeldinger\" checked"));

    // Offers and events that are not the municipality's are named.
    let (offer, event): (i64, i64) = (
        count(&pool, "SELECT MIN(id) FROM offer").await,
        count(&pool, "SELECT MIN(id) FROM event").await,
    );
    let offers = format!("{offer}, 999999");
    let events = "888888".to_owned();
    let mut fields = bad.to_vec();
    fields.retain(|(k, _)| !matches!(*k, "status" | "start" | "slut" | "tilbud" | "arrangementer"));
    fields.extend([
        ("status", "running"),
        ("start", "1.3.2026"),
        ("slut", "2027-06-30"),
        ("tilbud", offers.as_str()),
        ("arrangementer", events.as_str()),
    ]);
    let response = app
        .post_as(
            Some(&cookie),
            "/admin/strategi/initiativ/ny",
            &new_initiative,
            &fields,
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("Disse tilbud findes ikke i kommunens vejviser: 999999."),
        "{html}"
    );
    assert!(html.contains("Disse arrangementer findes ikke i kommunens kalender: 888888."));
    let before = count(&pool, "SELECT COUNT(*) FROM strategy_initiative").await;

    // Good: saved, with its links, audit line and change-log row.
    let event_text = event.to_string();
    let offer_text = offer.to_string();
    for (k, v) in fields.iter_mut() {
        match *k {
            "tilbud" => *v = offer_text.as_str(),
            "arrangementer" => *v = event_text.as_str(),
            _ => {}
        }
    }
    let audit_before = count(
        &pool,
        "SELECT COUNT(*) FROM audit_log WHERE action = 'strategy_initiative.save'",
    )
    .await;
    let changes_before = count(
        &pool,
        "SELECT COUNT(*) FROM change_log WHERE entity = 'strategy_initiative'",
    )
    .await;
    let response = app
        .post_as(
            Some(&cookie),
            "/admin/strategi/initiativ/ny",
            &new_initiative,
            &fields,
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        count(&pool, "SELECT COUNT(*) FROM strategy_initiative").await,
        before + 1
    );
    assert_eq!(
        count(
            &pool,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'strategy_initiative.save'"
        )
        .await,
        audit_before + 1
    );
    assert_eq!(
        count(
            &pool,
            "SELECT COUNT(*) FROM change_log WHERE entity = 'strategy_initiative'"
        )
        .await,
        changes_before + 1
    );
    let id = count(&pool, "SELECT MAX(id) FROM strategy_initiative").await;
    let stored = count(
        &pool,
        &format!("SELECT COUNT(*) FROM strategy_link WHERE initiative_id = {id}"),
    )
    .await;
    assert_eq!(stored, 3, "an offer, an event, an indicator");

    // The public page: the goal under its arena, the initiative with its facts and links.
    let (status, html) = app.get_text("/strategi").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Ledige har et fællesskab"));
    assert!(html.contains("<h4>Jobcafé med kaffe</h4>"), "{html}");
    assert!(html.contains("I gang"));
    assert!(html.contains("1.3.2026 – 30.6.2027"));
    assert!(html.contains(&format!("href=\"/tilbud/{offer}\"")));
    assert!(html.contains(&format!("href=\"/arrangement/{event}\"")));
    assert!(html.contains("href=\"/tal#signups\""));
    assert!(
        !html.contains("/admin/strategi"),
        "no staff links in public"
    );
    let (_, english) = app.get_text("/en/strategi").await;
    assert!(english.contains("Running"));
    assert!(english.contains("href=\"/en/tal#signups\""));

    // Editing keeps the form filled in from what is stored; a change replaces the links.
    let page = format!("/admin/strategi/initiativ/{id}");
    let html = app.get_as(Some(&cookie), &page).await.text().await.unwrap();
    assert!(html.contains(&format!("value=\"{offer}\"")), "{html}");
    assert!(html.contains("value=\"2026-03-01\""));
    fields.retain(|(k, _)| !matches!(*k, "tilbud" | "status"));
    fields.extend([("tilbud", ""), ("status", "done")]);
    let response = app.post_as(Some(&cookie), &page, &page, &fields).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, html) = app.get_text("/strategi").await;
    assert!(!html.contains(&format!("href=\"/tilbud/{offer}\"")));
    assert!(html.contains("Afsluttet"));
    // Someone else's or no initiative: 404.
    let response = app
        .get_as(Some(&cookie), "/admin/strategi/initiativ/77777")
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    app.stop().await;
}

async fn a_save_and_its_audit_line_are_one_transaction(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let cookie = editor(&app).await;
    let pool = raw_pool(&db).await;
    let before = count(&pool, "SELECT COUNT(*) FROM strategy_goal").await;
    refuse_inserts(&db, "audit_log").await;
    let page = "/admin/strategi/maal/ny";
    let response = app
        .post_as(
            Some(&cookie),
            page,
            page,
            &[("livsarena", "home"), ("titel", "Ingen sidder alene")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        count(&pool, "SELECT COUNT(*) FROM strategy_goal").await,
        before,
        "without its audit line, the goal is not kept"
    );
    app.stop().await;
}

async fn the_demo_strategy_is_shown_with_its_links(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let pool = raw_pool(&db).await;
    assert_eq!(count(&pool, "SELECT COUNT(*) FROM strategy_goal").await, 5);
    assert!(count(&pool, "SELECT COUNT(*) FROM strategy_initiative").await >= 8);
    let (status, html) = app.get_text("/strategi").await;
    assert_eq!(status, StatusCode::OK);
    for text in [
        "Det føles naturligt at tale om ensomhed",
        "Den Glade Bus",
        "Venskabsgrupper ved skoleskift",
        "href=\"/tal#bus-visitors\"",
        "href=\"/arrangement/",
        "href=\"/tilbud/",
    ] {
        assert!(html.contains(text), "{text}");
    }
    // Every arena has its goal, in the national strategy's order.
    let at = |s: &str| html.find(s).unwrap();
    assert!(at("id=\"arena-home\"") < at("id=\"arena-school\""));
    assert!(at("id=\"arena-work\"") < at("id=\"arena-health\""));
    // Linked from /tal and the pages' menu.
    let (_, tal) = app.get_text("/tal").await;
    assert!(tal.contains("href=\"/strategi\""));
    let (_, about) = app.get_text("/om-ensomhed").await;
    assert!(about.contains("href=\"/strategi\""), "{about}");
    app.stop().await;
}
