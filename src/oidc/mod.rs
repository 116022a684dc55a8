//! Staff sign-in through a municipality's own identity provider (OpenID Connect, issue 16),
//! the pure part: a municipality's [`Provider`] settings as typed ([`Draft`]) and checked,
//! the [`RoleMap`] (group → roles), the issuer rule ([`check_issuer`]), the secrets of a
//! sign-in derived from its state ([`nonce`], [`pkce_verifier`]) and the groups read from
//! the ID token's claims ([`groups_in`]). The HTTP part (discovery, the code exchange, the
//! ID token's checks) is [`client`].
//!
//! A sign-in under way is one random `state`; the database keeps only its SHA-256 (with the
//! municipality, where to go next and when it began). The nonce and the PKCE verifier are
//! HMACs of the state with the server's signing key, so nothing stored finishes a sign-in
//! and nothing else has to be kept.

pub mod client;

use std::collections::BTreeMap;

use crate::accounts::Role;
use crate::signing::FormKey;

/// A sign-in must come back from the provider within this many seconds, once.
pub const PENDING_SECONDS: i64 = 600;
/// How far the provider's clock may be from ours: an ID token issued up to this far in our
/// future is taken, and one is still taken this long after its `exp`.
pub const CLOCK_SKEW_SECONDS: i64 = 60;
pub const DEFAULT_GROUP_CLAIM: &str = "groups";
pub const DEFAULT_SCOPES: &str = "openid email profile groups";

/// A municipality's identity provider, as stored (`municipality_oidc`).
#[derive(Debug, Clone, PartialEq)]
pub struct Provider {
    /// Without a trailing slash; `{issuer}/.well-known/openid-configuration` is discovery.
    pub issuer: String,
    pub client_id: String,
    /// The path of the file holding the client secret (never the secret itself).
    pub secret_file: String,
    /// The claim listing the person's groups; a dotted path reaches into an object
    /// (`realm_access.roles`).
    pub group_claim: String,
    pub scopes: String,
    /// The button's text on `/login`.
    pub label: String,
    pub role_map: RoleMap,
    pub enabled: bool,
}

impl Provider {
    /// The scopes asked for, `openid` always among them.
    pub fn scope_list(&self) -> Vec<String> {
        let mut scopes: Vec<String> = self.scopes.split_whitespace().map(str::to_owned).collect();
        if !scopes.iter().any(|s| s == "openid") {
            scopes.insert(0, "openid".into());
        }
        scopes
    }
}

/// Which roles a group in the provider gives. Roles that the map can give are the
/// provider's to manage: they are replaced at every sign-in. Roles it never names (a
/// teacher made on a school's page, say) are left alone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleMap(pub BTreeMap<String, Vec<Role>>);

impl RoleMap {
    /// The administrator's form: one `group = role, role` per line; blank lines are
    /// skipped. `Err` names the first wrong line (1-based).
    pub fn parse_lines(text: &str) -> Result<RoleMap, usize> {
        let mut map = BTreeMap::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let (group, roles) = line.split_once('=').ok_or(n + 1)?;
            let group = group.trim();
            let roles: Option<Vec<Role>> = roles
                .split(',')
                .map(str::trim)
                .filter(|r| !r.is_empty())
                .map(Role::from_code)
                .collect();
            match roles {
                Some(roles) if !group.is_empty() && !roles.is_empty() => {
                    let entry: &mut Vec<Role> = map.entry(group.to_owned()).or_default();
                    entry.extend(roles);
                    entry.sort();
                    entry.dedup();
                }
                _ => return Err(n + 1),
            }
        }
        Ok(RoleMap(map))
    }

    /// The form's text again.
    pub fn to_lines(&self) -> String {
        self.0
            .iter()
            .map(|(group, roles)| {
                let roles: Vec<&str> = roles.iter().map(|r| r.code()).collect();
                format!("{group} = {}", roles.join(", "))
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// As stored: `{"group": ["role", …]}`.
    pub fn to_json(&self) -> String {
        let map: BTreeMap<&str, Vec<&str>> = self
            .0
            .iter()
            .map(|(g, roles)| (g.as_str(), roles.iter().map(|r| r.code()).collect()))
            .collect();
        serde_json::to_string(&map).unwrap_or_else(|_| "{}".into())
    }

    /// Read back from storage; a role code this version does not know is left out.
    pub fn from_json(json: &str) -> RoleMap {
        let map: BTreeMap<String, Vec<String>> = serde_json::from_str(json).unwrap_or_default();
        RoleMap(
            map.into_iter()
                .map(|(g, roles)| {
                    let roles = roles.iter().filter_map(|r| Role::from_code(r)).collect();
                    (g, roles)
                })
                .collect(),
        )
    }

    /// The roles the person's groups give, sorted, each once.
    pub fn roles_for(&self, groups: &[String]) -> Vec<Role> {
        let mut roles: Vec<Role> = groups
            .iter()
            .filter_map(|g| self.0.get(g))
            .flatten()
            .copied()
            .collect();
        roles.sort();
        roles.dedup();
        roles
    }

    /// Every role the map can give: the roles a sign-in replaces.
    pub fn managed(&self) -> Vec<Role> {
        let mut roles: Vec<Role> = self.0.values().flatten().copied().collect();
        roles.sort();
        roles.dedup();
        roles
    }
}

/// Whether a host is this machine: `localhost`, 127.0.0.0/8 or `::1`.
pub fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// Whether the client may talk to this address: https, or plain http only to this machine
/// (a provider in a test, or one behind a local proxy). Discovery, the token endpoint and
/// the keys are all held to it.
pub fn allowed_url(url: &url::Url) -> bool {
    let plain_ok = url.scheme() == "http" && is_loopback(url);
    (url.scheme() == "https" || plain_ok)
        && url.host().is_some()
        && url.username().is_empty()
        && url.password().is_none()
}

/// The issuer as typed: an https URL with a host (plain http only on loopback), no query,
/// no fragment, no user; the trailing slash taken off. `Err` is the text key.
pub fn check_issuer(typed: &str) -> Result<String, &'static str> {
    let typed = typed.trim();
    let url = url::Url::parse(typed).map_err(|_| "oidc-error-issuer")?;
    if url.query().is_some()
        || url.fragment().is_some()
        || !["http", "https"].contains(&url.scheme())
    {
        return Err("oidc-error-issuer");
    }
    if !allowed_url(&url) {
        return Err("oidc-error-issuer-https");
    }
    Ok(typed.trim_end_matches('/').to_owned())
}

/// The settings form as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    pub issuer: String,
    pub client_id: String,
    pub secret_file: String,
    pub group_claim: String,
    pub scopes: String,
    pub label: String,
    pub role_map: String,
    pub enabled: bool,
}

