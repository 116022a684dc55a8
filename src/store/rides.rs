//! Volunteer drivers, rides and their dates.
//!
//! Every save is one transaction with its audit line and the mails it causes: a ride
//! asked for (the rider's mail with the private link, the coordinators' notice), a
//! driver confirmed (the rider's and the driver's mail, and a relative's "picked up now"
//! queued for each date's pick-up time), a date or the whole ride cancelled (the
//! driver's mail; the relative's unsent mail taken back), a change. Rides are not public
//! data, so they write no change-log row (nothing derived is built from them).

use sqlx::{AnyConnection, Row};

use super::audit::{self, Actor};
use super::outbox::{self, NewMail};
use super::{Result, Store, StoreError, flag};
use crate::domain::Coordinate;
use crate::rides::{Booked, Driver};

/// The mileage rate and the road factor when the municipality has none in its data.
pub const DEFAULT_RATE_ORE_PER_KM: i64 = 379;
pub const DEFAULT_ROAD_FACTOR_PERMILLE: i64 = 1300;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RideSetting {
    pub mileage_rate_ore_per_km: i64,
    pub road_factor: f64,
}

/// A driver as the register form gives it.
#[derive(Debug, Clone, Default)]
pub struct NewDriver {
    pub name: String,
    pub phone: String,
    pub email: String,
    pub town_id: Option<i64>,
    pub towns: Vec<i64>,
    pub weekdays: u8,
    /// 'HH:MM'.
    pub from: String,
    pub to: String,
    /// 'YYYY-MM-DD'.
    pub record_on: Option<String>,
    pub licence_until: Option<String>,
    pub insurance_until: Option<String>,
    pub active: bool,
    pub invented: bool,
}

#[derive(Debug, Clone)]
pub struct DriverRow {
    pub id: i64,
    pub new: NewDriver,
    pub town: Option<String>,
    pub home: Option<Coordinate>,
}

