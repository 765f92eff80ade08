// ESM because package.json has "type": "module".
// Telemetry is disabled via NEXT_TELEMETRY_DISABLED=1 in the environment (see .ci/run).

// The pages' Content-Security-Policy has a fresh nonce per request: proxy.ts sets it (see
// lib/security/content-security-policy.ts). The JSON API answers data, never a page: nothing may run,
// load or frame it.
const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // `npm run bench:web` builds into a folder of its own, with a trivial page and route named
  // *.bench.tsx / *.bench.ts that no other build reads (scripts/bench-web-build.ts).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  pageExtensions: process.env.NEXT_DIST_DIR === '.next-bench' ? ['bench.tsx', 'bench.ts', 'tsx', 'ts', 'jsx', 'js'] : ['tsx', 'ts', 'jsx', 'js'],
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it with Node's require at runtime
  // instead of letting the bundler try to bundle the .node binary. pdfkit (the brief's PDF)
  // reads its font metrics from its own folder at run time: it is loaded the same way.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'pdfkit'],
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
    return [
      { source: '/:path*', headers: security },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: apiContentSecurityPolicy }] },
    ];
  },
};

export default nextConfig;
