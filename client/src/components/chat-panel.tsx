import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type ChannelView, type ChatMessage } from '@borderline/shared';
import { useCommand } from '../exercise/use-command';
import { localize } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { CommandError } from './command-error';

/**
 * The chat: one tab per channel the reader may read (their team's room,
 * the private lines, Control's broadcasts), the messages oldest first, and
 * a box to write where the reader may write.
 */
export function ChatPanel({
  channels,
  messages,
  ownId,
  initialChannel,
}: {
  channels: ChannelView[];
  messages: ChatMessage[];
  /** The reader's player id ("facilitator" for Control), to mark their own messages. */
  ownId: string | null;
  initialChannel?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const firstWritable = channels.find((channel) => channel.canWrite)?.key;
  const [selected, setSelected] = useState<string | undefined>(
    initialChannel ?? firstWritable ?? channels[0]?.key,
  );
  const [text, setText] = useState('');
  const command = useCommand();
  const channel = channels.find((candidate) => candidate.key === selected) ?? channels[0];
  if (channel === undefined) return null;
  const shown = messages.filter((message) => message.channel === channel.key);
  const timeFormat = new Intl.DateTimeFormat(language, { timeStyle: 'short' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    if (await command.send({ type: 'chat.send', channel: channel.key, text })) setText('');
  };

  return (
    <section className="chat" aria-labelledby="chat-title">
      <h2 id="chat-title">{t('common.chat.title')}</h2>
      <div role="tablist" aria-label={t('common.chat.channels')} className="chat-tabs">
        {channels.map((candidate) => {
          const count = messages.filter((message) => message.channel === candidate.key).length;
          return (
            <button
              key={candidate.key}
              type="button"
              role="tab"
              aria-selected={candidate.key === channel.key}
              data-channel={candidate.key}
              onClick={() => setSelected(candidate.key)}
            >
              {localize(candidate.name, language)} <span className="chat-count">({count})</span>
            </button>
          );
        })}
      </div>
      {/* The messages scroll in their own box: it takes the keyboard's focus to scroll, and is named. */}
      <div
        className="chat-messages"
        role="log"
        tabIndex={0}
        aria-label={t('common.chat.messages', { channel: localize(channel.name, language) })}
        data-channel={channel.key}
      >
        <ol>
          {shown.length === 0 && <li className="chat-empty">{t('common.chat.empty')}</li>}
          {shown.map((message) => (
            <li key={message.id} className={message.sender === ownId ? 'chat-own' : undefined}>
              <span className="chat-sender">
                {message.sender === 'facilitator' ? t('common.chat.control') : message.senderName}
              </span>{' '}
              <time dateTime={new Date(message.at).toISOString()}>
                {timeFormat.format(message.at)}
              </time>
              <p>{message.text}</p>
            </li>
          ))}
        </ol>
      </div>
      {channel.canWrite ? (
        <form className="chat-form" onSubmit={submit}>
          <label htmlFor="chat-text" className="visually-hidden">
            {t('common.chat.message')}
          </label>
          <input
            id="chat-text"
            value={text}
            maxLength={LIMITS.chatText}
            autoComplete="off"
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" disabled={command.pending || text.trim() === ''}>
            {t('common.chat.send')}
          </button>
          <CommandError error={command.error} />
        </form>
      ) : (
        <p className="chat-readonly">{t('common.chat.readOnly')}</p>
      )}
    </section>
  );
}
