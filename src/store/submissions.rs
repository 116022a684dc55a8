//! Offers on their way in (suggestions, new offers, edits), the moderators' decisions,
//! organisation profiles and the freshness of published offers.
//!
//! A decision writes everything it causes in one transaction: the offer, the submission's
//! new status, the audit entry, the change-log row and the mail to the organisation. So a
//! decision is either all there or not at all, and a mail is never sent for a decision
//! that did not happen.

use sqlx::{AnyConnection, Row};

use super::audit::{self, Actor};
use super::directory::{NewOffer, NewOrganisation, insert_offer, insert_organisation};
use super::outbox::{self, NewMail};
use super::{Result, Store, StoreError, changes};
use crate::directory::draft::OfferDraft;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubmissionKind {
    Suggestion,
    New,
    Edit,
}

impl SubmissionKind {
    pub fn code(self) -> &'static str {
        match self {
            SubmissionKind::Suggestion => "suggestion",
            SubmissionKind::New => "new",
            SubmissionKind::Edit => "edit",
        }
    }
    fn from_code(code: &str) -> Self {
        match code {
            "suggestion" => SubmissionKind::Suggestion,
            "new" => SubmissionKind::New,
            _ => SubmissionKind::Edit,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubmissionStatus {
    Draft,
    Pending,
    Approved,
    Rejected,
    ChangesRequested,
}

impl SubmissionStatus {
    pub fn code(self) -> &'static str {
        match self {
            SubmissionStatus::Draft => "draft",
            SubmissionStatus::Pending => "pending",
            SubmissionStatus::Approved => "approved",
            SubmissionStatus::Rejected => "rejected",
            SubmissionStatus::ChangesRequested => "changes_requested",
        }
    }
    fn from_code(code: &str) -> Self {
        match code {
            "draft" => SubmissionStatus::Draft,
            "pending" => SubmissionStatus::Pending,
            "approved" => SubmissionStatus::Approved,
            "rejected" => SubmissionStatus::Rejected,
            _ => SubmissionStatus::ChangesRequested,
        }
    }
    /// May the author still change it?
    pub fn editable(self) -> bool {
        matches!(
            self,
            SubmissionStatus::Draft | SubmissionStatus::ChangesRequested
        )
    }
}

#[derive(Debug, Clone)]
pub struct Submission {
    pub id: i64,
    pub municipality_id: i64,
    pub kind: SubmissionKind,
    pub status: SubmissionStatus,
    pub organisation_id: Option<i64>,
    pub organisation_name: Option<String>,
    pub offer_id: Option<i64>,
    pub author_account_id: Option<i64>,
    pub contact_email: String,
    pub draft: OfferDraft,
    pub decision_note: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// What a moderator decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Reject,
    AskForChanges,
}

/// The organisation profile as members edit it and the public page shows it.
#[derive(Debug, Clone, Default)]
pub struct OrganisationProfile {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub description: String,
    pub email: String,
    pub phone: String,
    pub website: String,
    pub town_id: Option<i64>,
    pub town: Option<String>,
}

/// An offer whose confirmation is getting old.
#[derive(Debug, Clone)]
pub struct AgeingOffer {
    pub id: i64,
    pub name: String,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub organisation_email: String,
    pub last_confirmed_on: String,
    pub listed: bool,
}

const SUBMISSION_COLUMNS: &str = "s.id, s.municipality_id, s.kind, s.status, s.organisation_id, org.name AS organisation_name, \
     s.offer_id, s.author_account_id, s.contact_email, s.proposal, s.decision_note, s.created_at, s.updated_at";

fn submission_from_row(row: &sqlx::any::AnyRow) -> Result<Submission> {
    let proposal: String = row.try_get("proposal")?;
    Ok(Submission {
        id: row.try_get("id")?,
        municipality_id: row.try_get("municipality_id")?,
        kind: SubmissionKind::from_code(&row.try_get::<String, _>("kind")?),
        status: SubmissionStatus::from_code(&row.try_get::<String, _>("status")?),
        organisation_id: row.try_get("organisation_id")?,
        organisation_name: row.try_get("organisation_name")?,
        offer_id: row.try_get("offer_id")?,
        author_account_id: row.try_get("author_account_id")?,
        contact_email: row.try_get("contact_email")?,
        draft: serde_json::from_str(&proposal)
            .map_err(|e| StoreError::Invalid(format!("submission proposal: {e}")))?,
        decision_note: row.try_get("decision_note")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

/// A new submission's facts.
pub struct NewSubmission<'a> {
    pub kind: SubmissionKind,
    pub status: SubmissionStatus,
    pub organisation_id: Option<i64>,
    pub offer_id: Option<i64>,
    pub author: Actor,
    pub contact_email: &'a str,
    pub draft: &'a OfferDraft,
}

fn json(draft: &OfferDraft) -> String {
    serde_json::to_string(draft).unwrap_or_else(|_| "{}".to_owned())
}

/// Writes a new submission and its audit line in the caller's transaction (also used when
/// a supporting adult vouches for a group the young started, `store::youth`).
pub(crate) async fn insert_submission(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    new: &NewSubmission<'_>,
) -> Result<i64> {
    let author = match new.author {
        Actor::Account(id) => Some(id),
        _ => None,
    };
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO submission (municipality_id, kind, status, organisation_id, offer_id, author_account_id, \
         contact_email, proposal, decision_note, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '', $9, $9) RETURNING id",
    )
    .bind(municipality_id)
    .bind(new.kind.code())
    .bind(new.status.code())
    .bind(new.organisation_id)
    .bind(new.offer_id)
    .bind(author)
    .bind(new.contact_email)
    .bind(json(new.draft))
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    audit::append(
        &mut *conn,
        now,
        Some(municipality_id),
        new.author,
        &format!("submission.{}.{}", new.kind.code(), new.status.code()),
        ("submission", &id.to_string()),
        "",
    )
    .await?;
    Ok(id)
}

impl Store {
    pub async fn create_submission(
        &self,
        municipality_id: i64,
        new: &NewSubmission<'_>,
    ) -> Result<i64> {
        let mut tx = self.pool().begin().await?;
        let id = insert_submission(&mut tx, self.now(), municipality_id, new).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Saves a changed draft, and sets its status (draft, or pending when sent).
    pub async fn update_submission(
        &self,
        id: i64,
        draft: &OfferDraft,
        status: SubmissionStatus,
        actor: Actor,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        let municipality_id: Option<i64> = sqlx::query_scalar(
            "UPDATE submission SET proposal = $1, status = $2, updated_at = $3 \
             WHERE id = $4 AND status IN ('draft', 'changes_requested') RETURNING municipality_id",
        )
        .bind(json(draft))
        .bind(status.code())
        .bind(self.now())
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let municipality_id = municipality_id.ok_or(StoreError::Conflict(
            "submission is no longer editable".into(),
        ))?;
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            actor,
            &format!("submission.{}", status.code()),
            ("submission", &id.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn submission(&self, municipality_id: i64, id: i64) -> Result<Submission> {
        let sql = format!(
            "SELECT {SUBMISSION_COLUMNS} FROM submission s LEFT JOIN organisation org ON org.id = s.organisation_id \
             WHERE s.municipality_id = $1 AND s.id = $2"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound)?;
        submission_from_row(&row)
    }

    /// Submissions waiting for a moderator, oldest first.
    pub async fn pending_submissions(&self, municipality_id: i64) -> Result<Vec<Submission>> {
        self.submissions_where(municipality_id, "s.status = 'pending'", 0)
            .await
    }

    /// An organisation's submissions that are not approved yet (drafts, pending, returned).
    pub async fn organisation_submissions(
        &self,
        municipality_id: i64,
        organisation_id: i64,
    ) -> Result<Vec<Submission>> {
        self.submissions_where(
            municipality_id,
            "s.organisation_id = $2 AND s.status IN ('draft', 'pending', 'changes_requested', 'rejected')",
            organisation_id,
        )
        .await
    }

    async fn submissions_where(
        &self,
        municipality_id: i64,
        filter: &str,
        arg: i64,
    ) -> Result<Vec<Submission>> {
        let sql = format!(
            "SELECT {SUBMISSION_COLUMNS} FROM submission s LEFT JOIN organisation org ON org.id = s.organisation_id \
             WHERE s.municipality_id = $1 AND ($2 = $2) AND {filter} ORDER BY s.updated_at, s.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .bind(arg)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(submission_from_row).collect()
    }

    /// Records a moderator's decision on a pending submission, with everything it causes.
    /// `offer` is what approval writes (ignored otherwise); for a suggestion without an
    /// organisation, `new_organisation` is created first. Returns the offer id on approval.
    #[allow(clippy::too_many_arguments)]
    pub async fn decide_submission(
        &self,
        submission: &Submission,
        decision: Decision,
        note: &str,
        moderator: i64,
        offer: Option<&NewOffer>,
        new_organisation: Option<&NewOrganisation>,
        mails: &[NewMail],
    ) -> Result<Option<i64>> {
        let mut tx = self.pool().begin().await?;
        let status = match decision {
            Decision::Approve => SubmissionStatus::Approved,
            Decision::Reject => SubmissionStatus::Rejected,
            Decision::AskForChanges => SubmissionStatus::ChangesRequested,
        };
        // Only a pending submission can be decided, once: the second click finds it decided.
        let moved = sqlx::query(
            "UPDATE submission SET status = $1, decision_note = $2, decided_at = $3, decided_by = $4, updated_at = $3 \
             WHERE id = $5 AND status = 'pending'",
        )
        .bind(status.code())
        .bind(note)
        .bind(self.now())
        .bind(moderator)
        .bind(submission.id)
        .execute(&mut *tx)
        .await?;
        if moved.rows_affected() != 1 {
            return Err(StoreError::Conflict("submission already decided".into()));
        }
        let municipality_id = submission.municipality_id;
        let mut offer_id = None;
        if let (Decision::Approve, Some(offer)) = (decision, offer) {
            let mut offer = offer.clone();
            if let Some(org) = new_organisation {
                offer.organisation_id =
                    insert_organisation(&mut tx, self.now(), municipality_id, org).await?;
                sqlx::query("UPDATE submission SET organisation_id = $1 WHERE id = $2")
                    .bind(offer.organisation_id)
                    .bind(submission.id)
                    .execute(&mut *tx)
                    .await?;
            }
            let id = match submission.offer_id {
                Some(existing) => {
                    update_offer(&mut tx, self.now(), existing, &offer).await?;
                    existing
                }
                None => {
                    let id = insert_offer(&mut tx, self.now(), municipality_id, &offer).await?;
                    sqlx::query("UPDATE submission SET offer_id = $1 WHERE id = $2")
                        .bind(id)
                        .bind(submission.id)
                        .execute(&mut *tx)
                        .await?;
                    id
                }
            };
            changes::record(
                &mut tx,
                self.now(),
                Some(municipality_id),
                "offer",
                &id.to_string(),
            )
            .await?;
            offer_id = Some(id);
        }
        // A group the young started: its offer says so; the adult's contact details go.
        youth_group_decided(&mut tx, self.now(), submission.id, offer_id).await?;
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            Actor::Account(moderator),
            &format!("moderation.{}", status.code()),
            ("submission", &submission.id.to_string()),
            &offer_id.map(|id| format!("offer {id}")).unwrap_or_default(),
        )
        .await?;
        for mail in mails {
            outbox::queue(&mut tx, self.now(), mail).await?;
        }
        tx.commit().await?;
        Ok(offer_id)
    }

    // --- Organisations ---

    pub async fn organisation_profile(
        &self,
        municipality_id: i64,
        id: i64,
    ) -> Result<OrganisationProfile> {
        let row = sqlx::query(
            "SELECT o.id, o.name, o.kind, o.description, o.email, o.phone, o.website, o.town_id, t.name AS town \
             FROM organisation o LEFT JOIN town t ON t.id = o.town_id WHERE o.municipality_id = $1 AND o.id = $2",
        )
        .bind(municipality_id)
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(OrganisationProfile {
            id: row.try_get("id")?,
            name: row.try_get("name")?,
            kind: row.try_get("kind")?,
            description: row.try_get("description")?,
            email: row.try_get("email")?,
            phone: row.try_get("phone")?,
            website: row.try_get("website")?,
            town_id: row.try_get("town_id")?,
            town: row.try_get("town")?,
        })
    }

    /// Every organisation: (id, name), by name.
    pub async fn organisation_names(&self, municipality_id: i64) -> Result<Vec<(i64, String)>> {
        let rows = sqlx::query(
            "SELECT id, name FROM organisation WHERE municipality_id = $1 ORDER BY name",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("id")?, r.try_get("name")?)))
            .collect()
    }

    /// A member's edit of the profile: public at once, recorded in the audit log.
    pub async fn update_organisation(
        &self,
        municipality_id: i64,
        profile: &OrganisationProfile,
        actor: Actor,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        let done = sqlx::query(
            "UPDATE organisation SET name = $1, description = $2, email = $3, phone = $4, website = $5, town_id = $6, updated_at = $7 \
             WHERE id = $8 AND municipality_id = $9",
        )
        .bind(&profile.name)
        .bind(&profile.description)
        .bind(&profile.email)
        .bind(&profile.phone)
        .bind(&profile.website)
        .bind(profile.town_id)
        .bind(self.now())
        .bind(profile.id)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        changes::record(
            &mut tx,
            self.now(),
            Some(municipality_id),
            "organisation",
            &profile.id.to_string(),
        )
        .await?;
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            actor,
            "organisation.update",
            ("organisation", &profile.id.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    // --- Freshness ---

    /// Listed offers last confirmed on or before `date` ('YYYY-MM-DD'), with their organisation.
    pub async fn offers_confirmed_before(
        &self,
        municipality_id: i64,
        date: &str,
    ) -> Result<Vec<AgeingOffer>> {
        self.ageing(
            "o.last_confirmed_on <= $2 AND o.listed = 1 AND o.status <> 'ended'",
            municipality_id,
            date,
        )
        .await
    }

    /// Offers that left search because nobody confirmed them (for the moderators).
    pub async fn unlisted_offers(&self, municipality_id: i64) -> Result<Vec<AgeingOffer>> {
        self.ageing("o.listed = 0 AND $2 = $2", municipality_id, "")
            .await
    }

    async fn ageing(
        &self,
        filter: &str,
        municipality_id: i64,
        date: &str,
    ) -> Result<Vec<AgeingOffer>> {
        let sql = format!(
            "SELECT o.id, o.name, o.last_confirmed_on, o.listed, org.id AS org_id, org.name AS org_name, org.email AS org_email \
             FROM offer o JOIN organisation org ON org.id = o.organisation_id \
             WHERE o.municipality_id = $1 AND {filter} ORDER BY o.last_confirmed_on, o.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .bind(date)
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|r| {
                Ok(AgeingOffer {
                    id: r.try_get("id")?,
                    name: r.try_get("name")?,
                    organisation_id: r.try_get("org_id")?,
                    organisation_name: r.try_get("org_name")?,
                    organisation_email: r.try_get("org_email")?,
                    last_confirmed_on: r.try_get("last_confirmed_on")?,
                    listed: r.try_get::<i64, _>("listed")? == 1,
                })
            })
            .collect()
    }

    /// Takes offers confirmed before `date` out of search. Idempotent; returns how many left.
    pub async fn unlist_offers_confirmed_before(
        &self,
        municipality_id: i64,
        date: &str,
    ) -> Result<u64> {
        let mut tx = self.pool().begin().await?;
        let ids: Vec<i64> = sqlx::query_scalar(
            "UPDATE offer SET listed = 0 WHERE municipality_id = $1 AND listed = 1 AND last_confirmed_on < $2 RETURNING id",
        )
        .bind(municipality_id)
        .bind(date)
        .fetch_all(&mut *tx)
        .await?;
        for id in &ids {
            changes::record(
                &mut tx,
                self.now(),
                Some(municipality_id),
                "offer",
                &id.to_string(),
            )
            .await?;
            audit::append(
                &mut tx,
                self.now(),
                Some(municipality_id),
                Actor::System,
                "offer.unlisted_stale",
                ("offer", &id.to_string()),
                "",
            )
            .await?;
        }
        tx.commit().await?;
        Ok(ids.len() as u64)
    }

    /// "Still correct": sets the confirmation date and puts the offer back in search.
    pub async fn confirm_offer(
        &self,
        municipality_id: i64,
        offer_id: i64,
        today: &str,
        actor: Actor,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        let done = sqlx::query("UPDATE offer SET last_confirmed_on = $1, listed = 1, updated_at = $2 WHERE id = $3 AND municipality_id = $4")
            .bind(today)
            .bind(self.now())
            .bind(offer_id)
            .bind(municipality_id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        changes::record(
            &mut tx,
            self.now(),
            Some(municipality_id),
            "offer",
            &offer_id.to_string(),
        )
        .await?;
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            actor,
            "offer.confirmed",
            ("offer", &offer_id.to_string()),
            today,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Marks a citizen's report handled.
    pub async fn close_offer_report(
        &self,
        municipality_id: i64,
        report_id: i64,
        actor: Actor,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        let done = sqlx::query("UPDATE offer_report SET status = 'handled' WHERE id = $1 AND municipality_id = $2 AND status = 'new'")
            .bind(report_id)
            .bind(municipality_id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 1 {
            audit::append(
                &mut tx,
                self.now(),
                Some(municipality_id),
                actor,
                "report.handled",
                ("offer_report", &report_id.to_string()),
                "",
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// Replaces what the offer form covers; facets the form does not show are kept.
pub async fn update_offer(
    conn: &mut AnyConnection,
    now: i64,
    offer_id: i64,
    offer: &NewOffer,
) -> Result<()> {
    sqlx::query(
        "UPDATE offer SET name = $1, short_description = $2, description = $3, age_min = $4, age_max = $5, \
         cost_kind = $6, cost_amount_dkk = $7, cost_note = $8, how_to_join = $9, newcomers_welcome = $10, \
         channel = $11, town_id = $12, address = $13, schedule_rrule = $14, start_time = $15, end_time = $16, \
         last_confirmed_on = $17, listed = 1, updated_at = $18, \
         place_id = CASE WHEN town_id = $12 THEN place_id ELSE NULL END \
         WHERE id = $19",
    )
    .bind(&offer.name)
    .bind(&offer.short_description)
    .bind(&offer.description)
    .bind(offer.age_min)
    .bind(offer.age_max)
    .bind(offer.cost.code())
    .bind(offer.cost_amount_dkk)
    .bind(&offer.cost_note)
    .bind(offer.how_to_join.code())
    .bind(i64::from(offer.newcomers_welcome))
    .bind(offer.channel.code())
    .bind(offer.town_id)
    .bind(&offer.address)
    .bind(&offer.schedule_rrule)
    .bind(&offer.start_time)
    .bind(&offer.end_time)
    .bind(&offer.last_confirmed_on)
    .bind(now)
    .bind(offer_id)
    .execute(&mut *conn)
    .await?;
    for (table, column, values) in [
        (
            "offer_life_arena",
            "life_arena",
            offer
                .life_arenas
                .iter()
                .map(|a| a.code().to_owned())
                .collect::<Vec<_>>(),
        ),
        (
            "offer_target_group",
            "target_group",
            offer.target_groups.clone(),
        ),
        (
            "offer_accessibility",
            "feature",
            offer.accessibility.clone(),
        ),
    ] {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM {table} WHERE offer_id = $1"
        )))
        .bind(offer_id)
        .execute(&mut *conn)
        .await?;
        let insert = format!("INSERT INTO {table} (offer_id, {column}) VALUES ($1, $2)");
        for value in values {
            sqlx::query(sqlx::AssertSqlSafe(insert.as_str()))
                .bind(offer_id)
                .bind(value)
                .execute(&mut *conn)
                .await?;
        }
    }
    Ok(())
}

/// Inside a moderator's decision on a suggestion: when it came from a group the young
/// started, an approved offer is marked "started by young people" with the adult's first
/// name; the adult's e-mail and phone and the young person's e-mail (the suggestion keeps
/// it for the moderators' mail) are erased either way.
async fn youth_group_decided(
    conn: &mut AnyConnection,
    now: i64,
    submission_id: i64,
    offer_id: Option<i64>,
) -> Result<()> {
    let adult: Option<String> = sqlx::query_scalar(
        "UPDATE youth_group SET adult_email = '', adult_phone = '', young_email = '' \
         WHERE submission_id = $1 RETURNING adult_name",
    )
    .bind(submission_id)
    .fetch_optional(&mut *conn)
    .await?;
    if let (Some(adult), Some(offer_id)) = (adult, offer_id) {
        sqlx::query(
            "INSERT INTO offer_youth (offer_id, youth_led, adult_first_name, updated_at) VALUES ($1, 1, $2, $3) \
             ON CONFLICT (offer_id) DO UPDATE SET youth_led = 1, adult_first_name = $2, updated_at = $3",
        )
        .bind(offer_id)
        .bind(crate::youth::first_name(&adult))
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
