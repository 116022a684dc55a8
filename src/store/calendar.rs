//! The calendar's storage: events, changes to one occurrence, seats and sign-ups.
//!
//! **Capacity under concurrency.** A sign-up takes its seats with one conditional UPDATE
//! on the occurrence's `event_seats` row (`taken + n <= capacity`) inside the transaction
//! that inserts the sign-up. On PostgreSQL concurrent sign-ups queue on that row's lock
//! and each re-checks the condition after the one before it commits; SQLite has one
//! writer at a time. Either way the sum of confirmed people never passes the capacity,
//! and whoever does not fit is put on the waitlist — nobody is lost.
//! Every transaction here starts with a write, so SQLite never has to upgrade a read.
//!
//! **One save, one transaction.** Each method below writes a change together with
//! everything it causes: the mail (rows in `outbox`), the audit line and the change-log
//! row. A sign-up whose mail cannot be queued is not kept; a cancelled date whose people
//! cannot be told stays as it was. The mails' words come from the caller (a
//! [`SignupMail`] that writes one sign-up's mail, see [`crate::calendar::mail`]); which
//! sign-ups are told is read inside the transaction.

use std::collections::HashMap;

use sqlx::{AnyConnection, Row};

use super::audit::{self, Actor};
use super::{Result, Store, StoreError, changes, list};
use crate::calendar::{Event, EventKind, Exception};
use crate::domain::{Coordinate, LifeArena, OrganisationRef, PlaceRef, TownRef};
use crate::i18n::Lang;
use crate::store::outbox::{self, NewMail};

/// An event to add (or the new version of one).
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub organisation_id: i64,
    pub offer_id: Option<i64>,
    pub place_id: Option<i64>,
    pub town_id: Option<i64>,
    pub online: bool,
    pub address: String,
    pub title: String,
    pub description: String,
    pub kind: EventKind,
    pub life_arena: Option<LifeArena>,
    pub target_groups: Vec<String>,
    pub age_min: i64,
    pub age_max: i64,
    /// 'YYYY-MM-DDTHH:MM', local.
    pub start_local: String,
    pub duration_minutes: i64,
    pub every_weeks: i64,
    pub occurrence_count: i64,
    pub price_dkk: i64,
    pub capacity: Option<i64>,
    pub signup_required: bool,
    pub signup_closes_hours: i64,
    pub needs_contact: bool,
    pub bring: String,
    pub accessibility: Vec<String>,
    /// The campaign week it asks to take part in (`store::campaigns::join`).
    pub campaign_id: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignupStatus {
    Confirmed,
    Waitlist,
    Cancelled,
}

impl SignupStatus {
    pub fn code(self) -> &'static str {
        match self {
            SignupStatus::Confirmed => "confirmed",
            SignupStatus::Waitlist => "waitlist",
            SignupStatus::Cancelled => "cancelled",
        }
    }
    fn from_code(code: &str) -> Self {
        match code {
            "confirmed" => SignupStatus::Confirmed,
            "waitlist" => SignupStatus::Waitlist,
            _ => SignupStatus::Cancelled,
        }
    }
}

/// A sign-up as the form sends it.
#[derive(Debug, Clone)]
pub struct NewSignup {
    pub event_id: i64,
    pub occurrence_date: String,
    pub name: String,
    pub phone: String,
    pub email: String,
    pub people: i64,
    pub is_group: bool,
    pub group_note: String,
    pub token_hash: String,
    /// The language the person signed up in; their mails are written in it.
    pub lang: Lang,
}

#[derive(Debug, Clone)]
pub struct Signup {
    pub id: i64,
    pub event_id: i64,
    pub occurrence_date: String,
    pub name: String,
    pub phone: String,
    pub email: String,
    pub people: i64,
    pub is_group: bool,
    pub group_note: String,
    pub status: SignupStatus,
    pub created_at: i64,
    pub lang: Lang,
}

const SIGNUP_COLUMNS: &str = "id, event_id, occurrence_date, name, phone, email, people, is_group, group_note, status, created_at, lang";

