//! Schools and the class pulse (issue 20).
//!
//! - `/admin/skoler`: the schools (administrators: all, and the form to add one;
//!   teachers: their own).
//! - `/admin/skole/{id}`: a school's classes and teachers; administrators add a class
//!   ("7.b") or a teacher (an existing account, by e-mail: the role `teacher` and the link).
//! - `/admin/klasse/{id}/puls`: a teacher of the school (or an administrator) opens the
//!   class's pulse — a code valid until the end of the day — closes it, and sees what the
//!   disclosure rule allows of the answers ([`crate::schools::summarise`]).
//! - `/admin/klasse/{id}/puls.csv` and `.json`: the same summary for a spreadsheet or a
//!   program, made from the same [`crate::schools::summarise`] output as the page, so the
//!   disclosure rule holds in every form (under 10 answers: no figure, status `too_few`).
//! - `/puls` and `/puls/tak`: pupils type the code and answer, without account, cookie or
//!   JavaScript; limited per client and per pulse ([`crate::limits::PULSE`]).

mod day_apply;
mod day_plan;
mod day_pupils;
mod days;

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use crate::accounts::Principal;
use crate::domain::PhoneLine;
use crate::domain::disclosure::Shown;
use crate::limits as limits_of;
use crate::schools::{self, ACTIVITIES, Answer, MAX_SCHOOL_NAME, Summary};
use crate::store::StoreError;
use crate::store::audit::Actor;
use crate::store::schools::{Class, Pulse, School};
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::client::Client;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::limits;
use crate::web::page::{FormPage, once, render_page};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    let r = day_pupils::routes(day_apply::routes(day_plan::routes(days::routes(r))));
    r.get("/admin/skoler", Access::Teacher, list)
        .post("/admin/skoler", Access::Administrator, add_school)
        .get("/admin/skole/{id}", Access::Teacher, school_page)
        .post("/admin/skole/{id}", Access::Administrator, school_post)
        .get("/admin/klasse/{id}/puls", Access::Teacher, pulse_page)
        .post("/admin/klasse/{id}/puls", Access::Teacher, pulse_post)
        .get("/admin/klasse/{id}/puls.csv", Access::Teacher, pulse_csv)
        .get("/admin/klasse/{id}/puls.json", Access::Teacher, pulse_json)
        .get("/puls", Access::Public, pupil_form)
        .post("/puls", Access::Public, pupil_answer)
        .get("/puls/tak", Access::Public, thanks)
}

fn ok_notice(chrome: &Chrome, params: &HashMap<String, String>) -> Option<String> {
    params
        .get("ok")
        .and_then(|k| match k.as_str() {
            "skole" => Some("schools-done-school"),
            "klasse" => Some("schools-done-class"),
            "laerer" => Some("schools-done-teacher"),
            "aaben" => Some("pulse-done-open"),
            "lukket" => Some("pulse-done-closed"),
            _ => None,
        })
        .map(|k| chrome.t(k))
}

/// The school, when this person may see it: an administrator, or one of its teachers.
/// Another school's teacher gets 403.
async fn may_see(state: &AppState, who: &Principal, school: &School) -> Result<(), HttpError> {
    if who.is_admin() || state.store.teaches_at(who.account_id, school.id).await? {
        Ok(())
    } else {
        Err(HttpError::Forbidden)
    }
}

/// A name or class already there: 409, which the handlers turn into the form again.
fn taken(e: StoreError) -> HttpError {
    match e {
        StoreError::Conflict(_) => HttpError::Conflict {
            key: "schools-error-taken",
        },
        other => other.into(),
    }
}

// ---- the list of schools ----

#[derive(Template)]
#[template(path = "schools/list.html")]
struct ListPage {
    chrome: Chrome,
    notice: Option<String>,
    schools: Vec<(String, String, String)>,
    form: Option<FormView>,
}

