import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LADDER_RUNGS, type SheetSectionId } from '@/content/conversation-sheet';
import {
  applySheetField,
  makeSheetDraftSchema,
  type SheetDefaults,
  type SheetDraft,
  type SheetLevel,
  toSheetDraft,
} from '@/domain/conversation-sheet';
import {
  OBSTACLE_ROWS,
  QUESTION_FIELDS,
  SHEET_ASKS,
  SHEET_TEXT_LIMITS,
  type SheetTextField as TextFieldName,
} from '@/domain/sheet-schema';
import { useSheetStore } from '@/stores/sheet-store';
import { LadderSelect } from './ladder-select';
import { SheetTextField } from './sheet-text-field';

type Props = {
  defaults: SheetDefaults;
  /** Each section's theme level, which picks the section's prompt. */
  levels: Record<SheetSectionId, SheetLevel>;
};

/**
 * The board's texts for the sheet, one section per government theme and the three questions.
 * Every change is saved at once (with the scan, on this device); nothing is required.
 */
export function SheetForm({ defaults, levels }: Props) {
  const { t } = useTranslation('sheet');
  const setSheet = useSheetStore((state) => state.setSheet);
  const schema = useMemo(() => makeSheetDraftSchema(), []);
  const { register, watch, getValues } = useForm<SheetDraft>({
    // Start from what was saved; the form is drawn afresh when the language or scores change.
    defaultValues: toSheetDraft(useSheetStore.getState().sheet, defaults),
    resolver: zodResolver(schema),
    mode: 'onChange',
  });
  // Only the field that changed is saved, on top of what is stored now (another tab's edits stay).
  const save = useCallback(
    (field: keyof SheetDraft) =>
      setSheet(applySheetField(useSheetStore.getState().sheet, getValues(), defaults, field)),
    [setSheet, getValues, defaults],
  );
  useEffect(() => {
    const subscription = watch((_values, { name }) => {
      if (name) save(name);
    });
    return () => subscription.unsubscribe();
  }, [watch, save]);
  const values = watch();

  const text = (name: TextFieldName, label: string, options: { hint?: string; rows?: number }) => (
    <SheetTextField
      label={label}
      hint={options.hint}
      rows={options.rows}
      maxLength={SHEET_TEXT_LIMITS[name]}
      count={t('page.count', { count: values[name].length, max: SHEET_TEXT_LIMITS[name] })}
      registration={register(name)}
    />
  );
  const prompt = (section: SheetSectionId) => (
    <p className="sheet-form__prompt">{t(`prompts.${section}.${levels[section]}`)}</p>
  );
  const heading = (section: SheetSectionId | 'questions') => (
    <h3 id={`sheet-${section}`}>{t(`sections.${section}`)}</h3>
  );
  return (
    <form className="sheet-form" noValidate onSubmit={(event) => event.preventDefault()}>
      <section aria-labelledby="sheet-contribution">
        {heading('contribution')}
        {prompt('contribution')}
        {text('contribution', t('fields.contribution'), { rows: 5 })}
      </section>

      <section aria-labelledby="sheet-obstacles">
        {heading('obstacles')}
        {prompt('obstacles')}
        {OBSTACLE_ROWS.map((row, index) => (
          <div className="sheet-form__pair" key={row.rule}>
            {text(row.rule, t('fields.rule', { number: index + 1 }), { rows: 2 })}
            {text(row.counter, t('fields.counter'), {})}
          </div>
        ))}
      </section>

      <section aria-labelledby="sheet-participation">
        {heading('participation')}
        {prompt('participation')}
        {text('shamExample', t('fields.shamExample'), { rows: 3 })}
        <LadderSelect
          label={t('fields.ladderNow')}
          hint={t('fields.ladderNowHint')}
          value={values.ladderNow}
          registration={register('ladderNow')}
          rungs={LADDER_RUNGS}
        />
        <LadderSelect
          label={t('fields.ladderWanted')}
          hint={t('fields.ladderWantedHint')}
          value={values.ladderWanted}
          registration={register('ladderWanted')}
          rungs={LADDER_RUNGS}
        />
        {text('realParticipation', t('fields.realParticipation'), { rows: 3 })}
      </section>

      <section aria-labelledby="sheet-recognition">
        {heading('recognition')}
        {prompt('recognition')}
        <fieldset className="field field--wide checkbox-group">
          <legend className="field__label">{t('fields.asks')}</legend>
          <div className="checkbox-group__options sheet-form__asks">
            {SHEET_ASKS.map((ask) => (
              <label key={ask} className="checkbox">
                <input type="checkbox" {...register(ask)} />
                {t(`fields.${ask}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {text('recognitionNote', t('fields.recognitionNote'), { rows: 3 })}
      </section>

      <section aria-labelledby="sheet-questions">
        {heading('questions')}
        <p className="sheet-form__prompt">{t('fields.questionHint')}</p>
        {QUESTION_FIELDS.map((name, index) => (
          <div key={name}>
            {text(name, t('fields.question', { number: index + 1 }), { rows: 2 })}
          </div>
        ))}
      </section>
    </form>
  );
}
