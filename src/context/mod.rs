//! Off-topic in context: a second stage beside the text-only model that
//! judges a comment against what it comments on (its article, its parent, the
//! other comments of its thread).
//!
//! The text-only off-topic label cannot tell a derby comment under a storm
//! warning from the same comment under the derby report; this stage can. It
//! is used only when some context is present; without any, callers keep the
//! text-only probability and report `offtopic_context = none`.

mod error;
mod features;
mod model;
mod thread;
mod train;

pub use error::ContextError;
pub use features::{stems, Context, ContextFeatures, Vocabulary, FEATURE_NAMES};
pub use model::{ContextModel, ContextScore, DEFAULT_CONTEXT_MODEL};
pub use thread::ThreadBuffer;
pub use train::{train, TrainContextParams, TrainReport};

use crate::model::Thresholds;

/// Thresholds for one comment scored in context: the off-topic review
/// threshold becomes the context model's, and context alone never
/// auto-rejects (its evidence is word overlap, not proof).
pub fn thresholds_in_context(
    base: &[Thresholds],
    offtopic: usize,
    s: &ContextScore,
) -> Vec<Thresholds> {
    let mut t = base.to_vec();
    if let Some(o) = t.get_mut(offtopic) {
        o.review = s.threshold;
        o.reject = None;
    }
    t
}

/// Headline, teaser and body as one article text.
pub fn article_text(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// One line for explanations: the comment words found in the context and not.
pub fn words_line(s: &ContextScore) -> String {
    format!(
        "offtopic context {}: found [{}] not found [{}]",
        s.context,
        s.found.join(", "),
        s.not_found.join(", ")
    )
}
