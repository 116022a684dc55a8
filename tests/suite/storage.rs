//! The storage suite. Every test runs on SQLite and on PostgreSQL (`both_backends!`).

use crate::common;

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use common::{TestApp, TestDb, eventually};
use sammen::demo::{self, DemoError};
use sammen::jobs::{self, Handler};
use sammen::store::jobs::NewJob;
use sammen::store::{Store, StoreError};

both_backends!(
    migrations_are_idempotent,
    demo_loads_once_and_a_restart_keeps_it,
    demo_off_loads_only_the_municipality,
    demo_load_refuses_a_database_that_is_not_empty,
    a_unique_job_is_enqueued_once,
    concurrent_workers_never_run_a_job_twice,
    a_failed_job_is_retried_then_given_up,
    an_expired_lease_lets_another_worker_take_over,
    change_mark_moves_with_every_change,
    a_change_through_one_server_reaches_the_other,
    housekeeping_prunes_and_reschedules_itself,
    foreign_keys_are_enforced,
);

async fn migrations_are_idempotent(db: TestDb) {
    let store = db.store().await;
    store.migrate().await.unwrap();
    store.migrate().await.unwrap();
    assert_eq!(store.municipality_count().await.unwrap(), 0);
    assert!(store.ping().await);
}

async fn demo_loads_once_and_a_restart_keeps_it(db: TestDb) {
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    let municipality = store.municipality(None).await.unwrap();
    assert_eq!(municipality.slug, "odsherred");
    assert!(municipality.is_demo);
    let organisations = store.organisation_count(municipality.id).await.unwrap();
    assert!(organisations >= 40, "only {organisations} organisations");
    app.stop().await;

    // A second start on the same database loads nothing new.
    let app = TestApp::spawn(&db).await;
    let store = app.server().store.clone();
    assert_eq!(store.municipality_count().await.unwrap(), 1);
    assert_eq!(
        store.organisation_count(municipality.id).await.unwrap(),
        organisations
    );
    app.stop().await;
}

async fn demo_off_loads_only_the_municipality(db: TestDb) {
    let store = db.store().await;
    let loaded = demo::load(&store, false).await.unwrap();
    assert_eq!((loaded.organisations, loaded.offers), (0, 0));
    assert!(loaded.towns >= 27 && loaded.places >= 29, "{loaded}");
    let municipality = store.municipality(Some("odsherred")).await.unwrap();
    assert_eq!(store.organisation_count(municipality.id).await.unwrap(), 0);
    assert_eq!(
        store.towns(municipality.id).await.unwrap().len(),
        loaded.towns
    );
    assert!(!store.phone_lines(municipality.id).await.unwrap().is_empty());
    let stations = store
        .places(municipality.id)
        .await
        .unwrap()
        .into_iter()
        .filter(|p| p.is_station)
        .count();
    assert!(stations >= 9, "{stations} stations");
}

async fn demo_load_refuses_a_database_that_is_not_empty(db: TestDb) {
    let store = db.store().await;
    demo::load(&store, true).await.unwrap();
    assert!(matches!(
        demo::load(&store, true).await,
        Err(DemoError::NotEmpty)
    ));
    assert_eq!(store.municipality_count().await.unwrap(), 1);
}

async fn a_unique_job_is_enqueued_once(db: TestDb) {
    let store = db.store().await;
    let job = NewJob {
        unique_key: Some("reminder:offer:1:6m".into()),
        ..NewJob::new("test", serde_json::json!({"n": 1}))
    };
    assert!(store.enqueue(&job).await.unwrap().is_some());
    assert!(store.enqueue(&job).await.unwrap().is_none());
    assert_eq!(store.job_counts().await.unwrap().waiting, 1);
}

/// Counts each job id the test handler sees, to prove no job runs twice.
static SEEN: std::sync::Mutex<Vec<(String, i64)>> = std::sync::Mutex::new(Vec::new());

