//! The functional test suite (`data/functional/cases.csv`, issue 9) and the
//! template training data (`data/augment/train.csv`) are data, not code: these
//! tests only check that the committed files parse and keep the shape
//! `bench/functional/run` relies on. Regenerate them with their `generate.py`.

mod util;

use std::collections::{BTreeMap, BTreeSet};

fn read(rel: &str) -> (Vec<String>, Vec<csv::StringRecord>) {
    let path = util::root().join(rel);
    let mut reader = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let headers: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    let rows = reader
        .records()
        .enumerate()
        .map(|(i, r)| r.unwrap_or_else(|e| panic!("{rel}: record {}: {e}", i + 1)))
        .collect();
    (headers, rows)
}

/// Issue 9: at least 20 functionalities with at least 25 cases each, one
/// label per functionality, and spelling variants that point at a hateful
/// case they really changed.
#[test]
fn suite_has_enough_functionalities_and_consistent_variants() {
    let (headers, rows) = read("data/functional/cases.csv");
    let expected = [
        "id",
        "functionality",
        "label",
        "target",
        "template_id",
        "text",
        "derived_from",
    ];
    assert_eq!(headers, expected);
    let by_id: BTreeMap<&str, &csv::StringRecord> = rows.iter().map(|r| (&r[0], r)).collect();
    assert_eq!(by_id.len(), rows.len(), "case ids must be unique");

    let mut funcs: BTreeMap<&str, (usize, BTreeSet<&str>)> = BTreeMap::new();
    for r in &rows {
        assert!(
            ["hateful", "non-hateful"].contains(&&r[2]),
            "{}: label {:?}",
            &r[0],
            &r[2]
        );
        assert!(!r[5].trim().is_empty(), "{}: empty text", &r[0]);
        let entry = funcs.entry(&r[1]).or_default();
        entry.0 += 1;
        entry.1.insert(&r[2]);
        if !r[6].is_empty() {
            let original = by_id
                .get(&r[6])
                .unwrap_or_else(|| panic!("{}: derived_from {:?} is no case", &r[0], &r[6]));
            assert_eq!(
                &original[2], "hateful",
                "{}: derived from a non-hateful case",
                &r[0]
            );
            assert_ne!(
                &original[5], &r[5],
                "{}: variant equals its original",
                &r[0]
            );
        }
    }
    assert!(funcs.len() >= 20, "only {} functionalities", funcs.len());
    for (f, (n, labels)) in &funcs {
        assert!(*n >= 25, "{f}: only {n} cases");
        assert_eq!(labels.len(), 1, "{f}: mixes labels {labels:?}");
    }
    for label in ["hateful", "non-hateful"] {
        assert!(rows.iter().any(|r| &r[2] == label), "no {label} case");
    }
}

/// The training templates are `text,toxic,frame` with 0/1 labels, both
/// classes in similar numbers, and every row naming its frame (the folds
/// group by it).
#[test]
fn augment_training_data_is_balanced_text_toxic() {
    let (headers, rows) = read("data/augment/train.csv");
    assert_eq!(headers, ["text", "toxic", "frame"]);
    assert!(
        rows.iter().all(|r| !r[2].is_empty()),
        "a row without its frame"
    );
    let toxic = rows
        .iter()
        .filter(|r| match &r[1] {
            "1" => true,
            "0" => false,
            other => panic!("toxic {other:?} in {:?}", &r[0]),
        })
        .count();
    assert!(rows.len() >= 1000, "only {} rows", rows.len());
    let share = toxic as f64 / rows.len() as f64;
    assert!((0.4..=0.6).contains(&share), "toxic share {share:.2}");
}
