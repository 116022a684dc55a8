//! Ambassadors: the public list and profiles, administrators' tools, and requests to an ambassador.

pub mod admin;
pub mod public;
pub mod requests;

use crate::web::routes::Routes;

/// This feature's routes, each with its access rule.
pub fn routes(r: Routes) -> Routes {
    let r = public::routes(r);
    let r = admin::routes(r);
    requests::routes(r)
}
