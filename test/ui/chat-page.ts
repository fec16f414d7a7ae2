import type { Locator, Page } from 'playwright-core';

// Locators by the accessible names issue 5 fixes, so the tests read like what a user does.
export const messageBox = (page: Page): Locator => page.getByRole('textbox', { name: 'Message' });
export const sendButton = (page: Page): Locator => page.getByRole('button', { name: 'Send', exact: true });
export const stopButton = (page: Page): Locator => page.getByRole('button', { name: 'Stop', exact: true });
export const assistants = (page: Page): Locator => page.locator('[data-role="assistant"]');
export const lastAssistant = (page: Page): Locator => assistants(page).last();

/** Waits until the model list has loaded (Send needs a model). */
export async function ready(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Model' }).locator('option').first().waitFor({ state: 'attached' });
  await page.waitForFunction(() => (document.querySelector('select[aria-label="Model"]') as HTMLSelectElement | null)?.value !== '');
}

export async function send(page: Page, text: string): Promise<void> {
  await messageBox(page).fill(text);
  await messageBox(page).press('Enter');
}

/** Waits for the last assistant message to reach `status` (done | interrupted | blocked …). */
export async function waitForAnswer(page: Page, status = 'done', count?: number): Promise<Locator> {
  if (count !== undefined) await assistants(page).nth(count - 1).waitFor();
  await page.waitForFunction(
    (s) => {
      const all = document.querySelectorAll('[data-role="assistant"]');
      return all[all.length - 1]?.getAttribute('data-status') === s;
    },
    status,
    { timeout: 10_000 },
  );
  return lastAssistant(page);
}

/** Text of the answer without its footer and action buttons. */
export async function answerText(answer: Locator): Promise<string> {
  return answer.locator('.markdown').first().innerText();
}
