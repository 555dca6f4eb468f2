/** Reads tests/check-stories.tsv: seller stories with the answers they give and what the result must say. */
import { readFileSync } from 'node:fs';
import type { Step } from '~/lib/self-check/flow';

export interface Story {
  id: string;
  story: string;
  answers: Step[];
  verdict: string;
  mention: string;
}

export const stories: Story[] = readFileSync(new URL('../check-stories.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .slice(1)
  .map((line) => {
    const [id = '', story = '', answers = '', verdict = '', mention = ''] = line.split('\t');
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
