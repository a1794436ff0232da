//! Streaming table reader: CSV/TSV (any delimiter, quoted or not) or JSONL,
//! one [`Row`] at a time, each with its line number and either its fields or
//! the reason it is malformed, so that no input row is ever silently dropped.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read};
use std::sync::{Arc, Mutex};

use serde_json::{Map, Value};

/// How the input is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// Decide from the file name (`.jsonl`, `.ndjson`, `.tsv`) or the first byte (`{`).
    #[default]
    Auto,
    /// Delimited text with a header row.
    Csv,
    /// One JSON object per line.
    Jsonl,
}

impl InputFormat {
    /// Each layout with its command-line name and a line of help.
    pub const CHOICES: [(InputFormat, &'static str, &'static str); 3] = [
        (
            InputFormat::Auto,
            "auto",
            "decide from the file name (.jsonl, .ndjson, .tsv) or the first byte ({)",
        ),
        (InputFormat::Csv, "csv", "delimited text with a header row"),
        (InputFormat::Jsonl, "jsonl", "one JSON object per line"),
    ];
}

/// Options for [`TableReader::new`].
#[derive(Debug, Clone, Default)]
pub struct TableOptions {
    /// Layout.
    pub format: InputFormat,
    /// Field delimiter; sniffed from the first line when `None`.
    pub delimiter: Option<u8>,
    /// Whether the first row names the columns.
    pub no_header: bool,
    /// Treat `"` as an ordinary character (for TSV dumps of tweets).
    pub no_quoting: bool,
}

/// Why a row could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RowError {
    /// Wrong number of fields.
    #[error("expected {expected} fields, found {found}")]
    FieldCount {
        /// Fields in the header.
        expected: usize,
        /// Fields in this row.
        found: usize,
    },
    /// A quote opened and never closed, swallowing later lines.
    #[error("unbalanced quote: the field runs over {lines} lines to the end of the record")]
    UnbalancedQuote {
        /// How many lines the broken record spans.
        lines: usize,
    },
    /// Bytes that are not UTF-8 in a file read as UTF-8.
    #[error("invalid UTF-8 in column {column} (pass --encoding if the file is not UTF-8)")]
    InvalidUtf8 {
        /// Column name.
        column: String,
    },
    /// `1,"a"x`: the csv crate would read the field as `ax`.
    #[error(
        "text after the closing quote of a field (quote the whole field, doubling quotes inside)"
    )]
    TextAfterQuote,
    /// A JSONL object naming a key twice: which value was meant is unclear.
    #[error("duplicate key {0:?} in the JSON object")]
    DuplicateKey(String),
    /// A JSONL line that is not a JSON object.
    #[error("not a JSON object: {0}")]
    Json(String),
    /// Any other CSV parser error.
    #[error("{0}")]
    Parse(String),
}

/// One input row.
#[derive(Debug, Clone)]
pub struct Row {
    /// 1-based line where the row starts.
    pub line: u64,
    /// Fields in header order (CSV); empty strings where the row was malformed.
    pub fields: Vec<String>,
    /// The object (JSONL).
    pub object: Option<Map<String, Value>>,
    /// Why the row is malformed, if it is.
    pub error: Option<RowError>,
}

impl Row {
    /// The value of column `idx` (CSV) or key `name` (JSONL) as text.
    pub fn get(&self, idx: usize, name: &str) -> Option<&str> {
        match &self.object {
            Some(o) => match o.get(name) {
                Some(Value::String(s)) => Some(s.as_str()),
                _ => None,
            },
            None => self.fields.get(idx).map(String::as_str),
        }
    }
}

/// Remembers where newlines are, so a record's start byte maps to its line,
/// and follows the quoting as the CSV parser will, to catch what the parser
/// forgives silently. The csv crate's own line count starts a CRLF record at
/// the previous line.
struct NewlineIndex<R> {
    inner: R,
    offset: u64,
    pending: Arc<Mutex<Seen>>,
}

