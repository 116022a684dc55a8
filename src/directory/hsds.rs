//! Open Referral HSDS 3.0 (Human Services Data Specification): our offers as HSDS *service*
//! objects, and HSDS services back into offers. Pure mapping, no I/O: `store::hsds` reads and
//! writes the database, `cli` moves the files.
//!
//! What HSDS has no field for travels as `attributes` whose taxonomy terms come from our own
//! `sammen-*` taxonomies, so that an export imports back into the same offers. Objects with
//! no stored HSDS id get a UUID v5 from the municipality and our id; nested objects
//! (schedules, addresses, attributes, …) get one from their parent's id, so every id is
//! stable from one export to the next.

use std::collections::HashMap;
use std::fmt;

use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::directory::schedule::Schedule;
use crate::directory::search::analysis::fold;
use crate::domain::{Channel, Coordinate, CostKind, HowToJoin, LifeArena, Offer, OfferStatus};
use crate::i18n::Lang;
use crate::store::directory::NewOffer;

/// Namespace of every derived id. Never change it: the ids in earlier exports depend on it.
const NAMESPACE: Uuid = Uuid::from_u128(0x6d1f_3c2a_8b4e_4f0a_9c7d_2e5b_1a3f_8c60);

const LIFE_ARENA: &str = "sammen-life-arena";
const TARGET_GROUP: &str = "sammen-target-group";
const ACTIVITY: &str = "sammen-activity";
const ACCESSIBILITY: &str = "sammen-accessibility";
const STATUS: &str = "sammen-status";
const HOW_TO_JOIN: &str = "sammen-how-to-join";
const WELCOME: &str = "sammen-welcome";
const CHANNEL: &str = "sammen-channel";
const TEXT: &str = "sammen-text";
const SCHEDULE: &str = "sammen-schedule";
const LOCATION: &str = "sammen-location";

/// Every HSDS taxonomy term needs a description; ours say which taxonomy they belong to.
const TAXONOMIES: [(&str, &str); 11] = [
    (
        LIFE_ARENA,
        "Sammen: the life arena (livsarena) of the national strategy against loneliness",
    ),
    (TARGET_GROUP, "Sammen: who the offer is for"),
    (ACTIVITY, "Sammen: what people do together"),
    (ACCESSIBILITY, "Sammen: accessibility of where it happens"),
    (
        STATUS,
        "Sammen: the offer's exact status (active, paused, ended)",
    ),
    (
        HOW_TO_JOIN,
        "Sammen: how to join (show up, sign up, contact first)",
    ),
    (
        WELCOME,
        "Sammen: what makes joining easier; a term present means yes",
    ),
    (CHANNEL, "Sammen: in person, by phone or online"),
    (
        TEXT,
        "Sammen: a text field HSDS has no place for; the text is the attribute's value",
    ),
    (
        SCHEDULE,
        "Sammen: the exact RFC 5545 RRULE, where the schedule fields cannot say all of it",
    ),
    (
        LOCATION,
        "Sammen: the kind of location (offer-address: the offer's own address, not a shared place)",
    ),
];

const NEWCOMERS_WELCOME: &str = "newcomers-welcome";
const BRING_SOMEONE: &str = "bring-someone";
const AMBASSADOR_CAN_JOIN: &str = "ambassador-can-join";
const SHORT_DESCRIPTION: &str = "short-description";
const RRULE: &str = "rrule";
/// Days a recurring offer does not take place; HSDS 3.0 has no field for them.
const EXDATE: &str = "exdate";
const OFFER_ADDRESS: &str = "offer-address";
/// The organiser of an imported offer whose file names none.
const UNKNOWN_ORGANISER: &str = "Ukendt arrangør";
const WEEKDAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

#[derive(Debug, thiserror::Error)]
pub enum HsdsError {
    #[error("the file is not JSON")]
    Json(#[from] serde_json::Error),
    #[error("the file must be a JSON array of HSDS 3.0 service objects")]
    NotAnArray,
    /// `record` reads "record 3 (id …)"; `detail` names the field and what is wrong with it.
    #[error("{record}: {detail}")]
    Record { record: String, detail: String },
}

/// An organisation as HSDS sees it (both directions).
#[derive(Debug, Clone, PartialEq)]
pub struct HsdsOrganisation {
    pub hsds_id: Option<String>,
    pub name: String,
    pub kind: String,
    pub description: String,
    pub email: String,
    pub phone: String,
    pub website: String,
}

/// A shared meeting place as HSDS sees it (both directions).
#[derive(Debug, Clone, PartialEq)]
pub struct HsdsPlace {
    pub hsds_id: Option<String>,
    pub name: String,
    pub address: String,
    pub coordinate: Option<Coordinate>,
}

/// One offer to export, with its stored HSDS id if it has one.
#[derive(Debug, Clone)]
pub struct ExportOffer {
    pub offer: Offer,
    pub hsds_id: Option<String>,
}

/// Everything an export reads, gathered by the store.
#[derive(Debug, Clone)]
pub struct ExportSource {
    pub municipality_slug: String,
    pub offers: Vec<ExportOffer>,
    /// By our organisation id.
    pub organisations: HashMap<i64, HsdsOrganisation>,
    /// By our place id.
    pub places: HashMap<i64, HsdsPlace>,
}

/// Where an imported offer happens.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportLocation {
    /// A shared place: the store matches it by id, then by name, or creates it.
    Place(HsdsPlace),
    /// The offer's own street address (a location Sammen marked `offer-address`).
    Address(String),
}

/// One checked service from a file, ready for the store.
#[derive(Debug, Clone)]
pub struct ImportRecord {
    pub index: usize,
    pub hsds_id: String,
    /// `hsds_id: None` only for the stand-in organiser of a service that names none.
    pub organisation: HsdsOrganisation,
    pub location: Option<ImportLocation>,
    /// The town named in `service_areas`, if any.
    pub town: Option<String>,
    /// The offer; the store fills in `organisation_id`, `place_id`, `town_id` and `address`.
    pub offer: NewOffer,
}

impl ImportRecord {
    /// "record 3 (id …)", for error messages.
    pub fn label(&self) -> String {
        record_label(self.index, Some(&self.hsds_id))
    }
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub offers: usize,
    pub organisations: usize,
    pub unclassified: usize,
}

impl fmt::Display for ImportSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Imported {} from {} ({} not classified yet)",
            plural(self.offers, "offer"),
            plural(self.organisations, "organisation"),
            self.unclassified
        )
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn record_label(index: usize, id: Option<&str>) -> String {
    match id {
        Some(id) => format!("record {index} (id {id})"),
        None => format!("record {index} (no id)"),
    }
}

fn derived(name: &str) -> String {
    Uuid::new_v5(&NAMESPACE, name.as_bytes()).to_string()
}

/// The stored id, else the one derived from "sammen/{municipality}/{entity}/{our id}".
pub fn entity_id(stored: Option<&str>, municipality: &str, entity: &str, id: i64) -> String {
    stored.map_or_else(
        || derived(&format!("sammen/{municipality}/{entity}/{id}")),
        str::to_owned,
    )
}

/// The id of an object nested in the one with id `parent`.
fn child_id(parent: &str, part: &str) -> String {
    derived(&format!("{parent}/{part}"))
}

/// The Danish interface text for `key`, or `fallback` where there is none.
fn label(key: &str, fallback: &str) -> String {
    let text = Lang::Da.t(key);
    if text == key {
        fallback.to_owned()
    } else {
        text
    }
}

