import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { type ParsedYaml, positionOf } from './parse-yaml.js';

/** Runs a compiled JSON Schema validator on a parsed YAML file; each error becomes a positioned diagnostic. */
export function schemaDiagnostics(validate: ValidateFunction, parsed: ParsedYaml): Diagnostic[] {
  if (validate(parsed.value)) return [];
  const errors = pruneErrors(validate.errors ?? []);
  return errors.map((error) => {
    const path = pointerToPath(error.instancePath);
    const { message, keyPath, code } = describe(error, path);
    const { line, column } = positionOf(parsed, keyPath ?? path, keyPath !== undefined);
    return {
      file: parsed.file,
      line,
      column,
      severity: 'error',
      code,
      message,
      pointer: error.instancePath || '/',
    };
  });
}

/** Drops errors that only restate another (e.g. the `if`/`anyOf` wrapper around the real failure). */
function pruneErrors(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'oneOf') return false;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function pointerToPath(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function describe(e: ErrorObject, path: string[]): { message: string; code: string; keyPath?: string[] } {
  const where = path.length ? `"${sanitizeForDisplay(path.join('.'), 60)}"` : 'the document';
  const p = e.params as Record<string, unknown>;
  const schemaDescription = (e.parentSchema as { description?: string } | undefined)?.description;
  switch (e.keyword) {
    case 'required':
      return {
        code: 'schema/required',
        message: `${where} is missing the required property "${p.missingProperty}"`,
      };
    case 'additionalProperties': {
      const name = sanitizeForDisplay(String(p.additionalProperty), 60);
      return {
        code: 'schema/unknown-property',
        message: `unknown property "${name}" in ${where}`,
        keyPath: [...path, String(p.additionalProperty)],
      };
    }
    case 'type':
      return { code: 'schema/type', message: `${where} must be ${article(String(p.type))}` };
    case 'enum':
      return {
        code: 'schema/enum',
        message: `${where} must be one of: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'pattern':
      return {
        code: 'schema/pattern',
        message: `${where} has the wrong form${schemaDescription ? `: ${schemaDescription}` : ` (expected ${p.pattern})`}`,
      };
    case 'minLength':
      return { code: 'schema/empty', message: `${where} must not be empty` };
    case 'maxLength':
      return { code: 'schema/too-long', message: `${where} must be at most ${p.limit} characters` };
    case 'minItems':
      return {
        code: 'schema/too-few',
        message: `${where} must have at least ${p.limit} entr${p.limit === 1 ? 'y' : 'ies'}`,
      };
    case 'maxItems':
      return { code: 'schema/too-many', message: `${where} must have at most ${p.limit} entries` };
    case 'minProperties':
      return {
        code: 'schema/too-few',
        message: `${where} must have at least ${p.limit} propert${p.limit === 1 ? 'y' : 'ies'}`,
      };
    case 'minimum':
    case 'maximum':
      return {
        code: 'schema/range',
        message: `${where} must be ${e.keyword === 'minimum' ? '>=' : '<='} ${p.limit}`,
      };
    default:
      return { code: `schema/${e.keyword}`, message: `${where} ${e.message ?? 'is invalid'}` };
  }
}

function article(type: string): string {
  const names = type
    .split(',')
    .map((t) =>
      t === 'null'
        ? 'null'
        : t === 'object'
          ? 'a mapping'
          : t === 'array'
            ? 'a list'
            : `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`,
    );
  return names.join(' or ');
}
