//! Web Push for the bell: VAPID (RFC 8292) to say who sends, and the aes128gcm message
//! encryption of RFC 8291, so only the subscriber's browser can read a message. The
//! encryption reproduces the RFC's own example byte for byte (tests below). Messages wait
//! in the outbox ([`crate::store::outbox`], channel 'push') and [`spawn_sender`] delivers
//! them with leases and back-off like mail; a push service answering 404 or 410 means the
//! browser unsubscribed, and the subscription is deleted.

use std::time::Duration;

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes128Gcm, Nonce};
use axum::body::Bytes;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use hkdf::Hkdf;
use http_body_util::{BodyExt, Full};
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};
use p256::elliptic_curve::sec1::ToEncodedPoint;
use p256::{PublicKey, SecretKey};
use rand::RngCore;
use sha2::Sha256;

use crate::store::Store;
use crate::store::outbox::OutboxMail;

/// Record size announced in the header; one record holds any message we send.
const RECORD_SIZE: u32 = 4096;

/// The server's VAPID key pair.
#[derive(Clone)]
pub struct Vapid {
    secret: SecretKey,
}

impl std::fmt::Debug for Vapid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Vapid({})", self.public_key())
    }
}

fn random_secret() -> SecretKey {
    loop {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        if let Ok(secret) = SecretKey::from_slice(&bytes) {
            return secret;
        }
    }
}

impl Vapid {
    /// A fresh private key, base64url, for the first start.
    pub fn generate() -> String {
        B64.encode(random_secret().to_bytes())
    }

    pub fn from_base64(text: &str) -> Option<Vapid> {
        let bytes = B64.decode(text.trim()).ok()?;
        SecretKey::from_slice(&bytes)
            .ok()
            .map(|secret| Vapid { secret })
    }

    /// The public key as browsers want it for `applicationServerKey`.
    pub fn public_key(&self) -> String {
        B64.encode(self.secret.public_key().to_encoded_point(false).as_bytes())
    }

