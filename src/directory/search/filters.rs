//! A directory search as data: parsed from the page's Danish URL parameters or the API's
//! English ones, validated with a message key per field, and turned back into a URL so
//! that the whole search lives in the address bar.

use crate::directory::schedule::{DayPart, WEEKDAY_CODES};
use crate::domain::vocab::{ACCESSIBILITY, TARGET_GROUPS};
use crate::domain::{Channel, LifeArena};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// By score for a text search, else by name.
    #[default]
    Relevance,
    Distance,
    Name,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    pub q: String,
    pub arena: Option<LifeArena>,
    pub target_group: Option<String>,
    pub age: Option<i64>,
    /// A town's name, as known to the municipality.
    pub town: Option<String>,
    pub radius_km: Option<f64>,
    /// 0 = Monday.
    pub weekday: Option<usize>,
    pub day_part: Option<DayPart>,
    pub free: bool,
    pub accessibility: Option<String>,
    pub channel: Option<Channel>,
    pub show_up: bool,
    /// Only online communities that are good for the young (issue 20).
    pub young_online: bool,
    /// Only groups started by young people.
    pub youth_led: bool,
    pub sort: Option<Sort>,
    pub page: usize,
}

/// The parameter names of one surface: the page speaks Danish, the API English.
pub struct ParamNames {
    pub q: &'static str,
    pub arena: &'static str,
    pub target_group: &'static str,
    pub age: &'static str,
    pub town: &'static str,
    pub radius_km: &'static str,
    pub weekday: &'static str,
    pub day_part: &'static str,
    pub free: &'static str,
    pub accessibility: &'static str,
    pub channel: &'static str,
    pub show_up: &'static str,
    pub young_online: &'static str,
    pub youth_led: &'static str,
    pub sort: &'static str,
    pub page: &'static str,
}

pub const PAGE_PARAMS: ParamNames = ParamNames {
    q: "q",
    arena: "livsarena",
    target_group: "maalgruppe",
    age: "alder",
    town: "by",
    radius_km: "km",
    weekday: "dag",
    day_part: "tid",
    free: "gratis",
    accessibility: "adgang",
    channel: "kanal",
    show_up: "moed-op",
    young_online: "unge-online",
    youth_led: "startet-af-unge",
    sort: "sortering",
    page: "side",
};

pub const API_PARAMS: ParamNames = ParamNames {
    q: "q",
    arena: "arena",
    target_group: "target_group",
    age: "age",
    town: "town",
    radius_km: "radius_km",
    weekday: "day",
    day_part: "time_of_day",
    free: "free",
    accessibility: "accessibility",
    channel: "channel",
    show_up: "show_up",
    young_online: "good_online_for_young",
    youth_led: "youth_led",
    sort: "sort",
    page: "page",
};

/// A field that could not be understood: which parameter, and the text key that says
/// what to do instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub param: &'static str,
    pub key: &'static str,
}

/// Longest search text we take; more is cut, not refused.
pub const MAX_QUERY_CHARS: usize = 200;

