//! Date and time stamps in comment headers (`crate::segment` step 2).
//!
//! Finds the printed stamp in a short line (`06.11.24 11:50`,
//! `5. November 2024 um 14:03 Uhr`, `2024-11-05 14:03`, `vor 3 Stunden`,
//! `gestern, 14:03`), reports its *class* for the line's shape (so that
//! `06.11.24 11:50` and `5.11. 17.40` have different shapes) and turns it
//! into ISO 8601 local time.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use regex::Regex;
use std::cell::RefCell;
use std::collections::HashMap;

/// What a stamp says, before resolving it against `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    /// A calendar date, maybe without year, maybe with a time.
    Absolute {
        year: Option<i32>,
        month: u32,
        day: u32,
        time: Option<(u32, u32)>,
    },
    /// `heute 14:03`, `gestern`, or a bare `14:03`: days back from today.
    DayWord {
        days_back: i64,
        time: Option<(u32, u32)>,
    },
    /// `vor 3 Stunden`: minutes back from now.
    Ago { minutes: i64 },
}

/// Month, day and optional (hour, minute) of an absolute stamp.
pub(crate) type MonthDayTime = (u32, u32, Option<(u32, u32)>);

/// A stamp found in a line: its byte span, shape class and meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Stamp {
    pub start: usize,
    pub end: usize,
    /// Shape class, e.g. `dmy2 t:` or `rel`.
    pub class: String,
    pub when: When,
}

impl Stamp {
    /// Whether the stamp is relative (`vor 3 Stunden`, `gestern`).
    pub fn is_relative(&self) -> bool {
        !matches!(self.when, When::Absolute { .. })
    }

    /// Month, day and time if printed, for matching quoted headers.
    pub fn month_day_time(&self) -> Option<MonthDayTime> {
        match self.when {
            When::Absolute {
                month, day, time, ..
            } => Some((month, day, time)),
            _ => None,
        }
    }
}

