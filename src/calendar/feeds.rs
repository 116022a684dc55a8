//! Event feeds: the community calendar as iCalendar (RFC 5545) for calendar apps and as
//! RSS 2.0 for feed readers. Self-contained: callers turn their own model into
//! [`FeedEvent`]s and [`FeedItem`]s.
//!
//! Why the iCalendar output looks the way it does:
//!
//! - **Local-time semantics.** Events happen at a wall-clock time in Denmark ("every Tuesday
//!   at 18:00"), so every time is written as local time with `TZID=Europe/Copenhagen`, never
//!   in UTC. A weekly `RRULE` then expands to 18:00 both in summer (CEST, +02:00) and winter
//!   (CET, +01:00); a UTC start would drift an hour at each daylight-saving change. `DTEND`
//!   is the start plus the duration in wall-clock time.
//! - **VTIMEZONE.** RFC 5545 §3.2.19 requires a `VTIMEZONE` for every `TZID` used, and some
//!   clients rely on it instead of their own time zone database. The calendar carries exactly
//!   one, for Europe/Copenhagen, with the EU rules (since 1996): summer time from the last
//!   Sunday of March 02:00 to the last Sunday of October 03:00.
//! - **Exceptions.** A cancelled occurrence is an `EXDATE` of the series; a moved one is an
//!   extra `VEVENT` with the same `UID` and a `RECURRENCE-ID` naming the original occurrence
//!   (RFC 5545 §3.8.4.4), each at the series' local start time.
//! - **Content lines** end in CRLF, are folded at 75 octets without splitting a UTF-8
//!   character, and TEXT values escape `\`, `;`, `,` and newlines (§3.1, §3.3.11).
//!
//! The lines are written by the small writer below rather than the `icalendar` crate:
//! icalendar 0.17.17 folds a content line of exactly 150 octets into a 76-octet continuation
//! line (its loop stops while 75 octets remain, then adds the leading space), and it cannot
//! build a `VTIMEZONE` (its generic component type is not exported, and every component it
//! writes gets a `DTSTAMP` and `UID` added, which a `VTIMEZONE` must not have). Its parser
//! is used in the tests as an independent reader.
//!
//! The RSS feed is built with the `rss` crate; its `atom:link rel="self"` is an extension
//! element, so the crate's `atom` feature (and its dependency) is not needed.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{Span, Timestamp};

/// One event (a single occurrence or a recurring series) as the feeds need it.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedEvent {
    /// Stable across regenerations, e.g. "event-12@sammen.odsherred" (the caller builds it).
    pub uid: String,
    pub title: String,
    pub description: String,
    /// The event's page.
    pub url: String,
    /// Place name and address, or "Online".
    pub location: String,
    /// Optional geo coordinate (lat, lon).
    pub geo: Option<(f64, f64)>,
    /// Local wall-clock start of the first occurrence, Europe/Copenhagen.
    pub start: DateTime,
    pub duration_minutes: i64,
    /// An RRULE value without DTSTART, e.g. "FREQ=WEEKLY;BYDAY=TU" or
    /// "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=8"; None for a single event.
    /// An `UNTIL` given as a date or a local date-time is written as the UTC instant
    /// RFC 5545 requires (a date means the end of that local day).
    pub rrule: Option<String>,
    /// Occurrences that are cancelled: the original local date (same local time as `start`).
    pub exdates: Vec<Date>,
    /// Occurrences moved to another time: (original local date, new local start, new
    /// duration in minutes). An occurrence that is both cancelled and moved is cancelled.
    pub moved: Vec<(Date, DateTime, i64)>,
    /// The whole event is cancelled (STATUS:CANCELLED).
    pub cancelled: bool,
    /// Categories, e.g. the kind ("Spis sammen") and life arena.
    pub categories: Vec<String>,
    /// When it last changed (DTSTAMP / LAST-MODIFIED).
    pub updated: Timestamp,
}

/// One item of an RSS feed (usually one coming occurrence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedItem {
    pub title: String,
    pub description: String,
    pub url: String,
    /// Unique and stable, e.g. "event-12-2026-12-03".
    pub guid: String,
    pub published: Timestamp,
}

/// The one time zone of every event.
const TZID: &str = "Europe/Copenhagen";
const PRODID: &str = "-//Sammen//Fællesskabskalender//DA";
const ATOM_NS: &str = "http://www.w3.org/2005/Atom";
/// RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break.
const FOLD_AT: usize = 75;

