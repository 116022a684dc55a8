//! Signing in and out, and the account itself: `/login`, `/konto` and the links that come
//! by mail (confirm the address, reset the password, accept an invitation). Accounts are
//! for those who run things; a citizen never needs one.
//!
//! Sign-in is rate limited in the database (so across servers, see `crate::limits`):
//! 5 attempts per address or 20 per client in 15 minutes, then a wait; an attempt is
//! counted before its password is checked and a right one is taken back. A wrong address and a wrong
//! password give the same message and take the same time. "Forgot password" never says
//! whether an address has an account.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::signin::{safe_next, secure};
use crate::accounts::{self, MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS, Principal};
use crate::i18n::Lang;
use crate::limits as limits_of;
use crate::store::StoreError;
use crate::store::accounts::{AccountStep, Purpose, Registration};
use crate::store::audit::Actor;
use crate::store::outbox::NewMail;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::client::Client;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::limits;
use crate::web::page::{FormPage, MessagePage, once};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::{self, MaybeSignedIn, SignedIn};

pub fn routes(r: Routes) -> Routes {
    r.get("/login", Access::Public, login_form)
        .post("/login", Access::Public, login)
        .post("/logout", Access::SignedIn, logout)
        .post("/konto/log-ud-overalt", Access::SignedIn, logout_everywhere)
        .get("/konto", Access::SignedIn, overview)
        .get("/konto/adgangskode", Access::SignedIn, password_form)
        .post("/konto/adgangskode", Access::SignedIn, change_password)
        .get("/konto/data", Access::SignedIn, export)
        .get("/konto/slet", Access::SignedIn, delete_form)
        .post("/konto/slet", Access::SignedIn, delete)
        .get("/konto/ny", Access::Public, register_form)
        .post("/konto/ny", Access::Public, register)
        .get("/konto/bekraeft/{token}", Access::Public, confirm_form)
        .post("/konto/bekraeft/{token}", Access::Public, confirm)
        .get("/konto/glemt", Access::Public, forgot_form)
        .post("/konto/glemt", Access::Public, forgot)
        .get("/konto/nulstil/{token}", Access::Public, reset_form)
        .post("/konto/nulstil/{token}", Access::Public, reset)
        .get("/konto/invitation/{token}", Access::Public, invitation_form)
        .post(
            "/konto/invitation/{token}",
            Access::Public,
            accept_invitation,
        )
}

/// How long mailed links work.
pub const CONFIRM_SECONDS: i64 = 7 * 86_400;
pub const RESET_SECONDS: i64 = 3600;
pub const INVITE_SECONDS: i64 = 14 * 86_400;

/// Password hashes at once: each argon2id hash takes 19 MiB and a core for a moment, so a
/// flood of sign-ins waits its turn here instead of exhausting memory.
static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// Runs one password hash or check on the blocking pool, at most [`HASHING`] at once.
async fn argon2<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, HttpError> {
    let _permit = HASHING
        .acquire()
        .await
        .map_err(|e| HttpError::Internal(e.into()))?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| HttpError::Internal(e.into()))
}

// --- Sign in and out ---

#[derive(Deserialize, Default)]
struct NextQuery {
    #[serde(default)]
    next: String,
    #[serde(default)]
    ude: String,
}

fn login_view(state: &AppState, chrome: &Chrome, email: &str, next: &str) -> FormView {
    FormView::new(state, chrome, "/login")
        .field(
            Field::new(Kind::Email, "email", chrome.t("account-email"))
                .value(email)
                .autocomplete("username")
                .required(),
        )
        .field(
            Field::new(Kind::Password, "adgangskode", chrome.t("account-password"))
                .autocomplete("current-password")
                .required(),
        )
        .field(Field::new(Kind::Text, "next", String::new()).value(next))
        .button("handling", "login", chrome.t("account-login-submit"), false)
}