// ---------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------

/// Every offer as an HSDS service, sorted by id. Object keys come out sorted because
/// `serde_json::Map` is a `BTreeMap` (no `preserve_order` feature), so the same database
/// always gives the same bytes.
pub fn export(source: &ExportSource) -> Value {
    let mut services: Vec<Value> = source.offers.iter().map(|o| service(source, o)).collect();
    services.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
    Value::Array(services)
}

fn service(src: &ExportSource, item: &ExportOffer) -> Value {
    let o = &item.offer;
    let id = entity_id(
        item.hsds_id.as_deref(),
        &src.municipality_slug,
        "offer",
        o.id,
    );
    let organization = organization(src, o);
    let mut s = Map::new();
    s.insert("id".into(), json!(id));
    s.insert("name".into(), json!(o.name));
    s.insert("description".into(), json!(o.description));
    s.insert("status".into(), json!(hsds_status(o.status)));
    s.insert("organization_id".into(), organization["id"].clone());
    s.insert("organization".into(), organization);
    s.insert("minimum_age".into(), json!(o.age_min));
    s.insert("maximum_age".into(), json!(o.age_max));
    s.insert(
        "assured_date".into(),
        json!(o.last_confirmed_on.to_string()),
    );
    s.insert(
        "application_process".into(),
        json!(how_to_join_text(o.how_to_join)),
    );
    if !o.cost_note.is_empty() {
        s.insert("fees_description".into(), json!(o.cost_note));
    }
    put_list(&mut s, "cost_options", cost_options(&id, o));
    put_list(&mut s, "languages", languages(&id, o));
    put_list(&mut s, "schedules", schedules(&id, o));
    put_list(&mut s, "service_areas", service_areas(&id, o));
    put_list(
        &mut s,
        "service_at_locations",
        service_at_locations(src, &id, o),
    );
    put_list(&mut s, "attributes", service_attributes(&id, o));
    Value::Object(s)
}

/// Leaves out empty lists rather than writing `[]`.
fn put_list(map: &mut Map<String, Value>, key: &str, list: Vec<Value>) {
    if !list.is_empty() {
        map.insert(key.into(), Value::Array(list));
    }
}

/// HSDS has no "paused": paused and ended are both "inactive"; the `sammen-status` attribute
/// keeps which.
fn hsds_status(status: OfferStatus) -> &'static str {
    match status {
        OfferStatus::Active => "active",
        OfferStatus::Paused | OfferStatus::Ended => "inactive",
    }
}

fn how_to_join_text(how: HowToJoin) -> String {
    let key = match how {
        HowToJoin::ShowUp => "offer-join-show-up",
        HowToJoin::SignUp => "offer-join-sign-up",
        HowToJoin::ContactFirst => "offer-join-contact",
    };
    label(key, how.danish())
}

fn organization(src: &ExportSource, o: &Offer) -> Value {
    let fallback = HsdsOrganisation {
        hsds_id: None,
        name: o.organisation.name.clone(),
        kind: String::new(),
        description: String::new(),
        email: o.organisation.email.clone(),
        phone: o.organisation.phone.clone(),
        website: o.organisation.website.clone(),
    };
    let org = src
        .organisations
        .get(&o.organisation.id)
        .unwrap_or(&fallback);
    let id = entity_id(
        org.hsds_id.as_deref(),
        &src.municipality_slug,
        "organisation",
        o.organisation.id,
    );
    let mut map = Map::new();
    map.insert("id".into(), json!(id));
    map.insert("name".into(), json!(org.name));
    map.insert("description".into(), json!(org.description));
    // HSDS checks e-mail and URI formats: an empty one is left out, a bare host gets https://.
    if org.email.contains('@') {
        map.insert("email".into(), json!(org.email));
    }
    if !org.website.is_empty() {
        map.insert("website".into(), json!(with_scheme(&org.website)));
    }
    if !org.kind.is_empty() {
        map.insert("legal_status".into(), json!(org.kind));
    }
    if !org.phone.is_empty() {
        let phone =
            json!({"id": child_id(&id, "phone"), "organization_id": id, "number": org.phone});
        map.insert("phones".into(), json!([phone]));
    }
    Value::Object(map)
}

fn with_scheme(url: &str) -> String {
    if url.contains("://") {
        url.to_owned()
    } else {
        format!("https://{url}")
    }
}

/// Free is one option of amount 0, a price one option with its amount; "ask" has none.
fn cost_options(sid: &str, o: &Offer) -> Vec<Value> {
    let (option, amount) = match o.cost {
        CostKind::Free => ("Gratis", Some(0)),
        CostKind::Amount => ("Pris", o.cost_amount_dkk),
        CostKind::Ask => return Vec::new(),
    };
    let mut cost = json!({
        "id": child_id(sid, "cost"),
        "service_id": sid,
        "option": option,
        "currency": "DKK",
    });
    if let Some(amount) = amount {
        cost["amount"] = json!(amount);
    }
    vec![cost]
}

/// In our order: the first language is the main one.
fn languages(sid: &str, o: &Offer) -> Vec<Value> {
    o.languages
        .iter()
        .map(|code| {
            json!({
                "id": child_id(sid, &format!("language/{code}")),
                "service_id": sid,
                "code": code,
                "name": label(&format!("language-{code}"), code),
            })
        })
        .collect()
}

fn service_areas(sid: &str, o: &Offer) -> Vec<Value> {
    o.town
        .iter()
        .map(|town| {
            json!({"id": child_id(sid, "service-area"), "service_id": sid, "name": town.name})
        })
        .collect()
}

fn schedules(sid: &str, o: &Offer) -> Vec<Value> {
    let rule = o.schedule_rrule.as_str();
    if rule.is_empty() && o.start_time.is_empty() {
        return Vec::new();
    }
    let id = child_id(sid, "schedule");
    let mut s = Map::new();
    s.insert("id".into(), json!(id));
    s.insert("service_id".into(), json!(sid));
    let recurrence = Recurrence::from_rule(rule);
    if let Some(r) = &recurrence {
        r.write(&mut s);
    }
    if !o.start_time.is_empty() {
        s.insert("opens_at".into(), json!(o.start_time));
        s.insert(
            "notes".into(),
            json!("Tiderne er lokal tid i Danmark (Europe/Copenhagen)."),
        );
    }
    if !o.end_time.is_empty() {
        s.insert("closes_at".into(), json!(o.end_time));
    }
    if let Ok(parsed) = Schedule::parse(rule, &o.start_time, &o.end_time) {
        s.insert("description".into(), json!(parsed.describe(Lang::Da)));
    }
    // The fields say all of the rule only when they rebuild it exactly; else the rule itself
    // travels along, so nothing is lost on the way back.
    let mut attributes = Vec::new();
    if !rule.is_empty() && recurrence.map(|r| r.to_rule()).as_deref() != Some(rule) {
        attributes.push(Term::valued(SCHEDULE, RRULE, "RRULE", rule).attribute(&id, "schedule"));
    }
    if !o.schedule_exceptions.is_empty() {
        let days: Vec<String> = o
            .schedule_exceptions
            .iter()
            .map(|d| d.to_string())
            .collect();
        attributes.push(
            Term::valued(SCHEDULE, EXDATE, "EXDATE", &days.join(",")).attribute(&id, "schedule"),
        );
    }
    if !attributes.is_empty() {
        s.insert("attributes".into(), json!(attributes));
    }
    vec![Value::Object(s)]
}

