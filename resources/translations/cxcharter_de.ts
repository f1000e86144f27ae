<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name />
    <message>
        <location filename="../../cxcharter/ui/app.py" line="+42" />
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CX Charter hit an unexpected problem. Your saved work is safe; the last change may not have been saved.</source>
        <translation>In CX Charter ist ein unerwarteter Fehler aufgetreten. Ihre gespeicherte Arbeit ist sicher; die letzte Änderung wurde eventuell nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/export_flow.py" line="+45" />
        <source>The export failed unexpectedly: {error}</source>
        <translation>Der Export ist unerwartet fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Exporting the PDF…</source>
        <translation>PDF wird exportiert …</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../cxcharter/ui/main_window.py" line="+182" />
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location line="+29" />
        <source>PDF exported</source>
        <translation>PDF exportiert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The charter was exported to
{path}</source>
        <translation>Die Charta wurde exportiert nach
{path}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The PDF could not be written. Nothing was changed.</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/file_actions.py" line="+41" />
        <location line="+9" />
        <source>Who is editing?</source>
        <translation>Wer bearbeitet?</translation>
    </message>
    <message>
        <location line="-8" />
        <location line="+9" />
        <source>Your name is recorded with every change you make:</source>
        <translation>Ihr Name wird bei jeder Ihrer Änderungen festgehalten:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Cannot open the charter</source>
        <translation>Charta kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Open charter</source>
        <translation>Charta öffnen</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Cannot create the charter</source>
        <translation>Charta kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+3" />
        <source>Cannot create the sample</source>
        <translation>Beispiel kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save a copy as</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot save the copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/file_lock.py" line="+32" />
        <source>{app} (process {pid} on {host})</source>
        <translation>{app} (Prozess {pid} auf {host})</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/menus.py" line="+114" />
        <source>&amp;New Charter…</source>
        <translation>&amp;Neue Charta …</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../cxcharter/ui/welcome.py" line="+109" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;Sample Charter</source>
        <translation>Bei&amp;spiel-Charta öffnen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export PDF…</source>
        <translation>Als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/main_window.py" line="-42" />
        <location filename="../../cxcharter/ui/menus.py" line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../cxcharter/ui/menus.py" line="+1" />
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/menus.py" line="+1" />
        <source>Who Is &amp;Editing…</source>
        <translation>&amp;Wer bearbeitet …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Next Section</source>
        <translation>&amp;Nächster Abschnitt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Previous Section</source>
        <translation>&amp;Vorheriger Abschnitt</translation>
    </message>
    <message>
        <location line="-2" />
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Start a new charter, guided section by section</source>
        <translation>Eine neue Charta beginnen, Abschnitt für Abschnitt angeleitet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a charter file</source>
        <translation>Eine Charta-Datei öffnen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write a copy of this charter to another file</source>
        <translation>Eine Kopie dieser Charta in eine andere Datei schreiben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the charter as a PDF to review and sign</source>
        <translation>Die Charta als PDF zum Prüfen und Unterschreiben ausgeben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close this charter (everything is saved)</source>
        <translation>Diese Charta schließen (alles ist gespeichert)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close the window (everything is saved)</source>
        <translation>Das Fenster schließen (alles ist gespeichert)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take back the last change</source>
        <translation>Die letzte Änderung zurücknehmen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do the change again</source>
        <translation>Die Änderung erneut ausführen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The name recorded with your changes</source>
        <translation>Der Name, der bei Ihren Änderungen festgehalten wird</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What is still open, and who owes what</source>
        <translation>Was noch offen ist und wer was zu erledigen hat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to the next page of the charter</source>
        <translation>Zur nächsten Seite der Charta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to the previous page of the charter</source>
        <translation>Zur vorherigen Seite der Charta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;eople</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Everyone who owns, answers or approves a part</source>
        <translation>Alle, die einen Teil verantworten, beantworten oder freigeben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;Guidance</source>
        <translation>&amp;Anleitung anzeigen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show how to answer beside each question</source>
        <translation>Neben jeder Frage zeigen, wie Sie sie beantworten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How to &amp;Write a CX Charter</source>
        <translation>&amp;So schreiben Sie eine CX-Charta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every section and question, with guidance and examples</source>
        <translation>Alle Abschnitte und Fragen mit Anleitung und Beispielen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Every key that does something</source>
        <translation>Alle Tasten, die etwas bewirken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About CX Charter</source>
        <translation>&amp;Über CX Charter</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Version, licences and where your data lives</source>
        <translation>Version, Lizenzen und wo Ihre Daten liegen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The language of menus and messages; a charter's questions keep the language chosen for it</source>
        <translation>Die Sprache von Menüs und Meldungen; die Fragen einer Charta behalten die für sie gewählte Sprache</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/main_window.py" line="-51" />
        <source>No recent charters</source>
        <translation>Keine zuletzt geöffneten Chartas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location line="+13" />
        <source>CX Charter</source>
        <translation>CX Charter</translation>
    </message>
    <message>
        <location line="+32" />
        <source>&amp;Undo {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo {what}</source>
        <translation>Wieder&amp;herstellen: {what}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Untitled charter</source>
        <translation>Charta ohne Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>all changes saved</source>
        <translation>alle Änderungen gespeichert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All changes saved automatically</source>
        <translation>Alle Änderungen automatisch gespeichert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/about_dialog.py" line="+50" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample charters</source>
        <translation>Beispiel-Chartas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Application data</source>
        <translation>Anwendungsdaten</translation>
    </message>
    <message>
        <location line="+15" />
        <source>About CX Charter</source>
        <translation>Über CX Charter</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Licences</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your &amp;Data</source>
        <translation>Ihre &amp;Daten</translation>
    </message>
    <message>
        <location line="+13" />
        <source>CX Charter guides customer-experience teams through writing their CX charter: vision, goals, roles, priorities, stakeholders and approvals, and ways of working — one question at a time, with guidance for each.</source>
        <translation>CX Charter führt Customer-Experience-Teams durch ihre CX-Charta: Vision, Ziele, Rollen, Prioritäten, Stakeholder und Freigaben sowie Zusammenarbeit – Frage für Frage, jeweils mit Anleitung.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Built with Qt {qt} and PySide6 {pyside}. PDFs are set in the DejaVu fonts.</source>
        <translation>Erstellt mit Qt {qt} und PySide6 {pyside}. PDFs werden in den DejaVu-Schriften gesetzt.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>CX Charter is free software under the MIT licence. It uses Qt and PySide6 under the GNU Lesser General Public License version 3 (&lt;a href="{url}"&gt;LGPLv3&lt;/a&gt;); you may replace them with your own build. The DejaVu fonts are free fonts under the Bitstream Vera licence.</source>
        <translation>CX Charter ist freie Software unter der MIT-Lizenz. Es verwendet Qt und PySide6 unter der GNU Lesser General Public License Version 3 (&lt;a href="{url}"&gt;LGPLv3&lt;/a&gt;); Sie dürfen diese durch eigene Fassungen ersetzen. Die DejaVu-Schriften sind freie Schriften unter der Bitstream-Vera-Lizenz.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Licence texts</source>
        <translation>Lizenztexte</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Each charter is one .cxcharter file, saved where you chose. Besides those, CX Charter keeps only its settings (recent files, your name, the view) and the sample charters here:</source>
        <translation>Jede Charta ist eine .cxcharter-Datei, gespeichert, wo Sie es gewählt haben. Außerdem speichert CX Charter nur seine Einstellungen (zuletzt geöffnete Dateien, Ihren Namen, die Ansicht) und die Beispiel-Chartas, und zwar hier:</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/messages.py" line="+15" />
        <source>“{path}” is empty (0 bytes). It is not a CX charter.</source>
        <translation>„{path}“ ist leer (0 Byte). Es ist keine CX-Charta.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{path}” is not a CX Charter file.</source>
        <translation>„{path}“ ist keine CX-Charter-Datei.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“{path}” is a database of another application, not a CX charter.</source>
        <translation>„{path}“ ist eine Datenbank einer anderen Anwendung, keine CX-Charta.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{path}” is damaged and cannot be opened. The file was not changed.</source>
        <translation>„{path}“ ist beschädigt und kann nicht geöffnet werden. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“{path}” was saved by a newer version of CX Charter. Please update the application to open it. The file was not changed.</source>
        <translation>„{path}“ wurde mit einer neueren Version von CX Charter gespeichert. Bitte aktualisieren Sie die Anwendung, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{path}” contains database objects CX Charter did not create. For your safety it is not opened. The file was not changed.</source>
        <translation>„{path}“ enthält Datenbankobjekte, die nicht von CX Charter stammen. Zu Ihrer Sicherheit wird sie nicht geöffnet. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“{path}” does not exist (any more).</source>
        <translation>„{path}“ existiert nicht (mehr).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{path}” already exists.</source>
        <translation>„{path}“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{path}” is read-only. The change was not saved.</source>
        <translation>„{path}“ ist schreibgeschützt. Die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The disk is full. The change to “{path}” was not saved.</source>
        <translation>Der Datenträger ist voll. Die Änderung an „{path}“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{path}” is busy in another program. Please try again.</source>
        <translation>„{path}“ wird gerade von einem anderen Programm verwendet. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You do not have permission to use “{path}”.</source>
        <translation>Sie haben keine Berechtigung, „{path}“ zu verwenden.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This value cannot be saved: {detail}</source>
        <translation>Dieser Wert kann nicht gespeichert werden: {detail}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The data cannot be imported: {detail}</source>
        <translation>Die Daten können nicht importiert werden: {detail}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>another window</source>
        <translation>einem anderen Fenster</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This charter is open in {who}. You are viewing it read-only.</source>
        <translation>Diese Charta ist in {who} geöffnet. Sie sehen sie schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This file is read-only. You are viewing it read-only.</source>
        <translation>Diese Datei ist schreibgeschützt. Sie sehen sie schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The folder of this file is read-only. You are viewing it read-only.</source>
        <translation>Der Ordner dieser Datei ist schreibgeschützt. Sie sehen sie schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You are viewing this charter read-only.</source>
        <translation>Sie sehen diese Charta schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ready for review</source>
        <translation>Bereit zur Prüfung</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/navigator.py" line="+63" />
        <location filename="../../cxcharter/ui/overview_page.py" line="+256" />
        <location line="+87" />
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../cxcharter/ui/people_page.py" line="+162" />
        <location line="+64" />
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{done} of {total} answered</source>
        <translation>{done} von {total} beantwortet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} people</source>
        <translation>{n} Personen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What is still open</source>
        <translation>Was noch offen ist</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/new_dialog.py" line="+38" />
        <source>New charter</source>
        <translation>Neue Charta</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. Customer Service CX Charter 2027</source>
        <translation>z. B. CX-Charta Kundenservice 2027</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The language of the guidance, the questions and the PDF</source>
        <translation>Die Sprache der Anleitung, der Fragen und der PDF-Datei</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save &amp;in:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A charter is saved as one file that you can copy or mail. Every change is saved automatically.</source>
        <translation>Eine Charta wird als eine Datei gespeichert, die Sie kopieren oder per E-Mail versenden können. Jede Änderung wird automatisch gespeichert.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Please give the charter a title.</source>
        <translation>Bitte geben Sie der Charta einen Titel.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The folder does not exist.</source>
        <translation>Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A file of that name already exists in the folder.</source>
        <translation>In diesem Ordner gibt es bereits eine Datei mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/overview_page.py" line="-258" />
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{done} / {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All required questions answered</source>
        <translation>Alle Pflichtfragen beantwortet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 required question open</source>
        <translation>1 Pflichtfrage offen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} required questions open</source>
        <translation>{n} Pflichtfragen offen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{section}: {done} of {total} required questions answered</source>
        <translation>{section}: {done} von {total} Pflichtfragen beantwortet</translation>
    </message>
    <message>
        <location line="+153" />
        <source>Completion by section</source>
        <translation>Fortschritt je Abschnitt</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+2" />
        <location line="+1" />
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="-3" />
        <location line="+3" />
        <location filename="../../cxcharter/ui/question_card.py" line="+73" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/goal_model.py" line="+90" />
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Primary</source>
        <translation>Hauptziel</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../cxcharter/ui/overview_page.py" line="-3" />
        <location line="+2" />
        <location line="+1" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checks</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The one goal that matters most; the others support it.</source>
        <translation>Das eine Ziel, das am meisten zählt; die anderen unterstützen es.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the latest reading stands between baseline and target, and how it moved since the reading before.</source>
        <translation>Wo der neueste Messwert zwischen Ausgangswert und Zielwert steht und wie er sich seit dem vorherigen Messwert verändert hat.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rules this goal breaks and what it still lacks.</source>
        <translation>Welche Regeln dieses Ziel verletzt und was ihm noch fehlt.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>No readings yet: add them under Readings.</source>
        <translation>Noch keine Messwerte: Erfassen Sie sie unter „Messwerte“.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latest reading: {value} on {date}</source>
        <translation>Neuester Messwert: {value} am {date}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Progress needs a baseline and a target that improves on it.</source>
        <translation>Für den Fortschritt braucht es einen Ausgangswert und einen Zielwert, der ihn verbessert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{percent} of the way from {baseline} to {target}</source>
        <translation>{percent} des Wegs von {baseline} zu {target}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unchanged since the reading before.</source>
        <translation>Unverändert seit dem vorherigen Messwert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>▲ Up {change} since the reading before.</source>
        <translation>▲ Plus {change} seit dem vorherigen Messwert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>▼ Down {change} since the reading before.</source>
        <translation>▼ Minus {change} seit dem vorherigen Messwert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>▲ Up {change} since the reading before: better.</source>
        <translation>▲ Plus {change} seit dem vorherigen Messwert: besser.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>▼ Down {change} since the reading before: better.</source>
        <translation>▼ Minus {change} seit dem vorherigen Messwert: besser.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>▲ Up {change} since the reading before: worse.</source>
        <translation>▲ Plus {change} seit dem vorherigen Messwert: schlechter.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>▼ Down {change} since the reading before: worse.</source>
        <translation>▼ Minus {change} seit dem vorherigen Messwert: schlechter.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lowest</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Highest</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Better when</source>
        <translation>Besser, wenn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/overview_page.py" line="-3" />
        <location line="+5" />
        <source>Who owes what</source>
        <translation>Offen je Person</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/goal_model.py" line="-250" />
        <location filename="../../cxcharter/ui/overview_page.py" line="-3" />
        <location filename="../../cxcharter/ui/question_card.py" line="-2" />
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/overview_page.py" line="+0" />
        <location line="+5" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="-3" />
        <location line="+4" />
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+100" />
        <source>Nobody owes anything — everything is ready for review.</source>
        <translation>Niemand hat etwas offen – alles ist bereit zur Prüfung.</translation>
    </message>
    <message>
        <location line="-99" />
        <source>Nothing is overdue.</source>
        <translation>Nichts ist überfällig.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every question has an owner.</source>
        <translation>Jede Frage hat eine verantwortliche Person.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>{done} of {total} required questions answered</source>
        <translation>{done} von {total} Pflichtfragen beantwortet</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+55" />
        <source>{n} open</source>
        <translation>{n} offen</translation>
    </message>
    <message>
        <location line="-41" />
        <source>Nobody owes anything yet: the open questions have no owner.</source>
        <translation>Noch hat niemand etwas offen: Die offenen Fragen haben keine verantwortliche Person.</translation>
    </message>
    <message>
        <location line="+12" />
        <location filename="../../cxcharter/ui/row_delegate.py" line="+49" />
        <source>— nobody —</source>
        <translation>– niemand –</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Overdue since {date}</source>
        <translation>Überfällig seit {date}</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/people_model.py" line="+35" />
        <source>Owns no question</source>
        <translation>Verantwortlich für keine Frage</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Owns 1 question</source>
        <translation>Verantwortlich für 1 Frage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owns {n} questions</source>
        <translation>Verantwortlich für {n} Fragen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/people_import.py" line="+31" />
        <source>The file is not a CSV text file.</source>
        <translation>Die Datei ist keine CSV-Textdatei.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file cannot be read: {detail}</source>
        <translation>Die Datei kann nicht gelesen werden: {detail}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file has no column for the name. Its columns: {header}</source>
        <translation>Die Datei hat keine Spalte für den Namen. Ihre Spalten: {header}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file has more than {limit} rows; only those were read.</source>
        <translation>Die Datei hat mehr als {limit} Zeilen; nur diese wurden gelesen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The CSV breaks at line {line}.</source>
        <translation>Die CSV-Datei ist in Zeile {line} fehlerhaft.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{value}” is not an e-mail address.</source>
        <translation>„{value}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{value}” is already in the list.</source>
        <translation>„{value}“ steht bereits in der Liste.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The name is missing.</source>
        <translation>Der Name fehlt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The {field} is too long.</source>
        <translation>{field}: zu lang.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The {field} contains a NUL character.</source>
        <translation>{field}: enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/goal_model.py" line="+248" />
        <location filename="../../cxcharter/ui/people_import.py" line="+22" />
        <location filename="../../cxcharter/ui/people_model.py" line="+79" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/people_import.py" line="+0" />
        <location filename="../../cxcharter/ui/people_model.py" line="+0" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../cxcharter/ui/people_model.py" line="+0" />
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../cxcharter/ui/people_model.py" line="+0" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import?</source>
        <translation>Importieren?</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../../cxcharter/ui/undo_rows.py" line="+27" />
        <source>Import people</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <location line="+8" />
        <source>To be added: {count}. Skipped rows: {skipped}.</source>
        <translation>Werden hinzugefügt: {count}. Übersprungene Zeilen: {skipped}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import people ({count})</source>
        <translation>Personen importieren ({count})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>File: {path}</source>
        <translation>Datei: {path}</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/people_model.py" line="+0" />
        <source>Owns</source>
        <translation>Verantwortet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How many questions of the charter this person owns</source>
        <translation>Für wie viele Fragen der Charta diese Person verantwortlich ist</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/people_page.py" line="-186" />
        <source>Customer Service</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <location line="+0" />
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Executive</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Required</source>
        <comment>placeholder of a field</comment>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location line="+2" />
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose or type</source>
        <translation>Wählen oder eingeben</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. CX lead</source>
        <translation>z. B. CX-Leitung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/labels.py" line="+10" />
        <source>Awareness</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consideration</source>
        <translation>Abwägung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loyalty &amp; advocacy</source>
        <translation>Loyalität &amp; Empfehlung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Executive sponsor</source>
        <translation>Sponsor aus der Geschäftsführung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Steering committee</source>
        <translation>Lenkungskreis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CX core team</source>
        <translation>CX-Kernteam</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Working group</source>
        <translation>Arbeitsgruppe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CX ambassadors</source>
        <translation>CX-Botschafter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Responsible</source>
        <translation>Durchführend</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accountable</source>
        <translation>Rechenschaftspflichtig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consulted</source>
        <translation>Konsultiert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Informed</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../cxcharter/ui/people_page.py" line="+3" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Must have</source>
        <translation>Muss</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Should have</source>
        <translation>Sollte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could have</source>
        <translation>Könnte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Won't have (this time)</source>
        <translation>Diesmal nicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sceptical</source>
        <translation>Skeptisch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Impact / effort</source>
        <translation>Wirkung / Aufwand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ICE (impact, confidence, ease)</source>
        <translation>ICE (Wirkung, Zuversicht, Einfachheit)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RICE (reach, impact, confidence, effort)</source>
        <translation>RICE (Reichweite, Wirkung, Zuversicht, Aufwand)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MoSCoW</source>
        <translation>MoSCoW</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weighted criteria</source>
        <translation>Gewichtete Kriterien</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent (no serious objection)</source>
        <translation>Konsent (kein schwerwiegender Einwand)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner decides after consultation</source>
        <translation>Verantwortliche Person entscheidet nach Rücksprache</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Majority vote</source>
        <translation>Mehrheitsentscheid</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/people_page.py" line="-54" />
        <source>People: add a person</source>
        <translation>Personen: Person hinzufügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People: remove the selected people</source>
        <translation>Personen: ausgewählte Personen entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People: edit the selected cell</source>
        <translation>Personen: ausgewähltes Feld bearbeiten</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Hide this form (Esc)</source>
        <translation>Dieses Formular ausblenden (Esc)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>De&amp;partment</source>
        <translation>&amp;Abteilung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>R&amp;ole</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Please enter a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Everyone who owns, answers or approves a part of this charter.</source>
        <translation>Alle, die einen Teil dieser Charta verantworten, beantworten oder freigeben.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filter people…</source>
        <translation>Personen filtern …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+8" />
        <location filename="../../cxcharter/ui/undo.py" line="+109" />
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Add a person to the team ({shortcut})</source>
        <translation>Eine Person zum Team hinzufügen ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/goals_page.py" line="+77" />
        <location line="+6" />
        <source>Custom metrics</source>
        <translation>Eigene Kennzahlen</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Metrics of your own, with their unit, scale and the direction that is better. Goals can use them like the standard ones.</source>
        <translation>Kennzahlen nach Ihrer Wahl, mit Einheit, Skala und der Richtung, die besser ist. Ziele können sie wie die Standardkennzahlen verwenden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Back to the goal</source>
        <translation>Zurück zum Ziel</translation>
    </message>
    <message>
        <location line="+9" />
        <source>New metric: type its name and press Enter</source>
        <translation>Neue Kennzahl: Namen eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the new metric</source>
        <translation>Name der neuen Kennzahl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add metric</source>
        <translation>Kennzahl hinzufügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove metric</source>
        <translation>Kennzahl entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goals that use it keep their numbers and lose the metric (Undo brings it back).</source>
        <translation>Ziele, die sie verwenden, behalten ihre Zahlen und verlieren die Kennzahl („Rückgängig“ holt sie zurück).</translation>
    </message>
    <message>
        <location line="+82" />
        <source>New goal: type its objective and press Enter</source>
        <translation>Neues Ziel: Zielsetzung eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Objective of the new goal</source>
        <translation>Zielsetzung des neuen Ziels</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a goal ({shortcut})</source>
        <translation>Ein Ziel hinzufügen ({shortcut})</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+79" />
        <source>Add goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <location line="-76" />
        <location line="+78" />
        <location filename="../../cxcharter/ui/people_page.py" line="+3" />
        <location line="+69" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-77" />
        <source>Remove the selected goal and its readings (Delete)</source>
        <translation>Das ausgewählte Ziel und seine Messwerte entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+77" />
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="-76" />
        <source>Move the goal up (Ctrl+Up)</source>
        <translation>Das Ziel nach oben verschieben (Strg+Pfeil nach oben)</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+76" />
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="-75" />
        <source>Move the goal down (Ctrl+Down)</source>
        <translation>Das Ziel nach unten verschieben (Strg+Pfeil nach unten)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Custom metrics…</source>
        <translation>Eigene Kennzahlen …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Define metrics of your own</source>
        <translation>Eigene Kennzahlen festlegen</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+119" />
        <source>No goals yet. Type the first objective above and press Enter; then choose its metric, baseline and target.</source>
        <translation>Noch keine Ziele. Geben Sie oben die erste Zielsetzung ein und drücken Sie die Eingabetaste; wählen Sie dann Kennzahl, Ausgangswert und Zielwert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Select a goal to see its details and readings.</source>
        <translation>Wählen Sie ein Ziel, um seine Details und Messwerte zu sehen.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Goals &amp; metrics</source>
        <translation>Ziele &amp; Kennzahlen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/people_page.py" line="-68" />
        <source>Remove the selected people (Delete)</source>
        <translation>Die ausgewählten Personen entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Add the people of your team: everyone who will own a question, answer it or approve the charter.</source>
        <translation>Fügen Sie die Personen Ihres Teams hinzu: alle, die eine Frage verantworten, beantworten oder die Charta freigeben.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nobody matches “{text}”.</source>
        <translation>Niemand passt zu „{text}“.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Remove {n} people</source>
        <translation>{n} Personen entfernen</translation>
    </message>
    <message>
        <location line="+24" />
        <location filename="../../cxcharter/ui/undo.py" line="+31" />
        <source>Remove person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove “{name}”?</source>
        <translation>„{name}“ entfernen?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove people</source>
        <translation>Personen entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove {n} people?</source>
        <translation>{n} Personen entfernen?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 question will lose its owner.</source>
        <translation>1 Frage verliert ihre verantwortliche Person.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} questions will lose their owner.</source>
        <translation>{n} Fragen verlieren ihre verantwortliche Person.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>1 answer names them and will be emptied.</source>
        <translation>1 Antwort nennt sie und wird geleert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} answers name them and will be emptied.</source>
        <translation>{n} Antworten nennen sie und werden geleert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You can undo this.</source>
        <translation>Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/question_card.py" line="-21" />
        <source>Required</source>
        <comment>badge of a question</comment>
        <translation>Pflichtfrage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Optional</source>
        <comment>badge of a question</comment>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+19" />
        <source>— nobody yet —</source>
        <translation>– noch niemand –</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When this answer is due. {key} clears the date.</source>
        <translation>Bis wann diese Antwort fällig ist. {key} löscht das Datum.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Write your answer here…</source>
        <translation>Schreiben Sie hier Ihre Antwort …</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location line="+4" />
        <source>— choose a person from People —</source>
        <translation>– Person aus „Personen“ wählen –</translation>
    </message>
    <message>
        <location line="+25" />
        <source>How to answer</source>
        <translation>So antworten Sie</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Example: {text}</source>
        <translation>Beispiel: {text}</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/undo.py" line="-77" />
        <source>Edit answer</source>
        <translation>Antwort bearbeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose person</source>
        <translation>Person wählen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assign owner</source>
        <translation>Verantwortliche Person zuweisen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change due date</source>
        <translation>Fälligkeitsdatum ändern</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/welcome.py" line="-3" />
        <source>Write your customer-experience charter one question at a time, agree who owns what, and get it approved.</source>
        <translation>Schreiben Sie Ihre Customer-Experience-Charta Frage für Frage, vereinbaren Sie, wer wofür verantwortlich ist, und holen Sie die Freigabe ein.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New charter…</source>
        <translation>&amp;Neue Charta …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open the &amp;sample charter</source>
        <translation>&amp;Beispiel-Charta öffnen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/menus.py" line="-39" />
        <location filename="../../cxcharter/ui/welcome.py" line="+8" />
        <source>A complete example charter to explore and try things on</source>
        <translation>Eine vollständige Beispiel-Charta zum Erkunden und Ausprobieren</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/welcome.py" line="-3" />
        <source>Start an empty charter, guided section by section ({key})</source>
        <translation>Eine leere Charta beginnen, Abschnitt für Abschnitt angeleitet ({key})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open a .cxcharter file ({key})</source>
        <translation>Eine .cxcharter-Datei öffnen ({key})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Recent charters</source>
        <translation>&amp;Zuletzt geöffnete Chartas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent charters</source>
        <translation>Zuletzt geöffnete Chartas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No recent charters yet. Create a new one or open the sample to look around.</source>
        <translation>Noch keine zuletzt geöffneten Chartas. Legen Sie eine neue an oder öffnen Sie das Beispiel, um sich umzusehen.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>missing: {folder}</source>
        <translation>fehlt: {folder}</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/workspace.py" line="+31" />
        <source>Back to the list of sections</source>
        <translation>Zurück zur Liste der Abschnitte</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Charter sections</source>
        <translation>Abschnitte der Charta</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/fields.py" line="+20" />
        <source>Date field: clear the date</source>
        <translation>Datumsfeld: Datum löschen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/help_page.py" line="+25" />
        <location line="+53" />
        <source>How to write a CX charter</source>
        <translation>So schreiben Sie eine CX-Charta</translation>
    </message>
    <message>
        <location line="-53" />
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A CX charter answers a few questions every customer-experience team must agree on. Work through them section by section: each question below comes with why it matters, what a good answer contains, and an example.

