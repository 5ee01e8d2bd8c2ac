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
    service_unavailable: 'تعذّر على الخدمة الوصول إلى قاعدة البيانات الآن. حاول بعد قليل.',
    bad_request: 'الطلب غير صالح.',
  },
};

/** Words that fill the placeholders above (statuses, resources, actions). */
const terms: Record<Language, Record<string, string>> = {
  en: {
    draft: 'a draft',
    published: 'published',
    archived: 'archived',
    training_package: 'training package',
    user: 'user',
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
    resource: 'عنصر',
    publish: 'نشر',
    delete: 'حذف',
  },
};

const bundle = (lang: Language) => ({
  translation: { errors: errors[lang], terms: terms[lang], validation: validationMessages[lang] },
});

export const apiMessages = { ar: bundle('ar'), en: bundle('en'), fr: bundle('fr') };
