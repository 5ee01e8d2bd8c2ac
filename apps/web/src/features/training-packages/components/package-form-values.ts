import {
  LANGUAGES,
  type CreatePackageInput,
  type LocalizedText,
  type TrainingPackage,
} from '@multaqa/contract';
import type { CreatePackageBody } from '../api/create-package';

/**
 * The editor always holds the whole package, so the form is validated with createPackageSchema
 * in both modes: a complete document is also a valid UpdateTrainingPackage body.
 */
export type PackageFormValues = CreatePackageInput;
export type ModuleFormValues = NonNullable<PackageFormValues['modules']>[number];

const emptyText = (): Required<LocalizedText> => ({ ar: '', en: '', fr: '' });

function fillText(text: LocalizedText | undefined): Required<LocalizedText> {
  return { ...emptyText(), ...text };
}

export function emptyModule(): ModuleFormValues {
  return {
    title: emptyText(),
    hours: undefined as unknown as number,
    learningOutcomes: emptyText(),
  };
}

export function emptyPackageForm(): PackageFormValues {
  return {
    title: emptyText(),
    description: emptyText(),
    objectives: emptyText(),
    targetAudience: emptyText(),
    modules: [],
  };
}

export function packageToForm(pkg: TrainingPackage): PackageFormValues {
  return {
    title: fillText(pkg.title),
    description: fillText(pkg.description),
    objectives: fillText(pkg.objectives),
    targetAudience: fillText(pkg.targetAudience),
    modules: pkg.modules.map((module) => ({
      title: fillText(module.title),
      hours: module.hours,
      learningOutcomes: fillText(module.learningOutcomes),
    })),
  };
}

/** Empty strings mean "not written in this language": leave them out of the request. */
export function compactText(text: LocalizedText | undefined): LocalizedText {
  const result: LocalizedText = {};
  for (const lang of LANGUAGES) {
    const value = text?.[lang]?.trim();
    if (value) result[lang] = value;
  }
  return result;
}

export function formToRequest(values: PackageFormValues): CreatePackageBody {
  return {
    title: compactText(values.title),
    description: compactText(values.description),
    objectives: compactText(values.objectives),
    targetAudience: compactText(values.targetAudience),
    modules: (values.modules ?? []).map((module) => ({
      title: compactText(module.title),
      hours: module.hours,
      learningOutcomes: compactText(module.learningOutcomes),
    })),
  };
}

export function totalHours(modules: PackageFormValues['modules']): number {
  return (modules ?? []).reduce(
    (sum, module) =>
      sum + (typeof module?.hours === 'number' && Number.isFinite(module.hours) ? module.hours : 0),
    0,
  );
}
