//! Training, evaluation, cross-validation and explanations end to end.

mod util;

use util::{assert_code, assert_ok, p, root, stderr, stdout, Dir};

#[test]
fn training_is_deterministic_byte_for_byte() {
    let d = Dir::new();
    let a = d.tiny_model();
    let first = std::fs::read(&a).unwrap();
    let again = d.tiny_model();
    assert_eq!(first, std::fs::read(again).unwrap());
    assert!(d.read("tiny.card.md").contains("| toxic |"));
}

#[test]
fn training_gives_the_same_file_on_one_and_on_two_threads() {
    let d = Dir::new();
    let data = root().join("data/fixtures/tiny-train.csv");
    for (threads, out) in [("1", "one.model"), ("2", "two.model")] {
        let o = d.run(&[
            "--threads",
            threads,
            "train",
            "--data",
            p(&data),
            "--label",
            "toxic=toxic",
            "--label",
            "offtopic=offtopic",
            "-o",
            out,
        ]);
        assert_ok(&o);
    }
    let (one, two) = (d.read_bytes("one.model"), d.read_bytes("two.model"));
    assert!(one.len() > 1000);
    assert!(
        one == two,
        "--threads 1 and --threads 2 wrote different model files"
    );
}

#[test]
fn train_from_config_with_long_format_and_missing_labels() {
    let d = Dir::new();
    d.write(
        "long.csv",
        "post,article,cat,value,text\n1,a,Bad,1,Du Idiot\n1,a,Chat,0,Du Idiot\n2,a,Bad,0,Guter Punkt\n2,a,Chat,1,Guter Punkt\n3,b,Bad,1,Halt die Klappe du Depp\n3,b,Chat,0,Halt die Klappe du Depp\n4,b,Bad,0,Danke\n4,b,Chat,0,Danke\n5,c,Bad,1,Dumm und dümmer\n5,c,Chat,0,Dumm und dümmer\n6,c,Bad,0,Wetter heute?\n6,c,Chat,1,Wetter heute?\n",
    );
    let tiny = root().join("data/fixtures/tiny-train.csv");
    d.write(
        "train.toml",
        format!(
            r#"
name = "test"
label_order = ["toxic", "offtopic"]
[model]
buckets_log2 = 16
inner_folds = 2
[labels.toxic]
definition = "insults"
objective = "macro-f1"
[labels.offtopic]
definition = "chat"
[[source]]
name = "tiny"
path = "{}"
format = "csv"
text = ["text"]
labels.toxic = {{ column = "toxic" }}
[[source]]
name = "long"
path = "long.csv"
format = "long"
id = "post"
group = "article"
category = "cat"
value = "value"
text = ["text"]
labels.toxic = {{ categories = ["Bad"] }}
labels.offtopic = {{ categories = ["Chat"] }}
"#,
            p(&tiny)
        ),
    );
    let o = d.run(&["train", "--config", "train.toml", "-o", "m.model"]);
    assert_ok(&o);
    let info = d.run(&["info", "--model", "m.model", "--json"]);
    assert_ok(&info);
    let v: serde_json::Value = serde_json::from_str(&stdout(&info)).unwrap();
    let sources = v["card"]["sources"].as_array().unwrap();
    // The tiny source maps only toxic: offtopic stays missing for its 30 rows.
    assert_eq!(sources[0]["labels"].as_array().unwrap().len(), 1);
    let long_labels = &sources[1]["labels"];
    assert_eq!(long_labels[0], serde_json::json!(["toxic", 6, 3]));
    assert_eq!(long_labels[1], serde_json::json!(["offtopic", 6, 2]));
    assert_eq!(v["card"]["cv_metrics"][1]["n"], 6);
}

#[test]
fn a_vocabulary_is_named_on_the_card_and_a_missing_one_is_an_error() {
    let d = Dir::new();
    let data = root().join("data/fixtures/tiny-train.csv");
    let train = |vocabulary: &str| {
        d.run(&[
            "train",
            "--data",
            p(&data),
            "--label",
            "toxic=toxic",
            "--vocabulary",
            vocabulary,
            "-o",
            "v.model",
        ])
    };
    let o = train("missing-words.txt");
    assert_code(&o, 2);
    assert!(stderr(&o).contains("missing-words.txt"), "{}", stderr(&o));
    assert!(!d.path("v.model").exists());
    d.write("words.txt", "Die Menschen sterben jung.\n");
    assert_ok(&train("words.txt"));
    let card = d.read("v.card.md");
    assert!(
        card.contains("vocabulary=[") && card.contains("words.txt ("),
        "{card}"
    );
}