fn login_page(
    chrome: Chrome,
    form: FormView,
    notice: Option<String>,
    provider: Option<(String, String)>,
) -> FormPage {
    let links = [
        ("/konto/glemt", "account-forgot-link"),
        ("/konto/ny", "account-register-link"),
    ];
    let mut page = FormPage::new(chrome, "account-login-title", form).notice(notice);
    page.lead.push(page.chrome.t("account-login-lead"));
    for (href, key) in links {
        let (href, text) = (page.chrome.href(href), page.chrome.t(key));
        page.links.push((href, text));
    }
    if let Some((href, text)) = provider {
        page = page.action_link(href, text);
    }
    page
}

async fn login_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    MaybeSignedIn(who): MaybeSignedIn,
    Query(query): Query<NextQuery>,
) -> Result<Response, HttpError> {
    if who.is_some() {
        return Ok(Redirect::to(&chrome.href(&safe_next(&query.next))).into_response());
    }
    let mut form = login_view(&state, &chrome, "", &query.next);
    hide_next(&mut form);
    let notice = (query.ude == "1").then(|| chrome.t("account-logged-out"));
    let provider =
        super::oidc::login_button(&state, &chrome, served.municipality.id, &query.next).await?;
    login_page(chrome, form, notice, provider).render(StatusCode::OK)
}

/// The `next` field travels as a hidden value; the template has no hidden kind, so the
/// field is removed and its value carried in the form action instead.
fn hide_next(form: &mut FormView) {
    if let Some(pos) = form.fields.iter().position(|f| f.name == "next") {
        let next = form.fields.remove(pos).value;
        if !next.is_empty() {
            let query = serde_urlencoded::to_string([("next", next)]).unwrap_or_default();
            form.action = format!("{}?{query}", form.action);
        }
    }
}

async fn login(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    client: Client,
    Query(query): Query<NextQuery>,
    form: FormData,
) -> Result<Response, HttpError> {
    let email = accounts::normalise_email(form.get("email"));
    let password = form.get("adgangskode");
    let municipality_id = served.municipality.id;
    let provider = super::oidc::login_button(&state, &chrome, municipality_id, &query.next).await?;
    let show = |chrome: Chrome, errors: &[(&'static str, &'static str)], status| {
        let mut view =
            login_view(&state, &chrome, &email, &query.next).with_errors(&chrome, errors);
        hide_next(&mut view);
        login_page(chrome, view, None, provider.clone()).render(status)
    };
    let mut errors = Vec::new();
    if email.is_empty() {
        errors.push(("email", "account-error-email-empty"));
    }
    if password.is_empty() {
        errors.push(("adgangskode", "account-error-password-empty"));
    }
    if !errors.is_empty() {
        return show(chrome, &errors, StatusCode::BAD_REQUEST);
    }
    // The attempt is counted before the password is checked, so many at once cannot all
    // pass the count; a right password takes its count back.
    let (by_client, _) = match limits::count(&state, &limits_of::SIGN_IN, &client, &email, 1).await
    {
        Ok(hits) => hits,
        Err(HttpError::TooMany { .. }) => {
            return show(
                chrome,
                &[("email", "account-error-too-many")],
                StatusCode::TOO_MANY_REQUESTS,
            );
        }
        Err(err) => return Err(err),
    };
    let account = match state.store.account_by_email(municipality_id, &email).await {
        Ok(account) => Some(account),
        Err(StoreError::NotFound) => None,
        Err(err) => return Err(err.into()),
    };
    let hash = account
        .as_ref()
        .and_then(|a| a.password_hash.clone())
        .unwrap_or_else(|| accounts::dummy_hash().to_owned());
    let password = password.to_owned();
    let matches = argon2(move || accounts::verify_password(&password, &hash)).await?;
    let Some(account) = account.filter(|a| matches && a.password_hash.is_some()) else {
        return show(
            chrome,
            &[("email", "account-error-wrong")],
            StatusCode::BAD_REQUEST,
        );
    };
    if !account.email_confirmed {
        send_confirmation(&state, account.id, &account.email, &served).await?;
        return show(
            chrome,
            &[("email", "account-error-unconfirmed")],
            StatusCode::BAD_REQUEST,
        );
    }
    state.store.unhit(by_client.id).await?;
    state
        .store
        .clear_hits(&limits::bucket(
            &state,
            &limits_of::SIGN_IN,
            "target",
            &email,
        ))
        .await?;
    let (token, token_hash) = accounts::new_token();
    let step = AccountStep::SignIn {
        session_hash: &token_hash,
        lifetime: session::LIFETIME_SECONDS,
    };
    state
        .store
        .account_step(municipality_id, account.id, step)
        .await?;
    let mut response = Redirect::to(&chrome.href(&safe_next(&query.next))).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        session::start_cookie(&token, secure(&state)),
    );
    Ok(response)
}

