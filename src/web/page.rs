//! The page machinery every feature shares: render a template with a status, the form
//! page and the message page most forms and confirmations use, and [`once`], which runs
//! a form's write at most once per form token.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::store::forms::FormClaim;
use crate::web::AppState;
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{FormData, FormView};

/// Renders a page template with a status. Every HTML handler that sets its own status
/// (form errors are 400 with the page) goes through here.
pub fn render_page(
    page: &impl askama::Template,
    status: StatusCode,
) -> Result<Response, HttpError> {
    let html = page.render().map_err(|e| HttpError::Internal(e.into()))?;
    Ok(axum::response::IntoResponse::into_response((
        status,
        axum::response::Html(html),
    )))
}

#[derive(Template)]
#[template(path = "form.html")]
pub struct FormPage {
    pub chrome: Chrome,
    pub title: String,
    pub lead: Vec<String>,
    pub notice: Option<String>,
    pub form: FormView,
    pub links: Vec<(String, String)>,
    /// A link that looks like a button, shown before the form (e.g. signing in through
    /// the municipality's identity provider on `/login`).
    pub action_link: Option<(String, String)>,
}

impl FormPage {
    pub fn new(chrome: Chrome, title_key: &str, form: FormView) -> Self {
        FormPage {
            title: chrome.t(title_key),
            chrome,
            lead: Vec::new(),
            notice: None,
            form,
            links: Vec::new(),
            action_link: None,
        }
    }
    pub fn action_link(mut self, href: String, text: String) -> Self {
        self.action_link = Some((href, text));
        self
    }
    pub fn lead(mut self, text: String) -> Self {
        self.lead.push(text);
        self
    }
    pub fn notice(mut self, text: Option<String>) -> Self {
        self.notice = text;
        self
    }
    pub fn link(mut self, href: String, text: String) -> Self {
        self.links.push((href, text));
        self
    }
    pub fn render(&self, status: StatusCode) -> Result<Response, HttpError> {
        render_page(self, status)
    }
}

/// A page that only says something and offers a link on.
#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub chrome: Chrome,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub links: Vec<(String, String)>,
}

impl MessagePage {
    pub fn new(chrome: Chrome, title_key: &str, text_keys: &[&str]) -> Self {
        MessagePage {
            title: chrome.t(title_key),
            paragraphs: text_keys.iter().map(|k| chrome.t(k)).collect(),
            links: Vec::new(),
            chrome,
        }
    }
    pub fn link(mut self, path: &str, key: &str) -> Self {
        self.links
            .push((self.chrome.href(path), self.chrome.t(key)));
        self
    }
    pub fn render(&self, status: StatusCode) -> Result<Response, HttpError> {
        render_page(self, status)
    }
}

/// Runs `work` once per form: a repeated submission is sent where the first one went.
pub async fn once<F, Fut>(state: &AppState, form: &FormData, work: F) -> Result<Response, HttpError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<(Response, String), HttpError>>,
{
    match state.store.claim_form(&form.nonce).await? {
        FormClaim::Seen(outcome) if !outcome.is_empty() => {
            Ok(Redirect::to(&outcome).into_response())
        }
        FormClaim::Seen(_) => Err(HttpError::Conflict {
            key: "error-form-twice",
        }),
        FormClaim::Fresh => match work().await {
            Ok((response, outcome)) => {
                state.store.finish_form(&form.nonce, &outcome).await?;
                Ok(response)
            }
            Err(err) => {
                state.store.release_form(&form.nonce).await?;
                Err(err)
            }
        },
    }
}

/// Stands for the secret in a private link's outcome as `form_use` keeps it.
const SECRET_MARK: &str = "{secret}";

/// As [`once`], for a save that leads to a private link: `secret` is derived from the
/// form's nonce ([`crate::signing::FormKey::derive`]), so `form_use` keeps the outcome with
/// the secret left out, and a repeated submission is sent to the same link rebuilt from
/// the key — which lives outside the database.
pub async fn once_private<F, Fut>(
    state: &AppState,
    form: &FormData,
    secret: &str,
    work: F,
) -> Result<Response, HttpError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<(Response, String), HttpError>>,
{
    match state.store.claim_form(&form.nonce).await? {
        FormClaim::Seen(outcome) if !outcome.is_empty() => {
            Ok(Redirect::to(&outcome.replace(SECRET_MARK, secret)).into_response())
        }
        FormClaim::Seen(_) => Err(HttpError::Conflict {
            key: "error-form-twice",
        }),
        FormClaim::Fresh => match work().await {
            Ok((response, outcome)) => {
                let kept = outcome.replace(secret, SECRET_MARK);
                state.store.finish_form(&form.nonce, &kept).await?;
                Ok(response)
            }
            Err(err) => {
                state.store.release_form(&form.nonce).await?;
                Err(err)
            }
        },
    }
}

/// A value as the body of a `<script type="application/ld+json">`: JSON with every `<`,
/// `>` and `&` written as `\u003c`, `\u003e` and `\u0026`, so no text in it (a title
/// such as "x</script><!--") can end the script or open a comment; and U+2028 and U+2029
/// as `\u2028` and `\u2029`, which are line ends to a JavaScript reader that takes the
/// block as script. Outside strings JSON has none of these, so the JSON means the same.
pub fn json_ld(value: &serde_json::Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

#[cfg(test)]
mod tests {
    use super::json_ld;

    #[test]
    fn json_ld_cannot_end_its_script_or_open_a_comment() {
        let title = "x</script><!--<script> & \"mere\" \u{2028}\u{2029}";
        let value = serde_json::json!({ "@type": "Event", "name": title });
        let body = json_ld(&value);
        assert!(
            !body.contains(['<', '>', '&', '\u{2028}', '\u{2029}']),
            "{body}"
        );
        assert!(body.contains(r"x\u003c/script\u003e\u003c!--"), "{body}");
        let read: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(read["name"], title, "the same JSON");
    }
}
