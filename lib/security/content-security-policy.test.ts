import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce } from './content-security-policy';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.split(' ')[0] === name);

describe('contentSecurityPolicy', () => {
  it('lets scripts run only with the nonce: no unsafe-inline, no eval in production', () => {
    const policy = contentSecurityPolicy('abc123', { development: false });
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain('unsafe-eval');
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    // A nonce in style-src would switch off 'unsafe-inline', which the bars' widths need.
    expect(directive(policy, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
  });

  it('allows eval in development only', () => {
    expect(directive(contentSecurityPolicy('n', { development: true }), 'script-src')).toBe("script-src 'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'");
  });
});

describe('newNonce', () => {
  it('is 18 random bytes in base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
      expect(Buffer.from(nonce, 'base64')).toHaveLength(18);
    }
  });
});
