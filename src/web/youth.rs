//! The young (issue 20).
//!
//! - `/admin/unge` and `/admin/tilbud/{id}/unge`: moderators mark an online offer as a good
//!   online community for the young — moderated, adults present, free to join. The marks
//!   live beside the offer (`offer_youth`), so the offer form and its moderation keep them.
//! - `/unge/start-en-gruppe`: a young person (15–25) suggests a group with a named adult who
//!   supports it; anonymous, so guarded as every anonymous form
//!   ([`crate::limits::YOUTH_GROUP`]). The adult gets a mail with a private link (its token
//!   derived from the form's nonce, kept as SHA-256 only; `/unge/stoet/` is one of
//!   `SECRET_PATHS`).
//! - `/unge/stoet/{token}`: the adult's page; "I vouch for this group" turns it into a
//!   suggestion in the moderators' queue. Approved, the offer says "started by young
//!   people — with support from an adult" with the adult's first name.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::accounts::token_hash;
use crate::directory::draft::{OfferDraft, WEEKDAYS};
use crate::domain::youth::YouthMarks;
use crate::domain::{Channel, Phone};
use crate::format;
use crate::i18n::Lang;
use crate::limits as limits_of;
use crate::store::StoreError;
use crate::store::outbox::NewMail;
use crate::store::youth::{NewYouthGroup, YouthGroup};
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::client::Client;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind, town_choices};
use crate::web::limits;
use crate::web::page::{FormPage, MessagePage, once, once_private};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;
use crate::youth::{self, GroupForm, MAX_NAME, MAX_PERSON, MAX_WHAT, MAX_WHERE, ONLINE};

pub fn routes(r: Routes) -> Routes {
    r.get("/admin/unge", Access::Moderator, marks_list)
        .get("/admin/tilbud/{id}/unge", Access::Moderator, marks_form)
        .post("/admin/tilbud/{id}/unge", Access::Moderator, marks_save)
        .get("/unge/start-en-gruppe", Access::Public, group_form)
        .post("/unge/start-en-gruppe", Access::Public, group_send)
        .get("/unge/start-en-gruppe/tak", Access::Public, group_thanks)
        .get("/unge/stoet/{token}", Access::Public, vouch_page)
        .post("/unge/stoet/{token}", Access::Public, vouch)
}

// ---- the moderators' marks ----

/// `/admin/unge`: the online offers, each with whether it is marked, linking to its form.
async fn marks_list(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let offers = state.store.offers(who.municipality_id).await?;
    let mut page = MessagePage::new(chrome, "youth-marks-list-title", &["youth-marks-list-text"]);
    if params.get("ok").is_some_and(|v| v == "1") {
        page.paragraphs
            .insert(0, page.chrome.t("youth-marks-saved"));
    }
    for offer in offers.iter().filter(|o| o.channel == Channel::Online) {
        let state_key = if offer.youth.good_online(offer.channel) {
            "youth-marks-on"
        } else {
            "youth-marks-off"
        };
        let text = format!("{} – {}", offer.name, page.chrome.t(state_key));
        let href = page
            .chrome
            .href(&format!("/admin/tilbud/{}/unge", offer.id));
        page.links.push((href, text));
    }
    page.render(StatusCode::OK)
}

fn marks_view(state: &AppState, chrome: &Chrome, id: i64, marks: &YouthMarks) -> FormView {
    FormView::new(state, chrome, &format!("/admin/tilbud/{id}/unge"))
        .field(
            Field::new(
                Kind::Checkbox,
                "modereret",
                chrome.t("youth-mark-moderated"),
            )
            .hint(chrome.t("youth-mark-moderated-hint"))
            .checked(marks.moderated),
        )
        .field(
            Field::new(Kind::Checkbox, "voksne", chrome.t("youth-mark-adults"))
                .hint(chrome.t("youth-mark-adults-hint"))
                .checked(marks.adults_present),
        )
        .field(
            Field::new(Kind::Checkbox, "gratis", chrome.t("youth-mark-free"))
                .hint(chrome.t("youth-mark-free-hint"))
                .checked(marks.free_to_join),
        )
        .button("handling", "gem", chrome.t("youth-marks-save"), false)
}

