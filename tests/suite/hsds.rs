//! HSDS 3.0 import and export (Open Referral). Storage tests run on SQLite and PostgreSQL
//! (`both_backends!`); the command-line test runs the binary on SQLite.

use crate::common;

use std::collections::HashSet;
use std::process::{Command, Output};

use common::TestDb;
use sammen::demo;
use sammen::domain::{Municipality, OfferStatus};
use sammen::hsds::{self, HsdsError};
use sammen::store::{Store, StoreError};
use serde_json::Value;

both_backends!(
    the_demo_exports_as_valid_hsds,
    export_import_export_is_identical,
    a_minimal_foreign_file_imports_as_unclassified_offers,
    the_official_hsds_example_imports,
    a_bad_file_imports_nothing_and_names_record_and_field,
);

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 3, 1)
}

async fn with_demo(db: &TestDb, content: bool) -> (Store, Municipality) {
    let store = db.store().await;
    demo::load(&store, content).await.unwrap();
    let municipality = store.municipality(None).await.unwrap();
    (store, municipality)
}

async fn export_text(store: &Store, municipality: &Municipality) -> String {
    let source = store.hsds_source(municipality).await.unwrap();
    serde_json::to_string_pretty(&hsds::export(&source)).unwrap()
}

async fn the_demo_exports_as_valid_hsds(db: TestDb) {
    let (store, municipality) = with_demo(&db, true).await;
    let exported = hsds::export(&store.hsds_source(&municipality).await.unwrap());
    let services = exported.as_array().unwrap();
    let all = store.all_offers(municipality.id).await.unwrap();
    assert_eq!(services.len(), all.len(), "ended offers are exported too");
    let schema = service_schema();
    let mut errors = Vec::new();
    for (i, service) in services.iter().enumerate() {
        check(&schema, service, &format!("$[{i}]"), &mut errors);
        check_by_hand(service, &format!("$[{i}]"), &mut errors);
    }
    assert!(
        errors.is_empty(),
        "{} problems, first: {:#?}",
        errors.len(),
        &errors[..errors.len().min(10)]
    );
    let ids: HashSet<&str> = services.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), services.len(), "service ids are unique");
    let mut sorted: Vec<&str> = services.iter().map(|s| s["id"].as_str().unwrap()).collect();
    sorted.sort();
    assert!(
        services
            .iter()
            .map(|s| s["id"].as_str().unwrap())
            .eq(sorted)
    );

    // The mapping itself, on offers we know.
    let paused = all
        .iter()
        .find(|o| o.status == OfferStatus::Paused)
        .unwrap();
    let service = by_name(services, &paused.name);
    assert_eq!(service["status"], "inactive");
    assert!(has_term(service, "sammen-status", "paused"));
    let monthly = all
        .iter()
        .find(|o| o.schedule_rrule == "FREQ=MONTHLY;BYDAY=1MO")
        .unwrap();
    let schedule = &by_name(services, &monthly.name)["schedules"][0];
    assert_eq!(
        (&schedule["freq"], &schedule["byday"]),
        (&Value::from("MONTHLY"), &Value::from("1MO"))
    );
    assert_eq!(
        schedule["opens_at"],
        Value::from(monthly.start_time.as_str())
    );
    let fortnightly = all
        .iter()
        .find(|o| o.schedule_rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO")
        .unwrap();
    let schedule = &by_name(services, &fortnightly.name)["schedules"][0];
    assert_eq!(schedule["interval"], 2);
    assert_eq!(schedule["dtstart"], "2024-01-01");
    let free = all
        .iter()
        .find(|o| o.cost == sammen::domain::CostKind::Free)
        .unwrap();
    assert_eq!(
        by_name(services, &free.name)["cost_options"][0]["amount"],
        0
    );
    // Deterministic: the same database gives the same bytes.
    assert_eq!(
        export_text(&store, &municipality).await,
        export_text(&store, &municipality).await
    );
}

