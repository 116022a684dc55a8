//! Association days, the staff side (the pupils' pages are in `pupils.rs`).
//!
//! - `/admin/skole/{id}/foreningsdage`: a school's days and the form to plan one (time
//!   slots, rooms, the classes taking part) — a teacher of the school or an administrator.
//! - `/admin/foreningsdag/{id}`: the day's desk: each class's code, the associations'
//!   applications (accept into a room, or decline), choosing open or closed, "send the
//!   timetables" (one mail per association, queued with the audit line in one transaction).
//!
//! The plan to print is in `day_plan.rs`, the associations' side in `day_apply.rs`, the
//! pupils' in `day_pupils.rs`.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::accounts::Principal;
use crate::schools::days::{self as model, DayDraft, MAX_ROOM_NAME, MAX_TITLE, Timetable, Visit};
use crate::store::StoreError;
use crate::store::audit::Actor;
use crate::store::outbox::NewMail;
use crate::store::schools::School;
use crate::store::schools::days::{Activity, AssociationDay, DayClass, DaySlot, Group, Status};
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::page::{FormPage, once, render_page};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

use super::may_see;

pub fn routes(r: Routes) -> Routes {
    r.get(
        "/admin/skole/{id}/foreningsdage",
        Access::Teacher,
        days_page,
    )
    .post("/admin/skole/{id}/foreningsdage", Access::Teacher, add_day)
    .get("/admin/foreningsdag/{id}", Access::Teacher, desk)
    .post("/admin/foreningsdag/{id}", Access::Teacher, desk_post)
    .get(
        "/admin/foreningsdag/{id}/ansoegning/{activity}",
        Access::Teacher,
        decide_page,
    )
    .post(
        "/admin/foreningsdag/{id}/ansoegning/{activity}",
        Access::Teacher,
        decide,
    )
}

pub(super) fn notice(chrome: &Chrome, params: &HashMap<String, String>) -> Option<String> {
    params
        .get("ok")
        .and_then(|k| match k.as_str() {
            "dag" => Some("days-done-day"),
            "godkendt" => Some("days-done-accepted"),
            "afvist" => Some("days-done-declined"),
            "aaben" => Some("days-done-open"),
            "lukket" => Some("days-done-closed"),
            "sendt" => Some("days-done-sent"),
            "ansoegt" => Some("days-done-applied"),
            _ => None,
        })
        .map(|k| chrome.t(k))
}

pub(super) fn long_date(chrome: &Chrome, day: &str) -> String {
    crate::format::parse_date(day)
        .map(|d| crate::format::day(chrome.lang, d))
        .unwrap_or_else(|| day.to_owned())
}

/// The day and its school, when this person is a teacher of the school or an administrator.
pub(super) async fn day_for(
    state: &AppState,
    who: &Principal,
    municipality: i64,
    id: i64,
) -> Result<(AssociationDay, School), HttpError> {
    let day = state.store.association_day(municipality, id).await?;
    let school = state.store.school(municipality, day.school_id).await?;
    may_see(state, who, &school).await?;
    Ok((day, school))
}

// ---- a school's days ----

#[derive(Template)]
#[template(path = "schools/days.html")]
struct DaysPage {
    chrome: Chrome,
    title: String,
    school: (String, String),
    /// (link, title, date).
    days: Vec<(String, String, String)>,
    form: FormView,
}

async fn day_form(
    state: &AppState,
    chrome: &Chrome,
    school: &School,
    draft: &DayDraft,
) -> Result<FormView, HttpError> {
    let classes: Vec<(String, String)> = state
        .store
        .classes(school.id)
        .await?
        .iter()
        .map(|c| (c.id.to_string(), c.label()))
        .collect();
    let chosen: Vec<String> = draft.classes.iter().map(i64::to_string).collect();
    Ok(FormView::new(
        state,
        chrome,
        &format!("/admin/skole/{}/foreningsdage", school.id),
    )
    .field(
        Field::new(Kind::Text, "titel", chrome.t("days-label-title"))
            .value(draft.title.clone())
            .max(MAX_TITLE)
            .required(),
    )
    .field(
        Field::new(Kind::Text, "dato", chrome.t("days-label-date"))
            .hint(chrome.t("days-hint-date"))
            .value(draft.date.clone())
            .max(10)
            .required(),
    )
    .field(
        Field::new(Kind::TextArea, "tidsrum", chrome.t("days-label-slots"))
            .hint(chrome.t("days-hint-slots"))
            .value(draft.slots.clone())
            .max(200)
            .required(),
    )
    .field(
        Field::new(Kind::TextArea, "lokaler", chrome.t("days-label-rooms"))
            .hint(chrome.t("days-hint-rooms"))
            .value(draft.rooms.clone())
            .max(model::MAX_ROOMS * (MAX_ROOM_NAME + 2))
            .required(),
    )
    .field(
        Field::new(Kind::Checkboxes, "klasser", chrome.t("days-label-classes"))
            .choices(classes, &chosen),
    )
    .button("handling", "opret", chrome.t("days-add"), false))
}

