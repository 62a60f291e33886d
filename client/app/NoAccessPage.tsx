import type { MouseEvent } from 'react';
import type { Role } from '../../core/contracts/auth';
import { useI18n } from '../i18n/I18nProvider';
import { noAccessReason } from './no-access-reason';
import { viewLabels, viewPaths, type View } from './views';

export interface NoAccessPageProps {
  role: Role;
  path: string; // the address typed: the page is named by the view at it
  views: View[]; // what the role may open instead
  onNavigate: (path: string) => void;
  /** Why, when the server said more than the role (a grid outside the jurisdiction: which grid, which jurisdiction): then the first line. */
  detail?: string;
}

/**
 * A page the role may not open (or a record outside the jurisdiction): said plainly, with the role named and the views it may use as links, while the
 * address bar keeps what was typed (a silent jump to the map left people wondering where their page went).
 */
export function NoAccessPage({ role, path, views, onNavigate, detail }: NoAccessPageProps) {
  const { t } = useI18n();
  const follow = (e: MouseEvent<HTMLAnchorElement>, to: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onNavigate(to);
  };
  return (
    <section className="no-access" data-testid="no-access">
      <h2>{t('noAccessTitle')}</h2>
      <p data-testid="no-access-reason">{noAccessReason(role, path, detail, t)}</p>
      <p>{t('noAccessMayUse')}</p>
      <ul className="no-access-views">
        {views.map((v) => (
          <li key={v}>
            <a href={viewPaths[v]} onClick={(e) => follow(e, viewPaths[v])} data-testid={`no-access-link-${v}`}>
              {t(viewLabels[v])}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