impl Draft {
    pub fn of(p: &Provider) -> Draft {
        Draft {
            issuer: p.issuer.clone(),
            client_id: p.client_id.clone(),
            secret_file: p.secret_file.clone(),
            group_claim: p.group_claim.clone(),
            scopes: p.scopes.clone(),
            label: p.label.clone(),
            role_map: p.role_map.to_lines(),
            enabled: p.enabled,
        }
    }

    /// An empty form with the defaults filled in.
    pub fn new_for(municipality_name: &str) -> Draft {
        Draft {
            group_claim: DEFAULT_GROUP_CLAIM.into(),
            scopes: DEFAULT_SCOPES.into(),
            label: format!("Log ind med {municipality_name}s login"),
            enabled: true,
            ..Draft::default()
        }
    }

    /// The provider, or every error as (field, text key).
    pub fn check(&self) -> Result<Provider, Vec<(&'static str, &'static str)>> {
        let mut errors = Vec::new();
        let issuer = check_issuer(&self.issuer).map_err(|key| errors.push(("udsteder", key)));
        let client_id = self.client_id.trim();
        let plain = |s: &str, max: usize| {
            !s.is_empty() && s.chars().count() <= max && !s.chars().any(char::is_control)
        };
        if !plain(client_id, 200) {
            errors.push(("klient", "oidc-error-client-id"));
        }
        let secret_file = self.secret_file.trim();
        if !plain(secret_file, 500) || !std::path::Path::new(secret_file).is_absolute() {
            errors.push(("hemmelighed", "oidc-error-secret-file"));
        }
        let group_claim = self.group_claim.trim();
        if !plain(group_claim, 100) || group_claim.contains(char::is_whitespace) {
            errors.push(("gruppekrav", "oidc-error-group-claim"));
        }
        let scopes = self.scopes.split_whitespace().collect::<Vec<_>>().join(" ");
        if !plain(&scopes, 300) {
            errors.push(("scopes", "oidc-error-scopes"));
        }
        let label = self.label.trim();
        if !plain(label, 80) {
            errors.push(("knap", "oidc-error-label"));
        }
        let role_map = RoleMap::parse_lines(&self.role_map)
            .map_err(|_| errors.push(("roller", "oidc-error-roles")));
        match (issuer, role_map) {
            (Ok(issuer), Ok(role_map)) if errors.is_empty() => Ok(Provider {
                issuer,
                client_id: client_id.to_owned(),
                secret_file: secret_file.to_owned(),
                group_claim: group_claim.to_owned(),
                scopes,
                label: label.to_owned(),
                role_map,
                enabled: self.enabled,
            }),
            _ => Err(errors),
        }
    }
}

/// A fresh random state for a sign-in (64 hex characters).
pub fn new_state() -> String {
    crate::accounts::new_token().0
}

