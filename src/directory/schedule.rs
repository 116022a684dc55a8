//! When an offer happens: an RFC 5545 recurrence rule plus a local start and end time,
//! in Europe/Copenhagen. Expanded with the `rrule` crate; described in plain words.

use chrono::TimeZone;
use jiff::Timestamp;
use jiff::civil::Time;
use rrule::{RRuleSet, Tz};

use crate::format::{clock, parse_clock};
use crate::i18n::Lang;

/// Every series is anchored on this Monday. Rules with an interval ("every other week")
/// count from it.
const ANCHOR: &str = "20240101";

/// The anchor as an ISO date ("2024-01-01"), e.g. for HSDS `dtstart`.
pub fn anchor_date() -> String {
    format!("{}-{}-{}", &ANCHOR[..4], &ANCHOR[4..6], &ANCHOR[6..])
}

#[derive(Debug, Clone)]
pub struct Schedule {
    rule: String,
    start: Time,
    end: Time,
    set: RRuleSet,
    /// For daily and weekly rules without COUNT: the period in days, so that expansion can
    /// start from an anchor moved close to the asked time instead of walking from 2024.
    period_days: Option<i64>,
    /// Days it does not take place, as EXDATEs at the start time.
    exceptions: Vec<jiff::civil::Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub start: Timestamp,
    pub end: Timestamp,
}

/// Part of the day an offer starts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
}

impl DayPart {
    pub const ALL: [DayPart; 3] = [DayPart::Morning, DayPart::Afternoon, DayPart::Evening];

    pub fn of(hour: u8) -> DayPart {
        match hour {
            0..=11 => DayPart::Morning,
            12..=16 => DayPart::Afternoon,
            _ => DayPart::Evening,
        }
    }

    /// The word in URLs.
    pub fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "formiddag",
            DayPart::Afternoon => "eftermiddag",
            DayPart::Evening => "aften",
        }
    }

    pub fn from_code(code: &str) -> Option<DayPart> {
        DayPart::ALL.into_iter().find(|d| d.code() == code)
    }
}

/// Weekday codes in URLs and their order: man, tir, … søn. Index 0 is Monday.
pub const WEEKDAY_CODES: [&str; 7] = ["man", "tir", "ons", "tor", "fre", "lor", "son"];

/// A stored time: exactly "HH:MM", as the forms and the import write it.
fn stored_clock(text: &str) -> Result<Time, String> {
    let shaped = text.len() == 5
        && text.bytes().enumerate().all(|(i, b)| match i {
            2 => b == b':',
            _ => b.is_ascii_digit(),
        });
    shaped
        .then(|| parse_clock(text))
        .flatten()
        .ok_or_else(|| format!("time '{text}' is not HH:MM"))
}

