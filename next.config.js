// ESM because package.json has "type": "module".
// Telemetry is disabled via NEXT_TELEMETRY_DISABLED=1 in the environment (see .ci/run).

// The pages' own inline scripts (React's payload) and inline styles (bar widths, tile places)
// need 'unsafe-inline'; everything else comes from this origin only, and no site may frame
// the dashboard. Development needs eval for fast refresh, so the policy applies in production.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it with Node's require at runtime
  // instead of letting the bundler try to bundle the .node binary.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  // Server actions (the import page) take files of at most 8 MB (MAX_UPLOAD_BYTES, lib/limits.ts).
  // The body holds the file and the form's other fields: with 1 MB of room, a file of 8 MB
  // passes and one a little over reaches the action, which refuses it in the reader's
  // language; the page itself refuses larger ones before sending them.
  experimental: { serverActions: { bodySizeLimit: '9mb' } },
  async headers() {
    const security = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
    ];
    if (process.env.NODE_ENV === 'production') security.push({ key: 'Content-Security-Policy', value: contentSecurityPolicy });
    return [{ source: '/:path*', headers: security }];
  },
};

export default nextConfig;
