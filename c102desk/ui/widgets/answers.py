"""What the application's own modal dialogs answer (``Prompts``): plain values, so that ``Prompts`` and the
screens that ask name them without importing the dialogs (which the screens hand in)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NewAssessment:
    """A new assessment: its country, title and the profile of who makes it (New assessment…)."""

    country: str
    title: str
    profile_id: int | None  # an existing profile, or None when ``new_profile`` is given
    new_profile: tuple[str, str, str] | None  # name, organisation, role



@dataclass(frozen=True)
class NewIdentity:
    """A new signing identity's details (Create signing identity…)."""

    name: str
    organisation: str = ""
    country: str = ""
    email: str = ""
    role: str = ""
    passphrase: str = ""

