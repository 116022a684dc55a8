//! The local strategy (`strategy_goal`, `strategy_initiative`, `strategy_link`): goals per
//! life arena and their initiatives. Each save is one transaction with its audit line and
//! its change-log row (`/strategi` is public).

use sqlx::Row;

use crate::store::audit::{self, Actor};
use crate::store::{Result, Store, StoreError, changes};
use crate::strategy::{GoalDraft, Initiative, Status};

/// A stored goal.
#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    pub id: i64,
    pub life_arena: String,
    pub title: String,
    pub description: String,
}

/// A stored initiative with its links.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredInitiative {
    pub id: i64,
    pub initiative: Initiative,
}

/// The whole strategy of a municipality: goals by life arena, initiatives by goal.
#[derive(Debug, Clone, Default)]
pub struct Strategy {
    pub goals: Vec<Goal>,
    pub initiatives: Vec<StoredInitiative>,
}

impl Strategy {
    pub fn initiatives_of(&self, goal_id: i64) -> impl Iterator<Item = &StoredInitiative> {
        self.initiatives
            .iter()
            .filter(move |i| i.initiative.goal_id == goal_id)
    }
}

/// The audit line and the change-log row of a strategy change.
async fn logged(
    conn: &mut sqlx::AnyConnection,
    now: i64,
    municipality_id: i64,
    entity: &str,
    id: i64,
    by: Actor,
) -> Result<()> {
    let id = id.to_string();
    audit::append(
        conn,
        now,
        Some(municipality_id),
        by,
        &format!("{entity}.save"),
        (entity, &id),
        "",
    )
    .await?;
    changes::record(conn, now, Some(municipality_id), entity, &id).await
}

