<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../c102desk/ui/about_dialog.py" line="+116"/>
        <source>About c102desk</source>
        <translation>Acerca de c102desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap assessments of national social security law and practice against ILO Convention No. 102 (Social Security (Minimum Standards), 1952). Works fully offline. Released under the %1 licence.</source>
        <translation>Evaluación de brechas entre la legislación y la práctica nacionales de seguridad social y el Convenio sobre la seguridad social (norma mínima), 1952 (núm. 102) de la OIT. Funciona completamente sin conexión. Publicado bajo la licencia %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your library: %1</source>
        <translation>Su biblioteca: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log files: %1</source>
        <translation>Archivos de registro: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>c102desk is built with this software, each under its own licence (select one to read it):</source>
        <translation>c102desk está construido con estos programas, cada uno bajo su propia licencia (seleccione uno para leerla):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party software</source>
        <translation>Software de terceros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Licence: %1. Its full text is installed with the package.</source>
        <translation>Licencia: %1. Su texto completo se instala con el paquete.</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <location filename="../c102desk/ui/assessment/answer_widgets.py" line="+32"/>
        <source>persons</source>
        <translation>personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(year)</source>
        <translation>(año)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week</source>
        <translation>por semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per year</source>
        <translation>por año</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(currency: see Part I)</source>
        <translation>(moneda: véase la Parte I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(period: see Part I)</source>
        <translation>(período: véase la Parte I)</translation>
    </message>
</context>
<context>
    <name>AssessmentSession</name>
    <message>
        <location filename="../c102desk/ui/assessment/session.py" line="+239"/>
        <source>Add “{file}”</source>
        <translation>Añadir «{file}»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove “{file}”</source>
        <translation>Quitar «{file}»</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Change “{label}”</source>
        <translation>Cambio de «{label}»</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <location filename="../c102desk/ui/library/table_model.py" line="+142"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last change</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(no country)</source>
        <translation>(país no indicado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · revision %2</source>
        <translation>%1 · revisión %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Definitiva</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %: %2 of %3 relevant questions answered</source>
        <translation>%1 %: %2 de %3 preguntas pertinentes respondidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Final: read-only. Start a new revision to change it.</source>
        <translation>Definitiva: solo lectura. Abra una nueva revisión para modificarla.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../c102desk/ui/assessment/view.py" line="+179"/>
        <source>Questions and dashboard</source>
        <translation>Preguntas y panel de conformidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance &amp;dashboard</source>
        <translation>Panel de &amp;conformidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>F&amp;ind a Question…</source>
        <translation>&amp;Buscar una pregunta…</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Find a question by its words, its article (Art 18) or its id</source>
        <translation>Buscar una pregunta por sus palabras, su artículo (art. 18) o su identificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt Part</source>
        <translation>Parte si&amp;guiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next Part</source>
        <translation>Ir a la Parte siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Part</source>
        <translation>Parte &amp;anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous Part</source>
        <translation>Ir a la Parte anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next question that is still to be answered</source>
        <translation>Ir a la próxima pregunta aún sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard</source>
        <translation>Panel de &amp;conformidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch between the questions and the compliance dashboard</source>
        <translation>Pasar de las preguntas al panel de conformidad, y viceversa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Mark as fi&amp;nal…</source>
        <translation>Marcar como de&amp;finitiva…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Check what is missing, then make this assessment read-only</source>
        <translation>Ver lo que falta y luego hacer que esta evaluación no pueda modificarse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the PDF report, then save it, signed or not</source>
        <translation>Previsualizar el informe PDF y luego guardarlo, firmado o no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Next Part</source>
        <translation>Parte siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Part</source>
        <translation>Parte anterior</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Next &amp;unanswered</source>
        <translation>&amp;Siguiente sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Panel de conformidad</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+33"/>
        <source>Export &amp;report…</source>
        <translation>Exportar el &amp;informe…</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+33"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+260"/>
        <source>This question is not asked with the current answers.</source>
        <translation>Esta pregunta no se formula con las respuestas actuales.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Every question asked is answered.</source>
        <translation>Todas las preguntas formuladas tienen respuesta.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>✓ All changes saved · {time}</source>
        <translation>✓ Cambios guardados · {time}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Add evidence file</source>
        <translation>Añadir una prueba documental</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any file (*)</source>
        <translation>Cualquier archivo (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file “{name}” is no longer at {path}.</source>
        <translation>El archivo «{name}» ya no está en {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No program on this computer opens “{name}”.</source>
        <translation>Ningún programa de este ordenador abre «{name}».</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Not saved: %n field(s) hold a value that was refused</source>
        <translation>
            <numerusform>No guardado: %n campo contiene un valor rechazado</numerusform>
            <numerusform>No guardado: %n campos contienen un valor rechazado</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the value, or clear the field. Saved until then: everything else ({time})</source>
        <translation>Corrija el valor o vacíe el campo. Guardado hasta entonces: todo lo demás ({time})</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Leave without these values?</source>
        <translation>¿Salir sin estos valores?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These fields hold a value that was refused and is not saved:
{names}

Leave anyway (the saved answers stay as they are), or go back and correct them?</source>
        <translation>Estos campos contienen un valor rechazado, que no está guardado:
{names}

¿Salir de todos modos (las respuestas guardadas quedan como están) o volver para corregirlos?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave without them</source>
        <translation>Salir sin ellos</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Untitled assessment</source>
        <translation>Evaluación sin título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Definitiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILO Convention No. 102 gap assessment · Revision {revision} · {state}</source>
        <translation>Análisis de brechas respecto del Convenio núm. 102 de la OIT · Revisión {revision} · {state}</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../c102desk/ui/assessment/answer_widgets.py" line="+164"/>
        <location line="+17"/>
        <source>— not answered —</source>
        <translation>— sin respuesta —</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../c102desk/ui/team/compare_dialog.py" line="+40"/>
        <source>Compare assessments</source>
        <translation>Comparar evaluaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From “%1” to “%2”.</source>
        <translation>De «%1» a «%2».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What differs</source>
        <translation>Lo que difiere</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save as Text…</source>
        <translation>&amp;Guardar como texto…</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Save the Comparison as Text</source>
        <translation>Guardar la comparación como texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save the comparison</source>
        <translation>No se pudo guardar la comparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comparison could not be written to %1: %2</source>
        <translation>No se pudo escribir la comparación en %1: %2</translation>
    </message>
</context>
<context>
    <name>CompareFlow</name>
    <message>
        <location filename="../c102desk/ui/team/compare_flow.py" line="+67"/>
        <source>Compare with an unsigned report?</source>
        <translation>¿Comparar con un informe sin firmar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 carries no signature: nothing shows who made it or that it was not changed since. Compare with its assessment anyway?</source>
        <translation>%1 no lleva ninguna firma: nada muestra quién lo elaboró ni que no se haya modificado desde entonces. ¿Comparar de todos modos con su evaluación?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not compare with %1</source>
        <translation>No se pudo comparar con %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comparing with %1…</source>
        <translation>Comparando con %1…</translation>
    </message>
</context>
<context>
    <name>CompareSource</name>
    <message>
        <location filename="../c102desk/ui/team/compare_source.py" line="+38"/>
        <source>%1 (revision %2)</source>
        <translation>%1 (revisión %2)</translation>
    </message>
</context>
<context>
    <name>CompareSourceDialog</name>
    <message>
        <location line="+10"/>
        <source>Compare With</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare “%1” with:</source>
        <translation>Comparar «%1» con:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessments of the library</source>
        <translation>Evaluaciones de la biblioteca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier revision: %1</source>
        <translation>Revisión anterior: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;File or Signed Report…</source>
        <translation>Un &amp;archivo o un informe firmado…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Compare with a File</source>
        <translation>Comparar con un archivo</translation>
    </message>
</context>
<context>
    <name>CosignDialog</name>
    <message>
        <location filename="../c102desk/ui/report/cosign_dialog.py" line="+107"/>
        <source>Add a signature</source>
        <translation>Añadir una firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your signature to a report its author has signed — as the employers&apos; or the workers&apos; representative in the tripartite dialogue, for instance. Only an intact report can be signed; the signatures already in it stay valid.</source>
        <translation>Añada su firma a un informe que su autor ha firmado — por ejemplo, como representante de los empleadores o de los trabajadores en el diálogo tripartito. Solo se puede firmar un informe íntegro; las firmas que ya lleva siguen siendo válidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hoose a report…</source>
        <translation>&amp;Elegir un informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Choose the report to sign</source>
        <translation>Elegir el informe que se va a firmar</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Your signature</source>
        <translation>Su firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>En calida&amp;d de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role you sign in</source>
        <translation>La calidad en que firma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employers&apos; representative</source>
        <translation>Representante de los empleadores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workers&apos; representative</source>
        <translation>Representante de los trabajadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government representative</source>
        <translation>Representante del gobierno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Workers&apos; representative</source>
        <translation>p. ej. Representante de los trabajadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign and save…</source>
        <translation>Firmar y &amp;guardar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the report and save it</source>
        <translation>Firmar el informe y guardarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing status</source>
        <translation>Estado de la firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures already in the report</source>
        <translation>Firmas que ya lleva el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate SHA-256 fingerprint</source>
        <translation>Huella SHA-256 del certificado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No report chosen yet.</source>
        <translation>Aún no se ha elegido ningún informe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report: %1</source>
        <translation>Informe: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed so far:</source>
        <translation>Firmado hasta ahora por:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not named</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, as %2</source>
        <translation>%1, en calidad de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (certifies the report)</source>
        <translation>%1 (certifica el informe)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+69"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+2"/>
        <source>Checking the signatures…</source>
        <translation>Comprobando las firmas…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report is intact and every signature in it is valid. Choose your role and signing identity, then sign.</source>
        <translation>El informe está íntegro y cada una de sus firmas es válida. Elija su calidad y su identidad de firma, y luego firme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This report is not intact, so it cannot be signed. Ask the sender for the original signed file.</source>
        <translation>Este informe no está íntegro, por lo que no se puede firmar. Pida al remitente el archivo firmado original.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file is not a signed c102desk report, so it cannot be co-signed: %1</source>
        <translation>Este archivo no es un informe de c102desk firmado, por lo que no se puede cofirmar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report could not be checked</source>
        <translation>No se pudo verificar el informe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the role you sign in, e.g. “Workers&apos; representative”.</source>
        <translation>Indique en calidad de qué firma, por ejemplo «Representante de los trabajadores».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the signed report</source>
        <translation>Guardar el informe firmado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing the report…</source>
        <translation>Firmando el informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed and saved: %1
The report now carries %2 signatures, all valid. Your certificate&apos;s SHA-256 fingerprint (give it to the receiver by another channel):</source>
        <translation>Firmado y guardado: %1
El informe lleva ahora %2 firmas, todas válidas. Huella SHA-256 de su certificado (comuníquela al destinatario por otro medio):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report was not signed</source>
        <translation>El informe no se firmó</translation>
    </message>
</context>
<context>
    <name>CreateAssessmentDialog</name>
    <message>
        <location filename="../c102desk/ui/library/create_dialog.py" line="+27"/>
        <location line="+1"/>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a gap assessment of one country&apos;s law and practice against Convention No. 102. You can change these details later.</source>
        <translation>Inicie un análisis de brechas entre la legislación y la práctica de un país y el Convenio núm. 102. Podrá modificar estos datos más adelante.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Northland</source>
        <translation>p. ej., Nortelandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Gap assessment 2026</source>
        <translation>p. ej., Análisis de brechas 2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessor</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New assessor…</source>
        <translation>Nuevo evaluador…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessor&apos;s name</source>
        <translation>Nombre del evaluador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Ministry of Labour</source>
        <translation>p. ej., Ministerio de Trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor&apos;s organisation</source>
        <translation>Organización del evaluador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Legal adviser</source>
        <translation>p. ej., Asesor jurídico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor&apos;s role</source>
        <translation>Cargo del evaluador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New assessor</source>
        <translation>Nuevo evaluador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>C&amp;argo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessor:</source>
        <translation>&amp;Evaluador:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Create assessment</source>
        <translation>Crear la evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <location filename="../c102desk/ui/report/identity_dialog.py" line="+85"/>
        <source>Create a signing identity</source>
        <translation>Crear una identidad de firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key and a certificate naming you are made and kept in the data folder, protected by a passphrase. The certificate&apos;s fingerprint is printed in every report you sign, so the receiver can confirm it with you by another channel.</source>
        <translation>Se crean una clave y un certificado a su nombre, que se guardan en la carpeta de datos protegidos por una frase de contraseña. La huella del certificado se imprime en cada informe que usted firma, para que el destinatario pueda confirmarla con usted por otro medio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Country (ISO code, e.g. SN):</source>
        <translation>&amp;País (código ISO, p. ej. SN):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase &amp;again:</source>
        <translation>Frase de contraseña, otra &amp;vez:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country code</source>
        <translation>Código del país</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase again</source>
        <translation>Frase de contraseña, otra vez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Legal adviser</source>
        <translation>p. ej. Asesor jurídico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least %1 characters</source>
        <translation>al menos %1 caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the signing identity</source>
        <translation>Crear la identidad de firma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the signer&apos;s name.</source>
        <translation>Indique el nombre del firmante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The country is a two-letter code, e.g. SN, FR or PE.</source>
        <translation>El país es un código de dos letras, p. ej. SN, FR o PE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../c102desk/ui/assessment/dashboard.py" line="+180"/>
        <source>Verdict of each Part</source>
        <translation>Evaluación de cada Parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art 3</source>
        <translation>Art. 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements behind the verdict</source>
        <translation>Requisitos en que se basa la evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requirement&apos;s reference, as in the evaluation file (JSON)</source>
        <translation>La referencia del requisito, tal como figura en el archivo de la evaluación (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to go to the question that decides it</source>
        <translation>Haga doble clic o pulse Intro para ir a la pregunta determinante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a requirement, or select it and press Enter, to open the question that decides it.</source>
        <translation>Haga doble clic en un requisito, o selecciónelo y pulse Intro, para abrir la pregunta determinante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What-if: evaluate as if an Article 3 declaration were made</source>
        <translation>Simulación: evaluar como si se hubiera hecho la declaración prevista en el artículo 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What-if view: the verdicts assume the declaration; nothing is saved.</source>
        <translation>Simulación: las evaluaciones suponen la declaración; no se guarda nada.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>What if no Article 3 declaration were made?</source>
        <translation>¿Y sin la declaración prevista en el artículo 3?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What if an Article 3 declaration were made?</source>
        <translation>¿Y con la declaración prevista en el artículo 3?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{answer} — Parts {parts} could be accepted</source>
        <translation>{answer} — Partes que podrían aceptarse: {parts}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts that could be accepted now: {parts}</source>
        <translation>Partes que podrían aceptarse ahora: {parts}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocking: {reason}</source>
        <translation>Obstáculo: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An Article 3 declaration is needed for this answer.</source>
        <translation>Se requiere la declaración prevista en el artículo 3 para esta respuesta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing blocks ratification.</source>
        <translation>Nada impide la ratificación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{requirement}: {explanation}</source>
        <translation>{requirement}: {explanation}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+64"/>
        <source>To close the gap: {action}</source>
        <translation>Para cerrar la brecha: {action}</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Part {part} — {title}</source>
        <translation>Parte {part} — {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratification (Arts 2–6)</source>
        <translation>Ratificación (arts. 2 a 6)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(for information) {text}</source>
        <translation>(a título informativo) {text}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../c102desk/ui/qt_logging.py" line="+69"/>
        <source>Something went wrong that c102desk did not expect. Your saved work is not affected.</source>
        <translation>Se produjo un problema imprevisto en c102desk. Su trabajo guardado no se ve afectado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The details are in the log file %1. If it happens again, send that file to your support team.</source>
        <translation>Los detalles están en el archivo de registro %1. Si vuelve a ocurrir, envíe ese archivo a su equipo de soporte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it happens again, tell your support team what you were doing.</source>
        <translation>Si vuelve a ocurrir, explique a su equipo de soporte lo que estaba haciendo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Log Folder</source>
        <translation>Abrir la carpeta de registros</translation>
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
        <translation>Exportar el informe — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gap-assessment report of “%1”, with the assessment file attached. Preview it, then save it, signed or not.</source>
        <translation>El informe de análisis de brechas de «%1», con el archivo de la evaluación adjunto. Obtenga una vista previa y luego guárdelo, firmado o no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report &amp;language:</source>
        <translation>Idioma del in&amp;forme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report&apos;s language, whatever the interface&apos;s</source>
        <translation>El idioma del informe, independiente del de la interfaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gn the report</source>
        <translation>Fir&amp;mar el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the report</source>
        <translation>Firmar el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role shown:</source>
        <translation>Ca&amp;rgo indicado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role shown in the signature block</source>
        <translation>Cargo indicado en el bloque de firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as in the certificate</source>
        <translation>como en el certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the unsigned report</source>
        <translation>Vista previa del informe sin firmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build the report and show its pages (Ctrl+P)</source>
        <translation>Generar el informe y mostrar sus páginas (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate SHA-256 fingerprint</source>
        <translation>Huella SHA-256 del certificado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign and save…</source>
        <translation>Firmar y &amp;guardar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign and save the report</source>
        <translation>Firmar y guardar el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report unsigned</source>
        <translation>Guardar el informe sin firmar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Building the report in %1…</source>
        <translation>Generando el informe en %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>Building the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Preview: %1 pages, exactly as they will be signed by %2. Check them, then sign and save.</source>
        <translation>Vista previa: %1 páginas, tal como las firmará %2. Revíselas y luego firme y guarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview: %1 pages, without the signature block: type the passphrase and preview again to see them exactly as they will be signed.</source>
        <translation>Vista previa: %1 páginas, sin el bloque de firma: escriba la frase de contraseña y vuelva a previsualizar para verlas tal como se firmarán.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview: %1 pages, not signed. Check them, then save.</source>
        <translation>Vista previa: %1 páginas, sin firmar. Revíselas y luego guarde.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The passphrase does not open the signing identity; type it again to preview the signed report.</source>
        <translation>La frase de contraseña no abre la identidad de firma; escríbala de nuevo para previsualizar el informe firmado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report could not be built</source>
        <translation>No se pudo generar el informe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the signed report</source>
        <translation>Guardar el informe firmado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signing the report shown…</source>
        <translation>Firmando el informe mostrado…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving the report shown…</source>
        <translation>Guardando el informe mostrado…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Building and signing the report…</source>
        <translation>Generando y firmando el informe…</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed and saved: %1
Certificate SHA-256 fingerprint (give it to the receiver by another channel):</source>
        <translation>Firmado y guardado: %1
Huella SHA-256 del certificado (comuníquela al destinatario por otro medio):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved (not signed): %1</source>
        <translation>Guardado (sin firmar): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was not saved</source>
        <translation>El informe no se guardó</translation>
    </message>
</context>
<context>
    <name>FinalBanner</name>
    <message>
        <location filename="../c102desk/ui/assessment/finish.py" line="+304"/>
        <source>&amp;Reopen as a new revision</source>
        <translation>&amp;Reabrir como nueva revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen as a new revision</source>
        <translation>Reabrir como nueva revisión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Final — revision {revision}.&lt;/b&gt; This assessment is read-only. To change it, reopen it as a new revision; this one stays as it is.</source>
        <translation>&lt;b&gt;Definitiva — revisión {revision}.&lt;/b&gt; Esta evaluación es de solo lectura. Para modificarla, reábrala como nueva revisión; esta se conserva tal como está.</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <location line="-163"/>
        <source>Mark the assessment as final</source>
        <translation>Marcar la evaluación como definitiva</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every relevant question is answered and nothing is flagged. A final assessment can no longer be changed; it can be reopened as a new revision.</source>
        <translation>Todas las preguntas pertinentes tienen respuesta y no hay nada señalado. Una evaluación definitiva ya no puede modificarse; puede reabrirse como nueva revisión.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Art {article}</source>
        <translation>art. {article}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{context} · saved: {value}</source>
        <translation>{context} · guardado: {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{requirement} lacks information: {text}</source>
        <translation>{requirement} carece de información: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not answered: {label}</source>
        <translation>Sin respuesta: {label}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>To check: {message}</source>
        <translation>Por verificar: {message}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Before you mark this assessment as final, note what is still missing: {insufficient} requirement(s) lacking information, {unanswered} relevant question(s) not answered and {checks} answer(s) to check. A final assessment can no longer be changed; it can be reopened as a new revision.</source>
        <translation>Antes de marcar esta evaluación como definitiva, vea lo que aún falta: {insufficient} requisito(s) sin información suficiente, {unanswered} pregunta(s) pertinente(s) sin respuesta y {checks} respuesta(s) por verificar. Una evaluación definitiva ya no puede modificarse; puede reabrirse como nueva revisión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What is missing or flagged, by Part and section</source>
        <translation>Lo que falta o está señalado, por Parte y sección</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Double-click an item, or select it and press Enter, to go to its question.</source>
        <translation>Haga doble clic en un elemento, o selecciónelo y pulse Intro, para ir a su pregunta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark as final</source>
        <translation>Marcar como definitiva</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Part {part} — {title}</source>
        <translation>Parte {part} — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part {part}</source>
        <translation>Parte {part}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{title} · {count} to see</source>
        <translation>{title} · {count} por ver</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../c102desk/ui/assessment/help_panel.py" line="+49"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HELP</source>
        <translation>AYUDA</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ILO Convention No. 102, Article {article}</source>
        <translation>Convenio núm. 102 de la OIT, artículo {article}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interpretation made by c102desk</source>
        <translation>Interpretación adoptada por c102desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unverified fact</source>
        <translation>Hecho no verificado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Part {part} — {title}</source>
        <translation>Parte {part} — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILO Convention No. 102, Articles {articles}</source>
        <translation>Convenio núm. 102 de la OIT, artículos {articles}</translation>
    </message>
</context>
<context>
    <name>IdentityPicker</name>
    <message>
        <location filename="../c102desk/ui/report/identity_picker.py" line="+87"/>
        <source>&amp;Create…</source>
        <translation>&amp;Crear…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a signing identity</source>
        <translation>Crear una identidad de firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a PKCS#12 signing identity</source>
        <translation>Importar una identidad de firma PKCS#12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+85"/>
        <source>Sign with another PKCS#12 file</source>
        <translation>Firmar con otro archivo PKCS#12</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>P&amp;assphrase:</source>
        <translation>Frase de contra&amp;seña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the signing identity</source>
        <translation>Frase de contraseña de la identidad de firma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing identity: %1
SHA-256 %2</source>
        <translation>Identidad de firma: %1
SHA-256 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing identity: the one in the data folder (%1).</source>
        <translation>Identidad de firma: la de la carpeta de datos (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing identity: %1</source>
        <translation>Identidad de firma: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No signing identity yet: create one, or import the PKCS#12 file your ministry issued.</source>
        <translation>Aún no hay identidad de firma: cree una o importe el archivo PKCS#12 que emitió su ministerio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already a signing identity in the data folder</source>
        <translation>Ya hay una identidad de firma en la carpeta de datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no signing identity yet: create or import one first.</source>
        <translation>Aún no hay identidad de firma: primero cree o importe una.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the passphrase of the signing identity.</source>
        <translation>Escriba la frase de contraseña de la identidad de firma.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase does not open the signing identity. Nothing was written; type it again.</source>
        <translation>La frase de contraseña no abre la identidad de firma. No se escribió nada; escríbala de nuevo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>Creating the signing identity…</source>
        <translation>Creando la identidad de firma…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Import a signing identity</source>
        <translation>Importar una identidad de firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of %1:</source>
        <translation>Frase de contraseña de %1:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Importing the signing identity…</source>
        <translation>Importando la identidad de firma…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PKCS#12 signing identity (*.p12 *.pfx)</source>
        <translation>Identidad de firma PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signing identity is ready. Type its passphrase to sign.</source>
        <translation>La identidad de firma está lista. Escriba su frase de contraseña para firmar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That passphrase does not open the PKCS#12 file; nothing was imported.</source>
        <translation>Esa frase de contraseña no abre el archivo PKCS#12; no se importó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing identity was not made</source>
        <translation>No se creó la identidad de firma</translation>
    </message>
</context>
<context>
    <name>InboxTableModel</name>
    <message>
        <location filename="../c102desk/ui/inbox/table_model.py" line="+125"/>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratification (Art 2)</source>
        <translation>Ratificación (art. 2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What stops ratification</source>
        <translation>Lo que impide la ratificación</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>(no country)</source>
        <translation>(país no indicado)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Region unknown</source>
        <translation>Región desconocida</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>rev. %1</source>
        <translation>revisión %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (Parts %2)</source>
        <translation>%1 (Partes %2)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>not shown</source>
        <translation>no se muestra</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: not shown, the file is altered</source>
        <translation>%1: no se muestra, el archivo fue alterado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2, signed %3
Certificate SHA-256: %4</source>
        <translation>%1 — %2, firmado el %3
Certificado SHA-256: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no role stated</source>
        <translation>ninguna calidad indicada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — region: %2
File: %3</source>
        <translation>%1 — región: %2
Archivo: %3</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <location filename="../c102desk/ui/inbox/window.py" line="+292"/>
        <source>Received reports — c102desk</source>
        <translation>Informes recibidos — c102desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Received reports</source>
        <translation>Informes recibidos</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Choose &amp;folder…</source>
        <translation>Elegir la &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder where the signed reports you received are</source>
        <translation>Elija la carpeta donde están los informes firmados que recibió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify again</source>
        <translation>&amp;Verificar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every file of the folder again</source>
        <translation>Comprobar de nuevo cada archivo de la carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include &amp;subfolders</source>
        <translation>Incluir las &amp;subcarpetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fin&amp;d:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country or file</source>
        <translation>País o archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports</source>
        <translation>In&amp;formes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-country c&amp;hart</source>
        <translation>Gr&amp;áfico entre países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open report</source>
        <translation>&amp;Abrir el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected report in your PDF viewer (Return)</source>
        <translation>Abrir el informe elegido en su lector de PDF (Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import assessment</source>
        <translation>&amp;Importar la evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set regio&amp;n…</source>
        <translation>Definir la regi&amp;ón…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected report&apos;s country in a region of your choice</source>
        <translation>Situar el país del informe elegido en la región que usted elija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport for analysts…</source>
        <translation>E&amp;xportar para analistas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The intact reports shown, one row per requirement, with their answers (XLSX or CSV)</source>
        <translation>Los informes íntegros mostrados, una fila por requisito, con sus respuestas (XLSX o CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary &amp;PDF…</source>
        <translation>Resumen &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cross-country summary of the reports shown, as a PDF</source>
        <translation>El resumen entre países de los informes mostrados, en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show reports of this status</source>
        <translation>Mostrar los informes de este estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show reports of this region</source>
        <translation>Mostrar los informes de esta región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification progress</source>
        <translation>Avance de la verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected report</source>
        <translation>Detalles del informe elegido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parts: %1. An altered report&apos;s verdicts are not shown.</source>
        <translation>Partes: %1. Las conclusiones de un informe alterado no se muestran.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region unknown</source>
        <translation>Región desconocida</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Imported into the library.</source>
        <translation>Importada en la biblioteca.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder of received reports</source>
        <translation>Carpeta de los informes recibidos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your regions cannot be read</source>
        <translation>Sus regiones no se pueden leer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Listing the folder…</source>
        <translation>Leyendo la carpeta…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Verified %1 of %2</source>
        <translation>%1 de %2 verificados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder cannot be read</source>
        <translation>La carpeta no se puede leer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopped after %1 of %2 files.</source>
        <translation>Detenido tras %1 de %2 archivos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 files verified in %2 s.</source>
        <translation>%1 archivos verificados en %2 s.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the folder where you keep the signed reports you received; every file in it is checked.</source>
        <translation>Elija la carpeta donde guarda los informes firmados recibidos; se comprueba cada uno de sus archivos.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 files: %2</source>
        <translation>%1 archivos: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shown of %2</source>
        <translation>%1 mostrados de %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (region: %2): %3</source>
        <translation>%1 (región: %2): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no time stated</source>
        <translation>ninguna hora indicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT valid</source>
        <translation>NO válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature %1 (%2): %3%4, %5 — certificate SHA-256 %6</source>
        <translation>Firma %1 (%2): %3%4, %5 — certificado SHA-256 %6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, as %1</source>
        <translation>, en calidad de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What stops ratification: %1</source>
        <translation>Lo que impide la ratificación: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An altered report is never imported: ask its sender for it again</source>
        <translation>Un informe alterado nunca se importa: pídalo de nuevo a su remitente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This report carries no signature: you will be asked to confirm</source>
        <translation>Este informe no lleva ninguna firma: se le pedirá confirmación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the selected report&apos;s assessment into your library</source>
        <translation>Incorporar la evaluación del informe elegido a su biblioteca</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(the region of the country&apos;s list)</source>
        <translation>(la región de la lista de países)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set region</source>
        <translation>Definir la región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region of %1 (choose one, or type a group of your own):</source>
        <translation>Región de %1 (elija una o escriba un grupo propio):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The region cannot be saved</source>
        <translation>La región no se puede guardar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No intact report is shown: only intact reports go into an export.</source>
        <translation>No se muestra ningún informe íntegro: solo se exportan los informes íntegros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export for analysts</source>
        <translation>Exportar para analistas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV files (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported %1 intact reports to %2.</source>
        <translation>%1 informes íntegros exportados a %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out, changed since they were verified: %1.</source>
        <translation>Excluidos, por haber cambiado desde su verificación: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary PDF</source>
        <translation>Resumen PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Summary written to %1.</source>
        <translation>Resumen escrito en %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write the summary</source>
        <translation>No se pudo escribir el resumen</translation>
    </message>
</context>
<context>
    <name>InstanceMessages</name>
    <message>
        <location filename="../c102desk/ui/single_instance.py" line="+186"/>
        <source>another c102desk</source>
        <translation>otro c102desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another c102desk (process %1)</source>
        <translation>otro c102desk (proceso %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>c102desk on the computer %1</source>
        <translation>c102desk en el equipo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library in use</source>
        <translation>Biblioteca en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library in %1 is open in %2. Close it there first, or start c102desk with --data-dir to use another library.</source>
        <translation>La biblioteca de %1 está abierta en %2. Ciérrela allí primero, o inicie c102desk con --data-dir para usar otra biblioteca.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../c102desk/ui/library/actions.py" line="+41"/>
        <source>&amp;New Assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new assessment</source>
        <translation>Iniciar una nueva evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected assessment</source>
        <translation>Abrir la evaluación seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected assessment as a file to share or archive</source>
        <translation>Guardar la evaluación seleccionada en un archivo para compartirla o archivarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate…</source>
        <translation>Dupli&amp;car…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected assessment, e.g. to model a reform</source>
        <translation>Copiar la evaluación seleccionada, p. ej., para simular una reforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;Trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected assessment to the trash (it can be restored)</source>
        <translation>Mover la evaluación seleccionada a la papelera (puede restaurarse)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Co&amp;mpare With…</source>
        <translation>Co&amp;mparar con…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what differs between the selected assessment and another one, an earlier revision, a file or a signed report</source>
        <translation>Mostrar lo que difiere entre la evaluación elegida y otra, una revisión anterior, un archivo o un informe firmado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Team server…</source>
        <translation>S&amp;ervidor del equipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync the library with the team server: send this laptop&apos;s changes and bring the others&apos; here</source>
        <translation>Sincronizar la biblioteca con el servidor del equipo: enviar los cambios de este portátil y traer aquí los de los demás</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Add assessment files (.c102.json) or signed reports (.pdf) to the library</source>
        <translation>Añadir a la biblioteca archivos de evaluación (.c102.json) o informes firmados (.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;store from Trash</source>
        <translation>Res&amp;taurar desde la papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the selected assessment back from the trash</source>
        <translation>Recuperar la evaluación seleccionada de la papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mpty Trash…</source>
        <translation>&amp;Vaciar la papelera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every assessment in the trash for good</source>
        <translation>Eliminar definitivamente todas las evaluaciones de la papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Trash</source>
        <translation>Mostrar la pape&amp;lera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the assessments in the trash</source>
        <translation>Mostrar las evaluaciones de la papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library by country or title</source>
        <translation>Buscar en la biblioteca por país o título</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../c102desk/ui/library/library_page.py" line="+256"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Search country or title  (Ctrl+F)</source>
        <translation>Buscar país o título  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search assessments</source>
        <translation>Buscar evaluaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show status</source>
        <translation>Estado mostrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Definitiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the trash: %1</source>
        <translation>En la papelera: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In your library: %1</source>
        <translation>En su biblioteca: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No assessments yet.</source>
        <translation>Todavía no hay evaluaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No assessment matches your search.</source>
        <translation>Ninguna evaluación coincide con su búsqueda.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Could not create the assessment</source>
        <translation>No se pudo crear la evaluación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created “%1”.</source>
        <translation>«%1» creada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Duplicate assessment</source>
        <translation>Duplicar la evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the copy (for example the reform it models):</source>
        <translation>Título de la copia (por ejemplo, la reforma que simula):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not duplicate the assessment</source>
        <translation>No se pudo duplicar la evaluación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicated as “%1”.</source>
        <translation>Duplicada con el título «%1».</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Move to the trash?</source>
        <translation>¿Mover a la papelera?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” goes to the trash. You can restore it from the trash, or undo this at once.</source>
        <translation>«%1» va a la papelera. Podrá restaurarla desde la papelera, o deshacerlo enseguida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” moved to the trash.</source>
        <translation>«%1» movida a la papelera.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” restored to the library.</source>
        <translation>«%1» restaurada en la biblioteca.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not move the assessment to the trash</source>
        <translation>No se pudo mover la evaluación a la papelera</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Move “%1” to the trash</source>
        <translation>Mover «%1» a la papelera</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore “%1”</source>
        <translation>Restaurar «%1»</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Could not restore the assessment</source>
        <translation>No se pudo restaurar la evaluación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Empty the trash?</source>
        <translation>¿Vaciar la papelera?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments in the trash that will be deleted for good: %1. A backup of the library is taken first.</source>
        <translation>Evaluaciones de la papelera que se eliminarán definitivamente: %1. Antes se hace una copia de seguridad de la biblioteca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not empty the trash</source>
        <translation>No se pudo vaciar la papelera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessments deleted for good: %1.</source>
        <translation>Evaluaciones eliminadas definitivamente: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import assessment files</source>
        <translation>Importar archivos de evaluación</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Imported %1, which carries no signature.</source>
        <translation>%1 importado; no lleva ninguna firma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1.</source>
        <translation>%1 importado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <source>Import of %1 cancelled.</source>
        <translation>Importación de %1 cancelada.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Import an unsigned report?</source>
        <translation>¿Importar un informe sin firmar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 carries no signature: nothing shows who made it or that it was not changed since. Import its assessment anyway?</source>
        <translation>%1 no lleva ninguna firma: nada indica quién lo elaboró ni que no haya sido modificado desde entonces. ¿Importar de todos modos su evaluación?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import anyway</source>
        <translation>Importar de todos modos</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Could not import %1</source>
        <translation>No se pudo importar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export assessment</source>
        <translation>Exportar la evaluación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to %1.</source>
        <translation>Exportada a %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not export the assessment</source>
        <translation>No se pudo exportar la evaluación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../c102desk/ui/main_window.py" line="+294"/>
        <source>Your library is damaged: changes are not saved.</source>
        <translation>Su biblioteca está dañada: los cambios no se guardan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not restore the backup</source>
        <translation>No se pudo restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored the backup %1; the damaged library was set aside in %2.</source>
        <translation>Copia de seguridad %1 restaurada; la biblioteca dañada se apartó en %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Li&amp;brary</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>c102desk — ILO Convention No. 102 gap assessments</source>
        <translation>c102desk — Análisis de brechas respecto del Convenio núm. 102 de la OIT</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>c102desk</source>
        <translation>c102desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close Assessment</source>
        <translation>&amp;Cerrar la evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every assessment</source>
        <translation>Mostrar todas las evaluaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About c102desk</source>
        <translation>&amp;Acerca de c102desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Log Folder</source>
        <translation>Mostrar la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of c102desk&apos;s log files, to send them to your support team</source>
        <translation>Abrir la carpeta de los archivos de registro de c102desk, para enviarlos a su equipo de soporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;report…</source>
        <translation>Exportar el info&amp;rme…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the open assessment&apos;s PDF report, then save it, signed or not</source>
        <translation>Obtener una vista previa del informe PDF de la evaluación abierta y luego guardarlo, firmado o no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify a report…</source>
        <translation>&amp;Verificar un informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check who signed a report and that it is intact</source>
        <translation>Comprobar quién firmó un informe y que está intacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive&amp;d reports…</source>
        <translation>Informes reci&amp;bidos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify and compare the signed reports received from many countries; export them for analysts</source>
        <translation>Verificar y comparar los informes firmados recibidos de muchos países; exportarlos para los analistas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a &amp;signature…</source>
        <translation>Añadir una &amp;firma…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-sign a signed report, e.g. as the employers&apos; or the workers&apos; representative</source>
        <translation>Cofirmar un informe firmado, por ejemplo como representante de los empleadores o de los trabajadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessment</source>
        <translation>Evaluac&amp;ión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every key of c102desk, by menu</source>
        <translation>Todas las teclas de c102desk, por menú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library: %1</source>
        <translation>Biblioteca: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library folder</source>
        <translation>Carpeta de la biblioteca</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Opened %1 — %2</source>
        <translation>Abierta: %1 — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — c102desk</source>
        <translation>%1 — c102desk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The assessment screens are not part of this version yet</source>
        <translation>Las pantallas de evaluación aún no forman parte de esta versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your assessment is safe in the library. You can export it, or evaluate the exported file with “c102desk evaluate FILE”.</source>
        <translation>Su evaluación está a salvo en la biblioteca. Puede exportarla o evaluar el archivo exportado con «c102desk evaluate ARCHIVO».</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../c102desk/ui/team/merge_dialog.py" line="+48"/>
        <source>Merge into the library</source>
        <translation>Fusionar en la biblioteca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merging the file %1 into “%2”.</source>
        <translation>Fusión del archivo %1 en «%2».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the library (mine)</source>
        <translation>En la biblioteca (la mía)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file (theirs)</source>
        <translation>En el archivo (la suya)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your choice</source>
        <translation>Su elección</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keep all &amp;mine</source>
        <translation>Conservar todas las &amp;mías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take all &amp;theirs</source>
        <translation>Tomar todas las &amp;suyas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Answers changed only in the file, to be taken: %1.</source>
        <translation>Respuestas modificadas solo en el archivo, que se tomarán: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files to be added: %1.</source>
        <translation>Documentos justificativos que se añadirán: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers changed both in the library and in the file: %1. Choose what to keep for each; nothing changes until you press Merge.</source>
        <translation>Respuestas modificadas a la vez en la biblioteca y en el archivo: %1. Elija qué conservar en cada una; nada cambia hasta que pulse Fusionar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds nothing the library does not have already.</source>
        <translation>El archivo no contiene nada que la biblioteca no tenga ya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed on both sides: no conflict. Nothing changes until you press Merge.</source>
        <translation>Nada se modificó en ambos lados: ningún conflicto. Nada cambia hasta que pulse Fusionar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What to keep for: %1</source>
        <translation>Qué conservar para: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine (library)</source>
        <translation>La mía (biblioteca)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (file)</source>
        <translation>La suya (archivo)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new value</source>
        <translation>Un valor nuevo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value for: %1</source>
        <translation>Valor nuevo para: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Conflicts still to decide: %1.</source>
        <translation>Conflictos por decidir: %1.</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <location filename="../c102desk/ui/team/merge_flow.py" line="+30"/>
        <source>Could not merge %1</source>
        <translation>No se pudo fusionar %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merged %1: %2 answers taken from the file, %3 conflicts decided.</source>
        <translation>%1 fusionado: %2 respuestas tomadas del archivo, %3 conflictos decididos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge of %1 cancelled; nothing was changed.</source>
        <translation>Fusión de %1 cancelada; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merging %1…</source>
        <translation>Fusionando %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <location filename="../c102desk/ui/report/page_viewer.py" line="+131"/>
        <source>Report pages</source>
        <translation>Páginas del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom level</source>
        <translation>Nivel de zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom level (Ctrl++, Ctrl+-, Ctrl+0)</source>
        <translation>Nivel de zoom (Ctrl++, Ctrl+-, Ctrl+0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose “Preview” to see the report&apos;s pages here before saving it.</source>
        <translation>Elija «Vista previa» para ver aquí las páginas del informe antes de guardarlo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Report page %1</source>
        <translation>Página %1 del informe</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>No preview yet</source>
        <translation>Aún sin vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PartNavigator</name>
    <message>
        <location filename="../c102desk/ui/assessment/navigator.py" line="+72"/>
        <source>Parts of the Convention</source>
        <translation>Partes del Convenio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shared data</source>
        <translation>Datos comunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part {part} · {title}
{answered} / {relevant} answered · {verdict}</source>
        <translation>Parte {part} · {title}
{answered} / {relevant} respondidas · {verdict}</translation>
    </message>
</context>
<context>
    <name>PartPage</name>
    <message>
        <location filename="../c102desk/ui/assessment/question_page.py" line="+614"/>
        <source>Part {part} — {title}</source>
        <translation>Parte {part} — {title}</translation>
    </message>
</context>
<context>
    <name>PartsChart</name>
    <message>
        <location filename="../c102desk/ui/inbox/chart_view.py" line="+84"/>
        <source>No intact report to count yet</source>
        <translation>Todavía no hay ningún informe íntegro que contar</translation>
    </message>
</context>
<context>
    <name>PictureTab</name>
    <message>
        <location line="+147"/>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts by verdict across countries</source>
        <translation>Las Partes según la conclusión, de un país a otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The country&apos;s reports over time</source>
        <translation>Los informes del país a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country whose reports to show</source>
        <translation>País cuyos informes mostrar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2 reports)</source>
        <translation>%1 (%2 informes)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Each Part, by the verdict of each country&apos;s latest intact report (countries counted: %1). Altered and unsigned reports are not counted.</source>
        <translation>Cada Parte, según la conclusión del último informe íntegro de cada país (países contados: %1). Los informes alterados o sin firmar no se cuentan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Oldest report first.</source>
        <translation>Primero el informe más antiguo.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../c102desk/ui/widgets/placeholder_page.py" line="+43"/>
        <location line="+1"/>
        <source>Back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../c102desk/ui/widgets/prompts.py" line="+88"/>
        <source>c102desk assessment (*.c102.json);;JSON (*.json)</source>
        <translation>Evaluación c102desk (*.c102.json);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../c102desk/ui/team/compare_source.py" line="-3"/>
        <location filename="../c102desk/ui/widgets/prompts.py" line="+5"/>
        <source>Assessments and reports (*.c102.json *.json *.pdf);;c102desk assessment (*.c102.json);;c102desk report (*.pdf);;JSON (*.json)</source>
        <translation>Evaluaciones e informes (*.c102.json *.json *.pdf);;Evaluación de c102desk (*.c102.json);;Informe de c102desk (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../c102desk/ui/widgets/prompts.py" line="+49"/>
        <source>Assessment already in the library</source>
        <translation>Evaluación ya presente en la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 holds the assessment “%2”, which is already in your library.

Merge the file into it answer by answer (you decide where both were changed), keep both (the file is added as a new assessment), or replace the one in the library with the file&apos;s content?</source>
        <translation>El archivo %1 contiene la evaluación «%2», que ya está en su biblioteca.

¿Fusionar el archivo con ella respuesta por respuesta (usted decide donde ambas se modificaron), conservar ambas (el archivo se añade como una evaluación nueva) o reemplazar la de la biblioteca por el contenido del archivo?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both</source>
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Sustituir</translation>
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
        <translation>Mensaje de validación de: {label}</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Note, legal citation, evidence</source>
        <translation>Nota, referencia jurídica, pruebas documentales</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Note, legal citation and evidence for: {label}</source>
        <translation>Nota, referencia jurídica y pruebas documentales de: {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+49"/>
        <source>Yes, it is right: explain in a note…</source>
        <translation>Sí, es correcto: explicarlo en una nota…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Checked: the note says why this figure is right.</source>
        <translation>Verificado: la nota explica por qué esta cifra es correcta.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>citation</source>
        <translation>referencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 files</source>
        <translation>%1 archivos</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Not saved:</source>
        <translation>No guardado:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved, but please check:</source>
        <translation>Guardado, pero verifíquelo:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“{text}” is not a number (write it like {example}).</source>
        <translation>«{text}» no es un número (escríbalo como {example}).</translation>
    </message>
</context>
<context>
    <name>RevisionsTable</name>
    <message>
        <location filename="../c102desk/ui/inbox/chart_view.py" line="-125"/>
        <source>Ratification (Art 2)</source>
        <translation>Ratificación (art. 2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision %1</source>
        <translation>Revisión %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../c102desk/ui/assessment/search_panel.py" line="+89"/>
        <source>F&amp;ind a question:</source>
        <translation>&amp;Buscar una pregunta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words, an article (Art 18) or an id</source>
        <translation>Palabras, un artículo (art. 18) o un identificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a question</source>
        <translation>Buscar una pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions found</source>
        <translation>Preguntas encontradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Article and id</source>
        <translation>Artículo e identificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the search</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the search (Esc)</source>
        <translation>Cerrar la búsqueda (Esc)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Part {part} · {section}</source>
        <translation>Parte {part} · {section}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art {article} · {id}</source>
        <translation>art. {article} · {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part {part} — {title}: {section}</source>
        <translation>Parte {part} — {title}: {section}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No question found</source>
        <translation>No se encontró ninguna pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First %1 of %2</source>
        <translation>Las %1 primeras de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found: %1</source>
        <translation>Encontradas: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../c102desk/ui/widgets/shortcuts_dialog.py" line="+25"/>
        <source>In the library</source>
        <translation>En la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an assessment</source>
        <translation>Elegir una evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Up, Down</source>
        <translation>Arriba, Abajo</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Open it (in the trash: restore it)</source>
        <translation>Abrirla (en la papelera: restaurarla)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+13"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Move it to the trash (asks first; Undo brings it back)</source>
        <translation>Moverla a la papelera (tras confirmar; Deshacer la recupera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Del</source>
        <translation>Supr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the questions</source>
        <translation>En las preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the answer and go on to the next question</source>
        <translation>Guardar la respuesta y pasar a la pregunta siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next or previous control</source>
        <translation>Control siguiente o anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Yes, No or Unknown</source>
        <translation>Elegir Sí, No o Desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left, Right</source>
        <translation>Izquierda, Derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an option in a list</source>
        <translation>Elegir una opción de una lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick or untick a box</source>
        <translation>Marcar o desmarcar una casilla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a labelled field or button</source>
        <translation>Ir a un campo o botón por su etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+letra subrayada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the search, the dashboard and the lists of dialogs</source>
        <translation>En la búsqueda, el panel de conformidad y las listas de los cuadros de diálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the chosen question</source>
        <translation>Ir a la pregunta elegida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the dialog</source>
        <translation>Cerrar el cuadro de diálogo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Every command of the menus with its keys, then the keys that work inside lists and questions. Keys of the open assessment are listed while it is open.</source>
        <translation>Cada orden de los menús con sus teclas, y luego las teclas que actúan en las listas y las preguntas. Las teclas de la evaluación abierta figuran mientras está abierta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SignatureCard</name>
    <message>
        <location filename="../c102desk/ui/report/verify_dialog.py" line="+115"/>
        <source>Signature %1 of %2</source>
        <translation>Firma %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — certifies the report</source>
        <translation>%1 — certifica el informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed by:</source>
        <translation>Firmado por:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing time:</source>
        <translation>Fecha de la firma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate &amp;fingerprint (SHA-256):</source>
        <translation>&amp;Huella del certificado (SHA-256):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed after it:</source>
        <translation>Modificado después:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT valid</source>
        <translation>NO válida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not named</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (as stated by the signer)</source>
        <translation>%1 (declarado por el firmante)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>valid from %1 to %2</source>
        <translation>válido del %1 al %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co&amp;py</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the fingerprint of signature %1</source>
        <translation>Copiar la huella de la firma %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing time</source>
        <translation>Fecha de la firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate validity</source>
        <translation>Validez del certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed after it</source>
        <translation>Modificado después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate SHA-256 fingerprint of signature %1</source>
        <translation>Huella SHA-256 del certificado de la firma %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, as stated by the signer&apos;s computer</source>
        <translation>%1, según el ordenador del firmante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2), as stated by the signer&apos;s computer</source>
        <translation>%1 (%2), según el ordenador del firmante</translation>
    </message>
</context>
<context>
    <name>SourceProblem</name>
    <message>
        <location filename="../c102desk/ui/widgets/source_problem.py" line="+118"/>
        <source>This signed report was changed after it was signed, or its signature is not genuine. What it contains cannot be trusted, so it was not compared.</source>
        <translation>Este informe firmado se modificó después de firmarse, o su firma no es auténtica. Su contenido no es fiable, por lo que no se ha comparado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PDF is not a report made by c102desk: it holds no assessment to compare with.</source>
        <translation>Este PDF no es un informe elaborado con c102desk: no contiene ninguna evaluación que comparar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be read as a PDF: it is damaged or incomplete, for example a download or a copy that was cut short.</source>
        <translation>Este archivo no se puede leer como PDF: está dañado o incompleto, por ejemplo una descarga o una copia interrumpida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a c102desk assessment file.</source>
        <translation>Este archivo no es un archivo de evaluación de c102desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This assessment file is incomplete: it ends too early, as when a copy or a download is cut short or a disk is full.</source>
        <translation>Este archivo de evaluación está incompleto: termina antes de tiempo, como cuando se interrumpe una copia o una descarga o un disco está lleno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file was saved by a newer version of c102desk, which this version cannot read.</source>
        <translation>Este archivo se guardó con una versión más reciente de c102desk, que esta versión no puede leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This assessment file contains something c102desk cannot accept: it may have been edited by hand, or damaged.</source>
        <translation>Este archivo de evaluación contiene datos que c102desk no puede aceptar: quizá se editó a mano o está dañado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file cannot be opened: it may have been moved or deleted, be on a drive that is no longer connected, or you may not be allowed to read it.</source>
        <translation>Este archivo no se puede abrir: quizá se movió o se eliminó, está en una unidad que ya no está conectada, o usted no tiene permiso para leerlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is far larger than any assessment file or report c102desk writes, so it was not read.</source>
        <translation>Este archivo es mucho mayor que cualquier archivo de evaluación o informe que escribe c102desk, por lo que no se ha leído.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask the sender for the original signed report, or compare with the assessment file itself.</source>
        <translation>Pida al remitente el informe firmado original, o compare con el propio archivo de evaluación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a report exported from c102desk, or the assessment file (.c102.json).</source>
        <translation>Elija un informe exportado desde c102desk, o el archivo de evaluación (.c102.json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the sender for the report again, or open it in a PDF reader to see whether it is complete.</source>
        <translation>Pida de nuevo el informe al remitente, o ábralo en un lector de PDF para ver si está completo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an assessment file (.c102.json) or a report exported from c102desk.</source>
        <translation>Elija un archivo de evaluación (.c102.json) o un informe exportado desde c102desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the sender for the file again, or use a backup copy.</source>
        <translation>Pida de nuevo el archivo al remitente, o use una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the latest version of c102desk (ask your IT service if you cannot), then try again.</source>
        <translation>Instale la última versión de c102desk (pídala a su servicio informático si usted no puede hacerlo) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the sender to export it again from c102desk and send the new file.</source>
        <translation>Pida al remitente que lo vuelva a exportar desde c102desk y le envíe el nuevo archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the file in your file manager; if it is on a network or removable drive, copy it to this computer first, then try again.</source>
        <translation>Compruebe el archivo en su explorador de archivos; si está en una unidad de red o extraíble, cópielo primero en este ordenador y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that you chose the right file.</source>
        <translation>Compruebe que eligió el archivo correcto.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <location filename="../c102desk/ui/widgets/store_messages.py" line="+43"/>
        <source>Your library was not found</source>
        <translation>No se encontró su biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file of your library, %1, is empty, although backups of it exist. c102desk does not start an empty library in its place without asking you.</source>
        <translation>El archivo de su biblioteca, %1, está vacío, aunque existen copias de seguridad. c102desk no lo sustituye por una biblioteca vacía sin preguntarle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file of your library, %1, is missing, although backups of it exist. c102desk does not start an empty library in its place without asking you.</source>
        <translation>Falta el archivo de su biblioteca, %1, aunque existen copias de seguridad. c102desk no lo sustituye por una biblioteca vacía sin preguntarle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Your library is damaged</source>
        <translation>Su biblioteca está dañada</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>c102desk could not open your library because its file is damaged. Nothing was deleted: the damaged file was set aside in %1.</source>
        <translation>c102desk no pudo abrir su biblioteca porque su archivo está dañado. No se eliminó nada: el archivo dañado se apartó en %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A good backup is available: %1. Restore it to continue with your assessments as they were when it was taken.</source>
        <translation>Hay una copia de seguridad intacta: %1. Restáurela para continuar con sus evaluaciones tal como estaban cuando se hizo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No good backup was found. You can start with an empty library.</source>
        <translation>No se encontró ninguna copia de seguridad intacta. Puede empezar con una biblioteca vacía.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Start with an empty library</source>
        <translation>Empezar con una biblioteca vacía</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The check of your library found that its file is damaged. To protect your assessments, c102desk saves nothing more in it; you can still read and export them.</source>
        <translation>La comprobación de su biblioteca muestra que su archivo está dañado. Para proteger sus evaluaciones, c102desk ya no guarda nada en él; todavía puede consultarlas y exportarlas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A good backup is available: %1. Restore it to continue with your assessments as they were when it was taken. The damaged file is set aside, not deleted.</source>
        <translation>Hay una copia de seguridad intacta: %1. Restáurela para continuar con sus evaluaciones tal como estaban cuando se hizo. El archivo dañado se aparta, no se elimina.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No good backup was found. Export your assessments, then ask for help.</source>
        <translation>No se encontró ninguna copia de seguridad intacta. Exporte sus evaluaciones y pida ayuda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep reading</source>
        <translation>Seguir en solo lectura</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your library is in use</source>
        <translation>Su biblioteca está en uso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your library is read-only</source>
        <translation>Su biblioteca es de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your library can be read but not changed (%1). You can look at and export your assessments; changes will not be saved. To work in it, make its folder writable, or copy the data folder somewhere writable and start c102desk with --data-dir FOLDER.</source>
        <translation>Su biblioteca puede leerse pero no modificarse (%1). Puede consultar y exportar sus evaluaciones; los cambios no se guardarán. Para trabajar en ella, permita escribir en su carpeta, o copie la carpeta de datos a un lugar donde se pueda escribir e inicie c102desk con --data-dir CARPETA.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>c102desk cannot start</source>
        <translation>c102desk no puede iniciarse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 is not a c102desk library, so c102desk left it untouched. Move it somewhere else, or start c102desk with another data folder (c102desk --data-dir FOLDER).</source>
        <translation>El archivo %1 no es una biblioteca de c102desk, por lo que c102desk no lo modificó. Muévalo a otro lugar o inicie c102desk con otra carpeta de datos (c102desk --data-dir CARPETA).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your library could not be opened: %1</source>
        <translation>No se pudo abrir su biblioteca: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your library is being used by another c102desk window or program. Nothing was changed. Close the other program and try again.</source>
        <translation>Su biblioteca está siendo utilizada por otra ventana de c102desk u otro programa. No se modificó nada. Cierre el otro programa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your library is read-only, so nothing can be saved in it (%1). Make its folder writable, or copy the data folder somewhere writable and start c102desk with --data-dir FOLDER.</source>
        <translation>Su biblioteca es de solo lectura: no se puede guardar nada en ella (%1). Permita escribir en su carpeta, o copie la carpeta de datos a un lugar donde se pueda escribir e inicie c102desk con --data-dir CARPETA.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full. Everything saved before is safe. Free some space on the disk, then make the change again.</source>
        <translation>El disco está lleno. Todo lo guardado antes está a salvo. Libere espacio en el disco y vuelva a hacer el cambio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>c102desk is not allowed to read your library (%1), so it left it untouched. Ask the computer&apos;s administrator to give your user account access to it.</source>
        <translation>c102desk no tiene permiso para leer su biblioteca (%1), por lo que no la ha tocado. Pida al administrador del equipo que dé acceso a su cuenta de usuario.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk that holds your library reported an error, so nothing was changed. Check that the disk (or USB stick) is still connected, then try again.</source>
        <translation>El disco que contiene su biblioteca informó de un error, por lo que no se modificó nada. Compruebe que el disco (o la memoria USB) sigue conectado e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your library is damaged, so nothing more is saved in it. Restore its newest good backup.</source>
        <translation>Su biblioteca está dañada, por lo que ya no se guarda nada en ella. Restaure su copia de seguridad intacta más reciente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>c102desk cannot make the folder %1 beside your library, because a file has that name. Move that file away, then try again.</source>
        <translation>c102desk no puede crear la carpeta %1 junto a su biblioteca, porque un archivo tiene ese nombre. Mueva ese archivo a otro lugar e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>c102desk cannot use the folder of your library (%1). Check that the folder exists and that you may write to it, or start c102desk with another data folder (c102desk --data-dir FOLDER).</source>
        <translation>c102desk no puede usar la carpeta de su biblioteca (%1). Compruebe que la carpeta existe y que puede escribir en ella, o inicie c102desk con otra carpeta de datos (c102desk --data-dir CARPETA).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its folder is read-only</source>
        <translation>su carpeta es de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your user account may not write there</source>
        <translation>su cuenta de usuario no tiene permiso para escribir allí</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../c102desk/ui/worker.py" line="+168"/>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <location filename="../c102desk/ui/team/team_server_dialog.py" line="+87"/>
        <location line="+28"/>
        <source>Team server</source>
        <translation>Servidor del equipo</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Send this laptop&apos;s changes to the team store and bring the others&apos; here, answer by answer.</source>
        <translation>Enviar los cambios de este portátil al servidor del equipo y traer aquí los de los demás, respuesta por respuesta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name (PostgreSQL role):</source>
        <translation>Nombre de &amp;usuario (rol de PostgreSQL):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept in the system keyring.</source>
        <translation>La contraseña se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is not saved: you will be asked each time.</source>
        <translation>La contraseña no se guarda: se le pedirá cada vez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This laptop</source>
        <translation>Este portátil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply and s&amp;ync</source>
        <translation>Aplicar y s&amp;incronizar</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Synced with the team server.</source>
        <translation>Sincronizado con el servidor del equipo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was synced.</source>
        <translation>No se sincronizó nada.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Could not sync with the team server</source>
        <translation>No se pudo sincronizar con el servidor del equipo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Syncing with the team server…</source>
        <translation>Sincronizando con el servidor del equipo…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Everything is already in sync; nothing was changed.</source>
        <translation>Todo está ya sincronizado; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessments sent to the team server: %1. Received from it: %2.</source>
        <translation>Evaluaciones enviadas al servidor del equipo: %1. Recibidas del servidor: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers sent: %1. Answers received: %2.</source>
        <translation>Respuestas enviadas: %1. Respuestas recibidas: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessments to sync again (they changed during this sync): %1.</source>
        <translation>Evaluaciones que sincronizar de nuevo (cambiaron durante esta sincronización): %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not synced: %1 (%2).</source>
        <translation>No sincronizada: %1 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers changed differently here and on the team server: %1. They are left as they are on both sides: choose what to keep for each, then Apply and sync.</source>
        <translation>Respuestas cambiadas de forma distinta aquí y en el servidor del equipo: %1. Se dejan como están en ambos lados: elija qué conservar en cada una y luego Aplicar y sincronizar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to keep for: %1</source>
        <translation>Qué conservar para: %1</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../c102desk/ui/assessment/answer_widgets.py" line="+95"/>
        <source>e.g. Social Security Act 2004, s. 12(3)</source>
        <translation>p. ej., Ley de Seguridad Social de 2004, art. 12, párr. 3</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <location filename="../c102desk/ui/widgets/undo_notice.py" line="+45"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this (Ctrl+Z)</source>
        <translation>Deshacer esto (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <location filename="../c102desk/ui/assessment/value_text.py" line="+28"/>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none ticked)</source>
        <translation>(ninguna casilla marcada)</translation>
    </message>
</context>
<context>
    <name>VerifyReportDialog</name>
    <message>
        <location filename="../c102desk/ui/report/verify_dialog.py" line="+92"/>
        <location line="+22"/>
        <source>Verify a report</source>
        <translation>Verificar un informe</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Choose a report…</source>
        <translation>&amp;Elegir un informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a report to verify</source>
        <translation>Elegir un informe para verificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Check who signed a c102desk report, in what role and when, and that nothing in it but signatures was changed after each signature.</source>
        <translation>Comprobar quién firmó un informe de c102desk, en calidad de qué y cuándo, y que después de cada firma no se modificó en él nada más que firmas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+101"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the signatures…</source>
        <translation>Comprobando las firmas…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&lt;b&gt;Altered or invalid.&lt;/b&gt; This report was changed after it was signed, or a signature in it is not valid. Do not rely on its content; ask the signer for the original.</source>
        <translation>&lt;b&gt;Alterado o no válido.&lt;/b&gt; Este informe fue modificado después de firmarse, o una de sus firmas no es válida. No confíe en su contenido; pida el original al firmante.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The report could not be checked</source>
        <translation>No se pudo verificar el informe</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>List of signatures</source>
        <translation>Lista de firmas</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&lt;b&gt;Intact.&lt;/b&gt; The report carries %1 signatures, all valid, and nothing but signatures was added after the first. Confirm each fingerprint below with its signer by another channel (telephone, letter) to be sure who signed.</source>
        <translation>&lt;b&gt;Íntegro.&lt;/b&gt; El informe lleva %1 firmas, todas válidas, y después de la primera solo se añadieron firmas. Confirme cada huella que figura abajo con su firmante por otro medio (teléfono, carta) para estar seguro de quién firmó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Intact.&lt;/b&gt; The report is signed and has not been changed since it was signed. Confirm the fingerprint below with the signer by another channel (telephone, letter) to be sure who signed it.</source>
        <translation>&lt;b&gt;Intacto.&lt;/b&gt; El informe está firmado y no se ha modificado desde que se firmó. Confirme la huella que figura abajo con el firmante por otro medio (teléfono, carta) para estar seguro de quién lo firmó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Not a signed c102desk report.&lt;/b&gt; The file carries no c102desk signature, so nothing can be said about who wrote it or whether it was changed.</source>
        <translation>&lt;b&gt;No es un informe de c102desk firmado.&lt;/b&gt; El archivo no lleva ninguna firma de c102desk, así que no se puede decir quién lo escribió ni si se modificó.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What was found: %1</source>
        <translation>Hallazgos: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../c102desk/ui/library/welcome_page.py" line="+90"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Welcome to c102desk</source>
        <translation>Le damos la bienvenida a c102desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure a country&apos;s social security law and practice against ILO Convention No. 102, Part by Part. Everything stays on this computer and every answer is saved at once.</source>
        <translation>Evalúe la legislación y la práctica de seguridad social de un país respecto del Convenio núm. 102 de la OIT, Parte por Parte. Todo permanece en esta computadora y cada respuesta se guarda de inmediato.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Create an assessment</source>
        <translation>Crear una evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an assessment file…</source>
        <translation>Importar un archivo de evaluación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an assessment file</source>
        <translation>Importar un archivo de evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or open an example to see how it works</source>
        <translation>O abra un ejemplo para ver cómo funciona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the example %1</source>
        <translation>Abrir el ejemplo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds a copy of this fictional example to your library</source>
        <translation>Añade una copia de este ejemplo ficticio a su biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(No examples are installed.)</source>
        <translation>(No hay ejemplos instalados.)</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <location filename="../c102desk/ui/assessment/answer_widgets.py" line="-201"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Se desconoce</translation>
    </message>
</context>
<context>
    <name>_DetailsPanel</name>
    <message>
        <location filename="../c102desk/ui/assessment/question_page.py" line="+106"/>
        <source>Note on: {label}</source>
        <translation>Nota sobre: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources, reasons, what to check — as many lines as needed</source>
        <translation>Fuentes, razones, lo que hay que verificar — tantas líneas como haga falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National legal citation for: {label}</source>
        <translation>Referencia jurídica nacional de: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Social Security Act 2004, s. 12(3)</source>
        <translation>p. ej., Ley de Seguridad Social de 2004, art. 12, párr. 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files for: {label}</source>
        <translation>Pruebas documentales de: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption of the selected evidence file</source>
        <translation>Leyenda de la prueba documental elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the document is, e.g. the Act as published</source>
        <translation>Qué es el documento, p. ej. la ley tal como se publicó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected evidence file</source>
        <translation>Abrir la prueba documental elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected evidence file from this answer</source>
        <translation>Quitar de esta respuesta la prueba documental elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlinks the file from this answer (Undo brings it back)</source>
        <translation>Desvincula el archivo de esta respuesta (Deshacer lo recupera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add evidence file…</source>
        <translation>Añadir una prueba documental…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add evidence file for: {label}</source>
        <translation>Añadir una prueba documental de: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal citation</source>
        <translation>Referencia jurídica</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not answered yet.</source>
        <translation>Todavía sin respuesta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown assessor</source>
        <translation>evaluador desconocido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{when} · {who}: {old} → {new}</source>
        <translation>{when} · {who}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… and %1 earlier change(s)</source>
        <translation>… y %1 cambio(s) anterior(es)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Note on “{label}”</source>
        <translation>Nota sobre «{label}»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Legal citation of “{label}”</source>
        <translation>Referencia jurídica de «{label}»</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Evidence</source>
        <translation>Pruebas documentales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of the answer to: {label}</source>
        <translation>Historial de la respuesta a: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No evidence files yet.</source>
        <translation>Todavía no hay pruebas documentales.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} — SHA-256 {digest}…</source>
        <translation>{name} — SHA-256 {digest}…</translation>
    </message>
</context>
</TS>
