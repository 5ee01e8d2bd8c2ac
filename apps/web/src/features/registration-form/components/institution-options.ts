import { pickLocalized, type Language, type PublicInstitution } from '@multaqa/contract';

interface Option {
  value: string;
  label: string;
}
type Options = (Option | { group: string; items: Option[] })[];

/**
 * The picker's options: an institution with departments heads a group holding itself and them
 * (so "Ministry of Health" shows above its departments), the others stand alone; by name.
 */
export function institutionOptions(list: PublicInstitution[], lang: Language): Options {
  const byId = new Map(list.map((i) => [i.id, i]));
  const label = (i: PublicInstitution) => pickLocalized(i.name, lang);
  const heads = new Set(list.map((i) => i.parentId).filter((id) => id && byId.has(id)));
  const groups = new Map<string, Option[]>();
  const alone: Option[] = [];
  for (const i of list) {
    const head = i.parentId && byId.has(i.parentId) ? i.parentId : heads.has(i.id) ? i.id : null;
    const option = { value: i.id, label: label(i) };
    if (!head) alone.push(option);
    else groups.set(head, [...(groups.get(head) ?? []), option]);
  }
  const collator = new Intl.Collator(lang);
  const byLabel = (a: { label: string }, b: { label: string }) =>
    collator.compare(a.label, b.label);
  const grouped = [...groups].map(([head, items]) => ({
    label: label(byId.get(head)!),
    // The head first, then its departments.
    items: items.sort((a, b) => (a.value === head ? -1 : b.value === head ? 1 : byLabel(a, b))),
  }));
  return [
    ...alone.sort(byLabel),
    ...grouped.sort(byLabel).map((g) => ({ group: g.label, items: g.items })),
  ];
}
