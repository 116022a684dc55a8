//! Staff sign-in through the municipality's identity provider: its settings
//! (`municipality_oidc`, saved with an audit line), the sign-ins under way (`oidc_pending`:
//! the state's SHA-256 only, taken once within [`crate::oidc::PENDING_SECONDS`]), and the
//! sign-in itself — the account found by its verified address (or made, when a group gives
//! it a role), the provider's roles set, a session started, the audit line — in one
//! transaction.

use sqlx::Row;

use super::audit::{self, Actor};
use super::{Result, Store};
use crate::accounts::Role;
use crate::oidc::{PENDING_SECONDS, Provider, RoleMap};

/// A sign-in the provider vouched for.
#[derive(Debug, Clone, Copy)]
pub struct OidcSignIn<'a> {
    /// Verified by the provider, normalised.
    pub email: &'a str,
    pub name: &'a str,
    /// The roles the person's groups give.
    pub roles: &'a [Role],
    /// Every role the provider's map can give: these are replaced by `roles`.
    pub managed: &'a [Role],
    pub session_hash: &'a str,
    pub lifetime: i64,
}

/// What came of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OidcOutcome {
    SignedIn {
        account_id: i64,
        created: bool,
    },
    /// No account has the address and no group gives a role: nothing was written.
    NoAccount,
}

impl Store {
    /// The municipality's identity provider, if one is set (enabled or not).
    pub async fn oidc_provider(&self, municipality_id: i64) -> Result<Option<Provider>> {
        let row = sqlx::query(
            "SELECT issuer, client_id, secret_file, group_claim, scopes, label, role_map, enabled \
             FROM municipality_oidc WHERE municipality_id = $1",
        )
        .bind(municipality_id)
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let role_map: String = row.try_get("role_map")?;
        Ok(Some(Provider {
            issuer: row.try_get("issuer")?,
            client_id: row.try_get("client_id")?,
            secret_file: row.try_get("secret_file")?,
            group_claim: row.try_get("group_claim")?,
            scopes: row.try_get("scopes")?,
            label: row.try_get("label")?,
            role_map: RoleMap::from_json(&role_map),
            enabled: row.try_get::<i64, _>("enabled")? == 1,
        }))
    }

    /// Sets the municipality's identity provider, with its audit line, in one transaction.
    pub async fn save_oidc_provider(
        &self,
        municipality_id: i64,
        p: &Provider,
        by: Actor,
    ) -> Result<()> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        sqlx::query(
            "INSERT INTO municipality_oidc (municipality_id, issuer, client_id, secret_file, \
             group_claim, scopes, label, role_map, enabled, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
             ON CONFLICT (municipality_id) DO UPDATE SET issuer = excluded.issuer, \
             client_id = excluded.client_id, secret_file = excluded.secret_file, \
             group_claim = excluded.group_claim, scopes = excluded.scopes, label = excluded.label, \
             role_map = excluded.role_map, enabled = excluded.enabled, updated_at = excluded.updated_at",
        )
        .bind(municipality_id)
        .bind(&p.issuer)
        .bind(&p.client_id)
        .bind(&p.secret_file)
        .bind(&p.group_claim)
        .bind(&p.scopes)
        .bind(&p.label)
        .bind(p.role_map.to_json())
        .bind(i64::from(p.enabled))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let detail = format!(
            "{} {} enabled={} roles={}",
            p.issuer,
            p.client_id,
            p.enabled,
            p.role_map.to_json()
        );
        audit::append(
            &mut tx,
            now,
            Some(municipality_id),
            by,
            "oidc.configured",
            ("municipality", &municipality_id.to_string()),
            &detail,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Notes a sign-in under way by its state's SHA-256.
    pub async fn begin_oidc(
        &self,
        state_hash: &str,
        municipality_id: i64,
        next_path: &str,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO oidc_pending (state_hash, municipality_id, next_path, created_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(state_hash)
        .bind(municipality_id)
        .bind(next_path)
        .bind(self.now())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Takes a sign-in under way, once: its municipality and where to go next, or `None`
    /// when the state is unknown, used already or older than [`PENDING_SECONDS`].
    pub async fn take_oidc(&self, state_hash: &str) -> Result<Option<(i64, String)>> {
        let row = sqlx::query(
            "DELETE FROM oidc_pending WHERE state_hash = $1 AND created_at >= $2 \
             RETURNING municipality_id, next_path",
        )
        .bind(state_hash)
        .bind(self.now() - PENDING_SECONDS)
        .fetch_optional(self.pool())
        .await?;
        match row {
            Some(row) => Ok(Some((row.try_get(0)?, row.try_get(1)?))),
            None => Ok(None),
        }
    }

    /// Signs a person in on the provider's word, in one transaction: finds the account by
    /// its address in the municipality — or makes one (no password, the address proven)
    /// when the groups give a role —, proves an address registered but never confirmed
    /// (and drops the password whoever registered it chose, since the provider has shown
    /// the address is this person's), replaces the managed roles with `roles`, starts the
    /// session and writes the audit line.
    pub async fn oidc_sign_in(
        &self,
        municipality_id: i64,
        s: &OidcSignIn<'_>,
    ) -> Result<OidcOutcome> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let found: Option<i64> =
            sqlx::query_scalar("SELECT id FROM account WHERE municipality_id = $1 AND email = $2")
                .bind(municipality_id)
                .bind(s.email)
                .fetch_optional(&mut *tx)
                .await?;
        let (account_id, created) = match found {
            Some(id) => (id, false),
            None if s.roles.is_empty() => return Ok(OidcOutcome::NoAccount),
            None => {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO account (municipality_id, email, name, password_hash, \
                     email_confirmed_at, created_at) VALUES ($1, $2, $3, NULL, $4, $4) RETURNING id",
                )
                .bind(municipality_id)
                .bind(s.email)
                .bind(s.name)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                (id, true)
            }
        };
        sqlx::query(
            "UPDATE account SET password_hash = NULL WHERE id = $1 \
             AND password_hash IS NOT NULL AND email_confirmed_at IS NULL",
        )
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE account SET email_confirmed_at = $1 WHERE id = $2 AND email_confirmed_at IS NULL",
        )
        .bind(now)
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
        for role in s.managed {
            if s.roles.contains(role) {
                super::accounts::grant(&mut tx, account_id, *role).await?;
            } else {
                sqlx::query("DELETE FROM account_role WHERE account_id = $1 AND role = $2")
                    .bind(account_id)
                    .bind(role.code())
                    .execute(&mut *tx)
                    .await?;
            }
        }
        super::accounts::insert_session(&mut tx, now, s.session_hash, account_id, s.lifetime)
            .await?;
        let roles: Vec<&str> = s.roles.iter().map(|r| r.code()).collect();
        let detail = format!(
            "oidc{} roles: {}",
            if created { ", account created" } else { "" },
            roles.join(", ")
        );
        audit::append(
            &mut tx,
            now,
            Some(municipality_id),
            Actor::Account(account_id),
            "account.login",
            ("account", &account_id.to_string()),
            &detail,
        )
        .await?;
        tx.commit().await?;
        Ok(OidcOutcome::SignedIn {
            account_id,
            created,
        })
    }
}
