//! The one HTTP error type. Handlers return `Result<_, HttpError>`; the response carries an
//! [`ErrorInfo`] and [`render_errors`] turns it into a Danish (or English) HTML page, or a
//! JSON body with a stable `code` under `/api/` and for every `….json` address. Internal causes are logged, never shown.

use askama::Template;
use axum::Json;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

use super::AppState;
use super::chrome::Chrome;
use crate::i18n::Locale;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    #[error("not found")]
    NotFound,
    /// The request is wrong; the key names the text that tells the person what to do.
    #[error("bad request: {key}")]
    BadRequest {
        code: &'static str,
        key: &'static str,
    },
    /// Signed in, but not allowed here.
    #[error("forbidden")]
    Forbidden,
    /// A form came back without a valid token (expired, or from another site).
    #[error("form token invalid")]
    FormExpired,
    /// The request conflicts with what happened meanwhile; the key tells what.
    #[error("conflict: {key}")]
    Conflict { key: &'static str },
    /// An abuse limit was reached: try again in this many minutes (429, `Retry-After`).
    #[error("too many requests")]
    TooMany { minutes: i64 },
    #[error("database unavailable: {0}")]
    Unavailable(StoreError),
    #[error("internal error: {0:#}")]
    Internal(#[from] anyhow::Error),
}

impl HttpError {
    /// A store result whose `Conflict` — an address taken or a decision made meanwhile — is
    /// the 409 page saying `key`; every other error as usual.
    pub fn on_conflict<T>(
        result: Result<T, StoreError>,
        key: &'static str,
    ) -> Result<T, HttpError> {
        result.map_err(|e| match e {
            StoreError::Conflict(_) => HttpError::Conflict { key },
            other => other.into(),
        })
    }
}

impl From<StoreError> for HttpError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::NotFound => HttpError::NotFound,
            StoreError::Unproven => HttpError::Conflict {
                key: "account-error-unproven",
            },
            StoreError::Connect { .. }
            | StoreError::Sql(
                sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_),
            ) => HttpError::Unavailable(err),
            other => HttpError::Internal(other.into()),
        }
    }
}

/// What went wrong, attached to an error response for [`render_errors`].
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub code: &'static str,
    /// The Fluent key of the text shown, if not the status's standard text.
    pub key: Option<&'static str>,
    /// Given for internal errors: the id under which the cause was logged.
    pub reference: Option<String>,
    /// Given for 429: minutes until the limit lets the person try again.
    pub minutes: Option<i64>,
}

