/** Our <style> or shadow host, or something inside them: changes there are our own. */
export function isOwnNode(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !!el?.closest('[data-gutcheck-ui], gutcheck-ui');
}

/**
 * Turns a batch of mutation records into the nodes whose scan units must be read again. Our own
 * changes and anything outside <body> (head, our host beside body) are dropped; for a container
 * already split into units (a feed) only the added children count, so its other posts are not
 * reread. `onNewBody` is called when the page replaced <body> itself.
 */
export function changedNodes(
  records: readonly MutationRecord[],
  doc: Document,
  isSplit: (el: Element) => boolean,
  onNewBody: (body: HTMLElement) => void,
): Node[] {
  const nodes: Node[] = [];
  for (const r of records) {
    const target = r.target;
    if (isOwnNode(target)) continue;
    if (target === doc.documentElement) {
      r.addedNodes.forEach((n) => n === doc.body && onNewBody(doc.body));
      continue;
    }
    const inMainDocument = target.ownerDocument === doc && target.getRootNode() === doc;
    if (inMainDocument && !doc.body?.contains(target)) continue;
    if (r.type === 'childList' && isSplit(target as Element)) {
      r.addedNodes.forEach((n) => isOwnNode(n) || nodes.push(n));
    } else {
      nodes.push(target);
    }
  }
  return nodes;
}
