//! Keeping offers fresh: a daily job that reminds organisations to confirm their offers
//! and takes offers nobody confirmed out of search.
//!
//! Months are counted from the offer's last confirmation (`SAMMEN_FRESHNESS_MONTHS`,
//! default 6, 9, 11 for reminders, 12 for the public "may be out of date" note, 15 for
//! leaving search). Idempotent and safe with several servers: each reminder is an outbox
//! message with the unique key `fresh:{offer}:{confirmed on}:{months}`, so a second run —
//! on this server or another — queues nothing twice, and a new confirmation starts a new
//! series. When an offer has passed several stages at once (e.g. the feature is switched on
//! for old data) only the latest reminder is sent.

use jiff::civil::Date;

use crate::accounts::new_token;
use crate::i18n::Lang;
use crate::jobs::{JobContext, JobResult, next_daily_run};
use crate::store::Store;
use crate::store::accounts::Purpose;
use crate::store::jobs::NewJob;
use crate::store::outbox::NewMail;

pub const FRESHNESS: &str = "freshness";
/// How long the "still correct" link in a reminder works.
const LINK_DAYS: i64 = 120;

/// Books the next run at the next 02:00 UTC; the unique key holds the day.
pub async fn schedule(store: &Store) -> crate::store::Result<()> {
    let run_at = next_daily_run(store.now(), 2 * 3600);
    let job = NewJob {
        unique_key: Some(format!("{FRESHNESS}:{}", run_at / 86_400)),
        run_at,
        ..NewJob::new(FRESHNESS, serde_json::json!({}))
    };
    store.enqueue(&job).await?;
    Ok(())
}

/// One run: reminders, then unlisting, for every municipality; then books tomorrow.
pub async fn run(ctx: &JobContext) -> JobResult {
    let today = ctx
        .store
        .clock()
        .now()
        .to_zoned_datetime(crate::format::copenhagen())
        .date();
    check(ctx, today).await.map_err(|e| e.to_string())?;
    schedule(&ctx.store).await.map_err(|e| e.to_string())
}

/// What a run did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub reminders: usize,
    pub unlisted: u64,
}

/// The work of one run as of `today` (tests pass a day of their choosing).
pub async fn check(ctx: &JobContext, today: Date) -> crate::store::Result<Outcome> {
    let store = &ctx.store;
    let freshness = ctx.config.freshness;
    let mut outcome = Outcome::default();
    for municipality_id in store.municipality_ids().await? {
        let first = months_before(today, freshness.reminders[0]);
        for offer in store
            .offers_confirmed_before(municipality_id, &first)
            .await?
        {
            let Ok(confirmed) = offer.last_confirmed_on.parse::<Date>() else {
                continue;
            };
            // The latest stage this offer has reached.
            let Some(months) = freshness
                .reminders
                .iter()
                .rev()
                .copied()
                .find(|m| confirmed <= months_before_date(today, *m))
            else {
                continue;
            };
            let key = format!("fresh:{}:{}:{months}", offer.id, offer.last_confirmed_on);
            if store.outbox_key_used(&key).await? {
                continue;
            }
            let mut recipients = vec![offer.organisation_email.trim().to_lowercase()];
            recipients.extend(store.member_emails(offer.organisation_id).await?);
            recipients.retain(|r| crate::accounts::plausible_email(r));
            recipients.sort();
            recipients.dedup();
            if recipients.is_empty() {
                continue;
            }
            let (token, hash) = new_token();
            store
                .create_action_token(
                    &hash,
                    Purpose::ConfirmOffer,
                    None,
                    Some(offer.id),
                    LINK_DAYS * 86_400,
                )
                .await?;
            let link = format!("{}/bekraeft/{token}", ctx.base_url(municipality_id).await?);
            let lang = Lang::Da;
            let args = [
                ("offer", offer.name.clone().into()),
                ("organisation", offer.organisation_name.clone().into()),
                ("date", crate::format::date(lang, confirmed).into()),
                ("months", i64::from(months).into()),
                ("link", link.into()),
                ("unlisted", i64::from(freshness.unlisted).into()),
            ];
            for (n, to) in recipients.iter().enumerate() {
                let mail = NewMail {
                    municipality_id: Some(municipality_id),
                    to: to.clone(),
                    subject: lang.t_with("mail-fresh-subject", &args),
                    body: lang.t_with("mail-fresh-body", &args),
                    unique_key: Some(if n == 0 {
                        key.clone()
                    } else {
                        format!("{key}:{to}")
                    }),
                };
                store.queue_mail(&mail).await?;
            }
            outcome.reminders += 1;
        }
        let cutoff = months_before(today, freshness.unlisted);
        outcome.unlisted += store
            .unlist_offers_confirmed_before(municipality_id, &cutoff)
            .await?;
    }
    tracing::info!(
        reminders = outcome.reminders,
        unlisted = outcome.unlisted,
        "freshness check"
    );
    Ok(outcome)
}

fn months_before_date(today: Date, months: u32) -> Date {
    today
        .checked_sub(jiff::Span::new().months(i64::from(months)))
        .unwrap_or(Date::MIN)
}

/// 'YYYY-MM-DD' of `months` before `today`.
pub fn months_before(today: Date, months: u32) -> String {
    months_before_date(today, months).to_string()
}

/// Is an offer confirmed on `confirmed` old enough for the public "may be out of date" note?
pub fn is_stale(confirmed: Date, today: Date, stale_months: u32) -> bool {
    confirmed < months_before_date(today, stale_months)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_calendar_months() {
        let today: Date = "2026-11-28".parse().unwrap();
        assert_eq!(months_before(today, 6), "2026-05-28");
        assert_eq!(months_before(today, 15), "2025-08-28");
        let end_of_month: Date = "2026-08-31".parse().unwrap();
        assert_eq!(months_before(end_of_month, 6), "2026-02-28");
    }

    #[test]
    fn stale_means_older_than_the_limit() {
        let today: Date = "2026-11-28".parse().unwrap();
        assert!(!is_stale("2025-11-28".parse().unwrap(), today, 12));
        assert!(is_stale("2025-11-27".parse().unwrap(), today, 12));
    }
}
