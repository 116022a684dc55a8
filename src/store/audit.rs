//! The audit log: who changed what and when. Append-only — the database refuses UPDATE
//! and DELETE on it (triggers in the migration). Entries name accounts by id only and
//! never hold personal data, so deleting an account leaves an honest, anonymous trail.

use sqlx::{AnyConnection, Row};

use super::{Result, Store};

/// Who did it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    Account(i64),
    Anonymous,
    System,
}

#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub id: i64,
    pub at: i64,
    pub actor: Actor,
    /// The actor's current name, if the account still exists.
    pub actor_name: Option<String>,
    pub action: String,
    pub subject_type: String,
    pub subject_id: String,
    pub detail: String,
}

/// Appends one entry; call inside the transaction that made the change where there is one.
pub async fn append(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: Option<i64>,
    actor: Actor,
    action: &str,
    subject: (&str, &str),
    detail: &str,
) -> Result<()> {
    let (kind, id) = match actor {
        Actor::Account(id) => ("account", Some(id)),
        Actor::Anonymous => ("anonymous", None),
        Actor::System => ("system", None),
    };
    sqlx::query(
        "INSERT INTO audit_log (municipality_id, at, actor_account_id, actor_kind, action, subject_type, subject_id, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(municipality_id)
    .bind(now)
    .bind(id)
    .bind(kind)
    .bind(action)
    .bind(subject.0)
    .bind(subject.1)
    .bind(detail)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A staff action's two records in its transaction: the audit line (who did what to which
/// row) and the change-log row of that row (so every server's derived state follows).
pub async fn staff_change(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    actor: Actor,
    action: &str,
    subject: (&str, &str),
    detail: &str,
) -> Result<()> {
    append(
        conn,
        now,
        Some(municipality_id),
        actor,
        action,
        subject,
        detail,
    )
    .await?;
    super::changes::record(conn, now, Some(municipality_id), subject.0, subject.1).await
}

impl Store {
    /// Appends one entry on its own.
    pub async fn audit(
        &self,
        municipality_id: Option<i64>,
        actor: Actor,
        action: &str,
        subject: (&str, &str),
        detail: &str,
    ) -> Result<()> {
        let mut conn = self.pool().acquire().await?;
        append(
            &mut conn,
            self.now(),
            municipality_id,
            actor,
            action,
            subject,
            detail,
        )
        .await
    }

    /// Newest first, `limit` entries before id `before` (paging by id).
    pub async fn audit_entries(
        &self,
        municipality_id: i64,
        actor_account: Option<i64>,
        before: Option<i64>,
        limit: i64,
    ) -> Result<Vec<AuditEntry>> {
        let rows = sqlx::query(
            "SELECT l.id, l.at, l.actor_account_id, l.actor_kind, l.action, l.subject_type, l.subject_id, l.detail, \
                    a.name AS actor_name \
             FROM audit_log l LEFT JOIN account a ON a.id = l.actor_account_id \
             WHERE (l.municipality_id = $1 OR l.municipality_id IS NULL) \
               AND ($2 = 0 OR l.actor_account_id = $2) AND l.id < $3 \
             ORDER BY l.id DESC LIMIT $4",
        )
        .bind(municipality_id)
        .bind(actor_account.unwrap_or(0))
        .bind(before.unwrap_or(i64::MAX))
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let kind: String = row.try_get("actor_kind")?;
                let actor = match (
                    kind.as_str(),
                    row.try_get::<Option<i64>, _>("actor_account_id")?,
                ) {
                    ("account", Some(id)) => Actor::Account(id),
                    ("anonymous", _) => Actor::Anonymous,
                    _ => Actor::System,
                };
                Ok(AuditEntry {
                    id: row.try_get("id")?,
                    at: row.try_get("at")?,
                    actor,
                    actor_name: row.try_get("actor_name")?,
                    action: row.try_get("action")?,
                    subject_type: row.try_get("subject_type")?,
                    subject_id: row.try_get("subject_id")?,
                    detail: row.try_get("detail")?,
                })
            })
            .collect()
    }
}
