//! Property tests: random and mutated input to every parser of outside input, and none of
//! them panics. Cases per property come from `PROPTEST_CASES` (proptest reads it; 256 by
//! default). The one HTTP property (`forms_never_answer_5xx`) runs fewer: 24 by default,
//! `PROPTEST_CASES / 50` when that is set. BENCHMARKS.md has the figures of a long run.
//!
//! A panic a property once found stays below as an ordinary test (`regression_*`).

#[path = "common/mod.rs"]
#[macro_use]
mod common;

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use jiff::civil::{Date, DateTime, Time};
use proptest::prelude::*;
use proptest::sample::{Index, select};
use serde_json::Value;

use sammen::bus::planner::{Matrix, MatrixFile};
use sammen::bus::planning::{self, Settings, Wish};
use sammen::bus::{Pause, Stop, Visit};
use sammen::calendar::Event;
use sammen::directory::draft::{self, OfferDraft};
use sammen::directory::hsds;
use sammen::directory::schedule::Schedule;
use sammen::directory::search::analysis::{self, Analyzers, Synonyms};
use sammen::directory::search::filters::{API_PARAMS, PAGE_PARAMS, ParamNames};
use sammen::directory::search::{Directory, Filters};
use sammen::domain::Coordinate;
use sammen::i18n::{Lang, Locale};
use sammen::web::calendar::DateQuery;
use sammen::web::guide::steps::Answers;

// ---------------------------------------------------------------------------------------
// What every property shares: the demo municipality on a running server
// ---------------------------------------------------------------------------------------

struct Fixture {
    rt: tokio::runtime::Runtime,
    app: common::TestApp,
    /// Kept so the database file lives as long as the server.
    _db: common::TestDb,
    /// The demo's HSDS export, one service per element, and the spec's full example.
    services: Vec<Value>,
    events: Vec<Event>,
    towns: Vec<String>,
    admin: String,
    /// Ids the form routes need: an organisation, an offer, an event, a bus stop.
    ids: BTreeMap<&'static str, i64>,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let fixture = rt.block_on(async {
            let db = common::TestDb::new(sammen::config::Backend::Sqlite)
                .await
                .unwrap();
            let app = common::TestApp::spawn(&db).await;
            let store = app.server().store.clone();
            let municipality = store.municipality(None).await.unwrap();
            let source = store.hsds_source(&municipality).await.unwrap();
            let Value::Array(mut services) = hsds::export(&source) else {
                panic!("the export is an array")
            };
            let example: Value =
                serde_json::from_str(include_str!("data/hsds/example_service_full.json")).unwrap();
            services.push(example);
            let events = store.events(municipality.id).await.unwrap();
            let offers = store.offers(municipality.id).await.unwrap();
            let snapshot = app.server().derived.snapshot();
            let towns = snapshot
                .directory
                .entries()
                .iter()
                .filter_map(|e| e.offer.town.as_ref().map(|t| t.name.clone()))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            let id = common::make_account(
                &store,
                "fuzz@example.dk",
                "fuzz-password-1",
                &sammen::auth::Role::ALL,
                &[],
            )
            .await;
            let admin = common::session_for(&store, id).await;
            let plan = store
                .bus_plan(municipality.id, &municipality.name)
                .await
                .unwrap_or_default();
            let mut ids = BTreeMap::new();
            ids.insert("offer", offers[0].id);
            ids.insert("organisation", offers[0].organisation.id);
            ids.insert("event", events.first().map_or(1, |e| e.id));
            ids.insert("stop", plan.stops.first().map_or(1, |s| s.id));
            ids.insert("visit", plan.visits.first().map_or(1, |v| v.id));
            ids.insert("account", id);
            (services, events, towns, admin, ids, app, db)
        });
        let (services, events, towns, admin, ids, app, db) = fixture;
        Fixture {
            services,
            events,
            towns,
            admin,
            ids,
            app,
            _db: db,
            // The server's tasks live on the runtime that started them.
            rt,
        }
    })
}

fn directory() -> &'static Directory {
    static DIRECTORY: OnceLock<std::sync::Arc<sammen::derived::Snapshot>> = OnceLock::new();
    &DIRECTORY
        .get_or_init(|| fixture().app.server().derived.snapshot())
        .directory
}

// ---------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------

/// Texts that have broken parsers before, or that sit on a boundary.
const SPECIAL: &[&str] = &[
    "",
    " ",
    "\t\n",
    "0",
    "-0",
    "-1",
    "00",
    "1e308",
    "-1e308",
    "1e400",
    "NaN",
    "inf",
    "9223372036854775807",
    "-9223372036854775808",
    "18446744073709551616",
    "4294967296",
    "9.30",
    "09:30",
    "9:3",
    "9.3",
    "24:00",
    "23:59",
    "23:60",
    "00:00",
    "10:00:00+01:00",
    "٣",
    "１２",
    "æøå",
    "ÆØÅ",
    "ß",
    "İ",
    "ǅ",
    "\u{0}",
    "\u{feff}",
    "\u{202e}",
    "🙂",
    "a\u{301}",
    "2026-02-29",
    "2028-02-29",
    "2026-13-01",
    "9999-12-31",
    "-009999-01-01",
    "0000-00-00",
    "31.2.2026",
    "1.1.10000",
    "29.2.2028",
    "MO",
    "1MO",
    "-1FR",
    "+1MO",
    "53MO",
    "xÆy",
    "æMO",
    "MOæ",
    "FREQ=WEEKLY;BYDAY=TU",
    "FREQ=DAILY;INTERVAL=0",
    "FREQ=MONTHLY;BYDAY=1MO",
    "https://push.example.com/abc",
    "https://[::1]/x",
    "https://a.b:99999/",
    "http://127.0.0.1/",
    "https://xn--ls8h.la/",
    "a@b.dk",
    "0b8a1c5e-6f1d-4a57-9c1e-3f2d8e7b6a51",
    "%",
    "%zz",
    "&",
    "=",
    "+",
    "ja",
    "nej",
    "true",
    "false",
    "null",
    "[]",
    "{}",
    "Asnæs",
    "Nykøbing Sj.",
    "da",
    "en",
    "da-DK;q=0.5",
    "q=",
    "*",
];

/// Any text, weighted towards the boundaries and the characters parsers trip on.
fn text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => any::<String>(),
        3 => "[ -~]{0,24}",
        3 => "[0-9:.,+\\- ]{0,10}",
        3 => select(SPECIAL).prop_map(str::to_owned),
        2 => (select(SPECIAL), select(SPECIAL), "[ ,;:.=-]{0,2}")
            .prop_map(|(a, b, sep)| format!("{a}{sep}{b}")),
        1 => (any::<char>(), 1_000..20_000usize).prop_map(|(c, n)| c.to_string().repeat(n)),
        1 => any::<i64>().prop_map(|n| n.to_string()),
        1 => any::<f64>().prop_map(|n| n.to_string()),
    ]
    .boxed()
}

