"""The complete part of a JSON reply that breaks off.

A small model writing JSON without a grammar sometimes breaks it part-way: an unescaped `"` from a
copied quotation, a stray word (seen in a field test: a live blog's reply broke at character 1,684 of
465 tokens, after eight good events; the re-ask broke the same way, and the whole article was lost).
What came before the break is as valid as any reply: each element of an array that closed before it
is whole. `element_prefixes` gives the reply cut after each such element, its open brackets closed,
longest first, for the caller to validate against its schema; nothing is ever added but closing
brackets, so a repaired reply never says more than the model wrote.
"""

from __future__ import annotations

from collections.abc import Iterator

_CLOSING = {"{": "}", "[": "]"}


def element_prefixes(text: str) -> Iterator[str]:
    """`text` cut after each complete element of an array (an object or an array closed inside one),
    with the brackets still open closed, from the longest cut to the shortest."""
    cuts: list[tuple[int, str]] = []  # (end of the element, the closers then needed)
    stack: list[str] = []
    in_string = escaped = False
    for at, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char in _CLOSING:
            stack.append(char)
        elif char in "}]":
            if not stack or _CLOSING[stack[-1]] != char:
                break  # the text is broken here: nothing after it is read
            stack.pop()
            if stack and stack[-1] == "[":
                cuts.append((at + 1, "".join(_CLOSING[b] for b in reversed(stack))))
    for end, closers in reversed(cuts):
        yield text[:end] + closers
