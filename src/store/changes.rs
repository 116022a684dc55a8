//! The change log: how derived state on every server follows the database.
//!
//! Every write to public data calls [`record`] inside its transaction. Servers compare the
//! log's [`ChangeMark`] with the one their derived state was built from; when it differs
//! they rebuild. The mark is (count, highest id) rather than the highest id alone: on
//! PostgreSQL a transaction may commit after a later one, so a lower id can appear after a
//! higher one was seen — the count still moves.

use sqlx::{AnyConnection, Row};

use super::{Result, Store};

/// Where the change log stood when something was derived from the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ChangeMark {
    pub count: i64,
    pub last_id: i64,
}

/// Appends one change. Call inside the transaction that made the change.
pub async fn record(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: Option<i64>,
    entity: &str,
    entity_id: &str,
) -> Result<()> {
    sqlx::query("INSERT INTO change_log (municipality_id, entity, entity_id, changed_at) VALUES ($1, $2, $3, $4)")
        .bind(municipality_id)
        .bind(entity)
        .bind(entity_id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

impl Store {
    pub async fn change_mark(&self) -> Result<ChangeMark> {
        let row =
            sqlx::query("SELECT COUNT(*) AS n, COALESCE(MAX(id), 0) AS last_id FROM change_log")
                .fetch_one(self.pool())
                .await?;
        Ok(ChangeMark {
            count: row.try_get("n")?,
            last_id: row.try_get("last_id")?,
        })
    }

    /// The mark per municipality (`None`: changes to every municipality, such as a reindex),
    /// so a server rebuilds only the snapshots whose data changed.
    pub async fn change_marks(&self) -> Result<std::collections::HashMap<Option<i64>, ChangeMark>> {
        let rows = sqlx::query(
            "SELECT municipality_id, COUNT(*) AS n, MAX(id) AS last_id FROM change_log GROUP BY municipality_id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok((
                    row.try_get("municipality_id")?,
                    ChangeMark {
                        count: row.try_get("n")?,
                        last_id: row.try_get("last_id")?,
                    },
                ))
            })
            .collect()
    }

    /// Deletes log entries older than `before` (unix seconds). Keeps the newest entry so the
    /// highest id never goes backwards. Returns how many were deleted.
    pub async fn prune_change_log(&self, before: i64) -> Result<u64> {
        let done = sqlx::query(
            "DELETE FROM change_log WHERE changed_at < $1 AND id < (SELECT COALESCE(MAX(id), 0) FROM change_log)",
        )
        .bind(before)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected())
    }
}
