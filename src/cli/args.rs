//! Every flag of every subcommand, with the help text users read.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::eval::Objective;
use crate::io::InputFormat;

/// Scores German reader comments for toxicity and off-topic content.
///
/// Examples:
///   moderato score data/sample-comments.csv -o scored.csv
///   moderato explain "Du bist ein A r s c h"
///   moderato train --config train.toml -o models/my.model
///   moderato cv --config train.toml --folds 10 --report cv.html
///   moderato segment page.html --format csv | moderato score -
///   moderato serve --listen 127.0.0.1:8080 --db moderato.sqlite
#[derive(Debug, Parser)]
#[command(name = "moderato", version, about, long_about, verbatim_doc_comment)]
pub struct Cli {
    /// Worker threads (default: all cores; 1 for a single-threaded run).
    #[arg(long, global = true, value_name = "N")]
    pub threads: Option<usize>,
    /// More log output on stderr (-v info, -vv debug); or set MODERATO_LOG.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// The subcommand.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score a CSV or JSONL file of comments; every input row comes out again.
    Score(ScoreArgs),
    /// Train a model from a config file or a single labelled CSV.
    Train(TrainArgs),
    /// Evaluate a model on a labelled file.
    Eval(EvalArgs),
    /// Cross-validate the training recipe.
    Cv(CvArgs),
    /// Show which words pushed a text's scores.
    Explain(ExplainArgs),
    /// Print a model's card: sources, labels, thresholds, metrics.
    Info(InfoArgs),
    /// Split scraped article pages (text or HTML) into editorial text and reader comments.
    Segment(SegmentArgs),
    /// Segment a page and score each of its comments.
    ScorePage(ScorePageArgs),
    /// Run the moderation-queue HTTP service (Perspective and Coral compatible).
    Serve(ServeArgs),
    /// Policy lists: import Coral Talk's banned and suspect word lists.
    #[command(subcommand)]
    Policy(PolicyCommand),
    /// Train the off-topic context model (comment vs article, parent, thread).
    TrainContext(TrainContextArgs),
}

/// Which policy list applies.
#[derive(Debug, Clone, Args)]
pub struct PolicyArg {
    /// Policy file (TOML) whose rules raise decisions; `none` for the model
    /// alone [default: the built-in German policy, data/policy/default-de.toml].
    #[arg(long, value_name = "FILE|none")]
    pub policy: Option<String>,
}

/// `moderato policy …`.
#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Turn Coral Talk's word lists (one term per line) into a policy file:
    /// banned → a `reject` rule, suspect → a `review` rule.
    #[command(
        after_help = "Example:\n  moderato policy import-coral --banned banned.txt --suspect suspect.txt -o policy.toml\n  moderato score kommentare.csv --policy policy.toml"
    )]
    ImportCoral(ImportCoralArgs),
}

/// `moderato policy import-coral`.
#[derive(Debug, Clone, Args)]
pub struct ImportCoralArgs {
    /// Coral's banned words, one per line.
    #[arg(long, value_name = "FILE", required_unless_present = "suspect")]
    pub banned: Option<PathBuf>,
    /// Coral's suspect words, one per line.
    #[arg(long, value_name = "FILE")]
    pub suspect: Option<PathBuf>,
    /// Policy file to write (atomically), or - for stdout.
    #[arg(short, long, value_name = "FILE", default_value = "-")]
    pub output: String,
}

/// `moderato train-context`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Reproduces the shipped context model:\n  bench/context/train   (out-of-fold text-only predictions, then train-context)"
)]
pub struct TrainContextArgs {
    /// One Million Posts, long format.
    #[arg(
        long,
        value_name = "FILE",
        default_value = "../shared/data/omp/posts_labeled.csv"
    )]
    pub omp: PathBuf,
    /// News articles as `topic;'text'` lines (10kGNAD).
    #[arg(
        long,
        value_name = "FILE",
        default_value = "../shared/data/news/10kgnad-test.csv"
    )]
    pub news: PathBuf,
    /// Out-of-fold text-only off-topic probabilities of the posts (`moderato cv --predictions`; see bench/context/train).
    #[arg(long, value_name = "FILE")]
    pub text_predictions: Option<PathBuf>,
    /// Output model file (a Markdown card is written beside it).
    #[arg(
        short,
        long,
        value_name = "FILE",
        default_value = "models/offtopic-context.model"
    )]
    pub output: PathBuf,
    /// Sampling seed.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Cross-validation folds, grouped by article.
    #[arg(long, default_value_t = 5)]
    pub folds: usize,
    /// Share of on-topic comments the review threshold may flag (out of fold).
    #[arg(long, default_value_t = 0.08, value_name = "SHARE")]
    pub review_rate: f32,
}

