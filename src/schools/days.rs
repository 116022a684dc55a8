//! Association days (foreningsdage), the pure part: what a teacher types to plan a day,
//! what an association types to take part, and what a group of pupils chooses. No store,
//! no web.
//!
//! **The shape of a day.** A day has time slots ("9.00-9.45") and rooms. An accepted
//! association gets one room for the whole day and meets a new group of pupils in every
//! slot (a carousel), with room for [`Application::places`] pupils each time. A group of
//! friends picks one association per slot, a different one each time.
//!
//! **What is kept about pupils.** A group is first names only (no surnames, no account,
//! no contact), its class and its choices. The names are for the teacher's plan on the
//! day; housekeeping blanks them the day after (`Store::forget_day_names`), and the
//! counts stay for the associations' timetables.

use jiff::civil::{Date, Time};

use crate::format::{parse_clock, parse_date};

pub const MAX_TITLE: usize = 100;
pub const MAX_DESCRIPTION: usize = 1000;
pub const MAX_SLOTS: usize = 6;
pub const MAX_ROOMS: usize = 30;
pub const MAX_ROOM_NAME: usize = 60;
/// A group of friends choosing together: one to six pupils.
pub const MAX_GROUP: usize = 6;
pub const MAX_FIRST_NAME: usize = 30;
/// Pupils one association meets in one slot.
pub const MAX_PLACES: i64 = 60;
/// The furthest ahead a day may be planned.
pub const MAX_DAYS_AHEAD: i64 = 366;

/// The form fields of the slots a group chooses in (a day has at most [`MAX_SLOTS`]).
pub const SLOT_FIELDS: [&str; MAX_SLOTS] = [
    "tidsrum1", "tidsrum2", "tidsrum3", "tidsrum4", "tidsrum5", "tidsrum6",
];

type Errors = Vec<(&'static str, &'static str)>;

/// One time slot of a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub starts: Time,
    pub ends: Time,
}

impl Slot {
    /// "9.00–9.45" as the pages and the mails write it.
    pub fn label(&self) -> String {
        format!(
            "{}–{}",
            crate::format::clock(self.starts),
            crate::format::clock(self.ends)
        )
    }
}

/// A day as the teacher typed it.
#[derive(Debug, Clone, Default)]
pub struct DayDraft {
    pub title: String,
    pub date: String,
    /// One slot per line: "9.00-9.45".
    pub slots: String,
    /// One room per line.
    pub rooms: String,
    /// The ids of the school's classes that take part.
    pub classes: Vec<i64>,
}

/// A day that passed its checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day {
    pub title: String,
    pub date: Date,
    pub slots: Vec<Slot>,
    pub rooms: Vec<String>,
    pub classes: Vec<i64>,
}

impl DayDraft {
    /// Checks the draft against today and the school's classes; every problem at once.
    pub fn check(&self, today: Date, school_classes: &[i64]) -> Result<Day, Errors> {
        let mut errors = Errors::new();
        let title = self.title.trim().to_owned();
        if title.is_empty() || title.chars().count() > MAX_TITLE {
            errors.push(("titel", "days-error-title"));
        }
        let date = parse_date(&self.date).filter(|d| {
            *d >= today
                && today.until(*d).map(|s| s.get_days()).unwrap_or(i32::MAX) as i64
                    <= MAX_DAYS_AHEAD
        });
        if date.is_none() {
            errors.push(("dato", "days-error-date"));
        }
        let slots = parse_slots(&self.slots);
        if slots.is_none() {
            errors.push(("tidsrum", "days-error-slots"));
        }
        let rooms = parse_rooms(&self.rooms);
        if rooms.is_none() {
            errors.push(("lokaler", "days-error-rooms"));
        }
        let classes_ok =
            !self.classes.is_empty() && self.classes.iter().all(|c| school_classes.contains(c));
        if !classes_ok {
            errors.push(("klasser", "days-error-classes"));
        }
        match (date, slots, rooms) {
            (Some(date), Some(slots), Some(rooms)) if errors.is_empty() => {
                let mut classes = self.classes.clone();
                classes.sort_unstable();
                classes.dedup();
                Ok(Day {
                    title,
                    date,
                    slots,
                    rooms,
                    classes,
                })
            }
            _ => Err(errors),
        }
    }
}

