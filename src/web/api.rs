//! The JSON API under `/api/`. Errors are JSON with a stable `code` (see [`super::error`]).

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;

use super::AppState;
use super::error::HttpError;
use crate::domain::{Municipality, Town};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/municipality", get(municipality))
        .route("/api/{*rest}", get(not_found))
}

#[derive(Serialize)]
struct MunicipalityBody {
    municipality: Municipality,
    towns: Vec<Town>,
}

/// The served municipality and its towns.
async fn municipality(State(state): State<AppState>) -> Json<MunicipalityBody> {
    let snapshot = state.derived.snapshot();
    Json(MunicipalityBody {
        municipality: snapshot.municipality.clone(),
        towns: snapshot.directory.towns.clone(),
    })
}

async fn not_found() -> HttpError {
    HttpError::NotFound
}
