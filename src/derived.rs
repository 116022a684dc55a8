//! Derived state: what each server keeps in memory, built from the database and rebuilt
//! whenever the change log moves (see [`crate::store::changes`]). Nothing here is ever the
//! only copy of anything: [`Derived::rebuild`] makes it all again from the database.

use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use crate::domain::{LifeArena, Municipality, PhoneLine, Town};
use crate::store::changes::ChangeMark;
use crate::store::{Result, Store};

/// A consistent picture of the served municipality, shared by every request.
#[derive(Debug)]
pub struct Snapshot {
    pub mark: ChangeMark,
    pub municipality: Municipality,
    pub towns: Vec<Town>,
    pub phone_lines: Vec<PhoneLine>,
    pub offers_per_arena: BTreeMap<LifeArena, i64>,
    pub organisation_count: i64,
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
    Ok(Snapshot {
        mark,
        towns: store.towns(municipality.id).await?,
        phone_lines: store.phone_lines(municipality.id).await?,
        offers_per_arena: store.active_offers_per_arena(municipality.id).await?,
        organisation_count: store.organisation_count(municipality.id).await?,
        municipality,
    })
}
