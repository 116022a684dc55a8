//! Organisers' side of the calendar (members of the event's organisation, and
//! administrators): create and edit an event or series, see who is coming (printable,
//! CSV), write to everyone, cancel or move one occurrence, cancel the whole event —
//! everyone signed up with an e-mail is told.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::Span;

use crate::accounts::Principal;
use crate::calendar::mail::{self, Kind as MailKind};
use crate::calendar::{Event, EventKind, Occurrence};
use crate::campaigns::Campaign;
use crate::directory::search::analysis::fold;
use crate::domain::LifeArena;
use crate::domain::vocab::{ACCESSIBILITY, TARGET_GROUPS};
use crate::format::{clock, parse_clock};
use crate::i18n::Lang;
use crate::store::audit::Actor;
use crate::store::calendar::{NewEvent, OccurrenceChange, Signup, SignupStatus};
use crate::web::AppState;
use crate::web::calendar::DateQuery;
use crate::web::calendar::public::{kind_name, local_now};
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind, town_choices};
use crate::web::page::{FormPage, once};
use crate::web::pages::arena_key;
use crate::web::routes::editable;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get(
        "/admin/organisation/{id}/arrangement/ny",
        Access::Member,
        new_form,
    )
    .post(
        "/admin/organisation/{id}/arrangement/ny",
        Access::Member,
        create,
    )
    .get("/admin/arrangement/{id}", Access::Member, overview)
    .get("/admin/arrangement/{id}/rediger", Access::Member, edit_form)
    .post("/admin/arrangement/{id}/rediger", Access::Member, edit)
    .get("/admin/arrangement/{id}/deltagere.csv", Access::Member, csv)
    .post("/admin/arrangement/{id}/besked", Access::Member, message)
    .post("/admin/arrangement/{id}/aflys", Access::Member, cancel)
    .post(
        "/admin/arrangement/{id}/flyt",
        Access::Member,
        move_occurrence,
    )
}

/// The event form as typed.
#[derive(Debug, Clone, Default)]
struct EventForm {
    title: String,
    description: String,
    kind: String,
    arena: String,
    groups: Vec<String>,
    age_min: String,
    age_max: String,
    place: String,
    town: String,
    online: bool,
    address: String,
    date: String,
    start: String,
    end: String,
    every: String,
    count: String,
    price: String,
    capacity: String,
    signup: String,
    closes: String,
    needs_contact: bool,
    bring: String,
    access: Vec<String>,
    offer: String,
    /// The campaign week's id, or "".
    campaign: String,
}

impl EventForm {
    fn read(form: &FormData) -> Self {
        EventForm {
            title: form.get("titel").trim().to_owned(),
            description: form.get("beskrivelse").trim().to_owned(),
            kind: form.get("slags").to_owned(),
            arena: form.get("livsarena").to_owned(),
            groups: form.all("maalgruppe"),
            age_min: form.get("alder_fra").trim().to_owned(),
            age_max: form.get("alder_til").trim().to_owned(),
            place: form.get("sted").to_owned(),
            town: form.get("by").to_owned(),
            online: form.get("online") == "ja",
            address: form.get("adresse").trim().to_owned(),
            date: form.get("dato").trim().to_owned(),
            start: form.get("fra").trim().to_owned(),
            end: form.get("til").trim().to_owned(),
            every: form.get("gentag").to_owned(),
            count: form.get("antal_gange").trim().to_owned(),
            price: form.get("pris").trim().to_owned(),
            capacity: form.get("pladser").trim().to_owned(),
            signup: form.get("tilmelding").to_owned(),
            closes: form.get("lukker").trim().to_owned(),
            needs_contact: form.get("kontakt_kraeves") == "ja",
            bring: form.get("medbring").trim().to_owned(),
            access: form.all("tilgaengelighed"),
            offer: form.get("tilbud").to_owned(),
            campaign: form.get("kampagne").to_owned(),
        }
    }

