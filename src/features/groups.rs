//! Identity-group terms hashed as one placeholder, `gruppe`.
//!
//! Whether a sentence is hateful does not depend on which group it names:
//! "X sind Ungeziefer" is hate for every X, "In meiner Straße wohnen viele X"
//! for none. Left alone, a bag-of-n-grams model learns each group's own
//! weight from how often that group happens to be attacked in the training
//! data: it flags neutral mentions of often-attacked groups and misses hate
//! against groups its data rarely mentions. With the group abstracted, what
//! the training data says about one group's attackers counts for all, and
//! every group's name weighs the same: the placeholder keeps a weight of its
//! own (groups are named more often in toxic comments), which ranked the
//! functional suites better than a placeholder without one (stop 51).
//!
//! The list covers groups protected against incitement (§ 130 StGB,
//! Verbotsgesetz-era case law, the EU's protected characteristics): origin
//! and migration, religion, sexual orientation and gender identity,
//! disability, Roma and Sinti, women. Not included: roles people choose
//! (politicians, journalists, police), whose criticism is legitimate news
//! talk, and words with an everyday sense in news comments ("schwarz" is the
//! colour and, in Austria, the ÖVP). Slurs are not group names and keep their
//! own weight.

use std::collections::HashMap;
use std::sync::LazyLock;

use foldhash::fast::FixedState;
use memchr::memmem;

use super::artefacts::Masked;
use crate::text::{camel_seam, Normalizer, NormalizerParams, Token};

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
    "geflüchteter",
    "asylwerber",
    "asylwerberin",
    "asylwerbern",
    "asylbewerber",
    "asylbewerbern",
    "asylbewerberin",
    "asylbewerberinnen",
    "asylsuchende",
    "asylsuchenden",
    "zuwanderer",
    "zuwanderern",
    "zuwanderin",
    "zuwanderinnen",
    "einwanderer",
    "einwanderern",
    "einwanderin",
    "einwanderinnen",
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
    "afrikanerinnen",
    "schwarzafrikaner",
    "schwarzafrikanern",
    "schwarzafrikanerin",
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
    "sinto",
    "romni",
    "romnja",
    "jenische",
    // religion
    "jude",
    "juden",
    "jüdin",
    "jüdinnen",
    "jüdische",
    "jüdischen",
    "jüdischer",
    "muslim",
    "muslime",
    "muslimen",
    "muslima",
    "muslimin",
    "musliminnen",
    "muslimische",
    "muslimischen",
    "muslimischer",
    "moslem",
    "moslems",
    "christen",
    "christin",
    "hindus",
    "buddhisten",
    // sexual orientation, gender identity, sex
    "homosexuelle",
    "homosexuellen",
    "homosexueller",
    "bisexuelle",
    "bisexuellen",
    "schwule",
    "schwulen",
    "schwuler",
    "lesbe",
    "lesben",
    "lesbische",
    "lesbischen",
    "transmenschen",
    "transleute",
    "transleuten",
    "transperson",
    "transfrau",
    "transmann",
    "transmännern",
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
    "behinderter",
    "rollstuhlfahrer",
    "rollstuhlfahrern",
    "rollstuhlfahrerin",
    "rollstuhlfahrerinnen",
    "gehörlose",
    "gehörlosen",
    "gehörloser",
    "autisten",
    "autist",
    "autistin",
    "autistinnen",
    // skin colour (unambiguous; "schwarze" and "farbige" below)
    "dunkelhäutige",
    "dunkelhäutigen",
    "dunkelhäutiger",
    // adjective forms before a neuter or dative noun ("ein schwules Paar",
    // "mit einem jüdischen Kind" is above)
    "schwules",
    "schwulem",
    "lesbischer",
    "lesbisches",
    "lesbischem",
    "jüdisches",
    "jüdischem",
    "muslimisches",
    "muslimischem",
    "homosexuelles",
    "homosexuellem",
    "behindertes",
    "behindertem",
    "transsexuelle",
    "transsexuellen",
    "transsexueller",
    "intersexuelle",
    "intersexuellen",
    "queer",
    "queerer",
    "queeres",
];

