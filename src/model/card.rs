//! The model card: what a model was trained on, how, and how well it did.
//! Kept apart from the file format and the classifier so that both can use
//! it without depending on each other.

use serde::{Deserialize, Serialize};

use super::label_report::LabelReport;

/// A training source as recorded in the card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceCard {
    /// Source name from the config.
    pub name: String,
    /// Path as given.
    pub path: String,
    /// SHA-256 of the file.
    pub sha256: String,
    /// Rows read.
    pub rows: usize,
    /// Per label: (rows with the label, positives).
    pub labels: Vec<(String, usize, usize)>,
}

/// Human-readable facts about a model.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ModelCard {
    /// Model name.
    pub name: String,
    /// moderato version that trained it.
    pub moderato_version: String,
    /// Training date (UTC, `SOURCE_DATE_EPOCH` if set).
    pub created: String,
    /// Seed of every random choice in training.
    pub seed: u64,
    /// Label definitions in column order.
    pub label_definitions: Vec<(String, String)>,
    /// Training sources.
    pub sources: Vec<SourceCard>,
    /// Metrics on training data the judged model did not see (see `metrics_from`).
    pub cv_metrics: Vec<LabelReport>,
    /// How `cv_metrics` were obtained; empty in models trained before it was
    /// recorded (then: out-of-fold scores that also chose the thresholds).
    #[serde(default)]
    pub metrics_from: String,
    /// Training settings as text.
    pub settings: String,
}
