// codec.js — the share link's URL fragment: the code (UTF-8, raw DEFLATE by
// fflate, base64url), a checksum of the code, the step, the view options and
// the trace format version. decodeFragment never throws: a malformed or
// tampered fragment gives {error} with a sentence for the learner.
import { deflateSync, Inflate } from 'fflate';

export const FRAGMENT_VERSION = 1;
export const MAX_FRAGMENT = 64 * 1024;   // characters after '#'
export const MAX_CODE = 256 * 1024;      // bytes of code once inflated

// base64url without padding (RFC 4648 §5).
export function toBase64url(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// FNV-1a, 32 bits, as 8 hex digits: catches a fragment edited by hand or
// cut short (DEFLATE alone often still decodes to something).
export function checksum(bytes) {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

// Inflates [bytes], refusing more than [max] bytes of output (a crafted
// fragment could otherwise expand a thousandfold).
function inflateCapped(bytes, max) {
  const parts = [];
  let total = 0;
  const inf = new Inflate((chunk) => {
    total += chunk.length;
    if (total > max) throw new Error('too long');
    parts.push(chunk);
  });
  inf.push(bytes, true);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

// {code, step, event, atoms, trace} -> 'v=1&t=..&s=..&e=..&a=..&h=..&c=..'
// (without '#'). step: 1-based stop; event: the cursor; atoms: boolean.
export function encodeFragment({ code, step, event, atoms, trace }) {
  const bytes = new TextEncoder().encode(code);
  const parts = [`v=${FRAGMENT_VERSION}`];
  if (trace != null) parts.push(`t=${trace | 0}`);
  if (step != null) parts.push(`s=${step | 0}`);
  if (event != null) parts.push(`e=${event | 0}`);
  if (atoms != null) parts.push(`a=${atoms ? 1 : 0}`);
  parts.push(`h=${checksum(bytes)}`);
  parts.push(`c=${toBase64url(deflateSync(bytes, { level: 9 }))}`);
  return parts.join('&');
}

const fail = (error) => ({ error });

function fields(text) {
  const out = new Map();
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0 || out.has(part.slice(0, eq))) return null;
    out.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return out;
}

function count(f, key, max) {
  if (!f.has(key)) return null;
  const v = f.get(key);
  return /^\d{1,9}$/.test(v) && Number(v) <= max ? Number(v) : undefined;
}

// [hash]: location.hash (with or without '#'). Returns null when there is no
// share fragment, {error} when it is broken, else {code, step, event, atoms,
// trace} (absent numbers are null).
export function decodeFragment(hash) {
  const text = (hash || '').replace(/^#/, '');
  if (!text) return null;
  if (text.length > MAX_FRAGMENT) return fail('the link is too long');
  const f = fields(text);
  if (!f || !f.has('c')) return fail('the link has no code in it, or it was cut');
  if (f.get('v') !== String(FRAGMENT_VERSION))
    return fail(`the link's format (${f.has('v') ? 'v' + f.get('v').slice(0, 8) : 'unknown'}) is not one this page reads`);
  const nums = { step: count(f, 's', 1e9), event: count(f, 'e', 1e9), trace: count(f, 't', 1e6) };
  const atoms = f.has('a') ? f.get('a') : null;
  if (Object.values(nums).includes(undefined) || (atoms !== null && !/^[01]$/.test(atoms)))
    return fail('the link has a step or option that is not a number');
  const packed = fromBase64url(f.get('c'));
  if (!packed) return fail('the code in the link is not valid base64url');
  let bytes;
  try { bytes = inflateCapped(packed, MAX_CODE); } catch {
    return fail('the code in the link is damaged (it does not decompress)');
  }
  if (!/^[0-9a-f]{8}$/.test(f.get('h') || '') || checksum(bytes) !== f.get('h'))
    return fail('the code in the link was changed or cut (its checksum does not match)');
  let code;
  try { code = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch {
    return fail('the code in the link is not valid UTF-8 text');
  }
  return { code, ...nums, atoms: atoms === null ? null : atoms === '1' };
}
