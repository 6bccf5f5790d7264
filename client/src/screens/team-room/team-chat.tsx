import { useMemo } from 'react';
import type { ChatMessage, ExerciseView } from '@borderline/shared';
import { ChatPanel } from '../../components/chat-panel';
import { useExerciseStore } from '../../state/exercise-store';

/**
 * The team's chat: its room and its private lines as tabs. Messages come
 * from the store, which adds live `chat` events to those of the last view;
 * before the store holds any (a view not yet taken in), the view's own.
 */
export function TeamChat({
  view,
  ownTeam,
  ownId,
}: {
  view: ExerciseView;
  ownTeam: string | null;
  ownId: string | null;
}) {
  const byChannel = useExerciseStore((state) => state.chat.byChannel);
  const messages = useMemo<ChatMessage[]>(() => {
    const held = Object.values(byChannel).flat();
    return held.length > 0 ? held : view.chat;
  }, [byChannel, view.chat]);
  if (view.channels.length === 0) return null;
  return (
    <div id="chat" className="panel tr-chat">
      <ChatPanel
        channels={view.channels}
        messages={messages}
        ownId={ownId}
        initialChannel={ownTeam === null ? undefined : `team:${ownTeam}`}
      />
    </div>
  );
}
