// Inline scripts the pages render verbatim. astro.config.mjs hashes each one into the Content Security
// Policy, so the text here is the single source of both the script and its hash.

/** Marks the document before first paint so the checklist can hide its no-JS lists (no layout shift). */
export const MARK_CHECKLIST_JS = "document.documentElement.classList.add('js-checklist')";

export const INLINE_SCRIPTS = [MARK_CHECKLIST_JS];
