//! Offers coming in: "Foreslå et tilbud" for anyone (no account, held for moderation),
//! and members' forms to create and edit their organisation's offers, with drafts.
//! Every offer form is the same [`OfferDraft`] and the same fields; what differs is who
//! sends it and where it goes.
//!
//! Spam protection sends nothing to a third party: a hidden field robots fill in, a form
//! sent faster than a person can type (under 3 seconds), and at most two web links.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::accounts::{self, Principal};
use crate::directory::draft::{MAX_DESCRIPTION, MAX_NAME, MAX_SHORT, OfferDraft, WEEKDAYS};
use crate::directory::search::analysis::fold;
use crate::domain::vocab::{ACCESSIBILITY, TARGET_GROUPS};
use crate::domain::{LifeArena, town_names};
use crate::limits as limits_of;
use crate::store::audit::Actor;
use crate::store::submissions::{NewSubmission, Submission, SubmissionKind, SubmissionStatus};
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::client::Client;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind, town_choices};
use crate::web::limits;
use crate::web::page::{FormPage, MessagePage, once};
use crate::web::pages::arena_key;
use crate::web::routes::{Access, Routes, editable};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/foreslaa-tilbud", Access::Public, suggest_form)
        .post("/foreslaa-tilbud", Access::Public, suggest)
        .get("/foreslaa-tilbud/tak", Access::Public, suggest_thanks)
        .get(
            "/admin/organisation/{id}/tilbud/ny",
            Access::Member,
            new_form,
        )
        .post("/admin/organisation/{id}/tilbud/ny", Access::Member, create)
        .get("/admin/tilbud/{id}/rediger", Access::Member, edit_form)
        .post("/admin/tilbud/{id}/rediger", Access::Member, edit)
        .get("/admin/indsendelse/{id}", Access::Member, submission_page)
        .post("/admin/indsendelse/{id}", Access::Member, update_submission)
}

/// Seconds a person needs at least to fill in the suggestion form.
const MAX_LINKS: usize = 2;

/// Reads the offer fields of a submitted form.
pub fn draft_from_form(form: &FormData) -> OfferDraft {
    OfferDraft {
        name: form.get("navn").to_owned(),
        short_description: form.get("kort").to_owned(),
        description: form.get("beskrivelse").to_owned(),
        life_arenas: form.all("livsarena"),
        target_groups: form.all("maalgruppe"),
        age_min: form.get("alder_fra").to_owned(),
        age_max: form.get("alder_til").to_owned(),
        cost: form.get("pris").to_owned(),
        cost_amount: form.get("beloeb").to_owned(),
        cost_note: form.get("pris_note").to_owned(),
        how_to_join: form.get("deltagelse").to_owned(),
        newcomers_welcome: form.get("nye_velkomne") == "ja",
        channel: form.get("kanal").to_owned(),
        town: form.get("by").to_owned(),
        address: form.get("adresse").to_owned(),
        weekdays: form.all("dage"),
        every: form.get("hver").to_owned(),
        start_time: form.get("fra").to_owned(),
        end_time: form.get("til").to_owned(),
        accessibility: form.all("tilgaengelighed"),
        organisation_name: form.get("organisation").to_owned(),
    }
}