async fn marks_form(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, HttpError> {
    let offer = state.store.offer(who.municipality_id, id).await?;
    let form = marks_view(&state, &chrome, id, &offer.youth);
    let lead = chrome.t("youth-marks-lead");
    let online = if offer.channel == Channel::Online {
        None
    } else {
        Some(chrome.t("youth-marks-not-online"))
    };
    let offer_link = (chrome.href(&format!("/tilbud/{id}")), offer.name.clone());
    let back = (chrome.href("/admin/unge"), chrome.t("youth-marks-back"));
    let mut page = FormPage::new(chrome, "youth-marks-title", form)
        .lead(lead)
        .link(offer_link.0, offer_link.1)
        .link(back.0, back.1);
    if let Some(text) = online {
        page = page.lead(text);
    }
    page.title = format!("{}: {}", page.title, offer.name);
    page.render(StatusCode::OK)
}

async fn marks_save(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    let marks = YouthMarks {
        moderated: form.get("modereret") == "ja",
        adults_present: form.get("voksne") == "ja",
        free_to_join: form.get("gratis") == "ja",
        ..YouthMarks::default()
    };
    once(&state, &form, || async {
        state
            .store
            .set_youth_marks(who.municipality_id, id, &marks, who.account_id)
            .await?;
        let to = chrome.href("/admin/unge?ok=1");
        Ok((Redirect::to(&to).into_response(), to))
    })
    .await
}

// ---- a group the young start ----

fn read_group(form: &FormData) -> GroupForm {
    let take = |name: &str, max: usize| form.get(name).chars().take(max + 1).collect::<String>();
    GroupForm {
        name: take("navn", MAX_NAME),
        what: take("hvad", MAX_WHAT),
        day: take("dag", 2),
        start: take("fra", 10),
        end: take("til", 10),
        town: take("by", MAX_NAME),
        place: take("hvor", MAX_WHERE),
        first_name: take("fornavn", MAX_PERSON),
        age: take("alder", 10),
        email: take("email", 254),
        adult_name: take("voksen_navn", MAX_PERSON),
        adult_email: take("voksen_email", 254),
        adult_phone: take("voksen_telefon", 40),
    }
}

fn day_choices(chrome: &Chrome) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), chrome.t("youth-day-choose"))];
    out.extend(WEEKDAYS.iter().enumerate().map(|(i, code)| {
        (
            code.to_string(),
            format::weekday_name(chrome.lang, i).to_owned(),
        )
    }));
    out
}

