//! The server's signing key: it signs the form tokens every form carries (see
//! [`crate::web::forms`]), derives the secret behind a private link from a form's nonce,
//! and signs the bell's unsubscribe links. It lives in a file (`SAMMEN_SECRET_KEY_FILE`),
//! never in the database: a backup or dump of the database alone cannot rebuild a private
//! link or forge a form. A leaf module: the web layer and background loops both use it,
//! and it uses neither.

use hmac::{Hmac, KeyInit, Mac};
use rand::RngCore;
use sha2::Sha256;

use crate::accounts::hex;

/// The paths whose last part is a secret (a private link): the request log shows them
/// without it, and the outbox keeps a sent mail only with its links masked.
pub const SECRET_PATHS: [&str; 12] = [
    "/foreningsdag/kort/",
    "/henvendelse/",
    "/fortaelling/",
    "/koersel/",
    "/bussen/klokke/",
    "/tilmelding/",
    "/bekraeft/",
    "/konto/bekraeft/",
    "/konto/nulstil/",
    "/konto/invitation/",
    "/unge/stoet/",
    // The identity provider's answer carries the sign-in's code and state in its query.
    "/login/oidc/callback",
];

/// What a masked secret reads as.
pub const MASK: &str = "[skjult]";

/// `text` with the secret of every private link replaced by [`MASK`]: what an
/// administrator may see of a mail, and all the database keeps once it was sent.
pub fn mask_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((at, prefix)) = SECRET_PATHS
        .iter()
        .filter_map(|p| rest.find(p).map(|at| (at, *p)))
        .min_by_key(|(at, p)| (*at, std::cmp::Reverse(p.len())))
    {
        let start = at + prefix.len();
        out.push_str(&rest[..start]);
        let secret_len = rest[start..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.'))
            .unwrap_or(rest.len() - start);
        if secret_len > 0 {
            out.push_str(MASK);
        }
        rest = &rest[start + secret_len..];
    }
    out.push_str(rest);
    out
}

/// A form may be sent up to this long after it was shown.
const TOKEN_SECONDS: i64 = 24 * 3600;

/// The key that signs form tokens.
#[derive(Clone)]
pub struct FormKey(Vec<u8>);

impl FormKey {
    pub fn new(secret: &str) -> Self {
        FormKey(secret.as_bytes().to_vec())
    }

    /// A fresh random secret, for the first start.
    pub fn generate() -> String {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        hex(&bytes)
    }

    fn mac(&self, nonce: &str, issued: i64, session: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(format!("{nonce}.{issued}.{session}").as_bytes());
        hex(&mac.finalize().into_bytes())
    }

    /// A secret derived from a form's nonce: the same form always gives the same value,
    /// so a second submission finds the first one's private link without it being stored.
    pub fn derive(&self, purpose: &str, nonce: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(format!("derive.{purpose}.{nonce}").as_bytes());
        hex(&mac.finalize().into_bytes())
    }

    /// A token for a form shown now to this session.
    pub fn issue(&self, session: Option<&str>, now: i64) -> String {
        let mut bytes = [0u8; 16];
        rand::rng().fill_bytes(&mut bytes);
        let nonce = hex(&bytes);
        let issued = now;
        let mac = self.mac(&nonce, issued, session.unwrap_or("-"));
        format!("{nonce}.{issued}.{mac}")
    }

    /// Checks a token: returns its nonce and age in seconds.
    pub fn verify(&self, token: &str, session: Option<&str>, now: i64) -> Option<(String, i64)> {
        let mut parts = token.split('.');
        let (nonce, issued, mac) = (parts.next()?, parts.next()?, parts.next()?);
        let issued: i64 = issued.parse().ok()?;
        let expected = self.mac(nonce, issued, session.unwrap_or("-"));
        let same = expected.len() == mac.len()
            && expected
                .bytes()
                .zip(mac.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0;
        let age = now - issued;
        (same && (0..=TOKEN_SECONDS).contains(&age) && parts.next().is_none())
            .then(|| (nonce.to_owned(), age))
    }
}

/// Shortest key a file may hold (hex or any text; 32 characters or more).
const MIN_KEY_CHARS: usize = 32;

/// Why the key file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyFileError {
    #[error(
        "SAMMEN_SECRET_KEY_FILE: {0} does not exist; with PostgreSQL every server must read the \
         same key file: make one with `head -c 32 /dev/urandom | xxd -p -c 64 > FILE; chmod 600 FILE`"
    )]
    Missing(String),
    #[error("SAMMEN_SECRET_KEY_FILE: {path} holds fewer than {MIN_KEY_CHARS} characters")]
    Short { path: String },
    #[error("SAMMEN_SECRET_KEY_FILE: {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// How the key was found, for `check-config` and the start-up log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySource {
    /// Read from the file.
    File,
    /// The file was made now (a SQLite install's first start), with `carried` telling
    /// whether the key came from an older database (so its links keep working).
    Created { carried: bool },
}