/// Any JSON value, a few levels deep, with the object keys HSDS uses.
fn json() -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        select(vec![1e308, -1e308, 0.5, -0.0, 120.5, 4294967296.0]).prop_map(Value::from),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
    .boxed()
}

/// HSDS field names (and our attributes' parts), else anything.
const HSDS_KEYS: &[&str] = &[
    "id",
    "name",
    "status",
    "description",
    "organization",
    "organization_id",
    "attributes",
    "taxonomy_term",
    "taxonomy",
    "taxonomy_detail",
    "code",
    "value",
    "schedules",
    "service_at_locations",
    "location",
    "location_type",
    "addresses",
    "address_1",
    "address_2",
    "postal_code",
    "city",
    "latitude",
    "longitude",
    "opens_at",
    "closes_at",
    "freq",
    "byday",
    "bymonthday",
    "until",
    "count",
    "interval",
    "dtstart",
    "minimum_age",
    "maximum_age",
    "cost_options",
    "amount",
    "currency",
    "option",
    "fees",
    "fees_description",
    "languages",
    "service_areas",
    "assured_date",
    "phones",
    "number",
    "email",
    "website",
    "legal_status",
];

fn key() -> BoxedStrategy<String> {
    prop_oneof![3 => select(HSDS_KEYS).prop_map(str::to_owned), 1 => text()].boxed()
}

/// One change to a JSON document at the node `at` picks (in document order).
#[derive(Debug, Clone)]
enum Mutation {
    Delete(Index),
    Replace(Index, Value),
    /// An array's element or an object's value copied next to itself (a duplicate id).
    Duplicate(Index),
    /// The same content as another JSON type: a string's number, a number's string …
    ChangeType(Index),
    Huge(Index, usize),
    Null(Index),
    Insert(Index, String, Value),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        2 => any::<Index>().prop_map(Mutation::Delete),
        3 => (any::<Index>(), json()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        1 => any::<Index>().prop_map(Mutation::Duplicate),
        2 => any::<Index>().prop_map(Mutation::ChangeType),
        1 => (any::<Index>(), 0..6usize).prop_map(|(i, k)| Mutation::Huge(i, k)),
        1 => any::<Index>().prop_map(Mutation::Null),
        2 => (any::<Index>(), key(), json()).prop_map(|(i, k, v)| Mutation::Insert(i, k, v)),
    ]
}

/// JSON pointers to every node of a document, the root first.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                let k = k.replace('~', "~0").replace('/', "~1");
                pointers(item, format!("{at}/{k}"), out);
            }
        }
        _ => {}
    }
}

fn mutate(doc: &mut Value, m: &Mutation) {
    let mut all = Vec::new();
    pointers(doc, String::new(), &mut all);
    let index = match m {
        Mutation::Delete(i)
        | Mutation::Replace(i, _)
        | Mutation::Duplicate(i)
        | Mutation::ChangeType(i)
        | Mutation::Huge(i, _)
        | Mutation::Null(i)
        | Mutation::Insert(i, _, _) => i,
    };
    let at = all[index.index(all.len())].clone();
    let (parent, last) = match at.rsplit_once('/') {
        Some((p, l)) => (p.to_owned(), l.replace("~1", "/").replace("~0", "~")),
        None => (String::new(), String::new()),
    };
    match m {
        Mutation::Delete(_) => match doc.pointer_mut(&parent) {
            Some(Value::Object(map)) if !at.is_empty() => {
                map.remove(&last);
            }
            Some(Value::Array(items)) if !at.is_empty() => {
                if let Ok(i) = last.parse::<usize>() {
                    items.remove(i);
                }
            }
            _ => {}
        },
        Mutation::Duplicate(_) => {
            let Some(copy) = doc.pointer(&at).cloned() else {
                return;
            };
            match doc.pointer_mut(&parent) {
                Some(Value::Array(items)) if !at.is_empty() => items.push(copy),
                Some(Value::Object(map)) if !at.is_empty() => {
                    map.insert(format!("{last}_"), copy);
                }
                _ => {}
            }
        }
        Mutation::Insert(_, k, v) => {
            if let Some(Value::Object(map)) = doc.pointer_mut(&at) {
                map.insert(k.clone(), v.clone());
            } else if let Some(Value::Array(items)) = doc.pointer_mut(&at) {
                items.push(v.clone());
            }
        }
        _ => {
            let Some(node) = doc.pointer_mut(&at) else {
                return;
            };
            *node = match (m, &*node) {
                (Mutation::Replace(_, v), _) => v.clone(),
                (Mutation::Null(_), _) => Value::Null,
                (Mutation::Huge(_, k), _) => [
                    Value::String("x".repeat(70_000)),
                    Value::String("æ".repeat(30_000)),
                    Value::from(u64::MAX),
                    Value::from(i64::MIN),
                    Value::from(1e308),
                    Value::Array(vec![Value::Null; 5_000]),
                ][*k]
                    .clone(),
                (_, Value::String(s)) => s
                    .parse::<f64>()
                    .ok()
                    .and_then(serde_json::Number::from_f64)
                    .map_or(Value::Bool(s.is_empty()), Value::Number),
                (_, Value::Number(n)) => Value::String(n.to_string()),
                (_, Value::Bool(b)) => Value::String(b.to_string()),
                (_, Value::Array(items)) => items.first().cloned().unwrap_or(Value::Null),
                (_, Value::Object(map)) => Value::Array(map.values().cloned().collect()),
                (_, Value::Null) => Value::String(String::new()),
            };
        }
    }
}

fn date() -> impl Strategy<Value = Date> {
    prop_oneof![
        3 => (2020i16..2035, 1i8..=12, 1i8..=31),
        1 => (-9999i16..=9999, 1i8..=12, 1i8..=31),
        1 => (select(vec![-9999i16, 9999]), select(vec![1i8, 12]), select(vec![1i8, 31])),
    ]
    .prop_map(|(y, m, d)| Date::new(y, m, d).unwrap_or(Date::constant(2026, 1, 1)))
}

fn time() -> impl Strategy<Value = Time> {
    (0i8..24, 0i8..60).prop_map(|(h, m)| Time::constant(h, m, 0, 0))
}

