//! The bell for everyone: on a stop's page, anyone can ask for a mail when the bus is
//! about 10, 20 or 30 minutes away and/or the day before — no account; only the address,
//! the stop and the choice are stored. The first mail confirms the address; every mail
//! carries the private link `/bussen/klokke/{token}` to stop it (the token is a MAC of the
//! subscription's id, [`crate::bus::ring::token`]).
//!
//! The page answers the same whether the address was new or already listening, so the
//! form cannot be used to find out who follows which stop.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::accounts::{normalise_email, plausible_email};
use crate::bus::bell::{Channel, LEADS};
use crate::bus::ring::{token, verify};
use crate::limits as limits_of;
use crate::store::bus::NewSubscription;
use crate::store::forms::FormClaim;
use crate::store::outbox::NewMail;
use crate::web::AppState;
use crate::web::bus::timetable::BellValues;
use crate::web::chrome::Chrome;
use crate::web::client::Client;
use crate::web::error::HttpError;
use crate::web::forms::FormData;
use crate::web::limits;
use crate::web::page::MessagePage;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

pub fn routes(r: Routes) -> Routes {
    r.post("/bussen/stop/{id}/klokke", Access::Public, subscribe)
        .post("/bussen/stop/{id}/push", Access::Public, subscribe_push)
        .get("/bussen/push-sw.js", Access::Public, service_worker)
        .get("/bussen/klokke/{token}", Access::Public, manage)
        .post("/bussen/klokke/{token}", Access::Public, change)
}

async fn subscribe(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    client: Client,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let lang = chrome.lang;
    let plan = served.bus_plan(lang);
    let stop_id: i64 = id.parse().map_err(|_| HttpError::NotFound)?;
    let stop = plan.stop(stop_id).ok_or(HttpError::NotFound)?;
    let values = BellValues {
        email: form.get("email").trim().chars().take(254).collect(),
        lead: form.get("varsel").to_owned(),
        day_before: form.has("dagen_foer"),
    };
    let mut errors = Vec::new();
    let email = normalise_email(&values.email);
    if email.is_empty() {
        errors.push(("email", "bell-error-email-missing"));
    } else if !plausible_email(&email) {
        errors.push(("email", "bell-error-email"));
    }
    let lead = match values.lead.as_str() {
        "ingen" => None,
        text => match text.parse::<i64>() {
            Ok(m) if LEADS.contains(&m) => Some(m),
            _ => {
                errors.push(("varsel", "bell-error-lead"));
                None
            }
        },
    };
    if values.lead == "ingen" && !values.day_before {
        errors.push(("varsel", "bell-error-nothing"));
    }
    if !errors.is_empty() {
        let bell = crate::web::bus::timetable::form(&state, &chrome, stop_id, &values, &errors);
        return crate::web::bus::timetable::render_stop(
            &state,
            chrome,
            &plan,
            stop,
            bell,
            StatusCode::BAD_REQUEST,
        )
        .await;
    }
    // Mail goes to the address typed in: a flood from one client, or at one address, stops.
    limits::guard(&state, &form, &limits_of::BELL, &client, &email, 1).await?;
    let municipality = served.municipality.id;
    let (subscription, new) = state
        .store
        .subscribe(
            municipality,
            &NewSubscription {
                stop_id,
                channel: Channel::Email,
                address: &email,
                p256dh: None,
                auth: None,
                lead_minutes: lead,
                day_before: values.day_before,
                lang,
            },
        )
        .await?;
    let link = format!(
        "{}{}",
        served.base_url.trim_end_matches('/'),
        chrome.href(&format!(
            "/bussen/klokke/{}",
            token(&state.form_key, subscription)
        ))
    );
    let args = [("stop", stop.full_name().into()), ("link", link.into())];
    // One mail per subscription and day, whatever is pressed: the form cannot be used to
    // flood an inbox.
    let day = state.clock().today();
    let (subject, body, key) = if new {
        (
            lang.t_with("mail-bell-confirm-subject", &args),
            lang.t_with("mail-bell-confirm-body", &args),
            format!("bell-confirm:{subscription}:{day}"),
        )
    } else {
        (
            lang.t_with("mail-bell-again-subject", &args),
            lang.t_with("mail-bell-again-body", &args),
            format!("bell-again:{subscription}:{day}"),
        )
    };
    state
        .store
        .queue_mail(&NewMail {
            municipality_id: Some(municipality),
            to: email,
            subject,
            body,
            unique_key: Some(key),
        })
        .await?;
    let page = MessagePage::new(
        chrome,
        "bell-sent-title",
        &["bell-sent-text", "bell-sent-privacy"],
    )
    .link(&format!("/bussen/stop/{stop_id}"), "bell-back-to-stop");
    crate::web::page::render_page(&page, StatusCode::OK)
}

fn push_error(code: &'static str, message: String) -> Response {
    push_answer(StatusCode::BAD_REQUEST, code, message)
}

fn push_answer(status: StatusCode, code: &'static str, message: String) -> Response {
    (
        status,
        axum::Json(serde_json::json!({ "error": { "code": code, "message": message } })),
    )
        .into_response()
}

