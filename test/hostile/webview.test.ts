// The week view webview is the one place plan text becomes HTML (issue 7). Without a browser: the page has a strict
// CSP (nothing by default, the script and stylesheet only by nonce or from the extension, no inline or eval), loads
// nothing remote, and any plan text — titles, week labels, notes, exercise names, rule messages — arrives escaped.
// (test/webview/ checks the same page in Chromium for CSP violations at run time.)
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { renderWeekViewHtml } from '../../client/src/weekView/html';
import { checkPlan, parsePlan } from '../../server/src/engine';
import { buildWeekView } from '../../server/src/features/weekView';

const ROOT = join(__dirname, '..', '..');
const RESOURCES = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'r4nd0mN0nce',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/client/media/weekView.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/client/media/weekView.css',
};

function page(text: string): string {
  const plan = parsePlan(text);
  return renderWeekViewHtml(buildWeekView(plan, checkPlan(plan), { uri: 'file:///plan.hybrid', version: 1 }), RESOURCES);
}

function cspOf(html: string): Map<string, string[]> {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(match, 'a CSP meta tag');
  const policy = match[1].replace(/&#39;/g, "'");
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

/**
 * Tags and attributes that would run code or load something if plan text reached the page unescaped. Plan text is
 * escaped (`<`, `>`, `"`, `'`, `&`), so every raw `<…>` is markup the view wrote; inside it, attribute values are
 * quoted and blanked before the attribute names are judged.
 */
function assertNoInjection(html: string): void {
  const markup = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
  const tags = markup.map((tag) => /^<([a-zA-Z][\w-]*)/.exec(tag)![1].toLowerCase());
  const allowed = new Set(['html', 'head', 'meta', 'link', 'title', 'body', 'p', 'main', 'header', 'h1', 'h2', 'ul', 'li', 'span', 'section', 'svg', 'line', 'text', 'rect', 'circle', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'div', 'script', 'button', 'small', 'strong', 'em', 'abbr', 'time', 'details', 'summary', 'g', 'path', 'polyline']);
  for (const tag of tags) assert.ok(allowed.has(tag), `unexpected <${tag}> in the page`);
  assert.equal(tags.filter((tag) => tag === 'script').length, 1, 'exactly one script element');
  for (const tag of markup) {
    const names = tag.replace(/"[^"]*"/g, '""');
    assert.doesNotMatch(names, /\son[a-z]+\s*=/i, `an inline event handler in ${tag}`);
    assert.doesNotMatch(names, /\sstyle\s*=/i, `an inline style in ${tag}`);
    for (const [, url] of tag.matchAll(/\s(?:src|href|xlink:href|action|formaction)\s*=\s*"([^"]*)"/gi)) {
      assert.ok(url.startsWith('#') || url.startsWith('https://file+.vscode-resource'), `a resource from elsewhere: ${url}`);
    }
  }
  assert.doesNotMatch(html, /javascript:/i);
}

describe('week view webview: CSP, no remote resources, escaping', () => {
  it('has a strict CSP: nothing by default, script by nonce only, no inline or eval', () => {
    const csp = cspOf(page('Mon: gym lower heavy + run intervals'));
    assert.deepEqual([...csp.keys()], ['default-src', 'img-src', 'style-src', 'script-src']);
    assert.deepEqual(csp.get('default-src'), ["'none'"]);
    assert.deepEqual(csp.get('script-src'), ["'nonce-r4nd0mN0nce'"]);
    assert.deepEqual(csp.get('style-src'), [RESOURCES.cspSource, "'nonce-r4nd0mN0nce'"]);
    assert.deepEqual(csp.get('img-src'), [RESOURCES.cspSource]);
    for (const values of csp.values()) {
      for (const value of values) assert.doesNotMatch(value, /unsafe|^\*$|^https?:$|^data:$|^blob:$/, value);
    }
  });

  it('its script and stylesheet come from the extension with the nonce; the media files load nothing remote', () => {
    const html = page('Mon: rest');
    assert.match(html, /<script nonce="r4nd0mN0nce" src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/client\/media\/weekView\.js"><\/script>/);
    assert.match(html, /<link rel="stylesheet" href="[^"]+weekView\.css" nonce="r4nd0mN0nce">/);
    const media = join(ROOT, 'client', 'media');
    for (const name of readdirSync(media)) {
      const text = readFileSync(join(media, name), 'utf8');
      // The SVG namespace is an identifier, not a request.
      const remote = text.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '').match(/\b(?:https?|ftp|wss?):\/\/[^\s"')]+/g);
      assert.equal(remote, null, `${name} refers to ${remote?.join(', ')}`);
      assert.doesNotMatch(text, /@import|\burl\(\s*['"]?(?!#)[a-z]+:/i, `${name} imports a stylesheet or remote url()`);
      if (name.endsWith('.js')) assert.doesNotMatch(text, /\beval\s*\(|new Function\s*\(|\bfetch\s*\(|XMLHttpRequest|WebSocket|importScripts/, name);
    }
  });

  it('escapes hostile plan text everywhere it appears', () => {
    const evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>\'&';
    const html = page(
      [
        `plan "${evil.replace(/"/g, '\\"')}"`,
        'start: 2026-12-07',
        `week 1: ${evil}`,
        `Mon: gym lower heavy [squat <b>bold</b> 5x5] + run intervals "${evil.replace(/"/g, '\\"')}"`,
        `Tue: run long 2h  # ${evil}`,
        `week 2 "${evil.replace(/"/g, '\\"')}"`,
        'Wed: rest',
      ].join('\n'),
    );
    assertNoInjection(html);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;&quot;&gt;&lt;img src=x onerror=alert\(2\)&gt;&#39;&amp;/);
  });

  it('escapes any text in titles, labels, notes and exercise names (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('<', '>', '"', "'", '&', '/', '=', ' ', 'a', 'on', 'img', 'script', 'svg', 'x', '(', ')', ':', 'é') , maxLength: 30 });
    fc.assert(
      fc.property(text, text, text, (title, label, note) => {
        const quote = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
        assertNoInjection(page(`plan ${quote(title)}\nweek 1: ${label}\nMon: gym heavy [${label.replace(/[\],[]/g, '')} 3x5] + run ${quote(note)}\nTue: ${label}`));
      }),
      { numRuns: 150, seed: 9901 },
    );
  });
});