impl DriverRow {
    /// The driver as matching sees them.
    pub fn model(&self) -> Driver {
        let date = |d: &Option<String>| d.as_deref().and_then(|d| d.parse().ok());
        let time = |t: &str| crate::format::parse_clock(t).unwrap_or(jiff::civil::Time::midnight());
        Driver {
            id: self.id,
            name: self.new.name.clone(),
            home_town_id: self.new.town_id,
            home: self.home,
            towns: self.new.towns.clone(),
            weekdays: self.new.weekdays,
            from: time(&self.new.from),
            to: time(&self.new.to),
            record_on: date(&self.new.record_on),
            licence_until: date(&self.new.licence_until),
            insurance_until: date(&self.new.insurance_until),
            active: self.new.active,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RideStatus {
    New,
    Confirmed,
    Cancelled,
}

impl RideStatus {
    pub fn code(self) -> &'static str {
        match self {
            RideStatus::New => "new",
            RideStatus::Confirmed => "confirmed",
            RideStatus::Cancelled => "cancelled",
        }
    }
    fn from_code(code: &str) -> RideStatus {
        match code {
            "confirmed" => RideStatus::Confirmed,
            "cancelled" => RideStatus::Cancelled,
            _ => RideStatus::New,
        }
    }
}

/// A ride as the form gives it.
#[derive(Debug, Clone, Default)]
pub struct NewRide {
    pub rider_name: String,
    pub phone: String,
    pub email: String,
    pub pickup_address: String,
    pub town_id: Option<i64>,
    pub destination: String,
    pub offer_id: Option<i64>,
    pub event_id: Option<i64>,
    pub destination_at: Option<Coordinate>,
    /// 'HH:MM'; `pickup_home` '' for no return.
    pub pickup_out: String,
    pub pickup_home: String,
    pub note: String,
    pub relative_name: String,
    pub relative_email: String,
    pub ordered_by_account_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RideDate {
    /// 'YYYY-MM-DD'.
    pub date: String,
    pub cancelled: bool,
}

#[derive(Debug, Clone)]
pub struct Ride {
    pub id: i64,
    pub new: NewRide,
    pub town: Option<String>,
    pub pickup_at: Option<Coordinate>,
    pub status: RideStatus,
    pub driver_id: Option<i64>,
    pub driver_name: Option<String>,
    /// A lift with someone going anyway, instead of a driver.
    pub lift_id: Option<i64>,
    pub metres_per_date: i64,
    pub created_at: i64,
    pub erased: bool,
    pub dates: Vec<RideDate>,
}

impl Ride {
    /// The dates still to be driven (not cancelled).
    pub fn open_dates(&self) -> Vec<jiff::civil::Date> {
        self.dates
            .iter()
            .filter(|d| !d.cancelled)
            .filter_map(|d| d.date.parse().ok())
            .collect()
    }
}

/// The pick-up time, the rider's changes: times, the note, the relative.
#[derive(Debug, Clone, Default)]
pub struct RideEdit {
    pub pickup_out: String,
    pub pickup_home: String,
    pub note: String,
    pub relative_name: String,
    pub relative_email: String,
}

/// Seats offered to an event by someone going anyway.
#[derive(Debug, Clone)]
pub struct Lift {
    pub id: i64,
    pub event_id: i64,
    pub account_id: i64,
    /// The account's name and address (for the coordinator and the mail).
    pub name: String,
    pub email: String,
    pub seats: i64,
    pub taken: i64,
    pub town: Option<String>,
    pub note: String,
}

/// One driver's month: dates driven and metres.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mileage {
    pub driver_id: i64,
    pub name: String,
    pub dates: i64,
    pub metres: i64,
}

const RIDE_SELECT: &str = "SELECT r.*, t.name AS town_name, t.lat AS town_lat, t.lon AS town_lon, d.name AS driver_name \
     FROM ride_request r LEFT JOIN town t ON t.id = r.town_id LEFT JOIN ride_driver d ON d.id = r.driver_id";

fn ride_from_row(row: &sqlx::any::AnyRow) -> Result<Ride> {
    let coordinate = |lat: Option<f64>, lon: Option<f64>| match (lat, lon) {
        (Some(lat), Some(lon)) => Some(Coordinate { lat, lon }),
        _ => None,
    };
    Ok(Ride {
        id: row.try_get("id")?,
        new: NewRide {
            rider_name: row.try_get("rider_name")?,
            phone: row.try_get("phone")?,
            email: row.try_get("email")?,
            pickup_address: row.try_get("pickup_address")?,
            town_id: row.try_get("town_id")?,
            destination: row.try_get("destination")?,
            offer_id: row.try_get("offer_id")?,
            event_id: row.try_get("event_id")?,
            destination_at: coordinate(row.try_get("dest_lat")?, row.try_get("dest_lon")?),
            pickup_out: row.try_get("pickup_out")?,
            pickup_home: row.try_get("pickup_home")?,
            note: row.try_get("note")?,
            relative_name: row.try_get("relative_name")?,
            relative_email: row.try_get("relative_email")?,
            ordered_by_account_id: row.try_get("ordered_by_account_id")?,
        },
        town: row.try_get("town_name")?,
        pickup_at: coordinate(row.try_get("town_lat")?, row.try_get("town_lon")?),
        status: RideStatus::from_code(&row.try_get::<String, _>("status")?),
        driver_id: row.try_get("driver_id")?,
        driver_name: row.try_get("driver_name")?,
        lift_id: row.try_get("lift_id")?,
        metres_per_date: row.try_get("metres_per_date")?,
        created_at: row.try_get("created_at")?,
        erased: row.try_get::<Option<i64>, _>("erased_at")?.is_some(),
        dates: Vec::new(),
    })
}

async fn dates_of(conn: &mut AnyConnection, id: i64) -> Result<Vec<RideDate>> {
    let rows =
        sqlx::query("SELECT date, cancelled FROM ride_date WHERE request_id = $1 ORDER BY date")
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
    rows.iter()
        .map(|r| {
            Ok(RideDate {
                date: r.try_get("date")?,
                cancelled: flag(r.try_get("cancelled")?),
            })
        })
        .collect()
}

async fn driver_towns(conn: &mut AnyConnection, id: i64) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT town_id FROM ride_driver_town WHERE driver_id = $1 ORDER BY town_id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?)
}

