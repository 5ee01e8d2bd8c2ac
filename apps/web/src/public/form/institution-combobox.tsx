import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useController, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { publicInstitutionsQueryOptions } from '../../features/registration-form/api/list-public-institutions';
import { institutionOptions } from '../../features/registration-form/components/institution-options';
import type { RegistrationFormValues } from '../../features/registration-form/components/registration-request';
import { currentLanguage } from '../../lib/i18n';
import { foldForSearch } from '../../lib/search-text';
import { useData } from '../data';
import { describedBy, FieldFrame, useFieldError } from './fields';

interface Option {
  value: string;
  label: string;
}

/**
 * The person's institution among those of their country: a combobox (ARIA 1.2 pattern) whose
 * list narrows as they type; departments are grouped under their ministry.
 */
export function InstitutionCombobox({
  form,
  country,
}: {
  form: UseFormReturn<RegistrationFormValues>;
  country: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const id = 'field-institutionId';
  const listId = useId();
  const { field } = useController({ control: form.control, name: 'institutionId' });
  const error = useFieldError(form, 'institutionId');
  const query = useData(publicInstitutionsQueryOptions(country));
  const options = useMemo(() => institutionOptions(query.data ?? [], lang), [query.data, lang]);
  const flat = useMemo(
    () => options.flatMap((o): Option[] => ('group' in o ? o.items : [o])),
    [options],
  );
  const selected = flat.find((o) => o.value === field.value);
  const [text, setText] = useState(selected?.label ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { value, onChange } = field;

  // A choice made for another nationality is not one of this country's institutions.
  useEffect(() => {
    if (value && query.data && !query.data.some((i) => i.id === value)) onChange('');
  }, [value, query.data, onChange]);
  // The shown text follows the choice (and its name in a newly chosen language).
  useEffect(() => setText(selected?.label ?? ''), [selected?.label]);

  const typed = foldForSearch(text.trim());
  const filtering = typed !== '' && text !== selected?.label;
  const matches = (o: Option) => !filtering || foldForSearch(o.label).includes(typed);
  const shown = options
    .map((o) => ('group' in o ? { ...o, items: o.items.filter(matches) } : o))
    .filter((o) => ('group' in o ? o.items.length > 0 : matches(o)));
  const visible = shown.flatMap((o): Option[] => ('group' in o ? o.items : [o]));
  const optionId = (o: Option) => `${listId}-${o.value}`;

  const choose = (o: Option | undefined) => {
    onChange(o?.value ?? '');
    setText(o?.label ?? '');
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (visible.length ? (i + step + visible.length) % visible.length : -1));
    } else if (event.key === 'Enter' && open && visible[active]) {
      event.preventDefault();
      choose(visible[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };
  const renderOption = (o: Option) => (
    <div
      key={o.value}
      id={optionId(o)}
      role="option"
      aria-selected={o.value === value}
      className={visible[active] === o ? 'option active' : 'option'}
      // Keeps the focus in the input, so the list does not close before the click.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => choose(o)}
    >
      {o.label}
    </div>
  );
  const description = t('register.hints.institution');
  const empty = query.isPending
    ? t('common.loading')
    : query.isError
      ? t('pickers.loadFailed')
      : query.data?.length === 0
        ? t('register.noInstitutions')
        : t('pickers.nothingFound');

  return (
    <FieldFrame
      id={id}
      label={t('register.fields.institution')}
      description={description}
      error={error}
    >
      <div className="combobox">
        <input
          className="input"
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && visible[active] ? optionId(visible[active]) : undefined}
          placeholder={query.isPending ? t('common.loading') : t('register.searchInstitution')}
          name={field.name}
          ref={field.ref}
          value={text}
          {...describedBy(id, description, error)}
          onInput={(event) => {
            const next = event.currentTarget.value;
            setText(next);
            setOpen(true);
            setActive(-1);
            if (!next.trim()) onChange('');
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            // Text that names no institution is not a choice.
            if (text !== (selected?.label ?? '')) setText(selected?.label ?? '');
            field.onBlur();
          }}
        />
        {value && (
          <button
            type="button"
            className="combobox-clear"
            aria-label={t('common.clear')}
            onClick={() => choose(undefined)}
          >
            ×
          </button>
        )}
        <div
          id={listId}
          role="listbox"
          aria-labelledby={`${id}-label`}
          className="listbox"
          hidden={!open}
        >
          {shown.map((o) =>
            'group' in o ? (
              <div key={o.group} role="group" aria-labelledby={`${listId}-g-${o.items[0].value}`}>
                <div id={`${listId}-g-${o.items[0].value}`} className="group-label xsmall dimmed">
                  {o.group}
                </div>
                {o.items.map(renderOption)}
              </div>
            ) : (
              renderOption(o)
            ),
          )}
          {visible.length === 0 && <div className="option-empty small dimmed">{empty}</div>}
        </div>
      </div>
    </FieldFrame>
  );
}
