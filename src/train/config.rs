//! The training config file (`train.toml`): model settings, label
//! definitions, and the sources with their formats and label mappings.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::eval::Objective;

/// A whole training config.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrainConfig {
    /// Model name for the card.
    #[serde(default = "default_name")]
    pub name: String,
    /// Seed of every random choice (folds).
    #[serde(default = "default_seed")]
    pub seed: u64,
    /// Model settings.
    #[serde(default)]
    pub model: ModelConfig,
    /// Label definitions, in output column order.
    pub labels: BTreeMap<String, LabelConfig>,
    /// Label order (defaults to alphabetical by name, minus nothing).
    #[serde(default)]
    pub label_order: Vec<String>,
    /// Training sources.
    #[serde(rename = "source")]
    pub sources: Vec<SourceConfig>,
}

fn default_name() -> String {
    "moderato".into()
}
fn default_seed() -> u64 {
    42
}

/// Model and training settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ModelConfig {
    /// log2 of the hash buckets.
    pub buckets_log2: u8,
    /// Inverse regularization strength.
    pub c: f64,
    /// Folds for calibration and threshold choice inside training.
    pub inner_folds: usize,
    /// Precision the auto-reject threshold must reach on held-out folds.
    pub reject_precision: f64,
    /// Newton iteration cap.
    pub max_iter: u64,
    /// Hash buckets seen in fewer training texts are ignored.
    pub min_df: u16,
    /// Naive-Bayes feature scaling (NB-LR) with this smoothing; `0` turns it off.
    pub nb_alpha: f64,
    /// Candidate NB smoothings (0 = plain TF-IDF), chosen per label by
    /// inner cross-validation together with `C`; empty uses `nb_alpha` alone.
    pub nb_alpha_grid: Vec<f64>,
    /// Candidate `C` values, chosen per label by inner cross-validation;
    /// empty uses `c` alone.
    pub c_grid: Vec<f64>,
    /// Mask source artefacts (`|LBR|`, real @handles, links) before hashing.
    pub mask_artefacts: bool,
    /// Hash identity-group names as one placeholder.
    pub mask_groups: bool,
    /// Add cue features: lexicon word classes in their frames (negated,
    /// about a group, addressed, reported, asked, given as opinion).
    pub cues: bool,
    /// Hash each word's Snowball German stem beside the word.
    pub stems: bool,
    /// Read unseen words one typo or a space from a frequent training word
    /// (or a group name) as that word.
    pub typos: bool,
    /// Give no n-grams to the words of a quotation the text reports or
    /// condemns, of a reported clause in a text that condemns
    /// (counter-speech quoting hate), and of a slur the writer says of
    /// their own group (`Wir Krüppel …`); see
    /// `FeaturizerValidParams::mute_mentions`.
    pub mute_mentions: bool,
    /// Give no n-grams to a judging lexicon word under a negator, only its
    /// negated cue; see `FeaturizerValidParams::mute_negated`.
    pub mute_negated: bool,
    /// Text files (any format: only their words are read, relative to the
    /// config) whose words are real words: with `typos`, a word of theirs,
    /// or an inflected form of one, is never read as a typo of another
    /// (`sterben` is not `Serben`). Nothing in them is trained on.
    pub vocabulary: Vec<PathBuf>,
}

impl Default for ModelConfig {
    fn default() -> Self {
        Self {
            buckets_log2: 20,
            c: 16.0,
            inner_folds: 5,
            reject_precision: 0.95,
            max_iter: 200,
            min_df: 2,
            nb_alpha: 1.0,
            nb_alpha_grid: vec![0.0, 1.0],
            c_grid: vec![1.0, 4.0, 16.0],
            mask_artefacts: true,
            mask_groups: true,
            cues: true,
            stems: true,
            typos: true,
            mute_mentions: true,
            mute_negated: true,
            vocabulary: Vec::new(),
        }
    }
}

/// One label's definition.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelConfig {
    /// What the label means, for the model card.
    #[serde(default)]
    pub definition: String,
    /// What the review threshold maximizes.
    #[serde(default = "default_objective")]
    pub objective: Objective,
    /// Review budget: at most this share of comments (on held-out folds) may
    /// reach the review threshold, which is raised if needed. A weak label
    /// (off-topic) would otherwise send most comments to review.
    #[serde(default)]
    pub max_review_rate: Option<f64>,
    /// Share of positives where the model is deployed (e.g. 0.12 for a news
    /// site's comments); probabilities are calibrated to it instead of the
    /// training data's rate. Decisions do not change.
    #[serde(default)]
    pub prior: Option<f64>,
    /// Share of a plain TF-IDF model (same `C`) blended into an NB-scaled
    /// one, 0 to 1: NB ratios sharpen the words the training data knows,
    /// plain weights generalise to wording it does not (see README,
    /// *Blending*). Both are linear in the same features, so the blend is
    /// one weight vector and costs nothing when scoring.
    #[serde(default)]
    pub plain_blend: Option<f64>,
}

