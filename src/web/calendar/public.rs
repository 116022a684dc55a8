//! The Fællesskabskalender for everyone: `/kalender` by week or day with the directory's
//! filters and quick filters, `/arrangement/{id}` with sign-up (alone or as a group, no
//! account), `/tilmelding/{token}` to see or cancel a sign-up, and the feeds
//! (`/kalender.ics`, `/kalender.rss`, `/arrangement/{id}/kalender.ics`) that take the
//! page's filters.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::civil::{Date, DateTime};
use jiff::{Span, Timestamp};

use crate::accounts::{self, token_hash};
use crate::calendar::feeds::{FeedEvent, FeedItem};
use crate::calendar::mail::{self, Kind as MailKind};
use crate::calendar::{Event, EventKind, Occurrence, local_instant};
use crate::directory::search::analysis::fold;
use crate::domain::LifeArena;
use crate::domain::vocab::TARGET_GROUPS;
use crate::format::{capitalise, clock};
use crate::i18n::Lang;
use crate::limits as limits_of;
use crate::store::StoreError;
use crate::store::calendar::{NewSignup, Signup, SignupStatus};
use crate::web::AppState;
use crate::web::calendar::DateQuery;
use crate::web::chrome::Chrome;
use crate::web::client::Client;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::limits;
use crate::web::page::{MessagePage, json_ld, once_private};
use crate::web::pages::arena_key;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.get("/kalender", Access::Public, calendar)
        .get("/kalender.ics", Access::Public, calendar_ics)
        .get("/kalender.rss", Access::Public, calendar_rss)
        .get("/arrangement/{id}", Access::Public, event_page)
        .get("/arrangement/{id}/kalender.ics", Access::Public, event_ics)
        .post("/arrangement/{id}/tilmeld", Access::Public, sign_up)
        .get("/tilmelding/{token}", Access::Public, signup_page)
        .post("/tilmelding/{token}", Access::Public, cancel_signup)
}

/// Largest group one sign-up may hold.
pub const MAX_PEOPLE: i64 = 50;

/// The calendar's filters, from the page's Danish query parameters.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CalendarFilters {
    pub arena: Option<LifeArena>,
    pub group: Option<String>,
    pub age: Option<i64>,
    pub town: Option<String>,
    pub free: bool,
    pub kind: Option<EventKind>,
    /// "uge" (this week) or "weekend" (this weekend).
    pub period: Option<&'static str>,
    /// First day shown (a week from here); `None`: today.
    pub from: Option<Date>,
    /// One day only.
    pub day: Option<Date>,
    pub offer: Option<i64>,
    pub organisation: Option<i64>,
    pub place: Option<i64>,
}

/// A filter value that could not be read: (parameter, Fluent key).
pub type FilterError = (&'static str, &'static str);

impl CalendarFilters {
    pub fn parse(
        query: &[(String, String)],
        towns: &[String],
    ) -> (CalendarFilters, Vec<FilterError>) {
        let mut f = CalendarFilters::default();
        let mut errors = Vec::new();
        for (key, value) in query {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match key.as_str() {
                "livsarena" => {
                    match LifeArena::from_danish(value).or_else(|| LifeArena::from_code(value)) {
                        Some(a) => f.arena = Some(a),
                        None => errors.push(("livsarena", "filter-error-arena")),
                    }
                }
                "maalgruppe" => match TARGET_GROUPS
                    .iter()
                    .find(|g| **g == value || fold(g) == fold(value))
                {
                    Some(g) => f.group = Some(g.to_string()),
                    None => errors.push(("maalgruppe", "filter-error-target-group")),
                },
                "alder" => match value.parse::<i64>() {
                    Ok(a) if (0..=120).contains(&a) => f.age = Some(a),
                    _ => errors.push(("alder", "filter-error-age")),
                },
                "by" => match towns.iter().find(|t| fold(t) == fold(value)) {
                    Some(t) => f.town = Some(t.clone()),
                    None => errors.push(("by", "filter-error-town")),
                },
                "gratis" => f.free = value == "1",
                "slags" => match EventKind::from_code(value) {
                    Some(k) => f.kind = Some(k),
                    None => errors.push(("slags", "calendar-error-kind")),
                },
                "periode" => match value {
                    "uge" => f.period = Some("uge"),
                    "weekend" => f.period = Some("weekend"),
                    _ => errors.push(("periode", "calendar-error-period")),
                },
                "fra" => match value.parse::<Date>() {
                    Ok(d) => f.from = Some(d),
                    Err(_) => errors.push(("fra", "calendar-error-date")),
                },
                "dag" => match value.parse::<Date>() {
                    Ok(d) => f.day = Some(d),
                    Err(_) => errors.push(("dag", "calendar-error-date")),
                },
                "tilbud" | "organisation" | "sted" => match value.parse::<i64>() {
                    Ok(id) if key == "tilbud" => f.offer = Some(id),
                    Ok(id) if key == "organisation" => f.organisation = Some(id),
                    Ok(id) => f.place = Some(id),
                    Err(_) => errors.push(("tilbud", "calendar-error-id")),
                },
                _ => {}
            }
        }
        (f, errors)
    }

