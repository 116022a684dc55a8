//! Volunteer drivers and rides: the ask form and the private link for citizens
//! ([`public`]), the coordinators' desk, the driver register, day lists and mileage
//! ([`admin`]). The coordinators are the administrators, as for requests to ambassadors.

mod admin;
mod lifts;
mod public;

use jiff::civil::{Date, Time};

use crate::rides::mail::RideText;
use crate::store::rides::Ride;
use crate::web::routes::Routes;

pub fn routes(r: Routes) -> Routes {
    lifts::routes(admin::routes(public::routes(r)))
}

/// The moment of a pick-up (a local date and time in Copenhagen), as unix seconds.
fn pickup_moment(date: Date, at: Time) -> i64 {
    crate::calendar::local_instant(date.to_datetime(at)).as_second()
}

/// "13.30" from a stored "13:30" ('' stays '').
fn shown_time(stored: &str) -> String {
    crate::format::parse_clock(stored)
        .map(crate::format::clock)
        .unwrap_or_default()
}

/// The mails' view of a ride, with these dates.
fn ride_text<'a>(ride: &'a Ride, out: &'a str, home: &'a str, dates: &'a [Date]) -> RideText<'a> {
    RideText {
        rider_name: &ride.new.rider_name,
        phone: &ride.new.phone,
        pickup_address: &ride.new.pickup_address,
        town: ride.town.as_deref().unwrap_or(""),
        destination: &ride.new.destination,
        pickup_out: out,
        pickup_home: home,
        note: &ride.new.note,
        dates,
    }
}
