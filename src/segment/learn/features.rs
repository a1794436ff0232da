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
        rep_count(rep),
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

/// The first of the three repetition features in a line's own row.
const REP_AT: usize = 35;

fn rep_count(rep: (f32, f32)) -> f32 {
    (1.0 + rep.0).ln() / 3.0
}

/// Writes the repetition features (count and regularity of the line's
/// shape on the page) into a line's own row: they need the whole page's
/// shapes, which are not kept.
fn set_rep(own: &mut [f32; OWN], rep: (f32, f32)) {
    own[REP_AT] = rep_count(rep);
    own[REP_AT + 1] = b(rep.0 >= 3.0);
    own[REP_AT + 2] = rep.1;
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

/// Positions of the own features that are not 0 or 1: length, position
/// on the page, repetition count and regularity.
const REAL_AT: [usize; 4] = [1, 34, REP_AT, REP_AT + 2];

const _: () = assert!(OWN <= 64, "the 0/1 features of a line fit one u64");

/// A line's own features in 24 bytes rather than 200: all but four are 0
/// or 1, and a 10 MB page's rows took 20 MB as floats. Exact: unpacking
/// gives the floats back bit for bit.
#[derive(Debug, Clone, Copy, PartialEq)]
struct PackedOwn {
    ones: u64,
    reals: [f32; 4],
}

impl PackedOwn {
    fn pack(own: &[f32; OWN]) -> Self {
        let mut p = PackedOwn {
            ones: 0,
            reals: REAL_AT.map(|i| own[i]),
        };
        for (i, &v) in own.iter().enumerate() {
            if REAL_AT.contains(&i) {
                continue;
            }
            assert!(
                v == 0.0 || v == 1.0,
                "own feature {i} is {v}, not 0 or 1: list it in REAL_AT"
            );
            if v == 1.0 {
                p.ones |= 1 << i;
            }
        }
        p
    }

    fn unpack(&self) -> [f32; OWN] {
        let mut own: [f32; OWN] = std::array::from_fn(|i| ((self.ones >> i) & 1) as f32);
        for (k, &i) in REAL_AT.iter().enumerate() {
            own[i] = self.reals[k];
        }
        own
    }
}

/// The feature rows of a page, assembled one at a time from each line's
/// own features: a row is five lines' own features side by side, and
/// holding all rows of a 10 MB page took 1 KB per line.
pub(crate) struct Rows {
    owns: Vec<PackedOwn>,
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
        // One pass: each line's shape is used for its key and its own row,
        // then dropped (all shapes of a 10 MB page took 15 MB); the
        // repetition features follow once all keys are known.
        let mut keys: Vec<Option<String>> = Vec::with_capacity(n);
        let mut owns: Vec<PackedOwn> = Vec::with_capacity(n);
        for i in 0..n {
            if infos[i].blank {
                keys.push(None);
                owns.push(PackedOwn::pack(&[0.0; OWN]));
                continue;
            }
            let shape = if infos[i].chars > 120 {
                None
            } else {
                header::shape(lines[i].trim(), dp)
            };
            keys.push(Some(shape_key(shape.as_ref(), &infos[i])));
            let around = (
                i == 0 || infos[i - 1].blank,
                i + 1 == n || infos[i + 1].blank,
            );
            owns.push(PackedOwn::pack(&own(
                lines[i],
                &infos[i],
                shape.as_ref(),
                (0.0, 0.0),
                rule.get(i).copied(),
                hints.map(|h| &h[i]),
                around,
                i as f32 / n.max(1) as f32,
            )));
        }
        for (i, rep) in repetition(&keys).into_iter().enumerate() {
            if !infos[i].blank {
                let mut o = owns[i].unpack();
                set_rep(&mut o, rep);
                owns[i] = PackedOwn::pack(&o);
            }
        }
        let non_blank: Vec<usize> = (0..n).filter(|&i| !infos[i].blank).collect();
        Self { owns, non_blank }
    }

    /// The row of the `k`-th non-blank line.
    pub(crate) fn row(&self, k: usize) -> [f32; WIDTH] {
        let nb = &self.non_blank;
        let mut row = [0.0; WIDTH];
        row[..OWN].copy_from_slice(&self.owns[nb[k]].unpack());
        for d in 1..=CONTEXT {
            let slot = |side: usize| OWN * (1 + (d - 1) * 2 + side);
            if let Some(&p) = k.checked_sub(d).and_then(|j| nb.get(j)) {
                row[slot(0)..slot(0) + OWN].copy_from_slice(&self.owns[p].unpack());
            }
            if let Some(&q) = nb.get(k + d) {
                row[slot(1)..slot(1) + OWN].copy_from_slice(&self.owns[q].unpack());
            }
        }
        row
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_features_unpack_bit_for_bit() {
        let dp = DatePatterns::new();
        let lp = crate::segment::lines::LinePatterns::new();
        let lines = [
            "Anna Beck",
            "22.11.2026, 09:14 Uhr",
            "Antworten  Melden",
            "Das ist ein ganzer Satz mit vielen Wörtern, wie ihn ein Kommentar hat.",
            "@Tom: nein",
            "",
        ];
        for (i, l) in lines.iter().enumerate() {
            let info = lp.info(l);
            let shape = header::shape(l.trim(), &dp);
            for rep in [(0.0, 0.0), (4.0, 0.8)] {
                let o = own(
                    l,
                    &info,
                    shape.as_ref(),
                    rep,
                    None,
                    None,
                    (i == 0, false),
                    i as f32 / 6.0,
                );
                let back = PackedOwn::pack(&o).unpack();
                assert_eq!(back.map(f32::to_bits), o.map(f32::to_bits), "{l:?}");
            }
        }
    }

    #[test]
    fn repetition_features_set_afterwards_equal_those_given_up_front() {
        let info = LineInfo {
            chars: 9,
            words: 2,
            ..LineInfo::default()
        };
        let row = |rep| {
            own(
                "Anna Beck",
                &info,
                None,
                rep,
                None,
                None,
                (true, false),
                0.5,
            )
        };
        for rep in [(0.0, 0.0), (2.0, 0.25), (7.0, 1.0)] {
            let mut late = row((0.0, 0.0));
            set_rep(&mut late, rep);
            assert_eq!(late, row(rep));
        }
    }
}
