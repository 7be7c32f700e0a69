import { spawnSync } from 'node:child_process';
import type { FillPlan, FormField } from './fill-plan.js';

/** The AcroForm fields of a PDF as pdftk lists them: text fields (multi-line by flag) and radio groups. */
export function pdfFields(pdf: string): FormField[] {
  const dump = pdftk([pdf, 'dump_data_fields_utf8']);
  const fields: FormField[] = [];
  for (const block of dump.split(/^---$/m)) {
    const name = /^FieldName: (.*)$/m.exec(block)?.[1];
    const type = /^FieldType: (.*)$/m.exec(block)?.[1];
    const flags = Number(/^FieldFlags: (\d+)$/m.exec(block)?.[1] ?? 0);
    // pdftk also lists a non-terminal node whose only kid is a radio group, with an empty type.
    if (!name || type === '') continue;
    if (type === 'Text') fields.push({ name, kind: 'text', multiline: (flags & 4096) !== 0 });
    else if (type === 'Button') {
      const options = [...block.matchAll(/^FieldStateOption: (.*)$/gm)].map((m) => m[1]!);
      fields.push({ name, kind: 'rating', options: options.filter((o) => o !== 'Off') });
    } else throw new Error(`unexpected field type ${type} for ${name}`);
  }
  return fields;
}

/** Fills a PDF with pdftk from an XFDF (need_appearances, so viewers draw the typed text). */
export function pdftkFill(pdf: string, xfdfFile: string, output: string): void {
  pdftk([pdf, 'fill_form', xfdfFile, 'output', output, 'need_appearances']);
}

/** XFDF as Acrobat writes it: dotted names become nested <field> elements; a radio's value is its state. */
export function xfdf(plan: FillPlan): string {
  const values: Record<string, string> = { ...plan.text };
  for (const [name, rating] of Object.entries(plan.ratings))
    values[name] = rating.asIndex ? String(rating.index) : rating.level;
  const tree: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const parts = name.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) {
      node[part] = node[part] ?? {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]!] = value;
  }
  const render = (node: Record<string, unknown>): string =>
    Object.entries(node)
      .map(([key, value]) =>
        typeof value === 'string'
          ? `<field name="${escapeXml(key)}"><value>${escapeXml(value)}</value></field>`
          : `<field name="${escapeXml(key)}">${render(value as Record<string, unknown>)}</field>`,
      )
      .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve"><fields>\n${render(tree)}\n</fields></xfdf>\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function pdftk(args: string[]): string {
  const result = spawnSync('pdftk', args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
  if (result.status !== 0)
    throw new Error(`pdftk ${args.join(' ')} failed: ${result.stderr || result.error}`);
  return result.stdout;
}
