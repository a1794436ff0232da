//! Request metrics for `GET /metrics`, kept by the `metrics` crate and
//! rendered by `metrics-exporter-prometheus`, so the exposition format
//! (escaping, histogram buckets, `# TYPE` lines) is the exporter's job, not
//! ours.
//!
//! Each server owns its recorder instead of installing a process-global one:
//! tests run several servers in one process, and a library should not claim
//! the global recorder of the program that embeds it.

use std::collections::BTreeMap;
use std::time::Duration;

use metrics::{counter, describe_counter, describe_gauge, describe_histogram, gauge, histogram};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusRecorder};

const REQUESTS: &str = "moderato_http_requests_total";
const LATENCY: &str = "moderato_http_request_duration_seconds";
const QUEUE: &str = "moderato_queue_comments";
const GENERATION: &str = "moderato_model_generation";

/// Upper bounds of the latency buckets, in seconds: dense below Coral's
/// 800 ms moderation timeout, where the interesting part is.
const BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 0.8, 1.0, 2.5, 5.0,
];

/// Counters shared by all requests of one server.
pub struct Metrics {
    recorder: PrometheusRecorder,
}

impl Default for Metrics {
    fn default() -> Self {
        let recorder = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Full(LATENCY.into()), BUCKETS)
            .expect("the bucket list is not empty")
            .build_recorder();
        metrics::with_local_recorder(&recorder, || {
            describe_counter!(REQUESTS, "HTTP requests by route and status.");
            describe_histogram!(LATENCY, "Request latency by route.");
            describe_gauge!(
                QUEUE,
                "Stored comments by status (pending = waiting for review)."
            );
            describe_gauge!(
                GENERATION,
                "Model loads since start (1 = the start-up model)."
            );
        });
        Metrics { recorder }
    }
}

impl Metrics {
    /// Records one finished request.
    pub fn observe(&self, route: &str, status: u16, took: Duration) {
        metrics::with_local_recorder(&self.recorder, || {
            let route = route.to_string();
            counter!(REQUESTS, "route" => route.clone(), "status" => status.to_string())
                .increment(1);
            histogram!(LATENCY, "route" => route).record(took.as_secs_f64());
        });
    }

    /// The metrics in Prometheus text format, with the gauges that are read
    /// at scrape time: comments per queue status and the model generation.
    pub fn render(&self, queue: &BTreeMap<&'static str, u64>, generation: u64) -> String {
        metrics::with_local_recorder(&self.recorder, || {
            for (status, n) in queue {
                gauge!(QUEUE, "status" => *status).set(*n as f64);
            }
            gauge!(GENERATION).set(generation as f64);
        });
        self.recorder.handle().render()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value on the exposition line that starts with `prefix`.
    fn value(text: &str, prefix: &str) -> f64 {
        let line = text
            .lines()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no line {prefix} in\n{text}"));
        line.rsplit(' ').next().unwrap().parse().unwrap()
    }

    #[test]
    fn renders_counters_histogram_and_gauges() {
        let m = Metrics::default();
        m.observe("/v1/score", 200, Duration::from_millis(3));
        m.observe("/v1/score", 400, Duration::from_millis(30));
        m.observe("/v1/score", 200, Duration::from_millis(1));
        let queue = BTreeMap::from([("pending", 2), ("approved", 0)]);
        let s = m.render(&queue, 3);
        let ok = "moderato_http_requests_total{route=\"/v1/score\",status=\"200\"}";
        assert_eq!(value(&s, ok), 2.0);
        let bucket =
            "moderato_http_request_duration_seconds_bucket{route=\"/v1/score\",le=\"0.005\"}";
        assert_eq!(value(&s, bucket), 2.0);
        let count = "moderato_http_request_duration_seconds_count{route=\"/v1/score\"}";
        assert_eq!(value(&s, count), 3.0);
        assert_eq!(
            value(&s, "moderato_queue_comments{status=\"pending\"}"),
            2.0
        );
        assert_eq!(value(&s, "moderato_model_generation"), 3.0);
        assert!(s.contains("# TYPE moderato_http_request_duration_seconds histogram"));
        assert!(s.contains("# HELP moderato_http_requests_total HTTP requests"));
    }

    #[test]
    fn two_servers_keep_their_own_counts() {
        let a = Metrics::default();
        let b = Metrics::default();
        a.observe("/healthz", 200, Duration::from_millis(1));
        let empty = BTreeMap::new();
        assert!(a.render(&empty, 1).contains("route=\"/healthz\""));
        assert!(!b.render(&empty, 1).contains("route=\"/healthz\""));
    }

    #[test]
    fn route_labels_are_escaped() {
        let m = Metrics::default();
        m.observe("/x\"y", 404, Duration::from_millis(1));
        let s = m.render(&BTreeMap::new(), 1);
        assert!(s.contains("route=\"/x\\\"y\""), "{s}");
    }
}
