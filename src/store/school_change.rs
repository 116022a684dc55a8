//! A path through a school change (issue 20): a school's buddy scheme and its links to
//! welcome gatherings (events) and welcome groups and clubs (offers), each for one path
//! or every path (migrations/*/0030_school_change.sql). Every staff save is one
//! transaction with its audit line and a change-log row for the school.

use sqlx::{AnyConnection, Row};

use crate::school_change::{Path, link_code, link_path};
use crate::store::audit::{self, Actor};
use crate::store::{Result, Store, StoreError};

/// What a link points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Linked {
    /// A welcome gathering: an event in the calendar.
    Event,
    /// A welcome group or club: an offer in the directory.
    Offer,
}

impl Linked {
    fn table(self) -> &'static str {
        match self {
            Linked::Event => "school_welcome_event",
            Linked::Offer => "school_welcome_offer",
        }
    }

    fn column(self) -> &'static str {
        match self {
            Linked::Event => "event_id",
            Linked::Offer => "offer_id",
        }
    }

    /// The linked table, to check the object is the municipality's.
    fn target(self) -> &'static str {
        match self {
            Linked::Event => "event",
            Linked::Offer => "offer",
        }
    }

    fn action(self) -> &'static str {
        match self {
            Linked::Event => "event",
            Linked::Offer => "offer",
        }
    }
}

/// A school's welcome: the buddy scheme (empty: none) and its links, (id, path; `None`:
/// every path), in the order they were made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Welcome {
    pub buddy_scheme: String,
    pub events: Vec<(i64, Option<Path>)>,
    pub offers: Vec<(i64, Option<Path>)>,
}

/// Writes the buddy scheme (demo load and [`Store::set_buddy_scheme`]).
pub async fn put_buddy_scheme(
    conn: &mut AnyConnection,
    now: i64,
    school_id: i64,
    text: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO school_welcome (school_id, buddy_scheme, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (school_id) DO UPDATE SET buddy_scheme = excluded.buddy_scheme, updated_at = excluded.updated_at",
    )
    .bind(school_id)
    .bind(text)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Links an event or offer to the school for a path (again: the path is replaced).
pub async fn put_link(
    conn: &mut AnyConnection,
    kind: Linked,
    school_id: i64,
    id: i64,
    path: Option<Path>,
) -> Result<()> {
    let (table, column) = (kind.table(), kind.column());
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO {table} (school_id, {column}, path) VALUES ($1, $2, $3) \
         ON CONFLICT (school_id, {column}) DO UPDATE SET path = excluded.path"
    )))
    .bind(school_id)
    .bind(id)
    .bind(link_code(path))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Demo only: makes the school (its town by id), returns its id.
pub async fn insert_demo_school(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    name: &str,
    town_id: i64,
) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO school (municipality_id, name, town_id, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(municipality_id)
    .bind(name)
    .bind(town_id)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?)
}

/// Demo only: a class of a school.
pub async fn insert_demo_class(
    conn: &mut AnyConnection,
    now: i64,
    school_id: i64,
    grade: i64,
    letter: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO school_class (school_id, grade, letter, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(school_id)
    .bind(grade)
    .bind(letter)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

impl Store {
    /// The school's welcome (an empty one when nothing is written or linked).
    pub async fn welcome(&self, school_id: i64) -> Result<Welcome> {
        let buddy_scheme: Option<String> =
            sqlx::query_scalar("SELECT buddy_scheme FROM school_welcome WHERE school_id = $1")
                .bind(school_id)
                .fetch_optional(self.pool())
                .await?;
        let mut welcome = Welcome {
            buddy_scheme: buddy_scheme.unwrap_or_default(),
            ..Welcome::default()
        };
        for kind in [Linked::Event, Linked::Offer] {
            let (table, column) = (kind.table(), kind.column());
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT {column} AS id, path FROM {table} WHERE school_id = $1 ORDER BY {column}"
            )))
            .bind(school_id)
            .fetch_all(self.pool())
            .await?;
            let links = rows
                .iter()
                .map(|r| {
                    let path: String = r.try_get("path")?;
                    Ok((r.try_get("id")?, link_path(&path)))
                })
                .collect::<Result<Vec<_>>>()?;
            match kind {
                Linked::Event => welcome.events = links,
                Linked::Offer => welcome.offers = links,
            }
        }
        Ok(welcome)
    }

    /// The schools an event is a welcome gathering of: (school id, name).
    pub async fn schools_welcoming_at(&self, event_id: i64) -> Result<Vec<(i64, String)>> {
        sqlx::query(
            "SELECT school.id AS id, school.name AS name FROM school \
             JOIN school_welcome_event w ON w.school_id = school.id \
             WHERE w.event_id = $1 ORDER BY school.name",
        )
        .bind(event_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("name")?)))
        .collect()
    }

    /// Writes the school's buddy scheme (checked by `school_change::check_buddy`).
    pub async fn set_buddy_scheme(
        &self,
        municipality_id: i64,
        school_id: i64,
        text: &str,
        by: Actor,
    ) -> Result<()> {
        self.school(municipality_id, school_id).await?;
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        put_buddy_scheme(&mut tx, now, school_id, text).await?;
        audit::staff_change(
            &mut tx,
            now,
            municipality_id,
            by,
            "school.buddy-scheme",
            ("school", &school_id.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Links one of the municipality's events or offers to the school for a path (`None`:
    /// every path). `NotFound` when the school or the event/offer is not the municipality's.
    pub async fn link_welcome(
        &self,
        municipality_id: i64,
        school_id: i64,
        kind: Linked,
        id: i64,
        path: Option<Path>,
        by: Actor,
    ) -> Result<()> {
        self.school(municipality_id, school_id).await?;
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let found: Option<i64> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT id FROM {} WHERE id = $1 AND municipality_id = $2",
            kind.target()
        )))
        .bind(id)
        .bind(municipality_id)
        .fetch_optional(&mut *tx)
        .await?;
        if found.is_none() {
            return Err(StoreError::NotFound);
        }
        put_link(&mut tx, kind, school_id, id, path).await?;
        audit::staff_change(
            &mut tx,
            now,
            municipality_id,
            by,
            &format!("school.welcome-{}-link", kind.action()),
            ("school", &school_id.to_string()),
            &format!("{} {id} {}", kind.action(), link_code(path)),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Takes links away (ids not linked are passed over).
    pub async fn unlink_welcome(
        &self,
        municipality_id: i64,
        school_id: i64,
        kind: Linked,
        ids: &[i64],
        by: Actor,
    ) -> Result<()> {
        self.school(municipality_id, school_id).await?;
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        for id in ids {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "DELETE FROM {} WHERE school_id = $1 AND {} = $2",
                kind.table(),
                kind.column()
            )))
            .bind(school_id)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        let list: Vec<String> = ids.iter().map(i64::to_string).collect();
        audit::staff_change(
            &mut tx,
            now,
            municipality_id,
            by,
            &format!("school.welcome-{}-unlink", kind.action()),
            ("school", &school_id.to_string()),
            &list.join(","),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
