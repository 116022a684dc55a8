//! The tenant and its own data: municipality, towns, places, phone lines.

use sqlx::{AnyConnection, Row, any::AnyRow};

use super::{Result, Store, StoreError, changes, flag};
use crate::domain::{Coordinate, Municipality, MunicipalityTexts, PhoneLine, Place, Town};

/// A municipality to insert (from the demo files or, later, an import).
#[derive(Debug, Clone)]
pub struct NewMunicipality {
    pub slug: String,
    pub name: String,
    pub short_name: String,
    pub code: Option<i64>,
    pub contact_email: String,
    pub contact_phone: String,
    pub address: String,
    pub website: String,
    pub center: Coordinate,
    pub texts: MunicipalityTexts,
    pub is_demo: bool,
}

#[derive(Debug, Clone)]
pub struct NewTown {
    pub name: String,
    pub kind: String,
    pub coordinate: Coordinate,
    pub approximate: bool,
    pub population: Option<i64>,
    pub source_url: String,
}

#[derive(Debug, Clone)]
pub struct NewPlace {
    pub town_id: Option<i64>,
    pub name: String,
    pub kind: String,
    pub address: String,
    pub coordinate: Coordinate,
    pub approximate: bool,
    pub is_station: bool,
    pub source_url: String,
}

const MUNICIPALITY_COLUMNS: &str = "id, slug, name, short_name, contact_email, contact_phone, address, website, \
     center_lat, center_lon, texts_json, is_demo";

