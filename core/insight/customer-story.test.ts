import { describe, expect, it } from 'vitest';
import { aggregate } from './insight-aggregator';
import { CustomerStoryAggregator, customerSummary } from './customer-story';
import { apiRecords, CONTOSO } from './fixtures/fixture-records';

describe('a customer’s story', () => {
  const story = aggregate(new CustomerStoryAggregator(CONTOSO.toUpperCase(), { from: '2026-05-01', to: '2026-05-31' }), apiRecords());

  it('keeps only that customer: its timeline newest first, subscriptions with every change, orders, relationships', () => {
    expect(story.customerName).toBe('Contoso Italia S.r.l.');
    expect(story.timeline).toHaveLength(13);
    expect(story.timeline[0]!.recordId).toBe('rec-22');
    expect(story.timeline.at(-1)!.recordId).toBe('rec-09');
    expect(story.subscriptions.map((s) => s.product).sort()).toEqual(['Microsoft 365 Business Premium', 'Microsoft 365 E5', 'Microsoft Teams Premium']);
    expect(story.orders.map((o) => o.orderId)).toEqual(['order-A-2', 'order-A-1', 'order-A-1']);
    expect(story.relationships.map((r) => r.relationshipId).sort()).toEqual(['assign-A-1', 'gdap-A-1']);
    expect(story.access).toMatchObject({ gdap: 'expiring' });
    // rec-05, rec-06, rec-22
    expect(story.unreadable).toBe(3);
  });

  it('sums up for the side panel: last order, seat changes, GDAP status, last activity', () => {
    const summary = customerSummary(story);
    expect(summary.lastOrder).toMatchObject({ orderId: 'order-A-2', products: ['Microsoft 365 Copilot'], status: 'failed' });
    expect(summary.seatChanges).toMatchObject({ added: 25, removed: 3, net: 22 });
    expect(summary.gdap).toBe('expiring');
    expect(summary.lastActivity?.recordId).toBe('rec-22');
  });
});