/// Context of each comment for the off-topic label (all optional).
#[derive(Debug, Clone, Default, Args)]
pub struct ContextArgs {
    /// Article texts by id: JSONL/JSON (e.g. `moderato segment --format json` output) or CSV with article_id and title/teaser/body or article_text.
    #[arg(long, value_name = "FILE")]
    pub articles: Option<PathBuf>,
    /// Article id column [default: article_id, story_id, page, …]; rows sharing it are a thread.
    #[arg(long, value_name = "NAME")]
    pub article_col: Option<String>,
    /// Article text column [default: article_text].
    #[arg(long, value_name = "NAME")]
    pub article_text_col: Option<String>,
    /// Comment id column [default: id, comment_id].
    #[arg(long, value_name = "NAME")]
    pub id_col: Option<String>,
    /// Parent comment id column [default: parent_id].
    #[arg(long, value_name = "NAME")]
    pub parent_col: Option<String>,
    /// Parent comment text column [default: parent_text].
    #[arg(long, value_name = "NAME")]
    pub parent_text_col: Option<String>,
}

/// `moderato serve`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Settings come from defaults, then --config FILE (TOML, keys as below or in a [serve] table: listen, db (a SQLite file or postgres://user:pass@host:5432/db; also as database_url), db_pool_size, db_connect_timeout_ms, db_acquire_timeout_ms, db_statement_timeout_ms, model, api_token, open_scoring, max_body_bytes, max_comment_chars, max_batch, explain_top, explain_max_chars, score_budget_ms, header_read_timeout_ms, body_read_timeout_ms, idle_timeout_ms, secure_cookies, coral_secret, languages, other_languages, policy, and [[serve.credentials]] tables with name, role = scoring|ingest|moderator|admin, token), then MODERATO_* environment variables (MODERATO_API_TOKEN: at least 8 characters, MODERATO_DB, MODERATO_DB_POOL_SIZE, MODERATO_CORAL_SECRET, MODERATO_POLICY, ...), then these flags.\nSIGHUP or POST /v1/admin/reload loads the model and policy files again; SIGINT/SIGTERM stop after the requests in flight.\nExamples:\n  moderato serve\n  MODERATO_API_TOKEN=change-me-please moderato serve --listen 0.0.0.0:8080 --db /var/lib/moderato/queue.sqlite\n  moderato serve --db postgres://moderato:secret@db:5432/moderato   # several instances on one queue"
)]
pub struct ServeArgs {
    /// Service config file (TOML).
    #[arg(long, short = 'c', value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Address to listen on [default: 127.0.0.1:8080].
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<std::net::SocketAddr>,
    /// The queue's database: a SQLite file (created if missing) or
    /// postgres://user:pass@host:5432/db for one shared by several instances
    /// [default: moderato.sqlite].
    #[arg(long, value_name = "FILE|URL")]
    pub db: Option<String>,
    #[command(flatten)]
    pub model: ModelArg,
    /// Languages the model scores, comma-separated [default: de].
    #[arg(long, value_name = "CODES")]
    pub languages: Option<String>,
    /// What to do with comments in other languages: review, score, reject [default: review].
    #[arg(long, value_name = "WHAT")]
    pub other_languages: Option<String>,
    #[command(flatten)]
    pub policy: PolicyArg,
}

/// How `segment` writes pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PageFormat {
    /// One JSON document per page: line labels, comments, article (the gold-file format).
    Json,
    /// One comment per line, ready for `moderato score`.
    Jsonl,
    /// One comment per row, ready for `moderato score`.
    Csv,
    /// Each line the page was read as, behind its label and a tab (for
    /// writing a gold file: an HTML page's labels count these lines).
    Lines,
}

/// Pages and how to read them.
#[derive(Debug, Clone, Args)]
pub struct PageArgs {
    /// Page files, directories of pages, or - for stdin.
    #[arg(required = true)]
    pub pages: Vec<String>,
    /// Input kind: txt or html (default: told apart by content).
    #[arg(long, value_name = "KIND", value_parser = ["txt", "html"])]
    pub input: Option<String>,
    /// Resolve relative times ("vor 3 Stunden") against this local time,
    /// YYYY-MM-DDTHH:MM. Without it, a page that prints when it was printed
    /// or fetched ("Gedruckt am 09.03.2026, 16:05 Uhr") counts from then.
    #[arg(long, value_name = "TIME")]
    pub now: Option<String>,
    /// Label lines with the hand-written rules alone, without the learned
    /// labeller (to see which of the two decided a page).
    #[arg(long)]
    pub rules: bool,
}

