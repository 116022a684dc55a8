//! Figures from outside (`health_figure`): the health profile's published figures for the
//! municipality and the nation, imported all or nothing.

use sqlx::Row;

use crate::figures::{Area, Figure, Indicator};
use crate::store::audit::{self, Actor};
use crate::store::{Result, Store, StoreError, changes};

impl Store {
    /// An import: every figure is put (a figure of the same area, year, indicator and
    /// breakdown replaced), with one audit line and one change-log row; one transaction.
    pub async fn import_figures(
        &self,
        municipality_id: i64,
        figures: &[Figure],
        by: Actor,
    ) -> Result<()> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        for f in figures {
            sqlx::query(
                "INSERT INTO health_figure (municipality_id, area, year, indicator, breakdown, share, \
                 ci_low, ci_high, people, source, imported_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
                 ON CONFLICT (municipality_id, area, year, indicator, breakdown) DO UPDATE SET \
                 share = excluded.share, ci_low = excluded.ci_low, ci_high = excluded.ci_high, \
                 people = excluded.people, source = excluded.source, imported_at = excluded.imported_at",
            )
            .bind(municipality_id)
            .bind(f.area.code())
            .bind(i64::from(f.year))
            .bind(f.indicator.code())
            .bind(&f.breakdown)
            .bind(f.share)
            .bind(f.ci_low)
            .bind(f.ci_high)
            .bind(f.count)
            .bind(&f.source)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        audit::append(
            &mut tx,
            now,
            Some(municipality_id),
            by,
            "figures-imported",
            ("municipality", &municipality_id.to_string()),
            &format!("{} figures", figures.len()),
        )
        .await?;
        changes::record(
            &mut tx,
            now,
            Some(municipality_id),
            "health_figure",
            &municipality_id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every stored figure of the municipality (its own and the nation's), by indicator,
    /// area, breakdown and year.
    pub async fn figures(&self, municipality_id: i64) -> Result<Vec<Figure>> {
        let rows = sqlx::query(
            "SELECT area, year, indicator, breakdown, share, ci_low, ci_high, people, source \
             FROM health_figure WHERE municipality_id = $1 \
             ORDER BY indicator, area, breakdown, year",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let area: String = r.try_get("area")?;
                let indicator: String = r.try_get("indicator")?;
                let year: i64 = r.try_get("year")?;
                let bad = |what: &str| StoreError::Invalid(format!("health_figure: {what}"));
                Ok(Figure {
                    area: Area::from_code(&area).ok_or_else(|| bad(&area))?,
                    year: i32::try_from(year).map_err(|_| bad("year"))?,
                    indicator: Indicator::from_code(&indicator).ok_or_else(|| bad(&indicator))?,
                    breakdown: r.try_get("breakdown")?,
                    share: r.try_get("share")?,
                    ci_low: r.try_get("ci_low")?,
                    ci_high: r.try_get("ci_high")?,
                    count: r.try_get("people")?,
                    source: r.try_get("source")?,
                })
            })
            .collect()
    }

    /// The directory's freshness: offers not ended, and how many of them were confirmed
    /// on or after `since` (YYYY-MM-DD).
    pub async fn offer_freshness(&self, municipality_id: i64, since: &str) -> Result<(i64, i64)> {
        let row = sqlx::query(
            // SUM is NUMERIC on PostgreSQL: cast back to BIGINT for both backends.
            "SELECT COUNT(*) AS total, \
                    CAST(COALESCE(SUM(CASE WHEN last_confirmed_on >= $2 THEN 1 ELSE 0 END), 0) AS BIGINT) AS fresh \
             FROM offer WHERE municipality_id = $1 AND status <> 'ended'",
        )
        .bind(municipality_id)
        .bind(since)
        .fetch_one(self.pool())
        .await?;
        Ok((row.try_get("fresh")?, row.try_get("total")?))
    }
}
