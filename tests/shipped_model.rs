//! The shipped default model on the plainest cases of issue 9: a group
//! called by a negative adjective of the cue lexicon (`Juden sind
//! dreckig.`) must be flagged, the same group called by a praise adjective
//! (`Juden sind fleißig.`) must not. Until stop 46 the template contrasts
//! taught the opposite for many of the negative words (`Juden sind
//! widerlich.` toxic 0.03), which this test would have caught: 77 of the
//! 157 negative sentences were flagged then (149 now).

use moderato::model::Classifier;

/// The lexicon's adjective lemmas of one class.
fn adjectives(class: &str) -> Vec<String> {
    let lexicon = include_str!("../data/lexicon/cues-de.tsv");
    lexicon
        .lines()
        .filter_map(|l| {
            let mut f = l.split('\t');
            match (f.next(), f.next(), f.next()) {
                (Some(c), Some("adj"), Some(term)) if c == class => Some(term.to_string()),
                _ => None,
            }
        })
        .collect()
}

/// Share of `texts` at or above the model's toxic review threshold.
fn flagged(model: &Classifier, texts: &[String]) -> f64 {
    let toxic = model
        .label_names()
        .iter()
        .position(|l| l == "toxic")
        .expect("a toxic label");
    let review = model.thresholds()[toxic].review;
    let scores = model.score_batch(texts);
    let n = scores.iter().filter(|s| s[toxic] >= review).count();
    n as f64 / texts.len() as f64
}

/// Share of `Juden sind <adjective>.` for the class's adjectives at or
/// above the shipped model's toxic review threshold.
fn flagged_share(model: &Classifier, class: &str) -> f64 {
    let texts: Vec<String> = adjectives(class)
        .iter()
        .map(|a| format!("Juden sind {a}."))
        .collect();
    assert!(
        texts.len() > 100,
        "{class}: only {} adjectives",
        texts.len()
    );
    flagged(model, &texts)
}

#[test]
fn shipped_model_flags_a_group_called_bad_and_keeps_one_called_good() {
    let model = Classifier::built_in().expect("the built-in model loads");
    let negative = flagged_share(&model, "neg");
    let praise = flagged_share(&model, "pos");
    assert!(
        negative >= 0.9,
        "only {negative:.2} of negative sentences flagged"
    );
    assert!(praise <= 0.1, "{praise:.2} of praise sentences flagged");
}