fn signup_from_row(row: &sqlx::any::AnyRow) -> Result<Signup> {
    Ok(Signup {
        id: row.try_get("id")?,
        event_id: row.try_get("event_id")?,
        occurrence_date: row.try_get("occurrence_date")?,
        name: row.try_get("name")?,
        phone: row.try_get("phone")?,
        email: row.try_get("email")?,
        people: row.try_get("people")?,
        is_group: row.try_get::<i64, _>("is_group")? == 1,
        group_note: row.try_get("group_note")?,
        status: SignupStatus::from_code(&row.try_get::<String, _>("status")?),
        created_at: row.try_get("created_at")?,
        lang: lang_from_code(&row.try_get::<String, _>("lang")?),
    })
}

fn lang_from_code(code: &str) -> Lang {
    Lang::ALL
        .into_iter()
        .find(|l| l.code() == code)
        .unwrap_or(Lang::Da)
}

fn invalid(what: &str, value: &str) -> StoreError {
    StoreError::Invalid(format!("{what} '{value}'"))
}

/// Writes the mail one sign-up gets from a save (`None`: no mail, e.g. no address).
pub type SignupMail<'a> = dyn Fn(&Signup) -> Option<NewMail> + Send + Sync + 'a;

impl Store {
    /// Every event of the municipality, cancelled ones too, with their exceptions.
    pub async fn events(&self, municipality_id: i64) -> Result<Vec<Event>> {
        self.read_events(municipality_id, None).await
    }

    pub async fn event(&self, municipality_id: i64, id: i64) -> Result<Event> {
        self.read_events(municipality_id, Some(id))
            .await?
            .pop()
            .ok_or(StoreError::NotFound)
    }

    async fn read_events(&self, municipality_id: i64, only: Option<i64>) -> Result<Vec<Event>> {
        let rows = sqlx::query(
            "SELECT e.*, org.name AS org_name, org.email AS org_email, org.phone AS org_phone, org.website AS org_website, \
                    p.name AS place_name, p.address AS place_address, p.lat AS place_lat, p.lon AS place_lon, \
                    t.name AS town_name, t.lat AS town_lat, t.lon AS town_lon \
             FROM event e JOIN organisation org ON org.id = e.organisation_id \
             LEFT JOIN place p ON p.id = e.place_id LEFT JOIN town t ON t.id = e.town_id \
             WHERE e.municipality_id = $1 AND ($2 = 0 OR e.id = $2) ORDER BY e.start_local, e.id",
        )
        .bind(municipality_id)
        .bind(only.unwrap_or(0))
        .fetch_all(self.pool())
        .await?;
        let exceptions = self.exceptions(municipality_id, only).await?;
        rows.iter()
            .map(|row| {
                let id: i64 = row.try_get("id")?;
                let start: String = row.try_get("start_local")?;
                let kind: String = row.try_get("kind")?;
                let place = match row.try_get::<Option<i64>, _>("place_id")? {
                    Some(pid) => Some(PlaceRef {
                        id: pid,
                        name: row.try_get("place_name")?,
                        address: row.try_get("place_address")?,
                    }),
                    None => None,
                };
                let town = match row.try_get::<Option<i64>, _>("town_id")? {
                    Some(tid) => Some(TownRef {
                        id: tid,
                        name: row.try_get("town_name")?,
                    }),
                    None => None,
                };
                let coordinate = match (
                    row.try_get::<Option<f64>, _>("place_lat")?,
                    row.try_get::<Option<f64>, _>("place_lon")?,
                ) {
                    (Some(lat), Some(lon)) => Some(Coordinate { lat, lon }),
                    _ => match (
                        row.try_get::<Option<f64>, _>("town_lat")?,
                        row.try_get::<Option<f64>, _>("town_lon")?,
                    ) {
                        (Some(lat), Some(lon)) => Some(Coordinate { lat, lon }),
                        _ => None,
                    },
                };
                Ok(Event {
                    id,
                    organisation: OrganisationRef {
                        id: row.try_get("organisation_id")?,
                        name: row.try_get("org_name")?,
                        email: row.try_get("org_email")?,
                        phone: row.try_get("org_phone")?,
                        website: row.try_get("org_website")?,
                    },
                    offer_id: row.try_get("offer_id")?,
                    place,
                    town,
                    coordinate,
                    online: row.try_get::<i64, _>("online")? == 1,
                    address: row.try_get("address")?,
                    title: row.try_get("title")?,
                    description: row.try_get("description")?,
                    kind: EventKind::from_code(&kind)
                        .ok_or_else(|| invalid("event kind", &kind))?,
                    life_arena: row
                        .try_get::<Option<String>, _>("life_arena")?
                        .and_then(|a| LifeArena::from_code(&a)),
                    target_groups: list(&row.try_get::<String, _>("target_groups")?),
                    age_min: row.try_get("age_min")?,
                    age_max: row.try_get("age_max")?,
                    start: start.parse().map_err(|_| invalid("event start", &start))?,
                    duration_minutes: row.try_get("duration_minutes")?,
                    every_weeks: row.try_get("every_weeks")?,
                    occurrence_count: row.try_get("occurrence_count")?,
                    price_dkk: row.try_get("price_dkk")?,
                    capacity: row.try_get("capacity")?,
                    signup_required: row.try_get::<i64, _>("signup_required")? == 1,
                    signup_closes_hours: row.try_get("signup_closes_hours")?,
                    needs_contact: row.try_get::<i64, _>("needs_contact")? == 1,
                    bring: row.try_get("bring")?,
                    accessibility: list(&row.try_get::<String, _>("accessibility")?),
                    cancelled: row.try_get::<i64, _>("cancelled")? == 1,
                    exceptions: exceptions.get(&id).cloned().unwrap_or_default(),
                    updated_at: row.try_get("updated_at")?,
                })
            })
            .collect()
    }

