import { describe, expect, it } from 'vitest';
import { clientAddressFrom, PEER_HEADER, PEER_HEADER_ENV, trustedProxyHops, UNKNOWN_ADDRESS } from './client-address';

const headers = (entries: Record<string, string>) => new Headers(entries);
const SERVED = { [PEER_HEADER_ENV]: '1' };

describe('clientAddressFrom', () => {
  it('ignores a client-sent X-Forwarded-For without TRUST_PROXY: the socket address counts', () => {
    const h = headers({ 'x-forwarded-for': '203.0.113.7', 'x-real-ip': '203.0.113.8', [PEER_HEADER]: '198.51.100.2' });
    expect(clientAddressFrom(h, SERVED)).toBe('198.51.100.2');
    expect(clientAddressFrom(h, { ...SERVED, TRUST_PROXY: '0' })).toBe('198.51.100.2');
    expect(clientAddressFrom(h, { ...SERVED, TRUST_PROXY: 'yes' })).toBe('198.51.100.2');
  });

  it('with TRUST_PROXY=1 takes the right-most hop, which the proxy added', () => {
    const h = headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7', [PEER_HEADER]: '10.0.0.1' });
    expect(clientAddressFrom(h, { ...SERVED, TRUST_PROXY: '1' })).toBe('203.0.113.7');
  });

  it('with TRUST_PROXY=2 skips the two proxies', () => {
    const h = headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.5', [PEER_HEADER]: '10.0.0.1' });
    expect(clientAddressFrom(h, { ...SERVED, TRUST_PROXY: '2' })).toBe('203.0.113.7');
    expect(clientAddressFrom(headers({ 'x-forwarded-for': '203.0.113.7' }), { ...SERVED, TRUST_PROXY: '2' })).toBe('203.0.113.7');
  });

  it('with TRUST_PROXY and no forwarded header falls back to the socket', () => {
    expect(clientAddressFrom(headers({ [PEER_HEADER]: '::ffff:127.0.0.1' }), { ...SERVED, TRUST_PROXY: '1' })).toBe('127.0.0.1');
  });

  it('does not believe the peer header under a server that does not set it', () => {
    expect(clientAddressFrom(headers({ [PEER_HEADER]: '198.51.100.2', 'x-forwarded-for': '1.2.3.4' }), {})).toBe(UNKNOWN_ADDRESS);
  });

  it('refuses junk as an address', () => {
    expect(clientAddressFrom(headers({ 'x-forwarded-for': `${'a'.repeat(100)}` }), { ...SERVED, TRUST_PROXY: '1' })).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom(headers({ 'x-forwarded-for': 'x y' }), { ...SERVED, TRUST_PROXY: '1' })).toBe(UNKNOWN_ADDRESS);
  });

  it('reads TRUST_PROXY as a number of hops', () => {
    expect([undefined, '', '0', 'true', '-1', '1.5', '100'].map(trustedProxyHops)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(['1', ' 2 ', '10'].map(trustedProxyHops)).toEqual([1, 2, 10]);
  });
});
