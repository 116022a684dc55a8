//! The soak (a bench binary: `cargo bench --bench soak`): a release server under a steady
//! mixed load for a while, counting every answer and watching its memory.
//!
//! It starts `target/release/sammen serve` on a fresh SQLite file (the demo loaded),
//! behind a "trusted proxy" (itself) so that each virtual visitor comes from an address
//! of its own, as real visitors would. Workers loop over: the home page, searches with
//! varied words and filters, offer pages, the calendar and event pages, the bus, the
//! personal guide's result, the API — and sign-ups (the event page, then its form, as a
//! browser does), with `SAMMEN_MIN_FORM_SECONDS=0` since a script fills a form at once.
//! Reported: requests by kind and status, server errors (must be 0), and the server's
//! resident memory after the warm-up minute and at the end (must stay within 10 %).
//!
//! `SOAK_SECONDS` (600) and `SOAK_WORKERS` (16) change the run; the command is in
//! BENCHMARKS.md.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::time::{Duration, Instant};

use tokio::sync::Mutex;

const WORDS: [&str; 12] = [
    "fodbold",
    "strikkecafe",
    "spise sammen",
    "kor",
    "gåtur",
    "demens",
    "unge",
    "bridge",
    "svømning",
    "sorg",
    "motion",
    "musik",
];
const TOWNS: [&str; 5] = [
    "Asn%C3%A6s",
    "H%C3%B8rve",
    "Nyk%C3%B8bing%20Sj%C3%A6lland",
    "Vig",
    "Rørvig",
];

type Counts = Arc<Mutex<BTreeMap<(String, u16), u64>>>;

