//! Forms: the token every form carries, the request body it comes back in, and the
//! description of a form that the one form template renders.
//!
//! **The form token** is `nonce.issued.mac`: a random nonce, the issue time, and an
//! HMAC-SHA256 over both and the session (or "-" without one) under a server-wide key
//! kept in the database. It does two jobs. Against cross-site forgery: a token only
//! verifies for the session it was made for, and only for 24 hours. Against double
//! submission: the handler claims the nonce when it writes ([`crate::store::forms`]), so a
//! second submission of the same form — a double click, or back and resubmit — finds the
//! nonce used and is sent where the first one went; nothing is written twice.
//! A form with mistakes is shown again with a fresh token.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header;

use super::AppState;
use super::chrome::Chrome;
use super::error::HttpError;
use crate::accounts::Principal;

/// Name of the hidden field.
pub const TOKEN_FIELD: &str = "_token";
/// Largest form body we read.
const MAX_BODY: usize = 64 * 1024;

/// A submitted form whose token checked out.
pub struct FormData {
    pairs: Vec<(String, String)>,
    raw: String,
    /// The form's nonce: claim it when writing.
    pub nonce: String,
    /// Seconds since the form was shown (a robot is faster than a person).
    pub age: i64,
}

impl FormData {
    /// The first value of a field, trimmed of nothing; "" when absent.
    pub fn get(&self, name: &str) -> &str {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    /// Every value of a repeated field (checkboxes).
    pub fn all(&self, name: &str) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    pub fn has(&self, name: &str) -> bool {
        self.pairs.iter().any(|(k, _)| k == name)
    }

    /// The form as a struct, for simple forms with one value per field.
    pub fn decode<T: serde::de::DeserializeOwned>(&self) -> Result<T, HttpError> {
        serde_urlencoded::from_str(&self.raw).map_err(|_| HttpError::BadRequest {
            code: "bad_form",
            key: "error-form-bad",
        })
    }
}

impl FromRequest<AppState> for FormData {
    type Rejection = HttpError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        same_site(request.headers())?;
        let session = request
            .extensions()
            .get::<Principal>()
            .map(|p| p.session_hash.clone());
        let body =
            Bytes::from_request(request, state)
                .await
                .map_err(|_| HttpError::BadRequest {
                    code: "bad_form",
                    key: "error-form-bad",
                })?;
        if body.len() > MAX_BODY {
            return Err(HttpError::BadRequest {
                code: "form_too_large",
                key: "error-form-large",
            });
        }
        let raw = String::from_utf8(body.to_vec()).map_err(|_| HttpError::BadRequest {
            code: "bad_form",
            key: "error-form-bad",
        })?;
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_str(&raw).map_err(|_| HttpError::BadRequest {
                code: "bad_form",
                key: "error-form-bad",
            })?;
        let token = pairs
            .iter()
            .find(|(k, _)| k == TOKEN_FIELD)
            .map(|(_, v)| v.as_str())
            .unwrap_or("");
        let (nonce, age) = state
            .form_key
            .verify(token, session.as_deref(), state.store.now())
            .ok_or(HttpError::FormExpired)?;
        Ok(FormData {
            pairs,
            raw,
            nonce,
            age,
        })
    }
}

/// A browser tells where a form came from; another site's form is refused.
///
/// `Origin: null` is what a sandboxed frame, a `data:` page or a file sends — an opaque
/// origin, which an attacker can always have — so it is refused like a foreign origin.
/// One case is ours: with our `Referrer-Policy: no-referrer` a browser also sends `null`
/// on its own same-origin POSTs, and then says `Sec-Fetch-Site: same-origin` (a header a
/// page cannot set), so `null` passes only together with that.
fn same_site(headers: &axum::http::HeaderMap) -> Result<(), HttpError> {
    let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    if fetch_site == Some("cross-site") {
        return Err(HttpError::Forbidden);
    }
    let origin = headers
        .get(header::ORIGIN)
        .map(|v| v.to_str().unwrap_or("null"));
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    match origin {
        None => Ok(()),
        Some("null") if fetch_site == Some("same-origin") => Ok(()),
        Some("null") => Err(HttpError::Forbidden),
        Some(origin) if host.is_some() && origin.split("://").nth(1) != host => {
            Err(HttpError::Forbidden)
        }
        Some(_) => Ok(()),
    }
}

