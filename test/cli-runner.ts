import { spawnSync } from 'node:child_process';
import type { CliIo } from '../server/scripts/cli-io';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A command-line tool two ways. `asProcess`: as `npm run` starts it, its own process and exit code. `inProcess`: its
 * main() in this process with its lines collected, the same answers without starting Node and tsx again (2–3 s of
 * CPU a run, most of a CLI test file's time beside CI's other suites); the asProcess tests show the script passes them on.
 */
export function cliRunner(script: string, main: (argv: string[], io: CliIo) => number) {
  const asProcess = (...args: string[]): CliRun => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', timeout: 60_000 });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  };
  const inProcess = (...args: string[]): CliRun => {
    const out: string[] = [];
    const err: string[] = [];
    const status = main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
    const text = (lines: string[]) => lines.map((l) => `${l}\n`).join('');
    return { status, stdout: text(out), stderr: text(err) };
  };
  return { asProcess, inProcess };
}