/// Where the byte scan stands in a CSV field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Quoting {
    /// At the start of a field.
    #[default]
    FieldStart,
    /// In a field that did not start with a quote.
    Unquoted,
    /// Inside quotes.
    Quoted,
    /// Just after a quote inside quotes: an escaped quote or the closing one.
    QuoteInQuoted,
    /// Spaces after a closing quote, which the parser keeps and we forgive.
    SpaceAfterQuote,
}

/// What [`NewlineIndex`] has seen so far.
#[derive(Default)]
struct Seen {
    newlines: VecDeque<u64>,
    /// Bytes that follow a closing quote inside a field (`"a"x`), which the
    /// csv crate silently glues onto the field.
    after_quote: VecDeque<u64>,
    state: Quoting,
    /// The delimiter, and whether quotes are special at all.
    delimiter: u8,
    quoting: bool,
}

impl Seen {
    /// Feeds the next `bytes` of the input, which start at `offset`.
    ///
    /// Inside a field, long runs change nothing but where the newlines are:
    /// memchr jumps to the next byte that matters instead of stepping
    /// through every byte of every comment.
    fn scan(&mut self, bytes: &[u8], offset: u64) {
        let mut i = 0;
        while i < bytes.len() {
            let rest = &bytes[i..];
            let next = match (self.quoting, self.state) {
                (false, _) => memchr::memchr(b'\n', rest),
                (true, Quoting::Quoted) => memchr::memchr2(b'"', b'\n', rest),
                (true, Quoting::Unquoted) => memchr::memchr3(self.delimiter, b'\n', b'\r', rest),
                (true, _) => Some(0),
            };
            let Some(k) = next else {
                break;
            };
            i += k;
            self.step(bytes[i], offset + i as u64);
            i += 1;
        }
    }

    /// One byte at offset `at`.
    fn step(&mut self, b: u8, at: u64) {
        if b == b'\n' {
            self.newlines.push_back(at);
        }
        if !self.quoting {
            return;
        }
        let end_of_field = b == self.delimiter || b == b'\n' || b == b'\r';
        self.state = match (self.state, b) {
            (Quoting::Quoted, b'"') => Quoting::QuoteInQuoted,
            (Quoting::Quoted, _) => Quoting::Quoted,
            (Quoting::QuoteInQuoted, b'"') => Quoting::Quoted,
            (Quoting::FieldStart, b'"') => Quoting::Quoted,
            (_, _) if end_of_field => Quoting::FieldStart,
            (Quoting::QuoteInQuoted | Quoting::SpaceAfterQuote, b' ' | b'\t') => {
                Quoting::SpaceAfterQuote
            }
            (Quoting::QuoteInQuoted | Quoting::SpaceAfterQuote, _) => {
                self.after_quote.push_back(at);
                Quoting::Unquoted
            }
            (_, _) => Quoting::Unquoted,
        };
    }
}

impl<R: Read> Read for NewlineIndex<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut p = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        p.scan(&buf[..n], self.offset);
        self.offset += n as u64;
        Ok(n)
    }
}

/// Lines before a byte offset, fed by [`NewlineIndex`]; queries must not go backwards.
struct LineCounter {
    pending: Arc<Mutex<Seen>>,
    passed: u64,
}

impl LineCounter {
    /// 1-based line of a record starting at `byte` (a record may start on the
    /// `\n` of the previous CRLF; that newline counts as passed).
    fn line_at(&mut self, byte: u64) -> u64 {
        let mut p = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        while p.newlines.front().is_some_and(|&o| o <= byte) {
            p.newlines.pop_front();
            self.passed += 1;
        }
        self.passed + 1
    }

    /// Whether text follows a closing quote in the record `[start, end)`.
    fn text_after_quote(&mut self, start: u64, end: u64) -> bool {
        let mut p = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        let mut found = false;
        while let Some(&o) = p.after_quote.front() {
            if o >= end {
                break;
            }
            found |= o >= start;
            p.after_quote.pop_front();
        }
        found
    }

    /// At the end of input: whether a quoted field is still open.
    fn ends_inside_quotes(&self) -> bool {
        self.pending.lock().unwrap_or_else(|e| e.into_inner()).state == Quoting::Quoted
    }
}

