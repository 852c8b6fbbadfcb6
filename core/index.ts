// The one public entry of the core: plain TypeScript with no DOM, browser or Node API, shared by the extension,
// the PWA, the CLI, the sample server and the benchmarks. One line per export says what it is for.

export type { ActivityRecord } from './activity-record'; // Every field of a Partner Center audit record, plus its source and stable dedupe key.
export type { RecordSource } from './activity-record'; // Where a record entered Activity Lens (api, dashboard CSV, our export, PowerShell, sample…).
export type { OperationStatus } from './activity-record'; // The statuses Partner Center documents; others are kept as they come.
export type { KeyValue } from './activity-record'; // One name/value pair of customizedData.
export { emptyRecord } from './activity-record'; // A record with every field empty: the base every normaliser fills in.

export type { AuditRecordJson } from './audit-record-json'; // One audit record as the API sends it (camelCase wire shape, SPEC §2).
export type { AuditRecordPageJson } from './audit-record-json'; // One page of GET /v1/auditrecords: items, totalCount, links.next.
export type { PartnerCenterErrorJson } from './audit-record-json'; // Partner Center's error body (code, description).

export { recordKey } from './record-key'; // The dedupe key: `id:<api id>`, else `h:<content hash>` that survives our CSV round trip.
export { withKey } from './record-key'; // The record with its key filled in.
export { contentHash } from './record-key'; // A fast 64-bit content hash as 16 hex characters.

export { dedupeRecords } from './dedupe'; // Records without repeats (first kept, order kept) and how many repeats were dropped.
export { RecordDeduper } from './dedupe'; // Streaming dedupe: remembers keys seen so far.

export { toIsoUtc } from './utc-date'; // Any date a source writes (ISO, PowerShell, en-US, European, ours) as UTC ISO, or undefined.
export { toExcelDateTime } from './utc-date'; // `yyyy-MM-dd HH:mm:ss` UTC: the date-time form Excel reads as a date.
export { utcDay } from './utc-date'; // The UTC calendar day `yyyy-MM-dd` of an ISO date.
export type { DayOrder } from './utc-date'; // Day-first or month-first, for ambiguous slash dates.

export { foldText } from './fold-text'; // Lower case, no diacritics, single spaces: how names typed by people are compared.
export { foldLetters } from './fold-text'; // Lower case and no diacritics, spacing untouched.

export type { Lang } from './locale'; // Our two UI languages: 'en' | 'it'.
export { langFromLocale } from './locale'; // The UI language for a browser locale (Italian for it-*, else English).
export type { CsvDelimiter } from './locale'; // ',' or ';'.
export { csvDelimiterForLocale } from './locale'; // The delimiter Excel expects in a locale (';' where the decimal separator is a comma).

export { labels } from './labels'; // Every shared UI string in English or Italian, worded as the dashboard words it.
export type { Labels } from './labels'; // The shape of those strings (a missing Italian string fails the build).
export { formatCount } from './labels'; // "1,234 records" / "1.234 record".
export { formatNumber } from './labels'; // 20,000 / 20.000: a count as that language writes it.
export { ACTIVITY_LOG_ROLES } from './labels'; // The Partner Center roles that may read the activity log, en and it.

export { actionText } from './action-text'; // The Action column's sentence for a record, in en or it.
export { operationTypeFromActionText } from './action-text'; // The operationType an Action sentence (en or it) stands for, when known.
export { humanise } from './action-text'; // "some_new_thing" → "some new thing", for types we have no words for.
export { KNOWN_OPERATION_TYPES } from './action-text'; // Every operationType SPEC §2 lists.
export { knownActions } from './action-text'; // The Action filter's choices: every known action's sentence in en or it.
export { operationTypesForFilter } from './action-text'; // The operationTypes an Action filter's words stand for ("order" → both order actions).
export { KNOWN_RESOURCE_TYPES } from './resource-type'; // The resource types SPEC §2 lists.
export { resourceTypeFromText } from './resource-type'; // "Customer user" → customer_user, for the Resource type filter.

export { statusText } from './status-text'; // A readable status in en or it; unknown ones humanised.
export { statusFromText } from './status-text'; // The API status for a word in either language.
export { KNOWN_STATUSES } from './status-text'; // The statuses Partner Center documents.

