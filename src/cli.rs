//! The `sammen` command line. `main.rs` only parses this and calls [`run`].

use clap::{Parser, Subcommand};

use crate::config::{Config, Settings};
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
    /// Check the configuration and print it (touches nothing)
    CheckConfig,
}

#[derive(Debug, Subcommand)]
pub enum DemoAction {
    /// Load the demo municipality into an empty database (migrates first)
    Load,
}

impl Cli {
    /// Settings with every default, as if no flag or variable were given.
    pub fn default_settings() -> Settings {
        Cli::parse_from(["sammen"]).settings
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
            let store = Store::connect(&config.database).await?;
            store.migrate().await?;
            println!("Database migrated: {}", config.database.redacted());
            Ok(())
        }
        Command::Demo {
            action: DemoAction::Load,
        } => {
            let store = Store::connect(&config.database).await?;
            store.migrate().await?;
            let summary = crate::demo::load(&store, config.demo_content).await?;
            println!("{summary}");
            Ok(())
        }
        Command::Reindex => {
            let store = Store::connect(&config.database).await?;
            store.migrate().await?;
            let derived =
                crate::derived::Derived::build(store.clone(), config.municipality.clone()).await?;
            let snapshot = derived.snapshot();
            store.request_reindex().await?;
            println!(
                "Search index rebuilt for {}: {} offers indexed. Running servers rebuild theirs within SAMMEN_CHANGE_POLL_MS.",
                snapshot.municipality.name,
                snapshot.directory.indexed()
            );
            Ok(())
        }
        Command::CheckConfig => {
            print_config(&config);
            Ok(())
        }
    }
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
    println!("  SAMMEN_LOG            {}", config.log);
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