enum Inner {
    Csv(csv::Reader<Box<dyn Read + Send>>, LineCounter),
    Jsonl {
        lines: BufReader<Box<dyn Read + Send>>,
        line: u64,
        buf: Vec<u8>,
    },
}

/// Reads rows from a decoded UTF-8 stream.
pub struct TableReader {
    inner: Inner,
    headers: Vec<String>,
    /// The delimiter in use (CSV).
    pub delimiter: u8,
    done: bool,
    peeked: Option<Row>,
}

/// Picks the delimiter that occurs most often outside quotes in the first line.
pub fn sniff_delimiter(first_line: &[u8]) -> u8 {
    let mut counts = [0usize; 4];
    let cands = [b',', b';', b'\t', b'|'];
    let mut quoted = false;
    for &b in first_line {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            if let Some(i) = cands.iter().position(|&c| c == b) {
                counts[i] += 1;
            }
        }
    }
    let best = (0..4).max_by_key(|&i| (counts[i], 4 - i)).unwrap_or(0);
    if counts[best] == 0 {
        b','
    } else {
        cands[best]
    }
}

impl TableReader {
    /// Opens a table; `name` is used to guess the layout.
    pub fn new(
        input: Box<dyn Read + Send>,
        name: &str,
        opts: &TableOptions,
    ) -> std::io::Result<Self> {
        let mut buf = BufReader::with_capacity(64 * 1024, input);
        let head = buf.fill_buf()?;
        let lower = name.to_ascii_lowercase();
        let jsonl = match opts.format {
            InputFormat::Jsonl => true,
            InputFormat::Csv => false,
            InputFormat::Auto => {
                lower.ends_with(".jsonl")
                    || lower.ends_with(".ndjson")
                    || head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
            }
        };
        if jsonl {
            return Ok(Self {
                inner: Inner::Jsonl {
                    lines: BufReader::new(Box::new(buf)),
                    line: 0,
                    buf: Vec::new(),
                },
                headers: Vec::new(),
                delimiter: b',',
                done: false,
                peeked: None,
            });
        }
        let first_line = head.split(|&b| b == b'\n').next().unwrap_or(&[]);
        let delimiter = opts.delimiter.unwrap_or_else(|| {
            if lower.ends_with(".tsv") {
                b'\t'
            } else {
                sniff_delimiter(first_line)
            }
        });
        let pending = Arc::new(Mutex::new(Seen {
            delimiter,
            quoting: !opts.no_quoting,
            ..Seen::default()
        }));
        let indexed = NewlineIndex {
            inner: buf,
            offset: 0,
            pending: pending.clone(),
        };
        let mut counter = LineCounter { pending, passed: 0 };
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .quoting(!opts.no_quoting)
            .from_reader(Box::new(indexed) as Box<dyn Read + Send>);
        let mut headers = Vec::new();
        if !opts.no_header {
            let mut rec = csv::ByteRecord::new();
            if rdr
                .read_byte_record(&mut rec)
                .map_err(std::io::Error::other)?
            {
                counter.line_at(rec.position().map_or(0, |p| p.byte()));
                headers = rec
                    .iter()
                    .map(|f| String::from_utf8_lossy(f).trim().to_string())
                    .collect();
            }
        }
        Ok(Self {
            inner: Inner::Csv(rdr, counter),
            headers,
            delimiter,
            done: false,
            peeked: None,
        })
    }

    /// Column names (CSV header, or the keys of the first JSONL object once read).
    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    /// The next row, or `None` at the end.
    pub fn next_row(&mut self) -> Option<Row> {
        if let Some(r) = self.peeked.take() {
            return Some(r);
        }
        let mut row = self.read_row()?;
        // A quote that never closes swallows the rest of the file: the record
        // then ends at end of input with a quoted field still open.
        let multiline = row.fields.iter().any(|f| f.contains('\n'));
        if multiline && row.error.is_none() && matches!(self.inner, Inner::Csv(..)) {
            self.peeked = self.read_row();
            let open = match &self.inner {
                Inner::Csv(_, counter) => counter.ends_inside_quotes(),
                Inner::Jsonl { .. } => false,
            };
            if self.peeked.is_none() && open {
                let lines = row
                    .fields
                    .iter()
                    .map(|f| f.matches('\n').count())
                    .max()
                    .unwrap_or(0);
                row.error = Some(RowError::UnbalancedQuote { lines: lines + 1 });
            }
        }
        Some(row)
    }

