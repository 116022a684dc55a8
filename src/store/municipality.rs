//! The tenant and its own data: municipality, towns, places, phone lines.

use sqlx::{AnyConnection, Row, any::AnyRow};

use std::collections::HashMap;

use super::audit::{self, Actor};
use super::{Result, Store, StoreError, changes, flag};
use crate::domain::{Coordinate, Municipality, PhoneLine, Place, Town};
use crate::municipality::{Checked, PlaceEntry, TownEntry};

pub use crate::municipality::{NewMunicipality, NewPlace, NewTown, Settings};

const MUNICIPALITY_COLUMNS: &str = "id, slug, name, short_name, contact_email, contact_phone, address, website, \
     center_lat, center_lon, texts_json, is_demo, header_colour, logo_svg, mail_name";

/// A municipality as the list of municipalities shows it.
#[derive(Debug, Clone)]
pub struct Listed {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub hosts: Vec<String>,
}

/// The ids a new municipality's towns and places got, by name.
pub struct Inserted {
    pub id: i64,
    pub towns: HashMap<String, i64>,
    pub places: HashMap<String, i64>,
}

/// Writes a checked municipality file within the caller's transaction: the municipality,
/// its hosts, phone lines, towns and places. A slug or host already taken is refused
/// naming the field, and the caller's transaction is then rolled back whole.
pub async fn insert_checked(
    conn: &mut AnyConnection,
    now: i64,
    file: &Checked,
) -> Result<Inserted> {
    let id = insert_municipality(conn, now, &file.municipality).await?;
    for (i, host) in file.hosts.iter().enumerate() {
        let taken: Option<String> = sqlx::query_scalar(
            "SELECT m.name FROM municipality_host h JOIN municipality m ON m.id = h.municipality_id WHERE h.host = $1",
        )
        .bind(host)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(by) = taken {
            return Err(StoreError::Conflict(format!(
                "hosts[{}]: '{host}' bruges allerede af {by}",
                i + 1
            )));
        }
        sqlx::query("INSERT INTO municipality_host (host, municipality_id) VALUES ($1, $2)")
            .bind(host)
            .bind(id)
            .execute(&mut *conn)
            .await
            .map_err(|e| {
                unique_violation(e, || format!("hosts[{}]: '{host}' bruges allerede", i + 1))
            })?;
    }
    for (position, line) in file.phone_lines.iter().enumerate() {
        insert_phone_line(conn, id, position as i64, line).await?;
    }
    let mut towns = HashMap::new();
    for town in &file.towns {
        towns.insert(town.name.clone(), insert_town(conn, id, town).await?);
    }
    let mut places = HashMap::new();
    for (place, town) in &file.places {
        let place = NewPlace {
            town_id: town.as_ref().and_then(|t| towns.get(t).copied()),
            ..place.clone()
        };
        places.insert(place.name.clone(), insert_place(conn, id, &place).await?);
    }
    Ok(Inserted { id, towns, places })
}

