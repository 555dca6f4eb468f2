/**
 * The shape of every piece of content, in one place. `src/content.config.ts` hands these to Astro's
 * content collections (so a bad file fails the build); unit tests use the same schemas on the raw files.
 * Kept free of `astro:*` imports so that plain Node (Vitest) can load it.
 */
import { z } from 'astro/zod';
import { FAQ_TOPIC_IDS, placeholdersIn, STAGE_IDS, STATEMENT_FIELD_IDS } from './vocabulary';

/** A stable, ASCII, URL-safe id: lower-case words joined by hyphens. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id: 小写字母、数字和连字符');

/** A calendar date written as YYYY-MM-DD. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式 YYYY-MM-DD');

/** Where a claim comes from. */
export const sourceSchema = z.object({
  /** What the source is, in a few words (site name or document title). */
  title: z.string().min(1),
  /** Address as read (archived copies were read; may have changed since). */
  url: z.string().min(1),
  /** The page's own date, or undefined when it showed none. */
  date: isoDate.or(z.string().regex(/^\d{4}(-\d{2})?$/)).optional(),
  /** How much a source of this kind can be trusted: law and API docs are official; the rest are not. */
  kind: z.enum(['law', 'pdd-api', 'rule-quote', 'merchant-site', 'seo', 'news', 'forum', 'non-pdd', 'search-log']),
  // search-log: not a source of the claim but the record of where we looked and found nothing.
});

/** How sure we are. `not-found`: we looked and could not confirm it; the site says so. */
export const confidenceSchema = z.enum(['high', 'medium', 'low', 'not-found']);

/** One rule fact: the only place a number or rule the site states may come from. */
export const factSchema = z.object({
  id: idSchema,
  /** The claim in plain Chinese, one or two sentences. */
  claim: z.string().min(1),
  /** The value as it is printed inline, e.g. "48 小时". Absent when the fact has no single value. */
  display: z.string().optional(),
  /** The numeric value and unit, for drawings (timeline) and comparisons. */
  value: z.number().optional(),
  unit: z.enum(['小时', '天', '张', '%', '单', '倍', '个工作日']).optional(),
  /** Which orders, stages or entry points the claim applies to. */
  appliesTo: z.string().min(1),
  confidence: confidenceSchema,
  /** At least one source; a `not-found` fact lists where we looked. */
  sources: z.array(sourceSchema).min(1),
  /** Other values that other sources give, shown to the reader as disagreement. */
  conflicts: z
    .array(z.object({ display: z.string(), confidence: confidenceSchema, sources: z.array(sourceSchema).min(1) }))
    .default([]),
  /**
   * What the other sources say, in a few words, for the badge beside the value: "也有说 36、48 小时".
   * Set it on every fact with conflicts, so the badge says what the figures are, not only that they differ.
   */
  otherFigures: z.string().optional(),
  /** Where in the seller back end (or app) to check the live value. */
  checkIn: z.string().optional(),
  /** True when the claim is a rule of another platform or of law, never to be shown as PDD's own. */
  scope: z.enum(['pdd', 'law', 'courier', 'other-platform']).default('pdd'),
  /** When we last compared the claim with its sources. */
  lastChecked: isoDate,
  /** The row of shared/facts/pdd-after-sales-facts.md it came from, for reviewers. */
  sheetRow: z.string().optional(),
});

/** One kind of proof, described once; scenarios, outcomes and the checklist refer to it by id. */
export const evidenceSchema = z.object({
  id: idSchema,
  /** Short name shown on the checklist line. */
  title: z.string().min(1),
  /** What it is, in one sentence. */
  what: z.string().min(1),
  /** Why it convinces the platform. */
  why: z.string().min(1),
  /** How and when to get it (back-end page, courier document, moment of recording). */
  how: z.array(z.string().min(1)).min(1),
  /** What a good one looks like. */
  good: z.string().min(1),
  /** Mistakes that make it worthless. */
  mistakes: z.array(z.string().min(1)).default([]),
  /** Fact ids about upload limits that apply to it. */
  limitFacts: z.array(idSchema).default([]),
  /**
   * When it can still be made: `anytime`; `before-shipping` (a packing video or weighing: once the
   * parcel left, a missing one cannot be made); `at-return-unpacking` (filming the returned parcel as
   * it is opened). The checklist never lets an item that can no longer be made hold a seller back.
   */
  obtainable: z.enum(['anytime', 'before-shipping', 'at-return-unpacking']).default('anytime'),
});

