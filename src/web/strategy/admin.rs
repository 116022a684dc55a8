//! `/admin/strategi`: administrators and editors keep the local strategy — goals per life
//! arena (`/admin/strategi/maal/{id}`, `ny` for a new one) and initiatives
//! (`/admin/strategi/initiativ/{id}`). A refused form comes back with everything as typed
//! and the problems named in Danish; a save is one store call (row, links, audit line,
//! change-log row) and returns to the list with a confirmation.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::{StrategyView, names, strategy_view};
use crate::domain::LifeArena;
use crate::store::StoreError;
use crate::store::audit::Actor;
use crate::store::strategy::Strategy;
use crate::strategy::{
    GoalDraft, INDICATORS, InitiativeDraft, MAX_DESCRIPTION, MAX_NAME, MAX_TITLE, Status,
};
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::page::{FormPage, once};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/admin/strategi", Access::Editor, list)
        .get("/admin/strategi/maal/{id}", Access::Editor, goal_form)
        .post("/admin/strategi/maal/{id}", Access::Editor, save_goal)
        .get(
            "/admin/strategi/initiativ/{id}",
            Access::Editor,
            initiative_form,
        )
        .post(
            "/admin/strategi/initiativ/{id}",
            Access::Editor,
            save_initiative,
        )
}

#[derive(Template)]
#[template(path = "strategy/admin.html")]
struct ListPage {
    chrome: Chrome,
    notice: Option<String>,
    view: StrategyView,
}

async fn list(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let strategy = state.store.strategy(served.municipality.id).await?;
    let notice = q.contains_key("gemt").then(|| chrome.t("strategy-saved"));
    let names = names(&state, &served, &strategy).await?;
    let view = strategy_view(&chrome, &names, &strategy, true);
    crate::web::page::render_page(
        &ListPage {
            chrome,
            notice,
            view,
        },
        StatusCode::OK,
    )
}

/// `ny` or a number.
fn which(id: &str) -> Result<Option<i64>, HttpError> {
    if id == "ny" {
        return Ok(None);
    }
    id.parse::<i64>().map(Some).map_err(|_| HttpError::NotFound)
}

fn arena_choices(chrome: &Chrome) -> Vec<(String, String)> {
    LifeArena::ALL
        .iter()
        .map(|a| {
            (
                a.code().to_owned(),
                chrome.t(crate::web::pages::arena_key(*a)),
            )
        })
        .collect()
}

fn goal_view(state: &AppState, chrome: &Chrome, id: Option<i64>, g: &GoalDraft) -> FormView {
    let action = match id {
        Some(id) => format!("/admin/strategi/maal/{id}"),
        None => "/admin/strategi/maal/ny".to_owned(),
    };
    FormView::new(state, chrome, &action)
        .field(
            Field::new(Kind::Radios, "livsarena", chrome.t("strategy-arena"))
                .choices(arena_choices(chrome), std::slice::from_ref(&g.life_arena)),
        )
        .field(
            Field::new(Kind::Text, "titel", chrome.t("strategy-goal-title"))
                .hint(chrome.t("strategy-goal-title-hint"))
                .value(g.title.clone())
                .max(MAX_TITLE)
                .required(),
        )
        .field(
            Field::new(
                Kind::TextArea,
                "beskrivelse",
                chrome.t("strategy-description"),
            )
            .value(g.description.clone())
            .max(MAX_DESCRIPTION),
        )
        .button("gem", "ja", chrome.t("strategy-save"), false)
}

fn goal_page(chrome: Chrome, id: Option<i64>, form: FormView) -> FormPage {
    let title = if id.is_some() {
        "strategy-goal-edit"
    } else {
        "strategy-goal-new"
    };
    let back = chrome.href("/admin/strategi");
    let text = chrome.t("strategy-back");
    FormPage::new(chrome, title, form).link(back, text)
}

async fn goal_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, HttpError> {
    let id = which(&id)?;
    let draft = match id {
        None => GoalDraft::default(),
        Some(id) => {
            let strategy = state.store.strategy(served.municipality.id).await?;
            let g = strategy
                .goals
                .iter()
                .find(|g| g.id == id)
                .ok_or(HttpError::NotFound)?;
            GoalDraft {
                life_arena: g.life_arena.clone(),
                title: g.title.clone(),
                description: g.description.clone(),
            }
        }
    };
    let form = goal_view(&state, &chrome, id, &draft);
    crate::web::page::render_page(&goal_page(chrome, id, form), StatusCode::OK)
}

fn saved(chrome: &Chrome) -> String {
    chrome.href("/admin/strategi?gemt=1")
}

