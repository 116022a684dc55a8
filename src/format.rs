//! Dates and times as people read them, in Europe/Copenhagen:
//! "tirsdag 3. december kl. 10.00" in Danish, "Tuesday 3 December at 10:00" in English,
//! "вівторок, 3 грудня о 10:00" in Ukrainian, "الثلاثاء 3 ديسمبر الساعة 10:00" in Arabic
//! (Western digits, as Arabic-speakers in Denmark meet them on every sign and ticket).
//! Four languages' names of days and months are a few small tables, not a reason for a
//! full CLDR library.

use jiff::civil::{Date, Time, Weekday};
use jiff::{Timestamp, ZonedDateTime, tz::TimeZone};

use crate::i18n::Lang;

const DA_MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];
const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// Ukrainian months in the genitive, as a date says them ("3 грудня").
const UK_MONTHS: [&str; 12] = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
];
const AR_MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

fn weekday(lang: Lang, day: Weekday) -> &'static str {
    weekday_name(lang, day.to_monday_zero_offset() as usize)
}

/// The name of a weekday, 0 = Monday; lower case in Danish as Danish writes it.
pub fn weekday_name(lang: Lang, monday_zero: usize) -> &'static str {
    const DA: [&str; 7] = [
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
    ];
    const EN: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const UK: [&str; 7] = [
        "понеділок",
        "вівторок",
        "середа",
        "четвер",
        "пʼятниця",
        "субота",
        "неділя",
    ];
    const AR: [&str; 7] = [
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد",
    ];
    match lang {
        Lang::Da => DA[monday_zero % 7],
        Lang::En => EN[monday_zero % 7],
        Lang::Uk => UK[monday_zero % 7],
        Lang::Ar => AR[monday_zero % 7],
    }
}

fn month(lang: Lang, date: Date) -> &'static str {
    let index = (date.month() - 1) as usize;
    match lang {
        Lang::Da => DA_MONTHS[index],
        Lang::En => EN_MONTHS[index],
        Lang::Uk => UK_MONTHS[index],
        Lang::Ar => AR_MONTHS[index],
    }
}

/// A time of day as people type it, the one rule for every form: hours, then
/// optionally minutes after a "." or ":" ("9.30", "09:30", "9:30", "9", "09", "9.05").
/// Hours are one or two digits (0–23); minutes, when given, exactly two (00–59), so
/// "9.3" is refused: it could mean 9.03 or 9.30, and the form asks for "9.30".
pub fn parse_clock(text: &str) -> Option<Time> {
    let text = text.trim();
    let (h, m) = text.split_once(['.', ':']).unwrap_or((text, "00"));
    let digits = |part: &str, lengths: std::ops::RangeInclusive<usize>| {
        lengths.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(h, 1..=2) || !digits(m, 2..=2) {
        return None;
    }
    Time::new(h.parse().ok()?, m.parse().ok()?, 0, 0).ok()
}

/// A time of day as Danish writes it: "09.30". Every page, mail and form shows times so.
pub fn clock(t: Time) -> String {
    format!("{:02}.{:02}", t.hour(), t.minute())
}

/// A language's name from its code ("da" → "dansk" / "Danish"); the code itself where
/// no name is written.
pub fn language_name(lang: Lang, code: &str) -> String {
    let key = format!("language-{code}");
    let name = lang.t(&key);
    if name == key { code.to_owned() } else { name }
}

/// A typed date, the one rule for every form: `2026-12-01`, `1.12.2026`, `1/12/2026` or `1-12-2026`.
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Ok(d) = text.parse::<Date>() {
        return Some(d);
    }
    let parts: Vec<&str> = text.split(['.', '/', '-']).map(str::trim).collect();
    match parts[..] {
        [d, m, y] if y.len() == 4 => {
            Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()
        }
        _ => None,
    }
}

/// "a, b og c" / "a, b and c".
pub fn listing<S: AsRef<str>>(lang: Lang, words: &[S]) -> String {
    match words {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} {} {}", rest.join(", "), lang.and(), last.as_ref())
        }
    }
}

