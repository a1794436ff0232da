//! The thread seen so far per article, bounded, for streaming inputs.
//!
//! `moderato score` reads rows in order and cannot wait for the end of the
//! file, so a comment's thread is the comments of the same article read
//! before it (at most [`ThreadBuffer::PER_ARTICLE`] of them, the most recent),
//! for at most [`ThreadBuffer::ARTICLES`] articles (the least recently seen
//! is forgotten). Memory stays bounded whatever the input size.

use std::collections::{BTreeMap, VecDeque};

/// Recent comments per article.
#[derive(Debug, Default)]
pub struct ThreadBuffer {
    articles: BTreeMap<String, (u64, VecDeque<(String, String)>)>,
    clock: u64,
}

impl ThreadBuffer {
    /// Comments remembered per article.
    pub const PER_ARTICLE: usize = 50;
    /// Articles remembered.
    pub const ARTICLES: usize = 2_000;

    /// The comments remembered for `article`, oldest first.
    pub fn thread(&self, article: &str) -> Vec<String> {
        self.articles
            .get(article)
            .map(|(_, q)| q.iter().map(|(_, t)| t.clone()).collect())
            .unwrap_or_default()
    }

    /// The text of comment `id` if it is remembered under `article`.
    pub fn comment(&self, article: &str, id: &str) -> Option<String> {
        let (_, q) = self.articles.get(article)?;
        q.iter().find(|(i, _)| i == id).map(|(_, t)| t.clone())
    }

    /// Remembers `comment` (with its `id`, possibly empty) under `article`.
    pub fn push(&mut self, article: &str, id: &str, comment: &str) {
        self.clock += 1;
        let clock = self.clock;
        let entry = self
            .articles
            .entry(article.to_string())
            .or_insert_with(|| (clock, VecDeque::new()));
        entry.0 = clock;
        if entry.1.len() == Self::PER_ARTICLE {
            entry.1.pop_front();
        }
        entry.1.push_back((id.to_string(), comment.to_string()));
        if self.articles.len() > Self::ARTICLES {
            if let Some(oldest) = self
                .articles
                .iter()
                .min_by_key(|(_, (t, _))| *t)
                .map(|(k, _)| k.clone())
            {
                self.articles.remove(&oldest);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_recent_comments_per_article() {
        let mut b = ThreadBuffer::default();
        assert!(b.thread("derby").is_empty());
        for i in 0..(ThreadBuffer::PER_ARTICLE + 2) {
            b.push("derby", &i.to_string(), &format!("Tor Nummer {i}"));
        }
        b.push("sturm", "x", "Regen");
        assert_eq!(b.comment("derby", "7").as_deref(), Some("Tor Nummer 7"));
        assert_eq!(b.comment("derby", "0"), None);
        assert_eq!(b.comment("sturm", "7"), None);
        let t = b.thread("derby");
        assert_eq!(t.len(), ThreadBuffer::PER_ARTICLE);
        assert_eq!(t[0], "Tor Nummer 2");
        assert_eq!(b.thread("sturm"), vec!["Regen".to_string()]);
    }
}
