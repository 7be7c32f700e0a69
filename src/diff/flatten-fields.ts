/**
 * Flattens a value into dotted paths and their printed values (`source.title` → text, `instructions.0` →
 * text), so that any two values can be compared field by field. Absent (undefined) values are left out.
 */
export function flattenFields(value: unknown, prefix = ''): Map<string, string> {
  const fields = new Map<string, string>();
  const visit = (v: unknown, path: string) => {
    if (v === undefined) return;
    if (v !== null && typeof v === 'object') {
      const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v);
      if (entries.length === 0) fields.set(path, Array.isArray(v) ? '[]' : '{}');
      for (const [key, child] of entries) visit(child, path ? `${path}.${key}` : key);
      return;
    }
    fields.set(path, v === null ? 'null' : String(v));
  };
  visit(value, prefix);
  return fields;
}
