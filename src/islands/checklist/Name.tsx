/**
 * A name the seller typed, isolated from the text around it: a right-to-left mark in it (U+202E, say,
 * from a share link) cannot reverse the rest of the line. A blank name (saved by an older version) still
 * shows something to tap.
 */
export function Name({ label }: { label: string }) {
  return <bdi>{label.trim() === '' ? '未命名案件' : label}</bdi>;
}
