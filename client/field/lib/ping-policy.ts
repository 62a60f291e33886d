/**
 * How often the patrol screen takes a GPS ping and sends the batch (issue 16: "pings every few seconds,
 * battery-aware"). A phone on a low battery and not charging pings three times less often and sends half as often:
 * the radio, not the GPS, is what drains it, so batches matter most.
 */
export interface BatteryState {
  /** 0–1 */
  level: number;
  charging: boolean;
}

export interface PingPolicy {
  pingEveryMs: number;
  sendEveryMs: number;
  lowBattery: boolean;
}

/** At or below this level (and not charging) the battery counts as low. */
export const lowBatteryLevel = 0.2;

export const normalPolicy: PingPolicy = { pingEveryMs: 5000, sendEveryMs: 15_000, lowBattery: false };
export const lowBatteryPolicy: PingPolicy = { pingEveryMs: 15_000, sendEveryMs: 30_000, lowBattery: true };

/** The policy for a battery state; null (navigator.getBattery missing, as on iOS) is the normal one. */
export function choosePingPolicy(battery: BatteryState | null): PingPolicy {
  if (!battery || battery.charging) return normalPolicy;
  return battery.level <= lowBatteryLevel ? lowBatteryPolicy : normalPolicy;
}
