import { personalWords } from '@multaqa/contract';

/** 0 (guessed at once) to 4 (very hard to guess), as the API's check computes it. */
export type PasswordScore = 0 | 1 | 2 | 3 | 4;

let estimator: Promise<(password: string, personal: string[]) => PasswordScore> | undefined;

/**
 * zxcvbn and its dictionaries (~235 kB gzip) load only when a page that sets a password asks, in a
 * chunk of their own, never with the rest of the app.
 */
export function loadPasswordEstimator() {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([{ ZxcvbnFactory }, { dictionary, adjacencyGraphs }]) => {
      const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
      return (password: string, personal: string[]) => {
        return zxcvbn.check(password, personalWords(personal)).score as PasswordScore;
      };
    },
  );
  return estimator;
}
