//! Posters (issue 19): an event's and a bus stop's poster carry a QR code drawn by the
//! server; an independent decoder (`rqrr`) reads it back from the served SVG, and it
//! leads to the right page.

use crate::common::{TestApp, TestDb};
use reqwest::StatusCode;

both_backends!(a_posters_qr_code_decodes_to_its_page);

/// Decodes the first QR code in a page: the served SVG's unit squares drawn as pixels.
fn decode(html: &str) -> String {
    let svg = &html[html.find("<svg xmlns").expect("an SVG")..];
    let size: usize = svg
        .split("viewBox=\"0 0 ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let path = svg
        .split(" d=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let mut dark = vec![false; size * size];
    for square in path.split('M').filter(|s| !s.is_empty()) {
        let (x, rest) = square.split_once(' ').unwrap();
        let y = rest.split('h').next().unwrap();
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        dark[y * size + x] = true;
    }
    const SCALE: usize = 6;
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(size * SCALE, size * SCALE, |x, y| {
            if dark[(y / SCALE) * size + x / SCALE] {
                0
            } else {
                255
            }
        });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    grids[0].decode().expect("the code decodes").1
}

async fn a_posters_qr_code_decodes_to_its_page(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let m = store.municipality(None).await.unwrap().id;
    let event = store.events(m).await.unwrap()[0].clone();
    let (status, html) = app.get_text(&format!("/arrangement/{}", event.id)).await;
    assert_eq!(status, StatusCode::OK);
    let poster = html
        .split("href=\"/plakat/arrangement/")
        .nth(1)
        .expect("the event page links to its poster")
        .split('"')
        .next()
        .unwrap()
        .replace("&amp;", "&");
    let (status, html) = app.get_text(&format!("/plakat/arrangement/{poster}")).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains(&event.title), "{html}");
    let url = decode(&html);
    let date = poster.split("dato=").nth(1).unwrap();
    assert!(
        url.starts_with("http") && url.ends_with(&format!("/arrangement/{}?dato={date}", event.id)),
        "{url}"
    );
    assert!(html.contains(&format!(
        "<span class=\"poster-url\">{}</span>",
        url.replace('&', "&amp;")
    )));

    let plan = store.bus_plan(m, "Den Glade Bus").await.unwrap();
    let stop = &plan.stops[0];
    let (status, html) = app
        .get_text(&format!("/plakat/bussen/stop/{}", stop.id))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Den Glade Bus kommer til"), "{html}");
    assert!(decode(&html).ends_with(&format!("/bussen/stop/{}", stop.id)));
    // The English poster leads to the English page.
    let (_, html) = app
        .get_text(&format!("/en/plakat/bussen/stop/{}", stop.id))
        .await;
    assert!(decode(&html).ends_with(&format!("/en/bussen/stop/{}", stop.id)));
    assert_eq!(
        app.get("/plakat/bussen/stop/99999").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/plakat/arrangement/x").await.status(),
        StatusCode::NOT_FOUND
    );
    app.stop().await;
}
