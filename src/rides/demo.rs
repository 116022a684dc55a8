//! The demo's drivers and the municipality's rate (`demo/odsherred/rides.toml`, embedded):
//! invented drivers so the coordinators' desk is not empty in a demo. Loaded by
//! [`crate::demo::load`] in its transaction; vetting dates are counted from the demo's today.

use std::collections::HashMap;

use jiff::ToSpan;
use jiff::civil::Date;
use serde::Deserialize;
use sqlx::AnyConnection;

use super::mask_from_codes;
use crate::store::rides::{NewDriver, write_driver, write_setting};

const RIDES: &str = include_str!("../../demo/odsherred/rides.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RidesFile {
    rides: Setting,
    #[serde(default)]
    driver: Vec<DriverFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Setting {
    mileage_rate_ore_per_km: i64,
    road_factor: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DriverFile {
    name: String,
    phone: String,
    email: String,
    town: String,
    towns: Vec<String>,
    days: Vec<String>,
    from: String,
    to: String,
    record_days_ago: i64,
    licence_days_left: i64,
    insurance_days_left: i64,
}

/// The file, parsed and checked against the towns.
pub fn parse(towns: &[&str]) -> Result<RidesFile, String> {
    let file: RidesFile = toml::from_str(RIDES).map_err(|e| e.to_string())?;
    if !(1.0..=3.0).contains(&file.rides.road_factor) || file.rides.mileage_rate_ore_per_km <= 0 {
        return Err("[rides]: a rate above 0 and a road factor from 1 to 3".into());
    }
    for d in &file.driver {
        for town in std::iter::once(&d.town).chain(&d.towns) {
            if !towns.contains(&town.as_str()) {
                return Err(format!("driver '{}': unknown town '{town}'", d.name));
            }
        }
        if crate::format::parse_clock(&d.from).is_none()
            || crate::format::parse_clock(&d.to).is_none()
        {
            return Err(format!("driver '{}': from and to are times", d.name));
        }
        if crate::domain::Phone::parse(&d.phone).is_none() || mask_from_codes(&d.days) == 0 {
            return Err(format!(
                "driver '{}': a phone number and at least one day",
                d.name
            ));
        }
    }
    Ok(file)
}

/// Writes the rate and (with `drivers`) the invented drivers; returns how many drivers.
pub async fn insert(
    file: &RidesFile,
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    town_ids: &HashMap<String, i64>,
    today: Date,
    drivers: bool,
) -> crate::store::Result<usize> {
    write_setting(
        conn,
        municipality_id,
        file.rides.mileage_rate_ore_per_km,
        (file.rides.road_factor * 1000.0).round() as i64,
    )
    .await?;
    if !drivers {
        return Ok(0);
    }
    let day = |offset: i64| (today + offset.days()).to_string();
    let clock = |t: &str| {
        crate::format::parse_clock(t)
            .map(|t| t.strftime("%H:%M").to_string())
            .unwrap_or_default()
    };
    for d in &file.driver {
        let new = NewDriver {
            name: d.name.clone(),
            phone: d.phone.clone(),
            email: d.email.clone(),
            town_id: town_ids.get(&d.town).copied(),
            towns: d
                .towns
                .iter()
                .filter_map(|t| town_ids.get(t).copied())
                .collect(),
            weekdays: mask_from_codes(&d.days),
            from: clock(&d.from),
            to: clock(&d.to),
            record_on: Some(day(-d.record_days_ago)),
            licence_until: Some(day(d.licence_days_left)),
            insurance_until: Some(day(d.insurance_days_left)),
            active: true,
            invented: true,
        };
        write_driver(conn, now, municipality_id, None, &new).await?;
    }
    Ok(file.driver.len())
}