#[test]
fn config_errors_name_the_problem() {
    let d = Dir::new();
    d.write("bad.toml", "[labels.toxic]\n[[source]]\nname = \"x\"\npath = \"x.csv\"\nformat = \"csv\"\ntext = [\"text\"]\nlabels.toxic = { column = \"toxic\" }\n");
    let o = d.run(&["train", "--config", "bad.toml", "-o", "m.model"]);
    assert_code(&o, 2);
    assert!(stderr(&o).contains("x.csv"), "{}", stderr(&o));
    d.write("x.csv", "text,label\nhallo,1\n");
    let o = d.run(&["train", "--config", "bad.toml", "-o", "m.model"]);
    assert_code(&o, 2);
    assert!(
        stderr(&o).contains("no column \"toxic\"") && stderr(&o).contains("text, label"),
        "{}",
        stderr(&o)
    );
    assert!(!d.path("m.model").exists());
}

#[test]
fn too_few_of_one_class_says_how_many() {
    let d = Dir::new();
    let mut csv = String::from("text,toxic\n");
    for i in 0..59 {
        csv += &format!("Ein freundlicher Kommentar Nummer {i},0\n");
    }
    csv += "Du Idiot,1\n";
    d.write("one.csv", &csv);
    d.write("two.csv", "text,toxic\nDu Idiot,1\nDanke schön,0\n");
    for (file, counts) in [
        ("one.csv", "found 1 positive(s) and 59 negative(s)"),
        ("two.csv", "found 1 positive(s) and 1 negative(s)"),
    ] {
        let o = d.run(&[
            "train",
            "--data",
            file,
            "--label",
            "toxic=toxic",
            "-o",
            "m.model",
        ]);
        assert_code(&o, 2);
        let e = stderr(&o);
        assert!(
            e.contains(counts) && e.contains("at least 2 of each"),
            "{e}"
        );
    }
    assert!(!d.path("m.model").exists());
}

#[test]
fn eval_reports_every_metric_as_text_and_json() {
    let d = Dir::new();
    let m = d.tiny_model();
    let data = root().join("data/fixtures/tiny-train.csv");
    let o = d.run(&["eval", "--model", p(&m), "--data", p(&data), "--json"]);
    assert_ok(&o);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let tox = &v["labels"][0];
    for k in [
        "roc_auc",
        "average_precision",
        "precision",
        "recall",
        "f1",
        "macro_f1",
        "threshold",
    ] {
        assert!(tox[k].is_number(), "{k} missing in {tox}");
    }
    assert_eq!(tox["n"], 30);
    assert_eq!(tox["threshold_table"].as_array().unwrap().len(), 3);
    // Trained on the same rows: ranking must be nearly perfect.
    assert!(tox["roc_auc"].as_f64().unwrap() > 0.9);
    let o = d.run(&["eval", "--model", p(&m), "--data", p(&data)]);
    assert_ok(&o);
    assert!(stdout(&o).contains("macro-F1 GermEval") && stdout(&o).contains("target precision"));
}

#[test]
fn cv_quick_form_gives_json_per_label() {
    let d = Dir::new();
    let data = root().join("data/fixtures/tiny-train.csv");
    let o = d.run(&[
        "cv",
        "--data",
        p(&data),
        "--label",
        "toxic=toxic",
        "--label",
        "offtopic=offtopic",
        "--folds",
        "3",
        "--buckets",
        "14",
        "--json",
    ]);
    assert_ok(&o);
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["folds"], 3);
    assert_eq!(v["labels"][1]["label"], "offtopic");
    assert_eq!(v["labels"][1]["positives"], 10);
}