fn group_view(state: &AppState, chrome: &Chrome, served: &Served, g: &GroupForm) -> FormView {
    let mut towns = town_choices(&served.directory.towns, Some(chrome.t("youth-town-choose")));
    towns.push((ONLINE.to_owned(), chrome.t("youth-town-online")));
    FormView::new(state, chrome, "/unge/start-en-gruppe")
        .anonymous()
        .field(
            Field::new(Kind::Text, "navn", chrome.t("youth-group-name"))
                .hint(chrome.t("youth-group-name-hint"))
                .value(g.name.clone())
                .max(MAX_NAME)
                .required(),
        )
        .field(
            Field::new(Kind::TextArea, "hvad", chrome.t("youth-group-what"))
                .hint(chrome.t("youth-group-what-hint"))
                .value(g.what.clone())
                .max(MAX_WHAT)
                .required(),
        )
        .field(
            Field::new(Kind::Select, "dag", chrome.t("youth-group-day"))
                .choices(day_choices(chrome), std::slice::from_ref(&g.day)),
        )
        .field(
            Field::new(Kind::Time, "fra", chrome.t("youth-group-from"))
                .hint(chrome.t("youth-group-time-hint"))
                .value(g.start.clone())
                .max(10),
        )
        .field(
            Field::new(Kind::Time, "til", chrome.t("youth-group-to"))
                .value(g.end.clone())
                .max(10),
        )
        .field(
            Field::new(Kind::Select, "by", chrome.t("youth-group-town"))
                .choices(towns, std::slice::from_ref(&g.town)),
        )
        .field(
            Field::new(Kind::Text, "hvor", chrome.t("youth-group-where"))
                .hint(chrome.t("youth-group-where-hint"))
                .value(g.place.clone())
                .max(MAX_WHERE),
        )
        .field(
            Field::new(Kind::Text, "fornavn", chrome.t("youth-first-name"))
                .value(g.first_name.clone())
                .autocomplete("given-name")
                .max(MAX_PERSON)
                .required(),
        )
        .field(
            Field::new(Kind::Number, "alder", chrome.t("youth-age"))
                .hint(chrome.t("youth-age-hint"))
                .value(g.age.clone())
                .max(3)
                .required(),
        )
        .field(
            Field::new(Kind::Email, "email", chrome.t("youth-email"))
                .hint(chrome.t("youth-email-hint"))
                .value(g.email.clone())
                .autocomplete("email")
                .max(254)
                .required(),
        )
        .field(
            Field::new(Kind::Text, "voksen_navn", chrome.t("youth-adult-name"))
                .hint(chrome.t("youth-adult-name-hint"))
                .value(g.adult_name.clone())
                .autocomplete("off")
                .max(MAX_PERSON)
                .required(),
        )
        .field(
            Field::new(Kind::Email, "voksen_email", chrome.t("youth-adult-email"))
                .value(g.adult_email.clone())
                .autocomplete("off")
                .max(254)
                .required(),
        )
        .field(
            Field::new(Kind::Text, "voksen_telefon", chrome.t("youth-adult-phone"))
                .hint(chrome.t("youth-adult-phone-hint"))
                .value(g.adult_phone.clone())
                .autocomplete("off")
                .max(40)
                .required(),
        )
        .button("handling", "send", chrome.t("youth-send"), false)
}

fn group_page(chrome: Chrome, form: FormView, status: StatusCode) -> Result<Response, HttpError> {
    let lead = chrome.t("youth-group-lead");
    let adult = chrome.t("youth-group-lead-adult");
    FormPage::new(chrome, "youth-group-title", form)
        .lead(lead)
        .lead(adult)
        .render(status)
}

async fn group_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let view = group_view(&state, &chrome, &served, &GroupForm::default());
    group_page(chrome, view, StatusCode::OK)
}

/// When and where, in words (the adult's mail and page).
fn when_text(lang: Lang, draft: &OfferDraft) -> String {
    let day = draft
        .weekdays
        .first()
        .and_then(|d| WEEKDAYS.iter().position(|w| w == d))
        .map(|i| format::weekday_name(lang, i))
        .unwrap_or_default();
    let time = |t: &str| {
        format::parse_clock(t)
            .map(format::clock)
            .unwrap_or_default()
    };
    format!(
        "{day} {}–{}",
        time(&draft.start_time),
        time(&draft.end_time)
    )
}

fn where_text(lang: Lang, draft: &OfferDraft) -> String {
    let town = if draft.channel == "online" {
        lang.t("youth-town-online")
    } else {
        draft.town.clone()
    };
    if draft.address.is_empty() {
        town
    } else {
        format!("{town}, {}", draft.address)
    }
}

