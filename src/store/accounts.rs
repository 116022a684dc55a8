//! Accounts, roles, organisation memberships, sessions, mailed one-time links and failed
//! sign-ins. Tokens arrive here already hashed ([`crate::accounts::token_hash`]).

use sqlx::{AnyConnection, Row};

use super::audit::{self, Actor};
use super::outbox::{self, NewMail};
use super::{Result, Store, StoreError};
use crate::accounts::{Principal, Role};
use crate::store::municipality::unique_violation;

/// Days a registered account may wait for its address to be confirmed before it goes.
pub const UNCONFIRMED_DAYS: i64 = 7;

#[derive(Debug, Clone)]
pub struct Account {
    pub id: i64,
    pub municipality_id: i64,
    pub email: String,
    pub name: String,
    pub password_hash: Option<String>,
    pub email_confirmed: bool,
    pub created_at: i64,
}

impl Account {
    /// Registered by someone with a password, but the address was never proven: whoever
    /// typed it in may not own it, so the account gets no roles (see [`grant`]) and an
    /// invitation starts it afresh.
    pub fn unproven(&self) -> bool {
        self.password_hash.is_some() && !self.email_confirmed
    }
}

/// One line in the administrators' list of accounts.
#[derive(Debug, Clone)]
pub struct AccountSummary {
    pub account: Account,
    pub roles: Vec<Role>,
    pub organisations: Vec<(i64, String)>,
}

/// What a one-time link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    ConfirmEmail,
    ResetPassword,
    Invite,
    ConfirmOffer,
}

impl Purpose {
    fn code(self) -> &'static str {
        match self {
            Purpose::ConfirmEmail => "confirm_email",
            Purpose::ResetPassword => "reset_password",
            Purpose::Invite => "invite",
            Purpose::ConfirmOffer => "confirm_offer",
        }
    }
}

/// A one-time link found by its hash.
#[derive(Debug, Clone)]
pub struct ActionToken {
    pub account_id: Option<i64>,
    pub subject_id: Option<i64>,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

const ACCOUNT_COLUMNS: &str =
    "id, municipality_id, email, name, password_hash, email_confirmed_at, created_at";

fn account_from_row(row: &sqlx::any::AnyRow) -> Result<Account> {
    Ok(Account {
        id: row.try_get("id")?,
        municipality_id: row.try_get("municipality_id")?,
        email: row.try_get("email")?,
        name: row.try_get("name")?,
        password_hash: row.try_get("password_hash")?,
        email_confirmed: row
            .try_get::<Option<i64>, _>("email_confirmed_at")?
            .is_some(),
        created_at: row.try_get("created_at")?,
    })
}

/// An invitation to run things: the person, what they get, who invites, and the two
/// mails it may cause (subject, body).
pub struct Invitation<'a> {
    pub email: &'a str,
    /// Kept only when the account is new.
    pub name: &'a str,
    pub roles: &'a [Role],
    pub organisation_id: Option<i64>,
    pub by: Actor,
    /// The audit line's detail.
    pub detail: &'a str,
    /// The one-time link's hash; its token is in `invite_mail`.
    pub token_hash: &'a str,
    pub lifetime: i64,
    /// To a person who has no password yet: the link to choose one.
    pub invite_mail: (String, String),
    /// To a person who signs in already: the new roles.
    pub roles_mail: (String, String),
}

/// What an invitation did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invited {
    pub account_id: i64,
    /// A one-time link was made and mailed (the person has no password yet).
    pub link: bool,
}

