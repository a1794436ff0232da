//! The model file: one versioned, checksummed file.
//!
//! Layout: `MODERATO` magic, format version (u32 LE), header length (u64 LE),
//! a JSON header (featurizer settings, labels, calibration, thresholds, model
//! card), the IDF table and one weight vector per label as f16 tensors that
//! store only entries differing from a default (most hash buckets are never
//! touched), then a CRC32 of everything before it and `OTAREDOM` closing magic,
//! so truncation and bit rot are told apart from a version mismatch.

use std::path::Path;

use half::f16;
use serde::{Deserialize, Serialize};

use super::algorithm::BinaryLogistic;
use super::card::ModelCard;
use super::classifier::{Classifier, LabelModel};
use super::error::ModelError;
use crate::features::{seen_bits_of, Featurizer, FeaturizerValidParams};

/// The format version this build writes; it reads this one and
/// [`FORMAT_V1`].
pub const FORMAT_VERSION: u32 = 2;
/// The first format: no set of training words after the weights (misspelt
/// words are then told by the IDF table, see `Featurizer::unseen_word`).
const FORMAT_V1: u32 = 1;
const MAGIC: &[u8; 8] = b"MODERATO";
const END: &[u8; 8] = b"OTAREDOM";

#[derive(Serialize, Deserialize)]
struct Header {
    featurizer: FeaturizerValidParams,
    labels: Vec<(LabelModel, f32)>,
    card: ModelCard,
}

fn write_tensor(out: &mut Vec<u8>, values: &[f32], default: f32) {
    let dflt = f16::from_f32(default);
    let mut bitmap = vec![0u8; values.len().div_ceil(8)];
    let mut packed = Vec::new();
    for (i, v) in values.iter().enumerate() {
        let h = f16::from_f32(*v);
        if h != dflt {
            bitmap[i / 8] |= 1 << (i % 8);
            packed.extend_from_slice(&h.to_le_bytes());
        }
    }
    out.extend_from_slice(&(values.len() as u64).to_le_bytes());
    out.extend_from_slice(&default.to_le_bytes());
    out.extend_from_slice(&bitmap);
    out.extend_from_slice(&packed);
}

/// The most frequent value (by bit pattern), 0 for an empty slice.
fn most_common(values: &[f32]) -> f32 {
    let mut counts = std::collections::BTreeMap::<u32, usize>::new();
    for v in values {
        *counts
            .entry(f16::from_f32(*v).to_f32().to_bits())
            .or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(bits, n)| (n, std::cmp::Reverse(bits)))
        .map_or(0.0, |(bits, _)| f32::from_bits(bits))
}

struct Cursor<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.buf.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn f32(&mut self) -> Option<f32> {
        Some(f32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn tensor(&mut self, expected: usize) -> Option<Vec<f32>> {
        let n = self.u64()? as usize;
        if n != expected {
            return None;
        }
        let default = self.f32()?;
        let bitmap = self.take(n.div_ceil(8))?;
        let set = bitmap
            .iter()
            .map(|b| b.count_ones() as usize)
            .sum::<usize>();
        let packed = self.take(set * 2)?;
        let mut k = 0;
        Some(
            (0..n)
                .map(|i| {
                    if bitmap[i / 8] & (1 << (i % 8)) != 0 {
                        let v = f16::from_le_bytes([packed[k], packed[k + 1]]).to_f32();
                        k += 2;
                        v
                    } else {
                        default
                    }
                })
                .collect(),
        )
    }
}

impl Classifier {
    /// Serializes the model to bytes. Weights are rounded to f16.
    pub fn to_bytes(&self) -> Vec<u8> {
        let header = Header {
            featurizer: *self.featurizer.params(),
            labels: self
                .labels
                .iter()
                .map(|l| (l.clone(), l.logistic.bias))
                .collect(),
            card: self.card.clone(),
        };
        let json = serde_json::to_vec(&header).expect("header serializes");
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&(json.len() as u64).to_le_bytes());
        out.extend_from_slice(&json);
        let idf = self.featurizer.idf();
        // Most buckets share one value (0 below min_df): store only the others.
        let idf_default = most_common(idf);
        write_tensor(&mut out, idf, idf_default);
        for l in &self.labels {
            write_tensor(&mut out, &l.logistic.weights, 0.0);
        }
        let seen = self.featurizer.seen_words();
        out.extend_from_slice(&(seen.len() as u64).to_le_bytes());
        for w in seen {
            out.extend_from_slice(&w.to_le_bytes());
        }
        let crc = crc32fast::hash(&out);
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(END);
        out
    }

