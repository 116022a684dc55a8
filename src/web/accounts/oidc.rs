//! Staff sign-in through the municipality's identity provider (OpenID Connect, issue 16):
//! `/login/oidc` (the button on `/login` is a plain link to it), `/login/oidc/callback`,
//! and the administrators' settings at `/admin/login-udbyder`.
//!
//! `/login/oidc` makes a random state, keeps its SHA-256 (`oidc_pending`, 10 minutes, once)
//! and the state itself in a short cookie for `/login/oidc` only (HttpOnly, SameSite=Lax),
//! so a callback finishes only in the browser that began it (no one can sign a person in
//! as somebody else with a link). The nonce and the PKCE verifier are derived from the
//! state with the signing key. The callback checks the state (the cookie's, unknown, used,
//! older than 10 minutes or of another municipality → refused), exchanges the code and
//! checks the ID token at the program's clock ([`crate::oidc::client`]), then finds the
//! account by the verified address and starts the session as a password sign-in does.
//! Every refusal is a Danish page (4xx) and a log line naming the reason, never the code or
//! a token.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use cookie::{Cookie, SameSite};
use serde::Deserialize;

use super::signin::{safe_next, secure};
use crate::accounts;
use crate::limits as limits_of;
use crate::oidc::client::Refusal;
use crate::oidc::{self, Draft, Provider};
use crate::store::audit::Actor;
use crate::store::oidc::{OidcOutcome, OidcSignIn};
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::client::Client;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::limits;
use crate::web::page::{FormPage, MessagePage};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::{self, SignedIn};

pub fn routes(r: Routes) -> Routes {
    r.get("/login/oidc", Access::Public, begin)
        .get("/login/oidc/callback", Access::Public, callback)
        .get("/admin/login-udbyder", Access::Administrator, settings_form)
        .post("/admin/login-udbyder", Access::Administrator, save_settings)
}

/// The cookie that ties a sign-in under way to the browser that began it.
pub const STATE_COOKIE: &str = "sammen_oidc";
/// The path the provider sends the browser back to (register the municipality's public
/// address + this).
pub const CALLBACK: &str = "/login/oidc/callback";

/// The address registered at the provider as the redirect URI: on the municipality's own
/// public address (its host when the deployment serves several, else `SAMMEN_BASE_URL`).
pub fn callback_url(served: &Served) -> String {
    format!("{}{CALLBACK}", served.base_url)
}

/// The button on `/login` when the municipality has an enabled provider: (href, text).
pub async fn login_button(
    state: &AppState,
    chrome: &Chrome,
    municipality_id: i64,
    next: &str,
) -> Result<Option<(String, String)>, HttpError> {
    let provider = state.store.oidc_provider(municipality_id).await?;
    Ok(provider.filter(|p| p.enabled).map(|p| {
        let query = if next.is_empty() {
            String::new()
        } else {
            format!(
                "?{}",
                serde_urlencoded::to_string([("next", next)]).unwrap_or_default()
            )
        };
        (chrome.href(&format!("/login/oidc{query}")), p.label)
    }))
}

#[derive(Deserialize, Default)]
struct BeginQuery {
    #[serde(default)]
    next: String,
}

/// Why a sign-in was refused: the log's word and the page's text.
fn refused(
    chrome: Chrome,
    reason: &str,
    key: &str,
    status: StatusCode,
) -> Result<Response, HttpError> {
    tracing::warn!(reason, "oidc sign-in refused");
    metrics::counter!("sammen_oidc_refused_total", "reason" => reason.to_owned()).increment(1);
    MessagePage::new(chrome, "oidc-refused-title", &[key, "oidc-refused-lead"])
        .link("/login", "account-login-title")
        .render(status)
}

