//! Sharing a story and reading the published ones.
//!
//! - `/fortael`: the story, an optional signature and tags, and the consent box; guarded
//!   as every anonymous form ([`crate::limits::STORY`]). The private link's token is
//!   derived from the form's nonce; the database keeps only its SHA-256.
//! - `/fortaelling/{token}`: what was sent and where it stands; "withdraw" erases it.
//! - `/fortaellinger`: the published stories ("voices"), newest first, by life arena.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::paragraphs;
use crate::accounts::token_hash;
use crate::domain::LifeArena;
use crate::limits as limits_of;
use crate::store::StoreError;
use crate::store::stories::{Story, StoryStatus};
use crate::stories::{MAX_BODY, MAX_SIGNATURE, SITUATIONS, Submission, age_bands};
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::client::Client;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::limits;
use crate::web::page::{FormPage, once, once_private};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.get("/fortael", Access::Public, share_form)
        .post("/fortael", Access::Public, share)
        .get("/fortaelling/{token}", Access::Public, private_page)
        .post("/fortaelling/{token}", Access::Public, withdraw)
        .get("/fortaellinger", Access::Public, voices)
}

/// A tag's text key ("65+" is `…-65plus`: Fluent names take no "+").
pub fn tag_key(prefix: &str, code: &str) -> String {
    format!("{prefix}-{}", code.replace('+', "plus"))
}

/// Tag choices with "not given" first.
pub fn tag_choices(chrome: &Chrome, prefix: &str, codes: &[&str]) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), chrome.t("stories-tag-none"))];
    out.extend(
        codes
            .iter()
            .map(|c| (c.to_string(), chrome.t(&tag_key(prefix, c)))),
    );
    out
}

pub fn arena_codes() -> Vec<&'static str> {
    LifeArena::ALL.iter().map(|a| a.code()).collect()
}

/// The tag fields the writer and the editor share.
pub fn tag_fields(
    form: FormView,
    chrome: &Chrome,
    arena: &str,
    age: &str,
    situation: &str,
) -> FormView {
    form.field(
        Field::new(Kind::Select, "livsarena", chrome.t("stories-arena")).choices(
            tag_choices(chrome, "stories-arena", &arena_codes()),
            &[arena.to_owned()],
        ),
    )
    .field(
        Field::new(Kind::Select, "alder", chrome.t("stories-age")).choices(
            tag_choices(chrome, "stories-age", &age_bands()),
            &[age.to_owned()],
        ),
    )
    .field(
        Field::new(Kind::Select, "situation", chrome.t("stories-situation")).choices(
            tag_choices(chrome, "stories-situation", &SITUATIONS),
            &[situation.to_owned()],
        ),
    )
}

fn submission(form: &FormData) -> Submission {
    Submission {
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
        consent: form.get("samtykke") == "ja",
    }
}

fn share_view(state: &AppState, chrome: &Chrome, s: &Submission) -> FormView {
    let form = FormView::new(state, chrome, "/fortael")
        .anonymous()
        .field(
            Field::new(Kind::TextArea, "historie", chrome.t("stories-body"))
                .hint(chrome.t("stories-body-hint"))
                .value(s.body.clone())
                .max(MAX_BODY)
                .required(),
        )
        .field(
            Field::new(Kind::Text, "underskrift", chrome.t("stories-signature"))
                .hint(chrome.t("stories-signature-hint"))
                .value(s.signature.clone())
                .max(MAX_SIGNATURE),
        );
    tag_fields(form, chrome, &s.life_arena, &s.age_band, &s.situation)
        .field(
            Field::new(Kind::Checkbox, "samtykke", chrome.t("stories-consent"))
                .hint(chrome.t("stories-consent-hint"))
                .checked(s.consent),
        )
        .button("handling", "send", chrome.t("stories-send"), false)
}

fn share_page(chrome: Chrome, form: FormView) -> FormPage {
    let lead = chrome.t("stories-share-lead");
    let privacy = chrome.t("stories-share-privacy");
    FormPage::new(chrome, "stories-share-title", form)
        .lead(lead)
        .lead(privacy)
}

async fn share_form(chrome: Chrome, State(state): State<AppState>) -> Result<Response, HttpError> {
    let view = share_view(&state, &chrome, &Submission::default());
    share_page(chrome, view).render(StatusCode::OK)
}

