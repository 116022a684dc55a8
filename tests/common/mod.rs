//! Test harness: a fresh database per test on either backend, the real server on port 0,
//! and loud reports of any suite that could not run here.
#![allow(dead_code)]

use std::io::Write;
use std::time::{Duration, Instant};

use sammen::config::{Backend, Config, DatabaseUrl};
use sammen::store::Store;

/// Runs each listed async test once on SQLite and once on PostgreSQL:
/// `both_backends!(name, ...)` expects `async fn name(db: TestDb)`.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                super::$name($crate::common::TestDb::new(sammen::config::Backend::Sqlite).await.unwrap()).await;
            })+
        }
        mod postgres {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let Some(db) = $crate::common::TestDb::new(sammen::config::Backend::Postgres).await else { return };
                super::$name(db).await;
            })+
        }
    };
}

/// Says loudly that a suite was skipped — straight to the process's stderr, which the test
/// harness does not capture — and fails instead when `SAMMEN_TEST_REQUIRE_ALL=1` (as in CI).
pub fn skip(suite: &str, why: &str) {
    let message = format!("\n*** SKIPPED {suite}: {why} ***\n");
    if std::env::var("SAMMEN_TEST_REQUIRE_ALL").is_ok_and(|v| v == "1") {
        panic!("{message}(SAMMEN_TEST_REQUIRE_ALL=1 forbids skipping)");
    }
    let _ = std::io::stderr().write_all(message.as_bytes());
}

/// A database of its own for one test: a temporary SQLite file, or a new PostgreSQL
/// database (dropped when the test ends).
pub struct TestDb {
    pub url: DatabaseUrl,
    _dir: Option<tempfile::TempDir>,
    drop_postgres: bool,
}

impl TestDb {
    /// `None` (after a loud skip) when PostgreSQL is asked for and `SAMMEN_TEST_POSTGRES_URL` is unset.
    pub async fn new(backend: Backend) -> Option<TestDb> {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}", dir.path().join("sammen.db").display());
                Some(TestDb {
                    url: DatabaseUrl::parse(&url).unwrap(),
                    _dir: Some(dir),
                    drop_postgres: false,
                })
            }
            Backend::Postgres => {
                let Ok(admin) = std::env::var("SAMMEN_TEST_POSTGRES_URL") else {
                    skip(
                        "PostgreSQL storage tests",
                        "SAMMEN_TEST_POSTGRES_URL is not set",
                    );
                    return None;
                };
                let name = format!("sammen_test_{}", uuid::Uuid::new_v4().simple());
                let url = with_database(&admin, &name);
                Some(TestDb {
                    url: DatabaseUrl::parse(&url).expect("SAMMEN_TEST_POSTGRES_URL"),
                    _dir: None,
                    drop_postgres: true,
                })
            }
        }
    }

    pub fn backend(&self) -> Backend {
        self.url.backend
    }

    /// A migrated store on this database (the demo is not loaded).
    pub async fn store(&self) -> Store {
        let store = Store::connect(&self.url).await.expect("connect");
        store.migrate().await.expect("migrate");
        store
    }

    /// A configuration for a server on this database, on a free port.
    pub fn config(&self) -> Config {
        let mut settings = sammen::cli::Cli::default_settings();
        settings.database_url = self.url.url.clone();
        settings.listen = "127.0.0.1:0".into();
        settings.change_poll_ms = "50".into();
        settings.job_poll_ms = "0".into();
        settings.validate().expect("test config")
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if !self.drop_postgres {
            return;
        }
        let url = self.url.url.clone();
        // Drop runs inside the test's runtime; a separate thread may block on its own.
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async {
                use sqlx::migrate::MigrateDatabase;
                if let Err(err) = sqlx::Any::force_drop_database(&url).await {
                    let _ = writeln!(
                        std::io::stderr(),
                        "could not drop test database {url}: {err}"
                    );
                }
            });
        })
        .join();
    }
}

/// The URL with its database name replaced.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let host_part = base.rsplit_once('/').map_or(base, |(host, _)| host);
    match query {
        Some(q) => format!("{host_part}/{name}?{q}"),
        None => format!("{host_part}/{name}"),
    }
}

/// The real server on a free port, with an HTTP client that neither follows redirects
/// nor decompresses (so tests see what was sent).
pub struct TestApp {
    pub base: String,
    pub server: Option<sammen::Server>,
    pub client: reqwest::Client,
}

impl TestApp {
    pub async fn spawn(db: &TestDb) -> TestApp {
        Self::spawn_with(db.config()).await
    }

    pub async fn spawn_with(config: Config) -> TestApp {
        let server = sammen::start(config).await.expect("server starts");
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        TestApp {
            base: format!("http://{}", server.addr),
            server: Some(server),
            client,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request")
    }

    pub async fn get_text(&self, path: &str) -> (reqwest::StatusCode, String) {
        let response = self.get(path).await;
        (response.status(), response.text().await.unwrap())
    }

    pub fn server(&self) -> &sammen::Server {
        self.server.as_ref().unwrap()
    }

    pub async fn stop(mut self) {
        if let Some(server) = self.server.take() {
            server.shutdown().await;
        }
    }
}

/// Polls `check` until it is true or `timeout` passes. For effects that happen in the
/// background (never a fixed sleep).
pub async fn eventually<F, Fut>(timeout: Duration, mut check: F) -> bool
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let start = Instant::now();
    while start.elapsed() < timeout {
        if check().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    false
}

#[test]
fn database_name_is_replaced() {
    assert_eq!(
        with_database("postgres://u@h:5432/test", "x"),
        "postgres://u@h:5432/x"
    );
    assert_eq!(
        with_database("postgres://u@h/test?sslmode=disable", "x"),
        "postgres://u@h/x?sslmode=disable"
    );
}
