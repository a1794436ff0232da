//! `moderato serve` start-up errors as a user sees them.

mod util;

use util::{assert_code, stderr, Dir};

#[test]
fn a_corrupt_database_is_named_once_and_nothing_starts() {
    let d = Dir::new();
    let db = d.write("queue.sqlite", "this is not a database\n");
    let o = d.run(&[
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--db",
        db.to_str().unwrap(),
    ]);
    assert_code(&o, 2);
    let err = stderr(&o);
    assert!(err.contains("queue.sqlite"), "{err}");
    // Library errors that quote their cause are not repeated by the chain.
    assert_eq!(err.matches("file is not a database").count(), 1, "{err}");
    assert_eq!(
        std::fs::read_to_string(&db).unwrap(),
        "this is not a database\n",
        "the file is left as it was"
    );
}