export { recordDetails } from './record-details'; // The down-arrow content: order products, old → new changes, customizedData, ids; never throws.
export { detailsText } from './record-details'; // The same details as one plain-text cell (the CSV Details column).
export type { RecordDetails } from './record-details'; // What recordDetails returns.
export type { OrderProduct } from './record-details'; // One product of an order (name, quantity, ids).
export type { FieldChange } from './record-details'; // One changed field: name, oldValue, newValue.

export type { ActivityQuery } from './activity-query'; // What the user asked to see, as one plain serialisable object.
export type { Period } from './activity-query'; // A From/to period of UTC days.
export { defaultPeriod } from './activity-query'; // The dashboard's default period: the most recent month (UTC).
export { todayPeriod } from './activity-query'; // Today (UTC) as a period.
export { isEmptyQuery } from './activity-query'; // True when the query filters nothing beyond its period.
export { compileQuery } from './activity-query'; // The query as one fast predicate, needles folded once.
export { textSearchFields } from './activity-query'; // The fields free-text search looks at, one string each (what a word must be inside).
export { matchesQuery } from './activity-query'; // Whether one record matches a query.
export { newestFirst } from './activity-query'; // The sort order of every list: newest first, key breaking ties.
export { queryRecords } from './activity-query'; // Filters and sorts an array with a query (the side panel's path).
export { queryToSearchParams } from './activity-query'; // A query as URL search parameters (bookmarkable views).
export { queryFromSearchParams } from './activity-query'; // The inverse of queryToSearchParams.
export { describeQuery } from './activity-query'; // One short line saying what a query filters.
export { serverFilterFor } from './activity-query'; // The one condition of a query that Partner Center's filter parameter can carry.
export type { ServerFilter } from './activity-query'; // That condition.

export { subscriptionsLink } from './subscriptions-link'; // The customer's Subscriptions page on the dashboard.
export { customerIdFromDashboardUrl } from './subscriptions-link'; // The customer id of a dashboard customer page URL.
export { SUBSCRIPTIONS_URL_TEMPLATE } from './subscriptions-link'; // The dashboard URL pattern those links follow.

export { EXPORT_COLUMNS } from './export-columns'; // The CSV export's columns in order, with en/it headers (writer and reader share them).
export type { ExportColumnId } from './export-columns'; // The id of one export column.

export { excelCell } from './csv-cell'; // One cell as written: formula guard, cut to Excel's limit with a marker, RFC 4180 quoting.
export { guardCell } from './csv-cell'; // The formula-injection / number-mangling guard alone (leading `'`).
export { unguardCell } from './csv-cell'; // Removes exactly the guard guardCell adds (for re-import).
export { quoteCell } from './csv-cell'; // RFC 4180 quoting of an already guarded cell.
export { truncationMarker } from './csv-cell'; // What ends a cell cut at Excel's limit, in en or it.
export { EXCEL_MAX_CELL_CHARS } from './csv-cell'; // Excel's 32,767-character cell limit.
export { LONG_DIGIT_TEXT_MIN_LENGTH } from './csv-cell'; // Digit runs this long stay text so Excel does not round them.

export { excelCsvChunks } from './excel-csv-writer'; // Export log as Excel CSV, streamed in chunks: BOM, CRLF, locale delimiter, split past Excel's row limit, cancellable.
export { excelCsvChunksAsync } from './excel-csv-writer'; // The same over records that arrive asynchronously.
export { excelCsvHeader } from './excel-csv-writer'; // The header line in en or it.
export { excelCsvRow } from './excel-csv-writer'; // One record's line.
export type { CsvChunk } from './excel-csv-writer'; // One chunk of text with its file number and row count.
export type { ExcelCsvOptions } from './excel-csv-writer'; // Language, delimiter, rows per file, progress and cancel.
export { EXCEL_MAX_ROWS } from './excel-csv-writer'; // Excel's 1,048,576 rows per sheet, header included.

export { jsonChunks } from './json-writer'; // The lossless JSON export, streamed in chunks.
export { jsonChunksAsync } from './json-writer'; // The same over records that arrive asynchronously.
export type { JsonExportOptions } from './json-writer'; // Progress and cancel for a JSON export.
export { LENS_JSON_VERSION } from './json-writer'; // The version of our JSON export's shape.

export { exportFileName } from './export-file-name'; // `activity-log_{from}_{to}.csv`, numbered when an export is split.
export { periodOf } from './export-file-name'; // The first and last UTC day of some records.
export type { ExportFileNameOptions } from './export-file-name'; // Period, format and part number of an export's name.