/// A date found in a line: start, end, class, year, month, day.
type DateMatch = (usize, usize, &'static str, Option<i32>, u32, u32);

/// Lines longer than this are read afresh each time (header and stamp
/// lines are short; body lines are asked about once or twice).
const MEMO_BYTES: usize = 200;
/// Bounds the memo's memory on a huge page (a few MB).
const MEMO_LINES: usize = 32_768;

/// Compiled stamp patterns; built once per page and lent to each line.
#[derive(Debug)]
pub(crate) struct DatePatterns {
    /// The stamps found so far, by line: the passes over a page ask for
    /// the same short lines five times on average, and the patterns are
    /// most of what segmenting a page of many short comments costs.
    found: RefCell<HashMap<Box<str>, Option<Stamp>>>,
    iso: Regex,
    long: Regex,
    month_first: Regex,
    num: Regex,
    /// `04/02/2025`: day first, as Italian and South Tyrolean sites print
    /// it (month first only where the day cannot be a month, or beside a
    /// 12-hour time).
    slash: Regex,
    time: Regex,
    ago: Regex,
    dayword: Regex,
    ago_short: Regex,
}

/// German month names and abbreviations, with the Austrian `Jänner` and
/// `Feber` (Austrian sites print them in every date).
const MONTHS: [(&str, u32); 25] = [
    ("januar", 1),
    ("jänner", 1),
    ("jän", 1),
    ("jan", 1),
    ("februar", 2),
    ("feber", 2),
    ("feb", 2),
    ("märz", 3),
    ("mär", 3),
    ("mrz", 3),
    ("april", 4),
    ("apr", 4),
    ("mai", 5),
    ("juni", 6),
    ("jun", 6),
    ("juli", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("oktober", 10),
    ("okt", 10),
    ("november", 11),
    ("dezember", 12),
];

fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_lowercase();
    let lower = lower.trim_end_matches('.');
    MONTHS
        .iter()
        .find(|(n, _)| *n == lower)
        .map(|(_, m)| *m)
        .or(match lower {
            "sep" => Some(9),
            "nov" => Some(11),
            "dez" => Some(12),
            // English month names of embedded comment systems.
            "january" => Some(1),
            "february" => Some(2),
            "march" | "mar" => Some(3),
            "may" => Some(5),
            "june" => Some(6),
            "july" => Some(7),
            "october" | "oct" => Some(10),
            "december" | "dec" => Some(12),
            _ => None,
        })
}

impl DatePatterns {
    /// Compiles the patterns (they are constant, so this cannot fail).
    pub fn new() -> Self {
        let re = |p: &str| Regex::new(p).expect("constant date pattern");
        DatePatterns {
            found: RefCell::default(),
            iso: re(r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?:[T ,]+(\d{1,2}):(\d{2}))?"),
            long: re(
                r"(?i)(?-u:\b)(\d{1,2})\.?\s*(januar|jänner|jän|feber|february|februar|märz|march|april|mai|may|juni|june|juli|july|august|september|oktober|october|november|dezember|december|january|jan|feb|mär|mrz|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dez|dec)(?-u:\b)\.?(?:\s+(\d{4})(?-u:\b))?",
            ),
            // `Nov 12, 2026`, `November 3rd`: the English order of
            // embedded comment widgets.
            month_first: re(
                r"(?i)(?-u:\b)(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(\d{4})(?-u:\b))?",
            ),
            num: re(
                r"(?-u:\b)(\d{1,2})\.(\d{1,2})\.(?:(\d{4})|(\d{2})(?-u:\b)|\s(\d{4})(?-u:\b))?",
            ),
            slash: re(r"(?-u:\b)(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?-u:\b)"),
            // `19h04` as French-speaking Luxembourg and Switzerland print
            // times (a lower-case `h` between digits only).
            // `AM`/`PM` in capitals or with dots; `pm` in small letters
            // too, and `am` only at the end of the line (WordPress' `July
            // 18, 2026 at 12:41 am`), so that German `am` after a time
            // (`12:03 am Bahnhof`) stays a preposition.
            time: re(
                r"(?i)(?-u:\b)([01]?\d|2[0-3])([:.]|(?-i:h))([0-5]\d)(?::[0-5]\d)?(?-u:\b)(?:\s*uhr(?-u:\b)|(?-i:\s*(AM|PM|a\.m\.|p\.m\.|pm(?-u:\b)|am\s*$)))?(?:[+-][01]\d:?[0-5]\d)?(?-i:\s*(?:MEZ|MESZ|CET|CEST|UTC|GMT)(?-u:\b))?|(?-u:\b)([01]?\d|2[0-3])\s*uhr(?-u:\b)",
            ),
            ago: re(
                r"(?i)(?-u:\b)vor\s+(\d+|einer|einem|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+(sekunden?|sek\.?|minuten?|min\.?|stunden?|std\.?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)(?:(?-u:\b)|$)",
            ),
            dayword: re(r"(?i)(?-u:\b)(heute|gestern|vorgestern|gerade eben|soeben)(?-u:\b)"),
            // `2h`, `5 Min.`, `3 Std`, `3 Wo.`, `2 hours ago`: compact relative times;
            // `1 T.` and `2 J.` (Facebook's German days and years) only with their dot.
            ago_short: re(
                r"(?i)(?:^|[\s(\[·•|,])((\d{1,3})\s?(min\.?|std\.?|tg\.?|wo\.?|h\.?|d\.?|w\.?|t\.|j\.)|(\d{1,3})\s+(minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\.?\s+ago)(?:$|[\s)\],])",
            ),
        }
    }

    /// Finds the stamp of a short line, if any.
    pub fn find(&self, line: &str) -> Option<Stamp> {
        if line.len() > MEMO_BYTES {
            return self.read(line);
        }
        if let Some(found) = self.found.borrow().get(line) {
            return found.clone();
        }
        let stamp = self.read(line);
        let mut found = self.found.borrow_mut();
        if found.len() >= MEMO_LINES {
            found.clear();
        }
        found.insert(line.into(), stamp.clone());
        stamp
    }

    fn read(&self, line: &str) -> Option<Stamp> {
        // The first kind that matches decides, even when its match then
        // turns out unreadable.
        if let Some(c) = self.ago.captures(line) {
            let stamp = ago_stamp(&c)?;
            // `vor 2 Tagen, 19:02`: whole days back, at a time of day.
            if let When::Ago { minutes } = stamp.when {
                if minutes > 0 && minutes % 1440 == 0 {
                    if let Some(((h, mi, _), end)) = self.time_near(line, stamp.end) {
                        return Some(Stamp {
                            end,
                            when: When::DayWord {
                                days_back: minutes / 1440,
                                time: Some((h, mi)),
                            },
                            ..stamp
                        });
                    }
                }
            }
            return Some(stamp);
        }
        if let Some(c) = self.ago_short.captures(line) {
            // A dated line with a length after it (a podcast's `2. Februar
            // 2025 · 52 Min.`) is dated: a compact age stands alone.
            let at = c.get(1).map_or(0, |m| m.start());
            return match self.find_date(line) {
                Some(date) if date.3.is_some() && date.0 < at => Some(self.date_stamp(line, date)),
                _ => ago_short_stamp(&c),
            };
        }
        if let Some(c) = self.dayword.captures(line) {
            return self.dayword_stamp(line, &c);
        }
        match self.find_date(line) {
            Some(date) => Some(self.date_stamp(line, date)),
            None => {
                let c = self.time.captures(line)?;
                let m = c.get(0)?;
                if is_duration(&line[m.end()..]) {
                    return None;
                }
                let (h, mi, sep) = time_parts(&c)?;
                Some(Stamp {
                    start: m.start(),
                    end: m.end(),
                    class: format!("t{sep}"),
                    when: When::DayWord {
                        days_back: 0,
                        time: Some((h, mi)),
                    },
                })
            }
        }
    }

    /// "gestern, 11:58", "heute", "gerade eben": a day word and the time
    /// after it, if any.
    fn dayword_stamp(&self, line: &str, c: &regex::Captures) -> Option<Stamp> {
        let m = c.get(0)?;
        let word = c[1].to_lowercase();
        let days_back = match word.as_str() {
            "gestern" => 1,
            "vorgestern" => 2,
            _ => 0,
        };
        let (time, end) = self
            .time_near(line, m.end())
            .map_or((None, m.end()), |((h, mi, _), e)| (Some((h, mi)), e));
        let when = if word == "gerade eben" || word == "soeben" {
            When::Ago { minutes: 0 }
        } else {
            When::DayWord { days_back, time }
        };
        Some(Stamp {
            start: m.start(),
            end,
            class: "rel".into(),
            when,
        })
    }

    /// An absolute date, with the time after it if there is one.
    fn date_stamp(&self, line: &str, date: DateMatch) -> Stamp {
        let (start, end, class, year, month, day) = date;
        let (time, tclass, end) = match self.time_near(line, end) {
            Some(((h, mi, sep), e)) => (Some((h, mi)), format!(" t{sep}"), e),
            None => (None, String::new(), end),
        };
        // Radio and ticker pages print the time first (`06:12 Uhr, 4. März`).
        let before = time
            .is_none()
            .then(|| self.time_before(line, start))
            .flatten();
        let (start, time, class) = match before {
            Some(((h, mi, sep), s)) => (s, Some((h, mi)), format!("t{sep} {class}")),
            None => (start, time, format!("{class}{tclass}")),
        };
        Stamp {
            start,
            end,
            class,
            when: When::Absolute {
                year,
                month,
                day,
                time,
            },
        }
    }

    fn find_date(&self, line: &str) -> Option<DateMatch> {
        if let Some(c) = self.iso.captures(line) {
            let m = c.get(0)?;
            let y: i32 = c[1].parse().ok()?;
            let mo: u32 = c[2].parse().ok()?;
            let d: u32 = c[3].parse().ok()?;
            // A time right in the ISO form is picked up by `time_near`.
            let end = c.get(3)?.end();
            return Some((m.start(), end, "iso", Some(y), mo, d));
        }
        if let Some(c) = self.long.captures(line) {
            let m = c.get(0)?;
            let d: u32 = c[1].parse().ok()?;
            let mo = month_number(&c[2])?;
            let y = c.get(3).and_then(|y| y.as_str().parse().ok());
            let class = if y.is_some() { "longy" } else { "long" };
            return Some((m.start(), m.end(), class, y, mo, d));
        }
        if let Some(c) = self.month_first.captures(line) {
            let m = c.get(0)?;
            let mo = month_number(&c[1])?;
            let d: u32 = c[2].parse().ok()?;
            let y = c.get(3).and_then(|y| y.as_str().parse().ok());
            let class = if y.is_some() { "mdy" } else { "md" };
            if (1..=31).contains(&d) {
                return Some((m.start(), m.end(), class, y, mo, d));
            }
        }
        for c in self.num.captures_iter(line) {
            let m = c.get(0)?;
            let d: u32 = c[1].parse().ok()?;
            let mo: u32 = c[2].parse().ok()?;
            if !(1..=31).contains(&d) || !(1..=12).contains(&mo) {
                continue;
            }
            let (y, class) = if let Some(y) = c.get(3).or(c.get(5)) {
                (y.as_str().parse::<i32>().ok(), "dmy4")
            } else if let Some(y) = c.get(4) {
                (y.as_str().parse::<i32>().ok().map(|y| 2000 + y), "dmy2")
            } else {
                (None, "dm")
            };
            return Some((m.start(), m.end(), class, y, mo, d));
        }
        self.find_slash_date(line)
    }

    /// A `d/m/y` date (see [`DatePatterns::slash`]), classed like the
    /// dotted one so that the line's shape reads the same.
    fn find_slash_date(&self, line: &str) -> Option<DateMatch> {
        let c = self.slash.captures(line)?;
        let m = c.get(0)?;
        let (a, b): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
        // The time pattern's AM/PM group, not a substring (`SAMSTAG`).
        let twelve_hour = (self.time.captures_iter(line)).any(|t| t.get(4).is_some());
        let (d, mo) = if b > 12 || (twelve_hour && a <= 12) {
            (b, a)
        } else {
            (a, b)
        };
        if !(1..=31).contains(&d) || !(1..=12).contains(&mo) {
            return None;
        }
        let y = &c[3];
        let (y, class) = match y.len() {
            4 => (y.parse::<i32>().ok()?, "dmy4"),
            _ => (2000 + y.parse::<i32>().ok()?, "dmy2"),
        };
        Some((m.start(), m.end(), class, Some(y), mo, d))
    }

    /// A time with `Uhr` ending right before `to`, set off by a comma
    /// (`06:12 Uhr, 4. März`): its parts and where it starts.
    fn time_before(&self, line: &str, to: usize) -> Option<((u32, u32, char), usize)> {
        let head = line.get(..to)?;
        let gap_at = head.trim_end().strip_suffix(',')?.len();
        let c = self.time.captures_iter(head).last()?;
        let m = c.get(0)?;
        let uhr = m.as_str().to_lowercase().ends_with("uhr");
        (uhr && m.end() == gap_at).then_some(())?;
        Some((time_parts(&c)?, m.start()))
    }

    /// A time starting within a few connector characters after `from`.
    fn time_near(&self, line: &str, from: usize) -> Option<((u32, u32, char), usize)> {
        // ISO 8601 joins date and time with a `T` (`2026-03-04T07:40:21+01:00`).
        let rest = line.get(from..)?;
        let iso_t = rest.starts_with('T') && rest[1..].starts_with(|c: char| c.is_ascii_digit());
        let from = from + usize::from(iso_t);
        let rest = line.get(from..)?;
        let c = self.time.captures(rest)?;
        let m = c.get(0)?;
        let gap = &rest[..m.start()];
        let gap_ok = gap.chars().count() <= 8
            && gap
                .split(|ch: char| ch.is_whitespace() || ",|/-–·•@".contains(ch))
                .all(|w| w.is_empty() || matches!(w.to_lowercase().as_str(), "um" | "uhr" | "at"));
        if !gap_ok {
            return None;
        }
        Some((time_parts(&c)?, from + m.end()))
    }
}

/// "vor 5 Stunden", "vor einer Woche".
fn ago_stamp(c: &regex::Captures) -> Option<Stamp> {
    let m = c.get(0)?;
    let n = word_number(&c[1])?;
    let unit = c[2].to_lowercase();
    let per = if unit.starts_with("sek") {
        0
    } else if unit.starts_with("min") {
        1
    } else if unit.starts_with("st") {
        60
    } else if unit.starts_with("tag") {
        1440
    } else if unit.starts_with("woch") {
        7 * 1440
    } else if unit.starts_with("mon") {
        30 * 1440
    } else {
        365 * 1440
    };
    Some(Stamp {
        start: m.start(),
        end: m.end(),
        class: "rel".into(),
        when: When::Ago { minutes: n * per },
    })
}

/// "5 min", "3h", "2 days ago".
fn ago_short_stamp(c: &regex::Captures) -> Option<Stamp> {
    let m = c.get(1)?;
    let (n, unit) = match (c.get(2), c.get(3)) {
        (Some(n), Some(u)) => (n.as_str(), u.as_str().to_lowercase()),
        _ => (c.get(4)?.as_str(), c.get(5)?.as_str().to_lowercase()),
    };
    let n: i64 = n.parse().ok()?;
    let per = match unit.chars().next() {
        Some('m') if unit.starts_with("mo") => 30 * 1440,
        Some('m') => 1,
        Some('h' | 's') => 60,
        // `2 Tg.`, `3 Wo.`: the abbreviations of German social widgets.
        Some('d' | 't') => 1440,
        Some('w') => 7 * 1440,
        _ => 365 * 1440,
    };
    Some(Stamp {
        start: m.start(),
        end: m.end(),
        class: "rel".into(),
        when: When::Ago { minutes: n * per },
    })
}

fn time_parts(c: &regex::Captures<'_>) -> Option<(u32, u32, char)> {
    if let Some(h) = c.get(1) {
        let sep = c.get(2)?.as_str().chars().next()?;
        let h: u32 = h.as_str().parse().ok()?;
        let h = match c.get(4).map(|m| m.as_str().starts_with(['P', 'p'])) {
            Some(true) if h < 12 => h + 12,
            Some(false) if h == 12 => 0,
            _ => h,
        };
        Some((h, c.get(3)?.as_str().parse().ok()?, sep))
    } else {
        Some((c.get(5)?.as_str().parse().ok()?, 0, 'u'))
    }
}

fn word_number(w: &str) -> Option<i64> {
    if let Ok(n) = w.parse::<i64>() {
        return Some(n);
    }
    let n = match w.to_lowercase().as_str() {
        "ein" | "eine" | "einer" | "einem" => 1,
        "zwei" => 2,
        "drei" => 3,
        "vier" => 4,
        "fünf" => 5,
        "sechs" => 6,
        "sieben" => 7,
        "acht" => 8,
        "neun" => 9,
        "zehn" => 10,
        "elf" => 11,
        "zwölf" => 12,
        _ => return None,
    };
    Some(n)
}

/// ISO 8601 local time for a stamp, resolving relative forms against `now`.
pub(crate) fn resolve(when: When, now: Option<NaiveDateTime>) -> Option<String> {
    match when {
        When::Absolute {
            year,
            month,
            day,
            time,
        } => {
            let year = match year {
                Some(y) => y,
                None => {
                    // No year printed: the latest such date not after `now`.
                    let now = now?;
                    let this = NaiveDate::from_ymd_opt(now.year(), month, day)?;
                    if this > now.date() {
                        now.year() - 1
                    } else {
                        now.year()
                    }
                }
            };
            let date = NaiveDate::from_ymd_opt(year, month, day)?;
            Some(format_date_time(date, time))
        }
        When::DayWord { days_back, time } => {
            let now = now?;
            let date = now.date() - Duration::days(days_back);
            Some(format_date_time(date, time))
        }
        When::Ago { minutes } => {
            let t = now? - Duration::minutes(minutes);
            Some(t.format("%Y-%m-%dT%H:%M").to_string())
        }
    }
}

/// When the page was printed or fetched, if it says so (`Gedruckt am
/// 09.03.2026, 16:05 Uhr`, `Abgerufen am …`, `Printed on …`): a print view
/// states the moment its relative times (`vor 2 Tagen`, `gestern`) count
/// from, as `--now` does. A stamp with year and time only.
pub(crate) fn printed_at(lines: &[&str], dp: &DatePatterns) -> Option<NaiveDateTime> {
    lines
        .iter()
        .filter(|l| l.chars().count() <= 200)
        .filter(|l| {
            let lower = l.to_lowercase();
            PRINTED.iter().any(|p| lower.contains(p))
        })
        .find_map(|l| match dp.find(l)?.when {
            When::Absolute {
                year: Some(y),
                month,
                day,
                time: Some((h, m)),
            } => NaiveDate::from_ymd_opt(y, month, day)?.and_hms_opt(h, m, 0),
            _ => None,
        })
}

/// Phrases that introduce a page's print or fetch time (see [`printed_at`]).
const PRINTED: &[&str] = &[
    "gedruckt am",
    "ausgedruckt am",
    "ausdruck vom",
    "abgerufen am",
    "printed on",
    "retrieved on",
];

/// The day the article was published: the first short line above the
/// comments whose stamp prints a year (the byline's `12.03.2026, 05:30
/// Uhr`), or the first longer one that opens with it (a broadcaster's
/// `Freitag, 8. August 2025, 17:30 Uhr · Beitrag: …, Kamera: …`); a
/// date inside a paragraph is no page's. `None` when there is none.
pub(crate) fn page_date(lines: &[&str], dp: &DatePatterns) -> Option<NaiveDate> {
    lines
        .iter()
        .filter(|l| l.chars().count() <= 80 || opens_with_stamp(l, dp))
        .find_map(|l| day_with_year(l, dp, false))
        .or_else(|| {
            // No date the patterns read, but a year that ends one (a
            // course's `23.02.–05.04.2026`) or a copyright's (`© 2026`):
            // the page's year, from its first day. A year alone in a
            // headline (`2015 sackte der Gewinn ab`) names no date.
            lines
                .iter()
                .filter(|l| l.chars().count() <= 120)
                .flat_map(|l| dated_years(l))
                .max()
                .and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1))
        })
}

