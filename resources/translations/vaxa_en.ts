<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>Version {v}</source>
        <translation>Version {v}</translation>
    </message>
    <message>
        <source>An offline archive of the conference series “Växa eller Krympa”.</source>
        <translation>An offline archive of the conference series “Växa eller Krympa”.</translation>
    </message>
    <message>
        <source>Video playback by libVLC. Interface by Qt.</source>
        <translation>Video playback by libVLC. Interface by Qt.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>the log</source>
        <translation>the log</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Vaxa Desktop ran into a problem it did not expect: {error}

Your archive is safe and the program keeps running. The details were written to {where}.</source>
        <translation>Vaxa Desktop ran into a problem it did not expect: {error}

Your archive is safe and the program keeps running. The details were written to {where}.</translation>
    </message>
</context>
<context>
    <name>ArchiveOpening</name>
    <message>
        <source>Opening {path}…</source>
        <translation>Opening {path}…</translation>
    </message>
    <message>
        <source>Cannot open the archive</source>
        <translation>Cannot open the archive</translation>
    </message>
    <message>
        <source>The archive&apos;s catalogue is damaged and there is no good backup. The file has not been changed.</source>
        <translation>The archive&apos;s catalogue is damaged and there is no good backup. The file has not been changed.</translation>
    </message>
    <message>
        <source>This archive was made by a newer version of Vaxa Desktop. Update the program to open it; the archive has not been changed.</source>
        <translation>This archive was made by a newer version of Vaxa Desktop. Update the program to open it; the archive has not been changed.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while opening {path}. Details are in the log.</source>
        <translation>Something unexpected went wrong while opening {path}. Details are in the log.</translation>
    </message>
    <message>
        <source>Restored from backup; the damaged file is kept as {name}.</source>
        <translation>Restored from backup; the damaged file is kept as {name}.</translation>
    </message>
    <message>
        <source>Rebuild the catalogue of an archive folder</source>
        <translation>Rebuild the catalogue of an archive folder</translation>
    </message>
    <message>
        <source>Cannot rebuild the catalogue</source>
        <translation>Cannot rebuild the catalogue</translation>
    </message>
    <message>
        <source>There are no sidecar files (*.vaxa.json) in {folder}. Choose the archive folder, the one that holds the media folder.</source>
        <translation>There are no sidecar files (*.vaxa.json) in {folder}. Choose the archive folder, the one that holds the media folder.</translation>
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
        <translation>Rebuilding the catalogue of {path}…</translation>
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
        <translation>Something unexpected went wrong while rebuilding. Details are in the log.</translation>
    </message>
    <message>
        <source>No archive is open.

Choose File ▸ Open archive… (Ctrl+O) to open an archive folder.</source>
        <translation>No archive is open.

Choose File ▸ Open archive… (Ctrl+O) to open an archive folder.</translation>
    </message>
    <message>
        <source>Open archive…</source>
        <translation>Open archive…</translation>
    </message>
    <message>
        <source>{folder} · catalogue on {server}</source>
        <translation>{folder} · catalogue on {server}</translation>
    </message>
    <message>
        <source>An interrupted import was cleaned up ({n} unfinished files removed).</source>
        <translation>An interrupted import was cleaned up ({n} unfinished files removed).</translation>
    </message>
    <message>
        <source>Open an archive folder</source>
        <translation>Open an archive folder</translation>
    </message>
    <message>
        <source>Open an archive first.</source>
        <translation>Open an archive first.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>(unchanged)</source>
        <translation>(unchanged)</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n talk(s)</source>
        <translation>
            <numerusform>Edit %n talk</numerusform>
            <numerusform>Edit %n talks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n recording(s)</source>
        <translation>
            <numerusform>Edit %n recording</numerusform>
            <numerusform>Edit %n recordings</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <source>Conference:</source>
        <translation>Conference:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Add tag:</source>
        <translation>Add tag:</translation>
    </message>
    <message>
        <source>Remove tag:</source>
        <translation>Remove tag:</translation>
    </message>
    <message>
        <source>Add person:</source>
        <translation>Add person:</translation>
    </message>
    <message>
        <source>in the role:</source>
        <translation>in the role:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nothing to change.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export event bundle</source>
        <translation>Export event bundle</translation>
    </message>
    <message>
        <source>Listing conferences and cue lists…</source>
        <translation>Listing conferences and cue lists…</translation>
    </message>
    <message>
        <source>One .zip file</source>
        <translation>One .zip file</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Conferences:</source>
        <translation>Conferences:</translation>
    </message>
    <message>
        <source>Cue lists:</source>
        <translation>Cue lists:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>Save bundle as</source>
        <translation>Save bundle as</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Choose where to save the bundle.</translation>
    </message>
    <message>
        <source>Copying media and checksums…</source>
        <translation>Copying media and checksums…</translation>
    </message>
    <message>
        <source>Bundle saved to %1 (%2 files).</source>
        <translation>Bundle saved to %1 (%2 files).</translation>
    </message>
    <message>
        <source>Missing media: %1</source>
        <translation>Missing media: %1</translation>
    </message>
    <message>
        <source>Left out, outside the archive: %1</source>
        <translation>Left out, outside the archive: %1</translation>
    </message>
</context>
<context>
    <name>BundleMergeDialog</name>
    <message>
        <source>Merge event bundle</source>
        <translation>Merge event bundle</translation>
    </message>
    <message>
        <source>Adds what a bundle from an event laptop has and this archive lacks: new people, talks, recordings with their media, documents and cue lists. Records the archive already has are kept as they are.</source>
        <translation>Adds what a bundle from an event laptop has and this archive lacks: new people, talks, recordings with their media, documents and cue lists. Records the archive already has are kept as they are.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Bundle (.zip or folder):</source>
        <translation>Bundle (.zip or folder):</translation>
    </message>
    <message>
        <source>Choose the bundle to merge.</source>
        <translation>Choose the bundle to merge.</translation>
    </message>
    <message>
        <source>Checking every file against the manifest…</source>
        <translation>Checking every file against the manifest…</translation>
    </message>
    <message>
        <source>Merged: {people} people, {talks} talks, {recordings} recordings, {documents} documents and {cues} cue lists added; {files} files copied in.</source>
        <translation>Merged: {people} people, {talks} talks, {recordings} recordings, {documents} documents and {cues} cue lists added; {files} files copied in.</translation>
    </message>
    <message>
        <source>The cue list “{old}” differs from the archive&apos;s: added as “{new}”.</source>
        <translation>The cue list “{old}” differs from the archive&apos;s: added as “{new}”.</translation>
    </message>