/// `moderato segment`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  moderato segment ../shared/data/pages/article-4.txt\n  moderato segment page.html --format csv | moderato score - --format csv\n  moderato segment data/pages --check"
)]
pub struct SegmentArgs {
    #[command(flatten)]
    pub page: PageArgs,
    /// Output layout.
    #[arg(long, value_enum, default_value_t = PageFormat::Json)]
    pub format: PageFormat,
    /// Compare each page with PAGE.gold.json beside it and print line accuracy and comment precision/recall.
    #[arg(long)]
    pub check: bool,
}

/// `moderato score-page`.
#[derive(Debug, Clone, Args)]
pub struct ScorePageArgs {
    #[command(flatten)]
    pub page: PageArgs,
    #[command(flatten)]
    pub model: ModelArg,
    #[command(flatten)]
    pub policy: PolicyArg,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// Output layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Same delimiter as the input (`;` stays `;` for Excel).
    Csv,
    /// One JSON object per line.
    Jsonl,
}

/// Where the model comes from.
#[derive(Debug, Clone, Args)]
pub struct ModelArg {
    /// Model file (default: $MODERATO_MODEL, else models/default.model).
    #[arg(long, short = 'm', value_name = "FILE")]
    pub model: Option<PathBuf>,
}

/// How input tables are read.
#[derive(Debug, Clone, Args)]
pub struct TableArgs {
    /// Column with the comment text (default: text, comment, comment_text, body, kommentar, …).
    #[arg(long, value_name = "NAME")]
    pub text_col: Option<String>,
    /// Input layout.
    #[arg(long, value_parser = choice(&InputFormat::CHOICES), default_value = "auto")]
    pub input_format: InputFormat,
    /// Field delimiter (default: sniffed from the header: `,` `;` tab `|`).
    #[arg(long, value_name = "CHAR")]
    pub delimiter: Option<char>,
    /// Input encoding: auto (BOM, else UTF-8 if valid, else Windows-1252), utf-8, windows-1252, latin1, …
    #[arg(long, default_value = "auto", value_name = "NAME")]
    pub encoding: String,
}

/// `moderato score`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Adds columns with the label probabilities (toxic, offtopic), `decision` (approve, review, reject), `language`, `policy` (the policy rules matched, unless --policy none), `offtopic_context` (when there is article or thread context) and `error`; comments not in --languages get --other-languages as their decision, and policy rules can only raise a decision.\nExit status: 0 all rows scored, 1 some rows have an error, 2 fatal error.\n\nExample: moderato score kommentare.csv -o bewertet.csv --text-col Kommentar"
)]
pub struct ScoreArgs {
    /// Input file, or - for stdin.
    #[arg(default_value = "-")]
    pub input: String,
    /// Output file, or - for stdout (written atomically when a file).
    #[arg(short, long, default_value = "-")]
    pub output: String,
    #[command(flatten)]
    pub model: ModelArg,
    #[command(flatten)]
    pub policy: PolicyArg,
    #[command(flatten)]
    pub table: TableArgs,
    /// Output layout (default: like the input).
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,
    /// Override a review threshold, e.g. --threshold toxic=0.6 (repeatable).
    #[arg(long, value_name = "LABEL=P")]
    pub threshold: Vec<String>,
    /// Override an auto-reject threshold, e.g. --reject-threshold toxic=0.95; `none` disables.
    #[arg(long, value_name = "LABEL=P")]
    pub reject_threshold: Vec<String>,
    /// Add an `explanation` column: the words that pushed the scores most, and the policy matches.
    #[arg(long)]
    pub explain: bool,
    /// Write rows that cannot be scored here instead of into the output.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
    /// Texts longer than this many bytes are not scored (error status).
    #[arg(long, default_value_t = 1_000_000, value_name = "BYTES")]
    pub max_bytes: usize,
    /// Rows scored together on all threads.
    #[arg(long, default_value_t = 8192, value_name = "N")]
    pub batch_size: usize,
    /// Never show a progress bar.
    #[arg(long)]
    pub no_progress: bool,
    /// Languages the model scores, comma-separated ISO 639-1 codes; each
    /// comment's language goes into a `language` column (`all`: no detection).
    #[arg(long, default_value = "de", value_name = "CODES")]
    pub languages: String,
    /// What to do with comments in other languages: review, score or reject.
    #[arg(long, default_value = "review", value_name = "WHAT")]
    pub other_languages: String,
    #[command(flatten)]
    pub context: ContextArgs,
}

