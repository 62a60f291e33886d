import { describe, expect, it } from 'vitest';
import { nextPathOf, signInReturningTo } from './next-path';

describe('the path to return to after signing in', () => {
  it('is a path of this origin, with its query', () => {
    expect(nextPathOf(new URL(signInReturningTo('/wall?kiosk=1&interval=20'), 'http://x').search)).toBe('/wall?kiosk=1&interval=20');
    expect(nextPathOf('?next=%2Fwall')).toBe('/wall');
  });

  it('is never another site, nor the sign-in page itself', () => {
    for (const search of ['', '?next=', '?next=https%3A%2F%2Fevil.example', '?next=%2F%2Fevil.example', '?next=%2F%5Cevil.example', '?next=wall', '?next=%2F', '?next=%2F%3Fnext%3D%2Fwall']) {
      expect(nextPathOf(search), search).toBeNull();
    }
  });
});
