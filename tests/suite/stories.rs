//! Stories (issue 19) over HTTP on both backends: the form's Danish errors keep what was
//! typed and nothing is stored without consent; an editor edits out a name and publishes;
//! the story is a voice on `/fortaellinger` and "Om ensomhed"; the writer withdraws it by
//! the private link and it is gone from every page at once, its text erased in the
//! database; a flood gets 429.

use crate::common;

use common::{TestApp, TestDb, location, make_account, raw_pool, session_for};
use reqwest::StatusCode;
use sammen::auth::Role;

both_backends!(
    a_story_is_shared_edited_published_and_withdrawn,
    the_story_form_says_what_is_wrong_and_keeps_nothing_without_consent,
    a_flood_of_stories_gets_429,
);

const STORY: &str = "Da Grethe flyttede fra Nykøbing, sad jeg alene hver aften.\n\nNu går jeg til strik i Asnæs om tirsdagen. Vi griner meget.";

fn story(body: &str) -> Vec<(&str, &str)> {
    vec![
        ("historie", body),
        ("underskrift", "Kvinde, 70 år"),
        ("livsarena", "leisure"),
        ("alder", "65+"),
        ("situation", "enke"),
        ("samtykke", "ja"),
    ]
}

/// Shares a story; returns its private link.
async fn share(app: &TestApp, body: &str) -> String {
    let response = app.post_form("/fortael", &story(body)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let link = location(&response);
    assert!(
        link.starts_with("/fortaelling/") && link.ends_with("?ny=1"),
        "{link}"
    );
    link.trim_end_matches("?ny=1").to_owned()
}

async fn a_story_is_shared_edited_published_and_withdrawn(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let link = share(&app, STORY).await;
    let (status, private) = app.get_text(&format!("{link}?ny=1")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(private.contains("Gem linket"), "{private}");
    assert!(private.contains("Da Grethe flyttede"));
    assert!(private.contains("ikke læst den endnu"));
    // Nothing public before an editor has read it.
    let (_, voices) = app.get_text("/fortaellinger").await;
    assert!(!voices.contains("strik i Asnæs"), "{voices}");

    let store = app.server().store.clone();
    let editor = make_account(
        &store,
        "red@example.org",
        "adgangskode123",
        &[Role::Editor],
        &[],
    )
    .await;
    let cookie = session_for(&store, editor).await;
    let desk = app.get_as(Some(&cookie), "/admin/fortaellinger").await;
    assert_eq!(desk.status(), StatusCode::OK);
    let desk = desk.text().await.unwrap();
    assert!(desk.contains("Venter på redaktør"), "{desk}");
    let pool = raw_pool(&db).await;
    let id: i64 = sqlx::query_scalar("SELECT id FROM story WHERE status = 'new'")
        .fetch_one(&pool)
        .await
        .unwrap();
    let page = format!("/admin/fortaelling/{id}");
    // The editor takes the name out and publishes.
    let edited = STORY.replace("Da Grethe flyttede fra Nykøbing", "Da min veninde flyttede");
    let response = app
        .post_as(
            Some(&cookie),
            &page,
            &page,
            &[
                ("historie", edited.as_str()),
                ("underskrift", "Kvinde, 70 år"),
                ("livsarena", "leisure"),
                ("alder", "65+"),
                ("situation", "enke"),
                ("handling", "udgiv"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    for path in [
        "/fortaellinger",
        "/fortaellinger?livsarena=leisure",
        "/om-ensomhed",
    ] {
        let (status, html) = app.get_text(path).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("Da min veninde flyttede"), "{path}: {html}");
        assert!(!html.contains("Grethe"), "{path}: the name is public");
        assert!(html.contains("Kvinde, 70 år"), "{path}");
    }
    let (_, other_arena) = app.get_text("/fortaellinger?livsarena=work").await;
    assert!(!other_arena.contains("veninde"));
    let (_, private) = app.get_text(&link).await;
    assert!(
        private.contains("bliver vist under Fortællinger"),
        "{private}"
    );

    // The writer withdraws it: gone everywhere at the next request, the text erased.
    let response = app
        .post_as(None, &link, &link, &[("handling", "traek-tilbage")])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    for path in ["/fortaellinger", "/om-ensomhed"] {
        let (_, html) = app.get_text(path).await;
        assert!(!html.contains("veninde"), "{path} still shows it");
    }
    let (_, private) = app.get_text(&link).await;
    assert!(private.contains("trukket historien tilbage"), "{private}");
    let (body, shown, status): (String, String, String) =
        sqlx::query_as("SELECT body, published_body, status FROM story WHERE id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(
        (body.as_str(), shown.as_str(), status.as_str()),
        ("", "", "withdrawn")
    );
    // The editor can no longer open it.
    assert_eq!(
        app.get_as(Some(&cookie), &page).await.status(),
        StatusCode::NOT_FOUND
    );
    let audit: Vec<String> =
        sqlx::query_scalar("SELECT action FROM audit_log WHERE action LIKE 'story.%' ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(audit, ["story.share", "story.publish", "story.withdraw"]);
    // The token is kept only as its hash.
    let token = link.trim_start_matches("/fortaelling/");
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM story WHERE token_hash = $1")
        .bind(token)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(stored, 0);
    // A wrong token is the ordinary 404.
    assert_eq!(
        app.get(&format!("/fortaelling/{}", "ab".repeat(32)))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    pool.close().await;
    app.stop().await;
}

async fn the_story_form_says_what_is_wrong_and_keeps_nothing_without_consent(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let mut fields = story(STORY);
    fields.retain(|(k, _)| *k != "samtykke" && *k != "alder");
    fields.push(("alder", "200+"));
    let response = app.post_form("/fortael", &fields).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("Sæt kryds, hvis vi må vise historien"),
        "{html}"
    );
    assert!(html.contains("Vælg fra listen"), "{html}");
    assert!(
        html.contains("Da Grethe flyttede"),
        "the story is kept in the form"
    );
    let response = app.post_form("/fortael", &story("For kort.")).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(response.text().await.unwrap().contains("40 til 3.000 tegn"));
    let pool = raw_pool(&db).await;
    // Nothing was stored (the demo's invented voices are all published).
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM story WHERE status <> 'published'")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(stored, 0);
    pool.close().await;
    app.stop().await;
}

async fn a_flood_of_stories_gets_429(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    for n in 0..5 {
        share(&app, &format!("{STORY} ({n})")).await;
    }
    let response = app.post_form("/fortael", &story(STORY)).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(response.text().await.unwrap().contains("Prøv igen om"));
    app.stop().await;
}
