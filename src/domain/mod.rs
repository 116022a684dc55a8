//! Domain types named after the glossary in `docs/mission.md`. No I/O here.

pub mod disclosure;
pub mod geo;
pub mod vocab;
pub mod youth;

use serde::Serialize;

mod phone;
mod web;
pub use phone::Phone;
pub use web::WebAddress;

/// Declares a closed set of values with a stable code (stored in the database and used in
/// URLs) and the Danish word used in demo files and forms.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal / $danish:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code stored in the database.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The Danish word, as used in demo files and URLs.
            pub fn danish(self) -> &'static str {
                match self { $($name::$variant => $danish),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            pub fn from_danish(word: &str) -> Option<Self> {
                match word { $($danish => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

vocabulary! {
    /// The national strategy's five life arenas (livsarenaer). The same for every municipality.
    LifeArena {
        Home = "home" / "hjem",
        School = "school" / "skole",
        Leisure = "leisure" / "fritid",
        Work = "work" / "arbejde",
        Health = "health" / "sundhed",
    }
}

vocabulary! {
    CostKind { Free = "free" / "gratis", Amount = "amount" / "beløb", Ask = "ask" / "spørg" }
}

vocabulary! {
    HowToJoin { ShowUp = "show_up" / "mød-op", SignUp = "sign_up" / "tilmelding", ContactFirst = "contact_first" / "kontakt-først" }
}

vocabulary! {
    Channel { InPerson = "in_person" / "fremmøde", Phone = "phone" / "telefon", Online = "online" / "online" }
}

vocabulary! {
    OfferStatus { Active = "active" / "aktiv", Paused = "paused" / "pause", Ended = "ended" / "ophørt" }
}

/// The tenant: a municipality and its own settings. Data, not code.
#[derive(Debug, Clone, Serialize)]
pub struct Municipality {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub short_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub address: String,
    pub website: String,
    pub center: Coordinate,
    pub texts: MunicipalityTexts,
    pub is_demo: bool,
    /// The header's colour, `#rrggbb`; empty = Sammen's own.
    pub header_colour: String,
    /// The logo as SVG text; empty = none.
    pub logo_svg: String,
    /// The name its mail is sent under; empty = "Sammen" and the short name.
    pub mail_name: String,
}

/// Texts a municipality writes itself, in Danish and English.
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize)]
pub struct MunicipalityTexts {
    pub tagline: String,
    pub intro: String,
    pub tagline_en: String,
    pub intro_en: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Coordinate {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Town {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub coordinate: Coordinate,
    /// Placed by hand where no public source gave a coordinate.
    pub approximate: bool,
    pub population: Option<i64>,
}

/// The towns' names in one order (by name) for every form's choices and checks.
pub fn town_names(towns: &[Town]) -> Vec<String> {
    let mut names: Vec<String> = towns.iter().map(|t| t.name.clone()).collect();
    names.sort();
    names
}

#[derive(Debug, Clone, Serialize)]
pub struct Place {
    pub id: i64,
    pub town_id: Option<i64>,
    pub name: String,
    pub kind: String,
    pub address: String,
    pub coordinate: Coordinate,
    pub approximate: bool,
    pub is_station: bool,
}

/// An offer (tilbud) as read: everything a citizen page or the search needs.
#[derive(Debug, Clone, Serialize)]
pub struct Offer {
    pub id: i64,
    /// Its Open Referral (HSDS) id: the one it was imported with, else (in the snapshot) one
    /// derived from the municipality and our id, so it never changes and another system can
    /// link back. Empty when read straight from the store for an offer never imported.
    pub hsds_id: String,
    pub organisation: OrganisationRef,
    pub name: String,
    pub short_description: String,
    pub description: String,
    pub life_arenas: Vec<LifeArena>,
    pub target_groups: Vec<String>,
    pub activity_types: Vec<String>,
    pub accessibility: Vec<String>,
    pub languages: Vec<String>,
    pub age_min: i64,
    pub age_max: i64,
    pub cost: CostKind,
    pub cost_amount_dkk: Option<i64>,
    pub cost_note: String,
    pub how_to_join: HowToJoin,
    pub newcomers_welcome: bool,
    pub bring_someone: bool,
    pub ambassador_can_join: bool,
    pub channel: Channel,
    /// The named meeting place, if the offer happens at one.
    pub place: Option<PlaceRef>,
    pub town: Option<TownRef>,
    /// A street address when the offer is not at a named place.
    pub address: String,
    /// Where it happens: the place's coordinate, else the town's.
    pub coordinate: Option<Coordinate>,
    pub schedule_rrule: String,
    /// Days the rule would hit but the offer does not take place (holidays, …).
    pub schedule_exceptions: Vec<jiff::civil::Date>,
    /// Local time "HH:MM".
    pub start_time: String,
    pub end_time: String,
    pub status: OfferStatus,
    pub last_confirmed_on: jiff::civil::Date,
    /// What moderators say about it for the young (issue 20; `offer_youth`).
    pub youth: youth::YouthMarks,
}

#[derive(Debug, Clone, Serialize)]
pub struct OrganisationRef {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub website: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlaceRef {
    pub id: i64,
    pub name: String,
    pub address: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TownRef {
    pub id: i64,
    pub name: String,
}

/// A phone line people can call to talk to someone.
#[derive(Debug, Clone, Serialize)]
pub struct PhoneLine {
    pub name: String,
    pub phone: String,
    pub hours: String,
    pub description: String,
}

impl PhoneLine {
    /// The number for a `tel:` link.
    pub fn tel(&self) -> String {
        tel(&self.phone)
    }
}

/// A phone number as written ("00 00 00 00") to the form a `tel:` link wants ("00000000").
pub fn tel(written: &str) -> String {
    written
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_words_round_trip() {
        for arena in LifeArena::ALL {
            assert_eq!(LifeArena::from_code(arena.code()), Some(*arena));
            assert_eq!(LifeArena::from_danish(arena.danish()), Some(*arena));
        }
        assert_eq!(LifeArena::ALL.len(), 5);
        assert_eq!(HowToJoin::from_danish("mød-op"), Some(HowToJoin::ShowUp));
        assert_eq!(CostKind::from_code("nope"), None);
    }
}
