//! Journeys on the joined timetable, with the RAPTOR of the `vulture` crate.
//!
//! Rules (the caller brings the dates and times; nothing here reads a clock):
//! - **Walking** is the straight line × [`DETOUR`] at [`WALK_KMH`] (4.5 km/h), and only to
//!   and from stops within [`MAX_WALK_KM`] (1.5 km straight line) of the town or place. Two
//!   points that close are simply "a walk", with no timetable.
//! - **There:** the latest departure that arrives (walk included) no later than the start,
//!   looked for in the [`WINDOW_THERE`] before it. Arriving in time is monotone in the
//!   departure (who leaves earlier can wait), so a binary search of earliest-arrival
//!   queries finds the latest departure to the minute (about 8 RAPTOR runs). We tried
//!   vulture's range query (rRAPTOR, a departure every 2 minutes) first: on the 5,000-stop
//!   benchmark feed its ~400 departures for the last way home took seconds per page.
//! - **Home:** the first journey leaving after the end, and the last one of the service
//!   day (the same binary search from the end up to [`LAST_HOME`], 26.00 in GTFS time).
//! - A timetable is built for one service date (only trips running that day:
//!   `calendar.txt` and `calendar_dates.txt`) and kept per date in the [`Network`].

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use jiff::civil::{Date, Time};
use vulture::gtfs::GtfsTimetable;
use vulture::{Duration, Journey as VJourney, SecondOfDay, StopIdx, Timetable};

use crate::domain::Coordinate;
use crate::domain::geo::haversine_km;
use crate::transport::feed::{BUS_PREFIX, Counts, Feed, FeedError};

/// Walking speed, km/h.
pub const WALK_KMH: f64 = 4.5;
/// Straight line × this is the walking (and Flextur's driving) distance.
pub const DETOUR: f64 = 1.3;
/// The farthest straight line walked to or from a stop, km.
pub const MAX_WALK_KM: f64 = 1.5;
/// How long before the start a journey there may leave, seconds.
pub const WINDOW_THERE: u32 = 3 * 3600;
/// The end of the service day for the last way home (26.00 = 2 at night).
pub const LAST_HOME: u32 = 26 * 3600;
/// At most this many changes.
pub const MAX_TRANSFERS: u8 = 4;

/// Minutes to walk a straight line of `km`.
pub fn walk_minutes(km: f64) -> u32 {
    (km * DETOUR / WALK_KMH * 60.0).ceil() as u32
}

/// What carries you on a leg.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Train,
    Bus,
    /// Den Glade Bus.
    GladeBus,
    Other,
}

impl Mode {
    /// From GTFS `route_type` (basic and extended types).
    pub fn from_route_type(route_type: i16) -> Mode {
        match route_type {
            2 | 100..=117 => Mode::Train,
            3 | 11 | 700..=717 | 800 => Mode::Bus,
            _ => Mode::Other,
        }
    }

    /// The Fluent key of its name.
    pub fn key(self) -> &'static str {
        match self {
            Mode::Train => "transport-mode-train",
            Mode::Bus => "transport-mode-bus",
            Mode::GladeBus => "transport-mode-glade-bus",
            Mode::Other => "transport-mode-other",
        }
    }
}

/// One ride.
#[derive(Debug, Clone, PartialEq)]
pub struct Leg {
    pub mode: Mode,
    /// The line's short name ("512"), or its long name when it has none.
    pub line: String,
    pub from: String,
    pub to: String,
    pub depart: Time,
    pub arrive: Time,
}

/// A way from door to door.
#[derive(Debug, Clone, PartialEq)]
pub struct Journey {
    /// When to leave the door.
    pub leave: Time,
    /// Minutes' walk to the first stop.
    pub walk_to: u32,
    pub legs: Vec<Leg>,
    /// Minutes' walk from the last stop.
    pub walk_from: u32,
    /// At the door at the other end.
    pub arrive: Time,
}

impl Journey {
    /// Where you change, in order.
    pub fn changes(&self) -> Vec<&str> {
        self.legs.iter().skip(1).map(|l| l.from.as_str()).collect()
    }
}

