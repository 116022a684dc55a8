//! Planning the bus's week for staff: what each stop asks for ([`Wish`]) and the crew's
//! day ([`Settings`]) become a [`crate::bus::planner::Problem`]; the planner's answer becomes
//! draft visits; and [`check`] reviews any plan — the planner's or one edited by hand —
//! against time windows, working hours, driving time between stops and how often each
//! stop should be visited. Pure: no I/O.
//!
//! The planner, the check and the kilometres all measure driving the same way
//! ([`Driving`]): the road table when one is loaded, else the straight line × the road
//! factor at the crew's speed — so a proposal never fails its own check.

use jiff::civil::Time;

use super::{Stop, Visit};
use crate::bus::planner::{self, Matrix, MatrixFile, Problem, Site};
use crate::domain::Coordinate;

/// The crew's day.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub depot_name: String,
    pub depot: Coordinate,
    pub shift_start: Time,
    pub shift_end: Time,
    /// The bus's average speed on the municipality's roads, km/h.
    pub speed_kmh: f64,
    /// The shortest stay worth stopping for, in minutes.
    pub min_stay_minutes: i64,
}

impl Settings {
    /// Limits staff may set: a speed a bus keeps on country roads, a stay long enough to
    /// pour a cup of coffee and short enough to leave room for other stops.
    pub const SPEEDS: std::ops::RangeInclusive<f64> = 10.0..=90.0;
    pub const MIN_STAYS: std::ops::RangeInclusive<i64> = 5..=240;
    pub const DEFAULT_MIN_STAY: i64 = 15;

    /// A crew's day until staff set their own: 09–17, the default speed and shortest stay.
    pub fn starting_at(depot_name: String, depot: Coordinate) -> Settings {
        Settings {
            depot_name,
            depot,
            shift_start: Time::constant(9, 0, 0, 0),
            shift_end: Time::constant(17, 0, 0, 0),
            speed_kmh: planner::SPEED_KMH,
            min_stay_minutes: Settings::DEFAULT_MIN_STAY,
        }
    }
}

/// Where a leg starts or ends.
#[derive(Clone, Copy)]
enum Place<'a> {
    Depot,
    Stop(&'a Stop),
}

/// How far and how long the bus drives between two places.
struct Driving<'a> {
    settings: &'a Settings,
    roads: Option<&'a MatrixFile>,
}

impl Driving<'_> {
    fn key<'p>(&self, place: Place<'p>) -> &'p str {
        match place {
            Place::Depot => "depot",
            Place::Stop(s) => &s.key,
        }
    }

    fn at(&self, place: Place) -> Coordinate {
        match place {
            Place::Depot => self.settings.depot,
            Place::Stop(s) => s.at,
        }
    }

    /// Kilometres and whole minutes: from the road table when it has both places.
    fn leg(&self, from: Place, to: Place) -> (f64, i64) {
        if let Some(leg) = self.roads.and_then(|r| r.leg(self.key(from), self.key(to))) {
            return leg;
        }
        let (a, b) = (self.at(from), self.at(to));
        let km =
            crate::domain::geo::haversine_km(a.lat, a.lon, b.lat, b.lon) * planner::ROAD_FACTOR;
        (km, planner::minutes_at(km, self.settings.speed_kmh))
    }
}

/// What a stop asks of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Wish {
    pub stop_id: i64,
    pub per_week: u8,
    /// Weekdays allowed, 0 = Monday.
    pub days: Vec<u8>,
    pub window: Option<(Time, Time)>,
    pub stay_minutes: i64,
    pub activities: Vec<String>,
}

/// The weekdays the bus runs.
pub const WEEKDAYS: [u8; 5] = [0, 1, 2, 3, 4];

fn minutes(t: Time) -> i64 {
    i64::from(t.hour()) * 60 + i64::from(t.minute())
}

fn time(minutes: i64) -> Time {
    let m = minutes.clamp(0, 23 * 60 + 59);
    Time::new((m / 60) as i8, (m % 60) as i8, 0, 0).unwrap_or(Time::midnight())
}

/// A visit of a draft: a stop on a weekday at a time.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub stop_id: i64,
    pub weekday: u8,
    pub arrive: Time,
    pub stay_minutes: i64,
    pub activities: Vec<String>,
}

