import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The operators' tools (seed, maintain, simulate) speak Chinese first: usage on --help / -h, every refusal as
// 中文（English）. Only refusals caught before a database or a server is reached are run here.

function cli(script: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', `server/scripts/${script}.ts`, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const chineseFirst = /^(simulate: )?[^（]*[\u4e00-\u9fff][^（]*（[^）]*[a-z][^）]*）/;

describe('command-line tools in Chinese first', () => {
  for (const [script, flag, shown] of [
    ['seed', '--help', '以新生成的演示数据替换数据库的全部内容'],
    ['maintain', '-h', '建议每天由 cron 运行'],
    ['simulate', '-h', '通过 API 实时登记新警情'],
  ] as const) {
    it(`npm run ${script} ${flag} prints its usage in Chinese first and exits 0`, () => {
      const run = cli(script, flag);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^用法（usage）：npm run ${script}`));
      expect(run.stdout).toContain(shown);
    }, 30_000);
  }

  const refusals: [string, string[], number, RegExp][] = [
    ['seed', ['--colour', 'red'], 1, /^参数有误：Unknown option '--colour'.*（bad arguments）\n用法（usage）：npm run seed/],
    ['seed', ['--anchor', 'yesterday'], 1, /^--anchor "yesterday" 不是日期时间，例如 2026-11-01T00:00:00\+08:00（not a date）$/],
    ['maintain', ['--archive-before', '2024-13'], 1, /^--before "2024-13" 不是年月，例如 2024-01（not a month, e.g. 2024-01）\n用法（usage）/],
    ['maintain', ['--bogus'], 1, /^参数有误：Unknown option '--bogus'.*（bad arguments）/],
    ['simulate', ['--password', 'x', '--rate', '0'], 2, /^simulate: --rate 须为每分钟警情数，大于 0、不超过 6000，收到 "0"（--rate must be incidents per minute, between 0 and 6000）$/],
    ['simulate', ['--password', 'x', '--field-units', '2.5'], 2, /^simulate: --field-units 须为 0–99 的整数，收到 "2.5"（--field-units must be a whole number 0–99）$/],
    ['simulate', ['--colour', 'red'], 2, /^simulate: 参数有误：Unknown option '--colour'.*（bad arguments）$/],
  ];
  for (const [script, args, status, message] of refusals) {
    it(`npm run ${script} ${args.join(' ')} refuses in Chinese first with exit ${status}`, () => {
      const run = cli(script, ...args);
      expect(run.status).toBe(status);
      expect(run.stderr.trim()).toMatch(message);
      expect(run.stderr.split('\n')[0]).toMatch(chineseFirst);
      expect(run.stderr).not.toMatch(/^\s+at /m);
    }, 30_000);
  }
});
