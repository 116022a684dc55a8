//! The bus planner benchmark (a bench binary: `cargo bench --bench planner`).
//!
//! 25 stops in the Odsherred towns (`demo/odsherred/municipality.toml`), the depot in Asnæs, five
//! weekdays, 8-hour shifts from 09:00, stays of 40–60 minutes, and time windows: two
//! schools (arrive 14:00–15:00) and two care centres (arrive 10:00–11:00); one stop twice
//! a week. Reported: the solve time (median of 5), total driving beside the
//! nearest-neighbour plan, and on a small instance the exact optimum beside the solver.

use std::time::Instant;

use sammen::domain::Coordinate;
use sammen::planner::{Problem, Site, nearest_neighbour, optimum, solve};

const MUNICIPALITY: &str = include_str!("../demo/odsherred/municipality.toml");

fn towns() -> Vec<(String, Coordinate)> {
    sammen::municipality::File::read(MUNICIPALITY)
        .expect("the demo municipality's file")
        .towns
        .into_iter()
        .map(|t| (t.name, t.coordinate))
        .collect()
}

fn problem(count: usize, days: u8) -> Problem {
    let all = towns();
    let depot = all.iter().find(|(n, _)| n == "Asnæs").unwrap().1;
    let sites: Vec<Site> = all
        .iter()
        .filter(|(n, _)| n != "Asnæs")
        .take(count)
        .enumerate()
        .map(|(i, (name, at))| Site {
            name: name.clone(),
            at: *at,
            stay: 40 + 5 * (i as i64 % 5),
            window: match i {
                3 | 11 => Some((14 * 60, 15 * 60)),
                5 | 17 => Some((10 * 60, 11 * 60)),
                _ => None,
            },
            days: 0b0011111,
            per_week: if i == 0 { 2 } else { 1 },
        })
        .collect();
    Problem::new(depot, sites, (0..days).collect(), 9 * 60, 8 * 60)
}

fn main() {
    let p = problem(25, 5);
    let mut times = Vec::new();
    let mut plan = None;
    for _ in 0..5 {
        let started = Instant::now();
        plan = Some(solve(&p));
        times.push(started.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let plan = plan.unwrap();
    let naive = nearest_neighbour(&p);
    println!("## Bus planner\n");
    println!("`cargo bench --bench planner` (release build, this machine: 2 cores)\n");
    println!(
        "| instance | solve s (median of 5) | visits planned | unserved | total km | nearest-neighbour km | saved |"
    );
    println!("|---|---|---|---|---|---|---|");
    let visits: usize = plan.days.iter().map(|d| d.stops.len()).sum();
    println!(
        "| 25 stops, 5 weekdays, windows, 8 h shifts | {:.3} | {visits} | {} | {:.1} | {:.1} ({} unserved) | {:.0} % |",
        times[2],
        plan.unserved.len(),
        plan.km,
        naive.km,
        naive.unserved.len(),
        (1.0 - plan.km / naive.km) * 100.0
    );
    for day in &plan.days {
        let names: Vec<String> = day
            .stops
            .iter()
            .map(|s| {
                format!(
                    "{} {:02}:{:02}",
                    p.sites[s.site].name,
                    s.arrive / 60,
                    s.arrive % 60
                )
            })
            .collect();
        println!(
            "\nweekday {}: {:.1} km, back {:02}:{:02} — {}",
            day.weekday,
            day.km,
            day.end / 60,
            day.end % 60,
            names.join(" → ")
        );
    }
    let small = problem(6, 2);
    let started = Instant::now();
    let exact = optimum(&small).expect("the small instance is feasible");
    let exact_s = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let found = solve(&small);
    let found_s = started.elapsed().as_secs_f64();
    println!("\n| small instance (6 stops, 2 days) | km | seconds |");
    println!("|---|---|---|");
    println!(
        "| exact optimum (every assignment and order) | {:.2} | {exact_s:.3} |",
        exact.km
    );
    println!("| solver | {:.2} | {found_s:.3} |", found.km);
    println!(
        "| nearest neighbour | {:.2} | – |",
        nearest_neighbour(&small).km
    );
}
