//! "Sådan kommer du derhen": how to get to an offer (`/tilbud/{id}/rejse?fra=Hørve`), an
//! event's date (`/arrangement/{id}/rejse?dato=…&fra=…`) or the next visit of Den Glade Bus
//! at one of its stops (`/bussen/stop/{id}/rejse?fra=…`) from a town, by bus and train
//! on the served network ([`crate::transport`]), and home again — first and last. With no
//! journey it says so plainly and shows the other ways: Flextur (the tariff's price,
//! booking notice and phone), Den Glade Bus, and an ambassador to come along.
//!
//! A GET form (the town chooser) makes the page work without script; the offer, event and
//! bus stop pages link here with the same form. Journeys are answered per request from the
//! snapshot's network (a day's timetable is built once per date and kept).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use jiff::Timestamp;
use jiff::civil::DateTime;
use serde::Deserialize;

use crate::domain::{Channel, Coordinate, tel};
use crate::format;
use crate::i18n::Lang;
use crate::transport::flextur;
use crate::transport::{Journey, Plan};
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.get("/tilbud/{id}/rejse", Access::Public, offer)
        .get("/arrangement/{id}/rejse", Access::Public, event)
        .get("/bussen/stop/{id}/rejse", Access::Public, bus_stop)
}

#[derive(Debug, Default, Deserialize)]
pub struct JourneyQuery {
    #[serde(default)]
    fra: String,
    #[serde(default)]
    dato: String,
}

/// One journey in words: the one-line summary and its steps.
pub struct JourneyView {
    pub summary: String,
    pub steps: Vec<String>,
}

#[derive(Template)]
#[template(path = "transport/journey.html")]
struct JourneyPage {
    chrome: Chrome,
    /// What we go to.
    name: String,
    back: String,
    action: String,
    /// A hidden field the form carries (an event's date).
    dato: String,
    when: Option<String>,
    towns: Vec<(String, String)>,
    chosen: String,
    town_error: bool,
    /// The whole answer in one line, e.g. "Tog fra Hørve St. 18.12, skift i Asnæs St., …".
    summary: Option<String>,
    walk: Option<String>,
    there: Option<JourneyView>,
    home_first: Option<JourneyView>,
    home_last: Option<JourneyView>,
    /// Said plainly when nothing gets there in time.
    none: Option<String>,
    none_home: Option<String>,
    no_timetable: bool,
    flextur: Option<String>,
    flextur_book: String,
    flextur_phone: String,
    flextur_tel: String,
    ambassador_href: String,
    demo: bool,
}

/// What a journey page goes to, whatever it is.
struct Target {
    name: String,
    back: String,
    action: String,
    dato: String,
    at: Option<Coordinate>,
    /// The next time it happens: its start, and the local start and end.
    next: Option<(Timestamp, DateTime, DateTime)>,
    ambassador_href: String,
}

async fn offer(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<JourneyQuery>,
) -> Result<Response, HttpError> {
    let id = id.parse::<i64>().map_err(|_| HttpError::NotFound)?;
    let entry = served.directory.entry(id).ok_or(HttpError::NotFound)?;
    let offer = &entry.offer;
    let now = state.clock().now();
    let next = crate::directory::schedule::Schedule::of(offer).and_then(|s| {
        s.next(now, 3)
            .into_iter()
            .find(|o| o.start > now)
            .map(|o| (o.start, local(o.start), local(o.end)))
    });
    let target = Target {
        name: offer.name.clone(),
        back: chrome.href(&format!("/tilbud/{id}")),
        action: chrome.href(&format!("/tilbud/{id}/rejse")),
        dato: String::new(),
        at: offer
            .coordinate
            .filter(|_| offer.channel == Channel::InPerson),
        next,
        ambassador_href: chrome.href(&format!("/ambassadorer/tal-med?tilbud={id}")),
    };
    page(served, chrome, target, &query)
}

