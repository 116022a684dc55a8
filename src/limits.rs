//! The abuse limits of every anonymous form: how many uses per client (an address, or an
//! IPv6 /64) and per target (an e-mail address, an event, a stop, an offer) in a window.
//! Counted in the database (`store::limits`), so every server shares them; a use beyond a
//! limit gets the Danish "try again in N minutes" page (429), never a silent drop.
//! The figures are a person's needs with room to spare: a family signs up a few people,
//! a volunteer helps several citizens, a school class may share one address.

use sha2::{Digest, Sha256};

/// How many uses of one action are allowed in a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// Names the bucket and the log line.
    pub name: &'static str,
    /// Uses per client in the window.
    pub per_client: i64,
    /// Uses per target in the window (an address, an event …).
    pub per_target: i64,
    /// Seconds.
    pub window: i64,
}

const MINUTE: i64 = 60;
const HOUR: i64 = 3600;

/// Signing in: 5 attempts per address, 20 per client, in 15 minutes. An attempt counts
/// before the password is checked (so parallel guesses cannot all pass the count), and a
/// successful one is taken back.
pub const SIGN_IN: Limit = Limit {
    name: "sign-in",
    per_client: 20,
    per_target: 5,
    window: 15 * MINUTE,
};
/// Making an account (`/konto/ny`): mail goes to the address given.
pub const REGISTER: Limit = Limit {
    name: "register",
    per_client: 5,
    per_target: 3,
    window: HOUR,
};
/// "Forgot password": mail goes to the address given.
pub const FORGOT: Limit = Limit {
    name: "forgot",
    per_client: 5,
    per_target: 3,
    window: HOUR,
};
/// A request to the ambassadors: staff get a mail. Target: the ambassador asked for, or
/// the desk.
pub const AMBASSADOR_REQUEST: Limit = Limit {
    name: "ambassador-request",
    per_client: 5,
    per_target: 30,
    window: HOUR,
};
/// Signing up for an event: counted in seats, so a flood from one client cannot take
/// more than 10 seats an hour. Target: the event (seats an hour from everyone).
pub const SIGN_UP: Limit = Limit {
    name: "sign-up",
    per_client: 10,
    per_target: 200,
    window: HOUR,
};
/// The bus's bell by mail: mail goes to the address given. Target: the address.
pub const BELL: Limit = Limit {
    name: "bell",
    per_client: 5,
    per_target: 3,
    window: HOUR,
};
/// The bus's bell by push. Target: the stop.
pub const PUSH: Limit = Limit {
    name: "push",
    per_client: 5,
    per_target: 100,
    window: HOUR,
};
/// "Send it to me" from the personal guide: mail goes to the address given.
pub const SEND_TO_ME: Limit = Limit {
    name: "send-to-me",
    per_client: 5,
    per_target: 3,
    window: HOUR,
};
/// Suggesting an offer: moderators read it. Target: the municipality's queue (a cap on a
/// flood from many addresses at once, well above a campaign week's suggestions).
pub const SUGGEST: Limit = Limit {
    name: "suggest",
    per_client: 5,
    per_target: 60,
    window: HOUR,
};
/// Reporting an offer. Target: the offer.
pub const REPORT: Limit = Limit {
    name: "report",
    per_client: 5,
    per_target: 20,
    window: HOUR,
};
/// The self-check's anonymous tally: a flood would skew the figures. Target: the tally
/// (a cap far above what a municipality's campaign brings in an hour).
pub const SELF_CHECK: Limit = Limit {
    name: "self-check",
    per_client: 20,
    per_target: 2000,
    window: HOUR,
};

/// Asking for a ride (`/koersel`): the coordinators get a mail. Target: the rider's
/// phone number (a relative or a staff member may ask for a few rides of one person).
pub const RIDE: Limit = Limit {
    name: "ride",
    per_client: 5,
    per_target: 5,
    window: HOUR,
};