impl IntoResponse for HttpError {
    fn into_response(self) -> Response {
        let (status, info) = match &self {
            HttpError::NotFound => (
                StatusCode::NOT_FOUND,
                ErrorInfo {
                    code: "not_found",
                    key: None,
                    reference: None,
                    minutes: None,
                },
            ),
            HttpError::BadRequest { code, key } => (
                StatusCode::BAD_REQUEST,
                ErrorInfo {
                    code,
                    key: Some(key),
                    reference: None,
                    minutes: None,
                },
            ),
            HttpError::Forbidden => (
                StatusCode::FORBIDDEN,
                ErrorInfo {
                    code: "forbidden",
                    key: None,
                    reference: None,
                    minutes: None,
                },
            ),
            HttpError::FormExpired => (
                StatusCode::FORBIDDEN,
                ErrorInfo {
                    code: "form_expired",
                    key: Some("error-form-expired"),
                    reference: None,
                    minutes: None,
                },
            ),
            HttpError::Conflict { key } => (
                StatusCode::CONFLICT,
                ErrorInfo {
                    code: "conflict",
                    key: Some(key),
                    reference: None,
                    minutes: None,
                },
            ),
            HttpError::TooMany { minutes } => {
                let mut response = StatusCode::TOO_MANY_REQUESTS.into_response();
                response.extensions_mut().insert(ErrorInfo {
                    code: "too_many_requests",
                    key: None,
                    reference: None,
                    minutes: Some(*minutes),
                });
                if let Ok(value) = header::HeaderValue::from_str(&(minutes * 60).to_string()) {
                    response.headers_mut().insert(header::RETRY_AFTER, value);
                }
                return response;
            }
            HttpError::Unavailable(err) => {
                tracing::error!(error = %err, "database unavailable");
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    ErrorInfo {
                        code: "unavailable",
                        key: None,
                        reference: None,
                        minutes: None,
                    },
                )
            }
            HttpError::Internal(err) => {
                let reference = uuid::Uuid::new_v4().simple().to_string()[..8].to_owned();
                tracing::error!(reference, error = format!("{err:#}"), "internal error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    ErrorInfo {
                        code: "internal",
                        key: None,
                        reference: Some(reference),
                        minutes: None,
                    },
                )
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(info);
        response
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    chrome: Chrome,
    title: String,
    text: String,
}

/// Gives every error response its body: JSON under `/api/`, otherwise an HTML page in the
/// request's language. Also covers errors axum makes itself (404 fallback, 405).
pub async fn render_errors(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let locale = request
        .extensions()
        .get::<Locale>()
        .copied()
        .unwrap_or(Locale {
            lang: crate::i18n::Lang::Da,
            prefix: "",
        });
    let path = request.uri().path().to_owned();
    let who = request
        .extensions()
        .get::<crate::accounts::Principal>()
        .cloned();
    let served = crate::web::served::Served::pick(&state, request.headers(), request.uri());
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let info = match response.extensions().get::<ErrorInfo>() {
        Some(info) => info.clone(),
        // A body we did not make (e.g. an extractor's rejection) is kept only if it has a type.
        None if response.headers().contains_key(header::CONTENT_TYPE)
            && status != StatusCode::METHOD_NOT_ALLOWED =>
        {
            return response;
        }
        None => ErrorInfo {
            code: standard_code(status),
            key: None,
            reference: None,
            minutes: None,
        },
    };
    let lang = locale.lang;
    let (title_key, text_key) = standard_keys(status);
    let text = match (info.key, &info.reference) {
        _ if info.minutes.is_some() => lang.t_with(
            "error-429-text",
            &[("minutes", info.minutes.unwrap_or(1).into())],
        ),
        (Some(key), _) => lang.t(key),
        (None, Some(reference)) => {
            lang.t_with(text_key, &[("reference", reference.clone().into())])
        }
        (None, None) => lang.t(text_key),
    };
    // The API, and every `.json` download (e.g. a class pulse's summary), answer in JSON.
    let mut out = if path.starts_with("/api/") || path.ends_with(".json") {
        let mut body = serde_json::json!({ "error": { "code": info.code, "message": text } });
        if let Some(reference) = &info.reference {
            body["error"]["reference"] = reference.clone().into();
        }
        (status, Json(body)).into_response()
    } else {
        let page = ErrorPage {
            chrome: Chrome::new(&state, &served, locale, &path, who.as_ref()),
            title: lang.t(title_key),
            text,
        };
        match page.render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(err) => {
                tracing::error!(error = %err, "error page did not render");
                (status, lang.t(title_key)).into_response()
            }
        }
    };
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(value) = response.headers().get(&name) {
            out.headers_mut().insert(name, value.clone());
        }
    }
    out
}

fn standard_code(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::FORBIDDEN => "forbidden",
        StatusCode::SERVICE_UNAVAILABLE => "unavailable",
        StatusCode::TOO_MANY_REQUESTS => "too_many_requests",
        s if s.is_client_error() => "bad_request",
        _ => "internal",
    }
}

fn standard_keys(status: StatusCode) -> (&'static str, &'static str) {
    match status {
        StatusCode::NOT_FOUND => ("error-404-title", "error-404-text"),
        StatusCode::METHOD_NOT_ALLOWED => ("error-405-title", "error-405-text"),
        StatusCode::FORBIDDEN => ("error-403-title", "error-403-text"),
        StatusCode::CONFLICT => ("error-409-title", "error-409-text"),
        StatusCode::TOO_MANY_REQUESTS => ("error-429-title", "error-429-text"),
        StatusCode::SERVICE_UNAVAILABLE => ("error-503-title", "error-503-text"),
        s if s.is_client_error() => ("error-400-title", "error-404-text"),
        _ => ("error-500-title", "error-500-text"),
    }
}
