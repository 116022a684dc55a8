//! Sammen's own indicators on `/tal` and `/admin/tal` (issue 18): sign-ups and first
//! sign-ups per month, life arena and town; the directory's coverage (offers per town ×
//! life arena, with the gaps named); completed guides per month; the bus's visitors per
//! stop. Every table about people is a [`Tally`] put through the one disclosure rule
//! ([`Tally::disclose`]); the coverage counts offers, not people, and is shown as it is.

use std::collections::BTreeSet;

use crate::domain::{LifeArena, OfferStatus};
use crate::figures::tally::{Disclosed, Tally, months_between};
use crate::guide::selfcheck::{EXTRA_ANSWERS, EXTRA_QUESTIONS};
use crate::store::indicators::SignupCount;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::served::Served;

/// How many months the tables cover: the latest twelve.
pub const MONTHS: usize = 12;

/// The code of "no life arena" and "no town" (online, or not given).
pub const NONE: &str = "ingen";
/// The columns of a first-or-not table.
pub const FIRST: &str = "foerste-gang";
pub const AGAIN: &str = "igen";
/// The one column of a single count.
pub const COUNT: &str = "antal";

/// Sammen's indicators as `/tal` shows them.
pub struct Indicators {
    /// Sign-ups: month × life arena.
    pub signups_by_arena: Disclosed,
    /// Sign-ups: month × first or again.
    pub signups_first: Disclosed,
    /// Sign-ups of the latest twelve months: town × first or again.
    pub signups_by_town: Disclosed,
    /// Offers in the directory: town × life arena (offers, not people: as they are).
    pub coverage: Disclosed,
    /// (town, life arena) with no offer.
    pub gaps: Vec<(String, String)>,
    /// Completed guides: month × count.
    pub guide: Disclosed,
    /// Visitors the crew counted in the latest twelve months: stop × count.
    pub bus: Disclosed,
    /// The self-check's optional questions in the latest twelve months: question × answer.
    pub selfcheck_extra: Disclosed,
}

/// The staff's further breakdowns.
pub struct StaffIndicators {
    /// Sign-ups of the latest twelve months: town × life arena.
    pub signups_town_arena: Disclosed,
    /// Sign-ups of the latest twelve months: life arena × first or again.
    pub first_by_arena: Disclosed,
    /// Visitors: stop × month.
    pub bus_by_month: Disclosed,
}

fn arena_codes() -> Vec<String> {
    LifeArena::ALL
        .iter()
        .map(|a| a.code().to_owned())
        .chain([NONE.to_owned()])
        .collect()
}

fn or_none(s: &str) -> &str {
    if s.is_empty() { NONE } else { s }
}

/// The first month of the window: eleven months before this one.
fn first_month(state: &AppState) -> String {
    crate::directory::freshness::months_before(state.clock().today(), (MONTHS - 1) as u32)[..7]
        .to_owned()
}

fn this_month(state: &AppState) -> String {
    state.clock().today().to_string()[..7].to_owned()
}

