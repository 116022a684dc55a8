//! Staff sign-in through an identity provider (issue 16), against a real OpenID Connect
//! provider (`tests/oidc/provider.js`, the npm package `oidc-provider`) that each test
//! starts: the group claim gives the role; a bad, reused or foreign state, a token for
//! another client, an expired token, an unverified address and a provider's error are each
//! refused with a Danish page and no session; a group that maps to nothing gives no staff
//! role; the administrators' form refuses a bad issuer or a missing client id and keeps
//! what was typed.
//!
//! The server's clock is simulated and set to the provider's clock when it started
//! (`common::oidc::config_for`, `TestProvider::now`): the provider dates its tokens by its own clock. The expiry
//! test moves the program's clock past the token's `exp`, and nothing else.

use crate::common;

use common::oidc::{Browser, ProviderClient, TestProvider, config_for, free_site};
use common::{TestApp, TestDb, location, make_account, session_cookie};
use reqwest::StatusCode;
use sammen::accounts::Role;
use sammen::store::Store;
use sammen::store::audit::Actor;

both_backends!(
    the_group_claim_makes_an_administrator,
    a_bad_or_missing_state_is_refused,
    a_used_state_is_refused_and_so_is_another_browsers,
    a_token_for_another_client_is_refused,
    an_expired_token_is_refused_by_the_programs_clock,
    an_unverified_address_is_refused,
    a_group_that_maps_to_nothing_gives_no_staff_role,
    the_providers_error_is_refused,
    the_settings_form_refuses_a_bad_issuer_and_keeps_what_was_typed,
    a_state_older_than_ten_minutes_is_refused,
    starting_sign_ins_is_limited_per_client,
    a_token_signed_with_a_key_not_known_is_refused_then_the_keys_are_fetched_again,
);

const REFUSED: &str = "Du blev ikke logget ind";

/// The provider's clients: `sammen`, `other-app`, and `sammen-wrong`, whose ID tokens are
/// issued for `other-app`; each with the callback of the server at `base`.
fn clients(base: &str) -> Vec<ProviderClient> {
    let redirect = format!("{base}/login/oidc/callback");
    let client = |id: &str, aud: Option<&str>| ProviderClient {
        id: id.into(),
        redirect_uri: redirect.clone(),
        id_token_audience: aud.map(str::to_owned),
    };
    vec![
        client("sammen", None),
        client("other-app", None),
        client("sammen-wrong", Some("other-app")),
    ]
}

/// A server with the provider set up for `client_id`, and the provider ([`clients`]).
async fn setup(
    db: &TestDb,
    client_id: &str,
    id_token_seconds: Option<u32>,
) -> Option<(TestApp, TestProvider, Store)> {
    let (port, base) = free_site();
    let config = config_for(db, port);
    let clock = config.clock.clone();
    let app = TestApp::spawn_with(config).await;
    assert_eq!(app.base, base);
    let provider = TestProvider::start(&clients(&base), id_token_seconds).await?;
    clock.set(provider.now);
    let store = db.store().await.with_clock(clock);
    let municipality = store.municipality(None).await.unwrap().id;
    store
        .save_oidc_provider(municipality, &provider.settings(client_id), Actor::System)
        .await
        .unwrap();
    Some((app, provider, store))
}

async fn refused(response: reqwest::Response, status: u16, text: &str) {
    let got = response.status().as_u16();
    assert!(session_cookie(&response).is_none());
    let html = response.text().await.unwrap();
    assert_eq!(got, status, "{html}");
    assert!(html.contains(REFUSED), "{html}");
    assert!(html.contains(text), "{text} not in {html}");
}

