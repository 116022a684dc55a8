//! Schools, their classes and teachers, and the class pulse (issue 20).
//!
//! Staff writes (a school, a class, a teacher, a pulse opened or closed) have their audit
//! line and change-log row in one transaction. **A pupil's answer has neither:** an audit
//! line or a change-log row carries the second it was written, and a list of seconds next
//! to a class is a seating plan. The answer row holds the pulse, the day and the answers,
//! under a random id (see migrations/*/0028_class_pulse.sql); the abuse limits count under
//! HMAC'd buckets that name no pulse in the clear.

pub mod days;

use rand::RngCore;
use sqlx::Row;

use crate::accounts::{Role, hex};
use crate::schools::{Answer, BREAKS};
use crate::store::audit::{self, Actor};
use crate::store::municipality::unique_violation;
use crate::store::{Result, Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct School {
    pub id: i64,
    pub name: String,
    pub town_id: i64,
    pub town: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Class {
    pub id: i64,
    pub school_id: i64,
    pub grade: i64,
    pub letter: String,
}

impl Class {
    pub fn label(&self) -> String {
        crate::schools::class_label(self.grade, &self.letter)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pulse {
    pub id: i64,
    pub class_id: i64,
    pub code: String,
    pub opened_on: String,
    pub closes_at: i64,
}

const SCHOOL_COLUMNS: &str =
    "school.id AS id, school.name AS name, school.town_id AS town_id, town.name AS town";

fn school(row: &sqlx::any::AnyRow) -> Result<School> {
    Ok(School {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        town_id: row.try_get("town_id")?,
        town: row.try_get("town")?,
    })
}

fn class(row: &sqlx::any::AnyRow) -> Result<Class> {
    Ok(Class {
        id: row.try_get("id")?,
        school_id: row.try_get("school_id")?,
        grade: row.try_get("grade")?,
        letter: row.try_get("letter")?,
    })
}

fn pulse(row: &sqlx::any::AnyRow) -> Result<Pulse> {
    Ok(Pulse {
        id: row.try_get("id")?,
        class_id: row.try_get("class_id")?,
        code: row.try_get("code")?,
        opened_on: row.try_get("opened_on")?,
        closes_at: row.try_get("closes_at")?,
    })
}

impl Store {
    /// A new school in one of the municipality's towns (`Conflict` when the name is taken).
    pub async fn add_school(
        &self,
        municipality_id: i64,
        name: &str,
        town_id: i64,
        by: Actor,
    ) -> Result<i64> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let town: Option<i64> =
            sqlx::query_scalar("SELECT id FROM town WHERE id = $1 AND municipality_id = $2")
                .bind(town_id)
                .bind(municipality_id)
                .fetch_optional(&mut *tx)
                .await?;
        if town.is_none() {
            return Err(StoreError::NotFound);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO school (municipality_id, name, town_id, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(municipality_id)
        .bind(name.trim())
        .bind(town_id)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| unique_violation(e, || format!("school {name}")))?;
        audit::staff_change(
            &mut tx,
            now,
            municipality_id,
            by,
            "school.add",
            ("school", &id.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The municipality's schools by name.
    pub async fn schools(&self, municipality_id: i64) -> Result<Vec<School>> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {SCHOOL_COLUMNS} FROM school JOIN town ON town.id = school.town_id \
             WHERE school.municipality_id = $1 ORDER BY school.name"
        )))
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(school)
        .collect()
    }

    /// The schools an account teaches at.
    pub async fn schools_of_teacher(
        &self,
        municipality_id: i64,
        account_id: i64,
    ) -> Result<Vec<School>> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {SCHOOL_COLUMNS} FROM school JOIN town ON town.id = school.town_id \
             JOIN school_teacher ON school_teacher.school_id = school.id \
             WHERE school.municipality_id = $1 AND school_teacher.account_id = $2 ORDER BY school.name"
        )))
        .bind(municipality_id)
        .bind(account_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(school)
        .collect()
    }

    pub async fn school(&self, municipality_id: i64, id: i64) -> Result<School> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {SCHOOL_COLUMNS} FROM school JOIN town ON town.id = school.town_id \
             WHERE school.id = $1 AND school.municipality_id = $2"
        )))
        .bind(id)
        .bind(municipality_id)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound)?;
        school(&row)
    }

    /// A new class of a school (`Conflict` when it exists).
    pub async fn add_class(
        &self,
        municipality_id: i64,
        school_id: i64,
        grade: i64,
        letter: &str,
        by: Actor,
    ) -> Result<i64> {
        self.school(municipality_id, school_id).await?;
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO school_class (school_id, grade, letter, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(school_id)
        .bind(grade)
        .bind(letter)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| unique_violation(e, || format!("class {grade}.{letter}")))?;
        audit::staff_change(
            &mut tx,
            now,
            municipality_id,
            by,
            "school.class-add",
            ("school_class", &id.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// A school's classes, by grade and letter.
    pub async fn classes(&self, school_id: i64) -> Result<Vec<Class>> {
        sqlx::query("SELECT * FROM school_class WHERE school_id = $1 ORDER BY grade, letter")
            .bind(school_id)
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(class)
            .collect()
    }

    /// A class with its school.
    pub async fn class(&self, municipality_id: i64, id: i64) -> Result<(Class, School)> {
        let row = sqlx::query("SELECT * FROM school_class WHERE id = $1")
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound)?;
        let c = class(&row)?;
        let s = self.school(municipality_id, c.school_id).await?;
        Ok((c, s))
    }

    /// Makes the account with this e-mail a teacher of the school (the role `teacher` and
    /// the link). `NotFound` when no account of the municipality has the address.
    pub async fn add_teacher(
        &self,
        municipality_id: i64,
        school_id: i64,
        email: &str,
        by: Actor,
    ) -> Result<i64> {
        self.school(municipality_id, school_id).await?;
        let account = self.account_by_email(municipality_id, email).await?;
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        crate::store::accounts::grant(&mut tx, account.id, Role::Teacher).await?;
        sqlx::query(
            "INSERT INTO school_teacher (school_id, account_id) VALUES ($1, $2) ON CONFLICT (school_id, account_id) DO NOTHING",
        )
        .bind(school_id)
        .bind(account.id)
        .execute(&mut *tx)
        .await?;
        audit::staff_change(
            &mut tx,
            now,
            municipality_id,
            by,
            "school.teacher-add",
            ("school", &school_id.to_string()),
            &format!("account {}", account.id),
        )
        .await?;
        tx.commit().await?;
        Ok(account.id)
    }

    /// A school's teachers: (account id, name, e-mail).
    pub async fn teachers(&self, school_id: i64) -> Result<Vec<(i64, String, String)>> {
        sqlx::query(
            "SELECT account.id AS id, account.name AS name, account.email AS email FROM account \
             JOIN school_teacher ON school_teacher.account_id = account.id \
             WHERE school_teacher.school_id = $1 ORDER BY account.name",
        )
        .bind(school_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("name")?, r.try_get("email")?)))
        .collect()
    }

    pub async fn teaches_at(&self, account_id: i64, school_id: i64) -> Result<bool> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM school_teacher WHERE account_id = $1 AND school_id = $2",
        )
        .bind(account_id)
        .bind(school_id)
        .fetch_one(self.pool())
        .await?;
        Ok(n > 0)
    }

    /// The class's pulse open now, if any.
    pub async fn open_pulse(&self, class_id: i64) -> Result<Option<Pulse>> {
        sqlx::query(
            "SELECT * FROM class_pulse WHERE class_id = $1 AND closes_at > $2 ORDER BY id DESC",
        )
        .bind(class_id)
        .bind(self.now())
        .fetch_optional(self.pool())
        .await?
        .as_ref()
        .map(pulse)
        .transpose()
    }

    /// The class's latest pulse, open or closed.
    pub async fn latest_pulse(&self, class_id: i64) -> Result<Option<Pulse>> {
        sqlx::query("SELECT * FROM class_pulse WHERE class_id = $1 ORDER BY id DESC")
            .bind(class_id)
            .fetch_optional(self.pool())
            .await?
            .as_ref()
            .map(pulse)
            .transpose()
    }

    /// Opens a pulse for the class until `closes_at` with a code no open pulse has; the
    /// open one when there is one already.
    pub async fn start_pulse(
        &self,
        municipality_id: i64,
        class_id: i64,
        opened_on: &str,
        closes_at: i64,
        by: Actor,
    ) -> Result<Pulse> {
        if let Some(open) = self.open_pulse(class_id).await? {
            return Ok(open);
        }
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let mut code = crate::schools::new_code();
        loop {
            let taken: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM class_pulse WHERE code = $1 AND closes_at > $2",
            )
            .bind(&code)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            if taken == 0 {
                break;
            }
            code = crate::schools::new_code();
        }
        let account = match by {
            Actor::Account(id) => Some(id),
            _ => None,
        };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO class_pulse (class_id, code, opened_on, closes_at, opened_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(class_id)
        .bind(&code)
        .bind(opened_on)
        .bind(closes_at)
        .bind(account)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        audit::staff_change(
            &mut tx,
            now,
            municipality_id,
            by,
            "pulse.open",
            ("class_pulse", &id.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(Pulse {
            id,
            class_id,
            code,
            opened_on: opened_on.to_owned(),
            closes_at,
        })
    }

    /// Closes a pulse now (its code stops working).
    pub async fn close_pulse(&self, municipality_id: i64, pulse_id: i64, by: Actor) -> Result<()> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        sqlx::query("UPDATE class_pulse SET closes_at = $1 WHERE id = $2 AND closes_at > $1")
            .bind(now)
            .bind(pulse_id)
            .execute(&mut *tx)
            .await?;
        audit::staff_change(
            &mut tx,
            now,
            municipality_id,
            by,
            "pulse.close",
            ("class_pulse", &pulse_id.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The open pulse with this code (of the municipality's schools).
    pub async fn pulse_by_code(&self, municipality_id: i64, code: &str) -> Result<Option<Pulse>> {
        sqlx::query(
            "SELECT class_pulse.* FROM class_pulse JOIN school_class ON school_class.id = class_pulse.class_id \
             JOIN school ON school.id = school_class.school_id \
             WHERE class_pulse.code = $1 AND class_pulse.closes_at > $2 AND school.municipality_id = $3",
        )
        .bind(code)
        .bind(self.now())
        .bind(municipality_id)
        .fetch_optional(self.pool())
        .await?
        .as_ref()
        .map(pulse)
        .transpose()
    }

    /// Stores one pupil's answers: the pulse, the day, the answers, a random id. No audit
    /// line and no change-log row (see the module's comment).
    pub async fn add_pulse_answer(&self, pulse_id: i64, day: &str, a: &Answer) -> Result<()> {
        let mut bytes = [0u8; 16];
        rand::rng().fill_bytes(&mut bytes);
        sqlx::query(
            "INSERT INTO pulse_answer (id, pulse_id, day, lacks_company, left_out, alone_with_others, breaks) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(hex(&bytes))
        .bind(pulse_id)
        .bind(day)
        .bind(a.lacks_company)
        .bind(a.left_out)
        .bind(a.alone_with_others)
        .bind(a.breaks)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// A pulse's answers (true values: only ever shown through `schools::summarise`).
    pub async fn pulse_answers(&self, pulse_id: i64) -> Result<Vec<Answer>> {
        sqlx::query(
            "SELECT lacks_company, left_out, alone_with_others, breaks FROM pulse_answer WHERE pulse_id = $1",
        )
        .bind(pulse_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            let breaks: String = r.try_get("breaks")?;
            Ok(Answer {
                lacks_company: r.try_get("lacks_company")?,
                left_out: r.try_get("left_out")?,
                alone_with_others: r.try_get("alone_with_others")?,
                breaks: BREAKS.iter().copied().find(|b| *b == breaks).unwrap_or("ja"),
            })
        })
        .collect()
    }
}
