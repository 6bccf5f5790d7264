/** What a seat's address shows: the seat's own screen, its role sheet or the glossary. */
export type SeatPage = 'seat' | 'sheet' | 'glossary';

/** The page named by the address's last part; anything else is the seat's own screen. */
export function seatPageOf(part: string | undefined): SeatPage {
  return part === 'sheet' || part === 'glossary' ? part : 'seat';
}
