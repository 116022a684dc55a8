//! Derived state: what each server keeps in memory, built from the database and rebuilt
//! whenever the change log moves (see [`crate::store::changes`]). Nothing here is ever the
//! only copy of anything: [`Derived::rebuild`] makes it all again from the database.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use crate::ambassadors::Ambassador;
use crate::bus::Plan;
use crate::calendar::Event;
use crate::directory::search::Directory;
use crate::domain::{LifeArena, Municipality, OfferStatus, PhoneLine};
use crate::store::changes::ChangeMark;
use crate::store::municipality::Listed;
use crate::store::{Result, Store, StoreError};
use crate::transport::Network;

/// A consistent picture of one served municipality, shared by every request.
#[derive(Debug)]
pub struct Snapshot {
    /// This municipality's part of the change log when it was built.
    pub mark: ChangeMark,
    /// Its public address for links in mail, feeds and the API, without a final `/`
    /// (see [`crate::municipality::public_base`]).
    pub base_url: String,
    pub municipality: Municipality,
    pub phone_lines: Vec<PhoneLine>,
    /// Active offers per life arena, for the home page.
    pub offers_per_arena: BTreeMap<LifeArena, i64>,
    /// The search index over the offers; also holds the towns and stations.
    pub directory: Directory,
    /// The journey planner's network (the stored regional timetable joined with Den
    /// Glade Bus's plan); `None` when there is no timetable at all.
    pub transport: Option<Arc<Network>>,
    /// Every event of the calendar, cancelled ones and exceptions too: what the calendar
    /// pages and feeds list. (The seats taken are counted per request: they change with
    /// every sign-up, which is no change to public data and rebuilds nothing.)
    pub events: Vec<Event>,
    /// Den Glade Bus's published plan under its Danish name (a page in another language
    /// names it with [`Snapshot::bus_plan`]).
    pub bus: Plan,
    /// The published ambassadors with their towns and training, for the public pages.
    pub ambassadors: Vec<Ambassador>,
    /// What the network was built from (the timetable's import time, the bus feed's
    /// text): while it is the same, a rebuild keeps the network instead of reading it again.
    transport_key: (Option<i64>, u64),
}

impl Snapshot {
    /// The bus's published plan named in `lang`.
    pub fn bus_plan(&self, lang: crate::i18n::Lang) -> Plan {
        Plan {
            name: lang.t("bus-name"),
            ..self.bus.clone()
        }
    }

    /// A published ambassador by id.
    pub fn ambassador(&self, id: i64) -> Option<&Ambassador> {
        self.ambassadors.iter().find(|a| a.id == id)
    }

    /// An event by id.
    pub fn event(&self, id: i64) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }
}

/// Every served municipality's snapshot, and how requests find them: swapped whole when
/// the database changes, so a request sees one consistent deployment.
#[derive(Debug)]
pub struct Deployment {
    /// The whole change log's mark when this was built.
    pub mark: ChangeMark,
    /// The marks per municipality (`None`: changes to all) it was built from.
    marks: HashMap<Option<i64>, ChangeMark>,
    /// By municipality id; only the configured one when the server serves one.
    pub snapshots: BTreeMap<i64, Arc<Snapshot>>,
    /// Host → municipality id.
    pub hosts: HashMap<String, i64>,
    /// Every served municipality with its hosts, by name: the list an unknown host shows.
    pub listed: Vec<Listed>,
}

/// Which municipality a request's host asks for.
pub enum Pick {
    One(Arc<Snapshot>),
    /// The national host: every municipality at once.
    National(Arc<Deployment>),
    /// A host no municipality answers on, while several are served.
    Unknown(Arc<Deployment>),
}

impl Deployment {
    /// The municipality served without a host of its own: the only one, or the first.
    pub fn default_snapshot(&self) -> Arc<Snapshot> {
        self.snapshots
            .values()
            .next()
            .cloned()
            .expect("a deployment serves at least one municipality")
    }

