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

#[test]
fn help_documents_every_command_and_variable() {
    let dir = tempfile::tempdir().unwrap();
    let output = sammen(&["--help"], &[], dir.path());
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    for word in [
        "serve",
        "migrate",
        "demo",
        "check-config",
        "invite",
        "SAMMEN_SMTP_URL",
        "SAMMEN_FRESHNESS_MONTHS",
        "SAMMEN_DATABASE_URL",
        "SAMMEN_LISTEN",
        "SAMMEN_BASE_URL",
        "SAMMEN_DEMO",
    ] {
        assert!(help.contains(word), "--help does not mention {word}");
    }
    let demo = sammen(&["demo", "--help"], &[], dir.path());
    assert!(String::from_utf8_lossy(&demo.stdout).contains("load"));
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
