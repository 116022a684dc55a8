//! The JSON API under `/api/`: the directory's search and offers (`/api/v1/…`) and the
//! served municipality, described by an OpenAPI 3.1 document at `/api/openapi.json` that
//! is generated from these very types (utoipa), with the municipality's towns filled in.
//! Errors are JSON with a stable `code` (see [`crate::web::error`]).

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::{IntoParams, OpenApi, ToSchema};

use crate::directory::search::filters::API_PARAMS;
use crate::directory::search::{Entry, Filters, Hit};
use crate::domain::{Municipality, Offer, Town};
use crate::format::copenhagen;
use crate::web::AppState;
use crate::web::error::HttpError;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.get("/api/openapi.json", Access::Public, openapi)
        .get("/api/municipality", Access::Public, municipality)
        .get("/api/v1/offers", Access::Public, list_offers)
        .get("/api/v1/offers/{id}", Access::Public, get_offer)
        .get("/api/{*rest}", Access::Public, not_found)
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Sammen API",
        version = "1",
        description = "The directory of communities and offers of one municipality. Read-only, no authentication, no cookies."
    ),
    paths(list_offers, get_offer, municipality),
    components(schemas(OfferList, OfferItem, OfferDetail, ApiError, MunicipalityBody))
)]
struct ApiDoc;

/// Query parameters of `GET /api/v1/offers`: the same filters as the `/vejviser` page.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // documents the parameters; parsing is `Filters::parse`
struct OfferQuery {
    /// Free text, Danish: typos, inflections, compounds and ae/oe/aa are forgiven. At most 200 characters are used.
    #[param(min_length = 1)]
    q: Option<String>,
    /// Life arena.
    #[param(inline, value_type = Option<String>, pattern = "^(home|school|leisure|work|health)$")]
    arena: Option<String>,
    /// Target group.
    #[param(value_type = Option<String>, pattern = "^(børn|unge|unge-i-skoleskift|familier|voksne|ældre|socialt-sårbare|nytilflyttere|pårørende)$")]
    target_group: Option<String>,
    /// An age in years: offers whose age range includes it.
    #[param(minimum = 0, maximum = 120)]
    age: Option<i64>,
    /// A town of the municipality (see `GET /api/municipality`). Without `radius_km`: offers in that town; with it: within that distance. Orders by distance unless `sort` says otherwise.
    #[param(min_length = 1)]
    town: Option<String>,
    /// Kilometres from `town`; ignored without `town`. Phone and online offers are always included.
    #[param(exclusive_minimum = 0, maximum = 200)]
    radius_km: Option<f64>,
    /// Weekday the offer takes place.
    #[param(value_type = Option<String>, pattern = "^(mon|tue|wed|thu|fri|sat|sun)$")]
    day: Option<String>,
    /// Part of the day it starts: before 12, 12–17, from 17.
    #[param(value_type = Option<String>, pattern = "^(morning|afternoon|evening)$")]
    time_of_day: Option<String>,
    /// Only free offers.
    free: Option<bool>,
    /// An accessibility feature.
    #[param(value_type = Option<String>, pattern = "^(trinfri-adgang|handicaptoilet|teleslynge|parkering-tæt-på|hjælpemidler)$")]
    accessibility: Option<String>,
    /// How it takes place.
    #[param(value_type = Option<String>, pattern = "^(in_person|phone|online)$")]
    channel: Option<String>,
    /// Only offers where you can just show up.
    show_up: Option<bool>,
    /// Only online communities that are good for the young: moderated, with adults present, free.
    good_online_for_young: Option<bool>,
    /// Only groups started by young people (15–25) with a supporting adult.
    youth_led: Option<bool>,
    /// Order of the results.
    #[param(value_type = Option<String>, pattern = "^(relevance|distance|name)$")]
    sort: Option<String>,
    /// Results per page.
    #[param(minimum = 1, maximum = 100)]
    limit: Option<i64>,
    /// Where to continue: the `next_cursor` of the previous page. Opaque.
    #[param(pattern = "^[0-9]{1,9}$")]
    cursor: Option<String>,
}

/// One page of offers.
#[derive(Serialize, ToSchema)]
struct OfferList {
    items: Vec<OfferItem>,
    /// All matches.
    total: usize,
    /// Give as `cursor` for the next page; null on the last page.
    next_cursor: Option<String>,
}

