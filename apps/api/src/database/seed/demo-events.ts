import type {
  CreateEventInput,
  CreateInstitutionInput,
  CreateSessionInput,
} from '@multaqa/contract';

/** DOMAIN.md story step 2 and the conference story: who is involved, where and when. */
export const demoInstitutions = {
  internalSecurity: {
    name: {
      ar: 'وزارة الأمن الداخلي',
      en: 'Ministry of Internal Security',
      fr: 'Ministère de la Sécurité intérieure',
    },
    kind: 'ministry',
    countryCode: 'SO',
  },
  defence: {
    name: { ar: 'وزارة الدفاع', en: 'Ministry of Defence', fr: 'Ministère de la Défense' },
    kind: 'ministry',
    countryCode: 'SO',
  },
  information: {
    name: { ar: 'وزارة الإعلام', en: 'Ministry of Information', fr: "Ministère de l'Information" },
    kind: 'ministry',
    countryCode: 'SO',
  },
  family: {
    name: {
      ar: 'وزارة الأسرة والتنمية الاجتماعية',
      en: 'Ministry of Family and Social Development',
      fr: 'Ministère de la Famille et du Développement social',
    },
    kind: 'ministry',
    countryCode: 'SO',
  },
  university: {
    name: {
      ar: 'جامعة نايف العربية للعلوم الأمنية',
      en: 'Naif Arab University for Security Sciences',
      fr: 'Université arabe Naïf des sciences de sécurité',
    },
    acronym: 'NAUSS',
    kind: 'university',
    countryCode: 'SA',
  },
} satisfies Record<string, CreateInstitutionInput>;

/**
 * Per delivery, in demoInstitutions order: the quotas of DOMAIN.md story step 2 (20, 15, 15,
 * 10), three of them raised by one, so that the two deliveries train more than 120 officials
 * even with the few who missed too many sessions.
 */
export const MOGADISHU_QUOTAS = [21, 16, 16, 10];
export const MOGADISHU_CAPACITY = MOGADISHU_QUOTAS.reduce((a, b) => a + b, 0);

export const mogadishuTraining = (packageId: string): CreateEventInput => ({
  kind: 'training',
  packageId,
  title: {
    ar: 'تحليل المحتوى المتطرف على وسائل التواصل الاجتماعي — مقديشو، الدفعة الأولى',
    en: 'Analysing extremist content on social media — Mogadishu, first cohort',
    fr: 'Analyser les contenus extrémistes sur les réseaux sociaux — Mogadiscio, première promotion',
  },
  description: {
    en: 'First delivery for Somali officials of the ministries of internal security, defence, information, and family & social development.',
    ar: 'التقديم الأول لموظفي الوزارات الصومالية: الأمن الداخلي والدفاع والإعلام والأسرة والتنمية الاجتماعية.',
    fr: 'Première session pour les agents somaliens des ministères de la sécurité intérieure, de la défense, de l’information et de la famille.',
  },
  venue: { ar: 'مركز التدريب', en: 'Training Centre', fr: 'Centre de formation' },
  city: { ar: 'مقديشو', en: 'Mogadishu', fr: 'Mogadiscio' },
  countryCode: 'SO',
  timeZone: 'Africa/Mogadishu',
  startDate: '2020-01-12',
  endDate: '2020-01-16',
  mode: 'in_person',
  languages: ['ar', 'en'],
  capacity: MOGADISHU_CAPACITY,
});

export const SECOND_DELIVERY_START = '2020-01-26';

/** The copy keeps the first cohort's title; the demo names the second so lists tell them apart. */
export const SECOND_DELIVERY_TITLE = {
  ar: 'تحليل المحتوى المتطرف على وسائل التواصل الاجتماعي — مقديشو، الدفعة الثانية',
  en: 'Analysing extremist content on social media — Mogadishu, second cohort',
  fr: 'Analyser les contenus extrémistes sur les réseaux sociaux — Mogadiscio, deuxième promotion',
};

