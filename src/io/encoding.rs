//! Encoding detection for exported tables.
//!
//! Excel on German Windows saves "CSV (Trennzeichen-getrennt)" as
//! Windows-1252 and "CSV UTF-8" with a byte-order mark. We honour a BOM,
//! otherwise look at the first 64 KiB and decide for the whole file from
//! clear evidence only: UTF-8 unless bytes that are not UTF-8 outnumber the
//! well-formed multi-byte characters. A UTF-8 file with a stray byte thus
//! stays UTF-8 and only the row holding the byte is flagged, instead of
//! every umlaut of every row turning into mojibake (`GrÃ¶ÃŸe`); Windows-1252
//! text, where almost every umlaut is an invalid UTF-8 byte, is transcoded.

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
            let (multibyte, invalid) = utf8_evidence(&head);
            if invalid > 0 && invalid >= multibyte {
                WINDOWS_1252
            } else {
                UTF_8
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

/// Well-formed multi-byte UTF-8 characters and invalid byte sequences in
/// `head` (a character cut in two at the end of the buffer counts as neither).
fn utf8_evidence(head: &[u8]) -> (usize, usize) {
    let leads = |b: &[u8]| b.iter().filter(|&&c| c >= 0xC0).count();
    let (mut multibyte, mut invalid) = (0, 0);
    let mut rest = head;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => return (multibyte + leads(s.as_bytes()), invalid),
            Err(e) => {
                multibyte += leads(&rest[..e.valid_up_to()]);
                match e.error_len() {
                    Some(n) => {
                        invalid += 1;
                        rest = &rest[e.valid_up_to() + n..];
                    }
                    None => return (multibyte, invalid),
                }
            }
        }
    }
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
    fn one_stray_byte_keeps_a_utf8_file_utf8() {
        let mut bytes = "text\nGröße\nÄrger\n".as_bytes().to_vec();
        bytes.extend_from_slice(b"kaputt \xFC\n\xE2\x80\x9EFu\xC3\x9F\xE2\x80\x9C\n");
        let (mut r, e, _) = open_decoded(
            Box::new(std::io::Cursor::new(bytes.clone())),
            InputEncoding::Auto,
        )
        .unwrap();
        assert_eq!(e.name(), "UTF-8");
        let mut raw = Vec::new();
        r.read_to_end(&mut raw).unwrap();
        assert_eq!(
            raw, bytes,
            "bytes pass through; the table flags the bad row"
        );
        // Windows-1252 with a `ß“` that happens to be a valid UTF-8 pair.
        assert_eq!(
            read(b"text\nGr\xF6\xDFe \x84Fu\xDF\x93 \xFCber").1,
            "windows-1252"
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
