//! The young's own voice (issue 20).
//!
//! - `/admin/unges-stemme`: editors and administrators write questions to the young (the
//!   question, open or closed, and the strategy's initiative it belongs to).
//! - `/admin/unges-stemme/{id}`: the question's form, and its answers waiting for an editor:
//!   publish, or reject (the words are erased).
//! - `/unges-stemme`: the open questions, an anonymous answer form under each (guarded as
//!   every anonymous form, [`crate::limits::YOUTH_VOICE`]) and the published answers.
//!
//! An answer is stored with its question, the day and a random id: no address, no time
//! finer than the day, no audit line. How many have answered is shown only through
//! `domain::disclosure` (under 10 nothing, else rounded to 5) — here and on `/strategi`.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::domain::disclosure::{self, Shown};
use crate::i18n::Lang;
use crate::limits as limits_of;
use crate::store::StoreError;
use crate::store::audit::Actor;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::client::Client;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::limits;
use crate::web::page::{FormPage, MessagePage, once, render_page};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

/// The longest question and answer.
pub const MAX_QUESTION: usize = 300;
pub const MAX_ANSWER: usize = 500;

pub fn routes(r: Routes) -> Routes {
    r.get("/admin/unges-stemme", Access::Editor, list)
        .post("/admin/unges-stemme", Access::Editor, add)
        .get("/admin/unges-stemme/{id}", Access::Editor, question_page)
        .post("/admin/unges-stemme/{id}", Access::Editor, question_post)
        .get("/unges-stemme", Access::Public, voice)
        .post("/unges-stemme", Access::Public, answer)
        .get("/unges-stemme/tak", Access::Public, thanks)
}

/// How many have answered, in words, through the disclosure rule.
pub fn count_text(lang: Lang, answers: i64) -> String {
    match disclosure::count(answers) {
        Shown::Hidden => lang.t("voice-count-few"),
        Shown::Count(n) => lang.t_with("voice-count", &[("count", n.into())]),
    }
}

// ---- editors ----

async fn initiative_choices(
    state: &AppState,
    chrome: &Chrome,
    municipality: i64,
) -> Result<Vec<(String, String)>, HttpError> {
    let strategy = state.store.strategy(municipality).await?;
    let mut out = vec![(String::new(), chrome.t("voice-admin-no-initiative"))];
    out.extend(
        strategy
            .initiatives
            .iter()
            .map(|i| (i.id.to_string(), i.initiative.title.clone())),
    );
    Ok(out)
}

struct Typed {
    question: String,
    open: bool,
    initiative: String,
}

fn question_form(
    state: &AppState,
    chrome: &Chrome,
    action: &str,
    t: &Typed,
    initiatives: Vec<(String, String)>,
) -> FormView {
    FormView::new(state, chrome, action)
        .field(
            Field::new(
                Kind::TextArea,
                "sporgsmaal",
                chrome.t("voice-admin-question"),
            )
            .hint(chrome.t("voice-admin-question-hint"))
            .value(t.question.clone())
            .max(MAX_QUESTION)
            .required(),
        )
        .field(
            Field::new(Kind::Checkbox, "aaben", chrome.t("voice-admin-open"))
                .hint(chrome.t("voice-admin-open-hint"))
                .checked(t.open),
        )
        .field(
            Field::new(
                Kind::Select,
                "initiativ",
                chrome.t("voice-admin-initiative"),
            )
            .hint(chrome.t("voice-admin-initiative-hint"))
            .choices(initiatives, std::slice::from_ref(&t.initiative)),
        )
        .button("handling", "gem", chrome.t("voice-admin-save"), false)
}

fn read_typed(form: &FormData) -> Typed {
    Typed {
        question: form
            .get("sporgsmaal")
            .trim()
            .chars()
            .take(MAX_QUESTION + 1)
            .collect(),
        open: form.get("aaben") == "ja",
        initiative: form.get("initiativ").to_owned(),
    }
}

fn check(t: &Typed) -> Vec<(&'static str, &'static str)> {
    let mut errors = Vec::new();
    if t.question.is_empty() {
        errors.push(("sporgsmaal", "voice-error-question"));
    } else if t.question.chars().count() > MAX_QUESTION {
        errors.push(("sporgsmaal", "voice-error-long"));
    }
    if !t.initiative.is_empty() && t.initiative.parse::<i64>().is_err() {
        errors.push(("initiativ", "voice-error-initiative"));
    }
    errors
}

