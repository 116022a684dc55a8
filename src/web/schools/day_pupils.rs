//! Association days, the pupils' side: no account, no cookie, no script.
//!
//! - `/foreningsdag`: a group of friends types its class's code, then the first names of
//!   the group and one association per time slot (a different one each time). Both steps
//!   are limited per client and per day ([`crate::limits::ASSOCIATION_DAY`]).
//! - `/foreningsdag/kort/{token}`: the group's card, one per pupil to print, with the
//!   choices and each association's page — no name on it. The token is derived from the
//!   form's nonce; the database keeps its SHA-256 only.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use fluent_templates::fluent_bundle::FluentValue;

use crate::accounts::token_hash;
use crate::limits as limits_of;
use crate::schools::days::{self as model, SLOT_FIELDS};
use crate::store::StoreError;
use crate::store::schools::days::{Activity, AssociationDay, DayClass, DaySlot, Status};
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::client::Client;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::limits;
use crate::web::page::{FormPage, once_private, render_page};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.get("/foreningsdag", Access::Public, code_form)
        .post("/foreningsdag", Access::Public, post)
        .get("/foreningsdag/kort/{token}", Access::Public, card)
}

fn code_view(state: &AppState, chrome: &Chrome, code: &str) -> FormView {
    FormView::new(state, chrome, "/foreningsdag")
        .anonymous()
        .field(
            Field::new(Kind::Text, "kode", chrome.t("days-code"))
                .hint(chrome.t("days-code-hint"))
                .value(code)
                .autocomplete("off")
                .max(12)
                .required(),
        )
        .button("handling", "kode", chrome.t("days-code-go"), false)
}

fn code_page(chrome: Chrome, view: FormView, status: StatusCode) -> Result<Response, HttpError> {
    let lead = chrome.t("days-pupil-lead");
    FormPage::new(chrome, "days-pupil-title", view)
        .lead(lead)
        .render(status)
}

async fn code_form(chrome: Chrome, State(state): State<AppState>) -> Result<Response, HttpError> {
    let view = code_view(&state, &chrome, "");
    code_page(chrome, view, StatusCode::OK)
}

/// What the group sees of a day: its slots and the accepted associations with places left.
struct Offer {
    day: AssociationDay,
    class: DayClass,
    slots: Vec<DaySlot>,
    activities: Vec<Activity>,
    taken: HashMap<(i64, i64), i64>,
}

async fn offer(state: &AppState, day: AssociationDay, class: DayClass) -> Result<Offer, HttpError> {
    let slots = state.store.day_slots(day.id).await?;
    let activities = state
        .store
        .day_activities(day.id)
        .await?
        .into_iter()
        .filter(|a| a.status == Status::Accepted)
        .collect();
    let taken = state.store.day_taken(day.id).await?;
    Ok(Offer {
        day,
        class,
        slots,
        activities,
        taken,
    })
}

/// What the group typed, kept when the form comes back.
#[derive(Default)]
struct Typed {
    code: String,
    names: String,
    choices: Vec<String>,
}

fn choice_view(state: &AppState, chrome: &Chrome, o: &Offer, t: &Typed) -> FormView {
    let mut view = FormView::new(state, chrome, "/foreningsdag")
        .anonymous()
        .field(
            Field::new(Kind::Text, "kode", chrome.t("days-code"))
                .value(t.code.clone())
                .autocomplete("off")
                .max(12)
                .required(),
        )
        .field(
            Field::new(Kind::TextArea, "navne", chrome.t("days-names"))
                .hint(chrome.t("days-names-hint"))
                .value(t.names.clone())
                .autocomplete("off")
                .max(model::MAX_GROUP * (model::MAX_FIRST_NAME + 2))
                .required(),
        );
    for (i, (slot, field)) in o.slots.iter().zip(SLOT_FIELDS).enumerate() {
        let choices = o
            .activities
            .iter()
            .map(|a| {
                let free = a.places - o.taken.get(&(slot.id, a.id)).copied().unwrap_or(0);
                let room = a.room.as_ref().map(|r| r.1.as_str()).unwrap_or_default();
                let left = if free > 0 {
                    chrome
                        .lang
                        .t_with("days-free", &[("free", FluentValue::from(free))])
                } else {
                    chrome.t("days-full")
                };
                (
                    a.id.to_string(),
                    format!("{}: {}. {room}. {left}", a.organisation, a.title),
                )
            })
            .collect();
        let label = chrome.lang.t_with(
            "days-slot",
            &[("slot", FluentValue::from(slot.slot.label()))],
        );
        view = view.field(Field::new(Kind::Radios, field, label).choices(
            choices,
            std::slice::from_ref(&t.choices.get(i).cloned().unwrap_or_default()),
        ));
    }
    view.button("handling", "vaelg", chrome.t("days-choose"), false)
}

fn choice_page(
    chrome: Chrome,
    o: &Offer,
    view: FormView,
    status: StatusCode,
) -> Result<Response, HttpError> {
    let lead = chrome.lang.t_with(
        "days-choice-lead",
        &[
            ("title", FluentValue::from(o.day.title.clone())),
            ("school", FluentValue::from(o.day.school.clone())),
            ("class", FluentValue::from(o.class.label.clone())),
        ],
    );
    let how = chrome.t("days-choice-how");
    FormPage::new(chrome, "days-pupil-title", view)
        .lead(lead)
        .lead(how)
        .render(status)
}