    /// By the request's host (already normalised): a municipality's own host, the
    /// national host, or — when one municipality is served — that one on any host, so a
    /// single-municipality install needs no host set up.
    pub fn pick(self: &Arc<Self>, host: &str, national: Option<&str>) -> Pick {
        if let Some(snapshot) = self.hosts.get(host).and_then(|id| self.snapshots.get(id)) {
            return Pick::One(snapshot.clone());
        }
        if national == Some(host) {
            return Pick::National(self.clone());
        }
        if self.snapshots.len() == 1 {
            return Pick::One(self.default_snapshot());
        }
        Pick::Unknown(self.clone())
    }
}

/// The current deployment, swapped whole when the database changes.
#[derive(Clone)]
pub struct Derived {
    store: Store,
    /// Serve only this municipality (`SAMMEN_MUNICIPALITY`); `None`: every one.
    only: Option<String>,
    /// The configured public address (`SAMMEN_BASE_URL`).
    base_url: String,
    current: Arc<RwLock<Arc<Deployment>>>,
    /// One rebuild at a time: the watcher and a request catching up after its own write
    /// ([`crate::web`]'s `catch_up_after_write`) would otherwise build the same snapshot
    /// twice, and the older build could be swapped in last.
    rebuilding: Arc<tokio::sync::Mutex<()>>,
}

impl Derived {
    /// Builds the first snapshots. `only` picks one municipality (`None`: all of them);
    /// `base_url` is the configured public address.
    pub async fn build(store: Store, only: Option<String>, base_url: &str) -> Result<Self> {
        let deployment = build_deployment(&store, only.as_deref(), base_url, None).await?;
        Ok(Self {
            store,
            only,
            base_url: base_url.to_owned(),
            current: Arc::new(RwLock::new(Arc::new(deployment))),
            rebuilding: Arc::default(),
        })
    }

    pub fn deployment(&self) -> Arc<Deployment> {
        self.current.read().expect("snapshot lock poisoned").clone()
    }

