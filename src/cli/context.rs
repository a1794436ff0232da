//! Context for the off-topic label on the command line: finding the context
//! model beside the main model, the context columns of a scored table, the
//! `--articles` file, and the thread remembered per article while streaming.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _, Result};
use serde_json::Value;

use super::args::{ContextArgs, ModelArg};
use super::common::model_path;
use crate::context::{article_text, Context, ContextModel, ThreadBuffer, DEFAULT_CONTEXT_MODEL};
use crate::io::Row;

/// Where the context model is: `$MODERATO_CONTEXT_MODEL`, else
/// `offtopic-context.model` beside the main model.
pub fn context_model_path(arg: &ModelArg) -> PathBuf {
    if let Some(p) = std::env::var_os("MODERATO_CONTEXT_MODEL") {
        return PathBuf::from(p);
    }
    model_path(arg).with_file_name(DEFAULT_CONTEXT_MODEL)
}

/// Loads the context model if there is one; a file that is there but broken is an error.
pub fn load_context_model(arg: &ModelArg) -> Result<Option<ContextModel>> {
    let p = context_model_path(arg);
    if !p.exists() {
        tracing::info!(
            "{}: no context model; off-topic is scored from text alone",
            p.display()
        );
        return Ok(None);
    }
    Ok(Some(ContextModel::load(&p)?))
}

/// Column names tried for each context field when no flag names it.
const ARTICLE_ID: [&str; 6] = [
    "article_id",
    "id_article",
    "articleid",
    "story_id",
    "asset_id",
    "page",
];
const ARTICLE_TEXT: [&str; 2] = ["article_text", "article_body"];
const ID: [&str; 4] = ["id", "comment_id", "id_post", "post_id"];
const PARENT_ID: [&str; 4] = ["parent_id", "id_parent_post", "parent", "reply_to_id"];
const PARENT_TEXT: [&str; 2] = ["parent_text", "parent_comment"];

/// A context column: its index (CSV) and name (JSONL).
type Col = Option<(usize, String)>;

fn find(headers: &[String], flag: Option<&str>, names: &[&str], what: &str) -> Result<Col> {
    if let Some(f) = flag {
        return match headers.iter().position(|h| h.eq_ignore_ascii_case(f)) {
            Some(i) => Ok(Some((i, headers[i].clone()))),
            None => bail!("no {what} column {f:?} (columns: {})", headers.join(", ")),
        };
    }
    Ok(names.iter().find_map(|n| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(n))
            .map(|i| (i, headers[i].clone()))
    }))
}

/// A field as text; JSON numbers count (ids often are numbers).
fn field(row: &Row, col: &Col) -> Option<String> {
    let (i, name) = col.as_ref()?;
    let v = match &row.object {
        Some(o) => match o.get(name)? {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => return None,
        },
        None => row.fields.get(*i)?.clone(),
    };
    (!v.trim().is_empty()).then_some(v)
}

/// Article texts by id from `--articles`: JSON Lines, concatenated JSON
/// (`moderato segment --format json` output) or an array, or a CSV table;
/// keys `article_id`/`id`/`page`, text from `article_text` or
/// `title`/`headline` + `teaser` + `body`, or a nested `article` object.
pub fn read_articles(path: &Path) -> Result<BTreeMap<String, String>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read articles", path.display()))?;
    let mut out = BTreeMap::new();
    let trimmed = text.trim_start();
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        let stream = serde_json::Deserializer::from_str(&text).into_iter::<Value>();
        for (n, v) in stream.enumerate() {
            let v = v.with_context(|| {
                format!("{}: article {} is not valid JSON", path.display(), n + 1)
            })?;
            let items = match v {
                Value::Array(a) => a,
                other => vec![other],
            };
            for it in items {
                let (id, t) = article_of(&it).with_context(|| {
                    format!(
                        "{}: article {}: needs an id (article_id, id or page) and text",
                        path.display(),
                        n + 1
                    )
                })?;
                out.insert(id, t);
            }
        }
    } else {
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let headers: Vec<String> = r.headers()?.iter().map(str::to_lowercase).collect();
        for rec in r.records() {
            let rec = rec.with_context(|| format!("{}: unreadable CSV", path.display()))?;
            let line = rec.position().map_or(0, |p| p.line());
            let obj: serde_json::Map<String, Value> = headers
                .iter()
                .zip(rec.iter())
                .map(|(h, v)| (h.clone(), Value::from(v)))
                .collect();
            let (id, t) = article_of(&Value::Object(obj)).with_context(|| {
                format!(
                    "{}: line {line}: needs an id (article_id, id or page) and text",
                    path.display()
                )
            })?;
            out.insert(id, t);
        }
    }
    Ok(out)
}

