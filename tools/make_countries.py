"""Write resources/regions/countries.yaml: every ILO member State with its names in English, French and Spanish
and the ILO region it belongs to. ``python tools/make_countries.py`` (needs Babel, for CLDR's country names:
``pip install babel``; the program itself never needs it).

The regions follow the ILO's five regions (its regional offices: Africa; the Americas; the Arab States; Asia
and the Pacific; Europe and Central Asia), as this list reads them [U]: a country a reviewer finds in the wrong
region is corrected here, and any user can regroup countries for themselves (docs/inbox-and-exports.md).
The aliases are the names the United Nations and the ILO write (e.g. "Republic of Korea", "Viet Nam") where
they differ from CLDR's everyday names, so that an assessment naming its country either way is found.
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parent.parent / "resources" / "regions" / "countries.yaml"

REGIONS: dict[str, str] = {
    "africa": (
        "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU "
        "MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW"),
    "americas": (
        "AG AR BS BB BZ BO BR CA CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT US UY "
        "VE"),
    "arab_states": "BH IQ JO KW LB OM QA SA SY AE YE PS",
    "asia_pacific": (
        "AF AU BD BT BN KH CN CK FJ IN ID IR JP KI LA MY MV MH FM MN MM NR NP NZ PK PW PG PH WS SG SB KR LK TH "
        "TL TO TV VU VN"),
    "europe_central_asia": (
        "AL AD AM AT AZ BY BE BA BG HR CY CZ DK EE FI FR GE DE GR HU IS IE IL IT KZ KG LV LI LT LU MT MD MC ME "
        "NL MK NO PL PT RO RU SM RS SK SI ES SE CH TJ TR TM UA GB UZ"),
}

# Official (United Nations, ILO) names where CLDR's everyday name differs, in English, French and Spanish.
ALIASES: dict[str, list[str]] = {
    "BO": ["Plurinational State of Bolivia", "État plurinational de Bolivie", "Estado Plurinacional de Bolivia"],
    "BN": ["Brunei Darussalam"],
    "CD": ["Democratic Republic of the Congo", "DR Congo", "République démocratique du Congo", "RDC",
           "República Democrática del Congo", "Congo (Kinshasa)"],
    "CG": ["Congo", "Republic of the Congo", "République du Congo", "República del Congo", "Congo (Brazzaville)"],
    "CI": ["Ivory Coast", "Costa de Marfil"],
    "CV": ["Cape Verde", "Cap-Vert", "Cabo Verde"],
    "CZ": ["Czech Republic", "République tchèque", "República Checa", "Chequia"],
    "FM": ["Micronesia", "Federated States of Micronesia", "États fédérés de Micronésie",
           "Estados Federados de Micronesia"],
    "GB": ["United Kingdom of Great Britain and Northern Ireland", "UK", "Great Britain",
           "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
           "Reino Unido de Gran Bretaña e Irlanda del Norte"],
    "IR": ["Islamic Republic of Iran", "République islamique d'Iran", "República Islámica del Irán"],
    "KN": ["Saint Kitts and Nevis", "Saint-Kitts-et-Nevis", "San Cristóbal y Nieves"],
    "KR": ["Republic of Korea", "Korea", "République de Corée", "República de Corea"],
    "LA": ["Lao People's Democratic Republic", "Lao PDR", "République démocratique populaire lao",
           "República Democrática Popular Lao"],
    "LC": ["Saint Lucia", "Sainte-Lucie", "Santa Lucía"],
    "MD": ["Republic of Moldova", "République de Moldova", "República de Moldova"],
    "MK": ["North Macedonia", "Macédoine du Nord", "Macedonia del Norte"],
    "MM": ["Burma", "Birmanie"],
    "PS": ["State of Palestine", "Palestine", "État de Palestine", "Estado de Palestina",
           "Occupied Palestinian Territory"],
    "RU": ["Russian Federation", "Fédération de Russie", "Federación de Rusia"],
    "ST": ["Sao Tome and Principe", "Sao Tomé-et-Principe", "Santo Tomé y Príncipe"],
    "SY": ["Syrian Arab Republic", "République arabe syrienne", "República Árabe Siria"],
    "SZ": ["Swaziland", "Eswatini", "Esuatini"],
    "TL": ["East Timor", "Timor-Leste"],
    "TR": ["Turkey", "Türkiye", "Turquie", "Turquía"],
    "TZ": ["United Republic of Tanzania", "République-Unie de Tanzanie", "República Unida de Tanzanía"],
    "US": ["United States of America", "USA", "États-Unis d'Amérique", "Estados Unidos de América"],
    "VC": ["Saint Vincent and the Grenadines", "Saint-Vincent-et-les-Grenadines", "San Vicente y las Granadinas"],
    "VE": ["Bolivarian Republic of Venezuela", "République bolivarienne du Venezuela",
           "República Bolivariana de Venezuela"],
    "VN": ["Viet Nam"],
    "BS": ["The Bahamas"],
    "GM": ["The Gambia"],
    "NL": ["Kingdom of the Netherlands", "Royaume des Pays-Bas", "Reino de los Países Bajos"],
    "BA": ["Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"],
    "AG": ["Antigua and Barbuda", "Antigua-et-Barbuda", "Antigua y Barbuda"],
    "TT": ["Trinidad and Tobago", "Trinité-et-Tobago", "Trinidad y Tobago"],
}


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> int:
    names = {lang: Locale(lang).territories for lang in ("en", "fr", "es")}
    lines = [
        "# Generated by tools/make_countries.py: the ILO member States, their names (CLDR's, in English, French and",
        "# Spanish, with the official names as aliases) and the ILO region each belongs to [U] (see the script).",
        "# Key: ISO 3166-1 alpha-2 code. c102desk reads it to place a received report's country in a region.",
        "countries:",
    ]
    seen: set[str] = set()
    for region, codes in REGIONS.items():
        for code in codes.split():
            if code in seen:
                raise SystemExit(f"{code} is in two regions")
            seen.add(code)
            en, fr, es = (names[lang][code] for lang in ("en", "fr", "es"))
            aliases = [a for a in ALIASES.get(code, []) if a not in (en, fr, es)]
            line = f"  {_quoted(code)}: {{region: {region}, en: {_quoted(en)}, fr: {_quoted(fr)}, es: {_quoted(es)}"
            if aliases:
                line += ", aliases: [" + ", ".join(_quoted(a) for a in aliases) + "]"
            lines.append(line + "}")
    unknown = set(ALIASES) - seen
    if unknown:
        raise SystemExit(f"aliases for codes in no region: {sorted(unknown)}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(seen)} countries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