fn timestamp() -> impl Strategy<Value = jiff::Timestamp> {
    prop_oneof![
        3 => 1_600_000_000i64..2_100_000_000,
        // Up to 2100: the server's own clock, not outside input, says when "now" is.
        1 => jiff::Timestamp::MIN.as_second()..=4_102_444_800,
    ]
    .prop_map(|s| jiff::Timestamp::from_second(s).unwrap())
}

// ---------------------------------------------------------------------------------------
// HSDS import
// ---------------------------------------------------------------------------------------

fn import(text: &str) {
    let _ = hsds::parse_import(text, Date::constant(2026, 11, 30));
}

proptest! {
    #[test]
    fn hsds_import_takes_any_text(text in text()) {
        import(&text);
    }

    #[test]
    fn hsds_import_takes_any_json(doc in json()) {
        import(&doc.to_string());
        import(&Value::Array(vec![doc]).to_string());
    }

    /// Service-shaped objects: a valid id, name and status most of the time, so the reader
    /// gets past its first checks into schedules, attributes and locations.
    #[test]
    fn hsds_import_takes_any_service_fields(
        fields in prop::collection::btree_map(key(), json(), 0..14),
        valid in any::<[bool; 3]>(),
    ) {
        let mut service: serde_json::Map<String, Value> = fields.into_iter().collect();
        let given = [
            ("id", "0b8a1c5e-6f1d-4a57-9c1e-3f2d8e7b6a51"),
            ("name", "Strikkecafé"),
            ("status", "active"),
        ];
        for ((key, value), valid) in given.into_iter().zip(valid) {
            if valid {
                service.insert(key.into(), Value::from(value));
            }
        }
        import(&Value::Array(vec![Value::Object(service)]).to_string());
    }

    /// The demo's own export (and the specification's full example), one service or two at
    /// a time, with fields deleted, replaced, duplicated, retyped, made huge or null.
    #[test]
    fn hsds_import_takes_a_mutated_export(
        first in any::<Index>(),
        second in prop::option::of(any::<Index>()),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let services = &fixture().services;
        let mut doc = vec![first.get(services).clone()];
        if let Some(second) = second {
            doc.push(second.get(services).clone());
        }
        let mut doc = Value::Array(doc);
        for m in &mutations {
            mutate(&mut doc, m);
        }
        import(&doc.to_string());
    }
}

proptest! {
    /// A schedule's fields, each any text: the recurrence reader and the time reader.
    #[test]
    fn hsds_import_takes_any_schedule(
        freq in choice_or_text(&["WEEKLY", "MONTHLY", "weekly", "DAILY"]),
        byday in choice_or_text(&["MO", "TU,TH", "1MO", "-1FR", "MO, WE"]),
        bymonthday in choice_or_text(&["1", "-1", "31", "1,15"]),
        until in choice_or_text(&["2030-01-01", "2005-01-01"]),
        times in (choice_or_text(&["10:00", "10:00:00", "23:59Z"]), choice_or_text(&["12:00", "00:00"])),
        interval in json(),
        present in any::<[bool; 6]>(),
    ) {
        let id = "0b8a1c5e-6f1d-4a57-9c1e-3f2d8e7b6a51";
        let mut schedule = serde_json::Map::new();
        schedule.insert("id".into(), id.into());
        let fields = [
            ("freq", Value::from(freq)),
            ("byday", Value::from(byday)),
            ("bymonthday", Value::from(bymonthday)),
            ("until", Value::from(until)),
            ("opens_at", Value::from(times.0)),
            ("interval", interval),
        ];
        for ((key, value), present) in fields.into_iter().zip(present) {
            if present {
                schedule.insert(key.into(), value);
            }
        }
        schedule.insert("closes_at".into(), Value::from(times.1));
        let service = serde_json::json!([{
            "id": id, "name": "Strikkecafé", "status": "active", "schedules": [schedule],
        }]);
        import(&service.to_string());
    }
}

#[test]
fn the_unmutated_export_imports() {
    let doc = Value::Array(fixture().services.clone());
    let records = hsds::parse_import(&doc.to_string(), Date::constant(2026, 11, 30)).unwrap();
    assert_eq!(records.len(), fixture().services.len());
}

// ---------------------------------------------------------------------------------------
// Forms read by pure functions
// ---------------------------------------------------------------------------------------

fn choice_or_text(choices: &'static [&'static str]) -> BoxedStrategy<String> {
    prop_oneof![2 => select(choices).prop_map(str::to_owned), 1 => text()].boxed()
}

fn choices_or_text(choices: &'static [&'static str]) -> BoxedStrategy<Vec<String>> {
    prop::collection::vec(choice_or_text(choices), 0..4).boxed()
}

const CODES: &[&str] = &[
    "1",
    "2",
    "0",
    "free",
    "amount",
    "ask",
    "show_up",
    "sign_up",
    "contact_first",
    "in_person",
    "phone",
    "online",
    "MO",
    "TU",
    "SU",
    "9.30",
    "12:00",
    "8",
    "120",
    "Asnæs",
];

fn offer_draft() -> impl Strategy<Value = OfferDraft> {
    let t = || choice_or_text(CODES);
    let many = || choices_or_text(CODES);
    (
        (text(), text(), text(), many(), many(), t(), t()),
        (t(), t(), text(), t(), any::<bool>(), t(), t(), text()),
        (many(), t(), t(), t(), many(), text()),
    )
        .prop_map(|(a, b, c)| OfferDraft {
            name: a.0,
            short_description: a.1,
            description: a.2,
            life_arenas: a.3,
            target_groups: a.4,
            age_min: a.5,
            age_max: a.6,
            cost: b.0,
            cost_amount: b.1,
            cost_note: b.2,
            how_to_join: b.3,
            newcomers_welcome: b.4,
            channel: b.5,
            town: b.6,
            address: b.7,
            weekdays: c.0,
            every: c.1,
            start_time: c.2,
            end_time: c.3,
            accessibility: c.4,
            organisation_name: c.5,
        })
}

