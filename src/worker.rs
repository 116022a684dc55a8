//! The background worker: runs due jobs from the durable queue in the database
//! ([`crate::store::jobs`]). Every server runs one; leases keep them from doing the same
//! job twice. Features add a job kind by adding a [`Handler`] in [`handlers`].

use std::time::Duration;

use crate::jobs::{HOUSEKEEPING, Handler, JobContext, LEASE_SECONDS, schedule_housekeeping};

const HANDLER_TIMEOUT: Duration = Duration::from_secs(240);

pub fn handlers() -> Vec<Handler> {
    vec![
        Handler {
            kind: HOUSEKEEPING,
            run: |ctx, _job| Box::pin(crate::jobs::housekeeping(ctx)),
        },
        Handler {
            kind: crate::directory::freshness::FRESHNESS,
            run: |ctx, _job| Box::pin(crate::directory::freshness::run(ctx)),
        },
        Handler {
            kind: crate::calendar::reminders::REMINDERS,
            run: |ctx, _job| Box::pin(crate::calendar::reminders::run(ctx)),
        },
        Handler {
            kind: crate::rides::jobs::RIDES,
            run: |ctx, _job| Box::pin(crate::rides::jobs::run(ctx)),
        },
    ]
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
                let retry_at = store.now() + 60 * job.attempts * job.attempts;
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
        if let Err(err) = crate::rides::jobs::schedule(&ctx.store).await {
            tracing::warn!(error = %err, "could not schedule the rides' daily job");
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
