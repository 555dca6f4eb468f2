// Serves dist/ on http://localhost:4321 (or PORT) with scripts/static-server.mjs. Used by `npm start`; the
// browser tests and the benchmark start the same server.
import { startServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 4321);
const { url } = await startServer({ root: new URL('../dist/', import.meta.url), port, host: '127.0.0.1' });
console.log(`售后介入指南: ${url}`);
