import { test as base, type BrowserContext } from "@playwright/test";

export { expect } from "@playwright/test";
export type { Page } from "@playwright/test";

const CSP_VIOLATION = /Content Security Policy/i;

/** Collects the browser's reports of Content-Security-Policy violations in a context. */
function watchForCspViolations(context: BrowserContext, violations: string[]): void {
  context.on("console", (message) => {
    if (CSP_VIOLATION.test(message.text())) violations.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
  });
}

/**
 * Every e2e test runs with the app's Content-Security-Policy on and fails when the browser
 * reports a violation, in the test's own page or in any page or context it opens. Import
 * `test` and `expect` from here, not from @playwright/test (a lint rule says so).
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context, browser }, use) => {
      const violations: string[] = [];
      watchForCspViolations(context, violations);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const opened = await newContext(...args);
        watchForCspViolations(opened, violations);
        return opened;
      };
      await use(violations);
      browser.newContext = newContext;
      base.expect(violations, "Content-Security-Policy violations in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});
