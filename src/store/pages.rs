//! Pages staff write (`page`, `page_version`): every save is a new version; publishing
//! points the page at its newest version; restoring copies an old version as the newest
//! (a draft until published). Each write has its audit line; publishing has its change-log
//! row too, since a published page is public data.

use sqlx::{AnyConnection, Row};

use crate::pages::Draft;
use crate::store::audit::{self, Actor};
use crate::store::municipality::unique_violation;
use crate::store::{Result, Store, StoreError, changes};

/// A page in the editor's list.
#[derive(Debug, Clone, PartialEq)]
pub struct PageSummary {
    pub id: i64,
    pub slug: String,
    pub lang: String,
    pub audience: String,
    /// The newest version's title.
    pub title: String,
    pub published: bool,
    /// A version newer than the published one waits.
    pub draft_waits: bool,
    pub updated_at: i64,
}

/// One saved version.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    pub id: i64,
    pub title: String,
    pub body: String,
    pub author: Option<String>,
    pub created_at: i64,
}

/// A page with all its versions, newest first.
#[derive(Debug, Clone)]
pub struct PageDetail {
    pub id: i64,
    pub slug: String,
    pub lang: String,
    pub audience: String,
    pub published_version: Option<i64>,
    pub versions: Vec<Version>,
}

impl PageDetail {
    pub fn newest(&self) -> Option<&Version> {
        self.versions.first()
    }
}

/// What citizens see of a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Published {
    pub title: String,
    pub body: String,
    pub audience: String,
    pub published_at: i64,
    /// The language it is written in ("da"; the reader's may differ).
    pub lang: String,
}

fn actor_account(by: Actor) -> Option<i64> {
    match by {
        Actor::Account(id) => Some(id),
        _ => None,
    }
}

async fn add_version(
    conn: &mut AnyConnection,
    now: i64,
    page_id: i64,
    title: &str,
    body: &str,
    by: Actor,
) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO page_version (page_id, title, body, account_id, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(page_id)
    .bind(title.trim())
    .bind(body)
    .bind(actor_account(by))
    .bind(now)
    .fetch_one(&mut *conn)
    .await?)
}

