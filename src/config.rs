//! Configuration: flags and `SAMMEN_*` environment variables, parsed by clap.
//!
//! Loading configuration has no side effects: it reads flags and the environment and
//! validates them; it never touches files, the network or the database.

use std::net::SocketAddr;
use std::time::Duration;

use clap::Args;

/// Which database engine a URL points at. Chosen by the URL scheme, nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A database URL whose scheme we know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseUrl {
    pub backend: Backend,
    pub url: String,
}

impl DatabaseUrl {
    pub fn parse(raw: &str) -> Result<Self, ConfigError> {
        let backend = if raw.starts_with("sqlite:") {
            Backend::Sqlite
        } else if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(ConfigError::new(
                "SAMMEN_DATABASE_URL",
                raw,
                "use sqlite://FILE (e.g. sqlite://sammen.db) or postgres://USER@HOST:PORT/DATABASE",
            ));
        };
        Ok(Self {
            backend,
            url: raw.to_owned(),
        })
    }

    /// The URL with any password hidden, for logs and `check-config`.
    pub fn redacted(&self) -> String {
        match (self.url.find("://"), self.url.rfind('@')) {
            (Some(scheme_end), Some(at)) if at > scheme_end => {
                let userinfo = &self.url[scheme_end + 3..at];
                match userinfo.split_once(':') {
                    Some((user, _)) => format!(
                        "{}{}:***{}",
                        &self.url[..scheme_end + 3],
                        user,
                        &self.url[at..]
                    ),
                    None => self.url.clone(),
                }
            }
            _ => self.url.clone(),
        }
    }
}

/// A bad setting: names the variable, the value and what is expected, on one line.
#[derive(Debug, thiserror::Error)]
#[error("{variable}: '{value}' is not valid: {expected}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub value: String,
    pub expected: String,
}

impl ConfigError {
    fn new(variable: &'static str, value: &str, expected: &str) -> Self {
        Self {
            variable,
            value: value.to_owned(),
            expected: expected.to_owned(),
        }
    }
}

/// On/off switches accept the usual spellings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Switch {
    #[value(alias = "true", alias = "1", alias = "yes")]
    On,
    #[value(alias = "false", alias = "0", alias = "no")]
    Off,
}

