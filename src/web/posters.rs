//! Posters for the notice board (issue 19): `/plakat/arrangement/{id}?dato=…` for an
//! event's date and `/plakat/bussen/stop/{id}` for Den Glade Bus's coming visits to a
//! stop, `/plakat/kampagne/{slug}` for a campaign week. One A4 page in print (the site's frame is not printed), big type, and a QR code
//! drawn by the server ([`crate::posters::qr_svg`]) that leads to the page online.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use crate::format::{capitalise, clock};
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.get("/plakat/arrangement/{id}", Access::Public, event)
        .get("/plakat/bussen/stop/{id}", Access::Public, bus_stop)
        .get("/plakat/kampagne/{slug}", Access::Public, campaign)
}

#[derive(Debug, Default, Deserialize)]
pub struct PosterQuery {
    #[serde(default)]
    dato: String,
}

#[derive(Template)]
#[template(path = "posters/poster.html")]
struct Poster {
    chrome: Chrome,
    kicker: String,
    title: String,
    lines: Vec<String>,
    text: Vec<String>,
    welcome: String,
    qr: String,
    url: String,
    back: String,
}

/// What a poster says, before it has its frame and address.
struct Content {
    kicker: String,
    title: String,
    lines: Vec<String>,
    text: Vec<String>,
}

/// The poster for the page at `path`: its address (as the QR code and the poster print
/// it) is the municipality's own.
fn poster(served: &Served, chrome: Chrome, path: &str, c: Content) -> Result<Response, HttpError> {
    let url = format!(
        "{}{}",
        served.base_url.trim_end_matches('/'),
        chrome.href(path)
    );
    let label = chrome
        .lang
        .t_with("posters-qr-label", &[("url", url.clone().into())]);
    let page = Poster {
        qr: crate::posters::qr_svg(&url, &label).ok_or(HttpError::NotFound)?,
        url,
        back: chrome.href(path),
        welcome: chrome.t("posters-welcome"),
        kicker: c.kicker,
        title: c.title,
        lines: c.lines,
        text: c.text,
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

async fn event(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<PosterQuery>,
) -> Result<Response, HttpError> {
    let id = id.parse::<i64>().map_err(|_| HttpError::NotFound)?;
    let event = served.event(id).ok_or(HttpError::NotFound)?;
    let now = state
        .clock()
        .now()
        .to_zoned_datetime(crate::format::copenhagen())
        .datetime();
    let occurrence = match jiff::civil::Date::strptime("%Y-%m-%d", &q.dato) {
        Ok(date) => event.occurrence(date),
        Err(_) => event.next_occurrence(now),
    }
    .ok_or(HttpError::NotFound)?;
    let lang = chrome.lang;
    let mut lines = vec![format!(
        "{} {}–{}",
        capitalise(&crate::format::day(lang, occurrence.start.date())),
        clock(occurrence.start.time()),
        clock(occurrence.end.time())
    )];
    let place = match (&event.place, &event.town) {
        _ if event.online => chrome.t("posters-online"),
        (Some(p), _) if !p.address.is_empty() => format!("{}, {}", p.name, p.address),
        (Some(p), _) => p.name.clone(),
        (None, Some(t)) if !event.address.is_empty() => format!("{}, {}", event.address, t.name),
        (None, Some(t)) => t.name.clone(),
        (None, None) => event.address.clone(),
    };
    if !place.is_empty() {
        lines.push(place);
    }
    lines.push(if event.price_dkk == 0 {
        chrome.t("posters-free")
    } else {
        lang.t_with("posters-price", &[("kr", event.price_dkk.into())])
    });
    let content = Content {
        kicker: event.organisation.name.clone(),
        title: event.title.clone(),
        lines,
        text: crate::stories::paragraphs(&event.description)
            .into_iter()
            .take(3)
            .collect(),
    };
    let path = format!("/arrangement/{}?dato={}", event.id, occurrence.date);
    poster(&served, chrome, &path, content)
}

async fn bus_stop(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, HttpError> {
    let id = id.parse::<i64>().map_err(|_| HttpError::NotFound)?;
    let lang = chrome.lang;
    let plan = served.bus_plan(lang);
    let stop = plan.stop(id).ok_or(HttpError::NotFound)?;
    let now = state.clock().now();
    let lines: Vec<String> = plan
        .dated(state.clock().today(), 60)
        .iter()
        .filter(|d| d.stop.id == id && d.leaves_at() > now)
        .take(6)
        .map(|d| {
            format!(
                "{} {}–{}",
                capitalise(&crate::format::day(lang, d.date)),
                clock(d.visit.arrive),
                clock(d.visit.leave())
            )
        })
        .collect();
    let content = Content {
        kicker: lang.t("bus-name"),
        title: lang.t_with("posters-bus-title", &[("stop", stop.full_name().into())]),
        text: vec![lang.t("posters-bus-text")],
        lines: if lines.is_empty() {
            vec![lang.t("bus-none")]
        } else {
            lines
        },
    };
    poster(&served, chrome, &format!("/bussen/stop/{id}"), content)
}

async fn campaign(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, HttpError> {
    let c = crate::web::campaigns::by_slug(&state, &served, &slug).await?;
    let content = Content {
        kicker: chrome.municipality.clone(),
        lines: vec![capitalise(&crate::web::campaigns::days(chrome.lang, &c))],
        text: crate::pages::markdown::blocks(&c.message)
            .into_iter()
            .take(3)
            .collect(),
        title: c.title,
    };
    poster(&served, chrome, &format!("/kampagne/{}", c.slug), content)
}
