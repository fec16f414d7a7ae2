import { Component, type ComponentChildren } from 'preact';
import { CodeBlock } from './code-block.js';
import { parseBlocks, type Block } from './blocks.js';
import { parseInline, type Inline } from './inline.js';
import { safeUrl } from './safe-url.js';

// Model text only ever reaches the DOM as text nodes and as attributes Preact sets as
// properties (href after safeUrl); there is no innerHTML anywhere in this renderer.

function renderInline(nodes: Inline[]): ComponentChildren[] {
  return nodes.map((n, i) => {
    switch (n.type) {
      case 'text':
        return n.text;
      case 'break':
        return <br key={i} />;
      case 'code':
        return <code key={i}>{n.text}</code>;
      case 'strong':
        return <strong key={i}>{renderInline(n.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(n.children)}</em>;
      case 'del':
        return <del key={i}>{renderInline(n.children)}</del>;
      case 'link': {
        const href = safeUrl(n.href);
        if (href === null) return <span key={i} class="unsafe-link" title="Link not allowed">{renderInline(n.children)}</span>;
        return (
          <a key={i} href={href} target="_blank" rel="noopener noreferrer nofollow">
            {renderInline(n.children)}
          </a>
        );
      }
    }
  });
}

function inline(text: string): ComponentChildren[] {
  return renderInline(parseInline(text));
}

export function renderBlock(b: Block, key?: number): ComponentChildren {
  switch (b.type) {
    case 'heading': {
      // The page owns h1; answer headings start one level below it.
      const H = `h${Math.min(6, b.level + 1)}` as 'h2';
      return <H key={key}>{inline(b.text)}</H>;
    }
    case 'paragraph':
      return <p key={key}>{inline(b.text)}</p>;
    case 'code':
      return <CodeBlock key={key} lang={b.lang} code={b.code} />;
    case 'rule':
      return <hr key={key} />;
    case 'quote':
      return <blockquote key={key}>{b.children.map(renderBlock)}</blockquote>;
    case 'list': {
      const items = b.items.map((item, i) => <li key={i}>{renderItem(item)}</li>);
      return b.ordered ? <ol key={key} start={b.start}>{items}</ol> : <ul key={key}>{items}</ul>;
    }
    case 'table':
      return (
        <div key={key} class="table-wrap">
          <table>
            <thead>
              <tr>{b.header.map((c, i) => <th key={i} class={alignClass(b.align[i])}>{inline(c)}</th>)}</tr>
            </thead>
            <tbody>
              {b.rows.map((r, ri) => (
                <tr key={ri}>{b.header.map((_, ci) => <td key={ci} class={alignClass(b.align[ci])}>{inline(r[ci] ?? '')}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

function alignClass(a: 'left' | 'center' | 'right' | null | undefined): string | undefined {
  return a ? `align-${a}` : undefined;
}

/** A tight list item (one paragraph) renders without <p> margins. */
function renderItem(blocks: Block[]): ComponentChildren {
  const only = blocks[0];
  if (blocks.length === 1 && only?.type === 'paragraph') return inline(only.text);
  return blocks.map(renderBlock);
}

/**
 * One top-level block, re-rendered only when its source text changes: while an answer streams
 * only the last block grows, so earlier paragraphs and code blocks are not re-diffed every frame.
 */
class MemoBlock extends Component<{ src: string; block: Block }> {
  override shouldComponentUpdate(next: { src: string }): boolean {
    return next.src !== this.props.src;
  }
  override render() {
    return renderBlock(this.props.block);
  }
}

export function Markdown({ text }: { text: string }) {
  return (
    <div class="markdown">
      {parseBlocks(text).map((b, i) => (
        <MemoBlock key={i} src={b.src} block={b.block} />
      ))}
    </div>
  );
}
