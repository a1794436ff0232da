//! Real text for generated pages: news articles and reader comments from
//! the shared data sets, so that the layouts are filled with the language
//! the segmenter meets on real sites.

use std::path::Path;

use super::SynthError;

/// Article and comment texts to fill generated pages with.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// News articles, one string each (sentences in running text).
    pub articles: Vec<String>,
    /// Reader comments: an optional title and the comment's lines.
    pub comments: Vec<(Option<String>, Vec<String>)>,
}

/// Longest comment line kept; longer comments are skipped.
const MAX_LINE: usize = 500;

impl Corpus {
    /// Reads `news/10kgnad-test.csv`, `germeval2021/train.csv`,
    /// `germeval2018/train.txt` and `omp/posts_labeled.csv` under `dir`
    /// (the shared data directory).
    ///
    /// # Errors
    ///
    /// [`SynthError::Data`] naming the file and record that could not be read.
    pub fn load(dir: &Path) -> Result<Corpus, SynthError> {
        let mut c = Corpus::default();
        let news = dir.join("news/10kgnad-test.csv");
        for rec in reader(&news, b';', b'\'', false)?.records() {
            let rec = rec.map_err(|e| data_err(&news, e))?;
            if let Some(t) = rec.get(1).filter(|t| t.len() > 200) {
                c.articles.push(t.to_string());
            }
        }
        let g21 = dir.join("germeval2021/train.csv");
        for rec in reader(&g21, b',', b'"', true)?.records() {
            let rec = rec.map_err(|e| data_err(&g21, e))?;
            c.push_comment(None, rec.get(1).unwrap_or(""));
        }
        let g18 = dir.join("germeval2018/train.txt");
        let text = std::fs::read_to_string(&g18).map_err(|e| data_err(&g18, e))?;
        for line in text.lines() {
            let t = line.split('\t').next().unwrap_or("");
            // Tweets open with the accounts they answer; a comment does not.
            let t = t
                .split(' ')
                .skip_while(|w| w.starts_with('@'))
                .collect::<Vec<_>>()
                .join(" ")
                .replace("|LBR|", "\n");
            c.push_comment(None, &t);
        }
        let omp = dir.join("omp/posts_labeled.csv");
        let mut last_id = String::new();
        for rec in reader(&omp, b',', b'"', true)?.records() {
            let rec = rec.map_err(|e| data_err(&omp, e))?;
            let id = rec.get(0).unwrap_or("");
            // Long format: one row per post and category.
            if id == last_id {
                continue;
            }
            last_id = id.to_string();
            let title = rec.get(6).map(str::trim).filter(|t| !t.is_empty());
            c.push_comment(title.map(str::to_string), rec.get(7).unwrap_or(""));
        }
        if c.articles.is_empty() || c.comments.is_empty() {
            return Err(SynthError::Data {
                file: dir.display().to_string(),
                reason: "no articles or no comments found".into(),
            });
        }
        Ok(c)
    }

    /// A few hand-written texts, for tests that must not depend on the
    /// shared data.
    pub fn builtin() -> Corpus {
        let mut c = Corpus::default();
        c.articles.push(
            "Die Stadt baut eine neue Brücke über den Fluss. Die Kosten liegen bei zwölf Millionen Euro. \
             Der Gemeinderat hat den Plan am Dienstag beschlossen. Anwohner hatten lange auf eine \
             Lösung gewartet. Die Bauarbeiten sollen im Frühjahr beginnen und zwei Jahre dauern. \
             Während dieser Zeit wird eine Umleitung eingerichtet. Die Opposition kritisiert die \
             hohen Kosten."
                .into(),
        );
        for t in [
            "Endlich passiert etwas.",
            "Das Geld fehlt dann woanders.\nAber gut, wenn es hilft.",
            "Zwölf Millionen für eine Brücke? Das glaube ich erst, wenn sie steht.",
            "Ich fahre jeden Tag darüber und freue mich.",
            "Die Umleitung wird ein Chaos, wartet es ab.",
            "Wer bezahlt das am Ende? Wir natürlich.",
        ] {
            c.push_comment(None, t);
        }
        c
    }

    fn push_comment(&mut self, title: Option<String>, text: &str) {
        let lines: Vec<String> = text
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect();
        let ok = !lines.is_empty()
            && lines.len() <= 6
            && lines
                .iter()
                .all(|l| l.chars().count() <= MAX_LINE && !l.starts_with('>'));
        if ok {
            let title = title.map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "));
            self.comments
                .push((title.filter(|t| t.chars().count() <= 80), lines));
        }
    }
}

fn reader(
    path: &Path,
    delim: u8,
    quote: u8,
    headers: bool,
) -> Result<csv::Reader<std::fs::File>, SynthError> {
    csv::ReaderBuilder::new()
        .delimiter(delim)
        .quote(quote)
        .has_headers(headers)
        .flexible(true)
        .from_path(path)
        .map_err(|e| data_err(path, e))
}

fn data_err(path: &Path, e: impl std::fmt::Display) -> SynthError {
    SynthError::Data {
        file: path.display().to_string(),
        reason: e.to_string(),
    }
}
