//! The behaviour every [`QueueStore`] backend must show, written once and run
//! against each ([`queue_suite!`](crate::queue_suite) in `sqlite.rs` and
//! `postgres.rs`). A [`Fixture`] holds two handles on one database, standing
//! for two instances of the service.

use std::sync::{Arc, Barrier};

use super::{Feedback, NewComment, NewDecision};
use super::{QueueError, QueueQuery, QueueStore, Status, View, EXPORT_HEADER, MAX_THREAD_REPLIES};

/// Two handles on one fresh database, and whatever keeps it alive.
pub(crate) struct Fixture {
    /// The first instance.
    pub a: Arc<dyn QueueStore>,
    /// The second instance, on the same database.
    pub b: Arc<dyn QueueStore>,
    _keep: Box<dyn std::any::Any>,
}

impl Fixture {
    pub(crate) fn new(
        a: Arc<dyn QueueStore>,
        b: Arc<dyn QueueStore>,
        keep: impl std::any::Any,
    ) -> Fixture {
        Fixture {
            a,
            b,
            _keep: Box::new(keep),
        }
    }
}

/// One `#[test]` per suite function, each on a fresh fixture from `$open`
/// (a `fn() -> Option<Fixture>`; `None` skips, the opener says why).
#[macro_export]
#[doc(hidden)]
macro_rules! queue_suite {
    ($open:path) => {
        $crate::queue_suite!(@tests $open;
            ingest_is_idempotent_and_queue_is_ordered,
            one_decision_wins_and_export_reads_back,
            changed_text_is_refused_with_both_hashes,
            unauthenticated_decisions_are_not_exported,
            approve_is_a_negative_label_and_restore_needs_an_auto_rejection,
            thread_follows_parents_and_lists_replies,
            filters_offsets_counts_and_article_context,
            concurrent_ingest_of_one_id_stores_it_once,
            concurrent_decisions_one_wins_and_both_are_audited,
            paging_stays_consistent_while_the_other_writes,
        );
    };
    (@tests $open:path; $($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                let Some(f) = $open() else { return };
                $crate::serve::queue::suite::$name(&f);
            }
        )*
    };
}

/// A scored comment on article `a1`: flagged toxic (review) above 0.4.
pub(crate) fn comment(id: &str, text: &str, p: f32, created: &str) -> NewComment {
    NewComment {
        id: id.into(),
        text: text.into(),
        article_id: Some("a1".into()),
        article_text: None,
        parent_id: None,
        author: None,
        created_at: created.into(),
        scores: vec![("toxic".into(), p), ("offtopic".into(), 0.01)],
        flagged: if p > 0.4 {
            vec!["toxic".into()]
        } else {
            vec![]
        },
        routed: if p > 0.4 { "review" } else { "approve" }.into(),
        spans: serde_json::json!({}),
    }
}

fn reject(moderator: &str, authenticated: bool) -> NewDecision {
    NewDecision {
        approve: false,
        labels: vec!["toxic".into()],
        moderator: moderator.into(),
        reason: None,
        authenticated,
        restore: false,
    }
}

fn page(q: &dyn QueueStore, limit: usize, cursor: Option<String>) -> super::QueuePage {
    q.list(&QueueQuery {
        limit,
        cursor,
        ..Default::default()
    })
    .unwrap()
}

fn export(q: &dyn QueueStore) -> (usize, String) {
    let mut out = Vec::new();
    let n = q.export(&mut out).unwrap();
    (n, String::from_utf8(out).unwrap())
}

pub(crate) fn ingest_is_idempotent_and_queue_is_ordered(f: &Fixture) {
    let q = f.a.as_ref();
    let batch = [
        comment("a", "Du Idiot", 0.9, "2024-01-02T00:00:00.000Z"),
        comment("b", "Guter Artikel", 0.1, "2024-01-01T00:00:00.000Z"),
        comment("c", "Halt die Klappe", 0.9, "2024-01-01T00:00:00.000Z"),
        comment("d", "Was für ein Unsinn", 0.5, "2024-01-01T00:00:00.000Z"),
    ];
    let r = q.ingest(&batch).unwrap();
    assert!(r.iter().all(|(_, dup)| !dup));
    let r = f.b.ingest(&batch[..1]).unwrap();
    assert!(r[0].1, "second ingest of the same id is a duplicate");
    let first = page(q, 2, None);
    assert_eq!(first.total, 3);
    let ids: Vec<_> = first.items.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["c", "a"], "ties: oldest first");
    let next = page(f.b.as_ref(), 2, first.next_cursor);
    let ids: Vec<_> = next.items.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["d"]);
    assert!(next.next_cursor.is_none());
    let a = q.get("a").unwrap();
    assert_eq!(a.flagged, ["toxic"]);
    assert_eq!(a.status, Status::Pending);
    assert!((a.max_probability - 0.9f32 as f64).abs() < 1e-12);
    assert_eq!(q.audit_for("a").unwrap().len(), 1, "one ingest entry");
}

