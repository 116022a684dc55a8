//! The `sammen` binary as an operator meets it.

use std::process::{Command, Output};

fn sammen(args: &[&str], env: &[(&str, &str)], dir: &std::path::Path) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sammen"));
    command.args(args).current_dir(dir);
    for (key, _) in std::env::vars().filter(|(k, _)| k.starts_with("SAMMEN_")) {
        command.env_remove(key);
    }
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("sammen runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `--help` (the binary's, at every level) against the program's own command tree: each
/// command is listed with its description, each `SAMMEN_*` variable is named; and the
/// README names the same commands and has a row for each variable, no more and no fewer.
#[test]
fn help_documents_every_command_and_variable() {
    use clap::CommandFactory;
    let dir = tempfile::tempdir().unwrap();
    let tree = sammen::cli::Cli::command();

    // Commands, depth first: "serve", …, "export hsds", "export gtfs".
    fn walk(command: &clap::Command, path: &[&str], dir: &std::path::Path, out: &mut Vec<String>) {
        let mut args = path.to_vec();
        args.push("--help");
        let output = sammen(&args, &[], dir);
        assert!(output.status.success(), "sammen {}", args.join(" "));
        let help = String::from_utf8_lossy(&output.stdout).into_owned();
        let listed = help
            .split_once("Commands:")
            .map(|(_, rest)| rest.split("\n\n").next().unwrap().to_owned())
            .unwrap_or_default();
        for sub in command.get_subcommands() {
            let name = sub.get_name();
            let about = sub
                .get_about()
                .expect("every command has a description")
                .to_string();
            assert!(
                listed.lines().any(|l| l
                    .trim_start()
                    .strip_prefix(name)
                    .is_some_and(|rest| rest.trim() == about)),
                "`sammen {}` does not list {name}: {help}",
                args.join(" ")
            );
            let mut below = path.to_vec();
            below.push(name);
            out.push(below.join(" "));
            walk(sub, &below, dir, out);
        }
    }
    let mut commands = Vec::new();
    walk(&tree, &[], dir.path(), &mut commands);
    for expected in [
        "serve",
        "reindex",
        "demo load",
        "import hsds",
        "export gtfs",
        "check-config",
    ] {
        assert!(
            commands.iter().any(|c| c == expected),
            "{expected}: {commands:?}"
        );
    }

    // Variables: every setting the program reads from the environment.
    let variables: std::collections::BTreeSet<String> = tree
        .get_arguments()
        .filter_map(|a| a.get_env())
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    assert!(variables.len() >= 14, "{variables:?}");
    let help = String::from_utf8_lossy(&sammen(&["--help"], &[], dir.path()).stdout).into_owned();
    for variable in &variables {
        assert!(variable.starts_with("SAMMEN_"), "{variable}");
        // A secret's value is never shown (`hide_env_values`): "[env: NAME]".
        assert!(
            help.contains(&format!("[env: {variable}="))
                || help.contains(&format!("[env: {variable}]")),
            "--help does not name {variable}"
        );
    }

    // The README: a row per variable in the configuration table, and every command named.
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let documented: std::collections::BTreeSet<String> = readme
        .lines()
        .filter_map(|l| l.strip_prefix("| `SAMMEN_"))
        .map(|rest| format!("SAMMEN_{}", rest.split('`').next().unwrap()))
        .filter(|v| !v.starts_with("SAMMEN_TEST_"))
        .collect();
    assert_eq!(documented, variables, "README's configuration table");
    for command in &commands {
        let leaf = !commands
            .iter()
            .any(|c| c.starts_with(&format!("{command} ")));
        if leaf {
            assert!(
                readme.contains(&format!("`sammen {command}")),
                "README does not name `sammen {command}`"
            );
        }
    }
    let in_table: Vec<&str> = readme
        .lines()
        .filter_map(|l| l.strip_prefix("| `sammen "))
        .map(|rest| rest.split('`').next().unwrap())
        .collect();
    assert!(in_table.len() >= 9, "{in_table:?}");
    for row in in_table {
        let words: Vec<&str> = row
            .split(' ')
            .take_while(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
            .collect();
        assert!(
            commands.contains(&words.join(" ")),
            "README's `sammen {row}` is not a command: {commands:?}"
        );
    }
}

#[test]
fn a_bad_database_url_is_one_line_naming_the_variable() {
    let dir = tempfile::tempdir().unwrap();
    let output = sammen(
        &[],
        &[("SAMMEN_DATABASE_URL", "mysql://localhost/x")],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("SAMMEN_DATABASE_URL") && !err.contains("panicked"),
        "{err}"
    );
}

#[test]
fn a_bad_port_is_one_line_naming_the_variable() {
    let dir = tempfile::tempdir().unwrap();
    for listen in ["127.0.0.1:99999", "localhost", "127.0.0.1:abc"] {
        let output = sammen(&["check-config"], &[("SAMMEN_LISTEN", listen)], dir.path());
        assert_eq!(output.status.code(), Some(2));
        let err = stderr(&output);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("SAMMEN_LISTEN"), "{err}");
    }
}

#[test]
fn a_port_in_use_is_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let listen = taken.local_addr().unwrap().to_string();
    let output = sammen(
        &["serve"],
        &[("SAMMEN_LISTEN", &listen), ("SAMMEN_LOG", "off")],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("SAMMEN_LISTEN") && err.contains(&listen),
        "{err}"
    );
}

