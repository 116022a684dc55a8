//! Association days: the plan to print (`/admin/foreningsdag/{id}/plan`), a page per
//! class (which group goes where; first names until housekeeping blanks them the day after)
//! and a page per association (who comes in each slot).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use crate::store::schools::days::{Activity, Status};
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::page::render_page;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

use super::days::{day_for, long_date, visits};

pub fn routes(r: Routes) -> Routes {
    r.get("/admin/foreningsdag/{id}/plan", Access::Teacher, plan)
}

// ---- the plan to print ----

/// A class's page of the plan: a row per group (first names, or "4 pupils" once they are
/// gone) with where it goes in each slot.
struct ClassPlan {
    class: String,
    rows: Vec<(String, Vec<String>)>,
}

/// An association's page: its activity, room, and who comes in each slot.
struct AssociationPlan {
    heading: String,
    room: String,
    rows: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "schools/day_plan.html")]
struct PlanPage {
    chrome: Chrome,
    title: String,
    date: String,
    back: String,
    slots: Vec<String>,
    classes: Vec<ClassPlan>,
    associations: Vec<AssociationPlan>,
}

async fn plan(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, HttpError> {
    use fluent_templates::fluent_bundle::FluentValue;
    let (day, school) = day_for(&state, &who, served.municipality.id, id).await?;
    let slots = state.store.day_slots(day.id).await?;
    let classes = state.store.day_classes(day.id).await?;
    let groups = state.store.day_groups(day.id).await?;
    let activities: Vec<Activity> = state
        .store
        .day_activities(day.id)
        .await?
        .into_iter()
        .filter(|a| a.status == Status::Accepted)
        .collect();
    let pupils = |n: i64| {
        chrome
            .lang
            .t_with("days-pupils", &[("pupils", FluentValue::from(n))])
    };
    let where_to = |activity: i64| {
        activities
            .iter()
            .find(|a| a.id == activity)
            .map(|a| {
                let room = a.room.as_ref().map(|r| r.1.as_str()).unwrap_or_default();
                format!("{}: {} ({room})", a.organisation, a.title)
            })
            .unwrap_or_default()
    };
    let class_plans = classes
        .iter()
        .map(|c| ClassPlan {
            class: c.label.clone(),
            rows: groups
                .iter()
                .filter(|g| g.class_id == c.class_id)
                .map(|g| {
                    let who = if g.names.is_empty() {
                        pupils(g.size)
                    } else {
                        crate::format::listing(chrome.lang, &g.names)
                    };
                    let cells = slots
                        .iter()
                        .map(|s| {
                            g.choices
                                .iter()
                                .find(|(slot, _)| *slot == s.id)
                                .map(|(_, a)| where_to(*a))
                                .unwrap_or_default()
                        })
                        .collect();
                    (who, cells)
                })
                .collect(),
        })
        .collect();
    let association_plans = activities
        .iter()
        .map(|a| AssociationPlan {
            heading: format!("{}: {}", a.organisation, a.title),
            room: a.room.as_ref().map(|r| r.1.clone()).unwrap_or_default(),
            rows: visits(&slots, &classes, &groups, a.id)
                .into_iter()
                .map(|v| {
                    let who: Vec<String> = v
                        .classes
                        .iter()
                        .map(|(c, n)| format!("{c}: {}", pupils(*n)))
                        .collect();
                    let who = if who.is_empty() {
                        chrome.t("days-nobody-yet")
                    } else {
                        crate::format::listing(chrome.lang, &who)
                    };
                    (v.slot, who)
                })
                .collect(),
        })
        .collect();
    let page = PlanPage {
        title: format!("{} · {}", day.title, school.name),
        date: long_date(&chrome, &day.day),
        back: chrome.href(&format!("/admin/foreningsdag/{id}")),
        slots: slots.iter().map(|s| s.slot.label()).collect(),
        classes: class_plans,
        associations: association_plans,
        chrome,
    };
    render_page(&page, StatusCode::OK)
}
