//! Reading a GTFS Schedule zip, all or nothing: every file is read with the `csv` crate
//! and checked row by row before anything is kept, so an error names the file inside the
//! zip and its line ("stop_times.txt line 14: …"). A truncated or damaged zip is refused
//! whole (the zip's central directory or a file's checksum does not read).
//!
//! After the check the feed is *clipped* to the municipality's area and a margin
//! ([`MARGIN_KM`]): a trip is kept when one of its stops lies in the area, with all its
//! stops (a train that leaves the area still takes you to its next station); routes,
//! stops, transfers and frequencies nobody uses any more go. Den Glade Bus's own feed
//! ([`crate::bus::gtfs`]) is then joined with its ids prefixed ([`BUS_PREFIX`]), and the
//! result is written again as one zip — what the store keeps — and parsed with
//! `gtfs-structures` for the journey planner.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{Cursor, Read, Write};

use crate::domain::Coordinate;

/// Kilometres around the municipality's towns and places within which a trip is kept.
pub const MARGIN_KM: f64 = 15.0;

/// Prefix of every id from Den Glade Bus's feed inside the joined network.
pub const BUS_PREFIX: &str = "glade-bus:";

/// The files we read; any other file in the zip (shapes, fares, …) is left out.
const KNOWN: [&str; 10] = [
    "agency.txt",
    "stops.txt",
    "routes.txt",
    "trips.txt",
    "stop_times.txt",
    "calendar.txt",
    "calendar_dates.txt",
    "transfers.txt",
    "frequencies.txt",
    "feed_info.txt",
];

/// Why a feed was refused: the file in the zip and the line (1 = the header) when known.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}{message}", where_(.file, .line))]
pub struct FeedError {
    pub file: Option<String>,
    pub line: Option<u64>,
    pub message: String,
}

fn where_(file: &Option<String>, line: &Option<u64>) -> String {
    match (file, line) {
        (Some(f), Some(l)) => format!("{f} line {l}: "),
        (Some(f), None) => format!("{f}: "),
        _ => String::new(),
    }
}

fn refuse(file: &str, line: Option<u64>, message: impl Into<String>) -> FeedError {
    FeedError {
        file: Some(file.to_owned()),
        line,
        message: message.into(),
    }
}

/// One CSV file: its header and rows, each with its line number.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<(u64, Vec<String>)>,
}

impl Table {
    fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == name)
    }

    fn parse(file: &str, bytes: &[u8]) -> Result<Table, FeedError> {
        let text = std::str::from_utf8(bytes)
            .map_err(|e| refuse(file, None, format!("not UTF-8 text ({e})")))?;
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let headers: Vec<String> = reader
            .headers()
            .map_err(|e| refuse(file, Some(1), e.to_string()))?
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').to_owned())
            .collect();
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| {
                let line = e.position().map(|p| p.line());
                let message = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!("{len} fields where the header has {expected_len}"),
                    _ => e.to_string(),
                };
                refuse(file, line, message)
            })?;
            let line = record.position().map_or(0, |p| p.line());
            rows.push((line, record.iter().map(str::to_owned).collect()));
        }
        Ok(Table { headers, rows })
    }

    fn write(&self) -> String {
        let mut out = csv::Writer::from_writer(Vec::new());
        let _ = out.write_record(&self.headers);
        for (_, row) in &self.rows {
            let _ = out.write_record(row);
        }
        String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
    }

    /// Appends another feed's rows, columns matched by name, with `prefix` before the
    /// values of the id columns.
    fn append(&mut self, other: &Table, id_columns: &[&str], prefix: &str) {
        for h in &other.headers {
            if self.column(h).is_none() {
                self.headers.push(h.clone());
                for (_, row) in &mut self.rows {
                    row.push(String::new());
                }
            }
        }
        for (line, row) in &other.rows {
            let mut new = vec![String::new(); self.headers.len()];
            for (i, h) in other.headers.iter().enumerate() {
                let Some(at) = self.column(h) else { continue };
                let value = &row[i];
                new[at] = if id_columns.contains(&h.as_str()) && !value.is_empty() {
                    format!("{prefix}{value}")
                } else {
                    value.clone()
                };
            }
            self.rows.push((*line, new));
        }
    }
}

