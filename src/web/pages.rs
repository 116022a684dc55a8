//! The citizen pages of the foundation: home, the directory by life arena, the sections
//! still being built, and the texts about loneliness, privacy and accessibility.

use askama::Template;
use askama_web::WebTemplate;

use super::chrome::Chrome;
use super::routes::{Access, Routes};
use crate::domain::{LifeArena, PhoneLine};
use crate::i18n::Lang;
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.get("/", Access::Public, home)
        .get("/om-ensomhed", Access::Public, about)
        .get("/privatliv", Access::Public, privacy)
        .get("/tilgaengelighed", Access::Public, accessibility)
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
    arenas: Vec<ArenaCard>,
    phone_lines: Vec<PhoneLine>,
}

async fn home(served: Served, chrome: Chrome) -> Home {
    let snapshot = served.clone();
    let texts = &snapshot.municipality.texts;
    let (tagline, intro) = match chrome.lang {
        Lang::Da => (texts.tagline.clone(), texts.intro.clone()),
        Lang::En => (texts.tagline_en.clone(), texts.intro_en.clone()),
    };
    Home {
        arenas: arena_cards(&chrome, &served),
        tagline,
        intro,
        phone_lines: snapshot.phone_lines.clone(),
        chrome,
    }
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

async fn about(served: Served, chrome: Chrome) -> TextPage {
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
