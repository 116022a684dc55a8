//! `/tal`: the municipality's figures against the nation's, the path to half by 2040
//! computed from the baseline, a chart drawn by the server (accessible SVG) with the same
//! numbers in a table beside it, each indicator's source, method and what it cannot say;
//! `/tal.csv` and `/tal.json` carry the chart's numbers. No JavaScript.

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::domain::disclosure::{self, Shown};
use crate::figures::chart::{Chart, Series, Style};
use crate::figures::{
    ALL_PEOPLE, Area, Figure, Indicator, Path, TARGET_YEAR, path, share_text, with_national,
};
use crate::i18n::Lang;
use crate::store::requests::OutcomeSummary;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

use super::sammen::{self, TableView, table_view};

pub fn routes(r: Routes) -> Routes {
    r.get("/tal", Access::Public, page)
        .get("/tal.csv", Access::Public, csv)
        .get("/tal.json", Access::Public, json)
        .get("/tal/selvtest.csv", Access::Public, selfcheck_csv)
        .get("/tal/indikatorer.csv", Access::Public, indicators_csv)
}

/// The months of the self-check shown: the latest twelve with answers.
const SELFCHECK_MONTHS: usize = 12;

/// The self-check's consented answers per month and level, through the one rule.
pub struct SelfCheckTable {
    pub months: Vec<String>,
    pub table: disclosure::Table,
}

async fn selfcheck_table(state: &AppState, served: &Served) -> Result<SelfCheckTable, HttpError> {
    let mut by_month = state
        .store
        .selfcheck_by_month(served.municipality.id)
        .await?;
    let skip = by_month.len().saturating_sub(SELFCHECK_MONTHS);
    by_month.drain(..skip);
    let counts: Vec<Vec<i64>> = by_month.iter().map(|(_, c)| c.to_vec()).collect();
    Ok(SelfCheckTable {
        months: by_month.into_iter().map(|(m, _)| m).collect(),
        table: disclosure::table(&counts),
    })
}

/// The self-check table as the page shows it: a hidden count says so.
pub struct SelfCheckView {
    pub rows: Vec<(String, Vec<String>, String)>,
    pub totals: Vec<String>,
    pub total: String,
}

fn selfcheck_view(chrome: &Chrome, t: &SelfCheckTable) -> Option<SelfCheckView> {
    if t.months.is_empty() {
        return None;
    }
    let shown = |s: &Shown| match s.value() {
        Some(n) => n.to_string(),
        None => chrome.t("figures-hidden"),
    };
    Some(SelfCheckView {
        rows: t
            .months
            .iter()
            .zip(&t.table.cells)
            .zip(&t.table.row_totals)
            .map(|((m, cells), total)| (m.clone(), cells.iter().map(shown).collect(), shown(total)))
            .collect(),
        totals: t.table.column_totals.iter().map(shown).collect(),
        total: shown(&t.table.total),
    })
}

/// One year's row of an indicator's table.
pub struct YearRow {
    pub year: i32,
    pub municipality: String,
    pub nation: String,
    pub path: String,
}

/// One indicator on the page.
pub struct IndicatorView {
    pub code: &'static str,
    pub name: String,
    pub caption: String,
    pub method: String,
    pub limits: String,
    /// The chart as SVG (escaped where it holds text); `None` without any figure.
    pub svg: Option<String>,
    pub rows: Vec<YearRow>,
    pub sources: Vec<String>,
    pub path_text: Option<String>,
    pub no_municipality: bool,
}

#[derive(Template)]
#[template(path = "figures/page.html")]
struct FiguresPage {
    chrome: Chrome,
    lead: String,
    no_municipality: String,
    indicators: Vec<IndicatorView>,
    selfcheck: Option<SelfCheckView>,
    /// The ambassadors' before/after in words (through the one rule).
    outcomes: String,
    /// The directory's freshness in words.
    freshness: String,
    /// Offers per life arena (offers, not people: no rule needed).
    arenas: Vec<(String, i64)>,
    /// Sammen's own indicators (issue 18).
    signups: Vec<TableView>,
    coverage: Option<TableView>,
    gaps: Vec<String>,
    guide: Option<TableView>,
    bus: Option<TableView>,
    selfcheck_extra: Option<TableView>,
}