/// Raw settings as clap reads them. Values that can be wrong are kept as text here and
/// checked in [`Settings::validate`], so that a bad value gives our own one-line error.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Database: sqlite://FILE (created on first start) or postgres://USER@HOST:PORT/DB
    #[arg(
        long,
        env = "SAMMEN_DATABASE_URL",
        default_value = "sqlite://sammen.db"
    )]
    pub database_url: String,

    /// Address and port to listen on
    #[arg(long, env = "SAMMEN_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: String,

    /// Public address of the site, used in links in mails and feeds [default: http://LISTEN]
    #[arg(long, env = "SAMMEN_BASE_URL")]
    pub base_url: Option<String>,

    /// Load the invented demo organisations and offers into an empty database
    #[arg(long, env = "SAMMEN_DEMO", value_enum, default_value = "on")]
    pub demo: Switch,

    /// Show the "Eksempeldata" notice on every page when the demo municipality is loaded
    #[arg(long, env = "SAMMEN_DEMO_NOTICE", value_enum, default_value = "on")]
    pub demo_notice: Switch,

    /// Slug of the municipality to serve [default: the first in the database]
    #[arg(long, env = "SAMMEN_MUNICIPALITY")]
    pub municipality: Option<String>,

    /// Host of the national view, which searches every municipality's offers at once, e.g.
    /// sammen.example [default: none]. Each municipality's own hosts come from its file
    #[arg(long, env = "SAMMEN_NATIONAL_HOST")]
    pub national_host: Option<String>,

    /// How often (ms) each server looks for changes made by other servers
    #[arg(long, env = "SAMMEN_CHANGE_POLL_MS", default_value = "1000")]
    pub change_poll_ms: String,

    /// How often (ms) the background worker looks for due jobs; 0 turns the worker off
    #[arg(long, env = "SAMMEN_JOB_POLL_MS", default_value = "1000")]
    pub job_poll_ms: String,

    /// Mail server: smtp://HOST:PORT (plain, for a local relay), smtp+starttls://USER:PASS@HOST:587 or
    /// smtps://USER:PASS@HOST:465. Unset: mail waits in the outbox (administrators can read it)
    #[arg(long, env = "SAMMEN_SMTP_URL")]
    pub smtp_url: Option<String>,

    /// Sender address of all mail, e.g. "Sammen Odsherred <sammen@odsherred.dk>"
    #[arg(
        long,
        env = "SAMMEN_MAIL_FROM",
        default_value = "Sammen <sammen@localhost>"
    )]
    pub mail_from: String,

    /// Months after the last confirmation: first, second and last reminder, the public
    /// "may be out of date" note, and leaving search
    #[arg(long, env = "SAMMEN_FRESHNESS_MONTHS", default_value = "6,9,11,12,15")]
    pub freshness_months: String,

    /// Months after a request to an ambassador is closed before it is deleted (1–120)
    #[arg(long, env = "SAMMEN_REQUEST_RETENTION_MONTHS", default_value = "6")]
    pub request_retention_months: String,

    /// Road distances and times for the bus planner: a JSON file with "keys" (depot
    /// first, then stop keys) and OSRM-style "distances" (m) and "durations" (s)
    /// [default: straight line × road factor]
    #[arg(long, env = "SAMMEN_BUS_MATRIX")]
    pub bus_matrix: Option<String>,

    /// Bearer token for /metrics and /readyz on the public listener (at least 16 characters);
    /// unset: they answer 404 there [default: unset]
    #[arg(long, env = "SAMMEN_OPS_TOKEN", hide_env_values = true)]
    pub ops_token: Option<String>,

    /// A second address that serves only /healthz, /readyz and /metrics, without a token
    /// (for a scraper on the internal network), e.g. 127.0.0.1:9090 [default: none]
    #[arg(long, env = "SAMMEN_OPS_LISTEN")]
    pub ops_listen: Option<String>,

    /// Log filter (tracing syntax), e.g. info or sammen=debug
    #[arg(long, env = "SAMMEN_LOG", default_value = "info,sqlx=warn")]
    pub log: String,

    /// Proxies whose X-Forwarded-For is believed, e.g. 127.0.0.1,10.0.0.0/8 [default: none:
    /// the client is the connection's address]
    #[arg(long, env = "SAMMEN_TRUSTED_PROXIES")]
    pub trusted_proxies: Option<String>,

    /// File with the key behind form tokens and private links (kept out of the database).
    /// Required with PostgreSQL (every server reads the same file); with SQLite
    /// [default: the database file's name + .key, made on first start]
    #[arg(long, env = "SAMMEN_SECRET_KEY_FILE")]
    pub secret_key_file: Option<String>,

    /// Seconds an anonymous form must have been shown before it is sent (robots are faster)
    #[arg(long, env = "SAMMEN_MIN_FORM_SECONDS", default_value = "3")]
    pub min_form_seconds: String,

    /// The program's clock starts at this moment (RFC 3339, e.g. 2026-11-30T09:00:00Z) and
    /// runs on from there: for tests and for showing the site as on another day [default:
    /// the system clock]
    #[arg(long, env = "SAMMEN_NOW")]
    pub now: Option<String>,
}

/// Validated configuration. Travels in application state; never global.
#[derive(Debug, Clone)]
pub struct Config {
    pub database: DatabaseUrl,
    pub listen: SocketAddr,
    pub base_url: String,
    pub demo_content: bool,
    pub demo_notice: bool,
    pub municipality: Option<String>,
    /// The national view's host, normalised (see `municipality::normalise_host`).
    pub national_host: Option<String>,
    pub change_poll: Duration,
    /// `None` when the worker is off.
    pub job_poll: Option<Duration>,
    /// `None`: mail is kept in the outbox and not sent.
    pub smtp_url: Option<String>,
    pub mail_from: lettre::message::Mailbox,
    pub freshness: Freshness,
    /// Closed requests to ambassadors are deleted this many months (of 30 days) later.
    pub request_retention_months: u32,
    pub log: String,
    /// What "now" is for the bus's live parts; only tests simulate it.
    pub clock: crate::clock::Clock,
    /// Web Push to plain HTTP on 127.0.0.1 (a test's push service); never in a server.
    pub push_loopback: bool,
    /// Road distances for the bus planner, read at start.
    pub bus_matrix: Option<std::sync::Arc<crate::bus::planner::MatrixFile>>,
    /// Proxies whose `X-Forwarded-For` names the client (see `web::client`).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Where the signing key lives (see `signing::SecretKey`).
    pub secret_key_file: std::path::PathBuf,
    /// An anonymous form sent sooner than this after it was shown is refused.
    pub min_form_seconds: i64,
    /// The token that opens `/metrics` and `/readyz` on the public listener; `None`: they
    /// are not served there at all.
    pub ops_token: Option<OpsToken>,
    /// The operators' own listener (health, readiness, metrics; no token).
    pub ops_listen: Option<SocketAddr>,
}

