//! The Social Vejviser over real HTTP, on both backends: search, filters, the offer page,
//! reporting wrong information, and the index following the database.

use crate::common;

use std::time::Duration;

use common::{TestApp, TestDb, eventually};
use reqwest::StatusCode;
use sammen::domain::{Channel, CostKind, HowToJoin, LifeArena, OfferStatus};
use sammen::store::directory::NewOffer;

both_backends!(
    search_forgives_inflection_typos_and_danish_letters,
    filters_narrow_and_count,
    distance_orders_and_limits_by_town,
    the_search_lives_in_the_url_and_pages,
    a_bad_filter_is_a_danish_error_that_keeps_the_input,
    the_offer_page_says_everything_in_plain_words,
    an_unknown_offer_is_404,
    a_report_reaches_the_moderators_and_is_confirmed,
    a_bad_report_keeps_what_was_written,
    a_robot_filling_the_hidden_field_is_thanked_and_ignored,
    a_new_offer_through_one_server_is_found_on_the_other,
    api_lists_offers_with_the_page_filters_and_a_cursor,
    api_errors_are_json_with_a_code_and_the_parameter,
    api_gives_one_offer_and_a_json_404,
    openapi_document_is_3_1_and_names_the_towns,
    landing_pages_per_arena_target_group_and_town,
    every_directory_page_is_under_30_kb_compressed,
    the_map_shows_the_same_results_drawn_here,
    the_printed_guide_groups_a_town_by_life_arena,
    an_offer_unconfirmed_for_12_months_is_marked_and_at_15_leaves_search,
    sammen_reindex_rebuilds_here_and_on_every_running_server,
);

/// Offer names in the order the results page lists them.
fn names(html: &str) -> Vec<String> {
    html.split("<li class=\"result\">")
        .skip(1)
        .filter_map(|chunk| {
            chunk
                .split("\">")
                .nth(1)?
                .split("</a>")
                .next()
                .map(str::to_owned)
        })
        .collect()
}

async fn search_forgives_inflection_typos_and_danish_letters(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    for (query, expected) in [
        ("fodboldklubben", "Fodbold i gåtempo for 60+"),
        ("fodbol", "Fodbold i gåtempo for 60+"),
        ("strikkecafe", "Strikkecafé i Aksen"),
        ("strik", "Strikkecafé i Aksen"),
    ] {
        let (status, html) = app.get_text(&format!("/vejviser?q={query}")).await;
        assert_eq!(status, StatusCode::OK);
        let found = names(&html);
        assert!(
            found.iter().take(5).any(|n| n == expected),
            "'{query}' should find '{expected}' in the top 5: {found:?}"
        );
    }
    app.stop().await;
}

async fn filters_narrow_and_count(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (_, all) = app.get_text("/vejviser").await;
    // The title is words only (the towns' links once slipped into it).
    let title = all
        .split("<title>")
        .nth(1)
        .unwrap()
        .split("</title>")
        .next()
        .unwrap();
    assert_eq!(
        title,
        "Vejviser til fællesskaber – Sammen Odsherred Kommune"
    );
    let (_, free) = app.get_text("/vejviser?gratis=1&alder=8").await;
    let count = |html: &str| -> usize {
        html.split("role=\"status\">")
            .nth(1)
            .unwrap()
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    assert!(count(&free) < count(&all));
    assert!(count(&free) > 0);
    assert!(free.contains("id=\"gratis\" name=\"gratis\" value=\"1\" checked"));
    // Counts per filter value are shown beside each choice.
    assert!(all.contains("Fritid og fællesskaber ("), "arena counts");
    let (_, phone) = app.get_text("/vejviser?kanal=telefon").await;
    assert!(count(&phone) >= 4);
    assert!(phone.contains("Over telefonen"));
    app.stop().await;
}

async fn distance_orders_and_limits_by_town(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, html) = app.get_text("/vejviser?by=H%C3%B8rve&km=5").await;
    assert_eq!(status, StatusCode::OK);
    let distances: Vec<f64> = html
        .split(" km fra Hørve")
        .filter_map(|chunk| {
            chunk
                .rsplit(['–', ' '])
                .next()?
                .replace(',', ".")
                .parse()
                .ok()
        })
        .collect();
    assert!(!distances.is_empty(), "distances are shown");
    assert!(
        distances.windows(2).all(|w| w[0] <= w[1]),
        "nearest first: {distances:?}"
    );
    assert!(
        distances.iter().all(|d| *d <= 5.0),
        "within 5 km: {distances:?}"
    );
    app.stop().await;
}

