//! Request metrics in Prometheus text format: requests by route and status, a
//! latency histogram per route; queue sizes and the model generation are read
//! at scrape time.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 0.8, 1.0, 2.5, 5.0,
];

#[derive(Default)]
struct Histogram {
    counts: Vec<u64>,
    sum: f64,
    count: u64,
}

#[derive(Default)]
struct Inner {
    requests: BTreeMap<(String, u16), u64>,
    latency: BTreeMap<String, Histogram>,
}

/// Counters shared by all requests.
#[derive(Default)]
pub struct Metrics {
    inner: Mutex<Inner>,
}

impl Metrics {
    /// Records one finished request.
    pub fn observe(&self, route: &str, status: u16, took: Duration) {
        let mut m = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        *m.requests.entry((route.to_string(), status)).or_default() += 1;
        let h = m.latency.entry(route.to_string()).or_default();
        if h.counts.is_empty() {
            h.counts = vec![0; BUCKETS.len()];
        }
        let s = took.as_secs_f64();
        for (i, b) in BUCKETS.iter().enumerate() {
            if s <= *b {
                h.counts[i] += 1;
            }
        }
        h.sum += s;
        h.count += 1;
    }

    /// The metrics in Prometheus text exposition format, plus `extra` gauges
    /// (name, help, labels, value).
    pub fn render(&self, extra: &[(&str, &str, String, f64)]) -> String {
        let m = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let mut out = String::new();
        out.push_str("# HELP moderato_http_requests_total HTTP requests by route and status.\n");
        out.push_str("# TYPE moderato_http_requests_total counter\n");
        for ((route, status), n) in &m.requests {
            let _ = writeln!(
                out,
                "moderato_http_requests_total{{route=\"{}\",status=\"{status}\"}} {n}",
                escape(route)
            );
        }
        out.push_str("# HELP moderato_http_request_duration_seconds Request latency by route.\n");
        out.push_str("# TYPE moderato_http_request_duration_seconds histogram\n");
        for (route, h) in &m.latency {
            let r = escape(route);
            for (b, n) in BUCKETS.iter().zip(&h.counts) {
                let _ = writeln!(
                    out,
                    "moderato_http_request_duration_seconds_bucket{{route=\"{r}\",le=\"{b}\"}} {n}"
                );
            }
            let _ = writeln!(
                out,
                "moderato_http_request_duration_seconds_bucket{{route=\"{r}\",le=\"+Inf\"}} {}",
                h.count
            );
            let _ = writeln!(
                out,
                "moderato_http_request_duration_seconds_sum{{route=\"{r}\"}} {}",
                h.sum
            );
            let _ = writeln!(
                out,
                "moderato_http_request_duration_seconds_count{{route=\"{r}\"}} {}",
                h.count
            );
        }
        let mut last = "";
        for (name, help, labels, value) in extra {
            if *name != last {
                let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} gauge");
                last = name;
            }
            if labels.is_empty() {
                let _ = writeln!(out, "{name} {value}");
            } else {
                let _ = writeln!(out, "{name}{{{labels}}} {value}");
            }
        }
        out
    }
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_and_histogram() {
        let m = Metrics::default();
        m.observe("/v1/score", 200, Duration::from_millis(3));
        m.observe("/v1/score", 400, Duration::from_millis(30));
        let s = m.render(&[(
            "moderato_queue_comments",
            "x",
            "status=\"pending\"".into(),
            2.0,
        )]);
        assert!(s.contains("moderato_http_requests_total{route=\"/v1/score\",status=\"200\"} 1"));
        assert!(s.contains(
            "moderato_http_request_duration_seconds_bucket{route=\"/v1/score\",le=\"0.005\"} 1"
        ));
        assert!(s.contains("moderato_http_request_duration_seconds_count{route=\"/v1/score\"} 2"));
        assert!(s.contains("moderato_queue_comments{status=\"pending\"} 2"));
    }
}