proptest! {
    /// The offer form: any field values are checked without a panic, and what passes the
    /// check becomes an offer whose schedule our schedules can read.
    #[test]
    fn offer_draft_checks_any_form(draft in offer_draft(), before in offer_draft(), suggestion in any::<bool>()) {
        let towns = vec!["Asnæs".to_owned(), "Nykøbing Sj.".to_owned()];
        let errors = draft.validate(&towns, suggestion);
        if errors.is_empty() {
            let offer = draft.to_new_offer(1, Some(1), "2026-11-30");
            let schedule = Schedule::parse(&offer.schedule_rrule, &offer.start_time, &offer.end_time);
            prop_assert!(schedule.is_ok(), "{:?}", schedule.err());
        }
        let _ = draft::diff(None, &draft);
        let _ = draft::diff(Some(&before), &draft);
        // Drafts are kept as JSON in a submission and read back.
        let json = serde_json::to_string(&draft).unwrap();
        prop_assert_eq!(serde_json::from_str::<OfferDraft>(&json).unwrap(), draft);
    }

    /// The search's query string, on the page (Danish names) and in the API (English).
    #[test]
    fn search_filters_take_any_query(
        pairs in prop::collection::vec((param_name(), text()), 0..8),
        raw in text(),
        api in any::<bool>(),
        offset in 0usize..200,
        limit in 0usize..120,
    ) {
        let directory = directory();
        let names: &ParamNames = if api { &API_PARAMS } else { &PAGE_PARAMS };
        let encoded = serde_urlencoded::to_string(&pairs).unwrap();
        for query in [encoded.as_str(), raw.as_str()] {
            let params: HashMap<String, String> =
                serde_urlencoded::from_str(query).unwrap_or_default();
            let (filters, _errors) = Filters::parse(
                |k| params.get(k).map(String::as_str),
                names,
                |t| directory.town(t).map(|t| t.name.clone()),
            );
            let _ = filters.href("/vejviser", filters.page);
            let _ = filters.to_params();
            let _ = filters.effective_sort();
            let results = directory.search(&filters, offset, limit);
            prop_assert!(results.is_ok(), "{:?}", results.err());
        }
    }

    /// The guide's answers from its address: read, written back, read again the same.
    #[test]
    fn guide_answers_take_any_query(
        pairs in prop::collection::vec((choice_or_text(GUIDE_NAMES), choice_or_text(GUIDE_VALUES)), 0..10),
        raw in text(),
    ) {
        let town = |t: &str| ["Asnæs", "Nykøbing Sj."].contains(&t).then(|| t.to_owned());
        let from_raw: Vec<(String, String)> = serde_urlencoded::from_str(&raw).unwrap_or_default();
        for pairs in [pairs, from_raw] {
            let (answers, _errors) = Answers::parse(&pairs, town);
            for step in 0..8 {
                let _ = answers.pairs(step);
            }
            let again: Vec<(String, String)> = answers
                .pairs(0)
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect();
            let (read_again, errors) = Answers::parse(&again, town);
            prop_assert!(errors.is_empty(), "{errors:?}");
            prop_assert_eq!(read_again.pairs(0), answers.pairs(0));
        }
    }

    /// The small readers of form fields: codes, phone numbers, e-mail addresses, pause days.
    #[test]
    fn field_readers_take_any_text(text in text(), month_day in (0u8..14, 0u8..33)) {
        let _ = sammen::domain::Phone::parse(&text).map(|p| (p.tel(), p.to_string()));
        let _ = sammen::auth::plausible_email(&text);
        let _ = sammen::auth::normalise_email(&text);
        let _ = sammen::auth::Role::from_code(&text);
        let _ = sammen::selfcheck::Answer::from_code(&text);
        let _ = sammen::calendar::EventKind::from_code(&text);
        let _ = sammen::guide::Interest::from_code(&text);
        let _ = sammen::guide::When::from_code(&text);
        let _ = sammen::guide::Transport::from_code(&text);
        let _ = sammen::guide::Company::from_code(&text);
        let _ = sammen::domain::LifeArena::from_code(&text);
        let _ = sammen::domain::LifeArena::from_danish(&text);
        let _ = sammen::domain::Channel::from_danish(&text);
        let _ = sammen::bus::bell::Channel::parse(&text);
        // A pause's day ("MM-DD", from the data) is shown as "1. juli".
        for day in [text.clone(), format!("{:02}-{:02}", month_day.0, month_day.1)] {
            if let Some(day) = Pause::day(&day) {
                let _ = sammen::format::day_of_year(Lang::Da, day);
            }
        }
        let _ = sammen::format::slug(&text, "x");
        let _ = sammen::format::capitalise(&text);
        let _ = sammen::format::language_name(Lang::Da, &text);
    }
}

const GUIDE_NAMES: &[&str] = &[
    "hvem",
    "alder",
    "by",
    "lide",
    "tid",
    "transport",
    "selskab",
    "gratis",
];
const GUIDE_VALUES: &[&str] = &[
    "mig",
    "barn",
    "17",
    "18",
    "40",
    "Asnæs",
    "Nykøbing Sj.",
    "online",
    "hjemme",
    "ja",
    "kreativ",
    "bevaegelse",
    "formiddag",
    "aften",
    "weekend",
    "bil",
    "bus",
    "alene",
    "med-nogen",
];

fn param_name() -> BoxedStrategy<String> {
    let n = PAGE_PARAMS;
    let a = API_PARAMS;
    let names: Vec<String> = [
        n.q,
        n.arena,
        n.target_group,
        n.age,
        n.town,
        n.radius_km,
        n.weekday,
        n.day_part,
        n.free,
        n.accessibility,
        n.channel,
        n.show_up,
        n.sort,
        n.page,
        a.arena,
        a.target_group,
        a.age,
        a.town,
        a.radius_km,
        a.weekday,
        a.day_part,
        a.free,
        a.accessibility,
        a.channel,
        a.show_up,
        a.sort,
        a.page,
    ]
    .map(str::to_owned)
    .to_vec();
    prop_oneof![4 => select(names), 1 => text()].boxed()
}

// ---------------------------------------------------------------------------------------
// Search text analysis and language negotiation
// ---------------------------------------------------------------------------------------

proptest! {
    #[test]
    fn search_analysis_takes_any_text(text in text()) {
        static ANALYZERS: OnceLock<std::sync::Mutex<Analyzers>> = OnceLock::new();
        static SYNONYMS: OnceLock<Synonyms> = OnceLock::new();
        let folded = analysis::fold(&text);
        let _ = analysis::is_stop_word(&folded);
        {
            let mut a = ANALYZERS
                .get_or_init(|| std::sync::Mutex::new(Analyzers::new().unwrap()))
                .lock()
                .unwrap();
            let a = &mut *a;
            for analyzer in [&mut a.stem, &mut a.word, &mut a.part] {
                let _ = analysis::tokens(analyzer, &folded);
            }
        }
        let _ = SYNONYMS.get_or_init(Synonyms::load).expand(&folded);
        let directory = directory();
        if let Some(entry) = directory.entries().first() {
            let _ = directory.matched_words(entry, &text);
        }
    }

    #[test]
    fn language_comes_from_any_header_or_path(
        parts in prop::collection::vec((choice_or_text(&["da", "en", "en-GB", "da-DK", "*", "de", "EN"]), prop::option::of(text())), 0..6),
        raw in text(),
        path in text(),
    ) {
        let header = parts
            .iter()
            .map(|(tag, q)| match q {
                Some(q) => format!("{tag};q={q}"),
                None => tag.clone(),
            })
            .collect::<Vec<_>>()
            .join(",");
        let _ = Lang::negotiate(Some(&header));
        let _ = Lang::negotiate(Some(&raw));
        let _ = Locale::from_path(&path);
        let _ = Locale::from_path(&format!("/en{path}"));
    }
}

