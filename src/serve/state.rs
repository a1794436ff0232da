//! Shared state of the running service: the settings, the loaded model (behind
//! `RwLock<Arc<…>>` so a reload swaps it while requests in flight keep theirs),
//! the queue and the metrics. Scoring helpers used by every handler live here.

use std::path::Path;
use std::sync::{Arc, RwLock};

use serde::Serialize;

use super::auth::Credential;
use super::metrics::Metrics;
use super::queue::QueueStore;
use super::{ServeConfig, ServeError};
use crate::context::{
    thresholds_in_context, Context, ContextModel, ContextScore, DEFAULT_CONTEXT_MODEL,
};
use crate::language::LanguagePolicy;
use crate::model::{Classifier, Decision, Thresholds};
use crate::policy::{Policy, PolicyMatch, PolicySource};

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
    /// Which languages the model scores and what happens to the others.
    pub languages: LanguagePolicy,
    /// The policy list loaded with the model, if any.
    pub policy: Option<Policy>,
    /// The off-topic context model beside the model file, if there is one.
    pub context: Option<ContextModel>,
}

impl LoadedModel {
    /// Loads the model file.
    pub fn load(path: &Path, generation: u64) -> Result<LoadedModel, ServeError> {
        let classifier =
            Classifier::load_or_built_in(path).map_err(|source| ServeError::Model {
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
            languages: LanguagePolicy::default(),
            policy: None,
        })
    }

    /// Loads the model file and the policy.
    pub fn load_with_policy(
        path: &Path,
        policy: &PolicySource,
        generation: u64,
    ) -> Result<LoadedModel, ServeError> {
        let policy = policy.load()?;
        Ok(LoadedModel {
            policy,
            ..LoadedModel::load(path, generation)?
        })
    }

    /// The policy's matches in `text` (none without a policy).
    pub fn policy_matches(&self, text: &str) -> Vec<PolicyMatch> {
        self.policy
            .as_ref()
            .map(|p| p.check_as_read(text, &self.classifier))
            .unwrap_or_default()
    }

    /// Index of a label, if the model has it.
    pub fn label_index(&self, name: &str) -> Option<usize> {
        self.labels.iter().position(|l| l == name)
    }

    /// Scores one text, and explains it when `explain_max_chars` allows:
    /// explanations cost more than scoring and grow faster than the text, so
    /// texts longer than that (after NFKC, which can multiply a text's length)
    /// are scored without spans. `None` never explains.
    pub fn analyse_bounded(
        &self,
        text: &str,
        top: usize,
        explain_max_chars: Option<usize>,
    ) -> Analysis {
        self.analyse_in_bounded(text, &Context::default(), top, explain_max_chars)
    }

    /// [`LoadedModel::analyse_bounded`] in a context (see [`LoadedModel::analyse_in`]).
    pub fn analyse_in_bounded(
        &self,
        text: &str,
        ctx: &Context,
        top: usize,
        explain_max_chars: Option<usize>,
    ) -> Analysis {
        let explain = explain_max_chars.is_some_and(|max| {
            use unicode_normalization::UnicodeNormalization;
            text.nfkc().take(max + 1).count() <= max
        });
        if explain {
            return self.analyse_in(text, ctx, top);
        }
        let mut probabilities = self.classifier.score(text);
        let (thresholds, context) = self.in_context(text, ctx, &mut probabilities);
        let policy = self.policy_matches(text);
        let (decision, language, reason) = self.decide(text, &probabilities, &thresholds, &policy);
        let labels = probabilities
            .iter()
            .zip(&self.labels)
            .zip(&thresholds)
            .map(|((&p, l), t)| LabelResult {
                flagged: p >= t.review,
                label: l.clone(),
                probability: p,
                review_threshold: t.review,
                reject_threshold: t.reject,
                spans: Vec::new(),
                signals: Vec::new(),
            })
            .collect();
        Analysis {
            decision,
            labels,
            language,
            reason,
            policy,
            offtopic_context: context
                .as_ref()
                .map_or("none".into(), |c| c.context.clone()),
            context,
        }
    }

    /// With a context model and some context: the off-topic probability in
    /// `probabilities` replaced by the context model's, and the thresholds
    /// in context; otherwise the model's thresholds.
    fn in_context(
        &self,
        text: &str,
        ctx: &Context,
        probabilities: &mut [f32],
    ) -> (Vec<Thresholds>, Option<ContextScore>) {
        let offtopic = self.label_index("offtopic");
        let in_ctx = match (&self.context, offtopic) {
            (Some(m), Some(off)) => m.score(text, ctx, probabilities[off]).map(|c| (off, c)),
            _ => None,
        };
        match in_ctx {
            Some((off, c)) => {
                probabilities[off] = c.probability;
                (thresholds_in_context(&self.thresholds, off, &c), Some(c))
            }
            None => (self.thresholds.clone(), None),
        }
    }

