//! The retraining gate: `moderato train --compare-to` refuses a model that is
//! worse than the current one on held-out comments neither trained on.

mod util;

use moderato::serve::queue::{NewComment, NewDecision, QueueStore, SqliteQueue};
use util::{assert_code, assert_ok, stderr, Dir};

const INSULTS: &[&str] = &[
    "Idiot",
    "Vollidiot",
    "Depp",
    "Trottel",
    "Schwachkopf",
    "Dummkopf",
    "Versager",
    "Hohlkopf",
];
const TOPICS: &[&str] = &[
    "Artikel",
    "Bericht",
    "Beitrag",
    "Interview",
    "Kommentar",
    "Text",
    "Reportage",
    "Analyse",
];

/// `n` comments, alternately toxic and not, in frames picked by `variant`
/// (so the test set's sentences differ from the training set's).
fn comments(n: usize, variant: usize) -> Vec<(String, bool)> {
    let toxic = [
        "Du bist ein {w}, halt einfach den Mund",
        "Was für ein {w}, unglaublich",
        "So ein {w} hat hier nichts zu sagen",
        "Der Autor ist ein echter {w}",
    ];
    let fine = [
        "Danke für den guten {t}, sehr informativ",
        "Ein sachlicher {t} mit vielen Fakten",
        "Ich habe den {t} gern gelesen",
        "Spannender {t}, weiter so",
    ];
    (0..n)
        .map(|i| {
            let k = i / 2 + variant * 3;
            if i % 2 == 0 {
                let frame = toxic[(k + variant) % toxic.len()];
                (
                    frame.replace("{w}", INSULTS[k % INSULTS.len()]) + &format!(" #{i}"),
                    true,
                )
            } else {
                let frame = fine[(k + variant) % fine.len()];
                (
                    frame.replace("{t}", TOPICS[k % TOPICS.len()]) + &format!(" #{i}"),
                    false,
                )
            }
        })
        .collect()
}

fn csv(rows: &[(String, bool)], flip: bool) -> String {
    let mut s = String::from("text,toxic\n");
    for (t, y) in rows {
        s += &format!("\"{t}\",{}\n", u8::from(*y != flip));
    }
    s
}

fn train(d: &Dir, data: &str, out: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["train", "--data", data, "--label", "toxic=toxic", "-o", out];
    args.extend_from_slice(extra);
    d.run(&args)
}

/// A current model trained on good labels, and a held-out gold set.
fn setup(d: &Dir) {
    d.write("good.csv", csv(&comments(120, 0), false));
    d.write("flipped.csv", csv(&comments(120, 0), true));
    d.write("gold.csv", csv(&comments(60, 1), false));
    assert_ok(&train(d, "good.csv", "current.model", &[]));
}

#[test]
fn flipped_labels_are_refused_against_a_gold_set() {
    let d = Dir::new();
    setup(&d);
    let gate = ["--compare-to", "current.model", "--test-set", "gold.csv"];
    let o = train(&d, "flipped.csv", "new.model", &gate);
    assert_code(&o, 1);
    let err = stderr(&o);
    assert!(err.contains("WORSE"), "{err}");
    assert!(err.contains("not written"), "{err}");
    assert!(!d.path("new.model").exists());

    // --force writes it anyway, and says so.
    let forced = [&gate[..], &["--force"]].concat();
    let o = train(&d, "flipped.csv", "new.model", &forced);
    assert_ok(&o);
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    assert!(d.path("new.model").exists());
}

#[test]
fn a_model_as_good_as_the_current_one_passes() {
    let d = Dir::new();
    setup(&d);
    let gate = ["--compare-to", "current.model", "--test-set", "gold.csv"];
    let o = train(&d, "good.csv", "new.model", &gate);
    assert_ok(&o);
    let err = stderr(&o);
    assert!(err.contains("gate passed"), "{err}");
    // The current model trained on good.csv: its held-out fifth says nothing.
    assert!(
        err.contains("sources the current model was trained on"),
        "{err}"
    );
    assert!(d.path("new.model").exists());
}

#[test]
fn nothing_to_compare_on_is_refused() {
    let d = Dir::new();
    setup(&d);
    let o = train(
        &d,
        "good.csv",
        "new.model",
        &["--compare-to", "current.model"],
    );
    assert_code(&o, 1);
    assert!(
        stderr(&o).contains("no held-out comments"),
        "{}",
        stderr(&o)
    );
    assert!(!d.path("new.model").exists());
}

#[test]
fn recent_moderator_decisions_are_the_time_ordered_test_set() {
    let d = Dir::new();
    setup(&d);
    let db = d.path("queue.sqlite");
    let q = SqliteQueue::open(&db).unwrap();
    // Comments like the training data's, labelled right by the moderators.
    let recent: Vec<(String, bool)> = comments(60, 0)
        .into_iter()
        .map(|(t, y)| (format!("{t} heute"), y))
        .collect();
    let new = |(i, (text, _)): (usize, &(String, bool))| NewComment {
        id: format!("c{i}"),
        text: text.clone(),
        article_id: None,
        article_text: None,
        parent_id: None,
        author: None,
        created_at: "2026-11-22T10:00:00.000Z".into(),
        scores: vec![("toxic".into(), 0.5)],
        flagged: vec!["toxic".into()],
        routed: "review".into(),
        spans: serde_json::json!({}),
    };
    q.ingest(&recent.iter().enumerate().map(new).collect::<Vec<_>>())
        .unwrap();
    for (i, (_, toxic)) in recent.iter().enumerate() {
        let decision = NewDecision {
            approve: !toxic,
            labels: if *toxic { vec!["toxic".into()] } else { vec![] },
            moderator: "anna".into(),
            reason: None,
            authenticated: true,
            restore: false,
        };
        q.decide(&format!("c{i}"), &decision).unwrap();
    }
    drop(q);

    let gate = [
        "--include-decisions",
        db.to_str().unwrap(),
        "--compare-to",
        "current.model",
        "--recent-decisions",
        "0.5",
    ];
    let o = train(&d, "flipped.csv", "new.model", &gate);
    assert_code(&o, 1);
    let err = stderr(&o);
    assert!(
        err.contains("30 most recent moderator decision(s)"),
        "{err}"
    );
    assert!(err.contains("most recent 30 decisions"), "{err}");
    assert!(err.contains("WORSE"), "{err}");
    assert!(!d.path("new.model").exists());
}

#[test]
fn gate_flags_need_compare_to() {
    let d = Dir::new();
    d.write("good.csv", csv(&comments(40, 0), false));
    let o = train(&d, "good.csv", "m.model", &["--force"]);
    assert_code(&o, 2);
    assert!(stderr(&o).contains("--compare-to"), "{}", stderr(&o));
    // A share of decisions to hold out means nothing without decisions.
    let recent = ["--compare-to", "m.model", "--recent-decisions", "0.3"];
    let o = train(&d, "good.csv", "m.model", &recent);
    assert_code(&o, 2);
    assert!(stderr(&o).contains("--include-decisions"), "{}", stderr(&o));
}
