// What one benchmark reports: a ratio against a baseline measured in the same run.
export interface BenchResult {
  /** e.g. csv-export */
  name: string;
  /** our figure over the baseline's, or as the note says (some are "lower is better"). */
  ratio: number;
  /** the named baseline, e.g. papaparse-unparse */
  baseline: string;
  /** e.g. "higher is better; goal >= 2.0" */
  note?: string;
}
