//! The loneliness self-check: the three-item scale used in the Danish national health
//! profile (Hughes et al. 2004). How often do you feel that you lack companionship, feel
//! left out, feel isolated from others: hardly ever = 1, some of the time = 2, often = 3.
//! The score is 3–9; 7–9 counts as severe loneliness in the national figures. The page
//! never puts a label on a person; the score only chooses which next steps to offer.

/// One answer on the scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    HardlyEver = 1,
    SomeOfTheTime = 2,
    Often = 3,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::HardlyEver, Answer::SomeOfTheTime, Answer::Often];

    /// The value in the form.
    pub fn code(self) -> &'static str {
        match self {
            Answer::HardlyEver => "1",
            Answer::SomeOfTheTime => "2",
            Answer::Often => "3",
        }
    }

    pub fn from_code(code: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// The sum of the three answers, 3–9.
pub fn score(answers: [Answer; 3]) -> u8 {
    answers.iter().map(|a| *a as u8).sum()
}

/// The two optional questions beside the scale (issue 18): "Have you, in the past year,
/// skipped something because of transport?" and "Is it natural for you to talk about
/// loneliness?" — the strategy's own goal. Either may be left unanswered.
pub const EXTRA_QUESTIONS: [&str; 2] = ["transport", "tale"];

/// The answers to an optional question.
pub const EXTRA_ANSWERS: [&str; 3] = ["ja", "nej", "ved-ikke"];

/// Which next steps to offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// 3–4: hardly ever lonely.
    Seldom,
    /// 5–6: lonely some of the time.
    Sometimes,
    /// 7–9: what the national figures count as severe loneliness.
    Often,
}

pub fn level(score: u8) -> Level {
    match score {
        0..=4 => Level::Seldom,
        5..=6 => Level::Sometimes,
        _ => Level::Often,
    }
}

/// Age bands of the tally; coarse on purpose.
pub const AGE_BANDS: [&str; 7] = [
    "under-16",
    "16-24",
    "25-44",
    "45-64",
    "65-79",
    "80-plus",
    "ikke-oplyst",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// All 27 combinations of answers.
    #[test]
    fn every_combination_scores_the_sum_and_the_right_level() {
        let mut seen = 0;
        for a in Answer::ALL {
            for b in Answer::ALL {
                for c in Answer::ALL {
                    let s = score([a, b, c]);
                    assert_eq!(s, a as u8 + b as u8 + c as u8);
                    assert!((3..=9).contains(&s));
                    let expected = if s >= 7 {
                        Level::Often
                    } else if s >= 5 {
                        Level::Sometimes
                    } else {
                        Level::Seldom
                    };
                    assert_eq!(level(s), expected, "{a:?} {b:?} {c:?}");
                    seen += 1;
                }
            }
        }
        assert_eq!(seen, 27);
        assert_eq!(score([Answer::HardlyEver; 3]), 3);
        assert_eq!(score([Answer::Often; 3]), 9);
        assert_eq!(
            level(7),
            Level::Often,
            "7–9 is severe loneliness in the national figures"
        );
        assert_eq!(level(6), Level::Sometimes);
    }

    #[test]
    fn answers_come_only_from_the_form_values() {
        assert_eq!(Answer::from_code("2"), Some(Answer::SomeOfTheTime));
        assert_eq!(Answer::from_code("4"), None);
        assert_eq!(Answer::from_code(""), None);
    }
}
