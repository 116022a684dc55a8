//! The community calendar's model: an event happens once or every N weeks at the same
//! local time (Europe/Copenhagen), and single occurrences can be cancelled or moved.
//! An occurrence is named by its original local date. No I/O here.
//!
//! Why not the `rrule` crate, as offers use: events only repeat weekly, and expanding
//! "start date + k·7·N days at the same wall-clock time" is exact and obviously right
//! across daylight-saving changes; the feeds still publish it as an RRULE.

pub mod feeds;
pub mod mail;
pub mod reminders;

use jiff::civil::{Date, DateTime};
use jiff::{Span, Timestamp};

use crate::domain::{LifeArena, OrganisationRef, PlaceRef, TownRef};

/// What kind of gathering it is; the codes are used in URLs and the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventKind {
    SpisSammen,
    PopUp,
    Foreningsdag,
    AabentHus,
    Andet,
}

impl EventKind {
    pub const ALL: [EventKind; 5] = [
        EventKind::SpisSammen,
        EventKind::PopUp,
        EventKind::Foreningsdag,
        EventKind::AabentHus,
        EventKind::Andet,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EventKind::SpisSammen => "spis-sammen",
            EventKind::PopUp => "pop-up",
            EventKind::Foreningsdag => "foreningsdag",
            EventKind::AabentHus => "aabent-hus",
            EventKind::Andet => "andet",
        }
    }

    pub fn from_code(code: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// One occurrence cancelled or moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exception {
    pub date: Date,
    pub cancelled: bool,
    pub start: Option<DateTime>,
    pub duration_minutes: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct Event {
    pub id: i64,
    pub organisation: OrganisationRef,
    pub offer_id: Option<i64>,
    pub place: Option<PlaceRef>,
    pub town: Option<TownRef>,
    /// Where it happens: the place's coordinate, else the town's.
    pub coordinate: Option<crate::domain::Coordinate>,
    pub online: bool,
    pub address: String,
    pub title: String,
    pub description: String,
    pub kind: EventKind,
    pub life_arena: Option<LifeArena>,
    pub target_groups: Vec<String>,
    pub age_min: i64,
    pub age_max: i64,
    /// Local start of the first occurrence.
    pub start: DateTime,
    pub duration_minutes: i64,
    /// 0: once; N: every N weeks.
    pub every_weeks: i64,
    /// For a series: how many occurrences; 0 means no end.
    pub occurrence_count: i64,
    pub price_dkk: i64,
    pub capacity: Option<i64>,
    pub signup_required: bool,
    pub signup_closes_hours: i64,
    pub needs_contact: bool,
    pub bring: String,
    pub accessibility: Vec<String>,
    pub cancelled: bool,
    pub exceptions: Vec<Exception>,
    pub updated_at: i64,
}

/// One occurrence as people see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// The original local date: the occurrence's name, in URLs and sign-ups.
    pub date: Date,
    /// Local start and end (after any move).
    pub start: DateTime,
    pub end: DateTime,
    pub cancelled: bool,
    pub moved: bool,
}

impl Occurrence {
    /// The start as an instant.
    pub fn starts_at(&self) -> Timestamp {
        local_instant(self.start)
    }
}

/// A local Copenhagen wall-clock time as an instant (the earlier one in the autumn hour
/// that happens twice; the gap in spring moves forward).
pub fn local_instant(at: DateTime) -> Timestamp {
    at.to_zoned_datetime(crate::format::copenhagen())
        .map(|z| z.timestamp())
        .unwrap_or(Timestamp::UNIX_EPOCH)
}

/// Never expand a series further than this many occurrences.
const MAX_OCCURRENCES: i64 = 520;