    /// The decision from the probabilities under `thresholds`, unless the
    /// text's language is not scored: then the configured route, with the
    /// reason. Policy matches raise either, never lower it.
    fn decide(
        &self,
        text: &str,
        probabilities: &[f32],
        thresholds: &[Thresholds],
        policy: &[PolicyMatch],
    ) -> (Decision, &'static str, Option<String>) {
        let language = crate::language::detect(text);
        let by_language = self.languages.overrides(language);
        let decision = crate::policy::raise(
            by_language.unwrap_or_else(|| Classifier::decide(probabilities, thresholds)),
            policy,
        );
        let reason = by_language.map(|_| {
            format!(
                "language {language} is not scored (other_languages = {})",
                self.languages.other.as_str()
            )
        });
        (decision, language, reason)
    }

    /// Scores and explains one text (whatever its length: see [`LoadedModel::analyse_bounded`]).
    pub fn analyse(&self, text: &str, top: usize) -> Analysis {
        self.analyse_in(text, &Context::default(), top)
    }

    /// Scores and explains one text in its context: with a context model and
    /// some context, off-topic is the context model's probability and
    /// threshold; the other labels are scored from the text as always.
    pub fn analyse_in(&self, text: &str, ctx: &Context, top: usize) -> Analysis {
        let mut ex = self.classifier.explain(text, top);
        let mut probabilities: Vec<f32> = ex.labels.iter().map(|l| l.probability).collect();
        let (thresholds, context) = self.in_context(text, ctx, &mut probabilities);
        for (l, p) in ex.labels.iter_mut().zip(&probabilities) {
            l.probability = *p;
        }
        let policy = self.policy_matches(text);
        let (decision, language, reason) = self.decide(text, &probabilities, &thresholds, &policy);
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
        Analysis {
            decision,
            language,
            reason,
            labels,
            policy,
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
    /// The comment's language (ISO 639-1; `de` when detection is unsure).
    pub language: &'static str,
    /// Why the decision is not the model's, when the language decided it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Per label, in model order.
    pub labels: Vec<LabelResult>,
    /// Policy rules that matched (they raise `decision`, never lower it).
    pub policy: Vec<PolicyMatch>,
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
    /// The model served before the last reload or rollback, kept in memory so
    /// a bad retrained model can be rolled back even after its file was replaced.
    previous: Arc<RwLock<Option<Arc<LoadedModel>>>>,
    /// Serializes reloads.
    reload_lock: Arc<tokio::sync::Mutex<()>>,
    /// The queue.
    pub queue: Arc<dyn QueueStore>,
    /// Request metrics.
    pub metrics: Arc<Metrics>,
    /// Every credential, `api_token` included (as admin).
    pub creds: Arc<Vec<Credential>>,
    /// One permit per core: scoring jobs past their budget keep theirs until
    /// they finish, so slow texts cannot pile up more work than there are cores.
    pub score_slots: Arc<tokio::sync::Semaphore>,
}

impl AppState {
    /// Loads the model and opens the database named in `cfg`.
    pub fn open(cfg: ServeConfig) -> Result<AppState, ServeError> {
        let mut model = LoadedModel::load_with_policy(&cfg.model, &cfg.policy, 1)?;
        model.languages = cfg.languages.clone();
        let queue = cfg.db.open(&cfg.db_pool).map_err(|source| ServeError::Db {
            db: cfg.db.to_string(),
            source,
        })?;
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Ok(AppState {
            creds: Arc::new(cfg.all_credentials()),
            score_slots: Arc::new(tokio::sync::Semaphore::new(cores)),
            cfg: Arc::new(cfg),
            model: Arc::new(RwLock::new(Arc::new(model))),
            previous: Arc::new(RwLock::new(None)),
            reload_lock: Arc::new(tokio::sync::Mutex::new(())),
            queue,
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
        let policy = self.cfg.policy.clone();
        let generation = self.model().generation + 1;
        let languages = self.cfg.languages.clone();
        let loaded = tokio::task::spawn_blocking(move || {
            LoadedModel::load_with_policy(&path, &policy, generation)
                .map(|m| LoadedModel { languages, ..m })
        })
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
        let old = std::mem::replace(
            &mut *self.model.write().unwrap_or_else(|p| p.into_inner()),
            m.clone(),
        );
        *self.previous.write().unwrap_or_else(|p| p.into_inner()) = Some(old);
        tracing::info!("{detail}");
        Ok(m)
    }

    /// Swaps the model serving now with the one served before the last reload
    /// (a second rollback undoes the first); `None` when there is none.
    pub async fn rollback(&self, actor: &str) -> Option<Arc<LoadedModel>> {
        let _guard = self.reload_lock.lock().await;
        let prev = self
            .previous
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .take()?;
        let now = std::mem::replace(
            &mut *self.model.write().unwrap_or_else(|p| p.into_inner()),
            prev.clone(),
        );
        let detail = format!(
            "rolled back from generation {} to generation {} ({})",
            now.generation,
            prev.generation,
            prev.path.display()
        );
        *self.previous.write().unwrap_or_else(|p| p.into_inner()) = Some(now);
        let queue = self.queue.clone();
        let (actor, d) = (actor.to_string(), detail.clone());
        let _ =
            tokio::task::spawn_blocking(move || queue.audit(&actor, "rollback", None, &d)).await;
        tracing::warn!("{detail}");
        Some(prev)
    }
}