/// Slots, one per line ("9.00-9.45", "9:00 – 9:45"): 1 to [`MAX_SLOTS`], each ending after
/// it starts, in order and not overlapping.
pub fn parse_slots(text: &str) -> Option<Vec<Slot>> {
    let mut slots = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (a, b) = line.split_once(['-', '–'])?;
        let slot = Slot {
            starts: parse_clock(a)?,
            ends: parse_clock(b)?,
        };
        if slot.ends <= slot.starts {
            return None;
        }
        if let Some(last) = slots.last().map(|s: &Slot| s.ends)
            && slot.starts < last
        {
            return None;
        }
        slots.push(slot);
    }
    (1..=MAX_SLOTS).contains(&slots.len()).then_some(slots)
}

/// Rooms, one per line: 1 to [`MAX_ROOMS`], each at most [`MAX_ROOM_NAME`] characters,
/// no name twice.
pub fn parse_rooms(text: &str) -> Option<Vec<String>> {
    let mut rooms: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if line.chars().count() > MAX_ROOM_NAME
            || rooms
                .iter()
                .any(|r| r.to_lowercase() == line.to_lowercase())
        {
            return None;
        }
        rooms.push(line.to_owned());
    }
    (1..=MAX_ROOMS).contains(&rooms.len()).then_some(rooms)
}

/// What an association offers the pupils.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The association tells about itself.
    Show,
    /// The pupils try the activity.
    Try,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Show => "fortael",
            Kind::Try => "proev",
        }
    }

    pub fn from_code(code: &str) -> Option<Kind> {
        [Kind::Show, Kind::Try]
            .into_iter()
            .find(|k| k.code() == code)
    }

    /// The locale key of its name.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Show => "days-kind-show",
            Kind::Try => "days-kind-try",
        }
    }
}