#[derive(Serialize, ToSchema)]
struct OfferItem {
    id: i64,
    /// The offer's Open Referral (HSDS 3.0) service id: the one it was imported with, else
    /// the one `sammen export hsds` gives it. Also accepted by `/api/v1/offers/{id}`.
    #[schema(format = "uuid")]
    hsds_id: String,
    name: String,
    short_description: String,
    /// The offer's page on the website.
    url: String,
    organisation_id: i64,
    organisation: String,
    /// Codes: home, school, leisure, work, health. Empty when not classified yet.
    life_arenas: Vec<String>,
    target_groups: Vec<String>,
    age_min: i64,
    age_max: i64,
    /// free, amount or ask.
    cost: String,
    cost_amount_dkk: Option<i64>,
    cost_note: String,
    /// show_up, sign_up or contact_first.
    how_to_join: String,
    /// in_person, phone or online.
    channel: String,
    town: Option<String>,
    place: Option<String>,
    address: String,
    latitude: Option<f64>,
    longitude: Option<f64>,
    /// From `town`, when one was given and the offer is at a place.
    distance_km: Option<f64>,
    /// RFC 5545 recurrence rule; empty when unknown.
    schedule: String,
    /// Local time, Europe/Copenhagen, HH:MM.
    start_time: String,
    end_time: String,
    /// RFC 3339, with the Copenhagen offset.
    next_start: Option<String>,
    /// active or paused.
    status: String,
    /// YYYY-MM-DD.
    last_confirmed_on: String,
    /// A good online community for the young: moderated, with adults present, free.
    good_online_for_young: bool,
    /// Started by young people with a supporting adult.
    youth_led: bool,
}

#[derive(Serialize, ToSchema)]
struct OfferDetail {
    #[serde(flatten)]
    offer: OfferItem,
    description: String,
    activity_types: Vec<String>,
    accessibility: Vec<String>,
    /// ISO 639-1 codes.
    languages: Vec<String>,
    newcomers_welcome: bool,
    bring_someone: bool,
    ambassador_can_join: bool,
    contact_email: String,
    contact_phone: String,
    contact_website: String,
    /// The next three starts, RFC 3339.
    next_dates: Vec<String>,
}

/// Every error: a stable code and a message in Danish (or English with Accept-Language: en).
#[derive(Serialize, ToSchema)]
struct ApiError {
    error: ApiErrorBody,
}

#[derive(Serialize, ToSchema)]
struct ApiErrorBody {
    code: String,
    message: String,
    /// The query parameter that was wrong, for `invalid_parameter`.
    parameter: Option<String>,
}

#[derive(Serialize, ToSchema)]
struct MunicipalityBody {
    #[schema(value_type = Object)]
    municipality: Municipality,
    #[schema(value_type = Vec<Object>)]
    towns: Vec<Town>,
}

/// The OpenAPI document, with this municipality's towns as the allowed values of `town`.
async fn openapi(served: Served) -> Json<serde_json::Value> {
    let mut doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
    let towns: Vec<serde_json::Value> = served
        .directory
        .towns
        .iter()
        .map(|t| t.name.clone().into())
        .collect();
    if let Some(params) = doc
        .pointer_mut("/paths/~1api~1v1~1offers/get/parameters")
        .and_then(|p| p.as_array_mut())
    {
        for param in params.iter_mut().filter(|p| p["name"] == "town") {
            param["schema"]["enum"] = towns.clone().into();
        }
    }
    Json(doc)
}

/// The served municipality and its towns.
#[utoipa::path(get, path = "/api/municipality", responses((status = 200, body = MunicipalityBody)))]
async fn municipality(served: Served) -> Json<MunicipalityBody> {
    let snapshot = served.clone();
    Json(MunicipalityBody {
        municipality: snapshot.municipality.clone(),
        towns: snapshot.directory.towns.clone(),
    })
}

fn invalid(lang: crate::i18n::Lang, parameter: &str, key: &str) -> Response {
    let body = ApiError {
        error: ApiErrorBody {
            code: "invalid_parameter".into(),
            message: lang.t(key),
            parameter: Some(parameter.to_owned()),
        },
    };
    (StatusCode::BAD_REQUEST, Json(body)).into_response()
}

/// Search the offers. Same filters as the directory page; paged with `limit` and `cursor`.
#[utoipa::path(
    get,
    path = "/api/v1/offers",
    params(OfferQuery),
    responses(
        (status = 200, description = "A page of matching offers", body = OfferList),
        (status = 400, description = "A parameter could not be understood", body = ApiError),
    )
)]
async fn list_offers(
    served: Served,
    State(state): State<AppState>,
    locale: Option<axum::Extension<crate::i18n::Locale>>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let lang = locale.map_or(crate::i18n::Lang::Da, |l| l.lang);
    // The page's form sends empty values for "any"; an API client leaves the parameter out.
    if let Some((name, _)) = params.iter().find(|(_, v)| v.is_empty()) {
        return Ok(invalid(lang, name, "api-error-empty"));
    }
    for name in ["free", "show_up", "good_online_for_young", "youth_led"] {
        if params
            .get(name)
            .is_some_and(|v| v != "true" && v != "false")
        {
            return Ok(invalid(lang, name, "api-error-boolean"));
        }
    }
    let snapshot = served.clone();
    let directory = &snapshot.directory;
    let (mut filters, mut errors) = Filters::parse(
        |k| params.get(k).map(String::as_str),
        &API_PARAMS,
        |t| directory.town(t).map(|t| t.name.clone()),
    );
    // OpenAPI cannot say "radius needs a town", so the API ignores a radius without one
    // (and says so in the document) where the page asks the person to choose a town.
    if filters.town.is_none() {
        filters.radius_km = None;
        errors.retain(|e| e.key != "filter-error-radius-town");
    }
    if let Some(error) = errors.first() {
        return Ok(invalid(lang, error.param, error.key));
    }
    let limit = match params.get("limit").map(|l| l.parse::<usize>()) {
        None => 20,
        Some(Ok(n)) if (1..=100).contains(&n) => n,
        Some(_) => return Ok(invalid(lang, "limit", "api-error-limit")),
    };
    let offset = match params.get("cursor").map(|c| c.parse::<usize>()) {
        None => 0,
        Some(Ok(n)) if n < 1_000_000_000 => n,
        Some(_) => return Ok(invalid(lang, "cursor", "api-error-cursor")),
    };
    let results = directory
        .search(&filters, offset, limit)
        .map_err(|e| HttpError::Internal(e.into()))?;
    let base = &served.base_url;
    let now = state.clock().now();
    let items = results
        .hits
        .iter()
        .map(|hit| item(base, hit.entry, hit_distance(hit), now))
        .collect::<Vec<_>>();
    let next = offset + items.len();
    let next_cursor = (next < results.total && !items.is_empty()).then(|| next.to_string());
    Ok(Json(OfferList {
        items,
        total: results.total,
        next_cursor,
    })
    .into_response())
}

