//! Ambassadors, training modules and completions.

use std::collections::HashMap;

use sqlx::{AnyConnection, Row};

use super::audit::{self, Actor};
use super::{Result, Store, StoreError, list};
use crate::accounts::Role;
use crate::ambassadors::{Ambassador, Completion, Module};
use crate::domain::TownRef;

/// A new ambassador (demo loader, administrators).
#[derive(Debug, Clone, Default)]
pub struct NewAmbassador {
    pub account_id: Option<i64>,
    pub first_name: String,
    pub about: String,
    pub reachable: String,
    pub target_groups: Vec<String>,
    pub settings: Vec<String>,
    pub town_ids: Vec<i64>,
    pub languages: Vec<String>,
    pub published: bool,
}

pub async fn insert_ambassador(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    a: &NewAmbassador,
) -> Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO ambassador (municipality_id, account_id, first_name, about, reachable, target_groups, settings, languages, published, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(municipality_id)
    .bind(a.account_id)
    .bind(&a.first_name)
    .bind(&a.about)
    .bind(&a.reachable)
    .bind(a.target_groups.join(","))
    .bind(a.settings.join(","))
    .bind(a.languages.join(","))
    .bind(i64::from(a.published))
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    for town in &a.town_ids {
        sqlx::query("INSERT INTO ambassador_town (ambassador_id, town_id) VALUES ($1, $2)")
            .bind(id)
            .bind(town)
            .execute(&mut *conn)
            .await?;
    }
    Ok(id)
}

pub async fn insert_module(
    conn: &mut AnyConnection,
    municipality_id: i64,
    m: &Module,
) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO training_module (municipality_id, code, title, description, material, minutes) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(municipality_id)
    .bind(&m.code)
    .bind(&m.title)
    .bind(&m.description)
    .bind(&m.material)
    .bind(m.minutes)
    .fetch_one(&mut *conn)
    .await?)
}

pub async fn insert_completion(
    conn: &mut AnyConnection,
    ambassador_id: i64,
    module_id: i64,
    completed_on: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO training_completion (ambassador_id, module_id, completed_on) VALUES ($1, $2, $3)",
    )
    .bind(ambassador_id)
    .bind(module_id)
    .bind(completed_on)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

impl Store {
    /// Every ambassador of the municipality (hidden ones too), with towns and training.
    pub async fn ambassadors(&self, municipality_id: i64) -> Result<Vec<Ambassador>> {
        let mut conn = self.pool().acquire().await?;
        ambassadors_in(&mut conn, municipality_id).await
    }
}

