//! `/find-dit-faellesskab`: the personal guide. Six short steps, one question a page, each
//! skippable; every answer travels in the address (GET forms with hidden fields), so the
//! browser's back button works, no JavaScript is needed, and nothing is kept on the
//! server — no session, no cookie, no row. The results come from [`crate::guide::rank`];
//! "send it to me" queues one mail whose row is deleted once it is sent.
//!
//! Parameters: `alder`, `hvem` (mig/barn), `skoleskift` (ja: "I am changing school, or my
//! child is" — every later page then leads to `/skoleskift` with the path the age
//! suggests), `by` (a town or `telefon-online`), `lide`
//! (up to three), `tid`, `transport`, `selskab`, `gratis`; `fra` is the step just
//! answered, `spring` skips it, `trin` shows a step (7 = the results), `udskriv` the
//! printable list.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use jiff::Timestamp;

use crate::calendar::{Event, EventKind, local_instant};
use crate::directory::schedule::DayPart;
use crate::directory::search::Directory;
use crate::domain::{Channel, CostKind, HowToJoin, OfferStatus, PhoneLine};
use crate::format::{capitalise, listing};
use crate::guide::{self, Candidate, Company, Interest, Profile, Reason, Transport, When};
use crate::i18n::Lang;
use crate::limits as limits_of;
use crate::store::outbox::NewMail;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::client::Client;
use crate::web::error::HttpError;
use crate::web::forms::FormData;
use crate::web::limits;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.get("/find-dit-faellesskab", Access::Public, guide_page)
        .post("/find-dit-faellesskab/send", Access::Public, send)
}

const PATH: &str = "/find-dit-faellesskab";
/// Six questions; step 7 is the list.
const STEPS: usize = 6;
const RESULTS: usize = STEPS + 1;
/// Most interests one may choose.
const MAX_LIKES: usize = 3;
/// Oldest age taken.
const MAX_AGE: i64 = 110;
/// Events further ahead than this are not suggested.
const EVENT_HORIZON_DAYS: i64 = 28;
/// `by` value for "by phone or online".
const REMOTE: &str = "telefon-online";

/// The parameters each step asks for.
fn fields_of(step: usize) -> &'static [&'static str] {
    match step {
        1 => &["alder", "hvem", "skoleskift"],
        2 => &["by"],
        3 => &["lide"],
        4 => &["tid"],
        5 => &["transport"],
        6 => &["selskab", "gratis"],
        _ => &[],
    }
}

/// What the person answered, as read from the address or a form.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answers {
    /// As typed, to show again with an error.
    pub age_text: String,
    pub age: Option<i64>,
    pub for_child: bool,
    /// "I am changing school" (or my child is).
    pub school_change: bool,
    pub town: Option<String>,
    pub remote: bool,
    pub likes: Vec<Interest>,
    pub times: Vec<When>,
    pub transport: Option<Transport>,
    pub company: Option<Company>,
    pub free_only: bool,
}

/// One wrong answer: the step it belongs to, the field, the message key.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerError {
    pub step: usize,
    pub field: &'static str,
    pub key: &'static str,
}

