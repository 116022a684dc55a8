//! The server's signing key (kept in the database, shared by every server): it signs the
//! form tokens every form carries (see [`crate::web::forms`]), derives the secret behind a
//! private link from a form's nonce, and signs the bell's unsubscribe links. A leaf module:
//! the web layer and background loops both use it, and it uses neither.

use hmac::{Hmac, KeyInit, Mac};
use rand::RngCore;
use sha2::Sha256;

use crate::accounts::hex;

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

#[cfg(test)]
mod tests {
    use super::FormKey;

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
