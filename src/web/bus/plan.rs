//! The bus plan for staff (`/admin/bussen`, bus crew and administrators): the published
//! week and a draft side by side with their kilometres; the planner's proposal as a new
//! draft; moving a visit or changing its stay; every draft checked against the stops'
//! windows, the working hours, the driving time between stops and how often each stop
//! should be visited; publishing only a draft without problems. Changes are audited.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use jiff::civil::Time;
use serde::Deserialize;

use crate::bus::planning::{Finding, Settings, Wish, check, propose, week_km};
use crate::bus::{Plan, Visit};
use crate::format::clock;
use crate::i18n::Lang;
use crate::store::audit::Actor;
use crate::web::AppState;
use crate::web::bus::back;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::page::FormPage;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/admin/bussen", Access::Crew, page)
        .post("/admin/bussen/forslag", Access::Crew, proposal)
        .post("/admin/bussen/kladde", Access::Crew, copy_published)
        .post("/admin/bussen/besoeg/{id}", Access::Crew, edit_visit)
        .post("/admin/bussen/udgiv", Access::Crew, publish)
        .post("/admin/bussen/kasser", Access::Crew, discard)
        .post("/admin/bussen/ekstra", Access::Crew, add_extra)
        .get("/admin/bussen/stop/{id}", Access::Crew, wish_form)
        .post("/admin/bussen/stop/{id}", Access::Crew, save_wish)
        .post("/admin/bussen/ekstra/{id}/slet", Access::Crew, delete_extra)
}

fn day(lang: Lang, weekday: u8) -> String {
    crate::format::capitalise(crate::format::weekday_name(lang, weekday as usize))
}

/// A finding in words.
fn finding_text(lang: Lang, f: &Finding, settings: &Settings) -> String {
    match f {
        Finding::OutsideWindow {
            weekday,
            stop,
            arrive,
            window,
        } => lang.t_with(
            "plan-finding-window",
            &[
                ("day", day(lang, *weekday).into()),
                ("stop", stop.clone().into()),
                ("time", clock(*arrive).into()),
                ("from", clock(window.0).into()),
                ("to", clock(window.1).into()),
            ],
        ),
        Finding::TooTight {
            weekday,
            from,
            to,
            gap_minutes,
            drive_minutes,
        } => lang.t_with(
            "plan-finding-tight",
            &[
                ("day", day(lang, *weekday).into()),
                ("from", from.clone().into()),
                ("to", to.clone().into()),
                ("gap", gap_minutes.to_string().into()),
                ("drive", drive_minutes.to_string().into()),
            ],
        ),
        Finding::OutsideHours {
            weekday,
            starts,
            ends,
        } => lang.t_with(
            "plan-finding-hours",
            &[
                ("day", day(lang, *weekday).into()),
                ("start", clock(*starts).into()),
                ("end", clock(*ends).into()),
                ("shiftstart", clock(settings.shift_start).into()),
                ("shiftend", clock(settings.shift_end).into()),
            ],
        ),
        Finding::WrongDay { weekday, stop } => lang.t_with(
            "plan-finding-day",
            &[
                ("day", day(lang, *weekday).into()),
                ("stop", stop.clone().into()),
            ],
        ),
        Finding::ShortStay {
            weekday,
            stop,
            stay_minutes,
        } => lang.t_with(
            "plan-finding-stay",
            &[
                ("day", day(lang, *weekday).into()),
                ("stop", stop.clone().into()),
                ("stay", (*stay_minutes).into()),
                ("minimum", settings.min_stay_minutes.into()),
            ],
        ),
        Finding::Frequency {
            stop,
            visits,
            wanted,
        } => lang.t_with(
            "plan-finding-frequency",
            &[
                ("stop", stop.clone().into()),
                ("visits", visits.to_string().into()),
                ("wanted", wanted.to_string().into()),
            ],
        ),
    }
}

pub struct Row {
    pub id: i64,
    pub stop: String,
    pub weekday: u8,
    pub arrive: String,
    pub stay: i64,
}

pub struct DayRows {
    pub day: String,
    pub rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "bus/plan.html")]