impl Filters {
    /// Parses parameters. Unknown values give a [`FieldError`] each; the rest of the search
    /// still holds what was understood, so the page can show both.
    pub fn parse<'a>(
        get: impl Fn(&str) -> Option<&'a str>,
        names: &ParamNames,
        known_town: impl Fn(&str) -> Option<String>,
    ) -> (Filters, Vec<FieldError>) {
        let mut f = Filters {
            page: 1,
            ..Filters::default()
        };
        let mut errors = Vec::new();
        let value = |name: &str| get(name).map(str::trim).filter(|v| !v.is_empty());
        let mut fail =
            |param: &'static str, key: &'static str| errors.push(FieldError { param, key });

        f.q = value(names.q)
            .map(|q| q.chars().take(MAX_QUERY_CHARS).collect())
            .unwrap_or_default();
        if let Some(v) = value(names.arena) {
            match LifeArena::from_danish(v).or_else(|| LifeArena::from_code(v)) {
                Some(arena) => f.arena = Some(arena),
                None => fail(names.arena, "filter-error-arena"),
            }
        }
        if let Some(v) = value(names.target_group) {
            if TARGET_GROUPS.contains(&v) {
                f.target_group = Some(v.to_owned());
            } else {
                fail(names.target_group, "filter-error-target-group");
            }
        }
        if let Some(v) = value(names.age) {
            match v.parse::<i64>() {
                Ok(age) if (0..=120).contains(&age) => f.age = Some(age),
                _ => fail(names.age, "filter-error-age"),
            }
        }
        if let Some(v) = value(names.town) {
            match known_town(v) {
                Some(name) => f.town = Some(name),
                None => fail(names.town, "filter-error-town"),
            }
        }
        if let Some(v) = value(names.radius_km) {
            match v.replace(',', ".").parse::<f64>() {
                Ok(km) if km > 0.0 && km <= 200.0 => f.radius_km = Some(km),
                _ => fail(names.radius_km, "filter-error-radius"),
            }
            if f.town.is_none() && f.radius_km.is_some() {
                fail(names.town, "filter-error-radius-town");
            }
        }
        if let Some(v) = value(names.weekday) {
            let english = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
            match WEEKDAY_CODES
                .iter()
                .position(|c| *c == v)
                .or_else(|| english.iter().position(|c| *c == v))
            {
                Some(day) => f.weekday = Some(day),
                None => fail(names.weekday, "filter-error-weekday"),
            }
        }
        if let Some(v) = value(names.day_part) {
            let english = ["morning", "afternoon", "evening"];
            match DayPart::from_code(v).or_else(|| {
                english
                    .iter()
                    .position(|c| *c == v)
                    .map(|i| DayPart::ALL[i])
            }) {
                Some(part) => f.day_part = Some(part),
                None => fail(names.day_part, "filter-error-time"),
            }
        }
        f.free = value(names.free).is_some_and(is_yes);
        f.show_up = value(names.show_up).is_some_and(is_yes);
        f.young_online = value(names.young_online).is_some_and(is_yes);
        f.youth_led = value(names.youth_led).is_some_and(is_yes);
        if let Some(v) = value(names.accessibility) {
            if ACCESSIBILITY.contains(&v) {
                f.accessibility = Some(v.to_owned());
            } else {
                fail(names.accessibility, "filter-error-accessibility");
            }
        }
        if let Some(v) = value(names.channel) {
            match Channel::from_danish(v)
                .or_else(|| Channel::from_code(v))
                .or(if v == "fremmoede" {
                    Some(Channel::InPerson)
                } else {
                    None
                }) {
                Some(channel) => f.channel = Some(channel),
                None => fail(names.channel, "filter-error-channel"),
            }
        }
        if let Some(v) = value(names.sort) {
            f.sort = match v {
                "relevans" | "relevance" => Some(Sort::Relevance),
                "afstand" | "distance" => Some(Sort::Distance),
                "navn" | "name" => Some(Sort::Name),
                _ => {
                    fail(names.sort, "filter-error-sort");
                    None
                }
            };
        }
        if let Some(v) = value(names.page) {
            match v.parse::<usize>() {
                Ok(page) if (1..=10_000).contains(&page) => f.page = page,
                _ => fail(names.page, "filter-error-page"),
            }
        }
        (f, errors)
    }

    /// Distance when a town is chosen, unless asked otherwise; else relevance for a text
    /// search and name for browsing.
    pub fn effective_sort(&self) -> Sort {
        match self.sort {
            Some(Sort::Distance) if self.town.is_none() => self.default_sort_without_town(),
            Some(sort) => sort,
            None if self.town.is_some() => Sort::Distance,
            None => self.default_sort_without_town(),
        }
    }

    fn default_sort_without_town(&self) -> Sort {
        if self.q.trim().is_empty() {
            Sort::Name
        } else {
            Sort::Relevance
        }
    }

    /// The search as a page link: `path`, plus `?…` with the Danish parameters and the page
    /// number when it is past the first.
    pub fn href(&self, path: &str, page: usize) -> String {
        let mut params = self.to_params();
        if page > 1 {
            params.push((PAGE_PARAMS.page, page.to_string()));
        }
        match serde_urlencoded::to_string(&params).unwrap_or_default() {
            query if query.is_empty() => path.to_owned(),
            query => format!("{path}?{query}"),
        }
    }

    /// The search as page parameters (Danish names), without the page number.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let n = &PAGE_PARAMS;
        let mut out = Vec::new();
        if !self.q.is_empty() {
            out.push((n.q, self.q.clone()));
        }
        if let Some(a) = self.arena {
            out.push((n.arena, a.danish().to_owned()));
        }
        if let Some(g) = &self.target_group {
            out.push((n.target_group, g.clone()));
        }
        if let Some(age) = self.age {
            out.push((n.age, age.to_string()));
        }
        if let Some(town) = &self.town {
            out.push((n.town, town.clone()));
        }
        if let Some(km) = self.radius_km {
            out.push((n.radius_km, format_km(km)));
        }
        if let Some(d) = self.weekday {
            out.push((n.weekday, WEEKDAY_CODES[d].to_owned()));
        }
        if let Some(p) = self.day_part {
            out.push((n.day_part, p.code().to_owned()));
        }
        if self.free {
            out.push((n.free, "1".to_owned()));
        }
        if let Some(a) = &self.accessibility {
            out.push((n.accessibility, a.clone()));
        }
        if let Some(c) = self.channel {
            out.push((n.channel, c.danish().to_owned()));
        }
        if self.show_up {
            out.push((n.show_up, "1".to_owned()));
        }
        if self.young_online {
            out.push((n.young_online, "1".to_owned()));
        }
        if self.youth_led {
            out.push((n.youth_led, "1".to_owned()));
        }
        if let Some(sort) = self.sort {
            let word = match sort {
                Sort::Relevance => "relevans",
                Sort::Distance => "afstand",
                Sort::Name => "navn",
            };
            out.push((n.sort, word.to_owned()));
        }
        out
    }
}