    /// The filters as query parameters (without the period and dates).
    pub fn params(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(a) = self.arena {
            out.push(("livsarena", a.danish().to_owned()));
        }
        if let Some(g) = &self.group {
            out.push(("maalgruppe", g.clone()));
        }
        if let Some(a) = self.age {
            out.push(("alder", a.to_string()));
        }
        if let Some(t) = &self.town {
            out.push(("by", t.clone()));
        }
        if self.free {
            out.push(("gratis", "1".into()));
        }
        if let Some(k) = self.kind {
            out.push(("slags", k.code().into()));
        }
        for (name, id) in [
            ("tilbud", self.offer),
            ("organisation", self.organisation),
            ("sted", self.place),
        ] {
            if let Some(id) = id {
                out.push((name, id.to_string()));
            }
        }
        out
    }

    pub fn query(&self, extra: &[(&'static str, String)]) -> String {
        let mut all = self.params();
        all.extend_from_slice(extra);
        if all.is_empty() {
            String::new()
        } else {
            format!("?{}", serde_urlencoded::to_string(&all).unwrap_or_default())
        }
    }

    /// Does the event (as a whole) match?
    pub fn matches(&self, e: &Event) -> bool {
        self.arena.is_none_or(|a| e.life_arena == Some(a))
            && self
                .group
                .as_ref()
                .is_none_or(|g| e.target_groups.contains(g))
            && self.age.is_none_or(|a| e.age_min <= a && a <= e.age_max)
            && self
                .town
                .as_ref()
                .is_none_or(|t| e.town.as_ref().is_some_and(|et| &et.name == t))
            && (!self.free || e.is_free())
            && self.kind.is_none_or(|k| e.kind == k)
            && self.offer.is_none_or(|o| e.offer_id == Some(o))
            && self.organisation.is_none_or(|o| e.organisation.id == o)
            && self
                .place
                .is_none_or(|p| e.place.as_ref().is_some_and(|ep| ep.id == p))
    }

    /// The days shown: one day, this week's rest, this weekend, or 7 days from `from`.
    pub fn window(&self, today: Date) -> (Date, Date) {
        if let Some(day) = self.day {
            return (day, day);
        }
        let weekday = today.weekday().to_monday_zero_offset() as i64;
        let plus = |d: Date, n: i64| d.checked_add(Span::new().days(n)).unwrap_or(d);
        match self.period {
            Some("uge") => (today, plus(today, 6 - weekday)),
            Some("weekend") => (plus(today, (5 - weekday).max(0)), plus(today, 6 - weekday)),
            _ => {
                let from = self.from.unwrap_or(today);
                (from, plus(from, 6))
            }
        }
    }
}

/// Occurrences of matching events in a window, in time order, cancelled ones too.
pub fn occurrences<'a>(
    events: &'a [Event],
    f: &CalendarFilters,
    from: Date,
    to: Date,
) -> Vec<(&'a Event, Occurrence)> {
    let mut out: Vec<(&Event, Occurrence)> = events
        .iter()
        .filter(|e| f.matches(e))
        .flat_map(|e| {
            e.occurrences_between(from, to)
                .into_iter()
                .map(move |o| (e, o))
        })
        .collect();
    out.sort_by(|a, b| a.1.start.cmp(&b.1.start).then(a.0.id.cmp(&b.0.id)));
    out
}

pub fn kind_name(lang: Lang, kind: EventKind) -> String {
    lang.t(&format!("event-kind-{}", kind.code()))
}

fn where_text(lang: Lang, e: &Event) -> String {
    if e.online {
        return lang.t("channel-online");
    }
    match (&e.place, &e.town) {
        (Some(p), Some(t)) => format!("{}, {}", p.name, t.name),
        (Some(p), None) => p.name.clone(),
        (None, Some(t)) if !e.address.is_empty() => format!("{}, {}", e.address, t.name),
        (None, Some(t)) => t.name.clone(),
        (None, None) => e.address.clone(),
    }
}

fn price_text(lang: Lang, e: &Event) -> String {
    if e.is_free() {
        lang.t("cost-free")
    } else {
        lang.t_with("cost-amount", &[("kr", e.price_dkk.into())])
    }
}

/// "3 pladser tilbage", "Fuldt – venteliste", "Bare mød op".
fn seats_text(lang: Lang, e: &Event, taken: i64) -> String {
    match (e.signup_required, e.capacity) {
        (false, _) => lang.t("calendar-just-show-up"),
        (true, None) => lang.t("calendar-signup-open"),
        (true, Some(c)) if taken >= c => lang.t("calendar-full"),
        (true, Some(c)) => lang.t_with("calendar-seats-left", &[("count", (c - taken).into())]),
    }
}

pub struct OccurrenceRow {
    pub href: String,
    pub time: String,
    pub title: String,
    pub kind: String,
    pub place: String,
    pub price: String,
    pub seats: String,
    pub cancelled: bool,
}

pub struct DayGroup {
    pub heading: String,
    pub rows: Vec<OccurrenceRow>,
}

pub struct QuickLink {
    pub href: String,
    pub label: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "calendar/calendar.html")]
struct CalendarPage {
    chrome: Chrome,
    heading: String,
    days: Vec<DayGroup>,
    quick: Vec<QuickLink>,
    errors: Vec<(String, String)>,
    filter_form: FormView,
    previous: String,
    next: String,
    ics: String,
    rss: String,
    count: String,
}

