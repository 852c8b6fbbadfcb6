// The one public entry of the core: plain TypeScript with no DOM, browser or Node API, shared by the extension,
// the PWA, the CLI, the sample server and the benchmarks. One line per export says what it is for.

export type { ActivityRecord } from './record/activity-record'; // Every field of a Partner Center audit record, plus its source and stable dedupe key.
export type { RecordSource } from './record/activity-record'; // Where a record entered Activity Lens (api, dashboard CSV, our export, PowerShell, sample…).
export type { OperationStatus } from './record/activity-record'; // The statuses Partner Center documents; others are kept as they come.
export type { KeyValue } from './record/activity-record'; // One name/value pair of customizedData.
export { emptyRecord } from './record/activity-record'; // A record with every field empty: the base every normaliser fills in.
export { customerIdFromText } from './record/activity-record'; // A customer id as readers keep it: a GUID lower-cased, anything else exactly.

export type { AuditRecordJson } from './record/audit-record-json'; // One audit record as the API sends it (camelCase wire shape, SPEC §2).
export type { AuditRecordPageJson } from './record/audit-record-json'; // One page of GET /v1/auditrecords: items, totalCount, links.next.
export type { PartnerCenterErrorJson } from './record/audit-record-json'; // Partner Center's error body (code, description).

export { recordKey } from './record/record-key'; // The dedupe key: `id:<api id>`, else `h:<content hash>` that survives our CSV round trip.
export { withKey } from './record/record-key'; // The record with its key filled in.
export { contentHash } from './record/record-key'; // A fast 64-bit content hash as 16 hex characters.

export { dedupeRecords } from './record/dedupe'; // Records without repeats (first kept, order kept) and how many repeats were dropped.
export { RecordDeduper } from './record/dedupe'; // Streaming dedupe: remembers keys seen so far.

export { toIsoUtc } from './reading/utc-date'; // Any date a source writes (ISO, PowerShell, en-US, European, ours) as UTC ISO, or undefined.
export { toExcelDateTime } from './reading/utc-date'; // `yyyy-MM-dd HH:mm:ss` UTC: the date-time form Excel reads as a date.
export { utcDay } from './reading/utc-date'; // The UTC calendar day `yyyy-MM-dd` of an ISO date.
export type { DayOrder } from './reading/utc-date'; // Day-first or month-first, for ambiguous slash dates.

export { foldText } from './asking/fold-text'; // Lower case, no diacritics, single spaces: how names typed by people are compared.
export { foldLetters } from './asking/fold-text'; // Lower case and no diacritics, spacing untouched.
export { NON_ASCII } from './asking/fold-text'; // Matches any character outside ASCII: ASCII text needs no Unicode folding.
export { isDigits } from './reading/ascii-digits'; // Whether a range of a text is all ASCII digits 0-9.

export type { Lang } from './words/locale'; // Our two UI languages: 'en' | 'it'.
export { langFromLocale } from './words/locale'; // The UI language for a browser locale (Italian for it-*, else English).
export type { CsvDelimiter } from './words/locale'; // ',' or ';'.
export { csvDelimiterForLocale } from './words/locale'; // The delimiter Excel expects in a locale (';' where the decimal separator is a comma).

export { logText } from './words/log-text'; // Every shared UI string in English or Italian, worded as the dashboard words it.
export type { LogText } from './words/log-text'; // The shape of those strings (a missing Italian string fails the build).
export { formatCount } from './words/log-text'; // "1,234 records" / "1.234 record".
export { formatNumber } from './words/log-text'; // 20,000 / 20.000: a count as that language writes it.
export { ACTIVITY_LOG_ROLES } from './words/log-text'; // The Partner Center roles that may read the activity log, en and it.