async fn the_search_lives_in_the_url_and_pages(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (_, first) = app.get_text("/vejviser").await;
    assert!(
        first.contains("Side 1 af"),
        "paging when there are many offers"
    );
    let next = first
        .split("rel=\"next\"")
        .next()
        .unwrap()
        .rsplit("href=\"")
        .next()
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    assert!(next.contains("side=2"), "{next}");
    let (status, second) = app.get_text(&next.replace("&amp;", "&")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(second.contains("Side 2 af"));
    assert_ne!(names(&first), names(&second));
    let (_, past_the_end) = app.get_text("/vejviser?side=999").await;
    assert!(
        !names(&past_the_end).is_empty(),
        "a page past the end shows the last page"
    );
    let (_, filtered) = app
        .get_text("/vejviser?q=kor&livsarena=fritid&alder=70")
        .await;
    assert!(
        filtered.contains("value=\"kor\"") && filtered.contains("value=\"70\""),
        "the form shows the search"
    );
    app.stop().await;
}

async fn a_bad_filter_is_a_danish_error_that_keeps_the_input(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, html) = app.get_text("/vejviser?q=kor&alder=gammel&by=Aarhus").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("Der er problemer"));
    assert!(html.contains("Skriv alderen som et tal fra 0 til 120 – fx 67."));
    assert!(html.contains("Vi kender ikke den by."));
    assert!(
        html.contains("value=\"gammel\"") && html.contains("value=\"kor\""),
        "nothing typed is lost"
    );
    assert!(html.contains("aria-describedby=\"alder-hint alder-error\""));
    app.stop().await;
}