/// Publishes a page's newest version, with its change-log row (inside the caller's
/// transaction).
async fn publish_newest(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    page_id: i64,
) -> Result<()> {
    let changed = sqlx::query(
        "UPDATE page SET published_version = (SELECT MAX(id) FROM page_version WHERE page_id = $1) \
         WHERE id = $1 AND municipality_id = $2",
    )
    .bind(page_id)
    .bind(municipality_id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    changes::record(
        conn,
        now,
        Some(municipality_id),
        "page",
        &page_id.to_string(),
    )
    .await
}

/// A new page with its first version, published at once (the demo loader's).
pub async fn put_published(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    draft: &Draft,
) -> Result<i64> {
    let id = insert_page(conn, now, municipality_id, draft, Actor::System).await?;
    publish_newest(conn, now, municipality_id, id).await?;
    Ok(id)
}

async fn insert_page(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    draft: &Draft,
    by: Actor,
) -> Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO page (municipality_id, slug, lang, audience, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(municipality_id)
    .bind(&draft.slug)
    .bind(&draft.lang)
    .bind(&draft.audience)
    .bind(now)
    .fetch_one(&mut *conn)
    .await
    .map_err(|e| unique_violation(e, || format!("page {} ({})", draft.slug, draft.lang)))?;
    add_version(conn, now, id, &draft.title, &draft.body, by).await?;
    Ok(id)
}

impl Store {
    /// A new page and its first version (a draft), with the audit line. `Conflict` when
    /// the address is taken in that language.
    pub async fn create_page(&self, municipality_id: i64, draft: &Draft, by: Actor) -> Result<i64> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let id = insert_page(&mut tx, now, municipality_id, draft, by).await?;
        audit::append(
            &mut tx,
            now,
            Some(municipality_id),
            by,
            "page.create",
            ("page", &id.to_string()),
            &format!("{} ({})", draft.slug, draft.lang),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Saves a new version (and the audience), and publishes it when asked — one
    /// transaction with its audit line (and change-log row when published).
    pub async fn save_page(
        &self,
        municipality_id: i64,
        id: i64,
        draft: &Draft,
        publish: bool,
        by: Actor,
    ) -> Result<i64> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let changed =
            sqlx::query("UPDATE page SET audience = $1 WHERE id = $2 AND municipality_id = $3")
                .bind(&draft.audience)
                .bind(id)
                .bind(municipality_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        let version = add_version(&mut tx, now, id, &draft.title, &draft.body, by).await?;
        if publish {
            publish_newest(&mut tx, now, municipality_id, id).await?;
        }
        audit::append(
            &mut tx,
            now,
            Some(municipality_id),
            by,
            if publish {
                "page.publish"
            } else {
                "page.draft"
            },
            ("page", &id.to_string()),
            &format!("version {version}"),
        )
        .await?;
        tx.commit().await?;
        Ok(version)
    }

    /// Copies an old version as the newest (a draft), with its audit line.
    pub async fn restore_page_version(
        &self,
        municipality_id: i64,
        id: i64,
        version: i64,
        by: Actor,
    ) -> Result<i64> {
        let now = self.now();
        let mut tx = self.pool().begin().await?;
        let old = sqlx::query(
            "SELECT v.title, v.body FROM page_version v JOIN page p ON p.id = v.page_id \
             WHERE v.id = $1 AND p.id = $2 AND p.municipality_id = $3",
        )
        .bind(version)
        .bind(id)
        .bind(municipality_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound)?;
        let (title, body): (String, String) = (old.try_get("title")?, old.try_get("body")?);
        let new = add_version(&mut tx, now, id, &title, &body, by).await?;
        audit::append(
            &mut tx,
            now,
            Some(municipality_id),
            by,
            "page.restore",
            ("page", &id.to_string()),
            &format!("version {version} as {new}"),
        )
        .await?;
        tx.commit().await?;
        Ok(new)
    }

    /// The municipality's pages, by address and language.
    pub async fn pages(&self, municipality_id: i64) -> Result<Vec<PageSummary>> {
        let rows = sqlx::query(
            "SELECT p.id, p.slug, p.lang, p.audience, p.published_version, v.id AS newest, v.title, v.created_at \
             FROM page p JOIN page_version v ON v.id = (SELECT MAX(id) FROM page_version WHERE page_id = p.id) \
             WHERE p.municipality_id = $1 ORDER BY p.slug, p.lang",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let published: Option<i64> = r.try_get("published_version")?;
                let newest: i64 = r.try_get("newest")?;
                Ok(PageSummary {
                    id: r.try_get("id")?,
                    slug: r.try_get("slug")?,
                    lang: r.try_get("lang")?,
                    audience: r.try_get("audience")?,
                    title: r.try_get("title")?,
                    published: published.is_some(),
                    draft_waits: published != Some(newest),
                    updated_at: r.try_get("created_at")?,
                })
            })
            .collect()
    }

    /// One page with its versions, newest first.
    pub async fn page(&self, municipality_id: i64, id: i64) -> Result<PageDetail> {
        let row = sqlx::query(
            "SELECT id, slug, lang, audience, published_version FROM page WHERE id = $1 AND municipality_id = $2",
        )
        .bind(id)
        .bind(municipality_id)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound)?;
        let versions = sqlx::query(
            "SELECT v.id, v.title, v.body, v.created_at, a.name AS author FROM page_version v \
             LEFT JOIN account a ON a.id = v.account_id WHERE v.page_id = $1 ORDER BY v.id DESC",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|v| {
            Ok(Version {
                id: v.try_get("id")?,
                title: v.try_get("title")?,
                body: v.try_get("body")?,
                author: v.try_get("author")?,
                created_at: v.try_get("created_at")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
        Ok(PageDetail {
            id: row.try_get("id")?,
            slug: row.try_get("slug")?,
            lang: row.try_get("lang")?,
            audience: row.try_get("audience")?,
            published_version: row.try_get("published_version")?,
            versions,
        })
    }

    /// What citizens see at an address in a language (`None`: nothing published).
    pub async fn published_page(
        &self,
        municipality_id: i64,
        slug: &str,
        lang: &str,
    ) -> Result<Option<Published>> {
        let row = sqlx::query(
            "SELECT v.title, v.body, v.created_at, p.audience, p.lang FROM page p JOIN page_version v ON v.id = p.published_version \
             WHERE p.municipality_id = $1 AND p.slug = $2 AND p.lang = $3",
        )
        .bind(municipality_id)
        .bind(slug)
        .bind(lang)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            Ok(Published {
                title: r.try_get("title")?,
                body: r.try_get("body")?,
                audience: r.try_get("audience")?,
                published_at: r.try_get("created_at")?,
                lang: r.try_get("lang")?,
            })
        })
        .transpose()
    }

    /// Whether a page is published at an address in any language (for links to it from
    /// other features' pages).
    pub async fn page_is_published(&self, municipality_id: i64, slug: &str) -> Result<bool> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM page WHERE municipality_id = $1 AND slug = $2 AND published_version IS NOT NULL",
        )
        .bind(municipality_id)
        .bind(slug)
        .fetch_one(self.pool())
        .await?;
        Ok(n > 0)
    }

    /// The published pages in a language, by title: (address, title), for the pages'
    /// own menu.
    pub async fn published_pages(
        &self,
        municipality_id: i64,
        lang: &str,
    ) -> Result<Vec<(String, String)>> {
        let rows = sqlx::query(
            "SELECT p.slug, v.title FROM page p JOIN page_version v ON v.id = p.published_version \
             WHERE p.municipality_id = $1 AND p.lang = $2 ORDER BY v.title",
        )
        .bind(municipality_id)
        .bind(lang)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("slug")?, r.try_get("title")?)))
            .collect()
    }
}
