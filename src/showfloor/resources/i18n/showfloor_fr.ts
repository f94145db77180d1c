<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AfterShowController</name>
    <message>
        <source>&amp;Export leads to CSV…</source>
        <translation>&amp;Exporter les leads en CSV…</translation>
    </message>
    <message>
        <source>&amp;Debrief report…</source>
        <translation>&amp;Rapport de débriefing…</translation>
    </message>
    <message>
        <source>Share &amp;our contact (QR)</source>
        <translation>Partager n&amp;otre contact (QR)</translation>
    </message>
    <message>
        <source>Print &amp;test badges…</source>
        <translation>Imprimer des badges de &amp;test…</translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation>Enregistrer le débriefing</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Page web (*.html)</translation>
    </message>
    <message>
        <source>Writing the debrief to {name}…</source>
        <translation>Écriture du débriefing dans {name}…</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Débriefing</translation>
    </message>
    <message>
        <source>Could not write {name}: {error}</source>
        <translation>Impossible d’écrire {name} : {error}</translation>
    </message>
    <message>
        <source>Debrief saved: {name}</source>
        <translation>Debrief enregistré : {name}</translation>
    </message>
    <message>
        <source>No program on this computer opens it; find it in that folder.</source>
        <translation>Aucun programme de cet ordinateur ne l’ouvre ; retrouvez-le dans ce dossier.</translation>
    </message>
    <message>
        <source>Debrief saved to {path}.</source>
        <translation>Debrief enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Share our contact</source>
        <translation>Partager notre contact</translation>
    </message>
    <message>
        <source>{exc} Set it in File &gt; Settings &gt; Our contact.</source>
        <translation>{exc} À définir dans Fichier &gt; Paramètres &gt; Notre contact.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Showfloor cannot open its database</source>
        <translation>Showfloor ne peut pas ouvrir sa base de données</translation>
    </message>
</context>
<context>
    <name>AttendeeImportController</name>
    <message>
        <source>Recognised: {platform} export ({platform_badge}).</source>
        <translation>Reconnu : export {platform} ({platform_badge}).</translation>
    </message>
    <message>
        <source>Platform not recognised: columns are read by their usual names.</source>
        <translation>Plateforme non reconnue : les colonnes sont lues d’après leurs noms usuels.</translation>
    </message>
    <message>
        <source> About {rows} rows, {encoding}.</source>
        <translation> Environ {rows} lignes, {encoding}.</translation>
    </message>
    <message>
        <source>kept as extra data</source>
        <translation>conservé en données supplémentaires</translation>
    </message>
    <message>
        <source>Scanned badges resolve by: </source>
        <translation>Les badges scannés sont reconnus par : </translation>
    </message>
    <message>
        <source>Scanned badges resolve by: nothing in this file.</source>
        <translation>Les badges scannés sont reconnus par : rien dans ce fichier.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Imported {imported}, updated {updated}, rejected {rejected}.</source>
        <translation>Importés : {imported}, mis à jour : {updated}, refusés : {rejected}.</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Ligne {row} : {reason}</translation>
    </message>
</context>
<context>
    <name>AttendeeImportDialog</name>
    <message>
        <source>Import attendee list</source>
        <translation>Importer la liste des participants</translation>
    </message>
</context>
<context>
    <name>AttendeeImportPanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Badge id</source>
        <translation>ID du badge</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Code du billet</translation>
    </message>
    <message>
        <source>Load the attendee list the organiser sent (CSV from Eventbrite, pretix, Luma, Cvent, Swapcard...). Badges that hold only a ticket number then show the visitor&apos;s name the moment they are scanned.</source>
        <translation>Chargez la liste des participants envoyée par l’organisateur (CSV d’Eventbrite, pretix, Luma, Cvent, Swapcard...). Les badges qui ne portent qu’un numéro de billet affichent alors le nom du visiteur dès le scan.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Before importing: how this file will be read</source>
        <translation>Avant l’import : comment ce fichier sera lu</translation>
    </message>
    <message>
        <source>Choose a file to see how it will be read.</source>
        <translation>Choisissez un fichier pour voir comment il sera lu.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backed up {leads} leads</source>
        <translation>{leads} leads sauvegardés</translation>
    </message>
    <message>
        <source>Backup failed: {message}</source>
        <translation>Échec de la sauvegarde : {message}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien d’enregistré pour l’instant.</translation>
    </message>
</context>
<context>
    <name>Booth</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>No staff chosen</source>
        <translation>Aucun membre choisi</translation>
    </message>
    <message>
        <source>Read-only: {read_only}. Leads can be read and exported; nothing can be saved.</source>
        <translation>Lecture seule : {read_only}. Les leads peuvent être lus et exportés ; rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>{leads} leads were last seen more than {days} days ago, past your retention setting. Delete them now? (Backups keep them until they rotate out.)</source>
        <translation>{leads} leads ont été vus pour la dernière fois il y a plus de {days} jours, au-delà de votre durée de conservation. Les supprimer maintenant ? (Les sauvegardes les gardent jusqu’à leur rotation.)</translation>
    </message>
</context>
<context>
    <name>CameraController</name>
    <message>
        <source>No camera — typing and the handheld scanner still work</source>
        <translation>Pas de caméra — la saisie et le scanner à main fonctionnent</translation>
    </message>
    <message>
        <source>Camera live</source>
        <translation>Caméra active</translation>
    </message>
    <message>
        <source>Camera lost — reconnecting; keep typing, nothing is lost</source>
        <translation>Caméra perdue — reconnexion ; continuez à saisir, rien n’est perdu</translation>
    </message>
    <message>
        <source>Reconnecting to the camera…</source>
        <translation>Reconnexion à la caméra…</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Pas de caméra</translation>
    </message>
    <message>
        <source>Camera stopped</source>
        <translation>Caméra arrêtée</translation>
    </message>
    <message>
        <source>Recording: {recording}</source>
        <translation>Enregistrement : {recording}</translation>
    </message>
    <message>
        <source>Camera off. Type visitors or use a handheld scanner.</source>
        <translation>Caméra éteinte. Saisissez les visiteurs ou utilisez un scanner à main.</translation>
    </message>
    <message>
        <source>Starting camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>The camera stopped.

Typing and the handheld scanner still work; pick a camera below to start it again.</source>
        <translation>La caméra s’est arrêtée.

La saisie et le lecteur portable fonctionnent toujours ; choisissez une caméra ci-dessous pour la relancer.</translation>
    </message>
    <message>
        <source>{first}.

Typing and the handheld scanner still work; pick another camera below.</source>
        <translation>{first}.