/// Europe/Copenhagen; for RFC 5545 UNTIL values and RSS dates.
fn copenhagen() -> TimeZone {
    TimeZone::get(TZID).expect("the bundled time zone database has Europe/Copenhagen")
}

/// An iCalendar document with all events: VCALENDAR with PRODID
/// "-//Sammen//Fællesskabskalender//DA", VERSION 2.0, CALSCALE GREGORIAN, METHOD PUBLISH,
/// X-WR-CALNAME = `name`, X-WR-TIMEZONE Europe/Copenhagen, one VTIMEZONE for
/// Europe/Copenhagen, and per event a VEVENT (plus one per moved occurrence, with
/// RECURRENCE-ID). All times are local Europe/Copenhagen times except DTSTAMP and
/// LAST-MODIFIED (UTC). See the module documentation for why.
///
/// A single event (no `rrule`) whose start date is in `exdates` is written as cancelled;
/// one whose start date is in `moved` is written at its new time.
pub fn ics(name: &str, events: &[FeedEvent]) -> String {
    let mut w = Writer::default();
    w.raw("BEGIN", "VCALENDAR");
    w.text("PRODID", PRODID);
    w.raw("VERSION", "2.0");
    w.raw("CALSCALE", "GREGORIAN");
    w.raw("METHOD", "PUBLISH");
    w.text("X-WR-CALNAME", name);
    w.text("X-WR-TIMEZONE", TZID);
    write_vtimezone(&mut w);
    for event in events {
        write_event(&mut w, event);
    }
    w.raw("END", "VCALENDAR");
    w.out
}

