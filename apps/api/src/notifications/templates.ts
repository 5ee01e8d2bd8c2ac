import type { Language } from '@multaqa/contract';

export const TEMPLATES = [
  'registration_submitted',
  'registration_approved',
  'registration_waitlisted',
  'registration_waitlisted_code',
  'registration_promoted',
  'registration_rejected',
  'registration_cancelled',
  'confirm_email',
  'password_reset',
  'registration_linked',
  'registration_confirm',
  'registration_confirm_account',
  'registration_already',
  'certificate_issued',
  'evaluation_invitation',
] as const;
export type TemplateName = (typeof TEMPLATES)[number];

interface Template {
  subject: string;
  text: string;
  /** An HTML part besides the text (values are HTML-escaped into it); most messages have none. */
  html?: string;
}

/** Our words before a block a person wrote (see render.ts), so it cannot pass for our text. */
export const blockLabels: Record<Language, { reason: string }> = {
  en: { reason: 'The organisers wrote:' },
  fr: { reason: 'Message des organisateurs :' },
  ar: { reason: 'كتب المنظمون:' },
};

/** Message texts by language; {{placeholders}} are filled by i18next's interpolation. */
export const templates: Record<Language, Record<TemplateName, Template>> = {
  en: {
    registration_submitted: {
      subject: 'We received your registration: {{event}}',
      text: 'Dear {{name}},\n\nWe received your registration for “{{event}}” ({{dates}}, {{city}}). A coordinator will review it and you will hear from us by email.\n\nYour registrations: {{portalUrl}}',
    },
    registration_approved: {
      subject: 'Your place is confirmed: {{event}}',
      text: 'Dear {{name}},\n\nYour registration for “{{event}}” ({{dates}}, {{city}}) is approved. We look forward to welcoming you.\n\nProgramme and details: {{portalUrl}}',
    },
    registration_waitlisted: {
      subject: 'You are on the waiting list: {{event}}',
      text: 'Dear {{name}},\n\n“{{event}}” is full for now, so your registration is on the waiting list (position {{position}}). If a place frees up, you will get it automatically and we will tell you by email.\n\n{{portalUrl}}',
    },
    registration_waitlisted_code: {
      subject: 'You are on the waiting list: {{event}}',
      text: 'Dear {{name}},\n\nThe invitation code you used for “{{event}}” ({{dates}}, {{city}}) has been used up, so your registration is on the waiting list (position {{position}}). If a place frees up, you will get it automatically and we will tell you by email.\n\n{{portalUrl}}',
    },
    registration_promoted: {
      subject: 'A place freed up for you: {{event}}',
      text: 'Dear {{name}},\n\nA place became available and your registration for “{{event}}” ({{dates}}, {{city}}) is now approved.\n\n{{portalUrl}}',
    },
    registration_rejected: {
      subject: 'About your registration: {{event}}',
      text: 'Dear {{name}},\n\nWe are sorry: your registration for “{{event}}” could not be accepted.{{reason}}\n\n{{portalUrl}}',
    },
    registration_cancelled: {
      subject: 'Registration cancelled: {{event}}',
      text: 'Dear {{name}},\n\nYour registration for “{{event}}” is cancelled.{{reason}}\n\n{{portalUrl}}',
    },
    confirm_email: {
      subject: 'Confirm your email address for Multaqa',
      text: 'Dear {{name}},\n\nTo activate your Multaqa account, open this link within 7 days:\n{{link}}\n\nIf you did not register, ignore this message.',
    },
    password_reset: {
      subject: 'Reset your Multaqa password',
      text: 'Dear {{name}},\n\nTo choose a new password, open this link within one hour:\n{{link}}\n\nIf you did not ask for this, ignore this message; your password stays as it is.',
    },
    registration_linked: {
      subject: 'Your email was used to register you: {{event}}',
      text: 'Dear {{name}},\n\nA coordinator of “{{event}}” ({{dates}}, {{city}}) registered you for it with your email address, which links the event to your existing record; the coordinator can now see that record. If you did not expect this, reply to this message or tell the centre.\n\nYour registrations: {{portalUrl}}',
    },
    registration_confirm: {
      subject: 'Confirm your registration: {{event}}',
      text: 'Dear {{name}},\n\nWe received your registration for “{{event}}” ({{dates}}, {{city}}). To confirm your email address and choose a password for your participant space, open this link within 7 days:\n{{link}}\n\nIf you did not register, ignore this message.',
    },
    registration_confirm_account: {
      subject: 'Confirm your registration: {{event}}',
      text: 'Dear {{name}},\n\nSomeone, perhaps you, asked to register this address for “{{event}}” ({{dates}}, {{city}}). The address already has a Multaqa account, so nothing is registered until you confirm by opening this link within 7 days:\n{{link}}\n\nIf it was not you, ignore this message: nothing changes.',
    },
    registration_already: {
      subject: 'You are already registered: {{event}}',
      text: 'Dear {{name}},\n\nThe registration form for “{{event}}” ({{dates}}, {{city}}) was sent again with this address. You are already registered, so nothing changed.\n\nYour registrations: {{portalUrl}}',
    },
    certificate_issued: {
      subject: 'Your certificate: {{event}}',
      text: 'Dear {{name}},\n\nYour certificate for “{{event}}” is attached (serial {{serial}}).\n\nAnyone can check that it is genuine at this address, which its QR code also holds:\n{{link}}\n\nKeep this message: the link proves your certificate.',
      html: '<p>Dear {{name}},</p><p>Your certificate for “{{event}}” is attached (serial <strong>{{serial}}</strong>).</p><p>Anyone can check that it is genuine at this address, which its QR code also holds:<br><a href="{{link}}">Verify the certificate</a></p><p>Keep this message: the link proves your certificate.</p>',
    },
    evaluation_invitation: {
      subject: 'Your {{what}}: {{event}}',
      text: 'Dear {{name}},\n\nThe {{what}} of “{{event}}” is open until {{closes}}. It takes a few minutes; open your personal link to answer:\n{{link}}\n\nThe link is yours alone: do not share it. If you have a participant account, you can also answer in your space: {{portalUrl}}',
      html: '<p>Dear {{name}},</p><p>The {{what}} of “{{event}}” is open until {{closes}}. It takes a few minutes; open your personal link to answer:<br><a href="{{link}}">Answer the {{what}}</a></p><p>The link is yours alone: do not share it. If you have a participant account, you can also answer in <a href="{{portalUrl}}">your space</a>.</p>',
    },
  },
  fr: {
    registration_submitted: {
      subject: 'Nous avons reçu votre inscription : {{event}}',
      text: 'Bonjour {{name}},\n\nNous avons reçu votre inscription à « {{event}} » ({{dates}}, {{city}}). Un coordinateur va l’examiner et vous recevrez notre réponse par e-mail.\n\nVos inscriptions : {{portalUrl}}',
    },
    registration_approved: {
      subject: 'Votre place est confirmée : {{event}}',
      text: 'Bonjour {{name}},\n\nVotre inscription à « {{event}} » ({{dates}}, {{city}}) est acceptée. Au plaisir de vous accueillir.\n\nProgramme et détails : {{portalUrl}}',
    },
    registration_waitlisted: {
      subject: "Vous êtes sur la liste d'attente : {{event}}",
      text: 'Bonjour {{name}},\n\n« {{event}} » est complet pour l’instant : votre inscription est sur la liste d’attente (position {{position}}). Si une place se libère, elle vous sera attribuée automatiquement et nous vous préviendrons par e-mail.\n\n{{portalUrl}}',
    },
    registration_waitlisted_code: {
      subject: "Vous êtes sur la liste d'attente : {{event}}",
      text: 'Bonjour {{name}},\n\nLe code d’invitation utilisé pour « {{event}} » ({{dates}}, {{city}}) est épuisé : votre inscription est sur la liste d’attente (position {{position}}). Si une place se libère, elle vous sera attribuée automatiquement et nous vous préviendrons par e-mail.\n\n{{portalUrl}}',
    },
    registration_promoted: {
      subject: 'Une place s’est libérée pour vous : {{event}}',
      text: 'Bonjour {{name}},\n\nUne place s’est libérée et votre inscription à « {{event}} » ({{dates}}, {{city}}) est maintenant acceptée.\n\n{{portalUrl}}',
    },
    registration_rejected: {
      subject: 'Au sujet de votre inscription : {{event}}',
      text: 'Bonjour {{name}},\n\nNous sommes désolés : votre inscription à « {{event}} » n’a pas pu être acceptée.{{reason}}\n\n{{portalUrl}}',
    },
    registration_cancelled: {
      subject: 'Inscription annulée : {{event}}',
      text: 'Bonjour {{name}},\n\nVotre inscription à « {{event}} » est annulée.{{reason}}\n\n{{portalUrl}}',
    },
    confirm_email: {
      subject: 'Confirmez votre adresse e-mail pour Multaqa',
      text: 'Bonjour {{name}},\n\nPour activer votre compte Multaqa, ouvrez ce lien dans les 7 jours :\n{{link}}\n\nSi vous ne vous êtes pas inscrit, ignorez ce message.',
    },
    password_reset: {
      subject: 'Réinitialiser votre mot de passe Multaqa',
      text: 'Bonjour {{name}},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure :\n{{link}}\n\nSi vous n’avez rien demandé, ignorez ce message ; votre mot de passe ne change pas.',
    },
    registration_linked: {
      subject: 'Votre adresse e-mail a servi à vous inscrire : {{event}}',
      text: 'Bonjour {{name}},\n\nUn coordinateur de « {{event}} » ({{dates}}, {{city}}) vous y a inscrit avec votre adresse e-mail, ce qui relie l’événement à votre fiche existante ; ce coordinateur peut désormais la voir. Si vous ne vous y attendiez pas, répondez à ce message ou prévenez le centre.\n\nVos inscriptions : {{portalUrl}}',
    },
    registration_confirm: {
      subject: 'Confirmez votre inscription : {{event}}',
      text: 'Bonjour {{name}},\n\nNous avons reçu votre inscription à « {{event}} » ({{dates}}, {{city}}). Pour confirmer votre adresse e-mail et choisir un mot de passe pour votre espace participant, ouvrez ce lien dans les 7 jours :\n{{link}}\n\nSi vous ne vous êtes pas inscrit, ignorez ce message.',
    },
    registration_confirm_account: {
      subject: 'Confirmez votre inscription : {{event}}',
      text: 'Bonjour {{name}},\n\nQuelqu’un, peut-être vous, a demandé à inscrire cette adresse à « {{event}} » ({{dates}}, {{city}}). Cette adresse a déjà un compte Multaqa : rien n’est inscrit tant que vous n’avez pas confirmé en ouvrant ce lien dans les 7 jours :\n{{link}}\n\nSi ce n’était pas vous, ignorez ce message : rien ne change.',
    },
    registration_already: {
      subject: 'Vous êtes déjà inscrit : {{event}}',
      text: 'Bonjour {{name}},\n\nLe formulaire d’inscription à « {{event}} » ({{dates}}, {{city}}) a été envoyé de nouveau avec cette adresse. Vous êtes déjà inscrit : rien n’a changé.\n\nVos inscriptions : {{portalUrl}}',
    },
    certificate_issued: {
      subject: 'Votre certificat : {{event}}',
      text: 'Bonjour {{name}},\n\nVotre certificat pour « {{event}} » est joint à ce message (numéro {{serial}}).\n\nChacun peut vérifier son authenticité à cette adresse, que contient aussi son code QR :\n{{link}}\n\nConservez ce message : le lien atteste votre certificat.',
      html: '<p>Bonjour {{name}},</p><p>Votre certificat pour « {{event}} » est joint à ce message (numéro <strong>{{serial}}</strong>).</p><p>Chacun peut vérifier son authenticité à cette adresse, que contient aussi son code QR :<br><a href="{{link}}">Vérifier le certificat</a></p><p>Conservez ce message : le lien atteste votre certificat.</p>',
    },
    evaluation_invitation: {
      subject: 'Votre {{what}} : {{event}}',
      text: 'Bonjour {{name}},\n\nLe {{what}} de « {{event}} » est ouvert jusqu’au {{closes}}. Il ne prend que quelques minutes ; ouvrez votre lien personnel pour répondre :\n{{link}}\n\nCe lien est personnel : ne le partagez pas. Si vous avez un compte participant, vous pouvez aussi répondre dans votre espace : {{portalUrl}}',
      html: '<p>Bonjour {{name}},</p><p>Le {{what}} de « {{event}} » est ouvert jusqu’au {{closes}}. Il ne prend que quelques minutes ; ouvrez votre lien personnel pour répondre :<br><a href="{{link}}">Répondre</a></p><p>Ce lien est personnel : ne le partagez pas. Si vous avez un compte participant, vous pouvez aussi répondre dans <a href="{{portalUrl}}">votre espace</a>.</p>',
    },
  },
  ar: {
    registration_submitted: {
      subject: 'تلقّينا تسجيلك: {{event}}',
      text: 'السيد/السيدة {{name}}،\n\nتلقّينا تسجيلك في «{{event}}» ({{dates}}، {{city}}). سيراجعه أحد المنسقين وسنوافيك بالرد عبر البريد الإلكتروني.\n\nتسجيلاتك: {{portalUrl}}',
    },
    registration_approved: {
      subject: 'تم تأكيد مقعدك: {{event}}',
      text: 'السيد/السيدة {{name}}،\n\nتمت الموافقة على تسجيلك في «{{event}}» ({{dates}}، {{city}}). نتطلع إلى استقبالك.\n\nالبرنامج والتفاصيل: {{portalUrl}}',
    },
    registration_waitlisted: {
      subject: 'أنت على قائمة الانتظار: {{event}}',
      text: 'السيد/السيدة {{name}}،\n\nاكتملت المقاعد في «{{event}}» حاليًا، لذا وُضع تسجيلك على قائمة الانتظار (الترتيب {{position}}). إذا شغر مقعد فسيُمنح لك تلقائيًا وسنبلغك بالبريد الإلكتروني.\n\n{{portalUrl}}',
    },
    registration_waitlisted_code: {
      subject: 'أنت على قائمة الانتظار: {{event}}',
      text: 'السيد/السيدة {{name}}،\n\nاستُنفد رمز الدعوة الذي استخدمته في «{{event}}» ({{dates}}، {{city}})، لذا وُضع تسجيلك على قائمة الانتظار (الترتيب {{position}}). إذا شغر مقعد فسيُمنح لك تلقائيًا وسنبلغك بالبريد الإلكتروني.\n\n{{portalUrl}}',
    },
    registration_promoted: {
      subject: 'شغر مقعد لك: {{event}}',
      text: 'السيد/السيدة {{name}}،\n\nشغر مقعد وأصبح تسجيلك في «{{event}}» ({{dates}}، {{city}}) مقبولًا الآن.\n\n{{portalUrl}}',
    },
    registration_rejected: {
      subject: 'بشأن تسجيلك: {{event}}',
      text: 'السيد/السيدة {{name}}،\n\nنأسف لتعذّر قبول تسجيلك في «{{event}}».{{reason}}\n\n{{portalUrl}}',
    },
    registration_cancelled: {
      subject: 'أُلغي التسجيل: {{event}}',
      text: 'السيد/السيدة {{name}}،\n\nأُلغي تسجيلك في «{{event}}».{{reason}}\n\n{{portalUrl}}',
    },
    confirm_email: {
      subject: 'أكّد بريدك الإلكتروني في ملتقى',
      text: 'السيد/السيدة {{name}}،\n\nلتفعيل حسابك في ملتقى، افتح هذا الرابط خلال 7 أيام:\n{{link}}\n\nإذا لم تسجّل، فتجاهل هذه الرسالة.',
    },
    password_reset: {
      subject: 'إعادة تعيين كلمة المرور في ملتقى',
      text: 'السيد/السيدة {{name}}،\n\nلاختيار كلمة مرور جديدة، افتح هذا الرابط خلال ساعة:\n{{link}}\n\nإذا لم تطلب ذلك، فتجاهل هذه الرسالة؛ تبقى كلمة المرور كما هي.',
    },
    registration_linked: {
      subject: 'استُخدم بريدك الإلكتروني لتسجيلك: {{event}}',
      text: 'السيد/السيدة {{name}}،\n\nسجّلك أحد منسقي «{{event}}» ({{dates}}، {{city}}) فيها باستخدام بريدك الإلكتروني، فارتبطت الفعالية بسجلك القائم وصار بإمكان هذا المنسق الاطلاع عليه. إن لم تكن تتوقع ذلك، فردّ على هذه الرسالة أو أبلغ المركز.\n\nتسجيلاتك: {{portalUrl}}',
    },
    registration_confirm: {
      subject: 'أكّد تسجيلك: {{event}}',
      text: 'السيد/السيدة {{name}}،\n\nتلقّينا تسجيلك في «{{event}}» ({{dates}}، {{city}}). لتأكيد بريدك الإلكتروني واختيار كلمة مرور لفضاء المشارك، افتح هذا الرابط خلال 7 أيام:\n{{link}}\n\nإذا لم تسجّل، فتجاهل هذه الرسالة.',
    },
    registration_confirm_account: {
      subject: 'أكّد تسجيلك: {{event}}',
      text: 'السيد/السيدة {{name}}،\n\nطلب أحدهم، وربما أنت، تسجيل هذا العنوان في «{{event}}» ({{dates}}، {{city}}). لهذا العنوان حساب في ملتقى، لذا لن يُسجَّل شيء حتى تؤكد بفتح هذا الرابط خلال 7 أيام:\n{{link}}\n\nإذا لم تكن أنت، فتجاهل هذه الرسالة: لن يتغير شيء.',
    },
    registration_already: {
      subject: 'أنت مسجّل بالفعل: {{event}}',
      text: 'السيد/السيدة {{name}}،\n\nأُرسلت استمارة التسجيل في «{{event}}» ({{dates}}، {{city}}) مرة أخرى بهذا العنوان. أنت مسجّل بالفعل، لذا لم يتغير شيء.\n\nتسجيلاتك: {{portalUrl}}',
    },
    certificate_issued: {
      subject: 'شهادتك: {{event}}',
      text: 'السيد/السيدة {{name}}،\n\nتجد مرفقًا شهادتك في «{{event}}» (الرقم {{serial}}).\n\nيمكن لأي شخص التحقق من صحتها على هذا العنوان، وهو ما يحمله رمز QR عليها أيضًا:\n{{link}}\n\nاحتفظ بهذه الرسالة: الرابط يثبت شهادتك.',
      html: '<div dir="rtl"><p>السيد/السيدة {{name}}،</p><p>تجد مرفقًا شهادتك في «{{event}}» (الرقم <strong dir="ltr">{{serial}}</strong>).</p><p>يمكن لأي شخص التحقق من صحتها على هذا العنوان، وهو ما يحمله رمز QR عليها أيضًا:<br><a href="{{link}}">التحقق من الشهادة</a></p><p>احتفظ بهذه الرسالة: الرابط يثبت شهادتك.</p></div>',
    },
    evaluation_invitation: {
      subject: '{{what}}: {{event}}',
      text: 'السيد/السيدة {{name}}،\n\n{{what}} في «{{event}}» متاح حتى {{closes}}. لا يستغرق سوى دقائق؛ افتح رابطك الشخصي للإجابة:\n{{link}}\n\nهذا الرابط خاص بك وحدك: لا تشاركه. إن كان لديك حساب مشارك، يمكنك الإجابة أيضًا من مساحتك: {{portalUrl}}',
      html: '<div dir="rtl"><p>السيد/السيدة {{name}}،</p><p>{{what}} في «{{event}}» متاح حتى {{closes}}. لا يستغرق سوى دقائق؛ افتح رابطك الشخصي للإجابة:<br><a href="{{link}}">الإجابة الآن</a></p><p>هذا الرابط خاص بك وحدك: لا تشاركه. إن كان لديك حساب مشارك، يمكنك الإجابة أيضًا من <a href="{{portalUrl}}">مساحتك</a>.</p></div>',
    },
  },
};
