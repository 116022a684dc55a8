//! A month of volunteer rides simulated on the demo municipality (Odsherred's real towns
//! and coordinates; INVENTED drivers and requests, from a fixed seed so every run gives
//! the same figures): how many requests the matching can serve, the kilometres, and each
//! driver's mileage at the demo's rate. The coordinator is modelled as taking the first
//! proposal ([`sammen::rides::propose`]), as the desk pre-selects it.
//!
//! `cargo bench --bench rides` (or `cargo bench --profile dev --bench rides`: the same
//! figures, the work is small). Figures are in BENCHMARKS.md.

use jiff::ToSpan;
use jiff::civil::{Date, Time, date, time};
use sammen::domain::Coordinate;
use sammen::rides::{
    Booked, Driver, Need, Reason, km_text, kroner, metres_per_date, mileage_ore, propose,
    weekly_dates,
};

/// SplitMix64: a small, fixed pseudo-random sequence.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const DRIVERS: usize = 14;
const RIDERS: usize = 70;
const REQUESTS: usize = 110;
/// Share of requests that are weekly (for the four weeks), in percent.
const WEEKLY: u64 = 45;
/// Share with a ride home, in percent.
const RETURN: u64 = 80;
const RATE_ORE_PER_KM: i64 = 379;
const ROAD_FACTOR: f64 = 1.3;
/// Where activities happen: the larger towns.
const DESTINATIONS: [&str; 6] = [
    "Nykøbing Sjælland",
    "Asnæs",
    "Hørve",
    "Vig",
    "Højby",
    "Fårevejle Stationsby",
];

