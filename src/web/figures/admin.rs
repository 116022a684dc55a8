//! `/admin/tal`: administrators import the health profile's published figures (CSV pasted
//! into the form) for the municipality or the nation. All or nothing: a bad file is
//! refused whole with the line named, and the form comes back with everything as it was.

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::figures::{Area, COLUMNS, Indicator, parse_csv};
use crate::i18n::Lang;
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
    r.get("/admin/tal", Access::Administrator, form).post(
        "/admin/tal",
        Access::Administrator,
        import,
    )
}

/// The biggest CSV the form takes (characters): far more than the health profile's tables.
const MAX_CSV: usize = 200_000;

fn view(
    chrome: Chrome,
    state: &AppState,
    area: &str,
    csv: &str,
    error: Option<String>,
    notice: Option<String>,
) -> FormPage {
    let choices = Area::ALL
        .iter()
        .map(|a| {
            (
                a.code().to_owned(),
                chrome.lang.t_with(
                    &format!("figures-admin-area-{}", a.code()),
                    &[("municipality", chrome.municipality.clone().into())],
                ),
            )
        })
        .collect();
    let mut form = FormView::new(state, &chrome, "/admin/tal")
        .field(
            Field::new(Kind::Radios, "omraade", chrome.t("figures-admin-area"))
                .choices(choices, &[area.to_owned()]),
        )
        .field(
            Field::new(Kind::TextArea, "csv", chrome.t("figures-admin-csv"))
                .hint(
                    chrome.lang.t_with(
                        "figures-admin-csv-hint",
                        &[
                            ("columns", COLUMNS.join(",").into()),
                            (
                                "list",
                                Indicator::ALL
                                    .iter()
                                    .map(|i| i.code())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                                    .into(),
                            ),
                        ],
                    ),
                )
                .value(csv)
                .max(MAX_CSV),
        )
        .button("gem", "ja", chrome.t("figures-admin-submit"), false);
    if let Some(text) = error {
        for field in &mut form.fields {
            if field.name == "csv" {
                field.error = Some(text.clone());
            }
        }
        form.errors.push(("csv".to_owned(), text));
    }
    let lead = chrome.t("figures-admin-lead");
    let public = (chrome.href("/tal"), chrome.t("figures-admin-public"));
    FormPage::new(chrome, "figures-admin-title", form)
        .notice(notice)
        .lead(lead)
        .link(public.0, public.1)
}

async fn form(
    chrome: Chrome,
    State(state): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let notice = q
        .get("indlaest")
        .and_then(|n| n.parse::<i64>().ok())
        .map(|n| {
            chrome
                .lang
                .t_with("figures-admin-done", &[("count", n.into())])
        });
    view(chrome, &state, "kommune", "", None, notice).render(StatusCode::OK)
}

async fn import(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    form: FormData,
) -> Result<Response, HttpError> {
    let area_code = form.get("omraade").to_owned();
    let csv = form.get("csv").to_owned();
    let lang = chrome.lang;
    let refuse = |chrome: Chrome, error: String| {
        view(chrome, &state, &area_code, &csv, Some(error), None).render(StatusCode::BAD_REQUEST)
    };
    let Some(area) = Area::from_code(&area_code) else {
        let text = chrome.t("figures-admin-no-area");
        return refuse(chrome, text);
    };
    if csv.trim().is_empty() {
        let text = chrome.t("figures-admin-empty");
        return refuse(chrome, text);
    }
    if csv.chars().count() > MAX_CSV {
        let text = chrome.t("figures-admin-too-long");
        return refuse(chrome, text);
    }
    let figures = match parse_csv(&csv, area) {
        Ok(f) => f,
        Err(e) => {
            let text = match lang {
                Lang::Da => e.danish(),
                Lang::En => e.to_string(),
            };
            return refuse(chrome, text);
        }
    };
    let done = chrome.href(&format!("/admin/tal?indlaest={}", figures.len()));
    let municipality = served.municipality.id;
    crate::web::page::once(&state, &form, || async {
        state
            .store
            .import_figures(municipality, &figures, Actor::Account(who.account_id))
            .await?;
        Ok((Redirect::to(&done).into_response(), done.clone()))
    })
    .await
}
