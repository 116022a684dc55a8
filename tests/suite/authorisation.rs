//! Every route × every role, anonymous included, on both backends, tried on real objects.
//!
//! **What "allowed" means.** For every (route, role) the matrix allows, the request is made
//! the way a browser makes it and must *succeed*: a GET answers 200 (or the route's
//! documented answer, e.g. 404 JSON for an unknown `/api/…` path); a POST submits the real
//! form from the route's own GET page, with the same session — its form token and its
//! fields as the page fills them in, plus valid values where the form starts empty — and
//! must get what the handler gives on success (303, or 200 where it answers with a page).
//! A 400, a 404 or a sign-in redirect is a failure. Each `{id}` is a real object from the
//! demo or made through `Store` methods (the [`Fixture`]); a destructive POST (delete an
//! account, cancel an event, delete a pause…) gets a fresh object per run ([`Fresh`]).
//!
//! **Mailed links.** `/tilmelding/{token}`, `/henvendelse/{token}` and
//! `/bussen/klokke/{token}` use real tokens (from a sign-up, a request and a push
//! subscription made in the fixture). The account links (`/konto/bekraeft`,
//! `/konto/nulstil`, `/konto/invitation`) and the offer's "still correct" link
//! (`/bekraeft/{token}`) are tried with an invalid token: they are public, so every role
//! must get the Danish "link not valid" page (404 or 410), never 403 or a sign-in.
//!
//! **Denied:** anonymous visitors get the sign-in redirect (303 to `/login?next=…`) on
//! signed-in routes, signed-in people without the role 403 — a POST with a valid token.
//! **Other organisation:** a member of organisation A gets 403 on every member route with
//! B's ids, and an ambassador 403 on another ambassador's request. **No token:** every
//! POST, sent once by an allowed role without its form token, gets 403.
//!
//! The matrix is written by hand, independently of the route table's own rules — and the
//! test fails when the application has a route that the matrix does not list (or the
//! matrix lists a route that no longer exists).

use crate::common;
use crate::common::location;

use std::collections::BTreeSet;

use common::{TestApp, TestDb, form_token, make_account, raw_pool, session_for};
use reqwest::StatusCode;
use sammen::auth::Role;
use sammen::store::Store;
use sammen::store::audit::Actor;

both_backends!(every_route_answers_every_role_as_the_matrix_says);

/// Who may use a route: the roles allowed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Who {
    Everyone,
    SignedIn,
    /// Administrators and moderators.
    Moderators,
    /// Administrators and members of the organisation in the path.
    Members,
    /// Administrators, moderators and members of the offer's organisation.
    OfferKeepers,
    Administrators,
    /// Ambassadors (their own requests) and administrators (the coordinators).
    Ambassadors,
    /// The bus crew and administrators.
    Crew,
    /// Editors and administrators.
    Editors,
    /// Teachers of the school in the path (the fixture's teacher) and administrators.
    Teachers,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Person {
    Anonymous,
    NoRole,
    Administrator,
    Moderator,
    Member,
    Ambassador,
    BusCrew,
    Editor,
    /// A teacher of the fixture's school.
    Teacher,
}

const PEOPLE: [Person; 9] = [
    Person::Anonymous,
    Person::NoRole,
    Person::Administrator,
    Person::Moderator,
    Person::Member,
    Person::Ambassador,
    Person::BusCrew,
    Person::Editor,
    Person::Teacher,
];

fn allowed(who: Who, person: Person) -> bool {
    use Person::*;
    match who {
        Who::Everyone => true,
        Who::SignedIn => person != Anonymous,
        Who::Moderators => matches!(person, Administrator | Moderator),
        Who::Members => matches!(person, Administrator | Member),
        Who::OfferKeepers => matches!(person, Administrator | Moderator | Member),
        Who::Administrators => person == Administrator,
        Who::Ambassadors => matches!(person, Administrator | Ambassador),
        Who::Crew => matches!(person, Administrator | BusCrew),
        Who::Editors => matches!(person, Administrator | Editor),
        Who::Teachers => matches!(person, Administrator | Teacher),
    }
}

/// What a run makes first, so that a destructive request has something of its own to act
/// on; the made object's id (or token) replaces `{fresh}` in the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fresh {
    /// A new account with the person's roles and memberships, signed in (for the routes
    /// that end a session or delete the account).
    Account,
    /// An event of organisation A.
    Event,
    /// A sign-up to organisation A's event: its private token.
    Signup,
    Pause,
    Extra,
    /// A bus draft (copied from the published week when there is none): its first visit.
    DraftVisit,
    /// A suggested offer waiting for moderation.
    Pending,
    Report,
    /// A push subscription to the bell: its private token.
    Bell,
}

/// One request of a run.
#[derive(Debug, Clone)]
struct Call {
    post: bool,
    path: String,
    /// POST: the page whose form is submitted (the token comes from it).
    page: String,
    /// Fields set over the form's own (all values of a name are replaced).
    fields: Vec<(String, String)>,
    /// Submit the page's form (false: only take a token from the page; the fields are
    /// the given ones — for forms that script fills in, or a route without its own page).
    form: bool,
    /// Text that the wanted form contains, when the page has several for the same action.
    pick: Option<&'static str>,
    /// The answers that count as success.
    expect: &'static [u16],
    fresh: Option<Fresh>,
    /// multipart/form-data with a photo.
    upload: bool,
}

/// An address of this person's own for a form that mails it (each address may be mailed
/// only a few times an hour).
fn address(what: &str, p: Person) -> String {
    format!("{what}.{}@example.org", format!("{p:?}").to_lowercase())
}

impl Call {
    fn get(path: impl Into<String>) -> Call {
        Call {
            post: false,
            path: path.into(),
            page: String::new(),
            fields: Vec::new(),
            form: false,
            pick: None,
            expect: &[200],
            fresh: None,
            upload: false,
        }
    }

    /// A POST to `path` of the form on `page`.
    fn post(path: impl Into<String>, page: impl Into<String>) -> Call {
        Call {
            post: true,
            page: page.into(),
            form: true,
            expect: &[303],
            ..Call::get(path)
        }
    }

    fn with(mut self, fields: &[(&str, &str)]) -> Call {
        self.fields
            .extend(fields.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        self
    }

    fn token_only(mut self) -> Call {
        self.form = false;
        self
    }

    fn pick(mut self, text: &'static str) -> Call {
        self.pick = Some(text);
        self
    }

    fn expect(mut self, statuses: &'static [u16]) -> Call {
        self.expect = statuses;
        self
    }

    fn fresh(mut self, fresh: Fresh) -> Call {
        self.fresh = Some(fresh);
        self
    }

    fn upload(mut self) -> Call {
        self.upload = true;
        self
    }
}

/// The page with a form token for a person: the sign-in page for an anonymous visitor
/// (signed in, it redirects), the account page for everyone signed in.
fn home(p: Person) -> &'static str {
    if p == Person::Anonymous {
        "/login"
    } else {
        "/konto"
    }
}

/// The answer to a mailed link with an invalid token: the Danish "not valid" page.
const LINK_GONE: &[u16] = &[404, 410];
const BAD_TOKEN: &str = "abababababababababababababababababababababababababababababababab";
/// A real public key and auth secret of a browser's push subscription (RFC 8291's example).
const UA_PUBLIC: &str =
    "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
const UA_AUTH: &str = "BTBZMqHH6r4Tts7J_aSIgg";
/// A real 1×1 PNG.
const PNG: &str = "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c49444154789c636068700000014400c1116e973b0000000049454e44ae426082";
const PASSWORD: &str = "adgangskode123";
/// The guide's answers for a pensioner in Hørve (its results page has the "send" form).
const GUIDE_ANSWERS: &str = "alder=75&by=H%C3%B8rve&lide=spise&lide=snak&lide=natur&tid=hverdag&transport=bil&selskab=alene&trin=7";

type Make = fn(&Fixture, Person) -> Call;

/// An offer as a member or a citizen types it (a complete, valid form).
const OFFER: &[(&str, &str)] = &[
    ("navn", "Gåtur i Vig"),
    ("kort", "Vi går en tur sammen hver onsdag."),
    ("livsarena", "leisure"),
    ("maalgruppe", "voksne"),
    ("alder_fra", "18"),
    ("alder_til", "99"),
    ("pris", "free"),
    ("deltagelse", "show_up"),
    ("kanal", "in_person"),
    ("by", "Vig"),
    ("dage", "WE"),
    ("hver", "1"),
    ("fra", "10.00"),
    ("til", "11.30"),
];

/// A request to an ambassador, as a young person in Asnæs asks it.
const ASK: &[(&str, &str)] = &[
    ("slags", "talk"),
    ("hvem", "self"),
    ("om", "Jeg er ny på skolen og kender ingen."),
    ("alder", "13-17"),
    ("by", "Asnæs"),
    ("sprog", "da"),
    ("kontakt", "anonym"),
];

/// A ride asked for on a Monday a week ahead, to and from the choir, in Asnæs (the phone
/// number is each person's own: a number may be asked for only a few times an hour).
const RIDE: &[(&str, &str)] = &[
    ("hvortil", "Koret i Asnæs"),
    ("navn", "Else Kørsel"),
    ("adresse", "Storegade 1"),
    ("by", "Asnæs"),
    ("gentag", "en"),
    ("ud", "10.00"),
    ("hjem", "12.00"),
];

fn ride_phone(p: Person) -> String {
    format!("20 30 40 {:02}", p as usize)
}