fn service_at_locations(src: &ExportSource, sid: &str, o: &Offer) -> Vec<Value> {
    let location = match &o.place {
        Some(place) => src
            .places
            .get(&place.id)
            .map(|p| place_location(src, place.id, p, o)),
        None if !o.address.is_empty() => Some(address_location(sid, o)),
        None => None,
    };
    location
        .map(|location| {
            json!({
                "id": child_id(sid, "service-at-location"),
                "service_id": sid,
                "location_id": location["id"],
                "location": location,
            })
        })
        .into_iter()
        .collect()
}

fn place_location(src: &ExportSource, place_id: i64, place: &HsdsPlace, o: &Offer) -> Value {
    let id = entity_id(
        place.hsds_id.as_deref(),
        &src.municipality_slug,
        "place",
        place_id,
    );
    let mut l = json!({"id": id, "location_type": "physical", "name": place.name});
    if let Some(c) = place.coordinate {
        l["latitude"] = json!(c.lat);
        l["longitude"] = json!(c.lon);
    }
    if !place.address.is_empty() {
        l["addresses"] = json!([address(&id, &place.address, o)]);
    }
    l
}

/// The offer's own address: marked, so that an import does not make a shared place of it.
fn address_location(sid: &str, o: &Offer) -> Value {
    let id = child_id(sid, "location");
    let mut l = json!({"id": id, "location_type": "physical", "name": o.address});
    if let Some(c) = o.coordinate {
        l["latitude"] = json!(c.lat);
        l["longitude"] = json!(c.lon);
    }
    l["addresses"] = json!([address(&id, &o.address, o)]);
    let term = Term::new(LOCATION, OFFER_ADDRESS, "Tilbuddets egen adresse".into());
    l["attributes"] = json!([term.attribute(&id, "location")]);
    l
}

/// "Nyvej 22, 4573 Højby" as HSDS address fields. The region is not ours to know: left empty.
fn address(location_id: &str, text: &str, o: &Offer) -> Value {
    let (line, postal_code, city) = split_address(text);
    let city = city.unwrap_or_else(|| o.town.as_ref().map_or("", |t| &t.name));
    json!({
        "id": child_id(location_id, "address"),
        "location_id": location_id,
        "address_1": line,
        "city": city,
        "state_province": "",
        "postal_code": postal_code,
        "country": "DK",
        "address_type": "physical",
    })
}

/// Splits off a trailing ", 4573 Højby" (four-digit Danish postcode and city) if there is one.
fn split_address(text: &str) -> (&str, &str, Option<&str>) {
    if let Some((line, tail)) = text.rsplit_once(", ") {
        let (code, city) = tail.split_at(tail.len().min(4));
        if code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit()) && city.starts_with(' ') {
            return (line, code, Some(city.trim()));
        }
    }
    (text, "", None)
}

/// A term of one of our taxonomies, with a value for the `sammen-text`/`sammen-schedule` ones.
struct Term {
    taxonomy: &'static str,
    code: String,
    name: String,
    value: Option<String>,
}

impl Term {
    fn new(taxonomy: &'static str, code: &str, name: String) -> Term {
        Term {
            taxonomy,
            code: code.to_owned(),
            name,
            value: None,
        }
    }

    fn valued(taxonomy: &'static str, code: &str, name: &str, value: &str) -> Term {
        Term {
            value: Some(value.to_owned()),
            ..Term::new(taxonomy, code, name.to_owned())
        }
    }

    fn attribute(&self, link_id: &str, link_entity: &str) -> Value {
        let (taxonomy, code) = (self.taxonomy, &self.code);
        let term_id = derived(&format!("taxonomy/{taxonomy}/{code}"));
        let description = TAXONOMIES
            .iter()
            .find(|(t, _)| *t == taxonomy)
            .map_or("", |(_, d)| d);
        let mut a = json!({
            "id": child_id(link_id, &format!("attribute/{taxonomy}/{code}")),
            "link_id": link_id,
            "link_entity": link_entity,
            "taxonomy_term_id": term_id,
            "taxonomy_term": {
                "id": term_id,
                "code": code,
                "name": self.name,
                "description": description,
                "taxonomy": taxonomy,
            },
        });
        if let Some(value) = &self.value {
            a["value"] = json!(value);
        }
        a
    }
}

fn service_attributes(sid: &str, o: &Offer) -> Vec<Value> {
    let mut terms = classification_terms(o);
    terms.push(Term::new(STATUS, o.status.code(), o.status.danish().into()));
    terms.push(Term::new(
        HOW_TO_JOIN,
        o.how_to_join.code(),
        how_to_join_text(o.how_to_join),
    ));
    let channel = o.channel.code();
    terms.push(Term::new(
        CHANNEL,
        channel,
        label(&format!("channel-{channel}"), channel),
    ));
    for (on, code, key) in [
        (o.newcomers_welcome, NEWCOMERS_WELCOME, "reason-newcomers"),
        (o.bring_someone, BRING_SOMEONE, "offer-bring-someone"),
        (
            o.ambassador_can_join,
            AMBASSADOR_CAN_JOIN,
            "offer-ambassador",
        ),
    ] {
        if on {
            terms.push(Term::new(WELCOME, code, label(key, code)));
        }
    }
    if !o.short_description.is_empty() {
        terms.push(Term::valued(
            TEXT,
            SHORT_DESCRIPTION,
            "Kort beskrivelse",
            &o.short_description,
        ));
    }
    terms.sort_by(|a, b| (a.taxonomy, &a.code).cmp(&(b.taxonomy, &b.code)));
    terms.iter().map(|t| t.attribute(sid, "service")).collect()
}

/// Life arenas, target groups, activities and accessibility.
fn classification_terms(o: &Offer) -> Vec<Term> {
    let mut terms: Vec<Term> = o
        .life_arenas
        .iter()
        .map(|a| {
            let name = label(&format!("arena-{}", a.code()), a.danish());
            Term::new(LIFE_ARENA, a.code(), name)
        })
        .collect();
    for group in &o.target_groups {
        let name = label(&format!("target-{}", fold(group)), group);
        terms.push(Term::new(TARGET_GROUP, group, name));
    }
    for activity in &o.activity_types {
        terms.push(Term::new(ACTIVITY, activity, activity.clone()));
    }
    for feature in &o.accessibility {
        let name = label(&format!("access-{}", fold(feature)), feature);
        terms.push(Term::new(ACCESSIBILITY, feature, name));
    }
    terms
}

/// The parts of an RRULE that HSDS schedules have fields for.
#[derive(Debug, Clone, Default, PartialEq)]
struct Recurrence {
    freq: String,
    interval: Option<u32>,
    byday: Option<String>,
    bymonthday: Option<String>,
    /// 'YYYY-MM-DD'
    until: Option<String>,
}