/** A glossary term. */
export const glossarySchema = z.object({
  id: idSchema,
  term: z.string().min(1),
  /** Other words sellers use for it (colloquial, typos, abbreviations): also fed to search. */
  aliases: z.array(z.string()).default([]),
  definition: z.string().min(1),
  /** The page that explains it in depth (site path). */
  seeAlso: z.string().startsWith('/').optional(),
});

/** One frequently asked question. */
export const faqSchema = z.object({
  id: idSchema,
  question: z.string().min(1),
  /** The topic it is listed under on /faq/ and whose questions are offered as related (src/lib/content/faq-topics.ts). */
  topic: z.enum(FAQ_TOPIC_IDS),
  /** The answer in a few sentences; may say plainly that something is unknown. */
  answer: z.string().min(1),
  /** Facts the answer relies on (shown with their sources). */
  facts: z.array(idSchema).default([]),
  /** Where to read more (site path, may carry #anchor). */
  more: z.string().startsWith('/'),
  /** The real seller question(s) it answers, verbatim, from shared/eval/seller-questions.tsv. */
  asked: z.array(z.string()).default([]),
});

/** A date in front matter: YAML reads an unquoted 2026-11-26 as a Date, so accept both and keep the text. */
const frontMatterDate = z.union([isoDate, z.date().transform((d) => d.toISOString().slice(0, 10))]);

/** One or two sentences; any digit comes from a fact placeholder. */
const answerSchema = z
  .string()
  .min(10)
  .refine((s) => !/[0-9０-９]/.test(s.replace(/\{\{[^}]*\}\}/g, '')), { message: '答案里的数字要用 {{事实 id}} 引用，不能直接写' })
  .refine((s) => (s.replace(/\{\{[^}]*\}\}/g, '').match(/[。！？]/g) ?? []).length <= 2, { message: '答案最多两句' });

/** Front matter of a guide chapter. */
export const guideSchema = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  /** Position in the guide's reading order. */
  order: z.number().int(),
  /** Date the text was last compared with the facts. */
  reviewed: frontMatterDate,
  /** Shorter title for the sidebar. */
  navTitle: z.string().optional(),
  /** Words sellers type when they look for this page; search puts the page first when they occur. */
  searchTerms: z.array(z.string().min(2)).default([]),
  /**
   * The page's answer, printed right under its title: one or two sentences saying what to do and by when.
   * Numbers only through facts (`{{id}}` prints a value, `{{id:claim}}` a claim), never typed.
   */
  answer: answerSchema,
});

/** Front matter of a dispute scenario page. */
export const scenarioSchema = guideSchema.extend({
  /** The home page card's line under the title: only what the page adds to its title (the description is for search engines). */
  card: z.string().min(1),
  /** Evidence that decides the case. */
  evidenceRequired: z.array(idSchema).min(1),
  /** Evidence that helps. */
  evidenceHelpful: z.array(idSchema).default([]),
  /** The self-check outcomes this scenario typically ends in. */
  outcomes: z.array(idSchema).min(1),
  /** The option of the self-check's type question that stands for this scenario. */
  checkType: idSchema.optional(),
});

export type Fact = z.infer<typeof factSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Confidence = z.infer<typeof confidenceSchema>;
export type EvidenceItem = z.infer<typeof evidenceSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type FaqEntry = z.infer<typeof faqSchema>;

/* ---------- The self-check (decision tree) ---------- */

/** A case stage id (the one list is `src/lib/shared/stages.ts`). */
export const stageIdSchema = z.enum(STAGE_IDS);

