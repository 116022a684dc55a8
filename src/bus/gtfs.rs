//! GTFS Schedule for Den Glade Bus, so the bus appears in the journey planners people
//! already use: one agency, one route, one trip per weekday tour, a service per weekday
//! running a year from the start date, and the yearly pauses as removed dates.
//! Reference: <https://gtfs.org/documentation/schedule/reference/>.

use std::io::Write;

use jiff::Span;
use jiff::civil::{Date, Time};

use crate::bus::Plan;

/// How far ahead the feed runs.
pub const FEED_DAYS: i64 = 364;

pub struct Feed<'a> {
    pub plan: &'a Plan,
    pub agency_name: &'a str,
    /// The public site; GTFS wants an absolute URL.
    pub url: &'a str,
    pub phone: &'a str,
    /// Where people write about the feed.
    pub email: &'a str,
    pub start: Date,
}

/// The GTFS zip for a municipality's bus, running from `start` (the server's today): the
/// page `/bussen/gtfs.zip` and `sammen export gtfs` both write it.
pub fn feed_zip(
    plan: &Plan,
    municipality: &crate::domain::Municipality,
    base_url: &str,
    start: Date,
) -> std::io::Result<Vec<u8>> {
    let name = format!("{} – {}", municipality.name, plan.name);
    Feed {
        plan,
        agency_name: &name,
        url: base_url,
        phone: &municipality.contact_phone,
        email: &municipality.contact_email,
        start,
    }
    .zip()
}

/// A CSV field, quoted when it must be.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn line(fields: &[&str]) -> String {
    let mut out = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    out
}

fn gtfs_time(t: Time) -> String {
    format!("{:02}:{:02}:00", t.hour(), t.minute())
}

fn gtfs_date(d: Date) -> String {
    d.strftime("%Y%m%d").to_string()
}

pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