/// Runs the planner on the stops' wishes, with road distances from `roads` when given
/// (`Err` names a stop key the file lacks); returns the visits and the stops it could not
/// place.
pub fn propose(
    stops: &[Stop],
    wishes: &[Wish],
    settings: &Settings,
    roads: Option<&planner::MatrixFile>,
) -> Result<(Vec<Draft>, Vec<i64>), String> {
    let planned: Vec<(&Stop, &Wish)> = wishes
        .iter()
        .filter_map(|w| Some((stops.iter().find(|s| s.id == w.stop_id)?, w)))
        .filter(|(_, w)| w.per_week > 0)
        .collect();
    let sites = planned
        .iter()
        .map(|(s, w)| Site {
            name: s.full_name(),
            at: s.at,
            stay: w.stay_minutes.max(settings.min_stay_minutes),
            window: w.window.map(|(a, b)| (minutes(a), minutes(b))),
            days: w.days.iter().fold(0u8, |bits, d| bits | (1 << d)),
            per_week: w.per_week,
        })
        .collect();
    let start = minutes(settings.shift_start);
    let mut problem = Problem::new(
        settings.depot,
        sites,
        WEEKDAYS.to_vec(),
        start,
        minutes(settings.shift_end) - start,
    );
    problem.matrix = match roads {
        Some(roads) => {
            let mut keys = vec!["depot"];
            keys.extend(planned.iter().map(|(s, _)| s.key.as_str()));
            roads.matrix_for(&keys)?
        }
        None => {
            let mut points = vec![settings.depot];
            points.extend(planned.iter().map(|(s, _)| s.at));
            Matrix::haversine(&points, settings.speed_kmh)
        }
    };
    let solution = planner::solve(&problem);
    let drafts = solution
        .days
        .iter()
        .flat_map(|day| {
            day.stops.iter().map(|stop| {
                let (s, w) = planned[stop.site];
                Draft {
                    stop_id: s.id,
                    weekday: day.weekday,
                    arrive: time(stop.arrive),
                    stay_minutes: stop.leave - stop.arrive,
                    activities: w.activities.clone(),
                }
            })
        })
        .collect();
    let unserved = solution.unserved.iter().map(|&i| planned[i].0.id).collect();
    Ok((drafts, unserved))
}

/// Something wrong with a plan, for staff to mend before publishing.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// Arrives outside the stop's window.
    OutsideWindow {
        weekday: u8,
        stop: String,
        arrive: Time,
        window: (Time, Time),
    },
    /// Not enough time to drive from one stop to the next.
    TooTight {
        weekday: u8,
        from: String,
        to: String,
        gap_minutes: i64,
        drive_minutes: i64,
    },
    /// Leaves the depot before the shift starts, or is back after it ends.
    OutsideHours {
        weekday: u8,
        starts: Time,
        ends: Time,
    },
    /// On a weekday the stop does not want.
    WrongDay { weekday: u8, stop: String },
    /// Stays shorter than the crew's minimum stay.
    ShortStay {
        weekday: u8,
        stop: String,
        stay_minutes: i64,
    },
    /// Visited fewer (or more) times than asked.
    Frequency {
        stop: String,
        visits: usize,
        wanted: u8,
    },
}