/// A goal put inside the caller's transaction: a new one (`id` `None`) or a change of one
/// of this municipality's. No audit line (the caller's).
pub async fn put_goal(
    conn: &mut sqlx::AnyConnection,
    now: i64,
    municipality_id: i64,
    id: Option<i64>,
    g: &GoalDraft,
) -> Result<i64> {
    match id {
        None => Ok(sqlx::query_scalar(
            "INSERT INTO strategy_goal (municipality_id, life_arena, title, description, updated_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(municipality_id)
        .bind(&g.life_arena)
        .bind(g.title.trim())
        .bind(g.description.trim())
        .bind(now)
        .fetch_one(&mut *conn)
        .await?),
        Some(id) => {
            let changed = sqlx::query(
                "UPDATE strategy_goal SET life_arena = $1, title = $2, description = $3, updated_at = $4 \
                 WHERE id = $5 AND municipality_id = $6",
            )
            .bind(&g.life_arena)
            .bind(g.title.trim())
            .bind(g.description.trim())
            .bind(now)
            .bind(id)
            .bind(municipality_id)
            .execute(&mut *conn)
            .await?
            .rows_affected();
            if changed == 0 {
                return Err(StoreError::NotFound);
            }
            Ok(id)
        }
    }
}

/// An initiative put inside the caller's transaction, its links replaced. `NotFound`
/// when the initiative or its goal is not this municipality's.
pub async fn put_initiative(
    conn: &mut sqlx::AnyConnection,
    now: i64,
    municipality_id: i64,
    id: Option<i64>,
    i: &Initiative,
) -> Result<i64> {
    let id = match id {
        None => sqlx::query_scalar(
            "INSERT INTO strategy_initiative (municipality_id, goal_id, title, description, owner, working_group, \
             status, starts_on, ends_on, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(municipality_id)
        .bind(i.goal_id)
        .bind(&i.title)
        .bind(&i.description)
        .bind(&i.owner)
        .bind(&i.working_group)
        .bind(i.status.code())
        .bind(&i.starts_on)
        .bind(&i.ends_on)
        .bind(now)
        .fetch_one(&mut *conn)
        .await?,
        Some(id) => {
            let changed = sqlx::query(
                "UPDATE strategy_initiative SET goal_id = $1, title = $2, description = $3, owner = $4, \
                 working_group = $5, status = $6, starts_on = $7, ends_on = $8, updated_at = $9 \
                 WHERE id = $10 AND municipality_id = $11",
            )
            .bind(i.goal_id)
            .bind(&i.title)
            .bind(&i.description)
            .bind(&i.owner)
            .bind(&i.working_group)
            .bind(i.status.code())
            .bind(&i.starts_on)
            .bind(&i.ends_on)
            .bind(now)
            .bind(id)
            .bind(municipality_id)
            .execute(&mut *conn)
            .await?
            .rows_affected();
            if changed == 0 {
                return Err(StoreError::NotFound);
            }
            sqlx::query("DELETE FROM strategy_link WHERE initiative_id = $1")
                .bind(id)
                .execute(&mut *conn)
                .await?;
            id
        }
    };
    // Checked after the write, so SQLite starts the transaction as a writer; the caller's
    // transaction is dropped on the error.
    let goal: Option<i64> =
        sqlx::query_scalar("SELECT id FROM strategy_goal WHERE id = $1 AND municipality_id = $2")
            .bind(i.goal_id)
            .bind(municipality_id)
            .fetch_optional(&mut *conn)
            .await?;
    if goal.is_none() {
        return Err(StoreError::NotFound);
    }
    let links = i
        .offers
        .iter()
        .map(|o| ("offer", o.to_string()))
        .chain(i.events.iter().map(|e| ("event", e.to_string())))
        .chain(i.indicators.iter().map(|c| ("indicator", c.clone())));
    for (position, (kind, target)) in links.enumerate() {
        sqlx::query(
            "INSERT INTO strategy_link (initiative_id, kind, target, position) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(kind)
        .bind(&target)
        .bind(position as i64)
        .execute(&mut *conn)
        .await?;
    }
    Ok(id)
}

impl Store {
    /// The municipality's strategy: goals in life-arena order then by id, initiatives by
    /// goal, then by start date and id.
    pub async fn strategy(&self, municipality_id: i64) -> Result<Strategy> {
        let goals = sqlx::query(
            "SELECT id, life_arena, title, description FROM strategy_goal \
             WHERE municipality_id = $1 ORDER BY id",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            Ok(Goal {
                id: r.try_get("id")?,
                life_arena: r.try_get("life_arena")?,
                title: r.try_get("title")?,
                description: r.try_get("description")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
        let mut goals = goals;
        let order = |code: &str| {
            crate::domain::LifeArena::ALL
                .iter()
                .position(|a| a.code() == code)
                .unwrap_or(usize::MAX)
        };
        goals.sort_by_key(|g| (order(&g.life_arena), g.id));
        let links = sqlx::query(
            "SELECT l.initiative_id, l.kind, l.target FROM strategy_link l \
             JOIN strategy_initiative i ON i.id = l.initiative_id \
             WHERE i.municipality_id = $1 ORDER BY l.initiative_id, l.position",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        let mut initiatives = sqlx::query(
            "SELECT id, goal_id, title, description, owner, working_group, status, starts_on, ends_on \
             FROM strategy_initiative WHERE municipality_id = $1 ORDER BY goal_id, starts_on, id",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            let status: String = r.try_get("status")?;
            Ok(StoredInitiative {
                id: r.try_get("id")?,
                initiative: Initiative {
                    goal_id: r.try_get("goal_id")?,
                    title: r.try_get("title")?,
                    description: r.try_get("description")?,
                    owner: r.try_get("owner")?,
                    working_group: r.try_get("working_group")?,
                    status: Status::from_code(&status).ok_or_else(|| {
                        StoreError::Invalid(format!("strategy_initiative: {status}"))
                    })?,
                    starts_on: r.try_get("starts_on")?,
                    ends_on: r.try_get("ends_on")?,
                    offers: Vec::new(),
                    events: Vec::new(),
                    indicators: Vec::new(),
                },
            })
        })
        .collect::<Result<Vec<_>>>()?;
        for l in &links {
            let id: i64 = l.try_get("initiative_id")?;
            let kind: String = l.try_get("kind")?;
            let target: String = l.try_get("target")?;
            let Some(i) = initiatives.iter_mut().find(|i| i.id == id) else {
                continue;
            };
            let i = &mut i.initiative;
            match kind.as_str() {
                "offer" => i.offers.extend(target.parse::<i64>().ok()),
                "event" => i.events.extend(target.parse::<i64>().ok()),
                _ => i.indicators.push(target),
            }
        }
        Ok(Strategy { goals, initiatives })
    }

    /// Of the offers and events an initiative links to, those that are not this
    /// municipality's: (offer ids, event ids).
    pub async fn unknown_links(
        &self,
        municipality_id: i64,
        i: &Initiative,
    ) -> Result<(Vec<i64>, Vec<i64>)> {
        let mut offers = Vec::new();
        for &id in &i.offers {
            let found: Option<i64> =
                sqlx::query_scalar("SELECT id FROM offer WHERE id = $1 AND municipality_id = $2")
                    .bind(id)
                    .bind(municipality_id)
                    .fetch_optional(self.pool())
                    .await?;
            if found.is_none() {
                offers.push(id);
            }
        }
        let mut events = Vec::new();
        for &id in &i.events {
            let found: Option<i64> =
                sqlx::query_scalar("SELECT id FROM event WHERE id = $1 AND municipality_id = $2")
                    .bind(id)
                    .bind(municipality_id)
                    .fetch_optional(self.pool())
                    .await?;
            if found.is_none() {
                events.push(id);
            }
        }
        Ok((offers, events))
    }

    /// Saves a goal (new when `id` is `None`) with its audit line and change-log row, in
    /// one transaction. `NotFound` for another municipality's goal.
    pub async fn save_goal(
        &self,
        municipality_id: i64,
        id: Option<i64>,
        g: &GoalDraft,
        by: Actor,
    ) -> Result<i64> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let id = put_goal(&mut tx, now, municipality_id, id, g).await?;
        logged(&mut tx, now, municipality_id, "strategy_goal", id, by).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Saves an initiative (new when `id` is `None`) and its links with its audit line and
    /// change-log row, in one transaction. `NotFound` when it or its goal is not this
    /// municipality's.
    pub async fn save_initiative(
        &self,
        municipality_id: i64,
        id: Option<i64>,
        i: &Initiative,
        by: Actor,
    ) -> Result<i64> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let id = put_initiative(&mut tx, now, municipality_id, id, i).await?;
        logged(&mut tx, now, municipality_id, "strategy_initiative", id, by).await?;
        tx.commit().await?;
        Ok(id)
    }
}