/// Offers confirmed in the last 12 months, of all offers not ended, by the program's clock.
async fn freshness(state: &AppState, served: &Served) -> Result<(i64, i64, String), HttpError> {
    let since = crate::directory::freshness::months_before(state.clock().today(), 12);
    let (fresh, total) = state
        .store
        .offer_freshness(served.municipality.id, &since)
        .await?;
    Ok((fresh, total, since))
}

/// The ambassadors' outcomes in words: from 10 people, counts rounded, a count that is
/// hidden said so.
fn outcomes_text(chrome: &Chrome, summary: Option<&OutcomeSummary>) -> String {
    match summary {
        Some(s) => {
            let summary = chrome.lang.t_with(
                "outcomes-summary",
                &[
                    ("count", s.people.into()),
                    ("before", format!("{:.1}", s.mean_before).into()),
                    ("after", format!("{:.1}", s.mean_after).into()),
                ],
            );
            let better = match s.improved.value() {
                Some(n) => chrome
                    .lang
                    .t_with("outcomes-better", &[("better", n.into())]),
                None => chrome.t("outcomes-better-hidden"),
            };
            format!("{summary} {better}")
        }
        None => chrome.t("outcomes-too-few"),
    }
}

/// Everyone's figures (the breakdown `alle`) of one indicator and area, by year.
fn series(figures: &[Figure], area: Area, indicator: Indicator) -> Vec<&Figure> {
    let mut s: Vec<&Figure> = figures
        .iter()
        .filter(|f| f.area == area && f.indicator == indicator && f.breakdown == ALL_PEOPLE)
        .collect();
    s.sort_by_key(|f| f.year);
    s
}

fn percent(lang: Lang, share: f64) -> String {
    format!("{} %", share_text(share, lang.decimal_comma()))
}

fn with_interval(lang: Lang, f: &Figure) -> String {
    match (f.ci_low, f.ci_high) {
        (Some(l), Some(h)) => format!(
            "{} ({}–{})",
            percent(lang, f.share),
            share_text(l, lang.decimal_comma()),
            share_text(h, lang.decimal_comma())
        ),
        _ => percent(lang, f.share),
    }
}

/// The path to half: the municipality's own when it has a baseline, else the nation's.
fn chosen_path(figures: &[Figure], indicator: Indicator) -> Option<(Area, Path)> {
    Area::ALL
        .into_iter()
        .find_map(|area| path(figures, area, indicator).map(|p| (area, p)))
}