/// [`Store::ambassadors`] on the caller's connection (a request routes inside its
/// transaction).
pub async fn ambassadors_in(
    conn: &mut AnyConnection,
    municipality_id: i64,
) -> Result<Vec<Ambassador>> {
    let rows = sqlx::query(
            "SELECT id, account_id, first_name, about, reachable, target_groups, settings, languages, published, \
                    CAST(CASE WHEN EXISTS (SELECT 1 FROM ambassador_photo p WHERE p.ambassador_id = ambassador.id) \
                         THEN 1 ELSE 0 END AS BIGINT) AS has_photo \
             FROM ambassador WHERE municipality_id = $1 ORDER BY first_name, id",
        )
        .bind(municipality_id)
        .fetch_all(&mut *conn)
        .await?;
    let towns = sqlx::query(
            "SELECT at.ambassador_id, t.id, t.name FROM ambassador_town at JOIN town t ON t.id = at.town_id \
             JOIN ambassador a ON a.id = at.ambassador_id WHERE a.municipality_id = $1 ORDER BY t.name",
        )
        .bind(municipality_id)
        .fetch_all(&mut *conn)
        .await?;
    let mut towns_of: HashMap<i64, Vec<TownRef>> = HashMap::new();
    for row in &towns {
        towns_of
            .entry(row.try_get("ambassador_id")?)
            .or_default()
            .push(TownRef {
                id: row.try_get("id")?,
                name: row.try_get("name")?,
            });
    }
    let done = sqlx::query(
            "SELECT c.ambassador_id, c.module_id, c.completed_on, m.title, m.minutes FROM training_completion c \
             JOIN training_module m ON m.id = c.module_id WHERE m.municipality_id = $1 ORDER BY c.completed_on, m.id",
        )
        .bind(municipality_id)
        .fetch_all(&mut *conn)
        .await?;
    let mut training_of: HashMap<i64, Vec<Completion>> = HashMap::new();
    for row in &done {
        let on: String = row.try_get("completed_on")?;
        training_of
            .entry(row.try_get("ambassador_id")?)
            .or_default()
            .push(Completion {
                module_id: row.try_get("module_id")?,
                title: row.try_get("title")?,
                minutes: row.try_get("minutes")?,
                completed_on: on
                    .parse()
                    .map_err(|_| StoreError::Invalid(format!("completion date '{on}'")))?,
            });
    }
    rows.iter()
        .map(|row| {
            let id: i64 = row.try_get("id")?;
            Ok(Ambassador {
                id,
                account_id: row.try_get("account_id")?,
                first_name: row.try_get("first_name")?,
                about: row.try_get("about")?,
                reachable: row.try_get("reachable")?,
                target_groups: list(&row.try_get::<String, _>("target_groups")?),
                settings: list(&row.try_get::<String, _>("settings")?),
                languages: list(&row.try_get::<String, _>("languages")?),
                published: row.try_get::<i64, _>("published")? == 1,
                has_photo: row.try_get::<i64, _>("has_photo")? == 1,
                towns: towns_of.remove(&id).unwrap_or_default(),
                training: training_of.remove(&id).unwrap_or_default(),
            })
        })
        .collect()
}

impl Store {
    pub async fn training_modules(&self, municipality_id: i64) -> Result<Vec<Module>> {
        let rows = sqlx::query(
            "SELECT id, code, title, description, material, minutes FROM training_module WHERE municipality_id = $1 ORDER BY id",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Module {
                    id: row.try_get("id")?,
                    code: row.try_get("code")?,
                    title: row.try_get("title")?,
                    description: row.try_get("description")?,
                    material: row.try_get("material")?,
                    minutes: row.try_get("minutes")?,
                })
            })
            .collect()
    }
}

