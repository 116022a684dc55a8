//! Figures from outside, as data: the health profile's published figures (Sundhedsprofilen,
//! Danskernes Sundhed) for the municipality and the nation, read from CSV all or nothing,
//! and the path to the national target (half by 2040) computed from them. Pure: no store,
//! no web. The one disclosure rule is [`crate::domain::disclosure`].

pub mod chart;
pub mod tally;

use std::fmt;
use std::sync::LazyLock;

use serde::Serialize;

/// Where a figure is from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    /// The served municipality.
    Municipality,
    /// All of Denmark.
    Nation,
}

impl Area {
    pub const ALL: [Area; 2] = [Area::Municipality, Area::Nation];

    /// The stable code stored in the database and used in forms and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Area::Municipality => "kommune",
            Area::Nation => "land",
        }
    }

    pub fn from_code(code: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// An indicator the program knows: its texts (name, method, what it cannot say) are in
/// the locales under `figures-ind-{code}-*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Indicator {
    /// Severely lonely: 7–9 on the three-item scale (3–9), people 16 and over. The
    /// national strategy's target: half by 2040.
    SeverelyLonely,
    /// Often unwantedly alone, people 16 and over.
    OftenUnwantedlyAlone,
}

impl Indicator {
    pub const ALL: [Indicator; 2] = [Indicator::SeverelyLonely, Indicator::OftenUnwantedlyAlone];

    pub fn code(self) -> &'static str {
        match self {
            Indicator::SeverelyLonely => "svaert-ensom",
            Indicator::OftenUnwantedlyAlone => "ofte-uoensket-alene",
        }
    }

    pub fn from_code(code: &str) -> Option<Indicator> {
        Indicator::ALL.into_iter().find(|i| i.code() == code)
    }
}

/// The breakdown every population figure has: everyone the indicator covers.
pub const ALL_PEOPLE: &str = "alle";

/// One published figure: a share of people in per cent, with its confidence interval and
/// the published count when there is one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub area: Area,
    pub year: i32,
    pub indicator: Indicator,
    /// e.g. `alle`, `16-24`, `kvinder`.
    pub breakdown: String,
    /// Per cent, 0–100.
    pub share: f64,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    /// The published count of people; shown only through the disclosure rule.
    pub count: Option<i64>,
    pub source: String,
}

/// The columns of a figures CSV, in this order.
pub const COLUMNS: [&str; 8] = [
    "year",
    "indicator",
    "breakdown",
    "share",
    "ci_low",
    "ci_high",
    "count",
    "source",
];

/// Why a figures CSV was refused (nothing of it is kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// The line of the file (1 is the header); `None` for the file as a whole.
    pub line: Option<usize>,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Empty,
    NotCsv(String),
    WrongColumns(String),
    FieldCount(usize),
    Year(String),
    UnknownIndicator(String),
    Breakdown,
    Share(String),
    ShareOver100(String),
    Interval,
    Count(String),
    NoSource,
    Twice,
}

