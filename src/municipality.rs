//! A municipality as data (issue 16): the TOML file an operator gives `sammen municipality
//! add` — name, slug, the hosts it answers on, towns with coordinates, public places,
//! phone lines, contact, colour and logo — read and checked field by field. Pure: the store
//! writes what [`File::check`] accepts, all in one transaction, and [`File::from_stored`]
//! makes the same file again for `sammen municipality export`.
//!
//! A file is refused whole: every error is collected, each naming its field the way the
//! file spells it (`town[3].lat`, 1-based like a person counts), so an operator mends them
//! all in one go and nothing is written until none is left.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::domain::{Coordinate, MunicipalityTexts, Phone, PhoneLine, WebAddress};

/// The largest logo kept (SVG text).
pub const LOGO_MAX_BYTES: usize = 100_000;
/// The contrast the header's colour must keep with its white text (WCAG 2.1 AA, 1.4.3).
pub const HEADER_CONTRAST: f64 = 4.5;

/// The file as written. Unknown keys are refused, so a misspelt field is not silently lost.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    pub slug: String,
    pub name: String,
    pub short_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality_code: Option<i64>,
    /// Hosts the municipality answers on (e.g. `holbaek.sammen.example`); none for a
    /// deployment that serves one municipality on whatever host it is reached by.
    #[serde(default)]
    pub hosts: Vec<String>,
    pub contact_email: String,
    pub contact_phone: String,
    pub address: String,
    pub website: String,
    pub center_lat: Option<f64>,
    pub center_lon: Option<f64>,
    /// `#rrggbb`, the header's background behind white text; empty = Sammen's blue.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub header_colour: String,
    /// The name mail is sent under; empty = "Sammen" and the short name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mail_name: String,
    /// The logo as SVG text; empty = none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub logo_svg: String,
    #[serde(default)]
    pub texts: MunicipalityTexts,
    #[serde(default)]
    pub phone_line: Vec<PhoneLineEntry>,
    #[serde(default)]
    pub town: Vec<TownEntry>,
    #[serde(default)]
    pub place: Vec<PlaceEntry>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PhoneLineEntry {
    pub name: String,
    pub phone: String,
    #[serde(default)]
    pub hours: String,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TownEntry {
    pub name: String,
    #[serde(default)]
    pub kind: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// Placed by hand where no public source gave a coordinate.
    #[serde(default)]
    pub approximate: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<i64>,
    #[serde(default)]
    pub source_url: String,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceEntry {
    pub name: String,
    #[serde(default)]
    pub kind: String,
    /// The town it lies in, by name (one of the file's towns); empty = none.
    #[serde(default)]
    pub town: String,
    #[serde(default)]
    pub address: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    #[serde(default)]
    pub approximate: bool,
    #[serde(default)]
    pub source_url: String,
}

/// One thing wrong in a file: the field as the file spells it, and what is wrong (Danish).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

/// Every error in a file, one per line.
#[derive(Debug, Clone)]
pub struct Refused(pub Vec<FieldError>);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "kommunefilen er afvist ({} fejl):", self.0.len())?;
        for e in &self.0 {
            write!(f, "\n  {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Refused {}

/// A municipality to insert, as checked.
#[derive(Debug, Clone)]
pub struct NewMunicipality {
    pub slug: String,
    pub name: String,
    pub short_name: String,
    pub code: Option<i64>,
    pub contact_email: String,
    pub contact_phone: String,
    pub address: String,
    pub website: String,
    pub center: Coordinate,
    pub texts: MunicipalityTexts,
    pub is_demo: bool,
    pub header_colour: String,
    pub logo_svg: String,
    pub mail_name: String,
}

#[derive(Debug, Clone)]
pub struct NewTown {
    pub name: String,
    pub kind: String,
    pub coordinate: Coordinate,
    pub approximate: bool,
    pub population: Option<i64>,
    pub source_url: String,
}

#[derive(Debug, Clone)]
pub struct NewPlace {
    pub town_id: Option<i64>,
    pub name: String,
    pub kind: String,
    pub address: String,
    pub coordinate: Coordinate,
    pub approximate: bool,
    pub is_station: bool,
    pub source_url: String,
}

/// What a checked file becomes: everything the store writes for a new municipality.
#[derive(Debug, Clone)]
pub struct Checked {
    pub municipality: NewMunicipality,
    pub hosts: Vec<String>,
    pub phone_lines: Vec<PhoneLine>,
    pub towns: Vec<NewTown>,
    /// Each place with the name of its town.
    pub places: Vec<(NewPlace, Option<String>)>,
}

impl File {
    /// Reads a file's text. A TOML error (syntax, a wrong type, an unknown key) comes back
    /// as one error with toml's own line and column.
    pub fn parse(text: &str) -> Result<File, Refused> {
        toml::from_str(text).map_err(|e| {
            Refused(vec![FieldError {
                field: String::new(),
                message: format!("TOML kan ikke læses: {}", e.to_string().trim()),
            }])
        })
    }

    /// Reads and checks in one step.
    pub fn read(text: &str) -> Result<Checked, Refused> {
        File::parse(text)?.check()
    }

    /// Checks every field; returns all errors at once, or what the store will write.
    pub fn check(&self) -> Result<Checked, Refused> {
        let mut errors = Errors::default();
        self.check_identity(&mut errors);
        let center = errors.coordinate(
            "",
            "center_lat",
            "center_lon",
            self.center_lat,
            self.center_lon,
        );
        let phone_lines = self.check_phone_lines(&mut errors);
        let towns = self.check_towns(&mut errors);
        let places = self.check_places(&mut errors, &towns);
        if !errors.0.is_empty() {
            return Err(Refused(errors.0));
        }
        Ok(Checked {
            municipality: NewMunicipality {
                slug: self.slug.trim().to_owned(),
                name: self.name.trim().to_owned(),
                short_name: self.short_name.trim().to_owned(),
                code: self.municipality_code,
                contact_email: self.contact_email.trim().to_owned(),
                contact_phone: self.contact_phone.trim().to_owned(),
                address: self.address.trim().to_owned(),
                website: self.website.trim().to_owned(),
                center: center.expect("checked above"),
                texts: self.texts.clone(),
                is_demo: false,
                header_colour: self.header_colour.trim().to_ascii_lowercase(),
                logo_svg: self.logo_svg.trim().to_owned(),
                mail_name: self.mail_name.trim().to_owned(),
            },
            hosts: self.hosts.iter().map(|h| normalise_host(h)).collect(),
            phone_lines,
            towns,
            places,
        })
    }

    fn check_identity(&self, errors: &mut Errors) {
        if !valid_slug(self.slug.trim()) {
            errors.push(
                "slug",
                "skal være 2–40 små bogstaver (a–z), tal og bindestreger, f.eks. holbaek",
            );
        }
        errors.text("name", &self.name, 100);
        errors.text("short_name", &self.short_name, 60);
        errors.text("address", &self.address, 200);
        if self.mail_name.trim().chars().count() > 100 {
            errors.push("mail_name", "højst 100 tegn");
        }
        if let Some(code) = self.municipality_code
            && !(100..=999).contains(&code)
        {
            errors.push(
                "municipality_code",
                "skal være kommunekoden, tre cifre (f.eks. 316)",
            );
        }
        let mut seen = HashSet::new();
        for (i, host) in self.hosts.iter().enumerate() {
            let field = format!("hosts[{}]", i + 1);
            let host = normalise_host(host);
            if !valid_host(&host) {
                errors.push(
                    &field,
                    &format!("'{host}' er ikke et værtsnavn (f.eks. holbaek.sammen.dk, uden https:// og port)"),
                );
            } else if !seen.insert(host.clone()) {
                errors.push(&field, &format!("'{host}' står to gange"));
            }
        }
        if !valid_email(self.contact_email.trim()) {
            errors.push("contact_email", "skal være en e-mailadresse");
        }
        if Phone::parse(&self.contact_phone).is_none() {
            errors.push("contact_phone", "skal være et telefonnummer (8–15 cifre)");
        }
        if WebAddress::parse(self.website.trim()).is_none() {
            errors.push("website", "skal være en adresse med https:// eller http://");
        }
        if !self.header_colour.trim().is_empty() {
            match parse_colour(self.header_colour.trim()) {
                None => errors.push("header_colour", "skal skrives #rrggbb, f.eks. #0b4f7c"),
                Some(rgb) if contrast_with_white(rgb) < HEADER_CONTRAST => errors.push(
                    "header_colour",
                    &format!(
                        "er for lys til hvid tekst (kontrast {:.1}:1, mindst {HEADER_CONTRAST}:1)",
                        contrast_with_white(rgb)
                    ),
                ),
                Some(_) => {}
            }
        }
        if let Err(message) = check_logo(self.logo_svg.trim()) {
            errors.push("logo_svg", &message);
        }
    }

    fn check_phone_lines(&self, errors: &mut Errors) -> Vec<PhoneLine> {
        let mut lines = Vec::new();
        for (i, line) in self.phone_line.iter().enumerate() {
            let at = format!("phone_line[{}]", i + 1);
            let name_ok = errors.text(&format!("{at}.name"), &line.name, 100);
            let phone_ok = Phone::parse(&line.phone).is_some();
            if !phone_ok {
                errors.push(
                    &format!("{at}.phone"),
                    "skal være et telefonnummer (8–15 cifre)",
                );
            }
            if name_ok && phone_ok {
                lines.push(PhoneLine {
                    name: line.name.trim().to_owned(),
                    phone: line.phone.trim().to_owned(),
                    hours: line.hours.trim().to_owned(),
                    description: line.description.trim().to_owned(),
                });
            }
        }
        lines
    }

    fn check_towns(&self, errors: &mut Errors) -> Vec<NewTown> {
        if self.town.is_empty() {
            errors.push("town", "mindst én by ([[town]] med name, lat og lon)");
        }
        let mut seen = HashSet::new();
        let mut towns = Vec::new();
        for (i, town) in self.town.iter().enumerate() {
            let at = format!("town[{}]", i + 1);
            let named = errors.text(&format!("{at}.name"), &town.name, 100);
            if named && !seen.insert(town.name.trim().to_lowercase()) {
                errors.push(
                    &format!("{at}.name"),
                    &format!("'{}' står to gange", town.name.trim()),
                );
            }
            let coordinate = errors.coordinate(&at, "lat", "lon", town.lat, town.lon);
            if let (true, Some(coordinate)) = (named, coordinate) {
                towns.push(NewTown {
                    name: town.name.trim().to_owned(),
                    kind: town.kind.trim().to_owned(),
                    coordinate,
                    approximate: town.approximate,
                    population: town.population,
                    source_url: town.source_url.trim().to_owned(),
                });
            }
        }
        towns
    }

    fn check_places(
        &self,
        errors: &mut Errors,
        towns: &[NewTown],
    ) -> Vec<(NewPlace, Option<String>)> {
        let mut seen = HashSet::new();
        let mut places = Vec::new();
        for (i, place) in self.place.iter().enumerate() {
            let at = format!("place[{}]", i + 1);
            let named = errors.text(&format!("{at}.name"), &place.name, 200);
            if named && !seen.insert(place.name.trim().to_lowercase()) {
                errors.push(
                    &format!("{at}.name"),
                    &format!("'{}' står to gange", place.name.trim()),
                );
            }
            let town = place.town.trim();
            let town = if town.is_empty() {
                None
            } else if towns.iter().any(|t| t.name == town)
                || self.town.iter().any(|t| t.name.trim() == town)
            {
                Some(town.to_owned())
            } else {
                errors.push(
                    &format!("{at}.town"),
                    &format!("'{town}' er ikke en af filens byer"),
                );
                None
            };
            let coordinate = errors.coordinate(&at, "lat", "lon", place.lat, place.lon);
            if let (true, Some(coordinate)) = (named, coordinate) {
                places.push((
                    NewPlace {
                        town_id: None,
                        is_station: place.kind.contains("station"),
                        name: place.name.trim().to_owned(),
                        kind: place.kind.trim().to_owned(),
                        address: place.address.trim().to_owned(),
                        coordinate,
                        approximate: place.approximate,
                        source_url: place.source_url.trim().to_owned(),
                    },
                    town,
                ));
            }
        }
        places
    }
}

#[derive(Default)]
struct Errors(Vec<FieldError>);

impl Errors {
    fn push(&mut self, field: &str, message: &str) {
        self.0.push(FieldError {
            field: field.to_owned(),
            message: message.to_owned(),
        });
    }

    /// A required text of at most `max` characters; whether it was.
    fn text(&mut self, field: &str, value: &str, max: usize) -> bool {
        let value = value.trim();
        if value.is_empty() {
            self.push(field, "mangler");
            return false;
        }
        if value.chars().count() > max {
            self.push(field, &format!("højst {max} tegn"));
            return false;
        }
        true
    }

    /// A coordinate: both halves present and in range.
    fn coordinate(
        &mut self,
        at: &str,
        lat_key: &str,
        lon_key: &str,
        lat: Option<f64>,
        lon: Option<f64>,
    ) -> Option<Coordinate> {
        let field = |key: &str| {
            if at.is_empty() {
                key.to_owned()
            } else {
                format!("{at}.{key}")
            }
        };
        let lat = match lat {
            None => {
                self.push(
                    &field(lat_key),
                    "mangler (breddegrad i grader, f.eks. 55.72)",
                );
                None
            }
            Some(v) if !(-90.0..=90.0).contains(&v) || !v.is_finite() => {
                self.push(&field(lat_key), "skal ligge mellem -90 og 90");
                None
            }
            Some(v) => Some(v),
        };
        let lon = match lon {
            None => {
                self.push(
                    &field(lon_key),
                    "mangler (længdegrad i grader, f.eks. 11.72)",
                );
                None
            }
            Some(v) if !(-180.0..=180.0).contains(&v) || !v.is_finite() => {
                self.push(&field(lon_key), "skal ligge mellem -180 og 180");
                None
            }
            Some(v) => Some(v),
        };
        Some(Coordinate {
            lat: lat?,
            lon: lon?,
        })
    }
}

/// A host as stored and compared: lower case, without a port or a final dot.
pub fn normalise_host(host: &str) -> String {
    let host = host.trim().to_ascii_lowercase();
    let host = match host.rsplit_once(':') {
        Some((name, port)) if !name.contains(':') && port.bytes().all(|b| b.is_ascii_digit()) => {
            name.to_owned()
        }
        _ => host,
    };
    host.trim_end_matches('.').to_owned()
}

/// Letters, digits and hyphens in dot-separated labels, at least one dot (or `localhost`).
fn valid_host(host: &str) -> bool {
    host.len() <= 253
        && (host == "localhost" || host.contains('.'))
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

fn valid_slug(slug: &str) -> bool {
    (2..=40).contains(&slug.len())
        && !slug.starts_with('-')
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn valid_email(email: &str) -> bool {
    match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// A municipality's public address for links in mail, feeds and the API: the configured
/// base URL while the deployment serves one municipality (today's single installs, with or
/// without hosts in its file); with several, its first host under the base URL's scheme,
/// since a link must bring the reader to the municipality's own host (sessions belong to
/// it). A municipality without hosts keeps the configured address.
pub fn public_base(configured: &str, hosts: &[String], municipalities: usize) -> String {
    let configured = configured.trim_end_matches('/');
    match hosts.first() {
        Some(host) if municipalities > 1 => {
            let scheme = configured
                .split("://")
                .next()
                .filter(|s| *s == "https")
                .unwrap_or("http");
            format!("{scheme}://{host}")
        }
        _ => configured.to_owned(),
    }
}

/// `#rrggbb` as three bytes.
pub fn parse_colour(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// The WCAG contrast ratio of a colour against white.
pub fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    1.05 / (l + 0.05)
}

/// The same colour a fifth darker: the navigation bar under the header.
pub fn darker(rgb: [u8; 3]) -> String {
    let d = |c: u8| (f64::from(c) * 0.8).round() as u8;
    format!("#{:02x}{:02x}{:02x}", d(rgb[0]), d(rgb[1]), d(rgb[2]))
}

/// A logo is an SVG drawing and nothing else: no script, no event handler, no reference
/// to another host (a logo must not make the reader's browser ask a third party), no
/// embedded HTML. It is shown through `<img>`, where a browser runs no script anyway;
/// the check keeps the file itself harmless when opened on its own.
pub fn check_logo(svg: &str) -> Result<(), String> {
    if svg.is_empty() {
        return Ok(());
    }
    if svg.len() > LOGO_MAX_BYTES {
        return Err(format!("højst {} kB", LOGO_MAX_BYTES / 1000));
    }
    let body = svg
        .strip_prefix("<?xml")
        .and_then(|rest| rest.split_once("?>").map(|(_, after)| after.trim_start()))
        .unwrap_or(svg);
    if !body.starts_with("<svg") || !svg.trim_end().ends_with("</svg>") {
        return Err("skal være en SVG-tegning (<svg …>…</svg>)".into());
    }
    let lower = svg.to_ascii_lowercase();
    let forbidden = [
        "<script",
        "javascript:",
        "<foreignobject",
        "<iframe",
        "<!entity",
        "http://",
        "https://",
        "//",
    ];
    // An XML namespace is a name, not a request: `xmlns="http://www.w3.org/2000/svg"` is fine.
    let without_namespaces = lower
        .replace("\"http://www.w3.org/2000/svg\"", "\"\"")
        .replace("\"http://www.w3.org/1999/xlink\"", "\"\"");
    if let Some(bad) = forbidden.iter().find(|f| without_namespaces.contains(*f)) {
        return Err(format!("må ikke indeholde '{bad}' (kun selve tegningen)"));
    }
    if has_event_handler(&lower) {
        return Err("må ikke indeholde hændelser (on…=)".into());
    }
    Ok(())
}

/// An attribute starting with `on` (onload=, onclick= …) anywhere in the text.
fn has_event_handler(lower: &str) -> bool {
    let bytes = lower.as_bytes();
    lower.match_indices("on").any(|(i, _)| {
        let before_ok = i > 0 && bytes[i - 1].is_ascii_whitespace();
        let rest = &lower[i + 2..];
        let name_len = rest.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
        before_ok && name_len > 0 && rest[name_len..].trim_start().starts_with('=')
    })
}

/// What an administrator changes of the municipality's own settings in the staff area
/// (`/admin/kommune`); the rest (slug, hosts, towns) comes with the file.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub name: String,
    pub short_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub address: String,
    pub website: String,
    pub header_colour: String,
    pub mail_name: String,
}

impl Settings {
    pub fn of(m: &crate::domain::Municipality) -> Settings {
        Settings {
            name: m.name.clone(),
            short_name: m.short_name.clone(),
            contact_email: m.contact_email.clone(),
            contact_phone: m.contact_phone.clone(),
            address: m.address.clone(),
            website: m.website.clone(),
            header_colour: m.header_colour.clone(),
            mail_name: m.mail_name.clone(),
        }
    }

    /// The same checks as the file's, field by field (the file's field names).
    pub fn errors(&self) -> Vec<FieldError> {
        let file = File {
            slug: "kommune".into(),
            name: self.name.clone(),
            short_name: self.short_name.clone(),
            contact_email: self.contact_email.clone(),
            contact_phone: self.contact_phone.clone(),
            address: self.address.clone(),
            website: self.website.clone(),
            header_colour: self.header_colour.clone(),
            mail_name: self.mail_name.clone(),
            ..File::default()
        };
        let mut errors = Errors::default();
        file.check_identity(&mut errors);
        errors.0
    }

    /// Trimmed, the colour in lower case.
    pub fn cleaned(&self) -> Settings {
        Settings {
            name: self.name.trim().to_owned(),
            short_name: self.short_name.trim().to_owned(),
            contact_email: self.contact_email.trim().to_owned(),
            contact_phone: self.contact_phone.trim().to_owned(),
            address: self.address.trim().to_owned(),
            website: self.website.trim().to_owned(),
            header_colour: self.header_colour.trim().to_ascii_lowercase(),
            mail_name: self.mail_name.trim().to_owned(),
        }
    }
}

/// What the store keeps of a municipality, as a file again (for `export`).
pub struct Stored<'a> {
    pub municipality: &'a crate::domain::Municipality,
    pub code: Option<i64>,
    pub hosts: Vec<String>,
    pub phone_lines: &'a [PhoneLine],
    pub towns: Vec<TownEntry>,
    pub places: Vec<PlaceEntry>,
}

impl File {
    /// The file that would make this municipality again.
    pub fn from_stored(s: Stored<'_>) -> File {
        let m = s.municipality;
        File {
            slug: m.slug.clone(),
            name: m.name.clone(),
            short_name: m.short_name.clone(),
            municipality_code: s.code,
            hosts: s.hosts,
            contact_email: m.contact_email.clone(),
            contact_phone: m.contact_phone.clone(),
            address: m.address.clone(),
            website: m.website.clone(),
            center_lat: Some(m.center.lat),
            center_lon: Some(m.center.lon),
            header_colour: m.header_colour.clone(),
            mail_name: m.mail_name.clone(),
            logo_svg: m.logo_svg.clone(),
            texts: m.texts.clone(),
            phone_line: s
                .phone_lines
                .iter()
                .map(|l| PhoneLineEntry {
                    name: l.name.clone(),
                    phone: l.phone.clone(),
                    hours: l.hours.clone(),
                    description: l.description.clone(),
                })
                .collect(),
            town: s.towns,
            place: s.places,
        }
    }

    /// The file as TOML text.
    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(self).expect("a municipality file serialises")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> File {
        File::parse(
            r##"
slug = "holbaek"
name = "Holbæk Kommune"
short_name = "Holbæk"
hosts = ["holbaek.sammen.example"]
contact_email = "sammen@holbaek.example.org"
contact_phone = "00 00 00 00"
address = "Kanalstræde 2, 4300 Holbæk"
website = "https://holbaek.example.org"
center_lat = 55.717
center_lon = 11.713
header_colour = "#1d5c3a"

[[town]]
name = "Holbæk"
lat = 55.717
lon = 11.713

[[town]]
name = "Tølløse"
lat = 55.612
lon = 11.77

[[place]]
name = "Holbæk Bibliotek"
town = "Holbæk"
lat = 55.716
lon = 11.714
"##,
        )
        .unwrap()
    }

    fn fields(file: &File) -> Vec<String> {
        file.check()
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn a_good_file_is_accepted() {
        let checked = good().check().unwrap();
        assert_eq!(checked.towns.len(), 2);
        assert_eq!(checked.places[0].1.as_deref(), Some("Holbæk"));
        assert_eq!(checked.hosts, ["holbaek.sammen.example"]);
    }

    #[test]
    fn a_missing_town_coordinate_is_named() {
        let mut file = good();
        file.town[1].lat = None;
        assert_eq!(fields(&file), ["town[2].lat"]);
    }

    #[test]
    fn every_error_is_named_at_once() {
        let mut file = good();
        file.header_colour = "green".into();
        file.slug = "Holbæk".into();
        file.hosts.push("https://x.dk".into());
        file.place[0].town = "Roskilde".into();
        assert_eq!(
            fields(&file),
            ["slug", "hosts[2]", "header_colour", "place[1].town"]
        );
    }

    #[test]
    fn a_light_colour_fails_its_contrast() {
        let mut file = good();
        file.header_colour = "#f6c445".into();
        let errors = file.check().unwrap_err().0;
        assert!(errors[0].message.contains("kontrast"), "{errors:?}");
        assert!(contrast_with_white([0x0b, 0x4f, 0x7c]) > 4.5);
    }

    #[test]
    fn a_host_twice_in_the_file_is_refused() {
        let mut file = good();
        file.hosts.push("Holbaek.Sammen.Example:8080".into());
        assert_eq!(fields(&file), ["hosts[2]"]);
        assert_eq!(
            normalise_host("Holbaek.Sammen.Example:8080"),
            "holbaek.sammen.example"
        );
    }

    #[test]
    fn an_unknown_key_is_refused_by_toml() {
        let err = File::parse("slug = \"x\"\ncolour = \"#000000\"\n").unwrap_err();
        assert!(err.to_string().contains("colour"), "{err}");
    }

    #[test]
    fn a_logo_may_not_reach_out_or_run() {
        let ok = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>"#;
        assert!(check_logo(ok).is_ok());
        for bad in [
            r#"<svg><script>alert(1)</script></svg>"#,
            r#"<svg onload="alert(1)"></svg>"#,
            r#"<svg><image href="https://tracker.example/x.png"/></svg>"#,
            "<html></html>",
        ] {
            assert!(check_logo(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn links_go_to_the_municipality_s_own_host_once_there_are_several() {
        let hosts = ["holbaek.sammen.dk".to_owned()];
        assert_eq!(
            public_base("https://sammen.dk/", &hosts, 1),
            "https://sammen.dk"
        );
        assert_eq!(
            public_base("https://sammen.dk", &hosts, 2),
            "https://holbaek.sammen.dk"
        );
        assert_eq!(
            public_base("http://127.0.0.1:8080", &hosts, 2),
            "http://holbaek.sammen.dk"
        );
        assert_eq!(
            public_base("https://sammen.dk", &[], 2),
            "https://sammen.dk"
        );
    }

    #[test]
    fn an_exported_file_reads_back_the_same() {
        let file = good();
        let again = File::parse(&file.to_toml()).unwrap();
        assert_eq!(again.to_toml(), file.to_toml());
    }
}
