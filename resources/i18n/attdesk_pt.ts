<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>ActivitiesView</name>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of: {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All implementers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total} activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No activities yet.

Click New Activity (Ctrl+N) to record the first one, or import your spreadsheet with Import Spreadsheet (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity matches the search and filters.
Clear Filters shows all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The current filters hide this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ready: change what differs, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}”?

You can undo this with Edit &gt; Undo Delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, descriptions, places, organisations and states (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Type a name or acronym, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words of another activity&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words of a need&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {created}, last changed {updated}. Identifier: {uuid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: a copy of another activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open needs in the same focus areas (click to link): {needs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an activity in the list to see and edit it, or click New activity (Ctrl+N) to record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. National workshop on brokering controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the activity involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relevance: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part of project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme or larger project, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City, country (or online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ypes: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ocus areas: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instruments served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;states: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mplementers: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;nors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementer &amp;contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e-mail, telephone of the implementer&apos;s contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Websites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address per line, e.g. https://www.unlirec.org/...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lated activities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs &amp;addressed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>ATT Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundOperation</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Type to filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrencyCombo</name>
    <message>
        <source>Currency (USD, EUR…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside ATT Desk ({error}). What you saved before is safe.

The details were written to {log}; please send that file to the ATT Desk team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column {column} appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown columns: {unknown}. The columns ATT Desk reads are: {expected}. Save the template from File &gt; Spreadsheet template to see the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required columns are missing: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet: choose a .csv or .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a header row but no activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is not recognised; save it again as &apos;CSV UTF-8&apos; or as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a valid CSV file: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable Excel workbook ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than {limit} rows; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the file name must end in .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {name}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a database file (it may be another document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a database, but not an ATT Desk database; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of ATT Desk (schema {revision}); install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database upgrade would break {count} links between records; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no questionnaire response for {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire definition {name} is broken: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This need no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire response no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a response to this questionnaire for {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your state first (Tools &gt; Settings, or attdesk setup --state).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a reporting period: {period}. Write a year (2025) or two (2024-2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation does not have questionnaire {name} version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission does not follow its schema: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key {path} cannot be read: {problem}. Move it away to make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This submission is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Restricted: the secretariat may not publish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: the secretariat may publish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the revision before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a reporting period: a year (2025) or two (2024-2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for a final export: nothing is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Before a final export, %n item(s) are open. You can still export a draft, marked as such.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No questionnaire response for this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required answer missing: {ref} {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to check: {ref} {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward, not yet reviewed: {ref} {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity with missing or invalid fields: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need with missing or invalid fields: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.xlsx *.jpg *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more page(s); save the draft PDF to see them all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save Draft PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the draft PDF to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a Draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s) are still open. Export a draft package, marked as a draft for the secretariat?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} PDF pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is ready to send to the secretariat:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Draft &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview PDF shows the pages of the submission here, as they will be printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities by relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities by focus group (once per group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities by focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities by subregion (once per subregion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subregion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities by implementer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implementer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities by donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities by partner state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types of assistance within each focus group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas by state: activities received / needs open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs with no addressing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs in areas where nothing was offered or delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas by subregion: activities received / needs open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions held (current revisions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire completion by section across states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average completion (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities reported by several states (counted once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open needs and the offers that could meet them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared focus areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up the database to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT Desk — {who}[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activities to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save Spreadsheet Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the template to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is on a server; ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ATT Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ATT Desk {version}&lt;/h3&gt;&lt;p&gt;Records arms-control assistance received, needs and CIFTA questionnaire answers, and prepares signed submissions for the secretariat. Works offline.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;br&gt;Backups: {backups}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Submission &amp;Packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Activities from Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Activities to Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Spreadsheet &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Database Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate as Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ATT Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedEditor</name>
    <message>
        <source>Type a name or acronym, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words of an activity&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier: {uuid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This need has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a need in the list to see and edit it, or click New Need to record assistance your state still needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Training for customs officers on transit controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is needed, for whom, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;identified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of assistance sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus areas: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ypes: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nstruments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost and partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated &amp;cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred &amp;partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none yet —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsView</name>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet met (open, in discussion, partly met)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total} needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No needs recorded yet.
Click New Need to record assistance your state needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need matches the search and filters.
Clear Filters shows all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The current filters hide this need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search needs and the activities that addressed them (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only needs no activity &amp;addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply to every activity that names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an implementer or donor to the list; it can be reused in every activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full official name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. UNLIREC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementers and donors that activities refer to. Renaming an organisation changes it in every activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>year, year-month or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write 2015, 2015-06, 2015-06-12 or 12/06/2015; empty if unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickList</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <source>Details, comments and web links (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is still right for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {period}, not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireView</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Reporting Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period (a year such as 2025, or two years such as 2024-2025):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a reporting period. Write a year (2025) or two years (2024-2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry Answers Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the answers of {previous} into {period}?

Most answers do not change from one report to the next. Copied answers are marked “from {previous}, not yet reviewed” until you confirm or change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n answer(s) from {period}; review them section by section.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: {id} {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {id}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review ({period}): {id} {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this version, kept: {id} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nil report: nothing else is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: nothing left to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, version {version}, period {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nil report: the answers are kept but not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) copied from {period} still need review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A newer version ({version}) exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nil report: nothing to report for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaire response yet. Click New Period… to start answering the CIFTA implementation questionnaire for a reporting period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm All Carried Answers on This Page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>(unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsBrowser</name>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretariatView</name>
    <message>
        <source>No submissions yet.
Import the .attdesk packages states send: Import Packages…, or drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key changed: needs confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a submission to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}, {period}, revision {revision}. File: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is signed with a key other than the one {state} used before. Accept the new key only if the focal point confirmed it, e.g. by telephone. Its fingerprint:
{fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} activities, {n} needs ({u} not yet met).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaire response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire: nil report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire: {a} of {v} shown questions answered, {m} required missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since r{r}: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT Desk packages (*.attdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %n file(s); the list shows what importing would do. Import now?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n file(s) were not imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No .attdesk files found there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaps ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted once from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}, {area}: {a} activities received, {n} needs open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF report with charts (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the figures to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or drop .attdesk files or folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the New Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject the Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretariat&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States that submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;revisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities or needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, descriptions, places and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by type of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor or implementer offering assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible states:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or subregions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports from different states that look like the same activity (same implementer, overlapping years, similar title and place). Confirm them to count the activity once for every state it reached, or mark them as different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same &amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Different Activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>No change since the last report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in this section is as reported for the previous period; its copied answers count as reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (e.g. national security)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Signing key: made at the first export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key fingerprint (give it to the secretariat): {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to ATT Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who uses this installation, and in which language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;state: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ministry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT Desk keeps your records on this computer; nothing is sent anywhere until you export a submission. Tell us who you are; you can change this later in Tools &gt; Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national &amp;focal point: I record and submit my state&apos;s reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;secretariat: I import and analyse the reports states send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the secretariat should address you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ministry or organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ministry of Foreign Affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@ministry.gov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your data is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortTextEditor</name>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Western European), the encoding Excel uses. Check accented letters in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <source>Import Activities from a Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created} activities created, {updated} updated, {rejected} rows skipped, {organisations} organisations added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <source>{file}: {creates} to create, {updates} to update, {rejected} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisations to add: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with errors are skipped; fix them in the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n activities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Activities from a Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only &amp;rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateProfiles</name>
    <message>
        <source>No state has submitted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs not yet met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key changed: needs confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{state}: %n revision(s) received, periods {periods}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nil report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {v} unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different revisions to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions {word}: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown value: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown organisation: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown activity: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown need: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer has the wrong kind of value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of range: from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a telephone number: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many rows: at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: write a year (2015), a month (2015-06) or a date (2015-06-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a web address: {value} (it should start with http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the currency of the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown currency code: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity cannot be related to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid UUID: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same UUID is already used in row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an organisation named {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_MultiCell</name>
    <message>
        <source>choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>change answer {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
