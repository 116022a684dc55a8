//! Association days (issue 20) over HTTP on both backends, with a real SMTP server: a
//! teacher plans a day for two classes (Danish errors keep what was typed); three
//! associations apply through their members' accounts; the teacher accepts them into
//! rooms (a taken room is refused); groups of pupils choose by their class's code — first
//! names only, one association per slot, never the same twice, never more than the places;
//! each group gets a card without names; the plan shows every class and association; the
//! timetables reach the associations' members by mail; the day after, housekeeping has
//! blanked the names and the counts remain. A teacher of another school gets 403.

use crate::common;

use common::{TestApp, TestDb, config_from, location, make_account, raw_pool, session_for};
use reqwest::StatusCode;
use sammen::auth::Role;
use sammen::clock::Clock;
use sammen::store::audit::Actor;

both_backends!(
    an_association_day_from_plan_to_cards_and_timetables,
    another_schools_teacher_cannot_see_the_day,
    guessing_codes_stops_at_the_limit,
);

/// A server on `db` with a clock the test moves, sending mail to a real SMTP sink.
async fn app(db: &TestDb) -> (TestApp, common::smtp::SmtpSink, Clock) {
    let sink = common::smtp::SmtpSink::start().await;
    let mut settings = sammen::cli::Cli::default_settings();
    settings.database_url = db.config().database.url;
    settings.listen = "127.0.0.1:0".into();
    settings.change_poll_ms = "50".into();
    settings.job_poll_ms = "50".into();
    settings.smtp_url = Some(sink.url());
    let mut config = config_from(settings);
    let clock = Clock::simulated(common::START.parse().unwrap());
    config.clock = clock.clone();
    (TestApp::spawn_with(config).await, sink, clock)
}

/// A school with 7.a and 7.b and a teacher: (school, [class ids], teacher's cookie).
async fn school_with_classes(app: &TestApp, name: &str, teacher: &str) -> (i64, Vec<i64>, String) {
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let town = store.towns(municipality).await.unwrap()[0].id;
    let school = store
        .add_school(municipality, name, town, Actor::System)
        .await
        .unwrap();
    let mut classes = Vec::new();
    for letter in ["a", "b"] {
        classes.push(
            store
                .add_class(municipality, school, 7, letter, Actor::System)
                .await
                .unwrap(),
        );
    }
    let account = make_account(&store, teacher, "adgangskode123", &[], &[]).await;
    store
        .add_teacher(municipality, school, teacher, Actor::System)
        .await
        .unwrap();
    (school, classes, session_for(&store, account).await)
}

async fn text(app: &TestApp, cookie: Option<&str>, path: &str) -> (StatusCode, String) {
    let r = app.get_as(cookie, path).await;
    (r.status(), r.text().await.unwrap())
}

/// A group's choice sent to `/foreningsdag`.
async fn choose(app: &TestApp, code: &str, names: &str, picks: &[&str]) -> reqwest::Response {
    let mut fields = vec![("kode", code), ("navne", names), ("handling", "vaelg")];
    let slots = ["tidsrum1", "tidsrum2"];
    for (slot, pick) in slots.iter().zip(picks) {
        fields.push((slot, pick));
    }
    app.post_as(None, "/foreningsdag", "/foreningsdag", &fields)
        .await
}