    fn from_event(e: &Event) -> Self {
        EventForm {
            title: e.title.clone(),
            description: e.description.clone(),
            kind: e.kind.code().to_owned(),
            arena: e
                .life_arena
                .map(|a| a.code().to_owned())
                .unwrap_or_default(),
            groups: e.target_groups.clone(),
            age_min: e.age_min.to_string(),
            age_max: e.age_max.to_string(),
            place: e
                .place
                .as_ref()
                .map(|p| p.id.to_string())
                .unwrap_or_default(),
            town: e.town.as_ref().map(|t| t.name.clone()).unwrap_or_default(),
            online: e.online,
            address: e.address.clone(),
            date: e.start.date().to_string(),
            start: clock(e.start.time()),
            end: {
                let end = e
                    .start
                    .checked_add(Span::new().minutes(e.duration_minutes))
                    .unwrap_or(e.start);
                clock(end.time())
            },
            every: e.every_weeks.to_string(),
            count: if e.occurrence_count > 0 {
                e.occurrence_count.to_string()
            } else {
                String::new()
            },
            price: e.price_dkk.to_string(),
            capacity: e.capacity.map(|c| c.to_string()).unwrap_or_default(),
            signup: if e.signup_required {
                "ja".into()
            } else {
                "nej".into()
            },
            closes: e.signup_closes_hours.to_string(),
            needs_contact: e.needs_contact,
            bring: e.bring.clone(),
            access: e.accessibility.clone(),
            offer: e.offer_id.map(|o| o.to_string()).unwrap_or_default(),
            campaign: String::new(),
        }
    }

    fn blank() -> Self {
        EventForm {
            kind: "spis-sammen".into(),
            age_min: "0".into(),
            age_max: "120".into(),
            every: "0".into(),
            price: "0".into(),
            signup: "ja".into(),
            closes: "24".into(),
            ..Default::default()
        }
    }
}

pub use crate::format::parse_date;

/// Minutes from one clock time to a later one the same day.
fn minutes_between(a: jiff::civil::Time, b: jiff::civil::Time) -> i64 {
    let m = |t: jiff::civil::Time| i64::from(t.hour()) * 60 + i64::from(t.minute());
    m(b) - m(a)
}

type Errors = Vec<(&'static str, &'static str)>;

