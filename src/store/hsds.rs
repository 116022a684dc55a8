//! HSDS exchange (see [`crate::directory::hsds`]): what an export reads, with the stored HSDS ids, and
//! the import, one transaction for a whole file.

use std::collections::{HashMap, HashSet};

use sqlx::{AnyConnection, Row};

use super::directory::{NewOrganisation, insert_offer, insert_organisation};
use super::municipality::{NewPlace, insert_place, unique_violation};
use super::{Result, Store, StoreError, changes};
use crate::directory::hsds::{
    ExportOffer, ExportSource, HsdsOrganisation, HsdsPlace, ImportLocation, ImportRecord,
    ImportSummary,
};
use crate::directory::search::analysis::fold;
use crate::domain::{Coordinate, Municipality};

impl Store {
    /// Everything an HSDS export of the municipality needs: every offer (ended ones too),
    /// its organisation and place, and the HSDS ids stored so far.
    pub async fn hsds_source(&self, municipality: &Municipality) -> Result<ExportSource> {
        let id = municipality.id;
        let mut offer_ids = self.hsds_ids("offer", id).await?;
        let offers = self
            .all_offers(id)
            .await?
            .into_iter()
            .map(|offer| ExportOffer {
                hsds_id: offer_ids.remove(&offer.id),
                offer,
            })
            .collect();
        Ok(ExportSource {
            municipality_slug: municipality.slug.clone(),
            offers,
            organisations: self.hsds_organisations(id).await?,
            places: self.hsds_places(id).await?,
        })
    }

    /// Imports checked records into the municipality: all of them or, on any error, none.
    pub async fn import_hsds(
        &self,
        municipality: &Municipality,
        records: &[ImportRecord],
    ) -> Result<ImportSummary> {
        let mut tx = self.pool().begin().await?;
        let towns = towns(&mut tx, municipality.id).await?;
        let mut organisations = HashSet::new();
        for record in records {
            organisations
                .insert(import_one(&mut tx, self.now(), municipality, &towns, record).await?);
        }
        tx.commit().await?;
        Ok(ImportSummary {
            offers: records.len(),
            organisations: organisations.len(),
            unclassified: records
                .iter()
                .filter(|r| r.offer.life_arenas.is_empty())
                .count(),
        })
    }

    /// Our id → stored HSDS id, for the rows of `table` (ours, never input) that have one.
    async fn hsds_ids(&self, table: &str, municipality_id: i64) -> Result<HashMap<i64, String>> {
        let sql = format!(
            "SELECT id, hsds_id FROM {table} WHERE municipality_id = $1 AND hsds_id IS NOT NULL"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("id")?, row.try_get("hsds_id")?)))
            .collect()
    }

    async fn hsds_organisations(
        &self,
        municipality_id: i64,
    ) -> Result<HashMap<i64, HsdsOrganisation>> {
        let rows = sqlx::query(
            "SELECT id, hsds_id, name, kind, description, email, phone, website FROM organisation \
             WHERE municipality_id = $1",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let organisation = HsdsOrganisation {
                    hsds_id: row.try_get("hsds_id")?,
                    name: row.try_get("name")?,
                    kind: row.try_get("kind")?,
                    description: row.try_get("description")?,
                    email: row.try_get("email")?,
                    phone: row.try_get("phone")?,
                    website: row.try_get("website")?,
                };
                Ok((row.try_get("id")?, organisation))
            })
            .collect()
    }

    async fn hsds_places(&self, municipality_id: i64) -> Result<HashMap<i64, HsdsPlace>> {
        let rows = sqlx::query(
            "SELECT id, hsds_id, name, address, lat, lon FROM place WHERE municipality_id = $1",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let place = HsdsPlace {
                    hsds_id: row.try_get("hsds_id")?,
                    name: row.try_get("name")?,
                    address: row.try_get("address")?,
                    coordinate: Some(Coordinate {
                        lat: row.try_get("lat")?,
                        lon: row.try_get("lon")?,
                    }),
                };
                Ok((row.try_get("id")?, place))
            })
            .collect()
    }
}