fn main() {
    let data = sammen::demo::DemoData::parse().expect("the demo data parses");
    let towns: Vec<(i64, String, Coordinate, i64)> = data
        .towns
        .iter()
        .enumerate()
        .map(|(i, t)| {
            (
                i as i64 + 1,
                t.name.clone(),
                t.coordinate,
                t.population.unwrap_or(150).max(50),
            )
        })
        .collect();
    let total_people: i64 = towns.iter().map(|t| t.3).sum();
    let mut rng = Rng(17);
    // A town picked in proportion to its population.
    let by_population = |rng: &mut Rng| {
        let mut n = (rng.next() % total_people as u64) as i64;
        for t in &towns {
            if n < t.3 {
                return t.clone();
            }
            n -= t.3;
        }
        towns[0].clone()
    };
    let month_start = date(2026, 12, 7);
    let weeks = 4;
    let days: Vec<Date> = (0..weeks * 7).map(|d| month_start + d.days()).collect();

    let mut drivers = Vec::new();
    for id in 0..DRIVERS {
        let home = by_population(&mut rng);
        let mut mask = 0u8;
        while mask.count_ones() < 2 + rng.below(3) as u32 {
            mask |= 1 << rng.below(5);
        }
        let (from, to) = [
            (time(8, 0, 0, 0), time(16, 0, 0, 0)),
            (time(9, 0, 0, 0), time(18, 0, 0, 0)),
            (time(10, 0, 0, 0), time(20, 0, 0, 0)),
        ][rng.below(3)];
        drivers.push(Driver {
            id: id as i64 + 1,
            name: format!("Chauffør {:02} ({})", id + 1, home.1),
            home_town_id: Some(home.0),
            home: Some(home.2),
            towns: Vec::new(),
            weekdays: mask,
            from,
            to,
            record_on: Some(date(2026, 1, 1)),
            licence_until: Some(date(2030, 1, 1)),
            insurance_until: Some(date(2030, 1, 1)),
            active: true,
        });
    }
    let riders: Vec<(i64, String, Coordinate, i64)> =
        (0..RIDERS).map(|_| by_population(&mut rng)).collect();
    let destination_of = |name: &str| towns.iter().find(|t| t.1 == name).unwrap().2;

    let mut booked: Vec<Booked> = Vec::new();
    // Per rider: the drivers they had, most recent first.
    let mut history: Vec<Vec<i64>> = vec![Vec::new(); RIDERS];
    let (mut matched, mut weekly_asked, mut weekly_matched, mut again) = (0, 0, 0, 0);
    let (mut dates_driven, mut metres_total) = (0i64, 0i64);
    let mut per_driver = vec![(0i64, 0i64); DRIVERS];
    for _ in 0..REQUESTS {
        let rider = rng.below(RIDERS);
        let (town_id, _, pickup, _) = riders[rider].clone();
        let destination = destination_of(DESTINATIONS[rng.below(DESTINATIONS.len())]);
        let weekly = rng.chance(WEEKLY);
        // Weekdays only, in the first week for a weekly ride.
        let first = loop {
            let d = days[rng.below(if weekly { 7 } else { days.len() })];
            if d.weekday().to_monday_zero_offset() < 5 {
                break d;
            }
        };
        let dates = if weekly {
            weekly_dates(first, weeks)
        } else {
            vec![first]
        };
        let out = Time::new(9 + rng.below(6) as i8, [0, 30][rng.below(2)], 0, 0).unwrap();
        let home = rng.chance(RETURN).then(|| {
            out.checked_add((120 + 30 * rng.below(3) as i64).minutes())
                .unwrap()
        });
        let need = Need {
            town_id: Some(town_id),
            pickup: Some(pickup),
            dates: dates.clone(),
            pickup_out: out,
            pickup_home: home,
            earlier_drivers: history[rider].clone(),
        };
        weekly_asked += usize::from(weekly);
        let Some(chosen) = propose(&need, &drivers, &booked).into_iter().next() else {
            continue;
        };
        matched += 1;
        weekly_matched += usize::from(weekly);
        again += usize::from(chosen.reasons.contains(&Reason::SameDriver));
        let driver = &drivers[(chosen.driver_id - 1) as usize];
        let legs = if home.is_some() { 2 } else { 1 };
        let metres = metres_per_date(
            driver.home,
            Some(pickup),
            Some(destination),
            legs,
            ROAD_FACTOR,
        );
        for d in &dates {
            booked.push((driver.id, *d, out));
            if let Some(h) = home {
                booked.push((driver.id, *d, h));
            }
        }
        let n = dates.len() as i64;
        dates_driven += n;
        metres_total += metres * n;
        let slot = &mut per_driver[(driver.id - 1) as usize];
        slot.0 += n;
        slot.1 += metres * n;
        history[rider].retain(|d| *d != driver.id);
        history[rider].insert(0, driver.id);
    }
    println!(
        "A month of rides on the demo ({} towns, {DRIVERS} invented drivers, {RIDERS} invented riders)",
        towns.len()
    );
    println!(
        "{month_start} – {} ({weeks} weeks), rate {RATE_ORE_PER_KM} øre/km, road factor {ROAD_FACTOR}",
        days[days.len() - 1]
    );
    println!(
        "requests: {REQUESTS}, matched: {matched} ({:.0} %); weekly: {weekly_asked}, matched {weekly_matched}; same driver again: {again}",
        100.0 * matched as f64 / REQUESTS as f64
    );
    println!(
        "dates driven: {dates_driven}, km: {}, km per date: {}, mileage in all: {} kr",
        km_text(metres_total),
        km_text(metres_total / dates_driven.max(1)),
        kroner(mileage_ore(metres_total, RATE_ORE_PER_KM))
    );
    println!("| driver | days a week | dates | km | mileage (kr) |");
    println!("|---|---|---|---|---|");
    for (d, (n, m)) in drivers.iter().zip(&per_driver) {
        println!(
            "| {} | {} | {n} | {} | {} |",
            d.name,
            d.weekdays.count_ones(),
            km_text(*m),
            kroner(mileage_ore(*m, RATE_ORE_PER_KM))
        );
    }
}
