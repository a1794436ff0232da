//! Policy lists: newsroom-edited word lists that sit beside the model.
//!
//! The model gives probabilities; a policy gives certainty where a newsroom
//! has decided in advance (a death threat is rejected, an antisemitic code goes
//! to a human). Rules match on the same normalized text the model sees, so
//! obfuscation does not slip past them, and every match maps back to a span of
//! the original comment. A policy only ever raises a decision, never lowers it.
//!
//! `moderato` ships a German default policy (`data/policy/default-de.toml`,
//! embedded in the binary) that applies unless `--policy none` is given.

mod coral;
mod error;
mod matcher;
mod rules;

use std::path::{Path, PathBuf};

use serde::Serialize;

pub use coral::{coral_to_toml, CoralImport};
pub use error::PolicyError;
pub use rules::Action;

use crate::model::{Classifier, Decision};
use crate::text::{tokens, Normalized, Normalizer, NormalizerParams, Token};

/// The shipped German default policy.
pub const DEFAULT_DE: &str = include_str!("../../data/policy/default-de.toml");

/// Which policy to apply: the shipped default, none, or a file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum PolicySource {
    /// The embedded German default (`data/policy/default-de.toml`).
    #[default]
    Default,
    /// No policy: the model decides alone.
    None,
    /// A policy file (TOML).
    File(PathBuf),
}

impl PolicySource {
    /// `none`, `default`, or a file path.
    pub fn parse(s: &str) -> PolicySource {
        match s.trim() {
            "none" => PolicySource::None,
            "default" => PolicySource::Default,
            p => PolicySource::File(PathBuf::from(p)),
        }
    }

    /// Loads the policy, or `None` for [`PolicySource::None`].
    pub fn load(&self) -> Result<Option<Policy>, PolicyError> {
        match self {
            PolicySource::None => Ok(None),
            PolicySource::Default => Policy::from_toml(DEFAULT_DE, "default-de").map(Some),
            PolicySource::File(p) => Policy::load(p).map(Some),
        }
    }
}

/// One rule matching a span of a comment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolicyMatch {
    /// The rule's name.
    pub rule: String,
    /// What the rule does.
    pub action: Action,
    /// The term as written in the policy.
    pub term: String,
    /// The rule's reason, for moderators.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// Start byte in the original text.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Start in Unicode scalar values.
    pub char_start: usize,
    /// End in Unicode scalar values (exclusive).
    pub char_end: usize,
    /// The original text of the span.
    pub text: String,
    /// The span is quoted or reported in a text that condemns it
    /// (counter-speech: "Wer schreibt, X seien Ungeziefer, sollte sich
    /// schämen"). Shown to moderators, but it does not route the comment:
    /// the model decides (see [`crate::features::Mentions`]).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub mention: bool,
}

impl PolicyMatch {
    /// `rule:term`, as in the `policy` column; `rule:term (mention)` for a
    /// [mention](Self::mention).
    pub fn label(&self) -> String {
        let mention = if self.mention { " (mention)" } else { "" };
        format!("{}:{}{mention}", self.rule, self.term)
    }
}

/// Whether any match routes the comment (is not a mere mention).
pub fn routes(matches: &[PolicyMatch]) -> bool {
    matches.iter().any(|m| !m.mention)
}

/// The labels of all matches, `; `-separated (empty when none), for a CSV column.
pub fn labels(matches: &[PolicyMatch]) -> String {
    let mut out: Vec<String> = Vec::new();
    for m in matches {
        let l = m.label();
        if !out.contains(&l) {
            out.push(l);
        }
    }
    out.join("; ")
}

/// The model's decision raised by the matches: a reject rule rejects, a
/// review rule makes an approval a review; mentions do neither, and
/// nothing is ever lowered.
pub fn raise(decision: Decision, matches: &[PolicyMatch]) -> Decision {
    if matches
        .iter()
        .any(|m| m.action == Action::Reject && !m.mention)
    {
        return Decision::Reject;
    }
    if routes(matches) && decision == Decision::Approve {
        return Decision::Review;
    }
    decision
}

