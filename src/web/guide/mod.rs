//! The personal guide ("Find dit fællesskab") and the self-check.

pub mod selfcheck;
pub mod steps;

use crate::web::routes::Routes;

/// This feature's routes, each with its access rule.
pub fn routes(r: Routes) -> Routes {
    let r = selfcheck::routes(r);
    steps::routes(r)
}