impl Feed<'_> {
    fn end(&self) -> Date {
        self.start
            .checked_add(Span::new().days(FEED_DAYS))
            .unwrap_or(self.start)
    }

    /// The feed's text files, by name.
    pub fn files(&self) -> Vec<(&'static str, String)> {
        let plan = self.plan;
        let mut agency = line(&[
            "agency_id",
            "agency_name",
            "agency_url",
            "agency_timezone",
            "agency_lang",
            "agency_phone",
        ]);
        agency.push_str(&line(&[
            "sammen",
            self.agency_name,
            self.url,
            "Europe/Copenhagen",
            "da",
            self.phone,
        ]));
        let mut stops = line(&[
            "stop_id",
            "stop_name",
            "stop_desc",
            "stop_lat",
            "stop_lon",
            "wheelchair_boarding",
        ]);
        let used: Vec<i64> = plan
            .visits
            .iter()
            .chain(plan.extras.iter().map(|e| &e.visit))
            .map(|v| v.stop_id)
            .collect();
        for s in plan.stops.iter().filter(|s| used.contains(&s.id)) {
            stops.push_str(&line(&[
                &s.key,
                &s.full_name(),
                &s.typical_visitors,
                &format!("{:.6}", s.at.lat),
                &format!("{:.6}", s.at.lon),
                if s.step_free() { "1" } else { "0" },
            ]));
        }
        let mut routes = line(&[
            "route_id",
            "agency_id",
            "route_short_name",
            "route_long_name",
            "route_type",
            "route_url",
        ]);
        routes.push_str(&line(&[
            "glade-bus",
            "sammen",
            "Glade Bus",
            &plan.name,
            "3",
            &format!("{}/bussen", self.url.trim_end_matches('/')),
        ]));
        let mut trips = line(&["route_id", "service_id", "trip_id", "trip_headsign"]);
        let mut stop_times = line(&[
            "trip_id",
            "arrival_time",
            "departure_time",
            "stop_id",
            "stop_sequence",
            "timepoint",
        ]);
        let mut calendar = line(&[
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
        ]);
        let mut dates = line(&["service_id", "date", "exception_type"]);
        let (start, end) = (gtfs_date(self.start), gtfs_date(self.end()));
        for (day, visits) in plan.tours() {
            // As for chosen dates below: a one-stop tour is no trip for a journey planner.
            if visits.len() < 2 {
                continue;
            }
            let service = WEEKDAYS[day as usize];
            let trip = format!("tour-{service}");
            let last = visits
                .last()
                .and_then(|v| plan.stop(v.stop_id))
                .map(|s| s.full_name())
                .unwrap_or_default();
            trips.push_str(&line(&["glade-bus", service, &trip, &last]));
            for (sequence, v) in visits.iter().enumerate() {
                let Some(stop) = plan.stop(v.stop_id) else {
                    continue;
                };
                stop_times.push_str(&line(&[
                    &trip,
                    &gtfs_time(v.arrive),
                    &gtfs_time(v.leave()),
                    &stop.key,
                    &(sequence + 1).to_string(),
                    "1",
                ]));
            }
            let mut days = ["0"; 7];
            days[day as usize] = "1";
            let mut row = vec![service];
            row.extend(days);
            row.extend([start.as_str(), end.as_str()]);
            calendar.push_str(&line(&row));
            // The pauses: each paused date of this weekday within the feed is removed.
            let mut date = self.start;
            while date <= self.end() {
                if date.weekday().to_monday_zero_offset() as u8 == day
                    && plan.paused(date).is_some()
                {
                    dates.push_str(&line(&[service, &gtfs_date(date), "2"]));
                }
                date = match date.checked_add(Span::new().days(1)) {
                    Ok(next) => next,
                    Err(_) => break,
                };
            }
        }
        // Chosen dates: a trip each, on a service that runs that date only.
        let mut extra_dates: Vec<jiff::civil::Date> = plan
            .extras
            .iter()
            .map(|e| e.date)
            .filter(|d| *d >= self.start && *d <= self.end())
            .collect();
        extra_dates.dedup();
        for date in extra_dates {
            let trip = extra_trip(date);
            let visits: Vec<&crate::bus::Visit> = plan
                .extras
                .iter()
                .filter(|e| e.date == date)
                .map(|e| &e.visit)
                .collect();
            // A trip needs two stops to be of use to a journey planner; a single visit on
            // a date is on the website and in the stop's calendar only.
            if visits.len() < 2 {
                continue;
            }
            let last = visits
                .last()
                .and_then(|v| plan.stop(v.stop_id))
                .map(|s| s.full_name())
                .unwrap_or_default();
            trips.push_str(&line(&["glade-bus", &trip, &trip, &last]));
            for (sequence, v) in visits.iter().enumerate() {
                let Some(stop) = plan.stop(v.stop_id) else {
                    continue;
                };
                stop_times.push_str(&line(&[
                    &trip,
                    &gtfs_time(v.arrive),
                    &gtfs_time(v.leave()),
                    &stop.key,
                    &(sequence + 1).to_string(),
                    "1",
                ]));
            }
            dates.push_str(&line(&[&trip, &gtfs_date(date), "1"]));
        }
        let mut feed_info = line(&[
            "feed_publisher_name",
            "feed_publisher_url",
            "feed_lang",
            "feed_start_date",
            "feed_end_date",
            "feed_version",
            "feed_contact_email",
            "feed_contact_url",
        ]);
        feed_info.push_str(&line(&[
            self.agency_name,
            self.url,
            "da",
            &start,
            &end,
            &start,
            self.email,
            &format!("{}/bussen", self.url.trim_end_matches('/')),
        ]));
        vec![
            ("agency.txt", agency),
            ("stops.txt", stops),
            ("routes.txt", routes),
            ("trips.txt", trips),
            ("stop_times.txt", stop_times),
            ("calendar.txt", calendar),
            ("calendar_dates.txt", dates),
            ("feed_info.txt", feed_info),
        ]
    }

    /// The feed as a zip file.
    pub fn zip(&self) -> std::io::Result<Vec<u8>> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, text) in self.files() {
            zip.start_file(name, options)
                .map_err(std::io::Error::other)?;
            zip.write_all(text.as_bytes())?;
        }
        Ok(zip.finish().map_err(std::io::Error::other)?.into_inner())
    }
}

/// The trip (and service) id of the visits on a chosen date.
pub fn extra_trip(date: jiff::civil::Date) -> String {
    format!("extra-{}", gtfs_date(date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_commas_or_quotes_are_quoted() {
        assert_eq!(field("Torvet, Asnæs"), "\"Torvet, Asnæs\"");
        assert_eq!(field("Det \"glade\""), "\"Det \"\"glade\"\"\"");
        assert_eq!(field("Vig"), "Vig");
        assert_eq!(gtfs_time(jiff::civil::time(9, 5, 0, 0)), "09:05:00");
    }
}
