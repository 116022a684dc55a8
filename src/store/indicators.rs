//! Sammen's own indicators (issue 18): sign-ups and first sign-ups (`signup_tally` and the
//! sign-ups still kept), guide completions (`guide_tally`), the bus crew's headcounts
//! (`bus_headcount`). Every method here returns **true counts**; they are shown only
//! through the one disclosure rule (`crate::domain::disclosure`).

use sqlx::Row;

use super::{Result, Store};

/// Sign-ups of one month (of the occurrence), life arena and town (`""` when none), first
/// or not: a count of sign-ups (a group's sign-up is one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignupCount {
    pub month: String,
    pub life_arena: String,
    pub town: String,
    pub first_time: bool,
    pub signups: i64,
}

/// The grouped sign-ups still kept: confirmed ones, by the month of their occurrence, the
/// event's life arena and town (the event's own, else its place's), and whether no earlier
/// sign-up (a lower id) of the municipality has the same e-mail or phone. `$1` is the
/// municipality (`0` for all), `$2` the first occurrence date *not* included (`''` for
/// none: every kept sign-up).
const KEPT_SIGNUPS: &str = "\
SELECT municipality_id, month, life_arena, town, first_time, CAST(COUNT(*) AS BIGINT) AS signups FROM ( \
  SELECT e.municipality_id AS municipality_id, SUBSTR(s.occurrence_date, 1, 7) AS month, \
         COALESCE(e.life_arena, '') AS life_arena, COALESCE(t.name, '') AS town, \
         CAST(COALESCE(s.first_time, CASE WHEN EXISTS (SELECT 1 FROM signup s2 JOIN event e2 ON e2.id = s2.event_id \
              WHERE e2.municipality_id = e.municipality_id AND s2.id < s.id \
              AND ((s.email <> '' AND LOWER(s2.email) = LOWER(s.email)) OR (s.phone <> '' AND s2.phone = s.phone))) \
              THEN 0 ELSE 1 END) AS BIGINT) AS first_time \
  FROM signup s JOIN event e ON e.id = s.event_id \
  LEFT JOIN place p ON p.id = e.place_id \
  LEFT JOIN town t ON t.id = COALESCE(e.town_id, p.town_id) \
  WHERE s.status = 'confirmed' AND ($1 = 0 OR e.municipality_id = $1) \
    AND ($2 = '' OR s.occurrence_date < $2) \
) kept GROUP BY municipality_id, month, life_arena, town, first_time";

