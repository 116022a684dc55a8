//! Volunteer drivers and rides, pure: who can drive a ride, in which order the
//! coordinator sees them, the dates of a recurring ride, kilometres and mileage.
//! The caller brings the data and the day; nothing here reads a clock or a database.
//!
//! **Dates.** A ride is once, or weekly on the first date's weekday for up to
//! [`MAX_WEEKS`] weeks — for an event, its own occurrences from the first date on (a
//! cancelled occurrence is skipped). Each date is its own row, so one can be cancelled.
//!
//! **Who can drive** ([`available`]): an active driver, vetted on every date ([`vetted_on`]:
//! a criminal-record certificate younger than [`RECORD_VALID_MONTHS`], licence and
//! insurance valid), who drives on each date's weekday, whose hours hold both pick-ups,
//! who picks up in the rider's village (no villages listed: anywhere), and who has no
//! other ride within [`BUSY_MINUTES`] of a pick-up on any of the dates.
//!
//! **Order** ([`propose`]): the rider's earlier driver first (the same driver again),
//! then drivers who live in the rider's village, then by distance from the driver's home
//! to the rider's village, then by id. The coordinator confirms one; nothing is chosen
//! automatically.
//!
//! **Kilometres** ([`metres_per_date`]): each leg (to the event; home again) is driven
//! from the driver's home: home → pick-up → drop-off → home. Distances are the straight
//! line × the municipality's road factor (`ride_setting`, 1.3 in the demo) between
//! village centres and the destination's coordinate; there is no road table and no
//! geocoding of street addresses, so a ride within one village counts as
//! [`MIN_LEG_KM`] per leg.

pub mod demo;
pub mod jobs;
pub mod mail;

use jiff::civil::{Date, Time, Weekday};
use jiff::{Span, ToSpan};

use crate::domain::Coordinate;
use crate::domain::geo::haversine_km;

/// Longest series of weekly rides one request asks for.
pub const MAX_WEEKS: i64 = 12;
/// A criminal-record certificate counts this many months from its date.
pub const RECORD_VALID_MONTHS: i64 = 24;
/// A driver with another pick-up this close on the same day is busy.
pub const BUSY_MINUTES: i64 = 90;
/// The shortest counted leg (a ride within one village).
pub const MIN_LEG_KM: f64 = 2.0;
/// Reminders about vetting go this many days before a date runs out.
pub const VETTING_NOTICE_DAYS: i64 = 30;
/// A rider's personal data is erased this many days after the ride's last date.
pub const RETENTION_DAYS: i64 = 30;

/// A driver as matching sees them.
#[derive(Debug, Clone, PartialEq)]
pub struct Driver {
    pub id: i64,
    pub name: String,
    /// Where the driver lives.
    pub home_town_id: Option<i64>,
    pub home: Option<Coordinate>,
    /// Villages the driver picks up in; empty: anywhere.
    pub towns: Vec<i64>,
    /// Bit 0 = Monday.
    pub weekdays: u8,
    pub from: Time,
    pub to: Time,
    pub record_on: Option<Date>,
    pub licence_until: Option<Date>,
    pub insurance_until: Option<Date>,
    pub active: bool,
}

/// What a ride needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Need {
    pub town_id: Option<i64>,
    pub pickup: Option<Coordinate>,
    pub dates: Vec<Date>,
    pub pickup_out: Time,
    pub pickup_home: Option<Time>,
    /// Drivers of the rider's earlier rides, the most recent first.
    pub earlier_drivers: Vec<i64>,
}

/// A pick-up a driver already has: (driver, date, time).
pub type Booked = (i64, Date, Time);

/// Why a driver is proposed, for the coordinator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    SameDriver,
    SameVillage,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub driver_id: i64,
    pub name: String,
    pub reasons: Vec<Reason>,
    /// From the driver's home to the rider's village, straight line.
    pub km_away: Option<f64>,
}

/// Bit of a weekday in a mask (Monday = bit 0).
pub fn weekday_bit(day: Weekday) -> u8 {
    1 << (day.to_monday_zero_offset() as u8)
}

/// The vetting that is missing or has run out on `date`, as keys (`record`, `licence`,
/// `insurance`); empty when the driver may drive.
pub fn vetting_gaps(d: &Driver, date: Date) -> Vec<&'static str> {
    let mut gaps = Vec::new();
    match d.record_on {
        Some(on) if record_until(on) >= date => {}
        _ => gaps.push("record"),
    }
    if d.licence_until.is_none_or(|u| u < date) {
        gaps.push("licence");
    }
    if d.insurance_until.is_none_or(|u| u < date) {
        gaps.push("insurance");
    }
    gaps
}

