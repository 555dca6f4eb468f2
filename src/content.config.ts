/**
 * The content collections. Every schema lives in `src/schemas/` with a comment per field, and where each
 * collection's files are in `src/schemas/collections.ts`; this file only hands them to Astro's loaders.
 * Cross-references (fact ids in pages, evidence ids in outcomes, the self-check graph) are checked by
 * `src/lib/content/integrity.ts` during the build.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { FILE_COLLECTIONS as F, FOLDER_COLLECTIONS as D } from './schemas/collections';

const inFile = <S extends z.ZodType>(c: { file: string; schema: S }) => defineCollection({ loader: file(`./content/${c.file}`), schema: c.schema });
const inFolder = <S extends z.ZodType>(c: { folder: string; pattern: string; schema: S }) =>
  defineCollection({ loader: glob({ pattern: c.pattern, base: `./content/${c.folder}` }), schema: c.schema });

export const collections = {
  guide: inFolder(D.guide),
  scenarios: inFolder(D.scenarios),
  facts: inFile(F.facts),
  evidence: inFile(F.evidence),
  glossary: inFile(F.glossary),
  faq: inFile(F.faq),
  checkQuestions: inFile(F.checkQuestions),
  checkOutcomes: inFile(F.checkOutcomes),
  aliases: inFile(F.aliases),
  statements: inFolder(D.statements),
};
