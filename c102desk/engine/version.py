"""The version of the engine's rules, named in every evaluation (``engine_version``).

Bump it whenever the same answers can receive a different verdict: a rule added, a threshold or an
assumption changed, a status computed differently. With the questionnaire version it says exactly what
an evaluation rests on. History: 1 — the first rules (questionnaire 1); 2 — supervisory-grade verdicts of
issue 12 (ratification conditions of Art 2, guaranteed durations and rates, questionnaire 2).
"""

ENGINE_VERSION = "2"
