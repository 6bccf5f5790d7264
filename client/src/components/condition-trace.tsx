import { useTranslation } from 'react-i18next';
import type { ConditionTrace } from '@borderline/shared';
import type { Names } from '../exercise/view-names';
import { conditionText, listsChildren } from './condition-words';
import { Glyph, NoIcon, YesIcon } from './icons';

/** Why a condition held or not, in the reader's words, nested, each part marked. */
export function ConditionTraceText({ trace, names }: { trace: ConditionTrace; names: Names }) {
  const { t } = useTranslation();
  return (
    <>
      {conditionText(trace, t, names)}
      {listsChildren(trace) && (
        <ul>
          {(trace.children ?? []).map((child, index) => (
            <li key={index}>
              <Glyph icon={child.holds ? YesIcon : NoIcon} />
              <ConditionTraceText trace={child} names={names} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
