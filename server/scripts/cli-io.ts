/** Where a command-line tool writes: the console when run, a buffer when its tests call it in-process. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const consoleIo: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line) };
