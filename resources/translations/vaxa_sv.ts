<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <source>Version {v}</source>
        <translation>Version {v}</translation>
    </message>
    <message>
        <source>An offline archive of the conference series “Växa eller Krympa”.</source>
        <translation>Ett arkiv utan nätberoende för konferensserien ”Växa eller Krympa”.</translation>
    </message>
    <message>
        <source>Video playback by libVLC. Interface by Qt.</source>
        <translation>Uppspelning med libVLC. Gränssnitt med Qt.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>the log</source>
        <translation>loggen</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>Vaxa Desktop ran into a problem it did not expect: {error}

Your archive is safe and the program keeps running. The details were written to {where}.</source>
        <translation>Vaxa Desktop stötte på ett oväntat problem: {error}

Arkivet är oskadat och programmet fortsätter att köras. Detaljerna har skrivits till {where}.</translation>
    </message>
</context>
<context>
    <name>ArchiveOpening</name>
    <message>
        <source>Opening {path}…</source>
        <translation>Öppnar {path}…</translation>
    </message>
    <message>
        <source>Cannot open the archive</source>
        <translation>Arkivet kan inte öppnas</translation>
    </message>
    <message>
        <source>The archive&apos;s catalogue is damaged and there is no good backup. The file has not been changed.</source>
        <translation>Arkivets katalog är skadad och det finns ingen fungerande säkerhetskopia. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>This archive was made by a newer version of Vaxa Desktop. Update the program to open it; the archive has not been changed.</source>
        <translation>Arkivet är skapat av en nyare version av Vaxa Desktop. Uppdatera programmet för att öppna det; arkivet har inte ändrats.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while opening {path}. Details are in the log.</source>
        <translation>Något oväntat gick fel när {path} skulle öppnas. Detaljerna finns i loggen.</translation>
    </message>
    <message>
        <source>Restored from backup; the damaged file is kept as {name}.</source>
        <translation>Återställt från säkerhetskopia; den skadade filen finns kvar som {name}.</translation>
    </message>
    <message>
        <source>Rebuild the catalogue of an archive folder</source>
        <translation>Återskapa katalogen för en arkivmapp</translation>
    </message>
    <message>
        <source>Cannot rebuild the catalogue</source>
        <translation>Det går inte att återskapa katalogen</translation>
    </message>
    <message>
        <source>There are no sidecar files (*.vaxa.json) in {folder}. Choose the archive folder, the one that holds the media folder.</source>
        <translation>Det finns inga sidofiler (*.vaxa.json) i {folder}. Välj arkivmappen, den som innehåller mappen media.</translation>
    </message>
    <message numerus="yes">
        <source>Rebuild the catalogue from %n recording(s)&apos; sidecar files?</source>
        <translation>
            <numerusform>Återskapa katalogen från sidofilen för %n inspelning?</numerusform>
            <numerusform>Återskapa katalogen från sidofilerna för %n inspelningar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuilding the catalogue of {path}…</source>
        <translation>Återskapar katalogen för {path}…</translation>
    </message>
    <message numerus="yes">
        <source>Catalogue rebuilt: %n recording(s) restored.</source>
        <translation>
            <numerusform>Katalogen är återskapad: %n inspelning återställd.</numerusform>
            <numerusform>Katalogen är återskapad: %n inspelningar återställda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sidecar file(s) skipped; details are in the log.</source>
        <translation>
            <numerusform>%n sidofil hoppades över; detaljer finns i loggen.</numerusform>
            <numerusform>%n sidofiler hoppades över; detaljer finns i loggen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something unexpected went wrong while rebuilding. Details are in the log.</source>
        <translation>Något oväntat gick fel när katalogen återskapades. Detaljer finns i loggen.</translation>
    </message>
    <message>
        <source>No archive is open.

Choose File ▸ Open archive… (Ctrl+O) to open an archive folder.</source>
        <translation>Inget arkiv är öppet.

Välj Arkiv ▸ Öppna arkiv … (Ctrl+O) för att öppna en arkivmapp.</translation>
    </message>
    <message>
        <source>Open archive…</source>
        <translation>Öppna arkiv…</translation>
    </message>
    <message>
        <source>{folder} · catalogue on {server}</source>
        <translation>{folder} · katalog på {server}</translation>
    </message>
    <message>
        <source>An interrupted import was cleaned up ({n} unfinished files removed).</source>
        <translation>En avbruten import städades upp ({n} ofärdiga filer togs bort).</translation>
    </message>
    <message>
        <source>Open an archive folder</source>
        <translation>Öppna en arkivmapp</translation>
    </message>
    <message>
        <source>Open an archive first.</source>
        <translation>Öppna ett arkiv först.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>(unchanged)</source>
        <translation>(oförändrad)</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n talk(s)</source>
        <translation>
            <numerusform>Redigera %n föredrag</numerusform>
            <numerusform>Redigera %n föredrag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n recording(s)</source>
        <translation>
            <numerusform>Redigera %n inspelning</numerusform>
            <numerusform>Redigera %n inspelningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Skriv ett namn</translation>
    </message>
    <message>
        <source>Conference:</source>
        <translation>Konferens:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Slag:</translation>
    </message>
    <message>
        <source>Add tag:</source>
        <translation>Lägg till etikett:</translation>
    </message>
    <message>
        <source>Remove tag:</source>
        <translation>Ta bort etikett:</translation>
    </message>
    <message>
        <source>Add person:</source>
        <translation>Lägg till person:</translation>
    </message>
    <message>
        <source>in the role:</source>
        <translation>i rollen:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Inget att ändra.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export event bundle</source>
        <translation>Exportera evenemangspaket</translation>
    </message>
    <message>
        <source>Listing conferences and cue lists…</source>
        <translation>Hämtar konferenser och spellistor…</translation>
    </message>
    <message>
        <source>One .zip file</source>
        <translation>En .zip-fil</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Conferences:</source>
        <translation>Konferenser:</translation>
    </message>
    <message>
        <source>Cue lists:</source>
        <translation>Spellistor:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Spara som:</translation>
    </message>
    <message>
        <source>Save bundle as</source>
        <translation>Spara paketet som</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Välj var paketet ska sparas.</translation>
    </message>
    <message>
        <source>Copying media and checksums…</source>
        <translation>Kopierar media och kontrollsummor…</translation>
    </message>
    <message>
        <source>Bundle saved to %1 (%2 files).</source>
        <translation>Paketet sparades i %1 (%2 filer).</translation>
    </message>
    <message>
        <source>Missing media: %1</source>
        <translation>Media som saknas: %1</translation>
    </message>
    <message>
        <source>Left out, outside the archive: %1</source>
        <translation>Utelämnat, utanför arkivet: %1</translation>
    </message>
</context>
<context>
    <name>BundleMergeDialog</name>
    <message>
        <source>Merge event bundle</source>
        <translation>Slå ihop evenemangspaket</translation>
    </message>
    <message>
        <source>Adds what a bundle from an event laptop has and this archive lacks: new people, talks, recordings with their media, documents and cue lists. Records the archive already has are kept as they are.</source>
        <translation>Lägger till det som ett paket från en evenemangsdator har och som arkivet saknar: nya personer, föredrag, inspelningar med sina media, dokument och spellistor. Poster som arkivet redan har behålls som de är.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <source>Bundle (.zip or folder):</source>
        <translation>Paket (.zip eller mapp):</translation>
    </message>
    <message>
        <source>Choose the bundle to merge.</source>
        <translation>Välj paketet som ska slås ihop.</translation>
    </message>
    <message>
        <source>Checking every file against the manifest…</source>
        <translation>Kontrollerar varje fil mot innehållsförteckningen…</translation>
    </message>
    <message>
        <source>Merged: {people} people, {talks} talks, {recordings} recordings, {documents} documents and {cues} cue lists added; {files} files copied in.</source>
        <translation>Ihopslaget: {people} personer, {talks} föredrag, {recordings} inspelningar, {documents} dokument och {cues} spellistor tillagda; {files} filer kopierade.</translation>
    </message>
    <message>
        <source>The cue list “{old}” differs from the archive&apos;s: added as “{new}”.</source>
        <translation>Spellistan ”{old}” skiljer sig från arkivets: tillagd som ”{new}”.</translation>
    </message>
</context>
<context>
    <name>BundleOpenDialog</name>
    <message>
        <source>Open event bundle</source>
        <translation>Öppna evenemangspaket</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Bundle (.zip or folder):</source>
        <translation>Paket (.zip eller mapp):</translation>
    </message>
    <message>
        <source>New archive folder:</source>
        <translation>Ny arkivmapp:</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Välj ett paket</translation>
    </message>
    <message>
        <source>Bundles (*.zip);;All files (*)</source>
        <translation>Paket (*.zip);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Or choose a bundle folder</source>
        <translation>Eller välj en paketmapp</translation>
    </message>
    <message>
        <source>New archive folder</source>
        <translation>Ny arkivmapp</translation>
    </message>
    <message>
        <source>Choose the bundle and a new folder for it.</source>
        <translation>Välj paketet och en ny mapp för det.</translation>
    </message>
    <message>
        <source>Checking every file against the manifest…</source>
        <translation>Kontrollerar varje fil mot innehållsförteckningen…</translation>
    </message>
    <message>
        <source>The bundle is intact and ready in %1.</source>
        <translation>Paketet är oskadat och klart i %1.</translation>
    </message>
</context>
<context>
    <name>CatalogueActions</name>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Det går inte</translation>
    </message>
    <message>
        <source>The archive is open read-only; nothing can be changed.</source>
        <translation>Arkivet är öppnat skrivskyddat; inget kan ändras.</translation>
    </message>
    <message>
        <source>&amp;Import recordings…</source>
        <translation>&amp;Importera inspelningar…</translation>
    </message>
    <message>
        <source>&amp;Verify recordings…</source>
        <translation>&amp;Kontrollera inspelningar…</translation>
    </message>
    <message>
        <source>&amp;Find missing in folder…</source>
        <translation>&amp;Hitta saknade i mapp…</translation>
    </message>
    <message>
        <source>&amp;Locate recording…</source>
        <translation>&amp;Leta upp inspelning…</translation>
    </message>
    <message>
        <source>Change &amp;drive location…</source>
        <translation>Byt &amp;enhetens plats…</translation>
    </message>
    <message>
        <source>New &amp;conference…</source>
        <translation>Ny &amp;konferens…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Ny &amp;person…</translation>
    </message>
    <message>
        <source>New &amp;talk…</source>
        <translation>Nytt &amp;föredrag…</translation>
    </message>
    <message>
        <source>New &amp;document…</source>
        <translation>Nytt &amp;dokument…</translation>
    </message>
    <message>
        <source>&amp;Edit record…</source>
        <translation>&amp;Redigera posten…</translation>
    </message>
    <message>
        <source>Edit &amp;selected talks or recordings…</source>
        <translation>Redigera &amp;valda föredrag eller inspelningar…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <source>&amp;Merge people…</source>
        <translation>&amp;Slå ihop personer…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>Select a recording first.</source>
        <translation>Välj en inspelning först.</translation>
    </message>
    <message>
        <source>Select talks or recordings in the list first (Ctrl or Shift and click).</source>
        <translation>Välj först föredrag eller inspelningar i listan (Ctrl eller Skift och klicka).</translation>
    </message>
    <message>
        <source>Listing people…</source>
        <translation>Hämtar personer…</translation>
    </message>
</context>
<context>
    <name>ControlWindow</name>
    <message>
        <source>Presenter — {name}</source>
        <translation>Presentatör — {name}</translation>
    </message>
    <message>
        <source>PROGRAM</source>
        <translation>PROGRAM</translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation>FÖRHANDSVISNING</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Svart</translation>
    </message>
    <message>
        <source>NOW PLAYING</source>
        <translation>SPELAS NU</translation>
    </message>
    <message>
        <source>NEXT (STANDBY)</source>
        <translation>NÄSTA (STANDBY)</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>KÖR</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Panic</source>
        <translation>Panik</translation>
    </message>
    <message>
        <source>Play the standby cue (Space)</source>
        <translation>Spela standby-klippet (mellanslag)</translation>
    </message>
    <message>
        <source>Stop the cue on air (Esc)</source>
        <translation>Stoppa klippet som visas (Esc)</translation>
    </message>
    <message>
        <source>Stop everything and go black (Shift+Esc)</source>
        <translation>Stoppa allt och gå till svart (Skift+Esc)</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Utgång:</translation>
    </message>
    <message>
        <source>The screen the audience sees</source>
        <translation>Skärmen som publiken ser</translation>
    </message>
    <message>
        <source>Fullscreen (F)</source>
        <translation>Helskärm (F)</translation>
    </message>
    <message>
        <source>Leave presenter mode</source>
        <translation>Lämna presentationsläget</translation>
    </message>
    <message>
        <source>Space GO  ·  Esc Stop  ·  Shift+Esc Panic  ·  ↑ ↓ choose the next cue  ·  F output fullscreen  ·  Ctrl+W leave</source>
        <translation>Mellanslag KÖR  ·  Esc Stopp  ·  Skift+Esc Panik  ·  ↑ ↓ välj nästa klipp  ·  F utgången i helskärm  ·  Ctrl+W lämna</translation>
    </message>
    <message>
        <source>No picture (sound only)</source>
        <translation>Ingen bild (bara ljud)</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Klipp</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>Program: what the audience sees</source>
        <translation>Program: det publiken ser</translation>
    </message>
    <message>
        <source>Preview: the next cue</source>
        <translation>Förhandsvisning: nästa klipp</translation>
    </message>
    <message>
        <source>Nothing on air (black)</source>
        <translation>Inget visas (svart)</translation>
    </message>
    <message>
        <source>{title} (holding the last picture)</source>
        <translation>{title} (står kvar på sista bilden)</translation>
    </message>
    <message>
        <source>End of the cue list</source>
        <translation>Spellistan är slut</translation>
    </message>
    <message>
        <source>end</source>
        <translation>slutet</translation>
    </message>
    <message>
        <source>hold last frame</source>
        <translation>håll sista bilden</translation>
    </message>
    <message>
        <source>fade to black</source>
        <translation>tona till svart</translation>
    </message>
    <message>
        <source>continue to the next cue</source>
        <translation>fortsätt med nästa klipp</translation>
    </message>
    <message>
        <source>{tin} → {tout}, then {end}</source>
        <translation>{tin} → {tout}, sedan {end}</translation>
    </message>
    <message>
        <source>fade in {s} s</source>
        <translation>tona in {s} s</translation>
    </message>
    <message>
        <source>fade out {s} s</source>
        <translation>tona ut {s} s</translation>
    </message>
    <message>
        <source>dissolve {s} s</source>
        <translation>övertoning {s} s</translation>
    </message>
    <message>
        <source>Pre-wait {s} s</source>
        <translation>Förvänta {s} s</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>Loads when the pre-wait is over</source>
        <translation>Laddas när förväntan är över</translation>
    </message>
    <message>
        <source>Loads when the transition is over</source>
        <translation>Laddas när övergången är klar</translation>
    </message>
    <message>
        <source>wait {t}</source>
        <translation>vänta {t}</translation>
    </message>
