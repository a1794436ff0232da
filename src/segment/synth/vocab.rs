//! The small parts of generated pages: a seeded random source, user names
//! in several styles, and time stamps in German and English formats with
//! the ISO time the segmenter should read from them.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};

/// SplitMix64: small, seeded, the same on every platform.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

const FIRST: &[&str] = &[
    "Anna",
    "Jürgen",
    "Sabine",
    "Thomas",
    "Özlem",
    "Michael",
    "Katrin",
    "Stefan",
    "Lena",
    "Horst",
    "Ingrid",
    "Mehmet",
    "Julia",
    "Wolfgang",
    "Petra",
    "Lukas",
    "Monika",
    "Hans-Peter",
    "Birgit",
    "Klaus",
    "Marie",
    "Dieter",
    "Fatma",
    "Uwe",
    "Renate",
    "Jonas",
    "Gisela",
    "Tobias",
];
const LAST: &[&str] = &[
    "Berg",
    "Franke",
    "Müller",
    "Schulz",
    "Yilmaz",
    "Hoffmann",
    "Wagner",
    "Köhler",
    "Schäfer",
    "Becker",
    "Neumann",
    "Krüger",
    "Zimmermann",
    "Lange",
    "Brandt",
    "Vogel",
    "Kaiser",
    "Weiß",
];
const PSEUDO: &[&str] = &[
    "Kernelpanik",
    "Bytebändiger",
    "Wutbürger",
    "Realist",
    "Bergfex",
    "Stadtkind",
    "Querdenker",
    "Nordlicht",
    "Zaungast",
    "Spätzünder",
    "Bürgerin",
    "Pendler",
    "Schwabenpfeil",
    "Donauwelle",
];

/// How a site prints its users' names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameStyle {
    /// `Anna Berg`.
    Real,
    /// `tom_b1982`, `Kernelpanik`, `Stadtkind77`.
    Pseudo,
    /// `Hans-Peter W.`, `M. Schulz`.
    Initials,
    /// Any of the above.
    Mixed,
}

/// A user name in `style`.
pub fn name(rng: &mut Rng, style: NameStyle) -> String {
    let style = match style {
        NameStyle::Mixed => *rng.pick(&[NameStyle::Real, NameStyle::Pseudo, NameStyle::Initials]),
        s => s,
    };
    match style {
        NameStyle::Real => format!("{} {}", rng.pick(FIRST), rng.pick(LAST)),
        NameStyle::Initials => {
            if rng.chance(0.5) {
                format!("{} {}.", rng.pick(FIRST), initial(rng.pick::<&str>(LAST)))
            } else {
                format!("{}. {}", initial(rng.pick::<&str>(FIRST)), rng.pick(LAST))
            }
        }
        NameStyle::Pseudo | NameStyle::Mixed => match rng.below(4) {
            0 => rng.pick(PSEUDO).to_string(),
            1 => format!("{}{}", rng.pick(PSEUDO), 10 + rng.below(89)),
            2 => format!(
                "{}_{}{}",
                rng.pick(FIRST).to_lowercase().replace('-', ""),
                initial(rng.pick::<&str>(LAST)).to_lowercase(),
                1950 + rng.below(55)
            ),
            _ => format!(
                "{}.{}",
                rng.pick(FIRST).to_lowercase(),
                rng.pick(LAST).to_lowercase()
            ),
        },
    }
}

fn initial(name: &str) -> String {
    name.chars().take(1).collect()
}

