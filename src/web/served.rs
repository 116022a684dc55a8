//! The municipality a request is served for. Every handler that needs the municipality,
//! its towns, phone lines or search index takes a [`Served`] (an extractor), and the page
//! frame ([`crate::web::chrome::Chrome`]) gets its name and contact from the same one.
//! This module is the only place in `web/` that reads the derived state: today it picks
//! the configured municipality; serving several from one deployment changes [`Served::pick`]
//! (by the request's host) and nothing in the handlers.

use std::ops::Deref;
use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::request::Parts;

use crate::derived::Snapshot;
use crate::web::AppState;

/// The served municipality's snapshot: the municipality, its phone lines, counts and
/// search index, consistent for the whole request.
#[derive(Clone)]
pub struct Served(Arc<Snapshot>);

impl Served {
    /// The municipality this request is for. Today: the one the server is configured for.
    pub fn pick(state: &AppState, _headers: &HeaderMap) -> Served {
        Served(state.derived.snapshot())
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

    /// Picked once per request: the page frame and the handler see the same snapshot.
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(served) = parts.extensions.get::<Served>() {
            return Ok(served.clone());
        }
        let served = Served::pick(state, &parts.headers);
        parts.extensions.insert(served.clone());
        Ok(served)
    }
}
