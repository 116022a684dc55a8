//! The demo municipality (Odsherred), read from the readable files under `demo/odsherred/`.
//!
//! The files are embedded in the binary at build time so that `sammen` runs from anywhere;
//! they stay ordinary CSV and TOML files in the repository. See `demo/README.md`.

use std::collections::HashMap;

use std::fmt;

use serde::Deserialize;

use crate::accounts::Role;
use crate::calendar::EventKind;
use crate::domain::{Channel, Coordinate, CostKind, HowToJoin, LifeArena, OfferStatus};
use crate::store::calendar::{NewEvent, insert_demo_signups, insert_event};
use crate::store::directory::{NewOffer, NewOrganisation, insert_offer, insert_organisation};
use crate::store::municipality::{NewPlace, NewTown};
use crate::store::{Store, changes};

pub mod schools;

const MUNICIPALITY: &str = include_str!("../demo/odsherred/municipality.toml");
const EVENTS: &str = include_str!("../demo/odsherred/events.toml");
const AMBASSADORS: &str = include_str!("../demo/odsherred/ambassadors.toml");
const BUS: &str = include_str!("../demo/odsherred/bus.toml");
const STORIES: &str = include_str!("../demo/odsherred/stories.toml");
const CAMPAIGNS: &str = include_str!("../demo/odsherred/campaigns.toml");

/// The invented campaign weeks in `campaigns.toml`.
#[derive(serde::Deserialize)]
struct CampaignsFile {
    campaign: Vec<DemoCampaign>,
}

#[derive(serde::Deserialize)]
struct DemoCampaign {
    slug: String,
    title: String,
    weeks_from_now: i64,
    days: i64,
    message: String,
    call_to_hosts: String,
    events: Vec<String>,
}

impl DemoCampaign {
    /// The campaign as staff would have typed it: from the Monday `weeks_from_now` weeks
    /// ahead, `days` days.
    fn draft(&self, today: jiff::civil::Date) -> crate::campaigns::Draft {
        let monday = today
            .checked_sub(jiff::Span::new().days(i64::from(today.weekday().to_monday_zero_offset())))
            .unwrap_or(today);
        let starts = monday
            .checked_add(jiff::Span::new().days(7 * self.weeks_from_now))
            .unwrap_or(monday);
        let ends = starts
            .checked_add(jiff::Span::new().days(self.days - 1))
            .unwrap_or(starts);
        crate::campaigns::Draft {
            slug: self.slug.clone(),
            title: self.title.clone(),
            message: self.message.clone(),
            call_to_hosts: self.call_to_hosts.clone(),
            starts_on: starts.to_string(),
            ends_on: ends.to_string(),
        }
    }
}

const STRATEGY: &str = include_str!("../demo/odsherred/strategy.toml");