impl Store {
    /// The municipality with this slug, or the first one when `slug` is `None`.
    pub async fn municipality(&self, slug: Option<&str>) -> Result<Municipality> {
        let row = match slug {
            Some(slug) => {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "SELECT {MUNICIPALITY_COLUMNS} FROM municipality WHERE slug = $1"
                )))
                .bind(slug)
                .fetch_optional(self.pool())
                .await?
            }
            None => {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "SELECT {MUNICIPALITY_COLUMNS} FROM municipality ORDER BY id LIMIT 1"
                )))
                .fetch_optional(self.pool())
                .await?
            }
        };
        row.as_ref()
            .map(municipality_from_row)
            .transpose()?
            .ok_or(StoreError::NotFound)
    }

    /// Every municipality's id, for jobs that visit them all.
    pub async fn municipality_ids(&self) -> Result<Vec<i64>> {
        Ok(
            sqlx::query_scalar("SELECT id FROM municipality ORDER BY id")
                .fetch_all(self.pool())
                .await?,
        )
    }

    pub async fn municipality_count(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM municipality")
            .fetch_one(self.pool())
            .await?)
    }

    pub async fn towns(&self, municipality_id: i64) -> Result<Vec<Town>> {
        let rows = sqlx::query(
            "SELECT id, name, kind, lat, lon, approximate, population FROM town \
             WHERE municipality_id = $1 ORDER BY name",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Town {
                    id: row.try_get("id")?,
                    name: row.try_get("name")?,
                    kind: row.try_get("kind")?,
                    coordinate: Coordinate {
                        lat: row.try_get("lat")?,
                        lon: row.try_get("lon")?,
                    },
                    approximate: flag(row.try_get("approximate")?),
                    population: row.try_get("population")?,
                })
            })
            .collect()
    }

    pub async fn places(&self, municipality_id: i64) -> Result<Vec<Place>> {
        let rows = sqlx::query(
            "SELECT id, town_id, name, kind, address, lat, lon, approximate, is_station FROM place \
             WHERE municipality_id = $1 ORDER BY name",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Place {
                    id: row.try_get("id")?,
                    town_id: row.try_get("town_id")?,
                    name: row.try_get("name")?,
                    kind: row.try_get("kind")?,
                    address: row.try_get("address")?,
                    coordinate: Coordinate {
                        lat: row.try_get("lat")?,
                        lon: row.try_get("lon")?,
                    },
                    approximate: flag(row.try_get("approximate")?),
                    is_station: flag(row.try_get("is_station")?),
                })
            })
            .collect()
    }

    pub async fn phone_lines(&self, municipality_id: i64) -> Result<Vec<PhoneLine>> {
        let rows = sqlx::query(
            "SELECT name, phone, hours, description FROM phone_line WHERE municipality_id = $1 ORDER BY position",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(PhoneLine {
                    name: row.try_get("name")?,
                    phone: row.try_get("phone")?,
                    hours: row.try_get("hours")?,
                    description: row.try_get("description")?,
                })
            })
            .collect()
    }

    /// Changes the municipality's display name (an administrator's setting).
    pub async fn rename_municipality(&self, municipality_id: i64, name: &str) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        let done = sqlx::query("UPDATE municipality SET name = $1 WHERE id = $2")
            .bind(name)
            .bind(municipality_id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        changes::record(
            &mut tx,
            self.now(),
            Some(municipality_id),
            "municipality",
            &municipality_id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

fn municipality_from_row(row: &AnyRow) -> Result<Municipality> {
    let texts_json: String = row.try_get("texts_json")?;
    let texts = serde_json::from_str(&texts_json)
        .map_err(|e| StoreError::Invalid(format!("municipality texts: {e}")))?;
    Ok(Municipality {
        id: row.try_get("id")?,
        slug: row.try_get("slug")?,
        name: row.try_get("name")?,
        short_name: row.try_get("short_name")?,
        contact_email: row.try_get("contact_email")?,
        contact_phone: row.try_get("contact_phone")?,
        address: row.try_get("address")?,
        website: row.try_get("website")?,
        center: Coordinate {
            lat: row.try_get("center_lat")?,
            lon: row.try_get("center_lon")?,
        },
        texts,
        is_demo: flag(row.try_get("is_demo")?),
    })
}

/// Inserts within a caller's transaction; returns the new id.
pub async fn insert_municipality(
    conn: &mut AnyConnection,
    now: i64,
    m: &NewMunicipality,
) -> Result<i64> {
    let texts = serde_json::to_string(&m.texts).map_err(|e| StoreError::Invalid(e.to_string()))?;
    let id = sqlx::query_scalar(
        "INSERT INTO municipality (slug, name, short_name, code, contact_email, contact_phone, address, website, \
         center_lat, center_lon, texts_json, is_demo, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(&m.slug)
    .bind(&m.name)
    .bind(&m.short_name)
    .bind(m.code)
    .bind(&m.contact_email)
    .bind(&m.contact_phone)
    .bind(&m.address)
    .bind(&m.website)
    .bind(m.center.lat)
    .bind(m.center.lon)
    .bind(texts)
    .bind(i64::from(m.is_demo))
    .bind(now)
    .fetch_one(&mut *conn)
    .await
    .map_err(|e| unique_violation(e, || format!("municipality '{}'", m.slug)))?;
    Ok(id)
}

pub async fn insert_phone_line(
    conn: &mut AnyConnection,
    municipality_id: i64,
    position: i64,
    line: &PhoneLine,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO phone_line (municipality_id, position, name, phone, hours, description) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(municipality_id)
    .bind(position)
    .bind(&line.name)
    .bind(&line.phone)
    .bind(&line.hours)
    .bind(&line.description)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn insert_town(
    conn: &mut AnyConnection,
    municipality_id: i64,
    town: &NewTown,
) -> Result<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO town (municipality_id, name, kind, lat, lon, approximate, population, source_url) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(municipality_id)
    .bind(&town.name)
    .bind(&town.kind)
    .bind(town.coordinate.lat)
    .bind(town.coordinate.lon)
    .bind(i64::from(town.approximate))
    .bind(town.population)
    .bind(&town.source_url)
    .fetch_one(&mut *conn)
    .await
    .map_err(|e| unique_violation(e, || format!("town '{}'", town.name)))?;
    Ok(id)
}

pub async fn insert_place(
    conn: &mut AnyConnection,
    municipality_id: i64,
    place: &NewPlace,
) -> Result<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO place (municipality_id, town_id, name, kind, address, lat, lon, approximate, is_station, source_url) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(municipality_id)
    .bind(place.town_id)
    .bind(&place.name)
    .bind(&place.kind)
    .bind(&place.address)
    .bind(place.coordinate.lat)
    .bind(place.coordinate.lon)
    .bind(i64::from(place.approximate))
    .bind(i64::from(place.is_station))
    .bind(&place.source_url)
    .fetch_one(&mut *conn)
    .await
    .map_err(|e| unique_violation(e, || format!("place '{}'", place.name)))?;
    Ok(id)
}

/// Maps a unique-constraint violation to [`StoreError::Conflict`]; everything else passes through.
pub(crate) fn unique_violation(err: sqlx::Error, what: impl FnOnce() -> String) -> StoreError {
    match &err {
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(what()),
        _ => StoreError::Sql(err),
    }
}