async fn save_goal(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let id = which(&id)?;
    let draft = GoalDraft {
        life_arena: form.get("livsarena").to_owned(),
        title: form.get("titel").chars().take(MAX_TITLE + 1).collect(),
        description: form
            .get("beskrivelse")
            .chars()
            .take(MAX_DESCRIPTION + 1)
            .collect(),
    };
    let errors = draft.errors();
    if !errors.is_empty() {
        let view = goal_view(&state, &chrome, id, &draft).with_errors(&chrome, &errors);
        return crate::web::page::render_page(
            &goal_page(chrome, id, view),
            StatusCode::BAD_REQUEST,
        );
    }
    let done = saved(&chrome);
    let municipality = served.municipality.id;
    once(&state, &form, || async {
        match state
            .store
            .save_goal(municipality, id, &draft, Actor::Account(who.account_id))
            .await
        {
            Err(StoreError::NotFound) => return Err(HttpError::NotFound),
            other => other?,
        };
        Ok((Redirect::to(&done).into_response(), done.clone()))
    })
    .await
}

fn initiative_view(
    state: &AppState,
    chrome: &Chrome,
    strategy: &Strategy,
    id: Option<i64>,
    d: &InitiativeDraft,
) -> FormView {
    let action = match id {
        Some(id) => format!("/admin/strategi/initiativ/{id}"),
        None => "/admin/strategi/initiativ/ny".to_owned(),
    };
    let goals = strategy
        .goals
        .iter()
        .map(|g| {
            let arena = LifeArena::from_code(&g.life_arena)
                .map(|a| chrome.t(crate::web::pages::arena_key(a)))
                .unwrap_or_default();
            (g.id.to_string(), format!("{arena}: {}", g.title))
        })
        .collect();
    let statuses = Status::ALL
        .iter()
        .map(|s| {
            (
                s.code().to_owned(),
                chrome.t(&format!("strategy-status-{}", s.code())),
            )
        })
        .collect();
    let indicators = INDICATORS
        .iter()
        .map(|(code, _)| {
            (
                (*code).to_owned(),
                chrome.t(&format!("strategy-ind-{code}")),
            )
        })
        .collect();
    FormView::new(state, chrome, &action)
        .field(
            Field::new(Kind::Select, "maal", chrome.t("strategy-goal"))
                .choices(goals, std::slice::from_ref(&d.goal)),
        )
        .field(
            Field::new(Kind::Text, "titel", chrome.t("strategy-initiative-title"))
                .value(d.title.clone())
                .max(MAX_TITLE)
                .required(),
        )
        .field(
            Field::new(
                Kind::TextArea,
                "beskrivelse",
                chrome.t("strategy-description"),
            )
            .value(d.description.clone())
            .max(MAX_DESCRIPTION),
        )
        .field(
            Field::new(Kind::Text, "ansvarlig", chrome.t("strategy-owner"))
                .hint(chrome.t("strategy-owner-hint"))
                .value(d.owner.clone())
                .max(MAX_NAME)
                .required(),
        )
        .field(
            Field::new(Kind::Text, "arbejdsgruppe", chrome.t("strategy-group"))
                .hint(chrome.t("strategy-group-hint"))
                .value(d.working_group.clone())
                .max(MAX_NAME),
        )
        .field(
            Field::new(Kind::Radios, "status", chrome.t("strategy-status"))
                .choices(statuses, std::slice::from_ref(&d.status)),
        )
        .field(
            Field::new(Kind::Text, "start", chrome.t("strategy-start"))
                .hint(chrome.t("strategy-date-hint"))
                .value(d.starts_on.clone())
                .max(20),
        )
        .field(
            Field::new(Kind::Text, "slut", chrome.t("strategy-end"))
                .hint(chrome.t("strategy-date-hint"))
                .value(d.ends_on.clone())
                .max(20),
        )
        .field(
            Field::new(Kind::Text, "tilbud", chrome.t("strategy-offers"))
                .hint(chrome.t("strategy-offers-hint"))
                .value(d.offers.clone())
                .max(400),
        )
        .field(
            Field::new(Kind::Text, "arrangementer", chrome.t("strategy-events"))
                .hint(chrome.t("strategy-events-hint"))
                .value(d.events.clone())
                .max(400),
        )
        .field(
            Field::new(
                Kind::Checkboxes,
                "indikatorer",
                chrome.t("strategy-indicators"),
            )
            .choices(indicators, &d.indicators),
        )
        .button("gem", "ja", chrome.t("strategy-save"), false)
}

