//! Line features for the learned labeller: what a line looks like (token
//! shape classes, length, punctuation, indentation), what stands around it,
//! how often its shape repeats on the page and at which regularity, what
//! the rule segmenter said about it, and the HTML hints.

use std::collections::BTreeMap;

use super::Coarse;
use crate::segment::dates::DatePatterns;
use crate::segment::header::{self, Shape};
use crate::segment::html::Hint;
use crate::segment::lines::LineInfo;

/// Features of one line on its own.
pub(crate) const OWN: usize = 50;
/// Neighbours looked at on each side (nearest non-blank lines).
const CONTEXT: usize = 2;
/// Length of a full feature row: own, neighbours' own, and page-level.
pub(crate) const WIDTH: usize = OWN * (1 + 2 * CONTEXT);

/// The shape key that repetition is counted on: the header shape with the
/// stamp class blanked, or a length class for text lines.
fn shape_key(s: Option<&Shape>, info: &LineInfo) -> String {
    match s {
        Some(s) if s.stamp.is_some() || s.name_only || s.speech => header::family(&s.sig),
        _ if info.ui => "UI".into(),
        _ => format!("L{}", (info.chars / 60).min(4)),
    }
}

/// Count and regularity (gaps of similar size) of each line's shape key.
fn repetition(keys: &[Option<String>]) -> Vec<(f32, f32)> {
    let mut at: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, k) in keys.iter().enumerate() {
        if let Some(k) = k {
            at.entry(k.as_str()).or_default().push(i);
        }
    }
    let stats: BTreeMap<&str, (f32, f32)> = at
        .iter()
        .map(|(k, v)| {
            let gaps: Vec<f32> = v.windows(2).map(|w| (w[1] - w[0]) as f32).collect();
            let regular = if gaps.len() >= 2 {
                let mean = gaps.iter().sum::<f32>() / gaps.len() as f32;
                let var = gaps.iter().map(|g| (g - mean).powi(2)).sum::<f32>() / gaps.len() as f32;
                f32::from(var.sqrt() <= 0.6 * mean)
            } else {
                0.0
            };
            (*k, (v.len() as f32, regular))
        })
        .collect();
    keys.iter()
        .map(|k| {
            k.as_deref()
                .and_then(|k| stats.get(k))
                .copied()
                .unwrap_or((0.0, 0.0))
        })
        .collect()
}

fn b(x: bool) -> f32 {
    f32::from(u8::from(x))
}

/// What one line looks like, including blank lines around it.
#[allow(clippy::too_many_arguments)]
fn own(
    t: &str,
    info: &LineInfo,
    s: Option<&Shape>,
    rep: (f32, f32),
    rule: Option<Coarse>,
    hint: Option<&Hint>,
    around: (bool, bool),
    pos: f32,
) -> [f32; OWN] {
    let tt = t.trim();
    let lower = if info.chars <= 200 {
        tt.to_lowercase()
    } else {
        String::new()
    };
    let first = tt.chars().next().unwrap_or(' ');
    let digits = tt.chars().filter(char::is_ascii_digit).count();
    let stamp = s.and_then(|s| s.stamp.as_ref());
    let h = hint.copied().unwrap_or_default();
    [
        1.0,
        ((1 + info.chars) as f32).ln() / 6.0,
        b(info.words == 1),
        b(info.words <= 3),
        b(info.words <= 8),
        b(info.words > 20),
        b(info.ui),
        b(info.boiler >= 1),
        b(info.boiler >= 2),
        b(info.credit),
        b(info.photo_marker),
        b(info.sentence_end),
        b(info.numbered),
        b(stamp.is_some()),
        b(stamp.is_some_and(|st| st.is_relative())),
        b(s.is_some_and(|s| s.stamp_only)),
        b(s.is_some_and(|s| s.name_only)),
        b(s.is_some_and(|s| s.header_like)),
        b(s.is_some_and(|s| s.speech)),
        b(s.is_some_and(|s| s.bullet)),
        b(s.is_some_and(|s| s.reply_to.is_some())),
        b(tt.starts_with('@')),
        b(tt.starts_with('>')),
        b(lower.starts_with("re:")),
        b(lower.contains("schrieb") || lower.contains("wrote")),
        b(lower.starts_with("zitat von") || lower.starts_with("antwort auf")),
        b(tt.ends_with(':')),
        b(first.is_uppercase()),
        b(first.is_ascii_digit()),
        b(!first.is_alphanumeric()),
        b(digits * 3 > info.chars.max(1)),
        b(t.starts_with([' ', '\t'])),
        b(around.0),
        b(around.1),
        pos,
        (1.0 + rep.0).ln() / 3.0,
        b(rep.0 >= 3.0),
        rep.1,
        b(rule == Some(Coarse::Editorial)),
        b(rule == Some(Coarse::Header)),
        b(rule == Some(Coarse::Comment)),
        b(rule == Some(Coarse::Boiler)),
        b(hint.is_some()),
        b(h.heading),
        b(h.chrome),
        b(h.item.is_some()),
        b(h.meta),
        b(h.caption || h.lead),
        b(info.chars > 160),
        b(s.is_some_and(|s| s.name.is_some())),
    ]
}

