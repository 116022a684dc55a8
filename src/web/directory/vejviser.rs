//! `/vejviser`: the directory's search page. Everything lives in the URL (a GET form),
//! so a search can be shared, bookmarked and stepped back through; no JavaScript needed.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use crate::directory::schedule::{DayPart, WEEKDAY_CODES};
use crate::directory::search::analysis::fold;
use crate::directory::search::filters::{FieldError, PAGE_PARAMS};
use crate::directory::search::{Directory, Filters, Hit, PAGE_SIZE, QueryWords, Sort};
use crate::domain::vocab::{ACCESSIBILITY, TARGET_GROUPS};
use crate::domain::{Channel, CostKind, HowToJoin, LifeArena, Offer};
use crate::format;
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::pages::arena_key;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.get("/vejviser", Access::Public, search)
        .get("/vejviser/livsarena/{arena}", Access::Public, arena_page)
        .get("/vejviser/maalgruppe/{group}", Access::Public, group_page)
        .get("/vejviser/by/{town}", Access::Public, town_page)
}

/// A town's name with the link to its landing page.
pub struct TownLink {
    pub name: String,
    pub href: String,
}

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct Select {
    pub id: &'static str,
    pub label: String,
    pub choices: Vec<Choice>,
    pub error: Option<String>,
}

pub struct Check {
    pub id: &'static str,
    pub label: String,
    pub checked: bool,
}

pub struct ErrorLine {
    pub id: &'static str,
    pub message: String,
}

pub struct ResultLine {
    pub href: String,
    pub name: String,
    pub short_description: String,
    pub where_: String,
    pub next: String,
    pub cost: String,
    pub reasons: Vec<String>,
    /// "Good online community for the young", "started by young people" (issue 20).
    pub badges: Vec<String>,
    pub confirmed: String,
}

pub struct Paging {
    pub text: String,
    pub previous: Option<String>,
    pub next: Option<String>,
}

#[derive(Template)]
#[template(path = "directory/vejviser.html")]
struct SearchPage {
    chrome: Chrome,
    q: String,
    q_error: Option<String>,
    age: String,
    age_error: Option<String>,
    errors: Vec<ErrorLine>,
    selects: Vec<Select>,
    checks: Vec<Check>,
    summary: String,
    results: Vec<ResultLine>,
    paging: Option<Paging>,
    /// The same search on the map page.
    map_href: String,
    /// A landing page's own heading and introduction; the search page has none.
    heading: String,
    intro: String,
    towns: Vec<TownLink>,
}

/// `/vejviser/livsarena/{arena}`: the directory of one life arena.
async fn arena_page(
    served: Served,
    chrome: Chrome,
    state: State<AppState>,
    Path(word): Path<String>,
) -> Result<Response, HttpError> {
    let arena = LifeArena::from_danish(&word).ok_or(HttpError::NotFound)?;
    let heading = chrome.t(arena_key(arena));
    let intro = chrome.t(&format!("{}-text", arena_key(arena)));
    let params = HashMap::from([(PAGE_PARAMS.arena.to_owned(), word)]);
    render_search(served, chrome, state, params, heading, intro).await
}

/// `/vejviser/maalgruppe/{group}`: the directory for one target group.
async fn group_page(
    served: Served,
    chrome: Chrome,
    state: State<AppState>,
    Path(group): Path<String>,
) -> Result<Response, HttpError> {
    if !TARGET_GROUPS.contains(&group.as_str()) {
        return Err(HttpError::NotFound);
    }
    let label = chrome.t(&format!("target-{}", fold(&group)));
    let heading = chrome
        .lang
        .t_with("landing-group", &[("group", label.into())]);
    let params = HashMap::from([(PAGE_PARAMS.target_group.to_owned(), group)]);
    render_search(served, chrome, state, params, heading, String::new()).await
}

/// `/vejviser/by/{town}`: what happens in and near one town, nearest first.
async fn town_page(
    served: Served,
    chrome: Chrome,
    state: State<AppState>,
    Path(town): Path<String>,
) -> Result<Response, HttpError> {
    let name = served
        .directory
        .town(&town)
        .map(|t| t.name.clone())
        .ok_or(HttpError::NotFound)?;
    let heading = chrome
        .lang
        .t_with("landing-town", &[("town", name.clone().into())]);
    let intro = chrome
        .lang
        .t_with("landing-town-intro", &[("town", name.clone().into())]);
    let params = HashMap::from([
        (PAGE_PARAMS.town.to_owned(), name),
        (PAGE_PARAMS.radius_km.to_owned(), "10".to_owned()),
    ]);
    render_search(served, chrome, state, params, heading, intro).await
}