</context>
<context>
    <name>CueController</name>
    <message>
        <source>Select a talk or a recording to add it to a cue list.</source>
        <translation>Välj ett föredrag eller en inspelning för att lägga till i en spellista.</translation>
    </message>
    <message>
        <source>There is no recording to add here.</source>
        <translation>Det finns ingen inspelning att lägga till här.</translation>
    </message>
    <message>
        <source>a new cue list</source>
        <translation>en ny spellista</translation>
    </message>
    <message>
        <source>Added to the cue list “{name}”.</source>
        <translation>Tillagt i spellistan ”{name}”.</translation>
    </message>
    <message>
        <source>Cannot present “{name}”: {error}</source>
        <translation>Kan inte presentera ”{name}”: {error}</translation>
    </message>
    <message>
        <source>The cue list “{name}” is empty; add recordings first.</source>
        <translation>Spellistan ”{name}” är tom; lägg till inspelningar först.</translation>
    </message>
</context>
<context>
    <name>CueEditor</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;In</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>O&amp;ut</source>
        <translation>&amp;Ut</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Ljudnivå</translation>
    </message>
    <message>
        <source>&amp;Fade in</source>
        <translation>T&amp;ona in</translation>
    </message>
    <message>
        <source>F&amp;ade out</source>
        <translation>To&amp;na ut</translation>
    </message>
    <message>
        <source>&amp;Dissolve to next</source>
        <translation>Öve&amp;rtoning till nästa</translation>
    </message>
    <message>
        <source>At the &amp;end</source>
        <translation>Vid &amp;slutet</translation>
    </message>
    <message>
        <source>&amp;Pre-wait</source>
        <translation>&amp;Förvänta</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>end of the recording</source>
        <translation>inspelningens slut</translation>
    </message>
    <message>
        <source>seconds before it starts</source>
        <translation>sekunder innan det börjar</translation>
    </message>
    <message>
        <source>Where the cue starts: seconds, M:SS or H:MM:SS.mmm</source>
        <translation>Där klippet börjar: sekunder, M:SS eller H:MM:SS.mmm</translation>
    </message>
    <message>
        <source>Where the cue ends; empty = the end of the recording</source>
        <translation>Där klippet slutar; tomt = inspelningens slut</translation>
    </message>
    <message>
        <source>What the presenter should know or say</source>
        <translation>Vad presentatören ska veta eller säga</translation>
    </message>
    <message>
        <source>0 s: a cut</source>
        <translation>0 s: direkt övergång</translation>
    </message>
    <message>
        <source>Seconds it rises from black, or from the picture before when that cue has no dissolve</source>
        <translation>Sekunder som klippet tonar in från svart, eller från bilden före när det klippet inte har någon övertoning</translation>
    </message>
    <message>
        <source>Seconds it fades to black before its end (“Fade to black”)</source>
        <translation>Sekunder som klippet tonar till svart före sitt slut (”Tona till svart”)</translation>
    </message>
    <message>
        <source>Seconds the next cue takes to dissolve in over this one; 0 = a cut</source>
        <translation>Sekunder som nästa klipp behöver för att tona över detta; 0 = direkt övergång</translation>
    </message>
    <message>
        <source>Louder or softer than the common target loudness, in dB (0 = as all others)</source>
        <translation>Starkare eller svagare än den gemensamma målnivån, i dB (0 = som alla andra)</translation>
    </message>
    <message>
        <source>Select a cue to edit it.</source>
        <translation>Välj ett klipp för att redigera det.</translation>
    </message>
    <message>
        <source>Cue {n}: {title}</source>
        <translation>Klipp {n}: {title}</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Use seconds, M:SS or H:MM:SS.</source>
        <translation>”{text}” är ingen tid. Skriv sekunder, M:SS eller H:MM:SS.</translation>
    </message>
    <message>
        <source>The in point is after the end of the recording ({length}).</source>
        <translation>Inpunkten ligger efter inspelningens slut ({length}).</translation>
    </message>
    <message>
        <source>The out point must come after the in point.</source>
        <translation>Utpunkten måste komma efter inpunkten.</translation>
    </message>
    <message>
        <source>The out point is after the end of the recording ({length}).</source>
        <translation>Utpunkten ligger efter inspelningens slut ({length}).</translation>
    </message>
    <message>
        <source>The pre-wait is a number of seconds, like 2 or 1.5.</source>
        <translation>Förväntan är ett antal sekunder, till exempel 2 eller 1,5.</translation>
    </message>
    <message>
        <source>A fade or dissolve is 0 to {max} seconds, like 1 or 0.5.</source>
        <translation>En toning eller övertoning är 0 till {max} sekunder, till exempel 1 eller 0,5.</translation>
    </message>
</context>
<context>
    <name>CueListPage</name>
    <message>
        <source>Cue lists</source>
        <translation>Spellistor</translation>
    </message>
    <message>
        <source>Recordings: drag into the cue list</source>
        <translation>Inspelningar: dra in i spellistan</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>Ny lista…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicera…</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Ta bort lista</translation>
    </message>
    <message>
        <source>Remove cue</source>
        <translation>Ta bort klipp</translation>
    </message>
    <message>
        <source>Check cue list</source>
        <translation>Kontrollera spellistan</translation>
    </message>
    <message>
        <source>Running order…</source>
        <translation>Körschema…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Present ▶</source>
        <translation>Presentera ▶</translation>
    </message>
    <message>
        <source>Check every cue&apos;s file before the show (Ctrl+Shift+K)</source>
        <translation>Kontrollera varje klipps fil före visningen (Ctrl+Skift+K)</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Klipp</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>No cue list yet: press New to make one.</source>
        <translation>Ingen spellista ännu: tryck Ny lista för att skapa en.</translation>
    </message>
    <message>
        <source>New cue list</source>
        <translation>Ny spellista</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>New cue list “{name}”</source>
        <translation>Ny spellista ”{name}”</translation>
    </message>
    <message>
        <source>Cue list</source>
        <translation>Spellista</translation>
    </message>
    <message>
        <source>Rename cue list</source>
        <translation>Byt namn på spellistan</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <source>Rename cue list to “{name}”</source>
        <translation>Byt namn på spellistan till ”{name}”</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopia)</translation>
    </message>
    <message>
        <source>Duplicate cue list</source>
        <translation>Duplicera spellistan</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Kopians namn:</translation>
    </message>
    <message>
        <source>Duplicate cue list as “{name}”</source>
        <translation>Duplicera spellistan som ”{name}”</translation>
    </message>
    <message>
        <source>Delete cue list “{name}”</source>
        <translation>Ta bort spellistan ”{name}”</translation>
    </message>
    <message>
        <source>Cue list “{name}” deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Spellistan ”{name}” togs bort. Ångra (Ctrl+Z) tar tillbaka den.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n cue(s)</source>
        <translation>
            <numerusform>Lägg till %n klipp</numerusform>
            <numerusform>Lägg till %n klipp</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no recording to add there.</source>
        <translation>Det finns ingen inspelning att lägga till där.</translation>
    </message>
    <message>
        <source>Remove cue {n}</source>
        <translation>Ta bort klipp {n}</translation>
    </message>
    <message>
        <source>Move cue to position {n}</source>
        <translation>Flytta klippet till plats {n}</translation>
    </message>
    <message>
        <source>in point</source>
        <translation>inpunkt</translation>
    </message>
    <message>
        <source>out point</source>
        <translation>utpunkt</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volym</translation>
    </message>
    <message>
        <source>end action</source>
        <translation>slutåtgärd</translation>
    </message>
    <message>
        <source>pre-wait</source>
        <translation>förväntan</translation>
    </message>
    <message>
        <source>fade in</source>
        <translation>intoning</translation>
    </message>
    <message>
        <source>fade out</source>
        <translation>uttoning</translation>
    </message>
    <message>
        <source>dissolve</source>
        <translation>övertoning</translation>
    </message>
    <message>
        <source>level</source>
        <translation>ljudnivå</translation>
    </message>
    <message>
        <source>Edit cue {n}: {fields}</source>
        <translation>Ändra klipp {n}: {fields}</translation>
    </message>
    <message>
        <source>Checking every cue&apos;s file…</source>
        <translation>Kontrollerar varje klipps fil…</translation>
    </message>
    <message numerus="yes">
        <source>%n cue(s) will not play: </source>
        <translation>
            <numerusform>%n klipp kommer inte att spelas: </numerusform>
            <numerusform>%n klipp kommer inte att spelas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n cue(s) are ready to play.</source>
        <translation>
            <numerusform>Klippet är klart att spela.</numerusform>
            <numerusform>Alla %n klipp är klara att spela.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>Kontrollen misslyckades: {error}</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Klipp</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Ackumulerad tid</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV spreadsheet (*.csv);;XSPF playlist for VLC (*.xspf)</source>
        <translation>PDF (*.pdf);;CSV-kalkylblad (*.csv);;XSPF-spellista för VLC (*.xspf)</translation>
    </message>
    <message>
        <source>Save the running order</source>
        <translation>Spara körschemat</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Körschema</translation>
    </message>
    <message>
        <source>Cannot save the running order: {error}</source>
        <translation>Kan inte spara körschemat: {error}</translation>
    </message>
    <message>
        <source>Running order saved to {path}</source>
        <translation>Körschemat sparades i {path}</translation>
    </message>
    <message>
        <source>Printing is not available here; save a PDF instead.</source>
        <translation>Utskrift finns inte här; spara en PDF i stället.</translation>
    </message>
</context>
<context>
    <name>CueTableModel</name>
    <message>
        <source>Hold</source>
        <translation>Håll</translation>
    </message>
    <message>
        <source>Fade to black</source>
        <translation>Tona till svart</translation>
    </message>
    <message>
        <source>Next cue</source>
        <translation>Nästa klipp</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Vid slutet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Broken: {reason}</source>
        <translation>Trasigt: {reason}</translation>
    </message>
    <message>
        <source>end</source>
        <translation>slutet</translation>
    </message>
    <message>
        <source>wait {s} s</source>
        <translation>vänta {s} s</translation>
    </message>
    <message>
        <source>dissolve {s} s</source>
        <translation>övertoning {s} s</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Tick when the date is known</source>
        <translation>Kryssa i när datumet är känt</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Datum känt</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>… and {n} more</source>
        <translation>… och {n} till</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Föredrag</translation>
    </message>
    <message>
        <source>No talks are recorded for this conference.</source>
        <translation>Inga föredrag är registrerade för den här konferensen.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Länkar</translation>
    </message>
    <message>
        <source>Appearances</source>
        <translation>Medverkan</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Spela upp</translation>
    </message>
    <message>
        <source>No talks are recorded for this person.</source>
        <translation>Inga föredrag är registrerade för den här personen.</translation>
    </message>
    <message>
        <source>loudness {lufs} LUFS</source>
        <translation>ljudstyrka {lufs} LUFS</translation>
    </message>
    <message>
        <source>Placeholder clip, not the real recording.</source>
        <translation>Exempelklipp, inte den riktiga inspelningen.</translation>
    </message>
    <message>
        <source>The file is missing. It was expected at: {path}</source>
        <translation>Filen saknas. Den förväntades finnas här: {path}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sal</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Inspelningar</translation>
    </message>
    <message>
        <source>No recording of this talk is in the archive.</source>
        <translation>Det finns ingen inspelning av föredraget i arkivet.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkription</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Utgivare</translation>
    </message>
    <message>
        <source>Authors and editors</source>
        <translation>Författare och redaktörer</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Läs</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Öppna filen</translation>
    </message>
    <message>
        <source>Open the link</source>
        <translation>Öppna länken</translation>
    </message>
    <message>
        <source>No link or file is recorded for this document.</source>
        <translation>Ingen länk eller fil är registrerad för dokumentet.</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Konferenser</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Föredrag</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Ljud</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>{n} cues</source>
        <translation>{n} insatser</translation>
    </message>
    <message>
        <source>Open Cue lists in the side bar to edit this list and present it.</source>
        <translation>Öppna Spellistor i sidopanelen för att redigera listan och visa den.</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <source>Pick a result to see it here. Enter opens it, Space plays it.</source>
        <translation>Välj en träff för att se den här. Enter öppnar, mellanslag spelar upp.</translation>
    </message>
    <message>
        <source>Pick something in the list to see it here, with everything linked to it. Enter opens it, Space plays a recording.</source>
        <translation>Välj något i listan för att se det här, med allt som hör till. Enter öppnar, mellanslag spelar upp en inspelning.</translation>
    </message>
    <message>
        <source>This record cannot be shown: {error}</source>
        <translation>Posten kan inte visas: {error}</translation>
    </message>
    <message>
        <source>Select a talk or a recording to play.</source>
        <translation>Välj ett föredrag eller en inspelning att spela upp.</translation>
    </message>
    <message>
        <source>There is no recording to play here.</source>
        <translation>Det finns ingen inspelning att spela upp här.</translation>
    </message>
    <message>
        <source>The recording&apos;s file is missing. It was expected at: {path}</source>
        <translation>Inspelningens fil saknas. Den förväntades finnas här: {path}</translation>
    </message>
    <message>
        <source>The player is not available: {why}</source>
        <translation>Spelaren är inte tillgänglig: {why}</translation>
    </message>
    <message>
        <source>The file is missing. It was expected at: {path}</source>
        <translation>Filen saknas. Den förväntades finnas här: {path}</translation>
    </message>
    <message>
        <source>No program is set up to open this.</source>
        <translation>Inget program är inställt för att öppna detta.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>The archive is damaged</source>
        <translation>Arkivet är skadat</translation>
    </message>
    <message>
        <source>The archive&apos;s catalogue cannot be read.</source>
        <translation>Arkivets katalog går inte att läsa.</translation>
    </message>
    <message>
        <source>A good backup from {name} is available. Restore it? The damaged file is kept beside it, nothing is deleted.</source>
        <translation>Det finns en fungerande säkerhetskopia ({name}). Vill du återställa den? Den skadade filen sparas bredvid, inget raderas.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>Rebuild the catalogue</source>
        <translation>Återskapa katalogen</translation>
    </message>
    <message>
        <source>Recordings missing from the catalogue of {folder} are added back.</source>
        <translation>Inspelningar som saknas i katalogen för {folder} läggs tillbaka.</translation>
    </message>
    <message>
        <source>{folder} has no catalogue.</source>
        <translation>{folder} har ingen katalog.</translation>
    </message>
    <message>
        <source>A new catalogue is made from the descriptions saved beside the recordings in the media folder. The recordings themselves are not changed.</source>
        <translation>En ny katalog skapas från beskrivningarna som sparats bredvid inspelningarna i mappen media. Själva inspelningarna ändras inte.</translation>
    </message>
    <message>
        <source>Rebuild catalogue</source>
        <translation>Återskapa katalog</translation>
    </message>
