<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AfterShowController</name>
    <message>
        <source>&amp;Export leads to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debrief report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share &amp;our contact (QR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;test badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the debrief to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share our contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exc} Set it in File &gt; Settings &gt; Our contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Showfloor cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeImportController</name>
    <message>
        <source>Recognised: {platform} export ({platform_badge}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform not recognised: columns are read by their usual names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> About {rows:,} rows, {encoding}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as extra data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned badges resolve by: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned badges resolve by: nothing in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {imported:,}, updated {updated:,}, rejected {rejected:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeImportDialog</name>
    <message>
        <source>Import attendee list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeImportPanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the attendee list the organiser sent (CSV from Eventbrite, pretix, Luma, Cvent, Swapcard...). Badges that hold only a ticket number then show the visitor&apos;s name the moment they are scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before importing: how this file will be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see how it will be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up {leads} leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Booth</name>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {read_only}. Leads can be read and exported; nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{leads} leads were last seen more than {days} days ago, past your retention setting. Delete them now? (Backups keep them until they rotate out.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraController</name>
    <message>
        <source>No camera — typing and the handheld scanner still work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera lost — reconnecting; keep typing, nothing is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording: {recording}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera off. Type visitors or use a handheld scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}.

Typing and the handheld scanner still work; pick another camera below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Starting camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a badge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source> by {staff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit {number} — last seen {when}{by}{on}{cls}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a visitor by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier visits of this visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the next waiting badge with its badge only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer / mentor / KOL (outside text fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot / warm / cold (outside text fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visitor (Ctrl+Enter inside notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another badge was scanned. Save this visitor (Enter) or clear the form (Esc); the waiting badges load next, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown badge {arg0}: not on the attendee list. Type the name; the badge stays attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge {badge_id} found on the attendee list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the badge ({fmt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, consent text v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on an earlier visit ({when}{text}); kept as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of visitor first: 1 customer, 2 mentor, 3 key opinion leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {exc}. The form is kept; try Enter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name} — visit {visit}. Undo (Ctrl+Z) for {UNDO_SECONDS} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last save {arg0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No badge is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {exc}. The badge stays in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {display_name} with the badge only, tagged {TO_QUALIFY}: finish them in the Leads view (Ctrl+2, Class: To qualify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: the visitor is back in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Visit {number}&lt;/b&gt; — {when}, {staff}, {visitor_class}{notes}{answers}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier visits of {display_name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the badge QR up to the camera, or scan it with the handheld scanner. No badge? Just start typing the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press 1, 2 or 3 to choose the kind of visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: what they told you (Ctrl+Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to be contacted ({CONSENT_KEY})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier visits (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the next with its badge only ({SAVE_BADGE_ONLY_KEY})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arg0} waiting — they load one by one as you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Refused, not queued: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CombineEventsDialog</name>
    <message>
        <source>Combine events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two events that are one show (set up separately on two laptops, or twice here) become one: the same visitor in both becomes one lead with every visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Combine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Debrief</name>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no staff recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every visit counts, returning visitors included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per hour ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads per rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met at the show: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge {badge_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show in numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What mentors told us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; pains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features customers miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early adopters and those who need references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key opinion leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals and partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from the booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief — {event_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer named a pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer named a missing feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Showfloor on {when} UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showfloor debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations of the market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentor named a reservation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers to entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentor named a barrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing from our pitch or product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentor named a gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, heard by {staff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… other wordings: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who made this point: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped because they say: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {limit} points made most of {count} are listed here; the web page version of this debrief lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first {limit} of {count} are listed here. The web page version of this debrief and the CSV export hold them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already buys from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy to be first ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer said they would go first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will ask who else uses it ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer asked for references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels and audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan to delight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key opinion leader visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral (mentor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already buys from (customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they came up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals mentors offered, and the suppliers customers already buy from: competitors and neighbours can send prospects our way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visitor named a referral or a supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who mentors say the right customer is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent: do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot first, then warm, cold and unrated; within a rating, the earliest due next step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every note typed at the booth, hot leads first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes were typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateHintController</name>
    <message>
        <source>duplicate hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Met before? {who}, %n visit(s) ({reason}). Saving adds a new lead; combine them in Leads if they are one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventTeamController</name>
    <message>
        <source>Showfloor team setup (*.sfsetup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare with the team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Combine events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the event with the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {name}: &apos;{event}&apos;, {staff} staff, {attendees} attendees. On each laptop, choose &quot;Join the team&apos;s event&quot; when Showfloor first starts (or run: showfloor event join FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({leads} leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined &apos;{source}&apos; into &apos;{target}&apos;: {merged_duplicates} visitor(s) met in both are one lead now. To undo, close Showfloor and run: showfloor backup restore {backup_id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arg0}. A CRM file holds only people who agreed to be contacted; export them anyway, marked opted out (they get no marketing email)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {rows} {noun} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Left out {skipped_unconsented} who did not agree to be contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {opted_out} without consent are marked opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {without_owner} have no owner: give their staff member an email in Staff &gt; Staff and emails.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Off (for spreadsheets): a value starting with =, +, - or @ gets a leading &apos; so that Excel cannot run it as a formula; phone numbers such as +49… get one too. On (for CRM importers): every value is written exactly as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel on Windows needs this to show accents (é, ü, ø) correctly; others ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export leads — {event_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people who agreed to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): every cell text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM&apos;s Lead Source value for every lead; the event has its own column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep values exactly (for CRM importers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the file as UTF-8 for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the {consented} with consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all {everyone}, marked opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… {done} of {total} leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Showfloor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organiser&apos;s attendee list (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which show is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Expo 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event: this laptop sets the show up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join the team&apos;s event: open the setup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file from Event &gt; Share with the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team setup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining keeps every laptop on one event, with the same staff, attendee list and consent text: merging after the show then asks nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s setup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is at the booth?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as colleagues know you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each lead records who met the visitor. Switch later with Ctrl+Shift+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera (handheld scanner or typing only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a camera to see its picture here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a badge up: a green frame means it was read. A handheld USB scanner works with no setting at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera: type visitors or use a handheld scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the team&apos;s event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTemplates</name>
    <message>
        <source>Follow-up emails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTemplatesTab</name>
    <message>
        <source>The email each Follow-ups row drafts, per kind of visitor. You can use </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsController</name>
    <message>
        <source>✓ done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the follow-up email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups: done / not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} to follow up · {done} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (no consent: do not contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program answered; save the draft as an .eml file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted an email to {to} in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save {name}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the draft to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lead first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} did not agree to be contacted: no email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email draft (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft &amp;email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the drafted email in your mail program (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .e&amp;ml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, or not done again (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: done / not done   ·   Ctrl+D: draft email   ·   Enter: open lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>Not classified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with {staff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777; margin:2px 0&apos;&gt;Nothing noted.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead — {display_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · badge {badge_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pilot, speaker, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: separate with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;No visits recorded.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To qualify: saved from the queue with the badge only, so nobody chose the class yet ({guess} was a guess). Choose it under Class, fill in what you know, and Save; the lead then leaves the To qualify list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a visit&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up after the show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty owner: whoever met them. Next step and due date are answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDialogEdits</name>
    <message>
        <source>Visit {number} — {when}{with_staff} ({cls})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsController</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads: clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter / double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads: open the lead to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads: delete the selected leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads: undo the delete (for 10 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n to qualify (Class: {to_qualify})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{count:,}{more} of {total:,} match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {display_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate: {who}, {visits} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined into {display_name}: {visits} visits. Undo: backup restore {backup_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine these two leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine {name} and {who} into one lead? Every visit of both is kept; for each field the newest value stays. A backup is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arg0:,} leads are selected; delete at most {MAX_DELETE} at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {what} — Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved from the queue with the badge only; nobody chose the class yet ({guess} is a guess). Open the lead (Enter) to choose it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>Search names, companies, emails, notes…   (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: open   ·   Delete: delete   ·   Esc: clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;bine these two leads…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remembering the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is on duty (Staff menu) before locking: the lock opens with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder is read-only: no PIN can be set, so the window cannot lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{MIN_DIGITS} to {MAX_DIGITS} digits; 6 or more is much harder to guess. Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIN and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is on duty. Enter {name}&apos;s PIN to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN set. The window is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Wait {arg0} before the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a PIN (Ctrl+L) so the window locks itself when nobody is at the booth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Repeat the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Showfloor — {event_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Cannot write the PDF {path}; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief — {event_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showfloor test badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showfloor: test badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold each code up to the scanner before doors open. Every code should fill the form, except the one marked “must be refused”, which the scanner must reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (page {arg0} of {pages})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected format: {format}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs_references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing or prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their words: what hurts most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already buys from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who they buy similar products from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval, no time, boss...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early adopter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical thing we lack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>becomes a feature request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo, quote, call, send material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations of the market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers to entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing from pitch or product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the right customer is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could refer us to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competitors and neighbours count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where they speak, write, publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roughly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they thought of the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan to delight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial, early access, introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>the database kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty file is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showfloor cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore {what}, from {when} ({leads} leads)? {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescueController</name>
    <message>
        <source>Save the leads to another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to another &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showfloor&apos;s data folder {data_dir} is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lead saved so far is still here. Save them, and this visitor, to another folder (a USB stick, the backup folder) and keep capturing there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now saving to {parent}. Start Showfloor with --data-dir there next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerCheckController</name>
    <message>
        <source>✓  Refused, as it must be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: no visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed exactly as the code holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the test sheet ({arg0} codes) to {name}: print it, then scan each code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerCheckDialog</name>
    <message>
        <source>Test the handheld scanner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerCheckPage</name>
    <message>
        <source>Test the handheld scanner (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handheld scanner? Press Next. The camera and typing work without one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerCheckView</name>
    <message>
        <source>○  Not scanned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓  Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗  Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan each code of the printed test sheet with the handheld scanner, in any order; the focus can be anywhere in this window. Every badge format should pass, and the Wi-Fi code must be refused. Change a scanner setting, then scan that code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the test sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Someone new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import attendee list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the &amp;handheld scanner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is on duty?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show&apos;s time zone (times and charts use its clock):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({leads} leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a USB stick — a second copy of every backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete leads after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep until erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads older than the retention period are deleted only after you confirm, when Showfloor starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://USER@HOST/DB — empty: no background sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL database. The address is kept here without its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch changes every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s leads are sent a moment after each save; other laptops&apos; leads arrive at this interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window and the debrief. Applies the next time Showfloor starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>The password is kept in this computer&apos;s keyring, never in Showfloor&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beep when a badge is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DE — phones typed without +country get it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the handheld scanner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the printed test sheet (showfloor qr test-sheet) before doors open: each badge format should pass and the Wi-Fi code be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default phone country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handheld scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as a QR code visitors can scan (File &gt; Share our contact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {consent_version} is in force. Changing the text starts a new version; each visitor&apos;s consent keeps the version they agreed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept — type to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team server&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareContactWindow</name>
    <message>
        <source>Share our contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to save our contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the booth contact first (showfloor qr contact --name ... --email ...).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffController</name>
    <message>
        <source>Staff and &amp;emails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {arg0}: give {email} a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>The email is the staff member&apos;s address in your CRM: every CRM export names the person who first met a lead as its owner (HubSpot contact owner, Salesforce record owner, ...). Leave it empty to leave the owner to the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff and emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (CRM owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add staff member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Showfloor bundles (*.sfb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync with server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge from files (select one per laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merging {merging}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this laptop and merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {leads_sent} leads, received: {arg0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged {merging}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as a separate event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person on two laptops, joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits on two laptops, newest kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: erased or deleted elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each lead the merge changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These events from the other laptop are not the same show as one here by name and dates. Merge each into one of yours, or keep it separate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {label} into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where their leads go, then press Merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each lead ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskWorker</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSyncController</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arg0} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arg0} h {arg1} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: synced {arg0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: offline, {waiting} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: not syncing (see why: hover here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestSheet</name>
    <message>
        <source>Test badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorClass</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key opinion leader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingBadge</name>
    <message>
        <source>Badge read — details when it loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge {badge_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (visit {next_visit})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
