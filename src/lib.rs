//! Sammen: a municipality's platform against loneliness. See ARCHITECTURE.md for the map.

pub mod accounts;
pub mod ambassadors;
pub mod bus;
pub mod calendar;
pub mod campaigns;
pub mod cli;
pub mod clock;
pub mod config;
pub mod demo;
pub mod derived;
pub mod directory;
pub mod domain;
pub mod figures;
pub mod format;
pub mod guide;
pub mod i18n;
pub mod jobs;
pub mod limits;
pub mod mail;
pub mod municipality;
pub mod oidc;
pub mod pages;
pub mod posters;
pub mod rides;
pub mod school_change;
pub mod schools;
pub mod signing;
pub mod store;
pub mod stories;
pub mod strategy;
pub mod telemetry;
pub mod transport;
pub mod web;
pub mod worker;
pub mod youth;

// The paths the integration tests and benches used before the regroup.
#[doc(hidden)]
pub use accounts as auth;
#[doc(hidden)]
pub use bus::{gtfs, gtfs_rt, planner, push};
#[doc(hidden)]
pub use calendar::{feeds, reminders};
#[doc(hidden)]
pub use directory::draft as moderation;
#[doc(hidden)]
pub use directory::{freshness, hsds, schedule, search};
#[doc(hidden)]
pub use guide::selfcheck;

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use axum::ServiceExt;
use axum::extract::Request;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tower::Layer;

use crate::config::Config;
use crate::derived::Derived;
use crate::store::Store;

/// Connects, migrates, loads the demo municipality into an empty database, and builds the
/// derived state: everything a server needs before it takes its first request.
pub async fn prepare(config: &Config) -> anyhow::Result<(Store, Derived)> {
    let store = Store::connect(&config.database)
        .await?
        .with_clock(config.clock.clone());
    store.migrate().await?;
    if store.municipality_count().await? == 0 {
        // Two servers starting at once on an empty database: the second one's insert fails
        // on the unique slug and it simply uses what the first loaded.
        match demo::load(&store, config.demo_content).await {
            Ok(loaded) => tracing::info!(%loaded, "empty database: demo municipality loaded"),
            Err(
                demo::DemoError::Store(store::StoreError::Conflict(_)) | demo::DemoError::NotEmpty,
            ) => {}
            Err(err) => return Err(err.into()),
        }
    }
    let derived = Derived::build(store.clone(), config.municipality.clone(), &config.base_url)
        .await
        .with_context(|| match &config.municipality {
            Some(slug) => format!("SAMMEN_MUNICIPALITY: no municipality '{slug}' in the database"),
            None => "no municipality in the database".to_owned(),
        })?;
    Ok((store, derived))
}

/// A running server: its address, its parts, and its background tasks.
pub struct Server {
    pub addr: SocketAddr,
    /// The operators' listener (`SAMMEN_OPS_LISTEN`), when there is one.
    pub ops_addr: Option<SocketAddr>,
    pub store: Store,
    pub derived: Derived,
    shutdown: watch::Sender<bool>,
    http: JoinHandle<std::io::Result<()>>,
    ops: Option<JoinHandle<std::io::Result<()>>>,
    background: Vec<JoinHandle<()>>,
}

impl Server {
    /// Stops accepting, finishes open requests, stops background work.
    pub async fn shutdown(self) {
        let _ = self.shutdown.send(true);
        let _ = self.http.await;
        if let Some(ops) = self.ops {
            let _ = ops.await;
        }
        for task in &self.background {
            task.abort();
        }
        self.store.close().await;
    }
}