</context>
<context>
    <name>DurationField</name>
    <message>
        <source>h:mm:ss</source>
        <translation>t:mm:ss</translation>
    </message>
    <message>
        <source>Hours, minutes and seconds, like 1:30:00 or 45:00; kept in whole minutes.</source>
        <translation>Timmar, minuter och sekunder, som 1:30:00 eller 45:00; sparas i hela minuter.</translation>
    </message>
</context>
<context>
    <name>EditForm</name>
    <message>
        <source>Position</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografi</translation>
    </message>
    <message>
        <source>Photo (file)</source>
        <translation>Foto (fil)</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sal</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Föredrag</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Platshållare</translation>
    </message>
    <message>
        <source>Start (m:ss)</source>
        <translation>Start (m:ss)</translation>
    </message>
    <message>
        <source>End (m:ss)</source>
        <translation>Slut (m:ss)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Undertitel</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Utgivare</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Edit conference</source>
        <translation>Redigera konferens</translation>
    </message>
    <message>
        <source>New conference</source>
        <translation>Ny konferens</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Redigera person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Edit talk</source>
        <translation>Redigera föredrag</translation>
    </message>
    <message>
        <source>New talk</source>
        <translation>Nytt föredrag</translation>
    </message>
    <message>
        <source>Edit recording</source>
        <translation>Redigera inspelning</translation>
    </message>
    <message>
        <source>Edit document</source>
        <translation>Redigera dokument</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Nytt dokument</translation>
    </message>
    <message>
        <source>Edit chapter</source>
        <translation>Redigera kapitel</translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation>Nytt kapitel</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Ny post</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>Redigera post</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <source>Show the record as it is saved now; your changes in this form are lost.</source>
        <translation>Visa posten som den är sparad nu; dina ändringar i formuläret försvinner.</translation>
    </message>
    <message>
        <source>(no conference)</source>
        <translation>(ingen konferens)</translation>
    </message>
    <message>
        <source>Type part of the talk&apos;s title</source>
        <translation>Skriv en del av föredragets titel</translation>
    </message>
    <message>
        <source>Type a name: one in the archive, or a new one</source>
        <translation>Skriv ett namn: ett som finns i arkivet, eller ett nytt</translation>
    </message>
    <message>
        <source>This is a stand-in, not the real recording</source>
        <translation>Detta är en ersättare, inte den riktiga inspelningen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>This record cannot be edited: {error}</source>
        <translation>Posten kan inte redigeras: {error}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened this form, so your changes were not saved. Choose Reload to see the record as it is now, then make your changes again.</source>
        <translation>Någon annan sparade posten efter att du öppnade formuläret, så dina ändringar sparades inte. Välj Läs in igen för att se posten som den är nu och gör sedan dina ändringar på nytt.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Whole catalogue (JSON)</source>
        <translation>Hela katalogen (JSON)</translation>
    </message>
    <message>
        <source>Spreadsheet tables (CSV, one file per kind)</source>
        <translation>Kalkylbladstabeller (CSV, en fil per slag)</translation>
    </message>
    <message>
        <source>Conference schedule (frab schedule.xml)</source>
        <translation>Konferensprogram (frab schedule.xml)</translation>
    </message>
    <message>
        <source>PBCore 2.1 collection (one XML file)</source>
        <translation>PBCore 2.1-samling (en XML-fil)</translation>
    </message>
    <message>
        <source>PBCore 2.1 records (one file per recording)</source>
        <translation>PBCore 2.1-poster (en fil per inspelning)</translation>
    </message>
    <message>
        <source>BagIt bag of recordings with PBCore records</source>
        <translation>BagIt-paket med inspelningar och PBCore-poster</translation>
    </message>
    <message>
        <source>Listing conferences…</source>
        <translation>Hämtar konferenser…</translation>
    </message>
    <message>
        <source>For Excel (BOM and semicolons)</source>
        <translation>För Excel (BOM och semikolon)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Conferences (none ticked: all):</source>
        <translation>Konferenser (ingen markerad: alla):</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Spara i:</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Välj en mapp</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>Files (*.xml *.json)</source>
        <translation>Filer (*.xml *.json)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Välj var exporten ska sparas.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Sparades i %1.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Utelämnat: %1</translation>
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
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Inspelning</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filtrera på {what}</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <source>Any conference</source>
        <translation>Alla konferenser</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Alla roller</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alla taggar</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <source>With or without recording</source>
        <translation>Med eller utan inspelning</translation>
    </message>
    <message>
        <source>With recording</source>
        <translation>Med inspelning</translation>
    </message>
    <message>
        <source>Without recording</source>
        <translation>Utan inspelning</translation>
    </message>
</context>
<context>
    <name>FixityDialog</name>
    <message>
        <source>Verify recordings</source>
        <translation>Kontrollera inspelningar</translation>
    </message>
    <message>
        <source>&amp;Verify all</source>
        <translation>&amp;Kontrollera alla</translation>
    </message>
    <message>
        <source>The recordings have never all been verified.</source>
        <translation>Inspelningarna har aldrig kontrollerats alla på en gång.</translation>
    </message>
    <message>
        <source>Last full check: %1</source>
        <translation>Senaste fullständiga kontroll: %1</translation>
    </message>
    <message>
        <source>(more than 90 days ago: time to check again)</source>
        <translation>(för mer än 90 dagar sedan: dags att kontrollera igen)</translation>
    </message>
    <message>
        <source>Verifying the recordings…</source>
        <translation>Kontrollerar inspelningarna…</translation>
    </message>
    <message>
        <source>%1 checked: %2 ok, %3 changed, %4 missing.</source>
        <translation>%1 kontrollerade: %2 oförändrade, %3 ändrade, %4 saknas.</translation>
    </message>
    <message>
        <source>Cancelled before every file was checked.</source>
        <translation>Avbröts innan alla filer hade kontrollerats.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Vad som hittades</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
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
        <translation>ändrad</translation>
    </message>
    <message>
        <source>created</source>
        <translation>skapad</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>kopplad</translation>
    </message>
    <message>
        <source>unlinked</source>
        <translation>koppling borttagen</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>sammanslagen</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>kontrollerad</translation>
    </message>
    <message>
        <source>found again</source>
        <translation>återfunnen</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importerad</translation>
    </message>
    <message>
        <source>rebuilt</source>
        <translation>återuppbyggd</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (ångrad)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Gammalt värde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nytt värde</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The history cannot be shown: {error}</source>
        <translation>Historiken kan inte visas: {error}</translation>
    </message>
</context>
<context>
    <name>ImportScheduleDialog</name>
    <message>
        <source>Import schedule</source>
        <translation>Importera program</translation>
    </message>
    <message>
        <source>These names resemble people already in the archive. Tick the ones that are the same person:</source>
        <translation>De här namnen liknar personer som redan finns i arkivet. Markera dem som är samma person:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Schedule file:</source>
        <translation>Programfil:</translation>
    </message>
    <message>
        <source>Choose a schedule</source>
        <translation>Välj ett program</translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json);;All files (*)</source>
        <translation>Program (*.xml *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading the schedule…</source>
        <translation>Läser programmet…</translation>
    </message>
    <message>
        <source>update</source>
        <translation>uppdatera</translation>
    </message>
    <message>
        <source>create</source>
        <translation>skapa</translation>
    </message>
    <message>
        <source>%1 (%2): %3 the conference; %4 new talks, %5 to update; %6 people already in the archive, %7 new.</source>
        <translation>%1 (%2): %3 konferensen; %4 nya föredrag, %5 att uppdatera; %6 personer finns redan i arkivet, %7 nya.</translation>
    </message>
    <message>
        <source>%1  →  %2</source>
        <translation>%1  →  %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Imported: %1 talks created, %2 updated, %3 people created.</source>
        <translation>Importerat: %1 föredrag skapade, %2 uppdaterade, %3 personer skapade.</translation>
    </message>
</context>
<context>
    <name>IngestDialog</name>
    <message>
        <source>Import recordings</source>
        <translation>Importera inspelningar</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Välj &amp;filer…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Välj &amp;mapp…</translation>
    </message>
    <message>
        <source>Where the recordings belong</source>
        <translation>Vart inspelningarna hör</translation>
    </message>
    <message>
        <source>One &amp;new talk per file, in the conference</source>
        <translation>Ett &amp;nytt föredrag per fil, i konferensen</translation>
    </message>
    <message>
        <source>All to one existing &amp;talk</source>
        <translation>Alla till ett befintligt &amp;föredrag</translation>
    </message>
    <message>
        <source>No talk &amp;yet</source>
        <translation>Inget föredrag &amp;än</translation>
    </message>
    <message>
        <source>(no conference)</source>
        <translation>(ingen konferens)</translation>
    </message>
    <message>
        <source>Conference of the new talks</source>
        <translation>De nya föredragens konferens</translation>
    </message>
    <message>
        <source>Type part of the talk&apos;s title</source>
        <translation>Skriv en del av föredragets titel</translation>
    </message>
    <message>
        <source>The talk the recordings belong to</source>
        <translation>Föredraget som inspelningarna hör till</translation>
    </message>
    <message>
        <source>&amp;Copy into the archive</source>
        <translation>&amp;Kopiera in i arkivet</translation>
    </message>
    <message>
        <source>&amp;Link: leave the files where they are</source>
        <translation>&amp;Länka: låt filerna ligga kvar där de är</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> och %1 till</translation>
    </message>
    <message>
        <source>Choose files or a folder to import.</source>
        <translation>Välj filer eller en mapp att importera.</translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation>Mapp att importera</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Filer att importera</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>Tittar på filerna…</translation>
    </message>
    <message>
        <source>Title of a new talk</source>
        <translation>Titel på nytt föredrag</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) to import</source>
        <translation>
            <numerusform>%n inspelning att importera</numerusform>
            <numerusform>%n inspelningar att importera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out: not audio or video</source>
        <translation>
            <numerusform>%n fil utelämnas: inte ljud eller video</numerusform>
            <numerusform>%n filer utelämnas: inte ljud eller video</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported</source>
        <translation>
            <numerusform>%n fil kan inte importeras</numerusform>
            <numerusform>%n filer kan inte importeras</numerusform>
        </translation>
    </message>
    <message>
        <source>(looking was cancelled)</source>
        <translation>(genomgången avbröts)</translation>
    </message>
    <message>
        <source>The title of the talk made for this file; edit it here.</source>
        <translation>Titeln på föredraget som skapas för filen; ändra den här.</translation>
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <translation>Kan inte importeras: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Talk: %1</source>
        <translation>Föredrag: %1</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>Inspelning: %1</translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation>Avbrutet: de återstående filerna importerades inte.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importerad</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>dubblett</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>inte importerad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Making the talks…</source>
        <translation>Skapar föredragen…</translation>
    </message>
    <message>
        <source>The talks were not made: %1</source>
        <translation>Föredragen skapades inte: %1</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates, %3 failed, %4 left out.</source>
        <translation>%1 importerade, %2 dubbletter, %3 misslyckades, %4 utelämnade.</translation>
    </message>
    <message numerus="yes">
        <source>%n new talk(s).</source>
        <translation>
            <numerusform>%n nytt föredrag.</numerusform>
            <numerusform>%n nya föredrag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a row to open its record.</source>
        <translation>Dubbelklicka på en rad för att öppna dess post.</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>utelämnad</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message>
        <source>Import &amp;schedule…</source>
        <translation>Importera &amp;program…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Export event &amp;bundle…</source>
        <translation>Exportera evenemangs&amp;paket…</translation>
    </message>
    <message>
        <source>&amp;Open event bundle…</source>
        <translation>Öppna e&amp;venemangspaket…</translation>
    </message>
    <message>
        <source>&amp;Merge event bundle into this archive…</source>
        <translation>&amp;Slå ihop evenemangspaket med arkivet…</translation>
    </message>
    <message>
        <source>No archive</source>
        <translation>Inget arkiv</translation>
    </message>
    <message>
        <source>Open an archive first.</source>
        <translation>Öppna ett arkiv först.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>What the media tools or the system said about the selected file</source>
        <translation>Vad medieverktygen eller systemet sa om den valda filen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Misslyckades: %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 av %2: %3</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detaljer: %1</translation>
    </message>
    <message>
        <source>Select a file to see what was said about it.</source>
        <translation>Välj en fil för att se vad som sades om den.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Held</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>På plats</translation>
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
        <translation>Huvudtalare</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Föredrag</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panelsamtal</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Talare</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Intervjuad</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Intervjuare</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>Paneldeltagare</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redaktör</translation>
    </message>
    <message>
        <source>Full talk</source>
        <translation>Helt föredrag</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Klipp</translation>
    </message>
    <message>
        <source>Trailer</source>
        <translation>Trailer</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Ej kontrollerad</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Oläsbar</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <translation>Nordsamiska</translation>
    </message>
    <message>
        <source>Meänkieli</source>
        <translation>Meänkieli</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Konferenser</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Föredrag</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Inspelningar</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Cue lists</source>
        <translation>Spellistor</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transkriptioner</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Series and number</source>
        <translation>Serie och nummer</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Utgivare</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Befattning</translation>
    </message>
