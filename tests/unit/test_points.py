"""Behaviour of copaperu.PointsScheme: points per result, parsing, and refusals.

Every expected value was worked out by hand from the scheme next to it.
"""

from __future__ import annotations

from typing import Any

import pytest

import copaperu as cp

# Calls that break the annotations go through an untyped alias, as untyped user code would.
untyped: Any = cp


class TestForResult:
    def test_win_is_worth_the_win_points(self) -> None:
        """Scoring 2 and conceding 1 earns 3 points under 3-1-0."""
        assert 3 == cp.PointsScheme.THREE_FOR_A_WIN.for_result(2, 1)

    def test_draw_is_worth_the_draw_points(self) -> None:
        """A 2-2 draw earns 1 point under 2-1-0."""
        assert 1 == cp.PointsScheme.TWO_FOR_A_WIN.for_result(2, 2)

    def test_loss_is_worth_the_loss_points(self) -> None:
        """A defeat earns the loss points, here 1 under a 4-2-1 scheme."""
        assert 1 == cp.PointsScheme(win=4, draw=2, loss=1).for_result(0, 3)

    def test_old_win_is_worth_two(self) -> None:
        """A win under the classic scheme is worth 2, not 3."""
        assert 2 == cp.PointsScheme.TWO_FOR_A_WIN.for_result(1, 0)


class TestParse:
    def test_parse_reads_win_draw_loss(self) -> None:
        """'2-1-0' is two for a win, one for a draw, none for a loss."""
        assert cp.PointsScheme(win=2, draw=1, loss=0) == cp.PointsScheme.parse("2-1-0")

    def test_str_and_parse_round_trip(self) -> None:
        """A scheme written with str() parses back to the same scheme."""
        scheme = cp.PointsScheme(win=4, draw=2, loss=1)

        assert scheme == cp.PointsScheme.parse(str(scheme))

    @pytest.mark.parametrize("text", ["3-1", "3-1-0-0", "three-one-zero", ""])
    def test_text_without_three_integers_is_refused(self, text: str) -> None:
        """Text that is not three integers joined by dashes is refused, quoted."""
        with pytest.raises(cp.InvalidValueError) as excinfo:
            cp.PointsScheme.parse(text)
        expected = (
            f"points scheme: expected 'win-draw-loss' like '3-1-0' (got {text!r})"
        )

        assert expected == str(excinfo.value)

    def test_value_that_is_not_text_is_refused(self) -> None:
        """A number given instead of text is refused, shown as given."""
        with pytest.raises(cp.InvalidValueError) as excinfo:
            untyped.PointsScheme.parse(310)
        expected = "points scheme: expected 'win-draw-loss' like '3-1-0' (got 310)"

        assert expected == str(excinfo.value)


class TestRefused:
    @pytest.mark.parametrize(
        ("field", "value", "shown"),
        [
            pytest.param("win", 3.0, "3.0", id="float-win"),
            pytest.param("draw", True, "True", id="bool-draw"),
            pytest.param("loss", "0", "'0'", id="text-loss"),
        ],
    )
    def test_points_that_are_not_integers_are_refused(
        self, field: str, value: object, shown: str
    ) -> None:
        """Each of win, draw and loss must be an int; the message names the field."""
        with pytest.raises(cp.InvalidValueError) as excinfo:
            untyped.PointsScheme(**{field: value})
        expected = f"points scheme: {field} must be an integer (got {shown})"

        assert expected == str(excinfo.value)

    def test_loss_worth_more_than_a_draw_is_refused(self) -> None:
        """1-0-2 is refused, and the message shows the scheme as written."""
        with pytest.raises(cp.InvalidValueError) as excinfo:
            cp.PointsScheme(win=1, draw=0, loss=2)
        expected = (
            "points scheme: a win must be worth at least a draw and a draw at "
            "least a loss (got 1-0-2)"
        )

        assert expected == str(excinfo.value)

    def test_all_equal_points_are_allowed(self) -> None:
        """A scheme where every result is worth 1 is on the boundary, and allowed."""
        assert "1-1-1" == str(cp.PointsScheme(win=1, draw=1, loss=1))
