/**
 * Route data, worked out once per page as Astro renders it (at build time: every page is static), as
 * Starlight does: the content's cross-references are checked (the build stops on a broken id), and the
 * facts the page cites are listed in order of first use, for its source marks (Fact.astro) and the list
 * at its foot (PageSources.astro).
 */
import { defineMiddleware } from 'astro:middleware';
import { assertContentIntegrity, routeFacts } from '~/data/collections';

export const onRequest = defineMiddleware(async (context, next) => {
  await assertContentIntegrity();
  context.locals.citedFacts = await routeFacts(context.url.pathname);
  return next();
});