const MATRIX: &[(&str, &str, Who, Make)] = &[
    ("GET", "/", Who::Everyone, |_, _| Call::get("/")),
    ("GET", "/kalender", Who::Everyone, |_, _| {
        Call::get("/kalender")
    }),
    ("GET", "/kalender.ics", Who::Everyone, |_, _| {
        Call::get("/kalender.ics")
    }),
    ("GET", "/kalender.rss", Who::Everyone, |_, _| {
        Call::get("/kalender.rss")
    }),
    ("GET", "/arrangement/{id}", Who::Everyone, |f, _| {
        Call::get(format!("/arrangement/{}", f.event_a))
    }),
    (
        "GET",
        "/arrangement/{id}/kalender.ics",
        Who::Everyone,
        |f, _| Call::get(format!("/arrangement/{}/kalender.ics", f.event_a)),
    ),
    (
        "POST",
        "/arrangement/{id}/tilmeld",
        Who::Everyone,
        |f, _| {
            let page = format!("/arrangement/{}", f.event_a);
            Call::post(format!("{page}/tilmeld"), page).with(&[
                ("navn", "Else Deltager"),
                ("antal", "1"),
                ("email", "else@example.org"),
            ])
        },
    ),
    ("GET", "/tilmelding/{token}", Who::Everyone, |f, _| {
        Call::get(format!("/tilmelding/{}", f.signup_token))
    }),
    ("POST", "/tilmelding/{token}", Who::Everyone, |_, _| {
        Call::post("/tilmelding/{fresh}", "/tilmelding/{fresh}").fresh(Fresh::Signup)
    }),
    (
        "GET",
        "/admin/organisation/{id}/arrangement/ny",
        Who::Members,
        |f, _| Call::get(format!("/admin/organisation/{}/arrangement/ny", f.org_a)),
    ),
    (
        "POST",
        "/admin/organisation/{id}/arrangement/ny",
        Who::Members,
        |f, _| {
            let page = format!("/admin/organisation/{}/arrangement/ny", f.org_a);
            Call::post(page.clone(), page).with(&[
                ("titel", "Strikkecafé"),
                ("by", "Asnæs"),
                ("dato", &f.next_week),
                ("fra", "10.00"),
                ("til", "12.00"),
            ])
        },
    ),
    ("GET", "/admin/arrangement/{id}", Who::Members, |f, _| {
        Call::get(format!("/admin/arrangement/{}", f.event_a))
    }),
    (
        "GET",
        "/admin/arrangement/{id}/rediger",
        Who::Members,
        |f, _| Call::get(format!("/admin/arrangement/{}/rediger", f.event_a)),
    ),
    (
        "POST",
        "/admin/arrangement/{id}/rediger",
        Who::Members,
        |f, _| {
            let page = format!("/admin/arrangement/{}/rediger", f.event_a);
            Call::post(page.clone(), page)
        },
    ),
    (
        "GET",
        "/admin/arrangement/{id}/deltagere.csv",
        Who::Members,
        |f, _| Call::get(format!("/admin/arrangement/{}/deltagere.csv", f.event_a)),
    ),
    (
        "POST",
        "/admin/arrangement/{id}/besked",
        Who::Members,
        |f, _| {
            let page = format!("/admin/arrangement/{}", f.event_a);
            Call::post(format!("{page}/besked"), page).with(&[("besked", "Husk en kop.")])
        },
    ),
    (
        "POST",
        "/admin/arrangement/{id}/aflys",
        Who::Members,
        |_, _| {
            Call::post(
                "/admin/arrangement/{fresh}/aflys",
                "/admin/arrangement/{fresh}",
            )
            .fresh(Fresh::Event)
        },
    ),
    (
        "POST",
        "/admin/arrangement/{id}/flyt",
        Who::Members,
        |f, _| {
            Call::post(
                "/admin/arrangement/{fresh}/flyt",
                "/admin/arrangement/{fresh}",
            )
            .with(&[
                ("ny_dato", &f.next_week),
                ("ny_fra", "11.00"),
                ("ny_til", "12.30"),
            ])
            .fresh(Fresh::Event)
        },
    ),
    ("GET", "/bussen", Who::Everyone, |_, _| Call::get("/bussen")),
    ("GET", "/bussen/stop/{id}", Who::Everyone, |f, _| {
        Call::get(format!("/bussen/stop/{}", f.stop))
    }),
    ("GET", "/bussen/stop/{id}/rejse", Who::Everyone, |f, _| {
        Call::get(format!("/bussen/stop/{}/rejse?fra=Asn%C3%A6s", f.stop))
    }),
    ("GET", "/side/{slug}", Who::Everyone, |_, _| {
        Call::get("/side/om-ensomhed")
    }),
    ("GET", "/plakat/arrangement/{id}", Who::Everyone, |f, _| {
        Call::get(format!("/plakat/arrangement/{}", f.event_a))
    }),
    ("GET", "/plakat/bussen/stop/{id}", Who::Everyone, |f, _| {
        Call::get(format!("/plakat/bussen/stop/{}", f.stop))
    }),
    ("GET", "/fortael", Who::Everyone, |_, _| {
        Call::get("/fortael")
    }),
    ("GET", "/kampagner", Who::Everyone, |_, _| {
        Call::get("/kampagner")
    }),
    ("GET", "/kampagne/{slug}", Who::Everyone, |_, _| {
        Call::get("/kampagne/odsherred-spiser-sammen")
    }),
    ("GET", "/plakat/kampagne/{slug}", Who::Everyone, |_, _| {
        Call::get("/plakat/kampagne/odsherred-spiser-sammen")
    }),
    ("GET", "/admin/kampagner", Who::Editors, |_, _| {
        Call::get("/admin/kampagner")
    }),
    ("GET", "/admin/kampagner/ny", Who::Editors, |_, _| {
        Call::get("/admin/kampagner/ny")
    }),
    ("POST", "/admin/kampagner/ny", Who::Editors, |f, p| {
        let slug = format!("kampagne-{}", format!("{p:?}").to_lowercase());
        Call::post("/admin/kampagner/ny", "/admin/kampagner/ny").with(&[
            ("adresse", &slug),
            ("titel", "En kampagne"),
            ("budskab", "Kort budskab."),
            ("vaerter", "Inviter en nabo."),
            ("fra", &f.next_week),
            ("til", &f.next_week),
        ])
    }),
    ("GET", "/admin/kampagne/{id}", Who::Editors, |f, _| {
        Call::get(format!("/admin/kampagne/{}", f.campaign))
    }),
    ("POST", "/admin/kampagne/{id}", Who::Editors, |f, _| {
        let page = format!("/admin/kampagne/{}", f.campaign);
        Call::post(page.clone(), page)
    }),
    (
        "POST",
        "/admin/kampagne/{id}/arrangement/{event}",
        Who::Editors,
        |f, _| {
            let page = format!("/admin/kampagne/{}", f.campaign);
            Call::post(
                format!(
                    "/admin/kampagne/{}/arrangement/{}",
                    f.campaign, f.campaign_event
                ),
                page,
            )
            .token_only()
            .with(&[("handling", "accepter")])
        },
    ),
    ("POST", "/fortael", Who::Everyone, |_, p| {
        let body = format!("En fortælling om at finde nogen at være sammen med, fra {p:?}.");
        Call::post("/fortael", "/fortael").with(&[("historie", &body), ("samtykke", "ja")])
    }),
    ("GET", "/fortaellinger", Who::Everyone, |_, _| {
        Call::get("/fortaellinger")
    }),
    ("GET", "/fortaelling/{token}", Who::Everyone, |_, _| {
        Call::get(format!("/fortaelling/{BAD_TOKEN}")).expect(&[404])
    }),
    ("POST", "/fortaelling/{token}", Who::Everyone, |_, _| {
        Call::post(format!("/fortaelling/{BAD_TOKEN}"), "/fortael")
            .token_only()
            .with(&[("handling", "traek-tilbage")])
            .expect(&[404])
    }),
    ("GET", "/admin/skoler", Who::Teachers, |_, _| {
        Call::get("/admin/skoler")
    }),
    ("POST", "/admin/skoler", Who::Administrators, |f, p| {
        let name = format!("Skole {p:?}");
        Call::post("/admin/skoler", "/admin/skoler")
            .with(&[("navn", &name), ("by", &f.town.to_string())])
    }),
    ("GET", "/admin/skole/{id}", Who::Teachers, |f, _| {
        Call::get(format!("/admin/skole/{}", f.school))
    }),
    ("POST", "/admin/skole/{id}", Who::Administrators, |f, _| {
        let page = format!("/admin/skole/{}", f.school);
        Call::post(page.clone(), page)
            .pick("name=\"klassetrin\"")
            .with(&[("klassetrin", "9"), ("bogstav", "x")])
    }),
    ("GET", "/admin/klasse/{id}/puls", Who::Teachers, |f, _| {
        Call::get(format!("/admin/klasse/{}/puls", f.class))
    }),
    ("POST", "/admin/klasse/{id}/puls", Who::Teachers, |f, _| {
        let page = format!("/admin/klasse/{}/puls", f.class);
        Call::post(page.clone(), page)
    }),
    (
        "GET",
        "/admin/klasse/{id}/puls.csv",
        Who::Teachers,
        |f, _| Call::get(format!("/admin/klasse/{}/puls.csv", f.class)),
    ),
    (
        "GET",
        "/admin/klasse/{id}/puls.json",
        Who::Teachers,
        |f, _| Call::get(format!("/admin/klasse/{}/puls.json", f.class)),
    ),
    ("GET", "/skoleskift", Who::Everyone, |f, _| {
        Call::get(format!("/skoleskift?vej=7-klasse&skole={}", f.school))
    }),
    ("GET", "/skole/{id}", Who::Everyone, |f, _| {
        Call::get(format!("/skole/{}", f.school))
    }),
    (
        "GET",
        "/admin/skole/{id}/skoleskift",
        Who::Teachers,
        |f, _| Call::get(format!("/admin/skole/{}/skoleskift", f.school)),
    ),
    (
        "POST",
        "/admin/skole/{id}/skoleskift",
        Who::Teachers,
        |f, _| {
            let page = format!("/admin/skole/{}/skoleskift", f.school);
            Call::post(page.clone(), page)
                .pick("name=\"makkerordning\"")
                .with(&[("makkerordning", "Alle nye får en makker.")])
        },
    ),
    ("GET", "/puls", Who::Everyone, |_, _| Call::get("/puls")),
    ("POST", "/puls", Who::Everyone, |f, _| {
        Call::post("/puls", "/puls").with(&[
            ("kode", &f.pulse_code),
            ("mangler", "1"),
            ("udenfor", "2"),
            ("alene", "1"),
            ("frikvarter", "ja"),
        ])
    }),
    ("GET", "/puls/tak", Who::Everyone, |_, _| {
        Call::get("/puls/tak")
    }),
    (
        "GET",
        "/admin/skole/{id}/foreningsdage",
        Who::Teachers,
        |f, _| Call::get(format!("/admin/skole/{}/foreningsdage", f.school)),
    ),
    (
        "POST",
        "/admin/skole/{id}/foreningsdage",
        Who::Teachers,
        |f, p| {
            let page = format!("/admin/skole/{}/foreningsdage", f.school);
            Call::post(page.clone(), page).with(&[
                ("titel", &format!("Foreningsdag {p:?}")),
                ("dato", &f.next_week),
                ("tidsrum", "9.00-9.45"),
                ("lokaler", "Salen"),
                ("klasser", &f.class.to_string()),
            ])
        },
    ),
    ("GET", "/admin/foreningsdag/{id}", Who::Teachers, |f, _| {
        Call::get(format!("/admin/foreningsdag/{}", f.day))
    }),
    ("POST", "/admin/foreningsdag/{id}", Who::Teachers, |f, _| {
        let page = format!("/admin/foreningsdag/{}", f.day);
        Call::post(page.clone(), page).pick("value=\"send\"")
    }),
    (
        "GET",
        "/admin/foreningsdag/{id}/ansoegning/{activity}",
        Who::Teachers,
        |f, _| {
            Call::get(format!(
                "/admin/foreningsdag/{}/ansoegning/{}",
                f.day, f.day_activity
            ))
        },
    ),
    (
        "POST",
        "/admin/foreningsdag/{id}/ansoegning/{activity}",
        Who::Teachers,
        |f, _| {
            let page = format!(
                "/admin/foreningsdag/{}/ansoegning/{}",
                f.day, f.day_activity
            );
            Call::post(page.clone(), page)
        },
    ),
    (
        "GET",
        "/admin/foreningsdag/{id}/plan",
        Who::Teachers,
        |f, _| Call::get(format!("/admin/foreningsdag/{}/plan", f.day)),
    ),
    ("GET", "/admin/foreningsdage", Who::Members, |_, _| {
        Call::get("/admin/foreningsdage")
    }),
    (
        "GET",
        "/admin/foreningsdag/{day}/ansoeg",
        Who::Members,
        |f, _| Call::get(format!("/admin/foreningsdag/{}/ansoeg", f.day)),
    ),
    (
        "POST",
        "/admin/foreningsdag/{day}/ansoeg",
        Who::Members,
        |f, p| {
            let page = format!("/admin/foreningsdag/{}/ansoeg", f.day);
            Call::post(page.clone(), page).with(&[
                ("titel", &format!("Prøv noget {p:?}")),
                ("slags", "proev"),
                ("pladser", "10"),
            ])
        },
    ),
    ("GET", "/foreningsdag", Who::Everyone, |_, _| {
        Call::get("/foreningsdag")
    }),
    ("POST", "/foreningsdag", Who::Everyone, |f, _| {
        Call::post("/foreningsdag", "/foreningsdag")
            .with(&[("kode", &f.day_code)])
            .expect(&[200])
    }),
    (
        "GET",
        "/foreningsdag/kort/{token}",
        Who::Everyone,
        |_, _| Call::get(format!("/foreningsdag/kort/{BAD_TOKEN}")).expect(&[404]),
    ),
    ("GET", "/admin/unge", Who::Moderators, |_, _| {
        Call::get("/admin/unge")
    }),
    ("GET", "/admin/tilbud/{id}/unge", Who::Moderators, |f, _| {
        Call::get(format!("/admin/tilbud/{}/unge", f.offer_a))
    }),
    (
        "POST",
        "/admin/tilbud/{id}/unge",
        Who::Moderators,
        |f, _| {
            let page = format!("/admin/tilbud/{}/unge", f.offer_a);
            Call::post(page.clone(), page)
        },
    ),
    ("GET", "/unge/start-en-gruppe", Who::Everyone, |_, _| {
        Call::get("/unge/start-en-gruppe")
    }),
    ("POST", "/unge/start-en-gruppe", Who::Everyone, |_, p| {
        let adult = address("voksen", p);
        Call::post("/unge/start-en-gruppe", "/unge/start-en-gruppe").with(&[
            ("navn", "Spilaften"),
            ("hvad", "Vi spiller brætspil."),
            ("dag", "FR"),
            ("fra", "18"),
            ("til", "21"),
            ("by", "online"),
            ("fornavn", "Ali"),
            ("alder", "16"),
            ("email", "ung@example.org"),
            ("voksen_navn", "Hanne Jensen"),
            ("voksen_email", &adult),
            ("voksen_telefon", "12 34 56 78"),
        ])
    }),
    ("GET", "/admin/unges-stemme", Who::Editors, |_, _| {
        Call::get("/admin/unges-stemme")
    }),
    ("POST", "/admin/unges-stemme", Who::Editors, |_, p| {
        let question = format!("Spørgsmål fra {p:?}");
        Call::post("/admin/unges-stemme", "/admin/unges-stemme")
            .with(&[("sporgsmaal", &question), ("aaben", "ja")])
    }),
    ("GET", "/admin/unges-stemme/{id}", Who::Editors, |f, _| {
        Call::get(format!("/admin/unges-stemme/{}", f.question))
    }),
    ("POST", "/admin/unges-stemme/{id}", Who::Editors, |f, _| {
        let page = format!("/admin/unges-stemme/{}", f.question);
        Call::post(page.clone(), page).pick("name=\"sporgsmaal\"")
    }),
    ("GET", "/unges-stemme", Who::Everyone, |_, _| {
        Call::get("/unges-stemme")
    }),
    ("POST", "/unges-stemme", Who::Everyone, |f, p| {
        let answer = format!("Et sted at være om aftenen, siger {p:?}.");
        Call::post("/unges-stemme", "/unges-stemme")
            .with(&[("sporgsmaal", &f.question.to_string()), ("svar", &answer)])
    }),
    ("GET", "/unges-stemme/tak", Who::Everyone, |_, _| {
        Call::get("/unges-stemme/tak")
    }),
    ("GET", "/unge/start-en-gruppe/tak", Who::Everyone, |_, _| {
        Call::get("/unge/start-en-gruppe/tak")
    }),
    ("GET", "/unge/stoet/{token}", Who::Everyone, |_, _| {
        Call::get(format!("/unge/stoet/{BAD_TOKEN}")).expect(&[404])
    }),
    ("POST", "/unge/stoet/{token}", Who::Everyone, |_, _| {
        Call::post(format!("/unge/stoet/{BAD_TOKEN}"), "/unge/start-en-gruppe")
            .token_only()
            .with(&[("handling", "stoet")])
            .expect(&[404])
    }),
    ("GET", "/admin/fortaellinger", Who::Editors, |_, _| {
        Call::get("/admin/fortaellinger")
    }),
    ("GET", "/admin/fortaelling/{id}", Who::Editors, |f, _| {
        Call::get(format!("/admin/fortaelling/{}", f.story))
    }),
    ("POST", "/admin/fortaelling/{id}", Who::Editors, |f, _| {
        let page = format!("/admin/fortaelling/{}", f.story);
        Call::post(page.clone(), page).with(&[("handling", "udgiv")])
    }),
    ("GET", "/admin/sider", Who::Editors, |_, _| {
        Call::get("/admin/sider")
    }),
    ("GET", "/admin/sider/ny", Who::Editors, |_, _| {
        Call::get("/admin/sider/ny")
    }),
    ("POST", "/admin/sider/ny", Who::Editors, |_, p| {
        let slug = format!("side-{}", format!("{p:?}").to_lowercase());
        Call::post("/admin/sider/ny", "/admin/sider/ny").with(&[
            ("adresse", &slug),
            ("titel", "En side"),
            ("tekst", "Kort tekst."),
        ])
    }),
    ("GET", "/admin/sider/{id}", Who::Editors, |f, _| {
        Call::get(format!("/admin/sider/{}", f.page))
    }),
    ("POST", "/admin/sider/{id}", Who::Editors, |f, _| {
        let page = format!("/admin/sider/{}", f.page);
        Call::post(page.clone(), page)
            .pick("name=\"titel\"")
            .with(&[("handling", "gem")])
    }),
    ("POST", "/admin/sider/{id}/gendan", Who::Editors, |f, _| {
        let page = format!("/admin/sider/{}", f.page);
        Call::post(format!("{page}/gendan"), page)
            .token_only()
            .with(&[("version", &f.page_version.to_string())])
    }),
    (
        "GET",
        "/bussen/stop/{id}/kalender.ics",
        Who::Everyone,
        |f, _| Call::get(format!("/bussen/stop/{}/kalender.ics", f.stop)),
    ),
    ("GET", "/bussen/gtfs.zip", Who::Everyone, |_, _| {
        Call::get("/bussen/gtfs.zip")
    }),
    ("GET", "/bussen/nu", Who::Everyone, |_, _| {
        Call::get("/bussen/nu")
    }),
    ("GET", "/bussen/kort", Who::Everyone, |_, _| {
        Call::get("/bussen/kort")
    }),
    (
        "GET",
        "/bussen/gtfs-rt/vehicle-positions",
        Who::Everyone,
        |_, _| Call::get("/bussen/gtfs-rt/vehicle-positions"),
    ),
    ("GET", "/bussen/tur", Who::Crew, |_, _| {
        Call::get("/bussen/tur")
    }),
    ("GET", "/admin/bussen", Who::Crew, |_, _| {
        Call::get("/admin/bussen")
    }),
    ("POST", "/admin/bussen/forslag", Who::Crew, |_, _| {
        Call::post("/admin/bussen/forslag", "/admin/bussen")
    }),
    ("POST", "/admin/bussen/kladde", Who::Crew, |_, _| {
        Call::post("/admin/bussen/kladde", "/admin/bussen")
    }),
    ("POST", "/admin/bussen/besoeg/{id}", Who::Crew, |_, _| {
        Call::post("/admin/bussen/besoeg/{fresh}", "/admin/bussen").fresh(Fresh::DraftVisit)
    }),
    ("POST", "/admin/bussen/udgiv", Who::Crew, |_, _| {
        Call::post("/admin/bussen/udgiv", "/admin/bussen").fresh(Fresh::DraftVisit)
    }),
    ("POST", "/admin/bussen/kasser", Who::Crew, |_, _| {
        Call::post("/admin/bussen/kasser", "/admin/bussen").fresh(Fresh::DraftVisit)
    }),
    ("POST", "/admin/bussen/ekstra", Who::Crew, |f, _| {
        Call::post("/admin/bussen/ekstra", "/admin/bussen").with(&[
            ("stop", &f.stop.to_string()),
            ("dato", &f.next_week),
            ("ankomst", "10.00"),
            ("ophold", "30"),
        ])
    }),
    ("GET", "/admin/bussen/stop/{id}", Who::Crew, |f, _| {
        Call::get(format!("/admin/bussen/stop/{}", f.stop))
    }),
    ("POST", "/admin/bussen/stop/{id}", Who::Crew, |f, _| {
        let page = format!("/admin/bussen/stop/{}", f.stop);
        Call::post(page.clone(), page)
    }),
    ("GET", "/admin/bussen/indstillinger", Who::Crew, |_, _| {
        Call::get("/admin/bussen/indstillinger")
    }),
    ("POST", "/admin/bussen/indstillinger", Who::Crew, |_, _| {
        Call::post("/admin/bussen/indstillinger", "/admin/bussen/indstillinger")
    }),
    ("GET", "/admin/bussen/stop/ny", Who::Crew, |_, _| {
        Call::get("/admin/bussen/stop/ny")
    }),
    ("POST", "/admin/bussen/stop/ny", Who::Crew, |_, _| {
        Call::post("/admin/bussen/stop/ny", "/admin/bussen/stop/ny").with(&[
            ("navn", "Torvet"),
            ("by", "Asnæs"),
            ("bredde", "55.8130"),
            ("laengde", "11.5010"),
        ])
    }),
    ("GET", "/admin/bussen/stop/{id}/sted", Who::Crew, |f, _| {
        Call::get(format!("/admin/bussen/stop/{}/sted", f.stop))
    }),
    ("POST", "/admin/bussen/stop/{id}/sted", Who::Crew, |f, _| {
        let page = format!("/admin/bussen/stop/{}/sted", f.stop);
        Call::post(page.clone(), page)
    }),
    ("GET", "/admin/bussen/pauser", Who::Crew, |_, _| {
        Call::get("/admin/bussen/pauser")
    }),
    ("POST", "/admin/bussen/pauser", Who::Crew, |_, _| {
        Call::post("/admin/bussen/pauser", "/admin/bussen/pauser").with(&[
            ("fra", "1.7"),
            ("til", "21.7"),
            ("grund", "Sommerferie"),
        ])
    }),
    (
        "POST",
        "/admin/bussen/pauser/{id}/slet",
        Who::Crew,
        |_, _| {
            Call::post("/admin/bussen/pauser/{fresh}/slet", "/admin/bussen/pauser")
                .fresh(Fresh::Pause)
        },
    ),
    (
        "POST",
        "/admin/bussen/ekstra/{id}/slet",
        Who::Crew,
        |_, _| Call::post("/admin/bussen/ekstra/{fresh}/slet", "/admin/bussen").fresh(Fresh::Extra),
    ),
    ("POST", "/bussen/tur/position", Who::Crew, |_, _| {
        Call::post("/bussen/tur/position", "/bussen/tur")
            .with(&[("lat", "55.8"), ("lon", "11.5"), ("accuracy", "8")])
            .expect(&[200])
    }),
    ("POST", "/bussen/tur/markering", Who::Crew, |_, _| {
        Call::post("/bussen/tur/markering", "/bussen/tur")
    }),
    ("POST", "/bussen/tur/besoegende", Who::Crew, |_, _| {
        Call::post("/bussen/tur/besoegende", "/bussen/tur").with(&[("antal", "12")])
    }),
    ("POST", "/bussen/stop/{id}/klokke", Who::Everyone, |f, p| {
        let page = format!("/bussen/stop/{}", f.stop);
        Call::post(format!("{page}/klokke"), page)
            .with(&[("email", &address("klokke", p)), ("varsel", "10")])
            .expect(&[200])
    }),
    ("POST", "/bussen/stop/{id}/push", Who::Everyone, |f, _| {
        // The page's script fills in the browser's subscription.
        let page = format!("/bussen/stop/{}", f.stop);
        Call::post(format!("{page}/push"), page)
            .token_only()
            .with(&[
                ("endpoint", "http://127.0.0.1:9/abonnement/1"),
                ("p256dh", UA_PUBLIC),
                ("auth", UA_AUTH),
                ("varsel", "10"),
            ])
            .expect(&[200])
    }),
    ("GET", "/bussen/push-sw.js", Who::Everyone, |_, _| {
        Call::get("/bussen/push-sw.js")
    }),
    ("GET", "/bussen/klokke/{token}", Who::Everyone, |f, _| {
        Call::get(format!("/bussen/klokke/{}", f.bell_token))
    }),
    ("POST", "/bussen/klokke/{token}", Who::Everyone, |_, _| {
        Call::post("/bussen/klokke/{fresh}", "/bussen/klokke/{fresh}")
            .pick("value=\"afmeld\"")
            .with(&[("handling", "afmeld")])
            .expect(&[200])
            .fresh(Fresh::Bell)
    }),
    ("GET", "/ambassadorer", Who::Everyone, |_, _| {
        Call::get("/ambassadorer")
    }),
    ("GET", "/om-ensomhed", Who::Everyone, |_, _| {
        Call::get("/om-ensomhed")
    }),
    ("GET", "/privatliv", Who::Everyone, |_, _| {
        Call::get("/privatliv")
    }),
    ("GET", "/tilgaengelighed", Who::Everyone, |_, _| {
        Call::get("/tilgaengelighed")
    }),
    ("GET", "/vejviser", Who::Everyone, |_, _| {
        Call::get("/vejviser")
    }),
    (
        "GET",
        "/vejviser/livsarena/{arena}",
        Who::Everyone,
        |_, _| Call::get("/vejviser/livsarena/fritid"),
    ),
    (
        "GET",
        "/vejviser/maalgruppe/{group}",
        Who::Everyone,
        |_, _| Call::get("/vejviser/maalgruppe/%C3%A6ldre"),
    ),
    ("GET", "/vejviser/by/{town}", Who::Everyone, |_, _| {
        Call::get("/vejviser/by/asnaes")
    }),
    ("GET", "/vejviser/print", Who::Everyone, |_, _| {
        Call::get("/vejviser/print")
    }),
    ("GET", "/vejviser/kort", Who::Everyone, |_, _| {
        Call::get("/vejviser/kort")
    }),
    ("GET", "/tilbud/{id}", Who::Everyone, |f, _| {
        Call::get(format!("/tilbud/{}", f.offer_a))
    }),
    ("GET", "/tilbud/{id}/rejse", Who::Everyone, |f, _| {
        Call::get(format!("/tilbud/{}/rejse?fra=H%C3%B8rve", f.offer_a))
    }),
    ("GET", "/arrangement/{id}/rejse", Who::Everyone, |f, _| {
        Call::get(format!("/arrangement/{}/rejse?fra=H%C3%B8rve", f.event_a))
    }),
    ("POST", "/tilbud/{id}", Who::Everyone, |f, _| {
        let page = format!("/tilbud/{}", f.offer_a);
        Call::post(page.clone(), page).with(&[("besked", "De mødes nu om onsdagen.")])
    }),
    ("GET", "/hvordan-har-du-det", Who::Everyone, |_, _| {
        Call::get("/hvordan-har-du-det")
    }),
    ("POST", "/hvordan-har-du-det", Who::Everyone, |_, _| {
        Call::post("/hvordan-har-du-det", "/hvordan-har-du-det")
            .with(&[("q1", "3"), ("q2", "2"), ("q3", "3"), ("alder", "65-79")])
            .expect(&[200])
    }),
    ("GET", "/find-dit-faellesskab", Who::Everyone, |_, _| {
        Call::get("/find-dit-faellesskab")
    }),
    ("GET", "/ambassadorer/{id}", Who::Everyone, |f, _| {
        Call::get(format!("/ambassadorer/{}", f.ambassador))
    }),
    ("GET", "/ambassadorer/{id}/bevis", Who::Everyone, |f, _| {
        Call::get(format!("/ambassadorer/{}/bevis", f.ambassador))
    }),
    ("GET", "/admin/ambassadorer", Who::Administrators, |_, _| {
        Call::get("/admin/ambassadorer")
    }),
    (
        "GET",
        "/admin/ambassador/ny",
        Who::Administrators,
        |_, _| Call::get("/admin/ambassador/ny"),
    ),
    (
        "POST",
        "/admin/ambassador/ny",
        Who::Administrators,
        |_, _| {
            Call::post("/admin/ambassador/ny", "/admin/ambassador/ny").with(&[
                ("fornavn", "Rasmus"),
                ("om", "Jeg er fodboldtræner og lytter gerne."),
                ("traeffes", "Tirsdage efter kl. 16"),
                ("maalgruppe", "unge"),
                ("sted", "forening"),
                ("by", "Højby"),
                ("sprog", "da"),
                ("vis", "ja"),
            ])
        },
    ),
    (
        "GET",
        "/admin/ambassador/{id}",
        Who::Administrators,
        |f, _| Call::get(format!("/admin/ambassador/{}", f.ambassador)),
    ),
    (
        "POST",
        "/admin/ambassador/{id}",
        Who::Administrators,
        |f, _| {
            let page = format!("/admin/ambassador/{}", f.ambassador);
            Call::post(page.clone(), page)
        },
    ),
    (
        "POST",
        "/admin/ambassador/{id}/uddannelse",
        Who::Administrators,
        |f, _| {
            let page = format!("/admin/ambassador/{}", f.ambassador);
            Call::post(format!("{page}/uddannelse"), page)
                .with(&[("modul", &f.module.to_string()), ("dato", "2026-10-01")])
        },
    ),
    (
        "GET",
        "/admin/uddannelse/ny",
        Who::Administrators,
        |_, _| Call::get("/admin/uddannelse/ny"),
    ),
    (
        "POST",
        "/admin/uddannelse/ny",
        Who::Administrators,
        |_, _| {
            Call::post("/admin/uddannelse/ny", "/admin/uddannelse/ny")
                .with(&[("titel", "Sorg og tab"), ("minutter", "120")])
        },
    ),
    (
        "POST",
        "/admin/ambassador/{id}/foto",
        Who::Administrators,
        |f, _| {
            let page = format!("/admin/ambassador/{}", f.ambassador);
            Call::post(format!("{page}/foto"), page).upload()
        },
    ),
    ("GET", "/ambassadorer/{id}/foto", Who::Everyone, |f, _| {
        Call::get(format!("/ambassadorer/{}/foto", f.ambassador))
    }),
    (
        "POST",
        "/konto/ambassador/foto",
        Who::Ambassadors,
        |_, p| {
            if p == Person::Administrator {
                // A coordinator without a profile of their own is told so (the page has no form).
                Call::post("/konto/ambassador/foto", "/konto")
                    .upload()
                    .token_only()
                    .expect(&[200])
            } else {
                Call::post("/konto/ambassador/foto", "/konto/ambassador").upload()
            }
        },
    ),
    ("GET", "/konto/ambassador", Who::Ambassadors, |_, _| {
        Call::get("/konto/ambassador")
    }),
    ("POST", "/konto/ambassador", Who::Ambassadors, |_, p| {
        if p == Person::Administrator {
            Call::post("/konto/ambassador", "/konto")
                .token_only()
                .expect(&[200])
        } else {
            Call::post("/konto/ambassador", "/konto/ambassador")
        }
    }),
    ("GET", "/ambassadorer/tal-med", Who::Everyone, |_, _| {
        Call::get("/ambassadorer/tal-med")
    }),
    ("POST", "/ambassadorer/tal-med", Who::Everyone, |_, _| {
        Call::post("/ambassadorer/tal-med", "/ambassadorer/tal-med").with(ASK)
    }),
    ("GET", "/henvendelse/{token}", Who::Everyone, |f, _| {
        Call::get(format!("/henvendelse/{}", f.request_token))
    }),
    ("POST", "/henvendelse/{token}", Who::Everyone, |f, _| {
        let page = format!("/henvendelse/{}", f.request_token);
        Call::post(page.clone(), page).with(&[("svar", "Tak, det lyder godt.")])
    }),
    ("GET", "/admin/henvendelser", Who::Ambassadors, |_, _| {
        Call::get("/admin/henvendelser")
    }),
    (
        "GET",
        "/admin/henvendelse/{id}",
        Who::Ambassadors,
        |f, _| Call::get(format!("/admin/henvendelse/{}", f.request_own)),
    ),
    (
        "POST",
        "/admin/henvendelse/{id}",
        Who::Ambassadors,
        |f, _| {
            let page = format!("/admin/henvendelse/{}", f.request_own);
            Call::post(page.clone(), page)
                .pick("value=\"note\"")
                .with(&[
                    ("handling", "note"),
                    ("tekst", "Ringede, hun vil gerne mødes."),
                ])
        },
    ),
    (
        "POST",
        "/find-dit-faellesskab/send",
        Who::Everyone,
        |_, p| {
            Call::post(
                "/find-dit-faellesskab/send",
                format!("/find-dit-faellesskab?{GUIDE_ANSWERS}"),
            )
            .with(&[("email", &address("listen", p))])
            .expect(&[200])
        },
    ),
    ("GET", "/robots.txt", Who::Everyone, |_, _| {
        Call::get("/robots.txt")
    }),
    ("GET", "/healthz", Who::Everyone, |_, _| {
        Call::get("/healthz")
    }),
    // Operators' endpoints: this server has no SAMMEN_OPS_TOKEN, so on the public listener
    // they are the ordinary 404 for everyone, signed in or not (the token and the
    // operators' listener are tried in tests/suite/hardening.rs).
    ("GET", "/readyz", Who::Everyone, |_, _| {
        Call::get("/readyz").expect(&[404])
    }),
    ("GET", "/metrics", Who::Everyone, |_, _| {
        Call::get("/metrics").expect(&[404])
    }),
    ("GET", "/static/{file}", Who::Everyone, |f, _| {
        Call::get(format!("/static/{}", f.css))
    }),
    ("GET", "/api/openapi.json", Who::Everyone, |_, _| {
        Call::get("/api/openapi.json")
    }),
    ("GET", "/api/municipality", Who::Everyone, |_, _| {
        Call::get("/api/municipality")
    }),
    ("GET", "/api/v1/offers", Who::Everyone, |_, _| {
        Call::get("/api/v1/offers")
    }),
    ("GET", "/api/v1/offers/{id}", Who::Everyone, |f, _| {
        Call::get(format!("/api/v1/offers/{}", f.offer_a))
    }),
    // The API's answer to a path it does not have: a JSON 404.
    ("GET", "/api/{*rest}", Who::Everyone, |_, _| {
        Call::get("/api/ukendt").expect(&[404])
    }),
    ("GET", "/organisation/{id}", Who::Everyone, |f, _| {
        Call::get(format!("/organisation/{}", f.org_a))
    }),
    ("GET", "/foreslaa-tilbud", Who::Everyone, |_, _| {
        Call::get("/foreslaa-tilbud")
    }),
    ("POST", "/foreslaa-tilbud", Who::Everyone, |_, _| {
        Call::post("/foreslaa-tilbud", "/foreslaa-tilbud")
            .with(OFFER)
            .with(&[
                ("organisation", "Vig Vandrelaug"),
                ("kontakt", "ane@example.org"),
            ])
    }),
    ("GET", "/foreslaa-tilbud/tak", Who::Everyone, |_, _| {
        Call::get("/foreslaa-tilbud/tak")
    }),
    ("GET", "/login", Who::Everyone, |_, p| {
        // Signed in, the sign-in page sends one on.
        let call = Call::get("/login");
        if p == Person::Anonymous {
            call
        } else {
            call.expect(&[303])
        }
    }),
    ("POST", "/login", Who::Everyone, |f, p| {
        let call = Call::post("/login", home(p))
            .with(&[("email", f.login_email), ("adgangskode", PASSWORD)]);
        if p == Person::Anonymous {
            call
        } else {
            call.token_only()
        }
    }),
    // No identity provider is set in the fixture: the start is "not found" and a callback
    // without a state is refused (tests/suite/oidc.rs signs in through a real one).
    ("GET", "/login/oidc", Who::Everyone, |_, _| {
        Call::get("/login/oidc").expect(&[404])
    }),
    ("GET", "/login/oidc/callback", Who::Everyone, |_, _| {
        Call::get("/login/oidc/callback?code=x").expect(&[400])
    }),
    (
        "GET",
        "/admin/login-udbyder",
        Who::Administrators,
        |_, _| Call::get("/admin/login-udbyder"),
    ),
    (
        "POST",
        "/admin/login-udbyder",
        Who::Administrators,
        |_, _| {
            // Saved switched off, so the anonymous start above stays "not found" and no
            // request leaves this machine.
            Call::post("/admin/login-udbyder", "/admin/login-udbyder").with(&[
                ("udsteder", "https://login.odsherred.example/realms/ansatte"),
                ("klient", "sammen"),
                ("hemmelighed", "/etc/sammen/oidc-hemmelighed"),
                ("aktiv", ""),
            ])
        },
    ),
    ("GET", "/konto/ny", Who::Everyone, |_, _| {
        Call::get("/konto/ny")
    }),
    ("POST", "/konto/ny", Who::Everyone, |_, p| {
        Call::post("/konto/ny", "/konto/ny").with(&[
            ("navn", "Ny Bruger"),
            ("email", &address("ny.bruger", p)),
            ("ny", "en lang adgangskode"),
            ("gentag", "en lang adgangskode"),
        ])
    }),
    ("GET", "/konto/ny/sendt", Who::Everyone, |_, _| {
        Call::get("/konto/ny/sendt")
    }),
    ("GET", "/konto/bekraeft/{token}", Who::Everyone, |_, _| {
        Call::get(format!("/konto/bekraeft/{BAD_TOKEN}")).expect(LINK_GONE)
    }),
    ("POST", "/konto/bekraeft/{token}", Who::Everyone, |_, p| {
        Call::post(format!("/konto/bekraeft/{BAD_TOKEN}"), home(p))
            .token_only()
            .expect(LINK_GONE)
    }),
    ("GET", "/konto/glemt", Who::Everyone, |_, _| {
        Call::get("/konto/glemt")
    }),
    ("POST", "/konto/glemt", Who::Everyone, |_, p| {
        // Each person asks for their own address: a mail address may be sent only a few
        // resets an hour (the limit is tested in trust.rs).
        Call::post("/konto/glemt", "/konto/glemt").with(&[("email", &address("glemt", p))])
    }),
    ("GET", "/konto/glemt/sendt", Who::Everyone, |_, _| {
        Call::get("/konto/glemt/sendt")
    }),
    ("GET", "/konto/nulstil/{token}", Who::Everyone, |_, _| {
        Call::get(format!("/konto/nulstil/{BAD_TOKEN}")).expect(LINK_GONE)
    }),
    ("POST", "/konto/nulstil/{token}", Who::Everyone, |_, p| {
        Call::post(format!("/konto/nulstil/{BAD_TOKEN}"), home(p))
            .token_only()
            .with(&[
                ("ny", "en lang adgangskode"),
                ("gentag", "en lang adgangskode"),
            ])
            .expect(LINK_GONE)
    }),
    ("GET", "/konto/invitation/{token}", Who::Everyone, |_, _| {
        Call::get(format!("/konto/invitation/{BAD_TOKEN}")).expect(LINK_GONE)
    }),
    (
        "POST",
        "/konto/invitation/{token}",
        Who::Everyone,
        |_, p| {
            Call::post(format!("/konto/invitation/{BAD_TOKEN}"), home(p))
                .token_only()
                .with(&[
                    ("navn", "Inviteret"),
                    ("ny", "en lang adgangskode"),
                    ("gentag", "en lang adgangskode"),
                ])
                .expect(LINK_GONE)
        },
    ),
    ("GET", "/bekraeft/{token}", Who::Everyone, |_, _| {
        Call::get(format!("/bekraeft/{BAD_TOKEN}")).expect(LINK_GONE)
    }),
    ("POST", "/bekraeft/{token}", Who::Everyone, |_, p| {
        Call::post(format!("/bekraeft/{BAD_TOKEN}"), home(p))
            .token_only()
            .expect(LINK_GONE)
    }),
    ("POST", "/logout", Who::SignedIn, |_, _| {
        Call::post("/logout", "/konto").fresh(Fresh::Account)
    }),
    ("POST", "/konto/log-ud-overalt", Who::SignedIn, |_, _| {
        Call::post("/konto/log-ud-overalt", "/konto").fresh(Fresh::Account)
    }),
    ("GET", "/konto", Who::SignedIn, |_, _| Call::get("/konto")),
    ("GET", "/konto/adgangskode", Who::SignedIn, |_, _| {
        Call::get("/konto/adgangskode")
    }),
    ("POST", "/konto/adgangskode", Who::SignedIn, |_, _| {
        Call::post("/konto/adgangskode", "/konto/adgangskode")
            .with(&[
                ("nuvaerende", PASSWORD),
                ("ny", "en ny lang adgangskode"),
                ("gentag", "en ny lang adgangskode"),
            ])
            .fresh(Fresh::Account)
    }),
    ("GET", "/konto/data", Who::SignedIn, |_, _| {
        Call::get("/konto/data")
    }),
    ("GET", "/konto/slet", Who::SignedIn, |_, _| {
        Call::get("/konto/slet")
    }),
    ("POST", "/konto/slet", Who::SignedIn, |_, _| {
        Call::post("/konto/slet", "/konto/slet")
            .with(&[("bekraeft", "SLET")])
            .fresh(Fresh::Account)
    }),
    ("GET", "/admin", Who::SignedIn, |_, _| Call::get("/admin")),
    ("GET", "/admin/konti", Who::Administrators, |_, _| {
        Call::get("/admin/konti")
    }),
    (
        "GET",
        "/admin/konti/inviter",
        Who::Administrators,
        |_, _| Call::get("/admin/konti/inviter"),
    ),
    (
        "POST",
        "/admin/konti/inviter",
        Who::Administrators,
        |_, _| {
            Call::post("/admin/konti/inviter", "/admin/konti/inviter").with(&[
                ("email", "inviteret@example.org"),
                ("navn", "Inviteret Person"),
                ("rolle", "moderator"),
            ])
        },
    ),
    ("GET", "/admin/konti/{id}", Who::Administrators, |f, _| {
        Call::get(format!("/admin/konti/{}", f.target))
    }),
    ("POST", "/admin/konti/{id}", Who::Administrators, |f, _| {
        let page = format!("/admin/konti/{}", f.target);
        Call::post(page.clone(), page).with(&[("rolle", "ambassador"), ("rolle", "bus_crew")])
    }),
    (
        "GET",
        "/admin/konti/{id}/data",
        Who::Administrators,
        |f, _| Call::get(format!("/admin/konti/{}/data", f.target)),
    ),
    ("GET", "/admin/log", Who::Administrators, |_, _| {
        Call::get("/admin/log")
    }),
    ("GET", "/admin/udbakke", Who::Administrators, |_, _| {
        Call::get("/admin/udbakke")
    }),
    (
        "GET",
        "/admin/organisationer",
        Who::Administrators,
        |_, _| Call::get("/admin/organisationer"),
    ),
    ("GET", "/admin/organisation/{id}", Who::Members, |f, _| {
        Call::get(format!("/admin/organisation/{}", f.org_a))
    }),
    ("POST", "/admin/organisation/{id}", Who::Members, |f, _| {
        let page = format!("/admin/organisation/{}", f.org_a);
        Call::post(page.clone(), page).pick("name=\"navn\"")
    }),
    (
        "GET",
        "/admin/organisation/{id}/tilbud/ny",
        Who::Members,
        |f, _| Call::get(format!("/admin/organisation/{}/tilbud/ny", f.org_a)),
    ),
    (
        "POST",
        "/admin/organisation/{id}/tilbud/ny",
        Who::Members,
        |f, _| {
            let page = format!("/admin/organisation/{}/tilbud/ny", f.org_a);
            Call::post(page.clone(), page).with(OFFER)
        },
    ),
    ("GET", "/admin/tilbud/{id}/rediger", Who::Members, |f, _| {
        Call::get(format!("/admin/tilbud/{}/rediger", f.offer_a))
    }),
    (
        "POST",
        "/admin/tilbud/{id}/rediger",
        Who::Members,
        |f, _| {
            let page = format!("/admin/tilbud/{}/rediger", f.offer_a);
            Call::post(page.clone(), page)
        },
    ),
    ("GET", "/admin/indsendelse/{id}", Who::Members, |f, _| {
        Call::get(format!("/admin/indsendelse/{}", f.submission_a))
    }),
    ("POST", "/admin/indsendelse/{id}", Who::Members, |f, _| {
        // Saved as a draft, so that it stays editable for the next run.
        let page = format!("/admin/indsendelse/{}", f.submission_a);
        Call::post(page.clone(), page)
            .with(OFFER)
            .with(&[("handling", "kladde")])
    }),
    (
        "POST",
        "/admin/tilbud/{id}/bekraeft",
        Who::OfferKeepers,
        |f, p| {
            // The button sits on lists of ageing offers; any page's token is this session's.
            Call::post(format!("/admin/tilbud/{}/bekraeft", f.offer_a), home(p)).token_only()
        },
    ),
    ("GET", "/koersel", Who::Everyone, |f, _| {
        Call::get(format!("/koersel?arrangement={}", f.event_a))
    }),
    ("POST", "/koersel", Who::Everyone, |f, p| {
        Call::post("/koersel", "/koersel").with(RIDE).with(&[
            ("telefon", &ride_phone(p)),
            ("samtykke", "ja"),
            ("dato", &f.next_week),
        ])
    }),
    ("GET", "/koersel/{token}", Who::Everyone, |f, _| {
        Call::get(format!("/koersel/{}", f.ride_token))
    }),
    ("POST", "/koersel/{token}", Who::Everyone, |f, _| {
        let page = format!("/koersel/{}", f.ride_token);
        Call::post(page.clone(), page)
            .pick("value=\"aendr\"")
            .with(&[("note", "Rollator")])
    }),
    ("GET", "/admin/koersel", Who::Administrators, |_, _| {
        Call::get("/admin/koersel")
    }),
    (
        "GET",
        "/admin/koersel/bestilling/{id}",
        Who::Administrators,
        |f, _| Call::get(format!("/admin/koersel/bestilling/{}", f.ride)),
    ),
    (
        "POST",
        "/admin/koersel/bestilling/{id}",
        Who::Administrators,
        |f, _| {
            let page = format!("/admin/koersel/bestilling/{}", f.ride);
            Call::post(page.clone(), page)
        },
    ),
    (
        "GET",
        "/admin/koersel/chauffoerer",
        Who::Administrators,
        |_, _| Call::get("/admin/koersel/chauffoerer"),
    ),
    (
        "POST",
        "/admin/koersel/chauffoerer",
        Who::Administrators,
        |_, _| {
            Call::post("/admin/koersel/chauffoerer", "/admin/koersel/chauffoerer").with(&[
                ("navn", "Test Chauffør"),
                ("telefon", "12 34 56 78"),
                ("by", "Asnæs"),
                ("dage", "MO"),
            ])
        },
    ),
    (
        "GET",
        "/admin/koersel/chauffoer/{id}/dag",
        Who::Administrators,
        |f, _| {
            Call::get(format!(
                "/admin/koersel/chauffoer/{}/dag?dato={}",
                f.driver, f.next_week
            ))
        },
    ),
    (
        "GET",
        "/admin/koersel/koerselsgodtgoerelse.csv",
        Who::Administrators,
        |_, _| Call::get("/admin/koersel/koerselsgodtgoerelse.csv?maaned=2026-12"),
    ),
    ("GET", "/tal", Who::Everyone, |_, _| Call::get("/tal")),
    ("GET", "/tal.csv", Who::Everyone, |_, _| {
        Call::get("/tal.csv")
    }),
    ("GET", "/tal.json", Who::Everyone, |_, _| {
        Call::get("/tal.json")
    }),
    ("GET", "/tal/selvtest.csv", Who::Everyone, |_, _| {
        Call::get("/tal/selvtest.csv")
    }),
    ("GET", "/tal/indikatorer.csv", Who::Everyone, |_, _| {
        Call::get("/tal/indikatorer.csv")
    }),
    ("GET", "/strategi", Who::Everyone, |_, _| {
        Call::get("/strategi")
    }),
    ("GET", "/admin/strategi", Who::Editors, |_, _| {
        Call::get("/admin/strategi")
    }),
    ("GET", "/admin/strategi/maal/{id}", Who::Editors, |f, _| {
        Call::get(format!("/admin/strategi/maal/{}", f.goal))
    }),
    ("POST", "/admin/strategi/maal/{id}", Who::Editors, |f, _| {
        let page = format!("/admin/strategi/maal/{}", f.goal);
        Call::post(page.clone(), page)
    }),
    (
        "GET",
        "/admin/strategi/initiativ/{id}",
        Who::Editors,
        |f, _| Call::get(format!("/admin/strategi/initiativ/{}", f.initiative)),
    ),
    (
        "POST",
        "/admin/strategi/initiativ/{id}",
        Who::Editors,
        |f, _| {
            let page = format!("/admin/strategi/initiativ/{}", f.initiative);
            Call::post(page.clone(), page)
        },
    ),
    ("GET", "/admin/tal", Who::Administrators, |_, _| {
        Call::get("/admin/tal")
    }),
    ("GET", "/kommune.css", Who::Everyone, |_, _| {
        Call::get("/kommune.css")
    }),
    ("GET", "/kommune/logo.svg", Who::Everyone, |_, _| {
        Call::get("/kommune/logo.svg")
    }),
    ("GET", "/admin/kommune", Who::Administrators, |_, _| {
        Call::get("/admin/kommune")
    }),
    ("POST", "/admin/kommune", Who::Administrators, |_, _| {
        Call::post("/admin/kommune", "/admin/kommune").with(&[
            ("navn", "Odsherred Kommune"),
            ("kort-navn", "Odsherred"),
            ("email", "sammen@odsherred.example.org"),
            ("telefon", "00 00 00 00"),
            ("adresse", "Nyvej 22, 4573 Højby"),
            ("hjemmeside", "https://odsherred.example.org"),
            ("farve", "#0b4f7c"),
            ("afsender", ""),
            ("handling", "gem"),
        ])
    }),
    ("POST", "/admin/tal", Who::Administrators, |_, _| {
        Call::post("/admin/tal", "/admin/tal").with(&[
            ("omraade", "land"),
            (
                "csv",
                "year,indicator,breakdown,share,ci_low,ci_high,count,source\n\
                 2021,svaert-ensom,alle,12.4,,,,Sundhedsprofilen 2021\n",
            ),
        ])
    }),
    ("GET", "/samkoersel", Who::SignedIn, |f, _| {
        Call::get(format!("/samkoersel?arrangement={}", f.event_a))
    }),
    ("POST", "/samkoersel", Who::SignedIn, |f, _| {
        let page = format!("/samkoersel?arrangement={}", f.event_a);
        Call::post(page.clone(), page).with(&[("pladser", "2")])
    }),
    ("GET", "/admin/moderation", Who::Moderators, |_, _| {
        Call::get("/admin/moderation")
    }),
    ("GET", "/admin/moderation/{id}", Who::Moderators, |f, _| {
        Call::get(format!("/admin/moderation/{}", f.pending))
    }),
    ("POST", "/admin/moderation/{id}", Who::Moderators, |_, _| {
        Call::post("/admin/moderation/{fresh}", "/admin/moderation/{fresh}")
            .with(&[("beslutning", "godkend")])
            .fresh(Fresh::Pending)
    }),
    (
        "POST",
        "/admin/moderation/rapport/{id}",
        Who::Moderators,
        |_, _| {
            Call::post("/admin/moderation/rapport/{fresh}", "/admin/moderation")
                .fresh(Fresh::Report)
        },
    ),
    ("GET", "/admin/foraeldede", Who::Moderators, |_, _| {
        Call::get("/admin/foraeldede")
    }),
];