/// Bytes before a dateline's stamp (a weekday and its comma).
const DATELINE_START: usize = 16;

/// Whether the line's stamp stands at its start (see [`page_date`]).
fn opens_with_stamp(line: &str, dp: &DatePatterns) -> bool {
    dp.find(line).is_some_and(|s| s.start <= DATELINE_START)
}

/// Years of this century in a line after a date's dot or a `©`.
fn dated_years(line: &str) -> impl Iterator<Item = i32> + '_ {
    line.match_indices("20").filter_map(move |(at, _)| {
        let year = line.get(at..at + 4)?;
        let ends = !line[at + 4..].starts_with(|c: char| c.is_ascii_digit());
        let before = line[..at].trim_end_matches(' ');
        let dated = line[..at].ends_with('.') || before.ends_with('©');
        (ends && dated && year.bytes().all(|b| b.is_ascii_digit()))
            .then(|| year.parse().ok())
            .flatten()
    })
}

/// The day of the stamp `line` prints, when it prints a year (and, with
/// `date_only`, no time): the lines that name a page's or a thread's day.
fn day_with_year(line: &str, dp: &DatePatterns, date_only: bool) -> Option<NaiveDate> {
    match dp.find(line)?.when {
        When::Absolute {
            year: Some(y),
            month,
            day,
            time,
        } if !(date_only && time.is_some()) => NaiveDate::from_ymd_opt(y, month, day),
        _ => None,
    }
}

