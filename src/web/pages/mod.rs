//! The citizen pages of the foundation: home, the directory by life arena, the sections
//! still being built, and the texts about loneliness, privacy and accessibility — and the
//! pages staff write (issue 19): read at `/side/{slug}` (and `/om-ensomhed`, which shows
//! the written page of that address when one is published, the built-in text otherwise),
//! written in [`editor`].

mod editor;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::chrome::Chrome;
use super::routes::{Access, Routes};
use crate::domain::{LifeArena, PhoneLine};
use crate::i18n::Lang;
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    let r = r
        .get("/", Access::Public, home)
        .get("/om-ensomhed", Access::Public, about)
        .get("/privatliv", Access::Public, privacy)
        .get("/tilgaengelighed", Access::Public, accessibility)
        .get("/side/{slug}", Access::Public, written);
    editor::routes(r)
}

/// A life arena as a card: name, what it covers, how many offers, where it leads.
pub struct ArenaCard {
    pub href: String,
    pub name: String,
    pub text: String,
    pub count: String,
}

pub fn arena_key(arena: LifeArena) -> &'static str {
    match arena {
        LifeArena::Home => "arena-home",
        LifeArena::School => "arena-school",
        LifeArena::Leisure => "arena-leisure",
        LifeArena::Work => "arena-work",
        LifeArena::Health => "arena-health",
    }
}

fn arena_cards(chrome: &Chrome, served: &Served) -> Vec<ArenaCard> {
    let snapshot = served.clone();
    LifeArena::ALL
        .iter()
        .map(|arena| {
            let key = arena_key(*arena);
            let count = snapshot.offers_per_arena.get(arena).copied().unwrap_or(0);
            ArenaCard {
                href: chrome.href(&format!("/vejviser/livsarena/{}", arena.danish())),
                name: chrome.t(key),
                text: chrome.t(&format!("{key}-text")),
                count: chrome
                    .lang
                    .t_with("home-arena-count", &[("count", count.into())]),
            }
        })
        .collect()
}

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
struct Home {
    chrome: Chrome,
    tagline: String,
    intro: String,
    /// `lang="da"` on the municipality's own words when the page is in another language.
    texts_lang: &'static str,
    arenas: Vec<ArenaCard>,
    phone_lines: Vec<PhoneLine>,
    /// The campaign week running now or starting within four weeks: address, days, name.
    campaign: Option<(String, String, String)>,
}

/// How far ahead the home page tells of a coming campaign week.
const CAMPAIGN_NOTICE_DAYS: i64 = 28;

