//! Groups the young start (issue 20), pure: what a young person types at
//! `/unge/start-en-gruppe` ([`GroupForm`]), how it is checked (15–25 years; the supporting
//! adult's name, e-mail and phone), and the offer draft it becomes when the adult has
//! vouched for it — from then on it is a suggestion in the moderators' queue like any other.
//!
//! Decisions: the young person's age is asked, not their birthday, and only kept with the
//! waiting group (the offer itself says 15–25). The group is shown as "started by young
//! people, with support from an adult" with the adult's first name ([`first_name`]) and
//! never their e-mail or phone; the contact for the public page is the group's own
//! organisation, which the moderator makes from the group's name.

use crate::accounts;
use crate::directory::draft::{OfferDraft, WEEKDAYS};
use crate::domain::Phone;
use crate::format::parse_clock;

/// The ages that may start a group.
pub const AGE_MIN: i64 = 15;
pub const AGE_MAX: i64 = 25;
pub const MAX_NAME: usize = 80;
pub const MAX_WHAT: usize = 300;
pub const MAX_WHERE: usize = 200;
pub const MAX_PERSON: usize = 100;
/// The town field's value for a group that meets online.
pub const ONLINE: &str = "online";

/// Everything the form holds, as typed, so a mistake is shown back as it was written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupForm {
    pub name: String,
    pub what: String,
    /// A weekday code (MO…SU).
    pub day: String,
    pub start: String,
    pub end: String,
    /// A town's name, or [`ONLINE`].
    pub town: String,
    pub place: String,
    pub first_name: String,
    pub age: String,
    pub email: String,
    pub adult_name: String,
    pub adult_email: String,
    pub adult_phone: String,
}

/// One problem: the form field and the Fluent key of the message.
pub type FormError = (&'static str, &'static str);

impl GroupForm {
    /// The young person's age, when it is a whole number.
    pub fn age(&self) -> Option<i64> {
        self.age.trim().parse().ok()
    }

    /// The e-mail addresses as kept (trimmed, lower case).
    pub fn email(&self) -> String {
        accounts::normalise_email(&self.email)
    }

    pub fn adult_email(&self) -> String {
        accounts::normalise_email(&self.adult_email)
    }

    /// Checks the form. `towns` are the municipality's town names.
    pub fn errors(&self, towns: &[String]) -> Vec<FormError> {
        let mut errors = Vec::new();
        let mut text = |field: &'static str, value: &str, max: usize, empty: &'static str| {
            let value = value.trim();
            if value.is_empty() {
                errors.push((field, empty));
            } else if value.chars().count() > max {
                errors.push((field, "youth-error-long"));
            }
        };
        text("navn", &self.name, MAX_NAME, "youth-error-name");
        text("hvad", &self.what, MAX_WHAT, "youth-error-what");
        if !WEEKDAYS.contains(&self.day.as_str()) {
            errors.push(("dag", "youth-error-day"));
        }
        match (parse_clock(&self.start), parse_clock(&self.end)) {
            (None, _) => errors.push(("fra", "youth-error-time")),
            (_, None) => errors.push(("til", "youth-error-time")),
            (Some(a), Some(b)) if a >= b => errors.push(("til", "youth-error-time-order")),
            _ => {}
        }
        if self.town != ONLINE && !towns.contains(&self.town) {
            errors.push(("by", "youth-error-town"));
        }
        if self.place.chars().count() > MAX_WHERE {
            errors.push(("hvor", "youth-error-long"));
        }
        let mut person = |field: &'static str, value: &str, empty: &'static str| {
            let value = value.trim();
            if value.is_empty() {
                errors.push((field, empty));
            } else if value.chars().count() > MAX_PERSON {
                errors.push((field, "youth-error-long"));
            }
        };
        person("fornavn", &self.first_name, "youth-error-first-name");
        person("voksen_navn", &self.adult_name, "youth-error-adult-name");
        match self.age() {
            Some(age) if (AGE_MIN..=AGE_MAX).contains(&age) => {}
            Some(_) => errors.push(("alder", "youth-error-age-range")),
            None => errors.push(("alder", "youth-error-age")),
        }
        if !accounts::plausible_email(&self.email()) {
            errors.push(("email", "youth-error-email"));
        }
        if !accounts::plausible_email(&self.adult_email()) {
            errors.push(("voksen_email", "youth-error-email"));
        } else if self.adult_email() == self.email() {
            errors.push(("voksen_email", "youth-error-same-email"));
        }
        if Phone::parse(&self.adult_phone).is_none() {
            errors.push(("voksen_telefon", "youth-error-phone"));
        }
        errors
    }

