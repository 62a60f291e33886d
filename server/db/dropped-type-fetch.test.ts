import { describe, expect, it } from 'vitest';
import { isDroppedTypeFetch } from './dropped-type-fetch';

describe('isDroppedTypeFetch', () => {
  it('knows postgres.js’s array-type query and nothing else', () => {
    const typeQuery = '\n      select b.oid, b.typarray\n      from pg_catalog.pg_type a\n      left join pg_catalog.pg_type b on b.oid = a.typelem\n';
    expect(isDroppedTypeFetch(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:45057'), { code: 'ECONNREFUSED', query: typeQuery }))).toBe(true);
    expect(isDroppedTypeFetch(Object.assign(new Error('connect ECONNREFUSED'), { query: 'SELECT * FROM incidents' }))).toBe(false);
    expect(isDroppedTypeFetch(new Error('boom'))).toBe(false);
    expect(isDroppedTypeFetch(undefined)).toBe(false);
  });
});