</context>
<context>
    <name>BundleOpenDialog</name>
    <message>
        <source>Open event bundle</source>
        <translation>Open event bundle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Bundle (.zip or folder):</source>
        <translation>Bundle (.zip or folder):</translation>
    </message>
    <message>
        <source>New archive folder:</source>
        <translation>New archive folder:</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Choose a bundle</translation>
    </message>
    <message>
        <source>Bundles (*.zip);;All files (*)</source>
        <translation>Bundles (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Or choose a bundle folder</source>
        <translation>Or choose a bundle folder</translation>
    </message>
    <message>
        <source>New archive folder</source>
        <translation>New archive folder</translation>
    </message>
    <message>
        <source>Choose the bundle and a new folder for it.</source>
        <translation>Choose the bundle and a new folder for it.</translation>
    </message>
    <message>
        <source>Checking every file against the manifest…</source>
        <translation>Checking every file against the manifest…</translation>
    </message>
    <message>
        <source>The bundle is intact and ready in %1.</source>
        <translation>The bundle is intact and ready in %1.</translation>
    </message>
</context>
<context>
    <name>CatalogueActions</name>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <source>The archive is open read-only; nothing can be changed.</source>
        <translation>The archive is open read-only; nothing can be changed.</translation>
    </message>
    <message>
        <source>&amp;Import recordings…</source>
        <translation>&amp;Import recordings…</translation>
    </message>
    <message>
        <source>&amp;Verify recordings…</source>
        <translation>&amp;Verify recordings…</translation>
    </message>
    <message>
        <source>&amp;Find missing in folder…</source>
        <translation>&amp;Find missing in folder…</translation>
    </message>
    <message>
        <source>&amp;Locate recording…</source>
        <translation>&amp;Locate recording…</translation>
    </message>
    <message>
        <source>Change &amp;drive location…</source>
        <translation>Change &amp;drive location…</translation>
    </message>
    <message>
        <source>New &amp;conference…</source>
        <translation>New &amp;conference…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>New &amp;person…</translation>
    </message>
    <message>
        <source>New &amp;talk…</source>
        <translation>New &amp;talk…</translation>
    </message>
    <message>
        <source>New &amp;document…</source>
        <translation>New &amp;document…</translation>
    </message>
    <message>
        <source>&amp;Edit record…</source>
        <translation>&amp;Edit record…</translation>
    </message>
    <message>
        <source>Edit &amp;selected talks or recordings…</source>
        <translation>Edit &amp;selected talks or recordings…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>&amp;Merge people…</source>
        <translation>&amp;Merge people…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Select a recording first.</source>
        <translation>Select a recording first.</translation>
    </message>
    <message>
        <source>Select talks or recordings in the list first (Ctrl or Shift and click).</source>
        <translation>Select talks or recordings in the list first (Ctrl or Shift and click).</translation>
    </message>
    <message>
        <source>Listing people…</source>
        <translation>Listing people…</translation>
    </message>
</context>
<context>
    <name>ControlWindow</name>
    <message>
        <source>Presenter — {name}</source>
        <translation>Presenter — {name}</translation>
    </message>
    <message>
        <source>PROGRAM</source>
        <translation>PROGRAM</translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation>PREVIEW</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Black</translation>
    </message>
    <message>
        <source>NOW PLAYING</source>
        <translation>NOW PLAYING</translation>
    </message>
    <message>
        <source>NEXT (STANDBY)</source>
        <translation>NEXT (STANDBY)</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Panic</source>
        <translation>Panic</translation>
    </message>
    <message>
        <source>Play the standby cue (Space)</source>
        <translation>Play the standby cue (Space)</translation>
    </message>
    <message>
        <source>Stop the cue on air (Esc)</source>
        <translation>Stop the cue on air (Esc)</translation>
    </message>
    <message>
        <source>Stop everything and go black (Shift+Esc)</source>
        <translation>Stop everything and go black (Shift+Esc)</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Output:</translation>
    </message>
    <message>
        <source>The screen the audience sees</source>
        <translation>The screen the audience sees</translation>
    </message>
    <message>
        <source>Fullscreen (F)</source>
        <translation>Fullscreen (F)</translation>
    </message>
    <message>
        <source>Leave presenter mode</source>
        <translation>Leave presenter mode</translation>
    </message>
    <message>
        <source>Space GO  ·  Esc Stop  ·  Shift+Esc Panic  ·  ↑ ↓ choose the next cue  ·  F output fullscreen  ·  Ctrl+W leave</source>
        <translation>Space GO  ·  Esc Stop  ·  Shift+Esc Panic  ·  ↑ ↓ choose the next cue  ·  F output fullscreen  ·  Ctrl+W leave</translation>
    </message>
    <message>
        <source>No picture (sound only)</source>
        <translation>No picture (sound only)</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Cues</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Program: what the audience sees</source>
        <translation>Program: what the audience sees</translation>
    </message>
    <message>
        <source>Preview: the next cue</source>
        <translation>Preview: the next cue</translation>
    </message>
    <message>
        <source>Nothing on air (black)</source>
        <translation>Nothing on air (black)</translation>
    </message>
    <message>
        <source>{title} (holding the last picture)</source>
        <translation>{title} (holding the last picture)</translation>
    </message>
    <message>
        <source>End of the cue list</source>
        <translation>End of the cue list</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>hold last frame</source>
        <translation>hold last frame</translation>
    </message>
    <message>
        <source>fade to black</source>
        <translation>fade to black</translation>
    </message>
    <message>
        <source>continue to the next cue</source>
        <translation>continue to the next cue</translation>
    </message>
    <message>
        <source>{tin} → {tout}, then {end}</source>
        <translation>{tin} → {tout}, then {end}</translation>
    </message>
    <message>
        <source>fade in {s} s</source>
        <translation>fade in {s} s</translation>
    </message>
    <message>
        <source>fade out {s} s</source>
        <translation>fade out {s} s</translation>
    </message>
    <message>
        <source>dissolve {s} s</source>
        <translation>dissolve {s} s</translation>
    </message>
    <message>
        <source>Pre-wait {s} s</source>
        <translation>Pre-wait {s} s</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Loads when the pre-wait is over</source>
        <translation>Loads when the pre-wait is over</translation>
    </message>
    <message>
        <source>Loads when the transition is over</source>
        <translation>Loads when the transition is over</translation>
    </message>
    <message>
        <source>wait {t}</source>
        <translation>wait {t}</translation>
    </message>
</context>
<context>
    <name>CueController</name>
    <message>
        <source>Select a talk or a recording to add it to a cue list.</source>
        <translation>Select a talk or a recording to add it to a cue list.</translation>
    </message>
    <message>
        <source>There is no recording to add here.</source>
        <translation>There is no recording to add here.</translation>
    </message>
    <message>
        <source>a new cue list</source>
        <translation>a new cue list</translation>
    </message>
    <message>
        <source>Added to the cue list “{name}”.</source>
        <translation>Added to the cue list “{name}”.</translation>
    </message>
    <message>
        <source>Cannot present “{name}”: {error}</source>
        <translation>Cannot present “{name}”: {error}</translation>
    </message>
    <message>
        <source>The cue list “{name}” is empty; add recordings first.</source>
        <translation>The cue list “{name}” is empty; add recordings first.</translation>
    </message>
</context>
<context>
    <name>CueEditor</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;In</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>O&amp;ut</source>
        <translation>O&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>&amp;Fade in</source>
        <translation>&amp;Fade in</translation>
    </message>
    <message>
        <source>F&amp;ade out</source>
        <translation>F&amp;ade out</translation>
    </message>
    <message>
        <source>&amp;Dissolve to next</source>
        <translation>&amp;Dissolve to next</translation>
    </message>
    <message>
        <source>At the &amp;end</source>
        <translation>At the &amp;end</translation>
    </message>
    <message>
        <source>&amp;Pre-wait</source>
        <translation>&amp;Pre-wait</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>end of the recording</source>
        <translation>end of the recording</translation>
    </message>
    <message>
        <source>seconds before it starts</source>
        <translation>seconds before it starts</translation>
    </message>
    <message>
        <source>Where the cue starts: seconds, M:SS or H:MM:SS.mmm</source>
        <translation>Where the cue starts: seconds, M:SS or H:MM:SS.mmm</translation>
    </message>
    <message>
        <source>Where the cue ends; empty = the end of the recording</source>
        <translation>Where the cue ends; empty = the end of the recording</translation>
    </message>
    <message>
        <source>What the presenter should know or say</source>
        <translation>What the presenter should know or say</translation>
    </message>
    <message>
        <source>0 s: a cut</source>
        <translation>0 s: a cut</translation>
    </message>
    <message>
        <source>Seconds it rises from black, or from the picture before when that cue has no dissolve</source>
        <translation>Seconds it rises from black, or from the picture before when that cue has no dissolve</translation>
    </message>
    <message>
        <source>Seconds it fades to black before its end (“Fade to black”)</source>
        <translation>Seconds it fades to black before its end (“Fade to black”)</translation>
    </message>
    <message>
        <source>Seconds the next cue takes to dissolve in over this one; 0 = a cut</source>
        <translation>Seconds the next cue takes to dissolve in over this one; 0 = a cut</translation>
    </message>
    <message>
        <source>Louder or softer than the common target loudness, in dB (0 = as all others)</source>
        <translation>Louder or softer than the common target loudness, in dB (0 = as all others)</translation>
    </message>
    <message>
        <source>Select a cue to edit it.</source>
        <translation>Select a cue to edit it.</translation>
    </message>
    <message>
        <source>Cue {n}: {title}</source>
        <translation>Cue {n}: {title}</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Use seconds, M:SS or H:MM:SS.</source>
        <translation>“{text}” is not a time. Use seconds, M:SS or H:MM:SS.</translation>
    </message>
    <message>
        <source>The in point is after the end of the recording ({length}).</source>
        <translation>The in point is after the end of the recording ({length}).</translation>
    </message>
    <message>
        <source>The out point must come after the in point.</source>
        <translation>The out point must come after the in point.</translation>
    </message>
    <message>
        <source>The out point is after the end of the recording ({length}).</source>
        <translation>The out point is after the end of the recording ({length}).</translation>
    </message>
    <message>
        <source>The pre-wait is a number of seconds, like 2 or 1.5.</source>
        <translation>The pre-wait is a number of seconds, like 2 or 1.5.</translation>
    </message>
    <message>
        <source>A fade or dissolve is 0 to {max} seconds, like 1 or 0.5.</source>
        <translation>A fade or dissolve is 0 to {max} seconds, like 1 or 0.5.</translation>
    </message>
</context>
<context>
    <name>CueListPage</name>
    <message>
        <source>Cue lists</source>
        <translation>Cue lists</translation>
    </message>
    <message>
        <source>Recordings: drag into the cue list</source>
        <translation>Recordings: drag into the cue list</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>New list…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Delete list</translation>
    </message>
    <message>
        <source>Remove cue</source>
        <translation>Remove cue</translation>
    </message>
    <message>
        <source>Check cue list</source>
        <translation>Check cue list</translation>
    </message>
    <message>
        <source>Running order…</source>
        <translation>Running order…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Present ▶</source>
        <translation>Present ▶</translation>
    </message>
    <message>
        <source>Check every cue&apos;s file before the show (Ctrl+Shift+K)</source>
        <translation>Check every cue&apos;s file before the show (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Cues</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>No cue list yet: press New to make one.</source>
        <translation>No cue list yet: press New to make one.</translation>
    </message>
    <message>
        <source>New cue list</source>
        <translation>New cue list</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>New cue list “{name}”</source>
        <translation>New cue list “{name}”</translation>
    </message>
    <message>
        <source>Cue list</source>
        <translation>Cue list</translation>
    </message>
    <message>
        <source>Rename cue list</source>
        <translation>Rename cue list</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Rename cue list to “{name}”</source>
        <translation>Rename cue list to “{name}”</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <source>Duplicate cue list</source>
        <translation>Duplicate cue list</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name of the copy:</translation>
    </message>
    <message>
        <source>Duplicate cue list as “{name}”</source>
        <translation>Duplicate cue list as “{name}”</translation>
    </message>
    <message>
        <source>Delete cue list “{name}”</source>
        <translation>Delete cue list “{name}”</translation>
    </message>
    <message>
        <source>Cue list “{name}” deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Cue list “{name}” deleted. Undo (Ctrl+Z) brings it back.</translation>
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
        <translation>There is no recording to add there.</translation>
    </message>
    <message>
        <source>Remove cue {n}</source>
        <translation>Remove cue {n}</translation>
    </message>
    <message>
        <source>Move cue to position {n}</source>
        <translation>Move cue to position {n}</translation>
    </message>
    <message>
        <source>in point</source>
        <translation>in point</translation>
    </message>
    <message>
        <source>out point</source>
        <translation>out point</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>end action</source>
        <translation>end action</translation>
    </message>
    <message>
        <source>pre-wait</source>
        <translation>pre-wait</translation>
    </message>
    <message>
        <source>fade in</source>
        <translation>fade in</translation>
    </message>
    <message>
        <source>fade out</source>
        <translation>fade out</translation>
    </message>
    <message>
        <source>dissolve</source>
        <translation>dissolve</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>Edit cue {n}: {fields}</source>
        <translation>Edit cue {n}: {fields}</translation>
    </message>
    <message>
        <source>Checking every cue&apos;s file…</source>
        <translation>Checking every cue&apos;s file…</translation>
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
        <translation>The check failed: {error}</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Cue</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Running total</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV spreadsheet (*.csv);;XSPF playlist for VLC (*.xspf)</source>
        <translation>PDF (*.pdf);;CSV spreadsheet (*.csv);;XSPF playlist for VLC (*.xspf)</translation>
    </message>
    <message>
        <source>Save the running order</source>
        <translation>Save the running order</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Running order</translation>
    </message>
    <message>
        <source>Cannot save the running order: {error}</source>
        <translation>Cannot save the running order: {error}</translation>
    </message>
    <message>
        <source>Running order saved to {path}</source>
        <translation>Running order saved to {path}</translation>
    </message>
    <message>
        <source>Printing is not available here; save a PDF instead.</source>
        <translation>Printing is not available here; save a PDF instead.</translation>
    </message>
</context>
<context>
    <name>CueTableModel</name>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Fade to black</source>
        <translation>Fade to black</translation>
    </message>
    <message>
        <source>Next cue</source>
        <translation>Next cue</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>At the end</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>dissolve {s} s</source>
        <translation>dissolve {s} s</translation>
    </message>
    <message>
        <source>Broken: {reason}</source>
        <translation>Broken: {reason}</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>wait {s} s</source>
        <translation>wait {s} s</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Tick when the date is known</source>
        <translation>Tick when the date is known</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Date known</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>… and {n} more</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Talks</translation>
    </message>
    <message>
        <source>No talks are recorded for this conference.</source>
        <translation>No talks are recorded for this conference.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Appearances</source>
        <translation>Appearances</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>No talks are recorded for this person.</source>
        <translation>No talks are recorded for this person.</translation>
    </message>
    <message>
        <source>loudness {lufs} LUFS</source>
        <translation>loudness {lufs} LUFS</translation>
    </message>
    <message>
        <source>Placeholder clip, not the real recording.</source>
        <translation>Placeholder clip, not the real recording.</translation>
    </message>
    <message>
        <source>The file is missing. It was expected at: {path}</source>
        <translation>The file is missing. It was expected at: {path}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <source>No recording of this talk is in the archive.</source>
        <translation>No recording of this talk is in the archive.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Authors and editors</source>
        <translation>Authors and editors</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <source>Open the link</source>
        <translation>Open the link</translation>
    </message>
    <message>
        <source>No link or file is recorded for this document.</source>
        <translation>No link or file is recorded for this document.</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Conferences</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{n} cues</source>
        <translation>{n} cues</translation>
    </message>
    <message>
        <source>Open Cue lists in the side bar to edit this list and present it.</source>
        <translation>Open Cue lists in the side bar to edit this list and present it.</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <source>Pick a result to see it here. Enter opens it, Space plays it.</source>
        <translation>Pick a result to see it here. Enter opens it, Space plays it.</translation>
    </message>
    <message>
        <source>Pick something in the list to see it here, with everything linked to it. Enter opens it, Space plays a recording.</source>
        <translation>Pick something in the list to see it here, with everything linked to it. Enter opens it, Space plays a recording.</translation>
    </message>
    <message>
        <source>This record cannot be shown: {error}</source>
        <translation>This record cannot be shown: {error}</translation>
    </message>
    <message>
        <source>Select a talk or a recording to play.</source>
        <translation>Select a talk or a recording to play.</translation>
    </message>
    <message>
        <source>There is no recording to play here.</source>
        <translation>There is no recording to play here.</translation>
    </message>
    <message>
        <source>The recording&apos;s file is missing. It was expected at: {path}</source>
        <translation>The recording&apos;s file is missing. It was expected at: {path}</translation>
    </message>
    <message>
        <source>The player is not available: {why}</source>
        <translation>The player is not available: {why}</translation>
    </message>
    <message>
        <source>The file is missing. It was expected at: {path}</source>
        <translation>The file is missing. It was expected at: {path}</translation>
    </message>
    <message>
        <source>No program is set up to open this.</source>
        <translation>No program is set up to open this.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>The archive is damaged</source>
        <translation>The archive is damaged</translation>
    </message>
    <message>
        <source>The archive&apos;s catalogue cannot be read.</source>
        <translation>The archive&apos;s catalogue cannot be read.</translation>
    </message>
    <message>
        <source>A good backup from {name} is available. Restore it? The damaged file is kept beside it, nothing is deleted.</source>
        <translation>A good backup from {name} is available. Restore it? The damaged file is kept beside it, nothing is deleted.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Rebuild the catalogue</source>
        <translation>Rebuild the catalogue</translation>
    </message>
    <message>
        <source>Recordings missing from the catalogue of {folder} are added back.</source>
        <translation>Recordings missing from the catalogue of {folder} are added back.</translation>
    </message>
    <message>
        <source>{folder} has no catalogue.</source>
        <translation>{folder} has no catalogue.</translation>
    </message>
    <message>
        <source>A new catalogue is made from the descriptions saved beside the recordings in the media folder. The recordings themselves are not changed.</source>
        <translation>A new catalogue is made from the descriptions saved beside the recordings in the media folder. The recordings themselves are not changed.</translation>
    </message>
    <message>
        <source>Rebuild catalogue</source>
        <translation>Rebuild catalogue</translation>
    </message>
</context>
<context>
    <name>DurationField</name>
    <message>
        <source>h:mm:ss</source>
        <translation>h:mm:ss</translation>
    </message>
    <message>
        <source>Hours, minutes and seconds, like 1:30:00 or 45:00; kept in whole minutes.</source>
        <translation>Hours, minutes and seconds, like 1:30:00 or 45:00; kept in whole minutes.</translation>
    </message>
</context>
<context>
    <name>EditForm</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biography</translation>
    </message>
    <message>
        <source>Photo (file)</source>
        <translation>Photo (file)</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Placeholder</translation>
    </message>
    <message>
        <source>Start (m:ss)</source>
        <translation>Start (m:ss)</translation>
    </message>
    <message>
        <source>End (m:ss)</source>
        <translation>End (m:ss)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Edit conference</source>
        <translation>Edit conference</translation>
    </message>
    <message>
        <source>New conference</source>
        <translation>New conference</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Edit talk</source>
        <translation>Edit talk</translation>
    </message>
    <message>
        <source>New talk</source>
        <translation>New talk</translation>
    </message>
    <message>
        <source>Edit recording</source>
        <translation>Edit recording</translation>
    </message>
    <message>
        <source>Edit document</source>
        <translation>Edit document</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>New document</translation>
    </message>
    <message>
        <source>Edit chapter</source>
        <translation>Edit chapter</translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation>New chapter</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Show the record as it is saved now; your changes in this form are lost.</source>
        <translation>Show the record as it is saved now; your changes in this form are lost.</translation>
    </message>
    <message>
        <source>(no conference)</source>
        <translation>(no conference)</translation>
    </message>
    <message>
        <source>Type part of the talk&apos;s title</source>
        <translation>Type part of the talk&apos;s title</translation>
    </message>
    <message>
        <source>Type a name: one in the archive, or a new one</source>
        <translation>Type a name: one in the archive, or a new one</translation>
    </message>
    <message>
        <source>This is a stand-in, not the real recording</source>
        <translation>This is a stand-in, not the real recording</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>This record cannot be edited: {error}</source>
        <translation>This record cannot be edited: {error}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened this form, so your changes were not saved. Choose Reload to see the record as it is now, then make your changes again.</source>
        <translation>Someone else saved this record after you opened this form, so your changes were not saved. Choose Reload to see the record as it is now, then make your changes again.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Whole catalogue (JSON)</source>
        <translation>Whole catalogue (JSON)</translation>
    </message>
    <message>
        <source>Spreadsheet tables (CSV, one file per kind)</source>
        <translation>Spreadsheet tables (CSV, one file per kind)</translation>
    </message>
    <message>
        <source>Conference schedule (frab schedule.xml)</source>
        <translation>Conference schedule (frab schedule.xml)</translation>
    </message>
    <message>
        <source>PBCore 2.1 collection (one XML file)</source>
        <translation>PBCore 2.1 collection (one XML file)</translation>
    </message>
    <message>
        <source>PBCore 2.1 records (one file per recording)</source>
        <translation>PBCore 2.1 records (one file per recording)</translation>
    </message>
    <message>
        <source>BagIt bag of recordings with PBCore records</source>
        <translation>BagIt bag of recordings with PBCore records</translation>
    </message>
    <message>
        <source>Listing conferences…</source>
        <translation>Listing conferences…</translation>
    </message>
    <message>
        <source>For Excel (BOM and semicolons)</source>
        <translation>For Excel (BOM and semicolons)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Conferences (none ticked: all):</source>
        <translation>Conferences (none ticked: all):</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Files (*.xml *.json)</source>
        <translation>Files (*.xml *.json)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choose where to save the export.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Left out: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filter by {what}</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Any year</translation>
    </message>
    <message>
        <source>Any conference</source>
        <translation>Any conference</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Any role</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
    <message>
        <source>With or without recording</source>
        <translation>With or without recording</translation>
    </message>
    <message>
        <source>With recording</source>
        <translation>With recording</translation>
    </message>
    <message>
        <source>Without recording</source>
        <translation>Without recording</translation>
    </message>
</context>
<context>
    <name>FixityDialog</name>
    <message>
        <source>Verify recordings</source>
        <translation>Verify recordings</translation>
    </message>
    <message>
        <source>&amp;Verify all</source>
        <translation>&amp;Verify all</translation>
    </message>
    <message>
        <source>The recordings have never all been verified.</source>
        <translation>The recordings have never all been verified.</translation>
    </message>
    <message>
        <source>Last full check: %1</source>
        <translation>Last full check: %1</translation>
    </message>
    <message>
        <source>(more than 90 days ago: time to check again)</source>
        <translation>(more than 90 days ago: time to check again)</translation>
    </message>
    <message>
        <source>Verifying the recordings…</source>
        <translation>Verifying the recordings…</translation>
    </message>
    <message>
        <source>%1 checked: %2 ok, %3 changed, %4 missing.</source>
        <translation>%1 checked: %2 ok, %3 changed, %4 missing.</translation>
    </message>
    <message>
        <source>Cancelled before every file was checked.</source>
        <translation>Cancelled before every file was checked.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>linked</translation>
    </message>
    <message>
        <source>unlinked</source>
        <translation>unlinked</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>found again</source>
        <translation>found again</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>rebuilt</source>
        <translation>rebuilt</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (undone)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The history cannot be shown: {error}</source>
        <translation>The history cannot be shown: {error}</translation>
    </message>
</context>
<context>
    <name>ImportScheduleDialog</name>
    <message>
        <source>Import schedule</source>
        <translation>Import schedule</translation>
    </message>
    <message>
        <source>These names resemble people already in the archive. Tick the ones that are the same person:</source>
        <translation>These names resemble people already in the archive. Tick the ones that are the same person:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Schedule file:</source>
        <translation>Schedule file:</translation>
    </message>
    <message>
        <source>Choose a schedule</source>
        <translation>Choose a schedule</translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json);;All files (*)</source>
        <translation>Schedules (*.xml *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the schedule…</source>
        <translation>Reading the schedule…</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>%1 (%2): %3 the conference; %4 new talks, %5 to update; %6 people already in the archive, %7 new.</source>
        <translation>%1 (%2): %3 the conference; %4 new talks, %5 to update; %6 people already in the archive, %7 new.</translation>
    </message>
    <message>
        <source>%1  →  %2</source>
        <translation>%1  →  %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Imported: %1 talks created, %2 updated, %3 people created.</source>
        <translation>Imported: %1 talks created, %2 updated, %3 people created.</translation>
    </message>
</context>
<context>
    <name>IngestDialog</name>
    <message>
        <source>Import recordings</source>
        <translation>Import recordings</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Choose &amp;files…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Choose f&amp;older…</translation>
    </message>
    <message>
        <source>Where the recordings belong</source>
        <translation>Where the recordings belong</translation>
    </message>
    <message>
        <source>One &amp;new talk per file, in the conference</source>
        <translation>One &amp;new talk per file, in the conference</translation>
    </message>
    <message>
        <source>All to one existing &amp;talk</source>
        <translation>All to one existing &amp;talk</translation>
    </message>
    <message>
        <source>No talk &amp;yet</source>
        <translation>No talk &amp;yet</translation>
    </message>
    <message>
        <source>(no conference)</source>
        <translation>(no conference)</translation>
    </message>
    <message>
        <source>Conference of the new talks</source>
        <translation>Conference of the new talks</translation>
    </message>
    <message>
        <source>Type part of the talk&apos;s title</source>
        <translation>Type part of the talk&apos;s title</translation>
    </message>
    <message>
        <source>The talk the recordings belong to</source>
        <translation>The talk the recordings belong to</translation>
    </message>
    <message>
        <source>&amp;Copy into the archive</source>
        <translation>&amp;Copy into the archive</translation>
    </message>
    <message>
        <source>&amp;Link: leave the files where they are</source>
        <translation>&amp;Link: leave the files where they are</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>Choose files or a folder to import.</source>
        <translation>Choose files or a folder to import.</translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation>Folder to import</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>Looking at the files…</translation>
    </message>
    <message>
        <source>Title of a new talk</source>
        <translation>Title of a new talk</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) to import</source>
        <translation>
            <numerusform>%n recording to import</numerusform>
            <numerusform>%n recordings to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out: not audio or video</source>
        <translation>
            <numerusform>%n file left out: not audio or video</numerusform>
            <numerusform>%n files left out: not audio or video</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported</source>
        <translation>
            <numerusform>%n file cannot be imported</numerusform>
            <numerusform>%n files cannot be imported</numerusform>
        </translation>
    </message>
    <message>
        <source>(looking was cancelled)</source>
        <translation>(looking was cancelled)</translation>
    </message>
    <message>
        <source>The title of the talk made for this file; edit it here.</source>
        <translation>The title of the talk made for this file; edit it here.</translation>
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <translation>Cannot be imported: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Talk: %1</source>
        <translation>Talk: %1</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>Recording: %1</translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation>Cancelled: the remaining files were not imported.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>not imported</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Making the talks…</source>
        <translation>Making the talks…</translation>
    </message>
    <message>
        <source>The talks were not made: %1</source>
        <translation>The talks were not made: %1</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates, %3 failed, %4 left out.</source>
        <translation>%1 imported, %2 duplicates, %3 failed, %4 left out.</translation>
    </message>
    <message numerus="yes">
        <source>%n new talk(s).</source>
        <translation>
            <numerusform>%n new talk.</numerusform>
            <numerusform>%n new talks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a row to open its record.</source>
        <translation>Double-click a row to open its record.</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>left out</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message>
        <source>Import &amp;schedule…</source>
        <translation>Import &amp;schedule…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export event &amp;bundle…</source>
        <translation>Export event &amp;bundle…</translation>
    </message>
    <message>
        <source>&amp;Open event bundle…</source>
        <translation>&amp;Open event bundle…</translation>
    </message>
    <message>
        <source>&amp;Merge event bundle into this archive…</source>
        <translation>&amp;Merge event bundle into this archive…</translation>
    </message>
    <message>
        <source>No archive</source>
        <translation>No archive</translation>
    </message>
    <message>
        <source>Open an archive first.</source>
        <translation>Open an archive first.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>What the media tools or the system said about the selected file</source>
        <translation>What the media tools or the system said about the selected file</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Select a file to see what was said about it.</source>
        <translation>Select a file to see what was said about it.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>Keynote</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>Panellist</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Full talk</source>
        <translation>Full talk</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Trailer</source>
        <translation>Trailer</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <translation>Northern Sami</translation>
    </message>
    <message>
        <source>Meänkieli</source>
        <translation>Meänkieli</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Conferences</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Talks</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Cue lists</source>
        <translation>Cue lists</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transcripts</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Series and number</source>
        <translation>Series and number</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Cues</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>LanguageField</name>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Choose a language from the list.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the archive…</source>
        <translation>Opening the archive…</translation>
    </message>
    <message>
        <source>Search names, titles, themes, report numbers (Ctrl+K)</source>
        <translation>Search names, titles, themes, report numbers (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Search the archive</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Something could not be loaded: {error}</source>
        <translation>Something could not be loaded: {error}</translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Merge people</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Merge into it and remove</source>
        <translation>Merge into it and remove</translation>
    </message>
    <message>
        <source>Every talk and document of the removed person moves to the kept one. Empty fields of the kept person are filled in.</source>
        <translation>Every talk and document of the removed person moves to the kept one. Empty fields of the kept person are filled in.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Merging…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The archive is open read-only; nothing can be changed.</source>
        <translation>The archive is open read-only; nothing can be changed.</translation>
    </message>
    <message>
        <source>{root} is on read-only media; nothing can be changed.</source>
        <translation>{root} is on read-only media; nothing can be changed.</translation>
    </message>
    <message>
        <source>{root} is being edited by another program; close it and try again.</source>
        <translation>{root} is being edited by another program; close it and try again.</translation>
    </message>
    <message>
        <source>{root} is being edited by another program ({holder}); close it and try again.</source>
        <translation>{root} is being edited by another program ({holder}); close it and try again.</translation>
    </message>
    <message>
        <source>{root} is being written by another program ({holder}), which did not finish within {seconds} s; try again later.</source>
        <translation>{root} is being written by another program ({holder}), which did not finish within {seconds} s; try again later.</translation>
    </message>
    <message>
        <source>There is already an archive in {root}.</source>
        <translation>There is already an archive in {root}.</translation>
    </message>
    <message>
        <source>{root} is a file, not a folder.</source>
        <translation>{root} is a file, not a folder.</translation>
    </message>
    <message>
        <source>{root} is a file, not an archive folder.</source>
        <translation>{root} is a file, not an archive folder.</translation>
    </message>
    <message>
        <source>Cannot create an archive in {root}: {reason}</source>
        <translation>Cannot create an archive in {root}: {reason}</translation>
    </message>
    <message>
        <source>{root} does not exist (is the drive connected?).</source>
        <translation>{root} does not exist (is the drive connected?).</translation>
    </message>
    <message>
        <source>{drive} is not there (is the drive connected?): nothing was written to {path}.</source>
        <translation>{drive} is not there (is the drive connected?): nothing was written to {path}.</translation>
    </message>
    <message>
        <source>{root} is not an archive: it has no {name}.</source>
        <translation>{root} is not an archive: it has no {name}.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Vaxa archive.</source>
        <translation>{path} is an SQLite file but not a Vaxa archive.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({reason}). It has not been changed.</source>
        <translation>{path} is damaged and cannot be read ({reason}). It has not been changed.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}.</source>
        <translation>{path} cannot be opened: {reason}.</translation>
    </message>
    <message>
        <source>The disk holding the archive ({root}) is full, so its catalogue cannot be opened; nothing in it was lost. Free some space and try again.</source>
        <translation>The disk holding the archive ({root}) is full, so its catalogue cannot be opened; nothing in it was lost. Free some space and try again.</translation>
    </message>
    <message>
        <source>{root} was made by a newer version of Vaxa Desktop (schema {schema}). Update the program to open it; the archive has not been changed.</source>
        <translation>{root} was made by a newer version of Vaxa Desktop (schema {schema}). Update the program to open it; the archive has not been changed.</translation>
    </message>
    <message>
        <source>{root} needs an upgrade, which cannot be done while it is read-only.</source>
        <translation>{root} needs an upgrade, which cannot be done while it is read-only.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a settings file.</source>
        <translation>{path} is not a settings file.</translation>
    </message>
    <message>
        <source>{folder} is on a network file system ({fstype}). SQLite cannot share its catalogue safely there (its write-ahead log needs a local disk): copy the archive to a local disk, or keep the catalogue on a PostgreSQL server.</source>
        <translation>{folder} is on a network file system ({fstype}). SQLite cannot share its catalogue safely there (its write-ahead log needs a local disk): copy the archive to a local disk, or keep the catalogue on a PostgreSQL server.</translation>
    </message>
    <message>
        <source>The catalogue cannot be reached ({reason}). Check the network connection or the drive, then try again.</source>
        <translation>The catalogue cannot be reached ({reason}). Check the network connection or the drive, then try again.</translation>
    </message>
    <message>
        <source>The disk or the database is full; nothing was saved. Free some space and try again.</source>
        <translation>The disk or the database is full; nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The catalogue is busy with another program&apos;s change; nothing was saved. Try again in a moment.</source>
        <translation>The catalogue is busy with another program&apos;s change; nothing was saved. Try again in a moment.</translation>
    </message>
    <message>
        <source>Cannot reach the catalogue at {where}: {reason}</source>
        <translation>Cannot reach the catalogue at {where}: {reason}</translation>
    </message>
    <message>
        <source>The archive is on read-only media: write the backup elsewhere with --to DIR.</source>
        <translation>The archive is on read-only media: write the backup elsewhere with --to DIR.</translation>
    </message>
    <message>
        <source>The backup cannot be written to {folder}: {reason}</source>
        <translation>The backup cannot be written to {folder}: {reason}</translation>
    </message>
    <message>
        <source>The disk holding the archive ({root}) is full; nothing already saved was lost. Free some space and try again.</source>
        <translation>The disk holding the archive ({root}) is full; nothing already saved was lost. Free some space and try again.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was written there. Free some space, or choose a place on another disk.</source>
        <translation>The disk holding {path} is full: nothing was written there. Free some space, or choose a place on another disk.</translation>
    </message>
    <message>
        <source>The disk holding the archive ({root}) is full: {imported} of {total} files were imported before it filled up, and nothing already imported was lost. Free some space and run the import again for the rest.</source>
        <translation>The disk holding the archive ({root}) is full: {imported} of {total} files were imported before it filled up, and nothing already imported was lost. Free some space and run the import again for the rest.</translation>
    </message>
    <message>
        <source>A number given is out of range: ids, years and counts go up to {largest}. Nothing was changed.</source>
        <translation>A number given is out of range: ids, years and counts go up to {largest}. Nothing was changed.</translation>
    </message>
    <message>
        <source>A text given holds an invalid character (a lone surrogate such as U+D800, or NUL); nothing was changed.</source>
        <translation>A text given holds an invalid character (a lone surrogate such as U+D800, or NUL); nothing was changed.</translation>
    </message>
    <message>
        <source>A text given is longer than its field holds; nothing was changed.</source>
        <translation>A text given is longer than its field holds; nothing was changed.</translation>
    </message>
    <message>
        <source>The catalogue at {where} was made by a newer version of Vaxa Desktop (schema {schema}). Update the program to use it; nothing has been changed.</source>
        <translation>The catalogue at {where} was made by a newer version of Vaxa Desktop (schema {schema}). Update the program to use it; nothing has been changed.</translation>
    </message>
    <message>
        <source>{where} already holds a catalogue; open it with --database instead.</source>
        <translation>{where} already holds a catalogue; open it with --database instead.</translation>
    </message>
    <message>
        <source>{where} is not empty; a new catalogue needs an empty database.</source>
        <translation>{where} is not empty; a new catalogue needs an empty database.</translation>
    </message>
    <message>
        <source>{where} is not a Vaxa catalogue.</source>
        <translation>{where} is not a Vaxa catalogue.</translation>
    </message>
    <message>
        <source>{where} holds no catalogue yet; create one with init --database.</source>
        <translation>{where} holds no catalogue yet; create one with init --database.</translation>
    </message>
    <message>
        <source>The catalogue at {where} needs an upgrade, which cannot be done read-only.</source>
        <translation>The catalogue at {where} needs an upgrade, which cannot be done read-only.</translation>
    </message>
    <message>
        <source>The catalogue at {where} needs an upgrade, but the backup before it failed ({reason}); nothing has been changed.</source>
        <translation>The catalogue at {where} needs an upgrade, but the backup before it failed ({reason}); nothing has been changed.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a PostgreSQL address (postgresql://USER@HOST/DATABASE).</source>
        <translation>&apos;{url}&apos; is not a PostgreSQL address (postgresql://USER@HOST/DATABASE).</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a valid database address: {reason}</source>
        <translation>&apos;{url}&apos; is not a valid database address: {reason}</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; names no database (postgresql://HOST/DATABASE).</source>
        <translation>&apos;{url}&apos; names no database (postgresql://HOST/DATABASE).</translation>
    </message>
    <message>
        <source>This archive&apos;s catalogue is already on a PostgreSQL server.</source>
        <translation>This archive&apos;s catalogue is already on a PostgreSQL server.</translation>
    </message>
    <message>
        <source>{where} is not empty; the catalogue needs an empty database.</source>
        <translation>{where} is not empty; the catalogue needs an empty database.</translation>
    </message>
    <message>
        <source>Copying to {where} failed: {reason}</source>
        <translation>Copying to {where} failed: {reason}</translation>
    </message>
    <message>
        <source>The copy at {where} differs from the archive in: {tables}. The archive still uses its own catalogue; drop that database before trying again.</source>
        <translation>The copy at {where} differs from the archive in: {tables}. The archive still uses its own catalogue; drop that database before trying again.</translation>
    </message>
    <message>
        <source>There is no {kind} with id {id}.</source>
        <translation>There is no {kind} with id {id}.</translation>
    </message>
    <message>
        <source>This record was changed by someone else; reload it and make your change again. Nothing was saved.</source>
        <translation>This record was changed by someone else; reload it and make your change again. Nothing was saved.</translation>
    </message>
    <message>
        <source>The {kind} {key} no longer exists.</source>
        <translation>The {kind} {key} no longer exists.</translation>
    </message>
    <message>
        <source>The {kind} {key} is gone.</source>
        <translation>The {kind} {key} is gone.</translation>
    </message>
    <message>
        <source>The {kind} {key} exists.</source>
        <translation>The {kind} {key} exists.</translation>
    </message>
    <message>
        <source>The {column} of {kind} {key} was changed since (now &apos;{current}&apos;); the edit was not applied.</source>
        <translation>The {column} of {kind} {key} was changed since (now &apos;{current}&apos;); the edit was not applied.</translation>
    </message>
    <message>
        <source>The {kind} {id} is still used by a {other}; remove that first.</source>
        <translation>The {kind} {id} is still used by a {other}; remove that first.</translation>
    </message>
    <message>
        <source>There is already a {kind} named &apos;{name}&apos;.</source>
        <translation>There is already a {kind} named &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Records of kind &apos;{kind}&apos; cannot be edited here.</source>
        <translation>Records of kind &apos;{kind}&apos; cannot be edited here.</translation>
    </message>
    <message>
        <source>Records of kind &apos;{kind}&apos; cannot be created here.</source>
        <translation>Records of kind &apos;{kind}&apos; cannot be created here.</translation>
    </message>
    <message>
        <source>Records of kind &apos;{kind}&apos; cannot be deleted here.</source>
        <translation>Records of kind &apos;{kind}&apos; cannot be deleted here.</translation>
    </message>
    <message>
        <source>A new {kind} needs: {fields}.</source>
        <translation>A new {kind} needs: {fields}.</translation>
    </message>
    <message>
        <source>A {kind} has no field &apos;{name}&apos; (fields: {allowed}).</source>
        <translation>A {kind} has no field &apos;{name}&apos; (fields: {allowed}).</translation>
    </message>
    <message>
        <source>Bulk edits work on talks or recordings.</source>
        <translation>Bulk edits work on talks or recordings.</translation>
    </message>
    <message>
        <source>There is already a person named &apos;{name}&apos;. Merge the two people instead.</source>
        <translation>There is already a person named &apos;{name}&apos;. Merge the two people instead.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already in the archive.</source>
        <translation>&apos;{name}&apos; is already in the archive.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>A person needs a name.</translation>
    </message>
    <message>
        <source>{name} is listed twice as {role}.</source>
        <translation>{name} is listed twice as {role}.</translation>
    </message>
    <message>
        <source>A {kind} has no people in roles.</source>
        <translation>A {kind} has no people in roles.</translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation>Choose two different people to merge.</translation>
    </message>
    <message>
        <source>A conference needs a title.</source>
        <translation>A conference needs a title.</translation>
    </message>
    <message>
        <source>{year} is not a plausible conference year.</source>
        <translation>{year} is not a plausible conference year.</translation>
    </message>
    <message>
        <source>There is no conference in {year}.</source>
        <translation>There is no conference in {year}.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>A talk needs a title.</source>
        <translation>A talk needs a title.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>A document needs a title.</translation>
    </message>
    <message>
        <source>Recording {id} has no talk; documents hang on talks.</source>
        <translation>Recording {id} has no talk; documents hang on talks.</translation>
    </message>
    <message>
        <source>A segment cannot end before it starts.</source>
        <translation>A segment cannot end before it starts.</translation>
    </message>
    <message>
        <source>The {field} cannot be empty.</source>
        <translation>The {field} cannot be empty.</translation>
    </message>
    <message>
        <source>The {field} is required.</source>
        <translation>The {field} is required.</translation>
    </message>
    <message>
        <source>The {field} is longer than {max} characters.</source>
        <translation>The {field} is longer than {max} characters.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number.</source>
        <translation>The {field} must be a whole number.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number, not &apos;{value}&apos;.</source>
        <translation>The {field} must be a whole number, not &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>The {field} must be between {low} and {high}.</source>
        <translation>The {field} must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>The {field} &apos;{value}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>The {field} &apos;{value}&apos; is not a date (use YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The {field} &apos;{value}&apos; is not a date and time (use YYYY-MM-DD HH:MM).</source>
        <translation>The {field} &apos;{value}&apos; is not a date and time (use YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>Unknown {field} &apos;{value}&apos; (use one of: {allowed}).</source>
        <translation>Unknown {field} &apos;{value}&apos; (use one of: {allowed}).</translation>
    </message>
    <message>
        <source>The {field} must be yes or no, not &apos;{value}&apos;.</source>
        <translation>The {field} must be yes or no, not &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code (use e.g. sv, en, se, fi, sv-FI).</source>
        <translation>&apos;{value}&apos; is not a language code (use e.g. sv, en, se, fi, sv-FI).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a web address (start with https://).</source>
        <translation>&apos;{value}&apos; is not a web address (start with https://).</translation>
    </message>
    <message>
        <source>The web address is longer than 2000 characters.</source>
        <translation>The web address is longer than 2000 characters.</translation>
    </message>
    <message>
        <source>A time is missing (use seconds (83.5), M:SS or H:MM:SS, with up to three decimals).</source>
        <translation>A time is missing (use seconds (83.5), M:SS or H:MM:SS, with up to three decimals).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time (use seconds (83.5), M:SS or H:MM:SS, with up to three decimals).</source>
        <translation>&apos;{text}&apos; is not a time (use seconds (83.5), M:SS or H:MM:SS, with up to three decimals).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is longer than {hours} hours.</source>
        <translation>&apos;{text}&apos; is longer than {hours} hours.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: minutes and seconds after a colon go from 00 to 59.</source>
        <translation>&apos;{text}&apos;: minutes and seconds after a colon go from 00 to 59.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: a time has at most three decimals (milliseconds).</source>
        <translation>&apos;{text}&apos;: a time has at most three decimals (milliseconds).</translation>
    </message>
    <message>
        <source>A time cannot be negative.</source>
        <translation>A time cannot be negative.</translation>
    </message>
    <message>
        <source>A time cannot be longer than {hours} hours.</source>
        <translation>A time cannot be longer than {hours} hours.</translation>
    </message>
    <message>
        <source>There is no cue list &apos;{name}&apos;.</source>
        <translation>There is no cue list &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>A cue list needs a name.</source>
        <translation>A cue list needs a name.</translation>
    </message>
    <message>
        <source>There is already a cue list called &apos;{name}&apos;.</source>
        <translation>There is already a cue list called &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The in point cannot be negative.</source>
        <translation>The in point cannot be negative.</translation>
    </message>
    <message>
        <source>The out point must come after the in point.</source>
        <translation>The out point must come after the in point.</translation>
    </message>
    <message>
        <source>Volume must be between 0 and 200 %.</source>
        <translation>Volume must be between 0 and 200 %.</translation>
    </message>
    <message>
        <source>Unknown end action &apos;{value}&apos; (use hold, black or next).</source>
        <translation>Unknown end action &apos;{value}&apos; (use hold, black or next).</translation>
    </message>
    <message>
        <source>The pre-wait cannot be negative.</source>
        <translation>The pre-wait cannot be negative.</translation>
    </message>
    <message>
        <source>A fade or dissolve lasts 0 to {seconds} seconds.</source>
        <translation>A fade or dissolve lasts 0 to {seconds} seconds.</translation>
    </message>
    <message>
        <source>The level trim must be between {low} and +{high} dB.</source>
        <translation>The level trim must be between {low} and +{high} dB.</translation>
    </message>
    <message>
        <source>The in point is after the end of the recording.</source>
        <translation>The in point is after the end of the recording.</translation>
    </message>
    <message>
        <source>Cannot change {fields} of a cue.</source>
        <translation>Cannot change {fields} of a cue.</translation>
    </message>
    <message>
        <source>Unknown running order format &apos;{value}&apos; (use csv, xspf or pdf).</source>
        <translation>Unknown running order format &apos;{value}&apos; (use csv, xspf or pdf).</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} is not a file.</translation>
    </message>
    <message>
        <source>{path} is not a file (missing, or a folder).</source>
        <translation>{path} is not a file (missing, or a folder).</translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation>{path} is empty.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be read as media: {reason}</source>
        <translation>{path} cannot be read as media: {reason}</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} is not a folder.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name.</source>
        <translation>{path} already exists; choose a new name.</translation>
    </message>
    <message>
        <source>Another program is writing {path} just now; wait for it or choose a new name.</source>
        <translation>Another program is writing {path} just now; wait for it or choose a new name.</translation>
    </message>
    <message>
        <source>{kind} {id}: the path {path} leads outside the archive folder; nothing was imported.</source>
        <translation>{kind} {id}: the path {path} leads outside the archive folder; nothing was imported.</translation>
    </message>
    <message>
        <source>{sidecar}: the path {path} leads outside the archive folder; nothing was restored.</source>
        <translation>{sidecar}: the path {path} leads outside the archive folder; nothing was restored.</translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; choose a new folder.</source>
        <translation>{path} already exists and is not empty; choose a new folder.</translation>
    </message>
    <message>
        <source>The file or folder was not found.</source>
        <translation>The file or folder was not found.</translation>
    </message>
    <message>
        <source>Permission denied: this user may not read or change it.</source>
        <translation>Permission denied: this user may not read or change it.</translation>
    </message>
    <message>
        <source>The drive reported a read or write error; the disk or memory card may be failing.</source>
        <translation>The drive reported a read or write error; the disk or memory card may be failing.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <source>The drive is read-only.</source>
        <translation>The drive is read-only.</translation>
    </message>
    <message>
        <source>The name is too long for this file system.</source>
        <translation>The name is too long for this file system.</translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation>It is a folder, not a file.</translation>
    </message>
    <message>
        <source>A part of the path is a file, not a folder.</source>
        <translation>A part of the path is a file, not a folder.</translation>
    </message>
    <message>
        <source>The path goes round in a loop of symbolic links.</source>
        <translation>The path goes round in a loop of symbolic links.</translation>
    </message>
    <message>
        <source>The network drive did not answer.</source>
        <translation>The network drive did not answer.</translation>
    </message>
    <message>
        <source>The file is in use by another program.</source>
        <translation>The file is in use by another program.</translation>
    </message>
    <message>
        <source>Too many files are open at once; close some programs and try again.</source>
        <translation>Too many files are open at once; close some programs and try again.</translation>
    </message>
    <message>
        <source>The file system refused; see the details.</source>
        <translation>The file system refused; see the details.</translation>
    </message>
    <message>
        <source>Something went wrong with this file; see the details.</source>
        <translation>Something went wrong with this file; see the details.</translation>
    </message>
    <message>
        <source>It is not a regular file.</source>
        <translation>It is not a regular file.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>The file is empty (0 bytes).</translation>
    </message>
    <message>
        <source>The media tools ffprobe and ffmpeg are not installed, so the file cannot be examined.</source>
        <translation>The media tools ffprobe and ffmpeg are not installed, so the file cannot be examined.</translation>
    </message>
    <message>
        <source>The media tools ffprobe and ffmpeg could not be started.</source>
        <translation>The media tools ffprobe and ffmpeg could not be started.</translation>
    </message>
    <message>
        <source>The media tools gave an answer that cannot be read.</source>
        <translation>The media tools gave an answer that cannot be read.</translation>
    </message>
    <message>
        <source>The file is not in an audio or video format that is known here.</source>
        <translation>The file is not in an audio or video format that is known here.</translation>
    </message>
    <message>
        <source>The file holds neither sound nor picture.</source>
        <translation>The file holds neither sound nor picture.</translation>
    </message>
    <message>
        <source>It is a still image, not a recording.</source>
        <translation>It is a still image, not a recording.</translation>
    </message>
    <message>
        <source>The file is incomplete: it was probably cut off while it was recorded or copied.</source>
        <translation>The file is incomplete: it was probably cut off while it was recorded or copied.</translation>
    </message>
    <message>
        <source>The file is damaged, or it is not an audio or video file.</source>
        <translation>The file is damaged, or it is not an audio or video file.</translation>
    </message>
    <message>
        <source>Not one picture of the video could be decoded; the file is probably damaged.</source>
        <translation>Not one picture of the video could be decoded; the file is probably damaged.</translation>
    </message>
    <message>
        <source>Examining the file took longer than {seconds} seconds; it is probably damaged.</source>
        <translation>Examining the file took longer than {seconds} seconds; it is probably damaged.</translation>
    </message>
    <message>
        <source>The file cannot be read as audio or video.</source>
        <translation>The file cannot be read as audio or video.</translation>
    </message>
    <message>
        <source>No scrub strip could be made; the recording plays as usual.</source>
        <translation>No scrub strip could be made; the recording plays as usual.</translation>
    </message>
    <message>
        <source>Not an audio or video file; left out.</source>
        <translation>Not an audio or video file; left out.</translation>
    </message>
    <message>
        <source>Already in the archive: the same content as {original}.</source>
        <translation>Already in the archive: the same content as {original}.</translation>
    </message>
    <message>
        <source>The file changed while it was being imported; import it again once it is complete.</source>
        <translation>The file changed while it was being imported; import it again once it is complete.</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled.</source>
        <translation>Not imported: the import was cancelled.</translation>
    </message>
    <message>
        <source>Its talk was deleted meanwhile; the recording was imported without a talk.</source>
        <translation>Its talk was deleted meanwhile; the recording was imported without a talk.</translation>
    </message>
    <message>
        <source>The file was not found (is the drive connected?).</source>
        <translation>The file was not found (is the drive connected?).</translation>
    </message>
    <message>
        <source>There is a folder or something else where the file should be.</source>
        <translation>There is a folder or something else where the file should be.</translation>
    </message>
    <message>
        <source>The file is now {size_bytes} bytes; it was {was_bytes} bytes when it was checked in.</source>
        <translation>The file is now {size_bytes} bytes; it was {was_bytes} bytes when it was checked in.</translation>
    </message>
    <message>
        <source>There was no checksum yet; it has been recorded now.</source>
        <translation>There was no checksum yet; it has been recorded now.</translation>
    </message>
    <message>
        <source>The content has changed: its checksum differs from the one recorded.</source>
        <translation>The content has changed: its checksum differs from the one recorded.</translation>
    </message>
    <message>
        <source>Its recording was deleted from the archive.</source>
        <translation>Its recording was deleted from the archive.</translation>
    </message>
    <message>
        <source>The file is missing: {path}</source>
        <translation>The file is missing: {path}</translation>
    </message>
    <message>
        <source>The file cannot be read: {path}</source>
        <translation>The file cannot be read: {path}</translation>
    </message>
    <message>
        <source>The out point ({out}) is after the end of the file ({end}).</source>
        <translation>The out point ({out}) is after the end of the file ({end}).</translation>
    </message>
    <message>
        <source>The in point is after the end of the file.</source>
        <translation>The in point is after the end of the file.</translation>
    </message>
    <message>
        <source>{name} is not an SRT or WebVTT file (.srt or .vtt).</source>
        <translation>{name} is not an SRT or WebVTT file (.srt or .vtt).</translation>
    </message>
    <message>
        <source>{name} is not a readable subtitle file: {reason}.</source>
        <translation>{name} is not a readable subtitle file: {reason}.</translation>
    </message>
    <message>
        <source>{name} holds no subtitle cues.</source>
        <translation>{name} holds no subtitle cues.</translation>
    </message>
    <message>
        <source>Say which talk or recording the transcript belongs to.</source>
        <translation>Say which talk or recording the transcript belongs to.</translation>
    </message>
    <message>
        <source>Talk {id} has no recording yet; import one before adding a transcript.</source>
        <translation>Talk {id} has no recording yet; import one before adding a transcript.</translation>
    </message>
    <message>
        <source>{name} is not the same file (its checksum differs); choose another file.</source>
        <translation>{name} is not the same file (its checksum differs); choose another file.</translation>
    </message>
    <message>
        <source>A volume needs a name.</source>
        <translation>A volume needs a name.</translation>
    </message>
    <message>
        <source>Unknown list &apos;{kind}&apos;.</source>
        <translation>Unknown list &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>A saved search needs a name.</translation>
    </message>
    <message>
        <source>The schedule has no usable dates, so its conference year is unknown.</source>
        <translation>The schedule has no usable dates, so its conference year is unknown.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This is not a schedule file: expected frab schedule.xml or a schedule JSON export.</source>
        <translation>This is not a schedule file: expected frab schedule.xml or a schedule JSON export.</translation>
    </message>
    <message>
        <source>{name} is too large for a schedule ({size} bytes).</source>
        <translation>{name} is too large for a schedule ({size} bytes).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a schedule file.</source>
        <translation>{path} is a folder, not a schedule file.</translation>
    </message>
    <message>
        <source>This XML file is not a frab/pretalx schedule (its root element is &lt;{root}&gt;, not &lt;schedule&gt;).</source>
        <translation>This XML file is not a frab/pretalx schedule (its root element is &lt;{root}&gt;, not &lt;schedule&gt;).</translation>
    </message>
    <message>
        <source>The schedule does not name its conference (no &lt;title&gt;).</source>
        <translation>The schedule does not name its conference (no &lt;title&gt;).</translation>
    </message>
    <message>
        <source>The schedule does not name its conference (no &apos;title&apos;).</source>
        <translation>The schedule does not name its conference (no &apos;title&apos;).</translation>
    </message>
    <message>
        <source>This JSON file is not a conference schedule (no &apos;schedule&apos; with a &apos;conference&apos;).</source>
        <translation>This JSON file is not a conference schedule (no &apos;schedule&apos; with a &apos;conference&apos;).</translation>
    </message>
    <message>
        <source>frab schedules need a start time for every talk.</source>
        <translation>frab schedules need a start time for every talk.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no dates; a frab schedule needs at least one day.</source>
        <translation>&apos;{title}&apos; has no dates; a frab schedule needs at least one day.</translation>
    </message>
    <message>
        <source>The {what} is too large ({size} MB; the limit is {limit} MB).</source>
        <translation>The {what} is too large ({size} MB; the limit is {limit} MB).</translation>
    </message>
    <message>
        <source>The {what} is not UTF-8 text (byte 0x{byte} at position {position}).</source>
        <translation>The {what} is not UTF-8 text (byte 0x{byte} at position {position}).</translation>
    </message>
    <message>
        <source>The {what} is empty.</source>
        <translation>The {what} is empty.</translation>
    </message>
    <message>
        <source>The {what} is not valid JSON (perhaps truncated): {reason} at line {line}, column {column}.</source>
        <translation>The {what} is not valid JSON (perhaps truncated): {reason} at line {line}, column {column}.</translation>
    </message>
    <message>
        <source>The {what} is nested too deeply to be read.</source>
        <translation>The {what} is nested too deeply to be read.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text (byte 0x{byte} at position {position}); save it as UTF-8 or declare its encoding.</source>
        <translation>The file is not valid UTF-8 text (byte 0x{byte} at position {position}); save it as UTF-8 or declare its encoding.</translation>
    </message>
    <message>
        <source>The file is too large for a schedule ({size} MB; the limit is {limit} MB).</source>
        <translation>The file is too large for a schedule ({size} MB; the limit is {limit} MB).</translation>
    </message>
    <message>
        <source>The XML file declares entities (a known attack, e.g. &apos;billion laughs&apos;); refused.</source>
        <translation>The XML file declares entities (a known attack, e.g. &apos;billion laughs&apos;); refused.</translation>
    </message>
    <message>
        <source>The XML file refers to external files or URLs; refused.</source>
        <translation>The XML file refers to external files or URLs; refused.</translation>
    </message>
    <message>
        <source>The XML file has a document type declaration; refused.</source>
        <translation>The XML file has a document type declaration; refused.</translation>
    </message>
    <message>
        <source>The XML file was refused: {reason}</source>
        <translation>The XML file was refused: {reason}</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (perhaps truncated or not XML at all): {reason}</source>
        <translation>The file is not well-formed XML (perhaps truncated or not XML at all): {reason}</translation>
    </message>
    <message>
        <source>The XML file cannot be read: {reason}</source>
        <translation>The XML file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>A frab schedule holds one conference; choose it with --conference YEAR.</source>
        <translation>A frab schedule holds one conference; choose it with --conference YEAR.</translation>
    </message>
    <message>
        <source>There are no recordings to describe.</source>
        <translation>There are no recordings to describe.</translation>
    </message>
    <message>
        <source>{count} media file(s) are missing, e.g. {example}; relink them before making a bag.</source>
        <translation>{count} media file(s) are missing, e.g. {example}; relink them before making a bag.</translation>
    </message>
    <message>
        <source>There are no recordings to put in a bag.</source>
        <translation>There are no recordings to put in a bag.</translation>
    </message>
    <message>
        <source>{count} recording(s) point outside the archive and its drives, e.g. {example}; no bag was written.</source>
        <translation>{count} recording(s) point outside the archive and its drives, e.g. {example}; no bag was written.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}.</source>
        <translation>{path} cannot be written: {reason}.</translation>
    </message>
    <message>
        <source>{path} is part of the archive (its catalogue, backups or thumbnails); choose a place outside them.</source>
        <translation>{path} is part of the archive (its catalogue, backups or thumbnails); choose a place outside them.</translation>
    </message>
    <message>
        <source>{path} is a catalogue or not an ordinary file; nothing was written over it. Choose another name.</source>
        <translation>{path} is a catalogue or not an ordinary file; nothing was written over it. Choose another name.</translation>
    </message>
    <message>
        <source>{path} is inside the archive&apos;s own media folder; choose a place outside it.</source>
        <translation>{path} is inside the archive&apos;s own media folder; choose a place outside it.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a valid path inside a bag.</source>
        <translation>&apos;{path}&apos; is not a valid path inside a bag.</translation>
    </message>
    <message>
        <source>Two payload files would both be data/{name}.</source>
        <translation>Two payload files would both be data/{name}.</translation>
    </message>
    <message>
        <source>Payload file {name} has no content.</source>
        <translation>Payload file {name} has no content.</translation>
    </message>
    <message>
        <source>{name} line {line} is not &apos;checksum path&apos;.</source>
        <translation>{name} line {line} is not &apos;checksum path&apos;.</translation>
    </message>
    <message>
        <source>This JSON file is not a Vaxa Desktop catalogue export.</source>
        <translation>This JSON file is not a Vaxa Desktop catalogue export.</translation>
    </message>
    <message>
        <source>The catalogue file has format version {version}, which this version of Vaxa Desktop cannot read.</source>
        <translation>The catalogue file has format version {version}, which this version of Vaxa Desktop cannot read.</translation>
    </message>
    <message>
        <source>The catalogue file is damaged: it has no tables.</source>
        <translation>The catalogue file is damaged: it has no tables.</translation>
    </message>
    <message>
        <source>The catalogue file is damaged: table &apos;{table}&apos; is not a list.</source>
        <translation>The catalogue file is damaged: table &apos;{table}&apos; is not a list.</translation>
    </message>
    <message>
        <source>The catalogue file comes from a newer version of Vaxa Desktop (schema {schema}).</source>
        <translation>The catalogue file comes from a newer version of Vaxa Desktop (schema {schema}).</translation>
    </message>
    <message>
        <source>The catalogue file is damaged (table {table}, row {row}, column {column}: not a date).</source>
        <translation>The catalogue file is damaged (table {table}, row {row}, column {column}: not a date).</translation>
    </message>
    <message>
        <source>The catalogue file is damaged (table {table}, row {row}, column {column}: wrong type).</source>
        <translation>The catalogue file is damaged (table {table}, row {row}, column {column}: wrong type).</translation>
    </message>
    <message>
        <source>The catalogue file has a table this version does not know (&apos;{table}&apos;).</source>
        <translation>The catalogue file has a table this version does not know (&apos;{table}&apos;).</translation>
    </message>
    <message>
        <source>The catalogue file has an unknown column {table}.{column}.</source>
        <translation>The catalogue file has an unknown column {table}.{column}.</translation>
    </message>
    <message>
        <source>The catalogue file&apos;s {table} row {row}: the {column} {value} is out of range; nothing was imported.</source>
        <translation>The catalogue file&apos;s {table} row {row}: the {column} {value} is out of range; nothing was imported.</translation>
    </message>
    <message>
        <source>The catalogue file&apos;s {table} row {row}: the {column} holds an invalid character (a lone surrogate or NUL); nothing was imported.</source>
        <translation>The catalogue file&apos;s {table} row {row}: the {column} holds an invalid character (a lone surrogate or NUL); nothing was imported.</translation>
    </message>
    <message>
        <source>The catalogue file is inconsistent in table {table}: {reason}.</source>
        <translation>The catalogue file is inconsistent in table {table}: {reason}.</translation>
    </message>
    <message>
        <source>The catalogue file cannot be loaded: {reason}.</source>
        <translation>The catalogue file cannot be loaded: {reason}.</translation>
    </message>
    <message>
        <source>A catalogue file can only be imported into an empty archive; create a new archive first.</source>
        <translation>A catalogue file can only be imported into an empty archive; create a new archive first.</translation>
    </message>
    <message>
        <source>Choose at least one conference or cue list for the bundle.</source>
        <translation>Choose at least one conference or cue list for the bundle.</translation>
    </message>
    <message>
        <source>The bundle&apos;s catalogue cannot be opened: {reason}</source>
        <translation>The bundle&apos;s catalogue cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>The bundle has an entry with an empty or invalid name.</source>
        <translation>The bundle has an entry with an empty or invalid name.</translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; uses backslashes; refused.</source>
        <translation>The bundle entry &apos;{name}&apos; uses backslashes; refused.</translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; is an absolute path; refused.</source>
        <translation>The bundle entry &apos;{name}&apos; is an absolute path; refused.</translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; points outside the bundle (&apos;..&apos;); refused.</source>
        <translation>The bundle entry &apos;{name}&apos; points outside the bundle (&apos;..&apos;); refused.</translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; has no file name.</source>
        <translation>The bundle entry &apos;{name}&apos; has no file name.</translation>
    </message>
    <message>
        <source>The bundle contains a symbolic link ({name}); refused.</source>
        <translation>The bundle contains a symbolic link ({name}); refused.</translation>
    </message>
    <message>
        <source>The bundle contains a device or special file ({name}).</source>
        <translation>The bundle contains a device or special file ({name}).</translation>
    </message>
    <message>
        <source>This is not a Vaxa Desktop bundle (its manifest is not ours).</source>
        <translation>This is not a Vaxa Desktop bundle (its manifest is not ours).</translation>
    </message>
    <message>
        <source>The bundle was made by a newer version of Vaxa Desktop.</source>
        <translation>The bundle was made by a newer version of Vaxa Desktop.</translation>
    </message>
    <message>
        <source>The bundle manifest lists no files.</source>
        <translation>The bundle manifest lists no files.</translation>
    </message>
    <message>
        <source>The bundle manifest entry for {name} is damaged.</source>
        <translation>The bundle manifest entry for {name} is damaged.</translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; would be written outside the folder.</source>
        <translation>The bundle entry &apos;{name}&apos; would be written outside the folder.</translation>
    </message>
    <message>
        <source>{name} is not a zip file, or it is truncated.</source>
        <translation>{name} is not a zip file, or it is truncated.</translation>
    </message>
    <message>
        <source>{name} holds more data than its manifest says; refused.</source>
        <translation>{name} holds more data than its manifest says; refused.</translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} has a different checksum.</source>
        <translation>The bundle does not match its manifest: {name} has a different checksum.</translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} has a different size.</source>
        <translation>The bundle does not match its manifest: {name} has a different size.</translation>
    </message>
    <message>
        <source>{name} is damaged: {reason}.</source>
        <translation>{name} is damaged: {reason}.</translation>
    </message>
    <message>
        <source>The bundle has too many entries ({count}).</source>
        <translation>The bundle has too many entries ({count}).</translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; is a symbolic link; refused.</source>
        <translation>The bundle entry &apos;{name}&apos; is a symbolic link; refused.</translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; is a device or special file.</source>
        <translation>The bundle entry &apos;{name}&apos; is a device or special file.</translation>
    </message>
    <message>
        <source>The bundle has two entries named &apos;{name}&apos;; refused.</source>
        <translation>The bundle has two entries named &apos;{name}&apos;; refused.</translation>
    </message>
    <message>
        <source>This zip file is not a bundle: it has no {manifest}.</source>
        <translation>This zip file is not a bundle: it has no {manifest}.</translation>
    </message>
    <message>
        <source>{path} is not a bundle: it has no {manifest}.</source>
        <translation>{path} is not a bundle: it has no {manifest}.</translation>
    </message>
    <message>
        <source>The bundle manifest is implausibly large; refused.</source>
        <translation>The bundle manifest is implausibly large; refused.</translation>
    </message>
    <message>
        <source>{name} expands implausibly (a zip bomb?); refused.</source>
        <translation>{name} expands implausibly (a zip bomb?); refused.</translation>
    </message>
    <message>
        <source>The bundle would unpack to {size} bytes, more than the limit of {limit}.</source>
        <translation>The bundle would unpack to {size} bytes, more than the limit of {limit}.</translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} is missing.</source>
        <translation>The bundle does not match its manifest: {name} is missing.</translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} is missing (and {more} more).</source>
        <translation>The bundle does not match its manifest: {name} is missing (and {more} more).</translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} is not listed.</source>
        <translation>The bundle does not match its manifest: {name} is not listed.</translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} is not listed (and {more} more).</source>
        <translation>The bundle does not match its manifest: {name} is not listed (and {more} more).</translation>
    </message>
    <message>
        <source>expected --FIELD VALUE, not &apos;{token}&apos;.</source>
        <translation>expected --FIELD VALUE, not &apos;{token}&apos;.</translation>
    </message>
    <message>
        <source>--{name} needs a value.</source>
        <translation>--{name} needs a value.</translation>
    </message>
    <message>
        <source>nothing to change; give one or more of {allowed}.</source>
        <translation>nothing to change; give one or more of {allowed}.</translation>
    </message>
    <message>
        <source>tags are set on talks and recordings.</source>
        <translation>tags are set on talks and recordings.</translation>
    </message>
    <message>
        <source>{option}: {reason}</source>
        <translation>{option}: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} is a folder; give a file name.</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit must be at least 1.</translation>
    </message>
    <message>
        <source>--keep must be at least 1: the backup just written is always kept.</source>
        <translation>--keep must be at least 1: the backup just written is always kept.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>&apos;{text}&apos; is not a date (use YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--person takes ROLE:NAME, not &apos;{spec}&apos;.</source>
        <translation>--person takes ROLE:NAME, not &apos;{spec}&apos;.</translation>
    </message>
    <message>
        <source>DEST is a folder; the file name is made from the time.</source>
        <translation>DEST is a folder; the file name is made from the time.</translation>
    </message>
    <message>
        <source>Give the backup&apos;s folder once: as DEST or with --to DIR.</source>
        <translation>Give the backup&apos;s folder once: as DEST or with --to DIR.</translation>
    </message>
    <message>
        <source>--excel applies to csv only.</source>
        <translation>--excel applies to csv only.</translation>
    </message>
    <message>
        <source>--recording applies to bagit only.</source>
        <translation>--recording applies to bagit only.</translation>
    </message>
    <message>
        <source>The json export is always the whole catalogue.</source>
        <translation>The json export is always the whole catalogue.</translation>
    </message>
    <message>
        <source>--conference YEAR goes with --new-talks (one new talk per file in that conference).</source>
        <translation>--conference YEAR goes with --new-talks (one new talk per file in that conference).</translation>
    </message>
</context>
<context>
    <name>MoveToServerDialog</name>
    <message>
        <source>Move catalogue to a PostgreSQL server</source>
        <translation>Move catalogue to a PostgreSQL server</translation>
    </message>
    <message>
        <source>Copies this archive&apos;s catalogue into an empty PostgreSQL database and keeps it there from now on, so several people can catalogue at once. The media stay in this folder, and archive.sqlite is left as it was. A password is not remembered: keep it in your .pgpass file, or type it in the address.</source>
        <translation>Copies this archive&apos;s catalogue into an empty PostgreSQL database and keeps it there from now on, so several people can catalogue at once. The media stay in this folder, and archive.sqlite is left as it was. A password is not remembered: keep it in your .pgpass file, or type it in the address.</translation>
    </message>
    <message>
        <source>postgresql://user@server/database</source>
        <translation>postgresql://user@server/database</translation>
    </message>
    <message>
        <source>Copy and switch</source>
        <translation>Copy and switch</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Type the server&apos;s address as postgresql://user@server/database.</source>
        <translation>Type the server&apos;s address as postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>Copying the catalogue…</source>
        <translation>Copying the catalogue…</translation>
    </message>
    <message>
        <source>Copying the catalogue: {table}…</source>
        <translation>Copying the catalogue: {table}…</translation>
    </message>
    <message>
        <source>Cancelled; the catalogue stays in this folder and the database is empty.</source>
        <translation>Cancelled; the catalogue stays in this folder and the database is empty.</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Failed: {error}</translation>
    </message>
    <message>
        <source>The catalogue is on {server} now ({rows} rows, checked). The archive opens again with it.</source>
        <translation>The catalogue is on {server} now ({rows} rows, checked). The archive opens again with it.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>This archive is empty.

Add a programme from a terminal, for example:
vaxa-archive --archive &quot;{path}&quot; add conference --year 2024 --title …
or import a schedule file. A demo archive can be made with vaxa-archive init DIR --demo.</source>
        <translation>This archive is empty.

Add a programme from a terminal, for example:
vaxa-archive --archive &quot;{path}&quot; add conference --year 2024 --title …
or import a schedule file. A demo archive can be made with vaxa-archive init DIR --demo.</translation>
    </message>
    <message>
        <source>There are no {what} in this archive yet.</source>
        <translation>There are no {what} in this archive yet.</translation>
    </message>
</context>
<context>
    <name>OpenSharedDialog</name>
    <message>
        <source>Open shared catalogue</source>
        <translation>Open shared catalogue</translation>
    </message>
    <message>
        <source>postgresql://user@server/database</source>
        <translation>postgresql://user@server/database</translation>
    </message>
    <message>
        <source>The folder holds the media; the catalogue is on the database server. A password is not remembered: keep it in your .pgpass file, or type it in the address each time.</source>
        <translation>The folder holds the media; the catalogue is on the database server. A password is not remembered: keep it in your .pgpass file, or type it in the address each time.</translation>
    </message>
    <message>
        <source>Archive folder:</source>
        <translation>Archive folder:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation>Choose the archive folder</translation>
    </message>
    <message>
        <source>Choose the archive folder.</source>
        <translation>Choose the archive folder.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address as postgresql://user@server/database.</source>
        <translation>Type the server&apos;s address as postgresql://user@server/database.</translation>
    </message>
</context>
<context>
    <name>OutputWindow</name>
    <message>
        <source>Presenter output</source>
        <translation>Presenter output</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
</context>
<context>
    <name>PeopleField</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>People and their roles</source>
        <translation>People and their roles</translation>
    </message>
    <message>
        <source>Name of a person to add</source>
        <translation>Name of a person to add</translation>
    </message>
    <message>
        <source>Role of the person to add</source>
        <translation>Role of the person to add</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (new)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Role of %1</translation>
    </message>
    <message>
        <source>“%1” is not in the archive yet: Add makes a new person.</source>
        <translation>“%1” is not in the archive yet: Add makes a new person.</translation>
    </message>
    <message>
        <source>%1 is listed twice as %2.</source>
        <translation>%1 is listed twice as %2.</translation>
    </message>
</context>
<context>
    <name>PickField</name>
    <message>
        <source>Choose one of the list (type to find it).</source>
        <translation>Choose one of the list (type to find it).</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Elapsed / remaining</source>
        <translation>Elapsed / remaining</translation>
    </message>
    <message>
        <source>Play (Space, K)</source>
        <translation>Play (Space, K)</translation>
    </message>
    <message>
        <source>Previous chapter (Page Up)</source>
        <translation>Previous chapter (Page Up)</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left, J)</source>
        <translation>Back 5 seconds (Left, J)</translation>
    </message>
    <message>
        <source>Previous frame (,)</source>
        <translation>Previous frame (,)</translation>
    </message>
    <message>
        <source>Next frame (.)</source>
        <translation>Next frame (.)</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right, L)</source>
        <translation>Forward 5 seconds (Right, L)</translation>
    </message>
    <message>
        <source>Next chapter (Page Down)</source>
        <translation>Next chapter (Page Down)</translation>
    </message>
    <message>
        <source>Mark in (I)</source>
        <translation>Mark in (I)</translation>
    </message>
    <message>
        <source>Mark out and save segment (O)</source>
        <translation>Mark out and save segment (O)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Mute (M)</translation>
    </message>
    <message>
        <source>Full screen (F, double-click; Esc leaves)</source>
        <translation>Full screen (F, double-click; Esc leaves)</translation>
    </message>
    <message>
        <source>Volume (Up/Down, mouse wheel)</source>
        <translation>Volume (Up/Down, mouse wheel)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>In point at %1</source>
        <translation>In point at %1</translation>
    </message>
    <message>
        <source>Set an in point (I) before the out point (O).</source>
        <translation>Set an in point (I) before the out point (O).</translation>
    </message>
    <message>
        <source>Segment %1 – %2 marked</source>
        <translation>Segment %1 – %2 marked</translation>
    </message>
    <message>
        <source>Pause (Space, K)</source>
        <translation>Pause (Space, K)</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>Audio recording</translation>
    </message>
    <message>
        <source>This file cannot be played</source>
        <translation>This file cannot be played</translation>
    </message>
    <message>
        <source>The recording file is missing</source>
        <translation>The recording file is missing</translation>
    </message>
    <message>
        <source>No file was found at:
