import { computeDosage, findVisits, indexPings, type DosagePing, type DosagePlace } from '../../core/dosage';
import { atM, monday, visitsByScanning } from '../../core/dosage/dosage.fixture';
import { createRandom } from '../../core/redistrict/create-random';
import { formatRatios, timeInterleaved } from './measure';

// Issue 16: a dosage answer reads the day's pings against every hot-spot cell and key place of the scope. Before the
// index each place scanned every ping (8–9 s for 46,800 pings and 197 places after the 10-minute field load). One
// hour of 300 units pinging every 5 s (216,000 pings) over 200 cells of 150 m: the scan, then the indexed finder.

function cells(n: number): DosagePlace[] {
  const side = Math.ceil(Math.sqrt(n));
  return Array.from({ length: n }, (_, k) => {
    const [x, y] = [(k % side) * 300, Math.floor(k / side) * 300];
    return { id: `c${k}`, name: `格${k}`, kind: 'hotspot', shape: { kind: 'polygon', ring: [atM(x, y), atM(x + 150, y), atM(x + 150, y + 150), atM(x, y + 150)] } };
  });
}

function walks(units: number, seconds: number, extentM: number): DosagePing[] {
  const random = createRandom(16);
  const pings: DosagePing[] = [];
  for (let u = 0; u < units; u++) {
    let [x, y] = [random() * extentM, random() * extentM];
    for (let t = 0; t < seconds; t += 5) {
      x = Math.min(extentM, Math.max(0, x + (random() - 0.5) * 14));
      y = Math.min(extentM, Math.max(0, y + (random() - 0.5) * 14));
      pings.push({ unitId: `u${u}`, force: u % 3 ? 'police' : 'grid', atMs: monday(19) + t * 1000, lngLat: atM(x, y), accuracyM: 8 });
    }
  }
  return pings;
}

export async function runDosageBench(): Promise<string[]> {
  const places = cells(200);
  const pings = walks(300, 3600, 15 * 300);
  const period = [{ startMs: monday(19), endMs: monday(20) }];
  let visits = 0;
  const timings = await timeInterleaved([
    { label: 'every place scans every ping (before)', run: async () => { visits = places.reduce((n, p) => n + visitsByScanning(pings, p).length, 0); } },
    { label: 'pings indexed once (findVisits)', run: async () => { const index = indexPings(pings); places.forEach((p) => findVisits(index, p)); } },
    { label: 'whole computeDosage (figures too)', run: async () => { computeDosage({ pings, checkIns: [], places, periods: period }); } },
  ], 3);
  return [`dosage: ${pings.length.toLocaleString('en')} pings, ${places.length} cells, ${visits} visits`, ...formatRatios(timings)];
}
