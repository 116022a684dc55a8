//! The community calendar: the public calendar, event pages, feeds and sign-ups, and the organisers' tools.

pub mod organiser;
pub mod public;

use crate::web::routes::Routes;

/// This feature's routes, each with its access rule.
pub fn routes(r: Routes) -> Routes {
    let r = public::routes(r);
    organiser::routes(r)
}
