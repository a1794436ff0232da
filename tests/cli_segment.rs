//! `moderato segment` end to end on the fixture pages.

mod util;

use util::{assert_code, assert_ok, root, stderr, stdout, Dir};

/// `unseen3-*` and later sets: pages measured once at first contact, then
/// development pages, never fixtures the segmenter is held exact on (README).
fn first_contact(path: &str) -> bool {
    let set = path
        .rsplit("unseen")
        .next()
        .and_then(|r| r.split('-').next());
    path.contains("unseen")
        && set
            .and_then(|n| n.parse::<u32>().ok())
            .is_some_and(|n| n >= 3)
}

#[test]
fn fixture_pages_match_their_gold_files() {
    let d = Dir::new();
    let mut pages: Vec<String> = std::fs::read_dir(root().join("data/pages"))
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .filter(|p| !p.ends_with(".gold.json") && !first_contact(p))
        .collect();
    pages.sort();
    let mut args = vec!["segment", "--check"];
    args.extend(pages.iter().map(String::as_str));
    let o = d.run(&args);
    assert_ok(&o);
    assert!(stdout(&o).contains("TOTAL"), "{}", stdout(&o));
}

#[test]
fn csv_output_feeds_score() {
    let d = Dir::new();
    let page = root().join("data/pages/disqus-bullet.txt");
    let o = d.run(&["segment", "--format", "csv", page.to_str().unwrap()]);
    assert_ok(&o);
    let out = stdout(&o);
    assert!(
        out.starts_with("page,index,author,posted,reply_to,title,text"),
        "{out}"
    );
    assert!(out.lines().count() >= 4);
}

#[test]
fn lines_output_pairs_each_gold_label_with_its_line() {
    let d = Dir::new();
    let page = root().join("data/pages/freibad.html");
    let o = d.run(&["segment", "--format", "lines", page.to_str().unwrap()]);
    assert_ok(&o);
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("data/pages/freibad.gold.json")).unwrap(),
    )
    .unwrap();
    let out = stdout(&o);
    let got: Vec<(&str, &str)> = out.lines().map(|l| l.split_once('\t').unwrap()).collect();
    let labels = gold["line_labels"].as_array().unwrap();
    assert_eq!(got.len(), labels.len());
    for ((label, _), g) in got.iter().zip(labels) {
        assert_eq!(*label, g.as_str().unwrap());
    }
    // The markup is gone: the lines are the blocks' text.
    assert!(got.iter().all(|(_, l)| !l.contains('<')), "{out}");
    assert!(got.iter().any(|(_, l)| l.starts_with("Endlich!")), "{out}");
    // With several pages, each page's lines come after a `# page` line.
    let other = root().join("data/pages/blog-sagt.txt");
    let o = d.run(&[
        "segment",
        "--format",
        "lines",
        page.to_str().unwrap(),
        other.to_str().unwrap(),
    ]);
    assert_ok(&o);
    let out = stdout(&o);
    let heads: Vec<&str> = out.lines().filter(|l| l.starts_with("# ")).collect();
    assert_eq!(heads, ["# freibad.html", "# blog-sagt.txt"], "{out}");
}

#[test]
fn bad_files_are_reported_and_the_rest_processed() {
    let d = Dir::new();
    d.write("empty.txt", "");
    d.write("binary.txt", [0u8, 159, 146, 150, 0, 1, 2, 3, 0]);
    std::fs::copy(root().join("data/pages/blog-sagt.txt"), d.path("ok.txt")).unwrap();
    let o = d.run(&[
        "segment",
        "--format",
        "jsonl",
        "empty.txt",
        "binary.txt",
        "ok.txt",
        "missing.txt",
    ]);
    assert_code(&o, 1);
    let e = stderr(&o);
    assert!(
        e.contains("empty.txt") && e.contains("binary.txt") && e.contains("missing.txt"),
        "{e}"
    );
    assert_eq!(stdout(&o).lines().count(), 2, "ok.txt has two comments");
}

#[test]
fn json_output_is_the_gold_layout_with_the_article() {
    let d = Dir::new();
    let page = root().join("data/pages/disqus-bullet.txt");
    let o = d.run(&["segment", "--format", "json", page.to_str().unwrap()]);
    assert_ok(&o);
    let out = stdout(&o);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("data/pages/disqus-bullet.gold.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(v["comments"], gold["comments"]);
    assert_eq!(v["line_labels"], gold["line_labels"]);
    assert!(
        !v["article"]["headline"].as_str().unwrap().is_empty(),
        "{out}"
    );
    // Keys in alphabetical order, as printed before the output was streamed.
    let at = |k: &str| out.find(&format!("\n  \"{k}\"")).unwrap();
    assert!(at("article") < at("comments") && at("comments") < at("line_labels"));
    assert!(at("line_labels") < at("page"));
}

/// A name line over `place | rank | stamp` (`unseen13`, a development
/// page): as many two-line header readings as one-line ones, and the
/// taller wins, so the place is no author.
#[test]
fn a_name_over_place_rank_stamp() {
    let d = Dir::new();
    let page = root().join("data/pages/unseen13-obertal24-stadtbus.txt");
    let o = d.run(&["segment", "--format", "json", page.to_str().unwrap()]);
    assert_ok(&o);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let authors: Vec<&str> = (v["comments"].as_array().unwrap().iter())
        .filter_map(|c| c["author"].as_str())
        .collect();
    assert_eq!(
        authors[..3],
        ["Gisela_W", "Pendler_Kalkofen", "Hans-Jürgen Pröls"]
    );
    assert!(
        !authors.iter().any(|a| a.starts_with("Wernsbach")),
        "{authors:?}"
    );
}

/// A reader that stops early (`moderato segment pages --check | head -1`)
/// ends the run quietly: no panic on the closed pipe, no backtrace.
#[test]
fn a_closed_stdout_ends_the_run_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let d = Dir::new();
    // Many pages, so the output outgrows the pipe's buffer after the
    // reader has gone.
    let page = root().join("data/pages/disqus-bullet.txt");
    let page = page.to_str().unwrap();
    let mut args = vec!["segment", "--check"];
    args.extend(std::iter::repeat_n(page, 4000));
    let mut child = d
        .cmd(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("disqus-bullet"), "{first}");
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
}