fn filter_view(
    state: &AppState,
    chrome: &Chrome,
    f: &CalendarFilters,
    towns: &[String],
) -> FormView {
    let t = |k: &str| chrome.t(k);
    let mut arenas = vec![(String::new(), t("calendar-filter-all"))];
    arenas.extend(
        LifeArena::ALL
            .iter()
            .map(|a| (a.danish().to_owned(), t(arena_key(*a)))),
    );
    let mut groups = vec![(String::new(), t("calendar-filter-all"))];
    groups.extend(
        TARGET_GROUPS
            .iter()
            .map(|g| (g.to_string(), t(&format!("target-{}", fold(g))))),
    );
    let mut town_choices = vec![(String::new(), t("calendar-filter-all"))];
    town_choices.extend(towns.iter().map(|n| (n.clone(), n.clone())));
    let mut kinds = vec![(String::new(), t("calendar-filter-all"))];
    kinds.extend(
        EventKind::ALL
            .iter()
            .map(|k| (k.code().to_owned(), kind_name(chrome.lang, *k))),
    );
    let mut form = FormView::new(state, chrome, "/kalender")
        .field(
            Field::new(Kind::Select, "slags", t("calendar-filter-kind")).choices(
                kinds,
                &[f.kind.map(|k| k.code().to_owned()).unwrap_or_default()],
            ),
        )
        .field(
            Field::new(Kind::Select, "livsarena", t("filter-arena")).choices(
                arenas,
                &[f.arena.map(|a| a.danish().to_owned()).unwrap_or_default()],
            ),
        )
        .field(
            Field::new(Kind::Select, "maalgruppe", t("filter-target-group"))
                .choices(groups, &[f.group.clone().unwrap_or_default()]),
        )
        .field(
            Field::new(Kind::Number, "alder", t("calendar-filter-age"))
                .value(f.age.map(|a| a.to_string()).unwrap_or_default())
                .max(3),
        )
        .field(
            Field::new(Kind::Select, "by", t("calendar-filter-town"))
                .choices(town_choices, &[f.town.clone().unwrap_or_default()]),
        )
        .field(Field::new(Kind::Checkbox, "gratis", t("calendar-filter-free")).checked(f.free));
    form.buttons.push(crate::web::forms::Button {
        name: "",
        value: "",
        label: t("calendar-filter-submit"),
        secondary: false,
    });
    form
}