/// Reviews a week's visits, measuring driving by `roads` when given. An empty list means
/// the plan can be published.
pub fn check(
    visits: &[Visit],
    stops: &[Stop],
    wishes: &[Wish],
    settings: &Settings,
    roads: Option<&MatrixFile>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let driving = Driving { settings, roads };
    let name = |id: i64| {
        stops
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.full_name())
            .unwrap_or_default()
    };
    let place = |id: i64| stops.iter().find(|s| s.id == id).map(Place::Stop);
    let wish = |id: i64| wishes.iter().find(|w| w.stop_id == id);
    for weekday in 0..7u8 {
        let mut day: Vec<&Visit> = visits.iter().filter(|v| v.weekday == weekday).collect();
        if day.is_empty() {
            continue;
        }
        day.sort_by_key(|v| v.arrive);
        for v in &day {
            if v.stay_minutes < settings.min_stay_minutes {
                findings.push(Finding::ShortStay {
                    weekday,
                    stop: name(v.stop_id),
                    stay_minutes: v.stay_minutes,
                });
            }
            if let Some(w) = wish(v.stop_id) {
                if let Some((open, close)) = w.window
                    && (v.arrive < open || v.arrive > close)
                {
                    findings.push(Finding::OutsideWindow {
                        weekday,
                        stop: name(v.stop_id),
                        arrive: v.arrive,
                        window: (open, close),
                    });
                }
                if !w.days.contains(&weekday) {
                    findings.push(Finding::WrongDay {
                        weekday,
                        stop: name(v.stop_id),
                    });
                }
            }
        }
        for pair in day.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let (Some(from), Some(to)) = (place(a.stop_id), place(b.stop_id)) else {
                continue;
            };
            let drive = driving.leg(from, to).1;
            let gap = minutes(b.arrive) - (minutes(a.arrive) + a.stay_minutes);
            if gap < drive {
                findings.push(Finding::TooTight {
                    weekday,
                    from: name(a.stop_id),
                    to: name(b.stop_id),
                    gap_minutes: gap,
                    drive_minutes: drive,
                });
            }
        }
        let (first, last) = (day[0], day[day.len() - 1]);
        let starts = place(first.stop_id)
            .map(|p| minutes(first.arrive) - driving.leg(Place::Depot, p).1)
            .unwrap_or(minutes(first.arrive));
        let ends = place(last.stop_id)
            .map(|p| minutes(last.leave()) + driving.leg(p, Place::Depot).1)
            .unwrap_or(minutes(last.leave()));
        if starts < minutes(settings.shift_start) || ends > minutes(settings.shift_end) {
            findings.push(Finding::OutsideHours {
                weekday,
                starts: time(starts),
                ends: time(ends),
            });
        }
    }
    for w in wishes {
        let count = visits.iter().filter(|v| v.stop_id == w.stop_id).count();
        if count != w.per_week as usize {
            findings.push(Finding::Frequency {
                stop: name(w.stop_id),
                visits: count,
                wanted: w.per_week,
            });
        }
    }
    findings
}

