<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../cxcharter/ui/app.py" line="+42"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CX Charter hit an unexpected problem. Your saved work is safe; the last change may not have been saved.</source>
        <translation>In CX Charter ist ein unerwarteter Fehler aufgetreten. Ihre gespeicherte Arbeit ist sicher; die letzte Änderung wurde eventuell nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/export_flow.py" line="+45"/>
        <source>The export failed unexpectedly: {error}</source>
        <translation>Der Export ist unerwartet fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location filename="../../cxcharter/ui/main_window.py" line="+182"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+10"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF could not be written. Nothing was changed.</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/file_actions.py" line="+42"/>
        <location line="+9"/>
        <source>Who is editing?</source>
        <translation>Wer bearbeitet?</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Your name is recorded with every change you make:</source>
        <translation>Ihr Name wird bei jeder Ihrer Änderungen festgehalten:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot open the charter</source>
        <translation>Charta kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open charter</source>
        <translation>Charta öffnen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot create the charter</source>
        <translation>Charta kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <source>Cannot create the sample</source>
        <translation>Beispiel kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a copy as</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save the copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/file_lock.py" line="+32"/>
        <source>{app} (process {pid} on {host})</source>
        <translation>{app} (Prozess {pid} auf {host})</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/menus.py" line="+114"/>
        <source>&amp;New Charter…</source>
        <translation>&amp;Neue Charta …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cxcharter/ui/welcome.py" line="+109"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Sample Charter</source>
        <translation>Bei&amp;spiel-Charta öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF…</source>
        <translation>Als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/main_window.py" line="-42"/>
        <location filename="../../cxcharter/ui/menus.py" line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../cxcharter/ui/menus.py" line="+1"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/menus.py" line="+1"/>
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
        <location line="-11"/>
        <source>Start a new charter, guided section by section</source>
        <translation>Eine neue Charta beginnen, Abschnitt für Abschnitt angeleitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a charter file</source>
        <translation>Eine Charta-Datei öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a copy of this charter to another file</source>
        <translation>Eine Kopie dieser Charta in eine andere Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the charter as a PDF to review and sign</source>
        <translation>Die Charta als PDF zum Prüfen und Unterschreiben ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Show &amp;Guidance</source>
        <translation>&amp;Anleitung anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show how to answer beside each question</source>
        <translation>Neben jeder Frage zeigen, wie Sie sie beantworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to &amp;Write a CX Charter</source>
        <translation>&amp;So schreiben Sie eine CX-Charta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every section and question, with guidance and examples</source>
        <translation>Alle Abschnitte und Fragen mit Anleitung und Beispielen</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+4"/>
        <source>The language of menus and messages; a charter&apos;s questions keep the language chosen for it</source>
        <translation>Die Sprache von Menüs und Meldungen; die Fragen einer Charta behalten die für sie gewählte Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../../cxcharter/ui/main_window.py" line="-51"/>
        <source>No recent charters</source>
        <translation>Keine zuletzt geöffneten Chartas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CX Charter</source>
        <translation>CX Charter</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location line="+2"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All changes saved automatically</source>
        <translation>Alle Änderungen automatisch gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/about_dialog.py" line="+50"/>
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
        <location line="+15"/>
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
        <location line="+13"/>
        <source>CX Charter guides customer-experience teams through writing their CX charter: vision, goals, roles, priorities, stakeholders and approvals, and ways of working — one question at a time, with guidance for each.</source>
        <translation>CX Charter führt Customer-Experience-Teams durch ihre CX-Charta: Vision, Ziele, Rollen, Prioritäten, Stakeholder und Freigaben sowie Zusammenarbeit – Frage für Frage, jeweils mit Anleitung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built with Qt {qt} and PySide6 {pyside}. PDFs are set in the DejaVu fonts.</source>
        <translation>Erstellt mit Qt {qt} und PySide6 {pyside}. PDFs werden in den DejaVu-Schriften gesetzt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CX Charter is free software under the MIT licence. It uses Qt and PySide6 under the GNU Lesser General Public License version 3 (&lt;a href=&quot;{url}&quot;&gt;LGPLv3&lt;/a&gt;); you may replace them with your own build. The DejaVu fonts are free fonts under the Bitstream Vera licence.</source>
        <translation>CX Charter ist freie Software unter der MIT-Lizenz. Es verwendet Qt und PySide6 unter der GNU Lesser General Public License Version 3 (&lt;a href=&quot;{url}&quot;&gt;LGPLv3&lt;/a&gt;); Sie dürfen diese durch eigene Fassungen ersetzen. Die DejaVu-Schriften sind freie Schriften unter der Bitstream-Vera-Lizenz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Licence texts</source>
        <translation>Lizenztexte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each charter is one .cxcharter file, saved where you chose. Besides those, CX Charter keeps only its settings (recent files, your name, the view) and the sample charters here:</source>
        <translation>Jede Charta ist eine .cxcharter-Datei, gespeichert, wo Sie es gewählt haben. Außerdem speichert CX Charter nur seine Einstellungen (zuletzt geöffnete Dateien, Ihren Namen, die Ansicht) und die Beispiel-Chartas, und zwar hier:</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/messages.py" line="+15"/>
        <source>“{path}” is empty (0 bytes). It is not a CX charter.</source>
        <translation>„{path}“ ist leer (0 Byte). Es ist keine CX-Charta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{path}” is not a CX Charter file.</source>
        <translation>„{path}“ ist keine CX-Charter-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+3"/>
        <source>“{path}” contains database objects CX Charter did not create. For your safety it is not opened. The file was not changed.</source>
        <translation>„{path}“ enthält Datenbankobjekte, die nicht von CX Charter stammen. Zu Ihrer Sicherheit wird sie nicht geöffnet. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>This value cannot be saved: {detail}</source>
        <translation>Dieser Wert kann nicht gespeichert werden: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data cannot be imported: {detail}</source>
        <translation>Die Daten können nicht importiert werden: {detail}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>another window</source>
        <translation>einem anderen Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This charter is open in {who}. You are viewing it read-only.</source>
        <translation>Diese Charta ist in {who} geöffnet. Sie sehen sie schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for review</source>
        <translation>Bereit zur Prüfung</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/navigator.py" line="+63"/>
        <location filename="../../cxcharter/ui/overview_page.py" line="+256"/>
        <location line="+87"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../cxcharter/ui/people_page.py" line="+162"/>
        <location line="+64"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{done} of {total} answered</source>
        <translation>{done} von {total} beantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} people</source>
        <translation>{n} Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is still open</source>
        <translation>Was noch offen ist</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/new_dialog.py" line="+38"/>
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
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A charter is saved as one file that you can copy or mail. Every change is saved automatically.</source>
        <translation>Eine Charta wird als eine Datei gespeichert, die Sie kopieren oder per E-Mail versenden können. Jede Änderung wird automatisch gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../cxcharter/ui/overview_page.py" line="-258"/>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{done} / {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All required questions answered</source>
        <translation>Alle Pflichtfragen beantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 required question open</source>
        <translation>1 Pflichtfrage offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} required questions open</source>
        <translation>{n} Pflichtfragen offen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{section}: {done} of {total} required questions answered</source>
        <translation>{section}: {done} von {total} Pflichtfragen beantwortet</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Completion by section</source>
        <translation>Fortschritt je Abschnitt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <location filename="../../cxcharter/ui/question_card.py" line="+73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>Who owes what</source>
        <translation>Offen je Person</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../../cxcharter/ui/question_card.py" line="-2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+100"/>
        <source>Nobody owes anything — everything is ready for review.</source>
        <translation>Niemand hat etwas offen – alles ist bereit zur Prüfung.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Nothing is overdue.</source>
        <translation>Nichts ist überfällig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every question has an owner.</source>
        <translation>Jede Frage hat eine verantwortliche Person.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{done} of {total} required questions answered</source>
        <translation>{done} von {total} Pflichtfragen beantwortet</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+55"/>
        <source>{n} open</source>
        <translation>{n} offen</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Nobody owes anything yet: the open questions have no owner.</source>
        <translation>Noch hat niemand etwas offen: Die offenen Fragen haben keine verantwortliche Person.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>— nobody —</source>
        <translation>– niemand –</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Overdue since {date}</source>
        <translation>Überfällig seit {date}</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/people_model.py" line="+35"/>
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
        <location line="+79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owns</source>
        <translation>Verantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many questions of the charter this person owns</source>
        <translation>Für wie viele Fragen der Charta diese Person verantwortlich ist</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/people_page.py" line="-186"/>
        <source>Customer Service</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Required</source>
        <comment>placeholder of a field</comment>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose or type</source>
        <translation>Wählen oder eingeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. CX lead</source>
        <translation>z. B. CX-Leitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="-54"/>
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
        <location line="+53"/>
        <source>Hide this form (Esc)</source>
        <translation>Dieses Formular ausblenden (Esc)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;partment</source>
        <translation>&amp;Abteilung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;ole</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Please enter a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Everyone who owns, answers or approves a part of this charter.</source>
        <translation>Alle, die einen Teil dieser Charta verantworten, beantworten oder freigeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter people…</source>
        <translation>Personen filtern …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location filename="../../cxcharter/ui/undo.py" line="+109"/>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Add a person to the team ({shortcut})</source>
        <translation>Eine Person zum Team hinzufügen ({shortcut})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Remove the selected people (Delete)</source>
        <translation>Die ausgewählten Personen entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Add the people of your team: everyone who will own a question, answer it or approve the charter.</source>
        <translation>Fügen Sie die Personen Ihres Teams hinzu: alle, die eine Frage verantworten, beantworten oder die Charta freigeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody matches “{text}”.</source>
        <translation>Niemand passt zu „{text}“.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Remove {n} people</source>
        <translation>{n} Personen entfernen</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../cxcharter/ui/undo.py" line="+31"/>
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
        <location filename="../../cxcharter/ui/question_card.py" line="-21"/>
        <source>Required</source>
        <comment>badge of a question</comment>
        <translation>Pflichtfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <comment>badge of a question</comment>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>— nobody yet —</source>
        <translation>– noch niemand –</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this answer is due. {key} clears the date.</source>
        <translation>Bis wann diese Antwort fällig ist. {key} löscht das Datum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+25"/>
        <source>How to answer</source>
        <translation>So antworten Sie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example: {text}</source>
        <translation>Beispiel: {text}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/undo.py" line="-77"/>
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
        <location line="+59"/>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/welcome.py" line="-3"/>
        <source>Write your customer-experience charter one question at a time, agree who owns what, and get it approved.</source>
        <translation>Schreiben Sie Ihre Customer-Experience-Charta Frage für Frage, vereinbaren Sie, wer wofür verantwortlich ist, und holen Sie die Freigabe ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New charter…</source>
        <translation>&amp;Neue Charta …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;sample charter</source>
        <translation>&amp;Beispiel-Charta öffnen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/menus.py" line="-39"/>
        <location filename="../../cxcharter/ui/welcome.py" line="+8"/>
        <source>A complete example charter to explore and try things on</source>
        <translation>Eine vollständige Beispiel-Charta zum Erkunden und Ausprobieren</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/welcome.py" line="-3"/>
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
        <location line="+15"/>
        <source>missing: {folder}</source>
        <translation>fehlt: {folder}</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/workspace.py" line="+30"/>
        <source>Back to the list of sections</source>
        <translation>Zurück zur Liste der Abschnitte</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Charter sections</source>
        <translation>Abschnitte der Charta</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/fields.py" line="+20"/>
        <source>Date field: clear the date</source>
        <translation>Datumsfeld: Datum löschen</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/help_page.py" line="+25"/>
        <location line="+53"/>
        <source>How to write a CX charter</source>
        <translation>So schreiben Sie eine CX-Charta</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CX charter answers a few questions every customer-experience team must agree on. Work through them section by section: each question below comes with why it matters, what a good answer contains, and an example.

Give every question an owner and a due date, answer in your own words, and set the status to “Ready for review” when an answer is done. The overview shows what is still open.</source>
        <translation>Eine CX-Charta beantwortet die Fragen, über die sich jedes Customer-Experience-Team einig sein muss. Gehen Sie sie Abschnitt für Abschnitt durch: Zu jeder Frage unten steht, warum sie wichtig ist, was eine gute Antwort enthält, und ein Beispiel.

Geben Sie jeder Frage eine verantwortliche Person und ein Fälligkeitsdatum, antworten Sie in Ihren eigenen Worten und setzen Sie den Status auf „Bereit zur Prüfung“, wenn eine Antwort fertig ist. Die Übersicht zeigt, was noch offen ist.</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+37"/>
        <source>How to Write a CX Charter</source>
        <translation>So schreiben Sie eine CX-Charta</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/shortcuts_dialog.py" line="+54"/>
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
        <location line="+8"/>
        <source>In the pages</source>
        <translation>In den Seiten</translation>
    </message>
    <message>
        <location filename="../../cxcharter/ui/backups.py" line="+94"/>
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
</context>
</TS>
