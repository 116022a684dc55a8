//! Stories (`story`): shared without an account, published by an editor, withdrawn by the
//! writer's private link. Each change has its audit line; a publication or a withdrawal
//! of a published story has its change-log row (public data changes).

use sqlx::Row;

use crate::store::audit::{self, Actor};
use crate::store::{Result, Store, StoreError, changes};
use crate::stories::{Edit, Submission};

/// Where a story stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoryStatus {
    New,
    Published,
    Rejected,
    Withdrawn,
}

impl StoryStatus {
    fn from_code(code: &str) -> StoryStatus {
        match code {
            "published" => StoryStatus::Published,
            "rejected" => StoryStatus::Rejected,
            "withdrawn" => StoryStatus::Withdrawn,
            _ => StoryStatus::New,
        }
    }
}

/// A story as the editor and the writer see it.
#[derive(Debug, Clone)]
pub struct Story {
    pub id: i64,
    pub body: String,
    pub published_body: String,
    pub signature: String,
    pub life_arena: String,
    pub age_band: String,
    pub situation: String,
    pub status: StoryStatus,
    pub created_at: i64,
    pub published_at: Option<i64>,
}

fn story(r: &sqlx::any::AnyRow) -> Result<Story> {
    Ok(Story {
        id: r.try_get("id")?,
        body: r.try_get("body")?,
        published_body: r.try_get("published_body")?,
        signature: r.try_get("signature")?,
        life_arena: r.try_get("life_arena")?,
        age_band: r.try_get("age_band")?,
        situation: r.try_get("situation")?,
        status: StoryStatus::from_code(&r.try_get::<String, _>("status")?),
        created_at: r.try_get("created_at")?,
        published_at: r.try_get("published_at")?,
    })
}

/// Inserts a story as `status` ('new' or 'published': then its text is also the shown
/// one, published now).
async fn insert(
    conn: &mut sqlx::AnyConnection,
    now: i64,
    municipality_id: i64,
    e: &Edit,
    status: &str,
    token_hash: &str,
) -> Result<i64> {
    let published = status == "published";
    Ok(sqlx::query_scalar(
        "INSERT INTO story (municipality_id, body, published_body, signature, life_arena, age_band, situation, status, token_hash, consented_at, created_at, published_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11) RETURNING id",
    )
    .bind(municipality_id)
    .bind(e.body.trim())
    .bind(if published { e.body.trim() } else { "" })
    .bind(e.signature.trim())
    .bind(&e.life_arena)
    .bind(&e.age_band)
    .bind(&e.situation)
    .bind(status)
    .bind(token_hash)
    .bind(now)
    .bind(published.then_some(now))
    .fetch_one(&mut *conn)
    .await?)
}

/// A published story (the demo loader's: invented voices), inside the caller's
/// transaction. Its private link is a random token nobody holds.
pub async fn put_published(
    conn: &mut sqlx::AnyConnection,
    now: i64,
    municipality_id: i64,
    e: &Edit,
) -> Result<i64> {
    let (_, hash) = crate::accounts::new_token();
    let id = insert(conn, now, municipality_id, e, "published", &hash).await?;
    changes::record(conn, now, Some(municipality_id), "story", &id.to_string()).await?;
    Ok(id)
}

/// A story's change: its audit line and its change-log row (public pages show stories).
async fn logged(
    conn: &mut sqlx::AnyConnection,
    now: i64,
    municipality_id: i64,
    id: i64,
    action: &str,
    by: Actor,
) -> Result<()> {
    let id = id.to_string();
    audit::append(
        conn,
        now,
        Some(municipality_id),
        by,
        action,
        ("story", &id),
        "",
    )
    .await?;
    changes::record(conn, now, Some(municipality_id), "story", &id).await
}

