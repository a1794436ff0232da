//! Finding many word-list terms in one pass over a comment's words.
//!
//! Every term is a sequence of token patterns. The first tokens of all terms
//! sit in one byte trie, so each word of the comment is walked once, whatever
//! the number of rules; only the rare words that start a term check the rest of
//! it. Cost is linear in the text and independent of the list's length, with
//! no regular expression per rule.

/// German inflection endings accepted after a term's stem when it asks for
/// inflection (`Volksverräter` → `Volksverrätern`, `auserwähltes` → `auserwählte`).
const ENDINGS: &[&[u8]] = &[b"e", b"en", b"er", b"es", b"em", b"n", b"s", b"ern", b"ns"];

/// Shortest stem (in bytes) left after stripping an ending, so that short
/// words do not shrink to fragments that match everything.
const MIN_STEM: usize = 4;

/// `s` with runs of one character cut to one: the normalizer leaves two of
/// an elongation (`Idiooooot` → `idioot`), and both terms and words are
/// compared in this form, so the elongation does not matter.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

fn is_ending(rest: &[u8]) -> bool {
    rest.is_empty() || ENDINGS.contains(&rest)
}

/// How one token of a term matches one word of the text (both normalized).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TokenPattern {
    /// The whole word, exactly.
    Exact(Box<str>),
    /// Any word starting with this (`umvolk*`).
    Prefix(Box<str>),
    /// The word as written (the first stem) with or without a German ending,
    /// or one of the other stems (the word minus an ending) with an ending:
    /// `auserwähltes` finds `auserwählte` but not bare `auserwählt`, and
    /// `transe` finds `transen` but never `trans`.
    Inflect(Vec<Box<str>>),
    /// Up to this many words of any kind (`...` in a term), so that
    /// `gehören ... erschossen` also finds `gehören alle sofort erschossen`.
    Gap(u8),
}

impl TokenPattern {
    /// An inflection-tolerant pattern for `word`: the word itself plus the
    /// stems left when one ending is stripped.
    pub(crate) fn inflect(word: &str) -> TokenPattern {
        let collapsed = collapse(word);
        let word = collapsed.as_str();
        let mut stems: Vec<Box<str>> = vec![word.into()];
        for e in ENDINGS {
            let b = word.as_bytes();
            if b.len() >= MIN_STEM + e.len() && b.ends_with(e) {
                let stem = &word[..word.len() - e.len()];
                if !stems.iter().any(|s| &**s == stem) {
                    stems.push(stem.into());
                }
            }
        }
        TokenPattern::Inflect(stems)
    }

    /// Whether `word` matches.
    pub(crate) fn matches(&self, word: &str) -> bool {
        let collapsed = collapse(word);
        let word = collapsed.as_str();
        match self {
            TokenPattern::Exact(s) => word == &**s,
            TokenPattern::Prefix(s) => word.starts_with(&**s),
            TokenPattern::Inflect(stems) => stems.iter().enumerate().any(|(i, s)| {
                word.as_bytes()
                    .strip_prefix(s.as_bytes())
                    .is_some_and(|rest| is_ending(rest) && (i == 0 || !rest.is_empty()))
            }),
            TokenPattern::Gap(_) => true,
        }
    }
}

/// How a trie node ends a term's first token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    Exact,
    Prefix,
    Inflect,
    /// A stripped stem: needs an ending.
    Stem,
}

#[derive(Debug, Clone, Default)]
struct Node {
    /// Children by next byte, sorted by byte.
    children: Vec<(u8, u32)>,
    /// Terms whose first token ends here, and how.
    ends: Vec<(u32, End)>,
}

/// A compiled set of terms; `find` reports `(term index, first word, end word)`.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    nodes: Vec<Node>,
    /// Root children by first byte (0 = none), the hottest lookup.
    root: Box<[u32; 256]>,
    terms: Vec<Vec<TokenPattern>>,
}

impl Matcher {
    /// Compiles terms (each a non-empty list of token patterns).
    pub(crate) fn new(terms: Vec<Vec<TokenPattern>>) -> Matcher {
        let mut m = Matcher {
            nodes: vec![Node::default()],
            root: Box::new([0; 256]),
            terms: Vec::new(),
        };
        for (id, t) in terms.iter().enumerate() {
            let Some(first) = t.first() else { continue };
            match first {
                TokenPattern::Exact(s) => m.insert(s, id as u32, End::Exact),
                TokenPattern::Prefix(s) => m.insert(s, id as u32, End::Prefix),
                TokenPattern::Inflect(stems) => {
                    for (i, s) in stems.iter().enumerate() {
                        let end = if i == 0 { End::Inflect } else { End::Stem };
                        m.insert(s, id as u32, end);
                    }
                }
                // The compiler refuses a term starting with a gap.
                TokenPattern::Gap(_) => {}
            }
        }
        for (b, slot) in m.root.iter_mut().enumerate() {
            *slot = m.nodes[0]
                .children
                .iter()
                .find(|(c, _)| *c as usize == b)
                .map_or(0, |(_, n)| *n);
        }
        m.terms = terms;
        m
    }

