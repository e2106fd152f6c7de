// A recommendation's actions for signed-in readers: the list with status editing, and the
// form to plan a new one for those who may.
import { tracking } from '../api/tracking.ts';
import { ActionForm } from './action-form.component.tsx';
import { ActionList } from './action-list.component.tsx';
import { useSession } from './session.context.tsx';
import { Status } from './status.component.tsx';
import { useApi } from './use-api.hook.ts';

export function ActionsSection({ recommendationId, onChange }: { recommendationId: string; onChange: () => void }) {
  const { may } = useSession();
  const loaded = useApi(async () => {
    const [actions, institutions] = await Promise.all([tracking.actions({ recommendationId }), tracking.institutions()]);
    return { actions, institutions };
  }, `actions-${recommendationId}`);
  const changed = () => {
    loaded.reload();
    onChange();
  };
  return (
    <Status loaded={loaded}>
      {({ actions, institutions }) => (
        <>
          <ActionList actions={actions} institutions={institutions} onChange={changed} />
          {may('action.edit') && <ActionForm recommendationId={recommendationId} institutions={institutions} onCreated={changed} />}
        </>
      )}
    </Status>
  );
}