/// Starts a server on `config.listen` (port 0 picks a free port) and returns at once.
pub async fn start(config: Config) -> anyhow::Result<Server> {
    let (store, derived) = prepare(&config).await?;
    let listener = TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("SAMMEN_LISTEN: cannot listen on {}", config.listen))?;
    let addr = listener.local_addr()?;
    let ops_listener = match config.ops_listen {
        Some(ops) => Some(
            TcpListener::bind(ops)
                .await
                .with_context(|| format!("SAMMEN_OPS_LISTEN: cannot listen on {ops}"))?,
        ),
        None => None,
    };
    let ops_addr = ops_listener.as_ref().map(|l| l.local_addr()).transpose()?;
    let config = Arc::new(config);
    let mut background = vec![
        derived.spawn_watcher(config.change_poll),
        telemetry::spawn_upkeep(telemetry::prometheus()),
    ];
    if let Some(every) = config.job_poll {
        background.push(worker::spawn_worker(
            jobs::JobContext::new(store.clone(), config.clone()),
            every,
        ));
        if let Some(url) = &config.smtp_url {
            let mailer = mail::Mailer::new(url, config.mail_from.clone(), &config.base_url)
                .context("SAMMEN_SMTP_URL")?;
            background.push(mail::spawn_sender(store.clone(), mailer, every));
        }
    }
    let form_key = signing_key(&config, &store).await?;
    let vapid = store
        .secret("vapid_key", push::Vapid::generate)
        .await
        .ok()
        .and_then(|k| push::Vapid::from_base64(&k))
        .context("reading the Web Push (VAPID) key")?;
    if let Some(every) = config.job_poll {
        background.push(push::spawn_sender(
            push::Pusher {
                store: store.clone(),
                vapid: vapid.clone(),
                contact: config.mail_from.email.to_string(),
                allow_loopback_http: config.push_loopback,
            },
            every,
        ));
        // A minute in production; tests poll faster and so ring faster.
        let bell = bus::ring::Bell {
            store: store.clone(),
            clock: config.clock.clone(),
            key: form_key.clone(),
            base_url: config.base_url.clone(),
            serves_one: config.municipality.is_some(),
        };
        background.push(bus::ring::spawn(
            bell,
            (every * 20).min(std::time::Duration::from_secs(60)),
        ));
    }
    let state = web::AppState {
        config,
        store: store.clone(),
        derived: derived.clone(),
        metrics: telemetry::prometheus(),
        form_key,
        vapid,
        oidc: oidc::client::Discovery::default(),
        page_cache: Default::default(),
    };
    let (shutdown, mut stopped) = watch::channel(false);
    let ops = ops_listener.map(|listener| {
        let app = web::ops::ops_router(state.clone());
        let mut stopped = shutdown.subscribe();
        tokio::spawn(async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = stopped.wait_for(|s| *s).await;
                })
                .await
        })
    });
    // The language layer wraps the router from outside so it can change the path before routing.
    let app = axum::middleware::from_fn(web::language).layer(web::router(state));
    let http = tokio::spawn(async move {
        axum::serve(
            listener,
            ServiceExt::<Request>::into_make_service_with_connect_info::<SocketAddr>(app),
        )
        .with_graceful_shutdown(async move {
            let _ = stopped.wait_for(|s| *s).await;
        })
        .await
    });
    Ok(Server {
        addr,
        ops_addr,
        store,
        derived,
        shutdown,
        http,
        ops,
        background,
    })
}

/// The signing key from its file (made on a SQLite install's first start, from the key an
/// older version kept in the database when there is one); the database forgets its copy.
pub async fn signing_key(config: &Config, store: &Store) -> anyhow::Result<signing::FormKey> {
    let may_create = config.database.backend == config::Backend::Sqlite;
    let carry = store.legacy_secret("form_key").await?;
    let (key, source) = signing::load_key(&config.secret_key_file, may_create, carry)?;
    if let signing::KeySource::Created { carried } = source {
        tracing::info!(path = %config.secret_key_file.display(), carried, "secret key file made");
    }
    store.forget_secret("form_key").await?;
    Ok(key)
}

/// `sammen serve`: runs until Ctrl-C or SIGTERM.
pub async fn serve(config: Config) -> anyhow::Result<()> {
    let base_url = config.base_url.clone();
    let database = config.database.redacted();
    let server = start(config).await?;
    tracing::info!(addr = %server.addr, %base_url, %database, "Sammen is listening");
    if let Some(ops) = server.ops_addr {
        tracing::info!(addr = %ops, "operators' endpoints (/healthz, /readyz, /metrics) are listening");
    }
    shutdown_signal().await;
    tracing::info!("shutting down");
    server.shutdown().await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .expect("SIGTERM handler");
        tokio::select! { _ = ctrl_c => {}, _ = term.recv() => {} }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}
