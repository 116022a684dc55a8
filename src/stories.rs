//! Stories of loneliness and of finding company (issue 19), pure: what a writer sends
//! ([`Submission`]) and its checks, the tags (life arena, age band, life situation) and
//! what an editor publishes ([`Edit`]). A story is anonymous by default, stored only with
//! the writer's consent, public only after an editor has taken out what could identify
//! someone, and gone — text erased — when the writer withdraws it by the private link.

use crate::domain::LifeArena;

/// Life situations a story may be tagged with.
pub const SITUATIONS: [&str; 5] = ["flytning", "skoleskift", "enke", "ledighed", "sygdom"];

/// Shortest and longest story, in characters.
pub const MIN_BODY: usize = 40;
pub const MAX_BODY: usize = 3_000;
/// Longest signature ("Kvinde, 70 år").
pub const MAX_SIGNATURE: usize = 60;

/// A story's text as paragraphs (a blank line between them), for the templates: stories
/// are plain text, never Markdown or HTML.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Age bands a story may be tagged with (the ambassadors' bands).
pub fn age_bands() -> Vec<&'static str> {
    crate::ambassadors::AGE_BANDS
        .iter()
        .map(|(b, _)| *b)
        .collect()
}

fn tag_ok(value: &str, known: &[&str]) -> bool {
    value.is_empty() || known.contains(&value)
}

fn arena_ok(code: &str) -> bool {
    code.is_empty() || LifeArena::from_code(code).is_some()
}

/// What the writer sends.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Submission {
    pub body: String,
    pub signature: String,
    pub life_arena: String,
    pub age_band: String,
    pub situation: String,
    pub consent: bool,
}

impl Submission {
    /// Field and message key of each problem.
    pub fn errors(&self) -> Vec<(&'static str, &'static str)> {
        let mut errors = Vec::new();
        let length = self.body.trim().chars().count();
        if !(MIN_BODY..=MAX_BODY).contains(&length) {
            errors.push(("historie", "stories-error-body"));
        }
        if self.signature.chars().count() > MAX_SIGNATURE {
            errors.push(("underskrift", "stories-error-signature"));
        }
        if !arena_ok(&self.life_arena) {
            errors.push(("livsarena", "stories-error-tag"));
        }
        if !tag_ok(&self.age_band, &age_bands()) {
            errors.push(("alder", "stories-error-tag"));
        }
        if !tag_ok(&self.situation, &SITUATIONS) {
            errors.push(("situation", "stories-error-tag"));
        }
        if !self.consent {
            errors.push(("samtykke", "stories-error-consent"));
        }
        errors
    }
}

/// What the editor publishes: the edited text, the signature and the tags.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Edit {
    pub body: String,
    pub signature: String,
    pub life_arena: String,
    pub age_band: String,
    pub situation: String,
}

impl From<&Submission> for Edit {
    /// What the writer sent, as the editor's starting point.
    fn from(s: &Submission) -> Edit {
        Edit {
            body: s.body.clone(),
            signature: s.signature.clone(),
            life_arena: s.life_arena.clone(),
            age_band: s.age_band.clone(),
            situation: s.situation.clone(),
        }
    }
}

impl Edit {
    pub fn errors(&self) -> Vec<(&'static str, &'static str)> {
        let as_sent = Submission {
            body: self.body.clone(),
            signature: self.signature.clone(),
            life_arena: self.life_arena.clone(),
            age_band: self.age_band.clone(),
            situation: self.situation.clone(),
            consent: true,
        };
        as_sent.errors()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_story_needs_words_consent_and_known_tags() {
        let good = Submission {
            body: "Efter min mand døde, sad jeg meget alene. Nu går jeg til strik hver tirsdag."
                .into(),
            consent: true,
            ..Submission::default()
        };
        assert!(good.errors().is_empty());
        let bad = Submission {
            body: "Kort".into(),
            signature: "x".repeat(61),
            life_arena: "månen".into(),
            age_band: "200+".into(),
            situation: "ferie".into(),
            consent: false,
        };
        let fields: Vec<_> = bad.errors().iter().map(|e| e.0).collect();
        assert_eq!(
            fields,
            [
                "historie",
                "underskrift",
                "livsarena",
                "alder",
                "situation",
                "samtykke"
            ]
        );
        assert!(
            Submission {
                life_arena: "leisure".into(),
                age_band: "65+".into(),
                situation: "enke".into(),
                ..good
            }
            .errors()
            .is_empty()
        );
    }
}
