use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = sammen::cli::Cli::parse();
    match sammen::cli::run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // One line, the whole cause chain, no panic and no backtrace.
            eprintln!("sammen: {err:#}");
            ExitCode::from(2)
        }
    }
}
