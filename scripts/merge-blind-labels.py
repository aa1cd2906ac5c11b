#!/usr/bin/env python3
"""Merges a corpus file's labels with a second, blind annotator's labels (same docs, same order).
An id both asserted stays asserted; an id one asserted and the other did not, or either marked
ambiguous, becomes ambiguous (not scored); other ids either named stay mentions. Prints the two
annotators' agreement on asserted ids (F1) and writes the merged corpus.
Usage: python3 scripts/merge-blind-labels.py WRITER.jsonl BLIND.labels.jsonl OUT.jsonl
WRITER may be a labels-only file ({"doc", "asserts", "mentions_not_asserted", "ambiguous"}): the
merged file is then labels-only too, with "ambiguous" always present (as later labels need it)."""
import json, sys

writer_path, blind_path, out_path = sys.argv[1:4]
writer = [json.loads(l) for l in open(writer_path, encoding="utf-8") if l.strip()]
blind = [json.loads(l) for l in open(blind_path, encoding="utf-8") if l.strip()]
assert [r["doc"] for r in writer] == [r["doc"] for r in blind], "documents differ"
both = only_w = only_b = 0
out = []
for w, b in zip(writer, blind):
    wa, ba = set(w["asserts"]), set(b["asserts"])
    amb = set(w.get("ambiguous", [])) | set(b.get("ambiguous", [])) | (wa ^ ba)
    both += len(wa & ba); only_w += len(wa - ba); only_b += len(ba - wa)
    asserts = sorted((wa & ba) - amb)
    mentions = sorted((set(w["mentions_not_asserted"]) | set(b["mentions_not_asserted"])) - amb - set(asserts))
    # A labels-only file (second-edition labels beside a frozen set) has no kind, text or note.
    rec = {"doc": w["doc"], **{k: w[k] for k in ("kind", "text") if k in w}, "asserts": asserts,
           "mentions_not_asserted": mentions, **({"note": w["note"]} if "note" in w else {})}
    if amb or "text" not in w:
        rec["ambiguous"] = sorted(amb)
    out.append(rec)
with open(out_path, "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
f1 = 2 * both / max(1, 2 * both + only_w + only_b)
print(f"{len(out)} documents; asserted ids: both {both}, writer only {only_w}, blind only {only_b}; agreement F1 {f1:.3f}")
