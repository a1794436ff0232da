//! A page generator for training and measuring the segmenter on layouts
//! it was not written against (`crate::segment`, tooling).
//!
//! [`generate`] renders an article page with a comment thread in one of
//! the [`FAMILIES`], as plain text or HTML, together with its gold file.
//! Texts come from a [`Corpus`] (real news articles and reader comments
//! from the shared data); everything else is drawn from a seeded [`Rng`],
//! so a family and a seed always give the same page.

mod corpus;
mod families;
mod model;
mod render;
mod vocab;

pub use corpus::Corpus;
pub use families::{Blank, Family, Markup, Reply, Titles, FAMILIES};
pub use vocab::{DateFmt, NameStyle, Rng};

use chrono::NaiveDateTime;
use thiserror::Error;

use super::GoldPage;

/// Why the generator could not run.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum SynthError {
    /// A data file is missing or malformed.
    #[error("{file}: {reason}")]
    Data {
        /// The file.
        file: String,
        /// What went wrong.
        reason: String,
    },
}

/// One generated page.
#[derive(Debug, Clone)]
pub struct SynthPage {
    /// File name, e.g. `synth-comma-num-3.txt`.
    pub name: String,
    /// The page as delivered (text or HTML).
    pub content: String,
    /// The expected segmentation.
    pub gold: GoldPage,
    /// The scrape time the page's relative stamps refer to.
    pub now: NaiveDateTime,
}

/// The scrape time of every generated page: `2026-11-22T18:00`.
pub fn scrape_time() -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
        .and_then(|d| d.and_hms_opt(18, 0, 0))
        .unwrap_or_default()
}

/// Renders page number `seed` of `family`.
pub fn generate(family: &Family, corpus: &Corpus, seed: u64) -> SynthPage {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in family.name.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
    }
    let mut rng = Rng::new(h ^ seed.wrapping_mul(0x2545_f491_4f6c_dd1d));
    let now = scrape_time();
    let m = model::build(family, corpus, &mut rng, now);
    let ext = if family.markup == Markup::Text {
        "txt"
    } else {
        "html"
    };
    let name = format!("synth-{}-{seed}.{ext}", family.name);
    let (content, line_labels) = match family.markup {
        Markup::Text => render::text(&m, family),
        _ => render::html(&m, family, &mut rng),
    };
    let gold = GoldPage {
        page: name.clone(),
        line_labels,
        comments: m.gold_comments(),
    };
    SynthPage {
        name,
        content,
        gold,
        now,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::{segment_page, InputKind, SegmentOptions};

    #[test]
    fn same_seed_same_page_and_lines_match_gold() {
        let corpus = Corpus::builtin();
        for fam in FAMILIES {
            let a = generate(fam, &corpus, 7);
            let b = generate(fam, &corpus, 7);
            assert_eq!(a.content, b.content, "{}", fam.name);
            assert!(!a.gold.comments.is_empty(), "{}", fam.name);
            let opts = SegmentOptions {
                labelling: Default::default(),
                input: if fam.markup == Markup::Text {
                    InputKind::Text
                } else {
                    InputKind::Html
                },
                now: Some(a.now),
            };
            let page = segment_page(&a.name, a.content.as_bytes(), &opts).expect("segments");
            // The gold has one label per line the segmenter sees.
            assert_eq!(
                page.line_labels.len(),
                a.gold.line_labels.len(),
                "{}\n{}",
                fam.name,
                a.content
            );
        }
    }

    /// The segmenter finds every comment of a generated page exactly.
    fn assert_segments_exactly(p: &SynthPage, name: &str, seed: u64) {
        let opts = SegmentOptions {
            now: Some(p.now),
            ..SegmentOptions::default()
        };
        let page = segment_page(&p.name, p.content.as_bytes(), &opts).expect("segments");
        let s = crate::segment::evaluate(&page, &p.gold);
        assert_eq!((s.precision(), s.recall()), (1.0, 1.0), "{name} {seed}");
    }

    /// Issue 11: header stacks of varying height (an avatar, a badge on
    /// some comments only) are generated, and the segmenter reads them.
    #[test]
    fn stack_families_vary_in_height_and_segment() {
        assert_eq!(vocab::initials("Martina Krämer"), "MK");
        assert_eq!(vocab::initials("tom_b1982"), "T");
        let corpus = Corpus::builtin();
        for name in [
            "stack-avatar-badge",
            "stack-reply-line",
            "stack-english-bullet",
        ] {
            let fam = FAMILIES.iter().find(|f| f.name == name).expect("family");
            for seed in 0..2 {
                let p = generate(fam, &corpus, seed);
                assert_segments_exactly(&p, name, seed);
            }
        }
    }

    /// The unseen9 families print their shapes (day dividers over bare
    /// times, dash signatures, short reply lines) and the rules read
    /// their pages exactly.
    #[test]
    fn unseen9_families_render_and_segment() {
        let today = chrono::NaiveDate::from_ymd_opt(2025, 12, 12).expect("day");
        let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2025, 12, d).expect("day");
        assert_eq!(vocab::divider(day(12), today, false, 0), "— Heute —");
        assert_eq!(vocab::divider(day(11), today, true, 2), "Yesterday");
        assert_eq!(
            vocab::divider(day(10), today, false, 1),
            "── Mittwoch, 10. Dezember ──"
        );
        let corpus = Corpus::builtin();
        for name in [
            "dash-pipe-below",
            "divider-bare-time",
            "divider-english",
            "name-town-stamp",
            "rank-zu-reply",
            "topic-field",
        ] {
            let fam = FAMILIES.iter().find(|f| f.name == name).expect("family");
            for seed in 0..3 {
                let p = generate(fam, &corpus, seed);
                if fam.dividers {
                    assert!(p.content.contains("Heute") || p.content.contains("Today"));
                }
                assert_segments_exactly(&p, name, seed);
            }
        }
    }

    #[test]
    fn families_have_unique_names() {
        let mut names: Vec<&str> = FAMILIES.iter().map(|f| f.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), FAMILIES.len());
        assert!(FAMILIES.len() >= 30);
    }
}
