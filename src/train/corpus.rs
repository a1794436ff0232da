//! The corpus: texts with per-label gold values and fold groups.

/// Texts and their labels from all sources.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Label names, in model order.
    pub labels: Vec<String>,
    /// Comment texts.
    pub texts: Vec<String>,
    /// `gold[label][doc]`: `None` where the doc's source does not annotate the label.
    pub gold: Vec<Vec<Option<bool>>>,
    /// Group id per doc: docs sharing a group stay in one fold.
    pub groups: Vec<u64>,
    /// Source index per doc.
    pub source: Vec<u16>,
    /// Fold given in the data (`fold` column of a source), if any.
    pub fold: Vec<Option<u32>>,
    /// Per source index: the weight of its rows in the loss (missing: 1).
    pub source_weight: Vec<f32>,
    /// Per source index: whether it only adds training evidence (missing:
    /// no); see `SourceConfig::auxiliary`.
    pub source_auxiliary: Vec<bool>,
    /// Per source index: candidate weights chosen by inner cross-validation
    /// (empty or missing: the fixed `source_weight`).
    pub source_weight_grid: Vec<Vec<f32>>,
    /// Texts whose words are real words, never trained on (see
    /// `ModelConfig::vocabulary`).
    pub vocabulary: Vec<String>,
    /// Per vocabulary text: its path as configured and the start of its
    /// SHA-256, for the model card.
    pub vocabulary_names: Vec<String>,
}

impl Corpus {
    /// An empty corpus for these labels.
    pub fn new(labels: Vec<String>) -> Self {
        let gold = vec![Vec::new(); labels.len()];
        Self {
            labels,
            gold,
            ..Self::default()
        }
    }

    /// Adds one document.
    pub fn push(
        &mut self,
        text: String,
        gold: &[Option<bool>],
        group: u64,
        source: u16,
        fold: Option<u32>,
    ) {
        self.texts.push(text);
        for (g, v) in self.gold.iter_mut().zip(gold) {
            g.push(*v);
        }
        self.groups.push(group);
        self.source.push(source);
        self.fold.push(fold);
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    /// Whether there are no documents.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// Positive and negative documents of `label` (unlabelled ones count as neither).
    pub fn class_counts(&self, label: usize) -> (usize, usize) {
        let g = &self.gold[label];
        let pos = g.iter().filter(|v| **v == Some(true)).count();
        let neg = g.iter().filter(|v| **v == Some(false)).count();
        (pos, neg)
    }

    /// Weight of document `i` in the training loss.
    pub fn weight(&self, i: usize) -> f32 {
        self.weight_under(i, &self.source_weight)
    }

    /// Per-source weight vectors to choose from: the `k`-th gives every
    /// source with a grid its `k`-th weight (the grids vary together, so
    /// that two public sets count alike and the cost stays one inner
    /// cross-validation per candidate), the fixed weight elsewhere. One
    /// vector, the fixed weights, when no source has a grid.
    pub fn weight_candidates(&self) -> Vec<Vec<f32>> {
        let n = (self.source_weight_grid.iter())
            .map(Vec::len)
            .max()
            .unwrap_or(0);
        if n == 0 {
            return vec![self.source_weight.clone()];
        }
        (0..n)
            .map(|k| {
                let mut v = self.source_weight.clone();
                for (s, grid) in self.source_weight_grid.iter().enumerate() {
                    if let Some(&w) = grid.get(k) {
                        v.resize(v.len().max(s + 1), 1.0);
                        v[s] = w;
                    }
                }
                v
            })
            .collect()
    }

    /// Weight of document `i` under per-source weights `per_source`.
    pub fn weight_under(&self, i: usize, per_source: &[f32]) -> f32 {
        per_source
            .get(self.source[i] as usize)
            .copied()
            .unwrap_or(1.0)
    }

    /// Whether document `i` comes from an auxiliary source: it trains, but
    /// is never judged and never calibrates.
    pub fn is_auxiliary(&self, i: usize) -> bool {
        self.source_auxiliary
            .get(self.source[i] as usize)
            .copied()
            .unwrap_or(false)
    }

    /// Documents (indices) that have a gold value for `label`.
    pub fn labelled(&self, label: usize) -> Vec<usize> {
        (0..self.len())
            .filter(|&i| self.gold[label][i].is_some())
            .collect()
    }
}