async fn export_import_export_is_identical(db: TestDb) {
    let (store, municipality) = with_demo(&db, true).await;
    let first = export_text(&store, &municipality).await;

    let fresh = TestDb::new(db.backend()).await.unwrap();
    let (target, target_municipality) = with_demo(&fresh, false).await;
    let records = hsds::parse_import(&first, today()).unwrap();
    let summary = target
        .import_hsds(&target_municipality, &records)
        .await
        .unwrap();
    assert_eq!(summary.offers, records.len());
    assert_eq!(
        summary.organisations as i64,
        store.organisation_count(municipality.id).await.unwrap()
    );
    assert_eq!(summary.unclassified, 0);
    let second = export_text(&target, &target_municipality).await;
    assert!(first == second, "{}", first_difference(&first, &second));
    // Days an offer does not take place travel too (the demo has some).
    let with_exceptions = target
        .offers(target_municipality.id)
        .await
        .unwrap()
        .into_iter()
        .filter(|o| !o.schedule_exceptions.is_empty())
        .count();
    assert!(
        with_exceptions >= 2,
        "schedule exceptions survive the round trip"
    );
    target.close().await;
}

fn first_difference(a: &str, b: &str) -> String {
    let line = a.lines().zip(b.lines()).position(|(x, y)| x != y);
    match line {
        Some(n) => format!(
            "exports differ at line {}: {:?} vs {:?}",
            n + 1,
            a.lines().nth(n),
            b.lines().nth(n)
        ),
        None => format!("exports differ in length: {} vs {}", a.len(), b.len()),
    }
}

const FOREIGN: &str = r#"[
  {"id": "7e0c1b8e-2a35-4d55-9f0e-5b1c2d3e4f50", "name": "Strikkeklub", "status": "active"},
  {"id": "2f4e6a8c-1b3d-4f5a-8c7e-9d0b1a2c3e4f", "name": "Gåtur ved havnen", "status": "active",
   "description": "Vi går en tur langs havnen og drikker kaffe bagefter.",
   "organization": {"id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "name": "Havnens Venner",
                    "description": "En forening", "email": "post@havnensvenner.example.org"},
   "schedules": [{"id": "b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "freq": "WEEKLY", "byday": "TU",
                  "opens_at": "10:00:00", "closes_at": "11:30:00"}],
   "service_at_locations": [{"id": "c1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
     "location": {"id": "d1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "location_type": "physical",
                  "name": "Havnekontoret", "latitude": 55.9765, "longitude": 11.3001}}]},
  {"id": "3a5b7c9d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "name": "Læsekreds", "status": "active",
   "organization_id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"}
]"#;

async fn a_minimal_foreign_file_imports_as_unclassified_offers(db: TestDb) {
    let (store, municipality) = with_demo(&db, false).await;
    let records = hsds::parse_import(FOREIGN, today()).unwrap();
    let summary = store.import_hsds(&municipality, &records).await.unwrap();
    assert_eq!(
        summary.to_string(),
        "Imported 3 offers from 2 organisations (3 not classified yet)"
    );
    let offers = store.offers(municipality.id).await.unwrap();
    assert_eq!(offers.len(), 3);
    assert!(offers.iter().all(|o| o.status == OfferStatus::Active));
    let unclassified = store.unclassified_offers(municipality.id).await.unwrap();
    let names: Vec<&str> = unclassified.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names, ["Strikkeklub", "Gåtur ved havnen", "Læsekreds"]);

    let minimal = offers.iter().find(|o| o.name == "Strikkeklub").unwrap();
    assert_eq!(minimal.schedule_rrule, "", "no schedule: the empty rule");
    assert_eq!((minimal.age_min, minimal.age_max), (0, 120));
    assert_eq!(minimal.last_confirmed_on, today());
    let walk = offers
        .iter()
        .find(|o| o.name == "Gåtur ved havnen")
        .unwrap();
    assert_eq!(walk.schedule_rrule, "FREQ=WEEKLY;BYDAY=TU");
    assert_eq!(
        (walk.start_time.as_str(), walk.end_time.as_str()),
        ("10:00", "11:30")
    );
    assert_eq!(walk.place.as_ref().unwrap().name, "Havnekontoret");
    assert!(walk.town.is_some(), "a new place lies in the nearest town");
    let reading = offers.iter().find(|o| o.name == "Læsekreds").unwrap();
    assert_eq!(
        reading.organisation.name, "Havnens Venner",
        "organization_id alone finds it"
    );

    // The rest of the system takes such offers as they are.
    let derived = sammen::derived::Derived::build(store.clone(), None, "http://127.0.0.1")
        .await
        .unwrap();
    assert_eq!(derived.snapshot().directory.indexed(), 3);
    // And they export as valid HSDS again.
    let exported = hsds::export(&store.hsds_source(&municipality).await.unwrap());
    let mut errors = Vec::new();
    for service in exported.as_array().unwrap() {
        check(&service_schema(), service, "$", &mut errors);
    }
    assert!(errors.is_empty(), "{errors:#?}");
}