/** One answer to a self-check question. It leads to exactly one node: a question (`next`) or an outcome. */
export const checkOptionSchema = z
  .object({
    /** Id within its question; it appears in URLs. */
    id: idSchema,
    label: z.string().min(1),
    /** A line under the label that helps the seller pick. */
    hint: z.string().optional(),
    /** The question this answer leads to. */
    next: idSchema.optional(),
    /** The outcome this answer leads to (named as such, so no code has to guess what a target is). */
    outcome: idSchema.optional(),
    /** The case stage this answer tells us (only on the stage question); it goes into every later address. */
    stage: stageIdSchema.optional(),
    /** Shown only in these stages (a question that does not apply to a stage is simply not offered). */
    stages: z.array(stageIdSchema).min(1).optional(),
  })
  .refine((o) => (o.next === undefined) !== (o.outcome === undefined), {
    message: '选项必须恰好指向一个问题（next）或一个结论（outcome）',
  });

/** One question of the self-check. The start is the one question that no option leads to. */
export const checkQuestionSchema = z.object({
  id: idSchema,
  /** The question itself; it is the page's <h1> and the fieldset's legend. */
  title: z.string().min(1),
  /** Short label for the "你的回答" summary. */
  short: z.string().min(1),
  /** Help under the question: where in the back end to look. */
  hint: z.string().optional(),
  options: z.array(checkOptionSchema).min(2),
});

/** What the self-check concludes. */
export const verdictSchema = z.enum(['apply', 'settle', 'other-channel', 'not-yet', 'too-late', 'no-answer']);
// no-answer: the self-check has nothing fitting to say yet; the page says so and offers search, never a verdict.

/** Text that may cite facts as `{{fact-id}}` (rendered through the same fact component as pages). */
const factText = z.string().min(1);

/** One outcome of the self-check. What to do now depends on the stage: see `stage-advice.json`. */
export const checkOutcomeSchema = z.object({
  id: idSchema,
  verdict: verdictSchema,
  title: z.string().min(1),
  /** One sentence: the verdict in plain words, true in every stage the outcome is reached in. */
  summary: z.string().min(1),
  /** Why, in one to three points, true in every stage. */
  reasons: z.array(factText).min(1),
  /** Rules that matter for this outcome whatever the stage, as fact ids (the stage adds its own deadlines). */
  deadlineFacts: z.array(idSchema).default([]),
  /** This outcome's own first actions, true in every stage; the stage's actions follow them. */
  steps: z.array(factText).default([]),
  /** 现在就做 for one stage, replacing steps + the stage's actions where they would not fit. */
  byStage: z.partialRecord(stageIdSchema, z.array(factText).min(1).max(3)).default({}),
  /** How strong the seller's case is, in one honest phrase (defaults by verdict). */
  strength: z.string().optional(),
  /** Evidence items for the checklist. */
  evidence: z.object({ required: z.array(idSchema).default([]), helpful: z.array(idSchema).default([]) }),
  /** The scenario page to read. */
  scenario: idSchema.optional(),
  /** Other channels this outcome sends the seller to (guide anchors on the alternatives chapter). */
  channels: z.array(idSchema).default([]),
  /**
   * Pages that explain this outcome, beyond its scenario: site paths (may carry #anchor) with the link text.
   * A link to a page that does not exist fails the build, so a page still being written is added when it lands.
   */
  more: z.array(z.object({ href: z.string().startsWith('/'), label: z.string().min(1) })).optional(),
  /**
   * True for a refund without return after the buyer received the goods: the result starts from what the
   * seller's after-sales page offers (the 2025 change) and links /changes/.
   */
  refundOnly: z.boolean().optional(),
  /**
   * The time limit that runs for this outcome in a stage instead of the stage's own (an unshipped order's
   * refund limit, not the shipped order's), so the action box and the rules give one limit.
   */
  deadlineByStage: z.partialRecord(stageIdSchema, z.array(idSchema).min(1)).optional(),
  /** The first line of 现在就做 where `deadlineByStage` gives the outcome its own limit: that limit, as an action. */
  deadlineLine: z.partialRecord(stageIdSchema, factText).optional(),
}).refine((o) => Object.keys(o.deadlineByStage ?? {}).every((s) => o.deadlineLine?.[s as keyof typeof o.deadlineLine]), {
  message: 'deadlineByStage 的每个阶段都要有 deadlineLine：现在就做的第一条写这个时限',
});