Give every question an owner and a due date, answer in your own words, and set the status to “Ready for review” when an answer is done. The overview shows what is still open.</source>
        <translation>Eine CX-Charta beantwortet die Fragen, über die sich jedes Customer-Experience-Team einig sein muss. Gehen Sie sie Abschnitt für Abschnitt durch: Zu jeder Frage unten steht, warum sie wichtig ist, was eine gute Antwort enthält, und ein Beispiel.

Geben Sie jeder Frage eine verantwortliche Person und ein Fälligkeitsdatum, antworten Sie in Ihren eigenen Worten und setzen Sie den Status auf „Bereit zur Prüfung“, wenn eine Antwort fertig ist. Die Übersicht zeigt, was noch offen ist.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>required</source>
        <translation>Pflichtfrage</translation>
    </message>
    <message>
        <location line="+0" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+37" />
        <source>How to Write a CX Charter</source>
        <translation>So schreiben Sie eine CX-Charta</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/section_page.py" line="+60" />
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/shortcuts_dialog.py" line="+54" />
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+8" />
        <source>In the pages</source>
        <translation>In den Seiten</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/undo_rows.py" line="-6" />
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reorder</source>
        <translation>Reihenfolge ändern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change assignment</source>
        <translation>Zuordnung ändern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change setting</source>
        <translation>Einstellung ändern</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/goal_delegates.py" line="+34" />
        <location filename="../../cxcharter/ui/goal_model.py" line="-252" />
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>— no metric —</source>
        <translation>– keine Kennzahl –</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{name} (custom)</source>
        <translation>{name} (eigene)</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/goal_detail.py" line="+63" />
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0" />
        <source>baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location line="+0" />
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>owner</source>
        <translation>verantwortliche Person</translation>
    </message>
    <message>
        <location line="+0" />
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Why it matters: which business or department goal does it support?</source>
        <translation>Warum es zählt: Welches Unternehmens- oder Bereichsziel unterstützt es?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why it matters</source>
        <translation>Warum es zählt</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../cxcharter/ui/goal_model.py" line="+1" />
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Baseline date</source>
        <translation>Datum des Ausgangswerts</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../cxcharter/ui/goal_model.py" line="+1" />
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Journey phase</source>
        <translation>Phase der Customer Journey</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the numbers come from</source>
        <translation>Woher die Zahlen kommen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Measurement cadence</source>
        <translation>Messrhythmus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. monthly</source>
        <translation>z. B. monatlich</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Metric:</source>
        <translation>Kennzahl:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Why it matters:</source>
        <translation>&amp;Warum es zählt:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>measured &amp;on</source>
        <translation>gemessen &amp;am</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Baseline:</source>
        <translation>&amp;Ausgangswert:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Target:</source>
        <translation>&amp;Zielwert:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Journey phase:</source>
        <translation>&amp;Journey-Phase:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tou&amp;chpoint:</source>
        <translation>&amp;Kontaktpunkt:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Data source:</source>
        <translation>&amp;Datenquelle:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ca&amp;dence:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <location line="+39" />
        <source>None yet: choose one in the table's Metric column.</source>
        <translation>Noch keine: Wählen Sie eine in der Spalte „Kennzahl“ der Tabelle.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>To complete this goal, add: {fields}.</source>
        <translation>Damit dieses Ziel vollständig ist, ergänzen Sie: {fields}.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Readings</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Readings of the selected goal</source>
        <translation>Messwerte des ausgewählten Ziels</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Date of the new reading</source>
        <translation>Datum des neuen Messwerts</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../cxcharter/ui/goal_model.py" line="+217" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value of the new reading</source>
        <translation>Wert des neuen Messwerts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note on the new reading</source>
        <translation>Notiz zum neuen Messwert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add reading</source>
        <translation>Messwert hinzufügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the reading (Enter)</source>
        <translation>Messwert hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+8" />
        <source>Remove reading</source>
        <translation>Messwert entfernen</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Remove the selected reading (Delete)</source>
        <translation>Den ausgewählten Messwert entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Enter the value of the reading.</source>
        <translation>Geben Sie den Wert des Messwerts ein.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/goal_texts.py" line="+24" />
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <location line="+0" />
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No metric chosen yet.</source>
        <translation>Noch keine Kennzahl gewählt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No baseline yet.</source>
        <translation>Noch kein Ausgangswert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No target yet.</source>
        <translation>Noch kein Zielwert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No owner yet.</source>
        <translation>Noch keine verantwortliche Person.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No due date yet.</source>
        <translation>Noch kein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Something is missing.</source>
        <translation>Es fehlt noch etwas.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The target ({target}) must be below the baseline ({baseline}): lower is better for this metric.</source>
        <translation>Der Zielwert ({target}) muss unter dem Ausgangswert ({baseline}) liegen: Bei dieser Kennzahl ist niedriger besser.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The target ({target}) must be above the baseline ({baseline}): higher is better for this metric.</source>
        <translation>Der Zielwert ({target}) muss über dem Ausgangswert ({baseline}) liegen: Bei dieser Kennzahl ist höher besser.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The reading of {date} ({value}) is outside the metric's scale ({scale}).</source>
        <translation>Der Messwert vom {date} ({value}) liegt außerhalb der Skala der Kennzahl ({scale}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The baseline {value} is outside the metric's scale ({scale}).</source>
        <translation>Der Ausgangswert {value} liegt außerhalb der Skala der Kennzahl ({scale}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The target {value} is outside the metric's scale ({scale}).</source>
        <translation>Der Zielwert {value} liegt außerhalb der Skala der Kennzahl ({scale}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unknown metric “{key}”: choose one from the list.</source>
        <translation>Unbekannte Kennzahl „{key}“: Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The due date must come after the baseline date ({date}).</source>
        <translation>Das Fälligkeitsdatum muss nach dem Datum des Ausgangswerts ({date}) liegen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{count} goals are marked primary. Choose the one that matters most; the others support it.</source>
        <translation>{count} Ziele sind als Hauptziel markiert. Wählen Sie das eine, das am meisten zählt; die anderen unterstützen es.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This charter has {count} goals. Charters with too many KPIs get ignored: consider keeping {limit} or fewer.</source>
        <translation>Diese Charta hat {count} Ziele. Chartas mit zu vielen KPIs werden ignoriert: Beschränken Sie sich besser auf {limit} oder weniger.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A custom metric needs a name.</source>
        <translation>Eine eigene Kennzahl braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The lower end of the scale must be below the upper end.</source>
        <translation>Das untere Ende der Skala muss unter dem oberen liegen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{low} … {high}</source>
        <translation>{low} … {high}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>at least {low}</source>
        <translation>mindestens {low}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>at most {high}</source>
        <translation>höchstens {high}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>any value</source>
        <translation>beliebiger Wert</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/backups.py" line="+94" />
        <source>{problem}

CX Charter has a backup of this charter from {when}. Restore it as a copy beside the damaged file and open the copy?</source>
        <translation>{problem}

CX Charter hat eine Sicherung dieser Charta vom {when}. Soll sie als Kopie neben der beschädigten Datei wiederhergestellt und die Kopie geöffnet werden?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The charter is damaged</source>
        <translation>Die Charta ist beschädigt</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot restore the backup</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
</context>
</TS>