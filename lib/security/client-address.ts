// Whose request is it: the address the sign-in limits count against (db/users.ts login).
//
// A client can send any X-Forwarded-For it likes, and `next start` passes a client-sent one on
// untouched (it fills the header from the socket only when it is absent). So forwarded headers
// are believed only when the operator says a proxy is in front (TRUST_PROXY=N, N proxies): then
// the client is the right-most address those N proxies did not add. Otherwise the address is the
// socket's, which the server of `npm start` (scripts/serve.ts) writes into PEER_HEADER, removing
// any copy the client sent; it marks itself with PEER_HEADER_ENV so that a client cannot forge
// PEER_HEADER under a server that does not set it.

export const PEER_HEADER = 'x-d06-peer-address';
export const PEER_HEADER_ENV = 'D06_PEER_HEADER';
/** The address when none is known (a server not started through scripts/serve.ts). */
export const UNKNOWN_ADDRESS = 'unknown';

interface HeaderSource {
  get(name: string): string | null;
}

/** Trusted proxy hops from TRUST_PROXY: a positive whole number, else none. */
export function trustedProxyHops(value: string | undefined): number {
  return value !== undefined && /^[1-9]\d{0,1}$/.test(value.trim()) ? Number(value.trim()) : 0;
}

/** One address, as a short key: IPv4-mapped IPv6 as plain IPv4, nothing else but address characters. */
function normalise(address: string | null | undefined): string | null {
  const text = address?.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1') ?? '';
  return text.length > 0 && text.length <= 64 && /^[0-9a-zA-Z.:[\]%_-]+$/.test(text) ? text : null;
}

export function clientAddressFrom(headers: HeaderSource, env: Record<string, string | undefined> = process.env): string {
  const peer = env[PEER_HEADER_ENV] === '1' ? normalise(headers.get(PEER_HEADER)) : null;
  const hops = trustedProxyHops(env.TRUST_PROXY);
  if (hops > 0) {
    const chain = (headers.get('x-forwarded-for') ?? '').split(',').map((a) => a.trim()).filter(Boolean);
    // The right-most address the trusted proxies did not add (the left-most if the chain is shorter).
    const forwarded = chain.length > 0 ? normalise(chain[Math.max(0, chain.length - hops)]) : null;
    if (forwarded) return forwarded;
  }
  return peer ?? UNKNOWN_ADDRESS;
}
