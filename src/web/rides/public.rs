//! "Bestil kørsel": a ride asked for without an account, and its private link.
//!
//! - `/koersel` (`?tilbud=ID` or `?arrangement=ID` from an offer's or event's page): who,
//!   from where, to what, the first date, once or every week (up to
//!   [`crate::rides::MAX_WEEKS`]; an event's own dates), the pick-up time and the optional
//!   pick-up for the way home, a note, a relative told at pick-up. An ambassador or staff
//!   member signed in asks on someone's behalf (they tick that the person agrees; the
//!   ride records who asked). Guarded as every anonymous form ([`crate::limits::RIDE`]).
//! - `/koersel/{token}`: the private link: the ride, its dates, cancel one date or all,
//!   change the times, the note or the relative. The token is derived from the form's
//!   nonce ([`crate::signing::FormKey::derive`]); the database keeps only its SHA-256.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jiff::ToSpan;
use jiff::civil::{Date, Time};

use super::{pickup_moment, ride_text, shown_time};
use crate::accounts::{normalise_email, plausible_email, token_hash};
use crate::domain::{Coordinate, Phone};
use crate::limits as limits_of;
use crate::rides::{MAX_WEEKS, event_dates, mail, parse_date, weekly_dates};
use crate::store::StoreError;
use crate::store::audit::Actor;
use crate::store::outbox::NewMail;
use crate::store::rides::{AskRide, NewRide, Ride, RideEdit, RideStatus};
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::client::Client;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind, check_length, town_choices};
use crate::web::limits;
use crate::web::page::{FormPage, once_private};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::MaybeSignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/koersel", Access::Public, ask_form)
        .post("/koersel", Access::Public, ask)
        .get("/koersel/{token}", Access::Public, private_page)
        .post("/koersel/{token}", Access::Public, private_action)
}

const MAX_NOTE: usize = 300;
const REPEATS: [&str; 2] = ["en", "hver-uge"];

/// Where the ride goes: an offer or an event of the directory, or typed.
#[derive(Default, Clone)]
struct Target {
    offer_id: Option<i64>,
    event_id: Option<i64>,
    name: String,
    at: Option<Coordinate>,
    /// An event's dates (date, cancelled), for a weekly ride.
    occurrences: Vec<(Date, bool)>,
    /// Suggested first date and times.
    first: Option<Date>,
    out: Option<Time>,
    home: Option<Time>,
}

async fn target(
    state: &AppState,
    served: &Served,
    params: &HashMap<String, String>,
) -> Result<Target, HttpError> {
    let today = state.clock().today();
    let id = |k: &str| params.get(k).and_then(|v| v.parse::<i64>().ok());
    if let Some(id) = id("arrangement")
        && let Ok(event) = state.store.event(served.municipality.id, id).await
    {
        let until = today + (MAX_WEEKS * 7 * 2).days();
        let occurrences: Vec<_> = event
            .occurrences_between(today, until)
            .into_iter()
            .map(|o| (o.date, o.cancelled))
            .collect();
        let next = event
            .occurrences_between(today, until)
            .into_iter()
            .find(|o| !o.cancelled);
        let start = event.start.time();
        return Ok(Target {
            offer_id: None,
            event_id: Some(event.id),
            name: event.title.clone(),
            at: event.coordinate,
            first: next.as_ref().map(|o| o.date),
            out: next
                .as_ref()
                .and_then(|o| o.start.checked_sub(30.minutes()).ok())
                .map(|d| d.time())
                .or(Some(start)),
            home: next.as_ref().map(|o| o.end.time()),
            occurrences,
        });
    }
    if let Some(id) = id("tilbud")
        && let Some(entry) = served.directory.entry(id)
    {
        return Ok(Target {
            offer_id: Some(id),
            name: entry.offer.name.clone(),
            at: entry.offer.coordinate,
            ..Target::default()
        });
    }
    Ok(Target::default())
}

/// The form's answers, as typed.
#[derive(Default, Clone)]
struct Answers {
    destination: String,
    name: String,
    phone: String,
    email: String,
    address: String,
    town: String,
    date: String,
    repeat: String,
    weeks: String,
    out: String,
    home: String,
    note: String,
    relative: String,
    relative_email: String,
    on_behalf: bool,
}

