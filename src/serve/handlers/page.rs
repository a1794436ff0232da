//! The moderator page at `/`: the review queue rendered on the server, the
//! words that drove each score in `<mark>`, and a little inline JavaScript for
//! the buttons and keyboard (j/k move, a approve, r reject, 1–4 the rule
//! broken). A reject sends the rule the moderator chose (preselected from the
//! model's flags), never the model's labels. `/?view=auto-rejected` lists the
//! model's own rejections with a restore button. No external assets, no build
//! step. When credentials are configured the page asks for a moderator's (or
//! admin's) token once and keeps a signed session in an HttpOnly,
//! SameSite=Strict cookie (`Secure` behind HTTPS), never the token itself.

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;

use super::queue::RULES;
use super::{authenticate, blocking, ApiError, ApiQuery, Presented};
use crate::report::escape;
use crate::serve::auth::{by_token, session_value, Access, SESSION_COOKIE, SESSION_SECONDS};
use crate::serve::queue::{QueueQuery, StoredComment, View};
use crate::serve::state::AppState;

/// How the rules in [`RULES`] read on the page.
const RULE_NAMES: [&str; 4] = ["beleidigend", "am Thema vorbei", "Spam", "Sonstiges"];

/// How many comments the page shows at once.
const PAGE_SIZE: usize = 100;

/// Share of the strongest span's weight a span needs to be highlighted.
const MIN_RELATIVE_WEIGHT: f64 = 0.25;

/// Smallest logit contribution highlighted at all.
const MIN_WEIGHT: f64 = 0.05;

/// A span to highlight: byte range, label and weight.
struct Hl<'a> {
    start: usize,
    end: usize,
    label: &'a str,
    weight: f64,
    /// The policy rule, for policy matches.
    rule: Option<&'a str>,
}

impl Hl<'_> {
    /// Whether the span is a non-empty slice of `text` on character
    /// boundaries (stored spans come from the database: never trust them).
    fn fits(&self, text: &str) -> bool {
        self.start < self.end
            && self.end <= text.len()
            && text.is_char_boundary(self.start)
            && text.is_char_boundary(self.end)
    }
}

/// Policy matches (with a `rule`) are always marked, as strong as the
/// strongest model span can be; the rule is the tooltip.
fn policy_marks<'a>(text: &str, list: &'a serde_json::Value) -> Vec<Hl<'a>> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| {
            Some(Hl {
                start: s["start"].as_u64()? as usize,
                end: s["end"].as_u64()? as usize,
                label: "policy",
                // Policy matches win overlaps against model spans.
                weight: f64::MAX,
                rule: Some(s["rule"].as_str()?),
            })
        })
        .filter(|h| h.fits(text))
        .collect()
}

/// The spans worth showing: those of flagged labels that pushed the label up
/// by at least [`MIN_WEIGHT`] and a quarter of that label's strongest span,
/// without overlaps (the stronger span wins), in text order.
fn spans_to_mark<'a>(text: &str, spans: &'a serde_json::Value, flagged: &[String]) -> Vec<Hl<'a>> {
    let mut all: Vec<Hl<'a>> = Vec::new();
    for (label, list) in spans.as_object().into_iter().flatten() {
        if label == "policy" {
            all.extend(policy_marks(text, list));
            continue;
        }
        if !flagged.iter().any(|f| f == label) {
            continue;
        }
        let list: Vec<Hl<'a>> = list
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| {
                Some(Hl {
                    start: s["start"].as_u64()? as usize,
                    end: s["end"].as_u64()? as usize,
                    label,
                    weight: s["weight"].as_f64()?,
                    rule: None,
                })
            })
            .filter(|h| h.fits(text))
            .collect();
        let max = list.iter().map(|h| h.weight).fold(0.0, f64::max);
        all.extend(
            list.into_iter()
                .filter(|h| h.weight >= MIN_WEIGHT && h.weight >= MIN_RELATIVE_WEIGHT * max),
        );
    }
    all.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    let mut kept: Vec<Hl<'a>> = Vec::new();
    for h in all {
        if kept.iter().all(|k| h.end <= k.start || k.end <= h.start) {
            kept.push(h);
        }
    }
    kept.sort_by_key(|h| h.start);
    kept
}