    async fn exceptions(
        &self,
        municipality_id: i64,
        only: Option<i64>,
    ) -> Result<HashMap<i64, Vec<Exception>>> {
        let rows = sqlx::query(
            "SELECT x.event_id, x.occurrence_date, x.cancelled, x.start_local, x.duration_minutes \
             FROM event_exception x JOIN event e ON e.id = x.event_id \
             WHERE e.municipality_id = $1 AND ($2 = 0 OR e.id = $2) ORDER BY x.occurrence_date",
        )
        .bind(municipality_id)
        .bind(only.unwrap_or(0))
        .fetch_all(self.pool())
        .await?;
        let mut out: HashMap<i64, Vec<Exception>> = HashMap::new();
        for row in rows {
            let date: String = row.try_get("occurrence_date")?;
            let start: Option<String> = row.try_get("start_local")?;
            out.entry(row.try_get("event_id")?)
                .or_default()
                .push(Exception {
                    date: date
                        .parse()
                        .map_err(|_| invalid("occurrence date", &date))?,
                    cancelled: row.try_get::<i64, _>("cancelled")? == 1,
                    start: start
                        .as_deref()
                        .map(|s| s.parse().map_err(|_| invalid("occurrence start", s)))
                        .transpose()?,
                    duration_minutes: row.try_get("duration_minutes")?,
                });
        }
        Ok(out)
    }

