import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  buildAdjacency,
  dissolveDistricts,
  parseAdjacencyCsv,
  redistrict,
  RedistrictInputError,
  unitsFromGeojson,
  type AdjacencyPair,
  type RedistrictTarget,
} from '../../core/redistrict/index';

// `npm run redistrict -- --units units.geojson --id FIELD --pop FIELD (--k N | --band MIN,MAX) [--tolerance 0.02]
//   [--adjacency pairs.csv] [--seed S] [--steps N] [--seconds S] [--out assignment.geojson] [--grids-out grids.geojson]`
// (issue 5, part 2; issue 17). Polygon units get rook adjacency from shared boundaries; point units need --adjacency
// (CSV of id pairs). --steps and --seconds budget the compactness phase (default 100 proposals a grid, no time
// limit). The last stdout line is one JSON object {units, grids, maxDeviationPct, contiguous, minPolsbyPopper,
// meanPolsbyPopper, cutEdges, cutEdgesBeforeCompactness, compactnessSteps, seconds, phaseSeconds: {read, adjacency,
// partition, balance, compactness, measure}}. Exit codes: 0 a plan within the target, 1 a plan outside it (written anyway) or an unexpected
// failure, 2 bad input (one message on stderr naming the problem, never a stack trace).

class UsageError extends Error {}

function readOptions(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        units: { type: 'string' },
        id: { type: 'string' },
        pop: { type: 'string' },
        k: { type: 'string' },
        band: { type: 'string' },
        tolerance: { type: 'string', default: '0.02' },
        adjacency: { type: 'string' },
        seed: { type: 'string', default: '1' },
        steps: { type: 'string' },
        seconds: { type: 'string' },
        out: { type: 'string' },
        'grids-out': { type: 'string' },
      },
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  for (const name of ['units', 'id', 'pop'] as const) if (!values[name]) throw new UsageError(`--${name} is required`);
  if ((values.k === undefined) === (values.band === undefined)) throw new UsageError('give exactly one of --k N or --band MIN,MAX');
  let target: RedistrictTarget;
  if (values.k !== undefined) {
    const k = Number(values.k);
    if (!Number.isInteger(k) || k < 1) throw new UsageError(`--k must be a positive integer, got "${values.k}"`);
    target = { k };
  } else {
    const band = values.band!.split(',').map(Number);
    if (band.length !== 2 || !band.every(Number.isFinite) || band[0] <= 0 || band[0] > band[1]) {
      throw new UsageError(`--band must be MIN,MAX with 0 < MIN ≤ MAX, got "${values.band}"`);
    }
    target = { band: [band[0], band[1]] };
  }
  const tolerance = Number(values.tolerance);
  if (!Number.isFinite(tolerance) || tolerance < 0) throw new UsageError(`--tolerance must be a number ≥ 0, got "${values.tolerance}"`);
  const seed = Number(values.seed);
  if (!Number.isFinite(seed)) throw new UsageError(`--seed must be a number, got "${values.seed}"`);
  let steps: number | undefined;
  if (values.steps !== undefined) {
    steps = Number(values.steps);
    if (!Number.isInteger(steps) || steps < 0) throw new UsageError(`--steps must be a whole number ≥ 0, got "${values.steps}"`);
  }
  let seconds: number | undefined;
  if (values.seconds !== undefined) {
    seconds = Number(values.seconds);
    if (values.seconds.trim() === '' || !Number.isFinite(seconds) || seconds < 0) throw new UsageError(`--seconds must be a number ≥ 0, got "${values.seconds}"`);
  }
  return { ...values, units: values.units!, id: values.id!, pop: values.pop!, target, tolerance, seed, steps, seconds, gridsOut: values['grids-out'] };
}

function readText(path: string, what: string): string {
  if (!existsSync(path)) throw new UsageError(`${what} file not found: ${path}`);
  return readFileSync(path, 'utf8');
}

function readJson(path: string): unknown {
  const text = readText(path, 'units');
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`not GeoJSON: ${path} is not valid JSON`);
  }
}