impl Store {
    /// Connects a profile to the account of the person behind it.
    pub async fn link_ambassador(&self, ambassador_id: i64, account_id: i64) -> Result<()> {
        sqlx::query("UPDATE ambassador SET account_id = $1 WHERE id = $2")
            .bind(account_id)
            .bind(ambassador_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}

/// Who edits a profile: an administrator (the linked account then gets the ambassador
/// role) or the ambassador themself. Both are account ids, for the audit line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileEditor {
    Administrator(i64),
    Ambassador(i64),
}

/// An ambassador's audit line and change-log row (every server's snapshot holds the
/// published profiles), written in the change's transaction.
async fn audit_ambassador(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    by: Actor,
    action: &str,
    id: i64,
) -> Result<()> {
    audit::staff_change(
        conn,
        now,
        municipality_id,
        by,
        action,
        ("ambassador", &id.to_string()),
        "",
    )
    .await
}

impl Store {
    /// An administrator's new profile; a linked account gets the ambassador role. One
    /// transaction with the audit line.
    pub async fn add_ambassador(
        &self,
        municipality_id: i64,
        a: &NewAmbassador,
        by: Actor,
    ) -> Result<i64> {
        let mut tx = self.pool().begin().await?;
        let id = insert_ambassador(&mut tx, self.now(), municipality_id, a).await?;
        if let Some(account) = a.account_id {
            super::accounts::grant(&mut tx, account, Role::Ambassador).await?;
        }
        audit_ambassador(
            &mut tx,
            self.now(),
            municipality_id,
            by,
            "ambassador.create",
            id,
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Replaces a profile's fields and towns, with the audit line, in one transaction.
    pub async fn update_ambassador(
        &self,
        municipality_id: i64,
        id: i64,
        a: &NewAmbassador,
        by: ProfileEditor,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        sqlx::query(
            "UPDATE ambassador SET account_id = $1, first_name = $2, about = $3, reachable = $4, target_groups = $5, \
             settings = $6, languages = $7, published = $8 WHERE id = $9",
        )
        .bind(a.account_id)
        .bind(&a.first_name)
        .bind(&a.about)
        .bind(&a.reachable)
        .bind(a.target_groups.join(","))
        .bind(a.settings.join(","))
        .bind(a.languages.join(","))
        .bind(i64::from(a.published))
        .bind(id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM ambassador_town WHERE ambassador_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        for town in &a.town_ids {
            sqlx::query("INSERT INTO ambassador_town (ambassador_id, town_id) VALUES ($1, $2)")
                .bind(id)
                .bind(town)
                .execute(&mut *tx)
                .await?;
        }
        let (actor, action) = match by {
            ProfileEditor::Administrator(account) => {
                if let Some(linked) = a.account_id {
                    super::accounts::grant(&mut tx, linked, Role::Ambassador).await?;
                }
                (account, "ambassador.update")
            }
            ProfileEditor::Ambassador(account) => (account, "ambassador.update-own"),
        };
        audit_ambassador(
            &mut tx,
            self.now(),
            municipality_id,
            Actor::Account(actor),
            action,
            id,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records (or re-dates) a completed module, with the audit line.
    pub async fn record_training(
        &self,
        municipality_id: i64,
        ambassador_id: i64,
        module_id: i64,
        on: &str,
        by: Actor,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        sqlx::query(
            "INSERT INTO training_completion (ambassador_id, module_id, completed_on) VALUES ($1, $2, $3) \
             ON CONFLICT (ambassador_id, module_id) DO UPDATE SET completed_on = excluded.completed_on",
        )
        .bind(ambassador_id)
        .bind(module_id)
        .bind(on)
        .execute(&mut *tx)
        .await?;
        audit_ambassador(
            &mut tx,
            self.now(),
            municipality_id,
            by,
            "ambassador.training",
            ambassador_id,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A new module; its code (used by data files) is made from a fresh id.
    pub async fn add_training_module(
        &self,
        municipality_id: i64,
        m: &Module,
        by: Actor,
    ) -> Result<i64> {
        let module = Module {
            code: format!("modul-{}", &uuid::Uuid::new_v4().simple().to_string()[..8]),
            ..m.clone()
        };
        let mut tx = self.pool().begin().await?;
        let id = insert_module(&mut tx, municipality_id, &module).await?;
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            by,
            "training.module",
            ("training_module", &id.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }
}

impl Store {
    /// Sets a profile's photo (content type, bytes), or removes it with `None`; with the
    /// audit line.
    pub async fn set_ambassador_photo(
        &self,
        municipality_id: i64,
        id: i64,
        photo: Option<(&str, &[u8])>,
        by: Actor,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        match photo {
            Some((content_type, bytes)) => {
                sqlx::query(
                    "INSERT INTO ambassador_photo (ambassador_id, content_type, bytes, updated_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (ambassador_id) DO UPDATE SET content_type = excluded.content_type, bytes = excluded.bytes, \
                     updated_at = excluded.updated_at",
                )
                .bind(id)
                .bind(content_type)
                .bind(bytes.to_vec())
                .bind(self.now())
                .execute(&mut *tx)
                .await?;
            }
            None => {
                sqlx::query("DELETE FROM ambassador_photo WHERE ambassador_id = $1")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        audit_ambassador(
            &mut tx,
            self.now(),
            municipality_id,
            by,
            "ambassador.photo",
            id,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The photo's content type and bytes.
    pub async fn ambassador_photo(&self, id: i64) -> Result<Option<(String, Vec<u8>)>> {
        let row = sqlx::query(
            "SELECT content_type, bytes FROM ambassador_photo WHERE ambassador_id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| Ok((r.try_get("content_type")?, r.try_get("bytes")?)))
            .transpose()
    }
}
