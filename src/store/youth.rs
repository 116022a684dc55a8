//! The young (issue 20): the marks moderators set on offers (`offer_youth`), and the groups
//! the young start (`youth_group`) — waiting for the supporting adult's word, then a
//! suggestion in the moderators' queue (`submission`) like any other.
//!
//! Every write is one transaction with its audit line; a change to what the directory
//! shows also has its change-log row. The adult's private link is kept as its SHA-256
//! only. When the moderators decide, the adult's e-mail and phone are erased: the offer
//! keeps only their first name.

use std::collections::HashMap;

use sqlx::{AnyConnection, Row};

use super::audit::{self, Actor};
use super::outbox::{self, NewMail};
use super::submissions::{NewSubmission, SubmissionKind, SubmissionStatus, insert_submission};
use super::{Result, Store, StoreError, changes};
use crate::directory::draft::OfferDraft;
use crate::domain::youth::YouthMarks;

/// A group as the young person sent it, for the store.
pub struct NewYouthGroup<'a> {
    pub draft: &'a OfferDraft,
    pub first_name: &'a str,
    pub age: i64,
    pub email: &'a str,
    pub adult_name: &'a str,
    pub adult_email: &'a str,
    pub adult_phone: &'a str,
}

/// A group waiting for (or having had) its adult's word, as the adult's page shows it.
#[derive(Debug, Clone)]
pub struct YouthGroup {
    pub id: i64,
    pub municipality_id: i64,
    pub draft: OfferDraft,
    pub first_name: String,
    pub age: i64,
    pub adult_name: String,
    pub adult_email: String,
    pub adult_phone: String,
    pub vouched: bool,
}

fn group_from_row(row: &sqlx::any::AnyRow) -> Result<YouthGroup> {
    let proposal: String = row.try_get("proposal")?;
    let status: String = row.try_get("status")?;
    Ok(YouthGroup {
        id: row.try_get("id")?,
        municipality_id: row.try_get("municipality_id")?,
        draft: serde_json::from_str(&proposal)
            .map_err(|e| StoreError::Invalid(format!("youth group proposal: {e}")))?,
        first_name: row.try_get("young_first_name")?,
        age: row.try_get("young_age")?,
        adult_name: row.try_get("adult_name")?,
        adult_email: row.try_get("adult_email")?,
        adult_phone: row.try_get("adult_phone")?,
        vouched: status == "vouched",
    })
}

const GROUP_COLUMNS: &str = "id, municipality_id, proposal, young_first_name, young_age, adult_name, adult_email, adult_phone, status";

