//! Den Glade Bus: stops, the published weekly plan, pauses.

use sqlx::{AnyConnection, Row};

use super::audit::{self, Actor};
use super::{Result, Store, StoreError, list};
use jiff::Timestamp;
use jiff::civil::{Date, Time};

use crate::bus::bell::{Channel, Subscription};
use crate::bus::live::{Fix, Mark, MarkKind};
use crate::bus::planning::{Draft, Settings, Wish};
use crate::bus::{Extra, Pause, Plan, Stop, Visit};
use crate::domain::Coordinate;
use crate::i18n::Lang;

/// What a stop is, apart from its id and its key.
pub struct StopPlace {
    pub name: String,
    pub town_id: Option<i64>,
    pub at: Coordinate,
    pub accessibility: Vec<String>,
    pub indoor_fallback: String,
    pub typical_visitors: String,
}

pub async fn insert_stop(
    conn: &mut AnyConnection,
    municipality_id: i64,
    key: &str,
    s: &StopPlace,
) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO bus_stop (municipality_id, key, name, town_id, lat, lon, accessibility, indoor_fallback, typical_visitors) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(municipality_id)
    .bind(key)
    .bind(&s.name)
    .bind(s.town_id)
    .bind(s.at.lat)
    .bind(s.at.lon)
    .bind(s.accessibility.join(","))
    .bind(&s.indoor_fallback)
    .bind(&s.typical_visitors)
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

/// A staff change to the bus is audited under the plan itself, and logged as a change
/// (every server's snapshot holds the plan), in the change's transaction.
async fn audit_plan(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    by: Actor,
    action: &str,
    detail: &str,
) -> Result<()> {
    audit::staff_change(
        conn,
        now,
        municipality_id,
        by,
        action,
        ("bus-plan", &municipality_id.to_string()),
        detail,
    )
    .await
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
                arrive: hh_mm(&arrive)?,
                stay_minutes: r.try_get("stay_minutes")?,
                activities: list(&r.try_get::<String, _>("activities")?),
            })
        })
        .collect::<Result<Vec<_>>>()?;
        let pauses = self
            .bus_pauses(municipality_id)
            .await?
            .into_iter()
            .map(|(_, pause)| pause)
            .collect();
        let yesterday = self
            .clock()
            .today()
            .yesterday()
            .map_err(|e| StoreError::Invalid(e.to_string()))?;
        let extras = sqlx::query(
            "SELECT id, stop_id, day, arrive, stay_minutes, activities FROM bus_extra_visit \
             WHERE municipality_id = $1 AND day >= $2 ORDER BY day, arrive, id",
        )
        .bind(municipality_id)
        .bind(yesterday.to_string())
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            let day: String = r.try_get("day")?;
            let date: Date = day
                .parse()
                .map_err(|_| StoreError::Invalid(format!("bus day '{day}'")))?;
            Ok(Extra {
                date,
                visit: Visit {
                    // Negative: never the same as a weekly visit's id.
                    id: -r.try_get::<i64, _>("id")?,
                    stop_id: r.try_get("stop_id")?,
                    weekday: date.weekday().to_monday_zero_offset() as u8,
                    arrive: hh_mm(&r.try_get::<String, _>("arrive")?)?,
                    stay_minutes: r.try_get("stay_minutes")?,
                    activities: list(&r.try_get::<String, _>("activities")?),
                },
            })
        })
        .collect::<Result<Vec<_>>>()?;
        let speed_kmh = match self.bus_settings(municipality_id).await? {
            Some(settings) => settings.speed_kmh,
            None => crate::bus::planner::SPEED_KMH,
        };
        Ok(Plan {
            name: name.to_owned(),
            speed_kmh,
            stops,
            visits,
            pauses,
            extras,
        })
    }
}

// ---- Live: positions and the crew's marks -------------------------------------------

