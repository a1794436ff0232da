//! The `moderato` binary: parse flags, run, map the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;
use moderato::cli::{run, Cli, Command, Outcome};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Serve(_)) {
        quiet_on_closed_pipe();
    }
    // A service's log is its only voice: it logs requests by default.
    let quiet = if matches!(cli.command, Command::Serve(_)) {
        "info"
    } else {
        "warn"
    };
    let default = match cli.verbose {
        0 => quiet,
        1 => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("MODERATO_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    // MODERATO_LOG_FORMAT=json: one JSON object per line, for log shippers.
    if std::env::var("MODERATO_LOG_FORMAT").is_ok_and(|f| f == "json") {
        logs.json().init();
    } else {
        logs.init();
    }
    match run(cli) {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Partial) => ExitCode::from(1),
        Err(e) => {
            // A closed pipe (`moderato score big.csv | head`) is not an error.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("moderato: error: {}", error_chain(&e));
            ExitCode::from(2)
        }
    }
}

/// A reader that stops early (`moderato segment pages/ --check | head`)
/// ends the run, as it ends `grep` or `cat`: the default action of
/// SIGPIPE is restored (Rust ignores the signal, and every `println!`
/// would then panic on the closed pipe). Not for `serve`, whose clients
/// may hang up at any time.
fn quiet_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: called once at start-up, before any other thread exists;
    // setting a signal's disposition to its default has no preconditions.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// The error and its causes, each cause left out when an outer message already
/// quotes it (many library errors repeat their source in their own text).
fn error_chain(e: &anyhow::Error) -> String {
    let mut msg = e.to_string();
    for cause in e.chain().skip(1) {
        let text = cause.to_string();
        if !msg.contains(&text) {
            msg.push_str(": ");
            msg.push_str(&text);
        }
    }
    msg
}