    /// The snapshot of the municipality served without a host (see [`Deployment::default_snapshot`]).
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.deployment().default_snapshot()
    }

    /// The change log's mark the deployment has caught up with.
    pub fn mark(&self) -> ChangeMark {
        self.deployment().mark
    }

    /// Rebuilds every snapshot from the database, unconditionally.
    pub async fn rebuild(&self) -> Result<()> {
        let _one_at_a_time = self.rebuilding.lock().await;
        let deployment =
            build_deployment(&self.store, self.only.as_deref(), &self.base_url, None).await?;
        self.swap(deployment);
        Ok(())
    }

    fn swap(&self, deployment: Deployment) {
        *self.current.write().expect("snapshot lock poisoned") = Arc::new(deployment);
    }

    /// Rebuilds the snapshots whose municipality's part of the change log has moved (all of
    /// them on a change to all). Returns whether anything was rebuilt.
    pub async fn refresh_if_changed(&self) -> Result<bool> {
        let _one_at_a_time = self.rebuilding.lock().await;
        let mark = self.store.change_mark().await?;
        let previous = self.deployment();
        if mark == previous.mark {
            return Ok(false);
        }
        let deployment = build_deployment(
            &self.store,
            self.only.as_deref(),
            &self.base_url,
            Some(&previous),
        )
        .await?;
        self.swap(deployment);
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

/// Builds the deployment, reusing from `previous` every snapshot whose municipality's
/// marks have not moved.
async fn build_deployment(
    store: &Store,
    only: Option<&str>,
    base_url: &str,
    previous: Option<&Deployment>,
) -> Result<Deployment> {
    // Read the marks first: a change that lands while we read is then seen on the next poll.
    let mark = store.change_mark().await?;
    let marks = store.change_marks().await?;
    let listed: Vec<Listed> = store
        .municipality_list()
        .await?
        .into_iter()
        .filter(|m| only.is_none_or(|slug| m.slug == slug))
        .collect();
    if listed.is_empty() {
        return Err(StoreError::NotFound);
    }
    let all_moved = previous.is_none_or(|p| p.marks.get(&None) != marks.get(&None));
    let mut snapshots = BTreeMap::new();
    let all = marks.get(&None).copied().unwrap_or_default();
    for m in &listed {
        // A change to all (a reindex) moves every municipality's mark too, so what is
        // keyed on a snapshot's mark (the page cache) sees it.
        let only_own = marks.get(&Some(m.id)).copied().unwrap_or_default();
        let own = ChangeMark {
            count: only_own.count + all.count,
            last_id: only_own.last_id.max(all.last_id),
        };
        let base = crate::municipality::public_base(base_url, &m.hosts, listed.len());
        let kept = previous
            .filter(|_| !all_moved)
            .and_then(|p| p.snapshots.get(&m.id))
            .filter(|s| s.mark == own && s.base_url == base);
        let snapshot = match kept {
            Some(s) => s.clone(),
            None => {
                let old = previous
                    .and_then(|p| p.snapshots.get(&m.id))
                    .map(|s| s.as_ref());
                metrics::counter!("sammen_derived_rebuilds_total", "municipality" => m.slug.clone())
                    .increment(1);
                Arc::new(build_snapshot(store, m.id, own, base, old).await?)
            }
        };
        snapshots.insert(m.id, snapshot);
    }
    let hosts = listed
        .iter()
        .flat_map(|m| m.hosts.iter().map(|h| (h.clone(), m.id)))
        .collect();
    Ok(Deployment {
        mark,
        marks,
        snapshots,
        hosts,
        listed,
    })
}

async fn build_snapshot(
    store: &Store,
    municipality_id: i64,
    mark: ChangeMark,
    base_url: String,
    previous: Option<&Snapshot>,
) -> Result<Snapshot> {
    let municipality = store.municipality_by_id(municipality_id).await?;
    let mut offers = store.offers(municipality.id).await?;
    for offer in offers.iter_mut().filter(|o| o.hsds_id.is_empty()) {
        offer.hsds_id =
            crate::directory::hsds::entity_id(None, &municipality.slug, "offer", offer.id);
    }
    let towns = store.towns(municipality.id).await?;
    let places = store.places(municipality.id).await?;
    let mut offers_per_arena: BTreeMap<LifeArena, i64> =
        LifeArena::ALL.iter().map(|a| (*a, 0)).collect();
    for offer in offers.iter().filter(|o| o.status == OfferStatus::Active) {
        for arena in &offer.life_arenas {
            *offers_per_arena.entry(*arena).or_default() += 1;
        }
    }
    let bus = store
        .bus_plan(municipality.id, &crate::i18n::Lang::Da.t("bus-name"))
        .await?;
    let (transport, transport_key) = transport(store, &municipality, &bus, previous).await?;
    let events = store.events(municipality.id).await?;
    let mut ambassadors = store.ambassadors(municipality.id).await?;
    ambassadors.retain(|a| a.published);
    // Building the index is CPU work; keep it off the async threads.
    let now = store.clock().now();
    let directory =
        tokio::task::spawn_blocking(move || Directory::build(offers, towns, places, now))
            .await
            .map_err(|e| StoreError::Invalid(format!("search index build stopped: {e}")))?
            .map_err(|e| StoreError::Invalid(e.to_string()))?;
    Ok(Snapshot {
        mark,
        base_url,
        phone_lines: store.phone_lines(municipality.id).await?,
        offers_per_arena,
        directory,
        municipality,
        transport,
        transport_key,
        events,
        bus,
        ambassadors,
    })
}

/// The journey network: kept from the previous snapshot while the stored timetable and
/// the bus's feed are the same, else built again (off the async threads).
async fn transport(
    store: &Store,
    municipality: &Municipality,
    plan: &Plan,
    previous: Option<&Snapshot>,
) -> Result<(Option<Arc<Network>>, (Option<i64>, u64))> {
    use std::hash::{Hash, Hasher};
    let stamp = store.transport_feed_stamp(municipality.id).await?;
    let today = store.clock().today();
    let files: Vec<(&'static str, String)> = crate::bus::gtfs::Feed {
        plan,
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