/// Checks the form and makes the event. `places` and `offers` are what may be chosen.
fn to_event(
    f: &EventForm,
    organisation_id: i64,
    choices: &Choices,
    served: &Served,
) -> Result<NewEvent, Errors> {
    let (places, offers) = (&choices.places, &choices.offers);
    let mut errors: Errors = Vec::new();
    let snapshot = served.clone();
    if f.title.is_empty() || f.title.chars().count() > 120 {
        errors.push(("titel", "form-error-name-empty"));
    }
    if f.description.chars().count() > 5000 {
        errors.push(("beskrivelse", "form-error-description-long"));
    }
    let kind = EventKind::from_code(&f.kind);
    if kind.is_none() {
        errors.push(("slags", "form-error-choice"));
    }
    let arena = if f.arena.is_empty() {
        None
    } else {
        LifeArena::from_code(&f.arena)
    };
    if !f.arena.is_empty() && arena.is_none() {
        errors.push(("livsarena", "form-error-choice"));
    }
    if f.groups
        .iter()
        .any(|g| !TARGET_GROUPS.contains(&g.as_str()))
    {
        errors.push(("maalgruppe", "form-error-choice"));
    }
    let age = |t: &str| t.parse::<i64>().ok().filter(|a| (0..=120).contains(a));
    match (age(&f.age_min), age(&f.age_max)) {
        (None, _) => errors.push(("alder_fra", "form-error-age")),
        (_, None) => errors.push(("alder_til", "form-error-age")),
        (Some(a), Some(b)) if a > b => errors.push(("alder_til", "form-error-age-order")),
        _ => {}
    }
    let place = if f.place.is_empty() {
        None
    } else {
        places.iter().find(|(id, _, _)| id.to_string() == f.place)
    };
    if !f.place.is_empty() && place.is_none() {
        errors.push(("sted", "form-error-choice"));
    }
    let town_id = match (place, f.town.as_str()) {
        (Some((_, _, town)), _) => *town,
        (None, "") => None,
        (None, name) => match snapshot.directory.town(name) {
            Some(t) => Some(t.id),
            None => {
                errors.push(("by", "form-error-town"));
                None
            }
        },
    };
    if !f.online && place.is_none() && town_id.is_none() {
        errors.push(("by", "event-error-where"));
    }
    let date = parse_date(&f.date);
    if date.is_none() {
        errors.push(("dato", "calendar-error-date"));
    }
    let (start, end) = (parse_clock(&f.start), parse_clock(&f.end));
    match (start, end) {
        (None, _) => errors.push(("fra", "form-error-time")),
        (_, None) => errors.push(("til", "form-error-time")),
        (Some(a), Some(b)) if a >= b => errors.push(("til", "form-error-time-order")),
        _ => {}
    }
    let every = f.every.parse::<i64>().ok().filter(|e| (0..=2).contains(e));
    if every.is_none() {
        errors.push(("gentag", "form-error-choice"));
    }
    let count = if f.count.is_empty() {
        Some(0)
    } else {
        f.count
            .parse::<i64>()
            .ok()
            .filter(|c| (1..=104).contains(c))
    };
    if count.is_none() {
        errors.push(("antal_gange", "event-error-count"));
    }
    let price = f
        .price
        .trim_end_matches("kr.")
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|p| (0..=10_000).contains(p));
    if price.is_none() {
        errors.push(("pris", "form-error-amount"));
    }
    let capacity = if f.capacity.is_empty() {
        Some(None)
    } else {
        f.capacity
            .parse::<i64>()
            .ok()
            .filter(|c| (1..=10_000).contains(c))
            .map(Some)
    };
    if capacity.is_none() {
        errors.push(("pladser", "event-error-capacity"));
    }
    let closes = f
        .closes
        .parse::<i64>()
        .ok()
        .filter(|c| (0..=336).contains(c));
    if closes.is_none() {
        errors.push(("lukker", "event-error-closes"));
    }
    if f.bring.chars().count() > 300 || f.address.chars().count() > 200 {
        errors.push(("medbring", "form-error-text-long"));
    }
    if f.access
        .iter()
        .any(|a| !ACCESSIBILITY.contains(&a.as_str()))
    {
        errors.push(("tilgaengelighed", "form-error-choice"));
    }
    let offer_id = if f.offer.is_empty() {
        None
    } else {
        offers
            .iter()
            .find(|(id, _)| id.to_string() == f.offer)
            .map(|(id, _)| *id)
    };
    if !f.offer.is_empty() && offer_id.is_none() {
        errors.push(("tilbud", "form-error-choice"));
    }
    let campaign = choices
        .campaigns
        .iter()
        .find(|c| c.id.to_string() == f.campaign);
    match (campaign, date) {
        (None, _) if !f.campaign.is_empty() => errors.push(("kampagne", "form-error-choice")),
        (Some(c), Some(d)) if !c.takes(d) => errors.push(("kampagne", "event-error-campaign")),
        _ => {}
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let (date, start, end) = (
        date.unwrap_or_default(),
        start.unwrap_or_default(),
        end.unwrap_or_default(),
    );
    let minutes = minutes_between(start, end);
    Ok(NewEvent {
        organisation_id,
        offer_id,
        place_id: place.map(|p| p.0),
        town_id,
        online: f.online,
        address: f.address.clone(),
        title: f.title.clone(),
        description: f.description.clone(),
        kind: kind.unwrap_or(EventKind::Andet),
        life_arena: arena,
        target_groups: f.groups.clone(),
        age_min: age(&f.age_min).unwrap_or(0),
        age_max: age(&f.age_max).unwrap_or(120),
        start_local: format!("{date}T{:02}:{:02}", start.hour(), start.minute()),
        duration_minutes: minutes.max(1),
        every_weeks: every.unwrap_or(0),
        occurrence_count: count.unwrap_or(0),
        price_dkk: price.unwrap_or(0),
        capacity: capacity.flatten(),
        signup_required: f.signup == "ja",
        signup_closes_hours: closes.unwrap_or(0),
        needs_contact: f.needs_contact,
        bring: f.bring.clone(),
        accessibility: f.access.clone(),
        campaign_id: campaign.map(|c| c.id),
    })
}

/// What the event form offers to choose from.
struct Choices {
    /// Id, name and town of every public place.
    places: Vec<(i64, String, Option<i64>)>,
    /// The organisation's own offers.
    offers: Vec<(i64, String)>,
    /// The campaign weeks not yet over.
    campaigns: Vec<Campaign>,
}