/** What to do now in one stage, per verdict: the part of 现在就做 that depends on where the case stands. */
export const stageAdviceSchema = z.object({
  stage: stageIdSchema,
  /** The deadline that runs in this stage, as fact ids (first is the one that matters most). */
  deadlineFacts: z.array(idSchema).min(1),
  /** The deadline as the first line of 现在就做 ("收到举证通知后 {{evidence-window}} 内交齐"); none when no limit is known. */
  deadline: factText.optional(),
  /** Where in the back end this stage is handled. */
  where: z.string().min(1),
  /** The actions for each verdict in this stage (one or two lines; the outcome's own steps come first). */
  verdicts: z.partialRecord(verdictSchema, z.array(factText).min(1).max(2)),
  /** How strong the case is, per verdict, said honestly for this stage. */
  strength: z.partialRecord(verdictSchema, z.string().min(1)).default({}),
  /** The verdict's name where the general one would mislead in this stage (no "还差一步" when time is up). */
  labels: z.partialRecord(verdictSchema, z.string().min(1)).default({}),
});

export type CheckOption = z.infer<typeof checkOptionSchema>;
export type CheckQuestion = z.infer<typeof checkQuestionSchema>;
export type CheckOutcome = z.infer<typeof checkOutcomeSchema>;
export type StageAdvice = z.infer<typeof stageAdviceSchema>;
export type Verdict = z.infer<typeof verdictSchema>;

/** A seller word and the words the site uses for it (search synonyms). */
export const aliasSchema = z.object({
  id: idSchema,
  /** The site's own term, as it appears on pages. */
  term: z.string().min(1),
  /** What sellers type instead. */
  aliases: z.array(z.string().min(1)).min(1),
  /** Pages this vocabulary belongs to (site paths): search puts them first when an alias is typed. */
  pages: z.array(z.string().startsWith('/')).default([]),
});
export type Alias = z.infer<typeof aliasSchema>;

/* ---------- 举证说明 templates (content/statements/, one file per dispute type plus `generic`) ---------- */

/** Template text: `{fieldId}` placeholders must name a field of `STATEMENT_FIELDS` (src/lib/tools/statement.ts). */
const statementText = z
  .string()
  .min(1)
  .refine((s) => placeholdersIn(s).every((p) => (STATEMENT_FIELD_IDS as readonly string[]).includes(p)), {
    message: '占位符必须是 src/schemas/vocabulary.ts 里 STATEMENT_FIELD_IDS 的字段 id',
  });

/** A field id of `STATEMENT_FIELDS`. */
const statementFieldId = z.enum(STATEMENT_FIELD_IDS);