/// Words that name a group only before a people noun ([`PEOPLE`]): "trans
/// Personen", "inter Menschen". Alone, `trans` is as often a prefix cut
/// off by a hyphen or a line break.
const BEFORE_PEOPLE: &[&str] = &["trans", "inter", "nichtbinäre", "nichtbinären"];

/// Attributes that make a group of the people noun before `mit`:
/// "Menschen mit Behinderung", "Kinder mit Migrationshintergrund", also
/// with a word between ("Menschen mit geistiger Behinderung"). The
/// attribute is what is masked; the people noun keeps its own weight, as
/// in "jüdische Menschen".
const WITH_ATTRIBUTES: &[&str] = &[
    "behinderung",
    "behinderungen",
    "beeinträchtigung",
    "beeinträchtigungen",
    "migrationshintergrund",
    "migrationsgeschichte",
    "einwanderungsgeschichte",
    "fluchthintergrund",
    "fluchterfahrung",
    "downsyndrom",
    "trisomie",
];

/// People nouns after [`BEFORE_PEOPLE`] and before `mit` + [`WITH_ATTRIBUTES`].
const PEOPLE: &[&str] = &[
    "menschen",
    "mensch",
    "personen",
    "person",
    "leute",
    "leuten",
    "frauen",
    "frau",
    "männer",
    "männern",
    "mann",
    "kinder",
    "kindern",
    "kind",
    "jugendliche",
    "jugendlichen",
    "mitbürger",
    "mitbürgern",
    "mitbürgerinnen",
    "bürger",
    "bürgern",
    "schüler",
    "schülern",
    "schülerinnen",
    "kollegen",
    "kolleginnen",
    "familien",
    "eltern",
    "paare",
    "pärchen",
    "community",
];

/// Words that name Black people as a noun ("Schwarze sind …", "die
/// Schwarzen haben …") or with a people noun ("schwarze Menschen"), but
/// are far more often the colour ("die schwarze Null", "ins Schwarze") or,
/// in Austria, the ÖVP. Case is gone by the time groups are masked, so the
/// next word decides: a group name only before a people noun, a verb or
/// function word from [`GROUP_NOUN_NEXT`], or at the end of the text.
const COLOUR_TERMS: &[&str] = &["schwarze", "schwarzen", "schwarzer", "farbige", "farbigen"];

/// What follows a colour word used as a group name: people nouns, and the
/// verbs and function words that follow a plural subject or object, which
/// an adjective before its noun is never followed by.
const GROUP_NOUN_NEXT: &[&str] = &[
    "alle",
    "allesamt",
    "als",
    "aber",
    "an",
    "auch",
    "auf",
    "aus",
    "bei",
    "bekommen",
    "bürger",
    "da",
    "dürfen",
    "einfach",
    "familien",
    "frauen",
    "für",
    "gegen",
    "gehören",
    "haben",
    "hat",
    "hier",
    "im",
    "immer",
    "in",
    "ist",
    "jugendliche",
    "jugendlichen",
    "kinder",
    "kindern",
    "können",
    "leben",
    "leute",
    "leuten",
    "männer",
    "männern",
    "menschen",
    "mit",
    "mitbürger",
    "mitbürgern",
    "müssen",
    "nachbarn",
    "nicht",
    "nie",
    "nur",
    "oder",
    "personen",
    "raus",
    "sein",
    "seien",
    "sind",
    "sollen",
    "sollte",
    "sollten",
    "sowie",
    "stehlen",
    "tun",
    "überall",
    "und",
    "von",
    "waren",
    "werden",
    "wie",
    "wohnen",
    "wollen",
    "wurden",
    "zu",
];