/// The demo's strategy (`strategy.toml`): goals by key, initiatives naming their goal, the
/// offers (organisation key, offer name) and events (key) they link to.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct StrategyFile {
    goal: Vec<StrategyGoal>,
    initiative: Vec<StrategyInitiative>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct StrategyGoal {
    key: String,
    life_arena: String,
    title: String,
    #[serde(default)]
    description: String,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct StrategyInitiative {
    goal: String,
    title: String,
    #[serde(default)]
    description: String,
    owner: String,
    #[serde(default)]
    working_group: String,
    status: String,
    starts_on: String,
    ends_on: String,
    offers: Vec<(String, String)>,
    events: Vec<String>,
    indicators: Vec<String>,
}

/// Loads the strategy inside the demo's transaction, every reference checked.
async fn insert_strategy(
    conn: &mut sqlx::AnyConnection,
    now: i64,
    municipality_id: i64,
    offer_ids: &HashMap<(String, String), i64>,
    event_ids: &HashMap<String, i64>,
) -> Result<(), DemoError> {
    let bad = |message: String| DemoError::File {
        file: "strategy.toml",
        message,
    };
    let file: StrategyFile = toml::from_str(STRATEGY).map_err(|e| bad(e.to_string()))?;
    let mut goals = HashMap::new();
    for g in &file.goal {
        let draft = crate::strategy::GoalDraft {
            life_arena: g.life_arena.clone(),
            title: g.title.clone(),
            description: g.description.clone(),
        };
        if let Some((field, _)) = draft.errors().first() {
            return Err(bad(format!("goal '{}': {field} is not valid", g.key)));
        }
        let id = crate::store::strategy::put_goal(conn, now, municipality_id, None, &draft).await?;
        goals.insert(g.key.clone(), id);
    }
    for i in &file.initiative {
        let goal = goals.get(&i.goal).ok_or_else(|| {
            bad(format!(
                "initiative '{}': unknown goal '{}'",
                i.title, i.goal
            ))
        })?;
        let mut offers = Vec::new();
        for (org, name) in &i.offers {
            offers.push(
                offer_ids
                    .get(&(org.clone(), name.clone()))
                    .ok_or_else(|| {
                        bad(format!("initiative '{}': unknown offer '{name}'", i.title))
                    })?
                    .to_string(),
            );
        }
        let mut events = Vec::new();
        for key in &i.events {
            events.push(
                event_ids
                    .get(key)
                    .ok_or_else(|| bad(format!("initiative '{}': unknown event '{key}'", i.title)))?
                    .to_string(),
            );
        }
        let draft = crate::strategy::InitiativeDraft {
            goal: goal.to_string(),
            title: i.title.clone(),
            description: i.description.clone(),
            owner: i.owner.clone(),
            working_group: i.working_group.clone(),
            status: i.status.clone(),
            starts_on: i.starts_on.clone(),
            ends_on: i.ends_on.clone(),
            offers: offers.join(","),
            events: events.join(","),
            indicators: i.indicators.clone(),
        };
        let checked = draft.check().map_err(|errors| {
            bad(format!(
                "initiative '{}': {} is not valid",
                i.title,
                errors.first().map_or("", |e| e.0)
            ))
        })?;
        crate::store::strategy::put_initiative(conn, now, municipality_id, None, &checked).await?;
    }
    crate::store::changes::record(
        conn,
        now,
        Some(municipality_id),
        "strategy_goal",
        &municipality_id.to_string(),
    )
    .await?;
    Ok(())
}

/// The invented voices in `stories.toml`.
#[derive(serde::Deserialize)]
struct StoriesFile {
    story: Vec<crate::stories::Edit>,
}

/// Pages staff could have written: (address, language, Markdown whose first line is
/// `# the title`), in all four languages (the Ukrainian and Arabic are a first
/// translation of the Danish).
const PAGES: [(&str, &str, &str); 12] = [
    (
        "om-ensomhed",
        "da",
        include_str!("../demo/odsherred/pages/om-ensomhed.da.md"),
    ),
    (
        "om-ensomhed",
        "en",
        include_str!("../demo/odsherred/pages/om-ensomhed.en.md"),
    ),
    (
        "om-ensomhed",
        "uk",
        include_str!("../demo/odsherred/pages/om-ensomhed.uk.md"),
    ),
    (
        "om-ensomhed",
        "ar",
        include_str!("../demo/odsherred/pages/om-ensomhed.ar.md"),
    ),
    (
        "saadan-spoerger-du",
        "da",
        include_str!("../demo/odsherred/pages/saadan-spoerger-du.da.md"),
    ),
    (
        "saadan-spoerger-du",
        "en",
        include_str!("../demo/odsherred/pages/saadan-spoerger-du.en.md"),
    ),
    (
        "saadan-spoerger-du",
        "uk",
        include_str!("../demo/odsherred/pages/saadan-spoerger-du.uk.md"),
    ),
    (
        "saadan-spoerger-du",
        "ar",
        include_str!("../demo/odsherred/pages/saadan-spoerger-du.ar.md"),
    ),
    (
        "hvis-nogen-fortaeller-dig",
        "da",
        include_str!("../demo/odsherred/pages/hvis-nogen-fortaeller-dig.da.md"),
    ),
    (
        "hvis-nogen-fortaeller-dig",
        "en",
        include_str!("../demo/odsherred/pages/hvis-nogen-fortaeller-dig.en.md"),
    ),
    (
        "hvis-nogen-fortaeller-dig",
        "uk",
        include_str!("../demo/odsherred/pages/hvis-nogen-fortaeller-dig.uk.md"),
    ),
    (
        "hvis-nogen-fortaeller-dig",
        "ar",
        include_str!("../demo/odsherred/pages/hvis-nogen-fortaeller-dig.ar.md"),
    ),
];
/// The demo's invented timetable (GTFS text files; `demo/odsherred/gtfs/README.md`).
pub const GTFS: [(&str, &str); 6] = [
    (
        "agency.txt",
        include_str!("../demo/odsherred/gtfs/agency.txt"),
    ),
    (
        "stops.txt",
        include_str!("../demo/odsherred/gtfs/stops.txt"),
    ),
    (
        "routes.txt",
        include_str!("../demo/odsherred/gtfs/routes.txt"),
    ),
    (
        "trips.txt",
        include_str!("../demo/odsherred/gtfs/trips.txt"),
    ),
    (
        "stop_times.txt",
        include_str!("../demo/odsherred/gtfs/stop_times.txt"),
    ),
    (
        "calendar.txt",
        include_str!("../demo/odsherred/gtfs/calendar.txt"),
    ),
];
const ORGANISATIONS: &[(&str, &str)] = &[
    (
        "organisations/part1.toml",
        include_str!("../demo/odsherred/organisations/part1.toml"),
    ),
    (
        "organisations/part2.toml",
        include_str!("../demo/odsherred/organisations/part2.toml"),
    ),
];

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error(
        "the database already holds a municipality; the demo loads only into an empty database"
    )]
    NotEmpty,
    #[error("demo file {file}: {message}")]
    File { file: &'static str, message: String },
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error("demo accounts: {0}")]
    Accounts(String),
}

/// What was loaded.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    pub towns: usize,
    pub places: usize,
    pub organisations: usize,
    pub offers: usize,
    pub events: usize,
    pub ambassadors: usize,
    pub bus_stops: usize,
    pub accounts: usize,
}

impl fmt::Display for Loaded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Demo municipality loaded: {} towns, {} places, {} organisations, {} offers, {} events, {} ambassadors, {} bus stops, {} accounts.",
            self.towns,
            self.places,
            self.organisations,
            self.offers,
            self.events,
            self.ambassadors,
            self.bus_stops,
            self.accounts
        )
    }
}

