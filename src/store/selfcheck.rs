//! The self-check tally: counts only, never a person.

use sqlx::Row;

use super::{Result, Store};
use crate::domain::disclosure::{self, MIN_CELL};

/// One cell of the tally that is big enough to show, its count rounded by the one
/// disclosure rule ([`crate::domain::disclosure`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TallyCell {
    pub month: String,
    pub age_band: String,
    pub score: i64,
    pub count: i64,
}

impl Store {
    /// Adds one anonymous answer to the tally.
    pub async fn count_selfcheck(
        &self,
        municipality_id: i64,
        month: &str,
        age_band: &str,
        score: u8,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO selfcheck_tally (municipality_id, month, age_band, score, count) VALUES ($1, $2, $3, $4, 1) \
             ON CONFLICT (municipality_id, month, age_band, score) DO UPDATE SET count = selfcheck_tally.count + 1",
        )
        .bind(municipality_id)
        .bind(month)
        .bind(age_band)
        .bind(i64::from(score))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The cells with at least [`MIN_CELL`] (10) answers, their counts rounded to 5;
    /// smaller ones never leave the database.
    pub async fn selfcheck_cells(&self, municipality_id: i64) -> Result<Vec<TallyCell>> {
        let rows = sqlx::query(
            "SELECT month, age_band, score, count FROM selfcheck_tally \
             WHERE municipality_id = $1 AND count >= $2 ORDER BY month, age_band, score",
        )
        .bind(municipality_id)
        .bind(MIN_CELL)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(TallyCell {
                    month: r.try_get("month")?,
                    age_band: r.try_get("age_band")?,
                    score: r.try_get("score")?,
                    count: disclosure::round(r.try_get("count")?),
                })
            })
            .collect()
    }
}