    /// The suggestion a valid form becomes: for 15–25-year-olds, free, contact first,
    /// every week on the chosen day; the group's name is also the organisation's.
    pub fn to_draft(&self) -> OfferDraft {
        let online = self.town == ONLINE;
        OfferDraft {
            name: self.name.trim().to_owned(),
            short_description: self.what.trim().to_owned(),
            description: String::new(),
            life_arenas: vec!["leisure".to_owned()],
            target_groups: vec!["unge".to_owned()],
            age_min: AGE_MIN.to_string(),
            age_max: AGE_MAX.to_string(),
            cost: "free".to_owned(),
            cost_amount: String::new(),
            cost_note: String::new(),
            how_to_join: "contact_first".to_owned(),
            newcomers_welcome: true,
            channel: if online { "online" } else { "in_person" }.to_owned(),
            town: if online {
                String::new()
            } else {
                self.town.clone()
            },
            address: self.place.trim().to_owned(),
            weekdays: vec![self.day.clone()],
            every: "1".to_owned(),
            start_time: self.start.trim().to_owned(),
            end_time: self.end.trim().to_owned(),
            accessibility: Vec::new(),
            organisation_name: self.name.trim().to_owned(),
        }
    }
}

/// The first word of a name: all the public page shows of the supporting adult.
pub fn first_name(name: &str) -> String {
    name.split_whitespace()
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled() -> GroupForm {
        GroupForm {
            name: "Gåtur for unge i Vig".into(),
            what: "Vi går en tur og snakker.".into(),
            day: "WE".into(),
            start: "17".into(),
            end: "18.30".into(),
            town: "Vig".into(),
            place: "Ved stationen".into(),
            first_name: "Sara".into(),
            age: "17".into(),
            email: "sara@example.org".into(),
            adult_name: "Mette Hansen".into(),
            adult_email: "Mette@Example.org".into(),
            adult_phone: "12 34 56 78".into(),
        }
    }

    fn towns() -> Vec<String> {
        vec!["Vig".to_owned()]
    }

    #[test]
    fn a_filled_form_is_a_valid_suggestion() {
        let form = filled();
        assert!(
            form.errors(&towns()).is_empty(),
            "{:?}",
            form.errors(&towns())
        );
        let draft = form.to_draft();
        assert!(
            draft.validate(&towns(), true).is_empty(),
            "{:?}",
            draft.validate(&towns(), true)
        );
        assert_eq!(draft.rrule(), "FREQ=WEEKLY;BYDAY=WE");
        assert_eq!(form.adult_email(), "mette@example.org");
        let online = GroupForm {
            town: ONLINE.into(),
            place: String::new(),
            ..filled()
        };
        assert!(online.errors(&towns()).is_empty());
        assert!(online.to_draft().validate(&towns(), true).is_empty());
        assert_eq!(online.to_draft().channel, "online");
    }

    #[test]
    fn ages_outside_15_to_25_are_refused() {
        for (age, key) in [
            ("14", "youth-error-age-range"),
            ("26", "youth-error-age-range"),
            ("sytten", "youth-error-age"),
            ("", "youth-error-age"),
        ] {
            let form = GroupForm {
                age: age.into(),
                ..filled()
            };
            assert_eq!(form.errors(&towns()), vec![("alder", key)], "{age}");
        }
        for age in ["15", "25", " 20 "] {
            let form = GroupForm {
                age: age.into(),
                ..filled()
            };
            assert!(form.errors(&towns()).is_empty(), "{age}");
        }
    }

    #[test]
    fn the_adult_must_be_reachable_and_someone_else() {
        let form = GroupForm {
            adult_phone: "123".into(),
            adult_email: "sara@example.org".into(),
            adult_name: " ".into(),
            ..filled()
        };
        let fields: Vec<&str> = form.errors(&towns()).iter().map(|e| e.0).collect();
        assert_eq!(fields, ["voksen_navn", "voksen_email", "voksen_telefon"]);
    }

    #[test]
    fn only_the_first_name_is_shown() {
        assert_eq!(first_name("  Mette  Hansen "), "Mette");
        assert_eq!(first_name(""), "");
    }
}