    /// The `Authorization` header for a push to `endpoint`, valid 12 hours.
    pub fn authorization(&self, endpoint: &str, contact: &str, now: i64) -> Option<String> {
        let url: axum::http::Uri = endpoint.parse().ok()?;
        let audience = format!("{}://{}", url.scheme_str()?, url.authority()?);
        let header = B64.encode(br#"{"typ":"JWT","alg":"ES256"}"#);
        let claims = B64.encode(
            serde_json::json!({ "aud": audience, "exp": now + 12 * 3600, "sub": format!("mailto:{contact}") })
                .to_string(),
        );
        let signing = format!("{header}.{claims}");
        let signature: Signature = SigningKey::from(&self.secret).sign(signing.as_bytes());
        Some(format!(
            "vapid t={signing}.{}, k={}",
            B64.encode(signature.to_bytes()),
            self.public_key()
        ))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PushError {
    #[error("the subscription's keys are not valid")]
    BadKeys,
    #[error("encryption failed")]
    Encrypt,
}

/// The subscriber's keys from the browser: `p256dh` (a P-256 point) and `auth` (16 bytes),
/// both base64url. `None` when they are not what a browser sends.
pub fn check_keys(p256dh: &str, auth: &str) -> Option<(Vec<u8>, Vec<u8>)> {
    let public = B64.decode(p256dh.trim()).ok()?;
    let auth = B64.decode(auth.trim()).ok()?;
    (public.len() == 65 && PublicKey::from_sec1_bytes(&public).is_ok() && auth.len() == 16)
        .then_some((public, auth))
}

/// Encrypts `payload` for one subscriber (RFC 8291), with a fresh key pair and salt.
pub fn encrypt(payload: &[u8], ua_public: &[u8], auth: &[u8]) -> Result<Vec<u8>, PushError> {
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    encrypt_with(payload, ua_public, auth, &random_secret(), &salt)
}

/// [`encrypt`] with a given sender key and salt (the RFC's example uses fixed ones).
pub fn encrypt_with(
    payload: &[u8],
    ua_public: &[u8],
    auth: &[u8],
    as_secret: &SecretKey,
    salt: &[u8; 16],
) -> Result<Vec<u8>, PushError> {
    let ua = PublicKey::from_sec1_bytes(ua_public).map_err(|_| PushError::BadKeys)?;
    let as_public = as_secret.public_key().to_encoded_point(false);
    let shared = p256::ecdh::diffie_hellman(as_secret.to_nonzero_scalar(), ua.as_affine());
    // IKM from the shared secret and the subscriber's auth secret.
    let mut key_info = b"WebPush: info\0".to_vec();
    key_info.extend_from_slice(ua_public);
    key_info.extend_from_slice(as_public.as_bytes());
    let mut ikm = [0u8; 32];
    let secret: &[u8] = shared.raw_secret_bytes();
    Hkdf::<Sha256>::new(Some(auth), secret)
        .expand(&key_info, &mut ikm)
        .map_err(|_| PushError::Encrypt)?;
    // Content key and nonce (RFC 8188).
    let prk = Hkdf::<Sha256>::new(Some(salt), &ikm);
    let (mut cek, mut nonce) = ([0u8; 16], [0u8; 12]);
    prk.expand(b"Content-Encoding: aes128gcm\0", &mut cek)
        .map_err(|_| PushError::Encrypt)?;
    prk.expand(b"Content-Encoding: nonce\0", &mut nonce)
        .map_err(|_| PushError::Encrypt)?;
    let mut record = payload.to_vec();
    record.push(2); // the last (and only) record
    let sealed = Aes128Gcm::new_from_slice(&cek)
        .map_err(|_| PushError::Encrypt)?
        .encrypt(&Nonce::from(nonce), record.as_slice())
        .map_err(|_| PushError::Encrypt)?;
    let mut body = salt.to_vec();
    body.extend_from_slice(&RECORD_SIZE.to_be_bytes());
    body.push(as_public.as_bytes().len() as u8);
    body.extend_from_slice(as_public.as_bytes());
    body.extend_from_slice(&sealed);
    Ok(body)
}

/// Delivers push messages from the outbox.
#[derive(Clone)]
pub struct Pusher {
    pub store: Store,
    pub vapid: Vapid,
    pub contact: String,
    /// Tests run a push service on 127.0.0.1 over plain HTTP; servers never do.
    pub allow_loopback_http: bool,
}

/// Whether a browser's push endpoint may be used: HTTPS on port 443 to a public host
/// name — no address literal, no `localhost` (with or without its final dot), no name of
/// a private zone, no user part. The server calls this address, so nothing may point it
/// into its own network; [`PublicOnly`] checks where the name leads when it connects.
pub fn endpoint_allowed(endpoint: &str, allow_loopback_http: bool) -> bool {
    if endpoint.len() > 1000 {
        return false;
    }
    let Ok(url) = endpoint.parse::<axum::http::Uri>() else {
        return false;
    };
    let Some(authority) = url.authority() else {
        return false;
    };
    let host = authority.host().to_ascii_lowercase();
    match url.scheme_str() {
        Some("https") => {
            let name = host.trim_end_matches('.');
            !authority.as_str().contains('@')
                && url.port_u16().is_none_or(|p| p == 443)
                && name.contains('.')
                && name.parse::<std::net::IpAddr>().is_err()
                && !host.starts_with('[')
                && name
                    .split('.')
                    .all(|label| !label.is_empty() && label.len() <= 63)
                && !PRIVATE_ZONES
                    .iter()
                    .any(|zone| name == &zone[1..] || name.ends_with(zone))
        }
        Some("http") => allow_loopback_http && host == "127.0.0.1",
        _ => false,
    }
}

/// Names that lead into a local network by convention.
const PRIVATE_ZONES: [&str; 7] = [
    ".localhost",
    ".local",
    ".localdomain",
    ".internal",
    ".lan",
    ".home.arpa",
    ".intranet",
];

/// Whether an address is on the public internet: not loopback, private, link-local,
/// shared (CGNAT), documentation, multicast, unspecified or reserved, in IPv4 or IPv6
/// (an IPv4 address inside IPv6 is judged as IPv4).
pub fn is_public(ip: std::net::IpAddr) -> bool {
    use std::net::IpAddr;
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_multicast()
                || v4.is_broadcast()
                || v4.is_documentation()
                || a == 0
                || a >= 240
                || (a == 100 && (64..128).contains(&b))
                || (a == 192 && b == 0 && c == 0)
                || (a == 198 && (b == 18 || b == 19)))
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
                || first == 0x2001 && v6.segments()[1] == 0x0db8
                || first == 0x0064 && v6.segments()[1] == 0xff9b
                || v6.segments()[..6] == [0, 0, 0, 0, 0, 0])
        }
    }
}

