//! Import of Coral Talk's banned and suspect word lists (one term per line,
//! as Coral's admin exports and accepts them) into a policy file, so a
//! newsroom moving from Coral keeps its lists.

use std::fmt::Write as _;

use super::error::PolicyError;
use super::rules;

/// What an import produced.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CoralImport {
    /// The policy file text (TOML).
    pub toml: String,
    /// Terms kept per list (banned, suspect).
    pub kept: (usize, usize),
    /// Blank lines, duplicates and lines without a letter or digit skipped.
    pub skipped: usize,
}

/// Unique, non-blank terms of a list, in order; counts what was skipped.
fn terms(list: &str, skipped: &mut usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for line in list.lines() {
        let t = line.trim().trim_start_matches('\u{feff}').trim();
        if t.is_empty() || !t.chars().any(char::is_alphanumeric) {
            *skipped += 1;
            continue;
        }
        // Coral compares case-insensitively; so do duplicates here.
        if !seen.insert(t.to_lowercase()) {
            *skipped += 1;
            continue;
        }
        out.push(t.to_string());
    }
    out
}

fn rule(out: &mut String, name: &str, action: &str, reason: &str, terms: &[String]) {
    if terms.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n[[rule]]\nname = \"{name}\"\naction = \"{action}\"");
    let _ = writeln!(out, "reason = \"{reason}\"\nterms = [");
    for t in terms {
        // TOML basic strings: the same escapes as JSON.
        let _ = writeln!(out, "  {},", serde_json::to_string(t).unwrap_or_default());
    }
    out.push_str("]\n");
}

/// Builds a policy from Coral's lists: banned terms become a `reject` rule
/// `coral-banned`, suspect terms a `review` rule `coral-suspect`, both whole
/// words or phrases, as Coral matches them. The result is compiled once to
/// be sure it loads.
///
/// ```
/// let i = moderato::policy::coral_to_toml("Arschloch\n\narschloch\nKopf ab\n", "").unwrap();
/// assert_eq!(i.kept, (2, 0));
/// assert_eq!(i.skipped, 2);
/// ```
pub fn coral_to_toml(banned: &str, suspect: &str) -> Result<CoralImport, PolicyError> {
    let mut skipped = 0;
    let b = terms(banned, &mut skipped);
    let s = terms(suspect, &mut skipped);
    let mut toml = String::from(
        "# Imported from Coral Talk's banned and suspect word lists by `moderato policy import-coral`.\n",
    );
    rule(&mut toml, "coral-banned", "reject", "Coral banned word", &b);
    rule(
        &mut toml,
        "coral-suspect",
        "review",
        "Coral suspect word",
        &s,
    );
    rules::compile(&toml, "<imported>")?;
    Ok(CoralImport {
        toml,
        kept: (b.len(), s.len()),
        skipped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::Policy;

    #[test]
    fn lists_become_two_rules() {
        let i = coral_to_toml("Schlampe\n  \nSCHLAMPE\n", "Lügenpresse\n\"Zitat\"\n---\n").unwrap();
        assert_eq!(i.kept, (1, 2));
        assert_eq!(i.skipped, 3);
        let p = Policy::from_toml(&i.toml, "imp").unwrap();
        let m = p.check("Diese Lügenpresse!");
        assert_eq!(m[0].label(), "coral-suspect:Lügenpresse");
        assert_eq!(p.check("Du Schl4mpe")[0].rule, "coral-banned");
    }
}
