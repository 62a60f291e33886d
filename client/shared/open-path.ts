/**
 * Follows an in-app link without a reload: pushes the path and tells useLocationPath (client/app/use-location-path.ts)
 * through the popstate event it already listens to. The registers, the grid page and the dashboard map open one
 * another this way without the shell handing a navigate function down to each of them.
 */
export function openPath(path: string) {
  if (path !== window.location.pathname + window.location.search) window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** Whether a click on a link should be left to the browser (a new tab or window, a download). */
export function isModifiedClick(e: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey;
}

/** A click on an in-app link, as the event handler sees it. */
interface LinkClick {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  preventDefault(): void;
}

/**
 * The click handler of an in-app link to `path`: followed in place (openPath), except a click meant for a new tab or
 * window, which the browser keeps. `beforeFollow` runs only when the link is followed here.
 */
export function followInApp<E extends LinkClick>(path: string, beforeFollow?: (e: E) => void): (e: E) => void {
  return (e) => {
    if (isModifiedClick(e)) return;
    e.preventDefault();
    beforeFollow?.(e);
    openPath(path);
  };
}
