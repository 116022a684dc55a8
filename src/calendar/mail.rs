//! Every mail the calendar sends, written in one place: the confirmation, the waitlist
//! notice, moving up from the waitlist, the day-before reminder, the organiser's message,
//! a cancelled date or event, and a new time. Pure: the caller brings the event, the
//! occurrence and the person's language (the one they signed up in); the texts are the
//! Fluent `mail-signup-*`, `mail-reminder-*` and `mail-event-*` keys.
//!
//! Each mail names the occurrence's day and time ("tirsdag 3. december kl. 18.00" /
//! "Tuesday 3 December at 18:00") and, where it tells people where to go, the place with
//! its address ("Kulturhus Aksen, Centervejen 91, 4550 Asnæs") or "online".

use jiff::civil::DateTime;

use crate::calendar::{Event, Occurrence, local_instant};
use crate::i18n::Lang;
use crate::store::calendar::Signup;
use crate::store::outbox::NewMail;

/// Which mail.
#[derive(Debug, Clone, Copy)]
pub enum Kind<'a> {
    /// The sign-up has its seats; `token` opens the private page to see or cancel it.
    Confirmed { token: &'a str },
    /// The occurrence is full: the sign-up waits; `token` as above.
    Waitlisted { token: &'a str },
    /// Seats came free and the sign-up moved up from the waitlist.
    Promoted,
    /// The day before.
    Reminder,
    /// The organiser's words to everyone signed up.
    Message { text: &'a str },
    /// This date is cancelled.
    Cancelled,
    /// The whole event is cancelled, every date.
    CancelledAll,
    /// This date moved to a new local start.
    Moved { to: DateTime },
}

/// A mail's subject and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub subject: String,
    pub body: String,
}

/// Writes one calendar mail in `lang`. `base_url` is the site's address (links in the
/// mail lead there, in the same language).
pub fn write(
    lang: Lang,
    base_url: &str,
    event: &Event,
    occurrence: &Occurrence,
    kind: Kind<'_>,
) -> Letter {
    let prefix = lang.link_prefix();
    let mut args = vec![
        ("event", event.title.clone().into()),
        ("when", when(lang, occurrence.start).into()),
        ("where", place(lang, event).into()),
        ("organisation", event.organisation.name.clone().into()),
    ];
    let key = match kind {
        Kind::Confirmed { token } | Kind::Waitlisted { token } => {
            args.push((
                "link",
                format!("{base_url}{prefix}/tilmelding/{token}").into(),
            ));
            if matches!(kind, Kind::Confirmed { .. }) {
                "mail-signup-confirmed"
            } else {
                "mail-signup-waitlist"
            }
        }
        Kind::Promoted => {
            args.push((
                "link",
                format!(
                    "{base_url}{prefix}/arrangement/{}?dato={}",
                    event.id, occurrence.date
                )
                .into(),
            ));
            "mail-signup-promoted"
        }
        Kind::Reminder => {
            let bring = if event.bring.is_empty() {
                "-".to_owned()
            } else {
                event.bring.clone()
            };
            args.push(("bring", bring.into()));
            "mail-reminder"
        }
        Kind::Message { text } => {
            args.push(("message", text.to_owned().into()));
            "mail-event-message"
        }
        Kind::Cancelled => "mail-event-cancelled",
        Kind::CancelledAll => "mail-event-cancelled-all",
        Kind::Moved { to } => {
            args.push(("new", when(lang, to).into()));
            "mail-event-moved"
        }
    };
    Letter {
        subject: lang.t_with(&format!("{key}-subject"), &args),
        body: lang.t_with(&format!("{key}-body"), &args),
    }
}

/// The mail to one sign-up, in the language it was made in; `None` without an e-mail.
pub fn to_signup(
    signup: &Signup,
    municipality_id: i64,
    base_url: &str,
    event: &Event,
    occurrence: &Occurrence,
    kind: Kind<'_>,
) -> Option<NewMail> {
    if signup.email.is_empty() {
        return None;
    }
    let letter = write(signup.lang, base_url, event, occurrence, kind);
    Some(NewMail {
        municipality_id: Some(municipality_id),
        to: signup.email.clone(),
        subject: letter.subject,
        body: letter.body,
        unique_key: match kind {
            Kind::Promoted => Some(format!("promoted:{}", signup.id)),
            Kind::Reminder => Some(format!("remind:{}:{}", signup.id, occurrence.date)),
            _ => None,
        },
    })
}

/// "tirsdag 3. december kl. 18.00" / "Tuesday 3 December at 18:00".
fn when(lang: Lang, at: DateTime) -> String {
    crate::format::moment(lang, local_instant(at))
}

/// Where to go: the place with its address (or its town), an address in a town, or
/// "online".
pub fn place(lang: Lang, event: &Event) -> String {
    if event.online {
        return lang.t("mail-event-online");
    }
    let town = event.town.as_ref().map(|t| t.name.as_str()).unwrap_or("");
    let parts: Vec<&str> = match &event.place {
        Some(p) if !p.address.is_empty() => vec![&p.name, &p.address],
        Some(p) => vec![&p.name, town],
        None => vec![&event.address, town],
    };
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::EventKind;
    use crate::domain::{OrganisationRef, PlaceRef, TownRef};

    fn event(online: bool) -> Event {
        Event {
            id: 7,
            organisation: OrganisationRef {
                id: 1,
                name: "Asnæs Borgerforening".into(),
                email: String::new(),
                phone: String::new(),
                website: String::new(),
            },
            offer_id: None,
            place: (!online).then(|| PlaceRef {
                id: 3,
                name: "Kulturhus Aksen".into(),
                address: "Centervejen 91, 4550 Asnæs".into(),
            }),
            town: (!online).then(|| TownRef {
                id: 2,
                name: "Asnæs".into(),
            }),
            coordinate: None,
            online,
            address: String::new(),
            title: "Suppeaften".into(),
            description: String::new(),
            kind: EventKind::SpisSammen,
            life_arena: None,
            target_groups: vec![],
            age_min: 0,
            age_max: 120,
            start: "2026-12-08T18:00".parse().unwrap(),
            duration_minutes: 120,
            every_weeks: 0,
            occurrence_count: 0,
            price_dkk: 0,
            capacity: Some(10),
            signup_required: true,
            signup_closes_hours: 0,
            needs_contact: false,
            bring: "En skål".into(),
            accessibility: vec![],
            cancelled: false,
            exceptions: vec![],
            updated_at: 0,
        }
    }

    fn occurrence(e: &Event) -> Occurrence {
        e.occurrence(e.start.date()).unwrap()
    }

    const BASE: &str = "https://sammen.example";

    #[test]
    fn the_reminder_names_the_place_with_its_address_in_danish_and_english() {
        let e = event(false);
        let o = occurrence(&e);
        let da = write(Lang::Da, BASE, &e, &o, Kind::Reminder);
        assert_eq!(da.subject, "Husk i morgen: Suppeaften");
        assert!(
            da.body.contains(
                "\"Suppeaften\" er tirsdag 8. december kl. 18.00, Kulturhus Aksen, Centervejen 91, 4550 Asnæs."
            ),
            "{}",
            da.body
        );
        assert!(da.body.contains("Tag med: En skål"));
        let en = write(Lang::En, BASE, &e, &o, Kind::Reminder);
        assert_eq!(en.subject, "Remember tomorrow: Suppeaften");
        assert!(
            en.body.contains(
                "\"Suppeaften\" is Tuesday 8 December at 18:00, Kulturhus Aksen, Centervejen 91, 4550 Asnæs."
            ),
            "{}",
            en.body
        );
        assert!(en.body.contains("Bring: En skål"));
    }

    #[test]
    fn an_online_event_says_online_in_the_persons_language() {
        let e = event(true);
        let o = occurrence(&e);
        let da = write(Lang::Da, BASE, &e, &o, Kind::Reminder);
        assert!(
            da.body.contains("tirsdag 8. december kl. 18.00, online."),
            "{}",
            da.body
        );
        let en = write(Lang::En, BASE, &e, &o, Kind::Confirmed { token: "abc" });
        assert!(
            en.body
                .contains("signed up for \"Suppeaften\" Tuesday 8 December at 18:00, online."),
            "{}",
            en.body
        );
        assert!(!en.body.contains("Hej") && !en.body.contains("Online"));
    }

    #[test]
    fn sign_up_mails_link_to_the_private_page_in_the_same_language() {
        let e = event(false);
        let o = occurrence(&e);
        let da = write(Lang::Da, BASE, &e, &o, Kind::Confirmed { token: "t0k" });
        assert_eq!(da.subject, "Du er tilmeldt: Suppeaften");
        assert!(da.body.contains("https://sammen.example/tilmelding/t0k"));
        assert!(
            da.body
                .contains("Kulturhus Aksen, Centervejen 91, 4550 Asnæs")
        );
        let en = write(Lang::En, BASE, &e, &o, Kind::Waitlisted { token: "t0k" });
        assert_eq!(en.subject, "You are on the waiting list: Suppeaften");
        assert!(en.body.contains("https://sammen.example/en/tilmelding/t0k"));
        assert!(
            en.body
                .contains("Kulturhus Aksen, Centervejen 91, 4550 Asnæs")
        );
        let moved_up = write(Lang::En, BASE, &e, &o, Kind::Promoted);
        assert_eq!(moved_up.subject, "You have got a place: Suppeaften");
        assert!(
            moved_up
                .body
                .contains("https://sammen.example/en/arrangement/7?dato=2026-12-08")
        );
        assert!(moved_up.body.contains("Centervejen 91"));
    }

    #[test]
    fn the_organisers_mails_in_both_languages() {
        let e = event(false);
        let o = occurrence(&e);
        let message = write(
            Lang::Da,
            BASE,
            &e,
            &o,
            Kind::Message {
                text: "Husk skål."
            },
        );
        assert_eq!(message.subject, "Besked om Suppeaften");
        assert!(
            message.body.contains("Asnæs Borgerforening") && message.body.contains("Husk skål.")
        );
        let cancelled = write(Lang::En, BASE, &e, &o, Kind::Cancelled);
        assert_eq!(
            cancelled.subject,
            "Cancelled: Suppeaften Tuesday 8 December at 18:00"
        );
        let all = write(Lang::Da, BASE, &e, &o, Kind::CancelledAll);
        assert!(all.body.contains("alle datoer"));
        let to = "2026-12-09T17:30".parse().unwrap();
        let moved = write(Lang::Da, BASE, &e, &o, Kind::Moved { to });
        assert!(
            moved.body.contains(
                "tirsdag 8. december kl. 18.00 er flyttet til onsdag 9. december kl. 17.30"
            ),
            "{}",
            moved.body
        );
        let moved = write(Lang::En, BASE, &e, &o, Kind::Moved { to });
        assert!(
            moved
                .body
                .contains("moved to Wednesday 9 December at 17:30")
        );
    }

    #[test]
    fn a_place_without_address_names_its_town_and_a_bare_address_too() {
        let mut e = event(false);
        e.place.as_mut().unwrap().address.clear();
        assert_eq!(place(Lang::Da, &e), "Kulturhus Aksen, Asnæs");
        e.place = None;
        e.address = "Torvet 1".into();
        assert_eq!(place(Lang::En, &e), "Torvet 1, Asnæs");
    }
}