fn is_yes(v: &str) -> bool {
    matches!(v, "1" | "ja" | "true" | "on" | "yes")
}

fn format_km(km: f64) -> String {
    if km.fract() == 0.0 {
        format!("{}", km as i64)
    } else {
        format!("{km}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn parse(pairs: &[(&str, &str)]) -> (Filters, Vec<FieldError>) {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Filters::parse(
            |k| map.get(k).map(String::as_str),
            &PAGE_PARAMS,
            |t| (t == "Hørve").then(|| "Hørve".to_owned()),
        )
    }

    #[test]
    fn a_full_search_round_trips_through_the_url() {
        let pairs = [
            ("q", "fodbold"),
            ("livsarena", "fritid"),
            ("maalgruppe", "ældre"),
            ("alder", "67"),
            ("by", "Hørve"),
            ("km", "10"),
            ("dag", "tir"),
            ("tid", "formiddag"),
            ("gratis", "1"),
            ("adgang", "teleslynge"),
            ("kanal", "telefon"),
            ("moed-op", "1"),
            ("unge-online", "1"),
            ("startet-af-unge", "1"),
            ("sortering", "afstand"),
        ];
        let (f, errors) = parse(&pairs);
        assert!(errors.is_empty(), "{errors:?}");
        let back: Vec<(&str, String)> = f.to_params();
        let again = parse(
            &back
                .iter()
                .map(|(k, v)| (*k, v.as_str()))
                .collect::<Vec<_>>(),
        )
        .0;
        assert_eq!(f, again);
        assert_eq!(f.effective_sort(), Sort::Distance);
    }

    #[test]
    fn bad_values_are_named_and_the_rest_kept() {
        let (f, errors) = parse(&[
            ("q", "kor"),
            ("alder", "to hundrede"),
            ("by", "Aarhus"),
            ("km", "5"),
            ("side", "0"),
        ]);
        assert_eq!(f.q, "kor");
        let params: Vec<&str> = errors.iter().map(|e| e.param).collect();
        assert_eq!(params, ["alder", "by", "by", "side"]);
        assert_eq!(errors[0].key, "filter-error-age");
    }

    #[test]
    fn long_queries_are_cut() {
        let long = "a".repeat(1000);
        assert_eq!(parse(&[("q", &long)]).0.q.chars().count(), MAX_QUERY_CHARS);
    }
}
