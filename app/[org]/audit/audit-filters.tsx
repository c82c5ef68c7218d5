import { Link } from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import type { AuditFilters } from "@/lib/data/audit";

type Option = { value: string; label: string };
export type AuditFilterLabels = { label: string; kind: string; person: string; from: string; to: string; apply: string; reset: string };

/** Kind, person and date range as a plain GET form: works without JavaScript, and the URL can be shared. */
export function AuditFilterForm({
  resetHref,
  labels,
  kinds,
  people,
  filters,
}: {
  resetHref: string;
  labels: AuditFilterLabels;
  kinds: Option[];
  people: Option[];
  filters: AuditFilters;
}) {
  return (
    <form method="get" className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end" aria-label={labels.label}>
      <FilterSelect id="audit-kind" name="kind" label={labels.kind} value={filters.kind ?? ""} options={kinds} />
      <FilterSelect id="audit-person" name="person" label={labels.person} value={filters.personId ?? ""} options={people} />
      <div className="space-y-1">
        <label htmlFor="audit-from" className="block text-sm font-medium">
          {labels.from}
        </label>
        <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} className="control" />
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-to" className="block text-sm font-medium">
          {labels.to}
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} className="control" />
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        {labels.apply}
      </button>
      <Link href={resetHref} className={buttonClass("ghost")}>
        {labels.reset}
      </Link>
    </form>
  );
}