%1</source>
        <translation>No file was found at:
%1</translation>
    </message>
    <message>
        <source>The recording file is empty</source>
        <translation>The recording file is empty</translation>
    </message>
    <message>
        <source>The file has no content (0 bytes):
%1</source>
        <translation>The file has no content (0 bytes):
%1</translation>
    </message>
    <message>
        <source>This path is not a file:
%1</source>
        <translation>This path is not a file:
%1</translation>
    </message>
    <message>
        <source>The recording file cannot be read</source>
        <translation>The recording file cannot be read</translation>
    </message>
    <message>
        <source>Access was denied or the disk reported an error:
%1</source>
        <translation>Access was denied or the disk reported an error:
%1</translation>
    </message>
    <message>
        <source>The file could not be read as audio or video. It may be damaged, incomplete or of another type:
%1</source>
        <translation>The file could not be read as audio or video. It may be damaged, incomplete or of another type:
%1</translation>
    </message>
    <message>
        <source>The file contains no audio or video:
%1</source>
        <translation>The file contains no audio or video:
%1</translation>
    </message>
    <message>
        <source>The video in this file is in a format that cannot be decoded:
%1</source>
        <translation>The video in this file is in a format that cannot be decoded:
%1</translation>
    </message>
    <message>
        <source>No picture or sound could be decoded; the file may be damaged:
%1</source>
        <translation>No picture or sound could be decoded; the file may be damaged:
%1</translation>
    </message>
    <message>
        <source>No video output</source>
        <translation>No video output</translation>
    </message>
    <message>
        <source>Playback started but no picture can be shown. The VLC video output plugins are missing (package vlc-plugin-video-output).</source>
        <translation>Playback started but no picture can be shown. The VLC video output plugins are missing (package vlc-plugin-video-output).</translation>
    </message>
    <message>
        <source>The file did not start playing in time:
%1</source>
        <translation>The file did not start playing in time:
%1</translation>
    </message>
    <message>
        <source>Playback ended early; the file may be truncated.</source>
        <translation>Playback ended early; the file may be truncated.</translation>
    </message>
    <message>
        <source>The player could not start</source>
        <translation>The player could not start</translation>
    </message>
    <message>
        <source>VLC could not open the file:
%1</source>
        <translation>VLC could not open the file:
%1</translation>
    </message>
    <message>
        <source>No recording selected</source>
        <translation>No recording selected</translation>
    </message>
    <message>
        <source>The transcript could not be read.</source>
        <translation>The transcript could not be read.</translation>
    </message>
</context>
<context>
    <name>PlayerWindow</name>
    <message>
        <source>Vaxa Desktop – Player</source>
        <translation>Vaxa Desktop – Player</translation>
    </message>
    <message>
        <source>%1 – Vaxa Desktop</source>
        <translation>%1 – Vaxa Desktop</translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>Leave presenter mode?</source>
        <translation>Leave presenter mode?</translation>
    </message>
    <message>
        <source>A cue is on air. Leaving presenter mode stops it and closes the output.</source>
        <translation>A cue is on air. Leaving presenter mode stops it and closes the output.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>The projector screen ({name}) was disconnected; the output moved to {to}.</source>
        <translation>The projector screen ({name}) was disconnected; the output moved to {to}.</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>the file is missing</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <source>the path is not a file</source>
        <translation>the path is not a file</translation>
    </message>
    <message>
        <source>the file is not a video</source>
        <translation>the file is not a video</translation>
    </message>
    <message>
        <source>the video format is not supported</source>
        <translation>the video format is not supported</translation>
    </message>
    <message>
        <source>the file did not start in time</source>
        <translation>the file did not start in time</translation>
    </message>
    <message>
        <source>the file cannot be played</source>
        <translation>the file cannot be played</translation>
    </message>
    <message>
        <source>Cue {n} “{title}” stopped: {reason}. The last picture is held.</source>
        <translation>Cue {n} “{title}” stopped: {reason}. The last picture is held.</translation>
    </message>
    <message>
        <source>Cue {n} “{title}” was skipped: {reason}.</source>
        <translation>Cue {n} “{title}” was skipped: {reason}.</translation>
    </message>
