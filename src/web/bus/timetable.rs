//! Den Glade Bus for everyone: `/bussen` (the next stops, this week's timetable, what
//! happens at each stop), `/bussen/stop/{id}` (coming visits, add to calendar), the
//! stop's iCalendar feed, and the GTFS feed at `/bussen/gtfs.zip` for journey planners.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use jiff::{Span, Timestamp};

use crate::bus::bell::LEADS;
use crate::bus::{Dated, Plan, Stop};
use crate::calendar::feeds::FeedEvent;
use crate::format::{capitalise, clock};
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormView, Kind};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.get("/bussen", Access::Public, overview)
        .get("/bussen/stop/{id}", Access::Public, stop_page)
        .get("/bussen/stop/{id}/kalender.ics", Access::Public, stop_ics)
        .get("/bussen/gtfs.zip", Access::Public, gtfs)
}

/// How many coming visits the overview and a stop page list.
const NEXT: usize = 6;

/// The plan as staff edit it, read from the database (their own save must show at once).
pub async fn plan(state: &AppState, lang: Lang, served: &Served) -> Result<Plan, HttpError> {
    let municipality = served.municipality.id;
    Ok(state
        .store
        .bus_plan(municipality, &lang.t("bus-name"))
        .await?)
}

fn activities(lang: Lang, list: &[String]) -> String {
    list.iter()
        .map(|a| lang.t(&format!("bus-activity-{a}")))
        .collect::<Vec<_>>()
        .join(", ")
}

pub struct Line {
    pub when: String,
    pub stop: String,
    pub href: String,
    pub activities: String,
}

fn line(chrome: &Chrome, d: &Dated<'_>) -> Line {
    let lang = chrome.lang;
    Line {
        when: format!(
            "{} {}–{}",
            capitalise(&crate::format::day(lang, d.date)),
            clock(d.visit.arrive),
            clock(d.visit.leave())
        ),
        stop: d.stop.full_name(),
        href: chrome.href(&format!("/bussen/stop/{}", d.stop.id)),
        activities: activities(lang, &d.visit.activities),
    }
}

pub struct Tour {
    pub day: String,
    /// The day's route on the map.
    pub map: String,
    pub map_label: String,
    pub stops: Vec<Line>,
}

#[derive(Template)]
#[template(path = "bus/timetable.html")]
struct OverviewPage {
    chrome: Chrome,
    next: Vec<Line>,
    tours: Vec<Tour>,
    pause: Option<String>,
    stops: Vec<(String, String)>,
    /// Coming visits on chosen dates.
    extras: Vec<Line>,
}

async fn overview(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let lang = chrome.lang;
    let plan = served.bus_plan(lang);
    let now = state.clock().now();
    let today = state.clock().today();
    let next = plan
        .next(now, NEXT)
        .iter()
        .map(|d| line(&chrome, d))
        .collect();
    let tours = plan
        .tours()
        .into_iter()
        .map(|(day, visits)| Tour {
            day: capitalise(crate::format::weekday_name(lang, day as usize)),
            map: chrome.href(&format!("/bussen/kort?dag={day}")),
            map_label: lang.t_with(
                "bus-map-link",
                &[(
                    "day",
                    crate::format::weekday_name(lang, day as usize).into(),
                )],
            ),
            stops: visits
                .iter()
                .filter_map(|v| {
                    let stop = plan.stop(v.stop_id)?;
                    Some(Line {
                        when: format!("{}–{}", clock(v.arrive), clock(v.leave())),
                        stop: stop.full_name(),
                        href: chrome.href(&format!("/bussen/stop/{}", stop.id)),
                        activities: activities(lang, &v.activities),
                    })
                })
                .collect(),
        })
        .collect();
    // A pause today or within the coming week is said at the top.
    let pause = (0..7)
        .filter_map(|d| today.checked_add(Span::new().days(d)).ok())
        .find_map(|date| plan.paused(date))
        .map(|p| lang.t_with("bus-paused", &[("reason", p.reason.clone().into())]));
    let mut stops: Vec<(String, String)> = plan
        .stops
        .iter()
        .map(|s| {
            (
                chrome.href(&format!("/bussen/stop/{}", s.id)),
                s.full_name(),
            )
        })
        .collect();
    stops.sort_by(|a, b| a.1.cmp(&b.1));
    let extras = plan
        .extras
        .iter()
        .filter(|e| e.date >= today)
        .filter_map(|e| {
            let stop = plan.stop(e.visit.stop_id)?;
            Some(line(
                &chrome,
                &Dated {
                    date: e.date,
                    visit: &e.visit,
                    stop,
                },
            ))
        })
        .collect();
    let page = OverviewPage {
        extras,
        next,
        tours,
        pause,
        stops,
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

#[derive(Template)]
#[template(path = "bus/stop.html")]
struct StopPage {
    chrome: Chrome,
    name: String,
    facts: Vec<(String, String)>,
    coming: Vec<Line>,
    ics: String,
    /// "Sådan kommer du derhen" to the next visit (`/bussen/stop/{id}/rejse`).
    journey: String,
    /// A poster of the coming visits (`/plakat/bussen/stop/{id}`).
    poster: String,
    /// The bell's subscription form.
    form: FormView,
    /// For Web Push: the server's public key, where to post, the script.
    push_key: String,
    push_action: String,
    script: &'static str,
}

fn find<'a>(plan: &'a Plan, id: &str) -> Result<&'a Stop, HttpError> {
    let id: i64 = id.parse().map_err(|_| HttpError::NotFound)?;
    plan.stop(id).ok_or(HttpError::NotFound)
}

