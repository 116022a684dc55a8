//! A web address people may follow from our pages: the one rule for every place that
//! takes one (the organisation form, the HSDS import). Each keeps its own error.

use std::fmt;

/// An absolute `http` or `https` address with a host, as its owner wrote it (trimmed).
/// Anything else — `javascript:`, `data:`, `vbscript:`, a relative path, an address with
/// a user name and password — is refused: rendered as a link, such a value runs script
/// in our origin or sends a person somewhere other than the text says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebAddress(String);

impl WebAddress {
    /// The address in `text`, or `None` when it is not an http(s) address with a host.
    pub fn parse(text: &str) -> Option<WebAddress> {
        let text = text.trim();
        // The parser removes tabs and newlines inside a URL, as browsers do; we keep
        // what was written, so refuse them rather than store one thing and mean another.
        if text.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return None;
        }
        let url = url::Url::parse(text).ok()?;
        let web = matches!(url.scheme(), "http" | "https")
            && url.host_str().is_some_and(|h| !h.is_empty())
            && url.username().is_empty()
            && url.password().is_none();
        web.then(|| WebAddress(text.to_owned()))
    }

    /// As written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for WebAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::WebAddress;

    #[test]
    fn only_http_and_https_addresses_with_a_host() {
        for good in [
            "https://forening.dk",
            " http://forening.dk/om?x=1 ",
            "https://xn--fllesskab-e6a.dk/",
        ] {
            assert_eq!(
                WebAddress::parse(good).map(|w| w.to_string()),
                Some(good.trim().to_owned()),
                "{good}"
            );
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "forening.dk",
            "//forening.dk",
            "/side",
            "https://",
            "https://bruger:kode@forening.dk",
            "https://fore ning.dk",
            "ftp://forening.dk",
            "",
        ] {
            assert_eq!(WebAddress::parse(bad), None, "{bad:?}");
        }
    }
}
