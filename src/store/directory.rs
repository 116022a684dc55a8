//! Organisations and their offers (the Social Vejviser's content).

use std::collections::BTreeMap;

use sqlx::{AnyConnection, Row};

use super::{Result, Store, changes, now};
use crate::domain::{Channel, CostKind, HowToJoin, LifeArena, OfferStatus};
use crate::store::municipality::unique_violation;

#[derive(Debug, Clone)]
pub struct NewOrganisation {
    pub slug: String,
    pub name: String,
    pub kind: String,
    pub description: String,
    pub email: String,
    pub phone: String,
    pub website: String,
    pub town_id: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct NewOffer {
    pub organisation_id: i64,
    pub name: String,
    pub short_description: String,
    pub description: String,
    pub life_arenas: Vec<LifeArena>,
    pub target_groups: Vec<String>,
    pub activity_types: Vec<String>,
    pub age_min: i64,
    pub age_max: i64,
    pub cost: CostKind,
    pub cost_amount_dkk: Option<i64>,
    pub cost_note: String,
    pub how_to_join: HowToJoin,
    pub newcomers_welcome: bool,
    pub bring_someone: bool,
    pub ambassador_can_join: bool,
    pub channel: Channel,
    pub place_id: Option<i64>,
    pub town_id: Option<i64>,
    pub address: String,
    pub schedule_rrule: String,
    pub start_time: String,
    pub end_time: String,
    pub accessibility: Vec<String>,
    pub languages: Vec<String>,
    pub status: OfferStatus,
    /// 'YYYY-MM-DD'
    pub last_confirmed_on: String,
}

/// One line in a list of offers.
#[derive(Debug, Clone)]
pub struct OfferSummary {
    pub id: i64,
    pub name: String,
    pub short_description: String,
    pub organisation: String,
    pub town: Option<String>,
    pub channel: Channel,
    pub last_confirmed_on: String,
}

impl Store {
    pub async fn organisation_count(&self, municipality_id: i64) -> Result<i64> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM organisation WHERE municipality_id = $1")
                .bind(municipality_id)
                .fetch_one(self.pool())
                .await?,
        )
    }

    /// Active offers per life arena (an offer in two arenas counts in both).
    pub async fn active_offers_per_arena(
        &self,
        municipality_id: i64,
    ) -> Result<BTreeMap<LifeArena, i64>> {
        let rows = sqlx::query(
            "SELECT a.life_arena, COUNT(*) AS n FROM offer_life_arena a JOIN offer o ON o.id = a.offer_id \
             WHERE o.municipality_id = $1 AND o.status = 'active' GROUP BY a.life_arena",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        let mut counts: BTreeMap<LifeArena, i64> = LifeArena::ALL.iter().map(|a| (*a, 0)).collect();
        for row in rows {
            let code: String = row.try_get("life_arena")?;
            if let Some(arena) = LifeArena::from_code(&code) {
                counts.insert(arena, row.try_get("n")?);
            }
        }
        Ok(counts)
    }

    /// Active offers in one life arena, by name.
    pub async fn active_offers_in_arena(
        &self,
        municipality_id: i64,
        arena: LifeArena,
    ) -> Result<Vec<OfferSummary>> {
        let rows = sqlx::query(
            "SELECT o.id, o.name, o.short_description, org.name AS organisation, t.name AS town, o.channel, o.last_confirmed_on \
             FROM offer o JOIN offer_life_arena a ON a.offer_id = o.id \
             JOIN organisation org ON org.id = o.organisation_id \
             LEFT JOIN town t ON t.id = o.town_id \
             WHERE o.municipality_id = $1 AND o.status = 'active' AND a.life_arena = $2 \
             ORDER BY o.name, o.id",
        )
        .bind(municipality_id)
        .bind(arena.code())
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let channel: String = row.try_get("channel")?;
                Ok(OfferSummary {
                    id: row.try_get("id")?,
                    name: row.try_get("name")?,
                    short_description: row.try_get("short_description")?,
                    organisation: row.try_get("organisation")?,
                    town: row.try_get("town")?,
                    channel: Channel::from_code(&channel).unwrap_or(Channel::InPerson),
                    last_confirmed_on: row.try_get("last_confirmed_on")?,
                })
            })
            .collect()
    }

    /// Adds an organisation and records the change (used by imports and, later, the staff area).
    pub async fn add_organisation(
        &self,
        municipality_id: i64,
        org: &NewOrganisation,
    ) -> Result<i64> {
        let mut tx = self.pool().begin().await?;
        let id = insert_organisation(&mut tx, municipality_id, org).await?;
        changes::record(
            &mut tx,
            Some(municipality_id),
            "organisation",
            &id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }
}