/// The ID token's nonce for a sign-in with this state.
pub fn nonce(key: &FormKey, state: &str) -> String {
    key.derive("oidc-nonce", state)
}

/// The PKCE code verifier for a sign-in with this state (64 hex characters: within the
/// 43–128 unreserved characters RFC 7636 asks for).
pub fn pkce_verifier(key: &FormKey, state: &str) -> String {
    key.derive("oidc-pkce", state)
}

/// The groups in a verified ID token's claims under `claim` (a dotted path reaches into
/// objects): a list of strings, or one string.
pub fn groups_in(claims: &serde_json::Value, claim: &str) -> Vec<String> {
    let mut at = claims;
    for part in claim.split('.') {
        match at.get(part) {
            Some(next) => at = next,
            None => return Vec::new(),
        }
    }
    match at {
        serde_json::Value::String(s) => vec![s.clone()],
        serde_json::Value::Array(items) => items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_map_reads_lines_and_refuses_an_unknown_role() {
        let map = RoleMap::parse_lines(
            "sammen-admins = administrator\n\nredaktion = editor, moderator\n",
        )
        .unwrap();
        assert_eq!(
            map.roles_for(&["redaktion".into()]),
            vec![Role::Moderator, Role::Editor]
        );
        assert_eq!(map.roles_for(&["andet".into()]), vec![]);
        assert_eq!(RoleMap::from_json(&map.to_json()), map);
        assert_eq!(RoleMap::parse_lines(&map.to_lines()).unwrap(), map);
        assert_eq!(RoleMap::parse_lines("a = administrator\nb = king"), Err(2));
        assert_eq!(RoleMap::parse_lines("no equals sign"), Err(1));
        assert_eq!(
            map.managed(),
            vec![Role::Administrator, Role::Moderator, Role::Editor]
        );
    }

    #[test]
    fn issuers_are_https_and_plain_http_only_on_this_machine() {
        assert_eq!(
            check_issuer("https://login.odsherred.dk/realms/staff/"),
            Ok("https://login.odsherred.dk/realms/staff".into())
        );
        assert!(check_issuer("http://127.0.0.1:4000").is_ok());
        assert!(check_issuer("http://localhost:4000").is_ok());
        assert!(check_issuer("http://[::1]:4000").is_ok());
        assert_eq!(
            check_issuer("http://login.odsherred.dk"),
            Err("oidc-error-issuer-https")
        );
        assert_eq!(check_issuer("login.odsherred.dk"), Err("oidc-error-issuer"));
        assert_eq!(check_issuer("https://x.dk/?a=1"), Err("oidc-error-issuer"));
        assert_eq!(check_issuer("ftp://x.dk"), Err("oidc-error-issuer"));
        assert_eq!(
            check_issuer("https://u:p@x.dk"),
            Err("oidc-error-issuer-https")
        );
    }

    #[test]
    fn a_draft_names_each_wrong_field() {
        let errors = Draft {
            issuer: "ikke en adresse".into(),
            secret_file: "relative/path".into(),
            role_map: "a = nobody".into(),
            ..Draft::new_for("Odsherred Kommune")
        }
        .check()
        .unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.0).collect();
        assert_eq!(fields, ["udsteder", "klient", "hemmelighed", "roller"]);
        let ok = Draft {
            issuer: "https://idp.example".into(),
            client_id: "sammen".into(),
            secret_file: "/etc/sammen/oidc.secret".into(),
            role_map: "sammen-admins = administrator".into(),
            ..Draft::new_for("Odsherred Kommune")
        }
        .check()
        .unwrap();
        assert_eq!(ok.label, "Log ind med Odsherred Kommunes login");
        assert_eq!(ok.scope_list(), ["openid", "email", "profile", "groups"]);
    }

    #[test]
    fn groups_are_read_from_a_list_a_string_or_a_dotted_path() {
        let claims = serde_json::json!({
            "groups": ["a", "b", 3],
            "role": "c",
            "realm_access": {"roles": ["d"]}
        });
        assert_eq!(groups_in(&claims, "groups"), ["a", "b"]);
        assert_eq!(groups_in(&claims, "role"), ["c"]);
        assert_eq!(groups_in(&claims, "realm_access.roles"), ["d"]);
        assert!(groups_in(&claims, "missing").is_empty());
    }

    #[test]
    fn the_nonce_and_the_verifier_differ_and_follow_the_state() {
        let key = FormKey::new("0123456789abcdef0123456789abcdef");
        let (a, b) = (new_state(), new_state());
        assert_ne!(nonce(&key, &a), pkce_verifier(&key, &a));
        assert_eq!(nonce(&key, &a), nonce(&key, &a));
        assert_ne!(nonce(&key, &a), nonce(&key, &b));
        assert_eq!(pkce_verifier(&key, &a).len(), 64);
    }
}
