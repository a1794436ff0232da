//! `moderato policy import-coral`: Coral Talk's word lists in, a policy file out.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use super::args::{ImportCoralArgs, PolicyCommand};
use super::Outcome;
use crate::policy::coral_to_toml;

fn read_list(path: Option<&Path>) -> Result<String> {
    let Some(p) = path else {
        return Ok(String::new());
    };
    let bytes = std::fs::read(p).with_context(|| format!("{}: cannot read", p.display()))?;
    String::from_utf8(bytes)
        .with_context(|| format!("{}: not UTF-8 (save the list as UTF-8)", p.display()))
}

/// Runs `moderato policy …`.
pub fn run(c: PolicyCommand) -> Result<Outcome> {
    match c {
        PolicyCommand::ImportCoral(a) => import_coral(a),
    }
}

fn import_coral(a: ImportCoralArgs) -> Result<Outcome> {
    let banned = read_list(a.banned.as_deref())?;
    let suspect = read_list(a.suspect.as_deref())?;
    let i = coral_to_toml(&banned, &suspect)?;
    if a.output == "-" {
        std::io::stdout().write_all(i.toml.as_bytes())?;
    } else {
        crate::atomic_file::write_atomically(Path::new(&a.output), |w| {
            w.write_all(i.toml.as_bytes())
        })
        .with_context(|| format!("{}: cannot write", a.output))?;
    }
    eprintln!(
        "moderato: {} banned and {} suspect terms imported, {} lines skipped (blank, duplicate or without letters)",
        i.kept.0, i.kept.1, i.skipped
    );
    Ok(Outcome::Ok)
}