/// Time stamp formats seen on German and English comment sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateFmt {
    /// `22.11.2026 09:14`
    Num,
    /// `22.11.2026, 09:14 Uhr`
    NumUhr,
    /// `22.11.26 09:14`
    Num2,
    /// `22.11.2026 09:14:33`
    Seconds,
    /// `22. November 2026 um 09:14 Uhr`
    Long,
    /// `22. November, 09:14` (no year)
    LongNoYear,
    /// `Sa, 22.11.2026 - 09:14`
    Weekday,
    /// `22. Nov. 2026, 09:14`
    ShortMonth,
    /// `2026-11-22 09:14`
    Iso,
    /// `22 Nov 2026 09:14`
    EnDmy,
    /// `22.11.2026` (no time)
    DateOnly,
    /// `vor 5 Stunden`, `vor 12 Minuten`
    Ago,
    /// `gestern, 11:58 Uhr`, `heute, 09:14`
    DayWord,
    /// `5 hours ago`
    AgoEn,
    /// `5 Std.`, `2h`
    AgoShort,
    /// `Nov 12, 2026 at 3:14 PM`
    EnAtAmPm,
    /// `Nov 12, 2026 3:14 PM`
    EnMdy,
    /// `22.11.26 um 09:14` (forum software)
    Num2Um,
    /// `14. Jänner 2026, 21:05` (Austrian month names)
    Austrian,
    /// `17.05.2025 | 18:40` (viewer mail signed under the text)
    NumPipe,
    /// `15:42`: the day comes from a divider line over the comments
    /// (`— Gestern —`, see [`divider`])
    BareTime,
}

/// Badges printed on a line of their own under a commenter's name in
/// header stacks (apps, Discourse, Q&A sites).
pub const BADGES: [&str; 10] = [
    "Abonnentin",
    "Abonnent",
    "Stammgast",
    "Community-Experte",
    "★ Top-Kommentar",
    "✔ Redaktion",
    "Neuer Benutzer",
    "Moderator",
    "Fragesteller",
    "Verifizierte Expertin · Energieberatung",
];

/// Cars printed after a name in car forums (`Nick (Golf VII GTD)`).
pub const CARS: [&str; 6] = [
    "Golf VII GTD",
    "Octavia RS",
    "BMW E46 330i",
    "Mazda MX-5 NA",
    "MAN TGX",
    "Corolla 1.8",
];

/// An avatar drawn as the name's initials (`Martina Krämer` → `MK`,
/// `tom_b1982` → `T`).
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_alphabetic()))
        .flat_map(char::to_uppercase)
        .take(2)
        .collect()
}

/// Towns printed beside a commenter's name (`Name | Ort`).
pub const TOWNS: [&str; 12] = [
    "Oberau",
    "Dortmund",
    "Bad Sassendorf",
    "Werl",
    "Neustadt an der Weinstraße",
    "Bochum",
    "Unterhaching",
    "Kiel",
    "St. Ingbert",
    "Halle (Saale)",
    "Soest",
    "Lüdenscheid",
];

const WEEKDAYS: [&str; 7] = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"];
const MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// A stamp for a comment posted at `at`, seen at `now`: the printed text
/// and the ISO time a reader would give it (minutes for relative forms).
pub fn stamp(
    rng: &mut Rng,
    fmt: DateFmt,
    at: NaiveDateTime,
    now: NaiveDateTime,
) -> (String, String) {
    let iso = at.format("%Y-%m-%dT%H:%M").to_string();
    let (d, m, y) = (at.day(), at.month(), at.year());
    let (h, mi) = (at.hour(), at.minute());
    let mon = MONTHS[m as usize - 1];
    match fmt {
        DateFmt::Num => (format!("{d:02}.{m:02}.{y} {h:02}:{mi:02}"), iso),
        DateFmt::NumUhr => (format!("{d:02}.{m:02}.{y}, {h:02}:{mi:02} Uhr"), iso),
        DateFmt::Num2 => (format!("{d:02}.{m:02}.{} {h:02}:{mi:02}", y % 100), iso),
        DateFmt::Seconds => (
            format!("{d:02}.{m:02}.{y} {h:02}:{mi:02}:{:02}", rng.below(60)),
            iso,
        ),
        DateFmt::Long => (format!("{d}. {mon} {y} um {h:02}:{mi:02} Uhr"), iso),
        DateFmt::LongNoYear => (format!("{d}. {mon}, {h:02}:{mi:02}"), iso),
        DateFmt::Weekday => (
            format!(
                "{}, {d:02}.{m:02}.{y} - {h:02}:{mi:02}",
                WEEKDAYS[at.weekday().num_days_from_monday() as usize]
            ),
            iso,
        ),
        DateFmt::ShortMonth => (format!("{d}. {}. {y}, {h:02}:{mi:02}", &mon[..3]), iso),
        DateFmt::Iso => (at.format("%Y-%m-%d %H:%M").to_string(), iso),
        DateFmt::EnDmy => (
            format!("{d} {} {y} {h:02}:{mi:02}", &at.format("%b").to_string()),
            iso,
        ),
        DateFmt::DateOnly => (
            format!("{d:02}.{m:02}.{y}"),
            at.format("%Y-%m-%d").to_string(),
        ),
        DateFmt::EnAtAmPm | DateFmt::EnMdy => {
            let (pm, h12) = at.hour12();
            let at_word = if fmt == DateFmt::EnAtAmPm { " at" } else { "" };
            let ampm = if pm { "PM" } else { "AM" };
            (
                format!("{} {d}, {y}{at_word} {h12}:{mi:02} {ampm}", at.format("%b")),
                iso,
            )
        }
        DateFmt::Num2Um => (format!("{d:02}.{m:02}.{} um {h:02}:{mi:02}", y % 100), iso),
        DateFmt::Austrian => {
            let mon = match m {
                1 => "Jänner",
                2 => "Feber",
                _ => mon,
            };
            (format!("{d}. {mon} {y}, {h:02}:{mi:02}"), iso)
        }
        DateFmt::NumPipe => (format!("{d:02}.{m:02}.{y} | {h:02}:{mi:02}"), iso),
        DateFmt::BareTime => (format!("{h:02}:{mi:02}"), iso),
        DateFmt::Ago | DateFmt::AgoEn | DateFmt::AgoShort => relative(fmt, now - at, now),
        DateFmt::DayWord => {
            let days = (now.date() - at.date()).num_days();
            let word = if days == 0 { "heute" } else { "gestern" };
            let uhr = if rng.chance(0.5) { " Uhr" } else { "" };
            (format!("{word}, {h:02}:{mi:02}{uhr}"), iso)
        }
    }
}

