//! The moderator page at `/`: the review queue rendered on the server, the
//! words that drove each score in `<mark>`, and a little inline JavaScript for
//! the buttons and keyboard (j/k move, a approve, r reject). No external
//! assets, no build step. When an API token is configured the page asks for it
//! once and keeps it in an HttpOnly, SameSite=Strict cookie.

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;

use super::{blocking, constant_eq, has_token, ApiError, TOKEN_COOKIE};
use crate::report::escape;
use crate::serve::queue::{QueueQuery, StoredComment};
use crate::serve::state::AppState;

/// How many comments the page shows at once.
const PAGE_SIZE: usize = 100;

/// The comment text with the spans that pushed any label up in `<mark>`.
pub fn highlight(text: &str, spans: &serde_json::Value) -> String {
    let mut ranges: Vec<(usize, usize)> = spans
        .as_object()
        .into_iter()
        .flat_map(|m| m.values())
        .filter_map(|v| v.as_array())
        .flatten()
        // Policy matches (with a `rule`) are always marked.
        .filter(|s| s["weight"].as_f64().unwrap_or(0.0) > 0.0 || s.get("rule").is_some())
        .filter_map(|s| Some((s["start"].as_u64()? as usize, s["end"].as_u64()? as usize)))
        .filter(|(a, b)| {
            a < b && *b <= text.len() && text.is_char_boundary(*a) && text.is_char_boundary(*b)
        })
        .collect();
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in ranges {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    let mut out = String::new();
    let mut pos = 0;
    for (a, b) in merged {
        out.push_str(&escape(&text[pos..a]));
        out.push_str("<mark>");
        out.push_str(&escape(&text[a..b]));
        out.push_str("</mark>");
        pos = b;
    }
    out.push_str(&escape(&text[pos..]));
    out
}

fn render_item(c: &StoredComment) -> String {
    let probs: Vec<String> = c
        .probabilities
        .iter()
        .map(|(l, p)| {
            let cls = if c.flagged.contains(l) {
                " class=\"hot\""
            } else {
                ""
            };
            format!("<span{cls}>{} {:.2}</span>", escape(l), p)
        })
        .collect();
    let article = match (&c.article_id, &c.article_text) {
        (None, None) => String::new(),
        (id, text) => format!(
            "<details class=\"article\"><summary>Artikel {}</summary><p>{}</p></details>",
            escape(id.as_deref().unwrap_or("")),
            escape(text.as_deref().unwrap_or("(kein Artikeltext)"))
        ),
    };
    format!(
        "<article class=\"item\" data-id=\"{id}\" data-flagged=\"{flagged}\" tabindex=\"-1\">\
         <header><code>{id}</code> {author} <time>{created}</time> {probs}</header>\
         <p class=\"text\">{text}</p>{article}\
         <div class=\"actions\"><button class=\"approve\" data-decision=\"approve\">Freigeben (a)</button>\
         <button class=\"reject\" data-decision=\"reject\">Ablehnen (r)</button></div></article>\n",
        id = escape(&c.id),
        flagged = escape(&c.flagged.join(",")),
        author = c
            .author
            .as_deref()
            .map(|a| format!("von <b>{}</b>", escape(a)))
            .unwrap_or_default(),
        created = escape(&c.created_at),
        probs = probs.join(" "),
        text = highlight(&c.text, &c.spans),
    )
}

const STYLE: &str = "body{font:16px/1.45 system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#222}\
header.top{display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap}\
article.item{border:1px solid #ccc;border-radius:6px;padding:.6rem .9rem;margin:.7rem 0}\
article.item.sel{border-color:#1761c9;box-shadow:0 0 0 3px #1761c955}\
article header{font-size:.85rem;color:#555;display:flex;gap:.6rem;flex-wrap:wrap}\
span.hot{color:#b3261e;font-weight:bold}mark{background:#ffd966}\
.actions button{margin-right:.5rem}#msg{color:#b3261e}kbd{border:1px solid #aaa;border-radius:3px;padding:0 .3em}";

const SCRIPT: &str = r#"
(function () {
  var cur = 0;
  var mod = document.getElementById('moderator');
  mod.value = localStorage.getItem('moderato.moderator') || mod.value;
  function items() { return Array.prototype.slice.call(document.querySelectorAll('article.item')); }
  function count() {
    var n = items().length;
    document.getElementById('count').textContent = n;
    document.getElementById('empty').hidden = n > 0;
  }
  function select(i) {
    var it = items();
    if (!it.length) { cur = 0; count(); return; }
    cur = Math.max(0, Math.min(i, it.length - 1));
    it.forEach(function (e, j) { e.classList.toggle('sel', j === cur); });
    it[cur].scrollIntoView({ block: 'nearest' });
  }
  function decide(decision) {
    var it = items()[cur];
    if (!it) return;
    var flagged = it.dataset.flagged ? it.dataset.flagged.split(',') : [];
    var who = mod.value.trim() || 'moderator';
    localStorage.setItem('moderato.moderator', who);
    fetch('/v1/comments/' + encodeURIComponent(it.dataset.id) + '/decision', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ decision: decision, labels: decision === 'reject' ? flagged : [], moderator: who })
    }).then(function (r) {
      if (r.ok || r.status === 409) {
        var i = items().indexOf(it);
        it.remove();
        count();
        select(i);
        document.getElementById('msg').textContent = r.status === 409 ? 'Schon entschieden: ' + it.dataset.id : '';
      } else {
        return r.json().then(function (e) { document.getElementById('msg').textContent = e.error.message; });
      }
    }).catch(function (e) { document.getElementById('msg').textContent = String(e); });
  }
  document.addEventListener('keydown', function (e) {
    if (e.target.tagName === 'INPUT' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'j') select(cur + 1);
    else if (e.key === 'k') select(cur - 1);
    else if (e.key === 'a') decide('approve');
    else if (e.key === 'r') decide('reject');
    else return;
    e.preventDefault();
  });
  document.addEventListener('click', function (e) {
    var b = e.target.closest('button[data-decision]');
    if (!b) return;
    select(items().indexOf(b.closest('article.item')));
    decide(b.dataset.decision);
  });
  count();
  select(0);
})();
"#;