async fn list_page(
    state: &AppState,
    chrome: Chrome,
    municipality: i64,
    form: FormView,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response, HttpError> {
    let questions = state.store.youth_questions(municipality).await?;
    let lang = chrome.lang;
    let links: Vec<(String, String)> = questions
        .iter()
        .map(|q| {
            let state_key = if q.open {
                "voice-admin-is-open"
            } else {
                "voice-admin-is-closed"
            };
            (
                chrome.href(&format!("/admin/unges-stemme/{}", q.id)),
                format!(
                    "{} ({}; {})",
                    q.question,
                    lang.t(state_key),
                    lang.t_with("voice-admin-waiting-count", &[("count", q.waiting.into())])
                ),
            )
        })
        .collect();
    let lead = chrome.t("voice-admin-lead");
    let mut page = FormPage::new(chrome, "voice-admin-title", form)
        .lead(lead)
        .notice(notice);
    page.links = links;
    page.render(status)
}

async fn list(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let initiatives = initiative_choices(&state, &chrome, who.municipality_id).await?;
    let typed = Typed {
        question: String::new(),
        open: true,
        initiative: String::new(),
    };
    let form = question_form(&state, &chrome, "/admin/unges-stemme", &typed, initiatives);
    let notice = params
        .contains_key("ok")
        .then(|| chrome.t("voice-admin-saved"));
    list_page(
        &state,
        chrome,
        who.municipality_id,
        form,
        notice,
        StatusCode::OK,
    )
    .await
}

async fn add(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    form: FormData,
) -> Result<Response, HttpError> {
    let t = read_typed(&form);
    let errors = check(&t);
    if !errors.is_empty() {
        let initiatives = initiative_choices(&state, &chrome, who.municipality_id).await?;
        let view = question_form(&state, &chrome, "/admin/unges-stemme", &t, initiatives)
            .with_errors(&chrome, &errors);
        return list_page(
            &state,
            chrome,
            who.municipality_id,
            view,
            None,
            StatusCode::BAD_REQUEST,
        )
        .await;
    }
    once(&state, &form, || async {
        let id = state
            .store
            .save_youth_question(
                who.municipality_id,
                None,
                &t.question,
                t.open,
                t.initiative.parse().ok(),
                Actor::Account(who.account_id),
            )
            .await
            .map_err(not_found)?;
        let to = chrome.href(&format!("/admin/unges-stemme/{id}?ok=1"));
        Ok((Redirect::to(&to).into_response(), to))
    })
    .await
}

fn not_found(e: StoreError) -> HttpError {
    match e {
        StoreError::NotFound => HttpError::NotFound,
        other => other.into(),
    }
}

#[derive(Template)]
#[template(path = "youth/question_admin.html")]
struct QuestionPage {
    chrome: Chrome,
    title: String,
    notice: Option<String>,
    back: String,
    count: String,
    form: FormView,
    /// (answer id, words)
    waiting: Vec<(String, String)>,
    published: Vec<String>,
}

async fn render_question(
    state: &AppState,
    chrome: Chrome,
    municipality: i64,
    id: i64,
    form: Option<FormView>,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response, HttpError> {
    let q = state
        .store
        .youth_question(municipality, id)
        .await
        .map_err(not_found)?;
    let form = match form {
        Some(f) => f,
        None => {
            let initiatives = initiative_choices(state, &chrome, municipality).await?;
            let typed = Typed {
                question: q.question.clone(),
                open: q.open,
                initiative: q.initiative_id.map(|i| i.to_string()).unwrap_or_default(),
            };
            question_form(
                state,
                &chrome,
                &format!("/admin/unges-stemme/{id}"),
                &typed,
                initiatives,
            )
        }
    };
    let waiting = state.store.youth_answers(id, "new").await?;
    let published = state.store.youth_answers(id, "published").await?;
    let page = QuestionPage {
        title: q.question.clone(),
        notice,
        back: chrome.href("/admin/unges-stemme"),
        count: count_text(chrome.lang, q.answers),
        form,
        waiting: waiting.into_iter().map(|a| (a.id, a.body)).collect(),
        published: published.into_iter().map(|a| a.body).collect(),
        chrome,
    };
    render_page(&page, status)
}

async fn question_page(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let notice = match params.get("ok").map(String::as_str) {
        Some("1") => Some(chrome.t("voice-admin-saved")),
        Some("svar") => Some(chrome.t("voice-admin-decided")),
        _ => None,
    };
    render_question(
        &state,
        chrome,
        who.municipality_id,
        id,
        None,
        notice,
        StatusCode::OK,
    )
    .await
}

async fn question_post(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    let municipality = who.municipality_id;
    let action = form.get("handling").to_owned();
    if action == "offentliggoer" || action == "afvis" {
        let answer = form.get("svar").to_owned();
        return once(&state, &form, || async {
            state
                .store
                .decide_youth_answer(
                    municipality,
                    id,
                    &answer,
                    action == "offentliggoer",
                    who.account_id,
                )
                .await
                .map_err(not_found)?;
            let to = chrome.href(&format!("/admin/unges-stemme/{id}?ok=svar"));
            Ok((Redirect::to(&to).into_response(), to))
        })
        .await;
    }
    let t = read_typed(&form);
    let errors = check(&t);
    if !errors.is_empty() {
        let initiatives = initiative_choices(&state, &chrome, municipality).await?;
        let view = question_form(
            &state,
            &chrome,
            &format!("/admin/unges-stemme/{id}"),
            &t,
            initiatives,
        )
        .with_errors(&chrome, &errors);
        return render_question(
            &state,
            chrome,
            municipality,
            id,
            Some(view),
            None,
            StatusCode::BAD_REQUEST,
        )
        .await;
    }
    once(&state, &form, || async {
        state
            .store
            .save_youth_question(
                municipality,
                Some(id),
                &t.question,
                t.open,
                t.initiative.parse().ok(),
                Actor::Account(who.account_id),
            )
            .await
            .map_err(not_found)?;
        let to = chrome.href(&format!("/admin/unges-stemme/{id}?ok=1"));
        Ok((Redirect::to(&to).into_response(), to))
    })
    .await
}

// ---- the young ----

struct QuestionBlock {
    id: i64,
    question: String,
    count: String,
    answers: Vec<String>,
    open: bool,
    typed: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "youth/voice.html")]
struct VoicePage {
    chrome: Chrome,
    action: String,
    token: String,
    questions: Vec<QuestionBlock>,
    /// (question id, message) of a refused answer.
    error: Option<(i64, String)>,
}

/// The open questions (closed ones keep showing what was published), newest first.
async fn render_voice(
    state: &AppState,
    chrome: Chrome,
    municipality: i64,
    refused: Option<(i64, String, &'static str)>,
    status: StatusCode,
) -> Result<Response, HttpError> {
    let mut questions = Vec::new();
    for q in state.store.youth_questions(municipality).await? {
        let answers: Vec<String> = state
            .store
            .youth_answers(q.id, "published")
            .await?
            .into_iter()
            .map(|a| a.body)
            .collect();
        if !q.open && answers.is_empty() {
            continue;
        }
        let (typed, error) = match &refused {
            Some((id, typed, key)) if *id == q.id => (typed.clone(), Some(chrome.t(key))),
            _ => (String::new(), None),
        };
        questions.push(QuestionBlock {
            id: q.id,
            question: q.question,
            count: count_text(chrome.lang, q.answers),
            answers,
            open: q.open,
            typed,
            error,
        });
    }
    let page = VoicePage {
        action: chrome.href("/unges-stemme"),
        token: state
            .form_key
            .issue(chrome.session.as_deref(), state.store.now()),
        error: refused.map(|(id, _, key)| (id, chrome.t(key))),
        questions,
        chrome,
    };
    render_page(&page, status)
}

async fn voice(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    render_voice(&state, chrome, served.municipality.id, None, StatusCode::OK).await
}

async fn answer(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    client: Client,
    form: FormData,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    let question: i64 = form
        .get("sporgsmaal")
        .parse()
        .map_err(|_| HttpError::NotFound)?;
    let q = state
        .store
        .youth_question(municipality, question)
        .await
        .map_err(not_found)?;
    let body: String = form
        .get("svar")
        .trim()
        .chars()
        .take(MAX_ANSWER + 1)
        .collect();
    let error = if !q.open {
        Some("voice-error-closed")
    } else if body.is_empty() {
        Some("voice-error-empty")
    } else if body.chars().count() > MAX_ANSWER {
        Some("voice-error-long")
    } else {
        None
    };
    if let Some(key) = error {
        return render_voice(
            &state,
            chrome,
            municipality,
            Some((question, body, key)),
            StatusCode::BAD_REQUEST,
        )
        .await;
    }
    limits::guard(
        &state,
        &form,
        &limits_of::YOUTH_VOICE,
        &client,
        &format!("question {question}"),
        1,
    )
    .await?;
    let day = state.clock().today().to_string();
    once(&state, &form, || async {
        if !state
            .store
            .add_youth_answer(municipality, question, &day, &body)
            .await?
        {
            return Err(HttpError::NotFound);
        }
        let to = chrome.href("/unges-stemme/tak");
        Ok((Redirect::to(&to).into_response(), to))
    })
    .await
}

async fn thanks(chrome: Chrome) -> Result<Response, HttpError> {
    MessagePage::new(chrome, "voice-thanks-title", &["voice-thanks-text"])
        .link("/unges-stemme", "voice-thanks-back")
        .render(StatusCode::OK)
}
