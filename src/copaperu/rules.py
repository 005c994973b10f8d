"""Named rule presets, each citing the regulation it encodes.

Presets are plain values: print them, compare them, derive new ones with
:func:`attrs.evolve`.

>>> from copaperu import rules
>>> print(rules.FIFA_WORLD_CUP_2018)
FIFA World Cup 2018: 3-1-0; points, goal difference, goals for, head-to-head (points, goal difference, goals for; single pass), fair play, drawing of lots
>>> rules.table_preset("uefa-euro-2024") is rules.UEFA_EURO_2024
True

Table presets (:class:`~copaperu.TableRules`) are named after the competition and
edition; tie presets (:class:`~copaperu.TieRules`) end in ``_KNOCKOUT``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

import attrs

from ._points import PointsScheme
from ._tiebreak import TableRules
from ._tierules import Basis, TieRules
from ._validators import is_a
from .errors import UnknownNameError
from .tiebreak import (
    away_goals,
    away_wins,
    drawing_of_lots,
    fair_play,
    goal_average,
    goal_difference,
    goals_for,
    head_to_head,
    last_match_shootout,
    only_when,
    opponents_goal_difference,
    opponents_goals_for,
    opponents_points,
    playoff,
    points,
    ranking,
    wins,
)

_Rules = TypeVar("_Rules", TableRules, TieRules)

__all__ = [
    "CLASSIC",
    "CONMEBOL_LIBERTADORES_1987_KNOCKOUT",
    "CONMEBOL_LIBERTADORES_1995",
    "CONMEBOL_LIBERTADORES_1998_KNOCKOUT",
    "COPA_PERU_1997",
    "COPA_PERU_1998",
    "COPA_PERU_1998_KNOCKOUT",
    "EUROPEAN_CUP_1961_KNOCKOUT",
    "FIFA_WORLD_CUP_1962",
    "FIFA_WORLD_CUP_1990",
    "FIFA_WORLD_CUP_1994",
    "FIFA_WORLD_CUP_2018",
    "FIFA_WORLD_CUP_2022",
    "FIFA_WORLD_CUP_2026",
    "LALIGA_2023",
    "PREMIER_LEAGUE_2009",
    "PREMIER_LEAGUE_2019",
    "THREE_POINTS_FOR_A_WIN",
    "TWO_POINTS_FOR_A_WIN",
    "UEFA_CHAMPIONS_LEAGUE_2019",
    "UEFA_CHAMPIONS_LEAGUE_2021",
    "UEFA_CHAMPIONS_LEAGUE_2024",
    "UEFA_CLUB_2019_KNOCKOUT",
    "UEFA_CLUB_2021_KNOCKOUT",
    "UEFA_EUROPA_LEAGUE_2024",
    "UEFA_EURO_2004",
    "UEFA_EURO_2016",
    "UEFA_EURO_2024",
    "UEFA_EURO_2024_THIRD_PLACED",
    "table_preset",
    "table_preset_names",
    "tie_preset",
    "tie_preset_names",
]

THREE_POINTS_FOR_A_WIN = PointsScheme.THREE_FOR_A_WIN
"""3-1-0, the scheme of FIFA tournaments from 1994 and of the Copa Perú in the 1990s.

>>> THREE_POINTS_FOR_A_WIN.win
3
"""

TWO_POINTS_FOR_A_WIN = PointsScheme.TWO_FOR_A_WIN
"""2-1-0, the scheme of FIFA World Cups up to 1990.

>>> TWO_POINTS_FOR_A_WIN.win
2
"""

# UEFA's disciplinary points: yellow 1, red 3, two yellows (indirect red) 3. A yellow
# card followed by a direct red card is counted as both cards, 4.
_UEFA_DISCIPLINE = fair_play(yellow=1, indirect_red=3, red=3, yellow_and_red=4)

CLASSIC = TableRules(
    name="Classic league",
    points=THREE_POINTS_FOR_A_WIN,
    tiebreakers=(points(), goal_difference(), goals_for()),
    source="the common league rule: points, then goal difference, then goals scored",
)
"""3-1-0; points, goal difference, goals for. Teams level on all three share a place.

>>> import copaperu as cp
>>> print(cp.rules.CLASSIC)
Classic league: 3-1-0; points, goal difference, goals for
"""

FIFA_WORLD_CUP_2018 = TableRules(
    name="FIFA World Cup 2018",
    points=THREE_POINTS_FOR_A_WIN,
    tiebreakers=(
        points(),
        goal_difference(),
        goals_for(),
        head_to_head(points(), goal_difference(), goals_for(), reapply=False),
        fair_play(),
        drawing_of_lots(),
    ),
    source=(
        "Regulations, 2018 FIFA World Cup Russia, art. 32.5: a) points, b) goal difference "
        "and c) goals scored in all group matches; d)-f) the same among the teams concerned; "
        "g) fair play in all group matches (yellow -1, indirect red -3, direct red -4, "
        "yellow and direct red -5); h) drawing of lots by FIFA"
    ),
)
"""FIFA World Cup 2018 groups (Regulations, art. 32.5).

