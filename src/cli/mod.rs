//! The command line: flags → plain argument structs → one `run` per subcommand.
//!
//! Exit codes: 0 success; 1 some rows could not be processed (they are in the
//! output with an `error`) or a check failed; 2 a fatal error (bad flags,
//! unreadable model or file).

mod args;
mod common;
mod context;
mod cv;
mod eval;
mod explain;
mod info;
mod policy;
mod score;
mod segment;
mod serve;
mod train;
mod train_context;

pub use args::{Cli, Command};

/// What a successful run reports to `main`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything worked.
    Ok,
    /// Some rows failed or a check did not pass.
    Partial,
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    if let Some(n) = cli.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .map_err(|e| anyhow::anyhow!("cannot set up {n} threads: {e}"))?;
    }
    match cli.command {
        Command::Score(a) => score::run(a),
        Command::Train(a) => train::run(a),
        Command::Eval(a) => eval::run(a),
        Command::Cv(a) => cv::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Info(a) => info::run(a),
        Command::Segment(a) => segment::run(a),
        Command::ScorePage(a) => segment::run_score(a),
        Command::Serve(a) => serve::run(a),
        Command::Policy(c) => policy::run(c),
        Command::TrainContext(a) => train_context::run(a),
    }
}
