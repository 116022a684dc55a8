//! Hostile tests for the findings of "Trust": each sends over HTTP, to a real server, what
//! an attacker would, and fails on the code before its fix. Both backends (`both_backends!`).
//! SECURITY.md's "Hardening" section says what each one proves.

use crate::common;
use crate::common::location;

use std::sync::{Arc, Mutex};

use common::smtp::{REFUSED, SmtpSink};
use common::{TestApp, TestDb, make_account, session_cookie, session_for};
use reqwest::StatusCode;
use sammen::auth::Role;
use sammen::calendar::EventKind;
use sammen::store::audit::Actor;
use sammen::store::calendar::NewEvent;

both_backends!(
    sign_in_never_sends_a_person_to_another_site,
    json_ld_cannot_end_its_script,
    the_participants_csv_holds_no_formula,
    private_pages_are_not_stored,
    an_ambassador_photo_keeps_no_exif,
    operators_endpoints_need_the_token_or_their_own_listener,
    a_form_from_an_opaque_origin_is_refused,
    a_refused_recipient_is_not_named_in_the_log,
    a_website_must_be_http,
);

const PASSWORD: &str = "adgangskode123";

fn cache_control(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("cache-control")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

fn encode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// A date some days from the tests' today.
fn in_days(days: i64) -> String {
    common::today()
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
        .to_string()
}

fn event(title: &str, start: &str) -> NewEvent {
    NewEvent {
        organisation_id: 1,
        offer_id: None,
        place_id: None,
        town_id: None,
        online: true,
        address: String::new(),
        title: title.into(),
        description: "Vi spiser sammen.".into(),
        kind: EventKind::SpisSammen,
        life_arena: Some(sammen::domain::LifeArena::Leisure),
        target_groups: vec!["voksne".into()],
        age_min: 0,
        age_max: 120,
        start_local: start.into(),
        duration_minutes: 120,
        every_weeks: 0,
        occurrence_count: 0,
        price_dkk: 0,
        capacity: Some(40),
        signup_required: true,
        signup_closes_hours: 0,
        needs_contact: false,
        bring: String::new(),
        accessibility: vec![],
        campaign_id: None,
    }
}

/// Finding 1: `/login?next=…` after signing in: whatever `next` says, the browser stays on the
/// site. Browsers drop tab/CR/LF and read `\` as `/`, so each of these would have been
/// `//evil.example` — another host — had it passed.
async fn sign_in_never_sends_a_person_to_another_site(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    make_account(&store, "rejse@example.org", PASSWORD, &[], &[]).await;
    let base = url::Url::parse(&app.base).unwrap();
    for evil in [
        "/\t/evil.example",
        "/\n/evil.example",
        "/\r\n/evil.example",
        "/\\evil.example",
        "/\\/evil.example",
        "\\/evil.example",
        "//evil.example",
        "///evil.example",
        "https://evil.example",
        "/ /evil.example",
        "javascript:alert(1)",
        "/\u{a0}/evil.example",
    ] {
        let path = format!("/login?next={}", encode(evil));
        let token = app.token(None, &path).await;
        let response = app
            .post_with_token(
                None,
                &path,
                &token,
                &[("email", "rejse@example.org"), ("adgangskode", PASSWORD)],
            )
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{evil:?}");
        let to = location(&response);
        assert!(
            !to.chars()
                .any(|c| c.is_control() || c.is_whitespace() || c == '\\'),
            "{evil:?} → {to:?}"
        );
        assert!(
            to.starts_with('/') && !to.starts_with("//"),
            "{evil:?} → {to:?}"
        );
        let landed = base.join(&to).unwrap();
        assert_eq!(landed.origin(), base.origin(), "{evil:?} → {to:?}");
        assert_eq!(to, "/admin", "{evil:?}: refused, so the default");
    }
    // A path that only looks like a host once decoded stays a path on this site.
    let path = format!("/login?next={}", encode("/%2F%2Fevil.example"));
    let response = app
        .post_as(
            None,
            &path,
            &path,
            &[("email", "rejse@example.org"), ("adgangskode", PASSWORD)],
        )
        .await;
    assert_eq!(location(&response), "/%2F%2Fevil.example");
    app.stop().await;
}

/// Finding 2: An event whose title tries to end the JSON-LD script (or open a comment that eats
/// the page, or break a line for a JavaScript reader): the whole page is still there, and
/// the block is JSON that says the same title.
async fn json_ld_cannot_end_its_script(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let title = "x<!--<script> </script><b>&amp; \u{2028}\u{2029}";
    let id = store
        .add_event(
            municipality,
            &event(title, &format!("{}T18:00", in_days(3))),
            Actor::System,
        )
        .await
        .unwrap();
    app.catch_up().await;
    let (status, html) = app.get_text(&format!("/arrangement/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let open = "<script type=\"application/ld+json\">";
    let start = html.find(open).expect("a JSON-LD block") + open.len();
    let body = &html[start..start + html[start..].find("</script>").unwrap()];
    assert!(
        !body.contains(['<', '>', '&', '\u{2028}', '\u{2029}']),
        "{body}"
    );
    let json: serde_json::Value = serde_json::from_str(body).expect("the block is JSON");
    assert_eq!(json["name"], title);
    // The rest of the page, footer included, is still HTML after the block.
    let after = &html[start + body.len()..];
    assert!(after.contains("<footer class=\"site-footer\">"), "{after}");
    assert!(after.trim_end().ends_with("</html>"));
    app.stop().await;
}

/// Finding 3: Citizens sign up under names that are spreadsheet formulas; the organiser's CSV
/// shows each as text (a leading `'`) and is still a valid CSV of seven columns.
async fn the_participants_csv_holds_no_formula(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let date = in_days(3);
    let id = store
        .add_event(
            municipality,
            &event("Suppeaften", &format!("{date}T18:00")),
            Actor::System,
        )
        .await
        .unwrap();
    app.catch_up().await;
    let hostile = [
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1+1)",
        "Anne, \"Ninna\"\nHansen",
    ];
    let page = format!("/arrangement/{id}?dato={date}");
    let path = format!("/arrangement/{id}/tilmeld?dato={date}");
    for name in hostile {
        let response = app
            .post_as(None, &path, &page, &[("navn", name), ("antal", "1")])
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{name}");
    }
    // A group's note is typed by the citizen too.
    let response = app
        .post_as(
            None,
            &path,
            &page,
            &[
                ("navn", "Lærer"),
                ("antal", "2"),
                ("gruppe", "ja"),
                ("gruppe_note", "=1+1"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let organiser = make_account(&store, "arrangoer@example.org", PASSWORD, &[], &[1]).await;
    let cookie = session_for(&store, organiser).await;
    let response = app
        .get_as(
            Some(&cookie),
            &format!("/admin/arrangement/{id}/deltagere.csv?dato={date}"),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let csv = response.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), hostile.len() + 1, "{csv}");
    for row in &rows {
        assert_eq!(row.len(), 7, "{row:?}");
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a formula in {row:?}"
            );
        }
    }
    for name in hostile {
        let cell = if name.starts_with(['=', '+', '-', '@']) {
            format!("'{name}")
        } else {
            name.to_owned()
        };
        assert!(rows.iter().any(|r| r[1] == cell), "{cell:?} in {csv}");
    }
    assert!(rows.iter().any(|r| &r[3] == "'=1+1"), "{csv}");
    app.stop().await;
}

/// Finding 4: Pages for one person say `no-store`: with a session, under /admin and /konto, behind
/// a secret link, and a response that sets a cookie. An anonymous public page keeps its
/// caching.
async fn private_pages_are_not_stored(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let admin = make_account(
        &store,
        "chef@example.org",
        PASSWORD,
        &[Role::Administrator],
        &[],
    )
    .await;
    let cookie = session_for(&store, admin).await;
    let public = app.get("/vejviser").await;
    assert_eq!(public.status(), StatusCode::OK);
    assert_eq!(
        cache_control(&public),
        "no-cache",
        "public pages keep theirs"
    );
    let css = app.get_text("/").await.1;
    let css = css.split("href=\"/static/").nth(1).unwrap();
    let css = format!("/static/{}", css.split('"').next().unwrap());
    assert!(cache_control(&app.get_as(Some(&cookie), &css).await).contains("immutable"));

    let mut checked = Vec::new();
    for path in [
        "/",
        "/vejviser",
        "/admin",
        "/konto",
        "/admin/konti",
        "/en/konto",
    ] {
        checked.push((path.to_owned(), app.get_as(Some(&cookie), path).await));
    }
    let secret = "ab".repeat(32);
    for path in [
        "/admin".to_owned(),
        "/konto".to_owned(),
        format!("/tilmelding/{secret}"),
        format!("/henvendelse/{secret}"),
        format!("/konto/nulstil/{secret}"),
        format!("/konto/invitation/{secret}"),
        format!("/bussen/klokke/{secret}"),
        format!("/bekraeft/{secret}"),
    ] {
        let response = app.get(&path).await;
        checked.push((path, response));
    }
    // A real secret link: the page a sign-up leads to.
    let municipality = store.municipality(None).await.unwrap().id;
    let date = in_days(3);
    let id = store
        .add_event(
            municipality,
            &event("Kaffe", &format!("{date}T10:00")),
            Actor::System,
        )
        .await
        .unwrap();
    app.catch_up().await;
    let signed = app
        .post_as(
            None,
            &format!("/arrangement/{id}/tilmeld?dato={date}"),
            &format!("/arrangement/{id}?dato={date}"),
            &[("navn", "Ib"), ("antal", "1")],
        )
        .await;
    let link = location(&signed);
    assert!(link.starts_with("/tilmelding/"), "{link}");
    let page = app.get(&link).await;
    assert_eq!(page.status(), StatusCode::OK);
    checked.push((link, page));
    // Signing in sets the cookie.
    make_account(&store, "ny@example.org", PASSWORD, &[], &[]).await;
    let signed_in = app
        .post_form(
            "/login",
            &[("email", "ny@example.org"), ("adgangskode", PASSWORD)],
        )
        .await;
    assert!(session_cookie(&signed_in).is_some());
    checked.push(("POST /login".to_owned(), signed_in));
    for (path, response) in checked {
        assert_eq!(cache_control(&response), "no-store", "{path}");
    }
    app.stop().await;
}

/// A JPEG of 8×8 pixels with an EXIF block (APP1) that carries a GPS IFD, whose
/// processing method holds `marker`, as a phone's photo carries where it was taken.
fn jpeg_with_gps(marker: &[u8]) -> Vec<u8> {
    let pixels =
        image::RgbImage::from_fn(8, 8, |x, y| image::Rgb([x as u8 * 30, y as u8 * 30, 90]));
    let mut plain = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut plain, 90)
        .encode_image(&pixels)
        .unwrap();
    // TIFF, little-endian: IFD0 with one entry (0x8825, the GPS IFD's offset), then the
    // GPS IFD with GPSLatitudeRef "N" and GPSProcessingMethod (the marker).
    let mut tiff = Vec::new();
    tiff.extend_from_slice(b"II*\0");
    tiff.extend_from_slice(&8u32.to_le_bytes());
    let gps_ifd = 8 + 2 + 12 + 4;
    tiff.extend_from_slice(&1u16.to_le_bytes());
    tiff.extend_from_slice(&0x8825u16.to_le_bytes());
    tiff.extend_from_slice(&4u16.to_le_bytes());
    tiff.extend_from_slice(&1u32.to_le_bytes());
    tiff.extend_from_slice(&(gps_ifd as u32).to_le_bytes());
    tiff.extend_from_slice(&0u32.to_le_bytes());
    let method = [b"ASCII\0\0\0".as_slice(), marker].concat();
    let data = gps_ifd + 2 + 2 * 12 + 4;
    tiff.extend_from_slice(&2u16.to_le_bytes());
    tiff.extend_from_slice(&0x0001u16.to_le_bytes());
    tiff.extend_from_slice(&2u16.to_le_bytes());
    tiff.extend_from_slice(&2u32.to_le_bytes());
    tiff.extend_from_slice(b"N\0\0\0");
    tiff.extend_from_slice(&0x001Bu16.to_le_bytes());
    tiff.extend_from_slice(&7u16.to_le_bytes());
    tiff.extend_from_slice(&(method.len() as u32).to_le_bytes());
    tiff.extend_from_slice(&(data as u32).to_le_bytes());
    tiff.extend_from_slice(&0u32.to_le_bytes());
    tiff.extend_from_slice(&method);
    let payload = [b"Exif\0\0".as_slice(), &tiff].concat();
    let mut app1 = vec![0xFF, 0xE1];
    app1.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
    app1.extend_from_slice(&payload);
    [&plain[..2], &app1, &plain[2..]].concat()
}

/// The markers of a JPEG's segments before its image data.
fn jpeg_segments(bytes: &[u8]) -> Vec<u8> {
    let mut at = 2;
    let mut markers = Vec::new();
    while at + 4 <= bytes.len() && bytes[at] == 0xFF {
        let marker = bytes[at + 1];
        markers.push(marker);
        if marker == 0xDA {
            break;
        }
        at += 2 + u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]) as usize;
    }
    markers
}

