//! The page editor for editors and administrators: `/admin/sider` (the list),
//! `/admin/sider/ny` (a new page), `/admin/sider/{id}` (edit, preview, save as a draft or
//! publish, with the plain-language meter beside the text and every version below,
//! each one restorable at `/admin/sider/{id}/gendan`).

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::format;
use crate::i18n::Lang;
use crate::pages::{Audience, Draft, MAX_BODY, MAX_TITLE, lix, markdown};
use crate::store::StoreError;
use crate::store::audit::Actor;
use crate::store::pages::PageDetail;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/admin/sider", Access::Editor, list)
        .get("/admin/sider/ny", Access::Editor, new_page)
        .post("/admin/sider/ny", Access::Editor, create)
        .get("/admin/sider/{id}", Access::Editor, edit)
        .post("/admin/sider/{id}", Access::Editor, save)
        .post("/admin/sider/{id}/gendan", Access::Editor, restore)
}

struct Line {
    href: String,
    public: String,
    title: String,
    lang: String,
    state: String,
}

#[derive(Template)]
#[template(path = "pages/list.html")]
struct ListPage {
    chrome: Chrome,
    lines: Vec<Line>,
    new_href: String,
}

async fn list(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let lines = state
        .store
        .pages(served.municipality.id)
        .await?
        .into_iter()
        .map(|p| Line {
            href: chrome.href(&format!("/admin/sider/{}", p.id)),
            public: public_path(&p.slug, &p.lang),
            title: p.title,
            lang: format::language_name(chrome.lang, &p.lang),
            state: chrome.t(match (p.published, p.draft_waits) {
                (false, _) => "pages-state-draft",
                (true, true) => "pages-state-changed",
                (true, false) => "pages-state-published",
            }),
        })
        .collect();
    let page = ListPage {
        new_href: chrome.href("/admin/sider/ny"),
        lines,
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

/// Where citizens read a page.
fn public_path(slug: &str, lang: &str) -> String {
    let prefix = Lang::from_code(lang).map_or("", Lang::link_prefix);
    if slug == "om-ensomhed" {
        format!("{prefix}/om-ensomhed")
    } else {
        format!("{prefix}/side/{slug}")
    }
}

fn draft_of(form: &FormData, slug: &str, lang: &str) -> Draft {
    Draft {
        slug: slug.to_owned(),
        lang: lang.to_owned(),
        audience: form.get("maalgruppe").to_owned(),
        title: form
            .get("titel")
            .trim()
            .chars()
            .take(MAX_TITLE + 1)
            .collect(),
        body: form.get("tekst").chars().take(MAX_BODY + 1).collect(),
    }
}

fn audience_choices(chrome: &Chrome) -> Vec<(String, String)> {
    Audience::ALL
        .iter()
        .map(|a| {
            (
                a.code().to_owned(),
                chrome.t(&format!("pages-audience-{}", a.code())),
            )
        })
        .collect()
}

/// The text fields every page form has.
fn text_fields(form: FormView, chrome: &Chrome, d: &Draft) -> FormView {
    form.field(
        Field::new(Kind::Radios, "maalgruppe", chrome.t("pages-audience"))
            .choices(audience_choices(chrome), std::slice::from_ref(&d.audience)),
    )
    .field(
        Field::new(Kind::Text, "titel", chrome.t("pages-title"))
            .value(d.title.clone())
            .max(MAX_TITLE)
            .required(),
    )
    .field(
        Field::new(Kind::TextArea, "tekst", chrome.t("pages-body"))
            .hint(chrome.t("pages-body-hint"))
            .value(d.body.clone())
            .max(MAX_BODY)
            .required(),
    )
}

#[derive(Template)]
#[template(path = "pages/edit.html")]
struct EditPage {
    chrome: Chrome,
    heading: String,
    back: String,
    notice: Option<String>,
    form: FormView,
    meter: Option<Meter>,
    preview: Option<String>,
    public: Option<String>,
    versions: Vec<VersionLine>,
    restore_action: String,
    restore_token: String,
}

/// The plain-language meter's words.
struct Meter {
    lix: String,
    goal: String,
    over: bool,
    counts: String,
    very_long: String,
    passive: String,
}

fn meter(chrome: &Chrome, d: &Draft) -> Meter {
    let r = lix::measure(&markdown::blocks(&d.body));
    let goal = Audience::from_code(&d.audience)
        .unwrap_or(Audience::Citizens)
        .lix_goal();
    let number = |x: f64| format!("{x:.0}");
    Meter {
        lix: number(r.lix),
        goal: chrome
            .lang
            .t_with("pages-lix-goal", &[("goal", number(goal).into())]),
        over: r.lix > goal,
        counts: chrome.lang.t_with(
            "pages-lix-counts",
            &[
                ("words", (r.words as i64).into()),
                ("sentences", (r.sentences as i64).into()),
                ("long", (r.long_words as i64).into()),
            ],
        ),
        very_long: r.very_long.join(", "),
        passive: r.passive.join(", "),
    }
}

struct VersionLine {
    id: i64,
    when: String,
    who: String,
    title: String,
    published: bool,
}

fn version_lines(chrome: &Chrome, page: &PageDetail) -> Vec<VersionLine> {
    page.versions
        .iter()
        .map(|v| VersionLine {
            id: v.id,
            when: format::moment(
                chrome.lang,
                jiff::Timestamp::from_second(v.created_at).unwrap_or(jiff::Timestamp::UNIX_EPOCH),
            ),
            who: v
                .author
                .clone()
                .unwrap_or_else(|| chrome.t("pages-author-none")),
            title: v.title.clone(),
            published: page.published_version == Some(v.id),
        })
        .collect()
}

fn new_form(state: &AppState, chrome: &Chrome, d: &Draft) -> FormView {
    let form = FormView::new(state, chrome, "/admin/sider/ny")
        .field(
            Field::new(Kind::Text, "adresse", chrome.t("pages-slug"))
                .hint(chrome.t("pages-slug-hint"))
                .value(d.slug.clone())
                .max(60)
                .required(),
        )
        .field(
            Field::new(Kind::Select, "sprog", chrome.t("pages-lang")).choices(
                Lang::ALL
                    .iter()
                    .map(|l| {
                        (
                            l.code().to_owned(),
                            format::language_name(chrome.lang, l.code()),
                        )
                    })
                    .collect(),
                std::slice::from_ref(&d.lang),
            ),
        );
    text_fields(form, chrome, d).button("handling", "gem", chrome.t("pages-create"), false)
}

fn new_view(chrome: Chrome, form: FormView) -> EditPage {
    EditPage {
        heading: chrome.t("pages-new"),
        back: chrome.href("/admin/sider"),
        notice: None,
        form,
        meter: None,
        preview: None,
        public: None,
        versions: Vec::new(),
        restore_action: String::new(),
        restore_token: String::new(),
        chrome,
    }
}

async fn new_page(chrome: Chrome, State(state): State<AppState>) -> Result<Response, HttpError> {
    let d = Draft {
        lang: chrome.lang.code().to_owned(),
        audience: Audience::Citizens.code().to_owned(),
        ..Draft::default()
    };
    let form = new_form(&state, &chrome, &d);
    crate::web::page::render_page(&new_view(chrome, form), StatusCode::OK)
}

async fn create(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    form: FormData,
) -> Result<Response, HttpError> {
    let d = draft_of(&form, form.get("adresse").trim(), form.get("sprog"));
    let municipality = served.municipality.id;
    let mut errors = d.errors();
    let taken = state
        .store
        .pages(municipality)
        .await?
        .iter()
        .any(|p| p.slug == d.slug && p.lang == d.lang);
    if taken {
        errors.push(("adresse", "pages-error-slug-taken"));
    }
    if errors.is_empty() {
        return crate::web::page::once(&state, &form, || async {
            // Taken meanwhile by another editor: the 409 page says so.
            let created = state
                .store
                .create_page(municipality, &d, Actor::Account(who.account_id))
                .await;
            let id = HttpError::on_conflict(created, "pages-error-slug-taken")?;
            let to = chrome.href(&format!("/admin/sider/{id}?gjort=gemt"));
            Ok((Redirect::to(&to).into_response(), to))
        })
        .await;
    }
    let view = new_form(&state, &chrome, &d).with_errors(&chrome, &errors);
    crate::web::page::render_page(&new_view(chrome, view), StatusCode::BAD_REQUEST)
}

fn edit_form(state: &AppState, chrome: &Chrome, id: i64, d: &Draft) -> FormView {
    let form = FormView::new(state, chrome, &format!("/admin/sider/{id}"));
    text_fields(form, chrome, d)
        .button("handling", "vis", chrome.t("pages-preview"), true)
        .button("handling", "gem", chrome.t("pages-save-draft"), true)
        .button("handling", "udgiv", chrome.t("pages-publish"), false)
}

fn edit_view(
    state: &AppState,
    chrome: Chrome,
    page: &PageDetail,
    d: &Draft,
    form: FormView,
    notice: Option<String>,
) -> EditPage {
    let restore_token = state
        .form_key
        .issue(chrome.session.as_deref(), state.store.now());
    EditPage {
        heading: chrome
            .lang
            .t_with("pages-edit", &[("slug", page.slug.clone().into())]),
        back: chrome.href("/admin/sider"),
        notice,
        // LIX is a measure for Scandinavian languages (English reads alike); a Ukrainian
        // or Arabic page gets no meter rather than a wrong one.
        meter: matches!(d.lang.as_str(), "da" | "en").then(|| meter(&chrome, d)),
        preview: Some(markdown::to_html(&d.body)),
        public: page
            .published_version
            .map(|_| public_path(&page.slug, &page.lang)),
        versions: version_lines(&chrome, page),
        restore_action: chrome.href(&format!("/admin/sider/{}/gendan", page.id)),
        restore_token,
        form,
        chrome,
    }
}

async fn the_page(state: &AppState, served: &Served, id: &str) -> Result<PageDetail, HttpError> {
    let id = id.parse::<i64>().map_err(|_| HttpError::NotFound)?;
    match state.store.page(served.municipality.id, id).await {
        Err(StoreError::NotFound) => Err(HttpError::NotFound),
        other => Ok(other?),
    }
}

async fn edit(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let page = the_page(&state, &served, &id).await?;
    let newest = page.newest().ok_or(HttpError::NotFound)?;
    let d = Draft {
        slug: page.slug.clone(),
        lang: page.lang.clone(),
        audience: page.audience.clone(),
        title: newest.title.clone(),
        body: newest.body.clone(),
    };
    let notice = q
        .get("gjort")
        .filter(|g| ["gemt", "udgivet", "gendannet"].contains(&g.as_str()))
        .map(|g| chrome.t(&format!("pages-done-{g}")));
    let form = edit_form(&state, &chrome, page.id, &d);
    let view = edit_view(&state, chrome, &page, &d, form, notice);
    crate::web::page::render_page(&view, StatusCode::OK)
}

async fn save(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let page = the_page(&state, &served, &id).await?;
    let d = draft_of(&form, &page.slug, &page.lang);
    let errors = d.errors();
    let action = form.get("handling");
    if !errors.is_empty() || action == "vis" {
        // A preview saves nothing: the page again with what was typed, shown and measured.
        let status = if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::BAD_REQUEST
        };
        let view = edit_form(&state, &chrome, page.id, &d).with_errors(&chrome, &errors);
        let notice = errors.is_empty().then(|| chrome.t("pages-previewing"));
        let page = edit_view(&state, chrome, &page, &d, view, notice);
        return crate::web::page::render_page(&page, status);
    }
    let publish = match action {
        "udgiv" => true,
        "gem" => false,
        _ => {
            return Err(HttpError::BadRequest {
                code: "bad_action",
                key: "pages-error-action",
            });
        }
    };
    let municipality = served.municipality.id;
    crate::web::page::once(&state, &form, || async {
        state
            .store
            .save_page(
                municipality,
                page.id,
                &d,
                publish,
                Actor::Account(who.account_id),
            )
            .await?;
        let done = if publish { "udgivet" } else { "gemt" };
        let to = chrome.href(&format!("/admin/sider/{}?gjort={done}", page.id));
        Ok((Redirect::to(&to).into_response(), to))
    })
    .await
}

async fn restore(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let page = the_page(&state, &served, &id).await?;
    let version = form
        .get("version")
        .parse::<i64>()
        .ok()
        .filter(|v| page.versions.iter().any(|x| x.id == *v))
        .ok_or(HttpError::BadRequest {
            code: "bad_version",
            key: "pages-error-version",
        })?;
    let municipality = served.municipality.id;
    crate::web::page::once(&state, &form, || async {
        state
            .store
            .restore_page_version(
                municipality,
                page.id,
                version,
                Actor::Account(who.account_id),
            )
            .await?;
        let to = chrome.href(&format!("/admin/sider/{}?gjort=gendannet", page.id));
        Ok((Redirect::to(&to).into_response(), to))
    })
    .await
}