    /// Parses a model from bytes; `path` only names the file in errors.
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Classifier, ModelError> {
        let corrupt = |why: &str| ModelError::Corrupt {
            path: path.to_path_buf(),
            why: why.to_string(),
        };
        let (version, body) = envelope(bytes, path)?;
        let mut cur = Cursor { buf: body, pos: 12 };
        let hlen = cur.u64().ok_or_else(|| corrupt("header length missing"))? as usize;
        let json = cur.take(hlen).ok_or_else(|| corrupt("header truncated"))?;
        let header: Header = serde_json::from_slice(json)
            .map_err(|e| corrupt(&format!("header unreadable: {e}")))?;
        let params = header.featurizer;
        let lexicon = crate::features::cue_lexicon_id();
        if params.cues != 0 && params.cues != lexicon {
            return Err(ModelError::Lexicon {
                path: path.to_path_buf(),
                found: params.cues,
                expected: lexicon,
            });
        }
        let buckets = 1usize << params.buckets_log2;
        let idf = cur
            .tensor(buckets)
            .ok_or_else(|| corrupt("IDF table unreadable"))?;
        let featurizer = Featurizer::from_parts(params, idf);
        let nfeatures = featurizer.nfeatures();
        let mut labels = Vec::new();
        for (mut l, bias) in header.labels {
            let weights = cur
                .tensor(nfeatures)
                .ok_or_else(|| corrupt(&format!("weights of label {} unreadable", l.name)))?;
            l.logistic = BinaryLogistic {
                weights,
                bias,
                converged: true,
            };
            labels.push(l);
        }
        let seen = if version == FORMAT_V1 {
            Vec::new()
        } else {
            seen_words(&mut cur, &params).map_err(|why| corrupt(&why))?
        };
        if cur.pos != body.len() {
            return Err(corrupt("trailing bytes after the last tensor"));
        }
        Ok(Classifier::new(
            featurizer.with_seen_words(seen),
            labels,
            header.card,
        ))
    }

    /// Reads a model file.
    pub fn load(path: &Path) -> Result<Classifier, ModelError> {
        let bytes = std::fs::read(path).map_err(|source| ModelError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Self::from_bytes(&bytes, path)
    }

    /// Writes the model atomically: a temporary file in the same directory, then a rename,
    /// so a crash never leaves a half-written model where a good one was.
    pub fn save(&self, path: &Path) -> Result<(), ModelError> {
        crate::atomic_file::write_atomically(path, |w| w.write_all(&self.to_bytes())).map_err(
            |source| ModelError::Io {
                path: path.to_path_buf(),
                source,
            },
        )
    }
}

/// Checks the file's frame (magic, version, closing magic, checksum) and
/// returns the version and the body the checksum covers.
fn envelope<'a>(bytes: &'a [u8], path: &Path) -> Result<(u32, &'a [u8]), ModelError> {
    let corrupt = |why: &str| ModelError::Corrupt {
        path: path.to_path_buf(),
        why: why.to_string(),
    };
    if bytes.len() < 12 || &bytes[..8] != MAGIC {
        return Err(ModelError::NotAModel {
            path: path.to_path_buf(),
        });
    }
    let version = u32::from_le_bytes(bytes[8..12].try_into().expect("4 bytes"));
    if version != FORMAT_VERSION && version != FORMAT_V1 {
        return Err(ModelError::Version {
            path: path.to_path_buf(),
            found: version,
            expected: FORMAT_VERSION,
        });
    }
    if bytes.len() < 24 || &bytes[bytes.len() - 8..] != END {
        return Err(corrupt("truncated: closing magic missing"));
    }
    let body = &bytes[..bytes.len() - 12];
    let stored = u32::from_le_bytes(
        bytes[bytes.len() - 12..bytes.len() - 8]
            .try_into()
            .expect("4 bytes"),
    );
    if crc32fast::hash(body) != stored {
        return Err(corrupt("checksum mismatch"));
    }
    Ok((version, body))
}