impl Schedule {
    pub fn parse(rule: &str, start_time: &str, end_time: &str) -> Result<Schedule, String> {
        let start = stored_clock(start_time)?;
        let end = stored_clock(end_time)?;
        // RFC 5545 rules are ASCII; the rrule crate panics slicing inside a character
        // ("BYDAY=TU１２"), so anything else stops here.
        if !rule.starts_with("FREQ=") || rule.contains('\n') || !rule.is_ascii() {
            return Err(format!("'{rule}' is not an RRULE"));
        }
        // An offer happens at a time of day, so at most daily. A sub-daily rule (from an
        // import) was expanded from the 2024 anchor one step at a time: FREQ=SECONDLY
        // took minutes of CPU for every search index build.
        let too_often = rule
            .split(';')
            .filter_map(|part| part.split_once('='))
            .filter(|(key, _)| key.trim().eq_ignore_ascii_case("FREQ"))
            .any(|(_, freq)| {
                !["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]
                    .contains(&freq.trim().to_ascii_uppercase().as_str())
            });
        if too_often {
            return Err(format!("'{rule}' repeats more often than daily"));
        }
        // The rrule crate takes INTERVAL=0, which then divided by zero in `set_near`.
        let no_interval = rule
            .split(';')
            .filter_map(|part| part.split_once('='))
            .filter(|(key, _)| key.trim().eq_ignore_ascii_case("INTERVAL"))
            .any(|(_, n)| n.trim().parse::<u32>().map_or(true, |n| n == 0));
        if no_interval {
            return Err(format!(
                "'{rule}': INTERVAL must be a whole number of at least 1"
            ));
        }
        let text = format!(
            "DTSTART;TZID=Europe/Copenhagen:{ANCHOR}T{}\nRRULE:{rule}",
            start.strftime("%H%M%S")
        );
        let set: RRuleSet = text.parse().map_err(|e| format!("RRULE '{rule}': {e}"))?;
        Ok(Schedule {
            rule: rule.to_owned(),
            start,
            end,
            set,
            period_days: period_days(rule),
            exceptions: Vec::new(),
        })
    }

    /// The rule with its start moved to a whole number of periods before `after` (same
    /// phase, so "every other week" keeps its weeks); unchanged for other rules.
    fn set_near(&self, after: Timestamp) -> RRuleSet {
        let Some(period) = self.period_days else {
            return self.set.clone();
        };
        let anchor = jiff::civil::date(2024, 1, 1);
        let today = after.to_zoned_datetime(crate::format::copenhagen()).date();
        let Ok(span) = anchor.until(today) else {
            return self.set.clone();
        };
        let days = i64::from(span.get_days());
        let periods = (days / period - 1).max(0);
        let Ok(start) = anchor.checked_add(jiff::Span::new().days(periods * period)) else {
            return self.set.clone();
        };
        let text = format!(
            "DTSTART;TZID=Europe/Copenhagen:{}T{}\nRRULE:{}",
            start.strftime("%Y%m%d"),
            self.start.strftime("%H%M%S"),
            self.rule
        );
        text.parse()
            .map_or_else(|_| self.set.clone(), |set| self.with_exceptions(set))
    }

    /// An offer's schedule with its exceptions; `None` when it has no usable rule.
    pub fn of(offer: &crate::domain::Offer) -> Option<Schedule> {
        Schedule::parse(&offer.schedule_rrule, &offer.start_time, &offer.end_time)
            .ok()
            .map(|s| s.except(&offer.schedule_exceptions))
    }

    /// The same schedule, not on these days (EXDATE in RFC 5545 terms).
    pub fn except(mut self, days: &[jiff::civil::Date]) -> Schedule {
        self.exceptions = days.to_vec();
        self.set = self.with_exceptions(self.set.clone());
        self
    }

    fn with_exceptions(&self, mut set: RRuleSet) -> RRuleSet {
        for day in &self.exceptions {
            let at = day.to_datetime(self.start);
            if let Ok(zoned) = at.to_zoned_datetime(crate::format::copenhagen())
                && let Some(moment) = Tz::Europe__Copenhagen
                    .timestamp_opt(zoned.timestamp().as_second(), 0)
                    .single()
            {
                set = set.exdate(moment);
            }
        }
        set
    }

    pub fn exceptions(&self) -> &[jiff::civil::Date] {
        &self.exceptions
    }

    pub fn day_part(&self) -> DayPart {
        DayPart::of(self.start.hour().unsigned_abs())
    }

    /// The next `n` occurrences that end after `after`.
    pub fn next(&self, after: Timestamp, n: u16) -> Vec<Occurrence> {
        let seconds = |t: Time| i64::from(t.hour()) * 3600 + i64::from(t.minute()) * 60;
        let length = seconds(self.end) - seconds(self.start);
        // An end before the start means it runs past midnight.
        let length = if length <= 0 { length + 86_400 } else { length };
        let from = after.as_second() - length;
        let Some(from) = Tz::Europe__Copenhagen.timestamp_opt(from, 0).single() else {
            return Vec::new();
        };
        self.set_near(after)
            .after(from)
            .all(n)
            .dates
            .into_iter()
            .filter_map(|d| {
                let start = Timestamp::from_second(d.timestamp()).ok()?;
                let end = Timestamp::from_second(d.timestamp() + length).ok()?;
                Some(Occurrence { start, end })
            })
            .collect()
    }

    /// The weekdays it happens on (bit 0 = Monday), from the coming year.
    pub fn weekdays(&self, after: Timestamp) -> u8 {
        let mut bits = 0u8;
        for occurrence in self.next(after, 60) {
            let day = occurrence
                .start
                .to_zoned_datetime(crate::format::copenhagen())
                .weekday();
            bits |= 1 << day.to_monday_zero_offset();
        }
        bits
    }

    /// "hver tirsdag kl. 10.00–12.00", "første mandag i måneden kl. 19.00–21.00", …
    /// Falls back to the times alone when the rule is unusual.
    pub fn describe(&self, lang: Lang) -> String {
        let times = match lang {
            Lang::Da => format!("kl. {}–{}", clock(self.start), clock(self.end)),
            Lang::En | Lang::Uk | Lang::Ar => format!(
                "{}–{}",
                self.start.strftime("%H:%M"),
                self.end.strftime("%H:%M")
            ),
        };
        match self.pattern(lang) {
            Some(pattern) => format!("{pattern} {times}"),
            None => times,
        }
    }

    fn pattern(&self, lang: Lang) -> Option<String> {
        let parts: Vec<(&str, &str)> = self
            .rule
            .split(';')
            .filter_map(|p| p.split_once('='))
            .collect();
        let get = |name: &str| parts.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
        if parts
            .iter()
            .any(|(n, _)| !["FREQ", "INTERVAL", "BYDAY"].contains(n))
        {
            return None;
        }
        let interval: u32 = get("INTERVAL").map_or(Some(1), |i| i.parse().ok())?;
        match (get("FREQ")?, get("BYDAY")) {
            ("DAILY", None) if interval == 1 => Some(lang.t("schedule-daily")),
            ("WEEKLY", Some(days)) if interval <= 2 => {
                let names = days
                    .split(',')
                    .map(|d| day_name(lang, d))
                    .collect::<Option<Vec<_>>>()?;
                let list = join(lang, &names);
                let key = if interval == 1 {
                    "schedule-weekly"
                } else {
                    "schedule-fortnightly"
                };
                Some(lang.t_with(key, &[("list", list.into())]))
            }
            ("MONTHLY", Some(day)) if interval == 1 && !day.contains(',') => {
                let (nth, code) = day.split_at(day.len().checked_sub(2)?);
                let name = day_name(lang, code)?;
                let key = match nth {
                    "1" | "+1" => "schedule-monthly-1",
                    "2" => "schedule-monthly-2",
                    "3" => "schedule-monthly-3",
                    "4" => "schedule-monthly-4",
                    "-1" => "schedule-monthly-last",
                    _ => return None,
                };
                Some(lang.t_with(key, &[("day", name.into())]))
            }
            _ => None,
        }
    }
}

/// The repeat period in days of a DAILY or WEEKLY rule without COUNT (which counts from
/// the real start and so cannot be moved).
fn period_days(rule: &str) -> Option<i64> {
    let parts: Vec<(&str, &str)> = rule.split(';').filter_map(|p| p.split_once('=')).collect();
    let get = |name: &str| parts.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
    if get("COUNT").is_some() {
        return None;
    }
    let interval: i64 = get("INTERVAL")
        .map_or(Some(1), |i| i.parse().ok())
        .filter(|i| *i >= 1)?;
    match get("FREQ")? {
        "DAILY" => Some(interval),
        "WEEKLY" => Some(7 * interval),
        _ => None,
    }
}

fn day_name(lang: Lang, code: &str) -> Option<&'static str> {
    let index = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
        .iter()
        .position(|c| *c == code)?;
    Some(crate::format::weekday_name(lang, index))
}