</context>
<context>
    <name>PresenterSettingsBox</name>
    <message>
        <source>Presenter mode</source>
        <translation>Presenter mode</translation>
    </message>
    <message>
        <source>&amp;Output screen:</source>
        <translation>&amp;Output screen:</translation>
    </message>
    <message>
        <source>&amp;Target loudness:</source>
        <translation>&amp;Target loudness:</translation>
    </message>
    <message>
        <source>Every cue plays at this loudness (EBU R128; -23 LUFS is the broadcast norm), plus its own trim, and never so loud that it clips.</source>
        <translation>Every cue plays at this loudness (EBU R128; -23 LUFS is the broadcast norm), plus its own trim, and never so loud that it clips.</translation>
    </message>
    <message>
        <source>Automatic: the second screen if there is one</source>
        <translation>Automatic: the second screen if there is one</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (not connected)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <source>Choose one of the names offered while you type.</source>
        <translation>Choose one of the names offered while you type.</translation>
    </message>
</context>
<context>
    <name>Relink</name>
    <message>
        <source>Locate recording</source>
        <translation>Locate recording</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Name of the drive:</source>
        <translation>Name of the drive:</translation>
    </message>
    <message>
        <source>Where the drive is mounted now</source>
        <translation>Where the drive is mounted now</translation>
    </message>
    <message>
        <source>%1 of %2 recordings on this drive were found.</source>
        <translation>%1 of %2 recordings on this drive were found.</translation>
    </message>
    <message>
        <source>Looking for the files on {name}…</source>
        <translation>Looking for the files on {name}…</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Something went wrong: {error}</translation>
    </message>