/// The VTIMEZONE for Europe/Copenhagen: CET (+01:00) and CEST (+02:00) with the EU rules
/// in force since 1996, starting from their first onsets that year.
fn write_vtimezone(w: &mut Writer) {
    w.raw("BEGIN", "VTIMEZONE");
    w.text("TZID", TZID);
    w.text("X-LIC-LOCATION", TZID);
    w.raw("BEGIN", "DAYLIGHT");
    w.raw("TZOFFSETFROM", "+0100");
    w.raw("TZOFFSETTO", "+0200");
    w.text("TZNAME", "CEST");
    // 1996-03-31 is the last Sunday of March 1996; 02:00 local CET becomes 03:00 CEST.
    w.raw("DTSTART", "19960331T020000");
    w.raw("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    w.raw("END", "DAYLIGHT");
    w.raw("BEGIN", "STANDARD");
    w.raw("TZOFFSETFROM", "+0200");
    w.raw("TZOFFSETTO", "+0100");
    w.text("TZNAME", "CET");
    // 1996-10-27 is the last Sunday of October 1996; 03:00 local CEST becomes 02:00 CET.
    w.raw("DTSTART", "19961027T030000");
    w.raw("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    w.raw("END", "STANDARD");
    w.raw("END", "VTIMEZONE");
}

/// What a VEVENT stands for.
enum Instance<'a> {
    /// A single event.
    Single,
    /// The master of a series: its rule and cancelled occurrences (as local date-times).
    Series {
        rrule: String,
        exdates: &'a BTreeSet<DateTime>,
    },
    /// One moved occurrence of a series, named by its original local start.
    Moved { original: DateTime },
}

fn write_event(w: &mut Writer, event: &FeedEvent) {
    let time = event.start.time();
    let rrule = event
        .rrule
        .as_deref()
        .map(normalise_rrule)
        .filter(|rule| !rule.is_empty());
    let exdates: BTreeSet<Date> = event.exdates.iter().copied().collect();
    // A cancelled occurrence stays cancelled even if it was also moved; the last move of a
    // date wins.
    let moved: BTreeMap<Date, (DateTime, i64)> = event
        .moved
        .iter()
        .filter(|(date, _, _)| !exdates.contains(date))
        .map(|&(date, start, minutes)| (date, (start, minutes)))
        .collect();
    match rrule {
        Some(rrule) => {
            let exdates: BTreeSet<DateTime> =
                exdates.iter().map(|date| date.to_datetime(time)).collect();
            let series = Instance::Series {
                rrule,
                exdates: &exdates,
            };
            write_vevent(
                w,
                event,
                event.start,
                event.duration_minutes,
                event.cancelled,
                &series,
            );
            for (date, &(start, minutes)) in &moved {
                let original = date.to_datetime(time);
                let moved = Instance::Moved { original };
                write_vevent(w, event, start, minutes, event.cancelled, &moved);
            }
        }
        None => {
            let date = event.start.date();
            let (start, minutes) = moved
                .get(&date)
                .copied()
                .unwrap_or((event.start, event.duration_minutes));
            let cancelled = event.cancelled || exdates.contains(&date);
            write_vevent(w, event, start, minutes, cancelled, &Instance::Single);
        }
    }
}

fn write_vevent(
    w: &mut Writer,
    event: &FeedEvent,
    start: DateTime,
    minutes: i64,
    cancelled: bool,
    instance: &Instance<'_>,
) {
    let tzid = |name: &str| format!("{name};TZID={TZID}");
    w.raw("BEGIN", "VEVENT");
    w.text("UID", &event.uid);
    w.raw("DTSTAMP", &utc(event.updated));
    w.raw("LAST-MODIFIED", &utc(event.updated));
    if let Instance::Moved { original } = instance {
        w.raw(&tzid("RECURRENCE-ID"), &local(*original));
    }
    w.raw(&tzid("DTSTART"), &local(start));
    // Without DTEND an event with a time has no duration (RFC 5545 §3.6.1), and DTEND must
    // be later than DTSTART, so a non-positive duration writes none.
    if let Some(end) = local_end(start, minutes) {
        w.raw(&tzid("DTEND"), &local(end));
    }
    if let Instance::Series { rrule, exdates } = instance {
        w.raw("RRULE", rrule);
        for exdate in exdates.iter() {
            w.raw(&tzid("EXDATE"), &local(*exdate));
        }
    }
    w.text("SUMMARY", &event.title);
    if !event.description.is_empty() {
        w.text("DESCRIPTION", &event.description);
    }
    let url = clean(&event.url);
    if !url.is_empty() {
        w.raw("URL", &url);
    }
    if !event.location.is_empty() {
        w.text("LOCATION", &event.location);
    }
    if let Some((lat, lon)) = event.geo
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon)
    {
        w.raw("GEO", &format!("{lat};{lon}"));
    }
    let categories: Vec<String> = event
        .categories
        .iter()
        .map(|category| escape_text(category.trim()))
        .filter(|category| !category.is_empty())
        .collect();
    if !categories.is_empty() {
        // A list of TEXT values: each one escaped, separated by unescaped commas.
        w.raw("CATEGORIES", &categories.join(","));
    }
    w.raw("STATUS", if cancelled { "CANCELLED" } else { "CONFIRMED" });
    w.raw("END", "VEVENT");
}

/// The local end: `minutes` later on the wall clock, so the same local end time every week.
fn local_end(start: DateTime, minutes: i64) -> Option<DateTime> {
    if minutes <= 0 {
        return None;
    }
    let span = Span::new().try_minutes(minutes).ok()?;
    start.checked_add(span).ok()
}

/// A local date-time as RFC 5545 writes it with a TZID: `20261006T180000`.
fn local(at: DateTime) -> String {
    at.strftime("%Y%m%dT%H%M%S").to_string()
}

