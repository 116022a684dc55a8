//! Ambassadors (ambassadører, "sociale viceværter"): who they are, their training, and the
//! coverage table that shows where no trained ambassador exists. No I/O here.

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::domain::TownRef;

/// Where ambassadors work. The same for every municipality.
pub const SETTINGS: &[&str] = &[
    "skole",
    "dagtilbud",
    "arbejdsplads",
    "plejecenter",
    "bibliotek",
    "forening",
    "bussen",
    "sundhedshus",
];

/// Languages an ambassador may list (ISO 639-1), in the order the filter shows them.
pub const LANGUAGES: &[&str] = &["da", "en", "de", "pl", "uk", "ar", "tr", "so", "fa"];

#[derive(Debug, Clone)]
pub struct Ambassador {
    pub id: i64,
    pub account_id: Option<i64>,
    pub first_name: String,
    pub about: String,
    pub reachable: String,
    pub target_groups: Vec<String>,
    pub settings: Vec<String>,
    pub towns: Vec<TownRef>,
    pub languages: Vec<String>,
    pub published: bool,
    pub training: Vec<Completion>,
    /// A photo was uploaded (shown only while the profile is published).
    pub has_photo: bool,
}

#[derive(Debug, Clone)]
pub struct Module {
    pub id: i64,
    pub code: String,
    pub title: String,
    pub description: String,
    pub material: String,
    pub minutes: i64,
}

#[derive(Debug, Clone)]
pub struct Completion {
    pub module_id: i64,
    pub title: String,
    pub minutes: i64,
    pub completed_on: Date,
}

impl Ambassador {
    /// Trained: at least one module completed. (A municipality that wants a fixed core can
    /// make that its first module; the coverage table counts only trained ambassadors.)
    pub fn trained(&self) -> bool {
        !self.training.is_empty()
    }

    pub fn in_town(&self, town: &str) -> bool {
        self.towns.iter().any(|t| t.name == town)
    }

    /// Minutes of completed training.
    pub fn training_minutes(&self) -> i64 {
        self.training.iter().map(|c| c.minutes).sum()
    }
}

/// A filter over the public list; `None` matches everything.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AmbassadorFilter {
    pub target_group: Option<String>,
    pub setting: Option<String>,
    pub town: Option<String>,
    pub language: Option<String>,
}

impl AmbassadorFilter {
    pub fn matches(&self, a: &Ambassador) -> bool {
        let has = |list: &[String], want: &Option<String>| {
            want.as_ref().is_none_or(|w| list.iter().any(|v| v == w))
        };
        has(&a.target_groups, &self.target_group)
            && has(&a.settings, &self.setting)
            && has(&a.languages, &self.language)
            && self.town.as_ref().is_none_or(|t| a.in_town(t))
    }
}

/// Trained, published ambassadors per (target group, town, setting).
#[derive(Debug, Default)]
pub struct Coverage {
    cells: BTreeMap<(String, String, String), usize>,
}

impl Coverage {
    pub fn count(ambassadors: &[Ambassador]) -> Coverage {
        let mut cells = BTreeMap::new();
        for a in ambassadors.iter().filter(|a| a.published && a.trained()) {
            for g in &a.target_groups {
                for t in &a.towns {
                    for s in &a.settings {
                        *cells
                            .entry((g.clone(), t.name.clone(), s.clone()))
                            .or_insert(0) += 1;
                    }
                }
            }
        }
        Coverage { cells }
    }

    /// In one target group, town and setting.
    pub fn cell(&self, group: &str, town: &str, setting: &str) -> usize {
        self.cells
            .get(&(group.to_owned(), town.to_owned(), setting.to_owned()))
            .copied()
            .unwrap_or(0)
    }

    /// In one target group and town, any setting: the ambassadors, not the cells.
    pub fn in_group_and_town(&self, ambassadors: &[Ambassador], group: &str, town: &str) -> usize {
        ambassadors
            .iter()
            .filter(|a| a.published && a.trained())
            .filter(|a| a.target_groups.iter().any(|g| g == group) && a.in_town(town))
            .count()
    }
}

/// The content type of a photo from its first bytes: JPEG, PNG or WebP, nothing else
/// (the file name and the browser's claim are not trusted).
pub fn image_type(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xD8, 0xFF, ..] => Some("image/jpeg"),
        [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Some("image/png"),
        [
            b'R',
            b'I',
            b'F',
            b'F',
            _,
            _,
            _,
            _,
            b'W',
            b'E',
            b'B',
            b'P',
            ..,
        ] => Some("image/webp"),
        _ => None,
    }
}

