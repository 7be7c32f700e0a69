import { UserError } from '../diagnostics/diagnostic.js';
import type { PageSetup, PageSizeName, WorksheetKind } from './model.js';
import { PAGE_SIZES } from './model.js';

export const PAGE_SIZE_NAMES = Object.keys(PAGE_SIZES) as PageSizeName[];

/** Parses a --page-size value. */
export function parsePageSize(value: string): PageSizeName {
  const name = value.toLowerCase() as PageSizeName;
  if (!PAGE_SIZE_NAMES.includes(name)) {
    throw new UserError(`unknown page size "${value}"; choose one of ${PAGE_SIZE_NAMES.join(', ')}`);
  }
  return name;
}

/**
 * Page setup for a worksheet kind: wall charts default to 24×36 in with huge type; the type scales with the
 * page so that a tabloid chart stays proportionate. Margins and font sizes are in points.
 */
export function defaultPageSetup(kind: WorksheetKind, size: PageSizeName, landscape: boolean): PageSetup {
  const { width, height } = PAGE_SIZES[size];
  const shortSide = Math.min(width, height);
  if (kind === 'large-chart') {
    const m = Math.round(shortSide * 0.05);
    return {
      size,
      landscape,
      margins: { top: m, right: m, bottom: m, left: m },
      fontSize: Math.round(shortSide / 36),
    };
  }
  const fontSize = kind === 'action-plan' && !landscape ? 8.5 : 9;
  return { size, landscape, margins: { top: 50, right: 36, bottom: 50, left: 36 }, fontSize };
}
