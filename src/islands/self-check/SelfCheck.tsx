/**
 * The self-check island. Server-rendered, it is one question whose answers are plain links to the next
 * static page (the stage rides in the address), so it works without JavaScript. Hydrated, it answers
 * with radios, keeps the answers in the URL (`?a=`), shows "你的回答" with 修改 links, and moves between
 * questions without a page load. All routing is `src/lib/self-check/flow.ts` and all addresses are
 * `src/lib/self-check/urls.ts`; this file only renders state and calls them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ANSWERS_PARAM, CHECK_BASE, parseCheckPath } from '~/lib/self-check/urls';
import {
  createFlow,
  decodeAnswers,
  hrefFor,
  namedOutcomes,
  summary,
  walk,
  type Flow,
  type FlowQuestion,
  type PageNode,
  type Position,
  type Step,
  type WalkResult,
} from '~/lib/self-check/flow';
import type { StageId } from '~/lib/shared/stage-ids';
import { serverFlow } from './server-flow';

/**
 * The element that holds, as JSON, the part of the graph a page needs (`pageQuestions`, worked out at
 * build time). It comes after the page's content, so those bytes never delay the question itself.
 */
export const GRAPH_ID = 'self-check-graph';

interface Props {
  /** The part of the graph as JSON, for an embedded self-check (pages use the `GRAPH_ID` element instead). */
  graph?: string;
  /** The first question's id (the part may not show which one it is). */
  start: string;
  /** Embedded: the answers that lead to `node` from the start, so links carry a whole path. */
  lead?: Step[];
  /** The node this page stands for: a question id, or an outcome id on result pages. */
  node: string;
  /** The stage the page's address names (none on /check/ and on stage-less result pages). */
  stage?: StageId | undefined;
  /** Embedded in an article: headings one level lower and the page URL left alone. */
  embedded?: boolean;
}

/**
 * Replays the answers in the address for the page it stands for: the page the server rendered, or the
 * one this island pushed into the history (its node and stage ride in the history entry's state).
 */
function readLocation(flow: Flow, page: PageNode): WalkResult {
  return decodeAnswers(flow, new URLSearchParams(window.location.search).get(ANSWERS_PARAM), page);
}

/** The page an address stands for, read with the one URL parser (history entries this island did not push). */
function pageAt(flow: Flow, pathname: string): PageNode | undefined {
  const a = parseCheckPath(pathname);
  if (!a) return undefined;
  return a.kind === 'start' ? { node: flow.start, stage: undefined } : { node: a.id, stage: a.stage };
}

/** The option a seller picked for this question earlier on the path, so 修改 and 返回上一题 keep it selected. */
function earlierChoice(next: WalkResult, path: Step[]): string {
  return next.at.kind === 'question' ? (path.find((step) => step.question === next.at.id)?.option ?? '') : '';
}