/// The months with sign-ups from the window's first on (later ones too: sign-ups for
/// coming dates).
fn signup_months(counts: &[SignupCount], from: &str) -> Vec<String> {
    counts
        .iter()
        .filter(|c| c.month.as_str() >= from)
        .map(|c| c.month.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

fn town_rows(served: &Served, extra: impl Iterator<Item = String>) -> Vec<String> {
    let mut towns: Vec<String> = served
        .directory
        .towns
        .iter()
        .map(|t| t.name.clone())
        .collect();
    for t in extra {
        if !towns.contains(&t) {
            towns.push(t);
        }
    }
    towns.push(NONE.to_owned());
    towns
}

fn first_column(c: &SignupCount) -> &'static str {
    if c.first_time { FIRST } else { AGAIN }
}

pub async fn indicators(state: &AppState, served: &Served) -> Result<Indicators, HttpError> {
    let m = served.municipality.id;
    let from = first_month(state);
    let counts = state.store.signup_counts(m).await?;
    let months = signup_months(&counts, &from);
    let mut by_arena = Tally::new(months.clone(), arena_codes());
    let mut first = Tally::new(months, vec![FIRST.into(), AGAIN.into()]);
    let mut by_town = Tally::new(
        town_rows(
            served,
            counts
                .iter()
                .map(|c| c.town.clone())
                .filter(|t| !t.is_empty()),
        ),
        vec![FIRST.into(), AGAIN.into()],
    );
    for c in counts.iter().filter(|c| c.month >= from) {
        by_arena.add(&c.month, or_none(&c.life_arena), c.signups);
        first.add(&c.month, first_column(c), c.signups);
        by_town.add(or_none(&c.town), first_column(c), c.signups);
    }
    let by_town = by_town.without_empty_rows();

    // The directory's coverage: active offers now listed, per town (the offer's) and life arena
    // (an offer may have several); an offer with no town counts under "ingen".
    let arenas: Vec<String> = LifeArena::ALL.iter().map(|a| a.code().to_owned()).collect();
    let mut coverage = Tally::new(town_rows(served, std::iter::empty()), arenas);
    for entry in served
        .directory
        .entries()
        .iter()
        .filter(|e| e.offer.status == OfferStatus::Active)
    {
        let town = entry
            .offer
            .town
            .as_ref()
            .map_or(NONE.to_owned(), |t| t.name.clone());
        for arena in &entry.offer.life_arenas {
            coverage.add(&town, arena.code(), 1);
        }
    }
    // A town without any offer is a gap in every arena; "no town" is no gap.
    let gaps = coverage
        .gaps()
        .into_iter()
        .filter(|(town, _)| town != NONE)
        .collect();

    let guide_rows = state.store.guide_completions(m).await?;
    let guide_months: Vec<String> = guide_rows
        .iter()
        .map(|(month, _)| month.clone())
        .filter(|month| *month >= from)
        .collect();
    let mut guide = Tally::new(guide_months, vec![COUNT.into()]);
    for (month, n) in &guide_rows {
        guide.add(month, COUNT, *n);
    }

    let since = format!("{from}-01");
    let visitors = state.store.bus_visitors(m, &since).await?;
    let stops: Vec<String> = visitors
        .iter()
        .map(|(stop, _, _)| stop.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut bus = Tally::new(stops, vec![COUNT.into()]);
    for (stop, _, n) in &visitors {
        bus.add(stop, COUNT, *n);
    }

    let extra_rows = state.store.selfcheck_extra(m, &from).await?;
    let mut extra = Tally::new(
        EXTRA_QUESTIONS.iter().map(|q| (*q).to_owned()).collect(),
        EXTRA_ANSWERS.iter().map(|a| (*a).to_owned()).collect(),
    );
    for (question, answer, n) in &extra_rows {
        extra.add(question, answer, *n);
    }

    Ok(Indicators {
        selfcheck_extra: extra.without_empty_rows().disclose(),
        signups_by_arena: by_arena.without_empty_rows().last_rows(MONTHS).disclose(),
        signups_first: first.without_empty_rows().last_rows(MONTHS).disclose(),
        signups_by_town: by_town.disclose(),
        coverage: coverage.plain(),
        gaps,
        guide: guide.without_empty_rows().disclose(),
        bus: bus.without_empty_rows().disclose(),
    })
}

pub async fn staff_indicators(
    state: &AppState,
    served: &Served,
) -> Result<StaffIndicators, HttpError> {
    let m = served.municipality.id;
    let from = first_month(state);
    let counts = state.store.signup_counts(m).await?;
    let mut town_arena = Tally::new(
        town_rows(
            served,
            counts
                .iter()
                .map(|c| c.town.clone())
                .filter(|t| !t.is_empty()),
        ),
        arena_codes(),
    );
    let mut first_arena = Tally::new(arena_codes(), vec![FIRST.into(), AGAIN.into()]);
    for c in counts.iter().filter(|c| c.month >= from) {
        town_arena.add(or_none(&c.town), or_none(&c.life_arena), c.signups);
        first_arena.add(or_none(&c.life_arena), first_column(c), c.signups);
    }
    let since = format!("{from}-01");
    let visitors = state.store.bus_visitors(m, &since).await?;
    let stops: Vec<String> = visitors
        .iter()
        .map(|(stop, _, _)| stop.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let last = visitors
        .iter()
        .map(|(_, month, _)| month.clone())
        .max()
        .unwrap_or_else(|| this_month(state))
        .max(this_month(state));
    let mut bus = Tally::new(stops, months_between(&from, &last));
    for (stop, month, n) in &visitors {
        bus.add(stop, month, *n);
    }
    Ok(StaffIndicators {
        signups_town_arena: town_arena.without_empty_rows().disclose(),
        first_by_arena: first_arena.without_empty_rows().disclose(),
        bus_by_month: bus.without_empty_rows().disclose(),
    })
}

/// A table as the pages show it: labels in the reader's language, a hidden count said so.
pub struct TableView {
    pub id: &'static str,
    pub caption: String,
    pub corner: String,
    pub columns: Vec<String>,
    pub rows: Vec<(String, Vec<String>, String)>,
    pub totals: Vec<String>,
    pub total: String,
    /// Counts of people (through the rule) rather than of offers.
    pub people: bool,
}

/// The reader's word for a row or column code.
pub fn label(chrome: &Chrome, code: &str) -> String {
    if let Some(a) = LifeArena::from_code(code) {
        return chrome.t(crate::web::pages::arena_key(a));
    }
    match code {
        NONE => chrome.t("indicators-none"),
        FIRST => chrome.t("indicators-first"),
        AGAIN => chrome.t("indicators-again"),
        COUNT => chrome.t("indicators-count"),
        "transport" | "tale" | "ja" | "nej" | "ved-ikke" => {
            chrome.t(&format!("indicators-extra-{code}"))
        }
        other => other.to_owned(),
    }
}

pub fn table_view(
    chrome: &Chrome,
    id: &'static str,
    caption_key: &str,
    corner_key: &str,
    d: &Disclosed,
    people: bool,
) -> Option<TableView> {
    if d.rows.is_empty() {
        return None;
    }
    let shown = |s: &crate::domain::disclosure::Shown| match s.value() {
        Some(n) => n.to_string(),
        None => chrome.t("figures-hidden"),
    };
    Some(TableView {
        id,
        caption: chrome.t(caption_key),
        corner: chrome.t(corner_key),
        columns: d.columns.iter().map(|c| label(chrome, c)).collect(),
        rows: d
            .rows
            .iter()
            .zip(&d.table.cells)
            .zip(&d.table.row_totals)
            .map(|((r, cells), total)| {
                (
                    label(chrome, r),
                    cells.iter().map(shown).collect(),
                    shown(total),
                )
            })
            .collect(),
        totals: d.table.column_totals.iter().map(shown).collect(),
        total: shown(&d.table.total),
        people,
    })
}

/// Every table of `/tal` by its name in the CSV and JSON.
pub fn named(i: &Indicators) -> Vec<(&'static str, &Disclosed)> {
    vec![
        ("tilmeldinger-livsarena", &i.signups_by_arena),
        ("tilmeldinger-foerste-gang", &i.signups_first),
        ("tilmeldinger-by", &i.signups_by_town),
        ("daekning", &i.coverage),
        ("guide", &i.guide),
        ("bus-besoeg", &i.bus),
        ("selvtest-ekstra", &i.selfcheck_extra),
    ]
}
