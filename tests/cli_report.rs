//! `eval --report`, `cv --report` and `train --include-decisions` end to end.

mod util;

use moderato::serve::queue::{NewComment, NewDecision, QueueStore, SqliteQueue};
use util::{assert_code, assert_ok, root, stderr, Dir};

/// `eval` of a freshly trained tiny model on its own training file, with a report.
fn eval_with_report(d: &Dir, report: &str) -> std::process::Output {
    let model = d.tiny_model();
    let data = root().join("data/fixtures/tiny-train.csv");
    d.run(&[
        "eval",
        "--model",
        model.to_str().unwrap(),
        "--data",
        data.to_str().unwrap(),
        "--report",
        report,
    ])
}

fn svg_count(html: &str) -> usize {
    html.matches("<svg").count()
}

#[test]
fn eval_report_is_one_self_contained_page() {
    let d = Dir::new();
    let o = eval_with_report(&d, "r.html");
    assert_ok(&o);
    let html = d.read("r.html");
    // Two labels, four charts each (PR, ROC, calibration, histogram).
    assert_eq!(svg_count(&html), 8, "charts in the report");
    assert!(html.contains("<polyline") || html.contains("<path"));
    assert!(html.contains("Most confident errors"));
    // The model card heads the page, and nothing is fetched from elsewhere.
    assert!(html.contains("tiny-train"), "model card in the report");
    for external in ["src=\"http", "href=\"http", "<script src", "@import"] {
        assert!(!html.contains(external), "external asset {external}");
    }
}

#[test]
fn cv_report_covers_the_out_of_fold_predictions() {
    let d = Dir::new();
    let data = root().join("data/fixtures/tiny-train.csv");
    let o = d.run(&[
        "cv",
        "--data",
        data.to_str().unwrap(),
        "--label",
        "toxic=toxic",
        "--folds",
        "3",
        "--report",
        "cv.html",
        "--predictions",
        "oof.csv",
    ]);
    assert_ok(&o);
    let html = d.read("cv.html");
    assert_eq!(svg_count(&html), 4, "one label, four charts");
    assert!(html.contains("3-fold cross-validation"));

    // Every comment once, with its fold, gold value and a probability.
    let rows = util::csv_rows(&d.read("oof.csv"), b',');
    assert_eq!(rows[0], ["source", "fold", "text", "gold_toxic", "toxic"]);
    let input = util::csv_rows(&std::fs::read_to_string(&data).unwrap(), b',');
    assert_eq!(rows.len(), input.len());
    for r in &rows[1..] {
        assert!(["0", "1", "2"].contains(&r[1].as_str()), "fold {:?}", r[1]);
        let p: f32 = r[4].parse().unwrap();
        assert!((0.0..=1.0).contains(&p));
        let original = input
            .iter()
            .find(|i| i[0] == r[2])
            .expect("text from the input");
        assert_eq!(original[1], r[3], "gold value of {:?}", r[2]);
    }
}

#[test]
fn report_to_an_unwritable_place_fails_clearly() {
    let d = Dir::new();
    let o = eval_with_report(&d, "no/such/dir/r.html");
    assert_code(&o, 2);
    assert!(stderr(&o).contains("no/such/dir/r.html"), "{}", stderr(&o));
}

#[test]
fn training_takes_moderator_decisions_from_the_queue_database() {
    let d = Dir::new();
    let db = d.path("queue.sqlite");
    let q = SqliteQueue::open(&db).unwrap();
    let comment = |id: &str, text: &str| NewComment {
        id: id.into(),
        text: text.into(),
        article_id: None,
        article_text: None,
        parent_id: None,
        author: None,
        created_at: "2026-11-22T10:00:00.000Z".into(),
        scores: vec![("toxic".into(), 0.5), ("offtopic".into(), 0.1)],
        flagged: vec!["toxic".into()],
        routed: "review".into(),
        spans: serde_json::json!({}),
    };
    q.ingest(&[
        comment("c1", "Sie Schwachkopf gehören eingesperrt"),
        comment("c2", "Ein sachlicher und guter Beitrag"),
    ])
    .unwrap();
    let decide = |approve: bool, labels: &[&str]| NewDecision {
        approve,
        labels: labels.iter().map(|s| s.to_string()).collect(),
        moderator: "anna".into(),
        reason: None,
        authenticated: true,
        restore: false,
    };
    q.decide("c1", &decide(false, &["toxic"])).unwrap();
    q.decide("c2", &decide(true, &[])).unwrap();
    drop(q);

    let data = root().join("data/fixtures/tiny-train.csv");
    let train = |db: &str, out: &str| {
        d.run(&[
            "train",
            "--data",
            data.to_str().unwrap(),
            "--label",
            "toxic=toxic",
            "--include-decisions",
            db,
            "-o",
            out,
        ])
    };
    let o = train(db.to_str().unwrap(), "m.model");
    assert_ok(&o);
    assert!(
        stderr(&o).contains("2 moderator decision(s)"),
        "{}",
        stderr(&o)
    );
    let card = d.read("m.card.md");
    // The decisions are a source of their own, with one of two comments toxic.
    let line = card
        .lines()
        .find(|l| l.contains("decisions:"))
        .unwrap_or_else(|| panic!("no decisions source in the card:\n{card}"));
    assert!(line.contains("toxic: 2 / 1"), "{line}");
    assert!(
        line.contains("queue.sqlite |"),
        "the card names the database: {line}"
    );

    let o = train("missing.sqlite", "m2.model");
    assert_code(&o, 2);
    assert!(stderr(&o).contains("missing.sqlite"), "{}", stderr(&o));
    assert!(!d.path("m2.model").exists());
}