struct TownPoint {
    id: i64,
    name: String,
    coordinate: Coordinate,
}

async fn towns(conn: &mut AnyConnection, municipality_id: i64) -> Result<Vec<TownPoint>> {
    let rows = sqlx::query("SELECT id, name, lat, lon FROM town WHERE municipality_id = $1")
        .bind(municipality_id)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter()
        .map(|row| {
            Ok(TownPoint {
                id: row.try_get("id")?,
                name: row.try_get("name")?,
                coordinate: Coordinate {
                    lat: row.try_get("lat")?,
                    lon: row.try_get("lon")?,
                },
            })
        })
        .collect()
}

/// Inserts one offer with its organisation and place; returns the organisation's id.
async fn import_one(
    conn: &mut AnyConnection,
    now: i64,
    municipality: &Municipality,
    towns: &[TownPoint],
    record: &ImportRecord,
) -> Result<i64> {
    let municipality_id = municipality.id;
    if find_by_hsds_id(conn, "offer", municipality_id, &record.hsds_id)
        .await?
        .is_some()
    {
        return Err(StoreError::Conflict(format!(
            "{}: id: an offer with this id is already in the directory",
            record.label()
        )));
    }
    let named_town = record
        .town
        .as_deref()
        .and_then(|name| towns.iter().find(|t| fold(&t.name) == fold(name)));
    let organisation_id =
        resolve_organisation(conn, now, municipality_id, &record.organisation).await?;
    let (place_id, place_town, address) = match &record.location {
        Some(ImportLocation::Place(place)) => {
            let fallback = named_town.map_or(municipality.center, |t| t.coordinate);
            let (id, town) =
                resolve_place(conn, now, municipality_id, towns, place, fallback).await?;
            (Some(id), town, String::new())
        }
        Some(ImportLocation::Address(address)) => (None, None, address.clone()),
        None => (None, None, String::new()),
    };
    let offer = crate::store::directory::NewOffer {
        organisation_id,
        place_id,
        town_id: named_town.map(|t| t.id).or(place_town),
        address,
        ..record.offer.clone()
    };
    let id = insert_offer(conn, now, municipality_id, &offer).await?;
    set_hsds_id(conn, "offer", id, &record.hsds_id).await?;
    changes::record(conn, now, Some(municipality_id), "offer", &id.to_string()).await?;
    Ok(organisation_id)
}

/// The organisation with this HSDS id, else a new one. The stand-in organiser (no id) is
/// found by its slug so that imports share one.
async fn resolve_organisation(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    org: &HsdsOrganisation,
) -> Result<i64> {
    let base = crate::format::slug(&org.name, "organisation");
    let found = match &org.hsds_id {
        Some(hsds_id) => find_by_hsds_id(conn, "organisation", municipality_id, hsds_id).await?,
        None => {
            sqlx::query_scalar(
                "SELECT id FROM organisation WHERE municipality_id = $1 AND slug = $2 AND hsds_id IS NULL",
            )
            .bind(municipality_id)
            .bind(&base)
            .fetch_optional(&mut *conn)
            .await?
        }
    };
    if let Some(id) = found {
        return Ok(id);
    }
    let new = NewOrganisation {
        slug: free_slug(conn, municipality_id, &base).await?,
        name: org.name.clone(),
        kind: org.kind.clone(),
        description: org.description.clone(),
        email: org.email.clone(),
        phone: org.phone.clone(),
        website: org.website.clone(),
        town_id: None,
    };
    let id = insert_organisation(conn, now, municipality_id, &new).await?;
    if let Some(hsds_id) = &org.hsds_id {
        set_hsds_id(conn, "organisation", id, hsds_id).await?;
    }
    changes::record(
        conn,
        now,
        Some(municipality_id),
        "organisation",
        &id.to_string(),
    )
    .await?;
    Ok(id)
}

