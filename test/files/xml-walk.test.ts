/**
 * The XML walk under the .xlsx reader, on the spellings its fast paths must read as before:
 * closing tags with spaces and prefixes, text that is only line ends, carriage returns and
 * entities in text, and what makes a part not well-formed.
 */
import { walkXml } from '../../shared/files/xml-walk';

/** The walk as a list of events, and its answer. */
function walked(xml: string): { root: string | null; events: string[] } {
  const events: string[] = [];
  const root = walkXml(xml, {
    open: (name, _tag, empty) => void events.push(`<${name}${empty ? '/' : ''}>`),
    close: (name) => void events.push(`</${name}>`),
    text: (value) => void events.push(JSON.stringify(value)),
  });
  return { root, events };
}

describe('walkXml', () => {
  it('reads closing tags with spaces before ">" and with prefixes, by their local names', () => {
    expect(walked('<x:a>\r\n<b >1</b  ><x:c/>\t</x:a >')).toEqual({
      root: 'a',
      events: ['<a>', '<b>', '"1"', '</b>', '<c/>', '</c>', '</a>'],
    });
  });

  it('takes text of spaces and line ends only as no text, inside the root and around it', () => {
    expect(walked('\r\n<a>\r\n \t</a>\r\n')).toEqual({ root: 'a', events: ['<a>', '</a>'] });
  });

  it('decodes every entity of a long text', () => {
    const json = JSON.stringify({ a: 'x & y', b: ['<1>', "'2'"] });
    const escaped = json
      .replace(/&/g, '&amp;')
      .replace(/"/g, '&quot;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&#62;')
      .replace(/'/g, '&#x27;');
    expect(walked(`<a>${escaped.repeat(1000)}</a>`).events[1]).toBe(
      JSON.stringify(json.repeat(1000)),
    );
    expect(walked('<a>&amp;&amp;</a>').events[1]).toBe(JSON.stringify('&&'));
  });

  it('reads carriage returns as line ends and decodes entities', () => {
    expect(walked('<a>x\r\ny\rz &amp; &#13;&lt;&#x1EA1;</a>').events).toEqual([
      '<a>',
      JSON.stringify('x\ny\nz & \r<ạ'),
      '</a>',
    ]);
  });

  it.each([
    ['a closing tag that does not match', '<a><b>1</c></a>'],
    ['a closing tag longer than the one opened', '<a><b>1</bb></a>'],
    ['a closing tag with another prefix', '<x:a>1</y:a>'],
    ['a control character in text', '<a>1\u0001</a>'],
    ['a control character among spaces', '<a> \u0008 </a>'],
    ['text outside the root', '<a/>x'],
    ['an unknown entity', '<a>&bogus;</a>'],
    ['a name that is no entity, though objects have it', '<a>&constructor;</a>'],
    ['an entity not ended', '<a>x &amp y</a>'],
    ['an entity ended after another begins', '<a>&a&amp;</a>'],
    ['a character past Unicode', '<a>&#x110000;</a>'],
    ['an entity with no digits', '<a>&#x;</a>'],
    ['a closing tag with nothing open', '</a>'],
  ])('answers null for %s', (_, xml) => {
    expect(walked(xml).root).toBeNull();
  });
});
