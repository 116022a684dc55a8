//! Ambassadors for everyone: `/ambassadorer` (filtered by target group, town, setting and
//! language), `/ambassadorer/{id}` (a profile shows only what the ambassador chose to
//! share, with their training), `/ambassadorer/{id}/bevis` (a printable certificate); and
//! for administrators `/admin/ambassadorer`: the modules and the coverage table
//! (target group × town × setting) that shows where no trained ambassador exists.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::ambassadors::{Ambassador, AmbassadorFilter, Coverage, LANGUAGES, Module, SETTINGS};
use crate::directory::search::analysis::fold;
use crate::domain::vocab::TARGET_GROUPS;
use crate::format::language_name;
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.get("/ambassadorer", Access::Public, list)
        .get("/ambassadorer/{id}", Access::Public, profile)
        .get("/ambassadorer/{id}/bevis", Access::Public, certificate)
        .get("/ambassadorer/{id}/foto", Access::Public, photo)
        .get("/admin/ambassadorer", Access::Administrator, coverage)
}

pub fn group_name(lang: Lang, group: &str) -> String {
    lang.t(&format!("target-{}", fold(group)))
}

pub fn setting_name(lang: Lang, setting: &str) -> String {
    lang.t(&format!("setting-{}", fold(setting)))
}

/// One select of the filter form: (value, label, selected).
pub struct Select {
    pub name: &'static str,
    pub label: String,
    pub options: Vec<(String, String, bool)>,
}

pub struct Card {
    pub href: String,
    pub name: String,
    pub groups: String,
    pub settings: String,
    pub towns: String,
    pub languages: String,
    pub reachable: String,
    pub about: String,
    pub trained: String,
    /// The photo's address, when there is one to show.
    pub photo: Option<String>,
    pub photo_alt: String,
}

#[derive(Template)]
#[template(path = "ambassadors/list.html")]
struct ListPage {
    chrome: Chrome,
    /// The conversation guides, when published: (how to ask, if someone tells you).
    guides: Option<(String, String)>,
    selects: Vec<Select>,
    cards: Vec<Card>,
    count: String,
    errors: Vec<String>,
    filtered: bool,
}

#[derive(Template)]
#[template(path = "ambassadors/profile.html")]
struct ProfilePage {
    chrome: Chrome,
    card: Card,
    training: Vec<(String, String)>,
    certificate: String,
    talk_href: String,
}

#[derive(Template)]
#[template(path = "ambassadors/certificate.html")]
struct CertificatePage {
    chrome: Chrome,
    name: String,
    municipality: String,
    rows: Vec<(String, String, String)>,
    total: String,
}

fn card(chrome: &Chrome, a: &Ambassador) -> Card {
    let lang = chrome.lang;
    let join = |items: Vec<String>| items.join(", ");
    Card {
        href: chrome.href(&format!("/ambassadorer/{}", a.id)),
        name: a.first_name.clone(),
        groups: join(
            a.target_groups
                .iter()
                .map(|g| group_name(lang, g))
                .collect(),
        ),
        settings: join(a.settings.iter().map(|s| setting_name(lang, s)).collect()),
        towns: join(a.towns.iter().map(|t| t.name.clone()).collect()),
        languages: join(a.languages.iter().map(|l| language_name(lang, l)).collect()),
        reachable: a.reachable.clone(),
        about: a.about.clone(),
        photo: (a.has_photo && a.published)
            .then(|| chrome.href(&format!("/ambassadorer/{}/foto", a.id))),
        photo_alt: lang.t_with("photo-alt", &[("name", a.first_name.clone().into())]),
        trained: if a.trained() {
            lang.t_with(
                "ambassador-trained",
                &[("count", (a.training.len() as i64).into())],
            )
        } else {
            lang.t("ambassador-in-training")
        },
    }
}

/// The published ambassadors, from the snapshot (which keeps only published ones).
fn published(served: &Served) -> &[Ambassador] {
    &served.ambassadors
}