/// The place with this HSDS id, else the one with this name (which then keeps the id), else
/// a new place in the town nearest to it. Returns the place and its town.
async fn resolve_place(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    towns: &[TownPoint],
    place: &HsdsPlace,
    fallback: Coordinate,
) -> Result<(i64, Option<i64>)> {
    let hsds_id = place.hsds_id.as_deref().unwrap_or_default();
    let found: Option<(i64, Option<i64>, Option<String>)> = sqlx::query_as(
        "SELECT id, town_id, hsds_id FROM place WHERE municipality_id = $1 \
         AND (hsds_id = $2 OR name = $3) ORDER BY CASE WHEN hsds_id = $2 THEN 0 ELSE 1 END LIMIT 1",
    )
    .bind(municipality_id)
    .bind(hsds_id)
    .bind(&place.name)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some((id, town_id, stored)) = found {
        if stored.is_none() && !hsds_id.is_empty() {
            set_hsds_id(conn, "place", id, hsds_id).await?;
            changes::record(conn, now, Some(municipality_id), "place", &id.to_string()).await?;
        }
        return Ok((id, town_id));
    }
    let town_id = place
        .coordinate
        .and_then(|c| nearest(towns, c))
        .map(|t| t.id);
    let new = NewPlace {
        town_id,
        name: place.name.clone(),
        kind: String::new(),
        address: place.address.clone(),
        coordinate: place.coordinate.unwrap_or(fallback),
        approximate: place.coordinate.is_none(),
        is_station: false,
        source_url: "HSDS import".into(),
    };
    let id = insert_place(conn, municipality_id, &new).await?;
    if !hsds_id.is_empty() {
        set_hsds_id(conn, "place", id, hsds_id).await?;
    }
    changes::record(conn, now, Some(municipality_id), "place", &id.to_string()).await?;
    Ok((id, town_id))
}

/// Near enough on the scale of a municipality: degrees of longitude shrink with latitude.
fn nearest(towns: &[TownPoint], c: Coordinate) -> Option<&TownPoint> {
    let distance = |t: &TownPoint| {
        let dx = (t.coordinate.lon - c.lon) * c.lat.to_radians().cos();
        let dy = t.coordinate.lat - c.lat;
        dx * dx + dy * dy
    };
    towns
        .iter()
        .min_by(|a, b| distance(a).total_cmp(&distance(b)))
}

async fn find_by_hsds_id(
    conn: &mut AnyConnection,
    table: &str,
    municipality_id: i64,
    hsds_id: &str,
) -> Result<Option<i64>> {
    let sql = format!("SELECT id FROM {table} WHERE municipality_id = $1 AND hsds_id = $2");
    Ok(sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .bind(municipality_id)
        .bind(hsds_id)
        .fetch_optional(&mut *conn)
        .await?)
}

/// `table` is ours, never input.
async fn set_hsds_id(conn: &mut AnyConnection, table: &str, id: i64, hsds_id: &str) -> Result<()> {
    let sql = format!("UPDATE {table} SET hsds_id = $1 WHERE id = $2");
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(hsds_id)
        .bind(id)
        .execute(&mut *conn)
        .await
        .map_err(|e| unique_violation(e, || format!("{table} with HSDS id {hsds_id}")))?;
    Ok(())
}

/// `base`, or `base-2`, `base-3`, … whichever is not taken yet.
async fn free_slug(conn: &mut AnyConnection, municipality_id: i64, base: &str) -> Result<String> {
    let mut candidate = base.to_owned();
    for n in 2.. {
        let taken: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM organisation WHERE municipality_id = $1 AND slug = $2",
        )
        .bind(municipality_id)
        .bind(&candidate)
        .fetch_optional(&mut *conn)
        .await?;
        if taken.is_none() {
            break;
        }
        candidate = format!("{base}-{n}");
    }
    Ok(candidate)
}
