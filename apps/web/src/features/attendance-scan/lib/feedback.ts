let audio: AudioContext | null = null;

/**
 * Browsers start sound only after a tap; the scan page calls this on the person's first
 * touch so later beeps play.
 */
export function unlockSound(): void {
  if (typeof AudioContext === 'undefined') return;
  audio ??= new AudioContext();
  if (audio.state === 'suspended') void audio.resume();
}

function beep(frequency: number, seconds: number, at = 0) {
  if (!audio || audio.state !== 'running') return;
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.frequency.value = frequency;
  gain.gain.value = 0.2;
  oscillator.connect(gain).connect(audio.destination);
  const start = audio.currentTime + at;
  oscillator.start(start);
  oscillator.stop(start + seconds);
}

/** A high beep and one buzz for a welcome; two low beeps and buzzes for anything to look at. */
export function signal(kind: 'ok' | 'warn'): void {
  if (kind === 'ok') {
    beep(1320, 0.12);
    navigator.vibrate?.(80);
  } else {
    beep(330, 0.15);
    beep(330, 0.15, 0.22);
    navigator.vibrate?.([90, 80, 90]);
  }
}