/// The operators' bearer token. Its `Debug` hides it, so a logged configuration does not
/// carry it; [`OpsToken::matches`] compares in constant time.
#[derive(Clone)]
pub struct OpsToken(String);

impl OpsToken {
    /// Shortest token accepted: guessing must not be an option.
    pub const MIN_CHARS: usize = 16;

    /// Whether `offered` is the token. Both sides are hashed first, so neither the
    /// comparison's time nor a length difference tells how much of a guess was right.
    pub fn matches(&self, offered: &str) -> bool {
        use sha2::{Digest, Sha256};
        use subtle::ConstantTimeEq;
        let ours = Sha256::digest(self.0.as_bytes());
        let theirs = Sha256::digest(offered.as_bytes());
        ours.as_slice().ct_eq(theirs.as_slice()).into()
    }
}

impl std::fmt::Debug for OpsToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OpsToken(***)")
    }
}

impl From<&str> for OpsToken {
    /// For tests and callers that validated the text themselves.
    fn from(token: &str) -> Self {
        OpsToken(token.to_owned())
    }
}

/// When an offer's confirmation counts as old, in months after the last confirmation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Freshness {
    /// Reminder mails to the organisation.
    pub reminders: [u32; 3],
    /// The public page says the information may be out of date.
    pub stale: u32,
    /// The offer leaves search; moderators keep a list.
    pub unlisted: u32,
}

impl Freshness {
    fn parse(raw: &str) -> Result<Self, ConfigError> {
        let error = || {
            ConfigError::new(
                "SAMMEN_FRESHNESS_MONTHS",
                raw,
                "use five increasing whole numbers of months, e.g. 6,9,11,12,15",
            )
        };
        let months: Vec<u32> = raw
            .split(',')
            .map(|m| m.trim().parse::<u32>())
            .collect::<Result<_, _>>()
            .map_err(|_| error())?;
        let [a, b, c, stale, unlisted] = months[..] else {
            return Err(error());
        };
        if !(1 <= a && a < b && b < c && c <= stale && stale < unlisted && unlisted <= 120) {
            return Err(error());
        }
        Ok(Freshness {
            reminders: [a, b, c],
            stale,
            unlisted,
        })
    }
}

/// Only to read the defaults: the settings as clap fills them with no flag given.
#[derive(clap::Parser)]
struct Defaults {
    #[command(flatten)]
    settings: Settings,
}

impl Settings {
    /// Every default, as if no flag were given (environment variables still count, as on
    /// the command line).
    pub fn defaults() -> Settings {
        <Defaults as clap::Parser>::parse_from(["sammen"]).settings
    }