/// The answer for one trip to something and home again.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    /// Close enough to walk: the minutes.
    pub walk: Option<u32>,
    pub there: Option<Journey>,
    pub home_first: Option<Journey>,
    pub home_last: Option<Journey>,
}

impl Plan {
    /// Neither a walk nor a journey there.
    pub fn none_there(&self) -> bool {
        self.walk.is_none() && self.there.is_none()
    }
}

struct StopInfo {
    id: String,
    name: String,
    at: Coordinate,
}

/// The joined timetable of a municipality, ready for journeys.
pub struct Network {
    gtfs: gtfs_structures::Gtfs,
    stops: Vec<StopInfo>,
    names: HashMap<String, String>,
    days: Mutex<HashMap<Date, Arc<GtfsTimetable>>>,
    /// Plans already answered: a page is asked for the same town, place and occurrence
    /// again and again, and a plan is ~20 RAPTOR runs on a large feed. Emptied when full.
    plans: Mutex<HashMap<PlanKey, Plan>>,
    pub counts: Counts,
}

/// What a plan depends on: both ends (their coordinates' bits), the date and the times.
type PlanKey = (u64, u64, u64, u64, Date, Time, Time);

/// How many plans a network keeps before it forgets them all.
const PLANS_KEPT: usize = 10_000;

impl std::fmt::Debug for Network {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Network({})", self.counts)
    }
}

fn jiff02(date: Date) -> jiff02::civil::Date {
    jiff02::civil::date(date.year(), date.month(), date.day())
}

fn time_of(s: SecondOfDay) -> Time {
    let s = s.0 % 86_400;
    jiff::civil::time((s / 3600) as i8, ((s / 60) % 60) as i8, 0, 0)
}

fn second_of(t: Time) -> u32 {
    t.hour() as u32 * 3600 + t.minute() as u32 * 60 + t.second() as u32
}

impl Network {
    /// The network of a checked feed.
    pub fn new(feed: &Feed) -> Result<Network, FeedError> {
        let gtfs = feed.gtfs()?;
        let stops = gtfs
            .stops
            .values()
            .filter_map(|s| {
                Some(StopInfo {
                    id: s.id.clone(),
                    name: s.name.clone().unwrap_or_else(|| s.id.clone()),
                    at: Coordinate {
                        lat: s.latitude?,
                        lon: s.longitude?,
                    },
                })
            })
            .collect::<Vec<_>>();
        let names = stops
            .iter()
            .map(|s| (s.id.clone(), s.name.clone()))
            .collect();
        Ok(Network {
            gtfs,
            stops,
            names,
            days: Mutex::new(HashMap::new()),
            plans: Mutex::new(HashMap::new()),
            counts: feed.counts(),
        })
    }

    /// The timetable of one service date, built once and kept (the last 14 dates).
    pub fn day(&self, date: Date) -> Option<Arc<GtfsTimetable>> {
        if let Some(tt) = self.days.lock().ok()?.get(&date) {
            return Some(tt.clone());
        }
        let tt = GtfsTimetable::new(&self.gtfs, jiff02(date))
            .ok()?
            .with_walking_footpaths(&self.gtfs, 400.0, WALK_KMH / 3.6 / DETOUR);
        let tt = Arc::new(tt);
        let mut days = self.days.lock().ok()?;
        if days.len() >= 14 {
            days.clear();
        }
        days.insert(date, tt.clone());
        Some(tt)
    }

    /// Stops within walking distance of a point, with the walk in seconds.
    fn near(&self, tt: &GtfsTimetable, at: Coordinate) -> Vec<(StopIdx, Duration)> {
        self.stops
            .iter()
            .filter_map(|s| {
                let km = haversine_km(at.lat, at.lon, s.at.lat, s.at.lon);
                (km <= MAX_WALK_KM).then(|| {
                    tt.stop_idx(&s.id)
                        .map(|i| (i, Duration(walk_minutes(km) * 60)))
                })?
            })
            .collect()
    }

