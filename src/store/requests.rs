//! Requests to ambassadors, their messages and notes, and the anonymous outcomes.
//!
//! A request is made in one transaction: the row, its routing, the staff mails, the
//! person's mail and the audit line. Every later change (accept, assign, reply, note,
//! follow-up, scale, outcome, close) is one transaction with its audit line and mail.
//! So a crash never leaves a request nobody was told about, nor a change unlogged.

use std::collections::BTreeMap;

use sqlx::{AnyConnection, Row};

use super::audit::{self, Actor};
use super::outbox::{self, NewMail};
use super::{Result, Store, StoreError};
use crate::ambassadors::{Need, route};
use crate::domain::disclosure::{self, Shown};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestStatus {
    New,
    Accepted,
    Closed,
}

impl RequestStatus {
    pub fn code(self) -> &'static str {
        match self {
            RequestStatus::New => "new",
            RequestStatus::Accepted => "accepted",
            RequestStatus::Closed => "closed",
        }
    }
    fn from_code(code: &str) -> RequestStatus {
        match code {
            "accepted" => RequestStatus::Accepted,
            "closed" => RequestStatus::Closed,
            _ => RequestStatus::New,
        }
    }
}

/// A request as written by the person.
#[derive(Debug, Clone, Default)]
pub struct NewRequest {
    /// `talk` or `accompany`.
    pub kind: String,
    /// `self`, `relative`, `teacher` or `professional`.
    pub asker: String,
    pub consent: bool,
    pub about: String,
    pub wants_to_join: String,
    pub age_band: String,
    pub town_id: Option<i64>,
    pub language: String,
    pub contact_name: String,
    pub phone: String,
    pub email: String,
    pub anonymous: bool,
}

