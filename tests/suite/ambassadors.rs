//! Ambassadors over HTTP, on both backends: the public list and its filters, a profile
//! with its training and certificate, the administrators' coverage table with its gaps.

use crate::common;

use common::{TestApp, TestDb};
use reqwest::StatusCode;

both_backends!(
    the_list_filters_by_group_town_setting_and_language,
    a_profile_shows_what_the_ambassador_shares_and_their_training,
    the_coverage_table_shows_where_no_trained_ambassador_exists,
    an_administrator_adds_an_ambassador_and_records_training,
    an_ambassador_chooses_what_the_public_sees,
    a_photo_is_shown_only_when_chosen_and_only_if_it_is_an_image,
    an_ambassador_edit_whose_audit_line_fails_is_not_made,
);

fn names(html: &str) -> Vec<String> {
    html.split("<h2><a href=\"/ambassadorer/")
        .skip(1)
        .filter_map(|s| {
            s.split_once("\">")?
                .1
                .split_once('<')
                .map(|(n, _)| n.to_owned())
        })
        .collect()
}

async fn the_list_filters_by_group_town_setting_and_language(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, all) = app.get_text("/ambassadorer").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(names(&all).len(), 18, "the demo has 18 ambassadors");
    assert!(all.contains("18 ambassadører"));
    let (_, young_in_asnaes) = app
        .get_text("/ambassadorer?gruppe=unge&by=Asn%C3%A6s")
        .await;
    assert_eq!(names(&young_in_asnaes), ["Mette"]);
    let (_, bus) = app.get_text("/ambassadorer?sted=bussen").await;
    assert!(names(&bus).len() >= 2, "{:?}", names(&bus));
    assert!(bus.contains("Den Glade Bus"));
    let (_, arabic) = app.get_text("/ambassadorer?sprog=ar").await;
    assert_eq!(names(&arabic).len(), 2);
    let (_, nobody) = app
        .get_text("/ambassadorer?gruppe=b%C3%B8rn&by=H%C3%B8jby")
        .await;
    assert!(names(&nobody).is_empty());
    assert!(nobody.contains("Ingen ambassadører passer"));
    let (status, bad) = app.get_text("/ambassadorer?gruppe=marsboere").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(bad.contains("Vælg en målgruppe fra listen."));
    assert_eq!(names(&bad).len(), 18, "the rest of the page still works");
    // Nothing but what the ambassador chose to share: no e-mail, no account.
    assert!(
        !all.contains("ambassador.sammen.example") && !all.contains("ambassador@"),
        "no addresses on the public list"
    );
    app.stop().await;
}

async fn a_profile_shows_what_the_ambassador_shares_and_their_training(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, html) = app.get_text("/ambassadorer/1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<h1>Mette</h1>"));
    assert!(html.contains("Har gennemført"));
    assert!(html.contains("At spørge ind til ensomhed"));
    assert!(html.contains("href=\"/ambassadorer/tal-med?ambassador=1\""));
    let (status, certificate) = app.get_text("/ambassadorer/1/bevis").await;
    assert_eq!(status, StatusCode::OK);
    assert!(certificate.contains("Uddannelsesbevis"));
    assert!(certificate.contains("timer"));
    assert_eq!(
        app.get("/ambassadorer/999").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/ambassadorer/abc").await.status(),
        StatusCode::NOT_FOUND
    );
    // A hidden profile is gone from the public pages.
    let pool = common::raw_pool(&db).await;
    sqlx::query("UPDATE ambassador SET published = 0 WHERE id = 1")
        .execute(&pool)
        .await
        .unwrap();
    app.catch_up().await;
    assert_eq!(
        app.get("/ambassadorer/1").await.status(),
        StatusCode::NOT_FOUND
    );
    let (_, list) = app.get_text("/ambassadorer").await;
    assert!(!names(&list).contains(&"Mette".to_owned()));
    app.stop().await;
}