</context>
<context>
    <name>RelinkDialog</name>
    <message>
        <source>Find missing recordings</source>
        <translation>Find missing recordings</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <source>Choose the folder the missing files were moved to.</source>
        <translation>Choose the folder the missing files were moved to.</translation>
    </message>
    <message>
        <source>Search in folder</source>
        <translation>Search in folder</translation>
    </message>
    <message>
        <source>Looking for the missing files in %1…</source>
        <translation>Looking for the missing files in %1…</translation>
    </message>
    <message>
        <source>%1 relinked, %2 still missing.</source>
        <translation>%1 relinked, %2 still missing.</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Screen</source>
        <translation>Screen</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>The search failed: {error}</source>
        <translation>The search failed: {error}</translation>
    </message>
    <message>
        <source>No hits for “{q}”.</source>
        <translation>No hits for “{q}”.</translation>
    </message>
    <message>
        <source>Showing hits for “{q}”.</source>
        <translation>Showing hits for “{q}”.</translation>
    </message>
    <message>
        <source>Showing hits without å, ä and ö.</source>
        <translation>Showing hits without å, ä and ö.</translation>
    </message>
    <message>
        <source>No hits for “{q}” with these filters.

Remove filters to search the whole archive.</source>
        <translation>No hits for “{q}” with these filters.

