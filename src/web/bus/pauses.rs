//! Staff keep the bus's yearly pauses (`/admin/bussen/pauser`): days of every year with no
//! weekly tours, such as July or Christmas. A pause may run over New Year. The timetable,
//! the stop calendars, the bell and GTFS (`calendar_dates`) leave the days out at once;
//! visits on chosen dates still run.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use crate::bus::Pause;
use crate::store::audit::Actor;
use crate::web::AppState;
use crate::web::bus::span;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/admin/bussen/pauser", Access::Crew, list)
        .post("/admin/bussen/pauser", Access::Crew, add)
        .post("/admin/bussen/pauser/{id}/slet", Access::Crew, delete)
}

const LONGEST_REASON: usize = 80;

#[derive(Template)]
#[template(path = "bus/pauses.html")]
struct PausesPage {
    chrome: Chrome,
    notice: Option<String>,
    /// (id, "1. juli – 31. juli: Sommerferie").
    pauses: Vec<(i64, String)>,
    form: FormView,
}

#[derive(Default)]
struct Values {
    from: String,
    to: String,
    reason: String,
}

/// "1.7", "01.07.", "1/7" → (7, 1): day first, as Danes write it.
fn day_month(text: &str) -> Option<(i8, i8)> {
    let text = text.trim().trim_end_matches('.');
    let (d, m) = text.split_once(['.', '/'])?;
    let (d, m): (i8, i8) = (d.trim().parse().ok()?, m.trim().parse().ok()?);
    jiff::civil::Date::new(2024, m, d).ok()?;
    Some((m, d))
}

impl Values {
    fn parse(&self) -> Result<Pause, Vec<(&'static str, &'static str)>> {
        let mut errors = Vec::new();
        let (from, to) = (day_month(&self.from), day_month(&self.to));
        if from.is_none() {
            errors.push(("fra", "bus-pauses-error-day"));
        }
        if to.is_none() {
            errors.push(("til", "bus-pauses-error-day"));
        }
        let reason = self.reason.trim();
        if reason.is_empty() || reason.chars().count() > LONGEST_REASON {
            errors.push(("grund", "bus-pauses-error-reason"));
        }
        match (from, to) {
            (Some(from), Some(to)) if errors.is_empty() => Ok(Pause {
                from,
                to,
                reason: reason.to_owned(),
            }),
            _ => Err(errors),
        }
    }
}

fn form_view(
    state: &AppState,
    chrome: &Chrome,
    v: &Values,
    errors: &[(&'static str, &'static str)],
) -> FormView {
    let lang = chrome.lang;
    FormView::new(state, chrome, "/admin/bussen/pauser")
        .field(
            Field::new(Kind::Text, "fra", lang.t("bus-pauses-from"))
                .hint(lang.t("bus-pauses-day-hint"))
                .value(v.from.clone())
                .required()
                .max(6),
        )
        .field(
            Field::new(Kind::Text, "til", lang.t("bus-pauses-to"))
                .value(v.to.clone())
                .required()
                .max(6),
        )
        .field(
            Field::new(Kind::Text, "grund", lang.t("bus-pauses-reason"))
                .hint(lang.t("bus-pauses-reason-hint"))
                .value(v.reason.clone())
                .required()
                .max(LONGEST_REASON),
        )
        .with_errors(chrome, errors)
        .button("handling", "tilfoej", lang.t("bus-pauses-add"), false)
}

async fn render(
    state: &AppState,
    chrome: Chrome,
    notice: Option<String>,
    v: &Values,
    errors: &[(&'static str, &'static str)],
    served: &Served,
) -> Result<Response, HttpError> {
    let lang = chrome.lang;
    let municipality = served.municipality.id;
    let pauses = state
        .store
        .bus_pauses(municipality)
        .await?
        .into_iter()
        .map(|(id, p)| (id, format!("{}: {}", span(lang, &p), p.reason)))
        .collect();
    let form = form_view(state, &chrome, v, errors);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    crate::web::page::render_page(
        &PausesPage {
            chrome,
            notice,
            pauses,
            form,
        },
        status,
    )
}

#[derive(Deserialize)]
struct ListQuery {
    gemt: Option<String>,
}

async fn list(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> Result<Response, HttpError> {
    let notice = match q.gemt.as_deref() {
        Some("tilfoejet") => Some(chrome.t("bus-pauses-added")),
        Some("slettet") => Some(chrome.t("bus-pauses-deleted")),
        _ => None,
    };
    render(&state, chrome, notice, &Values::default(), &[], &served).await
}

fn back(chrome: &Chrome, what: &str) -> Response {
    axum::response::IntoResponse::into_response(axum::response::Redirect::to(
        &chrome.href(&format!("/admin/bussen/pauser?gemt={what}")),
    ))
}

async fn add(
    served: Served,
    chrome: Chrome,
    who: SignedIn,
    State(state): State<AppState>,
    form: FormData,
) -> Result<Response, HttpError> {
    let cut = |k: &str, n: usize| form.get(k).trim().chars().take(n + 1).collect::<String>();
    let values = Values {
        from: cut("fra", 8),
        to: cut("til", 8),
        reason: cut("grund", LONGEST_REASON),
    };
    let pause = match values.parse() {
        Ok(pause) => pause,
        Err(errors) => return render(&state, chrome, None, &values, &errors, &served).await,
    };
    let municipality = served.municipality.id;
    state
        .store
        .add_bus_pause(municipality, &pause, Actor::Account(who.0.account_id))
        .await?;
    Ok(back(&chrome, "tilfoejet"))
}

async fn delete(
    served: Served,
    chrome: Chrome,
    who: SignedIn,
    State(state): State<AppState>,
    Path(id): Path<String>,
    _form: FormData,
) -> Result<Response, HttpError> {
    let id: i64 = id.parse().map_err(|_| HttpError::NotFound)?;
    let municipality = served.municipality.id;
    if !state
        .store
        .delete_bus_pause(municipality, id, Actor::Account(who.0.account_id))
        .await?
    {
        return Err(HttpError::NotFound);
    }
    Ok(back(&chrome, "slettet"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_read_day_first() {
        assert_eq!(day_month("1.7"), Some((7, 1)));
        assert_eq!(day_month("01.07."), Some((7, 1)));
        assert_eq!(day_month("23/12"), Some((12, 23)));
        assert_eq!(day_month("29.2"), Some((2, 29)));
        assert_eq!(day_month("31.4"), None);
        assert_eq!(day_month("7"), None);
        assert_eq!(day_month("juli"), None);
    }
}