impl Store {
    /// Onboards a municipality from a checked file, in one transaction with its audit line
    /// and the change-log row that makes every server build its snapshot. Returns its id.
    pub async fn add_municipality(&self, file: &Checked, actor: Actor) -> Result<i64> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let inserted = insert_checked(&mut tx, now, file).await?;
        audit::staff_change(
            &mut tx,
            now,
            inserted.id,
            actor,
            "municipality.add",
            ("municipality", &inserted.id.to_string()),
            &file.municipality.slug,
        )
        .await?;
        tx.commit().await?;
        Ok(inserted.id)
    }

    /// Every municipality with its hosts, by name.
    pub async fn municipality_list(&self) -> Result<Vec<Listed>> {
        let rows = sqlx::query("SELECT id, slug, name FROM municipality ORDER BY name")
            .fetch_all(self.pool())
            .await?;
        let hosts = self.hosts().await?;
        rows.iter()
            .map(|row| {
                let id: i64 = row.try_get("id")?;
                Ok(Listed {
                    id,
                    slug: row.try_get("slug")?,
                    name: row.try_get("name")?,
                    hosts: hosts
                        .iter()
                        .filter(|(_, m)| *m == id)
                        .map(|(h, _)| h.clone())
                        .collect(),
                })
            })
            .collect()
    }

    /// The address links in a job's mail use: the configured one on a server that serves
    /// one municipality (`serves_one`: `SAMMEN_MUNICIPALITY` is set), else as
    /// [`Store::public_base`] has it (the municipality's own host once there are several).
    pub async fn link_base(
        &self,
        configured: &str,
        serves_one: bool,
        municipality_id: i64,
    ) -> Result<String> {
        if serves_one {
            return Ok(configured.trim_end_matches('/').to_owned());
        }
        self.public_base(configured, municipality_id).await
    }

    /// A municipality's public address for links, as the servers' snapshots have it (see
    /// [`crate::municipality::public_base`]).
    pub async fn public_base(&self, configured: &str, municipality_id: i64) -> Result<String> {
        let hosts: Vec<String> = self
            .hosts()
            .await?
            .into_iter()
            .filter(|(_, id)| *id == municipality_id)
            .map(|(h, _)| h)
            .collect();
        let count = self.municipality_count().await? as usize;
        Ok(crate::municipality::public_base(configured, &hosts, count))
    }

    /// Every host and the municipality it belongs to.
    pub async fn hosts(&self) -> Result<Vec<(String, i64)>> {
        let rows = sqlx::query("SELECT host, municipality_id FROM municipality_host ORDER BY host")
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("host")?, row.try_get("municipality_id")?)))
            .collect()
    }

    /// The municipality with this slug as a file again (`sammen municipality export`).
    pub async fn municipality_file(&self, slug: &str) -> Result<crate::municipality::File> {
        let m = self.municipality(Some(slug)).await?;
        let code: Option<i64> = sqlx::query_scalar("SELECT code FROM municipality WHERE id = $1")
            .bind(m.id)
            .fetch_one(self.pool())
            .await?;
        let hosts = self
            .hosts()
            .await?
            .into_iter()
            .filter(|(_, id)| *id == m.id)
            .map(|(h, _)| h)
            .collect();
        let town_rows = sqlx::query(
            "SELECT id, name, kind, lat, lon, approximate, population, source_url FROM town WHERE municipality_id = $1 ORDER BY id",
        )
        .bind(m.id)
        .fetch_all(self.pool())
        .await?;
        let mut town_names = HashMap::new();
        let mut towns = Vec::new();
        for row in &town_rows {
            let name: String = row.try_get("name")?;
            town_names.insert(row.try_get::<i64, _>("id")?, name.clone());
            towns.push(TownEntry {
                name,
                kind: row.try_get("kind")?,
                lat: Some(row.try_get("lat")?),
                lon: Some(row.try_get("lon")?),
                approximate: flag(row.try_get("approximate")?),
                population: row.try_get("population")?,
                source_url: row.try_get("source_url")?,
            });
        }
        let place_rows = sqlx::query(
            "SELECT town_id, name, kind, address, lat, lon, approximate, source_url FROM place WHERE municipality_id = $1 ORDER BY id",
        )
        .bind(m.id)
        .fetch_all(self.pool())
        .await?;
        let places = place_rows
            .iter()
            .map(|row| {
                let town: Option<i64> = row.try_get("town_id")?;
                Ok(PlaceEntry {
                    name: row.try_get("name")?,
                    kind: row.try_get("kind")?,
                    town: town
                        .and_then(|t| town_names.get(&t).cloned())
                        .unwrap_or_default(),
                    address: row.try_get("address")?,
                    lat: Some(row.try_get("lat")?),
                    lon: Some(row.try_get("lon")?),
                    approximate: flag(row.try_get("approximate")?),
                    source_url: row.try_get("source_url")?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let phone_lines = self.phone_lines(m.id).await?;
        Ok(crate::municipality::File::from_stored(
            crate::municipality::Stored {
                municipality: &m,
                code,
                hosts,
                phone_lines: &phone_lines,
                towns,
                places,
            },
        ))
    }

    /// An administrator's change to the municipality's own settings, with its audit line
    /// and change-log row (every server's page frame shows them).
    pub async fn update_municipality_settings(
        &self,
        municipality_id: i64,
        settings: &Settings,
        actor: Actor,
    ) -> Result<()> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        sqlx::query(
            "UPDATE municipality SET name = $1, short_name = $2, contact_email = $3, contact_phone = $4, \
             address = $5, website = $6, header_colour = $7, mail_name = $8 WHERE id = $9",
        )
        .bind(&settings.name)
        .bind(&settings.short_name)
        .bind(&settings.contact_email)
        .bind(&settings.contact_phone)
        .bind(&settings.address)
        .bind(&settings.website)
        .bind(&settings.header_colour)
        .bind(&settings.mail_name)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await?;
        audit::staff_change(
            &mut tx,
            now,
            municipality_id,
            actor,
            "municipality.settings",
            ("municipality", &municipality_id.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

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

    pub async fn municipality_by_id(&self, id: i64) -> Result<Municipality> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {MUNICIPALITY_COLUMNS} FROM municipality WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
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
        header_colour: row.try_get("header_colour")?,
        logo_svg: row.try_get("logo_svg")?,
        mail_name: row.try_get("mail_name")?,
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
         center_lat, center_lon, texts_json, is_demo, created_at, header_colour, logo_svg, mail_name) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id",
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
    .bind(&m.header_colour)
    .bind(&m.logo_svg)
    .bind(&m.mail_name)
    .fetch_one(&mut *conn)
    .await
    .map_err(|e| unique_violation(e, || format!("slug: '{}' findes allerede", m.slug)))?;
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
