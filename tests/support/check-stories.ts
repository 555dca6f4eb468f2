/** Reads tests/check-stories.tsv: seller stories with the answers they give and what the result must say. */
import type { Step } from '~/lib/self-check/flow';
import { readTsv } from '../../scripts/tsv.mjs';

export interface Story {
  id: string;
  story: string;
  answers: Step[];
  verdict: string;
  mention: string;
}

export const stories: Story[] = readTsv(new URL('../check-stories.tsv', import.meta.url), { header: true })
  .map(([id = '', story = '', answers = '', verdict = '', mention = '']) => {
    return {
      id,
      story,
      verdict,
      mention,
      answers: answers.split('~').map((pair) => {
        const [question = '', option = ''] = pair.split('.');
        return { question, option };
      }),
    };
  });
