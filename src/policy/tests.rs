//! Policy matching on small German sentences: the shipped default, obfuscated
//! spellings, spans, and the ordinary news talk that must not match.

use super::*;

fn default() -> Policy {
    PolicySource::Default.load().unwrap().unwrap()
}

fn rules_of(p: &Policy, text: &str) -> Vec<String> {
    p.check(text).iter().map(|m| m.rule.clone()).collect()
}

const MINI: &str = r#"
[[rule]]
name = "beleidigung"
action = "reject"
terms = ["arschloch", "idiot"]

[[rule]]
name = "verdacht"
action = "review"
inflect = true
terms = ["auserwähltes volk"]
"#;

#[test]
fn obfuscated_terms_match_with_spans_in_the_original() {
    let p = Policy::from_toml(MINI, "mini").unwrap();
    for (text, span) in [
        ("Du A r s c h l o c h!", "A r s c h l o c h"),
        ("Du 1d10t", "1d10t"),
        ("Du \u{391}rschloch", "\u{391}rschloch"),
        ("Du ARSCHLOOOCH", "ARSCHLOOOCH"),
        ("Du Arsch\u{200B}loch", "Arsch\u{200B}loch"),
    ] {
        let m = p.check(text);
        assert_eq!(m.len(), 1, "{text}: {m:?}");
        assert_eq!(m[0].text, span, "{text}");
        assert_eq!(&text[m[0].start..m[0].end], span);
        assert_eq!(m[0].action, Action::Reject);
    }
    let m = p.check("Ärger über das auserwählte Volk");
    assert_eq!(m[0].label(), "verdacht:auserwähltes volk");
    assert_eq!((m[0].char_start, m[0].char_end), (15, 31));
    assert!(p
        .check("Arschlochkarte gezogen, du Idioten-Versteher")
        .is_empty());
}

#[test]
fn decisions_are_raised_never_lowered() {
    let p = Policy::from_toml(MINI, "mini").unwrap();
    let reject = p.check("Idiot");
    let review = p.check("das auserwählte Volk");
    assert_eq!(raise(Decision::Approve, &reject), Decision::Reject);
    assert_eq!(raise(Decision::Approve, &review), Decision::Review);
    assert_eq!(raise(Decision::Reject, &review), Decision::Reject);
    assert_eq!(raise(Decision::Review, &[]), Decision::Review);
    assert_eq!(raise(Decision::Approve, &[]), Decision::Approve);
}

#[test]
fn default_policy_finds_threats_slurs_and_codes() {
    let p = default();
    for (text, rule) in [
        (
            "Aber eben, das auserwählte Volk wieder .........",
            "coded-hate",
        ),
        ("Die Umvolkung ist in vollem Gange", "coded-hate"),
        ("Der große Austausch findet statt", "great-replacement"),
        ("Ihr Volksverräter!", "coded-hate"),
        ("Die L ü g e n p r e s s e lügt", "coded-hate"),
        ("Ich bring dich um, du Wurm", "threat"),
        ("Die gehören alle erschossen", "violence-call"),
        ("Solche Leute gehört vergast", "violence-call"),
        ("Sollte man alle aufhängen", "violence-context"),
        ("Du Schwuchtel", "slur"),
        ("Du Schwucht3l", "slur"),
        ("Halt's Maul, Sp@st", "slur"),
        ("Dumme F o t z e", "slur-women"),
        ("Noch mehr Goldstücke im Land", "goldstücke"),
        ("Heil 88 Kameraden", "number-code"),
        ("Heil88!", "coded-hate"),
        ("Die ZOG Marionetten in Berlin", "zog"),
        ("Rothschild steuert die Banken", "rothschild-trope"),
        ("Das Pack ausrotten", "extermination-talk"),
    ] {
        assert!(
            rules_of(&p, text).iter().any(|r| r == rule),
            "{text:?}: expected {rule}, got {:?}",
            p.check(text)
        );
    }
}

#[test]
fn default_policy_leaves_ordinary_news_talk_alone() {
    let p = default();
    for text in [
        "Der Austausch von Gefangenen ist vereinbart",
        "Ein großer Austausch von Gefangenen fand statt",
        "Das Volk hat gewählt",
        "Lügen haben kurze Beine",
        "Er zog nach Berlin um",
        "Ein Hurrikan traf die Ostküste der USA",
        "Der Sieg 18:14 war verdient",
        "Am 18.04.1988 kostete das 88 Euro",
        "14 Menschen wurden verletzt, 88 Prozent stimmten zu",
        "Ich habe gehört, dass er erschossen wurde",
        "Den Schrank an die Wand stellen",
        "Ich schalte ab und zu den Kopf ab",
        "Korruption ausrotten",
        "Sammler kaufen Goldstücke und Münzen",
        "Die Behörden schlampen",
        "Trans Frauen und trans Männer",
        "Die Rothschild-Ausstellung im Museum",
        "Russische Truppen marschieren ein, die Soldaten sind Invasoren",
        "Der Holocaust darf nie vergessen werden",
        "Es müssen Köpfe rollen",
        "Zigeunerschnitzel mit Pommes",
    ] {
        assert!(p.check(text).is_empty(), "{text:?}: {:?}", p.check(text));
    }
}