a) points, b) goal difference, c) goals scored, all in all group matches; then,
for teams equal on a)-c), d) points, e) goal difference and f) goals scored in the
matches between the teams concerned -- a single pass, since the text does not
re-apply d)-f) to a smaller group; g) fair play in *all* group matches with weights
-1, -3, -4, -5; h) drawing of lots by FIFA (unseeded here: level teams that need
lots, unless the draw is given).

>>> import copaperu as cp
>>> cp.rules.FIFA_WORLD_CUP_2018.tiebreakers[4]
FairPlay(yellow=1, indirect_red=3, red=4, yellow_and_red=5, scope=<Scope.ALL_MATCHES: 'all_matches'>)
"""

FIFA_WORLD_CUP_2022 = TableRules(
    name="FIFA World Cup 2022",
    points=THREE_POINTS_FOR_A_WIN,
    tiebreakers=FIFA_WORLD_CUP_2018.tiebreakers,
    source=(
        "Regulations, FIFA World Cup Qatar 2022: the 2018 criteria in the same order, "
        "fair play renamed 'team conduct score'"
    ),
)
"""FIFA World Cup 2022 groups -- the 2018 criteria in the same order, reworded.

>>> import copaperu as cp
>>> cp.rules.FIFA_WORLD_CUP_2022.tiebreakers == cp.rules.FIFA_WORLD_CUP_2018.tiebreakers
True
"""

FIFA_WORLD_CUP_2026 = TableRules(
    name="FIFA World Cup 2026",
    points=THREE_POINTS_FOR_A_WIN,
    tiebreakers=(
        points(),
        head_to_head(points(), goal_difference(), goals_for(), reapply=True),
        goal_difference(),
        goals_for(),
        fair_play(),
        ranking("FIFA/Coca-Cola Men's World Ranking"),
    ),
    source=(
        "Regulations, FIFA World Cup 26, art. 13: points; a)-c) points, goal difference, "
        "goals scored among the teams concerned, re-applied to teams still level; "
        "d) goal difference and e) goals scored in all group matches; f) team conduct "
        "score; g) FIFA/Coca-Cola Men's World Ranking (no drawing of lots)"
    ),
)
"""FIFA World Cup 2026 groups (Regulations, art. 13) -- head-to-head first, no lots.

Points; then a) points, b) goal difference and c) goals scored in the matches
among the teams concerned, re-applied exclusively to teams still level; d) goal
difference and e) goals scored in all group matches; f) team conduct score
(-1, -3, -4, -5); g) the FIFA/Coca-Cola Men's World Ranking, whose values must
be given with :meth:`~copaperu.TableRules.with_ranking` before teams reach it.

>>> import copaperu as cp
>>> print(cp.rules.FIFA_WORLD_CUP_2026.tiebreakers[1])
head-to-head (points, goal difference, goals for; re-applied)
"""

UEFA_EURO_2024 = TableRules(
    name="UEFA Euro 2024",
    points=THREE_POINTS_FOR_A_WIN,
    tiebreakers=(
        points(),
        head_to_head(points(), goal_difference(), goals_for(), reapply=True),
        goal_difference(),
        goals_for(),
        last_match_shootout(),
        _UEFA_DISCIPLINE,
        ranking("European Qualifiers overall ranking", higher_is_better=False),
    ),
    source=(
        "Regulations of the UEFA European Football Championship 2022-24, art. 20.01: "
        "a)-c) points, goal difference, goals scored among the teams in question; d) a)-c) "
        "reapplied exclusively to the remaining teams; e) goal difference and f) goals "
        "scored in all group matches; g) lower disciplinary points (red 3, yellow 1, two "
        "yellows 3); h) position in the European Qualifiers overall ranking. Art. "
        "20.02: two teams level on points and on goals scored and conceded that draw "
        "their last group match against each other are ranked by kicks from the penalty "
        "mark, if no other team has their points"
    ),
)
"""UEFA Euro 2024 groups (Regulations 2022-24, art. 20.01).

Points; a) points, b) goal difference, c) goals scored among the teams in
question, d) re-applied exclusively to the teams still level; e) goal
difference, f) goals scored in all group matches; g) disciplinary points
(yellow 1, red 3, two yellows 3); h) the European Qualifiers overall ranking
(a place: lower is better; or lots when the host is involved).

Art. 20.02, the penalty shoot-out between two teams level on points and on goals
scored and conceded that draw their last group match against each other (no
other team on their points), is :func:`~copaperu.tiebreak.last_match_shootout`,
after f): such teams are level on a) to f) anyway. Record the shoot-out as the
*penalties* of that match.

