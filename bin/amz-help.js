#!/usr/bin/env node
// The installed command: the bundle that scripts/build.mjs writes (npm install runs it).
import { main } from '../dist/cli.js';

await main();
