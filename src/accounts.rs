//! Who someone is and what they may do: roles, the signed-in [`Principal`], passwords
//! (argon2id) and the random tokens behind sessions and mailed links.
//!
//! Accounts are for those who run things — never required of citizens. A token is 32
//! random bytes shown once (in a cookie or a link); the database keeps only its SHA-256,
//! so a copy of the database opens no session and no link.

use argon2::password_hash::{PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Argon2, PasswordHash};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A role held by an account. Organisation membership is a role per organisation and
/// lives in [`Principal::organisations`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Administrator,
    Moderator,
    Ambassador,
    BusCrew,
    /// Writes and publishes the pages about loneliness (issue 19).
    Editor,
    /// Teaches at a school (`school_teacher` says which) and opens its classes' pulses
    /// (issue 20).
    Teacher,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Administrator,
        Role::Moderator,
        Role::Ambassador,
        Role::BusCrew,
        Role::Editor,
        Role::Teacher,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Moderator => "moderator",
            Role::Ambassador => "ambassador",
            Role::BusCrew => "bus_crew",
            Role::Editor => "editor",
            Role::Teacher => "teacher",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// The signed-in person of a request.
#[derive(Debug, Clone)]
pub struct Principal {
    pub account_id: i64,
    pub municipality_id: i64,
    pub email: String,
    pub name: String,
    pub roles: Vec<Role>,
    /// Organisations the person is a member of.
    pub organisations: Vec<i64>,
    /// SHA-256 of the session token, to bind form tokens to the session.
    pub session_hash: String,
}

impl Principal {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// Administrators may do everything a moderator may.
    pub fn moderates(&self) -> bool {
        self.has(Role::Administrator) || self.has(Role::Moderator)
    }

    /// Editors and administrators write pages.
    pub fn edits_pages(&self) -> bool {
        self.has(Role::Administrator) || self.has(Role::Editor)
    }

    /// Teachers and administrators (which school's classes: checked per class).
    pub fn teaches(&self) -> bool {
        self.has(Role::Administrator) || self.has(Role::Teacher)
    }

    pub fn is_admin(&self) -> bool {
        self.has(Role::Administrator)
    }

    /// May edit this organisation and its offers: its members, and administrators.
    pub fn may_edit_organisation(&self, organisation_id: i64) -> bool {
        self.is_admin() || self.organisations.contains(&organisation_id)
    }

    /// Has any staff role or membership at all (the staff area shows something).
    pub fn is_staff(&self) -> bool {
        !self.roles.is_empty() || !self.organisations.is_empty()
    }
}

/// A fresh random token (64 hex characters) and the hash the database keeps.
pub fn new_token() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = hex(&bytes);
    let hash = token_hash(&token);
    (token, hash)
}

/// What the database keeps of a token.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// Shortest password we accept; long passphrases are better than clever ones.
pub const MIN_PASSWORD_CHARS: usize = 10;
pub const MAX_PASSWORD_CHARS: usize = 200;

/// Hashes a password with argon2id and a random salt (PHC string).
pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt)?;
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

pub fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|hash| {
        Argon2::default()
            .verify_password(password.as_bytes(), &hash)
            .is_ok()
    })
}

/// A hash to verify against when the account does not exist, so that a wrong e-mail
/// takes as long as a wrong password.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash_password("no such account, no such password").unwrap_or_default())
}

/// E-mail addresses are compared lower-cased and trimmed.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Roughly an e-mail address: something@host.tld, no spaces, not absurdly long.
pub fn plausible_email(email: &str) -> bool {
    email.len() <= 254
        && !email.contains(char::is_whitespace)
        && email.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty()
                && host.contains('.')
                && !host.starts_with('.')
                && !host.ends_with('.')
                && !host.contains('@')
        })
}

/// An invitation's fresh one-time link and the two mails it may send (subject, body).
pub struct InvitationText {
    /// The token's hash, for the database.
    pub token_hash: String,
    pub link: String,
    /// To a person who has no password yet: the link to choose one.
    pub invite_mail: (String, String),
    /// To a person who signs in already: the new roles and where to sign in.
    pub roles_mail: (String, String),
}

/// The link and mail texts of an invitation (`sammen invite` and the administrators'
/// page). `what`: the roles (and membership) in words, e.g. "administrator, moderator".
pub fn invitation_text(
    lang: crate::i18n::Lang,
    base_url: &str,
    municipality: &str,
    what: &str,
) -> InvitationText {
    let (token, token_hash) = new_token();
    let link = format!("{base_url}/konto/invitation/{token}");
    let args = |link: &str| {
        [
            ("roles", what.to_owned().into()),
            ("link", link.to_owned().into()),
            ("municipality", municipality.to_owned().into()),
        ]
    };
    InvitationText {
        invite_mail: (
            lang.t_with(
                "mail-invite-subject",
                &[("municipality", municipality.to_owned().into())],
            ),
            lang.t_with("mail-invite-body", &args(&link)),
        ),
        roles_mail: (
            lang.t("mail-role-subject"),
            lang.t_with("mail-role-body", &args(&format!("{base_url}/login"))),
        ),
        token_hash,
        link,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_against_its_hash_and_nothing_else() {
        let hash = hash_password("korrekt hest batteri").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("korrekt hest batteri", &hash));
        assert!(!verify_password("korrekt hest batterj", &hash));
        assert!(!verify_password("x", "not a hash"));
    }

    #[test]
    fn tokens_are_random_and_only_their_hash_is_kept() {
        let (a, hash_a) = new_token();
        let (b, _) = new_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(token_hash(&a), hash_a);
        assert_ne!(a, hash_a);
    }

    #[test]
    fn emails_are_checked_roughly() {
        assert!(plausible_email("ane@example.org"));
        assert!(!plausible_email("ane@example"));
        assert!(!plausible_email("ane @example.org"));
        assert!(!plausible_email("@example.org"));
        assert_eq!(normalise_email(" Ane@Example.ORG "), "ane@example.org");
    }

    #[test]
    fn administrators_moderate_and_edit_every_organisation() {
        let p = Principal {
            account_id: 1,
            municipality_id: 1,
            email: String::new(),
            name: String::new(),
            roles: vec![Role::Administrator],
            organisations: vec![],
            session_hash: String::new(),
        };
        assert!(p.moderates() && p.may_edit_organisation(7));
        let member = Principal {
            roles: vec![],
            organisations: vec![3],
            ..p
        };
        assert!(!member.moderates());
        assert!(member.may_edit_organisation(3) && !member.may_edit_organisation(4));
    }
}
