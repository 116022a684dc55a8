//! Staff's campaigns: `/admin/kampagner` lists them, `/admin/kampagner/ny` writes a new
//! one, `/admin/kampagne/{id}` edits it and lists the events that asked to take part, each
//! accepted or declined by a button (`/admin/kampagne/{id}/arrangement/{event}`). Editors
//! and administrators.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::days;
use super::public::first_time;
use crate::campaigns::{Campaign, Draft, MAX_TEXT, MAX_TITLE, Taking};
use crate::store::audit::Actor;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::page::{FormPage, once};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/admin/kampagner", Access::Editor, list)
        .get("/admin/kampagner/ny", Access::Editor, new_form)
        .post("/admin/kampagner/ny", Access::Editor, create)
        .get("/admin/kampagne/{id}", Access::Editor, campaign_page)
        .post("/admin/kampagne/{id}", Access::Editor, save)
        .post(
            "/admin/kampagne/{id}/arrangement/{event}",
            Access::Editor,
            decide,
        )
}

#[derive(Template)]
#[template(path = "campaigns/desk.html")]
struct DeskPage {
    chrome: Chrome,
    lines: Vec<(String, String, String)>,
}

async fn list(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let lines = state
        .store
        .campaigns(served.municipality.id)
        .await?
        .iter()
        .map(|c| {
            (
                chrome.href(&format!("/admin/kampagne/{}", c.id)),
                c.title.clone(),
                days(chrome.lang, c),
            )
        })
        .collect();
    crate::web::page::render_page(&DeskPage { chrome, lines }, StatusCode::OK)
}

fn draft_of(c: &Campaign) -> Draft {
    Draft {
        slug: c.slug.clone(),
        title: c.title.clone(),
        message: c.message.clone(),
        call_to_hosts: c.call_to_hosts.clone(),
        starts_on: c.starts_on.to_string(),
        ends_on: c.ends_on.to_string(),
    }
}

fn read(form: &FormData) -> Draft {
    let cut = |name: &str, max: usize| form.get(name).chars().take(max + 1).collect::<String>();
    Draft {
        slug: cut("adresse", 61).trim().to_owned(),
        title: cut("titel", MAX_TITLE),
        message: cut("budskab", MAX_TEXT),
        call_to_hosts: cut("vaerter", MAX_TEXT),
        starts_on: cut("fra", 20),
        ends_on: cut("til", 20),
    }
}

fn draft_view(state: &AppState, chrome: &Chrome, action: &str, d: &Draft) -> FormView {
    let t = |k: &str| chrome.t(k);
    FormView::new(state, chrome, action)
        .field(
            Field::new(Kind::Text, "titel", t("campaign-label-title"))
                .value(d.title.clone())
                .max(MAX_TITLE)
                .required(),
        )
        .field(
            Field::new(Kind::Text, "adresse", t("pages-slug"))
                .hint(t("campaign-hint-slug"))
                .value(d.slug.clone())
                .max(60)
                .required(),
        )
        .field(
            Field::new(Kind::Text, "fra", t("campaign-label-from"))
                .hint(t("campaign-hint-date"))
                .value(d.starts_on.clone())
                .max(20)
                .required(),
        )
        .field(
            Field::new(Kind::Text, "til", t("campaign-label-to"))
                .hint(t("campaign-hint-date"))
                .value(d.ends_on.clone())
                .max(20)
                .required(),
        )
        .field(
            Field::new(Kind::TextArea, "budskab", t("campaign-label-message"))
                .hint(t("campaign-hint-markdown"))
                .value(d.message.clone())
                .max(MAX_TEXT)
                .required(),
        )
        .field(
            Field::new(Kind::TextArea, "vaerter", t("campaign-label-hosts"))
                .hint(t("campaign-hint-hosts"))
                .value(d.call_to_hosts.clone())
                .max(MAX_TEXT)
                .required(),
        )
        .button("handling", "gem", t("campaign-save"), false)
}

async fn new_form(chrome: Chrome, State(state): State<AppState>) -> Result<Response, HttpError> {
    let form = draft_view(&state, &chrome, "/admin/kampagner/ny", &Draft::default());
    let back = (
        chrome.href("/admin/kampagner"),
        chrome.t("campaign-desk-back"),
    );
    FormPage::new(chrome, "campaign-new-title", form)
        .link(back.0, back.1)
        .render(StatusCode::OK)
}

/// The form again with the problems named, nothing typed lost.
fn refuse(
    state: &AppState,
    chrome: Chrome,
    action: &str,
    d: &Draft,
    errors: &[(&'static str, &'static str)],
) -> Result<Response, HttpError> {
    let view = draft_view(state, &chrome, action, d).with_errors(&chrome, errors);
    FormPage::new(chrome, "campaign-new-title", view).render(StatusCode::BAD_REQUEST)
}

