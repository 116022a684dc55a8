//! The staff area under `/admin`: a start page that shows what this person can do,
//! accounts and invitations (administrators), the audit log and the mail outbox.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::accounts::{self, Role};
use crate::i18n::Lang;
use crate::store::accounts::Invitation;
use crate::store::audit::Actor;
use crate::web::AppState;
use crate::web::accounts::account::{personal_data, role_name};
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::page::{FormPage, once};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/admin", Access::SignedIn, dashboard)
        .get("/admin/konti", Access::Administrator, accounts)
        .get("/admin/konti/inviter", Access::Administrator, invite_form)
        .post("/admin/konti/inviter", Access::Administrator, invite)
        .get("/admin/konti/{id}", Access::Administrator, account_detail)
        .post("/admin/konti/{id}", Access::Administrator, change_account)
        .get(
            "/admin/konti/{id}/data",
            Access::Administrator,
            account_export,
        )
        .get("/admin/log", Access::Administrator, audit_log)
        .get("/admin/udbakke", Access::Administrator, outbox)
}

pub struct Tile {
    pub href: String,
    pub title: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "accounts/admin.html")]
struct Dashboard {
    chrome: Chrome,
    tiles: Vec<Tile>,
    organisations: Vec<(String, String)>,
    no_roles: bool,
}

