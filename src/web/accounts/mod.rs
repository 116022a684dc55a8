//! Accounts: sign-in, mailed links, one's own account, and the administrators' accounts, invitations, audit log and outbox.

pub mod account;
pub mod admin;
pub mod oidc;
pub mod signin;

use crate::web::routes::Routes;

/// This feature's routes, each with its access rule.
pub fn routes(r: Routes) -> Routes {
    let r = account::routes(r);
    let r = account::sent_routes(r);
    let r = oidc::routes(r);
    admin::routes(r)
}