/// Loads the demo municipality into an empty database, all in one transaction.
/// With `content == false` only the municipality's own settings (towns, places, phone
/// lines) are loaded, none of the invented organisations and offers.
pub async fn load(store: &Store, content: bool) -> Result<Loaded, DemoError> {
    let data = DemoData::parse()?;
    let school_file = schools::parse()?;
    if store.municipality_count().await? > 0 {
        return Err(DemoError::NotEmpty);
    }
    let mut tx = store
        .pool()
        .begin()
        .await
        .map_err(crate::store::StoreError::from)?;
    let inserted =
        crate::store::municipality::insert_checked(&mut tx, store.now(), &data.file).await?;
    let municipality_id = inserted.id;
    let town_ids = inserted.towns;
    let place_ids = inserted.places;
    let rides = crate::rides::demo::parse(
        &data
            .towns
            .iter()
            .map(|t| t.name.as_str())
            .collect::<Vec<_>>(),
    )
    .map_err(|message| DemoError::File {
        file: "rides.toml",
        message,
    })?;
    crate::rides::demo::insert(
        &rides,
        &mut tx,
        store.now(),
        municipality_id,
        &town_ids,
        store.clock().today(),
        content,
    )
    .await?;
    let mut loaded = Loaded {
        towns: data.towns.len(),
        places: data.places.len(),
        ..Loaded::default()
    };
    if content {
        // The demo's dates are relative to today in Copenhagen, by the program's clock.
        let today = store.clock().today();
        let mut organisation_ids = HashMap::new();
        let mut offer_ids = HashMap::new();
        for (file, org) in &data.organisations {
            let organisation_id = insert_organisation(
                &mut tx,
                store.now(),
                municipality_id,
                &org.to_new(&town_ids),
            )
            .await?;
            organisation_ids.insert(org.key.clone(), organisation_id);
            loaded.organisations += 1;
            for offer in &org.offer {
                let new = offer
                    .to_new(organisation_id, &town_ids, &place_ids, today)
                    .map_err(|message| DemoError::File {
                        file,
                        message: format!("offer '{}': {message}", offer.name),
                    })?;
                let offer_id = insert_offer(&mut tx, store.now(), municipality_id, &new).await?;
                if offer.good_online_for_young {
                    crate::store::youth::mark_good_online(&mut tx, store.now(), offer_id).await?;
                }
                offer_ids.insert((org.key.clone(), offer.name.clone()), offer_id);
                loaded.offers += 1;
            }
        }
        let ids = Ids {
            organisations: &organisation_ids,
            offers: &offer_ids,
            towns: &town_ids,
            places: &place_ids,
        };
        let mut event_ids = HashMap::new();
        for event in &data.events {
            let (new, first) = event
                .to_new(&ids, today)
                .map_err(|message| DemoError::File {
                    file: "events.toml",
                    message: format!("event '{}': {message}", event.key),
                })?;
            let id = insert_event(&mut tx, store.now(), municipality_id, &new).await?;
            event_ids.insert(event.key.clone(), id);
            insert_demo_signups(
                &mut tx,
                store.now(),
                id,
                &first.to_string(),
                event.taken,
                event.waitlist,
                DEMO_NAMES,
            )
            .await?;
            loaded.events += 1;
        }
        schools::insert(
            &school_file,
            &mut tx,
            store.now(),
            municipality_id,
            &ids,
            today,
        )
        .await?;
        loaded.ambassadors = data
            .ambassadors
            .insert(&mut tx, store.now(), municipality_id, &town_ids, today)
            .await?;
        loaded.bus_stops = data
            .bus
            .insert(&mut tx, municipality_id, &town_ids, today)
            .await?;
        // The invented timetable, stored as an import would store it.
        let feed = crate::transport::Feed::from_files(&GTFS).map_err(|e| DemoError::File {
            file: "gtfs",
            message: e.to_string(),
        })?;
        let zip = feed.zip().map_err(|e| DemoError::File {
            file: "gtfs",
            message: e.to_string(),
        })?;
        crate::store::transport::put_feed(
            &mut tx,
            store.now(),
            municipality_id,
            &zip,
            &feed.counts().to_string(),
        )
        .await?;
        for (slug, lang, text) in PAGES {
            let (title, body) = text
                .strip_prefix("# ")
                .and_then(|t| t.split_once('\n'))
                .ok_or(DemoError::File {
                    file: "pages",
                    message: format!("{slug}.{lang}.md must start with '# title'"),
                })?;
            let draft = crate::pages::Draft {
                slug: slug.into(),
                lang: lang.into(),
                audience: crate::pages::Audience::Citizens.code().into(),
                title: title.into(),
                body: body.trim().into(),
            };
            crate::store::pages::put_published(&mut tx, store.now(), municipality_id, &draft)
                .await?;
        }
        insert_strategy(
            &mut tx,
            store.now(),
            municipality_id,
            &offer_ids,
            &event_ids,
        )
        .await?;
        let stories: StoriesFile = toml::from_str(STORIES).map_err(|e| DemoError::File {
            file: "stories.toml",
            message: e.to_string(),
        })?;
        let campaigns: CampaignsFile = toml::from_str(CAMPAIGNS).map_err(|e| DemoError::File {
            file: "campaigns.toml",
            message: e.to_string(),
        })?;
        for c in &campaigns.campaign {
            let id = crate::store::campaigns::put(
                &mut tx,
                store.now(),
                municipality_id,
                &c.draft(today),
            )
            .await?;
            for key in &c.events {
                let event_id = *event_ids.get(key).ok_or_else(|| DemoError::File {
                    file: "campaigns.toml",
                    message: format!("campaign '{}': no event '{key}' in events.toml", c.slug),
                })?;
                crate::store::campaigns::put_entry(
                    &mut tx,
                    store.now(),
                    id,
                    event_id,
                    crate::campaigns::Taking::Accepted,
                )
                .await?;
            }
        }
        for story in &stories.story {
            if let Some((field, _)) = story.errors().first() {
                return Err(DemoError::File {
                    file: "stories.toml",
                    message: format!("a story's {field} is not valid"),
                });
            }
            crate::store::stories::put_published(&mut tx, store.now(), municipality_id, story)
                .await?;
        }
    }
    changes::record(
        &mut tx,
        store.now(),
        Some(municipality_id),
        "municipality",
        &municipality_id.to_string(),
    )
    .await?;
    tx.commit().await.map_err(crate::store::StoreError::from)?;
    if content {
        loaded.accounts = demo_accounts(store, municipality_id).await?;
        demo_question(store, municipality_id).await?;
    }
    Ok(loaded)
}

/// The municipality's question to the young in the demo, linked to the strategy's
/// initiative for the young at a school change (so `/strategi` shows it there).
const DEMO_QUESTION: &str = "Hvad skulle der til, for at du kom til noget i din fritid?";