/// The comment text with the spans that carry weight for a flagged label in
/// `<mark>`: the label as class and tooltip, the strength as opacity (the
/// strongest span of the comment is fully opaque).
pub fn highlight(text: &str, spans: &serde_json::Value, flagged: &[String]) -> String {
    let marks = spans_to_mark(text, spans, flagged);
    let strongest = marks
        .iter()
        .filter(|h| h.rule.is_none())
        .map(|h| h.weight)
        .fold(0.0, f64::max);
    let mut out = String::new();
    let mut pos = 0;
    for h in marks {
        out.push_str(&escape(&text[pos..h.start]));
        out.push_str(&mark_open(&h, strongest));
        out.push_str(&escape(&text[h.start..h.end]));
        out.push_str("</mark>");
        pos = h.end;
    }
    out.push_str(&escape(&text[pos..]));
    out
}

/// The opening `<mark>` of a span: policy matches name their rule.
fn mark_open(h: &Hl<'_>, strongest: f64) -> String {
    if let Some(rule) = h.rule {
        return format!(
            "<mark class=\"l-policy\" style=\"--a:1.00\" title=\"policy: {}\">",
            escape(rule)
        );
    }
    let strength = 0.2 + 0.8 * h.weight / strongest;
    format!(
        "<mark class=\"l-{l}\" style=\"--a:{strength:.2}\" data-weight=\"{w:.3}\" title=\"{l} +{w:.2}\">",
        l = escape(h.label),
        w = h.weight
    )
}

/// The rule preselected for a reject: the model's most likely flagged label.
fn preselected_rule(c: &StoredComment) -> &'static str {
    let best = c
        .flagged
        .iter()
        .filter_map(|l| c.probabilities.get(l).map(|p| (l, *p)))
        .max_by(|a, b| a.1.total_cmp(&b.1));
    match best.map(|(l, _)| l.as_str()) {
        Some("toxic") => "toxic",
        Some("offtopic") => "offtopic",
        _ => "other",
    }
}

fn rule_picker(c: &StoredComment) -> String {
    let pre = preselected_rule(c);
    let opts: String = RULES
        .iter()
        .zip(RULE_NAMES)
        .enumerate()
        .map(|(i, (r, name))| {
            let checked = if *r == pre { " checked" } else { "" };
            format!(
                "<label><input type=\"radio\" name=\"rule-{id}\" value=\"{r}\"{checked}> {name} <kbd>{k}</kbd></label> ",
                id = escape(&c.id),
                k = i + 1
            )
        })
        .collect();
    format!("<fieldset class=\"rule\"><legend>Verstoß gegen</legend>{opts}</fieldset>")
}

/// How much of the article shows without opening it.
const ARTICLE_LEAD_CHARS: usize = 300;

