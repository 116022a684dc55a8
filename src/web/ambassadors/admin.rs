//! Keeping the ambassadors: administrators add and edit profiles, link them to an
//! account, record completed training and add modules (`/admin/ambassador/…`,
//! `/admin/uddannelse/ny`); an ambassador edits their own profile — and so chooses what
//! the public sees — at `/konto/ambassador`. Every change goes to the audit log.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::accounts::{Principal, Role, normalise_email};
use crate::ambassadors::{Ambassador, LANGUAGES, Module, SETTINGS, clean_photo};
use crate::domain::town_names;
use crate::domain::vocab::TARGET_GROUPS;
use crate::format::language_name;
use crate::store::ambassadors::{NewAmbassador, ProfileEditor};
use crate::store::audit::Actor;
use crate::store::forms::FormClaim;
use crate::web::AppState;
use crate::web::ambassadors::public::{group_name, setting_name};
use crate::web::chrome::Chrome;
use crate::web::error::HttpError;
use crate::web::forms::{Field, FormData, FormView, Kind, Upload, check_length, town_choices};
use crate::web::page::{FormPage, MessagePage};
use crate::web::routes::{Access, Routes};
use crate::web::served::Served;
use crate::web::session::SignedIn;

pub fn routes(r: Routes) -> Routes {
    r.get("/admin/ambassador/ny", Access::Administrator, new_form)
        .post("/admin/ambassador/ny", Access::Administrator, create)
        .get("/admin/ambassador/{id}", Access::Administrator, edit_form)
        .post("/admin/ambassador/{id}", Access::Administrator, update)
        .post(
            "/admin/ambassador/{id}/uddannelse",
            Access::Administrator,
            add_training,
        )
        .get("/admin/uddannelse/ny", Access::Administrator, module_form)
        .post("/admin/uddannelse/ny", Access::Administrator, add_module)
        .post(
            "/admin/ambassador/{id}/foto",
            Access::Administrator,
            admin_photo,
        )
        .get("/konto/ambassador", Access::Staff, own_form)
        .post("/konto/ambassador", Access::Staff, own_update)
        .post("/konto/ambassador/foto", Access::Staff, own_photo)
}

/// The profile form's values, as typed.
#[derive(Default)]
struct Profile {
    first_name: String,
    about: String,
    reachable: String,
    groups: Vec<String>,
    settings: Vec<String>,
    towns: Vec<String>,
    languages: Vec<String>,
    published: bool,
    account_email: String,
}

impl Profile {
    fn of(a: &Ambassador, account_email: String) -> Profile {
        Profile {
            first_name: a.first_name.clone(),
            about: a.about.clone(),
            reachable: a.reachable.clone(),
            groups: a.target_groups.clone(),
            settings: a.settings.clone(),
            towns: a.towns.iter().map(|t| t.name.clone()).collect(),
            languages: a.languages.clone(),
            published: a.published,
            account_email,
        }
    }

    fn from_form(form: &FormData) -> Profile {
        let text = |k: &str, max: usize| form.get(k).trim().chars().take(max).collect::<String>();
        Profile {
            first_name: text("fornavn", 41),
            about: text("om", 601),
            reachable: text("traeffes", 101),
            groups: form.all("maalgruppe"),
            settings: form.all("sted"),
            towns: form.all("by"),
            languages: form.all("sprog"),
            published: form.get("vis") == "ja",
            account_email: normalise_email(form.get("konto")),
        }
    }

