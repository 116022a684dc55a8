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

    /// How often (ms) each server looks for changes made by other servers
    #[arg(long, env = "SAMMEN_CHANGE_POLL_MS", default_value = "1000")]
    pub change_poll_ms: String,

    /// How often (ms) the background worker looks for due jobs; 0 turns the worker off
    #[arg(long, env = "SAMMEN_JOB_POLL_MS", default_value = "1000")]
    pub job_poll_ms: String,

    /// Log filter (tracing syntax), e.g. info or sammen=debug
    #[arg(long, env = "SAMMEN_LOG", default_value = "info,sqlx=warn")]
    pub log: String,
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
    pub change_poll: Duration,
    /// `None` when the worker is off.
    pub job_poll: Option<Duration>,
    pub log: String,
}

impl Settings {
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
        Ok(Config {
            database,
            listen,
            base_url,
            demo_content: self.demo == Switch::On,
            demo_notice: self.demo_notice == Switch::On,
            municipality: self.municipality.clone(),
            change_poll,
            job_poll: (!job_poll.is_zero()).then_some(job_poll),
            log: self.log.clone(),
        })
    }
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
    fn bad_port_names_the_variable() {
        let mut settings = crate::cli::Cli::default_settings();
        settings.listen = "127.0.0.1:99999".into();
        let err = settings.validate().unwrap_err().to_string();
        assert!(err.starts_with("SAMMEN_LISTEN:"), "{err}");
        settings.listen = "127.0.0.1:0".into();
        assert!(settings.validate().is_ok());
    }
}