async fn the_offer_page_says_everything_in_plain_words(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (_, search) = app.get_text("/vejviser?q=strikkecafe").await;
    let href = search
        .split("<li class=\"result\">")
        .nth(1)
        .unwrap()
        .split("href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let (status, html) = app.get_text(&href).await;
    assert_eq!(status, StatusCode::OK);
    for text in [
        "Strikkecafé i Aksen",
        "Hvornår",
        "De næste gange",
        "Nærmeste station",
        "Afstand fra byerne",
        "Oplysningerne er sidst bekræftet",
        "Er noget forkert?",
    ] {
        assert!(html.contains(text), "offer page lacks '{text}'");
    }
    assert!(html.contains("<meta property=\"og:title\" content=\"Strikkecafé i Aksen\">"));
    let json = html
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .unwrap()
        .split("</script>")
        .next()
        .unwrap();
    let ld: serde_json::Value = serde_json::from_str(json).expect("JSON-LD parses");
    assert_eq!(ld["@type"], "Service");
    assert_eq!(ld["name"], "Strikkecafé i Aksen");
    // The only script on the page is data, not code.
    assert_eq!(html.matches("<script").count(), 1);
    app.stop().await;
}

async fn an_unknown_offer_is_404(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    assert_eq!(
        app.get_text("/tilbud/999999").await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.get_text("/tilbud/abc").await.0, StatusCode::NOT_FOUND);
    assert_eq!(app.get_text("/tilbud/-1").await.0, StatusCode::NOT_FOUND);
    app.stop().await;
}

async fn a_report_reaches_the_moderators_and_is_confirmed(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let response = app
        .post_form(
            "/tilbud/1",
            &[
                ("besked", "De mødes nu om onsdagen."),
                ("kontakt", "ane@example.org"),
                ("website", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(location, "/tilbud/1?rettet=1#ret");
    let (_, html) = app.get_text("/tilbud/1?rettet=1").await;
    assert!(html.contains("Tak! Din besked er sendt til redaktionen."));
    assert_eq!(store.open_offer_reports(municipality).await.unwrap(), 1);
    let open = store.open_offer_report_list(municipality).await.unwrap();
    assert_eq!(
        (
            open[0].offer_id,
            open[0].message.as_str(),
            open[0].contact.as_str()
        ),
        (1, "De mødes nu om onsdagen.", "ane@example.org")
    );
    app.stop().await;
}

async fn a_bad_report_keeps_what_was_written(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let response = app
        .post_form(
            "/tilbud/1",
            &[("besked", "   "), ("kontakt", "ring til mig")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let html = response.text().await.unwrap();
    assert!(html.contains("Skriv, hvad der er forkert"));
    assert!(
        html.contains("value=\"ring til mig\""),
        "the contact field keeps its text"
    );
    let long = "x".repeat(2001);
    let response = app
        .post_form("/tilbud/1", &[("besked", long.as_str())])
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("højst være 2000 tegn")
    );
    let store = &app.server().store;
    let municipality = store.municipality(None).await.unwrap().id;
    assert_eq!(store.open_offer_reports(municipality).await.unwrap(), 0);
    app.stop().await;
}

async fn a_robot_filling_the_hidden_field_is_thanked_and_ignored(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let response = app
        .post_form(
            "/tilbud/1",
            &[
                ("besked", "Buy cheap pills"),
                ("website", "http://spam.example"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let store = &app.server().store;
    let municipality = store.municipality(None).await.unwrap().id;
    assert_eq!(store.open_offer_reports(municipality).await.unwrap(), 0);
    app.stop().await;
}

async fn a_new_offer_through_one_server_is_found_on_the_other(db: TestDb) {
    let a = TestApp::spawn(&db).await;
    let b = TestApp::spawn(&db).await;
    assert!(names(&b.get_text("/vejviser?q=vinterbadning").await.1).is_empty());
    let store = &a.server().store;
    let municipality = store.municipality(None).await.unwrap().id;
    let towns = store.towns(municipality).await.unwrap();
    let offers = store.offers(municipality).await.unwrap();
    let offer = NewOffer {
        organisation_id: offers[0].organisation.id,
        name: "Vinterbadning ved Nakke".into(),
        short_description: "Vi bader sammen hver søndag morgen – og drikker kaffe bagefter.".into(),
        description: "Kom og vær med.".into(),
        life_arenas: vec![LifeArena::Leisure, LifeArena::Health],
        target_groups: vec!["voksne".into()],
        activity_types: vec!["bevægelse".into()],
        age_min: 18,
        age_max: 90,
        cost: CostKind::Free,
        cost_amount_dkk: None,
        cost_note: String::new(),
        how_to_join: HowToJoin::ShowUp,
        newcomers_welcome: true,
        bring_someone: true,
        ambassador_can_join: false,
        channel: Channel::InPerson,
        place_id: None,
        town_id: towns.iter().find(|t| t.name == "Nakke").map(|t| t.id),
        address: "Stranden".into(),
        schedule_rrule: "FREQ=WEEKLY;BYDAY=SU".into(),
        schedule_exceptions: vec![],
        start_time: "08:00".into(),
        end_time: "09:00".into(),
        accessibility: vec![],
        languages: vec!["da".into()],
        status: OfferStatus::Active,
        last_confirmed_on: "2026-11-01".into(),
    };
    store.add_offer(municipality, &offer).await.unwrap();
    let found = eventually(Duration::from_secs(10), || async {
        names(&b.get_text("/vejviser?q=vinterbadning").await.1)
            .contains(&"Vinterbadning ved Nakke".to_owned())
    })
    .await;
    assert!(
        found,
        "server B's search index never saw the offer added through server A"
    );
    a.stop().await;
    b.stop().await;
}

async fn api_lists_offers_with_the_page_filters_and_a_cursor(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let first: serde_json::Value = app
        .get("/api/v1/offers?arena=leisure&limit=7")
        .await
        .json()
        .await
        .unwrap();
    let total = first["total"].as_u64().unwrap() as usize;
    assert!(total > 7);
    let mut seen: Vec<i64> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    let mut cursor = first["next_cursor"].as_str().map(str::to_owned);
    while let Some(c) = cursor {
        let page: serde_json::Value = app
            .get(&format!("/api/v1/offers?arena=leisure&limit=7&cursor={c}"))
            .await
            .json()
            .await
            .unwrap();
        seen.extend(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["id"].as_i64().unwrap()),
        );
        cursor = page["next_cursor"].as_str().map(str::to_owned);
    }
    let distinct: std::collections::HashSet<i64> = seen.iter().copied().collect();
    assert_eq!(
        (seen.len(), distinct.len()),
        (total, total),
        "every offer once across the pages"
    );
    let near: serde_json::Value = app
        .get("/api/v1/offers?town=H%C3%B8rve&radius_km=10&free=true&channel=in_person")
        .await
        .json()
        .await
        .unwrap();
    let near = near["items"].as_array().unwrap();
    assert!(!near.is_empty(), "free offers within 10 km of Hørve");
    for item in near {
        assert_eq!(item["cost"], "free");
        assert!(item["distance_km"].as_f64().unwrap() <= 10.0, "{item}");
    }
    app.stop().await;
}

async fn api_errors_are_json_with_a_code_and_the_parameter(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    for (query, parameter) in [
        ("age=old", "age"),
        ("limit=1000", "limit"),
        ("cursor=x", "cursor"),
        ("free=yes", "free"),
        ("day=", "day"),
        ("town=Aarhus", "town"),
    ] {
        let response = app.get(&format!("/api/v1/offers?{query}")).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{query}");
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["error"]["code"], "invalid_parameter", "{query}");
        assert_eq!(body["error"]["parameter"], parameter, "{query}");
        assert!(!body["error"]["message"].as_str().unwrap().is_empty());
    }
    app.stop().await;
}

async fn api_gives_one_offer_and_a_json_404(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let offer: serde_json::Value = app.get("/api/v1/offers/1").await.json().await.unwrap();
    assert_eq!(offer["id"], 1);
    assert!(offer["description"].as_str().is_some_and(|d| !d.is_empty()));
    assert!(offer["url"].as_str().unwrap().ends_with("/tilbud/1"));
    // Its HSDS id is the one the HSDS export gives it, and finds it again.
    let hsds_id = offer["hsds_id"].as_str().unwrap().to_owned();
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap();
    let exported = sammen::hsds::export(&store.hsds_source(&municipality).await.unwrap());
    let service = exported
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == offer["name"])
        .unwrap();
    assert_eq!(service["id"].as_str(), Some(hsds_id.as_str()));
    let again: serde_json::Value = app
        .get(&format!("/api/v1/offers/{hsds_id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(again["id"], 1);
    let missing = app
        .get("/api/v1/offers/00000000-0000-4000-8000-000000000000")
        .await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    let missing = app.get("/api/v1/offers/999999").await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    let body: serde_json::Value = missing.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_found");
    app.stop().await;
}

async fn openapi_document_is_3_1_and_names_the_towns(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let doc: serde_json::Value = app.get("/api/openapi.json").await.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let params = doc
        .pointer("/paths/~1api~1v1~1offers/get/parameters")
        .unwrap()
        .as_array()
        .unwrap();
    let town = params.iter().find(|p| p["name"] == "town").unwrap();
    assert!(
        town["schema"]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == "Hørve")
    );
    for name in [
        "q",
        "arena",
        "target_group",
        "age",
        "town",
        "radius_km",
        "day",
        "free",
        "limit",
        "cursor",
    ] {
        assert!(
            params.iter().any(|p| p["name"] == name),
            "parameter {name} documented"
        );
    }
    app.stop().await;
}

async fn landing_pages_per_arena_target_group_and_town(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, arena) = app.get_text("/vejviser/livsarena/sundhed").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        arena.contains("<h1>Sundhed og pleje</h1>")
            && arena.contains("<option value=\"sundhed\" selected>")
    );
    let (status, group) = app.get_text("/vejviser/maalgruppe/%C3%A6ldre").await;
    assert_eq!(status, StatusCode::OK);
    assert!(group.contains("<h1>Fællesskaber for målgruppen Ældre</h1>"));
    let (status, town) = app.get_text("/vejviser/by/H%C3%B8rve").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        town.contains("<h1>Fællesskaber i og omkring Hørve</h1>") && town.contains("km fra Hørve")
    );
    for missing in [
        "/vejviser/livsarena/ukendt",
        "/vejviser/maalgruppe/robotter",
        "/vejviser/by/Aarhus",
    ] {
        assert_eq!(
            app.get_text(missing).await.0,
            StatusCode::NOT_FOUND,
            "{missing}"
        );
    }
    let (_, home) = app.get_text("/").await;
    assert!(
        home.contains("href=\"/vejviser/livsarena/fritid\""),
        "the home page leads into the arenas"
    );
    app.stop().await;
}

async fn the_printed_guide_groups_a_town_by_life_arena(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, choose) = app.get_text("/vejviser/print").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        choose.contains("/vejviser/print?by=H%C3%B8rve"),
        "a town to choose"
    );
    let (status, guide) = app.get_text("/vejviser/print?by=H%C3%B8rve").await;
    assert_eq!(status, StatusCode::OK);
    assert!(guide.contains("<h1>Fællesskaber i Hørve</h1>"));
    let arenas = [
        "Hjem og bolig",
        "Dagtilbud, skole og uddannelse",
        "Fritid og fællesskaber",
        "Arbejdsliv og beskæftigelse",
        "Sundhed og pleje",
    ];
    let positions: Vec<usize> = arenas
        .iter()
        .map(|a| guide.find(&format!("<h2>{a}</h2>")).expect(a))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "arenas in order");
    assert!(guide.contains("Over telefonen og online"));
    assert!(guide.matches("<div class=\"guide-offer\">").count() >= 10);
    let (_, by_town) = app.get_text("/vejviser/print?town=H%C3%B8rve").await;
    assert!(
        by_town.contains("<h1>Fællesskaber i Hørve</h1>"),
        "?town= works too"
    );
    let (status, unknown) = app.get_text("/vejviser/print?by=Aarhus").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(unknown.contains("Vi kender ikke den by."));
    app.stop().await;
}

