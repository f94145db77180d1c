<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AfterShowController</name>
    <message>
        <source>&amp;Export leads to CSV…</source>
        <translation>Leads als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Debrief report…</source>
        <translation>&amp;Debriefing-Bericht…</translation>
    </message>
    <message>
        <source>Share &amp;our contact (QR)</source>
        <translation>&amp;Unseren Kontakt teilen (QR)</translation>
    </message>
    <message>
        <source>Print &amp;test badges…</source>
        <translation>&amp;Testausweise drucken…</translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation>Debriefing speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Webseite (*.html)</translation>
    </message>
    <message>
        <source>Writing the debrief to {name}…</source>
        <translation>Debriefing wird in {name} geschrieben…</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debriefing</translation>
    </message>
    <message>
        <source>Could not write {name}: {error}</source>
        <translation>{name} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Debrief saved: {name}</source>
        <translation>Debriefing gespeichert: {name}</translation>
    </message>
    <message>
        <source>No program on this computer opens it; find it in that folder.</source>
        <translation>Kein Programm auf diesem Computer öffnet es; Sie finden es in diesem Ordner.</translation>
    </message>
    <message>
        <source>Debrief saved to {path}.</source>
        <translation>Debriefing gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Share our contact</source>
        <translation>Unseren Kontakt teilen</translation>
    </message>
    <message>
        <source>{exc} Set it in File &gt; Settings &gt; Our contact.</source>
        <translation>{exc} Unter Datei &gt; Einstellungen &gt; Unser Kontakt festlegen.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Showfloor cannot open its database</source>
        <translation>Showfloor kann seine Datenbank nicht öffnen</translation>
    </message>
</context>
<context>
    <name>AttendeeImportController</name>
    <message>
        <source>Recognised: {platform} export ({platform_badge}).</source>
        <translation>Erkannt: Export aus {platform} ({platform_badge}).</translation>
    </message>
    <message>
        <source>Platform not recognised: columns are read by their usual names.</source>
        <translation>Plattform nicht erkannt: Spalten werden nach ihren üblichen Namen gelesen.</translation>
    </message>
    <message>
        <source> About {rows} rows, {encoding}.</source>
        <translation> Etwa {rows} Zeilen, {encoding}.</translation>
    </message>
    <message>
        <source>kept as extra data</source>
        <translation>als Zusatzdaten behalten</translation>
    </message>
    <message>
        <source>Scanned badges resolve by: </source>
        <translation>Gescannte Ausweise werden zugeordnet über: </translation>
    </message>
    <message>
        <source>Scanned badges resolve by: nothing in this file.</source>
        <translation>Gescannte Ausweise werden zugeordnet über: nichts in dieser Datei.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Imported {imported}, updated {updated}, rejected {rejected}.</source>
        <translation>Importiert: {imported}, aktualisiert: {updated}, abgelehnt: {rejected}.</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Zeile {row}: {reason}</translation>
    </message>
</context>
<context>
    <name>AttendeeImportDialog</name>
    <message>
        <source>Import attendee list</source>
        <translation>Teilnehmerliste importieren</translation>
    </message>
</context>
<context>
    <name>AttendeeImportPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Badge id</source>
        <translation>Ausweis-ID</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Ticketcode</translation>
    </message>
    <message>
        <source>Load the attendee list the organiser sent (CSV from Eventbrite, pretix, Luma, Cvent, Swapcard...). Badges that hold only a ticket number then show the visitor&apos;s name the moment they are scanned.</source>
        <translation>Laden Sie die Teilnehmerliste des Veranstalters (CSV aus Eventbrite, pretix, Luma, Cvent, Swapcard...). Ausweise, die nur eine Ticketnummer enthalten, zeigen dann beim Scannen sofort den Namen.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Before importing: how this file will be read</source>
        <translation>Vor dem Import: So wird die Datei gelesen</translation>
    </message>
    <message>
        <source>Choose a file to see how it will be read.</source>
        <translation>Datei wählen, um zu sehen, wie sie gelesen wird.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Backed up {leads} leads</source>
        <translation>{leads} Leads gesichert</translation>
    </message>
    <message>
        <source>Backup failed: {message}</source>
        <translation>Sicherung fehlgeschlagen: {message}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts erfasst.</translation>
    </message>
</context>
<context>
    <name>Booth</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>No staff chosen</source>
        <translation>Kein Personal gewählt</translation>
    </message>
    <message>
        <source>Read-only: {read_only}. Leads can be read and exported; nothing can be saved.</source>
        <translation>Schreibgeschützt: {read_only}. Leads lassen sich lesen und exportieren, aber nichts speichern.</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>{leads} leads were last seen more than {days} days ago, past your retention setting. Delete them now? (Backups keep them until they rotate out.)</source>
        <translation>{leads} Leads wurden zuletzt vor mehr als {days} Tagen gesehen, länger als Ihre Aufbewahrungsfrist. Jetzt löschen? (Sicherungen behalten sie, bis sie ersetzt werden.)</translation>
    </message>
</context>
<context>
    <name>CameraController</name>
    <message>
        <source>No camera — typing and the handheld scanner still work</source>
        <translation>Keine Kamera — Tippen und Handscanner funktionieren weiter</translation>
    </message>
    <message>
        <source>Camera live</source>
        <translation>Kamera aktiv</translation>
    </message>
    <message>
        <source>Camera lost — reconnecting; keep typing, nothing is lost</source>
        <translation>Kamera getrennt — verbinde neu; einfach weitertippen, nichts geht verloren</translation>
    </message>
    <message>
        <source>Reconnecting to the camera…</source>
        <translation>Kamera wird neu verbunden…</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <source>Camera stopped</source>
        <translation>Kamera gestoppt</translation>
    </message>
    <message>
        <source>Recording: {recording}</source>
        <translation>Aufnahme: {recording}</translation>
    </message>
    <message>
        <source>Camera off. Type visitors or use a handheld scanner.</source>
        <translation>Kamera aus. Besucher eintippen oder Handscanner nutzen.</translation>
    </message>
    <message>
        <source>Starting camera…</source>
        <translation>Kamera startet…</translation>
    </message>
    <message>
        <source>The camera stopped.

Typing and the handheld scanner still work; pick a camera below to start it again.</source>
        <translation>Die Kamera wurde gestoppt.

Tippen und der Handscanner funktionieren weiterhin; wählen Sie unten eine Kamera, um sie neu zu starten.</translation>
    </message>
    <message>
        <source>{first}.

Typing and the handheld scanner still work; pick another camera below.</source>
        <translation>{first}.