    fn errors(&self, towns: &[String]) -> Vec<(&'static str, &'static str)> {
        let mut e = Vec::new();
        if self.first_name.is_empty() {
            e.push(("fornavn", "amb-error-name"));
        }
        check_length(&mut e, "fornavn", &self.first_name, 40);
        check_length(&mut e, "om", &self.about, 600);
        check_length(&mut e, "traeffes", &self.reachable, 100);
        let known =
            |list: &[String], allowed: &dyn Fn(&str) -> bool| list.iter().all(|v| allowed(v));
        if self.groups.is_empty() {
            e.push(("maalgruppe", "amb-error-groups"));
        } else if !known(&self.groups, &|v| TARGET_GROUPS.contains(&v)) {
            e.push(("maalgruppe", "form-error-choice"));
        }
        if !known(&self.settings, &|v| SETTINGS.contains(&v)) {
            e.push(("sted", "form-error-choice"));
        }
        if self.towns.is_empty() {
            e.push(("by", "amb-error-towns"));
        } else if !known(&self.towns, &|v| towns.iter().any(|t| t == v)) {
            e.push(("by", "form-error-choice"));
        }
        if self.languages.is_empty() {
            e.push(("sprog", "amb-error-languages"));
        } else if !known(&self.languages, &|v| LANGUAGES.contains(&v)) {
            e.push(("sprog", "form-error-choice"));
        }
        e
    }

    fn to_new(&self, account_id: Option<i64>, served: &Served) -> NewAmbassador {
        let snapshot = served.clone();
        NewAmbassador {
            account_id,
            first_name: self.first_name.clone(),
            about: self.about.clone(),
            reachable: self.reachable.clone(),
            target_groups: self.groups.clone(),
            settings: self.settings.clone(),
            town_ids: self
                .towns
                .iter()
                .filter_map(|t| snapshot.directory.town(t).map(|t| t.id))
                .collect(),
            languages: self.languages.clone(),
            published: self.published,
        }
    }
}

fn profile_view(
    state: &AppState,
    chrome: &Chrome,
    action: &str,
    p: &Profile,
    with_account: bool,
    served: &Served,
) -> FormView {
    let lang = chrome.lang;
    let t = |k: &str| chrome.t(k);
    let list = |items: &[&str], name: &dyn Fn(&str) -> String| -> Vec<(String, String)> {
        items.iter().map(|v| (v.to_string(), name(v))).collect()
    };
    let towns = town_choices(&served.directory.towns, None);
    let mut form = FormView::new(state, chrome, action)
        .field(
            Field::new(Kind::Text, "fornavn", t("amb-first-name"))
                .hint(t("amb-first-name-hint"))
                .value(p.first_name.clone())
                .required()
                .max(40),
        )
        .field(
            Field::new(Kind::TextArea, "om", t("amb-about"))
                .hint(t("amb-about-hint"))
                .value(p.about.clone())
                .max(600),
        )
        .field(
            Field::new(Kind::Text, "traeffes", t("amb-reachable"))
                .hint(t("amb-reachable-hint"))
                .value(p.reachable.clone())
                .max(100),
        )
        .field(
            Field::new(Kind::Checkboxes, "maalgruppe", t("ambassador-groups"))
                .choices(list(TARGET_GROUPS, &|g| group_name(lang, g)), &p.groups),
        )
        .field(
            Field::new(Kind::Checkboxes, "sted", t("ambassador-settings"))
                .choices(list(SETTINGS, &|s| setting_name(lang, s)), &p.settings),
        )
        .field(Field::new(Kind::Checkboxes, "by", t("ambassador-towns")).choices(towns, &p.towns))
        .field(
            Field::new(Kind::Checkboxes, "sprog", t("ambassador-languages"))
                .choices(list(LANGUAGES, &|l| language_name(lang, l)), &p.languages),
        )
        .field(
            Field::new(Kind::Checkbox, "vis", t("amb-published"))
                .hint(t("amb-published-hint"))
                .checked(p.published),
        );
    if with_account {
        form = form.field(
            Field::new(Kind::Email, "konto", t("amb-account"))
                .hint(t("amb-account-hint"))
                .value(p.account_email.clone())
                .autocomplete("off"),
        );
    }
    form.button("", "", t("amb-save"), false)
}

