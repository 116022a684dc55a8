//! Den Glade Bus: the timetable and stop pages, the live page and the crew's page, the bell, and staff planning (plan, crew's day, stops, pauses).

pub mod bell;
pub mod live;
pub mod pauses;
pub mod plan;
pub mod settings;
pub mod stops;
pub mod timetable;

use axum::response::{IntoResponse, Redirect, Response};

use crate::bus::Pause;
use crate::format::day_of_year;
use crate::web::chrome::Chrome;
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

pub fn back(chrome: &Chrome, what: &str) -> Response {
    Redirect::to(&chrome.href(&format!("/admin/bussen?gemt={what}"))).into_response()
}

/// "1. juli–31. juli".
pub fn span(lang: crate::i18n::Lang, p: &Pause) -> String {
    format!("{}–{}", day_of_year(lang, p.from), day_of_year(lang, p.to))
}
