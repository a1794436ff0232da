//! `moderato score` end to end: formats, Excel exports, and bad input.

mod util;

use util::{assert_code, assert_ok, col, csv_rows, p, stderr, stdout, Dir};

#[test]
fn keeps_every_row_and_column_in_order_and_adds_scores() {
    let d = Dir::new();
    let m = d.tiny_model();
    d.write("in.csv", "id,author,text\n1,a,Du bist ein Idiot\n2,b,Danke für den informativen Artikel\n3,c,Wo kann ich mein Abo kündigen?\n");
    let o = d.run(&["score", "in.csv", "-o", "out.csv", "--model", p(&m)]);
    assert_ok(&o);
    let rows = csv_rows(&d.read("out.csv"), b',');
    assert_eq!(
        rows[0],
        ["id", "author", "text", "toxic", "offtopic", "decision", "language", "policy", "error"]
    );
    assert_eq!(rows.len(), 4);
    assert_eq!(
        rows.iter()
            .skip(1)
            .map(|r| r[0].as_str())
            .collect::<Vec<_>>(),
        ["1", "2", "3"]
    );
    let tox = col(&rows, "toxic");
    let off = col(&rows, "offtopic");
    let f = |r: usize, c: usize| rows[r][c].parse::<f32>().unwrap();
    assert!(
        f(1, tox) > f(2, tox),
        "insult should score higher: {rows:?}"
    );
    assert!(
        f(3, off) > f(2, off),
        "subscription question is off-topic: {rows:?}"
    );
    let dec = col(&rows, "decision");
    assert!(["approve", "review", "reject"].contains(&rows[1][dec].as_str()));
}

#[test]
fn german_excel_export_cp1252_semicolon_bom_crlf() {
    let d = Dir::new();
    let m = d.tiny_model();
    // Windows-1252: ü = 0xFC, ß = 0xDF; no BOM, `;`, CRLF, German header.
    let mut bytes =
        b"Nr;Kommentar\r\n1;Gr\xFC\xDFe, du Idiot\r\n2;\"Sch\xF6ner Artikel; danke\"\r\n".to_vec();
    d.write("excel.csv", &bytes);
    let o = d.run(&["score", "excel.csv", "-o", "out.csv", "--model", p(&m)]);
    assert_ok(&o);
    let out = d.read("out.csv");
    let rows = csv_rows(&out, b';');
    assert_eq!(rows[0][..2], ["Nr", "Kommentar"]);
    assert_eq!(rows[1][1], "Grüße, du Idiot");
    assert_eq!(rows[2][1], "Schöner Artikel; danke");
    // UTF-8 with BOM: the BOM is kept for Excel.
    bytes = b"\xEF\xBB\xBFNr;Kommentar\r\n1;Gr\xC3\xBC\xC3\x9Fe\r\n".to_vec();
    d.write("bom.csv", &bytes);
    assert_ok(&d.run(&["score", "bom.csv", "-o", "bom-out.csv", "--model", p(&m)]));
    let out = d.read("bom-out.csv");
    assert!(out.starts_with('\u{feff}'));
    assert_eq!(csv_rows(&out, b';')[1][1], "Grüße");
}

#[test]
fn stdin_to_stdout_jsonl() {
    let d = Dir::new();
    let m = d.tiny_model();
    let o = d.run_stdin(
        &["score", "-", "--model", p(&m)],
        b"{\"id\": 7, \"comment\": \"Du Idiot\"}\n{\"id\": 8, \"comment\": \"Danke\"}\n",
    );
    assert_ok(&o);
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], 7);
    assert!(lines[0]["toxic"].as_f64().unwrap() > lines[1]["toxic"].as_f64().unwrap());
    assert!(lines[1]["decision"].is_string());
}

