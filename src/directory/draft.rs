//! The offer form as data: what a member or a citizen typed ([`OfferDraft`]), how it is
//! checked, what it becomes when a moderator approves it, and the field-by-field diff a
//! moderator reads. No I/O here; the web layer parses forms into drafts and the store
//! keeps drafts as JSON in `submission.proposal`.

use serde::{Deserialize, Serialize};

use crate::domain::vocab::{ACCESSIBILITY, TARGET_GROUPS};
use crate::domain::{Channel, CostKind, HowToJoin, LifeArena, Offer, OfferStatus};
use crate::format::parse_clock;
use crate::store::directory::NewOffer;

/// Weekday codes in RRULE order, Monday first.
pub const WEEKDAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

pub const MAX_NAME: usize = 120;
pub const MAX_SHORT: usize = 300;
pub const MAX_DESCRIPTION: usize = 5000;

/// Everything the offer form holds, as typed (numbers stay text so a mistake can be shown
/// back as it was written).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OfferDraft {
    pub name: String,
    pub short_description: String,
    pub description: String,
    pub life_arenas: Vec<String>,
    pub target_groups: Vec<String>,
    pub age_min: String,
    pub age_max: String,
    /// "free", "amount" or "ask".
    pub cost: String,
    pub cost_amount: String,
    pub cost_note: String,
    /// "show_up", "sign_up" or "contact_first".
    pub how_to_join: String,
    pub newcomers_welcome: bool,
    /// "in_person", "phone" or "online".
    pub channel: String,
    pub town: String,
    pub address: String,
    /// Weekday codes (MO…SU).
    pub weekdays: Vec<String>,
    /// Every n weeks: "1" or "2".
    pub every: String,
    pub start_time: String,
    pub end_time: String,
    pub accessibility: Vec<String>,
    /// A citizen's suggestion names the organisation in words.
    pub organisation_name: String,
}

/// One problem with a draft: the form field and the Fluent key of the message.
pub type DraftError = (&'static str, &'static str);

impl OfferDraft {
    /// A draft from a published offer, for editing.
    pub fn from_offer(offer: &Offer) -> Self {
        let (weekdays, every) = weekly_parts(&offer.schedule_rrule);
        OfferDraft {
            name: offer.name.clone(),
            short_description: offer.short_description.clone(),
            description: offer.description.clone(),
            life_arenas: offer
                .life_arenas
                .iter()
                .map(|a| a.code().to_owned())
                .collect(),
            target_groups: offer.target_groups.clone(),
            age_min: offer.age_min.to_string(),
            age_max: offer.age_max.to_string(),
            cost: offer.cost.code().to_owned(),
            cost_amount: offer
                .cost_amount_dkk
                .map(|a| a.to_string())
                .unwrap_or_default(),
            cost_note: offer.cost_note.clone(),
            how_to_join: offer.how_to_join.code().to_owned(),
            newcomers_welcome: offer.newcomers_welcome,
            channel: offer.channel.code().to_owned(),
            town: offer
                .town
                .as_ref()
                .map(|t| t.name.clone())
                .unwrap_or_default(),
            address: offer.address.clone(),
            weekdays,
            every,
            start_time: offer.start_time.clone(),
            end_time: offer.end_time.clone(),
            accessibility: offer.accessibility.clone(),
            organisation_name: offer.organisation.name.clone(),
        }
    }