    fn read_row(&mut self) -> Option<Row> {
        if self.done {
            return None;
        }
        match &mut self.inner {
            Inner::Csv(rdr, counter) => {
                let mut rec = csv::ByteRecord::new();
                match rdr.read_byte_record(&mut rec) {
                    Ok(false) => {
                        self.done = true;
                        None
                    }
                    Ok(true) => {
                        let start = rec.position().map_or(0, |p| p.byte());
                        let line = counter.line_at(start);
                        let mut row = csv_row(&self.headers, &rec, line);
                        if counter.text_after_quote(start, rdr.position().byte())
                            && row.error.is_none()
                        {
                            row.error = Some(RowError::TextAfterQuote);
                        }
                        Some(row)
                    }
                    Err(e) => {
                        let line = counter.line_at(e.position().map_or(0, |p| p.byte()));
                        if !matches!(
                            e.kind(),
                            csv::ErrorKind::Utf8 { .. } | csv::ErrorKind::UnequalLengths { .. }
                        ) {
                            self.done = matches!(e.kind(), csv::ErrorKind::Io(_));
                        }
                        Some(Row {
                            line,
                            fields: vec![String::new(); self.headers.len()],
                            object: None,
                            error: Some(RowError::Parse(e.to_string())),
                        })
                    }
                }
            }
            Inner::Jsonl { lines, line, buf } => loop {
                buf.clear();
                match lines.read_until(b'\n', buf) {
                    Ok(0) => {
                        self.done = true;
                        return None;
                    }
                    Ok(_) => {
                        *line += 1;
                        if buf.iter().all(|b| b.is_ascii_whitespace()) {
                            continue;
                        }
                        let row = json_row(buf, *line);
                        if self.headers.is_empty() {
                            if let Some(o) = &row.object {
                                self.headers = o.keys().cloned().collect();
                            }
                        }
                        return Some(row);
                    }
                    Err(e) => {
                        self.done = true;
                        return Some(Row {
                            line: *line + 1,
                            fields: Vec::new(),
                            object: None,
                            error: Some(RowError::Parse(e.to_string())),
                        });
                    }
                }
            },
        }
    }
}

fn csv_row(headers: &[String], rec: &csv::ByteRecord, line: u64) -> Row {
    let mut error = None;
    let mut fields = Vec::with_capacity(rec.len());
    for (i, f) in rec.iter().enumerate() {
        match std::str::from_utf8(f) {
            Ok(s) => fields.push(s.to_string()),
            Err(_) => {
                fields.push(String::from_utf8_lossy(f).into_owned());
                if error.is_none() {
                    let column = headers
                        .get(i)
                        .cloned()
                        .unwrap_or_else(|| (i + 1).to_string());
                    error = Some(RowError::InvalidUtf8 { column });
                }
            }
        }
    }
    if !headers.is_empty() && fields.len() != headers.len() {
        let newlines = fields
            .iter()
            .map(|f| f.matches('\n').count())
            .max()
            .unwrap_or(0);
        error = Some(if newlines > 0 && fields.len() < headers.len() {
            RowError::UnbalancedQuote {
                lines: newlines + 1,
            }
        } else {
            RowError::FieldCount {
                expected: headers.len(),
                found: fields.len(),
            }
        });
        fields.resize(headers.len().max(fields.len()), String::new());
    }
    Row {
        line,
        fields,
        object: None,
        error,
    }
}

fn json_row(bytes: &[u8], line: u64) -> Row {
    let (object, error) = match serde_json::from_slice::<TopLevel>(bytes) {
        Ok(TopLevel::Object(o, None)) => (Some(o), None),
        Ok(TopLevel::Object(o, Some(dup))) => (Some(o), Some(RowError::DuplicateKey(dup))),
        Ok(TopLevel::Other(kind)) => (None, Some(RowError::Json(format!("found {kind}")))),
        Err(e) if e.is_syntax() && std::str::from_utf8(bytes).is_err() => (
            None,
            Some(RowError::InvalidUtf8 {
                column: "(line)".into(),
            }),
        ),
        Err(e) => (None, Some(RowError::Json(e.to_string()))),
    };
    Row {
        line,
        fields: Vec::new(),
        object: Some(object.unwrap_or_default()),
        error,
    }
}

