import type HandlebarsType from 'handlebars';

type Engine = typeof HandlebarsType;
type Node = { type: string; loc?: Loc; [key: string]: unknown };
type Loc = { start: { line: number; column: number } };

/** A place in a template file (1-based), and the expression whose value was output there, if any. */
export interface TemplatePlace {
  line: number;
  column: number;
  /** `values.district`, `rubric.title`, `inline this`, … when the text came from a {{…}} expression. */
  expression?: string;
}

interface Mark {
  line: number;
  column: number;
  /** The text a content statement outputs, and how many characters of its source were stripped before. */
  content?: { source: string; shift: number };
  expression?: string;
}

/** Noncharacters that values may not hold (build-document.ts refuses them), so they can delimit marks. */
const OPEN = '\ufdd0';
const CLOSE = '\ufdd1';

/**
 * Where in the template a character of the rendered markup came from. Used only when the markup is wrong,
 * so a successful render pays nothing: the template is parsed again and run once more with a mark before
 * every piece of literal text and every {{…}} output, and the marks are read back around the offset.
 */
export function locateInTemplate(
  engine: Engine,
  source: string,
  context: unknown,
  offset: number,
  compileOptions: CompileOptions,
): TemplatePlace | undefined {
  const program = engine.parse(source) as unknown as Node;
  const marks: Mark[] = [];
  instrument(program, marks);
  let marked: string;
  try {
    marked = engine.compile(program as never, compileOptions)(context, RUN_OPTIONS);
  } catch {
    return undefined;
  }
  let clean = 0;
  let last: { mark: Mark; at: number } | undefined;
  let from = 0;
  for (const match of marked.matchAll(/\ufdd0(\d+)\ufdd1/g)) {
    clean += match.index! - from;
    from = match.index! + match[0].length;
    if (clean > offset) break;
    last = { mark: marks[Number(match[1])]!, at: clean };
  }
  if (!last) return undefined;
  const { mark, at } = last;
  if (!mark.content)
    return {
      line: mark.line,
      column: mark.column + 1,
      ...(mark.expression ? { expression: mark.expression } : {}),
    };
  const before = mark.content.source.slice(0, mark.content.shift + (offset - at));
  const lines = before.split('\n');
  return lines.length === 1
    ? { line: mark.line, column: mark.column + 1 + before.length }
    : { line: mark.line + lines.length - 1, column: lines[lines.length - 1]!.length + 1 };
}

export type CompileOptions = { strict?: boolean; noEscape?: boolean };
export const RUN_OPTIONS = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

/** Puts a mark before every content and mustache statement of a program, recursively. */
function instrument(program: Node, marks: Mark[]): void {
  const body = program.body as Node[];
  const out: Node[] = [];
  for (const node of body) {
    const start = node.loc?.start ?? { line: 1, column: 0 };
    if (node.type === 'ContentStatement') {
      const original = String(node.original ?? node.value);
      const value = String(node.value);
      const shift = Math.max(0, original.indexOf(value));
      const id =
        marks.push({ line: start.line, column: start.column, content: { source: original, shift } }) - 1;
      out.push({ ...node, value: `${OPEN}${id}${CLOSE}${value}` });
      continue;
    }
    if (node.type === 'MustacheStatement') {
      const expression = expressionText(node);
      const id = marks.push({ line: start.line, column: start.column, expression }) - 1;
      out.push(markNode(id, node.loc), node);
      continue;
    }
    if (node.type === 'BlockStatement') {
      if (node.program) instrument(node.program as Node, marks);
      if (node.inverse) instrument(node.inverse as Node, marks);
    }
    out.push(node);
  }
  program.body = out;
}

function markNode(id: number, loc: Loc | undefined): Node {
  const text = `${OPEN}${id}${CLOSE}`;
  return { type: 'ContentStatement', original: text, value: text, ...(loc ? { loc } : {}) };
}

/** `values.district`, or `inline this` for a helper call. */
function expressionText(node: Node): string {
  const path = node.path as { original?: string };
  const params = (node.params as { original?: string }[] | undefined) ?? [];
  return [path.original ?? '', ...params.map((p) => p.original ?? '…')].join(' ').trim();
}

/**
 * The first path expression (`x.y.z`, `@root.rubric`) in a template that reads `name` from something:
 * where handlebars failed with "Cannot read properties of undefined (reading 'name')", which carries no
 * position of its own.
 */
export function pathReading(engine: Engine, source: string, name: string): TemplatePlace | undefined {
  const found: { place: TemplatePlace; unknownData: boolean }[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'PathExpression') {
      const parts = (n.parts as string[] | undefined) ?? [];
      if (parts.indexOf(name) >= (n.data ? 0 : 1) && n.loc) {
        const { line, column } = n.loc.start;
        const place = { line, column: column + 1, expression: String(n.original) };
        found.push({ place, unknownData: !!n.data && !DATA.has(parts[0] ?? '') });
      }
      return;
    }
    for (const value of Object.values(n)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && (value as Node).type) visit(value);
    }
  };
  visit(engine.parse(source));
  // A misspelt @root is the likelier culprit than a well-formed path that happens to read the same name.
  return (found.find((f) => f.unknownData) ?? found[0])?.place;
}

/** The @data variables handlebars defines. */
const DATA = new Set(['root', 'index', 'key', 'first', 'last', 'level']);
