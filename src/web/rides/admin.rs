//! The coordinators' side of rides (administrators, as for requests to ambassadors):
//!
//! - `/admin/koersel`: rides waiting for a driver, rides planned, links to the register,
//!   the day lists and the month's mileage.
//! - `/admin/koersel/bestilling/{id}`: one ride, the proposed drivers in matching order
//!   ([`crate::rides::propose`]) with why; confirming one writes the ride and both mails
//!   in one transaction.
//! - `/admin/koersel/chauffoerer`: the driver register (vetting, days, hours, villages);
//!   `?ret={id}` edits one.
//! - `/admin/koersel/chauffoer/{id}/dag?dato=YYYY-MM-DD`: a driver's day list, for print.
//! - `/admin/koersel/koerselsgodtgoerelse.csv?maaned=YYYY-MM`: mileage per driver.
//!
//! Every look at a ride (it holds a citizen's name, address and needs) is audited.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::ToSpan;
use jiff::civil::Date;

use super::public::{facts, relative_mails};
use super::{ride_text, shown_time};
use crate::accounts::{normalise_email, plausible_email};
use crate::domain::Phone;
use crate::rides::{
    DAY_CODES, Need, Reason, km_text, kroner, mail, mask_from_codes, metres_per_date, mileage_ore,
    parse_date, propose, vetting_gaps,
};
use crate::store::StoreError;
use crate::store::audit::Actor;
use crate::store::outbox::NewMail;
use crate::store::rides::{DriverRow, NewDriver, Ride, RideStatus};
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind, check_length};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/admin/koersel", Access::Administrator, desk)
        .get(
            "/admin/koersel/bestilling/{id}",
            Access::Administrator,
            ride_page,
        )
        .post(
            "/admin/koersel/bestilling/{id}",
            Access::Administrator,
            confirm,
        )
        .get(
            "/admin/koersel/chauffoerer",
            Access::Administrator,
            drivers_page,
        )
        .post(
            "/admin/koersel/chauffoerer",
            Access::Administrator,
            save_driver,
        )
        .get(
            "/admin/koersel/chauffoer/{id}/dag",
            Access::Administrator,
            day_list,
        )
        .get(
            "/admin/koersel/koerselsgodtgoerelse.csv",
            Access::Administrator,
            mileage_csv,
        )
}

fn not_found(e: StoreError) -> HttpError {
    match e {
        StoreError::NotFound => HttpError::NotFound,
        other => other.into(),
    }
}

fn shown_dates(chrome: &Chrome, r: &Ride) -> String {
    let open = r.open_dates();
    let first = open.first().map(|d| crate::format::day(chrome.lang, *d));
    match (first, open.len()) {
        (None, _) => chrome.t("rides-no-dates"),
        (Some(f), 1) => f,
        (Some(f), n) => chrome.lang.t_with(
            "rides-dates-from",
            &[("first", f.into()), ("count", (n as i64).into())],
        ),
    }
}

pub struct Row {
    pub href: String,
    pub destination: String,
    pub town: String,
    pub dates: String,
    pub driver: String,
}

#[derive(Template)]
#[template(path = "rides/desk.html")]
struct Desk {
    chrome: Chrome,
    waiting: Vec<Row>,
    planned: Vec<Row>,
    month: String,
}