impl Answers {
    fn from_form(form: &FormData) -> Answers {
        let text = |k: &str, max: usize| form.get(k).trim().chars().take(max).collect::<String>();
        Answers {
            destination: text("hvortil", 201),
            name: text("navn", 81),
            phone: text("telefon", 31),
            email: text("email", 201),
            address: text("adresse", 121),
            town: text("by", 100),
            date: text("dato", 20),
            repeat: text("gentag", 20),
            weeks: text("uger", 5),
            out: text("ud", 10),
            home: text("hjem", 10),
            note: text("note", MAX_NOTE + 1),
            relative: text("paaroerende", 81),
            relative_email: text("paaroerende_email", 201),
            on_behalf: form.get("samtykke") == "ja",
        }
    }

    fn errors(
        &self,
        towns: &[String],
        today: Date,
        staff: bool,
    ) -> Vec<(&'static str, &'static str)> {
        let mut e = Vec::new();
        if self.destination.is_empty() {
            e.push(("hvortil", "rides-error-destination"));
        }
        check_length(&mut e, "hvortil", &self.destination, 200);
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
        if self.address.is_empty() {
            e.push(("adresse", "rides-error-address"));
        }
        check_length(&mut e, "adresse", &self.address, 120);
        if !towns.contains(&self.town) {
            e.push(("by", "rides-error-town"));
        }
        match parse_date(&self.date) {
            Some(d) if d >= today && d <= today + 365.days() => {}
            _ => e.push(("dato", "rides-error-date")),
        }
        if !REPEATS.contains(&self.repeat.as_str()) {
            e.push(("gentag", "rides-error-repeat"));
        } else if self.repeat == "hver-uge"
            && !self
                .weeks
                .parse::<i64>()
                .is_ok_and(|w| (2..=MAX_WEEKS).contains(&w))
        {
            e.push(("uger", "rides-error-weeks"));
        }
        edit_errors(
            &mut e,
            &self.out,
            &self.home,
            &self.note,
            &self.relative,
            &self.relative_email,
        );
        if staff && !self.on_behalf {
            e.push(("samtykke", "rides-error-on-behalf"));
        }
        e
    }
}

/// The checks the ask form and the change form share.
fn edit_errors(
    e: &mut Vec<(&'static str, &'static str)>,
    out: &str,
    home: &str,
    note: &str,
    relative: &str,
    relative_email: &str,
) {
    let out = crate::format::parse_clock(out);
    if out.is_none() {
        e.push(("ud", "rides-error-time"));
    }
    if !home.is_empty() {
        match (out, crate::format::parse_clock(home)) {
            (Some(o), Some(h)) if h > o => {}
            (_, Some(_)) => e.push(("hjem", "rides-error-home-after")),
            (_, None) => e.push(("hjem", "rides-error-time")),
        }
    }
    check_length(e, "note", note, MAX_NOTE);
    check_length(e, "paaroerende", relative, 80);
    match (relative.is_empty(), relative_email.is_empty()) {
        (true, true) => {}
        (false, false) if plausible_email(&normalise_email(relative_email)) => {}
        (false, true) | (false, false) => {
            e.push(("paaroerende_email", "rides-error-relative-email"))
        }
        (true, false) => e.push(("paaroerende", "rides-error-relative-name")),
    }
}

fn stored_time(text: &str) -> String {
    crate::format::parse_clock(text)
        .map(|t| t.strftime("%H:%M").to_string())
        .unwrap_or_default()
}

fn action_of(t: &Target) -> String {
    match (t.event_id, t.offer_id) {
        (Some(id), _) => format!("/koersel?arrangement={id}"),
        (_, Some(id)) => format!("/koersel?tilbud={id}"),
        _ => "/koersel".to_owned(),
    }
}

