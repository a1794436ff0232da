//! Policy lists end to end: `score --policy`, the built-in default on a page
//! (`score-page`), Coral list import, and bad policy files.

mod util;

use util::{assert_code, assert_ok, col, csv_rows, p, root, stderr, stdout, Dir};

const POLICY: &str = r#"
[[rule]]
name = "beleidigung"
action = "reject"
terms = ["arschloch"]

[[rule]]
name = "code"
action = "review"
inflect = true
terms = ["lügenpresse", "umvolk*"]
"#;

#[test]
fn score_adds_policy_column_and_raises_decisions() {
    let d = Dir::new();
    let m = d.tiny_model();
    let pol = d.write("policy.toml", POLICY);
    d.write(
        "in.csv",
        "id,text\n1,Danke für den Artikel\n2,Danke für den Artikel du A r s c h l o c h\n3,Danke für den Artikel der Lügenpresse\n4,Danke für die Umvolkungsstudie\n",
    );
    let o = d.run(&[
        "score",
        "in.csv",
        "-o",
        "out.csv",
        "--model",
        p(&m),
        "--policy",
        p(&pol),
    ]);
    assert_ok(&o);
    let rows = csv_rows(&d.read("out.csv"), b',');
    assert_eq!(
        rows[0],
        ["id", "text", "toxic", "offtopic", "decision", "language", "policy", "error"]
    );
    let (pc, dc) = (col(&rows, "policy"), col(&rows, "decision"));
    assert_eq!(rows[1][pc], "");
    assert_eq!(rows[2][pc], "beleidigung:arschloch");
    assert_eq!(rows[2][dc], "reject");
    assert_eq!(rows[3][pc], "code:lügenpresse");
    assert_ne!(rows[3][dc], "approve");
    assert_eq!(rows[4][pc], "code:umvolk*");
    assert_ne!(rows[4][dc], "approve");
    // The same text without the policy: the model alone decides, no column.
    let o = d.run(&[
        "score",
        "in.csv",
        "-o",
        "none.csv",
        "--model",
        p(&m),
        "--policy",
        "none",
    ]);
    assert_ok(&o);
    let plain = csv_rows(&d.read("none.csv"), b',');
    assert!(!plain[0].contains(&"policy".to_string()), "{:?}", plain[0]);
}

#[test]
fn explain_shows_policy_spans_in_the_original() {
    let d = Dir::new();
    let m = d.tiny_model();
    let pol = d.write("policy.toml", POLICY);
    let o = d.run_stdin(
        &[
            "score",
            "-",
            "--format",
            "jsonl",
            "--explain",
            "--model",
            p(&m),
            "--policy",
            p(&pol),
        ],
        "{\"text\":\"Du \u{391}rschl0ch\"}\n".as_bytes(),
    );
    assert_ok(&o);
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["policy"], "beleidigung:arschloch");
    assert_eq!(v["decision"], "reject");
    let ex = v["explanation"].as_array().unwrap();
    let pol = ex.iter().find(|e| e["label"] == "policy").unwrap();
    assert_eq!(pol["spans"][0]["text"], "\u{391}rschl0ch");
    assert_eq!(pol["spans"][0]["char_start"], 3);
}

#[test]
fn bad_policy_file_is_a_fatal_error_naming_file_and_line() {
    let d = Dir::new();
    let m = d.tiny_model();
    d.write("in.csv", "text\nHallo\n");
    let bad = d.write(
        "bad.toml",
        "[[rule]]\nname = \"drohung\"\naction = \"reject\"\nterms = [\n  \"kopf ab\",\n  \"...\",\n]\n",
    );
    let o = d.run(&["score", "in.csv", "--model", p(&m), "--policy", p(&bad)]);
    assert_code(&o, 2);
    let e = stderr(&o);
    assert!(e.contains("bad.toml:6: rule \"drohung\""), "{e}");
    let typo = d.write("typo.toml", "[[rule]]\nname = \"x\"\naktion = \"reject\"\n");
    let o = d.run(&["score", "in.csv", "--model", p(&m), "--policy", p(&typo)]);
    assert_code(&o, 2);
    let e = stderr(&o);
    assert!(e.contains("typo.toml:3:") && e.contains("aktion"), "{e}");
    let o = d.run(&[
        "score",
        "in.csv",
        "--model",
        p(&m),
        "--policy",
        "fehlt.toml",
    ]);
    assert_code(&o, 2);
    assert!(stderr(&o).contains("fehlt.toml"), "{}", stderr(&o));
}

#[test]
fn score_page_default_policy_sends_coded_antisemitism_to_review() {
    let d = Dir::new();
    let m = d.tiny_model();
    let page = root().join("data/fixtures/page-policy.txt");
    let o = d.run(&["score-page", p(&page), "--model", p(&m), "--json"]);
    assert_ok(&o);
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    let comments = v["comments"].as_array().unwrap();
    let last = comments.last().unwrap();
    assert_ne!(last["decision"], "approve", "{last}");
    assert_eq!(last["policy"][0]["rule"], "coded-hate");
    assert_eq!(last["policy"][0]["term"], "auserwähltes Volk");
    assert_eq!(last["policy"][0]["text"], "auserwählte Volk");
    for c in &comments[..comments.len() - 1] {
        assert_eq!(c["policy"], serde_json::json!([]), "{c}");
    }
    let o = d.run(&["score-page", p(&page), "--model", p(&m)]);
    assert_ok(&o);
    assert!(
        stdout(&o).contains("policy coded-hate:auserwähltes Volk (review): \"auserwählte Volk\""),
        "{}",
        stdout(&o)
    );
}

#[test]
fn coral_lists_import_into_a_working_policy() {
    let d = Dir::new();
    let m = d.tiny_model();
    d.write("banned.txt", "Arschloch\n\nARSCHLOCH\nKopf ab\n");
    d.write("suspect.txt", "Lügenpresse\n");
    let o = d.run(&[
        "policy",
        "import-coral",
        "--banned",
        "banned.txt",
        "--suspect",
        "suspect.txt",
        "-o",
        "coral.toml",
    ]);
    assert_ok(&o);
    assert!(
        stderr(&o).contains("2 banned and 1 suspect"),
        "{}",
        stderr(&o)
    );
    d.write("in.csv", "text\nDem gehört der Kopf ab\nLügenpresse halt\n");
    let o = d.run(&[
        "score",
        "in.csv",
        "--model",
        p(&m),
        "--policy",
        "coral.toml",
    ]);
    assert_ok(&o);
    let rows = csv_rows(&stdout(&o), b',');
    let pc = col(&rows, "policy");
    assert_eq!(rows[1][pc], "coral-banned:Kopf ab");
    assert_eq!(rows[1][col(&rows, "decision")], "reject");
    assert_eq!(rows[2][pc], "coral-suspect:Lügenpresse");
}