fn article_of(v: &Value) -> Option<(String, String)> {
    let s = |o: &Value, k: &str| match o.get(k) {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let id = ["article_id", "id", "page"].iter().find_map(|k| s(v, k))?;
    let src = v.get("article").filter(|a| a.is_object()).unwrap_or(v);
    let text = match s(src, "article_text") {
        Some(t) => t,
        None => {
            let parts: Vec<String> = ["title", "headline", "teaser", "body", "text"]
                .iter()
                .filter_map(|k| s(src, k))
                .collect();
            article_text(&parts.iter().map(String::as_str).collect::<Vec<_>>())
        }
    };
    (!text.trim().is_empty()).then_some((id, text))
}

/// Builds each row's context, remembering threads as rows stream by.
pub struct Placer {
    article_id: Col,
    article_text: Col,
    id: Col,
    parent_id: Col,
    parent_text: Col,
    articles: BTreeMap<String, String>,
    threads: ThreadBuffer,
}

impl Placer {
    /// Finds the context columns; `None` when the input has none and no
    /// `--articles` file is given (then nothing changes in the output).
    pub fn new(headers: &[String], a: &ContextArgs) -> Result<Option<Self>> {
        let article_id = find(headers, a.article_col.as_deref(), &ARTICLE_ID, "article id")?;
        let article_text = find(
            headers,
            a.article_text_col.as_deref(),
            &ARTICLE_TEXT,
            "article text",
        )?;
        let parent_text = find(
            headers,
            a.parent_text_col.as_deref(),
            &PARENT_TEXT,
            "parent text",
        )?;
        let articles = match &a.articles {
            Some(p) => read_articles(p)?,
            None => BTreeMap::new(),
        };
        if article_id.is_none() && article_text.is_none() && parent_text.is_none() {
            if a.articles.is_some() {
                bail!(
                    "--articles needs an article id column (article_id, page, …; or --article-col)"
                );
            }
            return Ok(None);
        }
        Ok(Some(Self {
            id: find(headers, a.id_col.as_deref(), &ID, "comment id")?,
            parent_id: find(headers, a.parent_col.as_deref(), &PARENT_ID, "parent id")?,
            article_id,
            article_text,
            parent_text,
            articles,
            threads: ThreadBuffer::default(),
        }))
    }

    /// The context of `row` (whose comment is `text`), then remembers it in
    /// its article's thread for the rows after it.
    pub fn place(&mut self, row: &Row, text: &str) -> Context {
        let aid = field(row, &self.article_id);
        let article = field(row, &self.article_text)
            .or_else(|| aid.as_ref().and_then(|a| self.articles.get(a).cloned()));
        let parent = field(row, &self.parent_text).or_else(|| {
            let (a, p) = (aid.as_ref()?, field(row, &self.parent_id)?);
            self.threads.comment(a, &p)
        });
        let thread = aid
            .as_ref()
            .map(|a| self.threads.thread(a))
            .unwrap_or_default();
        if let Some(a) = &aid {
            let id = field(row, &self.id).unwrap_or_default();
            self.threads.push(a, &id, text);
        }
        Context {
            article,
            parent,
            thread,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_from_segment_json_jsonl_and_csv() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.json");
        std::fs::write(&p, "{\n \"page\": \"p1\",\n \"article\": {\"headline\": \"Derby\", \"teaser\": \"\", \"body\": \"Rapid gewinnt\"}\n}\n{\"article_id\": 7, \"article_text\": \"Regen in Kärnten\"}\n").unwrap();
        let a = read_articles(&p).unwrap();
        assert_eq!(a["p1"], "Derby\nRapid gewinnt");
        assert_eq!(a["7"], "Regen in Kärnten");
        let p = dir.path().join("a.csv");
        std::fs::write(
            &p,
            "article_id,title,body\nm,Mieten,Die Mieten steigen\nx,,\n",
        )
        .unwrap();
        let e = read_articles(&p).unwrap_err();
        assert!(format!("{e:#}").contains("line 3"), "{e:#}");
    }
}