async fn demo_question(store: &Store, municipality_id: i64) -> Result<(), DemoError> {
    let strategy = store.strategy(municipality_id).await?;
    let initiative = strategy
        .initiatives
        .iter()
        .find(|i| i.initiative.title.starts_with("Venskabsgrupper"))
        .map(|i| i.id);
    store
        .save_youth_question(
            municipality_id,
            None,
            DEMO_QUESTION,
            true,
            initiative,
            crate::store::audit::Actor::System,
        )
        .await?;
    Ok(())
}

/// The password of every demo account. Demo only: `SAMMEN_DEMO=off` makes none.
pub const DEMO_PASSWORD: &str = "sammen-demo-2026";

/// Demo accounts, one per role: (e-mail, name, role; `None` is a member of the first
/// organisation).
pub const DEMO_ACCOUNTS: [(&str, &str, Option<Role>); 7] = [
    (
        "admin@sammen.example",
        "Demo Administrator",
        Some(Role::Administrator),
    ),
    (
        "moderator@sammen.example",
        "Demo Moderator",
        Some(Role::Moderator),
    ),
    ("forening@sammen.example", "Demo Forening", None),
    (
        "ambassador@sammen.example",
        "Demo Ambassadør",
        Some(Role::Ambassador),
    ),
    (
        "bus@sammen.example",
        "Demo Buspersonale",
        Some(Role::BusCrew),
    ),
    (
        "redaktoer@sammen.example",
        "Demo Redaktør",
        Some(Role::Editor),
    ),
    // A teacher of the schools in schools.toml marked `teacher = true`.
    (schools::TEACHER, "Demo Lærer", Some(Role::Teacher)),
];

async fn demo_accounts(store: &Store, municipality_id: i64) -> Result<usize, DemoError> {
    let hash = tokio::task::spawn_blocking(|| crate::accounts::hash_password(DEMO_PASSWORD))
        .await
        .map_err(|e| DemoError::Accounts(e.to_string()))?
        .map_err(|e| DemoError::Accounts(e.to_string()))?;
    let first_organisation = store
        .organisation_names(municipality_id)
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .min();
    for (email, name, role) in DEMO_ACCOUNTS {
        let id = store
            .create_account(municipality_id, email, name, Some(&hash), true)
            .await?;
        match (role, first_organisation) {
            (Some(role), _) => store.grant_role(id, role).await?,
            (None, Some(org)) => store.add_membership(id, org).await?,
            (None, None) => {}
        }
    }
    schools::link_teacher(store, municipality_id).await?;
    // The demo ambassador signs in as the first ambassador in the file.
    if let (Some(first), Some(account)) = (
        store
            .ambassadors(municipality_id)
            .await?
            .into_iter()
            .min_by_key(|a| a.id),
        store
            .account_by_email(municipality_id, "ambassador@sammen.example")
            .await
            .ok(),
    ) {
        store.link_ambassador(first.id, account.id).await?;
    }
    Ok(DEMO_ACCOUNTS.len())
}

/// Every demo file, parsed and cross-checked, before anything is written.
pub struct DemoData {
    /// The municipality's own file, read as `sammen municipality add` reads any other.
    pub file: crate::municipality::Checked,
    pub towns: Vec<NewTown>,
    /// Each place with the name of its town.
    pub places: Vec<(NewPlace, Option<String>)>,
    pub organisations: Vec<(&'static str, OrganisationFile)>,
    pub events: Vec<EventFile>,
    pub ambassadors: AmbassadorsFile,
    pub bus: BusFile,
}

impl DemoData {
    pub fn parse() -> Result<Self, DemoError> {
        let mut file =
            crate::municipality::File::read(MUNICIPALITY).map_err(|e| DemoError::File {
                file: "municipality.toml",
                message: e.to_string(),
            })?;
        file.municipality.is_demo = true;
        let mut organisations = Vec::new();
        for (name, text) in ORGANISATIONS {
            let parsed: OrganisationsFile = toml::from_str(text).map_err(|e| DemoError::File {
                file: name,
                message: e.to_string(),
            })?;
            organisations.extend(parsed.organisation.into_iter().map(|o| (*name, o)));
        }
        let events: EventsFile = toml::from_str(EVENTS).map_err(|e| DemoError::File {
            file: "events.toml",
            message: e.to_string(),
        })?;
        let ambassadors: AmbassadorsFile =
            toml::from_str(AMBASSADORS).map_err(|e| DemoError::File {
                file: "ambassadors.toml",
                message: e.to_string(),
            })?;
        let bus: BusFile = toml::from_str(BUS).map_err(|e| DemoError::File {
            file: "bus.toml",
            message: e.to_string(),
        })?;
        let data = DemoData {
            towns: file.towns.clone(),
            places: file.places.clone(),
            file,
            organisations,
            events: events.event,
            ambassadors,
            bus,
        };
        data.check_references()?;
        Ok(data)
    }

