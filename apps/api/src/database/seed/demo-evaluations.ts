import { randomUUID } from 'node:crypto';
import type {
  BankQuestion,
  EvaluationResponseInput,
  LocalizedText,
  SurveyItem,
} from '@multaqa/contract';
import type { EntityManager } from 'typeorm';
import { toInstant } from '../../sessions/local-time.js';

type Text = Required<Pick<LocalizedText, 'ar' | 'en' | 'fr'>>;

const t = (ar: string, en: string, fr: string): Text => ({ ar, en, fr });

/** [prompt, options with the correct ones marked, multiple choice?] */
const QUESTIONS: [Text, [Text, boolean][], boolean?][] = [
  [
    t(
      'ما الذي يميّز الخطاب المتطرف عن المعارضة المشروعة؟',
      'What sets extremist narratives apart from legitimate dissent?',
      'Qu’est-ce qui distingue un récit extrémiste d’une contestation légitime ?',
    ),
    [
      [
        t(
          'الدعوة إلى العنف أو تبريره',
          'Calling for or justifying violence',
          'L’appel à la violence ou sa justification',
        ),
        true,
      ],
      [t('انتقاد الحكومة', 'Criticising the government', 'La critique du gouvernement'), false],
      [t('استخدام وسائل التواصل', 'Using social media', 'L’usage des réseaux sociaux'), false],
    ],
  ],
  [
    t(
      'كيف تضخّم أنظمة التوصية المحتوى المتطرف؟',
      'How do recommendation systems amplify extremist content?',
      'Comment les systèmes de recommandation amplifient-ils les contenus extrémistes ?',
    ),
    [
      [
        t(
          'بمكافأة التفاعل القوي',
          'By rewarding strong engagement',
          'En récompensant un fort engagement',
        ),
        true,
      ],
      [t('بالترتيب الأبجدي', 'By alphabetical order', 'Par ordre alphabétique'), false],
      [t('بحذف التعليقات', 'By deleting comments', 'En supprimant les commentaires'), false],
    ],
  ],
  [
    t(
      'أيّ ممّا يلي من علامات الاستدراج عبر الإنترنت؟ (اختر كل ما ينطبق)',
      'Which of these are signs of online grooming? (choose all that apply)',
      'Lesquels sont des signes d’embrigadement en ligne ? (plusieurs réponses)',
    ),
    [
      [
        t(
          'عزل الشخص عن أسرته',
          'Isolating the person from family',
          'Isoler la personne de sa famille',
        ),
        true,
      ],
      [
        t('الانتقال إلى قنوات مغلقة', 'Moving to closed channels', 'Passer à des canaux fermés'),
        true,
      ],
      [t('نشر أخبار الطقس', 'Sharing weather news', 'Partager la météo'), false],
      [
        t(
          'الإطراء والاهتمام المفرط',
          'Flattery and excessive attention',
          'Flatterie et attention excessive',
        ),
        true,
      ],
    ],
    true,
  ],
  [
    t(
      'ما أول خطوة لجمع عيّنة من المحتوى بطريقة قانونية؟',
      'What is the first step in collecting a content sample lawfully?',
      'Quelle est la première étape d’une collecte légale de contenus ?',
    ),
    [
      [
        t(
          'تحديد الأساس القانوني والغرض',
          'Define the legal basis and purpose',
          'Définir la base légale et la finalité',
        ),
        true,
      ],
      [t('إنشاء حسابات مزيفة', 'Create fake accounts', 'Créer de faux comptes'), false],
      [t('نشر العيّنة للعموم', 'Publish the sample', 'Publier l’échantillon'), false],
    ],
  ],
  [
    t(
      'ما الغرض من دليل الترميز في تحليل المحتوى؟',
      'What is a codebook for in content analysis?',
      'À quoi sert une grille de codage en analyse de contenu ?',
    ),
    [
      [
        t(
          'تصنيف المحتوى بطريقة متسقة',
          'Classifying content consistently',
          'Classer les contenus de façon cohérente',
        ),
        true,
      ],
      [t('تشفير الرسائل', 'Encrypting messages', 'Chiffrer les messages'), false],
      [t('حظر الحسابات', 'Blocking accounts', 'Bloquer des comptes'), false],
    ],
  ],
  [
    t(
      'أيّ ممّا يلي من أساليب الدعاية؟ (اختر كل ما ينطبق)',
      'Which of these are propaganda techniques? (choose all that apply)',
      'Lesquelles sont des techniques de propagande ? (plusieurs réponses)',
    ),
    [
      [
        t('ثنائية «نحن» و«هم»', '“Us versus them” framing', 'L’opposition « nous contre eux »'),
        true,
      ],
      [t('مظلومية مصطنعة', 'Manufactured grievance', 'Le grief fabriqué'), true],
      [t('ذكر المصادر بدقة', 'Accurate sourcing', 'Citer ses sources avec exactitude'), false],
    ],
    true,
  ],
  [
    t(
      'ما الذي يجعل الرسالة المضادة فعّالة؟',
      'What makes a counter-message effective?',
      'Qu’est-ce qui rend un contre-discours efficace ?',
    ),
    [
      [
        t(
          'صوت موثوق لدى الجمهور المستهدف',
          'A voice the audience trusts',
          'Une voix en qui le public a confiance',
        ),
        true,
      ],
      [
        t('كثرة النشر بلا هدف', 'Posting often without aim', 'Publier souvent sans objectif'),
        false,
      ],
      [t('السخرية من الجمهور', 'Mocking the audience', 'Se moquer du public'), false],
    ],
  ],
  [
    t(
      'متى ينبغي إحالة محتوى إلى الجهات المختصة؟',
      'When should content be referred to the authorities?',
      'Quand faut-il signaler un contenu aux autorités ?',
    ),
    [
      [
        t(
          'عند وجود تهديد وشيك بالعنف',
          'When there is an imminent threat of violence',
          'En cas de menace imminente de violence',
        ),
        true,
      ],
      [
        t('عند كل منشور سياسي', 'For every political post', 'Pour toute publication politique'),
        false,
      ],
      [t('أبدًا', 'Never', 'Jamais'), false],
    ],
  ],
];

