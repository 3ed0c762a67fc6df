/**
 * The question a command asks before going on (building over entries, applying another office's
 * plan), in the page itself: dialogs from a sandboxed frame or a task pane are unreliable. The
 * box is an alertdialog; focus goes to the safe answer, so that it is announced and Enter does
 * no harm; Escape is the safe answer too.
 */
import { byId } from './page';

export interface Question {
  question: string;
  yes: string;
  no: string;
}

/** Shows the question in `#confirm`; true when the user agrees. */
export function askInline(doc: Document, q: Question): Promise<boolean> {
  const box = byId(doc, 'confirm');
  const yes = byId<HTMLButtonElement>(doc, 'confirm-yes');
  const no = byId<HTMLButtonElement>(doc, 'confirm-no');
  byId(doc, 'confirm-text').textContent = q.question;
  yes.textContent = q.yes;
  no.textContent = q.no;
  box.hidden = false;
  no.focus();
  return new Promise((resolve) => {
    const done = (answer: boolean) => {
      box.hidden = true;
      yes.onclick = null;
      no.onclick = null;
      box.onkeydown = null;
      resolve(answer);
    };
    yes.onclick = () => done(true);
    no.onclick = () => done(false);
    box.onkeydown = (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      done(false);
    };
  });
}
