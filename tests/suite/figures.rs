//! Figures (issue 18): the health profile's figures stored and imported with
//! `sammen import figures` — on both backends.

use crate::common;

use std::process::{Command, Output};

use common::TestDb;

both_backends!(stored_figures_round_trip_and_an_import_replaces_by_key,);

/// A real-shaped file: the municipality's severe loneliness in two rounds, one breakdown.
const GOOD: &str = "year,indicator,breakdown,share,ci_low,ci_high,count,source\n\
    2017,svaert-ensom,alle,9.1,8.0,10.2,2.430,Sundhedsprofilen 2017 (opdigtet testtal)\n\
    2021,svaert-ensom,alle,\"14,0\",12.6,15.4,3.710,Sundhedsprofilen 2021 (opdigtet testtal)\n\
    2021,svaert-ensom,16-24 år,21.5,,,,Sundhedsprofilen 2021 (opdigtet testtal)\n";

async fn stored_figures_round_trip_and_an_import_replaces_by_key(db: TestDb) {
    use sammen::figures::{Area, parse_csv};
    use sammen::store::audit::Actor;
    let store = db.store().await;
    sammen::demo::load(&store, false).await.unwrap();
    let municipality = store.municipality(None).await.unwrap().id;
    let own = parse_csv(GOOD, Area::Municipality).unwrap();
    store
        .import_figures(municipality, &own, Actor::System)
        .await
        .unwrap();
    let national = parse_csv(
        "year,indicator,breakdown,share,ci_low,ci_high,count,source\n\
         2021,svaert-ensom,alle,12.4,,,,Sundhedsprofilen 2021\n",
        Area::Nation,
    )
    .unwrap();
    store
        .import_figures(municipality, &national, Actor::System)
        .await
        .unwrap();
    let stored = store.figures(municipality).await.unwrap();
    assert_eq!(
        stored.len(),
        4,
        "the same key in another area is another figure"
    );
    let mut expected = own.clone();
    expected.extend(national);
    for f in &expected {
        assert!(stored.contains(f), "{f:?} in {stored:?}");
    }
    // Again with one share changed: replaced, nothing doubled, the rest kept.
    let changed = parse_csv(&GOOD.replace("21.5", "22.0"), Area::Municipality).unwrap();
    store
        .import_figures(municipality, &changed[2..], Actor::System)
        .await
        .unwrap();
    let stored = store.figures(municipality).await.unwrap();
    assert_eq!(stored.len(), 4);
    assert!(
        stored
            .iter()
            .any(|f| f.breakdown == "16-24 år" && f.share == 22.0)
    );
    assert!(
        stored
            .iter()
            .any(|f| f.year == 2017 && f.count == Some(2430))
    );
}

// --- The command line -------------------------------------------------------------------

fn sammen(args: &[&str], url: &str) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sammen"));
    command.args(args);
    for (key, _) in std::env::vars().filter(|(k, _)| k.starts_with("SAMMEN_")) {
        command.env_remove(key);
    }
    command.env("SAMMEN_DATABASE_URL", url);
    command.env("SAMMEN_SECRET_KEY_FILE", common::key_file());
    command.output().expect("sammen runs")
}

#[test]
fn import_figures_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("a.db").display());
    assert!(sammen(&["demo", "load"], &url).status.success());
    let file = dir.path().join("figures.csv");
    std::fs::write(&file, GOOD).unwrap();
    let out = sammen(&["import", "figures", file.to_str().unwrap()], &url);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        stdout.trim(),
        "Imported 3 figures into Odsherred Kommune (its own); see /tal."
    );
    // A bad file: refused with the line named, exit 2.
    std::fs::write(&file, GOOD.replace("21.5", "101")).unwrap();
    let out = sammen(
        &[
            "import",
            "figures",
            file.to_str().unwrap(),
            "--area",
            "land",
        ],
        &url,
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("line 4: share '101' is over 100"),
        "{stderr}"
    );
    let out = sammen(
        &[
            "import",
            "figures",
            file.to_str().unwrap(),
            "--area",
            "mars",
        ],
        &url,
    );
    assert!(!out.status.success());
}