export { actionText } from './words/action-text'; // The Action column's sentence for a record, in en or it.
export { operationTypeFromActionText } from './words/action-text'; // The operationType an Action sentence (en or it) stands for, when known.
export { humanise } from './words/action-text'; // "some_new_thing" → "some new thing", for types we have no words for.
export { KNOWN_OPERATION_TYPES } from './words/action-text'; // Every operationType of the SDK enum (SPEC §7) but Undefined: each has an en and it sentence.
export { OPERATION_TYPES_BY_NUMBER } from './words/action-text'; // The SDK's OperationType enum in order: index = PowerShell 5.1's integer.
export { knownActions } from './words/action-text'; // The Action filter's choices: every known action's sentence in en or it.
export { operationTypesForFilter } from './words/action-text'; // The operationTypes an Action filter's words stand for ("order" → both order actions).
export { KNOWN_RESOURCE_TYPES } from './record/resource-type'; // Every resource type of the SDK enum (SPEC §7) but Undefined, by name.
export { RESOURCE_TYPES_BY_NUMBER } from './record/resource-type'; // The SDK's ResourceType enum in order: index = PowerShell 5.1's integer.
export { resourceTypeFromText } from './record/resource-type'; // "Customer user" → customer_user, for the Resource type filter.

export { statusText } from './words/status-text'; // A readable status in en or it; unknown ones humanised.
export { statusFromText } from './words/status-text'; // The API status for a word in either language.
export { KNOWN_STATUSES } from './words/status-text'; // The statuses Partner Center documents, in the SDK enum's order.
export { statusCellText } from './words/status-text'; // Our CSV's Status cell: a known status in words, any other exactly as it is.
export { statusFromCellText } from './words/status-text'; // Reverses statusCellText exactly (for reading our CSV back).

export { recordDetails } from './words/record-details'; // The down-arrow content: order products, old → new changes, customizedData, ids; never throws.
export { detailsText } from './words/record-details'; // The same details as one plain-text cell (the CSV Details column).
export type { RecordDetails } from './words/record-details'; // What recordDetails returns.
export type { OrderProduct } from './words/record-details'; // One product of an order (name, quantity, ids).
export type { FieldChange } from './words/record-details'; // One changed field: name, oldValue, newValue.

export type { ActivityQuery } from './asking/activity-query'; // What the user asked to see, as one plain serialisable object.
export type { Period } from './asking/activity-query'; // A From/to period of UTC days.
export { defaultPeriod } from './asking/activity-query'; // The dashboard's default period: the most recent month (UTC).
export { todayPeriod } from './asking/activity-query'; // Today (UTC) as a period.
export { isEmptyQuery } from './asking/activity-query'; // True when the query filters nothing beyond its period.
export { compileQuery } from './asking/activity-query'; // The query as one fast predicate, needles folded once.
export { textSearchFields } from './asking/activity-query'; // The fields free-text search looks at, one string each (what a word must be inside).
export { matchesQuery } from './asking/activity-query'; // Whether one record matches a query.
export { newestFirst } from './asking/activity-query'; // The sort order of every list: newest first, key breaking ties.
export { queryRecords } from './asking/activity-query'; // Filters and sorts an array with a query (the side panel's path).
export { queryToSearchParams } from './asking/activity-query'; // A query as URL search parameters (bookmarkable views).
export { queryFromSearchParams } from './asking/activity-query'; // The inverse of queryToSearchParams.
export { describeQuery } from './asking/activity-query'; // One short line saying what a query filters.
export { serverFilterFor } from './asking/activity-query'; // The one condition of a query that Partner Center's filter parameter can carry.
export type { ServerFilter } from './asking/activity-query'; // That condition.

export { subscriptionsLink } from './leaving/subscriptions-link'; // The customer's Subscriptions page on the dashboard.
export { customerIdFromDashboardUrl } from './leaving/subscriptions-link'; // The customer id of a dashboard customer page URL.
export { SUBSCRIPTIONS_URL_TEMPLATE } from './leaving/subscriptions-link'; // The dashboard URL pattern those links follow.

export { EXPORT_COLUMNS } from './leaving/export-columns'; // The CSV export's columns in order, with en/it headers (writer and reader share them).
export type { ExportColumnId } from './leaving/export-columns'; // The id of one export column.