async fn school_form(
    state: &AppState,
    chrome: &Chrome,
    municipality_id: i64,
    name: &str,
    town: &str,
) -> Result<FormView, HttpError> {
    let mut towns = vec![(String::new(), chrome.t("schools-choose-town"))];
    towns.extend(
        state
            .store
            .towns(municipality_id)
            .await?
            .into_iter()
            .map(|t| (t.id.to_string(), t.name)),
    );
    Ok(FormView::new(state, chrome, "/admin/skoler")
        .field(
            Field::new(Kind::Text, "navn", chrome.t("schools-label-name"))
                .value(name)
                .max(MAX_SCHOOL_NAME)
                .required(),
        )
        .field(
            Field::new(Kind::Select, "by", chrome.t("schools-label-town"))
                .choices(towns, &[town.to_owned()]),
        )
        .button("handling", "tilfoej", chrome.t("schools-add-school"), false))
}

async fn list_page(
    state: &AppState,
    chrome: Chrome,
    who: &Principal,
    municipality_id: i64,
    notice: Option<String>,
    form: Option<FormView>,
    status: StatusCode,
) -> Result<Response, HttpError> {
    let schools = if who.is_admin() {
        state.store.schools(municipality_id).await?
    } else {
        state
            .store
            .schools_of_teacher(municipality_id, who.account_id)
            .await?
    };
    let form = match (who.is_admin(), form) {
        (true, Some(f)) => Some(f),
        (true, None) => Some(school_form(state, &chrome, municipality_id, "", "").await?),
        (false, _) => None,
    };
    let page = ListPage {
        schools: schools
            .into_iter()
            .map(|s| {
                (
                    chrome.href(&format!("/admin/skole/{}", s.id)),
                    s.name,
                    s.town,
                )
            })
            .collect(),
        notice,
        form,
        chrome,
    };
    render_page(&page, status)
}

async fn list(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let notice = ok_notice(&chrome, &params);
    list_page(
        &state,
        chrome,
        &who,
        served.municipality.id,
        notice,
        None,
        StatusCode::OK,
    )
    .await
}

/// The list with the school form again, the problems named, nothing typed lost.
async fn refuse_school(
    state: &AppState,
    chrome: Chrome,
    who: &Principal,
    municipality: i64,
    (name, town): (&str, &str),
    errors: &[(&'static str, &'static str)],
) -> Result<Response, HttpError> {
    let view = school_form(state, &chrome, municipality, name, town)
        .await?
        .with_errors(&chrome, errors);
    list_page(
        state,
        chrome,
        who,
        municipality,
        None,
        Some(view),
        StatusCode::BAD_REQUEST,
    )
    .await
}

async fn add_school(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    form: FormData,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    let name: String = form
        .get("navn")
        .trim()
        .chars()
        .take(MAX_SCHOOL_NAME + 1)
        .collect();
    let town = form.get("by").to_owned();
    let mut errors = Vec::new();
    if name.is_empty() || name.chars().count() > MAX_SCHOOL_NAME {
        errors.push(("navn", "schools-error-name"));
    }
    let town_id = town.parse::<i64>().ok();
    if town_id.is_none() {
        errors.push(("by", "schools-error-town"));
    }
    let Some(town_id) = town_id.filter(|_| errors.is_empty()) else {
        return refuse_school(&state, chrome, &who, municipality, (&name, &town), &errors).await;
    };
    let by = Actor::Account(who.account_id);
    let added = once(&state, &form, || async {
        let id = state
            .store
            .add_school(municipality, &name, town_id, by)
            .await
            .map_err(taken)?;
        let to = chrome.href(&format!("/admin/skole/{id}?ok=skole"));
        Ok((Redirect::to(&to).into_response(), to))
    })
    .await;
    match added {
        Err(HttpError::Conflict { .. }) => {
            let errors = [("navn", "schools-error-taken")];
            refuse_school(&state, chrome, &who, municipality, (&name, &town), &errors).await
        }
        Err(HttpError::NotFound) => {
            let errors = [("by", "schools-error-town")];
            refuse_school(&state, chrome, &who, municipality, (&name, &town), &errors).await
        }
        other => other,
    }
}

// ---- one school ----