/// A verb of killing or burning next to a protected group's name goes to
/// review; negated, reported or police and court news does not.
#[test]
fn violence_at_a_group_is_reviewed_unless_negated_or_reported() {
    let p = default();
    for text in [
        "Jemand sollte die Flüchtlinge endlich abknallen.",
        "Man sollte die Zigeuner aus dem Dorf jagen",
        "Heute Nacht werden wir die Häuser der Asylbewerber anzünden",
        // groups named in two words
        "Man sollte alle Menschen mit Behinderung erschießen.",
        "Man sollte alle trans Personen erschießen.",
    ] {
        assert!(
            rules_of(&p, text).contains(&"violence-at-group".to_string()),
            "{text:?}"
        );
    }
    for text in [
        "Niemand sollte Flüchtlinge abknallen.",
        "Der Täter hat zwei Frauen getötet.",
        "Die Polizei ermittelt, nachdem Migranten verprügelt wurden.",
        "Wer fordert, Schwule aufzuhängen, gehört angezeigt.",
        "Die Jäger jagen im Herbst Rehe.",
    ] {
        assert!(
            !rules_of(&p, text).contains(&"violence-at-group".to_string()),
            "{text:?}: {:?}",
            rules_of(&p, text)
        );
    }
}

/// Words of extermination said of a group go to review; denied
/// ("kein Ungeziefer") they do not.
#[test]
fn extermination_talk_is_reviewed_unless_denied() {
    let p = default();
    let rule = "extermination-talk".to_string();
    assert!(rules_of(&p, "Roma sind Ungeziefer.").contains(&rule));
    for text in [
        "Roma sind kein Ungeziefer, sondern Menschen wie du und ich.",
        "Flüchtlinge sind keine Parasiten.",
    ] {
        assert!(!rules_of(&p, text).contains(&rule), "{text}");
    }
}

#[test]
fn labels_are_unique_and_joined() {
    let p = default();
    let m = p.check("Lügenpresse! Lügenpresse! Volksverräter!");
    assert_eq!(m.len(), 3);
    assert_eq!(
        labels(&m),
        "coded-hate:lügenpresse; coded-hate:volksverräter"
    );
}

#[test]
fn sources_parse() {
    assert_eq!(PolicySource::parse("none"), PolicySource::None);
    assert_eq!(PolicySource::parse("default"), PolicySource::Default);
    assert_eq!(
        PolicySource::parse("p.toml"),
        PolicySource::File("p.toml".into())
    );
    assert!(PolicySource::None.load().unwrap().is_none());
    let e = PolicySource::File("/nicht/da.toml".into())
        .load()
        .unwrap_err()
        .to_string();
    assert!(e.contains("/nicht/da.toml"), "{e}");
}

#[test]
fn quoted_hate_in_counter_speech_is_a_mention_and_routes_nothing() {
    let p = Policy::from_toml(MINI, "mini").unwrap();
    let m = p.check("Wer „auserwähltes Volk“ schreibt, verbreitet Hetze. Bitte löschen.");
    assert_eq!(m.len(), 1);
    assert!(m[0].mention);
    assert_eq!(m[0].label(), "verdacht:auserwähltes volk (mention)");
    assert!(!routes(&m));
    assert_eq!(raise(Decision::Approve, &m), Decision::Approve);
    assert_eq!(raise(Decision::Review, &m), Decision::Review);
    assert_eq!(match_score(&m[0], 0.3), 0.0);
    // A reject term quoted in counter-speech: the model decides too.
    let m = p.check("Er nannte sie „Idiot“, das ist unter der Gürtellinie.");
    assert!(m[0].mention, "{m:?}");
    assert_eq!(raise(Decision::Approve, &m), Decision::Approve);
    // The same terms used, or quoted with the condemnation negated, route.
    for text in [
        "das auserwählte Volk, das ist keine Hetze",
        "„Idiot“, das bist du.",
        "Du Idiot, schäm dich",
    ] {
        let m = p.check(text);
        assert!(routes(&m), "{text}: {m:?}");
        assert!(!m[0].mention, "{text}");
    }
}

#[test]
fn a_slur_said_of_the_writers_own_group_is_a_mention() {
    let p = default();
    let m = p.check("Wir Krüppel wissen selbst am besten, was wir brauchen.");
    assert!(!m.is_empty() && !routes(&m), "{m:?}");
    assert!(m.iter().all(|m| m.mention), "{m:?}");
    for text in [
        "Ihr Krüppel gehört weggesperrt.",
        "Ich bin doch kein Krüppel.",
    ] {
        assert!(routes(&p.check(text)), "{text}: {:?}", p.check(text));
    }
}
