// What a user does, in any engine: waits for what they expect to see, finds controls by role and
// name (page-lib.mjs), clicks, tabs and types. Every wait fails with what was on screen instead.
import { call } from './page-lib.mjs';

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

export function userOf(browser, { timeout = 10_000 } = {}) {
  const exec = (name, ...args) => browser.exec(call(name, ...args));
  /** Polls `read` until `ok(value)`; fails with the last value and the page's messages. */
  async function until(what, read, ok = Boolean, ms = timeout) {
    const end = Date.now() + ms;
    let value;
    for (;;) {
      value = await read().catch((error) => error);
      if (!(value instanceof Error) && ok(value)) return value;
      if (Date.now() > end) {
        const heading = await browser.exec(call('text', 'heading')).catch(() => '?');
        throw new Error(
          `Timed out: ${what} (last: ${value instanceof Error ? value.message : JSON.stringify(value)}; page heading: ${heading})`,
        );
      }
      await sleep(100);
    }
  }
  const user = {
    browser,
    exec,
    call,
    until,
    see: (role, name, within) =>
      until(
        `${role} "${name}" on screen`,
        () => exec('count', role, name, within),
        (n) => n > 0,
      ),
    gone: (role, name, within) =>
      until(
        `${role} "${name}" gone`,
        () => exec('count', role, name, within),
        (n) => n === 0,
      ),
    async click(role, name, within) {
      await user.see(role, name, within);
      await browser.click(call('target', role, name, within));
    },
    /** Presses Tab (or Shift+Tab) until the named control has focus, as a keyboard user does. */
    async tabTo(role, name, { backwards = false, max = 80 } = {}) {
      await user.see(role, name);
      for (let i = 0; i < max; i += 1) {
        const focus = await exec('focus');
        if (
          focus.role === role &&
          (typeof name === 'string' ? focus.name === name : name.test(focus.name))
        )
          return;
        await browser.press('Tab', { shift: backwards });
      }
      throw new Error(`Could not reach ${role} "${name}" with the keyboard`);
    },
    /** Tab until focus is inside statement `index` of the wizard. */
    async tabToStatement(index, max = 40) {
      for (let i = 0; i < max; i += 1) {
        if ((await exec('focus')).statement === index) return;
        await browser.press('Tab');
      }
      throw new Error(`Could not reach statement ${index + 1} with the keyboard`);
    },
    /** Answers every statement of this step with keys only; `pick(i)` is the option index. */
    async answerByKeyboard(pick) {
      const count = await until(
        'statements',
        () => browser.exec(`${call('statements')}.length`),
        (n) => n > 0,
      );
      for (let index = 0; index < count; index += 1) {
        await user.tabToStatement(index);
        const wanted = pick(index);
        const before = await exec('options', index);
        const steps = Math.min(wanted, before.names.length - 1);
        // Space checks the focused (first) option; arrows move to and check the next ones.
        if (steps === 0) await browser.press('Space');
        for (let step = 0; step < steps; step += 1) await browser.press('ArrowRight');
        await until(
          `statement ${index + 1}: option ${steps + 1} checked by keyboard`,
          () => exec('options', index),
          (o) => o.checked === steps,
        );
      }
      return count;
    },
    /** Answers every statement of this step with the pointer (a tap on the option's card). */
    async answerByPointer(pick) {
      const count = await until(
        'statements',
        () => browser.exec(`${call('statements')}.length`),
        (n) => n > 0,
      );
      for (let index = 0; index < count; index += 1) {
        const { names } = await exec('options', index);
        const option = Math.min(pick(index), names.length - 1);
        await browser.click(call('optionTarget', index, option));
        await until(
          `statement ${index + 1}: option ${option + 1} checked by pointer`,
          () => exec('options', index),
          (o) => o.checked === option,
        );
      }
      return count;
    },
  };
  return user;
}
