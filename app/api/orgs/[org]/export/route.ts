import { orgRoute } from "@/lib/auth/route";
import { organizationArchive, recordOrganizationExport } from "@/lib/data/privacy";
import { todayIn } from "@/lib/format";

export const dynamic = "force-dynamic";

/**
 * GET all of the organization's data as a ZIP (one CSV per table and
 * organization.json), streamed as it is read. Owners only; the download is
 * written to the audit log before the first byte goes out.
 */
export const GET = orgRoute("org.export", async ({ ctx, org }) => {
  await recordOrganizationExport(ctx);
  return new Response(organizationArchive(ctx), {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="maalbar-${org.slug}-${todayIn(org.timeZone)}.zip"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
