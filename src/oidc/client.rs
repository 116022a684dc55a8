//! The OpenID Connect client (the I/O part of [`crate::oidc`]), over the `openidconnect`
//! crate and our own hyper client (rustls on ring, as the push sender): discovery of the
//! provider (`{issuer}/.well-known/openid-configuration` and its keys, cached for
//! [`CACHE_SECONDS`]), the authorization URL (code flow, PKCE S256, state, nonce), and the
//! code exchange with the ID token's checks — signature against the provider's keys
//! (RS256), `iss`, `aud` holding our client id and no other, `exp` and `iat` against the
//! time the caller brings (the program's clock, never the machine's), the nonce — and
//! `email_verified`. Every address it talks to is held to [`super::allowed_url`] (https,
//! plain http only on loopback). Nothing here logs a code or a token.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreClientAuthMethod, CoreProviderMetadata,
};
use openidconnect::{
    AuthType, AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret, CsrfToken,
    IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};

use super::{CLOCK_SKEW_SECONDS, Provider};

/// How long a provider's discovery document and keys are kept.
pub const CACHE_SECONDS: u64 = 300;
/// One request to the provider may take this long.
const TIMEOUT: Duration = Duration::from_secs(10);
/// The most a provider's answer may weigh.
const MAX_BODY: usize = 1 << 20;

/// Why a sign-in through the provider was refused. Each names what failed and never
/// carries a code or a token.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Refusal {
    #[error("the provider could not be reached or discovered: {0}")]
    Discovery(String),
    #[error("the code exchange failed: {0}")]
    Exchange(String),
    #[error("the provider sent no ID token")]
    NoIdToken,
    #[error("the ID token is for another client")]
    Audience,
    #[error("the ID token has expired or was issued in the future")]
    Expired,
    #[error("the ID token's signature does not hold")]
    Signature,
    #[error("the ID token's nonce is wrong")]
    Nonce,
    #[error("the ID token is from another issuer")]
    Issuer,
    #[error("the ID token was refused: {0}")]
    Token(String),
    #[error("the e-mail address is not verified by the provider")]
    Unverified,
    #[error("the ID token carries no e-mail address")]
    NoEmail,
}

/// Who the provider says signed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub subject: String,
    /// Verified by the provider (`email_verified` true), normalised.
    pub email: String,
    pub name: String,
    pub groups: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct HttpFailure(String);

/// The providers' discovery documents (with their keys), by issuer: shared by every
/// request of one server.
#[derive(Clone, Default)]
pub struct Discovery {
    cache: Arc<Mutex<HashMap<String, (Instant, CoreProviderMetadata)>>>,
}

impl Discovery {
    /// The provider's metadata and keys, from the cache or fetched anew.
    async fn metadata(&self, issuer: &str) -> Result<CoreProviderMetadata, Refusal> {
        if let Some((at, metadata)) = self.cache.lock().expect("cache lock").get(issuer)
            && at.elapsed() < Duration::from_secs(CACHE_SECONDS)
        {
            return Ok(metadata.clone());
        }
        let url =
            IssuerUrl::new(issuer.to_owned()).map_err(|e| Refusal::Discovery(e.to_string()))?;
        let metadata = CoreProviderMetadata::discover_async(url, &send)
            .await
            .map_err(|e| Refusal::Discovery(error_chain(&e)))?;
        self.cache
            .lock()
            .expect("cache lock")
            .insert(issuer.to_owned(), (Instant::now(), metadata.clone()));
        Ok(metadata)
    }

    /// Forgets a provider (its keys may have rotated).
    pub fn forget(&self, issuer: &str) {
        self.cache.lock().expect("cache lock").remove(issuer);
    }