/// A match's weight as a probability, for APIs that only know scores
/// (Perspective's TOXICITY): 1.0 for a reject rule, the review threshold
/// for a review rule, so that the comment reaches review and no further;
/// 0 for a mention, which raises nothing.
pub fn match_score(m: &PolicyMatch, review_threshold: f32) -> f32 {
    match (m.mention, m.action) {
        (true, _) => 0.0,
        (false, Action::Reject) => 1.0,
        (false, Action::Review) => review_threshold,
    }
}

/// A probability raised by the matches: at least each match's [`match_score`].
pub fn raise_score(p: f32, review_threshold: f32, matches: &[PolicyMatch]) -> f32 {
    matches
        .iter()
        .map(|m| match_score(m, review_threshold))
        .fold(p, f32::max)
}

/// A compiled policy.
#[derive(Debug, Clone)]
pub struct Policy {
    name: String,
    compiled: rules::Compiled,
}

impl Policy {
    /// Reads and compiles a policy file.
    pub fn load(path: &Path) -> Result<Policy, PolicyError> {
        let src = std::fs::read_to_string(path).map_err(|source| PolicyError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Policy::from_toml(&src, &path.display().to_string())
    }

    /// Compiles policy text; `name` names it in errors and logs.
    ///
    /// ```
    /// let p = moderato::policy::Policy::from_toml(
    ///     "[[rule]]\nname = \"drohung\"\naction = \"reject\"\nterms = [\"kopf ab\"]\n",
    ///     "mini.toml",
    /// ).unwrap();
    /// let m = p.check("Dem gehört der K o p f ab!");
    /// assert_eq!(m[0].label(), "drohung:kopf ab");
    /// assert_eq!(m[0].text, "K o p f ab");
    /// ```
    pub fn from_toml(src: &str, name: &str) -> Result<Policy, PolicyError> {
        Ok(Policy {
            name: name.to_string(),
            compiled: rules::compile(src, name)?,
        })
    }

    /// Where the policy came from (file path or `default-de`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Number of rules and of terms.
    pub fn size(&self) -> (usize, usize) {
        (self.compiled.rules.len(), self.compiled.matcher.len())
    }

    /// Matches in `text`, normalizing it first.
    pub fn check(&self, text: &str) -> Vec<PolicyMatch> {
        let n = Normalizer::new(NormalizerParams::default()).normalize(text);
        self.check_normalized(text, &n)
    }

    /// Matches in `text` as `model` reads it: besides normalizing, its
    /// misspellings of training words repaired and its run-together words
    /// cut (`ausgreottet`, `endlichabknallen`), so that a term matches
    /// every spelling the model reads as it. Plain [`Self::check`] when the
    /// model normalizes otherwise than the policy.
    pub fn check_as_read(&self, text: &str, model: &Classifier) -> Vec<PolicyMatch> {
        if model.featurizer.params().normalizer != NormalizerParams::default() {
            return self.check(text);
        }
        let (norm, toks) = model.featurizer.read(text);
        // Read with offsets: `find` never asks for them again.
        self.find(text, &norm, &toks).unwrap_or_default()
    }

    /// Matches in `text`, given its normalized form (with all folding steps
    /// on). A form normalized without offsets is normalized again with
    /// them, but only when something matches, which is rare.
    pub fn check_normalized(&self, text: &str, norm: &Normalized) -> Vec<PolicyMatch> {
        let toks: Vec<Token> = tokens(&norm.text).collect();
        let respan = || {
            let n = Normalizer::new(NormalizerParams::default()).normalize(text);
            let t = tokens(&n.text).collect();
            (n, t)
        };
        self.check_tokens(text, norm, &toks, respan)
    }

    /// [`Self::check_normalized`] with the tokens of the normalized text
    /// already found (the featurizer finds them anyway, and may have cut
    /// run-together words among them). `respan` reads the text again with
    /// offsets, as `norm` and `toks` were read, when `norm` has none and
    /// something matched.
    pub(crate) fn check_tokens(
        &self,
        text: &str,
        norm: &Normalized,
        toks: &[Token],
        respan: impl FnOnce() -> (Normalized, Vec<Token>),
    ) -> Vec<PolicyMatch> {
        match self.find(text, norm, toks) {
            Some(found) => found,
            None => {
                let (norm, toks) = respan();
                self.find(text, &norm, &toks).unwrap_or_default()
            }
        }
    }

    /// The matches, or `None` when something matched but `norm` has no
    /// offsets to map it back with.
    fn find(&self, text: &str, norm: &Normalized, toks: &[Token]) -> Option<Vec<PolicyMatch>> {
        // Words (alphanumeric tokens): their spans and token indices.
        let cap = norm.text.len() / 4;
        let mut spans: Vec<(usize, usize)> = Vec::with_capacity(cap);
        let mut at: Vec<usize> = Vec::with_capacity(cap);
        let mut words: Vec<&str> = Vec::with_capacity(cap);
        for (i, t) in toks.iter().enumerate() {
            let w = &norm.text[t.start..t.end];
            if w.chars().next().is_some_and(char::is_alphanumeric) {
                spans.push((t.start, t.end));
                at.push(i);
                words.push(w);
            }
        }
        // Computed at the first match only: most comments have none.
        let mut mentions: Option<crate::features::Mentions> = None;
        let c = &self.compiled;
        let mut out: Vec<PolicyMatch> = Vec::new();
        let mut needs_spans = false;
        c.matcher.find(&words, |term, a, b| {
            let (ri, written) = &c.terms[term];
            let rule = &c.rules[*ri];
            let lo = a.saturating_sub(rule.window);
            let hi = (b + rule.window).min(words.len());
            let ctx = |i: usize, j: usize| &words[i..j];
            let near_ok = rule
                .near
                .as_ref()
                .is_none_or(|n| n.any(ctx(lo, a)) || n.any(ctx(b, hi)));
            let unless_hit = rule.unless.as_ref().is_some_and(|u| u.any(ctx(lo, hi)));
            if !near_ok || unless_hit {
                return;
            }
            if !norm.has_spans() {
                needs_spans = true;
                return;
            }
            let (start, end) = norm.original_span(spans[a].0, spans[b - 1].1);
            if out
                .iter()
                .any(|m| m.rule == rule.name && m.start == start && m.end == end)
            {
                return;
            }
            let char_start = text[..start].chars().count();
            let mention = mentions
                .get_or_insert_with(|| crate::features::mentions(&norm.text, toks))
                .covers(at[a], at[b - 1] + 1);
            out.push(PolicyMatch {
                rule: rule.name.clone(),
                action: rule.action,
                term: written.clone(),
                reason: rule.reason.clone(),
                start,
                end,
                char_start,
                char_end: char_start + text[start..end].chars().count(),
                text: text[start..end].to_string(),
                mention,
            });
        });
        (!needs_spans).then_some(out)
    }
}

/// Probabilities of many texts plus each text's policy matches, normalizing
/// each text once for both when the model normalizes as the policy does.
pub fn score_batch<S: AsRef<str> + Sync>(
    model: &Classifier,
    policy: Option<&Policy>,
    texts: &[S],
) -> (Vec<Vec<f32>>, Vec<Vec<PolicyMatch>>) {
    let Some(p) = policy else {
        return (model.score_batch(texts), vec![Vec::new(); texts.len()]);
    };
    if model.featurizer.params().normalizer != NormalizerParams::default() {
        let scores = model.score_batch(texts);
        let matches = texts.iter().map(|t| p.check(t.as_ref())).collect();
        return (scores, matches);
    }
    model
        .score_batch_with(texts, |t, n, toks| {
            p.check_tokens(t, n, toks, || model.featurizer.read(t))
        })
        .into_iter()
        .unzip()
}

#[cfg(test)]
mod tests;