async fn render_days(
    state: &AppState,
    chrome: Chrome,
    school: &School,
    form: FormView,
    status: StatusCode,
) -> Result<Response, HttpError> {
    let days = state
        .store
        .school_days(school.id)
        .await?
        .into_iter()
        .map(|d| {
            (
                chrome.href(&format!("/admin/foreningsdag/{}", d.id)),
                d.title,
                long_date(&chrome, &d.day),
            )
        })
        .collect();
    let page = DaysPage {
        title: chrome.t("days-title"),
        school: (
            chrome.href(&format!("/admin/skole/{}", school.id)),
            school.name.clone(),
        ),
        days,
        form,
        chrome,
    };
    render_page(&page, status)
}

async fn days_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, HttpError> {
    let school = state.store.school(served.municipality.id, id).await?;
    may_see(&state, &who, &school).await?;
    let form = day_form(&state, &chrome, &school, &DayDraft::default()).await?;
    render_days(&state, chrome, &school, form, StatusCode::OK).await
}

async fn add_day(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    let school = state.store.school(municipality, id).await?;
    may_see(&state, &who, &school).await?;
    let draft = DayDraft {
        title: form.get("titel").chars().take(MAX_TITLE + 1).collect(),
        date: form.get("dato").chars().take(20).collect(),
        slots: form.get("tidsrum").chars().take(400).collect(),
        rooms: form.get("lokaler").chars().take(4000).collect(),
        classes: form
            .all("klasser")
            .iter()
            .filter_map(|c| c.parse().ok())
            .collect(),
    };
    let classes: Vec<i64> = state
        .store
        .classes(school.id)
        .await?
        .iter()
        .map(|c| c.id)
        .collect();
    let day = match draft.check(state.clock().today(), &classes) {
        Ok(day) => day,
        Err(errors) => {
            let view = day_form(&state, &chrome, &school, &draft)
                .await?
                .with_errors(&chrome, &errors);
            return render_days(&state, chrome, &school, view, StatusCode::BAD_REQUEST).await;
        }
    };
    let by = Actor::Account(who.account_id);
    once(&state, &form, || async {
        let day_id = state
            .store
            .add_association_day(municipality, school.id, &day, by)
            .await?;
        let to = chrome.href(&format!("/admin/foreningsdag/{day_id}?ok=dag"));
        Ok((Redirect::to(&to).into_response(), to))
    })
    .await
}

// ---- the day's desk ----

/// An application as the desk lists it, with the link to decide it.
struct DeskActivity {
    link: String,
    organisation: String,
    title: String,
    facts: String,
    status: String,
    room: String,
}

#[derive(Template)]
#[template(path = "schools/day.html")]
struct DeskPage {
    chrome: Chrome,
    notice: Option<String>,
    title: String,
    date: String,
    school: (String, String),
    /// (class, code, groups, pupils).
    classes: Vec<(String, String, i64, i64)>,
    pupils_url: String,
    choosing: String,
    choosing_form: FormView,
    activities: Vec<DeskActivity>,
    plan: String,
    sent: Option<String>,
    send_form: FormView,
}

fn room_choices(rooms: &[(i64, String)]) -> Vec<(String, String)> {
    rooms
        .iter()
        .map(|(id, name)| (id.to_string(), name.clone()))
        .collect()
}

fn decide_form(
    state: &AppState,
    chrome: &Chrome,
    day: i64,
    a: &Activity,
    rooms: &[(i64, String)],
) -> FormView {
    let chosen = a
        .room
        .as_ref()
        .map(|r| r.0.to_string())
        .or_else(|| rooms.first().map(|r| r.0.to_string()))
        .unwrap_or_default();
    FormView::new(
        state,
        chrome,
        &format!("/admin/foreningsdag/{day}/ansoegning/{}", a.id),
    )
    .field(
        Field::new(Kind::Select, "lokale", chrome.t("days-label-room"))
            .choices(room_choices(rooms), &[chosen]),
    )
    .button("handling", "godkend", chrome.t("days-accept"), false)
    .button("handling", "afvis", chrome.t("days-decline"), true)
}

pub(super) fn kind_facts(chrome: &Chrome, a: &Activity) -> String {
    use fluent_templates::fluent_bundle::FluentValue;
    format!(
        "{} · {}",
        chrome.t(a.kind.key()),
        chrome
            .lang
            .t_with("days-places", &[("places", FluentValue::from(a.places))])
    )
}

