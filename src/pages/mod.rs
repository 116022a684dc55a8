//! Pages staff write (issue 19): a page is Markdown with a title, for citizens or for the
//! young, in one language, with every saved version kept. This module is pure: what a
//! page is and what makes it valid ([`Draft::errors`]), how Markdown becomes safe HTML
//! ([`markdown`]) and how plain the language is ([`lix`]). The store keeps the versions
//! (`store/pages.rs`); the editor and the public pages are `web/pages/`.

pub mod lix;
pub mod markdown;

/// Who a page is written for; it sets the plain-language goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Citizens,
    Young,
}

impl Audience {
    pub const ALL: [Audience; 2] = [Audience::Citizens, Audience::Young];

    pub fn code(self) -> &'static str {
        match self {
            Audience::Citizens => "borgere",
            Audience::Young => "unge",
        }
    }

    pub fn from_code(code: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|a| a.code() == code)
    }

    /// The highest LIX a page for this audience should have (35: easy for most adults;
    /// 25: easy reading, as for children's books).
    pub fn lix_goal(self) -> f64 {
        match self {
            Audience::Citizens => 35.0,
            Audience::Young => 25.0,
        }
    }
}

/// The conversation guides' addresses: "how do I ask?" and "what do I say if someone tells
/// me?". The ambassadors' and the self-check's pages link to them when they are published.
pub const HOW_TO_ASK: &str = "saadan-spoerger-du";
pub const IF_SOMEONE_TELLS: &str = "hvis-nogen-fortaeller-dig";

/// The longest title and body a page may have, in characters.
pub const MAX_TITLE: usize = 120;
pub const MAX_BODY: usize = 40_000;

/// Addresses the program already uses for its own pages, never a page's.
const RESERVED: [&str; 3] = ["ny", "admin", "print"];

/// What the editor sends: a page's address, language, audience, title and text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    pub slug: String,
    pub lang: String,
    pub audience: String,
    pub title: String,
    pub body: String,
}

impl Draft {
    /// Field and message key of each problem (empty: the draft can be saved).
    pub fn errors(&self) -> Vec<(&'static str, &'static str)> {
        let mut errors = Vec::new();
        if !slug_ok(&self.slug) {
            errors.push(("adresse", "pages-error-slug"));
        }
        if crate::i18n::Lang::from_code(&self.lang).is_none() {
            errors.push(("sprog", "pages-error-lang"));
        }
        if Audience::from_code(&self.audience).is_none() {
            errors.push(("maalgruppe", "pages-error-audience"));
        }
        let title = self.title.trim();
        if title.is_empty() || title.chars().count() > MAX_TITLE {
            errors.push(("titel", "pages-error-title"));
        }
        if self.body.trim().is_empty() || self.body.chars().count() > MAX_BODY {
            errors.push(("tekst", "pages-error-body"));
        }
        errors
    }
}

/// An address is 2–60 small letters, digits and single hyphens (`om-ensomhed`).
pub fn slug_ok(slug: &str) -> bool {
    (2..=60).contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        && !RESERVED.contains(&slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_names_each_wrong_field() {
        let good = Draft {
            slug: "om-ensomhed".into(),
            lang: "da".into(),
            audience: "borgere".into(),
            title: "Om ensomhed".into(),
            body: "Tekst.".into(),
        };
        assert!(good.errors().is_empty());
        let bad = Draft {
            slug: "Om Ensomhed".into(),
            lang: "xx".into(),
            audience: "alle".into(),
            title: " ".into(),
            body: "x".repeat(MAX_BODY + 1),
        };
        let fields: Vec<_> = bad.errors().iter().map(|e| e.0).collect();
        assert_eq!(fields, ["adresse", "sprog", "maalgruppe", "titel", "tekst"]);
        for slug in ["a", "-a", "a-", "a--b", "ny", "æble", "a/b"] {
            assert!(!slug_ok(slug), "{slug}");
        }
        assert!(slug_ok("unge-og-ensomhed-2"));
    }
}