    pub fn validate(&self) -> Result<Config, ConfigError> {
        let database = DatabaseUrl::parse(&self.database_url)?;
        let listen: SocketAddr = self.listen.parse().map_err(|_| {
            ConfigError::new(
                "SAMMEN_LISTEN",
                &self.listen,
                "use HOST:PORT with a port 0–65535, e.g. 127.0.0.1:8080",
            )
        })?;
        let base_url = match &self.base_url {
            Some(url) if url.starts_with("http://") || url.starts_with("https://") => {
                url.trim_end_matches('/').to_owned()
            }
            Some(url) => {
                return Err(ConfigError::new(
                    "SAMMEN_BASE_URL",
                    url,
                    "use http(s)://HOST[:PORT], e.g. https://sammen.odsherred.dk",
                ));
            }
            None => format!("http://{listen}"),
        };
        let change_poll = millis("SAMMEN_CHANGE_POLL_MS", &self.change_poll_ms, 10)?;
        let job_poll = millis("SAMMEN_JOB_POLL_MS", &self.job_poll_ms, 0)?;
        let smtp_url = match self.smtp_url.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(url) => {
                lettre::AsyncSmtpTransport::<lettre::Tokio1Executor>::from_url(url).map_err(|_| {
                    ConfigError::new(
                        "SAMMEN_SMTP_URL",
                        url,
                        "use smtp://HOST:PORT, smtp+starttls://USER:PASS@HOST:587 or smtps://USER:PASS@HOST:465",
                    )
                })?;
                Some(url.to_owned())
            }
        };
        let mail_from = self.mail_from.parse().map_err(|_| {
            ConfigError::new(
                "SAMMEN_MAIL_FROM",
                &self.mail_from,
                "use an address, e.g. Sammen <sammen@odsherred.dk>",
            )
        })?;
        let trusted_proxies = parse_proxies(self.trusted_proxies.as_deref().unwrap_or(""))?;
        let secret_key_file = match (&self.secret_key_file, &database.backend) {
            (Some(path), _) if !path.trim().is_empty() => std::path::PathBuf::from(path.trim()),
            (_, Backend::Sqlite) => {
                let file = database.url.trim_start_matches("sqlite://");
                let file = file.split('?').next().unwrap_or(file);
                std::path::PathBuf::from(format!("{file}.key"))
            }
            (_, Backend::Postgres) => {
                return Err(ConfigError::new(
                    "SAMMEN_SECRET_KEY_FILE",
                    "",
                    "required with PostgreSQL: a file every server reads, made with e.g. \
                     head -c 32 /dev/urandom | xxd -p -c 64 > sammen.key; chmod 600 sammen.key",
                ));
            }
        };
        let min_form_seconds = self
            .min_form_seconds
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|s| (0..=600).contains(s))
            .ok_or_else(|| {
                ConfigError::new(
                    "SAMMEN_MIN_FORM_SECONDS",
                    &self.min_form_seconds,
                    "a number of seconds from 0 to 600, e.g. 3",
                )
            })?;
        let ops_token = match self.ops_token.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(token)
                if token.chars().count() >= OpsToken::MIN_CHARS
                    && token.chars().all(|c| c.is_ascii_graphic()) =>
            {
                Some(OpsToken(token.to_owned()))
            }
            Some(_) => {
                return Err(ConfigError::new(
                    "SAMMEN_OPS_TOKEN",
                    "***",
                    "use at least 16 visible ASCII characters without spaces, e.g. the output of `openssl rand -hex 32`",
                ));
            }
        };
        let ops_listen = match self.ops_listen.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(address) => Some(address.parse().map_err(|_| {
                ConfigError::new(
                    "SAMMEN_OPS_LISTEN",
                    address,
                    "use HOST:PORT with a port 0–65535, e.g. 127.0.0.1:9090",
                )
            })?),
        };
        Ok(Config {
            trusted_proxies,
            secret_key_file,
            min_form_seconds,
            database,
            listen,
            base_url,
            demo_content: self.demo == Switch::On,
            demo_notice: self.demo_notice == Switch::On,
            municipality: self.municipality.clone(),
            national_host: self
                .national_host
                .as_deref()
                .map(crate::municipality::normalise_host)
                .filter(|h| !h.is_empty()),
            change_poll,
            job_poll: (!job_poll.is_zero()).then_some(job_poll),
            smtp_url,
            mail_from,
            freshness: Freshness::parse(&self.freshness_months)?,
            request_retention_months: self
                .request_retention_months
                .trim()
                .parse()
                .ok()
                .filter(|m| (1..=120).contains(m))
                .ok_or_else(|| {
                    ConfigError::new(
                        "SAMMEN_REQUEST_RETENTION_MONTHS",
                        &self.request_retention_months,
                        "a number of months from 1 to 120, e.g. 6",
                    )
                })?,
            log: self.log.clone(),
            clock: match self.now.as_deref().map(str::trim) {
                None | Some("") => crate::clock::Clock::system(),
                Some(at) => crate::clock::Clock::starting_at(at.parse().map_err(|_| {
                    ConfigError::new(
                        "SAMMEN_NOW",
                        at,
                        "use an RFC 3339 moment, e.g. 2026-11-30T09:00:00Z",
                    )
                })?),
            },
            push_loopback: false,
            bus_matrix: match &self.bus_matrix {
                None => None,
                Some(path) => Some(std::sync::Arc::new(
                    crate::bus::planner::MatrixFile::read(path)
                        .map_err(|why| ConfigError::new("SAMMEN_BUS_MATRIX", path, &why))?,
                )),
            },
            ops_token,
            ops_listen,
        })
    }
}

