//! The page frame every HTML page shares: language, navigation, municipality, notices.
//! Built from application state and the request's [`Locale`]; templates only read it.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use super::AppState;
use super::assets::{FAVICON, STYLESHEET};
use super::served::Served;
use crate::accounts::Principal;
use crate::i18n::{Lang, Locale};

pub struct NavItem {
    pub href: String,
    pub label: String,
    pub current: bool,
}

pub struct Chrome {
    pub lang: Lang,
    pub prefix: &'static str,
    /// The path without language prefix, for the language switch.
    pub path: String,
    pub municipality: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub contact_address: String,
    pub demo_notice: bool,
    /// The municipality's tagline, for search engines and link previews.
    pub description: String,
    pub css: &'static str,
    /// The municipality's colours (`/kommune.css`), when it has its own.
    pub municipality_css: Option<String>,
    /// The municipality's logo (`/kommune/logo.svg`), when it has one.
    pub logo: Option<String>,
    pub favicon: &'static str,
    pub nav: Vec<NavItem>,
    /// The signed-in person's name; `None` for citizens.
    pub signed_in: Option<String>,
    /// The session hash form tokens are bound to.
    pub session: Option<String>,
}

/// The sections in the main navigation: (path, text key).
const SECTIONS: [(&str, &str); 6] = [
    ("/", "nav-home"),
    ("/vejviser", "nav-vejviser"),
    ("/kalender", "nav-kalender"),
    ("/bussen", "nav-bussen"),
    ("/ambassadorer", "nav-ambassadorer"),
    ("/om-ensomhed", "nav-om-ensomhed"),
];

impl Chrome {
    pub fn new(
        state: &AppState,
        served: &Served,
        locale: Locale,
        path: &str,
        who: Option<&Principal>,
    ) -> Self {
        let municipality = &served.municipality;
        let nav = SECTIONS
            .iter()
            .map(|(section, key)| NavItem {
                href: format!("{}{}", locale.prefix, section),
                label: locale.lang.t(key),
                current: path == *section
                    || (*section != "/" && path.starts_with(&format!("{section}/"))),
            })
            .collect();
        Chrome {
            lang: locale.lang,
            prefix: locale.prefix,
            path: path.to_owned(),
            municipality: municipality.name.clone(),
            contact_email: municipality.contact_email.clone(),
            contact_phone: municipality.contact_phone.clone(),
            contact_address: municipality.address.clone(),
            demo_notice: municipality.is_demo && state.config.demo_notice,
            description: match locale.lang {
                Lang::En => municipality.texts.tagline_en.clone(),
                // The municipality writes in Danish and English only.
                Lang::Da | Lang::Uk | Lang::Ar => municipality.texts.tagline.clone(),
            },
            css: &STYLESHEET.href,
            // The address changes with the setting, so a browser never keeps an old one.
            municipality_css: (!municipality.header_colour.is_empty()).then(|| {
                format!(
                    "/kommune.css?v={}",
                    municipality.header_colour.trim_start_matches('#')
                )
            }),
            logo: (!municipality.logo_svg.is_empty())
                .then(|| format!("/kommune/logo.svg?v={}", served.mark.last_id)),
            favicon: &FAVICON.href,
            nav,
            signed_in: who.map(|p| {
                if p.name.is_empty() {
                    p.email.clone()
                } else {
                    p.name.clone()
                }
            }),
            session: who.map(|p| p.session_hash.clone()),
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    pub fn lang_code(&self) -> &'static str {
        self.lang.code()
    }

    /// The Open Graph locale of the page ("da_DK").
    pub fn og_locale(&self) -> &'static str {
        match self.lang {
            Lang::Da => "da_DK",
            Lang::En => "en_GB",
            Lang::Uk => "uk_UA",
            Lang::Ar => "ar_AR",
        }
    }

    /// Attributes for what people and staff wrote (offers, events, campaigns: Danish) on a
    /// Ukrainian or Arabic page: it says its language, and its direction follows its text,
    /// so a Danish sentence in an Arabic page reads left to right with its full stop last.
    /// (English pages keep the Danish unmarked, as before the two languages came.)
    pub fn written(&self) -> &'static str {
        match self.lang {
            Lang::Uk | Lang::Ar => r#" lang="da" dir="auto""#,
            Lang::Da | Lang::En => "",
        }
    }

    /// The page's writing direction: "rtl" for Arabic.
    pub fn dir(&self) -> &'static str {
        self.lang.dir()
    }

    /// The language switch: each language's name in itself, its code and this page in it.
    pub fn languages(&self) -> Vec<(&'static str, String, String)> {
        Lang::ALL
            .iter()
            .map(|l| {
                (
                    l.code(),
                    l.t(&format!("lang-{}", l.code())),
                    self.lang_href(l.code()),
                )
            })
            .collect()
    }

    /// A link inside the site, in the current language.
    pub fn href(&self, path: &str) -> String {
        format!("{}{}", self.prefix, path)
    }

    /// This page in another language.
    pub fn lang_href(&self, code: &str) -> String {
        if self.path == "/" {
            format!("/{code}")
        } else {
            format!("/{code}{}", self.path)
        }
    }

    pub fn contact_tel(&self) -> String {
        crate::domain::tel(&self.contact_phone)
    }

    pub fn footer_about(&self) -> String {
        self.lang.t_with(
            "footer-about",
            &[("municipality", self.municipality.clone().into())],
        )
    }
}

impl FromRequestParts<AppState> for Chrome {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let locale = parts.extensions.get::<Locale>().copied().unwrap_or(Locale {
            lang: Lang::Da,
            prefix: "",
        });
        let served = Served::from_request_parts(parts, state).await?;
        // The language layer has already taken the prefix off `parts.uri`.
        Ok(Chrome::new(
            state,
            &served,
            locale,
            parts.uri.path(),
            parts.extensions.get::<Principal>(),
        ))
    }
}