async fn create(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    form: FormData,
) -> Result<Response, HttpError> {
    let d = read(&form);
    let action = "/admin/kampagner/ny";
    let span = match d.check() {
        Ok(span) => span,
        Err(errors) => return refuse(&state, chrome, action, &d, &errors),
    };
    let by = Actor::Account(who.account_id);
    let added = once(&state, &form, || async {
        let added = state
            .store
            .add_campaign(served.municipality.id, &d, span, by)
            .await;
        let id = HttpError::on_conflict(added, "campaign-error-taken")?;
        let target = chrome.href(&format!("/admin/kampagne/{id}?ok=gemt"));
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await;
    match added {
        Err(HttpError::Conflict { key }) => refuse(&state, chrome, action, &d, &[("adresse", key)]),
        other => other,
    }
}

struct EntryLine {
    href: String,
    title: String,
    organisation: String,
    when: String,
    status: String,
    action: String,
    waiting: bool,
    accepted: bool,
    /// Each row's buttons are their own form, with their own token.
    token: String,
}

#[derive(Template)]
#[template(path = "campaigns/desk_campaign.html")]
struct CampaignDesk {
    chrome: Chrome,
    title: String,
    notice: Option<String>,
    public: String,
    poster: String,
    tally: String,
    entries: Vec<EntryLine>,
    form: FormView,
}

fn taking_key(t: Taking) -> &'static str {
    match t {
        Taking::Waiting => "campaign-taking-waiting",
        Taking::Accepted => "campaign-taking-accepted",
        Taking::Declined => "campaign-taking-declined",
    }
}

async fn the_campaign(state: &AppState, served: &Served, id: &str) -> Result<Campaign, HttpError> {
    let id = id.parse::<i64>().map_err(|_| HttpError::NotFound)?;
    Ok(state.store.campaign(served.municipality.id, id).await?)
}

async fn desk_view(
    state: &AppState,
    served: &Served,
    chrome: Chrome,
    c: &Campaign,
    form: FormView,
    notice: Option<String>,
) -> Result<CampaignDesk, HttpError> {
    let tally = state.store.campaign_tally(c).await?;
    let entries = state
        .store
        .campaign_entries(served.municipality.id, c.id)
        .await?
        .into_iter()
        .map(|e| EntryLine {
            href: chrome.href(&format!("/arrangement/{}", e.event_id)),
            action: chrome.href(&format!(
                "/admin/kampagne/{}/arrangement/{}",
                c.id, e.event_id
            )),
            when: first_time(chrome.lang, &e.start_local),
            status: chrome.t(taking_key(e.taking)),
            token: state
                .form_key
                .issue(chrome.session.as_deref(), state.store.now()),
            waiting: e.taking == Taking::Waiting,
            accepted: e.taking == Taking::Accepted,
            title: e.title,
            organisation: e.organisation,
        })
        .collect();
    // Staff see the seats as the public does: the same rule for every figure about people.
    let seats = crate::domain::disclosure::count(tally.seats_taken)
        .value()
        .map_or_else(|| chrome.t("figures-hidden"), |n| n.to_string());
    Ok(CampaignDesk {
        title: c.title.clone(),
        notice,
        public: chrome.href(&format!("/kampagne/{}", c.slug)),
        poster: chrome.href(&format!("/plakat/kampagne/{}", c.slug)),
        tally: chrome.lang.t_with(
            "campaign-desk-tally",
            &[
                ("count", tally.events.into()),
                ("waiting", tally.waiting.into()),
                ("seats", seats.into()),
            ],
        ),
        entries,
        form,
        chrome,
    })
}

async fn campaign_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let c = the_campaign(&state, &served, &id).await?;
    let action = format!("/admin/kampagne/{}", c.id);
    let form = draft_view(&state, &chrome, &action, &draft_of(&c));
    let notice = match q.get("ok").map(String::as_str) {
        Some("gemt") => Some(chrome.t("campaign-saved")),
        Some("besluttet") => Some(chrome.t("campaign-decided")),
        _ => None,
    };
    let page = desk_view(&state, &served, chrome, &c, form, notice).await?;
    crate::web::page::render_page(&page, StatusCode::OK)
}

async fn save(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let c = the_campaign(&state, &served, &id).await?;
    let action = format!("/admin/kampagne/{}", c.id);
    let d = read(&form);
    let span = match d.check() {
        Ok(span) => span,
        Err(errors) => {
            let view = draft_view(&state, &chrome, &action, &d).with_errors(&chrome, &errors);
            let page = desk_view(&state, &served, chrome, &c, view, None).await?;
            return crate::web::page::render_page(&page, StatusCode::BAD_REQUEST);
        }
    };
    let by = Actor::Account(who.account_id);
    let m = served.municipality.id;
    let saved = once(&state, &form, || async {
        let saved = state.store.update_campaign(m, c.id, &d, span, by).await;
        HttpError::on_conflict(saved, "campaign-error-taken")?;
        let target = chrome.href(&format!("/admin/kampagne/{}?ok=gemt", c.id));
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await;
    match saved {
        Err(HttpError::Conflict { key }) => {
            let view =
                draft_view(&state, &chrome, &action, &d).with_errors(&chrome, &[("adresse", key)]);
            let page = desk_view(&state, &served, chrome, &c, view, None).await?;
            crate::web::page::render_page(&page, StatusCode::CONFLICT)
        }
        other => other,
    }
}

async fn decide(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path((id, event)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, HttpError> {
    let c = the_campaign(&state, &served, &id).await?;
    let event = event.parse::<i64>().map_err(|_| HttpError::NotFound)?;
    let taking = match form.get("handling") {
        "accepter" => Taking::Accepted,
        "afvis" => Taking::Declined,
        _ => {
            return Err(HttpError::BadRequest {
                code: "bad_action",
                key: "campaign-error-action",
            });
        }
    };
    let by = Actor::Account(who.account_id);
    once(&state, &form, || async {
        state
            .store
            .decide_campaign_event(served.municipality.id, c.id, event, taking, by)
            .await?;
        let target = chrome.href(&format!("/admin/kampagne/{}?ok=besluttet", c.id));
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await
}
