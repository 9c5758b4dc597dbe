// Copy-to-clipboard for generated values (policy JSON, model IDs). Local only: the Clipboard API makes no request.
export function copyButton(label: { idle: string; done: string }, text: () => string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label.idle;
  button.dataset.copy = '';
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text());
      button.textContent = label.done;
    } catch {
      // No clipboard permission (e.g. an insecure origin): select the text so Ctrl+C works.
      const target = button.parentElement?.querySelector('pre, code');
      if (target) getSelection()?.selectAllChildren(target);
    }
    setTimeout(() => {
      button.textContent = label.idle;
    }, 2000);
  });
  return button;
}
