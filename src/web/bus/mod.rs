//! Den Glade Bus: the timetable and stop pages, the live page and the crew's page, the bell, and staff planning (plan, crew's day, stops, pauses).

pub mod bell;
pub mod live;
pub mod pauses;
pub mod plan;
pub mod settings;
pub mod stops;
pub mod timetable;

use crate::web::routes::Routes;

/// This feature's routes, each with its access rule.
pub fn routes(r: Routes) -> Routes {
    let r = timetable::routes(r);
    let r = live::routes(r);
    let r = plan::routes(r);
    let r = settings::routes(r);
    let r = stops::routes(r);
    let r = pauses::routes(r);
    bell::routes(r)
}
