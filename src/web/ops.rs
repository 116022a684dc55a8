//! Operations endpoints: liveness, readiness, Prometheus metrics.

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::routes::{Access, Routes};
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.get("/robots.txt", Access::Public, robots)
        .get("/healthz", Access::Public, healthz)
        .get("/readyz", Access::Public, readyz)
        .get("/metrics", Access::Public, metrics_text)
        .get("/static/{file}", Access::Public, super::assets::serve)
}

/// Everything public may be indexed; the operations endpoints need not be.
async fn robots() -> &'static str {
    "User-agent: *\nDisallow: /metrics\nDisallow: /healthz\nDisallow: /readyz\n"
}

/// The process is up.
async fn healthz() -> &'static str {
    "ok\n"
}

/// The process can serve: the database answers.
async fn readyz(State(state): State<AppState>) -> Response {
    if state.store.ping().await {
        (StatusCode::OK, "ready\n").into_response()
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "database unreachable\n",
        )
            .into_response()
    }
}

async fn metrics_text(served: Served, State(state): State<AppState>) -> Response {
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
    let snapshot = served.clone();
    metrics::gauge!("sammen_derived_change_mark").set(snapshot.mark.last_id as f64);
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        state.metrics.render(),
    )
        .into_response()
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
