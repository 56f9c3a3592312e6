"""Lists and labels in running text are punctuated as each language writes them."""

from __future__ import annotations

from c102desk.i18n import Msg, list_separator, separator


def test_french_puts_a_narrow_no_break_space_before_semicolon_and_colon() -> None:
    listed = Msg.join(["a", "b", "c"])
    assert listed.render("en") == str(listed) == "a; b; c"
    assert listed.render("es") == "a; b; c"
    assert listed.render("fr") == "a\u202f; b\u202f; c"
    labelled = Msg.join(["II.LVL", "met"], ": ")
    assert (labelled.render("en"), labelled.render("fr")) == ("II.LVL: met", "II.LVL\u202f: met")
    assert Msg.join(["x", "y"], ", ").render("fr") == "x, y"  # no space before a comma


def test_the_separators_used_outside_messages_agree() -> None:
    assert list_separator("fr") == separator("; ", "fr") == "\u202f; "
    assert list_separator("en") == list_separator("es") == "; "