export { excelCell } from './leaving/csv-cell'; // One cell as written: formula guard, cut to Excel's limit with a marker, RFC 4180 quoting.
export { needsGuard } from './leaving/csv-cell'; // Whether guardCell would prefix a text (the writer asks once per cell).
export { guardCell } from './leaving/csv-cell'; // The formula-injection / number-mangling guard alone (leading `'`).
export { unguardCell } from './leaving/csv-cell'; // Removes exactly the guard guardCell adds (for re-import).
export { quoteCell } from './leaving/csv-cell'; // RFC 4180 quoting of an already guarded cell.
export { truncationMarker } from './leaving/csv-cell'; // What ends a cell cut at Excel's limit, in en or it.
export { EXCEL_MAX_CELL_CHARS } from './leaving/csv-cell'; // Excel's 32,767-character cell limit.
export { LONG_DIGIT_TEXT_MIN_LENGTH } from './leaving/csv-cell'; // Digit runs this long stay text so Excel does not round them.

export { excelCsvChunks } from './leaving/excel-csv-writer'; // Export log as Excel CSV, streamed in chunks: BOM, CRLF, locale delimiter, split past Excel's row limit, cancellable.
export { excelCsvChunksAsync } from './leaving/excel-csv-writer'; // The same writer over records that arrive asynchronously (through async-record-feed).
export { csvChunkRows } from './leaving/excel-csv-writer'; // Most records one CSV chunk takes.
export { excelCsvHeader } from './leaving/excel-csv-writer'; // The header line in en or it.
export { excelCsvRow } from './leaving/excel-csv-writer'; // One record's line.
export { writeExcelCell } from './leaving/excel-csv-writer'; // The writer's per-cell step: one cell as excelCell writes it, as UTF-8 bytes.
export { Utf8Out } from './leaving/utf8-out'; // The growing UTF-8 buffer the CSV writer writes into (quotes doubled on the bytes).
export type { CsvChunk } from './leaving/excel-csv-writer'; // One chunk of the file's UTF-8 bytes with its file number and row count.
export type { ExcelCsvOptions } from './leaving/excel-csv-writer'; // Language, delimiter, rows per file, progress and cancel.
export { EXCEL_MAX_ROWS } from './leaving/excel-csv-writer'; // Excel's 1,048,576 rows per sheet, header included.

export { jsonChunks } from './leaving/json-writer'; // The lossless JSON export, streamed in chunks.
export { jsonChunksAsync } from './leaving/json-writer'; // The same writer over records that arrive asynchronously (through async-record-feed).
export { jsonChunkRecords } from './leaving/json-writer'; // Most records one JSON chunk takes.

export { writeExportFiles } from './leaving/export-files'; // Export log, once for every surface: records → named, split files, written into a sink.
export { exportChunks } from './leaving/export-files'; // The bytes of every file of a CSV or JSON export, in order.
export { exportName } from './leaving/export-files'; // The name of a one-file export (the period's, or a chosen one).
export { exportFileNames } from './leaving/export-files'; // The names of an export's files once their count is known.
export { ExportCancelled } from './leaving/export-files'; // What a cancelled export rejects with (kind 'cancelled').
export type { ExportFilesOptions } from './leaving/export-files'; // Format, language, delimiter, period or name, rows per file, cancel, progress.
export type { ExportFormat } from './leaving/export-files'; // 'csv' | 'json'.
export type { ExportChunk } from './leaving/export-files'; // One piece of an export's bytes: file number, bytes, rows so far, rows in it.
export type { ExportSink } from './leaving/export-sink'; // Where an export's files go: open → write → close, finish with names, or abort; one per surface.
export type { ExportFileWriter } from './leaving/export-sink'; // One file being written into a sink.
export type { NamedExportFile } from './leaving/export-sink'; // One written file: part, name, rows.
export { chunksText } from './leaving/chunks-text'; // An export's chunks read back as UTF-8 text (checks and tests; the writers only make bytes).
export { inMemoryExportSink } from './leaving/memory-export-sink'; // A sink that keeps the bytes in memory and saves the named files at the end.
export type { InMemoryExportFile } from './leaving/memory-export-sink'; // A named file with its chunks of bytes.
export { chunksFromAsyncRecords } from './leaving/async-record-feed'; // Runs a synchronous writer over records (or batches) that arrive asynchronously.
export { isAsyncRecords } from './leaving/async-record-feed'; // Whether export records arrive asynchronously.
export type { ExportRecords } from './leaving/async-record-feed'; // Records for an export: an iterable, or an async iterable of records or batches.
export type { JsonExportOptions } from './leaving/json-writer'; // Progress and cancel for a JSON export.
export { LENS_JSON_VERSION } from './leaving/json-writer'; // The version of our JSON export's shape.