/** Sahel: a delivery whose registration is open now, so the public pages show a live event. */
export const niameyTraining = (packageId: string): CreateEventInput => ({
  kind: 'training',
  packageId,
  title: {
    ar: 'تحليل المحتوى المتطرف على وسائل التواصل الاجتماعي — نيامي',
    en: 'Analysing extremist content on social media — Niamey',
    fr: 'Analyser les contenus extrémistes sur les réseaux sociaux — Niamey',
  },
  venue: { ar: 'مركز المؤتمرات', en: 'Conference Centre', fr: 'Centre de conférences' },
  city: { ar: 'نيامي', en: 'Niamey', fr: 'Niamey' },
  countryCode: 'NE',
  timeZone: 'Africa/Niamey',
  startDate: '2027-03-08',
  endDate: '2027-03-12',
  mode: 'in_person',
  languages: ['fr', 'ar'],
  capacity: 40,
  registrationOpensAt: '2026-11-01T08:00:00+01:00',
  registrationClosesAt: '2027-02-15T18:00:00+01:00',
});

export const riyadhConference = (partnerId: string): CreateEventInput => ({
  kind: 'conference',
  title: {
    ar: 'المؤتمر الدولي لمواجهة خطاب التطرف والكراهية',
    en: 'International Conference on Countering Extremist and Hate Speech',
    fr: 'Conférence internationale sur la lutte contre les discours extrémistes et haineux',
  },
  description: {
    en: 'Three days, parallel tracks, 300 attendees from 30 countries, co-organized with Naif Arab University for Security Sciences.',
    ar: 'ثلاثة أيام ومسارات متوازية و300 مشارك من 30 بلدًا، بالتعاون مع جامعة نايف العربية للعلوم الأمنية.',
    fr: 'Trois jours, des sessions parallèles, 300 participants de 30 pays, en partenariat avec l’Université arabe Naïf.',
  },
  venue: {
    ar: 'مركز مؤتمرات جامعة نايف',
    en: 'NAUSS Conference Centre',
    fr: 'Centre de conférences de la NAUSS',
  },
  city: { ar: 'الرياض', en: 'Riyadh', fr: 'Riyad' },
  countryCode: 'SA',
  timeZone: 'Asia/Riyadh',
  startDate: '2019-04-15',
  endDate: '2019-04-17',
  mode: 'hybrid',
  languages: ['ar', 'en', 'fr'],
  capacity: 300,
  partnerIds: [partnerId],
});

type Slot = Omit<CreateSessionInput, 'type'> & { type: CreateSessionInput['type'] };

const speaker = (name: string, affiliation: string) => ({ name, affiliation });

/** Plenaries in the main hall, and two tracks side by side in the afternoons. */
export const conferenceSessions: Slot[] = ['2019-04-15', '2019-04-16', '2019-04-17'].flatMap(
  (date, day) => [
    {
      title: [
        { ar: 'الجلسة الافتتاحية', en: 'Opening plenary', fr: 'Séance plénière d’ouverture' },
        {
          ar: 'جلسة عامة: المنصات والمسؤولية',
          en: 'Plenary: platforms and responsibility',
          fr: 'Plénière : plateformes et responsabilité',
        },
        {
          ar: 'الجلسة الختامية والتوصيات',
          en: 'Closing plenary and recommendations',
          fr: 'Plénière de clôture et recommandations',
        },
      ][day],
      type: 'plenary',
      room: 'Main Hall',
      date,
      startTime: '09:00',
      endTime: '10:30',
      speakers: [speaker('Dr. Khalid Al-Harbi', 'NAUSS')],
    },
    {
      title: {
        ar: 'المسار أ: رصد الخطاب المتطرف',
        en: 'Track A: monitoring extremist discourse',
        fr: 'Parcours A : veille des discours extrémistes',
      },
      type: 'panel',
      room: 'Hall A',
      track: 'A',
      date,
      startTime: '11:00',
      endTime: '12:30',
      speakers: [
        speaker('Prof. Aïcha Diallo', 'Université Cheikh Anta Diop'),
        speaker('Dr. James Okello', 'Makerere University'),
      ],
    },
    {
      title: {
        ar: 'المسار ب: الشباب والوقاية',
        en: 'Track B: young people and prevention',
        fr: 'Parcours B : jeunesse et prévention',
      },
      type: 'workshop',
      room: 'Hall B',
      track: 'B',
      date,
      startTime: '11:00',
      endTime: '12:30',
      speakers: [speaker('Dr. Leila Benali', 'Université Mohammed V')],
    },
  ],
);
