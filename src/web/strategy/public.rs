//! `/strategi`: the local strategy as the public sees it — one goal, many paths.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::{StrategyView, names, strategy_view};
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.get("/strategi", Access::Public, page)
}

#[derive(Template)]
#[template(path = "strategy/page.html")]
struct StrategyPage {
    chrome: Chrome,
    lead: String,
    view: StrategyView,
}

async fn page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let strategy = state.store.strategy(served.municipality.id).await?;
    let names = names(&state, &served, &strategy).await?;
    let view = strategy_view(&chrome, &names, &strategy, false);
    let lead = chrome.lang.t_with(
        "strategy-lead",
        &[("municipality", chrome.municipality.clone().into())],
    );
    crate::web::page::render_page(&StrategyPage { chrome, lead, view }, StatusCode::OK)
}