/// The group names the featurizer masks (`src/features/groups.rs`, its
/// `TERMS` list), capitalised as nouns.
fn group_names() -> Vec<String> {
    let src = include_str!("../src/features/groups.rs");
    let start = src
        .find("const TERMS: &[&str] = &[")
        .expect("the TERMS list");
    let list = &src[start..start + src[start..].find("];").expect("its end")];
    list.lines()
        .filter_map(|l| l.trim().strip_prefix('"')?.split('"').next())
        .map(|t| {
            let mut c = t.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect()
}

/// Stop 48: `Ich hasse X.` is hate for every group the mask knows, also
/// one that training never saw (`Transmenschen` was split into two words
/// and scored 0.10), and is no toxic comment for a thing.
#[test]
fn shipped_model_flags_hating_a_group_and_keeps_hating_a_thing() {
    let model = Classifier::built_in().expect("the built-in model loads");
    let groups: Vec<String> = group_names()
        .iter()
        .map(|g| format!("Ich hasse {g}."))
        .collect();
    assert!(groups.len() > 100, "only {} group names", groups.len());
    let things: Vec<String> = [
        "Spinat",
        "Glatteis",
        "Baustellen",
        "Formulare",
        "Wespen",
        "Funklöcher",
        "Warteschleifen",
        "Nebel",
        "Sonntagsarbeit",
        "Zugverspätungen",
    ]
    .iter()
    .map(|t| format!("Ich hasse {t}."))
    .collect();
    let (g, t) = (flagged(&model, &groups), flagged(&model, &things));
    assert!(g >= 0.95, "only {g:.2} of group sentences flagged");
    assert!(t <= 0.2, "{t:.2} of thing sentences flagged");
}

/// Slurs of the lexicon said of the writer's own group (`Wir X wissen
/// selbst am besten, was wir brauchen.`, `Ich bin stolz: X und stolz
/// drauf.`) are reclaimed, and the same slur hurled at the reader (`Ihr
/// X gehört hier nicht her.`) is abuse. On the blind suites' reclaimed
/// slurs, stop 48's model kept 27 % (the slur's features were the same
/// either way); see the featurizer's `self_applied` rule.
#[test]
fn shipped_model_keeps_reclaimed_slurs_and_flags_hurled_ones() {
    let model = Classifier::built_in().expect("the built-in model loads");
    let slurs = [
        "Krüppel",
        "Tunten",
        "Transen",
        "Schwuchteln",
        "Kanaken",
        "Zigeuner",
    ];
    let own: Vec<String> = slurs
        .iter()
        .map(|s| format!("Wir {s} wissen selbst am besten, was wir brauchen."))
        .collect();
    let hurled: Vec<String> = slurs
        .iter()
        .map(|s| format!("Ihr {s} gehört hier nicht her."))
        .collect();
    let (kept, flagged_hurled) = (1.0 - flagged(&model, &own), flagged(&model, &hurled));
    assert!(kept >= 0.8, "reclaimed kept {kept:.2}");
    assert!(flagged_hurled >= 0.8, "hurled flagged {flagged_hurled:.2}");
}

/// A policy term matches every spelling the model reads as it: a letter
/// swapped or words run together (`ausgreottet`, `endlichabknallen`), a
/// misspelt slur (`Kanakne`, `Trasne`). Until
/// stop 50 the model read them as the term but the policy, matching the
/// text again without the model's repairs, found nothing, so the
/// misspelling slipped past the rule the correct spelling met.
#[test]
fn policy_terms_match_misspelt_and_run_together_as_the_model_reads_them() {
    use moderato::policy::{Policy, PolicySource};
    let model = Classifier::built_in().expect("the built-in model loads");
    let policy: Policy = PolicySource::Default
        .load()
        .expect("the default policy loads")
        .expect("a policy");
    let pairs = [
        (
            "Moslems sollten ausgerottet werden.",
            "Moslems sollten ausgreottet werden.",
        ),
        (
            "Jemand sollte Ausländer endlich abknallen.",
            "Jemand sollte Ausländer endlichabknallen.",
        ),
        // Slurs too rare in training to be frequent words: read as the
        // lexicon's forms.
        (
            "In der Siedlung wohnen lauter Kanaken.",
            "In der Siedlung wohnen lauter Kanakne.",
        ),
        (
            "Diese Transe soll verschwinden.",
            "Diese Trasne soll verschwinden.",
        ),
    ];
    for (plain, variant) in pairs {
        let rules = |t: &str, m: Vec<moderato::policy::PolicyMatch>| -> Vec<String> {
            let mut r: Vec<String> = m.iter().map(|m| m.rule.clone()).collect();
            r.sort();
            assert!(m
                .iter()
                .all(|m| t.get(m.start..m.end) == Some(m.text.as_str())));
            r
        };
        let want = rules(plain, policy.check(plain));
        assert!(!want.is_empty(), "{plain:?} matches no rule");
        assert_eq!(
            rules(variant, policy.check_as_read(variant, &model)),
            want,
            "{variant:?}"
        );
        // The batch path (`score`, `score-page`) reads it so too.
        let (_, found) = moderato::policy::score_batch(&model, Some(&policy), &[variant]);
        assert_eq!(
            rules(variant, found[0].clone()),
            want,
            "{variant:?} in a batch"
        );
        // Read without the model the variant matches nothing.
        assert!(policy.check(variant).is_empty(), "{variant:?}");
    }
}