async fn search(
    served: Served,
    chrome: Chrome,
    state: State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    render_search(served, chrome, state, params, String::new(), String::new()).await
}

async fn render_search(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    params: HashMap<String, String>,
    heading: String,
    intro: String,
) -> Result<Response, HttpError> {
    let snapshot = served.clone();
    let directory = &snapshot.directory;
    let (filters, field_errors) = Filters::parse(
        |k| params.get(k).map(String::as_str),
        &PAGE_PARAMS,
        |t| directory.town(t).map(|t| t.name.clone()),
    );
    let search = |page: usize| {
        directory
            .search(&filters, (page - 1) * PAGE_SIZE, PAGE_SIZE)
            .map_err(|e| HttpError::Internal(e.into()))
    };
    let mut results = search(filters.page)?;
    let pages = results.total.div_ceil(PAGE_SIZE).max(1);
    // A page past the end (an old link after offers went away) shows the last page.
    if filters.page > pages {
        results = search(pages)?;
    }
    let lang = chrome.lang;
    let message = |param: &str| {
        field_errors
            .iter()
            .find(|e| e.param == param)
            .map(|e| lang.t(e.key))
    };
    let now = state.clock().now();
    let query_words = directory.query_words(&filters.q);
    let page = SearchPage {
        q: filters.q.clone(),
        q_error: message(PAGE_PARAMS.q),
        age: params.get(PAGE_PARAMS.age).cloned().unwrap_or_default(),
        age_error: message(PAGE_PARAMS.age),
        errors: field_errors
            .iter()
            .map(|e| ErrorLine {
                id: field_id(e),
                message: lang.t(e.key),
            })
            .collect(),
        selects: selects(&chrome, directory, &filters, &results.facets, &field_errors),
        checks: vec![
            Check {
                id: "gratis",
                label: format!("{} ({})", lang.t("filter-free"), results.facets.free),
                checked: filters.free,
            },
            Check {
                id: "moed-op",
                label: format!("{} ({})", lang.t("filter-show-up"), results.facets.show_up),
                checked: filters.show_up,
            },
            Check {
                id: "unge-online",
                label: format!(
                    "{} ({})",
                    lang.t("youth-filter-online"),
                    results.facets.young_online
                ),
                checked: filters.young_online,
            },
            Check {
                id: "startet-af-unge",
                label: format!(
                    "{} ({})",
                    lang.t("youth-filter-led"),
                    results.facets.youth_led
                ),
                checked: filters.youth_led,
            },
        ],
        summary: lang.t_with("vejviser-count", &[("count", results.total.into())]),
        map_href: chrome.href(&filters.href("/vejviser/kort", 1)),
        heading: if heading.is_empty() {
            lang.t("vejviser-title")
        } else {
            heading
        },
        intro,
        towns: directory
            .towns
            .iter()
            .map(|t| TownLink {
                name: t.name.clone(),
                href: chrome.href(&format!("/vejviser/by/{}", t.name)),
            })
            .collect(),
        results: results
            .hits
            .iter()
            .map(|hit| result_line(&chrome, directory, &filters, &query_words, hit, now))
            .collect(),
        paging: paging(&chrome, &filters, filters.page.min(pages), pages),
        chrome,
    };
    let status = if field_errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    crate::web::page::render_page(&page, status)
}

fn field_id(error: &FieldError) -> &'static str {
    if error.param == PAGE_PARAMS.q {
        "q"
    } else {
        error.param
    }
}

fn choice(value: &str, label: String, count: Option<usize>, selected: bool) -> Choice {
    let label = match count {
        Some(n) => format!("{label} ({n})"),
        None => label,
    };
    Choice {
        value: value.to_owned(),
        label,
        selected,
    }
}

fn any(lang: Lang) -> Choice {
    Choice {
        value: String::new(),
        label: lang.t("filter-any"),
        selected: false,
    }
}

