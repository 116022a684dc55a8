//! Planning Den Glade Bus's week: which stop on which weekday, in which order, so that
//! every stop is served as often as asked, within its time window and the crew's working
//! hours, with the least driving.
//!
//! The method: cheapest feasible insertion builds a plan; then local search — moving a
//! visit to its best place on any day, reversing a stretch of a day (2-opt) — and
//! ruin-and-recreate (take out a few nearby visits, put them back cheapest) run for a
//! fixed number of rounds from a fixed seed, so the result is repeatable. Distances come
//! from a matrix: by default the straight line × a road factor at an average speed; an
//! OSRM-style table can replace it ([`Matrix::from_table`]). A brute-force solver
//! ([`optimum`]) proves the method on small instances in the tests; [`nearest_neighbour`]
//! is the naive baseline the benchmark compares with.

use crate::domain::Coordinate;
use crate::domain::geo::haversine_km;

/// Roads are longer than the straight line.
pub const ROAD_FACTOR: f64 = 1.3;
/// Average speed on Odsherred's roads, km/h: the default until staff set the crew's own.
pub const SPEED_KMH: f64 = 45.0;

/// Travel between places: index 0 is the depot, then the sites in order.
#[derive(Debug, Clone)]
pub struct Matrix {
    pub km: Vec<Vec<f64>>,
    pub minutes: Vec<Vec<i64>>,
}

impl Matrix {
    /// Straight-line distance × [`ROAD_FACTOR`] at `speed_kmh`.
    pub fn haversine(points: &[Coordinate], speed_kmh: f64) -> Matrix {
        let km: Vec<Vec<f64>> = points
            .iter()
            .map(|a| {
                points
                    .iter()
                    .map(|b| haversine_km(a.lat, a.lon, b.lat, b.lon) * ROAD_FACTOR)
                    .collect()
            })
            .collect();
        Matrix::from_km(km, speed_kmh)
    }

    fn from_km(km: Vec<Vec<f64>>, speed_kmh: f64) -> Matrix {
        let minutes = km
            .iter()
            .map(|row| row.iter().map(|d| minutes_at(*d, speed_kmh)).collect())
            .collect();
        Matrix { km, minutes }
    }

    /// An OSRM-style table: `distances` in metres and `durations` in seconds, square, in
    /// the same order as the points (depot first).
    pub fn from_table(distances: &[Vec<f64>], durations: &[Vec<f64>]) -> Option<Matrix> {
        let n = distances.len();
        if durations.len() != n || distances.iter().chain(durations).any(|r| r.len() != n) {
            return None;
        }
        Some(Matrix {
            km: distances
                .iter()
                .map(|r| r.iter().map(|m| m / 1000.0).collect())
                .collect(),
            minutes: durations
                .iter()
                .map(|r| r.iter().map(|s| (s / 60.0).ceil() as i64).collect())
                .collect(),
        })
    }
}

/// Whole minutes (rounded up) to drive `km` at `speed_kmh`.
pub fn minutes_at(km: f64, speed_kmh: f64) -> i64 {
    (km / speed_kmh * 60.0).ceil() as i64
}

/// Road distances from a routing engine (the `durations` and `distances` of an OSRM
/// `table` answer), with the places they are for: "depot" first, then stop keys.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatrixFile {
    pub keys: Vec<String>,
    pub distances: Vec<Vec<f64>>,
    pub durations: Vec<Vec<f64>>,
}

impl MatrixFile {
    /// The longest leg a file may hold: 1,000 km.
    pub const MAX_METRES: f64 = 1_000_000.0;
    /// The slowest leg a file may hold: a day.
    pub const MAX_SECONDS: f64 = 86_400.0;