    /// Checks the draft. `towns` are the municipality's town names; `suggestion` also
    /// requires the organisation's name.
    pub fn validate(&self, towns: &[String], suggestion: bool) -> Vec<DraftError> {
        let mut errors = Vec::new();
        let name = self.name.trim();
        if name.is_empty() {
            errors.push(("navn", "form-error-name-empty"));
        } else if name.chars().count() > MAX_NAME {
            errors.push(("navn", "form-error-name-long"));
        }
        let short = self.short_description.trim();
        if short.is_empty() {
            errors.push(("kort", "form-error-short-empty"));
        } else if short.chars().count() > MAX_SHORT {
            errors.push(("kort", "form-error-short-long"));
        }
        if self.description.chars().count() > MAX_DESCRIPTION {
            errors.push(("beskrivelse", "form-error-description-long"));
        }
        if suggestion && self.organisation_name.trim().is_empty() {
            errors.push(("organisation", "form-error-organisation-empty"));
        }
        if self
            .life_arenas
            .iter()
            .any(|a| LifeArena::from_code(a).is_none())
        {
            errors.push(("livsarena", "form-error-choice"));
        }
        if self
            .target_groups
            .iter()
            .any(|g| !TARGET_GROUPS.contains(&g.as_str()))
        {
            errors.push(("maalgruppe", "form-error-choice"));
        }
        if self
            .accessibility
            .iter()
            .any(|g| !ACCESSIBILITY.contains(&g.as_str()))
        {
            errors.push(("tilgaengelighed", "form-error-choice"));
        }
        match (age(&self.age_min), age(&self.age_max)) {
            (None, _) => errors.push(("alder_fra", "form-error-age")),
            (_, None) => errors.push(("alder_til", "form-error-age")),
            (Some(min), Some(max)) if min > max => {
                errors.push(("alder_til", "form-error-age-order"))
            }
            _ => {}
        }
        match CostKind::from_code(&self.cost) {
            None => errors.push(("pris", "form-error-choice")),
            Some(CostKind::Amount) if amount(&self.cost_amount).is_none() => {
                errors.push(("beloeb", "form-error-amount"))
            }
            _ => {}
        }
        if self.cost_note.chars().count() > 200 {
            errors.push(("pris_note", "form-error-text-long"));
        }
        if HowToJoin::from_code(&self.how_to_join).is_none() {
            errors.push(("deltagelse", "form-error-choice"));
        }
        match Channel::from_code(&self.channel) {
            None => errors.push(("kanal", "form-error-choice")),
            Some(Channel::InPerson) if !towns.contains(&self.town) => {
                errors.push(("by", "form-error-town"))
            }
            Some(_) if !self.town.is_empty() && !towns.contains(&self.town) => {
                errors.push(("by", "form-error-town"))
            }
            _ => {}
        }
        if self.address.chars().count() > 200 {
            errors.push(("adresse", "form-error-text-long"));
        }
        if self.weekdays.is_empty()
            || self
                .weekdays
                .iter()
                .any(|d| !WEEKDAYS.contains(&d.as_str()))
        {
            errors.push(("dage", "form-error-weekdays"));
        }
        if !matches!(self.every.as_str(), "1" | "2") {
            errors.push(("hver", "form-error-choice"));
        }
        match (parse_clock(&self.start_time), parse_clock(&self.end_time)) {
            (None, _) => errors.push(("fra", "form-error-time")),
            (_, None) => errors.push(("til", "form-error-time")),
            (Some(a), Some(b)) if a >= b => errors.push(("til", "form-error-time-order")),
            _ => {}
        }
        errors
    }

    /// The RRULE the weekday choice stands for.
    pub fn rrule(&self) -> String {
        let days: Vec<&str> = WEEKDAYS
            .iter()
            .copied()
            .filter(|d| self.weekdays.iter().any(|w| w == d))
            .collect();
        let interval = if self.every == "2" { ";INTERVAL=2" } else { "" };
        format!("FREQ=WEEKLY{interval};BYDAY={}", days.join(","))
    }

    /// The offer a valid draft becomes. `town_id` is the id of `self.town`, if any.
    pub fn to_new_offer(
        &self,
        organisation_id: i64,
        town_id: Option<i64>,
        confirmed_on: &str,
    ) -> NewOffer {
        let cost = CostKind::from_code(&self.cost).unwrap_or(CostKind::Ask);
        NewOffer {
            organisation_id,
            name: self.name.trim().to_owned(),
            short_description: self.short_description.trim().to_owned(),
            description: self.description.trim().to_owned(),
            life_arenas: self
                .life_arenas
                .iter()
                .filter_map(|a| LifeArena::from_code(a))
                .collect(),
            target_groups: self.target_groups.clone(),
            activity_types: Vec::new(),
            age_min: age(&self.age_min).unwrap_or(0),
            age_max: age(&self.age_max).unwrap_or(120),
            cost,
            cost_amount_dkk: (cost == CostKind::Amount)
                .then(|| amount(&self.cost_amount))
                .flatten(),
            cost_note: self.cost_note.trim().to_owned(),
            how_to_join: HowToJoin::from_code(&self.how_to_join).unwrap_or(HowToJoin::ShowUp),
            newcomers_welcome: self.newcomers_welcome,
            bring_someone: false,
            ambassador_can_join: false,
            channel: Channel::from_code(&self.channel).unwrap_or(Channel::InPerson),
            place_id: None,
            town_id,
            address: self.address.trim().to_owned(),
            schedule_rrule: self.rrule(),
            schedule_exceptions: Vec::new(),
            start_time: kept_clock(&self.start_time),
            end_time: kept_clock(&self.end_time),
            accessibility: self.accessibility.clone(),
            languages: vec!["da".to_owned()],
            status: OfferStatus::Active,
            last_confirmed_on: confirmed_on.to_owned(),
        }
    }
}

