//! The editors' desk for stories: `/admin/fortaellinger` (waiting first), and
//! `/admin/fortaelling/{id}`: the story as sent beside the text to publish — take out
//! names and places that could identify someone — with signature and tags; publish, or
//! reject (the text is erased).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::paragraphs;
use super::public::tag_fields;
use crate::store::StoreError;
use crate::store::audit::Actor;
use crate::store::stories::{Story, StoryStatus};
use crate::stories::{Edit, MAX_BODY, MAX_SIGNATURE};
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::page::once;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/admin/fortaellinger", Access::Editor, list)
        .get("/admin/fortaelling/{id}", Access::Editor, story_page)
        .post("/admin/fortaelling/{id}", Access::Editor, decide)
}

fn status_key(s: StoryStatus) -> &'static str {
    match s {
        StoryStatus::New => "stories-desk-new",
        StoryStatus::Published => "stories-status-published",
        StoryStatus::Rejected => "stories-status-rejected",
        StoryStatus::Withdrawn => "stories-status-withdrawn",
    }
}

struct Line {
    href: Option<String>,
    when: String,
    status: String,
    start: String,
}

#[derive(Template)]
#[template(path = "stories/desk.html")]
struct DeskPage {
    chrome: Chrome,
    lines: Vec<Line>,
}

fn moment(chrome: &Chrome, at: i64) -> String {
    crate::format::moment(
        chrome.lang,
        jiff::Timestamp::from_second(at).unwrap_or(jiff::Timestamp::UNIX_EPOCH),
    )
}

async fn list(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let lines = state
        .store
        .stories(served.municipality.id)
        .await?
        .iter()
        .map(|s| {
            let live = matches!(s.status, StoryStatus::New | StoryStatus::Published);
            let text = if s.published_body.is_empty() {
                &s.body
            } else {
                &s.published_body
            };
            Line {
                href: live.then(|| chrome.href(&format!("/admin/fortaelling/{}", s.id))),
                when: moment(&chrome, s.created_at),
                status: chrome.t(status_key(s.status)),
                start: text.chars().take(80).collect(),
            }
        })
        .collect();
    crate::web::page::render_page(&DeskPage { chrome, lines }, StatusCode::OK)
}

#[derive(Template)]
#[template(path = "stories/desk_story.html")]
struct StoryPage {
    chrome: Chrome,
    status: String,
    sent: Vec<String>,
    form: FormView,
}

fn edit_of(s: &Story) -> Edit {
    Edit {
        body: if s.published_body.is_empty() {
            s.body.clone()
        } else {
            s.published_body.clone()
        },
        signature: s.signature.clone(),
        life_arena: s.life_arena.clone(),
        age_band: s.age_band.clone(),
        situation: s.situation.clone(),
    }
}

fn edit_view(state: &AppState, chrome: &Chrome, id: i64, e: &Edit) -> FormView {
    let form = FormView::new(state, chrome, &format!("/admin/fortaelling/{id}"))
        .field(
            Field::new(Kind::TextArea, "historie", chrome.t("stories-desk-body"))
                .hint(chrome.t("stories-desk-body-hint"))
                .value(e.body.clone())
                .max(MAX_BODY)
                .required(),
        )
        .field(
            Field::new(Kind::Text, "underskrift", chrome.t("stories-signature"))
                .value(e.signature.clone())
                .max(MAX_SIGNATURE),
        );
    tag_fields(form, chrome, &e.life_arena, &e.age_band, &e.situation)
        .button("handling", "afvis", chrome.t("stories-desk-reject"), true)
        .button("handling", "udgiv", chrome.t("stories-desk-publish"), false)
}

async fn the_story(state: &AppState, served: &Served, id: &str) -> Result<Story, HttpError> {
    let id = id.parse::<i64>().map_err(|_| HttpError::NotFound)?;
    let story = state.store.story(served.municipality.id, id).await?;
    if matches!(story.status, StoryStatus::New | StoryStatus::Published) {
        Ok(story)
    } else {
        Err(HttpError::NotFound)
    }
}

fn story_view(chrome: Chrome, s: &Story, form: FormView) -> StoryPage {
    StoryPage {
        status: chrome.t(status_key(s.status)),
        sent: paragraphs(&s.body),
        form,
        chrome,
    }
}

async fn story_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, HttpError> {
    let s = the_story(&state, &served, &id).await?;
    let form = edit_view(&state, &chrome, s.id, &edit_of(&s));
    crate::web::page::render_page(&story_view(chrome, &s, form), StatusCode::OK)
}

async fn decide(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let s = the_story(&state, &served, &id).await?;
    let municipality = served.municipality.id;
    let by = Actor::Account(who.account_id);
    let list = chrome.href("/admin/fortaellinger");
    match form.get("handling") {
        "afvis" => {
            once(&state, &form, || async {
                state.store.reject_story(municipality, s.id, by).await?;
                Ok((Redirect::to(&list).into_response(), list.clone()))
            })
            .await
        }
        "udgiv" => {
            let e = Edit {
                body: form.get("historie").chars().take(MAX_BODY + 1).collect(),
                signature: form
                    .get("underskrift")
                    .trim()
                    .chars()
                    .take(MAX_SIGNATURE + 1)
                    .collect(),
                life_arena: form.get("livsarena").to_owned(),
                age_band: form.get("alder").to_owned(),
                situation: form.get("situation").to_owned(),
            };
            let errors = e.errors();
            if !errors.is_empty() {
                let view = edit_view(&state, &chrome, s.id, &e).with_errors(&chrome, &errors);
                return crate::web::page::render_page(
                    &story_view(chrome, &s, view),
                    StatusCode::BAD_REQUEST,
                );
            }
            once(&state, &form, || async {
                match state.store.publish_story(municipality, s.id, &e, by).await {
                    // Withdrawn by the writer meanwhile: nothing is published.
                    Err(StoreError::NotFound) => {
                        return Err(HttpError::Conflict {
                            key: "stories-error-withdrawn",
                        });
                    }
                    other => other?,
                }
                Ok((Redirect::to(&list).into_response(), list.clone()))
            })
            .await
        }
        _ => Err(HttpError::BadRequest {
            code: "bad_action",
            key: "stories-error-action",
        }),
    }
}