Tippen und Handscanner funktionieren weiter; unten eine andere Kamera wählen.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Starting camera…</source>
        <translation>Kamera startet…</translation>
    </message>
    <message>
        <source>not a badge</source>
        <translation>kein Ausweis</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source> by {staff}</source>
        <translation> von {staff}</translation>
    </message>
    <message>
        <source> on {device}</source>
        <translation> auf {device}</translation>
    </message>
    <message>
        <source>Visit {number} — last seen {when}{by}{on}{cls}</source>
        <translation>Besuch {number} — zuletzt gesehen {when}{by}{on}{cls}</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>&amp;Undo last save</source>
        <translation>Letztes Speichern &amp;rückgängig</translation>
    </message>
    <message>
        <source>Type a visitor by hand</source>
        <translation>Besucher von Hand eintippen</translation>
    </message>
    <message>
        <source>Earlier visits of this visitor</source>
        <translation>Frühere Besuche dieses Besuchers</translation>
    </message>
    <message>
        <source>Class: {label}</source>
        <translation>Art: {label}</translation>
    </message>
    <message>
        <source>Rating: {label}</source>
        <translation>Bewertung: {label}</translation>
    </message>
    <message>
        <source>Agrees to be contacted</source>
        <translation>Einverstanden mit Kontaktaufnahme</translation>
    </message>
    <message>
        <source>Save the next waiting badge with its badge only</source>
        <translation>Nächsten wartenden Ausweis nur mit Ausweisdaten speichern</translation>
    </message>
    <message>
        <source>Customer / mentor / KOL (outside text fields)</source>
        <translation>Kunde / Mentor / KOL (außerhalb von Textfeldern)</translation>
    </message>
    <message>
        <source>Hot / warm / cold (outside text fields)</source>
        <translation>Heiß / warm / kalt (außerhalb von Textfeldern)</translation>
    </message>
    <message>
        <source>Save the visitor (Ctrl+Enter inside notes)</source>
        <translation>Besucher speichern (Strg+Enter in Notizen)</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Formular leeren</translation>
    </message>
    <message>
        <source>Another badge was scanned. Save this visitor (Enter) or clear the form (Esc); the waiting badges load next, in order.</source>
        <translation>Ein weiterer Ausweis wurde gescannt. Diesen Besucher speichern (Enter) oder Formular leeren (Esc); die wartenden Ausweise folgen der Reihe nach.</translation>
    </message>
    <message>
        <source>Unknown badge {arg0}: not on the attendee list. Type the name; the badge stays attached.</source>
        <translation>Unbekannter Ausweis {arg0}: nicht auf der Teilnehmerliste. Namen eintippen; der Ausweis bleibt zugeordnet.</translation>
    </message>
    <message>
        <source>Badge {badge_id} found on the attendee list</source>
        <translation>Ausweis {badge_id} auf der Teilnehmerliste gefunden</translation>
    </message>
    <message>
        <source>Read from the badge ({fmt})</source>
        <translation>Vom Ausweis gelesen ({fmt})</translation>
    </message>
    <message>
        <source>, consent text v{version}</source>
        <translation>, Einwilligungstext v{version}</translation>
    </message>
    <message>
        <source>Agreed on an earlier visit ({when}{text}); kept as given.</source>
        <translation>Bei einem früheren Besuch zugestimmt ({when}{text}); bleibt bestehen.</translation>
    </message>
    <message>
        <source>Choose the kind of visitor first: 1 customer, 2 mentor, 3 key opinion leader.</source>
        <translation>Zuerst die Art des Besuchers wählen: 1 Kunde, 2 Mentor, 3 Meinungsführer.</translation>
    </message>
    <message>
        <source>Not saved: {exc}. The form is kept; try Enter again.</source>
        <translation>Nicht gespeichert: {exc}. Das Formular bleibt; Enter erneut versuchen.</translation>
    </message>
    <message>
        <source>Saved {name} — visit {visit}. Undo (Ctrl+Z) for {UNDO_SECONDS} s</source>
        <translation>{name} gespeichert — Besuch {visit}. Rückgängig (Strg+Z) für {UNDO_SECONDS} s</translation>
    </message>
    <message>
        <source>Last save {arg0}</source>
        <translation>Zuletzt gespeichert {arg0}</translation>
    </message>
    <message>
        <source>No badge is waiting.</source>
        <translation>Kein Ausweis wartet.</translation>
    </message>
    <message>
        <source>Not saved: {exc}. The badge stays in the queue.</source>
        <translation>Nicht gespeichert: {exc}. Der Ausweis bleibt in der Warteschlange.</translation>
    </message>
    <message>
        <source>Saved {display_name} with the badge only, tagged {TO_QUALIFY}: finish them in the Leads view (Ctrl+2, Class: To qualify).</source>
        <translation>{display_name} nur mit Ausweisdaten gespeichert, markiert als {TO_QUALIFY}: in der Lead-Ansicht vervollständigen (Strg+2, Art: Zu qualifizieren).</translation>
    </message>
    <message>
        <source>Undone: the visitor is back in the form.</source>
        <translation>Rückgängig gemacht: Der Besucher ist wieder im Formular.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Visit {number}&lt;/b&gt; — {when}, {staff}, {visitor_class}{notes}{answers}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Besuch {number}&lt;/b&gt; — {when}, {staff}, {visitor_class}{notes}{answers}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown staff</source>
        <translation>unbekanntes Personal</translation>
    </message>
    <message>
        <source>Earlier visits of {display_name}</source>
        <translation>Frühere Besuche von {display_name}</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>badge</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>getippt</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <source>Card ({key})</source>
        <translation>Karte ({key})</translation>
    </message>
    <message>
        <source>A business card instead of a badge: hold it still in front of the camera and press {key}</source>
        <translation>Eine Visitenkarte statt eines Badges: halten Sie sie ruhig vor die Kamera und drücken Sie {key}</translation>
    </message>
    <message>
        <source>Read a business card</source>
        <translation>Visitenkarte lesen</translation>
    </message>
    <message>
        <source>Card file…</source>
        <translation>Kartendatei…</translation>
    </message>
    <message>
        <source>Read a business card from a photo ({key})</source>
        <translation>Visitenkarte aus einem Foto lesen ({key})</translation>
    </message>
    <message>
        <source>Hold the badge QR up to the camera, or scan it with the handheld scanner. No badge? Just start typing the name.</source>
        <translation>Den QR-Code des Ausweises vor die Kamera halten oder mit dem Handscanner scannen. Kein Ausweis? Einfach den Namen tippen.</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Press 1, 2 or 3 to choose the kind of visitor.</source>
        <translation>1, 2 oder 3 drücken, um die Art des Besuchers zu wählen.</translation>
    </message>
    <message>
        <source>Notes: what they told you (Ctrl+Enter saves)</source>
        <translation>Notizen: was erzählt wurde (Strg+Enter speichert)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Agrees to be contacted ({CONSENT_KEY})</source>
        <translation>Einverstanden mit Kontakt ({CONSENT_KEY})</translation>
    </message>
    <message>
        <source>Keep the picture of their card — they agree ({key})</source>
        <translation>Foto der Karte behalten — mit Zustimmung ({key})</translation>
    </message>
    <message>
        <source>Earlier visits (F4)</source>
        <translation>Frühere Besuche (F4)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Leeren (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Speichern (Enter)</translation>
    </message>
    <message>
        <source>Visitor form</source>
        <translation>Besucherformular</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>CardController</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Read a business card</source>
        <translation>Visitenkarte lesen</translation>
    </message>
    <message>
        <source>Read a business card from an image file…</source>
        <translation>Visitenkarte aus einer Bilddatei lesen…</translation>
    </message>
    <message>
        <source>Keep the picture of their card</source>
        <translation>Foto der Karte behalten</translation>
    </message>
    <message>
        <source>Already reading a card: a moment…</source>
        <translation>Es wird schon eine Karte gelesen: einen Moment…</translation>
    </message>
    <message>
        <source>No camera picture to read a card from: choose a photo of the card ({key}), or type its details.</source>
        <translation>Kein Kamerabild, von dem eine Karte gelesen werden kann: wählen Sie ein Foto der Karte ({key}) oder tippen Sie die Angaben ein.</translation>
    </message>
    <message>
        <source>Hold the card still in front of the camera…</source>
        <translation>Halten Sie die Karte ruhig vor die Kamera…</translation>
    </message>
    <message>
        <source>A photo or scan of the business card</source>
        <translation>Ein Foto oder Scan der Visitenkarte</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}.</source>
        <translation>{name} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Karte wird gelesen…</translation>
    </message>
    <message>
        <source>That card was read after its visitor&apos;s form was saved or cleared, so it was not used; press {key} to read it for this visitor.</source>
        <translation>Diese Karte wurde erst gelesen, nachdem das Formular ihres Besuchers gespeichert oder geleert war, und wurde daher nicht verwendet; drücken Sie {key}, um sie für diesen Besucher zu lesen.</translation>
    </message>
    <message>
        <source>No text could be read on the card: hold it flat, closer and still, and press {key} again — or type its details.</source>
        <translation>Auf der Karte war kein Text zu lesen: halten Sie sie flach, näher und ruhig und drücken Sie erneut {key} — oder tippen Sie die Angaben ein.</translation>
    </message>
    <message>
        <source>Every field was already filled, so nothing changed.</source>
        <translation>Alle Felder waren schon ausgefüllt, es wurde also nichts geändert.</translation>
    </message>
    <message>
        <source>Card read: check the fields marked “{card}”, correct them, choose the class and save.</source>
        <translation>Karte gelesen: prüfen Sie die mit „{card}“ markierten Felder, korrigieren Sie sie, wählen Sie die Art und speichern Sie.</translation>
    </message>
    <message>
        <source>The card could not be read: {message}</source>
        <translation>Die Karte konnte nicht gelesen werden: {message}</translation>
    </message>
</context>
<context>
    <name>CombineEventsDialog</name>
    <message>
        <source>Combine events</source>
        <translation>Veranstaltungen zusammenführen</translation>
    </message>
    <message>
        <source>Two events that are one show (set up separately on two laptops, or twice here) become one: the same visitor in both becomes one lead with every visit.</source>
        <translation>Zwei Veranstaltungen, die eine Messe sind (getrennt auf zwei Laptops oder doppelt hier angelegt), werden eins: Derselbe Besucher in beiden wird ein Lead mit allen Besuchen.</translation>
    </message>
    <message>
        <source>&amp;Join this event</source>
        <translation>Diese Veranstaltung &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;into this one</source>
        <translation>&amp;in diese</translation>
    </message>
    <message>
        <source>&amp;Combine</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Aktualisiert {time}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Wiedergekommen</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Heiß</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
