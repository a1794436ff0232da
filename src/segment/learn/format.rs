//! The segmenter model file: magic, version, feature width, little-endian
//! f32 weights, transitions, the training seed and page count, CRC32.

use thiserror::Error;

use super::{Labeller, CLASSES, WIDTH};

const MAGIC: &[u8; 8] = b"MODSEG\0\x01";
/// Bumped whenever the features change meaning.
const FEATURES_VERSION: u32 = 1;

/// Why a segmenter model file was refused.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LabellerError {
    /// Not a segmenter model file, or a truncated one.
    #[error("not a moderato segmenter model ({0})")]
    Format(&'static str),
    /// Written for other line features; retrain with `synth-pages train`.
    #[error("segmenter model has features version {found} and width {width}; this build needs version {FEATURES_VERSION} and width {WIDTH}: retrain it with `synth-pages train`")]
    Version {
        /// Version in the file.
        found: u32,
        /// Width in the file.
        width: u32,
    },
    /// Fitting failed.
    #[error("fitting the line labeller failed: {0}")]
    Fit(String),
}

impl Labeller {
    /// The model file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(64 + 4 * (self.weights.len() + 40));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FEATURES_VERSION.to_le_bytes());
        out.extend_from_slice(&(WIDTH as u32).to_le_bytes());
        out.extend_from_slice(&self.seed.to_le_bytes());
        out.extend_from_slice(&self.pages.to_le_bytes());
        let floats = self
            .weights
            .iter()
            .chain(&self.intercept)
            .chain(self.trans.iter().flatten())
            .chain(&self.start);
        for f in floats {
            out.extend_from_slice(&f.to_le_bytes());
        }
        let crc = crc32fast::hash(&out);
        out.extend_from_slice(&crc.to_le_bytes());
        out
    }

    /// Reads a model file.
    ///
    /// # Errors
    ///
    /// [`LabellerError`] for a foreign, damaged or outdated file.
    pub fn from_bytes(b: &[u8]) -> Result<Labeller, LabellerError> {
        let n_floats = WIDTH * CLASSES + CLASSES + CLASSES * CLASSES + CLASSES;
        if b.len() < 32 || &b[..8] != MAGIC {
            return Err(LabellerError::Format("bad magic"));
        }
        let u32_at = |k: usize| u32::from_le_bytes([b[k], b[k + 1], b[k + 2], b[k + 3]]);
        let u64_at = |k: usize| {
            let mut a = [0u8; 8];
            a.copy_from_slice(&b[k..k + 8]);
            u64::from_le_bytes(a)
        };
        let (version, width) = (u32_at(8), u32_at(12));
        if version != FEATURES_VERSION || width as usize != WIDTH {
            return Err(LabellerError::Version {
                found: version,
                width,
            });
        }
        if b.len() != 32 + 4 * n_floats + 4 {
            return Err(LabellerError::Format("wrong length"));
        }
        let body = b.len() - 4;
        if crc32fast::hash(&b[..body]) != u32_at(body) {
            return Err(LabellerError::Format("checksum mismatch"));
        }
        let f: Vec<f32> = b[32..body]
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        let (weights, rest) = f.split_at(WIDTH * CLASSES);
        let mut intercept = [0.0; CLASSES];
        intercept.copy_from_slice(&rest[..CLASSES]);
        let mut trans = [[0.0; CLASSES]; CLASSES];
        for (a, row) in trans.iter_mut().enumerate() {
            row.copy_from_slice(&rest[CLASSES + a * CLASSES..CLASSES + (a + 1) * CLASSES]);
        }
        let mut start = [0.0; CLASSES];
        start.copy_from_slice(&rest[CLASSES + CLASSES * CLASSES..]);
        Ok(Labeller {
            weights: weights.to_vec(),
            intercept,
            trans,
            start,
            seed: u64_at(16),
            pages: u64_at(24),
        })
    }
}