impl Recurrence {
    /// `None` when HSDS cannot say the rule (YEARLY, BYMONTH, COUNT, …). DAILY becomes
    /// every day of the week, which means the same.
    fn from_rule(rule: &str) -> Option<Recurrence> {
        let mut r = Recurrence::default();
        for part in rule.split(';') {
            let (key, value) = part.split_once('=')?;
            match key {
                "FREQ" if value == "WEEKLY" || value == "MONTHLY" => r.freq = value.into(),
                "FREQ" if value == "DAILY" => {
                    r.freq = "WEEKLY".into();
                    r.byday = Some(WEEKDAYS.join(","));
                }
                "INTERVAL" => r.interval = Some(value.parse().ok()?),
                "BYDAY" if r.byday.is_none() => r.byday = Some(value.into()),
                "BYMONTHDAY" => r.bymonthday = Some(value.into()),
                "UNTIL" => r.until = Some(until_date(value)?),
                _ => return None,
            }
        }
        (!r.freq.is_empty()).then_some(r)
    }

    fn to_rule(&self) -> String {
        let mut rule = format!("FREQ={}", self.freq);
        if let Some(n) = self.interval.filter(|n| *n != 1) {
            rule.push_str(&format!(";INTERVAL={n}"));
        }
        if let Some(days) = &self.byday {
            rule.push_str(&format!(";BYDAY={days}"));
        }
        if let Some(days) = &self.bymonthday {
            rule.push_str(&format!(";BYMONTHDAY={days}"));
        }
        if let Some(date) = &self.until {
            // Our series start in Copenhagen time; RFC 5545 then wants UNTIL in UTC.
            rule.push_str(&format!(";UNTIL={}T235959Z", date.replace('-', "")));
        }
        rule
    }

    fn write(&self, s: &mut Map<String, Value>) {
        s.insert("freq".into(), json!(self.freq));
        s.insert(
            "dtstart".into(),
            json!(crate::directory::schedule::anchor_date()),
        );
        if let Some(n) = self.interval.filter(|n| *n != 1) {
            s.insert("interval".into(), json!(n));
        }
        let fields = [
            ("byday", &self.byday),
            ("bymonthday", &self.bymonthday),
            ("until", &self.until),
        ];
        for (key, value) in fields {
            if let Some(value) = value {
                s.insert(key.into(), json!(value));
            }
        }
    }
}

/// "20250630T235959Z" (as `to_rule` writes it) back to "2025-06-30".
fn until_date(value: &str) -> Option<String> {
    let date = value.strip_suffix("T235959Z")?;
    (date.len() == 8 && date.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("{}-{}-{}", &date[..4], &date[4..6], &date[6..]))
}

// ---------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------

/// Checks a whole file and turns each service into an offer to insert. The first problem
/// stops it, naming the record and the field. `today` dates offers whose file gives no
/// `assured_date`.
pub fn parse_import(json: &str, today: jiff::civil::Date) -> Result<Vec<ImportRecord>, HsdsError> {
    let Value::Array(items) = serde_json::from_str(json)? else {
        return Err(HsdsError::NotAnArray);
    };
    let mut records = Vec::with_capacity(items.len());
    let mut first_with_id: HashMap<String, usize> = HashMap::new();
    let mut id_only = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let (record, named_only) = parse_record(index, item, today)?;
        if let Some(first) = first_with_id.insert(record.hsds_id.clone(), index) {
            let r = Reader::new(index, Some(&record.hsds_id));
            return Err(r.fail("id", format!("the same id as record {first}")));
        }
        if named_only {
            id_only.push(index);
        }
        records.push(record);
    }
    complete_organisations(&mut records, &id_only);
    Ok(records)
}

/// A service that gives only `organization_id` gets the organisation another record of the
/// file describes in full, if one does.
fn complete_organisations(records: &mut [ImportRecord], id_only: &[usize]) {
    let full: HashMap<String, HsdsOrganisation> = records
        .iter()
        .enumerate()
        .filter(|(i, _)| !id_only.contains(i))
        .filter_map(|(_, r)| Some((r.organisation.hsds_id.clone()?, r.organisation.clone())))
        .collect();
    for &i in id_only {
        let id = records[i].organisation.hsds_id.clone().unwrap_or_default();
        if let Some(org) = full.get(&id) {
            records[i].organisation = org.clone();
        }
    }
}

/// Reads one record's fields, with the record's label for every error.
struct Reader {
    record: String,
}

type Object = Map<String, Value>;

impl Reader {
    fn new(index: usize, id: Option<&str>) -> Reader {
        Reader {
            record: record_label(index, id),
        }
    }

    fn fail(&self, field: &str, message: impl fmt::Display) -> HsdsError {
        HsdsError::Record {
            record: self.record.clone(),
            detail: format!("{field}: {message}"),
        }
    }