async fn stop_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, HttpError> {
    let plan = served.bus_plan(chrome.lang);
    let stop = find(&plan, &id)?;
    let bell = form(&state, &chrome, stop.id, &Default::default(), &[]);
    render_stop(&state, chrome, &plan, stop, bell, StatusCode::OK).await
}

/// A stop's page, with the bell's form as given (fresh, or with errors).
pub async fn render_stop(
    state: &AppState,
    chrome: Chrome,
    plan: &Plan,
    stop: &Stop,
    bell: FormView,
    status: StatusCode,
) -> Result<Response, HttpError> {
    let lang = chrome.lang;
    let now = state.clock().now();
    let today = state.clock().today();
    let coming: Vec<Line> = plan
        .dated(today, 60)
        .iter()
        .filter(|d| d.stop.id == stop.id && d.leaves_at() > now)
        .take(NEXT)
        .map(|d| line(&chrome, d))
        .collect();
    let t = |k: &str| lang.t(k);
    let mut facts = Vec::new();
    if let Some(town) = &stop.town {
        facts.push((t("bus-town"), town.clone()));
    }
    if !stop.accessibility.is_empty() {
        facts.push((
            t("bus-accessibility"),
            stop.accessibility
                .iter()
                .map(|a| {
                    t(&format!(
                        "access-{}",
                        crate::directory::search::analysis::fold(a)
                    ))
                })
                .collect::<Vec<_>>()
                .join(", "),
        ));
    }
    if !stop.indoor_fallback.is_empty() {
        facts.push((t("bus-indoor"), stop.indoor_fallback.clone()));
    }
    if !stop.typical_visitors.is_empty() {
        facts.push((t("bus-visitors"), stop.typical_visitors.clone()));
    }
    let page = StopPage {
        name: stop.full_name(),
        facts,
        coming,
        ics: chrome.href(&format!("/bussen/stop/{}/kalender.ics", stop.id)),
        journey: chrome.href(&format!("/bussen/stop/{}/rejse", stop.id)),
        poster: chrome.href(&format!("/plakat/bussen/stop/{}", stop.id)),
        form: bell,
        push_key: state.vapid.public_key(),
        push_action: chrome.href(&format!("/bussen/stop/{}/push", stop.id)),
        script: &crate::web::assets::BELL_JS.href,
        chrome,
    };
    crate::web::page::render_page(&page, status)
}

