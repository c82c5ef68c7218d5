const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Record ids are UUIDs; anything else is answered as "not found" before it reaches the database. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