async fn event(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<JourneyQuery>,
) -> Result<Response, HttpError> {
    let id = id.parse::<i64>().map_err(|_| HttpError::NotFound)?;
    let event = served.event(id).ok_or(HttpError::NotFound)?;
    let now = local(state.clock().now());
    let occurrence = match jiff::civil::Date::strptime("%Y-%m-%d", &query.dato) {
        Ok(date) => event.occurrence(date).ok_or(HttpError::NotFound)?,
        Err(_) => event.next_occurrence(now).ok_or(HttpError::NotFound)?,
    };
    let target = Target {
        name: event.title.clone(),
        back: chrome.href(&format!("/arrangement/{id}?dato={}", occurrence.date)),
        action: chrome.href(&format!("/arrangement/{id}/rejse")),
        dato: occurrence.date.to_string(),
        at: event.coordinate.filter(|_| !event.online),
        next: (!occurrence.cancelled)
            .then(|| (occurrence.starts_at(), occurrence.start, occurrence.end)),
        ambassador_href: chrome.href("/ambassadorer/tal-med"),
    };
    page(served, chrome, target, &query)
}

/// To a stop of Den Glade Bus for its next visit: there when the bus comes, home after it
/// leaves.
async fn bus_stop(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<JourneyQuery>,
) -> Result<Response, HttpError> {
    let id = id.parse::<i64>().map_err(|_| HttpError::NotFound)?;
    let plan = served.bus_plan(chrome.lang);
    let stop = plan.stop(id).ok_or(HttpError::NotFound)?;
    let now = state.clock().now();
    let next = plan
        .dated(state.clock().today(), 60)
        .iter()
        .find(|d| d.stop.id == id && d.arrives_at() > now)
        .map(|d| {
            (
                d.arrives_at(),
                d.arrives(),
                d.date.to_datetime(d.visit.leave()),
            )
        });
    let target = Target {
        name: stop.full_name(),
        back: chrome.href(&format!("/bussen/stop/{id}")),
        action: chrome.href(&format!("/bussen/stop/{id}/rejse")),
        dato: String::new(),
        at: Some(stop.at),
        next,
        ambassador_href: chrome.href("/ambassadorer/tal-med"),
    };
    page(served, chrome, target, &query)
}

fn local(at: Timestamp) -> DateTime {
    at.to_zoned_datetime(format::copenhagen()).datetime()
}

