//! Every ride mail, pure and in Danish (the municipality's language): to the rider (with
//! the private link), to the driver (what, when, where — the rider's name and phone, so
//! the driver can ring the door), to the coordinators (only that something waits), to a
//! relative at pick-up, and the vetting reminders. The store queues them in the
//! transaction of the change that causes them.

use jiff::civil::Date;

use crate::format;
use crate::i18n::Lang;

/// A ride as the mails name it.
pub struct RideText<'a> {
    pub rider_name: &'a str,
    pub phone: &'a str,
    pub pickup_address: &'a str,
    pub town: &'a str,
    pub destination: &'a str,
    pub pickup_out: &'a str,
    pub pickup_home: &'a str,
    pub note: &'a str,
    pub dates: &'a [Date],
}

fn dates(list: &[Date]) -> String {
    list.iter()
        .map(|d| format!("- {}", format::day(Lang::Da, *d)))
        .collect::<Vec<_>>()
        .join("\n")
}

fn times(r: &RideText<'_>) -> String {
    if r.pickup_home.is_empty() {
        format!("Afhentning kl. {} (kun ud, ingen hjemtur).", r.pickup_out)
    } else {
        format!(
            "Afhentning kl. {} og hjem igen kl. {}.",
            r.pickup_out, r.pickup_home
        )
    }
}

/// To the rider when the ride is asked for.
pub fn asked(r: &RideText<'_>, link: &str) -> (String, String) {
    (
        "Vi har modtaget din bestilling af kørsel".into(),
        format!(
            "Hej {}\n\nTak for din bestilling af kørsel til {}.\n{}\n\nDatoer:\n{}\n\n\
             Vores koordinator finder en frivillig chauffør og skriver til dig, når kørslen er på plads.\n\n\
             Her kan du se, ændre eller aflyse kørslen (gem linket):\n{link}\n",
            r.rider_name,
            r.destination,
            times(r),
            dates(r.dates)
        ),
    )
}

/// To the coordinators: a ride waits. Nothing about the rider.
pub fn to_coordinators(link: &str) -> (String, String) {
    (
        "Ny bestilling af kørsel".into(),
        format!(
            "Der er kommet en ny bestilling af kørsel. Log ind for at finde en chauffør:\n{link}\n"
        ),
    )
}

/// To the rider: a driver is found.
pub fn confirmed_to_rider(r: &RideText<'_>, driver_first_name: &str) -> (String, String) {
    (
        "Din kørsel er på plads".into(),
        format!(
            "Hej {}\n\n{driver_first_name} kører dig til {}.\n{}\n\nDatoer:\n{}\n\n\
             Kan du ikke en dag, så aflys den med linket i vores første mail – så ved chaufføren det.\n",
            r.rider_name,
            r.destination,
            times(r),
            dates(r.dates)
        ),
    )
}

/// To the driver: a ride to drive.
pub fn confirmed_to_driver(r: &RideText<'_>, driver_name: &str) -> (String, String) {
    let note = if r.note.is_empty() {
        String::new()
    } else {
        format!("Godt at vide: {}\n", r.note)
    };
    (
        format!("Ny kørsel: {}", r.destination),
        format!(
            "Hej {driver_name}\n\nTak, fordi du kører! Du henter {} på {}{}, tlf. {}, og kører til {}.\n{}\n{note}\nDatoer:\n{}\n\n\
             Koordinatoren har din dagsliste. Får du forhindringer, så ring til koordinatoren.\n",
            r.rider_name,
            r.pickup_address,
            if r.town.is_empty() {
                String::new()
            } else {
                format!(", {}", r.town)
            },
            r.phone,
            r.destination,
            times(r),
            dates(r.dates)
        ),
    )
}

/// To the driver: one date (or all) is cancelled.
pub fn cancelled_to_driver(r: &RideText<'_>, cancelled: &[Date]) -> (String, String) {
    (
        format!("Aflyst kørsel: {}", r.destination),
        format!(
            "Kørslen med {} til {} er aflyst på disse datoer:\n{}\n\nDu skal ikke køre de dage.\n",
            r.rider_name,
            r.destination,
            dates(cancelled)
        ),
    )
}

/// To the driver: the rider changed the times or the note.
pub fn changed_to_driver(r: &RideText<'_>) -> (String, String) {
    (
        format!("Ændret kørsel: {}", r.destination),
        format!(
            "{} har ændret kørslen til {}.\n{}\n{}\nDatoer:\n{}\n",
            r.rider_name,
            r.destination,
            times(r),
            if r.note.is_empty() {
                String::new()
            } else {
                format!("Godt at vide: {}\n", r.note)
            },
            dates(r.dates)
        ),
    )
}

/// To a relative, sent at the pick-up time of one date.
pub fn to_relative(
    relative_name: &str,
    rider_name: &str,
    destination: &str,
    driver_first_name: &str,
    pickup: &str,
) -> (String, String) {
    (
        format!("{rider_name} bliver hentet nu"),
        format!(
            "Hej {relative_name}\n\n{rider_name} bliver hentet kl. {pickup} af den frivillige chauffør \
             {driver_first_name} og kørt til {destination}.\n\n\
             Du får denne besked, fordi {rider_name} har skrevet dig på sin bestilling af kørsel.\n"
        ),
    )
}

/// To the coordinators and the driver: vetting runs out.
pub fn vetting_reminder(
    driver_name: &str,
    what: &str,
    until: Date,
    link: &str,
) -> (String, String) {
    let thing = match what {
        "record" => "straffeattesten",
        "licence" => "kørekortet",
        _ => "forsikringen",
    };
    (
        format!("Frivillig chauffør: {thing} udløber"),
        format!(
            "For {driver_name} gælder {thing} til og med {}. Derefter kan {driver_name} ikke \
             foreslås til kørsler, før en ny dato er skrevet ind.\n\nChaufførregistret:\n{link}\n",
            format::date(Lang::Da, until)
        ),
    )
}

/// The first name of a person, for the rider's and a relative's mail.
pub fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}