#[test]
fn malformed_rows_come_out_with_an_error_and_exit_1() {
    let d = Dir::new();
    let m = d.tiny_model();
    let big = "x".repeat(2000);
    d.write(
        "bad.csv",
        format!("id,text\n1,Du Idiot\n2,too,many,fields\n3,\n4,{big}\n5,Danke\n6,\"never closed\n7,lost?\n"),
    );
    let o = d.run(&[
        "score",
        "bad.csv",
        "-o",
        "out.csv",
        "--model",
        p(&m),
        "--max-bytes",
        "1000",
    ]);
    assert_code(&o, 1);
    assert!(stderr(&o).contains("could not be scored"), "{}", stderr(&o));
    let rows = csv_rows(&d.read("out.csv"), b',');
    let err = col(&rows, "error");
    let by_id = |id: &str| {
        rows.iter()
            .find(|r| r[0] == id)
            .unwrap_or_else(|| panic!("row {id} lost: {rows:?}"))
    };
    assert_eq!(by_id("1")[err], "");
    assert!(
        by_id("2")[err].contains("line 3: expected 2 fields, found 4"),
        "{:?}",
        by_id("2")
    );
    assert!(by_id("3")[err].contains("empty text"));
    assert!(by_id("4")[err].contains("over --max-bytes 1000"));
    assert_eq!(by_id("5")[err], "");
    assert!(
        by_id("6")[err].contains("unbalanced quote"),
        "{:?}",
        by_id("6")
    );
}

#[test]
fn errors_file_takes_the_failed_rows() {
    let d = Dir::new();
    let m = d.tiny_model();
    d.write("in.csv", "id,text\n1,Du Idiot\n2,\n");
    let o = d.run(&[
        "score",
        "in.csv",
        "-o",
        "out.csv",
        "--errors",
        "err.csv",
        "--model",
        p(&m),
    ]);
    assert_code(&o, 1);
    let out = csv_rows(&d.read("out.csv"), b',');
    assert_eq!(out.len(), 2);
    assert!(!out[0].contains(&"error".to_string()));
    let err = csv_rows(&d.read("err.csv"), b',');
    assert_eq!(err[0], ["id", "text", "line", "error"]);
    assert_eq!(err[1][0], "2");
    assert!(err[1][3].contains("empty text"));
}

#[test]
fn invalid_utf8_after_a_valid_start_is_a_row_error() {
    let d = Dir::new();
    let m = d.tiny_model();
    let mut bytes = b"id,text\n".to_vec();
    for i in 0..2000 {
        bytes.extend_from_slice(
            format!("{i},Ein ganz normaler Kommentar Nummer {i} über die Lage\n").as_bytes(),
        );
    }
    bytes.extend_from_slice(b"9999,kaputt \xFF\xFE hier\n");
    d.write("late-bad.csv", &bytes);
    let o = d.run(&["score", "late-bad.csv", "-o", "out.csv", "--model", p(&m)]);
    assert_code(&o, 1);
    let rows = csv_rows(&d.read("out.csv"), b',');
    assert_eq!(rows.len(), 2002);
    let last = rows.last().unwrap();
    assert_eq!(last[0], "9999");
    assert!(
        last.last()
            .unwrap()
            .contains("invalid UTF-8 in column text"),
        "{last:?}"
    );
}

#[test]
fn clear_fatal_errors_exit_2() {
    let d = Dir::new();
    let m = d.tiny_model();
    d.write("notext.csv", "id,body_html\n1,x\n");
    let o = d.run(&["score", "notext.csv", "--model", p(&m)]);
    assert_code(&o, 2);
    let e = stderr(&o);
    assert!(
        e.contains("notext.csv") && e.contains("--text-col") && e.contains("body_html"),
        "{e}"
    );
    d.write("empty.csv", "");
    let o = d.run(&["score", "empty.csv", "--model", p(&m)]);
    assert_code(&o, 2);
    assert!(
        stderr(&o).contains("empty.csv: empty input"),
        "{}",
        stderr(&o)
    );
    let o = d.run(&["score", "missing.csv", "--model", p(&m)]);
    assert_code(&o, 2);
    assert!(stderr(&o).contains("missing.csv"));
    let o = d.run(&[
        "score",
        "notext.csv",
        "--model",
        p(&m),
        "--threshold",
        "nolabel=0.5",
        "--text-col",
        "body_html",
    ]);
    assert_code(&o, 2);
    assert!(
        stderr(&o).contains("no label \"nolabel\""),
        "{}",
        stderr(&o)
    );
}

#[test]
fn corrupted_model_is_refused_and_output_untouched() {
    let d = Dir::new();
    let m = d.tiny_model();
    let mut bytes = std::fs::read(&m).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x55;
    d.write("bad.model", &bytes);
    d.write("in.csv", "text\nhallo\n");
    d.write("out.csv", "previous results\n");
    let o = d.run(&["score", "in.csv", "-o", "out.csv", "--model", "bad.model"]);
    assert_code(&o, 2);
    assert!(
        stderr(&o).contains("bad.model") && stderr(&o).contains("corrupted"),
        "{}",
        stderr(&o)
    );
    assert_eq!(d.read("out.csv"), "previous results\n");
}

