//! Campaign weeks (issue 19) over HTTP on both backends: an editor writes a campaign (the
//! form's Danish errors keep what was typed), an organisation's event joins it through the
//! event form (not outside the campaign's days), waits until the editor accepts it, and is
//! then listed on the campaign's page, counted, with its audit line and change-log row;
//! the demo's campaign counts its events and seats as the disclosure rule allows; the
//! campaign's poster carries a QR code; the page reads in Ukrainian and Arabic.

use crate::common;

use common::{TestApp, TestDb, location, make_account, raw_pool, session_for};
use reqwest::StatusCode;
use sammen::auth::Role;

both_backends!(
    a_campaign_is_written_an_event_joins_and_is_accepted,
    the_demo_campaign_counts_events_and_seats_by_the_rule,
);

/// The test clock's Monday 30 November 2026 plus `days`, as the forms take it.
fn day(days: i64) -> String {
    common::today()
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
        .to_string()
}

async fn text_as(app: &TestApp, cookie: &str, path: &str) -> (StatusCode, String) {
    let response = app.get_as(Some(cookie), path).await;
    (response.status(), response.text().await.unwrap())
}

fn event_fields<'a>(title: &'a str, date: &'a str, campaign: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("titel", title),
        ("beskrivelse", "Suppe og snak."),
        ("slags", "spis-sammen"),
        ("livsarena", "leisure"),
        ("maalgruppe", "voksne"),
        ("alder_fra", "18"),
        ("alder_til", "99"),
        ("by", "Asnæs"),
        ("dato", date),
        ("fra", "18:00"),
        ("til", "20:00"),
        ("gentag", "0"),
        ("antal_gange", ""),
        ("pris", "0"),
        ("tilmelding", "ja"),
        ("pladser", "8"),
        ("lukker", "2"),
        ("medbring", ""),
        ("tilbud", ""),
        ("sted", ""),
        ("adresse", ""),
        ("kampagne", campaign),
    ]
}

