"""Write the example assessments under resources/examples/ (fictional countries).

Run `python tools/build_examples.py` after a questionnaire change; tests/test_examples.py checks the verdicts
each example is meant to show, so a rule change that alters them is noticed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"
# The questionnaire the examples are written for (tests/test_examples.py keeps it the current one).
QUESTIONNAIRE_VERSION = "2"


def earnings_related(prefix: str, rate: int, **extra: Any) -> dict[str, Any]:
    return {f"{prefix}.method": "earnings_related", f"{prefix}.rate": rate, f"{prefix}.rate_set_by_law": True,
            **{f"{prefix}.{k}": v for k, v in extra.items()}}


def scheme(part: str, names: str, law: str) -> dict[str, Any]:
    return {f"{part}.scheme.exists": True, f"{part}.scheme.names": names, f"{part}.scheme.legal_basis": law}


def coverage(part: str, employees: int, *, family: bool = False, year: int = 2025) -> dict[str, Any]:
    answers: dict[str, Any] = {f"{part}.coverage.relies_on": ["a"], f"{part}.coverage.employees_protected": employees,
                               f"{part}.coverage.projected": False, f"{part}.coverage.data_year": year,
                               f"{part}.coverage.source": "Social insurance register, December 2025"}
    if family:
        answers[f"{part}.coverage.wives_children"] = True
    return answers


def northland() -> dict[str, Any]:
    """A country whose law meets every Part."""
    a: dict[str, Any] = {
        "I.art3.declaration": False,
        "I.stats.employees": 2_400_000, "I.stats.employees_year": 2025,
        "I.stats.employees_source": "Labour force survey 2025",
        "I.stats.employees_industrial_20plus": 520_000, "I.stats.employees_industrial_20plus_year": 2025,
        "I.stats.employees_industrial_20plus_source": "Establishment census 2024",
        "I.stats.industrial_sectors": ["mining", "manufacturing", "construction", "utilities", "transport"],
        "I.stats.residents": 6_100_000, "I.stats.residents_year": 2025,
        "I.stats.residents_source": "Population register, 1 January 2025",
        "I.stats.economically_active": 3_050_000, "I.stats.economically_active_year": 2025,
        "I.stats.economically_active_source": "Labour force survey 2025",
        "I.stats.children_residents": 1_150_000, "I.stats.children_residents_year": 2025,
        "I.stats.children_residents_source": "Population register, 1 January 2025",
        "I.stats.exclude_seafarers": False,
        "I.child.school_leaving_age": 16, "I.child.age_limit": 18,
        "I.wages.currency": "NLD", "I.wages.time_basis": "month",
        "I.wages.skilled_wage": 2_600, "I.wages.skilled_option": "average_125",
        "I.wages.skilled_source": "Wage statistics of the social insurance fund, 2025",
        "I.wages.labourer_wage": 1_500, "I.wages.labourer_option": "typical_unskilled",
        "I.wages.labourer_source": "Collective agreement for the metal industry, 2025",
        "I.wages.family_allowance": 220, "I.wages.same_time_basis": True,
        # Part II — medical care
        **scheme("II", "National Health Insurance Fund", "Health Insurance Act 2009, arts 4–31"),
        **coverage("II", 2_100_000, family=True),
        "II.scheme.form": "direct",
        "II.care.morbid_items": ["general_practitioner", "specialist", "pharmaceuticals", "hospitalisation"],
        "II.care.maternity_items": ["prenatal_confinement_postnatal", "hospitalisation"],
        "II.care.aims": True, "II.cost.morbid_sharing": True, "II.cost.avoid_hardship": True,
        "II.cost.hardship_rules": "Co-payments capped at 2 % of yearly income; exempt below the minimum wage.",
        "II.cost.maternity_sharing": False, "II.qp.months": 0, "II.duration.limited": False,
        # Part III — sickness
        **scheme("III", "Sickness insurance (Social Insurance Fund)", "Social Insurance Code, arts 40–58"),
        **coverage("III", 2_000_000),
        **earnings_related("III.benefit", 70, earnings_ceiling=4_000),
        "III.qp.months": 3, "III.duration.waiting_days": 3, "III.duration.limited": True, "III.duration.max_weeks": 52,
        "III.duration.graded": False,
        # Part IV — unemployment
        **scheme("IV", "Unemployment insurance", "Employment Promotion Act 2012, arts 20–45"),
        **coverage("IV", 1_900_000),
        "IV.contingency.capable_available": True,
        "IV.contingency.suitable_employment": "Offers matching the person's skills within 90 minutes' travel.",
        **earnings_related("IV.benefit", 60, earnings_ceiling=4_000),
        "IV.qp.months": 6, "IV.duration.waiting_days": 7, "IV.duration.linked_cases": True,
        "IV.duration.limited": True, "IV.duration.max_weeks": 26, "IV.duration.graded": False,
        "IV.duration.seasonal_rules": False,
        # Part VI — employment injury
        **scheme("VI", "Employment injury insurance", "Occupational Risks Act 2004"),
        "VI.scheme.separate_branch": True,
        **coverage("VI", 2_200_000, family=True),
        "VI.contingency.causes": ["accidents", "diseases"],
        "VI.contingency.diseases_list": "Decree 2011-77 (list of occupational diseases)",
        "VI.contingency.covered": ["morbid_condition", "incapacity", "permanent_loss", "survivors"],
        "VI.medical.items": ["practitioner", "dental", "nursing", "institutional", "supplies", "allied"],
        "VI.medical.cost_sharing": False, "VI.medical.rehabilitation": True,
        **earnings_related("VI.incapacity", 80),
        **earnings_related("VI.invalidity", 70),
        **earnings_related("VI.survivors", 50),
        "VI.partial.min_degree": 10, "VI.partial.periodical": True, "VI.partial.proportional": True,
        "VI.lump.commutation": True, "VI.lump.conditions": ["slight"], "VI.lump.slight_degree": 10,
        "VI.qp.months": 0, "VI.duration.waiting_days": 0, "VI.duration.limited": False,
        # Part VII — family
        **scheme("VII", "Child allowance", "Family Allowances Act 1998"),
        **coverage("VII", 2_000_000),
        "VII.form.kinds": ["periodical"], "VII.form.amount_per_child": 110,
        "VII.form.formula": "A flat monthly amount per child, the same for every rank and age",
        "VII.qp.basis": "contribution_or_employment", "VII.qp.months": 1, "VII.qp.reference_period_months": 12,
        "VII.duration.throughout": True,
        "VII.value.cash_year": 1_500_000_000, "VII.value.in_kind_year": 0, "VII.value.children_protected": 850_000,
        "VII.value.data_year": 2025,
        # Part VIII — maternity
        **scheme("VIII", "Maternity insurance", "Social Insurance Code, arts 60–72"),
        **coverage("VIII", 2_000_000, family=True),
        "VIII.medical.care_items": ["prenatal_confinement_postnatal", "hospitalisation"],
        "VIII.medical.aims": True, "VIII.medical.cost_sharing": False,
        **earnings_related("VIII.benefit", 100, earnings_ceiling=4_000),
        "VIII.qp.months": 6, "VIII.duration.benefit_weeks": 16, "VIII.duration.leave_weeks": 16,
        "VIII.duration.graded": False,
        # Part V — old age
        **scheme("V", "Old-age pension insurance", "Pensions Act 2001, arts 10–52"),
        **coverage("V", 2_000_000),
        "V.age.pensionable_age": 65, "V.age.pensionable_age_women": 65,
        "V.earn.has_test": False,
        **earnings_related("V.benefit", 55, earnings_ceiling=4_000),
        "V.qp.basis": "contribution_or_employment", "V.qp.full_years": 30, "V.qp.rate_at_alt_years": 30,
        "V.qp.reduced_available": True, "V.qp.reduced_min_years": 10, "V.qp.reduced_rate": 18,
        "V.transition.older_cohorts": False, "V.duration.for_life": True,
        # Part IX — invalidity
        **scheme("IX", "Invalidity pension insurance", "Pensions Act 2001, arts 60–75"),
        **coverage("IX", 2_000_000),
        "IX.contingency.covered": True, "IX.contingency.degree_percent": 66,
        "IX.contingency.definition": "Loss of at least two thirds of the capacity for any gainful activity.",
        **earnings_related("IX.benefit", 55, earnings_ceiling=4_000),
        "IX.qp.basis": "contribution_or_employment", "IX.qp.full_years": 5, "IX.qp.reduced_available": False,
        "IX.duration.paid_until": "until_old_age",
        # Part X — survivors
        **scheme("X", "Survivors' pension insurance", "Pensions Act 2001, arts 80–95"),
        **coverage("X", 2_000_000),
        "X.contingency.widows": True, "X.contingency.children": True, "X.contingency.widow_conditions": ["none"],
        "X.contingency.widowers": True, "X.earn.has_test": False,
        **earnings_related("X.benefit", 50, earnings_ceiling=4_000),
        "X.qp.basis": "contribution_or_employment", "X.qp.full_years": 5, "X.qp.reduced_available": False,
        "X.marriage.required": False,
        "X.duration.throughout": True,
        # Part XI — periodical payments
        "XI.review.after_earnings_changes": True, "XI.review.method": "mixed",
        "XI.review.last_adjustment": "1 January 2026: +3.1 % (half prices, half wages)",
        "XI.earnings.prescribed_rules": True, "XI.earnings.basis": "long_average", "XI.earnings.revalued": True,
        "XI.earnings.description": "Average of the best 10 years, each year revalued by the national wage index.",
        "XI.other.reasonable_relation": True,
        "XI.other.description": "Supplements of 10 % per dependant; single persons receive the basic rate.",
        # Part XII — non-nationals
        "XII.residents.equal_treatment": True, "XII.nationals.contributory_schemes": True,
        "XII.nationals.treatment": "equal",
        # Part XIII — common provisions
        "XIII.suspension.grounds": ["a", "b", "c", "d", "f", "g", "h", "i"],
        "XIII.suspension.legal_basis": "Social Insurance Code, arts 110–118",
        "XIII.appeal.right": True, "XIII.appeal.bodies": "Social Security Appeals Board; Labour Court",
        "XIII.financing.collective": True, "XIII.financing.no_hardship": True, "XIII.financing.year": 2025,
        "XIII.financing.employee_contributions": 3_100_000_000,
        "XIII.financing.employer_contributions": 4_600_000_000,
        "XIII.financing.state_financing": 900_000_000, "XIII.financing.other_resources": 0,
        "XIII.financing.investment_income_included": False,
        "XIII.financing.excludes_family": True, "XIII.financing.excludes_employment_injury": True,
        "XIII.financing.actuarial_periodic": True, "XIII.financing.actuarial_before_changes": True,
        "XIII.financing.last_actuarial_study": 2024,
        "XIII.responsibility.benefits": True, "XIII.responsibility.administration": True,
        "XIII.admin.model": "regulated_institution",
        # Part XIV — reporting
        "XIV.report.items": ["laws", "persons_protected", "benefit_rates", "sickness_18_2a_not_used",
                             "unemployment_not_graded", "financing"],
        "XIV.report.non_accepted_parts": True,
    }
    return a


def midland() -> dict[str, Any]:
    """A country that can ratify with exactly three Parts: medical care, employment injury and family benefit.

    Sickness cash benefit fails the ceiling test of Art 65(3); the old-age scheme covers too few employees;
    unemployment, maternity, invalidity and survivors' benefits are not assessed yet.
    """
    a = northland()
    for part in ("IV", "VIII", "IX", "X"):
        a = {k: v for k, v in a.items() if not k.startswith(f"{part}.")}
    a.update({
        "I.wages.currency": "MDL",
        # at the skilled wage: (60 % × 1,500 + 220) / (2,600 + 220) = 39.72 % < 45 %, failing Art 65(3)
        "III.benefit.earnings_ceiling": 1_500,
        "III.benefit.rate": 60,
        "V.coverage.employees_protected": 1_150_000,  # 47.9 % of 2,400,000 < 50 %
        "XIV.report.items": ["laws", "persons_protected", "benefit_rates", "financing"],
    })
    return a


def southland() -> dict[str, Any]:
    """Parts that meet their own requirements, but employees pay most of the cost: Art 71(2) blocks ratification."""
    a = northland()
    a.update({
        "I.wages.currency": "SLD",
        "XIII.financing.employee_contributions": 5_200_000_000,  # 5.2 of 9.5 bn = 54.7 % > 50 %
        "XIII.financing.employer_contributions": 3_600_000_000,
        "XIII.financing.state_financing": 700_000_000,
    })
    return a


def write(name: str, country: str, title: str, answers: dict[str, Any]) -> None:
    document = {
        "format": "c102-assessment",
        "format_version": 1,
        "questionnaire_version": QUESTIONNAIRE_VERSION,
        "country": country,
        "title": title,
        "answers": dict(sorted(answers.items())),
    }
    path = EXAMPLES / name
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path}")


def main() -> None:
    EXAMPLES.mkdir(parents=True, exist_ok=True)
    write("northland-all-parts.c102.json", "Northland (fictional)", "Full assessment, all Parts", northland())
    write("midland-three-parts.c102.json", "Midland (fictional)", "Ratification with three Parts", midland())
    write("southland-blocked.c102.json", "Southland (fictional)", "Blocked by the financing rule", southland())


if __name__ == "__main__":
    main()