async fn an_association_day_from_plan_to_cards_and_timetables(db: TestDb) {
    let (app, sink, clock) = app(&db).await;
    let store = app.server().store.clone();
    let (school, classes, teacher) =
        school_with_classes(&app, "Vig Skole", "laerer@example.org").await;
    let days = format!("/admin/skole/{school}/foreningsdage");

    // Mistakes: a day in the past, overlapping slots, no class. Danish, nothing lost.
    let bad = app
        .post_as(
            Some(&teacher),
            &days,
            &days,
            &[
                ("titel", "Foreningsdag i 7."),
                ("dato", "2026-11-01"),
                ("tidsrum", "9.00-10.00\n9.30-10.30"),
                ("lokaler", "Gymnastiksalen"),
                ("handling", "opret"),
            ],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let html = bad.text().await.unwrap();
    for text in [
        "Skriv en dato fra i dag og højst et år frem",
        "De må ikke overlappe.",
        "Vælg mindst én af skolens klasser.",
        "value=\"Foreningsdag i 7.\"",
        "9.30-10.30</textarea>",
    ] {
        assert!(html.contains(text), "{text} missing in {html}");
    }

    // The day: 10 December, two slots, three rooms, both classes.
    let (a, b) = (classes[0].to_string(), classes[1].to_string());
    let made = app
        .post_as(
            Some(&teacher),
            &days,
            &days,
            &[
                ("titel", "Foreningsdag i 7."),
                ("dato", "10.12.2026"),
                ("tidsrum", "9.00-9.45\n10.00-10.45"),
                ("lokaler", "Gymnastiksalen\nMusiklokalet\nKlasse 7.a"),
                ("klasser", a.as_str()),
                ("klasser", b.as_str()),
                ("handling", "opret"),
            ],
        )
        .await;
    assert_eq!(made.status(), StatusCode::SEE_OTHER);
    let made = location(&made);
    assert!(made.ends_with("?ok=dag"), "{made}");
    let desk = made.split('?').next().unwrap().to_owned();
    let day: i64 = desk.rsplit('/').next().unwrap().parse().unwrap();
    let codes = store.day_classes(day).await.unwrap();
    assert_eq!(codes.len(), 2);
    let (_, html) = text(&app, Some(&teacher), &made).await;
    assert!(
        html.contains("Foreningsdagen er oprettet.")
            && html.contains(&codes[0].code)
            && html.contains(&codes[1].code)
            && html.contains("torsdag 10. december"),
        "{html}"
    );

    // Three associations apply, each through a member's account.
    let pool = raw_pool(&db).await;
    let organisations: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM organisation ORDER BY id LIMIT 3")
            .fetch_all(&pool)
            .await
            .unwrap();
    let apply = format!("/admin/foreningsdag/{day}/ansoeg");
    let mut members = Vec::new();
    for (i, (org, (title, places))) in organisations
        .iter()
        .zip([
            ("Prøv bueskydning", "4"),
            ("Hør om spejderlivet", "10"),
            ("Spil i et band", "10"),
        ])
        .enumerate()
    {
        let email = format!("medlem{i}@example.org");
        let account = make_account(&store, &email, "adgangskode123", &[], &[*org]).await;
        let cookie = session_for(&store, account).await;
        let org = org.to_string();
        if i == 0 {
            let bad = app
                .post_as(
                    Some(&cookie),
                    &apply,
                    &apply,
                    &[
                        ("forening", org.as_str()),
                        ("titel", title),
                        ("slags", "proev"),
                        ("pladser", "0"),
                        ("handling", "ansoeg"),
                    ],
                )
                .await;
            assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
            let html = bad.text().await.unwrap();
            assert!(
                html.contains("Skriv et tal fra 1 til 60.")
                    && html.contains(&format!("value=\"{title}\"")),
                "{html}"
            );
        }
        let sent = app
            .post_as(
                Some(&cookie),
                &apply,
                &apply,
                &[
                    ("forening", org.as_str()),
                    ("titel", title),
                    ("slags", if i == 1 { "fortael" } else { "proev" }),
                    ("pladser", places),
                    ("handling", "ansoeg"),
                ],
            )
            .await;
        assert_eq!(sent.status(), StatusCode::SEE_OTHER, "{title}");
        let (_, html) = text(&app, Some(&cookie), &location(&sent)).await;
        assert!(
            html.contains("Ansøgningen er sendt.") && html.contains("Venter"),
            "{html}"
        );
        members.push((email, cookie));
    }
    // The same title twice: refused, kept.
    let again = app
        .post_as(
            Some(&members[0].1),
            &apply,
            &apply,
            &[
                ("forening", organisations[0].to_string().as_str()),
                ("titel", "Prøv bueskydning"),
                ("slags", "proev"),
                ("pladser", "4"),
                ("handling", "ansoeg"),
            ],
        )
        .await;
    assert_eq!(again.status(), StatusCode::BAD_REQUEST);

    // The teacher accepts them into rooms; a room cannot be given twice.
    let activities = store.day_activities(day).await.unwrap();
    let rooms = store.day_rooms(day).await.unwrap();
    assert_eq!(activities.len(), 3);
    for (activity, room) in activities.iter().zip(&rooms) {
        let path = format!("/admin/foreningsdag/{day}/ansoegning/{}", activity.id);
        let room = room.0.to_string();
        let ok = app
            .post_as(
                Some(&teacher),
                &path,
                &path,
                &[("lokale", room.as_str()), ("handling", "godkend")],
            )
            .await;
        assert_eq!(ok.status(), StatusCode::SEE_OTHER);
        assert!(location(&ok).ends_with("?ok=godkendt"));
    }
    let path = format!("/admin/foreningsdag/{day}/ansoegning/{}", activities[1].id);
    let taken = app
        .post_as(
            Some(&teacher),
            &path,
            &path,
            &[
                ("lokale", rooms[0].0.to_string().as_str()),
                ("handling", "godkend"),
            ],
        )
        .await;
    assert_eq!(taken.status(), StatusCode::BAD_REQUEST);
    assert!(
        taken
            .text()
            .await
            .unwrap()
            .contains("En anden forening har allerede lokalet.")
    );
    let by_title = |t: &str| {
        activities
            .iter()
            .find(|a| a.title == t)
            .unwrap()
            .id
            .to_string()
    };
    let (archery, scouts, band) = (
        by_title("Prøv bueskydning"),
        by_title("Hør om spejderlivet"),
        by_title("Spil i et band"),
    );

    // Pupils: the code opens the choice; the page is small, has no script, reads easily.
    let code_a = codes[0].code.to_lowercase();
    let first = app
        .post_as(
            None,
            "/foreningsdag",
            "/foreningsdag",
            &[("kode", code_a.as_str()), ("handling", "kode")],
        )
        .await;
    assert_eq!(first.status(), StatusCode::OK);
    let html = first.text().await.unwrap();
    assert!(
        html.contains("I er fra 7.a") && html.contains("4 pladser fri."),
        "{html}"
    );
    assert!(
        html.len() <= 20 * 1024 && !html.contains("<script"),
        "{}",
        html.len()
    );
    let words: Vec<String> = [
        "days-pupil-title",
        "days-pupil-lead",
        "days-code",
        "days-code-hint",
        "days-error-code",
        "days-choice-how",
        "days-names",
        "days-names-hint",
        "days-full",
        "days-choose",
        "days-error-names-none",
        "days-error-names-many",
        "days-error-names-first",
        "days-error-choose",
        "days-error-twice",
        "days-error-full",
        "days-card-title",
        "days-card-saved",
        "days-card-print",
        "days-card-after",
    ]
    .iter()
    .map(|k| sammen::i18n::Lang::Da.t(k))
    .collect();
    let reading = sammen::pages::lix::measure(&words);
    assert!(reading.lix <= 25.0, "LIX {}", reading.lix);

    // A wrong code, a surname, the same association twice: Danish, nothing lost.
    let wrong = choose(&app, "AAAAAA", "Ali", &[&archery, &scouts]).await;
    assert_eq!(wrong.status(), StatusCode::BAD_REQUEST);
    assert!(wrong.text().await.unwrap().contains("Koden virker ikke."));
    let twice = choose(&app, &code_a, "Ali Hansen\nMaja", &[&archery, &archery]).await;
    assert_eq!(twice.status(), StatusCode::BAD_REQUEST);
    let html = twice.text().await.unwrap();
    assert!(
        html.contains("Skriv kun fornavne.")
            && html.contains("I har valgt det samme to gange.")
            && html.contains("Ali Hansen\nMaja</textarea>"),
        "{html}"
    );

    // Group 1 (7.a, three friends): archery, then the band. Group 2 (7.a, two): archery is
    // full at 9 (4 places, 3 taken) — refused; the scouts then archery at 10 fits.
    let one = choose(&app, &code_a, "Ali, Maja, Anne-Sofie", &[&archery, &band]).await;
    assert_eq!(one.status(), StatusCode::SEE_OTHER);
    let card = location(&one);
    assert!(
        card.contains("/foreningsdag/kort/") && card.ends_with("?ny=1"),
        "{card}"
    );
    let full = choose(&app, &code_a, "Emil, Noah", &[&archery, &scouts]).await;
    assert_eq!(full.status(), StatusCode::CONFLICT);
    assert!(
        full.text()
            .await
            .unwrap()
            .contains("Der er ikke plads til jer alle.")
    );
    let two = choose(&app, &code_a, "Emil, Noah", &[&scouts, &archery]).await;
    assert_eq!(two.status(), StatusCode::SEE_OTHER);
    let code_b = codes[1].code.clone();
    let three = choose(&app, &code_b, "Freja", &[&band, &scouts]).await;
    assert_eq!(three.status(), StatusCode::SEE_OTHER);

    // The card: one per pupil, the choices and the associations' pages, no name.
    let (status, html) = text(&app, None, &card).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Jeres valg er gemt.")
            && html.contains("09.00–09.45")
            && html.contains("Prøv bueskydning")
            && html.contains(&format!("/organisation/{}", organisations[0])),
        "{html}"
    );
    assert_eq!(html.matches("class=\"day-card").count(), 3);
    assert!(!html.contains("Maja") && !html.contains("Ali,"), "{html}");
    assert_eq!(
        app.get(&format!("/foreningsdag/kort/{}", "0".repeat(64)))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    // The plan: a page per class with the names, a page per association with the counts.
    let plan = format!("{desk}/plan");
    let (_, html) = text(&app, Some(&teacher), &plan).await;
    for text in [
        "Klasse 7.a",
        "Klasse 7.b",
        "Ali, Maja og Anne-Sofie",
        "Emil og Noah",
        "Freja",
        "7.a: 3 elever",
        "7.b: 1 elev",
    ] {
        assert!(html.contains(text), "{text} missing in {html}");
    }
    assert_eq!(html.matches("class=\"plan-page\"").count(), 5);

    // The timetables: one mail per member, over real SMTP, queued with the audit line.
    let sent = app
        .post_as(Some(&teacher), &desk, &desk, &[("handling", "send")])
        .await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    assert!(location(&sent).ends_with("?ok=sendt"));
    let mails = sink.wait_for(&members[0].0, 1).await;
    assert!(
        mails[0]
            .subject
            .starts_with("Foreningsdag i 7.: jeres tidsplan på Vig Skole"),
        "{}",
        mails[0].subject
    );
    assert!(
        mails[0].body.contains("09.00–09.45: 7.a (3 elever)")
            && mails[0].body.contains("10.00–10.45: 7.a (2 elever)"),
        "{}",
        mails[0].body
    );
    let band_mail = sink.wait_for(&members[2].0, 1).await;
    assert!(
        band_mail[0].body.contains("09.00–09.45: 7.b (1 elev)")
            && band_mail[0].body.contains("10.00–10.45: 7.a (3 elever)"),
        "{}",
        band_mail[0].body
    );
    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'association-day.send-plan'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(audited, 1);

    // The day after: housekeeping blanks the names; the plan keeps the counts.
    clock.set("2026-12-11T08:00:00Z".parse().unwrap());
    let ctx = sammen::jobs::JobContext::with_defaults(store.clone());
    sammen::jobs::housekeeping(&ctx).await.unwrap();
    let names: Vec<String> = sqlx::query_scalar("SELECT names FROM association_day_group")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(names, ["", "", ""]);
    // (The teacher signs in again: eleven days have passed.)
    let teacher_id: i64 =
        sqlx::query_scalar("SELECT id FROM account WHERE email = 'laerer@example.org'")
            .fetch_one(&pool)
            .await
            .unwrap();
    let teacher = session_for(&store, teacher_id).await;
    let (_, html) = text(&app, Some(&teacher), &plan).await;
    assert!(
        !html.contains("Maja") && html.contains("3 elever") && html.contains("2 elever"),
        "{html}"
    );
    // And the code no longer opens anything.
    let late = choose(&app, &code_b, "Bo", &[&band, &scouts]).await;
    assert_eq!(late.status(), StatusCode::BAD_REQUEST);
}

async fn another_schools_teacher_cannot_see_the_day(db: TestDb) {
    let (app, _sink, _) = app(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let (school, classes, own) = school_with_classes(&app, "Vig Skole", "vig@example.org").await;
    let (_, _, other) = school_with_classes(&app, "Hørve Skole", "hoerve@example.org").await;
    let day = sammen::schools::days::DayDraft {
        title: "Foreningsdag".into(),
        date: "2026-12-10".into(),
        slots: "9-10".into(),
        rooms: "Salen".into(),
        classes: classes.clone(),
    }
    .check(common::today(), &classes)
    .unwrap();
    let id = store
        .add_association_day(municipality, school, &day, Actor::System)
        .await
        .unwrap();
    for path in [
        format!("/admin/foreningsdag/{id}"),
        format!("/admin/foreningsdag/{id}/plan"),
        format!("/admin/skole/{school}/foreningsdage"),
    ] {
        assert_eq!(
            app.get_as(Some(&own), &path).await.status(),
            StatusCode::OK,
            "{path}"
        );
        assert_eq!(
            app.get_as(Some(&other), &path).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    let closed = app
        .post_as(
            Some(&other),
            &format!("/admin/foreningsdag/{id}"),
            "/konto",
            &[("handling", "luk")],
        )
        .await;
    assert_eq!(closed.status(), StatusCode::FORBIDDEN);
    // Someone with no school and no association: refused by the route's rule.
    let nobody = make_account(&store, "ingen@example.org", "adgangskode123", &[], &[]).await;
    let nobody = session_for(&store, nobody).await;
    assert_eq!(
        app.get_as(Some(&nobody), "/admin/foreningsdage")
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let _ = Role::Teacher;
}

/// One client guessing class codes (a new form each time) gets 120 tries an hour
/// (`limits::ASSOCIATION_DAY`); then the Danish 429 page with Retry-After.
async fn guessing_codes_stops_at_the_limit(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let mut refused = 0;
    let mut answered = 0;
    for i in 0..125 {
        let guess = format!("AAA{:03}", i % 1000);
        let response = app
            .post_as(
                None,
                "/foreningsdag",
                "/foreningsdag",
                &[("kode", guess.as_str()), ("handling", "kode")],
            )
            .await;
        match response.status() {
            StatusCode::BAD_REQUEST => answered += 1,
            StatusCode::TOO_MANY_REQUESTS => {
                refused += 1;
                assert!(response.headers().contains_key("retry-after"));
                let html = response.text().await.unwrap();
                assert!(html.contains("Prøv igen om"), "{html}");
            }
            other => panic!("{other}: {}", response.text().await.unwrap()),
        }
    }
    assert_eq!(answered, 120);
    assert_eq!(refused, 5);
}
