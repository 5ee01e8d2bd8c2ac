import { useEffect, useState, useSyncExternalStore } from 'react';
import { getScannerKit } from '../api/get-scanner-kit';
import { syncAttendance } from '../api/sync-attendance';
import { ScanStation, type StationState } from './scan-station';
import { openScannerDb } from './scanner-db';

const LOADING: StationState = {
  phase: 'loading',
  loadError: null,
  kit: null,
  queued: 0,
  issues: [],
  connection: 'online',
  syncError: null,
};
const noStation = () => () => {};

/** The scanner of one session on this device, started while the page shows it (again with each `attempt`). */
export function useScanStation(eventId: string, sessionId: string, attempt = 0) {
  const [station, setStation] = useState<ScanStation | null>(null);
  const [openError, setOpenError] = useState<unknown>(null);

  useEffect(() => {
    let current: ScanStation | null = null;
    let cancelled = false;
    openScannerDb().then(
      (db) => {
        if (cancelled) return;
        current = new ScanStation(sessionId, db, {
          fetchKit: (signal) => getScannerKit(eventId, sessionId, signal),
          sync: (body, signal) => syncAttendance(body, signal),
        });
        setStation(current);
        void current.start();
      },
      (error: unknown) => setOpenError(error),
    );
    return () => {
      cancelled = true;
      current?.stop();
    };
  }, [eventId, sessionId, attempt]);

  const state = useSyncExternalStore(
    station?.subscribe ?? noStation,
    station?.getState ?? (() => LOADING),
  );
  return { station, state, openError };
}
