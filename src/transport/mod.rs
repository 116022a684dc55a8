//! Public transport ("Sådan kommer du derhen"), pure: the regional timetable as GTFS
//! ([`feed`]: read and checked all or nothing, clipped to the municipality, joined with
//! Den Glade Bus's own feed), journeys on it ([`journey`]: RAPTOR by the `vulture`
//! crate), and the Flextur tariff ([`flextur`]).
//!
//! The store keeps the clipped regional zip per municipality (`store::transport`); each
//! server builds its [`Network`] from it and the bus's published plan when its snapshot
//! is rebuilt ([`crate::derived`]), and keeps it while neither changes.

pub mod feed;
pub mod flextur;
pub mod journey;

pub use feed::{Counts, Feed, FeedError};
pub use journey::{Journey, Leg, Mode, Network, Plan};

use crate::domain::Coordinate;

/// What `sammen import gtfs` keeps: the checked feed clipped to `area`, as a zip, and its counts.
pub fn prepare(zip: &[u8], area: &[Coordinate]) -> Result<(Vec<u8>, Counts), FeedError> {
    let mut feed = Feed::read_zip(zip)?;
    feed.clip(area);
    let counts = feed.counts();
    if counts.trips == 0 {
        return Err(FeedError {
            file: Some("trips.txt".into()),
            line: None,
            message: "no trip stops within 15 km of the municipality: is it the right feed?".into(),
        });
    }
    // Parse once as the planner will, so a stored feed always loads.
    feed.gtfs()?;
    let zip = feed.zip().map_err(|e| FeedError {
        file: None,
        line: None,
        message: e.to_string(),
    })?;
    Ok((zip, counts))
}

/// The network of a municipality: the stored regional zip (if any) joined with the bus's
/// feed files (if any). `None` when there is neither.
pub fn network(
    regional: Option<&[u8]>,
    bus: Option<&[(&str, &str)]>,
) -> Result<Option<Network>, FeedError> {
    let mut feed = match regional {
        Some(zip) => Feed::read_zip(zip)?,
        None => Feed::default(),
    };
    if let Some(files) = bus {
        match Feed::from_files(files) {
            Ok(bus) if bus.counts().trips > 0 => feed.join(&bus),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "Den Glade Bus's feed is left out of journeys"),
        }
    }
    if feed.counts().trips == 0 {
        return Ok(None);
    }
    Network::new(&feed).map(Some)
}

/// "Tog fra Hørve St. 18.12, skift i Asnæs St., fremme 18.41, 6 min. gang".
pub fn summary(lang: crate::i18n::Lang, j: &Journey) -> String {
    let Some(first) = j.legs.first() else {
        return String::new();
    };
    let mut parts = vec![lang.t_with(
        "transport-ride",
        &[
            ("mode", lang.t(first.mode.key()).into()),
            ("from", first.from.clone().into()),
            ("time", crate::format::clock(first.depart).into()),
        ],
    )];
    for stop in j.changes() {
        parts.push(lang.t_with("transport-change", &[("stop", stop.to_owned().into())]));
    }
    let last = j.legs.last().unwrap_or(first);
    parts.push(lang.t_with(
        "transport-arrive",
        &[("time", crate::format::clock(last.arrive).into())],
    ));
    if j.walk_from > 0 {
        parts.push(lang.t_with("transport-walk-min", &[("minutes", j.walk_from.into())]));
    }
    parts.join(", ")
}