/// Every member route with organisation B's object in the path: a member of A gets 403.
/// Makes a call with organisation B's object.
type MakeOther = fn(&Fixture) -> Call;

const OTHER_ORGANISATION: &[(&str, &str, MakeOther)] = &[
    // (The association day is no organisation's object; the association is in the form.)
    ("POST", "/admin/foreningsdag/{day}/ansoeg", |f| {
        Call::post(format!("/admin/foreningsdag/{}/ansoeg", f.day), "").with(&[
            ("forening", &f.org_b.to_string()),
            ("titel", "Prøv noget andet"),
            ("slags", "proev"),
            ("pladser", "10"),
        ])
    }),
    ("GET", "/admin/organisation/{id}/arrangement/ny", |f| {
        Call::get(format!("/admin/organisation/{}/arrangement/ny", f.org_b))
    }),
    ("POST", "/admin/organisation/{id}/arrangement/ny", |f| {
        Call::post(
            format!("/admin/organisation/{}/arrangement/ny", f.org_b),
            "",
        )
        .with(&[
            ("titel", "Strikkecafé"),
            ("by", "Asnæs"),
            ("dato", &f.next_week),
        ])
        .with(&[("fra", "10.00"), ("til", "12.00")])
    }),
    ("GET", "/admin/arrangement/{id}", |f| {
        Call::get(format!("/admin/arrangement/{}", f.event_b))
    }),
    ("GET", "/admin/arrangement/{id}/rediger", |f| {
        Call::get(format!("/admin/arrangement/{}/rediger", f.event_b))
    }),
    ("POST", "/admin/arrangement/{id}/rediger", |f| {
        Call::post(format!("/admin/arrangement/{}/rediger", f.event_b), "")
            .with(&[
                ("titel", "Overtaget"),
                ("by", "Asnæs"),
                ("dato", &f.next_week),
            ])
            .with(&[("fra", "10.00"), ("til", "12.00")])
    }),
    ("GET", "/admin/arrangement/{id}/deltagere.csv", |f| {
        Call::get(format!("/admin/arrangement/{}/deltagere.csv", f.event_b))
    }),
    ("POST", "/admin/arrangement/{id}/besked", |f| {
        Call::post(format!("/admin/arrangement/{}/besked", f.event_b), "")
            .with(&[("besked", "Hej fra en anden forening")])
    }),
    ("POST", "/admin/arrangement/{id}/aflys", |f| {
        Call::post(format!("/admin/arrangement/{}/aflys", f.event_b), "").with(&[("hele", "ja")])
    }),
    ("POST", "/admin/arrangement/{id}/flyt", |f| {
        Call::post(format!("/admin/arrangement/{}/flyt", f.event_b), "").with(&[
            ("ny_dato", &f.next_week),
            ("ny_fra", "11.00"),
            ("ny_til", "12.30"),
        ])
    }),
    ("GET", "/admin/organisation/{id}", |f| {
        Call::get(format!("/admin/organisation/{}", f.org_b))
    }),
    ("POST", "/admin/organisation/{id}", |f| {
        Call::post(format!("/admin/organisation/{}", f.org_b), "")
            .with(&[("navn", "Overtaget forening")])
    }),
    ("GET", "/admin/organisation/{id}/tilbud/ny", |f| {
        Call::get(format!("/admin/organisation/{}/tilbud/ny", f.org_b))
    }),
    ("POST", "/admin/organisation/{id}/tilbud/ny", |f| {
        Call::post(format!("/admin/organisation/{}/tilbud/ny", f.org_b), "").with(OFFER)
    }),
    ("GET", "/admin/tilbud/{id}/rediger", |f| {
        Call::get(format!("/admin/tilbud/{}/rediger", f.offer_b))
    }),
    ("POST", "/admin/tilbud/{id}/rediger", |f| {
        Call::post(format!("/admin/tilbud/{}/rediger", f.offer_b), "").with(OFFER)
    }),
    ("GET", "/admin/indsendelse/{id}", |f| {
        Call::get(format!("/admin/indsendelse/{}", f.submission_b))
    }),
    ("POST", "/admin/indsendelse/{id}", |f| {
        Call::post(format!("/admin/indsendelse/{}", f.submission_b), "").with(OFFER)
    }),
    ("POST", "/admin/tilbud/{id}/bekraeft", |f| {
        Call::post(format!("/admin/tilbud/{}/bekraeft", f.offer_b), "")
    }),
];