fn signed_out(state: &AppState, chrome: &Chrome) -> Response {
    let mut response = Redirect::to(&chrome.href("/login?ude=1")).into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, session::end_cookie(secure(state)));
    response
}

async fn logout(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    _form: FormData,
) -> Result<Response, HttpError> {
    let step = AccountStep::SignOut {
        session_hash: &who.session_hash,
    };
    state
        .store
        .account_step(who.municipality_id, who.account_id, step)
        .await?;
    Ok(signed_out(&state, &chrome))
}

async fn logout_everywhere(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    _form: FormData,
) -> Result<Response, HttpError> {
    state
        .store
        .account_step(
            who.municipality_id,
            who.account_id,
            AccountStep::SignOutEverywhere,
        )
        .await?;
    Ok(signed_out(&state, &chrome))
}

// --- The account page ---

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountPage {
    chrome: Chrome,
    name: String,
    email: String,
    roles: Vec<String>,
    organisations: Vec<(String, String)>,
    sessions: String,
    token: String,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
struct Notice {
    #[serde(default)]
    ok: String,
}

pub fn role_name(lang: Lang, role: crate::accounts::Role) -> String {
    lang.t(&format!("role-{}", role.code()))
}

async fn overview(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Query(notice): Query<Notice>,
) -> Result<Response, HttpError> {
    let organisations = state
        .store
        .memberships_of(who.account_id)
        .await?
        .into_iter()
        .map(|(id, name)| (chrome.href(&format!("/admin/organisation/{id}")), name))
        .collect();
    let page = AccountPage {
        name: who.name.clone(),
        email: who.email.clone(),
        roles: who
            .roles
            .iter()
            .map(|r| role_name(chrome.lang, *r))
            .collect(),
        organisations,
        sessions: chrome.lang.t_with(
            "account-sessions",
            &[(
                "count",
                state.store.session_count(who.account_id).await?.into(),
            )],
        ),
        token: state
            .form_key
            .issue(Some(&who.session_hash), state.store.now()),
        notice: match notice.ok.as_str() {
            "adgangskode" => Some(chrome.t("account-password-changed")),
            _ => None,
        },
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

fn new_password_fields(chrome: &Chrome, form: FormView) -> FormView {
    form.field(
        Field::new(Kind::NewPassword, "ny", chrome.t("account-new-password"))
            .hint(chrome.t("account-new-password-hint"))
            .autocomplete("new-password")
            .required(),
    )
    .field(
        Field::new(
            Kind::NewPassword,
            "gentag",
            chrome.t("account-repeat-password"),
        )
        .autocomplete("new-password")
        .required(),
    )
}

/// Checks a new password and its repetition.
fn check_new_password(form: &FormData, email: &str) -> Vec<(&'static str, &'static str)> {
    let new = form.get("ny");
    let mut errors = Vec::new();
    let chars = new.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        errors.push(("ny", "account-error-password-short"));
    } else if chars > MAX_PASSWORD_CHARS {
        errors.push(("ny", "account-error-password-long"));
    } else if new.eq_ignore_ascii_case(email) {
        errors.push(("ny", "account-error-password-email"));
    }
    if form.get("gentag") != new {
        errors.push(("gentag", "account-error-password-repeat"));
    }
    errors
}

async fn hash(password: &str) -> Result<String, HttpError> {
    let password = password.to_owned();
    argon2(move || accounts::hash_password(&password))
        .await?
        .map_err(|e| HttpError::Internal(anyhow::anyhow!("password hash: {e}")))
}

fn password_view(state: &AppState, chrome: &Chrome) -> FormView {
    let form = FormView::new(state, chrome, "/konto/adgangskode").field(
        Field::new(
            Kind::Password,
            "nuvaerende",
            chrome.t("account-current-password"),
        )
        .autocomplete("current-password")
        .required(),
    );
    new_password_fields(chrome, form).button(
        "handling",
        "gem",
        chrome.t("account-password-submit"),
        false,
    )
}

async fn password_form(
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let form = password_view(&state, &chrome);
    let back = (chrome.href("/konto"), chrome.t("account-back"));
    FormPage::new(chrome, "account-password-title", form)
        .link(back.0, back.1)
        .render(StatusCode::OK)
}

async fn change_password(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    form: FormData,
) -> Result<Response, HttpError> {
    let account = state
        .store
        .account(who.municipality_id, who.account_id)
        .await?;
    let mut errors = check_new_password(&form, &account.email);
    let current = form.get("nuvaerende").to_owned();
    let stored = account.password_hash.clone().unwrap_or_default();
    let ok = argon2(move || accounts::verify_password(&current, &stored)).await?;
    if !ok {
        errors.insert(0, ("nuvaerende", "account-error-current"));
    }
    if !errors.is_empty() {
        let view = password_view(&state, &chrome).with_errors(&chrome, &errors);
        return FormPage::new(chrome, "account-password-title", view)
            .render(StatusCode::BAD_REQUEST);
    }
    let new = hash(form.get("ny")).await?;
    once(&state, &form, || async {
        // Other sessions end; this one goes on.
        let (token, token_hash) = accounts::new_token();
        let step = AccountStep::ChangePassword {
            password_hash: &new,
            session_hash: &token_hash,
            lifetime: session::LIFETIME_SECONDS,
        };
        state
            .store
            .account_step(who.municipality_id, who.account_id, step)
            .await?;
        let target = chrome.href("/konto?ok=adgangskode");
        let mut response = Redirect::to(&target).into_response();
        response.headers_mut().append(
            header::SET_COOKIE,
            session::start_cookie(&token, secure(&state)),
        );
        Ok((response, target))
    })
    .await
}

// --- GDPR: export and delete ---

async fn export(
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
) -> Result<Response, HttpError> {
    let body = personal_data(&state, who.municipality_id, who.account_id).await?;
    state
        .store
        .audit(
            Some(who.municipality_id),
            Actor::Account(who.account_id),
            "account.exported",
            ("account", &who.account_id.to_string()),
            "",
        )
        .await?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"sammen-mine-data.json\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// Everything kept about an account, as JSON: the account, roles, memberships, sessions
/// (count), what it did (audit log) and the mail sent to it.
pub async fn personal_data(
    state: &AppState,
    municipality_id: i64,
    account_id: i64,
) -> Result<String, HttpError> {
    let account = state.store.account(municipality_id, account_id).await?;
    let roles: Vec<&str> = state
        .store
        .roles_of(account_id)
        .await?
        .iter()
        .map(|r| r.code())
        .collect();
    let organisations = state.store.memberships_of(account_id).await?;
    let audit = state
        .store
        .audit_entries(municipality_id, Some(account_id), None, 10_000)
        .await?;
    let mail = state.store.mail_to(&account.email).await?;
    let value = serde_json::json!({
        "account": {
            "id": account.id,
            "email": account.email,
            "name": account.name,
            "email_confirmed": account.email_confirmed,
            "created_at": account.created_at,
        },
        "roles": roles,
        "organisations": organisations.iter().map(|(id, name)| serde_json::json!({"id": id, "name": name})).collect::<Vec<_>>(),
        "open_sessions": state.store.session_count(account_id).await?,
        "activity": audit.iter().map(|e| serde_json::json!({"at": e.at, "action": e.action, "subject": format!("{} {}", e.subject_type, e.subject_id)})).collect::<Vec<_>>(),
        "mail": mail.iter().map(|m| serde_json::json!({"subject": m.subject, "created_at": m.created_at, "sent_at": m.sent_at})).collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&value).map_err(|e| HttpError::Internal(e.into()))
}

fn delete_view(state: &AppState, chrome: &Chrome) -> FormView {
    FormView::new(state, chrome, "/konto/slet")
        .field(
            Field::new(Kind::Text, "bekraeft", chrome.t("account-delete-confirm"))
                .hint(chrome.t("account-delete-confirm-hint"))
                .required(),
        )
        .button("handling", "slet", chrome.t("account-delete-submit"), false)
}

async fn delete_form(chrome: Chrome, State(state): State<AppState>) -> Result<Response, HttpError> {
    let form = delete_view(&state, &chrome);
    let back = (chrome.href("/konto"), chrome.t("account-back"));
    let lead = chrome.t("account-delete-lead");
    FormPage::new(chrome, "account-delete-title", form)
        .lead(lead)
        .link(back.0, back.1)
        .render(StatusCode::OK)
}

async fn delete(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    form: FormData,
) -> Result<Response, HttpError> {
    if form.get("bekraeft").trim().to_uppercase() != "SLET" {
        let view = delete_view(&state, &chrome)
            .with_errors(&chrome, &[("bekraeft", "account-error-delete-confirm")]);
        let lead = chrome.t("account-delete-lead");
        return FormPage::new(chrome, "account-delete-title", view)
            .lead(lead)
            .render(StatusCode::BAD_REQUEST);
    }
    delete_account(&state, &who, who.account_id).await?;
    let mut response = Redirect::to(&chrome.href("/login?ude=1")).into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, session::end_cookie(secure(&state)));
    Ok(response)
}

/// Deletes an account and everything about it; the audit log keeps the bare id.
pub async fn delete_account(
    state: &AppState,
    by: &Principal,
    account_id: i64,
) -> Result<(), HttpError> {
    state
        .store
        .delete_account(
            by.municipality_id,
            account_id,
            Actor::Account(by.account_id),
        )
        .await?;
    Ok(())
}

// --- Registration and e-mail confirmation ---

fn register_view(state: &AppState, chrome: &Chrome, name: &str, email: &str) -> FormView {
    let form = FormView::new(state, chrome, "/konto/ny")
        .anonymous()
        .field(
            Field::new(Kind::Text, "navn", chrome.t("account-name"))
                .value(name)
                .autocomplete("name")
                .required(),
        )
        .field(
            Field::new(Kind::Email, "email", chrome.t("account-email"))
                .hint(chrome.t("account-email-hint"))
                .value(email)
                .autocomplete("email")
                .required(),
        );
    new_password_fields(chrome, form).button(
        "handling",
        "opret",
        chrome.t("account-register-submit"),
        false,
    )
}

async fn register_form(
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let form = register_view(&state, &chrome, "", "");
    let lead = chrome.t("account-register-lead");
    FormPage::new(chrome, "account-register-title", form)
        .lead(lead)
        .render(StatusCode::OK)
}

async fn register(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    client: Client,
    form: FormData,
) -> Result<Response, HttpError> {
    let name = form.get("navn").trim().to_owned();
    let email = accounts::normalise_email(form.get("email"));
    let mut errors = Vec::new();
    if name.is_empty() || name.chars().count() > 100 {
        errors.push(("navn", "account-error-name"));
    }
    if !accounts::plausible_email(&email) {
        errors.push(("email", "account-error-email"));
    }
    errors.extend(check_new_password(&form, &email));
    if !errors.is_empty() {
        let view = register_view(&state, &chrome, &name, &email).with_errors(&chrome, &errors);
        let lead = chrome.t("account-register-lead");
        return FormPage::new(chrome, "account-register-title", view)
            .lead(lead)
            .render(StatusCode::BAD_REQUEST);
    }
    limits::guard(&state, &form, &limits_of::REGISTER, &client, &email, 1).await?;
    let municipality_id = served.municipality.id;
    let password = hash(form.get("ny")).await?;
    once(&state, &form, || async {
        let lang = Lang::Da;
        let (token, link_hash) = accounts::new_token();
        let confirm = format!("{}/konto/bekraeft/{token}", served.base_url);
        // The address has an account: say the same as for a new one, and tell its owner.
        let reset = format!("{}/konto/glemt", served.base_url);
        let registration = Registration {
            email: &email,
            name: &name,
            password_hash: &password,
            link_hash: &link_hash,
            lifetime: CONFIRM_SECONDS,
            confirm_mail: (
                lang.t("mail-confirm-subject"),
                lang.t_with("mail-confirm-body", &[("link", confirm.into())]),
            ),
            exists_mail: (
                lang.t("mail-exists-subject"),
                lang.t_with("mail-exists-body", &[("link", reset.into())]),
            ),
        };
        state.store.register(municipality_id, &registration).await?;
        let target = chrome.href("/konto/ny/sendt");
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await
}

/// Queues the confirmation mail with a fresh link.
async fn send_confirmation(
    state: &AppState,
    account_id: i64,
    email: &str,
    served: &Served,
) -> Result<(), HttpError> {
    let (token, hash) = accounts::new_token();
    state
        .store
        .create_action_token(
            &hash,
            Purpose::ConfirmEmail,
            Some(account_id),
            None,
            CONFIRM_SECONDS,
        )
        .await?;
    let lang = Lang::Da;
    let link = format!("{}/konto/bekraeft/{token}", served.base_url);
    state
        .store
        .queue_mail(&NewMail {
            municipality_id: Some(served.municipality.id),
            to: email.to_owned(),
            subject: lang.t("mail-confirm-subject"),
            body: lang.t_with("mail-confirm-body", &[("link", link.into())]),
            unique_key: None,
        })
        .await?;
    Ok(())
}

/// Checks a mailed link without using it; a used or expired link gets a kind page.
async fn valid_link(
    state: &AppState,
    token: &str,
    purpose: Purpose,
) -> Result<Option<crate::store::accounts::ActionToken>, HttpError> {
    match state
        .store
        .action_token(&accounts::token_hash(token), purpose)
        .await
    {
        Ok(t) if t.used_at.is_none() && t.expires_at > state.store.now() => Ok(Some(t)),
        Ok(_) | Err(StoreError::NotFound) => Ok(None),
        Err(err) => Err(err.into()),
    }
}

fn link_gone(chrome: Chrome) -> Result<Response, HttpError> {
    MessagePage::new(
        chrome,
        "account-link-gone-title",
        &["account-link-gone-text"],
    )
    .link("/konto/glemt", "account-forgot-link")
    .link("/login", "account-login-title")
    .render(StatusCode::GONE)
}

fn one_button(state: &AppState, chrome: &Chrome, action: &str, label_key: &str) -> FormView {
    FormView::new(state, chrome, action).button("handling", "ja", chrome.t(label_key), false)
}

async fn confirm_form(
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, HttpError> {
    if valid_link(&state, &token, Purpose::ConfirmEmail)
        .await?
        .is_none()
    {
        return link_gone(chrome);
    }
    let form = one_button(
        &state,
        &chrome,
        &format!("/konto/bekraeft/{token}"),
        "account-confirm-submit",
    );
    FormPage::new(chrome, "account-confirm-title", form).render(StatusCode::OK)
}

async fn confirm(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
    _form: FormData,
) -> Result<Response, HttpError> {
    let Some(link) = valid_link(&state, &token, Purpose::ConfirmEmail).await? else {
        return link_gone(chrome);
    };
    if let Some(account_id) = link.account_id {
        let step = AccountStep::ConfirmEmail {
            link_hash: &accounts::token_hash(&token),
        };
        state
            .store
            .account_step(served.municipality.id, account_id, step)
            .await?;
    }
    MessagePage::new(
        chrome,
        "account-confirmed-title",
        &["account-confirmed-text"],
    )
    .link("/login", "account-login-title")
    .render(StatusCode::OK)
}

// --- Forgotten password ---

fn forgot_view(state: &AppState, chrome: &Chrome, email: &str) -> FormView {
    FormView::new(state, chrome, "/konto/glemt")
        .anonymous()
        .field(
            Field::new(Kind::Email, "email", chrome.t("account-email"))
                .value(email)
                .autocomplete("email")
                .required(),
        )
        .button("handling", "send", chrome.t("account-forgot-submit"), false)
}

async fn forgot_form(chrome: Chrome, State(state): State<AppState>) -> Result<Response, HttpError> {
    let form = forgot_view(&state, &chrome, "");
    let lead = chrome.t("account-forgot-lead");
    FormPage::new(chrome, "account-forgot-title", form)
        .lead(lead)
        .render(StatusCode::OK)
}

async fn forgot(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    client: Client,
    form: FormData,
) -> Result<Response, HttpError> {
    let email = accounts::normalise_email(form.get("email"));
    if !accounts::plausible_email(&email) {
        let view = forgot_view(&state, &chrome, &email)
            .with_errors(&chrome, &[("email", "account-error-email")]);
        let lead = chrome.t("account-forgot-lead");
        return FormPage::new(chrome, "account-forgot-title", view)
            .lead(lead)
            .render(StatusCode::BAD_REQUEST);
    }
    limits::guard(&state, &form, &limits_of::FORGOT, &client, &email, 1).await?;
    let municipality_id = served.municipality.id;
    once(&state, &form, || async {
        match state.store.account_by_email(municipality_id, &email).await {
            Ok(account) => {
                let (token, hash) = accounts::new_token();
                state
                    .store
                    .create_action_token(
                        &hash,
                        Purpose::ResetPassword,
                        Some(account.id),
                        None,
                        RESET_SECONDS,
                    )
                    .await?;
                let lang = Lang::Da;
                let link = format!("{}/konto/nulstil/{token}", served.base_url);
                state
                    .store
                    .queue_mail(&NewMail {
                        municipality_id: Some(municipality_id),
                        to: account.email.clone(),
                        subject: lang.t("mail-reset-subject"),
                        body: lang.t_with("mail-reset-body", &[("link", link.into())]),
                        unique_key: None,
                    })
                    .await?;
            }
            Err(StoreError::NotFound) => {}
            Err(err) => return Err(err.into()),
        }
        let target = chrome.href("/konto/glemt/sendt");
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await
}

fn reset_view(state: &AppState, chrome: &Chrome, token: &str) -> FormView {
    new_password_fields(
        chrome,
        FormView::new(state, chrome, &format!("/konto/nulstil/{token}")),
    )
    .button(
        "handling",
        "gem",
        chrome.t("account-password-submit"),
        false,
    )
}

async fn reset_form(
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, HttpError> {
    if valid_link(&state, &token, Purpose::ResetPassword)
        .await?
        .is_none()
    {
        return link_gone(chrome);
    }
    let form = reset_view(&state, &chrome, &token);
    FormPage::new(chrome, "account-reset-title", form).render(StatusCode::OK)
}

async fn reset(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let Some(link) = valid_link(&state, &token, Purpose::ResetPassword).await? else {
        return link_gone(chrome);
    };
    let Some(account_id) = link.account_id else {
        return link_gone(chrome);
    };
    let municipality_id = served.municipality.id;
    let account = state.store.account(municipality_id, account_id).await?;
    let errors = check_new_password(&form, &account.email);
    if !errors.is_empty() {
        let view = reset_view(&state, &chrome, &token).with_errors(&chrome, &errors);
        return FormPage::new(chrome, "account-reset-title", view).render(StatusCode::BAD_REQUEST);
    }
    let new = hash(form.get("ny")).await?;
    // The link came by mail, so the address works; every session ends.
    let step = AccountStep::ResetPassword {
        link_hash: &accounts::token_hash(&token),
        password_hash: &new,
    };
    if !state
        .store
        .account_step(municipality_id, account_id, step)
        .await?
    {
        return link_gone(chrome);
    }
    MessagePage::new(
        chrome,
        "account-reset-done-title",
        &["account-reset-done-text"],
    )
    .link("/login", "account-login-title")
    .render(StatusCode::OK)
}

// --- Invitations ---

fn invitation_view(state: &AppState, chrome: &Chrome, token: &str, name: &str) -> FormView {
    let form = FormView::new(state, chrome, &format!("/konto/invitation/{token}")).field(
        Field::new(Kind::Text, "navn", chrome.t("account-name"))
            .value(name)
            .autocomplete("name")
            .required(),
    );
    new_password_fields(chrome, form).button(
        "handling",
        "opret",
        chrome.t("account-invite-submit"),
        false,
    )
}

async fn invitation_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, HttpError> {
    let Some(link) = valid_link(&state, &token, Purpose::Invite).await? else {
        return link_gone(chrome);
    };
    let municipality_id = served.municipality.id;
    let account = state
        .store
        .account(municipality_id, link.account_id.unwrap_or(0))
        .await?;
    let form = invitation_view(&state, &chrome, &token, &account.name);
    let lead = chrome
        .lang
        .t_with("account-invite-lead", &[("email", account.email.into())]);
    FormPage::new(chrome, "account-invite-title", form)
        .lead(lead)
        .render(StatusCode::OK)
}

async fn accept_invitation(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let Some(link) = valid_link(&state, &token, Purpose::Invite).await? else {
        return link_gone(chrome);
    };
    let municipality_id = served.municipality.id;
    let account = state
        .store
        .account(municipality_id, link.account_id.unwrap_or(0))
        .await?;
    let name = form.get("navn").trim().to_owned();
    let mut errors = Vec::new();
    if name.is_empty() || name.chars().count() > 100 {
        errors.push(("navn", "account-error-name"));
    }
    errors.extend(check_new_password(&form, &account.email));
    if !errors.is_empty() {
        let view = invitation_view(&state, &chrome, &token, &name).with_errors(&chrome, &errors);
        return FormPage::new(chrome, "account-invite-title", view).render(StatusCode::BAD_REQUEST);
    }
    let new = hash(form.get("ny")).await?;
    let (session_token, session_hash) = accounts::new_token();
    let step = AccountStep::AcceptInvitation {
        link_hash: &accounts::token_hash(&token),
        name: &name,
        password_hash: &new,
        session_hash: &session_hash,
        lifetime: session::LIFETIME_SECONDS,
    };
    if !state
        .store
        .account_step(municipality_id, account.id, step)
        .await?
    {
        return link_gone(chrome);
    }
    let mut response = Redirect::to(&chrome.href("/admin")).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        session::start_cookie(&session_token, secure(&state)),
    );
    Ok(response)
}

/// Pages that confirm a mail is on its way.
pub fn sent_routes(r: Routes) -> Routes {
    r.get(
        "/konto/ny/sendt",
        Access::Public,
        |chrome: Chrome| async move {
            MessagePage::new(
                chrome,
                "account-register-sent-title",
                &["account-register-sent-text"],
            )
            .render(StatusCode::OK)
        },
    )
    .get(
        "/konto/glemt/sendt",
        Access::Public,
        |chrome: Chrome| async move {
            MessagePage::new(
                chrome,
                "account-forgot-sent-title",
                &["account-forgot-sent-text"],
            )
            .link("/login", "account-login-title")
            .render(StatusCode::OK)
        },
    )
}
