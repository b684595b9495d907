// `npm run e2e:local`: the end-to-end test against web/dist + the FAKE API (e2e/fake-api.mjs) on a free
// loopback port. Checks the page alone, before and without the real server; `npm run e2e` with BASE_URL is
// the real thing.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { startFakeServer } from "./fake-api.mjs";
import { runE2E } from "./run.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const fake = await startFakeServer({ distDir: join(here, "..", "dist") });
let failed = 1;
try {
  ({ failed } = await runE2E({ baseUrl: fake.url }));
  console.log(`fake API requests: ${JSON.stringify(fake.counts)}`);
} finally {
  await fake.close();
}
process.exit(failed === 0 ? 0 : 1);