/// The seen-word bit set (format 2 on): a word count, then the words.
fn seen_words(cur: &mut Cursor, params: &FeaturizerValidParams) -> Result<Vec<u64>, String> {
    let n = cur.u64().ok_or("seen-word set missing")? as usize;
    let expected = seen_bits_of(params) / 64;
    if n != 0 && n != expected {
        return Err(format!("seen-word set of {n} words, expected {expected}"));
    }
    let raw = cur.take(n * 8).ok_or("seen-word set truncated")?;
    Ok(raw
        .chunks_exact(8)
        .map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes")))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::{FeaturizerParams, SEEN_BITS};
    use crate::model::Thresholds;
    use linfa::ParamGuard;

    fn tiny() -> Classifier {
        let params = FeaturizerParams::new().buckets_log2(10).check().unwrap();
        let f = Featurizer::fit(params, &["ein test", "noch ein test"]);
        let mut weights = vec![0.0; f.nfeatures()];
        weights[3] = 1.5;
        weights[700] = -0.25;
        Classifier::new(
            f,
            vec![LabelModel {
                name: "toxic".into(),
                logistic: BinaryLogistic {
                    weights,
                    bias: -0.5,
                    converged: true,
                },
                platt: (1.2, -0.1),
                thresholds: Thresholds {
                    review: 0.4,
                    reject: Some(0.9),
                },
            }],
            ModelCard {
                name: "tiny".into(),
                ..ModelCard::default()
            },
        )
    }

    #[test]
    fn round_trips() {
        let m = tiny();
        let back = Classifier::from_bytes(&m.to_bytes(), Path::new("t.model")).unwrap();
        assert_eq!(back.labels, m.labels);
        assert_eq!(back.featurizer.params(), m.featurizer.params());
        assert_eq!(back.card, m.card);
        assert_eq!(back.score("ein test"), m.score("ein test"));
    }

    #[test]
    fn corruption_is_detected_and_named() {
        let mut b = tiny().to_bytes();
        let mid = b.len() / 2;
        b[mid] ^= 0xff;
        let e = Classifier::from_bytes(&b, Path::new("x.model")).unwrap_err();
        assert!(
            e.to_string().contains("x.model") && e.to_string().contains("checksum"),
            "{e}"
        );
        let b = tiny().to_bytes();
        let e = Classifier::from_bytes(&b[..b.len() - 3], Path::new("x.model")).unwrap_err();
        assert!(e.to_string().contains("truncated"), "{e}");
        let e =
            Classifier::from_bytes(b"hello world, not a model", Path::new("x.model")).unwrap_err();
        assert!(e.to_string().contains("not a moderato model"), "{e}");
    }

    #[test]
    fn the_set_of_training_words_round_trips_and_version_1_files_still_load() {
        let m = tiny();
        // A model that reads typos keeps the stems of real words in a
        // second half of the set.
        let bits = seen_bits_of(m.featurizer.params());
        assert!(m.featurizer.params().typos);
        assert_eq!(bits, 3 * SEEN_BITS);
        assert_eq!(m.featurizer.seen_words().len() * 64, bits);
        let b = m.to_bytes();
        let back = Classifier::from_bytes(&b, Path::new("t.model")).unwrap();
        assert_eq!(back.featurizer.seen_words(), m.featurizer.seen_words());
        // A version 1 file: the same bytes without the set, version 1, its
        // own checksum. It loads, with no set (the IDF table answers).
        let section = 8 + bits / 8;
        let mut v1 = b[..b.len() - 12 - section].to_vec();
        v1[8..12].copy_from_slice(&FORMAT_V1.to_le_bytes());
        let crc = crc32fast::hash(&v1);
        v1.extend_from_slice(&crc.to_le_bytes());
        v1.extend_from_slice(END);
        let old = Classifier::from_bytes(&v1, Path::new("v1.model")).unwrap();
        assert!(old.featurizer.seen_words().is_empty());
        assert_eq!(old.score("ein test"), m.score("ein test"));
        // A version 2 file cut short of its set is corrupt, not version 1.
        let mut cut = b[..b.len() - 12 - section].to_vec();
        let crc = crc32fast::hash(&cut);
        cut.extend_from_slice(&crc.to_le_bytes());
        cut.extend_from_slice(END);
        let e = Classifier::from_bytes(&cut, Path::new("cut.model")).unwrap_err();
        assert!(e.to_string().contains("seen-word set"), "{e}");
    }

    #[test]
    fn other_versions_are_refused_with_advice() {
        let mut b = tiny().to_bytes();
        b[8..12].copy_from_slice(&99u32.to_le_bytes());
        let e = Classifier::from_bytes(&b, Path::new("x.model")).unwrap_err();
        assert!(
            e.to_string().contains("version 99") && e.to_string().contains("retrain"),
            "{e}"
        );
    }

    #[test]
    fn models_with_cues_load_only_beside_their_lexicon() {
        let with = |cues: u64| {
            let mut m = tiny();
            let mut p = *m.featurizer.params();
            p.cues = cues;
            m.featurizer = Featurizer::from_parts(p, m.featurizer.idf().to_vec());
            m.to_bytes()
        };
        let ours = crate::features::cue_lexicon_id();
        let back = Classifier::from_bytes(&with(ours), Path::new("c.model")).unwrap();
        assert_eq!(back.featurizer.params().cues, ours);
        let e = Classifier::from_bytes(&with(ours ^ 1), Path::new("c.model")).unwrap_err();
        assert!(matches!(e, ModelError::Lexicon { .. }), "{e:?}");
        assert!(e.to_string().contains("retrain"), "{e}");
        assert!(!e.to_string().contains("corrupted"), "{e}");
    }
}
