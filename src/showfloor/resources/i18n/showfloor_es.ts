<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AfterShowController</name>
    <message>
        <source>&amp;Export leads to CSV…</source>
        <translation>&amp;Exportar leads a CSV…</translation>
    </message>
    <message>
        <source>&amp;Debrief report…</source>
        <translation>&amp;Informe de balance…</translation>
    </message>
    <message>
        <source>Share &amp;our contact (QR)</source>
        <translation>Compartir &amp;nuestro contacto (QR)</translation>
    </message>
    <message>
        <source>Print &amp;test badges…</source>
        <translation>Imprimir acreditaciones de &amp;prueba…</translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation>Guardar el balance</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Página web (*.html)</translation>
    </message>
    <message>
        <source>Writing the debrief to {name}…</source>
        <translation>Escribiendo el balance en {name}…</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Could not write {name}: {error}</source>
        <translation>No se pudo escribir {name}: {error}</translation>
    </message>
    <message>
        <source>Debrief saved: {name}</source>
        <translation>Informe guardado: {name}</translation>
    </message>
    <message>
        <source>No program on this computer opens it; find it in that folder.</source>
        <translation>Ningún programa de este ordenador lo abre; búsquelo en esa carpeta.</translation>
    </message>
    <message>
        <source>Debrief saved to {path}.</source>
        <translation>Informe guardado en {path}.</translation>
    </message>
    <message>
        <source>Share our contact</source>
        <translation>Compartir nuestro contacto</translation>
    </message>
    <message>
        <source>{exc} Set it in File &gt; Settings &gt; Our contact.</source>
        <translation>{exc} Configúrelo en Archivo &gt; Ajustes &gt; Nuestro contacto.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Showfloor cannot open its database</source>
        <translation>Showfloor no puede abrir su base de datos</translation>
    </message>
</context>
<context>
    <name>AttendeeImportController</name>
    <message>
        <source>Recognised: {platform} export ({platform_badge}).</source>
        <translation>Reconocido: exportación de {platform} ({platform_badge}).</translation>
    </message>
    <message>
        <source>Platform not recognised: columns are read by their usual names.</source>
        <translation>Plataforma no reconocida: las columnas se leen por sus nombres habituales.</translation>
    </message>
    <message>
        <source> About {rows} rows, {encoding}.</source>
        <translation> Unas {rows} filas, {encoding}.</translation>
    </message>
    <message>
        <source>kept as extra data</source>
        <translation>guardado como dato adicional</translation>
    </message>
    <message>
        <source>Scanned badges resolve by: </source>
        <translation>Las acreditaciones escaneadas se identifican por: </translation>
    </message>
    <message>
        <source>Scanned badges resolve by: nothing in this file.</source>
        <translation>Las acreditaciones escaneadas se identifican por: nada en este archivo.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Imported {imported}, updated {updated}, rejected {rejected}.</source>
        <translation>Importados: {imported}, actualizados: {updated}, rechazados: {rejected}.</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Fila {row}: {reason}</translation>
    </message>
</context>
<context>
    <name>AttendeeImportDialog</name>
    <message>
        <source>Import attendee list</source>
        <translation>Importar la lista de asistentes</translation>
    </message>
</context>
<context>
    <name>AttendeeImportPanel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Badge id</source>
        <translation>ID de acreditación</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Código de entrada</translation>
    </message>
    <message>
        <source>Load the attendee list the organiser sent (CSV from Eventbrite, pretix, Luma, Cvent, Swapcard...). Badges that hold only a ticket number then show the visitor&apos;s name the moment they are scanned.</source>
        <translation>Cargue la lista de asistentes que envió el organizador (CSV de Eventbrite, pretix, Luma, Cvent, Swapcard...). Las acreditaciones con solo un número de entrada mostrarán el nombre del visitante al escanearlas.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Before importing: how this file will be read</source>
        <translation>Antes de importar: cómo se leerá este archivo</translation>
    </message>
    <message>
        <source>Choose a file to see how it will be read.</source>
        <translation>Elija un archivo para ver cómo se leerá.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Se lee como</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Lista de asistentes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer copia de &amp;seguridad ahora</translation>
    </message>
    <message>
        <source>Backed up {leads} leads</source>
        <translation>{leads} leads guardados en la copia</translation>
    </message>
    <message>
        <source>Backup failed: {message}</source>
        <translation>Error en la copia de seguridad: {message}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
</context>
<context>
    <name>Booth</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>No staff chosen</source>
        <translation>Nadie de turno elegido</translation>
    </message>
    <message>
        <source>Read-only: {read_only}. Leads can be read and exported; nothing can be saved.</source>
        <translation>Solo lectura: {read_only}. Los leads se pueden leer y exportar; no se puede guardar nada.</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Periodo de conservación</translation>
    </message>
    <message>
        <source>{leads} leads were last seen more than {days} days ago, past your retention setting. Delete them now? (Backups keep them until they rotate out.)</source>
        <translation>{leads} leads se vieron por última vez hace más de {days} días, más allá de su periodo de conservación. ¿Eliminarlos ahora? (Las copias de seguridad los guardan hasta que se renuevan.)</translation>
    </message>
</context>
<context>
    <name>CameraController</name>
    <message>
        <source>No camera — typing and the handheld scanner still work</source>
        <translation>Sin cámara — escribir y el escáner de mano siguen funcionando</translation>
    </message>
    <message>
        <source>Camera live</source>
        <translation>Cámara activa</translation>
    </message>
    <message>
        <source>Camera lost — reconnecting; keep typing, nothing is lost</source>
        <translation>Cámara perdida — reconectando; siga escribiendo, no se pierde nada</translation>
    </message>
    <message>
        <source>Reconnecting to the camera…</source>
        <translation>Reconectando con la cámara…</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
    <message>
        <source>Camera stopped</source>
        <translation>Cámara detenida</translation>
    </message>
    <message>
        <source>Recording: {recording}</source>
        <translation>Grabación: {recording}</translation>
    </message>
    <message>
        <source>Camera off. Type visitors or use a handheld scanner.</source>
        <translation>Cámara apagada. Escriba los visitantes o use un escáner de mano.</translation>
    </message>
    <message>
        <source>Starting camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
    <message>
        <source>The camera stopped.

Typing and the handheld scanner still work; pick a camera below to start it again.</source>
        <translation>La cámara se ha detenido.

Escribir y el lector de mano siguen funcionando; elija una cámara abajo para volver a iniciarla.</translation>
    </message>
    <message>
        <source>{first}.

Typing and the handheld scanner still work; pick another camera below.</source>
        <translation>{first}.

