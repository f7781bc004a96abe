// Sentry may echo what it was sent, the token included, and its bodies are untrusted text that ends
// up in logs and comments. Everything we take from a response, and every message we build, goes
// through here.

const CONTROL = /[\p{Cc}\u202a-\u202e\u2066-\u2069]+/gu;
const ONE_CONTROL = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;
const MASK = "***";
const QUOTE_LIMIT = 200;
const MIN_SECRET_LENGTH = 8;

export interface Redactor {
  /** The text with the token masked. */
  text(value: string): string;
  /** A short, single-line, masked excerpt of a body, fit to quote in a message. */
  quote(body: string): string;
}

export function createRedactor(tokens: string | readonly string[]): Redactor {
  // The URL-encoded form too: a token with + / = (org tokens are base64) may come back percent-encoded.
  const secrets = [...new Set([tokens].flat().flatMap((token) => [token, encodeURIComponent(token)]))].filter(
    // A few characters would erase ordinary words; no real token is that short.
    (secret) => secret.length >= MIN_SECRET_LENGTH,
  );
  const text = (value: string): string =>
    secrets.reduce((masked, secret) => masked.split(secret).join(MASK), value);
  return {
    text,
    quote(body) {
      // Masking runs on the cleaned text and before the cut, so that a cut never leaves half a token.
      const masked = text(body.replace(CONTROL, " ").trim());
      return masked.length > QUOTE_LIMIT ? `${masked.slice(0, QUOTE_LIMIT)}…` : masked;
    },
  };
}

/** Untrusted text named in a message: one line, each control or direction mark a "?", cut at `max`. */
export function excerpt(value: string, max: number): string {
  const clean = value.replace(ONE_CONTROL, "?");
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