La saisie et le scanner à main fonctionnent ; choisissez une autre caméra ci-dessous.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Starting camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>not a badge</source>
        <translation>pas un badge</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source> by {staff}</source>
        <translation> par {staff}</translation>
    </message>
    <message>
        <source> on {device}</source>
        <translation> sur {device}</translation>
    </message>
    <message>
        <source>Visit {number} — last seen {when}{by}{on}{cls}</source>
        <translation>Visite {number} — vu pour la dernière fois {when}{by}{on}{cls}</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>&amp;Undo last save</source>
        <translation>&amp;Annuler le dernier enregistrement</translation>
    </message>
    <message>
        <source>Type a visitor by hand</source>
        <translation>Saisir un visiteur à la main</translation>
    </message>
    <message>
        <source>Earlier visits of this visitor</source>
        <translation>Visites précédentes de ce visiteur</translation>
    </message>
    <message>
        <source>Class: {label}</source>
        <translation>Type : {label}</translation>
    </message>
    <message>
        <source>Rating: {label}</source>
        <translation>Note : {label}</translation>
    </message>
    <message>
        <source>Agrees to be contacted</source>
        <translation>Accepte d’être contacté</translation>
    </message>
    <message>
        <source>Save the next waiting badge with its badge only</source>
        <translation>Enregistrer le badge suivant avec ses seules données</translation>
    </message>
    <message>
        <source>Customer / mentor / KOL (outside text fields)</source>
        <translation>Client / mentor / KOL (hors des champs de texte)</translation>
    </message>
    <message>
        <source>Hot / warm / cold (outside text fields)</source>
        <translation>Chaud / tiède / froid (hors des champs de texte)</translation>
    </message>
    <message>
        <source>Save the visitor (Ctrl+Enter inside notes)</source>
        <translation>Enregistrer le visiteur (Ctrl+Entrée dans les notes)</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Vider le formulaire</translation>
    </message>
    <message>
        <source>Another badge was scanned. Save this visitor (Enter) or clear the form (Esc); the waiting badges load next, in order.</source>
        <translation>Un autre badge a été scanné. Enregistrez ce visiteur (Entrée) ou videz le formulaire (Échap) ; les badges en attente suivent, dans l’ordre.</translation>
    </message>
    <message>
        <source>Unknown badge {arg0}: not on the attendee list. Type the name; the badge stays attached.</source>
        <translation>Badge inconnu {arg0} : absent de la liste des participants. Saisissez le nom ; le badge reste associé.</translation>
    </message>
    <message>
        <source>Badge {badge_id} found on the attendee list</source>
        <translation>Badge {badge_id} trouvé dans la liste des participants</translation>
    </message>
    <message>
        <source>Read from the badge ({fmt})</source>
        <translation>Lu sur le badge ({fmt})</translation>
    </message>
    <message>
        <source>, consent text v{version}</source>
        <translation>, texte de consentement v{version}</translation>
    </message>
    <message>
        <source>Agreed on an earlier visit ({when}{text}); kept as given.</source>
        <translation>Accord donné lors d’une visite précédente ({when}{text}) ; conservé tel quel.</translation>
    </message>
    <message>
        <source>Choose the kind of visitor first: 1 customer, 2 mentor, 3 key opinion leader.</source>
        <translation>Choisissez d’abord le type de visiteur : 1 client, 2 mentor, 3 leader d’opinion.</translation>
    </message>
    <message>
        <source>Not saved: {exc}. The form is kept; try Enter again.</source>
        <translation>Non enregistré : {exc}. Le formulaire est conservé ; réessayez avec Entrée.</translation>
    </message>
    <message>
        <source>Saved {name} — visit {visit}. Undo (Ctrl+Z) for {UNDO_SECONDS} s</source>
        <translation>{name} enregistré — visite {visit}. Annuler (Ctrl+Z) pendant {UNDO_SECONDS} s</translation>
    </message>
    <message>
        <source>Last save {arg0}</source>
        <translation>Dernier enregistrement {arg0}</translation>
    </message>
    <message>
        <source>No badge is waiting.</source>
        <translation>Aucun badge en attente.</translation>
    </message>
    <message>
        <source>Not saved: {exc}. The badge stays in the queue.</source>
        <translation>Non enregistré : {exc}. Le badge reste dans la file.</translation>
    </message>
    <message>
        <source>Saved {display_name} with the badge only, tagged {TO_QUALIFY}: finish them in the Leads view (Ctrl+2, Class: To qualify).</source>
        <translation>{display_name} enregistré avec le badge seul, étiqueté {TO_QUALIFY} : complétez-le dans la vue Leads (Ctrl+2, Type : À qualifier).</translation>
    </message>
    <message>
        <source>Undone: the visitor is back in the form.</source>
        <translation>Annulé : le visiteur est de retour dans le formulaire.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Visit {number}&lt;/b&gt; — {when}, {staff}, {visitor_class}{notes}{answers}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Visite {number}&lt;/b&gt; — {when}, {staff}, {visitor_class}{notes}{answers}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown staff</source>
        <translation>membre inconnu</translation>
    </message>
    <message>
        <source>Earlier visits of {display_name}</source>
        <translation>Visites précédentes de {display_name}</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>badge</source>
        <translation>badge</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>saisi</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Caméra :</translation>
    </message>
    <message>
        <source>Card ({key})</source>
        <translation>Carte ({key})</translation>
    </message>
    <message>
        <source>A business card instead of a badge: hold it still in front of the camera and press {key}</source>
        <translation>Une carte de visite au lieu d’un badge : tenez-la immobile devant la caméra et appuyez sur {key}</translation>
    </message>
    <message>
        <source>Read a business card</source>
        <translation>Lire une carte de visite</translation>
    </message>
    <message>
        <source>Card file…</source>
        <translation>Fichier de carte…</translation>
    </message>
    <message>
        <source>Read a business card from a photo ({key})</source>
        <translation>Lire une carte de visite depuis une photo ({key})</translation>
    </message>
    <message>
        <source>Hold the badge QR up to the camera, or scan it with the handheld scanner. No badge? Just start typing the name.</source>
        <translation>Présentez le QR du badge à la caméra ou scannez-le avec le scanner à main. Pas de badge ? Tapez simplement le nom.</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Press 1, 2 or 3 to choose the kind of visitor.</source>
        <translation>Appuyez sur 1, 2 ou 3 pour choisir le type de visiteur.</translation>
    </message>
    <message>
        <source>Notes: what they told you (Ctrl+Enter saves)</source>
        <translation>Notes : ce qu’on vous a dit (Ctrl+Entrée enregistre)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Agrees to be contacted ({CONSENT_KEY})</source>
        <translation>Accepte d’être contacté ({CONSENT_KEY})</translation>
    </message>
    <message>
        <source>Keep the picture of their card — they agree ({key})</source>
        <translation>Garder la photo de sa carte — avec son accord ({key})</translation>
    </message>
    <message>
        <source>Earlier visits (F4)</source>
        <translation>Visites précédentes (F4)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Vider (Échap)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <source>Visitor form</source>
        <translation>Fiche visiteur</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
</context>
<context>
    <name>CardController</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Read a business card</source>
        <translation>Lire une carte de visite</translation>
    </message>
    <message>
        <source>Read a business card from an image file…</source>
        <translation>Lire une carte de visite depuis un fichier image…</translation>
    </message>
    <message>
        <source>Keep the picture of their card</source>
        <translation>Garder la photo de sa carte</translation>
    </message>
    <message>
        <source>Already reading a card: a moment…</source>
        <translation>Une carte est déjà en cours de lecture : un instant…</translation>
    </message>
    <message>
        <source>No camera picture to read a card from: choose a photo of the card ({key}), or type its details.</source>
        <translation>Pas d’image de caméra où lire une carte : choisissez une photo de la carte ({key}) ou saisissez ses coordonnées.</translation>
    </message>
    <message>
        <source>Hold the card still in front of the camera…</source>
        <translation>Tenez la carte immobile devant la caméra…</translation>
    </message>
    <message>
        <source>A photo or scan of the business card</source>
        <translation>Une photo ou un scan de la carte de visite</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}.</source>
        <translation>Impossible de lire {name} : {reason}.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Lecture de la carte…</translation>
    </message>
    <message>
        <source>That card was read after its visitor&apos;s form was saved or cleared, so it was not used; press {key} to read it for this visitor.</source>
        <translation>Cette carte a été lue après l’enregistrement ou l’effacement de la fiche de son visiteur ; elle n’a donc pas été utilisée. Appuyez sur {key} pour la lire pour ce visiteur.</translation>
    </message>
    <message>
        <source>No text could be read on the card: hold it flat, closer and still, and press {key} again — or type its details.</source>
        <translation>Aucun texte n’a pu être lu sur la carte : tenez-la à plat, plus près et immobile, puis appuyez de nouveau sur {key} — ou saisissez ses coordonnées.</translation>
    </message>
    <message>
        <source>Every field was already filled, so nothing changed.</source>
        <translation>Tous les champs étaient déjà remplis : rien n’a changé.</translation>
    </message>
    <message>
        <source>Card read: check the fields marked “{card}”, correct them, choose the class and save.</source>
        <translation>Carte lue : vérifiez les champs marqués « {card} », corrigez-les, choisissez le type et enregistrez.</translation>
    </message>
    <message>
        <source>The card could not be read: {message}</source>
        <translation>La carte n’a pas pu être lue : {message}</translation>
    </message>
</context>
<context>
    <name>CombineEventsDialog</name>
    <message>
        <source>Combine events</source>
        <translation>Fusionner des événements</translation>
    </message>
    <message>
        <source>Two events that are one show (set up separately on two laptops, or twice here) become one: the same visitor in both becomes one lead with every visit.</source>
        <translation>Deux événements qui sont un seul salon (créés séparément sur deux portables, ou deux fois ici) n’en font plus qu’un : le même visiteur dans les deux devient un seul lead avec toutes ses visites.</translation>
    </message>
    <message>
        <source>&amp;Join this event</source>
        <translation>&amp;Joindre cet événement</translation>
    </message>
    <message>
        <source>&amp;into this one</source>
        <translation>&amp;dans celui-ci</translation>
    </message>
    <message>
        <source>&amp;Combine</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Mis à jour à {time}</translation>
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
        <translation>Visites</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Chaud</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
