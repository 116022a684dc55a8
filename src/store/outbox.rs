//! The mail outbox: every mail is a row first, in the transaction that caused it where
//! there is one, and is sent later by the worker ([`crate::mail`]). A message is claimed
//! with a lease (as jobs are), marked sent right after the SMTP server accepted it, and
//! retried with back-off when sending fails. A `unique_key` makes "send this once" hold
//! across retries of whatever queued it and across servers.

use sqlx::{AnyConnection, Row};

use super::{Result, Store};

#[derive(Debug, Clone)]
pub struct NewMail {
    pub municipality_id: Option<i64>,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub unique_key: Option<String>,
}

#[derive(Debug, Clone)]
pub struct OutboxMail {
    pub id: i64,
    /// The municipality it is sent for (its name goes on the sender); `None`: the deployment's.
    pub municipality_id: Option<i64>,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    pub failed_at: Option<i64>,
    pub last_error: Option<String>,
}

/// Tries before a message is given up (and shown as failed to administrators).
pub const MAX_ATTEMPTS: i64 = 8;

/// Queues a mail inside a transaction. Returns `None` if the unique key was used before.
pub async fn queue(conn: &mut AnyConnection, now: i64, mail: &NewMail) -> Result<Option<i64>> {
    insert(conn, now, mail, false, "email").await
}

/// Queues a mail inside a transaction to be sent no earlier than `at` (a relative's
/// "picked up now" at the ride's pick-up time). Returns `None` if the unique key was used.
pub async fn queue_at(
    conn: &mut AnyConnection,
    now: i64,
    at: i64,
    mail: &NewMail,
) -> Result<Option<i64>> {
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO outbox (municipality_id, unique_key, to_address, subject, body, created_at, next_attempt_at, forget_after_send, channel) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 0, 'email') ON CONFLICT (unique_key) DO NOTHING RETURNING id",
    )
    .bind(mail.municipality_id)
    .bind(mail.unique_key.as_deref())
    .bind(&mail.to)
    .bind(&mail.subject)
    .bind(&mail.body)
    .bind(now)
    .bind(at.max(now))
    .fetch_optional(&mut *conn)
    .await?;
    Ok(id)
}

/// Takes back queued mails not sent yet whose unique key starts with `prefix` (a
/// cancelled ride date's "picked up now"). Returns how many went.
pub async fn forget_unsent(conn: &mut AnyConnection, prefix: &str) -> Result<u64> {
    Ok(sqlx::query(
        "DELETE FROM outbox WHERE sent_at IS NULL AND locked_until IS NULL AND unique_key LIKE $1",
    )
    // The prefixes are ids, dates and ':' — nothing LIKE reads as a wildcard.
    .bind(format!("{prefix}%"))
    .execute(&mut *conn)
    .await?
    .rows_affected())
}

async fn insert(
    conn: &mut AnyConnection,
    now: i64,
    mail: &NewMail,
    forget: bool,
    channel: &str,
) -> Result<Option<i64>> {
    // One statement, no read before the write: a seen key inserts nothing (and does not
    // abort a PostgreSQL transaction), and SQLite never has to upgrade a read snapshot.
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO outbox (municipality_id, unique_key, to_address, subject, body, created_at, next_attempt_at, forget_after_send, channel) \
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8) ON CONFLICT (unique_key) DO NOTHING RETURNING id",
    )
    .bind(mail.municipality_id)
    .bind(mail.unique_key.as_deref())
    .bind(&mail.to)
    .bind(&mail.subject)
    .bind(&mail.body)
    .bind(now)
    .bind(i64::from(forget))
    .bind(channel)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(id)
}

fn mail_from_row(row: &sqlx::any::AnyRow) -> Result<OutboxMail> {
    Ok(OutboxMail {
        id: row.try_get("id")?,
        municipality_id: row.try_get("municipality_id")?,
        to: row.try_get("to_address")?,
        subject: row.try_get("subject")?,
        body: row.try_get("body")?,
        attempts: row.try_get("attempts")?,
        created_at: row.try_get("created_at")?,
        sent_at: row.try_get("sent_at")?,
        failed_at: row.try_get("failed_at")?,
        last_error: row.try_get("last_error")?,
    })
}

const MAIL_COLUMNS: &str = "id, municipality_id, to_address, subject, body, attempts, created_at, sent_at, failed_at, last_error";