/// A JSONL line: an object (with the first key it names twice, since
/// serde_json keeps the last value silently), or what it is instead.
enum TopLevel {
    Object(Map<String, Value>, Option<String>),
    Other(&'static str),
}

impl<'de> serde::Deserialize<'de> for TopLevel {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TopLevelVisitor)
    }
}

struct TopLevelVisitor;

impl<'de> serde::de::Visitor<'de> for TopLevelVisitor {
    type Value = TopLevel;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<TopLevel, A::Error> {
        let mut o = Map::new();
        let mut dup = None;
        while let Some(k) = m.next_key::<String>()? {
            let v: Value = m.next_value()?;
            if let Some(_old) = o.insert(k.clone(), v) {
                dup.get_or_insert(k);
            }
        }
        Ok(TopLevel::Object(o, dup))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut s: A) -> Result<TopLevel, A::Error> {
        while s.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(TopLevel::Other("an array"))
    }

    fn visit_unit<E>(self) -> Result<TopLevel, E> {
        Ok(TopLevel::Other("null"))
    }

    fn visit_bool<E>(self, _: bool) -> Result<TopLevel, E> {
        Ok(TopLevel::Other("a boolean"))
    }

    fn visit_i64<E>(self, _: i64) -> Result<TopLevel, E> {
        Ok(TopLevel::Other("a number"))
    }

    fn visit_u64<E>(self, _: u64) -> Result<TopLevel, E> {
        Ok(TopLevel::Other("a number"))
    }

    fn visit_f64<E>(self, _: f64) -> Result<TopLevel, E> {
        Ok(TopLevel::Other("a number"))
    }