/// The objects the routes name, made once per backend.
struct Fixture {
    municipality: i64,
    /// Organisation A (a member account belongs to it) and B (another one).
    org_a: i64,
    org_b: i64,
    offer_a: i64,
    offer_b: i64,
    /// An event of A with a sign-up, and one of B.
    event_a: i64,
    event_b: i64,
    signup_token: String,
    /// A draft offer of A and of B, and a suggestion waiting for moderation.
    submission_a: i64,
    submission_b: i64,
    pending: i64,
    /// The ambassador linked to the ambassador's account (with a photo), a training module.
    ambassador: i64,
    module: i64,
    /// A request routed to that ambassador (with its private token), and one routed to
    /// another ambassador.
    request_own: i64,
    request_other: i64,
    request_token: String,
    /// A ride waiting for a driver (its id and private token) and a demo driver.
    ride: i64,
    ride_token: String,
    driver: i64,
    stop: i64,
    /// The demo's written page "om-ensomhed" (Danish) and its first version.
    page: i64,
    page_version: i64,
    /// A story waiting for an editor (publishing it again and again is harmless).
    story: i64,
    /// The demo's campaign "Odsherred spiser sammen" and an event taking part.
    campaign: i64,
    campaign_event: i64,
    /// A goal of the strategy and an initiative under it (saving them again is harmless).
    goal: i64,
    initiative: i64,
    /// A question to the young, open, linked to the initiative.
    question: i64,
    /// A school (the teacher teaches there) in one of the demo's towns, a class of it
    /// without a pulse, and a class with an open pulse and its code.
    town: i64,
    school: i64,
    class: i64,
    pulse_code: String,
    /// An association day of the school a week ahead (its class is `class`), organisation
    /// A's accepted activity in it, and the class's code.
    day: i64,
    day_activity: i64,
    day_code: String,
    bell_token: String,
    /// An account for the administrators' account pages.
    target: i64,
    /// An account that signs in through the form.
    login_email: &'static str,
    /// A date a week ahead, as forms take it.
    next_week: String,
    css: String,
    /// Each person's account (none for the anonymous visitor) and session.
    people: Vec<(Person, Option<i64>, Option<String>)>,
}

