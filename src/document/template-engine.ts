import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { UserError } from '../diagnostics/diagnostic.js';

const engine = Handlebars.create();
engine.registerHelper('eq', (a: unknown, b: unknown) => a === b);
/** Escapes text and turns **bold** and *italic* markers into markup runs. */
engine.registerHelper('inline', (text: unknown) => {
  const escaped = engine.Utils.escapeExpression(String(text ?? ''));
  return new engine.SafeString(
    escaped.replace(/\*\*(.+?)\*\*/g, '<b>$1</b>').replace(/\*(.+?)\*/g, '<i>$1</i>'),
  );
});

const compiled = new Map<string, Handlebars.TemplateDelegate>();

/**
 * Compiles a handlebars template file once per process. Syntax errors are reported with the template's
 * file and line.
 */
export function loadTemplate(path: string): Handlebars.TemplateDelegate {
  let template = compiled.get(path);
  if (template) return template;
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(
      `cannot read template ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  try {
    // Compiling eagerly (precompile) surfaces syntax errors now, with their line, instead of at first use.
    engine.precompile(source, { strict: false });
    template = engine.compile(source, { noEscape: false });
  } catch (error) {
    const unclosed = /got 'EOF'/.test((error as Error).message) ? unclosedBlock(source) : undefined;
    const hint = unclosed
      ? `\nthe block {{#${unclosed.name}}} opened on line ${unclosed.line} is never closed with {{/${unclosed.name}}}`
      : '';
    throw new UserError(`template ${path}: ${firstLines((error as Error).message)}${hint}`);
  }
  compiled.set(path, template);
  return template;
}

/** Runs a compiled template; errors (an unknown helper, say) name the template. */
export function runTemplate(template: Handlebars.TemplateDelegate, context: unknown, path: string): string {
  try {
    return template(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (error) {
    throw new UserError(`template ${path}: ${firstLines((error as Error).message)}`);
  }
}

/** The innermost block helper left open at the end of a template, with its line. */
function unclosedBlock(source: string): { name: string; line: number } | undefined {
  const open: { name: string; line: number }[] = [];
  for (const match of source.matchAll(/\{\{~?([#/])\s*([\w-]+)/g)) {
    const line = source.slice(0, match.index).split('\n').length;
    if (match[1] === '#') open.push({ name: match[2]!, line });
    else if (open[open.length - 1]?.name === match[2]) open.pop();
  }
  return open[open.length - 1];
}

function firstLines(message: string): string {
  return message.split('\n').slice(0, 4).join('\n');
}
