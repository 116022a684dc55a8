//! Stories (issue 19): `public.rs` — share one without an account (`/fortael`), its
//! private link (`/fortaelling/{token}`: see it, withdraw it), the published voices
//! (`/fortaellinger`); `desk.rs` — the editors' desk (`/admin/fortaellinger`).

use crate::web::routes::Routes;

mod desk;
mod public;

pub fn routes(r: Routes) -> Routes {
    desk::routes(public::routes(r))
}

pub use crate::stories::paragraphs;
