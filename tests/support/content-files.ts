/** Reads the raw content files the way the build does, for unit tests of content integrity. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { FILE_COLLECTIONS as F, FOLDER_COLLECTIONS as D } from '../../src/schemas/collections';
import type { z } from 'astro/zod';

const contentDir = new URL('../../content/', import.meta.url);

function readJson<T extends z.ZodType>({ file, schema }: { file: string; schema: T }): z.infer<T>[] {
  const raw = JSON.parse(readFileSync(new URL(file, contentDir), 'utf8')) as unknown[];
  return raw.map((item) => schema.parse(item));
}

export interface MdxPage<T> {
  id: string;
  collection: 'guide' | 'scenarios';
  data: T;
  body: string;
}

function readMdx<T extends z.ZodType>({ folder: dir, schema }: { folder: 'guide' | 'scenarios'; schema: T }): MdxPage<z.infer<T>>[] {
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
  facts: readJson(F.facts),
  evidence: readJson(F.evidence),
  glossary: readJson(F.glossary),
  faq: readJson(F.faq),
  aliases: readJson(F.aliases),
  questions: readJson(F.checkQuestions),
  outcomes: readJson(F.checkOutcomes),
  guide: readMdx(D.guide),
  scenarios: readMdx(D.scenarios),
};
