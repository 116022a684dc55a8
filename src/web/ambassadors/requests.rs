//! "Tal med en ambassadør" and "Gå med første gang".
//!
//! - `/ambassadorer/tal-med`: anyone asks — for themselves, or (with a consent tick) as a
//!   relative, teacher or professional on someone's behalf — with phone or e-mail, or fully
//!   anonymous. The request is routed ([`crate::ambassadors::route`]) to a matching
//!   ambassador or to the coordinators' queue, and gets a private link.
//! - `/henvendelse/{token}`: the private link: status, the conversation, an answer box.
//!   The token is derived from the form's nonce ([`crate::signing::FormKey::derive`]) and
//!   stored only as a hash, so a second click finds the same link without it being kept.
//! - `/admin/henvendelser`, `/admin/henvendelse/{id}`: the ambassador's own requests;
//!   coordinators (administrators) see all and the queue. Every view and change is
//!   written to the audit log. Nothing personal is ever logged or mailed to staff.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::accounts::{Principal, Role, normalise_email, plausible_email, token_hash};
use crate::ambassadors::{AGE_BANDS, LANGUAGES, Need, takes_requests};
use crate::domain::Phone;
use crate::format::language_name;
use crate::limits as limits_of;
use crate::store::StoreError;
use crate::store::audit::Actor;
use crate::store::forms::FormClaim;
use crate::store::outbox::NewMail;
use crate::store::requests::{Ask, NewRequest, Request, RequestChange, RequestStatus};
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::client::Client;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind, check_length, town_choices};
use crate::web::limits;
use crate::web::page::FormPage;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/ambassadorer/tal-med", Access::Public, ask_form)
        .post("/ambassadorer/tal-med", Access::Public, ask)
        .get("/henvendelse/{token}", Access::Public, private_page)
        .post("/henvendelse/{token}", Access::Public, private_answer)
        .get("/admin/henvendelser", Access::Staff, staff_list)
        .get("/admin/henvendelse/{id}", Access::Staff, staff_page)
        .post("/admin/henvendelse/{id}", Access::Staff, staff_action)
}

/// Longest free text (what it is about, a message, a note).
const MAX_TEXT: usize = 2000;
const KINDS: [&str; 2] = ["talk", "accompany"];
const ASKERS: [&str; 4] = ["self", "relative", "teacher", "professional"];
const CONTACTS: [&str; 3] = ["telefon", "email", "anonym"];

/// The form's answers, as typed.
#[derive(Default)]
struct Answers {
    kind: String,
    asker: String,
    consent: bool,
    about: String,
    wants_to_join: String,
    age_band: String,
    town: String,
    language: String,
    contact: String,
    name: String,
    phone: String,
    email: String,
    ambassador: String,
}

impl Answers {
    fn from_form(form: &FormData) -> Answers {
        let text = |k: &str, max: usize| form.get(k).trim().chars().take(max).collect::<String>();
        Answers {
            kind: text("slags", 20),
            asker: text("hvem", 20),
            consent: form.get("samtykke") == "ja",
            about: text("om", MAX_TEXT + 1),
            wants_to_join: text("hvad", 201),
            age_band: text("alder", 10),
            town: text("by", 100),
            language: text("sprog", 5),
            contact: text("kontakt", 10),
            name: text("navn", 61),
            phone: text("telefon", 31),
            email: text("email", 201),
            ambassador: text("ambassador", 12),
        }
    }