#[derive(Debug, Clone)]
pub struct Request {
    pub id: i64,
    pub kind: String,
    pub asker: String,
    pub consent: bool,
    pub about: String,
    pub wants_to_join: String,
    pub age_band: String,
    pub town: Option<String>,
    pub language: String,
    pub contact_name: String,
    pub phone: String,
    pub email: String,
    pub anonymous: bool,
    pub ambassador_id: Option<i64>,
    pub ambassador_name: Option<String>,
    pub status: RequestStatus,
    pub follow_up_on: Option<String>,
    pub scale_before: Option<i64>,
    pub created_at: i64,
    pub accepted_at: Option<i64>,
    pub closed_at: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct Message {
    pub from_person: bool,
    pub author_name: String,
    pub body: String,
    pub created_at: i64,
}

#[derive(Debug, Clone)]
pub struct Note {
    pub author: String,
    pub body: String,
    pub created_at: i64,
}

/// Aggregated outcomes; only ever built from at least [`MIN_OUTCOMES`] answers, the
/// counts through the one disclosure rule ([`crate::domain::disclosure`]).
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeSummary {
    /// How many answered twice, rounded to 5.
    pub people: i64,
    pub mean_before: f64,
    pub mean_after: f64,
    /// How many scored lower (less lonely) the second time: hidden when it, or the rest
    /// (which the total would give away), is under 10.
    pub improved: Shown,
}

/// Fewest answers an outcome figure is built from: the one rule's smallest cell.
pub const MIN_OUTCOMES: i64 = disclosure::MIN_CELL;

const SELECT: &str = "SELECT r.*, t.name AS town_name, a.first_name AS ambassador_name \
     FROM ambassador_request r LEFT JOIN town t ON t.id = r.town_id \
     LEFT JOIN ambassador a ON a.id = r.ambassador_id";

fn request_from_row(row: &sqlx::any::AnyRow) -> Result<Request> {
    Ok(Request {
        id: row.try_get("id")?,
        kind: row.try_get("kind")?,
        asker: row.try_get("asker")?,
        consent: row.try_get::<i64, _>("consent")? == 1,
        about: row.try_get("about")?,
        wants_to_join: row.try_get("wants_to_join")?,
        age_band: row.try_get("age_band")?,
        town: row.try_get("town_name")?,
        language: row.try_get("language")?,
        contact_name: row.try_get("contact_name")?,
        phone: row.try_get("phone")?,
        email: row.try_get("email")?,
        anonymous: row.try_get::<i64, _>("anonymous")? == 1,
        ambassador_id: row.try_get("ambassador_id")?,
        ambassador_name: row.try_get("ambassador_name")?,
        status: RequestStatus::from_code(&row.try_get::<String, _>("status")?),
        follow_up_on: row.try_get("follow_up_on")?,
        scale_before: row.try_get("scale_before")?,
        created_at: row.try_get("created_at")?,
        accepted_at: row.try_get("accepted_at")?,
        closed_at: row.try_get("closed_at")?,
    })
}

impl Store {
    /// A person's request: stored, routed to an ambassador who fits `need` (or to the
    /// coordinators' queue), the staff told, the person's mail queued and the audit line
    /// written — one transaction. Returns the request's id and where it went.
    pub async fn ask_ambassador(
        &self,
        municipality_id: i64,
        ask: &Ask<'_>,
    ) -> Result<(i64, Option<i64>)> {
        let mut tx = self.pool().begin().await?;
        // The row first (a write, so SQLite starts this transaction as a writer); it
        // counts for nobody's load until it is routed.
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO ambassador_request (municipality_id, kind, asker, consent, about, wants_to_join, age_band, town_id, language, \
                contact_name, phone, email, anonymous, wanted_ambassador_id, ambassador_id, status, token_hash, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, NULL, NULL, 'new', $14, $15) RETURNING id",
        )
        .bind(municipality_id)
        .bind(&ask.request.kind)
        .bind(&ask.request.asker)
        .bind(i64::from(ask.request.consent))
        .bind(&ask.request.about)
        .bind(&ask.request.wants_to_join)
        .bind(&ask.request.age_band)
        .bind(ask.request.town_id)
        .bind(&ask.request.language)
        .bind(&ask.request.contact_name)
        .bind(&ask.request.phone)
        .bind(&ask.request.email)
        .bind(i64::from(ask.request.anonymous))
        .bind(ask.token_hash)
        .bind(self.now())
        .fetch_one(&mut *tx)
        .await?;
        let ambassadors = super::ambassadors::ambassadors_in(&mut tx, municipality_id).await?;
        let load = open_per_ambassador(&mut tx, municipality_id).await?;
        let routed = route(ask.need, &ambassadors, &load);
        let wanted = ask
            .need
            .wanted
            .filter(|w| ambassadors.iter().any(|x| x.id == *w));
        sqlx::query(
            "UPDATE ambassador_request SET wanted_ambassador_id = $1, ambassador_id = $2 WHERE id = $3",
        )
        .bind(wanted)
        .bind(routed)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        // The log says that a request came and where it went — never who or what.
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            Actor::Anonymous,
            "request.create",
            ("request", &id.to_string()),
            if routed.is_some() { "routed" } else { "queue" },
        )
        .await?;
        // The ambassador it went to, or (the queue) every administrator.
        let staff: Vec<String> =
            match routed {
                Some(ambassador) => {
                    sqlx::query_scalar(
                        "SELECT ac.email FROM ambassador a JOIN account ac ON ac.id = a.account_id \
                 WHERE a.id = $1 AND ac.municipality_id = $2",
                    )
                    .bind(ambassador)
                    .bind(municipality_id)
                    .fetch_all(&mut *tx)
                    .await?
                }
                None => sqlx::query_scalar(
                    "SELECT ac.email FROM account ac JOIN account_role r ON r.account_id = ac.id \
                 WHERE ac.municipality_id = $1 AND r.role = 'administrator' ORDER BY ac.email",
                )
                .bind(municipality_id)
                .fetch_all(&mut *tx)
                .await?,
            };
        for to in staff {
            outbox::queue(
                &mut tx,
                self.now(),
                &NewMail {
                    municipality_id: Some(municipality_id),
                    to,
                    subject: ask.staff_mail.0.clone(),
                    body: ask.staff_mail.1.clone(),
                    unique_key: None,
                },
            )
            .await?;
        }
        if !ask.request.email.is_empty() {
            outbox::queue(
                &mut tx,
                self.now(),
                &NewMail {
                    municipality_id: Some(municipality_id),
                    to: ask.request.email.clone(),
                    subject: ask.person_mail.0.clone(),
                    body: ask.person_mail.1.clone(),
                    unique_key: Some(format!("request:{id}:created")),
                },
            )
            .await?;
        }
        tx.commit().await?;
        Ok((id, routed))
    }

    pub async fn request(&self, municipality_id: i64, id: i64) -> Result<Request> {
        let sql = format!("{SELECT} WHERE r.municipality_id = $1 AND r.id = $2");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound)?;
        request_from_row(&row)
    }

    pub async fn request_by_token(&self, token_hash: &str) -> Result<Request> {
        let sql = format!("{SELECT} WHERE r.token_hash = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(token_hash)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound)?;
        request_from_row(&row)
    }

    /// Requests of one ambassador, or (None) all of the municipality; open ones first.
    pub async fn requests(
        &self,
        municipality_id: i64,
        ambassador_id: Option<i64>,
    ) -> Result<Vec<Request>> {
        let sql = format!(
            "{SELECT} WHERE r.municipality_id = $1 AND ($2 = 0 OR r.ambassador_id = $2) \
             ORDER BY CASE r.status WHEN 'closed' THEN 1 ELSE 0 END, r.created_at DESC, r.id DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(municipality_id)
            .bind(ambassador_id.unwrap_or(0))
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(request_from_row).collect()
    }

    /// Open requests per ambassador, for routing.
    pub async fn open_requests_per_ambassador(
        &self,
        municipality_id: i64,
    ) -> Result<BTreeMap<i64, usize>> {
        let mut conn = self.pool().acquire().await?;
        open_per_ambassador(&mut conn, municipality_id).await
    }

    pub async fn request_messages(&self, request_id: i64) -> Result<Vec<Message>> {
        let rows = sqlx::query(
            "SELECT from_person, author_name, body, created_at FROM request_message WHERE request_id = $1 ORDER BY id",
        )
        .bind(request_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Message {
                    from_person: row.try_get::<i64, _>("from_person")? == 1,
                    author_name: row.try_get("author_name")?,
                    body: row.try_get("body")?,
                    created_at: row.try_get("created_at")?,
                })
            })
            .collect()
    }

    pub async fn request_notes(&self, request_id: i64) -> Result<Vec<Note>> {
        let rows = sqlx::query(
            "SELECT COALESCE(a.name, '') AS author, n.body, n.created_at FROM request_note n \
             LEFT JOIN account a ON a.id = n.author_account_id WHERE n.request_id = $1 ORDER BY n.id",
        )
        .bind(request_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Note {
                    author: row.try_get("author")?,
                    body: row.try_get("body")?,
                    created_at: row.try_get("created_at")?,
                })
            })
            .collect()
    }

    /// One change to a request with its audit line (and the mail it causes, if any), in
    /// one transaction.
    pub async fn change_request(
        &self,
        municipality_id: i64,
        request_id: i64,
        change: &RequestChange<'_>,
        by: Actor,
        mail: Option<&NewMail>,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        let action = apply(&mut tx, self.now(), municipality_id, request_id, change).await?;
        audit::append(
            &mut tx,
            self.now(),
            Some(municipality_id),
            by,
            action,
            ("request", &request_id.to_string()),
            "",
        )
        .await?;
        if let Some(mail) = mail {
            outbox::queue(&mut tx, self.now(), mail).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The outcomes in aggregate; `None` with fewer than [`MIN_OUTCOMES`] answers.
    pub async fn outcome_summary(&self, municipality_id: i64) -> Result<Option<OutcomeSummary>> {
        let row = sqlx::query(
            // SUM is NUMERIC on PostgreSQL: cast back to BIGINT for both backends.
            "SELECT COUNT(*) AS n, CAST(COALESCE(SUM(score_before), 0) AS BIGINT) AS b, \
                    CAST(COALESCE(SUM(score_after), 0) AS BIGINT) AS a, \
                    CAST(COALESCE(SUM(CASE WHEN score_after < score_before THEN 1 ELSE 0 END), 0) AS BIGINT) AS better \
             FROM ambassador_outcome WHERE municipality_id = $1",
        )
        .bind(municipality_id)
        .fetch_one(self.pool())
        .await?;
        let n: i64 = row.try_get("n")?;
        if n < MIN_OUTCOMES {
            return Ok(None);
        }
        let before: i64 = row.try_get("b")?;
        let after: i64 = row.try_get("a")?;
        let better: i64 = row.try_get("better")?;
        // Better and not better with their total: a table of one row.
        let table = disclosure::table(&[vec![better, n - better]]);
        Ok(Some(OutcomeSummary {
            people: disclosure::round(n),
            mean_before: before as f64 / n as f64,
            mean_after: after as f64 / n as f64,
            improved: table.cells[0][0],
        }))
    }

    /// Retention: requests closed before `before` are deleted with their messages and notes.
    pub async fn delete_closed_requests(&self, before: i64) -> Result<u64> {
        Ok(
            sqlx::query(
                "DELETE FROM ambassador_request WHERE status = 'closed' AND closed_at < $1",
            )
            .bind(before)
            .execute(self.pool())
            .await?
            .rows_affected(),
        )
    }

    /// The ambassador profile of a signed-in account, if any.
    pub async fn ambassador_of_account(
        &self,
        municipality_id: i64,
        account_id: i64,
    ) -> Result<Option<(i64, String)>> {
        let row = sqlx::query(
            "SELECT id, first_name FROM ambassador WHERE municipality_id = $1 AND account_id = $2 ORDER BY id LIMIT 1",
        )
        .bind(municipality_id)
        .bind(account_id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| Ok((r.try_get("id")?, r.try_get("first_name")?)))
            .transpose()
    }
}

/// What a person's request is made of, and the mails it causes (subject, body).
pub struct Ask<'a> {
    pub request: &'a NewRequest,
    /// For routing; `wanted` is kept on the request (as the ambassador asked for) only
    /// when that ambassador exists.
    pub need: &'a Need,
    pub token_hash: &'a str,
    /// To the ambassador it went to, or to every administrator: no word about the person.
    pub staff_mail: (String, String),
    /// To the person, when they gave an e-mail address.
    pub person_mail: (String, String),
}

