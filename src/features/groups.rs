//! Identity-group terms hashed as one placeholder, `gruppe`.
//!
//! Whether a sentence is hateful does not depend on which group it names:
//! "X sind Ungeziefer" is hate for every X, "In meiner Straße wohnen viele X"
//! for none. Left alone, a bag-of-n-grams model learns each group's own
//! weight from how often that group happens to be attacked in the training
//! data: it flags neutral mentions of often-attacked groups and misses hate
//! against groups its data rarely mentions. With the group abstracted, what
//! the training data says about one group's attackers counts for all, and the
//! name of a group carries no weight of its own.
//!
//! The list covers groups protected against incitement (§ 130 StGB,
//! Verbotsgesetz-era case law, the EU's protected characteristics): origin
//! and migration, religion, sexual orientation and gender identity,
//! disability, Roma and Sinti, women. Not included: roles people choose
//! (politicians, journalists, police), whose criticism is legitimate news
//! talk, and words with an everyday sense in news comments ("schwarz" is the
//! colour and, in Austria, the ÖVP). Slurs are not group names and keep their
//! own weight.

use std::collections::HashSet;
use std::sync::LazyLock;

use foldhash::fast::FixedState;

use super::artefacts::Masked;
use crate::text::{Normalizer, NormalizerParams, Token};

/// The placeholder a group term is hashed as.
pub(crate) const PLACEHOLDER: &[u8] = b"gruppe";

/// Group nouns and adjectives in their common inflected forms.
const TERMS: &[&str] = &[
    // origin, migration
    "ausländer",
    "ausländerin",
    "ausländerinnen",
    "ausländern",
    "migrant",
    "migranten",
    "migrantin",
    "migrantinnen",
    "flüchtling",
    "flüchtlinge",
    "flüchtlingen",
    "geflüchtete",
    "geflüchteten",
    "asylwerber",
    "asylwerberin",
    "asylwerbern",
    "asylbewerber",
    "asylbewerbern",
    "asylsuchende",
    "asylsuchenden",
    "zuwanderer",
    "zuwanderern",
    "einwanderer",
    "einwanderern",
    "türke",
    "türken",
    "türkin",
    "türkinnen",
    "araber",
    "arabern",
    "araberin",
    "afrikaner",
    "afrikanern",
    "afrikanerin",
    "afghane",
    "afghanen",
    "syrer",
    "syrern",
    "tschetschene",
    "tschetschenen",
    "rumänen",
    "serben",
    "kurden",
    "roma",
    "sinti",
    "romnja",
    "jenische",
    // religion
    "jude",
    "juden",
    "jüdin",
    "jüdinnen",
    "jüdische",
    "jüdischen",
    "muslim",
    "muslime",
    "muslimen",
    "muslima",
    "muslimin",
    "musliminnen",
    "muslimische",
    "muslimischen",
    "moslem",
    "moslems",
    "christen",
    "christin",
    "hindus",
    "buddhisten",
    // sexual orientation, gender identity, sex
    "homosexuelle",
    "homosexuellen",
    "bisexuelle",
    "bisexuellen",
    "schwule",
    "schwulen",
    "lesbe",
    "lesben",
    "transmenschen",
    "transpersonen",
    "transfrauen",
    "transmänner",
    "transgender",
    "queere",
    "queeren",
    "frauen",
    // disability
    "behinderte",
    "behinderten",
    "rollstuhlfahrer",
    "rollstuhlfahrern",
    "rollstuhlfahrerin",
    "gehörlose",
    "gehörlosen",
    "autisten",
];

/// The terms as the normalizer writes them, so folding (case, homoglyphs,
/// leetspeak) reaches them exactly as it reaches the comment; each also
/// without umlauts (`4` folds to `a`, not `ä`) and spelled `ae`/`oe`/`ue`.
/// Every token of every scored comment is looked up here, so the set hashes
/// with foldhash rather than the default SipHash.
static NORMALIZED: LazyLock<HashSet<Vec<u8>, FixedState>> = LazyLock::new(|| {
    let mut n = Normalizer::new(NormalizerParams::default());
    let plain = |t: &str| t.replace('ä', "a").replace('ö', "o").replace('ü', "u");
    let ascii = |t: &str| t.replace('ä', "ae").replace('ö', "oe").replace('ü', "ue");
    let mut set = HashSet::with_hasher(FixedState::default());
    set.extend(
        TERMS
            .iter()
            .flat_map(|t| [t.to_string(), plain(t), ascii(t)])
            .map(|t| n.normalize(&t).text.into_bytes()),
    );
    set
});

/// Marks every still-kept token of the normalized `text` that names a group.
pub(crate) fn mask(text: &str, toks: &[Token], out: &mut Vec<Masked>) {
    out.resize(toks.len(), Masked::Keep);
    let b = text.as_bytes();
    for (t, m) in toks.iter().zip(out.iter_mut()) {
        if *m == Masked::Keep && NORMALIZED.contains(&b[t.start..t.end]) {
            *m = Masked::As(PLACEHOLDER);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    fn masked(text: &str) -> Vec<String> {
        let norm = Normalizer::new(NormalizerParams::default())
            .normalize(text)
            .text;
        let toks: Vec<Token> = tokens(&norm).collect();
        let mut out = Vec::new();
        mask(&norm, &toks, &mut out);
        toks.iter()
            .zip(&out)
            .map(|(t, m)| match m {
                Masked::As(p) => String::from_utf8_lossy(p).into_owned(),
                _ => norm[t.start..t.end].to_string(),
            })
            .collect()
    }

    #[test]
    fn group_names_become_one_placeholder() {
        assert_eq!(
            masked("Juden sind Menschen"),
            ["gruppe", "sind", "menschen"]
        );
        assert_eq!(
            masked("MUSLIME und Flüchtlinge"),
            ["gruppe", "und", "gruppe"]
        );
        // Obfuscated spellings reach the list through the same folding.
        assert_eq!(masked("Ausl4nder")[0], "gruppe");
        assert_eq!(masked("Fluechtlinge")[0], "gruppe");
    }

    #[test]
    fn roles_colours_and_slurs_keep_their_own_weight() {
        for w in [
            "Politiker",
            "Journalisten",
            "schwarze",
            "Schwuchteln",
            "Kanaken",
        ] {
            assert_ne!(masked(w)[0], "gruppe", "{w}");
        }
    }
}