/// Resolves a push service's name to its public addresses only. Used both when a
/// subscription arrives and by the connector that sends: a name that answered with a
/// public address at first and with an inside one later (DNS rebinding) still cannot
/// lead the server inside.
#[derive(Clone, Copy, Debug, Default)]
pub struct PublicOnly;

impl PublicOnly {
    pub async fn resolve(host: &str) -> std::io::Result<Vec<std::net::SocketAddr>> {
        let addresses: Vec<std::net::SocketAddr> = tokio::net::lookup_host((host, 443))
            .await?
            .filter(|a| is_public(a.ip()))
            .collect();
        if addresses.is_empty() {
            return Err(std::io::Error::other("the name has no public address"));
        }
        Ok(addresses)
    }
}

type Resolving = std::pin::Pin<
    Box<
        dyn std::future::Future<Output = std::io::Result<std::vec::IntoIter<std::net::SocketAddr>>>
            + Send,
    >,
>;

impl tower::Service<hyper_util::client::legacy::connect::dns::Name> for PublicOnly {
    type Response = std::vec::IntoIter<std::net::SocketAddr>;
    type Error = std::io::Error;
    type Future = Resolving;

    fn poll_ready(
        &mut self,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Self::Error>> {
        std::task::Poll::Ready(Ok(()))
    }

    fn call(&mut self, name: hyper_util::client::legacy::connect::dns::Name) -> Self::Future {
        Box::pin(async move { Ok(PublicOnly::resolve(name.as_str()).await?.into_iter()) })
    }
}

/// A subscription's endpoint, checked by its form and by where its name leads now.
pub async fn endpoint_usable(endpoint: &str, allow_loopback_http: bool) -> bool {
    if !endpoint_allowed(endpoint, allow_loopback_http) {
        return false;
    }
    let Ok(url) = endpoint.parse::<axum::http::Uri>() else {
        return false;
    };
    if url.scheme_str() == Some("http") {
        return true; // a test's push service on 127.0.0.1 (allowed above only in tests)
    }
    let host = url.host().unwrap_or("").trim_end_matches('.');
    PublicOnly::resolve(host).await.is_ok()
}

enum Outcome {
    Sent,
    Gone,
    Failed(String),
}

impl Pusher {
    async fn deliver(&self, message: &OutboxMail) -> Result<Outcome, crate::store::StoreError> {
        let Ok(id) = message.to.parse::<i64>() else {
            return Ok(Outcome::Gone);
        };
        let Some(subscription) = self.store.subscription(id).await? else {
            return Ok(Outcome::Gone);
        };
        let (Some(p256dh), Some(auth)) = (&subscription.p256dh, &subscription.auth) else {
            return Ok(Outcome::Gone);
        };
        if !endpoint_allowed(&subscription.address, self.allow_loopback_http) {
            return Ok(Outcome::Gone);
        }
        let Some((public, auth)) = check_keys(p256dh, auth) else {
            return Ok(Outcome::Gone);
        };
        let body = match encrypt(message.body.as_bytes(), &public, &auth) {
            Ok(body) => body,
            Err(e) => return Ok(Outcome::Failed(e.to_string())),
        };
        let Some(authorization) =
            self.vapid
                .authorization(&subscription.address, &self.contact, self.store.now())
        else {
            return Ok(Outcome::Gone);
        };
        Ok(post(&subscription.address, &authorization, body).await)
    }
}

/// How long one push may take: a slow push service delays only its own message.
const PUSH_TIMEOUT: Duration = Duration::from_secs(5);
/// Push messages sent at once by one server.
const PUSH_AT_ONCE: usize = 16;

async fn post(endpoint: &str, authorization: &str, body: Vec<u8>) -> Outcome {
    let mut http =
        hyper_util::client::legacy::connect::HttpConnector::new_with_resolver(PublicOnly);
    http.enforce_http(false);
    http.set_connect_timeout(Some(PUSH_TIMEOUT));
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_webpki_roots()
        .https_or_http()
        .enable_http1()
        .wrap_connector(http);
    let loopback = endpoint.starts_with("http://127.0.0.1");
    let request = match build_request(endpoint, authorization, body) {
        Ok(r) => r,
        Err(e) => return Outcome::Failed(e.to_string()),
    };
    let answer = if loopback {
        // Only a test's push service (see `Pusher::allow_loopback_http`).
        let client =
            hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
                .build_http::<Full<Bytes>>();
        status_of(client, request).await
    } else {
        let client =
            hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
                .build::<_, Full<Bytes>>(connector);
        status_of(client, request).await
    };
    match answer {
        Err(error) => Outcome::Failed(error),
        Ok(status) if status.is_success() => Outcome::Sent,
        Ok(status) if status.as_u16() == 404 || status.as_u16() == 410 => Outcome::Gone,
        Ok(status) => Outcome::Failed(format!("push service answered {status}")),
    }
}

fn build_request(
    endpoint: &str,
    authorization: &str,
    body: Vec<u8>,
) -> Result<axum::http::Request<Full<Bytes>>, axum::http::Error> {
    axum::http::Request::post(endpoint)
        .header("content-encoding", "aes128gcm")
        .header("content-type", "application/octet-stream")
        .header("ttl", "3600")
        .header("urgency", "high")
        .header("authorization", authorization)
        .body(Full::new(Bytes::from(body)))
}

/// Sends the request within [`PUSH_TIMEOUT`] and reads the answer's status.
async fn status_of<C>(
    client: hyper_util::client::legacy::Client<C, Full<Bytes>>,
    request: axum::http::Request<Full<Bytes>>,
) -> Result<axum::http::StatusCode, String>
where
    C: hyper_util::client::legacy::connect::Connect + Clone + Send + Sync + 'static,
{
    match tokio::time::timeout(PUSH_TIMEOUT, client.request(request)).await {
        Err(_) => Err("timeout".into()),
        Ok(Err(e)) => Err(e.to_string()),
        Ok(Ok(response)) => {
            let status = response.status();
            let _ = response.into_body().collect().await;
            Ok(status)
        }
    }
}

/// Sends due push messages until none is left, up to [`PUSH_AT_ONCE`] at a time, each
/// within [`PUSH_TIMEOUT`]: a slow or dead push service cannot hold up the bell for the
/// others. Returns how many went out.
pub async fn send_due(pusher: &Pusher, worker: &str) -> crate::store::Result<usize> {
    let mut sent = 0;
    let store = &pusher.store;
    loop {
        let mut batch = Vec::new();
        while batch.len() < PUSH_AT_ONCE {
            match store.claim_push(worker, crate::jobs::LEASE_SECONDS).await? {
                Some(message) => batch.push(message),
                None => break,
            }
        }
        if batch.is_empty() {
            return Ok(sent);
        }
        let mut deliveries = tokio::task::JoinSet::new();
        for message in batch {
            let pusher = pusher.clone();
            deliveries.spawn(async move {
                let outcome = pusher.deliver(&message).await;
                (message, outcome)
            });
        }
        while let Some(done) = deliveries.join_next().await {
            let Ok((message, outcome)) = done else {
                continue; // a delivery that panicked: its lease runs out and it is tried again
            };
            match outcome? {
                Outcome::Sent => {
                    store.mark_mail_sent(message.id, worker).await?;
                    sent += 1;
                }
                Outcome::Gone => {
                    if let Ok(id) = message.to.parse::<i64>() {
                        store.unsubscribe(id).await?;
                    }
                    store.mark_mail_sent(message.id, worker).await?;
                }
                Outcome::Failed(error) => {
                    let retry_at = store.now() + 60 * message.attempts * message.attempts;
                    tracing::warn!(push = message.id, attempt = message.attempts, %error, "push not sent");
                    store
                        .mark_mail_failed(&message, worker, &error, retry_at)
                        .await?;
                }
            }
        }
    }
}

pub fn spawn_sender(pusher: Pusher, every: Duration) -> tokio::task::JoinHandle<()> {
    let worker = format!("push-{}", uuid::Uuid::new_v4());
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(every);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            if let Err(err) = send_due(&pusher, &worker).await {
                tracing::warn!(error = %err, "push sender could not reach the database");
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use p256::ecdsa::VerifyingKey;
    use p256::ecdsa::signature::Verifier;

    fn d(text: &str) -> Vec<u8> {
        B64.decode(text).unwrap()
    }

    /// RFC 8291, section 5: the example message, byte for byte.
    #[test]
    fn encryption_reproduces_the_rfc_8291_example() {
        let as_secret =
            SecretKey::from_slice(&d("yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw")).unwrap();
        let salt: [u8; 16] = d("DGv6ra1nlYgDCS1FRnbzlw").try_into().unwrap();
        let body = encrypt_with(
            b"When I grow up, I want to be a watermelon",
            &d("BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4"),
            &d("BTBZMqHH6r4Tts7J_aSIgg"),
            &as_secret,
            &salt,
        )
        .unwrap();
        assert_eq!(
            B64.encode(body),
            "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN"
        );
    }

    #[test]
    fn the_vapid_token_is_signed_for_the_push_services_origin() {
        let vapid = Vapid::from_base64(&Vapid::generate()).unwrap();
        let header = vapid
            .authorization(
                "https://push.example.net/send/abc?x=1",
                "bus@kommune.dk",
                1_000,
            )
            .unwrap();
        let (t, k) = header
            .strip_prefix("vapid t=")
            .unwrap()
            .split_once(", k=")
            .unwrap();
        assert_eq!(k, vapid.public_key());
        let (signed, signature) = t.rsplit_once('.').unwrap();
        let key = VerifyingKey::from_sec1_bytes(&d(k)).unwrap();
        let signature = Signature::from_slice(&d(signature)).unwrap();
        key.verify(signed.as_bytes(), &signature).unwrap();
        let claims: serde_json::Value =
            serde_json::from_slice(&d(signed.split('.').nth(1).unwrap())).unwrap();
        assert_eq!(claims["aud"], "https://push.example.net");
        assert_eq!(claims["exp"], 1_000 + 12 * 3600);
        assert_eq!(claims["sub"], "mailto:bus@kommune.dk");
    }

    #[test]
    fn only_https_to_a_named_host_is_pushed_to() {
        assert!(endpoint_allowed(
            "https://fcm.googleapis.com/fcm/send/abc",
            false
        ));
        assert!(!endpoint_allowed(
            "http://fcm.googleapis.com/fcm/send/abc",
            false
        ));
        assert!(!endpoint_allowed("https://10.0.0.1/x", false));
        assert!(!endpoint_allowed("https://localhost/x", false));
        assert!(!endpoint_allowed("http://127.0.0.1:9/x", false));
        assert!(endpoint_allowed("http://127.0.0.1:9/x", true));
        assert!(!endpoint_allowed("javascript:alert(1)", true));
    }

    #[test]
    fn browser_keys_are_checked() {
        let ua = random_secret().public_key().to_encoded_point(false);
        let p256dh = B64.encode(ua.as_bytes());
        assert!(check_keys(&p256dh, &B64.encode([7u8; 16])).is_some());
        assert!(check_keys(&p256dh, &B64.encode([7u8; 15])).is_none());
        assert!(check_keys("AAAA", &B64.encode([7u8; 16])).is_none());
    }
}
