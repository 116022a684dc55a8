//! Schools and the class pulse (issue 20), the pure part: class names, pulse codes, the
//! pupils' answers and what a teacher may see of them. No store, no web.
//!
//! **The cut.** The three items are scored 1 (almost never) to 3 (often), so a pupil's
//! score runs 3–9 as on the national three-item scale, and the national cut for
//! "severely lonely" is kept: 7–9. The children's wording changes the words, not the scale.
//!
//! **What a teacher sees.** Only through [`crate::domain::disclosure`]: under 10 answers,
//! nothing; from 10, two one-row tables (severely lonely / not, and "no" to someone in the
//! breaks / the rest) whose cells are hidden or rounded by the rule, and shares computed
//! from the rounded counts. **Many feel alone** when a shown share (severely lonely, or
//! "no" in the breaks) is [`MANY_PERCENT`] or more: then the page suggests class
//! activities across friend groups. A hidden cell never triggers it, so the suggestion
//! gives nothing away that the shown figures do not.

pub mod days;

use rand::Rng;

use crate::domain::disclosure::{self, Shown};

/// The highest grade (10. klasse).
pub const MAX_GRADE: i64 = 10;
pub const MAX_SCHOOL_NAME: usize = 100;

/// Characters of a pulse code: capitals and digits that cannot be mistaken for one another
/// on a phone's keyboard or a blackboard (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, G, Q).
pub const CODE_ALPHABET: &[u8] = b"ACDEFHJKMNPRTUVWXY34679";
pub const CODE_LENGTH: usize = 6;

/// A shown share at or above this (per cent) counts as "many".
pub const MANY_PERCENT: i64 = 20;

/// Class activities across friend groups: the locale keys, in order.
pub const ACTIVITIES: [&str; 4] = [
    "pulse-activity-mix",
    "pulse-activity-breaks",
    "pulse-activity-buddies",
    "pulse-activity-club",
];

/// "7.b".
pub fn class_label(grade: i64, letter: &str) -> String {
    format!("{grade}.{letter}")
}

/// Reads a class from the form: a grade 0–10 and one letter (a–z, æ, ø, å).
pub fn parse_class(
    grade: &str,
    letter: &str,
) -> Result<(i64, String), Vec<(&'static str, &'static str)>> {
    let mut errors = Vec::new();
    let grade = match grade.trim().parse::<i64>() {
        Ok(g) if (0..=MAX_GRADE).contains(&g) => Some(g),
        _ => {
            errors.push(("klassetrin", "schools-error-grade"));
            None
        }
    };
    let letter = letter.trim().to_lowercase();
    let mut chars = letter.chars();
    let ok = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_ascii_lowercase() || "æøå".contains(c));
    if !ok {
        errors.push(("bogstav", "schools-error-letter"));
    }
    match grade {
        Some(g) if errors.is_empty() => Ok((g, letter)),
        _ => Err(errors),
    }
}

/// A fresh random pulse code.
pub fn new_code() -> String {
    let mut rng = rand::rng();
    (0..CODE_LENGTH)
        .map(|_| CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())] as char)
        .collect()
}

/// A typed code as stored: capitals, without spaces and dashes. `None` if it cannot be one.
pub fn normalise_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect();
    (code.len() == CODE_LENGTH && code.bytes().all(|b| CODE_ALPHABET.contains(&b))).then_some(code)
}

/// "Someone to be with in the breaks?"
pub const BREAKS: [&str; 3] = ["ja", "nogle-gange", "nej"];

/// One pupil's answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    pub lacks_company: i64,
    pub left_out: i64,
    pub alone_with_others: i64,
    /// An entry of [`BREAKS`].
    pub breaks: &'static str,
}

impl Answer {
    /// 3–9.
    pub fn score(&self) -> i64 {
        self.lacks_company + self.left_out + self.alone_with_others
    }

    /// Severely lonely: 7–9.
    pub fn severely_lonely(&self) -> bool {
        self.score() >= 7
    }