impl ImportError {
    /// The error in Danish, for the staff form.
    pub fn danish(&self) -> String {
        let what = match &self.problem {
            Problem::Empty => "filen har ingen tal".to_owned(),
            Problem::NotCsv(e) => format!("filen kan ikke læses som CSV ({e})"),
            Problem::WrongColumns(found) => format!(
                "kolonnerne skal være {}, men filen har {found}",
                COLUMNS.join(",")
            ),
            Problem::FieldCount(n) => format!("linjen har {n} felter, der skal være 8"),
            Problem::Year(v) => format!("året '{v}' er ikke et årstal mellem 2000 og 2100"),
            Problem::UnknownIndicator(v) => format!(
                "indikatoren '{v}' kendes ikke (kendte: {})",
                indicator_codes()
            ),
            Problem::Breakdown => "opdelingen (breakdown) mangler, skriv fx 'alle'".to_owned(),
            Problem::Share(v) => format!("andelen '{v}' er ikke et tal i procent"),
            Problem::ShareOver100(v) => {
                format!("andelen '{v}' er over 100 eller under 0 – den skal være i procent")
            }
            Problem::Interval => {
                "konfidensintervallet skal være mellem 0 og 100 og omkring andelen".to_owned()
            }
            Problem::Count(v) => format!("antallet '{v}' er ikke et helt tal"),
            Problem::NoSource => "kilden mangler – et tal vises aldrig uden kilde".to_owned(),
            Problem::Twice => "samme år, indikator og opdeling står to gange".to_owned(),
        };
        match self.line {
            Some(line) => format!("Linje {line}: {what}"),
            None => {
                let mut s = what;
                if let Some(first) = s.get(0..1) {
                    s = first.to_uppercase() + &s[1..];
                }
                s
            }
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        match &self.problem {
            Problem::Empty => write!(f, "the file holds no figures"),
            Problem::NotCsv(e) => write!(f, "not readable as CSV ({e})"),
            Problem::WrongColumns(found) => write!(
                f,
                "the columns must be {}, the file has {found}",
                COLUMNS.join(",")
            ),
            Problem::FieldCount(n) => write!(f, "{n} fields, there must be 8"),
            Problem::Year(v) => write!(f, "year '{v}' is not a year from 2000 to 2100"),
            Problem::UnknownIndicator(v) => {
                write!(f, "unknown indicator '{v}' (known: {})", indicator_codes())
            }
            Problem::Breakdown => write!(f, "the breakdown is missing (e.g. 'alle')"),
            Problem::Share(v) => write!(f, "share '{v}' is not a number in per cent"),
            Problem::ShareOver100(v) => write!(f, "share '{v}' is over 100 or under 0"),
            Problem::Interval => write!(
                f,
                "the confidence interval must lie within 0–100 and around the share"
            ),
            Problem::Count(v) => write!(f, "count '{v}' is not a whole number"),
            Problem::NoSource => write!(f, "the source is missing"),
            Problem::Twice => write!(f, "the same year, indicator and breakdown twice"),
        }
    }
}

impl std::error::Error for ImportError {}

fn indicator_codes() -> String {
    Indicator::ALL
        .iter()
        .map(|i| i.code())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A per-cent value: `12.4` or `12,4` (Danish decimal comma), 0–100.
fn percent(value: &str) -> Option<Result<f64, ()>> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    let number: f64 = match v.trim_end_matches('%').trim().replace(',', ".").parse() {
        Ok(n) => n,
        Err(_) => return Some(Err(())),
    };
    if !number.is_finite() {
        return Some(Err(()));
    }
    Some(Ok(number))
}

/// Reads a figures CSV (comma or semicolon separated, the header [`COLUMNS`]) into figures
/// for `area`: all of it, or an error naming the line.
pub fn parse_csv(text: &str, area: Area) -> Result<Vec<Figure>, ImportError> {
    let file = |problem| ImportError {
        line: None,
        problem,
    };
    let text = text.trim_start_matches('\u{feff}');
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.contains(';') && !first.contains(',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| file(Problem::NotCsv(e.to_string())))?
        .iter()
        .map(|h| h.to_lowercase())
        .collect();
    if header != COLUMNS {
        return Err(file(Problem::WrongColumns(header.join(","))));
    }
    let mut figures: Vec<Figure> = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let line = n + 2;
        let at = |problem| ImportError {
            line: Some(line),
            problem,
        };
        let record = record.map_err(|e| at(Problem::NotCsv(e.to_string())))?;
        if record.iter().all(str::is_empty) {
            continue;
        }
        if record.len() != COLUMNS.len() {
            return Err(at(Problem::FieldCount(record.len())));
        }
        let year = record[0]
            .parse::<i32>()
            .ok()
            .filter(|y| (2000..=2100).contains(y))
            .ok_or_else(|| at(Problem::Year(record[0].to_owned())))?;
        let indicator = Indicator::from_code(&record[1])
            .ok_or_else(|| at(Problem::UnknownIndicator(record[1].to_owned())))?;
        let breakdown = record[2].to_lowercase();
        if breakdown.is_empty() || breakdown.chars().count() > 60 {
            return Err(at(Problem::Breakdown));
        }
        let share = match percent(&record[3]) {
            Some(Ok(s)) if (0.0..=100.0).contains(&s) => s,
            Some(Ok(_)) => return Err(at(Problem::ShareOver100(record[3].to_owned()))),
            _ => return Err(at(Problem::Share(record[3].to_owned()))),
        };
        let bound = |value: &str| match percent(value) {
            None => Ok(None),
            Some(Ok(b)) if (0.0..=100.0).contains(&b) => Ok(Some(b)),
            Some(_) => Err(at(Problem::Interval)),
        };
        let ci_low = bound(&record[4])?;
        let ci_high = bound(&record[5])?;
        if ci_low.is_some_and(|l| l > share) || ci_high.is_some_and(|h| h < share) {
            return Err(at(Problem::Interval));
        }
        let count = match record[6].replace(['.', ' '], "") {
            c if c.is_empty() => None,
            c => Some(
                c.parse::<i64>()
                    .ok()
                    .filter(|c| *c >= 0)
                    .ok_or_else(|| at(Problem::Count(record[6].to_owned())))?,
            ),
        };
        let source = record[7].to_owned();
        if source.is_empty() || source.chars().count() > 300 {
            return Err(at(Problem::NoSource));
        }
        if figures
            .iter()
            .any(|f| f.year == year && f.indicator == indicator && f.breakdown == breakdown)
        {
            return Err(at(Problem::Twice));
        }
        figures.push(Figure {
            area,
            year,
            indicator,
            breakdown,
            share,
            ci_low,
            ci_high,
            count,
            source,
        });
    }
    if figures.is_empty() {
        return Err(file(Problem::Empty));
    }
    Ok(figures)
}

/// The national figures the project can cite, shipped as data
/// (`data/figures/national.csv`, with their sources).
pub fn national() -> &'static [Figure] {
    static NATIONAL: LazyLock<Vec<Figure>> = LazyLock::new(|| {
        parse_csv(
            include_str!("../../data/figures/national.csv"),
            Area::Nation,
        )
        .expect("the shipped national figures are valid")
    });
    &NATIONAL
}