</context>
<context>
    <name>LanguageField</name>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Välj ett språk i listan.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the archive…</source>
        <translation>Öppnar arkivet…</translation>
    </message>
    <message>
        <source>Search names, titles, themes, report numbers (Ctrl+K)</source>
        <translation>Sök namn, titlar, teman, rapportnummer (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Sök i arkivet</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Inspelningar</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Something could not be loaded: {error}</source>
        <translation>Något kunde inte läsas in: {error}</translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Slå ihop personer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>Merge into it and remove</source>
        <translation>Slå ihop med den och ta bort</translation>
    </message>
    <message>
        <source>Every talk and document of the removed person moves to the kept one. Empty fields of the kept person are filled in.</source>
        <translation>Alla föredrag och dokument som hör till personen som tas bort flyttas till den som behålls. Tomma fält hos den som behålls fylls i.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Slår ihop…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The archive is open read-only; nothing can be changed.</source>
        <translation>Arkivet är öppnat skrivskyddat; inget kan ändras.</translation>
    </message>
    <message>
        <source>{root} is on read-only media; nothing can be changed.</source>
        <translation>{root} ligger på ett skrivskyddat medium; inget kan ändras.</translation>
    </message>
    <message>
        <source>{root} is being edited by another program; close it and try again.</source>
        <translation>{root} redigeras av ett annat program; stäng det och försök igen.</translation>
    </message>
    <message>
        <source>{root} is being edited by another program ({holder}); close it and try again.</source>
        <translation>{root} redigeras av ett annat program ({holder}); stäng det och försök igen.</translation>
    </message>
    <message>
        <source>{root} is being written by another program ({holder}), which did not finish within {seconds} s; try again later.</source>
        <translation>{root} skrivs av ett annat program ({holder}), som inte blev klart inom {seconds} s; försök igen senare.</translation>
    </message>
    <message>
        <source>There is already an archive in {root}.</source>
        <translation>Det finns redan ett arkiv i {root}.</translation>
    </message>
    <message>
        <source>{root} is a file, not a folder.</source>
        <translation>{root} är en fil, inte en mapp.</translation>
    </message>
    <message>
        <source>{root} is a file, not an archive folder.</source>
        <translation>{root} är en fil, inte en arkivmapp.</translation>
    </message>
    <message>
        <source>Cannot create an archive in {root}: {reason}</source>
        <translation>Det går inte att skapa ett arkiv i {root}: {reason}</translation>
    </message>
    <message>
        <source>{root} does not exist (is the drive connected?).</source>
        <translation>{root} finns inte (är enheten ansluten?).</translation>
    </message>
    <message>
        <source>{drive} is not there (is the drive connected?): nothing was written to {path}.</source>
        <translation>{drive} finns inte (är enheten ansluten?): inget skrevs till {path}.</translation>
    </message>
    <message>
        <source>{root} is not an archive: it has no {name}.</source>
        <translation>{root} är inget arkiv: det saknar {name}.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Vaxa archive.</source>
        <translation>{path} är en SQLite-fil men inget Vaxa-arkiv.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({reason}). It has not been changed.</source>
        <translation>{path} är skadad och kan inte läsas ({reason}). Den har inte ändrats.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}.</source>
        <translation>{path} kan inte öppnas: {reason}.</translation>
    </message>
    <message>
        <source>The disk holding the archive ({root}) is full, so its catalogue cannot be opened; nothing in it was lost. Free some space and try again.</source>
        <translation>Disken som arkivet ligger på ({root}) är full, så katalogen kan inte öppnas; inget i den har gått förlorat. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>{root} was made by a newer version of Vaxa Desktop (schema {schema}). Update the program to open it; the archive has not been changed.</source>
        <translation>{root} skapades av en nyare version av Vaxa Desktop (schema {schema}). Uppdatera programmet för att öppna det; arkivet har inte ändrats.</translation>
    </message>
    <message>
        <source>{root} needs an upgrade, which cannot be done while it is read-only.</source>
        <translation>{root} behöver uppgraderas, och det går inte medan det är skrivskyddat.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a settings file.</source>
        <translation>{path} är ingen inställningsfil.</translation>
    </message>
    <message>
        <source>{folder} is on a network file system ({fstype}). SQLite cannot share its catalogue safely there (its write-ahead log needs a local disk): copy the archive to a local disk, or keep the catalogue on a PostgreSQL server.</source>
        <translation>{folder} ligger på ett nätverksfilsystem ({fstype}). Där kan SQLite inte dela katalogen säkert (dess skrivlogg kräver en lokal disk): kopiera arkivet till en lokal disk, eller lägg katalogen på en PostgreSQL-server.</translation>
    </message>
    <message>
        <source>The catalogue cannot be reached ({reason}). Check the network connection or the drive, then try again.</source>
        <translation>Katalogen går inte att nå ({reason}). Kontrollera nätverksanslutningen eller enheten och försök igen.</translation>
    </message>
    <message>
        <source>The disk or the database is full; nothing was saved. Free some space and try again.</source>
        <translation>Disken eller databasen är full; inget sparades. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The catalogue is busy with another program&apos;s change; nothing was saved. Try again in a moment.</source>
        <translation>Katalogen är upptagen med ett annat programs ändring; inget sparades. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Cannot reach the catalogue at {where}: {reason}</source>
        <translation>Det går inte att nå katalogen på {where}: {reason}</translation>
    </message>
    <message>
        <source>The archive is on read-only media: write the backup elsewhere with --to DIR.</source>
        <translation>Arkivet ligger på skrivskyddad lagring: skriv säkerhetskopian någon annanstans med --to MAPP.</translation>
    </message>
    <message>
        <source>The backup cannot be written to {folder}: {reason}</source>
        <translation>Säkerhetskopian kan inte skrivas till {folder}: {reason}</translation>
    </message>
    <message>
        <source>The disk holding the archive ({root}) is full; nothing already saved was lost. Free some space and try again.</source>
        <translation>Disken som arkivet ligger på ({root}) är full; inget som redan sparats har gått förlorat. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was written there. Free some space, or choose a place on another disk.</source>
        <translation>Disken som {path} ligger på är full: inget skrevs dit. Frigör utrymme eller välj en plats på en annan disk.</translation>
    </message>
    <message>
        <source>The disk holding the archive ({root}) is full: {imported} of {total} files were imported before it filled up, and nothing already imported was lost. Free some space and run the import again for the rest.</source>
        <translation>Disken som arkivet ligger på ({root}) är full: {imported} av {total} filer hann importeras innan den blev full, och inget som redan importerats har gått förlorat. Frigör utrymme och kör importen igen för resten.</translation>
    </message>
    <message>
        <source>A number given is out of range: ids, years and counts go up to {largest}. Nothing was changed.</source>
        <translation>Ett angivet tal är utanför tillåtet område: id, årtal och antal går upp till {largest}. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>A text given holds an invalid character (a lone surrogate such as U+D800, or NUL); nothing was changed.</source>
        <translation>En angiven text innehåller ett ogiltigt tecken (ett ensamt surrogattecken som U+D800, eller NUL); ingenting ändrades.</translation>
    </message>
    <message>
        <source>A text given is longer than its field holds; nothing was changed.</source>
        <translation>En angiven text är längre än fältet rymmer; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The catalogue at {where} was made by a newer version of Vaxa Desktop (schema {schema}). Update the program to use it; nothing has been changed.</source>
        <translation>Katalogen på {where} skapades av en nyare version av Vaxa Desktop (schema {schema}). Uppdatera programmet för att använda den; inget har ändrats.</translation>
    </message>
    <message>
        <source>{where} already holds a catalogue; open it with --database instead.</source>
        <translation>{where} innehåller redan en katalog; öppna den med --database i stället.</translation>
    </message>
    <message>
        <source>{where} is not empty; a new catalogue needs an empty database.</source>
        <translation>{where} är inte tom; en ny katalog behöver en tom databas.</translation>
    </message>
    <message>
        <source>{where} is not a Vaxa catalogue.</source>
        <translation>{where} är ingen Vaxa-katalog.</translation>
    </message>
    <message>
        <source>{where} holds no catalogue yet; create one with init --database.</source>
        <translation>{where} innehåller ingen katalog ännu; skapa en med init --database.</translation>
    </message>
    <message>
        <source>The catalogue at {where} needs an upgrade, which cannot be done read-only.</source>
        <translation>Katalogen på {where} behöver uppgraderas, och det går inte när den är skrivskyddad.</translation>
    </message>
    <message>
        <source>The catalogue at {where} needs an upgrade, but the backup before it failed ({reason}); nothing has been changed.</source>
        <translation>Katalogen på {where} behöver uppgraderas, men säkerhetskopian före uppgraderingen misslyckades ({reason}); inget har ändrats.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a PostgreSQL address (postgresql://USER@HOST/DATABASE).</source>
        <translation>&apos;{url}&apos; är ingen PostgreSQL-adress (postgresql://ANVÄNDARE@SERVER/DATABAS).</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a valid database address: {reason}</source>
        <translation>&apos;{url}&apos; är ingen giltig databasadress: {reason}</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; names no database (postgresql://HOST/DATABASE).</source>
        <translation>&apos;{url}&apos; anger ingen databas (postgresql://SERVER/DATABAS).</translation>
    </message>
    <message>
        <source>This archive&apos;s catalogue is already on a PostgreSQL server.</source>
        <translation>Arkivets katalog ligger redan på en PostgreSQL-server.</translation>
    </message>
    <message>
        <source>{where} is not empty; the catalogue needs an empty database.</source>
        <translation>{where} är inte tom; katalogen behöver en tom databas.</translation>
    </message>
    <message>
        <source>Copying to {where} failed: {reason}</source>
        <translation>Kopieringen till {where} misslyckades: {reason}</translation>
    </message>
    <message>
        <source>The copy at {where} differs from the archive in: {tables}. The archive still uses its own catalogue; drop that database before trying again.</source>
        <translation>Kopian på {where} skiljer sig från arkivet i: {tables}. Arkivet använder fortfarande sin egen katalog; ta bort den databasen innan du försöker igen.</translation>
    </message>
    <message>
        <source>There is no {kind} with id {id}.</source>
        <translation>Det finns ingen post av typen {kind} med id {id}.</translation>
    </message>
    <message>
        <source>This record was changed by someone else; reload it and make your change again. Nothing was saved.</source>
        <translation>Posten har ändrats av någon annan; läs in den igen och gör din ändring på nytt. Inget sparades.</translation>
    </message>
    <message>
        <source>The {kind} {key} no longer exists.</source>
        <translation>Posten {kind} {key} finns inte längre.</translation>
    </message>
    <message>
        <source>The {kind} {key} is gone.</source>
        <translation>Posten {kind} {key} är borta.</translation>
    </message>
    <message>
        <source>The {kind} {key} exists.</source>
        <translation>Posten {kind} {key} finns redan.</translation>
    </message>
    <message>
        <source>The {column} of {kind} {key} was changed since (now &apos;{current}&apos;); the edit was not applied.</source>
        <translation>Fältet {column} i posten {kind} {key} har ändrats sedan dess (nu &apos;{current}&apos;); ändringen gjordes inte.</translation>
    </message>
    <message>
        <source>The {kind} {id} is still used by a {other}; remove that first.</source>
        <translation>Posten {kind} {id} används fortfarande av en post av typen {other}; ta bort den först.</translation>
    </message>
    <message>
        <source>There is already a {kind} named &apos;{name}&apos;.</source>
        <translation>Det finns redan en post av typen {kind} med namnet &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Records of kind &apos;{kind}&apos; cannot be edited here.</source>
        <translation>Poster av typen &apos;{kind}&apos; kan inte redigeras här.</translation>
    </message>
    <message>
        <source>Records of kind &apos;{kind}&apos; cannot be created here.</source>
        <translation>Poster av typen &apos;{kind}&apos; kan inte skapas här.</translation>
    </message>
    <message>
        <source>Records of kind &apos;{kind}&apos; cannot be deleted here.</source>
        <translation>Poster av typen &apos;{kind}&apos; kan inte tas bort här.</translation>
    </message>
    <message>
        <source>A new {kind} needs: {fields}.</source>
        <translation>En ny post av typen {kind} behöver: {fields}.</translation>
    </message>
    <message>
        <source>A {kind} has no field &apos;{name}&apos; (fields: {allowed}).</source>
        <translation>En post av typen {kind} har inget fält &apos;{name}&apos; (fält: {allowed}).</translation>
    </message>
    <message>
        <source>Bulk edits work on talks or recordings.</source>
        <translation>Massändringar fungerar på föredrag och inspelningar.</translation>
    </message>
    <message>
        <source>There is already a person named &apos;{name}&apos;. Merge the two people instead.</source>
        <translation>Det finns redan en person som heter &apos;{name}&apos;. Slå ihop de två personerna i stället.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already in the archive.</source>
        <translation>&apos;{name}&apos; finns redan i arkivet.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>En person behöver ett namn.</translation>
    </message>
    <message>
        <source>{name} is listed twice as {role}.</source>
        <translation>{name} finns med två gånger som {role}.</translation>
    </message>
    <message>
        <source>A {kind} has no people in roles.</source>
        <translation>En post av typen {kind} har inga personer i roller.</translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation>Välj två olika personer att slå ihop.</translation>
    </message>
    <message>
        <source>A conference needs a title.</source>
        <translation>En konferens behöver en titel.</translation>
    </message>
    <message>
        <source>{year} is not a plausible conference year.</source>
        <translation>{year} är inget rimligt år för en konferens.</translation>
    </message>
    <message>
        <source>There is no conference in {year}.</source>
        <translation>Det finns ingen konferens år {year}.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Slutdatumet ligger före startdatumet.</translation>
    </message>
    <message>
        <source>A talk needs a title.</source>
        <translation>Ett föredrag behöver en titel.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Ett dokument behöver en titel.</translation>
    </message>
    <message>
        <source>Recording {id} has no talk; documents hang on talks.</source>
        <translation>Inspelning {id} hör inte till något föredrag; dokument kopplas till föredrag.</translation>
    </message>
    <message>
        <source>A segment cannot end before it starts.</source>
        <translation>Ett avsnitt kan inte sluta innan det börjar.</translation>
    </message>
    <message>
        <source>The {field} cannot be empty.</source>
        <translation>Fältet ”{field}” får inte vara tomt.</translation>
    </message>
    <message>
        <source>The {field} is required.</source>
        <translation>Fältet ”{field}” måste fyllas i.</translation>
    </message>
    <message>
        <source>The {field} is longer than {max} characters.</source>
        <translation>Fältet ”{field}” är längre än {max} tecken.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number.</source>
        <translation>Fältet ”{field}” måste vara ett heltal.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number, not &apos;{value}&apos;.</source>
        <translation>Fältet ”{field}” måste vara ett heltal, inte &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>The {field} must be between {low} and {high}.</source>
        <translation>Fältet ”{field}” måste vara mellan {low} och {high}.</translation>
    </message>
    <message>
        <source>The {field} &apos;{value}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>Värdet &apos;{value}&apos; i fältet ”{field}” är inget datum (skriv ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>The {field} &apos;{value}&apos; is not a date and time (use YYYY-MM-DD HH:MM).</source>
        <translation>Värdet &apos;{value}&apos; i fältet ”{field}” är ingen tidpunkt (skriv ÅÅÅÅ-MM-DD TT:MM).</translation>
    </message>
    <message>
        <source>Unknown {field} &apos;{value}&apos; (use one of: {allowed}).</source>
        <translation>Okänt värde &apos;{value}&apos; för ”{field}” (använd något av: {allowed}).</translation>
    </message>
    <message>
        <source>The {field} must be yes or no, not &apos;{value}&apos;.</source>
        <translation>Fältet ”{field}” måste vara ja eller nej, inte &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code (use e.g. sv, en, se, fi, sv-FI).</source>
        <translation>&apos;{value}&apos; är ingen språkkod (använd t.ex. sv, en, se, fi, sv-FI).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a web address (start with https://).</source>
        <translation>&apos;{value}&apos; är ingen webbadress (börja med https://).</translation>
    </message>
    <message>
        <source>The web address is longer than 2000 characters.</source>
        <translation>Webbadressen är längre än 2000 tecken.</translation>
    </message>
    <message>
        <source>A time is missing (use seconds (83.5), M:SS or H:MM:SS, with up to three decimals).</source>
        <translation>En tid saknas (ange sekunder (83,5), M:SS eller H:MM:SS, med högst tre decimaler).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time (use seconds (83.5), M:SS or H:MM:SS, with up to three decimals).</source>
        <translation>”{text}” är ingen tid (ange sekunder (83,5), M:SS eller H:MM:SS, med högst tre decimaler).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is longer than {hours} hours.</source>
        <translation>”{text}” är längre än {hours} timmar.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: minutes and seconds after a colon go from 00 to 59.</source>
        <translation>”{text}”: minuter och sekunder efter ett kolon går från 00 till 59.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: a time has at most three decimals (milliseconds).</source>
        <translation>”{text}”: en tid har högst tre decimaler (millisekunder).</translation>
    </message>
    <message>
        <source>A time cannot be negative.</source>
        <translation>En tid kan inte vara negativ.</translation>
    </message>
    <message>
        <source>A time cannot be longer than {hours} hours.</source>
        <translation>En tid kan inte vara längre än {hours} timmar.</translation>
    </message>
    <message>
        <source>There is no cue list &apos;{name}&apos;.</source>
        <translation>Det finns ingen spellista som heter &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>A cue list needs a name.</source>
        <translation>En spellista behöver ett namn.</translation>
    </message>
    <message>
        <source>There is already a cue list called &apos;{name}&apos;.</source>
        <translation>Det finns redan en spellista som heter &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The in point cannot be negative.</source>
        <translation>Inpunkten kan inte vara negativ.</translation>
    </message>
    <message>
        <source>The out point must come after the in point.</source>
        <translation>Utpunkten måste komma efter inpunkten.</translation>
    </message>
    <message>
        <source>Volume must be between 0 and 200 %.</source>
        <translation>Volymen måste vara mellan 0 och 200 %.</translation>
    </message>
    <message>
        <source>Unknown end action &apos;{value}&apos; (use hold, black or next).</source>
        <translation>Okänd slutåtgärd &apos;{value}&apos; (använd hold, black eller next).</translation>
    </message>
    <message>
        <source>The pre-wait cannot be negative.</source>
        <translation>Förväntan kan inte vara negativ.</translation>
    </message>
    <message>
        <source>A fade or dissolve lasts 0 to {seconds} seconds.</source>
        <translation>En toning eller övertoning varar 0 till {seconds} sekunder.</translation>
    </message>
    <message>
        <source>The level trim must be between {low} and +{high} dB.</source>
        <translation>Nivåjusteringen måste ligga mellan {low} och +{high} dB.</translation>
    </message>
    <message>
        <source>The in point is after the end of the recording.</source>
        <translation>Inpunkten ligger efter inspelningens slut.</translation>
    </message>
    <message>
        <source>Cannot change {fields} of a cue.</source>
        <translation>Det går inte att ändra {fields} för ett klipp.</translation>
    </message>
    <message>
        <source>Unknown running order format &apos;{value}&apos; (use csv, xspf or pdf).</source>
        <translation>Okänt format för körschemat: &apos;{value}&apos; (använd csv, xspf eller pdf).</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} är ingen fil.</translation>
    </message>
    <message>
        <source>{path} is not a file (missing, or a folder).</source>
        <translation>{path} är ingen fil (den saknas, eller är en mapp).</translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation>{path} är tom.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be read as media: {reason}</source>
        <translation>{path} kan inte läsas som media: {reason}</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} finns inte.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} är ingen mapp.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name.</source>
        <translation>{path} finns redan; välj ett nytt namn.</translation>
    </message>
    <message>
        <source>Another program is writing {path} just now; wait for it or choose a new name.</source>
        <translation>Ett annat program skriver {path} just nu; vänta på det eller välj ett nytt namn.</translation>
    </message>
    <message>
        <source>{kind} {id}: the path {path} leads outside the archive folder; nothing was imported.</source>
        <translation>{kind} {id}: sökvägen {path} leder utanför arkivmappen; ingenting importerades.</translation>
    </message>
    <message>
        <source>{sidecar}: the path {path} leads outside the archive folder; nothing was restored.</source>
        <translation>{sidecar}: sökvägen {path} leder utanför arkivmappen; ingenting återställdes.</translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; choose a new folder.</source>
        <translation>{path} finns redan och är inte tom; välj en ny mapp.</translation>
    </message>
    <message>
        <source>The file or folder was not found.</source>
        <translation>Filen eller mappen hittades inte.</translation>
    </message>
    <message>
        <source>Permission denied: this user may not read or change it.</source>
        <translation>Åtkomst nekad: den här användaren får inte läsa eller ändra den.</translation>
    </message>
    <message>
        <source>The drive reported a read or write error; the disk or memory card may be failing.</source>
        <translation>Enheten rapporterade ett läs- eller skrivfel; disken eller minneskortet kan vara på väg att gå sönder.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Disken är full.</translation>
    </message>
    <message>
        <source>The drive is read-only.</source>
        <translation>Enheten är skrivskyddad.</translation>
    </message>
    <message>
        <source>The name is too long for this file system.</source>
        <translation>Namnet är för långt för det här filsystemet.</translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation>Det är en mapp, inte en fil.</translation>
    </message>
    <message>
        <source>A part of the path is a file, not a folder.</source>
        <translation>En del av sökvägen är en fil, inte en mapp.</translation>
    </message>
    <message>
        <source>The path goes round in a loop of symbolic links.</source>
        <translation>Sökvägen går runt i en slinga av symboliska länkar.</translation>
    </message>
    <message>
        <source>The network drive did not answer.</source>
        <translation>Nätverksenheten svarade inte.</translation>
    </message>
    <message>
        <source>The file is in use by another program.</source>
        <translation>Filen används av ett annat program.</translation>
    </message>
    <message>
        <source>Too many files are open at once; close some programs and try again.</source>
        <translation>För många filer är öppna samtidigt; stäng några program och försök igen.</translation>
    </message>
    <message>
        <source>The file system refused; see the details.</source>
        <translation>Filsystemet vägrade; se detaljerna.</translation>
    </message>
    <message>
        <source>Something went wrong with this file; see the details.</source>
        <translation>Något gick fel med den här filen; se detaljerna.</translation>
    </message>
    <message>
        <source>It is not a regular file.</source>
        <translation>Det är ingen vanlig fil.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Filen är tom (0 byte).</translation>
    </message>
    <message>
        <source>The media tools ffprobe and ffmpeg are not installed, so the file cannot be examined.</source>
        <translation>Medieverktygen ffprobe och ffmpeg är inte installerade, så filen kan inte undersökas.</translation>
    </message>
    <message>
        <source>The media tools ffprobe and ffmpeg could not be started.</source>
        <translation>Medieverktygen ffprobe och ffmpeg kunde inte startas.</translation>
    </message>
    <message>
        <source>The media tools gave an answer that cannot be read.</source>
        <translation>Medieverktygen gav ett svar som inte går att läsa.</translation>
    </message>
    <message>
        <source>The file is not in an audio or video format that is known here.</source>
        <translation>Filen har inget ljud- eller videoformat som är känt här.</translation>
    </message>
    <message>
        <source>The file holds neither sound nor picture.</source>
        <translation>Filen innehåller varken ljud eller bild.</translation>
    </message>
    <message>
        <source>It is a still image, not a recording.</source>
        <translation>Det är en stillbild, ingen inspelning.</translation>
    </message>
    <message>
        <source>The file is incomplete: it was probably cut off while it was recorded or copied.</source>
        <translation>Filen är ofullständig: den avbröts troligen medan den spelades in eller kopierades.</translation>
    </message>
    <message>
        <source>The file is damaged, or it is not an audio or video file.</source>
        <translation>Filen är skadad, eller så är den ingen ljud- eller videofil.</translation>
    </message>
    <message>
        <source>Not one picture of the video could be decoded; the file is probably damaged.</source>
        <translation>Inte en enda bild i videon gick att avkoda; filen är troligen skadad.</translation>
    </message>
    <message>
        <source>Examining the file took longer than {seconds} seconds; it is probably damaged.</source>
        <translation>Att undersöka filen tog längre tid än {seconds} sekunder; den är troligen skadad.</translation>
    </message>
    <message>
        <source>The file cannot be read as audio or video.</source>
        <translation>Filen kan inte läsas som ljud eller video.</translation>
    </message>
    <message>
        <source>No scrub strip could be made; the recording plays as usual.</source>
        <translation>Ingen bildremsa kunde göras; inspelningen spelas som vanligt.</translation>
    </message>
    <message>
        <source>Not an audio or video file; left out.</source>
        <translation>Ingen ljud- eller videofil; utelämnad.</translation>
    </message>
    <message>
        <source>Already in the archive: the same content as {original}.</source>
        <translation>Finns redan i arkivet: samma innehåll som {original}.</translation>
    </message>
    <message>
        <source>The file changed while it was being imported; import it again once it is complete.</source>
        <translation>Filen ändrades medan den importerades; importera den igen när den är komplett.</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled.</source>
        <translation>Inte importerad: importen avbröts.</translation>
    </message>
    <message>
        <source>Its talk was deleted meanwhile; the recording was imported without a talk.</source>
        <translation>Föredraget togs bort under tiden; inspelningen importerades utan föredrag.</translation>
    </message>
    <message>
        <source>The file was not found (is the drive connected?).</source>
        <translation>Filen hittades inte (är enheten ansluten?).</translation>
    </message>
    <message>
        <source>There is a folder or something else where the file should be.</source>
        <translation>Det ligger en mapp eller något annat där filen borde vara.</translation>
    </message>
    <message>
        <source>The file is now {size_bytes} bytes; it was {was_bytes} bytes when it was checked in.</source>
        <translation>Filen är nu {size_bytes} byte; den var {was_bytes} byte när den togs in.</translation>
    </message>
    <message>
        <source>There was no checksum yet; it has been recorded now.</source>
        <translation>Det fanns ingen kontrollsumma än; den har sparats nu.</translation>
    </message>
    <message>
        <source>The content has changed: its checksum differs from the one recorded.</source>
        <translation>Innehållet har ändrats: kontrollsumman skiljer sig från den sparade.</translation>
    </message>
    <message>
        <source>Its recording was deleted from the archive.</source>
        <translation>Inspelningen har tagits bort ur arkivet.</translation>
    </message>
    <message>
        <source>The file is missing: {path}</source>
        <translation>Filen saknas: {path}</translation>
    </message>
    <message>
        <source>The file cannot be read: {path}</source>
        <translation>Filen kan inte läsas: {path}</translation>
    </message>
    <message>
        <source>The out point ({out}) is after the end of the file ({end}).</source>
        <translation>Utpunkten ({out}) ligger efter filens slut ({end}).</translation>
    </message>
    <message>
        <source>The in point is after the end of the file.</source>
        <translation>Inpunkten ligger efter filens slut.</translation>
    </message>
    <message>
        <source>{name} is not an SRT or WebVTT file (.srt or .vtt).</source>
        <translation>{name} är ingen SRT- eller WebVTT-fil (.srt eller .vtt).</translation>
    </message>
    <message>
        <source>{name} is not a readable subtitle file: {reason}.</source>
        <translation>{name} är ingen läsbar undertextfil: {reason}.</translation>
    </message>
    <message>
        <source>{name} holds no subtitle cues.</source>
        <translation>{name} innehåller inga undertexter.</translation>
    </message>
    <message>
        <source>Say which talk or recording the transcript belongs to.</source>
        <translation>Ange vilket föredrag eller vilken inspelning transkriptionen hör till.</translation>
    </message>
    <message>
        <source>Talk {id} has no recording yet; import one before adding a transcript.</source>
        <translation>Föredrag {id} har ingen inspelning ännu; importera en innan du lägger till en transkription.</translation>
    </message>
    <message>
        <source>{name} is not the same file (its checksum differs); choose another file.</source>
        <translation>{name} är inte samma fil (kontrollsumman skiljer sig); välj en annan fil.</translation>
    </message>
    <message>
        <source>A volume needs a name.</source>
        <translation>En enhet behöver ett namn.</translation>
    </message>
    <message>
        <source>Unknown list &apos;{kind}&apos;.</source>
        <translation>Okänd lista &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>En sparad sökning behöver ett namn.</translation>
    </message>
    <message>
        <source>The schedule has no usable dates, so its conference year is unknown.</source>
        <translation>Schemat har inga användbara datum, så konferensens år är okänt.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>This is not a schedule file: expected frab schedule.xml or a schedule JSON export.</source>
        <translation>Det här är ingen schemafil: förväntade frabs schedule.xml eller en schemaexport i JSON.</translation>
    </message>
    <message>
        <source>{name} is too large for a schedule ({size} bytes).</source>
        <translation>{name} är för stor för att vara ett schema ({size} byte).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a schedule file.</source>
        <translation>{path} är en mapp, inte en schemafil.</translation>
    </message>
    <message>
        <source>This XML file is not a frab/pretalx schedule (its root element is &lt;{root}&gt;, not &lt;schedule&gt;).</source>
        <translation>Den här XML-filen är inget frab/pretalx-schema (dess rotelement är &lt;{root}&gt;, inte &lt;schedule&gt;).</translation>
    </message>
    <message>
        <source>The schedule does not name its conference (no &lt;title&gt;).</source>
        <translation>Schemat anger inte konferensens namn (ingen &lt;title&gt;).</translation>
    </message>
    <message>
        <source>The schedule does not name its conference (no &apos;title&apos;).</source>
        <translation>Schemat anger inte konferensens namn (ingen &apos;title&apos;).</translation>
    </message>
    <message>
        <source>This JSON file is not a conference schedule (no &apos;schedule&apos; with a &apos;conference&apos;).</source>
        <translation>Den här JSON-filen är inget konferensschema (inget &apos;schedule&apos; med en &apos;conference&apos;).</translation>
    </message>
    <message>
        <source>frab schedules need a start time for every talk.</source>
        <translation>Ett frab-schema behöver en starttid för varje föredrag.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no dates; a frab schedule needs at least one day.</source>
        <translation>&apos;{title}&apos; har inga datum; ett frab-schema behöver minst en dag.</translation>
    </message>
    <message>
        <source>The {what} is too large ({size} MB; the limit is {limit} MB).</source>
        <translation>Filen är för stor för att läsas ({size} MB; gränsen är {limit} MB; förväntat: {what}).</translation>
    </message>
    <message>
        <source>The {what} is not UTF-8 text (byte 0x{byte} at position {position}).</source>
        <translation>Filen är inte UTF-8-text (byte 0x{byte} på position {position}; förväntat: {what}).</translation>
    </message>
    <message>
        <source>The {what} is empty.</source>
        <translation>Filen är tom (förväntat: {what}).</translation>
    </message>
    <message>
        <source>The {what} is not valid JSON (perhaps truncated): {reason} at line {line}, column {column}.</source>
        <translation>Filen är inte giltig JSON (den kanske är avkortad; förväntat: {what}): {reason} på rad {line}, kolumn {column}.</translation>
    </message>
    <message>
        <source>The {what} is nested too deeply to be read.</source>
        <translation>Filen är för djupt nästlad för att kunna läsas (förväntat: {what}).</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text (byte 0x{byte} at position {position}); save it as UTF-8 or declare its encoding.</source>
        <translation>Filen är inte giltig UTF-8-text (byte 0x{byte} på position {position}); spara den som UTF-8 eller ange dess teckenkodning.</translation>
    </message>
    <message>
        <source>The file is too large for a schedule ({size} MB; the limit is {limit} MB).</source>
        <translation>Filen är för stor för att vara ett schema ({size} MB; gränsen är {limit} MB).</translation>
    </message>
    <message>
        <source>The XML file declares entities (a known attack, e.g. &apos;billion laughs&apos;); refused.</source>
        <translation>XML-filen deklarerar entiteter (en känd attack, t.ex. &apos;billion laughs&apos;); den avvisades.</translation>
    </message>
    <message>
        <source>The XML file refers to external files or URLs; refused.</source>
        <translation>XML-filen hänvisar till externa filer eller webbadresser; den avvisades.</translation>
    </message>
    <message>
        <source>The XML file has a document type declaration; refused.</source>
        <translation>XML-filen har en dokumenttypsdeklaration; den avvisades.</translation>
    </message>
    <message>
        <source>The XML file was refused: {reason}</source>
        <translation>XML-filen avvisades: {reason}</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (perhaps truncated or not XML at all): {reason}</source>
        <translation>Filen är inte välformad XML (den kanske är avkortad eller inte XML alls): {reason}</translation>
    </message>
    <message>
        <source>The XML file cannot be read: {reason}</source>
        <translation>XML-filen kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>A frab schedule holds one conference; choose it with --conference YEAR.</source>
        <translation>Ett frab-schema rymmer en konferens; välj den med --conference ÅR.</translation>
    </message>
    <message>
        <source>There are no recordings to describe.</source>
        <translation>Det finns inga inspelningar att beskriva.</translation>
    </message>
    <message>
        <source>{count} media file(s) are missing, e.g. {example}; relink them before making a bag.</source>
        <translation>{count} mediefil(er) saknas, t.ex. {example}; länka om dem innan du skapar ett paket.</translation>
    </message>
    <message>
        <source>There are no recordings to put in a bag.</source>
        <translation>Det finns inga inspelningar att lägga i ett paket.</translation>
    </message>
    <message>
        <source>{count} recording(s) point outside the archive and its drives, e.g. {example}; no bag was written.</source>
        <translation>{count} inspelning(ar) pekar utanför arkivet och dess enheter, t.ex. {example}; ingen bag skrevs.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}.</source>
        <translation>{path} kan inte skrivas: {reason}.</translation>
    </message>
    <message>
        <source>{path} is part of the archive (its catalogue, backups or thumbnails); choose a place outside them.</source>
        <translation>{path} hör till arkivet (dess katalog, säkerhetskopior eller miniatyrer); välj en plats utanför dem.</translation>
    </message>
    <message>
        <source>{path} is a catalogue or not an ordinary file; nothing was written over it. Choose another name.</source>
        <translation>{path} är en katalog eller ingen vanlig fil; inget skrevs över den. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>{path} is inside the archive&apos;s own media folder; choose a place outside it.</source>
        <translation>{path} ligger i arkivets egen mediemapp; välj en plats utanför den.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a valid path inside a bag.</source>
        <translation>&apos;{path}&apos; är ingen giltig sökväg i ett paket.</translation>
    </message>
    <message>
        <source>Two payload files would both be data/{name}.</source>
        <translation>Två filer skulle båda hamna i data/{name}.</translation>
    </message>
    <message>
        <source>Payload file {name} has no content.</source>
        <translation>Filen {name} har inget innehåll.</translation>
    </message>
    <message>
        <source>{name} line {line} is not &apos;checksum path&apos;.</source>
        <translation>{name} rad {line} har inte formen &apos;kontrollsumma sökväg&apos;.</translation>
    </message>
    <message>
        <source>This JSON file is not a Vaxa Desktop catalogue export.</source>
        <translation>Den här JSON-filen är ingen katalogexport från Vaxa Desktop.</translation>
    </message>
    <message>
        <source>The catalogue file has format version {version}, which this version of Vaxa Desktop cannot read.</source>
        <translation>Katalogfilen har formatversion {version}, som den här versionen av Vaxa Desktop inte kan läsa.</translation>
    </message>
    <message>
        <source>The catalogue file is damaged: it has no tables.</source>
        <translation>Katalogfilen är skadad: den har inga tabeller.</translation>
    </message>
    <message>
        <source>The catalogue file is damaged: table &apos;{table}&apos; is not a list.</source>
        <translation>Katalogfilen är skadad: tabellen &apos;{table}&apos; är ingen lista.</translation>
    </message>
    <message>
        <source>The catalogue file comes from a newer version of Vaxa Desktop (schema {schema}).</source>
        <translation>Katalogfilen kommer från en nyare version av Vaxa Desktop (schema {schema}).</translation>
    </message>
    <message>
        <source>The catalogue file is damaged (table {table}, row {row}, column {column}: not a date).</source>
        <translation>Katalogfilen är skadad (tabell {table}, rad {row}, kolumn {column}: inget datum).</translation>
    </message>
    <message>
        <source>The catalogue file is damaged (table {table}, row {row}, column {column}: wrong type).</source>
        <translation>Katalogfilen är skadad (tabell {table}, rad {row}, kolumn {column}: fel typ).</translation>
    </message>
    <message>
        <source>The catalogue file has a table this version does not know (&apos;{table}&apos;).</source>
        <translation>Katalogfilen har en tabell som den här versionen inte känner till (&apos;{table}&apos;).</translation>
    </message>
    <message>
        <source>The catalogue file has an unknown column {table}.{column}.</source>
        <translation>Katalogfilen har en okänd kolumn {table}.{column}.</translation>
    </message>
    <message>
        <source>The catalogue file&apos;s {table} row {row}: the {column} {value} is out of range; nothing was imported.</source>
        <translation>Katalogfilens {table} rad {row}: {column} {value} är utanför tillåtet område; ingenting importerades.</translation>
    </message>
    <message>
        <source>The catalogue file&apos;s {table} row {row}: the {column} holds an invalid character (a lone surrogate or NUL); nothing was imported.</source>
        <translation>Katalogfilens {table} rad {row}: {column} innehåller ett ogiltigt tecken (ett ensamt surrogattecken eller NUL); ingenting importerades.</translation>
    </message>
    <message>
        <source>The catalogue file is inconsistent in table {table}: {reason}.</source>
        <translation>Katalogfilen är inkonsekvent i tabellen {table}: {reason}.</translation>
    </message>
    <message>
        <source>The catalogue file cannot be loaded: {reason}.</source>
        <translation>Katalogfilen kan inte läsas in: {reason}.</translation>
    </message>
    <message>
        <source>A catalogue file can only be imported into an empty archive; create a new archive first.</source>
        <translation>En katalogfil kan bara importeras till ett tomt arkiv; skapa ett nytt arkiv först.</translation>
    </message>
    <message>
        <source>Choose at least one conference or cue list for the bundle.</source>
        <translation>Välj minst en konferens eller spellista till paketet.</translation>
    </message>
    <message>
        <source>The bundle&apos;s catalogue cannot be opened: {reason}</source>
        <translation>Paketets katalog kan inte öppnas: {reason}</translation>
    </message>
    <message>
        <source>The bundle has an entry with an empty or invalid name.</source>
        <translation>Paketet har en post med tomt eller ogiltigt namn.</translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; uses backslashes; refused.</source>
        <translation>Paketets post &apos;{name}&apos; använder omvända snedstreck; den avvisades.</translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; is an absolute path; refused.</source>
        <translation>Paketets post &apos;{name}&apos; är en absolut sökväg; den avvisades.</translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; points outside the bundle (&apos;..&apos;); refused.</source>
        <translation>Paketets post &apos;{name}&apos; pekar utanför paketet (&apos;..&apos;); den avvisades.</translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; has no file name.</source>
        <translation>Paketets post &apos;{name}&apos; har inget filnamn.</translation>
    </message>
    <message>
        <source>The bundle contains a symbolic link ({name}); refused.</source>
        <translation>Paketet innehåller en symbolisk länk ({name}); det avvisades.</translation>
    </message>
    <message>
        <source>The bundle contains a device or special file ({name}).</source>
        <translation>Paketet innehåller en enhetsfil eller annan specialfil ({name}).</translation>
    </message>
    <message>
        <source>This is not a Vaxa Desktop bundle (its manifest is not ours).</source>
        <translation>Det här är inget paket från Vaxa Desktop (dess manifest är inte vårt).</translation>
    </message>
    <message>
        <source>The bundle was made by a newer version of Vaxa Desktop.</source>
        <translation>Paketet skapades av en nyare version av Vaxa Desktop.</translation>
    </message>
    <message>
        <source>The bundle manifest lists no files.</source>
        <translation>Paketets manifest listar inga filer.</translation>
    </message>
    <message>
        <source>The bundle manifest entry for {name} is damaged.</source>
        <translation>Manifestets post för {name} är skadad.</translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; would be written outside the folder.</source>
        <translation>Paketets post &apos;{name}&apos; skulle skrivas utanför mappen.</translation>
    </message>
    <message>
        <source>{name} is not a zip file, or it is truncated.</source>
        <translation>{name} är ingen zip-fil, eller så är den avkortad.</translation>
    </message>
    <message>
        <source>{name} holds more data than its manifest says; refused.</source>
        <translation>{name} innehåller mer data än manifestet anger; det avvisades.</translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} has a different checksum.</source>
        <translation>Paketet stämmer inte med sitt manifest: {name} har en annan kontrollsumma.</translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} has a different size.</source>
        <translation>Paketet stämmer inte med sitt manifest: {name} har en annan storlek.</translation>
    </message>
    <message>
        <source>{name} is damaged: {reason}.</source>
        <translation>{name} är skadad: {reason}.</translation>
    </message>
    <message>
        <source>The bundle has too many entries ({count}).</source>
        <translation>Paketet har för många poster ({count}).</translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; is a symbolic link; refused.</source>
        <translation>Paketets post &apos;{name}&apos; är en symbolisk länk; den avvisades.</translation>
    </message>
    <message>
        <source>The bundle entry &apos;{name}&apos; is a device or special file.</source>
        <translation>Paketets post &apos;{name}&apos; är en enhetsfil eller annan specialfil.</translation>
    </message>
    <message>
        <source>The bundle has two entries named &apos;{name}&apos;; refused.</source>
        <translation>Paketet har två poster som heter &apos;{name}&apos;; det avvisades.</translation>
    </message>
    <message>
        <source>This zip file is not a bundle: it has no {manifest}.</source>
        <translation>Den här zip-filen är inget paket: den saknar {manifest}.</translation>
    </message>
    <message>
        <source>{path} is not a bundle: it has no {manifest}.</source>
        <translation>{path} är inget paket: det saknar {manifest}.</translation>
    </message>
    <message>
        <source>The bundle manifest is implausibly large; refused.</source>
        <translation>Paketets manifest är orimligt stort; det avvisades.</translation>
    </message>
    <message>
        <source>{name} expands implausibly (a zip bomb?); refused.</source>
        <translation>{name} packas upp till en orimlig storlek (en zip-bomb?); det avvisades.</translation>
    </message>
    <message>
        <source>The bundle would unpack to {size} bytes, more than the limit of {limit}.</source>
        <translation>Paketet skulle packas upp till {size} byte, mer än gränsen på {limit}.</translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} is missing.</source>
        <translation>Paketet stämmer inte med sitt manifest: {name} saknas.</translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} is missing (and {more} more).</source>
        <translation>Paketet stämmer inte med sitt manifest: {name} saknas (och {more} till).</translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} is not listed.</source>
        <translation>Paketet stämmer inte med sitt manifest: {name} finns inte i listan.</translation>
    </message>
    <message>
        <source>The bundle does not match its manifest: {name} is not listed (and {more} more).</source>
        <translation>Paketet stämmer inte med sitt manifest: {name} finns inte i listan (och {more} till).</translation>
    </message>
    <message>
        <source>expected --FIELD VALUE, not &apos;{token}&apos;.</source>
        <translation>förväntade --FÄLT VÄRDE, inte &apos;{token}&apos;.</translation>
    </message>
    <message>
        <source>--{name} needs a value.</source>
        <translation>--{name} behöver ett värde.</translation>
    </message>
    <message>
        <source>nothing to change; give one or more of {allowed}.</source>
        <translation>inget att ändra; ange ett eller flera av {allowed}.</translation>
    </message>
    <message>
        <source>tags are set on talks and recordings.</source>
        <translation>taggar sätts på föredrag och inspelningar.</translation>
    </message>
    <message>
        <source>{option}: {reason}</source>
        <translation>{option}: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} är en mapp; ange ett filnamn.</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit måste vara minst 1.</translation>
    </message>
    <message>
        <source>--keep must be at least 1: the backup just written is always kept.</source>
        <translation>--keep måste vara minst 1: säkerhetskopian som just skrevs behålls alltid.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>&apos;{text}&apos; är inget datum (skriv ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>--person takes ROLE:NAME, not &apos;{spec}&apos;.</source>
        <translation>--person tar ROLL:NAMN, inte &apos;{spec}&apos;.</translation>
    </message>
    <message>
        <source>DEST is a folder; the file name is made from the time.</source>
        <translation>DEST är en mapp; filnamnet bildas av tidpunkten.</translation>
    </message>
    <message>
        <source>Give the backup&apos;s folder once: as DEST or with --to DIR.</source>
        <translation>Ange säkerhetskopians mapp en gång: som DEST eller med --to MAPP.</translation>
    </message>
    <message>
        <source>--excel applies to csv only.</source>
        <translation>--excel gäller bara csv.</translation>
    </message>
    <message>
        <source>--recording applies to bagit only.</source>
        <translation>--recording gäller bara bagit.</translation>
    </message>
    <message>
        <source>The json export is always the whole catalogue.</source>
        <translation>JSON-exporten omfattar alltid hela katalogen.</translation>
    </message>
    <message>
        <source>--conference YEAR goes with --new-talks (one new talk per file in that conference).</source>
        <translation>--conference ÅR hör ihop med --new-talks (ett nytt föredrag per fil i den konferensen).</translation>
    </message>
</context>
<context>
    <name>MoveToServerDialog</name>
    <message>
        <source>Move catalogue to a PostgreSQL server</source>
        <translation>Flytta katalogen till en PostgreSQL-server</translation>
    </message>
    <message>
        <source>Copies this archive&apos;s catalogue into an empty PostgreSQL database and keeps it there from now on, so several people can catalogue at once. The media stay in this folder, and archive.sqlite is left as it was. A password is not remembered: keep it in your .pgpass file, or type it in the address.</source>
        <translation>Kopierar arkivets katalog till en tom PostgreSQL-databas och håller den där från och med nu, så att flera kan katalogisera samtidigt. Medierna stannar i den här mappen, och archive.sqlite lämnas som den var. Ett lösenord sparas inte: lägg det i din .pgpass-fil, eller skriv det i adressen.</translation>
    </message>
    <message>
        <source>postgresql://user@server/database</source>
        <translation>postgresql://användare@server/databas</translation>
    </message>
    <message>
        <source>Copy and switch</source>
        <translation>Kopiera och byt</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <source>Type the server&apos;s address as postgresql://user@server/database.</source>
        <translation>Skriv serverns adress som postgresql://användare@server/databas.</translation>
    </message>
    <message>
        <source>Copying the catalogue…</source>
        <translation>Kopierar katalogen…</translation>
    </message>
    <message>
        <source>Copying the catalogue: {table}…</source>
        <translation>Kopierar katalogen: {table}…</translation>
    </message>
    <message>
        <source>Cancelled; the catalogue stays in this folder and the database is empty.</source>
        <translation>Avbrutet; katalogen stannar i den här mappen och databasen är tom.</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Misslyckades: {error}</translation>
    </message>
    <message>
        <source>The catalogue is on {server} now ({rows} rows, checked). The archive opens again with it.</source>
        <translation>Katalogen ligger nu på {server} ({rows} rader, kontrollerade). Arkivet öppnas igen med den.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>This archive is empty.

Add a programme from a terminal, for example:
vaxa-archive --archive &quot;{path}&quot; add conference --year 2024 --title …
or import a schedule file. A demo archive can be made with vaxa-archive init DIR --demo.</source>
        <translation>Arkivet är tomt.

Lägg till ett program från en terminal, till exempel:
vaxa-archive --archive &quot;{path}&quot; add conference --year 2024 --title …
eller importera en schemafil. Ett demoarkiv skapas med vaxa-archive init MAPP --demo.</translation>
    </message>
    <message>
        <source>There are no {what} in this archive yet.</source>
        <translation>Det finns inga {what} i arkivet än.</translation>
    </message>
</context>
<context>
    <name>OpenSharedDialog</name>
    <message>
        <source>Open shared catalogue</source>
        <translation>Öppna delad katalog</translation>
    </message>
    <message>
        <source>postgresql://user@server/database</source>
        <translation>postgresql://användare@server/databas</translation>
    </message>
    <message>
        <source>The folder holds the media; the catalogue is on the database server. A password is not remembered: keep it in your .pgpass file, or type it in the address each time.</source>
        <translation>Mappen innehåller mediefilerna; katalogen finns på databasservern. Lösenord sparas inte: lägg det i din .pgpass-fil eller skriv det i adressen varje gång.</translation>
    </message>
    <message>
        <source>Archive folder:</source>
        <translation>Arkivmapp:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation>Välj arkivmappen</translation>
    </message>
    <message>
        <source>Choose the archive folder.</source>
        <translation>Välj arkivmappen.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address as postgresql://user@server/database.</source>
        <translation>Skriv serverns adress som postgresql://användare@server/databas.</translation>
    </message>
</context>
<context>
    <name>OutputWindow</name>
    <message>
        <source>Presenter output</source>
        <translation>Presentationsutgång</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
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
        <translation>Roll</translation>
    </message>
    <message>
        <source>People and their roles</source>
        <translation>Personer och deras roller</translation>
    </message>
    <message>
        <source>Name of a person to add</source>
        <translation>Namn på en person att lägga till</translation>
    </message>
    <message>
        <source>Role of the person to add</source>
        <translation>Roll för personen som läggs till</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Flytta upp (Alt+Upp)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Flytta ned (Alt+Ned)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (ny)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Roll för %1</translation>
    </message>
    <message>
        <source>“%1” is not in the archive yet: Add makes a new person.</source>
        <translation>”%1” finns inte i arkivet än: Lägg till skapar en ny person.</translation>
    </message>
    <message>
        <source>%1 is listed twice as %2.</source>
        <translation>%1 finns med två gånger som %2.</translation>
    </message>
</context>
<context>
    <name>PickField</name>
    <message>
        <source>Choose one of the list (type to find it).</source>
        <translation>Välj en i listan (skriv för att hitta den).</translation>
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
        <translation>Spelad/återstående tid</translation>
    </message>
    <message>
        <source>Play (Space, K)</source>
        <translation>Spela upp (mellanslag, K)</translation>
    </message>
    <message>
        <source>Previous chapter (Page Up)</source>
        <translation>Föregående kapitel (Page Up)</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left, J)</source>
        <translation>Bakåt 5 sekunder (vänsterpil, J)</translation>
    </message>
    <message>
        <source>Previous frame (,)</source>
        <translation>Föregående bildruta (,)</translation>
    </message>
    <message>
        <source>Next frame (.)</source>
        <translation>Nästa bildruta (.)</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right, L)</source>
        <translation>Framåt 5 sekunder (högerpil, L)</translation>
    </message>
    <message>
        <source>Next chapter (Page Down)</source>
        <translation>Nästa kapitel (Page Down)</translation>
    </message>
    <message>
        <source>Mark in (I)</source>
        <translation>Markera in (I)</translation>
    </message>
    <message>
        <source>Mark out and save segment (O)</source>
        <translation>Markera ut och spara avsnitt (O)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Ljud av (M)</translation>
    </message>
    <message>
        <source>Full screen (F, double-click; Esc leaves)</source>
        <translation>Helskärm (F, dubbelklick; Esc lämnar)</translation>
    </message>
    <message>
        <source>Volume (Up/Down, mouse wheel)</source>
        <translation>Volym (upp/ned-pil, mushjulet)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volym</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Uppspelningshastighet</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>In point at %1</source>
        <translation>Inpunkt vid %1</translation>
    </message>
    <message>
        <source>Set an in point (I) before the out point (O).</source>
        <translation>Sätt en inpunkt (I) före utpunkten (O).</translation>
    </message>
    <message>
        <source>Segment %1 – %2 marked</source>
        <translation>Avsnitt %1–%2 markerat</translation>
    </message>
    <message>
        <source>Pause (Space, K)</source>
        <translation>Paus (mellanslag, K)</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>Ljudinspelning</translation>
    </message>
    <message>
        <source>This file cannot be played</source>
        <translation>Filen kan inte spelas upp</translation>
    </message>
    <message>
        <source>The recording file is missing</source>
        <translation>Inspelningsfilen saknas</translation>
    </message>
    <message>
        <source>No file was found at:
%1</source>
        <translation>Ingen fil hittades här:
%1</translation>
    </message>
    <message>
        <source>The recording file is empty</source>
        <translation>Inspelningsfilen är tom</translation>
    </message>
    <message>
        <source>The file has no content (0 bytes):
%1</source>
        <translation>Filen har inget innehåll (0 byte):
%1</translation>
    </message>
    <message>
        <source>This path is not a file:
%1</source>
        <translation>Sökvägen är inte en fil:
%1</translation>
    </message>
    <message>
        <source>The recording file cannot be read</source>
        <translation>Inspelningsfilen kan inte läsas</translation>
    </message>
    <message>
        <source>Access was denied or the disk reported an error:
%1</source>
        <translation>Åtkomst nekades eller disken rapporterade ett fel:
%1</translation>
    </message>
    <message>
        <source>The file could not be read as audio or video. It may be damaged, incomplete or of another type:
%1</source>
        <translation>Filen kunde inte läsas som ljud eller video. Den kan vara skadad, ofullständig eller av en annan typ:
%1</translation>
    </message>
    <message>
        <source>The file contains no audio or video:
%1</source>
        <translation>Filen innehåller varken ljud eller video:
%1</translation>
    </message>
    <message>
        <source>The video in this file is in a format that cannot be decoded:
%1</source>
        <translation>Videon i filen har ett format som inte kan avkodas:
%1</translation>
    </message>
    <message>
        <source>No picture or sound could be decoded; the file may be damaged:
%1</source>
        <translation>Varken bild eller ljud kunde avkodas; filen kan vara skadad:
%1</translation>
    </message>
    <message>
        <source>No video output</source>
        <translation>Ingen videoutgång</translation>
    </message>
    <message>
        <source>Playback started but no picture can be shown. The VLC video output plugins are missing (package vlc-plugin-video-output).</source>
        <translation>Uppspelningen startade men ingen bild kan visas. VLC:s insticksmoduler för videoutgång saknas (paketet vlc-plugin-video-output).</translation>
    </message>
    <message>
        <source>The file did not start playing in time:
%1</source>
        <translation>Filen började inte spelas i tid:
%1</translation>
    </message>
    <message>
        <source>Playback ended early; the file may be truncated.</source>
        <translation>Uppspelningen slutade i förtid; filen kan vara avkortad.</translation>
    </message>
    <message>
        <source>The player could not start</source>
        <translation>Spelaren kunde inte starta</translation>
    </message>
    <message>
        <source>VLC could not open the file:
%1</source>
        <translation>VLC kunde inte öppna filen:
%1</translation>
    </message>
    <message>
        <source>No recording selected</source>
        <translation>Ingen inspelning vald</translation>
    </message>
    <message>
        <source>The transcript could not be read.</source>
        <translation>Transkriptionen kunde inte läsas.</translation>
    </message>