impl Answers {
    /// Reads the answers. Unknown values are errors, so a bad link never passes silently;
    /// `known_town` gives a town's proper name.
    pub fn parse(
        pairs: &[(String, String)],
        known_town: impl Fn(&str) -> Option<String>,
    ) -> (Answers, Vec<AnswerError>) {
        let mut a = Answers::default();
        let mut errors = Vec::new();
        let mut fail = |step, field, key| errors.push(AnswerError { step, field, key });
        let values = |name: &str| -> Vec<&str> {
            pairs
                .iter()
                .filter(|(k, _)| k == name)
                .map(|(_, v)| v.trim())
                .filter(|v| !v.is_empty())
                .collect()
        };
        let first = |name: &str| values(name).first().copied();

        match first("hvem") {
            None | Some("mig") => {}
            Some("barn") => a.for_child = true,
            Some(_) => fail(1, "hvem", "guide-error-who"),
        }
        if let Some(text) = first("alder") {
            a.age_text = text.chars().take(10).collect();
            match text.parse::<i64>() {
                Ok(age) if (0..=MAX_AGE).contains(&age) => {
                    if a.for_child && age >= 18 {
                        fail(1, "alder", "guide-error-child-age");
                    } else {
                        a.age = Some(age);
                    }
                }
                _ => fail(1, "alder", "guide-error-age"),
            }
        }
        a.school_change = first("skoleskift") == Some("ja");
        match first("by") {
            None => {}
            Some(REMOTE) => a.remote = true,
            Some(town) => match known_town(town) {
                Some(name) => a.town = Some(name),
                None => fail(2, "by", "guide-error-town"),
            },
        }
        for code in values("lide") {
            match Interest::from_code(code) {
                Some(i) if !a.likes.contains(&i) => a.likes.push(i),
                Some(_) => {}
                None => fail(3, "lide", "guide-error-choice"),
            }
        }
        if a.likes.len() > MAX_LIKES {
            fail(3, "lide", "guide-error-likes-max");
        }
        for code in values("tid") {
            match When::from_code(code) {
                Some(w) if !a.times.contains(&w) => a.times.push(w),
                Some(_) => {}
                None => fail(4, "tid", "guide-error-choice"),
            }
        }
        if let Some(code) = first("transport") {
            match Transport::from_code(code) {
                Some(t) => a.transport = Some(t),
                None => fail(5, "transport", "guide-error-choice"),
            }
        }
        if let Some(code) = first("selskab") {
            match Company::from_code(code) {
                Some(c) => a.company = Some(c),
                None => fail(6, "selskab", "guide-error-choice"),
            }
        }
        a.free_only = first("gratis") == Some("ja");
        (a, errors)
    }

