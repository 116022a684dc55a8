//! The time the bus's live parts read. In a server it is the system clock; a test can
//! replace it with a simulated one and drive a whole day of touring in seconds
//! (`tests/bus_live.rs`). Only the parts that depend on "now" for the bus use it; the rest
//! of the program reads the system clock directly.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use jiff::Timestamp;

#[derive(Clone, Default)]
pub struct Clock(Option<Arc<AtomicI64>>);

impl Clock {
    /// The system clock.
    pub fn system() -> Clock {
        Clock(None)
    }

    /// A clock standing still at `at` until [`Clock::set`] moves it.
    pub fn simulated(at: Timestamp) -> Clock {
        Clock(Some(Arc::new(AtomicI64::new(at.as_millisecond()))))
    }

    pub fn now(&self) -> Timestamp {
        match &self.0 {
            None => Timestamp::now(),
            Some(ms) => Timestamp::from_millisecond(ms.load(Ordering::SeqCst))
                .unwrap_or(Timestamp::UNIX_EPOCH),
        }
    }

    /// Moves a simulated clock; the system clock ignores it.
    pub fn set(&self, at: Timestamp) {
        if let Some(ms) = &self.0 {
            ms.store(at.as_millisecond(), Ordering::SeqCst);
        }
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            None => f.write_str("Clock::system"),
            Some(_) => write!(f, "Clock::simulated({})", self.now()),
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
}