impl Event {
    /// The original dates of the series (or the one date), in order, between `from` and
    /// `to` inclusive.
    fn dates_between(&self, from: Date, to: Date) -> Vec<Date> {
        let first = self.start.date();
        if self.every_weeks == 0 {
            return if first >= from && first <= to {
                vec![first]
            } else {
                Vec::new()
            };
        }
        let step = 7 * self.every_weeks;
        let limit = if self.occurrence_count > 0 {
            self.occurrence_count
        } else {
            MAX_OCCURRENCES
        };
        // Skip straight to the first period at or after `from`.
        let behind = (from - first).get_days().max(0) as i64;
        let mut k = behind / step;
        let mut out = Vec::new();
        while k < limit {
            // `Span::days` panics beyond ±7,304,484 days (a long series from year -9999);
            // past that no date is left to find.
            let Some(date) = Span::new()
                .try_days(k * step)
                .ok()
                .and_then(|span| first.checked_add(span).ok())
            else {
                break;
            };
            if date > to {
                break;
            }
            if date >= from {
                out.push(date);
            }
            k += 1;
        }
        out
    }

    fn occurrence_on(&self, date: Date) -> Occurrence {
        let exception = self.exceptions.iter().find(|e| e.date == date);
        let start = exception
            .and_then(|e| e.start)
            .unwrap_or_else(|| date.to_datetime(self.start.time()));
        let minutes = exception
            .and_then(|e| e.duration_minutes)
            .unwrap_or(self.duration_minutes);
        Occurrence {
            date,
            start,
            end: start
                .checked_add(Span::new().minutes(minutes))
                .unwrap_or(start),
            cancelled: self.cancelled || exception.is_some_and(|e| e.cancelled),
            moved: exception.is_some_and(|e| e.start.is_some()),
        }
    }

    /// Occurrences whose original date lies between `from` and `to`, cancelled ones too.
    pub fn occurrences_between(&self, from: Date, to: Date) -> Vec<Occurrence> {
        self.dates_between(from, to)
            .into_iter()
            .map(|d| self.occurrence_on(d))
            .collect()
    }

    /// The occurrence originally on `date`, if the series has one then.
    pub fn occurrence(&self, date: Date) -> Option<Occurrence> {
        self.dates_between(date, date)
            .first()
            .map(|d| self.occurrence_on(*d))
    }

    /// The next occurrence that has not ended and is not cancelled.
    pub fn next_occurrence(&self, now: DateTime) -> Option<Occurrence> {
        let from = now
            .date()
            .checked_sub(Span::new().days(1))
            .unwrap_or(now.date());
        let to = from.checked_add(Span::new().days(400)).unwrap_or(from);
        self.occurrences_between(from, to)
            .into_iter()
            .find(|o| !o.cancelled && o.end > now)
    }

    /// The series as an RFC 5545 RRULE value, `None` for a single event.
    pub fn rrule(&self) -> Option<String> {
        (self.every_weeks > 0).then(|| {
            let day = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
                [self.start.weekday().to_monday_zero_offset() as usize];
            let mut rule = "FREQ=WEEKLY".to_owned();
            if self.every_weeks > 1 {
                rule.push_str(&format!(";INTERVAL={}", self.every_weeks));
            }
            rule.push_str(&format!(";BYDAY={day}"));
            if self.occurrence_count > 0 {
                rule.push_str(&format!(";COUNT={}", self.occurrence_count));
            }
            rule
        })
    }

    /// Is sign-up for this occurrence still open at `now`?
    pub fn signup_open(&self, occurrence: &Occurrence, now: DateTime) -> bool {
        let closes = occurrence
            .start
            .checked_sub(Span::new().hours(self.signup_closes_hours))
            .unwrap_or(occurrence.start);
        self.signup_required && !occurrence.cancelled && now < closes
    }

