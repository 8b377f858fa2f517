"""The complete part of a JSON reply that breaks off (`timeline.providers.json_prefix`)."""

from __future__ import annotations

import json

from timeline.providers.json_prefix import element_prefixes


def test_each_complete_element_is_a_cut_longest_first_with_its_brackets_closed() -> None:
    text = '{"events":[{"q":"a","t":"b"},{"q":"c","t":"d"},{"q":"e","t'
    assert list(element_prefixes(text)) == [
        '{"events":[{"q":"a","t":"b"},{"q":"c","t":"d"}]}',
        '{"events":[{"q":"a","t":"b"}]}',
    ]
    assert all(json.loads(cut) for cut in element_prefixes(text))


def test_brackets_and_escaped_quotes_inside_strings_are_text() -> None:
    text = '{"events":[{"q":"He said \\"[no]}\\" {today}","t":"x"},{"q":"'
    assert list(element_prefixes(text)) == ['{"events":[{"q":"He said \\"[no]}\\" {today}","t":"x"}]}']


def test_an_array_inside_an_array_is_cut_after_each_of_its_elements() -> None:
    assert list(element_prefixes('{"a":[[1,[2]],[3,4],[5')) == [
        '{"a":[[1,[2]],[3,4]]}',
        '{"a":[[1,[2]]]}',
        '{"a":[[1,[2]]]}',  # after [2] inside the first element, and after the first element
    ]


def test_nothing_whole_before_the_break_gives_nothing() -> None:
    assert list(element_prefixes('{"events":[{"q":"Seoul')) == []
    assert list(element_prefixes('{"events":{"q":"a"}')) == []  # no array: no element to keep


def test_nothing_after_a_bracket_that_closes_what_is_not_open_is_read() -> None:
    assert list(element_prefixes('{"events":[{"q":"a"}}],{"q":"b"}]}')) == ['{"events":[{"q":"a"}]}']