/// Like [`resolve`], but without `now` a date printed without a year
/// (`Do., 12.03. · 06:48`) takes its year from the article's date
/// `page`: apps and forums leave the year out for the current year, and
/// comments follow the article within months, so the latest such date no
/// later than 300 days after the article is meant.
pub(crate) fn resolve_on_page(
    when: When,
    now: Option<NaiveDateTime>,
    page: Option<NaiveDate>,
) -> Option<String> {
    match (when, now, page) {
        (When::Absolute { year: None, .. }, None, Some(d)) => {
            // Up to the end of the article's year at least: a comment
            // does not come before its article.
            let year_end = NaiveDate::from_ymd_opt(d.year(), 12, 31).unwrap_or(d);
            let bound = (d + Duration::days(300)).max(year_end);
            resolve(when, bound.and_hms_opt(23, 59, 0))
        }
        _ => resolve(when, now),
    }
}

/// The day a thread's bare times (`16:12 · Ruedi`) belong to, when the
/// site prints it once over the comments (`Kommentare vom Sonntag, 8. März
/// 2026`): a dated line with a year among the last few non-blank lines
/// above the first comment header `first`. Tickers and live blogs give
/// the date once and only the time per entry.
pub(crate) fn thread_heading_date(
    lines: &[&str],
    first: usize,
    dp: &DatePatterns,
) -> Option<NaiveDate> {
    lines[..first.min(lines.len())]
        .iter()
        .rev()
        .filter(|l| !l.trim().is_empty())
        .take(4)
        .filter(|l| l.chars().count() <= 80)
        .find_map(|l| day_with_year(l, dp, true))
}