/// A checked feed: its tables by file name.
#[derive(Debug, Clone, Default)]
pub struct Feed {
    pub tables: BTreeMap<String, Table>,
}

/// What an import reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub stops: usize,
    pub routes: usize,
    pub trips: usize,
    pub stop_times: usize,
}

impl std::fmt::Display for Counts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} stops, {} routes, {} trips, {} stop times",
            self.stops, self.routes, self.trips, self.stop_times
        )
    }
}

/// Reads `HH:MM:SS` (hours may pass 24) into seconds after noon minus 12 h.
pub fn parse_time(text: &str) -> Option<u32> {
    let mut parts = text.split(':');
    let (h, m, s) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || !(1..=3).contains(&h.len()) || m.len() != 2 || s.len() != 2 {
        return None;
    }
    let (h, m, s): (u32, u32, u32) = (h.parse().ok()?, m.parse().ok()?, s.parse().ok()?);
    (m < 60 && s < 60 && h < 48).then_some(h * 3600 + m * 60 + s)
}

fn parse_date(text: &str) -> bool {
    text.len() == 8 && jiff::civil::Date::strptime("%Y%m%d", text).is_ok()
}

impl Feed {
    /// Reads and checks a GTFS zip. Nothing is returned unless every file reads.
    pub fn read_zip(bytes: &[u8]) -> Result<Feed, FeedError> {
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| FeedError {
            file: None,
            line: None,
            message: format!("not a readable zip file, perhaps truncated ({e})"),
        })?;
        let mut tables = BTreeMap::new();
        for i in 0..archive.len() {
            let mut entry = archive.by_index(i).map_err(|e| FeedError {
                file: None,
                line: None,
                message: format!("the zip is damaged ({e})"),
            })?;
            let name = entry
                .name()
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_owned();
            if !KNOWN.contains(&name.as_str()) {
                continue;
            }
            let mut data = Vec::new();
            entry
                .read_to_end(&mut data)
                .map_err(|e| refuse(&name, None, format!("cannot be read from the zip ({e})")))?;
            tables.insert(name.clone(), Table::parse(&name, &data)?);
        }
        let feed = Feed { tables };
        feed.check()?;
        Ok(feed)
    }

    /// A feed from text files (the demo's, the bus's), checked the same way.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Feed, FeedError> {
        let mut tables = BTreeMap::new();
        for (name, text) in files {
            if KNOWN.contains(name) {
                tables.insert((*name).to_owned(), Table::parse(name, text.as_bytes())?);
            }
        }
        let feed = Feed { tables };
        feed.check()?;
        Ok(feed)
    }

    fn table(&self, name: &str) -> Result<&Table, FeedError> {
        self.tables
            .get(name)
            .ok_or_else(|| refuse(name, None, "is missing from the feed"))
    }

    /// Every rule a row must meet, with the file and line of the first that does not.
    fn check(&self) -> Result<(), FeedError> {
        for name in [
            "agency.txt",
            "stops.txt",
            "routes.txt",
            "trips.txt",
            "stop_times.txt",
        ] {
            self.table(name)?;
        }
        if !self.tables.contains_key("calendar.txt")
            && !self.tables.contains_key("calendar_dates.txt")
        {
            return Err(refuse(
                "calendar.txt",
                None,
                "is missing, and so is calendar_dates.txt: one of them is needed",
            ));
        }
        let need = |file: &str, table: &Table, columns: &[&str]| -> Result<Vec<usize>, FeedError> {
            columns
                .iter()
                .map(|c| {
                    table
                        .column(c)
                        .ok_or_else(|| refuse(file, Some(1), format!("has no column {c}")))
                })
                .collect()
        };
        let unique = |file: &str, table: &Table, at: usize| -> Result<HashSet<String>, FeedError> {
            let mut seen = HashSet::new();
            for (line, row) in &table.rows {
                let id = &row[at];
                if id.is_empty() {
                    return Err(refuse(file, Some(*line), "an empty id"));
                }
                if !seen.insert(id.clone()) {
                    return Err(refuse(
                        file,
                        Some(*line),
                        format!("the id {id} is used twice"),
                    ));
                }
            }
            Ok(seen)
        };
        // stops.txt
        let stops = self.table("stops.txt")?;
        let c = need("stops.txt", stops, &["stop_id", "stop_lat", "stop_lon"])?;
        let stop_ids = unique("stops.txt", stops, c[0])?;
        let location_type = stops.column("location_type");
        for (line, row) in &stops.rows {
            let kind = location_type.map_or("", |at| row[at].as_str());
            let (lat, lon) = (&row[c[1]], &row[c[2]]);
            // Generic nodes and boarding areas (3, 4) may leave out their position.
            if (kind == "3" || kind == "4") && lat.is_empty() && lon.is_empty() {
                continue;
            }
            let ok = |v: &str, limit: f64| v.parse::<f64>().is_ok_and(|x| x.abs() <= limit);
            if !ok(lat, 90.0) || !ok(lon, 180.0) {
                return Err(refuse(
                    "stops.txt",
                    Some(*line),
                    format!("stop_lat '{lat}' / stop_lon '{lon}' is not a position"),
                ));
            }
        }
        // routes.txt
        let routes = self.table("routes.txt")?;
        let c = need("routes.txt", routes, &["route_id", "route_type"])?;
        let route_ids = unique("routes.txt", routes, c[0])?;
        for (line, row) in &routes.rows {
            if row[c[1]].parse::<u16>().is_err() {
                return Err(refuse(
                    "routes.txt",
                    Some(*line),
                    format!("route_type '{}' is not a number", row[c[1]]),
                ));
            }
        }
        // calendar.txt and calendar_dates.txt
        let mut services = HashSet::new();
        if let Some(calendar) = self.tables.get("calendar.txt") {
            let days = [
                "service_id",
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
                "start_date",
                "end_date",
            ];
            let c = need("calendar.txt", calendar, &days)?;
            services.extend(unique("calendar.txt", calendar, c[0])?);
            for (line, row) in &calendar.rows {
                for (i, day) in days.iter().enumerate().skip(1).take(7) {
                    if row[c[i]] != "0" && row[c[i]] != "1" {
                        return Err(refuse(
                            "calendar.txt",
                            Some(*line),
                            format!("{day} '{}' must be 0 or 1", row[c[i]]),
                        ));
                    }
                }
                for i in [8, 9] {
                    if !parse_date(&row[c[i]]) {
                        return Err(refuse(
                            "calendar.txt",
                            Some(*line),
                            format!("{} '{}' is not a date (YYYYMMDD)", days[i], row[c[i]]),
                        ));
                    }
                }
            }
        }
        if let Some(dates) = self.tables.get("calendar_dates.txt") {
            let c = need(
                "calendar_dates.txt",
                dates,
                &["service_id", "date", "exception_type"],
            )?;
            for (line, row) in &dates.rows {
                if !parse_date(&row[c[1]]) {
                    return Err(refuse(
                        "calendar_dates.txt",
                        Some(*line),
                        format!("date '{}' is not a date (YYYYMMDD)", row[c[1]]),
                    ));
                }
                if row[c[2]] != "1" && row[c[2]] != "2" {
                    return Err(refuse(
                        "calendar_dates.txt",
                        Some(*line),
                        format!("exception_type '{}' must be 1 or 2", row[c[2]]),
                    ));
                }
                services.insert(row[c[0]].clone());
            }
        }
        // trips.txt
        let trips = self.table("trips.txt")?;
        let c = need("trips.txt", trips, &["route_id", "service_id", "trip_id"])?;
        let trip_ids = unique("trips.txt", trips, c[2])?;
        for (line, row) in &trips.rows {
            if !route_ids.contains(&row[c[0]]) {
                return Err(refuse(
                    "trips.txt",
                    Some(*line),
                    format!("route_id {} is not in routes.txt", row[c[0]]),
                ));
            }
            if !services.contains(&row[c[1]]) {
                return Err(refuse(
                    "trips.txt",
                    Some(*line),
                    format!(
                        "service_id {} is in neither calendar.txt nor calendar_dates.txt",
                        row[c[1]]
                    ),
                ));
            }
        }
        // stop_times.txt
        let times = self.table("stop_times.txt")?;
        let c = need(
            "stop_times.txt",
            times,
            &[
                "trip_id",
                "arrival_time",
                "departure_time",
                "stop_id",
                "stop_sequence",
            ],
        )?;
        let mut with_times: HashSet<&str> = HashSet::new();
        for (line, row) in &times.rows {
            let refuse_here = |m: String| Err(refuse("stop_times.txt", Some(*line), m));
            if !trip_ids.contains(&row[c[0]]) {
                return refuse_here(format!("trip_id {} is not in trips.txt", row[c[0]]));
            }
            if !stop_ids.contains(&row[c[3]]) {
                return refuse_here(format!("stop_id {} is not in stops.txt", row[c[3]]));
            }
            for (i, name) in [(1, "arrival_time"), (2, "departure_time")] {
                let v = &row[c[i]];
                if !v.is_empty() && parse_time(v).is_none() {
                    return refuse_here(format!("{name} '{v}' is not a time (HH:MM:SS)"));
                }
            }
            if row[c[4]].parse::<u32>().is_err() {
                return refuse_here(format!("stop_sequence '{}' is not a number", row[c[4]]));
            }
            if !row[c[1]].is_empty() || !row[c[2]].is_empty() {
                with_times.insert(row[c[0]].as_str());
            }
        }
        if let Some((line, row)) = trips
            .rows
            .iter()
            .find(|(_, row)| !with_times.contains(row[c_trip(trips)].as_str()))
        {
            return Err(refuse(
                "trips.txt",
                Some(*line),
                format!("trip {} has no times in stop_times.txt", row[c_trip(trips)]),
            ));
        }
        // transfers.txt
        if let Some(transfers) = self.tables.get("transfers.txt") {
            let c = need("transfers.txt", transfers, &["from_stop_id", "to_stop_id"])?;
            for (line, row) in &transfers.rows {
                for at in [c[0], c[1]] {
                    if !row[at].is_empty() && !stop_ids.contains(&row[at]) {
                        return Err(refuse(
                            "transfers.txt",
                            Some(*line),
                            format!("stop {} is not in stops.txt", row[at]),
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    pub fn counts(&self) -> Counts {
        let n = |f: &str| self.tables.get(f).map_or(0, |t| t.rows.len());
        Counts {
            stops: n("stops.txt"),
            routes: n("routes.txt"),
            trips: n("trips.txt"),
            stop_times: n("stop_times.txt"),
        }
    }

    /// Keeps the trips with a stop within [`MARGIN_KM`] of the area the points span
    /// (the municipality's towns and places), and what those trips use.
    pub fn clip(&mut self, area: &[Coordinate]) {
        if area.is_empty() {
            return;
        }
        let (mut south, mut north, mut west, mut east) = (90.0f64, -90.0f64, 180.0f64, -180.0f64);
        for p in area {
            south = south.min(p.lat);
            north = north.max(p.lat);
            west = west.min(p.lon);
            east = east.max(p.lon);
        }
        // The margin in degrees: latitude 1° ≈ 111 km; longitude shrinks with cos(lat).
        let dlat = MARGIN_KM / 111.0;
        let dlon = MARGIN_KM / (111.0 * north.max(south.abs()).to_radians().cos().max(0.1));
        let inside = |lat: f64, lon: f64| {
            lat >= south - dlat && lat <= north + dlat && lon >= west - dlon && lon <= east + dlon
        };
        let Some(stops) = self.tables.get("stops.txt") else {
            return;
        };
        let (sid, lat, lon) = (
            stops.column("stop_id").unwrap_or(0),
            stops.column("stop_lat").unwrap_or(0),
            stops.column("stop_lon").unwrap_or(0),
        );
        let near: HashSet<String> = stops
            .rows
            .iter()
            .filter(
                |(_, r)| matches!((r[lat].parse(), r[lon].parse()), (Ok(a), Ok(b)) if inside(a, b)),
            )
            .map(|(_, r)| r[sid].clone())
            .collect();
        let times = &self.tables["stop_times.txt"];
        let (tid, tsid) = (
            times.column("trip_id").unwrap_or(0),
            times.column("stop_id").unwrap_or(0),
        );
        let kept_trips: HashSet<String> = times
            .rows
            .iter()
            .filter(|(_, r)| near.contains(&r[tsid]))
            .map(|(_, r)| r[tid].clone())
            .collect();
        self.retain("stop_times.txt", "trip_id", &kept_trips);
        self.retain("trips.txt", "trip_id", &kept_trips);
        self.retain("frequencies.txt", "trip_id", &kept_trips);
        let used_stops = self.values("stop_times.txt", "stop_id");
        // Parent stations of used stops stay too.
        let mut keep_stops = used_stops.clone();
        if let Some(stops) = self.tables.get("stops.txt")
            && let Some(parent) = stops.column("parent_station")
        {
            for (_, r) in &stops.rows {
                if used_stops.contains(&r[sid]) && !r[parent].is_empty() {
                    keep_stops.insert(r[parent].clone());
                }
            }
        }
        self.retain("stops.txt", "stop_id", &keep_stops);
        self.retain("transfers.txt", "from_stop_id", &keep_stops);
        self.retain("transfers.txt", "to_stop_id", &keep_stops);
        let used_routes = self.values("trips.txt", "route_id");
        self.retain("routes.txt", "route_id", &used_routes);
    }

    fn values(&self, file: &str, column: &str) -> HashSet<String> {
        let Some(table) = self.tables.get(file) else {
            return HashSet::new();
        };
        let Some(at) = table.column(column) else {
            return HashSet::new();
        };
        table.rows.iter().map(|(_, r)| r[at].clone()).collect()
    }

    fn retain(&mut self, file: &str, column: &str, keep: &HashSet<String>) {
        if let Some(table) = self.tables.get_mut(file)
            && let Some(at) = table.column(column)
        {
            table.rows.retain(|(_, r)| keep.contains(&r[at]));
        }
    }

    /// Joins another feed (Den Glade Bus's), its ids prefixed with [`BUS_PREFIX`] so they
    /// cannot meet the region's.
    pub fn join(&mut self, other: &Feed) {
        let ids: HashMap<&str, &[&str]> = HashMap::from([
            ("agency.txt", &["agency_id"][..]),
            ("stops.txt", &["stop_id", "parent_station"][..]),
            ("routes.txt", &["route_id", "agency_id"][..]),
            ("trips.txt", &["route_id", "service_id", "trip_id"][..]),
            ("stop_times.txt", &["trip_id", "stop_id"][..]),
            ("calendar.txt", &["service_id"][..]),
            ("calendar_dates.txt", &["service_id"][..]),
            ("transfers.txt", &["from_stop_id", "to_stop_id"][..]),
            ("frequencies.txt", &["trip_id"][..]),
        ]);
        for (name, table) in &other.tables {
            let Some(columns) = ids.get(name.as_str()) else {
                continue;
            };
            self.tables
                .entry(name.clone())
                .or_default()
                .append(table, columns, BUS_PREFIX);
        }
    }

    /// The feed as a GTFS zip again (what the store keeps).
    pub fn zip(&self) -> std::io::Result<Vec<u8>> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, table) in &self.tables {
            zip.start_file(name.as_str(), options)
                .map_err(std::io::Error::other)?;
            zip.write_all(table.write().as_bytes())?;
        }
        Ok(zip.finish().map_err(std::io::Error::other)?.into_inner())
    }

    /// The feed in `gtfs-structures`' model, for the journey planner.
    pub fn gtfs(&self) -> Result<gtfs_structures::Gtfs, FeedError> {
        let zip = self.zip().map_err(|e| FeedError {
            file: None,
            line: None,
            message: e.to_string(),
        })?;
        gtfs_structures::Gtfs::from_reader(Cursor::new(zip)).map_err(|e| {
            let mut message = e.to_string();
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                message.push_str(&format!(": {s}"));
                source = s.source();
            }
            FeedError {
                file: None,
                line: None,
                message,
            }
        })
    }
}

fn c_trip(trips: &Table) -> usize {
    trips.column("trip_id").unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_past_midnight_read_and_bad_times_do_not() {
        assert_eq!(parse_time("08:05:00"), Some(8 * 3600 + 300));
        assert_eq!(parse_time("25:10:30"), Some(25 * 3600 + 630));
        assert_eq!(parse_time("8:05:00"), Some(8 * 3600 + 300));
        assert_eq!(parse_time("08:5:00"), None);
        assert_eq!(parse_time("08:65:00"), None);
        assert_eq!(parse_time("0805"), None);
    }

    #[test]
    fn an_error_names_file_and_line() {
        let e = refuse("stop_times.txt", Some(14), "arrival_time 'x' is not a time");
        assert_eq!(
            e.to_string(),
            "stop_times.txt line 14: arrival_time 'x' is not a time"
        );
    }
}