</context>
<context>
    <name>Debrief</name>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>(no staff recorded)</source>
        <translation>(kein Personal erfasst)</translation>
    </message>
    <message>
        <source>Every visit counts, returning visitors included.</source>
        <translation>Jeder Besuch zählt, wiederkehrende Besucher eingeschlossen.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Visits per hour ({zone})</source>
        <translation>Besuche pro Stunde ({zone})</translation>
    </message>
    <message>
        <source>Leads per class</source>
        <translation>Leads nach Art</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Unbewertet</translation>
    </message>
    <message>
        <source>Leads per rating</source>
        <translation>Leads nach Bewertung</translation>
    </message>
    <message>
        <source>Visits per staff member</source>
        <translation>Besuche pro Teammitglied</translation>
    </message>
    <message>
        <source>met at the show: </source>
        <translation>auf der Messe getroffen: </translation>
    </message>
    <message>
        <source>to contact</source>
        <translation>zu kontaktieren</translation>
    </message>
    <message>
        <source>Badge {badge_id}</source>
        <translation>Ausweis {badge_id}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts erfasst.</translation>
    </message>
    <message>
        <source>The show in numbers</source>
        <translation>Die Messe in Zahlen</translation>
    </message>
    <message>
        <source>What mentors told us</source>
        <translation>Was Mentoren uns sagten</translation>
    </message>
    <message>
        <source>Customers&apos; pains</source>
        <translation>Probleme der Kunden</translation>
    </message>
    <message>
        <source>Features customers miss</source>
        <translation>Funktionen, die Kunden fehlen</translation>
    </message>
    <message>
        <source>Early adopters and those who need references</source>
        <translation>Early Adopter und wer Referenzen braucht</translation>
    </message>
    <message>
        <source>Key opinion leaders</source>
        <translation>Meinungsführer</translation>
    </message>
    <message>
        <source>Referrals and partners</source>
        <translation>Empfehlungen und Partner</translation>
    </message>
    <message>
        <source>Notes from the booth</source>
        <translation>Notizen vom Stand</translation>
    </message>
    <message>
        <source>Follow-up list</source>
        <translation>Nachfassliste</translation>
    </message>
    <message>
        <source>Debrief — {event_name}</source>
        <translation>Debriefing — {event_name}</translation>
    </message>
    <message>
        <source>No customer named a pain.</source>
        <translation>Kein Kunde nannte ein Problem.</translation>
    </message>
    <message>
        <source>No customer named a missing feature.</source>
        <translation>Kein Kunde nannte eine fehlende Funktion.</translation>
    </message>
    <message>
        <source>Made with Showfloor on {when} UTC.</source>
        <translation>Erstellt mit Showfloor am {when} UTC.</translation>
    </message>
    <message>
        <source>Showfloor debrief</source>
        <translation>Showfloor-Debriefing</translation>
    </message>
    <message>
        <source>people met</source>
        <translation>Personen getroffen</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>kamen wieder</translation>
    </message>
    <message>
        <source>rated hot</source>
        <translation>als heiß bewertet</translation>
    </message>
    <message>
        <source>agreed to contact</source>
        <translation>stimmten Kontakt zu</translation>
    </message>
    <message>
        <source>Reservations of the market</source>
        <translation>Vorbehalte des Marktes</translation>
    </message>
    <message>
        <source>No mentor named a reservation.</source>
        <translation>Kein Mentor nannte einen Vorbehalt.</translation>
    </message>
    <message>
        <source>Barriers to entry</source>
        <translation>Markteintrittshürden</translation>
    </message>
    <message>
        <source>No mentor named a barrier.</source>
        <translation>Kein Mentor nannte eine Hürde.</translation>
    </message>
    <message>
        <source>Missing from our pitch or product</source>
        <translation>Was an Pitch oder Produkt fehlt</translation>
    </message>
    <message>
        <source>No mentor named a gap.</source>
        <translation>Kein Mentor nannte eine Lücke.</translation>
    </message>
    <message>
        <source>, heard by {staff}</source>
        <translation>, gehört von {staff}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>… other wordings: {count}</source>
        <translation>… weitere Formulierungen: {count}</translation>
    </message>
    <message>
        <source>People who made this point: {count}</source>
        <translation>Personen mit diesem Punkt: {count}</translation>
    </message>
    <message>
        <source>Grouped because they say: {words}</source>
        <translation>Gruppiert, weil sie sagen: {words}</translation>
    </message>
    <message>
        <source>The {limit} points made most of {count} are listed here; the web page version of this debrief lists them all.</source>
        <translation>Hier stehen die {limit} häufigsten von {count} Punkten; die Webseiten-Version dieses Debriefings nennt alle.</translation>
    </message>
    <message>
        <source>The first {limit} of {count} are listed here. The web page version of this debrief and the CSV export hold them all.</source>
        <translation>Hier stehen die ersten {limit} von {count}. Die Webseiten-Version dieses Debriefings und der CSV-Export enthalten alle.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Already buys from</source>
        <translation>Kauft bereits bei</translation>
    </message>
    <message>
        <source>Happy to be first ({count})</source>
        <translation>Gern als Erste dabei ({count})</translation>
    </message>
    <message>
        <source>No customer said they would go first.</source>
        <translation>Kein Kunde wollte als Erster einsteigen.</translation>
    </message>
    <message>
        <source>Will ask who else uses it ({count})</source>
        <translation>Fragen, wer es schon nutzt ({count})</translation>
    </message>
    <message>
        <source>No customer asked for references.</source>
        <translation>Kein Kunde wollte Referenzen.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Channels and audience</source>
        <translation>Kanäle und Reichweite</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>What they thought</source>
        <translation>Ihr Eindruck</translation>
    </message>
    <message>
        <source>Plan to delight</source>
        <translation>Plan zum Begeistern</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>No key opinion leader visited.</source>
        <translation>Kein Meinungsführer kam vorbei.</translation>
    </message>
    <message>
        <source>referral (mentor)</source>
        <translation>Empfehlung (Mentor)</translation>
    </message>
    <message>
        <source>already buys from (customer)</source>
        <translation>kauft bereits bei (Kunde)</translation>
    </message>
    <message>
        <source>How they came up</source>
        <translation>Wie genannt</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Genannt von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Referrals mentors offered, and the suppliers customers already buy from: competitors and neighbours can send prospects our way.</source>
        <translation>Empfehlungen von Mentoren und die Lieferanten, bei denen Kunden schon kaufen: Wettbewerber und Nachbarn können uns Interessenten schicken.</translation>
    </message>
    <message>
        <source>No visitor named a referral or a supplier.</source>
        <translation>Kein Besucher nannte eine Empfehlung oder einen Lieferanten.</translation>
    </message>
    <message>
        <source>Who mentors say the right customer is</source>
        <translation>Wer laut Mentoren der richtige Kunde ist</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>no consent: do not contact</source>
        <translation>keine Einwilligung: nicht kontaktieren</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig {date}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Hot first, then warm, cold and unrated; within a rating, the earliest due next step first.</source>
        <translation>Heiß zuerst, dann warm, kalt und unbewertet; innerhalb einer Bewertung der früheste fällige nächste Schritt zuerst.</translation>
    </message>
    <message>
        <source>No leads yet.</source>
        <translation>Noch keine Leads.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Heard by</source>
        <translation>Gehört von</translation>
    </message>
    <message>
        <source>Every note typed at the booth, hot leads first.</source>
        <translation>Jede am Stand getippte Notiz, heiße Leads zuerst.</translation>
    </message>
    <message>
        <source>No notes were typed.</source>
        <translation>Es wurden keine Notizen getippt.</translation>
    </message>