fn form_view(
    state: &AppState,
    chrome: &Chrome,
    a: &Answers,
    served: &Served,
    t: &Target,
    staff: bool,
) -> FormView {
    let tr = |k: &str| chrome.t(k);
    let towns = town_choices(&served.directory.towns, Some(tr("rides-choose-town")));
    let repeats = REPEATS
        .iter()
        .map(|r| (r.to_string(), chrome.t(&format!("rides-repeat-{r}"))))
        .collect();
    let weekly_hint = if t.event_id.is_some() {
        tr("rides-weeks-hint-event")
    } else {
        tr("rides-weeks-hint")
    };
    let mut form = FormView::new(state, chrome, &action_of(t)).anonymous();
    if staff {
        form = form.field(
            Field::new(Kind::Checkbox, "samtykke", tr("rides-on-behalf"))
                .hint(tr("rides-on-behalf-hint"))
                .checked(a.on_behalf),
        );
    }
    form.field(
        Field::new(Kind::Text, "hvortil", tr("rides-destination"))
            .hint(tr("rides-destination-hint"))
            .value(a.destination.clone())
            .required(),
    )
    .field(
        Field::new(Kind::Text, "navn", tr("rides-name"))
            .value(a.name.clone())
            .autocomplete("name")
            .max(80)
            .required(),
    )
    .field(
        Field::new(Kind::Text, "telefon", tr("rides-phone"))
            .hint(tr("rides-phone-hint"))
            .value(a.phone.clone())
            .autocomplete("tel")
            .max(30)
            .required(),
    )
    .field(
        Field::new(Kind::Email, "email", tr("rides-email"))
            .hint(tr("rides-email-hint"))
            .value(a.email.clone())
            .autocomplete("email"),
    )
    .field(
        Field::new(Kind::Text, "adresse", tr("rides-address"))
            .hint(tr("rides-address-hint"))
            .value(a.address.clone())
            .autocomplete("street-address")
            .max(120)
            .required(),
    )
    .field(
        Field::new(Kind::Select, "by", tr("rides-town"))
            .choices(towns, std::slice::from_ref(&a.town)),
    )
    .field(
        Field::new(Kind::Text, "dato", tr("rides-date"))
            .hint(tr("rides-date-hint"))
            .value(a.date.clone())
            .max(20)
            .required(),
    )
    .field(
        Field::new(Kind::Radios, "gentag", tr("rides-repeat"))
            .choices(repeats, std::slice::from_ref(&a.repeat)),
    )
    .field(
        Field::new(Kind::Number, "uger", tr("rides-weeks"))
            .hint(weekly_hint)
            .value(a.weeks.clone())
            .max(2),
    )
    .field(
        Field::new(Kind::Time, "ud", tr("rides-out"))
            .hint(tr("rides-out-hint"))
            .value(a.out.clone())
            .max(5)
            .required(),
    )
    .field(
        Field::new(Kind::Time, "hjem", tr("rides-home"))
            .hint(tr("rides-home-hint"))
            .value(a.home.clone())
            .max(5),
    )
    .field(
        Field::new(Kind::TextArea, "note", tr("rides-note"))
            .hint(tr("rides-note-hint"))
            .value(a.note.clone())
            .max(MAX_NOTE),
    )
    .field(
        Field::new(Kind::Text, "paaroerende", tr("rides-relative"))
            .hint(tr("rides-relative-hint"))
            .value(a.relative.clone())
            .max(80),
    )
    .field(
        Field::new(Kind::Email, "paaroerende_email", tr("rides-relative-email"))
            .value(a.relative_email.clone()),
    )
    .button("", "", tr("rides-send"), false)
}

fn ask_page(chrome: Chrome, form: FormView) -> FormPage {
    let lead = chrome.t("rides-lead");
    let privacy = chrome.t("rides-privacy");
    FormPage::new(chrome, "rides-title", form)
        .lead(lead)
        .lead(privacy)
}

fn is_staff(who: &MaybeSignedIn) -> bool {
    who.0.as_ref().is_some_and(|p| p.is_staff())
}

async fn ask_form(
    served: Served,
    chrome: Chrome,
    who: MaybeSignedIn,
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let t = target(&state, &served, &params).await?;
    let a = Answers {
        destination: t.name.clone(),
        date: t.first.map(|d| d.to_string()).unwrap_or_default(),
        out: t.out.map(crate::format::clock).unwrap_or_default(),
        home: t.home.map(crate::format::clock).unwrap_or_default(),
        ..Answers::default()
    };
    let form = form_view(&state, &chrome, &a, &served, &t, is_staff(&who));
    ask_page(chrome, form).render(StatusCode::OK)
}