</context>
<context>
    <name>Debrief</name>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>(no staff recorded)</source>
        <translation>(aucun membre noté)</translation>
    </message>
    <message>
        <source>Every visit counts, returning visitors included.</source>
        <translation>Chaque visite compte, visiteurs revenus compris.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>Visits per hour ({zone})</source>
        <translation>Visites par heure ({zone})</translation>
    </message>
    <message>
        <source>Leads per class</source>
        <translation>Leads par type</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Leads per rating</source>
        <translation>Leads par note</translation>
    </message>
    <message>
        <source>Visits per staff member</source>
        <translation>Visites par membre de l’équipe</translation>
    </message>
    <message>
        <source>met at the show: </source>
        <translation>rencontré au salon : </translation>
    </message>
    <message>
        <source>to contact</source>
        <translation>à contacter</translation>
    </message>
    <message>
        <source>Badge {badge_id}</source>
        <translation>Badge {badge_id}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien d’enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>The show in numbers</source>
        <translation>Le salon en chiffres</translation>
    </message>
    <message>
        <source>What mentors told us</source>
        <translation>Ce que les mentors nous ont dit</translation>
    </message>
    <message>
        <source>Customers&apos; pains</source>
        <translation>Difficultés des clients</translation>
    </message>
    <message>
        <source>Features customers miss</source>
        <translation>Fonctionnalités qui manquent aux clients</translation>
    </message>
    <message>
        <source>Early adopters and those who need references</source>
        <translation>Adopteurs précoces et ceux qui veulent des références</translation>
    </message>
    <message>
        <source>Key opinion leaders</source>
        <translation>Leaders d’opinion</translation>
    </message>
    <message>
        <source>Referrals and partners</source>
        <translation>Recommandations et partenaires</translation>
    </message>
    <message>
        <source>Notes from the booth</source>
        <translation>Notes du stand</translation>
    </message>
    <message>
        <source>Follow-up list</source>
        <translation>Liste de relances</translation>
    </message>
    <message>
        <source>Debrief — {event_name}</source>
        <translation>Débriefing — {event_name}</translation>
    </message>
    <message>
        <source>No customer named a pain.</source>
        <translation>Aucun client n’a cité de difficulté.</translation>
    </message>
    <message>
        <source>No customer named a missing feature.</source>
        <translation>Aucun client n’a cité de fonctionnalité manquante.</translation>
    </message>
    <message>
        <source>Made with Showfloor on {when} UTC.</source>
        <translation>Créé avec Showfloor le {when} UTC.</translation>
    </message>
    <message>
        <source>Showfloor debrief</source>
        <translation>Débriefing Showfloor</translation>
    </message>
    <message>
        <source>people met</source>
        <translation>personnes rencontrées</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversations</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>sont revenus</translation>
    </message>
    <message>
        <source>rated hot</source>
        <translation>notés chauds</translation>
    </message>
    <message>
        <source>agreed to contact</source>
        <translation>acceptent d’être contactés</translation>
    </message>
    <message>
        <source>Reservations of the market</source>
        <translation>Réserves du marché</translation>
    </message>
    <message>
        <source>No mentor named a reservation.</source>
        <translation>Aucun mentor n’a cité de réserve.</translation>
    </message>
    <message>
        <source>Barriers to entry</source>
        <translation>Barrières à l’entrée</translation>
    </message>
    <message>
        <source>No mentor named a barrier.</source>
        <translation>Aucun mentor n’a cité de barrière.</translation>
    </message>
    <message>
        <source>Missing from our pitch or product</source>
        <translation>Ce qui manque à notre pitch ou produit</translation>
    </message>
    <message>
        <source>No mentor named a gap.</source>
        <translation>Aucun mentor n’a cité de manque.</translation>
    </message>
    <message>
        <source>, heard by {staff}</source>
        <translation>, entendu par {staff}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> et {count} de plus</translation>
    </message>
    <message>
        <source>… other wordings: {count}</source>
        <translation>… autres formulations : {count}</translation>
    </message>
    <message>
        <source>People who made this point: {count}</source>
        <translation>Personnes ayant soulevé ce point : {count}</translation>
    </message>
    <message>
        <source>Grouped because they say: {words}</source>
        <translation>Regroupés car ils disent : {words}</translation>
    </message>
    <message>
        <source>The {limit} points made most of {count} are listed here; the web page version of this debrief lists them all.</source>
        <translation>Les {limit} points les plus cités sur {count} figurent ici ; la version web de ce débriefing les liste tous.</translation>
    </message>
    <message>
        <source>The first {limit} of {count} are listed here. The web page version of this debrief and the CSV export hold them all.</source>
        <translation>Les {limit} premiers sur {count} figurent ici. La version web de ce débriefing et l’export CSV les contiennent tous.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <source>Already buys from</source>
        <translation>Achète déjà chez</translation>
    </message>
    <message>
        <source>Happy to be first ({count})</source>
        <translation>Prêts à être les premiers ({count})</translation>
    </message>
    <message>
        <source>No customer said they would go first.</source>
        <translation>Aucun client n’a dit vouloir être le premier.</translation>
    </message>
    <message>
        <source>Will ask who else uses it ({count})</source>
        <translation>Demanderont qui l’utilise déjà ({count})</translation>
    </message>
    <message>
        <source>No customer asked for references.</source>
        <translation>Aucun client n’a demandé de références.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Channels and audience</source>
        <translation>Canaux et audience</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>What they thought</source>
        <translation>Leur avis</translation>
    </message>
    <message>
        <source>Plan to delight</source>
        <translation>Plan pour les séduire</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>No key opinion leader visited.</source>
        <translation>Aucun leader d’opinion n’est passé.</translation>
    </message>
    <message>
        <source>referral (mentor)</source>
        <translation>recommandation (mentor)</translation>
    </message>
    <message>
        <source>already buys from (customer)</source>
        <translation>achète déjà chez (client)</translation>
    </message>
    <message>
        <source>How they came up</source>
        <translation>Comment cités</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Cité par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Referrals mentors offered, and the suppliers customers already buy from: competitors and neighbours can send prospects our way.</source>
        <translation>Les recommandations des mentors et les fournisseurs chez qui les clients achètent déjà : concurrents et voisins peuvent nous envoyer des prospects.</translation>
    </message>
    <message>
        <source>No visitor named a referral or a supplier.</source>
        <translation>Aucun visiteur n’a cité de recommandation ni de fournisseur.</translation>
    </message>
    <message>
        <source>Who mentors say the right customer is</source>
        <translation>Qui est le bon client selon les mentors</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} de plus</translation>
    </message>
    <message>
        <source>no consent: do not contact</source>
        <translation>pas de consentement : ne pas contacter</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>échéance {date}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Hot first, then warm, cold and unrated; within a rating, the earliest due next step first.</source>
        <translation>Chauds d’abord, puis tièdes, froids et non notés ; à note égale, la prochaine étape la plus proche d’abord.</translation>
    </message>
    <message>
        <source>No leads yet.</source>
        <translation>Pas encore de leads.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Heard by</source>
        <translation>Entendu par</translation>
    </message>
    <message>
        <source>Every note typed at the booth, hot leads first.</source>
        <translation>Chaque note saisie au stand, les leads chauds d’abord.</translation>
    </message>
    <message>
        <source>No notes were typed.</source>
        <translation>Aucune note n’a été saisie.</translation>
    </message>
