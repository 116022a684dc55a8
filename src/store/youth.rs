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
        let found =
            sqlx::query("UPDATE offer SET updated_at = $1 WHERE id = $2 AND municipality_id = $3")
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

    /// Deletes the groups whose adult has not vouched for them since before `cutoff`
    /// (housekeeping). Returns how many.
    pub async fn prune_unvouched_youth_groups(&self, cutoff: i64) -> Result<u64> {
        let done =
            sqlx::query("DELETE FROM youth_group WHERE status = 'waiting' AND created_at < $1")
                .bind(cutoff)
                .execute(self.pool())
                .await?;
        Ok(done.rows_affected())
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
    pub async fn youth_group_of_submission(
        &self,
        submission_id: i64,
    ) -> Result<Option<YouthGroup>> {
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
        .ok_or(StoreError::Conflict(
            "the group is vouched for already".into(),
        ))?;
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

// ---- the young's own voice ----

/// A question to the young, with how many answers it has (true counts: they leave only
/// through `domain::disclosure`).
#[derive(Debug, Clone)]
pub struct Question {
    pub id: i64,
    pub question: String,
    pub open: bool,
    pub initiative_id: Option<i64>,
    /// Every answer received, whatever became of it.
    pub answers: i64,
    /// Answers waiting for an editor.
    pub waiting: i64,
}

/// One answer as the editors and the public page see it.
#[derive(Debug, Clone)]
pub struct Answer {
    pub id: String,
    pub body: String,
}

fn question_from_row(row: &sqlx::any::AnyRow) -> Result<Question> {
    Ok(Question {
        id: row.try_get("id")?,
        question: row.try_get("question")?,
        open: row.try_get::<i64, _>("is_open")? != 0,
        initiative_id: row.try_get("initiative_id")?,
        answers: row.try_get("answers")?,
        waiting: row.try_get("waiting")?,
    })
}

const QUESTION_SELECT: &str = "SELECT q.id, q.question, q.is_open, q.initiative_id, \
     (SELECT COUNT(*) FROM youth_answer a WHERE a.question_id = q.id) AS answers, \
     (SELECT COUNT(*) FROM youth_answer a WHERE a.question_id = q.id AND a.status = 'new') AS waiting \
     FROM youth_question q";

impl Store {
    /// The municipality's questions to the young, newest first.
    pub async fn youth_questions(&self, municipality_id: i64) -> Result<Vec<Question>> {
        let sql = format!("{QUESTION_SELECT} WHERE q.municipality_id = $1 ORDER BY q.id DESC");
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(question_from_row)
            .collect()
    }

    pub async fn youth_question(&self, municipality_id: i64, id: i64) -> Result<Question> {
        let sql = format!("{QUESTION_SELECT} WHERE q.municipality_id = $1 AND q.id = $2");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound)?;
        question_from_row(&row)
    }

    /// Adds a question (`id` None) or changes one, with its audit line. An initiative of
    /// another municipality is refused as not found.
    pub async fn save_youth_question(
        &self,
        municipality_id: i64,
        id: Option<i64>,
        question: &str,
        open: bool,
        initiative_id: Option<i64>,
        actor: Actor,
    ) -> Result<i64> {
        let mut tx = self.pool().begin().await?;
        let now = self.now();
        if let Some(initiative) = initiative_id {
            let ours: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM strategy_initiative WHERE id = $1 AND municipality_id = $2",
            )
            .bind(initiative)
            .bind(municipality_id)
            .fetch_optional(&mut *tx)
            .await?;
            ours.ok_or(StoreError::NotFound)?;
        }
        let id = match id {
            Some(id) => {
                let changed = sqlx::query(
                    "UPDATE youth_question SET question = $1, is_open = $2, initiative_id = $3 \
                     WHERE id = $4 AND municipality_id = $5",
                )
                .bind(question)
                .bind(i64::from(open))
                .bind(initiative_id)
                .bind(id)
                .bind(municipality_id)
                .execute(&mut *tx)
                .await?;
                if changed.rows_affected() != 1 {
                    return Err(StoreError::NotFound);
                }
                id
            }
            None => {
                sqlx::query_scalar(
                    "INSERT INTO youth_question (municipality_id, question, is_open, initiative_id, created_at) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(municipality_id)
                .bind(question)
                .bind(i64::from(open))
                .bind(initiative_id)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?
            }
        };
        audit::append(
            &mut tx,
            now,
            Some(municipality_id),
            actor,
            "youth-question.saved",
            ("youth_question", &id.to_string()),
            if open { "open" } else { "closed" },
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Keeps one anonymous answer to an open question: the question, the day, the words,
    /// a random id. No audit line (it would carry the second it came). Returns false when
    /// the question is closed or not this municipality's.
    pub async fn add_youth_answer(
        &self,
        municipality_id: i64,
        question_id: i64,
        day: &str,
        body: &str,
    ) -> Result<bool> {
        let mut bytes = [0u8; 16];
        rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
        let added = sqlx::query(
            "INSERT INTO youth_answer (id, question_id, day, body, status) \
             SELECT $1, q.id, $2, $3, 'new' FROM youth_question q \
             WHERE q.id = $4 AND q.municipality_id = $5 AND q.is_open = 1",
        )
        .bind(crate::accounts::hex(&bytes))
        .bind(day)
        .bind(body)
        .bind(question_id)
        .bind(municipality_id)
        .execute(self.pool())
        .await?;
        Ok(added.rows_affected() == 1)
    }

    /// A question's answers in one state ("new" or "published"), in random-id order (which
    /// says nothing about when they came).
    pub async fn youth_answers(&self, question_id: i64, status: &str) -> Result<Vec<Answer>> {
        let rows = sqlx::query(
            "SELECT id, body FROM youth_answer WHERE question_id = $1 AND status = $2 ORDER BY id",
        )
        .bind(question_id)
        .bind(status)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Answer {
                    id: r.try_get("id")?,
                    body: r.try_get("body")?,
                })
            })
            .collect()
    }

    /// An editor publishes an answer, or rejects it (its words are erased). Only a new
    /// answer of this municipality's question; otherwise `NotFound`.
    pub async fn decide_youth_answer(
        &self,
        municipality_id: i64,
        question_id: i64,
        answer_id: &str,
        publish: bool,
        editor: i64,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        let now = self.now();
        let changed = sqlx::query(
            "UPDATE youth_answer SET status = $1, body = CASE WHEN $1 = 'rejected' THEN '' ELSE body END \
             WHERE id = $2 AND question_id = $3 AND status = 'new' \
             AND question_id IN (SELECT id FROM youth_question WHERE municipality_id = $4)",
        )
        .bind(if publish { "published" } else { "rejected" })
        .bind(answer_id)
        .bind(question_id)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await?;
        if changed.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        audit::append(
            &mut tx,
            now,
            Some(municipality_id),
            Actor::Account(editor),
            if publish {
                "youth-answer.published"
            } else {
                "youth-answer.rejected"
            },
            ("youth_question", &question_id.to_string()),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
