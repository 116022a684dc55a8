//! Campaign weeks (issue 19): `public.rs` — the campaigns (`/kampagner`) and each one's
//! page (`/kampagne/{slug}`: dates, message, the accepted events, the counts, the call to
//! hosts); `desk.rs` — staff write campaigns and accept the events that ask to take part
//! (`/admin/kampagner`). The poster is `/plakat/kampagne/{slug}` (`web::posters`).

use crate::campaigns::Campaign;
use crate::i18n::Lang;
use crate::web::routes::Routes;

mod desk;
mod public;

pub use public::by_slug;
pub fn routes(r: Routes) -> Routes {
    desk::routes(public::routes(r))
}

/// A campaign's days in words: "1. februar 2027 – 7. februar 2027".
pub fn days(lang: Lang, c: &Campaign) -> String {
    if c.starts_on == c.ends_on {
        return crate::format::date(lang, c.starts_on);
    }
    format!(
        "{} – {}",
        crate::format::date(lang, c.starts_on),
        crate::format::date(lang, c.ends_on)
    )
}
