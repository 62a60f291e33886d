import { useEffect, useState } from 'react';
import { choosePingPolicy, normalPolicy, type PingPolicy } from '../lib/ping-policy';

/** The Battery Status API where the browser has it (Chromium on Android); iOS and Firefox do not. */
interface BatteryManager extends EventTarget {
  level: number;
  charging: boolean;
}
type NavigatorWithBattery = Navigator & { getBattery?: () => Promise<BatteryManager> };

/** The ping policy for the phone's battery, following its level and charging as they change. */
export function useBatteryPolicy(active: boolean): PingPolicy {
  const [policy, setPolicy] = useState<PingPolicy>(normalPolicy);
  useEffect(() => {
    const getBattery = (navigator as NavigatorWithBattery).getBattery;
    if (!active || !getBattery) return;
    let battery: BatteryManager | null = null;
    let stopped = false;
    const update = () => battery && setPolicy(choosePingPolicy({ level: battery.level, charging: battery.charging }));
    getBattery.call(navigator).then(
      (b) => {
        if (stopped) return;
        battery = b;
        update();
        b.addEventListener('levelchange', update);
        b.addEventListener('chargingchange', update);
      },
      () => {}, // no battery information: the normal pace
    );
    return () => {
      stopped = true;
      battery?.removeEventListener('levelchange', update);
      battery?.removeEventListener('chargingchange', update);
    };
  }, [active]);
  return policy;
}
