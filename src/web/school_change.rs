//! A path through a school change (issue 20).
//!
//! - `/skoleskift` (public, a GET form: nothing is kept): which path — 0., 7. or 10.
//!   klasse, efterskole, gymnasium, or changing school mid-year — and which school; shows
//!   the words to the child and the parents' guide for the path, and the school's welcome
//!   gatherings (upcoming events linked to the school for that path or every path), its
//!   welcome groups and clubs (offers linked the same way) and its buddy scheme. The
//!   personal guide's "changing school" answer links here with the path its age suggests
//!   ([`crate::school_change::Path::for_age`]).
//! - `/skole/{id}` (public): the school's page — its buddy scheme, every welcome
//!   gathering and group, and a way into `/skoleskift` per path.
//! - `/admin/skole/{id}/skoleskift`: an administrator or a teacher of the school writes the
//!   buddy scheme and links events and offers (each for one path or every path); another
//!   school's teacher gets 403.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::accounts::Principal;
use crate::calendar::Event;
use crate::domain::OfferStatus;
use crate::school_change::{self, MAX_BUDDY, PARENT_TIPS, Path};
use crate::store::audit::Actor;
use crate::store::school_change::{Linked, Welcome};
use crate::store::schools::School;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::page::{once, render_page};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/skoleskift", Access::Public, change_page)
        .get("/skole/{id}", Access::Public, school_page)
        .get("/admin/skole/{id}/skoleskift", Access::Teacher, admin_page)
        .post("/admin/skole/{id}/skoleskift", Access::Teacher, admin_post)
}

/// One choice of the GET form.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

/// A welcome gathering or group as shown.
pub struct Item {
    pub href: String,
    pub name: String,
    /// When and where (gatherings), or the town (groups).
    pub when: String,
    pub summary: String,
    /// The path it is for, when not every path (the school's page).
    pub path: Option<String>,
}

/// What a school offers a child who starts there.
pub struct SchoolView {
    pub name: String,
    pub town: String,
    pub href: String,
    pub buddy: Vec<String>,
    pub gatherings: Vec<Item>,
    pub groups: Vec<Item>,
}

/// The next occurrence of each linked event that is not cancelled, soonest first.
fn gatherings(
    chrome: &Chrome,
    state: &AppState,
    events: &HashMap<i64, Event>,
    welcome: &Welcome,
    chosen: Option<Path>,
) -> Vec<Item> {
    let lang = chrome.lang;
    let now = state
        .clock()
        .now()
        .to_zoned_datetime(crate::format::copenhagen())
        .datetime();
    let mut out: Vec<(jiff::civil::DateTime, Item)> = welcome
        .events
        .iter()
        .filter(|(_, linked)| school_change::shows(*linked, chosen))
        .filter_map(|(id, linked)| {
            let e = events.get(id).filter(|e| !e.cancelled)?;
            let o = e.next_occurrence(now)?;
            let mut when = format!(
                "{} {}",
                crate::format::capitalise(&crate::format::day(lang, o.start.date())),
                lang.t_with(
                    "guide-at-clock",
                    &[("time", crate::format::clock(o.start.time()).into())]
                )
            );
            if let Some(place) = e
                .place
                .as_ref()
                .map(|p| p.name.clone())
                .or_else(|| e.town.as_ref().map(|t| t.name.clone()))
            {
                when.push_str(", ");
                when.push_str(&place);
            }
            Some((
                o.start,
                Item {
                    href: chrome.href(&format!("/arrangement/{}?dato={}", e.id, o.date)),
                    name: e.title.clone(),
                    when,
                    summary: first_sentence(&e.description),
                    path: linked
                        .filter(|_| chosen.is_none())
                        .map(|p| chrome.t(&p.name_key())),
                },
            ))
        })
        .collect();
    out.sort_by_key(|a| a.0);
    out.into_iter().map(|(_, item)| item).collect()
}

