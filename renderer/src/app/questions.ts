/** The one question the window asks at a time (unsaved changes, a recovery copy, a file changed on disk), as a promise. */
import { create } from 'zustand';
import type { MessageText } from '../state/shell-store.ts';
import type { TextKey } from '../../../shared/i18n/typed-keys.ts';

export interface Choice<A extends string> {
  readonly answer: A;
  readonly label: TextKey;
  /** The choice Enter takes: the one that keeps the most work. */
  readonly primary?: boolean;
}

export interface Question<A extends string = string> {
  readonly title: TextKey;
  readonly message: MessageText;
  readonly choices: readonly Choice<A>[];
  /** What Escape answers. */
  readonly dismiss: A;
}

interface Asking {
  readonly question: Question | null;
  readonly answer: (answer: string) => void;
}

export const useQuestionStore = create<Asking>(() => ({ question: null, answer: () => undefined }));

/** Shows the question and resolves with the chosen answer; a question asked while another is open answers it with its dismissal. */
export function ask<A extends string>(question: Question<A>): Promise<A> {
  const previous = useQuestionStore.getState();
  if (previous.question) previous.answer(previous.question.dismiss);
  return new Promise<A>((resolve) => {
    useQuestionStore.setState({
      question,
      answer: (answer) => {
        useQuestionStore.setState({ question: null, answer: () => undefined });
        resolve(answer as A);
      },
    });
  });
}
