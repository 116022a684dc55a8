//! The rides' daily job (03:00 UTC): vetting reminders and retention.
//!
//! - **Vetting:** for each driver whose criminal-record certificate, licence or insurance
//!   runs out within [`super::VETTING_NOTICE_DAYS`] (or has run out), a mail to the
//!   coordinators (administrators) and to the driver. Each goes once per driver, thing and
//!   date (unique key `ride-vetting:{driver}:{thing}:{date}:{to}`): a new date entered in
//!   the register starts a new reminder; a second run queues nothing.
//! - **Retention:** a ride's personal data (name, phone, e-mail, address, note, relative,
//!   the private link) is erased [`super::RETENTION_DAYS`] days after its last date
//!   ([`crate::store::Store::erase_rides_before`]); the dates, the driver and the
//!   kilometres stay, because the drivers' mileage is bookkeeping.

use jiff::ToSpan;
use jiff::civil::Date;

use super::{RETENTION_DAYS, mail, vetting_due};
use crate::jobs::{JobContext, JobResult, next_daily_run};
use crate::store::Store;
use crate::store::jobs::NewJob;
use crate::store::outbox::NewMail;

pub const RIDES: &str = "rides";

/// Books the next run at the next 03:00 UTC; the unique key holds the day.
pub async fn schedule(store: &Store) -> crate::store::Result<()> {
    let run_at = next_daily_run(store.now(), 3 * 3600);
    let job = NewJob {
        unique_key: Some(format!("{RIDES}:{}", run_at / 86_400)),
        run_at,
        ..NewJob::new(RIDES, serde_json::json!({}))
    };
    store.enqueue(&job).await?;
    Ok(())
}

/// One run as of today in Copenhagen; then books tomorrow.
pub async fn run(ctx: &JobContext) -> JobResult {
    let today = ctx.store.clock().today();
    remind_vetting(ctx, today)
        .await
        .map_err(|e| e.to_string())?;
    erase_old(ctx, today).await.map_err(|e| e.to_string())?;
    schedule(&ctx.store).await.map_err(|e| e.to_string())
}

/// Queues the vetting reminders due on `today`; returns how many mails were new.
pub async fn remind_vetting(ctx: &JobContext, today: Date) -> crate::store::Result<usize> {
    let store = &ctx.store;
    let mut queued = 0;
    for municipality_id in store.municipality_ids().await? {
        let link = format!("{}/admin/koersel", ctx.base_url(municipality_id).await?);
        let coordinators = store.coordinator_addresses(municipality_id).await?;
        for driver in store.drivers(municipality_id).await? {
            if !driver.new.active {
                continue;
            }
            for (what, until) in vetting_due(&driver.model(), today) {
                let (subject, body) = mail::vetting_reminder(&driver.new.name, what, until, &link);
                let mut to: Vec<String> = coordinators.clone();
                if !driver.new.email.is_empty() {
                    to.push(driver.new.email.clone());
                }
                let mails: Vec<NewMail> = to
                    .into_iter()
                    .map(|to| NewMail {
                        municipality_id: Some(municipality_id),
                        unique_key: Some(format!("ride-vetting:{}:{what}:{until}:{to}", driver.id)),
                        to,
                        subject: subject.clone(),
                        body: body.clone(),
                    })
                    .collect();
                queued += store.queue_vetting_reminder(&mails).await?;
            }
        }
    }
    tracing::info!(queued, "ride vetting reminders");
    Ok(queued)
}

/// Erases the personal data of rides whose last date is more than
/// [`RETENTION_DAYS`] before `today`; returns how many.
pub async fn erase_old(ctx: &JobContext, today: Date) -> crate::store::Result<u64> {
    let before = today - RETENTION_DAYS.days();
    let erased = ctx.store.erase_rides_before(&before.to_string()).await?;
    tracing::info!(erased, "rides erased after retention");
    Ok(erased)
}
