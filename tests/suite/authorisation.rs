//! Every route × every role, anonymous included, on both backends. Allowed requests must
//! not be refused (no 403, no sign-in redirect, no 5xx); the rest must get 403 or the
//! sign-in redirect. The matrix below is written by hand, independently of the route
//! table's own rules — and the test fails when the application has a route that the
//! matrix does not list (or the matrix lists a route that no longer exists).

use crate::common;

use std::collections::BTreeSet;

use common::{TestApp, TestDb, make_account, session_for};
use reqwest::StatusCode;
use sammen::auth::Role;

both_backends!(every_route_answers_every_role_as_the_matrix_says);

/// Who may use a route: the roles allowed.
#[derive(Clone, Copy)]
enum Who {
    Everyone,
    SignedIn,
    /// Administrators and moderators.
    Moderators,
    /// Administrators and members of the organisation in the path.
    Members,
    /// Administrators, moderators and members of the offer's organisation.
    OfferKeepers,
    Administrators,
    /// Ambassadors (their own requests) and administrators (the coordinators).
    Ambassadors,
    /// The bus crew and administrators.
    Crew,
}

const MATRIX: &[(&str, &str, Who)] = &[
    ("GET", "/", Who::Everyone),
    ("GET", "/kalender", Who::Everyone),
    ("GET", "/kalender.ics", Who::Everyone),
    ("GET", "/kalender.rss", Who::Everyone),
    ("GET", "/arrangement/{id}", Who::Everyone),
    ("GET", "/arrangement/{id}/kalender.ics", Who::Everyone),
    ("POST", "/arrangement/{id}/tilmeld", Who::Everyone),
    ("GET", "/tilmelding/{token}", Who::Everyone),
    ("POST", "/tilmelding/{token}", Who::Everyone),
    (
        "GET",
        "/admin/organisation/{id}/arrangement/ny",
        Who::Members,
    ),
    (
        "POST",
        "/admin/organisation/{id}/arrangement/ny",
        Who::Members,
    ),
    ("GET", "/admin/arrangement/{id}", Who::Members),
    ("GET", "/admin/arrangement/{id}/rediger", Who::Members),
    ("POST", "/admin/arrangement/{id}/rediger", Who::Members),
    ("GET", "/admin/arrangement/{id}/deltagere.csv", Who::Members),
    ("POST", "/admin/arrangement/{id}/besked", Who::Members),
    ("POST", "/admin/arrangement/{id}/aflys", Who::Members),
    ("POST", "/admin/arrangement/{id}/flyt", Who::Members),
    ("GET", "/bussen", Who::Everyone),
    ("GET", "/bussen/stop/{id}", Who::Everyone),
    ("GET", "/bussen/stop/{id}/kalender.ics", Who::Everyone),
    ("GET", "/bussen/gtfs.zip", Who::Everyone),
    ("GET", "/bussen/nu", Who::Everyone),
    ("GET", "/bussen/kort", Who::Everyone),
    ("GET", "/bussen/gtfs-rt/vehicle-positions", Who::Everyone),
    ("GET", "/bussen/tur", Who::Crew),
    ("GET", "/admin/bussen", Who::Crew),
    ("POST", "/admin/bussen/forslag", Who::Crew),
    ("POST", "/admin/bussen/kladde", Who::Crew),
    ("POST", "/admin/bussen/besoeg/{id}", Who::Crew),
    ("POST", "/admin/bussen/udgiv", Who::Crew),
    ("POST", "/admin/bussen/kasser", Who::Crew),
    ("POST", "/admin/bussen/ekstra", Who::Crew),
    ("GET", "/admin/bussen/stop/{id}", Who::Crew),
    ("POST", "/admin/bussen/stop/{id}", Who::Crew),
    ("GET", "/admin/bussen/indstillinger", Who::Crew),
    ("POST", "/admin/bussen/indstillinger", Who::Crew),
    ("GET", "/admin/bussen/stop/ny", Who::Crew),
    ("POST", "/admin/bussen/stop/ny", Who::Crew),
    ("GET", "/admin/bussen/stop/{id}/sted", Who::Crew),
    ("POST", "/admin/bussen/stop/{id}/sted", Who::Crew),
    ("GET", "/admin/bussen/pauser", Who::Crew),
    ("POST", "/admin/bussen/pauser", Who::Crew),
    ("POST", "/admin/bussen/pauser/{id}/slet", Who::Crew),
    ("POST", "/admin/bussen/ekstra/{id}/slet", Who::Crew),
    ("POST", "/bussen/tur/position", Who::Crew),
    ("POST", "/bussen/tur/markering", Who::Crew),
    ("POST", "/bussen/stop/{id}/klokke", Who::Everyone),
    ("POST", "/bussen/stop/{id}/push", Who::Everyone),
    ("GET", "/bussen/push-sw.js", Who::Everyone),
    ("GET", "/bussen/klokke/{token}", Who::Everyone),
    ("POST", "/bussen/klokke/{token}", Who::Everyone),
    ("GET", "/ambassadorer", Who::Everyone),
    ("GET", "/om-ensomhed", Who::Everyone),
    ("GET", "/privatliv", Who::Everyone),
    ("GET", "/tilgaengelighed", Who::Everyone),
    ("GET", "/vejviser", Who::Everyone),
    ("GET", "/vejviser/livsarena/{arena}", Who::Everyone),
    ("GET", "/vejviser/maalgruppe/{group}", Who::Everyone),
    ("GET", "/vejviser/by/{town}", Who::Everyone),
    ("GET", "/vejviser/print", Who::Everyone),
    ("GET", "/vejviser/kort", Who::Everyone),
    ("GET", "/tilbud/{id}", Who::Everyone),
    ("POST", "/tilbud/{id}", Who::Everyone),
    ("GET", "/hvordan-har-du-det", Who::Everyone),
    ("POST", "/hvordan-har-du-det", Who::Everyone),
    ("GET", "/find-dit-faellesskab", Who::Everyone),
    ("GET", "/ambassadorer", Who::Everyone),
    ("GET", "/ambassadorer/{id}", Who::Everyone),
    ("GET", "/ambassadorer/{id}/bevis", Who::Everyone),
    ("GET", "/admin/ambassadorer", Who::Administrators),
    ("GET", "/admin/ambassador/ny", Who::Administrators),
    ("POST", "/admin/ambassador/ny", Who::Administrators),
    ("GET", "/admin/ambassador/{id}", Who::Administrators),
    ("POST", "/admin/ambassador/{id}", Who::Administrators),
    (
        "POST",
        "/admin/ambassador/{id}/uddannelse",
        Who::Administrators,
    ),
    ("GET", "/admin/uddannelse/ny", Who::Administrators),
    ("POST", "/admin/uddannelse/ny", Who::Administrators),
    ("POST", "/admin/ambassador/{id}/foto", Who::Administrators),
    ("GET", "/ambassadorer/{id}/foto", Who::Everyone),
    ("POST", "/konto/ambassador/foto", Who::Ambassadors),
    ("GET", "/konto/ambassador", Who::Ambassadors),
    ("POST", "/konto/ambassador", Who::Ambassadors),
    ("GET", "/ambassadorer/tal-med", Who::Everyone),
    ("POST", "/ambassadorer/tal-med", Who::Everyone),
    ("GET", "/henvendelse/{token}", Who::Everyone),
    ("POST", "/henvendelse/{token}", Who::Everyone),
    ("GET", "/admin/henvendelser", Who::Ambassadors),
    ("GET", "/admin/henvendelse/{id}", Who::Ambassadors),
    ("POST", "/admin/henvendelse/{id}", Who::Ambassadors),
    ("POST", "/find-dit-faellesskab/send", Who::Everyone),
    ("GET", "/robots.txt", Who::Everyone),
    ("GET", "/healthz", Who::Everyone),
    // Not refused but not shown either: 404 to everyone without the operators' token
    // (the token and the operators' listener are tested in hardening.rs).
    ("GET", "/readyz", Who::Everyone),
    ("GET", "/metrics", Who::Everyone),
    ("GET", "/static/{file}", Who::Everyone),
    ("GET", "/api/openapi.json", Who::Everyone),
    ("GET", "/api/municipality", Who::Everyone),
    ("GET", "/api/v1/offers", Who::Everyone),
    ("GET", "/api/v1/offers/{id}", Who::Everyone),
    ("GET", "/api/{*rest}", Who::Everyone),
    ("GET", "/organisation/{id}", Who::Everyone),
    ("GET", "/foreslaa-tilbud", Who::Everyone),
    ("POST", "/foreslaa-tilbud", Who::Everyone),
    ("GET", "/foreslaa-tilbud/tak", Who::Everyone),
    ("GET", "/login", Who::Everyone),
    ("POST", "/login", Who::Everyone),
    ("GET", "/konto/ny", Who::Everyone),
    ("POST", "/konto/ny", Who::Everyone),
    ("GET", "/konto/ny/sendt", Who::Everyone),
    ("GET", "/konto/bekraeft/{token}", Who::Everyone),
    ("POST", "/konto/bekraeft/{token}", Who::Everyone),
    ("GET", "/konto/glemt", Who::Everyone),
    ("POST", "/konto/glemt", Who::Everyone),
    ("GET", "/konto/glemt/sendt", Who::Everyone),
    ("GET", "/konto/nulstil/{token}", Who::Everyone),
    ("POST", "/konto/nulstil/{token}", Who::Everyone),
    ("GET", "/konto/invitation/{token}", Who::Everyone),
    ("POST", "/konto/invitation/{token}", Who::Everyone),
    ("GET", "/bekraeft/{token}", Who::Everyone),
    ("POST", "/bekraeft/{token}", Who::Everyone),
    ("POST", "/logout", Who::SignedIn),
    ("POST", "/konto/log-ud-overalt", Who::SignedIn),
    ("GET", "/konto", Who::SignedIn),
    ("GET", "/konto/adgangskode", Who::SignedIn),
    ("POST", "/konto/adgangskode", Who::SignedIn),
    ("GET", "/konto/data", Who::SignedIn),
    ("GET", "/konto/slet", Who::SignedIn),
    ("POST", "/konto/slet", Who::SignedIn),
    ("GET", "/admin", Who::SignedIn),
    ("GET", "/admin/konti", Who::Administrators),
    ("GET", "/admin/konti/inviter", Who::Administrators),
    ("POST", "/admin/konti/inviter", Who::Administrators),
    ("GET", "/admin/konti/{id}", Who::Administrators),
    ("POST", "/admin/konti/{id}", Who::Administrators),
    ("GET", "/admin/konti/{id}/data", Who::Administrators),
    ("GET", "/admin/log", Who::Administrators),
    ("GET", "/admin/udbakke", Who::Administrators),
    ("GET", "/admin/organisationer", Who::Administrators),
    ("GET", "/admin/organisation/{id}", Who::Members),
    ("POST", "/admin/organisation/{id}", Who::Members),
    ("GET", "/admin/organisation/{id}/tilbud/ny", Who::Members),
    ("POST", "/admin/organisation/{id}/tilbud/ny", Who::Members),
    ("GET", "/admin/tilbud/{id}/rediger", Who::Members),
    ("POST", "/admin/tilbud/{id}/rediger", Who::Members),
    ("GET", "/admin/indsendelse/{id}", Who::Members),
    ("POST", "/admin/indsendelse/{id}", Who::Members),
    ("POST", "/admin/tilbud/{id}/bekraeft", Who::OfferKeepers),
    ("GET", "/admin/moderation", Who::Moderators),
    ("GET", "/admin/moderation/{id}", Who::Moderators),
    ("POST", "/admin/moderation/{id}", Who::Moderators),
    ("POST", "/admin/moderation/rapport/{id}", Who::Moderators),
    ("GET", "/admin/foraeldede", Who::Moderators),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Person {
    Anonymous,
    NoRole,
    Administrator,
    Moderator,
    Member,
    Ambassador,
    BusCrew,
}

const PEOPLE: [Person; 7] = [
    Person::Anonymous,
    Person::NoRole,
    Person::Administrator,
    Person::Moderator,
    Person::Member,
    Person::Ambassador,
    Person::BusCrew,
];

fn allowed(who: Who, person: Person) -> bool {
    use Person::*;
    match who {
        Who::Everyone => true,
        Who::SignedIn => person != Anonymous,
        Who::Moderators => matches!(person, Administrator | Moderator),
        Who::Members => matches!(person, Administrator | Member),
        Who::OfferKeepers => matches!(person, Administrator | Moderator | Member),
        Who::Administrators => person == Administrator,
        Who::Ambassadors => matches!(person, Administrator | Ambassador),
        Who::Crew => matches!(person, Administrator | BusCrew),
    }
}

async fn every_route_answers_every_role_as_the_matrix_says(db: TestDb) {
    // The matrix and the application's route table list the same routes.
    let table: BTreeSet<(String, String)> = sammen::web::routes()
        .table
        .iter()
        .map(|r| (r.method.to_string(), r.path.to_owned()))
        .collect();
    let matrix: BTreeSet<(String, String)> = MATRIX
        .iter()
        .map(|(m, p, _)| (m.to_string(), p.to_string()))
        .collect();
    let missing: Vec<_> = table.difference(&matrix).collect();
    assert!(
        missing.is_empty(),
        "routes without an entry in the authorisation matrix: {missing:?}"
    );
    let stale: Vec<_> = matrix.difference(&table).collect();
    assert!(
        stale.is_empty(),
        "matrix entries for routes that do not exist: {stale:?}"
    );

    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap().id;
    let offer = store.offer(municipality, 1).await.unwrap();
    let org = offer.organisation.id;
    let accounts = [
        (
            Person::NoRole,
            make_account(&store, "ingen@example.org", "adgangskode123", &[], &[]).await,
        ),
        (
            Person::Administrator,
            make_account(
                &store,
                "admin@example.org",
                "adgangskode123",
                &[Role::Administrator],
                &[],
            )
            .await,
        ),
        (
            Person::Moderator,
            make_account(
                &store,
                "mod@example.org",
                "adgangskode123",
                &[Role::Moderator],
                &[],
            )
            .await,
        ),
        (
            Person::Member,
            make_account(&store, "medlem@example.org", "adgangskode123", &[], &[org]).await,
        ),
        (
            Person::Ambassador,
            make_account(
                &store,
                "amb@example.org",
                "adgangskode123",
                &[Role::Ambassador],
                &[],
            )
            .await,
        ),
        (
            Person::BusCrew,
            make_account(
                &store,
                "bus@example.org",
                "adgangskode123",
                &[Role::BusCrew],
                &[],
            )
            .await,
        ),
    ];
    // Objects the routes name: an account to change, a draft of the member's organisation,
    // and a citizen's report.
    let target = make_account(
        &store,
        "maal@example.org",
        "adgangskode123",
        &[Role::Ambassador],
        &[],
    )
    .await;
    let draft = sammen::moderation::OfferDraft {
        name: "Kladde".into(),
        ..Default::default()
    };
    let submission = store
        .create_submission(
            municipality,
            &sammen::store::submissions::NewSubmission {
                kind: sammen::store::submissions::SubmissionKind::New,
                status: sammen::store::submissions::SubmissionStatus::Draft,
                organisation_id: Some(org),
                offer_id: None,
                author: sammen::store::audit::Actor::System,
                contact_email: "",
                draft: &draft,
            },
        )
        .await
        .unwrap();
    let report = store
        .add_offer_report(
            municipality,
            &sammen::store::directory::NewOfferReport {
                offer_id: 1,
                message: "Forkert tid".into(),
                contact: String::new(),
            },
        )
        .await
        .unwrap();
    let home = app.get_text("/").await.1;
    let css = home
        .split("href=\"/static/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();

    let concrete = |method: &str, path: &str| -> String {
        let id = match path {
            p if p.starts_with("/admin/konti/") => target.to_string(),
            p if p.starts_with("/admin/indsendelse/")
                || p.starts_with("/admin/moderation/{id}") =>
            {
                submission.to_string()
            }
            p if p.starts_with("/admin/moderation/rapport/") => report.to_string(),
            p if p.starts_with("/admin/organisation/") || p.starts_with("/organisation/") => {
                org.to_string()
            }
            _ => "1".to_owned(),
        };
        let _ = method;
        path.replace("{id}", &id)
            .replace("{token}", &"ab".repeat(32))
            .replace("{arena}", "fritid")
            .replace("{group}", "aeldre")
            .replace("{town}", "asnaes")
            .replace("{file}", &css)
            .replace("{*rest}", "ukendt")
    };

    let mut failures = Vec::new();
    for (method, path, who) in MATRIX {
        let url = concrete(method, path);
        for person in PEOPLE {
            let cookie = match accounts.iter().find(|(p, _)| *p == person) {
                Some((_, id)) => Some(session_for(&store, *id).await),
                None => None,
            };
            let response = if *method == "GET" {
                app.get_as(cookie.as_deref(), &url).await
            } else {
                let token_page = if cookie.is_some() { "/konto" } else { "/login" };
                app.post_as(cookie.as_deref(), &url, token_page, &[]).await
            };
            let status = response.status();
            let location = response
                .headers()
                .get("location")
                .map(|v| v.to_str().unwrap().to_owned())
                .unwrap_or_default();
            let refused = status == StatusCode::FORBIDDEN
                || (status == StatusCode::SEE_OTHER && location.starts_with("/login?next="));
            let ok = if allowed(*who, person) {
                !refused && !status.is_server_error()
            } else {
                refused
            };
            if !ok {
                failures.push(format!("{method} {url} as {person:?}: {status} {location}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} wrong answers:\n{}",
        failures.len(),
        failures.join("\n")
    );
    app.stop().await;
}