impl Store {
    pub async fn insert_fix(&self, municipality_id: i64, fix: &Fix) -> Result<()> {
        sqlx::query(
            "INSERT INTO bus_fix (municipality_id, at, lat, lon, accuracy_m) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(municipality_id)
        .bind(fix.at.as_second())
        .bind(fix.position.lat)
        .bind(fix.position.lon)
        .bind(fix.accuracy_m)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Positions between two instants, oldest first.
    pub async fn fixes_between(
        &self,
        municipality_id: i64,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<Fix>> {
        sqlx::query(
            "SELECT at, lat, lon, accuracy_m FROM bus_fix WHERE municipality_id = $1 AND at >= $2 AND at <= $3 ORDER BY at, id",
        )
        .bind(municipality_id)
        .bind(from.as_second())
        .bind(to.as_second())
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            Ok(Fix {
                at: Timestamp::from_second(r.try_get("at")?)
                    .map_err(|e| StoreError::Invalid(e.to_string()))?,
                position: Coordinate {
                    lat: r.try_get("lat")?,
                    lon: r.try_get("lon")?,
                },
                accuracy_m: r.try_get("accuracy_m")?,
            })
        })
        .collect()
    }

    /// Positions are the crew's whereabouts: kept only as long as a tour needs them.
    pub async fn prune_fixes(&self, before: Timestamp) -> Result<u64> {
        Ok(sqlx::query("DELETE FROM bus_fix WHERE at < $1")
            .bind(before.as_second())
            .execute(self.pool())
            .await?
            .rows_affected())
    }

    /// Records a button press; pressing twice keeps the first.
    pub async fn insert_mark(&self, municipality_id: i64, day: Date, mark: &Mark) -> Result<()> {
        sqlx::query(
            "INSERT INTO bus_mark (municipality_id, stop_id, day, arrive, kind, at) VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (municipality_id, stop_id, day, arrive, kind) DO NOTHING",
        )
        .bind(municipality_id)
        .bind(mark.stop_id)
        .bind(day.to_string())
        .bind(mark.arrive.strftime("%H:%M").to_string())
        .bind(mark.kind.code())
        .bind(mark.at.as_second())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn marks_on(&self, municipality_id: i64, day: Date) -> Result<Vec<Mark>> {
        sqlx::query(
            "SELECT stop_id, arrive, kind, at FROM bus_mark WHERE municipality_id = $1 AND day = $2 ORDER BY at, id",
        )
        .bind(municipality_id)
        .bind(day.to_string())
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            let arrive: String = r.try_get("arrive")?;
            let kind: String = r.try_get("kind")?;
            Ok(Mark {
                stop_id: r.try_get("stop_id")?,
                arrive: hh_mm(&arrive)?,
                kind: MarkKind::parse(&kind)
                    .ok_or_else(|| StoreError::Invalid(format!("bus mark '{kind}'")))?,
                at: Timestamp::from_second(r.try_get("at")?)
                    .map_err(|e| StoreError::Invalid(e.to_string()))?,
            })
        })
        .collect()
    }
}

/// 'HH:MM' as stored.
pub fn hh_mm(text: &str) -> Result<Time> {
    format!("{text}:00")
        .parse()
        .map_err(|_| StoreError::Invalid(format!("bus time '{text}'")))
}

// ---- The bell ------------------------------------------------------------------------

pub struct NewSubscription<'a> {
    pub stop_id: i64,
    pub channel: Channel,
    pub address: &'a str,
    pub p256dh: Option<&'a str>,
    pub auth: Option<&'a str>,
    pub lead_minutes: Option<i64>,
    pub day_before: bool,
    pub lang: Lang,
}

const SUBSCRIPTION_COLUMNS: &str =
    "id, stop_id, channel, address, p256dh, auth, lead_minutes, day_before, confirmed, lang";

