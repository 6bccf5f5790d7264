import type { LucideIcon } from 'lucide-react';

/**
 * The client's icons, by what they mean on its screens: SVG from lucide
 * (each module imports only the icons it draws, so a screen's bundle holds
 * those alone), never emoji or symbol characters that a system font may lack.
 */
export {
  ArrowDown as DownIcon,
  ArrowUp as UpIcon,
  Ban as VetoedIcon,
  Check as YesIcon,
  ChevronFirst as FirstIcon,
  ChevronLast as LastIcon,
  ChevronLeft as PreviousIcon,
  ChevronRight as NextIcon,
  ChevronsLeft as RewindIcon,
  ChevronsRight as ForwardIcon,
  Circle as AbsentIcon,
  CircleCheck as SuccessIcon,
  CircleDot as PresentIcon,
  CircleX as FailureIcon,
  Ellipsis as PendingIcon,
  Equal as SetIcon,
  Flag as ObjectiveMarkIcon,
  Hourglass as WaitingIcon,
  Info as InfoIcon,
  LoaderCircle as ConnectingIcon,
  Lock as SecretIcon,
  Megaphone as CarryingIcon,
  OctagonX as EndingMarkIcon,
  Play as DecidingIcon,
  TriangleAlert as WarningIcon,
  Wifi as ConnectedIcon,
  WifiOff as OfflineIcon,
  X as NoIcon,
} from 'lucide-react';

/**
 * An icon beside words that say the same (hidden from screen readers), or,
 * with a `label`, standing alone with that accessible name.
 */
export function Glyph({ icon: Icon, label }: { icon: LucideIcon; label?: string }) {
  return label === undefined ? (
    <Icon className="icon" aria-hidden="true" focusable="false" />
  ) : (
    <Icon className="icon" role="img" aria-label={label} focusable="false" />
  );
}
