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

    /// Adds one anonymous answer to an optional question (`guide::selfcheck::
    /// EXTRA_QUESTIONS`) to its own tally: month, question, answer.
    pub async fn count_selfcheck_extra(
        &self,
        municipality_id: i64,
        month: &str,
        question: &str,
        answer: &str,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO selfcheck_extra_tally (municipality_id, month, question, answer, count) VALUES ($1, $2, $3, $4, 1) \
             ON CONFLICT (municipality_id, month, question, answer) DO UPDATE SET count = selfcheck_extra_tally.count + 1",
        )
        .bind(municipality_id)
        .bind(month)
        .bind(question)
        .bind(answer)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The optional questions' answers from `from_month` (YYYY-MM) on, summed: (question,
    /// answer, count). **True counts**, only ever shown through the one rule.
    pub async fn selfcheck_extra(
        &self,
        municipality_id: i64,
        from_month: &str,
    ) -> Result<Vec<(String, String, i64)>> {
        sqlx::query(
            "SELECT question, answer, CAST(SUM(count) AS BIGINT) AS n FROM selfcheck_extra_tally \
             WHERE municipality_id = $1 AND month >= $2 GROUP BY question, answer ORDER BY question, answer",
        )
        .bind(municipality_id)
        .bind(from_month)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| Ok((r.try_get("question")?, r.try_get("answer")?, r.try_get("n")?)))
        .collect()
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

    /// Consented answers per month and level (score 3–4, 5–6, 7–9), oldest month first:
    /// **true counts**, only ever shown through [`disclosure::table`] (which hides cells
    /// under 10, rounds the rest and hides a second cell where a total would give one
    /// away).
    pub async fn selfcheck_by_month(
        &self,
        municipality_id: i64,
    ) -> Result<Vec<(String, [i64; 3])>> {
        let rows = sqlx::query(
            "SELECT month, CAST(CASE WHEN score <= 4 THEN 0 WHEN score <= 6 THEN 1 ELSE 2 END AS BIGINT) AS level, \
                    CAST(SUM(count) AS BIGINT) AS n \
             FROM selfcheck_tally WHERE municipality_id = $1 GROUP BY month, level ORDER BY month, level",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        let mut months: Vec<(String, [i64; 3])> = Vec::new();
        for r in &rows {
            let month: String = r.try_get("month")?;
            let level: i64 = r.try_get("level")?;
            let n: i64 = r.try_get("n")?;
            if months.last().is_none_or(|(m, _)| *m != month) {
                months.push((month, [0; 3]));
            }
            if let (Some(last), Ok(level)) = (months.last_mut(), usize::try_from(level))
                && level < 3
            {
                last.1[level] += n;
            }
        }
        Ok(months)
    }
}
