// ESM because package.json has "type": "module".
// Telemetry is disabled via NEXT_TELEMETRY_DISABLED=1 in the environment (see .ci/run).

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it with Node's require at runtime
  // instead of letting the bundler try to bundle the .node binary.
  serverExternalPackages: ['better-sqlite3'],
};

export default nextConfig;