fn selects(
    chrome: &Chrome,
    directory: &Directory,
    f: &Filters,
    counts: &crate::directory::search::FacetCounts,
    errors: &[FieldError],
) -> Vec<Select> {
    let lang = chrome.lang;
    let error = |param: &str| {
        errors
            .iter()
            .find(|e| e.param == param)
            .map(|e| lang.t(e.key))
    };
    let mut arena = vec![any(lang)];
    arena.extend(LifeArena::ALL.iter().map(|a| {
        choice(
            a.danish(),
            lang.t(arena_key(*a)),
            Some(counts.arenas.get(a).copied().unwrap_or(0)),
            f.arena == Some(*a),
        )
    }));
    let mut group = vec![any(lang)];
    group.extend(TARGET_GROUPS.iter().map(|g| {
        let count = counts.target_groups.get(*g).copied().unwrap_or(0);
        choice(
            g,
            lang.t(&format!("target-{}", fold(g))),
            Some(count),
            f.target_group.as_deref() == Some(*g),
        )
    }));
    let mut town = vec![any(lang)];
    town.extend(directory.towns.iter().map(|t| {
        let count = counts.towns.get(&t.name).copied();
        choice(
            &t.name,
            t.name.clone(),
            count.or(Some(0)),
            f.town.as_deref() == Some(t.name.as_str()),
        )
    }));
    let mut radius = vec![Choice {
        value: String::new(),
        label: lang.t("filter-radius-town-only"),
        selected: false,
    }];
    radius.extend([2, 5, 10, 20, 50].iter().map(|km| {
        choice(
            &km.to_string(),
            lang.t_with("filter-radius-km", &[("km", (*km).into())]),
            None,
            f.radius_km == Some(f64::from(*km)),
        )
    }));
    let mut day = vec![any(lang)];
    day.extend(WEEKDAY_CODES.iter().enumerate().map(|(i, code)| {
        choice(
            code,
            lang.t(&format!("weekday-{code}")),
            Some(counts.weekdays[i]),
            f.weekday == Some(i),
        )
    }));
    let mut time = vec![any(lang)];
    time.extend(DayPart::ALL.iter().map(|p| {
        let count = counts.day_parts.get(p).copied().unwrap_or(0);
        choice(
            p.code(),
            lang.t(&format!("daypart-{}", p.code())),
            Some(count),
            f.day_part == Some(*p),
        )
    }));
    let mut access = vec![any(lang)];
    access.extend(ACCESSIBILITY.iter().map(|a| {
        let count = counts.accessibility.get(*a).copied().unwrap_or(0);
        choice(
            a,
            lang.t(&format!("access-{}", fold(a))),
            Some(count),
            f.accessibility.as_deref() == Some(*a),
        )
    }));
    let mut channel = vec![any(lang)];
    channel.extend(Channel::ALL.iter().map(|c| {
        choice(
            c.danish(),
            lang.t(&format!("channel-{}", c.code())),
            None,
            f.channel == Some(*c),
        )
    }));
    // "Automatic" is the default, so that a form sent once does not freeze the order:
    // relevance for a text search, distance when a town is chosen, else by name.
    let mut sort = vec![Choice {
        value: String::new(),
        label: lang.t("sort-auto"),
        selected: f.sort.is_none(),
    }];
    sort.extend(
        [
            (Sort::Relevance, "relevans"),
            (Sort::Distance, "afstand"),
            (Sort::Name, "navn"),
        ]
        .into_iter()
        .map(|(s, word)| {
            choice(
                word,
                lang.t(&format!("sort-{word}")),
                None,
                f.sort == Some(s),
            )
        }),
    );
    let n = &PAGE_PARAMS;
    let select = |id: &'static str, key: &str, choices: Vec<Choice>| Select {
        id,
        label: lang.t(key),
        choices,
        error: error(id),
    };
    vec![
        select(n.arena, "filter-arena", arena),
        select(n.target_group, "filter-target-group", group),
        select(n.town, "filter-town", town),
        select(n.radius_km, "filter-radius", radius),
        select(n.weekday, "filter-weekday", day),
        select(n.day_part, "filter-time", time),
        select(n.accessibility, "filter-accessibility", access),
        select(n.channel, "filter-channel", channel),
        select(n.sort, "filter-sort", sort),
    ]
}

/// Where an offer happens, in words.
pub fn where_text(lang: Lang, offer: &Offer, distance: Option<(f64, &str)>) -> String {
    let base = match offer.channel {
        Channel::Phone => return lang.t("vejviser-by-phone"),
        Channel::Online => return lang.t("vejviser-online"),
        Channel::InPerson => {
            let town = offer
                .town
                .as_ref()
                .map(|t| t.name.as_str())
                .unwrap_or_default();
            match &offer.place {
                Some(place) if town.is_empty() => place.name.clone(),
                Some(place) => format!("{}, {town}", place.name),
                None if town.is_empty() => lang.t("offer-place-unknown"),
                None => town.to_owned(),
            }
        }
    };
    match distance {
        Some((km, from)) => {
            format!(
                "{base} – {}",
                lang.t_with(
                    "vejviser-distance",
                    &[
                        ("km", format_km(lang, km).into()),
                        ("town", from.to_owned().into())
                    ]
                )
            )
        }
        None => base,
    }
}

