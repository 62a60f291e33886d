import type { NearestPlace } from './create-place-locator';

/** Within this many metres a point is "near" a place: 星河城1栋附近. */
export const NEAR_PLACE_M = 300;

const directions = ['北', '东北', '东', '东南', '南', '西南', '西', '西北'] as const;

/**
 * A point named by its nearest place, as people say it: within NEAR_PLACE_M metres '星河城1栋附近' / '达川中学附近';
 * farther, the direction and the distance rounded to 50 m: '星河城1栋东北约450米'. Pure.
 */
export function describeNearPlace(near: NearestPlace): string {
  if (near.distanceM <= NEAR_PLACE_M) return `${near.place.name}附近`;
  const direction = directions[Math.round(near.bearingDeg / 45) % 8];
  return `${near.place.name}${direction}约${Math.round(near.distanceM / 50) * 50}米`;
}
