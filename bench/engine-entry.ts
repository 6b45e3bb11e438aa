// What the in-process benchmarks measure: the engine as shipped. bench/run.ts bundles this file with esbuild (like
// scripts/build.mjs bundles the server) and loads the bundle, so no dev-time transform (tsx adds `__name` wrappers
// to every closure) distorts the figures.
export * from '../server/src/engine';
export { formatPlan } from '../server/src/analysis/format';
export { lexInChunks, MAX_WEEK } from '../server/src/language/parser';
export { buildWeekView } from '../server/src/features/weekView';
