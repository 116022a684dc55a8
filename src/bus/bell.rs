//! The bell: who should hear that the bus is near their stop, or that it comes tomorrow.
//! [`due`] decides from today's live tour; [`ring`] queues the messages. Every message has
//! a unique key in the outbox — one per subscriber per visit (or per stop and day for "the
//! day before") — so it goes out at most once, however many servers ring and however
//! often.

use jiff::Timestamp;
use jiff::civil::{Date, Time};

use super::Plan;
use super::live::{Expected, Live};

/// Below this the message would come too late to be of use.
pub const MIN_NOTICE_MINUTES: i64 = 2;
/// "The day before" messages go out from this local hour.
pub const EVENING_HOUR: i8 = 16;
/// The choices offered for "about N minutes away".
pub const LEADS: [i64; 3] = [10, 20, 30];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Email,
    Push,
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Push => "push",
        }
    }

    pub fn parse(code: &str) -> Option<Channel> {
        match code {
            "email" => Some(Channel::Email),
            "push" => Some(Channel::Push),
            _ => None,
        }
    }
}

/// Someone listening at a stop: an address and the stop, nothing else.
#[derive(Debug, Clone)]
pub struct Subscription {
    pub id: i64,
    pub stop_id: i64,
    pub channel: Channel,
    /// An e-mail address, or a Web Push endpoint.
    pub address: String,
    pub p256dh: Option<String>,
    pub auth: Option<String>,
    pub lead_minutes: Option<i64>,
    pub day_before: bool,
    pub confirmed: bool,
    pub lang: crate::i18n::Lang,
}

#[derive(Debug)]
pub enum Alert<'a> {
    /// The bus is about `minutes` from the stop.
    Near {
        subscription: &'a Subscription,
        visit: &'a Expected<'a>,
        minutes: i64,
    },
    /// The bus comes to the stop tomorrow at these times.
    Tomorrow {
        subscription: &'a Subscription,
        date: Date,
        times: Vec<(Time, Time)>,
    },
}

impl Alert<'_> {
    pub fn subscription(&self) -> &Subscription {
        match self {
            Alert::Near { subscription, .. } | Alert::Tomorrow { subscription, .. } => subscription,
        }
    }

    /// The outbox key that makes this message go out once.
    pub fn key(&self, date: Date) -> String {
        match self {
            Alert::Near {
                subscription,
                visit,
                ..
            } => format!(
                "bell:{}:{date}:{}:{}",
                subscription.id,
                visit.stop.id,
                visit.visit.arrive.strftime("%H%M")
            ),
            Alert::Tomorrow {
                subscription, date, ..
            } => format!("bell-day:{}:{date}", subscription.id),
        }
    }
}

/// What should be said now. Only confirmed subscriptions are heard.
pub fn due<'a>(
    plan: &'a Plan,
    live: &'a Live<'a>,
    subscriptions: &'a [Subscription],
    now: Timestamp,
) -> Vec<Alert<'a>> {
    let mut alerts = Vec::new();
    let heard = || subscriptions.iter().filter(|s| s.confirmed);
    if live.live {
        for visit in live.coming() {
            let minutes = visit.minutes_away(now);
            for s in heard().filter(|s| s.stop_id == visit.stop.id) {
                if let Some(lead) = s.lead_minutes
                    && (MIN_NOTICE_MINUTES..=lead).contains(&minutes)
                {
                    alerts.push(Alert::Near {
                        subscription: s,
                        visit,
                        minutes,
                    });
                }
            }
        }
    }
    let local = now.to_zoned_datetime(crate::format::copenhagen());
    if local.hour() >= EVENING_HOUR
        && let Ok(tomorrow) = local.date().tomorrow()
    {
        let visits = plan.dated(tomorrow, 1);
        for s in heard().filter(|s| s.day_before) {
            let times: Vec<(Time, Time)> = visits
                .iter()
                .filter(|d| d.stop.id == s.stop_id)
                .map(|d| (d.visit.arrive, d.visit.leave()))
                .collect();
            if !times.is_empty() {
                alerts.push(Alert::Tomorrow {
                    subscription: s,
                    date: tomorrow,
                    times,
                });
            }
        }
    }
    alerts
}

#[cfg(test)]
mod tests {
    use super::super::live::{Fix, today};
    use super::super::{Stop, Visit};
    use super::*;
    use crate::domain::Coordinate;
    use jiff::civil::time;