// ---------------------------------------------------------------------------------------
// Times, dates, schedules and the calendar's series
// ---------------------------------------------------------------------------------------

const RULE_PARTS: &[&str] = &[
    "FREQ=WEEKLY",
    "FREQ=MONTHLY",
    "FREQ=DAILY",
    "FREQ=YEARLY",
    "FREQ=HOURLY",
    "FREQ=SECONDLY",
    "INTERVAL=1",
    "INTERVAL=2",
    "INTERVAL=0",
    "INTERVAL=65535",
    "INTERVAL=-1",
    "BYDAY=MO",
    "BYDAY=TU,TH",
    "BYDAY=1MO",
    "BYDAY=-1FR",
    "BYDAY=5SU",
    "BYDAY=53MO",
    "BYDAY=",
    "BYMONTHDAY=31",
    "BYMONTHDAY=-1",
    "BYMONTHDAY=0",
    "BYMONTH=2",
    "BYMONTH=13",
    "BYSETPOS=-1",
    "BYSETPOS=366",
    "BYWEEKNO=53",
    "BYYEARDAY=366",
    "BYHOUR=25",
    "COUNT=0",
    "COUNT=3",
    "COUNT=4294967295",
    "UNTIL=20270630T235959Z",
    "UNTIL=20230101T000000Z",
    "UNTIL=99991231T235959Z",
    "UNTIL=2027",
    "WKST=SU",
];

fn rule() -> BoxedStrategy<String> {
    prop_oneof![
        3 => (select(&RULE_PARTS[..6]), prop::collection::vec(choice_or_text(RULE_PARTS), 0..4))
            .prop_map(|(freq, rest)| std::iter::once(freq.to_owned()).chain(rest).collect::<Vec<_>>().join(";")),
        1 => text().prop_map(|t| format!("FREQ={t}")),
        1 => text(),
    ]
    .boxed()
}

fn stored_time() -> BoxedStrategy<String> {
    prop_oneof![
        4 => time().prop_map(|t| t.strftime("%H:%M").to_string()),
        1 => text(),
    ]
    .boxed()
}

proptest! {
    /// The one reader of typed times: never a panic, and what it reads it writes back the
    /// same way it reads it again.
    #[test]
    fn clock_times_take_any_text(text in text()) {
        if let Some(t) = sammen::format::parse_clock(&text) {
            prop_assert_eq!(sammen::format::parse_clock(&sammen::format::clock(t)), Some(t));
        }
        let _ = sammen::web::calendar::organiser::parse_date(&text);
        let _ = text.parse::<Date>();
    }

    /// An offer's RRULE and times (from the form, an import, or the database) and what the
    /// pages ask of them: the next occurrences, the weekdays, the words.
    #[test]
    fn schedules_take_any_rule(
        rule in rule(),
        start in stored_time(),
        end in stored_time(),
        exceptions in prop::collection::vec(date(), 0..3),
        after in timestamp(),
        n in 0u16..30,
    ) {
        if let Ok(schedule) = Schedule::parse(&rule, &start, &end) {
            let schedule = schedule.except(&exceptions);
            let _ = schedule.next(after, n);
            let _ = schedule.weekdays(after);
            let _ = schedule.day_part();
            let _ = schedule.describe(Lang::Da);
            let _ = schedule.describe(Lang::En);
        }
    }

    /// A calendar event's series, as the organiser's form and moves can make it (and wider),
    /// read by the dates people ask for (`?dato=`).
    #[test]
    fn calendar_series_take_any_dates(
        which in any::<Index>(),
        start_date in date(),
        start_time in time(),
        every in prop_oneof![4 => 0i64..=2, 1 => 0i64..=60],
        count in prop_oneof![4 => 0i64..=104, 1 => 0i64..=100_000],
        duration in prop_oneof![4 => 1i64..1440, 1 => -100_000i64..=100_000],
        closes in prop_oneof![4 => 0i64..=336, 1 => -100_000i64..=100_000],
        moved in prop::collection::vec((date(), prop::option::of((date(), time())), prop::option::of(-10_000i64..10_000), any::<bool>()), 0..3),
        dato in prop_oneof![2 => date().prop_map(|d| d.to_string()), 1 => text()],
        from in date(),
        to in date(),
        now in (date(), time()),
    ) {
        let Some(event) = which.get_opt(&fixture().events) else { return Ok(()) };
        let mut event = event.clone();
        event.start = start_date.to_datetime(start_time);
        event.every_weeks = every;
        event.occurrence_count = count;
        event.duration_minutes = duration;
        event.signup_closes_hours = closes;
        event.exceptions = moved
            .into_iter()
            .map(|(date, start, minutes, cancelled)| sammen::calendar::Exception {
                date,
                cancelled,
                start: start.map(|(d, t)| d.to_datetime(t)),
                duration_minutes: minutes,
            })
            .collect();
        let now: DateTime = now.0.to_datetime(now.1);
        let _ = event.occurrences_between(from, to);
        let _ = event.rrule();
        if let Some(next) = event.next_occurrence(now) {
            let _ = event.signup_open(&next, now);
            let _ = next.starts_at();
        }
        let query = DateQuery { dato, ok: String::new() };
        if let Ok(occurrence) = query.occurrence(&event, now) {
            let _ = event.signup_open(&occurrence, now);
        }
    }
}

trait GetOpt {
    fn get_opt<'a, T>(&self, items: &'a [T]) -> Option<&'a T>;
}
impl GetOpt for Index {
    fn get_opt<'a, T>(&self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| self.get(items))
    }
}

// ---------------------------------------------------------------------------------------
// The bus: the road table, the push subscription
// ---------------------------------------------------------------------------------------

fn stops() -> Vec<Stop> {
    (1..=3)
        .map(|i| Stop {
            id: i,
            key: format!("s{i}"),
            name: format!("Stop {i}"),
            town: None,
            at: Coordinate {
                lat: 55.8,
                lon: 11.4 + 0.05 * i as f64,
            },
            accessibility: Vec::new(),
            indoor_fallback: String::new(),
            typical_visitors: String::new(),
        })
        .collect()
}