async fn new_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
) -> Result<Response, HttpError> {
    let p = Profile {
        published: true,
        languages: vec!["da".into()],
        ..Profile::default()
    };
    let form = profile_view(&state, &chrome, "/admin/ambassador/ny", &p, true, &served);
    FormPage::new(chrome, "amb-new-title", form).render(StatusCode::OK)
}

/// The account an e-mail names, if any; an error key when it names nobody.
async fn account_for(
    state: &AppState,
    municipality: i64,
    email: &str,
) -> Result<Result<Option<i64>, &'static str>, HttpError> {
    if email.is_empty() {
        return Ok(Ok(None));
    }
    match state.store.account_by_email(municipality, email).await {
        Ok(account) if account.unproven() => Ok(Err("account-error-unproven")),
        Ok(account) => Ok(Ok(Some(account.id))),
        Err(crate::store::StoreError::NotFound) => Ok(Err("amb-error-account")),
        Err(other) => Err(other.into()),
    }
}

async fn create(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    form: FormData,
) -> Result<Response, HttpError> {
    let p = Profile::from_form(&form);
    let mut errors = p.errors(&town_names(&served.directory.towns));
    let account = match account_for(&state, who.municipality_id, &p.account_email).await? {
        Ok(account) => account,
        Err(key) => {
            errors.push(("konto", key));
            None
        }
    };
    if !errors.is_empty() {
        let view = profile_view(&state, &chrome, "/admin/ambassador/ny", &p, true, &served)
            .with_errors(&chrome, &errors);
        return FormPage::new(chrome, "amb-new-title", view).render(StatusCode::BAD_REQUEST);
    }
    if let FormClaim::Seen(outcome) = state.store.claim_form(&form.nonce).await? {
        return Ok(Redirect::to(if outcome.is_empty() {
            "/admin/ambassadorer"
        } else {
            &outcome
        })
        .into_response());
    }
    let id = state
        .store
        .add_ambassador(
            who.municipality_id,
            &p.to_new(account, &served),
            Actor::Account(who.account_id),
        )
        .await?;
    let to = chrome.href(&format!("/admin/ambassador/{id}?gemt=1"));
    state.store.finish_form(&form.nonce, &to).await?;
    Ok(Redirect::to(&to).into_response())
}

async fn find(state: &AppState, municipality: i64, id: &str) -> Result<Ambassador, HttpError> {
    let id: i64 = id.parse().map_err(|_| HttpError::NotFound)?;
    state
        .store
        .ambassadors(municipality)
        .await?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or(HttpError::NotFound)
}

#[derive(Template)]
#[template(path = "ambassadors/admin.html")]
struct EditPage {
    chrome: Chrome,
    name: String,
    notice: Option<String>,
    form: FormView,
    photo: PhotoForm,
    training: Vec<(String, String)>,
    training_form: FormView,
}

async fn account_email(
    state: &AppState,
    municipality: i64,
    a: &Ambassador,
) -> Result<String, HttpError> {
    Ok(match a.account_id {
        Some(id) => state
            .store
            .accounts(municipality)
            .await?
            .into_iter()
            .find(|s| s.account.id == id)
            .map(|s| s.account.email)
            .unwrap_or_default(),
        None => String::new(),
    })
}

fn training_view(
    state: &AppState,
    chrome: &Chrome,
    id: i64,
    modules: &[Module],
    chosen: &str,
    date: &str,
) -> FormView {
    let choices = modules
        .iter()
        .map(|m| (m.id.to_string(), m.title.clone()))
        .collect();
    FormView::new(state, chrome, &format!("/admin/ambassador/{id}/uddannelse"))
        .field(
            Field::new(Kind::Select, "modul", chrome.t("amb-module"))
                .choices(choices, &[chosen.to_owned()]),
        )
        .field(
            Field::new(Kind::Text, "dato", chrome.t("amb-completed-on"))
                .hint(chrome.t("amb-completed-on-hint"))
                .value(date.to_owned())
                .max(10),
        )
        .button("", "", chrome.t("amb-add-training"), false)
}