fn join(lang: Lang, names: &[&str]) -> String {
    crate::format::listing(lang, names)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn weekly_rule_gives_the_next_tuesdays_in_local_time() {
        let s = Schedule::parse("FREQ=WEEKLY;BYDAY=TU", "10:00", "12:00").unwrap();
        // Monday 2 December 2024, noon UTC.
        let next = s.next(at("2024-12-02T12:00:00Z"), 2);
        assert_eq!(
            next[0].start,
            at("2024-12-03T09:00:00Z"),
            "10.00 in winter is 09.00 UTC"
        );
        assert_eq!(next[0].end, at("2024-12-03T11:00:00Z"));
        assert_eq!(next[1].start, at("2024-12-10T09:00:00Z"));
        assert_eq!(s.describe(Lang::Da), "hver tirsdag kl. 10.00–12.00");
        assert_eq!(s.weekdays(at("2024-12-02T12:00:00Z")), 0b10);
    }

    #[test]
    fn summer_time_keeps_the_local_hour() {
        let s = Schedule::parse("FREQ=WEEKLY;BYDAY=TU", "10:00", "12:00").unwrap();
        let next = s.next(at("2025-06-02T00:00:00Z"), 1);
        assert_eq!(
            next[0].start,
            at("2025-06-03T08:00:00Z"),
            "10.00 in summer is 08.00 UTC"
        );
    }

    #[test]
    fn an_occurrence_under_way_is_still_next() {
        let s = Schedule::parse("FREQ=WEEKLY;BYDAY=TU", "10:00", "12:00").unwrap();
        let next = s.next(at("2024-12-03T10:00:00Z"), 1);
        assert_eq!(next[0].start, at("2024-12-03T09:00:00Z"));
    }

    #[test]
    fn monthly_and_daily_rules_are_described() {
        let first_monday = Schedule::parse("FREQ=MONTHLY;BYDAY=1MO", "19:00", "21:00").unwrap();
        assert_eq!(
            first_monday.describe(Lang::Da),
            "første mandag i måneden kl. 19.00–21.00"
        );
        assert_eq!(
            first_monday.next(at("2024-12-03T00:00:00Z"), 1)[0].start,
            at("2025-01-06T18:00:00Z")
        );
        let last_friday = Schedule::parse("FREQ=MONTHLY;BYDAY=-1FR", "17:00", "19:00").unwrap();
        assert_eq!(
            last_friday.describe(Lang::En),
            "the last Friday of the month 17:00–19:00"
        );
        let daily = Schedule::parse("FREQ=DAILY", "09:00", "15:00").unwrap();
        assert_eq!(daily.weekdays(at("2024-12-03T00:00:00Z")), 0b111_1111);
        let two =
            Schedule::parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR", "09:00", "10:00").unwrap();
        assert_eq!(
            two.describe(Lang::Da),
            "hver anden mandag, onsdag og fredag kl. 09.00–10.00"
        );
        let seasonal =
            Schedule::parse("FREQ=WEEKLY;BYDAY=TH;BYMONTH=5,6,7,8", "18:00", "20:00").unwrap();
        assert_eq!(seasonal.describe(Lang::Da), "kl. 18.00–20.00");
        assert_eq!(
            seasonal.next(at("2024-12-01T00:00:00Z"), 1)[0].start,
            at("2025-05-01T16:00:00Z")
        );
    }

    #[test]
    fn moving_the_anchor_keeps_every_other_week_in_phase() {
        for rule in [
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
            "FREQ=DAILY;INTERVAL=3",
            "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,FR",
        ] {
            let s = Schedule::parse(rule, "19:00", "21:00").unwrap();
            let after = at("2026-11-28T12:00:00Z");
            let from = Tz::Europe__Copenhagen
                .timestamp_opt(after.as_second() - 7200, 0)
                .single()
                .unwrap();
            let walked: Vec<i64> = s
                .set
                .clone()
                .after(from)
                .all(4)
                .dates
                .iter()
                .map(|d| d.timestamp())
                .collect();
            let moved: Vec<i64> = s
                .next(after, 4)
                .iter()
                .map(|o| o.start.as_second())
                .collect();
            assert_eq!(walked, moved, "{rule}");
        }
    }

    #[test]
    fn exceptions_are_skipped() {
        let s = Schedule::parse("FREQ=WEEKLY;BYDAY=TH", "10:00", "12:00")
            .unwrap()
            .except(&[
                jiff::civil::date(2026, 12, 24),
                jiff::civil::date(2026, 12, 31),
            ]);
        let next: Vec<Timestamp> = s
            .next(at("2026-12-20T00:00:00Z"), 2)
            .iter()
            .map(|o| o.start)
            .collect();
        assert_eq!(
            next,
            [at("2027-01-07T09:00:00Z"), at("2027-01-14T09:00:00Z")]
        );
    }

    #[test]
    fn bad_rules_and_times_are_refused() {
        assert!(Schedule::parse("every tuesday", "10:00", "12:00").is_err());
        assert!(Schedule::parse("FREQ=WEEKLY;BYDAY=XX", "10:00", "12:00").is_err());
        assert!(Schedule::parse("FREQ=WEEKLY;BYDAY=TU", "25:00", "12:00").is_err());
        assert!(Schedule::parse("FREQ=WEEKLY;BYDAY=TU", "10", "12:00").is_err());
        assert!(Schedule::parse("FREQ=WEEKLY;BYDAY=TU", "10.00", "12:00").is_err());
        assert!(Schedule::parse("FREQ=WEEKLY;BYDAY=TU", "9:5", "12:00").is_err());
        assert!(Schedule::parse("FREQ=WEEKLY;BYDAY=TU", " 9:30", "12:00").is_err());
    }

    #[test]
    fn day_parts() {
        assert_eq!(DayPart::of(9), DayPart::Morning);
        assert_eq!(DayPart::of(13), DayPart::Afternoon);
        assert_eq!(DayPart::of(19), DayPart::Evening);
        assert_eq!(DayPart::from_code("aften"), Some(DayPart::Evening));
    }
}
