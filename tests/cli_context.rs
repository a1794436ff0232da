//! Off-topic in context (issue 10) through the binary: the same comment gets
//! a different off-topic score under a foreign article, toxicity does not
//! move, and the output says which context was used.

mod util;

use util::{assert_ok, root, Dir};

const DERBY: &str = "Rapid gewinnt Wiener Derby gegen Austria mit 3:1. Nach der Pause drehte Rapid das Spiel, Burgstaller traf per Elfmeter, Grüll zum 2:1.";
const STORM: &str = "Unwetterwarnung für Kärnten: bis zu 120 Liter Regen pro Quadratmeter, Hochwasser an Drau und Mur, Feuerwehren füllen Sandsäcke.";
const COMMENT: &str =
    "Der Elfmeter für Rapid war geschenkt, aber Grüll war im Derby der beste Mann.";

fn shipped() -> String {
    root()
        .join("models/default.model")
        .to_string_lossy()
        .into_owned()
}

fn rows(csv_text: &str) -> Vec<Vec<String>> {
    csv::Reader::from_reader(csv_text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn header(csv_text: &str) -> Vec<String> {
    csv_text
        .lines()
        .next()
        .unwrap()
        .split(',')
        .map(str::to_string)
        .collect()
}

#[test]
fn score_uses_the_article_text_column() {
    let d = Dir::new();
    let input = format!(
        "text,article_text\n\"{COMMENT}\",\"{DERBY}\"\n\"{COMMENT}\",\"{STORM}\"\n\"{COMMENT}\",\n"
    );
    d.write("in.csv", input);
    assert_ok(&d.run(&["score", "in.csv", "-o", "out.csv", "--model", &shipped()]));
    let out = d.read("out.csv");
    let h = header(&out);
    let col = |n: &str| {
        h.iter()
            .position(|c| c == n)
            .unwrap_or_else(|| panic!("no {n} in {h:?}"))
    };
    let r = rows(&out);
    let off: Vec<f32> = r
        .iter()
        .map(|r| r[col("offtopic")].parse().unwrap())
        .collect();
    assert!(off[1] > off[0] + 0.2, "own {} foreign {}", off[0], off[1]);
    assert_eq!(r[0][col("offtopic_context")], "article");
    assert_eq!(r[2][col("offtopic_context")], "none");
    // Toxicity is scored from the text alone, whatever the context.
    assert_eq!(r[0][col("toxic")], r[1][col("toxic")]);
    assert_eq!(r[0][col("toxic")], r[2][col("toxic")]);
    // Without context columns, the output is as before (no context column).
    d.write("plain.csv", format!("text\n\"{COMMENT}\"\n"));
    assert_ok(&d.run(&[
        "score",
        "plain.csv",
        "-o",
        "plain-out.csv",
        "--model",
        &shipped(),
    ]));
    let plain = d.read("plain-out.csv");
    assert!(!plain.contains("offtopic_context"));
    let plain_off = header(&plain).iter().position(|c| c == "offtopic").unwrap();
    assert_eq!(rows(&plain)[0][plain_off], r[2][col("offtopic")]);
}

#[test]
fn score_reads_articles_by_id_and_builds_threads() {
    let d = Dir::new();
    d.write(
        "articles.jsonl",
        format!("{{\"article_id\": \"derby\", \"title\": \"Derby\", \"body\": \"{DERBY}\"}}\n{{\"article_id\": \"sturm\", \"article_text\": \"{STORM}\"}}\n"),
    );
    d.write(
        "in.csv",
        format!("id,article_id,parent_id,text\n1,derby,,\"{COMMENT}\"\n2,sturm,,\"{COMMENT}\"\n3,derby,1,Genau so war es.\n"),
    );
    let o = d.run(&[
        "score",
        "in.csv",
        "--articles",
        "articles.jsonl",
        "--explain",
        "--model",
        &shipped(),
    ]);
    assert_ok(&o);
    let out = String::from_utf8(o.stdout).unwrap();
    let h = header(&out);
    let col = |n: &str| h.iter().position(|c| c == n).unwrap();
    let r = rows(&out);
    let off: Vec<f32> = r
        .iter()
        .map(|r| r[col("offtopic")].parse().unwrap())
        .collect();
    assert!(off[1] > off[0], "{off:?}");
    assert_eq!(r[0][col("offtopic_context")], "article");
    assert_eq!(r[2][col("offtopic_context")], "article+parent+thread");
    let words = &r[0][col("context_words")];
    assert!(
        words.contains("found [") && words.contains("rapid"),
        "{words}"
    );
    // An article id without its article in the file is a clear error.
    d.write("bad.jsonl", "{\"article_id\": \"x\"}\n");
    let o = d.run(&[
        "score",
        "in.csv",
        "--articles",
        "bad.jsonl",
        "--model",
        &shipped(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.contains("bad.jsonl") && e.contains("article 1"), "{e}");
}

fn page(article: &str) -> String {
    format!(
        "Ein Bericht\n\n{article}\n\n2 Gedanken zu „Ein Bericht“\n\nGertrud Hansen sagt:\n5. November 2024 um 18:22 Uhr\n{COMMENT}\nAntworten\n\nMurat Yılmaz sagt:\n6. November 2024 um 07:05 Uhr\nDas sehe ich auch so, der Schiedsrichter hat das Spiel entschieden.\nAntworten\n"
    )
}

#[test]
fn score_page_scores_comments_against_their_article() {
    let d = Dir::new();
    d.write("own.txt", page(DERBY));
    d.write("foreign.txt", page(STORM));
    let score = |f: &str| -> serde_json::Value {
        let o = d.run(&["score-page", f, "--json", "--model", &shipped()]);
        assert_ok(&o);
        serde_json::from_slice(&o.stdout).unwrap()
    };
    let (own, foreign) = (score("own.txt"), score("foreign.txt"));
    let c = |v: &serde_json::Value, k: &str| v["comments"][0][k].clone();
    assert_eq!(c(&own, "text"), COMMENT);
    assert_eq!(c(&own, "offtopic_context"), "article+thread");
    let (a, b) = (
        c(&own, "offtopic").as_f64().unwrap(),
        c(&foreign, "offtopic").as_f64().unwrap(),
    );
    assert!(b > a + 0.2, "own {a} foreign {b}");
    assert_eq!(c(&own, "toxic"), c(&foreign, "toxic"));
    assert!(c(&own, "context_found")
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w == "elfmeter"));
}
