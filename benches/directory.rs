//! Directory benchmarks (a bench binary: `cargo bench --bench directory`).
//!
//! 1. Search: the demo offers multiplied to 1,000 and 100,000 generated offers; ten
//!    representative queries with facets; p50/p99 per query over many runs; index build time.
//! 2. Baseline: the same queries against PostgreSQL full-text search (`danish`
//!    configuration, GIN index) on the same data, in the same run — when
//!    `SAMMEN_TEST_POSTGRES_URL` is set.
//! 3. HTTP: `wrk` on `/vejviser?q=…` and `/tilbud/{id}` of the real server, beside a bare
//!    axum handler returning a fixed page of the same size (the machine's ceiling) — when
//!    `wrk` is installed. Reported as a ratio.
//!
//! Results go to stdout as Markdown tables for BENCHMARKS.md.

use std::time::{Duration, Instant};

use sammen::config::DatabaseUrl;
use sammen::domain::{LifeArena, Offer};
use sammen::search::{Directory, Filters};
use sammen::store::Store;

/// Ten queries a citizen might make, with filters (facets are counted on every search).
fn queries() -> Vec<(&'static str, Filters)> {
    let f = |q: &str| Filters {
        q: q.to_owned(),
        page: 1,
        ..Filters::default()
    };
    vec![
        ("fodbold", f("fodbold")),
        ("strikkecafe (typo, ascii)", f("strikkecafe")),
        ("fodboldklubben (compound)", f("fodboldklubben")),
        ("spise sammen (synonym)", f("spise sammen")),
        ("paaroerende demens", f("paaroerende demens")),
        (
            "gåtur + age 70",
            Filters {
                age: Some(70),
                ..f("gåtur")
            },
        ),
        (
            "kor + leisure + free",
            Filters {
                arena: Some(LifeArena::Leisure),
                free: true,
                ..f("kor")
            },
        ),
        (
            "(browse) Hørve 10 km",
            Filters {
                town: Some("Hørve".into()),
                radius_km: Some(10.0),
                ..f("")
            },
        ),
        (
            "unge + Asnæs 20 km",
            Filters {
                town: Some("Asnæs".into()),
                radius_km: Some(20.0),
                ..f("unge")
            },
        ),
        (
            "(browse) health, age 80",
            Filters {
                arena: Some(LifeArena::Health),
                age: Some(80),
                ..f("")
            },
        ),
    ]
}

struct Demo {
    offers: Vec<Offer>,
    towns: Vec<sammen::domain::Town>,
    places: Vec<sammen::domain::Place>,
    _dir: tempfile::TempDir,
}

async fn demo() -> Demo {
    let dir = tempfile::tempdir().unwrap();
    let url = DatabaseUrl::parse(&format!(
        "sqlite://{}",
        dir.path().join("bench.db").display()
    ))
    .unwrap();
    let store = Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    sammen::demo::load(&store, true).await.unwrap();
    let m = store.municipality(None).await.unwrap().id;
    Demo {
        offers: store.offers(m).await.unwrap(),
        towns: store.towns(m).await.unwrap(),
        places: store.places(m).await.unwrap(),
        _dir: dir,
    }
}

/// `n` offers made from the demo ones: each copy gets its own id, a numbered name and a
/// town and coordinate of its own, so that results and distances vary.
fn generate(demo: &Demo, n: usize) -> Vec<Offer> {
    (0..n)
        .map(|i| {
            let mut offer = demo.offers[i % demo.offers.len()].clone();
            offer.id = i as i64 + 1;
            if i >= demo.offers.len() {
                offer.name = format!("{} {}", offer.name, i / demo.offers.len() + 1);
                let town = &demo.towns[(i * 7) % demo.towns.len()];
                offer.town = Some(sammen::domain::TownRef {
                    id: town.id,
                    name: town.name.clone(),
                });
                offer.place = None;
                let jitter = ((i % 97) as f64 - 48.0) / 10_000.0;
                offer.coordinate = Some(sammen::domain::Coordinate {
                    lat: town.coordinate.lat + jitter,
                    lon: town.coordinate.lon - jitter,
                });
            }
            offer
        })
        .collect()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1000.0)
}