/// The linked offers that are listed, by name.
fn groups(chrome: &Chrome, served: &Served, welcome: &Welcome, chosen: Option<Path>) -> Vec<Item> {
    let mut out: Vec<Item> = welcome
        .offers
        .iter()
        .filter(|(_, linked)| school_change::shows(*linked, chosen))
        .filter_map(|(id, linked)| {
            let entry = served.directory.entry(*id)?;
            let o = &entry.offer;
            (o.status == OfferStatus::Active).then(|| Item {
                href: chrome.href(&format!("/tilbud/{}", o.id)),
                name: o.name.clone(),
                when: o.town.as_ref().map(|t| t.name.clone()).unwrap_or_default(),
                summary: o.short_description.clone(),
                path: linked
                    .filter(|_| chosen.is_none())
                    .map(|p| chrome.t(&p.name_key())),
            })
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

fn first_sentence(text: &str) -> String {
    let end = text.find(". ").map_or(text.len(), |i| i + 1);
    text[..end].chars().take(200).collect()
}

async fn school_view(
    chrome: &Chrome,
    state: &AppState,
    served: &Served,
    school: &School,
    chosen: Option<Path>,
) -> Result<SchoolView, HttpError> {
    let welcome = state.store.welcome(school.id).await?;
    let events: HashMap<i64, Event> = state
        .store
        .events(served.municipality.id)
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    Ok(SchoolView {
        name: school.name.clone(),
        town: school.town.clone(),
        href: chrome.href(&format!("/skole/{}", school.id)),
        buddy: crate::stories::paragraphs(&welcome.buddy_scheme),
        gatherings: gatherings(chrome, state, &events, &welcome, chosen),
        groups: groups(chrome, served, &welcome, chosen),
    })
}

// ---- /skoleskift ----

/// The guide for a path: the words to the child, the parents' own tip for the path and
/// the tips every path shares.
pub struct GuideView {
    pub name: String,
    pub child: String,
    pub parents: Vec<String>,
}

fn guide_for(chrome: &Chrome, path: Path) -> GuideView {
    let mut parents = vec![chrome.t(&path.parent_key())];
    parents.extend(PARENT_TIPS.iter().map(|k| chrome.t(k)));
    GuideView {
        name: chrome.t(&path.name_key()),
        child: chrome.t(&path.child_key()),
        parents,
    }
}

#[derive(Template)]
#[template(path = "school_change/change.html")]
struct ChangePage {
    chrome: Chrome,
    errors: Vec<(String, String)>,
    err_path: Option<String>,
    err_school: Option<String>,
    paths: Vec<Choice>,
    schools: Vec<Choice>,
    guide: Option<GuideView>,
    school: Option<SchoolView>,
    /// With a path and no school: a link per school.
    school_links: Vec<(String, String)>,
}

async fn change_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    let all = state.store.schools(municipality).await?;
    let path_text = params.get("vej").map(|v| v.trim()).unwrap_or_default();
    let school_text = params.get("skole").map(|v| v.trim()).unwrap_or_default();
    let mut errors: Vec<(&'static str, &'static str)> = Vec::new();
    let path = match path_text {
        "" => None,
        code => {
            let p = Path::from_code(code);
            if p.is_none() {
                errors.push(("vej", "school-change-error-path"));
            }
            p
        }
    };
    let school = match school_text {
        "" => None,
        text => {
            let s = text
                .parse::<i64>()
                .ok()
                .and_then(|id| all.iter().find(|s| s.id == id));
            if s.is_none() {
                errors.push(("skole", "school-change-error-school"));
            }
            s
        }
    };
    let school_view = match school {
        Some(s) if errors.is_empty() => Some(school_view(&chrome, &state, &served, s, path).await?),
        _ => None,
    };
    let school_links = match (path, school) {
        (Some(p), None) if errors.is_empty() => all
            .iter()
            .map(|s| {
                (
                    chrome.href(&format!("/skoleskift?vej={}&skole={}", p.code(), s.id)),
                    format!("{} ({})", s.name, s.town),
                )
            })
            .collect(),
        _ => Vec::new(),
    };
    let error = |field: &str| {
        errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, k)| chrome.t(k))
    };
    let mut schools = vec![Choice {
        value: String::new(),
        label: chrome.t("school-change-choose-school"),
        checked: school.is_none(),
    }];
    schools.extend(all.iter().map(|s| Choice {
        value: s.id.to_string(),
        label: format!("{} ({})", s.name, s.town),
        checked: school.is_some_and(|c| c.id == s.id),
    }));
    let page = ChangePage {
        errors: errors
            .iter()
            .map(|(f, k)| {
                let target = if *f == "vej" { "vej-0" } else { f };
                (target.to_owned(), chrome.t(k))
            })
            .collect(),
        err_path: error("vej"),
        err_school: error("skole"),
        paths: Path::ALL
            .iter()
            .map(|p| Choice {
                value: p.code().to_owned(),
                label: chrome.t(&p.name_key()),
                checked: path == Some(*p),
            })
            .collect(),
        schools,
        guide: path
            .filter(|_| errors.is_empty())
            .map(|p| guide_for(&chrome, p)),
        school: school_view,
        school_links,
        chrome,
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    render_page(&page, status)
}

// ---- /skole/{id} ----

#[derive(Template)]
#[template(path = "school_change/school.html")]
struct SchoolPage {
    chrome: Chrome,
    school: SchoolView,
    /// A way into `/skoleskift` per path.
    paths: Vec<(String, String)>,
}

async fn school_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    UrlPath(id): UrlPath<i64>,
) -> Result<Response, HttpError> {
    let school = state.store.school(served.municipality.id, id).await?;
    let view = school_view(&chrome, &state, &served, &school, None).await?;
    let paths = Path::ALL
        .iter()
        .map(|p| {
            (
                chrome.href(&format!("/skoleskift?vej={}&skole={}", p.code(), school.id)),
                chrome.t(&p.name_key()),
            )
        })
        .collect();
    let page = SchoolPage {
        school: view,
        paths,
        chrome,
    };
    render_page(&page, StatusCode::OK)
}