/// The offer fields, filled from a draft. `suggestion` adds the organisation and contact.
pub fn offer_fields(
    _state: &AppState,
    chrome: &Chrome,
    mut form: FormView,
    draft: &OfferDraft,
    suggestion: Option<&str>,
    served: &Served,
) -> FormView {
    let t = |k: &str| chrome.t(k);
    let label = |name: &str| t(&format!("form-label-{name}"));
    let hint = |name: &str| t(&format!("form-hint-{name}"));
    let pairs = |items: Vec<(String, String)>| items;
    form = form
        .field(
            Field::new(Kind::Text, "navn", label("navn"))
                .hint(hint("navn"))
                .value(&draft.name)
                .max(MAX_NAME)
                .required(),
        )
        .field(
            Field::new(Kind::TextArea, "kort", label("kort"))
                .hint(hint("kort"))
                .value(&draft.short_description)
                .max(MAX_SHORT),
        )
        .field(
            Field::new(Kind::TextArea, "beskrivelse", label("beskrivelse"))
                .hint(hint("beskrivelse"))
                .value(&draft.description)
                .max(MAX_DESCRIPTION),
        );
    if let Some(contact) = suggestion {
        form = form
            .field(
                Field::new(Kind::Text, "organisation", label("organisation"))
                    .hint(hint("organisation"))
                    .value(&draft.organisation_name)
                    .autocomplete("organization")
                    .required(),
            )
            .field(
                Field::new(Kind::Email, "kontakt", label("kontakt"))
                    .hint(hint("kontakt"))
                    .value(contact)
                    .autocomplete("email"),
            );
    }
    let arenas = pairs(
        LifeArena::ALL
            .iter()
            .map(|a| (a.code().to_owned(), t(arena_key(*a))))
            .collect(),
    );
    let groups = pairs(
        TARGET_GROUPS
            .iter()
            .map(|g| (g.to_string(), t(&format!("target-{}", fold(g)))))
            .collect(),
    );
    let access = pairs(
        ACCESSIBILITY
            .iter()
            .map(|a| (a.to_string(), t(&format!("access-{}", fold(a)))))
            .collect(),
    );
    let costs = pairs(
        ["free", "amount", "ask"]
            .iter()
            .map(|c| (c.to_string(), t(&format!("form-cost-{c}"))))
            .collect(),
    );
    let joins = pairs(
        ["show_up", "sign_up", "contact_first"]
            .iter()
            .map(|c| (c.to_string(), t(&format!("form-join-{c}"))))
            .collect(),
    );
    let channels = pairs(
        ["in_person", "phone", "online"]
            .iter()
            .map(|c| (c.to_string(), t(&format!("channel-{c}"))))
            .collect(),
    );
    let towns = town_choices(&served.directory.towns, Some(t("form-town-none")));
    let days = pairs(
        WEEKDAYS
            .iter()
            .enumerate()
            .map(|(i, d)| {
                (
                    d.to_string(),
                    crate::format::weekday_name(chrome.lang, i).to_owned(),
                )
            })
            .collect(),
    );
    let every = pairs(
        ["1", "2"]
            .iter()
            .map(|e| (e.to_string(), t(&format!("form-every-{e}"))))
            .collect(),
    );
    form.field(
        Field::new(Kind::Checkboxes, "livsarena", label("livsarena"))
            .hint(hint("livsarena"))
            .choices(arenas, &draft.life_arenas),
    )
    .field(
        Field::new(Kind::Checkboxes, "maalgruppe", label("maalgruppe"))
            .choices(groups, &draft.target_groups),
    )
    .field(
        Field::new(Kind::Number, "alder_fra", label("alder_fra"))
            .hint(hint("alder_fra"))
            .value(&draft.age_min)
            .max(3),
    )
    .field(
        Field::new(Kind::Number, "alder_til", label("alder_til"))
            .hint(hint("alder_til"))
            .value(&draft.age_max)
            .max(3),
    )
    .field(
        Field::new(Kind::Radios, "pris", label("pris"))
            .choices(costs, std::slice::from_ref(&draft.cost)),
    )
    .field(
        Field::new(Kind::Number, "beloeb", label("beloeb"))
            .hint(hint("beloeb"))
            .value(&draft.cost_amount)
            .max(8),
    )
    .field(
        Field::new(Kind::Text, "pris_note", label("pris_note"))
            .hint(hint("pris_note"))
            .value(&draft.cost_note),
    )
    .field(
        Field::new(Kind::Radios, "deltagelse", label("deltagelse"))
            .choices(joins, std::slice::from_ref(&draft.how_to_join)),
    )
    .field(
        Field::new(Kind::Checkbox, "nye_velkomne", label("nye_velkomne"))
            .checked(draft.newcomers_welcome),
    )
    .field(
        Field::new(Kind::Radios, "kanal", label("kanal"))
            .choices(channels, std::slice::from_ref(&draft.channel)),
    )
    .field(
        Field::new(Kind::Select, "by", label("by"))
            .hint(hint("by"))
            .choices(towns, std::slice::from_ref(&draft.town)),
    )
    .field(
        Field::new(Kind::Text, "adresse", label("adresse"))
            .hint(hint("adresse"))
            .value(&draft.address)
            .autocomplete("street-address"),
    )
    .field(Field::new(Kind::Checkboxes, "dage", label("dage")).choices(days, &draft.weekdays))
    .field(
        Field::new(Kind::Radios, "hver", label("hver"))
            .choices(every, std::slice::from_ref(&draft.every)),
    )
    .field(
        Field::new(Kind::Time, "fra", label("fra"))
            .hint(hint("fra"))
            .value(&draft.start_time)
            .max(5),
    )
    .field(
        Field::new(Kind::Time, "til", label("til"))
            .hint(hint("til"))
            .value(&draft.end_time)
            .max(5),
    )
    .field(
        Field::new(
            Kind::Checkboxes,
            "tilgaengelighed",
            label("tilgaengelighed"),
        )
        .choices(access, &draft.accessibility),
    )
}

