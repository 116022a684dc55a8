//! The local strategy as data (issue 18), pure: goals per life arena ([`GoalDraft`]) and
//! the initiatives that work towards them ([`InitiativeDraft`]: owner, working group,
//! status, start and end, the offers and events it runs, and which indicators on `/tal`
//! follow it), with their checks. Staff keep it at `/admin/strategi`; `/strategi` shows it.

use crate::domain::LifeArena;

/// Longest title of a goal or an initiative, in characters.
pub const MAX_TITLE: usize = 120;
/// Longest description.
pub const MAX_DESCRIPTION: usize = 1_000;
/// Longest owner or working group.
pub const MAX_NAME: usize = 120;
/// Most offers or events one initiative links to.
pub const MAX_LINKS: usize = 30;

/// Where an initiative stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Planned,
    Running,
    Done,
    Stopped,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Planned,
        Status::Running,
        Status::Done,
        Status::Stopped,
    ];

    /// The code stored and sent by the form.
    pub fn code(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Running => "running",
            Status::Done => "done",
            Status::Stopped => "stopped",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The indicators an initiative may be followed by: their codes, and the part of `/tal`
/// that shows each (an anchor). The health profile's two, then Sammen's own.
pub const INDICATORS: [(&str, &str); 11] = [
    ("svaert-ensom", "ind-svaert-ensom"),
    ("ofte-uoensket-alene", "ind-ofte-uoensket-alene"),
    ("selvtest", "selfcheck"),
    ("tale-om-ensomhed", "selfcheck-extra"),
    ("transport", "selfcheck-extra-table"),
    ("ambassadoer-udfald", "outcomes"),
    ("tilmeldinger", "signups"),
    ("daekning", "coverage"),
    ("friskhed", "directory"),
    ("guide", "guide"),
    ("bus-besoeg", "bus-visitors"),
];

/// The anchor on `/tal` of an indicator's code.
pub fn indicator_anchor(code: &str) -> Option<&'static str> {
    INDICATORS.iter().find(|(c, _)| *c == code).map(|(_, a)| *a)
}

/// A goal as the form sends it.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
pub struct GoalDraft {
    pub life_arena: String,
    pub title: String,
    pub description: String,
}

fn length_ok(text: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&text.trim().chars().count())
}

impl GoalDraft {
    /// Field and message key of each problem.
    pub fn errors(&self) -> Vec<(&'static str, &'static str)> {
        let mut errors = Vec::new();
        if LifeArena::from_code(&self.life_arena).is_none() {
            errors.push(("livsarena", "strategy-error-arena"));
        }
        if !length_ok(&self.title, 3, MAX_TITLE) {
            errors.push(("titel", "strategy-error-title"));
        }
        if !length_ok(&self.description, 0, MAX_DESCRIPTION) {
            errors.push(("beskrivelse", "strategy-error-description"));
        }
        errors
    }
}

/// An initiative as the form sends it: everything as typed, so a refused form comes back
/// unchanged.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
pub struct InitiativeDraft {
    /// The goal's id.
    pub goal: String,
    pub title: String,
    pub description: String,
    pub owner: String,
    pub working_group: String,
    pub status: String,
    /// Dates as typed: `2026-12-01` or `1.12.2026`; empty when not known.
    pub starts_on: String,
    pub ends_on: String,
    /// Offer ids, separated by commas or spaces.
    pub offers: String,
    /// Event ids, separated by commas or spaces.
    pub events: String,
    /// Indicator codes (of [`INDICATORS`]).
    #[serde(default)]
    pub indicators: Vec<String>,
}

/// An initiative checked: what the store keeps.
#[derive(Debug, Clone, PartialEq)]
pub struct Initiative {
    pub goal_id: i64,
    pub title: String,
    pub description: String,
    pub owner: String,
    pub working_group: String,
    pub status: Status,
    /// `YYYY-MM-DD`, or empty.
    pub starts_on: String,
    pub ends_on: String,
    pub offers: Vec<i64>,
    pub events: Vec<i64>,
    pub indicators: Vec<String>,
}

/// Ids typed into a field: numbers separated by commas or spaces. `None` when a piece is
/// not a positive whole number or there are too many.
pub fn parse_ids(text: &str) -> Option<Vec<i64>> {
    let mut ids = Vec::new();
    for piece in text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|p| !p.is_empty())
    {
        let id = piece.trim_start_matches('#').parse::<i64>().ok()?;
        if id <= 0 {
            return None;
        }
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    (ids.len() <= MAX_LINKS).then_some(ids)
}

/// A typed date as `YYYY-MM-DD`, `Some("")` when empty, `None` when it is no date.
fn parse_date(text: &str) -> Option<String> {
    if text.trim().is_empty() {
        return Some(String::new());
    }
    crate::rides::parse_date(text).map(|d| d.to_string())
}

