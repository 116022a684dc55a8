//! The `sammen` command line. `main.rs` only parses this and calls [`run`].

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Parser, Subcommand};

use crate::config::{Config, Settings};
use crate::domain::Municipality;
use crate::store::Store;

#[derive(Debug, Parser)]
#[command(
    name = "sammen",
    version,
    about = "Sammen – a municipality's platform against loneliness",
    long_about = "Sammen – a municipality's platform against loneliness.\n\n\
        With no command it serves the website (same as `sammen serve`). Every flag can also \
        be set with the SAMMEN_* environment variable shown beside it."
)]
pub struct Cli {
    #[command(flatten)]
    pub settings: Settings,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the website: migrate the database, load the demo municipality into an empty one, listen
    Serve,
    /// Create the database if it is missing and apply the embedded migrations, then exit
    Migrate,
    /// Demo municipality (Odsherred)
    Demo {
        #[command(subcommand)]
        action: DemoAction,
    },
    /// Rebuild the search index: check it builds here, and make every running server rebuild its own
    Reindex,
    /// Import offers from another system into the served municipality (all or nothing)
    Import {
        #[command(subcommand)]
        format: ImportFormat,
    },
    /// Export the served municipality's offers for other systems
    Export {
        #[command(subcommand)]
        format: ExportFormat,
    },
    /// What waits for a moderator: citizens' reports of wrong information, and offers not classified yet
    Moderation,
    /// Invite a person by e-mail with roles (e.g. the first administrator); prints the link
    Invite {
        /// Their e-mail address
        email: String,
        /// A role to give (repeat for several)
        #[arg(long = "role", value_enum, required = true)]
        roles: Vec<RoleArg>,
    },
    /// Municipalities in this deployment: onboard one from a file, list them, write one back
    Municipality {
        #[command(subcommand)]
        action: MunicipalityAction,
    },
    /// Staff sign-in through the served municipality's identity provider (OpenID Connect)
    Oidc {
        #[command(subcommand)]
        action: OidcAction,
    },
    /// Check the configuration and print it (touches nothing)
    CheckConfig,
}