/// Before sign-ups of occurrences before `before_date` are deleted, their counts go into
/// `signup_tally`, and every kept sign-up's "first" is frozen (so deleting the earlier ones
/// does not make it a first); inside the caller's transaction.
pub async fn tally_signups_before(conn: &mut sqlx::AnyConnection, before_date: &str) -> Result<()> {
    sqlx::query(
        "UPDATE signup SET first_time = CASE WHEN EXISTS (SELECT 1 FROM signup s2 \
            JOIN event e2 ON e2.id = s2.event_id JOIN event e ON e.id = signup.event_id \
            WHERE e2.municipality_id = e.municipality_id AND s2.id < signup.id \
            AND ((signup.email <> '' AND LOWER(s2.email) = LOWER(signup.email)) \
              OR (signup.phone <> '' AND s2.phone = signup.phone))) THEN 0 ELSE 1 END \
         WHERE first_time IS NULL AND occurrence_date >= $1",
    )
    .bind(before_date)
    .execute(&mut *conn)
    .await?;
    let rows = sqlx::query(KEPT_SIGNUPS)
        .bind(0i64)
        .bind(before_date)
        .fetch_all(&mut *conn)
        .await?;
    for r in &rows {
        sqlx::query(
            "INSERT INTO signup_tally (municipality_id, month, life_arena, town, first_time, signups) \
             VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (municipality_id, month, life_arena, town, first_time) \
             DO UPDATE SET signups = signup_tally.signups + excluded.signups",
        )
        .bind(r.try_get::<i64, _>("municipality_id")?)
        .bind(r.try_get::<String, _>("month")?)
        .bind(r.try_get::<String, _>("life_arena")?)
        .bind(r.try_get::<String, _>("town")?)
        .bind(r.try_get::<i64, _>("first_time")?)
        .bind(r.try_get::<i64, _>("signups")?)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

impl Store {
    /// Every sign-up counted: the tally of deleted ones and those still kept, summed, by
    /// month, life arena, town and first or not. True counts.
    pub async fn signup_counts(&self, municipality_id: i64) -> Result<Vec<SignupCount>> {
        let mut out: Vec<SignupCount> = Vec::new();
        let mut add = |c: SignupCount| match out.iter_mut().find(|o| {
            o.month == c.month
                && o.life_arena == c.life_arena
                && o.town == c.town
                && o.first_time == c.first_time
        }) {
            Some(o) => o.signups += c.signups,
            None => out.push(c),
        };
        let tallied = sqlx::query(
            "SELECT month, life_arena, town, first_time, signups FROM signup_tally WHERE municipality_id = $1",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?;
        let kept = sqlx::query(KEPT_SIGNUPS)
            .bind(municipality_id)
            .bind("")
            .fetch_all(self.pool())
            .await?;
        for r in tallied.iter().chain(&kept) {
            add(SignupCount {
                month: r.try_get("month")?,
                life_arena: r.try_get("life_arena")?,
                town: r.try_get("town")?,
                first_time: r.try_get::<i64, _>("first_time")? == 1,
                signups: r.try_get("signups")?,
            });
        }
        out.sort_by(|a, b| {
            (&a.month, &a.life_arena, &a.town, a.first_time).cmp(&(
                &b.month,
                &b.life_arena,
                &b.town,
                b.first_time,
            ))
        });
        Ok(out)
    }

    /// One more completed guide (its list of suggestions reached) in `month` (YYYY-MM).
    pub async fn count_guide_completion(&self, municipality_id: i64, month: &str) -> Result<()> {
        sqlx::query(
            "INSERT INTO guide_tally (municipality_id, month, completions) VALUES ($1, $2, 1) \
             ON CONFLICT (municipality_id, month) DO UPDATE SET completions = guide_tally.completions + 1",
        )
        .bind(municipality_id)
        .bind(month)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Completed guides per month, oldest first. True counts.
    pub async fn guide_completions(&self, municipality_id: i64) -> Result<Vec<(String, i64)>> {
        sqlx::query(
            "SELECT month, completions FROM guide_tally WHERE municipality_id = $1 ORDER BY month",
        )
        .bind(municipality_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| Ok((r.try_get("month")?, r.try_get("completions")?)))
        .collect()
    }

    /// The crew's headcount at a visit (stop, day, planned arrival "HH:MM"); a new count
    /// for the same visit replaces the old.
    pub async fn record_headcount(
        &self,
        municipality_id: i64,
        stop_id: i64,
        day: &str,
        arrive: &str,
        people: i64,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO bus_headcount (municipality_id, stop_id, day, arrive, people, recorded_at) \
             VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (municipality_id, stop_id, day, arrive) \
             DO UPDATE SET people = excluded.people, recorded_at = excluded.recorded_at",
        )
        .bind(municipality_id)
        .bind(stop_id)
        .bind(day)
        .bind(arrive)
        .bind(people)
        .bind(self.now())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The headcounts recorded on `day`: (stop id, planned arrival "HH:MM", people).
    pub async fn headcounts_on(
        &self,
        municipality_id: i64,
        day: &str,
    ) -> Result<Vec<(i64, String, i64)>> {
        sqlx::query(
            "SELECT stop_id, arrive, people FROM bus_headcount WHERE municipality_id = $1 AND day = $2",
        )
        .bind(municipality_id)
        .bind(day)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| Ok((r.try_get("stop_id")?, r.try_get("arrive")?, r.try_get("people")?)))
        .collect()
    }

    /// Visitors counted by the crew per stop (by name) and month, on days from `since`
    /// (YYYY-MM-DD) on. True counts.
    pub async fn bus_visitors(
        &self,
        municipality_id: i64,
        since: &str,
    ) -> Result<Vec<(String, String, i64)>> {
        sqlx::query(
            "SELECT s.name AS stop, SUBSTR(h.day, 1, 7) AS month, CAST(SUM(h.people) AS BIGINT) AS people \
             FROM bus_headcount h JOIN bus_stop s ON s.id = h.stop_id \
             WHERE h.municipality_id = $1 AND h.day >= $2 \
             GROUP BY s.name, SUBSTR(h.day, 1, 7) ORDER BY s.name, month",
        )
        .bind(municipality_id)
        .bind(since)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| Ok((r.try_get("stop")?, r.try_get("month")?, r.try_get("people")?)))
        .collect()
    }
}