async fn desk(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let rides = state.store.rides(served.municipality.id).await?;
    let row = |r: &Ride| Row {
        href: chrome.href(&format!("/admin/koersel/bestilling/{}", r.id)),
        destination: r.new.destination.clone(),
        town: r.town.clone().unwrap_or_default(),
        dates: shown_dates(&chrome, r),
        driver: r.driver_name.clone().unwrap_or_default(),
    };
    let today = state.clock().today();
    let page = Desk {
        waiting: rides
            .iter()
            .filter(|r| r.status == RideStatus::New)
            .map(row)
            .collect(),
        planned: rides
            .iter()
            .filter(|r| {
                r.status == RideStatus::Confirmed && r.open_dates().iter().any(|d| *d >= today)
            })
            .map(row)
            .collect(),
        month: today.strftime("%Y-%m").to_string(),
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

pub struct Candidate {
    pub id: i64,
    pub name: String,
    pub why: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "rides/ride_staff.html")]
struct RidePage {
    chrome: Chrome,
    status: String,
    facts: Vec<(String, String)>,
    dates: Vec<(String, bool)>,
    waiting: bool,
    candidates: Vec<Candidate>,
    /// Lifts to the same event with a free seat.
    lifts: Vec<Candidate>,
    error: Option<String>,
    token: String,
    day_href: Option<String>,
}

async fn ride_view(
    chrome: Chrome,
    state: &AppState,
    municipality: i64,
    r: &Ride,
    error: Option<String>,
) -> Result<RidePage, HttpError> {
    let mut candidates = Vec::new();
    let mut lifts = Vec::new();
    if let (RideStatus::New, Some(event)) = (r.status, r.new.event_id) {
        for l in state.store.lifts(municipality, Some(event)).await? {
            if l.taken >= l.seats {
                continue;
            }
            let mut why = vec![
                chrome
                    .lang
                    .t_with("rides-lift-free", &[("free", (l.seats - l.taken).into())]),
            ];
            if let Some(town) = &l.town {
                why.push(
                    chrome
                        .lang
                        .t_with("rides-lift-from-town", &[("town", town.clone().into())]),
                );
            }
            if !l.note.is_empty() {
                why.push(l.note.clone());
            }
            lifts.push(Candidate {
                id: l.id,
                name: l.name.clone(),
                why: why.join(" · "),
                checked: lifts.is_empty(),
            });
        }
    }
    if r.status == RideStatus::New {
        let drivers = state.store.drivers(municipality).await?;
        let need = need_of(state, municipality, r).await?;
        let booked = state.store.booked(municipality).await?;
        let models: Vec<_> = drivers.iter().map(DriverRow::model).collect();
        for (i, p) in propose(&need, &models, &booked).into_iter().enumerate() {
            let mut why: Vec<String> = p
                .reasons
                .iter()
                .map(|reason| match reason {
                    Reason::SameDriver => chrome.t("rides-why-same-driver"),
                    Reason::SameVillage => chrome.t("rides-why-same-village"),
                })
                .collect();
            if let Some(km) = p.km_away {
                why.push(chrome.lang.t_with(
                    "rides-why-km",
                    &[("km", km_text((km * 1000.0) as i64).into())],
                ));
            }
            candidates.push(Candidate {
                id: p.driver_id,
                name: p.name,
                why: why.join(" · "),
                checked: i == 0,
            });
        }
    }
    let day_href = match (r.driver_id, r.open_dates().first()) {
        (Some(d), Some(date)) if r.status == RideStatus::Confirmed => {
            Some(chrome.href(&format!("/admin/koersel/chauffoer/{d}/dag?dato={date}")))
        }
        _ => None,
    };
    let mut shown_facts = facts(&chrome, r);
    if let Some(account) = r.new.ordered_by_account_id
        && let Ok(by) = state.store.account(municipality, account).await
    {
        shown_facts.push((chrome.t("rides-ordered-by"), by.name));
    }
    if r.lift_id.is_some() {
        shown_facts.push((chrome.t("rides-driver"), chrome.t("rides-lift-connected")));
    }
    if let Some(driver) = &r.driver_name {
        shown_facts.push((chrome.t("rides-driver"), driver.clone()));
        shown_facts.push((chrome.t("rides-km-per-date"), km_text(r.metres_per_date)));
    }
    Ok(RidePage {
        status: chrome.t(&format!("rides-state-{}", r.status.code())),
        facts: shown_facts,
        dates: r
            .dates
            .iter()
            .map(|d| {
                let shown = d
                    .date
                    .parse::<Date>()
                    .map(|p| crate::format::capitalise(&crate::format::day(chrome.lang, p)))
                    .unwrap_or_else(|_| d.date.clone());
                (shown, d.cancelled)
            })
            .collect(),
        waiting: r.status == RideStatus::New,
        candidates,
        lifts,
        error,
        token: state
            .form_key
            .issue(chrome.session.as_deref(), state.store.now()),
        day_href,
        chrome,
    })
}

/// What the ride needs, for matching.
async fn need_of(state: &AppState, municipality: i64, r: &Ride) -> Result<Need, HttpError> {
    Ok(Need {
        town_id: r.new.town_id,
        pickup: r.pickup_at,
        dates: r.open_dates(),
        pickup_out: crate::format::parse_clock(&r.new.pickup_out)
            .unwrap_or(jiff::civil::Time::midnight()),
        pickup_home: crate::format::parse_clock(&r.new.pickup_home),
        earlier_drivers: state
            .store
            .earlier_drivers(municipality, &r.new.phone, r.id)
            .await?,
    })
}

async fn ride_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    let r = state
        .store
        .ride(municipality, id)
        .await
        .map_err(not_found)?;
    state
        .store
        .audit(
            Some(municipality),
            Actor::Account(who.account_id),
            "ride.view",
            ("ride", &r.id.to_string()),
            "",
        )
        .await?;
    let page = ride_view(chrome, &state, municipality, &r, None).await?;
    crate::web::page::render_page(&page, StatusCode::OK)
}