/// A change to a request, by the person or by staff.
#[derive(Debug, Clone, PartialEq)]
pub enum RequestChange<'a> {
    /// The ambassador takes it (it moves to them if it was in the queue).
    Accept {
        ambassador_id: i64,
    },
    /// A coordinator routes it to an ambassador, or (None) back to the queue.
    Assign {
        ambassador_id: Option<i64>,
    },
    /// A message in the conversation, from the person or from staff.
    Message {
        from_person: bool,
        author_name: &'a str,
        body: &'a str,
    },
    /// A staff note the person never sees.
    Note {
        author_account_id: i64,
        body: &'a str,
    },
    FollowUp(Option<&'a str>),
    ScaleBefore(i64),
    /// The second answer: one anonymous outcome row; the request forgets its first
    /// score, so an outcome is recorded once. `month` is 'YYYY-MM'.
    Outcome {
        before: i64,
        after: i64,
        month: &'a str,
    },
    Close {
        by_person: bool,
    },
}

/// Writes a change; returns its audit action.
async fn apply(
    conn: &mut AnyConnection,
    now: i64,
    municipality_id: i64,
    id: i64,
    change: &RequestChange<'_>,
) -> Result<&'static str> {
    Ok(match *change {
        RequestChange::Accept { ambassador_id } => {
            sqlx::query(
                "UPDATE ambassador_request SET status = 'accepted', ambassador_id = $1, accepted_at = $2 \
                 WHERE id = $3 AND status = 'new'",
            )
            .bind(ambassador_id)
            .bind(now)
            .bind(id)
            .execute(&mut *conn)
            .await?;
            "request.accept"
        }
        RequestChange::Assign { ambassador_id } => {
            sqlx::query(
                "UPDATE ambassador_request SET ambassador_id = $1, status = 'new', accepted_at = NULL \
                 WHERE id = $2 AND status <> 'closed'",
            )
            .bind(ambassador_id)
            .bind(id)
            .execute(&mut *conn)
            .await?;
            "request.assign"
        }
        RequestChange::Message {
            from_person,
            author_name,
            body,
        } => {
            sqlx::query(
                "INSERT INTO request_message (request_id, from_person, author_name, body, created_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(i64::from(from_person))
            .bind(author_name)
            .bind(body)
            .bind(now)
            .execute(&mut *conn)
            .await?;
            if from_person {
                "request.message-from-person"
            } else {
                "request.reply"
            }
        }
        RequestChange::Note {
            author_account_id,
            body,
        } => {
            sqlx::query(
                "INSERT INTO request_note (request_id, author_account_id, body, created_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(author_account_id)
            .bind(body)
            .bind(now)
            .execute(&mut *conn)
            .await?;
            "request.note"
        }
        RequestChange::FollowUp(on) => {
            sqlx::query("UPDATE ambassador_request SET follow_up_on = $1 WHERE id = $2")
                .bind(on)
                .bind(id)
                .execute(&mut *conn)
                .await?;
            "request.follow-up"
        }
        RequestChange::ScaleBefore(score) => {
            sqlx::query("UPDATE ambassador_request SET scale_before = $1 WHERE id = $2")
                .bind(score)
                .bind(id)
                .execute(&mut *conn)
                .await?;
            "request.scale"
        }
        RequestChange::Outcome {
            before,
            after,
            month,
        } => {
            let cleared = sqlx::query(
                "UPDATE ambassador_request SET scale_before = NULL WHERE id = $1 AND scale_before = $2",
            )
            .bind(id)
            .bind(before)
            .execute(&mut *conn)
            .await?
            .rows_affected();
            if cleared == 1 {
                sqlx::query(
                    "INSERT INTO ambassador_outcome (municipality_id, month, score_before, score_after) VALUES ($1, $2, $3, $4)",
                )
                .bind(municipality_id)
                .bind(month)
                .bind(before)
                .bind(after)
                .execute(&mut *conn)
                .await?;
            }
            "request.outcome"
        }
        RequestChange::Close { by_person } => {
            sqlx::query(
                "UPDATE ambassador_request SET status = 'closed', closed_at = $1 WHERE id = $2 AND status <> 'closed'",
            )
            .bind(now)
            .bind(id)
            .execute(&mut *conn)
            .await?;
            if by_person {
                "request.close-by-person"
            } else {
                "request.close"
            }
        }
    })
}

async fn open_per_ambassador(
    conn: &mut AnyConnection,
    municipality_id: i64,
) -> Result<BTreeMap<i64, usize>> {
    let rows = sqlx::query(
        "SELECT ambassador_id, COUNT(*) AS n FROM ambassador_request \
         WHERE municipality_id = $1 AND status <> 'closed' AND ambassador_id IS NOT NULL GROUP BY ambassador_id",
    )
    .bind(municipality_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = BTreeMap::new();
    for row in &rows {
        out.insert(
            row.try_get::<i64, _>("ambassador_id")?,
            row.try_get::<i64, _>("n")? as usize,
        );
    }
    Ok(out)
}
