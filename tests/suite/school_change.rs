//! A path through a school change (issue 20) over HTTP on both backends.
//!
//! - The personal guide's "changing school" answer leads a 12-year-old's parent to
//!   `/skoleskift` with 7. klasse filled in, then to the new school's welcome gatherings
//!   (the demo's Nykøbing Sj. Skole and its "Mød din nye 7. klasse").
//! - Each of the six paths: a teacher links one gathering per path and a club for every
//!   path through the staff page; `/skoleskift?vej=…&skole=…` shows that path's gathering
//!   and no other, the club, the buddy scheme, the words to the child and the parents'
//!   guide; the school's own page shows them all. Mistakes get Danish errors that keep what
//!   was typed; another school's teacher gets 403.
//! - The built-in guide reads easily: the words to the child LIX ≤ 25, the parents' ≤ 35.

use crate::common;

use common::{TestApp, TestDb, location, make_account, session_for};
use reqwest::StatusCode;
use sammen::auth::Role;
use sammen::i18n::Lang;
use sammen::school_change::{PARENT_TIPS, Path};
use sammen::store::audit::Actor;

both_backends!(
    the_guide_leads_a_parent_to_the_new_schools_welcome,
    each_school_change_path_shows_its_own_welcome,
    the_demo_teacher_keeps_the_demo_schools_welcome,
);

async fn text_as(app: &TestApp, cookie: Option<&str>, path: &str) -> (StatusCode, String) {
    let response = app.get_as(cookie, path).await;
    (response.status(), response.text().await.unwrap())
}

/// The first `href` in the page that starts with `prefix`, unescaped.
fn link(html: &str, prefix: &str) -> String {
    html.split(&format!("href=\"{prefix}"))
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(|rest| format!("{prefix}{rest}").replace("&#38;", "&"))
        .unwrap_or_else(|| panic!("no link to {prefix} in {html}"))
}