/// Widest and tallest photo we decode (a portrait needs far less); a small file that
/// claims more is refused rather than filling memory.
const MAX_PHOTO_SIDE: u32 = 6000;

/// A photo as we keep it: decoded and written again from its pixels alone, so nothing
/// of the file that came in survives but the picture. A phone's JPEG carries EXIF —
/// where it was taken (GPS), when, the phone's serial — and PNG and WebP carry text and
/// XMP chunks; on a public ambassador's portrait that would tell where they live. The
/// EXIF orientation is applied to the pixels first, so the portrait stays upright. JPEG
/// stays JPEG (quality 90); PNG and WebP become PNG (lossless, keeps transparency).
/// `None` when the bytes are not a JPEG, PNG or WebP that decodes.
pub fn clean_photo(bytes: &[u8]) -> Option<(&'static str, Vec<u8>)> {
    use image::{DynamicImage, ImageDecoder, ImageFormat};
    let kind = image_type(bytes)?;
    let format = match kind {
        "image/jpeg" => ImageFormat::Jpeg,
        "image/png" => ImageFormat::Png,
        _ => ImageFormat::WebP,
    };
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), format);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_PHOTO_SIDE);
    limits.max_image_height = Some(MAX_PHOTO_SIDE);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().ok()?;
    let orientation = decoder.orientation().ok()?;
    let mut picture = DynamicImage::from_decoder(decoder).ok()?;
    picture.apply_orientation(orientation);
    let mut out = Vec::new();
    if format == ImageFormat::Jpeg {
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
            .encode_image(&picture.to_rgb8())
            .ok()?;
        Some(("image/jpeg", out))
    } else {
        picture
            .write_to(&mut std::io::Cursor::new(&mut out), ImageFormat::Png)
            .ok()?;
        Some(("image/png", out))
    }
}

/// Age bands a request may give, and the target groups each stands for.
pub const AGE_BANDS: &[(&str, &[&str])] = &[
    ("0-12", &["børn", "familier"]),
    ("13-17", &["unge", "unge-i-skoleskift"]),
    ("18-29", &["unge", "voksne"]),
    ("30-64", &["voksne"]),
    ("65+", &["ældre"]),
];

/// What a request needs of an ambassador.
#[derive(Debug, Clone, Default)]
pub struct Need {
    /// An age band from [`AGE_BANDS`]; `None`: not given.
    pub age_band: Option<String>,
    pub town: Option<String>,
    pub language: String,
    /// The person asked for this ambassador.
    pub wanted: Option<i64>,
}

/// Can this ambassador take requests at all: shown, trained, and able to sign in?
pub fn takes_requests(a: &Ambassador) -> bool {
    a.published && a.trained() && a.account_id.is_some()
}