async fn concurrent_workers_never_run_a_job_twice(db: TestDb) {
    let store = db.store().await;
    let run = format!("race-{}", uuid::Uuid::new_v4());
    for n in 0..60 {
        store
            .enqueue(&NewJob::new(
                "race",
                serde_json::json!({ "run": run, "n": n }),
            ))
            .await
            .unwrap();
    }
    let handlers: Arc<Vec<Handler>> = Arc::new(vec![Handler {
        kind: "race",
        run: |_store, job| {
            Box::pin(async move {
                let run = job.payload["run"].as_str().unwrap_or_default().to_owned();
                SEEN.lock().unwrap().push((run, job.id));
                tokio::task::yield_now().await;
                Ok(())
            })
        },
    }]);
    // Four workers, each with its own connection pool, like four servers.
    let mut workers = Vec::new();
    for w in 0..4 {
        let store = Store::connect(&db.url).await.unwrap();
        let handlers = handlers.clone();
        workers.push(tokio::spawn(async move {
            sammen::worker::run_due(
                &jobs::JobContext::with_defaults(store.clone()),
                &format!("w{w}"),
                &handlers,
            )
            .await
            .unwrap()
        }));
    }
    let mut ran = 0;
    for worker in workers {
        ran += worker.await.unwrap();
    }
    let seen: Vec<i64> = SEEN
        .lock()
        .unwrap()
        .iter()
        .filter(|(r, _)| *r == run)
        .map(|(_, id)| *id)
        .collect();
    let distinct: HashSet<i64> = seen.iter().copied().collect();
    assert_eq!(ran, 60);
    assert_eq!(seen.len(), 60, "some job ran twice or not at all");
    assert_eq!(distinct.len(), 60);
    assert_eq!(store.job_counts().await.unwrap().done, 60);
}

async fn a_failed_job_is_retried_then_given_up(db: TestDb) {
    let store = db.store().await;
    let job = NewJob {
        max_attempts: 2,
        ..NewJob::new("flaky", serde_json::json!({}))
    };
    store.enqueue(&job).await.unwrap();
    let handlers = vec![Handler {
        kind: "flaky",
        run: |_s, _j| Box::pin(async { Err("boom".to_owned()) }),
    }];
    assert_eq!(
        sammen::worker::run_due(
            &jobs::JobContext::with_defaults(store.clone()),
            "w",
            &handlers
        )
        .await
        .unwrap(),
        1
    );
    // The retry is booked in the future: nothing is due now.
    assert_eq!(
        sammen::worker::run_due(
            &jobs::JobContext::with_defaults(store.clone()),
            "w",
            &handlers
        )
        .await
        .unwrap(),
        0
    );
    let counts = store.job_counts().await.unwrap();
    assert_eq!((counts.waiting, counts.failed), (1, 0));
    // Claim it as if the retry time had come: second failure is final.
    let claimed = claim_ignoring_schedule(&store, "flaky").await;
    store
        .fail_job(&claimed, "w", "boom again", 0)
        .await
        .unwrap();
    let counts = store.job_counts().await.unwrap();
    assert_eq!((counts.waiting, counts.failed), (0, 1));
}

/// Makes every waiting job of `kind` due and claims one.
async fn claim_ignoring_schedule(store: &Store, kind: &str) -> sammen::store::jobs::ClaimedJob {
    assert_eq!(store.run_now(kind).await.unwrap(), 1);
    store
        .claim_job("w", &[kind], 60)
        .await
        .unwrap()
        .expect("a due job")
}

async fn an_expired_lease_lets_another_worker_take_over(db: TestDb) {
    let store = db.store().await;
    store
        .enqueue(&NewJob::new("held", serde_json::json!({})))
        .await
        .unwrap();
    store
        .enqueue(&NewJob::new("slow", serde_json::json!({})))
        .await
        .unwrap();
    // While a lease lasts, nobody else gets the job.
    let held = store
        .claim_job("a", &["held"], 60)
        .await
        .unwrap()
        .expect("a claims");
    assert!(
        store.claim_job("b", &["held"], 60).await.unwrap().is_none(),
        "b must wait for a's lease"
    );
    assert!(store.complete_job(held.id, "a").await.unwrap());
    // A lease that has run out (here: one that ended the moment it began, as for a worker
    // that died) lets another worker take the job, and the first can no longer finish it.
    let first = store
        .claim_job("a", &["slow"], -1)
        .await
        .unwrap()
        .expect("a claims");
    let second = store
        .claim_job("b", &["slow"], 60)
        .await
        .unwrap()
        .expect("b takes over");
    assert_eq!(first.id, second.id);
    assert_eq!(second.attempts, 2);
    assert!(
        !store.complete_job(first.id, "a").await.unwrap(),
        "a lost its lease"
    );
    assert!(store.complete_job(second.id, "b").await.unwrap());
}

