import { describe, expect, it } from 'vitest';
import { readEnv } from './env';

describe('HOST', () => {
  it('is unset (every interface) by default and when empty, and takes an address', () => {
    expect(readEnv({}).HOST).toBeUndefined();
    expect(readEnv({ HOST: '' }).HOST).toBeUndefined();
    expect(readEnv({ HOST: '127.0.0.1' }).HOST).toBe('127.0.0.1');
    expect(readEnv({ HOST: '::1' }).HOST).toBe('::1');
  });

  it('refuses what is not an address, in Chinese first', () => {
    expect(() => readEnv({ HOST: 'http://10.0.0.1/' })).toThrow(/必须是一个地址/);
  });
});