impl Fixture {
    fn cookie(&self, p: Person) -> Option<String> {
        self.people
            .iter()
            .find(|(q, _, _)| *q == p)
            .and_then(|(_, _, c)| c.clone())
    }
}

fn roles_of(p: Person) -> &'static [Role] {
    match p {
        Person::Administrator => &[Role::Administrator],
        Person::Moderator => &[Role::Moderator],
        Person::Ambassador => &[Role::Ambassador],
        Person::BusCrew => &[Role::BusCrew],
        Person::Editor => &[Role::Editor],
        Person::Teacher => &[Role::Teacher],
        _ => &[],
    }
}

fn new_event(organisation_id: i64, date: &str) -> sammen::store::calendar::NewEvent {
    sammen::store::calendar::NewEvent {
        organisation_id,
        offer_id: None,
        place_id: None,
        town_id: None,
        online: true,
        address: String::new(),
        title: "Kaffe og kage".into(),
        description: String::new(),
        kind: sammen::calendar::EventKind::from_code("spis-sammen").unwrap(),
        life_arena: None,
        target_groups: Vec::new(),
        age_min: 0,
        age_max: 120,
        start_local: format!("{date}T14:00"),
        duration_minutes: 90,
        every_weeks: 1,
        occurrence_count: 10,
        price_dkk: 0,
        capacity: Some(20),
        signup_required: true,
        signup_closes_hours: 2,
        needs_contact: false,
        bring: String::new(),
        accessibility: Vec::new(),
        campaign_id: None,
    }
}