async fn calendar(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Query(query): Query<Vec<(String, String)>>,
) -> Result<Response, HttpError> {
    let snapshot = served.clone();
    let towns: Vec<String> = snapshot
        .directory
        .towns
        .iter()
        .map(|t| t.name.clone())
        .collect();
    let (f, errors) = CalendarFilters::parse(&query, &towns);
    let today = state.clock().today();
    let (from, to) = f.window(today);
    let events = &snapshot.events;
    let seats = state
        .store
        .seats_taken(snapshot.municipality.id, &from.to_string())
        .await?;
    let lang = chrome.lang;
    let found = occurrences(events, &f, from, to);
    let mut by_day: BTreeMap<Date, Vec<OccurrenceRow>> = BTreeMap::new();
    for (e, o) in &found {
        let taken = seats.get(&(e.id, o.date.to_string())).copied().unwrap_or(0);
        by_day
            .entry(o.start.date())
            .or_default()
            .push(OccurrenceRow {
                href: chrome.href(&format!("/arrangement/{}?dato={}", e.id, o.date)),
                time: format!("{}–{}", clock(o.start.time()), clock(o.end.time())),
                title: e.title.clone(),
                kind: kind_name(lang, e.kind),
                place: where_text(lang, e),
                price: price_text(lang, e),
                seats: if o.cancelled {
                    lang.t("calendar-cancelled")
                } else {
                    seats_text(lang, e, taken)
                },
                cancelled: o.cancelled,
            });
    }
    let bus = bus_rows(&chrome, &f, from, to, &served);
    let shown = found.len() + bus.len();
    for (date, row) in bus {
        by_day.entry(date).or_default().push(row);
    }
    let days = by_day
        .into_iter()
        .map(|(date, rows)| DayGroup {
            heading: capitalise(&crate::format::day(lang, date)),
            rows,
        })
        .collect();
    let quick_link = |label: &str,
                      extra: Vec<(&'static str, String)>,
                      current: bool,
                      base: &CalendarFilters| QuickLink {
        href: chrome.href(&format!("/kalender{}", base.query(&extra))),
        label: chrome.t(label),
        current,
    };
    let plain = CalendarFilters {
        kind: None,
        ..f.clone()
    };
    let quick = vec![
        quick_link(
            "calendar-quick-week",
            vec![("periode", "uge".into())],
            f.period == Some("uge"),
            &f,
        ),
        quick_link(
            "calendar-quick-weekend",
            vec![("periode", "weekend".into())],
            f.period == Some("weekend"),
            &f,
        ),
        quick_link(
            "event-kind-spis-sammen",
            vec![("slags", "spis-sammen".into())],
            f.kind == Some(EventKind::SpisSammen),
            &plain,
        ),
        quick_link(
            "event-kind-pop-up",
            vec![("slags", "pop-up".into())],
            f.kind == Some(EventKind::PopUp),
            &plain,
        ),
    ];
    let shift = |days: i64| {
        from.checked_add(Span::new().days(days))
            .unwrap_or(from)
            .to_string()
    };
    let heading = match (f.day, f.period) {
        (Some(d), _) => capitalise(&crate::format::day(lang, d)),
        (None, Some("weekend")) => lang.t("calendar-quick-weekend"),
        (None, Some(_)) => lang.t("calendar-quick-week"),
        _ => lang.t_with(
            "calendar-week-of",
            &[
                ("from", crate::format::day(lang, from).into()),
                ("to", crate::format::day(lang, to).into()),
            ],
        ),
    };
    let feed_query = f.query(&[]);
    let page = CalendarPage {
        heading,
        count: lang.t_with("calendar-count", &[("count", (shown as i64).into())]),
        days,
        quick,
        errors: errors
            .iter()
            .map(|(p, k)| (p.to_string(), lang.t(k)))
            .collect(),
        filter_form: filter_view(&state, &chrome, &f, &towns),
        previous: chrome.href(&format!("/kalender{}", f.query(&[("fra", shift(-7))]))),
        next: chrome.href(&format!("/kalender{}", f.query(&[("fra", shift(7))]))),
        ics: chrome.href(&format!("/kalender.ics{feed_query}")),
        rss: chrome.href(&format!("/kalender.rss{feed_query}")),
        chrome,
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    crate::web::page::render_page(&page, status)
}

/// Den Glade Bus's visits are gatherings too: they join the list (after the day's events)
/// unless a filter asks for something the bus is not (a life arena, a target group, an
/// age, an offer, an organisation, a place, or a kind other than pop-up). The feeds keep
/// to events; each stop has its own calendar feed.
fn bus_rows(
    chrome: &Chrome,
    f: &CalendarFilters,
    from: Date,
    to: Date,
    served: &Served,
) -> Vec<(Date, OccurrenceRow)> {
    let unrelated = f.arena.is_some()
        || f.group.is_some()
        || f.age.is_some()
        || f.offer.is_some()
        || f.organisation.is_some()
        || f.place.is_some()
        || f.kind.is_some_and(|k| k != EventKind::PopUp);
    if unrelated {
        return Vec::new();
    }
    let lang = chrome.lang;
    let plan = served.bus_plan(lang);
    let days = (to - from).get_days() as i64 + 1;
    plan.dated(from, days)
        .iter()
        .filter(|d| d.date <= to)
        .filter(|d| f.town.is_none() || d.stop.town == f.town)
        .map(|d| {
            (
                d.date,
                OccurrenceRow {
                    href: chrome.href(&format!("/bussen/stop/{}", d.stop.id)),
                    time: format!("{}–{}", clock(d.visit.arrive), clock(d.visit.leave())),
                    title: format!("{} – {}", plan.name, d.stop.full_name()),
                    kind: plan.name.clone(),
                    place: d.stop.full_name(),
                    price: lang.t("cost-free"),
                    seats: lang.t("calendar-just-show-up"),
                    cancelled: false,
                },
            )
        })
        .collect()
}

// --- Feeds ---

fn feed_event(served: &Served, lang: Lang, e: &Event) -> FeedEvent {
    let host = served
        .base_url
        .split("://")
        .nth(1)
        .unwrap_or("sammen")
        .split(['/', ':'])
        .next()
        .unwrap_or("sammen")
        .to_owned();
    FeedEvent {
        uid: format!("event-{}@{host}", e.id),
        title: e.title.clone(),
        description: e.description.clone(),
        url: format!("{}/arrangement/{}", served.base_url, e.id),
        location: match (&e.place, e.online) {
            (_, true) => "Online".to_owned(),
            (Some(p), _) if !p.address.is_empty() => format!("{}, {}", p.name, p.address),
            _ => where_text(lang, e),
        },
        geo: e.coordinate.map(|c| (c.lat, c.lon)),
        start: e.start,
        duration_minutes: e.duration_minutes,
        rrule: e.rrule(),
        exdates: e
            .exceptions
            .iter()
            .filter(|x| x.cancelled)
            .map(|x| x.date)
            .collect(),
        moved: e
            .exceptions
            .iter()
            .filter(|x| !x.cancelled)
            .filter_map(|x| {
                x.start
                    .map(|s| (x.date, s, x.duration_minutes.unwrap_or(e.duration_minutes)))
            })
            .collect(),
        cancelled: e.cancelled,
        categories: [
            Some(kind_name(lang, e.kind)),
            e.life_arena.map(|a| lang.t(arena_key(a))),
        ]
        .into_iter()
        .flatten()
        .collect(),
        updated: Timestamp::from_second(e.updated_at).unwrap_or(Timestamp::UNIX_EPOCH),
    }
}

fn ics_response(body: String, filename: &str) -> Response {
    let disposition = format!("inline; filename=\"{filename}\"");
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/calendar; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("inline")),
            ),
        ],
        body,
    )
        .into_response()
}

/// A feed's filters, checked (a bad one is a 400 with its code).
fn feed_filters(query: &[(String, String)], served: &Served) -> Result<CalendarFilters, HttpError> {
    let towns: Vec<String> = served
        .directory
        .towns
        .iter()
        .map(|t| t.name.clone())
        .collect();
    let (f, errors) = CalendarFilters::parse(query, &towns);
    if let Some((_, key)) = errors.first() {
        return Err(HttpError::BadRequest {
            code: "bad_filter",
            key,
        });
    }
    Ok(f)
}

/// Every matching event as a series; the period filters do not apply to a subscription.
async fn calendar_ics(
    served: Served,
    chrome: Chrome,
    Query(query): Query<Vec<(String, String)>>,
) -> Result<Response, HttpError> {
    let f = feed_filters(&query, &served)?;
    let name = chrome.lang.t_with(
        "calendar-feed-name",
        &[("municipality", served.municipality.name.clone().into())],
    );
    let feed: Vec<FeedEvent> = served
        .events
        .iter()
        .filter(|e| f.matches(e))
        .map(|e| feed_event(&served, chrome.lang, e))
        .collect();
    Ok(ics_response(
        crate::calendar::feeds::ics(&name, &feed),
        "kalender.ics",
    ))
}

