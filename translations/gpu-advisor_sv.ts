<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>BundledCatalog</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan inte läsa filen: %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s): %1)</source>
        <translation><numerusform> (och %n problem till: %1)</numerusform><numerusform> (och %n problem till: %1)</numerusform></translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>inte ett JSON-objekt: %1</translation>
    </message>
    <message>
        <source>needs a version above 0</source>
        <translation>behöver en version över 0</translation>
    </message>
    <message>
        <source>needs a date (YYYY-MM-DD)</source>
        <translation>behöver ett datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
</context>
<context>
    <name>CatalogCsv</name>
    <message>
        <source>'%1' is not a number (use a decimal point)</source>
        <translation>'%1' är inte ett tal (använd decimalpunkt)</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 är negativt</translation>
    </message>
    <message>
        <source>'%1' is not a whole number</source>
        <translation>'%1' är inte ett heltal</translation>
    </message>
    <message>
        <source>'%1' is not yes or no</source>
        <translation>'%1' är varken yes eller no</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>måste anges</translation>
    </message>
    <message>
        <source>is required and must be above 0</source>
        <translation>måste anges och vara större än 0</translation>
    </message>
    <message>
        <source>'%1' is not a date (use YYYY-MM-DD)</source>
        <translation>'%1' är inte ett datum (använd ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>'%1' is not a valid id (lower-case letters, digits, '.', '-', '_')</source>
        <translation>'%1' är inte ett giltigt id (gemener, siffror, '.', '-', '_')</translation>
    </message>
    <message>
        <source>'%1' is not one of consumer, workstation, datacenter, soc</source>
        <translation>'%1' är inte en av consumer, workstation, datacenter, soc</translation>
    </message>
    <message>
        <source>'%1' is not one of %2</source>
        <translation>'%1' är inte en av %2</translation>
    </message>
    <message>
        <source>'%1' is not one of mha, gqa, mqa, mla</source>
        <translation>'%1' är inte en av mha, gqa, mqa, mla</translation>
    </message>
    <message>
        <source>'%1' is not gated or plain</source>
        <translation>'%1' är varken gated eller plain</translation>
    </message>
    <message>
        <source>the header has no column '%1'</source>
        <translation>rubrikraden saknar kolumnen '%1'</translation>
    </message>
    <message>
        <source>id '%1' is already used on line %2</source>
        <translation>id '%1' används redan på rad %2</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the stored row '%1' is damaged: %2</source>
        <translation>den sparade raden '%1' är skadad: %2</translation>
    </message>
    <message>
        <source>cannot read the catalog</source>
        <translation>kan inte läsa katalogen</translation>
    </message>
    <message>
        <source>cannot save '%1'</source>
        <translation>kan inte spara '%1'</translation>
    </message>
    <message>
        <source>cannot delete '%1'</source>
        <translation>kan inte ta bort '%1'</translation>
    </message>
    <message>
        <source>there is no '%1' in the catalog</source>
        <translation>'%1' finns inte i katalogen</translation>
    </message>
    <message>
        <source>cannot update the catalog</source>
        <translation>kan inte uppdatera katalogen</translation>
    </message>
    <message>
        <source>cannot update the catalog: the database is busy</source>
        <translation>kan inte uppdatera katalogen: databasen är upptagen</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ett fält inom citattecken avslutas aldrig</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>raden har %1 fält men rubrikraden har %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>kan inte skapa mappen %1</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>kan inte öppna databasen: %1</translation>
    </message>
    <message>
        <source>the file is not a readable catalog database: %1</source>
        <translation>filen är inte en läsbar katalogdatabas: %1</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>kan inte läsa schemaversionen</translation>
    </message>
    <message>
        <source>the database was made by a newer version of GPU Advisor (schema %1, this version knows up to %2); it was left unchanged</source>
        <translation>databasen skapades av en nyare version av GPU Advisor (schema %1, den här versionen känner till schema %2); den lämnades orörd</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>uppgraderingen till schema %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>cannot set the schema version</source>
        <translation>kan inte ange schemaversionen</translation>
    </message>
    <message>
        <source>no transaction is open</source>
        <translation>ingen transaktion är öppen</translation>
    </message>
    <message>
        <source>cannot save the changes: %1</source>
        <translation>kan inte spara ändringarna: %1</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>unknown</source>
        <extracomment>Shown in place of a figure that no source gives</extracomment>
        <translation>okänt</translation>
    </message>
</context>
<context>
    <name>GpuTableModel</name>
    <message>
        <source>Consumer</source>
        <translation>Konsument</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbetsstation</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>Datacenter</translation>
    </message>
    <message>
        <source>SoC, unified memory</source>
        <extracomment>A system on a chip whose GPU shares the main memory (Apple M-series)</extracomment>
        <translation>SoC, delat minne</translation>
    </message>
    <message>
        <source>Converted from the US launch price at a dated exchange rate</source>
        <translation>Omräknat från det amerikanska lanseringspriset till en daterad växelkurs</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Tillverkare</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klass</translation>
    </message>
    <message>
        <source>VRAM (GB)</source>
        <translation>VRAM (GB)</translation>
    </message>
    <message>
        <source>Bandwidth (GB/s)</source>
        <translation>Bandbredd (GB/s)</translation>
    </message>
    <message>
        <source>FP16 (TFLOPS)</source>
        <translation>FP16 (TFLOPS)</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>Effekt (W)</translation>
    </message>
    <message>
        <source>Price (SEK)</source>
        <translation>Pris (kr)</translation>
    </message>
    <message>
        <source>Memory on the card, as sold. It limits the largest model you can load.</source>
        <translation>Minnet på kortet, som det säljs. Det begränsar hur stor modell du kan ladda.</translation>
    </message>
    <message>
        <source>How fast the GPU reads its memory. It sets the speed of generating text.</source>
        <translation>Hur snabbt GPU:n läser sitt minne. Det styr hur snabbt text genereras.</translation>
    </message>
    <message>
        <source>Dense FP16 tensor throughput, without sparsity. It sets the speed of reading prompts and of training.</source>
        <translation>Tät FP16-tensorprestanda, utan gleshet. Den styr hur snabbt prompter läses in och hur snabbt träning går.</translation>
    </message>
    <message>
        <source>Board power. It sets the power supply, cooling and electricity cost.</source>
        <translation>Kortets effekt. Den styr nätaggregat, kylning och elkostnad.</translation>
    </message>
    <message>
        <source>Reference street price in Swedish kronor, with VAT.</source>
        <translation>Referenspris i butik i svenska kronor, med moms.</translation>
    </message>
</context>
<context>
    <name>HfConfigImporter</name>
    <message>
        <source>the key is missing</source>
        <translation>nyckeln saknas</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>måste vara ett positivt heltal</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>inte giltig JSON: %1</translation>
    </message>
    <message>
        <source>a config.json holds one JSON object</source>
        <translation>en config.json innehåller ett JSON-objekt</translation>
    </message>
    <message>
        <source>'%1' is not a supported architecture (supported: %2)</source>
        <translation>'%1' är ingen arkitektur som stöds (stöds: %2)</translation>
    </message>
    <message>
        <source>intermediate size 4 x hidden size (Falcon)</source>
        <translation>mellanlagrets storlek 4 × dold storlek (Falcon)</translation>
    </message>
    <message>
        <source>num_key_value_heads absent: one KV head per attention head</source>
        <translation>num_key_value_heads saknas: ett KV-huvud per attention-huvud</translation>
    </message>
    <message>
        <source>maximum context 2048 tokens (no key gives it)</source>
        <translation>största kontext 2048 token (ingen nyckel anger den)</translation>
    </message>
    <message>
        <source>%1 KV heads do not divide %2 attention heads</source>
        <translation>%1 KV-huvuden går inte jämnt upp i %2 attention-huvuden</translation>
    </message>
    <message>
        <source>'%1' is not a valid id (lower-case letters, digits, '.', '-', '_')</source>
        <translation>'%1' är inte ett giltigt id (gemener, siffror, '.', '-', '_')</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan inte läsa filen: %1</translation>
    </message>
    <message>
        <source>the file is too large to be a config.json</source>
        <translation>filen är för stor för att vara en config.json</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GPU Advisor</source>
        <translation>GPU Advisor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>The menu that switches the user interface language</extracomment>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About GPU Advisor</source>
        <translation>&amp;Om GPU Advisor</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation><numerusform>%n GPU</numerusform><numerusform>%n GPU:er</numerusform></translation>
    </message>
    <message>
        <source>catalog %1 of %2</source>
        <translation>katalog %1 från %2</translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>Katalogen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>About GPU Advisor</source>
        <translation>Om GPU Advisor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GPU Advisor %1&lt;/h3&gt;&lt;p&gt;Choose GPUs for running, fine-tuning and training large language models: memory, speed and cost, offline.&lt;/p&gt;&lt;p&gt;Catalog version %2 of %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GPU Advisor %1&lt;/h3&gt;&lt;p&gt;Välj GPU:er för att köra, finjustera och träna stora språkmodeller: minne, hastighet och kostnad, utan nätuppkoppling.&lt;/p&gt;&lt;p&gt;Katalogversion %2 från %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NameResolver</name>
    <message>
        <source>no %1 given</source>
        <translation>inget %1 angivet</translation>
    </message>
    <message>
        <source>no %1 matches '%2'</source>
        <translation>inget %1 matchar '%2'</translation>
    </message>
    <message>
        <source>; did you mean one of these?
%1</source>
        <translation>; menade du något av dessa?
%1</translation>
    </message>
    <message>
        <source>'%1' matches %2 entries; give one of these ids:
%3</source>
        <translation>'%1' matchar %2 poster; ange ett av dessa id:
%3</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GPU Advisor</source>
        <translation>GPU Advisor</translation>
    </message>
    <message>
        <source>The catalog could not be opened:
%1</source>
        <translation>Katalogen kunde inte öppnas:
%1</translation>
    </message>
</context>
</TS>
