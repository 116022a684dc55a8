//! `/hvordan-har-du-det`: the anonymous loneliness self-check. Answers are sent by POST
//! (so they stay out of the address bar, the history and the logs), turned into warm next
//! steps, and forgotten. Only with an explicit tick is one count added to a tally per
//! municipality, month and age band — no finer time, no IP, no cookie.

use std::collections::HashMap;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use crate::domain::PhoneLine;
use crate::format::copenhagen;
use crate::guide::selfcheck::{
    AGE_BANDS, Answer, EXTRA_ANSWERS, EXTRA_QUESTIONS, Level, level, score,
};
use crate::limits as limits_of;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::client::Client;
use crate::web::error::HttpError;
use crate::web::forms::FormData;
use crate::web::limits;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.get("/hvordan-har-du-det", Access::Public, form).post(
        "/hvordan-har-du-det",
        Access::Public,
        answer,
    )
}

const QUESTIONS: [&str; 3] = ["q1", "q2", "q3"];

pub struct Question {
    pub id: &'static str,
    pub text: String,
    pub choices: Vec<(String, String, bool)>,
    pub error: Option<String>,
}

pub struct NextStep {
    pub href: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "guide/selfcheck.html")]
struct SelfCheckPage {
    chrome: Chrome,
    questions: Vec<Question>,
    /// The two optional questions (transport; talking about loneliness).
    extras: Vec<Question>,
    bands: Vec<(String, String, bool)>,
    consent: bool,
    errors: Vec<(String, String)>,
    result: Option<Outcome>,
    phone_lines: Vec<PhoneLine>,
    token: String,
}

pub struct Outcome {
    pub message: String,
    pub steps: Vec<NextStep>,
    pub phone_first: bool,
    pub counted: bool,
}

async fn form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    crate::web::page::render_page(
        &page(chrome, &state, &HashMap::new(), Vec::new(), None, &served),
        StatusCode::OK,
    )
}

async fn answer(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    client: Client,
    data: FormData,
) -> Result<Response, HttpError> {
    let fields: HashMap<String, String> = data.decode()?;
    let answers: Vec<Option<Answer>> = QUESTIONS
        .iter()
        .map(|q| fields.get(*q).and_then(|v| Answer::from_code(v)))
        .collect();
    let mut errors: Vec<&'static str> = QUESTIONS
        .iter()
        .zip(&answers)
        .filter(|(_, a)| a.is_none())
        .map(|(q, _)| *q)
        .collect();
    let band = fields
        .get("alder")
        .map(String::as_str)
        .filter(|b| !b.is_empty())
        .unwrap_or("ikke-oplyst");
    // The optional questions: unanswered is fine, an answer not offered is not.
    for q in EXTRA_QUESTIONS {
        let given = fields.get(q).map(String::as_str).unwrap_or("");
        if !given.is_empty() && !EXTRA_ANSWERS.contains(&given) {
            errors.push(q);
        }
    }
    if !AGE_BANDS.contains(&band) {
        errors.push("alder");
    }
    let [Some(a), Some(b), Some(c)] = answers[..] else {
        return crate::web::page::render_page(
            &page(chrome, &state, &fields, errors, None, &served),
            StatusCode::BAD_REQUEST,
        );
    };
    if !errors.is_empty() {
        return crate::web::page::render_page(
            &page(chrome, &state, &fields, errors, None, &served),
            StatusCode::BAD_REQUEST,
        );
    }
    let total = score([a, b, c]);
    let counted = fields.get("taelles").is_some_and(|v| v == "ja");
    // Only the anonymous tally can be abused (a flood would skew the figures).
    if counted {
        limits::guard(&state, &data, &limits_of::SELF_CHECK, &client, "tally", 1).await?;
    }
    // A second submission of the same form (double click, back and resubmit) is not counted again.
    let first = match state.store.claim_form(&data.nonce).await? {
        crate::store::forms::FormClaim::Fresh => true,
        crate::store::forms::FormClaim::Seen(_) => false,
    };
    if counted && first {
        let municipality_id = served.municipality.id;
        let month = state
            .clock()
            .now()
            .to_zoned_datetime(copenhagen())
            .strftime("%Y-%m")
            .to_string();
        state
            .store
            .count_selfcheck(municipality_id, &month, band, total)
            .await?;
        for q in EXTRA_QUESTIONS {
            if let Some(answer) = fields.get(q).filter(|a| !a.is_empty()) {
                state
                    .store
                    .count_selfcheck_extra(municipality_id, &month, q, answer)
                    .await?;
            }
        }
    }
    let guide = state
        .store
        .page_is_published(served.municipality.id, crate::pages::HOW_TO_ASK)
        .await?;
    let outcome = outcome(&chrome, level(total), counted, guide);
    crate::web::page::render_page(
        &page(
            chrome,
            &state,
            &HashMap::new(),
            Vec::new(),
            Some(outcome),
            &served,
        ),
        StatusCode::OK,
    )
}

