//! Association days: the day, its slots, rooms and classes (with their codes), the
//! associations' applications, and the pupils' groups and choices (see
//! `crate::schools::days` for the shape of a day).
//!
//! Staff writes have their audit line and change-log row in the same transaction. A
//! group's choice has neither: it is anonymous, and its first names are blanked by
//! housekeeping the day after ([`Store::forget_day_names`]). Places are counted inside the
//! choosing transaction after the chosen activities' rows are written to (a no-op update),
//! which locks them on PostgreSQL and takes SQLite's write lock: two groups can never both
//! take the last places.

use std::collections::HashMap;

use sqlx::Row;

use crate::schools::days::{Application, Day, Kind, Slot};
use crate::store::audit::{self, Actor};
use crate::store::municipality::unique_violation;
use crate::store::outbox::{self, NewMail};
use crate::store::{Result, Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssociationDay {
    pub id: i64,
    pub school_id: i64,
    pub school: String,
    pub title: String,
    /// YYYY-MM-DD.
    pub day: String,
    /// Pupils may choose (until the teacher closes it, and only before the day).
    pub choosing: bool,
    pub plan_sent_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DaySlot {
    pub id: i64,
    pub slot: Slot,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayClass {
    pub class_id: i64,
    pub label: String,
    pub code: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Waiting,
    Accepted,
    Declined,
}

impl Status {
    fn code(self) -> &'static str {
        match self {
            Status::Waiting => "waiting",
            Status::Accepted => "accepted",
            Status::Declined => "declined",
        }
    }

    /// The locale key of its name.
    pub fn key(self) -> &'static str {
        match self {
            Status::Waiting => "days-status-waiting",
            Status::Accepted => "days-status-accepted",
            Status::Declined => "days-status-declined",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation: String,
    pub title: String,
    pub description: String,
    pub kind: Kind,
    pub places: i64,
    pub status: Status,
    /// (room id, room name) once accepted.
    pub room: Option<(i64, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub id: i64,
    pub class_id: i64,
    /// First names; empty after the day.
    pub names: Vec<String>,
    pub size: i64,
    /// (slot id, activity id).
    pub choices: Vec<(i64, i64)>,
}

const DAY_COLUMNS: &str = "association_day.id AS id, association_day.school_id AS school_id, \
     school.name AS school, association_day.title AS title, association_day.day AS day, \
     association_day.choosing AS choosing, association_day.plan_sent_at AS plan_sent_at";

fn day_row(row: &sqlx::any::AnyRow) -> Result<AssociationDay> {
    Ok(AssociationDay {
        id: row.try_get("id")?,
        school_id: row.try_get("school_id")?,
        school: row.try_get("school")?,
        title: row.try_get("title")?,
        day: row.try_get("day")?,
        choosing: row.try_get::<i64, _>("choosing")? != 0,
        plan_sent_at: row.try_get("plan_sent_at")?,
    })
}

fn time(text: &str) -> Result<jiff::civil::Time> {
    crate::format::parse_clock(text)
        .ok_or_else(|| StoreError::Invalid(format!("stored slot time {text}")))
}

impl Store {
    /// A new association day for a school: its slots, rooms and classes, each class with a
    /// fresh code no other coming day uses.
    pub async fn add_association_day(
        &self,
        municipality_id: i64,
        school_id: i64,
        day: &Day,
        by: Actor,
    ) -> Result<i64> {
        self.school(municipality_id, school_id).await?;
        let now = self.now();
        let today = self.clock().today().to_string();
        let account = match by {
            Actor::Account(id) => Some(id),
            _ => None,
        };
        let mut tx = self.pool().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO association_day (school_id, title, day, choosing, created_by, created_at) \
             VALUES ($1, $2, $3, 1, $4, $5) RETURNING id",
        )
        .bind(school_id)
        .bind(&day.title)
        .bind(day.date.to_string())
        .bind(account)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        for (i, slot) in day.slots.iter().enumerate() {
            sqlx::query(
                "INSERT INTO association_day_slot (day_id, position, starts, ends) VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(i as i64)
            .bind(slot.starts.strftime("%H:%M").to_string())
            .bind(slot.ends.strftime("%H:%M").to_string())
            .execute(&mut *tx)
            .await?;
        }
        for (i, room) in day.rooms.iter().enumerate() {
            sqlx::query(
                "INSERT INTO association_day_room (day_id, position, name) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(i as i64)
            .bind(room)
            .execute(&mut *tx)
            .await?;
        }
        for class in &day.classes {
            let of_school: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM school_class WHERE id = $1 AND school_id = $2",
            )
            .bind(class)
            .bind(school_id)
            .fetch_one(&mut *tx)
            .await?;
            if of_school == 0 {
                return Err(StoreError::NotFound);
            }
            let code = loop {
                let code = crate::schools::new_code();
                let taken: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM association_day_class JOIN association_day \
                     ON association_day.id = association_day_class.day_id \
                     WHERE association_day_class.code = $1 AND association_day.day >= $2",
                )
                .bind(&code)
                .bind(&today)
                .fetch_one(&mut *tx)
                .await?;
                if taken == 0 {
                    break code;
                }
            };
            sqlx::query(
                "INSERT INTO association_day_class (day_id, class_id, code) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(class)
            .bind(code)
            .execute(&mut *tx)
            .await?;
        }
        let subject = id.to_string();
        audit::staff_change(
            &mut tx,
            now,
            municipality_id,
            by,
            "association-day.add",
            ("association_day", &subject),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// A school's association days, the newest first.
    pub async fn school_days(&self, school_id: i64) -> Result<Vec<AssociationDay>> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {DAY_COLUMNS} FROM association_day JOIN school ON school.id = association_day.school_id \
             WHERE association_day.school_id = $1 ORDER BY association_day.day DESC, association_day.id DESC"
        )))
        .bind(school_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(day_row)
        .collect()
    }

    /// The coming association days of the municipality's schools (from `today` on).
    pub async fn coming_days(
        &self,
        municipality_id: i64,
        today: &str,
    ) -> Result<Vec<AssociationDay>> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {DAY_COLUMNS} FROM association_day JOIN school ON school.id = association_day.school_id \
             WHERE school.municipality_id = $1 AND association_day.day >= $2 \
             ORDER BY association_day.day, school.name"
        )))
        .bind(municipality_id)
        .bind(today)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(day_row)
        .collect()
    }

    pub async fn association_day(&self, municipality_id: i64, id: i64) -> Result<AssociationDay> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {DAY_COLUMNS} FROM association_day JOIN school ON school.id = association_day.school_id \
             WHERE association_day.id = $1 AND school.municipality_id = $2"
        )))
        .bind(id)
        .bind(municipality_id)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound)?;
        day_row(&row)
    }

    pub async fn day_slots(&self, day_id: i64) -> Result<Vec<DaySlot>> {
        sqlx::query(
            "SELECT id, starts, ends FROM association_day_slot WHERE day_id = $1 ORDER BY position",
        )
        .bind(day_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            Ok(DaySlot {
                id: r.try_get("id")?,
                slot: Slot {
                    starts: time(&r.try_get::<String, _>("starts")?)?,
                    ends: time(&r.try_get::<String, _>("ends")?)?,
                },
            })
        })
        .collect()
    }

    /// The day's rooms: (id, name), in the order typed.
    pub async fn day_rooms(&self, day_id: i64) -> Result<Vec<(i64, String)>> {
        sqlx::query("SELECT id, name FROM association_day_room WHERE day_id = $1 ORDER BY position")
            .bind(day_id)
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(|r| Ok((r.try_get("id")?, r.try_get("name")?)))
            .collect()
    }

    /// The classes taking part, by grade and letter, with their codes.
    pub async fn day_classes(&self, day_id: i64) -> Result<Vec<DayClass>> {
        sqlx::query(
            "SELECT school_class.id AS id, school_class.grade AS grade, school_class.letter AS letter, \
             association_day_class.code AS code FROM association_day_class \
             JOIN school_class ON school_class.id = association_day_class.class_id \
             WHERE association_day_class.day_id = $1 ORDER BY school_class.grade, school_class.letter",
        )
        .bind(day_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            Ok(DayClass {
                class_id: r.try_get("id")?,
                label: crate::schools::class_label(
                    r.try_get("grade")?,
                    &r.try_get::<String, _>("letter")?,
                ),
                code: r.try_get("code")?,
            })
        })
        .collect()
    }

    /// An association applies to take part (`Conflict` when it already offered this title).
    pub async fn apply_to_day(
        &self,
        municipality_id: i64,
        day_id: i64,
        application: &Application,
        by: Actor,
    ) -> Result<i64> {
        self.association_day(municipality_id, day_id).await?;
        let now = self.now();
        let account = match by {
            Actor::Account(id) => Some(id),
            _ => None,
        };
        let mut tx = self.pool().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO association_day_activity \
             (day_id, organisation_id, title, description, kind, places, status, applied_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'waiting', $7, $8) RETURNING id",
        )
        .bind(day_id)
        .bind(application.organisation_id)
        .bind(&application.title)
        .bind(&application.description)
        .bind(application.kind.code())
        .bind(application.places)
        .bind(account)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| unique_violation(e, || format!("activity {}", application.title)))?;
        audit::staff_change(
            &mut tx,
            now,
            municipality_id,
            by,
            "association-day.apply",
            ("association_day_activity", &id.to_string()),
            &format!("day {day_id}"),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The day's applications, by association and title.
    pub async fn day_activities(&self, day_id: i64) -> Result<Vec<Activity>> {
        sqlx::query(
            "SELECT a.id AS id, a.organisation_id AS organisation_id, o.name AS organisation, a.title AS title, \
             a.description AS description, a.kind AS kind, a.places AS places, a.status AS status, \
             a.room_id AS room_id, r.name AS room FROM association_day_activity a \
             JOIN organisation o ON o.id = a.organisation_id \
             LEFT JOIN association_day_room r ON r.id = a.room_id \
             WHERE a.day_id = $1 ORDER BY o.name, a.title",
        )
        .bind(day_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            let kind: String = r.try_get("kind")?;
            let status: String = r.try_get("status")?;
            let room_id: Option<i64> = r.try_get("room_id")?;
            let room: Option<String> = r.try_get("room")?;
            Ok(Activity {
                id: r.try_get("id")?,
                organisation_id: r.try_get("organisation_id")?,
                organisation: r.try_get("organisation")?,
                title: r.try_get("title")?,
                description: r.try_get("description")?,
                kind: Kind::from_code(&kind)
                    .ok_or_else(|| StoreError::Invalid(format!("activity kind {kind}")))?,
                places: r.try_get("places")?,
                status: [Status::Waiting, Status::Accepted, Status::Declined]
                    .into_iter()
                    .find(|s| s.code() == status)
                    .ok_or_else(|| StoreError::Invalid(format!("activity status {status}")))?,
                room: room_id.zip(room),
            })
        })
        .collect()
    }

    /// The teacher's decision: accepted in a room of the day (`Some(room)`) or declined
    /// (`None`). `Conflict` when another accepted association has the room, or when a
    /// declined one was already chosen by pupils.
    pub async fn decide_activity(
        &self,
        municipality_id: i64,
        day_id: i64,
        activity_id: i64,
        room: Option<i64>,
        by: Actor,
    ) -> Result<()> {
        self.association_day(municipality_id, day_id).await?;
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let of_day: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM association_day_activity WHERE id = $1 AND day_id = $2",
        )
        .bind(activity_id)
        .bind(day_id)
        .fetch_one(&mut *tx)
        .await?;
        if of_day == 0 {
            return Err(StoreError::NotFound);
        }
        let action = match room {
            Some(room) => {
                let in_day: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM association_day_room WHERE id = $1 AND day_id = $2",
                )
                .bind(room)
                .bind(day_id)
                .fetch_one(&mut *tx)
                .await?;
                if in_day == 0 {
                    return Err(StoreError::NotFound);
                }
                let taken: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM association_day_activity WHERE room_id = $1 AND status = 'accepted' AND id <> $2",
                )
                .bind(room)
                .bind(activity_id)
                .fetch_one(&mut *tx)
                .await?;
                if taken > 0 {
                    return Err(StoreError::Conflict("room".into()));
                }
                sqlx::query(
                    "UPDATE association_day_activity SET status = 'accepted', room_id = $1 WHERE id = $2",
                )
                .bind(room)
                .bind(activity_id)
                .execute(&mut *tx)
                .await?;
                "association-day.accept"
            }
            None => {
                let chosen: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM association_day_choice WHERE activity_id = $1",
                )
                .bind(activity_id)
                .fetch_one(&mut *tx)
                .await?;
                if chosen > 0 {
                    return Err(StoreError::Conflict("chosen".into()));
                }
                sqlx::query(
                    "UPDATE association_day_activity SET status = 'declined', room_id = NULL WHERE id = $1",
                )
                .bind(activity_id)
                .execute(&mut *tx)
                .await?;
                "association-day.decline"
            }
        };
        audit::staff_change(
            &mut tx,
            now,
            municipality_id,
            by,
            action,
            ("association_day_activity", &activity_id.to_string()),
            &room.map(|r| format!("room {r}")).unwrap_or_default(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Opens or closes the pupils' choosing.
    pub async fn set_choosing(
        &self,
        municipality_id: i64,
        day_id: i64,
        open: bool,
        by: Actor,
    ) -> Result<()> {
        self.association_day(municipality_id, day_id).await?;
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        sqlx::query("UPDATE association_day SET choosing = $1 WHERE id = $2")
            .bind(i64::from(open))
            .bind(day_id)
            .execute(&mut *tx)
            .await?;
        audit::staff_change(
            &mut tx,
            now,
            municipality_id,
            by,
            if open {
                "association-day.open"
            } else {
                "association-day.close"
            },
            ("association_day", &day_id.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The day and class a pupil's code opens: choosing open, the day still to come
    /// (after `today`), a school of this municipality.
    pub async fn day_by_code(
        &self,
        municipality_id: i64,
        code: &str,
        today: &str,
    ) -> Result<Option<(AssociationDay, DayClass)>> {
        let row = sqlx::query(
            "SELECT association_day_class.day_id AS day_id, association_day_class.class_id AS class_id \
             FROM association_day_class JOIN association_day ON association_day.id = association_day_class.day_id \
             JOIN school ON school.id = association_day.school_id \
             WHERE association_day_class.code = $1 AND association_day.choosing = 1 \
             AND association_day.day > $2 AND school.municipality_id = $3",
        )
        .bind(code)
        .bind(today)
        .bind(municipality_id)
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let (day_id, class_id): (i64, i64) = (row.try_get("day_id")?, row.try_get("class_id")?);
        let day = self.association_day(municipality_id, day_id).await?;
        let class = self
            .day_classes(day_id)
            .await?
            .into_iter()
            .find(|c| c.class_id == class_id)
            .ok_or(StoreError::NotFound)?;
        Ok(Some((day, class)))
    }

    /// Pupils already placed per (slot id, activity id).
    pub async fn day_taken(&self, day_id: i64) -> Result<HashMap<(i64, i64), i64>> {
        taken(self.pool(), day_id).await
    }

    /// A group's choice, all or nothing: `Conflict` when an activity is not accepted or its
    /// places in a slot would run out. `card_hash` is the SHA-256 of the card's link.
    pub async fn choose_day(
        &self,
        day_id: i64,
        class_id: i64,
        names: &[String],
        choices: &[(i64, i64)],
        card_hash: &str,
    ) -> Result<i64> {
        let size = names.len() as i64;
        let mut tx = self.pool().begin().await?;
        for (_, activity) in choices {
            // A no-op write: holds the activity's row until commit (see the module's comment).
            sqlx::query(
                "UPDATE association_day_activity SET places = places WHERE id = $1 AND day_id = $2",
            )
            .bind(activity)
            .bind(day_id)
            .execute(&mut *tx)
            .await?;
        }
        let taken = taken(&mut *tx, day_id).await?;
        for (slot, activity) in choices {
            let places: Option<i64> = sqlx::query_scalar(
                "SELECT places FROM association_day_activity WHERE id = $1 AND day_id = $2 AND status = 'accepted'",
            )
            .bind(activity)
            .bind(day_id)
            .fetch_optional(&mut *tx)
            .await?;
            let used = taken.get(&(*slot, *activity)).copied().unwrap_or(0);
            if places.is_none_or(|p| used + size > p) {
                return Err(StoreError::Conflict("full".into()));
            }
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO association_day_group (day_id, class_id, names, size, card_hash) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(day_id)
        .bind(class_id)
        .bind(names.join("\n"))
        .bind(size)
        .bind(card_hash)
        .fetch_one(&mut *tx)
        .await?;
        for (slot, activity) in choices {
            sqlx::query(
                "INSERT INTO association_day_choice (group_id, slot_id, activity_id) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(slot)
            .bind(activity)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// The day's groups with their choices, by class and then in the order they chose.
    pub async fn day_groups(&self, day_id: i64) -> Result<Vec<Group>> {
        let mut groups: Vec<Group> = sqlx::query(
            "SELECT id, class_id, names, size FROM association_day_group WHERE day_id = $1 ORDER BY class_id, id",
        )
        .bind(day_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            let names: String = r.try_get("names")?;
            Ok(Group {
                id: r.try_get("id")?,
                class_id: r.try_get("class_id")?,
                names: names.lines().map(str::to_owned).collect(),
                size: r.try_get("size")?,
                choices: Vec::new(),
            })
        })
        .collect::<Result<_>>()?;
        let rows = sqlx::query(
            "SELECT c.group_id AS group_id, c.slot_id AS slot_id, c.activity_id AS activity_id \
             FROM association_day_choice c JOIN association_day_group g ON g.id = c.group_id \
             WHERE g.day_id = $1",
        )
        .bind(day_id)
        .fetch_all(self.pool())
        .await?;
        for r in rows {
            let group: i64 = r.try_get("group_id")?;
            if let Some(g) = groups.iter_mut().find(|g| g.id == group) {
                g.choices
                    .push((r.try_get("slot_id")?, r.try_get("activity_id")?));
            }
        }
        Ok(groups)
    }

    /// The group whose card link has this SHA-256, with its day's id.
    pub async fn group_by_card(&self, card_hash: &str) -> Result<Option<(i64, Group)>> {
        let row = sqlx::query("SELECT id, day_id FROM association_day_group WHERE card_hash = $1")
            .bind(card_hash)
            .fetch_optional(self.pool())
            .await?;
        let Some(row) = row else { return Ok(None) };
        let (id, day): (i64, i64) = (row.try_get("id")?, row.try_get("day_id")?);
        Ok(self
            .day_groups(day)
            .await?
            .into_iter()
            .find(|g| g.id == id)
            .map(|g| (day, g)))
    }

    /// Queues each association's timetable and marks the plan sent, with its audit line
    /// and change-log row, in one transaction.
    pub async fn send_day_plan(
        &self,
        municipality_id: i64,
        day_id: i64,
        mails: &[NewMail],
        by: Actor,
    ) -> Result<()> {
        self.association_day(municipality_id, day_id).await?;
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        for mail in mails {
            outbox::queue(&mut tx, now, mail).await?;
        }
        sqlx::query("UPDATE association_day SET plan_sent_at = $1 WHERE id = $2")
            .bind(now)
            .bind(day_id)
            .execute(&mut *tx)
            .await?;
        audit::staff_change(
            &mut tx,
            now,
            municipality_id,
            by,
            "association-day.send-plan",
            ("association_day", &day_id.to_string()),
            &format!("{} mails", mails.len()),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Blanks the first names of the groups of days before `today` (housekeeping).
    pub async fn forget_day_names(&self, today: &str) -> Result<u64> {
        Ok(sqlx::query(
            "UPDATE association_day_group SET names = '' WHERE names <> '' AND day_id IN \
             (SELECT id FROM association_day WHERE day < $1)",
        )
        .bind(today)
        .execute(self.pool())
        .await?
        .rows_affected())
    }
}

async fn taken<'c, E>(conn: E, day_id: i64) -> Result<HashMap<(i64, i64), i64>>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    sqlx::query(
        "SELECT c.slot_id AS slot_id, c.activity_id AS activity_id, CAST(SUM(g.size) AS BIGINT) AS taken \
         FROM association_day_choice c JOIN association_day_group g ON g.id = c.group_id \
         WHERE g.day_id = $1 GROUP BY c.slot_id, c.activity_id",
    )
    .bind(day_id)
    .fetch_all(conn)
    .await?
    .iter()
    .map(|r| {
        Ok((
            (r.try_get("slot_id")?, r.try_get("activity_id")?),
            r.try_get("taken")?,
        ))
    })
    .collect()
}
