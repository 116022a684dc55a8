//! The background worker: runs due jobs from the durable queue in the database
//! ([`crate::store::jobs`]). Every server runs one; leases keep them from doing the same
//! job twice. Features add a job kind by adding a [`Handler`] in [`handlers`].

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use std::sync::Arc;

use crate::config::Config;
use crate::store::jobs::{ClaimedJob, NewJob};
use crate::store::{Store, now};

/// How long a claimed job is ours. A handler must finish well within it.
pub const LEASE_SECONDS: i64 = 300;
const HANDLER_TIMEOUT: Duration = Duration::from_secs(240);

pub type JobResult = Result<(), String>;
type HandlerFn = for<'a> fn(
    &'a JobContext,
    &'a ClaimedJob,
) -> Pin<Box<dyn Future<Output = JobResult> + Send + 'a>>;

/// What a job handler may use: the database and the configuration.
#[derive(Clone)]
pub struct JobContext {
    pub store: Store,
    pub config: Arc<Config>,
}

impl JobContext {
    pub fn new(store: Store, config: Arc<Config>) -> Self {
        Self { store, config }
    }

    /// With the default configuration (tests, one-off commands).
    pub fn with_defaults(store: Store) -> Self {
        let config = crate::cli::Cli::default_settings()
            .validate()
            .expect("the default settings are valid");
        Self::new(store, Arc::new(config))
    }
}

/// A job kind and the function that does it.
pub struct Handler {
    pub kind: &'static str,
    pub run: HandlerFn,
}

/// Housekeeping: trims the change log and finished jobs, then books tomorrow's run.
pub const HOUSEKEEPING: &str = "housekeeping";

pub fn handlers() -> Vec<Handler> {
    vec![
        Handler {
            kind: HOUSEKEEPING,
            run: |ctx, _job| Box::pin(housekeeping(ctx)),
        },
        Handler {
            kind: crate::directory::freshness::FRESHNESS,
            run: |ctx, _job| Box::pin(crate::directory::freshness::run(ctx)),
        },
        Handler {
            kind: crate::calendar::reminders::REMINDERS,
            run: |ctx, _job| Box::pin(crate::calendar::reminders::run(ctx)),
        },
    ]
}

async fn housekeeping(ctx: &JobContext) -> JobResult {
    let store = &ctx.store;
    let week_ago = now() - 7 * 86_400;
    let month_ago = now() - 30 * 86_400;
    let changes = store
        .prune_change_log(week_ago)
        .await
        .map_err(|e| e.to_string())?;
    let jobs = store
        .prune_jobs(month_ago)
        .await
        .map_err(|e| e.to_string())?;
    let auth = store.prune_auth(now()).await.map_err(|e| e.to_string())?;
    let mail = store
        .prune_outbox(month_ago)
        .await
        .map_err(|e| e.to_string())?;
    // Sign-ups hold names and contacts: gone 30 days after their occurrence.
    let cutoff = crate::calendar::today()
        .checked_sub(jiff::Span::new().days(30))
        .map_err(|e| e.to_string())?;
    let signups = store
        .prune_signups(&cutoff.to_string())
        .await
        .map_err(|e| e.to_string())?;
    // Requests to ambassadors are deleted, not archived, a set time after they close.
    let months = i64::from(ctx.config.request_retention_months);
    let requests = store
        .delete_closed_requests(now() - months * 30 * 86_400)
        .await
        .map_err(|e| e.to_string())?;
    // The bus's positions are the crew's whereabouts: two days, then gone. Unconfirmed
    // bell subscriptions are dropped after a week.
    let fixes = store
        .prune_fixes(jiff::Timestamp::now() - jiff::SignedDuration::from_hours(48))
        .await
        .map_err(|e| e.to_string())?;
    let unconfirmed = store
        .prune_unconfirmed_subscriptions(now() - 7 * 86_400)
        .await
        .map_err(|e| e.to_string())?;
    tracing::info!(
        fixes,
        unconfirmed,
        changes,
        jobs,
        auth,
        mail,
        signups,
        requests,
        "housekeeping pruned old rows"
    );
    schedule_housekeeping(store)
        .await
        .map_err(|e| e.to_string())
}