fn age(text: &str) -> Option<i64> {
    text.trim()
        .parse::<i64>()
        .ok()
        .filter(|a| (0..=120).contains(a))
}

fn amount(text: &str) -> Option<i64> {
    let cleaned: String = text
        .trim()
        .trim_end_matches("kr.")
        .trim_end_matches("kr")
        .trim()
        .replace('.', "");
    cleaned
        .parse::<i64>()
        .ok()
        .filter(|a| (0..=100_000).contains(a))
}

/// A time as typed ("9.30") in the form the offer keeps ("09:30"); checked before.
fn kept_clock(text: &str) -> String {
    parse_clock(text)
        .map(|t| t.strftime("%H:%M").to_string())
        .unwrap_or_else(|| text.trim().to_owned())
}

/// The weekday choice and interval of a simple weekly rule; other rules give no weekdays
/// (the member then picks them again).
fn weekly_parts(rule: &str) -> (Vec<String>, String) {
    let mut days = Vec::new();
    let mut every = "1".to_owned();
    if !rule.starts_with("FREQ=WEEKLY") {
        return (days, every);
    }
    for part in rule.split(';') {
        if let Some(list) = part.strip_prefix("BYDAY=") {
            days = list
                .split(',')
                .filter(|d| WEEKDAYS.contains(d))
                .map(str::to_owned)
                .collect();
        }
        if let Some(n) = part.strip_prefix("INTERVAL=") {
            every = n.to_owned();
        }
    }
    (days, every)
}

/// One changed field, for the moderator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    /// The form field's name (also the key of its label: `form-label-{field}`).
    pub field: &'static str,
    pub before: String,
    pub after: String,
    /// Word-level diff of long texts: (kind, text) with kind "same", "removed", "added".
    pub words: Vec<(&'static str, String)>,
}

/// Reads one field of a draft as text.
type Getter = fn(&OfferDraft) -> String;

