//! Organisations: the public profile page with its offers, and the members' page where
//! they edit the profile, see their offers and submissions, and confirm or change offers.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::accounts;
use crate::domain::{WebAddress, tel};
use crate::store::audit::Actor;
use crate::store::submissions::OrganisationProfile;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::directory::submit::status_text;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind, town_choices};
use crate::web::page::once;
use crate::web::routes::editable;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/organisation/{id}", Access::Public, public_profile)
        .get("/admin/organisationer", Access::Administrator, list)
        .get("/admin/organisation/{id}", Access::Member, manage)
        .post("/admin/organisation/{id}", Access::Member, save)
}

pub struct OfferLink {
    pub id: i64,
    pub href: String,
    pub name: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "directory/organisation.html")]
struct PublicPage {
    chrome: Chrome,
    profile: OrganisationProfile,
    paragraphs: Vec<String>,
    tel: String,
    /// The website as a link target, only when it is an http(s) address: a profile
    /// stored before that rule (or by another way in) is shown as text, never as a link.
    website_href: Option<String>,
    offers: Vec<OfferLink>,
}

async fn public_profile(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, HttpError> {
    let id = id.parse::<i64>().map_err(|_| HttpError::NotFound)?;
    let snapshot = served.clone();
    let profile = state
        .store
        .organisation_profile(snapshot.municipality.id, id)
        .await?;
    let offers = snapshot
        .directory
        .entries()
        .iter()
        .map(|e| &e.offer)
        .filter(|o| o.organisation.id == id)
        .map(|o| OfferLink {
            id: o.id,
            href: chrome.href(&format!("/tilbud/{}", o.id)),
            name: o.name.clone(),
            text: o.short_description.clone(),
        })
        .collect();
    let page = PublicPage {
        paragraphs: profile
            .description
            .split("\n\n")
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect(),
        tel: tel(&profile.phone),
        website_href: WebAddress::parse(&profile.website).map(|w| w.to_string()),
        profile,
        offers,
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

#[derive(Template)]
#[template(path = "directory/organisations_admin.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<(String, String)>,
}

async fn list(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
) -> Result<Response, HttpError> {
    let rows = state
        .store
        .organisation_names(who.municipality_id)
        .await?
        .into_iter()
        .map(|(id, name)| (chrome.href(&format!("/admin/organisation/{id}")), name))
        .collect();
    crate::web::page::render_page(&ListPage { chrome, rows }, StatusCode::OK)
}

pub struct SubmissionLink {
    pub href: String,
    pub name: String,
    pub status: String,
}

#[derive(Template)]
#[template(path = "directory/organisation_admin.html")]
struct ManagePage {
    chrome: Chrome,
    id: i64,
    name: String,
    form: FormView,
    offers: Vec<OfferLink>,
    submissions: Vec<SubmissionLink>,
    events: Vec<(String, String)>,
    token: String,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
struct Notice {
    #[serde(default)]
    ok: String,
}

fn profile_view(
    state: &AppState,
    chrome: &Chrome,
    p: &OrganisationProfile,
    served: &Served,
) -> FormView {
    let towns = town_choices(&served.directory.towns, Some(chrome.t("form-town-none")));
    FormView::new(state, chrome, &format!("/admin/organisation/{}", p.id))
        .field(
            Field::new(Kind::Text, "navn", chrome.t("org-name"))
                .value(&p.name)
                .required(),
        )
        .field(
            Field::new(Kind::TextArea, "beskrivelse", chrome.t("org-description"))
                .hint(chrome.t("org-description-hint"))
                .value(&p.description)
                .max(3000),
        )
        .field(
            Field::new(Kind::Email, "email", chrome.t("org-email"))
                .hint(chrome.t("org-email-hint"))
                .value(&p.email)
                .autocomplete("email"),
        )
        .field(
            Field::new(Kind::Text, "telefon", chrome.t("org-phone"))
                .hint(chrome.t("org-phone-hint"))
                .value(&p.phone)
                .autocomplete("tel")
                .max(40),
        )
        .field(
            Field::new(Kind::Text, "hjemmeside", chrome.t("org-website"))
                .hint(chrome.t("org-website-hint"))
                .value(&p.website)
                .autocomplete("url"),
        )
        .field(
            Field::new(Kind::Select, "by", chrome.t("form-label-by"))
                .choices(towns, &[p.town.clone().unwrap_or_default()]),
        )
        .button("handling", "gem", chrome.t("org-save"), false)
}

async fn render_manage(
    state: &AppState,
    chrome: Chrome,
    who: &accounts::Principal,
    profile: &OrganisationProfile,
    form: FormView,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response, HttpError> {
    let id = profile.id;
    let offers = state
        .store
        .all_offers(who.municipality_id)
        .await?
        .into_iter()
        .filter(|o| o.organisation.id == id)
        .map(|o| OfferLink {
            id: o.id,
            href: chrome.href(&format!("/admin/tilbud/{}/rediger", o.id)),
            text: chrome.lang.t_with(
                "org-offer-confirmed",
                &[(
                    "date",
                    crate::format::date(chrome.lang, o.last_confirmed_on).into(),
                )],
            ),
            name: o.name,
        })
        .collect();
    let submissions = state
        .store
        .organisation_submissions(who.municipality_id, id)
        .await?
        .into_iter()
        .map(|s| SubmissionLink {
            href: chrome.href(&format!("/admin/indsendelse/{}", s.id)),
            name: if s.draft.name.trim().is_empty() {
                chrome.t("submission-untitled")
            } else {
                s.draft.name.clone()
            },
            status: status_text(&chrome, s.status),
        })
        .collect();
    let events = state
        .store
        .events(who.municipality_id)
        .await?
        .into_iter()
        .filter(|e| e.organisation.id == id)
        .map(|e| {
            (
                chrome.href(&format!("/admin/arrangement/{}", e.id)),
                e.title,
            )
        })
        .collect();
    let page = ManagePage {
        events,
        id,
        name: profile.name.clone(),
        form,
        offers,
        submissions,
        token: state
            .form_key
            .issue(Some(&who.session_hash), state.store.now()),
        notice,
        chrome,
    };
    crate::web::page::render_page(&page, status)
}

async fn manage(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    Query(notice): Query<Notice>,
) -> Result<Response, HttpError> {
    editable(&who, id)?;
    let profile = state
        .store
        .organisation_profile(who.municipality_id, id)
        .await?;
    let form = profile_view(&state, &chrome, &profile, &served);
    let notice = match notice.ok.as_str() {
        "gemt" => Some(chrome.t("org-saved")),
        "bekraeftet" => Some(chrome.t("fresh-confirmed-staff")),
        _ => None,
    };
    render_manage(&state, chrome, &who, &profile, form, notice, StatusCode::OK).await
}

async fn save(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    editable(&who, id)?;
    let current = state
        .store
        .organisation_profile(who.municipality_id, id)
        .await?;
    let town = form.get("by").to_owned();
    let snapshot = served.clone();
    let town_id = snapshot.directory.town(&town).map(|t| t.id);
    let profile = OrganisationProfile {
        id,
        name: form.get("navn").trim().to_owned(),
        kind: current.kind.clone(),
        description: form.get("beskrivelse").trim().to_owned(),
        email: accounts::normalise_email(form.get("email")),
        phone: form.get("telefon").trim().to_owned(),
        website: form.get("hjemmeside").trim().to_owned(),
        town_id,
        town: town_id.map(|_| town.clone()),
    };
    let mut errors = Vec::new();
    if profile.name.is_empty() || profile.name.chars().count() > 120 {
        errors.push(("navn", "form-error-name-empty"));
    }
    if profile.description.chars().count() > 3000 {
        errors.push(("beskrivelse", "form-error-description-long"));
    }
    if !profile.email.is_empty() && !accounts::plausible_email(&profile.email) {
        errors.push(("email", "account-error-email"));
    }
    if !profile.phone.is_empty() && crate::domain::Phone::parse(&profile.phone).is_none() {
        errors.push(("telefon", "org-error-phone"));
    }
    // Only http(s): the public page makes it a link, and `javascript:` there would run.
    if !profile.website.is_empty() && WebAddress::parse(&profile.website).is_none() {
        errors.push(("hjemmeside", "org-error-website"));
    }
    if !town.is_empty() && town_id.is_none() {
        errors.push(("by", "form-error-town"));
    }
    if !errors.is_empty() {
        let view = profile_view(&state, &chrome, &profile, &served).with_errors(&chrome, &errors);
        return render_manage(
            &state,
            chrome,
            &who,
            &current,
            view,
            None,
            StatusCode::BAD_REQUEST,
        )
        .await;
    }
    once(&state, &form, || async {
        state
            .store
            .update_organisation(
                who.municipality_id,
                &profile,
                Actor::Account(who.account_id),
            )
            .await?;
        let target = chrome.href(&format!("/admin/organisation/{id}?ok=gemt"));
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await
}
