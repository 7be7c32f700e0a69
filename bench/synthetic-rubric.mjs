// Synthetic rubrics for tests and benchmarks: `syntheticRubric(n, seed)` makes a schema-valid rubric of n
// items in six ingredients from a made-up vocabulary, and `nextEdition(rubric, seed)` makes a later edition
// of it with known changes (reworded, renumbered, moved, split, added, removed items).
// Command line: node bench/synthetic-rubric.mjs N [SEED] [--next] > rubric.yaml
import { stringify } from 'yaml';

/** A small deterministic PRNG (mulberry32), so that the same seed always gives the same rubric. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'ti',
  'vo',
  'pe',
  'da',
  'gu',
  'fi',
  'ho',
  'ze',
  'bra',
  'ston',
];
const COMMON = [
  'our',
  'district',
  'team',
  'ensures',
  'that',
  'schools',
  'and',
  'the',
  'to',
  'of',
  'for',
  'with',
];
const SECTIONS = ['capacity', 'data', 'engagement', 'partnerships', 'resources', 'accountability'];

function vocabulary(rand, size) {
  const words = new Set();
  while (words.size < size) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

function sentence(rand, words, length) {
  const out = ['Our', 'district'];
  while (out.length < length) {
    // Zipf-like: common words often, rare words seldom.
    out.push(
      rand() < 0.35
        ? COMMON[Math.floor(rand() * COMMON.length)]
        : words[Math.floor(rand() ** 2 * words.length)],
    );
  }
  return `${out.join(' ')}.`;
}

/** A rubric of `n` items spread over six ingredients. */
export function syntheticRubric(n, seed = 1) {
  const rand = random(seed);
  const words = vocabulary(rand, Math.max(500, n * 3));
  const sections = SECTIONS.map((id) => ({ id, title: `${id[0].toUpperCase()}${id.slice(1)}`, items: [] }));
  for (let k = 0; k < n; k++) {
    const section = sections[k % sections.length];
    const number = section.items.length + 1;
    section.items.push({
      id: `${section.id}.${number}`,
      number,
      text: sentence(rand, words, 12 + Math.floor(rand() * 20)),
    });
  }
  return {
    id: `synthetic-${n}`,
    title: `Synthetic rubric of ${n} items`,
    edition: { label: String(seed) },
    source: { publisher: 'rubricate', title: 'bench/synthetic-rubric.mjs' },
    scale: {
      levels: [
        { key: 'strength', label: 'Strength', value: 4 },
        { key: 'ok-for-now', label: 'OK for now', value: 3 },
        { key: 'could-be-better', label: 'Could be better', value: 2 },
        { key: 'urgent-gap', label: 'Urgent gap', value: 1 },
      ],
    },
    evidencePrompt: 'How do you know?',
    sections: sections.filter((s) => s.items.length > 0),
    worksheets: { 'self-assessment': {} },
  };
}

/**
 * A later edition: of every 20 items, one is reworded (one word replaced), one moved to the next
 * ingredient, one removed, one split in two, and one new item is added; the rest keep their wording but are
 * renumbered where items before them changed. Returns the rubric and the expected counts.
 */
export function nextEdition(rubric, seed = 2) {
  const rand = random(seed);
  const extra = vocabulary(rand, 200).map((w) => `${w}x`);
  const sections = rubric.sections.map((s) => ({ ...s, items: [] }));
  const expected = { reworded: 0, moved: 0, removed: 0, split: 0, added: 0 };
  let k = 0;
  rubric.sections.forEach((section, si) => {
    for (const item of section.items) {
      const role = k++ % 20;
      const words = item.text.slice(0, -1).split(' ');
      if (role === 0) {
        words[2 + Math.floor(rand() * (words.length - 2))] = extra[Math.floor(rand() * extra.length)];
        sections[si].items.push({ text: `${words.join(' ')}.` });
        expected.reworded++;
      } else if (role === 5) {
        sections[(si + 1) % sections.length].items.push({ text: item.text });
        expected.moved++;
      } else if (role === 10) {
        expected.removed++;
      } else if (role === 15 && words.length >= 16) {
        const half = Math.floor(words.length / 2);
        sections[si].items.push({ text: `${words.slice(0, half).join(' ')}.` });
        sections[si].items.push({ text: `Our district ${words.slice(half).join(' ')}.` });
        expected.split++;
      } else {
        sections[si].items.push({ text: item.text });
      }
      if (role === 19) {
        sections[si].items.push({ text: sentence(rand, extra, 14) });
        expected.added++;
      }
    }
  });
  for (const section of sections)
    section.items = section.items.map((item, i) => ({
      id: `${section.id}.${i + 1}`,
      number: i + 1,
      text: item.text,
    }));
  return { rubric: { ...rubric, id: `${rubric.id}-next`, sections }, expected };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [n = '2000', seed = '1'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const base = syntheticRubric(Number(n), Number(seed));
  const rubric = process.argv.includes('--next') ? nextEdition(base, Number(seed) + 1).rubric : base;
  process.stdout.write(stringify(rubric, { lineWidth: 0 }));
}