async fn render_desk(
    state: &AppState,
    chrome: Chrome,
    day: &AssociationDay,
    school: &School,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response, HttpError> {
    let groups = state.store.day_groups(day.id).await?;
    let classes = state
        .store
        .day_classes(day.id)
        .await?
        .into_iter()
        .map(|c| {
            let of: Vec<&Group> = groups.iter().filter(|g| g.class_id == c.class_id).collect();
            let pupils = of.iter().map(|g| g.size).sum();
            (c.label, c.code, of.len() as i64, pupils)
        })
        .collect();
    let activities = state
        .store
        .day_activities(day.id)
        .await?
        .iter()
        .map(|a| DeskActivity {
            link: chrome.href(&format!(
                "/admin/foreningsdag/{}/ansoegning/{}",
                day.id, a.id
            )),
            organisation: a.organisation.clone(),
            title: a.title.clone(),
            facts: kind_facts(&chrome, a),
            status: chrome.t(a.status.key()),
            room: a.room.as_ref().map(|r| r.1.clone()).unwrap_or_default(),
        })
        .collect();
    let here = format!("/admin/foreningsdag/{}", day.id);
    let choosing_form = if day.choosing {
        FormView::new(state, &chrome, &here).button("handling", "luk", chrome.t("days-close"), true)
    } else {
        FormView::new(state, &chrome, &here).button(
            "handling",
            "aabn",
            chrome.t("days-open"),
            false,
        )
    };
    let send_form = FormView::new(state, &chrome, &here).button(
        "handling",
        "send",
        chrome.t("days-send"),
        false,
    );
    let page = DeskPage {
        notice,
        title: day.title.clone(),
        date: long_date(&chrome, &day.day),
        school: (
            chrome.href(&format!("/admin/skole/{}/foreningsdage", school.id)),
            school.name.clone(),
        ),
        classes,
        pupils_url: chrome.href("/foreningsdag"),
        choosing: chrome.t(if day.choosing {
            "days-choosing-open"
        } else {
            "days-choosing-closed"
        }),
        choosing_form,
        activities,
        plan: chrome.href(&format!("{here}/plan")),
        sent: day.plan_sent_at.and_then(|at| {
            jiff::Timestamp::from_second(at)
                .ok()
                .map(|t| crate::format::moment(chrome.lang, t))
        }),
        send_form,
        chrome,
    };
    render_page(&page, status)
}

async fn desk(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let (day, school) = day_for(&state, &who, served.municipality.id, id).await?;
    let notice = notice(&chrome, &params);
    render_desk(&state, chrome, &day, &school, notice, StatusCode::OK).await
}

async fn desk_post(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    let (day, school) = day_for(&state, &who, municipality, id).await?;
    let by = Actor::Account(who.account_id);
    let here = chrome.href(&format!("/admin/foreningsdag/{id}"));
    match form.get("handling") {
        action @ ("aabn" | "luk") => {
            let open = action == "aabn";
            once(&state, &form, || async {
                state.store.set_choosing(municipality, id, open, by).await?;
                let to = format!("{here}?ok={}", if open { "aaben" } else { "lukket" });
                Ok((Redirect::to(&to).into_response(), to))
            })
            .await
        }
        "send" => {
            let mails = timetable_mails(&state, municipality, &day, &school).await?;
            once(&state, &form, || async {
                state
                    .store
                    .send_day_plan(municipality, id, &mails, by)
                    .await?;
                let to = format!("{here}?ok=sendt");
                Ok((Redirect::to(&to).into_response(), to))
            })
            .await
        }
        _ => Err(HttpError::BadRequest {
            code: "bad_action",
            key: "schools-error-action",
        }),
    }
}

/// Who comes to each accepted activity in each slot: (class label, pupils) per slot.
pub(super) fn visits(
    slots: &[DaySlot],
    classes: &[DayClass],
    groups: &[Group],
    activity: i64,
) -> Vec<Visit> {
    slots
        .iter()
        .map(|s| Visit {
            slot: s.slot.label(),
            classes: classes
                .iter()
                .filter_map(|c| {
                    let n: i64 = groups
                        .iter()
                        .filter(|g| {
                            g.class_id == c.class_id && g.choices.contains(&(s.id, activity))
                        })
                        .map(|g| g.size)
                        .sum();
                    (n > 0).then(|| (c.label.clone(), n))
                })
                .collect(),
        })
        .collect()
}

/// One mail per member of each accepted association, with its timetable.
async fn timetable_mails(
    state: &AppState,
    municipality: i64,
    day: &AssociationDay,
    school: &School,
) -> Result<Vec<NewMail>, HttpError> {
    let date = crate::format::parse_date(&day.day)
        .ok_or_else(|| HttpError::Internal(anyhow::anyhow!("stored day {}", day.day)))?;
    let slots = state.store.day_slots(day.id).await?;
    let classes = state.store.day_classes(day.id).await?;
    let groups = state.store.day_groups(day.id).await?;
    let mut mails = Vec::new();
    for a in state.store.day_activities(day.id).await? {
        let Some((_, room)) = a.room.as_ref().filter(|_| a.status == Status::Accepted) else {
            continue;
        };
        let visits = visits(&slots, &classes, &groups, a.id);
        let (subject, body) = model::timetable_mail(&Timetable {
            school: &school.name,
            title: &day.title,
            date,
            activity: &a.title,
            room,
            visits: &visits,
        });
        for to in state.store.member_emails(a.organisation_id).await? {
            mails.push(NewMail {
                municipality_id: Some(municipality),
                to,
                subject: subject.clone(),
                body: body.clone(),
                unique_key: None,
            });
        }
    }
    Ok(mails)
}

async fn application(
    state: &AppState,
    day: i64,
    activity: i64,
) -> Result<(Activity, Vec<(i64, String)>), HttpError> {
    let a = state
        .store
        .day_activities(day)
        .await?
        .into_iter()
        .find(|a| a.id == activity)
        .ok_or(HttpError::NotFound)?;
    Ok((a, state.store.day_rooms(day).await?))
}

fn render_decide(
    chrome: Chrome,
    day: &AssociationDay,
    a: &Activity,
    view: FormView,
    status: StatusCode,
) -> Result<Response, HttpError> {
    let mut lines = vec![
        format!("{}: {}", a.organisation, a.title),
        kind_facts(&chrome, a),
    ];
    if !a.description.is_empty() {
        lines.push(a.description.clone());
    }
    lines.push(format!(
        "{}{}",
        chrome.t(a.status.key()),
        a.room
            .as_ref()
            .map(|r| format!(" · {}", r.1))
            .unwrap_or_default()
    ));
    let back = chrome.href(&format!("/admin/foreningsdag/{}", day.id));
    let back_text = format!("{} · {}", day.title, day.school);
    let mut page = FormPage::new(chrome, "days-decide-title", view);
    for l in lines {
        page = page.lead(l);
    }
    page.link(back, back_text).render(status)
}

async fn decide_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path((id, activity)): Path<(i64, i64)>,
) -> Result<Response, HttpError> {
    let (day, _) = day_for(&state, &who, served.municipality.id, id).await?;
    let (a, rooms) = application(&state, id, activity).await?;
    let view = decide_form(&state, &chrome, id, &a, &rooms);
    render_decide(chrome, &day, &a, view, StatusCode::OK)
}

