//! Tests of the whole report on a small synthetic data set, and a browser
//! check that runs only where `chromium` is on PATH.

use super::*;
use crate::eval::evaluate_label;

const TOXIC: [&str; 4] = [
    "Du bist ein Idiot",
    "Halt die Klappe, du Idiot!",
    "So ein <script>alert('Idiot')</script> Müll",
    "Diese Regierung besteht nur aus Idioten & Versagern",
];
const CLEAN: [&str; 4] = [
    "Danke für den guten Artikel über die Rente",
    "Ich sehe das anders, aber gute Argumente",
    "Wo finde ich die Studie, die zitiert wird?",
    "Der Idiotentest heißt offiziell MPU",
];

/// 200 comments; scores rise with the gold class but overlap, so there
/// are errors both ways.
fn synthetic() -> (Vec<f32>, Vec<bool>, Vec<String>) {
    let (mut probs, mut gold, mut texts) = (Vec::new(), Vec::new(), Vec::new());
    let mut state: u32 = 12345;
    for i in 0..200 {
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
        let noise = ((state >> 8) % 1000) as f32 / 1000.0;
        let g = i % 3 == 0;
        let p = if g { 0.25 + 0.75 * noise } else { 0.7 * noise };
        probs.push(p);
        gold.push(g);
        let pool = if g { TOXIC } else { CLEAN };
        texts.push(format!("{} (#{i})", pool[i % 4]));
    }
    (probs, gold, texts)
}

/// Marks every "Idiot" with a positive weight.
fn explain_idiot(_: usize, text: &str) -> Vec<Span> {
    text.match_indices("Idiot")
        .map(|(start, m)| Span {
            start,
            end: start + m.len(),
            char_start: text[..start].chars().count(),
            char_end: text[..start].chars().count() + m.chars().count(),
            text: m.to_string(),
            weight: 1.25,
        })
        .collect()
}

fn card() -> ModelCard {
    ModelCard {
        name: "test-<model>".into(),
        moderato_version: "0.1.0".into(),
        created: "2026-01-01".into(),
        seed: 42,
        label_definitions: vec![("toxic".into(), "Beleidigungen & Hetze".into())],
        sources: vec![crate::model::SourceCard {
            name: "germeval2018".into(),
            path: "data/train.txt".into(),
            sha256: "ab".repeat(32),
            rows: 200,
            labels: vec![("toxic".into(), 200, 67)],
        }],
        cv_metrics: Vec::new(),
        metrics_from: String::new(),
        settings: "c = 16.0".into(),
    }
}

fn render(card: Option<&ModelCard>) -> String {
    let (probs, gold, texts) = synthetic();
    let report = evaluate_label("toxic", &probs, &gold, 0.5);
    let data = [LabelData {
        report: &report,
        probs: &probs,
        gold: &gold,
        texts: &texts,
    }];
    render_html("Evaluation <test>", card, &data, &explain_idiot).unwrap()
}

/// The `d`/`points` attribute of every `<path>`/`<polyline>`.
fn shapes(page: &str) -> Vec<&str> {
    page.split("<polyline")
        .skip(1)
        .chain(page.split("<path").skip(1))
        .filter_map(|s| {
            let s = &s[..s.find('>').unwrap_or(s.len())];
            let attr = s
                .find(" points=\"")
                .map(|i| i + 9)
                .or(s.find(" d=\"").map(|i| i + 4))?;
            Some(&s[attr..attr + s[attr..].find('"')?])
        })
        .collect()
}

#[test]
fn report_has_four_svgs_with_curves() {
    let page = render(Some(&card()));
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert_eq!(page.matches("<svg").count(), 4);
    assert_eq!(page.matches("</svg>").count(), 4);
    let long = shapes(&page)
        .into_iter()
        .filter(|p| p.split_whitespace().count() >= 5)
        .count();
    assert!(long >= 3, "PR, ROC and calibration curves have points");
    assert!(page.contains("precision–recall (AP "));
    assert!(page.contains("ROC (AUC "));
    assert!(page.contains("calibration (10 bins)"));
    assert!(page.contains("scores by true class"));
    // No external assets.
    assert!(!page.contains("src=\"http") && !page.contains("href=\"http"));
    assert!(!page.contains("<link") && !page.contains("<img"));
}

#[test]
fn confusion_and_threshold_tables_show_the_report() {
    let (probs, gold, _) = synthetic();
    let r = evaluate_label("toxic", &probs, &gold, 0.5);
    let page = render(None);
    let c = &r.confusion;
    for (n, tag) in [(c.tp, "TP"), (c.fp, "FP"), (c.tn, "TN"), (c.fn_, "FN")] {
        assert!(page.contains(&format!("{n}<small>{tag}</small>")), "{tag}");
    }
    assert!(page.contains("Thresholds for target precision"));
    assert!(page.contains("<td>0.95</td>"));
    assert!(!page.contains("Model card"));
}

