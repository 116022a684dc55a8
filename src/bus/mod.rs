//! Den Glade Bus: stops, the published weekly plan and its yearly pauses, and the
//! dated visits they give. No I/O here; [`crate::bus::gtfs`] writes the plan as GTFS.

pub mod bell;
pub mod gtfs;
pub mod gtfs_rt;
pub mod live;
pub mod planner;
pub mod planning;
pub mod push;
pub mod ring;

use jiff::civil::{Date, DateTime, Time};
use jiff::{Span, Timestamp};

use crate::calendar::local_instant;
use crate::domain::Coordinate;

/// What can happen at a stop. The same for every municipality.
pub const ACTIVITIES: &[&str] = &[
    "kaffe",
    "snak",
    "spil",
    "sygeplejerske",
    "biblioteksboeger",
    "musik",
    "bevaegelse",
];

#[derive(Debug, Clone)]
pub struct Stop {
    pub id: i64,
    pub key: String,
    pub name: String,
    pub town: Option<String>,
    pub at: Coordinate,
    pub accessibility: Vec<String>,
    pub indoor_fallback: String,
    pub typical_visitors: String,
}

impl Stop {
    /// "Torvet, Asnæs".
    pub fn full_name(&self) -> String {
        match &self.town {
            Some(town) if !self.name.contains(town.as_str()) => format!("{}, {town}", self.name),
            _ => self.name.clone(),
        }
    }

    pub fn step_free(&self) -> bool {
        self.accessibility.iter().any(|a| a == "trinfri-adgang")
    }
}

/// A stop on a weekday at a time: one line of the published plan.
#[derive(Debug, Clone)]
pub struct Visit {
    pub id: i64,
    pub stop_id: i64,
    /// 0 = Monday.
    pub weekday: u8,
    pub arrive: Time,
    pub stay_minutes: i64,
    pub activities: Vec<String>,
}

impl Visit {
    pub fn leave(&self) -> Time {
        self.arrive
            .checked_add(Span::new().minutes(self.stay_minutes))
            .unwrap_or(self.arrive)
    }
}

/// No tours between two days of every year (month, day), both included; may run over
/// New Year.
#[derive(Debug, Clone, PartialEq)]
pub struct Pause {
    pub from: (i8, i8),
    pub to: (i8, i8),
    pub reason: String,
}

impl Pause {
    /// Parses "MM-DD": a day some year has (29 February too).
    pub fn day(text: &str) -> Option<(i8, i8)> {
        let (m, d) = text.split_once('-')?;
        let (m, d): (i8, i8) = (m.parse().ok()?, d.parse().ok()?);
        // "02-30" passed a 1–31 check and then panicked where the day is shown
        // (`format::day_of_year`); a leap year's calendar is the one rule.
        Date::new(2024, m, d).ok().map(|_| (m, d))
    }

    pub fn covers(&self, date: Date) -> bool {
        let day = (date.month(), date.day());
        if self.from <= self.to {
            self.from <= day && day <= self.to
        } else {
            day >= self.from || day <= self.to
        }
    }
}

/// A visit on one chosen date (a town festival, a summer Saturday), outside the weekly
/// pattern; it runs even within a pause. Its `visit.weekday` is the date's.
#[derive(Debug, Clone)]
pub struct Extra {
    pub date: Date,
    pub visit: Visit,
}

#[derive(Debug, Clone)]
pub struct Plan {
    pub name: String,
    /// The bus's average speed (the crew's settings), for expected arrival times.
    pub speed_kmh: f64,
    pub stops: Vec<Stop>,
    /// In weekday and time order.
    pub visits: Vec<Visit>,
    pub pauses: Vec<Pause>,
    /// Visits on chosen dates, in date and time order (from yesterday on).
    pub extras: Vec<Extra>,
}

impl Default for Plan {
    fn default() -> Plan {
        Plan {
            name: String::new(),
            speed_kmh: crate::bus::planner::SPEED_KMH,
            stops: Vec::new(),
            visits: Vec::new(),
            pauses: Vec::new(),
            extras: Vec::new(),
        }
    }
}

/// A visit on a date.
#[derive(Debug, Clone)]
pub struct Dated<'a> {
    pub date: Date,
    pub visit: &'a Visit,
    pub stop: &'a Stop,
}

impl Dated<'_> {
    pub fn arrives(&self) -> DateTime {
        self.date.to_datetime(self.visit.arrive)
    }

    pub fn arrives_at(&self) -> Timestamp {
        local_instant(self.arrives())
    }

    pub fn leaves_at(&self) -> Timestamp {
        local_instant(self.date.to_datetime(self.visit.leave()))
    }
}

impl Plan {
    pub fn stop(&self, id: i64) -> Option<&Stop> {
        self.stops.iter().find(|s| s.id == id)
    }

    pub fn paused(&self, date: Date) -> Option<&Pause> {
        self.pauses.iter().find(|p| p.covers(date))
    }

