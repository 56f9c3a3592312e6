"""Every string of the report goes through ``t(key, lang)``; dates, amounts and units through the helpers below.

The catalogue holds English, French and Spanish side by side; ``tests/report/test_report_text.py`` fails on a
key missing in a language or on differing placeholders. The Convention's own terms are not written here but
referenced as ``[[glossary.key]]`` (``[[key|lower]]`` for a lower-case first letter) and taken from
``resources/i18n/glossary.yaml``, the one place a reviewer checks them.

Nothing here reads the process locale: month names, separators and units come from these tables, so a report
reads the same whatever the language of the interface or of the machine.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any

from c102desk.i18n import format_number, format_percent, term

LANGUAGES = ("en", "fr", "es")

EN: dict[str, str] = {
    "doc.title": "Gap assessment against ILO Convention No. 102",
    "doc.instrument": "[[instrument.title_short]]",
    "doc.header": "C102 gap assessment — {country}",
    "doc.footer": "c102desk {version} · generated on {date}",
    "doc.page": "Page {page} of {total}",
    "cover.country": "Country",
    "cover.title": "Title of the assessment",
    "cover.assessor": "Assessor",
    "cover.organisation": "Organisation",
    "cover.date": "Date of this report",
    "cover.questionnaire": "Questionnaire version",
    "cover.status": "Status of the assessment",
    "cover.signature": "Electronic signature",
    "cover.signed_by": "This report is signed electronically (PAdES) by {name}. Certificate SHA-256 fingerprint:",
    "cover.fingerprint_note": "Confirm this fingerprint with the signer by another channel (telephone, letter) "
                              "before relying on the signature.",
    "cover.unsigned": "This report is not signed.",
    "cover.not_given": "not given",
    "status.draft": "draft",
    "status.final": "final",
    "toc.title": "Contents",
    "summary.title": "Executive summary",
    "summary.can_ratify": "On the answers given, {country} could ratify the Convention now, accepting the "
                          "obligations of Parts {parts} (Art 2).",
    "summary.cannot_ratify": "On the answers given, {country} could not yet ratify the Convention (Art 2).",
    "summary.parts_now": "Parts that could be accepted now: {parts}.",
    "summary.parts_none": "No Part of II–X could be accepted now.",
    "summary.blocking": "What stands in the way: {items}.",
    "summary.blocking_item": "{id} (Art {article})",
    "summary.gap_ref": "Part {part}, Art {article}",
    "summary.art3": "This relies on the temporary exceptions of an Article 3 declaration.",
    "summary.main_gaps": "Main gaps",
    "summary.no_gaps": "No requirement is found not met.",
    "summary.open_items": "Items left for review: {review}. Requirements lacking information: {missing}.",
    "summary.rat_table": "Conditions of ratification",
    "chart.title": "Status of the Parts",
    "chart.caption": "Requirements of each Part by assessment (count).",
    "chart.part": "Part {part}",
    "intro.title": "Introduction and method",
    "intro.text": "This report compares national law and practice, as recorded by the assessor, with the minimum "
                  "standards of the Convention, Part by Part and article by article. Each requirement is assessed "
                  "from the answers to the c102desk questionnaire (version {version}) by the c102desk rule engine; "
                  "the figures behind every verdict are shown. Coverage is measured against the statistics given "
                  "in Part I; benefit levels are tested for the [[xi.standard_beneficiary]] of the Schedule to "
                  "Part XI (Arts 65, 66 and 67). A Part may be accepted when none of its requirements is unmet and "
                  "a coverage alternative is met; ratification needs at least three of Parts II–X, one of them "
                  "IV, V, VI, IX or X (Art 2), and no unmet cross-cutting requirement of Parts XI–XIV.",
    "intro.scale": "Assessment scale",
    "part.chapter": "Part {part} — {title}",
    "part.status": "Assessment of the Part: {status}.",
    "part.status_art3": "{status} (Art 3)",
    "part.article_3": "This verdict rests on an Article 3 exception.",
    "part.not_assessed": "This Part has not been assessed: no answer was given for it.",
    "part.legal_basis": "Legal basis: {citation}.",
    "col.part": "Part",
    "col.title": "Title",
    "col.requirement": "Requirement and article",
    "col.provision": "National provision",
    "col.assessment": "Assessment",
    "col.explanation": "Explanation",
    "cell.article": "Art {article}",
    "cell.other_part": "Part {part}: {label}",
    "cell.alternative": "coverage alternative",
    "cell.alternative_any": "alternative",
    "cell.informational": "for information",
    "cell.unknown": "not known",
    "cell.no_answer": "no answer",
    "cell.yes": "yes",
    "cell.no": "no",
    "cell.citation": "Legal citation: {citation}",
    "cell.note": "Note: {note}",
    "cell.to_close": "To close the gap: {action}",
    "cell.calc": "Calculation: {calc}",
    "close.coverage": "protect at least {more} more persons ({needed} of {total}, {threshold})",
    "close.level": "raise the benefit to at least {needed} ({required} of {earnings}) for the "
                   "[[xi.standard_beneficiary]]",
    "close.missing_answers": "answer the questions: {questions}",
    "close.review": "document the justification for the Committee of Experts on the Application of Conventions "
                    "and Recommendations (CEACR)",
    "close.generic": "amend the national provision so that Art {article} is met",
    "calc.coverage": "{protected} ÷ {total} = {percent} (required: {threshold})",
    "calc.level": "benefit {benefit} ÷ earnings {earnings} = {percent} (required: {required})",
    "verdict.met": "met",
    "verdict.not_met": "not met",
    "verdict.needs_review": "for review",
    "verdict.insufficient_information": "information missing",
    "verdict.not_applicable": "not applicable",
    "pstatus.not_assessed": "not assessed",
    "pstatus.not_compliant": "not in conformity",
    "pstatus.insufficient_information": "further information needed",
    "pstatus.compliant_with_review": "in conformity, items for review",
    "pstatus.compliant": "in conformity",
    "scale.met": "the national provision satisfies the requirement",
    "scale.not_met": "the national provision falls short of the requirement",
    "scale.needs_review": "a judgement the Convention leaves to the supervisory bodies",
    "scale.insufficient_information": "an answer the test needs is missing or unknown",
    "scale.not_applicable": "an alternative the country does not rely on",
    "parts.main.title": "The branches of social security (Parts II–X)",
    "parts.cross.title": "Cross-cutting provisions (Parts XI–XIV)",
    "general.title": "General provisions and ratification (Part I, Arts 1–6)",
    "annex.title": "Annex A — Answers, notes and evidence",
    "annex.answers": "Answers given",
    "annex.col.question": "Question",
    "annex.col.answer": "Answer",
    "annex.col.details": "Citation, note, evidence",
    "annex.evidence": "Evidence files",
    "annex.col.ref": "Ref.",
    "annex.col.file": "File",
    "annex.col.sha256": "SHA-256",
    "annex.no_evidence": "No evidence file is attached to this assessment.",
    "annex.assessors": "Assessors",
    "annex.attached": "The assessment file ({assessment}) and the evaluation ({evaluation}) are attached to this "
                      "PDF; 'c102desk import' brings the assessment back from the PDF.",
    "method.title": "Annex B — Method and assumptions",
    "method.text": "Thresholds are compared with exact arithmetic: 49.95 % is not 50 %, and “not less than” "
                   "includes the threshold. Where the Convention is silent, the engine relies on the "
                   "interpretations [I] and unverified facts [U] listed below; each is identified so that a "
                   "reader can check it or ask for it to be changed.",
    "method.used": "Assumptions this assessment relied on",
    "method.none": "This evaluation relied on no assumption.",
    "method.col.id": "Id",
    "method.col.tag": "Kind",
    "method.col.text": "Assumption",
    "tag.I": "interpretation",
    "tag.U": "unverified",
    "signature.title": "Signature",
    "stamp.text": "Signed by: %(signer)s\nRole: {role}\nDate: %(ts)s",
    "stamp.no_role": "assessor",
    "date.long": "{day} {month} {year}",
    "date.time": "{date}, {time} (UTC{offset})",
    "amount.per.day": "{amount} per day",
    "amount.per.week": "{amount} per week",
    "amount.per.month": "{amount} per month",
    "amount.per.year": "{amount} per year",
    "unit.days.one": "{n} day",
    "unit.days.other": "{n} days",
    "unit.weeks.one": "{n} week",
    "unit.weeks.other": "{n} weeks",
    "unit.months.one": "{n} month",
    "unit.months.other": "{n} months",
    "unit.years.one": "{n} year",
    "unit.years.other": "{n} years",
    "unit.persons.one": "{n} person",
    "unit.persons.other": "{n} persons",
}

FR: dict[str, str] = {
    "doc.title": "Analyse des écarts au regard de la convention n° 102 de l'OIT",
    "doc.instrument": "[[instrument.title_short]]",
    "doc.header": "Analyse des écarts C102 — {country}",
    "doc.footer": "c102desk {version} · produit le {date}",
    "doc.page": "Page {page} sur {total}",
    "cover.country": "Pays",
    "cover.title": "Titre de l'évaluation",
    "cover.assessor": "Évaluateur",
    "cover.organisation": "Organisation",
    "cover.date": "Date du présent rapport",
    "cover.questionnaire": "Version du questionnaire",
    "cover.status": "État de l'évaluation",
    "cover.signature": "Signature électronique",
    "cover.signed_by": "Le présent rapport est signé électroniquement (PAdES) par {name}. Empreinte SHA-256 du "
                       "certificat :",
    "cover.fingerprint_note": "Avant de vous fier à la signature, confirmez cette empreinte auprès du signataire "
                              "par un autre moyen (téléphone, courrier).",
    "cover.unsigned": "Le présent rapport n'est pas signé.",
    "cover.not_given": "non indiqué",
    "status.draft": "projet",
    "status.final": "définitive",
    "toc.title": "Table des matières",
    "summary.title": "Résumé",
    "summary.can_ratify": "Sur la base des réponses données, {country} pourrait ratifier la convention dès "
                          "maintenant en acceptant les obligations des Parties {parts} (art. 2).",
    "summary.cannot_ratify": "Sur la base des réponses données, {country} ne pourrait pas encore ratifier la "
                             "convention (art. 2).",
    "summary.parts_now": "Parties pouvant être acceptées dès maintenant : {parts}.",
    "summary.parts_none": "Aucune des Parties II à X ne pourrait être acceptée dès maintenant.",
    "summary.blocking": "Ce qui fait obstacle à la ratification : {items}.",
    "summary.blocking_item": "{id} (art. {article})",
    "summary.gap_ref": "Partie {part}, art. {article}",
    "summary.art3": "Cette conclusion repose sur les dérogations temporaires d'une déclaration faite en vertu "
                    "de l'article 3.",
    "summary.main_gaps": "Principaux écarts",
    "summary.no_gaps": "Aucune exigence n'a été jugée non satisfaite.",
    "summary.open_items": "Points à examiner : {review}. Exigences pour lesquelles des informations manquent : "
                          "{missing}.",
    "summary.rat_table": "Conditions de la ratification",
    "chart.title": "Situation des Parties",
    "chart.caption": "Exigences de chaque Partie selon l'appréciation (nombre).",
    "chart.part": "Partie {part}",
    "intro.title": "Introduction et méthode",
    "intro.text": "Le présent rapport compare la législation et la pratique nationales, telles que l'évaluateur "
                  "les a consignées, aux normes minimums de la convention, Partie par Partie et article par "
                  "article. Chaque exigence est appréciée par le moteur de règles de c102desk à partir des "
                  "réponses au questionnaire de c102desk (version {version}) ; les chiffres qui fondent chaque "
                  "appréciation sont indiqués. Le nombre de [[cov.persons_protected]] est mesuré au regard des "
                  "statistiques fournies dans la Partie I ; le niveau des prestations est vérifié pour le "
                  "[[xi.standard_beneficiary]] du tableau annexé à la Partie XI (art. 65, 66 et 67). Une Partie "
                  "peut être acceptée lorsqu'aucune de ses exigences n'est non satisfaite et qu'une des options "
                  "relatives au champ d'application est satisfaite ; la ratification suppose au moins trois des "
                  "Parties II à X, dont l'une au moins des Parties IV, V, VI, IX ou X (art. 2), et aucune "
                  "exigence non satisfaite parmi les dispositions transversales des Parties XI à XIV.",
    "intro.scale": "Échelle d'appréciation",
    "part.chapter": "Partie {part} — {title}",
    "part.status": "Appréciation de la Partie : {status}.",
    "part.status_art3": "{status} (art. 3)",
    "part.article_3": "Cette appréciation repose sur une dérogation prévue à l'article 3.",
    "part.not_assessed": "Cette Partie n'a pas été évaluée : aucune réponse n'a été donnée à son sujet.",
    "part.legal_basis": "Fondement juridique : {citation}.",
    "col.part": "Partie",
    "col.title": "Intitulé",
    "col.requirement": "Exigence de la convention (article)",
    "col.provision": "Disposition nationale",
    "col.assessment": "Appréciation",
    "col.explanation": "Observations et mesures recommandées",
    "cell.article": "art. {article}",
    "cell.other_part": "Partie {part} : {label}",
    "cell.alternative": "option relative au champ d'application",
    "cell.alternative_any": "option",
    "cell.informational": "pour information",
    "cell.unknown": "inconnu",
    "cell.no_answer": "aucune réponse",
    "cell.yes": "oui",
    "cell.no": "non",
    "cell.citation": "Référence juridique : {citation}",
    "cell.note": "Note : {note}",
    "cell.to_close": "Pour combler l'écart : {action}",
    "cell.calc": "Calcul : {calc}",
    "close.coverage": "protéger au moins {more} personnes de plus ({needed} sur {total}, {threshold})",
    "close.level": "porter la prestation à au moins {needed} ({required} de {earnings}) pour le "
                   "[[xi.standard_beneficiary]]",
    "close.missing_answers": "répondre aux questions : {questions}",
    "close.review": "documenter la justification à l'intention de la Commission d'experts pour l'application "
                    "des conventions et recommandations (CEACR)",
    "close.generic": "modifier la disposition nationale afin de satisfaire à l'article {article}",
    "calc.coverage": "{protected} ÷ {total} = {percent} (exigé : {threshold})",
    "calc.level": "prestation {benefit} ÷ gain {earnings} = {percent} (exigé : {required})",
    "verdict.met": "satisfaite",
    "verdict.not_met": "non satisfaite",
    "verdict.needs_review": "à examiner",
    "verdict.insufficient_information": "informations manquantes",
    "verdict.not_applicable": "sans objet",
    "pstatus.not_assessed": "non évaluée",
    "pstatus.not_compliant": "non conforme",
    "pstatus.insufficient_information": "informations complémentaires nécessaires",
    "pstatus.compliant_with_review": "conforme, points à examiner",
    "pstatus.compliant": "conforme",
    "scale.met": "la disposition nationale satisfait à l'exigence",
    "scale.not_met": "la disposition nationale ne satisfait pas à l'exigence",
    "scale.needs_review": "une appréciation que la convention laisse aux organes de contrôle",
    "scale.insufficient_information": "une réponse nécessaire à la vérification manque ou est inconnue",
    "scale.not_applicable": "une option sur laquelle le pays ne s'appuie pas",
    "parts.main.title": "Les branches de la sécurité sociale (Parties II à X)",
    "parts.cross.title": "Dispositions transversales (Parties XI à XIV)",
    "general.title": "Dispositions générales et ratification (Partie I, art. 1 à 6)",
    "annex.title": "Annexe A — Réponses, notes et pièces justificatives",
    "annex.answers": "Réponses données",
    "annex.col.question": "Question",
    "annex.col.answer": "Réponse",
    "annex.col.details": "Référence juridique, note, pièce",
    "annex.evidence": "Pièces justificatives",
    "annex.col.ref": "Réf.",
    "annex.col.file": "Fichier",
    "annex.col.sha256": "SHA-256",
    "annex.no_evidence": "Aucune pièce justificative n'est jointe à cette évaluation.",
    "annex.assessors": "Évaluateurs",
    "annex.attached": "Le fichier de l'évaluation ({assessment}) et le résultat de l'analyse ({evaluation}) sont "
                      "joints au présent PDF ; la commande « c102desk import » permet de récupérer l'évaluation "
                      "à partir du PDF.",
    "method.title": "Annexe B — Méthode et hypothèses",
    "method.text": "Les seuils sont comparés en arithmétique exacte : 49,95\u202f% n'est pas 50\u202f%, et "
                   "« au moins » inclut le seuil. Lorsque la convention est muette, le moteur s'appuie sur les "
                   "interprétations [I] et les faits non vérifiés [U] énumérés ci-dessous ; chacun est identifié "
                   "afin que le lecteur puisse le vérifier ou en demander la modification.",
    "method.used": "Hypothèses retenues pour cette évaluation",
    "method.none": "Cette évaluation ne repose sur aucune hypothèse.",
    "method.col.id": "Réf.",
    "method.col.tag": "Nature",
    "method.col.text": "Hypothèse",
    "tag.I": "interprétation",
    "tag.U": "non vérifié",
    "signature.title": "Signature",
    "stamp.text": "Signé par : %(signer)s\nFonction : {role}\nDate : %(ts)s",
    "stamp.no_role": "évaluateur",
    "date.long": "{day} {month} {year}",
    "date.time": "{date} à {time} (UTC{offset})",
    "amount.per.day": "{amount} par jour",
    "amount.per.week": "{amount} par semaine",
    "amount.per.month": "{amount} par mois",
    "amount.per.year": "{amount} par an",
    "unit.days.one": "{n} jour",
    "unit.days.other": "{n} jours",
    "unit.weeks.one": "{n} semaine",
    "unit.weeks.other": "{n} semaines",
    "unit.months.one": "{n} mois",
    "unit.months.other": "{n} mois",
    "unit.years.one": "{n} an",
    "unit.years.other": "{n} ans",
    "unit.persons.one": "{n} personne",
    "unit.persons.other": "{n} personnes",
}

ES: dict[str, str] = {
    "doc.title": "Análisis de brechas con respecto al Convenio núm. 102 de la OIT",
    "doc.instrument": "[[instrument.title_short]]",
    "doc.header": "Análisis de brechas C102 — {country}",
    "doc.footer": "c102desk {version} · generado el {date}",
    "doc.page": "Página {page} de {total}",
    "cover.country": "País",
    "cover.title": "Título de la evaluación",
    "cover.assessor": "Evaluador",
    "cover.organisation": "Organización",
    "cover.date": "Fecha del presente informe",
    "cover.questionnaire": "Versión del cuestionario",
    "cover.status": "Estado de la evaluación",
    "cover.signature": "Firma electrónica",
    "cover.signed_by": "El presente informe está firmado electrónicamente (PAdES) por {name}. Huella SHA-256 del "
                       "certificado:",
    "cover.fingerprint_note": "Antes de confiar en la firma, confirme esta huella con el firmante por otro medio "
                              "(teléfono, carta).",
    "cover.unsigned": "El presente informe no está firmado.",
    "cover.not_given": "no indicado",
    "status.draft": "borrador",
    "status.final": "definitiva",
    "toc.title": "Índice",
    "summary.title": "Resumen ejecutivo",
    "summary.can_ratify": "Según las respuestas dadas, {country} podría ratificar el Convenio desde ahora, "
                          "aceptando las obligaciones de las Partes {parts} (art. 2).",
    "summary.cannot_ratify": "Según las respuestas dadas, {country} aún no podría ratificar el Convenio (art. 2).",
    "summary.parts_now": "Partes que podrían aceptarse desde ahora: {parts}.",
    "summary.parts_none": "Ninguna de las Partes II a X podría aceptarse desde ahora.",
    "summary.blocking": "Lo que impide la ratificación: {items}.",
    "summary.blocking_item": "{id} (art. {article})",
    "summary.gap_ref": "Parte {part}, art. {article}",
    "summary.art3": "Esta conclusión se basa en las excepciones temporales de una declaración formulada en "
                    "virtud del artículo 3.",
    "summary.main_gaps": "Principales brechas",
    "summary.no_gaps": "No se ha constatado ningún requisito incumplido.",
    "summary.open_items": "Puntos por examinar: {review}. Requisitos para los que falta información: {missing}.",
    "summary.rat_table": "Condiciones de la ratificación",
    "chart.title": "Situación de las Partes",
    "chart.caption": "Requisitos de cada Parte según la evaluación (número).",
    "chart.part": "Parte {part}",
    "intro.title": "Introducción y método",
    "intro.text": "El presente informe compara la legislación y la práctica nacionales, tal como las ha "
                  "consignado el evaluador, con las normas mínimas del Convenio, parte por parte y artículo por "
                  "artículo. El motor de reglas de c102desk evalúa cada requisito a partir de las respuestas al "
                  "cuestionario de c102desk (versión {version}); se indican las cifras en que se basa cada "
                  "evaluación. El número de [[cov.persons_protected]] se mide con respecto a las estadísticas "
                  "facilitadas en la Parte I; el nivel de las prestaciones se comprueba para el "
                  "[[xi.standard_beneficiary]] del cuadro anexo a la Parte XI (arts. 65, 66 y 67). Una parte "
                  "puede aceptarse cuando ninguno de sus requisitos está incumplido y se cumple una de las "
                  "opciones relativas al campo de aplicación; la ratificación exige al menos tres de las Partes "
                  "II a X, una de ellas como mínimo entre las Partes IV, V, VI, IX o X (art. 2), y que no quede "
                  "incumplido ningún requisito transversal de las Partes XI a XIV.",
    "intro.scale": "Escala de evaluación",
    "part.chapter": "Parte {part} — {title}",
    "part.status": "Evaluación de la Parte: {status}.",
    "part.status_art3": "{status} (art. 3)",
    "part.article_3": "Esta evaluación se basa en una excepción prevista en el artículo 3.",
    "part.not_assessed": "Esta Parte no se ha evaluado: no se ha dado ninguna respuesta al respecto.",
    "part.legal_basis": "Fundamento jurídico: {citation}.",
    "col.part": "Parte",
    "col.title": "Título",
    "col.requirement": "Requisito del Convenio (artículo)",
    "col.provision": "Disposición nacional",
    "col.assessment": "Evaluación",
    "col.explanation": "Comentarios y medidas recomendadas",
    "cell.article": "art. {article}",
    "cell.other_part": "Parte {part}: {label}",
    "cell.alternative": "opción relativa al campo de aplicación",
    "cell.alternative_any": "opción",
    "cell.informational": "a título informativo",
    "cell.unknown": "se desconoce",
    "cell.no_answer": "sin respuesta",
    "cell.yes": "sí",
    "cell.no": "no",
    "cell.citation": "Referencia jurídica: {citation}",
    "cell.note": "Nota: {note}",
    "cell.to_close": "Para cerrar la brecha: {action}",
    "cell.calc": "Cálculo: {calc}",
    "close.coverage": "proteger al menos a {more} personas más ({needed} de {total}, {threshold})",
    "close.level": "aumentar la prestación hasta al menos {needed} ({required} de {earnings}) para el "
                   "[[xi.standard_beneficiary]]",
    "close.missing_answers": "responder a las preguntas: {questions}",
    "close.review": "documentar la justificación para la Comisión de Expertos en Aplicación de Convenios y "
                    "Recomendaciones (CEACR)",
    "close.generic": "modificar la disposición nacional para que se cumpla el artículo {article}",
    "calc.coverage": "{protected} ÷ {total} = {percent} (exigido: {threshold})",
    "calc.level": "prestación {benefit} ÷ ganancias {earnings} = {percent} (exigido: {required})",
    "verdict.met": "cumplido",
    "verdict.not_met": "no cumplido",
    "verdict.needs_review": "por examinar",
    "verdict.insufficient_information": "falta información",
    "verdict.not_applicable": "no aplicable",
    "pstatus.not_assessed": "no evaluada",
    "pstatus.not_compliant": "no conforme",
    "pstatus.insufficient_information": "se necesita más información",
    "pstatus.compliant_with_review": "conforme, puntos por examinar",
    "pstatus.compliant": "conforme",
    "scale.met": "la disposición nacional cumple el requisito",
    "scale.not_met": "la disposición nacional no alcanza el requisito",
    "scale.needs_review": "una apreciación que el Convenio deja a los órganos de control",
    "scale.insufficient_information": "falta una respuesta necesaria para la comprobación o se desconoce",
    "scale.not_applicable": "una opción en la que el país no se basa",
    "parts.main.title": "Las ramas de la seguridad social (Partes II a X)",
    "parts.cross.title": "Disposiciones transversales (Partes XI a XIV)",
    "general.title": "Disposiciones generales y ratificación (Parte I, arts. 1 a 6)",
    "annex.title": "Anexo A — Respuestas, notas y documentos justificativos",
    "annex.answers": "Respuestas dadas",
    "annex.col.question": "Pregunta",
    "annex.col.answer": "Respuesta",
    "annex.col.details": "Referencia jurídica, nota, documento",
    "annex.evidence": "Documentos justificativos",
    "annex.col.ref": "Ref.",
    "annex.col.file": "Archivo",
    "annex.col.sha256": "SHA-256",
    "annex.no_evidence": "No se adjunta ningún documento justificativo a esta evaluación.",
    "annex.assessors": "Evaluadores",
    "annex.attached": "El archivo de la evaluación ({assessment}) y el resultado del análisis ({evaluation}) se "
                      "adjuntan al presente PDF; la orden «c102desk import» recupera la evaluación a partir del "
                      "PDF.",
    "method.title": "Anexo B — Método y supuestos",
    "method.text": "Los umbrales se comparan con aritmética exacta: 49,95 % no es 50 %, y «no inferior a» "
                   "incluye el umbral. Cuando el Convenio guarda silencio, el motor se basa en las "
                   "interpretaciones [I] y los hechos no verificados [U] que se enumeran a continuación; cada uno "
                   "está identificado para que el lector pueda comprobarlo o pedir que se modifique.",
    "method.used": "Supuestos en que se basa esta evaluación",
    "method.none": "Esta evaluación no se basa en ningún supuesto.",
    "method.col.id": "Ref.",
    "method.col.tag": "Tipo",
    "method.col.text": "Supuesto",
    "tag.I": "interpretación",
    "tag.U": "no verificado",
    "signature.title": "Firma",
    "stamp.text": "Firmado por: %(signer)s\nCargo: {role}\nFecha: %(ts)s",
    "stamp.no_role": "evaluador",
    "date.long": "{day} de {month} de {year}",
    "date.time": "{date}, a las {time} (UTC{offset})",
    "amount.per.day": "{amount} por día",
    "amount.per.week": "{amount} por semana",
    "amount.per.month": "{amount} por mes",
    "amount.per.year": "{amount} por año",
    "unit.days.one": "{n} día",
    "unit.days.other": "{n} días",
    "unit.weeks.one": "{n} semana",
    "unit.weeks.other": "{n} semanas",
    "unit.months.one": "{n} mes",
    "unit.months.other": "{n} meses",
    "unit.years.one": "{n} año",
    "unit.years.other": "{n} años",
    "unit.persons.one": "{n} persona",
    "unit.persons.other": "{n} personas",
}

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}

CATALOGUE: dict[str, dict[str, str]] = {"en": EN, "fr": FR, "es": ES}

_GLOSSARY_REF = re.compile(r"\[\[([a-z0-9_.]+)(\|lower)?\]\]")
# French typography: a no-break space before the high punctuation, so that ":" never starts a line.
_FRENCH_PUNCT = re.compile(r" ([:;?!»])")
_FRENCH_OPEN_QUOTE = re.compile(r"« ")


def _expand(text: str, lang: str) -> str:
    def ref(match: re.Match[str]) -> str:
        found = term(match.group(1), lang)
        return found[:1].lower() + found[1:] if match.group(2) else found

    text = _GLOSSARY_REF.sub(ref, text)
    if lang == "fr":
        text = _FRENCH_OPEN_QUOTE.sub("«\u00a0", _FRENCH_PUNCT.sub("\u00a0\\1", text))
    return text


def template(key: str, lang: str = "en") -> str:
    """The text of ``key`` in ``lang`` before its fields are filled in (English when missing)."""
    text = CATALOGUE.get(lang, EN).get(key)
    if text is None:
        text = EN[key]
        lang = "en"
    return _expand(text, lang)


def t(key: str, lang: str = "en", **values: Any) -> str:
    """The report text ``key`` in ``lang``, with ``{name}`` fields filled in."""
    text = template(key, lang)
    return text.format(**values) if values else text


def part_title(part: str, lang: str = "en") -> str:
    """The Convention's title of a Part in ``lang`` (glossary ``part.*``), e.g. ``part_title("VII", "fr")`` →
    "Prestations aux familles"."""
    return term(f"part.{part}", lang).split(" — ", 1)[-1]


def part_heading(part: str, lang: str = "en") -> str:
    return t("part.chapter", lang, part=part, title=part_title(part, lang))


# --------------------------------------------------------------------- numbers, amounts, dates


def number(value: Fraction | Decimal | int | float, lang: str) -> str:
    """A number for a reader of ``lang``: 1,234.5 (en), 1 234,5 (fr), 1.234,5 (es)."""
    return format_number(value, lang)


def percent(value: Fraction | Decimal | int | float, lang: str, threshold: Fraction | int | None = None) -> str:
    """A percentage with the language's decimal mark and spacing; never shown equal to a ``threshold`` it differs
    from."""
    exact = value if isinstance(value, Fraction) else Fraction(Decimal(repr(value)) if isinstance(value, float)
                                                                else value)
    return format_percent(exact, lang, threshold)


def with_unit(value: Fraction | Decimal | int | float, unit: str, lang: str) -> str:
    """``3 weeks``, ``3 semaines``, ``3 semanas``; a unit the catalogue does not know is printed after the number."""
    exact = Fraction(Decimal(repr(value))) if isinstance(value, float) else Fraction(value)
    # French takes the singular below 2 (« 1,5 an »); English and Spanish only for exactly one.
    one = abs(exact) < 2 if lang == "fr" else exact == 1
    key = f"unit.{unit}.{'one' if one else 'other'}"
    if key not in EN:
        return f"{number(exact, lang)} {unit}"
    return t(key, lang, n=number(exact, lang))


def amount(value: Fraction | Decimal | int | float, currency: str, period: str | None, lang: str) -> str:
    """``2 600 MDL par mois``: the number for the language, the currency as the assessor gave it, the period."""
    text = f"{number(value, lang)} {currency}".strip()
    if period and f"amount.per.{period}" in EN:
        return t(f"amount.per.{period}", lang, amount=text)
    return text


def format_date(moment: datetime, lang: str) -> str:
    """``24 November 2026``, ``24 novembre 2026`` (``1er`` on the first), ``24 de noviembre de 2026``."""
    day = "1er" if lang == "fr" and moment.day == 1 else str(moment.day)
    months = MONTHS.get(lang, MONTHS["en"])
    return t("date.long", lang, day=day, month=months[moment.month - 1], year=moment.year)


def format_datetime(moment: datetime, lang: str) -> str:
    """The date, the time on the 24-hour clock and the UTC offset (never a locale-dependent zone name)."""
    offset = moment.utcoffset()
    if offset is None:
        sign, text = "", ""
    else:
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "−"
        text = f"{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return t("date.time", lang, date=format_date(moment, lang), time=f"{moment.hour:02d}:{moment.minute:02d}",
             offset=f"{sign}{text}" if text != "00:00" else "")


def colon(lang: str) -> str:
    """The colon between a label and its value: "Pays : Sénégal" in French, "País: Senegal" otherwise."""
    return "\u00a0:" if lang == "fr" else ":"