// ---- /admin/skole/{id}/skoleskift ----

/// The school, when this person may keep it: an administrator, or one of its teachers.
async fn keeper(
    state: &AppState,
    who: &Principal,
    municipality: i64,
    id: i64,
) -> Result<School, HttpError> {
    let school = state.store.school(municipality, id).await?;
    if who.is_admin() || state.store.teaches_at(who.account_id, school.id).await? {
        Ok(school)
    } else {
        Err(HttpError::Forbidden)
    }
}

/// What was typed in the admin forms, kept when one comes back with an error.
#[derive(Default)]
struct Typed {
    buddy: Option<String>,
    event: String,
    event_path: String,
    offer: String,
    offer_path: String,
}

#[derive(Template)]
#[template(path = "school_change/admin.html")]
struct AdminPage {
    chrome: Chrome,
    notice: Option<String>,
    title: String,
    back: String,
    public: String,
    buddy_form: Option<FormView>,
    event_form: Option<FormView>,
    unlink_events: Option<FormView>,
    offer_form: Option<FormView>,
    unlink_offers: Option<FormView>,
}

fn path_choices(chrome: &Chrome) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), chrome.t("school-change-every-path"))];
    out.extend(
        Path::ALL
            .iter()
            .map(|p| (p.code().to_owned(), chrome.t(&p.name_key()))),
    );
    out
}

fn path_label(chrome: &Chrome, path: Option<Path>) -> String {
    match path {
        Some(p) => chrome.t(&p.name_key()),
        None => chrome.t("school-change-every-path"),
    }
}

