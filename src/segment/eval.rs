//! Scoring a segmented page against a gold file (`crate::segment`, evaluation).
//!
//! [`GoldPage`] reads the `.gold.json` files; [`evaluate`] reports line
//! accuracy, comment-level precision and recall (a predicted comment counts
//! when author, posted and text all equal a gold comment's), and per-field
//! exact matches of aligned comment pairs.

use serde::{Deserialize, Serialize};

use super::{Comment, LineLabel, Page};

/// A gold file: the expected labels and comments of one page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldPage {
    /// The page's file name.
    pub page: String,
    /// One label per line.
    pub line_labels: Vec<LineLabel>,
    /// The expected comments in page order.
    pub comments: Vec<Comment>,
}

/// Exact-match counts per comment field over aligned comment pairs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct FieldCounts {
    /// Pairs with equal `author`.
    pub author: usize,
    /// Pairs with equal `posted`.
    pub posted: usize,
    /// Pairs with equal `reply_to`.
    pub reply_to: usize,
    /// Pairs with equal `title`.
    pub title: usize,
    /// Pairs with equal `text`.
    pub text: usize,
}

/// How well a prediction matches its gold page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct PageScore {
    /// Lines compared: the longer of the two label lists.
    pub lines: usize,
    /// Lines with the gold label.
    pub lines_correct: usize,
    /// Predicted comments.
    pub predicted: usize,
    /// Gold comments.
    pub gold: usize,
    /// Predicted comments equal to a gold one in author, posted and text.
    pub matched: usize,
    /// Field matches over gold comments aligned to predicted ones.
    pub fields: FieldCounts,
}

impl PageScore {
    /// Share of lines labelled as in gold (1.0 for two empty pages).
    pub fn line_accuracy(&self) -> f64 {
        ratio(self.lines_correct, self.lines)
    }

    /// Share of predicted comments that match a gold one (1.0 if none predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }

    /// Share of gold comments that were found (1.0 if gold has none).
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    /// Adds another page's counts (for corpus-level scores).
    pub fn add(&mut self, o: &PageScore) {
        self.lines += o.lines;
        self.lines_correct += o.lines_correct;
        self.predicted += o.predicted;
        self.gold += o.gold;
        self.matched += o.matched;
        self.fields.author += o.fields.author;
        self.fields.posted += o.fields.posted;
        self.fields.reply_to += o.fields.reply_to;
        self.fields.title += o.fields.title;
        self.fields.text += o.fields.text;
    }

    /// Whether the prediction equals gold in every line and comment field.
    pub fn is_exact(&self) -> bool {
        let f = self.fields;
        self.lines_correct == self.lines
            && self.matched == self.gold
            && self.matched == self.predicted
            && [f.author, f.posted, f.reply_to, f.title, f.text]
                .iter()
                .all(|&n| n == self.gold)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn key(c: &Comment) -> (&Option<String>, &Option<String>, &str) {
    (&c.author, &c.posted, &c.text)
}

/// Scores a predicted page against its gold file.
pub fn evaluate(pred: &Page, gold: &GoldPage) -> PageScore {
    let lines = pred.line_labels.len().max(gold.line_labels.len());
    let lines_correct = pred
        .line_labels
        .iter()
        .zip(&gold.line_labels)
        .filter(|(a, b)| a == b)
        .count();
    // Comment matches: each predicted comment may match one gold comment.
    let mut used = vec![false; gold.comments.len()];
    let mut matched = 0;
    for p in &pred.comments {
        if let Some(k) =
            (0..gold.comments.len()).find(|&k| !used[k] && key(&gold.comments[k]) == key(p))
        {
            used[k] = true;
            matched += 1;
        }
    }
    // Field counts: align in page order, each gold comment to the unused
    // predicted comment (from the current position on) sharing most fields.
    let mut fields = FieldCounts::default();
    let mut from = 0;
    for g in &gold.comments {
        let agree = |p: &Comment| {
            [
                p.author == g.author,
                p.posted == g.posted,
                p.reply_to == g.reply_to,
                p.title == g.title,
                p.text == g.text,
            ]
        };
        let best = (from..pred.comments.len().min(from + 50))
            .map(|k| (agree(&pred.comments[k]).iter().filter(|&&b| b).count(), k))
            .filter(|&(n, _)| n > 0)
            .max_by_key(|&(n, k)| (n, usize::MAX - k));
        if let Some((_, k)) = best {
            let a = agree(&pred.comments[k]);
            fields.author += usize::from(a[0]);
            fields.posted += usize::from(a[1]);
            fields.reply_to += usize::from(a[2]);
            fields.title += usize::from(a[3]);
            fields.text += usize::from(a[4]);
            from = k + 1;
        }
    }
    PageScore {
        lines,
        lines_correct,
        predicted: pred.comments.len(),
        gold: gold.comments.len(),
        matched,
        fields,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(author: &str, text: &str) -> Comment {
        Comment {
            author: Some(author.into()),
            posted: None,
            reply_to: None,
            text: text.into(),
            title: text.lines().next().unwrap_or("").into(),
        }
    }

    #[test]
    fn scores_lines_and_comments() {
        use LineLabel::*;
        let gold = GoldPage {
            page: "p".into(),
            line_labels: vec![Headline, CommentHeader, Comment, CommentHeader, Comment],
            comments: vec![comment("Anna", "Gut so."), comment("Tom", "Nein.")],
        };
        let pred = Page {
            page: "p".into(),
            line_labels: vec![Headline, CommentHeader, Comment, Comment, Comment],
            comments: vec![comment("Anna", "Gut so.\nTom\nNein.")],
            article: Default::default(),
        };
        let s = evaluate(&pred, &gold);
        assert_eq!((s.lines, s.lines_correct, s.matched), (5, 4, 0));
        assert_eq!(s.fields.author, 1);
        assert_eq!(s.fields.text, 0);
        assert_eq!(s.recall(), 0.0);
        assert!(!s.is_exact());
    }
}
