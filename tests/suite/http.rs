//! The web shell over real HTTP, on both backends.

use crate::common;

use common::{TestApp, TestDb};
use reqwest::StatusCode;
use reqwest::header::{ACCEPT_ENCODING, ACCEPT_LANGUAGE, CACHE_CONTROL, CONTENT_TYPE, SET_COOKIE};

both_backends!(
    home_shows_the_municipality_the_arenas_and_the_demo_notice,
    home_is_small_sets_no_cookie_and_sends_security_headers,
    language_comes_from_the_url_or_accept_language,
    every_page_in_the_navigation_answers,
    directory_lists_offers_of_one_arena,
    an_unknown_arena_is_a_danish_400,
    not_found_is_a_danish_page_or_json_under_api,
    wrong_method_is_405_with_a_page,
    health_readiness_and_metrics,
    assets_are_fingerprinted_and_cached_for_a_year,
    demo_notice_can_be_switched_off,
    api_gives_the_municipality_as_json,
);

async fn home_shows_the_municipality_the_arenas_and_the_demo_notice(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, html) = app.get_text("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.starts_with("<!doctype html>\n<html lang=\"da\" dir=\"ltr\">"));
    assert!(html.contains("Odsherred Kommune"));
    assert!(html.contains("Eksempeldata"), "demo notice missing");
    assert!(html.contains(r##"<a class="skip-link" href="#main">"##));
    assert!(html.contains("<meta name=\"description\" content=\"Sammen om Odsherred"));
    for arena in [
        "Hjem og bolig",
        "Dagtilbud, skole og uddannelse",
        "Fritid og fællesskaber",
        "Arbejdsliv og beskæftigelse",
        "Sundhed og pleje",
    ] {
        assert!(html.contains(arena), "arena {arena} missing");
    }
    for section in [
        "Vejviser",
        "Kalender",
        "Bussen",
        "Ambassadører",
        "Om ensomhed",
    ] {
        assert!(
            html.contains(&format!(">{section}</a>")),
            "navigation to {section} missing"
        );
    }
    assert!(html.contains("Privatliv og cookies") && html.contains("Tilgængelighedserklæring"));
    assert!(
        !html.contains("<script"),
        "the home page needs no JavaScript"
    );
    app.stop().await;
}

async fn home_is_small_sets_no_cookie_and_sends_security_headers(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let response = app
        .client
        .get(app.url("/"))
        .header(ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-encoding"], "gzip");
    assert!(
        response.headers().get(SET_COOKIE).is_none(),
        "an anonymous visitor gets no cookie"
    );
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    assert_eq!(response.headers()["referrer-policy"], "no-referrer");
    assert!(response.headers().get("x-request-id").is_some());
    let html_bytes = response.bytes().await.unwrap().len();
    let (status, html) = app.get_text("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Odsherred Kommune"), "the home page");
    let css_href = html
        .split("rel=\"stylesheet\" href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let css = app
        .client
        .get(app.url(&css_href))
        .header(ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(css.status(), StatusCode::OK);
    assert!(css.headers().get(SET_COOKIE).is_none());
    let css_bytes = css.bytes().await.unwrap().len();
    assert!(
        html_bytes + css_bytes < 30 * 1024,
        "home page is {html_bytes} + {css_bytes} bytes compressed"
    );
    // Nothing on the page points at another host.
    for attr in ["src=\"http", "href=\"http", "url(http"] {
        assert!(
            !html.contains(attr),
            "external reference {attr} on the home page"
        );
    }
    app.stop().await;
}

async fn language_comes_from_the_url_or_accept_language(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, en) = app.get_text("/en/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        en.contains("<html lang=\"en\" dir=\"ltr\">")
            && en.contains("Find communities that suit you")
    );
    assert!(
        en.contains("href=\"/en/vejviser\""),
        "links keep the language"
    );
    let response = app
        .client
        .get(app.url("/"))
        .header(ACCEPT_LANGUAGE, "en-GB,en;q=0.9,da;q=0.5")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-language"], "en");
    assert!(
        response
            .headers()
            .get_all("vary")
            .iter()
            .any(|v| v == "accept-language")
    );
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("<html lang=\"en\" dir=\"ltr\">")
    );
    // Ukrainian and Arabic the same way; Arabic right to left.
    let response = app
        .client
        .get(app.url("/"))
        .header(ACCEPT_LANGUAGE, "uk-UA,uk;q=0.9,ru;q=0.5")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-language"], "uk");
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Знайдіть спільноту, яка вам підходить")
    );
    let (_, ar) = app.get_text("/ar/").await;
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">") && ar.contains("ابحث عن مجموعات تناسبك"));
    assert!(
        ar.contains("href=\"/ar/vejviser\""),
        "links keep the language"
    );
    // The municipality's own words stay Danish, and say so.
    assert!(ar.contains("lang=\"da\" dir=\"ltr\""), "{ar}");
    // An explicit /da wins over the browser's wish.
    let response = app
        .client
        .get(app.url("/da/om-ensomhed"))
        .header(ACCEPT_LANGUAGE, "en")
        .send()
        .await
        .unwrap();
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("At være alene er ikke det samme som at være ensom")
    );
    // Query strings survive the prefix.
    let (_, page) = app.get_text("/en/vejviser?livsarena=fritid").await;
    assert!(
        page.contains("offers match")
            && page.contains("<option value=\"fritid\" selected>Leisure and communities"),
        "English directory by arena"
    );
    app.stop().await;
}