/// Places and events of a group: not its name, so not masked (a mosque's
/// open day is no group mention to weigh), but a sentence about them
/// speaks of the group to the cue frames (`heut Nacht brennt das
/// Flüchtlingsheim`, `zünde die Synagoge an`).
const PLACES: &[&str] = &[
    "moschee",
    "moscheen",
    "synagoge",
    "synagogen",
    "flüchtlingsheim",
    "flüchtlingsheime",
    "flüchtlingsheimen",
    "flüchtlingsunterkunft",
    "flüchtlingsunterkünfte",
    "flüchtlingslager",
    "flüchtlingsboot",
    "flüchtlingsboote",
    "flüchtlingsbooten",
    "asylheim",
    "asylheime",
    "asylantenheim",
    "asylantenheime",
    "asylunterkunft",
    "asylunterkünfte",
    "asylwerberheim",
    "schwulenbar",
    "schwulenbars",
    "schwulenparade",
    "schwulenclub",
    "frauenhaus",
    "frauenhäuser",
    "csd",
    "regenbogenparade",
];

/// Singular nouns that name a group only after a [`QUANTIFIERS`] word
/// (`jede Frau`, `die nächste Frau`): alone, `Frau` is a title (`Frau
/// Müller`) or someone's wife, and was never a group name; quantified, it
/// stands for every woman, and a threat against `die nächste Frau, die ich
/// sehe` is one against women as a group. `keine Frau` is left out: it
/// opens negated hate (`Keine Frau gehört an den Herd`) as often as hate.
const GENERIC_SINGULAR: &[&str] = &["frau"];

/// Words that make the singular noun right after them stand for its whole
/// group.
const QUANTIFIERS: &[&str] = &["jede", "jeder", "jeden", "jedem", "nächste", "nächsten"];

/// What a normalized word is to the mask, as bits: one table, so that
/// each token of each scored comment costs one lookup.
const NAME: u16 = 1;
const COLOUR_WORD: u16 = 2;
const NOUN_NEXT: u16 = 4;
const BEFORE: u16 = 8;
const ATTRIBUTE: u16 = 16;
const PERSON: u16 = 32;
const PLACE: u16 = 64;
const GENERIC: u16 = 128;
const QUANTIFIER: u16 = 256;

/// Every list above as the normalizer writes it, so folding (case,
/// homoglyphs, leetspeak) reaches them exactly as it reaches the comment;
/// a group name also without umlauts (`4` folds to `a`, not `ä`) and
/// spelled `ae`/`oe`/`ue`. Looked up for every token of every scored
/// comment, so the map hashes with foldhash rather than the default
/// SipHash.
static KINDS: LazyLock<HashMap<Vec<u8>, u16, FixedState>> = LazyLock::new(|| {
    let mut n = Normalizer::new(NormalizerParams::default());
    let plain = |t: &str| t.replace('ä', "a").replace('ö', "o").replace('ü', "u");
    let ascii = |t: &str| t.replace('ä', "ae").replace('ö', "oe").replace('ü', "ue");
    let mut map = HashMap::with_hasher(FixedState::default());
    let mut add = |t: &str, kind: u16| {
        *map.entry(n.normalize(t).text.into_bytes()).or_insert(0) |= kind;
    };
    for t in TERMS {
        for spelling in [t.to_string(), plain(t), ascii(t)] {
            add(&spelling, NAME);
        }
    }
    for (list, kind) in [
        (COLOUR_TERMS, COLOUR_WORD),
        (GROUP_NOUN_NEXT, NOUN_NEXT),
        (BEFORE_PEOPLE, BEFORE),
        (WITH_ATTRIBUTES, ATTRIBUTE),
        (PEOPLE, PERSON),
        (PLACES, PLACE),
        (GENERIC_SINGULAR, GENERIC),
        (QUANTIFIERS, QUANTIFIER),
    ] {
        for t in list {
            add(t, kind);
        }
    }
    map
});

fn kind(w: &[u8]) -> u16 {
    KINDS.get(w).copied().unwrap_or(0)
}