/// Books the next housekeeping run at the next 03:00 UTC. Once per day whatever the
/// number of servers: the unique key holds the day.
pub async fn schedule_housekeeping(store: &Store) -> crate::store::Result<()> {
    let run_at = next_daily_run(now(), 3 * 3600);
    let job = NewJob {
        unique_key: Some(format!("{HOUSEKEEPING}:{}", run_at / 86_400)),
        run_at,
        ..NewJob::new(HOUSEKEEPING, serde_json::json!({}))
    };
    store.enqueue(&job).await?;
    Ok(())
}

/// The first moment strictly after `now` that is `offset` seconds into a UTC day.
pub fn next_daily_run(now: i64, offset: i64) -> i64 {
    let today = now.div_euclid(86_400) * 86_400 + offset;
    if today > now { today } else { today + 86_400 }
}

/// Claims and runs jobs until there is none due; returns how many ran.
pub async fn run_due(
    ctx: &JobContext,
    worker: &str,
    handlers: &[Handler],
) -> crate::store::Result<usize> {
    let store = &ctx.store;
    let kinds: Vec<&str> = handlers.iter().map(|h| h.kind).collect();
    let mut ran = 0;
    while let Some(job) = store.claim_job(worker, &kinds, LEASE_SECONDS).await? {
        let handler = handlers
            .iter()
            .find(|h| h.kind == job.kind)
            .expect("claimed only known kinds");
        let outcome = match tokio::time::timeout(HANDLER_TIMEOUT, (handler.run)(ctx, &job)).await {
            Ok(outcome) => outcome,
            Err(_) => Err(format!("timed out after {} s", HANDLER_TIMEOUT.as_secs())),
        };
        match outcome {
            Ok(()) => {
                store.complete_job(job.id, worker).await?;
                metrics::counter!("sammen_jobs_total", "kind" => job.kind.clone(), "outcome" => "done").increment(1);
            }
            Err(error) => {
                // Back off: 1, 4, 9, 16 … minutes.
                let retry_at = now() + 60 * job.attempts * job.attempts;
                tracing::warn!(job = job.id, kind = %job.kind, attempt = job.attempts, %error, "job failed");
                store.fail_job(&job, worker, &error, retry_at).await?;
                metrics::counter!("sammen_jobs_total", "kind" => job.kind.clone(), "outcome" => "failed").increment(1);
            }
        }
        ran += 1;
    }
    Ok(ran)
}

/// The worker loop of one server.
pub fn spawn_worker(ctx: JobContext, every: Duration) -> tokio::task::JoinHandle<()> {
    let worker = format!("worker-{}", uuid::Uuid::new_v4());
    tokio::spawn(async move {
        let handlers = handlers();
        if let Err(err) = schedule_housekeeping(&ctx.store).await {
            tracing::warn!(error = %err, "could not schedule housekeeping");
        }
        if let Err(err) = crate::directory::freshness::schedule(&ctx.store).await {
            tracing::warn!(error = %err, "could not schedule the freshness check");
        }
        if let Err(err) = crate::calendar::reminders::schedule(&ctx.store).await {
            tracing::warn!(error = %err, "could not schedule event reminders");
        }
        let mut ticker = tokio::time::interval(every);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            if let Err(err) = run_due(&ctx, &worker, &handlers).await {
                tracing::warn!(error = %err, "job worker could not reach the database");
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::next_daily_run;

    #[test]
    fn daily_run_is_the_next_one_strictly_after_now() {
        let day = 20_000 * 86_400;
        assert_eq!(next_daily_run(day, 3 * 3600), day + 3 * 3600);
        assert_eq!(
            next_daily_run(day + 3 * 3600, 3 * 3600),
            day + 86_400 + 3 * 3600
        );
        assert_eq!(
            next_daily_run(day + 5 * 3600, 3 * 3600),
            day + 86_400 + 3 * 3600
        );
    }
}