/** The social-media package's bank: eight questions, two of them multiple choice. */
export function questionBank(): BankQuestion[] {
  return QUESTIONS.map(([prompt, options, multiple]) => ({
    id: randomUUID(),
    type: multiple ? 'multiple' : 'single',
    prompt,
    options: options.map(([text, correct]) => ({ id: randomUUID(), text, correct })),
    points: 1,
  }));
}

export async function insertQuestionBank(
  tx: EntityManager,
  packageId: string,
  bank: BankQuestion[],
): Promise<void> {
  await tx.query(
    `INSERT INTO package_questions (id, package_id, position, type, prompt, options, points)
     SELECT (q->>'id')::uuid, $1, n - 1, (q->>'type')::question_type, q->'prompt', q->'options',
            (q->>'points')::int
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS k(q, n)`,
    [packageId, JSON.stringify(bank)],
  );
}

const surveyItems = (): SurveyItem[] => [
  {
    id: randomUUID(),
    type: 'likert',
    scope: 'event',
    prompt: t(
      'حقّق التدريب ما كنت أحتاجه في عملي.',
      'The training met the needs of my work.',
      'La formation a répondu aux besoins de mon travail.',
    ),
  },
  {
    id: randomUUID(),
    type: 'likert',
    scope: 'session',
    prompt: t('كانت هذه الجلسة مفيدة.', 'This session was useful.', 'Cette séance était utile.'),
  },
  {
    id: randomUUID(),
    type: 'likert',
    scope: 'trainer',
    prompt: t(
      'شرح المدرّب بوضوح.',
      'The trainer explained clearly.',
      'Le formateur a expliqué clairement.',
    ),
  },
  {
    id: randomUUID(),
    type: 'text',
    scope: 'event',
    prompt: t('ما الذي ينبغي تحسينه؟', 'What should be improved?', 'Que faudrait-il améliorer ?'),
  },
];