export { exportFileName } from './leaving/export-file-name'; // `activity-log_{from}_{to}.csv`, numbered when an export is split.
export { partFileName } from './leaving/export-file-name'; // The `_part-2-of-3` name of one part of any file name.
export { periodOf } from './leaving/export-file-name'; // The first and last UTC day of some records.
export type { ExportFileNameOptions } from './leaving/export-file-name'; // Period, format and part number of an export's name.

export type { ImportProblem } from './reading/import-problem'; // One problem an import met: file, row, kind, what is wrong.
export type { ImportProblemKind } from './reading/import-problem'; // The kinds of import problem.
export type { ImportFormat } from './reading/import-problem'; // The formats an import recognises.
export type { ImportResult } from './reading/import-problem'; // Records read plus the problems met, good rows never lost to bad ones.

export { recordsFromFile } from './reading/records-from-file'; // Any file a user names (CSV or JSON, sniffed) as records and problems.
export { createFileRecordParser } from './reading/records-from-file'; // The same for a file of any size: push its bytes chunk by chunk, get records as they complete.
export { recordsFromBytes } from './reading/records-from-file'; // A file arriving as byte chunks (a File's stream, a Node stream) as batches of records, problems and bytes read.
export type { FileBytesBatch } from './reading/records-from-file'; // One such batch.
export type { FileRecordParser } from './reading/records-from-file'; // The streaming file parser's interface.
export type { FileRecordBatch } from './reading/records-from-file'; // The records and problems of one pushed chunk.

export { recordsFromCsv } from './reading/records-from-csv'; // A dashboard Export log CSV (en/it, any column order) or our own export as records.
export { createCsvRecordParser } from './reading/records-from-csv'; // The streaming form: push text chunks, get records as rows complete.
export { normaliseHeader } from './reading/records-from-csv'; // A CSV header as matched (case, spacing, BOM ignored).
export type { CsvRecordParser } from './reading/records-from-csv'; // The streaming parser's interface.
export type { CsvRecordBatch } from './reading/records-from-csv'; // The records and problems of one pushed chunk.

export { recordsFromJsonText } from './reading/records-from-json-stream'; // JSON text (API pages/arrays, PowerShell, our export) as records; bad JSON is one problem.
export { createJsonRecordParser } from './reading/records-from-json-stream'; // The streaming form for any file size: push byte or text chunks, get records as each completes.
export type { JsonRecordParser } from './reading/records-from-json-stream'; // The streaming JSON parser's interface.
export type { JsonRecordBatch } from './reading/records-from-json-stream'; // The records and problems of one pushed chunk.
export { recordsFromApiJson } from './reading/records-from-api-json'; // The same from already parsed JSON.
export { auditRecordAt } from './reading/records-from-api-json'; // One parsed API/PowerShell record (the n-th of a file) as a record or a problem.
export { lensRecordAt } from './reading/records-from-api-json'; // One record of our JSON export (the n-th of a file), checked field by field.
export { looksLikeRecord } from './reading/records-from-api-json'; // Whether a JSON object is a record rather than a page of them.
export { RECORD_LIST_KEYS } from './reading/records-from-api-json'; // The keys under which pages and PowerShell keep their records.

export { recordFromAuditJson } from './reading/record-from-audit-json'; // One audit record in any JSON casing as an ActivityRecord, or a problem.
export { POWERSHELL_ENUMS } from './reading/record-from-audit-json'; // Partner Center SDK enum orders, for PowerShell's numeric enums.