/// The last day a criminal-record certificate of `on` counts.
pub fn record_until(on: Date) -> Date {
    on.checked_add(Span::new().months(RECORD_VALID_MONTHS))
        .unwrap_or(on)
}

pub fn vetted_on(d: &Driver, date: Date) -> bool {
    vetting_gaps(d, date).is_empty()
}

fn minutes(t: Time) -> i64 {
    i64::from(t.hour()) * 60 + i64::from(t.minute())
}

/// Whether `d` can take every date of `need` (see the module comment).
pub fn available(d: &Driver, need: &Need, booked: &[Booked]) -> bool {
    if !d.active || need.dates.is_empty() {
        return false;
    }
    let last = need.pickup_home.unwrap_or(need.pickup_out);
    if need.pickup_out < d.from || last > d.to {
        return false;
    }
    if !d.towns.is_empty() && !need.town_id.is_some_and(|t| d.towns.contains(&t)) {
        return false;
    }
    let pickups: Vec<Time> = std::iter::once(need.pickup_out)
        .chain(need.pickup_home)
        .collect();
    need.dates.iter().all(|date| {
        d.weekdays & weekday_bit(date.weekday()) != 0
            && vetted_on(d, *date)
            && !booked.iter().any(|(driver, day, at)| {
                *driver == d.id
                    && day == date
                    && pickups
                        .iter()
                        .any(|p| (minutes(*p) - minutes(*at)).abs() < BUSY_MINUTES)
            })
    })
}

/// The drivers who can take the ride, in the order the coordinator sees them.
pub fn propose(need: &Need, drivers: &[Driver], booked: &[Booked]) -> Vec<Proposal> {
    let mut out: Vec<(usize, Proposal)> = drivers
        .iter()
        .filter(|d| available(d, need, booked))
        .map(|d| {
            let mut reasons = Vec::new();
            let earlier = need.earlier_drivers.iter().position(|e| *e == d.id);
            if earlier.is_some() {
                reasons.push(Reason::SameDriver);
            }
            if need.town_id.is_some() && d.home_town_id == need.town_id {
                reasons.push(Reason::SameVillage);
            }
            let km_away = match (d.home, need.pickup) {
                (Some(a), Some(b)) => Some(haversine_km(a.lat, a.lon, b.lat, b.lon)),
                _ => None,
            };
            (
                earlier.unwrap_or(usize::MAX),
                Proposal {
                    driver_id: d.id,
                    name: d.name.clone(),
                    reasons,
                    km_away,
                },
            )
        })
        .collect();
    out.sort_by(|(ea, a), (eb, b)| {
        ea.cmp(eb)
            .then_with(|| {
                let village = |p: &Proposal| !p.reasons.contains(&Reason::SameVillage);
                village(a).cmp(&village(b))
            })
            .then_with(|| {
                let km = |p: &Proposal| p.km_away.unwrap_or(f64::MAX);
                km(a).total_cmp(&km(b))
            })
            .then_with(|| a.driver_id.cmp(&b.driver_id))
    });
    out.into_iter().map(|(_, p)| p).collect()
}

/// Weekly dates from `first`: `weeks` of them (1 = once), at most [`MAX_WEEKS`].
pub fn weekly_dates(first: Date, weeks: i64) -> Vec<Date> {
    (0..weeks.clamp(1, MAX_WEEKS))
        .filter_map(|w| first.checked_add((w * 7).days()).ok())
        .collect()
}

/// For an event: its own dates from `first` on, at most `weeks` of them; `occurrences`
/// are (date, cancelled) in order.
pub fn event_dates(first: Date, weeks: i64, occurrences: &[(Date, bool)]) -> Vec<Date> {
    occurrences
        .iter()
        .filter(|(d, cancelled)| *d >= first && !cancelled)
        .map(|(d, _)| *d)
        .take(weeks.clamp(1, MAX_WEEKS) as usize)
        .collect()
}

fn km(a: Option<Coordinate>, b: Option<Coordinate>) -> f64 {
    match (a, b) {
        (Some(a), Some(b)) => haversine_km(a.lat, a.lon, b.lat, b.lon),
        _ => 0.0,
    }
}

/// Metres a driver drives for one date: each leg home → pick-up → drop-off → home, by
/// the straight line × `road_factor`; a leg is at least [`MIN_LEG_KM`].
pub fn metres_per_date(
    home: Option<Coordinate>,
    pickup: Option<Coordinate>,
    destination: Option<Coordinate>,
    legs: i64,
    road_factor: f64,
) -> i64 {
    let leg = (km(home, pickup) + km(pickup, destination) + km(destination, home)) * road_factor;
    (leg.max(MIN_LEG_KM) * 1000.0 * legs as f64).round() as i64
}

