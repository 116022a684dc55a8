//! The crew's day for staff (`/admin/bussen/indstillinger`): where the bus starts and
//! ends, the working hours, the bus's average speed and the shortest stay. The planner,
//! the plan's check and the live arrival times read them; saving is audited and leaves
//! the published plan alone (the check on `/admin/bussen` shows what no longer fits).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use crate::bus::planning::Settings;
use crate::domain::Coordinate;
use crate::store::audit::Actor;
use crate::web::AppState;
use crate::web::bus::back;
use crate::web::bus::plan::crew_day;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::page::FormPage;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/admin/bussen/indstillinger", Access::Crew, form)
        .post("/admin/bussen/indstillinger", Access::Crew, save)
}

/// The depot must lie this close to one of the stops: a typo in a coordinate (a lost
/// digit, latitude and longitude swapped) puts it far away.
const DEPOT_WITHIN_KM: f64 = 50.0;
/// The longest working day staff may set, in hours.
const LONGEST_SHIFT_HOURS: i64 = 14;

/// The form's values as typed.
struct Values {
    depot_name: String,
    lat: String,
    lon: String,
    start: String,
    end: String,
    speed: String,
    min_stay: String,
}

type Errors = Vec<(&'static str, &'static str)>;

impl Values {
    fn of(s: &Settings) -> Values {
        Values {
            depot_name: s.depot_name.clone(),
            lat: format!("{:.5}", s.depot.lat),
            lon: format!("{:.5}", s.depot.lon),
            start: crate::format::clock(s.shift_start),
            end: crate::format::clock(s.shift_end),
            speed: format!("{}", s.speed_kmh.round()),
            min_stay: s.min_stay_minutes.to_string(),
        }
    }

    fn from_form(form: &FormData) -> Values {
        let short = |k: &str, n: usize| form.get(k).trim().chars().take(n).collect::<String>();
        Values {
            depot_name: short("depot", 81),
            lat: short("bredde", 20),
            lon: short("laengde", 20),
            start: short("start", 8),
            end: short("slut", 8),
            speed: short("hastighed", 8),
            min_stay: short("ophold", 8),
        }
    }

    /// The settings, or every error (field, text key). `stops` are where the bus goes.
    fn parse(&self, stops: &[Coordinate]) -> Result<Settings, Errors> {
        let mut errors = Vec::new();
        let name = self.depot_name.as_str();
        if name.is_empty() || name.chars().count() > 80 {
            errors.push(("depot", "plan-settings-error-depot"));
        }
        let depot = coordinate(&self.lat, &self.lon);
        match depot {
            None => errors.push(("bredde", "plan-settings-error-coordinates")),
            Some(at) if !near_a_stop(at, stops) => {
                errors.push(("bredde", "plan-settings-error-far"))
            }
            Some(_) => {}
        }
        let time = crate::format::parse_clock;
        let hours = match (time(&self.start), time(&self.end)) {
            (Some(a), Some(b))
                if a < b && b.duration_since(a).as_hours() <= LONGEST_SHIFT_HOURS =>
            {
                Some((a, b))
            }
            _ => {
                errors.push(("start", "plan-settings-error-hours"));
                None
            }
        };
        let speed = self
            .speed
            .parse::<f64>()
            .ok()
            .filter(|v| Settings::SPEEDS.contains(v));
        if speed.is_none() {
            errors.push(("hastighed", "plan-settings-error-speed"));
        }
        let min_stay = self
            .min_stay
            .parse::<i64>()
            .ok()
            .filter(|m| Settings::MIN_STAYS.contains(m));
        if min_stay.is_none() {
            errors.push(("ophold", "plan-settings-error-stay"));
        }
        match (depot, hours, speed, min_stay) {
            (
                Some(depot),
                Some((shift_start, shift_end)),
                Some(speed_kmh),
                Some(min_stay_minutes),
            ) if errors.is_empty() => Ok(Settings {
                depot_name: name.to_owned(),
                depot,
                shift_start,
                shift_end,
                speed_kmh,
                min_stay_minutes,
            }),
            _ => Err(errors),
        }
    }
}