pub async fn insert_organisation(
    conn: &mut AnyConnection,
    municipality_id: i64,
    org: &NewOrganisation,
) -> Result<i64> {
    let now = now();
    sqlx::query_scalar(
        "INSERT INTO organisation (municipality_id, slug, name, kind, description, email, phone, website, town_id, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
    )
    .bind(municipality_id)
    .bind(&org.slug)
    .bind(&org.name)
    .bind(&org.kind)
    .bind(&org.description)
    .bind(&org.email)
    .bind(&org.phone)
    .bind(&org.website)
    .bind(org.town_id)
    .bind(now)
    .fetch_one(&mut *conn)
    .await
    .map_err(|e| unique_violation(e, || format!("organisation '{}'", org.slug)))
}

pub async fn insert_offer(
    conn: &mut AnyConnection,
    municipality_id: i64,
    offer: &NewOffer,
) -> Result<i64> {
    let now = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO offer (municipality_id, organisation_id, name, short_description, description, age_min, age_max, \
         cost_kind, cost_amount_dkk, cost_note, how_to_join, newcomers_welcome, bring_someone, ambassador_can_join, \
         channel, place_id, town_id, address, schedule_rrule, start_time, end_time, languages, status, \
         last_confirmed_on, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $25) \
         RETURNING id",
    )
    .bind(municipality_id)
    .bind(offer.organisation_id)
    .bind(&offer.name)
    .bind(&offer.short_description)
    .bind(&offer.description)
    .bind(offer.age_min)
    .bind(offer.age_max)
    .bind(offer.cost.code())
    .bind(offer.cost_amount_dkk)
    .bind(&offer.cost_note)
    .bind(offer.how_to_join.code())
    .bind(i64::from(offer.newcomers_welcome))
    .bind(i64::from(offer.bring_someone))
    .bind(i64::from(offer.ambassador_can_join))
    .bind(offer.channel.code())
    .bind(offer.place_id)
    .bind(offer.town_id)
    .bind(&offer.address)
    .bind(&offer.schedule_rrule)
    .bind(&offer.start_time)
    .bind(&offer.end_time)
    .bind(offer.languages.join(","))
    .bind(offer.status.code())
    .bind(&offer.last_confirmed_on)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    let arenas: Vec<&str> = offer.life_arenas.iter().map(|a| a.code()).collect();
    insert_facet(conn, "offer_life_arena", "life_arena", id, &arenas).await?;
    insert_facet(
        conn,
        "offer_target_group",
        "target_group",
        id,
        &offer.target_groups,
    )
    .await?;
    insert_facet(
        conn,
        "offer_activity_type",
        "activity_type",
        id,
        &offer.activity_types,
    )
    .await?;
    insert_facet(
        conn,
        "offer_accessibility",
        "feature",
        id,
        &offer.accessibility,
    )
    .await?;
    Ok(id)
}

/// Facet tables share one shape: (offer_id, value). Table and column names are ours, never input.
async fn insert_facet(
    conn: &mut AnyConnection,
    table: &str,
    column: &str,
    offer_id: i64,
    values: &[impl AsRef<str>],
) -> Result<()> {
    let sql =
        format!("INSERT INTO {table} (offer_id, {column}) VALUES ($1, $2) ON CONFLICT DO NOTHING");
    for value in values {
        sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(offer_id)
            .bind(value.as_ref())
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
