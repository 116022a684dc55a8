//! A real OpenID Connect provider for tests: `tests/oidc/provider.js` (the npm package
//! `oidc-provider`, run by Node) on a free port of 127.0.0.1, with the clients a test gives;
//! and [`Browser`], an HTTP client with a cookie jar that signs a person in through the
//! provider's own login and consent pages. `npm ci` runs first when `node_modules` is
//! missing. Without Node the tests are skipped loudly — and fail under
//! `SAMMEN_TEST_REQUIRE_ALL=1`.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

use sammen::accounts::Role;
use sammen::clock::Clock;
use sammen::config::Config;
use sammen::oidc::{Provider, RoleMap};

use super::TestDb;

/// The client secret every test client gets (the provider takes it from the environment,
/// Sammen from a file).
pub const SECRET: &str = "test-client-secret-0123456789abcdef";

/// A client registered at the provider.
#[derive(Debug, Clone)]
pub struct ProviderClient {
    pub id: String,
    pub redirect_uri: String,
    /// Issue this client's ID tokens as if for another client (the wrong-audience case).
    pub id_token_audience: Option<String>,
}

/// The provider, running until dropped.
pub struct TestProvider {
    pub issuer: String,
    /// The provider's clock when it started.
    pub now: jiff::Timestamp,
    child: Child,
    _secret_dir: tempfile::TempDir,
    /// The file Sammen reads the client secret from.
    pub secret_file: String,
}

impl Drop for TestProvider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/oidc")
}

/// `npm ci` once per test process when `node_modules` is missing. `false` (after a loud
/// skip) when Node or npm is not there.
fn ready() -> bool {
    static DONE: Mutex<Option<bool>> = Mutex::new(None);
    let mut done = DONE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(ok) = *done {
        return ok;
    }
    let has_node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_node {
        super::skip(
            "OpenID Connect tests",
            "node is not installed (apt-get install nodejs npm)",
        );
        *done = Some(false);
        return false;
    }
    if !folder().join("node_modules/oidc-provider").exists() {
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(folder())
            .status();
        if !status.is_ok_and(|s| s.success()) {
            super::skip("OpenID Connect tests", "`npm ci` in tests/oidc failed");
            *done = Some(false);
            return false;
        }
    }
    *done = Some(true);
    true
}

impl TestProvider {
    /// Starts the provider with these clients (each with the secret [`SECRET`]); `None`
    /// after a loud skip when Node is missing. `id_token_seconds` sets the ID tokens'
    /// lifetime (the provider's default is an hour).
    pub async fn start(
        clients: &[ProviderClient],
        id_token_seconds: Option<u32>,
    ) -> Option<TestProvider> {
        Self::start_on(clients, id_token_seconds, None).await
    }

    /// The same provider started again where this one listens, with new signing keys (as
    /// after a key rotation); this one is stopped first.
    pub async fn restart_with_new_keys(mut self, clients: &[ProviderClient]) -> TestProvider {
        let port = self.issuer.rsplit(':').next().unwrap().parse().unwrap();
        let _ = self.child.kill();
        let _ = self.child.wait();
        let mut next = Self::start_on(clients, None, Some(port))
            .await
            .expect("node was there a moment ago");
        // Sammen's settings name this one's secret file: it stays.
        std::mem::swap(&mut next._secret_dir, &mut self._secret_dir);
        std::mem::swap(&mut next.secret_file, &mut self.secret_file);
        next
    }

    async fn start_on(
        clients: &[ProviderClient],
        id_token_seconds: Option<u32>,
        port: Option<u16>,
    ) -> Option<TestProvider> {
        if !tokio::task::spawn_blocking(ready).await.unwrap() {
            return None;
        }
        let clients_json = serde_json::Value::Array(
            clients
                .iter()
                .map(|c| {
                    let mut v = serde_json::json!({
                        "client_id": c.id,
                        "client_secret": SECRET,
                        "redirect_uris": [c.redirect_uri],
                    });
                    if let Some(other) = &c.id_token_audience {
                        v["id_token_audience"] = other.clone().into();
                    }
                    v
                })
                .collect(),
        );
        let mut command = Command::new("node");
        command
            .arg("provider.js")
            .current_dir(folder())
            .env("OIDC_CLIENTS", clients_json.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        if let Some(port) = port {
            command.env("OIDC_PORT", port.to_string());
        }
        if let Some(seconds) = id_token_seconds {
            command.env("OIDC_ID_TOKEN_SECONDS", seconds.to_string());
        }
        let mut child = command.spawn().expect("node starts");
        // The first line says where it listens; the rest is read and dropped, so the
        // provider never writes into a closed pipe.
        let stdout = child.stdout.take().unwrap();
        let (first, line) = tokio::sync::oneshot::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            let mut line = String::new();
            let _ = reader.read_line(&mut line);
            let _ = first.send(line);
            let _ = std::io::copy(&mut reader, &mut std::io::sink());
        });
        let line = tokio::time::timeout(Duration::from_secs(30), line)
            .await
            .expect("the provider starts within 30 s")
            .expect("the provider printed its address");
        let (issuer, ms) = line
            .trim()
            .strip_prefix("ready ")
            .and_then(|rest| rest.split_once(' '))
            .unwrap_or_else(|| panic!("the provider said {line:?}"));
        let now = jiff::Timestamp::from_millisecond(ms.parse().unwrap()).unwrap();
        let issuer = issuer.to_owned();
        let dir = tempfile::tempdir().unwrap();
        let secret_file = dir.path().join("oidc-secret");
        std::fs::write(&secret_file, format!("{SECRET}\n")).unwrap();
        Some(TestProvider {
            issuer,
            now,
            child,
            secret_file: secret_file.display().to_string(),
            _secret_dir: dir,
        })
    }

    /// Sammen's settings for this provider as `client_id`, with the tests' role map:
    /// `sammen-admins` → administrator, `sammen-redaktion` → editor.
    pub fn settings(&self, client_id: &str) -> Provider {
        Provider {
            issuer: self.issuer.clone(),
            client_id: client_id.into(),
            secret_file: self.secret_file.clone(),
            group_claim: "groups".into(),
            scopes: sammen::oidc::DEFAULT_SCOPES.into(),
            label: "Log ind med Odsherred Kommunes login".into(),
            role_map: RoleMap(BTreeMap::from([
                ("sammen-admins".to_owned(), vec![Role::Administrator]),
                ("sammen-redaktion".to_owned(), vec![Role::Editor]),
            ])),
            enabled: true,
        }
    }
}