/// Runs each query `runs` times after a warm-up; returns (name, p50, p99, total matches).
fn time_search(
    directory: &Directory,
    runs: usize,
) -> Vec<(&'static str, Duration, Duration, usize)> {
    queries()
        .into_iter()
        .map(|(name, filters)| {
            let total = directory.search(&filters, 0, 20).unwrap().total;
            for _ in 0..runs / 10 {
                std::hint::black_box(directory.search(&filters, 0, 20).unwrap().total);
            }
            let mut times: Vec<Duration> = (0..runs)
                .map(|_| {
                    let start = Instant::now();
                    std::hint::black_box(directory.search(&filters, 0, 20).unwrap().total);
                    start.elapsed()
                })
                .collect();
            times.sort();
            (
                name,
                percentile(&times, 0.5),
                percentile(&times, 0.99),
                total,
            )
        })
        .collect()
}

async fn postgres_baseline(
    url: &str,
    offers: &[Offer],
    runs: usize,
) -> Option<Vec<(&'static str, Duration, Duration, i64)>> {
    sqlx::any::install_default_drivers();
    let pool = sqlx::any::AnyPoolOptions::new()
        .max_connections(2)
        .connect(url)
        .await
        .ok()?;
    sqlx::raw_sql(
        "DROP TABLE IF EXISTS bench_offer; \
         CREATE TABLE bench_offer (id BIGINT PRIMARY KEY, age_min BIGINT, age_max BIGINT, arenas TEXT, free BIGINT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, doc TSVECTOR)",
    )
    .execute(&pool)
    .await
    .ok()?;
    for chunk in offers.chunks(500) {
        let mut sql = String::from(
            "INSERT INTO bench_offer (id, age_min, age_max, arenas, free, lat, lon, doc) VALUES ",
        );
        let mut args = sqlx::any::AnyArguments::default();
        use sqlx::Arguments;
        for (i, o) in chunk.iter().enumerate() {
            let b = i * 8;
            sql.push_str(&format!(
                "{}(${}, ${}, ${}, ${}, ${}, ${}, ${}, to_tsvector('danish', ${}))",
                if i == 0 { "" } else { ", " },
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5,
                b + 6,
                b + 7,
                b + 8
            ));
            let arenas: Vec<&str> = o.life_arenas.iter().map(|a| a.code()).collect();
            let text = format!(
                "{} {} {} {}",
                o.name, o.short_description, o.description, o.organisation.name
            );
            let c = o
                .coordinate
                .unwrap_or(sammen::domain::Coordinate { lat: 0.0, lon: 0.0 });
            args.add(o.id).unwrap();
            args.add(o.age_min).unwrap();
            args.add(o.age_max).unwrap();
            args.add(arenas.join(",")).unwrap();
            args.add(i64::from(o.cost == sammen::domain::CostKind::Free))
                .unwrap();
            args.add(c.lat).unwrap();
            args.add(c.lon).unwrap();
            args.add(text).unwrap();
        }
        sqlx::query_with(sqlx::AssertSqlSafe(sql), args)
            .execute(&pool)
            .await
            .ok()?;
    }
    sqlx::raw_sql(
        "CREATE INDEX bench_offer_doc ON bench_offer USING GIN (doc); ANALYZE bench_offer;",
    )
    .execute(&pool)
    .await
    .ok()?;
    // The same ten searches as closely as PostgreSQL's full-text search can say them:
    // websearch_to_tsquery on the words (no typos, no compounds, no synonyms), the same
    // filters in SQL, the total counted and the top 20 by ts_rank.
    let mut out = Vec::new();
    for (name, f) in queries() {
        let (hørve, asnæs) = ((55.75292, 11.45298), (55.81229, 11.50129));
        let origin = match f.town.as_deref() {
            Some("Hørve") => Some(hørve),
            Some("Asnæs") => Some(asnæs),
            _ => None,
        };
        let text = if f.q.is_empty() {
            "TRUE".to_owned()
        } else {
            "doc @@ websearch_to_tsquery('danish', $1)".to_owned()
        };
        let mut conditions = vec![text];
        if let Some(age) = f.age {
            conditions.push(format!("age_min <= {age} AND age_max >= {age}"));
        }
        if let Some(a) = f.arena {
            conditions.push(format!("arenas LIKE '%{}%'", a.code()));
        }
        if f.free {
            conditions.push("free = 1".into());
        }
        if let (Some((lat, lon)), Some(km)) = (origin, f.radius_km) {
            conditions.push(format!(
                "6371 * 2 * asin(sqrt(power(sin(radians(lat - {lat}) / 2), 2) + cos(radians({lat})) * cos(radians(lat)) * power(sin(radians(lon - {lon}) / 2), 2))) <= {km}"
            ));
        }
        let rank = if f.q.is_empty() {
            "0.0::float8".to_owned()
        } else {
            "ts_rank(doc, websearch_to_tsquery('danish', $1))::float8".into()
        };
        let sql = format!(
            "SELECT id, {rank} AS score, COUNT(*) OVER () AS total FROM bench_offer WHERE {} ORDER BY score DESC, id LIMIT 20",
            conditions.join(" AND ")
        );
        let run = || async {
            let q = sqlx::query(sqlx::AssertSqlSafe(sql.clone()));
            let q = if f.q.is_empty() {
                q
            } else {
                q.bind(f.q.clone())
            };
            let rows = q.fetch_all(&pool).await.unwrap();
            use sqlx::Row;
            rows.first()
                .map_or(0, |r| r.try_get::<i64, _>("total").unwrap_or(0))
        };
        let total = run().await;
        let mut times = Vec::with_capacity(runs);
        for _ in 0..runs {
            let start = Instant::now();
            std::hint::black_box(run().await);
            times.push(start.elapsed());
        }
        times.sort();
        out.push((
            name,
            percentile(&times, 0.5),
            percentile(&times, 0.99),
            total,
        ));
    }
    sqlx::raw_sql("DROP TABLE bench_offer")
        .execute(&pool)
        .await
        .ok()?;
    Some(out)
}

