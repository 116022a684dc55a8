//! What a background job is: its context, its result, a handler per kind, the daily
//! booking rule, and the housekeeping job. The loop that runs them is
//! [`crate::worker`]; features (freshness, reminders) import this module, and only the
//! worker imports the features, so the two never import each other.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crate::config::Config;
use crate::store::Store;
use crate::store::jobs::{ClaimedJob, NewJob};

/// How long a claimed job is ours. A handler must finish well within it.
pub const LEASE_SECONDS: i64 = 300;

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

    /// The municipality's public address for links in the mail a job writes: the
    /// configured one on a server that serves one municipality, else as every server's
    /// snapshot has it (its own host once there are several).
    pub async fn base_url(&self, municipality_id: i64) -> crate::store::Result<String> {
        self.store
            .link_base(
                &self.config.base_url,
                self.config.municipality.is_some(),
                municipality_id,
            )
            .await
    }

    /// With the default configuration (tests, one-off commands).
    pub fn with_defaults(store: Store) -> Self {
        let config = crate::config::Settings::defaults()
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

pub async fn housekeeping(ctx: &JobContext) -> JobResult {
    let store = &ctx.store;
    let week_ago = store.now() - 7 * 86_400;
    let month_ago = store.now() - 30 * 86_400;
    // Groups the young started whose adult never answered hold the young person's and the
    // adult's contact details: gone after two weeks (issue 20).
    let unvouched = store
        .prune_unvouched_youth_groups(store.now() - 14 * 86_400)
        .await
        .map_err(|e| e.to_string())?;
    tracing::info!(unvouched, "housekeeping pruned unvouched youth groups");
    let changes = store
        .prune_change_log(week_ago)
        .await
        .map_err(|e| e.to_string())?;
    let jobs = store
        .prune_jobs(month_ago)
        .await
        .map_err(|e| e.to_string())?;
    let auth = store
        .prune_auth(store.now())
        .await
        .map_err(|e| e.to_string())?;
    let mail = store
        .prune_outbox(month_ago)
        .await
        .map_err(|e| e.to_string())?;
    // Sign-ups hold names and contacts: gone 30 days after their occurrence.
    let cutoff = store
        .clock()
        .today()
        .checked_sub(jiff::Span::new().days(30))
        .map_err(|e| e.to_string())?;
    let signups = store
        .prune_signups(&cutoff.to_string())
        .await
        .map_err(|e| e.to_string())?;
    // Pupils' first names on an association day are for the day only.
    let pupils = store
        .forget_day_names(&store.clock().today().to_string())
        .await
        .map_err(|e| e.to_string())?;
    // Requests to ambassadors are deleted, not archived, a set time after they close.
    let months = i64::from(ctx.config.request_retention_months);
    let requests = store
        .delete_closed_requests(store.now() - months * 30 * 86_400)
        .await
        .map_err(|e| e.to_string())?;
    // The bus's positions are the crew's whereabouts: two days, then gone. Unconfirmed
    // bell subscriptions are dropped after a week.
    let fixes = store
        .prune_fixes(store.clock().now() - jiff::SignedDuration::from_hours(48))
        .await
        .map_err(|e| e.to_string())?;
    let unconfirmed = store
        .prune_unconfirmed_subscriptions(store.now() - 7 * 86_400)
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
        pupils,
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
    let run_at = next_daily_run(store.now(), 3 * 3600);
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