/// `/login/oidc`: sends the browser to the provider.
async fn begin(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    client: Client,
    Query(query): Query<BeginQuery>,
) -> Result<Response, HttpError> {
    let municipality_id = served.municipality.id;
    let Some(provider) = state
        .store
        .oidc_provider(municipality_id)
        .await?
        .filter(|p| p.enabled)
    else {
        return Err(HttpError::NotFound);
    };
    // Each start costs a row and a request to the provider: limited per client and per
    // municipality, as an anonymous form is.
    limits::spend(
        &state,
        &limits_of::OIDC_START,
        &client,
        &municipality_id.to_string(),
        1,
    )
    .await?;
    let sign_in = oidc::new_state();
    let nonce = oidc::nonce(&state.form_key, &sign_in);
    let verifier = oidc::pkce_verifier(&state.form_key, &sign_in);
    let url = match state
        .oidc
        .authorize_url(
            &provider,
            &callback_url(&served),
            &sign_in,
            &nonce,
            &verifier,
        )
        .await
    {
        Ok(url) => url,
        Err(refusal) => {
            tracing::warn!(error = %refusal, issuer = provider.issuer, "oidc discovery failed");
            return refused(
                chrome,
                "discovery",
                "oidc-refused-unavailable",
                StatusCode::BAD_GATEWAY,
            );
        }
    };
    let next = safe_next(&query.next);
    state
        .store
        .begin_oidc(&accounts::token_hash(&sign_in), municipality_id, &next)
        .await?;
    let cookie = Cookie::build((STATE_COOKIE, sign_in))
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure(&state))
        .path("/login/oidc")
        .max_age(cookie::time::Duration::seconds(oidc::PENDING_SECONDS))
        .build();
    let mut response = Redirect::to(&url).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        HeaderValue::from_str(&cookie.to_string()).map_err(|e| HttpError::Internal(e.into()))?,
    );
    Ok(response)
}

#[derive(Deserialize, Default)]
struct CallbackQuery {
    #[serde(default)]
    state: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    error: String,
    /// RFC 9207: the provider names itself in its answer (when it supports it).
    #[serde(default)]
    iss: String,
}

/// The state cookie's value, if any.
fn state_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == STATE_COOKIE)
        .map(|c| c.value().to_owned())
}

/// The state cookie's end.
fn end_state_cookie(state: &AppState) -> HeaderValue {
    let cookie = Cookie::build((STATE_COOKIE, ""))
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure(state))
        .path("/login/oidc")
        .max_age(cookie::time::Duration::ZERO)
        .build();
    HeaderValue::from_str(&cookie.to_string()).expect("cookie is ASCII")
}