async fn the_coverage_table_shows_where_no_trained_ambassador_exists(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let admin = app
        .login("admin@sammen.example", sammen::demo::DEMO_PASSWORD)
        .await;
    let response = app
        .get_as(Some(&admin), "/admin/ambassadorer?gruppe=b%C3%B8rn")
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = response.text().await.unwrap();
    let row = |town: &str| -> String {
        let start = html
            .find(&format!("<th scope=\"row\">{town}</th>"))
            .unwrap_or_else(|| panic!("a row for {town}"));
        html[start..].split("</tr>").next().unwrap().to_owned()
    };
    // The overview's first table: børn is the first column; Højby has nobody for children.
    assert!(row("Højby").contains("<td class=\"gap\">ingen</td>"));
    assert!(html.contains("felter uden en uddannet ambassadør for Børn"));
    // The two new ambassadors without training are not counted.
    assert!(html.contains("Anders") && html.contains("Yusuf"));
    let ambassador = app
        .login("ambassador@sammen.example", sammen::demo::DEMO_PASSWORD)
        .await;
    let response = app.get_as(Some(&ambassador), "/admin/ambassadorer").await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    app.stop().await;
}

async fn an_administrator_adds_an_ambassador_and_records_training(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let admin = app
        .login("admin@sammen.example", sammen::demo::DEMO_PASSWORD)
        .await;
    let store = app.server().store.clone();
    common::make_account(
        &store,
        "ny.ambassador@example.org",
        "adgangskode123",
        &[],
        &[],
    )
    .await;
    // Mistakes first: no name, no group, an unknown account — Danish errors, nothing stored.
    let bad = app
        .post_as(
            Some(&admin),
            "/admin/ambassador/ny",
            "/admin/ambassador/ny",
            &[
                ("by", "Vig"),
                ("sprog", "da"),
                ("konto", "ukendt@example.org"),
            ],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let html = bad.text().await.unwrap();
    for message in [
        "Skriv et fornavn.",
        "Vælg mindst én målgruppe.",
        "Der findes ingen konto med den e-mail.",
    ] {
        assert!(html.contains(message), "{message}");
    }
    let made = app
        .post_as(
            Some(&admin),
            "/admin/ambassador/ny",
            "/admin/ambassador/ny",
            &[
                ("fornavn", "Rasmus"),
                ("om", "Jeg er fodboldtræner og lytter gerne."),
                ("traeffes", "Tirsdage efter kl. 16"),
                ("maalgruppe", "børn"),
                ("maalgruppe", "unge"),
                ("sted", "forening"),
                ("by", "Højby"),
                ("sprog", "da"),
                ("vis", "ja"),
                ("konto", "ny.ambassador@example.org"),
            ],
        )
        .await;
    assert_eq!(made.status(), StatusCode::SEE_OTHER);
    let edit = made.headers()["location"].to_str().unwrap().to_owned();
    let id: i64 = edit
        .trim_start_matches("/admin/ambassador/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let page = app.get_as(Some(&admin), &edit).await.text().await.unwrap();
    assert!(page.contains("Ændringerne er gemt."));
    // Untrained: not in the coverage yet; a future date is refused; then a module counts.
    let path = format!("/admin/ambassador/{id}");
    let training = format!("{path}/uddannelse");
    let module = store
        .training_modules(store.municipality(None).await.unwrap().id)
        .await
        .unwrap()[0]
        .id
        .to_string();
    let future = app
        .post_as(
            Some(&admin),
            &training,
            &path,
            &[("modul", &module), ("dato", "2999-01-01")],
        )
        .await;
    assert_eq!(future.status(), StatusCode::BAD_REQUEST);
    assert!(
        future
            .text()
            .await
            .unwrap()
            .contains("Datoen må ikke ligge ude i fremtiden.")
    );
    let done = app
        .post_as(
            Some(&admin),
            &training,
            &path,
            &[("modul", &module), ("dato", "2026-10-01")],
        )
        .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    let coverage = app
        .get_as(Some(&admin), "/admin/ambassadorer?gruppe=b%C3%B8rn")
        .await
        .text()
        .await
        .unwrap();
    let start = coverage.find("<th scope=\"row\">Højby</th>").unwrap();
    let row = coverage[start..].split("</tr>").next().unwrap();
    let children = row.split("<td").nth(1).unwrap();
    assert!(
        children.starts_with(">1</td>"),
        "Højby now has one for children: {row}"
    );
    let (_, public) = app.get_text(&format!("/ambassadorer/{id}")).await;
    assert!(public.contains("Rasmus") && public.contains("1. oktober 2026"));
    // The account became an ambassador and signs in to the request desk.
    let rasmus = app
        .login("ny.ambassador@example.org", "adgangskode123")
        .await;
    let desk = app.get_as(Some(&rasmus), "/admin/henvendelser").await;
    assert_eq!(desk.status(), StatusCode::OK);
    // A new module, with its errors first.
    let bad = app
        .post_as(
            Some(&admin),
            "/admin/uddannelse/ny",
            "/admin/uddannelse/ny",
            &[("minutter", "nul")],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    assert!(bad.text().await.unwrap().contains("Skriv en titel."));
    let added = app
        .post_as(
            Some(&admin),
            "/admin/uddannelse/ny",
            "/admin/uddannelse/ny",
            &[("titel", "Sorg og tab"), ("minutter", "120")],
        )
        .await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let coverage = app
        .get_as(Some(&admin), "/admin/ambassadorer?modul=1")
        .await
        .text()
        .await
        .unwrap();
    assert!(coverage.contains("Sorg og tab") && coverage.contains("Modulet er gemt."));
    app.stop().await;
}

async fn an_ambassador_chooses_what_the_public_sees(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let mette = app
        .login("ambassador@sammen.example", sammen::demo::DEMO_PASSWORD)
        .await;
    let (status, form) = {
        let r = app.get_as(Some(&mette), "/konto/ambassador").await;
        (r.status(), r.text().await.unwrap())
    };
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("value=\"Mette\""));
    let saved = app
        .post_as(
            Some(&mette),
            "/konto/ambassador",
            "/konto/ambassador",
            &[
                ("fornavn", "Mette"),
                ("om", "Jeg holder pause til foråret."),
                ("maalgruppe", "unge"),
                ("by", "Asnæs"),
                ("sprog", "da"),
            ],
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.get("/ambassadorer/1").await.status(),
        StatusCode::NOT_FOUND,
        "hidden"
    );
    let (_, list) = app.get_text("/ambassadorer").await;
    assert!(!names(&list).contains(&"Mette".to_owned()));
    // Someone without a role is refused; an ambassador without a profile is told so.
    let store = app.server().store.clone();
    let plain = common::make_account(&store, "ingen@example.org", "adgangskode123", &[], &[]).await;
    let cookie = common::session_for(&store, plain).await;
    assert_eq!(
        app.get_as(Some(&cookie), "/konto/ambassador")
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    app.stop().await;
}

/// A real 1×1 PNG.
const PNG: &str = "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c49444154789c636068700000014400c1116e973b0000000049454e44ae426082";

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

async fn upload(
    app: &TestApp,
    cookie: &str,
    action: &str,
    file: Option<(Vec<u8>, &str)>,
) -> reqwest::Response {
    let token = app.token(Some(cookie), "/konto/ambassador").await;
    let mut form = reqwest::multipart::Form::new()
        .text("_token", token)
        .text("handling", action.to_owned());
    if let Some((bytes, name)) = file {
        form = form.part(
            "foto",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
        );
    }
    app.client
        .post(app.url("/konto/ambassador/foto"))
        .header("cookie", cookie)
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn a_photo_is_shown_only_when_chosen_and_only_if_it_is_an_image(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let mette = app
        .login("ambassador@sammen.example", sammen::demo::DEMO_PASSWORD)
        .await;
    assert_eq!(
        app.get("/ambassadorer/1/foto").await.status(),
        StatusCode::NOT_FOUND
    );
    // Not an image, too large, or nothing chosen: Danish errors, nothing kept.
    for (file, message) in [
        (
            Some((
                b"<svg xmlns='http://www.w3.org/2000/svg'/>".to_vec(),
                "x.svg",
            )),
            "Fotoet skal være JPEG, PNG eller WebP.",
        ),
        (
            Some((
                [vec![0xFF, 0xD8, 0xFF], vec![0; 600 * 1024]].concat(),
                "big.jpg",
            )),
            "Fotoet er for stort.",
        ),
        (None, "Vælg et foto at gemme."),
    ] {
        let response = upload(&app, &mette, "gem", file).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{message}");
        assert!(
            response.text().await.unwrap().contains(message),
            "{message}"
        );
    }
    assert_eq!(
        app.get("/ambassadorer/1/foto").await.status(),
        StatusCode::NOT_FOUND
    );
    let png = unhex(PNG);
    let saved = upload(&app, &mette, "gem", Some((png.clone(), "mig.png"))).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let photo = app.get("/ambassadorer/1/foto").await;
    assert_eq!(photo.status(), StatusCode::OK);
    assert_eq!(photo.headers()["content-type"], "image/png");
    // Written again from its pixels (no metadata kept): the same 1×1 picture.
    let kept = photo.bytes().await.unwrap().to_vec();
    assert!(kept.starts_with(b"\x89PNG"));
    let picture = image::load_from_memory(&kept).unwrap();
    assert_eq!((picture.width(), picture.height()), (1, 1));
    let (_, profile) = app.get_text("/ambassadorer/1").await;
    assert!(profile.contains("src=\"/ambassadorer/1/foto\" alt=\"Foto af Mette\""));
    // Hidden profile, hidden photo.
    let pool = common::raw_pool(&db).await;
    sqlx::query("UPDATE ambassador SET published = 0 WHERE id = 1")
        .execute(&pool)
        .await
        .unwrap();
    app.catch_up().await;
    assert_eq!(
        app.get("/ambassadorer/1/foto").await.status(),
        StatusCode::NOT_FOUND
    );
    sqlx::query("UPDATE ambassador SET published = 1 WHERE id = 1")
        .execute(&pool)
        .await
        .unwrap();
    app.catch_up().await;
    let removed = upload(&app, &mette, "fjern", None).await;
    assert_eq!(removed.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.get("/ambassadorer/1/foto").await.status(),
        StatusCode::NOT_FOUND
    );
    app.stop().await;
}

/// A profile edit, the ambassador role it gives a linked account and its audit line are
/// written together: when the audit log refuses the line, the profile and the account
/// stay as they were and the administrator gets the error page.
async fn an_ambassador_edit_whose_audit_line_fails_is_not_made(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let admin = app
        .login("admin@sammen.example", sammen::demo::DEMO_PASSWORD)
        .await;
    let store = app.server().store.clone();
    let account = common::make_account(
        &store,
        "ny.ambassador@example.org",
        "adgangskode123",
        &[],
        &[],
    )
    .await;
    let municipality = store.municipality(None).await.unwrap().id;
    let profile = |a: &sammen::ambassadors::Ambassador| {
        (a.id, a.first_name.clone(), a.about.clone(), a.account_id)
    };
    let before: Vec<_> = store
        .ambassadors(municipality)
        .await
        .unwrap()
        .iter()
        .map(profile)
        .collect();
    let id = before[0].0;
    common::refuse_inserts(&db, "audit_log").await;
    let path = format!("/admin/ambassador/{id}");
    let response = app
        .post_as(
            Some(&admin),
            &path,
            &path,
            &[
                ("fornavn", "Rasmus"),
                ("om", "Jeg er fodboldtræner og lytter gerne."),
                ("traeffes", "Tirsdage efter kl. 16"),
                ("maalgruppe", "børn"),
                ("sted", "forening"),
                ("by", "Højby"),
                ("sprog", "da"),
                ("vis", "ja"),
                ("konto", "ny.ambassador@example.org"),
            ],
        )
        .await;
    common::is_error_page(response).await;
    let after: Vec<_> = store
        .ambassadors(municipality)
        .await
        .unwrap()
        .iter()
        .map(profile)
        .collect();
    assert_eq!(after, before, "the profiles stay as they were");
    assert!(
        store.roles_of(account).await.unwrap().is_empty(),
        "the account did not become an ambassador"
    );
    app.stop().await;
}