/// A new, empty draft with the usual answers chosen.
fn blank() -> OfferDraft {
    OfferDraft {
        cost: "free".into(),
        how_to_join: "show_up".into(),
        channel: "in_person".into(),
        every: "1".into(),
        newcomers_welcome: true,
        ..OfferDraft::default()
    }
}

// --- Anonymous suggestion ---

fn suggest_view(
    state: &AppState,
    chrome: &Chrome,
    draft: &OfferDraft,
    contact: &str,
    served: &Served,
) -> FormView {
    let mut form = offer_fields(
        state,
        chrome,
        FormView::new(state, chrome, "/foreslaa-tilbud"),
        draft,
        Some(contact),
        served,
    )
    .button("handling", "send", chrome.t("suggest-submit"), false);
    form.honeypot = true;
    form
}

fn suggest_page(chrome: Chrome, form: FormView) -> FormPage {
    let lead = [chrome.t("suggest-lead"), chrome.t("suggest-lead-2")];
    let mut page = FormPage::new(chrome, "suggest-title", form);
    page.lead.extend(lead);
    page
}

async fn suggest_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let form = suggest_view(&state, &chrome, &blank(), "", &served);
    suggest_page(chrome, form).render(StatusCode::OK)
}

fn link_count(draft: &OfferDraft) -> usize {
    [
        &draft.name,
        &draft.short_description,
        &draft.description,
        &draft.organisation_name,
    ]
    .iter()
    .map(|t| {
        t.matches("http://").count() + t.matches("https://").count() + t.matches("www.").count()
    })
    .sum()
}

async fn suggest(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    client: Client,
    form: FormData,
) -> Result<Response, HttpError> {
    let draft = draft_from_form(&form);
    let contact = accounts::normalise_email(form.get("kontakt"));
    let thanks = chrome.href("/foreslaa-tilbud/tak");
    let mut errors = draft.validate(&town_names(&served.directory.towns), true);
    if !contact.is_empty() && !accounts::plausible_email(&contact) {
        errors.push(("kontakt", "account-error-email"));
    }
    if link_count(&draft) > MAX_LINKS {
        errors.push(("beskrivelse", "suggest-error-links"));
    }
    if !errors.is_empty() {
        let view =
            suggest_view(&state, &chrome, &draft, &contact, &served).with_errors(&chrome, &errors);
        return suggest_page(chrome, view).render(StatusCode::BAD_REQUEST);
    }
    // A robot: thank it and keep nothing. (Checked after the form is complete, so a
    // person who sends an empty form quickly still sees what is missing.)
    if !form.get("website").is_empty() || form.age < state.config.min_form_seconds {
        tracing::info!("suggestion dropped as spam");
        return Ok(Redirect::to(&thanks).into_response());
    }
    limits::spend(&state, &limits_of::SUGGEST, &client, "suggestions", 1).await?;
    let municipality_id = served.municipality.id;
    once(&state, &form, || async {
        state
            .store
            .create_submission(
                municipality_id,
                &NewSubmission {
                    kind: SubmissionKind::Suggestion,
                    status: SubmissionStatus::Pending,
                    organisation_id: None,
                    offer_id: None,
                    author: Actor::Anonymous,
                    contact_email: &contact,
                    draft: &draft,
                },
            )
            .await?;
        Ok((Redirect::to(&thanks).into_response(), thanks.clone()))
    })
    .await
}

async fn suggest_thanks(chrome: Chrome) -> Result<Response, HttpError> {
    MessagePage::new(chrome, "suggest-thanks-title", &["suggest-thanks-text"])
        .link("/vejviser", "suggest-thanks-back")
        .render(StatusCode::OK)
}

// --- Members' offers ---

fn member_buttons(chrome: &Chrome, form: FormView) -> FormView {
    form.button(
        "handling",
        "send",
        chrome.t("form-send-for-approval"),
        false,
    )
    .button("handling", "kladde", chrome.t("form-save-draft"), true)
}

