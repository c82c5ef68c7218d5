export { recordAudit, recordLoginAudit } from "./audit";
export { type AuditCursor, type AuditEntry, type AuditFilters, listAuditEvents, parseCursor } from "./audit-log";