/// Decimal degrees as typed, with a comma or a point: "55,73785" and "11,5078".
pub(super) fn coordinate(lat: &str, lon: &str) -> Option<Coordinate> {
    let number = |t: &str| t.trim().replace(',', ".").parse::<f64>().ok();
    let (lat, lon) = (number(lat)?, number(lon)?);
    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon))
        .then_some(Coordinate { lat, lon })
}

fn near_a_stop(at: Coordinate, stops: &[Coordinate]) -> bool {
    stops.is_empty()
        || stops.iter().any(|s| {
            crate::domain::geo::haversine_km(at.lat, at.lon, s.lat, s.lon) <= DEPOT_WITHIN_KM
        })
}

fn view(
    state: &AppState,
    chrome: &Chrome,
    v: &Values,
    errors: &[(&'static str, &'static str)],
) -> FormView {
    let lang = chrome.lang;
    let speed_hint = if state.config.bus_matrix.is_some() {
        "plan-settings-speed-hint-roads"
    } else {
        "plan-settings-speed-hint"
    };
    let depot_hint = if state.config.bus_matrix.is_some() {
        "plan-settings-depot-hint-roads"
    } else {
        "plan-settings-depot-hint"
    };
    FormView::new(state, chrome, "/admin/bussen/indstillinger")
        .field(
            Field::new(Kind::Text, "depot", lang.t("plan-settings-depot"))
                .hint(lang.t(depot_hint))
                .value(v.depot_name.clone())
                .required()
                .max(80),
        )
        .field(
            Field::new(Kind::Text, "bredde", lang.t("plan-settings-lat"))
                .hint(lang.t("plan-settings-lat-hint"))
                .value(v.lat.clone())
                .required()
                .max(20),
        )
        .field(
            Field::new(Kind::Text, "laengde", lang.t("plan-settings-lon"))
                .value(v.lon.clone())
                .required()
                .max(20),
        )
        .field(
            Field::new(Kind::Time, "start", lang.t("plan-settings-start"))
                .hint(lang.t("plan-settings-hours-hint"))
                .value(v.start.clone())
                .required()
                .max(5),
        )
        .field(
            Field::new(Kind::Time, "slut", lang.t("plan-settings-end"))
                .value(v.end.clone())
                .required()
                .max(5),
        )
        .field(
            Field::new(Kind::Number, "hastighed", lang.t("plan-settings-speed"))
                .hint(lang.t(speed_hint))
                .value(v.speed.clone())
                .required()
                .max(2),
        )
        .field(
            Field::new(Kind::Number, "ophold", lang.t("plan-settings-stay"))
                .hint(lang.t("plan-settings-stay-hint"))
                .value(v.min_stay.clone())
                .required()
                .max(3),
        )
        .with_errors(chrome, errors)
        .button("handling", "gem", lang.t("plan-save"), false)
}

async fn page(
    state: &AppState,
    chrome: Chrome,
    v: &Values,
    errors: &[(&'static str, &'static str)],
) -> Result<Response, HttpError> {
    let form = view(state, &chrome, v, errors);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let back = (chrome.href("/admin/bussen"), chrome.t("plan-title"));
    let lead = chrome.t("plan-settings-lead");
    FormPage::new(chrome, "plan-settings-title", form)
        .lead(lead)
        .link(back.0, back.1)
        .render(status)
}

async fn form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let plan = crate::web::bus::timetable::plan(&state, chrome.lang, &served).await?;
    let settings = crew_day(&state, &plan, &served).await?;
    page(&state, chrome, &Values::of(&settings), &[]).await
}

async fn save(
    served: Served,
    chrome: Chrome,
    who: SignedIn,
    State(state): State<AppState>,
    form: FormData,
) -> Result<Response, HttpError> {
    let values = Values::from_form(&form);
    let plan = crate::web::bus::timetable::plan(&state, chrome.lang, &served).await?;
    let municipality = served.municipality.id;
    let stops: Vec<Coordinate> = plan.stops.iter().map(|s| s.at).collect();
    let settings = match values.parse(&stops) {
        Ok(settings) => settings,
        Err(errors) => return page(&state, chrome, &values, &errors).await,
    };
    state
        .store
        .save_bus_settings(municipality, &settings, Actor::Account(who.0.account_id))
        .await?;
    Ok(back(&chrome, "indstillinger"))
}
