import { type Language, validationMessages } from '@multaqa/contract';

/** Problem titles and details, by stable error code. Validation wording comes from the contract. */
const errors: Record<Language, Record<string, string>> = {
  en: {
    validation_failed: 'Some fields need attention.',
    malformed_json: 'The request body is not valid JSON: {{reason}}',
    payload_too_large: 'The request body is too large.',
    not_found: 'This {{resource}} does not exist, or you cannot see it.',
    route_not_found: 'There is no endpoint {{method}} {{path}}.',
    unauthenticated: 'Sign in to continue.',
    invalid_credentials: 'The email or password is not correct.',
    account_disabled: 'This account is disabled. Ask an administrator to enable it.',
    forbidden: 'Your role does not allow this action.',
    rate_limited: 'Too many attempts. Wait a minute and try again.',
    email_taken: 'A user with the email {{email}} already exists.',
    package_not_editable:
      'This package is {{status}} and can no longer be edited. Create a new version to change it.',
    package_has_no_modules: 'Add at least one module before publishing the package.',
    package_not_draft: 'Only a draft can be {{action}}; this package is {{status}}.',
    package_already_archived: 'This package is already archived.',
    package_draft_exists:
      'Version {{version}} of this package is already a draft. Edit that draft instead.',
    package_modules_mismatch:
      'The list of modules does not match the package. Reload the page and try again.',
    internal_error: 'Something went wrong on our side. The error has been logged.',
    invalid_reference: 'Some fields refer to something that does not exist.',
    institution_name_taken: 'An institution named “{{name}}” already exists in {{country}}.',
    event_transition_not_allowed: 'An event cannot go from “{{from}}” to “{{to}}”.',
    event_read_only: 'This event is {{status}}: it can no longer be changed.',
    registration_window_over:
      'The registration window has already closed. Move its closing date first.',
    event_package_in_use:
      'Sessions already cover this package’s modules. Remove them before changing the package.',
    event_sessions_outside_dates:
      'Some sessions fall outside the new dates. Move or remove them first.',
    event_has_sessions:
      'This event already has {{count}} sessions. Ask to replace them, or add sessions by hand.',
    event_not_training: 'Only a training has a package to build sessions from.',
    session_conflict: 'The room or a speaker is already booked at this time ({{count}} clash).',
    service_unavailable: 'The service cannot reach its database right now. Try again shortly.',
    bad_request: 'The request is not valid.',
  },
  fr: {
    validation_failed: 'Certains champs sont à corriger.',
    malformed_json: "Le corps de la requête n'est pas un JSON valide : {{reason}}",
    payload_too_large: 'Le corps de la requête est trop volumineux.',
    not_found: "Cet élément ({{resource}}) n'existe pas ou ne vous est pas accessible.",
    route_not_found: "Il n'existe pas de point d'accès {{method}} {{path}}.",
    unauthenticated: 'Connectez-vous pour continuer.',
    invalid_credentials: "L'adresse e-mail ou le mot de passe est incorrect.",
    account_disabled: 'Ce compte est désactivé. Demandez à un administrateur de le réactiver.',
    forbidden: 'Votre rôle ne permet pas cette action.',
    rate_limited: 'Trop de tentatives. Patientez une minute puis réessayez.',
    email_taken: "Un utilisateur avec l'adresse {{email}} existe déjà.",
    package_not_editable:
      'Ce programme est {{status}} et ne peut plus être modifié. Créez-en une nouvelle version.',
    package_has_no_modules: 'Ajoutez au moins un module avant de publier le programme.',
    package_not_draft: 'Seul un brouillon peut être {{action}} ; ce programme est {{status}}.',
    package_already_archived: 'Ce programme est déjà archivé.',
    package_draft_exists:
      'La version {{version}} de ce programme est déjà un brouillon. Modifiez ce brouillon.',
    package_modules_mismatch:
      'La liste des modules ne correspond pas au programme. Rechargez la page et réessayez.',
    internal_error: "Une erreur s'est produite de notre côté. Elle a été consignée.",
    invalid_reference: "Certains champs désignent quelque chose qui n'existe pas.",
    institution_name_taken: 'Une institution nommée « {{name}} » existe déjà ({{country}}).',
    event_transition_not_allowed: 'Un événement ne peut pas passer de « {{from}} » à « {{to}} ».',
    event_read_only: 'Cet événement est {{status}} : il ne peut plus être modifié.',
    registration_window_over:
      "La période d'inscription est déjà close. Reportez d'abord sa date de clôture.",
    event_package_in_use:
      'Des sessions couvrent déjà les modules de ce programme. Retirez-les avant de changer de programme.',
    event_sessions_outside_dates:
      "Certaines sessions tombent hors des nouvelles dates. Déplacez-les ou supprimez-les d'abord.",
    event_has_sessions:
      'Cet événement compte déjà {{count}} sessions. Demandez à les remplacer, ou ajoutez des sessions à la main.',
    event_not_training: 'Seule une formation a un programme à partir duquel créer des sessions.',
    session_conflict:
      'La salle ou un intervenant est déjà pris à cette heure ({{count}} conflit(s)).',
    service_unavailable:
      "Le service ne joint pas sa base de données pour l'instant. Réessayez bientôt.",
    bad_request: "La requête n'est pas valide.",
  },
  ar: {
    validation_failed: 'بعض الحقول تحتاج إلى تصحيح.',
    malformed_json: 'نص الطلب ليس JSON صالحًا: {{reason}}',
    payload_too_large: 'نص الطلب كبير جدًا.',
    not_found: 'هذا العنصر ({{resource}}) غير موجود أو لا يمكنك الاطلاع عليه.',
    route_not_found: 'لا توجد نقطة وصول {{method}} {{path}}.',
    unauthenticated: 'سجّل الدخول للمتابعة.',
    invalid_credentials: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
    account_disabled: 'هذا الحساب معطّل. اطلب من المسؤول تفعيله.',
    forbidden: 'دورك لا يسمح بهذا الإجراء.',
    rate_limited: 'محاولات كثيرة جدًا. انتظر دقيقة ثم أعد المحاولة.',
    email_taken: 'يوجد مستخدم بالبريد الإلكتروني {{email}} بالفعل.',
    package_not_editable:
      'هذه الحقيبة {{status}} ولم يعد تعديلها ممكنًا. أنشئ إصدارًا جديدًا لتغييرها.',
    package_has_no_modules: 'أضف وحدة واحدة على الأقل قبل نشر الحقيبة.',
    package_not_draft: 'لا يمكن {{action}} إلا المسودة؛ هذه الحقيبة {{status}}.',
    package_already_archived: 'هذه الحقيبة مؤرشفة بالفعل.',
    package_draft_exists: 'الإصدار {{version}} من هذه الحقيبة مسودة بالفعل. عدّل تلك المسودة.',
    package_modules_mismatch: 'قائمة الوحدات لا تطابق الحقيبة. أعد تحميل الصفحة وحاول مجددًا.',
    internal_error: 'حدث خطأ من جهتنا، وقد تم تسجيله.',
    invalid_reference: 'بعض الحقول تشير إلى عناصر غير موجودة.',
    institution_name_taken: 'توجد مؤسسة باسم «{{name}}» بالفعل في {{country}}.',
    event_transition_not_allowed: 'لا يمكن نقل الفعالية من «{{from}}» إلى «{{to}}».',
    event_read_only: 'هذه الفعالية {{status}}: لم يعد تعديلها ممكنًا.',
    registration_window_over: 'انتهت فترة التسجيل بالفعل. غيّر تاريخ إغلاقها أولًا.',
    event_package_in_use: 'توجد جلسات تغطي وحدات هذه الحقيبة. احذفها قبل تغيير الحقيبة.',
    event_sessions_outside_dates: 'بعض الجلسات تقع خارج التواريخ الجديدة. انقلها أو احذفها أولًا.',
    event_has_sessions:
      'لهذه الفعالية {{count}} جلسات بالفعل. اطلب استبدالها، أو أضف الجلسات يدويًا.',
    event_not_training: 'للتدريب وحده حقيبة تُبنى منها الجلسات.',
    session_conflict: 'القاعة أو أحد المتحدثين محجوز في هذا الوقت ({{count}} تعارض).',
    service_unavailable: 'تعذّر على الخدمة الوصول إلى قاعدة البيانات الآن. حاول بعد قليل.',
    bad_request: 'الطلب غير صالح.',
  },
};

