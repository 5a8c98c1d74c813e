import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LEGAL_FORMS, PAID_STAFF, SCALES, SECTORS } from '@/domain/profile';
import {
  applyDraft,
  makeProfileDraftSchema,
  type ProfileDraft,
  type ProfileError,
  toProfileDraft,
} from '@/domain/profile-form';
import { useScanStore } from '@/stores/scan-store';
import { Field } from '@/ui/field';
import { StepNavigation } from './step-navigation';

const currentYear = () => new Date().getFullYear();
const TYPED_FIELDS = ['name', 'members', 'founded', 'volunteers'] as const;

/** Step 1: describe the collective. Valid fields are saved as they are typed. */
export function ProfileStep({ onNext }: { onNext: () => void }) {
  const { t } = useTranslation('profile');
  const setProfile = useScanStore((state) => state.setProfile);
  const year = currentYear();
  const schema = useMemo(() => makeProfileDraftSchema(year), [year]);

  const {
    register,
    handleSubmit,
    getValues,
    watch,
    formState: { errors },
  } = useForm<ProfileDraft>({
    // Start from what was saved; later store changes do not reset what is being typed.
    defaultValues: toProfileDraft(useScanStore.getState().profile),
    resolver: zodResolver(schema),
    mode: 'onTouched',
  });

  // Choices are saved the moment they are made; typed fields when the user leaves them, so a
  // half-typed number ("12" on the way to "120") is never saved as if it were meant.
  const commit = useCallback(
    () => setProfile(applyDraft(useScanStore.getState().profile, getValues(), year)),
    [getValues, setProfile, year],
  );
  useEffect(() => {
    const subscription = watch((_values, { name }) => {
      if (name && !(TYPED_FIELDS as readonly string[]).includes(name)) commit();
    });
    return () => subscription.unsubscribe();
  }, [watch, commit]);
  const typed = (name: (typeof TYPED_FIELDS)[number]) => register(name, { onBlur: commit });

  const message = (code: string | undefined) =>
    code ? t(`errors.${code as ProfileError}`) : undefined;

  return (
    <form
      className="step"
      noValidate
      onSubmit={handleSubmit(() => {
        commit();
        onNext();
      })}
      aria-labelledby="step-title"
    >
      <p className="step__intro">{t('intro')}</p>
      <Field label={t('name.label')} hint={t('name.hint')} error={message(errors.name?.message)}>
        <input type="text" autoComplete="organization" {...typed('name')} />
      </Field>

      <fieldset
        className={`field checkbox-group${errors.sectors ? ' field--invalid' : ''}`}
        aria-describedby={errors.sectors ? 'sectors-error' : 'sectors-hint'}
      >
        <legend className="field__label">{t('sectors.label')}</legend>
        <p id="sectors-hint" className="field__hint">
          {t('sectors.hint')}
        </p>
        <div className="checkbox-group__options">
          {SECTORS.map((sector) => (
            <label key={sector} className="checkbox">
              <input type="checkbox" value={sector} {...register('sectors')} />
              {t(`sectors.options.${sector}`)}
            </label>
          ))}
        </div>
        {errors.sectors ? (
          <p id="sectors-error" className="field__error">
            <span aria-hidden="true">⚠ </span>
            {message(errors.sectors.message)}
          </p>
        ) : null}
      </fieldset>

      <Field label={t('legalForm.label')} error={message(errors.legalForm?.message)}>
        <select {...register('legalForm')}>
          <option value="">{t('choose')}</option>
          {LEGAL_FORMS.map((form) => (
            <option key={form} value={form}>
              {t(`legalForm.options.${form}`)}
            </option>
          ))}
        </select>
      </Field>

      <Field
        label={t('members.label')}
        hint={t('members.hint')}
        error={message(errors.members?.message)}
      >
        <input type="text" inputMode="numeric" autoComplete="off" {...typed('members')} />
      </Field>

      <Field
        label={t('volunteers.label')}
        hint={t('volunteers.hint')}
        error={message(errors.volunteers?.message)}
      >
        <input type="text" inputMode="numeric" autoComplete="off" {...typed('volunteers')} />
      </Field>

      <Field
        label={t('paidStaff.label')}
        hint={t('paidStaff.hint')}
        error={message(errors.paidStaff?.message)}
      >
        <select {...register('paidStaff')}>
          <option value="">{t('choose')}</option>
          {PAID_STAFF.map((staff) => (
            <option key={staff} value={staff}>
              {t(`paidStaff.options.${staff}`)}
            </option>
          ))}
        </select>
      </Field>

      <Field
        label={t('founded.label')}
        hint={t('founded.hint', { year })}
        error={message(errors.founded?.message)}
      >
        <input type="text" inputMode="numeric" autoComplete="off" {...typed('founded')} />
      </Field>

      <Field label={t('scale.label')} error={message(errors.scale?.message)}>
        <select {...register('scale')}>
          <option value="">{t('choose')}</option>
          {SCALES.map((scale) => (
            <option key={scale} value={scale}>
              {t(`scale.options.${scale}`)}
            </option>
          ))}
        </select>
      </Field>
      <StepNavigation submit />
    </form>
  );
}
