<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline archive of the conference series “Växa eller Krympa”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video playback by libVLC. Interface by Qt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaxa Desktop ran into a problem it did not expect: {error}

Your archive is safe and the program keeps running. The details were written to {where}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveOpening</name>
    <message>
        <source>Opening {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s catalogue is damaged and there is no good backup. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive was made by a newer version of Vaxa Desktop. Update the program to open it; the archive has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong while opening {path}. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from backup; the damaged file is kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the catalogue of an archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rebuild the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no sidecar files (*.vaxa.json) in {folder}. Choose the archive folder, the one that holds the media folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rebuild the catalogue from %n recording(s)&apos; sidecar files?</source>
        <translation>
            <numerusform>Rebuild the catalogue from %n recording&apos;s sidecar file?</numerusform>
            <numerusform>Rebuild the catalogue from %n recordings&apos; sidecar files?</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuilding the catalogue of {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Catalogue rebuilt: %n recording(s) restored.</source>
        <translation>
            <numerusform>Catalogue rebuilt: %n recording restored.</numerusform>
            <numerusform>Catalogue rebuilt: %n recordings restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sidecar file(s) skipped; details are in the log.</source>
        <translation>
            <numerusform>%n sidecar file skipped; details are in the log.</numerusform>
            <numerusform>%n sidecar files skipped; details are in the log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something unexpected went wrong while rebuilding. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive is open.

Choose File ▸ Open archive… (Ctrl+O) to open an archive folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} · catalogue on {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted import was cleaned up ({n} unfinished files removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an archive first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Edit %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged; e.g. sv, en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export event bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing conferences and cue lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One .zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conferences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save bundle as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying media and checksums…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle saved to %1 (%2 files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing media: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, outside the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleMergeDialog</name>
    <message>
        <source>Merge event bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds what a bundle from an event laptop has and this archive lacks: new people, talks, recordings with their media, documents and cue lists. Records the archive already has are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle (.zip or folder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundle to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every file against the manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged: {people} people, {talks} talks, {recordings} recordings, {documents} documents and {cues} cue lists added; {files} files copied in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cue list “{old}” differs from the archive&apos;s: added as “{new}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleOpenDialog</name>
    <message>
        <source>Open event bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle (.zip or folder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New archive folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or choose a bundle folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundle and a new folder for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every file against the manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is intact and ready in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueActions</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is open read-only; nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import recordings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify recordings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find missing in folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locate recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;drive location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;conference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;talk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a recording first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing people…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlWindow</name>
    <message>
        <source>Presenter — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROGRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOW PLAYING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT (STANDBY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the standby cue (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the cue on air (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop everything and go black (Shift+Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen the audience sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullscreen (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space GO  ·  Esc Stop  ·  Shift+Esc Panic  ·  ↑ ↓ choose the next cue  ·  F output fullscreen  ·  Ctrl+W leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture (sound only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program: what the audience sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the next cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on air (black)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (holding the last picture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the cue list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fade to black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continue to the next cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tin} → {tout}, then {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fade in {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fade out {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dissolve {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-wait {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait {t}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CueController</name>
    <message>
        <source>Select a talk or a recording to add it to a cue list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recording to add here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new cue list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the cue list “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot present “{name}”: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cue list “{name}” is empty; add recordings first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CueEditor</name>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fade in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ade out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dissolve to next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the &amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pre-wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the cue starts: seconds, M:SS or H:MM:SS.mmm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the cue ends; empty = the end of the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the presenter should know or say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 s: a cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds it rises from black, or from the picture before when that cue has no dissolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds it fades to black before its end (“Fade to black”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the next cue takes to dissolve in over this one; 0 = a cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Louder or softer than the common target loudness, in dB (0 = as all others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cue to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a time. Use seconds, M:SS or H:MM:SS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The in point is after the end of the recording ({length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The out point must come after the in point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The out point is after the end of the recording ({length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-wait is a number of seconds, like 2 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fade or dissolve is 0 to {max} seconds, like 1 or 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CueListPage</name>
    <message>
        <source>Cue lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings: drag into the cue list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cue list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every cue&apos;s file before the show (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cue list yet: press New to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cue list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cue list “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename cue list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename cue list to “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate cue list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate cue list as “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cue list “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue list “{name}” deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n cue(s)</source>
        <translation>
            <numerusform>Add %n cue</numerusform>
            <numerusform>Add %n cues</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no recording to add there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove cue {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move cue to position {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fade in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fade out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dissolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cue {n}: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every cue&apos;s file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cue(s) will not play: </source>
        <translation>
            <numerusform>%n cue will not play: </numerusform>
            <numerusform>%n cues will not play: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n cue(s) are ready to play.</source>
        <translation>
            <numerusform>The cue is ready to play.</numerusform>
            <numerusform>All %n cues are ready to play.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV spreadsheet (*.csv);;XSPF playlist for VLC (*.xspf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the running order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the running order: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running order saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is not available here; save a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CueTableModel</name>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fade to black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dissolve {s} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No talks are recorded for this conference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No talks are recorded for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loudness {lufs} LUFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder clip, not the real recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is missing. It was expected at: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording of this talk is in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors and editors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link or file is recorded for this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Cue lists in the side bar to edit this list and present it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <source>Pick a result to see it here. Enter opens it, Space plays it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick something in the list to see it here, with everything linked to it. Enter opens it, Space plays a recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be shown: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a talk or a recording to play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recording to play here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording&apos;s file is missing. It was expected at: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The player is not available: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is missing. It was expected at: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>The archive is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s catalogue cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good backup from {name} is available. Restore it? The damaged file is kept beside it, nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings missing from the catalogue of {folder} are added back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} has no catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new catalogue is made from the descriptions saved beside the recordings in the media folder. The recordings themselves are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditForm</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the record as it is saved now; your changes in this form are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be edited: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (m:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (m:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened this form, so your changes were not saved. Choose Reload to see the record as it is now, then make your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole catalogue (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet tables (CSV, one file per kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference schedule (frab schedule.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBCore 2.1 collection (one XML file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBCore 2.1 records (one file per recording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BagIt bag of recordings with PBCore records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing conferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Excel (BOM and semicolons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conferences (none ticked: all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (*.xml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With or without recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixityDialog</name>
    <message>
        <source>Verify recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recordings have never all been verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last full check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(more than 90 days ago: time to check again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the recordings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked: %2 ok, %3 changed, %4 missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before every file was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be shown: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportScheduleDialog</name>
    <message>
        <source>Import schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These names resemble people already in the archive. Tick the ones that are the same person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 the conference; %4 new talks, %5 to update; %6 people already in the archive, %7 new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  →  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 talks created, %2 updated, %3 people created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IngestDialog</name>
    <message>
        <source>Import recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy into the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link: leave the files where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files or a folder to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message>
        <source>Import &amp;schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export event &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open event bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge event bundle into this archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an archive first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meänkieli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, titles, themes, report numbers (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into it and remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every talk and document of the removed person moves to the kept one. Empty fields of the kept person are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The archive is open read-only; nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root} is on read-only media; nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root} is being edited by another program; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root} is being edited by another program ({holder}); close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root} is being written by another program ({holder}), which did not finish within {seconds} s; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an archive in {root}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root} is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root} is a file, not an archive folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create an archive in {root}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root} does not exist (is the drive connected?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root} is not an archive: it has no {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Vaxa archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({reason}). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root} was made by a newer version of Vaxa Desktop (schema {schema}). Update the program to open it; the archive has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root} needs an upgrade, which cannot be done while it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is on a network file system ({fstype}). SQLite cannot share its catalogue safely there (its write-ahead log needs a local disk): copy the archive to a local disk, or keep the catalogue on a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue cannot be reached ({reason}). Check the network connection or the drive, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk or the database is full; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is busy with another program&apos;s change; nothing was saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the catalogue at {where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is on read-only media: write the backup elsewhere with --to DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be written to {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the archive ({root}) is full; nothing already saved was lost. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the archive ({root}) is full: {imported} of {total} files were imported before it filled up, and nothing already imported was lost. Free some space and run the import again for the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number given is out of range: ids, years and counts go up to {largest}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text given holds an invalid character (a lone surrogate such as U+D800, or NUL); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text given is longer than its field holds; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue at {where} was made by a newer version of Vaxa Desktop (schema {schema}). Update the program to use it; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} already holds a catalogue; open it with --database instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not empty; a new catalogue needs an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not a Vaxa catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} holds no catalogue yet; create one with init --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue at {where} needs an upgrade, which cannot be done read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue at {where} needs an upgrade, but the backup before it failed ({reason}); nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a PostgreSQL address (postgresql://USER@HOST/DATABASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a valid database address: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{url}&apos; names no database (postgresql://HOST/DATABASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive&apos;s catalogue is already on a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not empty; the catalogue needs an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying to {where} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy at {where} differs from the archive in: {tables}. The archive still uses its own catalogue; drop that database before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {kind} with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed by someone else; reload it and make your change again. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} {key} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} {key} is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} {key} exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {column} of {kind} {key} was changed since (now &apos;{current}&apos;); the edit was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} {id} is still used by a {other}; remove that first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a {kind} named &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of kind &apos;{kind}&apos; cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of kind &apos;{kind}&apos; cannot be created here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of kind &apos;{kind}&apos; cannot be deleted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new {kind} needs: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {kind} has no field &apos;{name}&apos; (fields: {allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edits work on talks or recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a person named &apos;{name}&apos;. Merge the two people instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conference needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is not a plausible conference year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conference in {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A talk needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording {id} has no talk; documents hang on talks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} is longer than {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} must be a whole number, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} &apos;{value}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} &apos;{value}&apos; is not a date and time (use YYYY-MM-DD HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown {field} &apos;{value}&apos; (use one of: {allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} must be yes or no, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code (use e.g. sv, en, se, fi, sv-FI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a web address (start with https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address is longer than 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cue list &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cue list needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a cue list called &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The in point cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The out point must come after the in point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume must be between 0 and 200 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown end action &apos;{value}&apos; (use hold, black or next).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-wait cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fade or dissolve lasts 0 to {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level trim must be between {low} and +{high} dB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The in point is after the end of the recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change {fields} of a cue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown running order format &apos;{value}&apos; (use csv, xspf or pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file (missing, or a folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read as media: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing {path} just now; wait for it or choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {id}: the path {path} leads outside the archive folder; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sidecar}: the path {path} leads outside the archive folder; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; choose a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an SRT or WebVTT file (.srt or .vtt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable subtitle file: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no subtitle cues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which talk or recording the transcript belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk {id} has no recording yet; import one before adding a transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not the same file (its checksum differs); choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown list &apos;{kind}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule has no usable dates, so its conference year is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a schedule file: expected frab schedule.xml or a schedule JSON export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large for a schedule ({size} bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a schedule file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This XML file is not a frab/pretalx schedule (its root element is &lt;{root}&gt;, not &lt;schedule&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule does not name its conference (no &lt;title&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule does not name its conference (no &apos;title&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON file is not a conference schedule (no &apos;schedule&apos; with a &apos;conference&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frab schedules need a start time for every talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no dates; a frab schedule needs at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} is too large ({size} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} is not UTF-8 text (byte 0x{byte} at position {position}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} is not valid JSON (perhaps truncated): {reason} at line {line}, column {column}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} is nested too deeply to be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text (byte 0x{byte} at position {position}); save it as UTF-8 or declare its encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for a schedule ({size} MB; the limit is {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML file declares entities (a known attack, e.g. &apos;billion laughs&apos;); refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML file refers to external files or URLs; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML file has a document type declaration; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML file was refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not well-formed XML (perhaps truncated or not XML at all): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML file cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frab schedule holds one conference; choose it with --conference YEAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no recordings to describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} media file(s) are missing, e.g. {example}; relink them before making a bag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no recordings to put in a bag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} recording(s) point outside the archive and its drives, e.g. {example}; no bag was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is inside the archive&apos;s own media folder; choose a place outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a valid path inside a bag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two payload files would both be data/{name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload file {name} has no content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} line {line} is not &apos;checksum path&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON file is not a Vaxa Desktop catalogue export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file has format version {version}, which this version of Vaxa Desktop cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file is damaged: it has no tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file is damaged: table &apos;{table}&apos; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file comes from a newer version of Vaxa Desktop (schema {schema}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file is damaged (table {table}, row {row}, column {column}: not a date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file is damaged (table {table}, row {row}, column {column}: wrong type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file has a table this version does not know (&apos;{table}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file has an unknown column {table}.{column}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file&apos;s {table} row {row}: the {column} {value} is out of range; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file&apos;s {table} row {row}: the {column} holds an invalid character (a lone surrogate or NUL); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file is inconsistent in table {table}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file cannot be loaded: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catalogue file can only be imported into an empty archive; create a new archive first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one conference or cue list for the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s catalogue cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has an entry with an empty or invalid name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; uses backslashes; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; is an absolute path; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; points outside the bundle (&apos;..&apos;); refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; has no file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle contains a symbolic link ({name}); refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle contains a device or special file ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Vaxa Desktop bundle (its manifest is not ours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was made by a newer version of Vaxa Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle manifest lists no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle manifest entry for {name} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; would be written outside the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a zip file, or it is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds more data than its manifest says; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} has a different checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} has a different size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has too many entries ({count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; is a symbolic link; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; is a device or special file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has two entries named &apos;{name}&apos;; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This zip file is not a bundle: it has no {manifest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a bundle: it has no {manifest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle manifest is implausibly large; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} expands implausibly (a zip bomb?); refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle would unpack to {size} bytes, more than the limit of {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} is missing (and {more} more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} is not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} is not listed (and {more} more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected --FIELD VALUE, not &apos;{token}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--{name} needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change; give one or more of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags are set on talks and recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--person takes ROLE:NAME, not &apos;{spec}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEST is a folder; the file name is made from the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the backup&apos;s folder once: as DEST or with --to DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--excel applies to csv only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recording applies to bagit only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The json export is always the whole catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveToServerDialog</name>
    <message>
        <source>Move catalogue to a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies this archive&apos;s catalogue into an empty PostgreSQL database and keeps it there from now on, so several people can catalogue at once. The media stay in this folder, and archive.sqlite is left as it was. A password is not remembered: keep it in your .pgpass file, or type it in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy and switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s address as postgresql://user@server/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the catalogue: {table}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the catalogue stays in this folder and the database is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is on {server} now ({rows} rows, checked). The archive opens again with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>This archive is empty.

Add a programme from a terminal, for example:
vaxa-archive --archive &quot;{path}&quot; add conference --year 2024 --title …
or import a schedule file. A demo archive can be made with vaxa-archive init DIR --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no {what} in this archive yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenSharedDialog</name>
    <message>
        <source>Open shared catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holds the media; the catalogue is on the database server. A password is not remembered: keep it in your .pgpass file, or type it in the address each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the archive folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s address as postgresql://user@server/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputWindow</name>
    <message>
        <source>Presenter output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed / remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space, K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous chapter (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 5 seconds (Left, J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame (.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right, L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next chapter (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark in (I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark out and save segment (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (F, double-click; Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (Up/Down, mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In point at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an in point (I) before the out point (O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 – %2 marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space, K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was found at:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no content (0 bytes):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This path is not a file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied or the disk reported an error:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read as audio or video. It may be damaged, incomplete or of another type:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no audio or video:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video in this file is in a format that cannot be decoded:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture or sound could be decoded; the file may be damaged:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback started but no picture can be shown. The VLC video output plugins are missing (package vlc-plugin-video-output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file did not start playing in time:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback ended early; the file may be truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The player could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLC could not open the file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerWindow</name>
    <message>
        <source>Vaxa Desktop – Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Vaxa Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>Leave presenter mode?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cue is on air. Leaving presenter mode stops it and closes the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projector screen ({name}) was disconnected; the output moved to {to}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the video format is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file did not start in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue {n} “{title}” stopped: {reason}. The last picture is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue {n} “{title}” was skipped: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterSettingsBox</name>
    <message>
        <source>Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target loudness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cue plays at this loudness (EBU R128; -23 LUFS is the broadcast norm), plus its own trim, and never so loud that it clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: the second screen if there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relink</name>
    <message>
        <source>Locate recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the drive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the drive is mounted now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 recordings on this drive were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the files on {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelinkDialog</name>
    <message>
        <source>Find missing recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the missing files were moved to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the missing files in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relinked, %2 still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>The search failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits for “{q}” with these filters.

Remove filters to search the whole archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits for “{q}”.

Try fewer letters, or another spelling of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a search first, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentController</name>
    <message>
        <source>Segment {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is open read-only; the segment was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the segment “{title}”. Ctrl+Z removes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment was not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used at once; no restart is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to a PostgreSQL server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;shared catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive&apos;s catalogue is on the PostgreSQL server {server}; its media are in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive&apos;s catalogue is the file archive.sqlite in {folder}. To catalogue together with others, keep it on a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedChangeWatcher</name>
    <message>
        <source>Updated with changes saved by others.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all {what} (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAVED SEARCHES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusController</name>
    <message>
        <source>{name} (shared catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this archive is being edited by {who}. You can browse and play, but not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the archive is on a read-only drive or folder. You can browse and play, but not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the archive was opened read-only as requested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Take offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a separate archive with the chosen conferences and cue lists, the people, documents and recordings they link to, and their media. It opens on a laptop with no network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new, empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the offline archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conferences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing conferences and cue lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to put the offline archive (a folder is made in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one conference or cue list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new folder for the offline archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the catalogue and media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no offline archive was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline archive is in {path}: {conferences} conferences, {cues} cue lists, {files} files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing media (not copied): {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, outside the archive: {files}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conference_document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conference_link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cue_list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cuelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document_person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording_tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk_document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk_person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk_tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoLabels</name>
    <message>
        <source>Edit conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {count} talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {count} recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person to talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person from talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
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
        <source>&amp;Open archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open s&amp;hared catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild &amp;catalogue from sidecars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to cue list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings as &amp;grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Vaxa Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (also)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the selected recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark in / mark out and save a segment (player)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between side bar, list and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the search box to the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back / Forward with the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