#[test]
fn thresholds_can_be_overridden() {
    let d = Dir::new();
    let m = d.tiny_model();
    d.write("in.csv", "text\nDanke für den Artikel\n");
    let run = |extra: &[&str]| {
        let mut args = vec!["score", "in.csv", "--model", p(&m)];
        args.extend_from_slice(extra);
        let o = d.run(&args);
        assert_ok(&o);
        csv_rows(&stdout(&o), b',')[1][3].clone()
    };
    assert_eq!(
        run(&["--threshold", "toxic=0", "--reject-threshold", "toxic=none"]),
        "review"
    );
    assert_eq!(run(&["--reject-threshold", "toxic=0"]), "reject");
    assert_eq!(
        run(&["--threshold", "toxic=1", "--threshold", "offtopic=1"]),
        "approve"
    );
}

#[test]
fn explain_column_is_opt_in() {
    let d = Dir::new();
    let m = d.tiny_model();
    d.write("in.csv", "text\nDu bist ein Idiot\n");
    let o = d.run(&["score", "in.csv", "--model", p(&m), "--explain"]);
    assert_ok(&o);
    let rows = csv_rows(&stdout(&o), b',');
    let e = col(&rows, "explanation");
    assert!(rows[1][e].contains("Idiot[12..17]"), "{:?}", rows[1]);
}

#[test]
fn ten_megabyte_text_gets_an_error_row_not_a_crash() {
    let d = Dir::new();
    let m = d.tiny_model();
    let huge = "Idiot ".repeat(10 * 1024 * 1024 / 6);
    d.write("huge.csv", format!("id,text\n1,{huge}\n2,Danke\n"));
    let o = d.run(&["score", "huge.csv", "-o", "out.csv", "--model", p(&m)]);
    assert_code(&o, 1);
    let rows = csv_rows(&d.read("out.csv"), b',');
    assert_eq!(rows.len(), 3);
    let err = col(&rows, "error");
    assert!(
        rows[1][err].contains("over --max-bytes 1000000"),
        "{:?}",
        &rows[1][2..]
    );
    assert_eq!(rows[2][err], "");
}

#[test]
fn a_directory_is_not_an_input() {
    let d = Dir::new();
    let m = d.tiny_model();
    std::fs::create_dir(d.path("sub")).unwrap();
    let o = d.run(&["score", "sub", "--model", p(&m)]);
    assert_code(&o, 2);
    assert!(stderr(&o).contains("sub: is a directory"), "{}", stderr(&o));
}

#[test]
fn an_installed_binary_falls_back_to_the_built_in_model() {
    // A copy of the binary in a directory with no models/ anywhere above it,
    // as after `cargo install`.
    let d = Dir::new();
    std::fs::create_dir(d.path("bin")).unwrap();
    let exe = d.path("bin/moderato");
    std::fs::copy(env!("CARGO_BIN_EXE_moderato"), &exe).unwrap();
    let run = |args: &[&str], stdin: &[u8]| {
        use std::io::Write;
        let mut child = std::process::Command::new(&exe)
            .args(args)
            .current_dir(d.path("bin"))
            .env_remove("MODERATO_MODEL")
            .env("MODERATO_LOG", "info")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(stdin).unwrap();
        child.wait_with_output().unwrap()
    };
    let o = run(&["info", "--json"], b"");
    assert_ok(&o);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(v["model"].as_str().unwrap().contains("built-in"), "{v}");
    let o = run(
        &["score", "-", "--format", "csv"],
        "text\nDu bist ein Idiot\n".as_bytes(),
    );
    assert_ok(&o);
    assert!(stdout(&o).contains("decision"), "{}", stdout(&o));
    assert!(stderr(&o).contains("built-in model"), "{}", stderr(&o));
}

