// `npm run dev` (after `npm run build`): web/dist plus the fake API on http://127.0.0.1:PORT (default 8123).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { startFakeServer } from "./fake-api.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 8123);
const { url } = await startFakeServer({ port, distDir: join(here, "..", "dist") });
console.log(`page with a FAKE API on ${url}/ (Ctrl-C to stop)`);