    /// Visits from `from` for `days` days, in time order, skipping paused days.
    pub fn dated(&self, from: Date, days: i64) -> Vec<Dated<'_>> {
        let mut out = Vec::new();
        for offset in 0..days {
            let Ok(date) = from.checked_add(Span::new().days(offset)) else {
                break;
            };
            for extra in self.extras.iter().filter(|e| e.date == date) {
                if let Some(stop) = self.stop(extra.visit.stop_id) {
                    out.push(Dated {
                        date,
                        visit: &extra.visit,
                        stop,
                    });
                }
            }
            if self.paused(date).is_some() {
                continue;
            }
            let weekday = date.weekday().to_monday_zero_offset() as u8;
            for visit in self.visits.iter().filter(|v| v.weekday == weekday) {
                if let Some(stop) = self.stop(visit.stop_id) {
                    out.push(Dated { date, visit, stop });
                }
            }
        }
        out.sort_by_key(|d| (d.date, d.visit.arrive));
        out
    }

    /// The next visits that have not ended by `now`.
    pub fn next(&self, now: Timestamp, count: usize) -> Vec<Dated<'_>> {
        let today = now.to_zoned_datetime(crate::format::copenhagen()).date();
        self.dated(today, 60)
            .into_iter()
            .filter(|d| d.leaves_at() > now)
            .take(count)
            .collect()
    }

    /// Whether a visit is one of the chosen-date ones.
    pub fn is_extra(&self, visit_id: i64) -> bool {
        self.extras.iter().any(|e| e.visit.id == visit_id)
    }

    /// Each weekday's tour: the visits in arrival order.
    pub fn tours(&self) -> Vec<(u8, Vec<&Visit>)> {
        (0..7)
            .map(|day| {
                let mut visits: Vec<&Visit> =
                    self.visits.iter().filter(|v| v.weekday == day).collect();
                visits.sort_by_key(|v| v.arrive);
                (day, visits)
            })
            .filter(|(_, visits)| !visits.is_empty())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    fn plan() -> Plan {
        let stop = |id: i64| Stop {
            id,
            key: format!("s{id}"),
            name: format!("Stop {id}"),
            town: Some("Asnæs".into()),
            at: Coordinate {
                lat: 55.8,
                lon: 11.5,
            },
            accessibility: vec![],
            indoor_fallback: String::new(),
            typical_visitors: String::new(),
        };
        let visit = |id: i64, stop_id: i64, weekday: u8, hour: i8| Visit {
            id,
            stop_id,
            weekday,
            arrive: time(hour, 0, 0, 0),
            stay_minutes: 60,
            activities: vec!["kaffe".into()],
        };
        Plan {
            name: "Den Glade Bus".into(),
            speed_kmh: crate::bus::planner::SPEED_KMH,
            stops: vec![stop(1), stop(2)],
            visits: vec![visit(1, 1, 0, 13), visit(2, 2, 0, 10), visit(3, 1, 2, 10)],
            pauses: vec![
                Pause {
                    from: (7, 1),
                    to: (7, 31),
                    reason: "Sommer".into(),
                },
                Pause {
                    from: (12, 23),
                    to: (1, 1),
                    reason: "Jul".into(),
                },
            ],
            extras: vec![Extra {
                date: date(2026, 7, 18),
                visit: Visit {
                    id: 100,
                    stop_id: 2,
                    weekday: 5,
                    arrive: time(12, 0, 0, 0),
                    stay_minutes: 120,
                    activities: vec!["musik".into()],
                },
            }],
        }
    }

    #[test]
    fn a_chosen_date_runs_also_in_a_pause() {
        let p = plan();
        let july = p.dated(date(2026, 7, 13), 7);
        assert_eq!(july.len(), 1);
        assert_eq!((july[0].date, july[0].visit.id), (date(2026, 7, 18), 100));
        assert!(p.is_extra(100) && !p.is_extra(1));
        assert_eq!(p.tours().len(), 2, "the weekly tours do not include it");
    }

    #[test]
    fn pauses_cover_their_days_also_over_new_year() {
        let p = plan();
        assert!(p.paused(date(2026, 7, 15)).is_some());
        assert!(p.paused(date(2026, 8, 1)).is_none());
        assert!(p.paused(date(2026, 12, 31)).is_some());
        assert!(p.paused(date(2027, 1, 1)).is_some());
        assert!(p.paused(date(2027, 1, 2)).is_none());
        assert_eq!(Pause::day("07-01"), Some((7, 1)));
        assert_eq!(Pause::day("13-01"), None);
    }

    #[test]
    fn dated_visits_follow_the_weekdays_in_time_order_and_skip_pauses() {
        let p = plan();
        // Monday 30 November 2026 to Sunday 6 December: Monday's two, Wednesday's one.
        let week = p.dated(date(2026, 11, 30), 7);
        let got: Vec<(Date, i64)> = week.iter().map(|d| (d.date, d.visit.id)).collect();
        assert_eq!(
            got,
            [
                (date(2026, 11, 30), 2),
                (date(2026, 11, 30), 1),
                (date(2026, 12, 2), 3)
            ]
        );
        assert!(p.dated(date(2026, 7, 6), 7).is_empty(), "July is paused");
        let tours = p.tours();
        assert_eq!(tours.len(), 2);
        assert_eq!(tours[0].1[0].id, 2, "10:00 before 13:00");
    }
}
