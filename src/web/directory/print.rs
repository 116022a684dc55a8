//! `/vejviser/print?by=Hørve` (or `?town=Hørve`): a booklet-style A4 guide to one town's communities,
//! grouped by life arena, for a library or care centre to print and hand out. Without a
//! town it lists the towns to choose from.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use crate::directory::search::Entry;
use crate::domain::geo::haversine_km;
use crate::domain::{Channel, LifeArena, OfferStatus, tel};
use crate::format;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::directory::vejviser::{TownLink, cost_text, where_text};
use crate::web::error::HttpError;
use crate::web::pages::arena_key;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

/// The guide covers offers within this distance of the town.
const RADIUS_KM: f64 = 10.0;

pub fn routes(r: Routes) -> Routes {
    r.get("/vejviser/print", Access::Public, guide)
}

pub struct GuideOffer {
    pub name: String,
    pub short_description: String,
    pub when: String,
    pub where_: String,
    pub cost: String,
    pub contact: String,
    pub tel: String,
    /// By bus or train from the town to the next time (the journey's one line), or that
    /// there is none; empty within walking distance or without a timetable.
    pub journey: String,
}

pub struct GuideSection {
    pub heading: String,
    pub offers: Vec<GuideOffer>,
}

#[derive(Template)]
#[template(path = "directory/print.html")]
struct Guide {
    chrome: Chrome,
    title: String,
    intro: String,
    sections: Vec<GuideSection>,
    towns: Vec<TownLink>,
    error: bool,
}

async fn guide(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let snapshot = served.clone();
    let directory = &snapshot.directory;
    let lang = chrome.lang;
    let towns: Vec<TownLink> = directory
        .towns
        .iter()
        .map(|t| TownLink {
            name: t.name.clone(),
            href: chrome.href(&format!("/vejviser/print?by={}", encode(&t.name))),
        })
        .collect();
    // `by` as on the Danish pages; `town` as in the API.
    let asked = params
        .get("by")
        .or_else(|| params.get("town"))
        .map(|t| t.trim())
        .filter(|t| !t.is_empty());
    let Some(town) = asked.and_then(|t| directory.town(t)) else {
        // No town yet (or one we do not know): ask for one.
        let status = if asked.is_some() {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::OK
        };
        let page = Guide {
            title: lang.t("print-link"),
            intro: lang.t("print-choose"),
            sections: Vec::new(),
            towns,
            error: asked.is_some(),
            chrome,
        };
        return crate::web::page::render_page(&page, status);
    };
    let now = state.clock().now();
    let at = town.coordinate;
    let near = |e: &&Entry| {
        e.offer.status == OfferStatus::Active
            && e.offer.channel == Channel::InPerson
            && e.offer
                .coordinate
                .is_some_and(|c| haversine_km(at.lat, at.lon, c.lat, c.lon) <= RADIUS_KM)
    };
    let line = |e: &Entry| GuideOffer {
        name: e.offer.name.clone(),
        short_description: e.offer.short_description.clone(),
        when: e
            .schedule
            .as_ref()
            .map(|s| s.describe(lang))
            .unwrap_or_default(),
        where_: where_text(lang, &e.offer, None),
        cost: cost_text(lang, &e.offer),
        contact: format!(
            "{}, {}",
            e.offer.organisation.name, e.offer.organisation.phone
        ),
        tel: tel(&e.offer.organisation.phone),
        journey: journey_line(lang, &served, &town.name, at, e, now),
    };
    let mut sections: Vec<GuideSection> = LifeArena::ALL
        .iter()
        .map(|arena| GuideSection {
            heading: lang.t(arena_key(*arena)),
            offers: by_name(
                directory
                    .entries()
                    .iter()
                    .filter(near)
                    .filter(|e| e.offer.life_arenas.first() == Some(arena))
                    .collect(),
            )
            .into_iter()
            .map(line)
            .collect(),
        })
        .collect();
    let unclassified: Vec<&Entry> = directory
        .entries()
        .iter()
        .filter(near)
        .filter(|e| e.offer.life_arenas.is_empty())
        .collect();
    if !unclassified.is_empty() {
        sections.push(GuideSection {
            heading: lang.t("print-unclassified"),
            offers: by_name(unclassified).into_iter().map(line).collect(),
        });
    }
    let remote: Vec<&Entry> = directory
        .entries()
        .iter()
        .filter(|e| e.offer.status == OfferStatus::Active && e.offer.channel != Channel::InPerson)
        .collect();
    sections.push(GuideSection {
        heading: lang.t("print-remote"),
        offers: by_name(remote).into_iter().map(line).collect(),
    });
    let date = format::date(lang, now.to_zoned_datetime(format::copenhagen()).date());
    let page = Guide {
        title: lang.t_with("print-title", &[("town", town.name.clone().into())]),
        intro: lang.t_with(
            "print-intro",
            &[
                ("town", town.name.clone().into()),
                ("date", date.into()),
                ("site", served.base_url.clone().into()),
            ],
        ),
        sections,
        towns,
        error: false,
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

/// The printed guide's travel line for one offer (see [`GuideOffer::journey`]).
fn journey_line(
    lang: crate::i18n::Lang,
    served: &Served,
    town: &str,
    from: crate::domain::Coordinate,
    e: &Entry,
    now: jiff::Timestamp,
) -> String {
    let (Some(network), Some(to)) = (&served.transport, e.offer.coordinate) else {
        return String::new();
    };
    let Some(next) = e.next(now, 3).into_iter().find(|o| o.start > now) else {
        return String::new();
    };
    let tz = format::copenhagen();
    let (start, end) = (
        next.start.to_zoned_datetime(tz.clone()).datetime(),
        next.end.to_zoned_datetime(tz).datetime(),
    );
    let plan = network.plan(from, to, start.date(), start.time(), end.time());
    match &plan.there {
        _ if plan.walk.is_some() => String::new(),
        Some(j) => crate::transport::summary(lang, j),
        None => lang.t_with("transport-print-none", &[("town", town.to_owned().into())]),
    }
}

fn by_name(mut entries: Vec<&Entry>) -> Vec<&Entry> {
    entries.sort_by(|a, b| a.offer.name.cmp(&b.offer.name));
    entries
}

fn encode(text: &str) -> String {
    serde_urlencoded::to_string([("", text)])
        .unwrap_or_default()
        .trim_start_matches('=')
        .to_owned()
}
