//! Flextur: the door-to-door ride booked by phone, as data (`data/flextur.toml`): a
//! start price for the first kilometres, then a price per kilometre, how far ahead to
//! book, and the phone number. The distance is the straight line × [`DETOUR`].

use serde::Deserialize;

use crate::domain::Coordinate;
use crate::domain::geo::haversine_km;
use crate::transport::journey::DETOUR;

/// The municipality's Flextur tariff.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Tariff {
    pub start_price_kr: u32,
    pub start_km: f64,
    pub per_km_kr: u32,
    pub book_minutes_ahead: u32,
    pub phone: String,
}

/// The tariff shipped in `data/flextur.toml`.
pub fn tariff() -> Tariff {
    toml::from_str(include_str!("../../data/flextur.toml")).expect("data/flextur.toml reads")
}

/// One ride's price and distance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fare {
    pub km: f64,
    pub kr: u32,
}

impl Tariff {
    /// The price of a ride of `km` kilometres (by road).
    pub fn price(&self, km: f64) -> u32 {
        let extra = (km - self.start_km).max(0.0);
        self.start_price_kr + (extra * self.per_km_kr as f64).round() as u32
    }

    /// The fare between two points.
    pub fn fare(&self, from: Coordinate, to: Coordinate) -> Fare {
        let km = haversine_km(from.lat, from.lon, to.lat, to.lon) * DETOUR;
        Fare {
            km: (km * 10.0).round() / 10.0,
            kr: self.price(km),
        }
    }

    /// Hours to book ahead, when whole; else minutes.
    pub fn book_hours(&self) -> Option<u32> {
        self.book_minutes_ahead
            .is_multiple_of(60)
            .then_some(self.book_minutes_ahead / 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Tariff {
        Tariff {
            start_price_kr: 30,
            start_km: 5.0,
            per_km_kr: 6,
            book_minutes_ahead: 120,
            phone: "00 00 00 00".into(),
        }
    }

    #[test]
    fn the_start_price_covers_the_first_kilometres() {
        assert_eq!(example().price(0.0), 30);
        assert_eq!(example().price(5.0), 30);
    }

    #[test]
    fn each_kilometre_after_costs_the_rate() {
        assert_eq!(example().price(6.0), 36);
        assert_eq!(example().price(12.5), 75);
    }

    #[test]
    fn the_shipped_tariff_reads() {
        let t = tariff();
        assert!(t.start_price_kr > 0 && t.per_km_kr > 0);
        assert_eq!(t.book_hours(), Some(2));
    }

    #[test]
    fn a_fare_is_the_straight_line_with_the_detour() {
        // Hørve → Asnæs is 7.4 km straight: 9.6 km by road, 30 + 4.6 × 6 = 58 kr.
        let hoerve = Coordinate {
            lat: 55.75292,
            lon: 11.45298,
        };
        let asnaes = Coordinate {
            lat: 55.81229,
            lon: 11.50129,
        };
        let fare = example().fare(hoerve, asnaes);
        assert!((9.0..10.5).contains(&fare.km), "{fare:?}");
        assert_eq!(
            fare.kr,
            example().price(haversine_km(55.75292, 11.45298, 55.81229, 11.50129) * DETOUR)
        );
    }
}
