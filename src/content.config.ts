/**
 * The content collections. Every schema lives in `src/schemas/` with a comment per field; this file only
 * says where each collection's files are. Cross-references (fact ids in pages, evidence ids in outcomes,
 * the self-check graph) are checked by `src/lib/content/integrity.ts` during the build.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
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
} from './schemas';

export const collections = {
  guide: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/guide' }), schema: guideSchema }),
  scenarios: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/scenarios' }),
    schema: scenarioSchema,
  }),
  facts: defineCollection({ loader: file('./content/facts.json'), schema: factSchema }),
  evidence: defineCollection({ loader: file('./content/evidence.json'), schema: evidenceSchema }),
  glossary: defineCollection({ loader: file('./content/glossary.json'), schema: glossarySchema }),
  faq: defineCollection({ loader: file('./content/faq.json'), schema: faqSchema }),
  checkQuestions: defineCollection({ loader: file('./content/check/questions.json'), schema: checkQuestionSchema }),
  checkOutcomes: defineCollection({ loader: file('./content/check/outcomes.json'), schema: checkOutcomeSchema }),
  aliases: defineCollection({ loader: file('./content/search-aliases.json'), schema: aliasSchema }),
  statements: defineCollection({
    loader: glob({ pattern: '*.json', base: './content/statements' }),
    schema: statementTemplateSchema,
  }),
};
