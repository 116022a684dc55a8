//! Den Glade Bus while it drives: `/bussen/nu` (where the bus is, with an expected time
//! for each next stop and the delay), `/bussen/kort` (a day's route on a map),
//! `/bussen/gtfs-rt/vehicle-positions` (GTFS Realtime), and the crew's page `/bussen/tur`
//! that shares the phone's position and has "arrived" / "leaving" buttons for when there is
//! no GPS. Every position and button press rings the bell at once.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::Timestamp;
use jiff::civil::{Date, Time};
use serde::Deserialize;

use crate::bus::live::{Fix, Live, Mark, MarkKind, State as VisitState};
use crate::bus::ring::Bell;
use crate::bus::{Plan, Stop};
use crate::domain::Coordinate;
use crate::format::{capitalise, clock, local_time};
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::assets::{CREW_JS, LIVE_JS};
use crate::web::bus::timetable::plan;
use crate::web::chrome::Chrome;
use crate::web::directory::map::Projection;
use crate::web::error::HttpError;
use crate::web::forms::FormData;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.get("/bussen/nu", Access::Public, now_page)
        .get("/bussen/kort", Access::Public, route_map)
        .get(
            "/bussen/gtfs-rt/vehicle-positions",
            Access::Public,
            vehicle_positions,
        )
        .get("/bussen/tur", Access::Crew, crew_page)
        .post("/bussen/tur/position", Access::Crew, post_position)
        .post("/bussen/tur/markering", Access::Crew, post_mark)
        .post("/bussen/tur/besoegende", Access::Crew, post_headcount)
}

pub fn bell(state: &AppState) -> Bell {
    Bell {
        store: state.store.clone(),
        clock: state.config.clock.clone(),
        key: state.form_key.clone(),
        base_url: state.config.base_url.clone(),
        serves_one: state.config.municipality.is_some(),
    }
}

/// One stop of today's tour as the pages show it.
pub struct LiveLine {
    pub stop_id: i64,
    pub arrive: String,
    pub stop: String,
    pub href: String,
    pub planned: String,
    /// Only when it differs from the plan.
    pub expected: Option<String>,
    pub status: String,
    pub passed: bool,
    pub here: bool,
    pub arrived_pressed: bool,
    pub left_pressed: bool,
}

fn live_lines(chrome: &Chrome, live: &Live<'_>, now: Timestamp, marks: &[Mark]) -> Vec<LiveLine> {
    let lang = chrome.lang;
    live.visits
        .iter()
        .map(|v| {
            let delay = v.delay_minutes();
            let status = match v.state {
                VisitState::Passed => lang.t("bus-live-passed"),
                VisitState::Here => lang.t("bus-live-here"),
                VisitState::Coming if live.live => {
                    let away = v.minutes_away(now).max(0).to_string();
                    if delay >= 3 {
                        lang.t_with(
                            "bus-live-late",
                            &[
                                ("minutes", away.into()),
                                ("delay", delay.to_string().into()),
                            ],
                        )
                    } else {
                        lang.t_with("bus-live-away", &[("minutes", away.into())])
                    }
                }
                VisitState::Coming => String::new(),
            };
            let pressed = |kind: MarkKind| {
                marks
                    .iter()
                    .any(|m| m.stop_id == v.stop.id && m.arrive == v.visit.arrive && m.kind == kind)
            };
            LiveLine {
                stop_id: v.stop.id,
                arrive: v.visit.arrive.strftime("%H:%M").to_string(),
                stop: v.stop.full_name(),
                href: chrome.href(&format!("/bussen/stop/{}", v.stop.id)),
                planned: clock(local_time(v.planned)),
                expected: (live.live && v.state == VisitState::Coming && delay >= 1)
                    .then(|| clock(local_time(v.expected))),
                status,
                passed: v.state == VisitState::Passed,
                here: v.state == VisitState::Here,
                arrived_pressed: pressed(MarkKind::Arrived),
                left_pressed: pressed(MarkKind::Left),
            }
        })
        .collect()
}