async fn ask(
    served: Served,
    chrome: Chrome,
    who: MaybeSignedIn,
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
    client: Client,
    form: FormData,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    let t = target(&state, &served, &params).await?;
    let staff = is_staff(&who);
    let a = Answers::from_form(&form);
    let today = state.clock().today();
    let towns = crate::domain::town_names(&served.directory.towns);
    let errors = a.errors(&towns, today, staff);
    if !errors.is_empty() {
        let view = form_view(&state, &chrome, &a, &served, &t, staff).with_errors(&chrome, &errors);
        return ask_page(chrome, view).render(StatusCode::BAD_REQUEST);
    }
    let first = parse_date(&a.date).unwrap_or(today);
    let weeks = if a.repeat == "hver-uge" {
        a.weeks.parse::<i64>().unwrap_or(1)
    } else {
        1
    };
    let dates = if weeks > 1 && t.event_id.is_some() {
        event_dates(first, weeks, &t.occurrences)
    } else {
        weekly_dates(first, weeks)
    };
    if dates.is_empty() {
        let view = form_view(&state, &chrome, &a, &served, &t, staff)
            .with_errors(&chrome, &[("dato", "rides-error-no-event-date")]);
        return ask_page(chrome, view).render(StatusCode::BAD_REQUEST);
    }
    // Each ride mails the coordinators: a flood from one client, or one person's phone
    // number asked for from many clients, stops.
    let target_key = format!("phone:{}", crate::rides::phone_key(&a.phone));
    limits::guard(&state, &form, &limits_of::RIDE, &client, &target_key, 1).await?;
    let token = state.form_key.derive("ride", &form.nonce);
    let town = served.directory.town(&a.town);
    let phone = Phone::parse(&a.phone)
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    let ride = NewRide {
        rider_name: a.name.clone(),
        phone,
        email: if a.email.is_empty() {
            String::new()
        } else {
            normalise_email(&a.email)
        },
        pickup_address: a.address.clone(),
        town_id: town.map(|t| t.id),
        destination: a.destination.clone(),
        offer_id: t.offer_id,
        event_id: t.event_id,
        destination_at: t.at,
        pickup_out: stored_time(&a.out),
        pickup_home: stored_time(&a.home),
        note: a.note.clone(),
        relative_name: a.relative.clone(),
        relative_email: if a.relative_email.is_empty() {
            String::new()
        } else {
            normalise_email(&a.relative_email)
        },
        ordered_by_account_id: who
            .0
            .as_ref()
            .filter(|p| p.is_staff())
            .map(|p| p.account_id),
    };
    let base = served.base_url.trim_end_matches('/').to_owned();
    let link = chrome.href(&format!("/koersel/{token}"));
    let private = format!("{base}/koersel/{token}");
    let by = match &who.0 {
        Some(p) if staff => Actor::Account(p.account_id),
        _ => Actor::Anonymous,
    };
    let stored_dates: Vec<String> = dates.iter().map(|d| d.to_string()).collect();
    let out_shown = shown_time(&ride.pickup_out);
    let home_shown = shown_time(&ride.pickup_home);
    once_private(&state, &form, &token, || async {
        let text = crate::rides::mail::RideText {
            rider_name: &ride.rider_name,
            phone: &ride.phone,
            pickup_address: &ride.pickup_address,
            town: town.map(|t| t.name.as_str()).unwrap_or(""),
            destination: &ride.destination,
            pickup_out: &out_shown,
            pickup_home: &home_shown,
            note: &ride.note,
            dates: &dates,
        };
        let rider_mail = (!ride.email.is_empty()).then(|| mail::asked(&text, &private));
        state
            .store
            .ask_ride(
                municipality,
                &AskRide {
                    ride: &ride,
                    dates: &stored_dates,
                    token_hash: &token_hash(&token),
                    rider_mail,
                    coordinator_mail: mail::to_coordinators(&format!("{base}/admin/koersel")),
                    by,
                },
            )
            .await?;
        let to = format!("{link}?ny=1");
        Ok((Redirect::to(&to).into_response(), to))
    })
    .await
}