#[test]
fn check_config_touches_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let output = sammen(&["check-config"], &[], dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(out.contains("sqlite://sammen.db") && out.contains("127.0.0.1:8080"));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "check-config created a file"
    );
}

#[test]
fn migrate_then_demo_load_once() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("x.db").display());
    let env = [("SAMMEN_DATABASE_URL", url.as_str())];
    let migrate = sammen(&["migrate"], &env, dir.path());
    assert!(migrate.status.success(), "{}", stderr(&migrate));
    assert!(dir.path().join("x.db").exists(), "SQLite file created");
    let load = sammen(&["demo", "load"], &env, dir.path());
    assert!(load.status.success(), "{}", stderr(&load));
    assert!(String::from_utf8_lossy(&load.stdout).contains("40 organisations"));
    let again = sammen(&["demo", "load"], &env, dir.path());
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("empty database"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn moderation_lists_what_waits() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("x.db").display());
    let env = [("SAMMEN_DATABASE_URL", url.as_str())];
    assert!(sammen(&["demo", "load"], &env, dir.path()).status.success());
    let output = sammen(&["moderation"], &env, dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(
        out.contains("Reports of wrong information waiting (0)")
            && out.contains("Offers not classified yet (0)")
            && out.contains("Offers waiting for approval (0)"),
        "{out}"
    );
}

#[test]
fn an_unknown_municipality_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("x.db").display());
    let output = sammen(
        &["serve"],
        &[
            ("SAMMEN_DATABASE_URL", &url),
            ("SAMMEN_MUNICIPALITY", "aarhus"),
            ("SAMMEN_LISTEN", "127.0.0.1:0"),
            ("SAMMEN_LOG", "off"),
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("SAMMEN_MUNICIPALITY: no municipality 'aarhus'"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn invite_makes_the_first_administrator_with_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("x.db").display());
    let env = [
        ("SAMMEN_DATABASE_URL", url.as_str()),
        ("SAMMEN_DEMO", "off"),
        ("SAMMEN_BASE_URL", "https://sammen.example"),
    ];
    assert!(sammen(&["demo", "load"], &env, dir.path()).status.success());
    let output = sammen(
        &["invite", "Chef@Example.org", "--role", "administrator"],
        &env,
        dir.path(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(
        out.contains("Invited chef@example.org")
            && out.contains("https://sammen.example/konto/invitation/"),
        "{out}"
    );
    let bad = sammen(
        &["invite", "ikke-en-adresse", "--role", "moderator"],
        &env,
        dir.path(),
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("not an e-mail address"),
        "{}",
        stderr(&bad)
    );
    let no_role = sammen(&["invite", "a@example.org"], &env, dir.path());
    assert!(!no_role.status.success());
}