export { readCsv } from './reading/csv-reader'; // Reads a whole CSV text (BOM, ',' or ';', any line ending, quoted newlines).
export { CsvRowReader } from './reading/csv-reader'; // Incremental CSV reader for streamed text.
export { detectDelimiter } from './reading/csv-reader'; // Which of ',' and ';' a header line uses.
export type { CsvTable } from './reading/csv-reader'; // A read CSV: header and rows.
export type { CsvReaderDelimiter } from './reading/csv-reader'; // The delimiters the reader accepts.


export { fetchAuditRecords } from './partner-center/partner-center-client'; // The API client: ≤30-day chunks in parallel, paging, retries, dedupe, progress, cancel; yields pages.
export type { FetchAuditRecordsOptions } from './partner-center/partner-center-client'; // Its options: fetch, token provider, period, filter, parallelism, signal, progress.
export type { FetchFilter } from './partner-center/partner-center-client'; // The server condition to send and the local predicate to keep.
export type { ServerFilterCondition } from './partner-center/partner-center-client'; // One condition of the API's filter parameter.
export type { FetchProgress } from './partner-center/partner-center-client'; // Chunk i of n, records so far, totalCount when known, clamping message.
export type { FetchedPage } from './partner-center/partner-center-client'; // One page of new records as the client yields it.
export { RETENTION_DAYS } from './partner-center/partner-center-client'; // Partner Center keeps 90 days.

export type { ActivitySource } from './partner-center/activity-source'; // Where records come from (Partner Center, the sample server, the extension seen from the app): pages of a period.
export type { ActivityRequest } from './partner-center/activity-source'; // What an ActivitySource is asked: period, query, signal, progress.
export type { TokenProvider } from './partner-center/activity-source'; // Gives a bearer token, fresh when asked.
export type { FetchTuning } from './partner-center/activity-source'; // The client's timers and sizes, for tests and benches.
export type { HttpActivitySourceOptions } from './partner-center/activity-source'; // An HTTP source's base URL and fetch.
export { partnerCenterActivitySource } from './partner-center/activity-source'; // Partner Center's API through a token provider.
export { sampleServerActivitySource } from './partner-center/activity-source'; // The sample server: the same API, generated records, no sign-in.
export { fetchFilterFor } from './partner-center/activity-source'; // A query as the client's filter (none when it narrows nothing).
export { SAMPLE_SERVER_PORT } from './partner-center/sample-server-address'; // The sample server's default port.
export { DEFAULT_SAMPLE_SERVER_URL } from './partner-center/sample-server-address'; // The sample server's default address (loopback).
export { SAMPLE_SERVER_TOKEN } from './partner-center/sample-server-address'; // The token sent to the sample server (not a secret).

export { PartnerCenterError } from './partner-center/partner-center-error'; // A failed Partner Center call: kind, status and a sentence for the user.
export type { PartnerCenterErrorKind } from './partner-center/partner-center-error'; // unauthorized, forbidden, bad-request, throttled, server, network, cancelled, protocol.
export { forbiddenError } from './partner-center/partner-center-error'; // The 403 error naming the roles that may read the log.

export { dateChunks } from './partner-center/date-chunks'; // A period as consecutive ≤30-day chunks, newest first.
export type { DateChunk } from './partner-center/date-chunks'; // One chunk's start and end.

export { backoffDelay } from './partner-center/retry-policy'; // Exponential backoff with full jitter, capped.
export { retryAfterMs } from './partner-center/retry-policy'; // Retry-After (seconds or HTTP date) in ms, capped.
export { MAX_RETRY_AFTER_MS } from './partner-center/retry-policy'; // The cap on any Retry-After wait.