async fn dashboard(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
) -> Result<Response, HttpError> {
    let tile = |path: &str, key: &str| Tile {
        href: chrome.href(path),
        title: chrome.t(&format!("{key}-title")),
        text: chrome.t(&format!("{key}-text")),
    };
    let mut tiles = Vec::new();
    if who.moderates() {
        let queue = state
            .store
            .pending_submissions(who.municipality_id)
            .await?
            .len()
            + state.store.open_offer_reports(who.municipality_id).await? as usize;
        let mut t = tile("/admin/moderation", "admin-tile-moderation");
        t.title = chrome.lang.t_with(
            "admin-tile-moderation-count",
            &[("count", (queue as i64).into())],
        );
        tiles.push(t);
        tiles.push(tile("/admin/foraeldede", "admin-tile-stale"));
        tiles.push(tile("/admin/unge", "youth-admin-tile"));
    }
    if who.is_admin() {
        tiles.push(tile("/admin/konti", "admin-tile-accounts"));
        tiles.push(tile("/admin/organisationer", "admin-tile-organisations"));
        tiles.push(tile("/admin/log", "admin-tile-log"));
        tiles.push(tile("/admin/udbakke", "admin-tile-outbox"));
        tiles.push(tile("/admin/login-udbyder", "oidc-admin-tile"));
        tiles.push(tile("/admin/ambassadorer", "admin-tile-coverage"));
        tiles.push(tile("/admin/koersel", "rides-admin-tile"));
        tiles.push(tile("/admin/tal", "figures-admin-tile"));
        tiles.push(tile("/admin/kommune", "admin-municipality-tile"));
    }
    if who.has(Role::Ambassador) || who.is_admin() {
        tiles.push(tile("/admin/henvendelser", "admin-tile-ambassador"));
    }
    if who.has(Role::BusCrew) || who.is_admin() {
        tiles.push(tile("/admin/bussen", "admin-tile-bus"));
    }
    if who.edits_pages() {
        tiles.push(tile("/admin/sider", "pages-admin-tile"));
        tiles.push(tile("/admin/fortaellinger", "stories-admin-tile"));
        tiles.push(tile("/admin/kampagner", "campaign-admin-tile"));
        tiles.push(tile("/admin/strategi", "strategy-admin-tile"));
        tiles.push(tile("/admin/unges-stemme", "voice-admin-tile"));
    }
    if who.teaches() {
        tiles.push(tile("/admin/skoler", "schools-admin-tile"));
    }
    if who.is_admin() || !who.organisations.is_empty() {
        tiles.push(tile("/admin/foreningsdage", "days-admin-tile"));
    }
    let organisations = state
        .store
        .memberships_of(who.account_id)
        .await?
        .into_iter()
        .map(|(id, name)| (chrome.href(&format!("/admin/organisation/{id}")), name))
        .collect::<Vec<_>>();
    let page = Dashboard {
        no_roles: tiles.is_empty() && organisations.is_empty(),
        tiles,
        organisations,
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

// --- Accounts ---

pub struct AccountRow {
    pub href: String,
    pub name: String,
    pub email: String,
    pub roles: String,
    pub state: String,
}

#[derive(Template)]
#[template(path = "accounts/admin_accounts.html")]
struct AccountsPage {
    chrome: Chrome,
    rows: Vec<AccountRow>,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
struct Notice {
    #[serde(default)]
    ok: String,
}

async fn accounts(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Query(notice): Query<Notice>,
) -> Result<Response, HttpError> {
    let rows = state
        .store
        .accounts(who.municipality_id)
        .await?
        .into_iter()
        .map(|a| {
            let mut roles: Vec<String> =
                a.roles.iter().map(|r| role_name(chrome.lang, *r)).collect();
            roles.extend(a.organisations.iter().map(|(_, name)| {
                chrome
                    .lang
                    .t_with("role-member-of", &[("organisation", name.clone().into())])
            }));
            AccountRow {
                href: chrome.href(&format!("/admin/konti/{}", a.account.id)),
                name: a.account.name,
                email: a.account.email,
                roles: roles.join(", "),
                state: chrome.t(
                    match (a.account.password_hash.is_some(), a.account.email_confirmed) {
                        (false, _) => "admin-account-invited",
                        (true, false) => "admin-account-unconfirmed",
                        (true, true) => "admin-account-active",
                    },
                ),
            }
        })
        .collect();
    let notice = match notice.ok.as_str() {
        "inviteret" => Some(chrome.t("admin-invited")),
        "slettet" => Some(chrome.t("admin-account-deleted")),
        _ => None,
    };
    crate::web::page::render_page(
        &AccountsPage {
            chrome,
            rows,
            notice,
        },
        StatusCode::OK,
    )
}

fn role_choices(lang: Lang) -> Vec<(String, String)> {
    Role::ALL
        .iter()
        .map(|r| (r.code().to_owned(), role_name(lang, *r)))
        .collect()
}

async fn organisation_choices(
    state: &AppState,
    chrome: &Chrome,
    municipality_id: i64,
) -> Result<Vec<(String, String)>, HttpError> {
    let mut choices = vec![(String::new(), chrome.t("admin-no-organisation"))];
    choices.extend(
        state
            .store
            .organisation_names(municipality_id)
            .await?
            .into_iter()
            .map(|(id, name)| (id.to_string(), name)),
    );
    Ok(choices)
}

async fn invite_view(
    state: &AppState,
    chrome: &Chrome,
    municipality_id: i64,
    email: &str,
    name: &str,
    roles: &[String],
    organisation: &str,
) -> Result<FormView, HttpError> {
    Ok(FormView::new(state, chrome, "/admin/konti/inviter")
        .field(
            Field::new(Kind::Email, "email", chrome.t("account-email"))
                .value(email)
                .required(),
        )
        .field(
            Field::new(Kind::Text, "navn", chrome.t("account-name"))
                .hint(chrome.t("admin-invite-name-hint"))
                .value(name),
        )
        .field(
            Field::new(Kind::Checkboxes, "rolle", chrome.t("admin-roles"))
                .choices(role_choices(chrome.lang), roles),
        )
        .field(
            Field::new(Kind::Select, "organisation", chrome.t("admin-member-of"))
                .hint(chrome.t("admin-member-of-hint"))
                .choices(
                    organisation_choices(state, chrome, municipality_id).await?,
                    &[organisation.to_owned()],
                ),
        )
        .button(
            "handling",
            "inviter",
            chrome.t("admin-invite-submit"),
            false,
        ))
}

async fn invite_form(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
) -> Result<Response, HttpError> {
    let form = invite_view(&state, &chrome, who.municipality_id, "", "", &[], "").await?;
    let lead = chrome.t("admin-invite-lead");
    FormPage::new(chrome, "admin-invite-title", form)
        .lead(lead)
        .render(StatusCode::OK)
}

async fn invite(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    form: FormData,
) -> Result<Response, HttpError> {
    let email = accounts::normalise_email(form.get("email"));
    let name = form.get("navn").trim().to_owned();
    let role_codes = form.all("rolle");
    let roles: Vec<Role> = role_codes
        .iter()
        .filter_map(|c| Role::from_code(c))
        .collect();
    let organisation = form.get("organisation").to_owned();
    let organisations = state.store.organisation_names(who.municipality_id).await?;
    let organisation_id = organisation
        .parse::<i64>()
        .ok()
        .filter(|id| organisations.iter().any(|(o, _)| o == id));
    let mut errors = Vec::new();
    if !accounts::plausible_email(&email) {
        errors.push(("email", "account-error-email"));
    }
    if name.chars().count() > 100 {
        errors.push(("navn", "account-error-name"));
    }
    if roles.len() != role_codes.len() {
        errors.push(("rolle", "form-error-choice"));
    }
    if !organisation.is_empty() && organisation_id.is_none() {
        errors.push(("organisation", "form-error-choice"));
    }
    if roles.is_empty() && organisation_id.is_none() && errors.is_empty() {
        errors.push(("rolle", "admin-error-no-role"));
    }
    if !errors.is_empty() {
        let view = invite_view(
            &state,
            &chrome,
            who.municipality_id,
            &email,
            &name,
            &role_codes,
            &organisation,
        )
        .await?
        .with_errors(&chrome, &errors);
        return FormPage::new(chrome, "admin-invite-title", view).render(StatusCode::BAD_REQUEST);
    }
    once(&state, &form, || async {
        let lang = Lang::Da;
        let what: Vec<String> = roles
            .iter()
            .map(|r| role_name(lang, *r))
            .chain(
                organisation_id
                    .and_then(|id| organisations.iter().find(|(o, _)| *o == id))
                    .map(|(_, n)| {
                        lang.t_with("role-member-of", &[("organisation", n.clone().into())])
                    }),
            )
            .collect();
        let municipality = served.municipality.name.clone();
        let text =
            accounts::invitation_text(lang, &served.base_url, &municipality, &what.join(", "));
        let detail = roles
            .iter()
            .map(|r| r.code().to_owned())
            .chain(organisation_id.map(|o| format!("organisation {o}")))
            .collect::<Vec<_>>()
            .join(", ");
        state
            .store
            .invite(
                who.municipality_id,
                &Invitation {
                    email: &email,
                    name: &name,
                    roles: &roles,
                    organisation_id,
                    by: Actor::Account(who.account_id),
                    detail: &detail,
                    token_hash: &text.token_hash,
                    lifetime: crate::web::accounts::account::INVITE_SECONDS,
                    invite_mail: text.invite_mail,
                    roles_mail: text.roles_mail,
                },
            )
            .await?;
        let target = chrome.href("/admin/konti?ok=inviteret");
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await
}

#[derive(Template)]
#[template(path = "accounts/admin_account.html")]
struct AccountDetail {
    chrome: Chrome,
    id: i64,
    name: String,
    email: String,
    form: FormView,
    delete_token: String,
    notice: Option<String>,
}

async fn account_view(
    state: &AppState,
    chrome: &Chrome,
    municipality_id: i64,
    id: i64,
    roles: &[String],
    organisations: &[String],
) -> Result<FormView, HttpError> {
    let org_choices = state
        .store
        .organisation_names(municipality_id)
        .await?
        .into_iter()
        .map(|(id, name)| (id.to_string(), name))
        .collect();
    Ok(FormView::new(state, chrome, &format!("/admin/konti/{id}"))
        .field(
            Field::new(Kind::Checkboxes, "rolle", chrome.t("admin-roles"))
                .choices(role_choices(chrome.lang), roles),
        )
        .field(
            Field::new(
                Kind::Checkboxes,
                "organisation",
                chrome.t("admin-member-of"),
            )
            .choices(org_choices, organisations),
        )
        .button("handling", "gem", chrome.t("admin-account-save"), false))
}

async fn account_detail(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    Query(notice): Query<Notice>,
) -> Result<Response, HttpError> {
    let account = state.store.account(who.municipality_id, id).await?;
    let roles: Vec<String> = state
        .store
        .roles_of(id)
        .await?
        .iter()
        .map(|r| r.code().to_owned())
        .collect();
    let orgs: Vec<String> = state
        .store
        .memberships_of(id)
        .await?
        .iter()
        .map(|(o, _)| o.to_string())
        .collect();
    let form = account_view(&state, &chrome, who.municipality_id, id, &roles, &orgs).await?;
    let page = AccountDetail {
        id,
        name: account.name,
        email: account.email,
        form,
        delete_token: state
            .form_key
            .issue(Some(&who.session_hash), state.store.now()),
        notice: (notice.ok == "gemt").then(|| chrome.t("admin-account-saved")),
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

async fn change_account(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    let account = state.store.account(who.municipality_id, id).await?;
    if form.get("handling") == "slet" {
        if form.get("bekraeft").trim().to_uppercase() != "SLET" {
            return Err(HttpError::BadRequest {
                code: "confirm_missing",
                key: "account-error-delete-confirm",
            });
        }
        return once(&state, &form, || async {
            crate::web::accounts::account::delete_account(&state, &who, account.id).await?;
            let target = chrome.href("/admin/konti?ok=slettet");
            Ok((Redirect::to(&target).into_response(), target))
        })
        .await;
    }
    let wanted: Vec<Role> = form
        .all("rolle")
        .iter()
        .filter_map(|c| Role::from_code(c))
        .collect();
    // An administrator cannot take away their own administrator role: someone must remain.
    if account.id == who.account_id && !wanted.contains(&Role::Administrator) {
        return Err(HttpError::Conflict {
            key: "admin-error-own-role",
        });
    }
    let all_orgs = state.store.organisation_names(who.municipality_id).await?;
    let wanted_orgs: Vec<i64> = form
        .all("organisation")
        .iter()
        .filter_map(|o| o.parse().ok())
        .filter(|o| all_orgs.iter().any(|(id, _)| id == o))
        .collect();
    let organisations: Vec<i64> = all_orgs.iter().map(|(id, _)| *id).collect();
    once(&state, &form, || async {
        state
            .store
            .set_access(
                who.municipality_id,
                id,
                &wanted,
                &organisations,
                &wanted_orgs,
                Actor::Account(who.account_id),
            )
            .await?;
        let target = chrome.href(&format!("/admin/konti/{id}?ok=gemt"));
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await
}

async fn account_export(
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, HttpError> {
    let body = personal_data(&state, who.municipality_id, id).await?;
    state
        .store
        .audit(
            Some(who.municipality_id),
            Actor::Account(who.account_id),
            "account.exported",
            ("account", &id.to_string()),
            "",
        )
        .await?;
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        body,
    )
        .into_response())
}

// --- Audit log and outbox ---

pub struct LogRow {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "accounts/admin_log.html")]
struct LogPage {
    chrome: Chrome,
    rows: Vec<LogRow>,
    older: Option<String>,
}

#[derive(Deserialize, Default)]
struct Before {
    #[serde(default)]
    foer: Option<i64>,
}

const LOG_PAGE: i64 = 100;

async fn audit_log(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Query(before): Query<Before>,
) -> Result<Response, HttpError> {
    let entries = state
        .store
        .audit_entries(who.municipality_id, None, before.foer, LOG_PAGE)
        .await?;
    let older = (entries.len() as i64 == LOG_PAGE)
        .then(|| {
            entries
                .last()
                .map(|e| chrome.href(&format!("/admin/log?foer={}", e.id)))
        })
        .flatten();
    let rows = entries
        .into_iter()
        .map(|e| LogRow {
            at: crate::format::moment(
                chrome.lang,
                jiff::Timestamp::from_second(e.at).unwrap_or_default(),
            ),
            actor: match (e.actor, e.actor_name) {
                (Actor::Account(_), Some(name)) => name,
                (Actor::Account(id), None) => chrome
                    .lang
                    .t_with("admin-log-deleted-account", &[("id", id.into())]),
                (Actor::Anonymous, _) => chrome.t("admin-log-anonymous"),
                (Actor::System, _) => chrome.t("admin-log-system"),
            },
            action: e.action,
            subject: format!("{} {}", e.subject_type, e.subject_id),
            detail: e.detail,
        })
        .collect();
    crate::web::page::render_page(
        &LogPage {
            chrome,
            rows,
            older,
        },
        StatusCode::OK,
    )
}

pub struct MailRow {
    pub at: String,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub state: String,
}

#[derive(Template)]
#[template(path = "accounts/admin_outbox.html")]
struct OutboxPage {
    chrome: Chrome,
    rows: Vec<MailRow>,
    smtp: bool,
}

async fn outbox(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
) -> Result<Response, HttpError> {
    let rows = state
        .store
        .outbox(who.municipality_id, 100)
        .await?
        .into_iter()
        .map(|m| MailRow {
            at: crate::format::moment(
                chrome.lang,
                jiff::Timestamp::from_second(m.created_at).unwrap_or_default(),
            ),
            to: m.to,
            subject: m.subject,
            // A waiting mail's private links still work: never shown.
            body: crate::signing::mask_links(&m.body),
            state: match (m.sent_at, m.failed_at) {
                (Some(_), _) => chrome.t("admin-mail-sent"),
                (None, Some(_)) => chrome.lang.t_with(
                    "admin-mail-failed",
                    &[("error", m.last_error.unwrap_or_default().into())],
                ),
                (None, None) => chrome
                    .lang
                    .t_with("admin-mail-waiting", &[("attempts", m.attempts.into())]),
            },
        })
        .collect();
    let smtp = state.config.smtp_url.is_some();
    crate::web::page::render_page(&OutboxPage { chrome, rows, smtp }, StatusCode::OK)
}
