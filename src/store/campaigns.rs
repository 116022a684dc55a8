//! Campaign weeks (`campaign`, `campaign_event`): staff write a campaign; an event joins it
//! from the event form (written in the event's own transaction, [`join`]) and waits until
//! an editor or moderator accepts or declines it. Every change has its audit line and
//! change-log row in the same transaction.

use jiff::civil::Date;
use sqlx::{AnyConnection, Row};

use crate::campaigns::{Campaign, Draft, Taking};
use crate::store::audit::{self, Actor};
use crate::store::municipality::unique_violation;
use crate::store::{Result, Store, StoreError, changes};

/// An event in a campaign, as the campaign's staff page lists it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub event_id: i64,
    pub title: String,
    pub organisation: String,
    /// 'YYYY-MM-DDTHH:MM', local: the first time it meets.
    pub start_local: String,
    pub taking: Taking,
}

/// What a campaign has gathered: accepted events, their times in the campaign's days and
/// the seats taken at those times (people: show it through `disclosure`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub events: i64,
    pub waiting: i64,
    pub seats_taken: i64,
}

fn campaign(r: &sqlx::any::AnyRow) -> Result<Campaign> {
    let date = |column: &str| -> Result<Date> {
        let text: String = r.try_get(column)?;
        text.parse()
            .map_err(|_| StoreError::Conflict(format!("campaign {column} '{text}'")))
    };
    Ok(Campaign {
        id: r.try_get("id")?,
        slug: r.try_get("slug")?,
        title: r.try_get("title")?,
        message: r.try_get("message")?,
        call_to_hosts: r.try_get("call_to_hosts")?,
        starts_on: date("starts_on")?,
        ends_on: date("ends_on")?,
    })
}

/// A campaign's columns, as a literal so that every query stays a literal.
macro_rules! columns {
    () => {
        "SELECT id, slug, title, message, call_to_hosts, starts_on, ends_on FROM campaign "
    };
}

/// The audit line and change-log row of one change to a campaign.
async fn log(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    by: Actor,
    action: &str,
    campaign_id: i64,
    detail: &str,
) -> Result<()> {
    let id = campaign_id.to_string();
    changes::record(conn, now, Some(municipality_id), "campaign", &id).await?;
    audit::append(
        conn,
        now,
        Some(municipality_id),
        by,
        action,
        ("campaign", &id),
        detail,
    )
    .await
}

/// Puts an event in a campaign (waiting), or takes it out (`None`), inside the event's
/// own transaction. An event keeps its place when it stays in the same campaign.
pub async fn join(
    conn: &mut AnyConnection,
    now: i64,
    event_id: i64,
    campaign: Option<i64>,
) -> Result<()> {
    sqlx::query("DELETE FROM campaign_event WHERE event_id = $1 AND campaign_id <> $2")
        .bind(event_id)
        .bind(campaign.unwrap_or(0))
        .execute(&mut *conn)
        .await?;
    if let Some(campaign_id) = campaign {
        let there: Option<i64> = sqlx::query_scalar(
            "SELECT campaign_id FROM campaign_event WHERE event_id = $1 AND campaign_id = $2",
        )
        .bind(event_id)
        .bind(campaign_id)
        .fetch_optional(&mut *conn)
        .await?;
        if there.is_none() {
            put_entry(conn, now, campaign_id, event_id, Taking::Waiting).await?;
        }
    }
    Ok(())
}

impl Store {
    /// The municipality's campaigns, the newest first.
    pub async fn campaigns(&self, municipality_id: i64) -> Result<Vec<Campaign>> {
        let rows = sqlx::query(concat!(
            columns!(),
            "WHERE municipality_id = $1 ORDER BY starts_on DESC, id DESC"
        ))
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(campaign).collect()
    }