fn render_item(c: &StoredComment, parent: Option<&StoredComment>, view: View) -> String {
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
        (id, text) => {
            let text = text.as_deref().unwrap_or("(kein Artikeltext)");
            let lead: String = text.chars().take(ARTICLE_LEAD_CHARS).collect();
            let more = if lead.len() < text.len() { " …" } else { "" };
            format!(
                "<details class=\"article\"><summary>Artikel {}</summary><p>{}</p></details>\
                 <p class=\"lead\">{}{more}</p>",
                escape(id.as_deref().unwrap_or("")),
                escape(text),
                escape(&lead),
            )
        }
    };
    let parent = parent.map_or_else(String::new, |p| {
        format!(
            "<blockquote class=\"parent\">Antwort auf <code>{}</code>{}: {}</blockquote>",
            escape(&p.id),
            p.author
                .as_deref()
                .map(|a| format!(" von <b>{}</b>", escape(a)))
                .unwrap_or_default(),
            escape(&p.text)
        )
    });
    let actions = match view {
        View::Pending => format!(
            "{}<div class=\"actions\"><button class=\"approve\" data-decision=\"approve\">Freigeben (a)</button>\
             <button class=\"reject\" data-decision=\"reject\">Ablehnen (r)</button> \
             <button class=\"thread\">Diskussion (t)</button></div><ol class=\"thread\" hidden></ol>",
            rule_picker(c)
        ),
        View::AutoRejected => "<div class=\"actions\"><button class=\"approve\" data-decision=\"restore\">\
             Wiederherstellen (w)</button></div>"
            .to_string(),
    };
    format!(
        "<article class=\"item\" data-id=\"{id}\" tabindex=\"-1\">\
         <header><code>{id}</code> {author} <time datetime=\"{created}\">{created}</time> {probs}</header>\
         {article}{parent}<p class=\"text\">{text}</p>{actions}</article>\n",
        id = escape(&c.id),
        author = c
            .author
            .as_deref()
            .map(|a| format!("von <b>{}</b>", escape(a)))
            .unwrap_or_default(),
        created = escape(&c.created_at),
        probs = probs.join(" "),
        text = highlight(&c.text, &c.spans, &c.flagged),
    )
}

const STYLE: &str = "body{font:16px/1.45 system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#222}\
header.top{display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap}\
article.item{border:1px solid #ccc;border-radius:6px;padding:.6rem .9rem;margin:.7rem 0}\
article.item.sel{border-color:#1761c9;box-shadow:0 0 0 3px #1761c955}\
article header{font-size:.85rem;color:#555;display:flex;gap:.6rem;flex-wrap:wrap}\
span.hot{color:#b3261e;font-weight:bold}mark{background:rgba(255,200,0,var(--a,1));border-radius:2px}\
mark.l-toxic{background:rgba(229,57,53,var(--a,1))}mark.l-offtopic{background:rgba(30,136,229,var(--a,1))}mark.l-policy{background:#ffd966}\
blockquote.parent{margin:.3rem 0;padding:.2rem .6rem;border-left:3px solid #aaa;color:#555;font-size:.9rem}\
ol.thread{font-size:.9rem;color:#444}ol.thread li.me{font-weight:bold}\
details.article p.lead{margin:.2rem 0;color:#444;font-size:.9rem}\
.actions button{margin-right:.5rem}#msg{color:#b3261e}kbd{border:1px solid #aaa;border-radius:3px;padding:0 .3em}";

