//! The Social Vejviser's pages: search and landing pages, offer pages, the printed guide, the map, the JSON API, suggestions and members' offer forms, organisations, and moderation.

pub mod api;
pub mod map;
pub mod moderation;
pub mod offer;
pub mod organisation;
pub mod print;
pub mod submit;
pub mod vejviser;

use crate::web::routes::Routes;

/// This feature's routes, each with its access rule.
pub fn routes(r: Routes) -> Routes {
    let r = vejviser::routes(r);
    let r = offer::routes(r);
    let r = print::routes(r);
    let r = map::routes(r);
    let r = api::routes(r);
    let r = organisation::routes(r);
    let r = submit::routes(r);
    moderation::routes(r)
}
