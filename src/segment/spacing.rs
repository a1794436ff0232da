//! Spacing as a reader sees it (`crate::segment` step 1, after decoding):
//! scrapes carry tabs between a header's columns (`Kommentar 2 von
//! 11<TAB>Luca Brunold<TAB>2026-03-04T07:40:21+01:00`), which the rules,
//! reading words and column gaps of spaces, would take for one word gap.
//!
//! A tab inside a comment's text comes out as two spaces too (rare in
//! reader comments). No-break spaces, zero-width spaces and soft hyphens
//! are left alone: they are part of the comment text a page prints (and
//! of its gold), and word splitting already treats no-break spaces as
//! spaces; a line of invisible characters alone is read as no text
//! (`lines::LinePatterns::info`).

use std::borrow::Cow;

/// Each line with its tabs as column gaps of two spaces, as other sites
/// set columns apart. Lines without a tab are left borrowed.
pub(crate) fn even_out(lines: &mut [Cow<'_, str>]) {
    for l in lines.iter_mut() {
        if l.contains('\t') {
            *l = Cow::Owned(l.replace('\t', "  "));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::even_out;
    use std::borrow::Cow;

    /// Issue 11 (`unseen31`): tabs between a header's columns become
    /// column gaps; a line without one stays borrowed.
    #[test]
    fn tabs_are_column_gaps() {
        let mut lines = vec![
            Cow::Borrowed("Kommentar 2 von 11\tLuca Brunold\t04.03.2026"),
            Cow::Borrowed("Nichts Besonderes."),
        ];
        even_out(&mut lines);
        assert_eq!(lines[0], "Kommentar 2 von 11  Luca Brunold  04.03.2026");
        assert!(matches!(lines[1], Cow::Borrowed(_)));
    }
}
