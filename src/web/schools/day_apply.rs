//! Association days, the associations' side: `/admin/foreningsdage` lists the coming days
//! of the municipality's schools with this person's applications, and
//! `/admin/foreningsdag/{day}/ansoeg` applies for one of their associations (an
//! administrator: for any).

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::accounts::Principal;
use crate::schools::days::{self as model, ApplicationDraft, MAX_DESCRIPTION, MAX_TITLE};
use crate::store::StoreError;
use crate::store::audit::Actor;
use crate::store::schools::days::AssociationDay;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::page::{FormPage, once, render_page};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

use super::days::{long_date, notice};

pub fn routes(r: Routes) -> Routes {
    r.get("/admin/foreningsdage", Access::Member, coming)
        .get(
            "/admin/foreningsdag/{day}/ansoeg",
            Access::Member,
            apply_form,
        )
        .post("/admin/foreningsdag/{day}/ansoeg", Access::Member, apply)
}

// ---- the associations' side ----

#[derive(Template)]
#[template(path = "schools/days_coming.html")]
struct ComingPage {
    chrome: Chrome,
    notice: Option<String>,
    /// (apply link, title, school, date, this person's associations' applications).
    days: Vec<(String, String, String, String, Vec<String>)>,
}

async fn coming(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let today = state.clock().today().to_string();
    let mut days = Vec::new();
    for d in state
        .store
        .coming_days(served.municipality.id, &today)
        .await?
    {
        let mine = state
            .store
            .day_activities(d.id)
            .await?
            .into_iter()
            .filter(|a| who.organisations.contains(&a.organisation_id))
            .map(|a| {
                let room = a.room.map(|r| format!(" · {}", r.1)).unwrap_or_default();
                format!(
                    "{}: {} — {}{room}",
                    a.organisation,
                    a.title,
                    chrome.t(a.status.key())
                )
            })
            .collect();
        days.push((
            chrome.href(&format!("/admin/foreningsdag/{}/ansoeg", d.id)),
            d.title,
            d.school,
            long_date(&chrome, &d.day),
            mine,
        ));
    }
    let page = ComingPage {
        notice: notice(&chrome, &params),
        days,
        chrome,
    };
    render_page(&page, StatusCode::OK)
}

/// The organisations this person may apply for: their memberships; for an administrator,
/// every organisation of the municipality (as on the other member pages).
async fn my_organisations(
    state: &AppState,
    who: &Principal,
    municipality: i64,
) -> Result<Vec<(i64, String)>, HttpError> {
    if who.is_admin() {
        Ok(state.store.organisation_names(municipality).await?)
    } else {
        Ok(state.store.memberships_of(who.account_id).await?)
    }
}

fn apply_view(
    state: &AppState,
    chrome: &Chrome,
    day: i64,
    organisations: &[(i64, String)],
    draft: &ApplicationDraft,
) -> FormView {
    let kinds = [model::Kind::Try, model::Kind::Show]
        .iter()
        .map(|k| (k.code().to_owned(), chrome.t(k.key())))
        .collect();
    let orgs = organisations
        .iter()
        .map(|(id, name)| (id.to_string(), name.clone()))
        .collect();
    let organisation = if draft.organisation.is_empty() {
        organisations
            .first()
            .map(|o| o.0.to_string())
            .unwrap_or_default()
    } else {
        draft.organisation.clone()
    };
    FormView::new(state, chrome, &format!("/admin/foreningsdag/{day}/ansoeg"))
        .field(
            Field::new(
                Kind::Select,
                "forening",
                chrome.t("days-label-organisation"),
            )
            .choices(orgs, &[organisation]),
        )
        .field(
            Field::new(Kind::Text, "titel", chrome.t("days-label-activity"))
                .hint(chrome.t("days-hint-activity"))
                .value(draft.title.clone())
                .max(MAX_TITLE)
                .required(),
        )
        .field(
            Field::new(
                Kind::TextArea,
                "beskrivelse",
                chrome.t("days-label-description"),
            )
            .value(draft.description.clone())
            .max(MAX_DESCRIPTION),
        )
        .field(
            Field::new(Kind::Radios, "slags", chrome.t("days-label-kind"))
                .choices(kinds, std::slice::from_ref(&draft.kind)),
        )
        .field(
            Field::new(Kind::Number, "pladser", chrome.t("days-label-places"))
                .hint(chrome.t("days-hint-places"))
                .value(draft.places.clone())
                .max(2)
                .required(),
        )
        .button("handling", "ansoeg", chrome.t("days-apply"), false)
}

