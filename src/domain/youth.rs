//! What the directory says about an offer for the young (issue 20): whether it is an online
//! community that is good for the young, and whether young people started it.
//!
//! Moderators set the three marks of a good online community (moderated, adults present,
//! free to join) on an offer at `/admin/tilbud/{id}/unge`; they count only together and
//! only for an offer that is online (a badge that says "online" on a meeting in a hall
//! would mislead). A group the young started carries the supporting adult's first name —
//! never their contact details — so the page can say who stands behind it.

use serde::Serialize;

use super::Channel;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct YouthMarks {
    /// Someone keeps an eye on what is written and said.
    pub moderated: bool,
    /// Grown-ups take part (not only the young among themselves).
    pub adults_present: bool,
    /// Costs nothing to join and to take part (no payment inside either).
    pub free_to_join: bool,
    /// Started by young people (15–25) with a supporting adult who vouched for it.
    pub youth_led: bool,
    /// The supporting adult's first name, when `youth_led`.
    pub adult_first_name: String,
}

impl YouthMarks {
    /// A good online community for the young: the three marks, on an online offer.
    pub fn good_online(&self, channel: Channel) -> bool {
        channel == Channel::Online && self.moderated && self.adults_present && self.free_to_join
    }

    /// Nothing to keep: no row is needed.
    pub fn is_empty(&self) -> bool {
        *self == YouthMarks::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_online_community_needs_all_three_marks_and_to_be_online() {
        let all = YouthMarks {
            moderated: true,
            adults_present: true,
            free_to_join: true,
            ..YouthMarks::default()
        };
        assert!(all.good_online(Channel::Online));
        assert!(!all.good_online(Channel::InPerson));
        let two = YouthMarks {
            free_to_join: false,
            ..all.clone()
        };
        assert!(!two.good_online(Channel::Online));
        assert!(YouthMarks::default().is_empty() && !all.is_empty());
    }
}
