import {
  Alert,
  Button,
  Checkbox,
  Paper,
  Progress,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import {
  LIKERT_MAX,
  LIKERT_MIN,
  pickLocalized,
  type EvaluationForm,
  type FormQuestion,
  type SurveyFormRow,
} from '@multaqa/contract';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTimeInZone, formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useSubmitEvaluation, type EvaluationSource } from '../api/take-evaluation';
import {
  answeredCount,
  buildResponse,
  choose,
  emptyAnswers,
  missingQuestions,
  rowKey,
  totalCount,
  type AnswerState,
} from '../lib/answers';
import { ChoiceCard } from './choice-card';
import { EvaluationResultPanel } from './evaluation-result';

/** The question reads as the group's label, so a screen reader names the choices by it. */
const LABEL_PROPS = { fz: 'md', fw: 600, mb: 4 } as const;

const RATINGS = Array.from({ length: LIKERT_MAX - LIKERT_MIN + 1 }, (_, i) => LIKERT_MIN + i);

/**
 * Taking a test or the survey, phone first: one card per question, a progress bar, a confirmation
 * before sending; then the score (tests) or thanks (survey). The portal and the emailed link
 * both show this, with their own source of the form.
 */
export function EvaluationTaker({
  form,
  source,
}: {
  form: EvaluationForm;
  source: EvaluationSource;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [answers, setAnswers] = useState<AnswerState>(emptyAnswers);
  const [missing, setMissing] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const submit = useSubmitEvaluation(source);
  const cards = useRef(new Map<string, HTMLElement>());
  const title = pickLocalized(form.event.title, lang);
  const when = (iso: string) => formatDateTimeInZone(iso, lang, form.event.timeZone);
  const done = answeredCount(form, answers);
  const total = totalCount(form);
  const progress = t('evaluations.take.progress', {
    count: total,
    done: formatNumber(done, lang),
    total: formatNumber(total, lang),
  });

  const header = (
    <Stack gap={4}>
      <Text size="sm" c="dimmed" dir="auto">
        {title}
      </Text>
      <Title order={1} size="h2">
        {t(`evaluations.kind.${form.kind}`)}
      </Title>
      <Text size="sm" c="dimmed">
        {t('evaluations.take.window', { opens: when(form.opensAt), closes: when(form.closesAt) })}
      </Text>
    </Stack>
  );

  if (form.result) {
    return (
      <Stack gap="md">
        {header}
        <EvaluationResultPanel
          kind={form.kind}
          result={form.result}
          passMark={form.passMarkPercent}
        />
      </Stack>
    );
  }
  if (form.state !== 'open') {
    return (
      <Stack gap="md">
        {header}
        <Alert color={form.state === 'closed' ? 'gray' : 'blue'} variant="light" role="status">
          {form.state === 'closed'
            ? t('evaluations.take.closed', { date: when(form.closesAt) })
            : t('evaluations.take.notOpen', { date: when(form.opensAt) })}
        </Alert>
      </Stack>
    );
  }

  const update = (next: AnswerState) => {
    setAnswers(next);
    if (missing.length > 0) setMissing(missingQuestions(form, next).map((q) => q.id));
  };
  const trySubmit = () => {
    const gaps = missingQuestions(form, answers);
    setMissing(gaps.map((q) => q.id));
    if (gaps.length > 0) {
      const first = cards.current.get(gaps[0].id);
      first?.scrollIntoView({ block: 'center' });
      first?.querySelector('input')?.focus();
      return;
    }
    submit.reset();
    setConfirming(true);
  };
  const cardRef = (id: string) => (el: HTMLElement | null) => {
    if (el) cards.current.set(id, el);
    else cards.current.delete(id);
  };

  return (
    <Stack gap="md">
      {header}
      <Text size="sm">
        {form.kind === 'survey'
          ? t('evaluations.take.surveyIntro')
          : t('evaluations.take.testIntro', { mark: formatNumber(form.passMarkPercent, lang) })}
      </Text>
      <Stack
        gap={4}
        pos="sticky"
        top={0}
        py="xs"
        bg="var(--mantine-color-body)"
        style={{ zIndex: 2 }}
      >
        <Text size="sm" fw={600} aria-hidden>
          {progress}
        </Text>
        {/* Mantine puts role="progressbar" on the bar itself, which takes the label. */}
        <Progress value={total === 0 ? 0 : (done / total) * 100} aria-label={progress} size="md" />
      </Stack>

      {form.kind === 'survey'
        ? form.rows.map((row, index) => (
            <SurveyRowCard
              key={rowKey(row)}
              row={row}
              number={index + 1}
              answers={answers}
              onChange={update}
            />
          ))
        : form.questions.map((question, index) => (
            <QuestionCard
              key={question.id}
              cardRef={cardRef(question.id)}
              question={question}
              number={index + 1}
              chosen={answers.choices[question.id] ?? []}
              missing={missing.includes(question.id)}
              onChoose={(optionId, checked) => update(choose(answers, question, optionId, checked))}
            />
          ))}

      {missing.length > 0 && (
        <Alert color="red" variant="light" role="alert">
          {t('evaluations.take.missing', {
            count: missing.length,
            numbers: form.questions
              .map((q, i) => (missing.includes(q.id) ? formatNumber(i + 1, lang) : null))
              .filter(Boolean)
              .join(t('evaluations.results.separator')),
          })}
        </Alert>
      )}
      {submit.isError && <ErrorAlert error={submit.error} />}
      <Button size="lg" fullWidth onClick={trySubmit} loading={submit.isPending}>
        {t('evaluations.take.submit')}
      </Button>

      <ConfirmDialog
        opened={confirming}
        title={t('evaluations.take.confirmTitle')}
        message={
          form.kind === 'survey'
            ? t('evaluations.take.confirmSurvey', {
                count: total,
                done: formatNumber(done, lang),
                total: formatNumber(total, lang),
              })
            : t('evaluations.take.confirmTest')
        }
        confirmLabel={t('evaluations.take.confirm')}
        loading={submit.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          submit.mutate(buildResponse(form, answers), {
            onSettled: () => setConfirming(false),
            onSuccess: () => window.scrollTo({ top: 0 }),
          })
        }
      />
    </Stack>
  );
}

function QuestionCard({
  question,
  number,
  chosen,
  missing,
  onChoose,
  cardRef,
}: {
  question: FormQuestion;
  number: number;
  chosen: string[];
  missing: boolean;
  onChoose: (optionId: string, checked: boolean) => void;
  cardRef: (el: HTMLElement | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const prompt = pickLocalized(question.prompt, lang);
  const legend = t('evaluations.take.questionLegend', {
    number: formatNumber(number, lang),
    text: prompt,
  });
  const hint =
    question.type === 'multiple'
      ? t('evaluations.take.chooseAll')
      : t('evaluations.take.chooseOne');
  const error = missing ? t('evaluations.take.required') : undefined;
  const options = question.options.map((o) => ({ id: o.id, text: pickLocalized(o.text, lang) }));

  return (
    <Paper
      ref={cardRef}
      withBorder
      radius="md"
      p="md"
      data-testid="evaluation-question"
      style={missing ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
    >
      {question.type === 'single' ? (
        <Radio.Group
          value={chosen[0] ?? null}
          onChange={(id) => onChoose(id, true)}
          label={legend}
          labelProps={LABEL_PROPS}
          description={hint}
          error={error}
        >
          <Stack gap="xs" mt="xs">
            {options.map((o) => (
              <ChoiceCard
                key={o.id}
                kind="radio"
                value={o.id}
                label={o.text}
                checked={chosen.includes(o.id)}
              />
            ))}
          </Stack>
        </Radio.Group>
      ) : (
        <Checkbox.Group
          value={chosen}
          onChange={(ids) => {
            const added = ids.find((id) => !chosen.includes(id));
            const removed = chosen.find((id) => !ids.includes(id));
            if (added) onChoose(added, true);
            else if (removed) onChoose(removed, false);
          }}
          label={legend}
          labelProps={LABEL_PROPS}
          description={hint}
          error={error}
        >
          <Stack gap="xs" mt="xs">
            {options.map((o) => (
              <ChoiceCard
                key={o.id}
                kind="checkbox"
                value={o.id}
                label={o.text}
                checked={chosen.includes(o.id)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    </Paper>
  );
}

function SurveyRowCard({
  row,
  number,
  answers,
  onChange,
}: {
  row: SurveyFormRow;
  number: number;
  answers: AnswerState;
  onChange: (next: AnswerState) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const key = rowKey(row);
  const prompt = pickLocalized(row.prompt, lang);
  const legend = t('evaluations.take.questionLegend', {
    number: formatNumber(number, lang),
    text: prompt,
  });
  const rating = answers.ratings[key];
  // Which session or trainer the row is about comes first: the same statement repeats per subject.
  const description = [
    row.subject ? t(`evaluations.take.subject.${row.scope}`, { subject: row.subject }) : null,
    t('evaluations.take.optional'),
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <Paper withBorder radius="md" p="md" data-testid="evaluation-question">
      {row.type === 'likert' ? (
        <Radio.Group
          value={rating === undefined ? null : String(rating)}
          onChange={(value) =>
            onChange({ ...answers, ratings: { ...answers.ratings, [key]: Number(value) } })
          }
          label={legend}
          labelProps={LABEL_PROPS}
          description={description}
        >
          <SimpleGrid cols={{ base: 1, sm: RATINGS.length }} spacing="xs" mt="xs">
            {RATINGS.map((value) => (
              <ChoiceCard
                key={value}
                kind="radio"
                value={String(value)}
                label={t(`evaluations.likert.${value}`, { value: formatNumber(value, lang) })}
                checked={rating === value}
              />
            ))}
          </SimpleGrid>
        </Radio.Group>
      ) : (
        <Textarea
          label={legend}
          labelProps={LABEL_PROPS}
          description={description}
          autosize
          minRows={3}
          maxLength={2000}
          value={answers.texts[key] ?? ''}
          onChange={(event) =>
            onChange({ ...answers, texts: { ...answers.texts, [key]: event.currentTarget.value } })
          }
        />
      )}
    </Paper>
  );
}