async fn list(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let lang = chrome.lang;
    let snapshot = served.clone();
    let value = |k: &str| {
        params
            .get(k)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let mut errors = Vec::new();
    let mut check = |v: Option<String>, known: &dyn Fn(&str) -> bool, key: &str| match v {
        Some(v) if known(&v) => Some(v),
        Some(_) => {
            errors.push(lang.t(key));
            None
        }
        None => None,
    };
    let towns = crate::domain::town_names(&snapshot.directory.towns);
    let filter = AmbassadorFilter {
        target_group: check(
            value("gruppe"),
            &|v| TARGET_GROUPS.contains(&v),
            "ambassadors-error-group",
        ),
        town: check(
            value("by"),
            &|v| towns.iter().any(|t| t == v),
            "ambassadors-error-town",
        ),
        setting: check(
            value("sted"),
            &|v| SETTINGS.contains(&v),
            "ambassadors-error-setting",
        ),
        language: check(
            value("sprog"),
            &|v| LANGUAGES.contains(&v),
            "ambassadors-error-language",
        ),
    };
    let all = published(&served);
    let cards: Vec<Card> = all
        .iter()
        .filter(|a| filter.matches(a))
        .map(|a| card(&chrome, a))
        .collect();
    let select =
        |name: &'static str, label: &str, items: Vec<(String, String)>, chosen: &Option<String>| {
            let mut options = vec![(String::new(), lang.t("ambassadors-all"), chosen.is_none())];
            options.extend(
                items
                    .into_iter()
                    .map(|(v, l)| (v.clone(), l, chosen.as_deref() == Some(v.as_str()))),
            );
            Select {
                name,
                label: lang.t(label),
                options,
            }
        };
    let selects = vec![
        select(
            "gruppe",
            "ambassadors-filter-group",
            TARGET_GROUPS
                .iter()
                .map(|g| (g.to_string(), group_name(lang, g)))
                .collect(),
            &filter.target_group,
        ),
        select(
            "by",
            "ambassadors-filter-town",
            towns.iter().map(|t| (t.clone(), t.clone())).collect(),
            &filter.town,
        ),
        select(
            "sted",
            "ambassadors-filter-setting",
            SETTINGS
                .iter()
                .map(|s| (s.to_string(), setting_name(lang, s)))
                .collect(),
            &filter.setting,
        ),
        select(
            "sprog",
            "ambassadors-filter-language",
            LANGUAGES
                .iter()
                .map(|l| (l.to_string(), language_name(lang, l)))
                .collect(),
            &filter.language,
        ),
    ];
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let guides = state
        .store
        .page_is_published(served.municipality.id, crate::pages::HOW_TO_ASK)
        .await?
        .then(|| {
            (
                chrome.href(&format!("/side/{}", crate::pages::HOW_TO_ASK)),
                chrome.href(&format!("/side/{}", crate::pages::IF_SOMEONE_TELLS)),
            )
        });
    let page = ListPage {
        guides,
        count: lang.t_with(
            "ambassadors-count",
            &[("count", (cards.len() as i64).into())],
        ),
        filtered: filter != AmbassadorFilter::default(),
        selects,
        cards,
        errors,
        chrome,
    };
    crate::web::page::render_page(&page, status)
}

fn find<'a>(id: &str, served: &'a Served) -> Result<&'a Ambassador, HttpError> {
    let id: i64 = id.parse().map_err(|_| HttpError::NotFound)?;
    served.ambassador(id).ok_or(HttpError::NotFound)
}

async fn profile(
    served: Served,
    chrome: Chrome,
    Path(id): Path<String>,
) -> Result<Response, HttpError> {
    let a = find(&id, &served)?;
    let lang = chrome.lang;
    let page = ProfilePage {
        card: card(&chrome, a),
        training: a
            .training
            .iter()
            .map(|c| (c.title.clone(), crate::format::date(lang, c.completed_on)))
            .collect(),
        certificate: chrome.href(&format!("/ambassadorer/{}/bevis", a.id)),
        talk_href: chrome.href(&format!("/ambassadorer/tal-med?ambassador={}", a.id)),
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

/// The photo of a published ambassador; nothing for a hidden profile.
async fn photo(
    served: Served,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, HttpError> {
    let a = find(&id, &served)?;
    let Some((content_type, bytes)) = state.store.ambassador_photo(a.id).await? else {
        return Err(HttpError::NotFound);
    };
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, content_type),
            (
                axum::http::header::CACHE_CONTROL,
                "public, max-age=3600".to_owned(),
            ),
        ],
        bytes,
    )
        .into_response())
}