/// The words as the page shows them (askama escapes quotes and ampersands).
fn shown(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

async fn the_guide_leads_a_parent_to_the_new_schools_welcome(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    // Step 1: "for my child", 12 years, "we are changing school".
    let (status, html) = app
        .get_text("/find-dit-faellesskab?fra=1&hvem=barn&alder=12&skoleskift=ja")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Skifter I skole?"), "{html}");
    let change = link(&html, "/skoleskift");
    assert_eq!(change, "/skoleskift?vej=7-klasse");
    // The answer travels on: the list at the end leads there too.
    let (_, list) = app
        .get_text("/find-dit-faellesskab?trin=7&hvem=barn&alder=12&skoleskift=ja")
        .await;
    assert_eq!(link(&list, "/skoleskift"), "/skoleskift?vej=7-klasse");
    // Without the answer, no such way.
    let (_, plain) = app
        .get_text("/find-dit-faellesskab?fra=1&hvem=barn&alder=12")
        .await;
    assert!(!plain.contains("href=\"/skoleskift"), "{plain}");

    // /skoleskift with 7. klasse chosen: the schools to pick from, and the guide.
    let (status, html) = app.get_text(&change).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("value=\"7-klasse\" checked"),
        "7. klasse is filled in: {html}"
    );
    assert!(html.contains(&shown(&Lang::Da.t("school-change-child-7-klasse"))));
    assert!(html.contains(&shown(&Lang::Da.t("school-change-parent-7-klasse"))));
    assert!(
        html.len() <= 20 * 1024 && !html.contains("<script"),
        "{} bytes",
        html.len()
    );
    let school = html
        .split("href=\"/skoleskift?vej=7-klasse&#38;skole=")
        .skip(1)
        .find(|rest| {
            rest.split("</a>")
                .next()
                .is_some_and(|a| a.contains("Nykøbing Sj. Skole"))
        })
        .and_then(|rest| rest.split('"').next())
        .expect("a link to Nykøbing Sj. Skole")
        .to_owned();
    let (status, html) = app
        .get_text(&format!("/skoleskift?vej=7-klasse&skole={school}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    for text in [
        "Velkommen til Nykøbing Sj. Skole",
        "Mød din nye 7. klasse",
        "Ny på skolen – velkomstcafé",
        "Junior- og tropsspejd (11-16 år)",
        "Åben klub",
        "Alle nye elever får en makker fra klassen",
    ] {
        assert!(html.contains(text), "{text} missing in {html}");
    }
    // Another path's gathering and club are not shown for 7. klasse.
    for text in [
        "Legedag for de nye i 0. klasse",
        "Venskabsgruppe for elever i skoleskift",
    ] {
        assert!(!html.contains(text), "{text} shown in {html}");
    }
    // The gathering's link goes to the event in the calendar.
    let event = link(&html, "/arrangement/");
    let (status, page) = app.get_text(&event).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Mød din nye 7. klasse"), "{page}");

    // The school's own page has it all, and a way to each path.
    let (status, page) = app.get_text(&format!("/skole/{school}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Mød din nye 7. klasse")
            && page.contains("Venskabsgruppe for elever i skoleskift")
            && page.contains(&format!("/skoleskift?vej=midt-i-aaret&#38;skole={school}")),
        "{page}"
    );
    // A path or school that is not one: Danish errors, the choice kept.
    let (status, html) = app.get_text("/skoleskift?vej=8-klasse&skole=999999").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        html.contains("Vælg et af skiftene på listen.")
            && html.contains("Vælg en skole på listen."),
        "{html}"
    );
    // Every age the guide takes suggests its path.
    for (age, path) in [
        (5, "0-klasse"),
        (9, "midt-i-aaret"),
        (13, "7-klasse"),
        (15, "efterskole"),
        (16, "gymnasium"),
    ] {
        let (_, html) = app
            .get_text(&format!(
                "/find-dit-faellesskab?fra=1&hvem=barn&alder={age}&skoleskift=ja"
            ))
            .await;
        assert_eq!(
            link(&html, "/skoleskift"),
            format!("/skoleskift?vej={path}")
        );
    }
}

