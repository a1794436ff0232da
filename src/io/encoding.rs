//! Encoding detection for exported tables.
//!
//! Excel on German Windows saves "CSV (Trennzeichen-getrennt)" as
//! Windows-1252 and "CSV UTF-8" with a byte-order mark. We honour a BOM,
//! otherwise look at the first 64 KiB: valid UTF-8 is read as is (a later bad
//! byte then becomes a row error, not a silent mis-decoding); anything else is
//! transcoded from Windows-1252.

use std::io::{self, BufRead, BufReader, Read};

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use encoding_rs_io::DecodeReaderBytesBuilder;

/// What the caller asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputEncoding {
    /// BOM, then UTF-8 validity of the first 64 KiB, else Windows-1252.
    #[default]
    Auto,
    /// A named encoding (`--encoding latin1`, `cp1252`, `utf-8`…).
    Named(&'static Encoding),
}

impl InputEncoding {
    /// Parses a WHATWG encoding label such as `utf-8`, `windows-1252`, `latin1`.
    pub fn parse(label: &str) -> Option<Self> {
        if label.eq_ignore_ascii_case("auto") {
            return Some(Self::Auto);
        }
        let label = if label.eq_ignore_ascii_case("cp1252") {
            "windows-1252"
        } else {
            label
        };
        Encoding::for_label(label.as_bytes()).map(Self::Named)
    }
}

/// A UTF-8 stream over `inner`, with the encoding that was used and whether a BOM was present.
pub fn open_decoded(
    inner: Box<dyn Read + Send>,
    wanted: InputEncoding,
) -> io::Result<(Box<dyn Read + Send>, &'static Encoding, bool)> {
    let mut buf = BufReader::with_capacity(64 * 1024, inner);
    let head = buf.fill_buf()?.to_vec();
    let (bom_enc, bom_len) = Encoding::for_bom(&head).unwrap_or((UTF_8, 0));
    let has_bom = bom_len > 0;
    let enc = match wanted {
        InputEncoding::Named(e) => e,
        InputEncoding::Auto if has_bom => bom_enc,
        InputEncoding::Auto => {
            let valid = match std::str::from_utf8(&head) {
                Ok(_) => true,
                // An error only because the buffer cut a character in two is fine.
                Err(e) => e.error_len().is_none(),
            };
            if valid {
                UTF_8
            } else {
                WINDOWS_1252
            }
        }
    };
    if enc == UTF_8 {
        buf.consume(if has_bom { bom_len } else { 0 });
        return Ok((Box::new(buf), enc, has_bom));
    }
    let decoded = DecodeReaderBytesBuilder::new()
        .encoding(Some(enc))
        .bom_override(true)
        .build(buf);
    Ok((Box::new(decoded), enc, has_bom))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> (String, &'static str, bool) {
        let (mut r, e, bom) = open_decoded(
            Box::new(std::io::Cursor::new(bytes.to_vec())),
            InputEncoding::Auto,
        )
        .unwrap();
        let mut s = String::new();
        r.read_to_string(&mut s).unwrap();
        (s, e.name(), bom)
    }

    #[test]
    fn detects_bom_utf8_and_cp1252() {
        assert_eq!(
            read(b"\xEF\xBB\xBFtext\nGr\xC3\xBC\xC3\x9Fe"),
            ("text\nGrüße".into(), "UTF-8", true)
        );
        assert_eq!(
            read("text\nGrüße".as_bytes()),
            ("text\nGrüße".into(), "UTF-8", false)
        );
        assert_eq!(
            read(b"text\nGr\xFC\xDFe \x80"),
            ("text\nGrüße €".into(), "windows-1252", false)
        );
    }

    #[test]
    fn labels_parse() {
        assert!(
            matches!(InputEncoding::parse("cp1252"), Some(InputEncoding::Named(e)) if e == WINDOWS_1252)
        );
        assert!(InputEncoding::parse("klingon").is_none());
    }
}
