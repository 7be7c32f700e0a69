import { buildDocument } from '../../src/document/build-document.js';
import { parseRubric } from '../../src/rubric/parse-rubric.js';
import type { Rubric } from '../../src/rubric/rubric.generated.js';
import { writeDocument } from '../../src/writers/index.js';
import { type CorpusKit, utf8 } from './corpus-case.js';
import { RUBRIC_YAML } from './corpus-rubric.js';

let kit: Promise<CorpusKit> | undefined;

/** The corpus rubric, parsed and checked by the project's own loader. */
export function corpusRubric(): Rubric {
  const { loaded, diagnostics } = parseRubric(utf8(RUBRIC_YAML), 'corpus-rubric.yaml');
  if (!loaded) throw new Error(`the corpus rubric is invalid: ${JSON.stringify(diagnostics)}`);
  return loaded.rubric;
}

/** Renders the corpus rubric's blank self-assessment worksheets once per process, in process. */
export function corpusKit(): Promise<CorpusKit> {
  kit ??= (async () => {
    const model = buildDocument(corpusRubric(), { kind: 'self-assessment' });
    const [pdf, docx, html] = await Promise.all([
      writeDocument('pdf', model),
      writeDocument('docx', model),
      writeDocument('html', model),
    ]);
    return { rubricYaml: RUBRIC_YAML, pdf, docx, html };
  })();
  return kit;
}