fn same(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// `/login/oidc/callback`: the provider's answer.
async fn callback(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<CallbackQuery>,
) -> Result<Response, HttpError> {
    let mut response = finish(&served, chrome, &state, &headers, &query).await?;
    response
        .headers_mut()
        .append(header::SET_COOKIE, end_state_cookie(&state));
    Ok(response)
}

async fn finish(
    served: &Served,
    chrome: Chrome,
    state: &AppState,
    headers: &HeaderMap,
    query: &CallbackQuery,
) -> Result<Response, HttpError> {
    let bad_state = StatusCode::BAD_REQUEST;
    let well_formed = query.state.len() == 64 && query.state.bytes().all(|b| b.is_ascii_hexdigit());
    if !well_formed {
        return refused(chrome, "state missing", "oidc-refused-state", bad_state);
    }
    // The state is taken (single use) whatever comes next, so a refused answer cannot be
    // tried again.
    let pending = state
        .store
        .take_oidc(&accounts::token_hash(&query.state))
        .await?;
    let municipality_id = served.municipality.id;
    match pending {
        None => {
            return refused(
                chrome,
                "state unknown, used or expired",
                "oidc-refused-state",
                bad_state,
            );
        }
        Some((m, _)) if m != municipality_id => {
            return refused(
                chrome,
                "state of another municipality",
                "oidc-refused-state",
                bad_state,
            );
        }
        Some(_) if !state_cookie(headers).is_some_and(|c| same(&c, &query.state)) => {
            return refused(
                chrome,
                "state not of this browser",
                "oidc-refused-state",
                bad_state,
            );
        }
        Some(_) => {}
    }
    let next = pending.map(|(_, next)| next).unwrap_or_default();
    if !query.error.is_empty() {
        let error: String = query
            .error
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
            .take(40)
            .collect();
        tracing::warn!(error, "the identity provider answered with an error");
        return refused(
            chrome,
            "provider error",
            "oidc-refused-provider",
            StatusCode::BAD_REQUEST,
        );
    }
    if query.code.is_empty() {
        return refused(
            chrome,
            "no code",
            "oidc-refused-provider",
            StatusCode::BAD_REQUEST,
        );
    }
    let Some(provider) = state
        .store
        .oidc_provider(municipality_id)
        .await?
        .filter(|p| p.enabled)
    else {
        return refused(
            chrome,
            "provider not configured",
            "oidc-refused-unavailable",
            StatusCode::NOT_FOUND,
        );
    };
    // An answer that names another provider (a mix-up attack, RFC 9207) is refused.
    if !query.iss.is_empty() && query.iss.trim_end_matches('/') != provider.issuer {
        return refused(
            chrome,
            "iss of another provider",
            "oidc-refused-token",
            StatusCode::BAD_REQUEST,
        );
    }
    let secret = match tokio::fs::read_to_string(&provider.secret_file).await {
        Ok(secret) if !secret.trim().is_empty() => secret.trim().to_owned(),
        _ => {
            tracing::error!(
                file = provider.secret_file,
                "the identity provider's client secret file cannot be read"
            );
            return refused(
                chrome,
                "secret file",
                "oidc-refused-unavailable",
                StatusCode::BAD_GATEWAY,
            );
        }
    };
    let nonce = oidc::nonce(&state.form_key, &query.state);
    let verifier = oidc::pkce_verifier(&state.form_key, &query.state);
    let identity = match state
        .oidc
        .finish(
            &provider,
            &secret,
            &callback_url(served),
            &query.code,
            &nonce,
            &verifier,
            state.clock().unix(),
        )
        .await
    {
        Ok(identity) => identity,
        Err(refusal) => {
            tracing::warn!(error = %refusal, "oidc token refused");
            let (reason, key, status) = match &refusal {
                Refusal::Discovery(_) => (
                    "discovery",
                    "oidc-refused-unavailable",
                    StatusCode::BAD_GATEWAY,
                ),
                Refusal::Exchange(_) => {
                    ("exchange", "oidc-refused-exchange", StatusCode::BAD_REQUEST)
                }
                Refusal::Expired => ("expired", "oidc-refused-expired", StatusCode::UNAUTHORIZED),
                Refusal::Audience => (
                    "audience",
                    "oidc-refused-audience",
                    StatusCode::UNAUTHORIZED,
                ),
                Refusal::Unverified => (
                    "unverified",
                    "oidc-refused-unverified",
                    StatusCode::FORBIDDEN,
                ),
                Refusal::NoEmail => ("no email", "oidc-refused-no-email", StatusCode::FORBIDDEN),
                Refusal::Signature => ("signature", "oidc-refused-token", StatusCode::UNAUTHORIZED),
                Refusal::Nonce => ("nonce", "oidc-refused-token", StatusCode::UNAUTHORIZED),
                Refusal::Issuer => ("issuer", "oidc-refused-token", StatusCode::UNAUTHORIZED),
                Refusal::NoIdToken | Refusal::Token(_) => {
                    ("token", "oidc-refused-token", StatusCode::UNAUTHORIZED)
                }
            };
            return refused(chrome, reason, key, status);
        }
    };
    let roles = provider.role_map.roles_for(&identity.groups);
    let managed = provider.role_map.managed();
    let (token, token_hash) = accounts::new_token();
    let name = if identity.name.is_empty() {
        identity.email.clone()
    } else {
        identity.name.clone()
    };
    let outcome = state
        .store
        .oidc_sign_in(
            municipality_id,
            &OidcSignIn {
                email: &identity.email,
                name: &name,
                roles: &roles,
                managed: &managed,
                session_hash: &token_hash,
                lifetime: session::LIFETIME_SECONDS,
            },
        )
        .await?;
    match outcome {
        OidcOutcome::NoAccount => refused(
            chrome,
            "no account and no mapped group",
            "oidc-refused-no-account",
            StatusCode::FORBIDDEN,
        ),
        OidcOutcome::SignedIn {
            account_id,
            created,
        } => {
            tracing::info!(
                account_id,
                created,
                "signed in through the identity provider"
            );
            let mut response = Redirect::to(&chrome.href(&safe_next(&next))).into_response();
            response.headers_mut().append(
                header::SET_COOKIE,
                session::start_cookie(&token, secure(state)),
            );
            Ok(response)
        }
    }
}

// --- The administrators' settings ---

fn settings_view(state: &AppState, chrome: &Chrome, d: &Draft) -> FormView {
    let lang = chrome.lang;
    FormView::new(state, chrome, "/admin/login-udbyder")
        .field(
            Field::new(Kind::Text, "udsteder", lang.t("oidc-issuer"))
                .hint(lang.t("oidc-issuer-hint"))
                .value(d.issuer.clone())
                .required()
                .max(300),
        )
        .field(
            Field::new(Kind::Text, "klient", lang.t("oidc-client-id"))
                .value(d.client_id.clone())
                .required()
                .max(200),
        )
        .field(
            Field::new(Kind::Text, "hemmelighed", lang.t("oidc-secret-file"))
                .hint(lang.t("oidc-secret-file-hint"))
                .value(d.secret_file.clone())
                .required()
                .max(500),
        )
        .field(
            Field::new(Kind::Text, "knap", lang.t("oidc-label"))
                .hint(lang.t("oidc-label-hint"))
                .value(d.label.clone())
                .required()
                .max(80),
        )
        .field(
            Field::new(Kind::Text, "gruppekrav", lang.t("oidc-group-claim"))
                .hint(lang.t("oidc-group-claim-hint"))
                .value(d.group_claim.clone())
                .required()
                .max(100),
        )
        .field(
            Field::new(Kind::TextArea, "roller", lang.t("oidc-role-map"))
                .hint(lang.t("oidc-role-map-hint"))
                .value(d.role_map.clone())
                .max(4000),
        )
        .field(
            Field::new(Kind::Text, "scopes", lang.t("oidc-scopes"))
                .hint(lang.t("oidc-scopes-hint"))
                .value(d.scopes.clone())
                .required()
                .max(300),
        )
        .field(Field::new(Kind::Checkbox, "aktiv", lang.t("oidc-enabled")).checked(d.enabled))
        .button("handling", "gem", lang.t("oidc-save"), false)
}

fn settings_page(
    state: &AppState,
    served: &Served,
    chrome: Chrome,
    d: &Draft,
    errors: &[(&'static str, &'static str)],
    saved: bool,
) -> Result<Response, HttpError> {
    let form = settings_view(state, &chrome, d).with_errors(&chrome, errors);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let callback = chrome.lang.t_with(
        "oidc-settings-callback",
        &[("url", callback_url(served).into())],
    );
    let notice = saved.then(|| chrome.t("oidc-saved"));
    let lead = chrome.t("oidc-settings-lead");
    let back = (chrome.href("/admin"), chrome.t("admin-title"));
    FormPage::new(chrome, "oidc-settings-title", form)
        .lead(lead)
        .lead(callback)
        .notice(notice)
        .link(back.0, back.1)
        .render(status)
}

#[derive(Deserialize, Default)]
struct SavedQuery {
    #[serde(default)]
    gemt: String,
}

async fn settings_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, HttpError> {
    let draft = match state.store.oidc_provider(served.municipality.id).await? {
        Some(p) => Draft::of(&p),
        None => Draft::new_for(&served.municipality.name),
    };
    settings_page(&state, &served, chrome, &draft, &[], query.gemt == "1")
}

async fn save_settings(
    served: Served,
    chrome: Chrome,
    SignedIn(who): SignedIn,
    State(state): State<AppState>,
    form: FormData,
) -> Result<Response, HttpError> {
    let draft = Draft {
        issuer: form.get("udsteder").trim().to_owned(),
        client_id: form.get("klient").trim().to_owned(),
        secret_file: form.get("hemmelighed").trim().to_owned(),
        group_claim: form.get("gruppekrav").trim().to_owned(),
        scopes: form.get("scopes").trim().to_owned(),
        label: form.get("knap").trim().to_owned(),
        role_map: form.get("roller").to_owned(),
        enabled: form.get("aktiv") == "ja",
    };
    let provider: Provider = match draft.check() {
        Ok(p) => p,
        Err(errors) => return settings_page(&state, &served, chrome, &draft, &errors, false),
    };
    state
        .store
        .save_oidc_provider(
            served.municipality.id,
            &provider,
            Actor::Account(who.account_id),
        )
        .await?;
    state.oidc.forget(&provider.issuer);
    Ok(Redirect::to(&chrome.href("/admin/login-udbyder?gemt=1")).into_response())
}
