// Looks for the alert rules' matches in the archive off the main thread: a big archive can hold tens of
// thousands of candidates (every failed record is one for "failed order"), read and sorted here, not in the page.
import * as Comlink from 'comlink';
import type { AlertRuleId } from '../../core/archive/alert-rules';
import { openActivityDb } from '../store/activity-db';
import { findAlertRecords, type RuleMatches } from '../store/alert-records';

const api = {
  async findAlerts(enabled: AlertRuleId[], limit?: number): Promise<RuleMatches[]> {
    return findAlertRecords(openActivityDb(), new Set(enabled), limit);
  },
};

export type AlertsWorkerApi = typeof api;
Comlink.expose(api);