/// A day of every year: "1. juli" / "1 July".
pub fn day_of_year(lang: Lang, (month_number, day): (i8, i8)) -> String {
    // A leap year, so 29 February has a date.
    let date = jiff::civil::date(2024, month_number, day);
    match lang {
        Lang::Da => format!("{day}. {}", month(lang, date)),
        Lang::En | Lang::Uk | Lang::Ar => format!("{day} {}", month(lang, date)),
    }
}

/// The time zone every municipality in Denmark lives in.
/// "mandag 30. november" → "Mandag 30. november".
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

pub fn copenhagen() -> TimeZone {
    // Looked up once: every date on every page goes through here.
    static ZONE: std::sync::LazyLock<TimeZone> = std::sync::LazyLock::new(|| {
        TimeZone::get("Europe/Copenhagen")
            .expect("the bundled time zone database has Europe/Copenhagen")
    });
    ZONE.clone()
}

/// "tirsdag 3. december" / "Tuesday 3 December".
pub fn day(lang: Lang, date: Date) -> String {
    match lang {
        Lang::Da => format!(
            "{} {}. {}",
            weekday(lang, date.weekday()),
            date.day(),
            month(lang, date)
        ),
        Lang::En | Lang::Ar => format!(
            "{} {} {}",
            weekday(lang, date.weekday()),
            date.day(),
            month(lang, date)
        ),
        Lang::Uk => format!(
            "{}, {} {}",
            weekday(lang, date.weekday()),
            date.day(),
            month(lang, date)
        ),
    }
}

/// "3. december 2025" / "3 December 2025".
pub fn date(lang: Lang, date: Date) -> String {
    match lang {
        Lang::Da => format!("{}. {} {}", date.day(), month(lang, date), date.year()),
        Lang::En | Lang::Uk | Lang::Ar => {
            format!("{} {} {}", date.day(), month(lang, date), date.year())
        }
    }
}

/// The time of day in Copenhagen at `at`.
pub fn local_time(at: Timestamp) -> Time {
    at.to_zoned_datetime(copenhagen()).time()
}

/// "tirsdag 3. december kl. 10.00" / "Tuesday 3 December at 10:00", in Copenhagen time.
pub fn moment(lang: Lang, at: Timestamp) -> String {
    let local: ZonedDateTime = at.to_zoned_datetime(copenhagen());
    let (h, m) = (local.hour(), local.minute());
    match lang {
        Lang::Da => format!("{} kl. {}", day(lang, local.date()), clock(local.time())),
        Lang::En => format!("{} at {h:02}:{m:02}", day(lang, local.date())),
        Lang::Uk => format!("{} о {h:02}:{m:02}", day(lang, local.date())),
        Lang::Ar => format!("{} الساعة {h:02}:{m:02}", day(lang, local.date())),
    }
}

/// A name as an address part: "Kulturhus Aksen (Asnæs)" → "kulturhus-aksen-asnaes";
/// `fallback` when nothing is left.
pub fn slug(name: &str, fallback: &str) -> String {
    let folded: String = crate::directory::search::analysis::fold(name)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let slug = folded
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        fallback.into()
    } else {
        slug
    }
}

