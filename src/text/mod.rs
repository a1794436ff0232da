//! Text: the first stage of the pipeline. Raw comment text becomes a normalized
//! string whose every byte still knows where it came from in the original, so
//! that features can be explained as spans of what the reader actually wrote.

mod fold;
mod latin1;
mod normalize;
mod passes;
mod tokens;

pub use fold::is_blank;
pub(crate) use normalize::camel_seam;
pub use normalize::{Normalized, Normalizer, NormalizerParams};
pub(crate) use tokens::char_at;
pub use tokens::{tokens, Token};
