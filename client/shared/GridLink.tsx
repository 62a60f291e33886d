import type { MouseEvent, ReactNode } from 'react';
import { gridPagePath } from '../app/views';
import { followInApp } from './open-path';

/** A link to one grid's page: a plain link (a new tab works), followed in place on a plain click. */
export function GridLink({ code, children }: { code: string; children?: ReactNode }) {
  const href = gridPagePath(code);
  // Inside a table row that opens something else on click: the row does not see it.
  const follow = followInApp(href, (e: MouseEvent<HTMLAnchorElement>) => e.stopPropagation());
  return (
    <a href={href} onClick={follow} className="grid-link" data-testid={`grid-link-${code}`}>
      {children ?? code}
    </a>
  );
}