impl Store {
    /// The marks of a municipality's offers (or of one offer), by offer id.
    pub(crate) async fn youth_marks(
        &self,
        municipality_id: i64,
        only: Option<i64>,
    ) -> Result<HashMap<i64, YouthMarks>> {
        let rows = sqlx::query(
            "SELECT y.offer_id, y.moderated, y.adults_present, y.free_to_join, y.youth_led, y.adult_first_name \
             FROM offer_youth y JOIN offer o ON o.id = y.offer_id \
             WHERE o.municipality_id = $1 AND ($2 = 0 OR o.id = $2)",
        )
        .bind(municipality_id)
        .bind(only.unwrap_or(0))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let flag = |c: &str| -> Result<bool> { Ok(row.try_get::<i64, _>(c)? != 0) };
                Ok((
                    row.try_get("offer_id")?,
                    YouthMarks {
                        moderated: flag("moderated")?,
                        adults_present: flag("adults_present")?,
                        free_to_join: flag("free_to_join")?,
                        youth_led: flag("youth_led")?,
                        adult_first_name: row.try_get("adult_first_name")?,
                    },
                ))
            })
            .collect()
    }

    /// Sets the three marks of a good online community on an offer (a moderator's word);
    /// "started by young people" is kept as it was.
    pub async fn set_youth_marks(
        &self,
        municipality_id: i64,
        offer_id: i64,
        marks: &YouthMarks,
        moderator: i64,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        let now = self.now();
        // Touch the offer first: it must be this municipality's (and SQLite starts writing).
        let found = sqlx::query("UPDATE offer SET updated_at = $1 WHERE id = $2 AND municipality_id = $3")
            .bind(now)
            .bind(offer_id)
            .bind(municipality_id)
            .execute(&mut *tx)
            .await?;
        if found.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        sqlx::query(
            "INSERT INTO offer_youth (offer_id, moderated, adults_present, free_to_join, updated_at) \
             VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (offer_id) DO UPDATE SET moderated = $2, adults_present = $3, free_to_join = $4, updated_at = $5",
        )
        .bind(offer_id)
        .bind(i64::from(marks.moderated))
        .bind(i64::from(marks.adults_present))
        .bind(i64::from(marks.free_to_join))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let detail = [
            ("moderated", marks.moderated),
            ("adults-present", marks.adults_present),
            ("free", marks.free_to_join),
        ]
        .iter()
        .filter(|(_, on)| *on)
        .map(|(name, _)| *name)
        .collect::<Vec<_>>()
        .join(",");
        audit::append(
            &mut tx,
            now,
            Some(municipality_id),
            Actor::Account(moderator),
            "offer.youth-marks",
            ("offer", &offer_id.to_string()),
            &detail,
        )
        .await?;
        changes::record(
            &mut tx,
            now,
            Some(municipality_id),
            "offer",
            &offer_id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Keeps a group the young want to start, with the mail that asks their adult to vouch
    /// for it (the link's token kept as `token_hash` only).
    pub async fn start_youth_group(
        &self,
        municipality_id: i64,
        group: &NewYouthGroup<'_>,
        token_hash: &str,
        mail: &NewMail,
    ) -> Result<i64> {
        let mut tx = self.pool().begin().await?;
        let now = self.now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO youth_group (municipality_id, proposal, young_first_name, young_age, young_email, \
             adult_name, adult_email, adult_phone, token_hash, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'waiting', $10) RETURNING id",
        )
        .bind(municipality_id)
        .bind(serde_json::to_string(group.draft).unwrap_or_else(|_| "{}".to_owned()))
        .bind(group.first_name)
        .bind(group.age)
        .bind(group.email)
        .bind(group.adult_name)
        .bind(group.adult_email)
        .bind(group.adult_phone)
        .bind(token_hash)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        outbox::queue(&mut tx, now, mail).await?;
        audit::append(
            &mut tx,
            now,
            Some(municipality_id),
            Actor::Anonymous,
            "youth-group.started",
            ("youth_group", &id.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The group an adult's link points at.
    pub async fn youth_group_by_token(&self, token_hash: &str) -> Result<YouthGroup> {
        let sql = format!("SELECT {GROUP_COLUMNS} FROM youth_group WHERE token_hash = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(token_hash)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound)?;
        group_from_row(&row)
    }

    /// The group behind a suggestion, for the moderator's page.
    pub async fn youth_group_of_submission(&self, submission_id: i64) -> Result<Option<YouthGroup>> {
        let sql = format!("SELECT {GROUP_COLUMNS} FROM youth_group WHERE submission_id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(submission_id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(group_from_row).transpose()
    }

    /// The adult vouches for the group: it becomes a suggestion waiting for the moderators,
    /// once (a second click finds it vouched: `Conflict`). Returns the submission's id.
    pub async fn vouch_youth_group(&self, id: i64) -> Result<i64> {
        let mut tx = self.pool().begin().await?;
        let now = self.now();
        let row = sqlx::query(
            "UPDATE youth_group SET status = 'vouched', vouched_at = $1 \
             WHERE id = $2 AND status = 'waiting' RETURNING municipality_id, proposal, young_email",
        )
        .bind(now)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::Conflict("the group is vouched for already".into()))?;
        let municipality_id: i64 = row.try_get("municipality_id")?;
        let proposal: String = row.try_get("proposal")?;
        let contact: String = row.try_get("young_email")?;
        let draft: OfferDraft = serde_json::from_str(&proposal)
            .map_err(|e| StoreError::Invalid(format!("youth group proposal: {e}")))?;
        let submission = insert_submission(
            &mut tx,
            now,
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
        sqlx::query("UPDATE youth_group SET submission_id = $1 WHERE id = $2")
            .bind(submission)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        audit::append(
            &mut tx,
            now,
            Some(municipality_id),
            Actor::Anonymous,
            "youth-group.vouched",
            ("youth_group", &id.to_string()),
            &format!("submission {submission}"),
        )
        .await?;
        tx.commit().await?;
        Ok(submission)
    }
}

/// Inside a moderator's decision on a suggestion: when it came from a group the young
/// started, an approved offer is marked "started by young people" with the adult's first
/// name, and the adult's e-mail and phone are erased either way.
pub(crate) async fn decided(
    conn: &mut AnyConnection,
    now: i64,
    submission_id: i64,
    offer_id: Option<i64>,
) -> Result<()> {
    let adult: Option<String> = sqlx::query_scalar(
        "UPDATE youth_group SET adult_email = '', adult_phone = '' WHERE submission_id = $1 RETURNING adult_name",
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

/// The three marks of a good online community, for the demo's offers.
pub async fn mark_good_online(conn: &mut AnyConnection, now: i64, offer_id: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO offer_youth (offer_id, moderated, adults_present, free_to_join, updated_at) \
         VALUES ($1, 1, 1, 1, $2)",
    )
    .bind(offer_id)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
