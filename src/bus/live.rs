//! Where the bus is now and when it reaches its next stops: from today's tour in the
//! published plan, the latest position from the crew's phone and the "arrived" /
//! "leaving" marks. Pure: the caller brings the time and what the database holds.
//!
//! Decisions (nobody to ask, so written here):
//! - The bus is *live* while its latest position is at most [`FRESH_MINUTES`] old, or the
//!   crew pressed a button within [`MARK_FRESH_MINUTES`], and the tour is not over.
//!   Without that, the page shows the plan and the bell stays silent.
//! - Being within [`AT_STOP_METRES`] of the next stop counts as arriving there, so the
//!   crew need not press anything when the phone shares its position.
//! - A bus never arrives before the planned time (people come then; it waits), and a late
//!   bus still stays at least [`MIN_STAY_MINUTES`]: late starts shorten stays rather than
//!   pushing the whole day.
//! - Travel time is the planner's: straight line × road factor at the average speed.

use jiff::civil::{Date, Time};
use jiff::{SignedDuration, Timestamp};

use super::{Dated, Plan, Stop, Visit};
use crate::bus::planner::ROAD_FACTOR;
use crate::domain::Coordinate;
use crate::domain::geo::haversine_km;

pub const FRESH_MINUTES: i64 = 10;
pub const MARK_FRESH_MINUTES: i64 = 90;
pub const AT_STOP_METRES: f64 = 150.0;
pub const MIN_STAY_MINUTES: i64 = 15;

/// A position from the crew's phone.
#[derive(Debug, Clone, PartialEq)]
pub struct Fix {
    pub at: Timestamp,
    pub position: Coordinate,
    pub accuracy_m: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    Arrived,
    Left,
}

impl MarkKind {
    pub fn code(self) -> &'static str {
        match self {
            MarkKind::Arrived => "arrived",
            MarkKind::Left => "left",
        }
    }

    pub fn parse(code: &str) -> Option<MarkKind> {
        match code {
            "arrived" => Some(MarkKind::Arrived),
            "left" => Some(MarkKind::Left),
            _ => None,
        }
    }
}

/// A button the crew pressed for a visit today (a visit is a stop at a planned time).
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub stop_id: i64,
    pub arrive: Time,
    pub kind: MarkKind,
    pub at: Timestamp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Passed,
    Here,
    Coming,
}

/// A visit of today's tour with its expected times.
#[derive(Debug, Clone)]
pub struct Expected<'a> {
    pub stop: &'a Stop,
    pub visit: &'a Visit,
    pub planned: Timestamp,
    pub expected: Timestamp,
    pub expected_leave: Timestamp,
    pub state: State,
}

impl Expected<'_> {
    /// Whole minutes late (never negative).
    pub fn delay_minutes(&self) -> i64 {
        (self.expected.duration_since(self.planned).as_secs() / 60).max(0)
    }

    /// Minutes from `now` to the expected arrival, rounded up.
    pub fn minutes_away(&self, now: Timestamp) -> i64 {
        let secs = self.expected.duration_since(now).as_secs();
        (secs + 59).div_euclid(60)
    }
}

#[derive(Debug, Clone)]
pub struct Live<'a> {
    pub date: Date,
    pub live: bool,
    pub fix: Option<Fix>,
    /// Today's tour in order.
    pub visits: Vec<Expected<'a>>,
}

impl<'a> Live<'a> {
    /// The visit the bus is at or heading for.
    pub fn next(&self) -> Option<&Expected<'a>> {
        self.visits.iter().find(|v| v.state != State::Passed)
    }

    /// The visits still to come (not reached yet).
    pub fn coming(&self) -> impl Iterator<Item = &Expected<'a>> {
        self.visits.iter().filter(|v| v.state == State::Coming)
    }
}

