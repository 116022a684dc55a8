//! GTFS Realtime vehicle positions for Den Glade Bus, as protocol buffers. Only the
//! messages and fields this feed uses are declared, with the field numbers of the official
//! `gtfs-realtime.proto` (proto2); the tests decode the output with that file itself
//! (`data/gtfs-realtime/`). Ids match the static feed ([`crate::bus::gtfs`]): trip
//! `tour-{weekday}`, stops by their key.

use jiff::Timestamp;
use prost::Message;

use crate::bus::Plan;
use crate::bus::live::{Live, State};

#[derive(Clone, PartialEq, Message)]
pub struct FeedMessage {
    #[prost(message, required, tag = "1")]
    pub header: FeedHeader,
    #[prost(message, repeated, tag = "2")]
    pub entity: Vec<FeedEntity>,
}

#[derive(Clone, PartialEq, Message)]
pub struct FeedHeader {
    #[prost(string, required, tag = "1")]
    pub gtfs_realtime_version: String,
    /// 0 = FULL_DATASET.
    #[prost(int32, optional, tag = "2")]
    pub incrementality: Option<i32>,
    #[prost(uint64, optional, tag = "3")]
    pub timestamp: Option<u64>,
}

#[derive(Clone, PartialEq, Message)]
pub struct FeedEntity {
    #[prost(string, required, tag = "1")]
    pub id: String,
    #[prost(message, optional, tag = "4")]
    pub vehicle: Option<VehiclePosition>,
}

#[derive(Clone, PartialEq, Message)]
pub struct VehiclePosition {
    #[prost(message, optional, tag = "1")]
    pub trip: Option<TripDescriptor>,
    #[prost(message, optional, tag = "2")]
    pub position: Option<Position>,
    #[prost(uint32, optional, tag = "3")]
    pub current_stop_sequence: Option<u32>,
    /// 0 = INCOMING_AT, 1 = STOPPED_AT, 2 = IN_TRANSIT_TO.
    #[prost(int32, optional, tag = "4")]
    pub current_status: Option<i32>,
    #[prost(uint64, optional, tag = "5")]
    pub timestamp: Option<u64>,
    #[prost(string, optional, tag = "7")]
    pub stop_id: Option<String>,
    #[prost(message, optional, tag = "8")]
    pub vehicle: Option<VehicleDescriptor>,
}

#[derive(Clone, PartialEq, Message)]
pub struct TripDescriptor {
    #[prost(string, optional, tag = "1")]
    pub trip_id: Option<String>,
    #[prost(string, optional, tag = "3")]
    pub start_date: Option<String>,
    #[prost(string, optional, tag = "5")]
    pub route_id: Option<String>,
}

#[derive(Clone, PartialEq, Message)]
pub struct VehicleDescriptor {
    #[prost(string, optional, tag = "1")]
    pub id: Option<String>,
    #[prost(string, optional, tag = "2")]
    pub label: Option<String>,
}

#[derive(Clone, PartialEq, Message)]
pub struct Position {
    #[prost(float, required, tag = "1")]
    pub latitude: f32,
    #[prost(float, required, tag = "2")]
    pub longitude: f32,
}

const STOPPED_AT: i32 = 1;
const IN_TRANSIT_TO: i32 = 2;

/// The feed at `now`: one vehicle while the bus is live and its position is known, none
/// otherwise (an empty full dataset is the standard's way to say "no vehicle out").
pub fn vehicle_positions(plan: &Plan, live: &Live<'_>, label: &str, now: Timestamp) -> Vec<u8> {
    let mut entity = Vec::new();
    if live.live
        && let Some(fix) = &live.fix
    {
        let next = live.visits.iter().find(|v| v.state != State::Passed);
        // A chosen date's visits are their own trip in the static feed.
        let extra = next.is_some_and(|v| plan.is_extra(v.visit.id));
        let weekday = live.date.weekday().to_monday_zero_offset() as usize;
        let trip_id = if extra {
            crate::bus::gtfs::extra_trip(live.date)
        } else {
            format!("tour-{}", crate::bus::gtfs::WEEKDAYS[weekday])
        };
        let sequence = next.and_then(|n| {
            live.visits
                .iter()
                .filter(|v| plan.is_extra(v.visit.id) == extra)
                .position(|v| std::ptr::eq(v, n))
        });
        entity.push(FeedEntity {
            id: "glade-bus".into(),
            vehicle: Some(VehiclePosition {
                trip: Some(TripDescriptor {
                    trip_id: Some(trip_id),
                    start_date: Some(live.date.strftime("%Y%m%d").to_string()),
                    route_id: Some("glade-bus".into()),
                }),
                position: Some(Position {
                    latitude: fix.position.lat as f32,
                    longitude: fix.position.lon as f32,
                }),
                current_stop_sequence: sequence.map(|i| i as u32 + 1),
                current_status: next.map(|v| {
                    if v.state == State::Here {
                        STOPPED_AT
                    } else {
                        IN_TRANSIT_TO
                    }
                }),
                timestamp: Some(fix.at.as_second().max(0) as u64),
                stop_id: next.map(|v| v.stop.key.clone()),
                vehicle: Some(VehicleDescriptor {
                    id: Some("glade-bus".into()),
                    label: Some(label.to_owned()),
                }),
            }),
        });
    }
    FeedMessage {
        header: FeedHeader {
            gtfs_realtime_version: "2.0".into(),
            incrementality: Some(0),
            timestamp: Some(now.as_second().max(0) as u64),
        },
        entity,
    }
    .encode_to_vec()
}
