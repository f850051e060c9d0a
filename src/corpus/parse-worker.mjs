// A parse worker's entry: the project runs TypeScript without a build (tsx in `npm start`, vite in
// the tests), and a worker starts without either, so it registers tsx itself first.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