/// A UTC date-time: `20261006T160000Z`.
fn utc(at: Timestamp) -> String {
    at.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// The caller's RRULE value, tidied: no line breaks or other control characters, no
/// leading `RRULE:`, and `UNTIL` as a UTC date-time, which RFC 5545 §3.3.10 requires when
/// DTSTART has a TZID.
fn normalise_rrule(rule: &str) -> String {
    let rule = clean(rule);
    let rule = rule.trim();
    let rule = match rule.get(..6) {
        Some(prefix) if prefix.eq_ignore_ascii_case("RRULE:") => &rule[6..],
        _ => rule,
    };
    rule.split(';')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| match part.split_once('=') {
            Some((key, value)) if key.eq_ignore_ascii_case("UNTIL") => {
                format!("UNTIL={}", until_utc(value))
            }
            _ => part.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// `UNTIL` in UTC: a local date means the end of that day, a local date-time that moment.
fn until_utc(value: &str) -> String {
    if value.ends_with(['Z', 'z']) {
        return value.to_ascii_uppercase();
    }
    let local = if value.len() == 8 {
        Date::strptime("%Y%m%d", value)
            .ok()
            .map(|date| date.to_datetime(jiff::civil::time(23, 59, 59, 0)))
    } else {
        DateTime::strptime("%Y%m%dT%H%M%S", value).ok()
    };
    match local.and_then(|at| at.to_zoned_datetime(copenhagen()).ok()) {
        Some(at) => utc(at.timestamp()),
        None => value.to_owned(),
    }
}

/// A value without control characters, for values that are not TEXT (URL, RRULE).
fn clean(value: &str) -> String {
    value.chars().filter(|c| !c.is_control()).collect()
}

/// RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped, any line break as `\n`,
/// other control characters (not allowed in a content line) dropped, tabs kept.
fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes content lines: `NAME[;PARAM=…]:value`, folded, CRLF-terminated.
#[derive(Default)]
struct Writer {
    out: String,
}

impl Writer {
    /// A line whose value is already in its final form (not TEXT, or escaped).
    fn raw(&mut self, name: &str, value: &str) {
        let line = format!("{name}:{value}");
        fold_into(&mut self.out, &line);
    }

    /// A line with a TEXT value, escaped here.
    fn text(&mut self, name: &str, value: &str) {
        self.raw(name, &escape_text(value));
    }
}

/// Appends `line` folded as RFC 5545 §3.1 says: no physical line longer than 75 octets
/// (a continuation line's leading space counts), a break never inside a UTF-8 character,
/// and every line ended by CRLF.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > FOLD_AT {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// An RSS 2.0 document (with atom:link rel="self" to `self_url`), language "da". Dates are
/// RFC 822 dates in Copenhagen time; the channel's lastBuildDate is the newest item's.
pub fn rss(
    title: &str,
    site_url: &str,
    self_url: &str,
    description: &str,
    items: &[FeedItem],
) -> String {
    let tz = copenhagen();
    let date =
        |at: Timestamp| jiff::fmt::rfc2822::to_string(&at.to_zoned_datetime(tz.clone())).ok();
    let mut channel = rss::Channel {
        title: xml_text(title),
        link: xml_text(site_url),
        description: xml_text(description),
        language: Some("da".to_owned()),
        last_build_date: items.iter().map(|item| item.published).max().and_then(date),
        ..Default::default()
    };
    channel
        .namespaces
        .insert("atom".to_owned(), ATOM_NS.to_owned());
    let self_link = rss::extension::Extension {
        name: "atom:link".to_owned(),
        attrs: [
            ("href", xml_text(self_url)),
            ("rel", "self".to_owned()),
            ("type", "application/rss+xml".to_owned()),
        ]
        .into_iter()
        .map(|(key, value)| (key.to_owned(), value))
        .collect(),
        ..Default::default()
    };
    channel
        .extensions
        .entry("atom".to_owned())
        .or_default()
        .insert("link".to_owned(), vec![self_link]);
    channel.items = items
        .iter()
        .map(|item| rss::Item {
            title: Some(xml_text(&item.title)),
            link: Some(xml_text(&item.url)),
            description: Some(xml_text(&item.description)),
            guid: Some(rss::Guid {
                value: xml_text(&item.guid),
                permalink: false,
            }),
            pub_date: date(item.published),
            ..Default::default()
        })
        .collect();
    channel.to_string()
}

/// Text without the control characters XML 1.0 does not allow (tab and line breaks stay).
fn xml_text(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, Timelike};
    use icalendar::{Component, EventLike};
    use jiff::civil::date;

    fn event() -> FeedEvent {
        FeedEvent {
            uid: "event-12@sammen.odsherred".to_owned(),
            title: "Spis sammen i Hørve".to_owned(),
            description: "Vi laver mad sammen og spiser bagefter.".to_owned(),
            url: "https://sammen.example/kalender/12".to_owned(),
            location: "Hørve Forsamlingshus, Hovedgaden 1, 4534 Hørve".to_owned(),
            geo: Some((55.7531, 11.4523)),
            start: date(2026, 10, 6).at(18, 0, 0, 0),
            duration_minutes: 120,
            rrule: Some("FREQ=WEEKLY;BYDAY=TU".to_owned()),
            exdates: vec![date(2026, 10, 20)],
            moved: vec![],
            cancelled: false,
            categories: vec!["Spis sammen".to_owned(), "Fællesskab".to_owned()],
            updated: "2026-09-01T08:30:00Z".parse().unwrap(),
        }
    }

    /// The content lines with folding undone (RFC 5545 §3.1: CRLF + one space or tab).
    fn unfold(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .replace("\r\n\t", "")
            .split("\r\n")
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// The inverse of `escape_text`.
    fn unescape(value: &str) -> String {
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n' | 'N') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    fn value_of<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
        lines
            .iter()
            .filter_map(|line| line.strip_prefix(name)?.strip_prefix(':'))
            .collect()
    }

    fn assert_wire_format(ics: &str) {
        assert!(ics.ends_with("\r\n"));
        for line in ics.as_bytes().split(|b| *b == b'\n') {
            if line.is_empty() {
                continue;
            }
            let line = line.strip_suffix(b"\r").expect("every line ends in CRLF");
            assert!(line.len() <= 75, "{} octets", line.len());
            std::str::from_utf8(line).expect("each physical line is valid UTF-8");
        }
    }

    /// Writes the sample where a validator can read it; to $SAMMEN_ICAL_SAMPLE too if set.
    fn save_sample(ics: &str) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sammen.ics");
        std::fs::write(&path, ics).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), ics);
        if let Some(path) = std::env::var_os("SAMMEN_ICAL_SAMPLE") {
            std::fs::write(path, ics).unwrap();
        }
    }

    #[test]
    fn weekly_series_keeps_local_time_across_dst_and_skips_exdate() {
        let mut sample = event();
        sample.moved = vec![(date(2026, 11, 10), date(2026, 11, 12).at(17, 30, 0, 0), 90)];
        // Long enough to fold, with Danish letters and every character TEXT escapes.
        sample.description = "Vi laver mad sammen i køkkenet og spiser bagefter ved de lange \
            borde i salen; alle er velkomne, også børn. Ta' gerne en ret med (æbleskiver, \
            rødgrød med fløde, ølbrød).\nPris: 20 kr. – betales kontant\\MobilePay ved døren."
            .to_owned();
        let single = FeedEvent {
            uid: "event-13@sammen.odsherred".to_owned(),
            title: "Foreningsdag; stande, musik og kaffe".to_owned(),
            location: "Online".to_owned(),
            geo: None,
            start: date(2026, 3, 29).at(1, 30, 0, 0),
            rrule: None,
            exdates: vec![],
            ..event()
        };
        let ics = ics("Sammen i Odsherred", &[sample, single]);
        save_sample(&ics);
        assert_wire_format(&ics);
        let lines = unfold(&ics);
        let has = |line: &str| lines.iter().any(|l| l == line);
        assert!(has("DTSTART;TZID=Europe/Copenhagen:20261006T180000"));
        assert!(has("DTEND;TZID=Europe/Copenhagen:20261006T200000"));
        assert!(has("RRULE:FREQ=WEEKLY;BYDAY=TU"));
        assert!(has("EXDATE;TZID=Europe/Copenhagen:20261020T180000"));
        assert!(has("PRODID:-//Sammen//Fællesskabskalender//DA"));
        assert!(has("METHOD:PUBLISH"));
        assert!(has("X-WR-TIMEZONE:Europe/Copenhagen"));
        assert!(has("DTSTAMP:20260901T083000Z"));
        assert!(has("GEO:55.7531;11.4523"));
        assert!(has("CATEGORIES:Spis sammen,Fællesskab"));
        assert!(has("STATUS:CONFIRMED"));
        assert_eq!(value_of(&lines, "BEGIN").first(), Some(&"VCALENDAR"));
        assert_eq!(
            value_of(&lines, "BEGIN")
                .iter()
                .filter(|v| **v == "VTIMEZONE")
                .count(),
            1
        );
        assert!(has("BEGIN:STANDARD") && has("BEGIN:DAYLIGHT"));
        assert!(has("TZOFFSETTO:+0100") && has("TZOFFSETTO:+0200"));

        // Expand DTSTART + RRULE + EXDATE exactly as written with the rrule crate.
        let series: Vec<&str> = lines
            .iter()
            .map(String::as_str)
            .filter(|l| {
                l.starts_with("DTSTART;TZID=Europe/Copenhagen:2026100")
                    || l.starts_with("RRULE:FREQ=WEEKLY")
                    || l.starts_with("EXDATE")
            })
            .collect();
        assert_eq!(series.len(), 3, "{series:?}");
        let set: rrule::RRuleSet = series.join("\n").parse().unwrap();
        let dates = set.all(8).dates;
        let days: Vec<(u32, u32)> = dates.iter().map(|d| (d.month(), d.day())).collect();
        assert_eq!(
            days,
            [
                (10, 6),
                (10, 13),
                (10, 27),
                (11, 3),
                (11, 10),
                (11, 17),
                (11, 24),
                (12, 1)
            ]
        );
        for d in &dates {
            assert_eq!((d.hour(), d.minute()), (18, 0), "{d}");
        }
        // 18:00 CEST (16:00 UTC) before the change on 2026-10-25, 18:00 CET (17:00 UTC) after.
        let utc_hours: Vec<u32> = dates
            .iter()
            .map(|d| d.with_timezone(&chrono::Utc).hour())
            .collect();
        assert_eq!(utc_hours, [16, 16, 17, 17, 17, 17, 17, 17]);

        // The single event: no RRULE, its own UID, and a start in the spring-forward
        // night keeps its local time.
        assert_eq!(value_of(&lines, "RRULE").len(), 1 + 2); // the series + the VTIMEZONE's two
        assert!(has("UID:event-13@sammen.odsherred"));
        assert!(has("SUMMARY:Foreningsdag\\; stande\\, musik og kaffe"));
        assert!(has("DTSTART;TZID=Europe/Copenhagen:20260329T013000"));
        assert!(has("DTEND;TZID=Europe/Copenhagen:20260329T033000"));

        // An independent reader: the icalendar crate's parser.
        let parsed: icalendar::Calendar = ics.parse().unwrap();
        let events: Vec<_> = parsed.events().collect();
        assert_eq!(events.len(), 3);
        assert_eq!(events[0].get_summary(), Some("Spis sammen i Hørve"));
        assert_eq!(
            events[2].get_summary(),
            Some("Foreningsdag; stande, musik og kaffe")
        );
    }

    #[test]
    fn vtimezone_rules_match_the_time_zone_database() {
        // The VTIMEZONE says: CEST from the last Sunday of March 01:00 UTC, CET from the
        // last Sunday of October 01:00 UTC. jiff's bundled tzdb must agree, year after year.
        let tz = copenhagen();
        let last_sunday = |year: i16, month: i8| {
            let last = date(year, month, 1).last_of_month();
            last - Span::new().days(i64::from(last.weekday().to_sunday_zero_offset()))
        };
        let offset = |at: DateTime| {
            let ts = at.to_zoned_datetime(TimeZone::UTC).unwrap().timestamp();
            tz.to_offset(ts).seconds() / 3600
        };
        for year in 1996..2040 {
            let spring = last_sunday(year, 3);
            let autumn = last_sunday(year, 10);
            assert_eq!(offset(spring.at(0, 59, 59, 0)), 1, "{year}");
            assert_eq!(offset(spring.at(1, 0, 0, 0)), 2, "{year}");
            assert_eq!(offset(autumn.at(0, 59, 59, 0)), 2, "{year}");
            assert_eq!(offset(autumn.at(1, 0, 0, 0)), 1, "{year}");
        }
        assert_eq!(last_sunday(1996, 3), date(1996, 3, 31));
        assert_eq!(last_sunday(1996, 10), date(1996, 10, 27));
        let lines = unfold(&ics("x", &[]));
        assert!(lines.contains(&"DTSTART:19960331T020000".to_owned()));
        assert!(lines.contains(&"DTSTART:19961027T030000".to_owned()));
    }

    #[test]
    fn long_danish_text_folds_at_75_octets_on_character_boundaries() {
        let description = "Kom og vær med, når vi spiser sammen i Grøntsagshaven ved Åsen. \
            Der er plads til alle – også dig, der er ny i byen, og dig, der ønsker en hyggelig \
            aften med god mad. Vi bager æbleskiver, drikker gløgg og synger sange fra \
            Højskolesangbogen. Tilmelding er ikke nødvendig; tag gerne en ven med!\n\
            Næste gang: æøå ÆØÅ æøå ÆØÅ æøå ÆØÅ æøå ÆØÅ æøå ÆØÅ æøå ÆØÅ æøå ÆØÅ 🎉🎉🎉🎉🎉"
            .to_owned();
        // Every offset of the multi-byte characters against the fold points.
        for pad in 0..8 {
            let text = format!("{}{description}", "x".repeat(pad));
            let ics = ics(
                "Sammen",
                &[FeedEvent {
                    description: text.clone(),
                    ..event()
                }],
            );
            assert_wire_format(&ics);
            let lines = unfold(&ics);
            let written = value_of(&lines, "DESCRIPTION");
            assert_eq!(written.len(), 1);
            assert_eq!(unescape(written[0]), text);
            let parsed: icalendar::Calendar = ics.parse().unwrap();
            let parsed = parsed
                .events()
                .next()
                .unwrap()
                .get_description()
                .unwrap()
                .to_owned();
            assert_eq!(parsed, text);
        }
        // The exact length icalendar 0.17.17 folds wrongly: 150 octets.
        let mut out = String::new();
        fold_into(&mut out, &format!("DESCRIPTION:{}", "a".repeat(138)));
        let expected = format!(
            "DESCRIPTION:{}\r\n {}\r\n a\r\n",
            "a".repeat(63),
            "a".repeat(74)
        );
        assert_eq!(out, expected);
    }

    #[test]
    fn text_values_are_escaped() {
        let tricky = "Kaffe; kage, og \\ skråstreg\nNy linje\r\nog en til\r";
        assert_eq!(
            escape_text(tricky),
            "Kaffe\\; kage\\, og \\\\ skråstreg\\nNy linje\\nog en til\\n"
        );
        assert_eq!(escape_text("a\u{7}b\tc"), "ab\tc");
        let ics = ics(
            "Kalender; ét, to",
            &[FeedEvent {
                title: tricky.to_owned(),
                description: tricky.to_owned(),
                location: "Hovedgaden 1, 4534 Hørve; 1. sal".to_owned(),
                categories: vec!["Mad, drikke".to_owned(), "Sport; leg".to_owned()],
                ..event()
            }],
        );
        assert_wire_format(&ics);
        let lines = unfold(&ics);
        let has = |line: &str| lines.iter().any(|l| l == line);
        let escaped = "Kaffe\\; kage\\, og \\\\ skråstreg\\nNy linje\\nog en til\\n";
        assert!(has(&format!("SUMMARY:{escaped}")));
        assert!(has(&format!("DESCRIPTION:{escaped}")));
        assert!(has("LOCATION:Hovedgaden 1\\, 4534 Hørve\\; 1. sal"));
        assert!(has("X-WR-CALNAME:Kalender\\; ét\\, to"));
        assert!(has("CATEGORIES:Mad\\, drikke,Sport\\; leg"));
        let parsed: icalendar::Calendar = ics.parse().unwrap();
        let parsed = parsed.events().next().unwrap();
        assert_eq!(
            parsed.get_summary(),
            Some(tricky.replace("\r\n", "\n").replace('\r', "\n").as_str())
        );
        assert_eq!(
            parsed.get_categories(),
            Some(vec!["Mad, drikke".to_owned(), "Sport; leg".to_owned()])
        );
    }

    #[test]
    fn moved_occurrence_is_an_override_with_recurrence_id() {
        let mut series = event();
        series.moved = vec![
            (date(2026, 10, 27), date(2026, 10, 28).at(17, 0, 0, 0), 90),
            // Both cancelled and moved: stays cancelled.
            (date(2026, 10, 20), date(2026, 10, 21).at(17, 0, 0, 0), 90),
        ];
        let ics = ics("Sammen", &[series]);
        let lines = unfold(&ics);
        let vevents: Vec<&[String]> = lines
            .split(|l| l == "END:VEVENT")
            .filter_map(|chunk| {
                let begin = chunk.iter().position(|l| l == "BEGIN:VEVENT")?;
                Some(&chunk[begin..])
            })
            .collect();
        assert_eq!(vevents.len(), 2);
        let moved = vevents[1];
        let has = |line: &str| moved.iter().any(|l| l == line);
        assert!(has("UID:event-12@sammen.odsherred"));
        assert!(has("RECURRENCE-ID;TZID=Europe/Copenhagen:20261027T180000"));
        assert!(has("DTSTART;TZID=Europe/Copenhagen:20261028T170000"));
        assert!(has("DTEND;TZID=Europe/Copenhagen:20261028T183000"));
        assert!(has("SUMMARY:Spis sammen i Hørve"));
        assert!(
            !moved
                .iter()
                .any(|l| l.starts_with("RRULE") || l.starts_with("EXDATE"))
        );
        assert!(!vevents[0].iter().any(|l| l.starts_with("RECURRENCE-ID")));
        assert!(!ics.contains("20261021"));

        let parsed: icalendar::Calendar = ics.parse().unwrap();
        assert_eq!(parsed.events().count(), 2);
    }

    #[test]
    fn single_event_cancelled_or_moved_and_until_in_utc() {
        let single = FeedEvent {
            rrule: None,
            exdates: vec![],
            moved: vec![(date(2026, 10, 6), date(2026, 10, 7).at(10, 0, 0, 0), 60)],
            ..event()
        };
        let lines = unfold(&ics("x", std::slice::from_ref(&single)));
        assert!(lines.contains(&"DTSTART;TZID=Europe/Copenhagen:20261007T100000".to_owned()));
        assert!(!lines.iter().any(|l| l.starts_with("RECURRENCE-ID")));
        let cancelled = FeedEvent {
            cancelled: true,
            ..single
        };
        let lines = unfold(&ics("x", &[cancelled]));
        assert!(lines.contains(&"STATUS:CANCELLED".to_owned()));

        assert_eq!(
            normalise_rrule("RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215\r\n"),
            "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215T225959Z"
        );
        assert_eq!(
            normalise_rrule("FREQ=WEEKLY;UNTIL=20260701T180000"),
            "FREQ=WEEKLY;UNTIL=20260701T160000Z"
        );
        assert_eq!(
            normalise_rrule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=8"),
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=8"
        );
        assert_eq!(local_end(date(2026, 1, 1).at(18, 0, 0, 0), 0), None);
    }

    #[test]
    fn rss_parses_back_with_its_items() {
        let items = [
            FeedItem {
                title: "Spis sammen i Hørve".to_owned(),
                description: "Mad & fællesskab <3".to_owned(),
                url: "https://sammen.example/kalender/12?dato=2026-12-03&x=1".to_owned(),
                guid: "event-12-2026-12-03".to_owned(),
                published: "2026-11-20T09:00:00Z".parse().unwrap(),
            },
            FeedItem {
                title: "Foreningsdag".to_owned(),
                description: "Kom\u{1} forbi".to_owned(),
                url: "https://sammen.example/kalender/13".to_owned(),
                guid: "event-13-2026-07-01".to_owned(),
                published: "2026-06-20T09:00:00Z".parse().unwrap(),
            },
        ];
        let xml = rss(
            "Sammen – kalender",
            "https://sammen.example/",
            "https://sammen.example/kalender.rss",
            "Det sker i Odsherred",
            &items,
        );
        assert!(xml.starts_with("<?xml"));
        assert!(xml.contains(r#"xmlns:atom="http://www.w3.org/2005/Atom""#));
        let channel = rss::Channel::read_from(xml.as_bytes()).unwrap();
        assert_eq!(channel.title(), "Sammen – kalender");
        assert_eq!(channel.link(), "https://sammen.example/");
        assert_eq!(channel.language(), Some("da"));
        assert_eq!(
            channel.last_build_date(),
            Some("Fri, 20 Nov 2026 10:00:00 +0100")
        );
        let link = &channel.extensions()["atom"]["link"][0];
        assert_eq!(link.attrs()["href"], "https://sammen.example/kalender.rss");
        assert_eq!(link.attrs()["rel"], "self");
        assert_eq!(channel.items().len(), 2);
        let first = &channel.items()[0];
        assert_eq!(first.title(), Some("Spis sammen i Hørve"));
        assert_eq!(first.description(), Some("Mad & fællesskab <3"));
        assert_eq!(first.link(), Some(items[0].url.as_str()));
        assert_eq!(first.guid().unwrap().value(), "event-12-2026-12-03");
        assert!(!first.guid().unwrap().is_permalink());
        assert_eq!(first.pub_date(), Some("Fri, 20 Nov 2026 10:00:00 +0100"));
        let second = &channel.items()[1];
        assert_eq!(second.description(), Some("Kom forbi"));
        assert_eq!(second.pub_date(), Some("Sat, 20 Jun 2026 11:00:00 +0200"));
    }
}