/// Coming occurrences (eight weeks) of matching events.
async fn calendar_rss(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Query(query): Query<Vec<(String, String)>>,
) -> Result<Response, HttpError> {
    let f = feed_filters(&query, &served)?;
    let lang = chrome.lang;
    let today = state.clock().today();
    let to = today.checked_add(Span::new().weeks(8)).unwrap_or(today);
    let base = &served.base_url;
    let items: Vec<FeedItem> = occurrences(&served.events, &f, today, to)
        .into_iter()
        .filter(|(_, o)| !o.cancelled)
        .map(|(e, o)| FeedItem {
            title: format!(
                "{}: {}",
                capitalise(&crate::format::day(lang, o.start.date())),
                e.title
            ),
            description: format!(
                "{} {}–{}, {}. {}",
                crate::format::day(lang, o.start.date()),
                clock(o.start.time()),
                clock(o.end.time()),
                where_text(lang, e),
                e.description
            ),
            url: format!("{base}/arrangement/{}?dato={}", e.id, o.date),
            guid: format!("event-{}-{}", e.id, o.date),
            published: Timestamp::from_second(e.updated_at).unwrap_or(Timestamp::UNIX_EPOCH),
        })
        .collect();
    let municipality = served.municipality.name.clone();
    let title = lang.t_with(
        "calendar-feed-name",
        &[("municipality", municipality.into())],
    );
    let query = f.query(&[]);
    let body = crate::calendar::feeds::rss(
        &title,
        &format!("{base}/kalender{query}"),
        &format!("{base}/kalender.rss{query}"),
        &lang.t("calendar-lead"),
        &items,
    );
    Ok((
        [(header::CONTENT_TYPE, "application/rss+xml; charset=utf-8")],
        body,
    )
        .into_response())
}

async fn event_ics(
    served: Served,
    chrome: Chrome,
    Path(id): Path<String>,
) -> Result<Response, HttpError> {
    let id = id.parse::<i64>().map_err(|_| HttpError::NotFound)?;
    let event = served.event(id).ok_or(HttpError::NotFound)?;
    let body =
        crate::calendar::feeds::ics(&event.title, &[feed_event(&served, chrome.lang, event)]);
    Ok(ics_response(body, &format!("arrangement-{id}.ics")))
}

// --- One event ---

pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Template)]
#[template(path = "calendar/event.html")]
struct EventPage {
    chrome: Chrome,
    /// "Gå med første gang": ask an ambassador to come along.
    accompany: String,
    /// "Sådan kommer du derhen" (`/arrangement/{id}/rejse`), for events at a place.
    journey: Option<String>,
    title: String,
    kind: String,
    paragraphs: Vec<String>,
    when: String,
    other_dates: Vec<(String, String)>,
    facts: Vec<Fact>,
    organisation: String,
    organisation_href: String,
    seats: String,
    status_notice: Option<String>,
    form: Option<FormView>,
    closed_reason: Option<String>,
    ics: String,
    /// A poster of this date for the notice board (`/plakat/arrangement/{id}`).
    poster: String,
    json_ld: String,
}

fn signup_view(
    state: &AppState,
    chrome: &Chrome,
    event: &Event,
    occurrence: &Occurrence,
    values: &HashMap<&str, String>,
) -> FormView {
    let t = |k: &str| chrome.t(k);
    let v = |k: &str| values.get(k).cloned().unwrap_or_default();
    let contact_hint = if event.needs_contact {
        t("signup-contact-needed")
    } else {
        t("signup-contact-optional")
    };
    let max = event.capacity.unwrap_or(MAX_PEOPLE).min(MAX_PEOPLE);
    FormView::new(
        state,
        chrome,
        &format!("/arrangement/{}/tilmeld?dato={}", event.id, occurrence.date),
    )
    .anonymous()
    .field(
        Field::new(Kind::Text, "navn", t("signup-name"))
            .hint(t("signup-name-hint"))
            .value(v("navn"))
            .autocomplete("given-name")
            .max(80)
            .required(),
    )
    .field(
        Field::new(Kind::Text, "telefon", t("signup-phone"))
            .hint(contact_hint.clone())
            .value(v("telefon"))
            .autocomplete("tel")
            .max(40),
    )
    .field(
        Field::new(Kind::Email, "email", t("signup-email"))
            .hint(t("signup-email-hint"))
            .value(v("email"))
            .autocomplete("email"),
    )
    .field(
        Field::new(Kind::Number, "antal", t("signup-people"))
            .hint(
                chrome
                    .lang
                    .t_with("signup-people-hint", &[("max", max.into())]),
            )
            .value(if v("antal").is_empty() {
                "1".into()
            } else {
                v("antal")
            })
            .max(2),
    )
    .field(
        Field::new(Kind::Checkbox, "gruppe", t("signup-group"))
            .hint(t("signup-group-hint"))
            .checked(v("gruppe") == "ja"),
    )
    .field(
        Field::new(Kind::Text, "gruppe_note", t("signup-group-note"))
            .hint(t("signup-group-note-hint"))
            .value(v("gruppe_note"))
            .max(120),
    )
    .button("handling", "tilmeld", t("signup-submit"), false)
}

