//! "Find dit fællesskab": the personal guide's ranking — one pure function, [`rank`], and
//! the rules it applies, each a named constant with a unit test. No I/O here: the web
//! layer turns offers and coming events into [`Candidate`]s and the answers into a
//! [`Profile`], and turns [`Reason`]s into plain words.
//!
//! The rules, in order:
//! 1. **Hard limits.** The person's age must be inside the candidate's age range; "free
//!    only" removes what costs money; "by phone or online" keeps only phone and online.
//! 2. **What they like:** +[`INTEREST`] for each chosen interest the candidate offers
//!    (at most two count).
//! 3. **When they can:** +[`TIME_FITS`] when it happens at a time they chose,
//!    −[`TIME_MISSES`] when it never does.
//! 4. **How far:** from the person's town, ≤ 3 km +3, ≤ 10 km +2, ≤ 20 km 0, beyond −3.
//!    On foot beyond 3 km, or by bike beyond 10 km, another −2; on foot beyond 10 km, or
//!    by bike beyond 25 km, −3 more.
//! 5. **Without a car** (bus or train, or a lift): beyond 3 km a real journey must get
//!    there in time for its next start ([`Candidate::journey`], from the timetable); with
//!    no timetable, a station must be near both ends instead (home ≤ [`HOME_STATION_KM`],
//!    the place ≤ [`PLACE_STATION_KM`]): +1 when it does, −3 when not. Needing a lift: +2
//!    where someone can come along.
//! 6. **Easy to join:** "just show up" +2, "newcomers welcome" +2.
//! 7. **Company:** alone, newcomers welcome counts +1 more; with someone the first time,
//!    "bring someone" or "an ambassador can come" +2; as a group, "just show up" +1.
//! 8. **Phone or online**, when asked for: +3.
//! 9. **Order:** score, then the sooner it next happens, then the name.
//! 10. **Mix:** the first [`SHOWN`] hold at least two life arenas when any other arena has
//!     a candidate: the last place goes to the best of another arena.
//! 11. **A good fit** ([`fits`]) matches a chosen interest and a chosen time (when any
//!     were chosen) and is within reach: ≤ [`REACH_KM`] by car or unsaid, ≤ 10 km by bike,
//!     ≤ 3 km on foot, and by bus, train or a lift beyond 3 km only with a journey there in
//!     time (or, with no timetable, a station near both ends). With fewer than [`FEW`] good fits the guide says so and shows the rest as the
//!     nearest alternatives.

pub mod selfcheck;

use crate::domain::geo::haversine_km;
use crate::domain::{Channel, Coordinate, LifeArena};

pub const INTEREST: i32 = 3;
pub const TIME_FITS: i32 = 2;
pub const TIME_MISSES: i32 = 2;
pub const HOME_STATION_KM: f64 = 2.0;
pub const PLACE_STATION_KM: f64 = 1.5;
/// How many results are shown first.
pub const SHOWN: usize = 8;
/// Fewer good fits than this, and the guide says so (rule 11).
pub const FEW: usize = 3;
/// Farthest a good fit may be by car.
pub const REACH_KM: f64 = 20.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Interest {
    Move,
    Create,
    EatTogether,
    Nature,
    Learn,
    HelpOthers,
    Games,
    Music,
    Talk,
}

impl Interest {
    pub const ALL: [Interest; 9] = [
        Interest::Move,
        Interest::Create,
        Interest::EatTogether,
        Interest::Nature,
        Interest::Learn,
        Interest::HelpOthers,
        Interest::Games,
        Interest::Music,
        Interest::Talk,
    ];