/// Sharing a story (`/fortael`): the editors read every one. Target: the editors' desk.
pub const STORY: Limit = Limit {
    name: "story",
    per_client: 5,
    per_target: 100,
    window: HOUR,
};

/// Answering a class pulse (`/puls`): a whole class may answer from one school address.
/// Target: the pulse (twice a large class).
pub const PULSE: Limit = Limit {
    name: "pulse",
    per_client: 60,
    per_target: 60,
    window: HOUR,
};

/// Association days: a group's code and choice. A school shares one address, so the
/// client side is generous (several classes choosing in the same hour); the target is
/// one day (or, for wrong codes, all guesses from a client).
pub const ASSOCIATION_DAY: Limit = Limit {
    name: "association-day",
    per_client: 120,
    per_target: 300,
    window: HOUR,
};

/// Starting a group for the young (`/unge/start-en-gruppe`): the supporting adult gets a
/// mail. Target: the adult's address (an adult may support a few groups).
pub const YOUTH_GROUP: Limit = Limit {
    name: "youth-group",
    per_client: 5,
    per_target: 3,
    window: HOUR,
};

/// Answering the municipality's question to the young (`/unges-stemme`): editors read
/// every answer; a class may answer together from one school address. Target: the question.
pub const YOUTH_VOICE: Limit = Limit {
    name: "youth-voice",
    per_client: 30,
    per_target: 300,
    window: HOUR,
};

/// Signing in through the municipality's identity provider (`/login/oidc`): each start
/// keeps a row for 10 minutes and may ask the provider for its discovery document. Target:
/// the municipality.
pub const OIDC_START: Limit = Limit {
    name: "oidc-start",
    per_client: 20,
    per_target: 1000,
    window: 15 * MINUTE,
};

/// Every limit, for SECURITY.md's table and its test.
pub const ALL: [Limit; 18] = [
    SIGN_IN,
    REGISTER,
    FORGOT,
    AMBASSADOR_REQUEST,
    SIGN_UP,
    BELL,
    PUSH,
    SEND_TO_ME,
    SUGGEST,
    REPORT,
    SELF_CHECK,
    RIDE,
    STORY,
    PULSE,
    ASSOCIATION_DAY,
    YOUTH_GROUP,
    YOUTH_VOICE,
    OIDC_START,
];

/// What a limit counts under: the limit's name, the side and the key (a client or a
/// target), as one text. The web layer stores it only through the signing key's HMAC
/// (`web::limits::bucket`), so the table holds nothing that names an address, and a
/// dump cannot even confirm a guessed one.
pub fn bucket(limit: &Limit, side: &str, key: &str) -> String {
    let digest = Sha256::digest(format!("{}\n{side}\n{key}", limit.name).as_bytes());
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// Whole minutes to wait until the oldest use in the window expires (at least 1).
pub fn wait_minutes(oldest: i64, window: i64, now: i64) -> i64 {
    ((oldest + window - now).max(1) + 59) / 60
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_differ_by_limit_side_and_key_and_hide_the_key() {
        let a = bucket(&BELL, "target", "a@example.dk");
        assert_ne!(a, bucket(&BELL, "client", "a@example.dk"));
        assert_ne!(a, bucket(&FORGOT, "target", "a@example.dk"));
        assert_ne!(a, bucket(&BELL, "target", "b@example.dk"));
        assert!(!a.contains('@') && a.len() == 32);
    }

    #[test]
    fn the_wait_is_rounded_up_to_whole_minutes() {
        assert_eq!(wait_minutes(1000, 3600, 1000), 60);
        assert_eq!(wait_minutes(1000, 3600, 4599), 1);
        assert_eq!(wait_minutes(1000, 3600, 4000), 10);
        assert_eq!(wait_minutes(1000, 900, 5000), 1);
    }

    #[test]
    fn every_limit_has_a_window_and_room_for_a_person() {
        for l in ALL {
            assert!(l.window >= 15 * MINUTE && l.window <= 86_400, "{}", l.name);
            assert!(l.per_client >= 5 && l.per_target >= 3, "{}", l.name);
        }
    }
}