impl Store {
    /// Queues one mail on its own.
    pub async fn queue_mail(&self, mail: &NewMail) -> Result<Option<i64>> {
        let mut tx = self.pool().begin().await?;
        let id = queue(&mut tx, self.now(), mail).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Queues a mail whose row (and so the address) is deleted as soon as it is sent or
    /// given up: for people who asked for a message without giving us their address to keep.
    pub async fn queue_mail_and_forget(&self, mail: &NewMail) -> Result<Option<i64>> {
        let mut tx = self.pool().begin().await?;
        let id = insert(&mut tx, self.now(), mail, true, "email").await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Has a message with this unique key ever been queued?
    pub async fn outbox_key_used(&self, key: &str) -> Result<bool> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE unique_key = $1")
            .bind(key)
            .fetch_one(self.pool())
            .await?;
        Ok(n > 0)
    }

    /// Queues a Web Push message: `to` is the bell subscription's id, `body` the payload.
    pub async fn queue_push(&self, message: &NewMail) -> Result<Option<i64>> {
        let mut tx = self.pool().begin().await?;
        let id = insert(&mut tx, self.now(), message, false, "push").await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Claims the oldest due mail for `lease` seconds.
    pub async fn claim_mail(&self, worker: &str, lease: i64) -> Result<Option<OutboxMail>> {
        self.claim(worker, lease, "email").await
    }

    /// Claims the oldest due push message for `lease` seconds.
    pub async fn claim_push(&self, worker: &str, lease: i64) -> Result<Option<OutboxMail>> {
        self.claim(worker, lease, "push").await
    }

    async fn claim(&self, worker: &str, lease: i64, channel: &str) -> Result<Option<OutboxMail>> {
        let now = self.now();
        let free = "sent_at IS NULL AND failed_at IS NULL AND (locked_until IS NULL OR locked_until < $3) AND channel = $4";
        let sql = format!(
            "UPDATE outbox SET locked_by = $1, locked_until = $2, attempts = attempts + 1 \
             WHERE id = (SELECT id FROM outbox WHERE {free} AND next_attempt_at <= $3 ORDER BY next_attempt_at, id LIMIT 1) \
               AND {free} RETURNING {MAIL_COLUMNS}"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(worker)
            .bind(now + lease)
            .bind(now)
            .bind(channel)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(mail_from_row).transpose()
    }

    /// A sent mail is forgotten (`forget_after_send`) or kept only with its private links
    /// masked ([`crate::signing::mask_links`]): the outbox view and a backup of the
    /// database hold no link that still opens anything.
    pub async fn mark_mail_sent(&self, id: i64, worker: &str) -> Result<()> {
        self.mask_body(id, worker).await?;
        let forgotten = sqlx::query(
            "DELETE FROM outbox WHERE id = $1 AND locked_by = $2 AND forget_after_send = 1",
        )
        .bind(id)
        .bind(worker)
        .execute(self.pool())
        .await?
        .rows_affected();
        if forgotten > 0 {
            return Ok(());
        }
        sqlx::query("UPDATE outbox SET sent_at = $1, locked_until = NULL, last_error = NULL WHERE id = $2 AND locked_by = $3")
            .bind(self.now())
            .bind(id)
            .bind(worker)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Records a failed try: retried at `retry_at`, or given up after [`MAX_ATTEMPTS`].
    pub async fn mark_mail_failed(
        &self,
        mail: &OutboxMail,
        worker: &str,
        error: &str,
        retry_at: i64,
    ) -> Result<()> {
        let give_up = mail.attempts >= MAX_ATTEMPTS;
        if give_up {
            self.mask_body(mail.id, worker).await?;
            let forgotten = sqlx::query(
                "DELETE FROM outbox WHERE id = $1 AND locked_by = $2 AND forget_after_send = 1",
            )
            .bind(mail.id)
            .bind(worker)
            .execute(self.pool())
            .await?
            .rows_affected();
            if forgotten > 0 {
                return Ok(());
            }
        }
        sqlx::query(
            "UPDATE outbox SET locked_until = NULL, last_error = $1, next_attempt_at = $2, failed_at = $3 \
             WHERE id = $4 AND locked_by = $5",
        )
        .bind(error)
        .bind(retry_at)
        .bind(give_up.then(|| self.now()))
        .bind(mail.id)
        .bind(worker)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    async fn mask_body(&self, id: i64, worker: &str) -> Result<()> {
        let body: Option<String> =
            sqlx::query_scalar("SELECT body FROM outbox WHERE id = $1 AND locked_by = $2")
                .bind(id)
                .bind(worker)
                .fetch_optional(self.pool())
                .await?;
        let Some(body) = body else { return Ok(()) };
        let masked = crate::signing::mask_links(&body);
        if masked != body {
            sqlx::query("UPDATE outbox SET body = $1 WHERE id = $2 AND locked_by = $3")
                .bind(masked)
                .bind(id)
                .bind(worker)
                .execute(self.pool())
                .await?;
        }
        Ok(())
    }

    /// The newest messages, for the administrators' outbox page.
    pub async fn outbox(&self, municipality_id: i64, limit: i64) -> Result<Vec<OutboxMail>> {
        let sql = format!(
            "SELECT {MAIL_COLUMNS} FROM outbox WHERE municipality_id = $1 OR municipality_id IS NULL ORDER BY id DESC LIMIT $2"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(mail_from_row).collect()
    }

    /// Every message ever queued to an address (tests; the GDPR export).
    pub async fn mail_to(&self, address: &str) -> Result<Vec<OutboxMail>> {
        let sql = format!("SELECT {MAIL_COLUMNS} FROM outbox WHERE to_address = $1 ORDER BY id");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(address)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(mail_from_row).collect()
    }

    /// Housekeeping: sent mail older than `before` is deleted (it holds addresses).
    pub async fn prune_outbox(&self, before: i64) -> Result<u64> {
        Ok(sqlx::query("DELETE FROM outbox WHERE (sent_at IS NOT NULL AND sent_at < $1) OR (failed_at IS NOT NULL AND failed_at < $1)")
            .bind(before)
            .execute(self.pool())
            .await?
            .rows_affected())
    }
}
