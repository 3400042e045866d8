// `npm run dev -- ARGS`: amz-help from the TypeScript sources through tsx, without a build.
import { main } from '../src/cli.js';

await main();