    /// Every town and place an organisation or offer names must exist.
    fn check_references(&self) -> Result<(), DemoError> {
        let towns: HashMap<&str, ()> = self.towns.iter().map(|t| (t.name.as_str(), ())).collect();
        let places: HashMap<&str, ()> = self
            .places
            .iter()
            .map(|(p, _)| (p.name.as_str(), ()))
            .collect();
        let today = jiff::civil::date(2026, 1, 1);
        let fake_towns: HashMap<String, i64> = towns.keys().map(|t| (t.to_string(), 0)).collect();
        let fake_places: HashMap<String, i64> = places.keys().map(|p| (p.to_string(), 0)).collect();
        for (file, org) in &self.organisations {
            if !towns.contains_key(org.town.as_str()) {
                return Err(DemoError::File {
                    file,
                    message: format!("organisation '{}': unknown town '{}'", org.key, org.town),
                });
            }
            for offer in &org.offer {
                offer
                    .to_new(0, &fake_towns, &fake_places, today)
                    .map_err(|message| DemoError::File {
                        file,
                        message: format!("offer '{}': {message}", offer.name),
                    })?;
            }
        }
        self.ambassadors.check(&towns)?;
        self.bus.check(&towns)
    }
}

#[derive(Deserialize)]
struct OrganisationsFile {
    organisation: Vec<OrganisationFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationFile {
    pub key: String,
    pub name: String,
    pub kind: String,
    pub description: String,
    pub email: String,
    pub phone: String,
    pub website: String,
    pub town: String,
    #[serde(default)]
    pub offer: Vec<OfferFile>,
}

impl OrganisationFile {
    fn to_new(&self, town_ids: &HashMap<String, i64>) -> NewOrganisation {
        NewOrganisation {
            slug: self.key.clone(),
            name: self.name.clone(),
            kind: self.kind.clone(),
            description: self.description.clone(),
            email: self.email.clone(),
            phone: self.phone.clone(),
            website: self.website.clone(),
            town_id: town_ids.get(&self.town).copied(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfferFile {
    pub name: String,
    pub short_description: String,
    pub description: String,
    pub life_arenas: Vec<String>,
    pub target_groups: Vec<String>,
    pub age_min: i64,
    pub age_max: i64,
    #[serde(default)]
    pub activity_types: Vec<String>,
    pub cost: String,
    #[serde(default)]
    pub cost_amount_dkk: i64,
    #[serde(default)]
    pub cost_note: String,
    pub how_to_join: String,
    pub newcomers_welcome: bool,
    pub bring_someone: bool,
    pub ambassador_can_join: bool,
    pub channel: String,
    pub place: Option<String>,
    pub town: String,
    #[serde(default)]
    pub address: String,
    pub schedule: String,
    /// Days it does not take place, "YYYY-MM-DD".
    #[serde(default)]
    pub schedule_exceptions: Vec<String>,
    pub start_time: String,
    pub end_time: String,
    #[serde(default)]
    pub accessibility: Vec<String>,
    pub languages: Vec<String>,
    pub status: String,
    pub last_confirmed_days_ago: i64,
    /// A good online community for the young (issue 20): moderated, adults present, free.
    #[serde(default)]
    pub good_online_for_young: bool,
}

impl OfferFile {
    /// Checks one offer and turns its Danish words into codes. `today` dates "last confirmed".
    pub fn to_new(
        &self,
        organisation_id: i64,
        town_ids: &HashMap<String, i64>,
        place_ids: &HashMap<String, i64>,
        today: jiff::civil::Date,
    ) -> Result<NewOffer, String> {
        fn word<T>(kind: &str, value: &str, parse: fn(&str) -> Option<T>) -> Result<T, String> {
            parse(value).ok_or_else(|| format!("unknown {kind} '{value}'"))
        }
        let life_arenas = self
            .life_arenas
            .iter()
            .map(|a| word("life arena", a, LifeArena::from_danish))
            .collect::<Result<Vec<_>, _>>()?;
        if life_arenas.is_empty() || self.short_description.chars().count() > 200 {
            return Err(
                "needs 1–5 life arenas and a short description of at most 200 characters".into(),
            );
        }
        if !(0..=120).contains(&self.age_min)
            || !(0..=120).contains(&self.age_max)
            || self.age_min > self.age_max
        {
            return Err(format!(
                "ages {}–{} are not a valid range",
                self.age_min, self.age_max
            ));
        }
        let town_id = *town_ids
            .get(&self.town)
            .ok_or_else(|| format!("unknown town '{}'", self.town))?;
        let place_id = match &self.place {
            Some(place) => Some(
                *place_ids
                    .get(place)
                    .ok_or_else(|| format!("unknown place '{place}'"))?,
            ),
            None => None,
        };
        let cost = word("cost", &self.cost, CostKind::from_danish)?;
        crate::directory::schedule::Schedule::parse(
            &self.schedule,
            &self.start_time,
            &self.end_time,
        )?;
        let last_confirmed = today
            .checked_sub(jiff::Span::new().days(self.last_confirmed_days_ago))
            .map_err(|e| format!("last_confirmed_days_ago: {e}"))?;
        let schedule_exceptions = self
            .schedule_exceptions
            .iter()
            .map(|d| {
                d.parse::<jiff::civil::Date>()
                    .map_err(|e| format!("schedule exception '{d}': {e}"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(NewOffer {
            schedule_exceptions,
            organisation_id,
            name: self.name.clone(),
            short_description: self.short_description.clone(),
            description: self.description.trim().to_owned(),
            life_arenas,
            target_groups: self.target_groups.clone(),
            activity_types: self.activity_types.clone(),
            age_min: self.age_min,
            age_max: self.age_max,
            cost,
            cost_amount_dkk: (cost == CostKind::Amount).then_some(self.cost_amount_dkk),
            cost_note: self.cost_note.clone(),
            how_to_join: word("way to join", &self.how_to_join, HowToJoin::from_danish)?,
            newcomers_welcome: self.newcomers_welcome,
            bring_someone: self.bring_someone,
            ambassador_can_join: self.ambassador_can_join,
            channel: word("channel", &self.channel, Channel::from_danish)?,
            place_id,
            town_id: Some(town_id),
            address: self.address.clone(),
            schedule_rrule: self.schedule.clone(),
            start_time: self.start_time.clone(),
            end_time: self.end_time.clone(),
            accessibility: self.accessibility.clone(),
            languages: self.languages.clone(),
            status: word("status", &self.status, OfferStatus::from_danish)?,
            last_confirmed_on: last_confirmed.to_string(),
        })
    }
}

/// Invented first names for demo sign-ups.
const DEMO_NAMES: &[&str] = &[
    "Anne", "Bent", "Camilla", "Dorthe", "Erik", "Frida", "Gitte", "Hans", "Ida", "Jens", "Karen",
    "Lars", "Mette", "Niels", "Oda", "Poul", "Rikke", "Søren", "Tove", "Ulla",
];

#[derive(Debug, Deserialize)]
struct EventsFile {
    event: Vec<EventFile>,
}

/// One demo event, dated relative to the day the demo is loaded.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventFile {
    pub key: String,
    pub title: String,
    pub organisation: String,
    pub offer: String,
    pub kind: String,
    pub description: String,
    pub life_arena: String,
    pub target_groups: Vec<String>,
    pub age_min: i64,
    pub age_max: i64,
    pub place: String,
    pub town: String,
    pub online: bool,
    pub weekday: String,
    pub weeks_from_now: i64,
    pub start: String,
    pub duration_minutes: i64,
    pub every_weeks: i64,
    #[serde(default)]
    pub occurrences: i64,
    pub price_dkk: i64,
    pub capacity: Option<i64>,
    pub signup: String,
    #[serde(default)]
    pub signup_closes_hours_before: i64,
    pub needs_contact: bool,
    pub bring: String,
    pub accessibility: Vec<String>,
    pub taken: i64,
    pub waitlist: i64,
}

/// Ids of what events refer to, by the names the demo files use.
struct Ids<'a> {
    organisations: &'a HashMap<String, i64>,
    offers: &'a HashMap<(String, String), i64>,
    towns: &'a HashMap<String, i64>,
    places: &'a HashMap<String, i64>,
}

impl EventFile {
    /// The first date: that weekday in the week `weeks_from_now` weeks from today's, moved
    /// a week on if it would already be past.
    pub fn first_date(&self, today: jiff::civil::Date) -> Result<jiff::civil::Date, String> {
        let weekday = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
            .iter()
            .position(|d| *d == self.weekday)
            .ok_or_else(|| format!("weekday '{}'", self.weekday))? as i64;
        let offset = i64::from(today.weekday().to_monday_zero_offset());
        let monday = today
            .checked_sub(jiff::Span::new().days(offset))
            .map_err(|e| e.to_string())?;
        let mut date = monday
            .checked_add(jiff::Span::new().days(self.weeks_from_now * 7 + weekday))
            .map_err(|e| e.to_string())?;
        if date < today {
            date = date
                .checked_add(jiff::Span::new().days(7))
                .map_err(|e| e.to_string())?;
        }
        Ok(date)
    }

    fn to_new(
        &self,
        ids: &Ids,
        today: jiff::civil::Date,
    ) -> Result<(NewEvent, jiff::civil::Date), String> {
        let organisation_id = *ids
            .organisations
            .get(&self.organisation)
            .ok_or_else(|| format!("unknown organisation '{}'", self.organisation))?;
        let offer_id = if self.offer.is_empty() {
            None
        } else {
            Some(
                *ids.offers
                    .get(&(self.organisation.clone(), self.offer.clone()))
                    .ok_or_else(|| format!("unknown offer '{}'", self.offer))?,
            )
        };
        let place_id = if self.place.is_empty() {
            None
        } else {
            Some(
                *ids.places
                    .get(&self.place)
                    .ok_or_else(|| format!("unknown place '{}'", self.place))?,
            )
        };
        let town_id = if self.town.is_empty() {
            None
        } else {
            Some(
                *ids.towns
                    .get(&self.town)
                    .ok_or_else(|| format!("unknown town '{}'", self.town))?,
            )
        };
        let kind =
            EventKind::from_code(&self.kind).ok_or_else(|| format!("kind '{}'", self.kind))?;
        let life_arena = LifeArena::from_danish(&self.life_arena)
            .ok_or_else(|| format!("life arena '{}'", self.life_arena))?;
        let first = self.first_date(today)?;
        if self.taken > self.capacity.unwrap_or(i64::MAX)
            || (self.waitlist > 0 && Some(self.taken) != self.capacity)
        {
            return Err("taken/waitlist do not fit the capacity".into());
        }
        Ok((
            NewEvent {
                organisation_id,
                offer_id,
                place_id,
                town_id,
                online: self.online,
                address: String::new(),
                title: self.title.clone(),
                description: self.description.clone(),
                kind,
                life_arena: Some(life_arena),
                target_groups: self.target_groups.clone(),
                age_min: self.age_min,
                age_max: self.age_max,
                start_local: format!("{first}T{}", self.start),
                duration_minutes: self.duration_minutes,
                every_weeks: self.every_weeks,
                occurrence_count: if self.every_weeks > 0 {
                    self.occurrences
                } else {
                    0
                },
                price_dkk: self.price_dkk,
                capacity: self.capacity,
                signup_required: self.signup == "required",
                signup_closes_hours: self.signup_closes_hours_before,
                needs_contact: self.needs_contact,
                bring: self.bring.clone(),
                accessibility: self.accessibility.clone(),
                campaign_id: None,
            },
            first,
        ))
    }
}

/// `ambassadors.toml`: training modules and invented ambassadors with their training.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmbassadorsFile {
    module: Vec<ModuleFile>,
    ambassador: Vec<AmbassadorFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleFile {
    code: String,
    title: String,
    description: String,
    material: String,
    minutes: i64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AmbassadorFile {
    first_name: String,
    /// Invented; kept out of the database (the demo links only the demo account).
    #[allow(dead_code)]
    email: String,
    target_groups: Vec<String>,
    settings: Vec<String>,
    towns: Vec<String>,
    languages: Vec<String>,
    reachable: String,
    about: String,
    #[allow(dead_code)]
    show_photo: bool,
    training: Vec<TrainingFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TrainingFile {
    module: String,
    days_ago: i64,
}

impl AmbassadorsFile {
    fn check(&self, towns: &HashMap<&str, ()>) -> Result<(), DemoError> {
        let fail = |message: String| DemoError::File {
            file: "ambassadors.toml",
            message,
        };
        for a in &self.ambassador {
            let who = &a.first_name;
            if let Some(t) = a.towns.iter().find(|t| !towns.contains_key(t.as_str())) {
                return Err(fail(format!("ambassador '{who}': unknown town '{t}'")));
            }
            if let Some(g) = a
                .target_groups
                .iter()
                .find(|g| !crate::domain::vocab::TARGET_GROUPS.contains(&g.as_str()))
            {
                return Err(fail(format!(
                    "ambassador '{who}': unknown target group '{g}'"
                )));
            }
            if let Some(s) = a
                .settings
                .iter()
                .find(|s| !crate::ambassadors::SETTINGS.contains(&s.as_str()))
            {
                return Err(fail(format!("ambassador '{who}': unknown setting '{s}'")));
            }
            if let Some(m) = a
                .training
                .iter()
                .find(|t| !self.module.iter().any(|m| m.code == t.module))
            {
                return Err(fail(format!(
                    "ambassador '{who}': unknown module '{}'",
                    m.module
                )));
            }
        }
        Ok(())
    }

    async fn insert(
        &self,
        tx: &mut sqlx::AnyConnection,
        now: i64,
        municipality_id: i64,
        town_ids: &HashMap<String, i64>,
        today: jiff::civil::Date,
    ) -> Result<usize, DemoError> {
        use crate::store::ambassadors::{
            NewAmbassador, insert_ambassador, insert_completion, insert_module,
        };
        let mut module_ids = HashMap::new();
        for m in &self.module {
            let module = crate::ambassadors::Module {
                id: 0,
                code: m.code.clone(),
                title: m.title.clone(),
                description: m.description.clone(),
                material: m.material.clone(),
                minutes: m.minutes,
            };
            module_ids.insert(
                m.code.clone(),
                insert_module(tx, municipality_id, &module).await?,
            );
        }
        for a in &self.ambassador {
            let new = NewAmbassador {
                account_id: None,
                first_name: a.first_name.clone(),
                about: a.about.clone(),
                reachable: a.reachable.clone(),
                target_groups: a.target_groups.clone(),
                settings: a.settings.clone(),
                town_ids: a
                    .towns
                    .iter()
                    .filter_map(|t| town_ids.get(t).copied())
                    .collect(),
                languages: a.languages.clone(),
                published: true,
            };
            let id = insert_ambassador(tx, now, municipality_id, &new).await?;
            for t in &a.training {
                let on = today
                    .checked_sub(jiff::Span::new().days(t.days_ago))
                    .unwrap_or(today);
                insert_completion(tx, id, module_ids[&t.module], &on.to_string()).await?;
            }
        }
        Ok(self.ambassador.len())
    }
}

/// `bus.toml`: Den Glade Bus's stops, weekly plan and pauses.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BusFile {
    bus: BusHeader,
    stop: Vec<BusStopFile>,
    visit: Vec<BusVisitFile>,
    #[serde(default)]
    extra: Vec<BusExtraFile>,
}

/// A visit on a chosen date, relative to the day the demo is loaded: the given weekday
/// `in_weeks` weeks ahead.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BusExtraFile {
    stop: String,
    in_weeks: i64,
    weekday: String,
    arrive: String,
    stay_minutes: i64,
    activities: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BusHeader {
    #[allow(dead_code)]
    name: String,
    /// The town whose first stop is the depot.
    depot: String,
    /// The crew's working day, local "HH:MM".
    shift: [String; 2],
    pause: Vec<BusPauseFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BusPauseFile {
    from: String,
    to: String,
    reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BusStopFile {
    key: String,
    name: String,
    town: String,
    lat: f64,
    lon: f64,
    accessibility: Vec<String>,
    indoor_fallback: String,
    typical_visitors: String,
    /// The planner's wishes; by default what the published plan does.
    #[serde(default)]
    window: Option<[String; 2]>,
    #[serde(default)]
    days: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BusVisitFile {
    stop: String,
    weekday: String,
    arrive: String,
    stay_minutes: i64,
    activities: Vec<String>,
}

const DANISH_WEEKDAYS: [&str; 7] = [
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
];

impl BusFile {
    fn check(&self, towns: &HashMap<&str, ()>) -> Result<(), DemoError> {
        let fail = |message: String| DemoError::File {
            file: "bus.toml",
            message,
        };
        for s in &self.stop {
            if !towns.contains_key(s.town.as_str()) {
                return Err(fail(format!("stop '{}': unknown town '{}'", s.key, s.town)));
            }
        }
        for v in &self.visit {
            if !self.stop.iter().any(|s| s.key == v.stop) {
                return Err(fail(format!("visit: unknown stop '{}'", v.stop)));
            }
            if !DANISH_WEEKDAYS.contains(&v.weekday.as_str()) {
                return Err(fail(format!(
                    "visit to '{}': unknown weekday '{}'",
                    v.stop, v.weekday
                )));
            }
            if format!("{}:00", v.arrive)
                .parse::<jiff::civil::Time>()
                .is_err()
            {
                return Err(fail(format!(
                    "visit to '{}': arrive '{}' is not HH:MM",
                    v.stop, v.arrive
                )));
            }
            if let Some(a) = v
                .activities
                .iter()
                .find(|a| !crate::bus::ACTIVITIES.contains(&a.as_str()))
            {
                return Err(fail(format!(
                    "visit to '{}': unknown activity '{a}'",
                    v.stop
                )));
            }
        }
        let hh_mm = |t: &str| format!("{t}:00").parse::<jiff::civil::Time>().is_ok();
        for e in &self.extra {
            if !self.stop.iter().any(|s| s.key == e.stop)
                || !DANISH_WEEKDAYS.contains(&e.weekday.as_str())
                || !hh_mm(&e.arrive)
                || !(0..=52).contains(&e.in_weeks)
                || !(5..=480).contains(&e.stay_minutes)
            {
                return Err(fail(format!(
                    "extra visit to '{}': check stop, weekday, arrive, in_weeks and stay",
                    e.stop
                )));
            }
        }
        if !self.bus.shift.iter().all(|t| hh_mm(t)) {
            return Err(fail("bus.shift: times are HH:MM".into()));
        }
        for s in &self.stop {
            if s.window
                .as_ref()
                .is_some_and(|w| !w.iter().all(|t| hh_mm(t)))
            {
                return Err(fail(format!("stop '{}': window times are HH:MM", s.key)));
            }
            if let Some(d) = s
                .days
                .iter()
                .flatten()
                .find(|d| !DANISH_WEEKDAYS.contains(&d.as_str()))
            {
                return Err(fail(format!("stop '{}': unknown weekday '{d}'", s.key)));
            }
        }
        for p in &self.bus.pause {
            if crate::bus::Pause::day(&p.from).is_none() || crate::bus::Pause::day(&p.to).is_none()
            {
                return Err(fail(format!("pause '{}': days are MM-DD", p.reason)));
            }
        }
        Ok(())
    }

    /// The stops' wishes and the crew's day, so staff can plan from the demo too.
    async fn insert_planning(
        &self,
        tx: &mut sqlx::AnyConnection,
        municipality_id: i64,
        ids: &HashMap<String, i64>,
    ) -> Result<(), DemoError> {
        use crate::bus::planning::{Settings, WEEKDAYS, Wish};
        let hh_mm = |t: &str| format!("{t}:00").parse::<jiff::civil::Time>().ok();
        for s in &self.stop {
            let visits: Vec<&BusVisitFile> =
                self.visit.iter().filter(|v| v.stop == s.key).collect();
            let wish = Wish {
                stop_id: ids[&s.key],
                per_week: visits.len() as u8,
                days: match &s.days {
                    Some(days) => days
                        .iter()
                        .filter_map(|d| DANISH_WEEKDAYS.iter().position(|w| w == d))
                        .map(|d| d as u8)
                        .collect(),
                    None => WEEKDAYS.to_vec(),
                },
                window: s
                    .window
                    .as_ref()
                    .and_then(|[a, b]| Some((hh_mm(a)?, hh_mm(b)?))),
                stay_minutes: visits.first().map_or(60, |v| v.stay_minutes),
                activities: visits
                    .first()
                    .map_or_else(|| vec!["kaffe".to_owned()], |v| v.activities.clone()),
            };
            crate::store::bus::set_wish(tx, &wish).await?;
        }
        let depot = self
            .stop
            .iter()
            .find(|s| s.town == self.bus.depot)
            .map(|s| Coordinate {
                lat: s.lat,
                lon: s.lon,
            })
            .unwrap_or(Coordinate {
                lat: self.stop[0].lat,
                lon: self.stop[0].lon,
            });
        let start = Settings::starting_at(self.bus.depot.clone(), depot);
        let settings = Settings {
            shift_start: hh_mm(&self.bus.shift[0]).unwrap_or(start.shift_start),
            shift_end: hh_mm(&self.bus.shift[1]).unwrap_or(start.shift_end),
            ..start
        };
        crate::store::bus::insert_settings(tx, municipality_id, &settings).await?;
        Ok(())
    }

    async fn insert(
        &self,
        tx: &mut sqlx::AnyConnection,
        municipality_id: i64,
        town_ids: &HashMap<String, i64>,
        today: jiff::civil::Date,
    ) -> Result<usize, DemoError> {
        use crate::store::bus::{StopPlace, insert_pause, insert_stop, insert_visit};
        let mut ids = HashMap::new();
        for s in &self.stop {
            let id = insert_stop(
                tx,
                municipality_id,
                &s.key,
                &StopPlace {
                    name: s.name.clone(),
                    town_id: town_ids.get(&s.town).copied(),
                    at: Coordinate {
                        lat: s.lat,
                        lon: s.lon,
                    },
                    accessibility: s.accessibility.clone(),
                    indoor_fallback: s.indoor_fallback.clone(),
                    typical_visitors: s.typical_visitors.clone(),
                },
            )
            .await?;
            ids.insert(s.key.clone(), id);
        }
        for v in &self.visit {
            let weekday = DANISH_WEEKDAYS
                .iter()
                .position(|d| *d == v.weekday)
                .unwrap_or(0) as u8;
            insert_visit(
                tx,
                municipality_id,
                ids[&v.stop],
                weekday,
                &v.arrive,
                v.stay_minutes,
                &v.activities,
            )
            .await?;
        }
        for p in &self.bus.pause {
            insert_pause(tx, municipality_id, &p.from, &p.to, &p.reason).await?;
        }
        self.insert_planning(tx, municipality_id, &ids).await?;
        for e in &self.extra {
            let weekday = DANISH_WEEKDAYS
                .iter()
                .position(|d| *d == e.weekday)
                .unwrap_or(5) as i8;
            let mut date = today
                .checked_add(jiff::Span::new().weeks(e.in_weeks))
                .map_err(|err| DemoError::File {
                    file: "bus.toml",
                    message: err.to_string(),
                })?;
            while date.weekday().to_monday_zero_offset() != weekday {
                date = date.tomorrow().unwrap_or(date);
            }
            crate::store::bus::insert_extra(
                tx,
                municipality_id,
                date,
                &crate::bus::planning::Draft {
                    stop_id: ids[&e.stop],
                    weekday: weekday as u8,
                    arrive: format!("{}:00", e.arrive)
                        .parse()
                        .unwrap_or(jiff::civil::time(12, 0, 0, 0)),
                    stay_minutes: e.stay_minutes,
                    activities: e.activities.clone(),
                },
            )
            .await?;
        }
        Ok(self.stop.len())
    }
}