    fn errors(&self, towns: &[String]) -> Vec<(&'static str, &'static str)> {
        let mut e = Vec::new();
        if !KINDS.contains(&self.kind.as_str()) {
            e.push(("slags", "ask-error-kind"));
        }
        if !ASKERS.contains(&self.asker.as_str()) {
            e.push(("hvem", "ask-error-asker"));
        } else if self.asker != "self" && !self.consent {
            e.push(("samtykke", "ask-error-consent"));
        }
        check_length(&mut e, "om", &self.about, MAX_TEXT);
        check_length(&mut e, "hvad", &self.wants_to_join, 200);
        if !self.age_band.is_empty() && !AGE_BANDS.iter().any(|(b, _)| *b == self.age_band) {
            e.push(("alder", "ask-error-choice"));
        }
        if !self.town.is_empty() && !towns.contains(&self.town) {
            e.push(("by", "ask-error-choice"));
        }
        if !LANGUAGES.contains(&self.language.as_str()) {
            e.push(("sprog", "ask-error-choice"));
        }
        check_length(&mut e, "navn", &self.name, 60);
        match self.contact.as_str() {
            "telefon" => {
                if Phone::parse(&self.phone).is_none() {
                    e.push(("telefon", "ask-error-phone"));
                }
            }
            "email" => {
                if !plausible_email(&normalise_email(&self.email)) {
                    e.push(("email", "ask-error-email"));
                }
            }
            "anonym" => {}
            _ => e.push(("kontakt", "ask-error-contact")),
        }
        e
    }
}

fn choices(chrome: &Chrome, prefix: &str, values: &[&str]) -> Vec<(String, String)> {
    values
        .iter()
        .map(|v| (v.to_string(), chrome.t(&format!("{prefix}-{v}"))))
        .collect()
}

async fn form_view(
    state: &AppState,
    chrome: &Chrome,
    a: &Answers,
    served: &Served,
) -> Result<FormView, HttpError> {
    let snapshot = served.clone();
    let t = |k: &str| chrome.t(k);
    let towns = town_choices(&snapshot.directory.towns, Some(t("ask-not-given")));
    let mut bands = vec![(String::new(), t("ask-not-given"))];
    bands.extend(AGE_BANDS.iter().map(|(b, _)| {
        (
            b.to_string(),
            chrome.t(&format!("ask-band-{}", band_key(b))),
        )
    }));
    let languages = LANGUAGES
        .iter()
        .map(|l| (l.to_string(), language_name(chrome.lang, l)))
        .collect();
    let mut ambassadors = vec![(String::new(), t("ask-ambassador-any"))];
    ambassadors.extend(
        snapshot
            .ambassadors
            .iter()
            .filter(|a| takes_requests(a))
            .map(|a| (a.id.to_string(), a.first_name.clone())),
    );
    let language = if a.language.is_empty() {
        "da".to_owned()
    } else {
        a.language.clone()
    };
    Ok(FormView::new(state, chrome, "/ambassadorer/tal-med")
        .anonymous()
        .field(Field::new(Kind::Radios, "slags", t("ask-kind")).choices(
            choices(chrome, "ask-kind", &KINDS),
            std::slice::from_ref(&a.kind),
        ))
        .field(Field::new(Kind::Radios, "hvem", t("ask-asker")).choices(
            choices(chrome, "ask-asker", &ASKERS),
            std::slice::from_ref(&a.asker),
        ))
        .field(
            Field::new(Kind::Checkbox, "samtykke", t("ask-consent"))
                .hint(t("ask-consent-hint"))
                .checked(a.consent),
        )
        .field(
            Field::new(Kind::TextArea, "om", t("ask-about"))
                .hint(t("ask-about-hint"))
                .value(a.about.clone())
                .max(MAX_TEXT),
        )
        .field(
            Field::new(Kind::Text, "hvad", t("ask-join"))
                .hint(t("ask-join-hint"))
                .value(a.wants_to_join.clone()),
        )
        .field(
            Field::new(Kind::Select, "alder", t("ask-age"))
                .choices(bands, std::slice::from_ref(&a.age_band)),
        )
        .field(
            Field::new(Kind::Select, "by", t("ask-town"))
                .choices(towns, std::slice::from_ref(&a.town)),
        )
        .field(Field::new(Kind::Select, "sprog", t("ask-language")).choices(languages, &[language]))
        .field(
            Field::new(Kind::Select, "ambassador", t("ask-ambassador"))
                .choices(ambassadors, std::slice::from_ref(&a.ambassador)),
        )
        .field(
            Field::new(Kind::Radios, "kontakt", t("ask-contact"))
                .hint(t("ask-contact-hint"))
                .choices(
                    choices(chrome, "ask-contact", &CONTACTS),
                    std::slice::from_ref(&a.contact),
                ),
        )
        .field(
            Field::new(Kind::Text, "navn", t("ask-name"))
                .hint(t("ask-name-hint"))
                .value(a.name.clone())
                .autocomplete("given-name")
                .max(60),
        )
        .field(
            Field::new(Kind::Text, "telefon", t("ask-phone"))
                .hint(t("ask-phone-hint"))
                .value(a.phone.clone())
                .autocomplete("tel")
                .max(30),
        )
        .field(
            Field::new(Kind::Email, "email", t("ask-email"))
                .hint(t("ask-email-hint"))
                .value(a.email.clone())
                .autocomplete("email"),
        )
        .button("", "", t("ask-send"), false))
}