/// A bare time (`16:12`, class `t:`/`t.`) on the day of the thread's
/// heading; other stamps as [`resolve_on_page`].
pub(crate) fn resolve_in_thread(
    stamp: &Stamp,
    now: Option<NaiveDateTime>,
    page: Option<NaiveDate>,
    heading: Option<NaiveDate>,
) -> Option<String> {
    match (stamp.when, now, heading) {
        (When::DayWord { days_back: 0, time }, None, Some(d)) if stamp.class.starts_with('t') => {
            Some(format_date_time(d, time))
        }
        _ => resolve_on_page(stamp.when, now, page),
    }
}

/// Whether the text after a time makes it a duration (`2:30 h`, `12:34
/// min`, `1:45 Std.`): walking times and video lengths, no clock time.
fn is_duration(after: &str) -> bool {
    let rest = after.trim_start().to_lowercase();
    ["h", "std", "stunden", "min", "minuten"]
        .iter()
        .any(|unit| {
            rest.strip_prefix(unit)
                .is_some_and(|r| !r.starts_with(char::is_alphabetic))
        })
}

/// The latest day printed with a year in a short line of `lines` (the
/// page above the comments: the date bar, `Aktualisiert: Fr., 12.12.2025`):
/// what `Heute` means on a page read without `--now`, since the page was
/// scraped no earlier than the last date it prints.
pub(crate) fn latest_page_day(lines: &[&str], dp: &DatePatterns) -> Option<NaiveDate> {
    lines
        .iter()
        .filter(|l| l.chars().count() <= 120)
        .filter_map(|l| day_with_year(l, dp, false))
        .max()
}

/// Characters that decorate a divider line (`— Heute —`, `── 10. Dezember
/// ──`, `[ Gestern ]`).
const DIVIDER_MARKS: &[char] = &[
    '—', '–', '-', '─', '━', '=', '*', '·', '•', '|', '[', ']', '~',
];

/// Weekday names and abbreviations, German and English: printed in
/// front of a date (`Mi 12.08.15`) or beside a divider's date
/// (`Mittwoch, 10. Dezember`).
pub(crate) const WEEKDAYS: &[&str] = &[
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "mo",
    "di",
    "mi",
    "do",
    "fr",
    "sa",
    "so",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
];

/// The day a divider line names, as chat apps and live threads print
/// them between the comments of different days (`— Gestern —`, `— Heute
/// —`, `── Mittwoch, 10. Dezember 2025 ──`), with the comments' headers
/// giving only the time. `decorated`: marks on both sides; an
/// undecorated line counts only when the caller saw it stand alone. Day
/// words count back from `today`; a date without a year takes the latest
/// such day no later than `today`.
pub(crate) fn divider_day(
    line: &str,
    dp: &DatePatterns,
    today: Option<NaiveDate>,
) -> Option<(NaiveDate, bool)> {
    let t = line.trim();
    let core = t.trim_matches(|c: char| DIVIDER_MARKS.contains(&c) || c.is_whitespace());
    let decorated =
        core.len() < t.len() && !t.starts_with(core) && !t.ends_with(core) && !core.is_empty();
    if core.is_empty() || core.chars().count() > 40 {
        return None;
    }
    let lower = core.to_lowercase();
    let back = match lower.as_str() {
        "heute" | "today" => Some(0),
        "gestern" | "yesterday" => Some(1),
        "vorgestern" => Some(2),
        _ => None,
    };
    if let Some(days) = back {
        return Some((today? - Duration::days(days), decorated));
    }
    let stamp = dp.find(core)?;
    let When::Absolute {
        year,
        month,
        day,
        time: None,
    } = stamp.when
    else {
        return None;
    };
    let rest = format!("{} {}", &core[..stamp.start], &core[stamp.end..]);
    let only_weekdays = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| WEEKDAYS.contains(&w.to_lowercase().as_str()));
    if !only_weekdays {
        return None;
    }
    let date = match year {
        Some(y) => NaiveDate::from_ymd_opt(y, month, day)?,
        None => {
            let today = today?;
            let this = NaiveDate::from_ymd_opt(today.year(), month, day)?;
            if this > today {
                NaiveDate::from_ymd_opt(today.year() - 1, month, day)?
            } else {
                this
            }
        }
    };
    Some((date, decorated))
}

