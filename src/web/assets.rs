//! Static assets, embedded in the binary and served under a fingerprinted name
//! (`/static/sammen.3f2a….css`) so browsers may cache them for a year.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

pub struct Asset {
    pub name: &'static str,
    pub extension: &'static str,
    pub content_type: &'static str,
    pub body: &'static [u8],
    /// "/static/{name}.{hash}.{extension}"
    pub href: String,
}

fn asset(
    name: &'static str,
    extension: &'static str,
    content_type: &'static str,
    body: &'static [u8],
) -> Asset {
    let mut hasher = DefaultHasher::new();
    body.hash(&mut hasher);
    let hash = format!("{:016x}", hasher.finish());
    Asset {
        name,
        extension,
        content_type,
        body,
        href: format!("/static/{name}.{}.{extension}", &hash[..12]),
    }
}

pub static STYLESHEET: LazyLock<Asset> = LazyLock::new(|| {
    asset(
        "sammen",
        "css",
        "text/css; charset=utf-8",
        include_bytes!("../../assets/sammen.css"),
    )
});
pub static FAVICON: LazyLock<Asset> = LazyLock::new(|| {
    asset(
        "favicon",
        "svg",
        "image/svg+xml",
        include_bytes!("../../assets/favicon.svg"),
    )
});

pub static CREW_JS: LazyLock<Asset> = LazyLock::new(|| {
    asset(
        "crew",
        "js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../assets/crew.js"),
    )
});
pub static LIVE_JS: LazyLock<Asset> = LazyLock::new(|| {
    asset(
        "live",
        "js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../assets/live.js"),
    )
});

pub static BELL_JS: LazyLock<Asset> = LazyLock::new(|| {
    asset(
        "bell",
        "js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../assets/bell.js"),
    )
});

/// `GET /static/{file}`: only the current fingerprint is served; an old one is a 404 (the
/// error layer gives it its page, so this module needs nothing from the error module).
pub async fn serve(Path(file): Path<String>) -> Response {
    for asset in [&*STYLESHEET, &*FAVICON, &*CREW_JS, &*LIVE_JS, &*BELL_JS] {
        if asset.href.strip_prefix("/static/") == Some(file.as_str()) {
            return (
                [
                    (header::CONTENT_TYPE, asset.content_type),
                    (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
                ],
                asset.body,
            )
                .into_response();
        }
    }
    StatusCode::NOT_FOUND.into_response()
}
