import { beforeAll, describe, expect, it } from 'vitest';
import { getTestApp, type TestApp } from '../support/test-database';

let app: TestApp;
beforeAll(async () => {
  app = await getTestApp();
});

describe('hardening', () => {
  it('sends a Content-Security-Policy that allows no inline or foreign scripts and no framing', async () => {
    const res = await app.request('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    // Media only from here, or a blob: the field app's voice note played back before it is sent.
    expect(csp).toContain("media-src 'self' blob:");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses a request body over 1 MiB with 413 before reading it', async () => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'viewer', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
  });

  it('answers an unknown API path with JSON 404, not the page', async () => {
    const res = await app.request('/api/residents/R1/delete');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
  });
});
