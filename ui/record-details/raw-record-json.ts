// The record as it came, for someone who needs every field: the old and new resource values are JSON text in the
// record, so they are shown parsed (indented) when they parse, and as the text they are when they do not.
import type { ActivityRecord } from '../../core/record/activity-record';

function parsedOrText(text: string): unknown {
  const t = text.trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return text;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return text;
  }
}

export function rawRecordJson(record: ActivityRecord): string {
  return JSON.stringify(
    { ...record, resourceOldValue: parsedOrText(record.resourceOldValue), resourceNewValue: parsedOrText(record.resourceNewValue) },
    null,
    2,
  );
}