fn draft_submission(
    organisation: i64,
    status: sammen::store::submissions::SubmissionStatus,
    draft: &sammen::moderation::OfferDraft,
) -> sammen::store::submissions::NewSubmission<'_> {
    sammen::store::submissions::NewSubmission {
        kind: sammen::store::submissions::SubmissionKind::New,
        status,
        organisation_id: Some(organisation),
        offer_id: None,
        author: Actor::System,
        contact_email: "",
        draft,
    }
}

fn offer_draft() -> sammen::moderation::OfferDraft {
    let get = |k: &str| {
        OFFER
            .iter()
            .find(|(n, _)| *n == k)
            .map(|(_, v)| v.to_string())
            .unwrap_or_default()
    };
    sammen::moderation::OfferDraft {
        name: get("navn"),
        short_description: get("kort"),
        life_arenas: vec![get("livsarena")],
        target_groups: vec![get("maalgruppe")],
        age_min: get("alder_fra"),
        age_max: get("alder_til"),
        cost: get("pris"),
        how_to_join: get("deltagelse"),
        channel: get("kanal"),
        town: get("by"),
        weekdays: vec![get("dage")],
        every: get("hver"),
        start_time: get("fra"),
        end_time: get("til"),
        ..Default::default()
    }
}

/// The server, its store and the fixture.
struct Run {
    app: TestApp,
    store: Store,
    f: Fixture,
    made: std::cell::Cell<usize>,
}