async fn the_group_claim_makes_an_administrator(db: TestDb) {
    let Some((app, _provider, store)) = setup(&db, "sammen", None).await else {
        return;
    };
    // The sign-in page shows the button, a plain link.
    let (_, login) = app.get_text("/login").await;
    assert!(login.contains("href=\"/login/oidc\""), "{login}");
    assert!(login.contains("Log ind med Odsherred Kommunes login"));

    let browser = Browser::default();
    let callback = browser.through_provider(&app.base, "anne").await;
    let response = browser.get(&callback).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/admin");
    assert!(browser.cookie("sammen_session").is_some());
    assert!(
        browser.cookie("sammen_oidc").is_none(),
        "the state's cookie is ended"
    );
    let admin = browser.get(&app.url("/admin")).await;
    assert_eq!(admin.status(), StatusCode::OK);

    // The account was made from the verified address with the group's role, and the
    // sign-in has its audit line.
    let municipality = store.municipality(None).await.unwrap().id;
    let account = store
        .account_by_email(municipality, "anne.admin@odsherred.example")
        .await
        .unwrap();
    assert_eq!(account.name, "Anne Admin");
    assert!(account.password_hash.is_none());
    assert_eq!(
        store.roles_of(account.id).await.unwrap(),
        vec![Role::Administrator]
    );
    let pool = common::raw_pool(&db).await;
    let detail: String = sqlx::query_scalar(
        "SELECT detail FROM audit_log WHERE action = 'account.login' AND actor_account_id = $1",
    )
    .bind(account.id)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(
        detail.contains("oidc") && detail.contains("administrator"),
        "{detail}"
    );
    // Nothing of the sign-in under way is left, and no code or token was kept.
    let pending: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM oidc_pending")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(pending, 0);
    let code = callback
        .split("code=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap();
    let state = callback
        .split("state=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap();
    let dump = common::dump(&db).await;
    assert!(!dump.contains(code), "the code is not kept");
    assert!(!dump.contains(state), "the state is kept only as its hash");
    assert!(
        !dump.contains(common::oidc::SECRET),
        "the client secret is not in the database"
    );
    app.stop().await;
}

async fn a_bad_or_missing_state_is_refused(db: TestDb) {
    let Some((app, _provider, _store)) = setup(&db, "sammen", None).await else {
        return;
    };
    let browser = Browser::default();
    refused(
        browser.get(&app.url("/login/oidc/callback?code=abc")).await,
        400,
        "Start forfra",
    )
    .await;
    let made_up = "ab".repeat(32);
    refused(
        browser
            .get(&app.url(&format!("/login/oidc/callback?code=abc&state={made_up}")))
            .await,
        400,
        "Start forfra",
    )
    .await;
    // A real answer from the provider whose state was changed on the way.
    let callback = browser.through_provider(&app.base, "anne").await;
    let state = callback
        .split("state=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .to_owned();
    let tampered = callback.replace(&state, &made_up);
    refused(browser.get(&tampered).await, 400, "Start forfra").await;
    app.stop().await;
}

async fn a_used_state_is_refused_and_so_is_another_browsers(db: TestDb) {
    let Some((app, _provider, _store)) = setup(&db, "sammen", None).await else {
        return;
    };
    let browser = Browser::default();
    let callback = browser.through_provider(&app.base, "anne").await;
    let state_cookie = browser.cookie("sammen_oidc").unwrap();
    let first = browser.get(&callback).await;
    assert_eq!(first.status(), StatusCode::SEE_OTHER);
    // The same answer again, with the state's cookie put back: the state was used.
    let again = app
        .client
        .get(&callback)
        .header("cookie", format!("sammen_oidc={state_cookie}"))
        .send()
        .await
        .unwrap();
    refused(again, 400, "Start forfra").await;

    // An answer opened in a browser that did not begin the sign-in (a link sent to
    // someone): refused, and its state is gone.
    let other = Browser::default();
    let callback = browser.through_provider(&app.base, "anne").await;
    refused(other.get(&callback).await, 400, "Start forfra").await;
    refused(browser.get(&callback).await, 400, "Start forfra").await;
    app.stop().await;
}

async fn a_token_for_another_client_is_refused(db: TestDb) {
    let Some((app, _provider, store)) = setup(&db, "sammen-wrong", None).await else {
        return;
    };
    let browser = Browser::default();
    let callback = browser.through_provider(&app.base, "anne").await;
    refused(browser.get(&callback).await, 401, "til et andet system").await;
    let municipality = store.municipality(None).await.unwrap().id;
    assert!(
        store
            .account_by_email(municipality, "anne.admin@odsherred.example")
            .await
            .is_err(),
        "no account was made"
    );
    app.stop().await;
}

async fn an_expired_token_is_refused_by_the_programs_clock(db: TestDb) {
    // ID tokens live 60 s; the program's clock is moved 5 minutes on (past `exp` and the
    // minute of skew allowed, within the state's 10 minutes).
    let Some((app, _provider, store)) = setup(&db, "sammen", Some(60)).await else {
        return;
    };
    let browser = Browser::default();
    let callback = browser.through_provider(&app.base, "anne").await;
    let clock = store.clock().clone();
    let before = clock.now();
    clock.set(before + jiff::SignedDuration::from_mins(5));
    refused(browser.get(&callback).await, 401, "udløbet").await;

    // The same provider with the program's clock back where it was: it goes through.
    clock.set(before);
    let callback = browser.through_provider(&app.base, "anne").await;
    assert_eq!(browser.get(&callback).await.status(), StatusCode::SEE_OTHER);
    app.stop().await;
}

async fn an_unverified_address_is_refused(db: TestDb) {
    let Some((app, _provider, store)) = setup(&db, "sammen", None).await else {
        return;
    };
    let browser = Browser::default();
    let callback = browser.through_provider(&app.base, "bent").await;
    refused(browser.get(&callback).await, 403, "ikke bekræftet").await;
    let municipality = store.municipality(None).await.unwrap().id;
    assert!(
        store
            .account_by_email(municipality, "bent@odsherred.example")
            .await
            .is_err()
    );
    app.stop().await;
}

async fn a_group_that_maps_to_nothing_gives_no_staff_role(db: TestDb) {
    let Some((app, _provider, store)) = setup(&db, "sammen", None).await else {
        return;
    };
    // No account and no mapped group: refused, nothing made.
    let browser = Browser::default();
    let callback = browser.through_provider(&app.base, "carla").await;
    refused(browser.get(&callback).await, 403, "ingen konto").await;
    let municipality = store.municipality(None).await.unwrap().id;
    assert!(
        store
            .account_by_email(municipality, "carla@odsherred.example")
            .await
            .is_err()
    );

    // An account that was an administrator and a bus driver: the provider's groups no
    // longer give administrator, so that goes; bus_crew is not the provider's to give,
    // so it stays. The person is signed in but may not enter the administrators' pages.
    let id = make_account(
        &store,
        "carla@odsherred.example",
        "en lang adgangskode",
        &[Role::Administrator, Role::BusCrew],
        &[],
    )
    .await;
    let browser = Browser::default();
    let callback = browser.through_provider(&app.base, "carla").await;
    assert_eq!(browser.get(&callback).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(store.roles_of(id).await.unwrap(), vec![Role::BusCrew]);
    assert_eq!(
        browser.get(&app.url("/admin/login-udbyder")).await.status(),
        StatusCode::FORBIDDEN
    );

    // A mapped group for a new address makes the account with that role.
    let browser = Browser::default();
    let callback = browser.through_provider(&app.base, "dorte").await;
    assert_eq!(browser.get(&callback).await.status(), StatusCode::SEE_OTHER);
    let dorte = store
        .account_by_email(municipality, "dorte.ny@odsherred.example")
        .await
        .unwrap();
    assert_eq!(store.roles_of(dorte.id).await.unwrap(), vec![Role::Editor]);
    app.stop().await;
}

async fn the_providers_error_is_refused(db: TestDb) {
    let Some((app, _provider, _store)) = setup(&db, "sammen", None).await else {
        return;
    };
    let browser = Browser::default();
    // Begin, then come back as a provider does when the person cancels.
    let begin = browser.get(&app.url("/login/oidc")).await;
    assert_eq!(begin.status(), StatusCode::SEE_OTHER);
    let to_provider = location(&begin);
    assert!(
        to_provider.contains("code_challenge_method=S256"),
        "{to_provider}"
    );
    assert!(to_provider.contains("nonce="));
    assert!(to_provider.contains("response_type=code"));
    let state = to_provider
        .split("state=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap();
    let response = browser
        .get(&app.url(&format!(
            "/login/oidc/callback?error=access_denied&error_description=no&state={state}"
        )))
        .await;
    refused(response, 400, "afviste eller afbrød").await;

    // An answer that names another provider (RFC 9207's `iss`): refused before any code
    // is exchanged.
    let begin = browser.get(&app.url("/login/oidc")).await;
    let to_provider = location(&begin);
    let state = to_provider
        .split("state=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap();
    let response = browser
        .get(&app.url(&format!(
            "/login/oidc/callback?code=abc&state={state}&iss=http%3A%2F%2F127.0.0.1%3A9"
        )))
        .await;
    refused(response, 400, "kunne ikke godkendes").await;
    app.stop().await;
}

async fn the_settings_form_refuses_a_bad_issuer_and_keeps_what_was_typed(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = db.store().await;
    make_account(
        &store,
        "admin@odsherred.example",
        "en lang adgangskode",
        &[Role::Administrator],
        &[],
    )
    .await;
    let cookie = app
        .login("admin@odsherred.example", "en lang adgangskode")
        .await;
    let page = "/admin/login-udbyder";
    let fields = [
        ("udsteder", "login.odsherred.dk uden https"),
        ("klient", ""),
        ("hemmelighed", "/etc/sammen/oidc-hemmelighed"),
        ("knap", "Log ind med Odsherred Kommunes login"),
        ("gruppekrav", "groups"),
        ("roller", "sammen-admins = administrator"),
        ("scopes", "openid email profile groups"),
        ("aktiv", "ja"),
    ];
    let response = app.post_as(Some(&cookie), page, page, &fields).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let html = response.text().await.unwrap();
    assert!(html.contains("Der er problemer"), "{html}");
    assert!(html.contains("Indtast udstederens adresse"));
    assert!(html.contains("Indtast klient-id"));
    assert!(
        html.contains("login.odsherred.dk uden https"),
        "what was typed is kept"
    );
    let municipality = store.municipality(None).await.unwrap().id;
    assert!(
        store.oidc_provider(municipality).await.unwrap().is_none(),
        "nothing saved"
    );

    // Plain http to another machine is refused too.
    let mut plain = fields;
    plain[0].1 = "http://login.odsherred.dk";
    plain[1].1 = "sammen";
    let response = app.post_as(Some(&cookie), page, page, &plain).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(response.text().await.unwrap().contains("skal bruge https"));
    assert!(store.oidc_provider(municipality).await.unwrap().is_none());

    let mut good = fields;
    good[0].1 = "https://login.odsherred.dk/realms/ansatte/";
    good[1].1 = "sammen";
    let response = app.post_as(Some(&cookie), page, page, &good).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, html) = {
        let r = app.get_as(Some(&cookie), &location(&response)).await;
        (r.status(), r.text().await.unwrap())
    };
    assert!(html.contains("Login-udbyderen er gemt."), "{html}");
    assert!(
        html.contains("/login/oidc/callback"),
        "the redirect URI to register is shown"
    );
    let saved = store.oidc_provider(municipality).await.unwrap().unwrap();
    assert_eq!(saved.issuer, "https://login.odsherred.dk/realms/ansatte");
    assert_eq!(
        saved.role_map.roles_for(&["sammen-admins".into()]),
        vec![Role::Administrator]
    );
    let pool = common::raw_pool(&db).await;
    let lines: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'oidc.configured'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(lines, 1);
    app.stop().await;
}

async fn a_state_older_than_ten_minutes_is_refused(db: TestDb) {
    let Some((app, _provider, store)) = setup(&db, "sammen", None).await else {
        return;
    };
    let browser = Browser::default();
    let begin = browser.get(&app.url("/login/oidc")).await;
    let to_provider = location(&begin);
    let state = to_provider
        .split("state=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap();
    let clock = store.clock().clone();
    clock.set(clock.now() + jiff::SignedDuration::from_mins(11));
    let response = browser
        .get(&app.url(&format!("/login/oidc/callback?code=abc&state={state}")))
        .await;
    refused(response, 400, "Start forfra").await;
    app.stop().await;
}

/// `/login/oidc` keeps a row and may ask the provider: 20 starts per client in 15 minutes,
/// then the Danish 429 page with `Retry-After`.
async fn starting_sign_ins_is_limited_per_client(db: TestDb) {
    let Some((app, _provider, _store)) = setup(&db, "sammen", None).await else {
        return;
    };
    for n in 1..=20 {
        let response = app.get("/login/oidc").await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "start {n}");
    }
    let response = app.get("/login/oidc").await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(response.headers().contains_key("retry-after"));
    assert!(response.text().await.unwrap().contains("Prøv igen om"));
    app.stop().await;
}

/// The provider's keys change (it comes back with new ones where it was): Sammen still
/// holds the old keys, so the first answer's signature does not hold and is refused; the
/// keys are then fetched again and the next sign-in goes through.
async fn a_token_signed_with_a_key_not_known_is_refused_then_the_keys_are_fetched_again(
    db: TestDb,
) {
    let Some((app, provider, _store)) = setup(&db, "sammen", None).await else {
        return;
    };
    let browser = Browser::default();
    let callback = browser.through_provider(&app.base, "anne").await;
    assert_eq!(browser.get(&callback).await.status(), StatusCode::SEE_OTHER);

    let _provider = provider.restart_with_new_keys(&clients(&app.base)).await;
    let browser = Browser::default();
    let callback = browser.through_provider(&app.base, "anne").await;
    refused(browser.get(&callback).await, 401, "kunne ikke godkendes").await;

    let browser = Browser::default();
    let callback = browser.through_provider(&app.base, "anne").await;
    assert_eq!(browser.get(&callback).await.status(), StatusCode::SEE_OTHER);
    app.stop().await;
}