/// Training data given by flags instead of a config (one CSV or JSONL file).
#[derive(Debug, Clone, Args)]
pub struct QuickData {
    /// Labelled CSV/TSV/JSONL file (instead of --config).
    #[arg(long, value_name = "FILE", conflicts_with = "config")]
    pub data: Option<PathBuf>,
    /// Text column of --data.
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub text_col: String,
    /// A label and its 0/1 column, e.g. --label toxic=Sub1_Toxic (repeatable; default: toxic=toxic).
    #[arg(long, value_name = "NAME=COLUMN")]
    pub label: Vec<String>,
    /// Column of --data that groups rows into one fold (e.g. an article id).
    #[arg(long, value_name = "NAME")]
    pub group_col: Option<String>,
    /// What the review threshold maximizes, for every label of --data.
    #[arg(long, value_parser = choice(&Objective::CHOICES), default_value = "f1")]
    pub threshold_objective: Objective,
}

/// Settings that override the config's, for experiments.
#[derive(Debug, Clone, Args)]
pub struct Overrides {
    /// Override the seed.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Override C (inverse regularization).
    #[arg(long = "c-value", value_name = "C")]
    pub c: Option<f64>,
    /// Override log2 of the hash buckets.
    #[arg(long, value_name = "BITS")]
    pub buckets: Option<u8>,
    /// Override the Naive-Bayes feature scaling smoothing (0 = plain TF-IDF).
    #[arg(long, value_name = "ALPHA")]
    pub nb_alpha: Option<f64>,
    /// Override the Naive-Bayes smoothings tried per label by inner
    /// cross-validation, e.g. 0,1 (0 = plain TF-IDF)
    #[arg(long, value_name = "ALPHA,ALPHA,...", value_delimiter = ',')]
    pub nb_alpha_grid: Option<Vec<f64>>,
    /// Override the C values tried per label by inner cross-validation, e.g. 1,4,16.
    #[arg(long, value_name = "C,C,...", value_delimiter = ',')]
    pub c_grid: Option<Vec<f64>>,
    /// Positive rate where the model is deployed, e.g. --prior toxic=0.12
    /// (repeatable): probabilities are calibrated to it; decisions stay.
    #[arg(long, value_name = "LABEL=RATE")]
    pub prior: Vec<String>,
    /// Blend a plain TF-IDF fit into a label's NB-scaled one with this
    /// share, e.g. --plain-blend toxic=0.3 (repeatable; 0 to 1).
    #[arg(long, value_name = "LABEL=SHARE")]
    pub plain_blend: Vec<String>,
    /// Override whether cue features (word classes of the built-in German cue
    /// lexicon in their frames: negated, about a group, quoted, ...) are added.
    #[arg(long, value_name = "BOOL")]
    pub cues: Option<bool>,
    /// Override whether each word's German stem (Snowball) is hashed beside
    /// the word, so that inflected forms share evidence.
    #[arg(long, value_name = "BOOL")]
    pub stems: Option<bool>,
    /// Override whether words the model never saw that are one typo (two
    /// letters swapped, one dropped or added) or a space from a frequent
    /// training word are read as that word when scoring.
    #[arg(long, value_name = "BOOL")]
    pub typos: Option<bool>,
    /// A text file whose words are real words, never read as typos (any
    /// format; repeatable; added to the config's `vocabulary`).
    #[arg(long, value_name = "FILE")]
    pub vocabulary: Vec<PathBuf>,
}

/// `moderato train`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  moderato train --config train.toml -o models/default.model\n  moderato train --data labelled.csv --text-col text --label toxic=is_toxic -o my.model\n  moderato train --config train.toml --include-decisions moderato.sqlite -o models/retrained.model\n  moderato train --config train.toml --include-decisions postgres://moderato:secret@db:5432/moderato -o models/retrained.model"
)]
pub struct TrainArgs {
    /// Training config (TOML): sources, label mappings, settings.
    #[arg(long, short = 'c', value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub quick: QuickData,
    /// Where to write the model (atomically); a `.card.md` is written beside it.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Also train on the moderator decisions recorded by `moderato serve` in this
    /// database (a SQLite file or a postgres:// URL).
    #[arg(long, value_name = "DB")]
    pub include_decisions: Option<PathBuf>,
    #[command(flatten)]
    pub gate: GateArgs,
    #[command(flatten)]
    pub overrides: Overrides,
}

