"""Countries in the ILO's regions: found by any of their names, regrouped by the user's own file."""

from __future__ import annotations

from pathlib import Path

import pytest

from c102desk.regions import (
    ILO_REGIONS,
    Regions,
    RegionsFileError,
    countries,
    country_code,
    load_user_regions,
    region_name,
    save_user_region,
)


@pytest.mark.parametrize(("written", "iso"), [
    ("Senegal", "SN"), ("Sénégal", "SN"), ("SENEGAL ", "SN"), ("sn", "SN"), ("Republic of Korea", "KR"),
    ("Viet Nam", "VN"), ("Vietnam", "VN"), ("Côte d'Ivoire", "CI"), ("Cote d’Ivoire", "CI"), ("Türkiye", "TR"),
    ("Trinidad and Tobago", "TT"), ("Democratic Republic of the Congo", "CD"), ("Congo", "CG"),
    ("Bolivia (Plurinational State of)", "BO"), ("Myanmar (Burma)", "MM"), ("Norway", "NO"), ("NO", "NO"),
    ("Estados Unidos", "US"), ("Royaume-Uni", "GB"),
])
def test_a_country_is_found_by_its_names_in_three_languages(written: str, iso: str) -> None:
    assert country_code(written) == iso


def test_unknown_and_fictional_countries_have_no_code() -> None:
    assert country_code("Northland (fictional)") is None
    assert country_code("") is None
    assert Regions().of("Northland") is None


def test_every_country_is_in_one_ilo_region() -> None:
    found = countries()
    assert len(found) >= 187  # the ILO's member States
    assert {c.region for c in found.values()} == set(ILO_REGIONS)
    assert found["SA"].region == "arab_states" and found["EG"].region == "africa"
    assert found["KZ"].region == "europe_central_asia" and found["FJ"].region == "asia_pacific"


def test_region_names_in_three_languages() -> None:
    assert region_name("arab_states", "fr") == "États arabes"
    assert region_name("asia_pacific", "es") == "Asia y el Pacífico"
    assert region_name("Pilot countries", "fr") == "Pilot countries"
    assert region_name(None, "en") == "unknown"


def test_the_users_grouping_is_written_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "regions.yaml"
    assert load_user_regions(path) == {}
    save_user_region(path, "Northland (fictional)", "Pilot: North")
    save_user_region(path, "Senegal", "West Africa")
    save_user_region(path, "sénégal", "Sahel")  # the same country, however written: replaced
    own = load_user_regions(path)
    assert own == {"Northland (fictional)": "Pilot: North", "sénégal": "Sahel"}
    regions = Regions(own)
    assert regions.of("Senegal") is not None and regions.of("Senegal").code == "Sahel"  # type: ignore[union-attr]
    save_user_region(path, "Senegal", None)
    assert "sénégal" not in load_user_regions(path)
    assert Regions(load_user_regions(path)).of("Senegal").code == "africa"  # type: ignore[union-attr]


def test_a_broken_grouping_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "regions.yaml"
    path.write_text("Senegal: [unclosed\n", encoding="utf-8")
    with pytest.raises(RegionsFileError, match="not valid YAML"):
        load_user_regions(path)
    path.write_text("- Senegal\n- Chile\n", encoding="utf-8")
    with pytest.raises(RegionsFileError, match="country: region"):
        load_user_regions(path)
