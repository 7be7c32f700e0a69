import { readPlainYaml } from '../yaml/plain-yaml.js';

/**
 * The value of a plain YAML file read by the plain reader (src/yaml/plain-yaml.ts), or undefined when it
 * leaves the file to the yaml library or finds duplicate keys. Kept for test/fuzz/yaml-readers.test.ts,
 * which compares it with the library; new code calls parseYaml.
 */
export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
  const result = readPlainYaml(text, 'input.yaml');
  return result.value !== undefined && result.diagnostics.length === 0 ? result.value : undefined;
}