Escribir y el escáner de mano siguen funcionando; elija otra cámara abajo.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Starting camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
    <message>
        <source>not a badge</source>
        <translation>no es una acreditación</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source> by {staff}</source>
        <translation> por {staff}</translation>
    </message>
    <message>
        <source> on {device}</source>
        <translation> en {device}</translation>
    </message>
    <message>
        <source>Visit {number} — last seen {when}{by}{on}{cls}</source>
        <translation>Visita {number} — visto por última vez {when}{by}{on}{cls}</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>&amp;Undo last save</source>
        <translation>&amp;Deshacer el último guardado</translation>
    </message>
    <message>
        <source>Type a visitor by hand</source>
        <translation>Escribir un visitante a mano</translation>
    </message>
    <message>
        <source>Earlier visits of this visitor</source>
        <translation>Visitas anteriores de este visitante</translation>
    </message>
    <message>
        <source>Class: {label}</source>
        <translation>Tipo: {label}</translation>
    </message>
    <message>
        <source>Rating: {label}</source>
        <translation>Valoración: {label}</translation>
    </message>
    <message>
        <source>Agrees to be contacted</source>
        <translation>Acepta ser contactado</translation>
    </message>
    <message>
        <source>Save the next waiting badge with its badge only</source>
        <translation>Guardar la siguiente acreditación solo con sus datos</translation>
    </message>
    <message>
        <source>Customer / mentor / KOL (outside text fields)</source>
        <translation>Cliente / mentor / KOL (fuera de los campos de texto)</translation>
    </message>
    <message>
        <source>Hot / warm / cold (outside text fields)</source>
        <translation>Caliente / templado / frío (fuera de los campos de texto)</translation>
    </message>
    <message>
        <source>Save the visitor (Ctrl+Enter inside notes)</source>
        <translation>Guardar el visitante (Ctrl+Intro en las notas)</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Vaciar el formulario</translation>
    </message>
    <message>
        <source>Another badge was scanned. Save this visitor (Enter) or clear the form (Esc); the waiting badges load next, in order.</source>
        <translation>Se escaneó otra acreditación. Guarde este visitante (Intro) o vacíe el formulario (Esc); las acreditaciones en espera se cargan después, en orden.</translation>
    </message>
    <message>
        <source>Unknown badge {arg0}: not on the attendee list. Type the name; the badge stays attached.</source>
        <translation>Acreditación desconocida {arg0}: no está en la lista de asistentes. Escriba el nombre; la acreditación queda asociada.</translation>
    </message>
    <message>
        <source>Badge {badge_id} found on the attendee list</source>
        <translation>Acreditación {badge_id} encontrada en la lista de asistentes</translation>
    </message>
    <message>
        <source>Read from the badge ({fmt})</source>
        <translation>Leído de la acreditación ({fmt})</translation>
    </message>
    <message>
        <source>, consent text v{version}</source>
        <translation>, texto de consentimiento v{version}</translation>
    </message>
    <message>
        <source>Agreed on an earlier visit ({when}{text}); kept as given.</source>
        <translation>Aceptado en una visita anterior ({when}{text}); se mantiene.</translation>
    </message>
    <message>
        <source>Choose the kind of visitor first: 1 customer, 2 mentor, 3 key opinion leader.</source>
        <translation>Elija primero el tipo de visitante: 1 cliente, 2 mentor, 3 líder de opinión.</translation>
    </message>
    <message>
        <source>Not saved: {exc}. The form is kept; try Enter again.</source>
        <translation>No guardado: {exc}. El formulario se conserva; pulse Intro de nuevo.</translation>
    </message>
    <message>
        <source>Saved {name} — visit {visit}. Undo (Ctrl+Z) for {UNDO_SECONDS} s</source>
        <translation>{name} guardado — visita {visit}. Deshacer (Ctrl+Z) durante {UNDO_SECONDS} s</translation>
    </message>
    <message>
        <source>Last save {arg0}</source>
        <translation>Último guardado {arg0}</translation>
    </message>
    <message>
        <source>No badge is waiting.</source>
        <translation>No hay acreditaciones en espera.</translation>
    </message>
    <message>
        <source>Not saved: {exc}. The badge stays in the queue.</source>
        <translation>No guardado: {exc}. La acreditación sigue en la cola.</translation>
    </message>
    <message>
        <source>Saved {display_name} with the badge only, tagged {TO_QUALIFY}: finish them in the Leads view (Ctrl+2, Class: To qualify).</source>
        <translation>{display_name} guardado solo con la acreditación, etiquetado {TO_QUALIFY}: complételo en la vista Leads (Ctrl+2, Tipo: Por calificar).</translation>
    </message>
    <message>
        <source>Undone: the visitor is back in the form.</source>
        <translation>Deshecho: el visitante vuelve a estar en el formulario.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Visit {number}&lt;/b&gt; — {when}, {staff}, {visitor_class}{notes}{answers}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Visita {number}&lt;/b&gt; — {when}, {staff}, {visitor_class}{notes}{answers}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown staff</source>
        <translation>personal desconocido</translation>
    </message>
    <message>
        <source>Earlier visits of {display_name}</source>
        <translation>Visitas anteriores de {display_name}</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>badge</source>
        <translation>acreditación</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>escrito</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Cámara:</translation>
    </message>
    <message>
        <source>Card ({key})</source>
        <translation>Tarjeta ({key})</translation>
    </message>
    <message>
        <source>A business card instead of a badge: hold it still in front of the camera and press {key}</source>
        <translation>Una tarjeta de visita en lugar de una acreditación: sosténgala quieta delante de la cámara y pulse {key}</translation>
    </message>
    <message>
        <source>Read a business card</source>
        <translation>Leer una tarjeta de visita</translation>
    </message>
    <message>
        <source>Card file…</source>
        <translation>Archivo de tarjeta…</translation>
    </message>
    <message>
        <source>Read a business card from a photo ({key})</source>
        <translation>Leer una tarjeta de visita desde una foto ({key})</translation>
    </message>
    <message>
        <source>Hold the badge QR up to the camera, or scan it with the handheld scanner. No badge? Just start typing the name.</source>
        <translation>Acerque el QR de la acreditación a la cámara o escanéelo con el escáner de mano. ¿Sin acreditación? Empiece a escribir el nombre.</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Valoración:</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Press 1, 2 or 3 to choose the kind of visitor.</source>
        <translation>Pulse 1, 2 o 3 para elegir el tipo de visitante.</translation>
    </message>
    <message>
        <source>Notes: what they told you (Ctrl+Enter saves)</source>
        <translation>Notas: lo que le contaron (Ctrl+Intro guarda)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Agrees to be contacted ({CONSENT_KEY})</source>
        <translation>Acepta ser contactado ({CONSENT_KEY})</translation>
    </message>
    <message>
        <source>Keep the picture of their card — they agree ({key})</source>
        <translation>Guardar la foto de su tarjeta — con su permiso ({key})</translation>
    </message>
    <message>
        <source>Earlier visits (F4)</source>
        <translation>Visitas anteriores (F4)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Vaciar (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Guardar (Intro)</translation>
    </message>
    <message>
        <source>Visitor form</source>
        <translation>Formulario del visitante</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
</context>
<context>
    <name>CardController</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Read a business card</source>
        <translation>Leer una tarjeta de visita</translation>
    </message>
    <message>
        <source>Read a business card from an image file…</source>
        <translation>Leer una tarjeta de visita desde un archivo de imagen…</translation>
    </message>
    <message>
        <source>Keep the picture of their card</source>
        <translation>Guardar la foto de su tarjeta</translation>
    </message>
    <message>
        <source>Already reading a card: a moment…</source>
        <translation>Ya se está leyendo una tarjeta: un momento…</translation>
    </message>
    <message>
        <source>No camera picture to read a card from: choose a photo of the card ({key}), or type its details.</source>
        <translation>No hay imagen de cámara de la que leer una tarjeta: elija una foto de la tarjeta ({key}) o escriba sus datos.</translation>
    </message>
    <message>
        <source>Hold the card still in front of the camera…</source>
        <translation>Sostenga la tarjeta quieta delante de la cámara…</translation>
    </message>
    <message>
        <source>A photo or scan of the business card</source>
        <translation>Una foto o un escaneo de la tarjeta de visita</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}.</source>
        <translation>No se pudo leer {name}: {reason}.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Leyendo la tarjeta…</translation>
    </message>
    <message>
        <source>That card was read after its visitor&apos;s form was saved or cleared, so it was not used; press {key} to read it for this visitor.</source>
        <translation>Esa tarjeta se leyó después de guardar o vaciar el formulario de su visitante, así que no se usó; pulse {key} para leerla para este visitante.</translation>
    </message>
    <message>
        <source>No text could be read on the card: hold it flat, closer and still, and press {key} again — or type its details.</source>
        <translation>No se pudo leer ningún texto en la tarjeta: sosténgala plana, más cerca y quieta, y pulse {key} de nuevo — o escriba sus datos.</translation>
    </message>
    <message>
        <source>Every field was already filled, so nothing changed.</source>
        <translation>Todos los campos ya estaban rellenados, así que no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Card read: check the fields marked “{card}”, correct them, choose the class and save.</source>
        <translation>Tarjeta leída: compruebe los campos marcados «{card}», corríjalos, elija el tipo y guarde.</translation>
    </message>
    <message>
        <source>The card could not be read: {message}</source>
        <translation>No se pudo leer la tarjeta: {message}</translation>
    </message>