Remove filters to search the whole archive.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>No hits for “{q}”.

Try fewer letters, or another spelling of the name.</source>
        <translation>No hits for “{q}”.

Try fewer letters, or another spelling of the name.</translation>
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
        <translation>Type a search first, then save it.</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Save search</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>Cannot save the search</translation>
    </message>
    <message>
        <source>Cannot delete the search</source>
        <translation>Cannot delete the search</translation>
    </message>
</context>
<context>
    <name>SegmentController</name>
    <message>
        <source>Segment {start}–{end}</source>
        <translation>Segment {start}–{end}</translation>
    </message>
    <message>
        <source>The archive is open read-only; the segment was not saved.</source>
        <translation>The archive is open read-only; the segment was not saved.</translation>
    </message>
    <message>
        <source>Saved the segment “{title}”. Ctrl+Z removes it again.</source>
        <translation>Saved the segment “{title}”. Ctrl+Z removes it again.</translation>
    </message>
    <message>
        <source>The segment was not saved: {error}</source>
        <translation>The segment was not saved: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The new language is used at once; no restart is needed.</source>
        <translation>The new language is used at once; no restart is needed.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>&amp;Move to a PostgreSQL server…</source>
        <translation>&amp;Move to a PostgreSQL server…</translation>
    </message>
    <message>
        <source>Open a &amp;shared catalogue…</source>
        <translation>Open a &amp;shared catalogue…</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>No archive is open.</translation>
    </message>
    <message>
        <source>This archive&apos;s catalogue is on the PostgreSQL server {server}; its media are in {folder}.</source>
        <translation>This archive&apos;s catalogue is on the PostgreSQL server {server}; its media are in {folder}.</translation>
    </message>
    <message>
        <source>This archive&apos;s catalogue is the file archive.sqlite in {folder}. To catalogue together with others, keep it on a PostgreSQL server.</source>
        <translation>This archive&apos;s catalogue is the file archive.sqlite in {folder}. To catalogue together with others, keep it on a PostgreSQL server.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