fn hit_distance(hit: &Hit<'_>) -> Option<f64> {
    hit.distance_km.map(|d| (d * 10.0).round() / 10.0)
}

/// One offer with everything about it. Paused offers are included; ended ones are not.
#[utoipa::path(
    get,
    path = "/api/v1/offers/{id}",
    params(("id" = String, Path, description = "The offer's id, or its HSDS id (a UUID)")),
    responses(
        (status = 200, description = "The offer", body = OfferDetail),
        (status = 404, description = "No such offer", body = ApiError),
    )
)]
async fn get_offer(
    served: Served,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<OfferDetail>, HttpError> {
    let snapshot = served.clone();
    let entry = match id.parse::<i64>() {
        Ok(id) => snapshot.directory.entry(id),
        // Another system links back by the HSDS id it imported or exported.
        Err(_) => snapshot
            .directory
            .entries()
            .iter()
            .find(|e| e.offer.hsds_id.eq_ignore_ascii_case(&id)),
    }
    .ok_or(HttpError::NotFound)?;
    let now = state.clock().now();
    let o: &Offer = &entry.offer;
    Ok(Json(OfferDetail {
        offer: item(&served.base_url, entry, None, now),
        description: o.description.clone(),
        activity_types: o.activity_types.clone(),
        accessibility: o.accessibility.clone(),
        languages: o.languages.clone(),
        newcomers_welcome: o.newcomers_welcome,
        bring_someone: o.bring_someone,
        ambassador_can_join: o.ambassador_can_join,
        contact_email: o.organisation.email.clone(),
        contact_phone: o.organisation.phone.clone(),
        contact_website: o.organisation.website.clone(),
        next_dates: entry
            .next(now, 3)
            .into_iter()
            .map(|x| rfc3339(x.start))
            .collect(),
    }))
}

fn rfc3339(at: jiff::Timestamp) -> String {
    at.to_zoned_datetime(copenhagen())
        .strftime("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}

fn item(base: &str, entry: &Entry, distance_km: Option<f64>, now: jiff::Timestamp) -> OfferItem {
    let o = &entry.offer;
    OfferItem {
        id: o.id,
        hsds_id: o.hsds_id.clone(),
        name: o.name.clone(),
        short_description: o.short_description.clone(),
        url: format!("{base}/tilbud/{}", o.id),
        organisation_id: o.organisation.id,
        organisation: o.organisation.name.clone(),
        life_arenas: o.life_arenas.iter().map(|a| a.code().to_owned()).collect(),
        target_groups: o.target_groups.clone(),
        age_min: o.age_min,
        age_max: o.age_max,
        cost: o.cost.code().to_owned(),
        cost_amount_dkk: o.cost_amount_dkk,
        cost_note: o.cost_note.clone(),
        how_to_join: o.how_to_join.code().to_owned(),
        channel: o.channel.code().to_owned(),
        town: o.town.as_ref().map(|t| t.name.clone()),
        place: o.place.as_ref().map(|p| p.name.clone()),
        address: o.address.clone(),
        latitude: o.coordinate.map(|c| c.lat),
        longitude: o.coordinate.map(|c| c.lon),
        distance_km,
        schedule: o.schedule_rrule.clone(),
        start_time: o.start_time.clone(),
        end_time: o.end_time.clone(),
        next_start: entry.next(now, 1).first().map(|x| rfc3339(x.start)),
        status: o.status.code().to_owned(),
        last_confirmed_on: o.last_confirmed_on.to_string(),
        good_online_for_young: o.youth.good_online(o.channel),
        youth_led: o.youth.youth_led,
    }
}

async fn not_found() -> HttpError {
    HttpError::NotFound
}