/** Words that fill the placeholders above (statuses, resources, actions). */
const terms: Record<Language, Record<string, string | Record<string, string>>> = {
  en: {
    draft: 'a draft',
    published: 'published',
    archived: 'archived',
    training_package: 'training package',
    user: 'user',
    institution: 'institution',
    event: 'event',
    session: 'session',
    event_status: {
      draft: 'draft',
      registration_open: 'registration open',
      registration_closed: 'registration closed',
      in_progress: 'in progress',
      completed: 'completed',
      archived: 'archived',
      cancelled: 'cancelled',
    },
    resource: 'item',
    publish: 'published',
    delete: 'deleted',
  },
  fr: {
    draft: 'un brouillon',
    published: 'publié',
    archived: 'archivé',
    training_package: 'programme de formation',
    user: 'utilisateur',
    institution: 'institution',
    event: 'événement',
    session: 'session',
    event_status: {
      draft: 'brouillon',
      registration_open: 'inscriptions ouvertes',
      registration_closed: 'inscriptions closes',
      in_progress: 'en cours',
      completed: 'terminé',
      archived: 'archivé',
      cancelled: 'annulé',
    },
    resource: 'élément',
    publish: 'publié',
    delete: 'supprimé',
  },
  ar: {
    draft: 'مسودة',
    published: 'منشورة',
    archived: 'مؤرشفة',
    training_package: 'حقيبة تدريبية',
    user: 'مستخدم',
    institution: 'مؤسسة',
    event: 'فعالية',
    session: 'جلسة',
    event_status: {
      draft: 'مسودة',
      registration_open: 'التسجيل مفتوح',
      registration_closed: 'التسجيل مغلق',
      in_progress: 'جارية',
      completed: 'مكتملة',
      archived: 'مؤرشفة',
      cancelled: 'ملغاة',
    },
    resource: 'عنصر',
    publish: 'نشر',
    delete: 'حذف',
  },
};

const bundle = (lang: Language) => ({
  translation: { errors: errors[lang], terms: terms[lang], validation: validationMessages[lang] },
});

export const apiMessages = { ar: bundle('ar'), en: bundle('en'), fr: bundle('fr') };
