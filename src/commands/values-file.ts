import { UserError } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { valueTooLong } from '../document/value-limit.js';
import { decodeText } from '../yaml/decode-text.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { readYamlFile } from '../yaml/read-yaml-file.js';
import { checkedValue } from './values.js';

/** Reads template values from a YAML mapping of strings (--data FILE.yaml). */
export function readValuesFile(path: string): Record<string, string> {
  const { bytes, diagnostics: unread } = readYamlFile(path);
  if (!bytes) throw new UserError(`${path}: ${unread[0].message}`);
  const decoded = decodeText(bytes, path);
  if (decoded.text === undefined) throw new UserError(`invalid values file ${path}`, 2, decoded.diagnostics);
  const { parsed, diagnostics } = parseYaml(decoded.text, path);
  if (!parsed)
    throw new UserError(
      `invalid values file ${path}\n${diagnostics.map((d) => formatDiagnostic(d, decoded.text)).join('\n')}`,
    );
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed.value as Record<string, unknown>)) {
    if (value === null) continue;
    if (typeof value === 'object')
      throw new UserError(`${path}: value of "${key}" must be text, not a list or mapping`);
    const text = String(value);
    const tooLong = valueTooLong(text);
    if (tooLong)
      throw new UserError(`${path}: refused: the value of "${sanitizeForDisplay(key, 60)}" ${tooLong}`);
    out[key] = checkedValue(`${path}: ${key}`, text);
  }
  return out;
}
