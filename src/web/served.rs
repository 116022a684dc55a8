//! The municipality a request is served for, picked by the request's `Host`. Every handler
//! that needs the municipality, its towns, phone lines or search index takes a [`Served`]
//! (an extractor), and the page frame ([`crate::web::chrome::Chrome`]) gets its name and
//! contact from the same one. This module is the only place in `web/` that reads the
//! derived state.
//!
//! `web::by_host` (in `web/mod.rs`) runs before the session and the router: a municipality's own host gets its
//! snapshot; the national host and a host nobody answers on get their own answers from
//! `web::national` (by way of `web/mod.rs`); operators' endpoints and static files are
//! the same on every host. A deployment that serves one municipality serves it on any host.
//!
//! After a save, [`catch_up_after_write`] brings this server's derived state up to date
//! before answering, so the person sees what they saved on the next page.

use std::ops::Deref;
use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::extract::Request;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};

use crate::derived::{Deployment, Pick, Snapshot};
use crate::store::changes::ChangeMark;
use crate::web::AppState;

/// The served municipality's snapshot: the municipality, its phone lines, counts and
/// search index, consistent for the whole request.
#[derive(Clone)]
pub struct Served(Arc<Snapshot>);

/// What a request's host asks for.
pub enum Picked {
    /// Static files and operators' endpoints: no municipality needed.
    Any,
    One(Served),
    National(Arc<Deployment>),
    Unknown(Arc<Deployment>),
}

/// Paths that answer the same on every host.
fn host_free(path: &str) -> bool {
    path.starts_with("/static/")
        || matches!(
            path,
            "/healthz" | "/readyz" | "/metrics" | "/favicon.ico" | "/robots.txt"
        )
}

/// The request's host, lower case and without a port: the `Host` header (HTTP/1.1), else
/// the address's authority (HTTP/2). A proxy in front must pass the client's `Host` on.
pub fn host(headers: &HeaderMap, uri: &axum::http::Uri) -> String {
    let raw = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .or_else(|| uri.authority().map(|a| a.as_str()))
        .unwrap_or("");
    crate::municipality::normalise_host(raw)
}

/// Picks for a request (see the module's doc).
pub fn pick(state: &AppState, request: &Request) -> Picked {
    if host_free(request.uri().path()) {
        return Picked::Any;
    }
    let host = host(request.headers(), request.uri());
    match state
        .derived
        .deployment()
        .pick(&host, state.config.national_host.as_deref())
    {
        Pick::One(snapshot) => Picked::One(Served(snapshot)),
        Pick::National(d) => Picked::National(d),
        Pick::Unknown(d) => Picked::Unknown(d),
    }
}

/// The change log's mark the server's snapshots have caught up with (for `/metrics`).
pub fn mark(state: &AppState) -> ChangeMark {
    state.derived.mark()
}

impl Served {
    /// For a page frame outside a municipality's own pages (an error page on a host-free
    /// path): the host's municipality, else the first.
    pub fn pick(state: &AppState, headers: &HeaderMap, uri: &axum::http::Uri) -> Served {
        let deployment = state.derived.deployment();
        match deployment.pick(&host(headers, uri), None) {
            Pick::One(snapshot) => Served(snapshot),
            _ => Served(deployment.default_snapshot()),
        }
    }
}

impl Deref for Served {
    type Target = Snapshot;

    fn deref(&self) -> &Snapshot {
        &self.0
    }
}

impl FromRequestParts<AppState> for Served {
    type Rejection = std::convert::Infallible;

    /// Picked once per request by `web::by_host`: the page frame and the handler see the same
    /// snapshot.
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(served) = parts.extensions.get::<Served>() {
            return Ok(served.clone());
        }
        let served = Served::pick(state, &parts.headers, &parts.uri);
        parts.extensions.insert(served.clone());
        Ok(served)
    }
}

/// Read your own writes: after a save on this server (a form or API write that
/// succeeded), its derived state catches up before the answer goes out, so the page the
/// person is sent to next shows what they saved. Other servers follow within one change
/// poll (`SAMMEN_CHANGE_POLL_MS`). A write that changed no public data costs one query.
pub async fn catch_up_after_write(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let write = !request.method().is_safe();
    let response = next.run(request).await;
    if write
        && (response.status().is_success() || response.status().is_redirection())
        && let Err(err) = state.derived.refresh_if_changed().await
    {
        tracing::warn!(error = %err, "could not catch up after a write; the watcher will");
    }
    response
}
