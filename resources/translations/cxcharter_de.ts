<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../cxcharter/ui/app/app.py" line="+63"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CX Charter hit an unexpected problem. Your saved work is safe; the last change may not have been saved.</source>
        <translation>In CX Charter ist ein unerwarteter Fehler aufgetreten. Ihre gespeicherte Arbeit ist sicher; die letzte Änderung wurde eventuell nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/export_flow.py" line="+74"/>
        <source>The export failed unexpectedly: {error}</source>
        <translation>Der Export ist unerwartet fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exporting the PDF…</source>
        <translation>PDF wird exportiert …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <location filename="../../cxcharter/ui/app/export_options.py" line="+33"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>PDF exported</source>
        <translation>PDF exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The charter was exported to
{path}</source>
        <translation>Die Charta wurde exportiert nach
{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/calendar_export.py" line="+30"/>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <location filename="../../cxcharter/ui/app/export_flow.py" line="+13"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>That is the charter itself; choose another file name.</source>
        <translation>Das ist die Charta selbst; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The calendar could not be written. Nothing was changed.</source>
        <translation>Der Kalender konnte nicht geschrieben werden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calendar written to {file}. Import it into your calendar program; exporting again updates the same entries.</source>
        <translation>Kalender in {file} geschrieben. Importieren Sie ihn in Ihr Kalenderprogramm; ein erneuter Export aktualisiert dieselben Einträge.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1 due date of an open question left out: the charter is approved, and due dates count only in a draft.</source>
        <translation>1 Fälligkeit einer offenen Frage nicht übernommen: Die Charta ist freigegeben, und Fälligkeiten zählen nur im Entwurf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} due dates of open questions left out: the charter is approved, and due dates count only in a draft.</source>
        <translation>{n} Fälligkeiten offener Fragen nicht übernommen: Die Charta ist freigegeben, und Fälligkeiten zählen nur im Entwurf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 due date of an open question left out: the charter is in review, and due dates count only in a draft.</source>
        <translation>1 Fälligkeit einer offenen Frage nicht übernommen: Die Charta ist in Prüfung, und Fälligkeiten zählen nur im Entwurf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} due dates of open questions left out: the charter is in review, and due dates count only in a draft.</source>
        <translation>{n} Fälligkeiten offener Fragen nicht übernommen: Die Charta ist in Prüfung, und Fälligkeiten zählen nur im Entwurf.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/export_flow.py" line="+1"/>
        <source>The PDF could not be written. Nothing was changed.</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/file_actions.py" line="+43"/>
        <location line="+12"/>
        <source>Who is editing?</source>
        <translation>Wer bearbeitet?</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Your name is recorded with every change you make:</source>
        <translation>Ihr Name wird bei jeder Ihrer Änderungen festgehalten:</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+27"/>
        <location line="+10"/>
        <source>Cannot open the charter</source>
        <translation>Charta kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Open anyway?</source>
        <translation>Trotzdem öffnen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{path}” is marked as open by {holder}.

Open it for editing only if nobody is working on it there any more (for example, that computer crashed or was switched off). If both of you edit it, changes are lost.</source>
        <translation>„{path}“ ist als geöffnet markiert von {holder}.