    /// Where to send the browser: the provider's authorization endpoint with the code flow,
    /// PKCE S256 (from `verifier`), `state` and `nonce`.
    pub async fn authorize_url(
        &self,
        provider: &Provider,
        redirect: &str,
        state: &str,
        nonce: &str,
        verifier: &str,
    ) -> Result<String, Refusal> {
        let metadata = self.metadata(&provider.issuer).await?;
        let client = CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(provider.client_id.clone()),
            None,
        )
        .set_redirect_uri(
            RedirectUrl::new(redirect.to_owned()).map_err(|e| Refusal::Discovery(e.to_string()))?,
        );
        let challenge =
            PkceCodeChallenge::from_code_verifier_sha256(&PkceCodeVerifier::new(verifier.into()));
        let (state, nonce) = (state.to_owned(), nonce.to_owned());
        let mut request = client.authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            move || CsrfToken::new(state),
            move || Nonce::new(nonce),
        );
        for scope in provider.scope_list().into_iter().filter(|s| s != "openid") {
            request = request.add_scope(Scope::new(scope));
        }
        let (url, _, _) = request.set_pkce_challenge(challenge).url();
        if !super::allowed_url(&url) {
            return Err(Refusal::Discovery(
                "authorization endpoint not https".into(),
            ));
        }
        Ok(url.to_string())
    }

    /// Exchanges the code at the token endpoint (client_secret_basic, or _post when the
    /// provider takes only that) and checks the ID token at `now` (unix seconds, the
    /// program's clock).
    #[allow(clippy::too_many_arguments)]
    pub async fn finish(
        &self,
        provider: &Provider,
        secret: &str,
        redirect: &str,
        code: &str,
        nonce: &str,
        verifier: &str,
        now: i64,
    ) -> Result<Identity, Refusal> {
        let metadata = self.metadata(&provider.issuer).await?;
        let basic = metadata
            .token_endpoint_auth_methods_supported()
            .is_none_or(|m| m.contains(&CoreClientAuthMethod::ClientSecretBasic));
        let client = CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(provider.client_id.clone()),
            Some(ClientSecret::new(secret.to_owned())),
        )
        .set_redirect_uri(
            RedirectUrl::new(redirect.to_owned()).map_err(|e| Refusal::Exchange(e.to_string()))?,
        )
        .set_auth_type(if basic {
            AuthType::BasicAuth
        } else {
            AuthType::RequestBody
        });
        let response = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|e| Refusal::Exchange(e.to_string()))?
            .set_pkce_verifier(PkceCodeVerifier::new(verifier.to_owned()))
            .request_async(&send)
            .await
            .map_err(|e| Refusal::Exchange(error_chain(&e)))?;
        let id_token = response.id_token().ok_or(Refusal::NoIdToken)?;
        let at = |seconds: i64| {
            chrono::DateTime::from_timestamp(seconds, 0).unwrap_or(chrono::DateTime::UNIX_EPOCH)
        };
        // `exp` is compared with a moment the allowed skew ago; `iat` may be the skew ahead.
        let checked_at = at(now - CLOCK_SKEW_SECONDS);
        let latest_issue = at(now + CLOCK_SKEW_SECONDS);
        let verifier = client
            .id_token_verifier()
            .set_time_fn(move || checked_at)
            .set_issue_time_verifier_fn(move |iat| {
                if iat > latest_issue {
                    Err("issued in the future".into())
                } else {
                    Ok(())
                }
            });
        let claims = match id_token.claims(&verifier, &Nonce::new(nonce.to_owned())) {
            Ok(claims) => claims,
            Err(err) => {
                if matches!(err, ClaimsVerificationError::SignatureVerification(_)) {
                    self.forget(&provider.issuer);
                }
                return Err(refusal_of(err));
            }
        };
        if claims.email_verified() != Some(true) {
            return Err(Refusal::Unverified);
        }
        let email = claims
            .email()
            .map(|e| crate::accounts::normalise_email(e.as_str()))
            .filter(|e| crate::accounts::plausible_email(e))
            .ok_or(Refusal::NoEmail)?;
        let name = claims
            .name()
            .and_then(|n| n.get(None))
            .map(|n| n.as_str().trim().chars().take(100).collect())
            .unwrap_or_default();
        // The signature and claims hold, so the payload can be read for the group claim,
        // which the standard claims do not name.
        let payload = id_token
            .to_string()
            .split('.')
            .nth(1)
            .and_then(|p| {
                use base64::Engine;
                base64::engine::general_purpose::URL_SAFE_NO_PAD
                    .decode(p.trim_end_matches('='))
                    .ok()
            })
            .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
            .unwrap_or_default();
        Ok(Identity {
            subject: claims.subject().as_str().to_owned(),
            email,
            name,
            groups: super::groups_in(&payload, &provider.group_claim),
        })
    }
}

fn refusal_of(err: ClaimsVerificationError) -> Refusal {
    match err {
        ClaimsVerificationError::InvalidAudience(_) => Refusal::Audience,
        ClaimsVerificationError::Expired(_) => Refusal::Expired,
        ClaimsVerificationError::SignatureVerification(_) => Refusal::Signature,
        ClaimsVerificationError::InvalidNonce(_) => Refusal::Nonce,
        ClaimsVerificationError::InvalidIssuer(_) => Refusal::Issuer,
        other => Refusal::Token(other.to_string()),
    }
}

/// An error and its causes on one line.
fn error_chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// One request to the provider over our hyper client, within [`TIMEOUT`], its answer at
/// most [`MAX_BODY`]. Redirects are not followed.
async fn send(
    request: openidconnect::HttpRequest,
) -> Result<openidconnect::HttpResponse, HttpFailure> {
    let url =
        url::Url::parse(&request.uri().to_string()).map_err(|e| HttpFailure(e.to_string()))?;
    if !super::allowed_url(&url) {
        return Err(HttpFailure(format!(
            "{}://{} is not allowed: https, or http only on this machine",
            url.scheme(),
            url.host_str().unwrap_or("")
        )));
    }
    let (parts, body) = request.into_parts();
    let request = axum::http::Request::from_parts(parts, Full::new(Bytes::from(body)));
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_webpki_roots()
        .https_or_http()
        .enable_http1()
        .build();
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .build::<_, Full<Bytes>>(connector);
    let work = async {
        let response = client
            .request(request)
            .await
            .map_err(|e| HttpFailure(error_chain(&e)))?;
        let (parts, body) = response.into_parts();
        let body = Limited::new(body, MAX_BODY)
            .collect()
            .await
            .map_err(|e| HttpFailure(e.to_string()))?
            .to_bytes();
        Ok(openidconnect::HttpResponse::from_parts(
            parts,
            body.to_vec(),
        ))
    };
    tokio::time::timeout(TIMEOUT, work)
        .await
        .map_err(|_| HttpFailure("timeout".into()))?
}