/// Stored figures with the shipped national ones beneath them: a stored national figure
/// of the same year, indicator and breakdown wins.
pub fn with_national(stored: &[Figure]) -> Vec<Figure> {
    let mut all: Vec<Figure> = stored.to_vec();
    for shipped in national() {
        if !all.iter().any(|f| {
            f.area == shipped.area
                && f.year == shipped.year
                && f.indicator == shipped.indicator
                && f.breakdown == shipped.breakdown
        }) {
            all.push(shipped.clone());
        }
    }
    all.sort_by(|a, b| {
        (a.indicator, a.area, &a.breakdown, a.year).cmp(&(
            b.indicator,
            b.area,
            &b.breakdown,
            b.year,
        ))
    });
    all
}

/// The national strategy "Sammen mod ensomhed": adopted in this year …
pub const STRATEGY_YEAR: i32 = 2023;
/// … to halve loneliness among people 16+ by this year.
pub const TARGET_YEAR: i32 = 2040;

/// The path to half by 2040 for one area, from its figures of an indicator (everyone).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Path {
    /// The last measurement in or before the strategy's year.
    pub baseline_year: i32,
    pub baseline: f64,
    /// Half the baseline, in [`TARGET_YEAR`].
    pub target: f64,
    /// The latest measurement.
    pub now_year: i32,
    pub now: f64,
    /// Where the straight line from the baseline to the target is in `now_year`.
    pub on_path: f64,
}