Öffnen Sie sie nur dann zum Bearbeiten, wenn dort niemand mehr daran arbeitet (zum Beispiel, weil jener Computer abgestürzt ist oder ausgeschaltet wurde). Wenn Sie beide sie bearbeiten, gehen Änderungen verloren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{path}” is still locked; it stays read-only.</source>
        <translation>„{path}“ ist weiterhin gesperrt; sie bleibt schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open charter</source>
        <translation>Charta öffnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot create the charter</source>
        <translation>Charta kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <source>Cannot create the sample</source>
        <translation>Beispiel kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save a copy as</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save the copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/menus.py" line="+146"/>
        <source>&amp;New Charter…</source>
        <translation>&amp;Neue Charta …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/app/welcome.py" line="+124"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Sample Charter</source>
        <translation>Bei&amp;spiel-Charta öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a Cop&amp;y As…</source>
        <translation>&amp;Kopie speichern unter …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF…</source>
        <translation>Als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/main_window.py" line="+257"/>
        <location filename="../../cxcharter/ui/app/menus.py" line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../cxcharter/ui/app/menus.py" line="+1"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/menus.py" line="+1"/>
        <source>Who Is &amp;Editing…</source>
        <translation>&amp;Wer bearbeitet …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Section</source>
        <translation>&amp;Nächster Abschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Section</source>
        <translation>&amp;Vorheriger Abschnitt</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Start a new charter, guided section by section</source>
        <translation>Eine neue Charta beginnen, Abschnitt für Abschnitt angeleitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a charter file</source>
        <translation>Eine Charta-Datei öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a copy of this charter to another file</source>
        <translation>Eine Kopie dieser Charta in eine andere Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the charter as a PDF to review and sign</source>
        <translation>Die Charta als PDF zum Prüfen und Unterschreiben ausgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Ca&amp;lendar…</source>
        <translation>Ka&amp;lender exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the due dates, the next review and the meetings as a calendar file (.ics)</source>
        <translation>Schreibt die Termine, die nächste Überprüfung und die Besprechungen als Kalenderdatei (.ics)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Re&amp;view Copy…</source>
        <translation>P&amp;rüfexemplar exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the PDF in review with form fields an approver fills in</source>
        <translation>Das PDF in Prüfung mit Formularfeldern schreiben, die eine freigebende Person ausfüllt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Review…</source>
        <translation>Prüfung &amp;importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an approver&apos;s decision from a filled-in review copy</source>
        <translation>Die Entscheidung einer freigebenden Person aus einem ausgefüllten Prüfexemplar erfassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Con&amp;tribution…</source>
        <translation>Bei&amp;trag importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge a filled-in contribution form into the charter (one undo step)</source>
        <translation>Ein ausgefülltes Beitragsformular in die Charta übernehmen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this charter (everything is saved)</source>
        <translation>Diese Charta schließen (alles ist gespeichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the window (everything is saved)</source>
        <translation>Das Fenster schließen (alles ist gespeichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last change</source>
        <translation>Die letzte Änderung zurücknehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do the change again</source>
        <translation>Die Änderung erneut ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name recorded with your changes</source>
        <translation>Der Name, der bei Ihren Änderungen festgehalten wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is still open, and who owes what</source>
        <translation>Was noch offen ist und wer was zu erledigen hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next page of the charter</source>
        <translation>Zur nächsten Seite der Charta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the previous page of the charter</source>
        <translation>Zur vorherigen Seite der Charta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eople</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone who owns, answers or approves a part</source>
        <translation>Alle, die einen Teil verantworten, beantworten oder freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approval Panel</source>
        <translation>&amp;Freigabebereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness check, revision, state and the workflow steps</source>
        <translation>Bereitschaftsprüfung, Revision, Status und die Schritte der Freigabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Submit for Review…</source>
        <translation>Zur &amp;Prüfung einreichen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freeze this revision and ask the approvers for their decision</source>
        <translation>Diese Revision einfrieren und die Freigebenden um ihre Entscheidung bitten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw from Review…</source>
        <translation>Prüfung &amp;zurückziehen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the revision in review a draft again</source>
        <translation>Die Revision in Prüfung wieder zum Entwurf machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;Decision…</source>
        <translation>&amp;Entscheidung erfassen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an approver&apos;s decision on the revision in review</source>
        <translation>Die Entscheidung einer oder eines Freigebenden zur Revision in Prüfung erfassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start &amp;New Revision…</source>
        <translation>&amp;Neue Revision beginnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit an approved charter as the next revision</source>
        <translation>Eine freigegebene Charta als nächste Revision bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History and Comparison…</source>
        <translation>&amp;Verlauf und Vergleich …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions, decisions, and what changed between revisions</source>
        <translation>Revisionen, Entscheidungen und was sich zwischen Revisionen geändert hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Branding…</source>
        <translation>Erscheinungs&amp;bild…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation&apos;s logo and accent colour on the PDF</source>
        <translation>Logo und Akzentfarbe der Organisation im PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Guidance</source>
        <translation>&amp;Anleitung anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show how to answer beside each question</source>
        <translation>Neben jeder Frage zeigen, wie Sie sie beantworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to &amp;Write a CX Charter</source>
        <translation>&amp;So schreiben Sie eine CX-Charta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every section and question, with guidance and examples</source>
        <translation>Alle Abschnitte und Fragen mit Anleitung und Beispielen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every key that does something</source>
        <translation>Alle Tasten, die etwas bewirken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CX Charter</source>
        <translation>&amp;Über CX Charter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version, licences and where your data lives</source>
        <translation>Version, Lizenzen und wo Ihre Daten liegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Charter</source>
        <translation>&amp;Charta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of menus and messages; a charter&apos;s questions keep the language chosen for it</source>
        <translation>Die Sprache von Menüs und Meldungen; die Fragen einer Charta behalten die für sie gewählte Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/main_window.py" line="-58"/>
        <source>No recent charters</source>
        <translation>Keine zuletzt geöffneten Chartas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+110"/>
        <source>CX Charter</source>
        <translation>CX Charter</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Opening {name} …</source>
        <translation>{name} wird geöffnet …</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo {what}</source>
        <translation>Wieder&amp;herstellen: {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untitled charter</source>
        <translation>Charta ohne Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all changes saved</source>
        <translation>alle Änderungen gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All changes saved automatically</source>
        <translation>Alle Änderungen automatisch gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/export_flow.py" line="+19"/>
        <source>excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/about_dialog.py" line="+50"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample charters</source>
        <translation>Beispiel-Chartas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application data</source>
        <translation>Anwendungsdaten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About CX Charter</source>
        <translation>Über CX Charter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licences</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;Data</source>
        <translation>Ihre &amp;Daten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CX Charter guides customer-experience teams through writing their CX charter: vision, goals, roles, priorities, stakeholders and approvals, and ways of working — one question at a time, with guidance for each.</source>
        <translation>CX Charter führt Customer-Experience-Teams durch ihre CX-Charta: Vision, Ziele, Rollen, Prioritäten, Stakeholder und Freigaben sowie Zusammenarbeit – Frage für Frage, jeweils mit Anleitung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Built with Qt {qt} and PySide6 {pyside}. PDFs are set in the DejaVu fonts.</source>
        <translation>Erstellt mit Qt {qt} und PySide6 {pyside}. PDFs werden in den DejaVu-Schriften gesetzt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CX Charter is free software under the MIT licence. It uses Qt and PySide6 under the GNU Lesser General Public License version 3 (&lt;a href=&quot;{url}&quot;&gt;LGPLv3&lt;/a&gt;); you may replace them with your own build. The DejaVu fonts are free fonts under the Bitstream Vera licence.</source>
        <translation>CX Charter ist freie Software unter der MIT-Lizenz. Es verwendet Qt und PySide6 unter der GNU Lesser General Public License Version 3 (&lt;a href=&quot;{url}&quot;&gt;LGPLv3&lt;/a&gt;); Sie dürfen diese durch eigene Fassungen ersetzen. Die DejaVu-Schriften sind freie Schriften unter der Bitstream-Vera-Lizenz.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Licence texts</source>
        <translation>Lizenztexte</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Each charter is one .cxcharter file, saved where you chose. Besides those, CX Charter keeps only its settings (recent files, your name, the view) and the sample charters here:</source>
        <translation>Jede Charta ist eine .cxcharter-Datei, gespeichert, wo Sie es gewählt haben. Außerdem speichert CX Charter nur seine Einstellungen (zuletzt geöffnete Dateien, Ihren Namen, die Ansicht) und die Beispiel-Chartas, und zwar hier:</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/messages.py" line="+18"/>
        <source>“{path}” is empty (0 bytes). It is not a CX charter.</source>
        <translation>„{path}“ ist leer (0 Byte). Es ist keine CX-Charta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{path}” is not a CX Charter file.</source>
        <translation>„{path}“ ist keine CX-Charter-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{path}” is a database of another application, not a CX charter.</source>
        <translation>„{path}“ ist eine Datenbank einer anderen Anwendung, keine CX-Charta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{path}” is damaged and cannot be opened. The file was not changed.</source>
        <translation>„{path}“ ist beschädigt und kann nicht geöffnet werden. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{path}” was saved by a newer version of CX Charter. Please update the application to open it. The file was not changed.</source>
        <translation>„{path}“ wurde mit einer neueren Version von CX Charter gespeichert. Bitte aktualisieren Sie die Anwendung, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” contains database objects CX Charter did not create. For your safety it is not opened. The file was not changed.</source>
        <translation>„{path}“ enthält Datenbankobjekte, die nicht von CX Charter stammen. Zu Ihrer Sicherheit wird sie nicht geöffnet. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” contains database objects CX Charter did not create ({objects}). For your safety it is not opened. The file was not changed.</source>
        <translation>„{path}“ enthält Datenbankobjekte, die nicht von CX Charter stammen ({objects}). Zu Ihrer Sicherheit wird sie nicht geöffnet. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” is missing database objects CX Charter needs ({objects}). For your safety it is not opened. The file was not changed.</source>
        <translation>In „{path}“ fehlen Datenbankobjekte, die CX Charter braucht ({objects}). Zu Ihrer Sicherheit wird sie nicht geöffnet. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” has database objects that differ from the ones CX Charter creates ({objects}). For your safety it is not opened. The file was not changed.</source>
        <translation>„{path}“ hat Datenbankobjekte, die von denen abweichen, die CX Charter anlegt ({objects}). Zu Ihrer Sicherheit wird sie nicht geöffnet. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No row can be added to “{path}”: the numbers of its list are used up. Nothing was changed.</source>
        <translation>In „{path}“ kann keine Zeile mehr hinzukommen: Die Nummern ihrer Liste sind aufgebraucht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” does not exist (any more).</source>
        <translation>„{path}“ existiert nicht (mehr).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{path}” already exists.</source>
        <translation>„{path}“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{path}” is read-only. The change was not saved.</source>
        <translation>„{path}“ ist schreibgeschützt. Die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full. The change to “{path}” was not saved.</source>
        <translation>Der Datenträger ist voll. Die Änderung an „{path}“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{path}” is busy in another program. Please try again.</source>
        <translation>„{path}“ wird gerade von einem anderen Programm verwendet. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You do not have permission to use “{path}”.</source>
        <translation>Sie haben keine Berechtigung, „{path}“ zu verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{path}” is not a file (a pipe, device or socket). It was not opened.</source>
        <translation>„{path}“ ist keine Datei (sondern eine Pipe, ein Gerät oder ein Socket). Sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{path}” was not opened: the file “{journal}” beside it is left over from an interrupted save of another file. Nothing was changed. Move “{journal}” away, then open the charter again.</source>
        <translation>„{path}“ wurde nicht geöffnet: Die Datei „{journal}“ daneben stammt von einem unterbrochenen Speichern einer anderen Datei. Es wurde nichts verändert. Verschieben Sie „{journal}“ an einen anderen Ort und öffnen Sie die Charta dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This value cannot be saved: {detail}</source>
        <translation>Dieser Wert kann nicht gespeichert werden: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data cannot be imported: {detail}</source>
        <translation>Die Daten können nicht importiert werden: {detail}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>… and {n} more (Show Details… lists them all)</source>
        <translation>… und {n} weitere („Details einblenden…“ listet alle)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{who} has this charter open. You are viewing it read-only.</source>
        <translation>{who} hat diese Charta geöffnet. Sie sehen sie schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another window</source>
        <translation>einem anderen Fenster</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>This charter is open in {who}. You are viewing it read-only.</source>
        <translation>Diese Charta ist in {who} geöffnet. Sie sehen sie schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is read-only. You are viewing it read-only.</source>
        <translation>Diese Datei ist schreibgeschützt. Sie sehen sie schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder of this file is read-only. You are viewing it read-only.</source>
        <translation>Der Ordner dieser Datei ist schreibgeschützt. Sie sehen sie schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are viewing this charter read-only.</source>
        <translation>Sie sehen diese Charta schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/governance_texts.py" line="+20"/>
        <location filename="../../cxcharter/ui/messages.py" line="+1"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location filename="../../cxcharter/ui/governance/review_flow.py" line="+74"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <location filename="../../cxcharter/ui/governance/review_flow.py" line="+2"/>
        <source>Changes requested</source>
        <translation>Änderungen erbeten</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../cxcharter/ui/governance/review_flow.py" line="-1"/>
        <source>Approved with conditions</source>
        <translation>Freigegeben mit Auflagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>what they need to know</source>
        <translation>Informationsbedarf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the RACI matrix has no activities yet</source>
        <translation>die RACI-Matrix hat noch keine Aktivitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity “{name}”: nobody is accountable (A)</source>
        <translation>Aktivität „{name}“: niemand ist rechenschaftspflichtig (A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activity “{name}”: {count} people are accountable (A), exactly one may be: {names}</source>
        <translation>Aktivität „{name}“: {count} Personen sind rechenschaftspflichtig (A), genau eine darf es sein: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activity “{name}”: nobody is responsible (R)</source>
        <translation>Aktivität „{name}“: niemand ist durchführend (R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has no role in the RACI matrix or a governance body</source>
        <translation>{name} hat keine Rolle in der RACI-Matrix oder einem Gremium</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/checklist_texts.py" line="+26"/>
        <source>An owner for a question of this section</source>
        <translation>Jemand ist für eine Frage dieses Abschnitts verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The people on your team</source>
        <translation>Die Personen Ihres Teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one goal</source>
        <translation>Mindestens ein Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal “{goal}”: complete, with an owner</source>
        <translation>Ziel „{goal}“: vollständig, mit verantwortlicher Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/governance/governance_texts.py" line="+15"/>
        <source>(untitled goal)</source>
        <translation>(Ziel ohne Titel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least one activity in the RACI matrix</source>
        <translation>Mindestens eine Aktivität in der RACI-Matrix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity “{name}”: one A, at least one R</source>
        <translation>Aktivität „{name}“: genau ein A, mindestens ein R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initiative “{initiative}”: an owner</source>
        <translation>Initiative „{initiative}“: eine verantwortliche Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A required approver</source>
        <translation>Eine erforderliche Freigabe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next: submit the charter for review.</source>
        <translation>Als Nächstes: die Charta zur Prüfung einreichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: add the people on your team.</source>
        <translation>Als Nächstes: die Personen Ihres Teams eintragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: answer “{question}” ({section}).</source>
        <translation>Als Nächstes: „{question}“ beantworten ({section}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: give a question of {section} an owner.</source>
        <translation>Als Nächstes: für eine Frage in „{section}“ eine verantwortliche Person wählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: add a goal (Goals).</source>
        <translation>Als Nächstes: ein Ziel anlegen (Ziele).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: add an activity to the RACI matrix (Roles).</source>
        <translation>Als Nächstes: eine Aktivität in die RACI-Matrix eintragen (Rollen &amp; Verantwortung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: name a required approver ({section}).</source>
        <translation>Als Nächstes: eine erforderliche Freigabe benennen ({section}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: {what}</source>
        <translation>Als Nächstes: {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{done} of {total} done</source>
        <translation>{done} von {total} erledigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{section} {done} of {total}</source>
        <translation>{section} {done} von {total}</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/governance_texts.py" line="-108"/>
        <source>Required question not answered: “{question}”</source>
        <translation>Pflichtfrage nicht beantwortet: „{question}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No charter owner named: choose a person from the directory.</source>
        <translation>Keine Verantwortung für die Charta benannt: Wählen Sie eine Person aus dem Verzeichnis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No executive sponsor named: choose a person from the directory.</source>
        <translation>Kein Executive Sponsor benannt: Wählen Sie eine Person aus dem Verzeichnis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody owns a question of “{section}”.</source>
        <translation>Für keine Frage von „{section}“ ist jemand verantwortlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The charter has no goals yet.</source>
        <translation>Die Charta hat noch keine Ziele.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal “{goal}” has no owner.</source>
        <translation>Für das Ziel „{goal}“ ist niemand verantwortlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal “{goal}” lacks: {missing}.</source>
        <translation>Dem Ziel „{goal}“ fehlt: {missing}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal “{goal}” uses an unknown metric ({value}).</source>
        <translation>Das Ziel „{goal}“ nutzt eine unbekannte Kennzahl ({value}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal “{goal}”: the {field} {value} is outside the metric’s scale ({low} to {high}).</source>
        <translation>Ziel „{goal}“: {field} {value} liegt außerhalb der Skala der Kennzahl ({low} bis {high}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal “{goal}”: the target {target} does not improve on the baseline {baseline}.</source>
        <translation>Ziel „{goal}“: Der Zielwert {target} verbessert den Ausgangswert {baseline} nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal “{goal}”: the due date {due} is not after the baseline date {baseline_date}.</source>
        <translation>Ziel „{goal}“: Der Termin {due} liegt nicht nach dem Stichtag des Ausgangswerts {baseline_date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal “{goal}”: the reading of {date} ({value}) is outside the metric’s scale ({low} to {high}).</source>
        <translation>Ziel „{goal}“: Der Messwert vom {date} ({value}) liegt außerhalb der Skala der Kennzahl ({low} bis {high}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} goals are marked primary: choose one.</source>
        <translation>{count} Ziele sind als Hauptziel markiert: Wählen Sie eines.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} goals: charters with more than {limit} goals get ignored.</source>
        <translation>{count} Ziele: Chartas mit mehr als {limit} Zielen werden ignoriert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initiative “{initiative}” has no owner.</source>
        <translation>Für die Initiative „{initiative}“ ist niemand verantwortlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no required approver.</source>
        <translation>Es gibt keine erforderliche Freigabe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approver {name} is not in the communication plan.</source>
        <translation>{name} gibt frei, steht aber nicht im Kommunikationsplan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is to be informed (RACI “I”) but is not in the communication plan.</source>
        <translation>{name} ist zu informieren (RACI „I“), steht aber nicht im Kommunikationsplan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakeholder “{name}”: the communication plan lacks {missing}.</source>
        <translation>Stakeholder „{name}“: Im Kommunikationsplan fehlt {missing}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{question}” says {said} for the {field} of goal “{goal}”; the goal table says {value}.</source>
        <translation>„{question}“ nennt {said} als {field} von Ziel „{goal}“; die Zieltabelle sagt {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{question}” is overdue since {due} (owner: {name}).</source>
        <translation>„{question}“ ist seit {due} überfällig (verantwortlich: {name}).</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>This charter is in review: its content is read-only until the review is withdrawn or an approver requests changes.</source>
        <translation>Diese Charta ist in Prüfung: Ihr Inhalt ist schreibgeschützt, bis die Prüfung zurückgezogen wird oder eine freigebende Person Änderungen erbittet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision {n} is in review: its content is read-only until the review is withdrawn or an approver requests changes.</source>
        <translation>Revision {n} ist in Prüfung: Ihr Inhalt ist schreibgeschützt, bis die Prüfung zurückgezogen wird oder eine freigebende Person Änderungen erbittet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This charter is approved: its content cannot change. Start a new revision to edit it.</source>
        <translation>Diese Charta ist freigegeben: Ihr Inhalt kann sich nicht mehr ändern. Beginnen Sie eine neue Revision, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision {n} is approved: its content cannot change. Start revision {next} to edit it.</source>
        <translation>Revision {n} ist freigegeben: Ihr Inhalt kann sich nicht mehr ändern. Beginnen Sie Revision {next}, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Work tracking (owners, due dates, open questions) is paused while the charter is in review; it resumes when the charter is a draft again.</source>
        <translation>Die Nachverfolgung der Arbeit (Verantwortliche, Fälligkeiten, offene Fragen) ruht, solange die Charta in Prüfung ist; sie geht weiter, sobald die Charta wieder ein Entwurf ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work tracking (owners, due dates, open questions) is paused while the charter is approved; it resumes with a new revision.</source>
        <translation>Die Nachverfolgung der Arbeit (Verantwortliche, Fälligkeiten, offene Fragen) ruht, solange die Charta freigegeben ist; sie geht mit einer neuen Revision weiter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a draft can be submitted for review.</source>
        <translation>Nur ein Entwurf kann zur Prüfung eingereicht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This step needs a charter in review.</source>
        <translation>Dieser Schritt setzt eine Charta in Prüfung voraus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new revision starts from an approved charter.</source>
        <translation>Eine neue Revision beginnt mit einer freigegebenen Charta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is not an approver of the revision in review.</source>
        <translation>Diese Person gibt die Revision in Prüfung nicht frei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This approver has already decided on this review round.</source>
        <translation>Diese freigebende Person hat über diese Prüfrunde schon entschieden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This decision was made on other content than the revision in review.</source>
        <translation>Diese Entscheidung gilt einem anderen Inhalt als der Revision in Prüfung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This decision was made for another revision or review round than the one in review.</source>
        <translation>Diese Entscheidung wurde für eine andere Revision oder Prüfrunde getroffen als die, die gerade geprüft wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such revision.</source>
        <translation>Diese Revision gibt es nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This charter&apos;s approvals must be signed: import the approver&apos;s signed review copy with File → Import Review….</source>
        <translation>Die Freigaben dieser Charta müssen signiert sein: Importieren Sie das signierte Prüfexemplar der freigebenden Person mit Datei → Prüfung importieren ….</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This step is not possible now.</source>
        <translation>Dieser Schritt ist jetzt nicht möglich.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/messages.py" line="+1"/>
        <source>Ready for review</source>
        <translation>Bereit zur Prüfung</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/navigator.py" line="+60"/>
        <location filename="../../cxcharter/ui/sections/overview/overview_page.py" line="+224"/>
        <location line="+9"/>
        <location line="+151"/>
        <location line="+19"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../cxcharter/ui/governance/governance_texts.py" line="-64"/>
        <location filename="../../cxcharter/ui/governance/revision_view.py" line="+119"/>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+189"/>
        <location line="+95"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{done} of {total} answered</source>
        <translation>{done} von {total} beantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} people</source>
        <translation>{n} Personen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is still open</source>
        <translation>Was noch offen ist</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/new_dialog.py" line="+39"/>
        <source>New charter</source>
        <translation>Neue Charta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Customer Service CX Charter 2027</source>
        <translation>z. B. CX-Charta Kundenservice 2027</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of the guidance, the questions and the PDF</source>
        <translation>Die Sprache der Anleitung, der Fragen und der PDF-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;in:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A charter is saved as one file that you can copy or mail. Every change is saved automatically.</source>
        <translation>Eine Charta wird als eine Datei gespeichert, die Sie kopieren oder per E-Mail versenden können. Jede Änderung wird automatisch gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please give the charter a title.</source>
        <translation>Bitte geben Sie der Charta einen Titel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder does not exist.</source>
        <translation>Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file of that name already exists in the folder.</source>
        <translation>In diesem Ordner gibt es bereits eine Datei mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/overview/overview_page.py" line="-312"/>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{done} / {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All required questions answered</source>
        <translation>Alle Pflichtfragen beantwortet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 required question open</source>
        <translation>1 Pflichtfrage offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} required questions open</source>
        <translation>{n} Pflichtfragen offen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{section}: {done} of {total} required questions answered</source>
        <translation>{section}: {done} von {total} Pflichtfragen beantwortet</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Completion by section</source>
        <translation>Fortschritt je Abschnitt</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/initiatives_model.py" line="+84"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/revision_view.py" line="-89"/>
        <location filename="../../cxcharter/ui/sections/priorities/initiatives_model.py" line="+1"/>
        <location filename="../../cxcharter/ui/sections/priorities/priority_models.py" line="+23"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/initiatives_model.py" line="+1"/>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/overview/overview_page.py" line="-3"/>
        <location line="+3"/>
        <location filename="../../cxcharter/ui/sections/priorities/initiatives_model.py" line="+2"/>
        <location filename="../../cxcharter/ui/sections/priorities/priority_models.py" line="+3"/>
        <location filename="../../cxcharter/ui/sections/tracking_line.py" line="+44"/>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/initiative_scores.py" line="+107"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/initiatives_model.py" line="+36"/>
        <source>Rank by the score; a pin icon marks a rank pinned by hand</source>
        <translation>Rang nach Punktwert; ein Stecknadel-Symbol markiert einen von Hand festgelegten Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score by the charter&apos;s method</source>
        <translation>Punktwert nach der Methode der Charta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers reached per quarter</source>
        <translation>Erreichte Kundinnen und Kunden pro Quartal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact from 1 (low) to 10 (high)</source>
        <translation>Wirkung von 1 (gering) bis 10 (hoch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort from 1 (little) to 10 (a lot)</source>
        <translation>Aufwand von 1 (wenig) bis 10 (viel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How sure you are of the estimates, from 0 to 100 %</source>
        <translation>Wie sicher Sie sich Ihrer Schätzungen sind, von 0 bis 100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ease from 1 (hard) to 10 (easy)</source>
        <translation>Einfachheit von 1 (schwer) bis 10 (leicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must, should, could or won&apos;t have</source>
        <translation>Muss, sollte, könnte oder diesmal nicht</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/initiative_scores.py" line="+174"/>
        <location filename="../../cxcharter/ui/sections/priorities/initiatives_model.py" line="+113"/>
        <source>Needed for the score</source>
        <translation>Für den Punktwert nötig</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/initiatives_model.py" line="+36"/>
        <source>Pinned at rank {rank}: {reason}</source>
        <translation>Auf Rang {rank} festgelegt: {reason}</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/revision_view.py" line="+2"/>
        <location filename="../../cxcharter/ui/sections/priorities/priority_models.py" line="+42"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/priority_models.py" line="+1"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{weight} ({share})</source>
        <translation>{weight} ({share})</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/goals/goal_detail.py" line="+184"/>
        <location filename="../../cxcharter/ui/sections/goals/goal_model.py" line="+100"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/goals/goal_model.py" line="+1"/>
        <source>Primary</source>
        <translation>Hauptziel</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../cxcharter/ui/sections/overview/overview_page.py" line="-3"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checks</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/goals/goal_detail.py" line="+3"/>
        <location filename="../../cxcharter/ui/sections/goals/goal_model.py" line="+61"/>
        <source>The one goal that matters most; the others support it.</source>
        <translation>Das eine Ziel, das am meisten zählt; die anderen unterstützen es.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/goals/goal_model.py" line="+2"/>
        <source>Where the latest reading stands between baseline and target, and how it moved since the reading before.</source>
        <translation>Wo der neueste Messwert zwischen Ausgangswert und Zielwert steht und wie er sich seit dem vorherigen Messwert verändert hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rules this goal breaks and what it still lacks.</source>
        <translation>Welche Regeln dieses Ziel verletzt und was ihm noch fehlt.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No readings yet: add them under Readings.</source>
        <translation>Noch keine Messwerte: Erfassen Sie sie unter „Messwerte“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest reading: {value} on {date}</source>
        <translation>Neuester Messwert: {value} am {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress needs a baseline and a target that improves on it.</source>
        <translation>Für den Fortschritt braucht es einen Ausgangswert und einen Zielwert, der ihn verbessert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent} of the way from {baseline} to {target}</source>
        <translation>{percent} des Wegs von {baseline} zu {target}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unchanged since the reading before.</source>
        <translation>Unverändert seit dem vorherigen Messwert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>▲ Up {change} since the reading before.</source>
        <translation>▲ Plus {change} seit dem vorherigen Messwert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▼ Down {change} since the reading before.</source>
        <translation>▼ Minus {change} seit dem vorherigen Messwert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>▲ Up {change} since the reading before: better.</source>
        <translation>▲ Plus {change} seit dem vorherigen Messwert: besser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▼ Down {change} since the reading before: better.</source>
        <translation>▼ Minus {change} seit dem vorherigen Messwert: besser.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>▲ Up {change} since the reading before: worse.</source>
        <translation>▲ Plus {change} seit dem vorherigen Messwert: schlechter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▼ Down {change} since the reading before: worse.</source>
        <translation>▼ Minus {change} seit dem vorherigen Messwert: schlechter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Complete, and no rule broken</source>
        <translation>Vollständig, keine Regel verletzt</translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../../cxcharter/ui/sections/ways/ways_models.py" line="+322"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Better when</source>
        <translation>Besser, wenn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/overview/overview_page.py" line="-3"/>
        <location line="+6"/>
        <source>Who owes what</source>
        <translation>Offen je Person</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/goals/goal_detail.py" line="+5"/>
        <location filename="../../cxcharter/ui/sections/goals/goal_model.py" line="-272"/>
        <location filename="../../cxcharter/ui/sections/overview/overview_page.py" line="-4"/>
        <location filename="../../cxcharter/ui/sections/priorities/initiatives_model.py" line="-193"/>
        <location filename="../../cxcharter/ui/sections/priorities/priority_models.py" line="-53"/>
        <location filename="../../cxcharter/ui/sections/tracking_line.py" line="-8"/>
        <location filename="../../cxcharter/ui/sections/ways/ways_models.py" line="-197"/>
        <location line="+201"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/overview/overview_page.py" line="-184"/>
        <source>Overview: copy what the selected person owes as an e-mail</source>
        <translation>Übersicht: offene Punkte der gewählten Person als E-Mail kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview: write the selected person an e-mail</source>
        <translation>Übersicht: der gewählten Person eine E-Mail schreiben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add at least one touchpoint</source>
        <translation>Mindestens einen Touchpoint hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a goal with metric, baseline, target, owner and due date</source>
        <translation>Ein Ziel mit Kennzahl, Ausgangswert, Zielwert, verantwortlicher Person und Fälligkeit hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add activities, each with exactly one A and at least one R</source>
        <translation>Aktivitäten hinzufügen, jede mit genau einem A und mindestens einem R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an initiative you will pursue</source>
        <translation>Eine Initiative hinzufügen, die verfolgt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a stakeholder and a required approver</source>
        <translation>Einen Stakeholder und eine erforderliche Freigabe hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a meeting</source>
        <translation>Ein Meeting hinzufügen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{answered} · {n} not yet marked ready</source>
        <translation>{answered} · {n} noch nicht als fertig markiert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{questions} · {missing}</source>
        <translation>{questions} · {missing}</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+8"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="-4"/>
        <location filename="../../cxcharter/ui/sections/overview/owed_tree.py" line="+135"/>
        <source>Nobody owes anything — everything is ready for review.</source>
        <translation>Niemand hat etwas offen – alles ist bereit zur Prüfung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is overdue.</source>
        <translation>Nichts ist überfällig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every question has an owner.</source>
        <translation>Jede Frage hat eine verantwortliche Person.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>{done} of {total} required questions answered</source>
        <translation>{done} von {total} Pflichtfragen beantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{answered} · {n} questions not yet marked ready</source>
        <translation>{answered} · {n} Fragen noch nicht als fertig markiert</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../cxcharter/ui/sections/overview/owed_tree.py" line="-17"/>
        <source>{n} to do</source>
        <translation>{n} zu erledigen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/overview/owed_tree.py" line="-75"/>
        <source>Decision on the charter in review</source>
        <translation>Entscheidung über die Charta in Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awaited</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is a required approver and has not decided yet.</source>
        <translation>{name} muss die Charta freigeben und hat noch nicht entschieden.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Nobody owes anything yet: the open questions have no owner.</source>
        <translation>Noch hat niemand etwas offen: Die offenen Fragen haben keine verantwortliche Person.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Goal without an objective</source>
        <translation>Ziel ohne Zielbeschreibung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal: {objective}</source>
        <translation>Ziel: {objective}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: {fields}</source>
        <translation>Es fehlt: {fields}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Copy as e-mail</source>
        <translation>Als E-Mail kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write e-mail…</source>
        <translation>E-Mail schreiben …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contribution form…</source>
        <translation>Beitragsformular…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Write a fillable PDF with what {name} owes, to send them</source>
        <translation>Ein ausfüllbares PDF mit dem, was {name} noch schuldet, zum Verschicken schreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a person to write their contribution form.</source>
        <translation>Wählen Sie eine Person, um ihr Beitragsformular zu schreiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a person to copy their open items as an e-mail text.</source>
        <translation>Wählen Sie eine Person, um ihre offenen Punkte als E-Mail-Text zu kopieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a person to write them an e-mail.</source>
        <translation>Wählen Sie eine Person, um ihr eine E-Mail zu schreiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy what {name} still owes as a plain-text e-mail to the clipboard</source>
        <translation>Kopiert, was für {name} noch offen ist, als E-Mail-Text in die Zwischenablage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open your e-mail program with a message to {name}</source>
        <translation>Öffnet Ihr E-Mail-Programm mit einer Nachricht an {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has no e-mail address; add one on the People page.</source>
        <translation>Für {name} ist keine E-Mail-Adresse eingetragen; ergänzen Sie sie auf der Seite „Personen“.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Copied the e-mail text for {name}.</source>
        <translation>E-Mail-Text für {name} kopiert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No e-mail program could be opened; use “Copy as e-mail” instead.</source>
        <translation>Es ließ sich kein E-Mail-Programm öffnen; verwenden Sie stattdessen „Als E-Mail kopieren“.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/overview/overview_page.py" line="-29"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholder_detail.py" line="+112"/>
        <location filename="../../cxcharter/ui/tables/row_delegate.py" line="+72"/>
        <source>— nobody —</source>
        <translation>– niemand –</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Overdue since {date}</source>
        <translation>Überfällig seit {date}</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/people/people_table.py" line="+26"/>
        <source>Owns no question</source>
        <translation>Verantwortlich für keine Frage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owns 1 question</source>
        <translation>Verantwortlich für 1 Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owns {n} questions</source>
        <translation>Verantwortlich für {n} Fragen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/people/people_import.py" line="+34"/>
        <source>The file is not a CSV text file.</source>
        <translation>Die Datei ist keine CSV-Textdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read: {detail}</source>
        <translation>Die Datei kann nicht gelesen werden: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no column for the name. Its columns: {header}</source>
        <translation>Die Datei hat keine Spalte für den Namen. Ihre Spalten: {header}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has more than {limit} rows; only those were read.</source>
        <translation>Die Datei hat mehr als {limit} Zeilen; nur diese wurden gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV breaks at line {line}.</source>
        <translation>Die CSV-Datei ist in Zeile {line} fehlerhaft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not an e-mail address.</source>
        <translation>„{value}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is already in the list.</source>
        <translation>„{value}“ steht bereits in der Liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name is missing.</source>
        <translation>Der Name fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} is too long.</source>
        <translation>{field}: zu lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} contains a NUL character.</source>
        <translation>{field}: enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/team_step.py" line="+36"/>
        <source>Your team</source>
        <translation>Ihr Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is on your team?</source>
        <translation>Wer gehört zu Ihrem Team?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owners, approvers and RACI roles are chosen from these people. Type a few names now, import a CSV file, or skip: People takes more at any time.</source>
        <translation>Verantwortliche, Freigebende und RACI-Rollen werden aus diesen Personen gewählt. Tragen Sie jetzt einige Namen ein, importieren Sie eine CSV-Datei oder überspringen Sie den Schritt: Unter „Personen“ kommen jederzeit weitere hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../cxcharter/ui/sections/goals/goal_model.py" line="+263"/>
        <location filename="../../cxcharter/ui/sections/people/people_import.py" line="+22"/>
        <location filename="../../cxcharter/ui/sections/people/people_table.py" line="+9"/>
        <location filename="../../cxcharter/ui/sections/roles/bodies_models.py" line="+32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../cxcharter/ui/sections/people/people_import.py" line="+0"/>
        <location filename="../../cxcharter/ui/sections/people/people_table.py" line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../cxcharter/ui/sections/people/people_import.py" line="+0"/>
        <location filename="../../cxcharter/ui/sections/people/people_table.py" line="+1"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../cxcharter/ui/sections/people/people_import.py" line="+0"/>
        <location filename="../../cxcharter/ui/sections/people/people_table.py" line="+1"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/approvers_tab.py" line="+35"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add to the charter</source>
        <translation>Zur Charta hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import CSV…</source>
        <translation>CSV importieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/people/people_import.py" line="+0"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import?</source>
        <translation>Importieren?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../cxcharter/ui/undo.py" line="+32"/>
        <source>Import people</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To be added: {count}. Skipped rows: {skipped}.</source>
        <translation>Werden hinzugefügt: {count}. Übersprungene Zeilen: {skipped}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import people ({count})</source>
        <translation>Personen importieren ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File: {path}</source>
        <translation>Datei: {path}</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/people/people_table.py" line="+3"/>
        <source>Owns</source>
        <translation>Verantwortet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How many questions of the charter this person owns</source>
        <translation>Für wie viele Fragen der Charta diese Person verantwortlich ist</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/journey/journey_page.py" line="+51"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online shop</source>
        <translation>Onlineshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retailer</source>
        <translation>Händler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review platforms</source>
        <translation>Bewertungsportale</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../cxcharter/ui/sections/people/new_person.py" line="+29"/>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="-237"/>
        <source>Customer Service</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/people/new_person.py" line="+1"/>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+1"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/people/new_person.py" line="+1"/>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+1"/>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/people/new_person.py" line="+1"/>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+1"/>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/people/new_person.py" line="+1"/>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/people/new_person.py" line="+1"/>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+1"/>
        <source>Executive</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the channel of this touchpoint.</source>
        <translation>Nennen Sie den Kanal dieses Touchpoints.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the department that owns this touchpoint.</source>
        <translation>Nennen Sie die Abteilung, die für diesen Touchpoint verantwortlich ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholder_detail.py" line="-10"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholders_page.py" line="+93"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/journey/touchpoint_aside.py" line="+88"/>
        <source>Owning department</source>
        <translation>Verantwortliche Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/journey/touchpoint_aside.py" line="+6"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholders_page.py" line="+283"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+292"/>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>New touchpoint: type its name and press Enter</source>
        <translation>Neuer Touchpoint, Eingabetaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new touchpoint</source>
        <translation>Name des neuen Touchpoints</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Add touchpoint</source>
        <translation>Touchpoint hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show journey phase</source>
        <translation>Journey-Phase anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/priorities/priorities_page.py" line="+148"/>
        <source>All phases</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show channel</source>
        <translation>Kanal anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter touchpoints…</source>
        <translation>Touchpoints filtern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter touchpoints</source>
        <translation>Touchpoints filtern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../cxcharter/ui/sections/journey/touch_map.py" line="+271"/>
        <source>Touch map</source>
        <translation>Touchpoint-Landkarte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the touchpoints in a table (Ctrl+1)</source>
        <translation>Die Touchpoints in einer Tabelle bearbeiten (Strg+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the touchpoints by journey phase (Ctrl+2)</source>
        <translation>Die Touchpoints nach Journey-Phase sehen (Strg+2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholder_detail.py" line="+27"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Each card is a touchpoint under its journey phase, with the department that owns it and its channel. Press Enter or double-click a card to edit it in the table.</source>
        <translation>Jede Karte ist ein Touchpoint unter seiner Journey-Phase, mit verantwortlicher Abteilung und Kanal. Drücken Sie die Eingabetaste oder doppelklicken Sie auf eine Karte, um sie in der Tabelle zu bearbeiten.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Edit in the table</source>
        <translation>In der Tabelle bearbeiten</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No touchpoints yet. Start with the moments customers talk about most: the hotline, the website, the invoice.</source>
        <translation>Noch keine Touchpoints. Beginnen Sie mit den Momenten, über die Kundinnen und Kunden am meisten reden: die Hotline, die Website, die Rechnung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No touchpoints yet in: {phases}.</source>
        <translation>Noch keine Touchpoints in: {phases}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 touchpoint lacks its channel or owning department (marked).</source>
        <translation>1 Touchpoint fehlt der Kanal oder die verantwortliche Abteilung (markiert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} touchpoints lack their channel or owning department (marked).</source>
        <translation>{n} Touchpoints fehlt der Kanal oder die verantwortliche Abteilung (markiert).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Showing {shown} of {total} touchpoints.</source>
        <translation>{shown} von {total} Touchpoints angezeigt.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+32"/>
        <source>Required</source>
        <comment>placeholder of a field</comment>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/team_step.py" line="-9"/>
        <location filename="../../cxcharter/ui/sections/people/new_person.py" line="+13"/>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+2"/>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+6"/>
        <source>Choose or type</source>
        <translation>Wählen/eingeben</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/team_step.py" line="+1"/>
        <location filename="../../cxcharter/ui/sections/people/new_person.py" line="+7"/>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+3"/>
        <source>e.g. CX lead</source>
        <translation>z. B. CX-Leitung</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/tables/kind_suggestions.py" line="+77"/>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/people/new_person.py" line="+13"/>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+1"/>
        <location filename="../../cxcharter/ui/sections/priorities/priorities_page.py" line="-17"/>
        <location filename="../../cxcharter/ui/sections/priorities/priority_panels.py" line="+91"/>
        <location filename="../../cxcharter/ui/sections/roles/roles_page.py" line="+131"/>
        <location filename="../../cxcharter/ui/tables/kind_suggestions.py" line="+7"/>
        <location line="+71"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/tables/kind_suggestions.py" line="-68"/>
        <source>Add “{title}” (Enter)</source>
        <translation>„{title}“ hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add “{title}”</source>
        <translation>„{title}“ hinzufügen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add all</source>
        <translation>Alle hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add every suggestion in one step</source>
        <translation>Alle Vorschläge in einem Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/widgets/labels.py" line="+12"/>
        <source>Awareness</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consideration</source>
        <translation>Abwägung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty &amp; advocacy</source>
        <translation>Loyalität &amp; Empfehlung</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/priority_models.py" line="+45"/>
        <location filename="../../cxcharter/ui/widgets/labels.py" line="+1"/>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/widgets/labels.py" line="+1"/>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive sponsor</source>
        <translation>Sponsor aus der Geschäftsführung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steering committee</source>
        <translation>Lenkungskreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CX core team</source>
        <translation>CX-Kernteam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working group</source>
        <translation>Arbeitsgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CX ambassadors</source>
        <translation>CX-Botschafter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+3"/>
        <location filename="../../cxcharter/ui/widgets/labels.py" line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/widgets/labels.py" line="+1"/>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must have</source>
        <translation>Muss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Should have</source>
        <translation>Sollte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could have</source>
        <translation>Könnte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won&apos;t have (this time)</source>
        <translation>Diesmal nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sceptical</source>
        <translation>Skeptisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact / effort</source>
        <translation>Wirkung / Aufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICE (impact, confidence, ease)</source>
        <translation>ICE (Wirkung, Zuversicht, Einfachheit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RICE (reach, impact, confidence, effort)</source>
        <translation>RICE (Reichweite, Wirkung, Zuversicht, Aufwand)</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/priority_texts.py" line="+22"/>
        <location filename="../../cxcharter/ui/widgets/labels.py" line="+1"/>
        <source>MoSCoW</source>
        <translation>MoSCoW</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/widgets/labels.py" line="+1"/>
        <source>Weighted criteria</source>
        <translation>Gewichtete Kriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent (no serious objection)</source>
        <translation>Konsent (kein schwerwiegender Einwand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner decides after consultation</source>
        <translation>Verantwortliche Person entscheidet nach Rücksprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority vote</source>
        <translation>Mehrheitsentscheid</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="-60"/>
        <source>People: add a person</source>
        <translation>Personen: Person hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People: remove the selected people</source>
        <translation>Personen: ausgewählte Personen entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People: edit the selected cell</source>
        <translation>Personen: ausgewähltes Feld bearbeiten</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Hide this form (Esc)</source>
        <translation>Dieses Formular ausblenden (Esc)</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/people/new_person.py" line="-23"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+9"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+1"/>
        <source>De&amp;partment</source>
        <translation>&amp;Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+1"/>
        <source>R&amp;ole</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>They join the charter&apos;s people and are chosen here.</source>
        <translation>Die Person wird in die Personen der Charta aufgenommen und hier ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+44"/>
        <source>Please enter a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Everyone who owns, answers or approves a part of this charter.</source>
        <translation>Alle, die einen Teil dieser Charta verantworten, beantworten oder freigeben.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/roles/bodies_models.py" line="-1"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meets</source>
        <translation>Tagt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../cxcharter/ui/sections/roles/bodies_tab.py" line="+240"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../cxcharter/ui/sections/ways/ways_models.py" line="-192"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision authority</source>
        <translation>Entscheidungsbefugnis</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{n}: {names}</source>
        <translation>{n}: {names}</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/roles/bodies_tab.py" line="-125"/>
        <source>Add body</source>
        <translation>Gremium hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the selected body (Delete)</source>
        <translation>Das ausgewählte Gremium entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the body up (Ctrl+Up)</source>
        <translation>Das Gremium nach oben verschieben (Strg+Pfeil nach oben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the body down (Ctrl+Down)</source>
        <translation>Das Gremium nach unten verschieben (Strg+Pfeil nach unten)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who steers your CX work? Add the executive sponsor, a steering committee, the CX core team, working groups and CX ambassadors.</source>
        <translation>Wer steuert Ihre CX-Arbeit? Fügen Sie den Sponsor aus der Geschäftsführung, einen Lenkungskreis, das CX-Kernteam, Arbeitsgruppen und CX-Botschafter hinzu.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../cxcharter/ui/sections/roles/roles_page.py" line="+369"/>
        <source>Governance bodies</source>
        <translation>Gremien</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Decision authority</source>
        <translation>&amp;Entscheidungsbefugnis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add a new person to the charter as a member of this body</source>
        <translation>Eine neue Person zur Charta hinzufügen, als Mitglied dieses Gremiums</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+9"/>
        <location filename="../../cxcharter/ui/sections/roles/bodies_tab.py" line="-19"/>
        <source>Filter people…</source>
        <translation>Personen filtern …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../cxcharter/ui/sections/roles/bodies_tab.py" line="+2"/>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/roles/bodies_tab.py" line="+55"/>
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} members</source>
        <translation>{n} Mitglieder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No body selected</source>
        <translation>Kein Gremium ausgewählt</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+5"/>
        <location line="+18"/>
        <location filename="../../cxcharter/ui/undo.py" line="-5"/>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Add a person to the team ({shortcut})</source>
        <translation>Eine Person zum Team hinzufügen ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/goals/custom_metrics.py" line="+32"/>
        <location line="+10"/>
        <source>Custom metrics</source>
        <translation>Eigene Kennzahlen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Metrics of your own, with their unit, scale and the direction that is better. Goals can use them like the standard ones.</source>
        <translation>Kennzahlen nach Ihrer Wahl, mit Einheit, Skala und der Richtung, die besser ist. Ziele können sie wie die Standardkennzahlen verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the goal</source>
        <translation>Zurück zum Ziel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New metric: type its name and press Enter</source>
        <translation>Neue Kennzahl: Namen eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new metric</source>
        <translation>Name der neuen Kennzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add metric</source>
        <translation>Kennzahl hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove metric</source>
        <translation>Kennzahl entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals that use it keep their numbers and lose the metric (Undo brings it back).</source>
        <translation>Ziele, die sie verwenden, behalten ihre Zahlen und verlieren die Kennzahl („Rückgängig“ holt sie zurück).</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/goals/goals_page.py" line="+126"/>
        <source>New goal: type its objective and press Enter</source>
        <translation>Neues Ziel, Eingabetaste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective of the new goal</source>
        <translation>Zielsetzung des neuen Ziels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a goal ({shortcut})</source>
        <translation>Ein Ziel hinzufügen ({shortcut})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+112"/>
        <source>Add goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+112"/>
        <location filename="../../cxcharter/ui/sections/priorities/priorities_page.py" line="+3"/>
        <location line="+111"/>
        <location filename="../../cxcharter/ui/sections/priorities/priority_panels.py" line="+2"/>
        <location line="+17"/>
        <location filename="../../cxcharter/ui/sections/roles/bodies_tab.py" line="-179"/>
        <location line="+74"/>
        <location filename="../../cxcharter/ui/sections/roles/roles_page.py" line="-354"/>
        <location filename="../../cxcharter/ui/tables/kind_table.py" line="+221"/>
        <location line="+45"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Remove the selected goal and its readings (Delete)</source>
        <translation>Das ausgewählte Ziel und seine Messwerte entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+112"/>
        <location filename="../../cxcharter/ui/sections/roles/bodies_tab.py" line="-71"/>
        <location filename="../../cxcharter/ui/sections/roles/roles_page.py" line="+3"/>
        <location filename="../../cxcharter/ui/tables/kind_table.py" line="-42"/>
        <location line="+46"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Move the goal up (Ctrl+Up)</source>
        <translation>Das Ziel nach oben verschieben (Strg+Pfeil nach oben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+112"/>
        <location filename="../../cxcharter/ui/sections/roles/bodies_tab.py" line="+3"/>
        <location filename="../../cxcharter/ui/sections/roles/roles_page.py" line="+3"/>
        <location filename="../../cxcharter/ui/tables/kind_table.py" line="-43"/>
        <location line="+46"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Move the goal down (Ctrl+Down)</source>
        <translation>Das Ziel nach unten verschieben (Strg+Pfeil nach unten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom metrics…</source>
        <translation>Eigene Kennzahlen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Define metrics of your own</source>
        <translation>Eigene Kennzahlen festlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>No goals yet. Type the first objective above and press Enter; then choose its metric, baseline and target.</source>
        <translation>Noch keine Ziele. Geben Sie oben die erste Zielsetzung ein und drücken Sie die Eingabetaste; wählen Sie dann Kennzahl, Ausgangswert und Zielwert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a goal to see its details and readings.</source>
        <translation>Wählen Sie ein Ziel, um seine Details und Messwerte zu sehen.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Goals &amp; metrics</source>
        <translation>Ziele &amp; Kennzahlen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+3"/>
        <source>Import from CSV…</source>
        <translation>Aus CSV importieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add people from a CSV file with the columns name, email, department and role; you see a preview first</source>
        <translation>Personen aus einer CSV-Datei mit den Spalten Name, E-Mail, Abteilung und Rolle hinzufügen; Sie sehen zuerst eine Vorschau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected people (Delete)</source>
        <translation>Die ausgewählten Personen entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Add the people of your team: everyone who will own a question, answer it or approve the charter.</source>
        <translation>Fügen Sie die Personen Ihres Teams hinzu: alle, die eine Frage verantworten, beantworten oder die Charta freigeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody matches “{text}”.</source>
        <translation>Niemand passt zu „{text}“.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Import people from a CSV file</source>
        <translation>Personen aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/undo.py" line="+4"/>
        <source>Remove {n} people</source>
        <translation>{n} Personen entfernen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/people/people_page.py" line="+40"/>
        <location filename="../../cxcharter/ui/undo.py" line="-1"/>
        <source>Remove person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{name}”?</source>
        <translation>„{name}“ entfernen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove people</source>
        <translation>Personen entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {n} people?</source>
        <translation>{n} Personen entfernen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 question will lose its owner.</source>
        <translation>1 Frage verliert ihre verantwortliche Person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} questions will lose their owner.</source>
        <translation>{n} Fragen verlieren ihre verantwortliche Person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 answer names them and will be emptied.</source>
        <translation>1 Antwort nennt sie und wird geleert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} answers name them and will be emptied.</source>
        <translation>{n} Antworten nennen sie und werden geleert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this.</source>
        <translation>Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/question_card.py" line="+93"/>
        <source>Required</source>
        <comment>badge of a question</comment>
        <translation>Pflichtfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional</source>
        <comment>badge of a question</comment>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/goals/goal_detail.py" line="+4"/>
        <location filename="../../cxcharter/ui/sections/tracking_line.py" line="+10"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/tracking_line.py" line="-9"/>
        <source>Owner: who answers this question</source>
        <translation>Verantwortlich: wer diese Frage beantwortet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When this answer is due. {key} clears the date.</source>
        <translation>Bis wann diese Antwort fällig ist. {key} löscht das Datum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/question_card.py" line="+19"/>
        <source>Write your answer here…</source>
        <translation>Schreiben Sie hier Ihre Antwort …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— choose a person from People —</source>
        <translation>– Person aus „Personen“ wählen –</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>How to answer</source>
        <translation>So antworten Sie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Example: {text}</source>
        <translation>Beispiel: {text}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/undo.py" line="-8"/>
        <source>Edit answer</source>
        <translation>Antwort bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose person</source>
        <translation>Person wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign owner</source>
        <translation>Verantwortliche Person zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change due date</source>
        <translation>Fälligkeitsdatum ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add and choose person</source>
        <translation>Person hinzufügen und auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add suggested criteria</source>
        <translation>Vorgeschlagene Kriterien hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take back a contribution</source>
        <translation>Beitrag zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/welcome.py" line="-5"/>
        <source>Write your customer-experience charter one question at a time, agree who owns what, and get it approved.</source>
        <translation>Schreiben Sie Ihre Customer-Experience-Charta Frage für Frage, vereinbaren Sie, wer wofür verantwortlich ist, und holen Sie die Freigabe ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New charter…</source>
        <translation>&amp;Neue Charta …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;sample charter</source>
        <translation>&amp;Beispiel-Charta öffnen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/menus.py" line="-94"/>
        <location filename="../../cxcharter/ui/app/welcome.py" line="+10"/>
        <source>A complete example charter to explore and try things on</source>
        <translation>Eine vollständige Beispiel-Charta zum Erkunden und Ausprobieren</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/welcome.py" line="-3"/>
        <source>Start an empty charter, guided section by section ({key})</source>
        <translation>Eine leere Charta beginnen, Abschnitt für Abschnitt angeleitet ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a .cxcharter file ({key})</source>
        <translation>Eine .cxcharter-Datei öffnen ({key})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent charters</source>
        <translation>&amp;Zuletzt geöffnete Chartas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent charters</source>
        <translation>Zuletzt geöffnete Chartas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recent charters yet. Create a new one or open the sample to look around.</source>
        <translation>Noch keine zuletzt geöffneten Chartas. Legen Sie eine neue an oder öffnen Sie das Beispiel, um sich umzusehen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing: {folder}</source>
        <translation>fehlt: {folder}</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/workspace.py" line="+35"/>
        <source>Back to the list of sections</source>
        <translation>Zurück zur Liste der Abschnitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of sections: into the page shown</source>
        <translation>Abschnittsliste: in die angezeigte Seite wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages with tabs: the next tab</source>
        <translation>Seiten mit Registerkarten: nächste Registerkarte</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Charter sections</source>
        <translation>Abschnitte der Charta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up and Down choose a section, Enter goes into its page, Escape comes back here</source>
        <translation>Mit den Pfeiltasten wählen Sie einen Abschnitt, mit der Eingabetaste gelangen Sie auf seine Seite, mit Esc zurück hierher</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open anyway…</source>
        <translation>Trotzdem öffnen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take over the file from the other computer. Only if nobody is editing it there: otherwise one of you loses changes.</source>
        <translation>Die Datei vom anderen Computer übernehmen. Nur, wenn dort niemand sie bearbeitet: Sonst verliert einer von Ihnen Änderungen.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/widgets/fields.py" line="+23"/>
        <source>Date field: clear the date</source>
        <translation>Datumsfeld: Datum löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date field: change the day, month or year at the cursor (an empty date starts at today)</source>
        <translation>Datumsfeld: Tag, Monat oder Jahr an der Schreibmarke ändern (ein leeres Datum beginnt bei heute)</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/people/new_person.py" line="+63"/>
        <location filename="../../cxcharter/ui/widgets/fields.py" line="+134"/>
        <source>No people yet — add one with “New person…”</source>
        <translation>Noch keine Personen – fügen Sie eine mit „Neue Person …“ hinzu</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../cxcharter/ui/widgets/fields.py" line="+10"/>
        <source>New person…</source>
        <translation>Neue Person …</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/help_page.py" line="+28"/>
        <location line="+66"/>
        <source>How to write a CX charter</source>
        <translation>So schreiben Sie eine CX-Charta</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A CX charter answers a few questions every customer-experience team must agree on. Work through them section by section: each question below comes with why it matters, what a good answer contains, and an example.

Give every question an owner and a due date, answer in your own words, and set the status to “Ready for review” when an answer is done. The overview shows what is still open.</source>
        <translation>Eine CX-Charta beantwortet die Fragen, über die sich jedes Customer-Experience-Team einig sein muss. Gehen Sie sie Abschnitt für Abschnitt durch: Zu jeder Frage unten steht, warum sie wichtig ist, was eine gute Antwort enthält, und ein Beispiel.

Geben Sie jeder Frage eine verantwortliche Person und ein Fälligkeitsdatum, antworten Sie in Ihren eigenen Worten und setzen Sie den Status auf „Bereit zur Prüfung“, wenn eine Antwort fertig ist. Die Übersicht zeigt, was noch offen ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>required</source>
        <translation>Pflichtfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>How to Write a CX Charter</source>
        <translation>So schreiben Sie eine CX-Charta</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/section_page.py" line="+66"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/shortcuts_dialog.py" line="+36"/>
        <source>Enter</source>
        <comment>the key</comment>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the pages</source>
        <translation>In den Seiten</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/ways/ways_page.py" line="+177"/>
        <location line="+4"/>
        <location filename="../../cxcharter/ui/undo.py" line="-16"/>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/undo.py" line="+1"/>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder</source>
        <translation>Reihenfolge ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change assignment</source>
        <translation>Zuordnung ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change setting</source>
        <translation>Einstellung ändern</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/goals/goal_delegates.py" line="+34"/>
        <location filename="../../cxcharter/ui/sections/goals/goal_model.py" line="-267"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— no metric —</source>
        <translation>– keine Kennzahl –</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} (custom)</source>
        <translation>{name} (eigene)</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/governance_texts.py" line="-188"/>
        <location filename="../../cxcharter/ui/sections/goals/goal_detail.py" line="-125"/>
        <location filename="../../cxcharter/ui/sections/overview/owed_tree.py" line="-240"/>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/goals/goal_detail.py" line="+1"/>
        <location filename="../../cxcharter/ui/sections/overview/owed_tree.py" line="+1"/>
        <source>baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/goals/goal_detail.py" line="+1"/>
        <location filename="../../cxcharter/ui/sections/overview/owed_tree.py" line="+1"/>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../cxcharter/ui/sections/goals/goal_detail.py" line="+1"/>
        <source>owner</source>
        <translation>verantwortliche Person</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../cxcharter/ui/sections/goals/goal_detail.py" line="+1"/>
        <location filename="../../cxcharter/ui/sections/overview/owed_tree.py" line="+1"/>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/goals/goal_detail.py" line="+63"/>
        <source>Why it matters: which business or department goal does it support?</source>
        <translation>Warum es zählt: Welches Unternehmens- oder Bereichsziel unterstützt es?</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/contribution_flow.py" line="+52"/>
        <source>This contribution form belongs to another charter.</source>
        <translation>Dieses Beitragsformular gehört zu einer anderen Charta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This form was made for a person who is no longer in the charter.</source>
        <translation>Dieses Formular wurde für eine Person erstellt, die nicht mehr in der Charta steht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This contribution form has been imported already.</source>
        <translation>Dieses Beitragsformular wurde bereits importiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The charter is in review or approved; its content cannot change now.</source>
        <translation>Die Charta ist in Prüfung oder freigegeben; ihr Inhalt kann sich jetzt nicht ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{field}” is too long ({length} characters; at most {limit}).</source>
        <translation>„{field}“ ist zu lang ({length} Zeichen; höchstens {limit}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{field}” must be a number, not “{value}”.</source>
        <translation>„{field}“ muss eine Zahl sein, nicht „{value}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{field}” must be a finite number.</source>
        <translation>„{field}“ muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{field}”: {value} is outside {low} … {high}.</source>
        <translation>„{field}“: {value} liegt außerhalb von {low} … {high}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{field}”: “{value}” is not a date.</source>
        <translation>„{field}“: „{value}“ ist kein Datum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{field}” is needed.</source>
        <translation>„{field}“ wird benötigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{field}” cannot be stored.</source>
        <translation>„{field}“ kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../cxcharter/ui/sections/goals/goal_detail.py" line="+2"/>
        <source>Why it matters</source>
        <translation>Warum es zählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New reading: value</source>
        <translation>Neue Messung: Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New reading: date</source>
        <translation>Neue Messung: Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New reading: note</source>
        <translation>Neue Messung: Notiz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{name} changed one field.</source>
        <translation>{name} hat ein Feld geändert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{name} changed {n} fields.</source>
        <translation>{name} hat {n} Felder geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One field is unchanged.</source>
        <translation>Ein Feld ist unverändert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{k} fields are unchanged.</source>
        <translation>{k} Felder sind unverändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One conflict: the charter changed there too since the form was made.</source>
        <translation>Ein Konflikt: Dort hat sich auch die Charta geändert, seit das Formular erstellt wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{c} conflicts: the charter changed there too since the form was made.</source>
        <translation>{c} Konflikte: Dort hat sich auch die Charta geändert, seit das Formular erstellt wurde.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Import contribution of {name}</source>
        <translation>Beitrag von {name} importieren</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Will be applied</source>
        <translation>Wird übernommen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>• New reading {value} on {date}</source>
        <translation>• Neue Messung {value} am {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skipped, no longer {name}&apos;s or no longer in the charter: {fields}</source>
        <translation>Übersprungen, weil nicht mehr von {name} verantwortet oder nicht mehr in der Charta: {fields}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Conflict: {field}</source>
        <translation>Konflikt: {field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the charter&apos;s</source>
        <translation>Wert der Charta behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the contributor&apos;s</source>
        <translation>Wert der beitragenden Person übernehmen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The charter&apos;s value</source>
        <translation>Wert der Charta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contributor&apos;s value</source>
        <translation>Wert der beitragenden Person</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Contribution form</source>
        <translation>Beitragsformular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contribution form for {name}</source>
        <translation>Beitragsformular für {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} owes nothing; no form was written.</source>
        <translation>{name} schuldet nichts; es wurde kein Formular geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contribution form was not written</source>
        <translation>Das Beitragsformular wurde nicht geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contribution form for {name} written to {file}. Import the filled-in form with File → Import Contribution….</source>
        <translation>Beitragsformular für {name} in {file} geschrieben. Importieren Sie das ausgefüllte Formular mit Datei → Beitrag importieren….</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../cxcharter/ui/undo.py" line="+8"/>
        <source>Import contribution</source>
        <translation>Beitrag importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Contribution</source>
        <translation>Beitrag importieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} is not a contribution form, or it is damaged.</source>
        <translation>{file} ist kein Beitragsformular, oder es ist beschädigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Contribution not imported</source>
        <translation>Beitrag nicht importiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contribution of {name} imported: {n} change(s). Undo takes it back in one step.</source>
        <translation>Beitrag von {name} importiert: {n} Änderung(en). Rückgängig nimmt ihn in einem Schritt zurück.</translation>
    </message>
    <message>
        <location line="-279"/>
        <location filename="../../cxcharter/ui/sections/goals/goal_detail.py" line="+5"/>
        <location filename="../../cxcharter/ui/sections/goals/goal_model.py" line="+1"/>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/goals/goal_detail.py" line="+3"/>
        <source>Baseline date</source>
        <translation>Datum des Ausgangswerts</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/contribution_flow.py" line="+1"/>
        <location filename="../../cxcharter/ui/sections/goals/goal_detail.py" line="+2"/>
        <location filename="../../cxcharter/ui/sections/goals/goal_model.py" line="+1"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/goals/goal_detail.py" line="+10"/>
        <location filename="../../cxcharter/ui/sections/journey/journey_page.py" line="-303"/>
        <location filename="../../cxcharter/ui/sections/priorities/initiative_scores.py" line="-169"/>
        <source>Journey phase</source>
        <translation>Journey-Phase</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/revision_view.py" line="-10"/>
        <location filename="../../cxcharter/ui/sections/goals/goal_detail.py" line="+7"/>
        <location filename="../../cxcharter/ui/sections/journey/journey_page.py" line="-1"/>
        <location filename="../../cxcharter/ui/sections/priorities/initiative_scores.py" line="+6"/>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/goals/goal_detail.py" line="+6"/>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the numbers come from</source>
        <translation>Woher die Zahlen kommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measurement cadence</source>
        <translation>Messrhythmus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholder_detail.py" line="-23"/>
        <source>e.g. monthly</source>
        <translation>z. B. monatlich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Primary goal</source>
        <translation>&amp;Hauptziel</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../cxcharter/ui/sections/tracking_line.py" line="-24"/>
        <source>No owner yet</source>
        <translation>Noch niemand verantwortlich</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Objecti&amp;ve:</source>
        <translation>Z&amp;iel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own&amp;er:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why it matters:</source>
        <translation>&amp;Warum es zählt:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>measured &amp;on</source>
        <translation>gemessen &amp;am</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Baseline:</source>
        <translation>&amp;Ausgangswert:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>d&amp;ue on</source>
        <translation>fällig a&amp;m</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Target:</source>
        <translation>&amp;Zielwert:</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Journey phase:</source>
        <translation>&amp;Journey-Phase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/priorities/initiative_scores.py" line="+29"/>
        <source>Tou&amp;chpoint:</source>
        <translation>&amp;Touchpoint:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data source:</source>
        <translation>&amp;Datenquelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholder_detail.py" line="+24"/>
        <source>Ca&amp;dence:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose a metric to see its scale and what it measures.</source>
        <translation>Wählen Sie eine Kennzahl, um ihre Skala und das Gemessene zu sehen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>To complete this goal, add: {fields}.</source>
        <translation>Damit dieses Ziel vollständig ist, ergänzen Sie: {fields}.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/goals/goal_readings.py" line="+110"/>
        <source>Readings</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Readings of the selected goal</source>
        <translation>Messwerte des ausgewählten Ziels</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Date of the new reading</source>
        <translation>Datum des neuen Messwerts</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/goals/goal_model.py" line="+232"/>
        <location filename="../../cxcharter/ui/sections/goals/goal_readings.py" line="+4"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/goals/goal_readings.py" line="+1"/>
        <source>Value of the new reading</source>
        <translation>Wert des neuen Messwerts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note (optional)</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on the new reading</source>
        <translation>Notiz zum neuen Messwert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <comment>a reading</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Enter the value of the reading as a number.</source>
        <translation>Geben Sie den Wert des Messwerts als Zahl ein.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Add the reading (Enter)</source>
        <translation>Messwert hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+3"/>
        <source>Remove reading</source>
        <translation>Messwert entfernen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Remove the selected reading (Delete)</source>
        <translation>Den ausgewählten Messwert entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/goals/goal_texts.py" line="+24"/>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No metric chosen yet.</source>
        <translation>Noch keine Kennzahl gewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No baseline yet.</source>
        <translation>Noch kein Ausgangswert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No target yet.</source>
        <translation>Noch kein Zielwert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No owner yet.</source>
        <translation>Noch keine verantwortliche Person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No due date yet.</source>
        <translation>Noch kein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something is missing.</source>
        <translation>Es fehlt noch etwas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The target ({target}) must be below the baseline ({baseline}): lower is better for this metric.</source>
        <translation>Der Zielwert ({target}) muss unter dem Ausgangswert ({baseline}) liegen: Bei dieser Kennzahl ist niedriger besser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target ({target}) must be above the baseline ({baseline}): higher is better for this metric.</source>
        <translation>Der Zielwert ({target}) muss über dem Ausgangswert ({baseline}) liegen: Bei dieser Kennzahl ist höher besser.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reading of {date} ({value}) is outside the metric&apos;s scale ({scale}).</source>
        <translation>Der Messwert vom {date} ({value}) liegt außerhalb der Skala der Kennzahl ({scale}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The baseline {value} is outside the metric&apos;s scale ({scale}).</source>
        <translation>Der Ausgangswert {value} liegt außerhalb der Skala der Kennzahl ({scale}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target {value} is outside the metric&apos;s scale ({scale}).</source>
        <translation>Der Zielwert {value} liegt außerhalb der Skala der Kennzahl ({scale}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown metric “{key}”: choose one from the list.</source>
        <translation>Unbekannte Kennzahl „{key}“: Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due date must come after the baseline date ({date}).</source>
        <translation>Das Fälligkeitsdatum muss nach dem Datum des Ausgangswerts ({date}) liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} goals are marked primary. Choose the one that matters most; the others support it.</source>
        <translation>{count} Ziele sind als Hauptziel markiert. Wählen Sie das eine, das am meisten zählt; die anderen unterstützen es.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This charter has {count} goals. Charters with too many KPIs get ignored: consider keeping {limit} or fewer.</source>
        <translation>Diese Charta hat {count} Ziele. Chartas mit zu vielen KPIs werden ignoriert: Beschränken Sie sich besser auf {limit} oder weniger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A custom metric needs a name.</source>
        <translation>Eine eigene Kennzahl braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lower end of the scale must be below the upper end.</source>
        <translation>Das untere Ende der Skala muss unter dem oberen liegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{low} … {high}</source>
        <translation>{low} … {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least {low}</source>
        <translation>mindestens {low}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {high}</source>
        <translation>höchstens {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any value</source>
        <translation>beliebiger Wert</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/backups.py" line="+117"/>
        <source>{problem}

CX Charter has a backup of this charter from {when}. Restore it as a copy beside the damaged file and open the copy?</source>
        <translation>{problem}

CX Charter hat eine Sicherung dieser Charta vom {when}. Soll sie als Kopie neben der beschädigten Datei wiederhergestellt und die Kopie geöffnet werden?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The charter is damaged</source>
        <translation>Die Charta ist beschädigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot restore the backup</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/initiative_scores.py" line="-88"/>
        <source>{field}: write a quarter like 2027-Q3; “{text}” was not saved.</source>
        <translation>{field}: Schreiben Sie ein Quartal wie 2027-Q3; „{text}“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field}: “{text}” is not a number and was not saved.</source>
        <translation>{field}: „{text}“ ist keine Zahl und wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field} must be at least {low}; {value} was not saved.</source>
        <translation>{field} muss mindestens {low} sein; {value} wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} runs from {low} to {high}; {value} was not saved.</source>
        <translation>{field} reicht von {low} bis {high}; {value} wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quartal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/contribution_flow.py" line="+2"/>
        <location filename="../../cxcharter/ui/sections/priorities/initiative_detail.py" line="+136"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/initiative_detail.py" line="+0"/>
        <source>What it is and what changes for customers</source>
        <translation>Worum es geht und was sich für Kundinnen und Kunden ändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pinned rank</source>
        <translation>Festgelegter Rang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the pinned rank</source>
        <translation>Grund für den festgelegten Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this rank, whatever the score</source>
        <translation>Warum dieser Rang?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pin rank</source>
        <translation>Rang &amp;festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this initiative at this rank, whatever its score</source>
        <translation>Diese Initiative auf diesem Rang halten, unabhängig von ihrem Punktwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unpin</source>
        <translation>Festlegung &amp;aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank it by its score again</source>
        <translation>Wieder nach Punktwert einordnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../cxcharter/ui/sections/priorities/priority_models.py" line="-46"/>
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is not pursued (shown on the “not doing” list)</source>
        <translation>Warum sie nicht verfolgt wird (steht auf der Liste „Machen wir nicht“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+132"/>
        <source>Move to “&amp;Not doing”</source>
        <translation>Nach „&amp;Machen wir nicht“ verschieben</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+134"/>
        <source>Drop the initiative: it leaves the ranking and stays visible with its reason</source>
        <translation>Die Initiative verwerfen: Sie verlässt die Rangliste und bleibt mit ihrem Grund sichtbar</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Linked goals</source>
        <translation>Verknüpfte Ziele</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No goals yet: add them on the Goals section&apos;s “Goals &amp; metrics” tab.</source>
        <translation>Noch keine Ziele: Erfassen Sie sie im Abschnitt „Ziele“ auf der Registerkarte „Ziele &amp; Kennzahlen“.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Why not:</source>
        <translation>&amp;Warum nicht:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pinned &amp;rank, whatever the score:</source>
        <translation>Festgelegter &amp;Rang, unabhängig vom Punktwert:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Linked goals:</source>
        <translation>&amp;Verknüpfte Ziele:</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../../cxcharter/ui/sections/priorities/matrix_tab.py" line="+124"/>
        <source>No initiative selected</source>
        <translation>Keine Initiative ausgewählt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put it back on the ranked list as an idea</source>
        <translation>Als Idee zurück auf die Rangliste setzen</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../cxcharter/ui/sections/priorities/priority_panels.py" line="-68"/>
        <source>Not doing</source>
        <translation>Machen wir nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rank {rank}</source>
        <translation>Rang {rank}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not ranked</source>
        <translation>Ohne Rang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score {score}</source>
        <translation>Punktwert {score}</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/tables/kind_table.py" line="-225"/>
        <source>Tabs with a table: add an entry</source>
        <translation>Registerkarten mit Tabelle: Eintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabs with a table: move the selected entry up</source>
        <translation>Registerkarten mit Tabelle: ausgewählten Eintrag nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabs with a table: move the selected entry down</source>
        <translation>Registerkarten mit Tabelle: ausgewählten Eintrag nach unten verschieben</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Remove the selected entry (Delete)</source>
        <translation>Den ausgewählten Eintrag entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected entry up (Ctrl+Up)</source>
        <translation>Den ausgewählten Eintrag nach oben verschieben (Strg+Pfeil nach oben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected entry down (Ctrl+Down)</source>
        <translation>Den ausgewählten Eintrag nach unten verschieben (Strg+Pfeil nach unten)</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/priority_panels.py" line="+11"/>
        <source>Nothing here yet. Set an initiative&apos;s status to “Dropped” to keep it visible here with the reason.</source>
        <translation>Hier ist noch nichts. Setzen Sie den Status einer Initiative auf „Verworfen“, damit sie hier mit ihrem Grund sichtbar bleibt.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/priorities_page.py" line="-66"/>
        <location filename="../../cxcharter/ui/sections/priorities/priority_panels.py" line="+27"/>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/priority_panels.py" line="+8"/>
        <source>New criterion: type its name and press Enter</source>
        <translation>Neues Kriterium: Namen eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new criterion</source>
        <translation>Name des neuen Kriteriums</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the selected criterion and its points (Delete)</source>
        <translation>Das ausgewählte Kriterium und seine Punkte entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the usual four</source>
        <translation>Die üblichen vier hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer value 40, business value 30, cost 20 and risk 10 (for cost and risk, lower is better)</source>
        <translation>Kundennutzen 40, Geschäftsnutzen 30, Kosten 20 und Risiko 10 (bei Kosten und Risiko ist niedriger besser)</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/priorities_page.py" line="-63"/>
        <source>Scoring method</source>
        <translation>Bewertungsmethode</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New initiative: type its title and press Enter</source>
        <translation>Neue Initiative, Eingabetaste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title of the new initiative</source>
        <translation>Titel der neuen Initiative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an initiative ({shortcut})</source>
        <translation>Eine Initiative hinzufügen ({shortcut})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the selected initiative (Delete)</source>
        <translation>Die ausgewählte Initiative entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show initiatives with status</source>
        <translation>Initiativen mit Status anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show initiatives of the journey phase</source>
        <translation>Initiativen der Journey-Phase anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Filter by owner</source>
        <translation>Person filtern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score &amp;&amp; plan</source>
        <translation>Bewertung &amp;&amp; Planung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every input of the scoring method, quarter, journey phase and touchpoint</source>
        <translation>Alle Werte der Bewertungsmethode, Quartal, Journey-Phase und Touchpoint</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criteria of the weighted method</source>
        <translation>Kriterien der gewichteten Methode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initiatives, ranked</source>
        <translation>Initiativen nach Rang</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Add initiative</source>
        <translation>Initiative hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scoring &amp;method:</source>
        <translation>Bewertungs&amp;methode:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Not doing ({count})</source>
        <translation>Machen wir nicht ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No initiatives yet. Type the first one above and press Enter, then give it the scores of the method.</source>
        <translation>Noch keine Initiativen. Geben Sie oben die erste ein und drücken Sie die Eingabetaste; vergeben Sie dann die Werte der Methode.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not scored yet: {count} (what is missing is marked).</source>
        <translation>Noch nicht bewertet: {count} (was fehlt, ist markiert).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Showing {shown} of {total} initiatives.</source>
        <translation>{shown} von {total} Initiativen angezeigt.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/matrix_tab.py" line="-90"/>
        <source>Every initiative with impact and effort is a dot. Click one (or Tab here and use the arrow keys) to see it; double-click or Enter shows it in the list.</source>
        <translation>Jede Initiative mit Wirkung und Aufwand ist ein Punkt. Klicken Sie einen an (oder springen Sie mit Tab hierher und nutzen Sie die Pfeiltasten), um ihn zu sehen; Doppelklick oder Eingabetaste zeigt ihn in der Liste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show in &amp;list</source>
        <translation>In der &amp;Liste zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● open   ○ done</source>
        <translation>● offen   ○ fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;done initiatives</source>
        <translation>&amp;Fertige Initiativen zeigen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not on the matrix (no impact or effort yet): {count}</source>
        <translation>Nicht in der Matrix (noch ohne Wirkung oder Aufwand): {count}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{quadrant}: impact {impact}, effort {effort}</source>
        <translation>{quadrant}: Wirkung {impact}, Aufwand {effort}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rank {rank}, score {score}</source>
        <translation>Rang {rank}, Punktwert {score}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Owner: {name}</source>
        <translation>Verantwortlich: {name}</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/priorities_page.py" line="+145"/>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/priorities/priority_matrix.py" line="+69"/>
        <source>Impact/effort matrix</source>
        <translation>Wirkung-Aufwand-Matrix</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/priority_matrix.py" line="+3"/>
        <source>Each initiative is a dot by its effort and impact. Arrow keys move between them; Enter shows the selected one in the list.</source>
        <translation>Jede Initiative ist ein Punkt nach Aufwand und Wirkung. Die Pfeiltasten wechseln zwischen ihnen; die Eingabetaste zeigt die ausgewählte in der Liste.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>{title}
{quadrant}: impact {impact}, effort {effort}</source>
        <translation>{title}
{quadrant}: Wirkung {impact}, Aufwand {effort}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Effort →</source>
        <translation>Aufwand →</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Impact →</source>
        <translation>Wirkung →</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/priorities/priority_texts.py" line="-5"/>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ease</source>
        <translation>Einfachheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>high impact, low effort</source>
        <translation>hohe Wirkung, geringer Aufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high impact, high effort</source>
        <translation>hohe Wirkung, hoher Aufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low impact, low effort</source>
        <translation>geringe Wirkung, geringer Aufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low impact, high effort</source>
        <translation>geringe Wirkung, hoher Aufwand</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ICE multiplies impact, confidence and ease, each from 1 to 10 (a confidence of 80 % counts as 8): from 1 to 1,000, higher ranks first.</source>
        <translation>ICE multipliziert Wirkung, Zuversicht und Einfachheit, je von 1 bis 10 (eine Zuversicht von 80 % zählt als 8): von 1 bis 1.000, höhere Werte stehen vorn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RICE is reach × impact × confidence ÷ effort: reach in customers per quarter, impact and effort from 1 to 10, confidence in per cent.</source>
        <translation>RICE ist Reichweite × Wirkung × Zuversicht ÷ Aufwand: Reichweite in Kundinnen und Kunden pro Quartal, Wirkung und Aufwand von 1 bis 10, Zuversicht in Prozent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MoSCoW ranks must-haves first, then should-haves, could-haves and won&apos;t-haves; within a class the order of the list decides.</source>
        <translation>MoSCoW stellt Muss-Vorhaben an den Anfang, dann Sollte-, Könnte- und Diesmal-nicht-Vorhaben; innerhalb einer Klasse entscheidet die Reihenfolge der Liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each initiative gets 1 to 5 points per criterion; the score is the weighted average (criteria where less is better, like cost, count inverted), shown from 0 to 100.</source>
        <translation>Jede Initiative erhält 1 bis 5 Punkte je Kriterium; der Punktwert ist der gewichtete Durchschnitt (Kriterien, bei denen weniger besser ist, etwa Kosten, zählen umgekehrt), dargestellt von 0 bis 100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impact divided by effort, each from 1 (low) to 10 (high): the more impact per unit of effort, the higher the rank.</source>
        <translation>Wirkung geteilt durch Aufwand, je von 1 (gering) bis 10 (hoch): Je mehr Wirkung pro Aufwand, desto höher der Rang.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not scored yet: {fields} missing.</source>
        <translation>Noch nicht bewertet: {fields} fehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not scored yet: no points for {criteria}.</source>
        <translation>Noch nicht bewertet: keine Punkte für {criteria}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not scored yet: add the criteria of the weighted method.</source>
        <translation>Noch nicht bewertet: Legen Sie die Kriterien der gewichteten Methode fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scored: every criterion has the weight 0.</source>
        <translation>Nicht bewertet: Jedes Kriterium hat das Gewicht 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown scoring method “{value}”.</source>
        <translation>Unbekannte Bewertungsmethode „{value}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pinned at rank {wanted}, shown at rank {rank}: another initiative is pinned there, or the list is shorter.</source>
        <translation>Auf Rang {wanted} festgelegt, angezeigt auf Rang {rank}: Dort ist schon eine andere Initiative festgelegt, oder die Liste ist kürzer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pinned without a reason: say why it overrides the score.</source>
        <translation>Ohne Grund festgelegt: Sagen Sie, warum das den Punktwert übersteuert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why this initiative is not pursued.</source>
        <translation>Sagen Sie, warum diese Initiative nicht verfolgt wird.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Impact {impact} ÷ effort {effort} = {score}</source>
        <translation>Wirkung {impact} ÷ Aufwand {effort} = {score}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact {impact} × confidence {confidence} × ease {ease} = {score}</source>
        <translation>Wirkung {impact} × Zuversicht {confidence} × Einfachheit {ease} = {score}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reach {reach} × impact {impact} × confidence {confidence} ÷ effort {effort} = {score}</source>
        <translation>Reichweite {reach} × Wirkung {impact} × Zuversicht {confidence} ÷ Aufwand {effort} = {score}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weighted average {average} of 5 points, {score} of 100</source>
        <translation>Gewichteter Durchschnitt {average} von 5 Punkten, {score} von 100</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/undo.py" line="-10"/>
        <source>Change {n} assignments</source>
        <translation>{n} Zuordnungen ändern</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/roles/raci_model.py" line="+306"/>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{activity} · {person}: {role}</source>
        <translation>{activity} · {person}: {role}</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/roles/raci_summary.py" line="+93"/>
        <source>No role in any activity or body yet.</source>
        <translation>Noch keine Rolle in einer Aktivität oder einem Gremium.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accountable for ({n}):</source>
        <translation>Rechenschaftspflichtig für ({n}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible for ({n}):</source>
        <translation>Durchführend bei ({n}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulted on ({n}):</source>
        <translation>Konsultiert bei ({n}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informed about ({n}):</source>
        <translation>Informiert über ({n}):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Member of a governance body, no RACI letter yet.</source>
        <translation>Mitglied eines Gremiums, noch ohne RACI-Buchstaben.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/revision_view.py" line="+19"/>
        <location filename="../../cxcharter/ui/sections/roles/raci_summary.py" line="+16"/>
        <location line="+2"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholder_detail.py" line="-50"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholders_page.py" line="-297"/>
        <location filename="../../cxcharter/ui/sections/ways/ways_models.py" line="+156"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/roles/raci_view.py" line="+264"/>
        <source>People →
Activities ↓</source>
        <translation>Personen →
Aktivitäten ↓</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Set the role</source>
        <translation>Rolle setzen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="-417"/>
        <source>Type R, A, C or I · Delete clears · click cycles · right-click to choose</source>
        <translation>R, A, C oder I tippen · Entf leert · Klick wechselt · Rechtsklick zum Auswählen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/roles/roles_page.py" line="-109"/>
        <source>RACI matrix: set the role of the selected cells</source>
        <translation>RACI-Matrix: Rolle der ausgewählten Zellen setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RACI matrix: clear the selected cells</source>
        <translation>RACI-Matrix: ausgewählte Zellen leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RACI matrix: cycle the current cell through R, A, C, I</source>
        <translation>RACI-Matrix: aktuelle Zelle durch R, A, C, I wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RACI matrix: rename the current activity</source>
        <translation>RACI-Matrix: aktuelle Aktivität umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RACI matrix, governance bodies: move up</source>
        <translation>RACI-Matrix, Gremien: nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RACI matrix, governance bodies: move down</source>
        <translation>RACI-Matrix, Gremien: nach unten verschieben</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>New activity or decision…</source>
        <translation>Neue Aktivität …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New activity</source>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the activity to the matrix</source>
        <translation>Die Aktivität zur Matrix hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add suggested activity</source>
        <translation>Vorgeschlagene Aktivität hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the current activity (F2)</source>
        <translation>Die aktuelle Aktivität umbenennen (F2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the selected activities</source>
        <translation>Die ausgewählten Aktivitäten entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the activity up (Ctrl+Up)</source>
        <translation>Die Aktivität nach oben verschieben (Strg+Pfeil nach oben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the activity down (Ctrl+Down)</source>
        <translation>Die Aktivität nach unten verschieben (Strg+Pfeil nach unten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a new person to the charter: a new column of the matrix</source>
        <translation>Eine neue Person zur Charta hinzufügen: eine neue Spalte der Matrix</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+327"/>
        <source>RACI matrix</source>
        <translation>RACI-Matrix</translation>
    </message>
    <message>
        <location line="-303"/>
        <location line="+6"/>
        <source>Who does what</source>
        <translation>Wer macht was</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>What the selected person does</source>
        <translation>Was die ausgewählte Person tut</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Typical CX activities, {n} not yet in the matrix</source>
        <translation>Typische CX-Aktivitäten, {n} noch nicht in der Matrix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All suggested activities are in the matrix</source>
        <translation>Alle vorgeschlagenen Aktivitäten sind in der Matrix</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No people yet — add them with “New person…” or on the People page: they are the columns of the matrix.</source>
        <translation>Noch keine Personen – fügen Sie sie mit „Neue Person …“ oder auf der Seite „Personen“ hinzu: Sie sind die Spalten der Matrix.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the activities and decisions of your CX work, or start with the suggested ones, then mark who is R, A, C and I.</source>
        <translation>Fügen Sie die Aktivitäten und Entscheidungen Ihrer CX-Arbeit hinzu oder beginnen Sie mit den vorgeschlagenen; markieren Sie dann, wer R, A, C und I ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 activity needs attention (red marker).</source>
        <translation>1 Aktivität braucht Aufmerksamkeit (rote Markierung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} activities need attention (red markers).</source>
        <translation>{n} Aktivitäten brauchen Aufmerksamkeit (rote Markierungen).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✓ Every activity has exactly one A and at least one R.</source>
        <translation>✓ Jede Aktivität hat genau ein A und mindestens ein R.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No role yet: {names}</source>
        <translation>Noch ohne Rolle: {names}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Select a person to see what they do.</source>
        <translation>Wählen Sie eine Person, um zu sehen, was sie tut.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/undo.py" line="+1"/>
        <source>Remove {n} activities</source>
        <translation>{n} Aktivitäten entfernen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/roles/roles_page.py" line="+93"/>
        <source>Activity name</source>
        <translation>Name der Aktivität</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholder_grid.py" line="+55"/>
        <source>Interest and influence grid</source>
        <translation>Interesse-Einfluss-Raster</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Interest →</source>
        <translation>Interesse →</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Influence →</source>
        <translation>Einfluss →</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Interest {interest}, influence {influence}</source>
        <translation>Interesse {interest}, Einfluss {influence}</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholder_texts.py" line="+11"/>
        <source>Manage closely</source>
        <translation>Eng einbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep satisfied</source>
        <translation>Zufriedenstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep informed</source>
        <translation>Auf dem Laufenden halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitor</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/decision_dialog.py" line="+54"/>
        <source>Record decision</source>
        <translation>Entscheidung erfassen</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../../cxcharter/ui/governance/revision_view.py" line="-5"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/approvers_tab.py" line="-1"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholder_texts.py" line="+10"/>
        <source>Approver</source>
        <translation>Freigebende Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (optional)</source>
        <translation>{name} (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} — has decided</source>
        <translation>{name} – hat entschieden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What the approver said (conditions, reasons)</source>
        <translation>Was die freigebende Person gesagt hat (Auflagen, Gründe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall comment</source>
        <translation>Gesamtkommentar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comment on this section (optional)</source>
        <translation>Kommentar zu diesem Abschnitt (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on {section}</source>
        <translation>Kommentar zu {section}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comments per section</source>
        <translation>Kommentare je Abschnitt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When changes are requested, each comment is shown on its section until someone marks it resolved.</source>
        <translation>Werden Änderungen erbeten, erscheint jeder Kommentar auf seinem Abschnitt, bis ihn jemand als erledigt markiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Approver:</source>
        <translation>&amp;Freigebende Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided &amp;by:</source>
        <translation>&amp;Entschieden von:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Record the decision an approver made on {revision}. A recorded decision cannot be undone.</source>
        <translation>Erfassen Sie die Entscheidung einer freigebenden Person zu {revision}. Eine erfasste Entscheidung lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Recorded by {actor} for {approver}.</source>
        <translation>Erfasst von {actor} für {approver}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by {actor} for {approver}, decided by {decided_by}.</source>
        <translation>Erfasst von {actor} für {approver}, entschieden von {decided_by}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose an approver and a decision.</source>
        <translation>Wählen Sie eine freigebende Person und eine Entscheidung.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholder_texts.py" line="+3"/>
        <source>RACI: {roles} ({n} activities)</source>
        <translation>RACI: {roles} ({n} Aktivitäten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RACI: {roles}</source>
        <translation>RACI: {roles}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say what they need to know.</source>
        <translation>Sagen Sie, was sie wissen müssen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a channel to reach them.</source>
        <translation>Wählen Sie einen Kanal, über den Sie sie erreichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how often they hear from you.</source>
        <translation>Sagen Sie, wie oft sie von Ihnen hören.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name whose approval this decision needs.</source>
        <translation>Nennen Sie, wessen Freigabe diese Entscheidung braucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one approver who must approve the charter.</source>
        <translation>Fügen Sie mindestens eine Person hinzu, die die Charta freigeben muss.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark at least one approver as required: without one, nobody has to approve the charter.</source>
        <translation>Markieren Sie mindestens eine freigebende Person als erforderlich: Sonst muss niemand die Charta freigeben.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/revision_view.py" line="-13"/>
        <source>Custom metric</source>
        <translation>Eigene Kennzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governance body</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body member</source>
        <translation>Gremiumsmitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RACI cell</source>
        <translation>RACI-Zelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initiative goal</source>
        <translation>Ziel der Initiative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion score</source>
        <translation>Bewertung nach Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholder_detail.py" line="-2"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholders_page.py" line="-1"/>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision right</source>
        <translation>Entscheidungsrecht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting participant</source>
        <translation>Teilnahme am Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation step</source>
        <translation>Eskalationsstufe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>owner: {name}</source>
        <translation>verantwortlich: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due {date}</source>
        <translation>fällig {date}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Person “{name}”</source>
        <translation>Person „{name}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting “{name}”</source>
        <translation>Einstellung „{name}“</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholder_detail.py" line="+3"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholders_page.py" line="+2"/>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholders_page.py" line="+1"/>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholders_page.py" line="+3"/>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholder_detail.py" line="+5"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholders_page.py" line="+6"/>
        <source>Attitude</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholders_page.py" line="+1"/>
        <source>What they need to know</source>
        <translation>Was sie wissen müssen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholders_page.py" line="+1"/>
        <source>Key message</source>
        <translation>Kernbotschaft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. steering meeting, newsletter, intranet</source>
        <translation>z. B. Lenkungskreis, Newsletter, Intranet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholders_page.py" line="+2"/>
        <location filename="../../cxcharter/ui/sections/ways/ways_models.py" line="-166"/>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholders_page.py" line="+1"/>
        <source>Kept informed by</source>
        <translation>Informiert durch</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Stakeholder:</source>
        <translation>&amp;Stakeholder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interest:</source>
        <translation>&amp;Interesse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In&amp;fluence:</source>
        <translation>&amp;Einfluss:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attitude:</source>
        <translation>&amp;Haltung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they need to &amp;know:</source>
        <translation>Was sie &amp;wissen müssen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key &amp;message:</source>
        <translation>Kern&amp;botschaft:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept informed &amp;by:</source>
        <translation>Informiert d&amp;urch:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Quadrant: {name}</source>
        <translation>Quadrant: {name}</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholders_page.py" line="+24"/>
        <location line="+374"/>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>New stakeholder: type a person or group and press Enter</source>
        <translation>Neuer Stakeholder, Eingabetaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new stakeholder</source>
        <translation>Name des neuen Stakeholders</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Add stakeholder</source>
        <translation>Stakeholder hinzufügen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Add a new person to the charter and to the communication plan</source>
        <translation>Eine neue Person zur Charta und zum Kommunikationsplan hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Suggested from RACI and approvers</source>
        <translation>Vorschläge aus RACI und Freigaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People who are accountable or informed in the RACI, and the approvers, who are not in the communication plan yet.</source>
        <translation>Personen, die in der RACI-Matrix rechenschaftspflichtig oder informiert sind, und freigebende Personen, die noch nicht im Kommunikationsplan stehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No suggestions: everyone marked A or I in the RACI and every approver is in the plan.</source>
        <translation>Keine Vorschläge: Alle mit A oder I in der RACI-Matrix und alle freigebenden Personen stehen im Plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested stakeholders</source>
        <translation>Vorgeschlagene Stakeholder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Grid and suggestions</source>
        <translation>Raster und &amp;Vorschläge</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a stakeholder to see and edit their communication plan.</source>
        <translation>Wählen Sie einen Stakeholder, um seinen Kommunikationsplan zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stakeholders yet. Type the first one above and press Enter.</source>
        <translation>Noch keine Stakeholder. Geben Sie oben den ersten ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>1 stakeholder lacks part of the communication plan (marked in the table): what they need to know, the channel or the cadence.</source>
        <translation>Bei 1 Stakeholder fehlt ein Teil des Kommunikationsplans (in der Tabelle markiert): was er wissen muss, der Kanal oder der Rhythmus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} stakeholders lack part of the communication plan (marked in the table): what they need to know, the channel or the cadence.</source>
        <translation>Bei {n} Stakeholdern fehlt ein Teil des Kommunikationsplans (in der Tabelle markiert): was sie wissen müssen, der Kanal oder der Rhythmus.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/undo.py" line="+3"/>
        <source>Add suggested stakeholders</source>
        <translation>Vorgeschlagene Stakeholder hinzufügen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholders_page.py" line="-62"/>
        <source>De&amp;tails</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Who approves spending above an amount you agree on?</source>
        <translation>Wer gibt Ausgaben über einem vereinbarten Betrag frei?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes that alter how another department works</source>
        <translation>Änderungen, die die Arbeitsweise einer anderen Abteilung verändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything customers notice: standards, goodwill, hours</source>
        <translation>Alles, was Kundinnen und Kunden bemerken: Standards, Kulanz, Öffnungszeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who approves this charter and later changes to its goals</source>
        <translation>Wer diese Charta und spätere Änderungen an ihren Zielen freigibt</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../cxcharter/ui/sections/ways/ways_models.py" line="+200"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+100"/>
        <source>Decision rights</source>
        <translation>Entscheidungsrechte</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>New decision right: type the decision and press Enter</source>
        <translation>Neues Entscheidungsrecht, Eingabetaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new decision</source>
        <translation>Die neue Entscheidung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Add decision right</source>
        <translation>Entscheidungsrecht hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typical decision rights</source>
        <translation>Typische Entscheidungsrechte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions that usually need somebody&apos;s approval. Add one, then say who approves it and from which threshold.</source>
        <translation>Entscheidungen, die meist eine Freigabe brauchen. Fügen Sie eine hinzu und sagen Sie dann, wer sie ab welcher Schwelle freigibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All typical decision rights are in the table.</source>
        <translation>Alle typischen Entscheidungsrechte stehen in der Tabelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested decision rights</source>
        <translation>Vorgeschlagene Entscheidungsrechte</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>1 decision right does not say whose approval it needs.</source>
        <translation>Bei 1 Entscheidungsrecht fehlt, wessen Freigabe es braucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} decision rights do not say whose approval they need.</source>
        <translation>Bei {n} Entscheidungsrechten fehlt, wessen Freigabe sie brauchen.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/undo.py" line="+1"/>
        <source>Add typical decision rights</source>
        <translation>Typische Entscheidungsrechte hinzufügen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/stakeholders/approvers_tab.py" line="-2"/>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+52"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="-17"/>
        <location filename="../../cxcharter/ui/sections/stakeholders/stakeholders_page.py" line="+40"/>
        <source>Approvers</source>
        <translation>Freigebende</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The charter is approved when every required approver has approved it. Optional approvers are asked in the same order, but their approval is not needed.</source>
        <translation>Die Charta ist freigegeben, wenn alle erforderlichen Personen sie freigegeben haben. Optionale Freigebende werden in derselben Reihenfolge gefragt, ihre Freigabe ist aber nicht nötig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../cxcharter/ui/sections/ways/ways_page.py" line="-35"/>
        <source>Choose a person…</source>
        <translation>Person wählen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person to add as approver</source>
        <translation>Person, die als freigebend hinzugefügt wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Add approver</source>
        <translation>Freigebende Person hinzufügen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add from the directory:</source>
        <translation>Aus dem Verzeichnis:</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/journey/touch_map.py" line="-159"/>
        <source>{phase} ({n})</source>
        <translation>{phase} ({n})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Owned by: {department}</source>
        <translation>Verantwortlich: {department}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No owning department yet</source>
        <translation>Noch keine verantwortliche Abteilung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel: {channel}</source>
        <translation>Kanal: {channel}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No channel yet</source>
        <translation>Noch kein Kanal</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Owner and channel missing</source>
        <translation>Verantwortliche Abteilung und Kanal fehlen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/ways/ways_models.py" line="-287"/>
        <source>Say how often this meeting takes place.</source>
        <translation>Sagen Sie, wie oft dieses Treffen stattfindet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name who owns this meeting.</source>
        <translation>Nennen Sie, wer für dieses Treffen verantwortlich ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick who takes part (list on the right).</source>
        <translation>Haken Sie an, wer teilnimmt (Liste rechts).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is already on the path at an earlier step.</source>
        <translation>Diese Person steht bereits auf einer früheren Stufe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-up date is before the date of the decision.</source>
        <translation>Das Datum zum Nachhalten liegt vor dem Datum der Entscheidung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the date of the next review: a charter nobody reviews goes stale.</source>
        <translation>Legen Sie das Datum der nächsten Überprüfung fest: Eine Charta, die niemand überprüft, veraltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review date has passed: review the charter, then set the next date.</source>
        <translation>Das Überprüfungsdatum ist verstrichen: Überprüfen Sie die Charta und legen Sie dann das nächste Datum fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than a year away: review the charter at least once a year.</source>
        <translation>Mehr als ein Jahr entfernt: Überprüfen Sie die Charta mindestens einmal im Jahr.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/revision_view.py" line="-120"/>
        <location filename="../../cxcharter/ui/sections/ways/ways_models.py" line="+72"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/ways/meetings_tab.py" line="+132"/>
        <location filename="../../cxcharter/ui/sections/ways/ways_models.py" line="+5"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/ways/ways_models.py" line="+160"/>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When and how fast</source>
        <translation>Wann und wie schnell</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Request</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Nachhalten</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/ways/meetings_tab.py" line="-86"/>
        <location filename="../../cxcharter/ui/sections/ways/ways_page.py" line="+142"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New meeting: type its name and press Enter</source>
        <translation>Neues Treffen, Eingabetaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new meeting</source>
        <translation>Name des neuen Treffens</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Add meeting</source>
        <translation>Treffen hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+77"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Agenda of the selected meeting</source>
        <translation>Tagesordnung des ausgewählten Treffens</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../cxcharter/ui/undo.py" line="-2"/>
        <source>Insert standard agenda</source>
        <translation>Standard-Tagesordnung einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds: customer story first, metrics against targets, initiative status, decisions needed, actions with owner and date</source>
        <translation>Fügt hinzu: zuerst eine Kundengeschichte, Kennzahlen gegen Zielwerte, Stand der Initiativen, nötige Entscheidungen, Aufgaben mit verantwortlicher Person und Datum</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Participants of the selected meeting</source>
        <translation>Teilnehmende des ausgewählten Treffens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a new person to the charter who takes part in this meeting</source>
        <translation>Eine neue Person zur Charta hinzufügen, die an diesem Treffen teilnimmt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Agenda: {meeting}</source>
        <translation>Tagesordnung: {meeting}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One item per line. “Insert standard agenda” gives you a proven start.</source>
        <translation>Ein Punkt pro Zeile. „Standard-Tagesordnung einfügen“ gibt Ihnen einen bewährten Start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a meeting to see its agenda.</source>
        <translation>Wählen Sie ein Treffen, um seine Tagesordnung zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a meeting to tick who takes part.</source>
        <translation>Wählen Sie ein Treffen, um anzuhaken, wer teilnimmt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 person takes part. Tick or untick with the mouse or Space.</source>
        <translation>1 Person nimmt teil. Mit der Maus oder der Leertaste an- oder abhaken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} people take part. Tick or untick with the mouse or Space.</source>
        <translation>{n} Personen nehmen teil. Mit der Maus oder der Leertaste an- oder abhaken.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 meeting lacks its cadence, owner or participants (marked).</source>
        <translation>Bei 1 Treffen fehlen Rhythmus, verantwortliche Person oder Teilnehmende (markiert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} meetings lack their cadence, owner or participants (marked).</source>
        <translation>Bei {n} Treffen fehlen Rhythmus, verantwortliche Person oder Teilnehmende (markiert).</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/revision_view.py" line="+3"/>
        <location filename="../../cxcharter/ui/sections/ways/ways_page.py" line="-201"/>
        <location line="+17"/>
        <source>Decision rule</source>
        <translation>Entscheidungsregel</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/ways/ways_page.py" line="-12"/>
        <source>How the decision rule works in practice</source>
        <translation>Wie die Entscheidungsregel in der Praxis funktioniert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it works in practice: who decides when there is no agreement, what counts as an objection…</source>
        <translation>Wie es in der Praxis funktioniert: Wer entscheidet, wenn es keine Einigung gibt, was als Einwand zählt …</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+17"/>
        <source>Next review of the charter</source>
        <translation>Nächste Überprüfung der Charta</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>When the team next checks goals, roles and priorities and approves an updated charter.</source>
        <translation>Wann das Team das nächste Mal Ziele, Rollen und Prioritäten prüft und eine aktualisierte Charta freigibt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+15"/>
        <source>Escalation path</source>
        <translation>Eskalationspfad</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Person for the next escalation step</source>
        <translation>Person für die nächste Eskalationsstufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add step</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+15"/>
        <source>Decision log</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>New entry: type the request and press Enter</source>
        <translation>Neues Anliegen, Eingabetaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request of the new decision</source>
        <translation>Anliegen der neuen Entscheidung</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Who takes over when the team cannot agree or a problem is too big: add the people in the order a case goes up.</source>
        <translation>Wer übernimmt, wenn sich das Team nicht einigen kann oder ein Problem zu groß ist: Fügen Sie die Personen in der Reihenfolge hinzu, in der ein Fall nach oben geht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 entry has a follow-up date before the decision (marked).</source>
        <translation>1 Eintrag hat ein Datum zum Nachhalten vor der Entscheidung (markiert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} entries have a follow-up date before the decision (marked).</source>
        <translation>{n} Einträge haben ein Datum zum Nachhalten vor der Entscheidung (markiert).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Decisions &amp; escalation</source>
        <translation>Entscheidungen &amp; Eskalation</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/history_dialog.py" line="+46"/>
        <source>History of the charter</source>
        <translation>Verlauf der Charta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revision, round, decision</source>
        <translation>Revision, Runde, Entscheidung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Revisions and decisions</source>
        <translation>Revisionen und Entscheidungen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Compare from revision</source>
        <translation>Vergleichen ab Revision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the content as it is now</source>
        <translation>dem aktuellen Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+31"/>
        <location filename="../../cxcharter/ui/governance/workflow.py" line="+105"/>
        <source>Revision {n}</source>
        <translation>Revision {n}</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revision content</source>
        <translation>Inhalt der Revision</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Every review round is frozen with the fingerprint of its content: select one to read it as it was frozen. Each decision names who recorded it for which approver and whether it came from a digitally signed review copy (and by which certificate); the others are tamper-evident records, not signatures.</source>
        <translation>Jede Prüfrunde ist mit dem Fingerabdruck ihres Inhalts eingefroren: Wählen Sie eine aus, um sie so zu lesen, wie sie eingefroren wurde. Jede Entscheidung nennt, wer sie für welche freigebende Person erfasst hat und ob sie aus einem digital signierten Prüfexemplar stammt (und mit welchem Zertifikat); die übrigen sind manipulationssichtbare Aufzeichnungen, keine Unterschriften.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No revision has been submitted for review yet.</source>
        <translation>Noch keine Revision wurde zur Prüfung eingereicht.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Round {round}: {state}</source>
        <translation>Runde {round}: {state}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>submitted by {name}</source>
        <translation>eingereicht von {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{decision}: {approver}</source>
        <translation>{decision}: {approver}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>recorded by {actor} for {decided_by}</source>
        <translation>erfasst von {actor} für {decided_by}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recorded by {actor}</source>
        <translation>erfasst von {actor}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>signed by {subject}, certificate {sha}…</source>
        <translation>signiert von {subject}, Zertifikat {sha}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trusted root</source>
        <translation>vertrauenswürdige Wurzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not chained to a trusted root</source>
        <translation>keine Kette zu einer vertrauenswürdigen Wurzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Revision {n}: {state}</source>
        <translation>Revision {n}: {state}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Revision {n}, round {round} ({state}) — fingerprint {fingerprint}</source>
        <translation>Revision {n}, Runde {round} ({state}) – Fingerabdruck {fingerprint}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What changed since revision {old}</source>
        <translation>Was sich seit Revision {old} geändert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed from revision {old} to revision {new}</source>
        <translation>Was sich von Revision {old} zu Revision {new} geändert hat</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/checklist_model.py" line="+111"/>
        <source>Warning</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+16"/>
        <source>Double-click or press Enter to go there</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um dorthin zu gehen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/readiness_panel.py" line="+123"/>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness check</source>
        <translation>Bereitschaftsprüfung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revision {n} · {state}</source>
        <translation>Revision {n} · {state}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Awaiting the decision of: {names}</source>
        <translation>Entscheidung ausstehend von: {names}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>In review: the content is frozen while the approvers decide. The checklist shows what the check found in it.</source>
        <translation>In Prüfung: Der Inhalt ist eingefroren, während die Freigebenden entscheiden. Die Liste zeigt, was die Prüfung darin gefunden hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved: the content cannot change. Start a new revision to edit it.</source>
        <translation>Freigegeben: Der Inhalt kann sich nicht mehr ändern. Beginnen Sie eine neue Revision, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready for review: the readiness check finds nothing.</source>
        <translation>Bereit zur Prüfung: Die Bereitschaftsprüfung findet nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the way to review: {count}.</source>
        <translation>Auf dem Weg zur Prüfung: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 blocker</source>
        <translation>1 Blocker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} blockers</source>
        <translation>{n} Blocker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 warning</source>
        <translation>1 Hinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} warnings</source>
        <translation>{n} Hinweise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{counts}: not ready for review yet.</source>
        <translation>{counts}: noch nicht bereit zur Prüfung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{counts}: ready for review.</source>
        <translation>{counts}: bereit zur Prüfung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not approved yet.</source>
        <translation>Noch nicht freigegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision {n} was approved; checking whether the approval holds…</source>
        <translation>Revision {n} wurde freigegeben; es wird geprüft, ob die Freigabe gilt …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The approval of revision {n} holds: the content is exactly what was approved.</source>
        <translation>Die Freigabe von Revision {n} gilt: Der Inhalt ist genau der freigegebene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed since the approval of revision {n}: the approval does not cover this content.</source>
        <translation>Seit der Freigabe von Revision {n} geändert: Die Freigabe deckt diesen Inhalt nicht ab.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/section_comments.py" line="+56"/>
        <source>{approver}: {comment}</source>
        <translation>{approver}: {comment}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark this change request as dealt with (it stays in the history)</source>
        <translation>Diesen Änderungswunsch als erledigt markieren (er bleibt im Verlauf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve the comment of {approver}</source>
        <translation>Kommentar von {approver} erledigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 change request on this section</source>
        <translation>1 Änderungswunsch zu diesem Abschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} change requests on this section</source>
        <translation>{n} Änderungswünsche zu diesem Abschnitt</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/workflow.py" line="-5"/>
        <source>Show the approval panel: readiness check and workflow</source>
        <translation>Freigabebereich zeigen: Bereitschaftsprüfung und Ablauf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ready for review</source>
        <translation>bereit zur Prüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approval of revision {n} holds</source>
        <translation>Freigabe von Revision {n} gilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed since the approval of revision {n}</source>
        <translation>seit der Freigabe von Revision {n} geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>awaiting {n} decisions</source>
        <translation>{n} Entscheidungen ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>awaiting 1 decision</source>
        <translation>1 Entscheidung ausstehend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approval holds</source>
        <translation>Freigabe gilt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>approval does not hold</source>
        <translation>Freigabe gilt nicht</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit revision {n} for review? Its content is frozen: nobody can change it while it is in review. You can withdraw it.</source>
        <translation>Revision {n} zur Prüfung einreichen? Ihr Inhalt wird eingefroren: Niemand kann ihn ändern, solange sie in Prüfung ist. Sie können die Prüfung zurückziehen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not ready for review</source>
        <translation>Nicht bereit zur Prüfung</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Not submitted</source>
        <translation>Nicht eingereicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision {n} is in review. Its content is read-only now.</source>
        <translation>Revision {n} ist in Prüfung. Ihr Inhalt ist jetzt schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Withdraw from review</source>
        <translation>Prüfung zurückziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw revision {n} from review? It becomes a draft again; decisions recorded so far stay in the history.</source>
        <translation>Revision {n} aus der Prüfung zurückziehen? Sie wird wieder ein Entwurf; bisher erfasste Entscheidungen bleiben im Verlauf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not withdrawn</source>
        <translation>Nicht zurückgezogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision {n} is a draft again.</source>
        <translation>Revision {n} ist wieder ein Entwurf.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>revision {n}, round {round}</source>
        <translation>Revision {n}, Runde {round}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decision recorded. Revision {n} is approved.</source>
        <translation>Entscheidung erfasst. Revision {n} ist freigegeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision recorded: changes requested. Revision {n} is a draft again; the comments are shown on their sections.</source>
        <translation>Entscheidung erfasst: Änderungen erbeten. Revision {n} ist wieder ein Entwurf; die Kommentare stehen auf ihren Abschnitten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision recorded.</source>
        <translation>Entscheidung erfasst.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Start a new revision</source>
        <translation>Neue Revision beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision {n} is approved and stays as it was approved. Start revision {next} to edit the charter? The approval of revision {n} then no longer covers what you change.</source>
        <translation>Revision {n} ist freigegeben und bleibt so, wie sie freigegeben wurde. Revision {next} beginnen, um die Charta zu bearbeiten? Die Freigabe von Revision {n} deckt dann nicht mehr ab, was Sie ändern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No new revision</source>
        <translation>Keine neue Revision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision {n} is a draft: you can edit the charter.</source>
        <translation>Revision {n} ist ein Entwurf: Sie können die Charta bearbeiten.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This charter is approved</source>
        <translation>Diese Charta ist freigegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision {n} is approved and cannot change. Start revision {next} to edit it? Revision {n} stays readable in the history.</source>
        <translation>Revision {n} ist freigegeben und kann sich nicht ändern. Revision {next} beginnen, um sie zu bearbeiten? Revision {n} bleibt im Verlauf lesbar.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Submitting for review needs every blocker fixed first:</source>
        <translation>Vor dem Einreichen zur Prüfung muss jeder Blocker behoben sein:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not possible yet: 1 blocker remains. The approval panel lists it.</source>
        <translation>Noch nicht möglich: 1 Blocker ist offen. Der Freigabebereich listet ihn auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not possible yet: {n} blockers remain. The approval panel lists them.</source>
        <translation>Noch nicht möglich: {n} Blocker sind offen. Der Freigabebereich listet sie auf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not possible yet — {next}.</source>
        <translation>Noch nicht möglich — {next}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not possible yet — {next}; 1 more in the approval panel.</source>
        <translation>Noch nicht möglich — {next}; noch 1 weiterer im Freigabebereich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible yet — {next}; {n} more in the approval panel.</source>
        <translation>Noch nicht möglich — {next}; noch {n} weitere im Freigabebereich.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/revision_view.py" line="+76"/>
        <location line="+65"/>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/workflow.py" line="-23"/>
        <source>The approval panel lists them; double-click one to go there.</source>
        <translation>Der Freigabebereich listet sie auf; doppelklicken Sie auf einen, um dorthin zu gehen.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/review_flow.py" line="-38"/>
        <source>This review copy belongs to another charter.</source>
        <translation>Dieses Prüfexemplar gehört zu einer anderen Charta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This review copy was made for revision {revision}, not for revision {expected} in review now. Send the approver a new review copy.</source>
        <translation>Diese Prüfkopie wurde für Revision {revision} erstellt, nicht für Revision {expected}, die jetzt geprüft wird. Senden Sie der freigebenden Person eine neue Prüfkopie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This review copy was made for review round {revision}, not for round {expected} in review now. Send the approver a new review copy.</source>
        <translation>Diese Prüfkopie wurde für Prüfrunde {revision} erstellt, nicht für Runde {expected}, die jetzt geprüft wird. Senden Sie der freigebenden Person eine neue Prüfkopie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This review copy of round {revision} shows other content than the round in review (its fingerprint differs). Send the approver a new review copy.</source>
        <translation>Diese Prüfkopie der Runde {revision} zeigt einen anderen Inhalt als die Runde in Prüfung (ihr Fingerabdruck weicht ab). Senden Sie der freigebenden Person eine neue Prüfkopie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} approvers are called {name}; choose the approver from the list of the form, which tells them apart.</source>
        <translation>{count} freigebende Personen heißen {name}; wählen Sie die Person aus der Liste des Formulars, die sie unterscheidet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The approver&apos;s name is not filled in.</source>
        <translation>Der Name der freigebenden Person ist nicht ausgefüllt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not an approver of this charter.</source>
        <translation>{name} gibt diese Charta nicht frei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No decision is chosen.</source>
        <translation>Es ist keine Entscheidung gewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a decision this form knows.</source>
        <translation>„{value}“ ist keine Entscheidung, die dieses Formular kennt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A comment is too long or contains characters that cannot be stored.</source>
        <translation>Ein Kommentar ist zu lang oder enthält Zeichen, die nicht gespeichert werden können.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Approver: {name}</source>
        <translation>Freigebende Person: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision: {decision}</source>
        <translation>Entscheidung: {decision}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment: {comment}</source>
        <translation>Kommentar: {comment}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On “{section}”: {comment}</source>
        <translation>Zu „{section}“: {comment}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The review copy is not signed.</source>
        <translation>Das Prüfexemplar ist nicht signiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is broken: the signed part of the file was changed.</source>
        <translation>Die Signatur ist ungültig: Der signierte Teil der Datei wurde verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature no longer covers the document: the file was changed after it was signed.</source>
        <translation>Die Signatur deckt das Dokument nicht mehr ab: Die Datei wurde nach dem Signieren verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signatures of this file cannot be read.</source>
        <translation>Die Signaturen dieser Datei können nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate had expired when the copy was signed.</source>
        <translation>Das Zertifikat war beim Signieren bereits abgelaufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate was not yet valid when the copy was signed.</source>
        <translation>Das Zertifikat war beim Signieren noch nicht gültig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate has expired since the copy was signed.</source>
        <translation>Das Zertifikat ist seit dem Signieren abgelaufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate&apos;s subject does not name the approver.</source>
        <translation>Der Inhaber des Zertifikats ist nicht die freigebende Person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate does not chain to a trusted root (reported, not required).</source>
        <translation>Das Zertifikat führt zu keiner vertrauenswürdigen Wurzel (gemeldet, nicht verlangt).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not signed digitally.</source>
        <translation>Nicht digital signiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by: {subject}</source>
        <translation>Signiert von: {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by: {issuer}</source>
        <translation>Ausgestellt von: {issuer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate SHA-256: {sha}…</source>
        <translation>Zertifikat SHA-256: {sha}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from {start} to {end}</source>
        <translation>Gültig von {start} bis {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trusted: the chain reaches a trusted root (revocation not checked).</source>
        <translation>Vertrauenswürdig: Die Kette reicht zu einer vertrauenswürdigen Wurzel (Widerruf nicht geprüft).</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+22"/>
        <source>No review copy</source>
        <translation>Kein Prüfexemplar</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>A review copy is made of a charter in review. Submit it for review first.</source>
        <translation>Ein Prüfexemplar entsteht aus einer Charta in Prüfung. Reichen Sie sie zuerst zur Prüfung ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Review Copy</source>
        <translation>Prüfexemplar exportieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The review copy was not written</source>
        <translation>Das Prüfexemplar wurde nicht geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review copy written to {file}. Send it to the approvers; import the filled-in copy with File → Import Review….</source>
        <translation>Prüfexemplar in {file} geschrieben. Senden Sie es den freigebenden Personen; importieren Sie das ausgefüllte Exemplar mit Datei → Prüfung importieren ….</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Import review</source>
        <translation>Prüfung importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews are imported while the charter is in review.</source>
        <translation>Prüfungen werden importiert, solange die Charta in Prüfung ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Review</source>
        <translation>Prüfung importieren</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>{file} is not a PDF file, or it is damaged.</source>
        <translation>{file} ist keine PDF-Datei oder ist beschädigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is not a review copy: it has none of its form fields. Export a review copy with File → Export Review Copy….</source>
        <translation>{file} ist kein Prüfexemplar: Es hat keines seiner Formularfelder. Exportieren Sie ein Prüfexemplar mit Datei → Prüfexemplar exportieren ….</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read.</source>
        <translation>{file} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This charter&apos;s approvals must be signed.</source>
        <translation>Die Freigaben dieser Charta müssen signiert sein.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+4"/>
        <location line="+19"/>
        <source>Review not imported</source>
        <translation>Prüfung nicht importiert</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Record this review?

{summary}

{signature}

Recorded by {actor}. A decision cannot be undone.</source>
        <translation>Diese Prüfung erfassen?

{summary}

{signature}

Erfasst von {actor}. Eine Entscheidung lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Review of {name} recorded. Revision {n} is approved.</source>
        <translation>Prüfung von {name} erfasst. Revision {n} ist freigegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review of {name} recorded: changes requested. Revision {n} is a draft again.</source>
        <translation>Prüfung von {name} erfasst: Änderungen erbeten. Revision {n} ist wieder ein Entwurf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review of {name} recorded.</source>
        <translation>Prüfung von {name} erfasst.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/undo.py" line="+4"/>
        <source>Change logo</source>
        <translation>Logo ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change accent colour</source>
        <translation>Akzentfarbe ändern</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/branding_dialog.py" line="+41"/>
        <source>Accent Colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+131"/>
        <source>The file cannot be read: {error}</source>
        <translation>Die Datei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>The logo is too big ({size} KB); at most 1024 KB.</source>
        <translation>Das Logo ist zu groß ({size} KB); höchstens 1024 KB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Das Logo muss ein PNG- oder JPEG-Bild sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The logo is too large ({width} × {height} pixels); at most {limit} × {limit}.</source>
        <translation>Das Logo ist zu groß ({width} × {height} Pixel); höchstens {limit} × {limit}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Branding</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose &amp;Logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Logo</source>
        <translation>Logo &amp;entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose &amp;Colour…</source>
        <translation>&amp;Farbe wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Default Colour</source>
        <translation>&amp;Standardfarbe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Logo image:</source>
        <translation>Logobild:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Accent colour:</source>
        <translation>&amp;Akzentfarbe:</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The logo and the accent colour appear on the PDF&apos;s cover and in its page headers. They are not part of the approved content: changing them needs no new approval and does not change the fingerprint.</source>
        <translation>Logo und Akzentfarbe erscheinen auf dem Deckblatt des PDFs und in seinen Kopfzeilen. Sie gehören nicht zum freigegebenen Inhalt: Eine Änderung braucht keine neue Freigabe und ändert den Fingerabdruck nicht.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose Logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{value}” is not a colour like #1f6f8b.</source>
        <translation>„{value}“ ist keine Farbe wie #1f6f8b.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/file_lock.py" line="+169"/>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (login {user})</source>
        <translation>{name} (Anmeldename {user})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown computer</source>
        <translation>einem unbekannten Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the computer “{host}”</source>
        <translation>dem Computer „{host}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} on {where}</source>
        <translation>{who} auf {where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{holder}, since {date} {time}</source>
        <translation>{holder}, seit {date} {time}</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/tables/problem_texts.py" line="+17"/>
        <source>“{value}”</source>
        <translation>„{value}“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a valid date.</source>
        <translation>{value} ist kein gültiges Datum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a status.</source>
        <translation>{value} ist kein Status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a language of CX Charter.</source>
        <translation>{value} ist keine Sprache von CX Charter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This must be text.</source>
        <translation>Hier muss ein Text stehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is too long ({length} characters; at most {limit}).</source>
        <translation>Der Text ist zu lang ({length} Zeichen; höchstens {limit}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text contains a NUL character.</source>
        <translation>Der Text enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text contains a character that is not valid Unicode.</source>
        <translation>Der Text enthält ein Zeichen, das kein gültiges Unicode ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person needs a name.</source>
        <translation>Eine Person braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is no longer in the directory.</source>
        <translation>Diese Person steht nicht mehr im Verzeichnis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry exists already.</source>
        <translation>Diesen Eintrag gibt es schon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This must be yes or no.</source>
        <translation>Hier muss Ja oder Nein stehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a whole number.</source>
        <translation>{value} ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>{value} is not a number.</source>
        <translation>{value} ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is outside {low} to {high}.</source>
        <translation>{value} liegt außerhalb von {low} bis {high}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} is not one of the choices.</source>
        <translation>{value} ist keine der Möglichkeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a quarter like 2027-Q1.</source>
        <translation>{value} ist kein Quartal wie 2027-Q1.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/app/export_options.py" line="+2"/>
        <source>&amp;Full record: everything, as it is approved and archived</source>
        <translation>&amp;Vollständige Fassung: alles, wie es freigegeben und archiviert wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;distribution: an excerpt to hand out</source>
        <translation>Zur &amp;Verteilung: ein Auszug zum Weitergeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The excerpt leaves out the stakeholder assessments (attitude, interest and influence, what they need to know) and the work tracking; every page says it is an excerpt of this revision.</source>
        <translation>Der Auszug lässt die Stakeholder-Einschätzungen (Haltung, Interesse und Einfluss, was sie wissen müssen) und die Arbeitsstände weg; jede Seite sagt, dass sie ein Auszug dieser Revision ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Also leave out the e-mail addresses</source>
        <translation>Auch die E-Mail-Adressen weglassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also leave out the decision log</source>
        <translation>Auch das Entscheidungslog weglassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also leave out the notes on readings</source>
        <translation>Auch die Anmerkungen zu Messwerten weglassen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/undo.py" line="+1"/>
        <source>Change whether approvals must be signed</source>
        <translation>Signaturpflicht für Freigaben ändern</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/governance/signature_policy.py" line="+20"/>
        <source>Approvals must be signed (with a digital ID on the review copy)</source>
        <translation>Freigaben müssen signiert sein (mit einer digitalen ID auf dem Prüfexemplar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When on, an imported review copy must carry the approver&apos;s valid digital signature; unsigned copies are refused.</source>
        <translation>Wenn eingeschaltet, muss ein importiertes Prüfexemplar die gültige digitale Signatur der freigebenden Person tragen; unsignierte Exemplare werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/sections/journey/touchpoint_aside.py" line="+4"/>
        <source>Owning &amp;department:</source>
        <translation>Verantwortliche &amp;Abteilung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
</TS>