/// The headline: where the bus is, in one sentence; when it is not out today, also when
/// it comes next.
fn headline(lang: Lang, plan: &Plan, live: &Live<'_>, now: Timestamp) -> String {
    let with_next = |text: String| match plan.next(now, 1).first() {
        Some(d) if live.visits.is_empty() || d.date != live.date => {
            let next = lang.t_with(
                "bus-live-next",
                &[
                    ("day", crate::format::day(lang, d.date).into()),
                    ("time", clock(d.visit.arrive).into()),
                    ("stop", d.stop.full_name().into()),
                ],
            );
            format!("{text} {next}")
        }
        _ => text,
    };
    if live.visits.is_empty() {
        return with_next(lang.t("bus-live-no-tour"));
    }
    if !live.live {
        return if live.visits.iter().all(|v| v.expected_leave < now) {
            with_next(lang.t("bus-live-done"))
        } else {
            lang.t("bus-live-not-out")
        };
    }
    match live.next() {
        Some(v) if v.state == VisitState::Here => lang.t_with(
            "bus-live-at",
            &[
                ("stop", v.stop.full_name().into()),
                ("until", clock(local_time(v.expected_leave)).into()),
            ],
        ),
        Some(v) => lang.t_with(
            "bus-live-towards",
            &[
                ("stop", v.stop.full_name().into()),
                ("time", clock(local_time(v.expected)).into()),
            ],
        ),
        None => lang.t("bus-live-done"),
    }
}

/// A day's stops on the map, in tour order, with the bus where it is.
pub struct RouteMap {
    pub height: String,
    pub points: String,
    pub dots: Vec<(String, String, usize, String)>,
    pub bus: Option<(String, String)>,
    pub caption: String,
}

fn route_map_of(
    plan: &Plan,
    stops: &[&Stop],
    bus: Option<Coordinate>,
    caption: String,
) -> RouteMap {
    let all: Vec<Coordinate> = plan.stops.iter().map(|s| s.at).collect();
    let projection = Projection::fit(&all, 640.0);
    let at = |c: Coordinate| projection.at(c.lat, c.lon);
    let points = stops
        .iter()
        .map(|s| {
            let (x, y) = at(s.at);
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ");
    RouteMap {
        height: format!("{:.0}", projection.height),
        points,
        dots: stops
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let (x, y) = at(s.at);
                (format!("{x:.1}"), format!("{y:.1}"), i + 1, s.full_name())
            })
            .collect(),
        bus: bus.map(|c| {
            let (x, y) = at(c);
            (format!("{x:.1}"), format!("{y:.1}"))
        }),
        caption,
    }
}

#[derive(Template)]
#[template(path = "bus/now.html")]
struct NowPage {
    chrome: Chrome,
    headline: String,
    updated: String,
    lines: Vec<LiveLine>,
    map: Option<RouteMap>,
    script: &'static str,
}

async fn now_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let lang = chrome.lang;
    let plan = served.bus_plan(lang);
    let bell = bell(&state);
    let now = bell.clock.now();
    let municipality = served.municipality.id;
    let live = bell.live(municipality, &plan, now).await?;
    let lines = live_lines(&chrome, &live, now, &[]);
    let stops: Vec<&Stop> = live.visits.iter().map(|v| v.stop).collect();
    let map = (!stops.is_empty()).then(|| {
        route_map_of(
            &plan,
            &stops,
            live.fix.as_ref().filter(|_| live.live).map(|f| f.position),
            lang.t("bus-map-caption-today"),
        )
    });
    let page = NowPage {
        headline: headline(lang, &plan, &live, now),
        updated: lang.t_with(
            "bus-live-updated",
            &[("time", clock(local_time(now)).into())],
        ),
        lines,
        map,
        script: &LIVE_JS.href,
        chrome,
    };
    let mut response = crate::web::page::render_page(&page, StatusCode::OK)?;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

#[derive(Deserialize)]
struct MapQuery {
    dag: Option<String>,
}

#[derive(Template)]
#[template(path = "bus/map.html")]
struct MapPage {
    chrome: Chrome,
    days: Vec<(String, String, bool)>,
    day: String,
    map: Option<RouteMap>,
    lines: Vec<(String, String, String)>,
}