async fn confirm(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    let r = state
        .store
        .ride(municipality, id)
        .await
        .map_err(not_found)?;
    let done = chrome.href(&format!("/admin/koersel/bestilling/{id}"));
    if form.get("handling") == "lift" {
        return connect(
            &state,
            chrome,
            municipality,
            &r,
            who.account_id,
            &form,
            done,
        )
        .await;
    }
    let driver_id = form.get("chauffoer").parse::<i64>().ok();
    // Only a driver matching proposes may be confirmed.
    let proposed = if r.status == RideStatus::New {
        let drivers = state.store.drivers(municipality).await?;
        let need = need_of(&state, municipality, &r).await?;
        let booked = state.store.booked(municipality).await?;
        let models: Vec<_> = drivers.iter().map(DriverRow::model).collect();
        let ok = propose(&need, &models, &booked)
            .iter()
            .any(|p| Some(p.driver_id) == driver_id);
        ok.then(|| drivers.into_iter().find(|d| Some(d.id) == driver_id))
            .flatten()
    } else {
        None
    };
    let Some(driver) = proposed else {
        if r.status != RideStatus::New {
            return Ok(Redirect::to(&done).into_response());
        }
        let message = chrome.t("rides-error-driver");
        let page = ride_view(chrome, &state, municipality, &r, Some(message)).await?;
        return crate::web::page::render_page(&page, StatusCode::BAD_REQUEST);
    };
    let setting = state.store.ride_setting(municipality).await?;
    let legs = if r.new.pickup_home.is_empty() { 1 } else { 2 };
    let metres = metres_per_date(
        driver.home,
        r.pickup_at,
        r.new.destination_at.or(r.pickup_at),
        legs,
        setting.road_factor,
    );
    let (out, home) = (
        shown_time(&r.new.pickup_out),
        shown_time(&r.new.pickup_home),
    );
    let open = r.open_dates();
    let text = ride_text(&r, &out, &home, &open);
    let first = mail::first_name(&driver.new.name).to_owned();
    let mut mails = Vec::new();
    if !r.new.email.is_empty() {
        // The private link is not kept (only its hash): the mail points to the first one.
        let (subject, body) = mail::confirmed_to_rider(&text, &first);
        mails.push(NewMail {
            municipality_id: Some(municipality),
            to: r.new.email.clone(),
            subject,
            body,
            unique_key: Some(format!("ride:{id}:confirmed")),
        });
    }
    if !driver.new.email.is_empty() {
        let (subject, body) = mail::confirmed_to_driver(&text, &driver.new.name);
        mails.push(NewMail {
            municipality_id: Some(municipality),
            to: driver.new.email.clone(),
            subject,
            body,
            unique_key: Some(format!("ride:{id}:driver:{}", driver.id)),
        });
    }
    let later = relative_mails(
        state.store.now(),
        &r,
        municipality,
        &first,
        &r.new.pickup_out,
        &r.new.relative_name,
        &r.new.relative_email,
    );
    crate::web::page::once(&state, &form, || async {
        state
            .store
            .confirm_ride(
                municipality,
                id,
                driver.id,
                metres,
                &mails,
                &later,
                Actor::Account(who.account_id),
            )
            .await?;
        Ok((Redirect::to(&done).into_response(), done.clone()))
    })
    .await
}

