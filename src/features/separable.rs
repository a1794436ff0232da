//! German separable verbs in the cue lexicon's two other shapes.
//!
//! The lexicon lists infinitives and participles (`umbringen`,
//! `umgebracht`, `ausrotten`). German also writes such a verb with `zu`
//! inside it (`umzubringen`, `auszurotten`: "den Mut haben, X
//! auszurotten") and, in a main clause, splits it: the finite stem in
//! second place, the particle at the clause's end (`bringt sie alle um`,
//! `richte ich sie hin`). Without these a threat reads as its stem
//! (`bringen`) and a particle (`um`), neither of them violent. The
//! particle must close its clause, which is what tells `bringt … um.`
//! from `bringt das Paket um 8 Uhr`.

use std::collections::HashMap;

use foldhash::fast::FixedState;

use super::cues::Classes;
use crate::text::Token;

/// Separable particles, longest first so that `zusammen` wins over `zu`.
const PARTICLES: &[&str] = &[
    "zusammen", "zurück", "nieder", "hinaus", "heraus", "fertig", "davon", "heim", "fort", "raus",
    "weg", "auf", "aus", "ein", "tot", "kalt", "los", "hin", "vor", "um", "ab", "an",
];

/// How many words a split verb's particle may stand after its stem.
const REACH: usize = 10;

/// A lexicon verb's particle and `rest` (`um` + `bringen`), if it is a
/// separable verb in the infinitive: the rest a verb of its own ending in
/// `-en` (or `-ern`, `-eln`: `an` + `widern`, `ab` + `fackeln`), five
/// letters or more, and no participle (`ab` + `geschoben`).
fn split(verb: &str) -> Option<(&'static str, &str)> {
    let particle = PARTICLES.iter().find(|p| verb.starts_with(**p))?;
    let rest = &verb[particle.len()..];
    let infinitive = (rest.ends_with("en") || is_er_el(rest)) && !rest.starts_with("ge");
    (infinitive && rest.chars().count() >= 5).then_some((particle, rest))
}

/// An infinitive in `-ern` or `-eln`, whose stem keeps the `e` (`widern`:
/// `widert`, `ekeln`: `ekelt`).
fn is_er_el(rest: &str) -> bool {
    rest.ends_with("ern") || rest.ends_with("eln")
}

/// The `zu` infinitive of a separable verb (`auszurotten`).
pub(crate) fn zu_infinitive(verb: &str) -> Option<String> {
    let (particle, rest) = split(verb)?;
    Some(format!("{particle}zu{rest}"))
}

/// Finite forms of a split verb with their particle and classes.
#[derive(Debug, Default)]
pub(crate) struct SplitVerbs {
    by_stem_form: HashMap<Vec<u8>, Vec<(&'static str, Classes)>, FixedState>,
}

impl SplitVerbs {
    /// Adds the finite forms of `verb` if it is separable: the regular
    /// present and imperative (`bringe`, `bringst`, `bringt`, `bring`,
    /// `bringen`, and `schlachtet` after a stem in `t` or `d`); irregular
    /// ones (`schlägt`, `sticht`) are not derived.
    pub(crate) fn add(&mut self, verb: &str, classes: Classes) {
        let Some((particle, rest)) = split(verb) else {
            return;
        };
        let stem = &rest[..rest.len() - if is_er_el(rest) { 1 } else { 2 }];
        let mut forms = vec![
            stem.to_string(),
            format!("{stem}e"),
            format!("{stem}st"),
            format!("{stem}t"),
            rest.to_string(),
        ];
        if let Some(base) = stem.strip_suffix("el") {
            // `ich ekle`, `ich fackle`: the stem's `e` drops before `-e`.
            forms.push(format!("{base}le"));
        }
        if stem.ends_with('t') || stem.ends_with('d') {
            forms.push(format!("{stem}et"));
            forms.push(format!("{stem}est"));
        }
        for f in forms {
            let entry = self.by_stem_form.entry(f.into_bytes()).or_default();
            if !entry.iter().any(|(p, _)| *p == particle) {
                entry.push((particle, classes));
            }
        }
    }