/// `/bussen/kort?dag=0..6`: one weekday's tour; the day links switch between them.
async fn route_map(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Query(q): Query<MapQuery>,
) -> Result<Response, HttpError> {
    let lang = chrome.lang;
    let plan = served.bus_plan(lang);
    let tours = plan.tours();
    let today = state.clock().today().weekday().to_monday_zero_offset() as u8;
    let chosen = match q.dag.as_deref().map(str::parse::<u8>) {
        None => tours
            .iter()
            .map(|(d, _)| *d)
            .find(|d| *d >= today)
            .or(tours.first().map(|(d, _)| *d)),
        Some(Ok(d)) if d < 7 => Some(d),
        Some(_) => {
            return Err(HttpError::BadRequest {
                code: "bad_day",
                key: "bus-map-bad-day",
            });
        }
    };
    let day_name = |d: u8| capitalise(crate::format::weekday_name(lang, d as usize));
    let visits: Vec<_> = tours
        .iter()
        .find(|(d, _)| Some(*d) == chosen)
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let stops: Vec<&Stop> = visits.iter().filter_map(|v| plan.stop(v.stop_id)).collect();
    let day = chosen.map(day_name).unwrap_or_default();
    let map = (!stops.is_empty()).then(|| {
        route_map_of(
            &plan,
            &stops,
            None,
            lang.t_with("bus-map-caption", &[("day", day.clone().into())]),
        )
    });
    let lines = visits
        .iter()
        .filter_map(|v| {
            let stop = plan.stop(v.stop_id)?;
            Some((
                clock(v.arrive),
                chrome.href(&format!("/bussen/stop/{}", stop.id)),
                stop.full_name(),
            ))
        })
        .collect();
    let page = MapPage {
        days: tours
            .iter()
            .map(|(d, _)| {
                (
                    chrome.href(&format!("/bussen/kort?dag={d}")),
                    day_name(*d),
                    Some(*d) == chosen,
                )
            })
            .collect(),
        day,
        map,
        lines,
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

async fn vehicle_positions(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let plan = served.bus_plan(chrome.lang);
    let bell = bell(&state);
    let now = bell.clock.now();
    let municipality = served.municipality.id;
    let live = bell.live(municipality, &plan, now).await?;
    let body = crate::bus::gtfs_rt::vehicle_positions(&plan, &live, &plan.name, now);
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/x-protobuf"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        body,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "bus/crew.html")]
struct CrewPage {
    chrome: Chrome,
    headline: String,
    saved: Option<String>,
    /// Each line with the visitors the crew counted there today, when counted.
    lines: Vec<(LiveLine, Option<i64>, String)>,
    token: String,
    last_fix: Option<String>,
    script: &'static str,
}

#[derive(Deserialize)]
struct CrewQuery {
    gemt: Option<String>,
}

async fn crew_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Query(q): Query<CrewQuery>,
) -> Result<Response, HttpError> {
    let lang = chrome.lang;
    let plan = plan(&state, lang, &served).await?;
    let bell = bell(&state);
    let now = bell.clock.now();
    let municipality = served.municipality.id;
    let live = bell.live(municipality, &plan, now).await?;
    let marks = state.store.marks_on(municipality, live.date).await?;
    let saved = match q.gemt.as_deref() {
        Some("arrived") => Some(lang.t("bus-crew-saved-arrived")),
        Some("left") => Some(lang.t("bus-crew-saved-left")),
        Some("antal") => Some(lang.t("bus-crew-headcount-saved")),
        _ => None,
    };
    let counts = state
        .store
        .headcounts_on(municipality, &live.date.to_string())
        .await?;
    let page = CrewPage {
        headline: headline(lang, &plan, &live, now),
        saved,
        lines: live_lines(&chrome, &live, now, &marks)
            .into_iter()
            .map(|l| {
                let counted = counts
                    .iter()
                    .find(|(stop, arrive, _)| *stop == l.stop_id && *arrive == l.arrive)
                    .map(|(_, _, n)| *n);
                let text = counted
                    .map(|n| lang.t_with("bus-crew-headcount-recorded", &[("count", n.into())]))
                    .unwrap_or_default();
                (l, counted, text)
            })
            .collect(),
        token: state
            .form_key
            .issue(chrome.session.as_deref(), state.store.now()),
        last_fix: live.fix.as_ref().map(|f| {
            lang.t_with(
                "bus-crew-last-fix",
                &[("time", clock(local_time(f.at)).into())],
            )
        }),
        script: &CREW_JS.href,
        chrome,
    };
    let mut response = crate::web::page::render_page(&page, StatusCode::OK)?;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

fn json_error(code: &'static str, message: String) -> Response {
    (
        StatusCode::BAD_REQUEST,
        axum::Json(serde_json::json!({ "error": { "code": code, "message": message } })),
    )
        .into_response()
}

/// A position from the crew's phone, posted by `crew.js` (the form token as for any
/// form). Answers JSON: the headline as it is now, or an error with a code.
async fn post_position(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    form: FormData,
) -> Result<Response, HttpError> {
    let lang = chrome.lang;
    let number = |name: &str| {
        form.get(name)
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
    };
    let (Some(lat), Some(lon)) = (number("lat"), number("lon")) else {
        return Ok(json_error("bad_position", lang.t("bus-crew-bad-position")));
    };
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Ok(json_error("bad_position", lang.t("bus-crew-bad-position")));
    }
    let accuracy_m = match form.get("accuracy").trim() {
        "" => None,
        text => match text.parse::<f64>() {
            Ok(a) if a.is_finite() && a >= 0.0 => Some(a),
            _ => return Ok(json_error("bad_accuracy", lang.t("bus-crew-bad-position"))),
        },
    };
    let bell = bell(&state);
    let now = bell.clock.now();
    let municipality = served.municipality.id;
    let fix = Fix {
        at: now,
        position: Coordinate { lat, lon },
        accuracy_m,
    };
    state.store.insert_fix(municipality, &fix).await?;
    bell.ring(municipality).await?;
    let plan = plan(&state, lang, &served).await?;
    let live = bell.live(municipality, &plan, now).await?;
    Ok(axum::Json(serde_json::json!({
        "ok": true,
        "headline": headline(lang, &plan, &live, now),
        "saved": lang.t_with("bus-crew-last-fix", &[("time", clock(local_time(now)).into())]),
    }))
    .into_response())
}

/// "Arrived" or "leaving" for a visit of today's tour; back to the crew page with a
/// confirmation.
async fn post_mark(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    form: FormData,
) -> Result<Response, HttpError> {
    let bad = HttpError::BadRequest {
        code: "bad_mark",
        key: "bus-crew-bad-mark",
    };
    let kind = MarkKind::parse(form.get("kind")).ok_or(bad)?;
    let stop_id: i64 = form
        .get("stop")
        .parse()
        .map_err(|_| HttpError::BadRequest {
            code: "bad_mark",
            key: "bus-crew-bad-mark",
        })?;
    let arrive: Time =
        format!("{}:00", form.get("arrive"))
            .parse()
            .map_err(|_| HttpError::BadRequest {
                code: "bad_mark",
                key: "bus-crew-bad-mark",
            })?;
    let plan = plan(&state, chrome.lang, &served).await?;
    let bell = bell(&state);
    let now = bell.clock.now();
    let today: Date = now.to_zoned_datetime(crate::format::copenhagen()).date();
    if !plan
        .dated(today, 1)
        .iter()
        .any(|d| d.stop.id == stop_id && d.visit.arrive == arrive)
    {
        return Err(HttpError::BadRequest {
            code: "not_today",
            key: "bus-crew-not-today",
        });
    }
    let municipality = served.municipality.id;
    let mark = Mark {
        stop_id,
        arrive,
        kind,
        at: now,
    };
    state.store.insert_mark(municipality, today, &mark).await?;
    bell.ring(municipality).await?;
    Ok(Redirect::to(&chrome.href(&format!("/bussen/tur?gemt={}", kind.code()))).into_response())
}

/// The crew's headcount at a visit of today's tour: how many came (0–500); a new count
/// for the same visit replaces the old. Back to the crew page with a confirmation.
async fn post_headcount(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    form: FormData,
) -> Result<Response, HttpError> {
    let bad = || HttpError::BadRequest {
        code: "bad_headcount",
        key: "bus-crew-bad-headcount",
    };
    let stop_id: i64 = form.get("stop").parse().map_err(|_| bad())?;
    let arrive: Time = format!("{}:00", form.get("arrive"))
        .parse()
        .map_err(|_| bad())?;
    let people: i64 = form
        .get("antal")
        .trim()
        .parse()
        .ok()
        .filter(|n| (0..=500).contains(n))
        .ok_or_else(bad)?;
    let plan = plan(&state, chrome.lang, &served).await?;
    let now = state.clock().now();
    let today: Date = now.to_zoned_datetime(crate::format::copenhagen()).date();
    if !plan
        .dated(today, 1)
        .iter()
        .any(|d| d.stop.id == stop_id && d.visit.arrive == arrive)
    {
        return Err(HttpError::BadRequest {
            code: "not_today",
            key: "bus-crew-not-today",
        });
    }
    state
        .store
        .record_headcount(
            served.municipality.id,
            stop_id,
            &today.to_string(),
            form.get("arrive"),
            people,
        )
        .await?;
    Ok(Redirect::to(&chrome.href("/bussen/tur?gemt=antal")).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalise_handles_danish_letters() {
        assert_eq!(capitalise("ærø"), "Ærø");
        assert_eq!(capitalise(""), "");
    }
}
