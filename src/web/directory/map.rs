//! `/vejviser/kort?…`: the current results on a map. The map is drawn here as SVG from
//! the towns' and places' coordinates — no tiles, no script, nothing from another host.
//! It is one picture (`role=img`); the numbered list under it carries the links. The search page links to it with
//! the same query, so the map is something a person asks for.

use std::collections::HashMap;

use askama::Template;
use axum::extract::Query;
use axum::response::Response;

use crate::directory::search::Filters;
use crate::directory::search::filters::PAGE_PARAMS;
use crate::domain::{Channel, Coordinate};
use crate::web::chrome::Chrome;
use crate::web::directory::vejviser::where_text;
use crate::web::error::HttpError;
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;

/// At most this many offers are drawn; the page says when there are more.
const MAX_MARKERS: usize = 150;
const WIDTH: f64 = 800.0;

pub fn routes(r: Routes) -> Routes {
    r.get("/vejviser/kort", Access::Public, map)
}

/// A flat projection of a municipality onto an SVG of a given width: plenty for one
/// municipality (longitude shrunk by the cosine of the latitude), with a margin.
pub struct Projection {
    max_lat: f64,
    min_lon: f64,
    shrink: f64,
    scale: f64,
    pub height: f64,
}

impl Projection {
    pub fn fit(points: &[Coordinate], width: f64) -> Projection {
        let (min_lat, max_lat, min_lon, max_lon) = points.iter().fold(
            (f64::MAX, f64::MIN, f64::MAX, f64::MIN),
            |(a, b, c, d), p| (a.min(p.lat), b.max(p.lat), c.min(p.lon), d.max(p.lon)),
        );
        let (pad_lat, pad_lon) = (0.03, 0.05);
        let (min_lat, max_lat, min_lon, max_lon) = (
            min_lat - pad_lat,
            max_lat + pad_lat,
            min_lon - pad_lon,
            max_lon + pad_lon,
        );
        let shrink = ((min_lat + max_lat) / 2.0).to_radians().cos();
        let scale = width / ((max_lon - min_lon) * shrink).max(1e-6);
        Projection {
            max_lat,
            min_lon,
            shrink,
            scale,
            height: (max_lat - min_lat) * scale,
        }
    }

    /// (x, y) in the picture.
    pub fn at(&self, lat: f64, lon: f64) -> (f64, f64) {
        (
            (lon - self.min_lon) * self.shrink * self.scale,
            (self.max_lat - lat) * self.scale,
        )
    }
}

pub struct TownDot {
    pub x: String,
    pub y: String,
    pub label_y: String,
    pub name: String,
}

pub struct Marker {
    pub number: usize,
    pub x: String,
    pub y: String,
    pub href: String,
    pub name: String,
    pub where_: String,
}

#[derive(Template)]
#[template(path = "directory/map.html")]
struct MapPage {
    chrome: Chrome,
    height: String,
    towns: Vec<TownDot>,
    markers: Vec<Marker>,
    summary: String,
    list_href: String,
    more: bool,
}

async fn map(
    served: Served,
    chrome: Chrome,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let snapshot = served.clone();
    let directory = &snapshot.directory;
    let (filters, _errors) = Filters::parse(
        |k| params.get(k).map(String::as_str),
        &PAGE_PARAMS,
        |t| directory.town(t).map(|t| t.name.clone()),
    );
    let results = directory
        .search(&filters, 0, MAX_MARKERS)
        .map_err(|e| HttpError::Internal(e.into()))?;
    let points: Vec<Coordinate> = directory.towns.iter().map(|t| t.coordinate).collect();
    let projection = Projection::fit(&points, WIDTH);
    let height = projection.height;
    let project = |lat: f64, lon: f64| projection.at(lat, lon);
    let towns = directory
        .towns
        .iter()
        .map(|t| {
            let (x, y) = project(t.coordinate.lat, t.coordinate.lon);
            TownDot {
                x: format!("{x:.1}"),
                y: format!("{y:.1}"),
                label_y: format!("{:.1}", y - 8.0),
                name: t.name.clone(),
            }
        })
        .collect();
    let markers = results
        .hits
        .iter()
        .filter(|hit| hit.entry.offer.channel == Channel::InPerson)
        .filter_map(|hit| hit.entry.offer.coordinate.map(|c| (hit, c)))
        .enumerate()
        .map(|(i, (hit, c))| {
            let (x, y) = project(c.lat, c.lon);
            Marker {
                number: i + 1,
                x: format!("{x:.1}"),
                y: format!("{y:.1}"),
                href: chrome.href(&format!("/tilbud/{}", hit.entry.offer.id)),
                name: hit.entry.offer.name.clone(),
                where_: where_text(chrome.lang, &hit.entry.offer, None),
            }
        })
        .collect::<Vec<_>>();
    let list_href = chrome.href(&filters.href("/vejviser", 1));
    let page = MapPage {
        height: format!("{height:.0}"),
        towns,
        summary: chrome
            .lang
            .t_with("map-summary", &[("count", markers.len().into())]),
        more: results.total > MAX_MARKERS,
        markers,
        list_href,
        chrome,
    };
    crate::web::page::render_page(&page, axum::http::StatusCode::OK)
}