#[derive(Template)]
#[template(path = "schools/school.html")]
struct SchoolPage {
    chrome: Chrome,
    notice: Option<String>,
    title: String,
    town: String,
    classes: Vec<(String, String)>,
    teachers: Vec<String>,
    class_form: Option<FormView>,
    teacher_form: Option<FormView>,
    back: String,
    days: String,
    /// The school change page for staff (src/web/school_change.rs).
    welcome: String,
}

fn class_form(state: &AppState, chrome: &Chrome, id: i64, grade: &str, letter: &str) -> FormView {
    FormView::new(state, chrome, &format!("/admin/skole/{id}"))
        .field(
            Field::new(Kind::Number, "klassetrin", chrome.t("schools-label-grade"))
                .hint(chrome.t("schools-hint-grade"))
                .value(grade)
                .max(2)
                .required(),
        )
        .field(
            Field::new(Kind::Text, "bogstav", chrome.t("schools-label-letter"))
                .hint(chrome.t("schools-hint-letter"))
                .value(letter)
                .max(1)
                .required(),
        )
        .button("handling", "klasse", chrome.t("schools-add-class"), false)
}

fn teacher_form(state: &AppState, chrome: &Chrome, id: i64, email: &str) -> FormView {
    FormView::new(state, chrome, &format!("/admin/skole/{id}"))
        .field(
            Field::new(Kind::Email, "email", chrome.t("schools-label-teacher"))
                .hint(chrome.t("schools-hint-teacher"))
                .value(email)
                .max(200)
                .required(),
        )
        .button("handling", "laerer", chrome.t("schools-add-teacher"), false)
}

async fn render_school(
    state: &AppState,
    chrome: Chrome,
    who: &Principal,
    school: &School,
    notice: Option<String>,
    forms: (Option<FormView>, Option<FormView>),
    status: StatusCode,
) -> Result<Response, HttpError> {
    let classes = state
        .store
        .classes(school.id)
        .await?
        .iter()
        .map(|c| {
            (
                chrome.href(&format!("/admin/klasse/{}/puls", c.id)),
                c.label(),
            )
        })
        .collect();
    let teachers = state
        .store
        .teachers(school.id)
        .await?
        .into_iter()
        .map(|(_, name, email)| {
            if name.is_empty() {
                email
            } else {
                format!("{name} ({email})")
            }
        })
        .collect();
    let (class_form_view, teacher_form_view) = if who.is_admin() {
        (
            Some(
                forms
                    .0
                    .unwrap_or_else(|| class_form(state, &chrome, school.id, "", "")),
            ),
            Some(
                forms
                    .1
                    .unwrap_or_else(|| teacher_form(state, &chrome, school.id, "")),
            ),
        )
    } else {
        (None, None)
    };
    let page = SchoolPage {
        title: school.name.clone(),
        town: school.town.clone(),
        classes,
        teachers,
        class_form: class_form_view,
        teacher_form: teacher_form_view,
        back: chrome.href("/admin/skoler"),
        days: chrome.href(&format!("/admin/skole/{}/foreningsdage", school.id)),
        welcome: chrome.href(&format!("/admin/skole/{}/skoleskift", school.id)),
        notice,
        chrome,
    };
    render_page(&page, status)
}

async fn school_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let school = state.store.school(served.municipality.id, id).await?;
    may_see(&state, &who, &school).await?;
    let notice = ok_notice(&chrome, &params);
    render_school(
        &state,
        chrome,
        &who,
        &school,
        notice,
        (None, None),
        StatusCode::OK,
    )
    .await
}