fn road_table() -> Value {
    serde_json::json!({
        "keys": ["depot", "s1", "s2", "s3"],
        "distances": [[0, 1000, 5000, 9000], [1000, 0, 4000, 8000], [5000, 4000, 0, 4000], [9000, 8000, 4000, 0]],
        "durations": [[0, 120, 600, 900], [120, 0, 480, 800], [600, 480, 0, 480], [900, 800, 480, 0]],
    })
}

proptest! {
    /// The road table staff load: random and mutated files, then everything that reads
    /// one — legs, the planner's matrix, the plan's check and the week's kilometres.
    #[test]
    fn road_table_takes_any_file(
        doc in prop_oneof![1 => json(), 3 => prop::collection::vec(mutation(), 0..5).prop_map(|ms| {
            let mut doc = road_table();
            for m in &ms { mutate(&mut doc, m); }
            doc
        })],
        visits in prop::collection::vec((1i64..=3, 0u8..7, time(), prop_oneof![3 => 0i64..600, 1 => -10_000i64..100_000]), 0..6),
        keys in prop::collection::vec(choice_or_text(&["depot", "s1", "s2", "s3"]), 0..5),
    ) {
        let text = doc.to_string();
        let Ok(file) = MatrixFile::parse(&text) else { return Ok(()) };
        for from in &file.keys {
            for to in &file.keys {
                let _ = file.leg(from, to);
            }
        }
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        if let Ok(matrix) = file.matrix_for(&keys) {
            let _ = Matrix::from_table(&matrix.km, &matrix.km);
        }
        let stops = stops();
        let wishes: Vec<Wish> = stops
            .iter()
            .map(|s| Wish {
                stop_id: s.id,
                per_week: 1,
                days: vec![0, 1, 2, 3, 4],
                window: None,
                stay_minutes: 30,
                activities: Vec::new(),
            })
            .collect();
        let visits: Vec<Visit> = visits
            .into_iter()
            .enumerate()
            .map(|(i, (stop_id, weekday, arrive, stay))| Visit {
                id: i as i64,
                stop_id,
                weekday,
                arrive,
                stay_minutes: stay,
                activities: Vec::new(),
            })
            .collect();
        let settings = Settings::starting_at("Depot".into(), Coordinate { lat: 55.8, lon: 11.4 });
        let _ = planning::check(&visits, &stops, &wishes, &settings, Some(&file));
        let _ = planning::week_km(&visits, &stops, &settings, Some(&file));
    }

    /// A browser's push subscription: its endpoint and keys as the form posts them.
    #[test]
    fn push_subscription_takes_any_fields(
        endpoint in prop_oneof![
            2 => text(),
            2 => ("(https|http|ftp|)", "(://)?", "[a-z0-9.\\[\\]:@-]{0,20}", "[/a-z0-9?#%]{0,10}")
                .prop_map(|(a, b, c, d)| format!("{a}{b}{c}{d}")),
        ],
        loopback in any::<bool>(),
        p256dh in prop_oneof![2 => text(), 1 => prop::collection::vec(any::<u8>(), 65).prop_map(|mut b| { b[0] = 4; b64(&b) })],
        auth in prop_oneof![2 => text(), 1 => prop::collection::vec(any::<u8>(), 16).prop_map(|b| b64(&b))],
        payload in prop::collection::vec(any::<u8>(), 0..4000),
    ) {
        static VAPID: OnceLock<sammen::push::Vapid> = OnceLock::new();
        let vapid = VAPID.get_or_init(|| {
            sammen::push::Vapid::from_base64(&sammen::push::Vapid::generate()).unwrap()
        });
        let _ = sammen::push::endpoint_allowed(&endpoint, loopback);
        let _ = vapid.authorization(&endpoint, "bus@example.dk", 1_800_000_000);
        let _ = sammen::push::Vapid::from_base64(&p256dh);
        if let Some((public, auth)) = sammen::push::check_keys(&p256dh, &auth) {
            prop_assert!(sammen::push::encrypt(&payload, &public, &auth).is_ok());
        }
    }

    /// The ambassador's photo: its type comes from its first bytes.
    #[test]
    fn photo_type_takes_any_bytes(
        prefix in select(vec![&b""[..], b"\xFF\xD8\xFF", b"\x89PNG\r\n\x1a\n", b"RIFF\0\0\0\0WEBP", b"RIFF", b"\xFF"]),
        rest in prop::collection::vec(any::<u8>(), 0..64),
    ) {
        let bytes = [prefix, &rest[..]].concat();
        let _ = sammen::ambassadors::image_type(&bytes);
        let _ = sammen::ambassadors::image_type(&rest);
    }

    /// The upload itself: any bytes behind an image's first bytes are decoded and written
    /// again (`clean_photo`, which strips EXIF) or refused — never a panic.
    #[test]
    fn photo_upload_takes_any_bytes(
        prefix in select(vec![&b"\xFF\xD8\xFF\xE0"[..], b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", b"RIFF\0\0\0\0WEBPVP8 "]),
        rest in prop::collection::vec(any::<u8>(), 0..512),
    ) {
        let bytes = [prefix, &rest[..]].concat();
        let _ = sammen::ambassadors::clean_photo(&bytes);
    }
}

fn b64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

// ---------------------------------------------------------------------------------------
// Every form over HTTP: whatever the fields hold, never a server error
// ---------------------------------------------------------------------------------------

/// A form: where it is posted, the page that shows it (for the token and the field names),
/// whether it needs the signed-in staff member, and fields a script adds.
struct Form {
    post: &'static str,
    page: &'static str,
    staff: bool,
    extra: &'static [&'static str],
}

const FORMS: &[Form] = &[
    Form {
        post: "/foreslaa-tilbud",
        page: "/foreslaa-tilbud",
        staff: false,
        extra: &[],
    },
    Form {
        post: "/ambassadorer/tal-med",
        page: "/ambassadorer/tal-med",
        staff: false,
        extra: &[],
    },
    Form {
        post: "/arrangement/{event}/tilmeld",
        page: "/arrangement/{event}",
        staff: false,
        extra: &[],
    },
    Form {
        post: "/bussen/stop/{stop}/klokke",
        page: "/bussen/stop/{stop}",
        staff: false,
        extra: &[],
    },
    Form {
        post: "/bussen/stop/{stop}/push",
        page: "/bussen/stop/{stop}",
        staff: false,
        extra: &["endpoint", "p256dh", "auth", "varsel", "dagen_foer"],
    },
    Form {
        post: "/find-dit-faellesskab/send",
        page: "/find-dit-faellesskab?trin=7",
        staff: false,
        extra: &["email", "lide", "by", "alder"],
    },
    Form {
        post: "/hvordan-har-du-det",
        page: "/hvordan-har-du-det",
        staff: false,
        extra: &[],
    },
    Form {
        post: "/konto/glemt",
        page: "/konto/glemt",
        staff: false,
        extra: &[],
    },
    Form {
        post: "/konto/ny",
        page: "/konto/ny",
        staff: false,
        extra: &[],
    },
    Form {
        post: "/login",
        page: "/login",
        staff: false,
        extra: &[],
    },
    Form {
        post: "/tilbud/{offer}",
        page: "/tilbud/{offer}",
        staff: false,
        extra: &[],
    },
    Form {
        post: "/admin/organisation/{organisation}/tilbud/ny",
        page: "/admin/organisation/{organisation}/tilbud/ny",
        staff: true,
        extra: &[],
    },
    Form {
        post: "/admin/tilbud/{offer}/rediger",
        page: "/admin/tilbud/{offer}/rediger",
        staff: true,
        extra: &[],
    },
    Form {
        post: "/admin/organisation/{organisation}",
        page: "/admin/organisation/{organisation}",
        staff: true,
        extra: &[],
    },
    Form {
        post: "/admin/organisation/{organisation}/arrangement/ny",
        page: "/admin/organisation/{organisation}/arrangement/ny",
        staff: true,
        extra: &[],
    },
    Form {
        post: "/admin/arrangement/{event}/rediger",
        page: "/admin/arrangement/{event}/rediger",
        staff: true,
        extra: &[],
    },
    Form {
        post: "/admin/arrangement/{event}/flyt",
        page: "/admin/arrangement/{event}",
        staff: true,
        extra: &["dato", "ny_dato", "ny_fra", "ny_til"],
    },
    Form {
        post: "/admin/arrangement/{event}/besked",
        page: "/admin/arrangement/{event}",
        staff: true,
        extra: &["dato"],
    },
    Form {
        post: "/admin/bussen/stop/ny",
        page: "/admin/bussen/stop/ny",
        staff: true,
        extra: &[],
    },
    Form {
        post: "/admin/bussen/stop/{stop}",
        page: "/admin/bussen/stop/{stop}",
        staff: true,
        extra: &[],
    },
    Form {
        post: "/admin/bussen/indstillinger",
        page: "/admin/bussen/indstillinger",
        staff: true,
        extra: &[],
    },
    Form {
        post: "/admin/bussen/pauser",
        page: "/admin/bussen/pauser",
        staff: true,
        extra: &[],
    },
    Form {
        post: "/admin/bussen/ekstra",
        page: "/admin/bussen",
        staff: true,
        extra: &["dato", "ankomst", "ophold", "aktiviteter"],
    },
    Form {
        post: "/admin/bussen/besoeg/{visit}",
        page: "/admin/bussen",
        staff: true,
        extra: &["dag", "ankomst", "ophold", "aktiviteter"],
    },
    Form {
        post: "/bussen/tur/position",
        page: "/bussen/tur",
        staff: true,
        extra: &["lat", "lon", "accuracy"],
    },
    Form {
        post: "/bussen/tur/markering",
        page: "/bussen/tur",
        staff: true,
        extra: &["kind", "stop", "arrive"],
    },
    Form {
        post: "/koersel",
        page: "/koersel",
        staff: false,
        extra: &[],
    },
    Form {
        post: "/koersel",
        page: "/koersel",
        staff: true,
        extra: &[],
    },
    Form {
        post: "/admin/koersel/chauffoerer",
        page: "/admin/koersel/chauffoerer",
        staff: true,
        extra: &[],
    },
    Form {
        post: "/samkoersel?arrangement={event}",
        page: "/samkoersel?arrangement={event}",
        staff: true,
        extra: &[],
    },
    Form {
        post: "/admin/ambassador/ny",
        page: "/admin/ambassador/ny",
        staff: true,
        extra: &[],
    },
    Form {
        post: "/admin/uddannelse/ny",
        page: "/admin/uddannelse/ny",
        staff: true,
        extra: &[],
    },
    Form {
        post: "/admin/konti/inviter",
        page: "/admin/konti/inviter",
        staff: true,
        extra: &[],
    },
    Form {
        post: "/konto",
        page: "/konto",
        staff: true,
        extra: &[],
    },
    Form {
        post: "/konto/ambassador",
        page: "/konto/ambassador",
        staff: true,
        extra: &[],
    },
];

fn fill(path: &str) -> String {
    let mut path = path.to_owned();
    for (name, id) in &fixture().ids {
        path = path.replace(&format!("{{{name}}}"), &id.to_string());
    }
    path
}

/// The names and the offered values (of options, radios, checkboxes) of a page's fields.
fn fields_of(html: &str) -> (Vec<String>, Vec<String>) {
    let attribute = |tag: &str, name: &str| -> Option<String> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[at..].split('"').next()?.to_owned())
    };
    let (mut names, mut values) = (Vec::new(), Vec::new());
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("");
        if let Some(name) = attribute(tag, "name")
            && name != "_token"
            && !names.contains(&name)
        {
            names.push(name);
        }
        if (tag.starts_with("option") || tag.starts_with("input"))
            && let Some(value) = attribute(tag, "value")
        {
            values.push(value.replace("&amp;", "&"));
        }
    }
    (names, values)
}