/** Comments without names, as the results page shows them. */
const COMMENTS = [
  'نحتاج إلى مزيد من التمارين العملية على المنصات المحلية.',
  'More practical exercises with Somali-language content, please.',
  'وقت أطول لوحدة الرسائل المضادة.',
  'The sessions after lunch were too long.',
];

const PASS_MARK = 60;

/**
 * How many of the eight questions person i gets right: before the training 3–5 (about half),
 * after it mostly 6–7; one in seventeen still fails the post-test.
 */
const preCorrect = (i: number) => 3 + ((i * 5) % 3);
const postCorrect = (i: number) => (i % 17 === 5 ? 4 : 6 + ((i * 3) % 2) + (i % 11 === 0 ? 1 : 0));

/** Answers scoring exactly `correct` of the questions, the misses rotating through the test. */
function testAnswers(questions: BankQuestion[], i: number, correct: number) {
  const missed = new Set(
    Array.from({ length: questions.length - correct }, (_, j) => (i + j * 3) % questions.length),
  );
  return questions.map((q, n) => {
    const right = q.options.filter((o) => o.correct).map((o) => o.id);
    const wrong = q.options.find((o) => !o.correct)!.id;
    return { questionId: q.id, optionIds: missed.has(n) ? [wrong] : right };
  });
}

/** Mostly 4 and 5, some 3, the odd 2: a cohort that liked its training. */
const rating = (i: number, n: number) => [5, 4, 4, 5, 3, 4, 5, 4, 2, 5, 4, 4][(i * 5 + n * 7) % 12];

interface Cohort {
  eventId: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  /** Approved registrations in cohort order, with the trainer who taught them. */
  registrations: { id: string; channel: 'portal' | 'link' }[];
  trainerId: string;
  /** Shifts who scores what, so two cohorts do not end up with identical results. */
  variation: number;
}

/**
 * Story: a pre-test on the first morning, a post-test and the survey on the last afternoon, all
 * closed now; most officials answered. Scores and ratings are computed here the way the
 * evaluations service does at submission (points over points possible; the mean of the ratings).
 */