</context>
<context>
    <name>DuplicateHintController</name>
    <message numerus="yes">
        <source>Met before? {who}, %Ln visit(s) ({reason}). Saving adds a new lead; combine them in Leads if they are one.</source>
        <translation>
            <numerusform>Déjà rencontré ? {who}, %Ln visite ({reason}). Enregistrer crée un nouveau lead ; fusionnez-les dans Leads s’il s’agit de la même personne.</numerusform>
            <numerusform>Déjà rencontré ? {who}, %Ln visites ({reason}). Enregistrer crée un nouveau lead ; fusionnez-les dans Leads s’il s’agit de la même personne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventTeamController</name>
    <message>
        <source>Showfloor team setup (*.sfsetup);;All files (*)</source>
        <translation>Configuration d’équipe Showfloor (*.sfsetup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>S&amp;hare with the team…</source>
        <translation>&amp;Partager avec l’équipe…</translation>
    </message>
    <message>
        <source>&amp;Combine events…</source>
        <translation>&amp;Fusionner des événements…</translation>
    </message>
    <message>
        <source>Share the event with the team</source>
        <translation>Partager l’événement avec l’équipe</translation>
    </message>
    <message>
        <source>Share with the team</source>
        <translation>Partager avec l’équipe</translation>
    </message>
    <message>
        <source>Wrote {name}: &apos;{event}&apos;, {staff} staff, {attendees} attendees. On each laptop, choose &quot;Join the team&apos;s event&quot; when Showfloor first starts (or run: showfloor event join FILE).</source>
        <translation>{name} écrit : « {event} », {staff} membres, {attendees} participants. Sur chaque portable, choisissez « Rejoindre l’événement de l’équipe » au premier démarrage de Showfloor (ou lancez : showfloor event join FILE).</translation>
    </message>
    <message>
        <source>{name} ({leads} leads)</source>
        <translation>{name} ({leads} leads)</translation>
    </message>
    <message>
        <source>Combined &apos;{source}&apos; into &apos;{target}&apos;: {merged_duplicates} visitor(s) met in both are one lead now. To undo, close Showfloor and run: showfloor backup restore {backup_id}</source>
        <translation>« {source} » fusionné dans « {target} » : {merged_duplicates} visiteur(s) vus dans les deux ne forment plus qu’un lead. Pour annuler, fermez Showfloor et lancez : showfloor backup restore {backup_id}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez le fichier d’export.</translation>
    </message>
    <message>
        <source>{arg0}. A CRM file holds only people who agreed to be contacted; export them anyway, marked opted out (they get no marketing email)?</source>
        <translation>{arg0}. Un fichier CRM ne contient que les personnes ayant accepté d’être contactées ; les exporter quand même, marquées désinscrites (sans e-mail marketing) ?</translation>
    </message>
    <message>
        <source>Exported {rows} {noun} to {path}.</source>
        <translation>{rows} {noun} exportés vers {path}.</translation>
    </message>
    <message>
        <source> Left out {skipped_unconsented} who did not agree to be contacted.</source>
        <translation> {skipped_unconsented} sans accord de contact laissés de côté.</translation>
    </message>
    <message>
        <source> {opted_out} without consent are marked opted out.</source>
        <translation> {opted_out} sans consentement sont marqués désinscrits.</translation>
    </message>
    <message>
        <source> {without_owner} have no owner: give their staff member an email in Staff &gt; Staff and emails.</source>
        <translation> {without_owner} n’ont pas de responsable : donnez un e-mail au membre concerné dans Équipe &gt; Équipe et e-mails.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Off (for spreadsheets): a value starting with =, +, - or @ gets a leading &apos; so that Excel cannot run it as a formula; phone numbers such as +49… get one too. On (for CRM importers): every value is written exactly as stored.</source>
        <translation>Désactivé (tableurs) : une valeur commençant par =, +, - ou @ reçoit un &apos; en tête pour qu’Excel ne l’exécute pas comme formule ; les numéros comme +49… aussi. Activé (imports CRM) : chaque valeur est écrite telle qu’enregistrée.</translation>
    </message>
    <message>
        <source>Excel on Windows needs this to show accents (é, ü, ø) correctly; others ignore it.</source>
        <translation>Excel sous Windows en a besoin pour afficher les accents (é, ü, ø) ; les autres l’ignorent.</translation>
    </message>
    <message>
        <source>Export leads — {event_name}</source>
        <translation>Exporter les leads — {event_name}</translation>
    </message>
    <message>
        <source>Every class</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Toute note</translation>
    </message>
    <message>
        <source>Anyone on the team</source>
        <translation>Toute l’équipe</translation>
    </message>
    <message>
        <source>Only people who agreed to be contacted</source>
        <translation>Seulement les personnes qui acceptent d’être contactées</translation>
    </message>
    <message>
        <source>Which leads</source>
        <translation>Quels leads</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>Rencontré par</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): every cell text</source>
        <translation>Classeur Excel (.xlsx) : chaque cellule en texte</translation>
    </message>
    <message>
        <source>Trade Show</source>
        <translation>Trade Show</translation>
    </message>
    <message>
        <source>The CRM&apos;s Lead Source value for every lead; the event has its own column.</source>
        <translation>La valeur Lead Source du CRM pour chaque lead ; l’événement a sa propre colonne.</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Source du lead</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Keep values exactly (for CRM importers)</source>
        <translation>Garder les valeurs telles quelles (imports CRM)</translation>
    </message>
    <message>
        <source>Mark the file as UTF-8 for Excel</source>
        <translation>Marquer le fichier en UTF-8 pour Excel</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Export leads to</source>
        <translation>Exporter les leads vers</translation>
    </message>
    <message>
        <source>Export the {consented} with consent</source>
        <translation>Exporter les {consented} consentants</translation>
    </message>
    <message>
        <source>Export all {everyone}, marked opted out</source>
        <translation>Exporter les {everyone}, marqués désinscrits</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exporting… {done} of {total} leads</source>
        <translation>Export… {done} leads sur {total}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Showfloor</source>
        <translation>Bienvenue dans Showfloor</translation>
    </message>
    <message>
        <source>The organiser&apos;s attendee list (optional)</source>
        <translation>Liste des participants de l’organisateur (facultatif)</translation>
    </message>
    <message>
        <source>Which show is this?</source>
        <translation>Quel salon est-ce ?</translation>
    </message>
    <message>
        <source>e.g. Expo 2026</source>
        <translation>p. ex. Expo 2026</translation>
    </message>
    <message>
        <source>&amp;New event: this laptop sets the show up</source>
        <translation>&amp;Nouvel événement : ce portable configure le salon</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nom de l’événement</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Join the team&apos;s event: open the setup file</source>
        <translation>&amp;Rejoindre l’événement de l’équipe : ouvrir le fichier de configuration</translation>
    </message>
    <message>
        <source>the file from Event &gt; Share with the team</source>
        <translation>le fichier de Événement &gt; Partager avec l’équipe</translation>
    </message>
    <message>
        <source>Team setup file</source>
        <translation>Fichier de configuration d’équipe</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Joining keeps every laptop on one event, with the same staff, attendee list and consent text: merging after the show then asks nothing.</source>
        <translation>Rejoindre garde tous les portables sur un même événement, avec la même équipe, la même liste de participants et le même texte de consentement : la fusion après le salon ne demande alors rien.</translation>
    </message>
    <message>
        <source>The team&apos;s setup file</source>
        <translation>Fichier de configuration de l’équipe</translation>
    </message>
    <message>
        <source>Who is at the booth?</source>
        <translation>Qui est au stand ?</translation>
    </message>
    <message>
        <source>Your name, as colleagues know you</source>
        <translation>Votre nom, tel que vos collègues le connaissent</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>One name a line (optional)</source>
        <translation>Un nom par ligne (facultatif)</translation>
    </message>
    <message>
        <source>Colleagues at the booth</source>
        <translation>Collègues sur le stand</translation>
    </message>
    <message>
        <source>Each lead records who met the visitor. Switch later with Ctrl+Shift+S.</source>
        <translation>Chaque lead note qui a reçu le visiteur. Changez plus tard avec Ctrl+Maj+S.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>No camera (handheld scanner or typing only)</source>
        <translation>Pas de caméra (scanner à main ou saisie seulement)</translation>
    </message>
    <message>
        <source>Badge camera</source>
        <translation>Caméra des badges</translation>
    </message>
    <message>
        <source>Choose a camera to see its picture here.</source>
        <translation>Choisissez une caméra pour voir son image ici.</translation>
    </message>
    <message>
        <source>Hold a badge up: a green frame means it was read. A handheld USB scanner works with no setting at all.</source>
        <translation>Présentez un badge : un cadre vert signifie qu’il a été lu. Un scanner à main USB fonctionne sans aucun réglage.</translation>
    </message>
    <message>
        <source>Join the team&apos;s event</source>
        <translation>Rejoindre l’événement de l’équipe</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n’existe pas.</translation>
    </message>
</context>
<context>
    <name>FollowUpTemplates</name>
    <message>
        <source>Follow-up emails</source>
        <translation>E-mails de relance</translation>
    </message>
</context>
<context>
    <name>FollowUpTemplatesTab</name>
    <message>
        <source>The email each Follow-ups row drafts, per kind of visitor. You can use </source>
        <translation>L’e-mail que prépare chaque ligne de relance, par type de visiteur. Vous pouvez utiliser </translation>
    </message>
    <message>
        <source>{label}: subject</source>
        <translation>{label} : objet</translation>
    </message>
    <message>
        <source>{label}: body</source>
        <translation>{label} : corps</translation>
    </message>
    <message>
        <source>body</source>
        <translation>corps</translation>
    </message>
</context>
<context>
    <name>FollowUpsController</name>
    <message>
        <source>✓ done</source>
        <translation>✓ fait</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Draft the follow-up email</source>
        <translation>Préparer l’e-mail de relance</translation>
    </message>
    <message>
        <source>Follow-ups: done / not done</source>
        <translation>Relances : fait / pas fait</translation>
    </message>
    <message>
        <source>{count} to follow up · {done} done</source>
        <translation>{count} à relancer · {done} faites</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>  (no consent: do not contact)</source>
        <translation>  (pas de consentement : ne pas contacter)</translation>
    </message>
    <message>
        <source>{name}: done.</source>
        <translation>{name} : fait.</translation>
    </message>
    <message>
        <source>{name}: not done yet.</source>
        <translation>{name} : pas encore fait.</translation>
    </message>
    <message>
        <source>No mail program answered; save the draft as an .eml file instead.</source>
        <translation>Aucune messagerie n’a répondu ; enregistrez plutôt le brouillon en fichier .eml.</translation>
    </message>
    <message>
        <source>Drafted an email to {to} in your mail program.</source>
        <translation>E-mail à {to} préparé dans votre messagerie.</translation>
    </message>
    <message>
        <source>follow-up {name}</source>
        <translation>relance {name}</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>relance</translation>
    </message>
    <message>
        <source>Cannot save {name}: {exc}</source>
        <translation>Impossible d’enregistrer {name} : {exc}</translation>
    </message>
    <message>
        <source>Saved the draft to {path}.</source>
        <translation>Brouillon enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Choose a lead first.</source>
        <translation>Choisissez d’abord un lead.</translation>
    </message>
    <message>
        <source>{name} did not agree to be contacted: no email.</source>
        <translation>{name} n’a pas accepté d’être contacté : pas d’e-mail.</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Email draft (*.eml)</source>
        <translation>Brouillon d’e-mail (*.eml)</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation>Afficher les &amp;faites</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Draft &amp;email</source>
        <translation>Préparer l’&amp;e-mail</translation>
    </message>
    <message>
        <source>Opens the drafted email in your mail program (Ctrl+D)</source>
        <translation>Ouvre l’e-mail préparé dans votre messagerie (Ctrl+D)</translation>
    </message>
    <message>
        <source>Save as .e&amp;ml…</source>
        <translation>Enregistrer en .e&amp;ml…</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marquer comme fait</translation>
    </message>
    <message>
        <source>Done, or not done again (Space)</source>
        <translation>Fait, ou de nouveau à faire (Espace)</translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation>&amp;Ouvrir le lead</translation>
    </message>
    <message>
        <source>Space: done / not done   ·   Ctrl+D: draft email   ·   Enter: open lead</source>
        <translation>Espace : fait / pas fait   ·   Ctrl+D : préparer l’e-mail   ·   Entrée : ouvrir le lead</translation>
    </message>