/// A relative stamp for `ago`, in whole minutes, hours or days.
fn relative(fmt: DateFmt, ago: Duration, now: NaiveDateTime) -> (String, String) {
    let mins = ago.num_minutes().max(1);
    let (n, unit_de, unit_en, short, per) = if mins < 60 {
        (mins, ["Minute", "Minuten"], "minutes", "Min.", 1)
    } else if mins < 24 * 60 {
        (mins / 60, ["Stunde", "Stunden"], "hours", "Std.", 60)
    } else {
        (mins / 1440, ["Tag", "Tagen"], "days", "d", 1440)
    };
    let iso = (now - Duration::minutes(n * per))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let text = match fmt {
        DateFmt::Ago if n == 1 => {
            format!("vor einer {}", unit_de[0]).replace("einer Tag", "einem Tag")
        }
        DateFmt::Ago => format!("vor {n} {}", unit_de[1]),
        DateFmt::AgoEn => format!("{n} {unit_en} ago"),
        _ => format!("{n} {short}"),
    };
    (text, iso)
}

/// Whether a format needs the scrape time to give an absolute time.
pub fn needs_now(fmt: DateFmt) -> bool {
    matches!(
        fmt,
        DateFmt::Ago
            | DateFmt::AgoEn
            | DateFmt::AgoShort
            | DateFmt::DayWord
            | DateFmt::LongNoYear
            | DateFmt::BareTime
    )
}

/// A day divider as chat apps print it between the comments of two days:
/// `— Heute —`, `── Gestern ──`, a plain `Today`, or the weekday and date
/// for older days (`— Mittwoch, 10. Dezember —`). `style` picks the
/// decoration (0–2), fixed per page.
pub fn divider(day: NaiveDate, today: NaiveDate, english: bool, style: usize) -> String {
    const DE_DAYS: [&str; 7] = [
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ];
    let wd = day.weekday().num_days_from_monday() as usize;
    let word = match ((today - day).num_days(), english) {
        (0, false) => "Heute".to_string(),
        (1, false) => "Gestern".to_string(),
        (0, true) => "Today".to_string(),
        (1, true) => "Yesterday".to_string(),
        (_, false) => format!(
            "{}, {}. {}",
            DE_DAYS[wd],
            day.day(),
            MONTHS[day.month() as usize - 1]
        ),
        (_, true) => day.format("%A, %B %-d").to_string(),
    };
    match style {
        0 => format!("— {word} —"),
        1 => format!("── {word} ──"),
        _ => word,
    }
}
