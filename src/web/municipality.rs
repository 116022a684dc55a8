//! The municipality's own look and settings (issue 16): `/kommune.css` (its header colour,
//! a stylesheet because the CSP allows no inline style), `/kommune/logo.svg`, and
//! `/admin/kommune` where administrators change its name, contact, colour and the name
//! its mail goes out under. Slug, hosts, towns and places come with the municipality's
//! file (`sammen municipality add`).

use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::municipality::{Settings, darker, parse_colour};
use crate::store::audit::Actor;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::page::FormPage;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/kommune.css", Access::Public, stylesheet)
        .get("/kommune/logo.svg", Access::Public, logo)
        .get("/admin/kommune", Access::Administrator, form)
        .post("/admin/kommune", Access::Administrator, save)
}

/// The header in the municipality's colour, the navigation a fifth darker.
async fn stylesheet(served: Served) -> Response {
    let css = match parse_colour(&served.municipality.header_colour) {
        Some(rgb) => format!(
            ".site-header {{ background: {}; }}\n.main-nav {{ background: {}; }}\n",
            served.municipality.header_colour,
            darker(rgb)
        ),
        None => String::new(),
    };
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        css,
    )
        .into_response()
}

async fn logo(served: Served) -> Result<Response, HttpError> {
    let svg = &served.municipality.logo_svg;
    if svg.is_empty() {
        return Err(HttpError::NotFound);
    }
    Ok((
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        svg.clone(),
    )
        .into_response())
}

/// The form's fields: (form name, the file's field name, label key, kind, longest).
const FIELDS: [(&str, &str, &str, Kind, usize); 8] = [
    (
        "navn",
        "name",
        "municipality-settings-name",
        Kind::Text,
        100,
    ),
    (
        "kort-navn",
        "short_name",
        "municipality-settings-short-name",
        Kind::Text,
        60,
    ),
    (
        "email",
        "contact_email",
        "municipality-settings-email",
        Kind::Email,
        200,
    ),
    (
        "telefon",
        "contact_phone",
        "municipality-settings-phone",
        Kind::Text,
        30,
    ),
    (
        "adresse",
        "address",
        "municipality-settings-address",
        Kind::Text,
        200,
    ),
    (
        "hjemmeside",
        "website",
        "municipality-settings-website",
        Kind::Text,
        300,
    ),
    (
        "farve",
        "header_colour",
        "municipality-settings-colour",
        Kind::Text,
        7,
    ),
    (
        "afsender",
        "mail_name",
        "municipality-settings-mail-name",
        Kind::Text,
        100,
    ),
];

fn values(s: &Settings) -> [String; 8] {
    [
        s.name.clone(),
        s.short_name.clone(),
        s.contact_email.clone(),
        s.contact_phone.clone(),
        s.address.clone(),
        s.website.clone(),
        s.header_colour.clone(),
        s.mail_name.clone(),
    ]
}

fn from_form(form: &FormData) -> Settings {
    let get = |name: &str, max: usize| form.get(name).trim().chars().take(max + 1).collect();
    Settings {
        name: get("navn", 100),
        short_name: get("kort-navn", 60),
        contact_email: get("email", 200),
        contact_phone: get("telefon", 30),
        address: get("adresse", 200),
        website: get("hjemmeside", 300),
        header_colour: get("farve", 7),
        mail_name: get("afsender", 100),
    }
}

#[derive(Debug, Default, Deserialize)]
struct Saved {
    #[serde(default)]
    gemt: String,
}

fn page(
    state: &AppState,
    chrome: Chrome,
    settings: &Settings,
    errors: &[(&'static str, &'static str)],
    saved: bool,
) -> Result<Response, HttpError> {
    let lang = chrome.lang;
    let mut view = FormView::new(state, &chrome, "/admin/kommune");
    for ((name, _, label, kind, max), value) in FIELDS.iter().zip(values(settings)) {
        let mut field = Field::new(*kind, name, lang.t(label))
            .value(value)
            .max(*max);
        field = match *name {
            "farve" => field.hint(lang.t("municipality-settings-colour-hint")),
            "afsender" => field.hint(lang.t("municipality-settings-mail-name-hint")),
            _ => field.required(),
        };
        view = view.field(field);
    }
    let view = view.with_errors(&chrome, errors).button(
        "handling",
        "gem",
        lang.t("municipality-settings-save"),
        false,
    );
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let back = (chrome.href("/admin"), chrome.t("admin-title"));
    let lead = chrome.t("municipality-settings-lead");
    let notice = saved.then(|| chrome.t("municipality-settings-saved"));
    FormPage::new(chrome, "municipality-settings-title", view)
        .lead(lead)
        .notice(notice)
        .link(back.0, back.1)
        .render(status)
}

async fn form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Query(saved): Query<Saved>,
) -> Result<Response, HttpError> {
    // The snapshot may lag a save by one poll; the form shows what is stored.
    let stored = state
        .store
        .municipality_by_id(served.municipality.id)
        .await?;
    page(
        &state,
        chrome,
        &Settings::of(&stored),
        &[],
        saved.gemt == "1",
    )
}

async fn save(
    served: Served,
    chrome: Chrome,
    who: SignedIn,
    State(state): State<AppState>,
    form: FormData,
) -> Result<Response, HttpError> {
    let settings = from_form(&form);
    let errors: Vec<(&'static str, &'static str)> = settings
        .errors()
        .iter()
        .filter_map(|e| FIELDS.iter().find(|f| f.1 == e.field))
        .map(|(name, file_field, ..)| (*name, error_key(file_field)))
        .collect();
    if !errors.is_empty() {
        return page(&state, chrome, &settings, &errors, false);
    }
    state
        .store
        .update_municipality_settings(
            served.municipality.id,
            &settings.cleaned(),
            Actor::Account(who.0.account_id),
        )
        .await?;
    Ok(Redirect::to(&chrome.href("/admin/kommune?gemt=1")).into_response())
}

/// The text key for an error in a field.
fn error_key(file_field: &str) -> &'static str {
    match file_field {
        "contact_email" => "municipality-settings-error-email",
        "contact_phone" => "municipality-settings-error-phone",
        "website" => "municipality-settings-error-website",
        "header_colour" => "municipality-settings-error-colour",
        _ => "municipality-settings-error-text",
    }
}
