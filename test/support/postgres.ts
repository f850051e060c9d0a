/**
 * A throwaway PostgreSQL 15 cluster for the tests: initdb into a temporary folder as a non-root
 * user (the server refuses to run as root; tests and CI do), on a free port on 127.0.0.1, stopped
 * and removed afterwards. Started once per run by vitest's global setup (postgres-setup.ts); each
 * test file makes its own database in it. With CI=true a server that cannot start is a failure;
 * elsewhere a machine without PostgreSQL skips these tests with one line saying why.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const PG_BIN = process.env.LIAISON_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const SUPERUSER = 'liaison';

export interface Cluster {
  /** Admin URL (database `postgres`). */
  url: string;
  stop(): void;
}

/** Either a cluster's URL or why there is none. */
export type ClusterState = { url: string } | { skip: string } | { error: string };

const uidOf = (user: string): { uid: number; gid: number } | undefined => {
  try {
    const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Start a cluster; throws with the server's own words when it cannot. */
export async function startCluster(): Promise<Cluster> {
  const root = mkdtempSync(join(tmpdir(), 'liaison-pg-'));
  const isRoot = process.getuid?.() === 0;
  const owner = isRoot
    ? (['postgres', 'nobody'].map((name) => ({ name, ids: uidOf(name) })).find((user) => user.ids) ?? undefined)
    : undefined;
  if (isRoot && !owner)
    throw new Error('running as root and neither the postgres nor the nobody user exists to run PostgreSQL');
  if (owner?.ids) chownSync(root, owner.ids.uid, owner.ids.gid);
  const run = (program: string, args: string[]) => {
    const [file, argv] = owner
      ? ['runuser', ['-u', owner.name, '--', join(PG_BIN, program), ...args]]
      : [join(PG_BIN, program), args];
    return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], cwd: root });
  };
  const data = join(root, 'data');
  const port = await freePort();
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  try {
    run('initdb', ['-D', data, '-U', SUPERUSER, '--auth=trust', '-E', 'UTF8', '--no-sync']);
    run('pg_ctl', ['-D', data, '-l', join(root, 'server.log'), '-w', '-t', '60', '-o', options, 'start']);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`PostgreSQL did not start: ${stderr || String(error)}`, { cause: error });
  }
  return {
    url: `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

/** Start a cluster, or say why not (no PostgreSQL here: skip; anything else, or CI: error). */
export async function clusterState(): Promise<{ state: ClusterState; cluster?: Cluster }> {
  const ci = process.env.CI === 'true';
  if (!existsSync(join(PG_BIN, 'initdb'))) {
    const why = `PostgreSQL 15 is not installed (no ${join(PG_BIN, 'initdb')})`;
    return { state: ci ? { error: why } : { skip: why } };
  }
  try {
    const cluster = await startCluster();
    return { state: { url: cluster.url }, cluster };
  } catch (error) {
    return { state: { error: error instanceof Error ? error.message : String(error) } };
  }
}

/** A new, empty database in the cluster at `adminUrl`; resolves with its URL. */
export async function createDatabase(
  adminUrl: string,
  name = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`,
): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
