//! The local strategy (issue 18): `/strategi`, the public page (goals per life arena, each
//! initiative with its owner, working group, status, period, the offers and events it
//! runs and the indicators on `/tal` that follow it), and the staff's `/admin/strategi`.

pub mod admin;
pub mod public;

use std::collections::HashMap;

use crate::domain::LifeArena;
use crate::store::strategy::{StoredInitiative, Strategy};
use crate::strategy::indicator_anchor;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::routes::Routes;
use crate::web::served::Served;

/// This feature's routes, each with its access rule.
pub fn routes(r: Routes) -> Routes {
    let r = public::routes(r);
    admin::routes(r)
}

/// An initiative as the pages show it.
pub struct InitiativeBlock {
    pub title: String,
    pub description: String,
    pub owner: String,
    pub working_group: String,
    pub status_code: &'static str,
    pub status: String,
    pub period: Option<String>,
    /// (href, label); the href is `None` for an offer no longer in the directory.
    pub offers: Vec<(Option<String>, String)>,
    pub events: Vec<(String, String)>,
    pub indicators: Vec<(String, String)>,
    /// The young's questions linked to it and how many answered (issue 20; through the
    /// disclosure rule).
    pub voices: Vec<(String, String)>,
    pub edit: Option<String>,
}

pub struct GoalBlock {
    pub title: String,
    pub description: String,
    pub edit: Option<String>,
    pub add_initiative: Option<String>,
    pub initiatives: Vec<InitiativeBlock>,
}

pub struct ArenaBlock {
    pub code: &'static str,
    pub name: String,
    pub goals: Vec<GoalBlock>,
}

/// The strategy as both pages show it; `staff` adds the edit links.
pub struct StrategyView {
    pub arenas: Vec<ArenaBlock>,
    pub empty: bool,
}

fn date_text(chrome: &Chrome, iso: &str) -> String {
    match iso.parse::<jiff::civil::Date>() {
        Ok(d) => format!("{}.{}.{}", d.day(), d.month(), d.year()),
        Err(_) => chrome.t("strategy-date-open"),
    }
}

/// The names of the offers (those in the directory now) and events an initiative links to.
#[derive(Default)]
pub struct Names {
    offers: HashMap<i64, String>,
    events: HashMap<i64, String>,
    /// The young's questions by initiative, with their true answer counts.
    voices: HashMap<i64, Vec<(String, i64)>>,
}

/// Looks up the names of every linked offer (in the served directory) and event.
pub async fn names(
    state: &AppState,
    served: &Served,
    strategy: &Strategy,
) -> Result<Names, HttpError> {
    let mut names = Names::default();
    for q in state.store.youth_questions(served.municipality.id).await? {
        if let Some(initiative) = q.initiative_id {
            names
                .voices
                .entry(initiative)
                .or_default()
                .push((q.question, q.answers));
        }
    }
    for s in &strategy.initiatives {
        for &id in &s.initiative.offers {
            if let Some(entry) = served.directory.entry(id) {
                names.offers.insert(id, entry.offer.name.clone());
            }
        }
        for &id in &s.initiative.events {
            if names.events.contains_key(&id) {
                continue;
            }
            match state.store.event(served.municipality.id, id).await {
                Ok(e) => {
                    names.events.insert(id, e.title.clone());
                }
                Err(crate::store::StoreError::NotFound) => {}
                Err(e) => return Err(e.into()),
            }
        }
    }
    Ok(names)
}

fn initiative_block(
    chrome: &Chrome,
    names: &Names,
    s: &StoredInitiative,
    staff: bool,
) -> InitiativeBlock {
    let i = &s.initiative;
    let period = (!i.starts_on.is_empty() || !i.ends_on.is_empty()).then(|| {
        chrome.lang.t_with(
            "strategy-period",
            &[
                ("start", date_text(chrome, &i.starts_on).into()),
                ("end", date_text(chrome, &i.ends_on).into()),
            ],
        )
    });
    InitiativeBlock {
        title: i.title.clone(),
        description: i.description.clone(),
        owner: i.owner.clone(),
        working_group: i.working_group.clone(),
        status_code: i.status.code(),
        status: chrome.t(&format!("strategy-status-{}", i.status.code())),
        period,
        offers: i
            .offers
            .iter()
            .map(|id| match names.offers.get(id) {
                Some(name) => (Some(chrome.href(&format!("/tilbud/{id}"))), name.clone()),
                None => (
                    None,
                    chrome
                        .lang
                        .t_with("strategy-offer-gone", &[("id", (*id).into())]),
                ),
            })
            .collect(),
        events: i
            .events
            .iter()
            .filter_map(|id| {
                names
                    .events
                    .get(id)
                    .map(|t| (chrome.href(&format!("/arrangement/{id}")), t.clone()))
            })
            .collect(),
        indicators: i
            .indicators
            .iter()
            .filter_map(|code| {
                indicator_anchor(code).map(|anchor| {
                    (
                        format!("{}#{anchor}", chrome.href("/tal")),
                        chrome.t(&format!("strategy-ind-{code}")),
                    )
                })
            })
            .collect(),
        voices: names
            .voices
            .get(&s.id)
            .into_iter()
            .flatten()
            .map(|(question, answers)| {
                // How many answered leaves only through the disclosure rule.
                let count = match crate::domain::disclosure::count(*answers) {
                    crate::domain::disclosure::Shown::Hidden => chrome.t("voice-count-few"),
                    crate::domain::disclosure::Shown::Count(n) => {
                        chrome.lang.t_with("voice-count", &[("count", n.into())])
                    }
                };
                (question.clone(), count)
            })
            .collect(),
        edit: staff.then(|| chrome.href(&format!("/admin/strategi/initiativ/{}", s.id))),
    }
}

/// The strategy by life arena (arenas without goals left out).
pub fn strategy_view(
    chrome: &Chrome,
    names: &Names,
    strategy: &Strategy,
    staff: bool,
) -> StrategyView {
    let arenas = LifeArena::ALL
        .iter()
        .filter_map(|arena| {
            let goals: Vec<GoalBlock> = strategy
                .goals
                .iter()
                .filter(|g| g.life_arena == arena.code())
                .map(|g| GoalBlock {
                    title: g.title.clone(),
                    description: g.description.clone(),
                    edit: staff.then(|| chrome.href(&format!("/admin/strategi/maal/{}", g.id))),
                    add_initiative: staff.then(|| {
                        chrome.href(&format!("/admin/strategi/initiativ/ny?maal={}", g.id))
                    }),
                    initiatives: strategy
                        .initiatives_of(g.id)
                        .map(|i| initiative_block(chrome, names, i, staff))
                        .collect(),
                })
                .collect();
            (!goals.is_empty()).then(|| ArenaBlock {
                code: arena.code(),
                name: chrome.t(crate::web::pages::arena_key(*arena)),
                goals,
            })
        })
        .collect::<Vec<_>>();
    StrategyView {
        empty: arenas.is_empty(),
        arenas,
    }
}
