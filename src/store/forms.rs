//! Used form tokens (one submission per form) and the server-wide secret that signs them.

use sqlx::Row;

use super::{Result, Store, StoreError};
use crate::store::municipality::unique_violation;

/// What claiming a form's nonce found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormClaim {
    /// First time: go on and do the work, then [`Store::finish_form`].
    Fresh,
    /// Submitted before; the first submission led here (empty while it is still running).
    Seen(String),
}

impl Store {
    /// The named secret, made by `make` on first use. Every server gets the same value:
    /// the first insert wins and the others read it.
    pub async fn secret(&self, name: &str, make: impl FnOnce() -> String) -> Result<String> {
        if let Some(value) = self.read_secret(name).await? {
            return Ok(value);
        }
        let inserted = sqlx::query("INSERT INTO app_secret (name, value) VALUES ($1, $2)")
            .bind(name)
            .bind(make())
            .execute(self.pool())
            .await
            .map_err(|e| unique_violation(e, || name.to_owned()));
        match inserted {
            Ok(_) | Err(StoreError::Conflict(_)) => {}
            Err(e) => return Err(e),
        }
        self.read_secret(name).await?.ok_or(StoreError::NotFound)
    }

    /// The signing key an older version kept in the database, if it is still there.
    pub async fn legacy_secret(&self, name: &str) -> Result<Option<String>> {
        self.read_secret(name).await
    }

    /// Forgets a secret the database should no longer hold (the signing key moved to a
    /// file): a backup made from now on cannot rebuild private links.
    pub async fn forget_secret(&self, name: &str) -> Result<()> {
        sqlx::query("DELETE FROM app_secret WHERE name = $1")
            .bind(name)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    async fn read_secret(&self, name: &str) -> Result<Option<String>> {
        let row = sqlx::query("SELECT value FROM app_secret WHERE name = $1")
            .bind(name)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| r.try_get("value")).transpose()?)
    }

    /// Claims a form's nonce. Exactly one of several simultaneous claims gets `Fresh`.
    /// Only the nonce's SHA-256 is kept: private links derived from a nonce
    /// ([`crate::signing::FormKey::derive`]) cannot be rebuilt from a dump, even with the key.
    pub async fn claim_form(&self, nonce: &str) -> Result<FormClaim> {
        let nonce = &crate::accounts::token_hash(nonce);
        let inserted =
            sqlx::query("INSERT INTO form_use (nonce, used_at, outcome) VALUES ($1, $2, '')")
                .bind(nonce)
                .bind(self.now())
                .execute(self.pool())
                .await
                .map_err(|e| unique_violation(e, || nonce.to_owned()));
        match inserted {
            Ok(_) => Ok(FormClaim::Fresh),
            Err(StoreError::Conflict(_)) => {
                let outcome: String =
                    sqlx::query_scalar("SELECT outcome FROM form_use WHERE nonce = $1")
                        .bind(nonce)
                        .fetch_one(self.pool())
                        .await?;
                Ok(FormClaim::Seen(outcome))
            }
            Err(e) => Err(e),
        }
    }

    /// Remembers where a form's first submission led.
    pub async fn finish_form(&self, nonce: &str, outcome: &str) -> Result<()> {
        let nonce = &crate::accounts::token_hash(nonce);
        sqlx::query("UPDATE form_use SET outcome = $1 WHERE nonce = $2")
            .bind(outcome)
            .bind(nonce)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Lets a form be sent again (its work failed before anything was written).
    pub async fn release_form(&self, nonce: &str) -> Result<()> {
        let nonce = &crate::accounts::token_hash(nonce);
        sqlx::query("DELETE FROM form_use WHERE nonce = $1")
            .bind(nonce)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
