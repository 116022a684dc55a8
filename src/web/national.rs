//! The national view and the list of municipalities (issue 16). A request whose host is
//! the national host (`SAMMEN_NATIONAL_HOST`) or no municipality's host comes here from
//! `web::by_host` instead of the router: the national host searches every municipality's
//! offers at once — phone and online offers for everyone, the rest only for the
//! municipality the searcher names, since a club in Holbæk is no use to someone in
//! Odsherred — and links each result to its municipality's own host; an unknown host gets
//! the list of municipalities. Nothing here reads the database: the snapshots have it.

use std::sync::Arc;

use askama::Template;
use axum::extract::Request;
use axum::http::{Method, StatusCode};
use axum::response::{Html, IntoResponse, Response};

use super::assets::{FAVICON, STYLESHEET};
use crate::derived::Deployment;
use crate::directory::search::Filters;
use crate::domain::Channel;
use crate::i18n::{Lang, Locale};

/// At most this many results on the national page.
const LIMIT: usize = 50;
/// Results read from each municipality's index before merging.
const PER_MUNICIPALITY: usize = 200;

struct Item {
    slug: String,
    name: String,
    href: Option<String>,
}

struct Found {
    name: String,
    municipality: String,
    channel: String,
    href: Option<String>,
    score: f32,
}

#[derive(Template)]
#[template(path = "national/list.html")]
struct ListPage {
    lang: Lang,
    css: &'static str,
    favicon: &'static str,
    unknown: bool,
    municipalities: Vec<Item>,
}

#[derive(Template)]
#[template(path = "national/search.html")]
struct SearchPage {
    lang: Lang,
    css: &'static str,
    favicon: &'static str,
    q: String,
    chosen: String,
    municipalities: Vec<Item>,
    searched: bool,
    results_heading: String,
    results: Vec<Found>,
}

fn locale(request: &Request) -> Locale {
    request
        .extensions()
        .get::<Locale>()
        .copied()
        .unwrap_or(Locale {
            lang: Lang::Da,
            prefix: "",
        })
}

fn items(deployment: &Deployment, locale: Locale) -> Vec<Item> {
    deployment
        .listed
        .iter()
        .map(|m| Item {
            slug: m.slug.clone(),
            name: m.name.clone(),
            // The municipality's own address, as its pages' links have it.
            href: (!m.hosts.is_empty())
                .then(|| deployment.snapshots.get(&m.id))
                .flatten()
                .map(|s| format!("{}{}/", s.base_url, locale.prefix)),
        })
        .collect()
}

fn html(status: StatusCode, page: impl Template) -> Response {
    match page.render() {
        Ok(body) => (status, Html(body)).into_response(),
        Err(err) => super::error::HttpError::Internal(err.into()).into_response(),
    }
}

/// A host no municipality answers on: the list, with a 404 (the address asked for is not
/// one of ours).
pub fn unknown_host(deployment: Arc<Deployment>, request: Request) -> Response {
    let locale = locale(&request);
    html(
        StatusCode::NOT_FOUND,
        ListPage {
            lang: locale.lang,
            css: &STYLESHEET.href,
            favicon: &FAVICON.href,
            unknown: true,
            municipalities: items(&deployment, locale),
        },
    )
}

/// The national host: `/` searches, anything else is the list with a 404.
pub fn answer(deployment: Arc<Deployment>, request: Request) -> Response {
    let locale = locale(&request);
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    if !matches!(request.uri().path(), "/" | "/vejviser") {
        return unknown_host(deployment, request);
    }
    let query: Vec<(String, String)> = request
        .uri()
        .query()
        .map(|q| serde_urlencoded::from_str(q).unwrap_or_default())
        .unwrap_or_default();
    let param = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().chars().take(200).collect::<String>())
            .unwrap_or_default()
    };
    let (q, chosen) = (param("q"), param("kommune"));
    let searched = query.iter().any(|(k, _)| k == "q" || k == "kommune");
    let results = if searched {
        search(&deployment, locale, &q, &chosen)
    } else {
        Vec::new()
    };
    html(
        StatusCode::OK,
        SearchPage {
            lang: locale.lang,
            css: &STYLESHEET.href,
            favicon: &FAVICON.href,
            results_heading: locale
                .lang
                .t_with("national-results", &[("count", results.len().into())]),
            q,
            chosen,
            municipalities: items(&deployment, locale),
            searched,
            results,
        },
    )
}

/// Every municipality's index asked the same words; in-person offers only from the
/// chosen municipality; merged by score.
fn search(deployment: &Deployment, locale: Locale, q: &str, chosen: &str) -> Vec<Found> {
    let filters = Filters {
        q: q.to_owned(),
        ..Filters::default()
    };
    let mut found = Vec::new();
    for listed in &deployment.listed {
        let Some(snapshot) = deployment.snapshots.get(&listed.id) else {
            continue;
        };
        let own = listed.slug == chosen;
        let Ok(results) = snapshot.directory.search(&filters, 0, PER_MUNICIPALITY) else {
            continue;
        };
        let base = (!listed.hosts.is_empty()).then(|| snapshot.base_url.clone());
        for hit in results.hits {
            let offer = &hit.entry.offer;
            let channel = match offer.channel {
                Channel::Phone => locale.lang.t("vejviser-by-phone"),
                Channel::Online => locale.lang.t("vejviser-online"),
                Channel::InPerson if own => offer
                    .town
                    .as_ref()
                    .map(|t| t.name.clone())
                    .unwrap_or_default(),
                Channel::InPerson => continue,
            };
            found.push(Found {
                name: offer.name.clone(),
                municipality: listed.name.clone(),
                channel,
                href: base
                    .as_ref()
                    .map(|b| format!("{b}{}/tilbud/{}", locale.prefix, offer.id)),
                score: hit.score,
            });
        }
    }
    found.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.name.cmp(&b.name))
    });
    found.truncate(LIMIT);
    found
}