    /// The nearest stop to a point and its distance in km, for "nearest stop" lines.
    pub fn nearest_stop(&self, at: Coordinate) -> Option<(&str, f64)> {
        self.stops
            .iter()
            .map(|s| {
                (
                    s.name.as_str(),
                    haversine_km(at.lat, at.lon, s.at.lat, s.at.lon),
                )
            })
            .min_by(|a, b| a.1.total_cmp(&b.1))
    }

    fn leg_mode(&self, tt: &GtfsTimetable, route: vulture::RouteIdx) -> (Mode, String) {
        let id = tt.route_id(route);
        if id.starts_with(BUS_PREFIX) {
            return (Mode::GladeBus, String::new());
        }
        match self.gtfs.routes.get(id) {
            Some(r) => {
                let code: i16 = route_type_code(&r.route_type);
                let line = r
                    .short_name
                    .clone()
                    .filter(|s| !s.is_empty())
                    .or_else(|| r.long_name.clone())
                    .unwrap_or_default();
                (Mode::from_route_type(code), line)
            }
            None => (Mode::Other, String::new()),
        }
    }

    fn journey(
        &self,
        tt: &GtfsTimetable,
        j: &VJourney,
        depart: SecondOfDay,
        origins: &[(StopIdx, Duration)],
    ) -> Option<Journey> {
        let walk = origins
            .iter()
            .filter(|(s, _)| *s == j.origin)
            .map(|(_, w)| *w)
            .min()
            .unwrap_or(Duration(0));
        let timed = j.with_timing(tt, depart, walk).ok()?;
        let first = timed.first()?;
        let last = timed.last()?;
        let name = |s: StopIdx| {
            let id = tt.stop_id(s);
            self.names.get(id).cloned().unwrap_or_else(|| id.to_owned())
        };
        let legs = timed
            .iter()
            .map(|l| {
                let (mode, line) = self.leg_mode(tt, l.route);
                Leg {
                    mode,
                    line,
                    from: name(l.board),
                    to: name(l.alight),
                    depart: time_of(l.depart),
                    arrive: time_of(l.arrive),
                }
            })
            .collect();
        let leave = SecondOfDay(first.depart.0.saturating_sub(walk.0));
        let walk_from = j.target_walk.0 / 60;
        Some(Journey {
            leave: time_of(leave),
            walk_to: walk.0 / 60,
            legs,
            walk_from,
            arrive: time_of(SecondOfDay(last.arrive.0 + j.target_walk.0)),
        })
    }

    /// The earliest arrival from `from` to `to` leaving at `depart` or later on `date`.
    pub fn earliest(
        &self,
        from: Coordinate,
        to: Coordinate,
        date: Date,
        depart: Time,
    ) -> Option<Journey> {
        let tt = self.day(date)?;
        let tt = &*tt;
        let (home, away) = (self.near(tt, from), self.near(tt, to));
        if home.is_empty() || away.is_empty() {
            return None;
        }
        let at = SecondOfDay(second_of(depart));
        tt.query()
            .from(&home)
            .to(&away)
            .max_transfers(MAX_TRANSFERS)
            .depart_at(at)
            .run()
            .iter()
            .filter_map(|j| self.journey(tt, j, at, &home))
            .min_by(|a, b| {
                a.arrive
                    .cmp(&b.arrive)
                    .then(a.legs.len().cmp(&b.legs.len()))
            })
    }

    /// From `from` to `to` on `date`, there by `start` and home after `end` (answered once
    /// and kept, up to `PLANS_KEPT`).
    pub fn plan(
        &self,
        from: Coordinate,
        to: Coordinate,
        date: Date,
        start: Time,
        end: Time,
    ) -> Plan {
        let key = (
            from.lat.to_bits(),
            from.lon.to_bits(),
            to.lat.to_bits(),
            to.lon.to_bits(),
            date,
            start,
            end,
        );
        if let Some(plan) = self.plans.lock().ok().and_then(|p| p.get(&key).cloned()) {
            return plan;
        }
        let plan = self.plan_anew(from, to, date, start, end);
        if let Ok(mut plans) = self.plans.lock() {
            if plans.len() >= PLANS_KEPT {
                plans.clear();
            }
            plans.insert(key, plan.clone());
        }
        plan
    }