fn driver_from_row(row: &sqlx::any::AnyRow) -> Result<DriverRow> {
    let lat: Option<f64> = row.try_get("town_lat")?;
    let lon: Option<f64> = row.try_get("town_lon")?;
    Ok(DriverRow {
        id: row.try_get("id")?,
        new: NewDriver {
            name: row.try_get("name")?,
            phone: row.try_get("phone")?,
            email: row.try_get("email")?,
            town_id: row.try_get("town_id")?,
            towns: Vec::new(),
            weekdays: row.try_get::<i64, _>("weekdays")? as u8,
            from: row.try_get("from_time")?,
            to: row.try_get("to_time")?,
            record_on: row.try_get("record_on")?,
            licence_until: row.try_get("licence_until")?,
            insurance_until: row.try_get("insurance_until")?,
            active: flag(row.try_get("active")?),
            invented: flag(row.try_get("invented")?),
        },
        town: row.try_get("town_name")?,
        home: lat.zip(lon).map(|(lat, lon)| Coordinate { lat, lon }),
    })
}

const DRIVER_SELECT: &str = "SELECT d.*, t.name AS town_name, t.lat AS town_lat, t.lon AS town_lon \
     FROM ride_driver d LEFT JOIN town t ON t.id = d.town_id";

type DriverQuery<'q> = sqlx::query::QueryScalar<'q, sqlx::Any, i64, sqlx::any::AnyArguments>;

/// Binds a driver's own fields as $1–$11 (what [`write_driver`]'s insert and update share).
fn fields<'q>(q: DriverQuery<'q>, d: &'q NewDriver) -> DriverQuery<'q> {
    q.bind(&d.name)
        .bind(&d.phone)
        .bind(&d.email)
        .bind(d.town_id)
        .bind(d.record_on.as_deref())
        .bind(d.licence_until.as_deref())
        .bind(d.insurance_until.as_deref())
        .bind(i64::from(d.weekdays))
        .bind(&d.from)
        .bind(&d.to)
        .bind(i64::from(d.active))
}

/// Writes a driver's row (a new one when `id` is None) and villages; returns the id.
pub async fn write_driver(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    id: Option<i64>,
    d: &NewDriver,
) -> Result<i64> {
    // Both statements take the driver's fields as $1–$11, in the same order.
    let id = match id {
        None => {
            fields(sqlx::query_scalar(
                "INSERT INTO ride_driver (name, phone, email, town_id, record_on, licence_until, insurance_until, \
                    weekdays, from_time, to_time, active, municipality_id, invented, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
            ), d)
            .bind(municipality_id)
            .bind(i64::from(d.invented))
            .bind(now)
            .fetch_one(&mut *conn)
            .await?
        }
        Some(id) => {
            let changed: Option<i64> = fields(sqlx::query_scalar(
                "UPDATE ride_driver SET name = $1, phone = $2, email = $3, town_id = $4, record_on = $5, licence_until = $6, \
                    insurance_until = $7, weekdays = $8, from_time = $9, to_time = $10, active = $11 \
                 WHERE municipality_id = $12 AND id = $13 RETURNING id",
            ), d)
            .bind(municipality_id)
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
            if changed.is_none() {
                return Err(StoreError::NotFound);
            }
            sqlx::query("DELETE FROM ride_driver_town WHERE driver_id = $1")
                .bind(id)
                .execute(&mut *conn)
                .await?;
            id
        }
    };
    for town in &d.towns {
        sqlx::query("INSERT INTO ride_driver_town (driver_id, town_id) VALUES ($1, $2)")
            .bind(id)
            .bind(town)
            .execute(&mut *conn)
            .await?;
    }
    Ok(id)
}

/// The municipality's rate and road factor (demo data), inside the demo's transaction.
pub async fn write_setting(
    conn: &mut AnyConnection,
    municipality_id: i64,
    rate_ore_per_km: i64,
    road_factor_permille: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO ride_setting (municipality_id, mileage_rate_ore_per_km, road_factor_permille) VALUES ($1, $2, $3)",
    )
    .bind(municipality_id)
    .bind(rate_ore_per_km)
    .bind(road_factor_permille)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// What a ride's request is made of, and the mails it causes (subject, body).
pub struct AskRide<'a> {
    pub ride: &'a NewRide,
    pub dates: &'a [String],
    pub token_hash: &'a str,
    /// To the rider, when they gave an e-mail address.
    pub rider_mail: Option<(String, String)>,
    /// To every administrator (the coordinators): no word about the rider.
    pub coordinator_mail: (String, String),
    pub by: Actor,
}

