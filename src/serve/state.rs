//! Shared state of the running service: the settings, the loaded model (behind
//! `RwLock<Arc<…>>` so a reload swaps it while requests in flight keep theirs),
//! the queue and the metrics. Scoring helpers used by every handler live here.

use std::path::Path;
use std::sync::{Arc, RwLock};

use serde::Serialize;

use super::metrics::Metrics;
use super::queue::{QueueStore, SqliteQueue};
use super::{ServeConfig, ServeError};
use crate::context::{
    thresholds_in_context, Context, ContextModel, ContextScore, DEFAULT_CONTEXT_MODEL,
};
use crate::model::{Classifier, Decision, Thresholds};

/// A model as served: the classifier plus what the handlers read often.
pub struct LoadedModel {
    /// The classifier.
    pub classifier: Classifier,
    /// Label names in model order.
    pub labels: Vec<String>,
    /// Thresholds per label.
    pub thresholds: Vec<Thresholds>,
    /// Where it was loaded from.
    pub path: std::path::PathBuf,
    /// When it was loaded (RFC 3339).
    pub loaded_at: String,
    /// Counts loads: 1 at start-up, +1 per reload.
    pub generation: u64,
    /// The off-topic context model beside the model file, if there is one.
    pub context: Option<ContextModel>,
}

impl LoadedModel {
    /// Loads the model file.
    pub fn load(path: &Path, generation: u64) -> Result<LoadedModel, ServeError> {
        let classifier = Classifier::load(path).map_err(|source| ServeError::Model {
            path: path.to_path_buf(),
            source,
        })?;
        let ctx_path = std::env::var_os("MODERATO_CONTEXT_MODEL")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| path.with_file_name(DEFAULT_CONTEXT_MODEL));
        let context = if ctx_path.exists() {
            Some(ContextModel::load(&ctx_path)?)
        } else {
            None
        };
        Ok(LoadedModel {
            context,
            labels: classifier.label_names(),
            thresholds: classifier.thresholds(),
            classifier,
            path: path.to_path_buf(),
            loaded_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            generation,
        })
    }

    /// Index of a label, if the model has it.
    pub fn label_index(&self, name: &str) -> Option<usize> {
        self.labels.iter().position(|l| l == name)
    }

    /// Scores and explains one text.
    pub fn analyse(&self, text: &str, top: usize) -> Analysis {
        self.analyse_in(text, &Context::default(), top)
    }

    /// Scores and explains one text in its context: with a context model and
    /// some context, off-topic is the context model's probability and
    /// threshold; the other labels are scored from the text as always.
    pub fn analyse_in(&self, text: &str, ctx: &Context, top: usize) -> Analysis {
        let mut ex = self.classifier.explain(text, top);
        let offtopic = self.label_index("offtopic");
        let in_ctx = match (&self.context, offtopic) {
            (Some(m), Some(off)) => m
                .score(text, ctx, ex.labels[off].probability)
                .map(|c| (off, c)),
            _ => None,
        };
        let thresholds = match &in_ctx {
            Some((off, c)) => {
                ex.labels[*off].probability = c.probability;
                thresholds_in_context(&self.thresholds, *off, c)
            }
            None => self.thresholds.clone(),
        };
        let probabilities: Vec<f32> = ex.labels.iter().map(|l| l.probability).collect();
        let decision = Classifier::decide(&probabilities, &thresholds);
        let labels = ex
            .labels
            .into_iter()
            .zip(&thresholds)
            .map(|(l, t)| LabelResult {
                flagged: l.probability >= t.review,
                label: l.label,
                probability: l.probability,
                review_threshold: t.review,
                reject_threshold: t.reject,
                spans: l
                    .spans
                    .into_iter()
                    .map(|s| SpanOut {
                        utf16_start: utf16_offset(text, s.start),
                        utf16_end: utf16_offset(text, s.end),
                        start: s.start,
                        end: s.end,
                        char_start: s.char_start,
                        char_end: s.char_end,
                        text: s.text,
                        weight: s.weight,
                    })
                    .collect(),
                signals: l.signals,
            })
            .collect();
        let context = in_ctx.map(|(_, c)| c);
        Analysis {
            decision,
            labels,
            offtopic_context: context
                .as_ref()
                .map_or("none".into(), |c| c.context.clone()),
            context,
        }
    }
}

/// UTF-16 code units before byte `byte` of `text` (clamped to a char boundary).
pub fn utf16_offset(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    text[..b].encode_utf16().count()
}

