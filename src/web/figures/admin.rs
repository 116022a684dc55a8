//! `/admin/tal`: administrators import the health profile's published figures (CSV pasted
//! into the form) for the municipality or the nation. All or nothing: a bad file is
//! refused whole with the line named, and the form comes back with everything as it was.
//! Below the form, every stored figure with every breakdown (the public page shows the
//! figures for everyone).

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use askama::Template;

use crate::domain::disclosure;
use crate::figures::{Area, COLUMNS, Figure, Indicator, parse_csv, share_text, with_national};
use crate::i18n::Lang;
use crate::store::audit::Actor;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

use super::sammen::{self, TableView, table_view};

/// Every table of Sammen's own indicators, the staff's breakdowns first.
async fn staff_tables(
    state: &AppState,
    served: &Served,
    chrome: &Chrome,
) -> Result<Vec<TableView>, HttpError> {
    let staff = sammen::staff_indicators(state, served).await?;
    let public = sammen::indicators(state, served).await?;
    let month = "figures-selfcheck-month";
    let town = "indicators-town";
    let specs: [(
        &'static str,
        &str,
        &str,
        &crate::figures::tally::Disclosed,
        bool,
    ); 10] = [
        (
            "staff-town-arena",
            "indicators-staff-town-arena-caption",
            town,
            &staff.signups_town_arena,
            true,
        ),
        (
            "staff-first-arena",
            "indicators-staff-first-arena-caption",
            "indicators-arena",
            &staff.first_by_arena,
            true,
        ),
        (
            "staff-bus-month",
            "indicators-staff-bus-month-caption",
            "indicators-stop",
            &staff.bus_by_month,
            true,
        ),
        (
            "signups-arena",
            "indicators-signups-arena-caption",
            month,
            &public.signups_by_arena,
            true,
        ),
        (
            "signups-first",
            "indicators-signups-first-caption",
            month,
            &public.signups_first,
            true,
        ),
        (
            "signups-town",
            "indicators-signups-town-caption",
            town,
            &public.signups_by_town,
            true,
        ),
        (
            "guide-table",
            "indicators-guide-caption",
            month,
            &public.guide,
            true,
        ),
        (
            "bus-table",
            "indicators-bus-caption",
            "indicators-stop",
            &public.bus,
            true,
        ),
        (
            "selfcheck-extra-table",
            "indicators-extra-caption",
            "indicators-extra-question",
            &public.selfcheck_extra,
            true,
        ),
        (
            "coverage-table",
            "indicators-coverage-caption",
            town,
            &public.coverage,
            false,
        ),
    ];
    Ok(specs
        .into_iter()
        .filter_map(|(id, caption, corner, d, people)| {
            table_view(chrome, id, caption, corner, d, people)
        })
        .collect())
}

pub fn routes(r: Routes) -> Routes {
    r.get("/admin/tal", Access::Administrator, form).post(
        "/admin/tal",
        Access::Administrator,
        import,
    )
}

/// One stored figure, every breakdown, for the staff.
pub struct StoredRow {
    pub indicator: String,
    pub area: String,
    pub breakdown: String,
    pub year: i32,
    pub share: String,
    pub count: String,
    pub source: String,
}

#[derive(Template)]
#[template(path = "figures/admin.html")]
struct AdminPage {
    chrome: Chrome,
    title: String,
    lead: Vec<String>,
    notice: Option<String>,
    form: FormView,
    links: Vec<(String, String)>,
    stored: Vec<StoredRow>,
    /// Sammen's own indicators with the staff's further breakdowns (through the one rule).
    tables: Vec<TableView>,
}

impl AdminPage {
    fn render(&self, status: StatusCode) -> Result<Response, HttpError> {
        crate::web::page::render_page(self, status)
    }
}

fn stored_rows(chrome: &Chrome, figures: &[Figure]) -> Vec<StoredRow> {
    let danish = chrome.lang.decimal_comma();
    with_national(figures)
        .iter()
        .map(|f| StoredRow {
            indicator: chrome.t(&format!("figures-ind-{}-name", f.indicator.code())),
            area: match f.area {
                Area::Municipality => chrome.municipality.clone(),
                Area::Nation => chrome.t("figures-series-nation"),
            },
            breakdown: f.breakdown.clone(),
            year: f.year,
            share: match (f.ci_low, f.ci_high) {
                (Some(l), Some(h)) => format!(
                    "{} % ({}–{})",
                    share_text(f.share, danish),
                    share_text(l, danish),
                    share_text(h, danish)
                ),
                _ => format!("{} %", share_text(f.share, danish)),
            },
            // The published count, through the one rule like everywhere else.
            count: match f.count.map(disclosure::count) {
                None => "–".to_owned(),
                Some(disclosure::Shown::Hidden) => chrome.t("figures-hidden"),
                Some(disclosure::Shown::Count(n)) => n.to_string(),
            },
            source: f.source.clone(),
        })
        .collect()
}

/// The biggest CSV the form takes (characters): far more than the health profile's tables.
const MAX_CSV: usize = 200_000;

#[allow(clippy::too_many_arguments)]
fn view(
    chrome: Chrome,
    state: &AppState,
    tables: Vec<TableView>,
    stored: &[Figure],
    area: &str,
    csv: &str,
    error: Option<String>,
    notice: Option<String>,
) -> AdminPage {
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
    AdminPage {
        title: chrome.t("figures-admin-title"),
        lead: vec![chrome.t("figures-admin-lead")],
        notice,
        form,
        links: vec![(chrome.href("/tal"), chrome.t("figures-admin-public"))],
        stored: stored_rows(&chrome, stored),
        tables,
        chrome,
    }
}

async fn form(
    served: Served,
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
    let stored = state.store.figures(served.municipality.id).await?;
    let tables = staff_tables(&state, &served, &chrome).await?;
    view(chrome, &state, tables, &stored, "kommune", "", None, notice).render(StatusCode::OK)
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
    let stored = state.store.figures(served.municipality.id).await?;
    let tables = staff_tables(&state, &served, &chrome).await?;
    let refuse = |chrome: Chrome, error: String| {
        view(
            chrome,
            &state,
            tables,
            &stored,
            &area_code,
            &csv,
            Some(error),
            None,
        )
        .render(StatusCode::BAD_REQUEST)
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
                Lang::En => e.to_string(),
                _ => e.danish(),
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