pub fn format_km(lang: Lang, km: f64) -> String {
    let text = format!("{km:.1}");
    if lang.decimal_comma() {
        text.replace('.', ",")
    } else {
        text
    }
}

/// What it costs, in words.
pub fn cost_text(lang: Lang, offer: &Offer) -> String {
    let main = match (offer.cost, offer.cost_amount_dkk) {
        (CostKind::Free, _) => lang.t("cost-free"),
        (CostKind::Amount, Some(kr)) => lang.t_with("cost-amount", &[("kr", kr.into())]),
        _ => lang.t("cost-ask"),
    };
    if offer.cost_note.is_empty() {
        main
    } else {
        format!("{main} – {}", offer.cost_note)
    }
}

fn result_line(
    chrome: &Chrome,
    directory: &Directory,
    f: &Filters,
    query_words: &QueryWords,
    hit: &Hit<'_>,
    now: jiff::Timestamp,
) -> ResultLine {
    let lang = chrome.lang;
    let offer = &hit.entry.offer;
    let distance = hit.distance_km.zip(f.town.as_deref());
    let next = hit
        .entry
        .next(now, 1)
        .first()
        .map(|o| format::moment(lang, o.start))
        .unwrap_or_default();
    let mut reasons = Vec::new();
    let words = query_words.matched(directory, hit.entry);
    if !words.is_empty() {
        reasons.push(lang.t_with("reason-words", &[("words", words.join(", ").into())]));
    } else if !f.q.is_empty() {
        reasons.push(lang.t("reason-similar"));
    }
    if let Some((km, town)) = distance {
        reasons.push(lang.t_with(
            "vejviser-distance",
            &[
                ("km", format_km(lang, km).into()),
                ("town", town.to_owned().into()),
            ],
        ));
    }
    if let Some(age) = f.age {
        reasons.push(lang.t_with(
            "reason-age",
            &[
                ("age", age.into()),
                ("min", offer.age_min.into()),
                ("max", offer.age_max.into()),
            ],
        ));
    }
    if let Some(day) = f.weekday {
        reasons.push(lang.t(&format!("weekday-{}", WEEKDAY_CODES[day])));
    }
    if offer.cost == CostKind::Free {
        reasons.push(lang.t("cost-free"));
    }
    if offer.how_to_join == HowToJoin::ShowUp {
        reasons.push(lang.t("filter-show-up"));
    }
    if offer.newcomers_welcome {
        reasons.push(lang.t("reason-newcomers"));
    }
    ResultLine {
        href: chrome.href(&format!("/tilbud/{}", offer.id)),
        name: offer.name.clone(),
        short_description: offer.short_description.clone(),
        where_: where_text(lang, offer, distance),
        next,
        cost: cost_text(lang, offer),
        reasons,
        badges: youth_badges(lang, offer),
        confirmed: lang.t_with(
            "vejviser-confirmed",
            &[("date", format::date(lang, offer.last_confirmed_on).into())],
        ),
    }
}

/// The offer's badges for the young, short (the offer's page says what they mean).
pub fn youth_badges(lang: Lang, offer: &Offer) -> Vec<String> {
    let mut out = Vec::new();
    if offer.youth.good_online(offer.channel) {
        out.push(lang.t("youth-badge-online"));
    }
    if offer.youth.youth_led {
        out.push(lang.t("youth-badge-led"));
    }
    out
}

fn page_href(chrome: &Chrome, f: &Filters, page: usize) -> String {
    chrome.href(&f.href("/vejviser", page))
}

fn paging(chrome: &Chrome, f: &Filters, page: usize, pages: usize) -> Option<Paging> {
    (pages > 1).then(|| Paging {
        text: chrome.lang.t_with(
            "paging-text",
            &[("page", page.into()), ("pages", pages.into())],
        ),
        previous: (page > 1).then(|| page_href(chrome, f, page - 1)),
        next: (page < pages).then(|| page_href(chrome, f, page + 1)),
    })
}
