// protocol.js — the messages between the page (client.js) and the wasm
// worker (runtime.worker.js), typed once. See web/README.md.

/**
 * @typedef {{ maxSteps: number, maxEvents: number, maxMemory: number,
 *             maxOutput: number }} Limits   0 keeps the core's default
 *
 * Page -> worker
 * @typedef {{ id: number, type: 'run', source: string, limits: Limits }} RunRequest
 *
 * Worker -> page
 * @typedef {{ type: 'ready', schema: object }} ReadyMessage
 *   schema: the trace self-description as web/trace/STATE.md's JSON form
 * @typedef {{ id: number, type: 'progress', records: ArrayBuffer,
 *             strings: ArrayBuffer }} ProgressMessage
 *   the trace records and string-table bytes added since the last message,
 *   sent as output is written, so that a run stopped by the time budget
 *   still shows what it did (the page joins the pieces)
 * @typedef {{ id: number, type: 'done', result: RunResult }} DoneMessage
 * @typedef {{ id: number, type: 'failed', message: string }} FailedMessage
 *
 * @typedef {{ status: 'ok'|'syntax'|'runtime'|'limit'|'exit'|'timeout'|
 *                     'stopped'|'cancelled',
 *             exitCode: number, stdout: string, stderr: string,
 *             error: null | { line: number, column: number,
 *                             endColumn: number, message: string },
 *             limit: null | { name: string, message: string },
 *             records: ArrayBuffer, strings: ArrayBuffer,
 *             ms: number, restart?: true }} RunResult
 *   restart: the module threw out of the run (the browser's stack
 *   overflowed: limit.name 'stack'); the client replaces the worker
 */

export const PROGRESS_MS = 150;

// VmResult values of core/api.h, in order.
export const STATUS = ['ok', 'syntax', 'runtime', 'limit', 'exit'];

// The page's limits. The wasm memory is capped at 256 MiB (web/wasm.cmake):
// object memory stops at 96 MiB with a MemoryError, leaving room for the
// trace (16 bytes a record at most) and its copy.
export const DEFAULT_LIMITS = {
  maxSteps: 2_000_000,
  maxEvents: 1_500_000,
  maxMemory: 96 * 1024 * 1024,
  maxOutput: 1024 * 1024,
};

// Milliseconds a run may take before the worker is stopped and restarted.
export const TIME_BUDGET_MS = 5000;