struct PlanPage {
    chrome: Chrome,
    saved: Option<String>,
    error: Option<String>,
    settings_text: String,
    published: String,
    draft_summary: Option<String>,
    findings: Vec<String>,
    findings_of_draft: bool,
    days: Vec<DayRows>,
    weekdays: Vec<(u8, String)>,
    token: String,
    /// Coming chosen-date visits: (row id, text).
    extras: Vec<(i64, String)>,
    /// For the "extra tour" form: (stop id, name).
    stops: Vec<(i64, String)>,
    /// Each stop's wishes in words, with the links to change them and the place:
    /// (href, name, text, place href).
    wishes: Vec<(String, String, String, String)>,
    /// The yearly pauses in one sentence.
    pauses: String,
}

pub(super) struct Loaded {
    pub plan: Plan,
    pub draft: Vec<Visit>,
    pub wishes: Vec<Wish>,
    pub settings: Settings,
    pub municipality: i64,
}

/// The crew's day as staff set it; until then from the first stop, else the
/// municipality's centre.
pub(super) async fn crew_day(
    state: &AppState,
    plan: &Plan,
    served: &Served,
) -> Result<Settings, HttpError> {
    let snapshot = served.clone();
    Ok(
        match state.store.bus_settings(snapshot.municipality.id).await? {
            Some(settings) => settings,
            None => match plan.stops.first() {
                Some(stop) => Settings::starting_at(stop.full_name(), stop.at),
                None => Settings::starting_at(
                    snapshot.municipality.short_name.clone(),
                    snapshot.municipality.center,
                ),
            },
        },
    )
}

pub(super) async fn load(
    state: &AppState,
    lang: Lang,
    served: &Served,
) -> Result<Loaded, HttpError> {
    let municipality = served.municipality.id;
    let plan = crate::web::bus::timetable::plan(state, lang, served).await?;
    let settings = crew_day(state, &plan, served).await?;
    Ok(Loaded {
        draft: state.store.bus_draft(municipality).await?,
        wishes: state.store.bus_wishes(municipality).await?,
        plan,
        settings,
        municipality,
    })
}

#[derive(Deserialize)]
struct PageQuery {
    gemt: Option<String>,
}

async fn page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Query(q): Query<PageQuery>,
) -> Result<Response, HttpError> {
    let saved = q.gemt.as_deref().and_then(|what| match what {
        "forslag" | "kladde" | "besoeg" | "udgivet" | "kasseret" | "ekstra" | "ekstra-slettet"
        | "stop" | "indstillinger" | "stop-ny" | "sted" => {
            Some(chrome.t(&format!("plan-saved-{what}")))
        }
        _ => None,
    });
    render(&state, chrome, saved, None, StatusCode::OK, &served).await
}

