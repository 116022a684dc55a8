//! Test harness: a fresh database per test on either backend, the real server on port 0,
//! and loud reports of any suite that could not run here.
#![allow(dead_code)]

pub mod oidc;
pub mod smtp;

use std::io::Write;
use std::time::{Duration, Instant};

use sammen::clock::Clock;
use sammen::config::{Backend, Config, DatabaseUrl};
use sammen::store::Store;

/// The moment every test server's clock starts at: Monday 30 November 2026, 10:00 in
/// Copenhagen. The clock then runs at real speed ([`Clock::starting_at`]), so a test sees
/// the same days, weekdays and demo dates whatever day the suite runs.
pub const START: &str = "2026-11-30T09:00:00Z";

/// A clock starting at [`START`].
pub fn clock() -> Clock {
    Clock::starting_at(START.parse().expect("START is a timestamp"))
}

/// Settings made into a configuration whose clock starts at [`START`], with the tests'
/// key file (PostgreSQL requires one) and no minimum form age (a test sends a form at
/// once; the tests of the minimum set it back).
pub fn config_from(mut settings: sammen::config::Settings) -> Config {
    if settings.secret_key_file.is_none() {
        settings.secret_key_file = Some(key_file());
    }
    let mut config = settings.validate().expect("test settings are valid");
    config.clock = clock();
    config.min_form_seconds = 0;
    config
}

/// A signing key file shared by every test server of this process (as servers of one
/// deployment share theirs), made on first use in a temporary folder.
pub fn key_file() -> String {
    static FILE: std::sync::OnceLock<(tempfile::TempDir, String)> = std::sync::OnceLock::new();
    FILE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("sammen.key");
        std::fs::write(&path, format!("{}\n", "7e57".repeat(16))).expect("key file");
        let shown = path.display().to_string();
        (dir, shown)
    })
    .1
    .clone()
}

/// The tests' today in Copenhagen: the date at [`START`].
pub fn today() -> jiff::civil::Date {
    clock().today()
}

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
        let store = Store::connect(&self.url)
            .await
            .expect("connect")
            .with_clock(clock());
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
        config_from(settings)
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
                // A test that stopped before it opened the store has not installed them.
                sqlx::any::install_default_drivers();
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
    /// Set by [`TestApp::as_many_people`]: each request comes from a client of its own.
    pub people: Option<std::sync::Arc<std::sync::atomic::AtomicU32>>,
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
            people: None,
        }
    }

    /// A server behind a trusted proxy (127.0.0.1) that forwards each request from a
    /// different person's address: for tests that use anonymous forms more often than one
    /// person may, as many people would (the abuse limits themselves are tested in
    /// `trust.rs`, from one client).
    pub async fn as_many_people(mut config: Config) -> TestApp {
        config.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
        let mut app = Self::spawn_with(config).await;
        app.people = Some(Default::default());
        app
    }

    /// The `X-Forwarded-For` of the next person, when the server is [`Self::as_many_people`].
    pub fn person(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match &self.people {
            Some(next) => {
                let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let [_, a, b, c] = n.to_be_bytes();
                request.header("x-forwarded-for", format!("10.{a}.{b}.{c}"))
            }
            None => request,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.person(self.client.get(self.url(path)))
            .send()
            .await
            .expect("request")
    }

    pub async fn get_text(&self, path: &str) -> (reqwest::StatusCode, String) {
        let response = self.get(path).await;
        (response.status(), response.text().await.unwrap())
    }

    /// Posts a form the way a browser would: first shows the page to get the form's token.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.post_as(None, path, path, fields).await
    }

    /// GET with a session cookie (`None`: anonymous).
    pub async fn get_as(&self, cookie: Option<&str>, path: &str) -> reqwest::Response {
        let mut request = self.person(self.client.get(self.url(path)));
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        request.send().await.expect("request")
    }

    /// A fresh form token from the page at `token_page`, as this session sees it.
    pub async fn token(&self, cookie: Option<&str>, token_page: &str) -> String {
        let html = self.get_as(cookie, token_page).await.text().await.unwrap();
        form_token(&html).unwrap_or_else(|| panic!("no form token on {token_page}"))
    }

    /// POST a form with a token taken from `token_page`.
    pub async fn post_as(
        &self,
        cookie: Option<&str>,
        path: &str,
        token_page: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let token = self.token(cookie, token_page).await;
        self.post_with_token(cookie, path, &token, fields).await
    }

    pub async fn post_with_token(
        &self,
        cookie: Option<&str>,
        path: &str,
        token: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut all: Vec<(&str, &str)> = vec![("_token", token)];
        all.extend_from_slice(fields);
        let mut request = self.person(self.client.post(self.url(path)).form(&all));
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        request.send().await.expect("request")
    }

    /// Signs in through the form; returns the cookie to send back.
    pub async fn login(&self, email: &str, password: &str) -> String {
        let response = self
            .post_form("/login", &[("email", email), ("adgangskode", password)])
            .await;
        assert_eq!(response.status(), 303, "sign-in as {email} failed");
        session_cookie(&response).expect("a session cookie")
    }

    pub fn server(&self) -> &sammen::Server {
        self.server.as_ref().unwrap()
    }

    /// Rebuilds the server's snapshots now, as its watcher would within one change poll:
    /// for tests that write through the store or in SQL rather than through a page (a
    /// save through a page is caught up before its answer).
    pub async fn catch_up(&self) {
        self.server()
            .derived
            .rebuild()
            .await
            .expect("snapshots rebuild");
    }

    pub async fn stop(mut self) {
        if let Some(server) = self.server.take() {
            server.shutdown().await;
        }
    }
}