</context>
<context>
    <name>PlayerWindow</name>
    <message>
        <source>Vaxa Desktop – Player</source>
        <translation>Vaxa Desktop – Spelare</translation>
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
        <translation>Lämna presentationsläget?</translation>
    </message>
    <message>
        <source>A cue is on air. Leaving presenter mode stops it and closes the output.</source>
        <translation>Ett klipp visas just nu. Om du lämnar presentationsläget stoppas det och utgången stängs.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
    <message>
        <source>The projector screen ({name}) was disconnected; the output moved to {to}.</source>
        <translation>Projektorskärmen ({name}) kopplades bort; utgången flyttades till {to}.</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>filen saknas</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>filen kan inte läsas</translation>
    </message>
    <message>
        <source>the path is not a file</source>
        <translation>sökvägen är ingen fil</translation>
    </message>
    <message>
        <source>the file is not a video</source>
        <translation>filen är ingen video</translation>
    </message>
    <message>
        <source>the video format is not supported</source>
        <translation>videoformatet stöds inte</translation>
    </message>
    <message>
        <source>the file did not start in time</source>
        <translation>filen startade inte i tid</translation>
    </message>
    <message>
        <source>the file cannot be played</source>
        <translation>filen kan inte spelas</translation>
    </message>
    <message>
        <source>Cue {n} “{title}” stopped: {reason}. The last picture is held.</source>
        <translation>Klipp {n} ”{title}” stoppade: {reason}. Sista bilden står kvar.</translation>
    </message>
    <message>
        <source>Cue {n} “{title}” was skipped: {reason}.</source>
        <translation>Klipp {n} ”{title}” hoppades över: {reason}.</translation>
    </message>
</context>
<context>
    <name>PresenterSettingsBox</name>
    <message>
        <source>Presenter mode</source>
        <translation>Presentationsläge</translation>
    </message>
    <message>
        <source>&amp;Output screen:</source>
        <translation>&amp;Utgångsskärm:</translation>
    </message>
    <message>
        <source>&amp;Target loudness:</source>
        <translation>&amp;Målnivå för ljudstyrka:</translation>
    </message>
    <message>
        <source>Every cue plays at this loudness (EBU R128; -23 LUFS is the broadcast norm), plus its own trim, and never so loud that it clips.</source>
        <translation>Varje klipp spelas med denna ljudstyrka (EBU R128; −23 LUFS är normen för tv och radio), plus klippets egen justering, och aldrig så starkt att det klipper.</translation>
    </message>
    <message>
        <source>Automatic: the second screen if there is one</source>
        <translation>Automatiskt: den andra skärmen om det finns en</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (inte ansluten)</translation>
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
        <translation>Retur</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <source>Choose one of the names offered while you type.</source>
        <translation>Välj ett av namnen som föreslås medan du skriver.</translation>
    </message>
</context>
<context>
    <name>Relink</name>
    <message>
        <source>Locate recording</source>
        <translation>Leta upp inspelning</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Kontrollerar {name}…</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Name of the drive:</source>
        <translation>Enhetens namn:</translation>
    </message>
    <message>
        <source>Where the drive is mounted now</source>
        <translation>Där enheten är monterad nu</translation>
    </message>
    <message>
        <source>%1 of %2 recordings on this drive were found.</source>
        <translation>%1 av %2 inspelningar på den här enheten hittades.</translation>
    </message>
    <message>
        <source>Looking for the files on {name}…</source>
        <translation>Letar efter filerna på {name}…</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Något gick fel: {error}</translation>
    </message>
