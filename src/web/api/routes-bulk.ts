/** The bulk download: every shown figure of a release in one zip, at an address that names the release. */
import { createReadStream, existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bulkFileName, bulkZipPath, readyBulkZip } from '../../publish/bulk/bulk-zip.js';
import { contractDays } from '../../sources/contracts/contract-days.js';
import type { AppContext } from '../context.js';
import { API_PREFIX } from './prefix.js';
import { problemSchema, sendProblem } from './problem.js';

export const bulkResponse = z.object({
  release: z.string(),
  catalog: z.string(),
  file: z.string(),
  url: z.string().describe('The stable address of the zip of this release'),
  contents: z.array(z.string()),
});

const RELEASE = /^[0-9A-Za-z][0-9A-Za-z._-]*$/;
const ZIP = 'omgevingsanalyse.zip';

export function bulkApiRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const days = contractDays();

  r.get(
    '/bulk',
    {
      schema: {
        summary: 'Waar de bulkdownload van de actieve release staat',
        tags: ['bulk'],
        response: { 200: bulkResponse },
      },
    },
    async () => {
      const release = await ctx.releases.active();
      const file = bulkFileName(release.id);
      return {
        release: release.id,
        catalog: ctx.catalog.version,
        file,
        url: `${API_PREFIX}/bulk/${release.id}/${ZIP}`,
        contents: ['README.md', 'metadata.json', 'waarden.csv', 'waarden.parquet'],
      };
    },
  );

  r.get(
    `/bulk/:release/${ZIP}`,
    {
      schema: {
        summary: 'Alle getoonde cijfers van een release: tidy CSV, Parquet, metadata.json en README (zip)',
        tags: ['bulk'],
        produces: ['application/zip'],
        params: z.object({
          release: z.string().max(200).regex(RELEASE).describe('The release id (see /api/v1/bulk)'),
        }),
        response: { 200: z.string().describe('The zip file'), 404: problemSchema, 503: problemSchema },
      },
    },
    async (req, reply) => {
      const id = req.params.release;
      const active = await ctx.releases.active();
      let path: string;
      if (id === active.id) {
        const ready = readyBulkZip({ ...ctx, release: active }, days);
        if (!ready) {
          reply.header('retry-after', 60);
          return sendProblem(req, reply, 'bulk_building', {
            nl: 'De bulkdownload van deze release wordt nu klaargemaakt. Probeer het over enkele minuten opnieuw.',
            en: 'The bulk download of this release is being prepared now. Please try again in a few minutes.',
          });
        }
        path = ready;
      } else {
        // An older release is served from its stored zip; only the active one is built.
        path = bulkZipPath({ dir: ctx.releases.layout.releaseDir(id) }, ctx.catalog.version);
        if (!existsSync(path))
          return sendProblem(req, reply, 'unknown_release', {
            nl: `Geen bulkdownload voor release ${id}. De actieve release staat op ${API_PREFIX}/bulk.`,
            en: `No bulk download for release ${id}. The active release is at ${API_PREFIX}/bulk.`,
          });
      }
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${bulkFileName(id)}"`)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(createReadStream(path) as never);
    },
  );
}