/// One feature row per line (blank lines get a row of zeros; they are not
/// classified). For training; scoring a page goes row by row through
/// [`Rows`], so that a large page never holds all its rows at once.
pub(crate) fn rows(
    lines: &[&str],
    infos: &[LineInfo],
    rule: &[Coarse],
    hints: Option<&[Hint]>,
    dp: &DatePatterns,
) -> Vec<[f32; WIDTH]> {
    let r = Rows::new(lines, infos, rule, hints, dp);
    let mut out = vec![[0.0; WIDTH]; lines.len()];
    for (k, &i) in r.non_blank.iter().enumerate() {
        out[i] = r.row(k);
    }
    out
}

/// The feature rows of a page, assembled one at a time from each line's
/// own features: a row is five lines' own features side by side, and
/// holding all rows of a 10 MB page took 1 KB per line.
pub(crate) struct Rows {
    owns: Vec<[f32; OWN]>,
    /// The non-blank lines, in page order.
    pub(crate) non_blank: Vec<usize>,
}

impl Rows {
    pub(crate) fn new(
        lines: &[&str],
        infos: &[LineInfo],
        rule: &[Coarse],
        hints: Option<&[Hint]>,
        dp: &DatePatterns,
    ) -> Self {
        let n = lines.len();
        let shapes: Vec<Option<Shape>> = lines
            .iter()
            .zip(infos)
            .map(|(l, i)| {
                if i.blank || i.chars > 120 {
                    None
                } else {
                    header::shape(l.trim(), dp)
                }
            })
            .collect();
        let keys: Vec<Option<String>> = (0..n)
            .map(|i| (!infos[i].blank).then(|| shape_key(shapes[i].as_ref(), &infos[i])))
            .collect();
        let rep = repetition(&keys);
        let owns: Vec<[f32; OWN]> = (0..n)
            .map(|i| {
                if infos[i].blank {
                    return [0.0; OWN];
                }
                let around = (
                    i == 0 || infos[i - 1].blank,
                    i + 1 == n || infos[i + 1].blank,
                );
                own(
                    lines[i],
                    &infos[i],
                    shapes[i].as_ref(),
                    rep[i],
                    rule.get(i).copied(),
                    hints.map(|h| &h[i]),
                    around,
                    i as f32 / n.max(1) as f32,
                )
            })
            .collect();
        let non_blank: Vec<usize> = (0..n).filter(|&i| !infos[i].blank).collect();
        Self { owns, non_blank }
    }

    /// The row of the `k`-th non-blank line.
    pub(crate) fn row(&self, k: usize) -> [f32; WIDTH] {
        let nb = &self.non_blank;
        let mut row = [0.0; WIDTH];
        row[..OWN].copy_from_slice(&self.owns[nb[k]]);
        for d in 1..=CONTEXT {
            let slot = |side: usize| OWN * (1 + (d - 1) * 2 + side);
            if let Some(&p) = k.checked_sub(d).and_then(|j| nb.get(j)) {
                row[slot(0)..slot(0) + OWN].copy_from_slice(&self.owns[p]);
            }
            if let Some(&q) = nb.get(k + d) {
                row[slot(1)..slot(1) + OWN].copy_from_slice(&self.owns[q]);
            }
        }
        row
    }
}