</context>
<context>
    <name>CombineEventsDialog</name>
    <message>
        <source>Combine events</source>
        <translation>Combinar eventos</translation>
    </message>
    <message>
        <source>Two events that are one show (set up separately on two laptops, or twice here) become one: the same visitor in both becomes one lead with every visit.</source>
        <translation>Dos eventos que son una misma feria (creados por separado en dos portátiles, o dos veces aquí) pasan a ser uno: el mismo visitante en ambos se convierte en un lead con todas sus visitas.</translation>
    </message>
    <message>
        <source>&amp;Join this event</source>
        <translation>&amp;Unir este evento</translation>
    </message>
    <message>
        <source>&amp;into this one</source>
        <translation>&amp;en este</translation>
    </message>
    <message>
        <source>&amp;Combine</source>
        <translation>&amp;Combinar</translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Actualizado a las {time}</translation>
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
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Volvieron</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Caliente</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
</context>
<context>
    <name>Debrief</name>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>(no staff recorded)</source>
        <translation>(sin personal registrado)</translation>
    </message>
    <message>
        <source>Every visit counts, returning visitors included.</source>
        <translation>Cuenta cada visita, también las de quienes volvieron.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Visits per hour ({zone})</source>
        <translation>Visitas por hora ({zone})</translation>
    </message>
    <message>
        <source>Leads per class</source>
        <translation>Leads por tipo</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>Leads per rating</source>
        <translation>Leads por valoración</translation>
    </message>
    <message>
        <source>Visits per staff member</source>
        <translation>Visitas por miembro del equipo</translation>
    </message>
    <message>
        <source>met at the show: </source>
        <translation>visto en la feria: </translation>
    </message>
    <message>
        <source>to contact</source>
        <translation>por contactar</translation>
    </message>
    <message>
        <source>Badge {badge_id}</source>
        <translation>Acreditación {badge_id}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>The show in numbers</source>
        <translation>La feria en cifras</translation>
    </message>
    <message>
        <source>What mentors told us</source>
        <translation>Lo que nos dijeron los mentores</translation>
    </message>
    <message>
        <source>Customers&apos; pains</source>
        <translation>Problemas de los clientes</translation>
    </message>
    <message>
        <source>Features customers miss</source>
        <translation>Funciones que echan en falta los clientes</translation>
    </message>
    <message>
        <source>Early adopters and those who need references</source>
        <translation>Pioneros y quienes necesitan referencias</translation>
    </message>
    <message>
        <source>Key opinion leaders</source>
        <translation>Líderes de opinión</translation>
    </message>
    <message>
        <source>Referrals and partners</source>
        <translation>Recomendaciones y socios</translation>
    </message>
    <message>
        <source>Notes from the booth</source>
        <translation>Notas del stand</translation>
    </message>
    <message>
        <source>Follow-up list</source>
        <translation>Lista de seguimiento</translation>
    </message>
    <message>
        <source>Debrief — {event_name}</source>
        <translation>Balance — {event_name}</translation>
    </message>
    <message>
        <source>No customer named a pain.</source>
        <translation>Ningún cliente mencionó un problema.</translation>
    </message>
    <message>
        <source>No customer named a missing feature.</source>
        <translation>Ningún cliente mencionó una función que falte.</translation>
    </message>
    <message>
        <source>Made with Showfloor on {when} UTC.</source>
        <translation>Creado con Showfloor el {when} UTC.</translation>
    </message>
    <message>
        <source>Showfloor debrief</source>
        <translation>Balance de Showfloor</translation>
    </message>
    <message>
        <source>people met</source>
        <translation>personas atendidas</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversaciones</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>volvieron</translation>
    </message>
    <message>
        <source>rated hot</source>
        <translation>valorados calientes</translation>
    </message>
    <message>
        <source>agreed to contact</source>
        <translation>aceptaron el contacto</translation>
    </message>
    <message>
        <source>Reservations of the market</source>
        <translation>Reservas del mercado</translation>
    </message>
    <message>
        <source>No mentor named a reservation.</source>
        <translation>Ningún mentor mencionó una reserva.</translation>
    </message>
    <message>
        <source>Barriers to entry</source>
        <translation>Barreras de entrada</translation>
    </message>
    <message>
        <source>No mentor named a barrier.</source>
        <translation>Ningún mentor mencionó una barrera.</translation>
    </message>
    <message>
        <source>Missing from our pitch or product</source>
        <translation>Lo que falta en nuestro pitch o producto</translation>
    </message>
    <message>
        <source>No mentor named a gap.</source>
        <translation>Ningún mentor mencionó una carencia.</translation>
    </message>
    <message>
        <source>, heard by {staff}</source>
        <translation>, escuchado por {staff}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <source>… other wordings: {count}</source>
        <translation>… otras formulaciones: {count}</translation>
    </message>
    <message>
        <source>People who made this point: {count}</source>
        <translation>Personas que lo mencionaron: {count}</translation>
    </message>
    <message>
        <source>Grouped because they say: {words}</source>
        <translation>Agrupados porque dicen: {words}</translation>
    </message>
    <message>
        <source>The {limit} points made most of {count} are listed here; the web page version of this debrief lists them all.</source>
        <translation>Aquí figuran los {limit} puntos más repetidos de {count}; la versión web de este balance los recoge todos.</translation>
    </message>
    <message>
        <source>The first {limit} of {count} are listed here. The web page version of this debrief and the CSV export hold them all.</source>
        <translation>Aquí figuran los primeros {limit} de {count}. La versión web de este balance y la exportación CSV los incluyen todos.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decisor</translation>
    </message>
    <message>
        <source>Already buys from</source>
        <translation>Ya compra a</translation>
    </message>
    <message>
        <source>Happy to be first ({count})</source>
        <translation>Dispuestos a ser los primeros ({count})</translation>
    </message>
    <message>
        <source>No customer said they would go first.</source>
        <translation>Ningún cliente dijo que sería el primero.</translation>
    </message>
    <message>
        <source>Will ask who else uses it ({count})</source>
        <translation>Preguntarán quién más lo usa ({count})</translation>
    </message>
    <message>
        <source>No customer asked for references.</source>
        <translation>Ningún cliente pidió referencias.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Channels and audience</source>
        <translation>Canales y audiencia</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>What they thought</source>
        <translation>Su opinión</translation>
    </message>
    <message>
        <source>Plan to delight</source>
        <translation>Plan para conquistarlos</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>No key opinion leader visited.</source>
        <translation>No vino ningún líder de opinión.</translation>
    </message>
    <message>
        <source>referral (mentor)</source>
        <translation>recomendación (mentor)</translation>
    </message>
    <message>
        <source>already buys from (customer)</source>
        <translation>ya compra a (cliente)</translation>
    </message>
    <message>
        <source>How they came up</source>
        <translation>Cómo surgieron</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Mencionado por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Referrals mentors offered, and the suppliers customers already buy from: competitors and neighbours can send prospects our way.</source>
        <translation>Recomendaciones de los mentores y proveedores a los que los clientes ya compran: competidores y vecinos pueden enviarnos clientes potenciales.</translation>
    </message>
    <message>
        <source>No visitor named a referral or a supplier.</source>
        <translation>Ningún visitante mencionó una recomendación ni un proveedor.</translation>
    </message>
    <message>
        <source>Who mentors say the right customer is</source>
        <translation>Quién es el cliente adecuado según los mentores</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>no consent: do not contact</source>
        <translation>sin consentimiento: no contactar</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>vence el {date}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Hot first, then warm, cold and unrated; within a rating, the earliest due next step first.</source>
        <translation>Primero los calientes, luego templados, fríos y sin valorar; dentro de cada valoración, el próximo paso más cercano primero.</translation>
    </message>
    <message>
        <source>No leads yet.</source>
        <translation>Aún no hay leads.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Heard by</source>
        <translation>Escuchado por</translation>
    </message>
    <message>
        <source>Every note typed at the booth, hot leads first.</source>
        <translation>Cada nota escrita en el stand, primero los leads calientes.</translation>
    </message>
    <message>
        <source>No notes were typed.</source>
        <translation>No se escribió ninguna nota.</translation>
    </message>
