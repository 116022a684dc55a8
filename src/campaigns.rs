//! Campaign weeks (issue 19), pure: what staff write for a campaign ([`Draft`]) and its
//! checks, and whether an event may take part ([`Campaign::takes`]).
//!
//! A campaign — a greeting week, "Odsherred spiser sammen" — has dates, a message and a
//! call to hosts. Organisations take part through the existing event form (a "Kampagne"
//! choice), and an editor or moderator accepts each event before the campaign's page lists
//! it ([`Taking`]): the calendar shows the event as any other, the campaign vouches for it
//! only after a person has looked. The counts on the campaign's page are events (not
//! people) and seats taken, the latter through the one disclosure rule.

use jiff::civil::Date;

/// Longest title and texts, in characters.
pub const MAX_TITLE: usize = 120;
pub const MAX_TEXT: usize = 4_000;
/// Longest campaign, in days: a week or a month, not a standing page.
pub const MAX_DAYS: i64 = 62;

/// A campaign as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Campaign {
    pub id: i64,
    pub slug: String,
    pub title: String,
    /// Markdown.
    pub message: String,
    /// Markdown.
    pub call_to_hosts: String,
    pub starts_on: Date,
    pub ends_on: Date,
}

impl Campaign {
    /// Whether an event that first meets on `first` may take part: it meets in the
    /// campaign's days.
    pub fn takes(&self, first: Date) -> bool {
        self.starts_on <= first && first <= self.ends_on
    }

    /// Whether the campaign is over on `today`: no new event may join it then.
    pub fn is_over(&self, today: Date) -> bool {
        self.ends_on < today
    }
}

/// Where an event stands in a campaign.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taking {
    Waiting,
    Accepted,
    Declined,
}

impl Taking {
    pub fn code(self) -> &'static str {
        match self {
            Taking::Waiting => "waiting",
            Taking::Accepted => "accepted",
            Taking::Declined => "declined",
        }
    }

    pub fn from_code(code: &str) -> Option<Taking> {
        [Taking::Waiting, Taking::Accepted, Taking::Declined]
            .into_iter()
            .find(|t| t.code() == code)
    }
}

/// What staff type for a campaign.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    pub slug: String,
    pub title: String,
    pub message: String,
    pub call_to_hosts: String,
    pub starts_on: String,
    pub ends_on: String,
}

impl Draft {
    /// The draft as a campaign, or each problem's field and message key.
    pub fn check(&self) -> Result<(Date, Date), Vec<(&'static str, &'static str)>> {
        let mut errors = Vec::new();
        if !crate::pages::slug_ok(&self.slug) {
            errors.push(("adresse", "campaign-error-slug"));
        }
        let title = self.title.trim().chars().count();
        if title == 0 || title > MAX_TITLE {
            errors.push(("titel", "campaign-error-title"));
        }
        let too_long = |t: &str| t.trim().is_empty() || t.chars().count() > MAX_TEXT;
        if too_long(&self.message) {
            errors.push(("budskab", "campaign-error-message"));
        }
        if too_long(&self.call_to_hosts) {
            errors.push(("vaerter", "campaign-error-hosts"));
        }
        let starts = crate::format::parse_date(&self.starts_on);
        let ends = crate::format::parse_date(&self.ends_on);
        if starts.is_none() {
            errors.push(("fra", "campaign-error-date"));
        }
        if ends.is_none() {
            errors.push(("til", "campaign-error-date"));
        }
        if let (Some(s), Some(e)) = (starts, ends) {
            let days = (e - s).get_days();
            if !(0..MAX_DAYS).contains(&i64::from(days)) {
                errors.push(("til", "campaign-error-span"));
            }
        }
        match (starts, ends, errors.is_empty()) {
            (Some(s), Some(e), true) => Ok((s, e)),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn draft() -> Draft {
        Draft {
            slug: "odsherred-spiser-sammen".into(),
            title: "Odsherred spiser sammen".into(),
            message: "Spis med nogen, du ikke kender.".into(),
            call_to_hosts: "Inviter til et måltid.".into(),
            starts_on: "1.2.2027".into(),
            ends_on: "2027-02-07".into(),
        }
    }

    #[test]
    fn a_good_draft_gives_its_days() {
        assert_eq!(draft().check(), Ok((date(2027, 2, 1), date(2027, 2, 7))));
    }

    #[test]
    fn each_problem_names_its_field() {
        let bad = Draft {
            slug: "Ikke en adresse".into(),
            title: " ".into(),
            message: "x".repeat(MAX_TEXT + 1),
            call_to_hosts: String::new(),
            starts_on: "31.2.2027".into(),
            ends_on: "i morgen".into(),
        };
        let fields: Vec<_> = bad
            .check()
            .unwrap_err()
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        assert_eq!(
            fields,
            ["adresse", "titel", "budskab", "vaerter", "fra", "til"]
        );
    }

    #[test]
    fn a_campaign_ends_after_it_starts_and_within_two_months() {
        let backwards = Draft {
            ends_on: "31.1.2027".into(),
            ..draft()
        };
        assert_eq!(backwards.check(), Err(vec![("til", "campaign-error-span")]));
        let long = Draft {
            ends_on: "1.5.2027".into(),
            ..draft()
        };
        assert_eq!(long.check(), Err(vec![("til", "campaign-error-span")]));
        let one_day = Draft {
            ends_on: "1.2.2027".into(),
            ..draft()
        };
        assert!(one_day.check().is_ok());
    }

    #[test]
    fn an_event_takes_part_when_it_meets_in_the_campaign_days() {
        let (starts_on, ends_on) = draft().check().unwrap();
        let c = Campaign {
            id: 1,
            slug: "x".into(),
            title: "x".into(),
            message: "x".into(),
            call_to_hosts: "x".into(),
            starts_on,
            ends_on,
        };
        assert!(c.takes(date(2027, 2, 1)));
        assert!(c.takes(date(2027, 2, 7)));
        assert!(!c.takes(date(2027, 1, 31)));
        assert!(!c.takes(date(2027, 2, 8)));
        assert!(!c.is_over(date(2027, 2, 7)));
        assert!(c.is_over(date(2027, 2, 8)));
    }

    #[test]
    fn takings_round_trip() {
        for t in [Taking::Waiting, Taking::Accepted, Taking::Declined] {
            assert_eq!(Taking::from_code(t.code()), Some(t));
        }
        assert_eq!(Taking::from_code("maybe"), None);
    }
}