#[test]
fn comment_text_is_escaped() {
    let page = render(None);
    assert!(!page.contains("<script>"));
    assert!(page.contains("&lt;script&gt;alert(&#39;"));
    assert!(page.contains("</mark>en &amp; Versagern"));
    assert!(page.contains("<title>Evaluation &lt;test&gt;</title>"));
}

#[test]
fn marks_wrap_exactly_the_explained_words() {
    let page = render(None);
    let marks: Vec<&str> = page
        .split("<mark class=\"pos\" title=\"+1.25\">")
        .skip(1)
        .map(|s| &s[..s.find("</mark>").unwrap()])
        .collect();
    assert!(!marks.is_empty());
    assert!(marks.iter().all(|m| *m == "Idiot"), "{marks:?}");
    // The mark inside the escaped script text sits between escaped quotes.
    assert!(page.contains("alert(&#39;<mark class=\"pos\" title=\"+1.25\">Idiot</mark>&#39;)"));
}

#[test]
fn errors_are_listed_both_ways_at_most_twenty() {
    let page = render(None);
    let fp = page.find("False positives").unwrap();
    let fn_ = page.find("False negatives").unwrap();
    let fp_rows = page[fp..fn_].matches("<td class=\"text\">").count();
    let fn_rows = page[fn_..].matches("<td class=\"text\">").count();
    assert!((1..=ERRORS_SHOWN).contains(&fp_rows), "{fp_rows}");
    assert!((1..=ERRORS_SHOWN).contains(&fn_rows), "{fn_rows}");
}

#[test]
fn card_is_escaped_and_complete() {
    let page = render(Some(&card()));
    assert!(page.contains("test-&lt;model&gt;"));
    assert!(page.contains(&"ab".repeat(32)));
    assert!(page.contains("Beleidigungen &amp; Hetze"));
    assert!(page.contains("toxic: 200 / 67"));
    assert!(page.contains("c = 16.0"));
}

#[test]
fn mismatched_lengths_name_the_label() {
    let (probs, gold, texts) = synthetic();
    let report = evaluate_label("toxic", &probs, &gold, 0.5);
    let data = [LabelData {
        report: &report,
        probs: &probs[..10],
        gold: &gold,
        texts: &texts,
    }];
    let err = render_html("x", None, &data, &explain_idiot).unwrap_err();
    assert!(err.to_string().contains("\"toxic\": 10 scores"), "{err}");
}

fn on_path(name: &str) -> Option<std::path::PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// Renders `url` headless; returns (PNG bytes, dumped DOM).
fn chromium(bin: &std::path::Path, dir: &std::path::Path, url: &str) -> (Vec<u8>, String) {
    let png = dir.join("shot.png");
    let _ = std::fs::remove_file(&png);
    let common = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--window-size=1200,3000",
    ];
    let profile = format!("--user-data-dir={}", dir.join("profile").display());
    let run = |extra: &str| {
        let out = std::process::Command::new(bin)
            .args(common)
            .arg(&profile)
            .arg(extra)
            .arg(url)
            .output()
            .expect("chromium runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    run(&format!("--screenshot={}", png.display()));
    let dom = String::from_utf8_lossy(&run("--dump-dom")).into_owned();
    (std::fs::read(&png).expect("screenshot written"), dom)
}

#[test]
fn report_renders_in_chromium() {
    let Some(bin) = on_path("chromium") else {
        // CI sets this, so a missing browser fails there instead of passing silently.
        assert!(
            std::env::var_os("MODERATO_REQUIRE_BROWSER").is_none(),
            "MODERATO_REQUIRE_BROWSER is set but chromium is not on PATH"
        );
        eprintln!("note: chromium not on PATH; skipping the browser check of the report");
        return;
    };
    let dir = std::env::temp_dir().join(format!("moderato-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let html = dir.join("report.html");
    std::fs::write(&html, render(Some(&card()))).unwrap();
    let blank = dir.join("blank.html");
    std::fs::write(&blank, "<!DOCTYPE html><html><body></body></html>").unwrap();

    let (blank_png, _) = chromium(&bin, &dir, &format!("file://{}", blank.display()));
    let (png, dom) = chromium(&bin, &dir, &format!("file://{}", html.display()));
    if let Some(keep) = std::env::var_os("MODERATO_REPORT_SCREENSHOT") {
        std::fs::write(keep, &png).unwrap();
    }
    let _ = std::fs::remove_dir_all(&dir);

    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert!(
        png.len() > 10 * blank_png.len().max(1000),
        "report screenshot {} bytes vs blank page {} bytes",
        png.len(),
        blank_png.len()
    );
    assert_eq!(dom.matches("<svg").count(), 4, "svg elements in the DOM");
    assert!(dom.contains("<polyline"));
    assert!(dom.contains("<mark class=\"pos\""));
    assert!(!dom.contains("<script>"));
}
