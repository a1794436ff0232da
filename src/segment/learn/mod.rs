//! The learned line labeller (`crate::segment`, between line features and
//! comment assembly).
//!
//! Rules written against a handful of sites do not carry over to the next
//! site, so each non-blank line is classified as editorial text, comment
//! header, comment text or boilerplate by a multinomial logistic regression
//! (fitted with `linfa-logistic` on generated pages, see
//! [`crate::segment::synth`]) over features of the line and its neighbours,
//! and a Viterbi pass over learned label transitions turns the per-line
//! probabilities into consistent comment blocks. The rule segmenter's
//! output is one of the features; on pages where the rules find comments
//! they still decide (see `thread::segment_lines`).

mod features;
mod format;
mod train;

pub use format::LabellerError;
pub use train::{train, TrainParams};

pub(crate) use features::{rows, Rows, WIDTH};

/// The coarse role of a non-blank line that the labeller decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Coarse {
    /// Article text (headline, teaser, body, caption, credit).
    Editorial = 0,
    /// A comment's author/date line.
    Header = 1,
    /// A comment's text.
    Comment = 2,
    /// Site furniture and UI residue.
    Boiler = 3,
}

/// Number of [`Coarse`] classes.
pub(crate) const CLASSES: usize = 4;

impl Coarse {
    /// All classes in index order.
    pub const ALL: [Coarse; CLASSES] = [
        Coarse::Editorial,
        Coarse::Header,
        Coarse::Comment,
        Coarse::Boiler,
    ];

    /// The coarse class of a full label; `None` for blank lines.
    pub fn of(l: crate::segment::LineLabel) -> Option<Coarse> {
        use crate::segment::LineLabel as L;
        match l {
            L::Blank => None,
            L::CommentHeader => Some(Coarse::Header),
            L::Comment => Some(Coarse::Comment),
            L::Boilerplate => Some(Coarse::Boiler),
            _ => Some(Coarse::Editorial),
        }
    }
}

/// A fitted line labeller: class weights over [`WIDTH`] features and
/// log transition scores between the classes of consecutive lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Labeller {
    /// `WIDTH × CLASSES`, feature-major.
    pub(crate) weights: Vec<f32>,
    pub(crate) intercept: [f32; CLASSES],
    /// `trans[a][b]`: log P(next = b | this = a).
    pub(crate) trans: [[f32; CLASSES]; CLASSES],
    /// Log P(first non-blank line = a).
    pub(crate) start: [f32; CLASSES],
    /// Seed and number of generated pages it was fitted on.
    pub(crate) seed: u64,
    pub(crate) pages: u64,
}

/// The model shipped with the crate (`models/segmenter.model`).
const EMBEDDED: &[u8] = include_bytes!("../../../models/segmenter.model");

impl Labeller {
    /// The labeller shipped in the binary; `None` if it was built without one.
    pub fn embedded() -> Option<Labeller> {
        Labeller::from_bytes(EMBEDDED).ok()
    }

    /// Log probabilities of each class for one feature row.
    fn log_probs(&self, row: &[f32; WIDTH]) -> [f32; CLASSES] {
        let mut z = self.intercept;
        for (f, &x) in row.iter().enumerate() {
            if x != 0.0 {
                let w = &self.weights[f * CLASSES..(f + 1) * CLASSES];
                for c in 0..CLASSES {
                    z[c] += x * w[c];
                }
            }
        }
        let m = z.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let lse = m + z.iter().map(|v| (v - m).exp()).sum::<f32>().ln();
        z.map(|v| v - lse)
    }

    /// Log probabilities of each class for every line of the page (zeros
    /// for blank lines, which are not classified), computed row by row.
    pub(crate) fn emissions(&self, rows: &Rows, lines: usize) -> Vec<[f32; CLASSES]> {
        let mut em = vec![[0.0; CLASSES]; lines];
        for (k, &i) in rows.non_blank.iter().enumerate() {
            em[i] = self.log_probs(&rows.row(k));
        }
        em
    }

    /// The most likely class sequence over the lines `at` (non-blank lines
    /// in page order), given every line's [`Self::emissions`], and its log
    /// score.
    pub(crate) fn decode(&self, emissions: &[[f32; CLASSES]], at: &[usize]) -> (Vec<Coarse>, f32) {
        let em: Vec<[f32; CLASSES]> = at.iter().map(|&i| emissions[i]).collect();
        if em.is_empty() {
            return (Vec::new(), 0.0);
        }
        let mut score = [0.0f32; CLASSES];
        for c in 0..CLASSES {
            score[c] = self.start[c] + em[0][c];
        }
        let mut back: Vec<[u8; CLASSES]> = Vec::with_capacity(em.len());
        back.push([0; CLASSES]);
        for e in &em[1..] {
            let mut next = [f32::NEG_INFINITY; CLASSES];
            let mut from = [0u8; CLASSES];
            for b in 0..CLASSES {
                for (a, sa) in score.iter().enumerate() {
                    let s = sa + self.trans[a][b];
                    if s > next[b] {
                        next[b] = s;
                        from[b] = a as u8;
                    }
                }
                next[b] += e[b];
            }
            score = next;
            back.push(from);
        }
        let (mut best, total) =
            score
                .iter()
                .enumerate()
                .fold(
                    (0, f32::NEG_INFINITY),
                    |acc, (c, &s)| if s > acc.1 { (c, s) } else { acc },
                );
        let mut path = vec![Coarse::Editorial; em.len()];
        for t in (0..em.len()).rev() {
            path[t] = Coarse::ALL[best];
            best = back[t][best] as usize;
        }
        (path, total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_model_loads() {
        let m = Labeller::embedded().expect("models/segmenter.model is valid");
        assert_eq!(m.weights.len(), WIDTH * CLASSES);
        let bytes = m.to_bytes();
        assert_eq!(Labeller::from_bytes(&bytes).as_ref(), Ok(&m));
    }
}