/// `SAMMEN_TRUSTED_PROXIES`: addresses or networks, separated by commas.
fn parse_proxies(raw: &str) -> Result<Vec<ipnet::IpNet>, ConfigError> {
    raw.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.parse::<ipnet::IpNet>()
                .or_else(|_| p.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| {
                    ConfigError::new(
                        "SAMMEN_TRUSTED_PROXIES",
                        raw,
                        "addresses or networks separated by commas, e.g. 127.0.0.1,10.0.0.0/8,::1",
                    )
                })
        })
        .collect()
}

fn millis(variable: &'static str, raw: &str, min: u64) -> Result<Duration, ConfigError> {
    match raw.trim().parse::<u64>() {
        Ok(ms) if ms >= min && ms <= 3_600_000 => Ok(Duration::from_millis(ms)),
        _ => Err(ConfigError::new(
            variable,
            raw,
            &format!("use a whole number of milliseconds from {min} to 3600000"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheme_chooses_the_backend() {
        assert_eq!(
            DatabaseUrl::parse("sqlite://x.db").unwrap().backend,
            Backend::Sqlite
        );
        assert_eq!(
            DatabaseUrl::parse("postgres://u@h/db").unwrap().backend,
            Backend::Postgres
        );
        assert_eq!(
            DatabaseUrl::parse("postgresql://u@h/db").unwrap().backend,
            Backend::Postgres
        );
        let err = DatabaseUrl::parse("mysql://u@h/db")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("SAMMEN_DATABASE_URL: 'mysql://u@h/db'"),
            "{err}"
        );
        assert!(!err.contains('\n'));
    }

    #[test]
    fn password_is_redacted() {
        let url = DatabaseUrl::parse("postgres://me:secret@h:5432/db").unwrap();
        assert_eq!(url.redacted(), "postgres://me:***@h:5432/db");
        let url = DatabaseUrl::parse("postgres://me@h/db").unwrap();
        assert_eq!(url.redacted(), "postgres://me@h/db");
    }

    #[test]
    fn freshness_months_must_increase() {
        let f = Freshness::parse("6,9,11,12,15").unwrap();
        assert_eq!((f.reminders, f.stale, f.unlisted), ([6, 9, 11], 12, 15));
        for bad in ["6,9,11,12", "9,6,11,12,15", "6,9,11,12,12", "x"] {
            let err = Freshness::parse(bad).unwrap_err().to_string();
            assert!(err.starts_with("SAMMEN_FRESHNESS_MONTHS"), "{err}");
        }
    }

    #[test]
    fn a_bad_smtp_url_names_the_variable() {
        let mut settings = Settings::defaults();
        settings.smtp_url = Some("mail.example.org".into());
        let err = settings.validate().unwrap_err().to_string();
        assert!(err.starts_with("SAMMEN_SMTP_URL:"), "{err}");
        settings.smtp_url = Some("smtp://127.0.0.1:2525".into());
        assert!(settings.validate().is_ok());
    }

    #[test]
    fn the_ops_token_is_long_never_shown_and_compared_whole() {
        let mut settings = Settings::defaults();
        settings.ops_token = Some("kort".into());
        let err = settings.validate().unwrap_err().to_string();
        assert!(err.starts_with("SAMMEN_OPS_TOKEN:"), "{err}");
        assert!(!err.contains("kort"), "the value is not repeated: {err}");
        settings.ops_token = Some("0123456789abcdef0123".into());
        settings.ops_listen = Some("127.0.0.1:9090".into());
        let config = settings.validate().unwrap();
        let token = config.ops_token.as_ref().unwrap();
        assert!(token.matches("0123456789abcdef0123"));
        assert!(!token.matches("0123456789abcdef012"));
        assert!(!token.matches(""));
        assert!(!format!("{config:?}").contains("0123456789abcdef"));
        assert_eq!(config.ops_listen, Some("127.0.0.1:9090".parse().unwrap()));
        settings.ops_listen = Some("ops".into());
        let err = settings.validate().unwrap_err().to_string();
        assert!(err.starts_with("SAMMEN_OPS_LISTEN:"), "{err}");
    }

    #[test]
    fn bad_port_names_the_variable() {
        let mut settings = Settings::defaults();
        settings.listen = "127.0.0.1:99999".into();
        let err = settings.validate().unwrap_err().to_string();
        assert!(err.starts_with("SAMMEN_LISTEN:"), "{err}");
        settings.listen = "127.0.0.1:0".into();
        assert!(settings.validate().is_ok());
    }
}