    fn object<'v>(&self, value: &'v Value, path: &str) -> Result<&'v Object, HsdsError> {
        value
            .as_object()
            .ok_or_else(|| self.fail(path, "expected an object"))
    }

    /// A string field; absent and `null` are `None`.
    fn text<'v>(
        &self,
        obj: &'v Object,
        path: &str,
        key: &str,
    ) -> Result<Option<&'v str>, HsdsError> {
        match obj.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(self.fail(&join(path, key), "expected a string")),
        }
    }

    fn required_text<'v>(
        &self,
        obj: &'v Object,
        path: &str,
        key: &str,
    ) -> Result<&'v str, HsdsError> {
        self.text(obj, path, key)?
            .ok_or_else(|| self.fail(&join(path, key), "missing (required)"))
    }

    fn number(&self, obj: &Object, path: &str, key: &str) -> Result<Option<f64>, HsdsError> {
        match obj.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(n)) => Ok(n.as_f64()),
            Some(_) => Err(self.fail(&join(path, key), "expected a number")),
        }
    }

    /// A whole number of at least 1 (intervals and counts).
    fn positive(&self, obj: &Object, path: &str, key: &str) -> Result<Option<u32>, HsdsError> {
        match self.number(obj, path, key)? {
            None => Ok(None),
            Some(n) if n >= 1.0 && n.fract() == 0.0 && n <= f64::from(u32::MAX) => {
                Ok(Some(n as u32))
            }
            Some(n) => Err(self.fail(
                &join(path, key),
                format!("{n} is not a whole number of at least 1"),
            )),
        }
    }

    /// An array of objects; absent and `null` are empty.
    fn objects<'v>(
        &self,
        obj: &'v Object,
        path: &str,
        key: &str,
    ) -> Result<Vec<&'v Object>, HsdsError> {
        let items = match obj.get(key) {
            None | Some(Value::Null) => return Ok(Vec::new()),
            Some(Value::Array(items)) => items,
            Some(_) => return Err(self.fail(&join(path, key), "expected an array")),
        };
        items
            .iter()
            .enumerate()
            .map(|(i, item)| self.object(item, &format!("{}[{i}]", join(path, key))))
            .collect()
    }

    fn uuid(&self, obj: &Object, path: &str) -> Result<String, HsdsError> {
        let id = self.required_text(obj, path, "id")?;
        Uuid::parse_str(id)
            .map(|u| u.to_string())
            .map_err(|_| self.fail(&join(path, "id"), format!("'{id}' is not a UUID")))
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// One service: the record, and whether it named its organisation only by `organization_id`.
fn parse_record(
    index: usize,
    item: &Value,
    today: jiff::civil::Date,
) -> Result<(ImportRecord, bool), HsdsError> {
    let raw_id = item.get("id").and_then(Value::as_str);
    let r = Reader::new(index, raw_id);
    let s = item.as_object().ok_or_else(|| HsdsError::Record {
        record: r.record.clone(),
        detail: "not a JSON object".into(),
    })?;
    let hsds_id = r.uuid(s, "")?;
    let name = r.required_text(s, "", "name")?.trim();
    if name.is_empty() {
        return Err(r.fail("name", "is empty"));
    }
    let classified = read_attributes(&r, &r.objects(s, "", "attributes")?, "attributes")?;
    // HSDS says only active or not; our own attribute, when there, says which of ours.
    let hsds_status = hsds_status_to_ours(&r, r.required_text(s, "", "status")?)?;
    let status = classified.status.unwrap_or(hsds_status);
    let (organisation, named_only) = read_organisation(&r, s)?;
    let location = read_location(&r, s)?;
    let offer = read_offer(&r, s, name, status, classified, &location, today)?;
    let town = r
        .objects(s, "", "service_areas")?
        .into_iter()
        .enumerate()
        .map(|(i, area)| r.text(area, &format!("service_areas[{i}]"), "name"))
        .find_map(|name| name.transpose())
        .transpose()?
        .map(str::to_owned);
    let record = ImportRecord {
        index,
        hsds_id,
        organisation,
        location,
        town,
        offer,
    };
    Ok((record, named_only))
}

/// "inactive" and "temporarily closed" are paused, "defunct" ended.
fn hsds_status_to_ours(r: &Reader, value: &str) -> Result<OfferStatus, HsdsError> {
    match value {
        "active" => Ok(OfferStatus::Active),
        "inactive" | "temporarily closed" => Ok(OfferStatus::Paused),
        "defunct" => Ok(OfferStatus::Ended),
        other => Err(r.fail(
            "status",
            format!("'{other}' is not one of active, inactive, defunct, temporarily closed"),
        )),
    }
}

/// Everything our model wants from a service, with a default where the file says nothing.
fn read_offer(
    r: &Reader,
    s: &Object,
    name: &str,
    status: OfferStatus,
    c: Classified,
    location: &Option<ImportLocation>,
    today: jiff::civil::Date,
) -> Result<NewOffer, HsdsError> {
    let description = r
        .text(s, "", "description")?
        .unwrap_or("")
        .trim()
        .to_owned();
    let (age_min, age_max) = read_ages(r, s)?;
    let (cost, cost_amount_dkk, cost_note) = read_cost(r, s)?;
    let (schedule_rrule, start_time, end_time, schedule_exceptions) = read_schedule(r, s)?;
    let last_confirmed_on = match r.text(s, "", "assured_date")? {
        Some(text) => parse_date(r, "assured_date", text)?,
        None => today,
    };
    let channel = c.channel.unwrap_or_else(|| default_channel(r, s, location));
    Ok(NewOffer {
        schedule_exceptions,
        organisation_id: 0,
        name: name.to_owned(),
        short_description: c.short.unwrap_or_else(|| summary(&description)),
        description,
        life_arenas: c.arenas,
        target_groups: c.target_groups,
        activity_types: c.activities,
        age_min,
        age_max,
        cost,
        cost_amount_dkk,
        cost_note,
        how_to_join: c.how_to_join.unwrap_or(HowToJoin::ContactFirst),
        newcomers_welcome: c.welcome.iter().any(|w| w == NEWCOMERS_WELCOME),
        bring_someone: c.welcome.iter().any(|w| w == BRING_SOMEONE),
        ambassador_can_join: c.welcome.iter().any(|w| w == AMBASSADOR_CAN_JOIN),
        channel,
        place_id: None,
        town_id: None,
        address: String::new(),
        schedule_rrule,
        start_time,
        end_time,
        accessibility: c.accessibility,
        languages: read_languages(r, s)?,
        status,
        last_confirmed_on: last_confirmed_on.to_string(),
    })
}

fn parse_date(r: &Reader, field: &str, text: &str) -> Result<jiff::civil::Date, HsdsError> {
    text.parse()
        .map_err(|_| r.fail(field, format!("'{text}' is not a date (YYYY-MM-DD)")))
}

/// In person unless the only locations given are virtual ones.
fn default_channel(r: &Reader, s: &Object, location: &Option<ImportLocation>) -> Channel {
    if location.is_some() {
        return Channel::InPerson;
    }
    let virtual_only = r
        .objects(s, "", "service_at_locations")
        .unwrap_or_default()
        .iter()
        .filter_map(|sal| sal.get("location"))
        .any(|l| l.get("location_type").and_then(Value::as_str) == Some("virtual"));
    if virtual_only {
        Channel::Online
    } else {
        Channel::InPerson
    }
}

/// At most 200 characters of the description, cut at a word.
fn summary(description: &str) -> String {
    if description.chars().count() <= 200 {
        return description.to_owned();
    }
    let cut: String = description.chars().take(199).collect();
    let cut = cut
        .rsplit_once(char::is_whitespace)
        .map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end())
}

/// Ages 0–120 where the file gives none; beyond that range is read as "no limit".
fn read_ages(r: &Reader, s: &Object) -> Result<(i64, i64), HsdsError> {
    let min = r.number(s, "", "minimum_age")?.unwrap_or(0.0);
    let max = r.number(s, "", "maximum_age")?.unwrap_or(120.0);
    let (min, max) = (
        min.clamp(0.0, 120.0).floor() as i64,
        max.clamp(0.0, 120.0).ceil() as i64,
    );
    if min > max {
        return Err(r.fail("maximum_age", format!("{max} is below minimum_age {min}")));
    }
    Ok((min, max))
}

/// Free (amount 0 or an option called free), a price in DKK, or "ask" when the file says
/// neither — also for a price in another currency, which is kept in the note.
fn read_cost(r: &Reader, s: &Object) -> Result<(CostKind, Option<i64>, String), HsdsError> {
    let note = match r.text(s, "", "fees_description")? {
        Some(text) => text,
        None => r.text(s, "", "fees")?.unwrap_or(""),
    };
    let mut note = note.trim().to_owned();
    let options = r.objects(s, "", "cost_options")?;
    let Some(option) = options.first() else {
        return Ok((CostKind::Ask, None, note));
    };
    let path = "cost_options[0]";
    let amount = r.number(option, path, "amount")?;
    let currency = r.text(option, path, "currency")?.unwrap_or("DKK");
    let text = r.text(option, path, "option")?.unwrap_or("");
    match amount {
        Some(a) if a < 0.0 => Err(r.fail(&join(path, "amount"), format!("{a} is negative"))),
        Some(0.0) => Ok((CostKind::Free, None, note)),
        Some(a) if currency.eq_ignore_ascii_case("DKK") => {
            Ok((CostKind::Amount, Some(a.round() as i64), note))
        }
        Some(a) => {
            if note.is_empty() {
                note = format!("{a} {currency}");
            }
            Ok((CostKind::Ask, None, note))
        }
        None if ["free", "gratis"].contains(&text.trim().to_lowercase().as_str()) => {
            Ok((CostKind::Free, None, note))
        }
        None => Ok((CostKind::Ask, None, note)),
    }
}

/// ISO 639 codes as we keep them (two letters where there are two); a name only where no
/// code is given.
fn read_languages(r: &Reader, s: &Object) -> Result<Vec<String>, HsdsError> {
    let mut codes: Vec<String> = Vec::new();
    for (i, language) in r.objects(s, "", "languages")?.into_iter().enumerate() {
        let path = format!("languages[{i}]");
        let given = match r.text(language, &path, "code")? {
            Some(code) => code,
            None => r.text(language, &path, "name")?.unwrap_or(""),
        };
        let code = language_code(given);
        if !code.is_empty() && !codes.contains(&code) {
            codes.push(code);
        }
    }
    Ok(codes)
}

