// The shipped Chinese font, regular and bold, in unicode-range subsets from the app's own origin.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './shared/english-punctuation.css';
import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

// The command-center wall (/wall) is its own page: no app shell, its own sign-in with a wall-display token,
// and its own code (ECharts) loaded only there.
const WallApp = lazy(() => import('./wall/WallApp').then((m) => ({ default: m.WallApp })));

const root = createRoot(document.getElementById('root')!);
root.render(
  location.pathname.startsWith('/wall') ? (
    <Suspense fallback={null}>
      <WallApp />
    </Suspense>
  ) : (
    <App />
  ),
);