/// The retraining gate of `moderato train`.
#[derive(Debug, Clone, Args)]
pub struct GateArgs {
    /// Compare the new model with this one on held-out comments neither
    /// trained on, and write nothing (exit 1) when the new one is worse
    /// beyond --max-drop on any label.
    #[arg(long, value_name = "MODEL")]
    pub compare_to: Option<PathBuf>,
    /// Largest drop in ROC-AUC or average precision the gate accepts.
    #[arg(
        long,
        value_name = "DROP",
        default_value_t = 0.02,
        requires = "compare_to"
    )]
    pub max_drop: f64,
    /// With --compare-to and --include-decisions: the share of the most
    /// recent moderator decisions kept out of training as the time-ordered
    /// test set.
    #[arg(
        long,
        value_name = "SHARE",
        default_value_t = 0.2,
        requires = "compare_to",
        requires = "include_decisions"
    )]
    pub recent_decisions: f64,
    /// With --compare-to: a labelled CSV/JSONL file neither model trained on
    /// (gold columns named like the labels, 0/1), e.g. a newsroom's own gold
    /// set: the labels a retraining run cannot vouch for itself.
    #[arg(long, value_name = "FILE", requires = "compare_to")]
    pub test_set: Option<PathBuf>,
    /// Write the model even when the gate refuses it.
    #[arg(long, requires = "compare_to")]
    pub force: bool,
}

/// `moderato eval`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Gold columns are named like the model's labels (toxic, offtopic) with 0/1 values, or mapped with --label toxic=COLUMN.\nExamples:\n  moderato eval --data held-out.csv --json\n  moderato eval --data held-out.csv --report report.html"
)]
pub struct EvalArgs {
    #[command(flatten)]
    pub model: ModelArg,
    /// Labelled CSV/JSONL file.
    #[arg(long, value_name = "FILE")]
    pub data: PathBuf,
    #[command(flatten)]
    pub table: TableArgs,
    /// Gold column of a label, e.g. --label toxic=is_toxic (repeatable).
    #[arg(long, value_name = "NAME=COLUMN")]
    pub label: Vec<String>,
    /// Print JSON instead of tables.
    #[arg(long)]
    pub json: bool,
    /// Also write a self-contained HTML report (curves, calibration, errors) to FILE.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
}

/// `moderato cv`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  moderato cv --config train.toml --folds 10\n  moderato cv --data ge18.csv --label toxic=toxic --fold-col fold --threshold-objective macro-f1 --json\n  moderato cv --config train.toml --report cv.html --predictions oof.csv"
)]
pub struct CvArgs {
    /// Training config (TOML).
    #[arg(long, short = 'c', value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub quick: QuickData,
    /// Number of folds.
    #[arg(long, default_value_t = 10)]
    pub folds: usize,
    /// Use the folds in this column of --data instead of a seeded split.
    #[arg(long, value_name = "NAME")]
    pub fold_col: Option<String>,
    #[command(flatten)]
    pub overrides: Overrides,
    /// Print JSON instead of tables.
    #[arg(long)]
    pub json: bool,
    /// Also write a self-contained HTML report over the out-of-fold predictions to FILE.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Also write the out-of-fold predictions as CSV (one row per comment: source,
    /// fold, text, and per label the gold value and the probability).
    #[arg(long, value_name = "FILE")]
    pub predictions: Option<PathBuf>,
}

/// `moderato explain`.
#[derive(Debug, Clone, Args)]
pub struct ExplainArgs {
    /// Texts to explain (default: one per line from stdin).
    pub text: Vec<String>,
    #[command(flatten)]
    pub model: ModelArg,
    /// Spans to show per label.
    #[arg(long, default_value_t = 5)]
    pub top: usize,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `moderato info`.
#[derive(Debug, Clone, Args)]
pub struct InfoArgs {
    #[command(flatten)]
    pub model: ModelArg,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// A value parser for a library enum that lists its command-line names in
/// `CHOICES` (value, name, help): the library stays free of clap, and
/// `--help` still lists every value with its help.
fn choice<T: Copy + Send + Sync + 'static>(
    choices: &'static [(T, &'static str, &'static str)],
) -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    PossibleValuesParser::new(
        choices
            .iter()
            .map(|(_, name, help)| PossibleValue::new(*name).help(*help)),
    )
    .try_map(move |s: String| {
        choices
            .iter()
            .find(|c| c.1 == s)
            .map(|c| c.0)
            .ok_or_else(|| format!("unknown value {s:?}"))
    })
}