/// Adds the "too long" error for `field` when `text` has more than `max` characters.
pub fn check_length(
    errors: &mut Vec<(&'static str, &'static str)>,
    field: &'static str,
    text: &str,
    max: usize,
) {
    if text.chars().count() > max {
        errors.push((field, "form-error-text-long"));
    }
}

/// The towns as a select's choices (value and label the town's name, by name), after a
/// first choice for no town labelled `none` when there is one.
pub fn town_choices(towns: &[crate::domain::Town], none: Option<String>) -> Vec<(String, String)> {
    none.map(|label| (String::new(), label))
        .into_iter()
        .chain(
            crate::domain::town_names(towns)
                .into_iter()
                .map(|n| (n.clone(), n)),
        )
        .collect()
}

/// Largest file a form may upload.
pub const MAX_UPLOAD: usize = 512 * 1024;

/// A `multipart/form-data` form with one file: the same origin and token checks as
/// [`FormData`]; the file is `None` when none was chosen.
pub struct Upload {
    pub fields: Vec<(String, String)>,
    pub file: Option<Vec<u8>>,
    pub nonce: String,
    /// The file was larger than [`MAX_UPLOAD`] (and was not kept).
    pub too_large: bool,
}

impl Upload {
    pub fn get(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }
}

impl FromRequest<AppState> for Upload {
    type Rejection = HttpError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        same_site(request.headers())?;
        let session = request
            .extensions()
            .get::<Principal>()
            .map(|p| p.session_hash.clone());
        let bad = || HttpError::BadRequest {
            code: "bad_form",
            key: "error-form-bad",
        };
        let mut multipart = axum::extract::Multipart::from_request(request, state)
            .await
            .map_err(|_| bad())?;
        let mut fields: Vec<(String, String)> = Vec::new();
        let (mut file, mut too_large) = (None, false);
        while let Some(mut field) = multipart.next_field().await.map_err(|_| bad())? {
            let name = field.name().unwrap_or("").to_owned();
            if field.file_name().is_some() {
                let mut data = Vec::new();
                while let Some(chunk) = field.chunk().await.map_err(|_| bad())? {
                    if data.len() + chunk.len() > MAX_UPLOAD {
                        too_large = true;
                        data.clear();
                        break;
                    }
                    data.extend_from_slice(&chunk);
                }
                if !data.is_empty() {
                    file = Some(data);
                }
            } else {
                let text = field.text().await.map_err(|_| bad())?;
                fields.push((name, text.chars().take(1000).collect::<String>()));
            }
        }
        let token = fields
            .iter()
            .find(|(k, _)| k == TOKEN_FIELD)
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        let (nonce, _) = state
            .form_key
            .verify(&token, session.as_deref(), state.store.now())
            .ok_or(HttpError::FormExpired)?;
        Ok(Upload {
            fields,
            file,
            nonce,
            too_large,
        })
    }
}

/// What kind of control a field is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Email,
    Password,
    NewPassword,
    Number,
    Time,
    TextArea,
    /// One choice of several, as radio buttons.
    Radios,
    /// Any number of choices, as checkboxes.
    Checkboxes,
    /// One choice from a long list.
    Select,
    /// A single yes/no box.
    Checkbox,
}

pub struct Choice {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

/// One field of a form, with its label, hint, value and error.
pub struct Field {
    pub kind: Kind,
    pub name: &'static str,
    pub label: String,
    pub hint: Option<String>,
    pub value: String,
    pub choices: Vec<Choice>,
    pub error: Option<String>,
    pub autocomplete: &'static str,
    pub required: bool,
    pub max: usize,
}

impl Field {
    pub fn new(kind: Kind, name: &'static str, label: String) -> Self {
        Field {
            kind,
            name,
            label,
            hint: None,
            value: String::new(),
            choices: Vec::new(),
            error: None,
            autocomplete: "off",
            required: false,
            max: 200,
        }
    }
    pub fn hint(mut self, hint: String) -> Self {
        self.hint = Some(hint);
        self
    }
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = value.into();
        self
    }
    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }
    pub fn autocomplete(mut self, what: &'static str) -> Self {
        self.autocomplete = what;
        self
    }
    pub fn max(mut self, max: usize) -> Self {
        self.max = max;
        self
    }
    pub fn checked(mut self, on: bool) -> Self {
        self.value = if on { "ja".into() } else { String::new() };
        self
    }
    /// Choices: (value, label); `selected` are the values that are on.
    pub fn choices(mut self, choices: Vec<(String, String)>, selected: &[String]) -> Self {
        self.choices = choices
            .into_iter()
            .map(|(value, label)| Choice {
                checked: selected.contains(&value),
                value,
                label,
            })
            .collect();
        self
    }
    pub fn is(&self, kind: &str) -> bool {
        let name = match self.kind {
            Kind::Text => "text",
            Kind::Email => "email",
            Kind::Password | Kind::NewPassword => "password",
            Kind::Number => "number",
            Kind::Time => "time",
            Kind::TextArea => "textarea",
            Kind::Radios => "radios",
            Kind::Checkboxes => "checkboxes",
            Kind::Select => "select",
            Kind::Checkbox => "checkbox",
        };
        name == kind
    }
    /// The input's type attribute for single-line inputs.
    pub fn input_type(&self) -> &'static str {
        match self.kind {
            Kind::Email => "email",
            Kind::Password | Kind::NewPassword => "password",
            Kind::Number => "text",
            Kind::Time => "text",
            _ => "text",
        }
    }
    pub fn input_mode(&self) -> &'static str {
        match self.kind {
            Kind::Number => "numeric",
            _ => "text",
        }
    }
    pub fn on(&self) -> bool {
        !self.value.is_empty()
    }
    /// The ids the control is described by.
    pub fn described_by(&self) -> String {
        let mut ids = Vec::new();
        if self.hint.is_some() {
            ids.push(format!("{}-hint", self.name));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.name));
        }
        ids.join(" ")
    }
}