impl InitiativeDraft {
    /// The checked initiative, or the field and message key of each problem. Whether the
    /// goal, offers and events exist is the store's to say.
    pub fn check(&self) -> Result<Initiative, Vec<(&'static str, &'static str)>> {
        let mut errors = Vec::new();
        let goal_id = self.goal.trim().parse::<i64>().ok();
        if goal_id.is_none() {
            errors.push(("maal", "strategy-error-goal"));
        }
        if !length_ok(&self.title, 3, MAX_TITLE) {
            errors.push(("titel", "strategy-error-title"));
        }
        if !length_ok(&self.description, 0, MAX_DESCRIPTION) {
            errors.push(("beskrivelse", "strategy-error-description"));
        }
        if !length_ok(&self.owner, 2, MAX_NAME) {
            errors.push(("ansvarlig", "strategy-error-owner"));
        }
        if !length_ok(&self.working_group, 0, MAX_NAME) {
            errors.push(("arbejdsgruppe", "strategy-error-group"));
        }
        let status = Status::from_code(&self.status);
        if status.is_none() {
            errors.push(("status", "strategy-error-status"));
        }
        let starts = parse_date(&self.starts_on);
        if starts.is_none() {
            errors.push(("start", "strategy-error-date"));
        }
        let ends = parse_date(&self.ends_on);
        if ends.is_none() {
            errors.push(("slut", "strategy-error-date"));
        }
        if let (Some(s), Some(e)) = (&starts, &ends)
            && !s.is_empty()
            && !e.is_empty()
            && e < s
        {
            errors.push(("slut", "strategy-error-end-before-start"));
        }
        let offers = parse_ids(&self.offers);
        if offers.is_none() {
            errors.push(("tilbud", "strategy-error-ids"));
        }
        let events = parse_ids(&self.events);
        if events.is_none() {
            errors.push(("arrangementer", "strategy-error-ids"));
        }
        if self
            .indicators
            .iter()
            .any(|i| indicator_anchor(i).is_none())
        {
            errors.push(("indikatorer", "strategy-error-indicator"));
        }
        match (goal_id, status, starts, ends, offers, events) {
            (
                Some(goal_id),
                Some(status),
                Some(starts_on),
                Some(ends_on),
                Some(offers),
                Some(events),
            ) if errors.is_empty() => {
                let mut indicators = self.indicators.clone();
                indicators.dedup();
                Ok(Initiative {
                    goal_id,
                    title: self.title.trim().to_owned(),
                    description: self.description.trim().to_owned(),
                    owner: self.owner.trim().to_owned(),
                    working_group: self.working_group.trim().to_owned(),
                    status,
                    starts_on,
                    ends_on,
                    offers,
                    events,
                    indicators,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> InitiativeDraft {
        InitiativeDraft {
            goal: "3".into(),
            title: "Den Glade Bus i landsbyerne".into(),
            owner: "Omsorg og Sundhed".into(),
            working_group: "Transport".into(),
            status: "running".into(),
            starts_on: "1.3.2026".into(),
            ends_on: "2027-12-31".into(),
            offers: "12, 14 14".into(),
            events: "".into(),
            indicators: vec!["bus-besoeg".into()],
            ..InitiativeDraft::default()
        }
    }

    #[test]
    fn an_initiative_is_read_as_typed() {
        let i = good().check().unwrap();
        assert_eq!(i.goal_id, 3);
        assert_eq!(i.status, Status::Running);
        assert_eq!(i.starts_on, "2026-03-01");
        assert_eq!(i.ends_on, "2027-12-31");
        assert_eq!(i.offers, vec![12, 14], "a repeated id counts once");
        assert!(i.events.is_empty());
    }

    #[test]
    fn every_bad_field_is_named() {
        let bad = InitiativeDraft {
            goal: "x".into(),
            title: "A".into(),
            owner: "".into(),
            status: "maybe".into(),
            starts_on: "31.2.2026".into(),
            ends_on: "i morgen".into(),
            offers: "12, tolv".into(),
            events: "-4".into(),
            indicators: vec!["lykke".into()],
            ..InitiativeDraft::default()
        };
        let fields: Vec<_> = bad.check().unwrap_err().iter().map(|e| e.0).collect();
        assert_eq!(
            fields,
            [
                "maal",
                "titel",
                "ansvarlig",
                "status",
                "start",
                "slut",
                "tilbud",
                "arrangementer",
                "indikatorer"
            ]
        );
    }

    #[test]
    fn an_end_before_the_start_is_refused() {
        let d = InitiativeDraft {
            starts_on: "2027-01-01".into(),
            ends_on: "2026-01-01".into(),
            ..good()
        };
        assert_eq!(
            d.check().unwrap_err(),
            vec![("slut", "strategy-error-end-before-start")]
        );
    }

    #[test]
    fn a_goal_needs_a_life_arena_and_a_title() {
        let g = GoalDraft {
            life_arena: "leisure".into(),
            title: "Flere fællesskaber".into(),
            description: String::new(),
        };
        assert!(g.errors().is_empty());
        let bad = GoalDraft {
            life_arena: "månen".into(),
            title: " ".into(),
            description: "x".repeat(MAX_DESCRIPTION + 1),
        };
        let fields: Vec<_> = bad.errors().iter().map(|e| e.0).collect();
        assert_eq!(fields, ["livsarena", "titel", "beskrivelse"]);
    }

    #[test]
    fn every_indicator_has_its_own_anchor() {
        let mut anchors: Vec<_> = INDICATORS.iter().map(|(_, a)| *a).collect();
        anchors.sort_unstable();
        anchors.dedup();
        assert_eq!(anchors.len(), INDICATORS.len());
        for i in crate::figures::Indicator::ALL {
            assert_eq!(
                indicator_anchor(i.code()),
                Some(format!("ind-{}", i.code()).as_str())
            );
        }
        assert!(parse_ids(&"1 ".repeat(MAX_LINKS)).is_some());
        let too_many: String = (1..=MAX_LINKS + 1).map(|i| format!("{i} ")).collect();
        assert!(parse_ids(&too_many).is_none());
    }
}