/// Connects the ride to a lift the coordinator chose; mails both.
async fn connect(
    state: &AppState,
    chrome: Chrome,
    municipality: i64,
    r: &Ride,
    account_id: i64,
    form: &FormData,
    done: String,
) -> Result<Response, HttpError> {
    let lift_id = form.get("lift").parse::<i64>().ok();
    let lift = match (r.status, r.new.event_id) {
        (RideStatus::New, Some(event)) => state
            .store
            .lifts(municipality, Some(event))
            .await?
            .into_iter()
            .find(|l| Some(l.id) == lift_id && l.taken < l.seats),
        _ => None,
    };
    let Some(lift) = lift else {
        if r.status != RideStatus::New {
            return Ok(Redirect::to(&done).into_response());
        }
        let message = chrome.t("rides-error-lift");
        let page = ride_view(chrome, state, municipality, r, Some(message)).await?;
        return crate::web::page::render_page(&page, StatusCode::BAD_REQUEST);
    };
    let (out, home) = (
        shown_time(&r.new.pickup_out),
        shown_time(&r.new.pickup_home),
    );
    let open = r.open_dates();
    let text = ride_text(r, &out, &home, &open);
    let first = mail::first_name(&lift.name).to_owned();
    let mut mails = Vec::new();
    // The one who offered the lift learns who to pick up — by mail, never on a page.
    let (subject, body) = mail::confirmed_to_driver(&text, &lift.name);
    mails.push(NewMail {
        municipality_id: Some(municipality),
        to: lift.email.clone(),
        subject,
        body,
        unique_key: Some(format!("ride:{}:lift:{}", r.id, lift.id)),
    });
    if !r.new.email.is_empty() {
        let (subject, body) = mail::confirmed_to_rider(&text, &first);
        mails.push(NewMail {
            municipality_id: Some(municipality),
            to: r.new.email.clone(),
            subject,
            body,
            unique_key: Some(format!("ride:{}:confirmed", r.id)),
        });
    }
    let id = r.id;
    crate::web::page::once(state, form, || async {
        state
            .store
            .connect_lift(
                municipality,
                id,
                lift.id,
                &mails,
                Actor::Account(account_id),
            )
            .await?;
        Ok((Redirect::to(&done).into_response(), done.clone()))
    })
    .await
}

pub struct DriverLine {
    pub name: String,
    pub town: String,
    pub days: String,
    pub hours: String,
    pub vetting: String,
    pub vetted: bool,
    pub edit: String,
    pub day: String,
}

#[derive(Template)]
#[template(path = "rides/drivers.html")]
struct DriversPage {
    chrome: Chrome,
    notice: Option<String>,
    drivers: Vec<DriverLine>,
    editing: bool,
    form: FormView,
}

/// The register form's answers, as typed.
#[derive(Default, Clone)]
struct DriverAnswers {
    id: String,
    name: String,
    phone: String,
    email: String,
    town: String,
    days: Vec<String>,
    areas: Vec<String>,
    from: String,
    to: String,
    record: String,
    licence: String,
    insurance: String,
    active: bool,
}

impl DriverAnswers {
    fn from_form(form: &FormData) -> Self {
        let text = |k: &str, max: usize| form.get(k).trim().chars().take(max).collect::<String>();
        DriverAnswers {
            id: text("id", 12),
            name: text("navn", 81),
            phone: text("telefon", 31),
            email: text("email", 201),
            town: text("by", 100),
            days: form.all("dage"),
            areas: form.all("omraade"),
            from: text("fra", 10),
            to: text("til", 10),
            record: text("straffeattest", 20),
            licence: text("koerekort", 20),
            insurance: text("forsikring", 20),
            active: form.get("aktiv") == "ja",
        }
    }

    fn of(d: &DriverRow, towns: &[crate::domain::Town]) -> Self {
        let name_of = |id: i64| towns.iter().find(|t| t.id == id).map(|t| t.name.clone());
        DriverAnswers {
            id: d.id.to_string(),
            name: d.new.name.clone(),
            phone: d.new.phone.clone(),
            email: d.new.email.clone(),
            town: d.town.clone().unwrap_or_default(),
            days: DAY_CODES
                .iter()
                .enumerate()
                .filter(|(i, _)| d.new.weekdays & (1 << i) != 0)
                .map(|(_, c)| c.to_string())
                .collect(),
            areas: d.new.towns.iter().filter_map(|t| name_of(*t)).collect(),
            from: shown_time(&d.new.from),
            to: shown_time(&d.new.to),
            record: d.new.record_on.clone().unwrap_or_default(),
            licence: d.new.licence_until.clone().unwrap_or_default(),
            insurance: d.new.insurance_until.clone().unwrap_or_default(),
            active: d.new.active,
        }
    }