fn http_cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse::<u32>().ok())
        .map_or(24, |n| (n / 50).max(1))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: http_cases(), ..ProptestConfig::default() })]

    /// Every form that writes, posted with a valid token and random values for its fields
    /// (mostly the values its own page offers, else anything): a 2xx, 3xx or 4xx, never 5xx.
    #[test]
    fn forms_never_answer_5xx(
        form in any::<Index>(),
        picks in prop::collection::vec((any::<Index>(), any::<Index>(), prop::option::of(text()), any::<bool>()), 1..40),
    ) {
        let f = fixture();
        let form = form.get(FORMS);
        let cookie = form.staff.then_some(f.admin.as_str());
        let (post, page) = (fill(form.post), fill(form.page));
        // A fresh connection per request: after an early answer (a redirect, a refusal)
        // the server may close a connection whose body it did not read, and a pooled one
        // then fails with a broken pipe, which is no answer from the server at all.
        static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
        let client = CLIENT.get_or_init(|| {
            reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .pool_max_idle_per_host(0)
                .build()
                .unwrap()
        });
        let with_cookie = |request: reqwest::RequestBuilder| match cookie {
            Some(cookie) => request.header("cookie", cookie),
            None => request,
        };
        let status = f.rt.block_on(async {
            let html = with_cookie(client.get(f.app.url(&page)))
                .send()
                .await
                .expect("the page answers")
                .text()
                .await
                .unwrap();
            // A token is the session's, not the page's: any form's will do.
            let token = match common::form_token(&html) {
                Some(token) => token,
                None => {
                    let other = if form.staff { "/konto" } else { "/login" };
                    let response = with_cookie(client.get(f.app.url(other))).send().await;
                    common::form_token(&response.expect("a page").text().await.unwrap())
                        .expect("a form token")
                }
            };
            let (mut names, mut values) = fields_of(&html);
            names.extend(form.extra.iter().map(|n| (*n).to_owned()));
            names.push("x".to_owned());
            values.extend(f.towns.iter().cloned());
            let fields: Vec<(String, String)> = picks
                .iter()
                .filter(|(_, _, _, keep)| *keep || names.len() < 3)
                .map(|(name, value, text, _)| {
                    let value = match text {
                        Some(text) => text.chars().take(1000).collect(),
                        None if values.is_empty() => String::new(),
                        None => value.get(&values).clone(),
                    };
                    (name.get(&names).clone(), value)
                })
                .collect();
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let mut all = vec![("_token", token.as_str())];
            all.extend(fields);
            with_cookie(client.post(f.app.url(&post)).form(&all))
                .send()
                .await
                .expect("the form answers")
                .status()
        });
        prop_assert!(!status.is_server_error(), "{} answered {status}", post);
    }
}

