//! The web shell: one axum router built from each feature's own router, wrapped in the
//! layers every response shares (language, errors, security headers, compression, request
//! ids, metrics). Handlers read derived state or call the store; templates never touch
//! the database.

pub mod accounts;
pub mod ambassadors;
pub mod assets;
pub mod bus;
pub mod calendar;
pub mod campaigns;
pub mod chrome;
pub mod client;
pub mod directory;
pub mod error;
pub mod figures;
pub mod forms;
pub mod guide;
pub mod limits;
pub mod municipality;
pub mod national;
pub mod ops;
pub mod page;
pub mod page_cache;
pub mod pages;
pub mod posters;
pub mod rides;
pub mod routes;
pub mod school_change;
pub mod schools;
pub mod served;
pub mod session;
pub mod stories;
pub mod strategy;
pub mod transport;
pub mod youth;
pub mod youth_voice;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use metrics_exporter_prometheus::PrometheusHandle;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::config::Config;
use crate::derived::Derived;
use crate::i18n::{Lang, Locale};
use crate::store::Store;

/// Everything a handler may use. Cheap to clone; no globals.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub store: Store,
    pub derived: Derived,
    pub metrics: PrometheusHandle,
    /// Signs form tokens ([`forms`]).
    pub form_key: crate::signing::FormKey,
    /// The server's Web Push identity (the bell).
    pub vapid: crate::bus::push::Vapid,
    /// Public pages kept for a few seconds ([`page_cache`]).
    pub page_cache: Arc<page_cache::PageCache>,
    /// The identity providers' discovery documents and keys (staff sign-in, OIDC).
    pub oidc: crate::oidc::client::Discovery,
}

const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; \
                   form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

impl AppState {
    /// The program's clock (the configuration's, carried by the store).
    pub fn clock(&self) -> &crate::clock::Clock {
        self.store.clock()
    }
}

/// The path as the request log may show it.
pub fn loggable_path(path: &str) -> String {
    let bare = crate::i18n::Locale::bare_path(path);
    match crate::signing::SECRET_PATHS
        .iter()
        .find(|p| bare.starts_with(*p))
    {
        Some(prefix) => format!("{prefix}…"),
        None => path.to_owned(),
    }
}

/// Every route with its access rule ([`routes`]); the authorisation test reads this table.
pub fn routes() -> routes::Routes {
    let r = routes::Routes::default();
    let r = pages::routes(r);
    let r = ops::routes(r);
    let r = directory::routes(r);
    let r = guide::routes(r);
    let r = ambassadors::routes(r);
    let r = bus::routes(r);
    let r = rides::routes(r);
    let r = transport::routes(r);
    let r = stories::routes(r);
    let r = posters::routes(r);
    let r = campaigns::routes(r);
    let r = schools::routes(r);
    let r = school_change::routes(r);
    let r = figures::routes(r);
    let r = strategy::routes(r);
    let r = youth::routes(r);
    let r = youth_voice::routes(r);
    let r = municipality::routes(r);
    let r = accounts::routes(r);
    calendar::routes(r)
}

/// The whole application as a router with state applied.
pub fn router(state: AppState) -> Router {
    let x_request_id = HeaderName::from_static("x-request-id");
    routes()
        .into_router()
        .fallback(|| async { error::HttpError::NotFound })
        .layer(middleware::from_fn_with_state(state.clone(), session::load_principal))
        .layer(middleware::from_fn_with_state(state.clone(), page_cache::serve))
        .layer(middleware::from_fn_with_state(state.clone(), served::catch_up_after_write))
        .layer(middleware::from_fn_with_state(state.clone(), by_host))
        .layer(middleware::from_fn(ops::track))
        .layer(CatchPanicLayer::custom(|_| {
            axum::response::IntoResponse::into_response(error::HttpError::Internal(anyhow::anyhow!("handler panicked")))
        }))
        .layer(middleware::from_fn_with_state(state.clone(), error::render_errors))
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::new(x_request_id.clone(), MakeRequestUuid))
                .layer(TraceLayer::new_for_http().make_span_with(|request: &Request| {
                    let id = request.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
                    tracing::info_span!("request", id, method = %request.method(), path = %loggable_path(request.uri().path()))
                }).on_response(DefaultOnResponse::new().level(Level::INFO)))
                .layer(PropagateRequestIdLayer::new(x_request_id))
                .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::SERVICE_UNAVAILABLE, Duration::from_secs(30)))
                .layer(CompressionLayer::new())
                .layer(header_if_missing(header::CONTENT_SECURITY_POLICY, CSP))
                .layer(header_if_missing(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
                .layer(header_if_missing(header::REFERRER_POLICY, "no-referrer"))
                .layer(header_if_missing(header::X_FRAME_OPTIONS, "DENY"))
                .layer(header_if_missing(header::CACHE_CONTROL, "no-cache"))
                .layer(middleware::from_fn(private_no_store)),
        )
        .with_state(state)
}