/// Kilometres driven in a week, depot to depot each day, measured as the planner does.
pub fn week_km(
    visits: &[Visit],
    stops: &[Stop],
    settings: &Settings,
    roads: Option<&MatrixFile>,
) -> f64 {
    let driving = Driving { settings, roads };
    let mut km = 0.0;
    for weekday in 0..7u8 {
        let mut day: Vec<&Visit> = visits.iter().filter(|v| v.weekday == weekday).collect();
        if day.is_empty() {
            continue;
        }
        day.sort_by_key(|v| v.arrive);
        let mut places = vec![Place::Depot];
        places.extend(
            day.iter()
                .filter_map(|v| stops.iter().find(|s| s.id == v.stop_id).map(Place::Stop)),
        );
        places.push(Place::Depot);
        km += places
            .windows(2)
            .map(|p| driving.leg(p[0], p[1]).0)
            .sum::<f64>();
    }
    km
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::time as t;

    fn stop(id: i64, lon: f64) -> Stop {
        Stop {
            id,
            key: format!("s{id}"),
            name: format!("Stop {id}"),
            town: None,
            at: Coordinate { lat: 55.8, lon },
            accessibility: vec![],
            indoor_fallback: String::new(),
            typical_visitors: String::new(),
        }
    }

    fn wish(stop_id: i64, window: Option<(Time, Time)>) -> Wish {
        Wish {
            stop_id,
            per_week: 1,
            days: vec![0, 1, 2, 3, 4],
            window,
            stay_minutes: 60,
            activities: vec!["kaffe".into()],
        }
    }

    fn settings() -> Settings {
        Settings {
            depot_name: "Depot".into(),
            depot: Coordinate {
                lat: 55.8,
                lon: 11.40,
            },
            shift_start: t(9, 0, 0, 0),
            shift_end: t(17, 0, 0, 0),
            speed_kmh: planner::SPEED_KMH,
            min_stay_minutes: Settings::DEFAULT_MIN_STAY,
        }
    }

    fn visit(stop_id: i64, weekday: u8, hour: i8, minute: i8, stay: i64) -> Visit {
        Visit {
            id: 0,
            stop_id,
            weekday,
            arrive: t(hour, minute, 0, 0),
            stay_minutes: stay,
            activities: vec![],
        }
    }

    fn as_visits(drafts: &[Draft]) -> Vec<Visit> {
        drafts
            .iter()
            .map(|d| {
                visit(
                    d.stop_id,
                    d.weekday,
                    d.arrive.hour(),
                    d.arrive.minute(),
                    d.stay_minutes,
                )
            })
            .collect()
    }

    #[test]
    fn the_proposal_serves_every_stop_in_its_window_and_passes_the_check() {
        let stops = [stop(1, 11.45), stop(2, 11.50), stop(3, 11.55)];
        let wishes = [
            wish(1, None),
            wish(2, Some((t(14, 0, 0, 0), t(15, 0, 0, 0)))),
            Wish {
                per_week: 2,
                ..wish(3, Some((t(10, 0, 0, 0), t(11, 0, 0, 0))))
            },
        ];
        let (drafts, unserved) = propose(&stops, &wishes, &settings(), None).unwrap();
        assert!(unserved.is_empty());
        assert_eq!(drafts.len(), 4);
        assert!(drafts.iter().all(|d| d.activities == ["kaffe"]));
        let school = drafts.iter().find(|d| d.stop_id == 2).unwrap();
        assert!(school.arrive >= t(14, 0, 0, 0) && school.arrive <= t(15, 0, 0, 0));
        assert_eq!(
            check(&as_visits(&drafts), &stops, &wishes, &settings(), None),
            []
        );
    }

    #[test]
    fn hand_edits_are_checked_against_windows_hours_driving_and_frequency() {
        let stops = [stop(1, 11.45), stop(2, 11.70)];
        let wishes = [
            wish(1, Some((t(10, 0, 0, 0), t(11, 0, 0, 0)))),
            Wish {
                days: vec![0],
                ..wish(2, None)
            },
        ];
        // Stop 1 at 12:00 (outside 10–11); stop 2 on Tuesday (wants Monday), 5 minutes
        // after stop 1 leaves though ~20 km away, and back at the depot after 17:00.
        let visits = [visit(1, 1, 12, 0, 60), visit(2, 1, 13, 5, 230)];
        let findings = check(&visits, &stops, &wishes, &settings(), None);
        assert!(
            findings
                .iter()
                .any(|f| matches!(f, Finding::OutsideWindow { weekday: 1, .. }))
        );
        assert!(
            findings
                .iter()
                .any(|f| matches!(f, Finding::WrongDay { weekday: 1, .. }))
        );
        assert!(findings.iter().any(
            |f| matches!(f, Finding::TooTight { gap_minutes: 5, drive_minutes, .. } if *drive_minutes > 20)
        ));
        assert!(
            findings
                .iter()
                .any(|f| matches!(f, Finding::OutsideHours { weekday: 1, .. }))
        );
        // Visiting stop 1 twice when once is wanted.
        let twice = [
            visit(1, 0, 10, 0, 30),
            visit(1, 2, 10, 0, 30),
            visit(2, 0, 12, 0, 30),
        ];
        let findings = check(&twice, &stops, &wishes, &settings(), None);
        assert_eq!(
            findings,
            [Finding::Frequency {
                stop: "Stop 1".into(),
                visits: 2,
                wanted: 1
            }]
        );
    }

    #[test]
    fn a_road_matrix_replaces_the_straight_line() {
        // Three stops in a row; by road, 1 → 3 is short and 1 → 2 is a long way round.
        let stops = [stop(1, 11.45), stop(2, 11.50), stop(3, 11.55)];
        let monday = |id| Wish {
            days: vec![0],
            ..wish(id, None)
        };
        let wishes = [monday(1), monday(2), monday(3)];
        let roads = planner::MatrixFile {
            keys: ["depot", "s1", "s2", "s3"].map(String::from).to_vec(),
            distances: vec![
                vec![0.0, 1000.0, 50000.0, 50000.0],
                vec![1000.0, 0.0, 50000.0, 1000.0],
                vec![50000.0, 50000.0, 0.0, 1000.0],
                vec![50000.0, 1000.0, 1000.0, 0.0],
            ],
            durations: vec![
                vec![0.0, 120.0, 3600.0, 3600.0],
                vec![120.0, 0.0, 3600.0, 120.0],
                vec![3600.0, 3600.0, 0.0, 120.0],
                vec![3600.0, 120.0, 120.0, 0.0],
            ],
        };
        let (drafts, _) = propose(&stops, &wishes, &settings(), Some(&roads)).unwrap();
        let mut order = drafts.clone();
        order.sort_by_key(|d| d.arrive);
        let ids: Vec<i64> = order.iter().map(|d| d.stop_id).collect();
        assert!(
            ids == [1, 3, 2] || ids == [2, 3, 1],
            "by road, 3 sits between: {ids:?}"
        );
        // A stop the file lacks is named.
        let short = planner::MatrixFile {
            keys: vec!["depot".into(), "s1".into()],
            distances: vec![vec![0.0, 1.0], vec![1.0, 0.0]],
            durations: vec![vec![0.0, 1.0], vec![1.0, 0.0]],
        };
        assert_eq!(
            propose(&stops, &wishes, &settings(), Some(&short)).unwrap_err(),
            "s2"
        );
    }

    #[test]
    fn kilometres_run_depot_to_depot() {
        let stops = [stop(1, 11.50)];
        let km = week_km(&[visit(1, 0, 10, 0, 60)], &stops, &settings(), None);
        // 0.1° of longitude at 55.8° N ≈ 6.26 km, there and back, × 1.3.
        assert!((km - 2.0 * 6.26 * 1.3).abs() < 0.2, "{km}");
    }
    #[test]
    fn the_check_drives_as_the_planner_does_at_the_crews_speed_or_by_road() {
        // Stop 1 → stop 2 is 0.25° of longitude: ≈ 20 km by the straight-line estimate,
        // 27 minutes at 45 km/h. A gap of 30 minutes is enough at 45 km/h and not at 30.
        let stops = [stop(1, 11.45), stop(2, 11.70)];
        let wishes = [wish(1, None), wish(2, None)];
        let visits = [visit(1, 0, 10, 0, 60), visit(2, 0, 11, 30, 60)];
        let tight = |f: &Finding| matches!(f, Finding::TooTight { .. });
        assert!(
            !check(&visits, &stops, &wishes, &settings(), None)
                .iter()
                .any(tight)
        );
        let slow = Settings {
            speed_kmh: 30.0,
            ..settings()
        };
        assert!(
            check(&visits, &stops, &wishes, &slow, None)
                .iter()
                .any(tight)
        );
        // By road the leg takes 40 minutes: too tight even at 45 km/h, and the kilometres
        // are the table's.
        let roads = planner::MatrixFile {
            keys: ["depot", "s1", "s2"].map(String::from).to_vec(),
            distances: vec![
                vec![0.0, 4000.0, 30000.0],
                vec![4000.0, 0.0, 31000.0],
                vec![30000.0, 31000.0, 0.0],
            ],
            durations: vec![
                vec![0.0, 300.0, 2000.0],
                vec![300.0, 0.0, 2400.0],
                vec![2000.0, 2400.0, 0.0],
            ],
        };
        let findings = check(&visits, &stops, &wishes, &settings(), Some(&roads));
        assert!(findings.iter().any(|f| matches!(
            f,
            Finding::TooTight {
                gap_minutes: 30,
                drive_minutes: 40,
                ..
            }
        )));
        let km = week_km(&visits, &stops, &settings(), Some(&roads));
        assert!((km - 65.0).abs() < 1e-9, "{km}");
        // And a proposal made by road passes the check made by road.
        let (drafts, _) = propose(&stops, &wishes, &settings(), Some(&roads)).unwrap();
        assert_eq!(
            check(
                &as_visits(&drafts),
                &stops,
                &wishes,
                &settings(),
                Some(&roads)
            ),
            []
        );
    }

    #[test]
    fn the_minimum_stay_lengthens_proposals_and_flags_short_stays() {
        let stops = [stop(1, 11.45)];
        let wishes = [Wish {
            stay_minutes: 10,
            ..wish(1, None)
        }];
        let settings = Settings {
            min_stay_minutes: 30,
            ..settings()
        };
        let (drafts, _) = propose(&stops, &wishes, &settings, None).unwrap();
        assert_eq!(drafts[0].stay_minutes, 30);
        let findings = check(&[visit(1, 0, 10, 0, 20)], &stops, &wishes, &settings, None);
        assert_eq!(
            findings,
            [Finding::ShortStay {
                weekday: 0,
                stop: "Stop 1".into(),
                stay_minutes: 20
            }]
        );
    }
}
