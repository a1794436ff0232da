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
//!
//! Dots that a site sets between a header's or an action row's fields
//! instead of the middle dot (`Sabine R. ⋅ vor 5 Std.`, the dot operator;
//! the bullet operator; the hyphenation point) become the middle dot, which
//! every rule reads as a field separator. A comment's own text rarely has
//! them (a product `2⋅3`); there they come out as middle dots.

use std::borrow::Cow;

/// Look-alikes of the middle dot `·`.
const LOOKALIKE_DOTS: [char; 3] = ['⋅', '∙', '‧'];

/// Each line with its tabs as column gaps of two spaces, as other sites
/// set columns apart, and look-alike dots as middle dots. Lines with
/// neither are left borrowed.
pub(crate) fn even_out(lines: &mut [Cow<'_, str>]) {
    for l in lines.iter_mut() {
        if l.contains('\t') {
            *l = Cow::Owned(l.replace('\t', "  "));
        }
        if l.contains(LOOKALIKE_DOTS) {
            *l = Cow::Owned(l.replace(LOOKALIKE_DOTS, "·"));
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

    /// Issue 11 (`unseen35`, after its first contact): a site setting the
    /// dot operator between fields gets the middle dot every rule knows.
    #[test]
    fn lookalike_dots_are_middle_dots() {
        let mut lines = vec![
            Cow::Borrowed("Sabine R. ⋅ vor 5 Std. ⋅ bearbeitet"),
            Cow::Borrowed("Gefällt 3 Personen ∙ Antworten ‧ Teilen"),
        ];
        even_out(&mut lines);
        assert_eq!(lines[0], "Sabine R. · vor 5 Std. · bearbeitet");
        assert_eq!(lines[1], "Gefällt 3 Personen · Antworten · Teilen");
    }
}
