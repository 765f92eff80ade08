// The pages' Content-Security-Policy. Scripts run only from this origin and only when the
// page's server render gave them the request's nonce ('strict-dynamic' lets those load the
// chunks they need), so a script that got into the page any other way (an inline <script>,
// an onerror= attribute) is refused. Inline styles stay allowed: bar widths and tile places
// are style attributes. No site may frame the dashboard. React needs eval in development only.

/** A fresh, unguessable nonce: 18 random bytes in base64 (no padding). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
}

export function contentSecurityPolicy(nonce: string, options: { development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
