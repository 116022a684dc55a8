//! Sending mail: the worker side of the outbox ([`crate::store::outbox`]).
//!
//! Each server runs one sender. It claims a due message with a lease, hands it to the SMTP
//! server (`SAMMEN_SMTP_URL`) and marks it sent right after the server accepted it. A
//! failure is retried with back-off (1, 4, 9 … minutes) up to
//! [`crate::store::outbox::MAX_ATTEMPTS`]. The Message-ID is derived from the outbox id,
//! so in the one window where a crash could repeat a message (accepted but not yet
//! marked), receivers see the same Message-ID twice and can drop the copy.

use std::time::Duration;

use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::store::Store;
use crate::store::outbox::OutboxMail;

/// How long a claimed message is ours.
const LEASE_SECONDS: i64 = 120;

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// Host part for Message-IDs.
    host: String,
}

impl Mailer {
    pub fn new(smtp_url: &str, from: Mailbox, base_url: &str) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        let host = base_url
            .split("://")
            .nth(1)
            .unwrap_or("localhost")
            .split(['/', ':'])
            .next()
            .unwrap_or("localhost")
            .to_owned();
        Ok(Self {
            transport,
            from,
            host,
        })
    }

    /// Sends under the configured address; `sender` (the municipality's) replaces its name.
    async fn send(&self, mail: &OutboxMail, sender: Option<String>) -> Result<(), String> {
        let to: Mailbox = mail.to.parse().map_err(|e| format!("address: {e}"))?;
        let from = match sender {
            Some(name) => Mailbox::new(Some(name), self.from.email.clone()),
            None => self.from.clone(),
        };
        let message = Message::builder()
            .from(from)
            .to(to)
            .subject(&mail.subject)
            .message_id(Some(format!("<outbox-{}@{}>", mail.id, self.host)))
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.clone())
            .map_err(|e| format!("message: {e}"))?;
        self.transport
            .send(message)
            .await
            .map_err(|e| format!("smtp: {}", redact_addresses(&e.to_string())))?;
        Ok(())
    }
}

/// The name a municipality's mail goes out under: its own setting, else "Sammen" and its
/// short name. One deployment sends for many municipalities from one address (the
/// operator's SPF and DKIM cover one domain); the name tells the reader which.
pub fn sender_name(m: &crate::domain::Municipality) -> String {
    if m.mail_name.trim().is_empty() {
        format!("Sammen {}", m.short_name)
    } else {
        m.mail_name.trim().to_owned()
    }
}

/// The text with every e-mail address in it replaced by `[address]`. An SMTP server's
/// refusal usually repeats the recipient ("550 5.1.1 <anne@example.org>: no such user"),
/// and that error goes to the log and the outbox row; the log is kept and read by
/// operators who have no business with citizens' addresses, so an address never reaches it.
pub fn redact_addresses(text: &str) -> String {
    // What may stand on either side of the "@" (RFC 5322's atext and dots; a domain's
    // letters, digits, dots and hyphens, any script).
    let local = |c: char| c.is_alphanumeric() || ".!#$%&'*+/=?^_`{|}~-".contains(c);
    let domain = |c: char| c.is_alphanumeric() || ".-".contains(c);
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '@' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let before = out.chars().rev().take_while(|c| local(*c)).count();
        let after = chars[i + 1..].iter().take_while(|c| domain(**c)).count();
        if before > 0 && after > 0 {
            for _ in 0..before {
                out.pop();
            }
            out.push_str("[address]");
            i += 1 + after;
        } else {
            out.push('@');
            i += 1;
        }
    }
    out
}

/// Sends due messages until none is left; returns how many were sent.
pub async fn send_due(store: &Store, mailer: &Mailer, worker: &str) -> crate::store::Result<usize> {
    let mut sent = 0;
    while let Some(mail) = store.claim_mail(worker, LEASE_SECONDS).await? {
        let sender = match mail.municipality_id {
            Some(id) => store
                .municipality_by_id(id)
                .await
                .ok()
                .map(|m| sender_name(&m)),
            None => None,
        };
        match mailer.send(&mail, sender).await {
            Ok(()) => {
                store.mark_mail_sent(mail.id, worker).await?;
                metrics::counter!("sammen_mail_total", "outcome" => "sent").increment(1);
                sent += 1;
            }
            Err(error) => {
                let retry_at = store.now() + 60 * mail.attempts * mail.attempts;
                // The error is already without addresses (`redact_addresses`); the
                // recipient is named by the outbox id only.
                tracing::warn!(mail = mail.id, attempt = mail.attempts, %error, "mail not sent");
                store
                    .mark_mail_failed(&mail, worker, &error, retry_at)
                    .await?;
                metrics::counter!("sammen_mail_total", "outcome" => "failed").increment(1);
            }
        }
    }
    Ok(sent)
}

/// The sender loop of one server.
pub fn spawn_sender(store: Store, mailer: Mailer, every: Duration) -> tokio::task::JoinHandle<()> {
    let worker = format!("mail-{}", uuid::Uuid::new_v4());
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(every);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            if let Err(err) = send_due(&store, &mailer, &worker).await {
                tracing::warn!(error = %err, "mail sender could not reach the database");
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::redact_addresses;

    #[test]
    fn addresses_leave_an_error_before_it_is_logged() {
        assert_eq!(
            redact_addresses(
                "permanent error (550): 5.1.1 <anne.hansen+kor@example.org>: Recipient address rejected"
            ),
            "permanent error (550): 5.1.1 <[address]>: Recipient address rejected"
        );
        assert_eq!(
            redact_addresses("to ole@xn--sby-0na.dk and søren@fællesskab.dk, from x@y"),
            "to [address] and [address], from [address]"
        );
        assert_eq!(
            redact_addresses("no address @ all, a@ or @b"),
            "no address @ all, a@ or @b"
        );
        assert_eq!(redact_addresses("connection refused"), "connection refused");
    }
}