/// What a draft changes compared with `before` (for a new offer: compared with nothing).
pub fn diff(before: Option<&OfferDraft>, after: &OfferDraft) -> Vec<FieldChange> {
    let empty = OfferDraft::default();
    let before = before.unwrap_or(&empty);
    let fields: [(&'static str, Getter); 18] = [
        ("navn", |d| d.name.clone()),
        ("organisation", |d| d.organisation_name.clone()),
        ("kort", |d| d.short_description.clone()),
        ("beskrivelse", |d| d.description.clone()),
        ("livsarena", |d| d.life_arenas.join(", ")),
        ("maalgruppe", |d| d.target_groups.join(", ")),
        ("alder_fra", |d| d.age_min.clone()),
        ("alder_til", |d| d.age_max.clone()),
        ("pris", |d| d.cost.clone()),
        ("beloeb", |d| d.cost_amount.clone()),
        ("pris_note", |d| d.cost_note.clone()),
        ("deltagelse", |d| d.how_to_join.clone()),
        ("nye_velkomne", |d| {
            if d.newcomers_welcome {
                "ja".into()
            } else {
                "nej".into()
            }
        }),
        ("kanal", |d| d.channel.clone()),
        ("by", |d| d.town.clone()),
        ("adresse", |d| d.address.clone()),
        ("tidspunkt", |d| {
            format!(
                "{} {}–{} ({})",
                d.weekdays.join(","),
                d.start_time,
                d.end_time,
                d.every
            )
        }),
        ("tilgaengelighed", |d| d.accessibility.join(", ")),
    ];
    fields
        .iter()
        .filter_map(|(field, get)| {
            let (a, b) = (get(before), get(after));
            (a != b).then(|| FieldChange {
                field,
                words: word_diff(&a, &b),
                before: a,
                after: b,
            })
        })
        .collect()
}

fn word_diff(before: &str, after: &str) -> Vec<(&'static str, String)> {
    use similar::{ChangeTag, TextDiff};
    let diff = TextDiff::from_words(before, after);
    diff.iter_all_changes()
        .map(|c| {
            let kind = match c.tag() {
                ChangeTag::Equal => "same",
                ChangeTag::Delete => "removed",
                ChangeTag::Insert => "added",
            };
            (kind, c.value().to_owned())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> OfferDraft {
        OfferDraft {
            name: "Strikkecafé".into(),
            short_description: "Vi strikker og snakker.".into(),
            life_arenas: vec!["leisure".into()],
            target_groups: vec!["ældre".into()],
            age_min: "18".into(),
            age_max: "100".into(),
            cost: "free".into(),
            how_to_join: "show_up".into(),
            channel: "in_person".into(),
            town: "Asnæs".into(),
            weekdays: vec!["TU".into()],
            every: "1".into(),
            start_time: "14:00".into(),
            end_time: "16:00".into(),
            ..OfferDraft::default()
        }
    }

    fn towns() -> Vec<String> {
        vec!["Asnæs".into(), "Hørve".into()]
    }

    #[test]
    fn a_complete_draft_is_valid_and_becomes_a_weekly_offer() {
        let draft = valid();
        assert!(draft.validate(&towns(), false).is_empty());
        let offer = draft.to_new_offer(3, Some(1), "2026-11-28");
        assert_eq!(offer.schedule_rrule, "FREQ=WEEKLY;BYDAY=TU");
        assert_eq!(offer.life_arenas, vec![LifeArena::Leisure]);
        assert_eq!(offer.age_max, 100);
    }

    #[test]
    fn times_are_read_as_people_type_them_and_kept_as_hh_mm() {
        let draft = OfferDraft {
            start_time: "9.30".into(),
            end_time: " 16 ".into(),
            ..valid()
        };
        assert!(draft.validate(&towns(), false).is_empty());
        let offer = draft.to_new_offer(3, Some(1), "2026-11-28");
        assert_eq!(
            (offer.start_time.as_str(), offer.end_time.as_str()),
            ("09:30", "16:00")
        );
        let ambiguous = OfferDraft {
            start_time: "9.3".into(),
            ..valid()
        };
        assert_eq!(
            ambiguous.validate(&towns(), false),
            vec![("fra", "form-error-time")]
        );
    }

    #[test]
    fn every_mistake_names_its_field() {
        let draft = OfferDraft {
            name: String::new(),
            age_min: "90".into(),
            age_max: "10".into(),
            cost: "amount".into(),
            cost_amount: "gratis".into(),
            town: "Roskilde".into(),
            weekdays: vec![],
            start_time: "16:00".into(),
            end_time: "14:00".into(),
            ..valid()
        };
        let fields: Vec<&str> = draft.validate(&towns(), true).iter().map(|e| e.0).collect();
        for field in [
            "navn",
            "organisation",
            "alder_til",
            "beloeb",
            "by",
            "dage",
            "til",
        ] {
            assert!(fields.contains(&field), "{field} missing in {fields:?}");
        }
    }

    #[test]
    fn biweekly_rules_round_trip_through_the_form() {
        let draft = OfferDraft {
            weekdays: vec!["TH".into(), "MO".into()],
            every: "2".into(),
            ..valid()
        };
        assert_eq!(draft.rrule(), "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH");
        assert_eq!(
            weekly_parts(&draft.rrule()),
            (vec!["MO".into(), "TH".into()], "2".into())
        );
    }

    #[test]
    fn the_diff_shows_only_what_changed_word_by_word() {
        let before = valid();
        let after = OfferDraft {
            short_description: "Vi strikker, hækler og snakker.".into(),
            ..valid()
        };
        let changes = diff(Some(&before), &after);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].field, "kort");
        assert!(
            changes[0]
                .words
                .iter()
                .any(|(k, w)| *k == "added" && w.contains("hækler"))
        );
        assert!(changes[0].words.iter().any(|(k, _)| *k == "removed"));
    }
}
