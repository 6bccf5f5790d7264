import type { Notice } from '@borderline/shared';

/** How many toasts are kept: older ones are dropped unseen rather than piling up. */
export const MAX_NOTICES = 5;

export interface NoticeItem {
  /** Local id, for dismissal and as a React key. */
  id: number;
  notice: Notice;
  receivedAt: number;
}

export interface NoticesSlice {
  items: NoticeItem[];
  nextId: number;
}

export const initialNotices: NoticesSlice = { items: [], nextId: 1 };

export function noticeReceived(notices: NoticesSlice, notice: Notice, now: number): NoticesSlice {
  const item: NoticeItem = { id: notices.nextId, notice, receivedAt: now };
  return { items: [...notices.items, item].slice(-MAX_NOTICES), nextId: notices.nextId + 1 };
}

export function noticeDismissed(notices: NoticesSlice, id: number): NoticesSlice {
  if (!notices.items.some((item) => item.id === id)) return notices;
  return { ...notices, items: notices.items.filter((item) => item.id !== id) };
}