fn wrk(url: &str, seconds: u32) -> Option<f64> {
    wrk_with(url, seconds, None)
}

/// `wrk`, with a Lua script when given (the "first search" row: every request another
/// address, so no page is ever kept).
fn wrk_with(url: &str, seconds: u32, script: Option<&str>) -> Option<f64> {
    let mut command = std::process::Command::new("wrk");
    command.args(["-t2", "-c32", &format!("-d{seconds}s")]);
    if let Some(script) = script {
        command.args(["-s", script]);
    }
    let output = command.arg(url).output().ok()?;
    let text = String::from_utf8_lossy(&output.stdout);
    text.lines().find_map(|l| {
        l.strip_prefix("Requests/sec:")
            .map(|v| v.trim().parse().ok())
    })?
}

async fn http_ceiling() {
    if std::process::Command::new("wrk")
        .arg("--version")
        .output()
        .is_err()
    {
        println!("\n(wrk is not installed: HTTP figures skipped. apt-get install wrk)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut settings = sammen::cli::Cli::default_settings();
    settings.database_url = format!("sqlite://{}", dir.path().join("http.db").display());
    settings.listen = "127.0.0.1:0".into();
    settings.job_poll_ms = "0".into();
    settings.log = "warn".into();
    let server = sammen::start(settings.validate().unwrap()).await.unwrap();
    let base = format!("http://{}", server.addr);
    println!("\n### HTTP throughput (wrk -t2 -c32 -d10s, same machine; release build)\n");
    println!("| page | bytes | requests/s | bare axum, same bytes | ratio |");
    println!("|---|---:|---:|---:|---:|");
    // Each request another address (`&n=…`): the page cache never helps, as for a
    // search nobody made in the last five seconds.
    let script = dir.path().join("first.lua");
    std::fs::write(
        &script,
        "request = function()\n  \
         return wrk.format(\"GET\", \"/vejviser?q=strikkecafe&n=\" .. math.random(1, 1000000000))\nend\n",
    )
    .unwrap();
    let script = script.display().to_string();
    for (path, first) in [
        ("/vejviser?q=strikkecafe", false),
        ("/vejviser?q=strikkecafe", true),
        ("/vejviser?q=fodbold&by=H%C3%B8rve&km=10", false),
        ("/kalender", false),
        ("/tilbud/1", false),
    ] {
        let body = reqwest_get(&format!("{base}{path}")).await;
        let size = body.len();
        let bare = bare_server(body).await;
        let real_rps = tokio::task::spawn_blocking({
            let url = format!("{base}{path}");
            let script = script.clone();
            move || wrk_with(&url, 10, first.then_some(script.as_str()))
        })
        .await
        .unwrap()
        .unwrap_or(0.0);
        let bare_rps = tokio::task::spawn_blocking(move || wrk(&bare, 10))
            .await
            .unwrap()
            .unwrap_or(0.0);
        let what = if first {
            format!("`{path}`, a first search (every request another address)")
        } else {
            format!("`{path}`")
        };
        println!(
            "| {what} | {size} | {real_rps:.0} | {bare_rps:.0} | {:.2} |",
            real_rps / bare_rps.max(1.0)
        );
    }
    server.shutdown().await;
}

async fn reqwest_get(url: &str) -> String {
    // A tiny HTTP/1.1 GET without a client dependency in the bench.
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let rest = url.trim_start_matches("http://");
    let (host, path) = rest.split_once('/').unwrap();
    let mut stream = tokio::net::TcpStream::connect(host).await.unwrap();
    stream
        .write_all(
            format!("GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .await
        .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .unwrap_or_default()
}

/// A bare axum server that returns `body` as HTML for every request.
async fn bare_server(body: String) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = axum::Router::new().fallback(move || {
        let body = body.clone();
        async move { axum::response::Html(body) }
    });
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}/")
}

#[tokio::main]
async fn main() {
    let only_search = std::env::args().any(|a| a == "--search-only");
    let demo = demo().await;
    println!("## Directory search (cargo bench --bench directory)\n");
    let pg = std::env::var("SAMMEN_TEST_POSTGRES_URL").ok();
    for (n, runs) in [(1_000usize, 2_000usize), (100_000, 200)] {
        let offers = generate(&demo, n);
        let start = Instant::now();
        let directory = Directory::build(
            offers.clone(),
            demo.towns.clone(),
            demo.places.clone(),
            jiff::Timestamp::now(),
        )
        .unwrap();
        let build = start.elapsed();
        println!(
            "### {n} offers — index build {:.2} s\n",
            build.as_secs_f64()
        );
        let ours = time_search(&directory, runs);
        let baseline = match &pg {
            Some(url) => postgres_baseline(url, &offers, runs.min(500)).await,
            None => None,
        };
        println!(
            "| query | matches | p50 ms | p99 ms | PostgreSQL FTS matches | PG p50 ms | PG p99 ms |"
        );
        println!("|---|---:|---:|---:|---:|---:|---:|");
        for (i, (name, p50, p99, total)) in ours.iter().enumerate() {
            let (pg_total, pg50, pg99) = match &baseline {
                Some(b) => (b[i].3.to_string(), ms(b[i].1), ms(b[i].2)),
                None => ("–".into(), "–".into(), "–".into()),
            };
            println!(
                "| {name} | {total} | {} | {} | {pg_total} | {pg50} | {pg99} |",
                ms(*p50),
                ms(*p99)
            );
        }
        let worst = ours.iter().map(|r| r.2).max().unwrap();
        println!("\nworst p99: {} ms\n", ms(worst));
        if baseline.is_none() {
            println!("(SAMMEN_TEST_POSTGRES_URL not set or unreachable: no PostgreSQL baseline)\n");
        }
    }
    if !only_search {
        http_ceiling().await;
    }
}