async fn new_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(org): Path<i64>,
) -> Result<Response, HttpError> {
    editable(&who, org)?;
    let profile = state
        .store
        .organisation_profile(who.municipality_id, org)
        .await?;
    let form = member_buttons(
        &chrome,
        offer_fields(
            &state,
            &chrome,
            FormView::new(
                &state,
                &chrome,
                &format!("/admin/organisation/{org}/tilbud/ny"),
            ),
            &blank(),
            None,
            &served,
        ),
    );
    let lead = chrome
        .lang
        .t_with("form-new-lead", &[("organisation", profile.name.into())]);
    let back = (
        chrome.href(&format!("/admin/organisation/{org}")),
        chrome.t("form-back-organisation"),
    );
    FormPage::new(chrome, "form-new-title", form)
        .lead(lead)
        .link(back.0, back.1)
        .render(StatusCode::OK)
}

/// Which button was pressed: send for approval, or keep as a draft.
fn status_from(form: &FormData) -> SubmissionStatus {
    if form.get("handling") == "kladde" {
        SubmissionStatus::Draft
    } else {
        SubmissionStatus::Pending
    }
}

/// Drafts are kept even when incomplete; only their lengths are checked, so nothing typed
/// is lost. Sending checks everything.
fn check(
    _state: &AppState,
    draft: &OfferDraft,
    status: SubmissionStatus,
    served: &Served,
) -> Vec<(&'static str, &'static str)> {
    let errors = draft.validate(&town_names(&served.directory.towns), false);
    match status {
        SubmissionStatus::Draft => errors
            .into_iter()
            .filter(|(_, key)| key.ends_with("-long"))
            .collect(),
        _ => errors,
    }
}