fn subscription_from_row(r: &sqlx::any::AnyRow) -> Result<Subscription> {
    let channel: String = r.try_get("channel")?;
    let lang: String = r.try_get("lang")?;
    Ok(Subscription {
        id: r.try_get("id")?,
        stop_id: r.try_get("stop_id")?,
        channel: Channel::parse(&channel)
            .ok_or_else(|| StoreError::Invalid(format!("bell channel '{channel}'")))?,
        address: r.try_get("address")?,
        p256dh: r.try_get("p256dh")?,
        auth: r.try_get("auth")?,
        lead_minutes: r.try_get("lead_minutes")?,
        day_before: r.try_get::<i64, _>("day_before")? == 1,
        confirmed: r.try_get::<i64, _>("confirmed")? == 1,
        lang: Lang::from_code(&lang).unwrap_or(Lang::Da),
    })
}

impl Store {
    /// A new subscription, unconfirmed for e-mail (the mail's link confirms it) and
    /// confirmed for Web Push (the browser's permission is the consent). An address
    /// already listening at the stop is returned as it is, untouched: `(id, new)`.
    pub async fn subscribe(
        &self,
        municipality_id: i64,
        s: &NewSubscription<'_>,
    ) -> Result<(i64, bool)> {
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO bus_subscription (municipality_id, stop_id, channel, address, p256dh, auth, lead_minutes, day_before, confirmed, lang, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (stop_id, address) DO NOTHING RETURNING id",
        )
        .bind(municipality_id)
        .bind(s.stop_id)
        .bind(s.channel.code())
        .bind(s.address)
        .bind(s.p256dh)
        .bind(s.auth)
        .bind(s.lead_minutes)
        .bind(i64::from(s.day_before))
        .bind(i64::from(s.channel == Channel::Push))
        .bind(s.lang.code())
        .bind(self.now())
        .fetch_optional(self.pool())
        .await?;
        match id {
            Some(id) => Ok((id, true)),
            None => {
                let id = sqlx::query_scalar(
                    "SELECT id FROM bus_subscription WHERE stop_id = $1 AND address = $2",
                )
                .bind(s.stop_id)
                .bind(s.address)
                .fetch_one(self.pool())
                .await?;
                Ok((id, false))
            }
        }
    }

    pub async fn subscription(&self, id: i64) -> Result<Option<Subscription>> {
        // The column list is a constant.
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {SUBSCRIPTION_COLUMNS} FROM bus_subscription WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .as_ref()
        .map(subscription_from_row)
        .transpose()
    }

    pub async fn subscriptions(&self, municipality_id: i64) -> Result<Vec<Subscription>> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {SUBSCRIPTION_COLUMNS} FROM bus_subscription WHERE municipality_id = $1 ORDER BY id"
        )))
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(subscription_from_row)
        .collect()
    }

    pub async fn confirm_subscription(&self, id: i64) -> Result<()> {
        sqlx::query("UPDATE bus_subscription SET confirmed = 1 WHERE id = $1")
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Gone at once: the address is not kept.
    pub async fn unsubscribe(&self, id: i64) -> Result<bool> {
        Ok(sqlx::query("DELETE FROM bus_subscription WHERE id = $1")
            .bind(id)
            .execute(self.pool())
            .await?
            .rows_affected()
            > 0)
    }

    /// Unconfirmed e-mail subscriptions older than a week are dropped.
    pub async fn prune_unconfirmed_subscriptions(&self, before: i64) -> Result<u64> {
        Ok(
            sqlx::query("DELETE FROM bus_subscription WHERE confirmed = 0 AND created_at < $1")
                .bind(before)
                .execute(self.pool())
                .await?
                .rows_affected(),
        )
    }
}

// ---- Planning: the stops' wishes, the crew's day, the draft ---------------------------