pub struct Button {
    pub name: &'static str,
    pub value: &'static str,
    pub label: String,
    pub secondary: bool,
}

/// A form ready for the template: where it goes, its token, its fields and buttons, and
/// the error summary.
pub struct FormView {
    pub action: String,
    pub token: String,
    pub fields: Vec<Field>,
    pub buttons: Vec<Button>,
    /// (field name, message), in field order, for the summary at the top.
    pub errors: Vec<(String, String)>,
    /// A hidden honeypot field robots fill in (anonymous forms).
    pub honeypot: bool,
}

impl FormView {
    pub fn new(state: &AppState, chrome: &Chrome, action: &str) -> Self {
        FormView {
            action: chrome.href(action),
            token: state
                .form_key
                .issue(chrome.session.as_deref(), state.store.now()),
            fields: Vec::new(),
            buttons: Vec::new(),
            errors: Vec::new(),
            honeypot: false,
        }
    }

    /// An anonymous form: it carries the honeypot (see `web::limits`).
    pub fn anonymous(mut self) -> Self {
        self.honeypot = true;
        self
    }

    pub fn field(mut self, field: Field) -> Self {
        self.fields.push(field);
        self
    }

    pub fn button(
        mut self,
        name: &'static str,
        value: &'static str,
        label: String,
        secondary: bool,
    ) -> Self {
        self.buttons.push(Button {
            name,
            value,
            label,
            secondary,
        });
        self
    }

    /// Attaches error messages (field, text key) to their fields and the summary.
    pub fn with_errors(mut self, chrome: &Chrome, errors: &[(&'static str, &'static str)]) -> Self {
        let by_field: HashMap<&str, &str> = errors.iter().rev().map(|(f, k)| (*f, *k)).collect();
        for field in &mut self.fields {
            if let Some(key) = by_field.get(field.name) {
                let text = chrome.t(key);
                field.error = Some(text.clone());
                let target = match field.kind {
                    Kind::Radios | Kind::Checkboxes => format!("{}-0", field.name),
                    _ => field.name.to_owned(),
                };
                self.errors.push((target, text));
            }
        }
        // Errors about fields not on the form still reach the summary.
        for (field, key) in errors {
            if !self.fields.iter().any(|f| f.name == *field) {
                self.errors.push((String::new(), chrome.t(key)));
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::town_choices;

    #[test]
    fn towns_are_offered_by_name_after_the_choice_of_none() {
        let town = |name: &str| crate::domain::Town {
            id: 1,
            name: name.into(),
            kind: "by".into(),
            coordinate: crate::domain::Coordinate {
                lat: 55.8,
                lon: 11.5,
            },
            approximate: false,
            population: None,
        };
        let towns = [town("Vig"), town("Asnæs")];
        let pair = |a: &str, b: &str| (a.to_owned(), b.to_owned());
        assert_eq!(
            town_choices(&towns, Some("Ingen by".into())),
            [
                pair("", "Ingen by"),
                pair("Asnæs", "Asnæs"),
                pair("Vig", "Vig")
            ]
        );
        assert_eq!(town_choices(&towns, None).len(), 2);
    }
}
