/** Run the project's programs as an operator would: `node --import tsx <file>` in the repository. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';

export const ROOT = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);

/** The environment of a single, unsharded process (discord.js reads SHARD_COUNT and SHARDS itself). */
export function processEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { SHARD_COUNT: _count, SHARDS: _shards, ...env } = process.env;
  return { ...env, ...extra };
}

export interface Finished {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a program to its end; a non-zero exit is a result, not an exception. */
export async function runProgram(
  file: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<Finished> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', file, ...args], {
      cwd: ROOT,
      env: processEnv(env),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as Finished;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Start a long-running program (the bot) in the background. */
export const startProgram = (file: string, env: Record<string, string>): ChildProcess =>
  spawn(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, stdio: 'ignore', env: processEnv(env) });
