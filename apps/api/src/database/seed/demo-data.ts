import type { CreatePackageInput, Language, Role } from '@multaqa/contract';

/** Shown by `pnpm start` and the README; only ever seeded into an empty database. */
export const DEMO_PASSWORD = 'multaqa-demo-2026';

export const demoUsers: {
  email: string;
  fullName: string;
  roles: Role[];
  preferredLanguage: Language;
}[] = [
  {
    email: 'admin@multaqa.test',
    fullName: 'Amina Haddad',
    roles: ['admin'],
    preferredLanguage: 'en',
  },
  {
    email: 'coordinator@multaqa.test',
    fullName: 'Salma Ben Youssef',
    roles: ['coordinator'],
    preferredLanguage: 'ar',
  },
  {
    email: 'trainer@multaqa.test',
    fullName: 'Omar Farah',
    roles: ['trainer'],
    preferredLanguage: 'fr',
  },
  {
    email: 'participant@multaqa.test',
    fullName: 'Abdi Warsame',
    roles: ['participant'],
    preferredLanguage: 'ar',
  },
  {
    email: 'door@multaqa.test',
    fullName: 'Hodan Abdullahi',
    roles: ['door_staff'],
    preferredLanguage: 'ar',
  },
];

/** DOMAIN.md, story step 1: the package with five modules, 30 hours, in ar/en/fr. */
export const socialMediaPackage: CreatePackageInput = {
  title: {
    ar: 'تحليل المحتوى المتطرف على وسائل التواصل الاجتماعي',
    en: 'Analysing extremist content on social media',
    fr: 'Analyser les contenus extrémistes sur les réseaux sociaux',
  },
  description: {
    ar: 'برنامج تطبيقي يمكّن المسؤولين من رصد المحتوى المتطرف وتحليله والرد عليه.',
    en: 'A hands-on programme that equips officials to detect, analyse and answer extremist content online.',
    fr: 'Un programme pratique qui permet aux responsables de repérer, analyser et contrer les contenus extrémistes en ligne.',
  },
  objectives: {
    ar: 'فهم السرديات المتطرفة، وإتقان أدوات التحليل، وصياغة رسائل مضادة.',
    en: 'Understand extremist narratives, master analysis tools, and design counter-messages.',
    fr: 'Comprendre les récits extrémistes, maîtriser les outils d’analyse et concevoir des contre-discours.',
  },
  targetAudience: {
    ar: 'موظفو وزارات الأمن الداخلي والدفاع والإعلام.',
    en: 'Officials of ministries of internal security, defence and information.',
    fr: 'Agents des ministères de la sécurité intérieure, de la défense et de l’information.',
  },
  modules: [
    {
      title: {
        ar: 'أسس: الخطاب المتطرف وخطاب الكراهية على الإنترنت',
        en: 'Foundations: extremist narratives and hate speech online',
        fr: 'Fondements : récits extrémistes et discours de haine en ligne',
      },
      hours: 4,
      learningOutcomes: {
        en: 'Distinguish extremist narratives from legitimate dissent.',
        ar: 'التمييز بين السرديات المتطرفة والمعارضة المشروعة.',
        fr: 'Distinguer les récits extrémistes de la contestation légitime.',
      },
    },
    {
      title: {
        ar: 'المنصات والخوارزميات وانتشار المحتوى',
        en: 'Platforms, algorithms and the spread of content',
        fr: 'Plateformes, algorithmes et diffusion des contenus',
      },
      hours: 6,
      learningOutcomes: {
        en: 'Explain how recommendation systems amplify content.',
        ar: 'شرح كيفية تضخيم أنظمة التوصية للمحتوى.',
        fr: 'Expliquer comment les systèmes de recommandation amplifient les contenus.',
      },
    },
    {
      title: {
        ar: 'أساليب جمع المحتوى وتحليله',
        en: 'Methods for collecting and analysing content',
        fr: 'Méthodes de collecte et d’analyse des contenus',
      },
      hours: 8,
      learningOutcomes: {
        en: 'Collect a sample lawfully and code it for analysis.',
        ar: 'جمع عيّنة بطريقة قانونية وترميزها للتحليل.',
        fr: 'Constituer un échantillon légalement et le coder pour l’analyse.',
      },
    },
    {
      title: {
        ar: 'رصد أساليب التجنيد والدعاية',
        en: 'Identifying recruitment and propaganda techniques',
        fr: 'Repérer les techniques de recrutement et de propagande',
      },
      hours: 6,
      learningOutcomes: {
        en: 'Recognise grooming and recruitment patterns.',
        ar: 'التعرّف على أنماط الاستدراج والتجنيد.',
        fr: 'Reconnaître les schémas d’embrigadement et de recrutement.',
      },
    },
    {
      title: {
        ar: 'من التحليل إلى الرسائل المضادة',
        en: 'From analysis to counter-messaging',
        fr: 'De l’analyse au contre-discours',
      },
      hours: 6,
      learningOutcomes: {
        en: 'Turn findings into a counter-messaging plan.',
        ar: 'تحويل النتائج إلى خطة رسائل مضادة.',
        fr: 'Transformer les constats en plan de contre-discours.',
      },
    },
  ],
};

/** A second package still being written, so the list shows a draft beside a published one. */
export const recruitmentPackage: CreatePackageInput = {
  title: {
    ar: 'مكافحة تجنيد الشباب',
    en: 'Countering the recruitment of young people',
    fr: 'Contrer le recrutement des jeunes',
  },
  modules: [
    {
      title: {
        ar: 'لماذا يُستهدف الشباب؟',
        en: 'Why young people are targeted',
        fr: 'Pourquoi les jeunes sont ciblés',
      },
      hours: 3,
    },
    {
      title: {
        ar: 'بناء المناعة في المجتمع',
        en: 'Building resilience in communities',
        fr: 'Renforcer la résilience des communautés',
      },
      hours: 4,
    },
  ],
};