/// Routes a request: the ambassador the person asked for, if they take requests; else the
/// one who matches target group (from the age band), town and language and has the fewest
/// open requests (`load`); else `None` — the coordinators' queue.
pub fn route(need: &Need, ambassadors: &[Ambassador], load: &BTreeMap<i64, usize>) -> Option<i64> {
    if let Some(wanted) = need.wanted
        && ambassadors
            .iter()
            .any(|a| a.id == wanted && takes_requests(a))
    {
        return Some(wanted);
    }
    let groups: &[&str] = need
        .age_band
        .as_deref()
        .and_then(|b| AGE_BANDS.iter().find(|(band, _)| *band == b))
        .map(|(_, groups)| *groups)
        .unwrap_or(&[]);
    ambassadors
        .iter()
        .filter(|a| takes_requests(a))
        .filter(|a| {
            groups.is_empty() || a.target_groups.iter().any(|g| groups.contains(&g.as_str()))
        })
        .filter(|a| need.town.as_deref().is_none_or(|t| a.in_town(t)))
        .filter(|a| need.language == "da" || a.languages.contains(&need.language))
        .min_by_key(|a| (load.get(&a.id).copied().unwrap_or(0), a.id))
        .map(|a| a.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ambassador(groups: &[&str], towns: &[&str], settings: &[&str], trained: bool) -> Ambassador {
        Ambassador {
            id: 1,
            account_id: None,
            first_name: "Mette".into(),
            about: String::new(),
            reachable: String::new(),
            target_groups: groups.iter().map(|s| s.to_string()).collect(),
            settings: settings.iter().map(|s| s.to_string()).collect(),
            towns: towns
                .iter()
                .enumerate()
                .map(|(i, t)| TownRef {
                    id: i as i64,
                    name: t.to_string(),
                })
                .collect(),
            languages: vec!["da".into()],
            published: true,
            has_photo: false,
            training: if trained {
                vec![Completion {
                    module_id: 1,
                    title: "At spørge ind".into(),
                    minutes: 180,
                    completed_on: jiff::civil::date(2026, 1, 5),
                }]
            } else {
                vec![]
            },
        }
    }

    #[test]
    fn coverage_counts_only_trained_published_ambassadors_in_each_cell() {
        let list = [
            ambassador(&["unge"], &["Asnæs", "Hørve"], &["skole"], true),
            ambassador(
                &["unge", "ældre"],
                &["Asnæs"],
                &["skole", "bibliotek"],
                true,
            ),
            ambassador(&["ældre"], &["Vig"], &["plejecenter"], false),
        ];
        let c = Coverage::count(&list);
        assert_eq!(c.cell("unge", "Asnæs", "skole"), 2);
        assert_eq!(c.cell("unge", "Hørve", "skole"), 1);
        assert_eq!(c.cell("ældre", "Asnæs", "bibliotek"), 1);
        assert_eq!(c.cell("ældre", "Vig", "plejecenter"), 0, "not trained yet");
        assert_eq!(c.in_group_and_town(&list, "unge", "Asnæs"), 2);
        assert_eq!(c.in_group_and_town(&list, "børn", "Asnæs"), 0);
    }

    #[test]
    fn requests_go_to_the_wanted_or_the_least_busy_match_else_the_queue() {
        let mut young = ambassador(&["unge"], &["Asnæs"], &["skole"], true);
        young.id = 1;
        young.account_id = Some(10);
        let mut old = ambassador(&["ældre"], &["Hørve"], &["plejecenter"], true);
        old.id = 2;
        old.account_id = Some(20);
        let mut also_young = young.clone();
        also_young.id = 3;
        also_young.account_id = Some(30);
        let mut untrained = ambassador(&["unge"], &["Asnæs"], &["skole"], false);
        untrained.id = 4;
        untrained.account_id = Some(40);
        let list = [young, old, also_young, untrained];
        let need = |band: &str, town: &str| Need {
            age_band: Some(band.into()),
            town: Some(town.into()),
            language: "da".into(),
            wanted: None,
        };
        let mut load = BTreeMap::new();
        assert_eq!(route(&need("13-17", "Asnæs"), &list, &load), Some(1));
        load.insert(1, 2);
        assert_eq!(
            route(&need("13-17", "Asnæs"), &list, &load),
            Some(3),
            "least busy"
        );
        assert_eq!(route(&need("65+", "Hørve"), &list, &load), Some(2));
        assert_eq!(
            route(&need("65+", "Asnæs"), &list, &load),
            None,
            "no match: the queue"
        );
        let arabic = Need {
            language: "ar".into(),
            ..need("13-17", "Asnæs")
        };
        assert_eq!(route(&arabic, &list, &load), None);
        let wanted = Need {
            wanted: Some(2),
            ..need("13-17", "Asnæs")
        };
        assert_eq!(route(&wanted, &list, &load), Some(2));
        let wanted_untrained = Need {
            wanted: Some(4),
            ..need("13-17", "Asnæs")
        };
        assert_eq!(route(&wanted_untrained, &list, &load), Some(3));
    }

    #[test]
    fn only_jpeg_png_and_webp_are_photos() {
        assert_eq!(image_type(&[0xFF, 0xD8, 0xFF, 0xE0, 0]), Some("image/jpeg"));
        assert_eq!(image_type(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(image_type(b"RIFF\0\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(
            image_type(b"<svg xmlns="),
            None,
            "no SVG: it can carry script"
        );
        assert_eq!(image_type(b"GIF89a"), None);
        assert_eq!(image_type(&[]), None);
    }

    #[test]
    fn filters_match_each_field_and_nothing_else() {
        let a = ambassador(&["unge"], &["Asnæs"], &["skole"], true);
        assert!(AmbassadorFilter::default().matches(&a));
        let f = |g: Option<&str>, t: Option<&str>| AmbassadorFilter {
            target_group: g.map(str::to_owned),
            town: t.map(str::to_owned),
            ..Default::default()
        };
        assert!(f(Some("unge"), Some("Asnæs")).matches(&a));
        assert!(!f(Some("ældre"), None).matches(&a));
        assert!(!f(None, Some("Vig")).matches(&a));
    }
}