/// What the answers lead to; `guide`: the conversation guide is published (the step "help
/// someone else" leads there, else to the text about loneliness).
fn outcome(chrome: &Chrome, level: Level, counted: bool, guide: bool) -> Outcome {
    let others = if guide {
        format!("/side/{}", crate::pages::HOW_TO_ASK)
    } else {
        "/om-ensomhed".to_owned()
    };
    let t = |key: &str| chrome.t(key);
    let step = |path: &str, key: &str| NextStep {
        href: chrome.href(path),
        text: t(key),
    };
    let (message, steps) = match level {
        Level::Seldom => (
            t("selfcheck-seldom"),
            vec![
                step("/find-dit-faellesskab", "selfcheck-step-find"),
                step(&others, "selfcheck-step-others"),
            ],
        ),
        Level::Sometimes => (
            t("selfcheck-sometimes"),
            vec![
                step("/vejviser?moed-op=1", "selfcheck-step-show-up"),
                step("/ambassadorer", "selfcheck-step-ambassador"),
                step("/find-dit-faellesskab", "selfcheck-step-find"),
            ],
        ),
        Level::Often => (
            t("selfcheck-often"),
            vec![
                step("/ambassadorer", "selfcheck-step-ambassador"),
                step("/vejviser?moed-op=1", "selfcheck-step-show-up"),
                step("/om-ensomhed", "selfcheck-step-read"),
            ],
        ),
    };
    Outcome {
        message,
        steps,
        phone_first: level == Level::Often,
        counted,
    }
}

fn page(
    chrome: Chrome,
    state: &AppState,
    fields: &HashMap<String, String>,
    errors: Vec<&'static str>,
    result: Option<Outcome>,
    served: &Served,
) -> SelfCheckPage {
    let lang = chrome.lang;
    let error = |id: &str| {
        errors
            .contains(&id)
            .then(|| lang.t(&format!("selfcheck-error-{id}")))
    };
    let questions = QUESTIONS
        .iter()
        .map(|q| Question {
            id: q,
            text: lang.t(&format!("selfcheck-{q}")),
            choices: Answer::ALL
                .iter()
                .map(|a| {
                    let checked = fields.get(*q).map(String::as_str) == Some(a.code());
                    (
                        a.code().to_owned(),
                        lang.t(&format!("selfcheck-answer-{}", a.code())),
                        checked,
                    )
                })
                .collect(),
            error: error(q),
        })
        .collect();
    let extras = EXTRA_QUESTIONS
        .iter()
        .map(|q| Question {
            id: q,
            text: lang.t(&format!("selfcheck-extra-{q}")),
            choices: EXTRA_ANSWERS
                .iter()
                .map(|a| {
                    let checked = fields.get(*q).map(String::as_str) == Some(*a);
                    (
                        (*a).to_owned(),
                        lang.t(&format!("selfcheck-extra-answer-{a}")),
                        checked,
                    )
                })
                .collect(),
            error: error(q),
        })
        .collect();
    let chosen = fields
        .get("alder")
        .map(String::as_str)
        .unwrap_or("ikke-oplyst");
    let bands = AGE_BANDS
        .iter()
        .map(|b| {
            (
                b.to_string(),
                lang.t(&format!("selfcheck-band-{b}")),
                *b == chosen,
            )
        })
        .collect();
    SelfCheckPage {
        questions,
        extras,
        bands,
        consent: fields.get("taelles").is_some_and(|v| v == "ja"),
        errors: errors
            .iter()
            .map(|id| (id.to_string(), lang.t(&format!("selfcheck-error-{id}"))))
            .collect(),
        result,
        phone_lines: served.phone_lines.clone(),
        token: state
            .form_key
            .issue(chrome.session.as_deref(), state.store.now()),
        chrome,
    }
}