async fn group_send(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    client: Client,
    form: FormData,
) -> Result<Response, HttpError> {
    let g = read_group(&form);
    let towns = crate::domain::town_names(&served.directory.towns);
    let errors = g.errors(&towns);
    if !errors.is_empty() {
        let view = group_view(&state, &chrome, &served, &g).with_errors(&chrome, &errors);
        return group_page(chrome, view, StatusCode::BAD_REQUEST);
    }
    limits::guard(
        &state,
        &form,
        &limits_of::YOUTH_GROUP,
        &client,
        &g.adult_email(),
        1,
    )
    .await?;
    let token = state.form_key.derive("youth-group", &form.nonce);
    let draft = g.to_draft();
    let lang = chrome.lang;
    let link = format!(
        "{}{}",
        served.base_url,
        chrome.href(&format!("/unge/stoet/{token}"))
    );
    let phone = Phone::parse(&g.adult_phone)
        .map(|p| p.to_string())
        .unwrap_or_default();
    let args = [
        ("name", youth::first_name(&g.adult_name).into()),
        ("first", g.first_name.trim().to_owned().into()),
        ("age", g.age().unwrap_or_default().into()),
        ("group", draft.name.clone().into()),
        ("what", draft.short_description.clone().into()),
        ("when", when_text(lang, &draft).into()),
        ("where", where_text(lang, &draft).into()),
        ("link", link.into()),
        ("municipality", served.municipality.name.clone().into()),
    ];
    let mail = NewMail {
        municipality_id: Some(served.municipality.id),
        to: g.adult_email(),
        subject: lang.t_with("youth-mail-subject", &args),
        body: lang.t_with("youth-mail-body", &args),
        unique_key: None,
    };
    let municipality = served.municipality.id;
    once(&state, &form, || async {
        state
            .store
            .start_youth_group(
                municipality,
                &NewYouthGroup {
                    draft: &draft,
                    first_name: g.first_name.trim(),
                    age: g.age().unwrap_or_default(),
                    email: &g.email(),
                    adult_name: g.adult_name.trim(),
                    adult_email: &g.adult_email(),
                    adult_phone: &phone,
                },
                &token_hash(&token),
                &mail,
            )
            .await?;
        let to = chrome.href("/unge/start-en-gruppe/tak");
        Ok((Redirect::to(&to).into_response(), to))
    })
    .await
}

async fn group_thanks(chrome: Chrome) -> Result<Response, HttpError> {
    MessagePage::new(
        chrome,
        "youth-thanks-title",
        &["youth-thanks-text", "youth-thanks-next"],
    )
    .link("/vejviser?maalgruppe=unge", "youth-thanks-back")
    .render(StatusCode::OK)
}

// ---- the supporting adult ----

async fn by_token(state: &AppState, token: &str) -> Result<YouthGroup, HttpError> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(HttpError::NotFound);
    }
    state
        .store
        .youth_group_by_token(&token_hash(token))
        .await
        .map_err(|e| match e {
            StoreError::NotFound => HttpError::NotFound,
            other => other.into(),
        })
}

async fn vouch_page(
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, HttpError> {
    let group = by_token(&state, &token).await?;
    if group.vouched {
        return MessagePage::new(chrome, "youth-vouched-title", &["youth-vouched-text"])
            .render(StatusCode::OK);
    }
    let lang = chrome.lang;
    let d = &group.draft;
    let lines = [
        lang.t_with(
            "youth-vouch-lead",
            &[
                ("name", youth::first_name(&group.adult_name).into()),
                ("first", group.first_name.clone().into()),
                ("age", group.age.into()),
            ],
        ),
        format!("{}: {}", lang.t("youth-group-name"), d.name),
        format!("{}: {}", lang.t("youth-group-what"), d.short_description),
        format!("{}: {}", lang.t("youth-vouch-when"), when_text(lang, d)),
        format!("{}: {}", lang.t("youth-vouch-where"), where_text(lang, d)),
        lang.t("youth-vouch-means"),
    ];
    let form = FormView::new(&state, &chrome, &format!("/unge/stoet/{token}")).button(
        "handling",
        "stoet",
        chrome.t("youth-vouch-button"),
        false,
    );
    let mut page = FormPage::new(chrome, "youth-vouch-title", form);
    page.lead.extend(lines);
    page.render(StatusCode::OK)
}

async fn vouch(
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let group = by_token(&state, &token).await?;
    if form.get("handling") != "stoet" {
        return Err(HttpError::BadRequest {
            code: "bad_action",
            key: "youth-error-action",
        });
    }
    let here = chrome.href(&format!("/unge/stoet/{token}"));
    once_private(&state, &form, &token, || async {
        match state.store.vouch_youth_group(group.id).await {
            // Vouched for already (another tab): the page says so.
            Ok(_) | Err(StoreError::Conflict(_)) => {}
            Err(e) => return Err(e.into()),
        }
        Ok((Redirect::to(&here).into_response(), here.clone()))
    })
    .await
}