fn band_key(band: &str) -> &str {
    if band == "65+" { "65-plus" } else { band }
}

fn ask_page(chrome: Chrome, form: FormView) -> FormPage {
    let lead = chrome.t("ask-lead");
    let privacy = chrome.t("ask-privacy");
    FormPage::new(chrome, "ask-title", form)
        .lead(lead)
        .lead(privacy)
}

async fn ask_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let snapshot = served.clone();
    let mut a = Answers {
        ambassador: params.get("ambassador").cloned().unwrap_or_default(),
        ..Answers::default()
    };
    // "Gå med første gang" from an offer or an event page.
    if let Some(offer) = params
        .get("tilbud")
        .and_then(|id| id.parse::<i64>().ok())
        .and_then(|id| snapshot.directory.entry(id))
    {
        a.kind = "accompany".into();
        a.wants_to_join = offer.offer.name.clone();
    }
    if let Some(id) = params
        .get("arrangement")
        .and_then(|id| id.parse::<i64>().ok())
        && let Some(event) = snapshot.event(id)
    {
        a.kind = "accompany".into();
        a.wants_to_join = event.title.clone();
    }
    let form = form_view(&state, &chrome, &a, &served).await?;
    ask_page(chrome, form).render(StatusCode::OK)
}

async fn ask(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    client: Client,
    form: FormData,
) -> Result<Response, HttpError> {
    let snapshot = served.clone();
    let municipality = snapshot.municipality.id;
    let a = Answers::from_form(&form);
    let towns = crate::domain::town_names(&snapshot.directory.towns);
    let errors = a.errors(&towns);
    if !errors.is_empty() {
        let view = form_view(&state, &chrome, &a, &served)
            .await?
            .with_errors(&chrome, &errors);
        return ask_page(chrome, view).render(StatusCode::BAD_REQUEST);
    }
    // Each request mails the staff: a flood from one client, or at one ambassador, stops.
    let target = match a.ambassador.parse::<i64>() {
        Ok(id) => format!("ambassador:{id}"),
        Err(_) => "desk".to_owned(),
    };
    limits::guard(
        &state,
        &form,
        &limits_of::AMBASSADOR_REQUEST,
        &client,
        &target,
        1,
    )
    .await?;
    let token = state.form_key.derive("ambassador-request", &form.nonce);
    let link = chrome.href(&format!("/henvendelse/{token}?ny=1"));
    // A second click sends the person to the request the first one made.
    if let FormClaim::Seen(_) = state.store.claim_form(&form.nonce).await? {
        return Ok(Redirect::to(&link).into_response());
    }
    let need = Need {
        age_band: Some(a.age_band.clone()).filter(|b| !b.is_empty()),
        town: Some(a.town.clone()).filter(|t| !t.is_empty()),
        language: a.language.clone(),
        wanted: a.ambassador.parse::<i64>().ok(),
    };
    let new = NewRequest {
        kind: a.kind.clone(),
        asker: a.asker.clone(),
        consent: a.asker != "self" && a.consent,
        about: a.about.clone(),
        wants_to_join: a.wants_to_join.clone(),
        age_band: a.age_band.clone(),
        town_id: snapshot.directory.town(&a.town).map(|t| t.id),
        language: a.language.clone(),
        contact_name: a.name.clone(),
        phone: if a.contact == "telefon" {
            a.phone.clone()
        } else {
            String::new()
        },
        email: if a.contact == "email" {
            normalise_email(&a.email)
        } else {
            String::new()
        },
        anonymous: a.contact == "anonym",
    };
    let base = served.base_url.trim_end_matches('/');
    // Staff learn that a request waits, with a link to sign in — nothing about the person.
    let staff_mail = (
        chrome.t("ask-staff-mail-subject"),
        chrome.lang.t_with(
            "ask-staff-mail-body",
            &[("link", format!("{base}/admin/henvendelser").into())],
        ),
    );
    let person_mail = (
        chrome.t("ask-mail-subject"),
        chrome.lang.t_with(
            "ask-mail-body",
            &[("link", format!("{base}/henvendelse/{token}").into())],
        ),
    );
    let made = state
        .store
        .ask_ambassador(
            municipality,
            &Ask {
                request: &new,
                need: &need,
                token_hash: &token_hash(&token),
                staff_mail,
                person_mail,
            },
        )
        .await;
    if let Err(err) = made {
        // Nothing was written: the same form may be sent again.
        state.store.release_form(&form.nonce).await?;
        return Err(err.into());
    }
    state.store.finish_form(&form.nonce, "").await?;
    Ok(Redirect::to(&link).into_response())
}