pub(crate) fn one_decision_wins_and_export_reads_back(f: &Fixture) {
    let q = f.a.as_ref();
    let text = "Du bist, \"echt\" ein Idiot";
    q.ingest(&[comment("a", text, 0.9, "2024-01-01T00:00:00Z")])
        .unwrap();
    let d = reject("anna", true);
    q.decide("a", &d).unwrap();
    let e = f.b.decide("a", &d).unwrap_err();
    assert!(matches!(e, QueueError::AlreadyDecided { .. }), "{e}");
    assert!(matches!(
        q.decide("zz", &d).unwrap_err(),
        QueueError::NotFound(_)
    ));
    let (n, s) = export(f.b.as_ref());
    assert_eq!(n, 1);
    assert!(s.starts_with(EXPORT_HEADER));
    assert!(
        s.contains("a,\"Du bist, \"\"echt\"\" ein Idiot\",1,0,reject,anna,"),
        "{s}"
    );
    assert!(s.trim_end().ends_with(",moderator"), "{s}");
    assert_eq!(q.get("a").unwrap().status, Status::Rejected);
}

pub(crate) fn changed_text_is_refused_with_both_hashes(f: &Fixture) {
    let q = f.a.as_ref();
    q.ingest(&[comment("a", "Guter Artikel", 0.1, "2024-01-01T00:00:00Z")])
        .unwrap();
    let e =
        f.b.ingest(&[
            comment("b", "Neuer Text", 0.1, "2024-01-01T00:00:00Z"),
            comment("a", "Geänderter Text", 0.1, "2024-01-01T00:00:00Z"),
        ])
        .unwrap_err();
    match e {
        QueueError::ChangedText { id, stored, sent } => {
            assert_eq!(id, "a");
            assert_eq!(stored, super::text_hash("Guter Artikel"));
            assert_eq!(sent, super::text_hash("Geänderter Text"));
        }
        e => panic!("{e}"),
    }
    assert!(
        matches!(q.get("b"), Err(QueueError::NotFound(_))),
        "rolled back"
    );
}

pub(crate) fn unauthenticated_decisions_are_not_exported(f: &Fixture) {
    let q = f.a.as_ref();
    q.ingest(&[comment("a", "Du Idiot", 0.9, "2024-01-01T00:00:00Z")])
        .unwrap();
    q.decide("a", &reject("jemand", false)).unwrap();
    let (n, s) = export(q);
    assert_eq!(n, 0, "{s}");
    f.b.feedback(&Feedback {
        text: "Spam, Spam".into(),
        toxic: Some(true),
        offtopic: None,
        community_id: None,
        client_token: None,
        client: "cms".into(),
    })
    .unwrap();
    let (n, s) = export(q);
    assert_eq!(n, 1, "{s}");
    assert!(
        s.contains(",\"Spam, Spam\",1,,reject,perspective:cms,"),
        "{s}"
    );
    assert!(s.trim_end().ends_with(",perspective-client"), "{s}");
}