async fn render(
    state: &AppState,
    chrome: Chrome,
    saved: Option<String>,
    error: Option<String>,
    status: StatusCode,
    served: &Served,
) -> Result<Response, HttpError> {
    let lang = chrome.lang;
    let l = load(state, lang, served).await?;
    let roads = state.config.bus_matrix.as_deref();
    let km =
        |visits: &[Visit]| format!("{:.0}", week_km(visits, &l.plan.stops, &l.settings, roads));
    let published = lang.t_with(
        "plan-published-summary",
        &[
            ("count", l.plan.visits.len().to_string().into()),
            ("km", km(&l.plan.visits).into()),
        ],
    );
    let has_draft = !l.draft.is_empty();
    let reviewed = if has_draft { &l.draft } else { &l.plan.visits };
    let findings = check(reviewed, &l.plan.stops, &l.wishes, &l.settings, roads)
        .iter()
        .map(|f| finding_text(lang, f, &l.settings))
        .collect();
    let mut days = Vec::new();
    for weekday in 0..7u8 {
        let rows: Vec<Row> = l
            .draft
            .iter()
            .filter(|v| v.weekday == weekday)
            .map(|v| Row {
                id: v.id,
                stop: l
                    .plan
                    .stop(v.stop_id)
                    .map(|s| s.full_name())
                    .unwrap_or_default(),
                weekday,
                arrive: clock(v.arrive),
                stay: v.stay_minutes,
            })
            .collect();
        if !rows.is_empty() {
            days.push(DayRows {
                day: day(lang, weekday),
                rows,
            });
        }
    }
    let today = state.clock().today();
    let extras = l
        .plan
        .extras
        .iter()
        .filter(|e| e.date >= today)
        .map(|e| {
            let stop = l
                .plan
                .stop(e.visit.stop_id)
                .map(|s| s.full_name())
                .unwrap_or_default();
            (
                -e.visit.id,
                format!(
                    "{} {}–{}: {stop}",
                    crate::format::day(lang, e.date),
                    clock(e.visit.arrive),
                    clock(e.visit.leave())
                ),
            )
        })
        .collect();
    let mut stops: Vec<(i64, String)> =
        l.plan.stops.iter().map(|s| (s.id, s.full_name())).collect();
    stops.sort_by(|a, b| a.1.cmp(&b.1));
    let wishes = stops
        .iter()
        .filter_map(|(id, name)| {
            let w = l.wishes.iter().find(|w| w.stop_id == *id)?;
            Some((
                chrome.href(&format!("/admin/bussen/stop/{id}")),
                name.clone(),
                wish_text(lang, w),
                chrome.href(&format!("/admin/bussen/stop/{id}/sted")),
            ))
        })
        .collect();
    let pauses = lang.t_with(
        "bus-pauses-summary",
        &[
            ("count", (l.plan.pauses.len() as i64).into()),
            (
                "list",
                l.plan
                    .pauses
                    .iter()
                    .map(|p| format!("{} ({})", crate::web::bus::span(lang, p), p.reason))
                    .collect::<Vec<_>>()
                    .join(", ")
                    .into(),
            ),
        ],
    );
    let page = PlanPage {
        pauses,
        wishes,
        extras,
        stops,
        saved,
        error,
        settings_text: lang.t_with(
            "plan-settings",
            &[
                ("where", l.settings.depot_name.clone().into()),
                ("from", clock(l.settings.shift_start).into()),
                ("to", clock(l.settings.shift_end).into()),
                ("speed", format!("{}", l.settings.speed_kmh.round()).into()),
                ("stay", l.settings.min_stay_minutes.into()),
            ],
        ),
        published,
        draft_summary: has_draft.then(|| {
            lang.t_with(
                "plan-draft-summary",
                &[
                    ("count", l.draft.len().to_string().into()),
                    ("km", km(&l.draft).into()),
                ],
            )
        }),
        findings,
        findings_of_draft: has_draft,
        days,
        weekdays: (0..7).map(|d| (d, day(lang, d))).collect(),
        token: state
            .form_key
            .issue(chrome.session.as_deref(), state.store.now()),
        chrome,
    };
    crate::web::page::render_page(&page, status)
}

/// "ankomst" as HH:MM (or HH.MM).
fn arrival(form: &FormData) -> Option<Time> {
    crate::format::parse_clock(form.get("ankomst"))
}

/// "ophold" in minutes, 5 to 480.
fn stay(form: &FormData) -> Option<i64> {
    form.get("ophold")
        .trim()
        .parse()
        .ok()
        .filter(|m| (5..=480).contains(m))
}

/// The planner's week becomes the draft.
async fn proposal(
    served: Served,
    chrome: Chrome,
    who: SignedIn,
    State(state): State<AppState>,
    _form: FormData,
) -> Result<Response, HttpError> {
    let l = load(&state, chrome.lang, &served).await?;
    let roads = state.config.bus_matrix.as_deref();
    let (drafts, _unserved) = match propose(&l.plan.stops, &l.wishes, &l.settings, roads) {
        Ok(found) => found,
        Err(key) => {
            let text = chrome
                .lang
                .t_with("plan-error-matrix", &[("stop", key.into())]);
            return render(
                &state,
                chrome,
                None,
                Some(text),
                StatusCode::CONFLICT,
                &served,
            )
            .await;
        }
    };
    state
        .store
        .replace_bus_draft(
            l.municipality,
            &drafts,
            Actor::Account(who.0.account_id),
            "bus-plan-proposed",
        )
        .await?;
    Ok(back(&chrome, "forslag"))
}

/// The published week becomes the draft, to edit by hand.
async fn copy_published(
    served: Served,
    chrome: Chrome,
    who: SignedIn,
    State(state): State<AppState>,
    _form: FormData,
) -> Result<Response, HttpError> {
    let l = load(&state, chrome.lang, &served).await?;
    let drafts: Vec<_> = l
        .plan
        .visits
        .iter()
        .map(|v| crate::bus::planning::Draft {
            stop_id: v.stop_id,
            weekday: v.weekday,
            arrive: v.arrive,
            stay_minutes: v.stay_minutes,
            activities: v.activities.clone(),
        })
        .collect();
    state
        .store
        .replace_bus_draft(
            l.municipality,
            &drafts,
            Actor::Account(who.0.account_id),
            "bus-plan-drafted",
        )
        .await?;
    Ok(back(&chrome, "kladde"))
}