/// Tokens `mit` may stand before a [`WITH_ATTRIBUTES`] word ("mit einer
/// schweren geistigen Behinderung": three).
const WITH_REACH: usize = 3;

/// Whether the normalized word is a place or event of a group ([`PLACES`]).
pub(crate) fn is_place(w: &[u8]) -> bool {
    kind(w) & PLACE != 0
}

/// Whether the normalized word is a group name (a colour word only as it
/// may be one: see [`COLOUR_TERMS`]).
pub(crate) fn is_name(w: &[u8]) -> bool {
    kind(w) & (NAME | COLOUR_WORD) != 0
}

/// Every group name as the normalizer writes it (colour words included),
/// and the words that make a group of the noun beside them (`trans`,
/// `Behinderung`): the words a misspelling is read as even when training
/// saw them seldom (`tras Menschen`, `Menschen mit Behidnerung`).
pub(crate) fn names() -> impl Iterator<Item = &'static [u8]> {
    KINDS
        .iter()
        .filter(|(_, k)| *k & (NAME | COLOUR_WORD | BEFORE | ATTRIBUTE) != 0)
        .map(|(w, _)| w.as_slice())
}

/// Which colour terms the writer capitalised inside a sentence, bit `k`
/// for the `k`-th colour term of `raw` (the text before normalization):
/// German capitalises nouns, so `Ich werde Schwarze jagen` names people
/// whatever follows, where [`mask`], reading lower-cased text, must guess
/// from the next word. A capitalised term before another capitalised word
/// is part of a name (`der Schwarze Block`, `Schwarzer Peter`) and does
/// not count, nor does one that opens a sentence; terms past the 64th are
/// not recorded.
pub(crate) fn colour_nouns(raw: &str) -> ColourNouns {
    // Lower case or capitals; a text whose terms are all in mixed case
    // (`ScHwArZe`, a disguise) counts none, so `mask` reads every colour
    // token as a noun.
    let has = |lower: &[u8], upper: &[u8]| {
        memmem::find(raw.as_bytes(), lower).is_some()
            || memmem::find(raw.as_bytes(), upper).is_some()
    };
    if !has(b"chwarz", b"CHWARZ") && !has(b"arbig", b"ARBIG") {
        return ColourNouns::default();
    }
    let offset = |w: &str| w.as_ptr() as usize - raw.as_ptr() as usize;
    // Words, cut at the camel-case seams the normalizer cuts too
    // (`UnterSchwarzen`), so that the terms are counted as `mask` counts
    // them.
    let mut words = raw
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .flat_map(|w| {
            let at = offset(w);
            let mut cuts = w
                .char_indices()
                .map(|(i, _)| i)
                .filter(move |&i| i > 0 && camel_seam(raw, at + i))
                .chain([w.len()]);
            let mut from = 0;
            std::iter::from_fn(move || {
                let to = cuts.next()?;
                let piece = &w[from..to];
                from = to;
                Some(piece)
            })
        })
        .peekable();
    let (mut bits, mut k, mut prev_end) = (0u64, 0u32, None::<usize>);
    while let Some(w) = words.next() {
        let start = offset(w);
        // The terms are ASCII: no lower-cased copy of every word.
        if COLOUR_TERMS.iter().any(|t| w.eq_ignore_ascii_case(t)) {
            let mut chars = w.chars();
            let capital = chars.next().is_some_and(char::is_uppercase)
                && chars.next().is_some_and(char::is_lowercase);
            let inside = prev_end
                .is_some_and(|e: usize| !raw[e..start].contains(['.', '!', '?', ':', '\n']));
            let before_name = words
                .peek()
                .is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase));
            if capital && inside && !before_name && k < 64 {
                bits |= 1 << k;
            }
            k += 1;
        }
        prev_end = Some(start + w.len());
    }
    ColourNouns { bits, terms: k }
}

/// The colour terms of a raw text ([`colour_nouns`]): which were written
/// as nouns, and how many the raw words show.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ColourNouns {
    /// Bit `k`: the `k`-th term is a noun.
    pub(crate) bits: u64,
    /// How many terms the raw words show.
    pub(crate) terms: u32,
}

