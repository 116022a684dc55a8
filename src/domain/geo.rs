//! Distance on the map, for every feature that measures it (search, guide, bus).

/// Great-circle distance in kilometres.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::haversine_km;

    #[test]
    fn distance_between_asnaes_and_hoerve() {
        let d = haversine_km(55.81229, 11.50129, 55.75292, 11.45298);
        assert!((7.0..8.0).contains(&d), "{d}");
    }
}
