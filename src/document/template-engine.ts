import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type HandlebarsType from 'handlebars';
// handlebars' runtime-only entry: the same API without the compiler.
import HandlebarsRuntime from 'handlebars/runtime.js';
import { UserError } from '../diagnostics/diagnostic.js';
import { fromRoot } from '../paths.js';
import {
  type CompileOptions,
  locateInTemplate,
  pathReading,
  RUN_OPTIONS,
  type TemplatePlace,
} from './template-positions.js';

type Engine = typeof HandlebarsType;
type Template = HandlebarsType.TemplateDelegate;

const require = createRequire(import.meta.url);
const compiled = new Map<string, Template>();
let runtime: Engine | undefined;
let compiler: Engine | undefined;

/** Our helpers, registered on whichever engine runs a template. */
function withHelpers(engine: Engine): Engine {
  engine.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  /** Escapes text and turns **bold** and *italic* markers into markup runs. */
  engine.registerHelper('inline', (text: unknown) => {
    const escaped = engine.Utils.escapeExpression(String(text ?? ''));
    return new engine.SafeString(
      escaped.replace(/\*\*(.+?)\*\*/g, '<b>$1</b>').replace(/\*(.+?)\*/g, '<i>$1</i>'),
    );
  });
  return engine;
}

/** Text escaped as `{{…}}` escapes it in a template. */
export function escapeText(text: string): string {
  return (HandlebarsRuntime as Engine).Utils.escapeExpression(text);
}

/**
 * A handlebars template, once per process. The shipped templates were precompiled at build time
 * (scripts/compile-templates.mjs) and run on the small runtime; any other template, or a shipped one edited
 * since the build, is compiled now, with syntax errors reported with the template's file and line.
 */
export function loadTemplate(path: string): Template {
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
  template = precompiled(path, source) ?? compile(path, source);
  compiled.set(path, template);
  return template;
}

/** The build-time compilation of a shipped template, when its source is unchanged. */
function precompiled(path: string, source: string): Template | undefined {
  const name = /([a-z-]+)\.hbs$/.exec(path)?.[1];
  if (!name || path !== fromRoot('templates', `${name}.hbs`)) return undefined;
  const module = fromRoot('dist', 'templates', `${name}.cjs`);
  if (!existsSync(module)) return undefined;
  const { sourceHash, spec } = require(module) as { sourceHash: string; spec: unknown };
  if (sourceHash !== createHash('sha256').update(source).digest('hex')) return undefined;
  runtime ??= withHelpers((HandlebarsRuntime as Engine).create());
  return runtime.template(spec as Parameters<Engine['template']>[0]);
}

/** Templates run in strict mode: a misspelt {{rubric.titel}} is an error with its line, not a blank. */
export const COMPILE_OPTIONS: CompileOptions = { strict: true, noEscape: false };

function theCompiler(): Engine {
  compiler ??= withHelpers((require('handlebars') as Engine).create());
  return compiler;
}

function compile(path: string, source: string): Template {
  const compiler = theCompiler();
  try {
    // Compiling eagerly (precompile) surfaces syntax errors now, with their line, instead of at first use.
    compiler.precompile(source, COMPILE_OPTIONS);
    return compiler.compile(source, COMPILE_OPTIONS);
  } catch (error) {
    const unclosed = /got 'EOF'/.test((error as Error).message) ? unclosedBlock(source) : undefined;
    const hint = unclosed
      ? `\nthe block {{#${unclosed.name}}} opened on line ${unclosed.line} is never closed with {{/${unclosed.name}}}`
      : '';
    throw new UserError(`template ${path}: ${firstLines((error as Error).message)}${hint}`);
  }
}

/**
 * Runs a compiled template; errors name the template, and a variable the context does not have (strict
 * mode) is named with its line and column.
 */
export function runTemplate(template: Template, context: unknown, path: string): string {
  try {
    return template(context, RUN_OPTIONS);
  } catch (error) {
    const { lineNumber, column, message } = error as {
      lineNumber?: number;
      column?: number;
      message: string;
    };
    const missing = /^"(.*)" not defined in /.exec(message);
    if (missing && lineNumber !== undefined && column !== undefined) {
      const expression = expressionAt(path, lineNumber, column) ?? missing[1];
      throw new UserError(
        `template ${path}:${lineNumber}:${column + 1}: unknown variable ${expression}; docs/templates.md lists the variables a template can use`,
      );
    }
    const reading = /^Cannot read properties of (?:undefined|null) \(reading '(.*)'\)$/.exec(message);
    const place = reading ? readingPlace(path, reading[1]!) : undefined;
    if (place)
      throw new UserError(
        `template ${path}:${place.line}:${place.column}: unknown variable ${place.expression}; docs/templates.md lists the variables a template can use`,
      );
    // Strict mode names the object it looked in as "[object Object]"; say what it means instead.
    const plain = message.replace(/^"(.*)" not defined in .*$/s, 'unknown variable $1');
    throw new UserError(`template ${path}: ${firstLines(plain)}`);
  }
}

/** Where a template reads a property of nothing (a misspelt `@root`, a path through a missing name). */
function readingPlace(path: string, name: string): TemplatePlace | undefined {
  try {
    return pathReading(theCompiler(), readFileSync(path, 'utf8'), name);
  } catch {
    return undefined;
  }
}

/** The place in the template file that produced a character of its rendered markup (see template-positions.ts). */
export function templatePlace(path: string, context: unknown, offset: number): TemplatePlace | undefined {
  try {
    return locateInTemplate(theCompiler(), readFileSync(path, 'utf8'), context, offset, COMPILE_OPTIONS);
  } catch {
    return undefined;
  }
}

/** The path of the {{…}} expression starting at a line and (0-based) column of a template. */
function expressionAt(path: string, line: number, column: number): string | undefined {
  try {
    const text = readFileSync(path, 'utf8').split('\n')[line - 1]?.slice(column) ?? '';
    return /^(?:\{\{[~{&]?\s*)?([^\s}~()]+)/.exec(text)?.[1];
  } catch {
    return undefined;
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