impl Run {
    async fn new(db: &TestDb) -> Run {
        // Push endpoints must resolve to public addresses, and this machine has no DNS for
        // the internet: the bell's push goes to a local test address, as in bus_live.
        let mut config = db.config();
        config.push_loopback = true;
        // Every run uses anonymous forms (sign-ups, requests …) far more often than one
        // person may: the server sees each request as from another person.
        let app = TestApp::as_many_people(config).await;
        let store = app.server().store.clone();
        let municipality = store.municipality(None).await.unwrap().id;
        let offers = store.all_offers(municipality).await.unwrap();
        let a = offers.iter().find(|o| o.id == 1).unwrap();
        let b = offers
            .iter()
            .find(|o| o.organisation.id != a.organisation.id)
            .unwrap();
        let (org_a, org_b) = (a.organisation.id, b.organisation.id);
        let next_week = (common::today() + jiff::Span::new().days(7)).to_string();

        let mut people = vec![(Person::Anonymous, None, None)];
        for p in &PEOPLE[1..] {
            let email = format!("{p:?}@example.org").to_lowercase();
            let orgs: &[i64] = if *p == Person::Member { &[org_a] } else { &[] };
            let id = make_account(&store, &email, PASSWORD, roles_of(*p), orgs).await;
            people.push((*p, Some(id), Some(session_for(&store, id).await)));
        }
        let account = |p: Person| people.iter().find(|x| x.0 == p).unwrap().1.unwrap();

        let event_a = store
            .add_event(municipality, &new_event(org_a, &next_week), Actor::System)
            .await
            .unwrap();
        let event_b = store
            .add_event(municipality, &new_event(org_b, &next_week), Actor::System)
            .await
            .unwrap();
        let draft = offer_draft();
        use sammen::store::submissions::SubmissionStatus;
        let submission = |org, status| {
            let store = store.clone();
            let draft = draft.clone();
            async move {
                store
                    .create_submission(municipality, &draft_submission(org, status, &draft))
                    .await
                    .unwrap()
            }
        };
        let submission_a = submission(org_a, SubmissionStatus::Draft).await;
        let submission_b = submission(org_b, SubmissionStatus::Draft).await;
        let pending = submission(org_a, SubmissionStatus::Pending).await;

        // Jørgen (from the demo) is the ambassador's; Mette has the demo's own account.
        let ambassadors = store.ambassadors(municipality).await.unwrap();
        let named = |name: &str| {
            ambassadors
                .iter()
                .find(|a| a.first_name == name)
                .unwrap()
                .id
        };
        let (ambassador, other) = (named("Jørgen"), named("Mette"));
        store
            .link_ambassador(ambassador, account(Person::Ambassador))
            .await
            .unwrap();
        store
            .set_ambassador_photo(
                municipality,
                ambassador,
                Some(("image/png", &unhex(PNG))),
                Actor::System,
            )
            .await
            .unwrap();
        let module = store.training_modules(municipality).await.unwrap()[0].id;
        let target = make_account(&store, "maal@example.org", PASSWORD, &[], &[]).await;
        let login_email = "login@example.org";
        make_account(&store, login_email, PASSWORD, &[], &[]).await;
        let pool = raw_pool(db).await;
        let stop: i64 = sqlx::query_scalar("SELECT MIN(id) FROM bus_stop")
            .fetch_one(&pool)
            .await
            .unwrap();
        let page: i64 = sqlx::query_scalar("SELECT MIN(id) FROM page")
            .fetch_one(&pool)
            .await
            .unwrap();
        let page_version: i64 =
            sqlx::query_scalar("SELECT MIN(id) FROM page_version WHERE page_id = $1")
                .bind(page)
                .fetch_one(&pool)
                .await
                .unwrap();
        // A logo, so `/kommune/logo.svg` has something to serve.
        sqlx::query("UPDATE municipality SET logo_svg = $1")
            .bind(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><circle cx="1" cy="1" r="1"/></svg>"#)
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
        let campaign = store
            .campaign_by_slug(municipality, "odsherred-spiser-sammen")
            .await
            .unwrap()
            .id;
        let campaign_event = store
            .campaign_entries(municipality, campaign)
            .await
            .unwrap()[0]
            .event_id;
        let story = store
            .share_story(
                municipality,
                &sammen::stories::Submission {
                    body: "Jeg var ensom, da jeg flyttede hertil. Nu spiller jeg petanque.".into(),
                    consent: true,
                    ..Default::default()
                },
                "fixture-story",
            )
            .await
            .unwrap();
        let goal = store
            .save_goal(
                municipality,
                None,
                &sammen::strategy::GoalDraft {
                    life_arena: "leisure".into(),
                    title: "Flere er med i et fællesskab".into(),
                    description: String::new(),
                },
                Actor::System,
            )
            .await
            .unwrap();
        let initiative = store
            .save_initiative(
                municipality,
                None,
                &sammen::strategy::InitiativeDraft {
                    goal: goal.to_string(),
                    title: "Fællesspisning i landsbyerne".into(),
                    owner: "Omsorg og Sundhed".into(),
                    status: "running".into(),
                    offers: a.id.to_string(),
                    events: event_a.to_string(),
                    indicators: vec!["tilmeldinger".into()],
                    ..Default::default()
                }
                .check()
                .unwrap(),
                Actor::System,
            )
            .await
            .unwrap();

        let question = store
            .save_youth_question(
                municipality,
                None,
                "Hvad skulle der til, for at du kom?",
                true,
                Some(initiative),
                Actor::System,
            )
            .await
            .unwrap();

        let town = store.towns(municipality).await.unwrap()[0].id;
        let school = store
            .add_school(municipality, "Fixturens Skole", town, Actor::System)
            .await
            .unwrap();
        let class = store
            .add_class(municipality, school, 6, "a", Actor::System)
            .await
            .unwrap();
        let pulse_class = store
            .add_class(municipality, school, 6, "b", Actor::System)
            .await
            .unwrap();
        store
            .add_teacher(municipality, school, "teacher@example.org", Actor::System)
            .await
            .unwrap();
        let pulse_code = store
            .start_pulse(
                municipality,
                pulse_class,
                &common::today().to_string(),
                store.now() + 3600,
                Actor::System,
            )
            .await
            .unwrap()
            .code;

        let day = store
            .add_association_day(
                municipality,
                school,
                &sammen::schools::days::DayDraft {
                    title: "Fixturens foreningsdag".into(),
                    date: next_week.clone(),
                    slots: "9.00-9.45\n10.00-10.45".into(),
                    rooms: "Salen\nHallen".into(),
                    classes: vec![class],
                }
                .check(common::today(), &[class])
                .unwrap(),
                Actor::System,
            )
            .await
            .unwrap();
        let day_activity = store
            .apply_to_day(
                municipality,
                day,
                &sammen::schools::days::Application {
                    organisation_id: org_a,
                    title: "Prøv bueskydning".into(),
                    description: String::new(),
                    kind: sammen::schools::days::Kind::Try,
                    places: 60,
                },
                Actor::System,
            )
            .await
            .unwrap();
        let room = store.day_rooms(day).await.unwrap()[0].0;
        store
            .decide_activity(municipality, day, day_activity, Some(room), Actor::System)
            .await
            .unwrap();
        let day_code = store.day_classes(day).await.unwrap()[0].code.clone();

        let home = app.get_text("/").await.1;
        let css = home
            .split("href=\"/static/")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned();
        app.catch_up().await;
        let mut run = Run {
            app,
            store,
            f: Fixture {
                municipality,
                org_a,
                org_b,
                offer_a: a.id,
                offer_b: b.id,
                event_a,
                event_b,
                signup_token: String::new(),
                submission_a,
                submission_b,
                pending,
                ambassador,
                module,
                request_own: 0,
                request_other: 0,
                request_token: String::new(),
                ride: 0,
                ride_token: String::new(),
                driver: 0,
                stop,
                page,
                page_version,
                story,
                campaign,
                campaign_event,
                goal,
                initiative,
                question,
                town,
                school,
                class,
                pulse_code,
                day,
                day_activity,
                day_code,
                bell_token: String::new(),
                target,
                login_email,
                next_week,
                css,
                people,
            },
            made: std::cell::Cell::new(0),
        };
        run.f.signup_token = run.sign_up().await;
        run.f.bell_token = run.bell().await;
        // Two requests, routed by a coordinator: one to Jørgen, one to Mette.
        let mut requests = Vec::new();
        for to in [ambassador, other] {
            let response = run.app.post_form("/ambassadorer/tal-med", ASK).await;
            assert_eq!(response.status(), 303, "a request to an ambassador");
            let link = location(&response);
            let token = link
                .trim_start_matches("/henvendelse/")
                .split('?')
                .next()
                .unwrap()
                .to_owned();
            let hash = sammen::auth::token_hash(&token);
            let request = run.store.request_by_token(&hash).await.unwrap().id;
            run.store
                .change_request(
                    municipality,
                    request,
                    &sammen::store::requests::RequestChange::Assign {
                        ambassador_id: Some(to),
                    },
                    Actor::System,
                    None,
                )
                .await
                .unwrap();
            requests.push((request, token));
        }
        run.f.request_own = requests[0].0;
        run.f.request_other = requests[1].0;
        run.f.request_token = requests[0].1.clone();
        // A ride, asked for as a citizen would, and the demo's first driver.
        let mut ride = RIDE.to_vec();
        let date = run.f.next_week.clone();
        ride.extend([("telefon", "30 40 50 60"), ("dato", date.as_str())]);
        let response = run.app.post_form("/koersel", &ride).await;
        assert_eq!(response.status(), 303, "a ride");
        let token = location(&response)
            .trim_start_matches("/koersel/")
            .split('?')
            .next()
            .unwrap()
            .to_owned();
        run.f.ride = run
            .store
            .ride_by_token(&sammen::auth::token_hash(&token))
            .await
            .unwrap()
            .id;
        run.f.ride_token = token;
        run.f.driver = run.store.drivers(municipality).await.unwrap()[0].id;
        run
    }

    fn next(&self) -> usize {
        self.made.set(self.made.get() + 1);
        self.made.get()
    }

    /// Signs up to A's event; the private link's token.
    async fn sign_up(&self) -> String {
        let n = self.next();
        let page = format!("/arrangement/{}", self.f.event_a);
        let response = self
            .app
            .post_as(
                None,
                &format!("{page}/tilmeld"),
                &page,
                &[
                    ("navn", &format!("Deltager {n}")),
                    ("antal", "1"),
                    ("email", &format!("deltager{n}@example.org")),
                ],
            )
            .await;
        assert_eq!(response.status(), 303, "a sign-up");
        let link = location(&response);
        link.trim_start_matches("/tilmelding/")
            .split('?')
            .next()
            .unwrap()
            .to_owned()
    }

    /// Subscribes a browser to the bell by push; the private link's token.
    async fn bell(&self) -> String {
        let n = self.next();
        let page = format!("/bussen/stop/{}", self.f.stop);
        let token = self.app.token(None, &page).await;
        let endpoint = format!("http://127.0.0.1:9/abonnement/{n}");
        let response = self
            .app
            .post_with_token(
                None,
                &format!("{page}/push"),
                &token,
                &[
                    ("endpoint", endpoint.as_str()),
                    ("p256dh", UA_PUBLIC),
                    ("auth", UA_AUTH),
                    ("varsel", "10"),
                ],
            )
            .await;
        assert_eq!(response.status(), 200, "a push subscription");
        let body: serde_json::Value = response.json().await.unwrap();
        let manage = body["manage"].as_str().unwrap();
        manage.trim_start_matches("/bussen/klokke/").to_owned()
    }

    /// Makes what a call needs fresh: the text for `{fresh}`, and the cookie to use.
    async fn make(&self, fresh: Fresh, person: Person) -> (String, Option<String>) {
        let m = self.f.municipality;
        let n = self.next();
        let cookie = self.f.cookie(person);
        let admin = self.f.cookie(Person::Administrator);
        let made = match fresh {
            Fresh::Account => {
                if person == Person::Anonymous {
                    return (String::new(), None);
                }
                let orgs: &[i64] = if person == Person::Member {
                    &[self.f.org_a]
                } else {
                    &[]
                };
                let email = format!("ny{n}@example.org");
                let id = make_account(&self.store, &email, PASSWORD, roles_of(person), orgs).await;
                return (String::new(), Some(session_for(&self.store, id).await));
            }
            Fresh::Event => self
                .store
                .add_event(
                    m,
                    &new_event(self.f.org_a, &self.f.next_week),
                    Actor::System,
                )
                .await
                .unwrap()
                .to_string(),
            Fresh::Signup => self.sign_up().await,
            Fresh::Bell => self.bell().await,
            Fresh::Pause => {
                let reason = format!("Pause {n}");
                let pause = sammen::bus::Pause {
                    from: (12, 24),
                    to: (12, 26),
                    reason: reason.clone(),
                };
                self.store
                    .add_bus_pause(m, &pause, Actor::System)
                    .await
                    .unwrap();
                let pauses = self.store.bus_pauses(m).await.unwrap();
                let id = pauses.iter().find(|(_, p)| p.reason == reason).unwrap().0;
                id.to_string()
            }
            Fresh::Extra => {
                let visit = sammen::bus::planning::Draft {
                    stop_id: self.f.stop,
                    weekday: 0,
                    arrive: jiff::civil::time(10, 0, 0, 0),
                    stay_minutes: 30,
                    activities: Vec::new(),
                };
                let date = common::today() + jiff::Span::new().days(7);
                self.store
                    .add_extra_visit(m, date, &visit, Actor::System)
                    .await
                    .unwrap()
                    .to_string()
            }
            Fresh::DraftVisit => {
                if self.store.bus_draft(m).await.unwrap().is_empty() {
                    let response = self
                        .app
                        .post_as(
                            admin.as_deref(),
                            "/admin/bussen/kladde",
                            "/admin/bussen",
                            &[],
                        )
                        .await;
                    assert_eq!(response.status(), 303, "a copy of the published week");
                }
                self.store.bus_draft(m).await.unwrap()[0].id.to_string()
            }
            Fresh::Pending => {
                let draft = offer_draft();
                self.store
                    .create_submission(
                        m,
                        &draft_submission(
                            self.f.org_a,
                            sammen::store::submissions::SubmissionStatus::Pending,
                            &draft,
                        ),
                    )
                    .await
                    .unwrap()
                    .to_string()
            }
            Fresh::Report => self
                .store
                .add_offer_report(
                    m,
                    &sammen::store::directory::NewOfferReport {
                        offer_id: self.f.offer_a,
                        message: format!("Forkert tid {n}"),
                        contact: String::new(),
                    },
                )
                .await
                .unwrap()
                .to_string(),
        };
        // What was made through the store shows on the public pages once the server
        // catches up, as it would within one change poll.
        self.app.catch_up().await;
        (made, cookie)
    }

    /// Sends a call as a browser would: a GET, or the form on its page submitted.
    /// `token`: false sends the POST without a form token.
    async fn send(
        &self,
        cookie: Option<&str>,
        call: &Call,
        token: bool,
    ) -> Result<reqwest::Response, String> {
        if !call.post {
            return Ok(self.app.get_as(cookie, &call.path).await);
        }
        let mut fields: Vec<(String, String)> = Vec::new();
        let mut to = call.path.clone();
        if token {
            let html = self
                .app
                .get_as(cookie, &call.page)
                .await
                .text()
                .await
                .unwrap();
            if call.form {
                let form = find_form(&html, &call.page, &call.path, call.pick)
                    .ok_or_else(|| format!("no form for {} on {}", call.path, call.page))?;
                (to, fields) = form;
            } else {
                let token =
                    form_token(&html).ok_or_else(|| format!("no form token on {}", call.page))?;
                fields.push(("_token".into(), token));
            }
        }
        for (name, _) in &call.fields {
            fields.retain(|(k, _)| k != name);
        }
        fields.extend(call.fields.iter().cloned());
        let mut request = self.app.person(self.app.client.post(self.app.url(&to)));
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        request = if call.upload {
            let mut form = reqwest::multipart::Form::new();
            for (k, v) in fields {
                form = form.text(k, v);
            }
            let photo = reqwest::multipart::Part::bytes(unhex(PNG)).file_name("foto.png");
            request.multipart(form.part("foto", photo))
        } else {
            request.form(&fields)
        };
        Ok(request.send().await.expect("request"))
    }

    /// A call with its fresh object made; the cookie to send it with.
    async fn prepare(&self, make: Make, person: Person) -> (Call, Option<String>) {
        let mut call = make(&self.f, person);
        let mut cookie = self.f.cookie(person);
        if let Some(fresh) = call.fresh {
            let (made, c) = self.make(fresh, person).await;
            cookie = c;
            call.path = call.path.replace("{fresh}", &made);
            call.page = call.page.replace("{fresh}", &made);
        }
        (call, cookie)
    }
}

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

/// Text as it was before HTML escaping.
fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// An attribute's value in a tag's text.
fn attr(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(unescape(tag[at..].split('"').next()?))
}

/// The fields a browser sends for the form on `page` that posts to `path` (and contains
/// `pick`): inputs with their values, checked boxes, selected options, text areas, and
/// the first named button.
/// Also where the browser posts it: the form's action, query included.
fn find_form(
    html: &str,
    page: &str,
    path: &str,
    pick: Option<&str>,
) -> Option<(String, Vec<(String, String)>)> {
    let bare = |p: &str| p.split(['?', '#']).next().unwrap_or("").to_owned();
    let mut rest = html;
    while let Some(start) = rest.find("<form") {
        let form = &rest[start..];
        let end = form.find("</form>").unwrap_or(form.len());
        let (tag_end, body) = (form.find('>').unwrap_or(0), &form[..end]);
        let action = attr(&form[..tag_end], "action").unwrap_or_default();
        rest = &form[end..];
        let target = if action.is_empty() {
            bare(page)
        } else {
            bare(&action)
        };
        let method = attr(&form[..tag_end], "method").unwrap_or_default();
        if method != "post" || target != bare(path) || pick.is_some_and(|p| !body.contains(p)) {
            continue;
        }
        let to = if action.is_empty() {
            page.to_owned()
        } else {
            action
        };
        return Some((
            to.split('#').next().unwrap_or("").to_owned(),
            form_fields(body),
        ));
    }
    None
}

fn form_fields(body: &str) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    let mut button = false;
    let mut at = 0;
    while let Some(open) = body[at..].find('<') {
        let start = at + open;
        let tag_end = start + body[start..].find('>').unwrap_or(body.len() - start);
        let tag = &body[start..tag_end];
        at = tag_end;
        let name = attr(tag, "name");
        if tag.starts_with("<input") {
            let Some(name) = name else { continue };
            let kind = attr(tag, "type").unwrap_or_else(|| "text".into());
            let value = attr(tag, "value").unwrap_or_default();
            match kind.as_str() {
                "checkbox" | "radio" if tag.contains(" checked") => fields.push((name, value)),
                "checkbox" | "radio" | "file" | "submit" => {}
                _ => fields.push((name, value)),
            }
        } else if tag.starts_with("<textarea") {
            let close = body[at..].find("</textarea>").unwrap_or(0);
            if let Some(name) = name {
                fields.push((name, unescape(&body[at + 1..at + close])));
            }
        } else if tag.starts_with("<select") {
            let close = at + body[at..].find("</select>").unwrap_or(0);
            let options: Vec<&str> = body[at..close].split("<option").skip(1).collect();
            let chosen = options
                .iter()
                .find(|o| o.split('>').next().unwrap_or("").contains(" selected"))
                .or(options.first());
            if let (Some(name), Some(option)) = (name, chosen) {
                fields.push((name, attr(option, "value").unwrap_or_default()));
            }
        } else if tag.starts_with("<button")
            && !button
            && let (Some(name), Some(value)) = (name, attr(tag, "value"))
        {
            fields.push((name, value));
            button = true;
        }
    }
    fields
}