/// Moves a draft visit (weekday, arrival) or changes its stay.
async fn edit_visit(
    served: Served,
    chrome: Chrome,
    who: SignedIn,
    State(state): State<AppState>,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let id: i64 = id.parse().map_err(|_| HttpError::NotFound)?;
    let weekday = form.get("dag").parse::<u8>().ok().filter(|d| *d < 7);
    let (arrive, stay) = (arrival(&form), stay(&form));
    let error = match (weekday, arrive, stay) {
        (None, _, _) => Some("plan-error-day"),
        (_, None, _) => Some("plan-error-time"),
        (_, _, None) => Some("plan-error-stay"),
        _ => None,
    };
    if let Some(key) = error {
        let text = chrome.t(key);
        return render(
            &state,
            chrome,
            None,
            Some(text),
            StatusCode::BAD_REQUEST,
            &served,
        )
        .await;
    }
    let (Some(weekday), Some(arrive), Some(stay)) = (weekday, arrive, stay) else {
        return Err(HttpError::NotFound);
    };
    let municipality = served.municipality.id;
    if !state
        .store
        .update_bus_draft_visit(
            municipality,
            id,
            weekday,
            arrive,
            stay,
            Actor::Account(who.0.account_id),
        )
        .await?
    {
        return Err(HttpError::NotFound);
    }
    Ok(back(&chrome, "besoeg"))
}

/// Publishes the draft if it has no problems.
async fn publish(
    served: Served,
    chrome: Chrome,
    who: SignedIn,
    State(state): State<AppState>,
    _form: FormData,
) -> Result<Response, HttpError> {
    let l = load(&state, chrome.lang, &served).await?;
    if l.draft.is_empty() {
        let text = chrome.t("plan-error-no-draft");
        return render(
            &state,
            chrome,
            None,
            Some(text),
            StatusCode::BAD_REQUEST,
            &served,
        )
        .await;
    }
    if !check(
        &l.draft,
        &l.plan.stops,
        &l.wishes,
        &l.settings,
        state.config.bus_matrix.as_deref(),
    )
    .is_empty()
    {
        let text = chrome.t("plan-error-findings");
        return render(
            &state,
            chrome,
            None,
            Some(text),
            StatusCode::CONFLICT,
            &served,
        )
        .await;
    }
    state
        .store
        .publish_bus_draft(l.municipality, Actor::Account(who.0.account_id))
        .await?;
    Ok(back(&chrome, "udgivet"))
}

async fn discard(
    served: Served,
    chrome: Chrome,
    who: SignedIn,
    State(state): State<AppState>,
    _form: FormData,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    state
        .store
        .discard_bus_draft(municipality, Actor::Account(who.0.account_id))
        .await?;
    Ok(back(&chrome, "kasseret"))
}

/// A visit on a chosen date (also within a pause), at once public.
async fn add_extra(
    served: Served,
    chrome: Chrome,
    who: SignedIn,
    State(state): State<AppState>,
    form: FormData,
) -> Result<Response, HttpError> {
    let l = load(&state, chrome.lang, &served).await?;
    let today = state.clock().today();
    let stop = form
        .get("stop")
        .parse::<i64>()
        .ok()
        .and_then(|id| l.plan.stop(id));
    let date = form.get("dato").trim().parse::<jiff::civil::Date>().ok();
    let (arrive, stay) = (arrival(&form), stay(&form));
    let error = match (stop, date, arrive, stay) {
        (None, ..) => Some("plan-error-stop"),
        (_, None, ..) => Some("plan-error-date"),
        (_, Some(d), ..) if d < today || (d - today).get_days() > 366 => Some("plan-error-date"),
        (_, _, None, _) => Some("plan-error-time"),
        (.., None) => Some("plan-error-stay"),
        _ => None,
    };
    let (Some(stop), Some(date), Some(arrive), Some(stay), None) =
        (stop, date, arrive, stay, error)
    else {
        let text = chrome.t(error.unwrap_or("plan-error-date"));
        return render(
            &state,
            chrome,
            None,
            Some(text),
            StatusCode::BAD_REQUEST,
            &served,
        )
        .await;
    };
    let activities = l
        .wishes
        .iter()
        .find(|w| w.stop_id == stop.id)
        .map(|w| w.activities.clone())
        .unwrap_or_default();
    state
        .store
        .add_extra_visit(
            l.municipality,
            date,
            &crate::bus::planning::Draft {
                stop_id: stop.id,
                weekday: date.weekday().to_monday_zero_offset() as u8,
                arrive,
                stay_minutes: stay,
                activities,
            },
            Actor::Account(who.0.account_id),
        )
        .await?;
    Ok(back(&chrome, "ekstra"))
}

