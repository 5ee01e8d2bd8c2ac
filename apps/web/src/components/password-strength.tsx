import '@mantine/core/styles/Progress.css';
import { Progress, Stack, Text } from '@mantine/core';
import { MIN_PASSWORD_SCORE } from '@multaqa/contract';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadPasswordEstimator, type PasswordScore } from '../lib/password-strength';

const COLORS = ['red', 'red', 'orange', 'teal', 'teal'] as const;

/**
 * How guessable the password being typed is, with the estimate the API applies when it is saved
 * (below MIN_PASSWORD_SCORE it is refused). `personal`: the person's name and email, which make
 * a password weaker when it contains them.
 */
export function PasswordStrength({
  password,
  personal = [],
}: {
  password: string;
  personal?: string[];
}) {
  const { t } = useTranslation();
  const [score, setScore] = useState<PasswordScore | null>(null);
  const personalKey = personal.join('\n');

  useEffect(() => {
    if (!password) {
      setScore(null);
      return;
    }
    let current = true;
    // Estimated once typing pauses: a long password takes a few milliseconds per check.
    const timer = setTimeout(() => {
      void loadPasswordEstimator().then((estimate) => {
        if (current) setScore(estimate(password, personalKey ? personalKey.split('\n') : []));
      });
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [password, personalKey]);

  if (score === null) return null;
  const enough = score >= MIN_PASSWORD_SCORE;
  return (
    <Stack gap={4}>
      <Progress
        value={((score + 1) / 5) * 100}
        color={COLORS[score]}
        size="sm"
        aria-hidden="true"
      />
      <Text size="sm" c={enough ? 'teal.8' : 'red.8'} aria-live="polite">
        {t(`webSecurity.passwordStrength.${enough ? (score === 4 ? 'strong' : 'enough') : 'weak'}`)}
      </Text>
    </Stack>
  );
}
