/** Reads the raw content files the way the build does, for unit tests of content integrity. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  checkOutcomeSchema,
  checkQuestionSchema,
  evidenceSchema,
  factSchema,
  faqSchema,
  glossarySchema,
  guideSchema,
  scenarioSchema,
  aliasSchema,
} from '../../src/schemas';
import type { z } from 'astro/zod';

const contentDir = new URL('../../content/', import.meta.url);

function readJson<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
  const raw = JSON.parse(readFileSync(new URL(file, contentDir), 'utf8')) as unknown[];
  return raw.map((item) => schema.parse(item));
}

export interface MdxPage<T> {
  id: string;
  collection: 'guide' | 'scenarios';
  data: T;
  body: string;
}

function readMdx<T extends z.ZodType>(dir: 'guide' | 'scenarios', schema: T): MdxPage<z.infer<T>>[] {
  const base = new URL(`${dir}/`, contentDir);
  return readdirSync(base)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(new URL(f, base), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${dir}/${f}: 缺少 front matter`);
      return { id: f.replace(/\.mdx$/, ''), collection: dir, data: schema.parse(parse(match[1] ?? '')), body: match[2] ?? '' };
    });
}

export const content = {
  facts: readJson('facts.json', factSchema),
  evidence: readJson('evidence.json', evidenceSchema),
  glossary: readJson('glossary.json', glossarySchema),
  faq: readJson('faq.json', faqSchema),
  aliases: readJson('search-aliases.json', aliasSchema),
  questions: readJson('check/questions.json', checkQuestionSchema),
  outcomes: readJson('check/outcomes.json', checkOutcomeSchema),
  guide: readMdx('guide', guideSchema),
  scenarios: readMdx('scenarios', scenarioSchema),
};
