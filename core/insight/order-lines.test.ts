import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyRecord } from '../record/activity-record';
import { aggregate } from './insight-aggregator';
import { OrderLineAggregator, readOrderLines } from './order-lines';
import { apiRecords, CAFFE, CONTOSO, powershellRecords } from './fixtures/fixture-records';

describe('order lines', () => {
  const result = aggregate(new OrderLineAggregator(), apiRecords());

  it('lists every line with product, offer, quantity, EffectiveUnitPrice, PromotionId, subscription, billing cycle and status', () => {
    const premium = result.lines.find((l) => l.orderId === 'order-A-1' && l.lineNumber === 0)!;
    expect(premium).toMatchObject({
      customerId: CONTOSO,
      customerName: 'Contoso Italia S.r.l.',
      product: 'Microsoft 365 Business Premium',
      offerId: 'CFQ7TTC0LCHC:0002',
      quantity: 10,
      unitPrice: 18.7,
      listPrice: 22,
      promotionId: '39NFJQT1Q5KV:0002:39NFJQT1Q5KP',
      subscriptionId: '11111111-1111-4111-8111-111111111111',
      billingCycle: 'monthly',
      termDuration: 'P1Y',
      currency: 'EUR',
      status: 'succeeded',
      orderStatus: 'completed',
    });
    const teams = result.lines.find((l) => l.orderId === 'order-A-1' && l.lineNumber === 1)!;
    expect(teams).toMatchObject({ product: 'Microsoft Teams Premium', quantity: 5, unitPrice: 7, promotionId: '', termDuration: 'P1M' });
  });

  it('keeps failed orders with their status, so "did it go through?" is visible', () => {
    expect(result.lines.find((l) => l.orderId === 'order-A-2')).toMatchObject({ status: 'failed', product: 'Microsoft 365 Copilot', quantity: 3 });
  });

  it('reads lines from customizedData alone, in the docs’ Quantity-0 form and the older Quantity_0 form', () => {
    expect(result.lines.find((l) => l.orderId === 'order-B-1')).toMatchObject({ product: 'Exchange Online (Plan 1)', quantity: 8, offerId: 'CFQ7TTC0LH16:0001' });
    const fromData = readOrderLines({
      ...emptyRecord('dashboard-csv'),
      operationType: 'create_order',
      customizedData: [
        { key: 'SubscriptionName-0', value: 'Visio Plan 2' },
        { key: 'Quantity-0', value: '2' },
        { key: 'PromotionId-0', value: 'PROMO-1' },
        { key: 'EffectiveUnitPrice-0', value: '12,50' },
      ],
    });
    expect(fromData.lines).toMatchObject([{ product: 'Visio Plan 2', quantity: 2, promotionId: 'PROMO-1', unitPrice: 12.5 }]);
  });

  it('counts promoted lines and orders it could not read', () => {
    expect(result.promotedLines).toBe(1);
    // rec-18: broken JSON, no customizedData.
    expect(result.unreadable).toBe(1);
    expect(result.orders).toBe(4);
    expect(result.lines[0]!.operationDate >= result.lines.at(-1)!.operationDate).toBe(true);
  });

  it('reads PowerShell line items in PascalCase with a price written as text', () => {
    const ps = aggregate(new OrderLineAggregator(), powershellRecords());
    expect(ps.lines.find((l) => l.orderId === 'order-C-1')).toMatchObject({ customerId: CAFFE, quantity: 4, unitPrice: 4.8, promotionId: '39NFJQT1Q5KV:0001', product: 'Microsoft 365 Business Basic' });
    expect(ps.lines.find((l) => l.orderId === 'order-C-2')).toMatchObject({ status: 'failed', product: 'CFQ7TTC0LH18:0001' });
  });

  it('never throws on any value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), fc.array(fc.record({ key: fc.string(), value: fc.string() })), (value, data) => {
        const reading = readOrderLines({ ...emptyRecord('api'), operationType: 'create_order', resourceType: 'order', resourceNewValue: value, customizedData: data });
        expect(reading.unreadable).toBe(reading.lines.length === 0);
      }),
    );
  });
});