    fn errors(&self, towns: &[String]) -> Vec<(&'static str, &'static str)> {
        let mut e = Vec::new();
        if self.name.is_empty() {
            e.push(("navn", "rides-error-name"));
        }
        check_length(&mut e, "navn", &self.name, 80);
        if Phone::parse(&self.phone).is_none() {
            e.push(("telefon", "rides-error-phone"));
        }
        if !self.email.is_empty() && !plausible_email(&normalise_email(&self.email)) {
            e.push(("email", "rides-error-email"));
        }
        if !towns.contains(&self.town) {
            e.push(("by", "rides-error-town"));
        }
        if self.days.is_empty() || self.days.iter().any(|d| !DAY_CODES.contains(&d.as_str())) {
            e.push(("dage", "rides-error-days"));
        }
        if self.areas.iter().any(|a| !towns.contains(a)) {
            e.push(("omraade", "rides-error-town"));
        }
        match (
            crate::format::parse_clock(&self.from),
            crate::format::parse_clock(&self.to),
        ) {
            (Some(f), Some(t)) if f < t => {}
            _ => e.push(("fra", "rides-error-hours")),
        }
        for (field, value) in [
            ("straffeattest", &self.record),
            ("koerekort", &self.licence),
            ("forsikring", &self.insurance),
        ] {
            if !value.is_empty() && parse_date(value).is_none() {
                e.push((field, "rides-error-vetting-date"));
            }
        }
        e
    }
}

fn driver_form(state: &AppState, chrome: &Chrome, served: &Served, a: &DriverAnswers) -> FormView {
    let t = |k: &str| chrome.t(k);
    let towns =
        crate::web::forms::town_choices(&served.directory.towns, Some(t("rides-choose-town")));
    let areas: Vec<(String, String)> = crate::domain::town_names(&served.directory.towns)
        .into_iter()
        .map(|n| (n.clone(), n))
        .collect();
    let days = DAY_CODES
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (
                c.to_string(),
                crate::format::capitalise(crate::format::weekday_name(chrome.lang, i)),
            )
        })
        .collect();
    let action = if a.id.is_empty() {
        "/admin/koersel/chauffoerer".to_owned()
    } else {
        format!("/admin/koersel/chauffoerer?ret={}", a.id)
    };
    let mut form = FormView::new(state, chrome, &action)
        .field(
            Field::new(Kind::Text, "navn", t("rides-name"))
                .value(a.name.clone())
                .max(80)
                .required(),
        )
        .field(
            Field::new(Kind::Text, "telefon", t("rides-phone"))
                .value(a.phone.clone())
                .max(30)
                .required(),
        )
        .field(Field::new(Kind::Email, "email", t("rides-driver-email")).value(a.email.clone()))
        .field(
            Field::new(Kind::Select, "by", t("rides-driver-town"))
                .choices(towns, std::slice::from_ref(&a.town)),
        )
        .field(Field::new(Kind::Checkboxes, "dage", t("rides-driver-days")).choices(days, &a.days))
        .field(
            Field::new(Kind::Time, "fra", t("rides-driver-from"))
                .hint(t("rides-driver-hours-hint"))
                .value(a.from.clone())
                .max(5),
        )
        .field(
            Field::new(Kind::Time, "til", t("rides-driver-to"))
                .value(a.to.clone())
                .max(5),
        )
        .field(
            Field::new(Kind::Checkboxes, "omraade", t("rides-driver-areas"))
                .hint(t("rides-driver-areas-hint"))
                .choices(areas, &a.areas),
        )
        .field(
            Field::new(Kind::Text, "straffeattest", t("rides-driver-record"))
                .hint(t("rides-driver-record-hint"))
                .value(a.record.clone())
                .max(20),
        )
        .field(
            Field::new(Kind::Text, "koerekort", t("rides-driver-licence"))
                .hint(t("rides-driver-date-hint"))
                .value(a.licence.clone())
                .max(20),
        )
        .field(
            Field::new(Kind::Text, "forsikring", t("rides-driver-insurance"))
                .hint(t("rides-driver-date-hint"))
                .value(a.insurance.clone())
                .max(20),
        )
        .field(Field::new(Kind::Checkbox, "aktiv", t("rides-driver-active")).checked(a.active));
    form = form.button("", "", t("rides-driver-save"), false);
    form
}

