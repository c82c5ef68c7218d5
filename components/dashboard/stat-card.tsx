import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

export function StatCard({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) {
  return (
    <Card className="stat">
      <p>{label}</p>
      <p>{value}</p>
      {detail ? <div>{detail}</div> : null}
    </Card>
  );
}