async fn each_school_change_path_shows_its_own_welcome(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let town = store.towns(municipality).await.unwrap()[0].id;
    let school = store
        .add_school(municipality, "Skoleskiftets Skole", town, Actor::System)
        .await
        .unwrap();
    let other_school = store
        .add_school(municipality, "Den Anden Skole", town, Actor::System)
        .await
        .unwrap();
    make_account(&store, "skift@example.org", "adgangskode123", &[], &[]).await;
    let teacher = store
        .add_teacher(municipality, school, "skift@example.org", Actor::System)
        .await
        .unwrap();
    let teacher = session_for(&store, teacher).await;
    make_account(&store, "anden@example.org", "adgangskode123", &[], &[]).await;
    let other = store
        .add_teacher(
            municipality,
            other_school,
            "anden@example.org",
            Actor::System,
        )
        .await
        .unwrap();
    let other = session_for(&store, other).await;
    let admin = make_account(
        &store,
        "adm@example.org",
        "adgangskode123",
        &[Role::Administrator],
        &[],
    )
    .await;
    let admin = session_for(&store, admin).await;
    let organisation = store.organisation_names(municipality).await.unwrap()[0].0;
    let date = common::today()
        .checked_add(jiff::Span::new().days(10))
        .unwrap()
        .to_string();

    let page = format!("/admin/skole/{school}/skoleskift");
    let (status, html) = text_as(&app, Some(&teacher), &page).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    // The school's staff page links here.
    let (_, staff) = text_as(&app, Some(&teacher), &format!("/admin/skole/{school}")).await;
    assert!(staff.contains(&page), "{staff}");

    // One gathering per path, linked by the teacher.
    for p in Path::ALL {
        let event = sammen::store::calendar::NewEvent {
            organisation_id: organisation,
            offer_id: None,
            place_id: None,
            town_id: Some(town),
            online: false,
            address: String::new(),
            title: format!("Velkomst for {}", p.code()),
            description: "Mød de andre nye. Vi spiser kage.".into(),
            kind: sammen::calendar::EventKind::from_code("aabent-hus").unwrap(),
            life_arena: None,
            target_groups: Vec::new(),
            age_min: 0,
            age_max: 25,
            start_local: format!("{date}T16:00"),
            duration_minutes: 60,
            every_weeks: 0,
            occurrence_count: 0,
            price_dkk: 0,
            capacity: None,
            signup_required: false,
            signup_closes_hours: 0,
            needs_contact: false,
            bring: String::new(),
            accessibility: Vec::new(),
            campaign_id: None,
        };
        let id = store
            .add_event(municipality, &event, Actor::System)
            .await
            .unwrap();
        let linked = app
            .post_as(
                Some(&teacher),
                &page,
                &page,
                &[
                    ("arrangement", &id.to_string()),
                    ("vej-arrangement", p.code()),
                    ("handling", "arrangement"),
                ],
            )
            .await;
        assert_eq!(linked.status(), StatusCode::SEE_OTHER, "{}", p.code());
        assert!(location(&linked).ends_with("?ok=link"));
    }
    // A club for every path, and the buddy scheme.
    let offer = store
        .offers(municipality)
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.status == sammen::domain::OfferStatus::Active)
        .unwrap();
    let linked = app
        .post_as(
            Some(&admin),
            &page,
            &page,
            &[
                ("tilbud", &offer.id.to_string()),
                ("vej-tilbud", ""),
                ("handling", "tilbud"),
            ],
        )
        .await;
    assert_eq!(linked.status(), StatusCode::SEE_OTHER);
    let buddy = "Alle nye får en makker i fire uger.\n\nSpørg klasselæreren.";
    let saved = app
        .post_as(
            Some(&teacher),
            &page,
            &page,
            &[("makkerordning", buddy), ("handling", "makker")],
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let (_, html) = text_as(&app, Some(&teacher), &location(&saved)).await;
    assert!(
        html.contains("Makkerordningen er gemt.") && html.contains("Alle nye får en makker"),
        "{html}"
    );

    // Each path: its own gathering, no other; the club; the buddy scheme; the guide.
    for p in Path::ALL {
        let (status, html) = app
            .get_text(&format!("/skoleskift?vej={}&skole={school}", p.code()))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            html.contains(&format!("Velkomst for {}<", p.code())),
            "{}: {html}",
            p.code()
        );
        for q in Path::ALL.into_iter().filter(|q| *q != p) {
            assert!(
                !html.contains(&format!("Velkomst for {}<", q.code())),
                "{} shown for {}",
                q.code(),
                p.code()
            );
        }
        assert!(html.contains(&shown(&offer.name)), "{html}");
        assert!(html.contains("<p>Spørg klasselæreren.</p>"), "{html}");
        assert!(html.contains(&shown(&Lang::Da.t(&p.child_key()))), "{html}");
        assert!(
            html.contains(&shown(&Lang::Da.t(&p.parent_key()))),
            "{html}"
        );
        for tip in PARENT_TIPS {
            assert!(html.contains(&shown(&Lang::Da.t(tip))), "{tip}");
        }
        // In every language the page is there, with that language's words.
        let (status, en) = app
            .get_text(&format!("/en/skoleskift?vej={}&skole={school}", p.code()))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert!(en.contains(&shown(&Lang::En.t(&p.child_key()))), "{en}");
    }
    // The school's page: every gathering, each with its path.
    let (_, html) = app.get_text(&format!("/skole/{school}")).await;
    for p in Path::ALL {
        assert!(
            html.contains(&format!("Velkomst for {}<", p.code())),
            "{html}"
        );
    }

    // Mistakes: Danish, nothing typed lost.
    let bad = app
        .post_as(
            Some(&teacher),
            &page,
            &page,
            &[
                ("arrangement", ""),
                ("vej-arrangement", "7-klasse"),
                ("handling", "arrangement"),
            ],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let html = bad.text().await.unwrap();
    assert!(
        html.contains("Vælg et arrangement fra kalenderen.")
            && html.contains("<option value=\"7-klasse\" selected>"),
        "{html}"
    );
    let long = "ord ".repeat(600);
    let bad = app
        .post_as(
            Some(&teacher),
            &page,
            &page,
            &[("makkerordning", &long), ("handling", "makker")],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let html = bad.text().await.unwrap();
    assert!(
        html.contains("Skriv højst 2000 tegn om makkerordningen.") && html.contains("ord ord ord"),
        "{html}"
    );

    // Taking a gathering away.
    let welcome = store.welcome(school).await.unwrap();
    let (first, _) = welcome.events[0];
    let removed = app
        .post_as(
            Some(&teacher),
            &page,
            &page,
            &[
                ("fjern-arrangement", &first.to_string()),
                ("handling", "fjern-arrangement"),
            ],
        )
        .await;
    assert_eq!(removed.status(), StatusCode::SEE_OTHER);
    assert_eq!(store.welcome(school).await.unwrap().events.len(), 5);

    // Another school's teacher: 403 on the page and on a save.
    assert_eq!(
        app.get_as(Some(&other), &page).await.status(),
        StatusCode::FORBIDDEN
    );
    let refused = app
        .post_as(
            Some(&other),
            &page,
            "/konto",
            &[("makkerordning", "Hej"), ("handling", "makker")],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(store.welcome(school).await.unwrap().buddy_scheme, buddy);
}

/// The demo: `laerer@sammen.example` teaches at two of the three demo schools and keeps
/// their welcome.
async fn the_demo_teacher_keeps_the_demo_schools_welcome(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let cookie = app
        .login("laerer@sammen.example", sammen::demo::DEMO_PASSWORD)
        .await;
    let (status, html) = text_as(&app, Some(&cookie), "/admin/skoler").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Nykøbing Sj. Skole")
            && html.contains("Højby Skole")
            && !html.contains("Grevinge Skole"),
        "{html}"
    );
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let schools = store.schools(municipality).await.unwrap();
    let nykoebing = schools
        .iter()
        .find(|s| s.name == "Nykøbing Sj. Skole")
        .unwrap();
    assert!(store.classes(nykoebing.id).await.unwrap().len() >= 3);
    let (status, html) = text_as(
        &app,
        Some(&cookie),
        &format!("/admin/skole/{}/skoleskift", nykoebing.id),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Alle nye elever får en makker fra klassen")
            && html.contains("Mød din nye 7. klasse"),
        "{html}"
    );
    let grevinge = schools.iter().find(|s| s.name == "Grevinge Skole").unwrap();
    assert_eq!(
        app.get_as(
            Some(&cookie),
            &format!("/admin/skole/{}/skoleskift", grevinge.id)
        )
        .await
        .status(),
        StatusCode::FORBIDDEN
    );
}

/// The words to the child read easily (LIX ≤ 25 per path); the parents' guide (the path's
/// tip and the shared ones) LIX ≤ 35.
#[test]
fn the_school_change_guide_reads_easily() {
    for p in Path::ALL {
        let child = sammen::pages::lix::measure(&[Lang::Da.t(&p.child_key())]);
        assert!(child.lix <= 25.0, "{}: child LIX {}", p.code(), child.lix);
        let mut parents = vec![Lang::Da.t(&p.parent_key())];
        parents.extend(PARENT_TIPS.iter().map(|k| Lang::Da.t(k)));
        let parents = sammen::pages::lix::measure(&parents);
        assert!(
            parents.lix <= 35.0,
            "{}: parents' LIX {}",
            p.code(),
            parents.lix
        );
    }
}