</context>
<context>
    <name>LeadCountController</name>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>Not classified yet</source>
        <translation>Pas encore classé</translation>
    </message>
    <message>
        <source>Visit {number}</source>
        <translation>Visite {number}</translation>
    </message>
    <message>
        <source>with {staff}</source>
        <translation>avec {staff}</translation>
    </message>
    <message>
        <source>Lead — {display_name}</source>
        <translation>Lead — {display_name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visite</numerusform>
            <numerusform>%Ln visites</numerusform>
        </translation>
    </message>
    <message>
        <source> · badge {badge_id}</source>
        <translation> · badge {badge_id}</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>pilot, speaker, …</source>
        <translation>pilote, intervenant, …</translation>
    </message>
    <message>
        <source>Agreed to be contacted</source>
        <translation>A accepté d’être contacté</translation>
    </message>
    <message>
        <source>Cl&amp;ass</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>Tags: separate with commas.</source>
        <translation>Étiquettes : séparées par des virgules.</translation>
    </message>
    <message>
        <source>Nothing noted.</source>
        <translation>Rien de noté.</translation>
    </message>
    <message>
        <source>Their business card, kept with their agreement</source>
        <translation>Sa carte de visite, gardée avec son accord</translation>
    </message>
    <message>
        <source>Visits, newest first</source>
        <translation>Visites, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>To qualify: saved from the queue with the badge only, so nobody chose the class yet ({guess} was a guess). Choose it under Class, fill in what you know, and Save; the lead then leaves the To qualify list.</source>
        <translation>À qualifier : enregistré depuis la file avec le badge seul, personne n’a encore choisi le type ({guess} était une supposition). Choisissez-le sous Type, complétez ce que vous savez et enregistrez ; le lead quitte alors la liste À qualifier.</translation>
    </message>
    <message>
        <source>Correct a visit&apos;s answers</source>
        <translation>Corriger les réponses d’une visite</translation>
    </message>
    <message>
        <source>Notes of this visit</source>
        <translation>Notes de cette visite</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Visite</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Follow-up after the show</source>
        <translation>Relance après le salon</translation>
    </message>
    <message>
        <source>Follow-up owner</source>
        <translation>Responsable de la relance</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <source>Empty owner: whoever met them. Next step and due date are answers.</source>
        <translation>Vide : la personne qui l’a rencontré. Prochaine étape et échéance sont des réponses.</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>Res&amp;ponsable</translation>
    </message>
</context>
<context>
    <name>LeadDialogEdits</name>
    <message>
        <source>Visit {number} — {when}{with_staff} ({cls})</source>
        <translation>Visite {number} — {when}{with_staff} ({cls})</translation>
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
        <translation>&amp;Chercher un lead…</translation>
    </message>
    <message>
        <source>Leads: clear the search</source>
        <translation>Leads : effacer la recherche</translation>
    </message>
    <message>
        <source>Enter / double-click</source>
        <translation>Entrée / double-clic</translation>
    </message>
    <message>
        <source>Leads: open the lead to edit it</source>
        <translation>Leads : ouvrir le lead pour le modifier</translation>
    </message>
    <message>
        <source>Leads: delete the selected leads</source>
        <translation>Leads : supprimer les leads sélectionnés</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation>Pas encore de leads</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln to qualify (Class: {to_qualify})</source>
        <translation>
            <numerusform> · %Ln à qualifier (Type : {to_qualify})</numerusform>
            <numerusform> · %Ln à qualifier (Type : {to_qualify})</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}{more} of {total} match</source>
        <translation>{count}{more} sur {total} correspondent</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visite</numerusform>
            <numerusform>%Ln visites</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} leads are selected; delete at most {most} at once.</source>
        <translation>{count} leads sont sélectionnés ; supprimez-en au plus {most} à la fois.</translation>
    </message>
    <message>
        <source>Saved {display_name}.</source>
        <translation>{display_name} enregistré.</translation>
    </message>
    <message>
        <source>Leads: undo the delete (for 10 s; later: Event &gt; Trash)</source>
        <translation>Leads : annuler la suppression (pendant 10 s ; ensuite : Événement &gt; Corbeille)</translation>
    </message>
    <message>
        <source>Possible duplicate: {who}, {visits} ({reason}).</source>
        <translation>Doublon possible : {who}, {visits} ({reason}).</translation>
    </message>
    <message>
        <source>this lead</source>
        <translation>ce lead</translation>
    </message>
    <message>
        <source>Combined into {display_name}: {visits} visits. Undo: backup restore {backup_id}.</source>
        <translation>Fusionné dans {display_name} : {visits} visites. Annuler : backup restore {backup_id}.</translation>
    </message>
    <message>
        <source>Combine these two leads</source>
        <translation>Fusionner ces deux leads</translation>
    </message>
    <message>
        <source>Combine {name} and {who} into one lead? Every visit of both is kept; for each field the newest value stays. A backup is made first.</source>
        <translation>Fusionner {name} et {who} en un seul lead ? Toutes les visites des deux sont conservées ; pour chaque champ, la valeur la plus récente reste. Une sauvegarde est faite d’abord.</translation>
    </message>
    <message>
        <source>Deleted {what} — Undo (Ctrl+Z)</source>
        <translation>{what} supprimé — Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Later: Event &gt; Deleted leads (Trash)</source>
        <translation>Ensuite : Événement &gt; Leads supprimés (Corbeille)</translation>
    </message>
    <message>
        <source>Restored {what}.</source>
        <translation>{what} restauré.</translation>
    </message>
