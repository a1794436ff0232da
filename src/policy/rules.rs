//! The policy file format (TOML) and its compilation into a matcher.
//!
//! ```toml
//! [[rule]]
//! name = "coded-hate"
//! action = "review"            # or "reject" (Coral: suspect / banned)
//! reason = "antisemitic code"  # shown to moderators, optional
//! inflect = true               # accept German endings on every word
//! terms = ["auserwähltes Volk", "umvolk*", "gehören ... erschossen"]
//! near = ["heil", "hitler"]    # optional: only with one of these nearby
//! unless = ["euro"]            # optional: never with one of these nearby
//! window = 6                   # words before and after for near/unless
//! ```
//!
//! Terms are normalized exactly like comments (case, homoglyphs, leetspeak),
//! so `Arschloch` in the list also finds `A r s c h l o c h` and `Αrschloch`.

use serde::Deserialize;
use toml::Spanned;

use super::error::PolicyError;
use super::matcher::{collapse, Matcher, TokenPattern};
use crate::text::{tokens, Normalizer, NormalizerParams};

/// What a matching rule does to a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// At least review: a moderator must look (Coral's "suspect" words).
    #[serde(alias = "suspect")]
    Review,
    /// Reject (Coral's "banned" words).
    #[serde(alias = "banned")]
    Reject,
}

impl Action {
    /// Lower-case name as written in policy files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Review => "review",
            Action::Reject => "reject",
        }
    }
}

fn default_window() -> usize {
    6
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    #[serde(default)]
    rule: Vec<RuleDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleDef {
    name: Spanned<String>,
    action: Action,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    inflect: bool,
    terms: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    near: Vec<Spanned<String>>,
    #[serde(default)]
    unless: Vec<Spanned<String>>,
    #[serde(default = "default_window")]
    window: usize,
}

/// One compiled rule.
#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub(crate) name: String,
    pub(crate) action: Action,
    pub(crate) reason: String,
    pub(crate) near: Option<Matcher>,
    pub(crate) unless: Option<Matcher>,
    pub(crate) window: usize,
}

/// Rules plus one matcher over all their terms.
#[derive(Debug, Clone)]
pub(crate) struct Compiled {
    pub(crate) rules: Vec<Rule>,
    pub(crate) matcher: Matcher,
    /// Per term of `matcher`: its rule and the term as written.
    pub(crate) terms: Vec<(usize, String)>,
}

/// Most words a `...` in a term stands for.
const MAX_GAP: u8 = 2;

fn line_of(src: &str, byte: usize) -> usize {
    src[..byte.min(src.len())].matches('\n').count() + 1
}

/// A term as token patterns: words split at spaces, each normalized; a
/// trailing `*` makes the last word a prefix, `inflect` lets the others take
/// German endings.
pub(crate) fn parse_term(
    term: &str,
    inflect: bool,
    norm: &mut Normalizer,
) -> Result<Vec<TokenPattern>, String> {
    let mut out = Vec::new();
    for piece in term.split_whitespace() {
        if piece == "..." || piece == "…" {
            if out.is_empty() {
                return Err(format!("term {term:?} starts with a gap"));
            }
            out.push(TokenPattern::Gap(MAX_GAP));
            continue;
        }
        let body = piece.trim_end_matches('*');
        let prefix = body.len() < piece.len();
        let n = norm.normalize(body);
        let words: Vec<&str> = tokens(&n.text)
            .map(|t| &n.text[t.start..t.end])
            .filter(|w| w.chars().all(char::is_alphanumeric))
            .collect();
        if words.is_empty() {
            return Err(format!("term {term:?}: {piece:?} has no letters or digits"));
        }
        let last = words.len() - 1;
        for (i, w) in words.into_iter().enumerate() {
            out.push(match (prefix && i == last, inflect) {
                (true, _) => TokenPattern::Prefix(collapse(w).into()),
                (false, true) => TokenPattern::inflect(w),
                (false, false) => TokenPattern::Exact(collapse(w).into()),
            });
        }
    }
    if out.is_empty() {
        return Err(format!("term {term:?} is empty"));
    }
    if matches!(out.last(), Some(TokenPattern::Gap(_))) {
        return Err(format!("term {term:?} ends with a gap"));
    }
    Ok(out)
}

/// Parses and compiles a policy; `file` names it in errors.
pub(crate) fn compile(src: &str, file: &str) -> Result<Compiled, PolicyError> {
    let parsed: PolicyFile = toml::from_str(src).map_err(|e| PolicyError::Syntax {
        file: file.to_string(),
        line: e.span().map_or(1, |s| line_of(src, s.start)),
        message: e.message().trim().to_string(),
    })?;
    let mut norm = Normalizer::new(NormalizerParams::default());
    let mut rules = Vec::new();
    let mut patterns = Vec::new();
    let mut terms = Vec::new();
    for def in parsed.rule {
        let name = def.name.get_ref().trim().to_string();
        let bad = |at: usize, message: String| PolicyError::Rule {
            file: file.to_string(),
            line: line_of(src, at),
            rule: name.clone(),
            message,
        };
        if name.is_empty() {
            return Err(bad(def.name.span().start, "the name is empty".into()));
        }
        if rules.iter().any(|r: &Rule| r.name == name) {
            return Err(bad(
                def.name.span().start,
                "a rule of this name exists".into(),
            ));
        }
        if def.terms.get_ref().is_empty() {
            return Err(bad(def.terms.span().start, "no terms".into()));
        }
        let rule = rules.len();
        for t in def.terms.get_ref() {
            let p = parse_term(t.get_ref(), def.inflect, &mut norm)
                .map_err(|m| bad(t.span().start, m))?;
            patterns.push(p);
            terms.push((rule, t.get_ref().trim().to_string()));
        }
        let mut context = |list: &[Spanned<String>]| -> Result<Option<Matcher>, PolicyError> {
            if list.is_empty() {
                return Ok(None);
            }
            let pats = list
                .iter()
                .map(|t| {
                    parse_term(t.get_ref(), def.inflect, &mut norm)
                        .map_err(|m| bad(t.span().start, m))
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Some(Matcher::new(pats)))
        };
        let near = context(&def.near)?;
        let unless = context(&def.unless)?;
        rules.push(Rule {
            name,
            action: def.action,
            reason: def.reason,
            near,
            unless,
            window: def.window,
        });
    }
    Ok(Compiled {
        rules,
        matcher: Matcher::new(patterns),
        terms,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_normalized_like_comments() {
        let mut n = Normalizer::new(NormalizerParams::default());
        assert_eq!(
            parse_term("Arschl0ch", false, &mut n).unwrap(),
            [TokenPattern::Exact("arschloch".into())]
        );
        assert_eq!(
            parse_term("Umvolk*", false, &mut n).unwrap(),
            [TokenPattern::Prefix("umvolk".into())]
        );
        assert_eq!(parse_term("Kopf ab", false, &mut n).unwrap().len(), 2);
        assert!(parse_term(" * ", false, &mut n).is_err());
    }

    #[test]
    fn errors_name_file_line_and_rule() {
        let src = "[[rule]]\nname = \"drohung\"\naction = \"reject\"\nterms = [\n  \"kopf ab\",\n  \"!!\",\n]\n";
        let e = compile(src, "p.toml").unwrap_err().to_string();
        assert!(e.starts_with("p.toml:6: rule \"drohung\""), "{e}");
        let e = compile(
            "[[rule]]\nname = \"x\"\naction = \"weg\"\nterms = [\"a\"]\n",
            "p.toml",
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("p.toml:3:"), "{e}");
        assert!(e.contains("weg"), "{e}");
    }
}