/// The specification's own full service example: every field filled, some with values our
/// model cannot keep (a price in GBP, a schedule that ended in 2005).
async fn the_official_hsds_example_imports(db: TestDb) {
    let (store, municipality) = with_demo(&db, false).await;
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/hsds/example_service_full.json"
    );
    let example = std::fs::read_to_string(path).unwrap();
    let records = hsds::parse_import(&format!("[{example}]"), today()).unwrap();
    let summary = store.import_hsds(&municipality, &records).await.unwrap();
    assert_eq!(
        summary.to_string(),
        "Imported 1 offer from 1 organisation (1 not classified yet)"
    );
    let offer = &store.offers(municipality.id).await.unwrap()[0];
    assert_eq!(offer.name, "Community Counselling");
    assert_eq!(offer.organisation.name, "Example Organization Inc.");
    assert_eq!((offer.age_min, offer.age_max), (12, 100));
    assert_eq!(
        offer.cost,
        sammen::domain::CostKind::Ask,
        "GBP is not ours to show as DKK"
    );
    assert!(offer.cost_note.contains("£50"));
    assert_eq!(offer.schedule_rrule, "", "its schedule ended in 2005");
    assert_eq!(offer.start_time, "10:00");
    assert_eq!(offer.languages, ["ur"]);
    assert_eq!(offer.place.as_ref().unwrap().name, "MyCity Civic Center");
    assert_eq!(offer.last_confirmed_on, jiff::civil::date(2005, 1, 1));
}

async fn a_bad_file_imports_nothing_and_names_record_and_field(db: TestDb) {
    let (store, municipality) = with_demo(&db, false).await;
    let mut file: Vec<Value> = serde_json::from_str(FOREIGN).unwrap();
    file[1]["schedules"][0]["byday"] = "TU,XX".into();
    let err = hsds::parse_import(&serde_json::to_string(&file).unwrap(), today()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "record 1 (id 2f4e6a8c-1b3d-4f5a-8c7e-9d0b1a2c3e4f): schedules[0].byday: 'XX' is not a weekday"
    );
    let mut file: Vec<Value> = serde_json::from_str(FOREIGN).unwrap();
    file[2].as_object_mut().unwrap().remove("name");
    let err = hsds::parse_import(&serde_json::to_string(&file).unwrap(), today()).unwrap_err();
    assert!(matches!(err, HsdsError::Record { .. }));
    assert_eq!(
        err.to_string(),
        "record 2 (id 3a5b7c9d-1e2f-4a3b-8c4d-5e6f7a8b9c0d): name: missing (required)"
    );

    // A file that parses but fails in the database leaves nothing behind either.
    // Record 0 goes in first; then a file whose last record repeats it fails there, after
    // the others were written in the same transaction.
    let records = hsds::parse_import(FOREIGN, today()).unwrap();
    store
        .import_hsds(&municipality, &records[..1])
        .await
        .unwrap();
    let places = store.places(municipality.id).await.unwrap().len();
    let last_fails = [records[1].clone(), records[2].clone(), records[0].clone()];
    let again = store
        .import_hsds(&municipality, &last_fails)
        .await
        .unwrap_err();
    assert!(
        matches!(&again, StoreError::Conflict(m) if m.contains("record 0 (id 7e0c1b8e")),
        "{again}"
    );
    assert_eq!(store.all_offers(municipality.id).await.unwrap().len(), 1);
    assert_eq!(
        store.organisation_count(municipality.id).await.unwrap(),
        1,
        "only the stand-in organiser of record 0"
    );
    assert_eq!(store.places(municipality.id).await.unwrap().len(), places);
}