fn language_code(given: &str) -> String {
    const KNOWN: [(&str, &[&str]); 6] = [
        ("da", &["dan", "dansk", "danish"]),
        ("en", &["eng", "engelsk", "english"]),
        ("de", &["deu", "ger", "tysk", "german"]),
        ("uk", &["ukr", "ukrainsk", "ukrainian"]),
        ("ar", &["ara", "arabisk", "arabic"]),
        ("pl", &["pol", "polsk", "polish"]),
    ];
    // Kept comma-separated in one column, so a comma may not be part of a code.
    let given = given.trim().to_lowercase().replace(',', " ");
    KNOWN
        .iter()
        .find(|(_, names)| names.contains(&given.as_str()))
        .map_or(given, |(code, _)| (*code).to_owned())
}

/// The first schedule (the service's own, else a location's) as (RRULE, start, end). Our
/// model has one schedule per offer; an offer with none gets the empty rule "".
/// A schedule as read: the rule, local start and end ("HH:MM"), and days it does not happen.
type ReadSchedule = (String, String, String, Vec<jiff::civil::Date>);

fn read_schedule(r: &Reader, s: &Object) -> Result<ReadSchedule, HsdsError> {
    let mut found = r
        .objects(s, "", "schedules")?
        .first()
        .map(|o| (*o, "schedules[0]".to_owned()));
    if found.is_none() {
        for (i, sal) in r
            .objects(s, "", "service_at_locations")?
            .into_iter()
            .enumerate()
        {
            let path = format!("service_at_locations[{i}]");
            if let Some(first) = r.objects(sal, &path, "schedules")?.first() {
                found = Some((*first, format!("{path}.schedules[0]")));
                break;
            }
        }
    }
    let Some((schedule, path)) = found else {
        return Ok((String::new(), String::new(), String::new(), Vec::new()));
    };
    read_one_schedule(r, schedule, &path)
}