    fn plan() -> Plan {
        let stop = |id: i64, lon: f64| Stop {
            id,
            key: format!("s{id}"),
            name: format!("Stop {id}"),
            town: None,
            at: Coordinate { lat: 55.8, lon },
            accessibility: vec![],
            indoor_fallback: String::new(),
            typical_visitors: String::new(),
        };
        let visit = |id: i64, stop_id: i64, weekday: u8, hour: i8| Visit {
            id,
            stop_id,
            weekday,
            arrive: time(hour, 0, 0, 0),
            stay_minutes: 60,
            activities: vec![],
        };
        Plan {
            name: "Bussen".into(),
            speed_kmh: crate::bus::planner::SPEED_KMH,
            stops: vec![stop(1, 11.40), stop(2, 11.48)],
            visits: vec![visit(1, 1, 1, 10), visit(2, 2, 1, 12), visit(3, 2, 2, 9)],
            pauses: vec![],
            extras: vec![],
        }
    }

    fn sub(id: i64, stop_id: i64, lead: Option<i64>, day_before: bool) -> Subscription {
        Subscription {
            id,
            stop_id,
            channel: Channel::Email,
            address: format!("s{id}@example.org"),
            p256dh: None,
            auth: None,
            lead_minutes: lead,
            day_before,
            confirmed: true,
            lang: crate::i18n::Lang::Da,
        }
    }

    fn at(hour: i8, minute: i8) -> Timestamp {
        crate::calendar::local_instant(jiff::civil::date(2026, 12, 1).at(hour, minute, 0, 0))
    }

    fn fix(when: Timestamp, lon: f64) -> Fix {
        Fix {
            at: when,
            position: Coordinate { lat: 55.8, lon },
            accuracy_m: None,
        }
    }

    #[test]
    fn near_alerts_come_within_the_chosen_lead_and_only_while_live() {
        let plan = plan();
        let subs = [
            sub(1, 2, Some(10), false),
            sub(2, 2, Some(30), false),
            sub(3, 1, Some(10), false),
            Subscription {
                confirmed: false,
                ..sub(4, 2, Some(30), false)
            },
        ];
        // Not live: silence even at 11:55.
        let quiet = today(&plan, at(11, 55), &[], &[]);
        assert!(due(&plan, &quiet, &subs, at(11, 55)).is_empty());
        // Live at 11:35, driving: stop 2 is 25 minutes away (planned 12:00).
        let live = today(&plan, at(11, 35), &[fix(at(11, 35), 11.44)], &[]);
        let alerts = due(&plan, &live, &subs, at(11, 35));
        let ids: Vec<i64> = alerts.iter().map(|a| a.subscription().id).collect();
        assert_eq!(ids, [2]);
        // 11:51: 9 minutes → the 10-minute and the 30-minute subscriber.
        let live = today(&plan, at(11, 51), &[fix(at(11, 51), 11.46)], &[]);
        let alerts = due(&plan, &live, &subs, at(11, 51));
        let ids: Vec<i64> = alerts.iter().map(|a| a.subscription().id).collect();
        assert_eq!(ids, [1, 2]);
        assert_eq!(alerts[0].key(live.date), "bell:1:2026-12-01:2:1200");
        // 11:59: too late to be of use.
        let live = today(&plan, at(11, 59), &[fix(at(11, 59), 11.475)], &[]);
        assert!(due(&plan, &live, &subs, at(11, 59)).is_empty());
    }

    #[test]
    fn the_day_before_comes_in_the_evening_with_tomorrows_times() {
        let plan = plan();
        let subs = [sub(1, 2, None, true), sub(2, 1, None, true)];
        let quiet = today(&plan, at(15, 59), &[], &[]);
        assert!(due(&plan, &quiet, &subs, at(15, 59)).is_empty());
        let evening = today(&plan, at(16, 0), &[], &[]);
        let alerts = due(&plan, &evening, &subs, at(16, 0));
        assert_eq!(alerts.len(), 1, "only stop 2 has a visit on Wednesday");
        match &alerts[0] {
            Alert::Tomorrow { date, times, .. } => {
                assert_eq!(date.to_string(), "2026-12-02");
                assert_eq!(times, &[(time(9, 0, 0, 0), time(10, 0, 0, 0))]);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(alerts[0].key(evening.date), "bell-day:1:2026-12-02");
    }
}
