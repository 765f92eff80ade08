// npm start: the production server (after `next build`), as `next start` but knowing who is
// calling. `next start` passes a client-sent X-Forwarded-For on untouched, so the sign-in limits
// could not tell one client from another; this server writes the socket's address into a header
// of its own on every request, replacing any copy the client sent (lib/security/client-address.ts).
//   tsx scripts/serve.ts [-p PORT] [-H HOSTNAME]     (PORT, HOSTNAME from the environment otherwise)
import { createServer } from 'node:http';
import next from 'next';
import { PEER_HEADER, PEER_HEADER_ENV } from '@/lib/security/client-address';

function option(flag: string, long: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === flag || a === long);
  return at >= 0 ? args[at + 1] : undefined;
}

const port = Number(option('-p', '--port') ?? process.env.PORT ?? 3000);
const hostname = option('-H', '--hostname') ?? process.env.HOSTNAME;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: the port must be a whole number from 0 to 65535, not "${port}"`);
  process.exit(2);
}
Object.assign(process.env, { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', [PEER_HEADER_ENV]: '1' });

const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port });
await app.prepare();
const handle = app.getRequestHandler();
const server = createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`serve: ready on http://${hostname ?? 'localhost'}:${port}`));
// Ctrl-C (SIGINT) or SIGTERM stops at once: open connections (a browser's keep-alive, a live
// page's polling) are cut rather than waited for, and if Next takes more than a second to close,
// the process exits anyway. A second signal exits immediately.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(130);
    stopping = true;
    console.log(`serve: ${signal}, stopping`);
    server.close();
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 1_000).unref();
    void app.close().finally(() => process.exit(0));
  });
}
