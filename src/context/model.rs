//! The fitted context model: vocabulary, a small logistic regression over the
//! [`FEATURE_NAMES`] columns and its review threshold, in a JSON file of its
//! own beside the text-only model (so the main model format stays as it is).
//!
//! The regression is a *foreignness* detector, fitted to tell a comment in its
//! own thread or under its own article from the same comment placed under a
//! foreign one. One Million Posts' own OffTopic annotations are barely
//! related to it (cross-validated ROC-AUC about 0.47 on their own): posts the
//! moderators called off-topic are about as close to their thread as the
//! others. So the detector does not replace the text-only probability; it
//! can only raise it, and only when a comment looks more foreign than
//! nine in ten on-topic comments do in their own place:
//! `logit p = logit p_text + gain · softplus(margin − offset)`.
//! For a comment in its usual place the context-aware probability is the
//! text-only one (calibrated as before); under a foreign article it rises.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::error::ContextError;
use super::features::{Context, Vocabulary, FEATURE_NAMES};
use crate::model::sigmoid;
use crate::model::BinaryLogistic;

/// Where the context model is looked for beside the main model.
pub const DEFAULT_CONTEXT_MODEL: &str = "offtopic-context.model";

/// Marks the file; bumped when the features change meaning.
const FORMAT: &str = "moderato-offtopic-context/4";

/// The context stage of the off-topic label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContextModel {
    /// [`FORMAT`].
    pub format: String,
    /// Feature names, checked on load.
    pub features: Vec<String>,
    /// IDF of news and forum stems.
    pub vocabulary: Vocabulary,
    /// Weights over the features: the foreignness detector.
    pub logistic: BinaryLogistic,
    /// The detector's margin that on-topic comments in their own place stay
    /// below nine times in ten (on the training data).
    pub foreign_offset: f32,
    /// How much the text-only logit rises per unit of margin above the offset.
    pub foreign_gain: f32,
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
    /// Wraps a fitted detector and its combination with the text-only score.
    pub fn new(vocabulary: Vocabulary, detector: Detector, threshold: f32, card: String) -> Self {
        Self {
            format: FORMAT.into(),
            features: FEATURE_NAMES.iter().map(|s| s.to_string()).collect(),
            vocabulary,
            logistic: detector.logistic,
            foreign_offset: detector.offset,
            foreign_gain: detector.gain,
            threshold,
            card,
        }
    }

    /// The context-aware probability for a feature row and the text-only
    /// probability.
    pub fn probability(&self, values: &[f32], text_probability: f32) -> f32 {
        Detector::combine(
            self.logistic.margin(&row(values)),
            self.foreign_offset,
            self.foreign_gain,
            text_probability,
        )
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
        let f = self.vocabulary.features(comment, ctx);
        Some(ContextScore {
            probability: self.probability(&f.values, text_probability),
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

/// A feature row in the sparse form [`BinaryLogistic::margin`] takes.
pub(crate) fn row(values: &[f32]) -> Vec<(u32, f32)> {
    values
        .iter()
        .enumerate()
        .map(|(i, &v)| (i as u32, v))
        .collect()
}

/// The foreignness detector with its offset and gain.
#[derive(Debug, Clone, PartialEq)]
pub struct Detector {
    /// The regression.
    pub logistic: BinaryLogistic,
    /// See [`ContextModel::foreign_offset`].
    pub offset: f32,
    /// See [`ContextModel::foreign_gain`].
    pub gain: f32,
}

impl Detector {
    /// `logit p = logit p_text + gain · softplus(margin − offset)`.
    pub fn combine(margin: f32, offset: f32, gain: f32, text_probability: f32) -> f32 {
        let p = f64::from(text_probability.clamp(1e-4, 1.0 - 1e-4));
        let x = f64::from(margin - offset);
        let softplus = x.max(0.0) + (-x.abs()).exp().ln_1p();
        sigmoid((p / (1.0 - p)).ln() + f64::from(gain) * softplus) as f32
    }

    /// The context-aware probability of a feature row.
    pub fn probability(&self, values: &[f32], text_probability: f32) -> f32 {
        Self::combine(
            self.logistic.margin(&row(values)),
            self.offset,
            self.gain,
            text_probability,
        )
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
        // Foreign when little of the comment is found in its context.
        let mut w = vec![0.0f32; FEATURE_NAMES.len()];
        w[crate::context::features::feature_index("best_cover")] = -6.0;
        ContextModel::new(
            vocab,
            Detector {
                logistic: BinaryLogistic {
                    weights: w,
                    bias: 2.0,
                    converged: true,
                },
                offset: 0.0,
                gain: 1.0,
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
    fn the_detector_only_raises_the_text_probability() {
        // Far below the offset: the text-only probability stands.
        let p = Detector::combine(-30.0, 0.0, 1.0, 0.3);
        assert!((p - 0.3).abs() < 1e-6, "{p}");
        // Above it: the logit rises by about gain × (margin − offset).
        let p = Detector::combine(4.0, 1.0, 2.0, 0.5);
        assert!((p - crate::model::sigmoid(6.0) as f32).abs() < 0.01, "{p}");
        assert!(Detector::combine(1.0, 0.0, 1.0, 0.2) > 0.2);
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