pub struct Line {
    pub mine: bool,
    pub who: String,
    pub when: String,
    pub body: String,
}

#[derive(Template)]
#[template(path = "ambassadors/request_private.html")]
struct PrivatePage {
    chrome: Chrome,
    new: bool,
    notice: Option<String>,
    status: String,
    summary: Vec<(String, String)>,
    lines: Vec<Line>,
    open: bool,
    token: String,
    error: Option<String>,
    answer: String,
}

fn lines(
    chrome: &Chrome,
    messages: &[crate::store::requests::Message],
    person_is_me: bool,
) -> Vec<Line> {
    messages
        .iter()
        .map(|m| Line {
            mine: m.from_person == person_is_me,
            who: if m.from_person {
                if person_is_me {
                    chrome.t("request-you")
                } else {
                    chrome.t("request-person")
                }
            } else {
                m.author_name.clone()
            },
            when: crate::format::moment(
                chrome.lang,
                jiff::Timestamp::from_second(m.created_at).unwrap_or(jiff::Timestamp::UNIX_EPOCH),
            ),
            body: m.body.clone(),
        })
        .collect()
}

fn status_text(chrome: &Chrome, r: &Request) -> String {
    match (r.status, &r.ambassador_name) {
        (RequestStatus::Closed, _) => chrome.t("request-status-closed"),
        (RequestStatus::Accepted, Some(name)) => chrome
            .lang
            .t_with("request-status-accepted", &[("name", name.clone().into())]),
        _ => chrome.t("request-status-new"),
    }
}

fn summary(chrome: &Chrome, r: &Request) -> Vec<(String, String)> {
    let t = |k: &str| chrome.t(k);
    let mut out = vec![(t("ask-kind"), t(&format!("ask-kind-{}", r.kind)))];
    if !r.about.is_empty() {
        out.push((t("ask-about"), r.about.clone()));
    }
    if !r.wants_to_join.is_empty() {
        out.push((t("ask-join"), r.wants_to_join.clone()));
    }
    out
}

async fn by_token(state: &AppState, token: &str) -> Result<Request, HttpError> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(HttpError::NotFound);
    }
    state
        .store
        .request_by_token(&token_hash(token))
        .await
        .map_err(|e| match e {
            StoreError::NotFound => HttpError::NotFound,
            other => other.into(),
        })
}

#[allow(clippy::too_many_arguments)]
async fn private_view(
    chrome: Chrome,
    state: &AppState,
    r: &Request,
    notice: Option<String>,
    error: Option<String>,
    answer: String,
    new: bool,
) -> Result<PrivatePage, HttpError> {
    let messages = state.store.request_messages(r.id).await?;
    Ok(PrivatePage {
        new,
        notice,
        status: status_text(&chrome, r),
        summary: summary(&chrome, r),
        lines: lines(&chrome, &messages, true),
        open: r.status != RequestStatus::Closed,
        token: state
            .form_key
            .issue(chrome.session.as_deref(), state.store.now()),
        error,
        answer,
        chrome,
    })
}