/// Web Push from `bell.js`: the browser's subscription (endpoint and keys) and the same
/// choices as the mail form. Permission in the browser is the consent, so it starts at
/// once. Answers JSON with the private link, or an error with a code.
async fn subscribe_push(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    client: Client,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let lang = chrome.lang;
    let plan = served.bus_plan(lang);
    let stop_id: i64 = id.parse().map_err(|_| HttpError::NotFound)?;
    let stop = plan.stop(stop_id).ok_or(HttpError::NotFound)?;
    let endpoint = form.get("endpoint").trim();
    if !crate::bus::push::endpoint_usable(endpoint, state.config.push_loopback).await {
        return Ok(push_error("bad_endpoint", lang.t("bell-push-error")));
    }
    let (p256dh, auth) = (form.get("p256dh").trim(), form.get("auth").trim());
    if crate::bus::push::check_keys(p256dh, auth).is_none() {
        return Ok(push_error("bad_keys", lang.t("bell-push-error")));
    }
    let day_before = form.has("dagen_foer");
    let lead = match form.get("varsel") {
        "ingen" if day_before => None,
        text => match text.parse::<i64>() {
            Ok(m) if LEADS.contains(&m) => Some(m),
            _ => return Ok(push_error("bad_choice", lang.t("bell-error-nothing"))),
        },
    };
    // One subscription per form: the token is claimed, so one page cannot post a list of
    // endpoints; and a client or a stop gets only so many an hour.
    match limits::spend(
        &state,
        &limits_of::PUSH,
        &client,
        &format!("stop:{stop_id}"),
        1,
    )
    .await
    {
        Err(HttpError::TooMany { minutes }) => {
            let text = lang.t_with("error-429-text", &[("minutes", minutes.into())]);
            return Ok(push_answer(
                StatusCode::TOO_MANY_REQUESTS,
                "too_many_requests",
                text,
            ));
        }
        other => other?,
    }
    if let FormClaim::Seen(_) = state.store.claim_form(&form.nonce).await? {
        return Ok(push_answer(
            StatusCode::CONFLICT,
            "form_used",
            lang.t("bell-push-error-twice"),
        ));
    }
    let municipality = served.municipality.id;
    let (subscription, _) = state
        .store
        .subscribe(
            municipality,
            &NewSubscription {
                stop_id,
                channel: Channel::Push,
                address: endpoint,
                p256dh: Some(p256dh),
                auth: Some(auth),
                lead_minutes: lead,
                day_before,
                lang,
            },
        )
        .await?;
    let manage = chrome.href(&format!(
        "/bussen/klokke/{}",
        token(&state.form_key, subscription)
    ));
    Ok(axum::Json(serde_json::json!({
        "ok": true,
        "message": lang.t_with("bell-push-done", &[("stop", stop.full_name().into())]),
        "manage": manage,
        "manage_label": lang.t("bell-manage"),
    }))
    .into_response())
}

/// The service worker that shows the bell's push messages; its scope is `/bussen/`.
async fn service_worker() -> Response {
    (
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/javascript; charset=utf-8",
            ),
            (axum::http::header::CACHE_CONTROL, "no-cache"),
        ],
        include_str!("../../../assets/push-sw.js"),
    )
        .into_response()
}

#[derive(Template)]
#[template(path = "bus/bell.html")]
struct ManagePage {
    chrome: Chrome,
    stop: String,
    stop_href: String,
    facts: Vec<String>,
    confirmed: bool,
    action: String,
    token: String,
}

async fn manage(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(secret): Path<String>,
) -> Result<Response, HttpError> {
    let lang = chrome.lang;
    let id = verify(&state.form_key, &secret).ok_or(HttpError::NotFound)?;
    let Some(subscription) = state.store.subscription(id).await? else {
        let page = MessagePage::new(chrome, "bell-gone-title", &["bell-gone-text"])
            .link("/bussen", "bus-back");
        return crate::web::page::render_page(&page, StatusCode::NOT_FOUND);
    };
    let plan = served.bus_plan(lang);
    let stop = plan.stop(subscription.stop_id).ok_or(HttpError::NotFound)?;
    let mut facts = vec![lang.t_with(
        "bell-fact-address",
        &[("address", subscription.address.clone().into())],
    )];
    if let Some(m) = subscription.lead_minutes {
        facts.push(lang.t_with("bell-lead-minutes", &[("minutes", m.to_string().into())]));
    }
    if subscription.day_before {
        facts.push(lang.t("bell-day-before"));
    }
    let page = ManagePage {
        stop: stop.full_name(),
        stop_href: chrome.href(&format!("/bussen/stop/{}", stop.id)),
        facts,
        confirmed: subscription.confirmed,
        action: chrome.href(&format!("/bussen/klokke/{secret}")),
        token: state
            .form_key
            .issue(chrome.session.as_deref(), state.store.now()),
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

async fn change(
    chrome: Chrome,
    State(state): State<AppState>,
    Path(secret): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let id = verify(&state.form_key, &secret).ok_or(HttpError::NotFound)?;
    let Some(subscription) = state.store.subscription(id).await? else {
        let page = MessagePage::new(chrome, "bell-gone-title", &["bell-gone-text"])
            .link("/bussen", "bus-back");
        return crate::web::page::render_page(&page, StatusCode::NOT_FOUND);
    };
    let stop = format!("/bussen/stop/{}", subscription.stop_id);
    let page = match form.get("handling") {
        "bekraeft" => {
            state.store.confirm_subscription(id).await?;
            MessagePage::new(chrome, "bell-confirmed-title", &["bell-confirmed-text"])
                .link(&format!("/bussen/klokke/{secret}"), "bell-manage")
                .link(&stop, "bell-back-to-stop")
        }
        "afmeld" => {
            state.store.unsubscribe(id).await?;
            MessagePage::new(chrome, "bell-stopped-title", &["bell-stopped-text"])
                .link(&stop, "bell-back-to-stop")
        }
        _ => {
            return Err(HttpError::BadRequest {
                code: "bad_action",
                key: "error-form-bad",
            });
        }
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}
