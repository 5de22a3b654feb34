/** The question the window is asking, in a modal dialog: its choices as buttons, Escape for the safe answer. */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuestionStore } from './questions.ts';

export function QuestionDialog() {
  const { t } = useTranslation();
  const { question, answer } = useQuestionStore();
  const titleId = useId();
  const messageId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.querySelector<HTMLButtonElement>('button.primary, button')?.focus();
  }, [question]);
  if (!question) return null;
  return (
    <div className="question__backdrop">
      <div
        ref={dialog}
        className="question card"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') answer(question.dismiss);
        }}
      >
        <h2 id={titleId}>{t(question.title)}</h2>
        <p id={messageId}>{t(question.message.code, question.message.params)}</p>
        <div className="question__choices">
          {question.choices.map((choice) => (
            <button key={choice.answer} type="button" className={choice.primary ? 'primary' : undefined} onClick={() => answer(choice.answer)}>
              {t(choice.label)}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
