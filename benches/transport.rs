//! The journey benchmark (a bench binary: `cargo bench --bench transport`).
//!
//! A synthetic regional feed made here: 5,000 stops on a 50 × 100 grid over Odsherred and
//! around it (about 0.9 km × 0.5 km apart), 250 lines — 125 east–west and 125 north–south,
//! crossing, so journeys change — of 20 stops each, 100 trips a day per line (both
//! directions, 05.00–22.00), every day: 500,000 stop times. Reported: the import
//! (`transport::prepare`: read and check every row, clip, write, parse), the network's
//! build from the stored zip, a day's timetable, peak memory (VmHWM), and the time of
//! 1,000 random journeys — a demo town to a demo place (`municipality.toml`'s places), there by a random
//! start between 09.00 and 19.00 and home after two hours (`Network::plan`: the range
//! query there, first and last way home).

use std::io::Write;
use std::time::Instant;

use sammen::domain::Coordinate;

const MUNICIPALITY: &str = include_str!("../demo/odsherred/municipality.toml");

const ROWS: usize = 50;
const COLS: usize = 100;
const LINES: usize = 250;
const STOPS_PER_LINE: usize = 20;
const TRIPS_PER_DIRECTION: usize = 50;

/// A small deterministic generator (xorshift), so every run asks the same questions.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn stop_at(row: usize, col: usize) -> (f64, f64) {
    (55.65 + row as f64 * 0.008, 11.15 + col as f64 * 0.008)
}

