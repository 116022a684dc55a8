//! Operations endpoints: liveness, readiness, Prometheus metrics.
//!
//! `/healthz` says only "ok" and is public. `/readyz` (whether the database answers) and
//! `/metrics` (routes, counts, queue sizes) tell an outsider how the service is doing and
//! where to push, so on the public listener they answer only a request with
//! `Authorization: Bearer <SAMMEN_OPS_TOKEN>`, and to anything else — or to everyone when
//! no token is set — the ordinary 404, so they are not even seen to exist. The operators'
//! own listener (`SAMMEN_OPS_LISTEN`, [`ops_router`]) serves the three without a token.

use std::time::Instant;

use axum::Extension;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::error::HttpError;
use super::routes::{Access, Routes};

pub fn routes(r: Routes) -> Routes {
    r.get("/robots.txt", Access::Public, robots)
        .get("/healthz", Access::Public, healthz)
        .get("/readyz", Access::Public, readyz)
        .get("/metrics", Access::Public, metrics_text)
        .get("/static/{file}", Access::Public, super::assets::serve)
}

/// Everything public may be indexed; the health check need not be. (`/metrics` and
/// `/readyz` are not public, and naming them here would show they exist.)
async fn robots() -> &'static str {
    "User-agent: *\nDisallow: /healthz\n"
}

/// The process is up.
async fn healthz() -> &'static str {
    "ok\n"
}

/// Put in the requests of the operators' own listener: they need no token there.
#[derive(Clone, Copy)]
pub struct OpsListener;

/// Whether this request may see `/readyz` and `/metrics`: it came through the operators'
/// listener, or it carries the configured bearer token (compared in constant time).
/// Otherwise the answer is the site's ordinary 404.
fn operator(
    state: &AppState,
    listener: Option<OpsListener>,
    headers: &HeaderMap,
) -> Result<(), HttpError> {
    if listener.is_some() {
        return Ok(());
    }
    let offered = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    match (&state.config.ops_token, offered) {
        (Some(token), Some(offered)) if token.matches(offered.trim()) => Ok(()),
        _ => Err(HttpError::NotFound),
    }
}

/// The operators' listener: health, readiness and metrics, nothing else, no token.
pub fn ops_router(state: AppState) -> axum::Router {
    use axum::routing::get;
    axum::Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics_text))
        .fallback(|| async { StatusCode::NOT_FOUND })
        .layer(Extension(OpsListener))
        .with_state(state)
}

/// The process can serve: the database answers.
async fn readyz(
    State(state): State<AppState>,
    listener: Option<Extension<OpsListener>>,
    headers: HeaderMap,
) -> Result<Response, HttpError> {
    operator(&state, listener.map(|e| e.0), &headers)?;
    Ok(if state.store.ping().await {
        (StatusCode::OK, "ready\n").into_response()
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "database unreachable\n",
        )
            .into_response()
    })
}

async fn metrics_text(
    State(state): State<AppState>,
    listener: Option<Extension<OpsListener>>,
    headers: HeaderMap,
) -> Result<Response, HttpError> {
    operator(&state, listener.map(|e| e.0), &headers)?;
    if let Ok(counts) = state.store.job_counts().await {
        for (status, n) in [
            ("waiting", counts.waiting),
            ("running", counts.running),
            ("done", counts.done),
            ("failed", counts.failed),
        ] {
            metrics::gauge!("sammen_jobs", "status" => status).set(n as f64);
        }
    }
    metrics::gauge!("sammen_derived_change_mark")
        .set(crate::web::served::mark(&state).last_id as f64);
    Ok((
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        state.metrics.render(),
    )
        .into_response())
}

/// Counts requests and their duration, labelled by route pattern (never the raw path).
pub async fn track(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched".to_owned(), |p| p.as_str().to_owned());
    let method = request.method().to_string();
    let started = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!("sammen_http_requests_total", "method" => method, "route" => route.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("sammen_http_request_duration_seconds", "route" => route)
        .record(started.elapsed().as_secs_f64());
    response
}