</context>
<context>
    <name>DuplicateHintController</name>
    <message numerus="yes">
        <source>Met before? {who}, %Ln visit(s) ({reason}). Saving adds a new lead; combine them in Leads if they are one.</source>
        <translation>
            <numerusform>¿Ya lo conoce? {who}, %Ln visita ({reason}). Guardar crea un lead nuevo; combínelos en Leads si son la misma persona.</numerusform>
            <numerusform>¿Ya lo conoce? {who}, %Ln visitas ({reason}). Guardar crea un lead nuevo; combínelos en Leads si son la misma persona.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventTeamController</name>
    <message>
        <source>Showfloor team setup (*.sfsetup);;All files (*)</source>
        <translation>Configuración de equipo de Showfloor (*.sfsetup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>S&amp;hare with the team…</source>
        <translation>Compartir con el &amp;equipo…</translation>
    </message>
    <message>
        <source>&amp;Combine events…</source>
        <translation>&amp;Combinar eventos…</translation>
    </message>
    <message>
        <source>Share the event with the team</source>
        <translation>Compartir el evento con el equipo</translation>
    </message>
    <message>
        <source>Share with the team</source>
        <translation>Compartir con el equipo</translation>
    </message>
    <message>
        <source>Wrote {name}: &apos;{event}&apos;, {staff} staff, {attendees} attendees. On each laptop, choose &quot;Join the team&apos;s event&quot; when Showfloor first starts (or run: showfloor event join FILE).</source>
        <translation>Escrito {name}: &apos;{event}&apos;, {staff} miembros, {attendees} asistentes. En cada portátil, elija &quot;Unirse al evento del equipo&quot; al iniciar Showfloor por primera vez (o ejecute: showfloor event join FILE).</translation>
    </message>
    <message>
        <source>{name} ({leads} leads)</source>
        <translation>{name} ({leads} leads)</translation>
    </message>
    <message>
        <source>Combined &apos;{source}&apos; into &apos;{target}&apos;: {merged_duplicates} visitor(s) met in both are one lead now. To undo, close Showfloor and run: showfloor backup restore {backup_id}</source>
        <translation>&apos;{source}&apos; combinado en &apos;{target}&apos;: {merged_duplicates} visitante(s) vistos en ambos son ahora un solo lead. Para deshacerlo, cierre Showfloor y ejecute: showfloor backup restore {backup_id}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija el archivo de exportación.</translation>
    </message>
    <message>
        <source>{arg0}. A CRM file holds only people who agreed to be contacted; export them anyway, marked opted out (they get no marketing email)?</source>
        <translation>{arg0}. Un archivo de CRM solo incluye a quienes aceptaron ser contactados; ¿exportarlos igualmente, marcados como dados de baja (sin correos de marketing)?</translation>
    </message>
    <message>
        <source>Exported {rows} {noun} to {path}.</source>
        <translation>{rows} {noun} exportados a {path}.</translation>
    </message>
    <message>
        <source> Left out {skipped_unconsented} who did not agree to be contacted.</source>
        <translation> Se omitieron {skipped_unconsented} que no aceptaron ser contactados.</translation>
    </message>
    <message>
        <source> {opted_out} without consent are marked opted out.</source>
        <translation> {opted_out} sin consentimiento quedan marcados como dados de baja.</translation>
    </message>
    <message>
        <source> {without_owner} have no owner: give their staff member an email in Staff &gt; Staff and emails.</source>
        <translation> {without_owner} no tienen responsable: asigne un correo a su miembro del equipo en Equipo &gt; Equipo y correos.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Off (for spreadsheets): a value starting with =, +, - or @ gets a leading &apos; so that Excel cannot run it as a formula; phone numbers such as +49… get one too. On (for CRM importers): every value is written exactly as stored.</source>
        <translation>Desactivado (hojas de cálculo): un valor que empieza por =, +, - o @ recibe un &apos; delante para que Excel no lo ejecute como fórmula; también teléfonos como +49…. Activado (importación CRM): cada valor se escribe tal como está guardado.</translation>
    </message>
    <message>
        <source>Excel on Windows needs this to show accents (é, ü, ø) correctly; others ignore it.</source>
        <translation>Excel en Windows lo necesita para mostrar los acentos (é, ü, ø); los demás lo ignoran.</translation>
    </message>
    <message>
        <source>Export leads — {event_name}</source>
        <translation>Exportar leads — {event_name}</translation>
    </message>
    <message>
        <source>Every class</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Cualquier valoración</translation>
    </message>
    <message>
        <source>Anyone on the team</source>
        <translation>Cualquiera del equipo</translation>
    </message>
    <message>
        <source>Only people who agreed to be contacted</source>
        <translation>Solo quienes aceptaron ser contactados</translation>
    </message>
    <message>
        <source>Which leads</source>
        <translation>Qué leads</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>Atendido por</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): every cell text</source>
        <translation>Libro de Excel (.xlsx): cada celda como texto</translation>
    </message>
    <message>
        <source>Trade Show</source>
        <translation>Trade Show</translation>
    </message>
    <message>
        <source>The CRM&apos;s Lead Source value for every lead; the event has its own column.</source>
        <translation>El valor Lead Source del CRM para cada lead; el evento tiene su propia columna.</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Origen del lead</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Keep values exactly (for CRM importers)</source>
        <translation>Mantener los valores exactos (importación CRM)</translation>
    </message>
    <message>
        <source>Mark the file as UTF-8 for Excel</source>
        <translation>Marcar el archivo como UTF-8 para Excel</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Export leads to</source>
        <translation>Exportar leads a</translation>
    </message>
    <message>
        <source>Export the {consented} with consent</source>
        <translation>Exportar los {consented} con consentimiento</translation>
    </message>
    <message>
        <source>Export all {everyone}, marked opted out</source>
        <translation>Exportar los {everyone}, marcados como baja</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exporting… {done} of {total} leads</source>
        <translation>Exportando… {done} de {total} leads</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Showfloor</source>
        <translation>Bienvenido a Showfloor</translation>
    </message>
    <message>
        <source>The organiser&apos;s attendee list (optional)</source>
        <translation>Lista de asistentes del organizador (opcional)</translation>
    </message>
    <message>
        <source>Which show is this?</source>
        <translation>¿Qué feria es?</translation>
    </message>
    <message>
        <source>e.g. Expo 2026</source>
        <translation>p. ej. Expo 2026</translation>
    </message>
    <message>
        <source>&amp;New event: this laptop sets the show up</source>
        <translation>&amp;Nuevo evento: este portátil configura la feria</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>&amp;Join the team&apos;s event: open the setup file</source>
        <translation>&amp;Unirse al evento del equipo: abrir el archivo de configuración</translation>
    </message>
    <message>
        <source>the file from Event &gt; Share with the team</source>
        <translation>el archivo de Evento &gt; Compartir con el equipo</translation>
    </message>
    <message>
        <source>Team setup file</source>
        <translation>Archivo de configuración del equipo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Joining keeps every laptop on one event, with the same staff, attendee list and consent text: merging after the show then asks nothing.</source>
        <translation>Unirse mantiene todos los portátiles en un mismo evento, con el mismo equipo, lista de asistentes y texto de consentimiento: al combinar tras la feria no se pregunta nada.</translation>
    </message>
    <message>
        <source>The team&apos;s setup file</source>
        <translation>Archivo de configuración del equipo</translation>
    </message>
    <message>
        <source>Who is at the booth?</source>
        <translation>¿Quién está en el stand?</translation>
    </message>
    <message>
        <source>Your name, as colleagues know you</source>
        <translation>Su nombre, como lo conocen sus colegas</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>One name a line (optional)</source>
        <translation>Un nombre por línea (opcional)</translation>
    </message>
    <message>
        <source>Colleagues at the booth</source>
        <translation>Compañeros en el stand</translation>
    </message>
    <message>
        <source>Each lead records who met the visitor. Switch later with Ctrl+Shift+S.</source>
        <translation>Cada lead registra quién atendió al visitante. Cámbielo luego con Ctrl+Mayús+S.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>No camera (handheld scanner or typing only)</source>
        <translation>Sin cámara (solo escáner de mano o escribir)</translation>
    </message>
    <message>
        <source>Badge camera</source>
        <translation>Cámara de acreditaciones</translation>
    </message>
    <message>
        <source>Choose a camera to see its picture here.</source>
        <translation>Elija una cámara para ver aquí su imagen.</translation>
    </message>
    <message>
        <source>Hold a badge up: a green frame means it was read. A handheld USB scanner works with no setting at all.</source>
        <translation>Muestre una acreditación: un marco verde indica que se leyó. Un escáner de mano USB funciona sin ningún ajuste.</translation>
    </message>
    <message>
        <source>Join the team&apos;s event</source>
        <translation>Unirse al evento del equipo</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>No existe el archivo {path}.</translation>
    </message>
</context>
<context>
    <name>FollowUpTemplates</name>
    <message>
        <source>Follow-up emails</source>
        <translation>Correos de seguimiento</translation>
    </message>
</context>
<context>
    <name>FollowUpTemplatesTab</name>
    <message>
        <source>The email each Follow-ups row drafts, per kind of visitor. You can use </source>
        <translation>El correo que redacta cada fila de seguimiento, según el tipo de visitante. Puede usar </translation>
    </message>
    <message>
        <source>{label}: subject</source>
        <translation>{label}: asunto</translation>
    </message>
    <message>
        <source>{label}: body</source>
        <translation>{label}: cuerpo</translation>
    </message>
    <message>
        <source>body</source>
        <translation>cuerpo</translation>
    </message>
