//! A path through a school change (issue 20), the pure part: the six paths, which one an
//! age suggests, the built-in guide per path and the buddy scheme's check. No store, no web.
//!
//! **The paths.** Starting 0. klasse, 7. klasse or 10. klasse, going to an efterskole or
//! an upper secondary school (gymnasium), or changing school in the middle of the year.
//! A school links its welcome gatherings (calendar events) and its welcome groups and
//! clubs (offers) to one path or to all of them; the public `/skoleskift` shows a school's
//! links for the path chosen, with the school's buddy scheme and the guide below.
//!
//! **The age suggests a path** ([`Path::for_age`]) only to fill in the form: 0–6 → 0.
//! klasse, 7–11 → changing mid-year, 12–13 → 7. klasse, 14–15 → efterskole, 16–19 →
//! gymnasium; 10. klasse is never guessed (it is chosen at 15–16 beside the efterskole
//! and the gymnasium). The person may always pick another path.
//!
//! **The guide** is text in the locales, not data: for each path a few words to the child
//! (`school-change-child-{code}`, LIX ≤ 25 in Danish) and one tip for the parents
//! (`school-change-parent-{code}`), followed by the tips every path shares
//! ([`PARENT_TIPS`]); the parents' part is held to LIX ≤ 35 (tests/suite/school_change.rs).

/// The longest buddy scheme text a school may write.
pub const MAX_BUDDY: usize = 2000;

/// One path through a school change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Path {
    ZeroClass,
    Seventh,
    Tenth,
    Efterskole,
    Gymnasium,
    MidYear,
}

impl Path {
    pub const ALL: [Path; 6] = [
        Path::ZeroClass,
        Path::Seventh,
        Path::Tenth,
        Path::Efterskole,
        Path::Gymnasium,
        Path::MidYear,
    ];

    /// The code in addresses, forms and the database.
    pub fn code(self) -> &'static str {
        match self {
            Path::ZeroClass => "0-klasse",
            Path::Seventh => "7-klasse",
            Path::Tenth => "10-klasse",
            Path::Efterskole => "efterskole",
            Path::Gymnasium => "gymnasium",
            Path::MidYear => "midt-i-aaret",
        }
    }

    pub fn from_code(code: &str) -> Option<Path> {
        Path::ALL.into_iter().find(|p| p.code() == code)
    }

    /// The locale key of the path's name.
    pub fn name_key(self) -> String {
        format!("school-change-path-{}", self.code())
    }

    /// The locale key of the words to the child.
    pub fn child_key(self) -> String {
        format!("school-change-child-{}", self.code())
    }

    /// The locale key of the path's own tip for the parents.
    pub fn parent_key(self) -> String {
        format!("school-change-parent-{}", self.code())
    }

    /// The path an age suggests (see the module's comment); `None` for adults.
    pub fn for_age(age: i64) -> Option<Path> {
        match age {
            0..=6 => Some(Path::ZeroClass),
            7..=11 => Some(Path::MidYear),
            12..=13 => Some(Path::Seventh),
            14..=15 => Some(Path::Efterskole),
            16..=19 => Some(Path::Gymnasium),
            _ => None,
        }
    }
}

/// A link's path as stored: `""` for every path.
pub fn link_code(path: Option<Path>) -> &'static str {
    path.map_or("", Path::code)
}

/// A stored link's path: `None` (every path) for `""`; an unknown code is also `None`.
pub fn link_path(code: &str) -> Option<Path> {
    Path::from_code(code)
}

/// Whether a link made for `linked` (None: every path) belongs on the page of `chosen`
/// (None: no path chosen, e.g. the school's own page: every link).
pub fn shows(linked: Option<Path>, chosen: Option<Path>) -> bool {
    match (linked, chosen) {
        (None, _) | (_, None) => true,
        (Some(l), Some(c)) => l == c,
    }
}

/// The tips for the parents that every path shares: locale keys, in order.
pub const PARENT_TIPS: [&str; 4] = [
    "school-change-tip-talk",
    "school-change-tip-visit",
    "school-change-tip-friend",
    "school-change-tip-contact",
];

/// The buddy scheme as a school writes it: trimmed, at most [`MAX_BUDDY`] characters
/// (an empty text removes it). `Err` names the text key.
pub fn check_buddy(text: &str) -> Result<String, &'static str> {
    let text = text.trim().replace("\r\n", "\n");
    if text.chars().count() > MAX_BUDDY {
        Err("school-change-error-buddy")
    } else {
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_go_both_ways() {
        for p in Path::ALL {
            assert_eq!(Path::from_code(p.code()), Some(p));
        }
        assert_eq!(Path::from_code("8-klasse"), None);
        assert_eq!(link_path(link_code(None)), None);
        assert_eq!(
            link_path(link_code(Some(Path::Seventh))),
            Some(Path::Seventh)
        );
    }

    #[test]
    fn an_age_suggests_a_path() {
        assert_eq!(Path::for_age(5), Some(Path::ZeroClass));
        assert_eq!(Path::for_age(9), Some(Path::MidYear));
        assert_eq!(Path::for_age(12), Some(Path::Seventh));
        assert_eq!(Path::for_age(14), Some(Path::Efterskole));
        assert_eq!(Path::for_age(16), Some(Path::Gymnasium));
        assert_eq!(Path::for_age(40), None);
    }

    #[test]
    fn a_link_for_every_path_shows_on_each() {
        assert!(shows(None, Some(Path::Tenth)));
        assert!(shows(Some(Path::Tenth), Some(Path::Tenth)));
        assert!(!shows(Some(Path::Tenth), Some(Path::Seventh)));
        assert!(shows(Some(Path::Tenth), None));
    }

    #[test]
    fn the_buddy_scheme_is_trimmed_and_not_too_long() {
        assert_eq!(check_buddy("  Hej\r\nder "), Ok("Hej\nder".into()));
        assert!(check_buddy(&"a".repeat(MAX_BUDDY + 1)).is_err());
    }
}
