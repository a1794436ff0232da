//! Who is calling: credentials with roles (scoring clients, ingest, moderators,
//! admin) from the config file, the page's signed session cookie, and which
//! role may do what. Handlers ask through the extractors in
//! [`super::handlers`]; this module holds no HTTP framework types beyond
//! header parsing.
//!
//! The session cookie is never the token: it carries the credential's name,
//! an expiry and an HMAC of both keyed with the credential's token, so it
//! proves the login without revealing the token, and changing the token ends
//! every session made with it.

use std::fmt;

use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;

/// Name of the cookie the moderator page logs in with.
pub const SESSION_COOKIE: &str = "moderato_session";

/// How long a page login lasts, in seconds (a working day and a half).
pub const SESSION_SECONDS: i64 = 12 * 3600;

/// Longest credential name (it goes into the audit trail and the export).
pub const MAX_NAME_CHARS: usize = 64;

/// What a credential is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A scoring client (Perspective or Coral integration): scores and may
    /// send `suggestscore` feedback.
    Scoring,
    /// A system that feeds comments into the queue.
    Ingest,
    /// A person who decides queued comments on the page or the API.
    Moderator,
    /// Everything, including the training export and model reloads.
    Admin,
}

impl Role {
    /// Lower-case name as in the config file.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Scoring => "scoring",
            Role::Ingest => "ingest",
            Role::Moderator => "moderator",
            Role::Admin => "admin",
        }
    }

    /// Whether this role may do `a`.
    pub fn allows(self, a: Access) -> bool {
        matches!(
            (self, a),
            (Role::Admin, _)
                | (_, Access::Score)
                | (Role::Scoring | Role::Moderator, Access::Feedback)
                | (Role::Ingest, Access::Ingest)
                | (Role::Moderator, Access::Moderate)
        )
    }
}

/// A kind of request, for the permission check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Scoring without storing (`/v1/score`, Perspective analyze, Coral).
    Score,
    /// Perspective `suggestscore`: labels that become training data.
    Feedback,
    /// `POST /v1/comments`.
    Ingest,
    /// The page, the queue, decisions and restores.
    Moderate,
    /// The training export and model reloads.
    Admin,
}

impl Access {
    /// The roles that may do this, for error messages.
    pub fn roles(self) -> &'static str {
        match self {
            Access::Score => "any role",
            Access::Feedback => "scoring, moderator or admin",
            Access::Ingest => "ingest or admin",
            Access::Moderate => "moderator or admin",
            Access::Admin => "admin",
        }
    }
}

/// One configured credential.
#[derive(Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credential {
    /// Who it belongs to; the audit trail and the export record it.
    pub name: String,
    /// What it may do.
    pub role: Role,
    /// The secret (at least 16 characters).
    pub token: String,
}

impl fmt::Debug for Credential {
    // The token stays out of debug output and therefore out of logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credential")
            .field("name", &self.name)
            .field("role", &self.role)
            .field("token", &"<redacted>")
            .finish()
    }
}

/// An authenticated caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// The credential's name.
    pub name: String,
    /// Its role.
    pub role: Role,
}

/// Compares secrets in time independent of where they differ.
pub fn constant_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The credential whose token is `token`, if any.
pub fn by_token<'a>(creds: &'a [Credential], token: &str) -> Option<&'a Credential> {
    let token = token.trim();
    // Check all of them so the time does not tell which one matched.
    let mut found = None;
    for c in creds {
        if constant_eq(c.token.as_bytes(), token.as_bytes()) {
            found = Some(c);
        }
    }
    found
}

fn session_mac(c: &Credential, expires: i64) -> Vec<u8> {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(c.token.as_bytes()).expect("HMAC takes any key length");
    mac.update(format!("moderato-session\u{1f}{}\u{1f}{expires}", c.name).as_bytes());
    mac.finalize().into_bytes().to_vec()
}

/// The cookie value of a session for `c` that ends at `expires` (Unix seconds):
/// `hex(name).expires.hex(hmac)`.
pub fn session_value(c: &Credential, expires: i64) -> String {
    format!(
        "{}.{expires}.{}",
        hex::encode(c.name.as_bytes()),
        hex::encode(session_mac(c, expires))
    )
}

/// The credential a session cookie value was made for, if it is genuine and
/// not expired at `now` (Unix seconds).
pub fn check_session<'a>(creds: &'a [Credential], value: &str, now: i64) -> Option<&'a Credential> {
    let mut it = value.trim().splitn(3, '.');
    let name = String::from_utf8(hex::decode(it.next()?).ok()?).ok()?;
    let expires: i64 = it.next()?.parse().ok()?;
    let mac = hex::decode(it.next()?).ok()?;
    if expires <= now {
        return None;
    }
    let c = creds.iter().find(|c| c.name == name)?;
    constant_eq(&session_mac(c, expires), &mac).then_some(c)
}

/// The request target with the values of `key`, `token` and similar query
/// parameters replaced by `REDACTED`, for logs.
pub fn redact_query(path_and_query: &str) -> String {
    let Some((path, q)) = path_and_query.split_once('?') else {
        return path_and_query.to_string();
    };
    let pairs: Vec<String> = q
        .split('&')
        .map(|p| match p.split_once('=') {
            Some((k, _)) if is_secret_param(k) => format!("{k}=REDACTED"),
            _ => p.to_string(),
        })
        .collect();
    format!("{path}?{}", pairs.join("&"))
}

fn is_secret_param(k: &str) -> bool {
    let k = k.to_ascii_lowercase();
    [
        "key",
        "token",
        "api_key",
        "apikey",
        "access_token",
        "secret",
    ]
    .contains(&k.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anna() -> Credential {
        Credential {
            name: "anna".into(),
            role: Role::Moderator,
            token: "anna-geheim-0123456789".into(),
        }
    }

    #[test]
    fn roles_allow_only_their_work() {
        assert!(Role::Scoring.allows(Access::Feedback));
        assert!(!Role::Scoring.allows(Access::Moderate));
        assert!(!Role::Ingest.allows(Access::Feedback));
        assert!(Role::Ingest.allows(Access::Ingest));
        assert!(!Role::Moderator.allows(Access::Admin));
        assert!(!Role::Moderator.allows(Access::Ingest));
        assert!(Role::Admin.allows(Access::Admin));
    }

    #[test]
    fn session_cookie_is_signed_and_expires() {
        let creds = [anna()];
        let v = session_value(&creds[0], 2_000);
        assert!(!v.contains("geheim"), "{v}");
        assert_eq!(
            check_session(&creds, &v, 1_000).map(|c| &c.name),
            Some(&creds[0].name)
        );
        assert!(check_session(&creds, &v, 2_000).is_none(), "expired");
        let forged = v.replace(".2000.", ".9000.");
        assert!(check_session(&creds, &forged, 1_000).is_none());
        let mut other = anna();
        other.token = "ein-anderes-token-0000".into();
        assert!(
            check_session(&[other], &v, 1_000).is_none(),
            "token changed"
        );
    }

    #[test]
    fn secrets_are_redacted_from_targets() {
        assert_eq!(
            redact_query("/v1alpha1/comments:analyze?key=abc123&alt=json"),
            "/v1alpha1/comments:analyze?key=REDACTED&alt=json"
        );
        assert_eq!(redact_query("/v1/queue?limit=5"), "/v1/queue?limit=5");
        let c = format!("{:?}", anna());
        assert!(!c.contains("geheim"), "{c}");
    }
}