fn read_one_schedule(r: &Reader, s: &Object, path: &str) -> Result<ReadSchedule, HsdsError> {
    let start = read_time(r, s, path, "opens_at")?;
    let end = read_time(r, s, path, "closes_at")?;
    let attributes = read_attributes(
        r,
        &r.objects(s, path, "attributes")?,
        &join(path, "attributes"),
    )?;
    let exceptions = attributes
        .exdates
        .as_deref()
        .unwrap_or_default()
        .split(',')
        .filter(|d| !d.is_empty())
        .map(|d| {
            d.trim().parse::<jiff::civil::Date>().map_err(|_| {
                r.fail(
                    &join(path, "attributes"),
                    format!("EXDATE '{d}' is not a date (YYYY-MM-DD)"),
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let rule = match attributes.rrule {
        Some(rule) => rule,
        None => read_recurrence(r, s, path)?.map_or(String::new(), |rec| rec.to_rule()),
    };
    // The rule must be one our schedules can expand; times are checked with it where given.
    if !rule.is_empty() {
        let (a, b) = (or_midnight(&start), or_midnight(&end));
        Schedule::parse(&rule, a, b).map_err(|e| r.fail(path, e))?;
    }
    Ok((rule, start, end, exceptions))
}

fn or_midnight(time: &str) -> &str {
    if time.is_empty() { "00:00" } else { time }
}

/// "10:00", "10:00:00", "10:00Z", "10:00:00+01:00" → "10:00" (read as local time).
fn read_time(r: &Reader, s: &Object, path: &str, key: &str) -> Result<String, HsdsError> {
    let Some(text) = r.text(s, path, key)? else {
        return Ok(String::new());
    };
    let clock: String = text
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ':')
        .collect();
    let mut parts = clock.split(':');
    let hour = parts.next().and_then(|h| h.parse::<u8>().ok());
    let minute = parts.next().and_then(|m| m.parse::<u8>().ok());
    match (hour, minute) {
        (Some(h), Some(m)) if h < 24 && m < 60 => Ok(format!("{h:02}:{m:02}")),
        _ => Err(r.fail(&join(path, key), format!("'{text}' is not a time (HH:MM)"))),
    }
}

/// The schedule fields as a recurrence, checked; `None` when the schedule has no `freq` or
/// ended before our series begin. Where HSDS allows what RFC 5545 forbids, the rule keeps
/// what it can: `bymonthday` goes with WEEKLY, and `count` always goes, because it counts
/// from the file's `dtstart` and our series all start on one anchor day.
fn read_recurrence(r: &Reader, s: &Object, path: &str) -> Result<Option<Recurrence>, HsdsError> {
    let field = |key: &str| join(path, key);
    let Some(freq) = r.text(s, path, "freq")? else {
        if r.text(s, path, "byday")?.is_some() || r.text(s, path, "bymonthday")?.is_some() {
            return Err(r.fail(&field("freq"), "missing (needed with byday or bymonthday)"));
        }
        return Ok(None);
    };
    let freq = freq.trim().to_uppercase();
    if freq != "WEEKLY" && freq != "MONTHLY" {
        return Err(r.fail(&field("freq"), format!("'{freq}' is not WEEKLY or MONTHLY")));
    }
    let byday = match r.text(s, path, "byday")? {
        Some(days) => Some(read_byday(r, &field("byday"), days, freq == "MONTHLY")?),
        None => None,
    };
    let bymonthday = match r.text(s, path, "bymonthday")? {
        Some(days) => Some(read_bymonthday(r, &field("bymonthday"), days)?),
        None => None,
    };
    let until = match r.text(s, path, "until")? {
        Some(text) => Some(parse_date(r, &field("until"), text)?),
        None => None,
    };
    let anchor: jiff::civil::Date = crate::directory::schedule::anchor_date()
        .parse()
        .expect("anchor");
    if until.is_some_and(|until| until < anchor) {
        return Ok(None);
    }
    r.number(s, path, "count")?;
    Ok(Some(Recurrence {
        interval: r.positive(s, path, "interval")?,
        byday,
        bymonthday: bymonthday.filter(|_| freq == "MONTHLY"),
        until: until.map(|d| d.to_string()),
        freq,
    }))
}

/// "TU", "MO,WE", and for MONTHLY "1MO", "-1FR".
fn read_byday(r: &Reader, field: &str, days: &str, monthly: bool) -> Result<String, HsdsError> {
    let mut out = Vec::new();
    for token in days.split(',').map(|t| t.trim().to_uppercase()) {
        let split = token.len().saturating_sub(2);
        // Two bytes from the end may fall inside a character ("𐀼" panicked here); then
        // the last two are not a weekday code either.
        if !token.is_char_boundary(split) {
            return Err(r.fail(field, format!("'{token}' is not a weekday")));
        }
        let (nth, day) = token.split_at(split);
        if !WEEKDAYS.contains(&day) {
            return Err(r.fail(field, format!("'{token}' is not a weekday")));
        }
        if !nth.is_empty() {
            let n: i32 = nth.parse().unwrap_or(0);
            if !monthly || n == 0 || n.abs() > 5 {
                return Err(r.fail(
                    field,
                    format!(
                        "'{token}' is not a weekday (a week number like 1MO or -1FR \
                         needs freq MONTHLY)"
                    ),
                ));
            }
        }
        out.push(token);
    }
    Ok(out.join(","))
}

fn read_bymonthday(r: &Reader, field: &str, days: &str) -> Result<String, HsdsError> {
    let mut out = Vec::new();
    for token in days.split(',').map(str::trim) {
        match token.parse::<i32>() {
            Ok(n) if n != 0 && n.abs() <= 31 => out.push(n.to_string()),
            _ => return Err(r.fail(field, format!("'{token}' is not a day of the month"))),
        }
    }
    Ok(out.join(","))
}

/// What the `sammen-*` attributes of one object say. Other taxonomies are left alone.
#[derive(Default)]
struct Classified {
    arenas: Vec<LifeArena>,
    target_groups: Vec<String>,
    activities: Vec<String>,
    accessibility: Vec<String>,
    status: Option<OfferStatus>,
    how_to_join: Option<HowToJoin>,
    channel: Option<Channel>,
    welcome: Vec<String>,
    short: Option<String>,
    rrule: Option<String>,
    exdates: Option<String>,
    offer_address: bool,
}

fn read_attributes(
    r: &Reader,
    attributes: &[&Object],
    path: &str,
) -> Result<Classified, HsdsError> {
    let mut c = Classified::default();
    for (i, attribute) in attributes.iter().enumerate() {
        let at = format!("{path}[{i}]");
        let Some(term) = attribute.get("taxonomy_term").filter(|t| !t.is_null()) else {
            continue;
        };
        let term_path = join(&at, "taxonomy_term");
        let term = r.object(term, &term_path)?;
        let taxonomy = match r.text(term, &term_path, "taxonomy")? {
            Some(t) => Some(t),
            None => match term.get("taxonomy_detail").and_then(Value::as_object) {
                Some(detail) => r.text(detail, &join(&term_path, "taxonomy_detail"), "name")?,
                None => None,
            },
        };
        let Some(taxonomy) = taxonomy else { continue };
        let (code, code_field) = match r.text(term, &term_path, "code")? {
            Some(code) => (code, join(&term_path, "code")),
            None => (
                r.required_text(term, &term_path, "name")?,
                join(&term_path, "name"),
            ),
        };
        let value = r.text(attribute, &at, "value")?;
        classify(r, &mut c, taxonomy, code.trim(), value, &code_field)?;
    }
    Ok(c)
}

fn classify(
    r: &Reader,
    c: &mut Classified,
    taxonomy: &str,
    code: &str,
    value: Option<&str>,
    field: &str,
) -> Result<(), HsdsError> {
    fn word<T>(
        r: &Reader,
        field: &str,
        code: &str,
        what: &str,
        parse: Option<T>,
    ) -> Result<T, HsdsError> {
        parse.ok_or_else(|| r.fail(field, format!("'{code}' is not {what}")))
    }
    match taxonomy {
        LIFE_ARENA => {
            let arena = LifeArena::from_code(code).or_else(|| LifeArena::from_danish(code));
            let arena = word(r, field, code, "a life arena", arena)?;
            if !c.arenas.contains(&arena) {
                c.arenas.push(arena);
            }
        }
        TARGET_GROUP => c.target_groups.push(code.to_owned()),
        ACTIVITY => c.activities.push(code.to_owned()),
        ACCESSIBILITY => c.accessibility.push(code.to_owned()),
        STATUS => {
            c.status = Some(word(
                r,
                field,
                code,
                "a status",
                OfferStatus::from_code(code),
            )?)
        }
        HOW_TO_JOIN => {
            c.how_to_join = Some(word(
                r,
                field,
                code,
                "a way to join",
                HowToJoin::from_code(code),
            )?)
        }
        CHANNEL => c.channel = Some(word(r, field, code, "a channel", Channel::from_code(code))?),
        WELCOME => c.welcome.push(code.to_owned()),
        TEXT if code == SHORT_DESCRIPTION => c.short = value.map(str::to_owned),
        SCHEDULE if code == RRULE => c.rrule = value.map(str::to_owned),
        SCHEDULE if code == EXDATE => c.exdates = value.map(str::to_owned),
        LOCATION if code == OFFER_ADDRESS => c.offer_address = true,
        _ => {}
    }
    Ok(())
}

/// The service's organisation, and whether the file named it only by `organization_id`.
fn read_organisation(r: &Reader, s: &Object) -> Result<(HsdsOrganisation, bool), HsdsError> {
    let stand_in = |hsds_id| HsdsOrganisation {
        hsds_id,
        name: UNKNOWN_ORGANISER.to_owned(),
        kind: String::new(),
        description: String::new(),
        email: String::new(),
        phone: String::new(),
        website: String::new(),
    };
    let Some(org) = s.get("organization").filter(|o| !o.is_null()) else {
        return match r.text(s, "", "organization_id")? {
            Some(id) => {
                let id = Uuid::parse_str(id)
                    .map_err(|_| r.fail("organization_id", format!("'{id}' is not a UUID")))?;
                Ok((stand_in(Some(id.to_string())), true))
            }
            None => Ok((stand_in(None), false)),
        };
    };
    let path = "organization";
    let org = r.object(org, path)?;
    let name = r.required_text(org, path, "name")?.trim();
    let phone = match r.objects(org, path, "phones")?.first() {
        Some(phone) => r
            .text(phone, "organization.phones[0]", "number")?
            .unwrap_or(""),
        None => "",
    };
    let text = |key| {
        r.text(org, path, key)
            .map(|t| t.unwrap_or("").trim().to_owned())
    };
    let organisation = HsdsOrganisation {
        hsds_id: Some(r.uuid(org, path)?),
        name: if name.is_empty() {
            UNKNOWN_ORGANISER.to_owned()
        } else {
            name.to_owned()
        },
        kind: text("legal_status")?,
        description: text("description")?,
        email: text("email")?,
        phone: phone.trim().to_owned(),
        website: website(r, &text("website")?)?,
    };
    Ok((organisation, false))
}

/// An organisation's website: empty, or an http(s) address. Anything else (such as
/// `javascript:alert(1)`) refuses the file, naming the record, because the public page
/// makes the website a link.
fn website(r: &Reader, text: &str) -> Result<String, HsdsError> {
    if text.is_empty() {
        return Ok(String::new());
    }
    crate::domain::WebAddress::parse(text)
        .map(|w| w.to_string())
        .ok_or_else(|| {
            r.fail(
                "organization.website",
                format!("'{text}' is not an http:// or https:// address"),
            )
        })
}

/// The first physical location of the service, if any.
fn read_location(r: &Reader, s: &Object) -> Result<Option<ImportLocation>, HsdsError> {
    for (i, sal) in r
        .objects(s, "", "service_at_locations")?
        .into_iter()
        .enumerate()
    {
        let path = format!("service_at_locations[{i}].location");
        let Some(location) = sal.get("location").filter(|l| !l.is_null()) else {
            continue;
        };
        let location = r.object(location, &path)?;
        if r.text(location, &path, "location_type")? == Some("virtual") {
            continue;
        }
        return read_physical_location(r, location, &path).map(Some);
    }
    Ok(None)
}

fn read_physical_location(r: &Reader, l: &Object, path: &str) -> Result<ImportLocation, HsdsError> {
    let id = r.uuid(l, path)?;
    let attributes = read_attributes(
        r,
        &r.objects(l, path, "attributes")?,
        &join(path, "attributes"),
    )?;
    let address = match r.objects(l, path, "addresses")?.first() {
        Some(a) => read_address(r, a, &format!("{path}.addresses[0]"))?,
        None => String::new(),
    };
    let name = r.text(l, path, "name")?.unwrap_or("").trim();
    if attributes.offer_address {
        let text = if name.is_empty() {
            address
        } else {
            name.to_owned()
        };
        return Ok(ImportLocation::Address(text));
    }
    let coordinate = match (
        r.number(l, path, "latitude")?,
        r.number(l, path, "longitude")?,
    ) {
        (Some(lat), Some(lon)) => Some(Coordinate { lat, lon }),
        _ => None,
    };
    // A place needs a name: the address stands in, else the id.
    let name = match (name, address.as_str()) {
        ("", "") => format!("Sted {id}"),
        ("", address) => address.to_owned(),
        (name, _) => name.to_owned(),
    };
    Ok(ImportLocation::Place(HsdsPlace {
        hsds_id: Some(id),
        name,
        address,
        coordinate,
    }))
}

/// Back to our one-line form. Without a postcode the line stands alone, as we wrote it.
fn read_address(r: &Reader, a: &Object, path: &str) -> Result<String, HsdsError> {
    let field = |key| r.text(a, path, key).map(|t| t.unwrap_or("").trim());
    let mut line = field("address_1")?.to_owned();
    let second = field("address_2")?;
    if !second.is_empty() {
        line = format!("{line}, {second}");
    }
    let (postal_code, city) = (field("postal_code")?, field("city")?);
    if !postal_code.is_empty() {
        line = format!("{line}, {postal_code} {city}");
    }
    Ok(line.trim_matches([',', ' ']).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> jiff::civil::Date {
        jiff::civil::date(2026, 3, 1)
    }

    fn error(json: &str) -> String {
        parse_import(json, today()).unwrap_err().to_string()
    }

    #[test]
    fn a_website_that_is_not_http_refuses_the_file() {
        let org = |website: &str| {
            format!(
                r#"[{{"id":"0b8a1c5e-6f1d-4a57-9c1e-3f2d8e7b6a51","name":"x","status":"active",
                "organization":{{"id":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","name":"Y","website":"{website}"}}}}]"#
            )
        };
        let message = error(&org("javascript:alert(1)"));
        assert!(message.starts_with("record 0"), "{message}");
        assert!(message.contains("organization.website"), "{message}");
        assert!(message.contains("javascript:alert(1)"), "{message}");
        let records = parse_import(&org("https://y.example.org"), today()).unwrap();
        assert_eq!(records[0].organisation.website, "https://y.example.org");
    }

    #[test]
    fn rules_map_to_schedule_fields_and_back() {
        for rule in [
            "FREQ=WEEKLY;BYDAY=TU",
            "FREQ=MONTHLY;BYDAY=1MO",
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE",
            "FREQ=MONTHLY;BYDAY=-1FR",
        ] {
            let r = Recurrence::from_rule(rule).unwrap();
            assert_eq!(r.to_rule(), rule);
        }
        let daily = Recurrence::from_rule("FREQ=DAILY").unwrap();
        assert_eq!(daily.byday.as_deref(), Some("MO,TU,WE,TH,FR,SA,SU"));
        assert_eq!(
            Recurrence::from_rule("FREQ=WEEKLY;BYDAY=TH;BYMONTH=5,6"),
            None
        );
        assert_eq!(
            Recurrence::from_rule("FREQ=YEARLY;BYMONTH=8;BYDAY=1SA"),
            None
        );
        assert_eq!(Recurrence::from_rule("FREQ=WEEKLY;BYDAY=TU;COUNT=3"), None);
        let until = Recurrence::from_rule("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T235959Z").unwrap();
        assert_eq!(until.until.as_deref(), Some("2027-06-30"));
    }

    #[test]
    fn what_rfc_5545_forbids_is_dropped_not_refused() {
        let id = "0b8a1c5e-6f1d-4a57-9c1e-3f2d8e7b6a51";
        let file = |schedule: &str| {
            format!(r#"[{{"id":"{id}","name":"x","status":"active","schedules":[{schedule}]}}]"#)
        };
        let rule = |schedule: &str| {
            parse_import(&file(schedule), today()).unwrap()[0]
                .offer
                .schedule_rrule
                .clone()
        };
        let weekly = format!(
            r#"{{"id":"{id}","freq":"WEEKLY","byday":"TH","bymonthday":"2","count":3,"until":"2030-01-01"}}"#
        );
        assert_eq!(rule(&weekly), "FREQ=WEEKLY;BYDAY=TH;UNTIL=20300101T235959Z");
        let ended = format!(r#"{{"id":"{id}","freq":"WEEKLY","byday":"TH","until":"2005-01-01"}}"#);
        assert_eq!(rule(&ended), "");
    }

    #[test]
    fn addresses_split_at_a_postcode_only() {
        assert_eq!(
            split_address("Nyvej 22, 4573 Højby"),
            ("Nyvej 22", "4573", Some("Højby"))
        );
        assert_eq!(
            split_address("Forsamlingshuset, Bygaden 7"),
            ("Forsamlingshuset, Bygaden 7", "", None)
        );
    }

    #[test]
    fn a_minimal_service_gets_defaults() {
        let id = "0b8a1c5e-6f1d-4a57-9c1e-3f2d8e7b6a51";
        let records = parse_import(
            &format!(r#"[{{"id":"{id}","name":"Strikkecafé","status":"active"}}]"#),
            today(),
        )
        .unwrap();
        let o = &records[0].offer;
        assert_eq!(records[0].hsds_id, id);
        assert_eq!((o.age_min, o.age_max), (0, 120));
        assert_eq!(o.cost, CostKind::Ask);
        assert_eq!(o.how_to_join, HowToJoin::ContactFirst);
        assert_eq!(o.schedule_rrule, "");
        assert!(o.life_arenas.is_empty());
        assert_eq!(o.last_confirmed_on, "2026-03-01");
        assert_eq!(records[0].organisation.name, UNKNOWN_ORGANISER);
    }

    #[test]
    fn errors_name_the_record_and_the_field() {
        let id = "0b8a1c5e-6f1d-4a57-9c1e-3f2d8e7b6a51";
        let bad_day = format!(
            r#"[{{"id":"{id}","name":"x","status":"active","schedules":[{{"id":"{id}","freq":"WEEKLY","byday":"XX"}}]}}]"#
        );
        assert_eq!(
            error(&bad_day),
            format!("record 0 (id {id}): schedules[0].byday: 'XX' is not a weekday")
        );
        assert!(
            error(&format!(r#"[{{"id":"{id}","status":"active"}}]"#))
                .ends_with("name: missing (required)")
        );
        assert!(
            error(r#"[{"id":"nope","name":"x","status":"active"}]"#)
                .contains("'nope' is not a UUID")
        );
        assert!(error(r#"{"id":"x"}"#).contains("JSON array"));
        let ages = format!(r#"[{{"id":"{id}","name":"x","status":"active","minimum_age":"12"}}]"#);
        assert!(error(&ages).ends_with("minimum_age: expected a number"));
    }

    #[test]
    fn byday_with_week_numbers_needs_monthly() {
        let r = Reader::new(0, None);
        assert_eq!(read_byday(&r, "f", "1mo, -1FR", true).unwrap(), "1MO,-1FR");
        assert!(read_byday(&r, "f", "1MO", false).is_err());
        assert!(read_byday(&r, "f", "9MO", true).is_err());
    }
}