/// An association's application as typed.
#[derive(Debug, Clone, Default)]
pub struct ApplicationDraft {
    pub organisation: String,
    pub title: String,
    pub description: String,
    pub kind: String,
    pub places: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Application {
    pub organisation_id: i64,
    pub title: String,
    pub description: String,
    pub kind: Kind,
    pub places: i64,
}

impl ApplicationDraft {
    /// Checks the draft; `mine` is the organisations the person may apply for.
    pub fn check(&self, mine: &[i64]) -> Result<Application, Errors> {
        let mut errors = Errors::new();
        let organisation = self
            .organisation
            .parse::<i64>()
            .ok()
            .filter(|o| mine.contains(o));
        if organisation.is_none() {
            errors.push(("forening", "days-error-organisation"));
        }
        let title = self.title.trim().to_owned();
        if title.is_empty() || title.chars().count() > MAX_TITLE {
            errors.push(("titel", "days-error-activity"));
        }
        let description = self.description.trim().to_owned();
        if description.chars().count() > MAX_DESCRIPTION {
            errors.push(("beskrivelse", "days-error-description"));
        }
        let kind = Kind::from_code(&self.kind);
        if kind.is_none() {
            errors.push(("slags", "days-error-kind"));
        }
        let places = self
            .places
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|p| (1..=MAX_PLACES).contains(p));
        if places.is_none() {
            errors.push(("pladser", "days-error-places"));
        }
        match (organisation, kind, places) {
            (Some(organisation_id), Some(kind), Some(places)) if errors.is_empty() => {
                Ok(Application {
                    organisation_id,
                    title,
                    description,
                    kind,
                    places,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The first names of a group, one per line or separated by commas: 1 to [`MAX_GROUP`],
/// each a first name only — letters, with a hyphen or an apostrophe inside ("Anne-Sofie"),
/// no spaces, digits or @ (so no surname and no address slips in).
pub fn parse_names(text: &str) -> Result<Vec<String>, &'static str> {
    let names: Vec<String> = text
        .split([',', '\n', ';'])
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect();
    if names.is_empty() {
        return Err("days-error-names-none");
    }
    if names.len() > MAX_GROUP {
        return Err("days-error-names-many");
    }
    let first_name = |n: &str| {
        n.chars().count() <= MAX_FIRST_NAME
            && n.chars().next().is_some_and(char::is_alphabetic)
            && n.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
    };
    if names.iter().all(|n| first_name(n)) {
        Ok(names)
    } else {
        Err("days-error-names-first")
    }
}

/// A group's choices: for each slot (by its place in the day), the activity id chosen.
/// Every slot needs a choice from `offered`, and no activity twice.
pub fn read_choices(typed: &[String], slots: usize, offered: &[i64]) -> Result<Vec<i64>, Errors> {
    let mut errors = Errors::new();
    let mut chosen = Vec::new();
    for (i, field) in SLOT_FIELDS.iter().enumerate().take(slots) {
        match typed
            .get(i)
            .and_then(|t| t.parse::<i64>().ok())
            .filter(|a| offered.contains(a))
        {
            Some(a) if chosen.contains(&a) => errors.push((*field, "days-error-twice")),
            Some(a) => chosen.push(a),
            None => errors.push((*field, "days-error-choose")),
        }
    }
    if errors.is_empty() {
        Ok(chosen)
    } else {
        Err(errors)
    }
}

/// Who comes to an association in one slot: the slot's label and (class, pupils).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visit {
    pub slot: String,
    pub classes: Vec<(String, i64)>,
}

/// The day as one association meets it.
pub struct Timetable<'a> {
    pub school: &'a str,
    pub title: &'a str,
    pub date: Date,
    pub activity: &'a str,
    pub room: &'a str,
    pub visits: &'a [Visit],
}

/// The timetable mail to an association's members: subject and body, in Danish (the
/// language the school and the associations share, as with the moderators' mails).
pub fn timetable_mail(t: &Timetable<'_>) -> (String, String) {
    use crate::i18n::Lang;
    let date = crate::format::date(Lang::Da, t.date);
    let subject = format!("{}: jeres tidsplan på {} {}", t.title, t.school, date);
    let mut body = format!(
        "Tak fordi I kommer til {} på {} {}.\n\n{} · {}\n\n",
        t.title, t.school, date, t.activity, t.room
    );
    for v in t.visits {
        let who = if v.classes.is_empty() {
            "ingen elever har valgt jer endnu".to_owned()
        } else {
            let parts: Vec<String> = v
                .classes
                .iter()
                .map(|(class, n)| {
                    format!("{class} ({n} {})", if *n == 1 { "elev" } else { "elever" })
                })
                .collect();
            crate::format::listing(Lang::Da, &parts)
        };
        body.push_str(&format!("{}: {who}\n", v.slot));
    }
    body.push_str("\nEleverne har fået et kort med et link til jeres side i Sammen, så de kan finde jer igen bagefter.\n");
    (subject, body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn draft() -> DayDraft {
        DayDraft {
            title: "Foreningsdag".into(),
            date: "2026-12-10".into(),
            slots: "9.00-9.45\n10.00 – 10.45\n".into(),
            rooms: "Gymnastiksalen\nMusiklokalet".into(),
            classes: vec![2, 1],
        }
    }

    #[test]
    fn a_day_is_checked_field_by_field() {
        let today = date(2026, 11, 30);
        let day = draft().check(today, &[1, 2, 3]).unwrap();
        assert_eq!(day.slots.len(), 2);
        assert_eq!(day.slots[1].label(), "10.00–10.45");
        assert_eq!(day.classes, vec![1, 2]);
        let bad = DayDraft {
            title: " ".into(),
            date: "2026-11-29".into(),
            slots: "10.00-9.00".into(),
            rooms: "A\na".into(),
            classes: vec![9],
        };
        let errors = bad.check(today, &[1]).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.0).collect();
        assert_eq!(fields, ["titel", "dato", "tidsrum", "lokaler", "klasser"]);
        let far = DayDraft {
            date: "2028-01-01".into(),
            ..draft()
        };
        assert!(far.check(today, &[1, 2]).is_err());
    }

    #[test]
    fn slots_must_follow_one_another() {
        assert!(parse_slots("9.00-10.00\n9.30-10.30").is_none());
        assert!(parse_slots("9-10\n10-11").is_some());
        assert!(parse_slots("").is_none());
        assert!(parse_slots("9.00").is_none());
        assert!(parse_slots("8-9\n").is_some());
        let seven = (8..15).map(|h| format!("{h}-{h}.30\n")).collect::<String>();
        assert!(parse_slots(&seven).is_none());
    }

    #[test]
    fn names_are_first_names_only() {
        assert_eq!(
            parse_names("Ali, Anne-Sofie\nMaja").unwrap(),
            ["Ali", "Anne-Sofie", "Maja"]
        );
        assert_eq!(parse_names(" , "), Err("days-error-names-none"));
        assert_eq!(parse_names("a,b,c,d,e,f,g"), Err("days-error-names-many"));
        assert_eq!(parse_names("Maja Hansen"), Err("days-error-names-first"));
        assert_eq!(
            parse_names("maja@example.org"),
            Err("days-error-names-first")
        );
        assert_eq!(parse_names("Bo2"), Err("days-error-names-first"));
    }

    #[test]
    fn a_group_chooses_once_per_slot_and_never_the_same_twice() {
        let offered = [10, 11, 12];
        let typed = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            read_choices(&typed(&["10", "12"]), 2, &offered).unwrap(),
            [10, 12]
        );
        let e = read_choices(&typed(&["10", "10"]), 2, &offered).unwrap_err();
        assert_eq!(e, [("tidsrum2", "days-error-twice")]);
        let e = read_choices(&typed(&["99"]), 2, &offered).unwrap_err();
        assert_eq!(
            e,
            [
                ("tidsrum1", "days-error-choose"),
                ("tidsrum2", "days-error-choose")
            ]
        );
    }

    #[test]
    fn an_application_names_what_and_how_many() {
        let ok = ApplicationDraft {
            organisation: "4".into(),
            title: "Prøv bueskydning".into(),
            description: String::new(),
            kind: "proev".into(),
            places: "12".into(),
        };
        assert_eq!(ok.check(&[4]).unwrap().places, 12);
        let errors = ApplicationDraft {
            organisation: "5".into(),
            places: "0".into(),
            ..ok.clone()
        }
        .check(&[4])
        .unwrap_err();
        assert_eq!(
            errors.iter().map(|e| e.0).collect::<Vec<_>>(),
            ["forening", "pladser"]
        );
    }

    #[test]
    fn the_timetable_mail_names_each_slot_and_who_comes() {
        let visits = [
            Visit {
                slot: "9.00–9.45".into(),
                classes: vec![("7.a".into(), 4), ("7.b".into(), 1)],
            },
            Visit {
                slot: "10.00–10.45".into(),
                classes: vec![],
            },
        ];
        let (subject, body) = timetable_mail(&Timetable {
            school: "Vig Skole",
            title: "Foreningsdag",
            date: jiff::civil::date(2026, 12, 10),
            activity: "Prøv bueskydning",
            room: "Gymnastiksalen",
            visits: &visits,
        });
        assert_eq!(
            subject,
            "Foreningsdag: jeres tidsplan på Vig Skole 10. december 2026"
        );
        assert!(
            body.contains("9.00–9.45: 7.a (4 elever) og 7.b (1 elev)"),
            "{body}"
        );
        assert!(
            body.contains("10.00–10.45: ingen elever har valgt jer endnu"),
            "{body}"
        );
    }
}
