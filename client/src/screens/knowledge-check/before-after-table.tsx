import { useTranslation } from 'react-i18next';

/** One row: what it is about (a player and their team, or a team), then both sittings' scores. */
export interface BeforeAfterRow {
  key: string;
  about: string[];
  before: string;
  after: string;
}

/**
 * A table of scores before the first move and in the hotwash, one row per
 * player or per team; `about` heads the columns that name the row.
 */
export function BeforeAfterTable({ about, rows }: { about: string[]; rows: BeforeAfterRow[] }) {
  const { t } = useTranslation();
  return (
    <div className="knowledge-table">
      <table>
        <thead>
          <tr>
            {about.map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
            <th scope="col">{t('quiz.control.before')}</th>
            <th scope="col">{t('quiz.control.after')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.about.map((cell, column) => (
                <td key={about[column] ?? column}>{cell}</td>
              ))}
              <td>{row.before}</td>
              <td>{row.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
