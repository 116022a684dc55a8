//! Ringing the bell: loads today's tour, the bus's positions and marks and the confirmed
//! subscriptions, asks [`super::bell::due`] who should hear what, and queues the messages
//! in the outbox under their unique keys. Called after every position or button press
//! from the crew, and once a minute by every server ([`spawn`]); the keys make repeats
//! harmless.

use std::time::Duration;

use jiff::{SignedDuration, Timestamp};

use super::bell::{Alert, Channel, due};
use super::live::{Live, today};
use crate::clock::Clock;
use crate::format::clock;
use crate::i18n::Lang;
use crate::signing::FormKey;
use crate::store::outbox::NewMail;
use crate::store::{Result, Store};

/// The private part of a subscription's links: its id and a MAC of it, so nothing
/// secret needs storing and every message can carry the link.
pub fn token(key: &FormKey, id: i64) -> String {
    let mac = key.derive("bus-bell", &id.to_string());
    format!("{id}.{}", &mac[..32])
}

/// The subscription id a token stands for, if the token is genuine.
pub fn verify(key: &FormKey, token: &str) -> Option<i64> {
    let (id, mac) = token.split_once('.')?;
    let id: i64 = id.parse().ok()?;
    let expected = self::token(key, id);
    let given = format!("{id}.{mac}");
    (expected.len() == given.len()
        && expected
            .bytes()
            .zip(given.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0)
        .then_some(id)
}

/// What ringing needs besides the database.
#[derive(Clone)]
pub struct Bell {
    pub store: Store,
    pub clock: Clock,
    pub key: FormKey,
    /// The configured public address (`SAMMEN_BASE_URL`); the links in a message go to
    /// its municipality's own host ([`Store::link_base`]).
    pub base_url: String,
    /// The server serves one municipality (`SAMMEN_MUNICIPALITY` is set).
    pub serves_one: bool,
}

impl Bell {
    /// Today's tour as it stands now, for the public page, the feed and the bell.
    pub async fn live<'a>(
        &self,
        municipality_id: i64,
        plan: &'a super::Plan,
        now: Timestamp,
    ) -> Result<Live<'a>> {
        let date = now.to_zoned_datetime(crate::format::copenhagen()).date();
        let midnight =
            crate::calendar::local_instant(date.to_datetime(jiff::civil::Time::midnight()));
        let fixes = self
            .store
            .fixes_between(
                municipality_id,
                midnight,
                now.checked_add(SignedDuration::from_mins(1)).unwrap_or(now),
            )
            .await?;
        let marks = self.store.marks_on(municipality_id, date).await?;
        Ok(today(plan, now, &fixes, &marks))
    }

    /// Queues what is due now in one municipality; returns how many messages were new.
    pub async fn ring(&self, municipality_id: i64) -> Result<usize> {
        let now = self.clock.now();
        let plan = self
            .store
            .bus_plan(municipality_id, &Lang::Da.t("bus-name"))
            .await?;
        if plan.visits.is_empty() {
            return Ok(0);
        }
        let subscriptions = self.store.subscriptions(municipality_id).await?;
        if subscriptions.is_empty() {
            return Ok(0);
        }
        let live = self.live(municipality_id, &plan, now).await?;
        let base = self
            .store
            .link_base(&self.base_url, self.serves_one, municipality_id)
            .await?;
        let mut queued = 0;
        for alert in due(&plan, &live, &subscriptions, now) {
            let mail = self.mail(&plan, &alert, live.date, municipality_id, &base);
            let new = match alert.subscription().channel {
                Channel::Email => self.store.queue_mail(&mail).await?,
                Channel::Push => {
                    self.store
                        .queue_push(&push_message(&mail, alert.subscription()))
                        .await?
                }
            };
            if new.is_some() {
                queued += 1;
            }
        }
        Ok(queued)
    }

    fn mail(
        &self,
        plan: &super::Plan,
        alert: &Alert<'_>,
        date: jiff::civil::Date,
        municipality_id: i64,
        base: &str,
    ) -> NewMail {
        let subscription = alert.subscription();
        let lang = subscription.lang;
        let stop = plan
            .stop(subscription.stop_id)
            .map(|s| s.full_name())
            .unwrap_or_default();
        let prefix = lang.link_prefix();
        let manage = format!(
            "{base}{prefix}/bussen/klokke/{}",
            token(&self.key, subscription.id)
        );
        let (subject, body) = match alert {
            Alert::Near { visit, minutes, .. } => {
                let args = [
                    ("bus", plan.name.clone().into()),
                    ("stop", stop.clone().into()),
                    ("minutes", minutes.to_string().into()),
                    (
                        "time",
                        clock(
                            visit
                                .expected
                                .to_zoned_datetime(crate::format::copenhagen())
                                .time(),
                        )
                        .into(),
                    ),
                    ("manage", manage.clone().into()),
                ];
                (
                    lang.t_with("mail-bell-near-subject", &args),
                    lang.t_with("mail-bell-near-body", &args),
                )
            }
            Alert::Tomorrow { date, times, .. } => {
                let when = times
                    .iter()
                    .map(|(a, l)| format!("{}–{}", clock(*a), clock(*l)))
                    .collect::<Vec<_>>()
                    .join(", ");
                let args = [
                    ("bus", plan.name.clone().into()),
                    ("stop", stop.clone().into()),
                    ("day", crate::format::day(lang, *date).into()),
                    ("times", when.into()),
                    ("manage", manage.clone().into()),
                ];
                (
                    lang.t_with("mail-bell-tomorrow-subject", &args),
                    lang.t_with("mail-bell-tomorrow-body", &args),
                )
            }
        };
        NewMail {
            municipality_id: Some(municipality_id),
            to: subscription.address.clone(),
            subject,
            body,
            unique_key: Some(alert.key(date)),
        }
    }
}

/// The mail's words as a Web Push payload: the subject as the title, where to look, and
/// the link that stops the bell (every message carries it, as an action).
fn push_message(mail: &NewMail, subscription: &super::bell::Subscription) -> NewMail {
    let lang = subscription.lang;
    let manage = mail
        .body
        .split_whitespace()
        .find(|w| w.contains("/bussen/klokke/"))
        .unwrap_or_default()
        .to_owned();
    let live = manage
        .split("/bussen/klokke/")
        .next()
        .map(|base| format!("{base}/bussen/nu"))
        .unwrap_or_default();
    NewMail {
        to: subscription.id.to_string(),
        body: serde_json::json!({
            "title": mail.subject,
            "body": lang.t("push-bell-body"),
            "url": live,
            "manage": manage,
            "stop_label": lang.t("push-bell-stop"),
        })
        .to_string(),
        ..mail.clone()
    }
}

/// Rings every municipality once a minute, and keeps positions for two days only.
pub fn spawn(bell: Bell, every: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(every);
        loop {
            ticker.tick().await;
            match bell.store.municipality_ids().await {
                Ok(ids) => {
                    for id in ids {
                        if let Err(err) = bell.ring(id).await {
                            tracing::warn!(%err, "the bus bell could not ring");
                        }
                    }
                }
                Err(err) => tracing::warn!(%err, "the bus bell could not list municipalities"),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_names_its_subscription_and_cannot_be_forged() {
        let key = FormKey::new("secret");
        let t = token(&key, 42);
        assert_eq!(verify(&key, &t), Some(42));
        assert_eq!(verify(&key, &t.replacen("42", "43", 1)), None);
        assert_eq!(verify(&FormKey::new("other"), &t), None);
        assert_eq!(verify(&key, "42"), None);
        assert_eq!(verify(&key, ""), None);
    }
}