export type { ImportProblem } from './import-problem'; // One problem an import met: file, row, kind, what is wrong.
export type { ImportProblemKind } from './import-problem'; // The kinds of import problem.
export type { ImportFormat } from './import-problem'; // The formats an import recognises.
export type { ImportResult } from './import-problem'; // Records read plus the problems met, good rows never lost to bad ones.

export { recordsFromFile } from './records-from-file'; // Any file a user names (CSV or JSON, sniffed) as records and problems.

export { recordsFromCsv } from './records-from-csv'; // A dashboard Export log CSV (en/it, any column order) or our own export as records.
export { createCsvRecordParser } from './records-from-csv'; // The streaming form: push text chunks, get records as rows complete.
export { normaliseHeader } from './records-from-csv'; // A CSV header as matched (case, spacing, BOM ignored).
export type { CsvRecordParser } from './records-from-csv'; // The streaming parser's interface.
export type { CsvRecordBatch } from './records-from-csv'; // The records and problems of one pushed chunk.

export { recordsFromJsonText } from './records-from-api-json'; // JSON text (API pages/arrays, PowerShell, our export) as records; bad JSON is one problem.
export { recordsFromApiJson } from './records-from-api-json'; // The same from already parsed JSON.

export { recordFromAuditJson } from './record-from-audit-json'; // One audit record in any JSON casing as an ActivityRecord, or a problem.
export { POWERSHELL_ENUMS } from './record-from-audit-json'; // Partner Center SDK enum orders, for PowerShell's numeric enums.

export { readCsv } from './csv-reader'; // Reads a whole CSV text (BOM, ',' or ';', any line ending, quoted newlines).
export { CsvRowReader } from './csv-reader'; // Incremental CSV reader for streamed text.
export { detectDelimiter } from './csv-reader'; // Which of ',' and ';' a header line uses.
export type { CsvTable } from './csv-reader'; // A read CSV: header and rows.
export type { CsvReaderDelimiter } from './csv-reader'; // The delimiters the reader accepts.

export { generateSampleRecords } from './sample-generator'; // Seeded, deterministic, realistic sample records, any count, streamed.
export { generateAuditRecords } from './sample-generator'; // The same as the API's wire JSON (for the sample server).
export type { SampleOptions } from './sample-generator'; // Count, seed, now and days of a sample.
export { SAMPLE_CUSTOMERS } from './sample-generator'; // The sample's ~200 customers (accented, quoted, comma-laden, long names).
export type { SampleCustomer } from './sample-generator'; // One sample customer.
export { SAMPLE_PARTNER_ID } from './sample-generator'; // The partner tenant id of the sample.
export { SAMPLE_OPERATIONS } from './sample-generator'; // The operation/resource pairings the sample draws from.
export { FORMULA_LOOKING_VALUES } from './sample-generator'; // Texts a spreadsheet would run as formulas, seeded into the sample.

export { fetchAuditRecords } from './partner-center-client'; // The API client: ≤30-day chunks in parallel, paging, retries, dedupe, progress, cancel; yields pages.
export type { FetchAuditRecordsOptions } from './partner-center-client'; // Its options: fetch, token provider, period, filter, parallelism, signal, progress.
export type { FetchFilter } from './partner-center-client'; // The server condition to send and the local predicate to keep.
export type { ServerFilterCondition } from './partner-center-client'; // One condition of the API's filter parameter.
export type { FetchProgress } from './partner-center-client'; // Chunk i of n, records so far, totalCount when known, clamping message.
export type { FetchedPage } from './partner-center-client'; // One page of new records as the client yields it.
export { RETENTION_DAYS } from './partner-center-client'; // Partner Center keeps 90 days.

export { PartnerCenterError } from './partner-center-error'; // A failed Partner Center call: kind, status and a sentence for the user.
export type { PartnerCenterErrorKind } from './partner-center-error'; // unauthorized, forbidden, bad-request, throttled, server, network, cancelled, protocol.
export { forbiddenError } from './partner-center-error'; // The 403 error naming the roles that may read the log.

export { dateChunks } from './date-chunks'; // A period as consecutive ≤30-day chunks, newest first.
export type { DateChunk } from './date-chunks'; // One chunk's start and end.

export { backoffDelay } from './retry-policy'; // Exponential backoff with full jitter, capped.
export { retryAfterMs } from './retry-policy'; // Retry-After (seconds or HTTP date) in ms, capped.
export { MAX_RETRY_AFTER_MS } from './retry-policy'; // The cap on any Retry-After wait.

