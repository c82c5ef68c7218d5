import { Link } from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import type { HistoryFilter } from "@/lib/data/measurements";

type Option = { value: string; label: string };
type Labels = Record<"label" | "channel" | "metric" | "from" | "to" | "source" | "person" | "apply" | "reset", string>;

/** Channel, metric, dates, source and person as a plain GET form: works without JavaScript, and the URL can be shared. */
export function HistoryFilterForm(props: {
  resetHref: string;
  labels: Labels;
  filter: HistoryFilter;
  channels: Option[];
  metrics: Option[];
  sources: Option[];
  people: Option[];
}) {
  const { labels, filter } = props;
  return (
    <form
      method="get"
      className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end [&_input]:w-full [&_select]:w-full sm:[&_input]:w-auto sm:[&_select]:w-auto sm:[&_select]:max-w-xs"
      aria-label={labels.label}
    >
      <FilterSelect id="history-channel" name="channel" label={labels.channel} value={filter.channelId ?? ""} options={props.channels} />
      <FilterSelect id="history-metric" name="metric" label={labels.metric} value={filter.metricId ?? ""} options={props.metrics} />
      <div className="space-y-1">
        <label htmlFor="history-from" className="block text-sm font-medium">
          {labels.from}
        </label>
        <input id="history-from" name="from" type="date" defaultValue={filter.from ?? ""} className="control" />
      </div>
      <div className="space-y-1">
        <label htmlFor="history-to" className="block text-sm font-medium">
          {labels.to}
        </label>
        <input id="history-to" name="to" type="date" defaultValue={filter.to ?? ""} className="control" />
      </div>
      <FilterSelect id="history-source" name="source" label={labels.source} value={filter.source ?? ""} options={props.sources} />
      <FilterSelect id="history-person" name="person" label={labels.person} value={filter.personId ?? ""} options={props.people} />
      <button type="submit" className={buttonClass("secondary")}>
        {labels.apply}
      </button>
      <Link href={props.resetHref} className={buttonClass("ghost")}>
        {labels.reset}
      </Link>
    </form>
  );
}
