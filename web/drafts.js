// drafts.js — the editor's text is the learner's: it is saved locally as
// they type, and an example never replaces it silently. Loading an example
// over the learner's own code keeps that code as a draft they can restore
// from the Example menu, and says so.
import { signal } from '@preact/signals';
import { source, exampleId, notice } from './state.js';
import { EXAMPLES, exampleById } from './examples/index.js';
import { load, save } from './storage.js';
import { runSource } from './player.js';

const SOURCE_KEY = 'refscope.source';
const DRAFT_KEY = 'refscope.draft';

export const hasDraft = signal(load(DRAFT_KEY) !== null);

function isExampleText(text) {
  return EXAMPLES.some((e) => e.code === text);
}

// The text to start with: the saved source, else the first example.
export function initialSource() {
  const saved = load(SOURCE_KEY);
  if (saved !== null) {
    source.value = saved;
    exampleId.value = EXAMPLES.find((e) => e.code === saved)?.id || null;
  } else {
    source.value = EXAMPLES[0].code;
    exampleId.value = EXAMPLES[0].id;
  }
}

let saveTimer = null;

export function typed(text) {
  source.value = text;
  exampleId.value = null;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => save(SOURCE_KEY, text), 300);
}

function keepDraft() {
  const text = source.value;
  if (!text.trim() || isExampleText(text)) return false;
  save(DRAFT_KEY, text);
  hasDraft.value = true;
  return true;
}

export function chooseExample(id) {
  const ex = exampleById(id);
  if (!ex) return;
  const kept = keepDraft();
  clearTimeout(saveTimer);
  source.value = ex.code;
  exampleId.value = id;
  save(SOURCE_KEY, ex.code);
  notice.value = kept
    ? 'Your code is saved: pick “Back to your saved code” in the Example menu to get it back.'
    : '';
  runSource();
}

export function restoreDraft() {
  const draft = load(DRAFT_KEY);
  if (draft === null) return;
  const current = source.value;
  if (current.trim() && !isExampleText(current) && current !== draft) {
    save(DRAFT_KEY, current);
    notice.value = 'The code you had was saved as the draft in its place.';
  } else {
    save(DRAFT_KEY, null);
    hasDraft.value = false;
    notice.value = '';
  }
  source.value = draft;
  exampleId.value = null;
  save(SOURCE_KEY, draft);
  runSource();
}