impl Store {
    pub async fn ride_setting(&self, municipality_id: i64) -> Result<RideSetting> {
        let row = sqlx::query(
            "SELECT mileage_rate_ore_per_km, road_factor_permille FROM ride_setting WHERE municipality_id = $1",
        )
        .bind(municipality_id)
        .fetch_optional(self.pool())
        .await?;
        let (rate, permille) = match row {
            Some(r) => (
                r.try_get("mileage_rate_ore_per_km")?,
                r.try_get("road_factor_permille")?,
            ),
            None => (DEFAULT_RATE_ORE_PER_KM, DEFAULT_ROAD_FACTOR_PERMILLE),
        };
        Ok(RideSetting {
            mileage_rate_ore_per_km: rate,
            road_factor: permille as f64 / 1000.0,
        })
    }

    /// A driver added (`id` None) or changed, with its audit line.
    pub async fn save_driver(
        &self,
        municipality_id: i64,
        id: Option<i64>,
        d: &NewDriver,
        by: Actor,
    ) -> Result<i64> {
        let mut tx = self.pool().begin().await?;
        let saved = write_driver(&mut tx, self.now(), municipality_id, id, d).await?;
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            by,
            if id.is_some() {
                "driver.update"
            } else {
                "driver.add"
            },
            ("ride-driver", &saved.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(saved)
    }

    pub async fn drivers(&self, municipality_id: i64) -> Result<Vec<DriverRow>> {
        let mut conn = self.pool().acquire().await?;
        let sql = format!("{DRIVER_SELECT} WHERE d.municipality_id = $1 ORDER BY d.name, d.id");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .fetch_all(&mut *conn)
            .await?;
        let mut out = Vec::new();
        for row in &rows {
            let mut d = driver_from_row(row)?;
            d.new.towns = driver_towns(&mut conn, d.id).await?;
            out.push(d);
        }
        Ok(out)
    }

    pub async fn driver(&self, municipality_id: i64, id: i64) -> Result<DriverRow> {
        let mut conn = self.pool().acquire().await?;
        let sql = format!("{DRIVER_SELECT} WHERE d.municipality_id = $1 AND d.id = $2");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let mut d = driver_from_row(&row)?;
        d.new.towns = driver_towns(&mut conn, d.id).await?;
        Ok(d)
    }

    /// A ride asked for: the request, its dates, the audit line, the coordinators' notice
    /// and the rider's mail — one transaction. Returns the ride's id.
    pub async fn ask_ride(&self, municipality_id: i64, ask: &AskRide<'_>) -> Result<i64> {
        let r = ask.ride;
        let mut tx = self.pool().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO ride_request (municipality_id, token_hash, rider_name, phone, phone_key, email, pickup_address, town_id, \
                destination, offer_id, event_id, dest_lat, dest_lon, pickup_out, pickup_home, note, relative_name, relative_email, \
                ordered_by_account_id, status, driver_id, metres_per_date, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, 'new', NULL, 0, $20) RETURNING id",
        )
        .bind(municipality_id)
        .bind(ask.token_hash)
        .bind(&r.rider_name)
        .bind(&r.phone)
        .bind(crate::rides::phone_key(&r.phone))
        .bind(&r.email)
        .bind(&r.pickup_address)
        .bind(r.town_id)
        .bind(&r.destination)
        .bind(r.offer_id)
        .bind(r.event_id)
        .bind(r.destination_at.map(|c| c.lat))
        .bind(r.destination_at.map(|c| c.lon))
        .bind(&r.pickup_out)
        .bind(&r.pickup_home)
        .bind(&r.note)
        .bind(&r.relative_name)
        .bind(&r.relative_email)
        .bind(r.ordered_by_account_id)
        .bind(self.now())
        .fetch_one(&mut *tx)
        .await?;
        for date in ask.dates {
            sqlx::query("INSERT INTO ride_date (request_id, date, cancelled) VALUES ($1, $2, 0)")
                .bind(id)
                .bind(date)
                .execute(&mut *tx)
                .await?;
        }
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            ask.by,
            "ride.ask",
            ("ride", &id.to_string()),
            "",
        )
        .await?;
        let coordinators: Vec<String> = sqlx::query_scalar(
            "SELECT ac.email FROM account ac JOIN account_role r ON r.account_id = ac.id \
             WHERE ac.municipality_id = $1 AND r.role = 'administrator' ORDER BY ac.email",
        )
        .bind(municipality_id)
        .fetch_all(&mut *tx)
        .await?;
        for to in coordinators {
            outbox::queue(
                &mut tx,
                self.now(),
                &NewMail {
                    municipality_id: Some(municipality_id),
                    to,
                    subject: ask.coordinator_mail.0.clone(),
                    body: ask.coordinator_mail.1.clone(),
                    unique_key: None,
                },
            )
            .await?;
        }
        if let Some((subject, body)) = &ask.rider_mail {
            outbox::queue(
                &mut tx,
                self.now(),
                &NewMail {
                    municipality_id: Some(municipality_id),
                    to: r.email.clone(),
                    subject: subject.clone(),
                    body: body.clone(),
                    unique_key: Some(format!("ride:{id}:asked")),
                },
            )
            .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    async fn ride_where(&self, clause: &str, a: i64, b: Option<&str>) -> Result<Ride> {
        let mut conn = self.pool().acquire().await?;
        let sql = format!("{RIDE_SELECT} WHERE {clause}");
        let query = sqlx::query(sqlx::AssertSqlSafe(sql));
        let query = match b {
            Some(text) => query.bind(text),
            None => query.bind(a),
        };
        let row = query
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let mut ride = ride_from_row(&row)?;
        ride.dates = dates_of(&mut conn, ride.id).await?;
        Ok(ride)
    }

    pub async fn ride(&self, municipality_id: i64, id: i64) -> Result<Ride> {
        let ride = self.ride_where("r.id = $1", id, None).await?;
        if ride_municipality(self, ride.id).await? != municipality_id {
            return Err(StoreError::NotFound);
        }
        Ok(ride)
    }

    /// The ride behind a private link (its token's SHA-256); an erased ride has none.
    pub async fn ride_by_token(&self, token_hash: &str) -> Result<Ride> {
        self.ride_where("r.token_hash = $1", 0, Some(token_hash))
            .await
    }

    /// The municipality's rides, newest first, with their dates.
    pub async fn rides(&self, municipality_id: i64) -> Result<Vec<Ride>> {
        let mut conn = self.pool().acquire().await?;
        let sql = format!(
            "{RIDE_SELECT} WHERE r.municipality_id = $1 AND r.erased_at IS NULL ORDER BY r.created_at DESC, r.id DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .fetch_all(&mut *conn)
            .await?;
        let mut out = Vec::new();
        for row in &rows {
            let mut ride = ride_from_row(row)?;
            ride.dates = dates_of(&mut conn, ride.id).await?;
            out.push(ride);
        }
        Ok(out)
    }

    /// Every confirmed pick-up still to drive: (driver, date, time), for matching.
    pub async fn booked(&self, municipality_id: i64) -> Result<Vec<Booked>> {
        let rows = sqlx::query(
            "SELECT r.driver_id, d.date, r.pickup_out, r.pickup_home FROM ride_request r JOIN ride_date d ON d.request_id = r.id \
             WHERE r.municipality_id = $1 AND r.status = 'confirmed' AND d.cancelled = 0 AND r.driver_id IS NOT NULL",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        let mut out = Vec::new();
        for row in &rows {
            let driver: i64 = row.try_get("driver_id")?;
            let Ok(date) = row.try_get::<String, _>("date")?.parse() else {
                continue;
            };
            for t in [
                row.try_get::<String, _>("pickup_out")?,
                row.try_get("pickup_home")?,
            ] {
                if let Some(t) = crate::format::parse_clock(&t) {
                    out.push((driver, date, t));
                }
            }
        }
        Ok(out)
    }

    /// The drivers of a rider's earlier confirmed rides (by phone number), the most
    /// recent first, without `except` (the ride at hand).
    pub async fn earlier_drivers(
        &self,
        municipality_id: i64,
        phone: &str,
        except: i64,
    ) -> Result<Vec<i64>> {
        let key = crate::rides::phone_key(phone);
        if key.is_empty() {
            return Ok(Vec::new());
        }
        let rows: Vec<i64> = sqlx::query_scalar(
            "SELECT driver_id FROM ride_request WHERE municipality_id = $1 AND phone_key = $2 AND id <> $3 \
             AND driver_id IS NOT NULL AND status <> 'new' ORDER BY confirmed_at DESC, id DESC",
        )
        .bind(municipality_id)
        .bind(key)
        .bind(except)
        .fetch_all(self.pool())
        .await?;
        let mut out: Vec<i64> = Vec::new();
        for d in rows {
            if !out.contains(&d) {
                out.push(d);
            }
        }
        Ok(out)
    }

    /// The coordinator confirms a driver: the ride, its kilometres, the audit line, the
    /// mails to the rider and the driver, and a relative's mail at each pick-up (`later`:
    /// unix time, mail) — one transaction. False (and nothing written) when the ride was
    /// no longer waiting.
    #[allow(clippy::too_many_arguments)]
    pub async fn confirm_ride(
        &self,
        municipality_id: i64,
        id: i64,
        driver_id: i64,
        metres_per_date: i64,
        mails: &[NewMail],
        later: &[(i64, NewMail)],
        by: Actor,
    ) -> Result<bool> {
        let mut tx = self.pool().begin().await?;
        let changed = sqlx::query(
            "UPDATE ride_request SET status = 'confirmed', driver_id = $1, metres_per_date = $2, confirmed_at = $3 \
             WHERE id = $4 AND municipality_id = $5 AND status = 'new' \
             AND EXISTS (SELECT 1 FROM ride_driver d WHERE d.id = $1 AND d.municipality_id = $5)",
        )
        .bind(driver_id)
        .bind(metres_per_date)
        .bind(self.now())
        .bind(id)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Ok(false);
        }
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            by,
            "ride.confirm",
            ("ride", &id.to_string()),
            &format!("driver {driver_id}"),
        )
        .await?;
        for mail in mails {
            outbox::queue(&mut tx, self.now(), mail).await?;
        }
        for (at, mail) in later {
            outbox::queue_at(&mut tx, self.now(), *at, mail).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// Cancels some dates of a ride (all of them with `all`), tells the driver (`mail`)
    /// and takes back the relative's unsent mails for those dates — one transaction.
    /// Returns the dates that were cancelled now.
    pub async fn cancel_ride_dates(
        &self,
        municipality_id: i64,
        id: i64,
        dates: &[String],
        all: bool,
        mail: Option<&NewMail>,
        by: Actor,
    ) -> Result<Vec<String>> {
        let mut tx = self.pool().begin().await?;
        // The request's own row first (SQLite starts as a writer; PostgreSQL locks it).
        let touched = sqlx::query(
            "UPDATE ride_request SET status = status WHERE id = $1 AND municipality_id = $2 AND status <> 'cancelled'",
        )
        .bind(id)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if touched == 0 {
            return Ok(Vec::new());
        }
        let open: Vec<String> = sqlx::query_scalar(
            "SELECT date FROM ride_date WHERE request_id = $1 AND cancelled = 0 ORDER BY date",
        )
        .bind(id)
        .fetch_all(&mut *tx)
        .await?;
        let gone: Vec<String> = open
            .iter()
            .filter(|d| all || dates.contains(d))
            .cloned()
            .collect();
        if gone.is_empty() {
            return Ok(gone);
        }
        for date in &gone {
            sqlx::query("UPDATE ride_date SET cancelled = 1 WHERE request_id = $1 AND date = $2")
                .bind(id)
                .bind(date)
                .execute(&mut *tx)
                .await?;
            outbox::forget_unsent(&mut tx, &format!("ride-relative:{id}:{date}:")).await?;
        }
        if gone.len() == open.len() {
            // A lift's seat is free again.
            sqlx::query(
                "UPDATE ride_lift SET taken = taken - 1 WHERE taken > 0 \
                 AND id = (SELECT lift_id FROM ride_request WHERE id = $1 AND status = 'confirmed')",
            )
            .bind(id)
            .execute(&mut *tx)
            .await?;
            sqlx::query("UPDATE ride_request SET status = 'cancelled' WHERE id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            by,
            if gone.len() == open.len() {
                "ride.cancel"
            } else {
                "ride.cancel-date"
            },
            ("ride", &id.to_string()),
            &gone.join(","),
        )
        .await?;
        if let Some(mail) = mail {
            outbox::queue(&mut tx, self.now(), mail).await?;
        }
        tx.commit().await?;
        Ok(gone)
    }

    /// The rider changes times, note or relative: the row, the relative's pick-up mails
    /// queued anew (`later`), the driver's mail and the audit line — one transaction.
    pub async fn change_ride(
        &self,
        municipality_id: i64,
        id: i64,
        edit: &RideEdit,
        mail: Option<&NewMail>,
        later: &[(i64, NewMail)],
        by: Actor,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        let changed = sqlx::query(
            "UPDATE ride_request SET pickup_out = $1, pickup_home = $2, note = $3, relative_name = $4, relative_email = $5 \
             WHERE id = $6 AND municipality_id = $7 AND status <> 'cancelled'",
        )
        .bind(&edit.pickup_out)
        .bind(&edit.pickup_home)
        .bind(&edit.note)
        .bind(&edit.relative_name)
        .bind(&edit.relative_email)
        .bind(id)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        outbox::forget_unsent(&mut tx, &format!("ride-relative:{id}:")).await?;
        for (at, m) in later {
            outbox::queue_at(&mut tx, self.now(), *at, m).await?;
        }
        if let Some(mail) = mail {
            outbox::queue(&mut tx, self.now(), mail).await?;
        }
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            by,
            "ride.change",
            ("ride", &id.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A driver's day: the confirmed rides with a pick-up on `date` (not cancelled), by
    /// pick-up time.
    pub async fn day_list(
        &self,
        municipality_id: i64,
        driver_id: i64,
        date: &str,
    ) -> Result<Vec<Ride>> {
        let mut conn = self.pool().acquire().await?;
        let sql = format!(
            "{RIDE_SELECT} WHERE r.municipality_id = $1 AND r.driver_id = $2 AND r.status = 'confirmed' \
             AND EXISTS (SELECT 1 FROM ride_date x WHERE x.request_id = r.id AND x.date = $3 AND x.cancelled = 0) \
             ORDER BY r.pickup_out, r.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .bind(driver_id)
            .bind(date)
            .fetch_all(&mut *conn)
            .await?;
        let mut out = Vec::new();
        for row in &rows {
            let mut ride = ride_from_row(row)?;
            ride.dates = dates_of(&mut conn, ride.id).await?;
            out.push(ride);
        }
        Ok(out)
    }

    /// Each driver's dates driven and metres in a month ('YYYY-MM'): confirmed rides'
    /// dates that were not cancelled, also of rides whose personal data is erased.
    pub async fn mileage(&self, municipality_id: i64, month: &str) -> Result<Vec<Mileage>> {
        let rows = sqlx::query(
            "SELECT dr.id, dr.name, COUNT(*) AS dates, CAST(SUM(r.metres_per_date) AS BIGINT) AS metres \
             FROM ride_date d JOIN ride_request r ON r.id = d.request_id JOIN ride_driver dr ON dr.id = r.driver_id \
             WHERE r.municipality_id = $1 AND r.status <> 'new' AND d.cancelled = 0 AND substr(d.date, 1, 7) = $2 \
             GROUP BY dr.id, dr.name ORDER BY dr.name, dr.id",
        )
        .bind(municipality_id)
        .bind(month)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Mileage {
                    driver_id: r.try_get("id")?,
                    name: r.try_get("name")?,
                    dates: r.try_get("dates")?,
                    metres: r.try_get("metres")?,
                })
            })
            .collect()
    }

    /// Retention: erases the rider's personal data (name, phone, e-mail, address, note,
    /// relative, the private link) from rides whose last date is before `before`
    /// ('YYYY-MM-DD'); the dates, the driver and the kilometres stay for the mileage.
    /// Returns how many rides were erased.
    pub async fn erase_rides_before(&self, before: &str) -> Result<u64> {
        let mut tx = self.pool().begin().await?;
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT r.id FROM ride_request r WHERE r.erased_at IS NULL \
             AND NOT EXISTS (SELECT 1 FROM ride_date d WHERE d.request_id = r.id AND d.date >= $1)",
        )
        .bind(before)
        .fetch_all(&mut *tx)
        .await?;
        for id in &ids {
            sqlx::query(
                "UPDATE ride_request SET token_hash = NULL, rider_name = '', phone = '', phone_key = '', email = '', \
                    pickup_address = '', note = '', relative_name = '', relative_email = '', erased_at = $1 WHERE id = $2",
            )
            .bind(self.now())
            .bind(id)
            .execute(&mut *tx)
            .await?;
            audit::append(
                &mut tx,
                self.now(),
                None,
                Actor::System,
                "ride.erase",
                ("ride", &id.to_string()),
                "",
            )
            .await?;
        }
        tx.commit().await?;
        Ok(ids.len() as u64)
    }

    /// Queues vetting reminders in one transaction; each once (their unique keys name
    /// the driver, the thing and the date). Returns how many were new.
    pub async fn queue_vetting_reminder(&self, mails: &[NewMail]) -> Result<usize> {
        let mut tx = self.pool().begin().await?;
        let mut queued = 0;
        for mail in mails {
            if outbox::queue(&mut tx, self.now(), mail).await?.is_some() {
                queued += 1;
            }
        }
        tx.commit().await?;
        Ok(queued)
    }

    /// The e-mail addresses of the municipality's coordinators (administrators).
    pub async fn coordinator_addresses(&self, municipality_id: i64) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT ac.email FROM account ac JOIN account_role r ON r.account_id = ac.id \
             WHERE ac.municipality_id = $1 AND r.role = 'administrator' ORDER BY ac.email",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?)
    }
}

impl Store {
    /// Seats offered to an event, with its audit line. Returns the lift's id.
    #[allow(clippy::too_many_arguments)]
    pub async fn offer_lift(
        &self,
        municipality_id: i64,
        event_id: i64,
        account_id: i64,
        seats: i64,
        town_id: Option<i64>,
        note: &str,
    ) -> Result<i64> {
        let mut tx = self.pool().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO ride_lift (municipality_id, event_id, account_id, seats, taken, town_id, note, created_at) \
             VALUES ($1, $2, $3, $4, 0, $5, $6, $7) RETURNING id",
        )
        .bind(municipality_id)
        .bind(event_id)
        .bind(account_id)
        .bind(seats)
        .bind(town_id)
        .bind(note)
        .bind(self.now())
        .fetch_one(&mut *tx)
        .await?;
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            Actor::Account(account_id),
            "lift.offer",
            ("ride-lift", &id.to_string()),
            &format!("event {event_id}"),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The lifts offered to an event (None: every event), newest first.
    pub async fn lifts(&self, municipality_id: i64, event_id: Option<i64>) -> Result<Vec<Lift>> {
        let rows = sqlx::query(
            "SELECT l.*, a.name AS account_name, a.email AS account_email, t.name AS town_name FROM ride_lift l \
             JOIN account a ON a.id = l.account_id LEFT JOIN town t ON t.id = l.town_id \
             WHERE l.municipality_id = $1 AND ($2 = 0 OR l.event_id = $2) ORDER BY l.created_at DESC, l.id DESC",
        )
        .bind(municipality_id)
        .bind(event_id.unwrap_or(0))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Lift {
                    id: r.try_get("id")?,
                    event_id: r.try_get("event_id")?,
                    account_id: r.try_get("account_id")?,
                    name: r.try_get("account_name")?,
                    email: r.try_get("account_email")?,
                    seats: r.try_get("seats")?,
                    taken: r.try_get("taken")?,
                    town: r.try_get("town_name")?,
                    note: r.try_get("note")?,
                })
            })
            .collect()
    }

    /// The coordinator connects a waiting ride to a lift to the same event: a seat taken
    /// (never more than offered), the ride confirmed, the audit line and the mails — one
    /// transaction. False (nothing written) when the ride no longer waits or the lift is
    /// full or for another event.
    pub async fn connect_lift(
        &self,
        municipality_id: i64,
        ride_id: i64,
        lift_id: i64,
        mails: &[NewMail],
        by: Actor,
    ) -> Result<bool> {
        let mut tx = self.pool().begin().await?;
        let seat = sqlx::query(
            "UPDATE ride_lift SET taken = taken + 1 WHERE id = $1 AND municipality_id = $2 AND taken < seats \
             AND event_id = (SELECT event_id FROM ride_request WHERE id = $3 AND status = 'new')",
        )
        .bind(lift_id)
        .bind(municipality_id)
        .bind(ride_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if seat == 0 {
            return Ok(false);
        }
        sqlx::query(
            "UPDATE ride_request SET status = 'confirmed', lift_id = $1, confirmed_at = $2 WHERE id = $3 AND status = 'new'",
        )
        .bind(lift_id)
        .bind(self.now())
        .bind(ride_id)
        .execute(&mut *tx)
        .await?;
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            by,
            "ride.lift",
            ("ride", &ride_id.to_string()),
            &format!("lift {lift_id}"),
        )
        .await?;
        for mail in mails {
            outbox::queue(&mut tx, self.now(), mail).await?;
        }
        tx.commit().await?;
        Ok(true)
    }
}

async fn ride_municipality(store: &Store, id: i64) -> Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT municipality_id FROM ride_request WHERE id = $1")
            .bind(id)
            .fetch_one(store.pool())
            .await?,
    )
}
