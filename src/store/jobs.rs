//! The durable job queue: rows in `job`, claimed with a lease.
//!
//! A claim is one conditional UPDATE: it takes a due job only if nobody holds an unexpired
//! lease on it, and re-checks that condition on the row it updates. On PostgreSQL two
//! servers racing for the same row serialise on the row lock and the loser's re-check
//! fails; SQLite has one writer at a time. So while a lease lasts, exactly one worker has
//! the job. A worker that dies leaves its lease to expire and the job is retried — handlers
//! must therefore be idempotent (the mail outbox marks a message sent before it commits).

use sqlx::{Row, any::AnyRow};

use super::{Result, Store};
use crate::store::municipality::unique_violation;

/// A job to enqueue.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub kind: String,
    pub payload: serde_json::Value,
    pub municipality_id: Option<i64>,
    /// Enqueue at most once per key, ever (e.g. "reminder:offer:42:6m").
    pub unique_key: Option<String>,
    /// Unix seconds; now or later.
    pub run_at: i64,
    pub max_attempts: i64,
}

impl NewJob {
    pub fn new(kind: &str, payload: serde_json::Value) -> Self {
        Self {
            kind: kind.to_owned(),
            payload,
            municipality_id: None,
            unique_key: None,
            // The epoch: due at once.
            run_at: 0,
            max_attempts: 5,
        }
    }
}

/// A job a worker holds the lease on.
#[derive(Debug, Clone)]
pub struct ClaimedJob {
    pub id: i64,
    pub kind: String,
    pub payload: serde_json::Value,
    pub municipality_id: Option<i64>,
    pub attempts: i64,
    pub max_attempts: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct JobCounts {
    pub waiting: i64,
    pub running: i64,
    pub done: i64,
    pub failed: i64,
}

impl Store {
    /// Enqueues a job. Returns `None` when a job with the same unique key already exists.
    pub async fn enqueue(&self, job: &NewJob) -> Result<Option<i64>> {
        let result = sqlx::query_scalar(
            "INSERT INTO job (municipality_id, kind, payload, unique_key, run_at, max_attempts, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(job.municipality_id)
        .bind(&job.kind)
        .bind(job.payload.to_string())
        .bind(job.unique_key.as_deref())
        .bind(job.run_at)
        .bind(job.max_attempts)
        .bind(self.now())
        .fetch_one(self.pool())
        .await;
        match result {
            Ok(id) => Ok(Some(id)),
            Err(err) => match unique_violation(err, String::new) {
                super::StoreError::Conflict(_) => Ok(None),
                other => Err(other),
            },
        }
    }

    /// Claims the oldest due job of one of `kinds` for `lease_seconds`, if there is one.
    pub async fn claim_job(
        &self,
        worker: &str,
        kinds: &[&str],
        lease_seconds: i64,
    ) -> Result<Option<ClaimedJob>> {
        if kinds.is_empty() {
            return Ok(None);
        }
        let now = self.now();
        // Placeholders for the kinds start at $4.
        let kind_list = (0..kinds.len())
            .map(|i| format!("${}", i + 4))
            .collect::<Vec<_>>()
            .join(", ");
        let free =
            "done_at IS NULL AND failed_at IS NULL AND (locked_until IS NULL OR locked_until < $3)";
        let sql = format!(
            "UPDATE job SET locked_by = $1, locked_until = $2, attempts = attempts + 1 \
             WHERE id = (SELECT id FROM job WHERE {free} AND run_at <= $3 AND kind IN ({kind_list}) \
                         ORDER BY run_at, id LIMIT 1) \
               AND {free} \
             RETURNING id, kind, payload, municipality_id, attempts, max_attempts"
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(worker)
            .bind(now + lease_seconds)
            .bind(now);
        for kind in kinds {
            query = query.bind(*kind);
        }
        let row = query.fetch_optional(self.pool()).await?;
        row.as_ref().map(claimed_from_row).transpose()
    }

    /// Marks a job done. Returns false if this worker no longer held the lease.
    pub async fn complete_job(&self, id: i64, worker: &str) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE job SET done_at = $1, locked_by = NULL, locked_until = NULL WHERE id = $2 AND locked_by = $3",
        )
        .bind(self.now())
        .bind(id)
        .bind(worker)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Records a failure: the job runs again at `retry_at`, or is marked failed for good
    /// when it has used its attempts.
    pub async fn fail_job(
        &self,
        job: &ClaimedJob,
        worker: &str,
        error: &str,
        retry_at: i64,
    ) -> Result<()> {
        let final_failure = job.attempts >= job.max_attempts;
        let sql = if final_failure {
            "UPDATE job SET failed_at = $1, last_error = $2, locked_by = NULL, locked_until = NULL WHERE id = $3 AND locked_by = $4"
        } else {
            "UPDATE job SET run_at = $1, last_error = $2, locked_by = NULL, locked_until = NULL WHERE id = $3 AND locked_by = $4"
        };
        sqlx::query(sql)
            .bind(if final_failure { self.now() } else { retry_at })
            .bind(error)
            .bind(job.id)
            .bind(worker)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Makes every waiting job of `kind` due now (an operator's "run now"). Returns how many.
    pub async fn run_now(&self, kind: &str) -> Result<u64> {
        let done = sqlx::query(
            "UPDATE job SET run_at = $1 WHERE kind = $2 AND done_at IS NULL AND failed_at IS NULL AND locked_by IS NULL",
        )
        .bind(self.now())
        .bind(kind)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected())
    }

    pub async fn job_counts(&self) -> Result<JobCounts> {
        let row = sqlx::query(
            "SELECT \
               COALESCE(SUM(CASE WHEN done_at IS NULL AND failed_at IS NULL AND (locked_until IS NULL OR locked_until < $1) THEN 1 ELSE 0 END), 0) AS waiting, \
               COALESCE(SUM(CASE WHEN done_at IS NULL AND failed_at IS NULL AND locked_until >= $1 THEN 1 ELSE 0 END), 0) AS running, \
               COALESCE(SUM(CASE WHEN done_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS done, \
               COALESCE(SUM(CASE WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS failed \
             FROM job",
        )
        .bind(self.now())
        .fetch_one(self.pool())
        .await?;
        Ok(JobCounts {
            waiting: row.try_get("waiting")?,
            running: row.try_get("running")?,
            done: row.try_get("done")?,
            failed: row.try_get("failed")?,
        })
    }

    /// Deletes finished jobs older than `before` (unix seconds) that carry no unique key
    /// (a keyed job is the record that its work was done once).
    pub async fn prune_jobs(&self, before: i64) -> Result<u64> {
        let done = sqlx::query("DELETE FROM job WHERE done_at < $1 AND unique_key IS NULL")
            .bind(before)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected())
    }
}

fn claimed_from_row(row: &AnyRow) -> Result<ClaimedJob> {
    let payload: String = row.try_get("payload")?;
    Ok(ClaimedJob {
        id: row.try_get("id")?,
        kind: row.try_get("kind")?,
        payload: serde_json::from_str(&payload)
            .map_err(|e| super::StoreError::Invalid(format!("job payload: {e}")))?,
        municipality_id: row.try_get("municipality_id")?,
        attempts: row.try_get("attempts")?,
        max_attempts: row.try_get("max_attempts")?,
    })
}