</context>
<context>
    <name>SharedChangeWatcher</name>
    <message>
        <source>Updated with changes saved by others.</source>
        <translation>Updated with changes saved by others.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Show all {what} (Ctrl+{n})</source>
        <translation>Show all {what} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>SAVED SEARCHES</source>
        <translation>SAVED SEARCHES</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Delete saved search</translation>
    </message>
</context>
<context>
    <name>StatusController</name>
    <message>
        <source>{name} (shared catalogue)</source>
        <translation>{name} (shared catalogue)</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Note: {warning}</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>Read-only: this archive is being edited by {who}. You can browse and play, but not change anything.</source>
        <translation>Read-only: this archive is being edited by {who}. You can browse and play, but not change anything.</translation>
    </message>
    <message>
        <source>Read-only: the archive is on a read-only drive or folder. You can browse and play, but not change anything.</source>
        <translation>Read-only: the archive is on a read-only drive or folder. You can browse and play, but not change anything.</translation>
    </message>
    <message>
        <source>Read-only: the archive was opened read-only as requested.</source>
        <translation>Read-only: the archive was opened read-only as requested.</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Take offline</source>
        <translation>Take offline</translation>
    </message>
    <message>
        <source>Writes a separate archive with the chosen conferences and cue lists, the people, documents and recordings they link to, and their media. It opens on a laptop with no network.</source>
        <translation>Writes a separate archive with the chosen conferences and cue lists, the people, documents and recordings they link to, and their media. It opens on a laptop with no network.</translation>
    </message>
    <message>
        <source>a new, empty folder</source>
        <translation>a new, empty folder</translation>
    </message>
    <message>
        <source>Open the offline archive</source>
        <translation>Open the offline archive</translation>
    </message>
    <message>
        <source>Conferences:</source>
        <translation>Conferences:</translation>
    </message>
    <message>
        <source>Cue lists:</source>
        <translation>Cue lists:</translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation>New folder:</translation>
    </message>
    <message>
        <source>Listing conferences and cue lists…</source>
        <translation>Listing conferences and cue lists…</translation>
    </message>
    <message>
        <source>Where to put the offline archive (a folder is made in it)</source>
        <translation>Where to put the offline archive (a folder is made in it)</translation>
    </message>
    <message>
        <source>Choose at least one conference or cue list.</source>
        <translation>Choose at least one conference or cue list.</translation>
    </message>
    <message>
        <source>Choose a new folder for the offline archive.</source>
        <translation>Choose a new folder for the offline archive.</translation>
    </message>
    <message>
        <source>Copying the catalogue and media…</source>
        <translation>Copying the catalogue and media…</translation>
    </message>
    <message>
        <source>Cancelled; no offline archive was written.</source>
        <translation>Cancelled; no offline archive was written.</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Failed: {error}</translation>
    </message>
    <message>
        <source>The offline archive is in {path}: {conferences} conferences, {cues} cue lists, {files} files.</source>
        <translation>The offline archive is in {path}: {conferences} conferences, {cues} cue lists, {files} files.</translation>
    </message>
    <message>
        <source>Missing media (not copied): {files}</source>
        <translation>Missing media (not copied): {files}</translation>
    </message>
    <message>
        <source>Left out, outside the archive: {files}</source>
        <translation>Left out, outside the archive: {files}</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>conference</source>
        <translation>conference</translation>
    </message>
    <message>
        <source>conference_document</source>
        <translation>conference_document</translation>
    </message>
    <message>
        <source>conference_link</source>
        <translation>conference_link</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>cue</translation>
    </message>
    <message>
        <source>cue_list</source>
        <translation>cue_list</translation>
    </message>
    <message>
        <source>cuelist</source>
        <translation>cuelist</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>document_person</source>
        <translation>document_person</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>recording</translation>
    </message>
    <message>
        <source>recording_tag</source>
        <translation>recording_tag</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>series</source>
        <translation>series</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>talk</source>
        <translation>talk</translation>
    </message>
    <message>
        <source>talk_document</source>
        <translation>talk_document</translation>
    </message>
    <message>
        <source>talk_person</source>
        <translation>talk_person</translation>
    </message>
    <message>
        <source>talk_tag</source>
        <translation>talk_tag</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>transcript</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>abstract</translation>
    </message>
    <message>
        <source>bio</source>
        <translation>bio</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>document role</source>
        <translation>document role</translation>
    </message>
    <message>
        <source>duration min</source>
        <translation>duration min</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>is placeholder</source>
        <translation>is placeholder</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>photo path</source>
        <translation>photo path</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>publisher</translation>
    </message>
    <message>
        <source>recording kind</source>
        <translation>recording kind</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>starts at</source>
        <translation>starts at</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>subtitle</translation>
    </message>
    <message>
        <source>talk type</source>
        <translation>talk type</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <source>interviewee</source>
        <translation>interviewee</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>interviewer</translation>
    </message>
    <message>
        <source>panellist</source>
        <translation>panellist</translation>
    </message>
    <message>
        <source>author</source>
        <translation>author</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON file</translation>
    </message>
    <message>
        <source>bundle manifest</source>
        <translation>bundle manifest</translation>
    </message>
    <message>
        <source>catalogue file</source>
        <translation>catalogue file</translation>
    </message>
    <message>
        <source>schedule file</source>
        <translation>schedule file</translation>
    </message>
</context>
<context>
    <name>UndoLabels</name>
    <message>
        <source>Edit conference</source>
        <translation>Edit conference</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <source>Edit talk</source>
        <translation>Edit talk</translation>
    </message>
    <message>
        <source>Edit recording</source>
        <translation>Edit recording</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>Edit segment</translation>
    </message>
    <message>
        <source>Edit document</source>
        <translation>Edit document</translation>
    </message>
    <message>
        <source>Edit tag</source>
        <translation>Edit tag</translation>
    </message>
    <message>
        <source>New conference</source>
        <translation>New conference</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>New talk</source>
        <translation>New talk</translation>
    </message>
    <message>
        <source>New recording</source>
        <translation>New recording</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>New segment</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>New document</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>New tag</translation>
    </message>
    <message>
        <source>Delete conference</source>
        <translation>Delete conference</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <source>Delete talk</source>
        <translation>Delete talk</translation>
    </message>
    <message>
        <source>Delete recording</source>
        <translation>Delete recording</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Delete tag</translation>
    </message>
    <message>
        <source>Edit {count} talks</source>
        <translation>Edit {count} talks</translation>
    </message>
    <message>
        <source>Edit {count} recordings</source>
        <translation>Edit {count} recordings</translation>
    </message>
    <message>
        <source>Add person to talk</source>
        <translation>Add person to talk</translation>
    </message>
    <message>
        <source>Remove person from talk</source>
        <translation>Remove person from talk</translation>
    </message>
    <message>
        <source>Link document</source>
        <translation>Link document</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Merge people</translation>
    </message>
    <message>
        <source>Attach transcript</source>
        <translation>Attach transcript</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Attach document</translation>
    </message>
    <message>
        <source>New talks for {count} recordings</source>
        <translation>New talks for {count} recordings</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open archive…</source>
        <translation>&amp;Open archive…</translation>
    </message>
    <message>
        <source>Open s&amp;hared catalogue…</source>
        <translation>Open s&amp;hared catalogue…</translation>
    </message>
    <message>
        <source>&amp;Take offline…</source>
        <translation>&amp;Take offline…</translation>
    </message>
    <message>
        <source>Rebuild &amp;catalogue from sidecars…</source>
        <translation>Rebuild &amp;catalogue from sidecars…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Show &amp;filters</source>
        <translation>Show &amp;filters</translation>
    </message>
    <message>
        <source>&amp;Save search…</source>
        <translation>&amp;Save search…</translation>
    </message>
    <message>
        <source>&amp;Play recording</source>
        <translation>&amp;Play recording</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;Open document</translation>
    </message>
    <message>
        <source>&amp;Add to cue list</source>
        <translation>&amp;Add to cue list</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Recordings as &amp;grid</source>
        <translation>Recordings as &amp;grid</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Vaxa Desktop</source>
        <translation>&amp;About Vaxa Desktop</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Search (also)</source>
        <translation>Search (also)</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Open the selected record</translation>
    </message>
    <message>
        <source>Play the selected recording</source>
        <translation>Play the selected recording</translation>
    </message>
    <message>
        <source>Mark in / mark out and save a segment (player)</source>
        <translation>Mark in / mark out and save a segment (player)</translation>
    </message>
    <message>
        <source>Move between side bar, list and details</source>
        <translation>Move between side bar, list and details</translation>
    </message>
    <message>
        <source>From the search box to the results</source>
        <translation>From the search box to the results</translation>
    </message>
    <message>
        <source>Back / Forward with the mouse</source>
        <translation>Back / Forward with the mouse</translation>
    </message>
    <message>
        <source>Side buttons</source>
        <translation>Side buttons</translation>
    </message>
</context>
</TS>