#[derive(Debug, Subcommand)]
pub enum MunicipalityAction {
    /// Onboard a municipality from a TOML file (see demo/odsherred/municipality.toml); checked
    /// field by field and refused whole on any error. Running servers serve it within
    /// SAMMEN_CHANGE_POLL_MS
    Add {
        /// The municipality's file
        file: PathBuf,
    },
    /// List the municipalities with their hosts
    List,
    /// Write a municipality's file to standard output
    Export {
        /// The municipality's slug
        slug: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum OidcAction {
    /// Set the identity provider (replaces the one before; audited). Register the
    /// municipality's public address + /login/oidc/callback as the redirect URI at the provider
    Set {
        /// The issuer, e.g. https://login.odsherred.dk/realms/staff (plain http only on this machine)
        #[arg(long)]
        issuer: String,
        /// The client id registered at the provider
        #[arg(long)]
        client_id: String,
        /// An absolute path to a file holding the client secret (the secret is never stored in the database)
        #[arg(long)]
        secret_file: String,
        /// A group and the roles it gives: GROUP=ROLE[,ROLE] (repeat for several)
        #[arg(long = "group-role")]
        group_roles: Vec<String>,
        /// The claim that lists the person's groups (a dotted path reaches into an object)
        #[arg(long, default_value = crate::oidc::DEFAULT_GROUP_CLAIM)]
        group_claim: String,
        /// The scopes asked for
        #[arg(long, default_value = crate::oidc::DEFAULT_SCOPES)]
        scopes: String,
        /// The button's text on /login (default: "Log ind med {municipality}s login")
        #[arg(long)]
        label: Option<String>,
        /// Save it switched off (no button on /login)
        #[arg(long)]
        disabled: bool,
    },
    /// Print the identity provider's settings
    Show,
}

/// Roles as the command line spells them.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum RoleArg {
    Administrator,
    Moderator,
    Ambassador,
    BusCrew,
    Editor,
    Teacher,
}

impl From<RoleArg> for crate::accounts::Role {
    fn from(role: RoleArg) -> Self {
        match role {
            RoleArg::Administrator => crate::accounts::Role::Administrator,
            RoleArg::Moderator => crate::accounts::Role::Moderator,
            RoleArg::Ambassador => crate::accounts::Role::Ambassador,
            RoleArg::BusCrew => crate::accounts::Role::BusCrew,
            RoleArg::Editor => crate::accounts::Role::Editor,
            RoleArg::Teacher => crate::accounts::Role::Teacher,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum DemoAction {
    /// Load the demo municipality into an empty database (migrates first)
    Load,
}

#[derive(Debug, Subcommand)]
pub enum ImportFormat {
    /// A JSON array of Open Referral HSDS 3.0 services; prints what was imported
    Hsds {
        /// The JSON file
        file: PathBuf,
    },
    /// The regional public transport timetable (a GTFS Schedule zip, e.g. the national
    /// Danish feed): checked whole, clipped to the municipality and 15 km around it, and
    /// stored for journeys; replaces the one before
    Gtfs {
        /// The GTFS zip file
        file: PathBuf,
    },
    /// The health profile's published figures as CSV (year, indicator, breakdown, share,
    /// ci_low, ci_high, count, source): checked whole, then stored for /tal
    Figures {
        /// The CSV file
        file: PathBuf,
        /// Whose figures they are: `kommune` (the served municipality) or `land` (all of Denmark)
        #[arg(long, default_value = "kommune")]
        area: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportFormat {
    /// Every offer as a JSON array of Open Referral HSDS 3.0 services
    Hsds {
        /// Where to write it; standard output when left out
        file: Option<PathBuf>,
        /// Every municipality's offers in one array (the national view's export)
        #[arg(long)]
        all: bool,
    },
    /// Den Glade Bus's published plan as a GTFS Schedule zip, for journey planners
    Gtfs {
        /// The zip file to write
        file: PathBuf,
    },
}

impl Cli {
    /// Settings with every default, as if no flag or variable were given.
    pub fn default_settings() -> Settings {
        Settings::defaults()
    }
}

/// Runs a parsed command line. Errors come back to `main`, which prints them on one line.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = cli.settings.validate()?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            crate::telemetry::init(&config.log);
            crate::serve(config).await
        }
        Command::Migrate => {
            let store = Store::connect(&config.database)
                .await?
                .with_clock(config.clock.clone());
            store.migrate().await?;
            println!("Database migrated: {}", config.database.redacted());
            Ok(())
        }
        Command::Demo {
            action: DemoAction::Load,
        } => {
            let store = Store::connect(&config.database)
                .await?
                .with_clock(config.clock.clone());
            store.migrate().await?;
            let summary = crate::demo::load(&store, config.demo_content).await?;
            println!("{summary}");
            Ok(())
        }
        Command::Moderation => {
            let store = Store::connect(&config.database)
                .await?
                .with_clock(config.clock.clone());
            store.migrate().await?;
            let municipality = store.municipality(config.municipality.as_deref()).await?;
            let reports = store.open_offer_report_list(municipality.id).await?;
            println!("Reports of wrong information waiting ({}):", reports.len());
            for r in &reports {
                let contact = if r.contact.is_empty() {
                    "no contact given".to_owned()
                } else {
                    r.contact.clone()
                };
                println!(
                    "  #{} on offer {} \"{}\" ({contact}): {}",
                    r.id, r.offer_id, r.offer_name, r.message
                );
            }
            let pending = store.pending_submissions(municipality.id).await?;
            println!("Offers waiting for approval ({}):", pending.len());
            for s in &pending {
                println!("  #{} {} \"{}\"", s.id, s.kind.code(), s.draft.name);
            }
            let unclassified = store.unclassified_offers(municipality.id).await?;
            println!("Offers not classified yet ({}):", unclassified.len());
            for (id, name) in &unclassified {
                println!("  offer {id} \"{name}\"");
            }
            Ok(())
        }
        Command::Reindex => {
            let store = Store::connect(&config.database)
                .await?
                .with_clock(config.clock.clone());
            store.migrate().await?;
            let derived = crate::derived::Derived::build(
                store.clone(),
                config.municipality.clone(),
                &config.base_url,
            )
            .await?;
            let snapshot = derived.snapshot();
            store.request_reindex().await?;
            println!(
                "Search index rebuilt for {}: {} offers indexed. Running servers rebuild theirs within SAMMEN_CHANGE_POLL_MS.",
                snapshot.municipality.name,
                snapshot.directory.indexed()
            );
            Ok(())
        }
        Command::Import {
            format: ImportFormat::Hsds { file },
        } => import_hsds(&config, &file).await,
        Command::Import {
            format: ImportFormat::Gtfs { file },
        } => import_gtfs(&config, &file).await,
        Command::Import {
            format: ImportFormat::Figures { file, area },
        } => import_figures(&config, &file, &area).await,
        Command::Export {
            format: ExportFormat::Hsds { file, all },
        } => export_hsds(&config, file.as_deref(), all).await,
        Command::Export {
            format: ExportFormat::Gtfs { file },
        } => export_gtfs(&config, &file).await,
        Command::Invite { email, roles } => invite(&config, &email, &roles).await,
        Command::Municipality { action } => municipality(&config, action).await,
        Command::Oidc { action } => oidc(&config, action).await,
        Command::CheckConfig => {
            print_config(&config);
            Ok(())
        }
    }
}

/// `sammen municipality add | list | export`.
async fn municipality(config: &Config, action: MunicipalityAction) -> anyhow::Result<()> {
    let store = Store::connect(&config.database)
        .await?
        .with_clock(config.clock.clone());
    store.migrate().await?;
    match action {
        MunicipalityAction::Add { file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("could not read {}", file.display()))?;
            let checked = crate::municipality::File::read(&text)?;
            let id = store
                .add_municipality(&checked, crate::store::audit::Actor::System)
                .await
                .map_err(|e| match e {
                    crate::store::StoreError::Conflict(what) => {
                        anyhow::anyhow!("kommunefilen er afvist: {what}")
                    }
                    other => other.into(),
                })?;
            println!(
                "Municipality added: {} ({}), id {id}, {} towns, {} places, hosts: {}.",
                checked.municipality.name,
                checked.municipality.slug,
                checked.towns.len(),
                checked.places.len(),
                if checked.hosts.is_empty() {
                    "none".to_owned()
                } else {
                    checked.hosts.join(", ")
                }
            );
        }
        MunicipalityAction::List => {
            for m in store.municipality_list().await? {
                println!("{}\t{}\t{}", m.slug, m.name, m.hosts.join(" "));
            }
        }
        MunicipalityAction::Export { slug } => {
            let file = store.municipality_file(&slug).await.map_err(|e| match e {
                crate::store::StoreError::NotFound => {
                    anyhow::anyhow!("no municipality with the slug '{slug}'")
                }
                other => other.into(),
            })?;
            print!("{}", file.to_toml());
        }
    }
    Ok(())
}

/// `sammen invite`: makes (or finds) the account, gives the roles, and prints a link that
/// lets the person choose a password. The same link is queued as a mail.
async fn invite(config: &Config, email: &str, roles: &[RoleArg]) -> anyhow::Result<()> {
    let (store, municipality) = served(config).await?;
    let email = crate::accounts::normalise_email(email);
    if !crate::accounts::plausible_email(&email) {
        anyhow::bail!("'{email}' is not an e-mail address");
    }
    let lang = crate::i18n::Lang::Da;
    let roles: Vec<crate::accounts::Role> = roles.iter().map(|r| (*r).into()).collect();
    let what = roles
        .iter()
        .map(|r| crate::web::accounts::account::role_name(lang, *r))
        .collect::<Vec<_>>()
        .join(", ");
    let text = crate::accounts::invitation_text(lang, &config.base_url, &municipality.name, &what);
    let invited = store
        .invite(
            municipality.id,
            &crate::store::accounts::Invitation {
                email: &email,
                name: "",
                roles: &roles,
                organisation_id: None,
                by: crate::store::audit::Actor::System,
                detail: "cli",
                token_hash: &text.token_hash,
                lifetime: crate::web::accounts::account::INVITE_SECONDS,
                invite_mail: text.invite_mail,
                roles_mail: text.roles_mail,
            },
        )
        .await?;
    if invited.link {
        println!(
            "Invited {email}. The link (valid 14 days, also sent by mail):\n{}",
            text.link
        );
    } else {
        println!(
            "Invited {email}, who has a password already: the new roles are theirs, and a mail says so. They sign in at {}/login",
            config.base_url
        );
    }
    Ok(())
}

/// `sammen oidc set` and `sammen oidc show`.
async fn oidc(config: &Config, action: OidcAction) -> anyhow::Result<()> {
    let (store, municipality) = served(config).await?;
    match action {
        OidcAction::Show => {
            match store.oidc_provider(municipality.id).await? {
                None => println!("No identity provider is set for {}.", municipality.name),
                Some(p) => {
                    println!("issuer:      {}", p.issuer);
                    println!("client id:   {}", p.client_id);
                    println!("secret file: {}", p.secret_file);
                    println!("group claim: {}", p.group_claim);
                    println!("scopes:      {}", p.scopes);
                    println!("button:      {}", p.label);
                    println!("enabled:     {}", p.enabled);
                    for line in p.role_map.to_lines().lines() {
                        println!("group-role:  {line}");
                    }
                }
            }
            println!(
                "redirect URI to register: {}/login/oidc/callback (on the municipality's own host when the deployment serves several)",
                config.base_url
            );
            Ok(())
        }
        OidcAction::Set {
            issuer,
            client_id,
            secret_file,
            group_roles,
            group_claim,
            scopes,
            label,
            disabled,
        } => {
            let mut draft = crate::oidc::Draft::new_for(&municipality.name);
            draft.issuer = issuer;
            draft.client_id = client_id;
            draft.secret_file = secret_file;
            draft.group_claim = group_claim;
            draft.scopes = scopes;
            if let Some(label) = label {
                draft.label = label;
            }
            draft.role_map = group_roles.join("\n");
            draft.enabled = !disabled;
            let provider = draft.check().map_err(|errors| {
                let lang = crate::i18n::Lang::En;
                let text: Vec<String> = errors
                    .iter()
                    .map(|(field, key)| format!("{field}: {}", lang.t(key)))
                    .collect();
                anyhow::anyhow!("not saved: {}", text.join("; "))
            })?;
            store
                .save_oidc_provider(
                    municipality.id,
                    &provider,
                    crate::store::audit::Actor::System,
                )
                .await?;
            println!(
                "Identity provider set for {}. Register this redirect URI at the provider: {}/login/oidc/callback (on the municipality's own host when the deployment serves several)",
                municipality.name, config.base_url
            );
            Ok(())
        }
    }
}

/// The municipality `SAMMEN_MUNICIPALITY` names (or the first), on a migrated store.
async fn served(config: &Config) -> anyhow::Result<(Store, Municipality)> {
    let store = Store::connect(&config.database)
        .await?
        .with_clock(config.clock.clone());
    store.migrate().await?;
    let municipality = store
        .municipality(config.municipality.as_deref())
        .await
        .with_context(|| match &config.municipality {
            Some(slug) => format!("SAMMEN_MUNICIPALITY: no municipality '{slug}' in the database"),
            None => "no municipality in the database (load one first, e.g. `sammen demo load`)"
                .to_owned(),
        })?;
    Ok((store, municipality))
}

async fn import_hsds(config: &Config, file: &Path) -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let today = config.clock.today();
    let records = crate::directory::hsds::parse_import(&text, today)
        .with_context(|| format!("{} was not imported", file.display()))?;
    let (store, municipality) = served(config).await?;
    let summary = store
        .import_hsds(&municipality, &records)
        .await
        .with_context(|| format!("{} was not imported", file.display()))?;
    println!("{summary} into {}.", municipality.name);
    Ok(())
}

/// `sammen import gtfs`: all or nothing; an error names the file in the zip and the line.
async fn import_gtfs(config: &Config, file: &Path) -> anyhow::Result<()> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let (store, municipality) = served(config).await?;
    let mut area: Vec<crate::domain::Coordinate> = store
        .towns(municipality.id)
        .await?
        .iter()
        .map(|t| t.coordinate)
        .collect();
    area.extend(
        store
            .places(municipality.id)
            .await?
            .iter()
            .map(|p| p.coordinate),
    );
    let (zip, counts) =
        tokio::task::spawn_blocking(move || crate::transport::prepare(&bytes, &area))
            .await?
            .map_err(|e| anyhow::anyhow!("{} was not imported: {e}", file.display()))?;
    store
        .save_transport_feed(
            municipality.id,
            &zip,
            &counts.to_string(),
            crate::store::audit::Actor::System,
        )
        .await
        .with_context(|| format!("{} was not imported", file.display()))?;
    println!(
        "Imported the timetable for {}: {counts} within 15 km of the municipality.",
        municipality.name
    );
    Ok(())
}