#[test]
fn cv_with_an_auxiliary_source_scores_only_the_own_rows_and_the_card_says_so() {
    let d = Dir::new();
    let data = root().join("data/fixtures/tiny-train.csv");
    let source = |name: &str, extra: &str| {
        format!(
            "[[source]]\nname = \"{name}\"\npath = \"{}\"\nformat = \"csv\"\ntext = [\"text\"]\n{extra}labels.toxic = {{ column = \"toxic\" }}\n",
            p(&data)
        )
    };
    let config = format!(
        "[model]\nbuckets_log2 = 14\n[labels.toxic]\n{}{}",
        source("own", ""),
        source("public", "weight = 0.5\nauxiliary = true\n")
    );
    let cfg = d.write("aux.toml", config);
    let o = d.run(&["cv", "--config", p(&cfg), "--folds", "3"]);
    assert_ok(&o);
    assert!(
        stdout(&o).contains("(30 comments, 30 auxiliary rows training in every fold;"),
        "{}",
        stdout(&o)
    );
    let o = d.run(&["cv", "--config", p(&cfg), "--folds", "3", "--json"]);
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["labels"][0]["n"], 30);
    let model = d.path("aux.model");
    assert_ok(&d.run(&["train", "--config", p(&cfg), "-o", p(&model)]));
    let card = d.read("aux.card.md");
    assert!(
        card.contains("source_weights=[public=0.5] auxiliary_sources=[public]"),
        "{card}"
    );
}

#[test]
fn cv_tries_an_nb_grid_and_refuses_a_negative_smoothing() {
    let d = Dir::new();
    let data = root().join("data/fixtures/tiny-train.csv");
    let base = ["cv", "--data", p(&data), "--folds", "3", "--buckets", "14"];
    let o = d.run(&[&base[..], &["--nb-alpha-grid", "0,1", "--json"]].concat());
    assert_ok(&o);
    let o = d.run(&[&base[..], &["--nb-alpha-grid", "0,-1"]].concat());
    assert_code(&o, 2);
    assert!(
        stderr(&o).contains("nb_alpha_grid values must be 0 (plain TF-IDF) or positive, got -1"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_plain_blend_is_named_on_the_card_and_checked() {
    let d = Dir::new();
    let data = root().join("data/fixtures/tiny-train.csv");
    let base = [
        "train",
        "--data",
        p(&data),
        "--buckets",
        "14",
        "-o",
        "m.model",
    ];
    assert_ok(
        &d.run(
            &[
                &base[..],
                &["--nb-alpha", "1", "--plain-blend", "toxic=0.3"],
            ]
            .concat(),
        ),
    );
    let card = std::fs::read_to_string(d.path("m.card.md")).unwrap();
    assert!(card.contains(" plain_blend=[toxic=0.3]"), "{card}");
    for (arg, says) in [
        ("toxic=1.5", "plain_blend must be between 0 and 1, got 1.5"),
        (
            "spam=0.3",
            "--plain-blend spam=…: the model has no label spam",
        ),
        ("toxic=viel", "--plain-blend toxic=viel: not a number"),
    ] {
        let o = d.run(&[&base[..], &["--plain-blend", arg]].concat());
        assert_code(&o, 2);
        assert!(stderr(&o).contains(says), "{}", stderr(&o));
    }
}

#[test]
fn explain_points_at_the_original_text_even_when_obfuscated() {
    let d = Dir::new();
    let m = d.tiny_model();
    let text = "Du bist ein 1d10t!";
    let o = d.run(&["explain", "--model", p(&m), "--json", text]);
    assert_ok(&o);
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    let spans = v["labels"][0]["spans"].as_array().unwrap();
    let top = spans
        .iter()
        .find(|s| s["weight"].as_f64().unwrap() > 0.0)
        .expect("a positive span");
    let (s, e) = (
        top["start"].as_u64().unwrap() as usize,
        top["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], top["text"].as_str().unwrap());
    assert!(spans.iter().any(|s| s["text"] == "1d10t"), "{spans:?}");
}

#[test]
fn help_explains_subcommands() {
    let d = Dir::new();
    let o = d.run(&["--help"]);
    assert_ok(&o);
    for sub in [
        "score",
        "train",
        "eval",
        "cv",
        "explain",
        "segment",
        "score-page",
    ] {
        assert!(stdout(&o).contains(sub), "{sub} missing from --help");
    }
    let o = d.run(&["score", "--help"]);
    assert!(stdout(&o).contains("Exit status"));
}