/// Runs before the session and the router: the request's host picks the municipality
/// ([`served::pick`]); the national host and an unknown host are answered by [`national`].
async fn by_host(
    axum::extract::State(state): axum::extract::State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    match served::pick(&state, &request) {
        served::Picked::Any => next.run(request).await,
        served::Picked::One(served) => {
            request.extensions_mut().insert(served);
            next.run(request).await
        }
        served::Picked::National(deployment) => national::answer(deployment, request),
        served::Picked::Unknown(deployment) => national::unknown_host(deployment, request),
    }
}

/// A page for one person must not be kept by the browser's cache or any proxy:
/// `no-cache` still stores it (only revalidating), so on a shared computer the back
/// button or the disk cache would show the last person's account, requests or sign-up
/// links after they signed out. So `Cache-Control: no-store` goes on every response to a
/// request with a session cookie, to every `/admin` and `/konto` page, to the pages behind
/// a secret link ([`SECRET_PATHS`]) and to any response that sets a cookie. Anonymous
/// public pages keep their caching; so do the fingerprinted `/static/` files, which are
/// the same bytes for everyone.
async fn private_no_store(request: Request, next: Next) -> Response {
    let private = is_private(&request);
    let mut response = next.run(request).await;
    if private || response.headers().contains_key(header::SET_COOKIE) {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// Whether a request is for one person's eyes (see [`private_no_store`]).
fn is_private(request: &Request) -> bool {
    let path = request.uri().path();
    let bare = crate::i18n::Locale::bare_path(path);
    if bare.starts_with("/static/") {
        return false;
    }
    let under = |root: &str| {
        bare.strip_prefix(root)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    };
    let session = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .any(|pair| {
            pair.trim_start()
                .starts_with(&format!("{}=", session::COOKIE))
        });
    session
        || under("/admin")
        || under("/konto")
        || crate::signing::SECRET_PATHS
            .iter()
            .any(|p| bare.starts_with(p))
}

fn header_if_missing(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}

/// Runs before routing: takes a `/da` or `/en` prefix off the path, or reads
/// `Accept-Language`, and leaves the [`Locale`] in the request for everything after.
pub async fn language(mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let (locale, negotiated) = match Locale::from_path(&path) {
        Some((locale, rest)) => {
            let rest = match request.uri().query() {
                Some(query) => format!("{rest}?{query}"),
                None => rest.to_owned(),
            };
            if let Ok(uri) = rest.parse() {
                *request.uri_mut() = uri;
            }
            (locale, false)
        }
        None => {
            let header = request
                .headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok());
            (
                Locale {
                    lang: Lang::negotiate(header),
                    prefix: "",
                },
                true,
            )
        }
    };
    request.extensions_mut().insert(locale);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(locale.lang.code()),
    );
    if negotiated {
        headers.append(header::VARY, HeaderValue::from_static("accept-language"));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::loggable_path;

    #[test]
    fn secrets_in_paths_stay_out_of_the_log() {
        assert_eq!(loggable_path("/henvendelse/abc123?ny=1"), "/henvendelse/…");
        assert_eq!(loggable_path("/en/tilmelding/abc"), "/tilmelding/…");
        assert_eq!(loggable_path("/konto/nulstil/xyz"), "/konto/nulstil/…");
        assert_eq!(loggable_path("/vejviser"), "/vejviser");
    }
}
