"""A post said right after an institution written in lower case (sentences written for these tests only): an
article and a post or rank («el concejal», «la directora») open who follows, never the institution's name runs on
into them («la once de la junta de vecinos el concejal Muñoz»)."""

from __future__ import annotations

from datetime import datetime

import pytest

from nlu.segments import segment

NOW = datetime(2027, 3, 10, 9, 0)  # a Wednesday


@pytest.mark.parametrize(("text", "delegate"), [
    ("Alcalde, el sábado asistirá a la once de la junta de vecinos el concejal Muñoz", "concejal Muñoz"),
    ("don alcalde, a la once del club deportivo va el capitán de bomberos", "capitán de bomberos"),
    ("a la once de la junta de vecinos asiste el concejal Muñoz x el alcalde", "concejal Muñoz"),
    ("irá a la misa de la parroquia el subprefecto de la PDI, Sr. Hugo Mella",
     "subprefecto de la PDI, Sr. Hugo Mella"),
])
def test_who_goes_said_after_where_to(parser, text, delegate):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.respond"
    assert understanding.slots["delegate"] == delegate


@pytest.mark.parametrize(("text", "post"), [
    ("asistirá a la once de la junta de vecinos el concejal Muñoz", "concejal"),
    ("va a la inauguración de la posta la directora de salud", "directora de salud"),
    ("estuvo en la reunion del club deportivo el capitan de bomberos", "capitan de bomberos"),
    ("a la misa de la parroquia va el subprefecto de la PDI", "subprefecto de la PDI"),
])
def test_an_article_and_a_post_end_the_institution(parser, text, post):
    """The institution stops before the article, and the person read from there carries the post."""
    folded = parser.normalize(text)
    found = segment(folded.norm, lambda i: folded.source(i, i + 1), [], not any(c.isupper() for c in text))
    assert post in [folded.source(*p.post) for p in found.people if p.post]
    assert not any("el " in folded.source(*s) or " la " + post in folded.source(*s) for s in found.institutions)