async fn school_post(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    let school = state.store.school(municipality, id).await?;
    let by = Actor::Account(who.account_id);
    match form.get("handling") {
        "klasse" => {
            let (grade, letter) = (
                form.get("klassetrin").to_owned(),
                form.get("bogstav").to_owned(),
            );
            let (g, l) = match schools::parse_class(&grade, &letter) {
                Ok(v) => v,
                Err(errors) => {
                    let view = class_form(&state, &chrome, id, &grade, &letter)
                        .with_errors(&chrome, &errors);
                    return render_school(
                        &state,
                        chrome,
                        &who,
                        &school,
                        None,
                        (Some(view), None),
                        StatusCode::BAD_REQUEST,
                    )
                    .await;
                }
            };
            let added = once(&state, &form, || async {
                state
                    .store
                    .add_class(municipality, id, g, &l, by)
                    .await
                    .map_err(taken)?;
                let to = chrome.href(&format!("/admin/skole/{id}?ok=klasse"));
                Ok((Redirect::to(&to).into_response(), to))
            })
            .await;
            match added {
                Err(HttpError::Conflict { .. }) => {
                    let view = class_form(&state, &chrome, id, &grade, &letter)
                        .with_errors(&chrome, &[("klassetrin", "schools-error-class-taken")]);
                    render_school(
                        &state,
                        chrome,
                        &who,
                        &school,
                        None,
                        (Some(view), None),
                        StatusCode::BAD_REQUEST,
                    )
                    .await
                }
                other => other,
            }
        }
        "laerer" => {
            let email = form.get("email").trim().to_owned();
            let added = once(&state, &form, || async {
                state
                    .store
                    .add_teacher(municipality, id, &email, by)
                    .await?;
                let to = chrome.href(&format!("/admin/skole/{id}?ok=laerer"));
                Ok((Redirect::to(&to).into_response(), to))
            })
            .await;
            match added {
                Err(HttpError::NotFound) | Err(HttpError::Conflict { .. }) => {
                    let view = teacher_form(&state, &chrome, id, &email)
                        .with_errors(&chrome, &[("email", "schools-error-teacher")]);
                    render_school(
                        &state,
                        chrome,
                        &who,
                        &school,
                        None,
                        (None, Some(view)),
                        StatusCode::BAD_REQUEST,
                    )
                    .await
                }
                other => other,
            }
        }
        _ => Err(HttpError::BadRequest {
            code: "bad_action",
            key: "schools-error-action",
        }),
    }
}

// ---- the teacher's pulse page ----

#[derive(Template)]
#[template(path = "schools/pulse.html")]
struct PulsePage {
    chrome: Chrome,
    notice: Option<String>,
    title: String,
    school: (String, String),
    /// The open pulse's code and how long it is open.
    open: Option<(String, String)>,
    instructions: String,
    form: FormView,
    /// None: no pulse yet.
    result: Option<Vec<String>>,
    activities: Vec<String>,
    /// The summary as CSV and as JSON.
    exports: (String, String),
}

/// What the teacher reads of a summary: lines of text, and the activities when many feel
/// alone. Under 10 answers: one line, "too few answers to show anything".
pub fn summary_lines(chrome: &Chrome, summary: &Summary) -> (Vec<String>, Vec<String>) {
    use fluent_templates::fluent_bundle::FluentValue;
    match summary {
        Summary::TooFew => (vec![chrome.t("pulse-too-few")], Vec::new()),
        Summary::Shown {
            answers,
            severely_lonely,
            no_one_in_breaks,
            many,
        } => {
            let share_line = |key: &str, s: &schools::ShownShare| match (s.count, s.percent) {
                (Shown::Count(_), Some(p)) => {
                    chrome.lang.t_with(key, &[("share", FluentValue::from(p))])
                }
                _ => chrome.t(&format!("{key}-hidden")),
            };
            let lines = vec![
                chrome
                    .lang
                    .t_with("pulse-answers", &[("answers", FluentValue::from(*answers))]),
                share_line("pulse-lonely", severely_lonely),
                share_line("pulse-breaks", no_one_in_breaks),
            ];
            let activities = if *many {
                ACTIVITIES.iter().map(|k| chrome.t(k)).collect()
            } else {
                Vec::new()
            };
            (lines, activities)
        }
    }
}

async fn class_for(
    state: &AppState,
    who: &Principal,
    municipality: i64,
    id: i64,
) -> Result<(Class, School), HttpError> {
    let (class, school) = state.store.class(municipality, id).await?;
    may_see(state, who, &school).await?;
    Ok((class, school))
}

fn until_text(chrome: &Chrome, p: &Pulse) -> String {
    use fluent_templates::fluent_bundle::FluentValue;
    let time = jiff::Timestamp::from_second(p.closes_at)
        .map(|t| {
            t.to_zoned_datetime(crate::format::copenhagen())
                .strftime("%H.%M")
                .to_string()
        })
        .unwrap_or_default();
    chrome
        .lang
        .t_with("pulse-open-until", &[("until", FluentValue::from(time))])
}

