//! Raw hashed n-gram counts of a whole corpus, computed once for training.
//!
//! Training fits IDF tables on many subsets of one corpus (each inner fold,
//! the nested split, the final fit) and must never let a fold's IDF see its
//! held-out texts. Normalizing and hashing is the expensive part and does not
//! depend on the IDF, so each text is hashed once into counts per bucket; a
//! fold's IDF and TF-IDF rows are then a cheap pass over the cached counts,
//! fitted on that fold's training rows only. The arithmetic is the same as
//! [`Featurizer::fit`] and [`Featurizer::transform`] (the tests check bit for
//! bit), so a model trained from counts equals one trained from texts.
//! One difference from scoring: reading a word the model never saw as a
//! misspelt cue word (`cues.rs`) needs a fitted IDF table, so the held-out
//! rows of training's inner folds get exact cues only; scored comments get
//! both. Training rows are the same either way (every training word is seen).

use rayon::prelude::*;
use sprs::CsMat;

use super::dense::DENSE_NAMES;
use super::featurizer::{
    add_df, from_df, merge_into, no_df, set_seen, Featurizer, FeaturizerValidParams,
};
use super::records::SparseRecords;

/// One document's n-grams: `(bucket, occurrences)` sorted by bucket, word
/// n-grams and character n-grams apart (each block is normalized alone).
#[derive(Debug, Clone, Default, PartialEq)]
struct DocCounts {
    words: Vec<(u32, u32)>,
    chars: Vec<(u32, u32)>,
    /// Cue features, when a block of their own (`cue_block`).
    cues: Vec<(u32, u32)>,
    dense: [f32; DENSE_NAMES.len()],
    /// The document's bits of the seen-word set.
    seen: Vec<u32>,
}

/// The counts of every document of a corpus, in corpus order.
#[derive(Debug, Clone)]
pub struct NgramCounts {
    params: FeaturizerValidParams,
    docs: Vec<DocCounts>,
    /// Seen-word bits of the vocabulary texts (empty for none), added to
    /// every fitted featurizer's.
    vocabulary: Vec<u64>,
}

/// Sorted buckets with repeats → `(bucket, count)` runs.
fn runs(sorted: &[u32], out: &mut Vec<(u32, u32)>) {
    for &f in sorted {
        match out.last_mut() {
            Some((g, c)) if *g == f => *c += 1,
            _ => out.push((f, 1)),
        }
    }
}

impl NgramCounts {
    /// Normalizes and hashes every text once, on all rayon threads.
    pub fn new<S: AsRef<str> + Sync>(params: FeaturizerValidParams, texts: &[S]) -> Self {
        let unfitted = Featurizer::from_parts(params, Vec::new());
        let docs = texts
            .par_iter()
            .with_min_len(64)
            .map_init(
                || unfitted.scratch(),
                |s, t| {
                    let t = t.as_ref();
                    unfitted.sorted_ngrams(t, s);
                    let mut d = DocCounts {
                        dense: unfitted.dense(t, s),
                        ..DocCounts::default()
                    };
                    runs(&s.words, &mut d.words);
                    runs(&s.chars, &mut d.chars);
                    runs(&s.cue_ids, &mut d.cues);
                    unfitted.mark_seen(s, &mut |b| d.seen.push(b as u32));
                    d.seen.sort_unstable();
                    d.seen.dedup();
                    d
                },
            )
            .collect();
        Self {
            params,
            docs,
            vocabulary: Vec::new(),
        }
    }