/// Mileage in øre for `metres` at `rate_ore_per_km`, rounded to whole øre.
pub fn mileage_ore(metres: i64, rate_ore_per_km: i64) -> i64 {
    (metres * rate_ore_per_km + 500) / 1000
}

/// "1.234,56" — kroner from øre, Danish style.
pub fn kroner(ore: i64) -> String {
    let kr = ore / 100;
    let digits = kr.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(c);
    }
    format!("{grouped},{:02}", ore % 100)
}

/// "12,3" — kilometres from metres, one decimal, Danish style.
pub fn km_text(metres: i64) -> String {
    let tenths = (metres + 50) / 100;
    format!("{},{}", tenths / 10, tenths % 10)
}

/// The digits of a phone number: a rider's key for "the same driver again".
pub fn phone_key(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    // +45 12345678 and 12345678 are the same Danish number.
    match digits.strip_prefix("45") {
        Some(rest) if rest.len() == 8 => rest.to_owned(),
        _ => digits,
    }
}

/// A vetting date that runs out within [`VETTING_NOTICE_DAYS`] of `today` (or has run
/// out): (what, the last valid day).
pub fn vetting_due(d: &Driver, today: Date) -> Vec<(&'static str, Date)> {
    let soon = today
        .checked_add(VETTING_NOTICE_DAYS.days())
        .unwrap_or(today);
    [
        ("record", d.record_on.map(record_until)),
        ("licence", d.licence_until),
        ("insurance", d.insurance_until),
    ]
    .into_iter()
    .filter_map(|(what, until)| until.map(|u| (what, u)))
    .filter(|(_, until)| *until <= soon)
    .collect()
}

pub use crate::format::parse_date;

/// The weekdays in a mask as Danish day codes (`MO,TU`) — the form's values.
pub const DAY_CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