    /// Reads and checks a file; the error says what is wrong, for the configuration.
    pub fn read(path: &str) -> Result<MatrixFile, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read it: {e}"))?;
        MatrixFile::parse(&text)
    }

    /// Checks a file's text (what [`MatrixFile::read`] does after reading it).
    pub fn parse(text: &str) -> Result<MatrixFile, String> {
        let file: MatrixFile = serde_json::from_str(text)
            .map_err(|e| format!("a JSON object with keys, distances and durations: {e}"))?;
        let n = file.keys.len();
        let square = |m: &[Vec<f64>]| m.len() == n && m.iter().all(|r| r.len() == n);
        if file.keys.first().map(String::as_str) != Some("depot")
            || !square(&file.distances)
            || !square(&file.durations)
            || file
                .distances
                .iter()
                .chain(&file.durations)
                .flatten()
                .any(|v| !v.is_finite() || *v < 0.0)
        {
            return Err(format!(
                "keys must start with \"depot\", and distances and durations must be {n}×{n} non-negative numbers"
            ));
        }
        // A bus leg inside one municipality is far below these; the bounds keep every
        // later sum of minutes and kilometres far from overflow.
        if file
            .distances
            .iter()
            .flatten()
            .any(|m| *m > Self::MAX_METRES)
            || file
                .durations
                .iter()
                .flatten()
                .any(|s| *s > Self::MAX_SECONDS)
        {
            return Err(format!(
                "no leg may be longer than {} km or {} hours",
                Self::MAX_METRES / 1000.0,
                Self::MAX_SECONDS / 3600.0
            ));
        }
        Ok(file)
    }

    /// One leg by road, in km and whole minutes (rounded up), when the file has both keys.
    pub fn leg(&self, from: &str, to: &str) -> Option<(f64, i64)> {
        let i = self.keys.iter().position(|k| k == from)?;
        let j = self.keys.iter().position(|k| k == to)?;
        Some((
            self.distances[i][j] / 1000.0,
            (self.durations[i][j] / 60.0).ceil() as i64,
        ))
    }

    /// The matrix for these places (by key, depot first), or the first key it lacks.
    pub fn matrix_for(&self, keys: &[&str]) -> Result<Matrix, String> {
        let index: Vec<usize> = keys
            .iter()
            .map(|k| {
                self.keys
                    .iter()
                    .position(|have| have == k)
                    .ok_or_else(|| (*k).to_owned())
            })
            .collect::<Result<_, _>>()?;
        let pick = |m: &[Vec<f64>]| -> Vec<Vec<f64>> {
            index
                .iter()
                .map(|&i| index.iter().map(|&j| m[i][j]).collect())
                .collect()
        };
        Matrix::from_table(&pick(&self.distances), &pick(&self.durations))
            .ok_or_else(|| "depot".to_owned())
    }
}

/// A place the bus must visit.
#[derive(Debug, Clone)]
pub struct Site {
    pub name: String,
    pub at: Coordinate,
    /// Minutes the bus stays.
    pub stay: i64,
    /// Arrival must fall in this window (minutes after midnight), e.g. the school 14–15.
    pub window: Option<(i64, i64)>,
    /// Weekdays it may be visited (bit 0 = Monday).
    pub days: u8,
    /// Visits a week, each on a different day.
    pub per_week: u8,
}

#[derive(Debug, Clone)]
pub struct Problem {
    pub depot: Coordinate,
    pub sites: Vec<Site>,
    /// The weekdays the bus runs (0 = Monday).
    pub weekdays: Vec<u8>,
    /// When a shift starts (minutes after midnight) and how long it may last.
    pub shift_start: i64,
    pub shift_minutes: i64,
    pub matrix: Matrix,
}

impl Problem {
    /// A problem with the straight-line matrix.
    pub fn new(
        depot: Coordinate,
        sites: Vec<Site>,
        weekdays: Vec<u8>,
        shift_start: i64,
        shift_minutes: i64,
    ) -> Problem {
        let mut points = vec![depot];
        points.extend(sites.iter().map(|s| s.at));
        let matrix = Matrix::haversine(&points, SPEED_KMH);
        Problem {
            depot,
            sites,
            weekdays,
            shift_start,
            shift_minutes,
            matrix,
        }
    }

    /// One job per visit a site needs.
    fn jobs(&self) -> Vec<usize> {
        self.sites
            .iter()
            .enumerate()
            .flat_map(|(i, s)| std::iter::repeat_n(i, s.per_week as usize))
            .collect()
    }
}

