// npm run bench: prints the product's speed and batching figures, one "bench:" line each.
import { runTs } from './bench/run-ts.mjs';

const { main } = await runTs('scripts/bench/main.ts', 'bench');
await main();