async fn pulse_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let (class, school) = class_for(&state, &who, served.municipality.id, id).await?;
    let open = state.store.open_pulse(class.id).await?;
    let action = format!("/admin/klasse/{id}/puls");
    let form = match &open {
        Some(_) => FormView::new(&state, &chrome, &action).button(
            "handling",
            "luk",
            chrome.t("pulse-close"),
            true,
        ),
        None => FormView::new(&state, &chrome, &action).button(
            "handling",
            "aabn",
            chrome.t("pulse-open"),
            false,
        ),
    };
    let (result, activities) = match state.store.latest_pulse(class.id).await? {
        Some(p) => {
            let answers = state.store.pulse_answers(p.id).await?;
            let (lines, activities) = summary_lines(&chrome, &schools::summarise(&answers));
            (Some(lines), activities)
        }
        None => (None, Vec::new()),
    };
    let page = PulsePage {
        notice: ok_notice(&chrome, &params),
        title: format!("{} · {}", class.label(), school.name),
        school: (
            chrome.href(&format!("/admin/skole/{}", school.id)),
            school.name.clone(),
        ),
        open: open
            .as_ref()
            .map(|p| (p.code.clone(), until_text(&chrome, p))),
        instructions: chrome.t("pulse-instructions"),
        form,
        result,
        activities,
        exports: (
            chrome.href(&format!("/admin/klasse/{id}/puls.csv")),
            chrome.href(&format!("/admin/klasse/{id}/puls.json")),
        ),
        chrome,
    };
    render_page(&page, StatusCode::OK)
}

