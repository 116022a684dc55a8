//! Lifts: someone signed in (an organiser, a member, anyone with an account) who goes to
//! an event anyway offers seats at `/samkoersel?arrangement={id}`. A rider asks for a
//! ride as usual (`/koersel`); on the ride's page the coordinator sees the lifts to the
//! same event beside the drivers and connects one ([`super::admin`]). The page shows the
//! event and the person's own offers — never a rider.

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind, check_length, town_choices};
use crate::web::page::FormPage;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/samkoersel", Access::SignedIn, lift_form)
        .post("/samkoersel", Access::SignedIn, offer)
}

const MAX_NOTE: usize = 300;

async fn event_of(
    state: &AppState,
    served: &Served,
    q: &HashMap<String, String>,
) -> Result<crate::calendar::Event, HttpError> {
    let id = q
        .get("arrangement")
        .and_then(|v| v.parse::<i64>().ok())
        .ok_or(HttpError::NotFound)?;
    state
        .store
        .event(served.municipality.id, id)
        .await
        .map_err(|_| HttpError::NotFound)
}

fn view(
    state: &AppState,
    chrome: &Chrome,
    served: &Served,
    event_id: i64,
    seats: &str,
    town: &str,
    note: &str,
) -> FormView {
    let t = |k: &str| chrome.t(k);
    FormView::new(
        state,
        chrome,
        &format!("/samkoersel?arrangement={event_id}"),
    )
    .field(
        Field::new(Kind::Number, "pladser", t("rides-lift-seats"))
            .hint(t("rides-lift-seats-hint"))
            .value(seats.to_owned())
            .max(1),
    )
    .field(
        Field::new(Kind::Select, "by", t("rides-lift-from")).choices(
            town_choices(&served.directory.towns, Some(t("rides-choose-town"))),
            &[town.to_owned()],
        ),
    )
    .field(
        Field::new(Kind::TextArea, "note", t("rides-lift-note"))
            .hint(t("rides-lift-note-hint"))
            .value(note.to_owned())
            .max(MAX_NOTE),
    )
    .button("", "", t("rides-lift-send"), false)
}

fn page(
    chrome: Chrome,
    title: &str,
    form: FormView,
    offered: Vec<String>,
    thanks: bool,
) -> FormPage {
    let lead = chrome.t("rides-lift-lead");
    let notice = thanks.then(|| chrome.t("rides-lift-thanks"));
    let mut p = FormPage::new(chrome, "rides-lift-title", form)
        .lead(lead)
        .notice(notice);
    p.title = format!("{}: {title}", p.title);
    p.lead.extend(offered);
    p
}

async fn offered_texts(
    state: &AppState,
    chrome: &Chrome,
    served: &Served,
    event_id: i64,
    account_id: i64,
) -> Result<Vec<String>, HttpError> {
    Ok(state
        .store
        .lifts(served.municipality.id, Some(event_id))
        .await?
        .into_iter()
        .filter(|l| l.account_id == account_id)
        .map(|l| {
            chrome.lang.t_with(
                "rides-lift-yours",
                &[("seats", l.seats.into()), ("taken", l.taken.into())],
            )
        })
        .collect())
}

async fn lift_form(
    served: Served,
    chrome: Chrome,
    SignedIn(who): SignedIn,
    State(state): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let event = event_of(&state, &served, &q).await?;
    let form = view(&state, &chrome, &served, event.id, "", "", "");
    let offered = offered_texts(&state, &chrome, &served, event.id, who.account_id).await?;
    page(chrome, &event.title, form, offered, q.contains_key("tak")).render(StatusCode::OK)
}

async fn offer(
    served: Served,
    chrome: Chrome,
    SignedIn(who): SignedIn,
    State(state): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
    form: FormData,
) -> Result<Response, HttpError> {
    let event = event_of(&state, &served, &q).await?;
    let seats = form
        .get("pladser")
        .trim()
        .chars()
        .take(3)
        .collect::<String>();
    let town = form.get("by").trim().chars().take(100).collect::<String>();
    let note = form
        .get("note")
        .trim()
        .chars()
        .take(MAX_NOTE + 1)
        .collect::<String>();
    let mut errors = Vec::new();
    let n = seats.parse::<i64>().ok().filter(|n| (1..=8).contains(n));
    if n.is_none() {
        errors.push(("pladser", "rides-error-seats"));
    }
    let town_id = served.directory.town(&town).map(|t| t.id);
    if !town.is_empty() && town_id.is_none() {
        errors.push(("by", "rides-error-town"));
    }
    check_length(&mut errors, "note", &note, MAX_NOTE);
    if !errors.is_empty() {
        let view = view(&state, &chrome, &served, event.id, &seats, &town, &note)
            .with_errors(&chrome, &errors);
        let offered = offered_texts(&state, &chrome, &served, event.id, who.account_id).await?;
        return page(chrome, &event.title, view, offered, false).render(StatusCode::BAD_REQUEST);
    }
    let done = chrome.href(&format!("/samkoersel?arrangement={}&tak=1", event.id));
    crate::web::page::once(&state, &form, || async {
        state
            .store
            .offer_lift(
                served.municipality.id,
                event.id,
                who.account_id,
                n.unwrap_or(1),
                town_id,
                &note,
            )
            .await?;
        Ok((Redirect::to(&done).into_response(), done.clone()))
    })
    .await
}