#[allow(clippy::too_many_arguments)]
async fn edit_page(
    chrome: Chrome,
    state: &AppState,
    a: &Ambassador,
    p: &Profile,
    errors: &[(&'static str, &'static str)],
    training_errors: &[(&'static str, &'static str)],
    notice: Option<String>,
    status: StatusCode,
    served: &Served,
) -> Result<Response, HttpError> {
    let (page, status) = edit_view(
        chrome,
        state,
        a,
        p,
        errors,
        training_errors,
        notice,
        status,
        served,
    )
    .await?;
    crate::web::page::render_page(&page, status)
}

#[allow(clippy::too_many_arguments)]
async fn edit_view(
    chrome: Chrome,
    state: &AppState,
    a: &Ambassador,
    p: &Profile,
    errors: &[(&'static str, &'static str)],
    training_errors: &[(&'static str, &'static str)],
    notice: Option<String>,
    status: StatusCode,
    served: &Served,
) -> Result<(EditPage, StatusCode), HttpError> {
    let municipality = served.municipality.id;
    let modules = state.store.training_modules(municipality).await?;
    let action = format!("/admin/ambassador/{}", a.id);
    let page = EditPage {
        name: a.first_name.clone(),
        photo: photo_form(state, &chrome, &format!("{action}/foto"), a, None),
        notice,
        form: profile_view(state, &chrome, &action, p, true, served).with_errors(&chrome, errors),
        training: a
            .training
            .iter()
            .map(|c| {
                (
                    c.title.clone(),
                    crate::format::date(chrome.lang, c.completed_on),
                )
            })
            .collect(),
        training_form: training_view(
            state,
            &chrome,
            a.id,
            &modules,
            "",
            &state.clock().today().to_string(),
        )
        .with_errors(&chrome, training_errors),
        chrome,
    };
    Ok((page, status))
}

async fn edit_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<String>,
    axum::extract::Query(params): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let a = find(&state, who.municipality_id, &id).await?;
    let p = Profile::of(&a, account_email(&state, who.municipality_id, &a).await?);
    let notice = notice_for(&chrome, &params);
    edit_page(
        chrome,
        &state,
        &a,
        &p,
        &[],
        &[],
        notice,
        StatusCode::OK,
        &served,
    )
    .await
}

async fn update(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let a = find(&state, who.municipality_id, &id).await?;
    let p = Profile::from_form(&form);
    let mut errors = p.errors(&town_names(&served.directory.towns));
    let account = match account_for(&state, who.municipality_id, &p.account_email).await? {
        Ok(account) => account,
        Err(key) => {
            errors.push(("konto", key));
            None
        }
    };
    if !errors.is_empty() {
        return edit_page(
            chrome,
            &state,
            &a,
            &p,
            &errors,
            &[],
            None,
            StatusCode::BAD_REQUEST,
            &served,
        )
        .await;
    }
    if let FormClaim::Fresh = state.store.claim_form(&form.nonce).await? {
        state
            .store
            .update_ambassador(
                who.municipality_id,
                a.id,
                &p.to_new(account, &served),
                ProfileEditor::Administrator(who.account_id),
            )
            .await?;
    }
    Ok(Redirect::to(&chrome.href(&format!("/admin/ambassador/{}?gemt=1", a.id))).into_response())
}