async fn decide(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path((id, activity)): Path<(i64, i64)>,
    form: FormData,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    let (day, _) = day_for(&state, &who, municipality, id).await?;
    let (a, rooms) = application(&state, id, activity).await?;
    let by = Actor::Account(who.account_id);
    let refuse = |chrome: Chrome, key: &'static str| {
        let view =
            decide_form(&state, &chrome, id, &a, &rooms).with_errors(&chrome, &[("lokale", key)]);
        render_decide(chrome, &day, &a, view, StatusCode::BAD_REQUEST)
    };
    let (room, ok) = match form.get("handling") {
        "godkend" => match form.get("lokale").parse::<i64>() {
            Ok(room) => (Some(room), "godkendt"),
            Err(_) => return refuse(chrome, "days-error-room"),
        },
        "afvis" => (None, "afvist"),
        _ => {
            return Err(HttpError::BadRequest {
                code: "bad_action",
                key: "schools-error-action",
            });
        }
    };
    let decided = once(&state, &form, || async {
        state
            .store
            .decide_activity(municipality, id, activity, room, by)
            .await
            .map_err(|e| match e {
                StoreError::Conflict(what) if what == "room" => HttpError::Conflict {
                    key: "days-error-room-taken",
                },
                StoreError::Conflict(_) => HttpError::Conflict {
                    key: "days-error-chosen",
                },
                StoreError::NotFound if room.is_some() => HttpError::Conflict {
                    key: "days-error-room",
                },
                other => other.into(),
            })?;
        let to = chrome.href(&format!("/admin/foreningsdag/{id}?ok={ok}"));
        Ok((Redirect::to(&to).into_response(), to))
    })
    .await;
    match decided {
        Err(HttpError::Conflict { key }) if key != "error-form-twice" => refuse(chrome, key),
        other => other,
    }
}