fn feed() -> Vec<u8> {
    let mut stops = String::from("stop_id,stop_name,stop_lat,stop_lon\n");
    for row in 0..ROWS {
        for col in 0..COLS {
            let (lat, lon) = stop_at(row, col);
            stops.push_str(&format!(
                "s{row}-{col},Stop {row}/{col},{lat:.5},{lon:.5}\n"
            ));
        }
    }
    let mut routes = String::from("route_id,agency_id,route_short_name,route_type\n");
    let mut trips = String::from("route_id,service_id,trip_id\n");
    let mut times = String::with_capacity(32 << 20);
    times.push_str("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
    let mut count = 0usize;
    for line in 0..LINES {
        // East–west lines on every row (two per row, offset), north–south on columns.
        let path: Vec<(usize, usize)> = if line < LINES / 2 {
            let row = line % ROWS;
            let offset = line / ROWS;
            (0..STOPS_PER_LINE)
                .map(|k| (row, (offset + 5 * k) % COLS))
                .collect()
        } else {
            let v = line - LINES / 2;
            let col = (v * 4 + v / 25) % COLS;
            let offset = v % 2;
            (0..STOPS_PER_LINE)
                .map(|k| ((offset + 2 * k + k / 10) % ROWS, col))
                .collect()
        };
        routes.push_str(&format!("l{line},a,{line},3\n"));
        for direction in 0..2 {
            for t in 0..TRIPS_PER_DIRECTION {
                let trip = format!("l{line}-{direction}-{t}");
                trips.push_str(&format!("l{line},all,{trip}\n"));
                let start = 5 * 3600 + t * 17 * 3600 / TRIPS_PER_DIRECTION + line * 37 % 600;
                for k in 0..STOPS_PER_LINE {
                    let (row, col) = if direction == 0 {
                        path[k]
                    } else {
                        path[STOPS_PER_LINE - 1 - k]
                    };
                    let at = start + k * 150;
                    let hms = format!("{:02}:{:02}:{:02}", at / 3600, at / 60 % 60, at % 60);
                    times.push_str(&format!("{trip},{hms},{hms},s{row}-{col},{}\n", k + 1));
                    count += 1;
                }
            }
        }
    }
    assert!(count >= 500_000, "{count} stop times");
    let files = [
        (
            "agency.txt",
            "agency_id,agency_name,agency_url,agency_timezone\na,Synthetic,https://example.org/,Europe/Copenhagen\n".to_owned(),
        ),
        ("stops.txt", stops),
        ("routes.txt", routes),
        ("trips.txt", trips),
        ("stop_times.txt", times),
        (
            "calendar.txt",
            "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nall,1,1,1,1,1,1,1,20200101,20991231\n".to_owned(),
        ),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in files {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn peak_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

fn main() {
    let demo =
        sammen::municipality::File::read(MUNICIPALITY).expect("the demo municipality's file");
    let towns: Vec<Coordinate> = demo.towns.iter().map(|t| t.coordinate).collect();
    let places: Vec<Coordinate> = demo.places.iter().map(|(p, _)| p.coordinate).collect();
    let mut area = towns.clone();
    area.extend(&places);

    let started = Instant::now();
    let zip = feed();
    let made = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let (stored, counts) = sammen::transport::prepare(&zip, &area).expect("the feed imports");
    let import = started.elapsed().as_secs_f64();
    eprintln!("imported in {import:.1} s: {counts}");

    let started = Instant::now();
    let network = sammen::transport::network(Some(&stored), None)
        .expect("the stored feed loads")
        .expect("it has trips");
    let build = started.elapsed().as_secs_f64();
    eprintln!("network in {build:.1} s");

    let date = jiff::civil::date(2026, 12, 1);
    let started = Instant::now();
    network.day(date).expect("a day's timetable");
    let day = started.elapsed().as_secs_f64();
    eprintln!("day's timetable in {day:.1} s");

    let mut rng = Rng(0x5eed_cafe);
    let mut times = Vec::with_capacity(1000);
    let (mut there, mut home) = (0, 0);
    // 1,000 different questions: the network keeps the plans it answered, and a repeat
    // is timed apart below.
    let mut asked = std::collections::HashSet::new();
    let mut queries = Vec::with_capacity(1000);
    while queries.len() < 1000 {
        let (f, t) = (rng.below(towns.len()), rng.below(places.len()));
        let start = jiff::civil::time(9 + rng.below(10) as i8, (rng.below(4) * 15) as i8, 0, 0);
        if asked.insert((f, t, start)) {
            queries.push((towns[f], places[t], start));
        }
    }
    for &(from, to, start) in &queries {
        let end = jiff::civil::time(start.hour() + 2, start.minute(), 0, 0);
        let t = Instant::now();
        let plan = network.plan(from, to, date, start, end);
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        there += usize::from(plan.there.is_some() || plan.walk.is_some());
        home += usize::from(plan.home_last.is_some() || plan.walk.is_some());
    }
    let mut again: Vec<f64> = queries
        .iter()
        .map(|&(from, to, start)| {
            let end = jiff::civil::time(start.hour() + 2, start.minute(), 0, 0);
            let t = Instant::now();
            network.plan(from, to, date, start, end);
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    again.sort_by(f64::total_cmp);
    times.sort_by(f64::total_cmp);
    let p = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!("## Journeys (GTFS, RAPTOR)\n");
    println!(
        "synthetic feed: {} stops, {} routes, {} trips, {} stop times; zip {:.1} MB (made in {made:.1} s)\n",
        counts.stops,
        counts.routes,
        counts.trips,
        counts.stop_times,
        zip.len() as f64 / 1e6
    );
    println!("| step | time |");
    println!("|---|---|");
    println!(
        "| import (`sammen import gtfs`: read, check every row, clip, write, parse) | {import:.2} s |"
    );
    println!("| network from the stored zip (each server, on a new timetable) | {build:.2} s |");
    println!("| one day's timetable (built once per date, then kept) | {day:.2} s |");
    println!(
        "| 1,000 journeys town → place (there by the start, first and last way home) | p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms |",
        p(0.5),
        p(0.99),
        times[times.len() - 1]
    );
    println!(
        "| the same 1,000 asked again (the network keeps answered plans) | p50 {:.3} ms, max {:.3} ms |",
        again[again.len() / 2],
        again[again.len() - 1]
    );
    println!("\nfound: a way there for {there} of 1,000, a last way home for {home}");
    println!("peak memory (VmHWM): {:.0} MiB", peak_mib());
}