async fn delete_extra(
    served: Served,
    chrome: Chrome,
    who: SignedIn,
    State(state): State<AppState>,
    Path(id): Path<String>,
    _form: FormData,
) -> Result<Response, HttpError> {
    let id: i64 = id.parse().map_err(|_| HttpError::NotFound)?;
    let municipality = served.municipality.id;
    if !state
        .store
        .delete_extra_visit(municipality, id, Actor::Account(who.0.account_id))
        .await?
    {
        return Err(HttpError::NotFound);
    }
    Ok(back(&chrome, "ekstra-slettet"))
}

/// "1 gang om ugen · man, tir · 10.00–11.00 · 60 min."
fn wish_text(lang: Lang, w: &Wish) -> String {
    let mut parts = vec![lang.t_with(
        "plan-wish-per-week",
        &[("count", i64::from(w.per_week).into())],
    )];
    parts.push(
        w.days
            .iter()
            .map(|d| crate::format::weekday_name(lang, *d as usize))
            .collect::<Vec<_>>()
            .join(", "),
    );
    if let Some((a, b)) = w.window {
        parts.push(format!("{}–{}", clock(a), clock(b)));
    }
    parts.push(lang.t_with("plan-wish-stay", &[("min", w.stay_minutes.into())]));
    parts.join(" · ")
}

/// The form's values as typed.
struct WishValues {
    per_week: String,
    days: Vec<String>,
    from: String,
    to: String,
    stay: String,
    activities: Vec<String>,
}

impl WishValues {
    fn of(w: &Wish) -> WishValues {
        WishValues {
            per_week: w.per_week.to_string(),
            days: w.days.iter().map(u8::to_string).collect(),
            from: w.window.map(|(a, _)| clock(a)).unwrap_or_default(),
            to: w.window.map(|(_, b)| clock(b)).unwrap_or_default(),
            stay: w.stay_minutes.to_string(),
            activities: w.activities.clone(),
        }
    }

    fn from_form(form: &FormData) -> WishValues {
        let short = |k: &str| form.get(k).trim().chars().take(8).collect::<String>();
        WishValues {
            per_week: short("gange"),
            days: form.all("dage"),
            from: short("fra"),
            to: short("til"),
            stay: short("ophold"),
            activities: form.all("aktiviteter"),
        }
    }

    /// The wish, or the first errors (field, text key).
    fn parse(&self, stop_id: i64) -> Result<Wish, Vec<(&'static str, &'static str)>> {
        let mut errors = Vec::new();
        let per_week = self.per_week.parse::<u8>().ok().filter(|n| *n <= 5);
        if per_week.is_none() {
            errors.push(("gange", "plan-error-per-week"));
        }
        let days: Vec<u8> = self
            .days
            .iter()
            .filter_map(|d| d.parse::<u8>().ok())
            .filter(|d| *d < 7)
            .collect();
        if days.is_empty() || days.len() != self.days.len() {
            errors.push(("dage", "plan-error-days"));
        }
        if let Some(n) = per_week
            && usize::from(n) > days.len()
            && !days.is_empty()
        {
            errors.push(("gange", "plan-error-per-week-days"));
        }
        let time = crate::format::parse_clock;
        let window = match (self.from.as_str(), self.to.as_str()) {
            ("", "") => None,
            (a, b) => match (time(a), time(b)) {
                (Some(a), Some(b)) if a < b => Some((a, b)),
                _ => {
                    errors.push(("fra", "plan-error-window"));
                    None
                }
            },
        };
        let stay = self
            .stay
            .parse::<i64>()
            .ok()
            .filter(|m| (5..=480).contains(m));
        if stay.is_none() {
            errors.push(("ophold", "plan-error-stay"));
        }
        if self
            .activities
            .iter()
            .any(|a| !crate::bus::ACTIVITIES.contains(&a.as_str()))
        {
            errors.push(("aktiviteter", "error-form-bad"));
        }
        match (per_week, stay) {
            (Some(per_week), Some(stay_minutes)) if errors.is_empty() => Ok(Wish {
                stop_id,
                per_week,
                days,
                window,
                stay_minutes,
                activities: self.activities.clone(),
            }),
            _ => Err(errors),
        }
    }
}

