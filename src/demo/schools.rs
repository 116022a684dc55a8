//! `demo/odsherred/schools.toml`: the demo's schools, their classes, buddy schemes and
//! welcome (issue 20) — links to offers of the organisation files and welcome gatherings,
//! which are events with the fields of `events.toml`. Loaded in the demo's transaction
//! after the events; the demo teacher is linked to the schools marked `teacher = true`
//! once the accounts exist.

use std::collections::HashMap;

use serde::Deserialize;
use sqlx::AnyConnection;

use super::{DemoError, EventFile, Ids};
use crate::school_change::Path;
use crate::store::Store;
use crate::store::audit::Actor;
use crate::store::calendar::insert_event;
use crate::store::school_change::{self as welcome, Linked};

const SCHOOLS: &str = include_str!("../../demo/odsherred/schools.toml");
const FILE: &str = "schools.toml";

/// The demo teacher's address.
pub const TEACHER: &str = "laerer@sammen.example";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchoolsFile {
    pub school: Vec<SchoolFile>,
    #[serde(default)]
    pub gathering: Vec<GatheringFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchoolFile {
    pub name: String,
    pub town: String,
    /// "7.b".
    pub classes: Vec<String>,
    #[serde(default)]
    pub teacher: bool,
    pub buddy_scheme: String,
    #[serde(default)]
    pub offer: Vec<OfferLink>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfferLink {
    pub organisation: String,
    pub offer: String,
    pub path: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GatheringFile {
    pub school: String,
    pub path: String,
    pub event: EventFile,
}

fn bad(message: String) -> DemoError {
    DemoError::File {
        file: FILE,
        message,
    }
}

/// A link's path: `""` is every path.
fn path(code: &str) -> Result<Option<Path>, DemoError> {
    match code {
        "" => Ok(None),
        c => Path::from_code(c)
            .map(Some)
            .ok_or_else(|| bad(format!("unknown path '{c}'"))),
    }
}

/// The file, read and checked (classes, paths, the buddy scheme's length).
pub fn parse() -> Result<SchoolsFile, DemoError> {
    let file: SchoolsFile = toml::from_str(SCHOOLS).map_err(|e| bad(e.to_string()))?;
    for s in &file.school {
        for c in &s.classes {
            let (grade, letter) = c
                .split_once('.')
                .ok_or_else(|| bad(format!("{}: class '{c}'", s.name)))?;
            crate::schools::parse_class(grade, letter)
                .map_err(|_| bad(format!("{}: class '{c}'", s.name)))?;
        }
        crate::school_change::check_buddy(&s.buddy_scheme)
            .map_err(|_| bad(format!("{}: buddy scheme too long", s.name)))?;
        for o in &s.offer {
            path(&o.path)?;
        }
    }
    for g in &file.gathering {
        path(&g.path)?;
        if !file.school.iter().any(|s| s.name == g.school) {
            return Err(bad(format!(
                "gathering '{}': no school '{}'",
                g.event.key, g.school
            )));
        }
    }
    Ok(file)
}

/// Writes the schools, classes, buddy schemes, offer links and gatherings; the number of
/// schools.
pub(super) async fn insert(
    file: &SchoolsFile,
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    ids: &Ids<'_>,
    today: jiff::civil::Date,
) -> Result<usize, DemoError> {
    let mut school_ids = HashMap::new();
    for s in &file.school {
        let town = *ids
            .towns
            .get(&s.town)
            .ok_or_else(|| bad(format!("{}: unknown town '{}'", s.name, s.town)))?;
        let id = welcome::insert_demo_school(conn, now, municipality_id, &s.name, town).await?;
        school_ids.insert(s.name.as_str(), id);
        for c in &s.classes {
            let (grade, letter) = c.split_once('.').unwrap_or_default();
            let (grade, letter) = crate::schools::parse_class(grade, letter)
                .map_err(|_| bad(format!("{}: class '{c}'", s.name)))?;
            welcome::insert_demo_class(conn, now, id, grade, &letter).await?;
        }
        if !s.buddy_scheme.trim().is_empty() {
            welcome::put_buddy_scheme(conn, now, id, s.buddy_scheme.trim()).await?;
        }
        for o in &s.offer {
            let offer = *ids
                .offers
                .get(&(o.organisation.clone(), o.offer.clone()))
                .ok_or_else(|| bad(format!("{}: unknown offer '{}'", s.name, o.offer)))?;
            welcome::put_link(conn, Linked::Offer, id, offer, path(&o.path)?).await?;
        }
    }
    for g in &file.gathering {
        let (new, _) = g
            .event
            .to_new(ids, today)
            .map_err(|message| bad(format!("gathering '{}': {message}", g.event.key)))?;
        let event = insert_event(conn, now, municipality_id, &new).await?;
        let school = school_ids[g.school.as_str()];
        welcome::put_link(conn, Linked::Event, school, event, path(&g.path)?).await?;
    }
    Ok(file.school.len())
}

/// Makes the demo teacher a teacher of the schools marked `teacher = true`.
pub(super) async fn link_teacher(store: &Store, municipality_id: i64) -> Result<(), DemoError> {
    let file = parse()?;
    for school in store.schools(municipality_id).await? {
        if file
            .school
            .iter()
            .any(|s| s.teacher && s.name == school.name)
        {
            store
                .add_teacher(municipality_id, school.id, TEACHER, Actor::System)
                .await?;
        }
    }
    Ok(())
}