    /// The answers as parameters, leaving out those of `except` (the step being asked).
    pub fn pairs(&self, except: usize) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let mut add = |step: usize, name: &'static str, value: String| {
            if step != except {
                out.push((name, value));
            }
        };
        if self.for_child {
            add(1, "hvem", "barn".into());
        }
        if let Some(age) = self.age {
            add(1, "alder", age.to_string());
        }
        if self.school_change {
            add(1, "skoleskift", "ja".into());
        }
        if self.remote {
            add(2, "by", REMOTE.into());
        } else if let Some(town) = &self.town {
            add(2, "by", town.clone());
        }
        for i in &self.likes {
            add(3, "lide", i.code().into());
        }
        for w in &self.times {
            add(4, "tid", w.code().into());
        }
        if let Some(t) = self.transport {
            add(5, "transport", t.code().into());
        }
        if let Some(c) = self.company {
            add(6, "selskab", c.code().into());
        }
        if self.free_only {
            add(6, "gratis", "ja".into());
        }
        out
    }

    /// A link into the guide with these answers.
    fn href(&self, chrome: &Chrome, extra: &[(&'static str, String)]) -> String {
        let mut pairs = self.pairs(0);
        pairs.extend_from_slice(extra);
        let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        chrome.href(&format!("{PATH}?{query}"))
    }

    /// With "changing school": the way to `/skoleskift`, with the path the age suggests.
    fn school_change_href(&self, chrome: &Chrome) -> Option<String> {
        self.school_change.then(
            || match self.age.and_then(crate::school_change::Path::for_age) {
                Some(path) => chrome.href(&format!("/skoleskift?vej={}", path.code())),
                None => chrome.href("/skoleskift"),
            },
        )
    }

    /// The ranking's view of the person.
    fn profile(&self, directory: &Directory) -> Profile {
        let home = self
            .town
            .as_deref()
            .and_then(|t| directory.town(t))
            .map(|t| t.coordinate);
        Profile {
            age: self.age,
            home,
            remote: self.remote,
            interests: self.likes.clone(),
            times: self.times.clone(),
            transport: self.transport,
            company: self.company,
            free_only: self.free_only,
            home_station_km: home
                .and_then(|h| directory.nearest_station_to(h))
                .map(|(_, km)| km),
        }
    }
}

fn parse_query(query: Option<&str>) -> Vec<(String, String)> {
    query
        .and_then(|q| serde_urlencoded::from_str(q).ok())
        .unwrap_or_default()
}

fn value<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

pub struct Choice {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

pub struct Suggestion {
    pub href: String,
    pub name: String,
    pub kind: String,
    pub reason: String,
    pub summary: String,
}

#[derive(Template)]
#[template(path = "guide/steps.html")]
struct GuidePage {
    chrome: Chrome,
    step: usize,
    progress: String,
    hidden: Vec<(&'static str, String)>,
    back: String,
    errors: Vec<(String, String)>,
    err_age: Option<String>,
    err_town: Option<String>,
    err_likes: Option<String>,
    err_times: Option<String>,
    err_transport: Option<String>,
    err_company: Option<String>,
    age: String,
    who: Vec<Choice>,
    towns: Vec<Choice>,
    likes: Vec<Choice>,
    times: Vec<Choice>,
    transport: Vec<Choice>,
    company: Vec<Choice>,
    free_only: bool,
    school_change: bool,
    /// "Changing school": the way to `/skoleskift`.
    school_change_href: Option<String>,
}

#[derive(Template)]
#[template(path = "guide/results.html")]
struct ResultsPage {
    chrome: Chrome,
    print: bool,
    summary: String,
    edit_href: String,
    print_href: String,
    results: Vec<Suggestion>,
    alternatives: Vec<Suggestion>,
    little_fits: bool,
    phone_lines: Vec<PhoneLine>,
    hidden: Vec<(&'static str, String)>,
    token: String,
    email: String,
    email_error: Option<String>,
    sent: bool,
    printed_on: String,
    /// "Changing school": the way to `/skoleskift`.
    school_change_href: Option<String>,
}

async fn guide_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response, HttpError> {
    let mut pairs = parse_query(query.as_deref());
    let from = value(&pairs, "fra")
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|s| (1..=STEPS).contains(s));
    if let Some(skipped) = from.filter(|_| value(&pairs, "spring").is_some()) {
        pairs.retain(|(k, _)| !fields_of(skipped).contains(&k.as_str()));
    }
    let snapshot = served.clone();
    let directory = &snapshot.directory;
    let (answers, errors) = Answers::parse(&pairs, |t| directory.town(t).map(|t| t.name.clone()));
    if let Some(step) = errors.iter().map(|e| e.step).min() {
        let page = step_page(chrome, directory, &answers, step, &errors);
        return crate::web::page::render_page(&page, StatusCode::BAD_REQUEST);
    }
    let step = value(&pairs, "trin")
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|s| (1..=RESULTS).contains(s))
        .or(from.map(|f| f + 1))
        .unwrap_or(1);
    if step == RESULTS {
        let print = value(&pairs, "udskriv").is_some();
        // Reached from the last question: one more completed guide in the month's count
        // (a number only, nothing about the person or the answers).
        if from == Some(STEPS) && !print {
            let month = state.clock().today().to_string()[..7].to_owned();
            state
                .store
                .count_guide_completion(served.municipality.id, &month)
                .await?;
        }
        let page = results_page(chrome, &state, &answers, print, &served).await?;
        return crate::web::page::render_page(&page, StatusCode::OK);
    }
    let page = step_page(chrome, directory, &answers, step, &[]);
    crate::web::page::render_page(&page, StatusCode::OK)
}

/// "Send it to me": one mail with the list; the address lives only in the outbox row,
/// which is deleted once the mail is sent.
async fn send(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    client: Client,
    form: FormData,
) -> Result<Response, HttpError> {
    let pairs: Vec<(String, String)> = form.decode()?;
    let snapshot = served.clone();
    let directory = &snapshot.directory;
    let (answers, errors) = Answers::parse(&pairs, |t| directory.town(t).map(|t| t.name.clone()));
    if !errors.is_empty() {
        return Err(HttpError::BadRequest {
            code: "bad_answers",
            key: "guide-error-answers",
        });
    }
    let email = crate::accounts::normalise_email(form.get("email"));
    let mut page = results_page(chrome, &state, &answers, false, &served).await?;
    if !crate::accounts::plausible_email(&email) {
        page.email = form.get("email").chars().take(200).collect();
        page.email_error = Some(page.chrome.t(if email.is_empty() {
            "guide-error-email-empty"
        } else {
            "guide-error-email"
        }));
        return crate::web::page::render_page(&page, StatusCode::BAD_REQUEST);
    }
    // Mail goes to the address typed in: a flood from one client, or at one address, stops.
    limits::guard(&state, &form, &limits_of::SEND_TO_ME, &client, &email, 1).await?;
    // A second press of the button (double click, back and resubmit) sends nothing more.
    if let crate::store::forms::FormClaim::Fresh = state.store.claim_form(&form.nonce).await? {
        let mail = NewMail {
            municipality_id: Some(snapshot.municipality.id),
            to: email,
            subject: page.chrome.t("guide-mail-subject"),
            body: mail_body(&page, &served),
            unique_key: None,
        };
        state.store.queue_mail_and_forget(&mail).await?;
    }
    page.sent = true;
    crate::web::page::render_page(&page, StatusCode::OK)
}

fn mail_body(page: &ResultsPage, served: &Served) -> String {
    let base = served.base_url.trim_end_matches('/');
    let mut body = format!(
        "{}\n\n{}\n\n",
        page.chrome.t("guide-mail-intro"),
        page.summary
    );
    for s in page.results.iter().chain(&page.alternatives) {
        body.push_str(&format!(
            "* {}\n  {}\n  {}{}\n\n",
            s.name, s.reason, base, s.href
        ));
    }
    body.push_str(&page.chrome.t("guide-mail-outro"));
    body.push('\n');
    body
}

fn step_page(
    chrome: Chrome,
    directory: &Directory,
    answers: &Answers,
    step: usize,
    errors: &[AnswerError],
) -> GuidePage {
    let lang = chrome.lang;
    let error = |field: &str| {
        errors
            .iter()
            .find(|e| e.field == field && e.step == step)
            .map(|e| lang.t(e.key))
    };
    let choices = |items: Vec<(&str, String)>, checked: &dyn Fn(&str) -> bool| -> Vec<Choice> {
        items
            .into_iter()
            .map(|(value, label)| Choice {
                checked: checked(value),
                value: value.to_owned(),
                label,
            })
            .collect()
    };
    let mut towns: Vec<Choice> = directory
        .towns
        .iter()
        .map(|t| Choice {
            value: t.name.clone(),
            label: t.name.clone(),
            checked: answers.town.as_deref() == Some(t.name.as_str()),
        })
        .collect();
    towns.sort_by(|a, b| a.label.cmp(&b.label));
    towns.push(Choice {
        value: REMOTE.into(),
        label: lang.t("guide-town-remote"),
        checked: answers.remote,
    });
    let back = if step > 1 {
        answers.href(&chrome, &[("trin", (step - 1).to_string())])
    } else {
        chrome.href("/")
    };
    GuidePage {
        step,
        progress: lang.t_with(
            "guide-progress",
            &[
                ("step", step.to_string().into()),
                ("steps", STEPS.to_string().into()),
            ],
        ),
        hidden: answers.pairs(step),
        back,
        errors: errors
            .iter()
            .filter(|e| e.step == step)
            .map(|e| (e.field.to_owned(), lang.t(e.key)))
            .collect(),
        err_age: error("alder").or_else(|| error("hvem")),
        err_town: error("by"),
        err_likes: error("lide"),
        err_times: error("tid"),
        err_transport: error("transport"),
        err_company: error("selskab"),
        age: answers.age_text.clone(),
        who: choices(
            vec![
                ("mig", lang.t("guide-who-me")),
                ("barn", lang.t("guide-who-child")),
            ],
            &|v| (v == "barn") == answers.for_child,
        ),
        towns,
        likes: choices(
            Interest::ALL
                .iter()
                .map(|i| (i.code(), lang.t(&format!("guide-like-{}", i.code()))))
                .collect(),
            &|v| answers.likes.iter().any(|i| i.code() == v),
        ),
        times: choices(
            When::ALL
                .iter()
                .map(|w| (w.code(), lang.t(&format!("guide-when-{}", w.code()))))
                .collect(),
            &|v| answers.times.iter().any(|w| w.code() == v),
        ),
        transport: choices(
            Transport::ALL
                .iter()
                .map(|t| (t.code(), lang.t(&format!("guide-transport-{}", t.code()))))
                .collect(),
            &|v| answers.transport.is_some_and(|t| t.code() == v),
        ),
        company: choices(
            Company::ALL
                .iter()
                .map(|c| (c.code(), lang.t(&format!("guide-company-{}", c.code()))))
                .collect(),
            &|v| answers.company.is_some_and(|c| c.code() == v),
        ),
        free_only: answers.free_only,
        school_change: answers.school_change,
        school_change_href: if step > 1 {
            answers.school_change_href(&chrome)
        } else {
            None
        },
        chrome,
    }
}

/// What a candidate needs beside the ranking's view: how to show it.
struct Shown {
    href: String,
    name: String,
    kind: String,
    summary: String,
    /// "Tirsdag formiddag i Asnæs" / "Lørdag 5. december kl. 10.00 i Vig".
    when_where: String,
    in_person: bool,
    /// The next start and end (local), for the journey there.
    slot: Option<(jiff::civil::DateTime, jiff::civil::DateTime)>,
}

/// Rule 5 with real journeys: when the person goes by bus, train or a lift and there is
/// a timetable, each candidate beyond 3 km asks it whether a journey from their town gets
/// there in time for the next start ([`guide::Candidate::journey`]).
fn journeys(
    profile: &guide::Profile,
    snapshot: &crate::derived::Snapshot,
    candidates: &mut [Candidate],
    shown: &[Shown],
) {
    let (Some(network), Some(home)) = (&snapshot.transport, profile.home) else {
        return;
    };
    if !matches!(
        profile.transport,
        Some(guide::Transport::BusOrTrain | guide::Transport::NeedLift)
    ) {
        return;
    }
    for (c, s) in candidates.iter_mut().zip(shown) {
        let (Some(at), Some((start, end))) = (c.at, s.slot) else {
            continue;
        };
        if c.channel != Channel::InPerson
            || crate::domain::geo::haversine_km(home.lat, home.lon, at.lat, at.lon) <= 3.0
        {
            continue;
        }
        let plan = network.plan(home, at, start.date(), start.time(), end.time());
        c.journey = Some(!plan.none_there());
    }
}

async fn results_page(
    chrome: Chrome,
    state: &AppState,
    answers: &Answers,
    print: bool,
    served: &Served,
) -> Result<ResultsPage, HttpError> {
    let snapshot = served.clone();
    let directory = &snapshot.directory;
    let now = state.clock().now();
    let events = &snapshot.events;
    let mut shown = Vec::new();
    let mut candidates = Vec::new();
    for (candidate, view) in offer_candidates(&chrome, directory, now)
        .into_iter()
        .chain(event_candidates(&chrome, directory, events, now))
    {
        candidates.push(candidate);
        shown.push(view);
    }
    let profile = answers.profile(directory);
    journeys(&profile, &snapshot, &mut candidates, &shown);
    let ranked = guide::rank(&profile, &candidates);
    let good = ranked.iter().filter(|r| r.fits).count();
    let little_fits = good < guide::FEW;
    let suggest = |r: &guide::Ranked| {
        let s = &shown[r.index];
        Suggestion {
            href: s.href.clone(),
            name: s.name.clone(),
            kind: s.kind.clone(),
            reason: reason(chrome.lang, &s.when_where, s.in_person, &r.reasons),
            summary: s.summary.clone(),
        }
    };
    let (results, alternatives) = if little_fits {
        (
            ranked.iter().filter(|r| r.fits).map(suggest).collect(),
            ranked
                .iter()
                .filter(|r| !r.fits)
                .take(guide::SHOWN - good)
                .map(suggest)
                .collect(),
        )
    } else {
        (
            ranked.iter().take(guide::SHOWN).map(suggest).collect(),
            Vec::new(),
        )
    };
    let lang = chrome.lang;
    Ok(ResultsPage {
        print,
        summary: summary(lang, answers),
        edit_href: answers.href(&chrome, &[("trin", "1".into())]),
        print_href: answers.href(
            &chrome,
            &[("trin", RESULTS.to_string()), ("udskriv", "1".into())],
        ),
        results,
        alternatives,
        little_fits,
        phone_lines: snapshot.phone_lines.clone(),
        hidden: answers.pairs(0),
        token: state
            .form_key
            .issue(chrome.session.as_deref(), state.store.now()),
        email: String::new(),
        email_error: None,
        sent: false,
        printed_on: crate::format::date(lang, state.clock().today()),
        school_change_href: answers.school_change_href(&chrome),
        chrome,
    })
}

fn offer_candidates(
    chrome: &Chrome,
    directory: &Directory,
    now: Timestamp,
) -> Vec<(Candidate, Shown)> {
    let lang = chrome.lang;
    let tz = crate::format::copenhagen();
    directory
        .entries()
        .iter()
        .filter(|e| e.offer.status == OfferStatus::Active)
        .map(|entry| {
            let o = &entry.offer;
            let next = entry.next(now, 3);
            let times: Vec<(u8, u8)> = next
                .iter()
                .map(|occ| {
                    let local = occ.start.to_zoned_datetime(tz.clone());
                    (
                        local.weekday().to_monday_zero_offset() as u8,
                        local.hour() as u8,
                    )
                })
                .collect();
            let when = times.first().map(|(day, hour)| {
                format!(
                    "{} {}",
                    capitalise(crate::format::weekday_name(lang, *day as usize)),
                    lang.t(&format!("guide-part-{}", DayPart::of(*hour).code()))
                )
            });
            let candidate = Candidate {
                name: o.name.clone(),
                arenas: o.life_arenas.clone(),
                interests: interests(o.activity_types.iter().map(String::as_str)),
                age_min: o.age_min,
                age_max: o.age_max,
                free: o.cost == CostKind::Free,
                channel: o.channel,
                at: o.coordinate,
                times,
                next: next.first().map_or(i64::MAX, |occ| occ.start.as_second()),
                show_up: o.how_to_join == HowToJoin::ShowUp,
                newcomers: o.newcomers_welcome,
                bring_someone: o.bring_someone,
                ambassador: o.ambassador_can_join,
                station_km: directory.nearest_station(o).map(|(_, km)| km),
                journey: None,
            };
            let shown = Shown {
                href: chrome.href(&format!("/tilbud/{}", o.id)),
                name: o.name.clone(),
                kind: lang.t("guide-kind-offer"),
                summary: o.short_description.clone(),
                when_where: when_where(
                    lang,
                    when,
                    o.channel,
                    o.town.as_ref().map(|t| t.name.as_str()),
                ),
                in_person: o.channel == Channel::InPerson,
                slot: next.first().map(|occ| {
                    (
                        occ.start.to_zoned_datetime(tz.clone()).datetime(),
                        occ.end.to_zoned_datetime(tz.clone()).datetime(),
                    )
                }),
            };
            (candidate, shown)
        })
        .collect()
}

/// Events whose next occurrence starts within [`EVENT_HORIZON_DAYS`].
fn event_candidates(
    chrome: &Chrome,
    directory: &Directory,
    events: &[Event],
    now: Timestamp,
) -> Vec<(Candidate, Shown)> {
    let lang = chrome.lang;
    let local_now = now
        .to_zoned_datetime(crate::format::copenhagen())
        .datetime();
    let horizon = now + jiff::SignedDuration::from_hours(24 * EVENT_HORIZON_DAYS);
    events
        .iter()
        .filter(|e| !e.cancelled)
        .filter_map(|e| {
            let occurrence = e.next_occurrence(local_now)?;
            let starts = local_instant(occurrence.start);
            (starts <= horizon).then_some((e, occurrence, starts))
        })
        .map(|(e, occurrence, starts)| {
            let mut likes = Vec::new();
            if e.kind == EventKind::SpisSammen {
                likes.extend([Interest::EatTogether, Interest::Talk]);
            }
            if let Some(offer) = e.offer_id.and_then(|id| directory.entry(id)) {
                for i in interests(offer.offer.activity_types.iter().map(String::as_str)) {
                    if !likes.contains(&i) {
                        likes.push(i);
                    }
                }
            }
            let start = occurrence.start;
            let when = format!(
                "{} {}",
                capitalise(&crate::format::day(lang, start.date())),
                lang.t_with(
                    "guide-at-clock",
                    &[("time", crate::format::clock(start.time()).into())]
                )
            );
            // Open gatherings of these kinds are for anyone who comes, newcomers first.
            let open_kind = e.kind != EventKind::Andet;
            let candidate = Candidate {
                name: e.title.clone(),
                arenas: e.life_arena.into_iter().collect(),
                interests: likes,
                age_min: e.age_min,
                age_max: e.age_max,
                free: e.is_free(),
                channel: if e.online {
                    Channel::Online
                } else {
                    Channel::InPerson
                },
                at: e.coordinate,
                times: vec![(
                    start.weekday().to_monday_zero_offset() as u8,
                    start.hour() as u8,
                )],
                next: starts.as_second(),
                show_up: !e.signup_required,
                newcomers: open_kind,
                bring_someone: open_kind,
                ambassador: false,
                station_km: e
                    .coordinate
                    .and_then(|c| directory.nearest_station_to(c))
                    .map(|(_, km)| km),
                journey: None,
            };
            let shown = Shown {
                href: chrome.href(&format!("/arrangement/{}?dato={}", e.id, occurrence.date)),
                name: e.title.clone(),
                kind: lang.t(&format!("event-kind-{}", e.kind.code())),
                summary: first_sentence(&e.description),
                when_where: when_where(
                    lang,
                    Some(when),
                    if e.online {
                        Channel::Online
                    } else {
                        Channel::InPerson
                    },
                    e.town.as_ref().map(|t| t.name.as_str()),
                ),
                in_person: !e.online,
                slot: Some((occurrence.start, occurrence.end)),
            };
            (candidate, shown)
        })
        .collect()
}

fn interests<'a>(activities: impl Iterator<Item = &'a str>) -> Vec<Interest> {
    let mut out = Vec::new();
    for i in activities.filter_map(Interest::from_activity) {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

fn when_where(lang: Lang, when: Option<String>, channel: Channel, town: Option<&str>) -> String {
    let place = match (channel, town) {
        (Channel::Phone, _) => Some(lang.t("guide-by-phone")),
        (Channel::Online, _) => Some(lang.t("guide-online")),
        (Channel::InPerson, Some(town)) => {
            Some(lang.t_with("guide-in-town", &[("town", town.to_owned().into())]))
        }
        (Channel::InPerson, None) => None,
    };
    match (when, place) {
        (Some(w), Some(p)) => format!("{w} {p}"),
        (Some(w), None) => w,
        (None, Some(p)) => capitalise(&p),
        (None, None) => String::new(),
    }
}

/// The plain-words line: "Tirsdag formiddag i Asnæs, 4 km fra dig, gratis, nye er velkomne".
pub fn reason(lang: Lang, when_where: &str, in_person: bool, reasons: &[Reason]) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !when_where.is_empty() {
        parts.push(when_where.to_owned());
    }
    let mut liked = Vec::new();
    for r in reasons {
        match r {
            Reason::Distance(km) if *km < 1.0 => parts.push(lang.t("guide-reason-close")),
            Reason::Distance(km) => parts.push(lang.t_with(
                "guide-reason-km",
                &[("km", format!("{}", km.round() as i64).into())],
            )),
            Reason::StationNearBoth => parts.push(lang.t("guide-reason-station")),
            Reason::Journey => parts.push(lang.t("transport-guide-reason")),
            Reason::Free => parts.push(lang.t("guide-reason-free")),
            Reason::JustShowUp if in_person => parts.push(lang.t("guide-reason-show-up")),
            Reason::JustShowUp => parts.push(lang.t("guide-reason-no-signup")),
            Reason::NewcomersWelcome => parts.push(lang.t("guide-reason-newcomers")),
            Reason::BringSomeone => parts.push(lang.t("guide-reason-bring")),
            Reason::AmbassadorCanJoin => parts.push(lang.t("guide-reason-ambassador")),
            Reason::Interest(i) => liked.push(lang.t(&format!("guide-interest-{}", i.code()))),
            Reason::TimeFits | Reason::Remote(_) => {}
        }
    }
    // Distance reads best right after the place; the rest keep the ranking's order.
    let mut line = parts.join(", ");
    if !liked.is_empty() {
        line.push_str(" – ");
        line.push_str(&listing(lang, &liked));
    }
    line
}

/// "15 år, Asnæs, bevægelse og spil, aften, bus eller tog, i en gruppe, kun gratis".
fn summary(lang: Lang, a: &Answers) -> String {
    let mut parts = Vec::new();
    if let Some(age) = a.age {
        let key = if a.for_child {
            "guide-summary-child-age"
        } else {
            "guide-summary-age"
        };
        parts.push(lang.t_with(key, &[("age", age.to_string().into())]));
    }
    if a.remote {
        parts.push(lang.t("guide-town-remote"));
    } else if let Some(town) = &a.town {
        parts.push(town.clone());
    }
    if !a.likes.is_empty() {
        let words: Vec<String> = a
            .likes
            .iter()
            .map(|i| lang.t(&format!("guide-interest-{}", i.code())))
            .collect();
        parts.push(listing(lang, &words));
    }
    for w in &a.times {
        parts.push(lang.t(&format!("guide-when-{}", w.code())).to_lowercase());
    }
    if let Some(t) = a.transport {
        parts.push(
            lang.t(&format!("guide-transport-{}", t.code()))
                .to_lowercase(),
        );
    }
    if let Some(c) = a.company {
        parts.push(
            lang.t(&format!("guide-company-{}", c.code()))
                .to_lowercase(),
        );
    }
    if a.free_only {
        parts.push(lang.t("guide-summary-free"));
    }
    if parts.is_empty() {
        return lang.t("guide-summary-nothing");
    }
    lang.t_with("guide-summary", &[("answers", parts.join(", ").into())])
}

fn first_sentence(text: &str) -> String {
    let end = text.find(". ").map_or(text.len(), |i| i + 1);
    text[..end].chars().take(200).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn town(name: &str) -> Option<String> {
        (name == "Asnæs").then(|| name.to_owned())
    }

    #[test]
    fn answers_travel_in_the_address_and_come_back_the_same() {
        let given = pairs(&[
            ("alder", "15"),
            ("by", "Asnæs"),
            ("lide", "spil"),
            ("lide", "musik"),
            ("tid", "aften"),
            ("transport", "bus-tog"),
            ("selskab", "gruppe"),
            ("gratis", "ja"),
        ]);
        let (a, errors) = Answers::parse(&given, town);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(a.likes, [Interest::Games, Interest::Music]);
        let again: Vec<(String, String)> = a
            .pairs(0)
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        assert_eq!(Answers::parse(&again, town).0, a);
        let without_step_3: Vec<&str> = a.pairs(3).iter().map(|(k, _)| *k).collect();
        assert!(!without_step_3.contains(&"lide"));
        assert!(without_step_3.contains(&"by"));
    }

    #[test]
    fn wrong_answers_name_their_step() {
        let (_, errors) = Answers::parse(
            &pairs(&[
                ("alder", "femten"),
                ("by", "Atlantis"),
                ("lide", "spil"),
                ("lide", "musik"),
                ("lide", "natur"),
                ("lide", "snak"),
                ("transport", "raket"),
            ]),
            town,
        );
        let steps: Vec<(usize, &str)> = errors.iter().map(|e| (e.step, e.key)).collect();
        assert_eq!(
            steps,
            [
                (1, "guide-error-age"),
                (2, "guide-error-town"),
                (3, "guide-error-likes-max"),
                (5, "guide-error-choice"),
            ]
        );
        let (_, errors) = Answers::parse(&pairs(&[("hvem", "barn"), ("alder", "40")]), town);
        assert_eq!(errors[0].key, "guide-error-child-age");
    }

    #[test]
    fn the_reason_reads_as_plain_danish() {
        let line = reason(
            Lang::Da,
            "Tirsdag formiddag i Asnæs",
            true,
            &[
                Reason::Interest(Interest::EatTogether),
                Reason::Distance(4.2),
                Reason::Free,
                Reason::NewcomersWelcome,
            ],
        );
        assert_eq!(
            line,
            "Tirsdag formiddag i Asnæs, 4 km fra dig, gratis, nye er velkomne – spise sammen"
        );
    }
}
