/**
 * Which map a layer is drawn on: 'day', the light base map of the views; 'night', the wall's dark base map
 * (client/map/basemap/dark-style.ts), where lines and text are light so that they carry across a room.
 */
export type MapTheme = 'day' | 'night';
