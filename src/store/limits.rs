//! The abuse limits' counts (see [`crate::limits`]): one row per use, by bucket.

use sqlx::Row;

use super::{Result, Store};

/// How a bucket stands after a use was counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hits {
    /// Uses in the window, this one included.
    pub count: i64,
    /// When the oldest use in the window was.
    pub oldest: i64,
    /// The row of this use (to take a successful sign-in back).
    pub id: i64,
}

impl Store {
    /// Counts `weight` uses of `bucket` now and reads the window's count. The insert
    /// commits before the count is read, so of many simultaneous uses the n-th to commit
    /// sees at least n: no more than the limit can pass, however many arrive at once.
    pub async fn hit(&self, bucket: &str, weight: i64, window: i64) -> Result<Hits> {
        let now = self.now();
        let mut id = 0;
        for _ in 0..weight.max(1) {
            id = sqlx::query_scalar(
                "INSERT INTO limit_hit (bucket, at) VALUES ($1, $2) RETURNING id",
            )
            .bind(bucket)
            .bind(now)
            .fetch_one(self.pool())
            .await?;
        }
        let row = sqlx::query(
            "SELECT COUNT(*) AS n, COALESCE(MIN(at), $2) AS oldest FROM limit_hit \
             WHERE bucket = $1 AND at > $3",
        )
        .bind(bucket)
        .bind(now)
        .bind(now - window)
        .fetch_one(self.pool())
        .await?;
        Ok(Hits {
            count: row.try_get("n")?,
            oldest: row.try_get("oldest")?,
            id,
        })
    }

    /// Takes back one counted use (a sign-in that succeeded).
    pub async fn unhit(&self, id: i64) -> Result<()> {
        sqlx::query("DELETE FROM limit_hit WHERE id = $1")
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Forgets every use of a bucket (an address that signed in rightly).
    pub async fn clear_hits(&self, bucket: &str) -> Result<()> {
        sqlx::query("DELETE FROM limit_hit WHERE bucket = $1")
            .bind(bucket)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
