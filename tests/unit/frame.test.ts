import { describe, expect, it } from 'vitest';
import { framedByAnotherOrigin } from '@/lib/frame';

type FakeWindow = { parent: FakeWindow; location: { origin: string } };

/** A window of `origin` inside `parent` (or a top-level one). */
function page(origin: string, parent?: FakeWindow): FakeWindow {
  const self = { location: { origin } } as FakeWindow;
  self.parent = parent ?? self;
  return self;
}

/** A window whose location this page may not read: another origin, or any from a sandbox. */
function unreadable(parent?: FakeWindow): FakeWindow {
  const self = {
    get location(): { origin: string } {
      throw new DOMException(
        'Blocked a frame from accessing a cross-origin frame.',
        'SecurityError',
      );
    },
  } as FakeWindow;
  self.parent = parent ?? self;
  return self;
}

const app = 'https://scan.example.org';
const framed = (chain: FakeWindow) => framedByAnotherOrigin(chain as unknown as Window);

describe('framedByAnotherOrigin', () => {
  it.each([
    ['a top-level page', page(app), false],
    ['a frame in a page of its own origin', page(app, page(app)), false],
    ['two frames deep in its own origin', page(app, page(app, page(app))), false],
    [
      'a frame in another origin whose location can be read',
      page(app, page('https://other.example')),
      true,
    ],
    ['a frame in another origin, or a sandboxed one', page(app, unreadable()), true],
    ['a frame of its own origin inside another origin', page(app, page(app, unreadable())), true],
    ['a frame in another origin inside a page of its own', page(app, unreadable(page(app))), true],
  ])('%s', (_name, chain, expected) => {
    expect(framed(chain)).toBe(expected);
  });
});