pub(crate) fn approve_is_a_negative_label_and_restore_needs_an_auto_rejection(f: &Fixture) {
    let q = f.a.as_ref();
    let mut c = comment("r", "Ihr seid alle Idioten", 0.99, "2024-01-01T00:00:00Z");
    c.routed = "reject".into();
    q.ingest(&[c, comment("p", "Du Idiot", 0.9, "2024-01-01T00:00:00Z")])
        .unwrap();
    let auto = q
        .list(&QueueQuery {
            view: View::AutoRejected,
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(auto.items.len(), 1);
    assert_eq!(auto.items[0].id, "r");
    let restore = NewDecision {
        approve: true,
        labels: vec![],
        moderator: "anna".into(),
        reason: Some("Satire".into()),
        authenticated: true,
        restore: true,
    };
    assert!(matches!(
        q.decide("p", &restore).unwrap_err(),
        QueueError::NotRestorable { .. }
    ));
    f.b.decide("r", &restore).unwrap();
    assert_eq!(q.get("r").unwrap().status, Status::Approved);
    assert!(matches!(
        q.decide("r", &restore).unwrap_err(),
        QueueError::NotRestorable { .. }
    ));
    let (_, s) = export(q);
    assert!(
        s.contains("r,Ihr seid alle Idioten,0,0,approve,anna,"),
        "{s}"
    );
    let actions: Vec<String> = q
        .audit_for("r")
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, ["ingest", "restore"]);
}

pub(crate) fn thread_follows_parents_and_lists_replies(f: &Fixture) {
    let q = f.a.as_ref();
    let mut a = comment("a", "Guter Artikel", 0.1, "2024-01-01T00:00:00Z");
    a.parent_id = None;
    let mut b = comment("b", "Finde ich nicht", 0.1, "2024-01-01T01:00:00Z");
    b.parent_id = Some("a".into());
    let mut c = comment("c", "Du Idiot", 0.9, "2024-01-01T02:00:00Z");
    c.parent_id = Some("b".into());
    let mut d = comment("d", "Bleib sachlich", 0.1, "2024-01-01T03:00:00Z");
    d.parent_id = Some("c".into());
    q.ingest(&[a, b, c, d]).unwrap();
    let ids: Vec<String> = f.b.thread("c").unwrap().into_iter().map(|c| c.id).collect();
    assert_eq!(ids, ["a", "b", "c", "d"]);
    let replies: Vec<NewComment> = (0..MAX_THREAD_REPLIES + 3)
        .map(|i| {
            let mut r = comment(&format!("x{i:03}"), "Antwort", 0.1, "2024-01-02T00:00:00Z");
            r.parent_id = Some("d".into());
            r
        })
        .collect();
    q.ingest(&replies).unwrap();
    assert_eq!(q.thread("d").unwrap().len(), 4 + MAX_THREAD_REPLIES);
}

pub(crate) fn filters_offsets_counts_and_article_context(f: &Fixture) {
    let q = f.a.as_ref();
    let mut other = comment("o", "Fußball ist toll", 0.6, "2024-01-01T00:00:03Z");
    other.article_id = Some("a2".into());
    other.article_text = Some("Der Haushalt".into());
    other.flagged = vec!["offtopic".into()];
    let mut approved = comment("g", "Guter Artikel", 0.1, "2024-01-01T00:00:04Z");
    approved.article_text = Some("Die Wahl".into());
    q.ingest(&[
        comment("t1", "Du Idiot", 0.9, "2024-01-01T00:00:01Z"),
        comment("t2", "Halt die Klappe", 0.8, "2024-01-01T00:00:02Z"),
        other,
        approved,
    ])
    .unwrap();
    let only = |label: Option<&str>, article: Option<&str>, offset: Option<usize>| {
        let p =
            f.b.list(&QueueQuery {
                limit: 10,
                label: label.map(str::to_string),
                article_id: article.map(str::to_string),
                offset,
                ..Default::default()
            })
            .unwrap();
        (
            p.total,
            p.items.into_iter().map(|c| c.id).collect::<Vec<_>>(),
        )
    };
    assert_eq!(
        only(Some("toxic"), None, None),
        (2, vec!["t1".into(), "t2".into()])
    );
    assert_eq!(only(Some("offtopic"), None, None), (1, vec!["o".into()]));
    assert_eq!(only(None, Some("a2"), None), (1, vec!["o".into()]));
    assert_eq!(only(None, None, Some(2)), (3, vec!["o".into()]));
    let counts = f.b.counts().unwrap();
    assert_eq!(
        (counts["pending"], counts["approved"], counts["rejected"]),
        (3, 1, 0)
    );
    let (article, thread) = f.b.article_context("a1", 2).unwrap();
    assert_eq!(article.as_deref(), Some("Die Wahl"));
    let ids: Vec<_> = thread.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["t2", "g"], "the two newest, oldest first");
    assert_eq!(
        q.get("o").unwrap().article_text.as_deref(),
        Some("Der Haushalt")
    );
    assert_eq!(f.b.article_context("none", 5).unwrap(), (None, vec![]));
}