async fn post(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    client: Client,
    form: FormData,
) -> Result<Response, HttpError> {
    let typed = Typed {
        code: form.get("kode").chars().take(12).collect(),
        names: form.get("navne").chars().take(400).collect(),
        choices: SLOT_FIELDS.iter().map(|f| form.get(f).to_owned()).collect(),
    };
    let today = state.clock().today().to_string();
    let found = match crate::schools::normalise_code(&typed.code) {
        Some(code) => {
            state
                .store
                .day_by_code(served.municipality.id, &code, &today)
                .await?
        }
        None => None,
    };
    let Some((day, class)) = found else {
        limits::guard(
            &state,
            &form,
            &limits_of::ASSOCIATION_DAY,
            &client,
            "code",
            1,
        )
        .await?;
        let view = code_view(&state, &chrome, &typed.code)
            .with_errors(&chrome, &[("kode", "days-error-code")]);
        return code_page(chrome, view, StatusCode::BAD_REQUEST);
    };
    let target = format!("association day {}", day.id);
    limits::guard(
        &state,
        &form,
        &limits_of::ASSOCIATION_DAY,
        &client,
        &target,
        1,
    )
    .await?;
    let o = offer(&state, day, class).await?;
    if form.get("handling") != "vaelg" {
        let view = choice_view(&state, &chrome, &o, &typed);
        return choice_page(chrome, &o, view, StatusCode::OK);
    }
    let names = model::parse_names(&typed.names);
    let offered: Vec<i64> = o.activities.iter().map(|a| a.id).collect();
    let choices = model::read_choices(&typed.choices, o.slots.len(), &offered);
    let mut errors = Vec::new();
    if let Err(key) = names {
        errors.push(("navne", key));
    }
    if let Err(e) = &choices {
        errors.extend(e.iter().copied());
    }
    let (Ok(names), Ok(choices)) = (names, choices) else {
        let view = choice_view(&state, &chrome, &o, &typed).with_errors(&chrome, &errors);
        return choice_page(chrome, &o, view, StatusCode::BAD_REQUEST);
    };
    let pairs: Vec<(i64, i64)> = o.slots.iter().map(|s| s.id).zip(choices).collect();
    let token = state.form_key.derive("association-day", &form.nonce);
    let link = chrome.href(&format!("/foreningsdag/kort/{token}"));
    let chosen = once_private(&state, &form, &token, || async {
        state
            .store
            .choose_day(
                o.day.id,
                o.class.class_id,
                &names,
                &pairs,
                &token_hash(&token),
            )
            .await
            .map_err(|e| match e {
                StoreError::Conflict(_) => HttpError::Conflict {
                    key: "days-error-full",
                },
                other => other.into(),
            })?;
        let to = format!("{link}?ny=1");
        Ok((Redirect::to(&to).into_response(), to))
    })
    .await;
    match chosen {
        Err(HttpError::Conflict { key }) if key == "days-error-full" => {
            // Places ran out while they chose: the form again with the places left now.
            let o = offer(&state, o.day, o.class).await?;
            let view = choice_view(&state, &chrome, &o, &typed).with_errors(&chrome, &[("", key)]);
            choice_page(chrome, &o, view, StatusCode::CONFLICT)
        }
        other => other,
    }
}

// ---- the card ----

#[derive(Template)]
#[template(path = "schools/day_card.html")]
struct CardPage {
    chrome: Chrome,
    new: bool,
    title: String,
    school: String,
    date: String,
    /// (time, where: association, activity and room).
    lines: Vec<(String, String)>,
    /// (link, association, the link in full for paper) — their open offers, one link away.
    associations: Vec<(String, String, String)>,
    copies: Vec<usize>,
}

async fn card(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(HttpError::NotFound);
    }
    let (day_id, group) = state
        .store
        .group_by_card(&token_hash(&token))
        .await?
        .ok_or(HttpError::NotFound)?;
    let day = state
        .store
        .association_day(served.municipality.id, day_id)
        .await?;
    let slots = state.store.day_slots(day_id).await?;
    let activities = state.store.day_activities(day_id).await?;
    let base = served.base_url.trim_end_matches('/').to_owned();
    let mut lines = Vec::new();
    let mut associations: Vec<(String, String, String)> = Vec::new();
    for s in &slots {
        let Some(a) = group
            .choices
            .iter()
            .find(|(slot, _)| *slot == s.id)
            .and_then(|(_, a)| activities.iter().find(|x| x.id == *a))
        else {
            continue;
        };
        let room = a.room.as_ref().map(|r| r.1.as_str()).unwrap_or_default();
        lines.push((
            s.slot.label(),
            format!("{}: {}. {room}", a.organisation, a.title),
        ));
        let link = chrome.href(&format!("/organisation/{}", a.organisation_id));
        if !associations.iter().any(|(l, _, _)| *l == link) {
            associations.push((
                link.clone(),
                a.organisation.clone(),
                format!("{base}{link}"),
            ));
        }
    }
    let page = CardPage {
        new: params.contains_key("ny"),
        title: day.title.clone(),
        school: day.school.clone(),
        date: crate::format::parse_date(&day.day)
            .map(|d| crate::format::day(chrome.lang, d))
            .unwrap_or_default(),
        lines,
        associations,
        copies: (0..group.size.max(1) as usize).collect(),
        chrome,
    };
    render_page(&page, StatusCode::OK)
}
