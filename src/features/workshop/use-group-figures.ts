import { startTransition, useEffect, useMemo, useState } from 'react';
import { questionnaire } from '@/content/questionnaire';
import { type GroupFigures, groupFigures, tallyFigures } from '@/domain/group';
import type { Session } from '@/domain/session';
import { groupFiguresOffThread, LARGE_GROUP } from '@/lib/group-stats-jobs';

/**
 * A session's group figures. A tally or a small group's are worked out at once; a large group's
 * (hundreds to ten thousand respondents) off the main thread, and until they arrive this is null
 * (the page says it is working on them). New answers in a session on screen keep its previous
 * figures on screen until the new ones arrive.
 */
export function useGroupFigures(session: Session | undefined): GroupFigures | null {
  const id = session?.id;
  const isTally = session?.method === 'tally';
  const tally = session?.tally;
  const respondents = session?.respondents;
  const encoded = useMemo(() => respondents?.map((r) => r.answers) ?? [], [respondents]);
  const large = !isTally && encoded.length >= LARGE_GROUP;
  const atOnce = useMemo(() => {
    if (id === undefined || large) return null;
    return isTally
      ? tallyFigures(questionnaire, tally ?? {})
      : groupFigures(questionnaire, encoded);
  }, [id, large, isTally, tally, encoded]);
  const [worked, setWorked] = useState<{ id: string; figures: GroupFigures } | null>(null);
  useEffect(() => {
    if (!large || id === undefined) return;
    const run = groupFiguresOffThread(questionnaire, encoded);
    let wanted = true;
    run.figures.then((figures) => {
      // A transition: React may pause while it lays out the results, so the page stays responsive.
      if (wanted) startTransition(() => setWorked({ id, figures }));
    });
    return () => {
      wanted = false;
      run.cancel();
    };
  }, [large, id, encoded]);
  if (!large) return atOnce;
  return worked !== null && worked.id === id ? worked.figures : null;
}