async fn add_training(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, HttpError> {
    let a = find(&state, who.municipality_id, &id).await?;
    let modules = state.store.training_modules(who.municipality_id).await?;
    let module = form
        .get("modul")
        .parse::<i64>()
        .ok()
        .filter(|m| modules.iter().any(|x| x.id == *m));
    let date = form.get("dato").trim().parse::<jiff::civil::Date>().ok();
    let mut errors = Vec::new();
    if module.is_none() {
        errors.push(("modul", "form-error-choice"));
    }
    match date {
        None => errors.push(("dato", "amb-error-date")),
        Some(d) if d > state.clock().today() => errors.push(("dato", "amb-error-future")),
        Some(_) => {}
    }
    let (Some(module), Some(date), true) = (module, date, errors.is_empty()) else {
        let p = Profile::of(&a, account_email(&state, who.municipality_id, &a).await?);
        return edit_page(
            chrome,
            &state,
            &a,
            &p,
            &[],
            &errors,
            None,
            StatusCode::BAD_REQUEST,
            &served,
        )
        .await;
    };
    state
        .store
        .record_training(
            who.municipality_id,
            a.id,
            module,
            &date.to_string(),
            Actor::Account(who.account_id),
        )
        .await?;
    Ok(Redirect::to(&chrome.href(&format!("/admin/ambassador/{}?gemt=1", a.id))).into_response())
}

fn module_view(state: &AppState, chrome: &Chrome, m: &Module) -> FormView {
    let t = |k: &str| chrome.t(k);
    FormView::new(state, chrome, "/admin/uddannelse/ny")
        .field(
            Field::new(Kind::Text, "titel", t("amb-module-title"))
                .value(m.title.clone())
                .required(),
        )
        .field(
            Field::new(Kind::TextArea, "beskrivelse", t("amb-module-description"))
                .value(m.description.clone())
                .max(1000),
        )
        .field(
            Field::new(Kind::Text, "materiale", t("amb-module-material"))
                .hint(t("amb-module-material-hint"))
                .value(m.material.clone())
                .max(300),
        )
        .field(
            Field::new(Kind::Number, "minutter", t("amb-module-minutes"))
                .hint(t("amb-module-minutes-hint"))
                .value(if m.minutes > 0 {
                    m.minutes.to_string()
                } else {
                    String::new()
                })
                .max(5),
        )
        .button("", "", t("amb-module-save"), false)
}

async fn module_form(chrome: Chrome, State(state): State<AppState>) -> Result<Response, HttpError> {
    let m = Module {
        id: 0,
        code: String::new(),
        title: String::new(),
        description: String::new(),
        material: String::new(),
        minutes: 0,
    };
    let form = module_view(&state, &chrome, &m);
    FormPage::new(chrome, "amb-module-new", form).render(StatusCode::OK)
}

async fn add_module(
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    form: FormData,
) -> Result<Response, HttpError> {
    let text = |k: &str, max: usize| form.get(k).trim().chars().take(max).collect::<String>();
    let minutes = form.get("minutter").trim().parse::<i64>().ok();
    let m = Module {
        id: 0,
        code: String::new(),
        title: text("titel", 121),
        description: text("beskrivelse", 1001),
        material: text("materiale", 301),
        minutes: minutes.unwrap_or(0),
    };
    let mut errors = Vec::new();
    if m.title.is_empty() {
        errors.push(("titel", "amb-error-module-title"));
    }
    check_length(&mut errors, "titel", &m.title, 120);
    check_length(&mut errors, "beskrivelse", &m.description, 1000);
    check_length(&mut errors, "materiale", &m.material, 300);
    if !minutes.is_some_and(|n| (1..=10_000).contains(&n)) {
        errors.push(("minutter", "amb-error-minutes"));
    }
    if !errors.is_empty() {
        let view = module_view(&state, &chrome, &m).with_errors(&chrome, &errors);
        return FormPage::new(chrome, "amb-module-new", view).render(StatusCode::BAD_REQUEST);
    }
    if let FormClaim::Fresh = state.store.claim_form(&form.nonce).await? {
        state
            .store
            .add_training_module(who.municipality_id, &m, Actor::Account(who.account_id))
            .await?;
    }
    Ok(Redirect::to(&chrome.href("/admin/ambassadorer?modul=1")).into_response())
}

/// The signed-in ambassador's own profile, or a plain message when there is none.
async fn own(state: &AppState, who: &Principal) -> Result<Option<Ambassador>, HttpError> {
    if !(who.has(Role::Ambassador) || who.is_admin()) {
        return Err(HttpError::Forbidden);
    }
    let Some((id, _)) = state
        .store
        .ambassador_of_account(who.municipality_id, who.account_id)
        .await?
    else {
        return Ok(None);
    };
    Ok(state
        .store
        .ambassadors(who.municipality_id)
        .await?
        .into_iter()
        .find(|a| a.id == id))
}

#[derive(Template)]
#[template(path = "ambassadors/own.html")]
struct OwnPage {
    chrome: Chrome,
    notice: Option<String>,
    form: FormView,
    photo: PhotoForm,
}

fn own_page(
    state: &AppState,
    chrome: Chrome,
    a: &Ambassador,
    form: FormView,
    notice: Option<String>,
    photo_error: Option<String>,
) -> OwnPage {
    OwnPage {
        photo: photo_form(state, &chrome, "/konto/ambassador/foto", a, photo_error),
        notice,
        form,
        chrome,
    }
}

fn notice_for(
    chrome: &Chrome,
    params: &std::collections::HashMap<String, String>,
) -> Option<String> {
    match params.get("foto").map(String::as_str) {
        Some("gemt") => Some(chrome.t("photo-saved")),
        Some("fjernet") => Some(chrome.t("photo-removed")),
        _ => params.get("gemt").map(|_| chrome.t("amb-saved")),
    }
}

/// The photo upload form beside a profile.
pub struct PhotoForm {
    pub action: String,
    pub token: String,
    pub has_photo: bool,
    pub src: String,
    pub alt: String,
    pub error: Option<String>,
}

fn photo_form(
    state: &AppState,
    chrome: &Chrome,
    action: &str,
    a: &Ambassador,
    error: Option<String>,
) -> PhotoForm {
    PhotoForm {
        action: chrome.href(action),
        token: state
            .form_key
            .issue(chrome.session.as_deref(), state.store.now()),
        // The public address serves only published profiles; staff see a hidden one's
        // photo once it is shown again.
        has_photo: a.has_photo && a.published,
        src: chrome.href(&format!("/ambassadorer/{}/foto", a.id)),
        alt: chrome
            .lang
            .t_with("photo-alt", &[("name", a.first_name.clone().into())]),
        error,
    }
}

/// Saves or removes the photo. `Ok(done)` names what happened; `Err(key)` a mistake.
async fn change_photo(
    state: &AppState,
    who: &Principal,
    a: &Ambassador,
    upload: &Upload,
) -> Result<Result<&'static str, &'static str>, HttpError> {
    let remove = upload.get("handling") == "fjern";
    // Only the pixels are kept (`clean_photo`): the upload's EXIF, GPS included, is not.
    let cleaned = match (&upload.file, remove) {
        (Some(bytes), false) => {
            let bytes = bytes.clone();
            tokio::task::spawn_blocking(move || clean_photo(&bytes))
                .await
                .map_err(|e| HttpError::Internal(e.into()))?
        }
        _ => None,
    };
    if !remove {
        if upload.too_large {
            return Ok(Err("photo-error-large"));
        }
        match (&upload.file, &cleaned) {
            (None, _) => return Ok(Err("photo-error-none")),
            (Some(_), None) => return Ok(Err("photo-error-type")),
            _ => {}
        }
    }
    if let FormClaim::Fresh = state.store.claim_form(&upload.nonce).await? {
        let photo = match (remove, &cleaned) {
            (true, _) => None,
            (false, Some((kind, bytes))) => Some((*kind, bytes.as_slice())),
            _ => return Ok(Ok("gemt")),
        };
        state
            .store
            .set_ambassador_photo(
                who.municipality_id,
                a.id,
                photo,
                Actor::Account(who.account_id),
            )
            .await?;
    }
    Ok(Ok(if remove { "fjernet" } else { "gemt" }))
}

async fn admin_photo(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<String>,
    upload: Upload,
) -> Result<Response, HttpError> {
    let a = find(&state, who.municipality_id, &id).await?;
    match change_photo(&state, &who, &a, &upload).await? {
        Ok(done) => Ok(Redirect::to(
            &chrome.href(&format!("/admin/ambassador/{}?foto={done}", a.id)),
        )
        .into_response()),
        Err(key) => {
            let p = Profile::of(&a, account_email(&state, who.municipality_id, &a).await?);
            let message = chrome.t(key);
            let (mut page, status) = edit_view(
                chrome,
                &state,
                &a,
                &p,
                &[],
                &[],
                None,
                StatusCode::BAD_REQUEST,
                &served,
            )
            .await?;
            page.photo.error = Some(message);
            crate::web::page::render_page(&page, status)
        }
    }
}

async fn own_photo(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    // Read after the role check: who may not upload is refused before the body counts.
    upload: Result<Upload, HttpError>,
) -> Result<Response, HttpError> {
    let own = own(&state, &who).await?;
    // The form token is checked before anything is answered, also for someone without a
    // profile (a coordinator): a POST without a valid token is always 403.
    let upload = upload?;
    let Some(a) = own else {
        return MessagePage::new(chrome, "amb-own-title", &["requests-no-profile"])
            .render(StatusCode::OK);
    };
    match change_photo(&state, &who, &a, &upload).await? {
        Ok(done) => Ok(
            Redirect::to(&chrome.href(&format!("/konto/ambassador?foto={done}"))).into_response(),
        ),
        Err(key) => {
            let form = profile_view(
                &state,
                &chrome,
                "/konto/ambassador",
                &Profile::of(&a, String::new()),
                false,
                &served,
            );
            let message = chrome.t(key);
            let page = own_page(&state, chrome, &a, form, None, Some(message));
            crate::web::page::render_page(&page, StatusCode::BAD_REQUEST)
        }
    }
}

async fn own_form(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    axum::extract::Query(params): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Result<Response, HttpError> {
    let Some(a) = own(&state, &who).await? else {
        return MessagePage::new(chrome, "amb-own-title", &["requests-no-profile"])
            .render(StatusCode::OK);
    };
    let form = profile_view(
        &state,
        &chrome,
        "/konto/ambassador",
        &Profile::of(&a, String::new()),
        false,
        &served,
    );
    let notice = notice_for(&chrome, &params);
    crate::web::page::render_page(
        &own_page(&state, chrome, &a, form, notice, None),
        StatusCode::OK,
    )
}

async fn own_update(
    served: Served,
    chrome: Chrome,
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    form: FormData,
) -> Result<Response, HttpError> {
    let Some(a) = own(&state, &who).await? else {
        return MessagePage::new(chrome, "amb-own-title", &["requests-no-profile"])
            .render(StatusCode::OK);
    };
    let p = Profile::from_form(&form);
    let errors = p.errors(&town_names(&served.directory.towns));
    if !errors.is_empty() {
        let view = profile_view(&state, &chrome, "/konto/ambassador", &p, false, &served)
            .with_errors(&chrome, &errors);
        return crate::web::page::render_page(
            &own_page(&state, chrome, &a, view, None, None),
            StatusCode::BAD_REQUEST,
        );
    }
    if let FormClaim::Fresh = state.store.claim_form(&form.nonce).await? {
        state
            .store
            .update_ambassador(
                who.municipality_id,
                a.id,
                &p.to_new(a.account_id, &served),
                ProfileEditor::Ambassador(who.account_id),
            )
            .await?;
    }
    Ok(Redirect::to(&chrome.href("/konto/ambassador?gemt=1")).into_response())
}