async fn private_page(
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let r = by_token(&state, &token).await?;
    let notice = params.get("sendt").map(|_| chrome.t("request-answer-sent"));
    let new = params.contains_key("ny");
    let page = private_view(chrome, &state, &r, notice, None, String::new(), new).await?;
    crate::web::page::render_page(&page, StatusCode::OK)
}

async fn private_answer(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let r = by_token(&state, &token).await?;
    let here = chrome.href(&format!("/henvendelse/{token}"));
    if r.status == RequestStatus::Closed {
        return Ok(Redirect::to(&here).into_response());
    }
    if form.get("handling") == "luk" {
        if let FormClaim::Fresh = state.store.claim_form(&form.nonce).await? {
            change(
                &state,
                &r,
                RequestChange::Close { by_person: true },
                Actor::Anonymous,
                None,
                &served,
            )
            .await?;
        }
        return Ok(Redirect::to(&here).into_response());
    }
    let body = form.get("svar").trim().to_owned();
    let error = if body.is_empty() {
        Some("request-error-empty")
    } else if body.chars().count() > MAX_TEXT {
        Some("form-error-text-long")
    } else {
        None
    };
    if let Some(key) = error {
        let message = chrome.t(key);
        let page = private_view(
            chrome,
            &state,
            &r,
            None,
            Some(message),
            body.chars().take(MAX_TEXT + 1).collect(),
            false,
        )
        .await?;
        return crate::web::page::render_page(&page, StatusCode::BAD_REQUEST);
    }
    if let FormClaim::Fresh = state.store.claim_form(&form.nonce).await? {
        let name = if r.contact_name.is_empty() {
            chrome.t("request-person")
        } else {
            r.contact_name.clone()
        };
        let message = RequestChange::Message {
            from_person: true,
            author_name: &name,
            body: &body,
        };
        change(&state, &r, message, Actor::Anonymous, None, &served).await?;
    }
    Ok(Redirect::to(&format!("{here}?sendt=1#samtale")).into_response())
}

/// One change to a request, with its audit line and mail, in one transaction.
async fn change(
    state: &AppState,
    r: &Request,
    change: RequestChange<'_>,
    by: Actor,
    mail: Option<&NewMail>,
    served: &Served,
) -> Result<(), HttpError> {
    let municipality = served.municipality.id;
    state
        .store
        .change_request(municipality, r.id, &change, by, mail)
        .await?;
    Ok(())
}

/// Who may work with requests: a coordinator (administrator) sees all; an ambassador
/// their own. Anyone else is refused before anything is looked up.
enum Desk {
    Coordinator,
    Ambassador(Option<(i64, String)>),
}

async fn desk(state: &AppState, who: &Principal) -> Result<Desk, HttpError> {
    if who.has(Role::Administrator) {
        return Ok(Desk::Coordinator);
    }
    if who.has(Role::Ambassador) {
        return Ok(Desk::Ambassador(
            state
                .store
                .ambassador_of_account(who.municipality_id, who.account_id)
                .await?,
        ));
    }
    Err(HttpError::Forbidden)
}

pub struct Row {
    pub href: String,
    pub kind: String,
    pub status: String,
    pub created: String,
    pub ambassador: String,
    pub follow_up: String,
}

#[derive(Template)]
#[template(path = "ambassadors/requests_staff.html")]
struct StaffList {
    chrome: Chrome,
    coordinator: bool,
    no_profile: bool,
    queue: Vec<Row>,
    mine: Vec<Row>,
    outcomes: Option<String>,
}

