import { useCallback, useEffect, useRef, useState } from 'react';

const browserPrint = (): void => window.print();

export interface ChartsControl {
  open: boolean;
  failed: boolean;
  toggle: () => void;
  onDrawn: (track: string) => void;
  onFailed: () => void;
  /** Opens the charts if needed and prints once every one is drawn (or they failed). */
  print: () => void;
}

/**
 * Whether the charts are open (chart.js loads the first time they are), and
 * printing that waits for them: a printed report has its charts.
 */
export function useCharts(total: number, print: () => void = browserPrint): ChartsControl {
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const [drawn, setDrawn] = useState(0);
  const printPending = useRef(false);
  const drawnTracks = useRef(new Set<string>());
  const ready = failed || (open && drawn >= total);

  const onDrawn = useCallback((track: string) => {
    if (drawnTracks.current.has(track)) return;
    drawnTracks.current.add(track);
    setDrawn(drawnTracks.current.size);
  }, []);
  const onFailed = useCallback(() => setFailed(true), []);
  const toggle = useCallback(() => {
    setOpen((wasOpen) => {
      if (wasOpen) {
        drawnTracks.current.clear();
        setDrawn(0);
      }
      return !wasOpen;
    });
  }, []);

  useEffect(() => {
    if (!printPending.current || !ready) return;
    printPending.current = false;
    print();
  }, [ready, print]);

  const requestPrint = useCallback(() => {
    if (ready) {
      print();
      return;
    }
    printPending.current = true;
    setOpen(true);
  }, [ready, print]);

  return { open, failed, toggle, onDrawn, onFailed, print: requestPrint };
}
