//! The route table: every route is added here with who may use it, and the same table
//! builds the router and enforces the access rule. So there is no route without a rule,
//! and the authorisation test (tests/authorisation.rs) reads the table to check that each
//! route has an entry in its own role matrix.
//!
//! Rules that depend on the object (a member may edit *their* organisation) are checked
//! again in the handler; the table's rule is the coarse gate in front of it.

use axum::Router;
use axum::extract::Request;
use axum::handler::Handler;
use axum::http::{Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::MethodRouter;

use super::AppState;
use super::error::HttpError;
use crate::accounts::{Principal, Role};
use crate::i18n::Locale;

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Everyone, signed in or not.
    Public,
    /// Anyone signed in, with or without roles.
    SignedIn,
    /// Anyone with a role or an organisation membership.
    Staff,
    /// Members of an organisation, and administrators; the handler checks which one.
    Member,
    /// Moderators and administrators.
    Moderator,
    Administrator,
    /// The bus crew and administrators.
    Crew,
    /// Editors and administrators (pages).
    Editor,
    /// Teachers and administrators (the handler checks the school).
    Teacher,
}

impl Access {
    /// Whether this person passes the gate. `None` is an anonymous visitor.
    pub fn allows(self, who: Option<&Principal>) -> bool {
        match (self, who) {
            (Access::Public, _) => true,
            (_, None) => false,
            (Access::SignedIn, Some(_)) => true,
            (Access::Staff, Some(p)) => p.is_staff(),
            (Access::Member, Some(p)) => p.is_admin() || !p.organisations.is_empty(),
            (Access::Moderator, Some(p)) => p.moderates(),
            (Access::Administrator, Some(p)) => p.has(Role::Administrator),
            (Access::Crew, Some(p)) => p.has(Role::BusCrew) || p.has(Role::Administrator),
            (Access::Editor, Some(p)) => p.edits_pages(),
            (Access::Teacher, Some(p)) => p.teaches(),
        }
    }
}

/// One row of the table.
#[derive(Debug, Clone)]
pub struct RouteInfo {
    pub method: Method,
    pub path: &'static str,
    pub access: Access,
}

/// The router being built and its table.
pub struct Routes {
    router: Router<AppState>,
    pub table: Vec<RouteInfo>,
}

impl Default for Routes {
    fn default() -> Self {
        Self {
            router: Router::new(),
            table: Vec::new(),
        }
    }
}

impl Routes {
    pub fn get<H, T>(self, path: &'static str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(Method::GET, path, access, axum::routing::get(handler))
    }

    pub fn post<H, T>(self, path: &'static str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(Method::POST, path, access, axum::routing::post(handler))
    }

    fn add(
        mut self,
        method: Method,
        path: &'static str,
        access: Access,
        route: MethodRouter<AppState>,
    ) -> Self {
        let guarded =
            route.route_layer(middleware::from_fn(move |request: Request, next: Next| {
                guard(access, request, next)
            }));
        // axum merges method routers added for the same path.
        self.router = self.router.route(path, guarded);
        self.table.push(RouteInfo {
            method,
            path,
            access,
        });
        self
    }

    pub fn into_router(self) -> Router<AppState> {
        self.router
    }
}

/// Lets the request through, or sends an anonymous visitor to sign in and a signed-in
/// person without the right role to a 403 page.
async fn guard(access: Access, request: Request, next: Next) -> Response {
    let who = request.extensions().get::<Principal>();
    if access.allows(who) {
        return next.run(request).await;
    }
    if who.is_some() {
        return HttpError::Forbidden.into_response();
    }
    let prefix = request
        .extensions()
        .get::<Locale>()
        .map(|l| l.prefix)
        .unwrap_or("");
    let back = request
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "/".to_owned());
    let target = format!(
        "{prefix}/login?next={}",
        serde_urlencoded::to_string([("", &back)])
            .unwrap_or_default()
            .trim_start_matches('=')
    );
    if request.method() == Method::GET {
        Redirect::to(&target).into_response()
    } else {
        (
            StatusCode::SEE_OTHER,
            [(axum::http::header::LOCATION, target)],
        )
            .into_response()
    }
}

/// The organisation a member may edit, or 403.
pub fn editable(who: &Principal, organisation_id: i64) -> Result<(), HttpError> {
    if who.may_edit_organisation(organisation_id) {
        Ok(())
    } else {
        Err(HttpError::Forbidden)
    }
}