const SCRIPT: &str = r#"
(function () {
  var cur = 0;
  var mod = document.getElementById('moderator');
  if (mod) mod.value = localStorage.getItem('moderato.moderator') || mod.value;
  document.querySelectorAll('time[datetime]').forEach(function (t) {
    var d = new Date(t.getAttribute('datetime'));
    if (!isNaN(d)) t.textContent = d.toLocaleString('de-DE');
  });
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
  function rule(n) {
    var it = items()[cur];
    var r = it && it.querySelectorAll('fieldset.rule input')[n];
    if (r) r.checked = true;
  }
  function decide(decision) {
    var it = items()[cur];
    if (!it) return;
    var body = {};
    if (mod) {
      body.moderator = mod.value.trim() || 'moderator';
      localStorage.setItem('moderato.moderator', body.moderator);
    }
    var url = '/v1/comments/' + encodeURIComponent(it.dataset.id);
    if (decision === 'restore') {
      url += '/restore';
    } else {
      url += '/decision';
      body.decision = decision;
      var picked = it.querySelector('fieldset.rule input:checked');
      body.labels = decision === 'reject' && picked ? [picked.value] : [];
    }
    fetch(url, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (r) {
      if (r.ok || r.status === 409) {
        var i = items().indexOf(it);
        it.remove();
        var total = document.getElementById('total');
        total.textContent = Math.max(0, parseInt(total.textContent, 10) - 1);
        count();
        select(i);
        document.getElementById('msg').textContent = r.status === 409 ? 'Schon entschieden: ' + it.dataset.id : '';
      } else {
        return r.json().then(function (e) { document.getElementById('msg').textContent = e.error.message; });
      }
    }).catch(function (e) { document.getElementById('msg').textContent = String(e); });
  }
  function thread() {
    var it = items()[cur];
    if (!it) return;
    var ol = it.querySelector('ol.thread');
    if (!ol || !ol.hidden) { if (ol) ol.hidden = true; return; }
    fetch('/v1/comments/' + encodeURIComponent(it.dataset.id) + '/thread', { credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (v) {
        ol.textContent = '';
        (v.items || []).forEach(function (c) {
          var li = document.createElement('li');
          li.textContent = (c.author ? c.author + ': ' : '') + c.text;
          if (c.id === it.dataset.id) li.className = 'me';
          ol.appendChild(li);
        });
        ol.hidden = false;
      });
  }
  document.addEventListener('keydown', function (e) {
    if (e.target.tagName === 'INPUT' && e.target.type !== 'radio' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'j') select(cur + 1);
    else if (e.key === 'k') select(cur - 1);
    else if (e.key === 'a') decide('approve');
    else if (e.key === 'r') decide('reject');
    else if (e.key === 'w') decide('restore');
    else if (e.key === 't') thread();
    else if (e.key >= '1' && e.key <= '4') rule(parseInt(e.key, 10) - 1);
    else if (e.key === '?') document.getElementById('help').toggleAttribute('hidden');
    else return;
    e.preventDefault();
  });
  document.addEventListener('click', function (e) {
    var t = e.target.closest('button.thread');
    if (t) { select(items().indexOf(t.closest('article.item'))); thread(); return; }
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
         <form method=\"post\" action=\"/login\"><label>Zugangs-Token <input type=\"password\" name=\"token\" autofocus></label> \
         <button>Anmelden</button></form></body></html>",
        escape(message)
    );
    (StatusCode::UNAUTHORIZED, Html(html)).into_response()
}

/// Query of `GET /`.
#[derive(Debug, Default, Deserialize)]
pub struct PageParams {
    /// `auto-rejected` for the model's own rejections; else the queue.
    #[serde(default)]
    pub view: Option<String>,
}

const HELP: &str = "<aside id=\"help\" hidden><kbd>j</kbd>/<kbd>k</kbd> nächster/vorheriger Kommentar, \
    <kbd>a</kbd> freigeben, <kbd>r</kbd> ablehnen, <kbd>1</kbd>–<kbd>4</kbd> verletzte Regel wählen \
    (vorausgewählt nach dem Modell), <kbd>w</kbd> wiederherstellen (Ansicht „vom Modell abgelehnt“), <kbd>t</kbd> Diskussion ein/aus, \
    <kbd>?</kbd> diese Hilfe.</aside>";

/// Handles `GET /`.
pub async fn index(
    State(state): State<AppState>,
    ApiQuery(q): ApiQuery<PageParams>,
    req: axum::extract::Request,
) -> Result<Response, ApiError> {
    let (parts, _) = req.into_parts();
    let who = match authenticate(&parts, &state.creds, false) {
        _ if state.creds.is_empty() => None,
        Presented::Known(p) if p.role.allows(Access::Moderate) => Some(p),
        Presented::Known(_) => return Ok(login_page("Dieses Token gilt nicht für Moderation.")),
        _ => return Ok(login_page("")),
    };
    let view = match q.view.as_deref() {
        Some("auto-rejected") => View::AutoRejected,
        _ => View::Pending,
    };
    let queue = state.queue.clone();
    let (page, parents) = blocking(move || {
        let page = queue.list(&QueueQuery {
            view,
            limit: PAGE_SIZE,
            ..Default::default()
        })?;
        // The comments they reply to, where the queue knows them.
        let parents: Vec<Option<StoredComment>> = page
            .items
            .iter()
            .map(|c| c.parent_id.as_deref().and_then(|p| queue.get(p).ok()))
            .collect();
        Ok::<_, crate::serve::QueueError>((page, parents))
    })
    .await??;
    let model = state.model();
    let items: String = page
        .items
        .iter()
        .zip(&parents)
        .map(|(c, p)| render_item(c, p.as_ref(), view))
        .collect();
    let (title, other) = match view {
        View::Pending => (
            "Prüfschlange",
            "<a href=\"/?view=auto-rejected\">vom Modell abgelehnt</a>",
        ),
        View::AutoRejected => ("Vom Modell abgelehnt", "<a href=\"/\">zur Prüfschlange</a>"),
    };
    let who = match who {
        Some(p) => format!("<span>angemeldet als <b>{}</b></span>", escape(&p.name)),
        None => "<label>Moderator <input id=\"moderator\" value=\"moderator\" size=\"12\"></label>"
            .into(),
    };
    let html = format!(
        "<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>moderato – {title}</title><style>{STYLE}</style></head><body>\
         <header class=\"top\"><h1>{title}</h1><span><b id=\"count\">{shown}</b> angezeigt, <b id=\"total\">{total}</b> offen</span>\
         {who} {other} <span><kbd>?</kbd> Tastenhilfe</span></header>{HELP}\
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
    /// A moderator's or admin's token.
    pub token: String,
}

/// Whether the session cookie gets `Secure`: configured, or a proxy says the
/// request came over HTTPS.
fn secure(state: &AppState, headers: &HeaderMap) -> bool {
    state.cfg.secure_cookies
        || headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("https"))
}

/// Handles `POST /login`: checks the token and sets a signed session cookie
/// (never the token itself).
pub async fn login(
    State(state): State<AppState>,
    ext: axum::http::Extensions,
    headers: HeaderMap,
    Form(f): Form<Login>,
) -> Response {
    if state.creds.is_empty() {
        return Redirect::to("/").into_response();
    }
    match by_token(&state.creds, &f.token) {
        Some(c) if c.role.allows(Access::Moderate) => {
            let expires = chrono::Utc::now().timestamp() + SESSION_SECONDS;
            let cookie = format!(
                "{SESSION_COOKIE}={}; HttpOnly; SameSite=Strict; Path=/; Max-Age={SESSION_SECONDS}{}",
                session_value(c, expires),
                if secure(&state, &headers) { "; Secure" } else { "" }
            );
            tracing::info!("page login: {}", c.name);
            ([(header::SET_COOKIE, cookie)], Redirect::to("/")).into_response()
        }
        found => {
            let client = ext
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map_or_else(|| "unknown".to_string(), |c| c.0.to_string());
            tracing::warn!(
                "failed authentication: page login from {client}: {}",
                if found.is_some() {
                    "token without moderator role"
                } else {
                    "unknown token"
                }
            );
            login_page("Falsches Token.")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_weighty_spans_of_flagged_labels_with_strength() {
        let text = "Du <b>Idiot</b>, geh doch weg";
        let s = text.find("Idiot").unwrap();
        let d = text.find("doch").unwrap();
        let g = text.find("geh").unwrap();
        let spans = serde_json::json!({
            "toxic": [
                {"start": s, "end": s + 5, "weight": 2.0},
                {"start": g, "end": g + 3, "weight": 1.0},
                {"start": d, "end": d + 4, "weight": 0.1},
                {"start": 0, "end": 2, "weight": -0.3}
            ],
            "offtopic": [{"start": 0, "end": 2, "weight": 3.0}],
        });
        let html = highlight(text, &spans, &["toxic".to_string()]);
        assert_eq!(
            html,
            "Du &lt;b&gt;<mark class=\"l-toxic\" style=\"--a:1.00\" data-weight=\"2.000\" \
             title=\"toxic +2.00\">Idiot</mark>&lt;/b&gt;, <mark class=\"l-toxic\" style=\"--a:0.60\" \
             data-weight=\"1.000\" title=\"toxic +1.00\">geh</mark> doch weg"
        );
        assert_eq!(
            highlight(text, &spans, &[]),
            escape(text),
            "nothing flagged, nothing marked"
        );
    }
}
