import { useSyncExternalStore } from 'react';

/** The width below which the views stack into one column: client/app/phone.css and PhoneHint use the same 700 px. */
const phoneLayoutQuery = '(max-width: 700px)';

/** What a map keeps free around a fitted area on a phone, where its panels sit under it rather than over it. */
const phoneFitPadding = { top: 16, bottom: 16, left: 16, right: 16 };

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(phoneLayoutQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
const isPhone = () => window.matchMedia(phoneLayoutQuery).matches;

/** Whether the screen is phone-sized now; follows a rotated phone or a resized window. */
export function usePhoneLayout(): boolean {
  return useSyncExternalStore(subscribe, isPhone, () => false);
}

type Padding = { top: number; bottom: number; left: number; right: number };

/**
 * The padding a map fits an area with: the desktop's, clear of the panels floating over the map, or on a phone,
 * where the panels sit under it (phone.css), a small margin: the desktop's would be wider than the map itself.
 * A map that keeps something over it on a phone too (the patrol legend) passes its own phone padding.
 * Each is returned as given, so its identity changes only when the layout does: a map may fit again on it.
 */
export function useFitPadding(desktop: Padding, phone: Padding = phoneFitPadding): Padding {
  return usePhoneLayout() ? phone : desktop;
}
