import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { Role } from '../../core/contracts/auth';
import { watchesWholeDistrict } from '../../core/contracts/role-groups';
import { ApiError, setRequestLanguage } from '../api/client';
import { exchangeWallToken, getMe, getWallSummary } from '../api/endpoints';
import { WallContactContext, type WallContact } from './wall-contact';
import { wallLanguageOf, wallText } from './wall-messages';
import { NoStoredToken, WallReauth, type WallAccess } from './wall-reauth';
import { showsUnitPositions } from './unit-positions';
import { WallAccessLost } from './WallAccessLost';
import { WallScreen } from './WallScreen';
import { WallStage } from './WallStage';
import { WallTokenForm } from './WallTokenForm';
import { updateWallHooks } from './wall-test-hooks';
import './wall.css';

// The token stays in this tab's sessionStorage (not on screen, not in the URL) so that the wall can sign in again
// when its session reaches the server's maximum age during days of running.
const tokenKey = 'jingwang.wallToken';

/** 'refused': a session whose jurisdiction is narrower than the district, with the server's words for why. */
type Auth = 'checking' | 'prompt' | 'failed' | 'signed-in' | { refused: string };

/** Reads ?token= once and takes it out of the address bar before anything else happens. */
function takeTokenFromUrl(): string | null {
  const url = new URL(location.href);
  const token = url.searchParams.get('token');
  if (token === null) return null;
  url.searchParams.delete('token');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  return token;
}

/** Signs the wall in; `onRole` hears whose session it is (what it may ask for: unit-positions.ts). */
async function signIn(onRole: (role: Role | 'no-auth') => void): Promise<Auth> {
  const fromUrl = takeTokenFromUrl();
  if (fromUrl) sessionStorage.setItem(tokenKey, fromUrl);
  if (!fromUrl) {
    const me = await getMe();
    if (me === 'no-auth') onRole('no-auth');
    else if (me !== null) onRole(me.role);
    if (me === 'no-auth') return 'signed-in';
    if (me !== null) return watchesWholeDistrict(me.scope) ? 'signed-in' : refusalOf();
  }
  const token = fromUrl ?? sessionStorage.getItem(tokenKey);
  if (!token) return 'prompt';
  try {
    await exchangeWallToken(token);
    onRole('wall_display');
    return 'signed-in';
  } catch {
    sessionStorage.removeItem(tokenKey);
    return 'failed';
  }
}

/** Signs in again with the stored token, forgetting a token the server refuses. */
async function renewWallSession(): Promise<void> {
  const token = sessionStorage.getItem(tokenKey);
  if (!token) throw new NoStoredToken();
  try {
    await exchangeWallToken(token);
  } catch (e) {
    if (e instanceof ApiError && e.status >= 400 && e.status < 500) sessionStorage.removeItem(tokenKey);
    throw e;
  }
}

/**
 * The wall's contact with the server (wall-contact.ts): when it last answered, and its 401s handed to a WallReauth.
 * `access` says whether the wall may show its figures; `renewed` counts its returns to 'ok' (the live stream reopens
 * on each, on the session just signed in).
 */
function useWallAccess() {
  const [access, setAccess] = useState<WallAccess>({ kind: 'ok' });
  const [renewed, setRenewed] = useState(0);
  const { contact, reauth } = useMemo(() => {
    let lastMs: number | null = null;
    const reauth = new WallReauth(renewWallSession, (next) => {
      setAccess(next);
      if (next.kind === 'ok') setRenewed((n) => n + 1);
    });
    const contact: WallContact = {
      heard: () => void (lastMs = Date.now()),
      unauthorized: (message) => reauth.unauthorized(message),
      lastHeardMs: () => lastMs,
    };
    return { contact, reauth };
  }, []);
  return { access, renewed, contact, reauth };
}

/** The server's refusal of the district's summary to this session, in its own words (the wall shows them). */
async function refusalOf(): Promise<Auth> {
  try {
    await getWallSummary();
    return 'signed-in';
  } catch (e) {
    return e instanceof ApiError && e.status === 403 ? { refused: e.message } : 'failed';
  }
}

/**
 * /wall: the command-center wall. Signs in with a wall-display token (?token=, then removed from the URL) or uses
 * the browser's session; without either it asks for a token. ?kiosk=1 hides controls and cursor and rotates
 * scenes every ?interval= seconds (default 20), beginning at the street named by ?scene= (e.g. ?scene=三里坪街道);
 * ?lang=en switches to English.
 */
export function WallApp() {
  const params = new URLSearchParams(location.search);
  const kiosk = params.get('kiosk') === '1';
  const intervalS = Number(params.get('interval'));
  const intervalMs = Number.isFinite(intervalS) && intervalS > 0 ? intervalS * 1000 : 20_000;
  const language = wallLanguageOf(location.search);
  const t = wallText(language);
  const [auth, setAuth] = useState<Auth>('checking');
  const [token, setToken] = useState('');
  // Until a session says otherwise, the wall asks for nothing its role might be refused.
  const [role, setRole] = useState<Role | 'no-auth'>('viewer');
  const { access, renewed, contact, reauth } = useWallAccess();

  useEffect(() => {
    document.body.classList.add('wall-page');
    document.body.classList.toggle('wall-kiosk-page', kiosk);
    document.documentElement.lang = language;
    // The server's refusals (the token's, the session's) come back in the wall's language.
    setRequestLanguage(language);
    updateWallHooks({});
    signIn(setRole).then(setAuth, () => setAuth('failed'));
  }, [kiosk, language]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    sessionStorage.setItem(tokenKey, token.trim());
    setAuth('checking');
    reauth.reset();
    signIn(setRole).then(setAuth, () => setAuth('failed'));
  };

  const lost = auth === 'signed-in' && access.kind === 'lost' ? access : null;
  const form = (
    <WallTokenForm
      t={t} showTitle={!lost} token={token} onToken={setToken} onSubmit={submit}
      failed={auth === 'failed'} refused={typeof auth === 'object' ? auth.refused : null}
    />
  );

  return (
    <WallStage kiosk={kiosk}>
      {lost ? (
        // A kiosk has nobody at a keyboard: the notice alone (and, for a person's session, the way to sign in with a
        // password); a wall with an operator can take a new token here, or sign in with a password (the form's link).
        <div className="wall-centred">
          <WallAccessLost message={lost.message} t={t} offerAccount={kiosk && lost.person} />
          {!kiosk && form}
        </div>
      ) : auth === 'signed-in' ? (
        <WallContactContext.Provider value={contact}>
          <WallScreen
            kiosk={kiosk} intervalMs={intervalMs} startScene={params.get('scene')} language={language} t={t} sessionKey={renewed}
            positionsShown={showsUnitPositions(role)}
          />
        </WallContactContext.Provider>
      ) : auth === 'checking' ? (
        <div className="wall-centred wall-muted">{t('loading')}</div>
      ) : (
        <div className="wall-centred">{form}</div>
      )}
    </WallStage>
  );
}