export async function seedEvaluations(
  tx: EntityManager,
  bank: BankQuestion[],
  cohort: Cohort,
): Promise<void> {
  const at = (date: string, time: string) => toInstant(date, time, cohort.timeZone);
  const items = surveyItems();
  const [pre, post, survey]: { id: string }[] = await tx.query(
    `INSERT INTO evaluations (event_id, kind, opens_at, closes_at, pass_mark_percent, questions, items, invited_at)
     SELECT $1, k.kind::evaluation_kind, k.opens_at, k.closes_at, $2, k.questions, k.items, k.opens_at
       FROM unnest($3::text[], $4::timestamptz[], $5::timestamptz[], $6::jsonb[], $7::jsonb[])
            WITH ORDINALITY AS k(kind, opens_at, closes_at, questions, items, n)
      ORDER BY k.n
     RETURNING id`,
    [
      cohort.eventId,
      PASS_MARK,
      ['pre_test', 'post_test', 'survey'],
      [at(cohort.startDate, '08:00'), at(cohort.endDate, '14:00'), at(cohort.endDate, '14:00')],
      [at(cohort.startDate, '09:00'), at(cohort.endDate, '17:00'), at(cohort.endDate, '23:00')],
      [JSON.stringify(bank), JSON.stringify(bank), '[]'],
      ['[]', '[]', JSON.stringify(items)],
    ],
  );
  // Everyone approved was emailed a personal link to each (invited_at); nobody holds the tokens.
  await tx.query(
    `INSERT INTO evaluation_links (evaluation_id, registration_id, token_hash)
     SELECT e.id, r.id, sha256(convert_to(gen_random_uuid()::text, 'UTF8'))
       FROM unnest($1::uuid[]) AS e(id) CROSS JOIN unnest($2::uuid[]) AS r(id)`,
    [[pre.id, post.id, survey.id], cohort.registrations.map((r) => r.id)],
  );
  const sessions: { id: string }[] = await tx.query(
    'SELECT id FROM event_sessions WHERE event_id = $1 ORDER BY starts_at, id',
    [cohort.eventId],
  );
  const responses: {
    evaluationId: string;
    kind: string;
    registrationId: string;
    channel: string;
    submittedAt: Date;
    answers: EvaluationResponseInput;
    score: number | null;
    mean: number | null;
  }[] = [];
  const ratings: {
    n: number;
    itemId: string;
    sessionId: string | null;
    trainerId: string | null;
    rating: number;
  }[] = [];
  cohort.registrations.forEach((r, k) => {
    const i = k + cohort.variation * 7;
    const base = { registrationId: r.id, channel: r.channel };
    for (const [kind, evaluationId, correct, answered, day, time] of [
      ['pre_test', pre.id, preCorrect(i), i % 10 !== 9, cohort.startDate, '08:20'],
      ['post_test', post.id, postCorrect(i), i % 12 !== 11, cohort.endDate, '15:10'],
    ] as const) {
      if (!answered) continue;
      responses.push({
        ...base,
        evaluationId,
        kind,
        submittedAt: at(day, time),
        answers: { answers: testAnswers(bank, i, correct), survey: [] },
        score: Math.round((correct / bank.length) * 10000) / 100,
        mean: null,
      });
    }
    if (i % 7 === 6) return;
    const [event, session, trainer, text] = items;
    const rows = [
      { itemId: event.id, sessionId: null, trainerId: null },
      ...sessions.map((s) => ({ itemId: session.id, sessionId: s.id, trainerId: null })),
      { itemId: trainer.id, sessionId: null, trainerId: cohort.trainerId },
    ].map((row, n) => ({ ...row, rating: rating(i, n), text: null }));
    const comment = i % 9 === 4 ? COMMENTS[i % COMMENTS.length] : null;
    const surveyAnswers = comment
      ? [
          ...rows,
          { itemId: text.id, sessionId: null, trainerId: null, rating: null, text: comment },
        ]
      : rows;
    const n = responses.length;
    responses.push({
      ...base,
      evaluationId: survey.id,
      kind: 'survey',
      submittedAt: at(cohort.endDate, '16:05'),
      answers: { answers: [], survey: surveyAnswers },
      score: null,
      mean: rows.reduce((sum, row) => sum + row.rating, 0) / rows.length,
    });
    for (const row of rows) ratings.push({ n, ...row });
  });
  const ids: { id: string }[] = await tx.query(
    `INSERT INTO evaluation_responses (evaluation_id, event_id, kind, registration_id, submitted_at,
                                       channel, answers, score_percent, passed, rating_mean)
     SELECT k.evaluation_id, $1, k.kind::evaluation_kind, k.registration_id, k.submitted_at,
            k.channel::evaluation_channel, k.answers, k.score, k.score >= $10, round(k.mean, 3)
       FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::timestamptz[], $6::text[], $7::jsonb[],
                   $8::numeric[], $9::numeric[]) WITH ORDINALITY
            AS k(evaluation_id, kind, registration_id, submitted_at, channel, answers, score, mean, n)
      ORDER BY k.n
     RETURNING id`,
    [
      cohort.eventId,
      responses.map((r) => r.evaluationId),
      responses.map((r) => r.kind),
      responses.map((r) => r.registrationId),
      responses.map((r) => r.submittedAt),
      responses.map((r) => r.channel),
      responses.map((r) => JSON.stringify(r.answers)),
      responses.map((r) => r.score),
      responses.map((r) => r.mean),
      PASS_MARK,
    ],
  );
  await tx.query(
    `INSERT INTO survey_ratings (response_id, evaluation_id, item_id, session_id, trainer_id, rating)
     SELECT k.response_id, $1, k.item_id, k.session_id, k.trainer_id, k.rating
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::smallint[])
            AS k(response_id, item_id, session_id, trainer_id, rating)`,
    [
      survey.id,
      ratings.map((r) => ids[r.n].id),
      ratings.map((r) => r.itemId),
      ratings.map((r) => r.sessionId),
      ratings.map((r) => r.trainerId),
      ratings.map((r) => r.rating),
    ],
  );
}