fn page(
    served: Served,
    chrome: Chrome,
    target: Target,
    query: &JourneyQuery,
) -> Result<Response, HttpError> {
    let lang = chrome.lang;
    let towns = crate::web::forms::town_choices(&served.directory.towns, None);
    let chosen = query.fra.trim();
    let town = (!chosen.is_empty())
        .then(|| served.directory.town(chosen))
        .flatten();
    let town_error = !chosen.is_empty() && town.is_none();
    let tariff = flextur::tariff();
    let mut page = JourneyPage {
        name: target.name.clone(),
        back: target.back.clone(),
        action: target.action.clone(),
        dato: target.dato.clone(),
        when: target.next.map(|(at, _, _)| {
            lang.t_with(
                "transport-next",
                &[("when", format::moment(lang, at).into())],
            )
        }),
        chosen: town.map(|t| t.name.clone()).unwrap_or_default(),
        towns,
        town_error,
        summary: None,
        walk: None,
        there: None,
        home_first: None,
        home_last: None,
        none: None,
        none_home: None,
        no_timetable: served.transport.is_none(),
        flextur: None,
        flextur_book: match tariff.book_hours() {
            Some(h) => lang.t_with("transport-flextur-book-hours", &[("hours", h.into())]),
            None => lang.t_with(
                "transport-flextur-book-minutes",
                &[("minutes", tariff.book_minutes_ahead.into())],
            ),
        },
        flextur_tel: tel(&tariff.phone),
        flextur_phone: tariff.phone.clone(),
        ambassador_href: target.ambassador_href.clone(),
        demo: chrome.demo_notice,
        chrome,
    };
    if let (Some(town), Some(at)) = (town, target.at) {
        let fare = tariff.fare(town.coordinate, at);
        page.flextur = Some(
            lang.t_with(
                "transport-flextur-price",
                &[
                    ("kr", fare.kr.into()),
                    (
                        "km",
                        format!("{:.1}", fare.km)
                            .replace('.', if lang.decimal_comma() { "," } else { "." })
                            .into(),
                    ),
                ],
            ),
        );
        if let (Some(network), Some((_, start, end))) = (&served.transport, target.next) {
            let plan = network.plan(town.coordinate, at, start.date(), start.time(), end.time());
            fill(&mut page, lang, &plan, &town.name, end.time());
        }
    }
    let status = if town_error {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    crate::web::page::render_page(&page, status)
}

fn fill(page: &mut JourneyPage, lang: Lang, plan: &Plan, town: &str, end: jiff::civil::Time) {
    if let Some(minutes) = plan.walk {
        // A place at the town's own centre is still a short walk, never "0 minutes".
        let minutes = minutes.max(1);
        page.walk = Some(lang.t_with("transport-walk", &[("minutes", minutes.into())]));
        return;
    }
    page.there = plan.there.as_ref().map(|j| view(lang, j, Way::There));
    page.home_first = plan.home_first.as_ref().map(|j| view(lang, j, Way::Home));
    page.home_last = plan.home_last.as_ref().map(|j| view(lang, j, Way::Home));
    if plan.there.is_none() {
        page.none = Some(lang.t_with("transport-none", &[("town", town.to_owned().into())]));
    }
    if plan.home_first.is_none() {
        page.none_home = Some(lang.t_with(
            "transport-none-home",
            &[("time", format::clock(end).into())],
        ));
    }
    if let Some(j) = &plan.there {
        let mut line = crate::transport::summary(lang, j);
        if let Some(last) = &plan.home_last {
            line.push_str("; ");
            line.push_str(&lang.t_with(
                "transport-last-home",
                &[("time", format::clock(last.leave).into())],
            ));
        }
        page.summary = Some(line);
    }
}

/// Which way a journey goes: it starts at home, or it ends there.
#[derive(Clone, Copy, PartialEq)]
enum Way {
    There,
    Home,
}

/// A journey as steps. The steps carry no closing period: a stop's name often ends in
/// one ("Hørve St.").
fn view(lang: Lang, j: &Journey, way: Way) -> JourneyView {
    let (walk_to, walk_from) = match way {
        Way::There => ("transport-step-walk-to", "transport-step-walk-from"),
        Way::Home => ("transport-step-walk-to-stop", "transport-step-walk-home"),
    };
    let mut steps = Vec::new();
    if let Some(first) = j.legs.first()
        && j.walk_to > 0
    {
        steps.push(lang.t_with(
            walk_to,
            &[
                ("time", format::clock(j.leave).into()),
                ("minutes", j.walk_to.into()),
                ("stop", first.from.clone().into()),
            ],
        ));
    }
    for leg in &j.legs {
        let mode = lang.t(leg.mode.key());
        let what = if leg.line.is_empty() {
            mode
        } else {
            format!("{mode} {}", leg.line)
        };
        steps.push(lang.t_with(
            "transport-step-ride",
            &[
                ("depart", format::clock(leg.depart).into()),
                ("what", what.into()),
                ("from", leg.from.clone().into()),
                ("to", leg.to.clone().into()),
                ("arrive", format::clock(leg.arrive).into()),
            ],
        ));
    }
    if j.walk_from > 0 {
        steps.push(lang.t_with(
            walk_from,
            &[
                ("minutes", j.walk_from.into()),
                ("time", format::clock(j.arrive).into()),
            ],
        ));
    }
    JourneyView {
        summary: crate::transport::summary(lang, j),
        steps,
    }
}