#[allow(clippy::too_many_arguments)]
async fn render_admin(
    state: &AppState,
    served: &Served,
    chrome: Chrome,
    school: &School,
    notice: Option<String>,
    typed: &Typed,
    errors: &[(&'static str, &'static str)],
    status: StatusCode,
) -> Result<Response, HttpError> {
    let welcome = state.store.welcome(school.id).await?;
    let action = format!("/admin/skole/{}/skoleskift", school.id);
    let only = |names: &[&str]| -> Vec<(&'static str, &'static str)> {
        errors
            .iter()
            .filter(|(f, _)| names.contains(f))
            .copied()
            .collect()
    };
    let buddy_form = FormView::new(state, &chrome, &action)
        .field(
            Field::new(
                Kind::TextArea,
                "makkerordning",
                chrome.t("school-change-label-buddy"),
            )
            .hint(chrome.t("school-change-hint-buddy"))
            .value(typed.buddy.clone().unwrap_or(welcome.buddy_scheme.clone()))
            .max(MAX_BUDDY),
        )
        .button(
            "handling",
            "makker",
            chrome.t("school-change-save-buddy"),
            false,
        )
        .with_errors(&chrome, &only(&["makkerordning"]));

    // Upcoming events of the municipality, soonest first.
    let now = state
        .clock()
        .now()
        .to_zoned_datetime(crate::format::copenhagen())
        .datetime();
    let events = state.store.events(served.municipality.id).await?;
    let mut upcoming: Vec<(jiff::civil::DateTime, String, String)> = events
        .iter()
        .filter(|e| !e.cancelled)
        .filter_map(|e| {
            let o = e.next_occurrence(now)?;
            Some((
                o.start,
                e.id.to_string(),
                format!(
                    "{} · {}",
                    e.title,
                    crate::format::date(chrome.lang, o.start.date())
                ),
            ))
        })
        .collect();
    upcoming.sort();
    let mut event_choices = vec![(String::new(), chrome.t("school-change-choose-event"))];
    event_choices.extend(upcoming.into_iter().map(|(_, id, label)| (id, label)));
    let event_form = FormView::new(state, &chrome, &action)
        .field(
            Field::new(
                Kind::Select,
                "arrangement",
                chrome.t("school-change-label-event"),
            )
            .hint(chrome.t("school-change-hint-event"))
            .choices(event_choices, std::slice::from_ref(&typed.event)),
        )
        .field(
            Field::new(
                Kind::Select,
                "vej-arrangement",
                chrome.t("school-change-label-path"),
            )
            .choices(
                path_choices(&chrome),
                std::slice::from_ref(&typed.event_path),
            ),
        )
        .button(
            "handling",
            "arrangement",
            chrome.t("school-change-link-event"),
            false,
        )
        .with_errors(&chrome, &only(&["arrangement", "vej-arrangement"]));
    let titles: HashMap<i64, &str> = events.iter().map(|e| (e.id, e.title.as_str())).collect();
    let linked_events: Vec<(String, String)> = welcome
        .events
        .iter()
        .map(|(id, p)| {
            (
                id.to_string(),
                format!(
                    "{} · {}",
                    titles.get(id).copied().unwrap_or_default(),
                    path_label(&chrome, *p)
                ),
            )
        })
        .collect();
    let unlink_events = (!linked_events.is_empty()).then(|| {
        FormView::new(state, &chrome, &action)
            .field(
                Field::new(
                    Kind::Checkboxes,
                    "fjern-arrangement",
                    chrome.t("school-change-linked-events"),
                )
                .choices(linked_events, &[]),
            )
            .button(
                "handling",
                "fjern-arrangement",
                chrome.t("school-change-unlink"),
                true,
            )
    });

    let mut offers: Vec<(String, String)> = served
        .directory
        .entries()
        .iter()
        .filter(|e| e.offer.status == OfferStatus::Active)
        .map(|e| {
            let town = e.offer.town.as_ref().map(|t| t.name.as_str()).unwrap_or("");
            (e.offer.id.to_string(), format!("{} · {town}", e.offer.name))
        })
        .collect();
    offers.sort_by(|a, b| a.1.cmp(&b.1));
    let mut offer_choices = vec![(String::new(), chrome.t("school-change-choose-offer"))];
    offer_choices.extend(offers);
    let offer_form = FormView::new(state, &chrome, &action)
        .field(
            Field::new(
                Kind::Select,
                "tilbud",
                chrome.t("school-change-label-offer"),
            )
            .hint(chrome.t("school-change-hint-offer"))
            .choices(offer_choices, std::slice::from_ref(&typed.offer)),
        )
        .field(
            Field::new(
                Kind::Select,
                "vej-tilbud",
                chrome.t("school-change-label-path"),
            )
            .choices(
                path_choices(&chrome),
                std::slice::from_ref(&typed.offer_path),
            ),
        )
        .button(
            "handling",
            "tilbud",
            chrome.t("school-change-link-offer"),
            false,
        )
        .with_errors(&chrome, &only(&["tilbud", "vej-tilbud"]));
    let linked_offers: Vec<(String, String)> = welcome
        .offers
        .iter()
        .map(|(id, p)| {
            let name = served
                .directory
                .entry(*id)
                .map(|e| e.offer.name.clone())
                .unwrap_or_else(|| format!("#{id}"));
            (
                id.to_string(),
                format!("{name} · {}", path_label(&chrome, *p)),
            )
        })
        .collect();
    let unlink_offers = (!linked_offers.is_empty()).then(|| {
        FormView::new(state, &chrome, &action)
            .field(
                Field::new(
                    Kind::Checkboxes,
                    "fjern-tilbud",
                    chrome.t("school-change-linked-offers"),
                )
                .choices(linked_offers, &[]),
            )
            .button(
                "handling",
                "fjern-tilbud",
                chrome.t("school-change-unlink"),
                true,
            )
    });

    let page = AdminPage {
        notice,
        title: format!(
            "{} · {}",
            chrome.t("school-change-admin-title"),
            school.name
        ),
        back: chrome.href(&format!("/admin/skole/{}", school.id)),
        public: chrome.href(&format!("/skole/{}", school.id)),
        buddy_form: Some(buddy_form),
        event_form: Some(event_form),
        unlink_events,
        offer_form: Some(offer_form),
        unlink_offers,
        chrome,
    };
    render_page(&page, status)
}