async fn drivers_view(
    chrome: Chrome,
    state: &AppState,
    served: &Served,
    answers: Option<DriverAnswers>,
    editing: bool,
    notice: Option<String>,
) -> Result<DriversPage, HttpError> {
    let today = state.clock().today();
    let drivers = state.store.drivers(served.municipality.id).await?;
    let lines = drivers
        .iter()
        .map(|d| {
            let model = d.model();
            let gaps = vetting_gaps(&model, today);
            DriverLine {
                name: if d.new.active {
                    d.new.name.clone()
                } else {
                    format!("{} ({})", d.new.name, chrome.t("rides-driver-inactive"))
                },
                town: d.town.clone().unwrap_or_default(),
                days: DAY_CODES
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| d.new.weekdays & (1 << i) != 0)
                    .map(|(i, _)| {
                        crate::format::weekday_name(chrome.lang, i)
                            .chars()
                            .take(3)
                            .collect::<String>()
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                hours: format!("{}–{}", shown_time(&d.new.from), shown_time(&d.new.to)),
                vetting: if gaps.is_empty() {
                    chrome.t("rides-vetting-ok")
                } else {
                    gaps.iter()
                        .map(|g| chrome.t(&format!("rides-vetting-{g}")))
                        .collect::<Vec<_>>()
                        .join(", ")
                },
                vetted: gaps.is_empty(),
                edit: chrome.href(&format!("/admin/koersel/chauffoerer?ret={}#navn", d.id)),
                day: chrome.href(&format!(
                    "/admin/koersel/chauffoer/{}/dag?dato={today}",
                    d.id
                )),
            }
        })
        .collect();
    let a = answers.unwrap_or(DriverAnswers {
        from: "09.00".into(),
        to: "17.00".into(),
        active: true,
        ..DriverAnswers::default()
    });
    let form = driver_form(state, &chrome, served, &a);
    Ok(DriversPage {
        notice,
        drivers: lines,
        editing,
        form,
        chrome,
    })
}

async fn drivers_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let editing = match q.get("ret").and_then(|id| id.parse::<i64>().ok()) {
        Some(id) => Some(
            state
                .store
                .driver(served.municipality.id, id)
                .await
                .map_err(not_found)?,
        ),
        None => None,
    };
    let answers = editing
        .as_ref()
        .map(|d| DriverAnswers::of(d, &served.directory.towns));
    let notice = q.get("gemt").map(|_| chrome.t("rides-driver-saved"));
    let page = drivers_view(chrome, &state, &served, answers, editing.is_some(), notice).await?;
    crate::web::page::render_page(&page, StatusCode::OK)
}

fn stored_date(text: &str) -> Option<String> {
    parse_date(text).map(|d| d.to_string())
}

async fn save_driver(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Query(q): Query<HashMap<String, String>>,
    form: FormData,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    let mut a = DriverAnswers::from_form(&form);
    let id = match q.get("ret").and_then(|id| id.parse::<i64>().ok()) {
        Some(id) => {
            state
                .store
                .driver(municipality, id)
                .await
                .map_err(not_found)?;
            a.id = id.to_string();
            Some(id)
        }
        None => None,
    };
    let towns = crate::domain::town_names(&served.directory.towns);
    let errors = a.errors(&towns);
    if !errors.is_empty() {
        let editing = id.is_some();
        let page = drivers_view(chrome, &state, &served, Some(a), editing, None).await?;
        let page = DriversPage {
            form: page.form.with_errors(&page.chrome, &errors),
            ..page
        };
        return crate::web::page::render_page(&page, StatusCode::BAD_REQUEST);
    }
    let town_id = |name: &str| served.directory.town(name).map(|t| t.id);
    let clock = |t: &str| {
        crate::format::parse_clock(t)
            .map(|t| t.strftime("%H:%M").to_string())
            .unwrap_or_default()
    };
    let driver = NewDriver {
        name: a.name.clone(),
        phone: Phone::parse(&a.phone)
            .map(|p| p.as_str().to_owned())
            .unwrap_or_default(),
        email: if a.email.is_empty() {
            String::new()
        } else {
            normalise_email(&a.email)
        },
        town_id: town_id(&a.town),
        towns: a.areas.iter().filter_map(|n| town_id(n)).collect(),
        weekdays: mask_from_codes(&a.days),
        from: clock(&a.from),
        to: clock(&a.to),
        record_on: stored_date(&a.record),
        licence_until: stored_date(&a.licence),
        insurance_until: stored_date(&a.insurance),
        active: a.active,
        invented: false,
    };
    let done = chrome.href("/admin/koersel/chauffoerer?gemt=1");
    crate::web::page::once(&state, &form, || async {
        state
            .store
            .save_driver(municipality, id, &driver, Actor::Account(who.account_id))
            .await?;
        Ok((Redirect::to(&done).into_response(), done.clone()))
    })
    .await
}