</context>
<context>
    <name>RelinkDialog</name>
    <message>
        <source>Find missing recordings</source>
        <translation>Hitta saknade inspelningar</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Välj mapp…</translation>
    </message>
    <message>
        <source>Choose the folder the missing files were moved to.</source>
        <translation>Välj mappen som de saknade filerna flyttades till.</translation>
    </message>
    <message>
        <source>Search in folder</source>
        <translation>Sök i mapp</translation>
    </message>
    <message>
        <source>Looking for the missing files in %1…</source>
        <translation>Letar efter de saknade filerna i %1…</translation>
    </message>
    <message>
        <source>%1 relinked, %2 still missing.</source>
        <translation>%1 återkopplade, %2 saknas fortfarande.</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Inspelning</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Screen</source>
        <translation>Skärm</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>The search failed: {error}</source>
        <translation>Sökningen misslyckades: {error}</translation>
    </message>
    <message>
        <source>No hits for “{q}”.</source>
        <translation>Inga träffar för ”{q}”.</translation>
    </message>
    <message>
        <source>Showing hits for “{q}”.</source>
        <translation>Visar träffar för ”{q}”.</translation>
    </message>
    <message>
        <source>Showing hits without å, ä and ö.</source>
        <translation>Visar träffar utan å, ä och ö.</translation>
    </message>
    <message>
        <source>No hits for “{q}” with these filters.

Remove filters to search the whole archive.</source>
        <translation>Inga träffar för ”{q}” med de här filtren.

Ta bort filter för att söka i hela arkivet.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>No hits for “{q}”.

Try fewer letters, or another spelling of the name.</source>
        <translation>Inga träffar för ”{q}”.

Försök med färre bokstäver eller en annan stavning av namnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a search first, then save it.</source>
        <translation>Skriv en sökning först och spara den sedan.</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Spara sökning</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>Sökningen kan inte sparas</translation>
    </message>
    <message>
        <source>Cannot delete the search</source>
        <translation>Sökningen kan inte tas bort</translation>
    </message>
</context>
<context>
    <name>SegmentController</name>
    <message>
        <source>Segment {start}–{end}</source>
        <translation>Avsnitt {start}–{end}</translation>
    </message>
    <message>
        <source>The archive is open read-only; the segment was not saved.</source>
        <translation>Arkivet är öppnat skrivskyddat; avsnittet sparades inte.</translation>
    </message>
    <message>
        <source>Saved the segment “{title}”. Ctrl+Z removes it again.</source>
        <translation>Avsnittet ”{title}” sparades. Ctrl+Z tar bort det igen.</translation>
    </message>
    <message>
        <source>The segment was not saved: {error}</source>
        <translation>Avsnittet sparades inte: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>The new language is used at once; no restart is needed.</source>
        <translation>Det nya språket används direkt; ingen omstart behövs.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>&amp;Move to a PostgreSQL server…</source>
        <translation>&amp;Flytta till en PostgreSQL-server…</translation>
    </message>
    <message>
        <source>Open a &amp;shared catalogue…</source>
        <translation>Öppna en &amp;delad katalog…</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>Inget arkiv är öppet.</translation>
    </message>
    <message>
        <source>This archive&apos;s catalogue is on the PostgreSQL server {server}; its media are in {folder}.</source>
        <translation>Arkivets katalog ligger på PostgreSQL-servern {server}; dess media ligger i {folder}.</translation>
    </message>
    <message>
        <source>This archive&apos;s catalogue is the file archive.sqlite in {folder}. To catalogue together with others, keep it on a PostgreSQL server.</source>
        <translation>Arkivets katalog är filen archive.sqlite i {folder}. För att katalogisera tillsammans med andra, lägg den på en PostgreSQL-server.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemets språk</translation>
    </message>
</context>
<context>
    <name>SharedChangeWatcher</name>
    <message>
        <source>Updated with changes saved by others.</source>
        <translation>Uppdaterat med ändringar som andra har sparat.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Show all {what} (Ctrl+{n})</source>
        <translation>Visa alla {what} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>SAVED SEARCHES</source>
        <translation>SPARADE SÖKNINGAR</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Ta bort sparad sökning</translation>
    </message>
</context>
<context>
    <name>StatusController</name>
    <message>
        <source>{name} (shared catalogue)</source>
        <translation>{name} (delad katalog)</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Observera: {warning}</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ett annat program</translation>
    </message>
    <message>
        <source>Read-only: this archive is being edited by {who}. You can browse and play, but not change anything.</source>
        <translation>Skrivskyddat: arkivet redigeras just nu av {who}. Du kan bläddra och spela upp, men inte ändra något.</translation>
    </message>
    <message>
        <source>Read-only: the archive is on a read-only drive or folder. You can browse and play, but not change anything.</source>
        <translation>Skrivskyddat: arkivet ligger på en skrivskyddad enhet eller i en skrivskyddad mapp. Du kan bläddra och spela upp, men inte ändra något.</translation>
    </message>
    <message>
        <source>Read-only: the archive was opened read-only as requested.</source>
        <translation>Skrivskyddat: arkivet öppnades skrivskyddat på begäran.</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Take offline</source>
        <translation>Ta med offline</translation>
    </message>
    <message>
        <source>Writes a separate archive with the chosen conferences and cue lists, the people, documents and recordings they link to, and their media. It opens on a laptop with no network.</source>
        <translation>Skriver ett separat arkiv med de valda konferenserna och spellistorna, de personer, dokument och inspelningar de länkar till, och deras mediefiler. Det kan öppnas på en bärbar dator utan nätverk.</translation>
    </message>
    <message>
        <source>a new, empty folder</source>
        <translation>en ny, tom mapp</translation>
    </message>
    <message>
        <source>Open the offline archive</source>
        <translation>Öppna offlinearkivet</translation>
    </message>
    <message>
        <source>Conferences:</source>
        <translation>Konferenser:</translation>
    </message>
    <message>
        <source>Cue lists:</source>
        <translation>Spellistor:</translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation>Ny mapp:</translation>
    </message>
    <message>
        <source>Listing conferences and cue lists…</source>
        <translation>Hämtar konferenser och spellistor…</translation>
    </message>
    <message>
        <source>Where to put the offline archive (a folder is made in it)</source>
        <translation>Var offlinearkivet ska läggas (en mapp skapas där)</translation>
    </message>
    <message>
        <source>Choose at least one conference or cue list.</source>
        <translation>Välj minst en konferens eller spellista.</translation>
    </message>
    <message>
        <source>Choose a new folder for the offline archive.</source>
        <translation>Välj en ny mapp för offlinearkivet.</translation>
    </message>
    <message>
        <source>Copying the catalogue and media…</source>
        <translation>Kopierar katalogen och mediefilerna…</translation>
    </message>
    <message>
        <source>Cancelled; no offline archive was written.</source>
        <translation>Avbrutet; inget offlinearkiv skrevs.</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Misslyckades: {error}</translation>
    </message>
    <message>
        <source>The offline archive is in {path}: {conferences} conferences, {cues} cue lists, {files} files.</source>
        <translation>Offlinearkivet finns i {path}: {conferences} konferenser, {cues} spellistor, {files} filer.</translation>
    </message>
    <message>
        <source>Missing media (not copied): {files}</source>
        <translation>Saknade mediefiler (inte kopierade): {files}</translation>
    </message>
    <message>
        <source>Left out, outside the archive: {files}</source>
        <translation>Utelämnat, utanför arkivet: {files}</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>conference</source>
        <translation>konferens</translation>
    </message>
    <message>
        <source>conference_document</source>
        <translation>konferensens dokument</translation>
    </message>
    <message>
        <source>conference_link</source>
        <translation>konferenslänk</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>klipp</translation>
    </message>
    <message>
        <source>cue_list</source>
        <translation>spellista</translation>
    </message>
    <message>
        <source>cuelist</source>
        <translation>spellista</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokument</translation>
    </message>
    <message>
        <source>document_person</source>
        <translation>dokumentets person</translation>
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
        <translation>inspelning</translation>
    </message>
    <message>
        <source>recording_tag</source>
        <translation>inspelningens tagg</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>avsnitt</translation>
    </message>
    <message>
        <source>series</source>
        <translation>serie</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tagg</translation>
    </message>
    <message>
        <source>talk</source>
        <translation>föredrag</translation>
    </message>
    <message>
        <source>talk_document</source>
        <translation>föredragets dokument</translation>
    </message>
    <message>
        <source>talk_person</source>
        <translation>föredragets medverkande</translation>
    </message>
    <message>
        <source>talk_tag</source>
        <translation>föredragets tagg</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>transkription</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>enhet</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>sammanfattning</translation>
    </message>
    <message>
        <source>bio</source>
        <translation>biografi</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <source>document role</source>
        <translation>roll i dokumentet</translation>
    </message>
    <message>
        <source>duration min</source>
        <translation>längd i minuter</translation>
    </message>
    <message>
        <source>end</source>
        <translation>slut</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>slutdatum</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>is placeholder</source>
        <translation>exempelklipp</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>slag</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>photo path</source>
        <translation>fotots sökväg</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>utgivare</translation>
    </message>
    <message>
        <source>recording kind</source>
        <translation>slag av inspelning</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>room</source>
        <translation>sal</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>startdatum</translation>
    </message>
    <message>
        <source>starts at</source>
        <translation>starttid</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>undertitel</translation>
    </message>
    <message>
        <source>talk type</source>
        <translation>typ av föredrag</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>url</source>
        <translation>webbadress</translation>
    </message>
    <message>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>talare</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <source>interviewee</source>
        <translation>intervjuad</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>intervjuare</translation>
    </message>
    <message>
        <source>panellist</source>
        <translation>paneldeltagare</translation>
    </message>
    <message>
        <source>author</source>
        <translation>författare</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>redaktör</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON-fil</translation>
    </message>
    <message>
        <source>bundle manifest</source>
        <translation>paketmanifest</translation>
    </message>
    <message>
        <source>catalogue file</source>
        <translation>katalogfil</translation>
    </message>
    <message>
        <source>schedule file</source>
        <translation>schemafil</translation>
    </message>
</context>
<context>
    <name>UndoLabels</name>
    <message>
        <source>Edit conference</source>
        <translation>Ändra konferens</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Ändra person</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Ändra organisation</translation>
    </message>
    <message>
        <source>Edit talk</source>
        <translation>Ändra föredrag</translation>
    </message>
    <message>
        <source>Edit recording</source>
        <translation>Ändra inspelning</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>Ändra avsnitt</translation>
    </message>
    <message>
        <source>Edit document</source>
        <translation>Ändra dokument</translation>
    </message>
    <message>
        <source>Edit tag</source>
        <translation>Ändra tagg</translation>
    </message>
    <message>
        <source>New conference</source>
        <translation>Ny konferens</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <source>New talk</source>
        <translation>Nytt föredrag</translation>
    </message>
    <message>
        <source>New recording</source>
        <translation>Ny inspelning</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nytt avsnitt</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Nytt dokument</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Ny tagg</translation>
    </message>
    <message>
        <source>Delete conference</source>
        <translation>Ta bort konferens</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Ta bort person</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Ta bort organisation</translation>
    </message>
    <message>
        <source>Delete talk</source>
        <translation>Ta bort föredrag</translation>
    </message>
    <message>
        <source>Delete recording</source>
        <translation>Ta bort inspelning</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Ta bort avsnitt</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Ta bort dokument</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Ta bort tagg</translation>
    </message>
    <message>
        <source>Edit {count} talks</source>
        <translation>Ändra {count} föredrag</translation>
    </message>
    <message>
        <source>Edit {count} recordings</source>
        <translation>Ändra {count} inspelningar</translation>
    </message>
    <message>
        <source>Add person to talk</source>
        <translation>Lägg till person i föredrag</translation>
    </message>
    <message>
        <source>Remove person from talk</source>
        <translation>Ta bort person från föredrag</translation>
    </message>
    <message>
        <source>Link document</source>
        <translation>Länka dokument</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Slå ihop personer</translation>
    </message>
    <message>
        <source>Attach transcript</source>
        <translation>Bifoga transkription</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Bifoga dokument</translation>
    </message>
    <message>
        <source>New talks for {count} recordings</source>
        <translation>Nya föredrag för {count} inspelningar</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Open archive…</source>
        <translation>&amp;Öppna arkiv…</translation>
    </message>
    <message>
        <source>Open s&amp;hared catalogue…</source>
        <translation>Öppna &amp;delad katalog…</translation>
    </message>
    <message>
        <source>&amp;Take offline…</source>
        <translation>&amp;Ta med offline…</translation>
    </message>
    <message>
        <source>Rebuild &amp;catalogue from sidecars…</source>
        <translation>Åte&amp;rskapa katalog från sidofiler…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Bakåt</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Framåt</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Show &amp;filters</source>
        <translation>Visa &amp;filter</translation>
    </message>
    <message>
        <source>&amp;Save search…</source>
        <translation>S&amp;para sökning…</translation>
    </message>
    <message>
        <source>&amp;Play recording</source>
        <translation>S&amp;pela upp inspelning</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>Öppna &amp;dokument</translation>
    </message>
    <message>
        <source>&amp;Add to cue list</source>
        <translation>&amp;Lägg till i spellista</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <source>Recordings as &amp;grid</source>
        <translation>Inspelningar som &amp;rutnät</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Vaxa Desktop</source>
        <translation>&amp;Om Vaxa Desktop</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>Search (also)</source>
        <translation>Sök (också)</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Öppna den valda posten</translation>
    </message>
    <message>
        <source>Play the selected recording</source>
        <translation>Spela upp den valda inspelningen</translation>
    </message>
    <message>
        <source>Mark in / mark out and save a segment (player)</source>
        <translation>Markera in / markera ut och spara ett avsnitt (spelaren)</translation>
    </message>
    <message>
        <source>Move between side bar, list and details</source>
        <translation>Flytta mellan sidopanel, lista och detaljer</translation>
    </message>
    <message>
        <source>From the search box to the results</source>
        <translation>Från sökrutan till träffarna</translation>
    </message>
    <message>
        <source>Back / Forward with the mouse</source>
        <translation>Bakåt/framåt med musen</translation>
    </message>
    <message>
        <source>Side buttons</source>
        <translation>Sidoknappar</translation>
    </message>
</context>
</TS>
