//! Who is asking, for the abuse limits: the client's address as a key.
//!
//! The connection's address is the client unless it is one of `SAMMEN_TRUSTED_PROXIES`;
//! then `X-Forwarded-For` is read from the right, skipping trusted proxies, and the first
//! address that is not one is the client (the left part of the header is whatever the
//! client wrote, so it is never believed). An IPv6 client is keyed by its /64 network:
//! one subscriber line usually holds a whole /64, so keying by address would give an
//! attacker billions of keys.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use ipnet::IpNet;

use crate::web::AppState;

/// The client's key, e.g. `ip:192.0.2.7` or `ip:2001:db8:1:2::/64`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Client(pub String);

impl FromRequestParts<AppState> for Client {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        let forwarded: Vec<&str> = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        Ok(Client(match peer {
            Some(peer) => key(client_address(
                peer,
                &forwarded,
                &state.config.trusted_proxies,
            )),
            None => "ip:unknown".to_owned(),
        }))
    }
}

/// The client behind `peer`, believing `X-Forwarded-For` only as far as trusted proxies
/// wrote it.
pub fn client_address(peer: IpAddr, forwarded: &[&str], trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(&canonical(*ip)));
    if !is_trusted(&peer) {
        return canonical(peer);
    }
    let hops: Vec<&str> = forwarded
        .iter()
        .flat_map(|h| h.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        let Ok(ip) = hop.parse::<IpAddr>() else {
            // A hop we cannot read: stop at the last proxy we trust.
            break;
        };
        client = ip;
        if !is_trusted(&ip) {
            break;
        }
    }
    canonical(client)
}

/// An IPv4 address written as IPv6 (`::ffff:192.0.2.7`) is the IPv4 address.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6
            .to_ipv4_mapped()
            .map(IpAddr::V4)
            .unwrap_or(IpAddr::V6(v6)),
        v4 => v4,
    }
}

/// The limit key: an IPv4 address, or an IPv6 address's /64 network.
pub fn key(ip: IpAddr) -> String {
    match canonical(ip) {
        IpAddr::V4(v4) => format!("ip:{v4}"),
        IpAddr::V6(v6) => {
            let net = ipnet::Ipv6Net::new(v6, 64)
                .map(|n| n.trunc())
                .unwrap_or_else(|_| ipnet::Ipv6Net::from(v6));
            format!("ip:{net}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn a_forwarded_header_counts_only_from_a_trusted_proxy() {
        let trusted: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        // Not through a proxy: the header is the client's own invention.
        assert_eq!(
            client_address(ip("203.0.113.9"), &["198.51.100.1"], &trusted),
            ip("203.0.113.9")
        );
        // Through two trusted proxies: the first untrusted hop from the right.
        assert_eq!(
            client_address(
                ip("10.0.0.2"),
                &["6.6.6.6, 198.51.100.1, 10.0.0.1"],
                &trusted
            ),
            ip("198.51.100.1")
        );
        // A proxy that forwards nothing readable: the proxy itself.
        assert_eq!(
            client_address(ip("10.0.0.2"), &["junk"], &trusted),
            ip("10.0.0.2")
        );
        assert_eq!(
            client_address(ip("10.0.0.2"), &[], &trusted),
            ip("10.0.0.2")
        );
    }

    #[test]
    fn an_ipv6_client_is_keyed_by_its_64_network_and_mapped_ipv4_by_itself() {
        assert_eq!(
            key(ip("2001:db8:1:2:aaaa::1")),
            key(ip("2001:db8:1:2:bbbb::9"))
        );
        assert_ne!(key(ip("2001:db8:1:2::1")), key(ip("2001:db8:1:3::1")));
        assert_eq!(key(ip("2001:db8:1:2::1")), "ip:2001:db8:1:2::/64");
        assert_eq!(key(ip("::ffff:192.0.2.7")), "ip:192.0.2.7");
        assert_eq!(key(ip("192.0.2.7")), "ip:192.0.2.7");
    }
}