async fn home(
    served: Served,
    chrome: Chrome,
    State(state): State<crate::web::AppState>,
) -> Result<Home, crate::web::error::HttpError> {
    let today = state.clock().today();
    let soon = today
        .checked_add(jiff::Span::new().days(CAMPAIGN_NOTICE_DAYS))
        .unwrap_or(today);
    let campaign = state
        .store
        .campaigns(served.municipality.id)
        .await?
        .into_iter()
        .filter(|c| !c.is_over(today) && c.starts_on <= soon)
        .min_by_key(|c| c.starts_on)
        .map(|c| {
            (
                chrome.href(&format!("/kampagne/{}", c.slug)),
                crate::web::campaigns::days(chrome.lang, &c),
                c.title,
            )
        });
    let snapshot = served.clone();
    let texts = &snapshot.municipality.texts;
    let (tagline, intro) = match chrome.lang {
        Lang::En => (texts.tagline_en.clone(), texts.intro_en.clone()),
        // The municipality writes in Danish and English; the page marks the Danish.
        Lang::Da | Lang::Uk | Lang::Ar => (texts.tagline.clone(), texts.intro.clone()),
    };
    let texts_lang = match chrome.lang {
        Lang::Uk | Lang::Ar => "da",
        Lang::Da | Lang::En => "",
    };
    Ok(Home {
        arenas: arena_cards(&chrome, &served),
        tagline,
        texts_lang,
        intro,
        phone_lines: snapshot.phone_lines.clone(),
        campaign,
        chrome,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "text.html")]
struct TextPage {
    chrome: Chrome,
    title: String,
    status: String,
    intro: String,
    sections: Vec<(String, String)>,
    show_phone_lines: bool,
    phone_lines: Vec<PhoneLine>,
}

impl TextPage {
    fn new(chrome: Chrome, title: String, intro: String, sections: Vec<(String, String)>) -> Self {
        TextPage {
            chrome,
            title,
            status: String::new(),
            intro,
            sections,
            show_phone_lines: false,
            phone_lines: Vec::new(),
        }
    }
}

fn sections(chrome: &Chrome, keys: &[&str]) -> Vec<(String, String)> {
    keys.iter()
        .map(|k| {
            (
                chrome.t(&format!("{k}-heading")),
                chrome.t(&format!("{k}-text")),
            )
        })
        .collect()
}

#[derive(Template)]
#[template(path = "pages/page.html")]
struct WrittenPage {
    chrome: Chrome,
    title: String,
    /// The page's language when it is not the reader's (then `lang` on the article).
    text_lang: String,
    /// The Markdown as safe HTML (`pages::markdown`).
    html: String,
    updated: String,
    show_phone_lines: bool,
    phone_lines: Vec<PhoneLine>,
    /// The other published pages in this language: the pages' own menu.
    others: Vec<(String, String)>,
    /// The newest published stories (paragraphs, signature), on "Om ensomhed".
    voices: Vec<(Vec<String>, String)>,
    voices_href: String,
}

/// The published page at an address in the reader's language, else in Danish.
async fn published(
    state: &crate::web::AppState,
    served: &Served,
    lang: Lang,
    slug: &str,
) -> Result<Option<crate::store::pages::Published>, crate::web::error::HttpError> {
    let m = served.municipality.id;
    let mut page = state.store.published_page(m, slug, lang.code()).await?;
    if page.is_none() && lang != Lang::Da {
        page = state.store.published_page(m, slug, "da").await?;
    }
    Ok(page)
}

fn written_page(
    chrome: Chrome,
    served: &Served,
    slug: &str,
    p: crate::store::pages::Published,
) -> WrittenPage {
    let when = crate::format::moment(
        chrome.lang,
        jiff::Timestamp::from_second(p.published_at).unwrap_or(jiff::Timestamp::UNIX_EPOCH),
    );
    // A page shown in Danish to a reader of another language says so to the screen reader.
    let text_lang = if p.lang == chrome.lang_code() {
        String::new()
    } else {
        p.lang.clone()
    };
    WrittenPage {
        text_lang,
        title: p.title,
        html: crate::pages::markdown::to_html(&p.body),
        updated: chrome
            .lang
            .t_with("pages-updated", &[("when", when.into())]),
        show_phone_lines: slug == "om-ensomhed",
        phone_lines: served.phone_lines.clone(),
        voices: Vec::new(),
        others: Vec::new(),
        voices_href: chrome.href("/fortaellinger"),
        chrome,
    }
}

/// The two newest published stories, as voices beside the text about loneliness.
async fn voices(
    state: &crate::web::AppState,
    served: &Served,
    chrome: &Chrome,
) -> Result<Vec<(Vec<String>, String)>, crate::web::error::HttpError> {
    Ok(state
        .store
        .published_stories(served.municipality.id, None, 2)
        .await?
        .into_iter()
        .map(|s| {
            let who = if s.signature.is_empty() {
                chrome.t("stories-anonymous")
            } else {
                s.signature
            };
            (crate::stories::paragraphs(&s.published_body), who)
        })
        .collect())
}

/// The other published pages, as links in the reader's language (Danish pages when none
/// are in it).
async fn others(
    state: &crate::web::AppState,
    served: &Served,
    chrome: &Chrome,
    slug: &str,
) -> Result<Vec<(String, String)>, crate::web::error::HttpError> {
    let m = served.municipality.id;
    let mut pages = state.store.published_pages(m, chrome.lang.code()).await?;
    if pages.is_empty() {
        pages = state.store.published_pages(m, "da").await?;
    }
    Ok(pages
        .into_iter()
        .filter(|(s, _)| s != slug)
        .map(|(s, title)| {
            let path = if s == "om-ensomhed" {
                "/om-ensomhed".to_owned()
            } else {
                format!("/side/{s}")
            };
            (chrome.href(&path), title)
        })
        // The strategy and its figures belong with the texts about loneliness.
        .chain([
            (chrome.href("/strategi"), chrome.t("pages-menu-strategy")),
            (chrome.href("/tal"), chrome.t("pages-menu-figures")),
        ])
        .collect())
}

async fn written(
    served: Served,
    chrome: Chrome,
    State(state): State<crate::web::AppState>,
    Path(slug): Path<String>,
) -> Result<Response, crate::web::error::HttpError> {
    if !crate::pages::slug_ok(&slug) {
        return Err(crate::web::error::HttpError::NotFound);
    }
    let page = published(&state, &served, chrome.lang, &slug)
        .await?
        .ok_or(crate::web::error::HttpError::NotFound)?;
    let others = others(&state, &served, &chrome, &slug).await?;
    let mut page = written_page(chrome, &served, &slug, page);
    page.others = others;
    crate::web::page::render_page(&page, StatusCode::OK)
}

async fn about(
    served: Served,
    chrome: Chrome,
    State(state): State<crate::web::AppState>,
) -> Result<Response, crate::web::error::HttpError> {
    if let Some(page) = published(&state, &served, chrome.lang, "om-ensomhed").await? {
        let voices = voices(&state, &served, &chrome).await?;
        let others = others(&state, &served, &chrome, "om-ensomhed").await?;
        let mut page = written_page(chrome, &served, "om-ensomhed", page);
        page.voices = voices;
        page.others = others;
        return crate::web::page::render_page(&page, StatusCode::OK);
    }
    Ok(built_in_about(served, chrome).into_response())
}

/// The text about loneliness when no page has been written for it.
fn built_in_about(served: Served, chrome: Chrome) -> TextPage {
    let body = sections(
        &chrome,
        &[
            "about-what",
            "about-alone",
            "about-many",
            "about-help",
            "about-others",
        ],
    );
    let title = chrome.t("about-title");
    let mut page = TextPage::new(chrome, title, String::new(), body);
    page.show_phone_lines = true;
    page.phone_lines = served.phone_lines.clone();
    page
}

async fn privacy(chrome: Chrome) -> TextPage {
    let email = chrome.contact_email.clone();
    let mut body = sections(&chrome, &["privacy-cookies", "privacy-logs"]);
    body.push((
        chrome.t("privacy-contact-heading"),
        chrome
            .lang
            .t_with("privacy-contact-text", &[("email", email.into())]),
    ));
    let (title, intro) = (chrome.t("privacy-title"), chrome.t("privacy-intro"));
    TextPage::new(chrome, title, intro, body)
}

async fn accessibility(chrome: Chrome) -> TextPage {
    let lang = chrome.lang;
    let mut body = sections(&chrome, &["a11y-standard", "a11y-known"]);
    body.push((
        chrome.t("a11y-contact-heading"),
        lang.t_with(
            "a11y-contact-text",
            &[("email", chrome.contact_email.clone().into())],
        ),
    ));
    let intro = lang.t_with(
        "a11y-intro",
        &[("municipality", chrome.municipality.clone().into())],
    );
    let title = chrome.t("a11y-title");
    TextPage::new(chrome, title, intro, body)
}
