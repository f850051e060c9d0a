/**
 * What a test file needs to run against the run's PostgreSQL cluster: `describePostgres` runs its
 * block when the cluster is up, skips it (one line, from the global setup) when this machine has no
 * PostgreSQL, and fails it when the cluster could not start (always so with CI=true).
 */
import { describe, inject, it } from 'vitest';
import { createDatabase } from './postgres.ts';

const state = inject('postgres');

const postgresAvailable = 'url' in state;

/** A fresh database in the run's cluster. */
export function postgresDatabase(): Promise<string> {
  if (!('url' in state)) throw new Error('no PostgreSQL cluster in this run');
  return createDatabase(state.url);
}

export function describePostgres(name: string, body: () => void): void {
  if ('error' in state) {
    describe(name, () => {
      it('needs the PostgreSQL test server', () => {
        throw new Error(state.error);
      });
    });
    return;
  }
  describe.skipIf(!postgresAvailable)(name, body);
}
