import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import {
  type NewSession,
  type NewSessionError,
  newSessionSchema,
  SESSION_METHODS,
} from '@/domain/session';
import { useSessionStore } from '@/stores/session-store';
import { ChoiceGroup } from '@/ui/choice-group';
import { Field } from '@/ui/field';

/** Names a new session and picks how the room's answers come in. */
export function NewSessionForm() {
  const { t } = useTranslation('workshop');
  const createSession = useSessionStore((state) => state.createSession);
  const [, navigate] = useLocation();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<NewSession>({
    defaultValues: { name: '', method: 'merge' },
    resolver: zodResolver(newSessionSchema),
  });
  return (
    <section aria-labelledby="new-session">
      <h2 id="new-session">{t('new.title')}</h2>
      <form
        noValidate
        onSubmit={handleSubmit(({ name, method }) =>
          navigate(`/workshop/${createSession(name.trim(), method)}`),
        )}
      >
        <Field
          label={t('new.nameLabel')}
          hint={t('new.nameHint')}
          error={
            errors.name?.message
              ? t(`new.errors.${errors.name.message as NewSessionError}`)
              : undefined
          }
        >
          <input type="text" autoComplete="off" {...register('name')} />
        </Field>
        <ChoiceGroup
          legend={t('new.methodLabel')}
          layout="cards"
          registration={register('method')}
          choices={SESSION_METHODS.map((method) => ({
            value: method,
            label: t(`method.${method}`),
            help: t(`method.${method}Help`),
          }))}
        />
        <button type="submit" className="button button--primary">
          {t('new.create')}
        </button>
      </form>
    </section>
  );
}
