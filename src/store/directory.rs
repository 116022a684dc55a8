//! Organisations and their offers (the Social Vejviser's content).

use std::collections::HashMap;

use sqlx::{AnyConnection, Row};

use super::{Result, Store, StoreError, changes, flag};
use crate::domain::{
    Channel, Coordinate, CostKind, HowToJoin, LifeArena, Offer, OfferStatus, OrganisationRef,
    PlaceRef, TownRef,
};
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
    /// Days the rule would hit but the offer does not take place.
    pub schedule_exceptions: Vec<jiff::civil::Date>,
    pub start_time: String,
    pub end_time: String,
    pub accessibility: Vec<String>,
    pub languages: Vec<String>,
    pub status: OfferStatus,
    /// 'YYYY-MM-DD'
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

    /// Every offer of the municipality that is not ended, with all it needs to be shown
    /// and searched. Four queries whatever the number of offers.
    pub async fn offers(&self, municipality_id: i64) -> Result<Vec<Offer>> {
        self.read_offers(municipality_id, Selection::Listed).await
    }

    /// Every offer of the municipality, ended ones too (exports).
    pub async fn all_offers(&self, municipality_id: i64) -> Result<Vec<Offer>> {
        self.read_offers(municipality_id, Selection::All).await
    }

    /// One offer by id (any status), or `NotFound`.
    pub async fn offer(&self, municipality_id: i64, id: i64) -> Result<Offer> {
        self.read_offers(municipality_id, Selection::One(id))
            .await?
            .pop()
            .ok_or(StoreError::NotFound)
    }

    /// Offers with no life arena yet ("not classified yet", e.g. after an import), for the
    /// moderators: (id, name), ended ones left out.
    pub async fn unclassified_offers(&self, municipality_id: i64) -> Result<Vec<(i64, String)>> {
        let rows = sqlx::query(
            "SELECT o.id, o.name FROM offer o WHERE o.municipality_id = $1 AND o.status <> 'ended' \
             AND NOT EXISTS (SELECT 1 FROM offer_life_arena a WHERE a.offer_id = o.id) ORDER BY o.id",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("id")?, row.try_get("name")?)))
            .collect()
    }

    async fn read_offers(&self, municipality_id: i64, which: Selection) -> Result<Vec<Offer>> {
        let (filter, only) = match which {
            Selection::Listed => ("o.status <> 'ended' AND o.listed = 1 AND $2 = 0", None),
            Selection::All => ("$2 = 0", None),
            Selection::One(id) => ("o.id = $2", Some(id)),
        };
        let sql = format!(
            "SELECT o.id, o.name, o.short_description, o.description, o.age_min, o.age_max, o.cost_kind, \
                    o.cost_amount_dkk, o.cost_note, o.how_to_join, o.newcomers_welcome, o.bring_someone, \
                    o.ambassador_can_join, o.channel, o.address, o.schedule_rrule, o.schedule_exceptions, o.start_time, o.end_time, \
                    o.languages, o.status, o.last_confirmed_on, o.hsds_id, \
                    org.id AS org_id, org.name AS org_name, org.email AS org_email, org.phone AS org_phone, \
                    org.website AS org_website, \
                    p.id AS place_id, p.name AS place_name, p.address AS place_address, p.lat AS place_lat, p.lon AS place_lon, \
                    t.id AS town_id, t.name AS town_name, t.lat AS town_lat, t.lon AS town_lon \
             FROM offer o JOIN organisation org ON org.id = o.organisation_id \
             LEFT JOIN place p ON p.id = o.place_id LEFT JOIN town t ON t.id = o.town_id \
             WHERE o.municipality_id = $1 AND {filter} ORDER BY o.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .bind(only.unwrap_or(0))
            .fetch_all(self.pool())
            .await?;
        let mut offers = rows
            .iter()
            .map(offer_from_row)
            .collect::<Result<Vec<_>>>()?;
        let facets = self.facets(municipality_id, only).await?;
        let mut youth = self.youth_marks(municipality_id, only).await?;
        for offer in &mut offers {
            if let Some(marks) = youth.remove(&offer.id) {
                offer.youth = marks;
            }
            if let Some(f) = facets.get(&offer.id) {
                offer.life_arenas = f.life_arenas.clone();
                offer.target_groups = f.target_groups.clone();
                offer.activity_types = f.activity_types.clone();
                offer.accessibility = f.accessibility.clone();
            }
        }
        Ok(offers)
    }

    async fn facets(
        &self,
        municipality_id: i64,
        only: Option<i64>,
    ) -> Result<HashMap<i64, Facets>> {
        let mut facets: HashMap<i64, Facets> = HashMap::new();
        for (table, column) in FACET_TABLES {
            let sql = format!(
                "SELECT f.offer_id, f.{column} AS value FROM {table} f JOIN offer o ON o.id = f.offer_id \
                 WHERE o.municipality_id = $1 AND ($2 = 0 OR o.id = $2) ORDER BY f.offer_id, f.{column}"
            );
            let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(municipality_id)
                .bind(only.unwrap_or(0))
                .fetch_all(self.pool())
                .await?;
            for row in rows {
                let entry = facets.entry(row.try_get("offer_id")?).or_default();
                let value: String = row.try_get("value")?;
                match table {
                    "offer_life_arena" => entry.life_arenas.extend(LifeArena::from_code(&value)),
                    "offer_target_group" => entry.target_groups.push(value),
                    "offer_activity_type" => entry.activity_types.push(value),
                    _ => entry.accessibility.push(value),
                }
            }
        }
        Ok(facets)
    }

    /// Adds an offer and records the change (imports, and later the organisations' own forms).
    pub async fn add_offer(&self, municipality_id: i64, offer: &NewOffer) -> Result<i64> {
        let mut tx = self.pool().begin().await?;
        let id = insert_offer(&mut tx, self.now(), municipality_id, offer).await?;
        changes::record(
            &mut tx,
            self.now(),
            Some(municipality_id),
            "offer",
            &id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Asks every server to rebuild its derived state (the search index), e.g. after a
    /// change to the synonym list or the analysis. Nothing else changes.
    pub async fn request_reindex(&self) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        changes::record(&mut tx, self.now(), None, "reindex", "all").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds an organisation and records the change (used by imports and, later, the staff area).
    pub async fn add_organisation(
        &self,
        municipality_id: i64,
        org: &NewOrganisation,
    ) -> Result<i64> {
        let mut tx = self.pool().begin().await?;
        let id = insert_organisation(&mut tx, self.now(), municipality_id, org).await?;
        changes::record(
            &mut tx,
            self.now(),
            Some(municipality_id),
            "organisation",
            &id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }
}

/// Which offers `read_offers` reads.
#[derive(Debug, Clone, Copy)]
enum Selection {
    /// What citizens see: all but the ended ones.
    Listed,
    All,
    One(i64),
}

const FACET_TABLES: [(&str, &str); 4] = [
    ("offer_life_arena", "life_arena"),
    ("offer_target_group", "target_group"),
    ("offer_activity_type", "activity_type"),
    ("offer_accessibility", "feature"),
];

#[derive(Default)]
struct Facets {
    life_arenas: Vec<LifeArena>,
    target_groups: Vec<String>,
    activity_types: Vec<String>,
    accessibility: Vec<String>,
}

fn offer_from_row(row: &sqlx::any::AnyRow) -> Result<Offer> {
    fn vocabulary<T>(
        row: &sqlx::any::AnyRow,
        column: &str,
        parse: fn(&str) -> Option<T>,
    ) -> Result<T> {
        let code: String = row.try_get(column)?;
        parse(&code).ok_or_else(|| StoreError::Invalid(format!("{column} '{code}'")))
    }
    let place_id: Option<i64> = row.try_get("place_id")?;
    let town_id: Option<i64> = row.try_get("town_id")?;
    let place_coordinate = match (
        row.try_get::<Option<f64>, _>("place_lat")?,
        row.try_get::<Option<f64>, _>("place_lon")?,
    ) {
        (Some(lat), Some(lon)) => Some(Coordinate { lat, lon }),
        _ => None,
    };
    let town_coordinate = match (
        row.try_get::<Option<f64>, _>("town_lat")?,
        row.try_get::<Option<f64>, _>("town_lon")?,
    ) {
        (Some(lat), Some(lon)) => Some(Coordinate { lat, lon }),
        _ => None,
    };
    let languages: String = row.try_get("languages")?;
    let confirmed: String = row.try_get("last_confirmed_on")?;
    let id: i64 = row.try_get("id")?;
    let stored: Option<String> = row.try_get("hsds_id")?;
    Ok(Offer {
        id,
        // The id it was imported with; derived state gives the others theirs
        // (`directory::hsds::entity_id`), since the store knows no HSDS.
        hsds_id: stored.unwrap_or_default(),
        organisation: OrganisationRef {
            id: row.try_get("org_id")?,
            name: row.try_get("org_name")?,
            email: row.try_get("org_email")?,
            phone: row.try_get("org_phone")?,
            website: row.try_get("org_website")?,
        },
        name: row.try_get("name")?,
        short_description: row.try_get("short_description")?,
        description: row.try_get("description")?,
        life_arenas: Vec::new(),
        target_groups: Vec::new(),
        activity_types: Vec::new(),
        accessibility: Vec::new(),
        languages: languages
            .split(',')
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        age_min: row.try_get("age_min")?,
        age_max: row.try_get("age_max")?,
        cost: vocabulary(row, "cost_kind", CostKind::from_code)?,
        cost_amount_dkk: row.try_get("cost_amount_dkk")?,
        cost_note: row.try_get("cost_note")?,
        how_to_join: vocabulary(row, "how_to_join", HowToJoin::from_code)?,
        newcomers_welcome: flag(row.try_get("newcomers_welcome")?),
        bring_someone: flag(row.try_get("bring_someone")?),
        ambassador_can_join: flag(row.try_get("ambassador_can_join")?),
        channel: vocabulary(row, "channel", Channel::from_code)?,
        place: match place_id {
            Some(id) => Some(PlaceRef {
                id,
                name: row.try_get("place_name")?,
                address: row.try_get("place_address")?,
            }),
            None => None,
        },
        town: match town_id {
            Some(id) => Some(TownRef {
                id,
                name: row.try_get("town_name")?,
            }),
            None => None,
        },
        address: row.try_get("address")?,
        coordinate: place_coordinate.or(town_coordinate),
        schedule_rrule: row.try_get("schedule_rrule")?,
        schedule_exceptions: {
            let text: String = row.try_get("schedule_exceptions")?;
            text.split(',')
                .filter(|d| !d.is_empty())
                .map(|d| {
                    d.parse()
                        .map_err(|e| StoreError::Invalid(format!("schedule exception '{d}': {e}")))
                })
                .collect::<Result<Vec<_>>>()?
        },
        start_time: row.try_get("start_time")?,
        end_time: row.try_get("end_time")?,
        status: vocabulary(row, "status", OfferStatus::from_code)?,
        last_confirmed_on: confirmed
            .parse()
            .map_err(|e| StoreError::Invalid(format!("last_confirmed_on '{confirmed}': {e}")))?,
        youth: Default::default(),
    })
}

pub async fn insert_organisation(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    org: &NewOrganisation,
) -> Result<i64> {
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
    now: i64,
    municipality_id: i64,
    offer: &NewOffer,
) -> Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO offer (municipality_id, organisation_id, name, short_description, description, age_min, age_max, \
         cost_kind, cost_amount_dkk, cost_note, how_to_join, newcomers_welcome, bring_someone, ambassador_can_join, \
         channel, place_id, town_id, address, schedule_rrule, start_time, end_time, languages, status, \
         last_confirmed_on, created_at, updated_at, schedule_exceptions) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $25, $26) \
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
    .bind(offer.schedule_exceptions.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(","))
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

/// A report waiting for a moderator.
#[derive(Debug, Clone)]
pub struct OpenReport {
    pub id: i64,
    pub offer_id: i64,
    pub offer_name: String,
    pub message: String,
    pub contact: String,
    /// Unix seconds.
    pub created_at: i64,
}

/// A citizen's "this information is wrong" about an offer.
#[derive(Debug, Clone)]
pub struct NewOfferReport {
    pub offer_id: i64,
    pub message: String,
    /// E-mail or phone, if the person wants an answer; may be empty.
    pub contact: String,
}

impl Store {
    /// Files a report for the moderators. The offer must belong to the municipality.
    pub async fn add_offer_report(
        &self,
        municipality_id: i64,
        report: &NewOfferReport,
    ) -> Result<i64> {
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO offer_report (municipality_id, offer_id, message, contact, created_at) \
             SELECT $1, id, $3, $4, $5 FROM offer WHERE id = $2 AND municipality_id = $1 RETURNING id",
        )
        .bind(municipality_id)
        .bind(report.offer_id)
        .bind(&report.message)
        .bind(&report.contact)
        .bind(self.now())
        .fetch_optional(self.pool())
        .await?;
        id.ok_or(StoreError::NotFound)
    }

    /// Reports no moderator has handled yet, oldest first.
    pub async fn open_offer_report_list(&self, municipality_id: i64) -> Result<Vec<OpenReport>> {
        let rows = sqlx::query(
            "SELECT r.id, r.offer_id, o.name AS offer_name, r.message, r.contact, r.created_at \
             FROM offer_report r JOIN offer o ON o.id = r.offer_id \
             WHERE r.municipality_id = $1 AND r.status = 'new' ORDER BY r.created_at, r.id",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(OpenReport {
                    id: row.try_get("id")?,
                    offer_id: row.try_get("offer_id")?,
                    offer_name: row.try_get("offer_name")?,
                    message: row.try_get("message")?,
                    contact: row.try_get("contact")?,
                    created_at: row.try_get("created_at")?,
                })
            })
            .collect()
    }

    /// How many reports no moderator has handled yet.
    pub async fn open_offer_reports(&self, municipality_id: i64) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM offer_report WHERE municipality_id = $1 AND status = 'new'",
        )
        .bind(municipality_id)
        .fetch_one(self.pool())
        .await?)
    }
}