/** One template of the statement draft: the facts in order, each tied to the evidence that shows it. */
export const statementTemplateSchema = z.object({
  /** A scenario id (content/scenarios/<id>.mdx) or `generic`; for a letter, its own id. Equals the file name. */
  id: idSchema,
  /** `dispute` (default): the 举证说明 of one scenario. `letter`: an appeal or a request to the platform, for no scenario. */
  kind: z.enum(['dispute', 'letter']).default('dispute'),
  /** A letter's basis: fact ids the tool page prints with their sources (TOOL_PAGES.statement.facts). */
  basis: z.array(idSchema).default([]),
  /** Shown in the dispute-type picker. */
  title: z.string().min(1),
  /** First sentence: which order, what the buyer claims. */
  opening: statementText,
  /** The facts in the order they happened. */
  facts: z
    .array(
      z.object({
        text: statementText,
        /** Evidence ids (content/evidence.json) that show this fact; numbered in the statement. */
        evidence: z.array(idSchema).default([]),
        /** Only at these stages (e.g. the return's arrival once it has arrived); absent = every stage. */
        stages: z.array(stageIdSchema).min(1).optional(),
        /** A conclusion only the seller can draw (录像里商品新鲜、无破损): a checkbox; `text` is added only once ticked. */
        confirm: z.object({ id: idSchema, label: z.string().min(1), text: z.string().min(1) }).optional(),
        /** A conclusion that two fields agree (两次称重相符): `text` only when both are filled and equal, else 【请确认：ask】. */
        same: z.object({ fields: z.tuple([statementFieldId, statementFieldId]), text: z.string().min(1), ask: z.string().min(1) }).optional(),
      }),
    )
    .min(1),
  /** Last sentence per stage; the generic template's are used when a template has none for a stage. */
  closings: z.array(z.object({ stages: z.array(stageIdSchema).min(1), text: statementText })).default([]),
});

export type StatementTemplateData = z.infer<typeof statementTemplateSchema>;

/* ---------- Rule changes (content/changes.json, newest first; read by src/lib/content/changes.ts) ---------- */

/** A site path a change names: a page, `/faq/#id` or `/glossary/#id`; every one must exist (src/data/collections.ts `pageTitle` fails the build). */
const sitePath = z.string().regex(/^\/[a-z0-9/-]*(#[a-z0-9-]+)?$/, '站内地址：/开头，小写字母、数字、连字符，可以带 #id');

/** One rule change that matters to sellers: the 规则变化 page lists it; every page in `pages` shows a 规则有变化 note. */
export const ruleChangeSchema = z.object({
  /** Anchor on /changes/. */
  id: idSchema,
  /** When it happened or was reported, YYYY-MM or YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  title: z.string().min(1),
  /** The facts that tell it, in reading order (fact ids; the page prints them with sources). */
  facts: z.array(idSchema).min(1),
  /** What it means for a seller now, in a sentence (no rule values here: they are in the facts). */
  meaning: z.string().min(1),
  /** Site paths rewritten because of it. */
  pages: z.array(sitePath).min(1),
  /** `refund-only`: it also rewrote every self-check result marked `refundOnly` (listed from content/check/outcomes.json). */
  results: z.enum(['refund-only']).optional(),
  /** Pages that touch it but were not rewritten for it yet: listed on /changes/ as 尚未改写. */
  notYet: z.array(sitePath).default([]),
});
export type RuleChange = z.infer<typeof ruleChangeSchema>;

/* ---------- Court-case library (content/court-cases.json): examples, never predictions ---------- */

/** One court decision a seller can learn from, as reported. Shown on /guide/sue-or-police/ by id. */
export const courtCaseSchema = z.object({
  /** Stable id, cited from MDX as `<CourtCase id="…" />`; an unknown id fails the build. */
  id: idSchema,
  /** The court, as reported. */
  court: z.string().min(1),
  /** When it was decided or reported: YYYY, YYYY-MM or YYYY-MM-DD; `undefined` when the reports give none. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  /** What happened, in one or two sentences. */
  facts: z.string().min(1),
  /** What the court decided. */
  outcome: z.string().min(1),
  /** What the seller got out of it. */
  sellerGot: z.string().min(1),
  /** What the seller asked for and did not get ('' when the reports say nothing). */
  sellerDidNotGet: z.string().default(''),
  /** What a seller can take from it, without promising the same result. */
  lesson: z.string().min(1),
  /** Not a PDD case, or a criminal case: said on the card. */
  kind: z.enum(['civil', 'criminal']).default('civil'),
  sources: z.array(sourceSchema).min(1),
  confidence: confidenceSchema,
  /** The facts row (content/facts.json) that carries the library's overall claim; must exist. */
  fact: idSchema,
});
export const courtCasesSchema = z.array(courtCaseSchema).min(1);
export type CourtCase = z.infer<typeof courtCaseSchema>;
