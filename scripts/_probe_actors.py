"""What the probes of actors share (probe_actors_places, probe_actors_genres, probe_actors_titles and
probe_names_places): a case, the actors the pipeline reads in it, and a group's line of counts. Not a
probe itself: they import it from beside them (a script's own folder is on the path), so each judges
actors as the others do. Like them, it uses only functions every revision since 4a9e1a5 has.
"""

from __future__ import annotations

from typing import NamedTuple

from timeline.actors import event_actors, people_named, read_mentions


class Case(NamedTuple):
    sentence: str
    actors: list[str]  # the event's actors, in order of first mention
    article: tuple[str, ...] = ()  # the article's other sentences (people named in full there)


def actors_of(case: Case) -> list[str]:
    people = people_named([*case.article, case.sentence])  # the pipeline reads the whole article
    return event_actors(read_mentions(case.sentence, people))


def right(case: Case) -> tuple[bool, str]:
    """Whether the case's actors come out as it says, and what a miss shows."""
    got = actors_of(case)
    return got == case.actors, f"actors {got} (want {case.actors}): {case.sentence!r}"


def counted(label: str, cases: list[Case], verbose: bool) -> int:
    """Prints how many of `cases` are right (`label: good/total right`) and, with `verbose`, the wrong
    ones below it; returns how many are right."""
    results = [right(case) for case in cases]
    good = sum(ok for ok, _ in results)
    print(f"{label}: {good}/{len(results)} right")
    for ok, said in results:
        if verbose and not ok:
            print(f"  {said}")
    return good
