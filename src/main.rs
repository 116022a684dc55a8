use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    bound_malloc_arenas();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("sammen: {err:#}");
            return ExitCode::from(2);
        }
    };
    let cli = sammen::cli::Cli::parse();
    match runtime.block_on(sammen::cli::run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // One line, the whole cause chain, no panic and no backtrace.
            eprintln!("sammen: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// Two malloc arenas instead of glibc's default of eight per core. With one arena per
/// thread that ever allocated (tokio's workers, SQLite's connection threads, the blocking
/// pool), freed memory stayed spread over many arenas and the server's resident memory
/// grew ~0.6 MiB a minute under the 10-minute soak (+10 %); with two it stays flat (+1.5 %,
/// and 11 MiB lower) — BENCHMARKS.md "Soak". Set before any thread starts. An
/// operator's `MALLOC_ARENA_MAX` wins.
fn bound_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: mallopt only changes the allocator's tuning; called before any other
        // thread exists, so nothing allocates concurrently.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 2);
        }
    }
}