fn main() {
    let seconds: u64 = env_or("SOAK_SECONDS", 600);
    let workers: u32 = env_or("SOAK_WORKERS", 16);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(soak(seconds, workers));
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

async fn soak(seconds: u64, workers: u32) {
    let binary = concat!(env!("CARGO_MANIFEST_DIR"), "/target/release/sammen");
    assert!(
        std::path::Path::new(binary).exists(),
        "build the server first: cargo build --release"
    );
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = std::process::Command::new(binary)
        .arg("serve")
        .env(
            "SAMMEN_DATABASE_URL",
            format!("sqlite://{}", dir.path().join("soak.db").display()),
        )
        .env("SAMMEN_LISTEN", format!("127.0.0.1:{port}"))
        .env("SAMMEN_TRUSTED_PROXIES", "127.0.0.1")
        .env("SAMMEN_MIN_FORM_SECONDS", "0")
        .env("SAMMEN_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("the server starts");
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(workers as usize)
        .build()
        .unwrap();
    let started = Instant::now();
    while client.get(format!("{base}/healthz")).send().await.is_err() {
        assert!(started.elapsed() < Duration::from_secs(60), "no server");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let events = open_events(&client, &base).await;
    println!(
        "soak: {seconds} s, {workers} workers, {} events open for sign-up, server pid {}",
        events.len(),
        server.id()
    );
    let counts: Counts = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let visitor = Arc::new(AtomicU32::new(1));
    let mut tasks = Vec::new();
    for w in 0..workers {
        let (client, base, counts, stop, visitor, events) = (
            client.clone(),
            base.clone(),
            counts.clone(),
            stop.clone(),
            visitor.clone(),
            events.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let mut i = w as usize;
            while !stop.load(Ordering::Relaxed) {
                let who = visitor.fetch_add(1, Ordering::Relaxed);
                let [_, a, b, c] = who.to_be_bytes();
                let from = format!("10.{a}.{b}.{c}");
                one_visit(&client, &base, &from, i, &events, &counts).await;
                i += 7;
            }
        }));
    }
    let pid = server.id();
    let mut samples = Vec::new();
    let total = Duration::from_secs(seconds);
    while started.elapsed() < total {
        tokio::time::sleep(Duration::from_secs(10).min(total)).await;
        samples.push((started.elapsed().as_secs(), rss_kib(pid)));
    }
    stop.store(true, Ordering::Relaxed);
    for t in tasks {
        let _ = t.await;
    }
    let _ = server.kill();
    let _ = server.wait();
    let counts = counts.lock().await.clone();
    report(&counts, &samples, started.elapsed());
}

/// One visitor's short visit: a few pages, and every fourth visit a sign-up.
async fn one_visit(
    client: &reqwest::Client,
    base: &str,
    from: &str,
    i: usize,
    events: &[String],
    counts: &Counts,
) {
    let word = WORDS[i % WORDS.len()];
    let town = TOWNS[i % TOWNS.len()];
    let pages = [
        ("home", "/".to_owned()),
        ("search", format!("/vejviser?q={word}")),
        (
            "search+filter",
            format!("/vejviser?q={word}&by={town}&km=10"),
        ),
        ("offer", format!("/tilbud/{}", 1 + i % 150)),
        ("calendar", "/kalender".to_owned()),
        ("event", format!("/arrangement/{}", 1 + i % 30)),
        ("bus", "/bussen".to_owned()),
        (
            "guide",
            format!(
                "/find-dit-faellesskab?trin=7&alder={}&by={town}&lide=spil",
                15 + i % 70
            ),
        ),
        ("api", format!("/api/v1/offers?q={word}")),
    ];
    for (kind, path) in pages.iter().skip(i % 3).step_by(2) {
        get(client, base, from, kind, path, counts).await;
    }
    if i.is_multiple_of(4) && !events.is_empty() {
        sign_up(client, base, from, &events[i % events.len()], i, counts).await;
    }
}

async fn get(
    client: &reqwest::Client,
    base: &str,
    from: &str,
    kind: &str,
    path: &str,
    counts: &Counts,
) -> Option<String> {
    let response = client
        .get(format!("{base}{path}"))
        .header("x-forwarded-for", from)
        .send()
        .await;
    let (status, body) = match response {
        Ok(r) => {
            let status = r.status().as_u16();
            (status, r.text().await.ok())
        }
        Err(_) => (0, None),
    };
    *counts
        .lock()
        .await
        .entry((kind.to_owned(), status))
        .or_default() += 1;
    body
}

/// As a browser: the event page, then its sign-up form with the page's token.
async fn sign_up(
    client: &reqwest::Client,
    base: &str,
    from: &str,
    event: &str,
    i: usize,
    counts: &Counts,
) {
    let Some(html) = get(client, base, from, "sign-up page", event, counts).await else {
        return;
    };
    let Some(action) = signup_action(&html) else {
        return; // full, or closed meanwhile
    };
    let Some(token) = form_token(&html) else {
        return;
    };
    let name = format!("Gæst {i}");
    let response = client
        .post(format!("{base}{action}"))
        .header("x-forwarded-for", from)
        .form(&[
            ("_token", token.as_str()),
            ("navn", &name),
            ("antal", "1"),
            // Some events need a way to reach the person.
            ("telefon", "20 30 40 50"),
        ])
        .send()
        .await;
    let status = response.map(|r| r.status().as_u16()).unwrap_or(0);
    *counts
        .lock()
        .await
        .entry(("sign-up".to_owned(), status))
        .or_default() += 1;
}

fn signup_action(html: &str) -> Option<String> {
    let at = html.find("/tilmeld?dato=")?;
    let start = html[..at].rfind('"')? + 1;
    let end = at + html[at..].find('"')?;
    Some(html[start..end].replace("&amp;", "&"))
}

fn form_token(html: &str) -> Option<String> {
    let at = html.find("name=\"_token\" value=\"")? + "name=\"_token\" value=\"".len();
    Some(html[at..at + html[at..].find('"')?].to_owned())
}

async fn open_events(client: &reqwest::Client, base: &str) -> Vec<String> {
    let mut open = Vec::new();
    for id in 1..60 {
        let path = format!("/arrangement/{id}");
        let Ok(response) = client.get(format!("{base}{path}")).send().await else {
            continue;
        };
        if response.status() == 200
            && response
                .text()
                .await
                .is_ok_and(|h| signup_action(&h).is_some())
        {
            open.push(path);
        }
    }
    open
}

/// The server's resident memory, KiB.
fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

fn report(counts: &BTreeMap<(String, u16), u64>, samples: &[(u64, u64)], took: Duration) {
    let total: u64 = counts.values().sum();
    let errors: u64 = counts
        .iter()
        .filter(|((_, s), _)| *s >= 500 || *s == 0)
        .map(|(_, n)| n)
        .sum();
    println!(
        "\n{total} requests in {:.0} s ({:.0}/s)",
        took.as_secs_f64(),
        total as f64 / took.as_secs_f64()
    );
    println!("| kind | status | count |\n|---|---:|---:|");
    for ((kind, status), n) in counts {
        println!("| {kind} | {status} | {n} |");
    }
    let warm = samples
        .iter()
        .find(|(t, _)| *t >= 60)
        .or(samples.first())
        .map(|s| s.1)
        .unwrap_or(0);
    let peak = samples.iter().map(|s| s.1).max().unwrap_or(0);
    let end = samples.last().map(|s| s.1).unwrap_or(0);
    let change = if warm > 0 {
        (end as f64 - warm as f64) / warm as f64 * 100.0
    } else {
        0.0
    };
    println!("\nmemory (RSS) by minute:");
    for (t, kib) in samples.iter().filter(|(t, _)| t % 60 < 10) {
        println!("  {t:>4} s  {} MiB", kib / 1024);
    }
    println!(
        "\nmemory (RSS): after the warm-up minute {} MiB, peak {} MiB, at the end {} MiB ({change:+.1} %)",
        warm / 1024,
        peak / 1024,
        end / 1024
    );
    println!(
        "server errors (5xx or no answer): {errors}; memory within 10 %: {}",
        change.abs() <= 10.0
    );
    if errors > 0 || change.abs() > 10.0 {
        std::process::exit(1);
    }
}