/// A span that drove a score, with offsets in three units.
#[derive(Debug, Clone, Serialize)]
pub struct SpanOut {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Start in Unicode scalar values.
    pub char_start: usize,
    /// End in Unicode scalar values (exclusive).
    pub char_end: usize,
    /// Start in UTF-16 code units (as JavaScript and Perspective count).
    pub utf16_start: usize,
    /// End in UTF-16 code units (exclusive).
    pub utf16_end: usize,
    /// The text of the span.
    pub text: String,
    /// Logit contribution: positive pushes towards the label.
    pub weight: f32,
}

/// One label's score of one text.
#[derive(Debug, Clone, Serialize)]
pub struct LabelResult {
    /// Label name.
    pub label: String,
    /// Calibrated probability.
    pub probability: f32,
    /// At or above the review threshold.
    pub flagged: bool,
    /// The review threshold.
    pub review_threshold: f32,
    /// The reject threshold, if any.
    pub reject_threshold: Option<f32>,
    /// Spans that drove the score, largest contribution first.
    pub spans: Vec<SpanOut>,
    /// Whole-text signals and their contribution.
    pub signals: Vec<(String, f32)>,
}

/// Scores, decision and explanation of one text.
#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    /// The decision under the model's thresholds.
    #[serde(serialize_with = "ser_decision")]
    pub decision: Decision,
    /// Per label, in model order.
    pub labels: Vec<LabelResult>,
    /// Which context the off-topic score used (`none`, `article+thread`, …).
    pub offtopic_context: String,
    /// The context evidence: comment words found and not found in it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<ContextScore>,
}

fn ser_decision<S: serde::Serializer>(d: &Decision, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(d.as_str())
}

impl Analysis {
    /// Probability of a label, if the model has it.
    pub fn probability(&self, label: &str) -> Option<f32> {
        self.labels
            .iter()
            .find(|l| l.label == label)
            .map(|l| l.probability)
    }
}

/// State shared by all handlers.
#[derive(Clone)]
pub struct AppState {
    /// The settings.
    pub cfg: Arc<ServeConfig>,
    model: Arc<RwLock<Arc<LoadedModel>>>,
    /// Serializes reloads.
    reload_lock: Arc<tokio::sync::Mutex<()>>,
    /// The queue.
    pub queue: Arc<dyn QueueStore>,
    /// Request metrics.
    pub metrics: Arc<Metrics>,
}

impl AppState {
    /// Loads the model and opens the database named in `cfg`.
    pub fn open(cfg: ServeConfig) -> Result<AppState, ServeError> {
        let model = LoadedModel::load(&cfg.model, 1)?;
        let queue = SqliteQueue::open(&cfg.db).map_err(|source| ServeError::Db {
            path: cfg.db.clone(),
            source,
        })?;
        Ok(AppState {
            cfg: Arc::new(cfg),
            model: Arc::new(RwLock::new(Arc::new(model))),
            reload_lock: Arc::new(tokio::sync::Mutex::new(())),
            queue: Arc::new(queue),
            metrics: Arc::new(Metrics::default()),
        })
    }

    /// The model serving now; keep the `Arc` for the whole request.
    pub fn model(&self) -> Arc<LoadedModel> {
        self.model.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Loads the configured model file again and swaps it in; on failure the
    /// old model keeps serving and the error is returned.
    pub async fn reload(&self, actor: &str) -> Result<Arc<LoadedModel>, ServeError> {
        let _guard = self.reload_lock.lock().await;
        let path = self.cfg.model.clone();
        let generation = self.model().generation + 1;
        let loaded = tokio::task::spawn_blocking(move || LoadedModel::load(&path, generation))
            .await
            .map_err(|e| ServeError::Runtime(e.to_string()))?;
        let detail = match &loaded {
            Ok(m) => format!("loaded {} (generation {})", m.path.display(), m.generation),
            Err(e) => format!("failed, old model kept: {e}"),
        };
        let queue = self.queue.clone();
        let actor = actor.to_string();
        let d = detail.clone();
        let _ = tokio::task::spawn_blocking(move || queue.audit(&actor, "reload", None, &d)).await;
        let m = Arc::new(loaded?);
        *self.model.write().unwrap_or_else(|p| p.into_inner()) = m.clone();
        tracing::info!("{detail}");
        Ok(m)
    }
}