    pub async fn campaign(&self, municipality_id: i64, id: i64) -> Result<Campaign> {
        let row = sqlx::query(concat!(
            columns!(),
            "WHERE municipality_id = $1 AND id = $2"
        ))
        .bind(municipality_id)
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound)?;
        campaign(&row)
    }

    pub async fn campaign_by_slug(&self, municipality_id: i64, slug: &str) -> Result<Campaign> {
        let row = sqlx::query(concat!(
            columns!(),
            "WHERE municipality_id = $1 AND slug = $2"
        ))
        .bind(municipality_id)
        .bind(slug)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound)?;
        campaign(&row)
    }

    /// A new campaign. `Conflict` when the address is taken.
    pub async fn add_campaign(
        &self,
        municipality_id: i64,
        d: &Draft,
        (starts_on, ends_on): (Date, Date),
        by: Actor,
    ) -> Result<i64> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let id = insert(&mut tx, now, municipality_id, d, (starts_on, ends_on)).await?;
        log(
            &mut tx,
            now,
            municipality_id,
            by,
            "campaign.create",
            id,
            &d.slug,
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Saves a campaign's texts and days. `Conflict` when the new address is taken.
    pub async fn update_campaign(
        &self,
        municipality_id: i64,
        id: i64,
        d: &Draft,
        (starts_on, ends_on): (Date, Date),
        by: Actor,
    ) -> Result<()> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let changed = sqlx::query(
            "UPDATE campaign SET slug = $1, title = $2, message = $3, call_to_hosts = $4, starts_on = $5, ends_on = $6, \
             updated_at = $7 WHERE id = $8 AND municipality_id = $9",
        )
        .bind(d.slug.trim())
        .bind(d.title.trim())
        .bind(d.message.trim())
        .bind(d.call_to_hosts.trim())
        .bind(starts_on.to_string())
        .bind(ends_on.to_string())
        .bind(now)
        .bind(id)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await
        .map_err(|e| unique_violation(e, || format!("campaign {}", d.slug)))?
        .rows_affected();
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        log(
            &mut tx,
            now,
            municipality_id,
            by,
            "campaign.update",
            id,
            &d.slug,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The events that asked to take part, with where each stands; by first time.
    pub async fn campaign_entries(
        &self,
        municipality_id: i64,
        campaign_id: i64,
    ) -> Result<Vec<Entry>> {
        let rows = sqlx::query(
            "SELECT e.id, e.title, o.name, e.start_local, ce.status FROM campaign_event ce \
             JOIN event e ON e.id = ce.event_id JOIN organisation o ON o.id = e.organisation_id \
             WHERE ce.campaign_id = $1 AND e.municipality_id = $2 ORDER BY e.start_local, e.id",
        )
        .bind(campaign_id)
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Entry {
                    event_id: r.try_get("id")?,
                    title: r.try_get("title")?,
                    organisation: r.try_get("name")?,
                    start_local: r.try_get("start_local")?,
                    taking: Taking::from_code(&r.try_get::<String, _>("status")?)
                        .unwrap_or(Taking::Waiting),
                })
            })
            .collect()
    }

    /// Accepts or declines an event in a campaign.
    pub async fn decide_campaign_event(
        &self,
        municipality_id: i64,
        campaign_id: i64,
        event_id: i64,
        taking: Taking,
        by: Actor,
    ) -> Result<()> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let changed = sqlx::query(
            "UPDATE campaign_event SET status = $1 WHERE campaign_id = $2 AND event_id = $3 \
             AND campaign_id IN (SELECT id FROM campaign WHERE municipality_id = $4)",
        )
        .bind(taking.code())
        .bind(campaign_id)
        .bind(event_id)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        let action = format!("campaign.event.{}", taking.code());
        log(
            &mut tx,
            now,
            municipality_id,
            by,
            &action,
            campaign_id,
            &format!("event {event_id}"),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The campaign an event asked to take part in, if any.
    pub async fn event_campaign(&self, event_id: i64) -> Result<Option<i64>> {
        Ok(
            sqlx::query_scalar("SELECT campaign_id FROM campaign_event WHERE event_id = $1")
                .bind(event_id)
                .fetch_optional(self.pool())
                .await?,
        )
    }

    /// Accepted and waiting events, and the seats taken at the accepted events' times in
    /// the campaign's days.
    pub async fn campaign_tally(&self, c: &Campaign) -> Result<Tally> {
        let count = |status: Taking| {
            sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(*) FROM campaign_event WHERE campaign_id = $1 AND status = $2",
            )
            .bind(c.id)
            .bind(status.code())
            .fetch_one(self.pool())
        };
        let events = count(Taking::Accepted).await?;
        let waiting = count(Taking::Waiting).await?;
        let seats_taken: Option<i64> = sqlx::query_scalar(
            "SELECT CAST(SUM(s.taken) AS BIGINT) FROM event_seats s JOIN campaign_event ce ON ce.event_id = s.event_id \
             WHERE ce.campaign_id = $1 AND ce.status = $2 AND s.occurrence_date >= $3 AND s.occurrence_date <= $4",
        )
        .bind(c.id)
        .bind(Taking::Accepted.code())
        .bind(c.starts_on.to_string())
        .bind(c.ends_on.to_string())
        .fetch_one(self.pool())
        .await?;
        Ok(Tally {
            events,
            waiting,
            seats_taken: seats_taken.unwrap_or(0),
        })
    }
}

async fn insert(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    d: &Draft,
    (starts_on, ends_on): (Date, Date),
) -> Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO campaign (municipality_id, slug, title, message, call_to_hosts, starts_on, ends_on, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(municipality_id)
    .bind(d.slug.trim())
    .bind(d.title.trim())
    .bind(d.message.trim())
    .bind(d.call_to_hosts.trim())
    .bind(starts_on.to_string())
    .bind(ends_on.to_string())
    .bind(now)
    .bind(now)
    .fetch_one(&mut *conn)
    .await
    .map_err(|e| unique_violation(e, || format!("campaign {}", d.slug)))
}

/// A campaign for the demo loader, inside its transaction.
pub async fn put(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    d: &Draft,
) -> Result<i64> {
    let days = d
        .check()
        .map_err(|e| StoreError::Conflict(format!("demo campaign {}: {e:?}", d.slug)))?;
    insert(conn, now, municipality_id, d, days).await
}

/// An event taking part, as `taking` (the demo loader's are accepted).
pub async fn put_entry(
    conn: &mut AnyConnection,
    now: i64,
    campaign_id: i64,
    event_id: i64,
    taking: Taking,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO campaign_event (campaign_id, event_id, status, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(campaign_id)
    .bind(event_id)
    .bind(taking.code())
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