fn indicator_view(chrome: &Chrome, figures: &[Figure], indicator: Indicator) -> IndicatorView {
    let lang = chrome.lang;
    let code = indicator.code();
    let name = chrome.t(&format!("figures-ind-{code}-name"));
    let own = series(figures, Area::Municipality, indicator);
    let nation = series(figures, Area::Nation, indicator);
    let target = if indicator == Indicator::SeverelyLonely {
        chosen_path(figures, indicator)
    } else {
        None
    };
    let mut years: Vec<i32> = own.iter().chain(&nation).map(|f| f.year).collect();
    if let Some((_, p)) = &target {
        years.push(TARGET_YEAR);
        years.push(p.baseline_year);
    }
    years.sort_unstable();
    years.dedup();
    let find = |s: &[&Figure], year: i32| {
        s.iter()
            .find(|f| f.year == year)
            .map(|f| with_interval(lang, f))
            .unwrap_or_else(|| "–".to_owned())
    };
    let rows = years
        .iter()
        .map(|&year| YearRow {
            year,
            municipality: find(&own, year),
            nation: find(&nation, year),
            path: match &target {
                Some((_, p)) if year >= p.baseline_year => percent(lang, p.at(year)),
                _ => "–".to_owned(),
            },
        })
        .collect();
    let mut sources: Vec<String> = own
        .iter()
        .chain(&nation)
        .map(|f| f.source.clone())
        .collect();
    sources.sort();
    sources.dedup();
    let points =
        |s: &[&Figure]| -> Vec<(i32, f64)> { s.iter().map(|f| (f.year, f.share)).collect() };
    let in_words = |s: &[&Figure]| -> String {
        s.iter()
            .map(|f| {
                lang.t_with(
                    "figures-in-year",
                    &[
                        ("share", share_text(f.share, lang.decimal_comma()).into()),
                        ("year", f.year.to_string().into()),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut lines = Vec::new();
    let mut words = Vec::new();
    if !own.is_empty() {
        lines.push(Series {
            label: chrome.municipality.clone(),
            points: points(&own),
            style: Style::Solid,
        });
        words.push(format!("{}: {}.", chrome.municipality, in_words(&own)));
    }
    if !nation.is_empty() {
        lines.push(Series {
            label: chrome.t("figures-series-nation"),
            points: points(&nation),
            style: Style::Squares,
        });
        words.push(format!(
            "{}: {}.",
            chrome.t("figures-series-nation"),
            in_words(&nation)
        ));
    }
    let path_text = target.as_ref().map(|(area, p)| {
        let whose = match area {
            Area::Municipality => chrome.municipality.clone(),
            Area::Nation => chrome.t("figures-nation-in-sentence"),
        };
        lang.t_with(
            "figures-path",
            &[
                ("area", whose.into()),
                ("year", p.baseline_year.to_string().into()),
                (
                    "baseline",
                    share_text(p.baseline, lang.decimal_comma()).into(),
                ),
                ("target", share_text(p.target, lang.decimal_comma()).into()),
                ("nowyear", p.now_year.to_string().into()),
                ("now", share_text(p.now, lang.decimal_comma()).into()),
                ("onpath", share_text(p.on_path, lang.decimal_comma()).into()),
            ],
        )
    });
    if let Some((_, p)) = &target {
        lines.push(Series {
            label: chrome.t("figures-series-path"),
            points: vec![(p.baseline_year, p.baseline), (TARGET_YEAR, p.target)],
            style: Style::Dashed,
        });
    }
    if let Some(text) = &path_text {
        words.push(text.clone());
    }
    let svg = (!lines.is_empty()).then(|| {
        let first = years.first().copied().unwrap_or(TARGET_YEAR);
        let last = years.last().copied().unwrap_or(TARGET_YEAR).max(first + 1);
        Chart {
            id: code,
            title: &name,
            description: &words.join(" "),
            series: &lines,
            first_year: first,
            last_year: last,
        }
        .svg()
    });
    IndicatorView {
        code,
        caption: lang.t_with(
            "figures-table-caption",
            &[("indicator", name.clone().into())],
        ),
        method: chrome.t(&format!("figures-ind-{code}-method")),
        limits: chrome.t(&format!("figures-ind-{code}-limits")),
        name,
        svg,
        rows,
        sources,
        path_text,
        no_municipality: own.is_empty(),
    }
}

async fn all_figures(state: &AppState, served: &Served) -> Result<Vec<Figure>, HttpError> {
    let stored = state.store.figures(served.municipality.id).await?;
    Ok(with_national(&stored))
}

async fn page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let figures = all_figures(&state, &served).await?;
    let selfcheck = selfcheck_view(&chrome, &selfcheck_table(&state, &served).await?);
    let outcomes = outcomes_text(
        &chrome,
        state
            .store
            .outcome_summary(served.municipality.id)
            .await?
            .as_ref(),
    );
    let indicators = Indicator::ALL
        .iter()
        .map(|&i| indicator_view(&chrome, &figures, i))
        .collect();
    let (fresh, total, since) = freshness(&state, &served).await?;
    let freshness = chrome.lang.t_with(
        "figures-freshness",
        &[
            ("fresh", fresh.into()),
            ("count", total.into()),
            (
                "share",
                share_text(
                    if total > 0 {
                        fresh as f64 * 100.0 / total as f64
                    } else {
                        0.0
                    },
                    chrome.lang.decimal_comma(),
                )
                .into(),
            ),
            ("since", since.into()),
        ],
    );
    let arenas = served
        .offers_per_arena
        .iter()
        .map(|(arena, n)| (chrome.t(crate::web::pages::arena_key(*arena)), *n))
        .collect();
    let ind = sammen::indicators(&state, &served).await?;
    let signups = [
        table_view(
            &chrome,
            "signups-arena",
            "indicators-signups-arena-caption",
            "figures-selfcheck-month",
            &ind.signups_by_arena,
            true,
        ),
        table_view(
            &chrome,
            "signups-first",
            "indicators-signups-first-caption",
            "figures-selfcheck-month",
            &ind.signups_first,
            true,
        ),
        table_view(
            &chrome,
            "signups-town",
            "indicators-signups-town-caption",
            "indicators-town",
            &ind.signups_by_town,
            true,
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    let coverage = table_view(
        &chrome,
        "coverage-table",
        "indicators-coverage-caption",
        "indicators-town",
        &ind.coverage,
        false,
    );
    let gaps = ind
        .gaps
        .iter()
        .map(|(town, arena)| format!("{town}: {}", sammen::label(&chrome, arena)))
        .collect();
    let guide = table_view(
        &chrome,
        "guide-table",
        "indicators-guide-caption",
        "figures-selfcheck-month",
        &ind.guide,
        true,
    );
    let bus = table_view(
        &chrome,
        "bus-table",
        "indicators-bus-caption",
        "indicators-stop",
        &ind.bus,
        true,
    );
    let selfcheck_extra = table_view(
        &chrome,
        "selfcheck-extra-table",
        "indicators-extra-caption",
        "indicators-extra-question",
        &ind.selfcheck_extra,
        true,
    );
    let page = FiguresPage {
        selfcheck_extra,
        signups,
        coverage,
        gaps,
        guide,
        bus,
        lead: chrome.lang.t_with(
            "figures-lead",
            &[("municipality", chrome.municipality.clone().into())],
        ),
        no_municipality: chrome.lang.t_with(
            "figures-no-municipality",
            &[("municipality", chrome.municipality.clone().into())],
        ),
        chrome,
        indicators,
        selfcheck,
        outcomes,
        freshness,
        arenas,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

/// One number of the chart, as the CSV and JSON carry it.
#[derive(Serialize)]
pub struct Point {
    pub indicator: &'static str,
    /// `kommune`, `land`, or `vej-til-halvdelen` (the path to half by 2040).
    pub series: &'static str,
    pub year: i32,
    pub breakdown: String,
    pub share: f64,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    /// The published count of people, through the one disclosure rule (`null` when
    /// under 10 or not published).
    pub count: Shown,
    pub source: String,
}

/// The chart's numbers: every figure for everyone, and the path's two ends.
fn points(figures: &[Figure]) -> Vec<Point> {
    let mut out = Vec::new();
    for indicator in Indicator::ALL {
        for area in Area::ALL {
            for f in series(figures, area, indicator) {
                out.push(Point {
                    indicator: indicator.code(),
                    series: area.code(),
                    year: f.year,
                    breakdown: f.breakdown.clone(),
                    share: f.share,
                    ci_low: f.ci_low,
                    ci_high: f.ci_high,
                    count: f.count.map_or(Shown::Hidden, disclosure::count),
                    source: f.source.clone(),
                });
            }
        }
        if indicator == Indicator::SeverelyLonely
            && let Some((area, p)) = chosen_path(figures, indicator)
        {
            for (year, share) in [(p.baseline_year, p.baseline), (TARGET_YEAR, p.target)] {
                out.push(Point {
                    indicator: indicator.code(),
                    series: "vej-til-halvdelen",
                    year,
                    breakdown: ALL_PEOPLE.to_owned(),
                    share: (share * 100.0).round() / 100.0,
                    ci_low: None,
                    ci_high: None,
                    count: Shown::Hidden,
                    source: format!(
                        "{}: {} {}",
                        area.code(),
                        p.baseline_year,
                        "/ 2 (Sammen mod ensomhed, 2023)"
                    ),
                });
            }
        }
    }
    out
}

async fn csv(served: Served, State(state): State<AppState>) -> Result<Response, HttpError> {
    let figures = all_figures(&state, &served).await?;
    let internal = |e: csv::Error| HttpError::Internal(e.into());
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record([
            "indicator",
            "series",
            "year",
            "breakdown",
            "share",
            "ci_low",
            "ci_high",
            "count",
            "source",
        ])
        .map_err(internal)?;
    let cell = crate::format::spreadsheet_cell;
    let opt = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    for p in points(&figures) {
        writer
            .write_record([
                p.indicator.to_owned(),
                p.series.to_owned(),
                p.year.to_string(),
                cell(&p.breakdown).into_owned(),
                p.share.to_string(),
                opt(p.ci_low),
                opt(p.ci_high),
                p.count.value().map(|c| c.to_string()).unwrap_or_default(),
                cell(&p.source).into_owned(),
            ])
            .map_err(internal)?;
    }
    let body = writer
        .into_inner()
        .map_err(|e| HttpError::Internal(anyhow::anyhow!("{e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"tal.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}

async fn json(served: Served, State(state): State<AppState>) -> Result<Response, HttpError> {
    let figures = all_figures(&state, &served).await?;
    let selfcheck = selfcheck_table(&state, &served).await?;
    let outcomes = state
        .store
        .outcome_summary(served.municipality.id)
        .await?
        .map(|s| {
            serde_json::json!({
                "people": s.people,
                "mean_before": (s.mean_before * 10.0).round() / 10.0,
                "mean_after": (s.mean_after * 10.0).round() / 10.0,
                "scored_lower": s.improved,
            })
        });
    let (fresh, total, since) = freshness(&state, &served).await?;
    let ind = sammen::indicators(&state, &served).await?;
    let indicators: serde_json::Map<String, serde_json::Value> = sammen::named(&ind)
        .into_iter()
        .map(|(name, d)| Ok((name.to_owned(), serde_json::to_value(d)?)))
        .collect::<Result<_, serde_json::Error>>()
        .map_err(|e| HttpError::Internal(e.into()))?;
    Ok(axum::Json(serde_json::json!({
        "indicators": indicators,
        "coverage_gaps": ind.gaps.iter().map(|(town, arena)| serde_json::json!({"town": town, "life_arena": arena})).collect::<Vec<_>>(),
        "municipality": served.municipality.name,
        "target": { "year": TARGET_YEAR, "share_of_baseline": 0.5 },
        "disclosure": { "min_cell": disclosure::MIN_CELL, "rounded_to": disclosure::ROUND_TO },
        "figures": points(&figures),
        "selfcheck": {
            "levels": ["3-4", "5-6", "7-9"],
            "months": selfcheck.months,
            "table": selfcheck.table,
        },
        "ambassador_outcomes": outcomes,
        "directory": {
            "offers": total,
            "confirmed_since": since,
            "confirmed": fresh,
            "per_life_arena": served
                .offers_per_arena
                .iter()
                .map(|(arena, n)| (arena.code(), *n))
                .collect::<std::collections::BTreeMap<_, _>>(),
        },
    }))
    .into_response())
}

/// `/tal/selvtest.csv`: the self-check's table as the page shows it (a hidden count is
/// empty).
async fn selfcheck_csv(
    served: Served,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let t = selfcheck_table(&state, &served).await?;
    let internal = |e: csv::Error| HttpError::Internal(e.into());
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(["month", "score_3_4", "score_5_6", "score_7_9", "total"])
        .map_err(internal)?;
    let text = |s: &Shown| s.value().map(|n| n.to_string()).unwrap_or_default();
    let rows = t
        .months
        .iter()
        .zip(&t.table.cells)
        .zip(&t.table.row_totals)
        .map(|((m, cells), total)| (m.as_str(), cells.as_slice(), total));
    // No answers yet: the header alone (an empty table has no columns to total).
    let totals = (!t.months.is_empty()).then_some((
        "total",
        t.table.column_totals.as_slice(),
        &t.table.total,
    ));
    for (month, cells, total) in rows.chain(totals) {
        let mut record = vec![month.to_owned()];
        record.extend(cells.iter().map(text));
        record.push(text(total));
        writer.write_record(&record).map_err(internal)?;
    }
    let body = writer
        .into_inner()
        .map_err(|e| HttpError::Internal(anyhow::anyhow!("{e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"selvtest.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}

/// `/tal/indikatorer.csv`: Sammen's own indicators, every table in one long CSV — one line
/// per cell and total (`table,row,column,count`; a hidden count is empty). The coverage
/// counts offers; every other table counts people through the one rule.
async fn indicators_csv(
    served: Served,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let ind = sammen::indicators(&state, &served).await?;
    let internal = |e: csv::Error| HttpError::Internal(e.into());
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(["table", "row", "column", "count"])
        .map_err(internal)?;
    let cell = crate::format::spreadsheet_cell;
    for (name, d) in sammen::named(&ind) {
        for (row, column, shown) in d.cells() {
            writer
                .write_record([
                    name.to_owned(),
                    cell(&row).into_owned(),
                    cell(&column).into_owned(),
                    shown.value().map(|n| n.to_string()).unwrap_or_default(),
                ])
                .map_err(internal)?;
        }
    }
    let body = writer
        .into_inner()
        .map_err(|e| HttpError::Internal(anyhow::anyhow!("{e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"indikatorer.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}
