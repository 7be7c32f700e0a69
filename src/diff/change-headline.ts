import type { ItemChange, ItemRef } from './types.js';

/**
 * A one-line plain-text description of an item change, e.g. `actionable-data.4 → actionable-data.6:
 * renumbered 4 → 6, reworded` or `moved from shared-accountability 3 to actionable-data 7`. Not escaped.
 */
export function changeHeadline(change: ItemChange): string {
  const ids = (refs: readonly ItemRef[]) => refs.map((r) => r.id).join(' + ');
  const [o, n] = [change.old[0], change.new[0]];
  switch (change.kind) {
    case 'added':
      return `${ids(change.new)}: added`;
    case 'removed':
      return `${ids(change.old)}: removed`;
    case 'split':
      return `${ids(change.old)} split into ${ids(change.new)}${aspects(change)}`;
    case 'merged':
      return `${ids(change.old)} merged into ${ids(change.new)}${aspects(change)}`;
    default: {
      const name = o!.id === n!.id ? o!.id : `${o!.id} → ${n!.id}`;
      return change.kind === 'unchanged' ? `${name}: unchanged` : `${name}:${aspects(change).slice(1)}`;
    }
  }
}

function aspects(change: ItemChange): string {
  const [o, n] = [change.old[0]!, change.new[0]!];
  const parts = change.aspects.map((aspect) => {
    if (aspect === 'renumbered') return `renumbered ${o.number} → ${n.number}`;
    if (aspect === 'moved') return `moved from ${o.section} ${o.number} to ${n.section} ${n.number}`;
    if (aspect === 'priority') return n.priority ? 'now a priority item' : 'no longer a priority item';
    return aspect;
  });
  const score = change.score === null ? '' : ` (similarity ${change.score.toFixed(3)})`;
  return parts.length > 0 ? `, ${parts.join(', ')}${score}` : score;
}
