//! Moderation: one queue for suggestions, new offers, edits to published offers and
//! citizens' "wrong information" reports. A moderator reads what changed as a diff and
//! approves, rejects with a reason, or asks for changes; the organisation (or the person
//! who suggested it) is told by mail. Also the list of offers nobody has confirmed.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::accounts::{self, token_hash};
use crate::directory::draft::{FieldChange, OfferDraft, diff};
use crate::i18n::Lang;
use crate::store::StoreError;
use crate::store::accounts::Purpose;
use crate::store::audit::Actor;
use crate::store::directory::NewOrganisation;
use crate::store::outbox::NewMail;
use crate::store::submissions::{Decision, Submission, SubmissionKind};
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::directory::submit::status_text;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind};
use crate::web::page::{FormPage, MessagePage, once};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/admin/moderation", Access::Moderator, queue)
        .get("/admin/moderation/{id}", Access::Moderator, detail)
        .post("/admin/moderation/{id}", Access::Moderator, decide)
        .post(
            "/admin/moderation/rapport/{id}",
            Access::Moderator,
            close_report,
        )
        .get("/admin/foraeldede", Access::Moderator, stale_list)
        .post(
            "/admin/tilbud/{id}/bekraeft",
            Access::Staff,
            confirm_as_staff,
        )
        .get("/bekraeft/{token}", Access::Public, confirm_link_form)
        .post("/bekraeft/{token}", Access::Public, confirm_link)
}

pub struct QueueItem {
    pub href: String,
    pub kind: String,
    pub name: String,
    pub organisation: String,
    pub waiting: String,
}

pub struct ReportItem {
    pub id: i64,
    pub offer_href: String,
    pub offer: String,
    pub message: String,
    pub contact: String,
    pub at: String,
}

