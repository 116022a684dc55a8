//! Interface language. All interface text lives in `locales/{da,en}/*.ftl` (Fluent).
//! The language comes from the URL prefix (`/da/…`, `/en/…`) or, without a prefix, from
//! the browser's `Accept-Language` — never from a cookie. Danish is the default.

use std::collections::HashMap;

use fluent_templates::{Loader, fluent_bundle::FluentValue, static_loader};
use unic_langid::{LanguageIdentifier, langid};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "da",
        // Without this every inserted value is wrapped in invisible U+2068/U+2069 marks.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static DA: LanguageIdentifier = langid!("da");
static EN: LanguageIdentifier = langid!("en");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Da,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Da, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }

    /// The text for `key`. A missing key shows the key itself (and a test keeps that from happening).
    pub fn t(self, key: &str) -> String {
        LOCALES
            .try_lookup(self.id(), key)
            .unwrap_or_else(|| key.to_owned())
    }

    /// The text for `key` with named arguments.
    pub fn t_with(self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let args: HashMap<std::borrow::Cow<'static, str>, FluentValue<'static>> =
            args.iter().map(|(k, v)| ((*k).into(), v.clone())).collect();
        LOCALES
            .try_lookup_with_args(self.id(), key, &args)
            .unwrap_or_else(|| key.to_owned())
    }

    /// Picks a language from an `Accept-Language` header: the first of ours by quality.
    pub fn negotiate(header: Option<&str>) -> Lang {
        let Some(header) = header else {
            return Lang::Da;
        };
        let mut best: Option<(f32, usize, Lang)> = None;
        for (position, part) in header.split(',').enumerate() {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
            let quality = pieces
                .find_map(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|q| q.parse::<f32>().ok())
                })
                .unwrap_or(1.0);
            let lang = match tag.split('-').next() {
                Some("da") => Lang::Da,
                Some("en") => Lang::En,
                _ => continue,
            };
            if quality <= 0.0 {
                continue;
            }
            // Higher quality wins; on equal quality the earlier entry wins.
            if best.is_none_or(|(q, p, _)| quality > q || (quality == q && position < p)) {
                best = Some((quality, position, lang));
            }
        }
        best.map_or(Lang::Da, |(_, _, lang)| lang)
    }
}

/// The language of one request and how its links must start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    pub lang: Lang,
    /// "" when the language came from Accept-Language, else "/da" or "/en".
    pub prefix: &'static str,
}

impl Locale {
    /// Splits a language prefix off a path: `/en/vejviser` → (En, "/vejviser").
    pub fn from_path(path: &str) -> Option<(Locale, &str)> {
        for (lang, prefix) in [(Lang::Da, "/da"), (Lang::En, "/en")] {
            if let Some(rest) = path.strip_prefix(prefix) {
                if rest.is_empty() {
                    return Some((Locale { lang, prefix }, "/"));
                }
                if rest.starts_with('/') {
                    return Some((Locale { lang, prefix }, rest));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_by_quality() {
        assert_eq!(Lang::negotiate(None), Lang::Da);
        assert_eq!(Lang::negotiate(Some("en-GB,en;q=0.9")), Lang::En);
        assert_eq!(Lang::negotiate(Some("de, en;q=0.5, da;q=0.8")), Lang::Da);
        assert_eq!(Lang::negotiate(Some("fr")), Lang::Da);
        assert_eq!(Lang::negotiate(Some("en;q=0, da;q=0.1")), Lang::Da);
        assert_eq!(Lang::negotiate(Some("garbage;;;q=x,,")), Lang::Da);
    }

    #[test]
    fn prefix_is_split_off_the_path() {
        assert_eq!(Locale::from_path("/en/vejviser").unwrap().1, "/vejviser");
        assert_eq!(Locale::from_path("/en").unwrap().0.lang, Lang::En);
        assert_eq!(Locale::from_path("/da/").unwrap().1, "/");
        assert!(Locale::from_path("/english").is_none());
        assert!(Locale::from_path("/vejviser").is_none());
    }

    /// Every key exists in both languages, and nothing is left blank.
    #[test]
    fn both_languages_are_complete() {
        let keys = |text: &str| -> Vec<String> {
            text.lines()
                .filter(|l| !l.starts_with(' ') && !l.starts_with('#') && l.contains(" ="))
                .map(|l| l.split(" =").next().unwrap().trim().to_owned())
                .collect()
        };
        let da = keys(include_str!("../locales/da/main.ftl"));
        let en = keys(include_str!("../locales/en/main.ftl"));
        assert!(da.len() > 50, "Danish has only {} keys", da.len());
        for (name, list) in [("da", &da), ("en", &en)] {
            let mut seen = std::collections::HashSet::new();
            for key in list.iter() {
                assert!(seen.insert(key), "{key} is defined twice in {name}");
            }
        }
        let mut da_sorted = da.clone();
        let mut en_sorted = en.clone();
        da_sorted.sort();
        en_sorted.sort();
        assert_eq!(da_sorted, en_sorted, "Danish and English keys differ");
        let args: Vec<(&'static str, FluentValue<'static>)> = [
            "municipality",
            "count",
            "arena",
            "organisation",
            "date",
            "email",
            "reference",
            "km",
            "town",
            "kr",
            "words",
            "age",
            "min",
            "max",
            "page",
            "pages",
            "station",
            "group",
            "site",
            "id",
            "attempts",
            "error",
            "name",
            "offer",
            "months",
            "link",
            "unlisted",
            "roles",
            "note",
            "from",
            "to",
            "event",
            "when",
            "where",
            "hours",
            "capacity",
            "bring",
            "message",
            "new",
            "step",
            "steps",
            "time",
            "answers",
            "before",
            "after",
            "better",
            "reason",
            "minutes",
            "delay",
            "stop",
            "until",
            "day",
            "address",
            "bus",
            "manage",
            "times",
            "gap",
            "drive",
            "start",
            "end",
            "shiftstart",
            "shiftend",
            "visits",
            "wanted",
            "speed",
            "stay",
            "minimum",
            "list",
            "first",
            "free",
            "seats",
            "taken",
            "mode",
            "what",
            "depart",
            "arrive",
            "share",
            "year",
            "area",
            "baseline",
            "target",
            "nowyear",
            "now",
            "onpath",
            "indicator",
            "columns",
            "fresh",
            "since",
            "url",
            "goal",
            "sentences",
            "long",
            "slug",
            "ids",
        ]
        .into_iter()
        .map(|name| (name, FluentValue::from("x")))
        .collect();
        for key in &da {
            for lang in Lang::ALL {
                let text = lang.t_with(key, &args);
                assert!(
                    !text.trim().is_empty() && text != *key,
                    "{key} missing in {}",
                    lang.code()
                );
            }
        }
    }
}
