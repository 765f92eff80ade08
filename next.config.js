// ESM because package.json has "type": "module".
// Telemetry is disabled via NEXT_TELEMETRY_DISABLED=1 in the environment (see .ci/run).

// The pages' Content-Security-Policy has a fresh nonce per request: proxy.ts sets it (see
// lib/content-security-policy.ts). The JSON API answers data, never a page: nothing may run,
// load or frame it.
const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it with Node's require at runtime
  // instead of letting the bundler try to bundle the .node binary.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  // Server actions (the import page) take files of at most 8 MB.
  experimental: { serverActions: { bodySizeLimit: '8mb' } },
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