/// A plain pool on the test database, for what only a test does (ageing data, trying
/// forbidden statements).
pub async fn raw_pool(db: &TestDb) -> sqlx::AnyPool {
    sqlx::any::install_default_drivers();
    sqlx::AnyPool::connect(&db.url.url).await.expect("raw pool")
}

/// The value of the first `_token` field in a page.
pub fn form_token(html: &str) -> Option<String> {
    let at = html.find("name=\"_token\" value=\"")? + "name=\"_token\" value=\"".len();
    Some(html[at..].split('"').next()?.to_owned())
}

/// "sammen_session=…" from a response's Set-Cookie, ready to send back.
pub fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("sammen_session=") && !v.starts_with("sammen_session=;"))
        .map(|v| v.split(';').next().unwrap().to_owned())
}

/// Makes an account with a password, roles and memberships, straight in the database.
pub async fn make_account(
    store: &Store,
    email: &str,
    password: &str,
    roles: &[sammen::auth::Role],
    organisations: &[i64],
) -> i64 {
    let municipality = store.municipality(None).await.unwrap().id;
    let hash = sammen::auth::hash_password(password).unwrap();
    let id = store
        .create_account(municipality, email, "Test Person", Some(&hash), true)
        .await
        .unwrap();
    for role in roles {
        store.grant_role(id, *role).await.unwrap();
    }
    for org in organisations {
        store.add_membership(id, *org).await.unwrap();
    }
    id
}

/// A session for an account, made straight in the database: the cookie to send.
pub async fn session_for(store: &Store, account_id: i64) -> String {
    let (token, hash) = sammen::auth::new_token();
    store.create_session(&hash, account_id, 3600).await.unwrap();
    format!("sammen_session={token}")
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

/// Makes every INSERT into `table` fail from now on, as a full disk or a broken
/// constraint would: a real trigger in the test database (SQLite and PostgreSQL each in
/// their own syntax). For showing that a change and what must go with it (its audit
/// line, its mail) are written together or not at all.
pub async fn refuse_inserts(db: &TestDb, table: &str) {
    let pool = raw_pool(db).await;
    let sql = match db.backend() {
        Backend::Sqlite => format!(
            "CREATE TRIGGER test_refuses_{table} BEFORE INSERT ON {table} \
             BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        ),
        Backend::Postgres => format!(
            "CREATE FUNCTION test_refuses_{table}() RETURNS trigger LANGUAGE plpgsql AS \
             $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$; \
             CREATE TRIGGER test_refuses_{table} BEFORE INSERT ON {table} \
             FOR EACH ROW EXECUTE FUNCTION test_refuses_{table}()"
        ),
    };
    sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
        .execute(&pool)
        .await
        .expect("the refusing trigger");
    pool.close().await;
}

/// The error page a person gets when the server could not do what they asked (500, in
/// Danish, with a reference and nothing internal).
pub async fn is_error_page(response: reqwest::Response) {
    assert_eq!(
        response.status(),
        reqwest::StatusCode::INTERNAL_SERVER_ERROR
    );
    let html = response.text().await.unwrap();
    assert!(html.contains("Der skete en fejl"), "{html}");
    assert!(html.contains("fejlkoden"), "{html}");
    assert!(!html.contains("refused by the test"), "{html}");
}

/// A logical dump of the whole database as text — every table, every row, every column
/// cast to text — as a backup would hold it.
pub async fn dump(db: &TestDb) -> String {
    use sqlx::Row;
    let pool = raw_pool(db).await;
    let sqlite = db.backend() == Backend::Sqlite;
    let tables: Vec<String> = if sqlite {
        sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
    } else {
        sqlx::query_scalar(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'",
        )
    }
    .fetch_all(&pool)
    .await
    .expect("tables");
    let mut out = String::new();
    for table in tables {
        let columns: Vec<String> = if sqlite {
            sqlx::query_scalar("SELECT name FROM pragma_table_info($1)")
        } else {
            sqlx::query_scalar(
                "SELECT column_name::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
            )
        }
        .bind(&table)
        .fetch_all(&pool)
        .await
        .expect("columns");
        // Binary columns (photos) as hex, as a text dump writes them.
        let select = columns
            .iter()
            .map(|c| {
                if sqlite {
                    format!("COALESCE(CASE WHEN typeof(\"{c}\") = 'blob' THEN hex(\"{c}\") ELSE CAST(\"{c}\" AS TEXT) END, '')")
                } else {
                    format!("COALESCE(CAST(\"{c}\" AS TEXT), '')")
                }
            })
            .collect::<Vec<_>>()
            .join(" || '|' || ");
        let sql = format!("SELECT {select} AS line FROM \"{table}\"");
        for row in sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&pool)
            .await
            .expect("rows")
        {
            out.push_str(&table);
            out.push(':');
            out.push_str(&row.try_get::<String, _>("line").unwrap_or_default());
            out.push('\n');
        }
    }
    out
}

/// A server that sends mail to a fresh SMTP sink, with the worker running.
pub async fn app_with_mail(db: &TestDb) -> (TestApp, smtp::SmtpSink) {
    let sink = smtp::SmtpSink::start().await;
    let mut settings = sammen::cli::Cli::default_settings();
    settings.database_url = db.url.url.clone();
    settings.listen = "127.0.0.1:0".into();
    settings.change_poll_ms = "50".into();
    settings.job_poll_ms = "50".into();
    settings.smtp_url = Some(sink.url());
    let app = TestApp::spawn_with(config_from(settings)).await;
    (app, sink)
}

/// The path of a full link from a mail.
pub fn path_of(url: &str) -> String {
    let rest = url.split("://").nth(1).unwrap();
    format!("/{}", rest.split_once('/').unwrap().1)
}

/// Where a redirect points ("" when it does not).
pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default()
}
