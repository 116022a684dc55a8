//! A phone number people can be called on, read from what they type: the one rule for
//! every form (the organisation profile, an offer's report, a sign-up, an ambassador
//! request). Each form keeps its own Danish error.

use std::fmt;

/// Digits a number has at least: a Danish number without +45.
pub const MIN_DIGITS: usize = 8;
/// Digits a number has at most: the international limit (E.164).
pub const MAX_DIGITS: usize = 15;

/// A phone number as its owner wrote it (trimmed): 8 to 15 digits, spaces, dashes and
/// brackets between them, and a "+" only in front ("12 34 56 78", "+45 12 34 56 78").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone(String);

impl Phone {
    /// The number in `text`, or `None` when it is not one (too few or too many digits,
    /// letters, a "+" inside).
    pub fn parse(text: &str) -> Option<Phone> {
        let text = text.trim();
        let rest = text.strip_prefix('+').unwrap_or(text);
        let digits = rest.chars().filter(char::is_ascii_digit).count();
        let written = rest
            .chars()
            .all(|c| c.is_ascii_digit() || " -()".contains(c));
        (written && (MIN_DIGITS..=MAX_DIGITS).contains(&digits)).then(|| Phone(text.to_owned()))
    }

    /// As written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The number for a `tel:` link ("+4512345678").
    pub fn tel(&self) -> String {
        super::tel(&self.0)
    }
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Phone;

    fn reads(text: &str) -> Option<String> {
        Phone::parse(text).map(|p| p.as_str().to_owned())
    }

    #[test]
    fn danish_numbers_as_people_write_them() {
        assert_eq!(reads("12 34 56 78"), Some("12 34 56 78".into()));
        assert_eq!(reads("12345678"), Some("12345678".into()));
        assert_eq!(reads(" 59 66 66 66 "), Some("59 66 66 66".into()));
        assert_eq!(reads("1234-5678"), Some("1234-5678".into()));
    }

    #[test]
    fn with_the_country_code() {
        assert_eq!(reads("+45 12 34 56 78"), Some("+45 12 34 56 78".into()));
        assert_eq!(reads("0045 12345678"), Some("0045 12345678".into()));
        assert_eq!(reads("(+45) 12 34 56 78"), None, "the + goes first");
        let phone = Phone::parse("+45 12 34 56 78").unwrap();
        assert_eq!(phone.tel(), "+4512345678");
    }

    #[test]
    fn too_short_or_too_long() {
        for wrong in ["", "12", "1234", "123 456 7", "+45", "1234567890123456"] {
            assert_eq!(reads(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn letters_and_other_signs_are_refused() {
        for wrong in [
            "ring",
            "ring!",
            "12 34 56 7a",
            "tlf. 12345678",
            "12345678!",
            "12+345678",
        ] {
            assert_eq!(reads(wrong), None, "{wrong}");
        }
    }
}