</context>
<context>
    <name>DuplicateHintController</name>
    <message numerus="yes">
        <source>Met before? {who}, %Ln visit(s) ({reason}). Saving adds a new lead; combine them in Leads if they are one.</source>
        <translation>
            <numerusform>Schon getroffen? {who}, %Ln Besuch ({reason}). Speichern legt einen neuen Lead an; unter Leads zusammenführen, falls es dieselbe Person ist.</numerusform>
            <numerusform>Schon getroffen? {who}, %Ln Besuche ({reason}). Speichern legt einen neuen Lead an; unter Leads zusammenführen, falls es dieselbe Person ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventTeamController</name>
    <message>
        <source>Showfloor team setup (*.sfsetup);;All files (*)</source>
        <translation>Showfloor-Team-Einrichtung (*.sfsetup);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>S&amp;hare with the team…</source>
        <translation>Mit dem Team &amp;teilen…</translation>
    </message>
    <message>
        <source>&amp;Combine events…</source>
        <translation>Veranstaltungen &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Share the event with the team</source>
        <translation>Veranstaltung mit dem Team teilen</translation>
    </message>
    <message>
        <source>Share with the team</source>
        <translation>Mit dem Team teilen</translation>
    </message>
    <message>
        <source>Wrote {name}: &apos;{event}&apos;, {staff} staff, {attendees} attendees. On each laptop, choose &quot;Join the team&apos;s event&quot; when Showfloor first starts (or run: showfloor event join FILE).</source>
        <translation>{name} geschrieben: &apos;{event}&apos;, {staff} Teammitglieder, {attendees} Teilnehmer. Auf jedem Laptop beim ersten Start von Showfloor &quot;Der Team-Veranstaltung beitreten&quot; wählen (oder ausführen: showfloor event join FILE).</translation>
    </message>
    <message>
        <source>{name} ({leads} leads)</source>
        <translation>{name} ({leads} Leads)</translation>
    </message>
    <message>
        <source>Combined &apos;{source}&apos; into &apos;{target}&apos;: {merged_duplicates} visitor(s) met in both are one lead now. To undo, close Showfloor and run: showfloor backup restore {backup_id}</source>
        <translation>&apos;{source}&apos; in &apos;{target}&apos; zusammengeführt: {merged_duplicates} in beiden getroffene Besucher sind jetzt je ein Lead. Zum Rückgängigmachen Showfloor schließen und ausführen: showfloor backup restore {backup_id}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Zieldatei für den Export wählen.</translation>
    </message>
    <message>
        <source>{arg0}. A CRM file holds only people who agreed to be contacted; export them anyway, marked opted out (they get no marketing email)?</source>
        <translation>{arg0}. Eine CRM-Datei enthält nur Personen, die einer Kontaktaufnahme zugestimmt haben; trotzdem exportieren, als abgemeldet markiert (sie erhalten keine Marketing-E-Mails)?</translation>
    </message>
    <message>
        <source>Exported {rows} {noun} to {path}.</source>
        <translation>{rows} {noun} nach {path} exportiert.</translation>
    </message>
    <message>
        <source> Left out {skipped_unconsented} who did not agree to be contacted.</source>
        <translation> {skipped_unconsented} ohne Einwilligung zur Kontaktaufnahme weggelassen.</translation>
    </message>
    <message>
        <source> {opted_out} without consent are marked opted out.</source>
        <translation> {opted_out} ohne Einwilligung sind als abgemeldet markiert.</translation>
    </message>
    <message>
        <source> {without_owner} have no owner: give their staff member an email in Staff &gt; Staff and emails.</source>
        <translation> {without_owner} haben keinen Zuständigen: dem Teammitglied unter Personal &gt; Personal und E-Mails eine E-Mail geben.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Off (for spreadsheets): a value starting with =, +, - or @ gets a leading &apos; so that Excel cannot run it as a formula; phone numbers such as +49… get one too. On (for CRM importers): every value is written exactly as stored.</source>
        <translation>Aus (für Tabellen): Werte, die mit =, +, - oder @ beginnen, erhalten ein vorangestelltes &apos;, damit Excel sie nicht als Formel ausführt; auch Telefonnummern wie +49…. An (für CRM-Importe): jeder Wert wird genau wie gespeichert geschrieben.</translation>
    </message>
    <message>
        <source>Excel on Windows needs this to show accents (é, ü, ø) correctly; others ignore it.</source>
        <translation>Excel unter Windows braucht das für Akzente (é, ü, ø); andere Programme ignorieren es.</translation>
    </message>
    <message>
        <source>Export leads — {event_name}</source>
        <translation>Leads exportieren — {event_name}</translation>
    </message>
    <message>
        <source>Every class</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Jede Bewertung</translation>
    </message>
    <message>
        <source>Anyone on the team</source>
        <translation>Jeder im Team</translation>
    </message>
    <message>
        <source>Only people who agreed to be contacted</source>
        <translation>Nur Personen mit Einwilligung zur Kontaktaufnahme</translation>
    </message>
    <message>
        <source>Which leads</source>
        <translation>Welche Leads</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>Getroffen von</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): every cell text</source>
        <translation>Excel-Arbeitsmappe (.xlsx): jede Zelle als Text</translation>
    </message>
    <message>
        <source>Trade Show</source>
        <translation>Trade Show</translation>
    </message>
    <message>
        <source>The CRM&apos;s Lead Source value for every lead; the event has its own column.</source>
        <translation>Der Lead-Source-Wert im CRM für jeden Lead; die Veranstaltung hat eine eigene Spalte.</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Keep values exactly (for CRM importers)</source>
        <translation>Werte unverändert lassen (für CRM-Importe)</translation>
    </message>
    <message>
        <source>Mark the file as UTF-8 for Excel</source>
        <translation>Datei für Excel als UTF-8 kennzeichnen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Export leads to</source>
        <translation>Leads exportieren nach</translation>
    </message>
    <message>
        <source>Export the {consented} with consent</source>
        <translation>Die {consented} mit Einwilligung exportieren</translation>
    </message>
    <message>
        <source>Export all {everyone}, marked opted out</source>
        <translation>Alle {everyone} exportieren, als abgemeldet markiert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting… {done} of {total} leads</source>
        <translation>Wird exportiert… {done} von {total} Leads</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Showfloor</source>
        <translation>Willkommen bei Showfloor</translation>
    </message>
    <message>
        <source>The organiser&apos;s attendee list (optional)</source>
        <translation>Teilnehmerliste des Veranstalters (optional)</translation>
    </message>
    <message>
        <source>Which show is this?</source>
        <translation>Welche Messe ist das?</translation>
    </message>
    <message>
        <source>e.g. Expo 2026</source>
        <translation>z. B. Expo 2026</translation>
    </message>
    <message>
        <source>&amp;New event: this laptop sets the show up</source>
        <translation>&amp;Neue Veranstaltung: dieser Laptop richtet die Messe ein</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Name der Veranstaltung</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>&amp;Join the team&apos;s event: open the setup file</source>
        <translation>Der Team-Veranstaltung &amp;beitreten: Einrichtungsdatei öffnen</translation>
    </message>
    <message>
        <source>the file from Event &gt; Share with the team</source>
        <translation>die Datei aus Veranstaltung &gt; Mit dem Team teilen</translation>
    </message>
    <message>
        <source>Team setup file</source>
        <translation>Team-Einrichtungsdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Joining keeps every laptop on one event, with the same staff, attendee list and consent text: merging after the show then asks nothing.</source>
        <translation>Beitreten hält alle Laptops auf einer Veranstaltung, mit demselben Personal, derselben Teilnehmerliste und demselben Einwilligungstext: Das Zusammenführen nach der Messe fragt dann nichts mehr.</translation>
    </message>
    <message>
        <source>The team&apos;s setup file</source>
        <translation>Einrichtungsdatei des Teams</translation>
    </message>
    <message>
        <source>Who is at the booth?</source>
        <translation>Wer ist am Stand?</translation>
    </message>
    <message>
        <source>Your name, as colleagues know you</source>
        <translation>Ihr Name, wie Kollegen Sie kennen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>One name a line (optional)</source>
        <translation>Ein Name pro Zeile (optional)</translation>
    </message>
    <message>
        <source>Colleagues at the booth</source>
        <translation>Kolleginnen und Kollegen am Stand</translation>
    </message>
    <message>
        <source>Each lead records who met the visitor. Switch later with Ctrl+Shift+S.</source>
        <translation>Jeder Lead hält fest, wer den Besucher getroffen hat. Später wechseln mit Strg+Umschalt+S.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>No camera (handheld scanner or typing only)</source>
        <translation>Keine Kamera (nur Handscanner oder Tippen)</translation>
    </message>
    <message>
        <source>Badge camera</source>
        <translation>Ausweiskamera</translation>
    </message>
    <message>
        <source>Choose a camera to see its picture here.</source>
        <translation>Kamera wählen, um hier ihr Bild zu sehen.</translation>
    </message>
    <message>
        <source>Hold a badge up: a green frame means it was read. A handheld USB scanner works with no setting at all.</source>
        <translation>Einen Ausweis hochhalten: Ein grüner Rahmen heißt, er wurde gelesen. Ein USB-Handscanner funktioniert ganz ohne Einstellung.</translation>
    </message>
    <message>
        <source>Join the team&apos;s event</source>
        <translation>Der Team-Veranstaltung beitreten</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Die Datei {path} gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>FollowUpTemplates</name>
    <message>
        <source>Follow-up emails</source>
        <translation>Nachfass-E-Mails</translation>
    </message>
</context>
<context>
    <name>FollowUpTemplatesTab</name>
    <message>
        <source>The email each Follow-ups row drafts, per kind of visitor. You can use </source>
        <translation>Die E-Mail, die jede Nachfass-Zeile entwirft, je nach Art des Besuchers. Verwendbar sind </translation>
    </message>
    <message>
        <source>{label}: subject</source>
        <translation>{label}: Betreff</translation>
    </message>
    <message>
        <source>{label}: body</source>
        <translation>{label}: Text</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>FollowUpsController</name>
    <message>
        <source>✓ done</source>
        <translation>✓ erledigt</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Draft the follow-up email</source>
        <translation>Nachfass-E-Mail entwerfen</translation>
    </message>
    <message>
        <source>Follow-ups: done / not done</source>
        <translation>Nachfassen: erledigt / offen</translation>
    </message>
    <message>
        <source>{count} to follow up · {done} done</source>
        <translation>{count} nachzufassen · {done} erledigt</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <source>  (no consent: do not contact)</source>
        <translation>  (keine Einwilligung: nicht kontaktieren)</translation>
    </message>
    <message>
        <source>{name}: done.</source>
        <translation>{name}: erledigt.</translation>
    </message>
    <message>
        <source>{name}: not done yet.</source>
        <translation>{name}: noch offen.</translation>
    </message>
    <message>
        <source>No mail program answered; save the draft as an .eml file instead.</source>
        <translation>Kein Mailprogramm hat reagiert; den Entwurf stattdessen als .eml-Datei speichern.</translation>
    </message>
    <message>
        <source>Drafted an email to {to} in your mail program.</source>
        <translation>E-Mail an {to} im Mailprogramm entworfen.</translation>
    </message>
    <message>
        <source>follow-up {name}</source>
        <translation>nachfassen {name}</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>nachfassen</translation>
    </message>
    <message>
        <source>Cannot save {name}: {exc}</source>
        <translation>{name} kann nicht gespeichert werden: {exc}</translation>
    </message>
    <message>
        <source>Saved the draft to {path}.</source>
        <translation>Entwurf unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>Choose a lead first.</source>
        <translation>Zuerst einen Lead wählen.</translation>
    </message>
    <message>
        <source>{name} did not agree to be contacted: no email.</source>
        <translation>{name} hat einer Kontaktaufnahme nicht zugestimmt: keine E-Mail.</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Email draft (*.eml)</source>
        <translation>E-Mail-Entwurf (*.eml)</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation>&amp;Erledigte zeigen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Draft &amp;email</source>
        <translation>E-Mail &amp;entwerfen</translation>
    </message>
    <message>
        <source>Opens the drafted email in your mail program (Ctrl+D)</source>
        <translation>Öffnet die entworfene E-Mail im Mailprogramm (Strg+D)</translation>
    </message>
    <message>
        <source>Save as .e&amp;ml…</source>
        <translation>Als .e&amp;ml speichern…</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Done, or not done again (Space)</source>
        <translation>Erledigt oder wieder offen (Leertaste)</translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation>Lead ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Space: done / not done   ·   Ctrl+D: draft email   ·   Enter: open lead</source>
        <translation>Leertaste: erledigt / offen   ·   Strg+D: E-Mail entwerfen   ·   Enter: Lead öffnen</translation>
    </message>