impl Store {
    /// A story as sent, with the consent's moment and its audit line (no text in it).
    pub async fn share_story(
        &self,
        municipality_id: i64,
        s: &Submission,
        token_hash: &str,
    ) -> Result<i64> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let id = insert(
            &mut tx,
            now,
            municipality_id,
            &Edit::from(s),
            "new",
            token_hash,
        )
        .await?;
        audit::append(
            &mut tx,
            now,
            Some(municipality_id),
            Actor::Anonymous,
            "story.share",
            ("story", &id.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The story behind a private link (`NotFound` for any other token).
    pub async fn story_by_token(&self, token_hash: &str) -> Result<(i64, Story)> {
        let row = sqlx::query("SELECT * FROM story WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok((row.try_get("municipality_id")?, story(&row)?))
    }

    /// Stories waiting for an editor, oldest first, and the rest, newest first.
    pub async fn stories(&self, municipality_id: i64) -> Result<Vec<Story>> {
        sqlx::query(
            "SELECT * FROM story WHERE municipality_id = $1 \
             ORDER BY CASE WHEN status = 'new' THEN 0 ELSE 1 END, \
             CASE WHEN status = 'new' THEN created_at ELSE -created_at END",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(story)
        .collect()
    }

    pub async fn story(&self, municipality_id: i64, id: i64) -> Result<Story> {
        let row = sqlx::query("SELECT * FROM story WHERE id = $1 AND municipality_id = $2")
            .bind(id)
            .bind(municipality_id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound)?;
        story(&row)
    }

    /// Published stories, newest first, optionally of one life arena.
    pub async fn published_stories(
        &self,
        municipality_id: i64,
        life_arena: Option<&str>,
        limit: i64,
    ) -> Result<Vec<Story>> {
        sqlx::query(
            "SELECT * FROM story WHERE municipality_id = $1 AND status = 'published' \
             AND ($2 = '' OR life_arena = $2) ORDER BY published_at DESC, id DESC LIMIT $3",
        )
        .bind(municipality_id)
        .bind(life_arena.unwrap_or(""))
        .bind(limit)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(story)
        .collect()
    }

    /// The editor publishes the edited story (again, when changed): row, audit line and
    /// change-log row in one transaction. `NotFound` when it is withdrawn meanwhile.
    pub async fn publish_story(
        &self,
        municipality_id: i64,
        id: i64,
        e: &Edit,
        by: Actor,
    ) -> Result<()> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let changed = sqlx::query(
            "UPDATE story SET published_body = $1, signature = $2, life_arena = $3, age_band = $4, situation = $5, \
             status = 'published', published_at = COALESCE(published_at, $6) \
             WHERE id = $7 AND municipality_id = $8 AND status IN ('new', 'published')",
        )
        .bind(e.body.trim())
        .bind(e.signature.trim())
        .bind(&e.life_arena)
        .bind(&e.age_band)
        .bind(&e.situation)
        .bind(now)
        .bind(id)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        logged(&mut tx, now, municipality_id, id, "story.publish", by).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The editor rejects a story: its text is erased at once.
    pub async fn reject_story(&self, municipality_id: i64, id: i64, by: Actor) -> Result<()> {
        self.end_story(municipality_id, id, "rejected", "story.reject", by)
            .await
    }

    /// The writer withdraws the story by the private link: text erased, gone from every
    /// page at the next request (pages read published stories from the database).
    pub async fn withdraw_story(&self, municipality_id: i64, id: i64) -> Result<()> {
        self.end_story(
            municipality_id,
            id,
            "withdrawn",
            "story.withdraw",
            Actor::Anonymous,
        )
        .await
    }

    async fn end_story(
        &self,
        municipality_id: i64,
        id: i64,
        status: &str,
        action: &str,
        by: Actor,
    ) -> Result<()> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let changed = sqlx::query(
            "UPDATE story SET status = $1, body = '', published_body = '', signature = '' \
             WHERE id = $2 AND municipality_id = $3 AND status IN ('new', 'published')",
        )
        .bind(status)
        .bind(id)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        logged(&mut tx, now, municipality_id, id, action, by).await?;
        tx.commit().await?;
        Ok(())
    }
}
