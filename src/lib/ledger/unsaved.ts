/**
 * What a page says when storage refused timeline entries while the record beside them was saved: they
 * wait on the page (`write.ts`) and are written with the next save that goes through. Its own module,
 * so the pages that say it load nothing of the writing code.
 */
export const unsavedHistoryText = (count: number): string =>
  `时间线上${count > 1 ? `有 ${count} 条记录` : '这一条'}还没存上（浏览器存储已满）：本页开着时，下次保存会自动补记；关掉或刷新本页就没有了。`;
