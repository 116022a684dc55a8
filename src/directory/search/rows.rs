//! What filters and facet counts read, kept small and side by side: one `Row` of a few
//! bytes per offer instead of a walk through each offer's strings. At 100,000 offers
//! the walk was most of a search's time.

use std::collections::HashMap;

use crate::directory::schedule::DayPart;
use crate::domain::{Channel, CostKind, HowToJoin, LifeArena, Offer, Town};

use super::filters::Filters;
use crate::domain::geo::haversine_km;
use crate::domain::vocab::{ACCESSIBILITY, TARGET_GROUPS};

const NO_TOWN: u16 = u16::MAX;

#[derive(Debug, Clone, Copy)]
pub struct Row {
    arenas: u8,
    groups: u16,
    access: u8,
    town: u16,
    channel: Channel,
    free: bool,
    show_up: bool,
    young_online: bool,
    youth_led: bool,
    age_min: u8,
    age_max: u8,
    weekdays: u8,
    day_part: Option<DayPart>,
    coordinate: Option<(f64, f64)>,
}

fn bits<T: PartialEq>(all: &[T], has: impl Fn(&T) -> bool) -> u16 {
    all.iter()
        .enumerate()
        .filter(|(_, v)| has(v))
        .fold(0, |acc, (i, _)| acc | (1 << i))
}

impl Row {
    pub fn new(
        offer: &Offer,
        weekdays: u8,
        day_part: Option<DayPart>,
        towns: &HashMap<&str, u16>,
    ) -> Row {
        Row {
            arenas: bits(LifeArena::ALL, |a| offer.life_arenas.contains(a)) as u8,
            groups: bits(TARGET_GROUPS, |g| {
                offer.target_groups.iter().any(|t| t == g)
            }),
            access: bits(ACCESSIBILITY, |a| {
                offer.accessibility.iter().any(|t| t == a)
            }) as u8,
            town: offer
                .town
                .as_ref()
                .and_then(|t| towns.get(t.name.as_str()).copied())
                .unwrap_or(NO_TOWN),
            channel: offer.channel,
            free: offer.cost == CostKind::Free,
            show_up: offer.how_to_join == HowToJoin::ShowUp,
            young_online: offer.youth.good_online(offer.channel),
            youth_led: offer.youth.youth_led,
            age_min: offer.age_min.clamp(0, 255) as u8,
            age_max: offer.age_max.clamp(0, 255) as u8,
            weekdays,
            day_part,
            coordinate: offer.coordinate.map(|c| (c.lat, c.lon)),
        }
    }
}

/// A search's filters, resolved once into masks and indexes.
pub struct Compiled {
    arena: u8,
    group: u16,
    access: u8,
    age: Option<u8>,
    town: Option<(u16, f64, f64)>,
    radius_km: Option<f64>,
    weekday: u8,
    day_part: Option<DayPart>,
    free: bool,
    channel: Option<Channel>,
    show_up: bool,
    young_online: bool,
    youth_led: bool,
}

impl Compiled {
    pub fn new(f: &Filters, towns: &[Town]) -> Compiled {
        let index = |list: &[&str], v: &Option<String>| {
            v.as_deref().and_then(|v| list.iter().position(|x| *x == v))
        };
        Compiled {
            arena: f
                .arena
                .and_then(|a| LifeArena::ALL.iter().position(|x| *x == a))
                .map_or(0, |i| 1 << i),
            // A value we do not know matches nothing rather than everything.
            group: f.target_group.as_ref().map_or(0, |_| {
                index(TARGET_GROUPS, &f.target_group).map_or(u16::MAX, |i| 1 << i)
            }),
            access: f.accessibility.as_ref().map_or(0, |_| {
                index(ACCESSIBILITY, &f.accessibility).map_or(u8::MAX, |i| 1 << i)
            }),
            age: f.age.map(|a| a.clamp(0, 255) as u8),
            town: f.town.as_ref().and_then(|name| {
                towns
                    .iter()
                    .position(|t| &t.name == name)
                    .map(|i| (i as u16, towns[i].coordinate.lat, towns[i].coordinate.lon))
            }),
            radius_km: f.radius_km,
            weekday: f.weekday.map_or(0, |d| 1 << d),
            day_part: f.day_part,
            free: f.free,
            channel: f.channel,
            show_up: f.show_up,
            young_online: f.young_online,
            youth_led: f.youth_led,
        }
    }