    /// The word in the guide's URLs.
    pub fn code(self) -> &'static str {
        match self {
            Interest::Move => "bevaege",
            Interest::Create => "skabe",
            Interest::EatTogether => "spise",
            Interest::Nature => "natur",
            Interest::Learn => "laere",
            Interest::HelpOthers => "hjaelpe",
            Interest::Games => "spil",
            Interest::Music => "musik",
            Interest::Talk => "snak",
        }
    }

    pub fn from_code(code: &str) -> Option<Interest> {
        Interest::ALL.into_iter().find(|i| i.code() == code)
    }

    /// The interests an offer's activity types stand for.
    pub fn from_activity(activity: &str) -> Option<Interest> {
        Some(match activity {
            "bevægelse" => Interest::Move,
            "kreativitet" => Interest::Create,
            "spis-sammen" => Interest::EatTogether,
            "natur" => Interest::Nature,
            "læring" => Interest::Learn,
            "frivilligt-arbejde" => Interest::HelpOthers,
            "spil" => Interest::Games,
            "musik" => Interest::Music,
            "samtale" | "samvær" => Interest::Talk,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    WeekdayDaytime,
    Evening,
    Weekend,
}

impl When {
    pub const ALL: [When; 3] = [When::WeekdayDaytime, When::Evening, When::Weekend];

    pub fn code(self) -> &'static str {
        match self {
            When::WeekdayDaytime => "hverdag",
            When::Evening => "aften",
            When::Weekend => "weekend",
        }
    }

    pub fn from_code(code: &str) -> Option<When> {
        When::ALL.into_iter().find(|w| w.code() == code)
    }

    /// Does a start on this weekday (0 = Monday) and hour fall in this choice?
    pub fn covers(self, weekday: u8, hour: u8) -> bool {
        match self {
            When::WeekdayDaytime => weekday < 5 && hour < 17,
            When::Evening => weekday < 5 && hour >= 17,
            When::Weekend => weekday >= 5,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    Car,
    BusOrTrain,
    Bike,
    OnFoot,
    NeedLift,
}

impl Transport {
    pub const ALL: [Transport; 5] = [
        Transport::Car,
        Transport::BusOrTrain,
        Transport::Bike,
        Transport::OnFoot,
        Transport::NeedLift,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Transport::Car => "bil",
            Transport::BusOrTrain => "bus-tog",
            Transport::Bike => "cykel",
            Transport::OnFoot => "gaa",
            Transport::NeedLift => "lift",
        }
    }

    pub fn from_code(code: &str) -> Option<Transport> {
        Transport::ALL.into_iter().find(|t| t.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Company {
    Alone,
    Group,
    Accompanied,
}

impl Company {
    pub const ALL: [Company; 3] = [Company::Alone, Company::Group, Company::Accompanied];

    pub fn code(self) -> &'static str {
        match self {
            Company::Alone => "alene",
            Company::Group => "gruppe",
            Company::Accompanied => "foelges",
        }
    }

    pub fn from_code(code: &str) -> Option<Company> {
        Company::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// What the person told the guide; everything is optional (each step can be skipped).
#[derive(Debug, Clone, Default)]
pub struct Profile {
    pub age: Option<i64>,
    /// Where they live, if they chose a town.
    pub home: Option<Coordinate>,
    /// "By phone or online" instead of a town.
    pub remote: bool,
    pub interests: Vec<Interest>,
    pub times: Vec<When>,
    pub transport: Option<Transport>,
    pub company: Option<Company>,
    pub free_only: bool,
    /// Distance from home to the nearest station.
    pub home_station_km: Option<f64>,
}

/// An offer or a coming event, as the guide sees it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub name: String,
    pub arenas: Vec<LifeArena>,
    pub interests: Vec<Interest>,
    pub age_min: i64,
    pub age_max: i64,
    pub free: bool,
    pub channel: Channel,
    pub at: Option<Coordinate>,
    /// Start times as (weekday 0 = Monday, hour).
    pub times: Vec<(u8, u8)>,
    /// Unix seconds of the next start, for the order among equals.
    pub next: i64,
    pub show_up: bool,
    pub newcomers: bool,
    pub bring_someone: bool,
    pub ambassador: bool,
    /// Distance from the place to the nearest station.
    pub station_km: Option<f64>,
    /// Whether a bus or train journey from the person's town gets there in time for the
    /// next start (`Some(found)`, asked of the timetable by the caller); `None` when there
    /// is no timetable or it was not asked — then the station rule stands in.
    pub journey: Option<bool>,
}

/// Why a result is there, for the plain-words line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reason {
    Interest(Interest),
    TimeFits,
    Distance(f64),
    StationNearBoth,
    /// A bus or train gets there in time.
    Journey,
    Free,
    JustShowUp,
    NewcomersWelcome,
    BringSomeone,
    AmbassadorCanJoin,
    Remote(Channel),
}

#[derive(Debug, Clone)]
pub struct Ranked {
    /// Index into the candidates given to [`rank`].
    pub index: usize,
    pub score: i32,
    pub reasons: Vec<Reason>,
    /// A good fit ([`fits`]).
    pub fits: bool,
}

/// 11. Does the candidate match what was asked and lie within reach?
pub fn fits(p: &Profile, c: &Candidate) -> bool {
    let liked = p.interests.is_empty() || p.interests.iter().any(|i| c.interests.contains(i));
    let timed = p.times.is_empty()
        || c.times
            .iter()
            .any(|(d, h)| p.times.iter().any(|w| w.covers(*d, *h)));
    liked && timed && within_reach(p, c)
}

fn within_reach(p: &Profile, c: &Candidate) -> bool {
    let (Some(home), Some(at)) = (p.home, c.at) else {
        return true;
    };
    if c.channel != Channel::InPerson {
        return true;
    }
    let km = haversine_km(home.lat, home.lon, at.lat, at.lon);
    match p.transport {
        None | Some(Transport::Car) => km <= REACH_KM,
        Some(Transport::Bike) => km <= 10.0,
        Some(Transport::OnFoot) => km <= 3.0,
        Some(Transport::BusOrTrain | Transport::NeedLift) => {
            km <= 3.0
                || c.journey.unwrap_or_else(|| {
                    p.home_station_km.is_some_and(|h| h <= HOME_STATION_KM)
                        && c.station_km.is_some_and(|k| k <= PLACE_STATION_KM)
                })
        }
    }
}

/// Scores one candidate; `None` when a hard limit rules it out.
pub fn score(p: &Profile, c: &Candidate) -> Option<(i32, Vec<Reason>)> {
    // 1. Hard limits.
    if p.age.is_some_and(|a| a < c.age_min || a > c.age_max) || (p.free_only && !c.free) {
        return None;
    }
    if p.remote && c.channel == Channel::InPerson {
        return None;
    }
    let mut s = 0;
    let mut why = Vec::new();
    // 2. Interests.
    let liked: Vec<Interest> = p
        .interests
        .iter()
        .copied()
        .filter(|i| c.interests.contains(i))
        .take(2)
        .collect();
    s += INTEREST * liked.len() as i32;
    why.extend(liked.into_iter().map(Reason::Interest));
    // 3. Time.
    if !p.times.is_empty() {
        if c.times
            .iter()
            .any(|(d, h)| p.times.iter().any(|w| w.covers(*d, *h)))
        {
            s += TIME_FITS;
            why.push(Reason::TimeFits);
        } else if !c.times.is_empty() {
            s -= TIME_MISSES;
        }
    }
    // 4–5. Distance and getting there.
    if c.channel == Channel::InPerson
        && let (Some(home), Some(at)) = (p.home, c.at)
    {
        let km = haversine_km(home.lat, home.lon, at.lat, at.lon);
        s += match km {
            k if k <= 3.0 => 3,
            k if k <= 10.0 => 2,
            k if k <= 20.0 => 0,
            _ => -3,
        };
        why.push(Reason::Distance(km));
        match p.transport {
            Some(Transport::OnFoot) if km > 10.0 => s -= 5,
            Some(Transport::OnFoot) if km > 3.0 => s -= 2,
            Some(Transport::Bike) if km > 25.0 => s -= 5,
            Some(Transport::Bike) if km > 10.0 => s -= 2,
            _ => {}
        }
        if matches!(
            p.transport,
            Some(Transport::BusOrTrain | Transport::NeedLift)
        ) && km > 3.0
        {
            let near_both = p.home_station_km.is_some_and(|h| h <= HOME_STATION_KM)
                && c.station_km.is_some_and(|k| k <= PLACE_STATION_KM);
            match c.journey {
                Some(true) => {
                    s += 1;
                    why.push(Reason::Journey);
                }
                None if near_both => {
                    s += 1;
                    why.push(Reason::StationNearBoth);
                }
                _ => s -= 3,
            }
        }
    }
    if p.transport == Some(Transport::NeedLift) && (c.ambassador || c.bring_someone) {
        s += 2;
        why.push(if c.ambassador {
            Reason::AmbassadorCanJoin
        } else {
            Reason::BringSomeone
        });
    }
    // 6. Easy to join.
    if c.show_up {
        s += 2;
        why.push(Reason::JustShowUp);
    }
    if c.newcomers {
        s += 2;
        why.push(Reason::NewcomersWelcome);
    }
    // 7. Company.
    match p.company {
        Some(Company::Alone) if c.newcomers => s += 1,
        Some(Company::Accompanied) if c.bring_someone || c.ambassador => {
            s += 2;
            if !why.contains(&Reason::BringSomeone) && !why.contains(&Reason::AmbassadorCanJoin) {
                why.push(if c.bring_someone {
                    Reason::BringSomeone
                } else {
                    Reason::AmbassadorCanJoin
                });
            }
        }
        Some(Company::Group) if c.show_up => s += 1,
        _ => {}
    }
    // 8. Phone or online.
    if p.remote {
        s += 3;
        why.push(Reason::Remote(c.channel));
    }
    if c.free {
        why.push(Reason::Free);
    }
    Some((s, why))
}

/// Ranks the candidates for the profile: hard limits out, best first, arenas mixed.
pub fn rank(p: &Profile, candidates: &[Candidate]) -> Vec<Ranked> {
    let mut out: Vec<Ranked> = candidates
        .iter()
        .enumerate()
        .filter_map(|(index, c)| {
            score(p, c).map(|(score, reasons)| Ranked {
                index,
                score,
                reasons,
                fits: fits(p, c),
            })
        })
        .collect();
    out.sort_by(|a, b| {
        let (ca, cb) = (&candidates[a.index], &candidates[b.index]);
        b.score
            .cmp(&a.score)
            .then(ca.next.cmp(&cb.next))
            .then(ca.name.cmp(&cb.name))
    });
    mix_arenas(&mut out, candidates);
    out
}

/// Rule 10: if the first [`SHOWN`] share one life arena, the best of another arena takes the
/// last place shown.
fn mix_arenas(out: &mut [Ranked], candidates: &[Candidate]) {
    if out.len() <= SHOWN {
        let arenas: std::collections::HashSet<_> = out
            .iter()
            .flat_map(|r| candidates[r.index].arenas.iter())
            .collect();
        if arenas.len() >= 2 || out.len() < 2 {
            return;
        }
    }
    let shown = out.len().min(SHOWN);
    let first: std::collections::HashSet<LifeArena> = out[..shown]
        .iter()
        .flat_map(|r| candidates[r.index].arenas.iter().copied())
        .collect();
    if first.len() >= 2 {
        return;
    }
    if let Some(pos) = out.iter().skip(shown).position(|r| {
        candidates[r.index]
            .arenas
            .iter()
            .any(|a| !first.contains(a))
    }) {
        let from = shown + pos;
        out[shown - 1..=from].rotate_right(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(name: &str) -> Candidate {
        Candidate {
            name: name.into(),
            arenas: vec![LifeArena::Leisure],
            interests: vec![],
            age_min: 0,
            age_max: 120,
            free: false,
            channel: Channel::InPerson,
            at: None,
            times: vec![],
            next: 0,
            show_up: false,
            newcomers: false,
            bring_someone: false,
            ambassador: false,
            station_km: None,
            journey: None,
        }
    }

    const ASNAES: Coordinate = Coordinate {
        lat: 55.8125,
        lon: 11.5006,
    };
    const HOERVE: Coordinate = Coordinate {
        lat: 55.7550,
        lon: 11.4572,
    };
    const NYKOEBING: Coordinate = Coordinate {
        lat: 55.9247,
        lon: 11.6717,
    };

    #[test]
    fn rule_1_age_free_and_remote_are_hard_limits() {
        let p = Profile {
            age: Some(15),
            ..Default::default()
        };
        assert!(
            score(
                &p,
                &Candidate {
                    age_min: 18,
                    ..c("voksen")
                }
            )
            .is_none()
        );
        assert!(
            score(
                &p,
                &Candidate {
                    age_min: 13,
                    age_max: 17,
                    ..c("ung")
                }
            )
            .is_some()
        );
        let free = Profile {
            free_only: true,
            ..Default::default()
        };
        assert!(score(&free, &c("koster")).is_none());
        assert!(
            score(
                &free,
                &Candidate {
                    free: true,
                    ..c("gratis")
                }
            )
            .is_some()
        );
        let remote = Profile {
            remote: true,
            ..Default::default()
        };
        assert!(score(&remote, &c("fremmøde")).is_none());
        let (s, why) = score(
            &remote,
            &Candidate {
                channel: Channel::Phone,
                ..c("telefon")
            },
        )
        .unwrap();
        assert_eq!(s, 3);
        assert_eq!(why, [Reason::Remote(Channel::Phone)]);
    }

    #[test]
    fn rule_2_interests_count_up_to_two() {
        let p = Profile {
            interests: vec![Interest::Music, Interest::Games, Interest::Talk],
            ..Default::default()
        };
        let all = Candidate {
            interests: vec![Interest::Music, Interest::Games, Interest::Talk],
            ..c("alt")
        };
        assert_eq!(score(&p, &all).unwrap().0, 2 * INTEREST);
        assert_eq!(score(&p, &c("intet")).unwrap().0, 0);
    }

    #[test]
    fn rule_3_time_fits_or_misses() {
        let p = Profile {
            times: vec![When::Evening],
            ..Default::default()
        };
        assert_eq!(
            score(
                &p,
                &Candidate {
                    times: vec![(1, 19)],
                    ..c("aften")
                }
            )
            .unwrap()
            .0,
            TIME_FITS
        );
        assert_eq!(
            score(
                &p,
                &Candidate {
                    times: vec![(1, 10)],
                    ..c("formiddag")
                }
            )
            .unwrap()
            .0,
            -TIME_MISSES
        );
        assert!(When::Weekend.covers(6, 10) && !When::WeekdayDaytime.covers(5, 10));
    }

    #[test]
    fn rule_4_distance_bands_and_walking() {
        let near = Profile {
            home: Some(ASNAES),
            ..Default::default()
        };
        assert_eq!(
            score(
                &near,
                &Candidate {
                    at: Some(ASNAES),
                    ..c("her")
                }
            )
            .unwrap()
            .0,
            3
        );
        assert_eq!(
            score(
                &near,
                &Candidate {
                    at: Some(HOERVE),
                    ..c("hørve")
                }
            )
            .unwrap()
            .0,
            2
        );
        assert_eq!(
            score(
                &near,
                &Candidate {
                    at: Some(NYKOEBING),
                    ..c("nykøbing")
                }
            )
            .unwrap()
            .0,
            0
        );
        let walking = Profile {
            transport: Some(Transport::OnFoot),
            ..near
        };
        assert_eq!(
            score(
                &walking,
                &Candidate {
                    at: Some(HOERVE),
                    ..c("hørve")
                }
            )
            .unwrap()
            .0,
            0
        );
        assert_eq!(
            score(
                &walking,
                &Candidate {
                    at: Some(NYKOEBING),
                    ..c("nykøbing")
                }
            )
            .unwrap()
            .0,
            -5,
            "nobody walks 20 km to a club"
        );
    }

    #[test]
    fn rule_5_a_real_journey_decides_when_there_is_a_timetable() {
        let p = Profile {
            home: Some(ASNAES),
            transport: Some(Transport::BusOrTrain),
            home_station_km: Some(0.8),
            ..Default::default()
        };
        // Stations near both ends, but the timetable has nothing there in time.
        let no_journey = Candidate {
            at: Some(HOERVE),
            station_km: Some(0.5),
            journey: Some(false),
            ..c("ingen forbindelse")
        };
        assert_eq!(score(&p, &no_journey).unwrap().0, 2 - 3);
        assert!(!fits(&p, &no_journey));
        // No station near the place, but a bus gets there in time.
        let by_bus = Candidate {
            at: Some(HOERVE),
            station_km: Some(6.0),
            journey: Some(true),
            ..c("bussen kører")
        };
        let (s, why) = score(&p, &by_bus).unwrap();
        assert_eq!(s, 2 + 1);
        assert!(why.contains(&Reason::Journey) && !why.contains(&Reason::StationNearBoth));
        assert!(fits(&p, &by_bus));
    }

    #[test]
    fn rule_5_without_a_car_a_station_must_be_near_both_ends() {
        let p = Profile {
            home: Some(ASNAES),
            transport: Some(Transport::BusOrTrain),
            home_station_km: Some(0.8),
            ..Default::default()
        };
        let by_station = Candidate {
            at: Some(HOERVE),
            station_km: Some(0.5),
            ..c("ved stationen")
        };
        let (s, why) = score(&p, &by_station).unwrap();
        assert_eq!(s, 2 + 1);
        assert!(why.contains(&Reason::StationNearBoth));
        let far_from_rail = Candidate {
            at: Some(HOERVE),
            station_km: Some(6.0),
            ..c("langt fra")
        };
        assert_eq!(score(&p, &far_from_rail).unwrap().0, 2 - 3);
        let car = Profile {
            transport: Some(Transport::Car),
            ..p.clone()
        };
        assert_eq!(score(&car, &far_from_rail).unwrap().0, 2);
        let lift = Profile {
            transport: Some(Transport::NeedLift),
            ..p
        };
        let (s, why) = score(
            &lift,
            &Candidate {
                ambassador: true,
                ..c("følges")
            },
        )
        .unwrap();
        assert_eq!(s, 2);
        assert_eq!(why, [Reason::AmbassadorCanJoin]);
    }

    #[test]
    fn rule_6_and_7_easy_to_join_and_company() {
        let open = Candidate {
            show_up: true,
            newcomers: true,
            ..c("åben")
        };
        assert_eq!(score(&Profile::default(), &open).unwrap().0, 4);
        let alone = Profile {
            company: Some(Company::Alone),
            ..Default::default()
        };
        assert_eq!(score(&alone, &open).unwrap().0, 5);
        let group = Profile {
            company: Some(Company::Group),
            ..Default::default()
        };
        assert_eq!(score(&group, &open).unwrap().0, 5);
        let along = Profile {
            company: Some(Company::Accompanied),
            ..Default::default()
        };
        let (s, why) = score(
            &along,
            &Candidate {
                bring_someone: true,
                ..c("tag en med")
            },
        )
        .unwrap();
        assert_eq!((s, why), (2, vec![Reason::BringSomeone]));
    }

    #[test]
    fn rule_9_order_is_score_then_soonest_then_name() {
        let p = Profile::default();
        let list = [
            Candidate {
                next: 30,
                ..c("B senere")
            },
            Candidate {
                next: 10,
                ..c("C snart")
            },
            Candidate {
                show_up: true,
                next: 99,
                ..c("A bedst")
            },
            Candidate {
                next: 10,
                ..c("A snart")
            },
        ];
        let names: Vec<&str> = rank(&p, &list)
            .iter()
            .map(|r| list[r.index].name.as_str())
            .collect();
        assert_eq!(names, ["A bedst", "A snart", "C snart", "B senere"]);
    }

    #[test]
    fn rule_11_a_good_fit_matches_the_answers_and_is_within_reach() {
        let p = Profile {
            interests: vec![Interest::Games],
            times: vec![When::Evening],
            home: Some(ASNAES),
            home_station_km: Some(1.0),
            transport: Some(Transport::OnFoot),
            ..Default::default()
        };
        let games = Candidate {
            interests: vec![Interest::Games],
            times: vec![(2, 19)],
            at: Some(ASNAES),
            ..c("spil")
        };
        assert!(fits(&p, &games));
        assert!(!fits(&p, &c("bare tilladt")), "no chosen interest");
        let morning = Candidate {
            times: vec![(2, 10)],
            ..games.clone()
        };
        assert!(!fits(&p, &morning), "not at a chosen time");
        let far = Candidate {
            at: Some(HOERVE),
            station_km: Some(0.5),
            ..games.clone()
        };
        assert!(!fits(&p, &far), "7 km is too far on foot");
        let by_train = Profile {
            transport: Some(Transport::BusOrTrain),
            ..p.clone()
        };
        assert!(fits(&by_train, &far), "stations near both ends");
        let no_station = Candidate {
            station_km: Some(5.0),
            ..far.clone()
        };
        assert!(!fits(&by_train, &no_station));
        let by_car = Profile {
            transport: Some(Transport::Car),
            ..p.clone()
        };
        assert!(fits(&by_car, &no_station));
        let online = Candidate {
            channel: Channel::Online,
            at: None,
            ..games.clone()
        };
        assert!(fits(&p, &online), "online is always within reach");
        let ranked = rank(&p, &[c("bare tilladt"), games.clone()]);
        assert!(ranked[0].fits && !ranked[1].fits);
    }

    #[test]
    fn rule_10_the_first_results_hold_two_life_arenas() {
        let p = Profile {
            interests: vec![Interest::Music],
            ..Default::default()
        };
        let mut list: Vec<Candidate> = (0..10)
            .map(|n| Candidate {
                interests: vec![Interest::Music],
                next: n,
                ..c(&format!("kor {n}"))
            })
            .collect();
        list.push(Candidate {
            arenas: vec![LifeArena::Health],
            ..c("plejecenter")
        });
        let ranked = rank(&p, &list);
        let first: Vec<&str> = ranked[..SHOWN]
            .iter()
            .map(|r| list[r.index].name.as_str())
            .collect();
        assert!(first.contains(&"plejecenter"), "{first:?}");
        assert_eq!(ranked.len(), 11, "nobody is dropped, only moved");
    }
}
