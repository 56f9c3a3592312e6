<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../c102desk/ui/about_dialog.py" line="+116"/>
        <source>About c102desk</source>
        <translation>À propos de c102desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap assessments of national social security law and practice against ILO Convention No. 102 (Social Security (Minimum Standards), 1952). Works fully offline. Released under the %1 licence.</source>
        <translation>Analyse des écarts entre la législation et la pratique nationales de sécurité sociale et la convention (n° 102) de l&apos;OIT concernant la sécurité sociale (norme minimum), 1952. Fonctionne entièrement hors ligne. Distribué sous la licence %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your library: %1</source>
        <translation>Votre bibliothèque&#x202f;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log files: %1</source>
        <translation>Fichiers journaux&#x202f;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>c102desk is built with this software, each under its own licence (select one to read it):</source>
        <translation>c102desk est construit avec ces logiciels, chacun sous sa propre licence (sélectionnez-en un pour la lire)&#x202f;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party software</source>
        <translation>Logiciels tiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Licence: %1. Its full text is installed with the package.</source>
        <translation>Licence&#x202f;: %1. Son texte complet est installé avec le paquet.</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <location filename="../c102desk/ui/assessment/answer_widgets.py" line="+32"/>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(year)</source>
        <translation>(année)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(currency: see Part I)</source>
        <translation>(monnaie&#x202f;: voir Partie I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(period: see Part I)</source>
        <translation>(période&#x202f;: voir Partie I)</translation>
    </message>
</context>
<context>
    <name>AssessmentSession</name>
    <message>
        <location filename="../c102desk/ui/assessment/session.py" line="+239"/>
        <source>Add “{file}”</source>
        <translation>Ajout de « {file} »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove “{file}”</source>
        <translation>Retrait de « {file} »</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Change “{label}”</source>
        <translation>Modification de « {label} »</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <location filename="../c102desk/ui/library/table_model.py" line="+142"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(no country)</source>
        <translation>(pays non indiqué)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · revision %2</source>
        <translation>%1 · révision %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Définitive</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %: %2 of %3 relevant questions answered</source>
        <translation>%1 %&#x202f;: %2 questions pertinentes sur %3 ont une réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Final: read-only. Start a new revision to change it.</source>
        <translation>Définitive&#x202f;: lecture seule. Ouvrez une nouvelle révision pour la modifier.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../c102desk/ui/assessment/view.py" line="+179"/>
        <source>Questions and dashboard</source>
        <translation>Questions et tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance &amp;dashboard</source>
        <translation>&amp;Tableau de conformité</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>F&amp;ind a Question…</source>
        <translation>Rec&amp;hercher une question…</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Find a question by its words, its article (Art 18) or its id</source>
        <translation>Trouver une question par ses mots, son article (art. 18) ou son identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt Part</source>
        <translation>Partie su&amp;ivante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next Part</source>
        <translation>Aller à la Partie suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Part</source>
        <translation>Partie &amp;précédente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous Part</source>
        <translation>Aller à la Partie précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next question that is still to be answered</source>
        <translation>Aller à la prochaine question encore sans réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de conformité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch between the questions and the compliance dashboard</source>
        <translation>Passer des questions au tableau de conformité, et inversement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Mark as fi&amp;nal…</source>
        <translation>Marquer comme dé&amp;finitive…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Check what is missing, then make this assessment read-only</source>
        <translation>Voir ce qui manque, puis rendre cette évaluation non modifiable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the PDF report, then save it, signed or not</source>
        <translation>Prévisualiser le rapport PDF, puis l&apos;enregistrer, signé ou non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the library</source>
        <translation>Revenir à la bibliothèque</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Next Part</source>
        <translation>Partie suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Part</source>
        <translation>Partie précédente</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Next &amp;unanswered</source>
        <translation>&amp;Suivante sans réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Tableau de conformité</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+33"/>
        <source>Export &amp;report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+33"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+260"/>
        <source>This question is not asked with the current answers.</source>
        <translation>Cette question n&apos;est pas posée compte tenu des réponses actuelles.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Every question asked is answered.</source>
        <translation>Toutes les questions posées ont reçu une réponse.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>✓ All changes saved · {time}</source>
        <translation>✓ Modifications enregistrées · {time}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Add evidence file</source>
        <translation>Ajouter une pièce justificative</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any file (*)</source>
        <translation>Tout fichier (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file “{name}” is no longer at {path}.</source>
        <translation>Le fichier « {name} » n&apos;est plus à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No program on this computer opens “{name}”.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre « {name} ».</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Not saved: %n field(s) hold a value that was refused</source>
        <translation>
            <numerusform>Non enregistré&#x202f;: %n champ contient une valeur refusée</numerusform>
            <numerusform>Non enregistré&#x202f;: %n champs contiennent une valeur refusée</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the value, or clear the field. Saved until then: everything else ({time})</source>
        <translation>Corrigez la valeur, ou videz le champ. Enregistré d&apos;ici là&#x202f;: tout le reste ({time})</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Leave without these values?</source>
        <translation>Quitter sans ces valeurs&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These fields hold a value that was refused and is not saved:
{names}

Leave anyway (the saved answers stay as they are), or go back and correct them?</source>
        <translation>Ces champs contiennent une valeur refusée, qui n&apos;est pas enregistrée&#x202f;:
{names}

Quitter quand même (les réponses enregistrées restent telles quelles), ou revenir pour les corriger&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave without them</source>
        <translation>Quitter sans elles</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Untitled assessment</source>
        <translation>Évaluation sans titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Définitive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILO Convention No. 102 gap assessment · Revision {revision} · {state}</source>
        <translation>Analyse des écarts au regard de la convention (n° 102) de l&apos;OIT · Révision {revision} · {state}</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../c102desk/ui/assessment/answer_widgets.py" line="+164"/>
        <location line="+17"/>
        <source>— not answered —</source>
        <translation>— sans réponse —</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../c102desk/ui/team/compare_dialog.py" line="+40"/>
        <source>Compare assessments</source>
        <translation>Comparer des évaluations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From “%1” to “%2”.</source>
        <translation>De « %1 » à « %2 ».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What differs</source>
        <translation>Ce qui diffère</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save as Text…</source>
        <translation>&amp;Enregistrer en texte…</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Save the Comparison as Text</source>
        <translation>Enregistrer la comparaison en texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save the comparison</source>
        <translation>Impossible d’enregistrer la comparaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comparison could not be written to %1: %2</source>
        <translation>La comparaison n’a pas pu être écrite dans %1&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>CompareFlow</name>
    <message>
        <location filename="../c102desk/ui/team/compare_flow.py" line="+67"/>
        <source>Compare with an unsigned report?</source>
        <translation>Comparer avec un rapport non signé&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 carries no signature: nothing shows who made it or that it was not changed since. Compare with its assessment anyway?</source>
        <translation>%1 ne porte aucune signature&#x202f;: rien ne montre qui l’a établi ni qu’il n’a pas été modifié depuis. Comparer quand même avec son évaluation&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not compare with %1</source>
        <translation>Impossible de comparer avec %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comparing with %1…</source>
        <translation>Comparaison avec %1…</translation>
    </message>
</context>
<context>
    <name>CompareSource</name>
    <message>
        <location filename="../c102desk/ui/team/compare_source.py" line="+38"/>
        <source>%1 (revision %2)</source>
        <translation>%1 (révision %2)</translation>
    </message>
</context>
<context>
    <name>CompareSourceDialog</name>
    <message>
        <location line="+10"/>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare “%1” with:</source>
        <translation>Comparer « %1 » avec&#x202f;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessments of the library</source>
        <translation>Évaluations de la bibliothèque</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier revision: %1</source>
        <translation>Révision antérieure&#x202f;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;File or Signed Report…</source>
        <translation>Un &amp;fichier ou un rapport signé…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Compare with a File</source>
        <translation>Comparer avec un fichier</translation>
    </message>
</context>
<context>
    <name>CosignDialog</name>
    <message>
        <location filename="../c102desk/ui/report/cosign_dialog.py" line="+107"/>
        <source>Add a signature</source>
        <translation>Ajouter une signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your signature to a report its author has signed — as the employers&apos; or the workers&apos; representative in the tripartite dialogue, for instance. Only an intact report can be signed; the signatures already in it stay valid.</source>
        <translation>Ajoutez votre signature à un rapport que son auteur a signé — par exemple en qualité de représentant des employeurs ou des travailleurs dans le dialogue tripartite. Seul un rapport intact peut être signé&#x202f;; les signatures qu&apos;il porte déjà restent valables.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hoose a report…</source>
        <translation>C&amp;hoisir un rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Choose the report to sign</source>
        <translation>Choisir le rapport à signer</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Your signature</source>
        <translation>Votre signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>En &amp;qualité de&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role you sign in</source>
        <translation>La qualité en laquelle vous signez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employers&apos; representative</source>
        <translation>Représentant des employeurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workers&apos; representative</source>
        <translation>Représentant des travailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government representative</source>
        <translation>Représentant du gouvernement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Workers&apos; representative</source>
        <translation>p. ex. Représentant des travailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign and save…</source>
        <translation>Signer et &amp;enregistrer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the report and save it</source>
        <translation>Signer le rapport et l&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing status</source>
        <translation>État de la signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures already in the report</source>
        <translation>Signatures déjà portées par le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256 du certificat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No report chosen yet.</source>
        <translation>Aucun rapport choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report: %1</source>
        <translation>Rapport&#x202f;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed so far:</source>
        <translation>Signé jusqu&apos;ici par&#x202f;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not named</source>
        <translation>non nommé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, as %2</source>
        <translation>%1, en qualité de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (certifies the report)</source>
        <translation>%1 (certifie le rapport)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+69"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+2"/>
        <source>Checking the signatures…</source>
        <translation>Vérification des signatures…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report is intact and every signature in it is valid. Choose your role and signing identity, then sign.</source>
        <translation>Le rapport est intact et chacune de ses signatures est valable. Choisissez votre qualité et votre identité de signature, puis signez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This report is not intact, so it cannot be signed. Ask the sender for the original signed file.</source>
        <translation>Ce rapport n&apos;est pas intact&#x202f;: il ne peut donc pas être signé. Demandez à l&apos;expéditeur le fichier signé d&apos;origine.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file is not a signed c102desk report, so it cannot be co-signed: %1</source>
        <translation>Ce fichier n&apos;est pas un rapport c102desk signé&#x202f;: il ne peut donc pas être cosigné&#x202f;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report could not be checked</source>
        <translation>Le rapport n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the role you sign in, e.g. “Workers&apos; representative”.</source>
        <translation>Indiquez la qualité en laquelle vous signez, par exemple « Représentant des travailleurs ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the signed report</source>
        <translation>Enregistrer le rapport signé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing the report…</source>
        <translation>Signature du rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed and saved: %1
The report now carries %2 signatures, all valid. Your certificate&apos;s SHA-256 fingerprint (give it to the receiver by another channel):</source>
        <translation>Signé et enregistré&#x202f;: %1
Le rapport porte désormais %2 signatures, toutes valables. Empreinte SHA-256 de votre certificat (à communiquer au destinataire par un autre moyen)&#x202f;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report was not signed</source>
        <translation>Le rapport n&apos;a pas été signé</translation>
    </message>
</context>
<context>
    <name>CreateAssessmentDialog</name>
    <message>
        <location filename="../c102desk/ui/library/create_dialog.py" line="+27"/>
        <location line="+1"/>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a gap assessment of one country&apos;s law and practice against Convention No. 102. You can change these details later.</source>
        <translation>Commencez l&apos;analyse des écarts entre la législation et la pratique d&apos;un pays et la convention (n° 102). Vous pourrez modifier ces indications plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Northland</source>
        <translation>p. ex. Nordland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Gap assessment 2026</source>
        <translation>p. ex. Analyse des écarts 2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New assessor…</source>
        <translation>Nouvel évaluateur…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessor&apos;s name</source>
        <translation>Nom de l&apos;évaluateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Ministry of Labour</source>
        <translation>p. ex. Ministère du Travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor&apos;s organisation</source>
        <translation>Organisation de l&apos;évaluateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Legal adviser</source>
        <translation>p. ex. Conseiller juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor&apos;s role</source>
        <translation>Fonction de l&apos;évaluateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New assessor</source>
        <translation>Nouvel évaluateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction&#x202f;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessor:</source>
        <translation>&amp;Évaluateur&#x202f;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Create assessment</source>
        <translation>Créer l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <location filename="../c102desk/ui/report/identity_dialog.py" line="+85"/>
        <source>Create a signing identity</source>
        <translation>Créer une identité de signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key and a certificate naming you are made and kept in the data folder, protected by a passphrase. The certificate&apos;s fingerprint is printed in every report you sign, so the receiver can confirm it with you by another channel.</source>
        <translation>Une clé et un certificat à votre nom sont créés et conservés dans le dossier de données, protégés par une phrase secrète. L&apos;empreinte du certificat est imprimée dans chaque rapport que vous signez, afin que le destinataire puisse la vérifier auprès de vous par un autre moyen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#x202f;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#x202f;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Country (ISO code, e.g. SN):</source>
        <translation>&amp;Pays (code ISO, p. ex. SN)&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#x202f;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction&#x202f;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Passphrase:</source>
        <translation>Phrase &amp;secrète&#x202f;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase &amp;again:</source>
        <translation>Phrase secrète, &amp;encore&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country code</source>
        <translation>Code du pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète, encore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Legal adviser</source>
        <translation>p. ex. Conseiller juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least %1 characters</source>
        <translation>au moins %1 caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the signing identity</source>
        <translation>Créer l&apos;identité de signature</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the signer&apos;s name.</source>
        <translation>Indiquez le nom du signataire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The country is a two-letter code, e.g. SN, FR or PE.</source>
        <translation>Le pays est un code de deux lettres, p. ex. SN, FR ou PE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La phrase secrète doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../c102desk/ui/assessment/dashboard.py" line="+180"/>
        <source>Verdict of each Part</source>
        <translation>Appréciation de chaque Partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art 3</source>
        <translation>Art. 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements behind the verdict</source>
        <translation>Exigences à l&apos;origine de l&apos;appréciation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requirement&apos;s reference, as in the evaluation file (JSON)</source>
        <translation>La référence de l&apos;exigence, telle qu&apos;elle figure dans le fichier de l&apos;évaluation (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to go to the question that decides it</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour aller à la question déterminante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a requirement, or select it and press Enter, to open the question that decides it.</source>
        <translation>Double-cliquez sur une exigence, ou sélectionnez-la et appuyez sur Entrée, pour ouvrir la question déterminante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What-if: evaluate as if an Article 3 declaration were made</source>
        <translation>Simulation&#x202f;: évaluer comme si une déclaration au titre de l&apos;article 3 était faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What-if view: the verdicts assume the declaration; nothing is saved.</source>
        <translation>Simulation&#x202f;: les appréciations supposent la déclaration&#x202f;; rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>What if no Article 3 declaration were made?</source>
        <translation>Et sans déclaration au titre de l&apos;article 3&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What if an Article 3 declaration were made?</source>
        <translation>Et avec une déclaration au titre de l&apos;article 3&#x202f;?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{answer} — Parts {parts} could be accepted</source>
        <translation>{answer} — Parties pouvant être acceptées&#x202f;: {parts}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts that could be accepted now: {parts}</source>
        <translation>Parties pouvant être acceptées dès maintenant&#x202f;: {parts}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocking: {reason}</source>
        <translation>Obstacle&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An Article 3 declaration is needed for this answer.</source>
        <translation>Une déclaration au titre de l&apos;article 3 est requise pour cette réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing blocks ratification.</source>
        <translation>Rien ne fait obstacle à la ratification.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{requirement}: {explanation}</source>
        <translation>{requirement}&#x202f;: {explanation}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+64"/>
        <source>To close the gap: {action}</source>
        <translation>Pour combler l&apos;écart&#x202f;: {action}</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Part {part} — {title}</source>
        <translation>Partie {part} — {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratification (Arts 2–6)</source>
        <translation>Ratification (art. 2 à 6)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(for information) {text}</source>
        <translation>(pour information) {text}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../c102desk/ui/qt_logging.py" line="+69"/>
        <source>Something went wrong that c102desk did not expect. Your saved work is not affected.</source>
        <translation>Un problème imprévu est survenu dans c102desk. Votre travail enregistré n&apos;est pas touché.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The details are in the log file %1. If it happens again, send that file to your support team.</source>
        <translation>Les détails se trouvent dans le fichier journal %1. Si le problème se reproduit, envoyez ce fichier à votre équipe d&apos;assistance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it happens again, tell your support team what you were doing.</source>
        <translation>Si le problème se reproduit, décrivez à votre équipe d&apos;assistance ce que vous faisiez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Log Folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>c102desk</source>
        <translation>c102desk</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <location filename="../c102desk/ui/report/export_dialog.py" line="+142"/>
        <source>Export report — %1</source>
        <translation>Exporter le rapport — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gap-assessment report of “%1”, with the assessment file attached. Preview it, then save it, signed or not.</source>
        <translation>Le rapport d&apos;analyse des écarts de « %1 », avec le fichier de l&apos;évaluation en pièce jointe. Prévisualisez-le, puis enregistrez-le, signé ou non.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report&apos;s language, whatever the interface&apos;s</source>
        <translation>La langue du rapport, indépendante de celle de l&apos;interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gn the report</source>
        <translation>Si&amp;gner le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the report</source>
        <translation>Signer le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role shown:</source>
        <translation>&amp;Fonction affichée&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role shown in the signature block</source>
        <translation>Fonction affichée dans le bloc de signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as in the certificate</source>
        <translation>comme dans le certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the unsigned report</source>
        <translation>Aperçu du rapport non signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build the report and show its pages (Ctrl+P)</source>
        <translation>Produire le rapport et en afficher les pages (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256 du certificat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign and save…</source>
        <translation>Signer et &amp;enregistrer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign and save the report</source>
        <translation>Signer et enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report unsigned</source>
        <translation>Enregistrer le rapport sans signature</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Building the report in %1…</source>
        <translation>Production du rapport en %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>Building the report…</source>
        <translation>Production du rapport…</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Preview: %1 pages, exactly as they will be signed by %2. Check them, then sign and save.</source>
        <translation>Aperçu&#x202f;: %1 pages, telles qu&apos;elles seront signées par %2. Vérifiez-les, puis signez et enregistrez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview: %1 pages, without the signature block: type the passphrase and preview again to see them exactly as they will be signed.</source>
        <translation>Aperçu&#x202f;: %1 pages, sans le bloc de signature&#x202f;: saisissez la phrase secrète et prévisualisez à nouveau pour les voir telles qu&apos;elles seront signées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview: %1 pages, not signed. Check them, then save.</source>
        <translation>Aperçu&#x202f;: %1 pages, non signé. Vérifiez-les, puis enregistrez.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The passphrase does not open the signing identity; type it again to preview the signed report.</source>
        <translation>La phrase secrète n&apos;ouvre pas l&apos;identité de signature&#x202f;; saisissez-la à nouveau pour prévisualiser le rapport signé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report could not be built</source>
        <translation>Le rapport n&apos;a pas pu être produit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the signed report</source>
        <translation>Enregistrer le rapport signé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signing the report shown…</source>
        <translation>Signature du rapport affiché…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving the report shown…</source>
        <translation>Enregistrement du rapport affiché…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Building and signing the report…</source>
        <translation>Production et signature du rapport…</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed and saved: %1
Certificate SHA-256 fingerprint (give it to the receiver by another channel):</source>
        <translation>Signé et enregistré&#x202f;: %1
Empreinte SHA-256 du certificat (à communiquer au destinataire par un autre moyen)&#x202f;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved (not signed): %1</source>
        <translation>Enregistré (non signé)&#x202f;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was not saved</source>
        <translation>Le rapport n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>FinalBanner</name>
    <message>
        <location filename="../c102desk/ui/assessment/finish.py" line="+304"/>
        <source>&amp;Reopen as a new revision</source>
        <translation>&amp;Rouvrir comme nouvelle révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen as a new revision</source>
        <translation>Rouvrir comme nouvelle révision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Final — revision {revision}.&lt;/b&gt; This assessment is read-only. To change it, reopen it as a new revision; this one stays as it is.</source>
        <translation>&lt;b&gt;Définitive — révision {revision}.&lt;/b&gt; Cette évaluation est en lecture seule. Pour la modifier, rouvrez-la comme nouvelle révision&#x202f;; celle-ci reste inchangée.</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <location line="-163"/>
        <source>Mark the assessment as final</source>
        <translation>Marquer l&apos;évaluation comme définitive</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every relevant question is answered and nothing is flagged. A final assessment can no longer be changed; it can be reopened as a new revision.</source>
        <translation>Toutes les questions pertinentes ont reçu une réponse et rien n&apos;est signalé. Une évaluation définitive ne peut plus être modifiée&#x202f;; elle peut être rouverte comme nouvelle révision.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Art {article}</source>
        <translation>art. {article}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{context} · saved: {value}</source>
        <translation>{context} · enregistré&#x202f;: {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{requirement} lacks information: {text}</source>
        <translation>{requirement} manque d&apos;information&#x202f;: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not answered: {label}</source>
        <translation>Sans réponse&#x202f;: {label}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>To check: {message}</source>
        <translation>À vérifier&#x202f;: {message}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Before you mark this assessment as final, note what is still missing: {insufficient} requirement(s) lacking information, {unanswered} relevant question(s) not answered and {checks} answer(s) to check. A final assessment can no longer be changed; it can be reopened as a new revision.</source>
        <translation>Avant de marquer cette évaluation comme définitive, voyez ce qui manque encore&#x202f;: {insufficient} exigence(s) sans information suffisante, {unanswered} question(s) pertinente(s) sans réponse et {checks} réponse(s) à vérifier. Une évaluation définitive ne peut plus être modifiée&#x202f;; elle peut être rouverte comme nouvelle révision.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What is missing or flagged, by Part and section</source>
        <translation>Ce qui manque ou est signalé, par Partie et section</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Double-click an item, or select it and press Enter, to go to its question.</source>
        <translation>Double-cliquez sur un élément, ou sélectionnez-le et appuyez sur Entrée, pour aller à sa question.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark as final</source>
        <translation>Marquer comme définitive</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Part {part} — {title}</source>
        <translation>Partie {part} — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part {part}</source>
        <translation>Partie {part}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{title} · {count} to see</source>
        <translation>{title} · {count} à voir</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../c102desk/ui/assessment/help_panel.py" line="+49"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HELP</source>
        <translation>AIDE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ILO Convention No. 102, Article {article}</source>
        <translation>Convention (n° 102) de l&apos;OIT, article {article}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interpretation made by c102desk</source>
        <translation>Interprétation retenue par c102desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unverified fact</source>
        <translation>Fait non vérifié</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Part {part} — {title}</source>
        <translation>Partie {part} — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILO Convention No. 102, Articles {articles}</source>
        <translation>Convention (n° 102) de l&apos;OIT, articles {articles}</translation>
    </message>
</context>
<context>
    <name>IdentityPicker</name>
    <message>
        <location filename="../c102desk/ui/report/identity_picker.py" line="+87"/>
        <source>&amp;Create…</source>
        <translation>&amp;Créer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a signing identity</source>
        <translation>Créer une identité de signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a PKCS#12 signing identity</source>
        <translation>Importer une identité de signature PKCS#12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Autre fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+85"/>
        <source>Sign with another PKCS#12 file</source>
        <translation>Signer avec un autre fichier PKCS#12</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>P&amp;assphrase:</source>
        <translation>Phrase &amp;secrète&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the signing identity</source>
        <translation>Phrase secrète de l&apos;identité de signature</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing identity: %1
SHA-256 %2</source>
        <translation>Identité de signature&#x202f;: %1
SHA-256 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing identity: the one in the data folder (%1).</source>
        <translation>Identité de signature&#x202f;: celle du dossier de données (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing identity: %1</source>
        <translation>Identité de signature&#x202f;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No signing identity yet: create one, or import the PKCS#12 file your ministry issued.</source>
        <translation>Pas encore d&apos;identité de signature&#x202f;: créez-en une, ou importez le fichier PKCS#12 délivré par votre ministère.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already a signing identity in the data folder</source>
        <translation>Il y a déjà une identité de signature dans le dossier de données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no signing identity yet: create or import one first.</source>
        <translation>Il n&apos;y a pas encore d&apos;identité de signature&#x202f;: créez-en ou importez-en une d&apos;abord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the passphrase of the signing identity.</source>
        <translation>Saisissez la phrase secrète de l&apos;identité de signature.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase does not open the signing identity. Nothing was written; type it again.</source>
        <translation>La phrase secrète n&apos;ouvre pas l&apos;identité de signature. Rien n&apos;a été écrit&#x202f;; saisissez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>Creating the signing identity…</source>
        <translation>Création de l&apos;identité de signature…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Import a signing identity</source>
        <translation>Importer une identité de signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of %1:</source>
        <translation>Phrase secrète de %1&#x202f;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Importing the signing identity…</source>
        <translation>Importation de l&apos;identité de signature…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PKCS#12 signing identity (*.p12 *.pfx)</source>
        <translation>Identité de signature PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signing identity is ready. Type its passphrase to sign.</source>
        <translation>L&apos;identité de signature est prête. Saisissez sa phrase secrète pour signer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That passphrase does not open the PKCS#12 file; nothing was imported.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas le fichier PKCS#12&#x202f;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing identity was not made</source>
        <translation>L&apos;identité de signature n&apos;a pas été créée</translation>
    </message>
</context>
<context>
    <name>InboxTableModel</name>
    <message>
        <location filename="../c102desk/ui/inbox/table_model.py" line="+125"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratification (Art 2)</source>
        <translation>Ratification (art. 2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What stops ratification</source>
        <translation>Ce qui fait obstacle à la ratification</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>(no country)</source>
        <translation>(pays non indiqué)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Region unknown</source>
        <translation>Région inconnue</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>rev. %1</source>
        <translation>rév. %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (Parts %2)</source>
        <translation>%1 (Parties %2)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>not shown</source>
        <translation>non affiché</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: not shown, the file is altered</source>
        <translation>%1&#x202f;: non affiché, le fichier a été modifié</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2, signed %3
Certificate SHA-256: %4</source>
        <translation>%1 — %2, signé le %3
Certificat SHA-256&#x202f;: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no role stated</source>
        <translation>aucune qualité indiquée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — region: %2
File: %3</source>
        <translation>%1 — région&#x202f;: %2
Fichier&#x202f;: %3</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <location filename="../c102desk/ui/inbox/window.py" line="+292"/>
        <source>Received reports — c102desk</source>
        <translation>Rapports reçus — c102desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Received reports</source>
        <translation>Rapports reçus</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Choose &amp;folder…</source>
        <translation>Choisir le &amp;dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder where the signed reports you received are</source>
        <translation>Choisissez le dossier où se trouvent les rapports signés que vous avez reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every file of the folder again</source>
        <translation>Vérifier à nouveau chaque fichier du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include &amp;subfolders</source>
        <translation>Inclure les &amp;sous-dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fin&amp;d:</source>
        <translation>Re&amp;chercher&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country or file</source>
        <translation>Pays ou fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-country c&amp;hart</source>
        <translation>Graphi&amp;que entre pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected report in your PDF viewer (Return)</source>
        <translation>Ouvrir le rapport choisi dans votre lecteur PDF (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import assessment</source>
        <translation>&amp;Importer l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set regio&amp;n…</source>
        <translation>Définir la régio&amp;n…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected report&apos;s country in a region of your choice</source>
        <translation>Placer le pays du rapport choisi dans la région de votre choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport for analysts…</source>
        <translation>E&amp;xporter pour les analystes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The intact reports shown, one row per requirement, with their answers (XLSX or CSV)</source>
        <translation>Les rapports intacts affichés, une ligne par exigence, avec leurs réponses (XLSX ou CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary &amp;PDF…</source>
        <translation>Synthèse &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cross-country summary of the reports shown, as a PDF</source>
        <translation>La synthèse entre pays des rapports affichés, en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show reports of this status</source>
        <translation>Afficher les rapports de cet état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show reports of this region</source>
        <translation>Afficher les rapports de cette région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification progress</source>
        <translation>Avancement de la vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected report</source>
        <translation>Détails du rapport choisi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parts: %1. An altered report&apos;s verdicts are not shown.</source>
        <translation>Parties&#x202f;: %1. Les conclusions d&apos;un rapport modifié ne sont pas affichées.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region unknown</source>
        <translation>Région inconnue</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Imported into the library.</source>
        <translation>Importée dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder of received reports</source>
        <translation>Dossier des rapports reçus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your regions cannot be read</source>
        <translation>Vos régions ne peuvent pas être lues</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Listing the folder…</source>
        <translation>Lecture du dossier…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Verified %1 of %2</source>
        <translation>%1 sur %2 vérifiés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder cannot be read</source>
        <translation>Le dossier ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopped after %1 of %2 files.</source>
        <translation>Arrêté après %1 fichiers sur %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 files verified in %2 s.</source>
        <translation>%1 fichiers vérifiés en %2 s.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the folder where you keep the signed reports you received; every file in it is checked.</source>
        <translation>Choisissez le dossier où vous gardez les rapports signés reçus&#x202f;; chacun de ses fichiers est vérifié.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 files: %2</source>
        <translation>%1 fichiers&#x202f;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shown of %2</source>
        <translation>%1 affichés sur %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (region: %2): %3</source>
        <translation>%1 (région&#x202f;: %2)&#x202f;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no time stated</source>
        <translation>aucune heure indiquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation>valable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT valid</source>
        <translation>NON valable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature %1 (%2): %3%4, %5 — certificate SHA-256 %6</source>
        <translation>Signature %1 (%2)&#x202f;: %3%4, %5 — certificat SHA-256 %6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, as %1</source>
        <translation>, en qualité de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What stops ratification: %1</source>
        <translation>Ce qui fait obstacle à la ratification&#x202f;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An altered report is never imported: ask its sender for it again</source>
        <translation>Un rapport modifié n&apos;est jamais importé&#x202f;: demandez-le de nouveau à son expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This report carries no signature: you will be asked to confirm</source>
        <translation>Ce rapport ne porte aucune signature&#x202f;: une confirmation vous sera demandée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the selected report&apos;s assessment into your library</source>
        <translation>Ajouter l&apos;évaluation du rapport choisi à votre bibliothèque</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(the region of the country&apos;s list)</source>
        <translation>(la région de la liste des pays)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set region</source>
        <translation>Définir la région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region of %1 (choose one, or type a group of your own):</source>
        <translation>Région de %1 (choisissez-en une, ou tapez un groupe de votre choix)&#x202f;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The region cannot be saved</source>
        <translation>La région ne peut pas être enregistrée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No intact report is shown: only intact reports go into an export.</source>
        <translation>Aucun rapport intact n&apos;est affiché&#x202f;: seuls les rapports intacts sont exportés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export for analysts</source>
        <translation>Exporter pour les analystes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV files (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported %1 intact reports to %2.</source>
        <translation>%1 rapports intacts exportés dans %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out, changed since they were verified: %1.</source>
        <translation>Non repris, car modifiés depuis leur vérification&#x202f;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export</source>
        <translation>L&apos;export a échoué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary PDF</source>
        <translation>Synthèse PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Summary written to %1.</source>
        <translation>Synthèse écrite dans %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write the summary</source>
        <translation>La synthèse n&apos;a pas pu être écrite</translation>
    </message>
</context>
<context>
    <name>InstanceMessages</name>
    <message>
        <location filename="../c102desk/ui/single_instance.py" line="+186"/>
        <source>another c102desk</source>
        <translation>un autre c102desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another c102desk (process %1)</source>
        <translation>un autre c102desk (processus %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>c102desk on the computer %1</source>
        <translation>c102desk sur l&apos;ordinateur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library in use</source>
        <translation>Bibliothèque déjà ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library in %1 is open in %2. Close it there first, or start c102desk with --data-dir to use another library.</source>
        <translation>La bibliothèque située dans %1 est ouverte dans %2. Fermez-la d&apos;abord, ou lancez c102desk avec --data-dir pour utiliser une autre bibliothèque.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../c102desk/ui/library/actions.py" line="+41"/>
        <source>&amp;New Assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new assessment</source>
        <translation>Commencer une nouvelle évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected assessment</source>
        <translation>Ouvrir l&apos;évaluation sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected assessment as a file to share or archive</source>
        <translation>Enregistrer l&apos;évaluation sélectionnée dans un fichier, pour la partager ou l&apos;archiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Dupliquer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected assessment, e.g. to model a reform</source>
        <translation>Copier l&apos;évaluation sélectionnée, p. ex. pour simuler une réforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;Trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected assessment to the trash (it can be restored)</source>
        <translation>Mettre l&apos;évaluation sélectionnée à la corbeille (elle peut être restaurée)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Co&amp;mpare With…</source>
        <translation>Co&amp;mparer avec…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what differs between the selected assessment and another one, an earlier revision, a file or a signed report</source>
        <translation>Montrer ce qui diffère entre l’évaluation choisie et une autre, une révision antérieure, un fichier ou un rapport signé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Team server…</source>
        <translation>S&amp;erveur d&apos;équipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync the library with the team server: send this laptop&apos;s changes and bring the others&apos; here</source>
        <translation>Synchroniser la bibliothèque avec le serveur d&apos;équipe&#x202f;: envoyer les modifications de cet ordinateur et recevoir celles des autres</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Add assessment files (.c102.json) or signed reports (.pdf) to the library</source>
        <translation>Ajouter à la bibliothèque des fichiers d&apos;évaluation (.c102.json) ou des rapports signés (.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;store from Trash</source>
        <translation>Re&amp;staurer depuis la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the selected assessment back from the trash</source>
        <translation>Sortir l&apos;évaluation sélectionnée de la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mpty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every assessment in the trash for good</source>
        <translation>Supprimer définitivement toutes les évaluations de la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Trash</source>
        <translation>A&amp;fficher la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the assessments in the trash</source>
        <translation>Afficher les évaluations de la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library by country or title</source>
        <translation>Rechercher dans la bibliothèque par pays ou par titre</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../c102desk/ui/library/library_page.py" line="+256"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Search country or title  (Ctrl+F)</source>
        <translation>Rechercher un pays ou un titre  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search assessments</source>
        <translation>Rechercher des évaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show status</source>
        <translation>Statut affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafts</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Définitive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the trash: %1</source>
        <translation>Dans la corbeille&#x202f;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In your library: %1</source>
        <translation>Dans votre bibliothèque&#x202f;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No assessments yet.</source>
        <translation>Aucune évaluation pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No assessment matches your search.</source>
        <translation>Aucune évaluation ne correspond à votre recherche.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Could not create the assessment</source>
        <translation>Impossible de créer l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created “%1”.</source>
        <translation>« %1 » créée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Duplicate assessment</source>
        <translation>Dupliquer l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the copy (for example the reform it models):</source>
        <translation>Titre de la copie (par exemple la réforme qu&apos;elle simule)&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not duplicate the assessment</source>
        <translation>Impossible de dupliquer l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicated as “%1”.</source>
        <translation>Dupliquée sous le titre « %1 ».</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Move to the trash?</source>
        <translation>Mettre à la corbeille&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” goes to the trash. You can restore it from the trash, or undo this at once.</source>
        <translation>« %1 » va à la corbeille. Vous pourrez la restaurer depuis la corbeille, ou annuler tout de suite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” moved to the trash.</source>
        <translation>« %1 » mise à la corbeille.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” restored to the library.</source>
        <translation>« %1 » restaurée dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not move the assessment to the trash</source>
        <translation>Impossible de mettre l&apos;évaluation à la corbeille</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Move “%1” to the trash</source>
        <translation>Mise à la corbeille de « %1 »</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore “%1”</source>
        <translation>Restauration de « %1 »</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Could not restore the assessment</source>
        <translation>Impossible de restaurer l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Empty the trash?</source>
        <translation>Vider la corbeille&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments in the trash that will be deleted for good: %1. A backup of the library is taken first.</source>
        <translation>Évaluations de la corbeille qui seront supprimées définitivement&#x202f;: %1. Une sauvegarde de la bibliothèque est d&apos;abord effectuée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not empty the trash</source>
        <translation>Impossible de vider la corbeille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessments deleted for good: %1.</source>
        <translation>Évaluations supprimées définitivement&#x202f;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import assessment files</source>
        <translation>Importer des fichiers d&apos;évaluation</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Imported %1, which carries no signature.</source>
        <translation>%1 importé&#x202f;; il ne porte aucune signature.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <source>Import of %1 cancelled.</source>
        <translation>Importation de %1 annulée.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Import an unsigned report?</source>
        <translation>Importer un rapport non signé&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 carries no signature: nothing shows who made it or that it was not changed since. Import its assessment anyway?</source>
        <translation>%1 ne porte aucune signature&#x202f;: rien n&apos;indique qui l&apos;a établi ni qu&apos;il n&apos;a pas été modifié depuis. Importer malgré tout son évaluation&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import anyway</source>
        <translation>Importer malgré tout</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Could not import %1</source>
        <translation>Impossible d&apos;importer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export assessment</source>
        <translation>Exporter l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to %1.</source>
        <translation>Exportée vers %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not export the assessment</source>
        <translation>Impossible d&apos;exporter l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../c102desk/ui/main_window.py" line="+294"/>
        <source>Your library is damaged: changes are not saved.</source>
        <translation>Votre bibliothèque est endommagée&#x202f;: les modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not restore the backup</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored the backup %1; the damaged library was set aside in %2.</source>
        <translation>Sauvegarde %1 restaurée&#x202f;; la bibliothèque endommagée a été mise de côté dans %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Li&amp;brary</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>c102desk — ILO Convention No. 102 gap assessments</source>
        <translation>c102desk — Analyses des écarts au regard de la convention (n° 102) de l&apos;OIT</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>c102desk</source>
        <translation>c102desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close Assessment</source>
        <translation>&amp;Fermer l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the library</source>
        <translation>Revenir à la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every assessment</source>
        <translation>Afficher toutes les évaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About c102desk</source>
        <translation>À &amp;propos de c102desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Log Folder</source>
        <translation>Afficher le dossier des &amp;journaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of c102desk&apos;s log files, to send them to your support team</source>
        <translation>Ouvrir le dossier des fichiers journaux de c102desk, pour les envoyer à votre équipe d&apos;assistance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the open assessment&apos;s PDF report, then save it, signed or not</source>
        <translation>Prévisualiser le rapport PDF de l&apos;évaluation ouverte, puis l&apos;enregistrer, signé ou non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify a report…</source>
        <translation>&amp;Vérifier un rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check who signed a report and that it is intact</source>
        <translation>Vérifier qui a signé un rapport et qu&apos;il est intact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive&amp;d reports…</source>
        <translation>Rapports reç&amp;us…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify and compare the signed reports received from many countries; export them for analysts</source>
        <translation>Vérifier et comparer les rapports signés reçus de nombreux pays&#x202f;; les exporter pour les analystes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a &amp;signature…</source>
        <translation>Ajouter une &amp;signature…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-sign a signed report, e.g. as the employers&apos; or the workers&apos; representative</source>
        <translation>Cosigner un rapport signé, par exemple en qualité de représentant des employeurs ou des travailleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every key of c102desk, by menu</source>
        <translation>Toutes les touches de c102desk, par menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library: %1</source>
        <translation>Bibliothèque&#x202f;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library folder</source>
        <translation>Dossier de la bibliothèque</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Opened %1 — %2</source>
        <translation>Ouverte&#x202f;: %1 — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — c102desk</source>
        <translation>%1 — c102desk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The assessment screens are not part of this version yet</source>
        <translation>Les écrans d&apos;évaluation ne font pas encore partie de cette version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your assessment is safe in the library. You can export it, or evaluate the exported file with “c102desk evaluate FILE”.</source>
        <translation>Votre évaluation est conservée en sécurité dans la bibliothèque. Vous pouvez l&apos;exporter, ou évaluer le fichier exporté avec « c102desk evaluate FICHIER ».</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../c102desk/ui/team/merge_dialog.py" line="+48"/>
        <source>Merge into the library</source>
        <translation>Fusionner dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merging the file %1 into “%2”.</source>
        <translation>Fusion du fichier %1 dans « %2 ».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the library (mine)</source>
        <translation>Dans la bibliothèque (la mienne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file (theirs)</source>
        <translation>Dans le fichier (la leur)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your choice</source>
        <translation>Votre choix</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keep all &amp;mine</source>
        <translation>Garder toutes les &amp;miennes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take all &amp;theirs</source>
        <translation>Prendre toutes les &amp;leurs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Answers changed only in the file, to be taken: %1.</source>
        <translation>Réponses modifiées seulement dans le fichier, qui seront reprises&#x202f;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files to be added: %1.</source>
        <translation>Pièces justificatives qui seront ajoutées&#x202f;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers changed both in the library and in the file: %1. Choose what to keep for each; nothing changes until you press Merge.</source>
        <translation>Réponses modifiées à la fois dans la bibliothèque et dans le fichier&#x202f;: %1. Choisissez ce qu&apos;il faut garder pour chacune&#x202f;; rien ne change avant que vous cliquiez sur Fusionner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds nothing the library does not have already.</source>
        <translation>Le fichier ne contient rien que la bibliothèque n&apos;ait déjà.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed on both sides: no conflict. Nothing changes until you press Merge.</source>
        <translation>Rien n&apos;a été modifié des deux côtés&#x202f;: aucun conflit. Rien ne change avant que vous cliquiez sur Fusionner.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What to keep for: %1</source>
        <translation>Ce qu&apos;il faut garder pour&#x202f;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine (library)</source>
        <translation>La mienne (bibliothèque)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (file)</source>
        <translation>La leur (fichier)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new value</source>
        <translation>Une nouvelle valeur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value for: %1</source>
        <translation>Nouvelle valeur pour&#x202f;: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Conflicts still to decide: %1.</source>
        <translation>Conflits encore à trancher&#x202f;: %1.</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <location filename="../c102desk/ui/team/merge_flow.py" line="+30"/>
        <source>Could not merge %1</source>
        <translation>Impossible de fusionner %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merged %1: %2 answers taken from the file, %3 conflicts decided.</source>
        <translation>%1 fusionné&#x202f;: %2 réponses reprises du fichier, %3 conflits tranchés.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge of %1 cancelled; nothing was changed.</source>
        <translation>Fusion de %1 annulée&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merging %1…</source>
        <translation>Fusion de %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <location filename="../c102desk/ui/report/page_viewer.py" line="+131"/>
        <source>Report pages</source>
        <translation>Pages du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom level</source>
        <translation>Niveau de zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom level (Ctrl++, Ctrl+-, Ctrl+0)</source>
        <translation>Niveau de zoom (Ctrl++, Ctrl+-, Ctrl+0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose “Preview” to see the report&apos;s pages here before saving it.</source>
        <translation>Choisissez « Aperçu » pour voir ici les pages du rapport avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Report page %1</source>
        <translation>Page %1 du rapport</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>No preview yet</source>
        <translation>Pas encore d&apos;aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PartNavigator</name>
    <message>
        <location filename="../c102desk/ui/assessment/navigator.py" line="+72"/>
        <source>Parts of the Convention</source>
        <translation>Parties de la convention</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shared data</source>
        <translation>Données communes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part {part} · {title}
{answered} / {relevant} answered · {verdict}</source>
        <translation>Partie {part} · {title}
{answered} / {relevant} réponses · {verdict}</translation>
    </message>
</context>
<context>
    <name>PartPage</name>
    <message>
        <location filename="../c102desk/ui/assessment/question_page.py" line="+614"/>
        <source>Part {part} — {title}</source>
        <translation>Partie {part} — {title}</translation>
    </message>
</context>
<context>
    <name>PartsChart</name>
    <message>
        <location filename="../c102desk/ui/inbox/chart_view.py" line="+84"/>
        <source>No intact report to count yet</source>
        <translation>Aucun rapport intact à compter pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>PictureTab</name>
    <message>
        <location line="+147"/>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts by verdict across countries</source>
        <translation>Les Parties selon la conclusion, d&apos;un pays à l&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The country&apos;s reports over time</source>
        <translation>Les rapports du pays au fil du temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country whose reports to show</source>
        <translation>Pays dont afficher les rapports</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2 reports)</source>
        <translation>%1 (%2 rapports)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Each Part, by the verdict of each country&apos;s latest intact report (countries counted: %1). Altered and unsigned reports are not counted.</source>
        <translation>Chaque Partie, selon la conclusion du dernier rapport intact de chaque pays (pays comptés&#x202f;: %1). Les rapports modifiés ou non signés ne sont pas comptés.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Oldest report first.</source>
        <translation>Le rapport le plus ancien d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../c102desk/ui/widgets/placeholder_page.py" line="+43"/>
        <location line="+1"/>
        <source>Back to the library</source>
        <translation>Revenir à la bibliothèque</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../c102desk/ui/widgets/prompts.py" line="+88"/>
        <source>c102desk assessment (*.c102.json);;JSON (*.json)</source>
        <translation>Évaluation c102desk (*.c102.json);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../c102desk/ui/team/compare_source.py" line="-3"/>
        <location filename="../c102desk/ui/widgets/prompts.py" line="+5"/>
        <source>Assessments and reports (*.c102.json *.json *.pdf);;c102desk assessment (*.c102.json);;c102desk report (*.pdf);;JSON (*.json)</source>
        <translation>Évaluations et rapports (*.c102.json *.json *.pdf);;Évaluation c102desk (*.c102.json);;Rapport c102desk (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../c102desk/ui/widgets/prompts.py" line="+49"/>
        <source>Assessment already in the library</source>
        <translation>Évaluation déjà présente dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 holds the assessment “%2”, which is already in your library.

Merge the file into it answer by answer (you decide where both were changed), keep both (the file is added as a new assessment), or replace the one in the library with the file&apos;s content?</source>
        <translation>Le fichier %1 contient l&apos;évaluation « %2 », qui figure déjà dans votre bibliothèque.

Fusionner le fichier avec elle réponse par réponse (vous tranchez là où les deux ont été modifiées), garder les deux (le fichier est ajouté comme nouvelle évaluation), ou remplacer celle de la bibliothèque par le contenu du fichier&#x202f;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both</source>
        <translation>Conserver les deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../c102desk/ui/assessment/question_page.py" line="-510"/>
        <source>Art {article} · {id}</source>
        <translation>Art. {article} · {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+136"/>
        <source>Validation message for: {label}</source>
        <translation>Message de validation pour&#x202f;: {label}</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Note, legal citation, evidence</source>
        <translation>Note, référence juridique, pièces justificatives</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Note, legal citation and evidence for: {label}</source>
        <translation>Note, référence juridique et pièces justificatives pour&#x202f;: {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+49"/>
        <source>Yes, it is right: explain in a note…</source>
        <translation>Oui, c&apos;est exact&#x202f;: l&apos;expliquer dans une note…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Checked: the note says why this figure is right.</source>
        <translation>Vérifié&#x202f;: la note dit pourquoi ce chiffre est exact.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>citation</source>
        <translation>référence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 file</source>
        <translation>1 fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 files</source>
        <translation>%1 fichiers</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Not saved:</source>
        <translation>Non enregistré&#x202f;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved, but please check:</source>
        <translation>Enregistré, mais à vérifier&#x202f;:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“{text}” is not a number (write it like {example}).</source>
        <translation>« {text} » n&apos;est pas un nombre (écrivez-le comme {example}).</translation>
    </message>
</context>
<context>
    <name>RevisionsTable</name>
    <message>
        <location filename="../c102desk/ui/inbox/chart_view.py" line="-125"/>
        <source>Ratification (Art 2)</source>
        <translation>Ratification (art. 2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../c102desk/ui/assessment/search_panel.py" line="+89"/>
        <source>F&amp;ind a question:</source>
        <translation>Rec&amp;hercher une question&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words, an article (Art 18) or an id</source>
        <translation>Des mots, un article (art. 18) ou un identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a question</source>
        <translation>Rechercher une question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions found</source>
        <translation>Questions trouvées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Article and id</source>
        <translation>Article et identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the search</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the search (Esc)</source>
        <translation>Fermer la recherche (Échap)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Part {part} · {section}</source>
        <translation>Partie {part} · {section}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art {article} · {id}</source>
        <translation>art. {article} · {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part {part} — {title}: {section}</source>
        <translation>Partie {part} — {title}&#x202f;: {section}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No question found</source>
        <translation>Aucune question trouvée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First %1 of %2</source>
        <translation>Les %1 premières sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found: %1</source>
        <translation>Trouvées&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../c102desk/ui/widgets/shortcuts_dialog.py" line="+25"/>
        <source>In the library</source>
        <translation>Dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an assessment</source>
        <translation>Choisir une évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Up, Down</source>
        <translation>Haut, Bas</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Open it (in the trash: restore it)</source>
        <translation>L&apos;ouvrir (dans la corbeille&#x202f;: la restaurer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+13"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Move it to the trash (asks first; Undo brings it back)</source>
        <translation>La mettre à la corbeille (après confirmation&#x202f;; Annuler la ramène)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Del</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the questions</source>
        <translation>Dans les questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the answer and go on to the next question</source>
        <translation>Enregistrer la réponse et passer à la question suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next or previous control</source>
        <translation>Contrôle suivant ou précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Yes, No or Unknown</source>
        <translation>Choisir Oui, Non ou Inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left, Right</source>
        <translation>Gauche, Droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an option in a list</source>
        <translation>Choisir une option dans une liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick or untick a box</source>
        <translation>Cocher ou décocher une case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a labelled field or button</source>
        <translation>Aller à un champ ou un bouton par son libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the search, the dashboard and the lists of dialogs</source>
        <translation>Dans la recherche, le tableau de conformité et les listes des boîtes de dialogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the chosen question</source>
        <translation>Aller à la question choisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the dialog</source>
        <translation>Fermer la boîte de dialogue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Every command of the menus with its keys, then the keys that work inside lists and questions. Keys of the open assessment are listed while it is open.</source>
        <translation>Chaque commande des menus avec ses touches, puis les touches qui agissent dans les listes et les questions. Les touches de l&apos;évaluation ouverte figurent tant qu&apos;elle est ouverte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SignatureCard</name>
    <message>
        <location filename="../c102desk/ui/report/verify_dialog.py" line="+115"/>
        <source>Signature %1 of %2</source>
        <translation>Signature %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — certifies the report</source>
        <translation>%1 — certifie le rapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>État&#x202f;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed by:</source>
        <translation>Signé par&#x202f;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role:</source>
        <translation>Fonction&#x202f;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing time:</source>
        <translation>Date de signature&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate &amp;fingerprint (SHA-256):</source>
        <translation>Em&amp;preinte du certificat (SHA-256)&#x202f;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate:</source>
        <translation>Certificat&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed after it:</source>
        <translation>Modifié après elle&#x202f;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid</source>
        <translation>valable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT valid</source>
        <translation>NON valable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not named</source>
        <translation>non nommé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (as stated by the signer)</source>
        <translation>%1 (déclarée par le signataire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>valid from %1 to %2</source>
        <translation>valable du %1 au %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co&amp;py</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the fingerprint of signature %1</source>
        <translation>Copier l&apos;empreinte de la signature %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing time</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate validity</source>
        <translation>Validité du certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed after it</source>
        <translation>Modifié après elle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate SHA-256 fingerprint of signature %1</source>
        <translation>Empreinte SHA-256 du certificat de la signature %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, as stated by the signer&apos;s computer</source>
        <translation>%1, selon l&apos;ordinateur du signataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2), as stated by the signer&apos;s computer</source>
        <translation>%1 (%2), selon l&apos;ordinateur du signataire</translation>
    </message>
</context>
<context>
    <name>SourceProblem</name>
    <message>
        <location filename="../c102desk/ui/widgets/source_problem.py" line="+118"/>
        <source>This signed report was changed after it was signed, or its signature is not genuine. What it contains cannot be trusted, so it was not compared.</source>
        <translation>Ce rapport signé a été modifié après sa signature, ou sa signature n’est pas authentique. Son contenu n’est pas fiable&#x202f;: il n’a donc pas été comparé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PDF is not a report made by c102desk: it holds no assessment to compare with.</source>
        <translation>Ce PDF n’est pas un rapport établi par c102desk&#x202f;: il ne contient aucune évaluation à comparer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be read as a PDF: it is damaged or incomplete, for example a download or a copy that was cut short.</source>
        <translation>Ce fichier ne peut pas être lu comme un PDF&#x202f;: il est endommagé ou incomplet, par exemple un téléchargement ou une copie interrompus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a c102desk assessment file.</source>
        <translation>Ce fichier n’est pas un fichier d’évaluation c102desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This assessment file is incomplete: it ends too early, as when a copy or a download is cut short or a disk is full.</source>
        <translation>Ce fichier d’évaluation est incomplet&#x202f;: il s’arrête trop tôt, comme lorsqu’une copie ou un téléchargement est interrompu ou qu’un disque est plein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file was saved by a newer version of c102desk, which this version cannot read.</source>
        <translation>Ce fichier a été enregistré par une version plus récente de c102desk, que cette version ne sait pas lire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This assessment file contains something c102desk cannot accept: it may have been edited by hand, or damaged.</source>
        <translation>Ce fichier d’évaluation contient des données que c102desk ne peut pas accepter&#x202f;: il a peut-être été modifié à la main, ou endommagé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file cannot be opened: it may have been moved or deleted, be on a drive that is no longer connected, or you may not be allowed to read it.</source>
        <translation>Ce fichier ne peut pas être ouvert&#x202f;: il a peut-être été déplacé ou supprimé, il se trouve peut-être sur un lecteur qui n’est plus connecté, ou vous n’avez pas le droit de le lire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is far larger than any assessment file or report c102desk writes, so it was not read.</source>
        <translation>Ce fichier est bien plus volumineux que tout fichier d’évaluation ou rapport écrit par c102desk&#x202f;: il n’a donc pas été lu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask the sender for the original signed report, or compare with the assessment file itself.</source>
        <translation>Demandez à l’expéditeur le rapport signé d’origine, ou comparez avec le fichier d’évaluation lui-même.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a report exported from c102desk, or the assessment file (.c102.json).</source>
        <translation>Choisissez un rapport exporté depuis c102desk, ou le fichier d’évaluation (.c102.json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the sender for the report again, or open it in a PDF reader to see whether it is complete.</source>
        <translation>Demandez de nouveau le rapport à l’expéditeur, ou ouvrez-le dans un lecteur PDF pour voir s’il est complet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an assessment file (.c102.json) or a report exported from c102desk.</source>
        <translation>Choisissez un fichier d’évaluation (.c102.json) ou un rapport exporté depuis c102desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the sender for the file again, or use a backup copy.</source>
        <translation>Demandez de nouveau le fichier à l’expéditeur, ou utilisez une copie de sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the latest version of c102desk (ask your IT service if you cannot), then try again.</source>
        <translation>Installez la dernière version de c102desk (demandez-la à votre service informatique si vous ne pouvez pas le faire), puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the sender to export it again from c102desk and send the new file.</source>
        <translation>Demandez à l’expéditeur de l’exporter de nouveau depuis c102desk et d’envoyer le nouveau fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the file in your file manager; if it is on a network or removable drive, copy it to this computer first, then try again.</source>
        <translation>Vérifiez le fichier dans votre gestionnaire de fichiers&#x202f;; s’il se trouve sur un lecteur réseau ou amovible, copiez-le d’abord sur cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that you chose the right file.</source>
        <translation>Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <location filename="../c102desk/ui/widgets/store_messages.py" line="+43"/>
        <source>Your library was not found</source>
        <translation>Votre bibliothèque est introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file of your library, %1, is empty, although backups of it exist. c102desk does not start an empty library in its place without asking you.</source>
        <translation>Le fichier de votre bibliothèque, %1, est vide, alors que des sauvegardes existent. c102desk ne le remplace pas par une bibliothèque vide sans vous le demander.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file of your library, %1, is missing, although backups of it exist. c102desk does not start an empty library in its place without asking you.</source>
        <translation>Le fichier de votre bibliothèque, %1, a disparu, alors que des sauvegardes existent. c102desk ne le remplace pas par une bibliothèque vide sans vous le demander.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Your library is damaged</source>
        <translation>Votre bibliothèque est endommagée</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>c102desk could not open your library because its file is damaged. Nothing was deleted: the damaged file was set aside in %1.</source>
        <translation>c102desk n&apos;a pas pu ouvrir votre bibliothèque, car son fichier est endommagé. Rien n&apos;a été supprimé&#x202f;: le fichier endommagé a été mis de côté dans %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A good backup is available: %1. Restore it to continue with your assessments as they were when it was taken.</source>
        <translation>Une sauvegarde intacte est disponible&#x202f;: %1. Restaurez-la pour reprendre vos évaluations dans l&apos;état où elles se trouvaient lors de la sauvegarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No good backup was found. You can start with an empty library.</source>
        <translation>Aucune sauvegarde intacte n&apos;a été trouvée. Vous pouvez commencer avec une bibliothèque vide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Start with an empty library</source>
        <translation>Commencer avec une bibliothèque vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The check of your library found that its file is damaged. To protect your assessments, c102desk saves nothing more in it; you can still read and export them.</source>
        <translation>La vérification de votre bibliothèque a montré que son fichier est endommagé. Pour protéger vos évaluations, c102desk n&apos;y enregistre plus rien&#x202f;; vous pouvez encore les consulter et les exporter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A good backup is available: %1. Restore it to continue with your assessments as they were when it was taken. The damaged file is set aside, not deleted.</source>
        <translation>Une sauvegarde intacte est disponible&#x202f;: %1. Restaurez-la pour continuer avec vos évaluations telles qu&apos;elles étaient à ce moment-là. Le fichier endommagé est mis de côté, pas supprimé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No good backup was found. Export your assessments, then ask for help.</source>
        <translation>Aucune sauvegarde intacte n&apos;a été trouvée. Exportez vos évaluations, puis demandez de l&apos;aide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep reading</source>
        <translation>Continuer en lecture seule</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your library is in use</source>
        <translation>Votre bibliothèque est en cours d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your library is read-only</source>
        <translation>Votre bibliothèque est en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your library can be read but not changed (%1). You can look at and export your assessments; changes will not be saved. To work in it, make its folder writable, or copy the data folder somewhere writable and start c102desk with --data-dir FOLDER.</source>
        <translation>Votre bibliothèque peut être lue mais pas modifiée (%1). Vous pouvez consulter et exporter vos évaluations&#x202f;; les modifications ne seront pas enregistrées. Pour y travailler, rendez son dossier accessible en écriture, ou copiez le dossier de données à un endroit accessible en écriture et démarrez c102desk avec --data-dir DOSSIER.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>c102desk cannot start</source>
        <translation>c102desk ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 is not a c102desk library, so c102desk left it untouched. Move it somewhere else, or start c102desk with another data folder (c102desk --data-dir FOLDER).</source>
        <translation>Le fichier %1 n&apos;est pas une bibliothèque c102desk&#x202f;; c102desk ne l&apos;a donc pas modifié. Déplacez-le ailleurs, ou démarrez c102desk avec un autre dossier de données (c102desk --data-dir DOSSIER).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your library could not be opened: %1</source>
        <translation>Votre bibliothèque n&apos;a pas pu être ouverte&#x202f;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your library is being used by another c102desk window or program. Nothing was changed. Close the other program and try again.</source>
        <translation>Votre bibliothèque est utilisée par une autre fenêtre de c102desk ou un autre programme. Rien n&apos;a été modifié. Fermez l&apos;autre programme et réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your library is read-only, so nothing can be saved in it (%1). Make its folder writable, or copy the data folder somewhere writable and start c102desk with --data-dir FOLDER.</source>
        <translation>Votre bibliothèque est en lecture seule&#x202f;: rien ne peut y être enregistré (%1). Rendez son dossier accessible en écriture, ou copiez le dossier de données à un endroit accessible en écriture et démarrez c102desk avec --data-dir DOSSIER.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full. Everything saved before is safe. Free some space on the disk, then make the change again.</source>
        <translation>Le disque est plein. Tout ce qui a été enregistré auparavant est en sécurité. Libérez de l&apos;espace sur le disque, puis refaites la modification.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>c102desk is not allowed to read your library (%1), so it left it untouched. Ask the computer&apos;s administrator to give your user account access to it.</source>
        <translation>c102desk n&apos;a pas le droit de lire votre bibliothèque (%1)&#x202f;; il n&apos;y a pas touché. Demandez à l&apos;administrateur de l&apos;ordinateur de donner accès à votre compte d&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk that holds your library reported an error, so nothing was changed. Check that the disk (or USB stick) is still connected, then try again.</source>
        <translation>Le disque qui contient votre bibliothèque a signalé une erreur&#x202f;: rien n&apos;a été modifié. Vérifiez que le disque (ou la clé USB) est toujours branché, puis réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your library is damaged, so nothing more is saved in it. Restore its newest good backup.</source>
        <translation>Votre bibliothèque est endommagée&#x202f;: plus rien n&apos;y est enregistré. Restaurez sa sauvegarde intacte la plus récente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>c102desk cannot make the folder %1 beside your library, because a file has that name. Move that file away, then try again.</source>
        <translation>c102desk ne peut pas créer le dossier %1 à côté de votre bibliothèque, car un fichier porte ce nom. Déplacez ce fichier ailleurs, puis réessayez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>c102desk cannot use the folder of your library (%1). Check that the folder exists and that you may write to it, or start c102desk with another data folder (c102desk --data-dir FOLDER).</source>
        <translation>c102desk ne peut pas utiliser le dossier de votre bibliothèque (%1). Vérifiez que le dossier existe et que vous pouvez y écrire, ou démarrez c102desk avec un autre dossier de données (c102desk --data-dir DOSSIER).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its folder is read-only</source>
        <translation>son dossier est en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your user account may not write there</source>
        <translation>votre compte d&apos;utilisateur n&apos;a pas le droit d&apos;y écrire</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../c102desk/ui/worker.py" line="+168"/>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <location filename="../c102desk/ui/team/team_server_dialog.py" line="+87"/>
        <location line="+28"/>
        <source>Team server</source>
        <translation>Serveur d&apos;équipe</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Send this laptop&apos;s changes to the team store and bring the others&apos; here, answer by answer.</source>
        <translation>Envoyer les modifications de cet ordinateur au serveur d&apos;équipe et recevoir celles des autres, réponse par réponse.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name (PostgreSQL role):</source>
        <translation>Nom d&apos;&amp;utilisateur (rôle PostgreSQL)&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#x202f;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept in the system keyring.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is not saved: you will be asked each time.</source>
        <translation>Le mot de passe n&apos;est pas enregistré&#x202f;: il vous sera demandé à chaque fois.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This laptop</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply and s&amp;ync</source>
        <translation>Appliquer et s&amp;ynchroniser</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Synced with the team server.</source>
        <translation>Synchronisé avec le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was synced.</source>
        <translation>Rien n&apos;a été synchronisé.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Could not sync with the team server</source>
        <translation>Impossible de synchroniser avec le serveur d&apos;équipe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Syncing with the team server…</source>
        <translation>Synchronisation avec le serveur d&apos;équipe…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Everything is already in sync; nothing was changed.</source>
        <translation>Tout est déjà synchronisé&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessments sent to the team server: %1. Received from it: %2.</source>
        <translation>Évaluations envoyées au serveur d&apos;équipe&#x202f;: %1. Reçues du serveur&#x202f;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers sent: %1. Answers received: %2.</source>
        <translation>Réponses envoyées&#x202f;: %1. Réponses reçues&#x202f;: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessments to sync again (they changed during this sync): %1.</source>
        <translation>Évaluations à synchroniser à nouveau (modifiées pendant cette synchronisation)&#x202f;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not synced: %1 (%2).</source>
        <translation>Non synchronisée&#x202f;: %1 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers changed differently here and on the team server: %1. They are left as they are on both sides: choose what to keep for each, then Apply and sync.</source>
        <translation>Réponses modifiées différemment ici et sur le serveur d&apos;équipe&#x202f;: %1. Elles restent telles quelles des deux côtés&#x202f;: choisissez ce qu&apos;il faut garder pour chacune, puis Appliquer et synchroniser.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to keep for: %1</source>
        <translation>Ce qu&apos;il faut garder pour&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../c102desk/ui/assessment/answer_widgets.py" line="+95"/>
        <source>e.g. Social Security Act 2004, s. 12(3)</source>
        <translation>p. ex. Loi de 2004 sur la sécurité sociale, art. 12, al. 3</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <location filename="../c102desk/ui/widgets/undo_notice.py" line="+45"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this (Ctrl+Z)</source>
        <translation>Annuler ceci (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo: %1</source>
        <translation>Annuler&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <location filename="../c102desk/ui/assessment/value_text.py" line="+28"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no answer)</source>
        <translation>(sans réponse)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none ticked)</source>
        <translation>(aucune case cochée)</translation>
    </message>
</context>
<context>
    <name>VerifyReportDialog</name>
    <message>
        <location filename="../c102desk/ui/report/verify_dialog.py" line="+92"/>
        <location line="+22"/>
        <source>Verify a report</source>
        <translation>Vérifier un rapport</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Choose a report…</source>
        <translation>&amp;Choisir un rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a report to verify</source>
        <translation>Choisir un rapport à vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Check who signed a c102desk report, in what role and when, and that nothing in it but signatures was changed after each signature.</source>
        <translation>Vérifier qui a signé un rapport c102desk, en quelle qualité et quand, et que rien d&apos;autre que des signatures n&apos;y a été modifié après chaque signature.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+101"/>
        <source>Verdict</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>File: %1</source>
        <translation>Fichier&#x202f;: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the signatures…</source>
        <translation>Vérification des signatures…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&lt;b&gt;Altered or invalid.&lt;/b&gt; This report was changed after it was signed, or a signature in it is not valid. Do not rely on its content; ask the signer for the original.</source>
        <translation>&lt;b&gt;Altéré ou non valable.&lt;/b&gt; Ce rapport a été modifié après sa signature, ou l&apos;une de ses signatures n&apos;est pas valable. Ne vous fiez pas à son contenu&#x202f;; demandez l&apos;original au signataire.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The report could not be checked</source>
        <translation>Le rapport n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>List of signatures</source>
        <translation>Liste des signatures</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&lt;b&gt;Intact.&lt;/b&gt; The report carries %1 signatures, all valid, and nothing but signatures was added after the first. Confirm each fingerprint below with its signer by another channel (telephone, letter) to be sure who signed.</source>
        <translation>&lt;b&gt;Intact.&lt;/b&gt; Le rapport porte %1 signatures, toutes valables, et rien d&apos;autre que des signatures n&apos;a été ajouté après la première. Confirmez chaque empreinte ci-dessous auprès de son signataire par un autre moyen (téléphone, courrier) pour être sûr de qui a signé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Intact.&lt;/b&gt; The report is signed and has not been changed since it was signed. Confirm the fingerprint below with the signer by another channel (telephone, letter) to be sure who signed it.</source>
        <translation>&lt;b&gt;Intact.&lt;/b&gt; Le rapport est signé et n&apos;a pas été modifié depuis sa signature. Confirmez l&apos;empreinte ci-dessous auprès du signataire par un autre moyen (téléphone, courrier) pour être sûr de qui l&apos;a signé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Not a signed c102desk report.&lt;/b&gt; The file carries no c102desk signature, so nothing can be said about who wrote it or whether it was changed.</source>
        <translation>&lt;b&gt;Pas un rapport c102desk signé.&lt;/b&gt; Le fichier ne porte aucune signature c102desk&#x202f;: on ne peut rien dire de son auteur ni s&apos;il a été modifié.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What was found: %1</source>
        <translation>Constats&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../c102desk/ui/library/welcome_page.py" line="+90"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Welcome to c102desk</source>
        <translation>Bienvenue dans c102desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure a country&apos;s social security law and practice against ILO Convention No. 102, Part by Part. Everything stays on this computer and every answer is saved at once.</source>
        <translation>Évaluez la législation et la pratique de sécurité sociale d&apos;un pays au regard de la convention (n° 102) de l&apos;OIT, Partie par Partie. Tout reste sur cet ordinateur et chaque réponse est enregistrée aussitôt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Create an assessment</source>
        <translation>Créer une évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an assessment file…</source>
        <translation>Importer un fichier d&apos;évaluation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an assessment file</source>
        <translation>Importer un fichier d&apos;évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or open an example to see how it works</source>
        <translation>Ou ouvrez un exemple pour voir comment procéder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the example %1</source>
        <translation>Ouvrir l&apos;exemple %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds a copy of this fictional example to your library</source>
        <translation>Ajoute une copie de cet exemple fictif à votre bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(No examples are installed.)</source>
        <translation>(Aucun exemple n&apos;est installé.)</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <location filename="../c102desk/ui/assessment/answer_widgets.py" line="-201"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>_DetailsPanel</name>
    <message>
        <location filename="../c102desk/ui/assessment/question_page.py" line="+106"/>
        <source>Note on: {label}</source>
        <translation>Note sur&#x202f;: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources, reasons, what to check — as many lines as needed</source>
        <translation>Sources, raisons, points à vérifier — autant de lignes que nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National legal citation for: {label}</source>
        <translation>Référence juridique nationale pour&#x202f;: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Social Security Act 2004, s. 12(3)</source>
        <translation>p. ex. Loi de 2004 sur la sécurité sociale, art. 12, al. 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files for: {label}</source>
        <translation>Pièces justificatives de&#x202f;: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption of the selected evidence file</source>
        <translation>Légende de la pièce justificative choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the document is, e.g. the Act as published</source>
        <translation>Ce qu&apos;est le document, p. ex. la loi telle que publiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected evidence file</source>
        <translation>Ouvrir la pièce justificative choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected evidence file from this answer</source>
        <translation>Retirer de cette réponse la pièce justificative choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlinks the file from this answer (Undo brings it back)</source>
        <translation>Détache le fichier de cette réponse (Annuler le rattache)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add evidence file…</source>
        <translation>Ajouter une pièce justificative…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add evidence file for: {label}</source>
        <translation>Ajouter une pièce justificative pour&#x202f;: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal citation</source>
        <translation>Référence juridique</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not answered yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown assessor</source>
        <translation>évaluateur inconnu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{when} · {who}: {old} → {new}</source>
        <translation>{when} · {who}&#x202f;: {old} → {new}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… and %1 earlier change(s)</source>
        <translation>… et %1 modification(s) antérieure(s)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Note on “{label}”</source>
        <translation>Note sur « {label} »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Legal citation of “{label}”</source>
        <translation>Référence juridique de « {label} »</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of the answer to: {label}</source>
        <translation>Historique de la réponse à&#x202f;: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No evidence files yet.</source>
        <translation>Aucune pièce justificative pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} — SHA-256 {digest}…</source>
        <translation>{name} — SHA-256 {digest}…</translation>
    </message>
</context>
</TS>