// Insight: what changed, for whom, by whom (core/insight/). Each reader turns records into facts, each aggregator
// takes records one at a time in any order (a streamed scan) and gives its result once; never throws on odd values.
export type { InsightAggregator } from './insight/insight-aggregator'; // add(record) … result(): the shape of every insight, computed in one pass.
export { aggregate } from './insight/insight-aggregator'; // Feeds an iterable of records to an aggregator and returns its result.
export { isSucceeded } from './insight/insight-aggregator'; // Whether a status counts as done (succeeded, or unknown from the dashboard CSV).
export { newestRowFirst } from './insight/insight-aggregator'; // Sort order of insight rows: newest first, record key breaking ties.
export type { RecordOrigin } from './insight/record-origin'; // The seven fields every insight row carries of the record it came from.
export { recordOrigin } from './insight/record-origin'; // Those fields, read off one record.
export type { JsonValue } from './insight/resource-value'; // Any JSON value an old/new value may hold.
export type { JsonObject } from './insight/resource-value'; // A JSON object from an old/new value.
export type { ResourceValue } from './insight/resource-value'; // An old/new value as read: empty, JSON, or text that is not JSON.
export { readResourceValue } from './insight/resource-value'; // Reads an old/new value string without ever throwing.
export { isJsonObject } from './insight/resource-value'; // Whether a JSON value is a plain object.
export { objectOf } from './insight/resource-value'; // The read value as an object, when it is one.
export { fieldOf } from './insight/resource-value'; // A field by any of its names, any casing, dotted paths into nested objects.
export { textField } from './insight/resource-value'; // A scalar field as text ('' when absent).
export { numberFrom } from './insight/resource-value'; // A JSON number or numeric text ("12,50" too) as a number, else undefined.
export { numberField } from './insight/resource-value'; // A field read as a number.
export { dataValue } from './insight/resource-value'; // A customizedData value by key, case-insensitive.
export { indexedDataKey } from './insight/resource-value'; // Numbered customizedData keys (Quantity-0, OfferId_1) as base name and line index.
export type { OrderLine } from './insight/order-lines'; // One order line: customer, product/offer, quantity, unit price, PromotionId, subscription, billing cycle, status.
export type { OrderReading } from './insight/order-lines'; // The lines one record lists, or that it is an order we could not read.
export { isOrderRecord } from './insight/order-lines'; // Whether a record is an order creation or update.
export { readOrderLines } from './insight/order-lines'; // The lines of an order record, from its JSON and its customizedData.
export type { OrdersResult } from './insight/order-lines'; // Every order line newest first, with counts of promoted and unreadable orders.
export { OrderLineAggregator } from './insight/order-lines'; // Collects order lines over a stream of records.
export type { SeatChange } from './insight/seat-changes'; // One quantity change of a subscription: old → new, when, by whom, from which record.
export type { SeatReading } from './insight/seat-changes'; // The seat changes one record carries, what it shows of a subscription, or unreadable.
export type { SubscriptionObservation } from './insight/seat-changes'; // What a subscription record shows without a quantity change (status…).
export { isSubscriptionRecord } from './insight/seat-changes'; // Whether a record updates, upgrades or converts a subscription.
export { readSeatChanges } from './insight/seat-changes'; // The seat changes of one record (subscription updates, upgrades, conversions, orders).
export type { SubscriptionSeats } from './insight/seat-changes'; // One subscription's changes with first/last quantity, added, removed and net.
export type { SeatTotals } from './insight/seat-changes'; // Added, removed, net and number of changes.
export type { CustomerSeats } from './insight/seat-changes'; // Seat totals of one customer (the sum over its subscriptions).
export type { ProductSeats } from './insight/seat-changes'; // Seat totals of one product.
export type { SeatChangesResult } from './insight/seat-changes'; // Seat changes with totals per subscription, customer and product, and unreadable count.
export { SeatChangeAggregator } from './insight/seat-changes'; // Collects seat changes over a stream of records.
export type { RelationshipKind } from './insight/relationship-lifecycle'; // gdap, dap or access-assignment.
export type { RelationshipEventType } from './insight/relationship-lifecycle'; // created, approved, activated, extended, terminated, expired, cleaned up, assignment and member events.
export type { RelationshipState } from './insight/relationship-lifecycle'; // Where a relationship stands: pending, active, expiring, terminated, expired, cleaned up…
export { EXPIRING_DAYS } from './insight/relationship-lifecycle'; // Days before its end date an active relationship reads "expiring".
export type { RelationshipEvent } from './insight/relationship-lifecycle'; // One GDAP/DAP lifecycle event from one record.
export { isRelationshipRecord } from './insight/relationship-lifecycle'; // Whether a record is about a GDAP/DAP relationship or access assignment.
export type { RelationshipReading } from './insight/relationship-lifecycle'; // The event one record stands for, or unreadable.
export { readRelationshipEvent } from './insight/relationship-lifecycle'; // Reads the lifecycle event of one record.
export { hasEnded } from './insight/relationship-lifecycle'; // Whether a state means access is over (terminated, expired, cleaned up, deleted).
export type { Relationship } from './insight/relationship-lifecycle'; // One relationship with its events, state, end date and roles.
export type { CustomerAccess } from './insight/relationship-lifecycle'; // A customer's GDAP and DAP state in one line, and when its access ended.
export type { RelationshipsResult } from './insight/relationship-lifecycle'; // Relationships, customers, those whose access ended in the period, events.
export type { RelationshipOptions } from './insight/relationship-lifecycle'; // The period and the moment "expiring" is measured from.
export { RelationshipAggregator } from './insight/relationship-lifecycle'; // Collects GDAP/DAP lifecycles over a stream of records.
export type { ActionCount } from './insight/partner-user-activity'; // How often one action was taken.
export type { CustomerCount } from './insight/partner-user-activity'; // How many records touched one customer.
export type { PartnerUserActivity } from './insight/partner-user-activity'; // One partner user's actions, customers, first and last activity, new or not.
export type { CreatedPartnerUser } from './insight/partner-user-activity'; // A partner user created in the period, and by whom.
export type { PartnerUsersResult } from './insight/partner-user-activity'; // Every active user, the new ones, the created ones.
export type { PeriodOptions } from './insight/partner-user-activity'; // The From/to days a partner-user view counts.
export { PartnerUserAggregator } from './insight/partner-user-activity'; // Collects partner-user activity over a stream of records.
export type { FailureRow } from './insight/operation-failures'; // One failed or declined operation.
export type { FailureGroup } from './insight/operation-failures'; // Failed and declined counts of one group.
export type { FailuresResult } from './insight/operation-failures'; // Failures newest first, by action, customer, user and day.
export { isFailure } from './insight/operation-failures'; // Whether a status is failed or decline.
export { FailureAggregator } from './insight/operation-failures'; // Collects failures over a stream of records.
export type { TimelineEntry } from './insight/customer-story'; // One thing done to a customer, for its timeline.
export type { CustomerStory } from './insight/customer-story'; // One customer's timeline, subscriptions, orders and relationships.
export { CustomerStoryAggregator } from './insight/customer-story'; // Builds one customer's story from any stream of records.
export type { CustomerSummary } from './insight/customer-story'; // The side panel's card: last order, seat changes, GDAP status, last activity.
export { customerSummary } from './insight/customer-story'; // The summary card of a customer's story.
export type { InsightColumnId } from './insight/insight-text'; // The id of one insight table column.
export { INSIGHT_HEADERS } from './insight/insight-text'; // Insight column headers in en and it (screens and CSV reports share them).
export { relationshipStateText } from './insight/insight-text'; // A relationship state in words, en or it.
export { relationshipEventText } from './insight/insight-text'; // A lifecycle event in words, en or it.
export { relationshipKindText } from './insight/insight-text'; // GDAP / DAP / access assignment in words.
export { unreadableText } from './insight/insight-text'; // "N records could not be read", en or it.
export type { ReportCell } from './insight/report-table'; // One cell of a report: text, number or date-time.
export type { ReportTable } from './insight/report-table'; // A report: column ids and rows of cells.
export type { ReportKind } from './insight/report-table'; // seat-changes, orders, gdap, users or failures.
export { REPORT_KINDS } from './insight/report-table'; // The reports the CLI writes.
export { reportHeader } from './insight/report-table'; // A report's header cells in en or it.
export { seatChangesTable } from './insight/report-table'; // Seat changes as a report (Customer, Customer ID, Subscription ID, Product, Date-Time…).
export { ordersTable } from './insight/report-table'; // Order lines as a report (Customer, Customer ID, Order ID, Product, Offer ID, Quantity…).
export { relationshipsTable } from './insight/report-table'; // GDAP/DAP lifecycle events as a report, with each relationship's state now.
export { partnerUsersTable } from './insight/report-table'; // Partner-user activity as a report.
export { failuresTable } from './insight/report-table'; // Failed and declined operations as a report.
export { customerTimelineTable } from './insight/report-table'; // A customer's timeline as a report.
export type { ReportCsvOptions } from './insight/report-csv'; // Language, delimiter, rows per file of a CSV report.
export type { ReportCsvChunk } from './insight/report-csv'; // One piece of a report's CSV text with its file number and row count.
export { numberCellText } from './insight/report-csv'; // A number as Excel reads it in that language (decimal comma in it).
export { reportCell } from './insight/report-csv'; // One report cell as written: text guarded, numbers and dates as Excel reads them.
export { reportCsvChunks } from './insight/report-csv'; // A report as Excel CSV chunks (BOM, CRLF, guard, numbered files past the row limit).

