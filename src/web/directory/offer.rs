//! `/tilbud/{id}`: one offer in plain words — when, where, how to get there, what it
//! costs, who to contact — with schema.org JSON-LD, Open Graph tags, and a short form to
//! report wrong information to the moderators.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::directory::schedule::Schedule;
use crate::directory::search::analysis::fold;
use crate::domain::{Channel, HowToJoin, Offer, OfferStatus, Phone, tel};
use crate::format;
use crate::i18n::Lang;
use crate::limits as limits_of;
use crate::store::directory::NewOfferReport;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::client::Client;
use crate::web::directory::vejviser::{cost_text, format_km, where_text};
use crate::web::error::HttpError;
use crate::web::forms::FormData;
use crate::web::limits;
use crate::web::page::json_ld;
use crate::web::pages::arena_key;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.get("/tilbud/{id}", Access::Public, show)
        .post("/tilbud/{id}", Access::Public, report)
}

/// Longest report message we take.
const MAX_REPORT_CHARS: usize = 2000;

pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Template)]
#[template(path = "directory/offer.html")]
struct OfferPage {
    chrome: Chrome,
    id: i64,
    name: String,
    short_description: String,
    paragraphs: Vec<String>,
    status_notice: Option<String>,
    /// Badges for the young, each with what it means (issue 20).
    youth: Vec<(String, String)>,
    facts: Vec<Fact>,
    next_dates: Vec<String>,
    organisation: String,
    organisation_id: i64,
    phone: String,
    tel: String,
    email: String,
    website: String,
    station: Option<String>,
    distances: Vec<String>,
    /// The towns to choose from for "Sådan kommer du derhen" (`/tilbud/{id}/rejse`).
    towns: Vec<(String, String)>,
    confirmed: String,
    stale: bool,
    og_url: String,
    json_ld: String,
    reported: bool,
    token: String,
    form: ReportForm,
    form_errors: Vec<(String, String)>,
    message_error: Option<String>,
    contact_error: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    besked: String,
    #[serde(default)]
    kontakt: String,
    /// A field people leave empty and robots fill in.
    #[serde(default)]
    website: String,
}

/// The offer's badges for the young and what each means: the adult who supports a group
/// the young started is named by first name only, never with an address or a number.
fn youth_lines(lang: Lang, offer: &Offer) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if offer.youth.good_online(offer.channel) {
        out.push((
            lang.t("youth-badge-online"),
            lang.t("youth-badge-online-means"),
        ));
    }
    if offer.youth.youth_led {
        let means = if offer.youth.adult_first_name.is_empty() {
            lang.t("youth-badge-led-means")
        } else {
            lang.t_with(
                "youth-badge-led-adult",
                &[("name", offer.youth.adult_first_name.clone().into())],
            )
        };
        out.push((lang.t("youth-badge-led"), means));
    }
    out
}

async fn show(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let id = id.parse::<i64>().map_err(|_| HttpError::NotFound)?;
    let reported = query.get("rettet").is_some_and(|v| v == "1");
    let page = offer_page(
        chrome,
        &state,
        id,
        ReportForm::default(),
        Vec::new(),
        reported,
        &served,
    )
    .await?;
    crate::web::page::render_page(&page, StatusCode::OK)
}