fn row(chrome: &Chrome, r: &Request) -> Row {
    Row {
        href: chrome.href(&format!("/admin/henvendelse/{}", r.id)),
        kind: chrome.t(&format!("ask-kind-{}", r.kind)),
        status: chrome.t(&format!("request-state-{}", r.status.code())),
        created: crate::format::moment(
            chrome.lang,
            jiff::Timestamp::from_second(r.created_at).unwrap_or(jiff::Timestamp::UNIX_EPOCH),
        ),
        ambassador: r
            .ambassador_name
            .clone()
            .unwrap_or_else(|| chrome.t("request-queue")),
        follow_up: r.follow_up_on.clone().unwrap_or_default(),
    }
}

async fn staff_list(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
) -> Result<Response, HttpError> {
    let desk = desk(&state, &who).await?;
    let municipality = who.municipality_id;
    let (coordinator, no_profile, all) = match &desk {
        Desk::Coordinator => (true, false, state.store.requests(municipality, None).await?),
        Desk::Ambassador(Some((id, _))) => (
            false,
            false,
            state.store.requests(municipality, Some(*id)).await?,
        ),
        Desk::Ambassador(None) => (false, true, Vec::new()),
    };
    let outcomes = if coordinator {
        Some(match state.store.outcome_summary(municipality).await? {
            Some(s) => {
                let summary = chrome.lang.t_with(
                    "outcomes-summary",
                    &[
                        ("count", s.people.into()),
                        ("before", format!("{:.1}", s.mean_before).into()),
                        ("after", format!("{:.1}", s.mean_after).into()),
                    ],
                );
                let better = match s.improved.value() {
                    Some(n) => chrome
                        .lang
                        .t_with("outcomes-better", &[("better", n.into())]),
                    None => chrome.t("outcomes-better-hidden"),
                };
                format!("{summary} {better}")
            }
            None => chrome.t("outcomes-too-few"),
        })
    } else {
        None
    };
    let page = StaffList {
        coordinator,
        no_profile,
        queue: all
            .iter()
            .filter(|r| r.ambassador_id.is_none() && r.status != RequestStatus::Closed)
            .map(|r| row(&chrome, r))
            .collect(),
        mine: all
            .iter()
            .filter(|r| r.ambassador_id.is_some() || r.status == RequestStatus::Closed)
            .map(|r| row(&chrome, r))
            .collect(),
        outcomes,
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

/// The request, if this person may work on it.
async fn reachable(
    state: &AppState,
    who: &Principal,
    id: &str,
) -> Result<(Desk, Request), HttpError> {
    let desk = desk(state, who).await?;
    let id: i64 = id.parse().map_err(|_| HttpError::NotFound)?;
    let r = state
        .store
        .request(who.municipality_id, id)
        .await
        .map_err(|e| match e {
            StoreError::NotFound => HttpError::NotFound,
            other => other.into(),
        })?;
    match &desk {
        Desk::Coordinator => {}
        Desk::Ambassador(Some((mine, _))) if r.ambassador_id == Some(*mine) => {}
        Desk::Ambassador(_) => return Err(HttpError::Forbidden),
    }
    Ok((desk, r))
}

#[derive(Template)]
#[template(path = "ambassadors/request_staff.html")]
struct StaffPage {
    chrome: Chrome,
    notice: Option<String>,
    errors: Vec<String>,
    status: String,
    facts: Vec<(String, String)>,
    lines: Vec<Line>,
    notes: Vec<(String, String, String)>,
    open: bool,
    can_accept: bool,
    coordinator: bool,
    assign: Vec<(String, String, bool)>,
    follow_up: String,
    needs_before: bool,
    scale: Vec<(String, String)>,
    token: String,
}

const SCALE_ITEMS: [&str; 3] = ["q1", "q2", "q3"];

async fn staff_view(
    chrome: Chrome,
    state: &AppState,
    desk: &Desk,
    r: &Request,
    notice: Option<String>,
    errors: Vec<String>,
    served: &Served,
) -> Result<StaffPage, HttpError> {
    let t = |k: &str| chrome.t(k);
    let messages = state.store.request_messages(r.id).await?;
    let notes = state.store.request_notes(r.id).await?;
    let mut facts = summary(&chrome, r);
    facts.push((t("ask-asker"), t(&format!("ask-asker-{}", r.asker))));
    if r.asker != "self" {
        facts.push((
            t("request-consent"),
            t(if r.consent {
                "request-yes"
            } else {
                "request-no"
            }),
        ));
    }
    if !r.age_band.is_empty() {
        facts.push((
            t("ask-age"),
            t(&format!("ask-band-{}", band_key(&r.age_band))),
        ));
    }
    if let Some(town) = &r.town {
        facts.push((t("ask-town"), town.clone()));
    }
    facts.push((t("ask-language"), language_name(chrome.lang, &r.language)));
    if !r.contact_name.is_empty() {
        facts.push((t("ask-name"), r.contact_name.clone()));
    }
    if r.anonymous {
        facts.push((t("ask-contact"), t("request-anonymous")));
    }
    if !r.phone.is_empty() {
        facts.push((t("ask-phone"), r.phone.clone()));
    }
    if !r.email.is_empty() {
        facts.push((t("ask-email"), r.email.clone()));
    }
    let assign = if matches!(desk, Desk::Coordinator) {
        let mut list = vec![(String::new(), t("request-queue"), r.ambassador_id.is_none())];
        list.extend(
            state
                .store
                .ambassadors(served.municipality.id)
                .await?
                .into_iter()
                .filter(takes_requests)
                .map(|a| {
                    (
                        a.id.to_string(),
                        a.first_name,
                        r.ambassador_id == Some(a.id),
                    )
                }),
        );
        list
    } else {
        Vec::new()
    };
    let lang = chrome.lang;
    let moment = |at: i64| {
        crate::format::moment(
            lang,
            jiff::Timestamp::from_second(at).unwrap_or(jiff::Timestamp::UNIX_EPOCH),
        )
    };
    Ok(StaffPage {
        notice,
        errors,
        status: t(&format!("request-state-{}", r.status.code())),
        facts,
        lines: lines(&chrome, &messages, false),
        notes: notes
            .iter()
            .map(|n| (n.author.clone(), moment(n.created_at), n.body.clone()))
            .collect(),
        open: r.status != RequestStatus::Closed,
        can_accept: r.status == RequestStatus::New && matches!(desk, Desk::Ambassador(Some(_))),
        coordinator: matches!(desk, Desk::Coordinator),
        assign,
        follow_up: r.follow_up_on.clone().unwrap_or_default(),
        needs_before: r.scale_before.is_none(),
        scale: SCALE_ITEMS
            .iter()
            .map(|q| (q.to_string(), t(&format!("selfcheck-{q}"))))
            .collect(),
        token: state
            .form_key
            .issue(chrome.session.as_deref(), state.store.now()),
        chrome,
    })
}

async fn staff_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let (desk, r) = reachable(&state, &who, &id).await?;
    // Every look at a request is written down.
    state
        .store
        .audit(
            Some(who.municipality_id),
            Actor::Account(who.account_id),
            "request.view",
            ("request", &r.id.to_string()),
            "",
        )
        .await?;
    let notice = params
        .get("gjort")
        .map(|what| {
            chrome.t(&format!(
                "request-done-{}",
                what.chars().take(20).collect::<String>()
            ))
        })
        .filter(|t| !t.starts_with("request-done-"));
    let page = staff_view(chrome, &state, &desk, &r, notice, Vec::new(), &served).await?;
    crate::web::page::render_page(&page, StatusCode::OK)
}

/// The answers to the three scale questions, summed (3–9), if all are given.
fn scale_score(form: &FormData, prefix: &str) -> Option<i64> {
    SCALE_ITEMS
        .iter()
        .map(|q| {
            form.get(&format!("{prefix}{q}"))
                .parse::<i64>()
                .ok()
                .filter(|v| (1..=3).contains(v))
        })
        .sum()
}

async fn staff_action(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let (desk, r) = reachable(&state, &who, &id).await?;
    let actor = Actor::Account(who.account_id);
    let action = form.get("handling").to_owned();
    let text = form.get("tekst").trim().to_owned();
    let mut error: Option<&'static str> = None;
    let done = |what: &str| {
        Redirect::to(&chrome.href(&format!("/admin/henvendelse/{}?gjort={what}", r.id)))
            .into_response()
    };
    if matches!(action.as_str(), "svar" | "note") {
        if text.is_empty() {
            error = Some("request-error-empty");
        } else if text.chars().count() > MAX_TEXT {
            error = Some("form-error-text-long");
        }
    }
    if error.is_none() && r.status == RequestStatus::Closed && action != "note" {
        error = Some("request-error-closed");
    }
    let follow_up = form.get("opfoelgning").trim().to_owned();
    if action == "opfoelgning"
        && !follow_up.is_empty()
        && follow_up.parse::<jiff::civil::Date>().is_err()
    {
        error = Some("request-error-date");
    }
    let before = scale_score(&form, "foer-");
    let after = scale_score(&form, "efter-");
    if action == "skala-foer" && (before.is_none() || form.get("samtykke") != "ja") {
        error = Some("request-error-scale");
    }
    if action == "skala-efter" && (after.is_none() || r.scale_before.is_none()) {
        error = Some("request-error-scale");
    }
    if let Some(key) = error {
        let message = chrome.t(key);
        let page = staff_view(chrome, &state, &desk, &r, None, vec![message], &served).await?;
        return crate::web::page::render_page(&page, StatusCode::BAD_REQUEST);
    }
    // A double click does the thing once.
    if let FormClaim::Seen(_) = state.store.claim_form(&form.nonce).await? {
        return Ok(done(&action));
    }
    let name = match &desk {
        Desk::Ambassador(Some((_, name))) => name.clone(),
        _ => who.name.clone(),
    };
    let (reply_mail, month);
    let (what, mail) = match action.as_str() {
        "accepter" => {
            let ambassador = match &desk {
                Desk::Ambassador(Some((mine, _))) => Some(*mine),
                Desk::Coordinator => r.ambassador_id,
                Desk::Ambassador(None) => None,
            };
            let Some(ambassador_id) = ambassador else {
                return Err(HttpError::Forbidden);
            };
            (RequestChange::Accept { ambassador_id }, None)
        }
        "tildel" => {
            if !matches!(desk, Desk::Coordinator) {
                return Err(HttpError::Forbidden);
            }
            let ambassador_id = form.get("til").parse::<i64>().ok();
            (RequestChange::Assign { ambassador_id }, None)
        }
        "svar" => {
            reply_mail = NewMail {
                municipality_id: Some(who.municipality_id),
                to: r.email.clone(),
                subject: chrome.t("request-reply-mail-subject"),
                body: chrome.t("request-reply-mail-body"),
                unique_key: None,
            };
            let message = RequestChange::Message {
                from_person: false,
                author_name: &name,
                body: &text,
            };
            (message, Some(&reply_mail).filter(|m| !m.to.is_empty()))
        }
        "note" => {
            let note = RequestChange::Note {
                author_account_id: who.account_id,
                body: &text,
            };
            (note, None)
        }
        "opfoelgning" => {
            let on = Some(follow_up.as_str()).filter(|d| !d.is_empty());
            (RequestChange::FollowUp(on), None)
        }
        "skala-foer" => match before {
            Some(score) => (RequestChange::ScaleBefore(score), None),
            None => return Ok(done(&action)),
        },
        "skala-efter" => match (r.scale_before, after) {
            (Some(before), Some(after)) => {
                month = state
                    .clock()
                    .now()
                    .to_zoned_datetime(crate::format::copenhagen())
                    .strftime("%Y-%m")
                    .to_string();
                let outcome = RequestChange::Outcome {
                    before,
                    after,
                    month: &month,
                };
                (outcome, None)
            }
            _ => return Ok(done(&action)),
        },
        "luk" => (RequestChange::Close { by_person: false }, None),
        _ => {
            return Err(HttpError::BadRequest {
                code: "bad_action",
                key: "request-error-action",
            });
        }
    };
    change(&state, &r, what, actor, mail, &served).await?;
    state.store.finish_form(&form.nonce, "").await?;
    Ok(done(&action))
}