</context>
<context>
    <name>LeadsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu en dernier</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Aujourd’hui {time}</translation>
    </message>
    <message>
        <source>To qualify</source>
        <translation>À qualifier</translation>
    </message>
    <message>
        <source>Saved from the queue with the badge only; nobody chose the class yet ({guess} is a guess). Open the lead (Enter) to choose it.</source>
        <translation>Enregistré depuis la file avec le badge seul ; personne n’a encore choisi le type ({guess} est une supposition). Ouvrez le lead (Entrée) pour le choisir.</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>Search leads</source>
        <translation>Rechercher des leads</translation>
    </message>
    <message>
        <source>Search names, companies, emails, notes…   (Ctrl+F)</source>
        <translation>Chercher noms, entreprises, e-mails, notes…   (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>Enter or double-click: open   ·   Delete: delete   ·   Esc: clear</source>
        <translation>Entrée ou double-clic : ouvrir   ·   Suppr : supprimer   ·   Échap : effacer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Com&amp;bine these two leads…</source>
        <translation>Fu&amp;sionner ces deux leads…</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Toute l’équipe</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Tous les jours</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock the window</source>
        <translation>&amp;Verrouiller la fenêtre</translation>
    </message>
    <message>
        <source>Choose who is on duty (Staff menu) before locking: the lock opens with their PIN.</source>
        <translation>Choisissez qui est de service (menu Équipe) avant de verrouiller : le verrou s’ouvre avec son code PIN.</translation>
    </message>
    <message>
        <source>The data folder is read-only: no PIN can be set, so the window cannot lock.</source>
        <translation>Le dossier de données est en lecture seule : aucun code PIN ne peut être défini, la fenêtre ne peut pas se verrouiller.</translation>
    </message>
    <message>
        <source>Choose a PIN, {name}</source>
        <translation>Choisissez un code PIN, {name}</translation>
    </message>
    <message>
        <source>{MIN_DIGITS} to {MAX_DIGITS} digits; 6 or more is much harder to guess. Esc cancels.</source>
        <translation>{MIN_DIGITS} à {MAX_DIGITS} chiffres ; à partir de 6, bien plus dur à deviner. Échap annule.</translation>
    </message>
    <message>
        <source>Set PIN and lock</source>
        <translation>Définir le PIN et verrouiller</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>{name} is on duty. Enter {name}&apos;s PIN to unlock.</source>
        <translation>{name} est de service. Saisissez le code PIN de {name} pour déverrouiller.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>The two PINs differ; type them again.</source>
        <translation>Les deux codes PIN diffèrent ; saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>PIN set. The window is locked.</source>
        <translation>Code PIN défini. La fenêtre est verrouillée.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Code PIN erroné. Réessayez.</translation>
    </message>
    <message>
        <source>Wrong PIN. Wait {arg0} before the next try.</source>
        <translation>Code PIN erroné. Attendez {arg0} avant le prochain essai.</translation>
    </message>
    <message>
        <source>Set a PIN (Ctrl+L) so the window locks itself when nobody is at the booth.</source>
        <translation>Définissez un code PIN (Ctrl+L) pour que la fenêtre se verrouille quand personne n’est au stand.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Repeat the PIN</source>
        <translation>Répétez le code PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>É&amp;vénement</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&lt;b&gt;Team passphrase for bundle files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Phrase secrète de l’équipe pour les fichiers de lot&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Phrase secrète de l’équipe</translation>
    </message>
    <message>
        <source>Team passphrase, once more</source>
        <translation>Phrase secrète de l’équipe, encore une fois</translation>
    </message>
    <message>
        <source>the same once more</source>
        <translation>la même, encore une fois</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Write this event&apos;s bundles unsealed again (on Save)</source>
        <translation>Écrire de nouveau les lots de cet événement sans scellement (à l’enregistrement)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Encore une fois</translation>
    </message>
    <message>
        <source>kept — type to change</source>
        <translation>conservé — saisissez pour changer</translation>
    </message>
    <message>
        <source>none — bundles are written unsealed</source>
        <translation>aucune — les lots sont écrits sans scellement</translation>
    </message>
    <message>
        <source>Create or choose an event first: the passphrase is per event.</source>
        <translation>Créez ou choisissez d’abord un événement : la phrase secrète est propre à chaque événement.</translation>
    </message>
    <message>
        <source>On Save, bundles of &apos;{event}&apos; are written unsealed again. {used_for}</source>
        <translation>À l’enregistrement, les lots de « {event} » sont de nouveau écrits sans scellement. {used_for}</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Cannot write the PDF {path}; choose another folder.</source>
        <translation>Impossible d’écrire le PDF {path} ; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Debrief — {event_name}</source>
        <translation>Débriefing — {event_name}</translation>
    </message>
    <message>
        <source>Showfloor test badges</source>
        <translation>Badges de test Showfloor</translation>
    </message>
    <message>
        <source>Showfloor: test badges</source>
        <translation>Showfloor : badges de test</translation>
    </message>
    <message>
        <source>Hold each code up to the scanner before doors open. Every code should fill the form, except the one marked “must be refused”, which the scanner must reject.</source>
        <translation>Présentez chaque code au scanner avant l’ouverture. Chaque code doit remplir le formulaire, sauf celui marqué « doit être refusé », que le scanner doit rejeter.</translation>
    </message>
    <message>
        <source>  (page {arg0} of {pages})</source>
        <translation>  (page {arg0} sur {pages})</translation>
    </message>
    <message>
        <source>expected: refused</source>
        <translation>attendu : refusé</translation>
    </message>
    <message>
        <source>expected format: {format}</source>
        <translation>format attendu : {format}</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name on badge</source>
        <translation>Nom sur le badge</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>existing</source>
        <translation>existant</translation>
    </message>
    <message>
        <source>prospect</source>
        <translation>prospect</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>needs_references</source>
        <translation>veut_des_références</translation>
    </message>
    <message>
        <source>Existing or prospect</source>
        <translation>Client existant ou prospect</translation>
    </message>
    <message>
        <source>Pain 1</source>
        <translation>Difficulté 1</translation>
    </message>
    <message>
        <source>their words: what hurts most</source>
        <translation>leurs mots : ce qui coince le plus</translation>
    </message>
    <message>
        <source>Pain 2</source>
        <translation>Difficulté 2</translation>
    </message>
    <message>
        <source>Pain 3</source>
        <translation>Difficulté 3</translation>
    </message>
    <message>
        <source>Already buys from</source>
        <translation>Achète déjà chez</translation>
    </message>
    <message>
        <source>who they buy similar products from</source>
        <translation>chez qui ils achètent des produits similaires</translation>
    </message>
    <message>
        <source>Buying timeline</source>
        <translation>Délai d’achat</translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation>Ce qui bloque</translation>
    </message>
    <message>
        <source>approval, no time, boss...</source>
        <translation>validation, pas le temps, patron...</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <source>Early adopter</source>
        <translation>Adopteur précoce</translation>
    </message>
    <message>
        <source>Critical thing we lack</source>
        <translation>Ce qui nous manque vraiment</translation>
    </message>
    <message>
        <source>becomes a feature request</source>
        <translation>devient une demande de fonctionnalité</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>demo, quote, call, send material</source>
        <translation>démo, devis, appel, envoi de documentation</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Échéance de l’étape</translation>
    </message>
    <message>
        <source>Reservations of the market</source>
        <translation>Réserves du marché</translation>
    </message>
    <message>
        <source>Barriers to entry</source>
        <translation>Barrières à l’entrée</translation>
    </message>
    <message>
        <source>Missing from pitch or product</source>
        <translation>Manque au pitch ou au produit</translation>
    </message>
    <message>
        <source>Who the right customer is</source>
        <translation>Qui est le bon client</translation>
    </message>
    <message>
        <source>Could refer us to</source>
        <translation>Pourrait nous recommander à</translation>
    </message>
    <message>
        <source>competitors and neighbours count</source>
        <translation>concurrents et voisins comptent</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>where they speak, write, publish</source>
        <translation>où ils parlent, écrivent, publient</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>Taille de l’audience</translation>
    </message>
    <message>
        <source>roughly</source>
        <translation>environ</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>What they thought of the product</source>
        <translation>Leur avis sur le produit</translation>
    </message>
    <message>
        <source>Plan to delight</source>
        <translation>Plan pour les séduire</translation>
    </message>
    <message>
        <source>trial, early access, introduction</source>
        <translation>essai, accès anticipé, mise en relation</translation>
    </message>
    <message>
        <source>Owner of the plan</source>
        <translation>Responsable du plan</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Hot</source>
        <translation>Chaud</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Tiède</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Froid</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>the database kept aside</source>
        <translation>la base mise de côté</translation>
    </message>
    <message>
        <source>the newest backup</source>
        <translation>la sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>The empty file is replaced.</source>
        <translation>Le fichier vide est remplacé.</translation>
    </message>
    <message>
        <source>The damaged file is kept aside, not deleted.</source>
        <translation>Le fichier endommagé est mis de côté, pas supprimé.</translation>
    </message>
    <message>
        <source>Showfloor cannot open its database</source>
        <translation>Showfloor ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>Restore {what}, from {when} ({leads} leads)? {kept}</source>
        <translation>Restaurer {what}, du {when} ({leads} leads) ? {kept}</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>La sauvegarde n’a pas pu être restaurée</translation>
    </message>
</context>
<context>
    <name>RescueController</name>
    <message>
        <source>Save the leads to another folder</source>
        <translation>Enregistrer les leads dans un autre dossier</translation>
    </message>
    <message>
        <source>Save to another &amp;folder…</source>
        <translation>Enregistrer dans un autre &amp;dossier…</translation>
    </message>
    <message>
        <source>The data folder is gone</source>
        <translation>Le dossier de données a disparu</translation>
    </message>
    <message>
        <source>Showfloor&apos;s data folder {data_dir} is gone.</source>
        <translation>Le dossier de données de Showfloor, {data_dir}, a disparu.</translation>
    </message>
    <message>
        <source>Every lead saved so far is still here. Save them, and this visitor, to another folder (a USB stick, the backup folder) and keep capturing there?</source>
        <translation>Tous les leads enregistrés jusqu’ici sont encore là. Les enregistrer, avec ce visiteur, dans un autre dossier (clé USB, dossier de sauvegarde) et continuer la saisie là-bas ?</translation>
    </message>
    <message>
        <source>Save to another folder…</source>
        <translation>Enregistrer dans un autre dossier…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Now saving to {parent}. Start Showfloor with --data-dir there next time.</source>
        <translation>Enregistrement désormais dans {parent}. Lancez Showfloor avec --data-dir vers ce dossier la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>ScanQueuePanel</name>
    <message>
        <source>Save the next with its badge only ({SAVE_BADGE_ONLY_KEY})</source>
        <translation>Enregistrer le suivant avec son badge seul ({SAVE_BADGE_ONLY_KEY})</translation>
    </message>
    <message>
        <source>{arg0} waiting — they load one by one as you save</source>
        <translation>{arg0} en attente — ils arrivent un par un à chaque enregistrement</translation>
    </message>
    <message>
        <source>✕ Refused, not queued: {text}</source>
        <translation>✕ Refusé, non mis en file : {text}</translation>
    </message>
</context>
<context>
    <name>ScannerCheckController</name>
    <message>
        <source>✓  Refused, as it must be</source>
        <translation>✓  Refusé, comme il se doit</translation>
    </message>
    <message>
        <source>Refused: no visitor</source>
        <translation>Refusé : pas un visiteur</translation>
    </message>
    <message>
        <source>Typed exactly as the code holds</source>
        <translation>Saisi exactement comme dans le code</translation>
    </message>
    <message>
        <source>“{label}” passed.</source>
        <translation>« {label} » réussi.</translation>
    </message>
    <message>
        <source>Saved the test sheet ({arg0} codes) to {name}: print it, then scan each code.</source>
        <translation>Feuille de test ({arg0} codes) enregistrée dans {name} : imprimez-la, puis scannez chaque code.</translation>
    </message>
</context>
<context>
    <name>ScannerCheckDialog</name>
    <message>
        <source>Test the handheld scanner</source>
        <translation>Tester le scanner à main</translation>
    </message>
</context>
<context>
    <name>ScannerCheckPage</name>
    <message>
        <source>Test the handheld scanner (optional)</source>
        <translation>Tester le scanner à main (facultatif)</translation>
    </message>
    <message>
        <source>No handheld scanner? Press Next. The camera and typing work without one.</source>
        <translation>Pas de scanner à main ? Cliquez sur Suivant. La caméra et la saisie fonctionnent sans.</translation>
    </message>
</context>
<context>
    <name>ScannerCheckView</name>
    <message>
        <source>○  Not scanned yet</source>
        <translation>○  Pas encore scanné</translation>
    </message>
    <message>
        <source>✓  Pass</source>
        <translation>✓  Réussi</translation>
    </message>
    <message>
        <source>✗  Fail</source>
        <translation>✗  Échec</translation>
    </message>
    <message>
        <source>Scan each code of the printed test sheet with the handheld scanner, in any order; the focus can be anywhere in this window. Every badge format should pass, and the Wi-Fi code must be refused. Change a scanner setting, then scan that code again.</source>
        <translation>Scannez chaque code de la feuille de test imprimée avec le scanner à main, dans n’importe quel ordre ; le focus peut être n’importe où dans cette fenêtre. Chaque format de badge doit réussir, et le code Wi-Fi doit être refusé. Après avoir changé un réglage du scanner, scannez de nouveau ce code.</translation>
    </message>
    <message>
        <source>Save the test sheet (PDF)…</source>
        <translation>Enregistrer la feuille de test (PDF)…</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Scanner check results</source>
        <translation>Résultats du test du lecteur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Someone new…</source>
        <translation>Quelqu’un de nouveau…</translation>
    </message>
    <message>
        <source>&amp;Switch staff…</source>
        <translation>&amp;Changer de membre…</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>S&amp;witch event…</source>
        <translation>Changer d’év&amp;énement…</translation>
    </message>
    <message>
        <source>&amp;Import attendee list…</source>
        <translation>&amp;Importer la liste des participants…</translation>
    </message>
    <message>
        <source>&amp;Time zone…</source>
        <translation>&amp;Fuseau horaire…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>Test the &amp;handheld scanner…</source>
        <translation>Tester le scanner à &amp;main…</translation>
    </message>
    <message>
        <source>Who is on duty?</source>
        <translation>Qui est de service ?</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>Membre :</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation>Nom de l’événement :</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>The show&apos;s time zone (times and charts use its clock):</source>
        <translation>Fuseau horaire du salon (heures et graphiques le suivent) :</translation>
    </message>
    <message>
        <source>{name} ({leads} leads)</source>
        <translation>{name} ({leads} leads)</translation>
    </message>
    <message>
        <source>Switch event</source>
        <translation>Changer d’événement</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Événement :</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Backups and privacy</source>
        <translation>Sauvegardes et confidentialité</translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation>Synchro d’équipe</translation>
    </message>
    <message>
        <source>Back up every</source>
        <translation>Sauvegarder toutes les</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Sauvegardes conservées</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Second dossier de sauvegarde</translation>
    </message>
    <message>
        <source>e.g. a USB stick — a second copy of every backup</source>
        <translation>p. ex. une clé USB — une seconde copie de chaque sauvegarde</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Delete leads after</source>
        <translation>Supprimer les leads après</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>keep until erased</source>
        <translation>garder jusqu’à effacement</translation>
    </message>
    <message>
        <source>Leads older than the retention period are deleted only after you confirm, when Showfloor starts.</source>
        <translation>Les leads plus anciens que la durée de conservation ne sont supprimés qu’après votre confirmation, au démarrage de Showfloor.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Serveur d’équipe</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST/DB — empty: no background sync</source>
        <translation>postgresql://USER@HOST/DB — vide : pas de synchro en arrière-plan</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL database. The address is kept here without its password.</source>
        <translation>La base PostgreSQL de l’équipe. L’adresse est conservée ici sans son mot de passe.</translation>
    </message>
    <message>
        <source>Fetch changes every</source>
        <translation>Récupérer les changements toutes les</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>This laptop&apos;s leads are sent a moment after each save; other laptops&apos; leads arrive at this interval.</source>
        <translation>Les leads de ce portable partent juste après chaque enregistrement ; ceux des autres portables arrivent à cet intervalle.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>The window and the debrief. Applies the next time Showfloor starts.</source>
        <translation>La fenêtre et le débriefing. S’applique au prochain démarrage de Showfloor.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>The password is kept in this computer&apos;s keyring, never in Showfloor&apos;s files.</source>
        <translation>Le mot de passe est gardé dans le trousseau de cet ordinateur, jamais dans les fichiers de Showfloor.</translation>
    </message>
    <message>
        <source>Bundle files this laptop writes for &apos;{event}&apos; (showfloor sync bundle) are sealed with it (AES-256-GCM), and File &gt; Merge from file… opens a teammate&apos;s sealed bundle with it without asking. Set the same one on every laptop of the team. It is kept in this data folder only: never in a bundle, the setup file or on the team server.</source>
        <translation>Les fichiers de lot que cet ordinateur écrit pour « {event} » (showfloor sync bundle) sont scellés avec elle (AES-256-GCM), et Fichier &gt; Fusionner depuis un fichier… ouvre avec elle le lot scellé d’un coéquipier sans rien demander. Mettez la même sur chaque ordinateur de l’équipe. Elle reste dans ce dossier de données uniquement : jamais dans un lot, dans le fichier de configuration ni sur le serveur de l’équipe.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des réglages</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Question labels</source>
        <translation>Libellés des questions</translation>
    </message>
    <message>
        <source>Our contact</source>
        <translation>Notre contact</translation>
    </message>
    <message>
        <source>Beep when a badge is read</source>
        <translation>Bip quand un badge est lu</translation>
    </message>
    <message>
        <source>e.g. DE — phones typed without +country get it</source>
        <translation>p. ex. FR — les numéros saisis sans +pays le reçoivent</translation>
    </message>
    <message>
        <source>Test the handheld scanner…</source>
        <translation>Tester le scanner à main…</translation>
    </message>
    <message>
        <source>Scan the printed test sheet (showfloor qr test-sheet) before doors open: each badge format should pass and the Wi-Fi code be refused.</source>
        <translation>Scannez la feuille de test imprimée (showfloor qr test-sheet) avant l’ouverture : chaque format de badge doit réussir et le code Wi-Fi être refusé.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Default phone country</source>
        <translation>Pays par défaut des téléphones</translation>
    </message>
    <message>
        <source>Handheld scanner</source>
        <translation>Scanner à main</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Your label</source>
        <translation>Votre libellé</translation>
    </message>
    <message>
        <source>Shown as a QR code visitors can scan (File &gt; Share our contact).</source>
        <translation>Affiché en QR code que les visiteurs peuvent scanner (Fichier &gt; Partager notre contact).</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>Nouveau mot de passe…</translation>
    </message>
    <message>
        <source>Give the team server a new password (the old one may be forgotten)</source>
        <translation>Donner un nouveau mot de passe au serveur d’équipe (l’ancien est peut-être oublié)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>e.g. Laptop 2</source>
        <translation>p. ex. Portable 2</translation>
    </message>
    <message>
        <source>Other laptops name this one in their repeat banner (“Visit 2 — last seen 10:42 by Anna on Laptop 2”).</source>
        <translation>Les autres portables citent celui-ci dans leur bandeau de visite répétée (« Visite 2 — vu pour la dernière fois 10:42 par Anna sur Portable 2 »).</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Ce portable</translation>
    </message>
    <message>
        <source>New team server password</source>
        <translation>Nouveau mot de passe du serveur d’équipe</translation>
    </message>
    <message>
        <source>Give the team server a new password? The other laptops stop syncing until the new password is typed in their Settings &gt; Team sync.</source>
        <translation>Donner un nouveau mot de passe au serveur d’équipe ? Les autres portables cessent de se synchroniser jusqu’à ce que le nouveau mot de passe soit saisi dans leurs Paramètres &gt; Synchro d’équipe.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>The team server at {where} has a new password:

{password}</source>
        <translation>Le serveur d’équipe à {where} a un nouveau mot de passe :

{password}</translation>
    </message>
    <message>
        <source>Write it down: it is shown only now. Type it on every other laptop in Settings &gt; Team sync &gt; Password.</source>
        <translation>Notez-le : il n’est affiché que maintenant. Saisissez-le sur chaque autre portable dans Paramètres &gt; Synchro d’équipe &gt; Mot de passe.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Pas de caméra</translation>
    </message>
    <message>
        <source>Version {consent_version} is in force. Changing the text starts a new version; each visitor&apos;s consent keeps the version they agreed to.</source>
        <translation>La version {consent_version} est en vigueur. Modifier le texte crée une nouvelle version ; chaque consentement garde la version acceptée.</translation>
    </message>
    <message>
        <source>kept — type to change</source>
        <translation>conservé — saisissez pour changer</translation>
    </message>
    <message>
        <source>the team server&apos;s password</source>
        <translation>mot de passe du serveur d’équipe</translation>
    </message>
</context>
<context>
    <name>ShareContactWindow</name>
    <message>
        <source>Share our contact</source>
        <translation>Partager notre contact</translation>
    </message>
    <message>
        <source>Scan to save our contact</source>
        <translation>Scannez pour enregistrer notre contact</translation>
    </message>
    <message>
        <source>Press Esc to close</source>
        <translation>Échap pour fermer</translation>
    </message>
    <message>
        <source>Set the booth contact first (showfloor qr contact --name ... --email ...).</source>
        <translation>Définissez d’abord le contact du stand (showfloor qr contact --name ... --email ...).</translation>
    </message>
</context>
<context>
    <name>StaffController</name>
    <message>
        <source>Staff and &amp;emails…</source>
        <translation>Équipe et &amp;e-mails…</translation>
    </message>
    <message>
        <source>Row {arg0}: give {email} a name.</source>
        <translation>Ligne {arg0} : donnez un nom à {email}.</translation>
    </message>
    <message>
        <source>Staff saved.</source>
        <translation>Équipe enregistrée.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>The email is the staff member&apos;s address in your CRM: every CRM export names the person who first met a lead as its owner (HubSpot contact owner, Salesforce record owner, ...). Leave it empty to leave the owner to the CRM.</source>
        <translation>L’e-mail est l’adresse du membre dans votre CRM : chaque export CRM désigne comme responsable la personne qui a rencontré le lead en premier (contact owner HubSpot, record owner Salesforce, ...). Laissez vide pour laisser le CRM choisir.</translation>
    </message>
    <message>
        <source>Staff and emails</source>
        <translation>Équipe et e-mails</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email (CRM owner)</source>
        <translation>E-mail (responsable CRM)</translation>
    </message>
    <message>
        <source>&amp;Add staff member</source>
        <translation>&amp;Ajouter un membre</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Showfloor bundles (*.sfb);;All files (*)</source>
        <translation>Paquets Showfloor (*.sfb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sends every lead, visit and setting this laptop holds to the team server, signed, not only what changed. For a team server filled before Showfloor signed its rows: the other laptops refuse those rows until the laptops that hold them send them signed. Run it once on every laptop of the team.</source>
        <translation>Envoie au serveur de l’équipe, signés, chaque lead, visite et réglage de cet ordinateur, pas seulement ce qui a changé. Pour un serveur d’équipe rempli avant que Showfloor ne signe ses lignes : les autres ordinateurs refusent ces lignes jusqu’à ce que les ordinateurs qui les détiennent les envoient signées. À lancer une fois sur chaque ordinateur de l’équipe.</translation>
    </message>
    <message>
        <source>&amp;Merge from file…</source>
        <translation>&amp;Fusionner depuis un fichier…</translation>
    </message>
    <message>
        <source>S&amp;ync with server…</source>
        <translation>&amp;Synchroniser avec le serveur…</translation>
    </message>
    <message>
        <source>Sign and send e&amp;verything to the server…</source>
        <translation>Signer et &amp;tout envoyer au serveur…</translation>
    </message>
    <message>
        <source>Merge from files (select one per laptop)</source>
        <translation>Fusionner depuis des fichiers (un par portable)</translation>
    </message>
    <message>
        <source>Merge from file</source>
        <translation>Fusionner depuis un fichier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase for {name}; try again.</source>
        <translation>Phrase secrète incorrecte pour {name} ; réessayez.</translation>
    </message>
    <message>
        <source>{name} is sealed with a team passphrase. Type it to merge.</source>
        <translation>{name} est scellé par une phrase secrète d’équipe. Saisissez-la pour fusionner.</translation>
    </message>
    <message>
        <source>Merging {merging}…</source>
        <translation>Fusion de {merging}…</translation>
    </message>
    <message>
        <source>Trust this laptop and merge</source>
        <translation>Faire confiance à ce portable et fusionner</translation>
    </message>
    <message>
        <source>Merge anyway</source>
        <translation>Fusionner quand même</translation>
    </message>
    <message>
        <source>Sync with server</source>
        <translation>Synchroniser avec le serveur</translation>
    </message>
    <message>
        <source>Sign and send everything</source>
        <translation>Tout signer et envoyer</translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln lead(s), received: {arg0}.</source>
        <translation>
            <numerusform>%Ln lead envoyé, reçus : {arg0}.</numerusform>
            <numerusform>%Ln leads envoyés, reçus : {arg0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing with the server…</source>
        <translation>Synchronisation avec le serveur…</translation>
    </message>
    <message>
        <source>The team server holds rows of {laptops}, a laptop this one does not trust yet (set up on its own, not from the team setup file). Trust it to take its rows in; it is remembered.</source>
        <translation>Le serveur d’équipe contient des lignes de {laptops}, un portable auquel celui-ci ne fait pas encore confiance (configuré seul, pas depuis le fichier de configuration de l’équipe). Faites-lui confiance pour reprendre ses lignes ; ce choix est mémorisé.</translation>
    </message>
    <message>
        <source>Trust and sync</source>
        <translation>Faire confiance et synchroniser</translation>
    </message>
    <message>
        <source>Merged {merging}.</source>
        <translation>{merging} fusionné.</translation>
    </message>
    <message>
        <source>Keep as a separate event</source>
        <translation>Garder comme événement séparé</translation>
    </message>
    <message>
        <source>Merge into &apos;{name}&apos;</source>
        <translation>Fusionner dans « {name} »</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Nouveaux leads</translation>
    </message>
    <message>
        <source>New visits</source>
        <translation>Nouvelles visites</translation>
    </message>
    <message>
        <source>Same person on two laptops, joined</source>
        <translation>Même personne sur deux portables, réunie</translation>
    </message>
    <message>
        <source>Edits on two laptops, newest kept</source>
        <translation>Modifs sur deux portables, la plus récente gardée</translation>
    </message>
    <message>
        <source>Removed: erased or deleted elsewhere</source>
        <translation>Retirés : effacés ou supprimés ailleurs</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Phrase secrète de l’équipe</translation>
    </message>
    <message>
        <source>Team passphrase of the bundle</source>
        <translation>Phrase secrète d’équipe du paquet</translation>
    </message>
    <message>
        <source>Show each lead</source>
        <translation>Voir chaque lead</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Each lead the merge changed</source>
        <translation>Chaque lead modifié par la fusion</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>These events from the other laptop are not the same show as one here by name and dates. Merge each into one of yours, or keep it separate:</source>
        <translation>Ces événements de l’autre portable ne correspondent à aucun salon d’ici par leur nom et leurs dates. Fusionnez chacun dans l’un des vôtres, ou gardez-le à part :</translation>
    </message>
    <message>
        <source>Merge {label} into</source>
        <translation>Fusionner {label} dans</translation>
    </message>
    <message>
        <source>Choose where their leads go, then press Merge.</source>
        <translation>Choisissez où vont leurs leads, puis cliquez sur Fusionner.</translation>
    </message>
    <message>
        <source>Open and merge</source>
        <translation>Ouvrir et fusionner</translation>
    </message>
    <message>
        <source>… and {more} more</source>
        <translation>… et {more} de plus</translation>
    </message>
    <message>
        <source>Show each lead ({count})</source>
        <translation>Voir chaque lead ({count})</translation>
    </message>
</context>
<context>
    <name>TaskWorker</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Team sync needs psycopg: {install}</source>
        <translation>La synchronisation d’équipe a besoin de psycopg : {install}</translation>
    </message>
</context>
<context>
    <name>TeamSyncController</name>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln modification</numerusform>
            <numerusform>%Ln modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation>il y a {seconds} s</translation>
    </message>
    <message>
        <source>{arg0} min ago</source>
        <translation>il y a {arg0} min</translation>
    </message>
    <message>
        <source>{arg0} h {arg1} min ago</source>
        <translation>il y a {arg0} h {arg1} min</translation>
    </message>
    <message>
        <source>Team: connecting…</source>
        <translation>Équipe : connexion…</translation>
    </message>
    <message>
        <source>Team: synced {arg0}</source>
        <translation>Équipe : synchronisé {arg0}</translation>
    </message>
    <message>
        <source>{synced}, {rows} refused (see why: hover here)</source>
        <translation>{synced}, {rows} refusée(s) (pourquoi : survolez ici)</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <source>Team: offline, {waiting} waiting</source>
        <translation>Équipe : hors ligne, {waiting} en attente</translation>
    </message>
    <message>
        <source>Team: sign-in failed</source>
        <translation>Équipe : échec de connexion</translation>
    </message>
    <message>
        <source>Team: not syncing (see why: hover here)</source>
        <translation>Équipe : pas de synchro (survolez pour voir)</translation>
    </message>
</context>
<context>
    <name>TestSheet</name>
    <message>
        <source>Test badges</source>
        <translation>Badges de test</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {name}: {error}</source>
        <translation>Impossible d’écrire {name} : {error}</translation>
    </message>
</context>
<context>
    <name>TrashController</name>
    <message>
        <source>&amp;Deleted leads (Trash)…</source>
        <translation>Leads &amp;supprimés (Corbeille)…</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} restauré.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Deleted leads</source>
        <translation>Leads supprimés</translation>
    </message>
    <message>
        <source>Leads deleted at this show, the latest first. Restore brings a lead back with every visit.</source>
        <translation>Leads supprimés pendant ce salon, les plus récents d’abord. Restaurer ramène un lead avec toutes ses visites.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Nothing was deleted at this show.</source>
        <translation>Rien n’a été supprimé pendant ce salon.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>VisitorClass</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Key opinion leader</source>
        <translation>Leader d’opinion</translation>
    </message>
</context>
<context>
    <name>WaitingBadge</name>
    <message>
        <source>Badge read — details when it loads</source>
        <translation>Badge lu — détails au chargement</translation>
    </message>
    <message>
        <source>Badge {badge_id}</source>
        <translation>Badge {badge_id}</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source> (visit {next_visit})</source>
        <translation> (visite {next_visit})</translation>
    </message>
</context>
</TS>