    /// Reads the form's four answers ("1"–"3" and a [`BREAKS`] code); the names of the
    /// fields not answered.
    pub fn read(
        lacks: &str,
        left_out: &str,
        alone: &str,
        breaks: &str,
    ) -> Result<Answer, Vec<(&'static str, &'static str)>> {
        let item = |v: &str| v.parse::<i64>().ok().filter(|n| (1..=3).contains(n));
        let mut errors = Vec::new();
        let a = item(lacks);
        let b = item(left_out);
        let c = item(alone);
        let d = BREAKS.iter().copied().find(|x| *x == breaks);
        for (value, name) in [
            (a.is_some(), "mangler"),
            (b.is_some(), "udenfor"),
            (c.is_some(), "alene"),
        ] {
            if !value {
                errors.push((name, "pulse-error-answer"));
            }
        }
        if d.is_none() {
            errors.push(("frikvarter", "pulse-error-answer"));
        }
        match (a, b, c, d) {
            (Some(a), Some(b), Some(c), Some(d)) => Ok(Answer {
                lacks_company: a,
                left_out: b,
                alone_with_others: c,
                breaks: d,
            }),
            _ => Err(errors),
        }
    }
}

/// A share as a teacher may see it: from rounded counts, in whole per cent; `None` when the
/// count is hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct ShownShare {
    pub count: Shown,
    pub percent: Option<i64>,
}

/// What a teacher may see of a pulse.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub enum Summary {
    /// Under 10 answers: nothing at all.
    TooFew,
    Shown {
        /// The number of answers, rounded.
        answers: i64,
        severely_lonely: ShownShare,
        no_one_in_breaks: ShownShare,
        /// Many feel alone: suggest class activities.
        many: bool,
    },
}

fn share(cell: Shown, total: i64) -> ShownShare {
    ShownShare {
        count: cell,
        percent: match cell {
            Shown::Count(n) if total > 0 => Some((n * 100 + total / 2) / total),
            _ => None,
        },
    }
}

/// The summary of a pulse's answers under the disclosure rule.
pub fn summarise(answers: &[Answer]) -> Summary {
    let n = answers.len() as i64;
    if !disclosure::enough(n) {
        return Summary::TooFew;
    }
    let lonely = answers.iter().filter(|a| a.severely_lonely()).count() as i64;
    let no = answers.iter().filter(|a| a.breaks == "nej").count() as i64;
    let lonely_table = disclosure::table(&[vec![lonely, n - lonely]]);
    let breaks_table = disclosure::table(&[vec![no, n - no]]);
    let total = disclosure::round(n);
    let severely_lonely = share(lonely_table.cells[0][0], total);
    let no_one_in_breaks = share(breaks_table.cells[0][0], total);
    let many = [severely_lonely, no_one_in_breaks]
        .iter()
        .any(|s| s.percent.is_some_and(|p| p >= MANY_PERCENT));
    Summary::Shown {
        answers: total,
        severely_lonely,
        no_one_in_breaks,
        many,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(score: [i64; 3], breaks: &'static str) -> Answer {
        Answer {
            lacks_company: score[0],
            left_out: score[1],
            alone_with_others: score[2],
            breaks,
        }
    }

    #[test]
    fn nine_answers_show_nothing() {
        let answers = vec![answer([3, 3, 3], "nej"); 9];
        assert_eq!(summarise(&answers), Summary::TooFew);
    }

    #[test]
    fn shares_come_from_rounded_counts() {
        // 12 of 23 severely lonely: 10 of 25 → 40 %; 3 "nej": hidden, with its partner.
        let mut answers = vec![answer([3, 2, 2], "ja"); 12];
        answers.extend(vec![answer([1, 1, 1], "nej"); 3]);
        answers.extend(vec![answer([1, 2, 1], "nogle-gange"); 8]);
        let Summary::Shown {
            answers: n,
            severely_lonely,
            no_one_in_breaks,
            many,
        } = summarise(&answers)
        else {
            panic!("23 answers are enough");
        };
        assert_eq!(n, 25);
        assert_eq!(severely_lonely.count, Shown::Count(10));
        assert_eq!(severely_lonely.percent, Some(40));
        assert_eq!(no_one_in_breaks.count, Shown::Hidden);
        assert_eq!(no_one_in_breaks.percent, None);
        assert!(many);
    }

    #[test]
    fn codes_are_typed_forgivingly() {
        let code = new_code();
        assert_eq!(normalise_code(&code.to_lowercase()), Some(code.clone()));
        assert_eq!(normalise_code("ac d-efh"), Some("ACDEFH".into()));
        assert_eq!(normalise_code("ACDEF0"), None);
        assert_eq!(normalise_code("ACDEF"), None);
    }

    #[test]
    fn classes_are_a_grade_and_a_letter() {
        assert_eq!(parse_class("7", "B"), Ok((7, "b".into())));
        assert_eq!(parse_class("0", "æ"), Ok((0, "æ".into())));
        assert!(parse_class("11", "a").is_err());
        assert!(parse_class("3", "ab").is_err());
        assert_eq!(class_label(7, "b"), "7.b");
    }
}