/// `sammen import figures`: all or nothing; an error names the line.
async fn import_figures(config: &Config, file: &Path, area: &str) -> anyhow::Result<()> {
    use crate::figures::Area;
    let area = Area::from_code(area).with_context(|| {
        format!("--area: '{area}' is not `kommune` (the municipality) or `land` (all of Denmark)")
    })?;
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let figures = crate::figures::parse_csv(&text, area)
        .map_err(|e| anyhow::anyhow!("{} was not imported: {e}", file.display()))?;
    let (store, municipality) = served(config).await?;
    store
        .import_figures(
            municipality.id,
            &figures,
            crate::store::audit::Actor::System,
        )
        .await
        .with_context(|| format!("{} was not imported", file.display()))?;
    let whose = match area {
        Area::Municipality => "its own",
        Area::Nation => "all of Denmark's",
    };
    println!(
        "Imported {} figures into {} ({whose}); see /tal.",
        figures.len(),
        municipality.name
    );
    Ok(())
}

async fn export_gtfs(config: &Config, file: &Path) -> anyhow::Result<()> {
    let (store, municipality) = served(config).await?;
    let plan = store
        .bus_plan(municipality.id, &crate::i18n::Lang::Da.t("bus-name"))
        .await?;
    let zip =
        crate::bus::gtfs::feed_zip(&plan, &municipality, &config.base_url, config.clock.today())?;
    std::fs::write(file, zip).with_context(|| format!("cannot write {}", file.display()))?;
    println!(
        "Exported the bus plan of {} ({} stops, {} visits a week) to {}.",
        municipality.name,
        plan.stops.len(),
        plan.visits.len(),
        file.display()
    );
    Ok(())
}