#[derive(Template)]
#[template(path = "directory/moderation.html")]
struct QueuePage {
    chrome: Chrome,
    items: Vec<QueueItem>,
    reports: Vec<ReportItem>,
    unclassified: Vec<(String, String)>,
    token: String,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
struct Notice {
    #[serde(default)]
    ok: String,
}

fn kind_text(chrome: &Chrome, kind: SubmissionKind) -> String {
    chrome.t(&format!("moderation-kind-{}", kind.code()))
}

fn when(chrome: &Chrome, at: i64) -> String {
    crate::format::moment(
        chrome.lang,
        jiff::Timestamp::from_second(at).unwrap_or_default(),
    )
}

async fn queue(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Query(notice): Query<Notice>,
) -> Result<Response, HttpError> {
    let m = who.municipality_id;
    let items = state
        .store
        .pending_submissions(m)
        .await?
        .into_iter()
        .map(|s| QueueItem {
            href: chrome.href(&format!("/admin/moderation/{}", s.id)),
            kind: kind_text(&chrome, s.kind),
            name: s.draft.name.clone(),
            organisation: s
                .organisation_name
                .clone()
                .unwrap_or_else(|| s.draft.organisation_name.clone()),
            waiting: when(&chrome, s.updated_at),
        })
        .collect();
    let reports = state
        .store
        .open_offer_report_list(m)
        .await?
        .into_iter()
        .map(|r| ReportItem {
            id: r.id,
            offer_href: chrome.href(&format!("/tilbud/{}", r.offer_id)),
            offer: r.offer_name,
            message: r.message,
            contact: r.contact,
            at: when(&chrome, r.created_at),
        })
        .collect();
    let unclassified = state
        .store
        .unclassified_offers(m)
        .await?
        .into_iter()
        .map(|(id, name)| (chrome.href(&format!("/admin/tilbud/{id}/rediger")), name))
        .collect();
    let notice = match notice.ok.as_str() {
        "" => None,
        "rapport" => Some(chrome.t("moderation-report-closed")),
        _ => Some(chrome.t("moderation-decided")),
    };
    let page = QueuePage {
        items,
        reports,
        unclassified,
        token: state
            .form_key
            .issue(Some(&who.session_hash), state.store.now()),
        notice,
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

pub struct ChangeView {
    pub label: String,
    pub before: String,
    pub after: String,
    pub words: Vec<(&'static str, String)>,
    pub long: bool,
}

#[derive(Template)]
#[template(path = "directory/moderation_detail.html")]
struct DetailPage {
    chrome: Chrome,
    title: String,
    kind: String,
    status: String,
    organisation: String,
    contact: String,
    /// A group the young started: who, and the adult who vouched for it (issue 20).
    youth: Option<String>,
    changes: Vec<ChangeView>,
    form: Option<FormView>,
}

fn change_views(chrome: &Chrome, changes: Vec<FieldChange>) -> Vec<ChangeView> {
    changes
        .into_iter()
        .map(|c| ChangeView {
            label: chrome.t(&format!("form-label-{}", c.field)),
            long: c.before.len() + c.after.len() > 80,
            before: c.before,
            after: c.after,
            words: c.words,
        })
        .collect()
}

async fn decision_view(
    state: &AppState,
    chrome: &Chrome,
    submission: &Submission,
    decision: &str,
    note: &str,
    organisation: &str,
) -> Result<FormView, HttpError> {
    let choices = [
        ("godkend", "moderation-approve"),
        ("aendringer", "moderation-ask-changes"),
        ("afvis", "moderation-reject"),
    ]
    .iter()
    .map(|(v, k)| (v.to_string(), chrome.t(k)))
    .collect();
    let mut form = FormView::new(
        state,
        chrome,
        &format!("/admin/moderation/{}", submission.id),
    )
    .field(
        Field::new(Kind::Radios, "beslutning", chrome.t("moderation-decision"))
            .choices(choices, &[decision.to_owned()]),
    );
    if submission.organisation_id.is_none() {
        let mut orgs = vec![(
            String::new(),
            chrome.lang.t_with(
                "moderation-new-organisation",
                &[("name", submission.draft.organisation_name.clone().into())],
            ),
        )];
        orgs.extend(
            state
                .store
                .organisation_names(submission.municipality_id)
                .await?
                .into_iter()
                .map(|(id, name)| (id.to_string(), name)),
        );
        form = form.field(
            Field::new(
                Kind::Select,
                "organisation",
                chrome.t("moderation-organisation"),
            )
            .hint(chrome.t("moderation-organisation-hint"))
            .choices(orgs, &[organisation.to_owned()]),
        );
    }
    Ok(form
        .field(
            Field::new(Kind::TextArea, "begrundelse", chrome.t("moderation-note"))
                .hint(chrome.t("moderation-note-hint"))
                .value(note)
                .max(2000),
        )
        .button("handling", "beslut", chrome.t("moderation-submit"), false))
}

async fn render_detail(
    state: &AppState,
    chrome: Chrome,
    submission: &Submission,
    form: Option<FormView>,
    status: StatusCode,
) -> Result<Response, HttpError> {
    let before = match submission.offer_id {
        Some(id) if submission.kind == SubmissionKind::Edit => Some(OfferDraft::from_offer(
            &state.store.offer(submission.municipality_id, id).await?,
        )),
        _ => None,
    };
    let youth = state
        .store
        .youth_group_of_submission(submission.id)
        .await?
        .map(|g| {
            chrome.lang.t_with(
                "youth-moderation-note",
                &[
                    ("first", g.first_name.into()),
                    ("age", g.age.into()),
                    ("name", g.adult_name.into()),
                    ("email", g.adult_email.into()),
                    ("phone", g.adult_phone.into()),
                ],
            )
        });
    let page = DetailPage {
        youth,
        title: submission.draft.name.clone(),
        kind: kind_text(&chrome, submission.kind),
        status: status_text(&chrome, submission.status),
        organisation: submission
            .organisation_name
            .clone()
            .unwrap_or_else(|| submission.draft.organisation_name.clone()),
        contact: submission.contact_email.clone(),
        changes: change_views(&chrome, diff(before.as_ref(), &submission.draft)),
        form,
        chrome,
    };
    crate::web::page::render_page(&page, status)
}

async fn detail(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, HttpError> {
    let submission = state.store.submission(who.municipality_id, id).await?;
    let form = match submission.status {
        crate::store::submissions::SubmissionStatus::Pending => {
            Some(decision_view(&state, &chrome, &submission, "", "", "").await?)
        }
        _ => None,
    };
    render_detail(&state, chrome, &submission, form, StatusCode::OK).await
}

/// Where mail about a submission goes: the suggester's address, or the organisation's
/// address and its members.
async fn recipients(
    state: &AppState,
    submission: &Submission,
    organisation_id: Option<i64>,
) -> Result<Vec<String>, HttpError> {
    let mut to = Vec::new();
    if !submission.contact_email.is_empty() {
        to.push(submission.contact_email.clone());
    }
    if let Some(org) = organisation_id.filter(|_| submission.kind != SubmissionKind::Suggestion) {
        let profile = state
            .store
            .organisation_profile(submission.municipality_id, org)
            .await?;
        to.push(profile.email.trim().to_lowercase());
        to.extend(state.store.member_emails(org).await?);
    }
    to.retain(|a| accounts::plausible_email(a));
    to.sort();
    to.dedup();
    Ok(to)
}

async fn decide(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    let submission = state.store.submission(who.municipality_id, id).await?;
    let choice = form.get("beslutning").to_owned();
    let note = form.get("begrundelse").trim().to_owned();
    let organisation = form.get("organisation").to_owned();
    let decision = match choice.as_str() {
        "godkend" => Some(Decision::Approve),
        "afvis" => Some(Decision::Reject),
        "aendringer" => Some(Decision::AskForChanges),
        _ => None,
    };
    let mut errors = Vec::new();
    match decision {
        None => errors.push(("beslutning", "moderation-error-decision")),
        Some(Decision::Reject | Decision::AskForChanges) if note.is_empty() => {
            errors.push(("begrundelse", "moderation-error-note"))
        }
        _ => {}
    }
    if note.chars().count() > 2000 {
        errors.push(("begrundelse", "form-error-text-long"));
    }
    // A suggestion without an organisation cannot be sent back for changes: nobody can edit it.
    if decision == Some(Decision::AskForChanges) && submission.kind == SubmissionKind::Suggestion {
        errors.push(("beslutning", "moderation-error-suggestion-changes"));
    }
    let existing_org = organisation.parse::<i64>().ok();
    let towns: Vec<String> = served
        .directory
        .towns
        .iter()
        .map(|t| t.name.clone())
        .collect();
    if decision == Some(Decision::Approve)
        && !submission
            .draft
            .validate(&towns, submission.kind == SubmissionKind::Suggestion)
            .is_empty()
    {
        errors.push(("beslutning", "moderation-error-invalid"));
    }
    let Some(decision) = decision.filter(|_| errors.is_empty()) else {
        let view = decision_view(&state, &chrome, &submission, &choice, &note, &organisation)
            .await?
            .with_errors(&chrome, &errors);
        return render_detail(
            &state,
            chrome,
            &submission,
            Some(view),
            StatusCode::BAD_REQUEST,
        )
        .await;
    };
    once(&state, &form, || async {
        let municipality_id = who.municipality_id;
        let snapshot = served.clone();
        let town_id = snapshot
            .directory
            .town(&submission.draft.town)
            .map(|t| t.id);
        let today = state
            .clock()
            .now()
            .to_zoned_datetime(crate::format::copenhagen())
            .date()
            .to_string();
        let organisation_id = submission.organisation_id.or(existing_org);
        let new_organisation =
            (decision == Decision::Approve && organisation_id.is_none()).then(|| NewOrganisation {
                slug: format!("forslag-{}", submission.id),
                name: submission.draft.organisation_name.trim().to_owned(),
                kind: "forening".to_owned(),
                description: String::new(),
                email: submission.contact_email.clone(),
                phone: String::new(),
                website: String::new(),
                town_id,
            });
        let offer = submission
            .draft
            .to_new_offer(organisation_id.unwrap_or(0), town_id, &today);
        let lang = Lang::Da;
        let key = match decision {
            Decision::Approve => "approved",
            Decision::Reject => "rejected",
            Decision::AskForChanges => "changes",
        };
        let link = match (decision, submission.organisation_id) {
            (Decision::AskForChanges, Some(_)) => {
                format!("{}/admin/indsendelse/{}", served.base_url, submission.id)
            }
            _ => served.base_url.clone(),
        };
        let args = [
            ("offer", submission.draft.name.clone().into()),
            (
                "note",
                if note.is_empty() {
                    "-".to_owned()
                } else {
                    note.clone()
                }
                .into(),
            ),
            ("link", link.into()),
            ("municipality", snapshot.municipality.name.clone().into()),
        ];
        let mails: Vec<NewMail> = recipients(&state, &submission, organisation_id)
            .await?
            .into_iter()
            .map(|to| NewMail {
                municipality_id: Some(municipality_id),
                to,
                subject: lang.t_with(&format!("mail-moderation-{key}-subject"), &args),
                body: lang.t_with(&format!("mail-moderation-{key}-body"), &args),
                unique_key: None,
            })
            .collect();
        let result = state
            .store
            .decide_submission(
                &submission,
                decision,
                &note,
                who.account_id,
                Some(&offer),
                new_organisation.as_ref(),
                &mails,
            )
            .await;
        HttpError::on_conflict(result, "moderation-already-decided")?;
        let target = chrome.href("/admin/moderation?ok=beslutning");
        Ok((Redirect::to(&target).into_response(), target))
    })
    .await
}

async fn close_report(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    _form: FormData,
) -> Result<Response, HttpError> {
    state
        .store
        .close_offer_report(who.municipality_id, id, Actor::Account(who.account_id))
        .await?;
    Ok(Redirect::to(&chrome.href("/admin/moderation?ok=rapport")).into_response())
}

// --- Freshness ---

pub struct StaleItem {
    pub id: i64,
    pub href: String,
    pub name: String,
    pub organisation: String,
    pub confirmed: String,
}

#[derive(Template)]
#[template(path = "directory/stale.html")]
struct StalePage {
    chrome: Chrome,
    unlisted: Vec<StaleItem>,
    stale: Vec<StaleItem>,
    token: String,
    notice: Option<String>,
}

fn stale_item(chrome: &Chrome, o: crate::store::submissions::AgeingOffer) -> StaleItem {
    StaleItem {
        id: o.id,
        href: chrome.href(&format!("/tilbud/{}", o.id)),
        name: o.name,
        organisation: o.organisation_name,
        confirmed: o
            .last_confirmed_on
            .parse()
            .map(|d| crate::format::date(chrome.lang, d))
            .unwrap_or(o.last_confirmed_on),
    }
}

async fn stale_list(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Query(notice): Query<Notice>,
) -> Result<Response, HttpError> {
    let today = state
        .clock()
        .now()
        .to_zoned_datetime(crate::format::copenhagen())
        .date();
    let cutoff = crate::directory::freshness::months_before(today, state.config.freshness.stale);
    let unlisted = state
        .store
        .unlisted_offers(who.municipality_id)
        .await?
        .into_iter()
        .map(|o| stale_item(&chrome, o))
        .collect();
    let stale = state
        .store
        .offers_confirmed_before(who.municipality_id, &cutoff)
        .await?
        .into_iter()
        .map(|o| stale_item(&chrome, o))
        .collect();
    let page = StalePage {
        unlisted,
        stale,
        token: state
            .form_key
            .issue(Some(&who.session_hash), state.store.now()),
        notice: (notice.ok == "bekraeftet").then(|| chrome.t("fresh-confirmed-staff")),
        chrome,
    };
    crate::web::page::render_page(&page, StatusCode::OK)
}

/// A moderator, or a member of the offer's organisation, confirms it is still right.
async fn confirm_as_staff(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, HttpError> {
    let offer = state.store.offer(who.municipality_id, id).await?;
    if !(who.moderates() || who.may_edit_organisation(offer.organisation.id)) {
        return Err(HttpError::Forbidden);
    }
    let today = state
        .clock()
        .now()
        .to_zoned_datetime(crate::format::copenhagen())
        .date()
        .to_string();
    state
        .store
        .confirm_offer(
            who.municipality_id,
            id,
            &today,
            Actor::Account(who.account_id),
        )
        .await?;
    let back = if form.get("tilbage") == "organisation" {
        format!(
            "/admin/organisation/{}?ok=bekraeftet",
            offer.organisation.id
        )
    } else {
        "/admin/foraeldede?ok=bekraeftet".to_owned()
    };
    Ok(Redirect::to(&chrome.href(&back)).into_response())
}

/// The one-click "still correct" link from a reminder mail: the page shows the offer and
/// one button (a mail scanner opening the link confirms nothing).
async fn confirm_link_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, HttpError> {
    let Some(offer_id) = valid_confirm(&state, &token).await? else {
        return MessagePage::new(chrome, "account-link-gone-title", &["fresh-link-gone"])
            .render(StatusCode::GONE);
    };
    let offer = state.store.offer(served.municipality.id, offer_id).await?;
    let form = FormView::new(&state, &chrome, &format!("/bekraeft/{token}")).button(
        "handling",
        "ja",
        chrome.t("fresh-confirm-submit"),
        false,
    );
    let lead = chrome.lang.t_with(
        "fresh-confirm-lead",
        &[
            ("offer", offer.name.clone().into()),
            (
                "date",
                crate::format::date(chrome.lang, offer.last_confirmed_on).into(),
            ),
        ],
    );
    let edit = (
        chrome.href(&format!("/admin/tilbud/{offer_id}/rediger")),
        chrome.t("fresh-confirm-edit"),
    );
    let view = (
        chrome.href(&format!("/tilbud/{offer_id}")),
        chrome.t("fresh-confirm-view"),
    );
    FormPage::new(chrome, "fresh-confirm-title", form)
        .lead(lead)
        .link(view.0, view.1)
        .link(edit.0, edit.1)
        .render(StatusCode::OK)
}

async fn valid_confirm(state: &AppState, token: &str) -> Result<Option<i64>, HttpError> {
    match state
        .store
        .action_token(&token_hash(token), Purpose::ConfirmOffer)
        .await
    {
        Ok(t) if t.used_at.is_none() && t.expires_at > state.store.now() => Ok(t.subject_id),
        Ok(_) | Err(StoreError::NotFound) => Ok(None),
        Err(err) => Err(err.into()),
    }
}

async fn confirm_link(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    Path(token): Path<String>,
    _form: FormData,
) -> Result<Response, HttpError> {
    let Some(offer_id) = valid_confirm(&state, &token).await? else {
        return MessagePage::new(chrome, "account-link-gone-title", &["fresh-link-gone"])
            .render(StatusCode::GONE);
    };
    if state
        .store
        .use_action_token(&token_hash(&token), Purpose::ConfirmOffer)
        .await?
    {
        let today = state
            .clock()
            .now()
            .to_zoned_datetime(crate::format::copenhagen())
            .date()
            .to_string();
        state
            .store
            .confirm_offer(served.municipality.id, offer_id, &today, Actor::Anonymous)
            .await?;
    }
    MessagePage::new(chrome, "fresh-confirmed-title", &["fresh-confirmed-text"])
        .link(&format!("/tilbud/{offer_id}"), "fresh-confirm-view")
        .render(StatusCode::OK)
}