/// `keep`: the campaign the event is in already, listed even when it is over, so that
/// editing an old event keeps it in its campaign.
async fn event_choices(
    state: &AppState,
    organisation_id: i64,
    keep: Option<i64>,
    served: &Served,
) -> Result<Choices, HttpError> {
    let snapshot = served.clone();
    let places = state
        .store
        .places(snapshot.municipality.id)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name, p.town_id))
        .collect();
    let offers = state
        .store
        .all_offers(snapshot.municipality.id)
        .await?
        .into_iter()
        .filter(|o| o.organisation.id == organisation_id)
        .map(|o| (o.id, o.name))
        .collect();
    let today = state.clock().today();
    let campaigns = state
        .store
        .campaigns(snapshot.municipality.id)
        .await?
        .into_iter()
        .filter(|c| !c.is_over(today) || Some(c.id) == keep)
        .collect();
    Ok(Choices {
        places,
        offers,
        campaigns,
    })
}

fn event_view(
    state: &AppState,
    chrome: &Chrome,
    action: &str,
    f: &EventForm,
    choices: &Choices,
    served: &Served,
) -> FormView {
    let (places, offers) = (&choices.places, &choices.offers);
    let t = |k: &str| chrome.t(k);
    let kinds = EventKind::ALL
        .iter()
        .map(|k| (k.code().to_owned(), kind_name(chrome.lang, *k)))
        .collect();
    let mut arenas = vec![(String::new(), t("event-no-arena"))];
    arenas.extend(
        LifeArena::ALL
            .iter()
            .map(|a| (a.code().to_owned(), t(arena_key(*a)))),
    );
    let groups = TARGET_GROUPS
        .iter()
        .map(|g| (g.to_string(), t(&format!("target-{}", fold(g)))))
        .collect();
    let mut place_choices = vec![(String::new(), t("event-no-place"))];
    place_choices.extend(
        places
            .iter()
            .map(|(id, name, _)| (id.to_string(), name.clone())),
    );
    let towns = town_choices(&served.directory.towns, Some(t("form-town-none")));
    let every = ["0", "1", "2"]
        .iter()
        .map(|e| (e.to_string(), t(&format!("event-every-{e}"))))
        .collect();
    let signup = [("ja", "event-signup-yes"), ("nej", "event-signup-no")]
        .iter()
        .map(|(v, k)| (v.to_string(), t(k)))
        .collect();
    let access = ACCESSIBILITY
        .iter()
        .map(|a| (a.to_string(), t(&format!("access-{}", fold(a)))))
        .collect();
    let mut offer_choices = vec![(String::new(), t("event-no-offer"))];
    offer_choices.extend(
        offers
            .iter()
            .map(|(id, name)| (id.to_string(), name.clone())),
    );
    let mut campaign_choices = vec![(String::new(), t("event-no-campaign"))];
    campaign_choices.extend(choices.campaigns.iter().map(|c| {
        let days = crate::web::campaigns::days(chrome.lang, c);
        (c.id.to_string(), format!("{} ({days})", c.title))
    }));
    FormView::new(state, chrome, action)
        .field(
            Field::new(Kind::Text, "titel", t("event-label-title"))
                .hint(t("event-hint-title"))
                .value(&f.title)
                .max(120)
                .required(),
        )
        .field(
            Field::new(Kind::TextArea, "beskrivelse", t("form-label-beskrivelse"))
                .hint(t("form-hint-beskrivelse"))
                .value(&f.description)
                .max(5000),
        )
        .field(
            Field::new(Kind::Radios, "slags", t("event-label-kind"))
                .choices(kinds, std::slice::from_ref(&f.kind)),
        )
        .field(
            Field::new(Kind::Select, "livsarena", t("form-label-livsarena"))
                .choices(arenas, std::slice::from_ref(&f.arena)),
        )
        .field(
            Field::new(Kind::Checkboxes, "maalgruppe", t("form-label-maalgruppe"))
                .choices(groups, &f.groups),
        )
        .field(
            Field::new(Kind::Number, "alder_fra", t("form-label-alder_fra"))
                .hint(t("form-hint-alder_fra"))
                .value(&f.age_min)
                .max(3),
        )
        .field(
            Field::new(Kind::Number, "alder_til", t("form-label-alder_til"))
                .hint(t("form-hint-alder_til"))
                .value(&f.age_max)
                .max(3),
        )
        .field(
            Field::new(Kind::Select, "sted", t("event-label-place"))
                .hint(t("event-hint-place"))
                .choices(place_choices, std::slice::from_ref(&f.place)),
        )
        .field(
            Field::new(Kind::Select, "by", t("form-label-by"))
                .choices(towns, std::slice::from_ref(&f.town)),
        )
        .field(
            Field::new(Kind::Text, "adresse", t("form-label-adresse"))
                .hint(t("form-hint-adresse"))
                .value(&f.address),
        )
        .field(Field::new(Kind::Checkbox, "online", t("event-label-online")).checked(f.online))
        .field(
            Field::new(Kind::Text, "dato", t("event-label-date"))
                .hint(t("event-hint-date"))
                .value(&f.date)
                .max(10),
        )
        .field(
            Field::new(Kind::Time, "fra", t("form-label-fra"))
                .hint(t("form-hint-fra"))
                .value(&f.start)
                .max(5),
        )
        .field(
            Field::new(Kind::Time, "til", t("form-label-til"))
                .hint(t("form-hint-til"))
                .value(&f.end)
                .max(5),
        )
        .field(
            Field::new(Kind::Radios, "gentag", t("event-label-every"))
                .choices(every, std::slice::from_ref(&f.every)),
        )
        .field(
            Field::new(Kind::Number, "antal_gange", t("event-label-count"))
                .hint(t("event-hint-count"))
                .value(&f.count)
                .max(3),
        )
        .field(
            Field::new(Kind::Number, "pris", t("event-label-price"))
                .hint(t("event-hint-price"))
                .value(&f.price)
                .max(6),
        )
        .field(
            Field::new(Kind::Radios, "tilmelding", t("event-label-signup"))
                .choices(signup, std::slice::from_ref(&f.signup)),
        )
        .field(
            Field::new(Kind::Number, "pladser", t("event-label-capacity"))
                .hint(t("event-hint-capacity"))
                .value(&f.capacity)
                .max(5),
        )
        .field(
            Field::new(Kind::Number, "lukker", t("event-label-closes"))
                .hint(t("event-hint-closes"))
                .value(&f.closes)
                .max(3),
        )
        .field(
            Field::new(Kind::Checkbox, "kontakt_kraeves", t("event-label-contact"))
                .checked(f.needs_contact),
        )
        .field(
            Field::new(Kind::Text, "medbring", t("event-label-bring"))
                .hint(t("event-hint-bring"))
                .value(&f.bring)
                .max(300),
        )
        .field(
            Field::new(
                Kind::Checkboxes,
                "tilgaengelighed",
                t("form-label-tilgaengelighed"),
            )
            .choices(access, &f.access),
        )
        .field(
            Field::new(Kind::Select, "tilbud", t("event-label-offer"))
                .hint(t("event-hint-offer"))
                .choices(offer_choices, std::slice::from_ref(&f.offer)),
        )
        .field(
            Field::new(Kind::Select, "kampagne", t("event-label-campaign"))
                .hint(t("event-hint-campaign"))
                .choices(campaign_choices, std::slice::from_ref(&f.campaign)),
        )
        .button("handling", "gem", t("event-save"), false)
}