async fn apply_page(
    chrome: Chrome,
    day: &AssociationDay,
    view: FormView,
    status: StatusCode,
) -> Result<Response, HttpError> {
    use fluent_templates::fluent_bundle::FluentValue;
    let lead = chrome.lang.t_with(
        "days-apply-lead",
        &[
            ("title", FluentValue::from(day.title.clone())),
            ("school", FluentValue::from(day.school.clone())),
            ("date", FluentValue::from(long_date(&chrome, &day.day))),
        ],
    );
    let back = chrome.href("/admin/foreningsdage");
    let back_text = chrome.t("days-back-coming");
    FormPage::new(chrome, "days-apply-title", view)
        .lead(lead)
        .link(back, back_text)
        .render(status)
}

async fn apply_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, HttpError> {
    let day = state
        .store
        .association_day(served.municipality.id, id)
        .await?;
    let organisations = my_organisations(&state, &who, served.municipality.id).await?;
    let view = apply_view(
        &state,
        &chrome,
        id,
        &organisations,
        &ApplicationDraft::default(),
    );
    apply_page(chrome, &day, view, StatusCode::OK).await
}

async fn apply(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    let municipality = served.municipality.id;
    let day = state.store.association_day(municipality, id).await?;
    let organisations = my_organisations(&state, &who, served.municipality.id).await?;
    let draft = ApplicationDraft {
        organisation: form.get("forening").to_owned(),
        title: form.get("titel").chars().take(MAX_TITLE + 1).collect(),
        description: form
            .get("beskrivelse")
            .chars()
            .take(MAX_DESCRIPTION + 1)
            .collect(),
        kind: form.get("slags").to_owned(),
        places: form.get("pladser").chars().take(4).collect(),
    };
    let mine: Vec<i64> = organisations.iter().map(|o| o.0).collect();
    // The form lists only this person's associations: another one's id is a forged form.
    if draft
        .organisation
        .parse::<i64>()
        .is_ok_and(|o| !mine.contains(&o))
    {
        return Err(HttpError::Forbidden);
    }
    let today = state.clock().today().to_string();
    let mut refused = match draft.check(&mine) {
        Ok(_) if day.day <= today => vec![("titel", "days-error-past")],
        Ok(_) => Vec::new(),
        Err(errors) => errors,
    };
    if refused.is_empty() {
        let application = draft.check(&mine).map_err(|_| HttpError::Forbidden)?;
        let by = Actor::Account(who.account_id);
        let applied = once(&state, &form, || async {
            state
                .store
                .apply_to_day(municipality, id, &application, by)
                .await
                .map_err(|e| match e {
                    StoreError::Conflict(_) => HttpError::Conflict {
                        key: "days-error-applied",
                    },
                    other => other.into(),
                })?;
            let to = chrome.href("/admin/foreningsdage?ok=ansoegt");
            Ok((Redirect::to(&to).into_response(), to))
        })
        .await;
        match applied {
            Err(HttpError::Conflict {
                key: "days-error-applied",
            }) => {
                refused.push(("titel", "days-error-applied"));
            }
            other => return other,
        }
    }
    let view =
        apply_view(&state, &chrome, id, &organisations, &draft).with_errors(&chrome, &refused);
    apply_page(chrome, &day, view, StatusCode::BAD_REQUEST).await
}
