//! A comment's context as the service sees it: what the request sends
//! (article text, parent text) completed from the queue (the article stored
//! by its id, the parent by its id, the thread of recent comments stored
//! under the same article).

use super::queue::{QueueError, QueueStore};
use crate::context::Context;

/// Stored comments of an article used as its thread.
pub const THREAD_LIMIT: usize = 50;

/// What a request says about a comment's context.
#[derive(Debug, Clone, Default)]
pub struct ContextRequest {
    /// The comment's own id (left out of its thread).
    pub id: Option<String>,
    /// Article id.
    pub article_id: Option<String>,
    /// Article text.
    pub article_text: Option<String>,
    /// Parent comment id.
    pub parent_id: Option<String>,
    /// Parent comment text.
    pub parent_text: Option<String>,
    /// Other comments sent with this one under the same article.
    pub siblings: Vec<String>,
}

/// The texts of the other items of a batch under the same article as item
/// `i` (none when it names no article): the thread the batch itself brings.
pub fn siblings<T>(items: &[T], i: usize, key: impl Fn(&T) -> (Option<&str>, &str)) -> Vec<String> {
    let Some(article) = key(&items[i]).0 else {
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .filter(|&(j, o)| j != i && key(o).0 == Some(article))
        .map(|(_, o)| key(o).1.to_string())
        .collect()
}

/// Completes every request's context from the queue.
pub fn resolve_all(
    queue: &dyn QueueStore,
    requests: &[ContextRequest],
) -> Result<Vec<Context>, QueueError> {
    requests.iter().map(|r| resolve(queue, r)).collect()
}

/// The request's context as sent, without the queue: what scoring uses while
/// the database is unavailable.
pub fn request_only(r: &ContextRequest) -> Context {
    let nonempty = |s: &Option<String>| s.clone().filter(|t| !t.trim().is_empty());
    Context {
        article: nonempty(&r.article_text),
        parent: nonempty(&r.parent_text),
        thread: r.siblings.clone(),
    }
}

/// Completes the request's context from the queue.
pub fn resolve(queue: &dyn QueueStore, r: &ContextRequest) -> Result<Context, QueueError> {
    let nonempty = |s: &Option<String>| s.clone().filter(|t| !t.trim().is_empty());
    let (mut article, mut parent) = (nonempty(&r.article_text), nonempty(&r.parent_text));
    let mut thread = Vec::new();
    if let Some(a) = nonempty(&r.article_id) {
        let (stored, comments) = queue.article_context(&a, THREAD_LIMIT)?;
        article = article.or(stored);
        for (id, text) in comments {
            if r.parent_id.as_deref() == Some(id.as_str()) && parent.is_none() {
                parent = Some(text.clone());
            }
            if r.id.as_deref() != Some(id.as_str()) {
                thread.push(text);
            }
        }
    }
    if parent.is_none() {
        if let Some(p) = nonempty(&r.parent_id) {
            match queue.get(&p) {
                Ok(c) => parent = Some(c.text),
                Err(QueueError::NotFound(_)) => {}
                Err(e) => return Err(e),
            }
        }
    }
    thread.extend(r.siblings.iter().cloned());
    Ok(Context {
        article,
        parent,
        thread,
    })
}