#[derive(Template)]
#[template(path = "rides/private.html")]
struct PrivatePage {
    chrome: Chrome,
    new: bool,
    notice: Option<String>,
    status: String,
    facts: Vec<(String, String)>,
    /// (stored date, shown date, cancelled, past).
    dates: Vec<(String, String, bool, bool)>,
    open: bool,
    token: String,
    form: Option<FormView>,
}

async fn by_token(state: &AppState, token: &str) -> Result<Ride, HttpError> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(HttpError::NotFound);
    }
    state
        .store
        .ride_by_token(&token_hash(token))
        .await
        .map_err(|e| match e {
            StoreError::NotFound => HttpError::NotFound,
            other => other.into(),
        })
}

fn status_text(chrome: &Chrome, r: &Ride) -> String {
    match (r.status, &r.driver_name) {
        (RideStatus::Cancelled, _) => chrome.t("rides-status-cancelled"),
        (RideStatus::Confirmed, None) if r.lift_id.is_some() => chrome.t("rides-status-lift"),
        (RideStatus::Confirmed, Some(name)) => chrome.lang.t_with(
            "rides-status-confirmed",
            &[("name", mail::first_name(name).to_owned().into())],
        ),
        _ => chrome.t("rides-status-new"),
    }
}

/// What the ride is, for the rider and the coordinator.
pub(super) fn facts(chrome: &Chrome, r: &Ride) -> Vec<(String, String)> {
    let t = |k: &str| chrome.t(k);
    let mut out = vec![
        (t("rides-destination"), r.new.destination.clone()),
        (t("rides-name"), r.new.rider_name.clone()),
        (t("rides-phone"), r.new.phone.clone()),
        (
            t("rides-address"),
            match &r.town {
                Some(town) => format!("{}, {town}", r.new.pickup_address),
                None => r.new.pickup_address.clone(),
            },
        ),
        (t("rides-out"), shown_time(&r.new.pickup_out)),
        (
            t("rides-home"),
            if r.new.pickup_home.is_empty() {
                t("rides-no-return")
            } else {
                shown_time(&r.new.pickup_home)
            },
        ),
    ];
    if !r.new.email.is_empty() {
        out.push((t("rides-email"), r.new.email.clone()));
    }
    if !r.new.note.is_empty() {
        out.push((t("rides-note"), r.new.note.clone()));
    }
    if !r.new.relative_name.is_empty() {
        out.push((
            t("rides-relative"),
            format!("{} ({})", r.new.relative_name, r.new.relative_email),
        ));
    }
    out
}

fn edit_view(state: &AppState, chrome: &Chrome, token: &str, e: &RideEdit) -> FormView {
    let tr = |k: &str| chrome.t(k);
    FormView::new(state, chrome, &format!("/koersel/{token}"))
        .field(
            Field::new(Kind::Time, "ud", tr("rides-out"))
                .hint(tr("rides-out-hint"))
                .value(e.pickup_out.clone())
                .max(5),
        )
        .field(
            Field::new(Kind::Time, "hjem", tr("rides-home"))
                .hint(tr("rides-home-hint"))
                .value(e.pickup_home.clone())
                .max(5),
        )
        .field(
            Field::new(Kind::TextArea, "note", tr("rides-note"))
                .value(e.note.clone())
                .max(MAX_NOTE),
        )
        .field(
            Field::new(Kind::Text, "paaroerende", tr("rides-relative"))
                .hint(tr("rides-relative-hint"))
                .value(e.relative_name.clone())
                .max(80),
        )
        .field(
            Field::new(Kind::Email, "paaroerende_email", tr("rides-relative-email"))
                .value(e.relative_email.clone()),
        )
        .button("handling", "aendr", tr("rides-change"), false)
}

