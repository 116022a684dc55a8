//! The guard of every anonymous form: a honeypot, a minimum form age, and the abuse
//! limits of [`crate::limits`] for the client and the target. A refused use gets a Danish
//! page that says why and, for a limit, when to try again (429 with `Retry-After`) —
//! never a silent drop.

use crate::limits::{self, Limit};
use crate::store::limits::Hits;
use crate::web::AppState;
use crate::web::client::Client;
use crate::web::error::HttpError;
use crate::web::forms::FormData;

/// The honeypot's field name: hidden from people by the stylesheet, labelled "leave this
/// field empty" for anyone who sees it anyway; robots fill in every field.
pub const HONEYPOT: &str = "website";

/// Refuses a form a robot sent: its honeypot filled in, or sent sooner after it was
/// shown than a person could (`SAMMEN_MIN_FORM_SECONDS`).
pub fn human(state: &AppState, form: &FormData) -> Result<(), HttpError> {
    if !form.get(HONEYPOT).is_empty() {
        return Err(HttpError::BadRequest {
            code: "honeypot",
            key: "form-error-honeypot",
        });
    }
    if form.age < state.config.min_form_seconds {
        return Err(HttpError::BadRequest {
            code: "too_fast",
            key: "form-error-too-fast",
        });
    }
    Ok(())
}

/// Counts one use (`weight` uses, e.g. seats) by `client` on `target` and refuses it with
/// 429 when either is over the limit.
pub async fn spend(
    state: &AppState,
    limit: &Limit,
    client: &Client,
    target: &str,
    weight: i64,
) -> Result<(), HttpError> {
    count(state, limit, client, target, weight)
        .await
        .map(|_| ())
}

/// As [`spend`], and gives the two counted rows back (the sign-in takes the client's
/// back when the password was right).
pub async fn count(
    state: &AppState,
    limit: &Limit,
    client: &Client,
    target: &str,
    weight: i64,
) -> Result<(Hits, Hits), HttpError> {
    let store = &state.store;
    let by_client = store
        .hit(
            &bucket(state, limit, "client", &client.0),
            weight,
            limit.window,
        )
        .await?;
    let on_target = store
        .hit(
            &bucket(state, limit, "target", target),
            weight,
            limit.window,
        )
        .await?;
    let now = store.now();
    let over = [(by_client, limit.per_client), (on_target, limit.per_target)]
        .into_iter()
        .filter(|(hits, max)| hits.count > *max)
        .map(|(hits, _)| limits::wait_minutes(hits.oldest, limit.window, now))
        .max();
    match over {
        Some(minutes) => {
            tracing::info!(limit = limit.name, minutes, "abuse limit reached");
            metrics::counter!("sammen_limited_total", "limit" => limit.name).increment(1);
            Err(HttpError::TooMany { minutes })
        }
        None => Ok((by_client, on_target)),
    }
}

/// The row key a limit counts under: an HMAC with the signing key (which is not in the
/// database) of [`limits::bucket`].
pub fn bucket(state: &AppState, limit: &Limit, side: &str, key: &str) -> String {
    let keyed = state
        .form_key
        .derive("limit", &limits::bucket(limit, side, key));
    keyed[..32].to_owned()
}

/// The whole guard: a person, within the limit.
pub async fn guard(
    state: &AppState,
    form: &FormData,
    limit: &Limit,
    client: &Client,
    target: &str,
    weight: i64,
) -> Result<(), HttpError> {
    human(state, form)?;
    spend(state, limit, client, target, weight).await
}
