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
        let snapshot = build_snapshot(&store, slug.as_deref()).await?;
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
        let snapshot = build_snapshot(&self.store, self.slug.as_deref()).await?;
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

async fn build_snapshot(store: &Store, slug: Option<&str>) -> Result<Snapshot> {
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
    })
}