pub struct DayRow {
    pub time: String,
    pub what: String,
    pub who: String,
    pub phone: String,
    pub from: String,
    pub to: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "rides/day.html")]
struct DayPage {
    chrome: Chrome,
    driver: String,
    phone: String,
    day: String,
    rows: Vec<DayRow>,
    previous: String,
    next: String,
    km: String,
}

async fn day_list(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    let driver = state
        .store
        .driver(municipality, id)
        .await
        .map_err(not_found)?;
    let date = q
        .get("dato")
        .and_then(|d| parse_date(d))
        .unwrap_or_else(|| state.clock().today());
    let rides = state
        .store
        .day_list(municipality, id, &date.to_string())
        .await?;
    state
        .store
        .audit(
            Some(municipality),
            Actor::Account(who.account_id),
            "ride.day-list",
            ("ride-driver", &id.to_string()),
            &date.to_string(),
        )
        .await?;
    let mut rows = Vec::new();
    let place = |r: &Ride| match &r.town {
        Some(town) => format!("{}, {town}", r.new.pickup_address),
        None => r.new.pickup_address.clone(),
    };
    for r in &rides {
        rows.push(DayRow {
            time: shown_time(&r.new.pickup_out),
            what: chrome.t("rides-day-out"),
            who: r.new.rider_name.clone(),
            phone: r.new.phone.clone(),
            from: place(r),
            to: r.new.destination.clone(),
            note: r.new.note.clone(),
        });
        if !r.new.pickup_home.is_empty() {
            rows.push(DayRow {
                time: shown_time(&r.new.pickup_home),
                what: chrome.t("rides-day-home"),
                who: r.new.rider_name.clone(),
                phone: r.new.phone.clone(),
                from: r.new.destination.clone(),
                to: place(r),
                note: String::new(),
            });
        }
    }
    rows.sort_by(|a, b| a.time.cmp(&b.time));
    let metres: i64 = rides.iter().map(|r| r.metres_per_date).sum();
    let link = |d: Date| chrome.href(&format!("/admin/koersel/chauffoer/{id}/dag?dato={d}"));
    let page = DayPage {
        driver: driver.new.name.clone(),
        phone: driver.new.phone.clone(),
        day: crate::format::capitalise(&crate::format::day(chrome.lang, date)),
        rows,
        previous: link(date - 1.day()),
        next: link(date + 1.day()),
        km: km_text(metres),
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

async fn mileage_csv(
    served: Served,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    let month = q
        .get("maaned")
        .filter(|m| format!("{m}-01").parse::<Date>().is_ok() && m.len() == 7)
        .cloned()
        .unwrap_or_else(|| state.clock().today().strftime("%Y-%m").to_string());
    let setting = state.store.ride_setting(municipality).await?;
    let rows = state.store.mileage(municipality, &month).await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let internal = |e: csv::Error| HttpError::Internal(e.into());
    writer
        .write_record([
            "maaned",
            "chauffoer",
            "koersler",
            "km",
            "sats_oere_pr_km",
            "beloeb_kr",
        ])
        .map_err(internal)?;
    let cell = crate::format::spreadsheet_cell;
    for m in &rows {
        writer
            .write_record([
                month.as_str(),
                &cell(&m.name),
                &m.dates.to_string(),
                &km_text(m.metres),
                &setting.mileage_rate_ore_per_km.to_string(),
                &kroner(mileage_ore(m.metres, setting.mileage_rate_ore_per_km)),
            ])
            .map_err(internal)?;
    }
    let body = writer
        .into_inner()
        .map_err(|e| HttpError::Internal(anyhow::anyhow!("csv: {e}")))?;
    state
        .store
        .audit(
            Some(municipality),
            Actor::Account(who.account_id),
            "ride.mileage-exported",
            ("municipality", &municipality.to_string()),
            &month,
        )
        .await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"koerselsgodtgoerelse-{month}.csv\""),
            ),
        ],
        body,
    )
        .into_response())
}
