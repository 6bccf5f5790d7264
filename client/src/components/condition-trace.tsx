import type { ConditionTrace } from '@borderline/shared';
import { Glyph, NoIcon, YesIcon } from './icons';

/** Why a condition held or not: the engine's reading of it, nested, each part marked. */
export function ConditionTraceText({ trace }: { trace: ConditionTrace }) {
  return (
    <>
      {trace.text}
      {trace.children !== undefined && trace.children.length > 0 && (
        <ul>
          {trace.children.map((child, index) => (
            <li key={index}>
              <Glyph icon={child.holds ? YesIcon : NoIcon} />
              <ConditionTraceText trace={child} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
