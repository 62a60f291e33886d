/**
 * Where to go once signed in, from `?next=`: a path of this origin only ('/wall?kiosk=1'), never another site
 * ('//evil.example', 'https://…') nor the sign-in page itself. The wall links here when its session ends, so a
 * commander signs in again and is back on the wall rather than on the start page.
 */
export function nextPathOf(search: string): string | null {
  const next = new URLSearchParams(search).get('next');
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next === '/' || next.startsWith('/?') ? null : next;
}

/** The sign-in page's address that returns to `path` afterwards. */
export const signInReturningTo = (path: string) => `/?next=${encodeURIComponent(path)}`;