</context>
<context>
    <name>FollowUpsController</name>
    <message>
        <source>✓ done</source>
        <translation>✓ hecho</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Draft the follow-up email</source>
        <translation>Redactar el correo de seguimiento</translation>
    </message>
    <message>
        <source>Follow-ups: done / not done</source>
        <translation>Seguimiento: hecho / pendiente</translation>
    </message>
    <message>
        <source>{count} to follow up · {done} done</source>
        <translation>{count} por seguir · {done} hechos</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>  (no consent: do not contact)</source>
        <translation>  (sin consentimiento: no contactar)</translation>
    </message>
    <message>
        <source>{name}: done.</source>
        <translation>{name}: hecho.</translation>
    </message>
    <message>
        <source>{name}: not done yet.</source>
        <translation>{name}: aún pendiente.</translation>
    </message>
    <message>
        <source>No mail program answered; save the draft as an .eml file instead.</source>
        <translation>Ningún programa de correo respondió; guarde el borrador como archivo .eml.</translation>
    </message>
    <message>
        <source>Drafted an email to {to} in your mail program.</source>
        <translation>Correo a {to} redactado en su programa de correo.</translation>
    </message>
    <message>
        <source>follow-up {name}</source>
        <translation>seguimiento {name}</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>Cannot save {name}: {exc}</source>
        <translation>No se puede guardar {name}: {exc}</translation>
    </message>
    <message>
        <source>Saved the draft to {path}.</source>
        <translation>Borrador guardado en {path}.</translation>
    </message>
    <message>
        <source>Choose a lead first.</source>
        <translation>Elija primero un lead.</translation>
    </message>
    <message>
        <source>{name} did not agree to be contacted: no email.</source>
        <translation>{name} no aceptó ser contactado: sin correo.</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Guardar el borrador</translation>
    </message>
    <message>
        <source>Email draft (*.eml)</source>
        <translation>Borrador de correo (*.eml)</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation>Mostrar &amp;hechos</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Draft &amp;email</source>
        <translation>Redactar &amp;correo</translation>
    </message>
    <message>
        <source>Opens the drafted email in your mail program (Ctrl+D)</source>
        <translation>Abre el correo redactado en su programa de correo (Ctrl+D)</translation>
    </message>
    <message>
        <source>Save as .e&amp;ml…</source>
        <translation>Guardar como .e&amp;ml…</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marcar como hecho</translation>
    </message>
    <message>
        <source>Done, or not done again (Space)</source>
        <translation>Hecho, o pendiente de nuevo (Espacio)</translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation>&amp;Abrir lead</translation>
    </message>
    <message>
        <source>Space: done / not done   ·   Ctrl+D: draft email   ·   Enter: open lead</source>
        <translation>Espacio: hecho / pendiente   ·   Ctrl+D: redactar correo   ·   Intro: abrir lead</translation>
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
        <translation>Aún sin clasificar</translation>
    </message>
    <message>
        <source>Visit {number}</source>
        <translation>Visita {number}</translation>
    </message>
    <message>
        <source>with {staff}</source>
        <translation>con {staff}</translation>
    </message>
    <message>
        <source>Lead — {display_name}</source>
        <translation>Lead — {display_name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visita</numerusform>
            <numerusform>%Ln visitas</numerusform>
        </translation>
    </message>
    <message>
        <source> · badge {badge_id}</source>
        <translation> · acreditación {badge_id}</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>pilot, speaker, …</source>
        <translation>piloto, ponente, …</translation>
    </message>
    <message>
        <source>Agreed to be contacted</source>
        <translation>Aceptó ser contactado</translation>
    </message>
    <message>
        <source>Cl&amp;ass</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Valoración</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Tags: separate with commas.</source>
        <translation>Etiquetas: separadas por comas.</translation>
    </message>
    <message>
        <source>Nothing noted.</source>
        <translation>Nada anotado.</translation>
    </message>
    <message>
        <source>Their business card, kept with their agreement</source>
        <translation>Su tarjeta de visita, guardada con su permiso</translation>
    </message>
    <message>
        <source>Visits, newest first</source>
        <translation>Visitas, la más reciente primero</translation>
    </message>
    <message>
        <source>To qualify: saved from the queue with the badge only, so nobody chose the class yet ({guess} was a guess). Choose it under Class, fill in what you know, and Save; the lead then leaves the To qualify list.</source>
        <translation>Por calificar: guardado desde la cola solo con la acreditación, así que nadie eligió aún el tipo ({guess} era una suposición). Elíjalo en Tipo, complete lo que sepa y guarde; el lead sale entonces de la lista Por calificar.</translation>
    </message>
    <message>
        <source>Correct a visit&apos;s answers</source>
        <translation>Corregir las respuestas de una visita</translation>
    </message>
    <message>
        <source>Notes of this visit</source>
        <translation>Notas de esta visita</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>V&amp;isita</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Follow-up after the show</source>
        <translation>Seguimiento tras la feria</translation>
    </message>
    <message>
        <source>Follow-up owner</source>
        <translation>Responsable del seguimiento</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Empty owner: whoever met them. Next step and due date are answers.</source>
        <translation>Vacío: quien lo atendió. El próximo paso y la fecha son respuestas.</translation>
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
        <translation>Visita {number} — {when}{with_staff} ({cls})</translation>
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
        <translation>&amp;Buscar un lead…</translation>
    </message>
    <message>
        <source>Leads: clear the search</source>
        <translation>Leads: borrar la búsqueda</translation>
    </message>
    <message>
        <source>Enter / double-click</source>
        <translation>Intro / doble clic</translation>
    </message>
    <message>
        <source>Leads: open the lead to edit it</source>
        <translation>Leads: abrir el lead para editarlo</translation>
    </message>
    <message>
        <source>Leads: delete the selected leads</source>
        <translation>Leads: eliminar los leads seleccionados</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation>Todas las valoraciones</translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation>Aún no hay leads</translation>
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
            <numerusform> · %Ln por calificar (Tipo: {to_qualify})</numerusform>
            <numerusform> · %Ln por calificar (Tipo: {to_qualify})</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}{more} of {total} match</source>
        <translation>{count}{more} de {total} coinciden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visita</numerusform>
            <numerusform>%Ln visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} leads are selected; delete at most {most} at once.</source>
        <translation>Hay {count} leads seleccionados; elimine como máximo {most} a la vez.</translation>
    </message>
    <message>
        <source>Saved {display_name}.</source>
        <translation>{display_name} guardado.</translation>
    </message>
    <message>
        <source>Leads: undo the delete (for 10 s; later: Event &gt; Trash)</source>
        <translation>Leads: deshacer el borrado (durante 10 s; después: Evento &gt; Papelera)</translation>
    </message>
    <message>
        <source>Possible duplicate: {who}, {visits} ({reason}).</source>
        <translation>Posible duplicado: {who}, {visits} ({reason}).</translation>
    </message>
    <message>
        <source>this lead</source>
        <translation>este lead</translation>
    </message>
    <message>
        <source>Combined into {display_name}: {visits} visits. Undo: backup restore {backup_id}.</source>
        <translation>Combinado en {display_name}: {visits} visitas. Deshacer: backup restore {backup_id}.</translation>
    </message>
    <message>
        <source>Combine these two leads</source>
        <translation>Combinar estos dos leads</translation>
    </message>
    <message>
        <source>Combine {name} and {who} into one lead? Every visit of both is kept; for each field the newest value stays. A backup is made first.</source>
        <translation>¿Combinar {name} y {who} en un solo lead? Se conservan todas las visitas de ambos; en cada campo queda el valor más reciente. Antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>Deleted {what} — Undo (Ctrl+Z)</source>
        <translation>{what} eliminado — Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Later: Event &gt; Deleted leads (Trash)</source>
        <translation>Después: Evento &gt; Leads borrados (Papelera)</translation>
    </message>
    <message>
        <source>Restored {what}.</source>
        <translation>{what} restaurado.</translation>
    </message>