export { ALERT_RULES } from './archive/alert-rules'; // The rules on single records a partner must not miss (GDAP ended, fraud, customer removed, failed order…), with defaults.
export type { AlertRule } from './archive/alert-rules'; // One rule: id, whether it is on by default, and its predicate.
export type { AlertRuleId } from './archive/alert-rules'; // The id of one alert rule.
export { alertRuleText } from './archive/alert-rules'; // A rule's name and description in en or it.
export { alertsFor } from './archive/alert-rules'; // Each (rule, record) pair the enabled rules match in some records.

export type { CoverageSpan } from './archive/archive-coverage'; // One fetched or imported stretch of time of one tenant, complete or partial.
export type { DayState } from './archive/archive-coverage'; // complete, partial or missing: what the archive holds of a day.
export { coverageByDay } from './archive/archive-coverage'; // Each UTC day of a range with its coverage state for one tenant.
export { daysAtRisk } from './archive/archive-coverage'; // Days Partner Center still has that the archive lacks, and the day each is lost.
export { PARTNER_CENTER_RETENTION_DAYS } from './archive/archive-coverage'; // Partner Center's 90 days, as coverage counts them.

export type { SyncPeriod } from './archive/sync-plan'; // One request's worth of the automatic sync: days to ask for, records to keep, span covered.
export type { SyncPlanInput } from './archive/sync-plan'; // What the sync plan needs: now and the newest instant already kept.
export { planSync } from './archive/sync-plan'; // The ≤30-day periods to fetch from the newest kept moment (minus an overlap) to now, oldest first.
export { periodsFor } from './archive/sync-plan'; // The periods that fetch one stretch of time whole.
export { periodsForDays } from './archive/sync-plan'; // The periods that fetch given days whole (the days at risk).
export { newestSpanEnd } from './archive/sync-plan'; // The end of a tenant's latest complete fetch span.
export { oldestFetchable } from './archive/sync-plan'; // The first instant Partner Center still answers for.
export { SYNC_OVERLAP_MS } from './archive/sync-plan'; // How far before the newest kept moment a sync starts again.
export { SYNC_WINDOW_DAYS } from './archive/sync-plan'; // The days a sync may ask for (today and the 89 before).
export { SYNC_MAX_PERIOD_DAYS } from './archive/sync-plan'; // The API's 30 days per request.
export { RecordDayTally } from './archive/coverage-spans'; // The days some records touch, per partner tenant, as partial coverage spans (a file, the sample).
export { FetchCoverageTally } from './archive/coverage-spans'; // An unfiltered fetch's coverage: finished chunks complete, a cut one partial.
export { periodFetchSpans } from './archive/coverage-spans'; // A whole unfiltered fetch of some days as complete spans per tenant, inside Partner Center's 90 days.
