//! A real SMTP server for tests: speaks enough of RFC 5321 (EHLO/HELO, MAIL, RCPT, DATA,
//! RSET, NOOP, QUIT) over TCP on a free local port, and keeps what arrived. The mail is
//! parsed with `mail-parser`, an independent MIME parser, so tests read what a mail
//! client would show. A recipient starting with [`REFUSED`] is refused.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// Mail to an address that starts with this is refused at RCPT (550), the way a server
/// refuses an unknown mailbox.
pub const REFUSED: &str = "afvist";

#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    /// The display name in the `From:` header.
    pub from_name: String,
    pub to: Vec<String>,
    pub subject: String,
    pub body: String,
    pub message_id: String,
}

#[derive(Clone)]
pub struct SmtpSink {
    pub port: u16,
    received: Arc<Mutex<Vec<Received>>>,
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind smtp sink");
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let store = received.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let store = store.clone();
                tokio::spawn(async move {
                    let _ = session(socket, store).await;
                });
            }
        });
        SmtpSink { port, received }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn all(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    /// Mail to `address` so far.
    pub fn to(&self, address: &str) -> Vec<Received> {
        self.all()
            .into_iter()
            .filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(address)))
            .collect()
    }

    /// Waits until `count` messages to `address` have arrived (or 20 s passed).
    pub async fn wait_for(&self, address: &str, count: usize) -> Vec<Received> {
        for _ in 0..800 {
            let got = self.to(address);
            if got.len() >= count {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!(
            "{count} mail(s) to {address} did not arrive; got {:?}",
            self.all()
        );
    }
}

async fn session(
    socket: tokio::net::TcpStream,
    store: Arc<Mutex<Vec<Received>>>,
) -> std::io::Result<()> {
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read);
    write.write_all(b"220 sink ESMTP ready\r\n").await?;
    let (mut from, mut to) = (String::new(), Vec::new());
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_owned();
        let upper = command.to_ascii_uppercase();
        if upper.starts_with("EHLO") {
            write
                .write_all(b"250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
                .await?;
        } else if upper.starts_with("HELO") || upper.starts_with("NOOP") {
            write.write_all(b"250 OK\r\n").await?;
        } else if upper.starts_with("RSET") {
            from.clear();
            to.clear();
            write.write_all(b"250 OK\r\n").await?;
        } else if upper.starts_with("MAIL FROM:") {
            from = address(&command[10..]);
            write.write_all(b"250 OK\r\n").await?;
        } else if upper.starts_with("RCPT TO:") {
            let recipient = address(&command[8..]);
            if recipient.starts_with(REFUSED) {
                // As real servers do, the refusal repeats the address.
                let refusal = format!("550 5.1.1 <{recipient}>: Recipient address rejected\r\n");
                write.write_all(refusal.as_bytes()).await?;
                continue;
            }
            to.push(recipient);
            write.write_all(b"250 OK\r\n").await?;
        } else if upper == "DATA" {
            write.write_all(b"354 End with <CRLF>.<CRLF>\r\n").await?;
            let mut data = Vec::new();
            loop {
                line.clear();
                if lines.read_line(&mut line).await? == 0 {
                    return Ok(());
                }
                if line == ".\r\n" || line == ".\n" {
                    break;
                }
                // Dot-stuffing: a leading ".." stands for ".".
                let text = line
                    .strip_prefix('.')
                    .filter(|_| line.starts_with(".."))
                    .unwrap_or(&line);
                data.extend_from_slice(text.as_bytes());
            }
            let parsed = mail_parser::MessageParser::default()
                .parse(&data)
                .expect("a MIME message");
            store.lock().unwrap().push(Received {
                from: from.clone(),
                from_name: parsed
                    .from()
                    .and_then(|a| a.first())
                    .and_then(|a| a.name())
                    .unwrap_or_default()
                    .to_owned(),
                to: to.clone(),
                subject: parsed.subject().unwrap_or_default().to_owned(),
                body: parsed
                    .body_text(0)
                    .map(|b| b.into_owned())
                    .unwrap_or_default(),
                message_id: parsed.message_id().unwrap_or_default().to_owned(),
            });
            to.clear();
            write.write_all(b"250 OK queued\r\n").await?;
        } else if upper.starts_with("QUIT") {
            write.write_all(b"221 Bye\r\n").await?;
            return Ok(());
        } else {
            write.write_all(b"502 Command not implemented\r\n").await?;
        }
    }
}

fn address(raw: &str) -> String {
    raw.trim()
        .trim_start_matches('<')
        .split('>')
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// The first link in a text that starts with `prefix`.
pub fn link(text: &str, prefix: &str) -> String {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no link {prefix} in: {text}"));
    text[start..].split_whitespace().next().unwrap().to_owned()
}