async fn certificate(
    served: Served,
    chrome: Chrome,
    Path(id): Path<String>,
) -> Result<Response, HttpError> {
    let a = find(&id, &served)?;
    let lang = chrome.lang;
    let hours = |minutes: i64| {
        lang.t_with(
            "certificate-hours",
            &[("hours", format!("{:.1}", minutes as f64 / 60.0).into())],
        )
    };
    let page = CertificatePage {
        name: a.first_name.clone(),
        municipality: served.municipality.name.clone(),
        rows: a
            .training
            .iter()
            .map(|c| {
                (
                    c.title.clone(),
                    crate::format::date(lang, c.completed_on),
                    hours(c.minutes),
                )
            })
            .collect(),
        total: hours(a.training_minutes()),
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

/// A row of the coverage table: a town and, per column, a count.
pub struct CoverageRow {
    pub town: String,
    pub cells: Vec<usize>,
}

#[derive(Template)]
#[template(path = "ambassadors/admin_coverage.html")]
struct CoveragePage {
    chrome: Chrome,
    groups: Vec<(String, String, bool)>,
    group_name: String,
    /// Target group × town, any setting.
    overview_columns: Vec<String>,
    overview: Vec<CoverageRow>,
    /// Town × setting, in the chosen group.
    setting_columns: Vec<String>,
    detail: Vec<CoverageRow>,
    gaps: String,
    modules: Vec<Module>,
    people: Vec<(String, String, String)>,
    module_saved: bool,
}

async fn coverage(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let lang = chrome.lang;
    let snapshot = served.clone();
    let municipality = snapshot.municipality.id;
    let all = state.store.ambassadors(municipality).await?;
    let modules = state.store.training_modules(municipality).await?;
    let table = Coverage::count(&all);
    let chosen = params
        .get("gruppe")
        .map(String::as_str)
        .filter(|g| TARGET_GROUPS.contains(g))
        .unwrap_or(TARGET_GROUPS[0]);
    let towns = crate::domain::town_names(&snapshot.directory.towns);
    let overview = towns
        .iter()
        .map(|t| CoverageRow {
            town: t.clone(),
            cells: TARGET_GROUPS
                .iter()
                .map(|g| table.in_group_and_town(&all, g, t))
                .collect(),
        })
        .collect();
    let detail: Vec<CoverageRow> = towns
        .iter()
        .map(|t| CoverageRow {
            town: t.clone(),
            cells: SETTINGS.iter().map(|s| table.cell(chosen, t, s)).collect(),
        })
        .collect();
    let empty = detail
        .iter()
        .flat_map(|r| r.cells.iter())
        .filter(|n| **n == 0)
        .count();
    let page = CoveragePage {
        groups: TARGET_GROUPS
            .iter()
            .map(|g| (g.to_string(), group_name(lang, g), *g == chosen))
            .collect(),
        group_name: group_name(lang, chosen),
        overview_columns: TARGET_GROUPS.iter().map(|g| group_name(lang, g)).collect(),
        overview,
        setting_columns: SETTINGS.iter().map(|s| setting_name(lang, s)).collect(),
        gaps: lang.t_with(
            "coverage-gaps",
            &[
                ("count", (empty as i64).into()),
                ("group", group_name(lang, chosen).into()),
            ],
        ),
        detail,
        modules,
        module_saved: params.contains_key("modul"),
        people: all
            .iter()
            .map(|a| {
                (
                    a.first_name.clone(),
                    a.training.len().to_string(),
                    chrome.href(&format!("/admin/ambassador/{}", a.id)),
                )
            })
            .collect(),
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}