    /// Adds an event, with its audit line and change-log row.
    pub async fn add_event(
        &self,
        municipality_id: i64,
        event: &NewEvent,
        by: Actor,
    ) -> Result<i64> {
        let mut tx = self.pool().begin().await?;
        let id = insert_event(&mut tx, self.now(), municipality_id, event).await?;
        changes::record(
            &mut tx,
            self.now(),
            Some(municipality_id),
            "event",
            &id.to_string(),
        )
        .await?;
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            by,
            "event.created",
            ("event", &id.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Replaces the whole series' details (every occurrence), with its audit line and
    /// change-log row.
    pub async fn update_event(
        &self,
        municipality_id: i64,
        id: i64,
        e: &NewEvent,
        by: Actor,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        let done = sqlx::query(
            "UPDATE event SET offer_id = $1, place_id = $2, town_id = $3, online = $4, address = $5, title = $6, description = $7, \
             kind = $8, life_arena = $9, target_groups = $10, age_min = $11, age_max = $12, start_local = $13, duration_minutes = $14, \
             every_weeks = $15, occurrence_count = $16, price_dkk = $17, capacity = $18, signup_required = $19, signup_closes_hours = $20, \
             needs_contact = $21, bring = $22, accessibility = $23, updated_at = $24 WHERE id = $25 AND municipality_id = $26",
        )
        .bind(e.offer_id)
        .bind(e.place_id)
        .bind(e.town_id)
        .bind(i64::from(e.online))
        .bind(&e.address)
        .bind(&e.title)
        .bind(&e.description)
        .bind(e.kind.code())
        .bind(e.life_arena.map(|a| a.code()))
        .bind(e.target_groups.join(","))
        .bind(e.age_min)
        .bind(e.age_max)
        .bind(&e.start_local)
        .bind(e.duration_minutes)
        .bind(e.every_weeks)
        .bind(e.occurrence_count)
        .bind(e.price_dkk)
        .bind(e.capacity)
        .bind(i64::from(e.signup_required))
        .bind(e.signup_closes_hours)
        .bind(i64::from(e.needs_contact))
        .bind(&e.bring)
        .bind(e.accessibility.join(","))
        .bind(self.now())
        .bind(id)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        crate::store::campaigns::join(&mut tx, self.now(), id, e.campaign_id).await?;
        changes::record(
            &mut tx,
            self.now(),
            Some(municipality_id),
            "event",
            &id.to_string(),
        )
        .await?;
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            by,
            "event.updated",
            ("event", &id.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Cancels or moves one occurrence, or cancels the whole event; in the same
    /// transaction tells everyone signed up with an e-mail (once per address, `mail`
    /// writes it), appends the audit line and the change-log row. Returns how many were
    /// told.
    pub async fn change_occurrence(
        &self,
        municipality_id: i64,
        event_id: i64,
        change: OccurrenceChange<'_>,
        by: Actor,
        mail: &SignupMail<'_>,
    ) -> Result<usize> {
        let mut tx = self.pool().begin().await?;
        claim_event(&mut tx, self.now(), municipality_id, event_id).await?;
        let (action, detail, told) = match change {
            OccurrenceChange::CancelAll { from } => {
                sqlx::query("UPDATE event SET cancelled = 1 WHERE id = $1")
                    .bind(event_id)
                    .execute(&mut *tx)
                    .await?;
                ("event.cancelled", format!("from {from}"), Told::From(from))
            }
            OccurrenceChange::Cancel { date } => {
                set_exception(&mut tx, event_id, date, None).await?;
                (
                    "event.occurrence_cancelled",
                    date.to_owned(),
                    Told::On(date),
                )
            }
            OccurrenceChange::Move {
                date,
                start,
                duration_minutes,
            } => {
                set_exception(&mut tx, event_id, date, Some((start, duration_minutes))).await?;
                (
                    "event.occurrence_moved",
                    format!("{date} -> {start}"),
                    Told::On(date),
                )
            }
        };
        let told = tell(&mut tx, self.now(), event_id, told, mail).await?;
        changes::record(
            &mut tx,
            self.now(),
            Some(municipality_id),
            "event",
            &event_id.to_string(),
        )
        .await?;
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            by,
            action,
            ("event", &event_id.to_string()),
            &detail,
        )
        .await?;
        tx.commit().await?;
        Ok(told)
    }

    /// The organiser's message to everyone signed up for one date (the waitlist too),
    /// queued with its audit line in one transaction. Returns how many were told.
    pub async fn message_signups(
        &self,
        municipality_id: i64,
        event_id: i64,
        date: &str,
        by: Actor,
        mail: &SignupMail<'_>,
    ) -> Result<usize> {
        let mut tx = self.pool().begin().await?;
        claim_event(&mut tx, self.now(), municipality_id, event_id).await?;
        let told = tell(&mut tx, self.now(), event_id, Told::On(date), mail).await?;
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            by,
            "event.message_sent",
            ("event", &event_id.to_string()),
            &format!("{told} recipients"),
        )
        .await?;
        tx.commit().await?;
        Ok(told)
    }

    // --- Sign-ups ---

    /// Seats taken per (event, original date) for occurrences from `from` on.
    pub async fn seats_taken(
        &self,
        municipality_id: i64,
        from: &str,
    ) -> Result<HashMap<(i64, String), i64>> {
        let rows = sqlx::query(
            "SELECT s.event_id, s.occurrence_date, s.taken FROM event_seats s JOIN event e ON e.id = s.event_id \
             WHERE e.municipality_id = $1 AND s.occurrence_date >= $2",
        )
        .bind(municipality_id)
        .bind(from)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    (r.try_get("event_id")?, r.try_get("occurrence_date")?),
                    r.try_get("taken")?,
                ))
            })
            .collect()
    }

    /// Signs up: confirmed when the seats are there (or there is no limit), otherwise on
    /// the waitlist; the mail `mail` writes for it (confirmation or waitlist) is queued in
    /// the same transaction, so a sign-up is never kept without its mail. Returns the new
    /// sign-up's id and status.
    pub async fn sign_up(
        &self,
        signup: &NewSignup,
        capacity: Option<i64>,
        mail: &SignupMail<'_>,
    ) -> Result<(i64, SignupStatus)> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("INSERT INTO event_seats (event_id, occurrence_date, taken) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING")
            .bind(signup.event_id)
            .bind(&signup.occurrence_date)
            .execute(&mut *tx)
            .await?;
        let status = if take_seats(
            &mut tx,
            signup.event_id,
            &signup.occurrence_date,
            signup.people,
            capacity,
        )
        .await?
        {
            SignupStatus::Confirmed
        } else {
            SignupStatus::Waitlist
        };
        let now = self.now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO signup (event_id, occurrence_date, name, phone, email, people, is_group, group_note, status, token_hash, created_at, updated_at, lang) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12) RETURNING id",
        )
        .bind(signup.event_id)
        .bind(&signup.occurrence_date)
        .bind(&signup.name)
        .bind(&signup.phone)
        .bind(&signup.email)
        .bind(signup.people)
        .bind(i64::from(signup.is_group))
        .bind(&signup.group_note)
        .bind(status.code())
        .bind(&signup.token_hash)
        .bind(now)
        .bind(signup.lang.code())
        .fetch_one(&mut *tx)
        .await?;
        let made = Signup {
            id,
            event_id: signup.event_id,
            occurrence_date: signup.occurrence_date.clone(),
            name: signup.name.clone(),
            phone: signup.phone.clone(),
            email: signup.email.clone(),
            people: signup.people,
            is_group: signup.is_group,
            group_note: signup.group_note.clone(),
            status,
            created_at: now,
            lang: signup.lang,
        };
        if let Some(mail) = mail(&made) {
            outbox::queue(&mut tx, self.now(), &mail).await?;
        }
        tx.commit().await?;
        Ok((id, status))
    }

    pub async fn signup_by_token(&self, token_hash: &str) -> Result<Signup> {
        let sql = format!("SELECT {SIGNUP_COLUMNS} FROM signup WHERE token_hash = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(token_hash)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound)?;
        signup_from_row(&row)
    }

    /// Sign-ups of one occurrence (all of the event's when `date` is `None`), confirmed
    /// first, then the waitlist in order.
    pub async fn signups(&self, event_id: i64, date: Option<&str>) -> Result<Vec<Signup>> {
        let sql = format!(
            "SELECT {SIGNUP_COLUMNS} FROM signup WHERE event_id = $1 AND ($2 = '' OR occurrence_date = $2) AND status <> 'cancelled' \
             ORDER BY occurrence_date, CASE status WHEN 'confirmed' THEN 0 ELSE 1 END, id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(event_id)
            .bind(date.unwrap_or(""))
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(signup_from_row).collect()
    }

    /// Cancels a sign-up. A confirmed one frees its seats, and people on the waitlist move
    /// up in order while they fit; `promoted` makes each one's mail, queued in the same
    /// transaction. Returns the sign-ups that moved up. Cancelling twice does nothing.
    pub async fn cancel_signup(
        &self,
        token_hash: &str,
        capacity: Option<i64>,
        promoted: &SignupMail<'_>,
    ) -> Result<Vec<Signup>> {
        let mut tx = self.pool().begin().await?;
        let sql = format!(
            "UPDATE signup SET status = 'cancelled', updated_at = $1 WHERE token_hash = $2 AND status = 'confirmed' RETURNING {SIGNUP_COLUMNS}"
        );
        let freed = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(self.now())
            .bind(token_hash)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(freed) = freed.as_ref().map(signup_from_row).transpose()? else {
            sqlx::query("UPDATE signup SET status = 'cancelled', updated_at = $1 WHERE token_hash = $2 AND status = 'waitlist'")
                .bind(self.now())
                .bind(token_hash)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            return Ok(Vec::new());
        };
        sqlx::query("UPDATE event_seats SET taken = taken - $1 WHERE event_id = $2 AND occurrence_date = $3")
            .bind(freed.people)
            .bind(freed.event_id)
            .bind(&freed.occurrence_date)
            .execute(&mut *tx)
            .await?;
        let sql = format!(
            "SELECT {SIGNUP_COLUMNS} FROM signup WHERE event_id = $1 AND occurrence_date = $2 AND status = 'waitlist' ORDER BY id"
        );
        let waiting = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(freed.event_id)
            .bind(&freed.occurrence_date)
            .fetch_all(&mut *tx)
            .await?;
        let mut moved = Vec::new();
        for row in &waiting {
            let mut next = signup_from_row(row)?;
            if take_seats(
                &mut tx,
                next.event_id,
                &next.occurrence_date,
                next.people,
                capacity,
            )
            .await?
            {
                sqlx::query(
                    "UPDATE signup SET status = 'confirmed', updated_at = $1 WHERE id = $2",
                )
                .bind(self.now())
                .bind(next.id)
                .execute(&mut *tx)
                .await?;
                next.status = SignupStatus::Confirmed;
                if let Some(mail) = promoted(&next) {
                    outbox::queue(&mut tx, self.now(), &mail).await?;
                }
                moved.push(next);
            }
        }
        tx.commit().await?;
        Ok(moved)
    }

    /// Confirmed sign-ups with an e-mail for occurrences on `date` (reminders).
    pub async fn signups_on(&self, municipality_id: i64, date: &str) -> Result<Vec<Signup>> {
        let sql = format!(
            "SELECT {} FROM signup s JOIN event e ON e.id = s.event_id \
             WHERE e.municipality_id = $1 AND s.occurrence_date = $2 AND s.status = 'confirmed' AND s.email <> '' ORDER BY s.id",
            SIGNUP_COLUMNS
                .split(", ")
                .map(|c| format!("s.{c}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .bind(date)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(signup_from_row).collect()
    }

    /// Housekeeping: sign-ups (names, contacts) of occurrences before `date` are deleted.
    /// They are counted first (`signup_tally`, for the figures), in the same transaction.
    pub async fn prune_signups(&self, before_date: &str) -> Result<u64> {
        let mut tx = self.pool().begin().await?;
        // A write first, so SQLite starts the transaction as a writer (the tally reads
        // before it writes).
        sqlx::query("DELETE FROM signup_tally WHERE 1 = 0")
            .execute(&mut *tx)
            .await?;
        crate::store::indicators::tally_signups_before(&mut tx, before_date).await?;
        let n = sqlx::query("DELETE FROM signup WHERE occurrence_date < $1")
            .bind(before_date)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        sqlx::query("DELETE FROM event_seats WHERE occurrence_date < $1")
            .bind(before_date)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(n)
    }
}

/// What happens to an event's dates. Dates are occurrences' original dates
/// ('YYYY-MM-DD'), starts local 'YYYY-MM-DDTHH:MM'.
#[derive(Debug, Clone, Copy)]
pub enum OccurrenceChange<'a> {
    /// One date is cancelled; its sign-ups are told.
    Cancel { date: &'a str },
    /// One date moves; its sign-ups are told.
    Move {
        date: &'a str,
        start: &'a str,
        duration_minutes: i64,
    },
    /// Every date is cancelled; sign-ups for dates from `from` on are told.
    CancelAll { from: &'a str },
}

/// Whose sign-ups are told.
#[derive(Debug, Clone, Copy)]
enum Told<'a> {
    On(&'a str),
    From(&'a str),
}

/// The transaction's first write: takes the event's row (and so a PostgreSQL row lock, a
/// SQLite write lock) and checks the event is the municipality's.
async fn claim_event(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    event_id: i64,
) -> Result<()> {
    let done =
        sqlx::query("UPDATE event SET updated_at = $1 WHERE id = $2 AND municipality_id = $3")
            .bind(now)
            .bind(event_id)
            .bind(municipality_id)
            .execute(&mut *conn)
            .await?;
    if done.rows_affected() != 1 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// Cancels one date (`moved` is `None`) or moves it to a new start and length.
async fn set_exception(
    conn: &mut AnyConnection,
    event_id: i64,
    date: &str,
    moved: Option<(&str, i64)>,
) -> Result<()> {
    sqlx::query("DELETE FROM event_exception WHERE event_id = $1 AND occurrence_date = $2")
        .bind(event_id)
        .bind(date)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO event_exception (event_id, occurrence_date, cancelled, start_local, duration_minutes) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(event_id)
    .bind(date)
    .bind(i64::from(moved.is_none()))
    .bind(moved.map(|m| m.0))
    .bind(moved.map(|m| m.1))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Queues the mail for each address signed up (confirmed or waiting) once, in the
/// transaction; returns how many mails were queued.
async fn tell(
    conn: &mut AnyConnection,
    now: i64,
    event_id: i64,
    told: Told<'_>,
    mail: &SignupMail<'_>,
) -> Result<usize> {
    let (on, from) = match told {
        Told::On(date) => (date, ""),
        Told::From(date) => ("", date),
    };
    let sql = format!(
        "SELECT {SIGNUP_COLUMNS} FROM signup WHERE event_id = $1 AND ($2 = '' OR occurrence_date = $2) \
         AND occurrence_date >= $3 AND status <> 'cancelled' AND email <> '' ORDER BY id"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(event_id)
        .bind(on)
        .bind(from)
        .fetch_all(&mut *conn)
        .await?;
    let mut seen = std::collections::HashSet::new();
    let mut queued = 0;
    for row in &rows {
        let signup = signup_from_row(row)?;
        if !seen.insert(signup.email.clone()) {
            continue;
        }
        if let Some(m) = mail(&signup) {
            outbox::queue(&mut *conn, now, &m).await?;
            queued += 1;
        }
    }
    Ok(queued)
}

/// Takes `people` seats if they fit; true when taken.
async fn take_seats(
    conn: &mut AnyConnection,
    event_id: i64,
    date: &str,
    people: i64,
    capacity: Option<i64>,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE event_seats SET taken = taken + $1 WHERE event_id = $2 AND occurrence_date = $3 AND ($4 = 0 OR taken + $1 <= $4)",
    )
    .bind(people)
    .bind(event_id)
    .bind(date)
    .bind(capacity.unwrap_or(0))
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn insert_event(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    e: &NewEvent,
) -> Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO event (municipality_id, organisation_id, offer_id, place_id, town_id, online, address, title, description, kind, \
         life_arena, target_groups, age_min, age_max, start_local, duration_minutes, every_weeks, occurrence_count, price_dkk, capacity, \
         signup_required, signup_closes_hours, needs_contact, bring, accessibility, cancelled, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, 0, $26, $26) \
         RETURNING id",
    )
    .bind(municipality_id)
    .bind(e.organisation_id)
    .bind(e.offer_id)
    .bind(e.place_id)
    .bind(e.town_id)
    .bind(i64::from(e.online))
    .bind(&e.address)
    .bind(&e.title)
    .bind(&e.description)
    .bind(e.kind.code())
    .bind(e.life_arena.map(|a| a.code()))
    .bind(e.target_groups.join(","))
    .bind(e.age_min)
    .bind(e.age_max)
    .bind(&e.start_local)
    .bind(e.duration_minutes)
    .bind(e.every_weeks)
    .bind(e.occurrence_count)
    .bind(e.price_dkk)
    .bind(e.capacity)
    .bind(i64::from(e.signup_required))
    .bind(e.signup_closes_hours)
    .bind(i64::from(e.needs_contact))
    .bind(&e.bring)
    .bind(e.accessibility.join(","))
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    crate::store::campaigns::join(conn, now, id, e.campaign_id).await?;
    Ok(id)
}

/// Demo only: invented sign-ups that fill seats and the waitlist, inside the demo load.
pub async fn insert_demo_signups(
    conn: &mut AnyConnection,
    now: i64,
    event_id: i64,
    date: &str,
    taken: i64,
    waitlist: i64,
    names: &[&str],
) -> Result<()> {
    if taken > 0 {
        sqlx::query(
            "INSERT INTO event_seats (event_id, occurrence_date, taken) VALUES ($1, $2, $3)",
        )
        .bind(event_id)
        .bind(date)
        .bind(taken)
        .execute(&mut *conn)
        .await?;
    }
    for (n, status) in std::iter::repeat_n("confirmed", taken as usize)
        .chain(std::iter::repeat_n("waitlist", waitlist as usize))
        .enumerate()
    {
        let (_, hash) = crate::accounts::new_token();
        sqlx::query(
            "INSERT INTO signup (event_id, occurrence_date, name, phone, email, people, is_group, group_note, status, token_hash, created_at, updated_at) \
             VALUES ($1, $2, $3, '', '', 1, 0, '', $4, $5, $6, $6)",
        )
        .bind(event_id)
        .bind(date)
        .bind(names[n % names.len()])
        .bind(status)
        .bind(hash)
        .bind(now + n as i64)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
