/**
 * A small self-check graph the graph tests share: a diamond, start → left or right → join, a question
 * reached twice without a cycle. Built with the test file's own question maker `q` (each file words its
 * questions its own way); `join` answers `a` with `joinTo` (default: the outcome `end`).
 */
export const diamond = <Q>(q: (id: string, ...options: [string, string][]) => Q, joinTo = 'end'): Q[] => [
  q('start', ['a', 'left'], ['b', 'right']),
  q('left', ['a', 'join'], ['b', 'end']),
  q('right', ['a', 'join'], ['b', 'end']),
  q('join', ['a', joinTo], ['b', 'end']),
];