function run(argv: string[]): number {
  const started = performance.now();
  const options = readOptions(argv);
  const geojson = readJson(options.units);
  const units = unitsFromGeojson(geojson, { id: options.id, weight: options.pop });
  const readSeconds = (performance.now() - started) / 1000;
  const hasPolygons = units.some((u) => u.geometry.type !== 'Point');
  let adjacency: AdjacencyPair[];
  if (options.adjacency) {
    const given = parseAdjacencyCsv(readText(options.adjacency, 'adjacency'), new Set(units.map((u) => u.id)));
    // Lengths of shared boundaries (for Polsby-Popper) still come from the polygons when there are any.
    const lengths = new Map((hasPolygons ? buildAdjacency(units) : []).map((p) => [`${p.a}\n${p.b}`, p.sharedLengthM]));
    adjacency = given.map((p) => ({ ...p, sharedLengthM: lengths.get(`${p.a}\n${p.b}`) ?? lengths.get(`${p.b}\n${p.a}`) ?? 0 }));
  } else if (hasPolygons) {
    adjacency = buildAdjacency(units);
  } else {
    throw new UsageError('the units are points: give their adjacency with --adjacency pairs.csv');
  }
  const adjacencySeconds = (performance.now() - started) / 1000 - readSeconds;
  const degree = new Map(units.map((u) => [u.id, 0]));
  for (const p of adjacency) {
    degree.set(p.a, degree.get(p.a)! + 1);
    degree.set(p.b, degree.get(p.b)! + 1);
  }
  const lonely = [...degree].filter(([, d]) => d === 0).map(([id]) => id);
  if (lonely.length > 0 && units.length > 1) {
    const more = lonely.length > 5 ? ` and ${lonely.length - 5} more` : '';
    throw new UsageError(`${lonely.length} unit(s) have no neighbour: ${lonely.slice(0, 5).join(', ')}${more}`);
  }
  const plan = redistrict(units, adjacency, options.target, {
    tolerance: options.tolerance,
    seed: options.seed,
    steps: options.steps,
    seconds: options.seconds,
  });
  if (options.out) {
    const features = (geojson as { features: { properties?: Record<string, unknown> }[] }).features.map((f, i) => ({
      ...f,
      properties: { ...(f.properties ?? {}), district: plan.assignment.get(units[i].id)! + 1 },
    }));
    writeFileSync(options.out, JSON.stringify({ type: 'FeatureCollection', features }));
  }
  if (options.gridsOut) {
    const shapes = dissolveDistricts(units, adjacency, plan.assignment);
    const features = plan.districts
      .filter((d) => shapes.has(d.district))
      .map((d) => ({
        type: 'Feature',
        properties: { district: d.district + 1, units: d.units, weight: d.weight, deviationPct: d.deviationPct, contiguous: d.contiguous, polsbyPopper: d.polsbyPopper },
        geometry: shapes.get(d.district),
      }));
    writeFileSync(options.gridsOut, JSON.stringify({ type: 'FeatureCollection', features }));
  }
  for (const d of plan.districts) {
    const pp = d.polsbyPopper === null ? '' : `  PP ${d.polsbyPopper.toFixed(3)}`;
    console.log(`district ${d.district + 1}: ${d.units} units, weight ${d.weight} (${d.deviationPct.toFixed(3)}%)${d.contiguous ? '' : ' NOT CONTIGUOUS'}${pp}`);
  }
  if (!plan.withinTarget) console.error('redistrict: warning: the plan is not within the target (tolerance or band)');
  const round = (v: number | null, digits: number) => (v === null ? null : +v.toFixed(digits));
  console.log(JSON.stringify({
    units: units.length,
    grids: plan.districts.length,
    maxDeviationPct: round(plan.maxDeviationPct, 4),
    contiguous: plan.contiguous,
    minPolsbyPopper: round(plan.minPolsbyPopper, 4),
    meanPolsbyPopper: round(plan.meanPolsbyPopper, 4),
    cutEdges: plan.cutEdges,
    cutEdgesBeforeCompactness: plan.phases.cutEdgesBeforeCompactness,
    compactnessSteps: plan.phases.compactnessSteps,
    seconds: round((performance.now() - started) / 1000, 3),
    phaseSeconds: {
      read: round(readSeconds, 4),
      adjacency: round(adjacencySeconds, 4),
      partition: round(plan.phases.partitionSeconds, 4),
      balance: round(plan.phases.balanceSeconds, 4),
      compactness: round(plan.phases.compactnessSeconds, 4),
      measure: round(plan.phases.measureSeconds, 4),
    },
  }));
  return plan.withinTarget ? 0 : 1;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (err) {
  if (err instanceof UsageError || err instanceof RedistrictInputError) {
    console.error(`redistrict: ${err.message}`);
    process.exitCode = 2;
  } else {
    console.error(`redistrict: unexpected failure: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