fn private_view(
    chrome: Chrome,
    state: &AppState,
    r: &Ride,
    token: &str,
    notice: Option<String>,
    new: bool,
    form: Option<FormView>,
) -> PrivatePage {
    let today = state.clock().today();
    let open = r.status != RideStatus::Cancelled;
    let form = form.or_else(|| {
        open.then(|| {
            edit_view(
                state,
                &chrome,
                token,
                &RideEdit {
                    pickup_out: shown_time(&r.new.pickup_out),
                    pickup_home: shown_time(&r.new.pickup_home),
                    note: r.new.note.clone(),
                    relative_name: r.new.relative_name.clone(),
                    relative_email: r.new.relative_email.clone(),
                },
            )
        })
    });
    PrivatePage {
        new,
        notice,
        status: status_text(&chrome, r),
        facts: facts(&chrome, r),
        dates: r
            .dates
            .iter()
            .map(|d| {
                let parsed: Option<Date> = d.date.parse().ok();
                (
                    d.date.clone(),
                    parsed
                        .map(|p| crate::format::capitalise(&crate::format::day(chrome.lang, p)))
                        .unwrap_or_else(|| d.date.clone()),
                    d.cancelled,
                    parsed.is_some_and(|p| p < today),
                )
            })
            .collect(),
        open,
        token: state
            .form_key
            .issue(chrome.session.as_deref(), state.store.now()),
        form,
        chrome,
    }
}

async fn private_page(
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let r = by_token(&state, &token).await?;
    let notice = params
        .get("gjort")
        .map(|what| {
            chrome.t(&format!(
                "rides-done-{}",
                what.chars().take(20).collect::<String>()
            ))
        })
        .filter(|t| !t.starts_with("rides-done-"));
    let new = params.contains_key("ny");
    let page = private_view(chrome, &state, &r, &token, notice, new, None);
    crate::web::page::render_page(&page, StatusCode::OK)
}

/// A relative's "picked up now" for each open date whose pick-up is still ahead of
/// `now`, at its pick-up time.
pub(super) fn relative_mails(
    now: i64,
    ride: &Ride,
    municipality_id: i64,
    driver_first_name: &str,
    out: &str,
    relative_name: &str,
    relative_email: &str,
) -> Vec<(i64, NewMail)> {
    let Some(at) = crate::format::parse_clock(out) else {
        return Vec::new();
    };
    if relative_email.is_empty() {
        return Vec::new();
    }
    ride.open_dates()
        .into_iter()
        .filter(|date| pickup_moment(*date, at) > now)
        .map(|date| {
            let (subject, body) = mail::to_relative(
                relative_name,
                mail::first_name(&ride.new.rider_name),
                &ride.new.destination,
                driver_first_name,
                &crate::format::clock(at),
            );
            (
                pickup_moment(date, at),
                NewMail {
                    municipality_id: Some(municipality_id),
                    to: relative_email.to_owned(),
                    subject,
                    body,
                    unique_key: Some(format!(
                        "ride-relative:{}:{date}:{}",
                        ride.id,
                        at.strftime("%H%M")
                    )),
                },
            )
        })
        .collect()
}