/// Driving time between two places at `speed_kmh` (the crew's setting, [`Plan::speed_kmh`]).
pub fn travel(from: Coordinate, to: Coordinate, speed_kmh: f64) -> SignedDuration {
    let km = haversine_km(from.lat, from.lon, to.lat, to.lon) * ROAD_FACTOR;
    SignedDuration::from_secs((km / speed_kmh * 3600.0).round() as i64)
}

fn metres(a: Coordinate, b: Coordinate) -> f64 {
    haversine_km(a.lat, a.lon, b.lat, b.lon) * 1000.0
}

fn later(a: Timestamp, b: Timestamp) -> Timestamp {
    a.max(b)
}

fn plus(t: Timestamp, d: SignedDuration) -> Timestamp {
    t.checked_add(d).unwrap_or(t)
}

fn minutes(m: i64) -> SignedDuration {
    SignedDuration::from_mins(m)
}

/// Today's tour as it stands at `now`, from today's positions (in time order) and marks.
pub fn today<'a>(plan: &'a Plan, now: Timestamp, fixes: &[Fix], marks: &[Mark]) -> Live<'a> {
    let date = now.to_zoned_datetime(crate::format::copenhagen()).date();
    let tour: Vec<Dated<'a>> = plan.dated(date, 1);
    let soon = plus(now, minutes(1));
    let fixes: Vec<&Fix> = fixes.iter().filter(|f| f.at <= soon).collect();
    let fresh_fix = fixes
        .last()
        .copied()
        .filter(|f| now.duration_since(f.at) <= minutes(FRESH_MINUTES));
    let mark_of = |d: &Dated<'_>, kind: MarkKind| {
        marks
            .iter()
            .find(|m| m.stop_id == d.stop.id && m.arrive == d.visit.arrive && m.kind == kind)
    };
    let near = |f: &Fix, d: &Dated<'_>| metres(f.position, d.stop.at) <= AT_STOP_METRES;
    // How far the tour has come: the last visit with a mark, and the last stop a position
    // was seen at (stops are looked for in tour order, so passing an earlier stop again
    // does not turn the tour back).
    let marked = tour.iter().rposition(|d| {
        mark_of(d, MarkKind::Arrived).is_some() || mark_of(d, MarkKind::Left).is_some()
    });
    let mut reached = None;
    for f in &fixes {
        let from = reached.unwrap_or(0);
        if let Some(i) = (from..tour.len()).find(|&i| near(f, &tour[i])) {
            reached = Some(i);
        }
    }
    let current = marked.max(reached);
    // Whether the bus is at the current visit's stop now.
    let here = current.is_some_and(|c| {
        let d = &tour[c];
        mark_of(d, MarkKind::Left).is_none()
            && match fresh_fix {
                Some(f) => near(f, d),
                None => mark_of(d, MarkKind::Arrived).is_some(),
            }
    });
    // Visits that ended before the bus was first seen today were not driven.
    let first_seen = fixes
        .first()
        .map(|f| f.at)
        .into_iter()
        .chain(marks.iter().map(|m| m.at))
        .min();
    let tour_over = current.is_some_and(|c| c + 1 == tour.len() && !here);
    let last_mark = marks.iter().map(|m| m.at).max();
    let live = !tour.is_empty()
        && !tour_over
        && (fresh_fix.is_some()
            || last_mark.is_some_and(|at| now.duration_since(at) <= minutes(MARK_FRESH_MINUTES)));

    // Where the bus sets off from for the next coming visit, and when.
    let mut cursor: Option<(Coordinate, Timestamp)> = match (here, fresh_fix, current) {
        (false, Some(f), _) => Some((f.position, later(f.at, now))),
        (false, None, Some(c)) => {
            let left_at = mark_of(&tour[c], MarkKind::Left).map_or(now, |m| later(m.at, now));
            Some((tour[c].stop.at, left_at))
        }
        _ => None,
    };
    let mut visits = Vec::with_capacity(tour.len());
    for (i, d) in tour.iter().enumerate() {
        let planned = d.arrives_at();
        let planned_leave = d.leaves_at();
        let state = match current {
            Some(c) if i < c || (i == c && !here) => State::Passed,
            Some(c) if i == c => State::Here,
            _ if first_seen.is_some_and(|seen| planned_leave < seen) => State::Passed,
            _ => State::Coming,
        };
        let (expected, expected_leave) = match state {
            _ if !live => (planned, planned_leave),
            State::Passed => (planned, planned_leave),
            State::Here => {
                // Only a mark says when it came; a position says it is here now.
                let arrived = mark_of(d, MarkKind::Arrived).map_or(planned, |m| m.at);
                let leave = later(
                    planned_leave,
                    later(now, plus(arrived, minutes(MIN_STAY_MINUTES))),
                );
                cursor = Some((d.stop.at, leave));
                (later(planned, arrived), leave)
            }
            State::Coming => {
                let (at, when) = cursor.unwrap_or((d.stop.at, planned));
                let arrive = later(planned, plus(when, travel(at, d.stop.at, plan.speed_kmh)));
                let leave = later(planned_leave, plus(arrive, minutes(MIN_STAY_MINUTES)));
                cursor = Some((d.stop.at, leave));
                (arrive, leave)
            }
        };
        visits.push(Expected {
            stop: d.stop,
            visit: d.visit,
            planned,
            expected,
            expected_leave,
            state,
        });
    }
    Live {
        date,
        live,
        fix: fresh_fix.cloned(),
        visits,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::time;

    /// A Tuesday in December (no pause), three stops 5 km apart on a line.
    fn plan() -> Plan {
        let stop = |id: i64, lon: f64| Stop {
            id,
            key: format!("s{id}"),
            name: format!("Stop {id}"),
            town: None,
            at: Coordinate { lat: 55.8, lon },
            accessibility: vec![],
            indoor_fallback: String::new(),
            typical_visitors: String::new(),
        };
        let visit = |id: i64, stop_id: i64, hour: i8| Visit {
            id,
            stop_id,
            weekday: 1,
            arrive: time(hour, 0, 0, 0),
            stay_minutes: 60,
            activities: vec![],
        };
        Plan {
            name: "Bussen".into(),
            speed_kmh: crate::bus::planner::SPEED_KMH,
            stops: vec![stop(1, 11.40), stop(2, 11.48), stop(3, 11.56)],
            visits: vec![visit(1, 1, 10), visit(2, 2, 12), visit(3, 3, 14)],
            pauses: vec![],
            extras: vec![],
        }
    }

    fn at(hour: i8, minute: i8) -> Timestamp {
        crate::calendar::local_instant(jiff::civil::date(2026, 12, 1).at(hour, minute, 0, 0))
    }

    fn fix(when: Timestamp, lon: f64) -> Fix {
        Fix {
            at: when,
            position: Coordinate { lat: 55.8, lon },
            accuracy_m: Some(10.0),
        }
    }

    #[test]
    fn without_a_position_or_a_mark_the_plan_stands_and_nothing_is_live() {
        let plan = plan();
        let live = today(&plan, at(9, 0), &[], &[]);
        assert!(!live.live);
        assert_eq!(live.visits.len(), 3);
        assert!(
            live.visits
                .iter()
                .all(|v| v.expected == v.planned && v.state == State::Coming)
        );
    }

    #[test]
    fn an_old_position_is_not_live() {
        let plan = plan();
        let old = fix(at(9, 0), 11.30);
        assert!(!today(&plan, at(9, 11), std::slice::from_ref(&old), &[]).live);
        assert!(today(&plan, at(9, 9), std::slice::from_ref(&old), &[]).live);
    }

    #[test]
    fn near_a_stop_counts_as_arrived_and_the_rest_keep_their_times() {
        let plan = plan();
        let live = today(&plan, at(10, 5), &[fix(at(10, 5), 11.4001)], &[]);
        assert!(live.live);
        assert_eq!(live.visits[0].state, State::Here);
        assert_eq!(live.visits[1].state, State::Coming);
        assert_eq!(live.visits[1].expected, live.visits[1].planned);
        assert_eq!(live.next().unwrap().stop.id, 1);
    }

    #[test]
    fn a_late_bus_delays_the_next_stops_and_shortens_stays() {
        let plan = plan();
        // 11:58, still 5 km × 1.3 before stop 2: about 8.7 minutes more.
        let live = today(&plan, at(11, 58), &[fix(at(11, 58), 11.405)], &[]);
        assert_eq!(live.visits[0].state, State::Passed);
        let second = &live.visits[1];
        assert_eq!(second.state, State::Coming);
        assert!(
            (6..=7).contains(&second.delay_minutes()),
            "{}",
            second.delay_minutes()
        );
        // Leaves at the planned 13:00, so stop 3 is on time.
        assert_eq!(live.visits[2].delay_minutes(), 0);
        // A late start: at stop 2 only at 12:50; it stays 15 minutes, then 9 to stop 3.
        let late = today(&plan, at(12, 50), &[fix(at(12, 50), 11.4801)], &[]);
        assert_eq!(late.visits[1].state, State::Here);
        assert_eq!(late.visits[2].expected, late.visits[2].planned);
        let later_still = today(&plan, at(13, 58), &[fix(at(13, 58), 11.4801)], &[]);
        assert!((6..=7).contains(&later_still.visits[2].delay_minutes()));
    }

    #[test]
    fn expected_times_follow_the_crews_speed() {
        // The same place and time as above, at 30 km/h instead of 45: 13 minutes more.
        let slow = Plan {
            speed_kmh: 30.0,
            ..plan()
        };
        let live = today(&slow, at(11, 58), &[fix(at(11, 58), 11.405)], &[]);
        assert!(
            (10..=11).contains(&live.visits[1].delay_minutes()),
            "{}",
            live.visits[1].delay_minutes()
        );
    }

    #[test]
    fn the_buttons_work_without_a_position() {
        let plan = plan();
        let arrived = Mark {
            stop_id: 2,
            arrive: time(12, 0, 0, 0),
            kind: MarkKind::Arrived,
            at: at(12, 20),
        };
        let live = today(&plan, at(12, 30), &[], std::slice::from_ref(&arrived));
        assert!(live.live);
        assert_eq!(
            live.visits.iter().map(|v| v.state).collect::<Vec<_>>(),
            [State::Passed, State::Here, State::Coming]
        );
        let left = Mark {
            kind: MarkKind::Left,
            at: at(13, 30),
            ..arrived.clone()
        };
        let live = today(&plan, at(13, 31), &[], &[arrived, left]);
        assert_eq!(live.visits[1].state, State::Passed);
        // Left 13:30, 9 minutes' drive: 13:39 instead of 14:00 → on time.
        assert_eq!(live.visits[2].delay_minutes(), 0);
        assert_eq!(live.visits[2].minutes_away(at(13, 31)), 29);
    }

    #[test]
    fn after_the_last_stop_the_tour_is_over() {
        let plan = plan();
        let left = Mark {
            stop_id: 3,
            arrive: time(14, 0, 0, 0),
            kind: MarkKind::Left,
            at: at(15, 0),
        };
        assert!(!today(&plan, at(15, 5), &[], &[left]).live);
    }

    #[test]
    fn minutes_away_round_up() {
        let plan = plan();
        let live = today(&plan, at(9, 0), &[], &[]);
        assert_eq!(live.visits[0].minutes_away(at(9, 50)), 10);
        assert_eq!(
            live.visits[0]
                .minutes_away(at(9, 50).checked_add(SignedDuration::from_secs(1)).unwrap()),
            10
        );
    }
}
