//! The community calendar: the public calendar, event pages, feeds and sign-ups, and the organisers' tools.

pub mod organiser;
pub mod public;

use jiff::civil::{Date, DateTime};

use crate::calendar::{Event, Occurrence};
use crate::web::error::HttpError;
use crate::web::routes::Routes;

/// This feature's routes, each with its access rule.
pub fn routes(r: Routes) -> Routes {
    let r = public::routes(r);
    organiser::routes(r)
}

/// The query of the calendar's event pages, public and organisers': `dato` names an
/// occurrence by its original date, `ok` says what was just done (organisers' notices).
#[derive(serde::Deserialize, Default)]
pub struct DateQuery {
    #[serde(default)]
    pub dato: String,
    #[serde(default)]
    pub ok: String,
}

impl DateQuery {
    /// The occurrence named by `dato`; without one, the next that has not ended (or the
    /// first, when all have). A date that is not a date is a 400, one the event does not
    /// have a 404.
    pub fn occurrence(&self, event: &Event, now: DateTime) -> Result<Occurrence, HttpError> {
        if self.dato.is_empty() {
            return event
                .next_occurrence(now)
                .or_else(|| event.occurrence(event.start.date()))
                .ok_or(HttpError::NotFound);
        }
        let date: Date = self.dato.parse().map_err(|_| HttpError::BadRequest {
            code: "bad_date",
            key: "calendar-error-date",
        })?;
        event.occurrence(date).ok_or(HttpError::NotFound)
    }
}