async fn pulse_post(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    let (class, _) = class_for(&state, &who, municipality, id).await?;
    let by = Actor::Account(who.account_id);
    let here = chrome.href(&format!("/admin/klasse/{id}/puls"));
    match form.get("handling") {
        "aabn" => {
            let clock = state.clock();
            let today = clock.today();
            let end = today
                .tomorrow()
                .ok()
                .and_then(|d| d.to_zoned_datetime(crate::format::copenhagen()).ok())
                .map(|z| z.timestamp().as_second())
                .ok_or_else(|| HttpError::Internal(anyhow::anyhow!("no end of day")))?;
            once(&state, &form, || async {
                state
                    .store
                    .start_pulse(municipality, class.id, &today.to_string(), end, by)
                    .await?;
                let to = format!("{here}?ok=aaben");
                Ok((Redirect::to(&to).into_response(), to))
            })
            .await
        }
        "luk" => {
            once(&state, &form, || async {
                if let Some(p) = state.store.open_pulse(class.id).await? {
                    state.store.close_pulse(municipality, p.id, by).await?;
                }
                let to = format!("{here}?ok=lukket");
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

// ---- the summary as CSV and JSON ----

/// The class, its school and what may be shown of its latest pulse (`None`: no pulse yet),
/// for the exports: the same [`schools::summarise`] as the page.
async fn pulse_export(
    state: &AppState,
    who: &Principal,
    municipality: i64,
    id: i64,
) -> Result<(Class, School, Option<(Pulse, Summary)>), HttpError> {
    let (class, school) = class_for(state, who, municipality, id).await?;
    let summary = match state.store.latest_pulse(class.id).await? {
        Some(p) => {
            let answers = state.store.pulse_answers(p.id).await?;
            Some((p, schools::summarise(&answers)))
        }
        None => None,
    };
    Ok((class, school, summary))
}

/// `no_pulse`, `too_few` or `shown`.
fn export_status(summary: Option<&Summary>) -> &'static str {
    match summary {
        None => "no_pulse",
        Some(Summary::TooFew) => "too_few",
        Some(Summary::Shown { .. }) => "shown",
    }
}

async fn pulse_csv(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, HttpError> {
    let (class, school, latest) = pulse_export(&state, &who, served.municipality.id, id).await?;
    let internal = |e: csv::Error| HttpError::Internal(e.into());
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record([
            "school",
            "class",
            "opened_on",
            "status",
            "answers",
            "severely_lonely_count",
            "severely_lonely_percent",
            "no_one_in_breaks_count",
            "no_one_in_breaks_percent",
            "many_feel_alone",
            "note",
        ])
        .map_err(internal)?;
    let cell = crate::format::spreadsheet_cell;
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    let status = export_status(latest.as_ref().map(|(_, s)| s));
    let opened = latest
        .as_ref()
        .map(|(p, _)| p.opened_on.clone())
        .unwrap_or_default();
    let mut row = vec![
        cell(&school.name).into_owned(),
        class.label(),
        opened,
        status.to_owned(),
    ];
    match latest.as_ref().map(|(_, s)| s) {
        Some(
            summary @ Summary::Shown {
                answers,
                severely_lonely,
                no_one_in_breaks,
                many,
            },
        ) => {
            let (lines, _) = summary_lines(&chrome, summary);
            row.extend([
                answers.to_string(),
                opt(severely_lonely.count.value()),
                opt(severely_lonely.percent),
                opt(no_one_in_breaks.count.value()),
                opt(no_one_in_breaks.percent),
                if *many { "yes" } else { "no" }.to_owned(),
                lines.join(" "),
            ]);
        }
        other => {
            let note = match other {
                Some(_) => chrome.t("pulse-too-few"),
                None => chrome.t("pulse-none-yet"),
            };
            row.extend(std::iter::repeat_n(String::new(), 6));
            row.push(note);
        }
    }
    writer.write_record(&row).map_err(internal)?;
    let body = writer
        .into_inner()
        .map_err(|e| HttpError::Internal(anyhow::anyhow!("{e}")))?;
    let name = format!("attachment; filename=\"puls-{}.csv\"", class.label());
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, name),
        ],
        body,
    )
        .into_response())
}

async fn pulse_json(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, HttpError> {
    let (class, school, latest) = pulse_export(&state, &who, served.municipality.id, id).await?;
    let summary = latest.as_ref().map(|(_, s)| s);
    let share = |s: &schools::ShownShare| {
        serde_json::json!({
            "count": s.count.value(),
            "percent": s.percent,
            "hidden": s.count.is_hidden(),
        })
    };
    let body = match summary {
        Some(Summary::Shown {
            answers,
            severely_lonely,
            no_one_in_breaks,
            many,
        }) => serde_json::json!({
            "status": "shown",
            "answers": answers,
            "severely_lonely": share(severely_lonely),
            "no_one_in_breaks": share(no_one_in_breaks),
            "many_feel_alone": many,
            "activities": if *many { ACTIVITIES.iter().map(|k| chrome.t(k)).collect::<Vec<_>>() } else { Vec::new() },
        }),
        Some(Summary::TooFew) => serde_json::json!({
            "status": "too_few",
            "message": chrome.t("pulse-too-few"),
        }),
        None => serde_json::json!({
            "status": "no_pulse",
            "message": chrome.t("pulse-none-yet"),
        }),
    };
    Ok(axum::Json(serde_json::json!({
        "school": school.name,
        "class": class.label(),
        "pulse": latest.as_ref().map(|(p, _)| serde_json::json!({
            "opened_on": p.opened_on,
            "open": p.closes_at > state.store.now(),
        })),
        "disclosure": {
            "min_cell": crate::domain::disclosure::MIN_CELL,
            "rounded_to": crate::domain::disclosure::ROUND_TO,
        },
        "summary": body,
    }))
    .into_response())
}

// ---- the pupils' pages ----

/// What a pupil typed, kept when the form comes back.
#[derive(Default)]
struct Typed {
    code: String,
    lacks: String,
    left_out: String,
    alone: String,
    breaks: String,
}

fn scale(chrome: &Chrome) -> Vec<(String, String)> {
    [
        ("1", "pulse-never"),
        ("2", "pulse-sometimes"),
        ("3", "pulse-often"),
    ]
    .iter()
    .map(|(v, k)| ((*v).to_owned(), chrome.t(k)))
    .collect()
}

fn pupil_view(state: &AppState, chrome: &Chrome, t: &Typed) -> FormView {
    let breaks = vec![
        ("ja".to_owned(), chrome.t("pulse-breaks-yes")),
        ("nogle-gange".to_owned(), chrome.t("pulse-breaks-sometimes")),
        ("nej".to_owned(), chrome.t("pulse-breaks-no")),
    ];
    FormView::new(state, chrome, "/puls")
        .anonymous()
        .field(
            Field::new(Kind::Text, "kode", chrome.t("pulse-code"))
                .hint(chrome.t("pulse-code-hint"))
                .value(t.code.clone())
                .autocomplete("off")
                .max(12)
                .required(),
        )
        .field(
            Field::new(Kind::Radios, "mangler", chrome.t("pulse-q-lacks"))
                .choices(scale(chrome), std::slice::from_ref(&t.lacks)),
        )
        .field(
            Field::new(Kind::Radios, "udenfor", chrome.t("pulse-q-left-out"))
                .choices(scale(chrome), std::slice::from_ref(&t.left_out)),
        )
        .field(
            Field::new(Kind::Radios, "alene", chrome.t("pulse-q-alone"))
                .choices(scale(chrome), std::slice::from_ref(&t.alone)),
        )
        .field(
            Field::new(Kind::Radios, "frikvarter", chrome.t("pulse-q-breaks"))
                .choices(breaks, std::slice::from_ref(&t.breaks)),
        )
        .button("handling", "send", chrome.t("pulse-send"), false)
}

fn pupil_page(chrome: Chrome, form: FormView, status: StatusCode) -> Result<Response, HttpError> {
    let lead = chrome.t("pulse-lead");
    let anonymous = chrome.t("pulse-anonymous");
    FormPage::new(chrome, "pulse-title", form)
        .lead(lead)
        .lead(anonymous)
        .render(status)
}

async fn pupil_form(chrome: Chrome, State(state): State<AppState>) -> Result<Response, HttpError> {
    let view = pupil_view(&state, &chrome, &Typed::default());
    pupil_page(chrome, view, StatusCode::OK)
}

async fn pupil_answer(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    client: Client,
    form: FormData,
) -> Result<Response, HttpError> {
    let t = Typed {
        code: form.get("kode").chars().take(12).collect(),
        lacks: form.get("mangler").to_owned(),
        left_out: form.get("udenfor").to_owned(),
        alone: form.get("alene").to_owned(),
        breaks: form.get("frikvarter").to_owned(),
    };
    let answer = Answer::read(&t.lacks, &t.left_out, &t.alone, &t.breaks);
    let pulse = match schools::normalise_code(&t.code) {
        Some(code) => {
            state
                .store
                .pulse_by_code(served.municipality.id, &code)
                .await?
        }
        None => None,
    };
    let mut errors = Vec::new();
    if pulse.is_none() {
        errors.push(("kode", "pulse-error-code"));
    }
    if let Err(e) = &answer {
        errors.extend(e.iter().copied());
    }
    let (Some(pulse), Ok(answer)) = (pulse, answer) else {
        let view = pupil_view(&state, &chrome, &t).with_errors(&chrome, &errors);
        return pupil_page(chrome, view, StatusCode::BAD_REQUEST);
    };
    limits::guard(
        &state,
        &form,
        &limits_of::PULSE,
        &client,
        &format!("pulse {}", pulse.id),
        1,
    )
    .await?;
    let day = state.clock().today().to_string();
    once(&state, &form, || async {
        state
            .store
            .add_pulse_answer(pulse.id, &day, &answer)
            .await?;
        let to = chrome.href("/puls/tak");
        Ok((Redirect::to(&to).into_response(), to))
    })
    .await
}

#[derive(Template)]
#[template(path = "schools/thanks.html")]
struct ThanksPage {
    chrome: Chrome,
    phone_lines: Vec<PhoneLine>,
}

async fn thanks(served: Served, chrome: Chrome) -> Result<Response, HttpError> {
    let page = ThanksPage {
        phone_lines: served.phone_lines.clone(),
        chrome,
    };
    render_page(&page, StatusCode::OK)
}