fn initiative_page(chrome: Chrome, id: Option<i64>, form: FormView) -> FormPage {
    let title = if id.is_some() {
        "strategy-initiative-edit"
    } else {
        "strategy-initiative-new"
    };
    let back = chrome.href("/admin/strategi");
    let text = chrome.t("strategy-back");
    FormPage::new(chrome, title, form).link(back, text)
}

fn ids_text(ids: &[i64]) -> String {
    ids.iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

async fn initiative_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let id = which(&id)?;
    let strategy = state.store.strategy(served.municipality.id).await?;
    if strategy.goals.is_empty() {
        // An initiative works towards a goal: make one first.
        return Ok(Redirect::to(&chrome.href("/admin/strategi/maal/ny")).into_response());
    }
    let draft = match id {
        None => InitiativeDraft {
            goal: q.get("maal").cloned().unwrap_or_default(),
            status: Status::Planned.code().to_owned(),
            ..InitiativeDraft::default()
        },
        Some(id) => {
            let i = &strategy
                .initiatives
                .iter()
                .find(|i| i.id == id)
                .ok_or(HttpError::NotFound)?
                .initiative;
            InitiativeDraft {
                goal: i.goal_id.to_string(),
                title: i.title.clone(),
                description: i.description.clone(),
                owner: i.owner.clone(),
                working_group: i.working_group.clone(),
                status: i.status.code().to_owned(),
                starts_on: i.starts_on.clone(),
                ends_on: i.ends_on.clone(),
                offers: ids_text(&i.offers),
                events: ids_text(&i.events),
                indicators: i.indicators.clone(),
            }
        }
    };
    let form = initiative_view(&state, &chrome, &strategy, id, &draft);
    crate::web::page::render_page(&initiative_page(chrome, id, form), StatusCode::OK)
}

/// Puts a message (already in words) on a field and in the summary.
fn field_error(mut form: FormView, name: &str, text: String) -> FormView {
    for field in &mut form.fields {
        if field.name == name {
            field.error = Some(text.clone());
        }
    }
    form.errors.push((name.to_owned(), text));
    form
}

async fn save_initiative(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let id = which(&id)?;
    let municipality = served.municipality.id;
    let strategy = state.store.strategy(municipality).await?;
    let short =
        |name: &str, max: usize| -> String { form.get(name).chars().take(max + 1).collect() };
    let draft = InitiativeDraft {
        goal: form.get("maal").to_owned(),
        title: short("titel", MAX_TITLE),
        description: short("beskrivelse", MAX_DESCRIPTION),
        owner: short("ansvarlig", MAX_NAME),
        working_group: short("arbejdsgruppe", MAX_NAME),
        status: form.get("status").to_owned(),
        starts_on: short("start", 20),
        ends_on: short("slut", 20),
        offers: short("tilbud", 400),
        events: short("arrangementer", 400),
        indicators: form.all("indikatorer"),
    };
    let refuse = |chrome: Chrome, view: FormView| {
        crate::web::page::render_page(&initiative_page(chrome, id, view), StatusCode::BAD_REQUEST)
    };
    let initiative = match draft.check() {
        Ok(i) => i,
        Err(errors) => {
            let view = initiative_view(&state, &chrome, &strategy, id, &draft)
                .with_errors(&chrome, &errors);
            return refuse(chrome, view);
        }
    };
    let mut view = initiative_view(&state, &chrome, &strategy, id, &draft);
    let mut refused = false;
    if !strategy.goals.iter().any(|g| g.id == initiative.goal_id) {
        view = field_error(view, "maal", chrome.t("strategy-error-goal"));
        refused = true;
    }
    let (offers, events) = state.store.unknown_links(municipality, &initiative).await?;
    if !offers.is_empty() {
        let text = chrome.lang.t_with(
            "strategy-error-unknown-offers",
            &[("ids", ids_text(&offers).into())],
        );
        view = field_error(view, "tilbud", text);
        refused = true;
    }
    if !events.is_empty() {
        let text = chrome.lang.t_with(
            "strategy-error-unknown-events",
            &[("ids", ids_text(&events).into())],
        );
        view = field_error(view, "arrangementer", text);
        refused = true;
    }
    if refused {
        return refuse(chrome, view);
    }
    let done = saved(&chrome);
    once(&state, &form, || async {
        match state
            .store
            .save_initiative(
                municipality,
                id,
                &initiative,
                Actor::Account(who.account_id),
            )
            .await
        {
            Err(StoreError::NotFound) => return Err(HttpError::NotFound),
            other => other?,
        };
        Ok((Redirect::to(&done).into_response(), done.clone()))
    })
    .await
}