/// A text as a cell of a CSV file that people open in a spreadsheet. A cell starting with
/// `=`, `+`, `-`, `@`, tab or carriage return is read as a formula by Excel, LibreOffice
/// and Google Sheets (`=HYPERLINK("http://evil","x")` sends the reader away, `=cmd|…`
/// once ran programs), so such a cell gets a leading `'`, as OWASP's CSV injection advice
/// says: the spreadsheet shows text. Quoting (commas, quotes, line breaks) is the CSV
/// writer's job, not this one's.
pub fn spreadsheet_cell(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheet_cells_never_start_a_formula() {
        for formula in [
            "=HYPERLINK(\"http://evil\",\"x\")",
            "+45 12 34 56 78",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
        ] {
            assert_eq!(spreadsheet_cell(formula), format!("'{formula}"));
        }
        assert_eq!(spreadsheet_cell("Anne Hansen"), "Anne Hansen");
        assert_eq!(spreadsheet_cell(""), "");
        assert_eq!(spreadsheet_cell("a=b"), "a=b");
    }

    #[test]
    fn danish_style() {
        let tuesday = jiff::civil::date(2024, 12, 3);
        assert_eq!(day(Lang::Da, tuesday), "tirsdag 3. december");
        assert_eq!(date(Lang::Da, tuesday), "3. december 2024");
        assert_eq!(day(Lang::En, tuesday), "Tuesday 3 December");
        let at: Timestamp = "2024-12-03T09:00:00Z".parse().unwrap();
        assert_eq!(moment(Lang::Da, at), "tirsdag 3. december kl. 10.00");
        assert_eq!(moment(Lang::En, at), "Tuesday 3 December at 10:00");
        assert_eq!(moment(Lang::Uk, at), "вівторок, 3 грудня о 10:00");
        assert_eq!(moment(Lang::Ar, at), "الثلاثاء 3 ديسمبر الساعة 10:00");
        assert_eq!(date(Lang::Uk, tuesday), "3 грудня 2024");
    }

    #[test]
    fn follows_daylight_saving_time() {
        // Summer time ends 27 October 2024 at 03:00 local (01:00 UTC).
        let before: Timestamp = "2024-10-27T00:30:00Z".parse().unwrap();
        let after: Timestamp = "2024-10-27T01:30:00Z".parse().unwrap();
        assert_eq!(moment(Lang::Da, before), "søndag 27. oktober kl. 02.30");
        assert_eq!(moment(Lang::Da, after), "søndag 27. oktober kl. 02.30");
        let summer: Timestamp = "2025-06-21T08:00:00Z".parse().unwrap();
        assert_eq!(moment(Lang::Da, summer), "lørdag 21. juni kl. 10.00");
    }
    #[test]
    fn languages_are_named_or_left_as_their_code() {
        assert_eq!(language_name(Lang::Da, "da"), "dansk");
        assert_eq!(language_name(Lang::En, "da"), "Danish");
        assert_eq!(language_name(Lang::Da, "xx"), "xx");
    }

    #[test]
    fn slugs_write_out_danish_letters() {
        assert_eq!(
            slug("Kulturhus Aksen (Asnæs)", "x"),
            "kulturhus-aksen-asnaes"
        );
        assert_eq!(slug("Ukendt arrangør", "x"), "ukendt-arrangoer");
        assert_eq!(slug("!!", "organisation"), "organisation");
    }
    #[test]
    fn clock_times_are_read_as_people_type_them() {
        let at = |h, m| Some(jiff::civil::time(h, m, 0, 0));
        assert_eq!(parse_clock("9.30"), at(9, 30));
        assert_eq!(parse_clock("09:30"), at(9, 30));
        assert_eq!(parse_clock("9:30"), at(9, 30));
        assert_eq!(parse_clock(" 09.30 "), at(9, 30));
        assert_eq!(parse_clock("9"), at(9, 0));
        assert_eq!(parse_clock("09"), at(9, 0));
        assert_eq!(parse_clock("9.05"), at(9, 5));
        assert_eq!(parse_clock("0.00"), at(0, 0));
        assert_eq!(parse_clock("23.59"), at(23, 59));
        assert_eq!(parse_clock("17.00"), at(17, 0));
    }

    #[test]
    fn clock_times_that_could_be_misread_are_refused() {
        // "9.3" could be 9.03 or 9.30: the form asks for "9.30".
        assert_eq!(parse_clock("9.3"), None);
        for wrong in [
            "", " ", "24:00", "24", "9.60", "9.5", "9.300", "123", "930", "-1.00", "+9", "9:30:00",
            "9.", ".30", "9..30", "ni", "9.3o", "kl. 9", "٩",
        ] {
            assert_eq!(parse_clock(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn clock_times_are_written_the_danish_way() {
        assert_eq!(clock(jiff::civil::time(9, 5, 0, 0)), "09.05");
        assert_eq!(clock(jiff::civil::time(17, 0, 0, 0)), "17.00");
        let typed = ["9.30", "09:30", "9", "23.59"];
        for text in typed {
            let t = parse_clock(text).unwrap();
            assert_eq!(parse_clock(&clock(t)), Some(t), "{text} reads back");
        }
    }
}
