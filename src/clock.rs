//! The one clock the program reads. Every "now" and every "today" — sessions, form tokens,
//! the calendar, the demo's dates, jobs, the bus — comes from the [`Clock`] in
//! `Config::clock`, which the [`crate::store::Store`] carries too. In a server it is the
//! system clock. A test gives its servers a clock that starts at a chosen moment and runs
//! at real speed ([`Clock::starting_at`]), so nothing depends on the day the suite runs,
//! or one that stands still until the test moves it ([`Clock::simulated`]), to drive a
//! whole day of touring in seconds (`tests/bus_live.rs`).

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Instant;

use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};

#[derive(Clone, Default)]
pub struct Clock(Kind);

#[derive(Clone, Default)]
enum Kind {
    #[default]
    System,
    /// Stands at the stored millisecond until moved.
    Simulated(Arc<AtomicI64>),
    /// Started at a moment and runs at real speed from the instant it was made.
    Started { at: Timestamp, since: Instant },
}

impl Clock {
    /// The system clock.
    pub fn system() -> Clock {
        Clock(Kind::System)
    }

    /// A clock standing still at `at` until [`Clock::set`] moves it.
    pub fn simulated(at: Timestamp) -> Clock {
        Clock(Kind::Simulated(Arc::new(AtomicI64::new(
            at.as_millisecond(),
        ))))
    }

    /// A clock that reads `at` now and runs at real speed from here.
    pub fn starting_at(at: Timestamp) -> Clock {
        Clock(Kind::Started {
            at,
            since: Instant::now(),
        })
    }

    pub fn now(&self) -> Timestamp {
        match &self.0 {
            Kind::System => Timestamp::now(),
            Kind::Simulated(ms) => Timestamp::from_millisecond(ms.load(Ordering::SeqCst))
                .unwrap_or(Timestamp::UNIX_EPOCH),
            Kind::Started { at, since } => {
                let run = SignedDuration::try_from(since.elapsed()).unwrap_or_default();
                at.checked_add(run).unwrap_or(*at)
            }
        }
    }

    /// Seconds since the Unix epoch, as the database stores times.
    pub fn unix(&self) -> i64 {
        self.now().as_second()
    }

    /// Today's date in Copenhagen, the municipality's time zone.
    pub fn today(&self) -> Date {
        self.now()
            .to_zoned_datetime(crate::format::copenhagen())
            .date()
    }

    /// Moves a simulated clock; the other clocks ignore it.
    pub fn set(&self, at: Timestamp) {
        if let Kind::Simulated(ms) = &self.0 {
            ms.store(at.as_millisecond(), Ordering::SeqCst);
        }
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Kind::System => f.write_str("Clock::system"),
            Kind::Simulated(_) => write!(f, "Clock::simulated({})", self.now()),
            Kind::Started { at, .. } => write!(f, "Clock::starting_at({at})"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_simulated_clock_moves_only_when_set() {
        let start: Timestamp = "2026-12-01T09:00:00Z".parse().unwrap();
        let clock = Clock::simulated(start);
        assert_eq!(clock.now(), start);
        let later: Timestamp = "2026-12-01T09:10:30Z".parse().unwrap();
        clock.set(later);
        assert_eq!(clock.now(), later);
        // The system clock ignores `set`.
        let past: Timestamp = "2020-01-01T00:00:00Z".parse().unwrap();
        let system = Clock::system();
        system.set(past);
        assert!(system.now() > past);
    }

    #[test]
    fn a_started_clock_runs_from_its_moment() {
        let start: Timestamp = "2030-06-15T10:00:00Z".parse().unwrap();
        let clock = Clock::starting_at(start);
        let read = clock.now();
        assert!(read >= start && read < start + SignedDuration::from_secs(60));
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert!(clock.now() > read, "it runs");
        clock.set("2020-01-01T00:00:00Z".parse().unwrap());
        assert!(clock.now() > read, "set moves only a simulated clock");
    }

    #[test]
    fn today_is_the_date_in_copenhagen_not_utc() {
        // 23:30 UTC on Saturday is 00:30 on Sunday in Copenhagen (winter time).
        let clock = Clock::simulated("2026-12-05T23:30:00Z".parse().unwrap());
        assert_eq!(clock.today(), jiff::civil::date(2026, 12, 6));
        assert_eq!(clock.unix(), 1_796_513_400);
    }
}