>>> import copaperu as cp
>>> cp.rules.UEFA_EURO_2024.tiebreakers[1].reapply
True
"""

UEFA_EURO_2024_THIRD_PLACED = TableRules(
    name="UEFA Euro 2024, third-placed teams",
    points=THREE_POINTS_FOR_A_WIN,
    tiebreakers=(
        points(),
        goal_difference(),
        goals_for(),
        wins(),
        _UEFA_DISCIPLINE,
        ranking("European Qualifiers overall ranking", higher_is_better=False),
    ),
    source=(
        "Regulations of the UEFA European Football Championship 2022-24, as UEFA.com "
        'quotes them ("UEFA EURO 2024 best third-placed teams"): a. higher number of '
        "points; b. superior goal difference; c. higher number of goals scored; d. higher "
        "number of wins; e. lower disciplinary points total (red card 3, yellow card 1, "
        "expulsion for two yellow cards in one match 3); f. position in the overall "
        "European Qualifiers rankings, or drawing of lots if Germany is involved"
    ),
)
"""The ranking of the six third-placed teams of UEFA Euro 2024 (the best four go on).

Each team is ranked on its three group matches, by a) points, b) goal difference,
c) goals scored, d) wins, e) disciplinary points (the regulation counts team
officials' cards too, which a match's cards here do not hold), f) the European
Qualifiers overall ranking. Use it with :func:`copaperu.rank_across_groups`.

>>> import copaperu as cp
>>> print(cp.rules.UEFA_EURO_2024_THIRD_PLACED.tiebreakers[3])
wins
"""

UEFA_EURO_2016 = TableRules(
    name="UEFA Euro 2016",
    points=THREE_POINTS_FOR_A_WIN,
    tiebreakers=(
        *UEFA_EURO_2024.tiebreakers[:-1],
        ranking("UEFA national team coefficient ranking", higher_is_better=False),
    ),
    source=(
        "Regulations of the UEFA European Football Championship 2014-16, art. 18.01: a)-c) "
        "points, goal difference, goals scored among the teams in question; d) a)-c) "
        "reapplied exclusively to the teams still level; e) goal difference and f) goals "
        "scored in all group matches; g) fair play conduct in the final tournament; h) "
        "position in the UEFA national team coefficient ranking; art. 18.02: the penalty "
        "shoot-out after a level last match"
    ),
)
"""UEFA Euro 2016 groups (Regulations 2014-16, art. 18) -- the Euro 2024 order, with
the position in the national team coefficient ranking last (lower is better).

As printed by Sport Mediaset (19 June 2016) and Reuters: a)-c) head-to-head,
re-applied; e) goal difference, f) goals scored; g) fair play conduct (yellow 1,
red 3); h) the UEFA national team coefficient ranking; and art. 18.02, the
shoot-out between two teams level on points and goals that draw their last match.
Group F: Hungary and Iceland drew 1-1 and finished on 5 points; overall goal
difference put Hungary first.

>>> import copaperu as cp
>>> print(cp.rules.UEFA_EURO_2016.tiebreakers[-1])
UEFA national team coefficient ranking
"""

UEFA_EURO_2004 = TableRules(
    name="UEFA Euro 2004",
    points=THREE_POINTS_FOR_A_WIN,
    tiebreakers=(
        points(),
        head_to_head(
            points(),
            goal_difference(),
            only_when(goals_for(), min_teams=3),
            reapply=False,
        ),
        goal_difference(),
        goals_for(),
        last_match_shootout(),
        ranking("coefficient of the last two qualifying competitions"),
        _UEFA_DISCIPLINE,
        drawing_of_lots(),
    ),
    source=(
        "UEFA EURO 2004 final-tournament regulations: a) points, b) goal difference among "
        "the teams in question, c) goals scored among them (if more than two teams finish "
        "equal on points); d) goal difference and e) goals scored in all group matches; "
        "f) coefficient of the last two qualifying competitions; g) fair play conduct in "
        "the final tournament; h) drawing of lots"
    ),
)
"""UEFA Euro 2004 groups -- head-to-head in one pass, then overall figures.

Among the teams level on points: a) points, b) goal difference, and c) goals
scored only "if more than two teams finish equal on points"; no re-application.
Then goal difference and goals scored in all group matches, the qualifying
coefficient, fair play and lots; before the coefficient, the penalty shoot-out
between two teams level on points and goals that drew their last match against
each other (:func:`~copaperu.tiebreak.last_match_shootout`).
Group C (Sweden, Denmark, Italy level on 5 points, every match among them drawn)
was decided on head-to-head goals scored: 3, 2, 1.

>>> import copaperu as cp
>>> print(cp.rules.UEFA_EURO_2004.tiebreakers[1])
head-to-head (points, goal difference, goals for, only when at least 3 teams are level; single pass)
"""

UEFA_CHAMPIONS_LEAGUE_2019 = TableRules(
    name="UEFA Champions League 2018-21",
    points=THREE_POINTS_FOR_A_WIN,
    tiebreakers=(
        points(),
        head_to_head(
            points(), goal_difference(), goals_for(), away_goals(), reapply=True
        ),
        goal_difference(),
        goals_for(),
        away_goals(),
        wins(),
        away_wins(),
        _UEFA_DISCIPLINE,
        ranking("UEFA club coefficient"),
    ),
    source=(
        "Regulations of the UEFA Champions League 2018-21, art. 17.01: a)-d) points, goal "
        "difference, goals scored, away goals scored among the teams in question; e) a)-d) "
        "reapplied to the teams still level; f) goal difference, g) goals scored, h) away "
        "goals scored in all group matches; i) wins; j) away wins; k) disciplinary points; "
        "l) club coefficient"
    ),
)
"""UEFA club competitions' group stages, 2018-19 to 2020-21 (art. 17.01).