/// Runs `work(instance, i)` on 8 threads started together, alternating the
/// two instances.
fn together<T: Send>(f: &Fixture, work: impl Fn(&dyn QueueStore, usize) -> T + Sync) -> Vec<T> {
    let n = 8;
    let barrier = Barrier::new(n);
    std::thread::scope(|s| {
        let hs: Vec<_> = (0..n)
            .map(|i| {
                let (barrier, work) = (&barrier, &work);
                let q = if i % 2 == 0 { f.a.clone() } else { f.b.clone() };
                s.spawn(move || {
                    barrier.wait();
                    work(q.as_ref(), i)
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    })
}

pub(crate) fn concurrent_ingest_of_one_id_stores_it_once(f: &Fixture) {
    // Every thread sends the same five comments, in its own order.
    let results = together(f, |q, i| {
        let mut batch: Vec<NewComment> = (0..5)
            .map(|k| {
                comment(
                    &format!("c{k}"),
                    &format!("Text {k}"),
                    0.9,
                    "2024-01-01T00:00:00Z",
                )
            })
            .collect();
        batch.rotate_left(i % 5);
        q.ingest(&batch).unwrap()
    });
    let new: usize = results.iter().flatten().filter(|(_, dup)| !dup).count();
    assert_eq!(new, 5, "each comment is new exactly once");
    assert_eq!(page(f.a.as_ref(), 50, None).total, 5);
    for k in 0..5 {
        assert_eq!(f.b.audit_for(&format!("c{k}")).unwrap().len(), 1);
    }
}

pub(crate) fn concurrent_decisions_one_wins_and_both_are_audited(f: &Fixture) {
    f.a.ingest(&[comment("a", "Du Idiot", 0.9, "2024-01-01T00:00:00Z")])
        .unwrap();
    let results = together(f, |q, i| q.decide("a", &reject(&format!("m{i}"), true)));
    let won: Vec<_> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
    assert_eq!(won.len(), 1, "{results:?}");
    for r in &results {
        if let Err(e) = r {
            assert!(matches!(e, QueueError::AlreadyDecided { .. }), "{e}");
        }
    }
    let trail = f.b.audit_for("a").unwrap();
    let count = |a: &str| trail.iter().filter(|e| e.action == a).count();
    assert_eq!(
        (
            count("ingest"),
            count("decision"),
            count("decision-refused")
        ),
        (1, 1, 7)
    );
    let winner = &won[0].moderator;
    assert!(trail
        .iter()
        .any(|e| e.action == "decision" && &e.actor == winner));
    assert_eq!(export(f.a.as_ref()).0, 1);
}

pub(crate) fn paging_stays_consistent_while_the_other_writes(f: &Fixture) {
    let initial: Vec<NewComment> = (0..40)
        .map(|i| {
            let p = 0.5 + (i % 7) as f32 * 0.05;
            comment(&format!("p{i:02}"), "Du Idiot", p, "2024-01-01T00:00:00Z")
        })
        .collect();
    f.a.ingest(&initial).unwrap();
    let mut seen = std::collections::BTreeSet::new();
    let mut cursor = None;
    let mut decided = std::collections::BTreeSet::new();
    for round in 0.. {
        let p = page(f.a.as_ref(), 6, cursor);
        for c in &p.items {
            assert!(seen.insert(c.id.clone()), "{} twice", c.id);
        }
        // Meanwhile the other instance ingests more and decides some.
        let extra: Vec<NewComment> = (0..3)
            .map(|k| {
                comment(
                    &format!("n{round}-{k}"),
                    "Idiot",
                    0.7,
                    "2024-01-02T00:00:00Z",
                )
            })
            .collect();
        f.b.ingest(&extra).unwrap();
        let victim = format!("p{:02}", 39 - round);
        if f.b.decide(&victim, &reject("bob", true)).is_ok() {
            decided.insert(victim);
        }
        cursor = p.next_cursor;
        if cursor.is_none() {
            break;
        }
    }
    for c in &initial {
        assert!(
            seen.contains(&c.id) || decided.contains(&c.id),
            "{} was pending throughout and never listed",
            c.id
        );
    }
}
