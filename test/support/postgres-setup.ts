/** vitest global setup: one throwaway PostgreSQL cluster for the whole run (see postgres.ts). */
import type { TestProject } from 'vitest/node';
import { clusterState, type ClusterState } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: ClusterState;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const { state, cluster } = await clusterState();
  if ('skip' in state) console.log(`PostgreSQL tests skipped: ${state.skip}.`);
  project.provide('postgres', state);
  return () => cluster?.stop();
}
