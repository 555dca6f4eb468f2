/**
 * What a seller's question asks, by its question words: `ask` is a pattern for the query, `answer` for a
 * page's own question (title, FAQ question, heading) that asks the same. Carried in the search data
 * (src/pages/search-data.json.ts), so the search script stays small; read by extractTerms (query.ts) and used by rank() (rank.ts).
 */

/** `ask`: a pattern for the seller's query; `answer`: for a page's phrase. */
export interface Intent {
  id: string;
  ask: string;
  answer: string;
}

export const INTENTS: readonly Intent[] = [
  { id: 'who-pays', ask: '谁(出|付|掏|承担|负责|赔|买单)|由谁|算谁的', answer: '谁|还是' },
  { id: 'how-long', ask: '多久|多长时间|几天|多少天|几个?小时|多少小时|几周|一周|几个月|什么时候|没动静|还没(出|判|结果)|要等', answer: '多久|多长时间|时间|时限|几天|期限' },
  { id: 'how-much', ask: '多少钱|赔多少|补多少|扣多少|多少(比例|标准)|怎么算|怎么计算|标准是', answer: '多少|计算|标准' },
  { id: 'can-i', ask: '能不能|可不可以|可以吗|能吗|能否|行吗|行不行|允许|有没有办法', answer: '能|可以' },
  { id: 'where', ask: '在哪|哪里|哪儿|入口|找不到', answer: '在哪|哪里|入口' },
  { id: 'meaning', ask: '什么意思|啥意思|是什么|是啥|指什么|名词解释', answer: '什么意思|是什么|术语' },
  { id: 'consequence', ask: '会怎样|会怎么样|会怎么|严重吗|影响|后果|有事吗|会不会被', answer: '会怎样|严重|影响|后果' },
];
