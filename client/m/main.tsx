// The field app (/m, issue 16): its own page and bundle, with the shipped Chinese font from the app's own origin.
import '@fontsource/noto-sans-sc/400.css';
import '../shared/english-punctuation.css';
import { createRoot } from 'react-dom/client';
import { FieldApp } from '../field/FieldApp';

// The service worker (vite.field-app.ts) caches the page's shell, so it opens without a network. Registered only
// where the browser allows one (a secure context: HTTPS, or localhost) and only in a build: `vite` serves none.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  navigator.serviceWorker.register('/m/sw.js', { scope: '/m/' }).catch((err: unknown) => console.warn('service worker not registered:', err));
}

createRoot(document.getElementById('root')!).render(<FieldApp />);