async fn report(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    client: Client,
    Path(id): Path<String>,
    data: FormData,
) -> Result<Response, HttpError> {
    let id = id.parse::<i64>().map_err(|_| HttpError::NotFound)?;
    let form: ReportForm = data.decode()?;
    let prefix = chrome.prefix;
    // A robot filled the hidden field: say thanks and keep nothing.
    if !form.website.is_empty() {
        return Ok(Redirect::to(&format!("{prefix}/tilbud/{id}?rettet=1#ret")).into_response());
    }
    let mut errors = Vec::new();
    let message = form.besked.trim();
    if message.is_empty() {
        errors.push(("besked", "report-error-empty"));
    } else if message.chars().count() > MAX_REPORT_CHARS {
        errors.push(("besked", "report-error-long"));
    }
    let contact = form.kontakt.trim();
    if contact.chars().count() > 200 || (!contact.is_empty() && !looks_like_contact(contact)) {
        errors.push(("kontakt", "report-error-contact"));
    }
    if !errors.is_empty() {
        let page = offer_page(chrome, &state, id, form, errors, false, &served).await?;
        return crate::web::page::render_page(&page, StatusCode::BAD_REQUEST);
    }
    limits::guard(
        &state,
        &data,
        &limits_of::REPORT,
        &client,
        &format!("offer:{id}"),
        1,
    )
    .await?;
    let municipality_id = served.municipality.id;
    let report = NewOfferReport {
        offer_id: id,
        message: message.to_owned(),
        contact: contact.to_owned(),
    };
    crate::web::page::once(&state, &data, || async {
        state
            .store
            .add_offer_report(municipality_id, &report)
            .await?;
        tracing::info!(offer = id, "wrong-information report filed");
        let target = format!("{prefix}/tilbud/{id}?rettet=1#ret");
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await
}

/// An e-mail address or a phone number, roughly: enough to answer the person.
fn looks_like_contact(text: &str) -> bool {
    let email = text
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.') && !text.contains(' '));
    email || Phone::parse(text).is_some()
}

async fn offer_page(
    chrome: Chrome,
    state: &AppState,
    id: i64,
    form: ReportForm,
    errors: Vec<(&'static str, &'static str)>,
    reported: bool,
    served: &Served,
) -> Result<OfferPage, HttpError> {
    let snapshot = served.clone();
    let directory = &snapshot.directory;
    // Ended offers are not in the search index; they are still shown, marked as ended.
    let offer = match directory.entry(id) {
        Some(entry) => (*entry.offer).clone(),
        None => state.store.offer(snapshot.municipality.id, id).await?,
    };
    let lang = chrome.lang;
    let schedule = Schedule::of(&offer);
    let now = state.clock().now();
    let next_dates = match (&schedule, offer.status) {
        (Some(s), OfferStatus::Active) => s
            .next(now, 3)
            .into_iter()
            .map(|o| format::moment(lang, o.start))
            .collect(),
        _ => Vec::new(),
    };
    let station = directory
        .nearest_station(&offer)
        .filter(|_| offer.channel == Channel::InPerson)
        .map(|(s, km)| {
            lang.t_with(
                "offer-station",
                &[
                    ("station", s.name.clone().into()),
                    ("km", format_km(lang, km).into()),
                ],
            )
        });
    let distances = if offer.channel == Channel::InPerson {
        directory
            .distances_from_towns(&offer)
            .into_iter()
            .map(|(town, km)| format!("{}: {} km", town.name, format_km(lang, km)))
            .collect()
    } else {
        Vec::new()
    };
    let today = state.clock().today();
    let stale = crate::directory::freshness::is_stale(
        offer.last_confirmed_on,
        today,
        state.config.freshness.stale,
    );
    let status_notice = match offer.status {
        OfferStatus::Active => None,
        OfferStatus::Paused => Some(lang.t("offer-paused")),
        OfferStatus::Ended => Some(lang.t("offer-ended")),
    };
    let og_url = format!("{}/tilbud/{}", served.base_url, offer.id);
    let message_error = errors
        .iter()
        .find(|(f, _)| *f == "besked")
        .map(|(_, k)| lang.t(k));
    let contact_error = errors
        .iter()
        .find(|(f, _)| *f == "kontakt")
        .map(|(_, k)| lang.t(k));
    Ok(OfferPage {
        id: offer.id,
        name: offer.name.clone(),
        short_description: offer.short_description.clone(),
        paragraphs: offer
            .description
            .split("\n\n")
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect(),
        status_notice,
        youth: youth_lines(lang, &offer),
        facts: facts(lang, &offer, schedule.as_ref(), state.clock().today()),
        next_dates,
        organisation: offer.organisation.name.clone(),
        organisation_id: offer.organisation.id,
        phone: offer.organisation.phone.clone(),
        tel: tel(&offer.organisation.phone),
        email: offer.organisation.email.clone(),
        website: offer.organisation.website.clone(),
        station,
        towns: if offer.channel == Channel::InPerson && offer.coordinate.is_some() {
            crate::web::forms::town_choices(&directory.towns, None)
        } else {
            Vec::new()
        },
        distances,
        confirmed: lang.t_with(
            "vejviser-confirmed",
            &[("date", format::date(lang, offer.last_confirmed_on).into())],
        ),
        stale,
        json_ld: json_ld(&schema_org(&offer, &og_url)),
        og_url,
        reported,
        token: state
            .form_key
            .issue(chrome.session.as_deref(), state.store.now()),
        form_errors: errors
            .iter()
            .map(|(field, key)| (field.to_string(), lang.t(key)))
            .collect(),
        message_error,
        contact_error,
        form,
        chrome,
    })
}

fn facts(
    lang: Lang,
    offer: &Offer,
    schedule: Option<&Schedule>,
    today: jiff::civil::Date,
) -> Vec<Fact> {
    let fact = |key: &str, value: String| Fact {
        label: lang.t(key),
        value,
    };
    let yes_no = |yes: bool| lang.t(if yes { "offer-yes" } else { "offer-no" });
    let mut out = vec![
        fact(
            "offer-for",
            format!(
                "{} ({})",
                offer
                    .target_groups
                    .iter()
                    .map(|g| lang.t(&format!("target-{}", fold(g))))
                    .collect::<Vec<_>>()
                    .join(", "),
                lang.t_with(
                    "offer-ages",
                    &[("min", offer.age_min.into()), ("max", offer.age_max.into())]
                )
            ),
        ),
        fact("vejviser-where", where_text(lang, offer, None)),
    ];
    if !offer.address.is_empty() {
        out.push(fact("offer-address", offer.address.clone()));
    } else if let Some(place) = offer.place.as_ref().filter(|p| !p.address.is_empty()) {
        out.push(fact("offer-address", place.address.clone()));
    }
    if let Some(schedule) = schedule {
        out.push(fact("offer-when", schedule.describe(lang)));
        let coming: Vec<String> = schedule
            .exceptions()
            .iter()
            .filter(|d| **d >= today)
            .map(|d| format::day(lang, *d))
            .collect();
        if !coming.is_empty() {
            out.push(fact("offer-not-on", coming.join(", ")));
        }
    }
    out.push(fact("vejviser-cost", cost_text(lang, offer)));
    let join = match offer.how_to_join {
        HowToJoin::ShowUp => "offer-join-show-up",
        HowToJoin::SignUp => "offer-join-sign-up",
        HowToJoin::ContactFirst => "offer-join-contact",
    };
    out.push(fact("offer-how-to-join", lang.t(join)));
    out.push(fact("reason-newcomers", yes_no(offer.newcomers_welcome)));
    out.push(fact("offer-bring-someone", yes_no(offer.bring_someone)));
    out.push(fact("offer-ambassador", yes_no(offer.ambassador_can_join)));
    if !offer.accessibility.is_empty() {
        let list = offer
            .accessibility
            .iter()
            .map(|a| lang.t(&format!("access-{}", fold(a))))
            .collect::<Vec<_>>();
        out.push(fact("filter-accessibility", list.join(", ")));
    }
    if !offer.languages.is_empty() {
        out.push(fact(
            "offer-languages",
            offer
                .languages
                .iter()
                .map(|l| format::language_name(lang, l))
                .collect::<Vec<_>>()
                .join(", "),
        ));
    }
    let arenas = offer
        .life_arenas
        .iter()
        .map(|a| lang.t(arena_key(*a)))
        .collect::<Vec<_>>();
    let arenas = if arenas.is_empty() {
        lang.t("offer-unclassified")
    } else {
        arenas.join(", ")
    };
    out.push(fact("filter-arena", arenas));
    out
}

/// schema.org description for search engines: an Event series would overclaim, so the
/// offer is a `Service` with its provider and place.
fn schema_org(offer: &Offer, url: &str) -> serde_json::Value {
    let mut value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Service",
        "name": offer.name,
        "description": offer.short_description,
        "url": url,
        "provider": { "@type": "Organization", "name": offer.organisation.name, "email": offer.organisation.email },
        "isAccessibleForFree": offer.cost == crate::domain::CostKind::Free,
        "audience": { "@type": "PeopleAudience", "suggestedMinAge": offer.age_min, "suggestedMaxAge": offer.age_max },
    });
    if let (Some(place), Some(at)) = (&offer.place, offer.coordinate) {
        value["areaServed"] = serde_json::json!({
            "@type": "Place",
            "name": place.name,
            "address": place.address,
            "geo": { "@type": "GeoCoordinates", "latitude": at.lat, "longitude": at.lon },
        });
    }
    value
}

#[cfg(test)]
mod tests {
    use super::looks_like_contact;

    #[test]
    fn contact_is_an_email_or_a_phone_number() {
        assert!(looks_like_contact("ane@example.org"));
        assert!(looks_like_contact("+45 00 00 00 00"));
        assert!(!looks_like_contact("ring til mig"));
        assert!(!looks_like_contact("1234"));
    }
}
