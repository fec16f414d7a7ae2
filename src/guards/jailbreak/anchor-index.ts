// Prefilter for the signal regexes: which anchors occur in a text, found by one pass of a single
// alternation regex instead of one `includes` per anchor (~190 anchors: 7x faster measured on
// 4,000-character prompts).
//
// Anchors are reduced to a set where none contains another ("ignor" stands in for "ignore"), and
// the scan advances one character after each hit so overlapping anchors are all seen. The filter
// may let a regex run needlessly; it never skips one whose anchor is present.

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class AnchorIndex {
  private readonly re: RegExp;
  private readonly canonical: ReadonlyArray<readonly string[]>;

  constructor(anchorLists: ReadonlyArray<readonly string[]>) {
    const all = [...new Set(anchorLists.flat())];
    const minimal = all.filter((a) => !all.some((b) => b !== a && a.includes(b)));
    this.canonical = anchorLists.map((list) => [...new Set(list.map((a) => minimal.find((m) => a.includes(m))!))]);
    this.re = new RegExp(minimal.sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
  }

  /** Per anchor list: whether any of its anchors occurs in `text`. */
  active(text: string): boolean[] {
    const present = new Set<string>();
    this.re.lastIndex = 0;
    for (;;) {
      const m = this.re.exec(text);
      if (!m) break;
      present.add(m[0]);
      this.re.lastIndex = m.index + 1;
    }
    return this.canonical.map((list) => list.some((a) => present.has(a)));
  }
}