    fn plan_anew(
        &self,
        from: Coordinate,
        to: Coordinate,
        date: Date,
        start: Time,
        end: Time,
    ) -> Plan {
        let direct = haversine_km(from.lat, from.lon, to.lat, to.lon);
        if direct <= MAX_WALK_KM {
            return Plan {
                walk: Some(walk_minutes(direct)),
                ..Plan::default()
            };
        }
        let Some(tt) = self.day(date) else {
            return Plan::default();
        };
        let tt = &*tt;
        let home = self.near(tt, from);
        let away = self.near(tt, to);
        if home.is_empty() || away.is_empty() {
            return Plan::default();
        }
        let start_s = second_of(start);
        let end_s = second_of(end);
        let earliest = |from: &[(StopIdx, Duration)], to: &[(StopIdx, Duration)], at: u32| {
            let depart = SecondOfDay(at);
            tt.query()
                .from(from)
                .to(to)
                .max_transfers(MAX_TRANSFERS)
                .depart_at(depart)
                .run()
                .iter()
                .filter_map(|j| self.journey(tt, j, depart, from))
                .min_by(|a, b| {
                    a.arrive
                        .cmp(&b.arrive)
                        .then(a.legs.len().cmp(&b.legs.len()))
                })
        };
        let mut plan = Plan::default();

        // There: the latest leave that is there in time. Arriving by the start is
        // monotone in the departure (leaving earlier you can always wait), so a binary
        // search over the window finds the latest departure to the minute.
        let on_time =
            |at: u32| earliest(&home, &away, at).filter(|j| second_of(j.arrive) <= start_s);
        let (mut lo, mut hi) = (start_s.saturating_sub(WINDOW_THERE), start_s);
        let mut best = on_time(lo);
        if best.is_some() {
            while hi - lo > 60 {
                let mid = lo + (hi - lo) / 2;
                match on_time(mid) {
                    Some(j) => {
                        lo = mid;
                        best = Some(j);
                    }
                    None => hi = mid,
                }
            }
        }
        plan.there = best;

        // Home: the first after the end, and the last of the service day (again a binary
        // search: a journey leaving at `d` exists for every earlier `d` too).
        plan.home_first = earliest(&away, &home, end_s);
        if plan.home_first.is_some() {
            let (mut lo, mut hi) = (end_s, LAST_HOME);
            let mut last = plan.home_first.clone();
            while hi - lo > 60 {
                let mid = lo + (hi - lo) / 2;
                match earliest(&away, &home, mid) {
                    Some(j) => {
                        lo = mid;
                        last = Some(j);
                    }
                    None => hi = mid,
                }
            }
            plan.home_last = last;
        }
        plan
    }
}

fn route_type_code(route_type: &gtfs_structures::RouteType) -> i16 {
    use gtfs_structures::RouteType as R;
    match route_type {
        R::Tramway => 0,
        R::Subway => 1,
        R::Rail => 2,
        R::Bus => 3,
        R::Ferry => 4,
        R::CableCar => 5,
        R::Gondola => 6,
        R::Funicular => 7,
        R::Coach => 200,
        R::Air => 1100,
        R::Taxi => 1500,
        R::Other(n) => *n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walking_is_the_line_with_a_detour_at_four_and_a_half() {
        // 1 km straight: 1.3 km at 4.5 km/h = 17.3 minutes, rounded up.
        assert_eq!(walk_minutes(1.0), 18);
        assert_eq!(walk_minutes(0.0), 0);
    }

    #[test]
    fn route_types_name_the_mode() {
        assert_eq!(Mode::from_route_type(2), Mode::Train);
        assert_eq!(Mode::from_route_type(109), Mode::Train);
        assert_eq!(Mode::from_route_type(3), Mode::Bus);
        assert_eq!(Mode::from_route_type(700), Mode::Bus);
        assert_eq!(Mode::from_route_type(4), Mode::Other);
    }
}