Head-to-head points, goal difference, goals scored and away goals, re-applied to
teams still level; then goal difference, goals scored, away goals, wins and away
wins in all group matches; disciplinary points; the club coefficient.

>>> import copaperu as cp
>>> print(cp.rules.UEFA_CHAMPIONS_LEAGUE_2019.tiebreakers[1])
head-to-head (points, goal difference, goals for, away goals; re-applied)
"""

UEFA_CHAMPIONS_LEAGUE_2021 = TableRules(
    name="UEFA Champions League 2021-24",
    points=THREE_POINTS_FOR_A_WIN,
    tiebreakers=(
        points(),
        head_to_head(points(), goal_difference(), goals_for(), reapply=True),
        goal_difference(),
        goals_for(),
        away_goals(),
        wins(),
        away_wins(),
        _UEFA_DISCIPLINE,
        ranking("UEFA club coefficient"),
    ),
    source=(
        "Regulations of the UEFA Champions League 2021-24, art. 17.01: away goals dropped "
        "from the head-to-head criteria, kept among the criteria over all group matches"
    ),
)
"""UEFA club group stages, 2021-22 to 2023-24 -- no away goals in the head-to-head.

Away goals scored in all group matches stay a criterion after goal difference and
goals scored (they put Benfica above Paris Saint-Germain in 2022-23).

>>> import copaperu as cp
>>> len(cp.rules.UEFA_CHAMPIONS_LEAGUE_2021.tiebreakers[1].criteria)
3
"""

UEFA_CHAMPIONS_LEAGUE_2024 = TableRules(
    name="UEFA Champions League 2024-",
    points=THREE_POINTS_FOR_A_WIN,
    tiebreakers=(
        points(),
        goal_difference(),
        goals_for(),
        away_goals(),
        wins(),
        away_wins(),
        opponents_points(),
        opponents_goal_difference(),
        opponents_goals_for(),
        _UEFA_DISCIPLINE,
        ranking("UEFA club coefficient"),
    ),
    source=(
        "Regulations of the UEFA Champions League 2024/25, art. 18.01 (league phase): "
        "a) goal difference, b) goals scored, c) away goals scored, d) wins, e) away wins, "
        "f) points obtained collectively by league phase opponents, g) their collective "
        "goal difference, h) goals they scored collectively, i) lower disciplinary points "
        "(red 3, yellow 1, two yellows 3), j) higher club coefficient"
    ),
)
"""UEFA club competitions' league phase, from 2024-25 -- no head-to-head.

In one league of 36 teams that each play eight different opponents, teams level
on points are ranked by a) goal difference, b) goals scored, c) away goals, d)
wins, e) away wins in the league phase; then by their opponents: f) the points,
g) the goal difference, h) the goals scored of the opponents each played,
together; i) disciplinary points; j) the club coefficient (UEFA.com, "Champions
League league phase standings: how teams level on points are separated", 13
September 2024, quoting art. 18.01).

>>> import copaperu as cp
>>> print(cp.rules.UEFA_CHAMPIONS_LEAGUE_2024.tiebreakers[6])
opponents' points
"""

UEFA_EUROPA_LEAGUE_2024 = attrs.evolve(
    UEFA_CHAMPIONS_LEAGUE_2024,
    name="UEFA Europa League 2024",
    source=(
        "Regulations of the UEFA Europa League 2024/25, as Wikipedia's league phase "
        "article cites them: goal difference; goals scored; away goals scored; wins; "
        "away wins; points, goal difference and goals scored collectively by league "
        "phase opponents; lower disciplinary points; UEFA club coefficient"
    ),
)
"""The Europa League's league phase from 2024-25, ranked as the Champions League's is.

Its criteria are those of :data:`UEFA_CHAMPIONS_LEAGUE_2024`.

>>> import copaperu as cp
>>> cp.rules.UEFA_EUROPA_LEAGUE_2024.tiebreakers == cp.rules.UEFA_CHAMPIONS_LEAGUE_2024.tiebreakers
True
"""

FIFA_WORLD_CUP_1990 = TableRules(
    name="FIFA World Cup 1990",
    points=TWO_POINTS_FOR_A_WIN,
    tiebreakers=(points(), goal_difference(), goals_for(), drawing_of_lots()),
    source=(
        "FIFA World Cups 1974-1990: two points for a win; teams level on points ranked by "
        "goal difference, then goals scored, then lots (1982 Group 1: Italy above "
        "Cameroon on goals scored; 1990 Group F: Republic of Ireland and the Netherlands "
        "separated by lots)"
    ),
)
"""FIFA World Cups 1974-1990 groups -- 2-1-0; goal difference, goals scored, lots.