async fn a_campaign_is_written_an_event_joins_and_is_accepted(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let editor = make_account(
        &store,
        "red@example.org",
        "adgangskode123",
        &[Role::Editor],
        &[],
    )
    .await;
    let editor = session_for(&store, editor).await;
    let new = "/admin/kampagner/ny";
    // Mistakes: named in Danish, nothing typed is lost.
    let bad = app
        .post_as(
            Some(&editor),
            new,
            new,
            &[
                ("titel", "Hils i Hørve"),
                ("adresse", "Hils i Hørve"),
                ("fra", "20.12.2026"),
                ("til", "14.12.2026"),
                ("budskab", "Sig hej."),
                ("vaerter", ""),
            ],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let html = bad.text().await.unwrap();
    for text in [
        "Skriv en adresse med 2–60 små bogstaver",
        "Skriv opfordringen til værter",
        "Den sidste dag skal være samme dag som den første eller senere",
        "value=\"Hils i Hørve\"",
        "Sig hej.",
    ] {
        assert!(html.contains(text), "{text} missing in {html}");
    }
    let (from, to) = (day(14), day(20));
    let fields = [
        ("titel", "Hils i Hørve"),
        ("adresse", "hils-i-hoerve"),
        ("fra", from.as_str()),
        ("til", to.as_str()),
        ("budskab", "Sig **hej** til naboen."),
        ("vaerter", "Lav kaffe på torvet."),
    ];
    let made = app.post_as(Some(&editor), new, new, &fields).await;
    assert_eq!(made.status(), StatusCode::SEE_OTHER);
    let desk = location(&made);
    assert!(desk.ends_with("?ok=gemt"), "{desk}");
    let (_, html) = text_as(&app, &editor, &desk).await;
    assert!(html.contains("Kampagnen er gemt."), "{html}");
    let campaign_id: i64 = desk
        .trim_end_matches("?ok=gemt")
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    // The same address again is refused, with the form kept.
    let again = app.post_as(Some(&editor), new, new, &fields).await;
    assert_eq!(again.status(), StatusCode::BAD_REQUEST);
    assert!(
        again
            .text()
            .await
            .unwrap()
            .contains("allerede en kampagne med den adresse")
    );

    let (status, page) = app.get_text("/kampagne/hils-i-hoerve").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("<strong>hej</strong>") && page.contains("Vær vært"),
        "{page}"
    );
    assert!(page.contains("Der er ingen arrangementer endnu"));
    let (_, list) = app.get_text("/kampagner").await;
    assert!(list.contains("Hils i Hørve") && list.contains("Odsherred spiser sammen"));

    // An organisation's event joins through the event form — only in the campaign's days.
    let member = make_account(
        &store,
        "arrangoer@example.org",
        "en lang adgangskode",
        &[],
        &[1],
    )
    .await;
    let member = session_for(&store, member).await;
    let form = "/admin/organisation/1/arrangement/ny";
    let (_, blank) = text_as(&app, &member, form).await;
    assert!(
        blank.contains("Hils i Hørve"),
        "the form offers the campaign"
    );
    let id = campaign_id.to_string();
    let outside = day(40);
    let refused = app
        .post_as(
            Some(&member),
            form,
            form,
            &event_fields("Kaffe på torvet", &outside, &id),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("Arrangementet skal holdes i kampagnens dage")
    );
    let inside = day(15);
    let joined = app
        .post_as(
            Some(&member),
            form,
            form,
            &event_fields("Kaffe på torvet", &inside, &id),
        )
        .await;
    assert_eq!(
        joined.status(),
        StatusCode::SEE_OTHER,
        "{}",
        joined.text().await.unwrap()
    );
    let event_id: i64 = location(&joined)
        .split('?')
        .next()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    // In the calendar at once, but on the campaign's page only once accepted.
    let (_, page) = app.get_text("/kampagne/hils-i-hoerve").await;
    assert!(
        !page.contains("Kaffe på torvet"),
        "listed before anyone looked"
    );
    let (_, html) = text_as(&app, &editor, &format!("/admin/kampagne/{id}")).await;
    assert!(
        html.contains("Kaffe på torvet") && html.contains("Venter"),
        "{html}"
    );
    let decide = format!("/admin/kampagne/{id}/arrangement/{event_id}");
    let wrong = app
        .post_as(
            Some(&editor),
            &decide,
            &format!("/admin/kampagne/{id}"),
            &[("handling", "maaske")],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::BAD_REQUEST);
    let accepted = app
        .post_as(
            Some(&editor),
            &decide,
            &format!("/admin/kampagne/{id}"),
            &[("handling", "accepter")],
        )
        .await;
    assert_eq!(accepted.status(), StatusCode::SEE_OTHER);
    assert!(location(&accepted).ends_with("?ok=besluttet"));
    let (_, page) = app.get_text("/kampagne/hils-i-hoerve").await;
    assert!(
        page.contains("Kaffe på torvet") && page.contains("1 arrangement"),
        "{page}"
    );
    // No seats are taken: the count of people is not shown at all.
    assert!(!page.contains("tilmeldt sig"), "{page}");

    // Editing the event keeps it in the campaign, accepted.
    let edit = format!("/admin/arrangement/{event_id}/rediger");
    let (_, form_html) = text_as(&app, &member, &edit).await;
    assert!(
        form_html.contains(&format!("value=\"{id}\" selected")),
        "the form shows the campaign"
    );
    let kept = app
        .post_as(
            Some(&member),
            &edit,
            &edit,
            &event_fields("Kaffe og kage på torvet", &inside, &id),
        )
        .await;
    assert_eq!(kept.status(), StatusCode::SEE_OTHER);
    let (_, page) = app.get_text("/kampagne/hils-i-hoerve").await;
    assert!(page.contains("Kaffe og kage på torvet"), "{page}");

    let pool = raw_pool(&db).await;
    let audit: Vec<String> = sqlx::query_scalar(
        "SELECT action FROM audit_log WHERE action LIKE 'campaign.%' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(audit, ["campaign.create", "campaign.event.accepted"]);
    let logged: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM change_log WHERE entity = 'campaign' AND entity_id = $1",
    )
    .bind(&id)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(logged, 2);

    // The poster's QR code leads to the campaign's page; the page reads in four languages.
    let (status, poster) = app.get_text("/plakat/kampagne/hils-i-hoerve").await;
    assert_eq!(status, StatusCode::OK);
    assert!(poster.contains("<svg") && poster.contains("/kampagne/hils-i-hoerve"));
    let (_, uk) = app.get_text("/uk/kampagne/hils-i-hoerve").await;
    assert!(uk.contains("<html lang=\"uk\" dir=\"ltr\">"), "{uk}");
    let (_, ar) = app.get_text("/ar/kampagne/hils-i-hoerve").await;
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"), "{ar}");
    assert_eq!(
        app.get_text("/kampagne/findes-ikke").await.0,
        StatusCode::NOT_FOUND
    );
    app.stop().await;
}

/// The demo's "Odsherred spiser sammen" has four accepted events whose first evenings,
/// all in the campaign's two weeks, have 22 + 6 + 12 + 14 = 54 seats taken (events.toml):
/// shown rounded to 5, as 55. A campaign with nothing taken shows no count of people.
async fn the_demo_campaign_counts_events_and_seats_by_the_rule(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let (status, page) = app.get_text("/kampagne/odsherred-spiser-sammen").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("4 arrangementer"), "{page}");
    assert!(page.contains("cirka 55 har tilmeldt sig"), "{page}");
    for event in ["Torsdagsspisning", "Suppeaften"] {
        assert!(page.contains(event), "{event} missing");
    }
    let (_, coming) = app.get_text("/kampagne/hils-paa-hinanden").await;
    assert!(coming.contains("Der er ingen arrangementer endnu"));
    assert!(!coming.contains("tilmeldt sig"));
    app.stop().await;
}