impl Path {
    /// The straight line from the baseline to the target, at a year.
    pub fn at(&self, year: i32) -> f64 {
        let span = f64::from(TARGET_YEAR - self.baseline_year);
        let done = f64::from(year - self.baseline_year) / span;
        self.baseline + (self.target - self.baseline) * done
    }
}

/// The path for an area, from the figures for everyone (`breakdown` = `alle`); `None`
/// without a measurement in or before the strategy's year.
pub fn path(figures: &[Figure], area: Area, indicator: Indicator) -> Option<Path> {
    let mut series: Vec<&Figure> = figures
        .iter()
        .filter(|f| f.area == area && f.indicator == indicator && f.breakdown == ALL_PEOPLE)
        .collect();
    series.sort_by_key(|f| f.year);
    let base = series
        .iter()
        .rev()
        .find(|f| f.year <= STRATEGY_YEAR)
        .copied()?;
    let now = *series.last()?;
    let mut path = Path {
        baseline_year: base.year,
        baseline: base.share,
        target: base.share / 2.0,
        now_year: now.year,
        now: now.share,
        on_path: 0.0,
    };
    path.on_path = path.at(now.year);
    Some(path)
}

/// A share for people to read: one decimal, Danish or English decimal mark.
pub fn share_text(share: f64, danish: bool) -> String {
    let s = format!("{share:.1}");
    if danish { s.replace('.', ",") } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "year,indicator,breakdown,share,ci_low,ci_high,count,source\n";

    #[test]
    fn a_real_shaped_file_is_read_whole() {
        let text = format!(
            "{HEADER}2017,svaert-ensom,alle,9.1,8.0,10.2,2.430,Sundhedsprofilen 2017\n\
             2021,svaert-ensom,alle,\"13,0\",11.9,14.1,,Sundhedsprofilen 2021\n\
             2021,svaert-ensom,16-24 år,20.5,,,,Sundhedsprofilen 2021\n"
        );
        let figures = parse_csv(&text, Area::Municipality).unwrap();
        assert_eq!(figures.len(), 3);
        assert_eq!(figures[0].count, Some(2430));
        assert_eq!(figures[1].share, 13.0);
        assert_eq!(figures[1].count, None);
        assert_eq!(figures[2].breakdown, "16-24 år");
        assert_eq!(figures[2].ci_low, None);
    }

    #[test]
    fn semicolons_and_a_byte_order_mark_are_fine() {
        let text = "\u{feff}year;indicator;breakdown;share;ci_low;ci_high;count;source\n\
                    2021;svaert-ensom;alle;12,4;;;;Sundhedsprofilen\n";
        assert_eq!(parse_csv(text, Area::Nation).unwrap()[0].share, 12.4);
    }

    #[test]
    fn bad_files_are_refused_whole_with_the_line_named() {
        let cases = [
            (
                "year,indicator,share,source\n2021,svaert-ensom,12.4,x\n".to_owned(),
                None,
                "kolonnerne skal være",
            ),
            (
                format!(
                    "{HEADER}2021,svaert-ensom,alle,12.4,,,,S\n2021,svaert-ensom,unge,112.4,,,,S\n"
                ),
                Some(3),
                "over 100",
            ),
            (
                format!("{HEADER}2021,svaert-ensom,alle,12.4,,,,S\n2021,glad,alle,50,,,,S\n"),
                Some(3),
                "indikatoren 'glad' kendes ikke",
            ),
            (
                format!("{HEADER}21,svaert-ensom,alle,12.4,,,,S\n"),
                Some(2),
                "året '21'",
            ),
            (
                format!("{HEADER}2021,svaert-ensom,alle,tolv,,,,S\n"),
                Some(2),
                "andelen 'tolv'",
            ),
            (
                format!("{HEADER}2021,svaert-ensom,alle,12.4,13,14,,S\n"),
                Some(2),
                "konfidensintervallet",
            ),
            (
                format!("{HEADER}2021,svaert-ensom,alle,12.4,,,,\n"),
                Some(2),
                "kilden mangler",
            ),
            (
                format!(
                    "{HEADER}2021,svaert-ensom,alle,12.4,,,,S\n2021,svaert-ensom,alle,12.5,,,,S\n"
                ),
                Some(3),
                "to gange",
            ),
            (
                format!("{HEADER}2021,svaert-ensom,alle,12.4,,,,S,ekstra\n"),
                Some(2),
                "9 felter",
            ),
            (HEADER.to_owned(), None, "Filen har ingen tal"),
        ];
        for (text, line, words) in cases {
            let error = parse_csv(&text, Area::Municipality).unwrap_err();
            assert_eq!(error.line, line, "{text}");
            assert!(
                error
                    .danish()
                    .to_lowercase()
                    .contains(&words.to_lowercase()),
                "{}",
                error.danish()
            );
            if let Some(line) = line {
                assert!(error.danish().starts_with(&format!("Linje {line}:")));
                assert!(error.to_string().starts_with(&format!("line {line}:")));
            }
        }
    }

    #[test]
    fn the_shipped_national_figures_are_the_ones_the_project_can_cite() {
        let national = national();
        let severe: Vec<(i32, f64)> = national
            .iter()
            .filter(|f| f.indicator == Indicator::SeverelyLonely && f.breakdown == ALL_PEOPLE)
            .map(|f| (f.year, f.share))
            .collect();
        assert_eq!(severe, vec![(2017, 8.3), (2021, 12.4)]);
        assert!(
            national
                .iter()
                .all(|f| f.source.contains("Sundhedsprofilen"))
        );
    }

    #[test]
    fn the_path_is_computed_from_the_baseline() {
        let figures = with_national(&[]);
        let path = path(&figures, Area::Nation, Indicator::SeverelyLonely).unwrap();
        assert_eq!(path.baseline_year, 2021);
        assert_eq!(path.baseline, 12.4);
        assert!((path.target - 6.2).abs() < 1e-9);
        assert_eq!((path.now_year, path.now), (2021, 12.4));
        assert!((path.at(2040) - 6.2).abs() < 1e-9);
        // Halfway in time, halfway down: 2021 + 19/2 years.
        let mid = path.at(2021) + (path.at(2040) - path.at(2021)) / 2.0;
        assert!((mid - 9.3).abs() < 1e-9);
        // A later measurement is the "now" point; the baseline stays.
        let mut later = figures.clone();
        later.push(Figure {
            year: 2025,
            share: 11.0,
            ..figures[1].clone()
        });
        let p = super::path(&later, Area::Nation, Indicator::SeverelyLonely).unwrap();
        assert_eq!((p.baseline_year, p.now_year, p.now), (2021, 2025, 11.0));
        assert!((p.on_path - (12.4 - 6.2 * 4.0 / 19.0)).abs() < 1e-9);
        assert_eq!(
            super::path(&figures, Area::Municipality, Indicator::SeverelyLonely),
            None,
            "no municipal figures: no path, never an invented one"
        );
    }

    #[test]
    fn the_demo_example_is_valid_and_says_it_is_invented() {
        let demo = parse_csv(
            include_str!("../../demo/odsherred/figures.csv"),
            Area::Municipality,
        )
        .unwrap();
        assert!(!demo.is_empty());
        assert!(
            demo.iter()
                .all(|f| f.source.starts_with("Opdigtet eksempel"))
        );
    }

    #[test]
    fn a_stored_national_figure_wins_over_the_shipped_one() {
        let mut stored = national()[0].clone();
        stored.share = 8.4;
        let all = with_national(&[stored.clone()]);
        assert_eq!(
            all.iter()
                .filter(|f| f.year == stored.year
                    && f.indicator == stored.indicator
                    && f.area == Area::Nation
                    && f.breakdown == stored.breakdown)
                .map(|f| f.share)
                .collect::<Vec<_>>(),
            vec![8.4]
        );
    }
}
