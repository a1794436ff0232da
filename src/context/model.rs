//! The fitted context model: vocabulary, a small logistic regression over the
//! [`FEATURE_NAMES`] columns and its review threshold, in a JSON file of its
//! own beside the text-only model (so the main model format stays as it is).

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::error::ContextError;
use super::features::{Context, Vocabulary, FEATURE_NAMES};
use crate::model::sigmoid;
use crate::model::BinaryLogistic;

/// Where the context model is looked for beside the main model.
pub const DEFAULT_CONTEXT_MODEL: &str = "offtopic-context.model";

/// Marks the file; bumped when the features change meaning.
const FORMAT: &str = "moderato-offtopic-context/2";

/// The context stage of the off-topic label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContextModel {
    /// [`FORMAT`].
    pub format: String,
    /// Feature names, checked on load.
    pub features: Vec<String>,
    /// IDF of news and forum stems.
    pub vocabulary: Vocabulary,
    /// Weights over the features.
    pub logistic: BinaryLogistic,
    /// Review threshold on the context probability.
    pub threshold: f32,
    /// How it was trained and how well it did (Markdown).
    pub card: String,
}

/// A comment's off-topic score in its context, with the evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContextScore {
    /// Probability that the comment is off-topic here.
    pub probability: f32,
    /// The review threshold for that probability.
    pub threshold: f32,
    /// Which context was used (`article+thread`, …).
    pub context: String,
    /// Comment words found in the context.
    pub found: Vec<String>,
    /// Comment words not found in any context.
    pub not_found: Vec<String>,
}

impl ContextModel {
    /// Wraps a fitted regression.
    pub fn new(
        vocabulary: Vocabulary,
        logistic: BinaryLogistic,
        threshold: f32,
        card: String,
    ) -> Self {
        Self {
            format: FORMAT.into(),
            features: FEATURE_NAMES.iter().map(|s| s.to_string()).collect(),
            vocabulary,
            logistic,
            threshold,
            card,
        }
    }

    /// The probability for a feature row.
    pub fn probability(&self, values: &[f32]) -> f32 {
        let row: Vec<(u32, f32)> = values
            .iter()
            .enumerate()
            .map(|(i, &v)| (i as u32, v))
            .collect();
        sigmoid(self.logistic.margin(&row) as f64) as f32
    }

    /// Scores `comment` in `ctx`, given the text-only off-topic probability;
    /// `None` when there is no context at all, so that the caller keeps the
    /// text-only score.
    pub fn score(
        &self,
        comment: &str,
        ctx: &Context,
        text_probability: f32,
    ) -> Option<ContextScore> {
        let kind = ctx.kind();
        if kind == "none" {
            return None;
        }
        let f = self.vocabulary.features(comment, ctx, text_probability);
        Some(ContextScore {
            probability: self.probability(&f.values),
            threshold: self.threshold,
            context: kind,
            found: f.found,
            not_found: f.not_found,
        })
    }

    /// Writes the model atomically.
    pub fn save(&self, path: &Path) -> Result<(), ContextError> {
        let json = serde_json::to_vec(self).map_err(|e| ContextError::Model {
            path: path.to_path_buf(),
            why: e.to_string(),
        })?;
        crate::atomic_file::write_atomically(path, |w| w.write_all(&json)).map_err(|source| {
            ContextError::Io {
                path: path.to_path_buf(),
                source,
            }
        })
    }

    /// Reads a model, refusing files of another format or feature set.
    pub fn load(path: &Path) -> Result<Self, ContextError> {
        let bytes = std::fs::read(path).map_err(|source| ContextError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let bad = |why: String| ContextError::Model {
            path: path.to_path_buf(),
            why,
        };
        let m: ContextModel = serde_json::from_slice(&bytes).map_err(|e| bad(e.to_string()))?;
        if m.format != FORMAT {
            return Err(bad(format!("format {:?}, expected {FORMAT:?}", m.format)));
        }
        if m.features != FEATURE_NAMES || m.logistic.weights.len() != FEATURE_NAMES.len() {
            return Err(bad("its features differ from this version's".into()));
        }
        Ok(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> ContextModel {
        let vocab = Vocabulary::fit([
            "Rapid gewinnt das Derby",
            "Regen in Kärnten",
            "Mieten in Wien",
        ]);
        // Off-topic when little of the comment is found in its context.
        let mut w = vec![0.0f32; FEATURE_NAMES.len()];
        w[9] = -6.0;
        ContextModel::new(
            vocab,
            BinaryLogistic {
                weights: w,
                bias: 2.0,
                converged: true,
            },
            0.5,
            "test".into(),
        )
    }

    #[test]
    fn same_comment_scores_differently_under_a_foreign_article() {
        let m = model();
        let c = "Der Derbysieg von Rapid war verdient.";
        let own = Context {
            article: Some("Rapid gewinnt das Derby gegen die Austria".into()),
            ..Context::default()
        };
        let foreign = Context {
            article: Some("Regen und Sturm in Kärnten".into()),
            ..Context::default()
        };
        let a = m.score(c, &own, 0.2).unwrap();
        let b = m.score(c, &foreign, 0.2).unwrap();
        assert!(a.probability < 0.5 && b.probability > 0.5, "{a:?} {b:?}");
        assert_eq!(a.context, "article");
        assert!(m.score(c, &Context::default(), 0.2).is_none());
    }

    #[test]
    fn round_trips_and_refuses_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("ctx.model");
        let m = model();
        m.save(&p).unwrap();
        assert_eq!(ContextModel::load(&p).unwrap(), m);
        std::fs::write(&p, b"{\"format\": \"other\"}").unwrap();
        let e = ContextModel::load(&p).unwrap_err().to_string();
        assert!(
            e.contains("ctx.model") && e.contains("train-context"),
            "{e}"
        );
    }
}
