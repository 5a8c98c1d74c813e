import type { TFunction } from 'i18next';
import type { ExchangeCard } from '@/domain/exchange-card';

/** The profile facts on a card, in words: sectors, place and scale, size, legal form. */
export function cardFacts(
  card: ExchangeCard,
  t: TFunction<'exchange'>,
  tp: TFunction<'profile'>,
): string[] {
  return [
    card.sectors.map((sector) => tp(`sectors.options.${sector}`)).join(', '),
    [card.place, card.scale ? tp(`scale.options.${card.scale}`) : null].filter(Boolean).join(' · '),
    card.members !== undefined ? t('card.members', { count: card.members }) : '',
    card.legalForm ? tp(`legalForm.options.${card.legalForm}`) : '',
  ].filter((fact) => fact.length > 0);
}