async fn admin_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    UrlPath(id): UrlPath<i64>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let school = keeper(&state, &who, served.municipality.id, id).await?;
    let notice = params
        .get("ok")
        .and_then(|k| match k.as_str() {
            "makker" => Some("school-change-done-buddy"),
            "link" => Some("school-change-done-link"),
            "fjernet" => Some("school-change-done-unlink"),
            _ => None,
        })
        .map(|k| chrome.t(k));
    render_admin(
        &state,
        &served,
        chrome,
        &school,
        notice,
        &Typed::default(),
        &[],
        StatusCode::OK,
    )
    .await
}

/// A path from the form: `Ok(None)` for every path.
fn read_path(text: &str) -> Result<Option<Path>, ()> {
    match text.trim() {
        "" => Ok(None),
        code => Path::from_code(code).map(Some).ok_or(()),
    }
}

async fn admin_post(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    UrlPath(id): UrlPath<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    let school = keeper(&state, &who, municipality, id).await?;
    let by = Actor::Account(who.account_id);
    let here = chrome.href(&format!("/admin/skole/{id}/skoleskift"));
    let typed = Typed {
        buddy: form.has("makkerordning").then(|| {
            form.get("makkerordning")
                .chars()
                .take(MAX_BUDDY + 1)
                .collect()
        }),
        event: form.get("arrangement").to_owned(),
        event_path: form.get("vej-arrangement").to_owned(),
        offer: form.get("tilbud").to_owned(),
        offer_path: form.get("vej-tilbud").to_owned(),
    };
    let refuse = |chrome: Chrome, errors: Vec<(&'static str, &'static str)>| {
        let (state, served, school, typed) = (&state, &served, &school, &typed);
        async move {
            render_admin(
                state,
                served,
                chrome,
                school,
                None,
                typed,
                &errors,
                StatusCode::BAD_REQUEST,
            )
            .await
        }
    };
    match form.get("handling") {
        "makker" => {
            let text = match school_change::check_buddy(typed.buddy.as_deref().unwrap_or("")) {
                Ok(t) => t,
                Err(key) => return refuse(chrome, vec![("makkerordning", key)]).await,
            };
            once(&state, &form, || async {
                state
                    .store
                    .set_buddy_scheme(municipality, id, &text, by)
                    .await?;
                let to = format!("{here}?ok=makker");
                Ok((Redirect::to(&to).into_response(), to))
            })
            .await
        }
        action @ ("arrangement" | "tilbud") => {
            let (kind, value, path, fields, missing) = if action == "arrangement" {
                (
                    Linked::Event,
                    &typed.event,
                    &typed.event_path,
                    ("arrangement", "vej-arrangement"),
                    "school-change-error-event",
                )
            } else {
                (
                    Linked::Offer,
                    &typed.offer,
                    &typed.offer_path,
                    ("tilbud", "vej-tilbud"),
                    "school-change-error-offer",
                )
            };
            let mut errors = Vec::new();
            let target = value.trim().parse::<i64>().ok();
            if target.is_none() {
                errors.push((fields.0, missing));
            }
            let path = read_path(path);
            if path.is_err() {
                errors.push((fields.1, "school-change-error-path"));
            }
            let (Some(target), Ok(path)) = (target, path) else {
                return refuse(chrome, errors).await;
            };
            let linked = once(&state, &form, || async {
                state
                    .store
                    .link_welcome(municipality, id, kind, target, path, by)
                    .await?;
                let to = format!("{here}?ok=link");
                Ok((Redirect::to(&to).into_response(), to))
            })
            .await;
            match linked {
                Err(HttpError::NotFound) => refuse(chrome, vec![(fields.0, missing)]).await,
                other => other,
            }
        }
        action @ ("fjern-arrangement" | "fjern-tilbud") => {
            let kind = if action == "fjern-arrangement" {
                Linked::Event
            } else {
                Linked::Offer
            };
            let ids: Vec<i64> = form
                .all(action)
                .iter()
                .filter_map(|v| v.trim().parse().ok())
                .collect();
            once(&state, &form, || async {
                if !ids.is_empty() {
                    state
                        .store
                        .unlink_welcome(municipality, id, kind, &ids, by)
                        .await?;
                }
                let to = format!("{here}?ok=fjernet");
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