    /// These counts with the words of `texts` known as real words (see
    /// [`Featurizer::mark_vocabulary`]); nothing of them is counted.
    pub fn with_vocabulary(mut self, texts: &[String]) -> Self {
        if texts.is_empty() || !self.params.typos {
            return self;
        }
        let unfitted = Featurizer::from_parts(self.params, Vec::new());
        let lines: Vec<&str> = texts.iter().flat_map(|t| t.lines()).collect();
        let bits = lines
            .par_chunks(256)
            .map(|chunk| {
                let mut s = unfitted.scratch();
                let mut seen = no_df(&self.params).2;
                for line in chunk {
                    unfitted.mark_vocabulary(line, &mut s, &mut |b| set_seen(&mut seen, b));
                }
                seen
            })
            .reduce(
                || no_df(&self.params).2,
                |mut a, b| {
                    a.iter_mut().zip(b).for_each(|(x, y)| *x |= y);
                    a
                },
            );
        self.vocabulary = bits;
        self
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether there are no documents.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The documents at `idx`, in that order (a sub-corpus's counts).
    pub fn subset(&self, idx: &[usize]) -> NgramCounts {
        NgramCounts {
            params: self.params,
            docs: idx.iter().map(|&i| self.docs[i].clone()).collect(),
            vocabulary: self.vocabulary.clone(),
        }
    }

    /// The featurizer [`Featurizer::fit`] would give on the texts of the
    /// documents `fit_on` (any order, no repeats).
    pub fn fit(&self, fit_on: &[usize]) -> Featurizer {
        let counts = fit_on
            .par_chunks(512)
            .map(|chunk| {
                let (mut df, mut word, mut seen) = no_df(&self.params);
                for &i in chunk {
                    let d = &self.docs[i];
                    for &b in &d.seen {
                        set_seen(&mut seen, b as usize);
                    }
                    let in_words = |f: u32| d.words.binary_search_by_key(&f, |e| e.0).is_ok();
                    let in_cues = |f: u32| d.cues.binary_search_by_key(&f, |e| e.0).is_ok();
                    for &(f, _) in &d.words {
                        word[f as usize] = true;
                        df[f as usize] += 1;
                    }
                    // Cues count as words; a bucket two blocks reach counts
                    // once per document.
                    for &(f, _) in &d.cues {
                        word[f as usize] = true;
                        if !in_words(f) {
                            df[f as usize] += 1;
                        }
                    }
                    for &(f, _) in &d.chars {
                        if !in_words(f) && !in_cues(f) {
                            df[f as usize] += 1;
                        }
                    }
                }
                (df, word, seen)
            })
            .reduce(|| no_df(&self.params), add_df);
        let mut counts = counts;
        counts
            .2
            .iter_mut()
            .zip(&self.vocabulary)
            .for_each(|(x, y)| *x |= y);
        from_df(self.params, counts, fit_on.len())
    }

    /// The rows [`Featurizer::transform`] would give for the documents at
    /// `idx` with `featurizer`'s IDF table.
    pub fn rows(&self, featurizer: &Featurizer, idx: &[usize]) -> SparseRecords {
        let parts: Vec<(Vec<usize>, Vec<usize>, Vec<f32>)> = idx
            .par_chunks(256)
            .map_init(RowBuffers::default, |b, chunk| {
                let mut lens = Vec::with_capacity(chunk.len());
                let (mut ind, mut val) = (Vec::new(), Vec::new());
                for &i in chunk {
                    b.row(featurizer, &self.docs[i]);
                    lens.push(b.row.len());
                    ind.extend(b.row.iter().map(|e| e.0 as usize));
                    val.extend(b.row.iter().map(|e| e.1));
                }
                (lens, ind, val)
            })
            .collect();
        let nnz = parts.iter().map(|p| p.1.len()).sum();
        let mut indptr = Vec::with_capacity(idx.len() + 1);
        let (mut indices, mut data) = (Vec::with_capacity(nnz), Vec::with_capacity(nnz));
        indptr.push(0usize);
        for (lens, ind, val) in parts {
            for l in lens {
                indptr.push(indptr.last().copied().unwrap_or(0) + l);
            }
            indices.extend(ind);
            data.extend(val);
        }
        SparseRecords::new(CsMat::new(
            (idx.len(), featurizer.nfeatures()),
            indptr,
            indices,
            data,
        ))
    }
}

/// Reused per thread while building rows.
#[derive(Default)]
struct RowBuffers {
    block: Vec<(u32, f32)>,
    spare: Vec<(u32, f32)>,
    row: Vec<(u32, f32)>,
}

impl RowBuffers {
    /// One document's row into `self.row`: per block `(1 + ln count)·idf`,
    /// L2-normalized, zero-IDF buckets dropped, the blocks added where they
    /// share a bucket (in the order [`Featurizer::transform`] adds them),
    /// then the dense signals.
    fn row(&mut self, featurizer: &Featurizer, d: &DocCounts) {
        self.row.clear();
        for counts in [&d.words, &d.chars, &d.cues] {
            weigh(featurizer.idf(), counts, &mut self.block);
            merge_into(&mut self.row, &self.block, &mut self.spare);
        }
        let base = featurizer.buckets() as u32;
        for (k, &v) in d.dense.iter().enumerate() {
            if v != 0.0 {
                self.row.push((base + k as u32, v));
            }
        }
    }
}

/// One block's TF-IDF values, normalized, without zero-IDF buckets.
fn weigh(idf: &[f32], counts: &[(u32, u32)], out: &mut Vec<(u32, f32)>) {
    out.clear();
    let mut norm2 = 0.0f32;
    for &(f, c) in counts {
        let w = idf.get(f as usize).copied().unwrap_or(1.0);
        let v = (1.0 + (c as f32).ln()) * w;
        norm2 += v * v;
        out.push((f, v));
    }
    let inv = if norm2 > 0.0 { 1.0 / norm2.sqrt() } else { 0.0 };
    out.retain(|e| e.1 != 0.0);
    out.iter_mut().for_each(|e| e.1 *= inv);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::FeaturizerParams;
    use linfa::ParamGuard;

    #[test]
    fn vocabulary_words_are_never_read_as_typos_of_others() {
        let texts = [
            "die serben kommen",
            "serben und kroaten",
            "viele serben hier",
        ];
        let params = FeaturizerParams::new().check().unwrap();
        let row = crate::features::featurizer::ngram_row;
        let all = [0, 1, 2];
        let f = NgramCounts::new(params, &texts).fit(&all);
        assert_eq!(row(&f, "sterben"), row(&f, "serben"));
        let vocabulary = ["Alle Menschen sterben.".to_string()];
        let f = NgramCounts::new(params, &texts)
            .with_vocabulary(&vocabulary)
            .fit(&all);
        assert_ne!(row(&f, "sterben"), row(&f, "serben"));
        // A typo of it is still read as the frequent word.
        assert_eq!(row(&f, "sreben"), row(&f, "serben"));
        // The vocabulary is not trained on: the IDF table is the same.
        assert_eq!(f.idf(), NgramCounts::new(params, &texts).fit(&all).idf());
    }

    const TEXTS: [&str; 8] = [
        "Du bist ein Idiot!!",
        "Was für ein VOLLIDIOT, @krippmarie",
        "Danke für den Artikel |LBR| sehr gut",
        "Die Frauen und die Juden sind nicht schuld",
        "Du 1d10t, siehe www.example.org/x",
        "der hund der hund der baum",
        "",
        "Schönes Wetter heute?",
    ];

    fn params() -> FeaturizerValidParams {
        FeaturizerParams::new()
            .buckets_log2(12)
            .mask_groups(true)
            .check()
            .unwrap()
    }

    #[test]
    fn fitting_and_transforming_from_counts_equals_doing_it_from_texts() {
        let counts = NgramCounts::new(params(), &TEXTS);
        assert_eq!(counts.len(), TEXTS.len());
        // IDF fit on some documents only, rows for others: as an inner fold.
        let fit_on = [0usize, 2, 3, 5, 6, 7];
        let fit_texts: Vec<&str> = fit_on.iter().map(|&i| TEXTS[i]).collect();
        let direct = Featurizer::fit(params(), &fit_texts);
        let cached = counts.fit(&fit_on);
        assert_eq!(direct.idf(), cached.idf());
        // min_df drops a character n-gram that a fit text does contain.
        let dropped = fit_on
            .iter()
            .flat_map(|&i| &counts.docs[i].chars)
            .any(|&(f, _)| cached.idf()[f as usize] == 0.0);
        assert!(
            dropped,
            "min_df dropped nothing: the test would not cover it"
        );
        let rows = [4usize, 1, 0, 6, 5];
        let row_texts: Vec<&str> = rows.iter().map(|&i| TEXTS[i]).collect();
        let a = direct.transform(&row_texts).matrix;
        let b = counts.rows(&cached, &rows).matrix;
        assert_eq!(a.shape(), b.shape());
        assert_eq!(a.indptr().raw_storage(), b.indptr().raw_storage());
        assert_eq!(a.indices(), b.indices());
        // Bit for bit, not approximately.
        let bits = |m: &CsMat<f32>| m.data().iter().map(|v| v.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&a), bits(&b));
    }

    #[test]
    fn a_subset_keeps_its_documents_in_the_given_order() {
        let counts = NgramCounts::new(params(), &TEXTS);
        let sub = counts.subset(&[5, 0]);
        assert_eq!(sub.len(), 2);
        assert_eq!(sub.docs[0], counts.docs[5]);
        assert_eq!(sub.docs[1], counts.docs[0]);
        // "der hund der hund der baum": the word "der" three times.
        assert!(sub.docs[0].words.iter().any(|&(_, c)| c == 3));
    }
}