// The event, the date, the form as typed and its errors, the status and the municipality:
// each a separate part of the page; bundling them would only rename them.
#[allow(clippy::too_many_arguments)]
async fn render_event(
    state: &AppState,
    chrome: Chrome,
    event: &Event,
    occurrence: &Occurrence,
    form_values: &HashMap<&str, String>,
    errors: &[(&'static str, &'static str)],
    status: StatusCode,
    served: &Served,
) -> Result<Response, HttpError> {
    let lang = chrome.lang;
    let seats = state
        .store
        .seats_taken(served.municipality.id, &occurrence.date.to_string())
        .await?;
    let taken = seats
        .get(&(event.id, occurrence.date.to_string()))
        .copied()
        .unwrap_or(0);
    let now = state
        .clock()
        .now()
        .to_zoned_datetime(crate::format::copenhagen())
        .datetime();
    let over = occurrence.end <= now;
    let (form, closed_reason) = if occurrence.cancelled {
        (None, Some(lang.t("calendar-cancelled-long")))
    } else if over {
        (None, Some(lang.t("signup-over")))
    } else if !event.signup_required {
        (None, None)
    } else if !event.signup_open(occurrence, now) {
        (None, Some(lang.t("signup-closed")))
    } else {
        (
            Some(
                signup_view(state, &chrome, event, occurrence, form_values)
                    .with_errors(&chrome, errors),
            ),
            None,
        )
    };
    let today = state.clock().today();
    let coming = event
        .occurrences_between(
            today,
            today.checked_add(Span::new().weeks(8)).unwrap_or(today),
        )
        .into_iter()
        .filter(|o| o.date != occurrence.date && !o.cancelled)
        .take(6)
        .map(|o| {
            (
                chrome.href(&format!("/arrangement/{}?dato={}", event.id, o.date)),
                crate::format::day(lang, o.start.date()),
            )
        })
        .collect();
    let mut facts = vec![
        Fact {
            label: lang.t("vejviser-where"),
            value: where_text(lang, event),
        },
        Fact {
            label: lang.t("vejviser-cost"),
            value: price_text(lang, event),
        },
        Fact {
            label: lang.t("offer-for"),
            value: format!(
                "{} ({})",
                event
                    .target_groups
                    .iter()
                    .map(|g| lang.t(&format!("target-{}", fold(g))))
                    .collect::<Vec<_>>()
                    .join(", "),
                lang.t_with(
                    "offer-ages",
                    &[("min", event.age_min.into()), ("max", event.age_max.into())]
                )
            ),
        },
    ];
    if let Some(a) = event.life_arena {
        facts.push(Fact {
            label: lang.t("filter-arena"),
            value: lang.t(arena_key(a)),
        });
    }
    if !event.bring.is_empty() {
        facts.push(Fact {
            label: lang.t("event-bring"),
            value: event.bring.clone(),
        });
    }
    if !event.accessibility.is_empty() {
        facts.push(Fact {
            label: lang.t("filter-accessibility"),
            value: event
                .accessibility
                .iter()
                .map(|a| lang.t(&format!("access-{}", fold(a))))
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    if event.signup_required {
        facts.push(Fact {
            label: lang.t("event-signup"),
            value: lang.t_with(
                "event-signup-deadline",
                &[("hours", event.signup_closes_hours.into())],
            ),
        });
    }
    let url = format!(
        "{}/arrangement/{}?dato={}",
        served.base_url, event.id, occurrence.date
    );
    let page = EventPage {
        journey: (!event.online && event.coordinate.is_some()).then(|| {
            chrome.href(&format!(
                "/arrangement/{}/rejse?dato={}",
                event.id, occurrence.date
            ))
        }),
        title: event.title.clone(),
        kind: kind_name(lang, event.kind),
        paragraphs: event
            .description
            .split("\n\n")
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect(),
        when: format!(
            "{} {}–{}",
            capitalise(&crate::format::day(lang, occurrence.start.date())),
            clock(occurrence.start.time()),
            clock(occurrence.end.time())
        ),
        other_dates: coming,
        facts,
        organisation: event.organisation.name.clone(),
        organisation_href: chrome.href(&format!("/organisation/{}", event.organisation.id)),
        seats: if event.signup_required {
            seats_text(lang, event, taken)
        } else {
            lang.t("calendar-just-show-up")
        },
        status_notice: occurrence.moved.then(|| lang.t("calendar-moved")),
        form,
        closed_reason,
        ics: chrome.href(&format!("/arrangement/{}/kalender.ics", event.id)),
        poster: chrome.href(&format!(
            "/plakat/arrangement/{}?dato={}",
            event.id, occurrence.date
        )),
        accompany: chrome.href(&format!("/ambassadorer/tal-med?arrangement={}", event.id)),
        json_ld: json_ld(&schema_org(event, occurrence, &url)),
        chrome,
    };
    crate::web::page::render_page(&page, status)
}

/// schema.org Event for this occurrence.
fn schema_org(e: &Event, o: &Occurrence, url: &str) -> serde_json::Value {
    let zoned = |at: DateTime| {
        at.to_zoned_datetime(crate::format::copenhagen())
            .map(|z| z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
            .unwrap_or_default()
    };
    let mut value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": e.title,
        "description": e.description,
        "url": url,
        "startDate": zoned(o.start),
        "endDate": zoned(o.end),
        "eventStatus": if o.cancelled { "https://schema.org/EventCancelled" } else if o.moved { "https://schema.org/EventRescheduled" } else { "https://schema.org/EventScheduled" },
        "eventAttendanceMode": if e.online { "https://schema.org/OnlineEventAttendanceMode" } else { "https://schema.org/OfflineEventAttendanceMode" },
        "organizer": { "@type": "Organization", "name": e.organisation.name },
        "isAccessibleForFree": e.is_free(),
        "typicalAgeRange": format!("{}-{}", e.age_min, e.age_max),
        "offers": { "@type": "Offer", "price": e.price_dkk, "priceCurrency": "DKK", "url": url },
    });
    if let Some(c) = e.capacity {
        value["maximumAttendeeCapacity"] = c.into();
    }
    value["location"] = if e.online {
        serde_json::json!({ "@type": "VirtualLocation", "url": url })
    } else {
        let mut place = serde_json::json!({ "@type": "Place", "name": e.place.as_ref().map(|p| p.name.clone()).or_else(|| e.town.as_ref().map(|t| t.name.clone())).unwrap_or_default(), "address": e.place.as_ref().map(|p| p.address.clone()).unwrap_or_else(|| e.address.clone()) });
        if let Some(c) = e.coordinate {
            place["geo"] = serde_json::json!({ "@type": "GeoCoordinates", "latitude": c.lat, "longitude": c.lon });
        }
        place
    };
    value
}

async fn event_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<DateQuery>,
) -> Result<Response, HttpError> {
    let id = id.parse::<i64>().map_err(|_| HttpError::NotFound)?;
    let event = served.event(id).ok_or(HttpError::NotFound)?;
    let occurrence = q.occurrence(event, local_now(state.clock()))?;
    render_event(
        &state,
        chrome,
        event,
        &occurrence,
        &HashMap::new(),
        &[],
        StatusCode::OK,
        &served,
    )
    .await
}

async fn sign_up(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    client: Client,
    Path(id): Path<String>,
    Query(q): Query<DateQuery>,
    form: FormData,
) -> Result<Response, HttpError> {
    let id = id.parse::<i64>().map_err(|_| HttpError::NotFound)?;
    let municipality = served.municipality.clone();
    let event = state.store.event(municipality.id, id).await?;
    let occurrence = q.occurrence(&event, local_now(state.clock()))?;
    let now = state
        .clock()
        .now()
        .to_zoned_datetime(crate::format::copenhagen())
        .datetime();
    if !event.signup_open(&occurrence, now) {
        return Err(HttpError::Conflict {
            key: "signup-closed",
        });
    }
    let values: HashMap<&str, String> =
        ["navn", "telefon", "email", "antal", "gruppe", "gruppe_note"]
            .into_iter()
            .map(|k| (k, form.get(k).trim().to_owned()))
            .collect();
    let name = values["navn"].clone();
    let phone = values["telefon"].clone();
    let email = accounts::normalise_email(&values["email"]);
    let is_group = values["gruppe"] == "ja";
    let max = event.capacity.unwrap_or(MAX_PEOPLE).min(MAX_PEOPLE);
    let mut errors = Vec::new();
    if name.is_empty() || name.chars().count() > 80 {
        errors.push(("navn", "signup-error-name"));
    }
    if !phone.is_empty() && crate::domain::Phone::parse(&phone).is_none() {
        errors.push(("telefon", "signup-error-phone"));
    }
    if !email.is_empty() && !accounts::plausible_email(&email) {
        errors.push(("email", "account-error-email"));
    }
    if event.needs_contact && phone.is_empty() && email.is_empty() {
        errors.push(("telefon", "signup-error-contact"));
    }
    let people = values["antal"]
        .parse::<i64>()
        .ok()
        .filter(|n| (1..=max).contains(n));
    if people.is_none() {
        errors.push(("antal", "signup-error-people"));
    }
    if values["gruppe_note"].chars().count() > 120 {
        errors.push(("gruppe_note", "form-error-text-long"));
    }
    let Some(people) = people.filter(|_| errors.is_empty()) else {
        return render_event(
            &state,
            chrome,
            &event,
            &occurrence,
            &values,
            &errors,
            StatusCode::BAD_REQUEST,
            &served,
        )
        .await;
    };
    // Counted in seats: a flood from one client cannot fill the event.
    let target = format!("event:{}", event.id);
    limits::guard(&state, &form, &limits_of::SIGN_UP, &client, &target, people).await?;
    // The link to one's sign-up is derived from the form, never stored in the clear.
    let token = state.form_key.derive("signup", &form.nonce);
    once_private(&state, &form, &token, || async {
        let hash = accounts::token_hash(&token);
        let signup = NewSignup {
            event_id: event.id,
            occurrence_date: occurrence.date.to_string(),
            name: name.clone(),
            phone: phone.clone(),
            email: email.clone(),
            people,
            is_group,
            group_note: values["gruppe_note"].clone(),
            token_hash: hash,
            lang: chrome.lang,
        };
        // The sign-up and its mail are one transaction: without the mail, no sign-up.
        let mail = |s: &Signup| {
            let kind = if s.status == SignupStatus::Confirmed {
                MailKind::Confirmed { token: &token }
            } else {
                MailKind::Waitlisted { token: &token }
            };
            mail::to_signup(
                s,
                municipality.id,
                &served.base_url,
                &event,
                &occurrence,
                kind,
            )
        };
        let (_, status) = state.store.sign_up(&signup, event.capacity, &mail).await?;
        tracing::info!(event = event.id, status = status.code(), "sign-up");
        let target = chrome.href(&format!("/tilmelding/{token}?ny=1"));
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await
}

// --- One's own sign-up ---

#[derive(Template)]
#[template(path = "calendar/signup.html")]
struct SignupPage {
    chrome: Chrome,
    title: String,
    event_href: String,
    when: String,
    place: String,
    status: String,
    people: String,
    confirmation: Option<String>,
    cancelled: bool,
    token: String,
    action: String,
}

#[derive(serde::Deserialize, Default)]
struct NewQuery {
    #[serde(default)]
    ny: String,
    #[serde(default)]
    afmeldt: String,
}

async fn own(
    state: &AppState,
    token: &str,
    served: &Served,
) -> Result<Option<(Signup, Event, Occurrence)>, HttpError> {
    let signup = match state.store.signup_by_token(&token_hash(token)).await {
        Ok(s) => s,
        Err(StoreError::NotFound) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let event = state
        .store
        .event(served.municipality.id, signup.event_id)
        .await?;
    let date: Date = signup
        .occurrence_date
        .parse()
        .map_err(|_| HttpError::NotFound)?;
    let occurrence = event.occurrence(date).ok_or(HttpError::NotFound)?;
    Ok(Some((signup, event, occurrence)))
}

async fn signup_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(q): Query<NewQuery>,
) -> Result<Response, HttpError> {
    let Some((signup, event, occurrence)) = own(&state, &token, &served).await? else {
        return MessagePage::new(chrome, "signup-gone-title", &["signup-gone-text"])
            .link("/kalender", "signup-to-calendar")
            .render(StatusCode::NOT_FOUND);
    };
    let lang = chrome.lang;
    let status = lang.t(&format!("signup-status-{}", signup.status.code()));
    let confirmation = match (q.ny.as_str(), q.afmeldt.as_str(), signup.status) {
        (_, "1", _) => Some(lang.t("signup-cancelled-notice")),
        ("1", _, SignupStatus::Confirmed) => Some(lang.t("signup-confirmed-notice")),
        ("1", _, SignupStatus::Waitlist) => Some(lang.t("signup-waitlist-notice")),
        _ => None,
    };
    let people = if signup.is_group {
        lang.t_with(
            "signup-group-of",
            &[
                ("count", signup.people.into()),
                ("note", signup.group_note.clone().into()),
            ],
        )
    } else {
        lang.t_with("signup-people-count", &[("count", signup.people.into())])
    };
    let page = SignupPage {
        title: event.title.clone(),
        event_href: chrome.href(&format!(
            "/arrangement/{}?dato={}",
            event.id, occurrence.date
        )),
        when: format!(
            "{} {}–{}",
            capitalise(&crate::format::day(lang, occurrence.start.date())),
            clock(occurrence.start.time()),
            clock(occurrence.end.time())
        ),
        place: where_text(lang, &event),
        status,
        people,
        confirmation,
        cancelled: signup.status == SignupStatus::Cancelled,
        token: state
            .form_key
            .issue(chrome.session.as_deref(), state.store.now()),
        action: chrome.href(&format!("/tilmelding/{token}")),
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

async fn cancel_signup(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
    _form: FormData,
) -> Result<Response, HttpError> {
    let Some((_, event, occurrence)) = own(&state, &token, &served).await? else {
        return Err(HttpError::NotFound);
    };
    let municipality_id = served.municipality.id;
    // The cancellation and the mails of those who move up are one transaction.
    let promoted = |s: &Signup| {
        mail::to_signup(
            s,
            municipality_id,
            &served.base_url,
            &event,
            &occurrence,
            MailKind::Promoted,
        )
    };
    let moved = state
        .store
        .cancel_signup(&token_hash(&token), event.capacity, &promoted)
        .await?;
    tracing::info!(event = event.id, moved = moved.len(), "sign-up cancelled");
    Ok(Redirect::to(&chrome.href(&format!("/tilmelding/{token}?afmeldt=1"))).into_response())
}

/// Local "now" for checks, in Copenhagen.
pub fn local_now(clock: &crate::clock::Clock) -> DateTime {
    clock
        .now()
        .to_zoned_datetime(crate::format::copenhagen())
        .datetime()
}

/// An occurrence's start as an instant, for ordering across zones.
pub fn occurrence_instant(o: &Occurrence) -> Timestamp {
    local_instant(o.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_read_the_page_parameters_and_say_what_is_wrong() {
        let towns = vec!["Asnæs".to_owned(), "Hørve".to_owned()];
        let q = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<Vec<_>>()
        };
        let (f, errors) = CalendarFilters::parse(
            &q(&[
                ("livsarena", "fritid"),
                ("by", "asnaes"),
                ("gratis", "1"),
                ("slags", "spis-sammen"),
                ("periode", "weekend"),
            ]),
            &towns,
        );
        assert!(errors.is_empty());
        assert_eq!(f.arena, Some(LifeArena::Leisure));
        assert_eq!(f.town.as_deref(), Some("Asnæs"));
        assert!(f.free && f.kind == Some(EventKind::SpisSammen));
        let (_, errors) = CalendarFilters::parse(
            &q(&[("by", "Aarhus"), ("slags", "disko"), ("dag", "i morgen")]),
            &towns,
        );
        assert_eq!(
            errors.iter().map(|e| e.0).collect::<Vec<_>>(),
            ["by", "slags", "dag"]
        );
    }

    #[test]
    fn windows_for_this_week_and_this_weekend() {
        let wednesday: Date = "2026-12-02".parse().unwrap();
        let week = CalendarFilters {
            period: Some("uge"),
            ..Default::default()
        };
        assert_eq!(
            week.window(wednesday),
            ("2026-12-02".parse().unwrap(), "2026-12-06".parse().unwrap())
        );
        let weekend = CalendarFilters {
            period: Some("weekend"),
            ..Default::default()
        };
        assert_eq!(
            weekend.window(wednesday),
            ("2026-12-05".parse().unwrap(), "2026-12-06".parse().unwrap())
        );
        let sunday: Date = "2026-12-06".parse().unwrap();
        assert_eq!(weekend.window(sunday), (sunday, sunday));
    }
}