#[test]
fn invisible_only_text_is_empty_not_approved() {
    let d = Dir::new();
    let m = d.tiny_model();
    d.write(
        "in.csv",
        "id,text\n1,\u{200B}\u{200B}\n2,\"\u{FEFF}\0 \u{200D}\"\n3,Hallo\n",
    );
    let o = d.run(&["score", "in.csv", "-o", "out.csv", "--model", p(&m)]);
    assert_code(&o, 1);
    let rows = csv_rows(&d.read("out.csv"), b',');
    let (dec, err) = (col(&rows, "decision"), col(&rows, "error"));
    for r in &rows[1..3] {
        assert_eq!(r[dec], "", "{rows:?}");
        assert!(r[err].ends_with("empty text"), "{rows:?}");
    }
    assert_eq!(rows[3][err], "");
}

#[test]
fn one_invalid_byte_flags_its_row_and_keeps_the_umlauts() {
    let d = Dir::new();
    let m = d.tiny_model();
    let mut bytes = "id,text\n1,Größe und Ärger\n2,kaputt ".as_bytes().to_vec();
    bytes.push(0xFC);
    bytes.extend_from_slice("\n3,Schöne Grüße\n".as_bytes());
    d.write("in.csv", &bytes);
    let o = d.run(&["score", "in.csv", "-o", "out.csv", "--model", p(&m)]);
    assert_code(&o, 1);
    let out = d.read("out.csv");
    let rows = csv_rows(&out, b',');
    let err = col(&rows, "error");
    assert_eq!(rows[1][1], "Größe und Ärger");
    assert_eq!(rows[3][1], "Schöne Grüße");
    assert_eq!(rows[1][err], "");
    assert!(rows[2][err].contains("invalid UTF-8"), "{rows:?}");
    assert!(!out.contains("Ã"), "{out}");
}

#[test]
fn text_after_a_closing_quote_and_duplicate_keys_are_row_errors() {
    let d = Dir::new();
    let m = d.tiny_model();
    d.write("in.csv", "id,text\n1,\"a\"x\n2,Hallo\n");
    let o = d.run(&["score", "in.csv", "-o", "out.csv", "--model", p(&m)]);
    assert_code(&o, 1);
    let rows = csv_rows(&d.read("out.csv"), b',');
    let err = col(&rows, "error");
    assert!(rows[1][err].contains("after the closing quote"), "{rows:?}");
    assert_eq!(rows[2][err], "");
    d.write(
        "in.jsonl",
        "{\"id\":1,\"text\":\"a\",\"text\":\"b\"}\n{\"id\":2,\"text\":\"Hallo\"}\n",
    );
    let o = d.run(&["score", "in.jsonl", "--model", p(&m)]);
    assert_code(&o, 1);
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0]["error"]
            .as_str()
            .unwrap()
            .contains("duplicate key"),
        "{lines:?}"
    );
    assert!(lines[1]["error"].is_null());
}

#[test]
fn comments_in_other_languages_go_to_review_with_their_language() {
    let d = Dir::new();
    let m = d.tiny_model();
    d.write(
        "in.csv",
        "id,text\n\
         1,Danke für den informativen Artikel über die Rente\n\
         2,This is exactly what the government wanted all along\n\
         3,Bu hükümet her şeyi yanlış yapıyor utanç verici\n\
         4,👍👍\n",
    );
    let run = |extra: &[&str]| {
        let mut args = vec!["score", "in.csv", "--model", p(&m)];
        args.extend_from_slice(extra);
        let o = d.run(&args);
        assert_ok(&o);
        csv_rows(&stdout(&o), b',')
    };
    let rows = run(&[]);
    let (dec, lang) = (col(&rows, "decision"), col(&rows, "language"));
    let langs: Vec<&str> = rows[1..].iter().map(|r| r[lang].as_str()).collect();
    assert_eq!(langs, ["de", "en", "tr", "de"]);
    assert_eq!(rows[2][dec], "review");
    assert_eq!(rows[3][dec], "review");
    let rows = run(&["--other-languages", "reject"]);
    assert_eq!(rows[2][dec], "reject");
    let rows = run(&["--languages", "de,en", "--other-languages", "reject"]);
    assert_ne!(rows[2][dec], "reject");
    assert_eq!(rows[3][dec], "reject");
    let o = d.run(&[
        "score",
        "in.csv",
        "--model",
        p(&m),
        "--other-languages",
        "drop",
    ]);
    assert_code(&o, 2);
    assert!(
        stderr(&o).contains("review, score, reject"),
        "{}",
        stderr(&o)
    );
}