/// A bare time (`15:42`, class `t:`/`t.`) on the day of the divider line
/// above it, whether or not `--now` is given; `None` for other stamps.
pub(crate) fn resolve_under_divider(stamp: &Stamp, divider: NaiveDate) -> Option<String> {
    match stamp.when {
        When::DayWord { days_back: 0, time } if stamp.class.starts_with('t') => {
            Some(format_date_time(divider, time))
        }
        _ => None,
    }
}

fn format_date_time(date: NaiveDate, time: Option<(u32, u32)>) -> String {
    match time.and_then(|(h, m)| date.and_hms_opt(h, m, 0)) {
        Some(t) => t.format("%Y-%m-%dT%H:%M").to_string(),
        None => date.format("%Y-%m-%d").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(line: &str, now: Option<NaiveDateTime>) -> Option<String> {
        let p = DatePatterns::new();
        resolve(p.find(line)?.when, now)
    }

    fn now() -> Option<NaiveDateTime> {
        NaiveDate::from_ymd_opt(2024, 11, 6)?.and_hms_opt(12, 0, 0)
    }

    /// Issue 11 (`unseen31`): days back at a time of day, an ISO stamp's
    /// time, and a print view's `Ausdruck vom` as the page's now.
    #[test]
    fn days_back_at_a_time_iso_times_and_printouts() {
        assert_eq!(
            iso("Bierkutscher · vor 2 Tagen, 19:02", now()).as_deref(),
            Some("2024-11-04T19:02")
        );
        assert_eq!(
            iso("Anna · vor 2 Tagen", now()).as_deref(),
            Some("2024-11-04T12:00")
        );
        assert_eq!(
            iso("2026-03-04T07:40:21+01:00", None).as_deref(),
            Some("2026-03-04T07:40")
        );
        assert_eq!(
            iso("04.03.2026 11:30 CET", None).as_deref(),
            Some("2026-03-04T11:30")
        );
        let dp = DatePatterns::new();
        let lines = [
            "frankenblick.de – Ausdruck vom 16.08.2026, 10:45 Uhr",
            "FRANKENBLICK",
        ];
        assert_eq!(
            printed_at(&lines, &dp),
            NaiveDate::from_ymd_opt(2026, 8, 16).and_then(|d| d.and_hms_opt(10, 45, 0))
        );
    }

    /// German social widgets' abbreviations: `3 Wo.`, `6 Tg.`.
    #[test]
    fn weeks_and_days_abbreviated() {
        let dp = DatePatterns::new();
        let ago = |t: &str| dp.find(t).map(|s| s.when);
        assert_eq!(
            ago("Gefällt mir · Antworten · 14 · 3 Wo."),
            Some(When::Ago {
                minutes: 3 * 7 * 1440
            })
        );
        assert_eq!(
            ago("Gefällt mir · 2 · 6 Tg."),
            Some(When::Ago { minutes: 6 * 1440 })
        );
        // Facebook's `T.` and `J.` count only with their dot: `3 t` is a weight.
        assert_eq!(
            ago("Gefällt mir · Antworten · 48 · 1 T."),
            Some(When::Ago { minutes: 1440 })
        );
        assert_eq!(
            ago("Gefällt mir · 2 J."),
            Some(When::Ago {
                minutes: 2 * 365 * 1440
            })
        );
        assert_eq!(ago("Ladung 3 t"), None);
    }

    #[test]
    fn french_style_times_with_h() {
        assert_eq!(
            iso("Carole W. – 17/09/2015 – 19h31", None).as_deref(),
            Some("2015-09-17T19:31")
        );
        // Only a lower-case `h` between digits: `5H30` and `2h` are no times.
        assert_eq!(
            iso("Abfahrt 17.09.2015 Gleis 5H30", None).as_deref(),
            Some("2015-09-17")
        );
        assert!(DatePatterns::new()
            .time
            .captures("Tor in der 2h Halbzeit")
            .is_none());
    }

    /// Radio pages print the time before the date.
    #[test]
    fn time_before_the_date() {
        assert_eq!(
            iso("Kai · per App · 06:20 Uhr, 4. März 2026", None).as_deref(),
            Some("2026-03-04T06:20")
        );
        let p = DatePatterns::new();
        assert_eq!(
            p.find("06:20 Uhr, 4. März 2026")
                .map(|s| s.class)
                .as_deref(),
            Some("t: longy")
        );
    }

    /// A time followed by a unit is a duration, not a stamp.
    #[test]
    fn durations_are_no_stamps() {
        let p = DatePatterns::new();
        assert!(p.find("Oeschinensee Rundweg · leicht · 2:30 h").is_none());
        assert!(p.find("▶ Video 12:34 min").is_none());
        assert!(p.find("Anna · 14:03 Uhr").is_some());
        assert!(p.find("Anna 14:03 hat geschrieben").is_some());
    }

    /// Divider lines name the day of the bare times under them: day
    /// words from the page's latest date, dates without a year in the
    /// year before it; text or stamped lines are no dividers.
    #[test]
    fn divider_lines_name_days() {
        let p = DatePatterns::new();
        let today = NaiveDate::from_ymd_opt(2025, 12, 12);
        let day = |l: &str| divider_day(l, &p, today).map(|(d, dec)| (d.to_string(), dec));
        assert_eq!(day("— Gestern —"), Some(("2025-12-11".into(), true)));
        assert_eq!(day("— Heute —"), Some(("2025-12-12".into(), true)));
        assert_eq!(day("Today"), Some(("2025-12-12".into(), false)));
        assert_eq!(
            day("── Mittwoch, 10. Dezember ──"),
            Some(("2025-12-10".into(), true))
        );
        assert_eq!(day("— 3. Februar —"), Some(("2025-02-03".into(), true)));
        assert_eq!(day("— Heute, 14:03 —"), None);
        assert_eq!(day("Heute war ein guter Tag"), None);
        assert_eq!(day("— 12.12.2025, 09:30 —"), None);
        assert_eq!(divider_day("— Heute —", &p, None), None);
        let lines = ["Fr., 12. Dezember 2025 · Wien", "Do., 11.12.2025, 15:10"];
        assert_eq!(latest_page_day(&lines, &p), today);
        let s = p.find("Melli  15:42").expect("stamp");
        let d = NaiveDate::from_ymd_opt(2025, 12, 11).expect("day");
        assert_eq!(
            resolve_under_divider(&s, d).as_deref(),
            Some("2025-12-11T15:42")
        );
    }

    #[test]
    fn bare_times_take_the_thread_heading_date() {
        let dp = DatePatterns::new();
        let lines = [
            "Kommentare vom Sonntag, 8. März 2026",
            "9 Kommentare",
            "",
            "16:12 · Ruedi",
        ];
        let heading = thread_heading_date(&lines, 3, &dp);
        assert_eq!(heading, NaiveDate::from_ymd_opt(2026, 3, 8));
        let stamp = dp.find(lines[3]).expect("stamp");
        assert_eq!(
            resolve_in_thread(&stamp, None, None, heading).as_deref(),
            Some("2026-03-08T16:12")
        );
        // `heute 14:03` stays relative: without `now` it has no date.
        let rel = dp.find("heute 14:03").expect("stamp");
        assert_eq!(resolve_in_thread(&rel, None, None, heading), None);
    }

    #[test]
    fn absolute_forms() {
        assert_eq!(
            iso("Horst Flügge 06.11.24 08:10", None).as_deref(),
            Some("2024-11-06T08:10")
        );
        assert_eq!(
            iso("Anna 05.11.2024, 17.40 Uhr", None).as_deref(),
            Some("2024-11-05T17:40")
        );
        assert_eq!(
            iso("5. November 2024 um 14:03 Uhr", None).as_deref(),
            Some("2024-11-05T14:03")
        );
        assert_eq!(
            iso("2024-11-05 14:03", None).as_deref(),
            Some("2024-11-05T14:03")
        );
        assert_eq!(iso("am 05.11.2024", None).as_deref(), Some("2024-11-05"));
        assert_eq!(
            iso("— 14. Jänner 2026, 21:05 · Gerhard", None).as_deref(),
            Some("2026-01-14T21:05")
        );
        assert_eq!(iso("3. Feber 2026", None).as_deref(), Some("2026-02-03"));
        // WordPress themes print `@` between the date and the time.
        assert_eq!(
            iso("Ruedi  |  11. März 2026 @ 07:05  |  Permalink", None).as_deref(),
            Some("2026-03-11T07:05")
        );
        assert_eq!(
            iso("Posted by jb_1990 on Nov 12, 2026 at 3:14 PM", None).as_deref(),
            Some("2026-11-12T15:14")
        );
        assert_eq!(
            iso("Nov 22, 2026 12:30 AM", None).as_deref(),
            Some("2026-11-22T00:30")
        );
        // German `am` after a time is not AM.
        assert_eq!(
            iso("05.11.2024 19:30 am Rathaus", None).as_deref(),
            Some("2024-11-05T19:30")
        );
        // WordPress in small letters; `am` at the end of the line only.
        assert_eq!(
            iso("July 17, 2026 at 2:05 pm", None).as_deref(),
            Some("2026-07-17T14:05")
        );
        assert_eq!(
            iso("July 18, 2026 at 12:41 am", None).as_deref(),
            Some("2026-07-18T00:41")
        );
        assert_eq!(
            iso("18.07.2026 12:41 am Badesee", None).as_deref(),
            Some("2026-07-18T12:41")
        );
    }

    #[test]
    fn slashed_dates_are_day_first_unless_the_day_cannot_be_a_month() {
        assert_eq!(
            iso("Seppl  04/02/2025 12:38", None).as_deref(),
            Some("2025-02-04T12:38")
        );
        assert_eq!(
            iso("Anna 24/12/25 09:05", None).as_deref(),
            Some("2025-12-24T09:05")
        );
        // Month first where the second number is no month, or beside a
        // 12-hour time.
        assert_eq!(
            iso("Joe 12/24/2025 09:05", None).as_deref(),
            Some("2025-12-24T09:05")
        );
        assert_eq!(
            iso("posted by Joe on 03/04/2026 3:15 PM", None).as_deref(),
            Some("2026-03-04T15:15")
        );
        assert_eq!(iso("Seite 1/2/3", None), None);
        // Capitals that spell "AM" are no 12-hour time.
        assert_eq!(
            iso("SAMSTAG 04/03/2025 12:15", None).as_deref(),
            Some("2025-03-04T12:15")
        );
    }

    #[test]
    fn year_less_and_relative_need_now() {
        assert_eq!(iso("J. Franke 5.11. 17.40", None), None);
        assert_eq!(
            iso("J. Franke 5.11. 17.40", now()).as_deref(),
            Some("2024-11-05T17:40")
        );
        assert_eq!(iso("Max • vor 3 Stunden", None), None);
        assert_eq!(
            iso("Max • vor 3 Stunden", now()).as_deref(),
            Some("2024-11-06T09:00")
        );
        assert_eq!(
            iso("gestern, 14:03", now()).as_deref(),
            Some("2024-11-05T14:03")
        );
        assert_eq!(
            iso("vor einer Stunde", now()).as_deref(),
            Some("2024-11-06T11:00")
        );
        // English widgets abbreviate the unit with a dot.
        assert_eq!(
            iso("14 hr. ago", now()).as_deref(),
            Some("2024-11-05T22:00")
        );
        assert_eq!(
            iso("· edited 3 min. ago", now()).as_deref(),
            Some("2024-11-06T11:57")
        );
    }

    /// The memo answers by the whole line: a line that extends a known one
    /// is read afresh, and a known line gives what reading it gave.
    #[test]
    fn memoised_stamps_are_the_stamps_of_the_whole_line() {
        let dp = DatePatterns::new();
        let fresh = DatePatterns::new();
        for line in [
            "12.03.2026",
            "12.03.2026, 10:00",
            "12.03.2026",
            "Anna · vor 3 Std.",
        ] {
            assert_eq!(dp.find(line), fresh.read(line), "{line}");
        }
        assert_eq!(dp.find("12.03.2026, 10:00").map(|s| s.end), Some(17));
        assert_eq!(dp.found.borrow().len(), 3);
    }

    /// Issue 11: without `now`, a year-less date takes the article's year,
    /// or the next one when it lies months before the article's day.
    #[test]
    fn year_less_dates_take_the_article_year() {
        let p = DatePatterns::new();
        let top = ["Stadtbote", "Von Eva Lind", "Sa., 20.12.2025, 18:00 Uhr"];
        let page = page_date(&top, &p);
        assert_eq!(page, NaiveDate::from_ymd_opt(2025, 12, 20));
        let resolved = |l: &str, page| resolve_on_page(p.find(l)?.when, None, page);
        let on_page = |l: &str| resolved(l, page);
        assert_eq!(
            on_page("Mo., 22.12. · 09:15").as_deref(),
            Some("2025-12-22T09:15")
        );
        assert_eq!(on_page("03.01. 11:40").as_deref(), Some("2026-01-03T11:40"));
        assert_eq!(on_page("vor 3 Stunden"), None);
        assert_eq!(page_date(&["Kein Datum hier"], &p), None);
        // A year that ends a date the patterns do not read names the
        // page's year; a year in a headline does not.
        let course = ["Gartenkurs 2025", "Kurszeitraum: 23.02.–05.04.2026"];
        let page = page_date(&course, &p);
        assert_eq!(page, NaiveDate::from_ymd_opt(2026, 1, 1));
        assert_eq!(
            resolved("Mi., 4. März, 19:12", page).as_deref(),
            Some("2026-03-04T19:12")
        );
        assert_eq!(
            resolved("12. Dezember", page).as_deref(),
            Some("2026-12-12")
        );
        assert_eq!(page_date(&["2015 sackte der Gewinn ab"], &p), None);
        let copyright = page_date(&["© 2025 Stadtbote"], &p);
        assert_eq!(copyright, NaiveDate::from_ymd_opt(2025, 1, 1));
        // `unseen40`: a long byline that opens with its date is the page's
        // dateline; a long paragraph with a date inside is not.
        let byline =
            "Freitag, 8. August 2025, 17:30 Uhr · Beitrag: Susann Richter, Kamera: Tom Wendler";
        assert!(byline.chars().count() > 80);
        assert_eq!(
            page_date(&[byline], &p),
            NaiveDate::from_ymd_opt(2025, 8, 8)
        );
        let paragraph = "Die Brücke über die Elbe, die seit dem Hochwasser gesperrt ist, soll am 8. August 2025 wieder öffnen.";
        assert_eq!(page_date(&[paragraph], &p), None);
    }

    /// `unseen41`: a podcast's `Folge 47 · 2. Februar 2025 · 52 Min.`
    /// dates the page; its length is no age. A compact age alone still is.
    #[test]
    fn a_date_before_a_length_is_the_stamp() {
        let p = DatePatterns::new();
        let line = "Folge 47 · 2. Februar 2025 · 52 Min.";
        let page = page_date(&[line], &p);
        assert_eq!(page, NaiveDate::from_ymd_opt(2025, 2, 2));
        let header = "#1   Kneipengänger_Udo   ·   2. Feb., 19:40";
        let resolved = p
            .find(header)
            .and_then(|s| resolve_on_page(s.when, None, page));
        assert_eq!(resolved.as_deref(), Some("2025-02-02T19:40"));
        assert_eq!(
            p.find("Anna · 52 Min.").map(|s| s.when),
            Some(When::Ago { minutes: 52 })
        );
        // A year-less date before an age leaves the age the stamp.
        let ago = p.find("2. Feb. · 5 Std.").map(|s| s.when);
        assert_eq!(ago, Some(When::Ago { minutes: 300 }));
    }

    #[test]
    fn classes_tell_formats_apart() {
        let p = DatePatterns::new();
        let class = |l: &str| p.find(l).map(|s| s.class);
        assert_eq!(
            class("michael von wob 06.11.24 11:50").as_deref(),
            Some("dmy2 t:")
        );
        assert_eq!(class("J. Franke 5.11. 17.40").as_deref(), Some("dm t."));
        assert_eq!(class("Max • vor 2 Tagen").as_deref(), Some("rel"));
    }
}