/// Finding 5: A photo with EXIF GPS uploaded by an administrator and by the ambassador: what the
/// public gets is the picture and nothing else.
async fn an_ambassador_photo_keeps_no_exif(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let marker = b"SAMMEN-GPS-55.9762N-11.3046E";
    let upload = jpeg_with_gps(marker);
    assert!(
        jpeg_segments(&upload).contains(&0xE1),
        "the test's file has EXIF"
    );
    assert!(image::load_from_memory(&upload).is_ok(), "and is a JPEG");
    let store = app.server().store.clone();
    let admin = make_account(
        &store,
        "koordinator@example.org",
        PASSWORD,
        &[Role::Administrator],
        &[],
    )
    .await;
    let admin = session_for(&store, admin).await;
    let ambassador = app
        .login("ambassador@sammen.example", sammen::demo::DEMO_PASSWORD)
        .await;
    for (cookie, page, action) in [
        (&admin, "/admin/ambassador/1", "/admin/ambassador/1/foto"),
        (&ambassador, "/konto/ambassador", "/konto/ambassador/foto"),
    ] {
        let token = app.token(Some(cookie), page).await;
        let form = reqwest::multipart::Form::new()
            .text("_token", token)
            .text("handling", "gem")
            .part(
                "foto",
                reqwest::multipart::Part::bytes(upload.clone()).file_name("mig.jpg"),
            );
        let response = app
            .client
            .post(app.url(action))
            .header("cookie", cookie.as_str())
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{action}");
        let photo = app.get("/ambassadorer/1/foto").await;
        assert_eq!(photo.status(), StatusCode::OK);
        assert_eq!(photo.headers()["content-type"], "image/jpeg");
        let bytes = photo.bytes().await.unwrap().to_vec();
        let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
        assert!(!contains(b"Exif"), "{action}: EXIF kept");
        assert!(!contains(marker), "{action}: GPS kept");
        assert!(
            !jpeg_segments(&bytes).contains(&0xE1),
            "{action}: an APP1 segment kept"
        );
        let picture = image::load_from_memory(&bytes).expect("still a picture");
        assert_eq!((picture.width(), picture.height()), (8, 8));
    }
    app.stop().await;
}

