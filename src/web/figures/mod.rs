//! Figures: `/tal`, the public page of figures (the municipality against the nation, the
//! path to half by 2040, each indicator's source and what it cannot say), its CSV and
//! JSON, and the staff's import of the health profile's figures at `/admin/tal`.

pub mod admin;
pub mod public;
pub mod sammen;

use crate::web::routes::Routes;

/// This feature's routes, each with its access rule.
pub fn routes(r: Routes) -> Routes {
    let r = public::routes(r);
    admin::routes(r)
}