impl Store {
    /// Invites a person: makes or finds the account, grants the roles and the membership,
    /// makes the one-time link (unless the person signs in already), queues the mail and
    /// writes the audit line — one transaction. `sammen invite` and the administrators'
    /// page both come here.
    pub async fn invite(&self, municipality_id: i64, inv: &Invitation<'_>) -> Result<Invited> {
        let mut tx = self.pool().begin().await?;
        let now = self.now();
        // A write first (SQLite starts the transaction as a writer); an existing account
        // stays as it is.
        sqlx::query(
            "INSERT INTO account (municipality_id, email, name, password_hash, email_confirmed_at, created_at) \
             VALUES ($1, $2, $3, NULL, NULL, $4) ON CONFLICT (municipality_id, email) DO NOTHING",
        )
        .bind(municipality_id)
        .bind(inv.email)
        .bind(inv.name)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let row = sqlx::query(
            "SELECT id, password_hash FROM account WHERE municipality_id = $1 AND email = $2",
        )
        .bind(municipality_id)
        .bind(inv.email)
        .fetch_one(&mut *tx)
        .await?;
        let account_id: i64 = row.try_get("id")?;
        let mut link = row.try_get::<Option<String>, _>("password_hash")?.is_none();
        // Someone registered this address with their own password and never proved it:
        // the account starts afresh — no password, no sessions, no pending links — and
        // the invited person chooses the password through the invitation.
        if refuse_unproven(&mut tx, account_id).await.is_err() {
            sqlx::query("UPDATE account SET password_hash = NULL, name = $1 WHERE id = $2")
                .bind(inv.name)
                .bind(account_id)
                .execute(&mut *tx)
                .await?;
            end_sessions(&mut tx, account_id).await?;
            sqlx::query("DELETE FROM action_token WHERE account_id = $1")
                .bind(account_id)
                .execute(&mut *tx)
                .await?;
            link = true;
        }
        for role in inv.roles {
            grant(&mut tx, account_id, *role).await?;
        }
        if let Some(organisation) = inv.organisation_id {
            sqlx::query(
                "INSERT INTO membership (account_id, organisation_id) VALUES ($1, $2) \
                 ON CONFLICT (account_id, organisation_id) DO NOTHING",
            )
            .bind(account_id)
            .bind(organisation)
            .execute(&mut *tx)
            .await?;
        }
        let (subject, body) = if link {
            insert_action_token(
                &mut tx,
                self.now(),
                inv.token_hash,
                Purpose::Invite,
                Some(account_id),
                None,
                inv.lifetime,
            )
            .await?;
            inv.invite_mail.clone()
        } else {
            inv.roles_mail.clone()
        };
        outbox::queue(
            &mut tx,
            self.now(),
            &NewMail {
                municipality_id: Some(municipality_id),
                to: inv.email.to_owned(),
                subject,
                body,
                unique_key: None,
            },
        )
        .await?;
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            inv.by,
            "account.invited",
            ("account", &account_id.to_string()),
            inv.detail,
        )
        .await?;
        tx.commit().await?;
        Ok(Invited { account_id, link })
    }

    /// Creates an account. `password_hash` is `None` for an invitation not yet accepted.
    pub async fn create_account(
        &self,
        municipality_id: i64,
        email: &str,
        name: &str,
        password_hash: Option<&str>,
        confirmed: bool,
    ) -> Result<i64> {
        let now = self.now();
        sqlx::query_scalar(
            "INSERT INTO account (municipality_id, email, name, password_hash, email_confirmed_at, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(municipality_id)
        .bind(email)
        .bind(name)
        .bind(password_hash)
        .bind(confirmed.then_some(now))
        .bind(now)
        .fetch_one(self.pool())
        .await
        .map_err(|e| unique_violation(e, || format!("account {email}")))
    }

    pub async fn account_by_email(&self, municipality_id: i64, email: &str) -> Result<Account> {
        let sql = format!(
            "SELECT {ACCOUNT_COLUMNS} FROM account WHERE municipality_id = $1 AND email = $2"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .bind(email)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound)?;
        account_from_row(&row)
    }

    pub async fn account(&self, municipality_id: i64, id: i64) -> Result<Account> {
        let sql =
            format!("SELECT {ACCOUNT_COLUMNS} FROM account WHERE municipality_id = $1 AND id = $2");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound)?;
        account_from_row(&row)
    }

    pub async fn set_password(&self, account_id: i64, password_hash: &str) -> Result<()> {
        sqlx::query("UPDATE account SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(account_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn set_account_name(&self, account_id: i64, name: &str) -> Result<()> {
        sqlx::query("UPDATE account SET name = $1 WHERE id = $2")
            .bind(name)
            .bind(account_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn confirm_email(&self, account_id: i64) -> Result<()> {
        sqlx::query("UPDATE account SET email_confirmed_at = COALESCE(email_confirmed_at, $1) WHERE id = $2")
            .bind(self.now())
            .bind(account_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Deletes an account with its roles, memberships, sessions and links, and writes the
    /// audit line, in one transaction. The audit log keeps the bare account id of what it
    /// did.
    pub async fn delete_account(
        &self,
        municipality_id: i64,
        account_id: i64,
        by: Actor,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("DELETE FROM account WHERE id = $1")
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            by,
            "account.deleted",
            ("account", &account_id.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// An administrator sets an account's roles (exactly `roles`) and its memberships
    /// among `organisations` (exactly `members_of`), with the audit line, in one
    /// transaction.
    pub async fn set_access(
        &self,
        municipality_id: i64,
        account_id: i64,
        roles: &[Role],
        organisations: &[i64],
        members_of: &[i64],
        by: Actor,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        for role in Role::ALL {
            if roles.contains(&role) {
                grant(&mut tx, account_id, role).await?;
            } else {
                sqlx::query("DELETE FROM account_role WHERE account_id = $1 AND role = $2")
                    .bind(account_id)
                    .bind(role.code())
                    .execute(&mut *tx)
                    .await?;
            }
        }
        for organisation in organisations {
            let sql = if members_of.contains(organisation) {
                "INSERT INTO membership (account_id, organisation_id) VALUES ($1, $2) \
                 ON CONFLICT (account_id, organisation_id) DO NOTHING"
            } else {
                "DELETE FROM membership WHERE account_id = $1 AND organisation_id = $2"
            };
            sqlx::query(sql)
                .bind(account_id)
                .bind(organisation)
                .execute(&mut *tx)
                .await?;
        }
        let detail = roles
            .iter()
            .map(|r| r.code().to_owned())
            .chain(members_of.iter().map(|o| format!("organisation {o}")))
            .collect::<Vec<_>>()
            .join(", ");
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            by,
            "account.roles_changed",
            ("account", &account_id.to_string()),
            &detail,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn grant_role(&self, account_id: i64, role: Role) -> Result<()> {
        let mut conn = self.pool().acquire().await?;
        grant(&mut conn, account_id, role).await
    }

    pub async fn revoke_role(&self, account_id: i64, role: Role) -> Result<()> {
        sqlx::query("DELETE FROM account_role WHERE account_id = $1 AND role = $2")
            .bind(account_id)
            .bind(role.code())
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn add_membership(&self, account_id: i64, organisation_id: i64) -> Result<()> {
        let exists: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM membership WHERE account_id = $1 AND organisation_id = $2",
        )
        .bind(account_id)
        .bind(organisation_id)
        .fetch_one(self.pool())
        .await?;
        if exists == 0 {
            sqlx::query("INSERT INTO membership (account_id, organisation_id) VALUES ($1, $2)")
                .bind(account_id)
                .bind(organisation_id)
                .execute(self.pool())
                .await?;
        }
        Ok(())
    }

    pub async fn remove_membership(&self, account_id: i64, organisation_id: i64) -> Result<()> {
        sqlx::query("DELETE FROM membership WHERE account_id = $1 AND organisation_id = $2")
            .bind(account_id)
            .bind(organisation_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn roles_of(&self, account_id: i64) -> Result<Vec<Role>> {
        let codes: Vec<String> =
            sqlx::query_scalar("SELECT role FROM account_role WHERE account_id = $1 ORDER BY role")
                .bind(account_id)
                .fetch_all(self.pool())
                .await?;
        Ok(codes.iter().filter_map(|c| Role::from_code(c)).collect())
    }

    /// The organisations an account is a member of: (id, name).
    pub async fn memberships_of(&self, account_id: i64) -> Result<Vec<(i64, String)>> {
        let rows = sqlx::query(
            "SELECT o.id, o.name FROM membership m JOIN organisation o ON o.id = m.organisation_id \
             WHERE m.account_id = $1 ORDER BY o.name",
        )
        .bind(account_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("id")?, r.try_get("name")?)))
            .collect()
    }

    /// Members' e-mail addresses of an organisation, for mail about its offers.
    pub async fn member_emails(&self, organisation_id: i64) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT a.email FROM membership m JOIN account a ON a.id = m.account_id \
             WHERE m.organisation_id = $1 AND a.password_hash IS NOT NULL ORDER BY a.email",
        )
        .bind(organisation_id)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn accounts(&self, municipality_id: i64) -> Result<Vec<AccountSummary>> {
        let sql = format!(
            "SELECT {ACCOUNT_COLUMNS} FROM account WHERE municipality_id = $1 ORDER BY email"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .fetch_all(self.pool())
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            let account = account_from_row(row)?;
            out.push(AccountSummary {
                roles: self.roles_of(account.id).await?,
                organisations: self.memberships_of(account.id).await?,
                account,
            });
        }
        Ok(out)
    }

    // --- Sessions ---

    pub async fn create_session(
        &self,
        token_hash: &str,
        account_id: i64,
        lifetime: i64,
    ) -> Result<()> {
        let now = self.now();
        sqlx::query("INSERT INTO session (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(token_hash)
            .bind(account_id)
            .bind(now)
            .bind(now + lifetime)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// The person behind a session, if the session exists and has not expired.
    pub async fn principal(&self, token_hash: &str) -> Result<Option<Principal>> {
        let row = sqlx::query(
            "SELECT a.id, a.municipality_id, a.email, a.name FROM session s JOIN account a ON a.id = s.account_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2",
        )
        .bind(token_hash)
        .bind(self.now())
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let account_id: i64 = row.try_get("id")?;
        Ok(Some(Principal {
            account_id,
            municipality_id: row.try_get("municipality_id")?,
            email: row.try_get("email")?,
            name: row.try_get("name")?,
            roles: self.roles_of(account_id).await?,
            organisations: self
                .memberships_of(account_id)
                .await?
                .into_iter()
                .map(|(id, _)| id)
                .collect(),
            session_hash: token_hash.to_owned(),
        }))
    }

    pub async fn end_session(&self, token_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM session WHERE token_hash = $1")
            .bind(token_hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// "Log out everywhere", and what a password change or reset does.
    pub async fn end_all_sessions(&self, account_id: i64) -> Result<u64> {
        Ok(sqlx::query("DELETE FROM session WHERE account_id = $1")
            .bind(account_id)
            .execute(self.pool())
            .await?
            .rows_affected())
    }

    pub async fn session_count(&self, account_id: i64) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM session WHERE account_id = $1 AND expires_at > $2",
        )
        .bind(account_id)
        .bind(self.now())
        .fetch_one(self.pool())
        .await?)
    }

    // --- One-time links ---

    pub async fn create_action_token(
        &self,
        token_hash: &str,
        purpose: Purpose,
        account_id: Option<i64>,
        subject_id: Option<i64>,
        lifetime: i64,
    ) -> Result<()> {
        let mut conn = self.pool().acquire().await?;
        insert_action_token(
            &mut conn,
            self.now(),
            token_hash,
            purpose,
            account_id,
            subject_id,
            lifetime,
        )
        .await
    }

    /// Looks a link up without using it.
    pub async fn action_token(&self, token_hash: &str, purpose: Purpose) -> Result<ActionToken> {
        let row = sqlx::query(
            "SELECT account_id, subject_id, expires_at, used_at FROM action_token WHERE token_hash = $1 AND purpose = $2",
        )
        .bind(token_hash)
        .bind(purpose.code())
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(ActionToken {
            account_id: row.try_get("account_id")?,
            subject_id: row.try_get("subject_id")?,
            expires_at: row.try_get("expires_at")?,
            used_at: row.try_get("used_at")?,
        })
    }

    /// Uses a link once: true for the one caller that marked it used while it was valid.
    pub async fn use_action_token(&self, token_hash: &str, purpose: Purpose) -> Result<bool> {
        let now = self.now();
        let done = sqlx::query(
            "UPDATE action_token SET used_at = $1 WHERE token_hash = $2 AND purpose = $3 \
             AND used_at IS NULL AND expires_at > $1",
        )
        .bind(now)
        .bind(token_hash)
        .bind(purpose.code())
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Housekeeping: expired sessions and links, abuse-limit counts older than two days
    /// (no window is longer than one), used form nonces older than two days (a form token
    /// lives 24 hours, so a nonce is kept while its form could still be sent again), and
    /// accounts registered but never confirmed within [`UNCONFIRMED_DAYS`] (an address
    /// someone else typed in must not stay taken).
    pub async fn prune_auth(&self, now: i64) -> Result<u64> {
        let mut n = 0;
        for (sql, before) in [
            ("DELETE FROM session WHERE expires_at < $1", now),
            ("DELETE FROM action_token WHERE expires_at < $1", now),
            ("DELETE FROM limit_hit WHERE at < $1", now - 2 * 86_400),
            ("DELETE FROM form_use WHERE used_at < $1", now - 2 * 86_400),
            (
                "DELETE FROM oidc_pending WHERE created_at < $1",
                now - crate::oidc::PENDING_SECONDS,
            ),
            (
                "DELETE FROM account WHERE email_confirmed_at IS NULL \
                 AND password_hash IS NOT NULL AND created_at < $1",
                now - UNCONFIRMED_DAYS * 86_400,
            ),
        ] {
            n += sqlx::query(sql)
                .bind(before)
                .execute(self.pool())
                .await?
                .rows_affected();
        }
        Ok(n)
    }
}

/// Gives an account a role it may already have, inside the caller's transaction. An
/// account whose address is unproven ([`Account::unproven`]) gets none: it may belong to
/// someone who registered a staff member's address before them.
pub async fn grant(conn: &mut AnyConnection, account_id: i64, role: Role) -> Result<()> {
    refuse_unproven(conn, account_id).await?;
    sqlx::query(
        "INSERT INTO account_role (account_id, role) VALUES ($1, $2) ON CONFLICT (account_id, role) DO NOTHING",
    )
    .bind(account_id)
    .bind(role.code())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// [`StoreError::Unproven`] for an account registered with a password whose address was
/// never confirmed.
pub async fn refuse_unproven(conn: &mut AnyConnection, account_id: i64) -> Result<()> {
    let unproven: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM account WHERE id = $1 AND password_hash IS NOT NULL \
         AND email_confirmed_at IS NULL",
    )
    .bind(account_id)
    .fetch_optional(&mut *conn)
    .await?;
    match unproven {
        Some(_) => Err(StoreError::Unproven),
        None => Ok(()),
    }
}

async fn insert_action_token(
    conn: &mut AnyConnection,
    now: i64,
    token_hash: &str,
    purpose: Purpose,
    account_id: Option<i64>,
    subject_id: Option<i64>,
    lifetime: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO action_token (token_hash, purpose, account_id, subject_id, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(token_hash)
    .bind(purpose.code())
    .bind(account_id)
    .bind(subject_id)
    .bind(now)
    .bind(now + lifetime)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A step in a person's own account, written with its audit line in one transaction.
/// Hashes only: the tokens themselves never reach the store.
#[derive(Debug, Clone, Copy)]
pub enum AccountStep<'a> {
    SignIn {
        session_hash: &'a str,
        lifetime: i64,
    },
    SignOut {
        session_hash: &'a str,
    },
    SignOutEverywhere,
    /// Other sessions end; this one (`session_hash`) goes on.
    ChangePassword {
        password_hash: &'a str,
        session_hash: &'a str,
        lifetime: i64,
    },
    ConfirmEmail {
        link_hash: &'a str,
    },
    /// Every session ends; the mailed link proves the address.
    ResetPassword {
        link_hash: &'a str,
        password_hash: &'a str,
    },
    /// Name and password chosen, the address proven, and a first session.
    AcceptInvitation {
        link_hash: &'a str,
        name: &'a str,
        password_hash: &'a str,
        session_hash: &'a str,
        lifetime: i64,
    },
}

impl Store {
    /// Takes a step in an account with its audit line. `false` (and nothing written) when
    /// the step's one-time link was used or has expired meanwhile.
    pub async fn account_step(
        &self,
        municipality_id: i64,
        account_id: i64,
        step: AccountStep<'_>,
    ) -> Result<bool> {
        let mut tx = self.pool().begin().await?;
        let mut detail = String::new();
        let link = match step {
            AccountStep::ConfirmEmail { link_hash } => Some((link_hash, Purpose::ConfirmEmail)),
            AccountStep::ResetPassword { link_hash, .. } => {
                Some((link_hash, Purpose::ResetPassword))
            }
            AccountStep::AcceptInvitation { link_hash, .. } => Some((link_hash, Purpose::Invite)),
            _ => None,
        };
        if let Some((hash, purpose)) = link
            && !use_link(&mut tx, self.now(), hash, purpose).await?
        {
            return Ok(false);
        }
        let action = match step {
            AccountStep::SignIn {
                session_hash,
                lifetime,
            } => {
                insert_session(&mut tx, self.now(), session_hash, account_id, lifetime).await?;
                "account.login"
            }
            AccountStep::SignOut { session_hash } => {
                sqlx::query("DELETE FROM session WHERE token_hash = $1")
                    .bind(session_hash)
                    .execute(&mut *tx)
                    .await?;
                "account.logout"
            }
            AccountStep::SignOutEverywhere => {
                let ended = end_sessions(&mut tx, account_id).await?;
                detail = format!("{ended} sessions");
                "account.logout_everywhere"
            }
            AccountStep::ChangePassword {
                password_hash,
                session_hash,
                lifetime,
            } => {
                set_password_on(&mut tx, account_id, password_hash).await?;
                end_sessions(&mut tx, account_id).await?;
                insert_session(&mut tx, self.now(), session_hash, account_id, lifetime).await?;
                "account.password_changed"
            }
            AccountStep::ConfirmEmail { .. } => {
                confirm_on(&mut tx, self.now(), account_id).await?;
                "account.email_confirmed"
            }
            AccountStep::ResetPassword { password_hash, .. } => {
                set_password_on(&mut tx, account_id, password_hash).await?;
                confirm_on(&mut tx, self.now(), account_id).await?;
                end_sessions(&mut tx, account_id).await?;
                // Every other reset link dies with this one: an older mail found later
                // (a shared inbox, a forwarded message) cannot set the password again.
                sqlx::query(
                    "DELETE FROM action_token WHERE account_id = $1 AND purpose = $2 \
                     AND used_at IS NULL",
                )
                .bind(account_id)
                .bind(Purpose::ResetPassword.code())
                .execute(&mut *tx)
                .await?;
                "account.password_reset"
            }
            AccountStep::AcceptInvitation {
                name,
                password_hash,
                session_hash,
                lifetime,
                ..
            } => {
                sqlx::query("UPDATE account SET name = $1 WHERE id = $2")
                    .bind(name)
                    .bind(account_id)
                    .execute(&mut *tx)
                    .await?;
                set_password_on(&mut tx, account_id, password_hash).await?;
                confirm_on(&mut tx, self.now(), account_id).await?;
                insert_session(&mut tx, self.now(), session_hash, account_id, lifetime).await?;
                "account.invitation_accepted"
            }
        };
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            Actor::Account(account_id),
            action,
            ("account", &account_id.to_string()),
            &detail,
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}

async fn use_link(
    conn: &mut AnyConnection,
    now: i64,
    token_hash: &str,
    purpose: Purpose,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE action_token SET used_at = $1 WHERE token_hash = $2 AND purpose = $3 \
         AND used_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .bind(token_hash)
    .bind(purpose.code())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub(super) async fn insert_session(
    conn: &mut AnyConnection,
    now: i64,
    token_hash: &str,
    account_id: i64,
    lifetime: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO session (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(account_id)
    .bind(now)
    .bind(now + lifetime)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn end_sessions(conn: &mut AnyConnection, account_id: i64) -> Result<u64> {
    Ok(sqlx::query("DELETE FROM session WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut *conn)
        .await?
        .rows_affected())
}

async fn set_password_on(conn: &mut AnyConnection, account_id: i64, hash: &str) -> Result<()> {
    sqlx::query("UPDATE account SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(account_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

async fn confirm_on(conn: &mut AnyConnection, now: i64, account_id: i64) -> Result<()> {
    sqlx::query(
        "UPDATE account SET email_confirmed_at = COALESCE(email_confirmed_at, $1) WHERE id = $2",
    )
    .bind(now)
    .bind(account_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Someone registers: who, the confirmation link's hash and the two mails it may send
/// (subject, body).
pub struct Registration<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub password_hash: &'a str,
    pub link_hash: &'a str,
    pub lifetime: i64,
    /// To a new account: the link that confirms the address.
    pub confirm_mail: (String, String),
    /// To the owner of an account the address has already: nothing new, how to reset.
    pub exists_mail: (String, String),
}

impl Store {
    /// A new, unconfirmed account with its audit line, confirmation link and mail; or,
    /// when the address has an account, only the mail to its owner. One transaction.
    /// Returns the new account's id.
    pub async fn register(
        &self,
        municipality_id: i64,
        r: &Registration<'_>,
    ) -> Result<Option<i64>> {
        let mut tx = self.pool().begin().await?;
        let now = self.now();
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO account (municipality_id, email, name, password_hash, email_confirmed_at, created_at) \
             VALUES ($1, $2, $3, $4, NULL, $5) ON CONFLICT (municipality_id, email) DO NOTHING RETURNING id",
        )
        .bind(municipality_id)
        .bind(r.email)
        .bind(r.name)
        .bind(r.password_hash)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        let (subject, body) = match id {
            Some(id) => {
                audit::append(
                    &mut tx,
                    self.now(),
                    Some(municipality_id),
                    Actor::Account(id),
                    "account.registered",
                    ("account", &id.to_string()),
                    "",
                )
                .await?;
                insert_action_token(
                    &mut tx,
                    self.now(),
                    r.link_hash,
                    Purpose::ConfirmEmail,
                    Some(id),
                    None,
                    r.lifetime,
                )
                .await?;
                r.confirm_mail.clone()
            }
            None => r.exists_mail.clone(),
        };
        outbox::queue(
            &mut tx,
            self.now(),
            &NewMail {
                municipality_id: Some(municipality_id),
                to: r.email.to_owned(),
                subject,
                body,
                unique_key: None,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }
}