fn wish_view(
    state: &AppState,
    chrome: &Chrome,
    stop_id: i64,
    v: &WishValues,
    errors: &[(&'static str, &'static str)],
) -> FormView {
    let lang = chrome.lang;
    let weekdays = (0..7u8).map(|d| (d.to_string(), day(lang, d))).collect();
    let activities = crate::bus::ACTIVITIES
        .iter()
        .map(|a| ((*a).to_owned(), lang.t(&format!("bus-activity-{a}"))))
        .collect();
    FormView::new(state, chrome, &format!("/admin/bussen/stop/{stop_id}"))
        .field(
            Field::new(Kind::Number, "gange", lang.t("plan-wish-field-per-week"))
                .hint(lang.t("plan-wish-field-per-week-hint"))
                .value(v.per_week.clone())
                .max(1),
        )
        .field(
            Field::new(Kind::Checkboxes, "dage", lang.t("plan-wish-field-days"))
                .choices(weekdays, &v.days),
        )
        .field(
            Field::new(Kind::Time, "fra", lang.t("plan-wish-field-from"))
                .hint(lang.t("plan-wish-field-window-hint"))
                .value(v.from.clone())
                .max(5),
        )
        .field(
            Field::new(Kind::Time, "til", lang.t("plan-wish-field-to"))
                .value(v.to.clone())
                .max(5),
        )
        .field(
            Field::new(Kind::Number, "ophold", lang.t("plan-col-stay"))
                .value(v.stay.clone())
                .max(3),
        )
        .field(
            Field::new(
                Kind::Checkboxes,
                "aktiviteter",
                lang.t("plan-wish-field-activities"),
            )
            .choices(activities, &v.activities),
        )
        .with_errors(chrome, errors)
        .button("handling", "gem", lang.t("plan-save"), false)
}

async fn wish_page(
    state: &AppState,
    chrome: Chrome,
    stop_id: i64,
    v: &WishValues,
    errors: &[(&'static str, &'static str)],
    served: &Served,
) -> Result<Response, HttpError> {
    let l = load(state, chrome.lang, served).await?;
    let stop = l.plan.stop(stop_id).ok_or(HttpError::NotFound)?;
    let form = wish_view(state, &chrome, stop_id, v, errors);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let title = chrome
        .lang
        .t_with("plan-wish-title", &[("stop", stop.full_name().into())]);
    let back = (chrome.href("/admin/bussen"), chrome.t("plan-title"));
    let mut page = FormPage::new(chrome, "plan-title", form)
        .lead(title.clone())
        .link(back.0, back.1);
    page.title = title;
    page.render(status)
}

async fn wish_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, HttpError> {
    let id: i64 = id.parse().map_err(|_| HttpError::NotFound)?;
    let municipality = served.municipality.id;
    let wishes = state.store.bus_wishes(municipality).await?;
    let wish = wishes
        .iter()
        .find(|w| w.stop_id == id)
        .ok_or(HttpError::NotFound)?;
    wish_page(&state, chrome, id, &WishValues::of(wish), &[], &served).await
}

async fn save_wish(
    served: Served,
    chrome: Chrome,
    who: SignedIn,
    State(state): State<AppState>,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let id: i64 = id.parse().map_err(|_| HttpError::NotFound)?;
    let values = WishValues::from_form(&form);
    let wish = match values.parse(id) {
        Ok(wish) => wish,
        Err(errors) => return wish_page(&state, chrome, id, &values, &errors, &served).await,
    };
    let municipality = served.municipality.id;
    if !state
        .store
        .update_wish(municipality, &wish, Actor::Account(who.0.account_id))
        .await?
    {
        return Err(HttpError::NotFound);
    }
    Ok(back(&chrome, "stop"))
}
