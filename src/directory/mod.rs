//! The Social Vejviser's model: search (`search/`), an offer's schedule, HSDS import and
//! export, the offer form as data with the moderators' diff (`draft`), and the freshness job.

pub mod draft;
pub mod freshness;
pub mod hsds;
pub mod schedule;
pub mod search;