/// What went wrong, shortly: the status, where it sent, and the page's error summary.
async fn describe(response: reqwest::Response) -> String {
    let status = response.status();
    let location = location(&response);
    let body = response.text().await.unwrap_or_default();
    let summary = body
        .find("error-summary")
        .map(|at| {
            let text = &body[at..(at + 600).min(body.len())];
            text.split('<')
                .filter_map(|t| t.split_once('>').map(|(_, s)| s.trim()))
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .unwrap_or_else(|| body.chars().take(200).collect());
    format!("{status} {location} {summary}")
}

async fn every_route_answers_every_role_as_the_matrix_says(db: TestDb) {
    // The matrix and the application's route table list the same routes.
    let table: BTreeSet<(String, String)> = sammen::web::routes()
        .table
        .iter()
        .map(|r| (r.method.to_string(), r.path.to_owned()))
        .collect();
    let matrix: BTreeSet<(String, String)> = MATRIX
        .iter()
        .map(|(m, p, _, _)| (m.to_string(), p.to_string()))
        .collect();
    let missing: Vec<_> = table.difference(&matrix).collect();
    assert!(
        missing.is_empty(),
        "routes without an entry in the authorisation matrix: {missing:?}"
    );
    let stale: Vec<_> = matrix.difference(&table).collect();
    assert!(
        stale.is_empty(),
        "matrix entries for routes that do not exist: {stale:?}"
    );
    // Every member route with an organisation's object in its path is tried with another
    // organisation's.
    let crossed: BTreeSet<(&str, &str)> = OTHER_ORGANISATION
        .iter()
        .map(|(m, p, _)| (*m, *p))
        .collect();
    let uncrossed: Vec<_> = MATRIX
        .iter()
        .filter(|(_, p, who, _)| {
            matches!(who, Who::Members | Who::OfferKeepers) && p.contains("{id}")
        })
        .filter(|(m, p, _, _)| !crossed.contains(&(*m, *p)))
        .map(|(m, p, _, _)| format!("{m} {p}"))
        .collect();
    assert!(
        uncrossed.is_empty(),
        "member routes not tried with another organisation's object: {uncrossed:?}"
    );

    let run = Run::new(&db).await;
    let mut failures = Vec::new();
    for (method, pattern, who, make) in MATRIX {
        for person in PEOPLE {
            let (call, cookie) = run.prepare(*make, person).await;
            let what = format!("{method} {} as {person:?}", call.path);
            if allowed(*who, person) {
                let response = match run.send(cookie.as_deref(), &call, true).await {
                    Ok(response) => response,
                    Err(why) => {
                        failures.push(format!("{what}: {why}"));
                        continue;
                    }
                };
                let status = response.status().as_u16();
                let to_login = location(&response).contains("/login?next=");
                let ok = call.expect.contains(&status) && !to_login;
                if !ok {
                    failures.push(format!(
                        "{what} ({pattern}): expected {:?}, got {}",
                        call.expect,
                        describe(response).await
                    ));
                } else if call.expect == LINK_GONE
                    && !response.text().await.unwrap().contains("lang=\"da\"")
                {
                    failures.push(format!("{what}: not the Danish page"));
                }
            } else {
                // Refused even with a valid form token for this session.
                let denied = Call {
                    page: home(person).into(),
                    form: false,
                    ..call.clone()
                };
                let response = run.send(cookie.as_deref(), &denied, true).await.unwrap();
                let status = response.status();
                let refused = if person == Person::Anonymous {
                    status == StatusCode::SEE_OTHER
                        && location(&response).starts_with("/login?next=")
                } else {
                    status == StatusCode::FORBIDDEN
                };
                if !refused {
                    failures.push(format!("{what}: not refused: {}", describe(response).await));
                }
            }
        }
        // Every POST without its form token, by the first role allowed: 403.
        if *method == "POST" {
            let person = PEOPLE.into_iter().find(|p| allowed(*who, *p)).unwrap();
            let (call, cookie) = run.prepare(*make, person).await;
            let response = run.send(cookie.as_deref(), &call, false).await.unwrap();
            if response.status() != StatusCode::FORBIDDEN {
                failures.push(format!(
                    "POST {} as {person:?} without a form token: {}",
                    call.path,
                    describe(response).await
                ));
            }
        }
    }

    // A member of A, with a valid form token, on B's objects.
    let member = run.f.cookie(Person::Member);
    for (method, pattern, make) in OTHER_ORGANISATION {
        let mut call = make(&run.f);
        call.page = "/konto".into();
        call.form = false;
        let response = run.send(member.as_deref(), &call, true).await.unwrap();
        if response.status() != StatusCode::FORBIDDEN {
            failures.push(format!(
                "{method} {} ({pattern}) as a member of another organisation: {}",
                call.path,
                describe(response).await
            ));
        }
    }
    // An ambassador on another ambassador's request.
    let ambassador = run.f.cookie(Person::Ambassador);
    let other = format!("/admin/henvendelse/{}", run.f.request_other);
    let calls = [
        Call::get(other.clone()),
        Call::post(other.clone(), "/konto")
            .token_only()
            .with(&[("handling", "note"), ("tekst", "Min nu")]),
        Call::post(other.clone(), "/konto")
            .token_only()
            .with(&[("handling", "accepter")]),
    ];
    for call in calls {
        let response = run.send(ambassador.as_deref(), &call, true).await.unwrap();
        if response.status() != StatusCode::FORBIDDEN {
            failures.push(format!(
                "{} another ambassador's request: {}",
                if call.post { "POST" } else { "GET" },
                describe(response).await
            ));
        }
    }

    assert!(
        failures.is_empty(),
        "{} wrong answers:\n{}",
        failures.len(),
        failures.join("\n")
    );
    run.app.stop().await;
}