/// Finding 6: `/readyz` and `/metrics`: 404 on the public listener without the token or with a
/// wrong one, 200 with it; 200 without a token on the operators' listener, which serves
/// nothing else. `/healthz` stays public.
async fn operators_endpoints_need_the_token_or_their_own_listener(db: TestDb) {
    let token = "ops-0123456789abcdef-token";
    let mut config = db.config();
    config.ops_token = Some(token.into());
    config.ops_listen = Some("127.0.0.1:0".parse().unwrap());
    let app = TestApp::spawn_with(config).await;
    let ops = format!("http://{}", app.server().ops_addr.expect("an ops listener"));
    let get = |url: String, bearer: Option<&str>| {
        let mut request = app.client.get(url);
        if let Some(bearer) = bearer {
            request = request.header("authorization", format!("Bearer {bearer}"));
        }
        async move { request.send().await.unwrap().status() }
    };
    assert_eq!(get(app.url("/healthz"), None).await, StatusCode::OK);
    for path in ["/readyz", "/metrics"] {
        assert_eq!(
            get(app.url(path), None).await,
            StatusCode::NOT_FOUND,
            "{path}"
        );
        for wrong in [
            "",
            "ops-0123456789abcdef-toke",
            "ops-0123456789abcdef-tokenx",
            "x",
        ] {
            assert_eq!(
                get(app.url(path), Some(wrong)).await,
                StatusCode::NOT_FOUND,
                "{path} {wrong:?}"
            );
        }
        let basic = app
            .client
            .get(app.url(path))
            .header("authorization", format!("Basic {token}"))
            .send()
            .await
            .unwrap();
        assert_eq!(basic.status(), StatusCode::NOT_FOUND);
        assert_eq!(
            get(app.url(path), Some(token)).await,
            StatusCode::OK,
            "{path}"
        );
        assert_eq!(
            get(format!("{ops}{path}"), None).await,
            StatusCode::OK,
            "ops {path}"
        );
    }
    assert_eq!(get(format!("{ops}/healthz"), None).await, StatusCode::OK);
    assert_eq!(get(format!("{ops}/"), None).await, StatusCode::NOT_FOUND);
    assert_eq!(
        get(format!("{ops}/admin"), None).await,
        StatusCode::NOT_FOUND
    );
    let robots = app.get_text("/robots.txt").await.1;
    assert!(
        !robots.contains("metrics") && !robots.contains("readyz"),
        "{robots}"
    );
    app.stop().await;

    // Without a token set, the public listener does not serve them to anyone.
    let app = TestApp::spawn(&db).await;
    for path in ["/readyz", "/metrics"] {
        assert_eq!(
            app.get(path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
        let (_, page) = app.get_text(path).await;
        let unknown = app.get_text("/findes-ikke").await.1;
        assert_eq!(
            page.replace(path, "/findes-ikke"),
            unknown,
            "the ordinary 404"
        );
    }
    app.stop().await;
}

/// Finding 7: A POST whose `Origin` is `null` (a sandboxed frame, a `data:` page) is refused like
/// another site's; a browser's own same-origin POST that sends `null` because of our
/// `no-referrer` policy says `Sec-Fetch-Site: same-origin` and passes.
async fn a_form_from_an_opaque_origin_is_refused(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    make_account(&app.server().store, "o@example.org", PASSWORD, &[], &[]).await;
    for (headers, expected) in [
        (vec![("origin", "null")], StatusCode::FORBIDDEN),
        (
            vec![("origin", "null"), ("sec-fetch-site", "cross-site")],
            StatusCode::FORBIDDEN,
        ),
        (
            vec![("origin", "null"), ("sec-fetch-site", "same-site")],
            StatusCode::FORBIDDEN,
        ),
        (
            vec![("origin", "https://evil.example")],
            StatusCode::FORBIDDEN,
        ),
        (
            vec![("origin", "null"), ("sec-fetch-site", "same-origin")],
            StatusCode::SEE_OTHER,
        ),
        (vec![("origin", app.base.as_str())], StatusCode::SEE_OTHER),
        (vec![], StatusCode::SEE_OTHER),
    ] {
        let token = app.token(None, "/login").await;
        let mut request = app.client.post(app.url("/login")).form(&[
            ("_token", token.as_str()),
            ("email", "o@example.org"),
            ("adgangskode", PASSWORD),
        ]);
        for (name, value) in &headers {
            request = request.header(*name, *value);
        }
        let status = request.send().await.unwrap().status();
        assert_eq!(status, expected, "{headers:?}");
    }
    app.stop().await;
}

/// Log lines written while a future runs, as text.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Finding 8: A sign-up's confirmation to an address the SMTP server refuses, repeating the
/// address in its answer as servers do: the warning in the log names the mail by id and
/// says why, without the address.
async fn a_refused_recipient_is_not_named_in_the_log(db: TestDb) {
    use tracing::instrument::WithSubscriber;
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let date = in_days(3);
    let id = store
        .add_event(
            municipality,
            &event("Kaffe", &format!("{date}T10:00")),
            Actor::System,
        )
        .await
        .unwrap();
    app.catch_up().await;
    let address = format!("{REFUSED}.karen.holm@example.org");
    let signed = app
        .post_as(
            None,
            &format!("/arrangement/{id}/tilmeld?dato={date}"),
            &format!("/arrangement/{id}?dato={date}"),
            &[("navn", "Karen"), ("email", &address), ("antal", "1")],
        )
        .await;
    assert_eq!(signed.status(), StatusCode::SEE_OTHER);
    let sink = SmtpSink::start().await;
    let mailer = sammen::mail::Mailer::new(
        &sink.url(),
        "Sammen <sammen@example.org>".parse().unwrap(),
        &app.base,
    )
    .unwrap();
    let log = Captured::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_ansi(false)
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    let sent = sammen::mail::send_due(&store, &mailer, "hardening")
        .with_subscriber(subscriber)
        .await
        .unwrap();
    assert_eq!(sent, 0);
    let text = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    assert!(text.contains("mail not sent"), "{text}");
    assert!(text.contains("550"), "the reason is logged: {text}");
    assert!(text.contains("[address]"), "the server did name it: {text}");
    assert!(!text.contains(&address), "{text}");
    assert!(!text.contains("karen.holm"), "{text}");
    assert!(sink.all().is_empty());
    app.stop().await;
}

/// Finding 9: `javascript:` as an organisation's website: an HSDS file that brings one is refused,
/// naming the record and field; the members' form refuses it in Danish; and a profile
/// that holds one from before is shown as text, never as a link.
async fn a_website_must_be_http(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let file = |website: &str| {
        format!(
            r#"[{{"id": "2f4e6a8c-1b3d-4f5a-8c7e-9d0b1a2c3e4f", "name": "Gåtur", "status": "active",
                 "organization": {{"id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                                   "name": "Havnens Venner", "website": "{website}"}}}}]"#
        )
    };
    for evil in [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
    ] {
        let error = sammen::hsds::parse_import(&file(evil), common::today())
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with("record 0 (id 2f4e6a8c-1b3d-4f5a-8c7e-9d0b1a2c3e4f)")
                && error.contains("organization.website"),
            "{error}"
        );
    }
    // What an earlier import could have stored: shown, not linked.
    let mut records =
        sammen::hsds::parse_import(&file("https://havnensvenner.example.org"), common::today())
            .unwrap();
    records[0].organisation.website = "javascript:alert(1)".into();
    let municipality = store.municipality(None).await.unwrap();
    store.import_hsds(&municipality, &records).await.unwrap();
    let pool = common::raw_pool(&db).await;
    let org: i64 = sqlx::query_scalar("SELECT id FROM organisation WHERE name = 'Havnens Venner'")
        .fetch_one(&pool)
        .await
        .unwrap();
    let (status, html) = app.get_text(&format!("/organisation/{org}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("javascript:alert(1)"), "shown as text");
    assert!(
        !html.to_ascii_lowercase().contains("href=\"javascript:"),
        "{html}"
    );
    // The members' form.
    let admin = make_account(
        &store,
        "web@example.org",
        PASSWORD,
        &[Role::Administrator],
        &[],
    )
    .await;
    let cookie = session_for(&store, admin).await;
    let page = format!("/admin/organisation/{org}");
    for evil in [
        "javascript:alert(1)",
        "https://",
        "data:text/html,x",
        "//evil.example",
    ] {
        let response = app
            .post_as(
                Some(&cookie),
                &page,
                &page,
                &[
                    ("navn", "Havnens Venner"),
                    ("beskrivelse", ""),
                    ("email", ""),
                    ("telefon", ""),
                    ("hjemmeside", evil),
                    ("by", ""),
                ],
            )
            .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{evil}");
        let html = response.text().await.unwrap();
        assert!(html.contains("Skriv hele adressen"), "{evil}: {html}");
    }
    let saved = app
        .post_as(
            Some(&cookie),
            &page,
            &page,
            &[
                ("navn", "Havnens Venner"),
                ("beskrivelse", ""),
                ("email", ""),
                ("telefon", ""),
                ("hjemmeside", "https://havnensvenner.example.org"),
                ("by", ""),
            ],
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let html = app.get_text(&format!("/organisation/{org}")).await.1;
    assert!(html.contains("href=\"https://havnensvenner.example.org\""));
    pool.close().await;
    app.stop().await;
}