fn login_page(message: &str) -> Response {
    let html = format!(
        "<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>moderato – Anmeldung</title>\
         <style>{STYLE}</style></head><body><h1>moderato</h1><p id=\"msg\">{}</p>\
         <form method=\"post\" action=\"/login\"><label>API-Token <input type=\"password\" name=\"token\" autofocus></label> \
         <button>Anmelden</button></form></body></html>",
        escape(message)
    );
    (StatusCode::UNAUTHORIZED, Html(html)).into_response()
}

/// Handles `GET /`.
pub async fn index(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    if let Some(token) = state.cfg.api_token.as_deref() {
        let (mut parts, _) = axum::http::Request::new(()).into_parts();
        parts.headers = headers;
        if !has_token(&parts, token, false) {
            return Ok(login_page(""));
        }
    }
    let queue = state.queue.clone();
    let page = blocking(move || {
        queue.list(&QueueQuery {
            limit: PAGE_SIZE,
            ..Default::default()
        })
    })
    .await??;
    let model = state.model();
    let items: String = page.items.iter().map(render_item).collect();
    let html = format!(
        "<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>moderato – Prüfschlange</title><style>{STYLE}</style></head><body>\
         <header class=\"top\"><h1>Prüfschlange</h1><span><b id=\"count\">{shown}</b> angezeigt, {total} offen</span>\
         <label>Moderator <input id=\"moderator\" value=\"moderator\" size=\"12\"></label>\
         <span><kbd>j</kbd>/<kbd>k</kbd> wechseln, <kbd>a</kbd> freigeben, <kbd>r</kbd> ablehnen</span></header>\
         <p id=\"msg\" role=\"status\"></p><p id=\"empty\" hidden>Nichts zu prüfen.</p>\
         <main id=\"queue\">{items}</main>\
         <footer><small>Modell {model} (Generation {gen})</small></footer>\
         <script>{SCRIPT}</script></body></html>",
        shown = page.items.len(),
        total = page.total,
        model = escape(&model.path.display().to_string()),
        gen = model.generation,
    );
    Ok(Html(html).into_response())
}

/// Form of `POST /login`.
#[derive(Debug, Deserialize)]
pub struct Login {
    /// The API token.
    pub token: String,
}

/// Handles `POST /login`: checks the token and sets the page's cookie.
pub async fn login(State(state): State<AppState>, Form(f): Form<Login>) -> Response {
    match state.cfg.api_token.as_deref() {
        Some(t) if constant_eq(f.token.trim().as_bytes(), t.as_bytes()) => {
            let cookie = format!(
                "{TOKEN_COOKIE}={}; HttpOnly; SameSite=Strict; Path=/",
                f.token.trim()
            );
            ([(header::SET_COOKIE, cookie)], Redirect::to("/")).into_response()
        }
        Some(_) => login_page("Falsches Token."),
        None => Redirect::to("/").into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_positive_spans_and_escapes() {
        let text = "Du <b>Idiot</b>, geh weg";
        let s = text.find("Idiot").unwrap();
        let spans = serde_json::json!({
            "toxic": [{"start": s, "end": s + 5, "weight": 1.5}, {"start": 0, "end": 2, "weight": -0.3}],
            "offtopic": [{"start": s + 2, "end": s + 5, "weight": 0.2}],
        });
        assert_eq!(
            highlight(text, &spans),
            "Du &lt;b&gt;<mark>Idiot</mark>&lt;/b&gt;, geh weg"
        );
    }
}