async fn create(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(org): Path<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    editable(&who, org)?;
    state
        .store
        .organisation_profile(who.municipality_id, org)
        .await?;
    let draft = draft_from_form(&form);
    let status = status_from(&form);
    let errors = check(&state, &draft, status, &served);
    if !errors.is_empty() {
        let view = member_buttons(
            &chrome,
            offer_fields(
                &state,
                &chrome,
                FormView::new(
                    &state,
                    &chrome,
                    &format!("/admin/organisation/{org}/tilbud/ny"),
                ),
                &draft,
                None,
                &served,
            ),
        )
        .with_errors(&chrome, &errors);
        return FormPage::new(chrome, "form-new-title", view).render(StatusCode::BAD_REQUEST);
    }
    once(&state, &form, || async {
        let id = state
            .store
            .create_submission(
                who.municipality_id,
                &NewSubmission {
                    kind: SubmissionKind::New,
                    status,
                    organisation_id: Some(org),
                    offer_id: None,
                    author: Actor::Account(who.account_id),
                    contact_email: "",
                    draft: &draft,
                },
            )
            .await?;
        let target = chrome.href(&format!("/admin/indsendelse/{id}?ok={}", status.code()));
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await
}

async fn edit_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, HttpError> {
    let offer = state.store.offer(who.municipality_id, id).await?;
    editable(&who, offer.organisation.id)?;
    let draft = OfferDraft::from_offer(&offer);
    let form = member_buttons(
        &chrome,
        offer_fields(
            &state,
            &chrome,
            FormView::new(&state, &chrome, &format!("/admin/tilbud/{id}/rediger")),
            &draft,
            None,
            &served,
        ),
    );
    let lead = chrome.t("form-edit-lead");
    let back = (
        chrome.href(&format!("/admin/organisation/{}", offer.organisation.id)),
        chrome.t("form-back-organisation"),
    );
    let youth = who.moderates().then(|| {
        (
            chrome.href(&format!("/admin/tilbud/{id}/unge")),
            chrome.t("youth-marks-link"),
        )
    });
    let mut page = FormPage::new(chrome, "form-edit-title", form)
        .lead(lead)
        .link(back.0, back.1);
    if let Some((href, text)) = youth {
        page = page.link(href, text);
    }
    page.title = format!("{}: {}", page.title, offer.name);
    page.render(StatusCode::OK)
}

async fn edit(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    let offer = state.store.offer(who.municipality_id, id).await?;
    editable(&who, offer.organisation.id)?;
    let mut draft = draft_from_form(&form);
    draft.organisation_name = offer.organisation.name.clone();
    let status = status_from(&form);
    let errors = check(&state, &draft, status, &served);
    if !errors.is_empty() {
        let view = member_buttons(
            &chrome,
            offer_fields(
                &state,
                &chrome,
                FormView::new(&state, &chrome, &format!("/admin/tilbud/{id}/rediger")),
                &draft,
                None,
                &served,
            ),
        )
        .with_errors(&chrome, &errors);
        return FormPage::new(chrome, "form-edit-title", view).render(StatusCode::BAD_REQUEST);
    }
    once(&state, &form, || async {
        let submission = state
            .store
            .create_submission(
                who.municipality_id,
                &NewSubmission {
                    kind: SubmissionKind::Edit,
                    status,
                    organisation_id: Some(offer.organisation.id),
                    offer_id: Some(id),
                    author: Actor::Account(who.account_id),
                    contact_email: "",
                    draft: &draft,
                },
            )
            .await?;
        let target = chrome.href(&format!(
            "/admin/indsendelse/{submission}?ok={}",
            status.code()
        ));
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await
}

// --- A member's submission: status, moderator's note, and the form while editable ---

#[derive(Template)]
#[template(path = "directory/submission.html")]
struct SubmissionPage {
    chrome: Chrome,
    title: String,
    status: String,
    note: String,
    notice: Option<String>,
    form: Option<FormView>,
    organisation_href: String,
    offer_href: Option<String>,
}

#[derive(Deserialize, Default)]
struct Notice {
    #[serde(default)]
    ok: String,
}

async fn own_submission(
    state: &AppState,
    who: &Principal,
    id: i64,
) -> Result<Submission, HttpError> {
    let submission = state.store.submission(who.municipality_id, id).await?;
    match submission.organisation_id {
        Some(org) => editable(who, org)?,
        None => return Err(HttpError::Forbidden),
    }
    Ok(submission)
}

pub fn status_text(chrome: &Chrome, status: SubmissionStatus) -> String {
    chrome.t(&format!("submission-status-{}", status.code()))
}

fn submission_view(
    state: &AppState,
    chrome: &Chrome,
    submission: &Submission,
    draft: &OfferDraft,
    served: &Served,
) -> Option<FormView> {
    submission.status.editable().then(|| {
        member_buttons(
            chrome,
            offer_fields(
                state,
                chrome,
                FormView::new(
                    state,
                    chrome,
                    &format!("/admin/indsendelse/{}", submission.id),
                ),
                draft,
                None,
                served,
            ),
        )
    })
}

async fn submission_page(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    Query(notice): Query<Notice>,
) -> Result<Response, HttpError> {
    let submission = own_submission(&state, &who, id).await?;
    let form = submission_view(&state, &chrome, &submission, &submission.draft, &served);
    render_submission(chrome, &submission, form, &notice.ok, StatusCode::OK)
}

fn render_submission(
    chrome: Chrome,
    submission: &Submission,
    form: Option<FormView>,
    ok: &str,
    status: StatusCode,
) -> Result<Response, HttpError> {
    let notice = match ok {
        "draft" => Some(chrome.t("submission-saved-draft")),
        "pending" => Some(chrome.t("submission-sent")),
        _ => None,
    };
    let page = SubmissionPage {
        title: if submission.draft.name.trim().is_empty() {
            chrome.t("submission-untitled")
        } else {
            submission.draft.name.clone()
        },
        status: status_text(&chrome, submission.status),
        note: submission.decision_note.clone(),
        notice,
        form,
        organisation_href: chrome.href(&format!(
            "/admin/organisation/{}",
            submission.organisation_id.unwrap_or(0)
        )),
        offer_href: submission
            .offer_id
            .map(|o| chrome.href(&format!("/tilbud/{o}"))),
        chrome,
    };
    crate::web::page::render_page(&page, status)
}

async fn update_submission(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    let submission = own_submission(&state, &who, id).await?;
    if !submission.status.editable() {
        return Err(HttpError::Conflict {
            key: "submission-not-editable",
        });
    }
    let mut draft = draft_from_form(&form);
    draft.organisation_name = submission.draft.organisation_name.clone();
    let status = status_from(&form);
    let errors = check(&state, &draft, status, &served);
    if !errors.is_empty() {
        let view = submission_view(&state, &chrome, &submission, &draft, &served)
            .map(|f| f.with_errors(&chrome, &errors));
        return render_submission(chrome, &submission, view, "", StatusCode::BAD_REQUEST);
    }
    once(&state, &form, || async {
        state
            .store
            .update_submission(id, &draft, status, Actor::Account(who.account_id))
            .await?;
        let target = chrome.href(&format!("/admin/indsendelse/{id}?ok={}", status.code()));
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await
}
