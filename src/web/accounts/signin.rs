//! What the password sign-in (`account.rs`) and the identity provider's sign-in
//! (`oidc.rs`) share: where to go afterwards, and whether cookies are `Secure`.

use crate::web::AppState;

/// Where to go after signing in: a path on this site, else `/admin`. Browsers drop tab,
/// CR and LF from a URL and read `\` as `/`, so `/<TAB>/evil.example` or `/\evil.example`
/// would be `//evil.example` — another site. So the path must start with one `/`, hold no
/// control character, whitespace or backslash, and, resolved against a stand-in origin
/// the way a browser resolves a `Location`, stay on that origin.
pub(crate) fn safe_next(next: &str) -> String {
    const HOME: &str = "/admin";
    let plain = next.starts_with('/')
        && !next.starts_with("//")
        && next.len() < 500
        && !next
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    let base = url::Url::parse("https://sammen.invalid/").expect("a valid stand-in origin");
    let stays = base
        .join(next)
        .is_ok_and(|u| u.origin() == base.origin() && u.username().is_empty());
    if plain && stays {
        next.to_owned()
    } else {
        HOME.to_owned()
    }
}

pub(crate) fn secure(state: &AppState) -> bool {
    state.config.base_url.starts_with("https://")
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        assert_eq!(safe_next("/admin/moderation"), "/admin/moderation");
        assert_eq!(safe_next("//evil.example"), "/admin");
        assert_eq!(safe_next("https://evil.example"), "/admin");
        assert_eq!(safe_next(""), "/admin");
        for evil in [
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/ /evil.example",
            "/\u{0}/evil.example",
            "/\u{2028}/evil.example",
            "javascript:alert(1)",
        ] {
            assert_eq!(safe_next(evil), "/admin", "{evil:?}");
        }
        assert_eq!(
            safe_next("/%2F%2Fevil"),
            "/%2F%2Fevil",
            "a path, not a host"
        );
        assert_eq!(safe_next("/konto?x=1#y"), "/konto?x=1#y");
    }
}