async fn every_directory_page_is_under_30_kb_compressed(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let css = {
        let (_, home) = app.get_text("/").await;
        let href = home
            .split("rel=\"stylesheet\" href=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned();
        app.client
            .get(app.url(&href))
            .header("accept-encoding", "gzip")
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap()
            .len()
    };
    for path in [
        "/vejviser",
        "/vejviser?q=strikkecafe",
        "/vejviser?livsarena=fritid&alder=70&by=H%C3%B8rve&km=20",
        "/vejviser/by/Asn%C3%A6s",
        "/vejviser/print?by=Nyk%C3%B8bing%20Sj%C3%A6lland",
        "/tilbud/1",
    ] {
        let response = app
            .client
            .get(app.url(path))
            .header("accept-encoding", "gzip")
            .send()
            .await
            .unwrap();
        assert_eq!(response.headers()["content-encoding"], "gzip", "{path}");
        let html = response.bytes().await.unwrap().len();
        assert!(html + css < 30 * 1024, "{path}: {html} + {css} bytes");
    }
    app.stop().await;
}

async fn the_map_shows_the_same_results_drawn_here(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (_, list) = app.get_text("/vejviser?by=H%C3%B8rve&km=5").await;
    let href = list
        .split("href=\"/vejviser/kort?")
        .nth(1)
        .expect("the list links to the map")
        .split('"')
        .next()
        .unwrap()
        .replace("&amp;", "&");
    let (status, map) = app.get_text(&format!("/vejviser/kort?{href}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(map.contains("<svg viewBox=") && map.contains("role=\"img\""));
    let markers = map.matches("fill=\"#b3480f\"").count();
    let listed = map
        .split("<ol class=\"map-list\">")
        .nth(1)
        .unwrap()
        .split("</ol>")
        .next()
        .unwrap()
        .matches("<li>")
        .count();
    assert!(
        markers > 0 && markers == listed,
        "{markers} markers, {listed} listed"
    );
    for external in ["src=\"http", "href=\"http", "url(http"] {
        assert!(
            !map.contains(external),
            "nothing from another host: {external}"
        );
    }
    assert!(!map.contains("<script"), "no script");
    app.stop().await;
}

/// Waits until the server's snapshot has caught up with the change log as it is now.
async fn caught_up(app: &TestApp) {
    let mark = app.server().store.change_mark().await.unwrap();
    let seen = eventually(Duration::from_secs(10), || async {
        let now = app.server().derived.mark();
        now.count >= mark.count && now.last_id >= mark.last_id
    })
    .await;
    assert!(seen, "the server's snapshot follows the change log");
}

async fn an_offer_unconfirmed_for_12_months_is_marked_and_at_15_leaves_search(db: TestDb) {
    use jiff::Span;
    use sammen::store::audit::Actor;
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let offer = store
        .offers(municipality)
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.name == "Strikkecafé i Aksen")
        .unwrap();
    let page = format!("/tilbud/{}", offer.id);
    let moderator = common::make_account(
        &store,
        "fersk@example.org",
        "adgangskode123",
        &[sammen::auth::Role::Moderator],
        &[],
    )
    .await;
    let moderator = common::session_for(&store, moderator).await;
    let ctx = sammen::jobs::JobContext::with_defaults(store.clone());
    // The day the offer page and the moderators' list count from.
    let today = store.clock().today();
    let months_ago = |months: i64, days: i64| {
        today
            .checked_sub(Span::new().months(months))
            .unwrap()
            .checked_add(Span::new().days(days))
            .unwrap()
            .to_string()
    };
    let note = "Oplysningerne er mere end et år gamle";
    let found = async |query: &str| {
        let (status, html) = app.get_text(&format!("/vejviser?q={query}")).await;
        assert_eq!(status, StatusCode::OK);
        names(&html).contains(&offer.name)
    };
    let stale_list = async || {
        let response = app.get_as(Some(&moderator), "/admin/foraeldede").await;
        assert_eq!(response.status(), StatusCode::OK);
        let html = response.text().await.unwrap();
        let (unlisted, stale) = html
            .split_once("<h2>Kan være forældede</h2>")
            .expect("the list's two parts");
        let (_, unlisted) = unlisted
            .split_once("<h2>Taget ud af søgningen</h2>")
            .expect("the list's two parts");
        (unlisted.to_owned(), stale.to_owned())
    };
    let confirm = async |on: &str| {
        store
            .confirm_offer(municipality, offer.id, on, Actor::System)
            .await
            .unwrap();
        caught_up(&app).await;
    };

    // The demo's own long-unconfirmed offers leave search first; this one is not among them.
    sammen::freshness::check(&ctx, today).await.unwrap();
    caught_up(&app).await;
    assert!(found("strikkecafe").await, "confirmed lately in the demo");

    // Three days short of twelve months: no note.
    confirm(&months_ago(12, 3)).await;
    let (status, html) = app.get_text(&page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Oplysningerne er sidst bekræftet"));
    assert!(!html.contains(note), "not yet twelve months");

    // Twelve months and three days: the public note, still in search, on the staff list.
    confirm(&months_ago(12, -3)).await;
    let (status, html) = app.get_text(&page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(note), "twelve months: the note shows");
    let outcome = sammen::freshness::check(&ctx, today).await.unwrap();
    assert_eq!(outcome.unlisted, 0, "twelve months: nothing leaves search");
    caught_up(&app).await;
    assert!(
        found("strikkecafe").await,
        "still in search at twelve months"
    );
    let (unlisted, stale) = stale_list().await;
    assert!(stale.contains(&offer.name), "{stale}");
    assert!(!unlisted.contains(&offer.name), "{unlisted}");

    // Fifteen months and three days: the daily check takes it out of search, and the
    // moderators find it among those taken out.
    confirm(&months_ago(15, -3)).await;
    assert!(found("strikkecafe").await, "listed until the check runs");
    let outcome = sammen::freshness::check(&ctx, today).await.unwrap();
    assert_eq!(
        outcome.unlisted, 1,
        "fifteen months: this offer leaves search"
    );
    caught_up(&app).await;
    assert!(
        !found("strikkecafe").await,
        "out of search at fifteen months"
    );
    let (unlisted, stale) = stale_list().await;
    assert!(unlisted.contains(&offer.name), "{unlisted}");
    assert!(!stale.contains(&offer.name), "{stale}");
    app.stop().await;
}

/// `sammen reindex` builds the index here (printing how many offers it holds) and makes a
/// running server rebuild its own: shown with a name changed behind the change log's back.
async fn sammen_reindex_rebuilds_here_and_on_every_running_server(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let search = async || {
        let (status, html) = app.get_text("/vejviser?q=zebrafinken").await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("role=\"status\">"), "a results page");
        names(&html)
    };
    assert!(search().await.is_empty());
    // A change the change log does not know: the server has no reason to rebuild.
    let pool = common::raw_pool(&db).await;
    let changed = sqlx::query("UPDATE offer SET name = $1 WHERE name = $2")
        .bind("Strikkecafé Zebrafinken")
        .bind("Strikkecafé i Aksen")
        .execute(&pool)
        .await
        .unwrap()
        .rows_affected();
    assert_eq!(changed, 1);
    let before = app.server().derived.mark();
    assert_eq!(app.server().store.change_mark().await.unwrap(), before);
    assert!(
        search().await.is_empty(),
        "the server still has the old index"
    );

    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_sammen"));
    for (key, _) in std::env::vars().filter(|(k, _)| k.starts_with("SAMMEN_")) {
        command.env_remove(key);
    }
    let output = command
        .arg("reindex")
        .env("SAMMEN_DATABASE_URL", &db.url.url)
        .env("SAMMEN_SECRET_KEY_FILE", common::key_file())
        .env("SAMMEN_LOG", "off")
        .output()
        .expect("sammen reindex runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let snapshot = app.server().derived.snapshot();
    let (name, indexed) = (&snapshot.municipality.name, snapshot.directory.indexed());
    assert!(indexed > 0);
    assert_eq!(
        stdout.trim(),
        format!(
            "Search index rebuilt for {name}: {indexed} offers indexed. \
             Running servers rebuild theirs within SAMMEN_CHANGE_POLL_MS."
        )
    );

    // The running server rebuilds from the database and finds the new name.
    let rebuilt = eventually(Duration::from_secs(10), || async {
        app.server().derived.mark() != before
    })
    .await;
    assert!(rebuilt, "the running server rebuilt its snapshot");
    assert_eq!(search().await, ["Strikkecafé Zebrafinken"]);
    app.stop().await;
}