/// Marks every still-kept token of the normalized `text` that names a
/// group; `nouns` are the colour terms written as nouns ([`colour_nouns`]).
/// A text with more colour tokens than its raw words show had one
/// disguised (`S c h w a r z e`, `Schw4rze`, `Schawrze`) or run into
/// another word: a writer disguises the name of a group, not the colour
/// of a car, so then every colour token is read as a noun.
pub(crate) fn mask(text: &str, toks: &[Token], nouns: ColourNouns, out: &mut Vec<Masked>) {
    out.resize(toks.len(), Masked::Keep);
    let b = text.as_bytes();
    let word = |i: usize| toks.get(i).map(|t| &b[t.start..t.end]);
    // "Menschen mit [...] Behinderung": `mit` within reach before the
    // attribute, a people noun right before `mit`.
    let with_people = |i: usize| {
        (1..=WITH_REACH.min(i)).any(|k| {
            word(i - k) == Some(b"mit")
                && i > k
                && word(i - k - 1).is_some_and(|p| kind(p) & PERSON != 0)
        })
    };
    let mut colour = 0u32;
    for (i, (t, m)) in toks.iter().zip(out.iter_mut()).enumerate() {
        let k = kind(&b[t.start..t.end]);
        let noun = k & COLOUR_WORD != 0 && {
            colour += 1;
            colour <= 64 && nouns.bits >> (colour - 1) & 1 == 1
        };
        if *m != Masked::Keep || k & (NAME | COLOUR_WORD | BEFORE | ATTRIBUTE | GENERIC) == 0 {
            continue;
        }
        let group = k & NAME != 0
            || (k & COLOUR_WORD != 0
                && word(i.wrapping_sub(1)) != Some(b"ins")
                && (noun || word(i + 1).is_none_or(|n| kind(n) & (NOUN_NEXT | NAME) != 0)))
            || (k & BEFORE != 0 && word(i + 1).is_some_and(|n| kind(n) & PERSON != 0))
            || (k & ATTRIBUTE != 0 && with_people(i))
            || (k & GENERIC != 0
                && word(i.wrapping_sub(1)).is_some_and(|q| kind(q) & QUANTIFIER != 0));
        if group {
            *m = Masked::As(PLACEHOLDER);
        }
    }
    if colour > nouns.terms {
        for (i, t) in toks.iter().enumerate() {
            if out[i] == Masked::Keep
                && kind(&b[t.start..t.end]) & COLOUR_WORD != 0
                && word(i.wrapping_sub(1)) != Some(b"ins")
            {
                out[i] = Masked::As(PLACEHOLDER);
            }
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
        mask(&norm, &toks, colour_nouns(text), &mut out);
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
    fn colour_words_name_a_group_only_as_a_noun_or_before_people() {
        assert_eq!(masked("Schwarze sind faul")[0], "gruppe");
        assert_eq!(
            masked("die Schwarzen haben hier nichts verloren")[1],
            "gruppe"
        );
        assert_eq!(masked("schwarze Menschen und Muslime")[0], "gruppe");
        assert_eq!(masked("raus mit allen Schwarzen")[3], "gruppe");
        assert_eq!(masked("Schwarze, Muslime, Juden")[0], "gruppe");
        for (text, i) in [
            ("die schwarze Null hält", 1),
            ("ein Treffer ins Schwarze", 3),
            ("der schwarze Block", 1),
            ("schwarzen Kaffee trinken", 0),
            ("farbige Bilder", 0),
        ] {
            assert_ne!(masked(text)[i], "gruppe", "{text}");
        }
    }

    #[test]
    fn a_colour_term_capitalised_inside_a_sentence_is_a_noun() {
        // `jagen` is no word that tells a noun from an adjective: the
        // capital does.
        assert_eq!(masked("Ich werde Schwarze jagen")[2], "gruppe");
        assert_eq!(masked("Heute sah ich zwei Farbige tanzen")[4], "gruppe");
        // Lower-case, before a capitalised word (a name), at a sentence's
        // start or after `ins`: as before, the next word decides.
        for (text, i) in [
            ("Ich werde schwarze Katzen jagen", 2),
            ("Da marschiert der Schwarze Block", 3),
            ("Gut. Schwarze Schafe gibt es überall", 1),
            ("Er traf ins Schwarze heute", 3),
        ] {
            assert_ne!(masked(text)[i], "gruppe", "{text}");
        }
        // The k-th colour term of the page is the k-th token of one.
        assert_eq!(
            colour_nouns("schwarze Schuhe, dann kamen Schwarze rein").bits,
            0b10
        );
    }

    #[test]
    fn disguised_colour_terms_are_nouns() {
        // The normalizer joins the letters and folds the digits: more
        // colour tokens than raw colour words.
        assert_eq!(masked("Im Park hängen S c h w a r z e rum")[3], "gruppe");
        assert_eq!(masked("Dort sitzen Schw4rze rum")[2], "gruppe");
        // Plain ones, in any case, are counted as before.
        assert_ne!(masked("Ich mag SCHWARZE Katzen")[2], "gruppe");
        assert_ne!(masked("Ich mag schwarze Katzen")[2], "gruppe");
    }

    #[test]
    fn colour_terms_run_into_the_word_before_are_counted_as_the_tokens_are() {
        // The normalizer cuts `UnterSchwarzen` at its seam: so does the count.
        assert_eq!(masked("Sie lebt UnterSchwarzen wie du")[3], "gruppe");
        assert_eq!(masked("Mein HassaufdieSchwarzen wächst")[2], "gruppe");
        assert_eq!(
            colour_nouns("UnterSchwarzen gibt es schwarze Schafe, Schwarze auch").bits,
            0b101
        );
    }

    #[test]
    fn group_names_of_two_or_three_words_mask_the_word_that_names_the_group() {
        assert_eq!(
            masked("Trans Personen sind keine echten Frauen"),
            ["gruppe", "personen", "sind", "keine", "echten", "gruppe"]
        );
        assert_eq!(
            masked("Man sollte alle Menschen mit Behinderung erschießen")[5],
            "gruppe"
        );
        assert_eq!(
            masked("Kinder mit einer geistigen Behinderung")[4],
            "gruppe"
        );
        assert_eq!(masked("Leute mit Migrationshintergrund")[2], "gruppe");
        for (text, i) in [
            // no people noun: a prefix or another sense
            ("trans und inter", 0),
            ("das Auto mit Behinderung der Sicht", 3),
            // the people noun is not the one `mit` follows
            ("Menschen kommen mit Behinderung klar", 3),
            ("ein Leben mit Behinderung", 3),
        ] {
            assert_ne!(masked(text)[i], "gruppe", "{text}");
        }
    }

    #[test]
    fn roles_colours_and_slurs_keep_their_own_weight() {
        for w in [
            "Politiker",
            "Journalisten",
            "schwarz",
            "Schwuchteln",
            "Kanaken",
        ] {
            assert_ne!(masked(w)[0], "gruppe", "{w}");
        }
    }

    #[test]
    fn a_singular_woman_is_the_group_only_when_quantified() {
        assert_eq!(masked("Jede Frau sollte das wissen")[1], "gruppe");
        assert_eq!(masked("die nächste Frau, die ich sehe")[2], "gruppe");
        assert_eq!(masked("Die NÄCHSTE FRAU")[2], "gruppe");
        for (text, i) in [
            ("Frau Müller hat recht", 0),
            ("meine Frau und ich", 1),
            ("eine Frau aus dem Publikum fragte", 1),
            ("die Frau des Bürgermeisters", 1),
            ("Keine Frau gehört an den Herd", 1),
        ] {
            assert_ne!(masked(text)[i], "gruppe", "{text}");
        }
    }
}
