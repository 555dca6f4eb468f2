// Serves dist/ on http://127.0.0.1:4321 (or PORT) with astro preview. Used by `npm start`; the browser
// tests and the benchmark start the same server (scripts/static-server.mjs).
import { startServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 4321);
const { url } = await startServer({ port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`售后介入指南: ${url}`);