async fn new_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(org): Path<i64>,
) -> Result<Response, HttpError> {
    editable(&who, org)?;
    let choices = event_choices(&state, org, None, &served).await?;
    let form = event_view(
        &state,
        &chrome,
        &format!("/admin/organisation/{org}/arrangement/ny"),
        &EventForm::blank(),
        &choices,
        &served,
    );
    let lead = chrome.t("event-new-lead");
    FormPage::new(chrome, "event-new-title", form)
        .lead(lead)
        .render(StatusCode::OK)
}

async fn create(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(org): Path<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    editable(&who, org)?;
    state
        .store
        .organisation_profile(who.municipality_id, org)
        .await?;
    let choices = event_choices(&state, org, None, &served).await?;
    let f = EventForm::read(&form);
    let event = match to_event(&f, org, &choices, &served) {
        Ok(e) => e,
        Err(errors) => {
            let view = event_view(
                &state,
                &chrome,
                &format!("/admin/organisation/{org}/arrangement/ny"),
                &f,
                &choices,
                &served,
            )
            .with_errors(&chrome, &errors);
            return FormPage::new(chrome, "event-new-title", view).render(StatusCode::BAD_REQUEST);
        }
    };
    once(&state, &form, || async {
        let id = state
            .store
            .add_event(who.municipality_id, &event, Actor::Account(who.account_id))
            .await?;
        let target = chrome.href(&format!("/admin/arrangement/{id}?ok=gemt"));
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await
}

async fn own_event(state: &AppState, who: &Principal, id: i64) -> Result<Event, HttpError> {
    let event = state.store.event(who.municipality_id, id).await?;
    editable(who, event.organisation.id)?;
    Ok(event)
}

async fn edit_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, HttpError> {
    let event = own_event(&state, &who, id).await?;
    let keep = state.store.event_campaign(id).await?;
    let choices = event_choices(&state, event.organisation.id, keep, &served).await?;
    let form = event_view(
        &state,
        &chrome,
        &format!("/admin/arrangement/{id}/rediger"),
        &EventForm {
            campaign: keep.map(|c| c.to_string()).unwrap_or_default(),
            ..EventForm::from_event(&event)
        },
        &choices,
        &served,
    );
    let lead = chrome.t("event-edit-lead");
    FormPage::new(chrome, "event-edit-title", form)
        .lead(lead)
        .render(StatusCode::OK)
}

async fn edit(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    let existing = own_event(&state, &who, id).await?;
    let keep = state.store.event_campaign(id).await?;
    let choices = event_choices(&state, existing.organisation.id, keep, &served).await?;
    let f = EventForm::read(&form);
    let event = match to_event(&f, existing.organisation.id, &choices, &served) {
        Ok(e) => e,
        Err(errors) => {
            let view = event_view(
                &state,
                &chrome,
                &format!("/admin/arrangement/{id}/rediger"),
                &f,
                &choices,
                &served,
            )
            .with_errors(&chrome, &errors);
            return FormPage::new(chrome, "event-edit-title", view).render(StatusCode::BAD_REQUEST);
        }
    };
    once(&state, &form, || async {
        state
            .store
            .update_event(
                who.municipality_id,
                id,
                &event,
                Actor::Account(who.account_id),
            )
            .await?;
        let target = chrome.href(&format!("/admin/arrangement/{id}?ok=gemt"));
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await
}

// --- Participants ---

pub struct ParticipantRow {
    pub name: String,
    pub people: i64,
    pub contact: String,
    pub note: String,
    pub status: String,
}

#[derive(Template)]
#[template(path = "calendar/organiser.html")]
struct OverviewPage {
    chrome: Chrome,
    id: i64,
    title: String,
    when: String,
    date: String,
    cancelled: bool,
    confirmed: Vec<ParticipantRow>,
    waitlist: Vec<ParticipantRow>,
    total: String,
    dates: Vec<(String, String, bool)>,
    token: String,
    notice: Option<String>,
    csv: String,
    public: String,
    organisation_href: String,
}

fn row(lang: Lang, s: &Signup) -> ParticipantRow {
    ParticipantRow {
        name: s.name.clone(),
        people: s.people,
        contact: [s.phone.as_str(), s.email.as_str()]
            .iter()
            .filter(|c| !c.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", "),
        note: if s.is_group {
            lang.t_with(
                "signup-group-label",
                &[("note", s.group_note.clone().into())],
            )
        } else {
            String::new()
        },
        status: lang.t(&format!("signup-status-{}", s.status.code())),
    }
}

async fn overview(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<DateQuery>,
) -> Result<Response, HttpError> {
    let event = own_event(&state, &who, id).await?;
    let occurrence = q.occurrence(&event, local_now(state.clock()))?;
    let lang = chrome.lang;
    let signups = state
        .store
        .signups(id, Some(&occurrence.date.to_string()))
        .await?;
    let confirmed: Vec<ParticipantRow> = signups
        .iter()
        .filter(|s| s.status == SignupStatus::Confirmed)
        .map(|s| row(lang, s))
        .collect();
    let waitlist = signups
        .iter()
        .filter(|s| s.status == SignupStatus::Waitlist)
        .map(|s| row(lang, s))
        .collect();
    let people: i64 = signups
        .iter()
        .filter(|s| s.status == SignupStatus::Confirmed)
        .map(|s| s.people)
        .sum();
    let total = match event.capacity {
        Some(c) => lang.t_with(
            "event-admin-total-of",
            &[("count", people.into()), ("capacity", c.into())],
        ),
        None => lang.t_with("event-admin-total", &[("count", people.into())]),
    };
    let today = state.clock().today();
    let dates = event
        .occurrences_between(
            today.checked_sub(Span::new().days(7)).unwrap_or(today),
            today.checked_add(Span::new().weeks(8)).unwrap_or(today),
        )
        .into_iter()
        .map(|o| {
            (
                chrome.href(&format!("/admin/arrangement/{id}?dato={}", o.date)),
                crate::format::day(lang, o.start.date()),
                o.date == occurrence.date,
            )
        })
        .collect();
    let notice = match q.ok.as_str() {
        "gemt" => Some(lang.t("event-saved")),
        "besked" => Some(lang.t("event-message-sent")),
        "aflyst" => Some(lang.t("event-cancelled-notice")),
        "flyttet" => Some(lang.t("event-moved-notice")),
        _ => None,
    };
    let page = OverviewPage {
        id,
        title: event.title.clone(),
        when: format!(
            "{} {}–{}",
            crate::format::day(lang, occurrence.start.date()),
            clock(occurrence.start.time()),
            clock(occurrence.end.time())
        ),
        date: occurrence.date.to_string(),
        cancelled: occurrence.cancelled,
        confirmed,
        waitlist,
        total,
        dates,
        token: state
            .form_key
            .issue(Some(&who.session_hash), state.store.now()),
        notice,
        csv: chrome.href(&format!(
            "/admin/arrangement/{id}/deltagere.csv?dato={}",
            occurrence.date
        )),
        public: chrome.href(&format!("/arrangement/{id}?dato={}", occurrence.date)),
        organisation_href: chrome.href(&format!("/admin/organisation/{}", event.organisation.id)),
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

async fn csv(
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<DateQuery>,
) -> Result<Response, HttpError> {
    let event = own_event(&state, &who, id).await?;
    let occurrence = q.occurrence(&event, local_now(state.clock()))?;
    let signups = state
        .store
        .signups(id, Some(&occurrence.date.to_string()))
        .await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = [
        "status", "navn", "antal", "gruppe", "telefon", "email", "tilmeldt",
    ];
    writer
        .write_record(header)
        .map_err(|e| HttpError::Internal(e.into()))?;
    for s in &signups {
        let at = jiff::Timestamp::from_second(s.created_at)
            .unwrap_or_default()
            .to_zoned_datetime(crate::format::copenhagen())
            .strftime("%Y-%m-%d %H:%M")
            .to_string();
        // What people typed is never a formula to the organiser's spreadsheet.
        let cell = crate::format::spreadsheet_cell;
        writer
            .write_record([
                s.status.code(),
                &cell(&s.name),
                &s.people.to_string(),
                &cell(&s.group_note),
                &cell(&s.phone),
                &cell(&s.email),
                &at,
            ])
            .map_err(|e| HttpError::Internal(e.into()))?;
    }
    let body = writer
        .into_inner()
        .map_err(|e| HttpError::Internal(anyhow::anyhow!("csv: {e}")))?;
    state
        .store
        .audit(
            Some(who.municipality_id),
            crate::store::audit::Actor::Account(who.account_id),
            "event.participants_exported",
            ("event", &id.to_string()),
            &occurrence.date.to_string(),
        )
        .await?;
    let disposition = format!(
        "attachment; filename=\"deltagere-{id}-{}.csv\"",
        occurrence.date
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        body,
    )
        .into_response())
}

/// The mail `kind` to one sign-up, in its language (the organiser's three writes use it).
fn mail_for<'a>(
    served: &'a Served,
    who: &'a Principal,
    event: &'a Event,
    occurrence: &'a Occurrence,
    kind: MailKind<'a>,
) -> impl Fn(&Signup) -> Option<crate::store::outbox::NewMail> + Send + Sync + 'a {
    move |s: &Signup| {
        mail::to_signup(
            s,
            who.municipality_id,
            &served.base_url,
            event,
            occurrence,
            kind,
        )
    }
}

async fn message(
    chrome: Chrome,
    served: Served,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<DateQuery>,
    form: FormData,
) -> Result<Response, HttpError> {
    let event = own_event(&state, &who, id).await?;
    let occurrence = q.occurrence(&event, local_now(state.clock()))?;
    let text = form.get("besked").trim().to_owned();
    if text.is_empty() || text.chars().count() > 3000 {
        return Err(HttpError::BadRequest {
            code: "message_missing",
            key: "event-error-message",
        });
    }
    let date = occurrence.date.to_string();
    let mail = mail_for(
        &served,
        &who,
        &event,
        &occurrence,
        MailKind::Message { text: &text },
    );
    once(&state, &form, || async {
        state
            .store
            .message_signups(
                who.municipality_id,
                id,
                &date,
                Actor::Account(who.account_id),
                &mail,
            )
            .await?;
        let target = chrome.href(&format!("/admin/arrangement/{id}?dato={date}&ok=besked"));
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await
}

async fn cancel(
    chrome: Chrome,
    served: Served,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<DateQuery>,
    form: FormData,
) -> Result<Response, HttpError> {
    let event = own_event(&state, &who, id).await?;
    let occurrence = q.occurrence(&event, local_now(state.clock()))?;
    let all = form.get("hele") == "ja";
    let date = occurrence.date.to_string();
    let today = state.clock().today().to_string();
    let (change, kind) = if all {
        (
            OccurrenceChange::CancelAll { from: &today },
            MailKind::CancelledAll,
        )
    } else {
        (
            OccurrenceChange::Cancel { date: &date },
            MailKind::Cancelled,
        )
    };
    let mail = mail_for(&served, &who, &event, &occurrence, kind);
    once(&state, &form, || async {
        state
            .store
            .change_occurrence(
                who.municipality_id,
                id,
                change,
                Actor::Account(who.account_id),
                &mail,
            )
            .await?;
        let target = chrome.href(&format!("/admin/arrangement/{id}?dato={date}&ok=aflyst"));
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await
}

async fn move_occurrence(
    chrome: Chrome,
    served: Served,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<DateQuery>,
    form: FormData,
) -> Result<Response, HttpError> {
    let event = own_event(&state, &who, id).await?;
    let occurrence = q.occurrence(&event, local_now(state.clock()))?;
    let (date, start, end) = (
        parse_date(form.get("ny_dato").trim()),
        parse_clock(form.get("ny_fra").trim()),
        parse_clock(form.get("ny_til").trim()),
    );
    let (Some(date), Some(start), Some(end)) = (date, start, end) else {
        return Err(HttpError::BadRequest {
            code: "bad_time",
            key: "event-error-move",
        });
    };
    if start >= end {
        return Err(HttpError::BadRequest {
            code: "bad_time",
            key: "form-error-time-order",
        });
    }
    let minutes = minutes_between(start, end);
    let new_start = format!("{date}T{:02}:{:02}", start.hour(), start.minute());
    let original = occurrence.date.to_string();
    let mail = mail_for(
        &served,
        &who,
        &event,
        &occurrence,
        MailKind::Moved {
            to: date.to_datetime(start),
        },
    );
    once(&state, &form, || async {
        state
            .store
            .change_occurrence(
                who.municipality_id,
                id,
                OccurrenceChange::Move {
                    date: &original,
                    start: &new_start,
                    duration_minutes: minutes,
                },
                Actor::Account(who.account_id),
                &mail,
            )
            .await?;
        let target = chrome.href(&format!(
            "/admin/arrangement/{id}?dato={original}&ok=flyttet"
        ));
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn dates_as_danes_write_them() {
        assert_eq!(parse_date("3.12.2026").unwrap().to_string(), "2026-12-03");
        assert_eq!(parse_date("2026-12-03").unwrap().to_string(), "2026-12-03");
        assert!(parse_date("31.2.2026").is_none());
        assert!(parse_date("i morgen").is_none());
    }
}