async fn change_mark_moves_with_every_change(db: TestDb) {
    let store = db.store().await;
    let before = store.change_mark().await.unwrap();
    demo::load(&store, false).await.unwrap();
    let loaded = store.change_mark().await.unwrap();
    assert_ne!(before, loaded);
    let municipality = store.municipality(None).await.unwrap();
    store
        .rename_municipality(municipality.id, "Odsherred Kommune (test)")
        .await
        .unwrap();
    assert_ne!(store.change_mark().await.unwrap(), loaded);
    assert!(matches!(
        store.rename_municipality(999_999, "x").await,
        Err(StoreError::NotFound)
    ));
}

async fn a_change_through_one_server_reaches_the_other(db: TestDb) {
    let a = TestApp::spawn(&db).await;
    let b = TestApp::spawn(&db).await;
    let (_, page) = b.get_text("/").await;
    assert!(page.contains("Odsherred Kommune"));
    let store = &a.server().store;
    let id = store.municipality(None).await.unwrap().id;
    store
        .rename_municipality(id, "Sammen-testkommune")
        .await
        .unwrap();
    let seen = eventually(Duration::from_secs(10), || async {
        b.get_text("/").await.1.contains("Sammen-testkommune")
    })
    .await;
    assert!(seen, "server B never saw the change made through server A");
    a.stop().await;
    b.stop().await;
}

async fn housekeeping_prunes_and_reschedules_itself(db: TestDb) {
    let store = db.store().await;
    jobs::schedule_housekeeping(&store).await.unwrap();
    jobs::schedule_housekeeping(&store).await.unwrap();
    assert_eq!(
        store.job_counts().await.unwrap().waiting,
        1,
        "one run per day, however many servers"
    );
    // Yesterday's run, still due: running it books the next one and leaves exactly one waiting.
    let yesterday = store.now() - 86_400;
    let overdue = NewJob {
        unique_key: Some(format!("{}:{}", jobs::HOUSEKEEPING, yesterday / 86_400)),
        run_at: yesterday,
        ..NewJob::new(jobs::HOUSEKEEPING, serde_json::json!({}))
    };
    store
        .enqueue(&overdue)
        .await
        .unwrap()
        .expect("yesterday's run is a new job");
    assert_eq!(
        sammen::worker::run_due(
            &jobs::JobContext::with_defaults(store.clone()),
            "w",
            &sammen::worker::handlers()
        )
        .await
        .unwrap(),
        1
    );
    let counts = store.job_counts().await.unwrap();
    assert_eq!(
        (counts.done, counts.waiting),
        (1, 1),
        "done, and the next one booked once"
    );
}

async fn foreign_keys_are_enforced(db: TestDb) {
    let store = db.store().await;
    let org = sammen::store::directory::NewOrganisation {
        slug: "x".into(),
        name: "X".into(),
        kind: "forening".into(),
        description: String::new(),
        email: "x@example.org".into(),
        phone: "00 00 00 00".into(),
        website: String::new(),
        town_id: None,
    };
    // There is no municipality 424242.
    assert!(store.add_organisation(424_242, &org).await.is_err());
}

/// SQLite only: the database file is created on first start and runs in WAL mode.
#[tokio::test]
async fn sqlite_file_is_created_and_uses_wal() {
    let db = TestDb::new(sammen::config::Backend::Sqlite).await.unwrap();
    let path = db.url.url.trim_start_matches("sqlite://").to_owned();
    assert!(!std::path::Path::new(&path).exists());
    let store = db.store().await;
    demo::load(&store, false).await.unwrap();
    assert!(
        std::path::Path::new(&path).exists(),
        "database file created"
    );
    assert!(
        std::path::Path::new(&format!("{path}-wal")).exists(),
        "write-ahead log in use"
    );
    store.close().await;
}
