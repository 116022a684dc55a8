//! Interface language. All interface text lives in `locales/{da,en,uk,ar}/*.ftl` (Fluent).
//! The language comes from the URL prefix (`/da/…`, `/en/…`, `/uk/…`, `/ar/…`) or, without
//! a prefix, from the browser's `Accept-Language` — never from a cookie. Danish is the
//! default. Ukrainian and Arabic carry every key too (a test below keeps all four
//! complete); Arabic is written right to left, so its pages say `dir="rtl"` and the
//! stylesheet uses logical sides (`inline-start`) only. What people and staff write
//! (offers, pages without a translation) stays in the language it was written in.

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
static UK: LanguageIdentifier = langid!("uk");
static AR: LanguageIdentifier = langid!("ar");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Da,
    En,
    Uk,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Da, Lang::En, Lang::Uk, Lang::Ar];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::Ar => "ar",
        }
    }

    /// The language with this code ("da", "en", "uk", "ar").
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// How a link in this language starts when it must name the language: "/en/…";
    /// Danish, the default, needs none.
    pub fn link_prefix(self) -> &'static str {
        match self {
            Lang::Da => "",
            Lang::En => "/en",
            Lang::Uk => "/uk",
            Lang::Ar => "/ar",
        }
    }

    /// The language's own prefix, also for Danish: "/da", "/en", "/uk", "/ar".
    fn path_prefix(self) -> &'static str {
        match self {
            Lang::Da => "/da",
            Lang::En => "/en",
            Lang::Uk => "/uk",
            Lang::Ar => "/ar",
        }
    }

    /// The writing direction of the language, as HTML's `dir` names it.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The word that ends a list: "a, b og c".
    pub fn and(self) -> &'static str {
        match self {
            Lang::Da => "og",
            Lang::En => "and",
            Lang::Uk => "і",
            Lang::Ar => "و",
        }
    }

    /// Whether numbers are written with a decimal comma ("12,4 %"), as in Danish and Ukrainian.
    pub fn decimal_comma(self) -> bool {
        matches!(self, Lang::Da | Lang::Uk)
    }

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
            Lang::Uk => &UK,
            Lang::Ar => &AR,
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
            let Some(lang) = tag.split('-').next().and_then(Lang::from_code) else {
                continue;
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
    /// "" when the language came from Accept-Language, else "/da", "/en", "/uk" or "/ar".
    pub prefix: &'static str,
}

impl Locale {
    /// Splits a language prefix off a path: `/en/vejviser` → (En, "/vejviser").
    pub fn from_path(path: &str) -> Option<(Locale, &str)> {
        for lang in Lang::ALL {
            let prefix = lang.path_prefix();
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

    /// The path without its language prefix: "/uk/vejviser" → "/vejviser".
    pub fn bare_path(path: &str) -> &str {
        Locale::from_path(path).map_or(path, |(_, rest)| rest)
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
        assert_eq!(Lang::negotiate(Some("uk-UA,uk;q=0.9,ru;q=0.8")), Lang::Uk);
        assert_eq!(Lang::negotiate(Some("ar-SY, en;q=0.5")), Lang::Ar);
        assert_eq!(Lang::negotiate(Some("garbage;;;q=x,,")), Lang::Da);
    }

    #[test]
    fn prefix_is_split_off_the_path() {
        assert_eq!(Locale::from_path("/en/vejviser").unwrap().1, "/vejviser");
        assert_eq!(Locale::from_path("/en").unwrap().0.lang, Lang::En);
        assert_eq!(Locale::from_path("/da/").unwrap().1, "/");
        assert!(Locale::from_path("/english").is_none());
        assert!(Locale::from_path("/vejviser").is_none());
        assert_eq!(Locale::from_path("/ar/bussen").unwrap().0.lang, Lang::Ar);
        assert_eq!(Locale::bare_path("/uk/fortael"), "/fortael");
        assert_eq!(Locale::bare_path("/ukraine"), "/ukraine");
        assert_eq!(Lang::Ar.dir(), "rtl");
    }

    /// Every key exists in all four languages, once, and nothing is left blank. (A key
    /// missing in Ukrainian would quietly show the Danish text, so the files are compared.)
    #[test]
    fn every_language_is_complete() {
        let keys = |text: &str| -> Vec<String> {
            text.lines()
                .filter(|l| !l.starts_with(' ') && !l.starts_with('#') && l.contains(" ="))
                .map(|l| l.split(" =").next().unwrap().trim().to_owned())
                .collect()
        };
        let da = keys(include_str!("../locales/da/main.ftl"));
        let en = keys(include_str!("../locales/en/main.ftl"));
        let uk = keys(include_str!("../locales/uk/main.ftl"));
        let ar = keys(include_str!("../locales/ar/main.ftl"));
        assert!(da.len() > 50, "Danish has only {} keys", da.len());
        let mut da_sorted = da.clone();
        da_sorted.sort();
        for (name, list) in [("da", &da), ("en", &en), ("uk", &uk), ("ar", &ar)] {
            let mut seen = std::collections::HashSet::new();
            for key in list.iter() {
                assert!(seen.insert(key), "{key} is defined twice in {name}");
            }
            let mut sorted = list.clone();
            sorted.sort();
            let missing: Vec<_> = da_sorted.iter().filter(|k| !seen.contains(k)).collect();
            let extra: Vec<_> = sorted
                .iter()
                .filter(|k| da_sorted.binary_search(k).is_err())
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{name}: missing {missing:?}, not in Danish {extra:?}"
            );
        }
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
            "waiting",
            "seats",
            "ids",
            "places",
            "slot",
            "title",
            "school",
            "class",
            "pupils",
            "phone",
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
