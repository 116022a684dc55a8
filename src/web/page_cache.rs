//! Rendered public pages, kept for a few seconds (issue 16: the search and calendar pages
//! must reach a quarter of what the machine can serve). A page an anonymous visitor asks
//! for is the same for everyone who asks for the same address in the same language in
//! the same few seconds, as long as the municipality's data has not changed — so the
//! bytes are kept and sent again.
//!
//! What may be kept is narrow on purpose:
//! - only `GET` without a cookie (no session, no one's own page), answered `200` with HTML,
//!   without `Set-Cookie`;
//! - only pages without a form token (`name="_token"`): a token carries a single-use nonce,
//!   so a kept one would be shared by strangers;
//! - only the search and the calendar ([`CACHED`]), whose content comes from the snapshot
//!   or changes with the change log, but for the calendar's seats (see below).
//!
//! The key holds the municipality, its change-log mark (any public change makes new keys),
//! the language, the address, and the program clock's time in [`SECONDS`]-second steps (a
//! page never outlives its step, also under a test's simulated clock). Besides, an entry
//! is dropped [`SECONDS`] seconds after it was made by the machine's clock. The calendar's
//! list shows seats left, which sign-ups change without a change-log row: it may lag a
//! sign-up by those seconds; the event's own page, which takes the sign-up and counts
//! against capacity in the sign-up's transaction, is never kept.

use std::num::NonZeroUsize;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::served::Served;
use crate::i18n::Locale;

/// How long a page is kept.
pub const SECONDS: i64 = 5;
/// At most this many pages per server.
const ENTRIES: usize = 2_000;
/// Larger pages are not kept.
const LARGEST: usize = 512 * 1024;
/// The paths whose pages may be kept (an exact path or a prefix ending in `/`).
/// Both read only what the change log follows (and the calendar's seats, see above); the
/// home page shows stories, whose withdrawal must be gone at once, so it is not kept.
const CACHED: [&str; 2] = ["/vejviser", "/kalender"];

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    municipality: i64,
    mark: (i64, i64),
    lang: &'static str,
    prefix: &'static str,
    address: String,
    step: i64,
}

struct Kept {
    made: Instant,
    content_type: HeaderValue,
    body: Bytes,
}

/// The pages kept by one server.
pub struct PageCache(Mutex<lru::LruCache<Key, Kept>>);

impl Default for PageCache {
    fn default() -> Self {
        PageCache(Mutex::new(lru::LruCache::new(
            NonZeroUsize::new(ENTRIES).expect("not zero"),
        )))
    }
}

fn cacheable_path(path: &str) -> bool {
    CACHED.contains(&path)
}

/// Runs after `by_host` (it needs the served municipality) and the language layer.
pub async fn serve(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let key = match key(&state, &request) {
        Some(key) => key,
        None => return next.run(request).await,
    };
    if let Some(page) = state.page_cache.get(&key) {
        metrics::counter!("sammen_page_cache_total", "outcome" => "hit").increment(1);
        return page;
    }
    metrics::counter!("sammen_page_cache_total", "outcome" => "miss").increment(1);
    let response = next.run(request).await;
    state.page_cache.keep(key, response).await
}

fn key(state: &AppState, request: &Request) -> Option<Key> {
    if request.method() != Method::GET
        || request.headers().contains_key(header::COOKIE)
        || !cacheable_path(request.uri().path())
    {
        return None;
    }
    let served = request.extensions().get::<Served>()?;
    let locale = request.extensions().get::<Locale>()?;
    Some(Key {
        municipality: served.municipality.id,
        mark: (served.mark.count, served.mark.last_id),
        lang: locale.lang.code(),
        prefix: locale.prefix,
        address: request
            .uri()
            .path_and_query()
            .map_or_else(String::new, |p| p.as_str().to_owned()),
        step: state.clock().unix() / SECONDS,
    })
}

impl PageCache {
    fn get(&self, key: &Key) -> Option<Response> {
        let mut pages = self.0.lock().expect("page cache lock");
        let kept = pages.get(key)?;
        if kept.made.elapsed() > Duration::from_secs(SECONDS as u64) {
            pages.pop(key);
            return None;
        }
        Some(
            (
                StatusCode::OK,
                [(header::CONTENT_TYPE, kept.content_type.clone())],
                Body::from(kept.body.clone()),
            )
                .into_response(),
        )
    }

    /// Keeps the page if it may be kept (see the module's doc); returns it either way.
    async fn keep(&self, key: Key, response: Response) -> Response {
        let html = response
            .headers()
            .get(header::CONTENT_TYPE)
            .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
        if response.status() != StatusCode::OK
            || !html
            || response.headers().contains_key(header::SET_COOKIE)
        {
            return response;
        }
        let (parts, body) = response.into_parts();
        // A page is rendered whole into memory before it is sent, so reading it costs nothing.
        let bytes = match axum::body::to_bytes(body, usize::MAX).await {
            Ok(bytes) => bytes,
            Err(err) => {
                return super::error::HttpError::Internal(anyhow::anyhow!("page body: {err}"))
                    .into_response();
            }
        };
        let has_token = bytes.windows(13).any(|w| w == b"name=\"_token\"");
        if bytes.len() <= LARGEST && !has_token {
            let content_type = parts.headers[header::CONTENT_TYPE].clone();
            self.0.lock().expect("page cache lock").put(
                key,
                Kept {
                    made: Instant::now(),
                    content_type,
                    body: bytes.clone(),
                },
            );
        }
        Response::from_parts(parts, Body::from(bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::cacheable_path;

    #[test]
    fn only_the_listed_pages_are_kept() {
        for path in ["/vejviser", "/kalender"] {
            assert!(cacheable_path(path), "{path}");
        }
        for path in [
            "/",
            "/admin",
            "/tilbud/12",
            "/vejviser/print",
            "/konto",
            "/kalender.ics",
        ] {
            assert!(!cacheable_path(path), "{path}");
        }
    }
}