impl Store {
    pub async fn bus_settings(&self, municipality_id: i64) -> Result<Option<Settings>> {
        sqlx::query(
            "SELECT depot_name, depot_lat, depot_lon, shift_start, shift_end, speed_kmh, min_stay_minutes \
             FROM bus_settings WHERE municipality_id = $1",
        )
        .bind(municipality_id)
        .fetch_optional(self.pool())
        .await?
        .map(|r| {
            Ok(Settings {
                depot_name: r.try_get("depot_name")?,
                depot: Coordinate {
                    lat: r.try_get("depot_lat")?,
                    lon: r.try_get("depot_lon")?,
                },
                shift_start: hh_mm(&r.try_get::<String, _>("shift_start")?)?,
                shift_end: hh_mm(&r.try_get::<String, _>("shift_end")?)?,
                speed_kmh: r.try_get("speed_kmh")?,
                min_stay_minutes: r.try_get("min_stay_minutes")?,
            })
        })
        .transpose()
    }

    pub async fn bus_wishes(&self, municipality_id: i64) -> Result<Vec<Wish>> {
        sqlx::query(
            "SELECT id, per_week, days, window_from, window_to, stay_minutes, activities FROM bus_stop WHERE municipality_id = $1 ORDER BY id",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            let from: Option<String> = r.try_get("window_from")?;
            let to: Option<String> = r.try_get("window_to")?;
            let window = match (from, to) {
                (Some(a), Some(b)) => Some((hh_mm(&a)?, hh_mm(&b)?)),
                _ => None,
            };
            Ok(Wish {
                stop_id: r.try_get("id")?,
                per_week: r.try_get::<i64, _>("per_week")?.clamp(0, 7) as u8,
                days: list(&r.try_get::<String, _>("days")?)
                    .iter()
                    .filter_map(|d| d.parse::<u8>().ok())
                    .filter(|d| *d < 7)
                    .collect(),
                window,
                stay_minutes: r.try_get("stay_minutes")?,
                activities: list(&r.try_get::<String, _>("activities")?),
            })
        })
        .collect()
    }

    /// The draft, as visits (ids are the draft rows').
    pub async fn bus_draft(&self, municipality_id: i64) -> Result<Vec<Visit>> {
        sqlx::query(
            "SELECT id, stop_id, weekday, arrive, stay_minutes, activities FROM bus_draft_visit \
             WHERE municipality_id = $1 ORDER BY weekday, arrive, id",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            Ok(Visit {
                id: r.try_get("id")?,
                stop_id: r.try_get("stop_id")?,
                weekday: r.try_get::<i64, _>("weekday")? as u8,
                arrive: hh_mm(&r.try_get::<String, _>("arrive")?)?,
                stay_minutes: r.try_get("stay_minutes")?,
                activities: list(&r.try_get::<String, _>("activities")?),
            })
        })
        .collect()
    }

    /// Replaces the draft with these visits, in one transaction with its audit line
    /// (`action`: the planner's proposal or a copy of the published week).
    pub async fn replace_bus_draft(
        &self,
        municipality_id: i64,
        visits: &[Draft],
        by: Actor,
        action: &str,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("DELETE FROM bus_draft_visit WHERE municipality_id = $1")
            .bind(municipality_id)
            .execute(&mut *tx)
            .await?;
        for v in visits {
            sqlx::query(
                "INSERT INTO bus_draft_visit (municipality_id, stop_id, weekday, arrive, stay_minutes, activities) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(municipality_id)
            .bind(v.stop_id)
            .bind(i64::from(v.weekday))
            .bind(v.arrive.strftime("%H:%M").to_string())
            .bind(v.stay_minutes)
            .bind(v.activities.join(","))
            .execute(&mut *tx)
            .await?;
        }
        audit_plan(&mut tx, self.now(), municipality_id, by, action, "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Moves a draft visit or changes its stay. `false` when there is no such visit.
    pub async fn update_bus_draft_visit(
        &self,
        municipality_id: i64,
        id: i64,
        weekday: u8,
        arrive: Time,
        stay_minutes: i64,
        by: Actor,
    ) -> Result<bool> {
        let mut tx = self.pool().begin().await?;
        let found = sqlx::query(
            "UPDATE bus_draft_visit SET weekday = $1, arrive = $2, stay_minutes = $3 WHERE id = $4 AND municipality_id = $5",
        )
        .bind(i64::from(weekday))
        .bind(arrive.strftime("%H:%M").to_string())
        .bind(stay_minutes)
        .bind(id)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            > 0;
        if !found {
            return Ok(false);
        }
        audit_plan(
            &mut tx,
            self.now(),
            municipality_id,
            by,
            "bus-plan-edited",
            &format!("visit {id}"),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    pub async fn discard_bus_draft(&self, municipality_id: i64, by: Actor) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("DELETE FROM bus_draft_visit WHERE municipality_id = $1")
            .bind(municipality_id)
            .execute(&mut *tx)
            .await?;
        audit_plan(
            &mut tx,
            self.now(),
            municipality_id,
            by,
            "bus-plan-discarded",
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The draft becomes the published plan, and the draft is gone, with the audit line;
    /// all or nothing. Returns how many visits were published.
    pub async fn publish_bus_draft(&self, municipality_id: i64, by: Actor) -> Result<u64> {
        let mut tx = self.pool().begin().await?;
        // A write first: SQLite must not start this transaction as a reader.
        sqlx::query("DELETE FROM bus_visit WHERE municipality_id = $1")
            .bind(municipality_id)
            .execute(&mut *tx)
            .await?;
        let copied = sqlx::query(
            "INSERT INTO bus_visit (municipality_id, stop_id, weekday, arrive, stay_minutes, activities) \
             SELECT municipality_id, stop_id, weekday, arrive, stay_minutes, activities FROM bus_draft_visit WHERE municipality_id = $1",
        )
        .bind(municipality_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        sqlx::query("DELETE FROM bus_draft_visit WHERE municipality_id = $1")
            .bind(municipality_id)
            .execute(&mut *tx)
            .await?;
        audit_plan(
            &mut tx,
            self.now(),
            municipality_id,
            by,
            "bus-plan-published",
            &format!("{copied} visits"),
        )
        .await?;
        tx.commit().await?;
        Ok(copied)
    }
}

/// What a stop asks of the plan (the demo loader; staff edit stops in the data for now).
pub async fn set_wish(conn: &mut AnyConnection, wish: &Wish) -> Result<()> {
    let (from, to) = match wish.window {
        Some((a, b)) => (
            Some(a.strftime("%H:%M").to_string()),
            Some(b.strftime("%H:%M").to_string()),
        ),
        None => (None, None),
    };
    sqlx::query(
        "UPDATE bus_stop SET per_week = $1, days = $2, window_from = $3, window_to = $4, stay_minutes = $5, activities = $6 WHERE id = $7",
    )
    .bind(i64::from(wish.per_week))
    .bind(
        wish.days
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(","),
    )
    .bind(from)
    .bind(to)
    .bind(wish.stay_minutes)
    .bind(wish.activities.join(","))
    .bind(wish.stop_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Writes the crew's day, replacing what was there.
pub async fn insert_settings(
    conn: &mut AnyConnection,
    municipality_id: i64,
    s: &Settings,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO bus_settings (municipality_id, depot_name, depot_lat, depot_lon, shift_start, shift_end, speed_kmh, min_stay_minutes) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (municipality_id) DO UPDATE SET depot_name = excluded.depot_name, depot_lat = excluded.depot_lat, \
         depot_lon = excluded.depot_lon, shift_start = excluded.shift_start, shift_end = excluded.shift_end, \
         speed_kmh = excluded.speed_kmh, min_stay_minutes = excluded.min_stay_minutes",
    )
    .bind(municipality_id)
    .bind(&s.depot_name)
    .bind(s.depot.lat)
    .bind(s.depot.lon)
    .bind(s.shift_start.strftime("%H:%M").to_string())
    .bind(s.shift_end.strftime("%H:%M").to_string())
    .bind(s.speed_kmh)
    .bind(s.min_stay_minutes)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A visit on a chosen date; `Draft::weekday` is ignored (the date has one).
pub async fn insert_extra(
    conn: &mut AnyConnection,
    municipality_id: i64,
    date: Date,
    visit: &Draft,
) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO bus_extra_visit (municipality_id, stop_id, day, arrive, stay_minutes, activities) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(municipality_id)
    .bind(visit.stop_id)
    .bind(date.to_string())
    .bind(visit.arrive.strftime("%H:%M").to_string())
    .bind(visit.stay_minutes)
    .bind(visit.activities.join(","))
    .fetch_one(&mut *conn)
    .await?)
}

impl Store {
    /// A visit on a chosen date, at once public, with its audit line.
    pub async fn add_extra_visit(
        &self,
        municipality_id: i64,
        date: Date,
        visit: &Draft,
        by: Actor,
    ) -> Result<i64> {
        let mut tx = self.pool().begin().await?;
        let id = insert_extra(&mut tx, municipality_id, date, visit).await?;
        audit_plan(
            &mut tx,
            self.now(),
            municipality_id,
            by,
            "bus-extra-added",
            &format!("extra {id} on {date}"),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// `id` is the extra's row id (the plan shows it negated). `false` when not found.
    pub async fn delete_extra_visit(
        &self,
        municipality_id: i64,
        id: i64,
        by: Actor,
    ) -> Result<bool> {
        let mut tx = self.pool().begin().await?;
        let found =
            sqlx::query("DELETE FROM bus_extra_visit WHERE id = $1 AND municipality_id = $2")
                .bind(id)
                .bind(municipality_id)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                > 0;
        if !found {
            return Ok(false);
        }
        audit_plan(
            &mut tx,
            self.now(),
            municipality_id,
            by,
            "bus-extra-deleted",
            &format!("extra {id}"),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}

impl Store {
    /// Saves the crew's day (depot, hours, speed, minimum stay) with its audit line.
    pub async fn save_bus_settings(
        &self,
        municipality_id: i64,
        settings: &Settings,
        by: Actor,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        insert_settings(&mut tx, municipality_id, settings).await?;
        let detail = format!(
            "{} {}–{} {} km/t, mindst {} min.",
            settings.depot_name,
            settings.shift_start.strftime("%H:%M"),
            settings.shift_end.strftime("%H:%M"),
            settings.speed_kmh,
            settings.min_stay_minutes
        );
        audit_plan(
            &mut tx,
            self.now(),
            municipality_id,
            by,
            "bus-settings",
            &detail,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The yearly pauses with their ids, in the order they were added.
    pub async fn bus_pauses(&self, municipality_id: i64) -> Result<Vec<(i64, Pause)>> {
        sqlx::query(
            "SELECT id, from_day, to_day, reason FROM bus_pause WHERE municipality_id = $1 ORDER BY id",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            let (from, to): (String, String) = (r.try_get("from_day")?, r.try_get("to_day")?);
            let day = |text: &str| {
                Pause::day(text).ok_or_else(|| StoreError::Invalid(format!("pause day '{text}'")))
            };
            Ok((
                r.try_get("id")?,
                Pause {
                    from: day(&from)?,
                    to: day(&to)?,
                    reason: r.try_get("reason")?,
                },
            ))
        })
        .collect()
    }

    /// Adds a yearly pause, with its audit line.
    pub async fn add_bus_pause(
        &self,
        municipality_id: i64,
        pause: &Pause,
        by: Actor,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        let day = |(m, d): (i8, i8)| format!("{m:02}-{d:02}");
        insert_pause(
            &mut tx,
            municipality_id,
            &day(pause.from),
            &day(pause.to),
            &pause.reason,
        )
        .await?;
        let detail = format!("{:?}–{:?} {}", pause.from, pause.to, pause.reason);
        audit_plan(
            &mut tx,
            self.now(),
            municipality_id,
            by,
            "bus-pause-added",
            &detail,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// `false` when there is no such pause in this municipality.
    pub async fn delete_bus_pause(&self, municipality_id: i64, id: i64, by: Actor) -> Result<bool> {
        let mut tx = self.pool().begin().await?;
        let found = sqlx::query("DELETE FROM bus_pause WHERE id = $1 AND municipality_id = $2")
            .bind(id)
            .bind(municipality_id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            > 0;
        if !found {
            return Ok(false);
        }
        audit_plan(
            &mut tx,
            self.now(),
            municipality_id,
            by,
            "bus-pause-deleted",
            &format!("pause {id}"),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Adds a stop (visited once a week on a weekday, an hour, until staff say otherwise)
    /// under `key`, or `key-2`, `key-3`, … when a stop already has it.
    pub async fn create_stop(
        &self,
        municipality_id: i64,
        key: &str,
        stop: &StopPlace,
        by: Actor,
    ) -> Result<i64> {
        let mut tx = self.pool().begin().await?;
        // A write first, so SQLite starts this transaction as a writer (no upgrade later).
        sqlx::query("UPDATE bus_stop SET key = key WHERE municipality_id = $1 AND key = $2")
            .bind(municipality_id)
            .bind(key)
            .execute(&mut *tx)
            .await?;
        let taken: Vec<String> = sqlx::query_scalar(
            "SELECT key FROM bus_stop WHERE municipality_id = $1 AND (key = $2 OR key LIKE $3)",
        )
        .bind(municipality_id)
        .bind(key)
        .bind(format!("{key}-%"))
        .fetch_all(&mut *tx)
        .await?;
        let free = (1..)
            .map(|n| match n {
                1 => key.to_owned(),
                n => format!("{key}-{n}"),
            })
            .find(|k| !taken.contains(k))
            .expect("an unused key");
        let id = insert_stop(&mut tx, municipality_id, &free, stop).await?;
        audit_plan(
            &mut tx,
            self.now(),
            municipality_id,
            by,
            "bus-stop-new",
            &format!("stop {id}"),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Changes a stop's facts (not its key, which a road table may name); `false` when
    /// the stop is not this municipality's.
    pub async fn update_stop(
        &self,
        municipality_id: i64,
        id: i64,
        stop: &StopPlace,
        by: Actor,
    ) -> Result<bool> {
        let mut tx = self.pool().begin().await?;
        let found = sqlx::query(
            "UPDATE bus_stop SET name = $1, town_id = $2, lat = $3, lon = $4, accessibility = $5, \
             indoor_fallback = $6, typical_visitors = $7 WHERE id = $8 AND municipality_id = $9",
        )
        .bind(&stop.name)
        .bind(stop.town_id)
        .bind(stop.at.lat)
        .bind(stop.at.lon)
        .bind(stop.accessibility.join(","))
        .bind(&stop.indoor_fallback)
        .bind(&stop.typical_visitors)
        .bind(id)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            > 0;
        if !found {
            return Ok(false);
        }
        audit_plan(
            &mut tx,
            self.now(),
            municipality_id,
            by,
            "bus-stop-edit",
            &format!("stop {id}"),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Saves what a stop asks of the plan; `false` when the stop is not this
    /// municipality's.
    pub async fn update_wish(&self, municipality_id: i64, wish: &Wish, by: Actor) -> Result<bool> {
        let mut tx = self.pool().begin().await?;
        // A write first (SQLite must not start this transaction as a reader), which also
        // proves the stop belongs to this municipality.
        let found = sqlx::query(
            "UPDATE bus_stop SET per_week = per_week WHERE id = $1 AND municipality_id = $2",
        )
        .bind(wish.stop_id)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            > 0;
        if !found {
            return Ok(false);
        }
        set_wish(&mut tx, wish).await?;
        audit_plan(
            &mut tx,
            self.now(),
            municipality_id,
            by,
            "bus-stop-wish",
            &format!("stop {}", wish.stop_id),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}