</context>
<context>
    <name>LeadCountController</name>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln Lead</numerusform>
            <numerusform>%Ln Leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>Not classified yet</source>
        <translation>Noch nicht eingeordnet</translation>
    </message>
    <message>
        <source>Visit {number}</source>
        <translation>Besuch {number}</translation>
    </message>
    <message>
        <source>with {staff}</source>
        <translation>mit {staff}</translation>
    </message>
    <message>
        <source>Lead — {display_name}</source>
        <translation>Lead — {display_name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln Besuch</numerusform>
            <numerusform>%Ln Besuche</numerusform>
        </translation>
    </message>
    <message>
        <source> · badge {badge_id}</source>
        <translation> · Ausweis {badge_id}</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>pilot, speaker, …</source>
        <translation>Pilot, Speaker, …</translation>
    </message>
    <message>
        <source>Agreed to be contacted</source>
        <translation>Kontaktaufnahme zugestimmt</translation>
    </message>
    <message>
        <source>Cl&amp;ass</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>Tags: separate with commas.</source>
        <translation>Tags: durch Kommas trennen.</translation>
    </message>
    <message>
        <source>Nothing noted.</source>
        <translation>Nichts notiert.</translation>
    </message>
    <message>
        <source>Their business card, kept with their agreement</source>
        <translation>Die Visitenkarte, mit Zustimmung aufbewahrt</translation>
    </message>
    <message>
        <source>Visits, newest first</source>
        <translation>Besuche, neueste zuerst</translation>
    </message>
    <message>
        <source>To qualify: saved from the queue with the badge only, so nobody chose the class yet ({guess} was a guess). Choose it under Class, fill in what you know, and Save; the lead then leaves the To qualify list.</source>
        <translation>Zu qualifizieren: aus der Warteschlange nur mit Ausweis gespeichert, die Art hat also noch niemand gewählt ({guess} war geraten). Unter Art wählen, Bekanntes ausfüllen und speichern; der Lead verlässt dann die Liste Zu qualifizieren.</translation>
    </message>
    <message>
        <source>Correct a visit&apos;s answers</source>
        <translation>Antworten eines Besuchs korrigieren</translation>
    </message>
    <message>
        <source>Notes of this visit</source>
        <translation>Notizen zu diesem Besuch</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>Be&amp;such</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Follow-up after the show</source>
        <translation>Nachfassen nach der Messe</translation>
    </message>
    <message>
        <source>Follow-up owner</source>
        <translation>Zuständig fürs Nachfassen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Empty owner: whoever met them. Next step and due date are answers.</source>
        <translation>Leer: wer den Besucher getroffen hat. Nächster Schritt und Fälligkeit sind Antworten.</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>Zu&amp;ständig</translation>
    </message>
</context>
<context>
    <name>LeadDialogEdits</name>
    <message>
        <source>Visit {number} — {when}{with_staff} ({cls})</source>
        <translation>Besuch {number} — {when}{with_staff} ({cls})</translation>
    </message>
</context>
<context>
    <name>LeadsController</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>&amp;Find a lead…</source>
        <translation>Lead &amp;suchen…</translation>
    </message>
    <message>
        <source>Leads: clear the search</source>
        <translation>Leads: Suche leeren</translation>
    </message>
    <message>
        <source>Enter / double-click</source>
        <translation>Enter / Doppelklick</translation>
    </message>
    <message>
        <source>Leads: open the lead to edit it</source>
        <translation>Leads: Lead zum Bearbeiten öffnen</translation>
    </message>
    <message>
        <source>Leads: delete the selected leads</source>
        <translation>Leads: ausgewählte Leads löschen</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation>Alle Bewertungen</translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation>Noch keine Leads</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln Lead</numerusform>
            <numerusform>%Ln Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln to qualify (Class: {to_qualify})</source>
        <translation>
            <numerusform> · %Ln zu qualifizieren (Art: {to_qualify})</numerusform>
            <numerusform> · %Ln zu qualifizieren (Art: {to_qualify})</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}{more} of {total} match</source>
        <translation>{count}{more} von {total} passen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln Besuch</numerusform>
            <numerusform>%Ln Besuche</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} leads are selected; delete at most {most} at once.</source>
        <translation>{count} Leads sind ausgewählt; höchstens {most} auf einmal löschen.</translation>
    </message>
    <message>
        <source>Saved {display_name}.</source>
        <translation>{display_name} gespeichert.</translation>
    </message>
    <message>
        <source>Leads: undo the delete (for 10 s; later: Event &gt; Trash)</source>
        <translation>Leads: Löschen rückgängig machen (10 s lang; später: Veranstaltung &gt; Papierkorb)</translation>
    </message>
    <message>
        <source>Possible duplicate: {who}, {visits} ({reason}).</source>
        <translation>Mögliches Duplikat: {who}, {visits} ({reason}).</translation>
    </message>
    <message>
        <source>this lead</source>
        <translation>diesen Lead</translation>
    </message>
    <message>
        <source>Combined into {display_name}: {visits} visits. Undo: backup restore {backup_id}.</source>
        <translation>Zusammengeführt zu {display_name}: {visits} Besuche. Rückgängig: backup restore {backup_id}.</translation>
    </message>
    <message>
        <source>Combine these two leads</source>
        <translation>Diese zwei Leads zusammenführen</translation>
    </message>
    <message>
        <source>Combine {name} and {who} into one lead? Every visit of both is kept; for each field the newest value stays. A backup is made first.</source>
        <translation>{name} und {who} zu einem Lead zusammenführen? Alle Besuche beider bleiben erhalten; je Feld gilt der neueste Wert. Vorher wird gesichert.</translation>
    </message>
    <message>
        <source>Deleted {what} — Undo (Ctrl+Z)</source>
        <translation>{what} gelöscht — Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Later: Event &gt; Deleted leads (Trash)</source>
        <translation>Später: Veranstaltung &gt; Gelöschte Leads (Papierkorb)</translation>
    </message>
    <message>
        <source>Restored {what}.</source>
        <translation>{what} wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>LeadsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Heute {time}</translation>
    </message>
    <message>
        <source>To qualify</source>
        <translation>Zu qualifizieren</translation>
    </message>
    <message>
        <source>Saved from the queue with the badge only; nobody chose the class yet ({guess} is a guess). Open the lead (Enter) to choose it.</source>
        <translation>Aus der Warteschlange nur mit Ausweis gespeichert; die Art hat noch niemand gewählt ({guess} ist geraten). Lead öffnen (Enter), um sie zu wählen.</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>Search leads</source>
        <translation>Leads durchsuchen</translation>
    </message>
    <message>
        <source>Search names, companies, emails, notes…   (Ctrl+F)</source>
        <translation>Namen, Firmen, E-Mails, Notizen suchen…   (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>Enter or double-click: open   ·   Delete: delete   ·   Esc: clear</source>
        <translation>Enter oder Doppelklick: öffnen   ·   Entf: löschen   ·   Esc: leeren</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Com&amp;bine these two leads…</source>
        <translation>Diese zwei Leads &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Ganzes Team</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Alle Tage</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock the window</source>
        <translation>Fenster &amp;sperren</translation>
    </message>
    <message>
        <source>Choose who is on duty (Staff menu) before locking: the lock opens with their PIN.</source>
        <translation>Vor dem Sperren wählen, wer Dienst hat (Menü Personal): Die Sperre öffnet sich mit dessen PIN.</translation>
    </message>
    <message>
        <source>The data folder is read-only: no PIN can be set, so the window cannot lock.</source>
        <translation>Der Datenordner ist schreibgeschützt: Es kann keine PIN gesetzt werden, das Fenster lässt sich nicht sperren.</translation>
    </message>
    <message>
        <source>Choose a PIN, {name}</source>
        <translation>PIN wählen, {name}</translation>
    </message>
    <message>
        <source>{MIN_DIGITS} to {MAX_DIGITS} digits; 6 or more is much harder to guess. Esc cancels.</source>
        <translation>{MIN_DIGITS} bis {MAX_DIGITS} Ziffern; ab 6 ist sie viel schwerer zu erraten. Esc bricht ab.</translation>
    </message>
    <message>
        <source>Set PIN and lock</source>
        <translation>PIN setzen und sperren</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>{name} is on duty. Enter {name}&apos;s PIN to unlock.</source>
        <translation>{name} hat Dienst. Zum Entsperren die PIN von {name} eingeben.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>The two PINs differ; type them again.</source>
        <translation>Die beiden PINs sind verschieden; bitte erneut eingeben.</translation>
    </message>
    <message>
        <source>PIN set. The window is locked.</source>
        <translation>PIN festgelegt. Das Fenster ist gesperrt.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Falsche PIN. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Wrong PIN. Wait {arg0} before the next try.</source>
        <translation>Falsche PIN. Vor dem nächsten Versuch {arg0} warten.</translation>
    </message>
    <message>
        <source>Set a PIN (Ctrl+L) so the window locks itself when nobody is at the booth.</source>
        <translation>PIN festlegen (Strg+L), damit sich das Fenster sperrt, wenn niemand am Stand ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Repeat the PIN</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Showfloor — {event_name}</source>
        <translation>Showfloor — {event_name}</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&lt;b&gt;Team passphrase for bundle files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Team-Passphrase für Bundle-Dateien&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Team-Passphrase</translation>
    </message>
    <message>
        <source>Team passphrase, once more</source>
        <translation>Team-Passphrase, noch einmal</translation>
    </message>
    <message>
        <source>the same once more</source>
        <translation>dieselbe noch einmal</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Write this event&apos;s bundles unsealed again (on Save)</source>
        <translation>Bundles dieser Veranstaltung wieder unversiegelt schreiben (beim Speichern)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>kept — type to change</source>
        <translation>gespeichert — zum Ändern tippen</translation>
    </message>
    <message>
        <source>none — bundles are written unsealed</source>
        <translation>keine — Bundles werden unversiegelt geschrieben</translation>
    </message>
    <message>
        <source>Create or choose an event first: the passphrase is per event.</source>
        <translation>Zuerst eine Veranstaltung anlegen oder wählen: Die Passphrase gilt je Veranstaltung.</translation>
    </message>
    <message>
        <source>On Save, bundles of &apos;{event}&apos; are written unsealed again. {used_for}</source>
        <translation>Beim Speichern werden Bundles von „{event}“ wieder unversiegelt geschrieben. {used_for}</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Cannot write the PDF {path}; choose another folder.</source>
        <translation>Das PDF {path} kann nicht geschrieben werden; bitte anderen Ordner wählen.</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Debrief — {event_name}</source>
        <translation>Debriefing — {event_name}</translation>
    </message>
    <message>
        <source>Showfloor test badges</source>
        <translation>Showfloor-Testausweise</translation>
    </message>
    <message>
        <source>Showfloor: test badges</source>
        <translation>Showfloor: Testausweise</translation>
    </message>
    <message>
        <source>Hold each code up to the scanner before doors open. Every code should fill the form, except the one marked “must be refused”, which the scanner must reject.</source>
        <translation>Vor Einlass jeden Code vor den Scanner halten. Jeder Code sollte das Formular füllen, außer dem mit „muss abgelehnt werden“, den der Scanner ablehnen muss.</translation>
    </message>
    <message>
        <source>  (page {arg0} of {pages})</source>
        <translation>  (Seite {arg0} von {pages})</translation>
    </message>
    <message>
        <source>expected: refused</source>
        <translation>erwartet: abgelehnt</translation>
    </message>
    <message>
        <source>expected format: {format}</source>
        <translation>erwartetes Format: {format}</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Name on badge</source>
        <translation>Name auf dem Ausweis</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>existing</source>
        <translation>Bestandskunde</translation>
    </message>
    <message>
        <source>prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>first</source>
        <translation>als Erste</translation>
    </message>
    <message>
        <source>needs_references</source>
        <translation>braucht_Referenzen</translation>
    </message>
    <message>
        <source>Existing or prospect</source>
        <translation>Bestandskunde oder Interessent</translation>
    </message>
    <message>
        <source>Pain 1</source>
        <translation>Problem 1</translation>
    </message>
    <message>
        <source>their words: what hurts most</source>
        <translation>in ihren Worten: was am meisten schmerzt</translation>
    </message>
    <message>
        <source>Pain 2</source>
        <translation>Problem 2</translation>
    </message>
    <message>
        <source>Pain 3</source>
        <translation>Problem 3</translation>
    </message>
    <message>
        <source>Already buys from</source>
        <translation>Kauft bereits bei</translation>
    </message>
    <message>
        <source>who they buy similar products from</source>
        <translation>bei wem sie Ähnliches kaufen</translation>
    </message>
    <message>
        <source>Buying timeline</source>
        <translation>Kaufzeitraum</translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation>Was im Weg steht</translation>
    </message>
    <message>
        <source>approval, no time, boss...</source>
        <translation>Freigabe, keine Zeit, Chef...</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Early adopter</source>
        <translation>Early Adopter</translation>
    </message>
    <message>
        <source>Critical thing we lack</source>
        <translation>Was uns entscheidend fehlt</translation>
    </message>
    <message>
        <source>becomes a feature request</source>
        <translation>wird ein Funktionswunsch</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>demo, quote, call, send material</source>
        <translation>Demo, Angebot, Anruf, Material senden</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Nächster Schritt fällig</translation>
    </message>
    <message>
        <source>Reservations of the market</source>
        <translation>Vorbehalte des Marktes</translation>
    </message>
    <message>
        <source>Barriers to entry</source>
        <translation>Markteintrittshürden</translation>
    </message>
    <message>
        <source>Missing from pitch or product</source>
        <translation>Fehlt an Pitch oder Produkt</translation>
    </message>
    <message>
        <source>Who the right customer is</source>
        <translation>Wer der richtige Kunde ist</translation>
    </message>
    <message>
        <source>Could refer us to</source>
        <translation>Könnte uns empfehlen an</translation>
    </message>
    <message>
        <source>competitors and neighbours count</source>
        <translation>Wettbewerber und Nachbarn zählen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>where they speak, write, publish</source>
        <translation>wo sie sprechen, schreiben, veröffentlichen</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>roughly</source>
        <translation>ungefähr</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>What they thought of the product</source>
        <translation>Ihr Eindruck vom Produkt</translation>
    </message>
    <message>
        <source>Plan to delight</source>
        <translation>Plan zum Begeistern</translation>
    </message>
    <message>
        <source>trial, early access, introduction</source>
        <translation>Test, früher Zugang, Vorstellung</translation>
    </message>
    <message>
        <source>Owner of the plan</source>
        <translation>Zuständig für den Plan</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Hot</source>
        <translation>Heiß</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>the database kept aside</source>
        <translation>die beiseitegelegte Datenbank</translation>
    </message>
    <message>
        <source>the newest backup</source>
        <translation>die neueste Sicherung</translation>
    </message>
    <message>
        <source>The empty file is replaced.</source>
        <translation>Die leere Datei wird ersetzt.</translation>
    </message>
    <message>
        <source>The damaged file is kept aside, not deleted.</source>
        <translation>Die beschädigte Datei wird beiseitegelegt, nicht gelöscht.</translation>
    </message>
    <message>
        <source>Showfloor cannot open its database</source>
        <translation>Showfloor kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Restore {what}, from {when} ({leads} leads)? {kept}</source>
        <translation>{what} von {when} ({leads} Leads) wiederherstellen? {kept}</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>RescueController</name>
    <message>
        <source>Save the leads to another folder</source>
        <translation>Leads in einem anderen Ordner speichern</translation>
    </message>
    <message>
        <source>Save to another &amp;folder…</source>
        <translation>In anderem &amp;Ordner speichern…</translation>
    </message>
    <message>
        <source>The data folder is gone</source>
        <translation>Der Datenordner ist verschwunden</translation>
    </message>
    <message>
        <source>Showfloor&apos;s data folder {data_dir} is gone.</source>
        <translation>Der Datenordner von Showfloor, {data_dir}, ist verschwunden.</translation>
    </message>
    <message>
        <source>Every lead saved so far is still here. Save them, and this visitor, to another folder (a USB stick, the backup folder) and keep capturing there?</source>
        <translation>Alle bisher gespeicherten Leads sind noch da. Sie und diesen Besucher in einem anderen Ordner speichern (USB-Stick, Sicherungsordner) und dort weiter erfassen?</translation>
    </message>
    <message>
        <source>Save to another folder…</source>
        <translation>In anderem Ordner speichern…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Now saving to {parent}. Start Showfloor with --data-dir there next time.</source>
        <translation>Speichert jetzt in {parent}. Showfloor beim nächsten Mal mit --data-dir dorthin starten.</translation>
    </message>
</context>
<context>
    <name>ScanQueuePanel</name>
    <message>
        <source>Save the next with its badge only ({SAVE_BADGE_ONLY_KEY})</source>
        <translation>Nächsten nur mit Ausweis speichern ({SAVE_BADGE_ONLY_KEY})</translation>
    </message>
    <message>
        <source>{arg0} waiting — they load one by one as you save</source>
        <translation>{arg0} warten — sie folgen nacheinander beim Speichern</translation>
    </message>
    <message>
        <source>✕ Refused, not queued: {text}</source>
        <translation>✕ Abgelehnt, nicht eingereiht: {text}</translation>
    </message>
</context>
<context>
    <name>ScannerCheckController</name>
    <message>
        <source>✓  Refused, as it must be</source>
        <translation>✓  Abgelehnt, wie es sein muss</translation>
    </message>
    <message>
        <source>Refused: no visitor</source>
        <translation>Abgelehnt: kein Besucher</translation>
    </message>
    <message>
        <source>Typed exactly as the code holds</source>
        <translation>Genau wie im Code getippt</translation>
    </message>
    <message>
        <source>“{label}” passed.</source>
        <translation>„{label}“ bestanden.</translation>
    </message>
    <message>
        <source>Saved the test sheet ({arg0} codes) to {name}: print it, then scan each code.</source>
        <translation>Testbogen ({arg0} Codes) unter {name} gespeichert: ausdrucken, dann jeden Code scannen.</translation>
    </message>
</context>
<context>
    <name>ScannerCheckDialog</name>
    <message>
        <source>Test the handheld scanner</source>
        <translation>Handscanner testen</translation>
    </message>
</context>
<context>
    <name>ScannerCheckPage</name>
    <message>
        <source>Test the handheld scanner (optional)</source>
        <translation>Handscanner testen (optional)</translation>
    </message>
    <message>
        <source>No handheld scanner? Press Next. The camera and typing work without one.</source>
        <translation>Kein Handscanner? Auf Weiter klicken. Kamera und Tippen gehen auch ohne.</translation>
    </message>
</context>
<context>
    <name>ScannerCheckView</name>
    <message>
        <source>○  Not scanned yet</source>
        <translation>○  Noch nicht gescannt</translation>
    </message>
    <message>
        <source>✓  Pass</source>
        <translation>✓  Bestanden</translation>
    </message>
    <message>
        <source>✗  Fail</source>
        <translation>✗  Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Scan each code of the printed test sheet with the handheld scanner, in any order; the focus can be anywhere in this window. Every badge format should pass, and the Wi-Fi code must be refused. Change a scanner setting, then scan that code again.</source>
        <translation>Jeden Code des gedruckten Testbogens mit dem Handscanner scannen, in beliebiger Reihenfolge; der Fokus kann überall in diesem Fenster sein. Jedes Ausweisformat sollte bestehen, der WLAN-Code muss abgelehnt werden. Nach einer geänderten Scanner-Einstellung den Code erneut scannen.</translation>
    </message>
    <message>
        <source>Save the test sheet (PDF)…</source>
        <translation>Testbogen speichern (PDF)…</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Scanner check results</source>
        <translation>Ergebnisse der Scannerprüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Someone new…</source>
        <translation>Jemand Neues…</translation>
    </message>
    <message>
        <source>&amp;Switch staff…</source>
        <translation>Personal &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>S&amp;witch event…</source>
        <translation>Veranstaltung we&amp;chseln…</translation>
    </message>
    <message>
        <source>&amp;Import attendee list…</source>
        <translation>Teilnehmerliste &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Time zone…</source>
        <translation>&amp;Zeitzone…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Test the &amp;handheld scanner…</source>
        <translation>&amp;Handscanner testen…</translation>
    </message>
    <message>
        <source>Who is on duty?</source>
        <translation>Wer hat Dienst?</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>Teammitglied:</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Neues Teammitglied</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation>Name der Veranstaltung:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>The show&apos;s time zone (times and charts use its clock):</source>
        <translation>Zeitzone der Messe (Uhrzeiten und Diagramme folgen ihr):</translation>
    </message>
    <message>
        <source>{name} ({leads} leads)</source>
        <translation>{name} ({leads} Leads)</translation>
    </message>
    <message>
        <source>Switch event</source>
        <translation>Veranstaltung wechseln</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Veranstaltung:</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Backups and privacy</source>
        <translation>Sicherung und Datenschutz</translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation>Team-Sync</translation>
    </message>
    <message>
        <source>Back up every</source>
        <translation>Sichern alle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Aufbewahrte Sicherungen</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Zweiter Sicherungsordner</translation>
    </message>
    <message>
        <source>e.g. a USB stick — a second copy of every backup</source>
        <translation>z. B. ein USB-Stick — eine zweite Kopie jeder Sicherung</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Sperren nach Inaktivität</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Delete leads after</source>
        <translation>Leads löschen nach</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>keep until erased</source>
        <translation>bis zum Löschen behalten</translation>
    </message>
    <message>
        <source>Leads older than the retention period are deleted only after you confirm, when Showfloor starts.</source>
        <translation>Leads, die älter als die Aufbewahrungsfrist sind, werden erst nach Ihrer Bestätigung beim Start von Showfloor gelöscht.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Team-Server</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST/DB — empty: no background sync</source>
        <translation>postgresql://USER@HOST/DB — leer: kein Hintergrund-Sync</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL database. The address is kept here without its password.</source>
        <translation>Die PostgreSQL-Datenbank des Teams. Die Adresse wird hier ohne Passwort gespeichert.</translation>
    </message>
    <message>
        <source>Fetch changes every</source>
        <translation>Änderungen holen alle</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>This laptop&apos;s leads are sent a moment after each save; other laptops&apos; leads arrive at this interval.</source>
        <translation>Die Leads dieses Laptops werden kurz nach jedem Speichern gesendet; die anderer Laptops kommen in diesem Abstand.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>The window and the debrief. Applies the next time Showfloor starts.</source>
        <translation>Fenster und Debriefing. Gilt ab dem nächsten Start von Showfloor.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>The password is kept in this computer&apos;s keyring, never in Showfloor&apos;s files.</source>
        <translation>Das Passwort liegt im Schlüsselbund dieses Computers, nie in den Dateien von Showfloor.</translation>
    </message>
    <message>
        <source>Bundle files this laptop writes for &apos;{event}&apos; (showfloor sync bundle) are sealed with it (AES-256-GCM), and File &gt; Merge from file… opens a teammate&apos;s sealed bundle with it without asking. Set the same one on every laptop of the team. It is kept in this data folder only: never in a bundle, the setup file or on the team server.</source>
        <translation>Bundle-Dateien, die dieser Laptop für „{event}“ schreibt (showfloor sync bundle), werden damit versiegelt (AES-256-GCM), und Datei &gt; Aus Datei zusammenführen… öffnet damit das versiegelte Bundle eines Teammitglieds ohne Nachfrage. Auf jedem Laptop des Teams dieselbe setzen. Sie bleibt nur in diesem Datenordner: nie in einem Bundle, in der Einrichtungsdatei oder auf dem Team-Server.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Question labels</source>
        <translation>Fragetexte</translation>
    </message>
    <message>
        <source>Our contact</source>
        <translation>Unser Kontakt</translation>
    </message>
    <message>
        <source>Beep when a badge is read</source>
        <translation>Piepen, wenn ein Ausweis gelesen wird</translation>
    </message>
    <message>
        <source>e.g. DE — phones typed without +country get it</source>
        <translation>z. B. DE — Nummern ohne +Land erhalten sie</translation>
    </message>
    <message>
        <source>Test the handheld scanner…</source>
        <translation>Handscanner testen…</translation>
    </message>
    <message>
        <source>Scan the printed test sheet (showfloor qr test-sheet) before doors open: each badge format should pass and the Wi-Fi code be refused.</source>
        <translation>Vor Einlass den gedruckten Testbogen scannen (showfloor qr test-sheet): Jedes Ausweisformat sollte bestehen, der WLAN-Code abgelehnt werden.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Default phone country</source>
        <translation>Standard-Ländervorwahl</translation>
    </message>
    <message>
        <source>Handheld scanner</source>
        <translation>Handscanner</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Your label</source>
        <translation>Ihr Text</translation>
    </message>
    <message>
        <source>Shown as a QR code visitors can scan (File &gt; Share our contact).</source>
        <translation>Als QR-Code gezeigt, den Besucher scannen können (Datei &gt; Unseren Kontakt teilen).</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>Neues Passwort…</translation>
    </message>
    <message>
        <source>Give the team server a new password (the old one may be forgotten)</source>
        <translation>Dem Team-Server ein neues Passwort geben (das alte ist vielleicht vergessen)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>e.g. Laptop 2</source>
        <translation>z. B. Laptop 2</translation>
    </message>
    <message>
        <source>Other laptops name this one in their repeat banner (“Visit 2 — last seen 10:42 by Anna on Laptop 2”).</source>
        <translation>Andere Laptops nennen diesen in ihrem Hinweis auf Wiederholungsbesuche („Besuch 2 — zuletzt gesehen 10:42 von Anna auf Laptop 2“).</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Dieser Laptop</translation>
    </message>
    <message>
        <source>New team server password</source>
        <translation>Neues Passwort für den Team-Server</translation>
    </message>
    <message>
        <source>Give the team server a new password? The other laptops stop syncing until the new password is typed in their Settings &gt; Team sync.</source>
        <translation>Dem Team-Server ein neues Passwort geben? Die anderen Laptops synchronisieren nicht mehr, bis das neue Passwort dort unter Einstellungen &gt; Team-Sync eingegeben ist.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Wird geändert…</translation>
    </message>
    <message>
        <source>The team server at {where} has a new password:

{password}</source>
        <translation>Der Team-Server unter {where} hat ein neues Passwort:

{password}</translation>
    </message>
    <message>
        <source>Write it down: it is shown only now. Type it on every other laptop in Settings &gt; Team sync &gt; Password.</source>
        <translation>Notieren Sie es: Es wird nur jetzt angezeigt. Auf jedem anderen Laptop unter Einstellungen &gt; Team-Sync &gt; Passwort eingeben.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <source>Version {consent_version} is in force. Changing the text starts a new version; each visitor&apos;s consent keeps the version they agreed to.</source>
        <translation>Version {consent_version} gilt. Eine Textänderung startet eine neue Version; jede Einwilligung behält die Version, der zugestimmt wurde.</translation>
    </message>
    <message>
        <source>kept — type to change</source>
        <translation>gespeichert — zum Ändern tippen</translation>
    </message>
    <message>
        <source>the team server&apos;s password</source>
        <translation>Passwort des Team-Servers</translation>
    </message>
</context>
<context>
    <name>ShareContactWindow</name>
    <message>
        <source>Share our contact</source>
        <translation>Unseren Kontakt teilen</translation>
    </message>
    <message>
        <source>Scan to save our contact</source>
        <translation>Scannen, um unseren Kontakt zu speichern</translation>
    </message>
    <message>
        <source>Press Esc to close</source>
        <translation>Esc zum Schließen</translation>
    </message>
    <message>
        <source>Set the booth contact first (showfloor qr contact --name ... --email ...).</source>
        <translation>Zuerst den Standkontakt festlegen (showfloor qr contact --name ... --email ...).</translation>
    </message>
</context>
<context>
    <name>StaffController</name>
    <message>
        <source>Staff and &amp;emails…</source>
        <translation>Personal und &amp;E-Mails…</translation>
    </message>
    <message>
        <source>Row {arg0}: give {email} a name.</source>
        <translation>Zeile {arg0}: {email} einen Namen geben.</translation>
    </message>
    <message>
        <source>Staff saved.</source>
        <translation>Personal gespeichert.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>The email is the staff member&apos;s address in your CRM: every CRM export names the person who first met a lead as its owner (HubSpot contact owner, Salesforce record owner, ...). Leave it empty to leave the owner to the CRM.</source>
        <translation>Die E-Mail ist die Adresse des Teammitglieds in Ihrem CRM: Jeder CRM-Export nennt die Person, die einen Lead zuerst getroffen hat, als Zuständigen (HubSpot Contact Owner, Salesforce Record Owner, ...). Leer lassen, um das dem CRM zu überlassen.</translation>
    </message>
    <message>
        <source>Staff and emails</source>
        <translation>Personal und E-Mails</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email (CRM owner)</source>
        <translation>E-Mail (CRM-Zuständiger)</translation>
    </message>
    <message>
        <source>&amp;Add staff member</source>
        <translation>Teammitglied &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Showfloor bundles (*.sfb);;All files (*)</source>
        <translation>Showfloor-Pakete (*.sfb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Sends every lead, visit and setting this laptop holds to the team server, signed, not only what changed. For a team server filled before Showfloor signed its rows: the other laptops refuse those rows until the laptops that hold them send them signed. Run it once on every laptop of the team.</source>
        <translation>Sendet jeden Lead, jeden Besuch und jede Einstellung dieses Laptops signiert an den Team-Server, nicht nur Geändertes. Für einen Team-Server, der gefüllt wurde, bevor Showfloor seine Zeilen signierte: Die anderen Laptops lehnen diese Zeilen ab, bis die Laptops, die sie haben, sie signiert senden. Einmal auf jedem Laptop des Teams ausführen.</translation>
    </message>
    <message>
        <source>&amp;Merge from file…</source>
        <translation>Aus Datei &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>S&amp;ync with server…</source>
        <translation>Mit Server &amp;synchronisieren…</translation>
    </message>
    <message>
        <source>Sign and send e&amp;verything to the server…</source>
        <translation>&amp;Alles signieren und an den Server senden…</translation>
    </message>
    <message>
        <source>Merge from files (select one per laptop)</source>
        <translation>Aus Dateien zusammenführen (eine je Laptop wählen)</translation>
    </message>
    <message>
        <source>Merge from file</source>
        <translation>Aus Datei zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase for {name}; try again.</source>
        <translation>Falsche Passphrase für {name}; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} is sealed with a team passphrase. Type it to merge.</source>
        <translation>{name} ist mit einer Team-Passphrase versiegelt. Geben Sie sie ein, um zusammenzuführen.</translation>
    </message>
    <message>
        <source>Merging {merging}…</source>
        <translation>{merging} wird zusammengeführt…</translation>
    </message>
    <message>
        <source>Trust this laptop and merge</source>
        <translation>Diesem Laptop vertrauen und zusammenführen</translation>
    </message>
    <message>
        <source>Merge anyway</source>
        <translation>Trotzdem zusammenführen</translation>
    </message>
    <message>
        <source>Sync with server</source>
        <translation>Mit Server synchronisieren</translation>
    </message>
    <message>
        <source>Sign and send everything</source>
        <translation>Alles signieren und senden</translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln lead(s), received: {arg0}.</source>
        <translation>
            <numerusform>%Ln Lead gesendet, empfangen: {arg0}.</numerusform>
            <numerusform>%Ln Leads gesendet, empfangen: {arg0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing with the server…</source>
        <translation>Synchronisiere mit dem Server…</translation>
    </message>
    <message>
        <source>The team server holds rows of {laptops}, a laptop this one does not trust yet (set up on its own, not from the team setup file). Trust it to take its rows in; it is remembered.</source>
        <translation>Der Team-Server enthält Zeilen von {laptops}, einem Laptop, dem dieser noch nicht vertraut (allein eingerichtet, nicht aus der Team-Einrichtungsdatei). Vertrauen Sie ihm, um seine Zeilen zu übernehmen; das wird gespeichert.</translation>
    </message>
    <message>
        <source>Trust and sync</source>
        <translation>Vertrauen und synchronisieren</translation>
    </message>
    <message>
        <source>Merged {merging}.</source>
        <translation>{merging} zusammengeführt.</translation>
    </message>
    <message>
        <source>Keep as a separate event</source>
        <translation>Als eigene Veranstaltung behalten</translation>
    </message>
    <message>
        <source>Merge into &apos;{name}&apos;</source>
        <translation>In &apos;{name}&apos; zusammenführen</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Neue Leads</translation>
    </message>
    <message>
        <source>New visits</source>
        <translation>Neue Besuche</translation>
    </message>
    <message>
        <source>Same person on two laptops, joined</source>
        <translation>Gleiche Person auf zwei Laptops, vereint</translation>
    </message>
    <message>
        <source>Edits on two laptops, newest kept</source>
        <translation>Änderungen auf zwei Laptops, neueste behalten</translation>
    </message>
    <message>
        <source>Removed: erased or deleted elsewhere</source>
        <translation>Entfernt: anderswo gelöscht</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Team-Passphrase</translation>
    </message>
    <message>
        <source>Team passphrase of the bundle</source>
        <translation>Team-Passphrase des Pakets</translation>
    </message>
    <message>
        <source>Show each lead</source>
        <translation>Jeden Lead zeigen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Each lead the merge changed</source>
        <translation>Jeder vom Zusammenführen geänderte Lead</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>These events from the other laptop are not the same show as one here by name and dates. Merge each into one of yours, or keep it separate:</source>
        <translation>Diese Veranstaltungen vom anderen Laptop passen nach Name und Datum zu keiner hier. Jede in eine Ihrer Veranstaltungen zusammenführen oder getrennt lassen:</translation>
    </message>
    <message>
        <source>Merge {label} into</source>
        <translation>{label} zusammenführen in</translation>
    </message>
    <message>
        <source>Choose where their leads go, then press Merge.</source>
        <translation>Wählen, wohin die Leads gehen, dann auf Zusammenführen klicken.</translation>
    </message>
    <message>
        <source>Open and merge</source>
        <translation>Öffnen und zusammenführen</translation>
    </message>
    <message>
        <source>… and {more} more</source>
        <translation>… und {more} weitere</translation>
    </message>
    <message>
        <source>Show each lead ({count})</source>
        <translation>Jeden Lead zeigen ({count})</translation>
    </message>
</context>
<context>
    <name>TaskWorker</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Team sync needs psycopg: {install}</source>
        <translation>Die Team-Synchronisierung braucht psycopg: {install}</translation>
    </message>
</context>
<context>
    <name>TeamSyncController</name>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln Änderung</numerusform>
            <numerusform>%Ln Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation>vor {seconds} s</translation>
    </message>
    <message>
        <source>{arg0} min ago</source>
        <translation>vor {arg0} min</translation>
    </message>
    <message>
        <source>{arg0} h {arg1} min ago</source>
        <translation>vor {arg0} h {arg1} min</translation>
    </message>
    <message>
        <source>Team: connecting…</source>
        <translation>Team: verbinde…</translation>
    </message>
    <message>
        <source>Team: synced {arg0}</source>
        <translation>Team: synchronisiert {arg0}</translation>
    </message>
    <message>
        <source>{synced}, {rows} refused (see why: hover here)</source>
        <translation>{synced}, {rows} abgelehnt (Grund: hier mit der Maus zeigen)</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>Team: offline, {waiting} waiting</source>
        <translation>Team: offline, {waiting} ausstehend</translation>
    </message>
    <message>
        <source>Team: sign-in failed</source>
        <translation>Team: Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Team: not syncing (see why: hover here)</source>
        <translation>Team: kein Sync (Grund: Maus hierher)</translation>
    </message>
</context>
<context>
    <name>TestSheet</name>
    <message>
        <source>Test badges</source>
        <translation>Testausweise</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {name}: {error}</source>
        <translation>{name} konnte nicht geschrieben werden: {error}</translation>
    </message>
</context>
<context>
    <name>TrashController</name>
    <message>
        <source>&amp;Deleted leads (Trash)…</source>
        <translation>&amp;Gelöschte Leads (Papierkorb)…</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Deleted leads</source>
        <translation>Gelöschte Leads</translation>
    </message>
    <message>
        <source>Leads deleted at this show, the latest first. Restore brings a lead back with every visit.</source>
        <translation>Bei dieser Messe gelöschte Leads, die neuesten zuerst. Wiederherstellen holt einen Lead mit allen Besuchen zurück.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Nothing was deleted at this show.</source>
        <translation>Bei dieser Messe wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>VisitorClass</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Key opinion leader</source>
        <translation>Meinungsführer</translation>
    </message>
</context>
<context>
    <name>WaitingBadge</name>
    <message>
        <source>Badge read — details when it loads</source>
        <translation>Ausweis gelesen — Details beim Laden</translation>
    </message>
    <message>
        <source>Badge {badge_id}</source>
        <translation>Ausweis {badge_id}</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <source> (visit {next_visit})</source>
        <translation> (Besuch {next_visit})</translation>
    </message>
</context>
</TS>
