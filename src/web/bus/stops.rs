//! Staff keep the bus's stops (`/admin/bussen/stop/ny`, `/admin/bussen/stop/{id}/sted`):
//! name, town, coordinates, accessibility, what happens when it rains, who usually comes.
//! A new stop starts with the data's defaults (once a week on a weekday, an hour) and joins
//! the plan with the next proposal; a stop keeps its key for life, because a road table
//! (`SAMMEN_BUS_MATRIX`) names stops by key. Stops are not deleted here: visits, bells and
//! calendars point at them, so a stop that ends is set to 0 visits a week instead.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use crate::domain::vocab::ACCESSIBILITY;
use crate::domain::{Coordinate, Town};
use crate::store::audit::Actor;
use crate::store::bus::StopPlace;
use crate::web::AppState;
use crate::web::bus::back;
use crate::web::bus::settings::coordinate;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::page::FormPage;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/admin/bussen/stop/ny", Access::Crew, new_form)
        .post("/admin/bussen/stop/ny", Access::Crew, create)
        .get("/admin/bussen/stop/{id}/sted", Access::Crew, edit_form)
        .post("/admin/bussen/stop/{id}/sted", Access::Crew, update)
}

/// A stop must lie this close to one of the municipality's towns: a typo in a
/// coordinate puts it far away.
const WITHIN_KM_OF_A_TOWN: f64 = 25.0;
const LONGEST_NAME: usize = 80;
const LONGEST_TEXT: usize = 300;

type Errors = Vec<(&'static str, &'static str)>;

/// The form's values as typed.
#[derive(Default)]
struct Values {
    name: String,
    town: String,
    lat: String,
    lon: String,
    access: Vec<String>,
    indoor: String,
    visitors: String,
}

impl Values {
    fn of(stop: &crate::bus::Stop) -> Values {
        Values {
            name: stop.name.clone(),
            town: stop.town.clone().unwrap_or_default(),
            lat: format!("{:.5}", stop.at.lat),
            lon: format!("{:.5}", stop.at.lon),
            access: stop.accessibility.clone(),
            indoor: stop.indoor_fallback.clone(),
            visitors: stop.typical_visitors.clone(),
        }
    }

    fn from_form(form: &FormData) -> Values {
        let cut = |k: &str, n: usize| form.get(k).trim().chars().take(n + 1).collect::<String>();
        Values {
            name: cut("navn", LONGEST_NAME),
            town: cut("by", LONGEST_NAME),
            lat: cut("bredde", 20),
            lon: cut("laengde", 20),
            access: form.all("adgang"),
            indoor: cut("indendoers", LONGEST_TEXT),
            visitors: cut("besoegende", LONGEST_TEXT),
        }
    }

    fn parse(&self, towns: &[Town]) -> Result<StopPlace, Errors> {
        let mut errors = Vec::new();
        if self.name.is_empty() || self.name.chars().count() > LONGEST_NAME {
            errors.push(("navn", "bus-stop-error-name"));
        }
        let town = match self.town.as_str() {
            "" => Some(None),
            name => towns.iter().find(|t| t.name == name).map(|t| Some(t.id)),
        };
        if town.is_none() {
            errors.push(("by", "error-form-bad"));
        }
        let at = coordinate(&self.lat, &self.lon);
        match at {
            None => errors.push(("bredde", "plan-settings-error-coordinates")),
            Some(at) if !near_a_town(at, towns) => errors.push(("bredde", "bus-stop-error-far")),
            Some(_) => {}
        }
        if self
            .access
            .iter()
            .any(|a| !ACCESSIBILITY.contains(&a.as_str()))
        {
            errors.push(("adgang", "error-form-bad"));
        }
        for (field, text) in [("indendoers", &self.indoor), ("besoegende", &self.visitors)] {
            if text.chars().count() > LONGEST_TEXT {
                errors.push((field, "bus-stop-error-long"));
            }
        }
        match (town, at) {
            (Some(town_id), Some(at)) if errors.is_empty() => Ok(StopPlace {
                name: self.name.clone(),
                town_id,
                at,
                accessibility: self.access.clone(),
                indoor_fallback: self.indoor.clone(),
                typical_visitors: self.visitors.clone(),
            }),
            _ => Err(errors),
        }
    }
}

fn near_a_town(at: Coordinate, towns: &[Town]) -> bool {
    towns.is_empty()
        || towns.iter().any(|t| {
            let c = t.coordinate;
            crate::domain::geo::haversine_km(at.lat, at.lon, c.lat, c.lon) <= WITHIN_KM_OF_A_TOWN
        })
}

