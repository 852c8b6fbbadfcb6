// One insight table as the screen shows it: the same columns and headers as its CSV export, numbers and dates
// written as the language reads them, and each customer a link to its Customer view.
import type { Lang } from '../../../core/words/locale';
import { formatNumber } from '../../../core/words/log-text';
import { INSIGHT_HEADERS } from '../../../core/insight/insight-text';
import type { ReportCell, ReportTable } from '../../../core/insight/report-table';

function utcText(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

export function CellText({ cell, lang }: { cell: ReportCell; lang: Lang }) {
  if (cell === undefined || cell === '') return null;
  if (typeof cell === 'number') return <>{formatNumber(lang, cell)}</>;
  if (typeof cell === 'string') return <>{cell}</>;
  return <time dateTime={cell.dateTime}>{utcText(cell.dateTime)}</time>;
}

export function InsightTable({
  table,
  lang,
  labelledBy,
  customerHref,
  onOpenCustomer,
}: {
  table: ReportTable;
  lang: Lang;
  labelledBy: string;
  customerHref(customerId: string): string;
  onOpenCustomer(customerId: string): void;
}) {
  const customerColumn = table.columns.indexOf('customer');
  const idColumn = table.columns.indexOf('customerId');
  return (
    // Focusable so a keyboard can scroll a wide or long table.
    <div class="insight-table-scroll" tabIndex={0} role="group" aria-labelledby={labelledBy}>
      <table class="insight-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {INSIGHT_HEADERS[c][lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => {
                const numeric = typeof cell === 'number';
                const customerId = j === customerColumn && idColumn >= 0 ? row[idColumn] : undefined;
                return (
                  <td key={j} class={numeric ? 'number' : undefined}>
                    {typeof customerId === 'string' && customerId !== '' ? (
                      <a
                        href={customerHref(customerId)}
                        onClick={(e) => {
                          e.preventDefault();
                          onOpenCustomer(customerId);
                        }}
                      >
                        {typeof cell === 'string' && cell !== '' ? cell : customerId}
                      </a>
                    ) : (
                      <CellText cell={cell} lang={lang} />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