// ---------------------------------------------------------------------------------------
// What the properties found, kept as ordinary tests
// ---------------------------------------------------------------------------------------

/// `field_readers_take_any_text`: a pause's day "02-30" passed `Pause::day` and panicked
/// where the pause is shown (`format::day_of_year`).
#[test]
fn regression_a_pause_day_must_exist() {
    assert_eq!(Pause::day("02-30"), None);
    assert_eq!(Pause::day("04-31"), None);
    assert_eq!(Pause::day("02-29"), Some((2, 29)));
    let day = Pause::day("12-31").unwrap();
    assert_eq!(sammen::format::day_of_year(Lang::Da, day), "31. december");
}

/// `schedules_take_any_rule`: "FREQ=SECONDLY" (possible in an HSDS import's sammen-rrule
/// attribute) was accepted and then expanded second by second from 2024: minutes of CPU.
#[test]
fn regression_a_rule_more_often_than_daily_is_refused() {
    for rule in [
        "FREQ=SECONDLY",
        "FREQ=MINUTELY;INTERVAL=5",
        "FREQ=HOURLY;BYDAY=MO",
    ] {
        assert!(Schedule::parse(rule, "10:00", "12:00").is_err(), "{rule}");
    }
    assert!(Schedule::parse("FREQ=DAILY", "10:00", "12:00").is_ok());
}

/// `schedules_take_any_rule`: the rrule crate takes "INTERVAL=0", and the next
/// occurrences then divided by zero (reachable by an HSDS import's sammen-rrule attribute).
#[test]
fn regression_a_rule_with_interval_zero_is_refused() {
    assert!(Schedule::parse("FREQ=DAILY;INTERVAL=0", "00:00", "00:00").is_err());
    assert!(Schedule::parse("FREQ=WEEKLY;INTERVAL=00;BYDAY=MO", "10:00", "12:00").is_err());
    let rule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO";
    let schedule = Schedule::parse(rule, "10:00", "12:00").unwrap();
    assert_eq!(
        schedule
            .next("2026-11-30T09:00:00Z".parse().unwrap(), 2)
            .len(),
        2
    );
}

/// `hsds_import_takes_any_schedule`: a `byday` of one four-byte character was cut two
/// bytes from its end, inside the character.
#[test]
fn regression_a_byday_of_wide_characters_is_an_error() {
    let file = r#"[{"id":"0b8a1c5e-6f1d-4a57-9c1e-3f2d8e7b6a51","name":"x","status":"active",
        "schedules":[{"freq":"WEEKLY","byday":"𐀼"}]}]"#;
    let error = hsds::parse_import(file, Date::constant(2026, 11, 30)).unwrap_err();
    assert!(error.to_string().contains("is not a weekday"), "{error}");
    let file = file.replace("𐀼", "XÆY");
    assert!(hsds::parse_import(&file, Date::constant(2026, 11, 30)).is_err());
}

/// `schedules_take_any_rule` (long run): the rrule crate panics on "BYDAY=TU１２" (it
/// slices inside the full-width digit); a rule that is not ASCII is refused before it.
#[test]
fn regression_a_rule_that_is_not_ascii_is_refused() {
    let error = Schedule::parse("FREQ=WEEKLY;BYDAY=TU１２", "00:00", "00:00").unwrap_err();
    assert!(error.contains("not an RRULE"), "{error}");
}

/// `calendar_series_take_any_dates` (long run): a series from year -9999 with many
/// occurrences asked `Span::days` for more days than it holds, which panics.
#[test]
fn regression_a_series_past_the_end_of_time_stops() {
    let mut event = fixture().events[0].clone();
    event.start = Date::constant(-9999, 1, 1).to_datetime(Time::midnight());
    event.every_weeks = 14;
    event.occurrence_count = 74_537;
    let all = event.occurrences_between(Date::constant(2020, 1, 1), Date::constant(9999, 12, 1));
    assert!(all.iter().all(|o| o.date >= Date::constant(2020, 1, 1)));
}

proptest! {
    /// The health profile's figures CSV (`sammen import figures`, `/admin/tal`): any text,
    /// and the right header over rows of any fields, is read or refused, never a panic;
    /// every figure read has a share within 0–100 and a source.
    #[test]
    fn figures_csv_takes_any_text(text in text()) {
        let _ = sammen::figures::parse_csv(&text, sammen::figures::Area::Municipality);
    }

    #[test]
    fn figures_csv_takes_any_fields(rows in prop::collection::vec(prop::collection::vec(text(), 0..10), 0..4)) {
        let mut file = sammen::figures::COLUMNS.join(",");
        for row in &rows {
            file.push('\n');
            file.push_str(&row.join(","));
        }
        if let Ok(figures) = sammen::figures::parse_csv(&file, sammen::figures::Area::Nation) {
            for f in figures {
                prop_assert!((0.0..=100.0).contains(&f.share));
                prop_assert!(!f.source.is_empty());
            }
        }
    }
}