    /// The distance from the chosen town, for offers at a place.
    pub fn distance(&self, row: &Row) -> Option<f64> {
        match (self.town, row.coordinate, row.channel) {
            (Some((_, lat, lon)), Some((to_lat, to_lon)), Channel::InPerson) => {
                Some(haversine_km(lat, lon, to_lat, to_lon))
            }
            _ => None,
        }
    }

    /// Whether an offer passes every filter. A radius keeps phone and online offers: they
    /// reach every town; a town without a radius means "in that town".
    pub fn accepts(&self, row: &Row, distance_km: Option<f64>) -> bool {
        (self.arena == 0 || row.arenas & self.arena != 0)
            && (self.group == 0 || (self.group != u16::MAX && row.groups & self.group != 0))
            && (self.access == 0 || (self.access != u8::MAX && row.access & self.access != 0))
            && self
                .age
                .is_none_or(|a| row.age_min <= a && a <= row.age_max)
            && self.place_ok(row, distance_km)
            && (self.weekday == 0 || row.weekdays & self.weekday != 0)
            && self.day_part.is_none_or(|p| row.day_part == Some(p))
            && (!self.free || row.free)
            && self.channel.is_none_or(|c| c == row.channel)
            && (!self.show_up || row.show_up)
            && (!self.young_online || row.young_online)
            && (!self.youth_led || row.youth_led)
    }

    fn place_ok(&self, row: &Row, distance_km: Option<f64>) -> bool {
        if row.channel != Channel::InPerson {
            return true;
        }
        match (self.town, self.radius_km) {
            (None, _) => true,
            (Some(_), Some(radius)) => distance_km.is_some_and(|d| d <= radius),
            (Some((town, _, _)), None) => row.town == town,
        }
    }
}

/// Facet counts by position: arenas in `LifeArena::ALL` order, groups in `TARGET_GROUPS`
/// order, and so on.
#[derive(Default)]
pub struct Tally {
    pub arenas: [usize; 5],
    pub groups: [usize; 16],
    pub access: [usize; 8],
    pub towns: Vec<usize>,
    pub weekdays: [usize; 7],
    pub day_parts: [usize; 3],
    pub free: usize,
    pub remote: usize,
    pub show_up: usize,
    pub young_online: usize,
    pub youth_led: usize,
}

impl Tally {
    pub fn new(towns: usize) -> Tally {
        Tally {
            towns: vec![0; towns],
            ..Tally::default()
        }
    }

    pub fn add(&mut self, row: &Row) {
        count_bits(&mut self.arenas, u16::from(row.arenas));
        count_bits(&mut self.groups, row.groups);
        count_bits(&mut self.access, u16::from(row.access));
        count_bits(&mut self.weekdays, u16::from(row.weekdays));
        if row.channel == Channel::InPerson {
            if let Some(n) = self.towns.get_mut(row.town as usize) {
                *n += 1;
            }
        } else {
            self.remote += 1;
        }
        if let Some(part) = row.day_part {
            self.day_parts[DayPart::ALL.iter().position(|p| *p == part).unwrap_or(0)] += 1;
        }
        self.free += usize::from(row.free);
        self.show_up += usize::from(row.show_up);
        self.young_online += usize::from(row.young_online);
        self.youth_led += usize::from(row.youth_led);
    }
}

fn count_bits(counts: &mut [usize], mut bits: u16) {
    while bits != 0 {
        let i = bits.trailing_zeros() as usize;
        if let Some(n) = counts.get_mut(i) {
            *n += 1;
        }
        bits &= bits - 1;
    }
}