async fn private_action(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let r = by_token(&state, &token).await?;
    let municipality = served.municipality.id;
    let here = chrome.href(&format!("/koersel/{token}"));
    if r.status == RideStatus::Cancelled {
        return Ok(Redirect::to(&here).into_response());
    }
    // Whoever drives hears of a change: the volunteer driver, or the person who offered
    // the lift.
    let driver_mail = |subject_body: (String, String)| -> Option<NewMail> {
        (r.status == RideStatus::Confirmed)
            .then_some(())
            .and(r.driver_id.or(r.lift_id))
            .map(|_| NewMail {
                municipality_id: Some(municipality),
                to: String::new(),
                subject: subject_body.0,
                body: subject_body.1,
                unique_key: None,
            })
    };
    let driver_address = match (r.driver_id, r.lift_id) {
        _ if r.status != RideStatus::Confirmed => None,
        (Some(id), _) => state
            .store
            .driver(municipality, id)
            .await
            .ok()
            .map(|d| d.new.email),
        (None, Some(lift)) => state
            .store
            .lifts(municipality, r.new.event_id)
            .await?
            .into_iter()
            .find(|l| l.id == lift)
            .map(|l| l.email),
        (None, None) => None,
    }
    .filter(|e| !e.is_empty());
    let cancel_one = form.get("aflys").to_owned();
    let action = form.get("handling").to_owned();
    if !cancel_one.is_empty() || action == "aflys-alt" {
        let all = cancel_one.is_empty();
        let picked: Vec<String> = if all {
            Vec::new()
        } else {
            vec![cancel_one.clone()]
        };
        let gone_dates: Vec<Date> = if all {
            r.open_dates()
        } else {
            picked.iter().filter_map(|d| d.parse().ok()).collect()
        };
        let (out, home) = (
            shown_time(&r.new.pickup_out),
            shown_time(&r.new.pickup_home),
        );
        let mail = driver_mail(mail::cancelled_to_driver(
            &ride_text(&r, &out, &home, &r.open_dates()),
            &gone_dates,
        ))
        .and_then(|m| driver_address.clone().map(|to| NewMail { to, ..m }));
        let what = if all { "aflyst-alt" } else { "aflyst" };
        let to = format!("{here}?gjort={what}");
        return crate::web::page::once(&state, &form, || async {
            state
                .store
                .cancel_ride_dates(
                    municipality,
                    r.id,
                    &picked,
                    all,
                    mail.as_ref(),
                    Actor::Anonymous,
                )
                .await?;
            Ok((Redirect::to(&to).into_response(), to.clone()))
        })
        .await;
    }
    if action != "aendr" {
        return Err(HttpError::BadRequest {
            code: "bad_action",
            key: "rides-error-action",
        });
    }
    let text = |k: &str, max: usize| form.get(k).trim().chars().take(max).collect::<String>();
    let edit = RideEdit {
        pickup_out: text("ud", 10),
        pickup_home: text("hjem", 10),
        note: text("note", MAX_NOTE + 1),
        relative_name: text("paaroerende", 81),
        relative_email: text("paaroerende_email", 201),
    };
    let mut errors = Vec::new();
    edit_errors(
        &mut errors,
        &edit.pickup_out,
        &edit.pickup_home,
        &edit.note,
        &edit.relative_name,
        &edit.relative_email,
    );
    if !errors.is_empty() {
        let view = edit_view(&state, &chrome, &token, &edit).with_errors(&chrome, &errors);
        let page = private_view(chrome, &state, &r, &token, None, false, Some(view));
        return crate::web::page::render_page(&page, StatusCode::BAD_REQUEST);
    }
    let stored = RideEdit {
        pickup_out: stored_time(&edit.pickup_out),
        pickup_home: stored_time(&edit.pickup_home),
        note: edit.note.clone(),
        relative_name: edit.relative_name.clone(),
        relative_email: if edit.relative_email.is_empty() {
            String::new()
        } else {
            normalise_email(&edit.relative_email)
        },
    };
    let changed = Ride {
        new: NewRide {
            pickup_out: stored.pickup_out.clone(),
            pickup_home: stored.pickup_home.clone(),
            note: stored.note.clone(),
            ..r.new.clone()
        },
        ..r.clone()
    };
    let (out, home) = (
        shown_time(&stored.pickup_out),
        shown_time(&stored.pickup_home),
    );
    let open = changed.open_dates();
    let mail = driver_mail(mail::changed_to_driver(&ride_text(
        &changed, &out, &home, &open,
    )))
    .and_then(|m| driver_address.clone().map(|to| NewMail { to, ..m }));
    let later = match (&r.driver_name, r.status) {
        (Some(driver), RideStatus::Confirmed) => relative_mails(
            state.store.now(),
            &changed,
            municipality,
            mail::first_name(driver),
            &stored.pickup_out,
            &stored.relative_name,
            &stored.relative_email,
        ),
        _ => Vec::new(),
    };
    let to = format!("{here}?gjort=aendret");
    crate::web::page::once(&state, &form, || async {
        state
            .store
            .change_ride(
                municipality,
                r.id,
                &stored,
                mail.as_ref(),
                &later,
                Actor::Anonymous,
            )
            .await?;
        Ok((Redirect::to(&to).into_response(), to.clone()))
    })
    .await
}