    fn visit_str<E>(self, _: &str) -> Result<TopLevel, E> {
        Ok(TopLevel::Other("a string"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The skipping scan, fed in pieces of every size, finds what stepping
    /// through each byte finds.
    #[test]
    fn skipping_scan_is_the_bytewise_scan() {
        let data = b"id,text\n1,\"a \"\"q\"\" b\nc\"  ,x\r\n2,\"q\"y z,\"\"\n3,plain \"mid\" end\n4;\"x\"\t\"\n";
        for (delimiter, quoting) in [(b',', true), (b';', true), (b',', false)] {
            let fresh = || Seen {
                delimiter,
                quoting,
                ..Seen::default()
            };
            let mut want = fresh();
            data.iter()
                .enumerate()
                .for_each(|(i, &b)| want.step(b, i as u64));
            for piece in 1..=data.len() {
                let mut got = fresh();
                for (k, chunk) in data.chunks(piece).enumerate() {
                    got.scan(chunk, (k * piece) as u64);
                }
                assert_eq!(got.newlines, want.newlines, "piece {piece}");
                assert_eq!(got.after_quote, want.after_quote, "piece {piece}");
                assert_eq!(got.state, want.state, "piece {piece}");
            }
        }
    }

    fn rows(data: &str, name: &str) -> (Vec<String>, Vec<Row>) {
        let mut r = TableReader::new(
            Box::new(std::io::Cursor::new(data.as_bytes().to_vec())),
            name,
            &TableOptions::default(),
        )
        .unwrap();
        let mut out = Vec::new();
        while let Some(row) = r.next_row() {
            out.push(row);
        }
        (r.headers().to_vec(), out)
    }

    #[test]
    fn semicolon_crlf_excel_export() {
        let (h, r) = rows(
            "id;kommentar\r\n1;\"Hallo; Welt\"\r\n2;Tschüss\r\n",
            "x.csv",
        );
        assert_eq!(h, ["id", "kommentar"]);
        assert_eq!(r[0].fields, ["1", "Hallo; Welt"]);
        assert_eq!(r[1].fields, ["2", "Tschüss"]);
        assert_eq!(r[1].line, 3);
    }

    #[test]
    fn wrong_field_counts_and_unbalanced_quotes_are_row_errors() {
        let (_, r) = rows("id,text\n1,a,b\n2,ok\n3,\"never closed\n4,x\n", "x.csv");
        assert_eq!(r.len(), 3);
        assert_eq!(
            r[0].error,
            Some(RowError::FieldCount {
                expected: 2,
                found: 3
            })
        );
        assert!(r[1].error.is_none());
        assert!(
            matches!(r[2].error, Some(RowError::UnbalancedQuote { .. })),
            "{:?}",
            r[2]
        );
        assert_eq!(r[2].line, 4);
    }

    #[test]
    fn quoted_fields_ending_in_a_newline_are_fine() {
        let (_, r) = rows(
            "id,text\n1,\"so ein text\n\"\n2,\"zwei\nzeilen\"\n",
            "x.csv",
        );
        assert_eq!(r.len(), 2);
        assert!(r.iter().all(|x| x.error.is_none()), "{r:?}");
        assert_eq!(r[0].fields[1], "so ein text\n");
    }

    #[test]
    fn jsonl_rows_and_bad_lines() {
        let (h, r) = rows("{\"id\":1,\"text\":\"hi\"}\n\n[1]\n{bad\n", "x.jsonl");
        assert_eq!(h, ["id", "text"]);
        assert_eq!(r[0].get(0, "text"), Some("hi"));
        assert_eq!(r[1].line, 3);
        assert!(r[1].error.is_some() && r[2].error.is_some());
    }

    #[test]
    fn a_multiline_last_record_with_crlf_is_fine() {
        // The quoted field is not the last one, so the file does not end in a quote.
        let (_, r) = rows(
            "id,text,n\r\n1,\"eins\",1\r\n2,\"zwei\r\nzeilen\",2\r\n",
            "x.csv",
        );
        assert_eq!(r.len(), 2);
        assert!(r.iter().all(|x| x.error.is_none()), "{r:?}");
        assert_eq!(r[1].fields, ["2", "zwei\r\nzeilen", "2"]);
        // Spaces after the closing quote are kept by the parser and forgiven.
        let (_, r) = rows("id;text\r\n1;\"zwei\r\nzeilen\"   \r\n", "x.csv");
        assert!(r[0].error.is_none(), "{r:?}");
        let (_, r) = rows("id;text\r\n1;\"zwei\" x\r\n", "x.csv");
        assert_eq!(r[0].error, Some(RowError::TextAfterQuote));
        // An open quote at the end of the file is still caught.
        let (_, r) = rows("id,text,n\r\n1,\"zwei\r\nzeilen,2\r\n", "x.csv");
        assert!(
            matches!(r[0].error, Some(RowError::UnbalancedQuote { .. })),
            "{r:?}"
        );
    }

    #[test]
    fn text_after_a_closing_quote_is_a_row_error() {
        let (_, r) = rows("id,text\n1,\"a\"x\n2,\"b \"\"c\"\"\"\n3,ok\n", "x.csv");
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].error, Some(RowError::TextAfterQuote));
        assert_eq!(r[0].line, 2);
        assert!(r[1].error.is_none(), "{:?}", r[1]);
        assert_eq!(r[1].fields[1], "b \"c\"");
        assert!(r[2].error.is_none());
    }

    #[test]
    fn duplicate_json_keys_are_a_row_error() {
        let (_, r) = rows(
            "{\"id\":1,\"text\":\"a\",\"text\":\"b\"}\n{\"id\":2,\"text\":\"ok\"}\n",
            "x.jsonl",
        );
        assert_eq!(r[0].error, Some(RowError::DuplicateKey("text".into())));
        assert_eq!(r[0].get(0, "text"), Some("b"), "the row still comes out");
        assert!(r[1].error.is_none());
        assert_eq!(r[1].get(0, "text"), Some("ok"));
    }

    #[test]
    fn sniffs_delimiters() {
        assert_eq!(sniff_delimiter(b"a;b;\"c,d\""), b';');
        assert_eq!(sniff_delimiter(b"a\tb"), b'\t');
        assert_eq!(sniff_delimiter(b"text"), b',');
    }
}