async fn every_page_in_the_navigation_answers(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    for path in [
        "/",
        "/vejviser",
        "/kalender",
        "/bussen",
        "/ambassadorer",
        "/om-ensomhed",
        "/privatliv",
        "/tilgaengelighed",
    ] {
        for prefix in ["", "/en"] {
            let (status, html) = app.get_text(&format!("{prefix}{path}")).await;
            assert_eq!(status, StatusCode::OK, "{prefix}{path}");
            assert!(
                html.contains("<main id=\"main\""),
                "{prefix}{path} has no main landmark"
            );
            assert!(
                !html.contains("nav-") && !html.contains("-title<"),
                "{prefix}{path} shows a raw text key"
            );
            assert!(
                !html.contains("<script"),
                "{prefix}{path} must work without JavaScript"
            );
        }
    }
    app.stop().await;
}

async fn directory_lists_offers_of_one_arena(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, html) = app.get_text("/vejviser?livsarena=sundhed").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<option value=\"sundhed\" selected>Sundhed og pleje"));
    let results = html.matches("<li class=\"result\">").count();
    assert!(results >= 8, "only {results} health offers");
    assert!(
        html.contains("Oplysningerne er sidst bekræftet"),
        "freshness is visible"
    );
    app.stop().await;
}

async fn an_unknown_arena_is_a_danish_400(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, html) = app.get_text("/vejviser?livsarena=%3Cscript%3E").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("Der er problemer") && html.contains("Vælg en livsarena fra listen."));
    assert!(
        html.contains("href=\"#livsarena\""),
        "the error summary links to the field"
    );
    assert!(!html.contains("<script>"));
    app.stop().await;
}

async fn not_found_is_a_danish_page_or_json_under_api(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, html) = app.get_text("/findes-ikke").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("<h1>Siden findes ikke</h1>") && html.contains("Gå til forsiden"));
    let (status, html) = app.get_text("/en/no-such-page").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Page not found"));
    let response = app.get("/api/findes-ikke").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(
        response.headers()[CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_found");
    let (status, _) = app.get_text("/static/sammen.000000000000.css").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "an old fingerprint is gone");
    app.stop().await;
}

async fn wrong_method_is_405_with_a_page(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let response = app.client.delete(app.url("/")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert!(response.headers().get("allow").is_some());
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Det kan man ikke her")
    );
    app.stop().await;
}

async fn health_readiness_and_metrics(db: TestDb) {
    // /readyz and /metrics need the operators' token (tests/suite/hardening.rs).
    let mut config = db.config();
    config.ops_token = Some("test-ops-token-0123456789".into());
    let app = TestApp::spawn_with(config).await;
    let ops = |path: &str| {
        let request = app
            .client
            .get(app.url(path))
            .bearer_auth("test-ops-token-0123456789");
        async move {
            let response = request.send().await.unwrap();
            (response.status(), response.text().await.unwrap())
        }
    };
    assert_eq!(
        app.get_text("/healthz").await,
        (StatusCode::OK, "ok\n".to_owned())
    );
    assert!(
        app.get_text("/robots.txt")
            .await
            .1
            .starts_with("User-agent: *")
    );
    assert_eq!(ops("/readyz").await, (StatusCode::OK, "ready\n".to_owned()));
    app.get("/").await;
    let (status, metrics) = ops("/metrics").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        metrics.contains("sammen_http_requests_total{method=\"GET\",route=\"/\",status=\"200\"}"),
        "{metrics}"
    );
    assert!(metrics.contains("sammen_jobs{status=\"waiting\"}"));
    // With the database gone, the server is alive but not ready.
    app.server().store.close().await;
    assert_eq!(app.get_text("/healthz").await.0, StatusCode::OK);
    assert_eq!(ops("/readyz").await.0, StatusCode::SERVICE_UNAVAILABLE);
    // Reading is served from memory and goes on; a write says plainly that it cannot.
    assert_eq!(app.get_text("/vejviser?q=kor").await.0, StatusCode::OK);
    let response = app
        .post_form("/tilbud/1", &[("besked", "Tiden er ændret")])
        .await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Siden er midlertidigt utilgængelig")
    );
    app.stop().await;
}

async fn assets_are_fingerprinted_and_cached_for_a_year(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let html = app.get_text("/").await.1;
    let href = html
        .split("rel=\"stylesheet\" href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    assert!(href.starts_with("/static/sammen.") && href.ends_with(".css"));
    let response = app.get(&href).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()[CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(response.headers()[CONTENT_TYPE], "text/css; charset=utf-8");
    app.stop().await;
}

async fn demo_notice_can_be_switched_off(db: TestDb) {
    let mut config = db.config();
    config.demo_notice = false;
    let app = TestApp::spawn_with(config).await;
    let (status, html) = app.get_text("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Odsherred Kommune"),
        "the demo municipality's home page"
    );
    assert!(!html.contains("Eksempeldata"));
    app.stop().await;
}

async fn api_gives_the_municipality_as_json(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let body: serde_json::Value = app.get("/api/municipality").await.json().await.unwrap();
    assert_eq!(body["municipality"]["slug"], "odsherred");
    let towns = body["towns"].as_array().unwrap();
    assert!(towns.len() >= 27);
    assert!(
        towns
            .iter()
            .any(|t| t["name"] == "Hørve" && t["approximate"] == false)
    );
    assert!(
        towns.iter().any(|t| t["approximate"] == true),
        "hand-placed towns are marked"
    );
    app.stop().await;
}
