/**
 * The phone's next position, or null if none comes within `timeoutMs` or it is refused. Taken from watchPosition's
 * first report rather than getCurrentPosition, which in Chromium with an emulated position (the browser test) and
 * on some Android builds never answers when asked for a fresh fix; the watch ends at once either way.
 */
export function firstPosition(timeoutMs = 10_000): Promise<GeolocationPosition | null> {
  return new Promise((resolve) => {
    let watch = -1;
    const done = (pos: GeolocationPosition | null) => {
      clearTimeout(timer);
      navigator.geolocation.clearWatch(watch);
      resolve(pos);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    watch = navigator.geolocation.watchPosition(done, () => done(null), { enableHighAccuracy: true, maximumAge: 2000 });
  });
}
