/** An element of the tree `pdfinfo -struct-text` prints: its role, its text lines and its children. */
export interface StructTextNode {
  role: string;
  texts: string[];
  children: StructTextNode[];
}

/**
 * Parses `pdfinfo -struct-text` output: two spaces of indent a level; an element line is its role (with
 * " (block)" or a ":" before attribute lines), a text line is quoted, attribute and "Object" lines are skipped.
 */
export function structText(output: string): StructTextNode {
  const root: StructTextNode = { role: '', texts: [], children: [] };
  const stack: { depth: number; node: StructTextNode }[] = [{ depth: -1, node: root }];
  for (const line of output.split('\n')) {
    if (line.trim() === '') continue;
    const depth = (line.length - line.trimStart().length) / 2;
    const body = line.trim();
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= depth) stack.pop();
    const parent = stack[stack.length - 1]!.node;
    if (body.startsWith('"')) parent.texts.push(body.slice(1, -1));
    else if (/^[A-Za-z][A-Za-z0-9]*( \(\w+\))?:?$/.test(body) && !body.startsWith('Object')) {
      const node: StructTextNode = { role: body.replace(/( \(\w+\))?:?$/, ''), texts: [], children: [] };
      parent.children.push(node);
      stack.push({ depth, node });
    }
  }
  return root.children[0] ?? root;
}

/** The texts of the elements whose role path (root first) `accept` takes, in document order. */
export function textsIn(tree: StructTextNode, accept: (path: string[]) => boolean): string[] {
  const found: string[] = [];
  const walk = (node: StructTextNode, path: string[]) => {
    const here = [...path, node.role];
    if (node.texts.length > 0 && accept(here)) found.push(node.texts.join(' '));
    for (const child of node.children) walk(child, here);
  };
  walk(tree, []);
  return found;
}