async fn share(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    client: Client,
    form: FormData,
) -> Result<Response, HttpError> {
    let s = submission(&form);
    let errors = s.errors();
    if !errors.is_empty() {
        let view = share_view(&state, &chrome, &s).with_errors(&chrome, &errors);
        return share_page(chrome, view).render(StatusCode::BAD_REQUEST);
    }
    limits::guard(&state, &form, &limits_of::STORY, &client, "desk", 1).await?;
    let token = state.form_key.derive("story", &form.nonce);
    let municipality = served.municipality.id;
    let link = chrome.href(&format!("/fortaelling/{token}"));
    once_private(&state, &form, &token, || async {
        state
            .store
            .share_story(municipality, &s, &token_hash(&token))
            .await?;
        let to = format!("{link}?ny=1");
        Ok((Redirect::to(&to).into_response(), to))
    })
    .await
}

async fn by_token(state: &AppState, token: &str) -> Result<(i64, Story), HttpError> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(HttpError::NotFound);
    }
    state
        .store
        .story_by_token(&token_hash(token))
        .await
        .map_err(|e| match e {
            StoreError::NotFound => HttpError::NotFound,
            other => other.into(),
        })
}

#[derive(Template)]
#[template(path = "stories/private.html")]
struct PrivatePage {
    chrome: Chrome,
    notice: Option<String>,
    status: String,
    paragraphs: Vec<String>,
    public: Vec<String>,
    can_withdraw: bool,
    action: String,
    token: String,
}

async fn private_page(
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let (_, story) = by_token(&state, &token).await?;
    let notice = match params.get("ny").map(String::as_str) {
        Some("1") => Some(chrome.t("stories-done-shared")),
        _ => None,
    };
    let status = chrome.t(match story.status {
        StoryStatus::New => "stories-status-new",
        StoryStatus::Published => "stories-status-published",
        StoryStatus::Rejected => "stories-status-rejected",
        StoryStatus::Withdrawn => "stories-status-withdrawn",
    });
    let live = matches!(story.status, StoryStatus::New | StoryStatus::Published);
    let form_token = state
        .form_key
        .issue(chrome.session.as_deref(), state.store.now());
    let page = PrivatePage {
        notice,
        status,
        paragraphs: paragraphs(&story.body),
        public: if story.status == StoryStatus::Published {
            paragraphs(&story.published_body)
        } else {
            Vec::new()
        },
        can_withdraw: live,
        action: chrome.href(&format!("/fortaelling/{token}")),
        token: form_token,
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

async fn withdraw(
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let (municipality, story) = by_token(&state, &token).await?;
    let here = chrome.href(&format!("/fortaelling/{token}"));
    if form.get("handling") != "traek-tilbage" {
        return Err(HttpError::BadRequest {
            code: "bad_action",
            key: "stories-error-action",
        });
    }
    once(&state, &form, || async {
        match state.store.withdraw_story(municipality, story.id).await {
            // Withdrawn or rejected already: the page says so.
            Ok(()) | Err(StoreError::NotFound) => {}
            Err(e) => return Err(e.into()),
        }
        Ok((Redirect::to(&here).into_response(), here.clone()))
    })
    .await
}

/// One published story as a card.
pub struct Voice {
    pub paragraphs: Vec<String>,
    pub signature: String,
    pub tags: Vec<String>,
}

pub fn voice(chrome: &Chrome, s: &Story) -> Voice {
    let mut tags = Vec::new();
    if !s.life_arena.is_empty() {
        tags.push(chrome.t(&tag_key("stories-arena", &s.life_arena)));
    }
    if !s.age_band.is_empty() {
        tags.push(chrome.t(&tag_key("stories-age", &s.age_band)));
    }
    if !s.situation.is_empty() {
        tags.push(chrome.t(&tag_key("stories-situation", &s.situation)));
    }
    Voice {
        paragraphs: paragraphs(&s.published_body),
        signature: if s.signature.is_empty() {
            chrome.t("stories-anonymous")
        } else {
            s.signature.clone()
        },
        tags,
    }
}

#[derive(Template)]
#[template(path = "stories/voices.html")]
struct VoicesPage {
    chrome: Chrome,
    arenas: Vec<(String, String, bool)>,
    voices: Vec<Voice>,
    share: String,
}

async fn voices(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let arena = params
        .get("livsarena")
        .map(String::as_str)
        .filter(|a| LifeArena::from_code(a).is_some());
    let stories = state
        .store
        .published_stories(served.municipality.id, arena, 100)
        .await?;
    let mut arenas = vec![(String::new(), chrome.t("stories-all"), arena.is_none())];
    arenas.extend(arena_codes().into_iter().map(|c| {
        (
            c.to_owned(),
            chrome.t(&tag_key("stories-arena", c)),
            arena == Some(c),
        )
    }));
    let page = VoicesPage {
        voices: stories.iter().map(|s| voice(&chrome, s)).collect(),
        arenas,
        share: chrome.href("/fortael"),
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}
