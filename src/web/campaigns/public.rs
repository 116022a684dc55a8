//! The campaigns as citizens see them: `/kampagner` (running and coming first) and
//! `/kampagne/{slug}`. Only accepted events are listed; the seats taken are people, so
//! they pass the one disclosure rule (under 10 is not shown, the rest rounded to 5).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::days;
use crate::campaigns::{Campaign, Taking};
use crate::domain::disclosure;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.get("/kampagner", Access::Public, list)
        .get("/kampagne/{slug}", Access::Public, page)
}

struct Line {
    href: String,
    title: String,
    days: String,
}

#[derive(Template)]
#[template(path = "campaigns/list.html")]
struct ListPage {
    chrome: Chrome,
    now: Vec<Line>,
    earlier: Vec<Line>,
}

async fn list(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let today = state.clock().today();
    let (mut now, mut earlier) = (Vec::new(), Vec::new());
    for c in state.store.campaigns(served.municipality.id).await? {
        let line = Line {
            href: chrome.href(&format!("/kampagne/{}", c.slug)),
            days: days(chrome.lang, &c),
            title: c.title.clone(),
        };
        if c.is_over(today) {
            earlier.push(line);
        } else {
            now.push(line);
        }
    }
    // Running and coming: the soonest first.
    now.reverse();
    crate::web::page::render_page(
        &ListPage {
            chrome,
            now,
            earlier,
        },
        StatusCode::OK,
    )
}

struct EventLine {
    href: String,
    title: String,
    organisation: String,
    when: String,
}

#[derive(Template)]
#[template(path = "campaigns/page.html")]
struct CampaignPage {
    chrome: Chrome,
    title: String,
    days: String,
    message: String,
    call_to_hosts: String,
    events: Vec<EventLine>,
    counts: String,
    over: bool,
    poster: String,
}

/// "12 arrangementer · over 40 har tilmeldt sig" — the seats only when the rule lets them.
fn counts(chrome: &Chrome, events: i64, seats: i64) -> String {
    let mut text = chrome
        .lang
        .t_with("campaign-events-count", &[("count", events.into())]);
    if let Some(n) = disclosure::count(seats).value() {
        text.push_str(" · ");
        text.push_str(
            &chrome
                .lang
                .t_with("campaign-seats-count", &[("count", n.into())]),
        );
    }
    text
}

pub async fn by_slug(state: &AppState, served: &Served, slug: &str) -> Result<Campaign, HttpError> {
    Ok(state
        .store
        .campaign_by_slug(served.municipality.id, slug)
        .await?)
}

async fn page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, HttpError> {
    let c = by_slug(&state, &served, &slug).await?;
    let tally = state.store.campaign_tally(&c).await?;
    let events = state
        .store
        .campaign_entries(served.municipality.id, c.id)
        .await?
        .into_iter()
        .filter(|e| e.taking == Taking::Accepted)
        .map(|e| EventLine {
            href: chrome.href(&format!("/arrangement/{}", e.event_id)),
            when: first_time(chrome.lang, &e.start_local),
            title: e.title,
            organisation: e.organisation,
        })
        .collect();
    let page = CampaignPage {
        title: c.title.clone(),
        days: days(chrome.lang, &c),
        message: crate::pages::markdown::to_html(&c.message),
        call_to_hosts: crate::pages::markdown::to_html(&c.call_to_hosts),
        counts: counts(&chrome, tally.events, tally.seats_taken),
        over: c.is_over(state.clock().today()),
        poster: chrome.href(&format!("/plakat/kampagne/{}", c.slug)),
        events,
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

/// "tirsdag 2. februar kl. 18.00" from a stored local start ('YYYY-MM-DDTHH:MM').
pub fn first_time(lang: crate::i18n::Lang, start_local: &str) -> String {
    match jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", start_local) {
        Ok(t) => format!(
            "{} {}",
            crate::format::day(lang, t.date()),
            crate::format::clock(t.time())
        ),
        Err(_) => start_local.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_time_reads_as_a_day_and_a_time() {
        use crate::i18n::Lang;
        assert_eq!(
            first_time(Lang::Da, "2027-02-02T18:00"),
            "tirsdag 2. februar 18.00"
        );
        assert_eq!(first_time(Lang::Da, "broken"), "broken");
    }
}