    pub fn is_free(&self) -> bool {
        self.price_dkk == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(start: &str, every_weeks: i64, count: i64) -> Event {
        Event {
            id: 1,
            organisation: OrganisationRef {
                id: 1,
                name: "X".into(),
                email: String::new(),
                phone: String::new(),
                website: String::new(),
            },
            offer_id: None,
            place: None,
            town: None,
            coordinate: None,
            online: false,
            address: String::new(),
            title: "Spis sammen".into(),
            description: String::new(),
            kind: EventKind::SpisSammen,
            life_arena: None,
            target_groups: vec![],
            age_min: 0,
            age_max: 120,
            start: start.parse().unwrap(),
            duration_minutes: 120,
            every_weeks,
            occurrence_count: count,
            price_dkk: 0,
            capacity: Some(10),
            signup_required: true,
            signup_closes_hours: 24,
            needs_contact: false,
            bring: String::new(),
            accessibility: vec![],
            cancelled: false,
            exceptions: vec![],
            updated_at: 0,
        }
    }

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn a_weekly_series_keeps_its_local_time_across_the_october_change() {
        let e = event("2026-10-06T18:00", 1, 0);
        let occ = e.occurrences_between(d("2026-10-01"), d("2026-11-05"));
        let dates: Vec<String> = occ.iter().map(|o| o.date.to_string()).collect();
        assert_eq!(
            dates,
            [
                "2026-10-06",
                "2026-10-13",
                "2026-10-20",
                "2026-10-27",
                "2026-11-03"
            ]
        );
        assert!(
            occ.iter()
                .all(|o| o.start.hour() == 18 && o.start.minute() == 0)
        );
        // 18:00 is 16:00 UTC in summer time and 17:00 UTC after 25 October.
        assert_eq!(occ[0].starts_at().to_string(), "2026-10-06T16:00:00Z");
        assert_eq!(occ[3].starts_at().to_string(), "2026-10-27T17:00:00Z");
    }

    #[test]
    fn exceptions_cancel_or_move_one_occurrence() {
        let mut e = event("2026-10-06T18:00", 1, 0);
        e.exceptions = vec![
            Exception {
                date: d("2026-10-20"),
                cancelled: true,
                start: None,
                duration_minutes: None,
            },
            Exception {
                date: d("2026-10-27"),
                cancelled: false,
                start: Some("2026-10-28T17:00".parse().unwrap()),
                duration_minutes: Some(60),
            },
        ];
        let occ = e.occurrences_between(d("2026-10-19"), d("2026-10-31"));
        assert!(occ[0].cancelled);
        assert!(occ[1].moved && occ[1].start.to_string().starts_with("2026-10-28T17:00"));
        assert_eq!(occ[1].end.to_string(), "2026-10-28T18:00:00");
        assert_eq!(
            e.next_occurrence("2026-10-19T10:00".parse().unwrap())
                .unwrap()
                .date,
            d("2026-10-27")
        );
    }

    #[test]
    fn every_other_week_with_a_count_ends() {
        let e = event("2026-12-01T10:00", 2, 3);
        let dates: Vec<String> = e
            .occurrences_between(d("2026-11-01"), d("2027-03-01"))
            .iter()
            .map(|o| o.date.to_string())
            .collect();
        assert_eq!(dates, ["2026-12-01", "2026-12-15", "2026-12-29"]);
        assert_eq!(
            e.rrule().unwrap(),
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=3"
        );
        assert!(e.occurrence(d("2026-12-08")).is_none());
        // Far ahead, the expansion jumps instead of walking.
        let weekly = event("2024-01-02T10:00", 1, 0);
        assert_eq!(
            weekly
                .occurrences_between(d("2026-12-01"), d("2026-12-07"))
                .len(),
            1
        );
    }

    #[test]
    fn a_single_event_and_its_sign_up_deadline() {
        let e = event("2026-12-10T17:00", 0, 0);
        assert!(e.rrule().is_none());
        let occ = e.occurrence(d("2026-12-10")).unwrap();
        assert!(e.signup_open(&occ, "2026-12-09T16:59".parse().unwrap()));
        assert!(!e.signup_open(&occ, "2026-12-09T17:00".parse().unwrap()));
    }
}