    /// Gives a split verb's stem and particle tokens the verb's classes:
    /// the particle within [`REACH`] words after the stem, in the same
    /// clause (no `,` `;` `.` `:` between them), and last in it.
    pub(crate) fn mark(&self, text: &str, toks: &[Token], classes: &mut [Classes]) {
        if self.by_stem_form.is_empty() {
            return;
        }
        let b = text.as_bytes();
        let word = |i: usize| &b[toks[i].start..toks[i].end];
        let gap_after = |i: usize| {
            let end = toks.get(i + 1).map_or(b.len(), |t| t.start);
            &b[toks[i].end..end]
        };
        let closes = |g: &[u8]| g.iter().any(|c| b",;.:!?".contains(c));
        for i in 0..toks.len() {
            let Some(cands) = self.by_stem_form.get(word(i)) else {
                continue;
            };
            for &(particle, c) in cands {
                let mut j = i;
                while j + 1 < toks.len() && j < i + REACH && !closes(gap_after(j)) {
                    j += 1;
                    let last = j + 1 == toks.len()
                        || closes(gap_after(j))
                        || matches!(word(j + 1), b"!" | b"?");
                    if word(j) == particle.as_bytes() && last {
                        classes[i] |= c;
                        classes[j] |= c;
                        break;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    fn marked(verbs: &[&str], text: &str) -> Vec<String> {
        let mut sv = SplitVerbs::default();
        for v in verbs {
            sv.add(v, 1);
        }
        let toks: Vec<Token> = tokens(text).collect();
        let mut classes = vec![0u16; toks.len()];
        sv.mark(text, &toks, &mut classes);
        toks.iter()
            .zip(&classes)
            .filter(|(_, c)| **c != 0)
            .map(|(t, _)| text[t.start..t.end].to_string())
            .collect()
    }

    #[test]
    fn zu_goes_after_a_separable_particle_only() {
        assert_eq!(zu_infinitive("ausrotten").as_deref(), Some("auszurotten"));
        assert_eq!(zu_infinitive("umbringen").as_deref(), Some("umzubringen"));
        assert_eq!(
            zu_infinitive("zusammenschlagen").as_deref(),
            Some("zusammenzuschlagen")
        );
        assert_eq!(zu_infinitive("vernichten"), None);
        assert_eq!(zu_infinitive("töten"), None);
        assert_eq!(zu_infinitive("abgeschoben"), None);
    }

    #[test]
    fn a_split_verb_counts_when_its_particle_closes_the_clause() {
        let v = &["umbringen", "abfackeln", "abschlachten", "hinrichten"];
        assert_eq!(marked(v, "ich bringe sie alle um."), ["bringe", "um"]);
        assert_eq!(
            marked(v, "dann richte ich sie hin, samt allen"),
            ["richte", "hin"]
        );
        assert_eq!(marked(v, "schlachtet sie ab!"), ["schlachtet", "ab"]);
        assert_eq!(marked(v, "bringt sie um"), ["bringt", "um"]);
        // Verbs in `-ern` and `-eln` keep the stem's `e`.
        let v = &["anwidern", "abfackeln"];
        assert_eq!(marked(v, "schwule widern mich an."), ["widern", "an"]);
        assert_eq!(marked(v, "das widert mich an"), ["widert", "an"]);
        assert_eq!(marked(v, "die fackeln wir ab!"), ["fackeln", "ab"]);
        assert_eq!(marked(v, "ich fackle das ab"), ["fackle", "ab"]);
        assert_eq!(zu_infinitive("anwidern").as_deref(), Some("anzuwidern"));
        // `fertig` is a particle too (`fertigmachen`).
        let v = &["fertigmachen"];
        assert_eq!(
            marked(v, "morgen mache ich die alle im viertel fertig."),
            ["mache", "fertig"]
        );
    }

    #[test]
    fn a_preposition_or_a_particle_in_another_clause_does_not() {
        let v = &["umbringen", "aufhängen"];
        assert!(marked(v, "er bringt das paket um 8 uhr.").is_empty());
        assert!(marked(v, "ich bringe es dir, dann fällt es um.").is_empty());
        assert!(marked(
            v,
            "sie hängt das bild im flur neben der tür zum alten zimmer ihrer großmutter auf."
        )
        .is_empty());
    }
}
