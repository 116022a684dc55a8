//! Storage: the only module that knows SQL.
//!
//! One pool type (sqlx's `Any` driver) runs the same `$1`-placeholder SQL on SQLite and
//! PostgreSQL. The backend is chosen by the URL scheme ([`crate::config::DatabaseUrl`]).
//! Dialect differences live in two places only: the per-backend migration folders, and
//! [`Store::connect`] (SQLite pragmas). Conventions that keep the SQL portable: times are
//! unix seconds in BIGINT, flags are 0/1 integers, ids are BIGINT, no database functions
//! for time — the clock is read in Rust.

pub mod accounts;
pub mod ambassadors;
pub mod audit;
pub mod bus;
pub mod calendar;
pub mod campaigns;
pub mod changes;
pub mod directory;
pub mod figures;
pub mod forms;
pub mod hsds;
pub mod indicators;
pub mod jobs;
pub mod limits;
pub mod municipality;
pub mod oidc;
pub mod outbox;
pub mod pages;
pub mod requests;
pub mod rides;
pub mod school_change;
pub mod schools;
pub mod selfcheck;
pub mod stories;
pub mod strategy;
pub mod submissions;
pub mod transport;
pub mod youth;

use std::time::Duration;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::migrate::{MigrateDatabase, Migrator};
use sqlx::{Any, AnyPool};

use crate::clock::Clock;
use crate::config::{Backend, DatabaseUrl};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

/// Everything that can go wrong at the storage boundary.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot reach the database {url}: {source}")]
    Connect { url: String, source: sqlx::Error },
    #[error(
        "the PostgreSQL database in {url} does not exist and could not be created ({source}); \
         create it with: createdb -h HOST -U USER NAME"
    )]
    CreateDatabase { url: String, source: sqlx::Error },
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("not found")]
    NotFound,
    #[error("already exists: {0}")]
    Conflict(String),
    #[error("invalid data: {0}")]
    Invalid(String),
    /// Roles for an account whose address was never confirmed (see `Account::unproven`).
    #[error("the account's address is not confirmed")]
    Unproven,
    #[error("database error: {0}")]
    Sql(#[from] sqlx::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A handle to the database; cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// The program's clock: every time the store writes or compares comes from it.
    clock: Clock,
}

impl Store {
    /// Connects, creating the SQLite file or the PostgreSQL database when missing.
    pub async fn connect(database: &DatabaseUrl) -> Result<Self> {
        install_default_drivers();
        let url = database.redacted();
        let exists = Any::database_exists(&database.url)
            .await
            .map_err(|source| StoreError::Connect {
                url: url.clone(),
                source,
            })?;
        if !exists {
            Any::create_database(&database.url)
                .await
                .map_err(|source| match database.backend {
                    Backend::Postgres => StoreError::CreateDatabase {
                        url: url.clone(),
                        source,
                    },
                    Backend::Sqlite => StoreError::Connect {
                        url: url.clone(),
                        source,
                    },
                })?;
        }
        let options = AnyPoolOptions::new().acquire_timeout(Duration::from_secs(10));
        let options = match database.backend {
            // SQLite: WAL lets readers run beside the one writer; foreign keys are off by
            // default in SQLite itself; the busy timeout makes a second writer wait, not fail.
            Backend::Sqlite => options.max_connections(8).after_connect(|conn, _meta| {
                Box::pin(async move {
                    sqlx::raw_sql("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;")
                        .execute(conn)
                        .await?;
                    Ok(())
                })
            }),
            Backend::Postgres => options.max_connections(16),
        };
        let pool = options
            .connect(&database.url)
            .await
            .map_err(|source| StoreError::Connect { url, source })?;
        Ok(Self {
            pool,
            backend: database.backend,
            clock: Clock::system(),
        })
    }

    /// Applies the embedded, append-only migrations of this backend.
    pub async fn migrate(&self) -> Result<()> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await?;
        Ok(())
    }

    /// The same store reading `clock` (the server's, from its configuration).
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Seconds since the Unix epoch by the program's clock, read in Rust so that SQL stays
    /// the same on both backends.
    pub fn now(&self) -> i64 {
        self.clock.unix()
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// True when the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }
}

/// A comma-separated column (codes, towns, activities) as a list.
pub fn list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A 0/1 flag column as a bool.
pub(crate) fn flag(value: i64) -> bool {
    value != 0
}