fn view(
    state: &AppState,
    chrome: &Chrome,
    action: &str,
    towns: &[Town],
    v: &Values,
    errors: &[(&'static str, &'static str)],
) -> FormView {
    let lang = chrome.lang;
    let mut town_choices = vec![(String::new(), lang.t("bus-stop-no-town"))];
    town_choices.extend(towns.iter().map(|t| (t.name.clone(), t.name.clone())));
    let access = ACCESSIBILITY
        .iter()
        .map(|a| ((*a).to_owned(), lang.t(&format!("access-{a}"))))
        .collect();
    FormView::new(state, chrome, action)
        .field(
            Field::new(Kind::Text, "navn", lang.t("bus-stop-field-name"))
                .hint(lang.t("bus-stop-field-name-hint"))
                .value(v.name.clone())
                .required()
                .max(LONGEST_NAME),
        )
        .field(
            Field::new(Kind::Select, "by", lang.t("bus-stop-field-town"))
                .choices(town_choices, std::slice::from_ref(&v.town)),
        )
        .field(
            Field::new(Kind::Text, "bredde", lang.t("bus-stop-field-lat"))
                .hint(lang.t("plan-settings-lat-hint"))
                .value(v.lat.clone())
                .required()
                .max(20),
        )
        .field(
            Field::new(Kind::Text, "laengde", lang.t("bus-stop-field-lon"))
                .value(v.lon.clone())
                .required()
                .max(20),
        )
        .field(
            Field::new(Kind::Checkboxes, "adgang", lang.t("bus-stop-field-access"))
                .choices(access, &v.access),
        )
        .field(
            Field::new(
                Kind::TextArea,
                "indendoers",
                lang.t("bus-stop-field-indoor"),
            )
            .hint(lang.t("bus-stop-field-indoor-hint"))
            .value(v.indoor.clone())
            .max(LONGEST_TEXT),
        )
        .field(
            Field::new(
                Kind::TextArea,
                "besoegende",
                lang.t("bus-stop-field-visitors"),
            )
            .hint(lang.t("bus-stop-field-visitors-hint"))
            .value(v.visitors.clone())
            .max(LONGEST_TEXT),
        )
        .with_errors(chrome, errors)
        .button("handling", "gem", lang.t("plan-save"), false)
}

async fn page(
    state: &AppState,
    chrome: Chrome,
    target: Option<i64>,
    v: &Values,
    errors: &[(&'static str, &'static str)],
    served: &Served,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    let towns = state.store.towns(municipality).await?;
    let action = match target {
        Some(id) => format!("/admin/bussen/stop/{id}/sted"),
        None => "/admin/bussen/stop/ny".to_owned(),
    };
    let form = view(state, &chrome, &action, &towns, v, errors);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let title = match target {
        Some(_) => chrome
            .lang
            .t_with("bus-stop-edit-title", &[("stop", v.name.clone().into())]),
        None => chrome.t("bus-stop-new-title"),
    };
    let back = (chrome.href("/admin/bussen"), chrome.t("plan-title"));
    let lead = chrome.t("bus-stop-lead");
    let mut page = FormPage::new(chrome, "bus-stop-new-title", form)
        .lead(lead)
        .link(back.0, back.1);
    page.title = title;
    page.render(status)
}

async fn new_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    page(&state, chrome, None, &Values::default(), &[], &served).await
}

async fn create(
    served: Served,
    chrome: Chrome,
    who: SignedIn,
    State(state): State<AppState>,
    form: FormData,
) -> Result<Response, HttpError> {
    let values = Values::from_form(&form);
    let municipality = served.municipality.id;
    let towns = state.store.towns(municipality).await?;
    let checked = match values.parse(&towns) {
        Ok(checked) => checked,
        Err(errors) => return page(&state, chrome, None, &values, &errors, &served).await,
    };
    let town = towns
        .iter()
        .find(|t| Some(t.id) == checked.town_id)
        .map(|t| t.name.as_str())
        .unwrap_or_default();
    let key = crate::format::slug(&format!("{town} {}", checked.name), "stop");
    state
        .store
        .create_stop(
            municipality,
            &key,
            &checked,
            Actor::Account(who.0.account_id),
        )
        .await?;
    Ok(back(&chrome, "stop-ny"))
}

async fn edit_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, HttpError> {
    let id: i64 = id.parse().map_err(|_| HttpError::NotFound)?;
    let plan = crate::web::bus::timetable::plan(&state, chrome.lang, &served).await?;
    let stop = plan.stop(id).ok_or(HttpError::NotFound)?;
    page(&state, chrome, Some(id), &Values::of(stop), &[], &served).await
}

async fn update(
    served: Served,
    chrome: Chrome,
    who: SignedIn,
    State(state): State<AppState>,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let id: i64 = id.parse().map_err(|_| HttpError::NotFound)?;
    let values = Values::from_form(&form);
    let municipality = served.municipality.id;
    let towns = state.store.towns(municipality).await?;
    let checked = match values.parse(&towns) {
        Ok(checked) => checked,
        Err(errors) => return page(&state, chrome, Some(id), &values, &errors, &served).await,
    };
    if !state
        .store
        .update_stop(municipality, id, &checked, Actor::Account(who.0.account_id))
        .await?
    {
        return Err(HttpError::NotFound);
    }
    Ok(back(&chrome, "sted"))
}