pub fn mask_from_codes(codes: &[String]) -> u8 {
    DAY_CODES
        .iter()
        .enumerate()
        .filter(|(_, c)| codes.iter().any(|x| x == *c))
        .fold(0, |m, (i, _)| m | (1 << i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    fn at(lat: f64, lon: f64) -> Option<Coordinate> {
        Some(Coordinate { lat, lon })
    }

    fn driver(id: i64, home_town: i64, home: Option<Coordinate>) -> Driver {
        Driver {
            id,
            name: format!("Chauffør {id}"),
            home_town_id: Some(home_town),
            home,
            towns: Vec::new(),
            weekdays: 0b0011111,
            from: time(8, 0, 0, 0),
            to: time(17, 0, 0, 0),
            record_on: Some(date(2026, 1, 1)),
            licence_until: Some(date(2030, 1, 1)),
            insurance_until: Some(date(2030, 1, 1)),
            active: true,
        }
    }

    fn need(dates: Vec<Date>) -> Need {
        Need {
            town_id: Some(1),
            pickup: at(55.80, 11.40),
            dates,
            pickup_out: time(13, 30, 0, 0),
            pickup_home: Some(time(16, 0, 0, 0)),
            earlier_drivers: Vec::new(),
        }
    }

    // 1 December 2026 is a Tuesday.
    const TUESDAY: Date = date(2026, 12, 1);

    #[test]
    fn weekly_dates_keep_the_weekday_and_the_cap() {
        let d = weekly_dates(TUESDAY, 3);
        assert_eq!(d, vec![TUESDAY, date(2026, 12, 8), date(2026, 12, 15)]);
        assert_eq!(weekly_dates(TUESDAY, 0), vec![TUESDAY]);
        assert_eq!(weekly_dates(TUESDAY, 50).len(), MAX_WEEKS as usize);
    }

    #[test]
    fn event_dates_skip_cancelled_and_earlier_occurrences() {
        let occ = [
            (date(2026, 11, 24), false),
            (TUESDAY, false),
            (date(2026, 12, 8), true),
            (date(2026, 12, 15), false),
            (date(2026, 12, 22), false),
        ];
        assert_eq!(
            event_dates(TUESDAY, 2, &occ),
            vec![TUESDAY, date(2026, 12, 15)]
        );
    }

    #[test]
    fn the_same_driver_again_then_the_village_then_the_nearest() {
        let far = driver(1, 9, at(55.95, 11.70));
        let village = driver(2, 1, at(55.81, 11.41));
        let near = driver(3, 7, at(55.80, 11.45));
        let earlier = driver(4, 8, at(55.90, 11.60));
        let mut n = need(vec![TUESDAY]);
        let all = [far.clone(), village.clone(), near.clone(), earlier.clone()];
        let order = |n: &Need| {
            propose(n, &all, &[])
                .iter()
                .map(|p| p.driver_id)
                .collect::<Vec<_>>()
        };
        assert_eq!(order(&n), vec![2, 3, 4, 1]);
        n.earlier_drivers = vec![4];
        assert_eq!(order(&n), vec![4, 2, 3, 1]);
        let first = &propose(&n, &all, &[])[0];
        assert_eq!(first.reasons, vec![Reason::SameDriver]);
    }

    #[test]
    fn availability_days_hours_villages_vetting_and_other_rides() {
        let n = need(vec![TUESDAY, date(2026, 12, 8)]);
        let ok = driver(1, 1, None);
        assert!(available(&ok, &n, &[]));
        let no_tuesdays = Driver {
            weekdays: 0b0000001,
            ..ok.clone()
        };
        assert!(!available(&no_tuesdays, &n, &[]));
        let mornings = Driver {
            to: time(12, 0, 0, 0),
            ..ok.clone()
        };
        assert!(!available(&mornings, &n, &[]));
        let elsewhere = Driver {
            towns: vec![5, 6],
            ..ok.clone()
        };
        assert!(!available(&elsewhere, &n, &[]));
        let here = Driver {
            towns: vec![1],
            ..ok.clone()
        };
        assert!(available(&here, &n, &[]));
        // The certificate runs out between the two dates.
        let old = Driver {
            record_on: Some(date(2024, 12, 5)),
            ..ok.clone()
        };
        assert!(!available(&old, &n, &[]));
        let inactive = Driver {
            active: false,
            ..ok.clone()
        };
        assert!(!available(&inactive, &n, &[]));
        // Another pick-up at 15.00 on the second date: busy; at 10.00: free.
        assert!(!available(
            &ok,
            &n,
            &[(1, date(2026, 12, 8), time(15, 0, 0, 0))]
        ));
        assert!(available(
            &ok,
            &n,
            &[(1, date(2026, 12, 8), time(10, 0, 0, 0))]
        ));
        assert!(available(&ok, &n, &[(2, TUESDAY, time(13, 30, 0, 0))]));
    }

    #[test]
    fn vetting_gaps_and_reminders() {
        let d = driver(1, 1, None);
        assert!(vetting_gaps(&d, TUESDAY).is_empty());
        assert_eq!(record_until(date(2026, 1, 1)), date(2028, 1, 1));
        let lapsed = Driver {
            licence_until: None,
            insurance_until: Some(date(2026, 11, 30)),
            ..d.clone()
        };
        assert_eq!(vetting_gaps(&lapsed, TUESDAY), vec!["licence", "insurance"]);
        let soon = Driver {
            insurance_until: Some(date(2026, 12, 20)),
            ..d.clone()
        };
        assert_eq!(
            vetting_due(&soon, TUESDAY),
            vec![("insurance", date(2026, 12, 20))]
        );
        assert!(vetting_due(&d, TUESDAY).is_empty());
    }

    #[test]
    fn kilometres_and_mileage() {
        // Home and pick-up in one village, the destination 10 km away: 2 × 10 km per leg.
        let home = at(55.80, 11.40);
        let dest = at(55.80 + 10.0 / 111.2, 11.40);
        let m = metres_per_date(home, home, dest, 2, 1.0);
        assert!((39_900..40_100).contains(&m), "{m}");
        assert_eq!(metres_per_date(home, home, home, 1, 1.3), 2000);
        assert_eq!(
            metres_per_date(home, home, dest, 1, 1.3),
            (m as f64 / 2.0 * 1.3).round() as i64
        );
        assert_eq!(mileage_ore(10_000, 379), 3790);
        assert_eq!(mileage_ore(1_500, 379), 569);
        assert_eq!(kroner(12_345_678), "123.456,78");
        assert_eq!(kroner(5), "0,05");
        assert_eq!(km_text(12_345), "12,3");
    }

    #[test]
    fn phone_keys_match_with_and_without_the_country_code() {
        assert_eq!(phone_key("+45 12 34 56 78"), "12345678");
        assert_eq!(phone_key("12 34 56 78"), "12345678");
        assert_eq!(phone_key("+46 70 123 45 67"), "46701234567");
    }

    #[test]
    fn day_codes_to_mask() {
        assert_eq!(mask_from_codes(&["MO".into(), "TU".into()]), 0b11);
        assert_eq!(weekday_bit(Weekday::Sunday), 0b1000000);
    }
}