The regulation text itself was not consulted; the order is the one the
published tables show (1982 Group 1, 1990 Group F).

>>> import copaperu as cp
>>> str(cp.rules.FIFA_WORLD_CUP_1990.points)
'2-1-0'
"""

FIFA_WORLD_CUP_1994 = TableRules(
    name="FIFA World Cup 1994",
    points=THREE_POINTS_FOR_A_WIN,
    tiebreakers=(
        points(),
        goal_difference(),
        goals_for(),
        head_to_head(points(), goal_difference(), goals_for(), reapply=False),
        drawing_of_lots(),
    ),
    source=(
        "FIFA World Cups 1994-2014: three points for a win; a) points, b) goal difference "
        "and c) goals scored in all group matches; for teams equal on those, d) points, "
        "e) goal difference and f) goals scored in the group matches between the teams "
        "concerned; g) drawing of lots (2006 Regulations art. 31.5; 2010 Regulations, "
        "same text)"
    ),
)
"""FIFA World Cups 1994-2014 groups -- the 2018 criteria without fair play.

a) points, b) goal difference, c) goals scored in all group matches; for teams
equal on those, d) points, e) goal difference, f) goals scored in the matches
between the teams concerned (a single pass); g) drawing of lots. The text quoted
is that of 2006 (art. 31.5) and 2010; 1994, the first World Cup with three points
for a win, is ranked the same way by its published tables: in Group E all four
teams finished on 4 points and goal difference 0, Mexico first on goals scored,
Ireland above Italy (both 2-2) for beating them 1-0.

>>> import copaperu as cp
>>> print(cp.rules.FIFA_WORLD_CUP_1994.tiebreakers[3])
head-to-head (points, goal difference, goals for; single pass)
"""

FIFA_WORLD_CUP_1962 = TableRules(
    name="FIFA World Cup 1962",
    points=TWO_POINTS_FOR_A_WIN,
    tiebreakers=(points(), goal_average(), drawing_of_lots()),
    source=(
        "FIFA World Cups 1962-1966: two points for a win; teams level on points ranked by "
        "goal average (goals scored divided by goals conceded) -- 1962 Group 4: England "
        "(1.333) above Argentina (0.667)"
    ),
)
"""FIFA World Cups 1962-1966 groups -- 2-1-0; goal average, then lots.

>>> import copaperu as cp
>>> print(cp.rules.FIFA_WORLD_CUP_1962.tiebreakers[1])
goal average
"""

COPA_PERU_1998 = TableRules(
    name="Copa Perú 1998",
    points=THREE_POINTS_FOR_A_WIN,
    tiebreakers=(points(), playoff(), goal_difference(), goals_for()),
    source=(
        "Copa Perú group rule of the 1990s, as the record shows it: three points for a "
        "win; teams level on points for a qualifying place play an extra match (1997 "
        "final round: Juan Aurich and U.P.A.O. level on 12 points, play-off, RSSSF; 1998 "
        "Region I: I.M.I. and Atlético Torino level on 7 points, 'partido de descarte', "
        "Semanario Pasión 2008); other places by goal difference, then goals scored"
    ),
)
"""Copa Perú groups in the 1990s -- points; a play-off for a qualifying place.

Three points for a win. Teams level on points across a qualification boundary
play an extra match (the play-off is not counted in the table): goal difference
did not decide the 1997 title, where Juan Aurich (+11) and U.P.A.O. (+10) met
again. Other places go by goal difference, then goals scored; no source states
these, which the record never needed.

>>> import copaperu as cp
>>> print(cp.rules.COPA_PERU_1998)
Copa Perú 1998: 3-1-0; points, play-off, goal difference, goals for
"""

COPA_PERU_1997 = attrs.evolve(COPA_PERU_1998, name="Copa Perú 1997")
"""The 1997 final round was ranked by the same rule as 1998 (see ``COPA_PERU_1998``).

>>> import copaperu as cp
>>> cp.rules.COPA_PERU_1997.tiebreakers == cp.rules.COPA_PERU_1998.tiebreakers
True
"""

CONMEBOL_LIBERTADORES_1995 = TableRules(
    name="Copa Libertadores 1995",
    points=THREE_POINTS_FOR_A_WIN,
    tiebreakers=(
        points(),
        goal_difference(),
        goals_for(),
        away_goals(),
        drawing_of_lots(),
    ),
    source=(
        "Copa Libertadores 1995 group stage: points, goal difference, goals scored, away "
        "goals scored, drawing of lots"
    ),
)
"""CONMEBOL Copa Libertadores 1995 groups -- goal difference, goals, away goals, lots.

