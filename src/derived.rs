//! Derived state: what each server keeps in memory, built from the database and rebuilt
//! whenever the change log moves (see [`crate::store::changes`]). Nothing here is ever the
//! only copy of anything: [`Derived::rebuild`] makes it all again from the database.

use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use crate::directory::search::Directory;
use crate::domain::{LifeArena, Municipality, OfferStatus, PhoneLine};
use crate::store::changes::ChangeMark;
use crate::store::{Result, Store, StoreError};
use crate::transport::Network;

/// A consistent picture of the served municipality, shared by every request.
#[derive(Debug)]
pub struct Snapshot {
    pub mark: ChangeMark,
    pub municipality: Municipality,
    pub phone_lines: Vec<PhoneLine>,
    /// Active offers per life arena, for the home page.
    pub offers_per_arena: BTreeMap<LifeArena, i64>,
    /// The search index over the offers; also holds the towns and stations.
    pub directory: Directory,
    /// The journey planner's network (the stored regional timetable joined with Den
    /// Glade Bus's plan); `None` when there is no timetable at all.
    pub transport: Option<Arc<Network>>,
    /// What the network was built from (the timetable's import time, the bus feed's
    /// text): while it is the same, a rebuild keeps the network instead of reading it again.
    transport_key: (Option<i64>, u64),
}

/// The current snapshot, swapped whole when the database changes.
#[derive(Clone)]
pub struct Derived {
    store: Store,
    slug: Option<String>,
    current: Arc<RwLock<Arc<Snapshot>>>,
}

impl Derived {
    /// Builds the first snapshot. `slug` picks the municipality (`None`: the first).
    pub async fn build(store: Store, slug: Option<String>) -> Result<Self> {
        let snapshot = build_snapshot(&store, slug.as_deref(), None).await?;
        Ok(Self {
            store,
            slug,
            current: Arc::new(RwLock::new(Arc::new(snapshot))),
        })
    }

    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.current.read().expect("snapshot lock poisoned").clone()
    }

    /// Rebuilds from the database, unconditionally.
    pub async fn rebuild(&self) -> Result<()> {
        let previous = self.snapshot();
        let snapshot = build_snapshot(&self.store, self.slug.as_deref(), Some(&previous)).await?;
        metrics::counter!("sammen_derived_rebuilds_total").increment(1);
        *self.current.write().expect("snapshot lock poisoned") = Arc::new(snapshot);
        Ok(())
    }

    /// Rebuilds when the change log has moved since the current snapshot. Returns whether it did.
    pub async fn refresh_if_changed(&self) -> Result<bool> {
        let mark = self.store.change_mark().await?;
        if mark == self.snapshot().mark {
            return Ok(false);
        }
        self.rebuild().await?;
        Ok(true)
    }

    /// Follows the database for as long as the server runs.
    pub fn spawn_watcher(&self, every: Duration) -> tokio::task::JoinHandle<()> {
        let derived = self.clone();
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval(every);
            ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticker.tick().await;
                if let Err(err) = derived.refresh_if_changed().await {
                    tracing::warn!(error = %err, "could not refresh derived state; keeping the last one");
                }
            }
        })
    }
}

async fn build_snapshot(
    store: &Store,
    slug: Option<&str>,
    previous: Option<&Snapshot>,
) -> Result<Snapshot> {
    // Read the mark first: a change that lands while we read is then seen on the next poll.
    let mark = store.change_mark().await?;
    let municipality = store.municipality(slug).await?;
    let offers = store.offers(municipality.id).await?;
    let towns = store.towns(municipality.id).await?;
    let places = store.places(municipality.id).await?;
    let mut offers_per_arena: BTreeMap<LifeArena, i64> =
        LifeArena::ALL.iter().map(|a| (*a, 0)).collect();
    for offer in offers.iter().filter(|o| o.status == OfferStatus::Active) {
        for arena in &offer.life_arenas {
            *offers_per_arena.entry(*arena).or_default() += 1;
        }
    }
    let (transport, transport_key) = transport(store, &municipality, previous).await?;
    // Building the index is CPU work; keep it off the async threads.
    let now = store.clock().now();
    let directory =
        tokio::task::spawn_blocking(move || Directory::build(offers, towns, places, now))
            .await
            .map_err(|e| StoreError::Invalid(format!("search index build stopped: {e}")))?
            .map_err(|e| StoreError::Invalid(e.to_string()))?;
    Ok(Snapshot {
        mark,
        phone_lines: store.phone_lines(municipality.id).await?,
        offers_per_arena,
        directory,
        municipality,
        transport,
        transport_key,
    })
}

/// The journey network: kept from the previous snapshot while the stored timetable and
/// the bus's feed are the same, else built again (off the async threads).
async fn transport(
    store: &Store,
    municipality: &Municipality,
    previous: Option<&Snapshot>,
) -> Result<(Option<Arc<Network>>, (Option<i64>, u64))> {
    use std::hash::{Hash, Hasher};
    let stamp = store.transport_feed_stamp(municipality.id).await?;
    let plan = store
        .bus_plan(municipality.id, &crate::i18n::Lang::Da.t("bus-name"))
        .await?;
    let today = store.clock().today();
    let files: Vec<(&'static str, String)> = crate::bus::gtfs::Feed {
        plan: &plan,
        agency_name: &plan.name,
        url: "https://sammen.invalid",
        phone: &municipality.contact_phone,
        email: &municipality.contact_email,
        start: today,
    }
    .files();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    files.hash(&mut hasher);
    let key = (stamp, hasher.finish());
    if let Some(previous) = previous.filter(|p| p.transport_key == key) {
        return Ok((previous.transport.clone(), key));
    }
    let regional = match stamp {
        Some(_) => store.transport_feed(municipality.id).await?.map(|f| f.zip),
        None => None,
    };
    let network = tokio::task::spawn_blocking(move || {
        let bus: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
        crate::transport::network(regional.as_deref(), Some(&bus))
    })
    .await
    .map_err(|e| StoreError::Invalid(format!("journey network build stopped: {e}")))?;
    match network {
        Ok(network) => Ok((network.map(Arc::new), key)),
        Err(e) => {
            // A stored timetable was checked on import; should it fail now, the site
            // still serves, with the other ways to get there.
            tracing::warn!(error = %e, "the stored timetable does not load; journeys are off");
            Ok((None, key))
        }
    }
}