/// Reads the key file. When it is missing and `may_create` (SQLite, one machine), makes it
/// readable by its owner only: from `carry` (the key an older version kept in the
/// database) or fresh random bytes.
pub fn load_key(
    path: &std::path::Path,
    may_create: bool,
    carry: Option<String>,
) -> Result<(FormKey, KeySource), KeyFileError> {
    let shown = path.display().to_string();
    let io = |source| KeyFileError::Io {
        path: shown.clone(),
        source,
    };
    match std::fs::read_to_string(path) {
        Ok(text) => {
            warn_if_readable_by_others(path);
            let key = text.trim();
            if key.chars().count() < MIN_KEY_CHARS {
                return Err(KeyFileError::Short { path: shown });
            }
            Ok((FormKey::new(key), KeySource::File))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && may_create => {
            let carried = carry.is_some();
            let key = carry.unwrap_or_else(FormKey::generate);
            write_private(path, &key).map_err(io)?;
            Ok((FormKey::new(&key), KeySource::Created { carried }))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(KeyFileError::Missing(shown)),
        Err(e) => Err(io(e)),
    }
}

/// Creates the file with mode 0600 (never overwrites one: two first starts at once keep
/// the first file, and the second reads it).
fn write_private(path: &std::path::Path, key: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(mut file) => file.write_all(format!("{key}\n").as_bytes()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

fn warn_if_readable_by_others(path: &std::path::Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path)
            && meta.permissions().mode() & 0o077 != 0
        {
            tracing::warn!(
                path = %path.display(),
                "the secret key file can be read by others than its owner; chmod 600 it"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::FormKey;

    #[test]
    fn private_links_are_masked_and_other_text_is_kept() {
        let body = "Se den her: https://x.dk/tilmelding/abc123?ny=1\nog https://x.dk/en/konto/nulstil/Zz9-_.q.\n/kalender/1 bliver";
        assert_eq!(
            super::mask_links(body),
            "Se den her: https://x.dk/tilmelding/[skjult]?ny=1\nog https://x.dk/en/konto/nulstil/[skjult]\n/kalender/1 bliver"
        );
        assert_eq!(
            super::mask_links("/konto/bekraeft/abc"),
            "/konto/bekraeft/[skjult]"
        );
        assert_eq!(super::mask_links("no links"), "no links");
        assert_eq!(super::mask_links("/tilmelding/"), "/tilmelding/");
    }

    #[test]
    fn a_key_file_is_made_once_for_its_owner_only_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sammen.key");
        assert!(matches!(
            super::load_key(&path, false, None),
            Err(super::KeyFileError::Missing(_))
        ));
        let (made, source) = super::load_key(&path, true, Some("a".repeat(64))).unwrap();
        assert_eq!(source, super::KeySource::Created { carried: true });
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let (read, source) = super::load_key(&path, true, None).unwrap();
        assert_eq!(source, super::KeySource::File);
        assert_eq!(made.derive("x", "n"), read.derive("x", "n"));
        assert_eq!(
            read.derive("x", "n"),
            FormKey::new(&"a".repeat(64)).derive("x", "n")
        );
        std::fs::write(&path, "short\n").unwrap();
        assert!(matches!(
            super::load_key(&path, true, None),
            Err(super::KeyFileError::Short { .. })
        ));
    }

    #[test]
    fn a_token_verifies_only_for_its_session_and_while_fresh() {
        let key = FormKey::new("secret");
        // A fixed moment: the token's age is measured from the time it was issued with.
        let now = 1_796_000_000;
        let token = key.issue(Some("session-a"), now);
        let (nonce, age) = key.verify(&token, Some("session-a"), now).unwrap();
        assert_eq!(nonce.len(), 32);
        assert!(age <= 1);
        assert!(key.verify(&token, Some("session-b"), now).is_none());
        assert!(key.verify(&token, None, now).is_none());
        assert!(
            key.verify(&token, Some("session-a"), now + 25 * 3600)
                .is_none()
        );
        assert!(
            FormKey::new("other")
                .verify(&token, Some("session-a"), now)
                .is_none()
        );
        assert!(key.verify("garbage", None, now).is_none());
        let anonymous = key.issue(None, 1_796_000_000);
        assert!(key.verify(&anonymous, None, now).is_some());
    }
}