async fn export_hsds(config: &Config, file: Option<&Path>, all: bool) -> anyhow::Result<()> {
    let (store, municipality) = served(config).await?;
    let municipalities = if all {
        let mut every = Vec::new();
        for listed in store.municipality_list().await? {
            every.push(store.municipality_by_id(listed.id).await?);
        }
        every
    } else {
        vec![municipality.clone()]
    };
    // Each municipality's services keep the ids its own export gives them.
    let mut services = Vec::new();
    for m in &municipalities {
        let source = store.hsds_source(m).await?;
        if let serde_json::Value::Array(items) = crate::directory::hsds::export(&source) {
            services.extend(items);
        }
    }
    let count = services.len();
    let mut json = serde_json::to_string_pretty(&serde_json::Value::Array(services))?;
    json.push('\n');
    match file {
        Some(path) => {
            std::fs::write(path, json)
                .with_context(|| format!("cannot write {}", path.display()))?;
            let whose = if all {
                format!("{} municipalities", municipalities.len())
            } else {
                municipality.name.clone()
            };
            println!("Exported {count} offers of {whose} to {}.", path.display());
        }
        None => std::io::stdout().write_all(json.as_bytes())?,
    }
    Ok(())
}

fn print_config(config: &Config) {
    println!("Configuration is valid.");
    println!("  SAMMEN_DATABASE_URL   {}", config.database.redacted());
    println!("  SAMMEN_LISTEN         {}", config.listen);
    println!("  SAMMEN_BASE_URL       {}", config.base_url);
    println!("  SAMMEN_DEMO           {}", on_off(config.demo_content));
    println!("  SAMMEN_DEMO_NOTICE    {}", on_off(config.demo_notice));
    println!(
        "  SAMMEN_MUNICIPALITY   {}",
        config
            .municipality
            .as_deref()
            .unwrap_or("(the first in the database)")
    );
    println!("  SAMMEN_CHANGE_POLL_MS {}", config.change_poll.as_millis());
    println!(
        "  SAMMEN_JOB_POLL_MS    {}",
        config
            .job_poll
            .map_or("0 (worker off)".to_owned(), |d| d.as_millis().to_string())
    );
    println!(
        "  SAMMEN_OPS_TOKEN      {}",
        if config.ops_token.is_some() {
            "set (/metrics and /readyz answer with it on SAMMEN_LISTEN)"
        } else {
            "unset (/metrics and /readyz answer 404 on SAMMEN_LISTEN)"
        }
    );
    println!(
        "  SAMMEN_OPS_LISTEN     {}",
        config
            .ops_listen
            .map_or("unset (no operators' listener)".to_owned(), |a| format!(
                "{a} (/healthz, /readyz, /metrics without a token)"
            ))
    );
    println!("  SAMMEN_LOG            {}", config.log);
    let key = &config.secret_key_file;
    let state = if key.exists() {
        "exists"
    } else if config.database.backend == crate::config::Backend::Sqlite {
        "missing: made on first start"
    } else {
        "MISSING: required with PostgreSQL"
    };
    println!("  SAMMEN_SECRET_KEY_FILE {} ({state})", key.display());
    let proxies: Vec<String> = config
        .trusted_proxies
        .iter()
        .map(|p| p.to_string())
        .collect();
    println!(
        "  SAMMEN_TRUSTED_PROXIES {}",
        if proxies.is_empty() {
            "(none: the client is the connection's address)".to_owned()
        } else {
            proxies.join(",")
        }
    );
    println!("  SAMMEN_MIN_FORM_SECONDS {}", config.min_form_seconds);
}

fn on_off(on: bool) -> &'static str {
    if on { "on" } else { "off" }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn command_line_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