>>> import copaperu as cp
>>> print(cp.rules.CONMEBOL_LIBERTADORES_1995.tiebreakers[3])
away goals
"""

PREMIER_LEAGUE_2019 = TableRules(
    name="Premier League 2019-20",
    points=THREE_POINTS_FOR_A_WIN,
    tiebreakers=(
        points(),
        goal_difference(),
        goals_for(),
        head_to_head(points(), away_goals(), reapply=False),
        playoff(),
    ),
    source=(
        "Premier League rules from 2019-20, as the League announced them (Sky Sports, "
        "The Star (Kenya), 17 July 2019): clubs level on points, goal difference and "
        "goals scored when the title, European qualification or relegation is at "
        "stake are separated by 'who collected the most points in their head-to-head "
        "duels'; 'if clubs still cannot be separated, the team who scored the most "
        "goals away from home in the head-to-head matches will get the highest "
        "position'; 'only if the clubs remain level ... will a play-off be arranged, "
        "at a neutral ground'"
    ),
)
"""The Premier League from 2019-20 -- points, goal difference, goals, head-to-head.

Points; goal difference; goals scored; then, among the clubs still level, the
points and then the away goals of the matches between them (one pass); then a
play-off, which decides places only across the boundaries given as *advance*.
The League's announcement puts the head-to-head and the play-off only where the
title, a European place or relegation is at stake; elsewhere clubs level on points,
goal difference and goals scored share a place. This preset applies the
head-to-head everywhere, so it can order clubs the League would leave sharing a
place, never the other way round. The Premier League Handbook's own text (section
C) was not available to check; the words above are the announcement's, as
reported.

>>> import copaperu as cp
>>> print(cp.rules.PREMIER_LEAGUE_2019)
Premier League 2019-20: 3-1-0; points, goal difference, goals for, head-to-head (points, away goals; single pass), play-off
"""

PREMIER_LEAGUE_2009 = TableRules(
    name="Premier League 2009-10",
    points=THREE_POINTS_FOR_A_WIN,
    tiebreakers=(points(), goal_difference(), goals_for(), playoff()),
    source=(
        "Premier League rules before 2019-20, as the League's 2019 announcement "
        "describes them (Sky Sports, The Star (Kenya), 17 July 2019): 'In previous "
        "seasons, teams involved in these specific battles who finished with the same "
        "points total, goal difference and number of goals scored would be pitted "
        "against each other in a playoff'; Wikipedia's 2009-10 table: 'Rules for "
        "classification: 1) points; 2) goal difference; 3) number of goals scored'"
    ),
)
"""The Premier League as in 2009-10 -- points, goal difference, goals, then a play-off.

Clubs level on points, goal difference and goals scored met in a play-off where
the title, a European place or relegation was at stake (the places given as
*advance*); elsewhere they shared a place. From 2019-20 a head-to-head comes
before the play-off (:data:`PREMIER_LEAGUE_2019`).

>>> import copaperu as cp
>>> print(cp.rules.PREMIER_LEAGUE_2009)
Premier League 2009-10: 3-1-0; points, goal difference, goals for, play-off
"""

LALIGA_2023 = TableRules(
    name="LaLiga 2023-24",
    points=THREE_POINTS_FOR_A_WIN,
    tiebreakers=(
        points(),
        head_to_head(points(), goal_difference(), reapply=False),
        goal_difference(),
        goals_for(),
    ),
    source=(
        "Spain's league rule (LFP, Disposición quinta; RFEF Reglamento General, art. "
        "201): clubs level on points are ranked 'a) por la mejor puntuación de la que "
        "a cada uno corresponda a tenor de los resultados obtenidos entre ellos, como "
        "si los demás no hubieran participado; b) por la mayor diferencia de goles a "
        "favor y en contra, considerando únicamente los partidos jugados entre sí por "
        "los clubs empatados; c) por la mayor diferencia de goles ... teniendo en "
        "cuenta todos los encuentros del campeonato; y, siendo aquella idéntica, en "
        "favor del club que hubiese marcado más'; Wikipedia's 2023-24 table: '1) "
        "Points; 2) Head-to-head points; 3) Head-to-head goal difference; 4) Goal "
        "difference; 5) Goals scored; 6) Fair-play points'"
    ),
)
"""Spain's Primera División (LaLiga), 2023-24 -- head-to-head before goal difference.