/// A visit in a day's tour, with its times (minutes after midnight).
#[derive(Debug, Clone, PartialEq)]
pub struct Stop {
    pub site: usize,
    pub arrive: i64,
    pub leave: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Day {
    pub weekday: u8,
    pub stops: Vec<Stop>,
    pub km: f64,
    /// Back at the depot.
    pub end: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub days: Vec<Day>,
    pub km: f64,
    /// Sites (one entry per missing visit) no feasible place was found for.
    pub unserved: Vec<usize>,
}

/// Times along a route, or `None` when a window or the shift is broken. Waiting for a
/// window to open is allowed.
fn schedule(p: &Problem, weekday: u8, route: &[usize]) -> Option<(Vec<Stop>, f64, i64)> {
    let m = &p.matrix;
    let mut at = 0usize;
    let mut clock = p.shift_start;
    let mut km = 0.0;
    let mut stops = Vec::with_capacity(route.len());
    for &site in route {
        let s = &p.sites[site];
        if s.days & (1 << weekday) == 0 {
            return None;
        }
        clock += m.minutes[at][site + 1];
        km += m.km[at][site + 1];
        if let Some((open, close)) = s.window {
            if clock > close {
                return None;
            }
            clock = clock.max(open);
        }
        let arrive = clock;
        clock += s.stay;
        stops.push(Stop {
            site,
            arrive,
            leave: clock,
        });
        at = site + 1;
    }
    clock += m.minutes[at][0];
    km += m.km[at][0];
    (clock - p.shift_start <= p.shift_minutes).then_some((stops, km, clock))
}

/// A day holds a site at most once.
fn fits_day(route: &[usize], site: usize) -> bool {
    !route.contains(&site)
}

fn cost(p: &Problem, weekday: u8, route: &[usize]) -> Option<f64> {
    schedule(p, weekday, route).map(|(_, km, _)| km)
}

/// The cheapest feasible place for `site`: (day index, position, added km).
fn best_insertion(p: &Problem, routes: &[Vec<usize>], site: usize) -> Option<(usize, usize, f64)> {
    let mut best: Option<(usize, usize, f64)> = None;
    for (d, route) in routes.iter().enumerate() {
        if !fits_day(route, site) {
            continue;
        }
        let weekday = p.weekdays[d];
        let Some(before) = cost(p, weekday, route) else {
            continue;
        };
        let mut trial = route.clone();
        for pos in 0..=route.len() {
            trial.insert(pos, site);
            if let Some(after) = cost(p, weekday, &trial)
                && best.is_none_or(|(_, _, b)| after - before < b - 1e-9)
            {
                best = Some((d, pos, after - before));
            }
            trial.remove(pos);
        }
    }
    best
}

/// Inserts jobs cheapest-first until none fits; returns those that did not.
fn recreate(p: &Problem, routes: &mut [Vec<usize>], mut jobs: Vec<usize>) -> Vec<usize> {
    let mut left = Vec::new();
    while !jobs.is_empty() {
        let mut pick: Option<(usize, (usize, usize, f64))> = None;
        for (j, &site) in jobs.iter().enumerate() {
            if let Some(ins) = best_insertion(p, routes, site)
                && pick.is_none_or(|(_, b)| ins.2 < b.2 - 1e-9)
            {
                pick = Some((j, ins));
            }
        }
        match pick {
            Some((j, (d, pos, _))) => {
                let site = jobs.swap_remove(j);
                routes[d].insert(pos, site);
            }
            None => {
                left.append(&mut jobs);
            }
        }
    }
    left
}

/// Inserts jobs in the given order, each at its cheapest feasible place.
fn recreate_in_order(p: &Problem, routes: &mut [Vec<usize>], jobs: Vec<usize>) -> Vec<usize> {
    let mut left = Vec::new();
    for site in jobs {
        match best_insertion(p, routes, site) {
            Some((d, pos, _)) => routes[d].insert(pos, site),
            None => left.push(site),
        }
    }
    // What found no place alone may fit once the rest is placed.
    recreate(p, routes, left)
}

fn total(p: &Problem, routes: &[Vec<usize>]) -> f64 {
    routes
        .iter()
        .enumerate()
        .map(|(d, r)| cost(p, p.weekdays[d], r).unwrap_or(f64::INFINITY))
        .sum()
}

/// Moves each visit to its best place anywhere, and reverses stretches within a day,
/// while that shortens the week.
fn improve(p: &Problem, routes: &mut [Vec<usize>]) {
    loop {
        let mut better = false;
        // Relocate.
        for d in 0..routes.len() {
            let mut i = 0;
            while i < routes[d].len() {
                let site = routes[d].remove(i);
                let gain_before = cost(p, p.weekdays[d], &routes[d]);
                routes[d].insert(i, site);
                let (Some(without), Some(with)) = (gain_before, cost(p, p.weekdays[d], &routes[d]))
                else {
                    i += 1;
                    continue;
                };
                let saved = with - without;
                routes[d].remove(i);
                match best_insertion(p, routes, site) {
                    Some((nd, pos, added)) if added < saved - 1e-9 => {
                        routes[nd].insert(pos, site);
                        better = true;
                    }
                    _ => {
                        routes[d].insert(i, site);
                        i += 1;
                    }
                }
            }
        }
        // 2-opt within a day.
        for (route, &weekday) in routes.iter_mut().zip(&p.weekdays) {
            let n = route.len();
            let Some(mut current) = cost(p, weekday, route) else {
                continue;
            };
            for i in 0..n {
                for j in i + 1..n {
                    route[i..=j].reverse();
                    match cost(p, weekday, route) {
                        Some(c) if c < current - 1e-9 => {
                            current = c;
                            better = true;
                        }
                        _ => route[i..=j].reverse(),
                    }
                }
            }
        }
        if !better {
            return;
        }
    }
}

/// A small, fast, seeded generator (xorshift), so plans are repeatable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Rounds of ruin-and-recreate after the first local optimum.
pub const ROUNDS: usize = 400;

/// Plans the week.
pub fn solve(p: &Problem) -> Plan {
    solve_with(p, ROUNDS, 0x5eed_6a1a)
}

pub fn solve_with(p: &Problem, rounds: usize, seed: u64) -> Plan {
    let mut routes: Vec<Vec<usize>> = vec![Vec::new(); p.weekdays.len()];
    let mut unserved = recreate(p, &mut routes, p.jobs());
    improve(p, &mut routes);
    let mut best = (routes.clone(), unserved.clone(), total(p, &routes));
    // Record-to-record travel: the current plan may be a little worse than the best one,
    // by a margin that shrinks to nothing over the rounds, so the search leaves a local
    // optimum instead of circling in it.
    let mut current = best.clone();
    let mut rng = Rng(seed | 1);
    let sites = p.sites.len();
    for round in 0..rounds {
        let mut trial = current.0.clone();
        let k = 2 + rng.below(4);
        let chosen: Vec<usize> = if rng.below(2) == 0 {
            // Related: a random visit and its nearest neighbours.
            let centre = rng.below(sites);
            let mut by_distance: Vec<usize> = (0..sites).collect();
            by_distance.sort_by(|a, b| {
                p.matrix.km[centre + 1][a + 1].total_cmp(&p.matrix.km[centre + 1][b + 1])
            });
            by_distance.into_iter().take(k).collect()
        } else {
            (0..k).map(|_| rng.below(sites)).collect()
        };
        let mut removed = Vec::new();
        for site in chosen {
            for route in trial.iter_mut() {
                if let Some(pos) = route.iter().position(|s| *s == site) {
                    route.remove(pos);
                    removed.push(site);
                }
            }
        }
        removed.extend(current.1.iter().copied());
        // Put them back in a shuffled order: cheapest-first alone always rebuilds the same.
        for i in (1..removed.len()).rev() {
            let j = rng.below(i + 1);
            removed.swap(i, j);
        }
        let left = recreate_in_order(p, &mut trial, removed);
        improve(p, &mut trial);
        let km = total(p, &trial);
        let margin = 0.03 * (1.0 - round as f64 / rounds as f64);
        if left.len() < current.1.len()
            || (left.len() == current.1.len() && km < current.2 * (1.0 + margin))
        {
            current = (trial, left, km);
            if (current.1.len(), current.2) < (best.1.len(), best.2 - 1e-9) {
                best = current.clone();
            }
        }
    }
    unserved = best.1;
    plan_of(p, &best.0, unserved)
}

fn plan_of(p: &Problem, routes: &[Vec<usize>], unserved: Vec<usize>) -> Plan {
    let days: Vec<Day> = routes
        .iter()
        .enumerate()
        .filter_map(|(d, r)| {
            let (stops, km, end) = schedule(p, p.weekdays[d], r)?;
            Some(Day {
                weekday: p.weekdays[d],
                stops,
                km,
                end,
            })
        })
        .collect();
    Plan {
        km: days.iter().map(|d| d.km).sum(),
        days,
        unserved,
    }
}

/// The naive plan: each day, drive to the nearest visit that still fits, until none does.
pub fn nearest_neighbour(p: &Problem) -> Plan {
    let mut jobs = p.jobs();
    let mut routes: Vec<Vec<usize>> = vec![Vec::new(); p.weekdays.len()];
    for (d, route) in routes.iter_mut().enumerate() {
        loop {
            let at = route.last().map_or(0, |s| s + 1);
            let next = jobs
                .iter()
                .enumerate()
                .filter(|(_, s)| fits_day(route, **s))
                .filter(|(_, s)| {
                    let mut trial = route.clone();
                    trial.push(**s);
                    schedule(p, p.weekdays[d], &trial).is_some()
                })
                .min_by(|a, b| p.matrix.km[at][a.1 + 1].total_cmp(&p.matrix.km[at][b.1 + 1]));
            match next {
                Some((j, _)) => route.push(jobs.swap_remove(j)),
                None => break,
            }
        }
    }
    plan_of(p, &routes, jobs)
}

/// The exact optimum by trying every assignment and order: only for a handful of sites
/// (the tests prove [`solve`] against it).
pub fn optimum(p: &Problem) -> Option<Plan> {
    let jobs = p.jobs();
    let days = p.weekdays.len();
    assert!(
        jobs.len() <= 8 && days <= 3,
        "the brute force is for small instances"
    );
    let mut best: Option<(f64, Vec<Vec<usize>>)> = None;
    let combinations = days.pow(jobs.len() as u32);
    for code in 0..combinations {
        let mut routes: Vec<Vec<usize>> = vec![Vec::new(); days];
        let mut c = code;
        for &site in &jobs {
            routes[c % days].push(site);
            c /= days;
        }
        if routes
            .iter()
            .any(|r| (1..r.len()).any(|i| r[..i].contains(&r[i])))
        {
            continue;
        }
        let mut chosen = Vec::new();
        let mut km = 0.0;
        let mut feasible = true;
        for (d, r) in routes.iter().enumerate() {
            match best_order(p, p.weekdays[d], r) {
                Some((order, k)) => {
                    km += k;
                    chosen.push(order);
                }
                None => {
                    feasible = false;
                    break;
                }
            }
        }
        if feasible && best.as_ref().is_none_or(|(b, _)| km < *b - 1e-9) {
            best = Some((km, chosen));
        }
    }
    best.map(|(_, routes)| plan_of(p, &routes, Vec::new()))
}

fn best_order(p: &Problem, weekday: u8, sites: &[usize]) -> Option<(Vec<usize>, f64)> {
    let mut order = sites.to_vec();
    order.sort();
    let mut best: Option<(Vec<usize>, f64)> = None;
    loop {
        if let Some(km) = cost(p, weekday, &order)
            && best.as_ref().is_none_or(|(_, b)| km < *b - 1e-9)
        {
            best = Some((order.clone(), km));
        }
        if !next_permutation(&mut order) {
            return best;
        }
    }
}

fn next_permutation(v: &mut [usize]) -> bool {
    let Some(i) = (1..v.len()).rev().find(|&i| v[i - 1] < v[i]) else {
        return false;
    };
    let j = (i..v.len()).rev().find(|&j| v[j] > v[i - 1]).unwrap_or(i);
    v.swap(i - 1, j);
    v[i..].reverse();
    true
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_matrix_file_is_checked_when_read() {
        let dir = std::env::temp_dir().join(format!("sammen-matrix-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let write = |name: &str, text: &str| {
            let path = dir.join(name);
            std::fs::write(&path, text).unwrap();
            path.to_string_lossy().into_owned()
        };
        let good = write(
            "good.json",
            r#"{"keys": ["depot", "a"], "distances": [[0, 900], [900, 0]], "durations": [[0, 60], [60, 0]]}"#,
        );
        let file = MatrixFile::read(&good).unwrap();
        let m = file.matrix_for(&["depot", "a"]).unwrap();
        assert_eq!((m.km[0][1], m.minutes[1][0]), (0.9, 1));
        assert_eq!(file.matrix_for(&["depot", "b"]).unwrap_err(), "b");
        let not_square = write(
            "bad.json",
            r#"{"keys": ["depot", "a"], "distances": [[0, 900]], "durations": [[0, 60], [60, 0]]}"#,
        );
        assert!(MatrixFile::read(&not_square).unwrap_err().contains("2×2"));
        let no_depot = write(
            "nodepot.json",
            r#"{"keys": ["a"], "distances": [[0]], "durations": [[0]]}"#,
        );
        assert!(MatrixFile::read(&no_depot).is_err());
        // A leg of 1e308 seconds once overflowed the plan check's sums.
        let endless = r#"{"keys": ["depot", "a"], "distances": [[0, 900], [900, 0]], "durations": [[0, 1e308], [60, 0]]}"#;
        assert!(MatrixFile::parse(endless).unwrap_err().contains("24 hours"));
        let far = r#"{"keys": ["depot", "a"], "distances": [[0, 2e6], [900, 0]], "durations": [[0, 60], [60, 0]]}"#;
        assert!(MatrixFile::parse(far).unwrap_err().contains("1000 km"));
        assert!(
            MatrixFile::read(&dir.join("missing.json").to_string_lossy())
                .unwrap_err()
                .contains("cannot read")
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    use super::*;

    fn site(name: &str, lat: f64, lon: f64) -> Site {
        Site {
            name: name.into(),
            at: Coordinate { lat, lon },
            stay: 45,
            window: None,
            days: 0b0011111,
            per_week: 1,
        }
    }

    fn random_problem(seed: u64, n: usize, days: usize) -> Problem {
        let mut rng = Rng(seed | 1);
        let sites = (0..n)
            .map(|i| {
                let mut s = site(
                    &format!("s{i}"),
                    55.70 + (rng.below(300) as f64) / 1000.0,
                    11.35 + (rng.below(400) as f64) / 1000.0,
                );
                if rng.below(3) == 0 {
                    let open = 9 * 60 + 30 * rng.below(10) as i64;
                    s.window = Some((open, open + 60));
                }
                s
            })
            .collect();
        Problem::new(
            Coordinate {
                lat: 55.81,
                lon: 11.50,
            },
            sites,
            (0..days as u8).collect(),
            9 * 60,
            4 * 60,
        )
    }

    #[test]
    fn the_heuristic_finds_the_proven_optimum_on_small_weeks() {
        for seed in 1..=40 {
            let p = random_problem(seed, 6, 2);
            let exact = optimum(&p);
            let found = solve(&p);
            match exact {
                Some(exact) => {
                    assert!(found.unserved.is_empty(), "seed {seed}: {found:?}");
                    assert!(
                        (found.km - exact.km).abs() < 1e-6,
                        "seed {seed}: {} km, optimum {} km",
                        found.km,
                        exact.km
                    );
                }
                None => assert!(!found.unserved.is_empty(), "seed {seed}"),
            }
        }
    }

    #[test]
    fn every_plan_keeps_windows_shifts_days_and_visits() {
        let mut p = random_problem(7, 14, 5);
        p.sites[0].per_week = 2;
        p.sites[1].days = 0b00100; // Wednesdays only
        p.sites[2].window = Some((14 * 60, 15 * 60)); // the school
        p.shift_minutes = 8 * 60;
        let plan = solve(&p);
        assert!(plan.unserved.is_empty(), "{:?}", plan.unserved);
        let mut count = vec![0; p.sites.len()];
        for day in &plan.days {
            assert!(day.end - p.shift_start <= p.shift_minutes);
            for stop in &day.stops {
                count[stop.site] += 1;
                let s = &p.sites[stop.site];
                assert!(s.days & (1 << day.weekday) != 0);
                if let Some((open, close)) = s.window {
                    assert!(open <= stop.arrive && stop.arrive <= close);
                }
            }
            let mut seen = day.stops.iter().map(|s| s.site).collect::<Vec<_>>();
            seen.sort();
            seen.dedup();
            assert_eq!(seen.len(), day.stops.len(), "a site at most once a day");
        }
        assert_eq!(count[0], 2);
        assert!(count[1..].iter().all(|c| *c == 1));
        let wednesday = plan.days.iter().find(|d| d.weekday == 2).unwrap();
        assert!(wednesday.stops.iter().any(|s| s.site == 1));
        let naive = nearest_neighbour(&p);
        assert!(plan.km <= naive.km + 1e-9, "{} vs {}", plan.km, naive.km);
        assert_eq!(solve(&p), plan, "the same seed gives the same plan");
    }

    #[test]
    fn an_impossible_window_is_reported_not_hidden() {
        let mut p = random_problem(3, 4, 1);
        p.sites[0].window = Some((5 * 60, 6 * 60)); // before the shift starts
        let plan = solve(&p);
        assert_eq!(plan.unserved, vec![0]);
    }

    #[test]
    fn an_osrm_table_replaces_the_straight_lines() {
        let d = vec![vec![0.0, 1000.0], vec![1000.0, 0.0]];
        let t = vec![vec![0.0, 90.0], vec![90.0, 0.0]];
        let m = Matrix::from_table(&d, &t).unwrap();
        assert_eq!((m.km[0][1], m.minutes[0][1]), (1.0, 2));
        assert!(Matrix::from_table(&d, &[vec![0.0]]).is_none());
    }
}
