//! The demo municipality's files meet what the foundation promises: enough organisations
//! and offers, every life arena, every age, every town, free and paid, day and evening,
//! phone and online, and contact details that are obviously fake.

use std::collections::HashSet;

use sammen::demo::DemoData;

#[test]
fn demo_content_covers_the_whole_municipality() {
    let data = DemoData::parse().expect("demo files parse and cross-check");
    let offers: Vec<_> = data
        .organisations
        .iter()
        .flat_map(|(_, org)| org.offer.iter())
        .collect();
    assert!(
        data.organisations.len() >= 40,
        "{} organisations",
        data.organisations.len()
    );
    assert!(offers.len() >= 150, "{} offers", offers.len());

    let arenas: HashSet<&str> = offers
        .iter()
        .flat_map(|o| o.life_arenas.iter().map(String::as_str))
        .collect();
    assert_eq!(
        arenas,
        HashSet::from(["hjem", "skole", "fritid", "arbejde", "sundhed"])
    );

    assert!(offers.iter().any(|o| o.age_min == 0), "no offer from age 0");
    assert!(
        offers.iter().any(|o| o.age_max >= 100),
        "no offer up to 100"
    );
    for age in 0..=100 {
        assert!(
            offers.iter().any(|o| o.age_min <= age && age <= o.age_max),
            "nothing for age {age}"
        );
    }

    let towns_with_offers: HashSet<&str> = offers.iter().map(|o| o.town.as_str()).collect();
    for town in &data.towns {
        assert!(
            towns_with_offers.contains(town.name.as_str()),
            "no offer in {}",
            town.name
        );
    }

    assert!(offers.iter().any(|o| o.cost == "gratis"));
    assert!(
        offers
            .iter()
            .any(|o| o.cost == "beløb" && o.cost_amount_dkk > 0)
    );
    assert!(
        offers.iter().any(|o| o.start_time.as_str() < "17:00"),
        "no daytime offer"
    );
    assert!(
        offers.iter().any(|o| o.start_time.as_str() >= "17:00"),
        "no evening offer"
    );
    assert!(offers.iter().any(|o| o.channel == "telefon"));
    assert!(offers.iter().any(|o| o.channel == "online"));
    assert!(
        offers.iter().any(|o| o.last_confirmed_days_ago > 365),
        "no stale offer to show freshness"
    );
}

#[test]
fn demo_offers_are_well_formed() {
    let data = DemoData::parse().unwrap();
    for (_, org) in &data.organisations {
        for offer in &org.offer {
            let what = format!("{} / {}", org.key, offer.name);
            assert!(
                offer.short_description.chars().count() <= 200,
                "{what}: short description too long"
            );
            for time in [&offer.start_time, &offer.end_time] {
                let ok = time.len() == 5
                    && time[..2].parse::<u8>().is_ok_and(|h| h < 24)
                    && &time[2..3] == ":"
                    && time[3..].parse::<u8>().is_ok_and(|m| m < 60);
                assert!(ok, "{what}: time '{time}' is not HH:MM");
            }
            assert!(
                offer.schedule.starts_with("FREQ="),
                "{what}: schedule '{}' is not an RRULE",
                offer.schedule
            );
            for part in offer.schedule.split(';') {
                let (name, value) = part
                    .split_once('=')
                    .unwrap_or_else(|| panic!("{what}: bad RRULE part '{part}'"));
                assert!(
                    [
                        "FREQ",
                        "INTERVAL",
                        "BYDAY",
                        "BYMONTH",
                        "BYMONTHDAY",
                        "BYSETPOS",
                        "COUNT",
                        "UNTIL",
                        "WKST"
                    ]
                    .contains(&name)
                        && !value.is_empty(),
                    "{what}: RRULE part '{part}'"
                );
            }
        }
    }
}

#[test]
fn demo_contact_details_are_obviously_fake() {
    let data = DemoData::parse().unwrap();
    let fake_mail =
        |m: &str| m.is_empty() || m.ends_with(".example.org") || m.ends_with("@example.org");
    let fake_web = |w: &str| {
        w.is_empty()
            || w.trim_start_matches("https://")
                .trim_start_matches("http://")
                .split('/')
                .next()
                .is_some_and(|h| h == "example.org" || h.ends_with(".example.org"))
    };
    let fake_phone = |p: &str| p.is_empty() || p == "00 00 00 00";
    assert!(
        fake_mail(&data.file.municipality.contact_email)
            && fake_phone(&data.file.municipality.contact_phone)
    );
    for line in &data.file.phone_lines {
        assert!(fake_phone(&line.phone), "phone line {}", line.name);
    }
    for (_, org) in &data.organisations {
        assert!(fake_mail(&org.email), "{}: {}", org.key, org.email);
        assert!(fake_web(&org.website), "{}: {}", org.key, org.website);
        assert!(fake_phone(&org.phone), "{}: {}", org.key, org.phone);
    }
}

#[test]
fn towns_without_a_public_coordinate_are_marked_approximate() {
    let data = DemoData::parse().unwrap();
    let sourced = [
        "Nykøbing Sjælland",
        "Asnæs",
        "Hørve",
        "Vig",
        "Rørvig",
        "Højby",
        "Sjællands Odde",
    ];
    for town in &data.towns {
        assert_eq!(
            town.approximate,
            !sourced.contains(&town.name.as_str()),
            "{}",
            town.name
        );
        assert!(
            (55.6..56.1).contains(&town.coordinate.lat)
                && (11.2..11.9).contains(&town.coordinate.lon),
            "{}",
            town.name
        );
    }
}

/// The demo's schools (issue 20): in the demo's towns, with classes, a buddy scheme where
/// the demo teacher teaches, welcome gatherings and clubs linked to paths.
#[test]
fn demo_schools_are_in_the_demo_towns_with_a_welcome() {
    let data = sammen::demo::DemoData::parse().unwrap();
    let file = sammen::demo::schools::parse().unwrap();
    assert!(file.school.len() >= 3, "{} schools", file.school.len());
    for s in &file.school {
        assert!(
            data.towns.iter().any(|t| t.name == s.town),
            "{}: town {}",
            s.name,
            s.town
        );
        assert!(!s.classes.is_empty(), "{} has no classes", s.name);
        if s.teacher {
            assert!(
                !s.buddy_scheme.trim().is_empty(),
                "{}: no buddy scheme",
                s.name
            );
        }
    }
    assert!(file.school.iter().any(|s| s.teacher));
    assert!(
        file.gathering.len() >= 2,
        "{} gatherings",
        file.gathering.len()
    );
    assert!(
        file.school.iter().flat_map(|s| &s.offer).count() >= 3,
        "clubs for newcomers"
    );
    assert!(
        sammen::demo::DEMO_ACCOUNTS
            .iter()
            .any(|(email, _, role)| *email == "laerer@sammen.example"
                && *role == Some(sammen::auth::Role::Teacher))
    );
}