/// The stop's visits as weekly series, paused dates left out.
async fn stop_ics(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, HttpError> {
    let lang = chrome.lang;
    let plan = served.bus_plan(lang);
    let stop = find(&plan, &id)?;
    let snapshot = served.clone();
    let today = state.clock().today();
    let base = served.base_url.trim_end_matches('/');
    let mut events: Vec<FeedEvent> = plan
        .visits
        .iter()
        .filter(|v| v.stop_id == stop.id)
        .filter_map(|v| {
            let ahead =
                (v.weekday as i64 - today.weekday().to_monday_zero_offset() as i64).rem_euclid(7);
            let first = today.checked_add(Span::new().days(ahead)).ok()?;
            let exdates = (0..53)
                .filter_map(|w| first.checked_add(Span::new().days(7 * w)).ok())
                .filter(|d| plan.paused(*d).is_some())
                .collect();
            Some(FeedEvent {
                uid: format!("bus-visit-{}@sammen.{}", v.id, snapshot.municipality.slug),
                title: format!("{} – {}", plan.name, stop.full_name()),
                description: activities(lang, &v.activities),
                url: format!("{base}/bussen/stop/{}", stop.id),
                location: stop.full_name(),
                geo: Some((stop.at.lat, stop.at.lon)),
                start: first.to_datetime(v.arrive),
                duration_minutes: v.stay_minutes,
                rrule: Some(format!(
                    "FREQ=WEEKLY;BYDAY={}",
                    ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][v.weekday as usize]
                )),
                exdates,
                moved: Vec::new(),
                cancelled: false,
                categories: vec![plan.name.clone()],
                updated: Timestamp::UNIX_EPOCH,
            })
        })
        .collect();
    // Chosen dates: one event each.
    events.extend(
        plan.extras
            .iter()
            .filter(|e| e.visit.stop_id == stop.id && e.date >= today)
            .map(|e| FeedEvent {
                uid: format!(
                    "bus-extra-{}@sammen.{}",
                    -e.visit.id, snapshot.municipality.slug
                ),
                title: format!("{} – {}", plan.name, stop.full_name()),
                description: activities(lang, &e.visit.activities),
                url: format!("{base}/bussen/stop/{}", stop.id),
                location: stop.full_name(),
                geo: Some((stop.at.lat, stop.at.lon)),
                start: e.date.to_datetime(e.visit.arrive),
                duration_minutes: e.visit.stay_minutes,
                rrule: None,
                exdates: Vec::new(),
                moved: Vec::new(),
                cancelled: false,
                categories: vec![plan.name.clone()],
                updated: Timestamp::UNIX_EPOCH,
            }),
    );
    let body =
        crate::calendar::feeds::ics(&format!("{} – {}", plan.name, stop.full_name()), &events);
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/calendar; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("inline; filename=\"bussen.ics\""),
            ),
        ],
        body,
    )
        .into_response())
}

async fn gtfs(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let plan = served.bus_plan(chrome.lang);
    let snapshot = served.clone();
    let zip = crate::bus::gtfs::feed_zip(
        &plan,
        &snapshot.municipality,
        &served.base_url,
        state.clock().today(),
    )
    .map_err(|e| HttpError::Internal(e.into()))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/zip"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"gtfs.zip\""),
            ),
        ],
        zip,
    )
        .into_response())
}

/// The choices as typed, to show the form again after an error.
#[derive(Default)]
pub struct BellValues {
    pub email: String,
    pub lead: String,
    pub day_before: bool,
}

/// The subscription form on a stop's page.
pub fn form(
    state: &AppState,
    chrome: &Chrome,
    stop_id: i64,
    values: &BellValues,
    errors: &[(&'static str, &'static str)],
) -> FormView {
    let lang = chrome.lang;
    let mut leads: Vec<(String, String)> = LEADS
        .iter()
        .map(|m| {
            (
                m.to_string(),
                lang.t_with("bell-lead-minutes", &[("minutes", m.to_string().into())]),
            )
        })
        .collect();
    leads.push(("ingen".into(), lang.t("bell-lead-none")));
    let lead = if values.lead.is_empty() {
        "10".to_owned()
    } else {
        values.lead.clone()
    };
    FormView::new(state, chrome, &format!("/bussen/stop/{stop_id}/klokke"))
        .anonymous()
        .field(
            Field::new(Kind::Email, "email", lang.t("bell-email"))
                .hint(lang.t("bell-email-hint"))
                .value(values.email.clone())
                .autocomplete("email")
                .max(254)
                .required(),
        )
        .field(Field::new(Kind::Radios, "varsel", lang.t("bell-lead")).choices(leads, &[lead]))
        .field(
            Field::new(Kind::Checkbox, "dagen_foer", lang.t("bell-day-before"))
                .checked(values.day_before),
        )
        .with_errors(chrome, errors)
        .button("handling", "abonner", lang.t("bell-submit"), false)
}
