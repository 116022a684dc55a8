//! The integration suite: one test binary with a module per feature, so the whole program
//! is linked once for all of them (linking dominates on a small machine). The browser
//! tests are their own binary (`tests/browser.rs`). Every storage and HTTP test runs on
//! SQLite and PostgreSQL (`both_backends!` in `common`).

#[path = "../common/mod.rs"]
#[macro_use]
mod common;

mod accounts;
mod ambassador_requests;
mod ambassadors;
mod association_days;
mod authorisation;
mod bus;
mod bus_live;
mod bus_plan;
mod calendar;
mod campaigns;
mod cli;
mod demo_data;
mod directory;
mod figures;
mod guide;
mod hardening;
mod hsds;
mod http;
mod indicators;
mod municipalities;
mod oidc;
mod pages;
mod posters;
mod rides;
mod school_change;
mod schools;
mod search_quality;
mod selfcheck;
mod storage;
mod stories;
mod strategy;
mod transport;
mod trust;
mod youth;
