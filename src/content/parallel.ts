// Big content is parsed on two threads: js-yaml is most of the time `content check` takes, and the
// machines have two cores. The call stays synchronous: the main thread parses its share, then waits
// for the worker's. Anything the worker cannot read comes back empty and is read again on the main
// thread, where the full parser can locate the problem.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';

/** Below this many characters in all, a second thread costs more than it saves. */
export const PARALLEL_MIN_CHARS = 2_000_000;
const WAIT_MS = 30_000;
const WORKER_SHARE = 0.45;

const WORKER = `
const { workerData } = require('node:worker_threads');
const { load, CORE_SCHEMA } = require(workerData.jsYaml);
const out = workerData.texts.map((text) => {
  try { return { data: load(text, { schema: CORE_SCHEMA }) ?? null }; } catch { return { failed: true }; }
});
workerData.port.postMessage(out);
const done = new Int32Array(workerData.done);
Atomics.store(done, 0, 1);
Atomics.notify(done, 0);
`;

/** js-yaml's reading of one text; `failed` sends the text to the full parser, which locates the problem. */
export type FastRead = { data: unknown } | { failed: true };

function loadOne(text: string): FastRead {
  try {
    return { data: loadYaml(text, { schema: CORE_SCHEMA }) ?? null };
  } catch {
    return { failed: true };
  }
}

/** js-yaml's reading of each text, on two threads when it pays. */
export function parseAll(texts: readonly string[]): FastRead[] {
  const total = texts.reduce((n, t) => n + t.length, 0);
  if (total < PARALLEL_MIN_CHARS || availableParallelism() < 2) return texts.map(loadOne);

  // The worker takes the bigger files until it has a bit less than half the characters: it starts
  // later, and its fresh copy of js-yaml has not been optimised yet.
  const order = texts.map((t, i) => i).sort((a, b) => texts[b]!.length - texts[a]!.length);
  const mine: number[] = [];
  const theirs: number[] = [];
  let theirChars = 0;
  for (const i of order) {
    if (theirChars + texts[i]!.length <= total * WORKER_SHARE || theirs.length === 0) {
      theirs.push(i);
      theirChars += texts[i]!.length;
    } else mine.push(i);
  }
  const done = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(WORKER, {
      eval: true,
      workerData: { texts: theirs.map((i) => texts[i]), jsYaml: createRequire(import.meta.url).resolve('js-yaml'), port: port2, done },
      transferList: [port2],
    });
  } catch {
    return texts.map(loadOne);
  }
  worker.unref();
  const results: FastRead[] = new Array(texts.length);
  for (const i of mine) results[i] = loadOne(texts[i]!);
  Atomics.wait(new Int32Array(done), 0, 0, WAIT_MS);
  const reply = receiveMessageOnPort(port1)?.message as FastRead[] | undefined;
  void worker.terminate();
  port1.close();
  theirs.forEach((i, k) => {
    // No reply in time (a stuck or failed worker): read those here.
    results[i] = reply?.[k] ?? loadOne(texts[i]!);
  });
  return results;
}
