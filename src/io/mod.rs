//! Input and output: tables (CSV/TSV/JSONL as people export them, Excel's
//! German flavour included) read as a stream of rows, and scored rows written
//! to a sink in the same order.

mod encoding;
mod table;

pub use encoding::{open_decoded, InputEncoding};
pub use table::{sniff_delimiter, InputFormat, Row, RowError, TableOptions, TableReader};
