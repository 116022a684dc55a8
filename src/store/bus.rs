//! Den Glade Bus: stops, the published weekly plan, pauses.

use sqlx::{AnyConnection, Row};

use super::{Result, Store, StoreError};
use crate::bus::{Pause, Plan, Stop, Visit};
use crate::domain::Coordinate;

fn list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

pub struct NewStop<'a> {
    pub key: &'a str,
    pub name: &'a str,
    pub town_id: Option<i64>,
    pub at: Coordinate,
    pub accessibility: &'a [String],
    pub indoor_fallback: &'a str,
    pub typical_visitors: &'a str,
}

pub async fn insert_stop(
    conn: &mut AnyConnection,
    municipality_id: i64,
    s: &NewStop<'_>,
) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO bus_stop (municipality_id, key, name, town_id, lat, lon, accessibility, indoor_fallback, typical_visitors) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(municipality_id)
    .bind(s.key)
    .bind(s.name)
    .bind(s.town_id)
    .bind(s.at.lat)
    .bind(s.at.lon)
    .bind(s.accessibility.join(","))
    .bind(s.indoor_fallback)
    .bind(s.typical_visitors)
    .fetch_one(&mut *conn)
    .await?)
}

pub async fn insert_visit(
    conn: &mut AnyConnection,
    municipality_id: i64,
    stop_id: i64,
    weekday: u8,
    arrive: &str,
    stay_minutes: i64,
    activities: &[String],
) -> Result<()> {
    sqlx::query(
        "INSERT INTO bus_visit (municipality_id, stop_id, weekday, arrive, stay_minutes, activities) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(municipality_id)
    .bind(stop_id)
    .bind(i64::from(weekday))
    .bind(arrive)
    .bind(stay_minutes)
    .bind(activities.join(","))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn insert_pause(
    conn: &mut AnyConnection,
    municipality_id: i64,
    from: &str,
    to: &str,
    reason: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO bus_pause (municipality_id, from_day, to_day, reason) VALUES ($1, $2, $3, $4)",
    )
    .bind(municipality_id)
    .bind(from)
    .bind(to)
    .bind(reason)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

impl Store {
    /// The published plan: every stop, every visit in weekday and time order, the pauses.
    pub async fn bus_plan(&self, municipality_id: i64, name: &str) -> Result<Plan> {
        let stops = sqlx::query(
            "SELECT s.id, s.key, s.name, t.name AS town, s.lat, s.lon, s.accessibility, s.indoor_fallback, s.typical_visitors \
             FROM bus_stop s LEFT JOIN town t ON t.id = s.town_id WHERE s.municipality_id = $1 ORDER BY s.name, s.id",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            Ok(Stop {
                id: r.try_get("id")?,
                key: r.try_get("key")?,
                name: r.try_get("name")?,
                town: r.try_get("town")?,
                at: Coordinate {
                    lat: r.try_get("lat")?,
                    lon: r.try_get("lon")?,
                },
                accessibility: list(&r.try_get::<String, _>("accessibility")?),
                indoor_fallback: r.try_get("indoor_fallback")?,
                typical_visitors: r.try_get("typical_visitors")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
        let visits = sqlx::query(
            "SELECT id, stop_id, weekday, arrive, stay_minutes, activities FROM bus_visit \
             WHERE municipality_id = $1 ORDER BY weekday, arrive, id",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            let arrive: String = r.try_get("arrive")?;
            Ok(Visit {
                id: r.try_get("id")?,
                stop_id: r.try_get("stop_id")?,
                weekday: r.try_get::<i64, _>("weekday")? as u8,
                arrive: format!("{arrive}:00")
                    .parse()
                    .map_err(|_| StoreError::Invalid(format!("bus arrival '{arrive}'")))?,
                stay_minutes: r.try_get("stay_minutes")?,
                activities: list(&r.try_get::<String, _>("activities")?),
            })
        })
        .collect::<Result<Vec<_>>>()?;
        let pauses = sqlx::query(
            "SELECT from_day, to_day, reason FROM bus_pause WHERE municipality_id = $1 ORDER BY id",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            let (from, to): (String, String) = (r.try_get("from_day")?, r.try_get("to_day")?);
            Ok(Pause {
                from: Pause::day(&from)
                    .ok_or_else(|| StoreError::Invalid(format!("pause day '{from}'")))?,
                to: Pause::day(&to)
                    .ok_or_else(|| StoreError::Invalid(format!("pause day '{to}'")))?,
                reason: r.try_get("reason")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
        Ok(Plan {
            name: name.to_owned(),
            stops,
            visits,
            pauses,
        })
    }
}