/// A port for a server, chosen now, so the callback address (`SAMMEN_BASE_URL` +
/// `/login/oidc/callback`) is known before the server and the provider start: the port
/// and the base address.
pub fn free_site() -> (u16, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    (port, format!("http://127.0.0.1:{port}"))
}

/// A configuration for a server on `db` at `port` (start it at once, so no other test
/// takes the port). Its clock is simulated: set it to the provider's
/// ([`TestProvider::now`]) once that runs — the provider dates its tokens by its own clock
/// (the machine's, or faketime's in CI), and the two must agree as a municipality's
/// servers and its provider do. The clock then stands still until a test moves it.
pub fn config_for(db: &TestDb, port: u16) -> Config {
    let mut settings = sammen::cli::Cli::default_settings();
    settings.database_url = db.url.url.clone();
    settings.listen = format!("127.0.0.1:{port}");
    settings.change_poll_ms = "50".into();
    settings.job_poll_ms = "0".into();
    let mut config = super::config_from(settings);
    config.clock = Clock::simulated(super::START.parse().unwrap());
    config
}

/// An HTTP client with a cookie jar (one for 127.0.0.1, as a browser keeps cookies per
/// host, not per port), following no redirect by itself.
pub struct Browser {
    client: reqwest::Client,
    jar: Mutex<BTreeMap<String, String>>,
}

impl Default for Browser {
    fn default() -> Self {
        Browser {
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            jar: Mutex::default(),
        }
    }
}

impl Browser {
    fn cookie_header(&self) -> String {
        let jar = self.jar.lock().unwrap();
        jar.iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep(&self, response: &reqwest::Response) {
        let mut jar = self.jar.lock().unwrap();
        for value in response.headers().get_all("set-cookie") {
            let Ok(text) = value.to_str() else { continue };
            let Some((name, rest)) = text.split_once('=') else {
                continue;
            };
            let mut parts = rest.split(';');
            let value = parts.next().unwrap_or("").to_owned();
            // Only the attributes say whether the cookie is being ended (a value may
            // hold any text, "1970" too).
            let gone = value.is_empty()
                || parts
                    .map(|a| a.trim().to_ascii_lowercase())
                    .any(|a| a == "max-age=0" || (a.starts_with("expires=") && a.contains("1970")));
            if gone {
                jar.remove(name.trim());
            } else {
                jar.insert(name.trim().to_owned(), value);
            }
        }
    }

    /// The value of one cookie in the jar.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.jar.lock().unwrap().get(name).cloned()
    }

    /// Forgets one cookie.
    pub fn forget(&self, name: &str) {
        self.jar.lock().unwrap().remove(name);
    }

    pub async fn get(&self, url: &str) -> reqwest::Response {
        let response = self
            .client
            .get(url)
            .header("cookie", self.cookie_header())
            .send()
            .await
            .expect("request");
        self.keep(&response);
        response
    }

    pub async fn post(&self, url: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let response = self
            .client
            .post(url)
            .header("cookie", self.cookie_header())
            .form(fields)
            .send()
            .await
            .expect("request");
        self.keep(&response);
        response
    }

    /// Starts at Sammen's `/login/oidc` and goes through the provider's login (as
    /// `login`) and consent pages until the provider sends the browser back to Sammen:
    /// returns that callback address, not yet visited.
    pub async fn through_provider(&self, base: &str, login: &str) -> String {
        let callback = format!("{base}/login/oidc/callback");
        let mut url = format!("{base}/login/oidc");
        for _ in 0..20 {
            let response = self.get(&url).await;
            let status = response.status();
            if status.is_redirection() {
                let location = super::location(&response);
                let next = reqwest::Url::parse(&url).unwrap().join(&location).unwrap();
                if next.as_str().starts_with(&callback) {
                    return next.to_string();
                }
                url = next.to_string();
                continue;
            }
            let html = response.text().await.unwrap();
            assert_eq!(status, 200, "{url}: {html}");
            let action = html
                .split("action=\"")
                .nth(1)
                .and_then(|a| a.split('"').next())
                .unwrap_or_else(|| panic!("no form on {url}: {html}"))
                .replace("&amp;", "&");
            let action = reqwest::Url::parse(&url).unwrap().join(&action).unwrap();
            let response = if html.contains("name=\"prompt\" value=\"login\"") {
                self.post(
                    action.as_str(),
                    &[("prompt", "login"), ("login", login), ("password", "any")],
                )
                .await
            } else if html.contains("name=\"prompt\" value=\"consent\"") {
                self.post(action.as_str(), &[("prompt", "consent")]).await
            } else {
                panic!("an unexpected page at {url}: {html}");
            };
            assert!(
                response.status().is_redirection(),
                "{action}: {}",
                response.status()
            );
            let location = super::location(&response);
            url = action.join(&location).unwrap().to_string();
            if url.starts_with(&callback) {
                return url;
            }
        }
        panic!("the provider did not send the browser back");
    }
}
