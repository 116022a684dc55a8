//! The regional timetable (`transport_feed`): the checked, clipped GTFS zip per
//! municipality, so every server builds the same journeys from the database.

use sqlx::{AnyConnection, Row};

use crate::store::audit::{self, Actor};
use crate::store::{Result, Store, changes};

/// A stored timetable.
#[derive(Debug, Clone)]
pub struct StoredFeed {
    pub zip: Vec<u8>,
    pub imported_at: i64,
    pub summary: String,
}

/// Puts (or replaces) the timetable, with its change-log row, inside the caller's
/// transaction (the demo loader's and [`Store::save_transport_feed`]).
pub async fn put_feed(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    zip: &[u8],
    summary: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO transport_feed (municipality_id, zip, imported_at, summary) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (municipality_id) DO UPDATE SET zip = excluded.zip, imported_at = excluded.imported_at, \
         summary = excluded.summary",
    )
    .bind(municipality_id)
    .bind(zip.to_vec())
    .bind(now)
    .bind(summary)
    .execute(&mut *conn)
    .await?;
    changes::record(
        conn,
        now,
        Some(municipality_id),
        "transport_feed",
        &municipality_id.to_string(),
    )
    .await
}

impl Store {
    /// `sammen import gtfs`: the timetable replaces the old one, with its audit line and
    /// change-log row; one transaction.
    pub async fn save_transport_feed(
        &self,
        municipality_id: i64,
        zip: &[u8],
        summary: &str,
        by: Actor,
    ) -> Result<()> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        put_feed(&mut tx, now, municipality_id, zip, summary).await?;
        audit::append(
            &mut tx,
            now,
            Some(municipality_id),
            by,
            "transport-feed-imported",
            ("municipality", &municipality_id.to_string()),
            summary,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// When the stored timetable was imported, without reading it (`None`: there is none).
    pub async fn transport_feed_stamp(&self, municipality_id: i64) -> Result<Option<i64>> {
        let row = sqlx::query("SELECT imported_at FROM transport_feed WHERE municipality_id = $1")
            .bind(municipality_id)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| r.get::<i64, _>(0)))
    }

    /// The stored timetable.
    pub async fn transport_feed(&self, municipality_id: i64) -> Result<Option<StoredFeed>> {
        let row = sqlx::query(
            "SELECT zip, imported_at, summary FROM transport_feed WHERE municipality_id = $1",
        )
        .bind(municipality_id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|r| StoredFeed {
            zip: r.get::<Vec<u8>, _>(0),
            imported_at: r.get(1),
            summary: r.get(2),
        }))
    }
}
