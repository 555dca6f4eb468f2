/**
 * Where each content collection's files are and the schema their entries follow: the one table both
 * `src/content.config.ts` (Astro's loaders) and the unit tests (tests/support/content-files.ts, which read
 * the files without Astro) take it from. Paths are relative to content/.
 */
import {
  aliasSchema,
  checkOutcomeSchema,
  checkQuestionSchema,
  evidenceSchema,
  factSchema,
  faqSchema,
  glossarySchema,
  guideSchema,
  scenarioSchema,
  statementTemplateSchema,
} from './index';

/** Collections kept in one JSON file each: a list of entries with an `id`. */
export const FILE_COLLECTIONS = {
  facts: { file: 'facts.json', schema: factSchema },
  evidence: { file: 'evidence.json', schema: evidenceSchema },
  glossary: { file: 'glossary.json', schema: glossarySchema },
  faq: { file: 'faq.json', schema: faqSchema },
  checkQuestions: { file: 'check/questions.json', schema: checkQuestionSchema },
  checkOutcomes: { file: 'check/outcomes.json', schema: checkOutcomeSchema },
  aliases: { file: 'search-aliases.json', schema: aliasSchema },
} as const;

/** Collections kept as one file per entry in a folder (the id is the file name). */
export const FOLDER_COLLECTIONS = {
  guide: { folder: 'guide', pattern: '*.mdx', schema: guideSchema },
  scenarios: { folder: 'scenarios', pattern: '*.mdx', schema: scenarioSchema },
  statements: { folder: 'statements', pattern: '*.json', schema: statementTemplateSchema },
} as const;
