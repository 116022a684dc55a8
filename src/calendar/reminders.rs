//! The day-before reminder for people signed up with an e-mail: a daily job (07:00 UTC,
//! morning in Denmark) mails everyone confirmed for tomorrow's occurrences. Idempotent and
//! safe on several servers: each mail has the unique key `remind:{sign-up}:{date}`.
//! The mail is written by [`crate::calendar::mail`] in the language the person signed up
//! in, naming the place with its address (or "online").

use jiff::Span;
use jiff::civil::Date;

use crate::calendar::mail::Kind;
use crate::jobs::{JobContext, JobResult, next_daily_run};
use crate::store::Store;
use crate::store::jobs::NewJob;

pub const REMINDERS: &str = "event-reminders";

pub async fn schedule(store: &Store) -> crate::store::Result<()> {
    let run_at = next_daily_run(store.now(), 7 * 3600);
    let job = NewJob {
        unique_key: Some(format!("{REMINDERS}:{}", run_at / 86_400)),
        run_at,
        ..NewJob::new(REMINDERS, serde_json::json!({}))
    };
    store.enqueue(&job).await?;
    Ok(())
}

pub async fn run(ctx: &JobContext) -> JobResult {
    let tomorrow = ctx
        .store
        .clock()
        .today()
        .checked_add(Span::new().days(1))
        .map_err(|e| e.to_string())?;
    send(ctx, tomorrow).await.map_err(|e| e.to_string())?;
    schedule(&ctx.store).await.map_err(|e| e.to_string())
}

/// Queues reminders for occurrences on `date`; returns how many were new.
pub async fn send(ctx: &JobContext, date: Date) -> crate::store::Result<usize> {
    let store = &ctx.store;
    let mut queued = 0;
    for municipality_id in store.municipality_ids().await? {
        let signups = store.signups_on(municipality_id, &date.to_string()).await?;
        if signups.is_empty() {
            continue;
        }
        let events = store.events(municipality_id).await?;
        let base = ctx.base_url(municipality_id).await?;
        for signup in signups {
            let Some(event) = events.iter().find(|e| e.id == signup.event_id) else {
                continue;
            };
            let Some(occurrence) = event.occurrence(date).filter(|o| !o.cancelled) else {
                continue;
            };
            let Some(mail) = crate::calendar::mail::to_signup(
                &signup,
                municipality_id,
                &base,
                event,
                &occurrence,
                Kind::Reminder,
            ) else {
                continue;
            };
            if store.queue_mail(&mail).await?.is_some() {
                queued += 1;
            }
        }
    }
    tracing::info!(queued, %date, "event reminders");
    Ok(queued)
}
