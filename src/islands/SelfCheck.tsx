/**
 * The self-check island. Server-rendered, it is one question whose answers are plain links to the next
 * static page, so it works without JavaScript. Hydrated, it answers with radios, keeps the answers in
 * the URL (`?a=`), shows "你的回答" with 修改 links, and moves between questions without a page load.
 * All routing is `src/lib/flow.ts`; this file only renders state and calls it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import questionsData from '../../content/check/questions.json';
import type { CheckQuestion } from '../schemas';
import {
  ANSWERS_PARAM,
  createFlow,
  decodeAnswers,
  hrefFor,
  summary,
  type NodeRef,
  type Step,
  type WalkResult,
} from '../lib/flow';

// Validated against the schema by the build (content collection `checkQuestions`).
const questions = questionsData as CheckQuestion[];
const questionIds = new Set(questions.map((q) => q.id));
// Every answer that does not lead to a question leads to an outcome (the build checks they exist).
const outcomeIds = [...new Set(questions.flatMap((q) => q.options.map((o) => o.next)))].filter((id) => !questionIds.has(id));
const flow = createFlow({ questions, outcomeIds });

interface Props {
  /** The node this page stands for: a question id, or an outcome id on result pages. */
  node: string;
  /** Embedded in an article: headings one level lower and the page URL left alone. */
  embedded?: boolean;
}

/** The node a self-check address stands for, from its path. */
function nodeFromLocation(): string {
  const m = /^\/check\/(?:result\/)?([a-z0-9-]+)\/$/.exec(window.location.pathname);
  return m?.[1] ?? flow.start;
}

function readLocation(): WalkResult {
  return decodeAnswers(flow, new URLSearchParams(window.location.search).get(ANSWERS_PARAM), nodeFromLocation());
}

/** The option a seller picked for this question earlier on the path, so 修改 and 返回上一题 keep it selected. */
function earlierChoice(at: NodeRef, path: Step[]): string {
  return at.kind === 'question' ? (path.find((step) => step.question === at.id)?.option ?? '') : '';
}

export default function SelfCheck({ node, embedded = false }: Props) {
  const initial: NodeRef = flow.node(node) ?? { kind: 'question', id: flow.start };
  const [enhanced, setEnhanced] = useState(false);
  const [state, setState] = useState<WalkResult>({ ok: true, path: [], at: initial });
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
    setState(readLocation());
    const onPop = () => {
      moved.current = true;
      moveTo(readLocation());
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const question = state.at.kind === 'question' ? flow.question(state.at.id) : undefined;

  // The choice is reset (or restored) in the same update that moves to a question, never in an effect:
  // an effect runs after paint and would clear a radio a quick seller (or a test) already ticked.
  function moveTo(next: WalkResult) {
    setChoice(earlierChoice(next.at, currentPath.current));
    setMissingChoice(false);
    setState(next);
  }

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
    if (question) {
      setAnnouncement(`第 ${state.path.length + 1} 个问题：${question.title}`);
      if (!embedded) document.title = `${question.title}｜售后介入指南`;
    }
  }, [state]);

  function go(at: NodeRef, path: Step[]) {
    const href = hrefFor(flow, at, path);
    if (at.kind === 'outcome') {
      window.location.assign(href);
      return;
    }
    moved.current = true;
    if (!embedded) window.history.pushState(null, '', href);
    moveTo({ ok: true, at, path });
  }

  function answer(event: Event) {
    event.preventDefault();
    if (!question) return;
    const next = flow.next(question.id, choice);
    if (!next) {
      setMissingChoice(true);
      return;
    }
    go(next, [...state.path, { question: question.id, option: choice }]);
  }

  const follow = (at: NodeRef, path: Step[]) => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    go(at, path);
  };

  const H = embedded ? 'h2' : 'h1';
  const lines = summary(flow, state.path);
  const previous = state.path[state.path.length - 1];
  const start: NodeRef = { kind: 'question', id: flow.start };

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
            <a href="/check/" onClick={follow(start, [])}>
              重新开始自测
            </a>
          </p>
        </div>
      )}
      {question && (
        <form method="get" action={hrefFor(flow, state.at, state.path)} onSubmit={answer} noValidate>
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
                {question.options.map((o) => (
                  <label class="option" key={o.id}>
                    <input
                      type="radio"
                      name="answer"
                      value={o.id}
                      checked={choice === o.id}
                      onChange={() => setChoice(o.id)}
                    />
                    <span>
                      {o.label}
                      {o.hint && <span class="option-hint">{o.hint}</span>}
                    </span>
                  </label>
                ))}
              </div>
            ) : (
              <ul class="options option-links">
                {question.options.map((o) => {
                  const next = flow.node(o.next) ?? start;
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
        <div class="answers">
          <H2Like embedded={embedded}>你的回答</H2Like>
          <dl>
            {lines.map((line, i) => (
              <div class="answer-row" key={line.question}>
                <dt>{line.question}</dt>
                <dd>{line.answer}</dd>
                <dd>
                  <a
                    href={line.changeHref}
                    onClick={follow({ kind: 'question', id: state.path[i]?.question ?? flow.start }, state.path.slice(0, i))}
                  >
                    修改<span class="visually-hidden">：{line.question}</span>
                  </a>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {(state.at.kind === 'outcome' || (enhanced && (state.path.length > 0 || !state.ok))) && (
        <p class="step-links">
          {previous && state.at.kind === 'question' && (
            <a
              href={hrefFor(flow, { kind: 'question', id: previous.question }, state.path.slice(0, -1))}
              onClick={follow({ kind: 'question', id: previous.question }, state.path.slice(0, -1))}
            >
              返回上一题
            </a>
          )}
          <a href="/check/" onClick={follow(start, [])}>
            重新开始
          </a>
        </p>
      )}
    </div>
  );
}

function H2Like({ embedded, children }: { embedded: boolean; children: string }) {
  return embedded ? <h3>{children}</h3> : <h2>{children}</h2>;
}
