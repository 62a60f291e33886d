/**
 * The words of MapLibre's own controls (their tooltips and screen-reader labels), which it otherwise shows in English
 * on every map: the app's and the wall's maps say them in the page's language.
 */
export function mapControlWords(language: 'zh-CN' | 'en'): Record<string, string> {
  return language === 'en'
    ? { 'NavigationControl.ZoomIn': 'Zoom in', 'NavigationControl.ZoomOut': 'Zoom out', 'NavigationControl.ResetBearing': 'Reset bearing to north' }
    : { 'NavigationControl.ZoomIn': '放大', 'NavigationControl.ZoomOut': '缩小', 'NavigationControl.ResetBearing': '恢复正北方向' };
}

/** The control buttons each word labels, to relabel a map's controls when the page's language changes. */
export const mapControlButtons: Record<string, string> = {
  'NavigationControl.ZoomIn': '.maplibregl-ctrl-zoom-in',
  'NavigationControl.ZoomOut': '.maplibregl-ctrl-zoom-out',
  'NavigationControl.ResetBearing': '.maplibregl-ctrl-compass',
};