export default function SelfCheck({ graph, start: first, lead = [], node, stage, embedded = false }: Props) {
  const [flow] = useState(() => {
    // A page's server render runs on the whole validated graph, which the page hands over; an embedded
    // self-check, on the server and in the browser alike, and a page in the browser run on their part of it.
    const whole = graph === undefined ? serverFlow() : undefined;
    if (whole) return whole;
    const questions = JSON.parse(graph ?? document.getElementById(GRAPH_ID)?.textContent ?? '[]') as FlowQuestion[];
    return createFlow({ questions, outcomeIds: namedOutcomes(questions), partial: { start: first } });
  });
  const initial: Position = { at: flow.node(node) ?? { kind: 'question', id: flow.start }, stage };
  const [enhanced, setEnhanced] = useState(false);
  const [state, setState] = useState<WalkResult>({ ok: true, path: lead, ...initial });
  const [choice, setChoice] = useState<string>('');
  const [missingChoice, setMissingChoice] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // Read by the popstate listener, which is registered once and would otherwise see the first render's path.
  const currentPath = useRef<Step[]>([]);
  currentPath.current = state.path;

  useEffect(() => {
    setEnhanced(true);
    if (embedded) return;
    setState(readLocation(flow, { node, stage }));
    const onPop = (event: PopStateEvent) => {
      // Entries this island pushed carry their page. Others (the entry a reload replaced) are read from
      // the address itself, never assumed to be the page that was served; a page this part of the graph
      // cannot show is loaded.
      const page = (event.state as PageNode | null) ?? pageAt(flow, window.location.pathname);
      if (!page || !flow.node(page.node)) {
        window.location.reload();
        return;
      }
      moved.current = true;
      moveTo(readLocation(flow, page));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const question = state.at.kind === 'question' ? flow.question(state.at.id) : undefined;

  // The choice is reset (or restored) in the same update that moves to a question, never in an effect:
  // an effect runs after paint and would clear a radio a quick seller (or a test) already ticked.
  function moveTo(next: WalkResult) {
    setChoice(earlierChoice(next, currentPath.current));
    setMissingChoice(false);
    setState(next);
  }

  // A result page lists every answer that can lead to it; show the seller only those in the address.
  useEffect(() => {
    if (embedded || state.at.kind !== 'outcome' || state.path.length === 0) return;
    const said = new Set(state.path.map((s) => `${s.question}.${s.option}`));
    document.querySelectorAll<HTMLElement>('[data-said]').forEach((el) => {
      el.hidden = !said.has(el.dataset.said ?? '');
    });
  }, [state]);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
    if (question) {
      setAnnouncement(`第 ${state.path.length + 1} 个问题：${question.title}`);
      if (!embedded) document.title = `${question.title}｜售后介入指南`;
    }
  }, [state]);

  function go(to: Position, path: Step[]) {
    const href = hrefFor(flow, to, path);
    if (to.at.kind === 'outcome' || !flow.question(to.at.id)) {
      window.location.assign(href);
      return;
    }
    moved.current = true;
    if (!embedded) window.history.pushState({ node: to.at.id, stage: to.stage } satisfies PageNode, '', href);
    moveTo({ ok: true, path, ...to });
  }

  function answer(event: Event) {
    event.preventDefault();
    if (!question) return;
    const next = flow.next(question.id, choice, state.stage);
    if (!next) {
      setMissingChoice(true);
      return;
    }
    go(next, [...state.path, { question: question.id, option: choice }]);
  }

  const follow = (to: Position, path: Step[]) => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    go(to, path);
  };

  const H = embedded ? 'h2' : 'h1';
  const H2 = embedded ? 'h3' : 'h2';
  const lines = summary(flow, state.path);
  const previous = state.path.length - 1;
  const start: Position = { at: { kind: 'question', id: flow.start }, stage: undefined };
  // The position each answer was given in: what 修改 and 返回上一题 go back to.
  const answered = (i: number): Position => walk(flow, state.path.slice(0, i));

  return (
    <div class="self-check" data-enhanced={enhanced ? 'true' : 'false'}>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {!state.ok && (
        <div class="error-summary" role="alert">
          <p class="error-title">这个链接里的回答无法识别</p>
          <p>{state.message}</p>
          <p>
            <a href={CHECK_BASE} onClick={follow(start, [])}>
              重新开始自测
            </a>
          </p>
        </div>
      )}
      {question && (
        <form method="get" action={hrefFor(flow, state, state.path)} onSubmit={answer} noValidate>
          <fieldset aria-describedby={question.hint ? `hint-${question.id}` : undefined}>
            <legend>
              <H class="question-title" tabIndex={-1} ref={heading}>
                {question.title}
              </H>
            </legend>
            {question.hint && (
              <p class="hint" id={`hint-${question.id}`}>
                {question.hint}
              </p>
            )}
            {missingChoice && (
              <p class="error-message" role="alert">
                请选择一项，再点“继续”。
              </p>
            )}
            {enhanced ? (
              <div class="options">
                {flow.optionsFor(question, state.stage).map((o) => (
                  <label class="option" key={o.id}>
                    <input type="radio" name="answer" value={o.id} checked={choice === o.id} onChange={() => setChoice(o.id)} />
                    <span>
                      {o.label}
                      {o.hint && <span class="option-hint">{o.hint}</span>}
                    </span>
                  </label>
                ))}
              </div>
            ) : (
              <ul class="options option-links">
                {flow.optionsFor(question, state.stage).map((o) => {
                  const next = flow.next(question.id, o.id, state.stage) ?? start;
                  return (
                    <li key={o.id}>
                      <a class="option" href={hrefFor(flow, next, [])}>
                        {o.label}
                        {o.hint && <span class="option-hint">{o.hint}</span>}
                      </a>
                    </li>
                  );
                })}
              </ul>
            )}
          </fieldset>
          {enhanced && (
            <p class="actions">
              <button class="button" type="submit">
                继续
              </button>
            </p>
          )}
        </form>
      )}
      {enhanced && lines.length > 0 && (
        <details class="answers" open={matchMedia('(min-width: 48em)').matches}>
          <summary>
            <H2 class="answers-title">你的回答</H2>
          </summary>
          <dl>
            {lines.map((line, i) => (
              <div class="answer-row" key={line.question}>
                <dt>{line.question}</dt>
                <dd>{line.answer}</dd>
                <dd>
                  <a href={line.changeHref} onClick={follow(answered(i), state.path.slice(0, i))}>
                    修改<span class="visually-hidden">：{line.question}</span>
                  </a>
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {(state.at.kind === 'outcome' || (enhanced && (state.path.length > 0 || !state.ok))) && (
        <p class="step-links">
          {previous >= 0 && state.at.kind === 'question' && (
            <a
              href={hrefFor(flow, answered(previous), state.path.slice(0, previous))}
              onClick={follow(answered(previous), state.path.slice(0, previous))}
            >
              返回上一题
            </a>
          )}
          <a href={CHECK_BASE} onClick={follow(start, [])}>
            重新开始
          </a>
        </p>
      )}
    </div>
  );
}