fn by_name<'a>(services: &'a [Value], name: &str) -> &'a Value {
    services.iter().find(|s| s["name"] == name).unwrap()
}

fn has_term(service: &Value, taxonomy: &str, code: &str) -> bool {
    service["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["taxonomy_term"]["taxonomy"] == taxonomy && a["taxonomy_term"]["code"] == code)
}

// --- The schema check -------------------------------------------------------------------

/// The compiled HSDS 3.0 service schema, vendored with its licence in tests/data/hsds/.
fn service_schema() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/hsds/service.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Checks `value` against the keywords the compiled schema uses (type, required, enum,
/// format, properties, items) and, like the validator's --strict, refuses fields the schema
/// does not name.
fn check(schema: &Value, value: &Value, path: &str, errors: &mut Vec<String>) {
    if let Some(kind) = schema.get("type").and_then(Value::as_str)
        && !has_type(value, kind)
    {
        errors.push(format!("{path}: expected {kind}, got {value}"));
        return;
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !allowed.contains(value)
    {
        errors.push(format!("{path}: {value} is not one of {allowed:?}"));
    }
    if let (Some(format), Some(text)) =
        (schema.get("format").and_then(Value::as_str), value.as_str())
        && !has_format(text, format)
    {
        errors.push(format!("{path}: '{text}' is not a valid {format}"));
    }
    if let Some(object) = value.as_object() {
        for required in schema["required"].as_array().into_iter().flatten() {
            if !object.contains_key(required.as_str().unwrap()) {
                errors.push(format!("{path}: missing required {required}"));
            }
        }
        for (key, field) in object {
            match schema["properties"].get(key) {
                Some(sub) => check(sub, field, &format!("{path}.{key}"), errors),
                None => errors.push(format!("{path}: unknown field {key}")),
            }
        }
    }
    if let (Some(items), Some(array)) = (schema.get("items"), value.as_array()) {
        for (i, item) in array.iter().enumerate() {
            check(items, item, &format!("{path}[{i}]"), errors);
        }
    }
}

#[test]
fn the_schema_check_catches_mistakes() {
    let bad = serde_json::json!({
        "id": "not-a-uuid", "status": "paused", "minimum_age": "12", "colour": "red",
        "schedules": [{"id": "7e0c1b8e-2a35-4d55-9f0e-5b1c2d3e4f50", "freq": "DAILY"}],
    });
    let mut errors = Vec::new();
    check(&service_schema(), &bad, "$", &mut errors);
    let all = errors.join("\n");
    for expected in [
        "$: missing required \"name\"",
        "$.id: 'not-a-uuid' is not a valid uuid",
        "$.status: \"paused\" is not one of",
        "$.minimum_age: expected number",
        "$: unknown field colour",
        "$.schedules[0].freq: \"DAILY\" is not one of",
    ] {
        assert!(all.contains(expected), "{expected} not in:\n{all}");
    }
}

fn has_type(value: &Value, kind: &str) -> bool {
    match kind {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "number" => value.is_number(),
        "integer" => value.is_i64() || value.is_u64(),
        "boolean" => value.is_boolean(),
        _ => false,
    }
}

fn has_format(text: &str, format: &str) -> bool {
    match format {
        "uuid" => text.len() == 36 && uuid::Uuid::parse_str(text).is_ok(),
        "email" => text
            .split_once('@')
            .is_some_and(|(a, b)| !a.is_empty() && b.contains('.')),
        "uri" => text
            .split_once("://")
            .is_some_and(|(scheme, rest)| !scheme.is_empty() && !rest.is_empty()),
        "date-time" => text.parse::<jiff::Timestamp>().is_ok(),
        _ => true,
    }
}

/// What the schema leaves to its descriptions: dates, times and weekday codes.
fn check_by_hand(service: &Value, path: &str, errors: &mut Vec<String>) {
    let date_ok = |v: &Value| {
        v.as_str()
            .is_some_and(|d| d.parse::<jiff::civil::Date>().is_ok())
    };
    if !date_ok(&service["assured_date"]) {
        errors.push(format!("{path}.assured_date: not YYYY-MM-DD"));
    }
    for schedule in service["schedules"].as_array().into_iter().flatten() {
        for key in ["opens_at", "closes_at"] {
            if let Some(time) = schedule.get(key).and_then(Value::as_str)
                && !(time.len() == 5 && time.as_bytes()[2] == b':')
            {
                errors.push(format!("{path}.schedules.{key}: '{time}' is not HH:MM"));
            }
        }
        if let Some(days) = schedule.get("byday").and_then(Value::as_str) {
            let ok = days.split(',').all(|d| {
                let day = &d[d.len().saturating_sub(2)..];
                ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].contains(&day)
            });
            if !ok {
                errors.push(format!("{path}.schedules.byday: '{days}'"));
            }
        }
        if schedule.get("freq").is_some() && !date_ok(&schedule["dtstart"]) {
            errors.push(format!("{path}.schedules.dtstart: not YYYY-MM-DD"));
        }
    }
}

// --- The command line -------------------------------------------------------------------

fn sammen(args: &[&str], url: &str, extra: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sammen"));
    command.args(args);
    for (key, _) in std::env::vars().filter(|(k, _)| k.starts_with("SAMMEN_")) {
        command.env_remove(key);
    }
    command.env("SAMMEN_DATABASE_URL", url);
    command.env("SAMMEN_SECRET_KEY_FILE", common::key_file());
    for (key, value) in extra {
        command.env(key, value);
    }
    command.output().expect("sammen runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn export_and_import_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let source = format!("sqlite://{}", dir.path().join("a.db").display());
    let target = format!("sqlite://{}", dir.path().join("b.db").display());
    let file = dir.path().join("offers.json");
    let file = file.to_str().unwrap();
    assert!(sammen(&["demo", "load"], &source, &[]).status.success());
    let export = sammen(&["export", "hsds", file], &source, &[]);
    assert!(export.status.success(), "{}", text(&export.stderr));
    assert!(
        text(&export.stdout).starts_with("Exported 150 offers"),
        "{}",
        text(&export.stdout)
    );
    let to_stdout = sammen(&["export", "hsds"], &source, &[]);
    assert_eq!(
        text(&to_stdout.stdout),
        std::fs::read_to_string(file).unwrap()
    );

    let demo_off = [("SAMMEN_DEMO", "off")];
    assert!(
        sammen(&["demo", "load"], &target, &demo_off)
            .status
            .success()
    );
    let import = sammen(&["import", "hsds", file], &target, &[]);
    assert!(import.status.success(), "{}", text(&import.stderr));
    assert_eq!(
        text(&import.stdout),
        "Imported 150 offers from 40 organisations (0 not classified yet) into Odsherred Kommune.\n"
    );
    let round_trip = sammen(&["export", "hsds"], &target, &[]);
    assert!(
        text(&round_trip.stdout) == text(&to_stdout.stdout),
        "round trip differs"
    );

    let bad = dir.path().join("bad.json");
    let mut services: Vec<Value> = serde_json::from_str(&text(&to_stdout.stdout)).unwrap();
    services[4]["minimum_age"] = "tolv".into();
    std::fs::write(&bad, serde_json::to_string(&services).unwrap()).unwrap();
    let refused = sammen(&["import", "hsds", bad.to_str().unwrap()], &target, &[]);
    assert_eq!(refused.status.code(), Some(2));
    let err = text(&refused.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    let id = services[4]["id"].as_str().unwrap();
    assert!(
        err.contains(&format!(
            "record 4 (id {id}): minimum_age: expected a number"
        )),
        "{err}"
    );
}