    fn insert(&mut self, key: &str, term: u32, end: End) {
        let mut at = 0usize;
        for &b in key.as_bytes() {
            at = match self.nodes[at].children.binary_search_by_key(&b, |c| c.0) {
                Ok(i) => self.nodes[at].children[i].1 as usize,
                Err(i) => {
                    let new = self.nodes.len() as u32;
                    self.nodes.push(Node::default());
                    self.nodes[at].children.insert(i, (b, new));
                    new as usize
                }
            };
        }
        if !self.nodes[at].ends.contains(&(term, end)) {
            self.nodes[at].ends.push((term, end));
        }
    }

    /// Number of terms.
    pub(crate) fn len(&self) -> usize {
        self.terms.len()
    }

    /// Calls `each(term, first, end)` for every term matching `words[first..end]`.
    pub(crate) fn find(&self, words: &[&str], mut each: impl FnMut(usize, usize, usize)) {
        let mut starts: Vec<u32> = Vec::new();
        for i in 0..words.len() {
            starts.clear();
            self.first_token(words[i].as_bytes(), &mut starts);
            for &t in &starts {
                if let Some(end) = tail(&self.terms[t as usize][1..], words, i + 1) {
                    each(t as usize, i, end);
                }
            }
        }
    }

    /// Whether any term occurs in `words`.
    pub(crate) fn any(&self, words: &[&str]) -> bool {
        let mut hit = false;
        self.find(words, |_, _, _| hit = true);
        hit
    }

    /// Terms whose first token matches `w`, walking the trie once.
    fn first_token(&self, w: &[u8], out: &mut Vec<u32>) {
        let Some(&b0) = w.first() else { return };
        let mut at = self.root[b0 as usize] as usize;
        if at == 0 {
            return;
        }
        let mut d = 1;
        loop {
            // Repeated bytes count once, as in the compiled terms.
            while d < w.len() && w[d] == w[d - 1] {
                d += 1;
            }
            for &(t, end) in &self.nodes[at].ends {
                let ok = match end {
                    End::Exact => d == w.len(),
                    End::Prefix => true,
                    End::Inflect => is_ending(&w[d..]),
                    End::Stem => d < w.len() && is_ending(&w[d..]),
                };
                if ok && !out.contains(&t) {
                    out.push(t);
                }
            }
            if d == w.len() {
                return;
            }
            let children = &self.nodes[at].children;
            match children.binary_search_by_key(&w[d], |c| c.0) {
                Ok(i) => at = children[i].1 as usize,
                Err(_) => return,
            }
            d += 1;
        }
    }
}

/// Where the rest of a term, `pats`, ends when it starts at word `i`: the
/// shortest match, trying each gap length in turn.
fn tail(pats: &[TokenPattern], words: &[&str], i: usize) -> Option<usize> {
    let Some((p, rest)) = pats.split_first() else {
        return Some(i);
    };
    if let TokenPattern::Gap(n) = p {
        return (0..=*n as usize)
            .take_while(|k| i + k <= words.len())
            .find_map(|k| tail(rest, words, i + k));
    }
    match words.get(i) {
        Some(w) if p.matches(w) => tail(rest, words, i + 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exact(s: &str) -> TokenPattern {
        TokenPattern::Exact(collapse(s).into())
    }

    fn hits(m: &Matcher, text: &str) -> Vec<(usize, usize, usize)> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut out = Vec::new();
        m.find(&words, |t, a, b| out.push((t, a, b)));
        out
    }

    #[test]
    fn words_prefixes_and_phrases() {
        let m = Matcher::new(vec![
            vec![exact("idiot")],
            vec![TokenPattern::Prefix("umvolk".into())],
            vec![exact("kopf"), exact("ab")],
        ]);
        assert_eq!(hits(&m, "du idiot"), [(0, 1, 2)]);
        assert!(hits(&m, "du idioten").is_empty());
        assert_eq!(hits(&m, "die umvolkung läuft"), [(1, 1, 2)]);
        assert_eq!(hits(&m, "kopf ab sag ich"), [(2, 0, 2)]);
        assert!(hits(&m, "kopf hoch").is_empty());
        assert!(hits(&m, "am ende kopf").is_empty());
        let g = Matcher::new(vec![vec![
            exact("gehören"),
            TokenPattern::Gap(2),
            exact("erschossen"),
        ]]);
        assert_eq!(hits(&g, "die gehören erschossen"), [(0, 1, 3)]);
        assert_eq!(hits(&g, "die gehören alle sofort erschossen"), [(0, 1, 5)]);
        assert!(hits(&g, "die gehören zu denen die erschossen wurden").is_empty());
    }

    #[test]
    fn inflection_accepts_german_endings_only() {
        let m = Matcher::new(vec![vec![
            TokenPattern::inflect("auserwähltes"),
            TokenPattern::inflect("volk"),
        ]]);
        assert_eq!(hits(&m, "das auserwählte volk"), [(0, 1, 3)]);
        assert_eq!(hits(&m, "des auserwählten volkes"), [(0, 1, 3)]);
        assert!(hits(&m, "das auserwählte völkchen").is_empty());
        assert!(hits(&m, "das ausgewählte volk").is_empty());
        let p = TokenPattern::inflect("volksverräter");
        assert!(p.matches("volksverrätern"));
        assert!(!p.matches("volksverräterisch"));
        let t = TokenPattern::inflect("transe");
        assert!(t.matches("transen"));
        assert!(!t.matches("trans"));
    }
}
