//! Sessions: a random token in an HttpOnly, SameSite=Lax cookie (Secure when the site is
//! served over https); the database keeps its SHA-256 ([`crate::store::accounts`]).
//! [`load_principal`] runs on every request that carries the cookie and leaves the
//! [`Principal`] in the request for the route guard, the page frame and the handlers.
//! Citizens never get a cookie: only signing in sets one.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use cookie::{Cookie, SameSite};

use super::AppState;
use super::error::HttpError;
use crate::accounts::{Principal, token_hash};

pub const COOKIE: &str = "sammen_session";
/// A session lasts at most this long; signing in again starts a new one.
pub const LIFETIME_SECONDS: i64 = 12 * 3600;

/// The session token from the request's cookies, if any.
pub fn token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

pub async fn load_principal(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    if let Some(token) = token(request.headers()) {
        match state.store.principal(&token_hash(&token)).await {
            // A session belongs to its municipality's host: on another municipality's host
            // the person is a stranger (the sign-in page, or 403).
            Ok(Some(principal))
                if request
                    .extensions()
                    .get::<super::served::Served>()
                    .is_none_or(|s| s.municipality.id == principal.municipality_id) =>
            {
                request.extensions_mut().insert(principal);
            }
            Ok(Some(_)) => {}
            Ok(None) => {}
            Err(err) => tracing::warn!(error = %err, "session lookup failed"),
        }
    }
    next.run(request).await
}

/// The Set-Cookie value that starts a session.
pub fn start_cookie(token: &str, secure: bool) -> HeaderValue {
    let cookie = Cookie::build((COOKIE, token.to_owned()))
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .path("/")
        .max_age(cookie::time::Duration::seconds(LIFETIME_SECONDS))
        .build();
    HeaderValue::from_str(&cookie.to_string()).expect("cookie is ASCII")
}

/// The Set-Cookie value that ends it.
pub fn end_cookie(secure: bool) -> HeaderValue {
    let cookie = Cookie::build((COOKIE, ""))
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .path("/")
        .max_age(cookie::time::Duration::ZERO)
        .build();
    HeaderValue::from_str(&cookie.to_string()).expect("cookie is ASCII")
}

/// The signed-in person; routes behind a guard can rely on it being there.
pub struct SignedIn(pub Principal);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = HttpError;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Principal>()
            .cloned()
            .map(SignedIn)
            .ok_or(HttpError::Forbidden)
    }
}

/// The signed-in person if there is one.
pub struct MaybeSignedIn(pub Option<Principal>);

impl FromRequestParts<AppState> for MaybeSignedIn {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Self::Rejection> {
        Ok(MaybeSignedIn(parts.extensions.get::<Principal>().cloned()))
    }
}