fn default_objective() -> Objective {
    Objective::F1
}

/// How a source's file is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    /// Delimited with a header row (delimiter sniffed).
    Csv,
    /// Tab-separated, quotes are ordinary characters.
    Tsv,
    /// One JSON object per line.
    Jsonl,
    /// Long format: one row per (item, category) with a 0/1 value (One Million Posts).
    Long,
}

/// How one label is read from a source.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelSpec {
    /// Column holding the label (wide formats).
    pub column: Option<String>,
    /// Values meaning positive (default: 1, true, yes, ja).
    #[serde(default)]
    pub positive: Vec<String>,
    /// Values meaning negative (default: 0, false, no, nein); anything else is missing.
    #[serde(default)]
    pub negative: Vec<String>,
    /// Long format: categories whose value 1 makes the label positive.
    #[serde(default)]
    pub categories: Vec<String>,
}

/// One training source.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceConfig {
    /// Name for the card.
    pub name: String,
    /// File path, relative to the config file.
    pub path: PathBuf,
    /// Layout.
    pub format: SourceFormat,
    /// False when the file has no header row (columns are then 0-based numbers).
    #[serde(default = "yes")]
    pub header: bool,
    /// Text column(s); several are joined with a newline.
    pub text: Vec<String>,
    /// Column grouping rows that must stay in one fold (e.g. the article id).
    pub group: Option<String>,
    /// Column with a predefined fold number (used by `cv` instead of its own split).
    pub fold: Option<String>,
    /// Long format: the item id column.
    pub id: Option<String>,
    /// Long format: the category column.
    pub category: Option<String>,
    /// Long format: the value column.
    pub value: Option<String>,
    /// Label mappings.
    pub labels: BTreeMap<String, LabelSpec>,
    /// Weight of this source's rows in the training loss (default 1): below 1
    /// when its labels only approximate yours (another site, another
    /// definition), so that your own rows count for more.
    #[serde(default)]
    pub weight: Option<f64>,
    /// Candidate weights instead of one (`weight_grid = [0.1, 0.3, 1]`):
    /// each label takes the one whose inner out-of-fold scores rank the
    /// judged rows best, chosen together with `C` inside the training
    /// folds, so that how much public data counts is not tuned by hand on
    /// the figures it is judged by. Instead of `weight`, not beside it.
    /// Sources with a grid vary together (the k-th candidate gives each its
    /// k-th weight), so their grids must be equally long.
    #[serde(default)]
    pub weight_grid: Option<Vec<f64>>,
    /// Training evidence only: the rows always train, `cv` never scores them
    /// and the card's held-out fifth leaves them out, and calibration and
    /// thresholds are fitted on the other sources' out-of-fold scores. For
    /// public data added to your own labelled comments: the probabilities
    /// and thresholds then fit your site, not the public data's mix.
    #[serde(default)]
    pub auxiliary: bool,
}

fn yes() -> bool {
    true
}

impl TrainConfig {
    /// Label names in output order.
    pub fn label_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.label_order.clone();
        for k in self.labels.keys() {
            if !names.contains(k) {
                names.push(k.clone());
            }
        }
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_config_with_defaults() {
        let c: TrainConfig = toml::from_str(
            r#"
            [labels.toxic]
            definition = "insults"
            objective = "macro-f1"
            [[source]]
            name = "a"
            path = "a.csv"
            format = "csv"
            text = ["text"]
            labels.toxic = { column = "label" }
            "#,
        )
        .unwrap();
        assert_eq!(c.seed, 42);
        assert_eq!(c.model.buckets_log2, 20);
        assert_eq!(c.labels["toxic"].objective, Objective::MacroF1);
        assert_eq!(c.label_names(), ["toxic"]);
    }

    #[test]
    fn unknown_keys_are_errors() {
        let e = toml::from_str::<TrainConfig>("[labels.toxic]\ndefintion = \"x\"\n[[source]]\nname=\"a\"\npath=\"a\"\nformat=\"csv\"\ntext=[\"t\"]\nlabels={}\n")
            .unwrap_err();
        assert!(e.to_string().contains("defintion"), "{e}");
    }
}
