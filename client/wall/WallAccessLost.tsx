import { signInReturningTo } from '../app/next-path';
import type { WallText } from './wall-messages';

/** This wall's address, kiosk options included; '/wall' where there is no page (rendered on the server in tests). */
const wallPath = () => (typeof location === 'undefined' ? '/wall' : location.pathname + location.search);

/**
 * The way back to the password login for a person whose session ended (SESSION_MAX_HOURS, signed out elsewhere): a
 * commander has no wall token. Signed in, the app returns to this wall (`?next=`, client/app/next-path.ts).
 */
export function AccountSignInLink({ t }: { t: WallText }) {
  return (
    <a className="wall-account-sign-in" href={signInReturningTo(wallPath())} data-testid="wall-account-sign-in">
      {t('signInWithAccount')}
    </a>
  );
}

/**
 * In place of the wall once it has lost access: the server's words, full width, and no figure to pass for live.
 * `offerAccount`: the link to the password login (a person's session on a kiosk, where no token form stands below).
 */
export function WallAccessLost({ message, t, offerAccount }: { message: string | null; t: WallText; offerAccount: boolean }) {
  return (
    <>
      <div className="wall-access-lost" data-testid="wall-access-lost" role="alert">
        <p>{message ?? t('accessLost')}</p>
      </div>
      {offerAccount && <AccountSignInLink t={t} />}
    </>
  );
}