</context>
<context>
    <name>LeadsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Hoy {time}</translation>
    </message>
    <message>
        <source>To qualify</source>
        <translation>Por calificar</translation>
    </message>
    <message>
        <source>Saved from the queue with the badge only; nobody chose the class yet ({guess} is a guess). Open the lead (Enter) to choose it.</source>
        <translation>Guardado desde la cola solo con la acreditación; nadie eligió aún el tipo ({guess} es una suposición). Abra el lead (Intro) para elegirlo.</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>Search leads</source>
        <translation>Buscar leads</translation>
    </message>
    <message>
        <source>Search names, companies, emails, notes…   (Ctrl+F)</source>
        <translation>Buscar nombres, empresas, correos, notas…   (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Valoración</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Enter or double-click: open   ·   Delete: delete   ·   Esc: clear</source>
        <translation>Intro o doble clic: abrir   ·   Supr: eliminar   ·   Esc: borrar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Com&amp;bine these two leads…</source>
        <translation>Com&amp;binar estos dos leads…</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Todos los días</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock the window</source>
        <translation>&amp;Bloquear la ventana</translation>
    </message>
    <message>
        <source>Choose who is on duty (Staff menu) before locking: the lock opens with their PIN.</source>
        <translation>Elija quién está de turno (menú Equipo) antes de bloquear: se desbloquea con su PIN.</translation>
    </message>
    <message>
        <source>The data folder is read-only: no PIN can be set, so the window cannot lock.</source>
        <translation>La carpeta de datos es de solo lectura: no se puede fijar un PIN, así que la ventana no se puede bloquear.</translation>
    </message>
    <message>
        <source>Choose a PIN, {name}</source>
        <translation>Elija un PIN, {name}</translation>
    </message>
    <message>
        <source>{MIN_DIGITS} to {MAX_DIGITS} digits; 6 or more is much harder to guess. Esc cancels.</source>
        <translation>De {MIN_DIGITS} a {MAX_DIGITS} dígitos; con 6 o más es mucho más difícil de adivinar. Esc cancela.</translation>
    </message>
    <message>
        <source>Set PIN and lock</source>
        <translation>Fijar PIN y bloquear</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>{name} is on duty. Enter {name}&apos;s PIN to unlock.</source>
        <translation>{name} está de turno. Escriba el PIN de {name} para desbloquear.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>The two PINs differ; type them again.</source>
        <translation>Los dos PIN no coinciden; escríbalos de nuevo.</translation>
    </message>
    <message>
        <source>PIN set. The window is locked.</source>
        <translation>PIN establecido. La ventana está bloqueada.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN incorrecto. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Wrong PIN. Wait {arg0} before the next try.</source>
        <translation>PIN incorrecto. Espere {arg0} antes del próximo intento.</translation>
    </message>
    <message>
        <source>Set a PIN (Ctrl+L) so the window locks itself when nobody is at the booth.</source>
        <translation>Fije un PIN (Ctrl+L) para que la ventana se bloquee cuando no haya nadie en el stand.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Repeat the PIN</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>Vistas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Evento</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&lt;b&gt;Team passphrase for bundle files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Frase de contraseña del equipo para los archivos de paquete&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Frase de contraseña del equipo</translation>
    </message>
    <message>
        <source>Team passphrase, once more</source>
        <translation>Frase de contraseña del equipo, otra vez</translation>
    </message>
    <message>
        <source>the same once more</source>
        <translation>la misma otra vez</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Write this event&apos;s bundles unsealed again (on Save)</source>
        <translation>Volver a escribir sin sellar los paquetes de este evento (al guardar)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>kept — type to change</source>
        <translation>guardada — escriba para cambiarla</translation>
    </message>
    <message>
        <source>none — bundles are written unsealed</source>
        <translation>ninguna — los paquetes se escriben sin sellar</translation>
    </message>
    <message>
        <source>Create or choose an event first: the passphrase is per event.</source>
        <translation>Primero cree o elija un evento: la frase de contraseña es de cada evento.</translation>
    </message>
    <message>
        <source>On Save, bundles of &apos;{event}&apos; are written unsealed again. {used_for}</source>
        <translation>Al guardar, los paquetes de «{event}» vuelven a escribirse sin sellar. {used_for}</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Cannot write the PDF {path}; choose another folder.</source>
        <translation>No se puede escribir el PDF {path}; elija otra carpeta.</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>página {page} de {pages}</translation>
    </message>
    <message>
        <source>Debrief — {event_name}</source>
        <translation>Balance — {event_name}</translation>
    </message>
    <message>
        <source>Showfloor test badges</source>
        <translation>Acreditaciones de prueba de Showfloor</translation>
    </message>
    <message>
        <source>Showfloor: test badges</source>
        <translation>Showfloor: acreditaciones de prueba</translation>
    </message>
    <message>
        <source>Hold each code up to the scanner before doors open. Every code should fill the form, except the one marked “must be refused”, which the scanner must reject.</source>
        <translation>Pase cada código por el escáner antes de abrir. Cada código debe rellenar el formulario, salvo el marcado «debe rechazarse», que el escáner debe rechazar.</translation>
    </message>
    <message>
        <source>  (page {arg0} of {pages})</source>
        <translation>  (página {arg0} de {pages})</translation>
    </message>
    <message>
        <source>expected: refused</source>
        <translation>esperado: rechazado</translation>
    </message>
    <message>
        <source>expected format: {format}</source>
        <translation>formato esperado: {format}</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Name on badge</source>
        <translation>Nombre en la acreditación</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>existing</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>prospect</source>
        <translation>potencial</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>first</source>
        <translation>el primero</translation>
    </message>
    <message>
        <source>needs_references</source>
        <translation>necesita_referencias</translation>
    </message>
    <message>
        <source>Existing or prospect</source>
        <translation>Cliente actual o potencial</translation>
    </message>
    <message>
        <source>Pain 1</source>
        <translation>Problema 1</translation>
    </message>
    <message>
        <source>their words: what hurts most</source>
        <translation>en sus palabras: lo que más les duele</translation>
    </message>
    <message>
        <source>Pain 2</source>
        <translation>Problema 2</translation>
    </message>
    <message>
        <source>Pain 3</source>
        <translation>Problema 3</translation>
    </message>
    <message>
        <source>Already buys from</source>
        <translation>Ya compra a</translation>
    </message>
    <message>
        <source>who they buy similar products from</source>
        <translation>a quién compran productos similares</translation>
    </message>
    <message>
        <source>Buying timeline</source>
        <translation>Plazo de compra</translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation>Qué lo impide</translation>
    </message>
    <message>
        <source>approval, no time, boss...</source>
        <translation>aprobación, falta de tiempo, jefe...</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decisor</translation>
    </message>
    <message>
        <source>Early adopter</source>
        <translation>Pionero</translation>
    </message>
    <message>
        <source>Critical thing we lack</source>
        <translation>Lo esencial que nos falta</translation>
    </message>
    <message>
        <source>becomes a feature request</source>
        <translation>se convierte en petición de función</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>demo, quote, call, send material</source>
        <translation>demo, presupuesto, llamada, enviar material</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Fecha del próximo paso</translation>
    </message>
    <message>
        <source>Reservations of the market</source>
        <translation>Reservas del mercado</translation>
    </message>
    <message>
        <source>Barriers to entry</source>
        <translation>Barreras de entrada</translation>
    </message>
    <message>
        <source>Missing from pitch or product</source>
        <translation>Falta en el pitch o el producto</translation>
    </message>
    <message>
        <source>Who the right customer is</source>
        <translation>Quién es el cliente adecuado</translation>
    </message>
    <message>
        <source>Could refer us to</source>
        <translation>Podría recomendarnos a</translation>
    </message>
    <message>
        <source>competitors and neighbours count</source>
        <translation>cuentan competidores y vecinos</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>where they speak, write, publish</source>
        <translation>dónde hablan, escriben, publican</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>Tamaño de la audiencia</translation>
    </message>
    <message>
        <source>roughly</source>
        <translation>aproximado</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>What they thought of the product</source>
        <translation>Qué opinan del producto</translation>
    </message>
    <message>
        <source>Plan to delight</source>
        <translation>Plan para conquistarlos</translation>
    </message>
    <message>
        <source>trial, early access, introduction</source>
        <translation>prueba, acceso anticipado, presentación</translation>
    </message>
    <message>
        <source>Owner of the plan</source>
        <translation>Responsable del plan</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Hot</source>
        <translation>Caliente</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Templado</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>the database kept aside</source>
        <translation>la base de datos apartada</translation>
    </message>
    <message>
        <source>the newest backup</source>
        <translation>la copia más reciente</translation>
    </message>
    <message>
        <source>The empty file is replaced.</source>
        <translation>El archivo vacío se sustituye.</translation>
    </message>
    <message>
        <source>The damaged file is kept aside, not deleted.</source>
        <translation>El archivo dañado se aparta, no se elimina.</translation>
    </message>
    <message>
        <source>Showfloor cannot open its database</source>
        <translation>Showfloor no puede abrir su base de datos</translation>
    </message>
    <message>
        <source>Restore {what}, from {when} ({leads} leads)? {kept}</source>
        <translation>¿Restaurar {what}, de {when} ({leads} leads)? {kept}</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>No se pudo restaurar la copia</translation>
    </message>
</context>
<context>
    <name>RescueController</name>
    <message>
        <source>Save the leads to another folder</source>
        <translation>Guardar los leads en otra carpeta</translation>
    </message>
    <message>
        <source>Save to another &amp;folder…</source>
        <translation>Guardar en otra &amp;carpeta…</translation>
    </message>
    <message>
        <source>The data folder is gone</source>
        <translation>La carpeta de datos ya no está</translation>
    </message>
    <message>
        <source>Showfloor&apos;s data folder {data_dir} is gone.</source>
        <translation>La carpeta de datos de Showfloor, {data_dir}, ya no está.</translation>
    </message>
    <message>
        <source>Every lead saved so far is still here. Save them, and this visitor, to another folder (a USB stick, the backup folder) and keep capturing there?</source>
        <translation>Todos los leads guardados hasta ahora siguen aquí. ¿Guardarlos, junto con este visitante, en otra carpeta (una memoria USB, la carpeta de copias) y seguir capturando allí?</translation>
    </message>
    <message>
        <source>Save to another folder…</source>
        <translation>Guardar en otra carpeta…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Now saving to {parent}. Start Showfloor with --data-dir there next time.</source>
        <translation>Ahora se guarda en {parent}. La próxima vez inicie Showfloor con --data-dir en esa carpeta.</translation>
    </message>
</context>
<context>
    <name>ScanQueuePanel</name>
    <message>
        <source>Save the next with its badge only ({SAVE_BADGE_ONLY_KEY})</source>
        <translation>Guardar el siguiente solo con la acreditación ({SAVE_BADGE_ONLY_KEY})</translation>
    </message>
    <message>
        <source>{arg0} waiting — they load one by one as you save</source>
        <translation>{arg0} en espera — se cargan uno a uno al guardar</translation>
    </message>
    <message>
        <source>✕ Refused, not queued: {text}</source>
        <translation>✕ Rechazado, no se pone en cola: {text}</translation>
    </message>
</context>
<context>
    <name>ScannerCheckController</name>
    <message>
        <source>✓  Refused, as it must be</source>
        <translation>✓  Rechazado, como debe ser</translation>
    </message>
    <message>
        <source>Refused: no visitor</source>
        <translation>Rechazado: no es un visitante</translation>
    </message>
    <message>
        <source>Typed exactly as the code holds</source>
        <translation>Escrito tal como está en el código</translation>
    </message>
    <message>
        <source>“{label}” passed.</source>
        <translation>«{label}» superado.</translation>
    </message>
    <message>
        <source>Saved the test sheet ({arg0} codes) to {name}: print it, then scan each code.</source>
        <translation>Hoja de prueba ({arg0} códigos) guardada en {name}: imprímala y escanee cada código.</translation>
    </message>
</context>
<context>
    <name>ScannerCheckDialog</name>
    <message>
        <source>Test the handheld scanner</source>
        <translation>Probar el escáner de mano</translation>
    </message>
</context>
<context>
    <name>ScannerCheckPage</name>
    <message>
        <source>Test the handheld scanner (optional)</source>
        <translation>Probar el escáner de mano (opcional)</translation>
    </message>
    <message>
        <source>No handheld scanner? Press Next. The camera and typing work without one.</source>
        <translation>¿Sin escáner de mano? Pulse Siguiente. La cámara y escribir funcionan sin él.</translation>
    </message>
</context>
<context>
    <name>ScannerCheckView</name>
    <message>
        <source>○  Not scanned yet</source>
        <translation>○  Aún sin escanear</translation>
    </message>
    <message>
        <source>✓  Pass</source>
        <translation>✓  Superado</translation>
    </message>
    <message>
        <source>✗  Fail</source>
        <translation>✗  Fallido</translation>
    </message>
    <message>
        <source>Scan each code of the printed test sheet with the handheld scanner, in any order; the focus can be anywhere in this window. Every badge format should pass, and the Wi-Fi code must be refused. Change a scanner setting, then scan that code again.</source>
        <translation>Escanee cada código de la hoja de prueba impresa con el escáner de mano, en cualquier orden; el foco puede estar en cualquier parte de esta ventana. Cada formato de acreditación debe superarse y el código Wi-Fi debe rechazarse. Si cambia un ajuste del escáner, vuelva a escanear ese código.</translation>
    </message>
    <message>
        <source>Save the test sheet (PDF)…</source>
        <translation>Guardar la hoja de prueba (PDF)…</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Scanner check results</source>
        <translation>Resultados de la prueba del lector</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Someone new…</source>
        <translation>Alguien nuevo…</translation>
    </message>
    <message>
        <source>&amp;Switch staff…</source>
        <translation>&amp;Cambiar de turno…</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>S&amp;witch event…</source>
        <translation>Cambiar de e&amp;vento…</translation>
    </message>
    <message>
        <source>&amp;Import attendee list…</source>
        <translation>&amp;Importar lista de asistentes…</translation>
    </message>
    <message>
        <source>&amp;Time zone…</source>
        <translation>&amp;Zona horaria…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>Test the &amp;handheld scanner…</source>
        <translation>Probar el escáner de &amp;mano…</translation>
    </message>
    <message>
        <source>Who is on duty?</source>
        <translation>¿Quién está de turno?</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>Miembro:</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Nuevo miembro</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation>Nombre del evento:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>The show&apos;s time zone (times and charts use its clock):</source>
        <translation>Zona horaria de la feria (horas y gráficos la siguen):</translation>
    </message>
    <message>
        <source>{name} ({leads} leads)</source>
        <translation>{name} ({leads} leads)</translation>
    </message>
    <message>
        <source>Switch event</source>
        <translation>Cambiar de evento</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Backups and privacy</source>
        <translation>Copias y privacidad</translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Back up every</source>
        <translation>Copia cada</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Copias conservadas</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Segunda carpeta de copias</translation>
    </message>
    <message>
        <source>e.g. a USB stick — a second copy of every backup</source>
        <translation>p. ej. una memoria USB — una segunda copia de cada copia</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Delete leads after</source>
        <translation>Eliminar leads tras</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>keep until erased</source>
        <translation>conservar hasta borrar</translation>
    </message>
    <message>
        <source>Leads older than the retention period are deleted only after you confirm, when Showfloor starts.</source>
        <translation>Los leads más antiguos que el periodo de conservación solo se eliminan tras su confirmación, al iniciar Showfloor.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Servidor del equipo</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST/DB — empty: no background sync</source>
        <translation>postgresql://USER@HOST/DB — vacío: sin sincronización en segundo plano</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL database. The address is kept here without its password.</source>
        <translation>La base de datos PostgreSQL del equipo. La dirección se guarda aquí sin su contraseña.</translation>
    </message>
    <message>
        <source>Fetch changes every</source>
        <translation>Traer cambios cada</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>This laptop&apos;s leads are sent a moment after each save; other laptops&apos; leads arrive at this interval.</source>
        <translation>Los leads de este portátil se envían poco después de cada guardado; los de otros portátiles llegan con este intervalo.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>The window and the debrief. Applies the next time Showfloor starts.</source>
        <translation>La ventana y el balance. Se aplica la próxima vez que se inicie Showfloor.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>The password is kept in this computer&apos;s keyring, never in Showfloor&apos;s files.</source>
        <translation>La contraseña se guarda en el llavero de este equipo, nunca en los archivos de Showfloor.</translation>
    </message>
    <message>
        <source>Bundle files this laptop writes for &apos;{event}&apos; (showfloor sync bundle) are sealed with it (AES-256-GCM), and File &gt; Merge from file… opens a teammate&apos;s sealed bundle with it without asking. Set the same one on every laptop of the team. It is kept in this data folder only: never in a bundle, the setup file or on the team server.</source>
        <translation>Los archivos de paquete que este portátil escribe para «{event}» (showfloor sync bundle) se sellan con ella (AES-256-GCM), y Archivo &gt; Combinar desde archivo… abre con ella el paquete sellado de un compañero sin preguntar. Ponga la misma en cada portátil del equipo. Se guarda solo en esta carpeta de datos: nunca en un paquete, en el archivo de configuración ni en el servidor del equipo.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Question labels</source>
        <translation>Textos de las preguntas</translation>
    </message>
    <message>
        <source>Our contact</source>
        <translation>Nuestro contacto</translation>
    </message>
    <message>
        <source>Beep when a badge is read</source>
        <translation>Pitar al leer una acreditación</translation>
    </message>
    <message>
        <source>e.g. DE — phones typed without +country get it</source>
        <translation>p. ej. ES — los números sin +país lo reciben</translation>
    </message>
    <message>
        <source>Test the handheld scanner…</source>
        <translation>Probar el escáner de mano…</translation>
    </message>
    <message>
        <source>Scan the printed test sheet (showfloor qr test-sheet) before doors open: each badge format should pass and the Wi-Fi code be refused.</source>
        <translation>Escanee la hoja de prueba impresa (showfloor qr test-sheet) antes de abrir: cada formato de acreditación debe superarse y el código Wi-Fi rechazarse.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Default phone country</source>
        <translation>País de teléfono por defecto</translation>
    </message>
    <message>
        <source>Handheld scanner</source>
        <translation>Escáner de mano</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Your label</source>
        <translation>Su texto</translation>
    </message>
    <message>
        <source>Shown as a QR code visitors can scan (File &gt; Share our contact).</source>
        <translation>Se muestra como código QR que los visitantes pueden escanear (Archivo &gt; Compartir nuestro contacto).</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>Nueva contraseña…</translation>
    </message>
    <message>
        <source>Give the team server a new password (the old one may be forgotten)</source>
        <translation>Dar una contraseña nueva al servidor del equipo (quizá se olvidó la anterior)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>e.g. Laptop 2</source>
        <translation>p. ej. Portátil 2</translation>
    </message>
    <message>
        <source>Other laptops name this one in their repeat banner (“Visit 2 — last seen 10:42 by Anna on Laptop 2”).</source>
        <translation>Los demás portátiles nombran a este en su aviso de visita repetida («Visita 2 — visto por última vez 10:42 por Anna en Portátil 2»).</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Este portátil</translation>
    </message>
    <message>
        <source>New team server password</source>
        <translation>Nueva contraseña del servidor del equipo</translation>
    </message>
    <message>
        <source>Give the team server a new password? The other laptops stop syncing until the new password is typed in their Settings &gt; Team sync.</source>
        <translation>¿Dar una contraseña nueva al servidor del equipo? Los demás portátiles dejan de sincronizar hasta que se escriba la nueva contraseña en sus Ajustes &gt; Sincronización.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Cambiando…</translation>
    </message>
    <message>
        <source>The team server at {where} has a new password:

{password}</source>
        <translation>El servidor del equipo en {where} tiene una contraseña nueva:

{password}</translation>
    </message>
    <message>
        <source>Write it down: it is shown only now. Type it on every other laptop in Settings &gt; Team sync &gt; Password.</source>
        <translation>Anótela: solo se muestra ahora. Escríbala en cada uno de los demás portátiles en Ajustes &gt; Sincronización &gt; Contraseña.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
    <message>
        <source>Version {consent_version} is in force. Changing the text starts a new version; each visitor&apos;s consent keeps the version they agreed to.</source>
        <translation>Está vigente la versión {consent_version}. Cambiar el texto crea una versión nueva; cada consentimiento conserva la versión aceptada.</translation>
    </message>
    <message>
        <source>kept — type to change</source>
        <translation>guardada — escriba para cambiarla</translation>
    </message>
    <message>
        <source>the team server&apos;s password</source>
        <translation>contraseña del servidor del equipo</translation>
    </message>
</context>
<context>
    <name>ShareContactWindow</name>
    <message>
        <source>Share our contact</source>
        <translation>Compartir nuestro contacto</translation>
    </message>
    <message>
        <source>Scan to save our contact</source>
        <translation>Escanee para guardar nuestro contacto</translation>
    </message>
    <message>
        <source>Press Esc to close</source>
        <translation>Pulse Esc para cerrar</translation>
    </message>
    <message>
        <source>Set the booth contact first (showfloor qr contact --name ... --email ...).</source>
        <translation>Configure antes el contacto del stand (showfloor qr contact --name ... --email ...).</translation>
    </message>
</context>
<context>
    <name>StaffController</name>
    <message>
        <source>Staff and &amp;emails…</source>
        <translation>Equipo y &amp;correos…</translation>
    </message>
    <message>
        <source>Row {arg0}: give {email} a name.</source>
        <translation>Fila {arg0}: dé un nombre a {email}.</translation>
    </message>
    <message>
        <source>Staff saved.</source>
        <translation>Equipo guardado.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>The email is the staff member&apos;s address in your CRM: every CRM export names the person who first met a lead as its owner (HubSpot contact owner, Salesforce record owner, ...). Leave it empty to leave the owner to the CRM.</source>
        <translation>El correo es la dirección del miembro en su CRM: cada exportación al CRM asigna como responsable a quien atendió primero al lead (contact owner de HubSpot, record owner de Salesforce, ...). Déjelo vacío para que lo decida el CRM.</translation>
    </message>
    <message>
        <source>Staff and emails</source>
        <translation>Equipo y correos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email (CRM owner)</source>
        <translation>Correo (responsable CRM)</translation>
    </message>
    <message>
        <source>&amp;Add staff member</source>
        <translation>&amp;Añadir miembro</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Showfloor bundles (*.sfb);;All files (*)</source>
        <translation>Paquetes de Showfloor (*.sfb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Sends every lead, visit and setting this laptop holds to the team server, signed, not only what changed. For a team server filled before Showfloor signed its rows: the other laptops refuse those rows until the laptops that hold them send them signed. Run it once on every laptop of the team.</source>
        <translation>Envía firmados al servidor del equipo todos los leads, visitas y ajustes de este portátil, no solo lo que cambió. Para un servidor del equipo llenado antes de que Showfloor firmara sus filas: los demás portátiles rechazan esas filas hasta que los portátiles que las tienen las envíen firmadas. Ejecútelo una vez en cada portátil del equipo.</translation>
    </message>
    <message>
        <source>&amp;Merge from file…</source>
        <translation>&amp;Combinar desde archivo…</translation>
    </message>
    <message>
        <source>S&amp;ync with server…</source>
        <translation>&amp;Sincronizar con el servidor…</translation>
    </message>
    <message>
        <source>Sign and send e&amp;verything to the server…</source>
        <translation>Firmar y enviar &amp;todo al servidor…</translation>
    </message>
    <message>
        <source>Merge from files (select one per laptop)</source>
        <translation>Combinar desde archivos (uno por portátil)</translation>
    </message>
    <message>
        <source>Merge from file</source>
        <translation>Combinar desde archivo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase for {name}; try again.</source>
        <translation>Frase de contraseña incorrecta para {name}; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{name} is sealed with a team passphrase. Type it to merge.</source>
        <translation>{name} está sellado con una frase de contraseña del equipo. Escríbala para combinar.</translation>
    </message>
    <message>
        <source>Merging {merging}…</source>
        <translation>Combinando {merging}…</translation>
    </message>
    <message>
        <source>Trust this laptop and merge</source>
        <translation>Confiar en este portátil y combinar</translation>
    </message>
    <message>
        <source>Merge anyway</source>
        <translation>Combinar igualmente</translation>
    </message>
    <message>
        <source>Sync with server</source>
        <translation>Sincronizar con el servidor</translation>
    </message>
    <message>
        <source>Sign and send everything</source>
        <translation>Firmar y enviar todo</translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln lead(s), received: {arg0}.</source>
        <translation>
            <numerusform>%Ln lead enviado, recibidos: {arg0}.</numerusform>
            <numerusform>%Ln leads enviados, recibidos: {arg0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing with the server…</source>
        <translation>Sincronizando con el servidor…</translation>
    </message>
    <message>
        <source>The team server holds rows of {laptops}, a laptop this one does not trust yet (set up on its own, not from the team setup file). Trust it to take its rows in; it is remembered.</source>
        <translation>El servidor del equipo tiene filas de {laptops}, un portátil en el que este aún no confía (configurado por su cuenta, no desde el archivo de configuración del equipo). Confíe en él para incorporar sus filas; se recordará.</translation>
    </message>
    <message>
        <source>Trust and sync</source>
        <translation>Confiar y sincronizar</translation>
    </message>
    <message>
        <source>Merged {merging}.</source>
        <translation>{merging} combinado.</translation>
    </message>
    <message>
        <source>Keep as a separate event</source>
        <translation>Mantener como evento aparte</translation>
    </message>
    <message>
        <source>Merge into &apos;{name}&apos;</source>
        <translation>Combinar en &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Leads nuevos</translation>
    </message>
    <message>
        <source>New visits</source>
        <translation>Visitas nuevas</translation>
    </message>
    <message>
        <source>Same person on two laptops, joined</source>
        <translation>Misma persona en dos portátiles, unida</translation>
    </message>
    <message>
        <source>Edits on two laptops, newest kept</source>
        <translation>Cambios en dos portátiles, se queda el más reciente</translation>
    </message>
    <message>
        <source>Removed: erased or deleted elsewhere</source>
        <translation>Quitados: borrados o eliminados en otro lugar</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Frase de contraseña del equipo</translation>
    </message>
    <message>
        <source>Team passphrase of the bundle</source>
        <translation>Frase de contraseña del equipo del paquete</translation>
    </message>
    <message>
        <source>Show each lead</source>
        <translation>Ver cada lead</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Each lead the merge changed</source>
        <translation>Cada lead que cambió la combinación</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>These events from the other laptop are not the same show as one here by name and dates. Merge each into one of yours, or keep it separate:</source>
        <translation>Estos eventos del otro portátil no coinciden por nombre y fechas con ninguno de aquí. Combine cada uno en uno de los suyos o manténgalo aparte:</translation>
    </message>
    <message>
        <source>Merge {label} into</source>
        <translation>Combinar {label} en</translation>
    </message>
    <message>
        <source>Choose where their leads go, then press Merge.</source>
        <translation>Elija adónde van sus leads y pulse Combinar.</translation>
    </message>
    <message>
        <source>Open and merge</source>
        <translation>Abrir y combinar</translation>
    </message>
    <message>
        <source>… and {more} more</source>
        <translation>… y {more} más</translation>
    </message>
    <message>
        <source>Show each lead ({count})</source>
        <translation>Ver cada lead ({count})</translation>
    </message>
</context>
<context>
    <name>TaskWorker</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Team sync needs psycopg: {install}</source>
        <translation>La sincronización del equipo necesita psycopg: {install}</translation>
    </message>
</context>
<context>
    <name>TeamSyncController</name>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln cambio</numerusform>
            <numerusform>%Ln cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation>hace {seconds} s</translation>
    </message>
    <message>
        <source>{arg0} min ago</source>
        <translation>hace {arg0} min</translation>
    </message>
    <message>
        <source>{arg0} h {arg1} min ago</source>
        <translation>hace {arg0} h {arg1} min</translation>
    </message>
    <message>
        <source>Team: connecting…</source>
        <translation>Equipo: conectando…</translation>
    </message>
    <message>
        <source>Team: synced {arg0}</source>
        <translation>Equipo: sincronizado {arg0}</translation>
    </message>
    <message>
        <source>{synced}, {rows} refused (see why: hover here)</source>
        <translation>{synced}, {rows} rechazada(s) (por qué: pase el ratón aquí)</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>ningún cambio</translation>
    </message>
    <message>
        <source>Team: offline, {waiting} waiting</source>
        <translation>Equipo: sin conexión, {waiting} en espera</translation>
    </message>
    <message>
        <source>Team: sign-in failed</source>
        <translation>Equipo: error al iniciar sesión</translation>
    </message>
    <message>
        <source>Team: not syncing (see why: hover here)</source>
        <translation>Equipo: sin sincronizar (pase el ratón aquí)</translation>
    </message>
</context>
<context>
    <name>TestSheet</name>
    <message>
        <source>Test badges</source>
        <translation>Acreditaciones de prueba</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {name}: {error}</source>
        <translation>No se pudo escribir {name}: {error}</translation>
    </message>
</context>
<context>
    <name>TrashController</name>
    <message>
        <source>&amp;Deleted leads (Trash)…</source>
        <translation>Leads &amp;borrados (Papelera)…</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} restaurado.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Deleted leads</source>
        <translation>Leads borrados</translation>
    </message>
    <message>
        <source>Leads deleted at this show, the latest first. Restore brings a lead back with every visit.</source>
        <translation>Leads borrados en esta feria, los más recientes primero. Restaurar recupera un lead con todas sus visitas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>Nothing was deleted at this show.</source>
        <translation>No se ha borrado nada en esta feria.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>VisitorClass</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Key opinion leader</source>
        <translation>Líder de opinión</translation>
    </message>
</context>
<context>
    <name>WaitingBadge</name>
    <message>
        <source>Badge read — details when it loads</source>
        <translation>Acreditación leída — detalles al cargar</translation>
    </message>
    <message>
        <source>Badge {badge_id}</source>
        <translation>Acreditación {badge_id}</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <source> (visit {next_visit})</source>
        <translation> (visita {next_visit})</translation>
    </message>
</context>
</TS>