Points; then, among the clubs still level, the points and then the goal
difference of the matches between them (one pass, "as if the others had not
taken part"); then goal difference and goals scored in all matches. The rule for
two clubs names only the goal difference of their two matches; with two matches
between them, head-to-head points never order two clubs against that difference,
so one chain serves both. The last criterion, fair-play points, is left out: its
weights were not found in a source, so clubs level on goals scored stay level.
The head-to-head counts once every match between the clubs has been played, as
in a final table. In 2023-24 Celta Vigo finished 13th above Sevilla on 41 points
(head-to-head 1-1 and 2-1 to Celta) with a worse goal difference, -11 to -6.

>>> import copaperu as cp
>>> print(cp.rules.LALIGA_2023)
LaLiga 2023-24: 3-1-0; points, head-to-head (points, goal difference; single pass), goal difference, goals for
"""

# Knockout ties.

UEFA_CLUB_2019_KNOCKOUT = TieRules(
    name="UEFA club competitions to 2020-21",
    basis=Basis.AGGREGATE,
    away_goals=True,
    away_goals_in_extra_time=True,
    extra_time=True,
    penalties=True,
    source=(
        "UEFA club competition regulations to 2020-21: aggregate; away goals count "
        "double; if level, extra time at the end of the return leg, after which away "
        "goals 'taking into account all 210 minutes of the tie' apply again; then kicks "
        "from the penalty mark"
    ),
)
"""Two-legged ties in UEFA club competitions up to 2020-21 -- aggregate, away goals.

Aggregate goals; then away goals; then 30 minutes of extra time at the end of the
second leg, in which away goals still count (UEFA, 2005: "the away goals rule --
taking into account all 210 minutes of the tie -- can again be invoked"); then a
shoot-out. Paris Saint-Germain went through against Chelsea in 2014-15 on an away
goal scored in extra time.

>>> import copaperu as cp
>>> print(cp.rules.UEFA_CLUB_2019_KNOCKOUT)
UEFA club competitions to 2020-21: aggregate, away goals (also in extra time), extra time, penalties
"""

UEFA_CLUB_2021_KNOCKOUT = TieRules(
    name="UEFA club competitions from 2021-22",
    basis=Basis.AGGREGATE,
    away_goals=False,
    extra_time=True,
    penalties=True,
    source=(
        "UEFA Executive Committee, 24 June 2021: the away goals rule removed from all "
        "UEFA club competitions from the 2021-22 qualifying phases; level ties go to "
        "two 15-minute periods of extra time and, if required, penalty kicks"
    ),
)
"""Two-legged ties in UEFA club competitions from 2021-22 -- no away goals.

>>> import copaperu as cp
>>> cp.rules.UEFA_CLUB_2021_KNOCKOUT.away_goals
False
"""

CONMEBOL_LIBERTADORES_1998_KNOCKOUT = TieRules(
    name="Copa Libertadores 1990s knockout",
    basis=Basis.POINTS,
    goal_difference=True,
    away_goals=False,
    extra_time=False,
    penalties=True,
    source=(
        "Copa Libertadores knockout ties of the 1990s: points per leg, then goal "
        "difference, then penalties; away goals not used before 2005 (1994: Junior v "
        "Colo-Colo 1-1, 2-2 and Minervén v Emelec 2-0, 1-3 went to penalties)"
    ),
)
"""Copa Libertadores knockout ties of the 1990s -- points, goal difference, penalties.

Points won in each leg; then goal difference over the two legs; no away goals
(CONMEBOL adopted them in 2005); then a shoot-out straight after the second leg.
The regulation text was not found: extra time is not established, and is left
out.

>>> import copaperu as cp
>>> print(cp.rules.CONMEBOL_LIBERTADORES_1998_KNOCKOUT)
Copa Libertadores 1990s knockout: points, goal difference, penalties
"""

CONMEBOL_LIBERTADORES_1987_KNOCKOUT = TieRules(
    name="Copa Libertadores 1987 final",
    basis=Basis.POINTS,
    goal_difference=False,
    away_goals=False,
    extra_time=True,
    penalties=False,
    playoff=True,
    goal_difference_after_playoff=True,
    source=(
        "Copa Libertadores finals to 1987: 'the most points -- two for a win, one for a "
        "draw, zero for a loss -- after the two legs'; tied on points, 'a playoff in a "
        "neutral [venue]'; 'goal difference was used as a last resort'"
    ),
)
"""Copa Libertadores finals of the 1980s -- points, then a play-off (no goal difference).

Level on points after two legs, the teams met again at a neutral venue, with
extra time there. Aggregate goals did not count: América de Cali led Peñarol 3-2
over the two legs of the 1987 final and lost the play-off in Santiago 1-0 after
extra time. A play-off still level after extra time went to goal difference
"as a last resort": had the 1987 play-off ended level, América would have been
champions on their 3-2 (a level play-off changes no goal difference, so whether
it counts does not matter).

>>> import copaperu as cp
>>> print(cp.rules.CONMEBOL_LIBERTADORES_1987_KNOCKOUT)
Copa Libertadores 1987 final: points, extra time, play-off, goal difference
"""

EUROPEAN_CUP_1961_KNOCKOUT = TieRules(
    name="European Cup 1961-62",
    basis=Basis.AGGREGATE,
    away_goals=False,
    extra_time=True,
    penalties=False,
    playoff=True,
    lots=True,
    source=(
        "European Cup 1961-62: aggregate goals; level, a play-off at a neutral venue "
        "(no away goals); a play-off still level after extra time went to the toss of "
        "a coin"
    ),
)
"""European Cup ties of the early 1960s -- aggregate, then a play-off.

Level on aggregate, the teams met again at a neutral venue (Real Madrid beat
Juventus 3-1 in Paris in the 1961-62 quarter-final). A play-off level after extra
time was settled by a coin toss: such a tie needs a drawing of lots until its
outcome is recorded (an edition's ``recorded`` winner).

>>> import copaperu as cp
>>> print(cp.rules.EUROPEAN_CUP_1961_KNOCKOUT)
European Cup 1961-62: aggregate, extra time, play-off, drawing of lots
"""

COPA_PERU_1998_KNOCKOUT = TieRules(
    name="Copa Perú 1998 national stage",
    basis=Basis.AGGREGATE,
    away_goals=False,
    extra_time=False,
    penalties=True,
    source=(
        "Copa Perú 1998 national stage, as the record shows it: a tie level after two "
        "legs goes to a penalty shoot-out (final: 'it should have gone to a penalty "
        "shootout', Wikipedia); extra time and away goals are not established"
    ),
)
"""Copa Perú 1998 national stage -- aggregate, then a penalty shoot-out.

What the sources establish: a tie level after two legs (the final, 4-4) "should
have gone to a penalty shoot-out". What they do not: whether extra time came
first (not found, so none is assumed); whether away goals counted (the final's
were 1-1, so it cannot show, and the semi-final that could is missing a score);
whether points per leg or aggregate goals came first (every known 1998 tie
agrees with both). The quarter-final I.M.I. v Cultural Hidro (0-5, 5-0) is level
under these rules, and the record does not say how it was settled.

>>> import copaperu as cp
>>> print(cp.rules.COPA_PERU_1998_KNOCKOUT)
Copa Perú 1998 national stage: aggregate, penalties
"""

_TIES: dict[str, TieRules] = {
    "conmebol-libertadores-1987-knockout": CONMEBOL_LIBERTADORES_1987_KNOCKOUT,
    "conmebol-libertadores-1998-knockout": CONMEBOL_LIBERTADORES_1998_KNOCKOUT,
    "copa-peru-1998-knockout": COPA_PERU_1998_KNOCKOUT,
    "european-cup-1961-knockout": EUROPEAN_CUP_1961_KNOCKOUT,
    "uefa-club-2019-knockout": UEFA_CLUB_2019_KNOCKOUT,
    "uefa-club-2021-knockout": UEFA_CLUB_2021_KNOCKOUT,
}

_PRESETS: dict[str, TableRules] = {
    "classic": CLASSIC,
    "conmebol-libertadores-1995": CONMEBOL_LIBERTADORES_1995,
    "copa-peru-1997": COPA_PERU_1997,
    "copa-peru-1998": COPA_PERU_1998,
    "fifa-world-cup-1962": FIFA_WORLD_CUP_1962,
    "fifa-world-cup-1990": FIFA_WORLD_CUP_1990,
    "fifa-world-cup-1994": FIFA_WORLD_CUP_1994,
    "fifa-world-cup-2018": FIFA_WORLD_CUP_2018,
    "fifa-world-cup-2022": FIFA_WORLD_CUP_2022,
    "fifa-world-cup-2026": FIFA_WORLD_CUP_2026,
    "laliga-2023": LALIGA_2023,
    "premier-league-2009": PREMIER_LEAGUE_2009,
    "premier-league-2019": PREMIER_LEAGUE_2019,
    "uefa-champions-league-2019": UEFA_CHAMPIONS_LEAGUE_2019,
    "uefa-champions-league-2021": UEFA_CHAMPIONS_LEAGUE_2021,
    "uefa-champions-league-2024": UEFA_CHAMPIONS_LEAGUE_2024,
    "uefa-euro-2004": UEFA_EURO_2004,
    "uefa-euro-2016": UEFA_EURO_2016,
    "uefa-euro-2024": UEFA_EURO_2024,
    "uefa-euro-2024-third-placed": UEFA_EURO_2024_THIRD_PLACED,
    "uefa-europa-league-2024": UEFA_EUROPA_LEAGUE_2024,
}


def table_preset(name: str) -> TableRules:
    """The table-rule preset called *name* (case and ``_``/``-`` do not matter).

    Raises:
        UnknownNameError: no table preset has that name; the message suggests one.

    >>> table_preset("FIFA_WORLD_CUP_2018").name
    'FIFA World Cup 2018'
    """
    return _lookup(name, _PRESETS, "table rules preset")


def tie_preset(name: str) -> TieRules:
    """The tie-rule preset called *name* (case and ``_``/``-`` do not matter).

    Raises:
        UnknownNameError: no tie preset has that name; the message suggests one.

    >>> tie_preset("uefa_club_2021_knockout").away_goals
    False
    """
    return _lookup(name, _TIES, "tie rules preset")


def table_preset_names() -> tuple[str, ...]:
    """The ids of the table-rule presets, sorted (what :func:`table_preset` takes).

    >>> "copa-peru-1998" in table_preset_names()
    True
    """
    return tuple(sorted(_PRESETS))


def tie_preset_names() -> tuple[str, ...]:
    """The ids of the tie-rule presets, sorted (what :func:`tie_preset` takes).

    >>> "copa-peru-1998-knockout" in tie_preset_names()
    True
    """
    return tuple(sorted(_TIES))


def _lookup(name: str, presets: Mapping[str, _Rules], kind: str) -> _Rules:
    key = name.strip().lower().replace("_", "-") if is_a(name, str) else ""
    try:
        return presets[key]
    except KeyError:
        raise UnknownNameError(kind, str(name), presets) from None
