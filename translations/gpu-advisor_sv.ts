<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>BreakEvenCalculator</name>
    <message>
        <source>never: running your own cards costs at least as much each month as the alternative</source>
        <translation>aldrig: att köra egna kort kostar minst lika mycket per månad som alternativet</translation>
    </message>
    <message>
        <source>owning pays off after %1 months</source>
        <translation>egna kort lönar sig efter %1 månader</translation>
    </message>
    <message>
        <source>owning pays off only after %1 months, later than the %2 months you plan to keep the cards</source>
        <translation>egna kort lönar sig först efter %1 månader, senare än de %2 månader du tänker behålla korten</translation>
    </message>
    <message>
        <source>no cloud price per GPU-hour is known for %1</source>
        <translation>inget molnpris per GPU-timme är känt för %1</translation>
    </message>
    <message>
        <source>never: the model does not fit in these cards</source>
        <translation>aldrig: modellen får inte plats i de här korten</translation>
    </message>
    <message>
        <source>the generation speed is unknown</source>
        <translation>genereringshastigheten är okänd</translation>
    </message>
    <message>
        <source>never: the electricity per token alone costs at least the API&apos;s price</source>
        <translation>aldrig: redan elen per token kostar minst lika mycket som API-priset</translation>
    </message>
</context>
<context>
    <name>BundledCatalog</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan inte läsa filen: %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s): %1)</source>
        <translation>
            <numerusform> (och %n problem till: %1)</numerusform>
            <numerusform> (och %n problem till: %1)</numerusform>
        </translation>
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
        <source>&apos;%1&apos; is not a number (use a decimal point)</source>
        <translation>&apos;%1&apos; är inte ett tal (använd decimalpunkt)</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 är negativt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; är inte ett heltal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; är varken yes eller no</translation>
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
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; är inte ett datum (använd ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (lower-case letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;)</source>
        <translation>&apos;%1&apos; är inte ett giltigt id (gemener, siffror, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of consumer, workstation, datacenter, soc</source>
        <translation>&apos;%1&apos; är inte något av consumer, workstation, datacenter, soc</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; är inte något av %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of mha, gqa, mqa, mla</source>
        <translation>&apos;%1&apos; är inte något av mha, gqa, mqa, mla</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not gated or plain</source>
        <translation>&apos;%1&apos; är varken gated eller plain</translation>
    </message>
    <message>
        <source>the header has no column &apos;%1&apos;</source>
        <translation>rubrikraden saknar kolumnen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is already used on line %2</source>
        <translation>id &apos;%1&apos; används redan på rad %2</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 är för stort</translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Add GPU…</source>
        <translation>&amp;Lägg till GPU…</translation>
    </message>
    <message>
        <source>&amp;Edit GPU…</source>
        <translation>&amp;Redigera GPU…</translation>
    </message>
    <message>
        <source>Re&amp;vert GPU to bundled values</source>
        <translation>Åter&amp;ställ GPU:n till medföljande värden</translation>
    </message>
    <message>
        <source>Set &amp;prices of the shown GPUs…</source>
        <translation>Sätt &amp;priser på de visade GPU:erna…</translation>
    </message>
    <message>
        <source>Add &amp;model…</source>
        <translation>Lägg till &amp;modell…</translation>
    </message>
    <message>
        <source>Duplicate m&amp;odel…</source>
        <translation>Duplicera m&amp;odell…</translation>
    </message>
    <message>
        <source>Edit mode&amp;l…</source>
        <translation>Redigera mod&amp;ell…</translation>
    </message>
    <message>
        <source>The catalog was not changed.

%1</source>
        <translation>Katalogen ändrades inte.

%1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>The name of a duplicated GPU or model until the user renames it</extracomment>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>editing %1</source>
        <translation>ändringen av %1</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>tillägget av %1</translation>
    </message>
    <message>
        <source>Delete GPU</source>
        <translation>Ta bort GPU</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>borttagningen av %1</translation>
    </message>
    <message>
        <source>Deleted %1. %2 brings it back.</source>
        <translation>%1 togs bort. %2 tar tillbaka den.</translation>
    </message>
    <message>
        <source>Revert to bundled values</source>
        <translation>Återställ till medföljande värden</translation>
    </message>
    <message>
        <source>reverting %1</source>
        <translation>återställningen av %1</translation>
    </message>
    <message numerus="yes">
        <source>setting %n price(s)</source>
        <translation>
            <numerusform>ändringen av %n pris</numerusform>
            <numerusform>ändringen av %n priser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the street price of %n GPU(s).</source>
        <translation>
            <numerusform>Satte gatupriset på %n GPU.</numerusform>
            <numerusform>Satte gatupriset på %n GPU:er.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Ta bort modell</translation>
    </message>
    <message>
        <source>Dupli&amp;cate GPU…</source>
        <translation>D&amp;uplicera GPU…</translation>
    </message>
    <message>
        <source>&amp;Delete GPU</source>
        <translation>&amp;Ta bort GPU</translation>
    </message>
    <message>
        <source>Dele&amp;te model</source>
        <translation>Ta &amp;bort modell</translation>
    </message>
    <message>
        <source>Revert model to &amp;bundled values</source>
        <translation>Återställ mo&amp;dellen till medföljande värden</translation>
    </message>
    <message>
        <source>Bring bac&amp;k deleted GPUs and models…</source>
        <translation>&amp;Hämta tillbaka borttagna GPU:er och modeller…</translation>
    </message>
    <message>
        <source>Bring back deleted rows</source>
        <translation>Hämta tillbaka borttagna rader</translation>
    </message>
    <message numerus="yes">
        <source>bringing back %n deleted row(s)</source>
        <translation>
            <numerusform>återhämtningen av %n borttagen rad</numerusform>
            <numerusform>återhämtningen av %n borttagna rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %n deleted row(s).</source>
        <translation>
            <numerusform>Hämtade tillbaka %n borttagen rad.</numerusform>
            <numerusform>Hämtade tillbaka %n borttagna rader.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogExporter</name>
    <message>
        <source>choose GPUs, models or both to export</source>
        <translation>välj GPU:er, modeller eller båda att exportera</translation>
    </message>
    <message>
        <source>a CSV file holds either GPUs or models: export them one at a time</source>
        <translation>en CSV-fil innehåller antingen GPU:er eller modeller: exportera dem en i taget</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kan inte skriva: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>kan inte skriva filen: %1</translation>
    </message>
</context>
<context>
    <name>CatalogFieldCheck</name>
    <message>
        <source>must be above 0 (leave it empty if unknown)</source>
        <translation>måste vara större än 0 (lämna tomt om okänt)</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>måste vara mellan %1 och %2</translation>
    </message>
    <message>
        <source>%1 KV heads do not divide %2 attention heads</source>
        <translation>%1 KV-huvuden går inte jämnt upp i %2 attention-huvuden</translation>
    </message>
    <message>
        <source>is needed when experts are used per token</source>
        <translation>behövs när experter används per token</translation>
    </message>
    <message>
        <source>is needed for latent attention (MLA)</source>
        <translation>behövs för latent attention (MLA)</translation>
    </message>
    <message>
        <source>at most %1 layers: no published model has more</source>
        <translation>högst %1 lager: ingen publicerad modell har fler</translation>
    </message>
    <message>
        <source>more attention heads than the hidden size %1</source>
        <translation>fler attention-huvuden än den dolda storleken %1</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>this holds memory measurements; only speed measurements (decode_tok_s, prefill_tok_s) can be imported</source>
        <translation>filen innehåller minnesmätningar; bara hastighetsmätningar (decode_tok_s, prefill_tok_s) kan importeras</translation>
    </message>
    <message>
        <source>cannot tell what the file holds: it is not a GPU or model CSV file, a catalog JSON file, a config.json or a speed measurements CSV file</source>
        <translation>kan inte avgöra vad filen innehåller: den är varken en CSV-fil med GPU:er eller modeller, en JSON-katalogfil, en config.json eller en CSV-fil med hastighetsmätningar</translation>
    </message>
    <message>
        <source>the catalog has changed since the file was checked; check it again (nothing was imported)</source>
        <translation>katalogen har ändrats sedan filen kontrollerades; kontrollera den igen (inget importerades)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan inte läsa filen: %1</translation>
    </message>
    <message>
        <source>the file is too large for a catalog (%1 MB)</source>
        <translation>filen är för stor för en katalog (%1 MB)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>inte giltig JSON: %1</translation>
    </message>
    <message>
        <source>the file has problems; nothing was imported</source>
        <translation>filen har fel; inget importerades</translation>
    </message>
    <message>
        <source>cannot import: the database is busy</source>
        <translation>kan inte importera: databasen är upptagen</translation>
    </message>
</context>
<context>
    <name>CatalogJsonFile</name>
    <message>
        <source>must be text (in quotes)</source>
        <translation>måste vara text (inom citattecken)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a JSON number, without quotes and with a decimal point</source>
        <translation>&apos;%1&apos; måste vara ett JSON-tal, utan citattecken och med decimalpunkt</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>måste vara ett tal</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation>måste vara true, false eller null</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>måste vara en lista med text</translation>
    </message>
    <message>
        <source>an item may not contain &apos;%1&apos;</source>
        <translation>ett element får inte innehålla &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>måste vara en lista</translation>
    </message>
    <message>
        <source>must be an object with fields</source>
        <translation>måste vara ett objekt med fält</translation>
    </message>
    <message>
        <source>is not a field of the catalog format</source>
        <translation>är inte ett fält i katalogformatet</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is already used by %2[%3]</source>
        <translation>id &apos;%1&apos; används redan av %2[%3]</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>inte giltig JSON: %1</translation>
    </message>
    <message>
        <source>a catalog file holds one JSON object</source>
        <translation>en katalogfil innehåller ett JSON-objekt</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>måste vara &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version %1 comes from a newer GPU Advisor; this version reads version %2</source>
        <translation>version %1 kommer från en nyare GPU Advisor; den här versionen läser version %2</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>måste vara %1</translation>
    </message>
    <message>
        <source>the file has neither gpus nor models</source>
        <translation>filen har varken gpus eller models</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the stored row &apos;%1&apos; is damaged: %2</source>
        <translation>den sparade raden &apos;%1&apos; är skadad: %2</translation>
    </message>
    <message>
        <source>cannot read the catalog</source>
        <translation>kan inte läsa katalogen</translation>
    </message>
    <message>
        <source>cannot save &apos;%1&apos;</source>
        <translation>kan inte spara &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot delete &apos;%1&apos;</source>
        <translation>kan inte ta bort &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no &apos;%1&apos; in the catalog</source>
        <translation>&apos;%1&apos; finns inte i katalogen</translation>
    </message>
    <message>
        <source>cannot update the catalog</source>
        <translation>kan inte uppdatera katalogen</translation>
    </message>
    <message>
        <source>cannot update the catalog: the database is busy</source>
        <translation>kan inte uppdatera katalogen: databasen är upptagen</translation>
    </message>
    <message>
        <source>cannot change the catalog: the database is busy</source>
        <translation>kan inte ändra katalogen: databasen är upptagen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the bundled catalog: there are no values to revert to</source>
        <translation>&apos;%1&apos; finns inte i den medföljande katalogen: det finns inga värden att återgå till</translation>
    </message>
    <message>
        <source>the price must be a number of 0 or more</source>
        <translation>priset måste vara ett tal, 0 eller större</translation>
    </message>
    <message>
        <source>the price needs a valid date</source>
        <translation>priset behöver ett giltigt datum</translation>
    </message>
</context>
<context>
    <name>CatalogTransfer</name>
    <message>
        <source>Import into the catalog</source>
        <translation>Importera till katalogen</translation>
    </message>
    <message>
        <source>Catalog files, config.json and measurements (*.csv *.json);;All files (*)</source>
        <translation>Katalogfiler, config.json och mätningar (*.csv *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import a model&apos;s config.json</source>
        <translation>Importera en modells config.json</translation>
    </message>
    <message>
        <source>Hugging Face configuration (config.json *.json)</source>
        <translation>Hugging Face-konfiguration (config.json *.json)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>Importerade %n rad från %1.</numerusform>
            <numerusform>Importerade %n rader från %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>Exportera katalogen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>The catalog could not be exported.

%1</source>
        <translation>Katalogen kunde inte exporteras.

%1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporterade till %1.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>The chart could not be encoded as PNG.</source>
        <translation>Diagrammet kunde inte kodas som PNG.</translation>
    </message>
    <message>
        <source>Chart exported from GPU Advisor</source>
        <translation>Diagram exporterat från GPU Advisor</translation>
    </message>
</context>
<context>
    <name>CompareData</name>
    <message>
        <source>%1 ×%2</source>
        <extracomment>A GPU and how many of it the workload needs, e.g. &quot;H100 PCIe 80GB ×2&quot;</extracomment>
        <translation>%1 ×%2</translation>
    </message>
</context>
<context>
    <name>CompareMetric</name>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbredd</translation>
    </message>
    <message>
        <source>FP16</source>
        <translation>FP16</translation>
    </message>
    <message>
        <source>BF16</source>
        <translation>BF16</translation>
    </message>
    <message>
        <source>INT8</source>
        <translation>INT8</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <extracomment>Generated tokens per second for the current workload</extracomment>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>Cost/M tokens</source>
        <extracomment>Cost per million generated tokens, short for a chart axis</extracomment>
        <translation>Kostnad/M token</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <source>TFLOPS</source>
        <translation>TFLOPS</translation>
    </message>
    <message>
        <source>TOPS</source>
        <translation>TOPS</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/s</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A figure and its unit, e.g. &quot;VRAM (GB)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CompareSpecTable</name>
    <message>
        <source>after %1 months</source>
        <translation>efter %1 månader</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arkitektur</translation>
    </message>
    <message>
        <source>Memory type</source>
        <translation>Minnestyp</translation>
    </message>
    <message>
        <source>GPUs needed</source>
        <translation>GPU:er som behövs</translation>
    </message>
    <message>
        <source>Memory needed per GPU</source>
        <translation>Minne som behövs per GPU</translation>
    </message>
    <message>
        <source>Cost per year</source>
        <translation>Kostnad per år</translation>
    </message>
    <message>
        <source>Pays off against cloud</source>
        <translation>Lönar sig mot molnet</translation>
    </message>
    <message>
        <source>Pays off against the API</source>
        <translation>Lönar sig mot API:et</translation>
    </message>
    <message>
        <source>The best of the compared GPUs</source>
        <translation>Bäst av de jämförda GPU:erna</translation>
    </message>
    <message>
        <source>more than 8</source>
        <translation>fler än 8</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message numerus="yes">
        <source>Comparing %n GPU(s): %1</source>
        <translation>
            <numerusform>Jämför %n GPU: %1</numerusform>
            <numerusform>Jämför %n GPU:er: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>för %1</translation>
    </message>
    <message>
        <source>Add at least one more GPU to compare.</source>
        <translation>Lägg till minst en GPU till att jämföra med.</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-bild (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportera diagram</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Compare GPUs side by side&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pick 2 to 8 GPUs in the table: right-click a GPU and choose &lt;i&gt;Compare this GPU&lt;/i&gt;, or press %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Jämför GPU:er sida vid sida&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Välj 2 till 8 GPU:er i tabellen: högerklicka på en GPU och välj &lt;i&gt;Jämför den här GPU:n&lt;/i&gt;, eller tryck %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove a GPU from the comparison</source>
        <translation>Ta bort en GPU ur jämförelsen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Remove every GPU from the comparison</source>
        <translation>Ta bort alla GPU:er ur jämförelsen</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>Som PNG-bild…</translation>
    </message>
    <message>
        <source>As SVG drawing…</source>
        <translation>Som SVG-teckning…</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Värden</translation>
    </message>
    <message>
        <source>Price and performance</source>
        <translation>Pris och prestanda</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>Kostnad över tid</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Minne</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>Alla värden</translation>
    </message>
    <message>
        <source>As a &amp;share of the best</source>
        <translation>Som &amp;andel av det bästa</translation>
    </message>
    <message>
        <source>&amp;Performance:</source>
        <translation>&amp;Prestanda:</translation>
    </message>
    <message>
        <source>FP16 tensor TFLOPS</source>
        <translation>FP16-tensor-TFLOPS</translation>
    </message>
    <message>
        <source>Tokens per second for the workload</source>
        <translation>Token per sekund för arbetsbelastningen</translation>
    </message>
    <message>
        <source>★ and bold: the best of the compared GPUs in that row.</source>
        <translation>★ och fetstil: bäst av de jämförda GPU:erna på raden.</translation>
    </message>
</context>
<context>
    <name>CostCalculator</name>
    <message>
        <source>no price is known for this GPU; give one yourself</source>
        <translation>inget pris är känt för den här GPU:n; ange ett själv</translation>
    </message>
    <message>
        <source>the power draw of this GPU is unknown; give it in watts</source>
        <translation>effektuttaget för den här GPU:n är okänt; ange det i watt</translation>
    </message>
</context>
<context>
    <name>CostOverTimeChart</name>
    <message numerus="yes">
        <source>Cumulative cost over %n year(s)</source>
        <translation>
            <numerusform>Sammanlagd kostnad över %n år</numerusform>
            <numerusform>Sammanlagd kostnad över %n år</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, owned: %2 after %3 years</source>
        <translation>%1, ägd: %2 efter %3 år</translation>
    </message>
    <message>
        <source>%1: %2 a year</source>
        <translation>%1: %2 per år</translation>
    </message>
    <message>
        <source>%1 pays off against %2 after %3 months</source>
        <translation>%1 lönar sig mot %2 efter %3 månader</translation>
    </message>
    <message>
        <source>cloud rental</source>
        <translation>molnhyra</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Cloud rental (dashed)</source>
        <translation>Molnhyra (streckad)</translation>
    </message>
    <message>
        <source>API for the same tokens (dotted)</source>
        <translation>API för samma token (prickad)</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Cumulative cost (%1)</source>
        <extracomment>%1 is the currency chosen in the settings: SEK, EUR or USD</extracomment>
        <translation>Sammanlagd kostnad (%1)</translation>
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
    <message>
        <source>the folder %1 is not writable, so the catalog cannot be kept there</source>
        <translation>mappen %1 är skrivskyddad, så katalogen kan inte sparas där</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>databasfilen är skrivskyddad</translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message numerus="yes">
        <source>The catalog database was damaged (%1). It was moved aside to %2 and a fresh catalog was made; %n of your own rows were recovered from it.</source>
        <translation>
            <numerusform>Katalogdatabasen var skadad (%1). Den flyttades undan till %2 och en ny katalog skapades; %n av dina egna rader räddades ur den.</numerusform>
            <numerusform>Katalogdatabasen var skadad (%1). Den flyttades undan till %2 och en ny katalog skapades; %n av dina egna rader räddades ur den.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows of these tables could not be read: %1.</source>
        <translation>Några rader i de här tabellerna kunde inte läsas: %1.</translation>
    </message>
    <message>
        <source>the database is damaged (%1) and could not be moved aside to %2</source>
        <translation>databasen är skadad (%1) och kunde inte flyttas undan till %2</translation>
    </message>
</context>
<context>
    <name>DeletedRowsDialog</name>
    <message>
        <source>Deleted GPUs and models</source>
        <translation>Borttagna GPU:er och modeller</translation>
    </message>
    <message>
        <source>These rows of the bundled catalog were deleted. Tick the ones to bring back with their bundled values.</source>
        <translation>De här raderna i den medföljande katalogen har tagits bort. Kryssa i dem som ska hämtas tillbaka med sina medföljande värden.</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>GPU: %1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <extracomment>A deleted language model in the list of rows to bring back</extracomment>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Hämta tillbaka</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>%1 GiB (%2–%3)</source>
        <translation>%1 GiB (%2–%3)</translation>
    </message>
    <message>
        <source>%1 tokens/s (%2–%3)</source>
        <translation>%1 token/s (%2–%3)</translation>
    </message>
    <message>
        <source>Select a GPU in the table to see its details.</source>
        <translation>Välj en GPU i tabellen för att se detaljerna.</translation>
    </message>
    <message>
        <source>%1 on this GPU</source>
        <translation>%1 på den här GPU:n</translation>
    </message>
    <message>
        <source>fits on one GPU</source>
        <translation>får plats på en GPU</translation>
    </message>
    <message>
        <source>fits on %1 GPUs</source>
        <translation>får plats på %1 GPU:er</translation>
    </message>
    <message>
        <source>needs %1 GPUs</source>
        <translation>behöver %1 GPU:er</translation>
    </message>
    <message>
        <source>does not fit even on many GPUs</source>
        <translation>får inte plats ens på många GPU:er</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Antal GPU:er</translation>
    </message>
    <message>
        <source>Memory per GPU</source>
        <translation>Minne per GPU</translation>
    </message>
    <message>
        <source>%1 of %2 GiB usable</source>
        <translation>%1 av %2 GiB användbart</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Vikter</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradienter</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimerare</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktiveringar</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-cache</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbetsminne</translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation>Runtime-overhead</translation>
    </message>
    <message>
        <source>Total, all GPUs</source>
        <translation>Totalt, alla GPU:er</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generering</translation>
    </message>
    <message>
        <source>All users together</source>
        <translation>Alla användare tillsammans</translation>
    </message>
    <message>
        <source>Prompt reading</source>
        <translation>Promptinläsning</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Träningstid</translation>
    </message>
    <message>
        <source>%1 h for %2 M tokens</source>
        <translation>%1 h för %2 M token</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Inköp</translation>
    </message>
    <message>
        <source>Electricity per year</source>
        <translation>El per år</translation>
    </message>
    <message numerus="yes">
        <source>Total cost over %n year(s)</source>
        <translation>
            <numerusform>Total kostnad under %n år</numerusform>
            <numerusform>Total kostnad under %n år</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>okänt: %1</translation>
    </message>
    <message>
        <source>Renting instead, per year</source>
        <translation>Hyra i stället, per år</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>How this was worked out</source>
        <translation>Så har det beräknats</translation>
    </message>
    <message>
        <source>Checklist for %1</source>
        <translation>Checklista för %1</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>Specifikationer</translation>
    </message>
    <message>
        <source>Price date</source>
        <translation>Prisdatum</translation>
    </message>
    <message>
        <source> (converted from USD)</source>
        <translation> (omräknat från USD)</translation>
    </message>
    <message>
        <source>Cloud price date</source>
        <translation>Datum för molnpris</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>EstimatedThroughput</name>
    <message>
        <source>%1 does not run on %2</source>
        <translation>%1 körs inte på %2</translation>
    </message>
</context>
<context>
    <name>Estimator</name>
    <message>
        <source>%1 on %2 x %3 with %4, %5</source>
        <translation>%1 på %2 × %3 med %4, %5</translation>
    </message>
    <message>
        <source>usable memory per GPU %1 GiB; needed %2 GiB (range %3-%4)</source>
        <translation>användbart minne per GPU %1 GiB; behov %2 GiB (intervall %3–%4)</translation>
    </message>
    <message>
        <source>%1 does not run on %2 (software stack: %3)</source>
        <translation>%1 körs inte på %2 (mjukvarustack: %3)</translation>
    </message>
    <message>
        <source>%1 does not load %2 weights</source>
        <translation>%1 kan inte läsa in vikter i formatet %2</translation>
    </message>
    <message>
        <source>%1 is an inference engine; fine-tuning figures assume PyTorch (transformers/PEFT)</source>
        <translation>%1 är en inferensmotor; siffrorna för finjustering förutsätter PyTorch (transformers/PEFT)</translation>
    </message>
    <message>
        <source>does not fit: needs %1 GiB per GPU, %2 GiB usable; %3 of this GPU would fit</source>
        <translation>får inte plats: behöver %1 GiB per GPU, %2 GiB användbart; %3 av den här GPU:n skulle räcka</translation>
    </message>
    <message>
        <source>does not fit: needs %1 GiB per GPU, %2 GiB usable, and no count up to 64 of this GPU fits</source>
        <translation>får inte plats: behöver %1 GiB per GPU, %2 GiB användbart, och inget antal upp till 64 av den här GPU:n räcker</translation>
    </message>
    <message>
        <source>tight fit: the upper estimate %1 GiB exceeds the %2 GiB usable</source>
        <translation>trångt: den övre uppskattningen %1 GiB överstiger de %2 GiB som kan användas</translation>
    </message>
    <message>
        <source>llama.cpp would keep part of the model in host memory and run it on the CPU: decode is far slower</source>
        <translation>llama.cpp skulle hålla en del av modellen i systemminnet och köra den på CPU:n: avkodningen blir mycket långsammare</translation>
    </message>
    <message>
        <source>multi-GPU training over PCIe only (no NVLink): gradient all-reduce will slow each step</source>
        <translation>träning på flera GPU:er enbart över PCIe (ingen NVLink): all-reduce av gradienterna gör varje steg långsammare</translation>
    </message>
    <message>
        <source>tensor parallelism over PCIe only: every layer waits for two all-reduces</source>
        <translation>tensorparallellism enbart över PCIe: varje lager väntar på två all-reduce</translation>
    </message>
    <message>
        <source>Apple unified memory: by default the GPU may use about %1 of %2 GB</source>
        <translation>Apples delade minne: som standard får GPU:n använda ungefär %1 av %2 GB</translation>
    </message>
    <message>
        <source>%1 has no FP8 tensor cores: FP8 weights are converted on the fly (weight-only), compute runs in 16 bits</source>
        <translation>%1 saknar tensorkärnor för FP8: FP8-vikter konverteras under körning (bara vikterna), beräkningarna görs med 16 bitar</translation>
    </message>
    <message>
        <source>%1 has no INT4 tensor cores: 4-bit weights are dequantised to 16 bits for compute</source>
        <translation>%1 saknar tensorkärnor för INT4: 4-bitarsvikter avkvantiseras till 16 bitar för beräkningarna</translation>
    </message>
    <message>
        <source>%1 has no %2 KV cache; f16 assumed</source>
        <translation>%1 har ingen KV-cache i %2; f16 antas</translation>
    </message>
    <message>
        <source>a quantised KV cache needs flash attention (llama.cpp -fa)</source>
        <translation>en kvantiserad KV-cache kräver flash attention (llama.cpp -fa)</translation>
    </message>
    <message>
        <source>context %1 exceeds the model&apos;s %2 tokens</source>
        <translation>kontexten %1 överstiger modellens %2 token</translation>
    </message>
    <message>
        <source>tensor parallelism over %1 GPUs needs the %2 attention heads to divide evenly</source>
        <translation>tensorparallellism över %1 GPU:er kräver att de %2 attention-huvudena går jämnt upp</translation>
    </message>
    <message>
        <source>the catalog has no memory bandwidth for %1: no decode speed</source>
        <translation>katalogen saknar minnesbandbredd för %1: ingen avkodningshastighet</translation>
    </message>
    <message>
        <source>the catalog has no tensor throughput for %1: no prefill speed</source>
        <translation>katalogen saknar tensorprestanda för %1: ingen hastighet för promptinläsning</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>inferens</translation>
    </message>
    <message>
        <source>LoRA fine-tuning</source>
        <translation>LoRA-finjustering</translation>
    </message>
    <message>
        <source>QLoRA fine-tuning</source>
        <translation>QLoRA-finjustering</translation>
    </message>
    <message>
        <source>full fine-tuning</source>
        <translation>full finjustering</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the catalog</source>
        <translation>Exportera katalogen</translation>
    </message>
    <message>
        <source>The file has the format of the bundled catalog, so that it can be imported again here or on another computer.</source>
        <translation>Filen får den medföljande katalogens format, så att den kan importeras igen här eller på en annan dator.</translation>
    </message>
    <message>
        <source>GPUs and models, one &amp;JSON file</source>
        <translation>GPU:er och modeller, en &amp;JSON-fil</translation>
    </message>
    <message>
        <source>&amp;GPUs, CSV file</source>
        <translation>&amp;GPU:er, CSV-fil</translation>
    </message>
    <message>
        <source>&amp;Models, CSV file</source>
        <translation>&amp;Modeller, CSV-fil</translation>
    </message>
    <message>
        <source>&amp;Only my rows (added, imported or edited)</source>
        <translation>&amp;Bara mina rader (tillagda, importerade eller ändrade)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>unknown</source>
        <extracomment>Placeholder of an empty figure in the edit forms</extracomment>
        <translation>okänt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; är inget tal</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>any</source>
        <translation>alla</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n GPU(s)</source>
        <translation>
            <numerusform>%1 av %n GPU</numerusform>
            <numerusform>%1 av %n GPU:er</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, vendor, architecture</source>
        <translation>Sök namn, tillverkare, arkitektur</translation>
    </message>
    <message>
        <source>Every word must appear in the GPU&apos;s name, vendor or architecture.</source>
        <translation>Varje ord måste finnas i GPU:ns namn, tillverkare eller arkitektur.</translation>
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
        <source>Figures</source>
        <translation>Värden</translation>
    </message>
    <message>
        <source>Min. VRAM (GB)</source>
        <translation>Min. VRAM (GB)</translation>
    </message>
    <message>
        <source>Min. bandwidth (GB/s)</source>
        <translation>Min. bandbredd (GB/s)</translation>
    </message>
    <message>
        <source>Min. FP16 (TFLOPS)</source>
        <translation>Min. FP16 (TFLOPS)</translation>
    </message>
    <message>
        <source>Max. power (W)</source>
        <translation>Max. effekt (W)</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Mjukvara</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktioner</translation>
    </message>
    <message>
        <source>FP8 in hardware</source>
        <translation>FP8 i hårdvara</translation>
    </message>
    <message>
        <source>INT4 in hardware</source>
        <translation>INT4 i hårdvara</translation>
    </message>
    <message>
        <source>NVLink or other GPU link</source>
        <translation>NVLink eller annan GPU-länk</translation>
    </message>
    <message>
        <source>Fits the workload with at most</source>
        <translation>Klarar arbetsbelastningen med högst</translation>
    </message>
    <message>
        <source>Only GPUs of which this many or fewer hold the selected model and workload.</source>
        <translation>Bara GPU:er där så här många eller färre rymmer den valda modellen och arbetsbelastningen.</translation>
    </message>
    <message numerus="yes">
        <source> GPU(s)</source>
        <extracomment>After the number of GPUs in the &quot;fits the workload with at most&quot; filter: &quot;1 GPU&quot;, &quot;2 GPUs&quot;</extracomment>
        <translation>
            <numerusform> GPU</numerusform>
            <numerusform> GPU:er</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>Show every GPU again (Ctrl+Shift+X)</source>
        <translation>Visa alla GPU:er igen (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Max. price (%1)</source>
        <extracomment>%1 is the currency chosen in the settings: SEK, EUR or USD</extracomment>
        <translation>Högsta pris (%1)</translation>
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
    <name>GpuEditDialog</name>
    <message>
        <source>Add a GPU</source>
        <translation>Lägg till en GPU</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicera %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <source>Your changes make this row yours: catalog updates leave it alone, and Catalog &gt; Revert to bundled values undoes them.</source>
        <translation>Dina ändringar gör raden till din: katalogsuppdateringar lämnar den i fred, och Katalog &gt; Återställ till medföljande värden tar bort dem.</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>e.g. GeForce RTX 5090</source>
        <translation>t.ex. GeForce RTX 5090</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>lower-case letters, digits, . - _</source>
        <translation>gemener, siffror, . - _</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>Tillverkare:</translation>
    </message>
    <message>
        <source>NVIDIA, AMD, Intel, Apple, …</source>
        <translation>NVIDIA, AMD, Intel, Apple, …</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klass:</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>Arkitektur:</translation>
    </message>
    <message>
        <source>Release year:</source>
        <translation>Lanseringsår:</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Minne</translation>
    </message>
    <message>
        <source>Memory as sold:</source>
        <translation>Minne enligt specifikation:</translation>
    </message>
    <message>
        <source>Usable by the GPU:</source>
        <translation>Användbart för GPU:n:</translation>
    </message>
    <message>
        <source>Memory type:</source>
        <translation>Minnestyp:</translation>
    </message>
    <message>
        <source>e.g. GDDR7, HBM3</source>
        <translation>t.ex. GDDR7, HBM3</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>Bandbredd:</translation>
    </message>
    <message>
        <source>Compute (dense, without sparsity)</source>
        <translation>Beräkning (tät, utan gleshet)</translation>
    </message>
    <message>
        <source>FP32:</source>
        <translation>FP32:</translation>
    </message>
    <message>
        <source>FP16 tensor:</source>
        <translation>FP16-tensor:</translation>
    </message>
    <message>
        <source>BF16 tensor:</source>
        <translation>BF16-tensor:</translation>
    </message>
    <message>
        <source>INT8 tensor:</source>
        <translation>INT8-tensor:</translation>
    </message>
    <message>
        <source>FP8 support:</source>
        <translation>Stöd för FP8:</translation>
    </message>
    <message>
        <source>INT4 support:</source>
        <translation>Stöd för INT4:</translation>
    </message>
    <message>
        <source>Power and connections</source>
        <translation>Effekt och anslutningar</translation>
    </message>
    <message>
        <source>Board power:</source>
        <translation>Korteffekt:</translation>
    </message>
    <message>
        <source>Form factor:</source>
        <translation>Formfaktor:</translation>
    </message>
    <message>
        <source>PCIe, SXM5, OAM, SoC</source>
        <translation>PCIe, SXM5, OAM, SoC</translation>
    </message>
    <message>
        <source>PCIe generation:</source>
        <translation>PCIe-generation:</translation>
    </message>
    <message>
        <source>PCIe lanes:</source>
        <translation>PCIe-banor:</translation>
    </message>
    <message>
        <source>GPU-to-GPU link:</source>
        <translation>Länk mellan GPU:er:</translation>
    </message>
    <message>
        <source>NVLink 4, none, …</source>
        <translation>NVLink 4, none, …</translation>
    </message>
    <message>
        <source>Link bandwidth:</source>
        <translation>Länkens bandbredd:</translation>
    </message>
    <message>
        <source>Software:</source>
        <translation>Programvara:</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Priser</translation>
    </message>
    <message>
        <source>Launch price:</source>
        <translation>Lanseringspris:</translation>
    </message>
    <message>
        <source>Street price:</source>
        <extracomment>Unit of a price in Swedish kronor</extracomment>
        <translation>Gatupris:</translation>
    </message>
    <message>
        <source>SEK</source>
        <translation>kr</translation>
    </message>
    <message>
        <source>Street price date:</source>
        <translation>Gatuprisets datum:</translation>
    </message>
    <message>
        <source>Converted from the USD price, not a Swedish price</source>
        <translation>Omräknat från priset i USD, inget svenskt pris</translation>
    </message>
    <message>
        <source>Cloud rental:</source>
        <extracomment>Unit of a rental price: US dollars per hour</extracomment>
        <translation>Molnhyra:</translation>
    </message>
    <message>
        <source>USD/h</source>
        <translation>USD/tim</translation>
    </message>
    <message>
        <source>Cloud price date:</source>
        <translation>Molnprisets datum:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Källor:</translation>
    </message>
    <message>
        <source>Where the figures come from, one per line: a link or a document</source>
        <translation>Var siffrorna kommer ifrån, en per rad: en länk eller ett dokument</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <source>is already in the catalog: choose another id, or edit that GPU</source>
        <translation>finns redan i katalogen: välj ett annat id eller redigera den GPU:n</translation>
    </message>
</context>
<context>
    <name>GpuPreview</name>
    <message>
        <source>Preview: what the figures become</source>
        <translation>Förhandsvisning: vad siffrorna blir</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Minne:</translation>
    </message>
    <message>
        <source>GPUs needed:</source>
        <translation>GPU:er som behövs:</translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation>Generering:</translation>
    </message>
    <message>
        <source>Electricity per year:</source>
        <translation>El per år:</translation>
    </message>
    <message>
        <source>Price per FP16 TFLOP:</source>
        <translation>Pris per FP16-TFLOP:</translation>
    </message>
    <message>
        <source>Fill in the fields marked in red to see the figures.</source>
        <translation>Fyll i fälten som är markerade med rött för att se siffrorna.</translation>
    </message>
    <message>
        <source>Choose a model in the main window to see what this GPU does with it.</source>
        <translation>Välj en modell i huvudfönstret för att se vad den här GPU:n klarar med den.</translation>
    </message>
    <message>
        <source>For %1 with the main window&apos;s workload (%2, %3 tokens).</source>
        <translation>För %1 med huvudfönstrets arbetslast (%2, %3 token).</translation>
    </message>
    <message>
        <source>unknown: no memory size</source>
        <translation>okänt: ingen minnesstorlek</translation>
    </message>
    <message>
        <source>fits: %1 of %2 GiB</source>
        <translation>får plats: %1 av %2 GiB</translation>
    </message>
    <message>
        <source>does not fit on one: %1 GiB needed per GPU</source>
        <translation>får inte plats på en: %1 GiB behövs per GPU</translation>
    </message>
    <message>
        <source>more than 8</source>
        <translation>fler än 8</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/s</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n GPU(s)</source>
        <translation>
            <numerusform>%1 för %n GPU</numerusform>
            <numerusform>%1 för %n GPU:er</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: no power figure</source>
        <translation>okänt: ingen effektuppgift</translation>
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
    <message>
        <source>Architecture</source>
        <translation>Arkitektur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Usable (GiB)</source>
        <translation>Användbart (GiB)</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Minnestyp</translation>
    </message>
    <message>
        <source>FP32 (TFLOPS)</source>
        <translation>FP32 (TFLOPS)</translation>
    </message>
    <message>
        <source>BF16 (TFLOPS)</source>
        <translation>BF16 (TFLOPS)</translation>
    </message>
    <message>
        <source>INT8 (TOPS)</source>
        <translation>INT8 (TOPS)</translation>
    </message>
    <message>
        <source>FP8</source>
        <translation>FP8</translation>
    </message>
    <message>
        <source>INT4</source>
        <translation>INT4</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Gränssnitt</translation>
    </message>
    <message>
        <source>GPU link</source>
        <translation>GPU-länk</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Mjukvara</translation>
    </message>
    <message>
        <source>Launch price (USD)</source>
        <translation>Lanseringspris (USD)</translation>
    </message>
    <message>
        <source>Cloud (USD/h)</source>
        <translation>Moln (USD/h)</translation>
    </message>
    <message>
        <source>Needs (GiB)</source>
        <translation>Behov (GiB)</translation>
    </message>
    <message>
        <source>GPUs needed</source>
        <translation>Antal GPU:er</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>Consumer, workstation or data-centre card, or a system on a chip whose GPU shares the main memory.</source>
        <translation>Konsument-, arbetsstations- eller datacenterkort, eller ett system på ett chip vars GPU delar huvudminnet.</translation>
    </message>
    <message>
        <source>Year of launch.</source>
        <translation>Lanseringsår.</translation>
    </message>
    <message>
        <source>Memory a GPU program can use. On Apple chips the GPU gets about three quarters of the shared memory by default.</source>
        <translation>Minne som ett GPU-program kan använda. På Apple-chip får GPU:n som standard ungefär tre fjärdedelar av det delade minnet.</translation>
    </message>
    <message>
        <source>Kind of memory: HBM is fastest, then GDDR, then the LPDDR of shared memory.</source>
        <translation>Typ av minne: HBM är snabbast, sedan GDDR och sist LPDDR i delat minne.</translation>
    </message>
    <message>
        <source>Ordinary 32-bit arithmetic, without tensor cores.</source>
        <translation>Vanlig 32-bitarsaritmetik, utan tensorkärnor.</translation>
    </message>
    <message>
        <source>Dense BF16 tensor throughput, without sparsity: the usual format for training.</source>
        <translation>Tät BF16-tensorprestanda, utan gleshet: det vanliga formatet för träning.</translation>
    </message>
    <message>
        <source>Dense INT8 tensor throughput, for 8-bit quantised models.</source>
        <translation>Tät INT8-tensorprestanda, för 8-bitars kvantiserade modeller.</translation>
    </message>
    <message>
        <source>Whether the tensor cores compute in FP8, which halves memory and doubles throughput against FP16.</source>
        <translation>Om tensorkärnorna räknar i FP8, vilket halverar minnet och fördubblar prestandan jämfört med FP16.</translation>
    </message>
    <message>
        <source>Whether the tensor cores compute in INT4.</source>
        <translation>Om tensorkärnorna räknar i INT4.</translation>
    </message>
    <message>
        <source>How the card connects to the computer: PCIe generation and lanes, or a server module (SXM, OAM).</source>
        <translation>Hur kortet ansluts till datorn: PCIe-generation och antal lanes, eller en servermodul (SXM, OAM).</translation>
    </message>
    <message>
        <source>Direct link between GPUs (NVLink, Infinity Fabric), which speeds up work split over several GPUs.</source>
        <translation>Direktlänk mellan GPU:er (NVLink, Infinity Fabric), som snabbar upp arbete som delas upp på flera GPU:er.</translation>
    </message>
    <message>
        <source>Software the GPU runs LLM engines with. CUDA has the broadest support.</source>
        <translation>Mjukvaran som GPU:n kör LLM-motorer med. CUDA har bredast stöd.</translation>
    </message>
    <message>
        <source>Price at launch in US dollars, without sales tax.</source>
        <translation>Pris vid lansering i amerikanska dollar, utan försäljningsskatt.</translation>
    </message>
    <message>
        <source>Typical on-demand rental price per GPU and hour, with its date in the details.</source>
        <translation>Typiskt hyrpris on demand per GPU och timme; datumet står i detaljerna.</translation>
    </message>
    <message>
        <source>Price divided by FP16 throughput: lower is more compute for the money.</source>
        <translation>Pris delat med FP16-prestanda: lägre ger mer beräkningskraft för pengarna.</translation>
    </message>
    <message>
        <source>Price divided by memory: lower is more memory for the money.</source>
        <translation>Pris delat med minne: lägre ger mer minne för pengarna.</translation>
    </message>
    <message>
        <source>Memory the selected model and workload need on each GPU.</source>
        <translation>Minne som den valda modellen och arbetsbelastningen behöver på varje GPU.</translation>
    </message>
    <message>
        <source>How many of this GPU the selected model and workload need.</source>
        <translation>Hur många av den här GPU:n som den valda modellen och arbetsbelastningen behöver.</translation>
    </message>
    <message>
        <source>Estimated speed of generating text for the selected workload.</source>
        <translation>Uppskattad hastighet för textgenerering med den valda arbetsbelastningen.</translation>
    </message>
    <message>
        <source>Electricity and loss of value per year for the GPUs needed, with the settings&apos; prices.</source>
        <translation>El och värdeminskning per år för de GPU:er som behövs, med priserna i inställningarna.</translation>
    </message>
    <message>
        <source>Cost of generating a million tokens on your own GPUs, with the settings&apos; utilisation.</source>
        <translation>Kostnad för att generera en miljon token på egna GPU:er, med nyttjandegraden i inställningarna.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>%1, %2 GB/s</source>
        <translation>%1, %2 GB/s</translation>
    </message>
    <message>
        <source>Even eight of this GPU do not hold the model with this workload.</source>
        <translation>Inte ens åtta av den här GPU:n rymmer modellen med den här arbetsbelastningen.</translation>
    </message>
    <message>
        <source>more than 8</source>
        <translation>fler än 8</translation>
    </message>
    <message>
        <source>Added or edited by you: catalog updates leave this row alone</source>
        <translation>Tillagd eller ändrad av dig: katalogsuppdateringar lämnar raden i fred</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <extracomment>%1 is the currency chosen in the settings: SEK, EUR or USD</extracomment>
        <translation>Pris (%1)</translation>
    </message>
    <message>
        <source>%1 per FP16 TFLOPS</source>
        <translation>%1 per FP16-TFLOPS</translation>
    </message>
    <message>
        <source>%1 per GB</source>
        <translation>%1 per GB</translation>
    </message>
    <message>
        <source>Cost per year (%1)</source>
        <translation>Kostnad per år (%1)</translation>
    </message>
    <message>
        <source>%1 per M tokens</source>
        <translation>%1 per miljon token</translation>
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
        <source>&apos;%1&apos; is not a supported architecture (supported: %2)</source>
        <translation>&apos;%1&apos; är ingen arkitektur som stöds (stöds: %2)</translation>
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
        <source>&apos;%1&apos; is not a valid id (lower-case letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;)</source>
        <translation>&apos;%1&apos; är inte ett giltigt id (gemener, siffror, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;)</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
    <message>
        <source>&amp;Model id:</source>
        <translation>&amp;Modell-id:</translation>
    </message>
    <message>
        <source>The id the model gets in the catalog: lower-case letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;</source>
        <translation>Id:t som modellen får i katalogen: gemener, siffror, &apos;.&apos;, &apos;-&apos; och &apos;_&apos;</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Already in the catalog</source>
        <translation>Finns redan i katalogen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>In the catalog</source>
        <translation>I katalogen</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>I filen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <source>For &amp;every one:</source>
        <translation>För &amp;alla:</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Behåll båda</translation>
    </message>
    <message>
        <source>&amp;Apply to all</source>
        <translation>&amp;Gäller alla</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Vad importen gör</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>GPUs in the catalog&apos;s CSV format</source>
        <translation>GPU:er i katalogens CSV-format</translation>
    </message>
    <message>
        <source>models in the catalog&apos;s CSV format</source>
        <translation>modeller i katalogens CSV-format</translation>
    </message>
    <message>
        <source>GPUs and models in the catalog&apos;s JSON format</source>
        <translation>GPU:er och modeller i katalogens JSON-format</translation>
    </message>
    <message>
        <source>a model&apos;s Hugging Face config.json</source>
        <translation>en modells config.json från Hugging Face</translation>
    </message>
    <message>
        <source>your speed measurements (CSV)</source>
        <translation>dina hastighetsmätningar (CSV)</translation>
    </message>
    <message>
        <source>nothing that can be imported</source>
        <translation>inget som kan importeras</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <extracomment>%1 is a file name, %2 what it holds, e.g. &quot;GPUs in the catalog&apos;s CSV format&quot;</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Assumed where the file says nothing: %1</source>
        <translation>Antaget där filen inte säger något: %1</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>A model&apos;s name and its parameter count, e.g. &quot;Qwen2.5-7B (7.62 billion)&quot;</extracomment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (din)</translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation>%1 (medföljande)</translation>
    </message>
    <message>
        <source>Keep both, the new one as %1</source>
        <extracomment>%1 is the new id, e.g. &quot;nvidia-rtx-4090-2&quot;</extracomment>
        <translation>Behåll båda, den nya som %1</translation>
    </message>
    <message>
        <source>Skipped: the catalog&apos;s row stays</source>
        <translation>Hoppas över: katalogens rad står kvar</translation>
    </message>
    <message>
        <source>Replaces the catalog&apos;s row</source>
        <translation>Ersätter katalogens rad</translation>
    </message>
    <message>
        <source>Added as %1</source>
        <translation>Läggs till som %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Läggs till</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mätning</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file. Nothing will be imported: correct the file and import it again.</source>
        <translation>
            <numerusform>%n problem i filen. Inget importeras: rätta filen och importera den igen.</numerusform>
            <numerusform>%n problem i filen. Inget importeras: rätta filen och importera den igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model id may hold only lower-case letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, and must start with a letter or a digit.</source>
        <translation>Modell-id:t får bara innehålla gemener, siffror, &apos;.&apos;, &apos;-&apos; och &apos;_&apos; och måste börja med en bokstav eller en siffra.</translation>
    </message>
    <message>
        <source>Nothing to import: every row is skipped or already in the catalog.</source>
        <translation>Inget att importera: varje rad hoppas över eller finns redan i katalogen.</translation>
    </message>
    <message>
        <source>Ready to import: %1 new, %2 replaced, %3 skipped, %4 kept beside the catalog&apos;s under a new id. Everything is imported at once, or nothing.</source>
        <extracomment>Counts of rows: %1 new, %2 replaced, %3 skipped, %4 added under a new id</extracomment>
        <translation>Klart att importera: %1 nya, %2 ersatta, %3 överhoppade, %4 behållna bredvid katalogens under ett nytt id. Allt importeras på en gång, eller inget.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>Importen misslyckades och inget ändrades: %1</translation>
    </message>
    <message>
        <source>%1 (%2 billion)</source>
        <translation>%1 (%2 miljarder)</translation>
    </message>
</context>
<context>
    <name>LlmChecklist</name>
    <message>
        <source>memory size unknown</source>
        <translation>minnesstorlek okänd</translation>
    </message>
    <message>
        <source>%1 GB: at least the 16 GB the article asks for inference of 7-13B models</source>
        <translation>%1 GB: minst de 16 GB som artikeln anger för inferens med 7–13B-modeller</translation>
    </message>
    <message>
        <source>%1 GB: below 16 GB, enough only for small or quantised models</source>
        <translation>%1 GB: under 16 GB, räcker bara för små eller kvantiserade modeller</translation>
    </message>
    <message>
        <source>%1 GB: below 8 GB, too little for LLM inference</source>
        <translation>%1 GB: under 8 GB, för lite för LLM-inferens</translation>
    </message>
    <message>
        <source>%1 GB: at least the 24 GB the article asks for fine-tuning and training</source>
        <translation>%1 GB: minst de 24 GB som artikeln anger för finjustering och träning</translation>
    </message>
    <message>
        <source>%1 GB: below 24 GB, enough only for QLoRA of small models</source>
        <translation>%1 GB: under 24 GB, räcker bara för QLoRA av små modeller</translation>
    </message>
    <message>
        <source>%1 GB: below 16 GB, too little for fine-tuning</source>
        <translation>%1 GB: under 16 GB, för lite för finjustering</translation>
    </message>
    <message>
        <source>%1 GB: in the article&apos;s 40-80 GB+ range for large-scale work</source>
        <translation>%1 GB: inom artikelns intervall på 40–80 GB+ för storskaligt arbete</translation>
    </message>
    <message>
        <source>%1 GB: below 40 GB, large models need many cards</source>
        <translation>%1 GB: under 40 GB, stora modeller kräver många kort</translation>
    </message>
    <message>
        <source>%1 GB: below 24 GB, too little for large-model training</source>
        <translation>%1 GB: under 24 GB, för lite för träning av stora modeller</translation>
    </message>
    <message>
        <source>dense FP16 throughput unknown</source>
        <translation>tät FP16-prestanda okänd</translation>
    </message>
    <message>
        <source>%1 TFLOPS FP16: above the article&apos;s 30 TFLOPS</source>
        <translation>%1 TFLOPS FP16: över artikelns 30 TFLOPS</translation>
    </message>
    <message>
        <source>%1 TFLOPS FP16: below 30 TFLOPS, slow prompts and batches</source>
        <translation>%1 TFLOPS FP16: under 30 TFLOPS, långsamma prompter och batchar</translation>
    </message>
    <message>
        <source>%1 TFLOPS FP16: below 30 TFLOPS, too slow for training</source>
        <translation>%1 TFLOPS FP16: under 30 TFLOPS, för långsamt för träning</translation>
    </message>
    <message>
        <source>memory bandwidth unknown</source>
        <translation>minnesbandbredd okänd</translation>
    </message>
    <message>
        <source>%1 GB/s: above the article&apos;s 800 GB/s</source>
        <translation>%1 GB/s: över artikelns 800 GB/s</translation>
    </message>
    <message>
        <source>%1 GB/s: below 800 GB/s, tokens come out slower</source>
        <translation>%1 GB/s: under 800 GB/s, token genereras långsammare</translation>
    </message>
    <message>
        <source>%1 GB/s: far below 800 GB/s for large-scale work</source>
        <translation>%1 GB/s: långt under 800 GB/s för storskaligt arbete</translation>
    </message>
    <message>
        <source>power draw unknown</source>
        <translation>effektuttag okänt</translation>
    </message>
    <message>
        <source>%1 W: within the article&apos;s 700 W for datacenter cards</source>
        <translation>%1 W: inom artikelns 700 W för datacenterkort</translation>
    </message>
    <message>
        <source>%1 W: within the article&apos;s 400 W for consumer cards</source>
        <translation>%1 W: inom artikelns 400 W för konsumentkort</translation>
    </message>
    <message>
        <source>%1 W: above 700 W, needs datacenter power and liquid or strong air cooling</source>
        <translation>%1 W: över 700 W, kräver strömförsörjning som i ett datacenter och vätskekylning eller kraftig luftkylning</translation>
    </message>
    <message>
        <source>%1 W: above 400 W, check the power supply and the case&apos;s cooling</source>
        <translation>%1 W: över 400 W, kontrollera nätaggregatet och datorlådans kylning</translation>
    </message>
    <message>
        <source>%1 (%2 GB/s) links the cards directly</source>
        <translation>%1 (%2 GB/s) kopplar ihop korten direkt</translation>
    </message>
    <message>
        <source>%1 links the cards directly</source>
        <translation>%1 kopplar ihop korten direkt</translation>
    </message>
    <message>
        <source>a single system-on-chip: no multi-GPU interconnect</source>
        <translation>ett enda system-on-chip: ingen sammankoppling mellan flera GPU:er</translation>
    </message>
    <message>
        <source>PCIe generation and interconnect unknown</source>
        <translation>PCIe-generation och sammankoppling okända</translation>
    </message>
    <message>
        <source>PCIe Gen%1 without NVLink: multi-GPU training scales poorly</source>
        <translation>PCIe Gen%1 utan NVLink: träning på flera GPU:er skalar dåligt</translation>
    </message>
    <message>
        <source>PCIe Gen%1, as the article asks</source>
        <translation>PCIe Gen%1, som artikeln rekommenderar</translation>
    </message>
    <message>
        <source>PCIe Gen3: below the article&apos;s Gen4/5, slow between cards</source>
        <translation>PCIe Gen3: under artikelns Gen4/5, långsamt mellan korten</translation>
    </message>
    <message>
        <source>PCIe Gen%1: too slow for multi-GPU work</source>
        <translation>PCIe Gen%1: för långsamt för arbete med flera GPU:er</translation>
    </message>
    <message>
        <source>no INT4 in hardware: 4-bit models are unpacked on the fly</source>
        <translation>ingen INT4 i hårdvara: 4-bitarsmodeller packas upp under körning</translation>
    </message>
    <message>
        <source>no INT4 in hardware; not known for: %1</source>
        <translation>ingen INT4 i hårdvara; okänt för: %1</translation>
    </message>
    <message>
        <source>support not known for: %1</source>
        <translation>stöd okänt för: %1</translation>
    </message>
    <message>
        <source>FP16, BF16, INT8 and INT4 all supported</source>
        <translation>FP16, BF16, INT8 och INT4 stöds alla</translation>
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
    <message numerus="yes">
        <source>%1 of %n GPU(s) shown</source>
        <translation>
            <numerusform>%1 av %n GPU visas</numerusform>
            <numerusform>%1 av %n GPU:er visas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>I&amp;nställningar…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Find GPU</source>
        <translation>&amp;Sök GPU</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Rensa filter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolumner</translation>
    </message>
    <message>
        <source>Catalog %1 of %2</source>
        <translation>Katalog %1 från %2</translation>
    </message>
    <message numerus="yes">
        <source>At most %n GPU(s) can be compared at once.</source>
        <translation>
            <numerusform>Högst %n GPU kan jämföras åt gången.</numerusform>
            <numerusform>Högst %n GPU:er kan jämföras åt gången.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare (%1)</source>
        <translation>Jämför (%1)</translation>
    </message>
    <message>
        <source>&amp;Compare this GPU</source>
        <translation>&amp;Jämför den här GPU:n</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Show the c&amp;omparison</source>
        <translation>Visa jämförels&amp;en</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU:er</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Inköpslista</translation>
    </message>
    <message numerus="yes">
        <source>Added %n GPU(s) to the shortlist &apos;%1&apos;.</source>
        <translation>
            <numerusform>La till %n GPU i inköpslistan &apos;%1&apos;.</numerusform>
            <numerusform>La till %n GPU:er i inköpslistan &apos;%1&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already on the shortlist &apos;%1&apos;.</source>
        <translation>Redan med i inköpslistan &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&amp;Shortlist</source>
        <translation>&amp;Inköpslista</translation>
    </message>
    <message>
        <source>&amp;Add to the shortlist</source>
        <translation>&amp;Lägg till i inköpslistan</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Add the &amp;compared GPUs to the shortlist</source>
        <translation>Lägg till de &amp;jämförda GPU:erna i inköpslistan</translation>
    </message>
    <message>
        <source>C&amp;ompare the shortlist</source>
        <translation>J&amp;ämför inköpslistan</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>&amp;Export catalog…</source>
        <translation>&amp;Exportera katalogen…</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>&amp;Importera en lista…</translation>
    </message>
</context>
<context>
    <name>MeasurementCsvReader</name>
    <message>
        <source>%1 must be above 0</source>
        <translation>%1 måste vara större än 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (use a decimal point)</source>
        <translation>&apos;%1&apos; är inte ett tal (använd decimalpunkt)</translation>
    </message>
    <message>
        <source>the header has no column &apos;%1&apos;</source>
        <translation>rubrikraden saknar kolumnen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no GPU in the catalog matches &apos;%1&apos; (give its id or its name as the catalog has it)</source>
        <translation>ingen GPU i katalogen matchar &apos;%1&apos; (ange dess id eller namnet som det står i katalogen)</translation>
    </message>
    <message>
        <source>no model in the catalog matches &apos;%1&apos; (give its id or its name)</source>
        <translation>ingen modell i katalogen matchar &apos;%1&apos; (ange dess id eller namn)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a weight format the estimator knows (e.g. q4_k_m, q8_0, fp16, int4)</source>
        <translation>&apos;%1&apos; är inget viktformat som uppskattningen känner till (t.ex. q4_k_m, q8_0, fp16, int4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an engine the estimator knows (%2)</source>
        <translation>&apos;%1&apos; är ingen motor som uppskattningen känner till (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of 1 or more</source>
        <translation>&apos;%1&apos; är inte ett heltal som är 1 eller större</translation>
    </message>
    <message>
        <source>the row has neither decode_tok_s nor prefill_tok_s</source>
        <translation>raden har varken decode_tok_s eller prefill_tok_s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; är inte ett datum (använd ÅÅÅÅ-MM-DD)</translation>
    </message>
</context>
<context>
    <name>MeasurementRepository</name>
    <message>
        <source>measurements: %1</source>
        <translation>mätningar: %1</translation>
    </message>
</context>
<context>
    <name>MeasurementValidator</name>
    <message>
        <source>%1 not modelled: %2</source>
        <translation>%1 modelleras inte: %2</translation>
    </message>
    <message>
        <source>not a measurements file: it needs a decode_tok_s or a measured_gb column</source>
        <translation>inte en mätfil: den behöver en kolumn decode_tok_s eller measured_gb</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kan inte läsa: %1</translation>
    </message>
</context>
<context>
    <name>MemoryBreakdownChart</name>
    <message>
        <source>Choose a model to see what memory it needs</source>
        <translation>Välj en modell för att se hur mycket minne den behöver</translation>
    </message>
    <message>
        <source>Memory %1 needs, against the usable memory</source>
        <translation>Minne som %1 behöver, mot användbart minne</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Vikter</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-cache</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktiveringar</translation>
    </message>
    <message>
        <source>Gradients and optimizer</source>
        <translation>Gradienter och optimerare</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>%1, %2: %3 GiB</source>
        <translation>%1, %2: %3 GiB</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Minne (GiB)</translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation>Användbart minne</translation>
    </message>
    <message>
        <source>%1: %2 GiB usable</source>
        <translation>%1: %2 GiB användbart</translation>
    </message>
</context>
<context>
    <name>MemoryEstimator</name>
    <message>
        <source>weights %1 GiB (%2, %3 bits/weight, %4 B parameters)</source>
        <translation>vikter %1 GiB (%2, %3 bitar/vikt, %4 B parametrar)</translation>
    </message>
    <message>
        <source>GGUF tensor types by size (llama-quantize rules): %1</source>
        <translation>GGUF-tensortyper efter storlek (llama-quantize-regler): %1</translation>
    </message>
    <message>
        <source>token embedding table %1 GiB stays in host memory (llama.cpp)</source>
        <translation>tokeninbäddningstabellen %1 GiB stannar i systemminnet (llama.cpp)</translation>
    </message>
    <message>
        <source>KV cache %1 GiB (%2 KiB/token in %3, %4, %5 tokens x %6 sequences)</source>
        <translation>KV-cache %1 GiB (%2 KiB/token i %3, %4, %5 token × %6 sekvenser)</translation>
    </message>
    <message>
        <source>%1 of %2 layers use a %3-token sliding window</source>
        <translation>%1 av %2 lager använder ett glidande fönster på %3 token</translation>
    </message>
    <message>
        <source>compute workspace %1 GiB per GPU (%2)</source>
        <translation>arbetsminne för beräkningar %1 GiB per GPU (%2)</translation>
    </message>
    <message>
        <source>runtime overhead %1 GiB per GPU</source>
        <translation>runtime-overhead %1 GiB per GPU</translation>
    </message>
    <message>
        <source>%1 GPUs, %2; most loaded GPU %3 GiB</source>
        <translation>%1 GPU:er, %2; mest belastade GPU:n %3 GiB</translation>
    </message>
    <message>
        <source>full fine-tuning, mixed precision Adam: %1 bytes/parameter x %2 B parameters = %3 GiB of model states</source>
        <translation>full finjustering, Adam med blandad precision: %1 byte/parameter × %2 B parametrar = %3 GiB modelltillstånd</translation>
    </message>
    <message>
        <source>%1 base model %2 GiB; LoRA rank %3 on %4: %5 M parameters, 16 bytes each with Adam</source>
        <translation>basmodell i %1 %2 GiB; LoRA-rang %3 på %4: %5 M parametrar, 16 byte var med Adam</translation>
    </message>
    <message>
        <source>activations %1 GiB per GPU (sequence %2 x micro-batch %3, %4, logits included)</source>
        <translation>aktiveringar %1 GiB per GPU (sekvens %2 × mikrobatch %3, %4, logits inräknade)</translation>
    </message>
    <message>
        <source>ZeRO stage %1 over %2 GPUs</source>
        <translation>ZeRO-steg %1 över %2 GPU:er</translation>
    </message>
    <message>
        <source>MLA latent %1</source>
        <translation>MLA-latent %1</translation>
    </message>
    <message>
        <source>%1 KV heads x %2</source>
        <translation>%1 KV-huvuden x %2</translation>
    </message>
    <message>
        <source>Ollama GraphSize formula, no flash attention</source>
        <translation>Ollamas GraphSize-formel, utan flash attention</translation>
    </message>
    <message>
        <source>vLLM profiled activation peak, 1-3 GiB observed</source>
        <translation>vLLM:s uppmätta aktiveringstopp, 1–3 GiB observerat</translation>
    </message>
    <message>
        <source>one layer of the prompt chunk</source>
        <translation>ett lager av promptdelen</translation>
    </message>
    <message>
        <source>tensor parallel</source>
        <translation>tensorparallellt</translation>
    </message>
    <message>
        <source>layers split between GPUs</source>
        <translation>lagren fördelade mellan GPU:erna</translation>
    </message>
    <message>
        <source>all linear layers</source>
        <translation>alla linjära lager</translation>
    </message>
    <message>
        <source>attention layers</source>
        <translation>attention-lagren</translation>
    </message>
    <message>
        <source>gradient checkpointing</source>
        <translation>gradient checkpointing</translation>
    </message>
    <message>
        <source>no checkpointing</source>
        <translation>utan checkpointing</translation>
    </message>
</context>
<context>
    <name>MetricBarChart</name>
    <message>
        <source>%1: share of the best</source>
        <translation>%1: andel av det bästa</translation>
    </message>
    <message>
        <source>Figures side by side as a share of the best; for power, price and cost the lowest is the best</source>
        <translation>Värden sida vid sida som andel av det bästa; för effekt, pris och kostnad är lägst bäst</translation>
    </message>
    <message>
        <source>%1 side by side</source>
        <translation>%1 sida vid sida</translation>
    </message>
    <message>
        <source>%1 % of the best</source>
        <translation>%1 % av det bästa</translation>
    </message>
    <message>
        <source>% of the best</source>
        <translation>% av det bästa</translation>
    </message>
</context>
<context>
    <name>ModelEditDialog</name>
    <message>
        <source>Add a model</source>
        <translation>Lägg till en modell</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicera %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Placeholder of an empty count in the model form: the model has none of it</extracomment>
        <translation>inga</translation>
    </message>
    <message>
        <source>Multi-head (MHA)</source>
        <translation>Flerhuvud (MHA)</translation>
    </message>
    <message>
        <source>Grouped-query (GQA)</source>
        <translation>Grupperade frågor (GQA)</translation>
    </message>
    <message>
        <source>Multi-query (MQA)</source>
        <translation>En gemensam nyckel (MQA)</translation>
    </message>
    <message>
        <source>Multi-head latent (MLA)</source>
        <translation>Latent flerhuvud (MLA)</translation>
    </message>
    <message>
        <source>Gated: SwiGLU/GeGLU, 3 matrices</source>
        <translation>Grindad: SwiGLU/GeGLU, 3 matriser</translation>
    </message>
    <message>
        <source>Plain: GELU, 2 matrices</source>
        <translation>Enkel: GELU, 2 matriser</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>e.g. Llama 3.1 8B</source>
        <translation>t.ex. Llama 3.1 8B</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>lower-case letters, digits, . - _</source>
        <translation>gemener, siffror, . - _</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>Familj:</translation>
    </message>
    <message>
        <source>llama, qwen2, mixtral, …</source>
        <translation>llama, qwen2, mixtral, …</translation>
    </message>
    <message>
        <source>Hugging Face repository:</source>
        <translation>Hugging Face-förråd:</translation>
    </message>
    <message>
        <source>organisation/model</source>
        <translation>organisation/modell</translation>
    </message>
    <message>
        <source>Maximum context:</source>
        <translation>Största kontext:</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arkitektur</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Lager:</translation>
    </message>
    <message>
        <source>Hidden size:</source>
        <translation>Dold storlek:</translation>
    </message>
    <message>
        <source>Intermediate size:</source>
        <translation>Mellanstorlek:</translation>
    </message>
    <message>
        <source>Attention heads:</source>
        <translation>Attention-huvuden:</translation>
    </message>
    <message>
        <source>KV heads:</source>
        <translation>KV-huvuden:</translation>
    </message>
    <message>
        <source>Head dimension:</source>
        <translation>Huvuddimension:</translation>
    </message>
    <message>
        <source>Vocabulary:</source>
        <translation>Vokabulär:</translation>
    </message>
    <message>
        <source>Attention:</source>
        <translation>Attention:</translation>
    </message>
    <message>
        <source>Feed-forward:</source>
        <translation>Framåtkopplat lager:</translation>
    </message>
    <message>
        <source>Output head shares the embedding matrix</source>
        <translation>Utdatahuvudet delar inbäddningsmatrisen</translation>
    </message>
    <message>
        <source>Bias on the Q, K and V projections</source>
        <translation>Bias på Q-, K- och V-projektionerna</translation>
    </message>
    <message>
        <source>Sliding-window attention</source>
        <translation>Attention med glidande fönster</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fönster:</translation>
    </message>
    <message>
        <source>Layers using it:</source>
        <translation>Lager som använder det:</translation>
    </message>
    <message>
        <source>Mixture of experts</source>
        <translation>Expertblandning (MoE)</translation>
    </message>
    <message>
        <source>Experts in total:</source>
        <translation>Experter totalt:</translation>
    </message>
    <message>
        <source>Experts per token:</source>
        <translation>Experter per token:</translation>
    </message>
    <message>
        <source>Shared experts:</source>
        <translation>Delade experter:</translation>
    </message>
    <message>
        <source>Expert intermediate size:</source>
        <translation>Experternas mellanstorlek:</translation>
    </message>
    <message>
        <source>Leading dense layers:</source>
        <translation>Inledande täta lager:</translation>
    </message>
    <message>
        <source>Latent attention (MLA)</source>
        <translation>Latent attention (MLA)</translation>
    </message>
    <message>
        <source>Query LoRA rank:</source>
        <translation>LoRA-rang för frågor:</translation>
    </message>
    <message>
        <source>KV LoRA rank:</source>
        <translation>LoRA-rang för KV:</translation>
    </message>
    <message>
        <source>QK head dimension without RoPE:</source>
        <translation>QK-huvuddimension utan RoPE:</translation>
    </message>
    <message>
        <source>QK RoPE head dimension:</source>
        <translation>QK-huvuddimension med RoPE:</translation>
    </message>
    <message>
        <source>V head dimension:</source>
        <translation>V-huvuddimension:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Källor:</translation>
    </message>
    <message>
        <source>Where the figures come from, one per line: a link or a document</source>
        <translation>Var siffrorna kommer ifrån, en per rad: en länk eller ett dokument</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <source>Preview: what the architecture gives</source>
        <translation>Förhandsvisning: vad arkitekturen ger</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parametrar:</translation>
    </message>
    <message>
        <source>Active per token:</source>
        <translation>Aktiva per token:</translation>
    </message>
    <message>
        <source>Weights in FP16:</source>
        <translation>Vikter i FP16:</translation>
    </message>
    <message>
        <source>Weights in Q4_K_M:</source>
        <translation>Vikter i Q4_K_M:</translation>
    </message>
    <message>
        <source>KV cache for %1 tokens (FP16):</source>
        <translation>KV-cache för %1 token (FP16):</translation>
    </message>
    <message>
        <source>is already in the catalog: choose another id, or edit that model</source>
        <translation>finns redan i katalogen: välj ett annat id eller redigera den modellen</translation>
    </message>
    <message>
        <source>fill in the architecture fields marked in red</source>
        <translation>fyll i arkitekturfälten som är markerade med rött</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation>%1 miljarder</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>all (dense model)</source>
        <translation>alla (tät modell)</translation>
    </message>
</context>
<context>
    <name>NameResolver</name>
    <message>
        <source>no %1 given</source>
        <translation>ingen %1 angiven</translation>
    </message>
    <message>
        <source>no %1 matches &apos;%2&apos;</source>
        <translation>ingen %1 matchar &apos;%2&apos;</translation>
    </message>
    <message>
        <source>; did you mean one of these?
%1</source>
        <translation>; menade du något av dessa?
%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 entries; give one of these ids:
%3</source>
        <translation>&apos;%1&apos; matchar %2 poster; ange ett av dessa id:
%3</translation>
    </message>
</context>
<context>
    <name>PracticalChecks</name>
    <message>
        <source>power draw unknown: cannot size the power supply</source>
        <translation>effektuttag okänt: kan inte dimensionera nätaggregatet</translation>
    </message>
    <message>
        <source>your %1 W power supply covers %2 W with headroom</source>
        <translation>ditt nätaggregat på %1 W klarar %2 W med marginal</translation>
    </message>
    <message>
        <source>your %1 W power supply covers %2 W but without the 20 % headroom (%3 W advised)</source>
        <translation>ditt nätaggregat på %1 W klarar %2 W men utan 20 % marginal (%3 W rekommenderas)</translation>
    </message>
    <message>
        <source>your %1 W power supply is below the %2 W load; %3 W advised</source>
        <translation>ditt nätaggregat på %1 W räcker inte för lasten på %2 W; %3 W rekommenderas</translation>
    </message>
    <message>
        <source>%1 W in all: a server&apos;s power supplies, not a desktop PSU</source>
        <translation>%1 W totalt: kräver en servers nätaggregat, inte ett vanligt PC-nätaggregat</translation>
    </message>
    <message>
        <source>%1 W under load: more than one 10 A circuit at 230 V carries (2300 W)</source>
        <translation>%1 W under last: mer än vad en grupp med 10 A-säkring på 230 V klarar (2300 W)</translation>
    </message>
    <message>
        <source>needs %1 W of power supply: more than the largest common ATX PSUs (1600 W); use two PSUs or a server</source>
        <translation>behöver %1 W nätaggregat: mer än de största vanliga ATX-nätaggregaten (1600 W); använd två nätaggregat eller en server</translation>
    </message>
    <message>
        <source>needs a power supply of at least %1 W (%2 W load)</source>
        <translation>behöver ett nätaggregat på minst %1 W (%2 W last)</translation>
    </message>
    <message>
        <source>powered inside the computer: no GPU cables</source>
        <translation>strömförsörjs inuti datorn: inga GPU-kablar</translation>
    </message>
    <message>
        <source>%1 module: needs a server baseboard, not a PCIe slot</source>
        <translation>%1-modul: kräver ett serverbaskort, inte en PCIe-plats</translation>
    </message>
    <message>
        <source>power draw unknown</source>
        <translation>effektuttag okänt</translation>
    </message>
    <message>
        <source>%1 W: the PCIe slot&apos;s 75 W is enough, no cables</source>
        <translation>%1 W: PCIe-platsens 75 W räcker, inga kablar</translation>
    </message>
    <message>
        <source>%1 W: more than one 12V-2x6 connector and the slot deliver (675 W)</source>
        <translation>%1 W: mer än vad en 12V-2x6-kontakt och PCIe-platsen levererar (675 W)</translation>
    </message>
    <message>
        <source>%1 W: %2 x 8-pin (150 W each) or one 12V-2x6 (600 W) per card, as the card has</source>
        <translation>%1 W: %2 × 8-pin (150 W vardera) eller en 12V-2x6 (600 W) per kort, beroende på kortet</translation>
    </message>
    <message>
        <source>cooled by the computer it is built into</source>
        <translation>kyls av datorn den sitter i</translation>
    </message>
    <message>
        <source>datacenter class: %1 W of heat for a server room&apos;s forced air or liquid cooling</source>
        <translation>datacenterklass: %1 W värme för serverrummets forcerade luft- eller vätskekylning</translation>
    </message>
    <message>
        <source>server class: passively cooled, needs a chassis with forced airflow</source>
        <translation>serverklass: passivt kyld, kräver ett chassi med forcerat luftflöde</translation>
    </message>
    <message>
        <source>%1 W of heat: like a space heater; plan for the room&apos;s cooling</source>
        <translation>%1 W värme: som ett värmeelement; planera för rummets kylning</translation>
    </message>
    <message>
        <source>high-airflow class: %1 W per card throttles in a cramped case; leave space between cards</source>
        <translation>klass med högt luftflöde: %1 W per kort stryps i en trång datorlåda; lämna utrymme mellan korten</translation>
    </message>
    <message>
        <source>high-airflow class: %1 W needs a well-ventilated case</source>
        <translation>klass med högt luftflöde: %1 W kräver en välventilerad datorlåda</translation>
    </message>
    <message>
        <source>ordinary class: %1 W, normal case airflow will do</source>
        <translation>vanlig klass: %1 W, normalt luftflöde i datorlådan räcker</translation>
    </message>
    <message>
        <source>software stack unknown</source>
        <translation>mjukvarustack okänd</translation>
    </message>
    <message>
        <source>%1 runs well on %2</source>
        <translation>%1 fungerar bra på %2</translation>
    </message>
    <message>
        <source>%1 runs on ROCm but lags CUDA: check that your ROCm version supports this card and engine</source>
        <translation>%1 körs på ROCm men ligger efter CUDA: kontrollera att din ROCm-version stöder det här kortet och motorn</translation>
    </message>
    <message>
        <source>%1 runs on %2, with fewer features and users than on CUDA</source>
        <translation>%1 körs på %2, med färre funktioner och användare än på CUDA</translation>
    </message>
    <message>
        <source>%1 on %2 is experimental or partial: expect gaps</source>
        <translation>%1 på %2 är experimentellt eller ofullständigt: räkna med luckor</translation>
    </message>
    <message>
        <source>%1 does not run on %2</source>
        <translation>%1 körs inte på %2</translation>
    </message>
</context>
<context>
    <name>PricePerformanceChart</name>
    <message>
        <source>tokens/s</source>
        <translation>token/s</translation>
    </message>
    <message>
        <source>TFLOPS</source>
        <translation>TFLOPS</translation>
    </message>
    <message>
        <source>Price against tokens per second for %1</source>
        <translation>Pris mot token per sekund för %1</translation>
    </message>
    <message>
        <source>Price against FP16 throughput</source>
        <translation>Pris mot FP16-prestanda</translation>
    </message>
    <message>
        <source>Other GPUs in the table</source>
        <translation>Övriga GPU:er i tabellen</translation>
    </message>
    <message>
        <source>Efficient frontier</source>
        <translation>Effektiv front</translation>
    </message>
    <message>
        <source>Tokens per second, logarithmic</source>
        <translation>Token per sekund, logaritmisk</translation>
    </message>
    <message>
        <source>FP16 tensor throughput (TFLOPS, logarithmic)</source>
        <translation>FP16-tensorprestanda (TFLOPS, logaritmisk)</translation>
    </message>
    <message>
        <source>Price (%1, logarithmic)</source>
        <extracomment>%1 is the currency chosen in the settings: SEK, EUR or USD</extracomment>
        <translation>Pris (%1, logaritmisk)</translation>
    </message>
</context>
<context>
    <name>PriceUpdateDialog</name>
    <message>
        <source>Set street prices</source>
        <translation>Sätt gatupriser</translation>
    </message>
    <message numerus="yes">
        <source>Type the new price, in Swedish kronor with VAT, of each of these %n GPU(s) whose price you want to change; leave the others empty. All of them are saved together, or none.</source>
        <translation>
            <numerusform>Skriv det nya priset, i kronor med moms, för den här GPU:n om du vill ändra det. Alla priser sparas tillsammans, eller inget.</numerusform>
            <numerusform>Skriv det nya priset, i kronor med moms, för var och en av de här %n GPU:erna vars pris du vill ändra; lämna de andra tomma. Alla sparas tillsammans, eller inget.</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Current price</source>
        <translation>Nuvarande pris</translation>
    </message>
    <message>
        <source>Price date</source>
        <translation>Prisdatum</translation>
    </message>
    <message>
        <source>Date of the new prices:</source>
        <translation>Datum för de nya priserna:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; är inget tal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New price (SEK)</source>
        <translation>Nytt pris (kr)</translation>
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
    <name>Recommender</name>
    <message>
        <source>%1 per million tokens</source>
        <translation>%1 per miljon token</translation>
    </message>
    <message>
        <source>%1 per token/s</source>
        <translation>%1 per token/s</translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n year(s)</source>
        <translation>
            <numerusform>%1 under %n år</numerusform>
            <numerusform>%1 under %n år</numerusform>
        </translation>
    </message>
    <message>
        <source>ranked last: its speed for this model is unknown</source>
        <translation>rankad sist: hastigheten för den här modellen är okänd</translation>
    </message>
    <message>
        <source>cheapest: %1</source>
        <translation>billigast: %1</translation>
    </message>
    <message>
        <source>%1, %2 % more than the first</source>
        <translation>%1, %2 % mer än förstaplatsen</translation>
    </message>
    <message>
        <source>; the article names it for %1</source>
        <translation>; artikeln nämner den för %1</translation>
    </message>
    <message>
        <source>; fails an item of the article&apos;s checklist</source>
        <translation>; underkänd på en punkt i artikelns checklista</translation>
    </message>
    <message>
        <source>; a warning on the article&apos;s checklist</source>
        <translation>; en varning i artikelns checklista</translation>
    </message>
    <message>
        <source>40-80 GB per card, multi-GPU</source>
        <translation>40–80 GB per kort, flera GPU:er</translation>
    </message>
    <message>
        <source>16-24 GB</source>
        <translation>16–24 GB</translation>
    </message>
    <message>
        <source>on demand, high VRAM</source>
        <translation>on demand, mycket VRAM</translation>
    </message>
    <message>
        <source>%1 needs %2 cards; up to 8 (one node) are considered</source>
        <translation>%1 behöver %2 kort; högst 8 (en nod) tas med</translation>
    </message>
    <message>
        <source>%1: no count up to 64 of this GPU holds the model</source>
        <translation>%1: inget antal upp till 64 av den här GPU:n rymmer modellen</translation>
    </message>
    <message>
        <source>%1: the model does not fit</source>
        <translation>%1: modellen får inte plats</translation>
    </message>
    <message>
        <source>%1: %2 is over the budget</source>
        <translation>%1: %2 överskrider budgeten</translation>
    </message>
    <message>
        <source>a cloud API</source>
        <translation>ett moln-API</translation>
    </message>
    <message>
        <source>nothing in the catalog fits this model within the limits given</source>
        <translation>inget i katalogen klarar den här modellen inom de angivna gränserna</translation>
    </message>
    <message>
        <source>rent instead: %1 costs %2 per million tokens, owning at best %3 at this utilisation</source>
        <translation>hyr i stället: %1 kostar %2 per miljon token, egna kort i bästa fall %3 vid den här nyttjandegraden</translation>
    </message>
    <message>
        <source>rent instead: %1 costs %2 per million tokens</source>
        <translation>hyr i stället: %1 kostar %2 per miljon token</translation>
    </message>
    <message>
        <source>best choice: %1 (%2)</source>
        <translation>bästa val: %1 (%2)</translation>
    </message>
    <message>
        <source>no cloud price is known for a configuration that fits</source>
        <translation>inget molnpris är känt för en konfiguration där modellen får plats</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Valuta och moms</translation>
    </message>
    <message>
        <source>Swedish kronor (SEK)</source>
        <translation>Svenska kronor (SEK)</translation>
    </message>
    <message>
        <source>Euro (EUR)</source>
        <translation>Euro (EUR)</translation>
    </message>
    <message>
        <source>US dollars (USD)</source>
        <translation>Amerikanska dollar (USD)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>SEK per USD</source>
        <translation>Kronor per USD</translation>
    </message>
    <message>
        <source>Exchange rate for US prices (launch prices, cloud and API).</source>
        <translation>Växelkurs för amerikanska priser (lanseringspriser, moln och API).</translation>
    </message>
    <message>
        <source>SEK per EUR</source>
        <translation>Kronor per EUR</translation>
    </message>
    <message>
        <source>Rates dated</source>
        <translation>Kursernas datum</translation>
    </message>
    <message>
        <source>Prices include VAT (private buyer)</source>
        <translation>Priserna inkluderar moms (privatperson)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Running the GPUs</source>
        <translation>Drift av GPU:erna</translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation>Elpris</translation>
    </message>
    <message>
        <source> SEK/kWh</source>
        <translation> kr/kWh</translation>
    </message>
    <message>
        <source>What you pay per kWh, with grid fees and VAT.</source>
        <translation>Vad du betalar per kWh, inklusive nätavgift och moms.</translation>
    </message>
    <message>
        <source>Hours a day</source>
        <translation>Timmar per dygn</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours a day the machine runs the workload.</source>
        <translation>Timmar per dygn som datorn kör arbetsbelastningen.</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Nyttjandegrad</translation>
    </message>
    <message>
        <source>Share of those hours the GPUs are busy.</source>
        <translation>Andel av de timmarna som GPU:erna arbetar.</translation>
    </message>
    <message>
        <source>PUE (cooling overhead)</source>
        <translation>PUE (extra för kylning)</translation>
    </message>
    <message>
        <source>Power of the whole site divided by the power of the computers: 1.0 at home, 1.1-1.6 in data centres.</source>
        <translation>Hela anläggningens effekt delad med datorernas effekt: 1,0 hemma, 1,1–1,6 i datacenter.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Years of ownership</source>
        <translation>Ägandetid</translation>
    </message>
    <message>
        <source>Resale value</source>
        <translation>Andrahandsvärde</translation>
    </message>
    <message>
        <source>Share of the purchase price you get back at the end.</source>
        <translation>Andel av inköpspriset som du får tillbaka i slutet.</translation>
    </message>
    <message>
        <source>Host computer</source>
        <translation>Värddator</translation>
    </message>
    <message>
        <source> SEK</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>Price of the rest of the machine per node; 0 if the cards go into a computer you already have.</source>
        <translation>Pris för resten av datorn per nod; 0 om korten sätts i en dator du redan har.</translation>
    </message>
    <message>
        <source>Host power</source>
        <translation>Värddatorns effekt</translation>
    </message>
    <message>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <source>Cloud API</source>
        <translation>Moln-API</translation>
    </message>
    <message>
        <source>Use my own API price</source>
        <translation>Använd mitt eget API-pris</translation>
    </message>
    <message>
        <source>Otherwise a reference price for the model&apos;s size is used.</source>
        <translation>Annars används ett referenspris för modellens storlek.</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Indatatoken</translation>
    </message>
    <message>
        <source> USD per M</source>
        <translation> USD per M</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Utdatatoken</translation>
    </message>
    <message>
        <source>your setting</source>
        <translation>din inställning</translation>
    </message>
</context>
<context>
    <name>ShortlistCharts</name>
    <message>
        <source>Tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>The items side by side for %1</source>
        <extracomment>Title of the report&apos;s chart; %1 is the model of the workload</extracomment>
        <translation>Posterna sida vid sida för %1</translation>
    </message>
    <message numerus="yes">
        <source>Cumulative cost over %n year(s)</source>
        <translation>
            <numerusform>Sammanlagd kostnad över %n år</numerusform>
            <numerusform>Sammanlagd kostnad över %n år</numerusform>
        </translation>
    </message>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>%1 (cost unknown)</source>
        <extracomment>Chart legend: the item&apos;s cost could not be worked out; %1 is the GPU</extracomment>
        <translation>%1 (kostnad okänd)</translation>
    </message>
    <message>
        <source>Renting the same cards</source>
        <translation>Hyra samma kort i molnet</translation>
    </message>
    <message>
        <source>Purchase (%1)</source>
        <extracomment>Chart title; %1 is the currency&apos;s code (SEK, EUR, USD)</extracomment>
        <translation>Inköp (%1)</translation>
    </message>
    <message numerus="yes">
        <source>TCO over %n year(s) (%1)</source>
        <extracomment>Chart title; %1 is the currency&apos;s code (SEK, EUR, USD)</extracomment>
        <translation>
            <numerusform>TCO över %n år (%1)</numerusform>
            <numerusform>TCO över %n år (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortlistDock</name>
    <message>
        <source>Shortlist written to %1</source>
        <translation>Inköpslistan skrevs till %1</translation>
    </message>
    <message>
        <source>My shortlist</source>
        <extracomment>Name of the list made when the user adds a GPU before making any list</extracomment>
        <translation>Min inköpslista</translation>
    </message>
    <message>
        <source>Delete the shortlist</source>
        <translation>Ta bort inköpslistan</translation>
    </message>
    <message numerus="yes">
        <source>Delete the shortlist &apos;%1&apos; and its %n item(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Ta bort inköpslistan &apos;%1&apos; och dess %n post? Det går inte att ångra.</numerusform>
            <numerusform>Ta bort inköpslistan &apos;%1&apos; och dess %n poster? Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n GPU(s) of the list are compared.</source>
        <translation>
            <numerusform>Listans första GPU jämförs.</numerusform>
            <numerusform>Listans första %n GPU:er jämförs.</numerusform>
        </translation>
    </message>
    <message>
        <source>New shortlist</source>
        <translation>Ny inköpslista</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Listans namn:</translation>
    </message>
    <message>
        <source>Rename the shortlist</source>
        <translation>Byt namn på inköpslistan</translation>
    </message>
    <message>
        <source>New name of the list:</source>
        <translation>Listans nya namn:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Suggested name of a copy of a shortlist; %1 is the list&apos;s name</extracomment>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Duplicate the shortlist</source>
        <translation>Kopiera inköpslistan</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Kopians namn:</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Inköpslista</translation>
    </message>
    <message>
        <source>No shortlist yet: add a GPU from the table (Ctrl+Shift+L) or make a new list.</source>
        <translation>Ingen inköpslista än: lägg till en GPU från tabellen (Ctrl+Shift+L) eller gör en ny lista.</translation>
    </message>
    <message>
        <source>The list is empty: add GPUs from the table&apos;s context menu, the details or the comparison (Ctrl+Shift+L).</source>
        <translation>Listan är tom: lägg till GPU:er från tabellens snabbmeny, detaljerna eller jämförelsen (Ctrl+Shift+L).</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n card(s), purchase %1, electricity %2 a year</source>
        <translation>
            <numerusform>Totalt: %n kort, inköp %1, el %2 per år</numerusform>
            <numerusform>Totalt: %n kort, inköp %1, el %2 per år</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TCO over %n year(s) %1</source>
        <translation>
            <numerusform>TCO över %n år %1</numerusform>
            <numerusform>TCO över %n år %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(without the figures that are unknown)</source>
        <translation>(utan de siffror som är okända)</translation>
    </message>
    <message>
        <source>L&amp;ist:</source>
        <translation>L&amp;ista:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>K&amp;opiera…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>C&amp;ompare the list</source>
        <translation>&amp;Jämför listan</translation>
    </message>
    <message>
        <source>Show the list&apos;s GPUs side by side in the Compare tab</source>
        <translation>Visa listans GPU:er sida vid sida under fliken Jämför</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportera</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta n&amp;ed</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta bort u&amp;r listan</translation>
    </message>
    <message>
        <source>Take the selected GPU off the list (Delete)</source>
        <translation>Ta bort den markerade GPU:n ur listan (Delete)</translation>
    </message>
    <message>
        <source>Drag a row to reorder; double-click the quantity or the note to edit</source>
        <translation>Dra en rad för att ändra ordningen; dubbelklicka på antalet eller anteckningen för att ändra</translation>
    </message>
    <message numerus="yes">
        <source>Imported the shortlist &apos;%1&apos; with %n GPU(s).</source>
        <translation>
            <numerusform>Importerade inköpslistan &apos;%1&apos; med %n GPU.</numerusform>
            <numerusform>Importerade inköpslistan &apos;%1&apos; med %n GPU:er.</numerusform>
        </translation>
    </message>
    <message>
        <source>Impor&amp;t…</source>
        <extracomment>Button of the shortlist dock: a new list from a JSON file</extracomment>
        <translation>I&amp;mportera…</translation>
    </message>
    <message>
        <source>Make a new list from a shortlist exported as JSON</source>
        <translation>Gör en ny lista av en inköpslista som exporterats som JSON</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n card(s); no price is known for any of them (Catalog &gt; Set prices of the shown GPUs)</source>
        <translation>
            <numerusform>Totalt: %n kort; inget pris är känt för det (Katalog &gt; Sätt priser på de visade GPU:erna)</numerusform>
            <numerusform>Totalt: %n kort; inget pris är känt för något av dem (Katalog &gt; Sätt priser på de visade GPU:erna)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n card(s); no cost is known for any of them: each lacks a price or a number of cards (set a quantity)</source>
        <translation>
            <numerusform>Totalt: %n kort; ingen kostnad är känd för det: det saknar pris eller antal kort (ange ett antal)</numerusform>
            <numerusform>Totalt: %n kort; ingen kostnad är känd för något av dem: vart och ett saknar pris eller antal kort (ange ett antal)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortlistExportMenu</name>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV för kalkylblad (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Webbsida (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-rapport (*.pdf)</translation>
    </message>
    <message>
        <source>Export the shortlist</source>
        <translation>Exportera inköpslistan</translation>
    </message>
    <message>
        <source>The shortlist could not be written.

%1</source>
        <translation>Inköpslistan kunde inte skrivas.

%1</translation>
    </message>
    <message>
        <source>Print the shortlist</source>
        <translation>Skriv ut inköpslistan</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>&amp;CSV for spreadsheets…</source>
        <translation>&amp;CSV för kalkylblad…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Web page (HTML)…</source>
        <translation>&amp;Webbsida (HTML)…</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>&amp;PDF-rapport…</translation>
    </message>
    <message>
        <source>CSV &amp;separator</source>
        <translation>CSV-&amp;avgränsare</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>P&amp;rint the report…</source>
        <translation>Skriv &amp;ut rapporten…</translation>
    </message>
</context>
<context>
    <name>ShortlistExporter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>kan inte skriva: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>The totals row of a shortlist</extracomment>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>incomplete: some figures are unknown</source>
        <translation>ofullständigt: vissa värden är okända</translation>
    </message>
    <message>
        <source>Shortlist: %1</source>
        <extracomment>Title of an exported shortlist; %1 is its name</extracomment>
        <translation>Inköpslista: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Workload: %1</source>
        <translation>Arbetsbelastning: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>kan inte skriva filen: %1</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written</source>
        <extracomment>%1 and %2 are byte counts; the disk is full or a file size limit was reached</extracomment>
        <translation>bara %1 av %2 byte kunde skrivas</translation>
    </message>
</context>
<context>
    <name>ShortlistHtml</name>
    <message>
        <source>pass</source>
        <extracomment>Checklist status</extracomment>
        <translation>godkänd</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>underkänd</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>Workload and assumptions</source>
        <translation>Arbetsbelastning och antaganden</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbetsbelastning</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Användningsområde</translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation>Elpris</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1 per kWh</translation>
    </message>
    <message>
        <source>Hours a day</source>
        <translation>Timmar per dygn</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Nyttjandegrad</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Years of ownership</source>
        <translation>Ägandetid (år)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>included, %1%</source>
        <translation>ingår, %1 %</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ej medräknad</translation>
    </message>
    <message>
        <source>Resale value after the period</source>
        <translation>Andrahandsvärde efter perioden</translation>
    </message>
    <message>
        <source>Host per node</source>
        <translation>Värddator per nod</translation>
    </message>
    <message>
        <source>%1, %2 W, %3 cards per node</source>
        <translation>%1, %2 W, %3 kort per nod</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Växelkurser</translation>
    </message>
    <message>
        <source>%1 SEK per USD, %2 SEK per EUR (%3)</source>
        <translation>%1 kr per USD, %2 kr per EUR (%3)</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>version %1 från %2</translation>
    </message>
    <message>
        <source>Price of %1</source>
        <extracomment>%1 price, %2 its date; the price is a USD price converted when %3 says so</extracomment>
        <translation>Pris för %1</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source>, converted from USD</source>
        <translation>, omräknat från USD</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU:er</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>incomplete: some figures are unknown</source>
        <translation>ofullständigt: vissa värden är okända</translation>
    </message>
    <message>
        <source>Checklist per GPU (%1)</source>
        <translation>Checklista per GPU (%1)</translation>
    </message>
    <message>
        <source>No checklist: the GPU is no longer in the catalog.</source>
        <translation>Ingen checklista: GPU:n finns inte längre i katalogen.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Shortlist: %1</source>
        <extracomment>Title of a shortlist report; %1 is the shortlist&apos;s name</extracomment>
        <translation>Inköpslista: %1</translation>
    </message>
    <message>
        <source>Made by GPU Advisor on %1</source>
        <translation>Skapad av GPU Advisor %1</translation>
    </message>
</context>
<context>
    <name>ShortlistImport</name>
    <message>
        <source>Import a shortlist</source>
        <translation>Importera en inköpslista</translation>
    </message>
    <message>
        <source>Shortlist exported as JSON (*.json)</source>
        <extracomment>File dialog filter; the pattern in parentheses stays as it is</extracomment>
        <translation>Inköpslista exporterad som JSON (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Filen %1 kunde inte läsas: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… och %n till (se detaljerna).</numerusform>
            <numerusform>… och %n till (se detaljerna).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No shortlist was made from %1: the file has %n problem(s).</source>
        <extracomment>%1 is the file&apos;s name; the problems are listed under this sentence</extracomment>
        <translation>
            <numerusform>Ingen inköpslista gjordes av %1: filen har %n problem.</numerusform>
            <numerusform>Ingen inköpslista gjordes av %1: filen har %n problem.</numerusform>
        </translation>
    </message>
    <message>
        <source>No shortlist was made from %1: %2</source>
        <translation>Ingen inköpslista gjordes av %1: %2</translation>
    </message>
    <message>
        <source>There is already a shortlist named &apos;%1&apos;.
Name of the imported list:</source>
        <extracomment>%1 is the name of a shortlist, as given in the imported file</extracomment>
        <translation>Det finns redan en inköpslista som heter &apos;%1&apos;.
Namn på den importerade listan:</translation>
    </message>
</context>
<context>
    <name>ShortlistItemModel</name>
    <message>
        <source>Double-click to set how many cards; 0 buys as many as the workload needs.</source>
        <translation>Dubbelklicka för att ange antal kort; 0 köper så många som arbetsbelastningen behöver.</translation>
    </message>
</context>
<context>
    <name>ShortlistJsonReader</name>
    <message>
        <source>must be null (as many as the workload needs) or a whole number from 1 to %1</source>
        <extracomment>%1 is the largest quantity; null is the JSON word, not to be translated</extracomment>
        <translation>måste vara null (så många som arbetsbelastningen behöver) eller ett heltal från 1 till %1</translation>
    </message>
    <message>
        <source>must be an object with gpu_id, quantity and note</source>
        <translation>måste vara ett objekt med gpu_id, quantity och note</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>must be the id of a GPU, as text</source>
        <translation>måste vara ett GPU-id, som text</translation>
    </message>
    <message>
        <source>the catalog has no GPU with the id &apos;%1&apos;</source>
        <extracomment>%1 is a GPU id</extracomment>
        <translation>katalogen har ingen GPU med id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>is missing (null for as many as the workload needs)</source>
        <translation>saknas (null för så många som arbetsbelastningen behöver)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>måste vara text</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <extracomment>%1 is Qt&apos;s description of the syntax error</extracomment>
        <translation>inte giltig JSON: %1</translation>
    </message>
    <message>
        <source>a shortlist file holds one JSON object</source>
        <translation>en inköpslistefil innehåller ett JSON-objekt</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot; (this is not a shortlist exported by GPU Advisor)</source>
        <extracomment>%1 is the schema name, as written in the file</extracomment>
        <translation>måste vara &quot;%1&quot; (detta är ingen inköpslista exporterad av GPU Advisor)</translation>
    </message>
    <message>
        <source>must be a schema version, a whole number from 1</source>
        <translation>måste vara en schemaversion, ett heltal från 1</translation>
    </message>
    <message>
        <source>the file is of schema version %1, made by a newer version of GPU Advisor; this version reads up to version %2</source>
        <extracomment>%1 is the file&apos;s schema version, %2 the newest this version of the app reads</extracomment>
        <translation>filen har schemaversion %1 och är gjord av en nyare version av GPU Advisor; den här versionen läser upp till version %2</translation>
    </message>
    <message>
        <source>must be the shortlist&apos;s name, as text</source>
        <translation>måste vara inköpslistans namn, som text</translation>
    </message>
    <message>
        <source>must be a list of items</source>
        <translation>måste vara en lista med poster</translation>
    </message>
</context>
<context>
    <name>ShortlistPdf</name>
    <message>
        <source>Shortlist: %1</source>
        <extracomment>Document title stored in the PDF&apos;s metadata; %1 is the shortlist&apos;s name</extracomment>
        <translation>Inköpslista: %1</translation>
    </message>
</context>
<context>
    <name>ShortlistReport</name>
    <message>
        <source>%1 (missing from the catalog)</source>
        <extracomment>A shortlist item whose GPU a catalog update removed; %1 is the GPU&apos;s id</extracomment>
        <translation>%1 (saknas i katalogen)</translation>
    </message>
    <message>
        <source>as needed</source>
        <extracomment>Shortlist quantity: as many cards as the current workload needs</extracomment>
        <translation>efter behov</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>A shortlist item whose GPU is no longer in the catalog</extracomment>
        <translation>saknas</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Column: the item&apos;s place in the shortlist</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>GPU id</source>
        <translation>GPU-id</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Cards</source>
        <extracomment>Column: cards bought (the quantity, or what the workload needs)</extracomment>
        <translation>Kort</translation>
    </message>
    <message>
        <source>GPUs needed</source>
        <translation>GPU:er som behövs</translation>
    </message>
    <message>
        <source>Holds the workload</source>
        <extracomment>Column: whether the cards bought hold the workload&apos;s model</extracomment>
        <translation>Räcker för arbetsbelastningen</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>%1, %2, %3, context %4 tokens, batch %5, engine %6</source>
        <extracomment>%1 model, %2 workload (inference, lora, ...), %3 weight format, %4 context tokens, %5 batch, %6 engine</extracomment>
        <translation>%1, %2, %3, kontext %4 token, batch %5, motor %6</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <extracomment>Column; %1 is the currency&apos;s code (SEK, EUR, USD)</extracomment>
        <translation>Styckpris (%1)</translation>
    </message>
    <message>
        <source>Purchase (%1)</source>
        <translation>Inköp (%1)</translation>
    </message>
    <message>
        <source>Electricity per year (%1)</source>
        <translation>El per år (%1)</translation>
    </message>
    <message>
        <source>TCO %1 years (%2)</source>
        <extracomment>Column; %1 is the years of ownership, %2 the currency&apos;s code (SEK, EUR, USD)</extracomment>
        <translation>TCO %1 år (%2)</translation>
    </message>
</context>
<context>
    <name>ShortlistRepository</name>
    <message>
        <source>shortlists: %1</source>
        <translation>inköpslistor: %1</translation>
    </message>
    <message>
        <source>there is no such shortlist</source>
        <translation>det finns ingen sådan inköpslista</translation>
    </message>
    <message>
        <source>a shortlist needs a name</source>
        <translation>en inköpslista behöver ett namn</translation>
    </message>
    <message>
        <source>there is already a shortlist named &apos;%1&apos;</source>
        <translation>det finns redan en inköpslista som heter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the quantity must be at least 1</source>
        <translation>antalet måste vara minst 1</translation>
    </message>
    <message>
        <source>cannot begin a transaction</source>
        <translation>kan inte påbörja en transaktion</translation>
    </message>
    <message>
        <source>the new order does not hold the list&apos;s items</source>
        <translation>den nya ordningen innehåller inte listans poster</translation>
    </message>
    <message>
        <source>the item is not in this shortlist</source>
        <translation>posten finns inte i den här inköpslistan</translation>
    </message>
</context>
<context>
    <name>SpeedEstimator</name>
    <message>
        <source>decode reads %1 GB per step (weights %2 GB, KV %3 GB) at %4 GB/s x %5 efficiency + %6 us per layer (%7)</source>
        <translation>avkodningen läser %1 GB per steg (vikter %2 GB, KV %3 GB) med %4 GB/s × %5 effektivitet + %6 µs per lager (%7)</translation>
    </message>
    <message>
        <source>MoE: %1 of %2 experts per token; %3 B active parameters</source>
        <translation>MoE: %1 av %2 experter per token; %3 B aktiva parametrar</translation>
    </message>
    <message>
        <source>corrected x%1 from your measurements on this GPU and engine</source>
        <translation>korrigerat ×%1 utifrån dina mätningar på den här GPU:n och motorn</translation>
    </message>
    <message>
        <source>prefill of %1 tokens: %2 TFLOP at %3 TFLOPS x %4 utilisation</source>
        <translation>promptinläsning av %1 token: %2 TFLOP med %3 TFLOPS × %4 nyttjandegrad</translation>
    </message>
    <message>
        <source>training %1 M tokens: %2 x N x D = %3 PFLOP at %4 GPU(s) x %5 TFLOPS x MFU %6</source>
        <translation>träning på %1 M token: %2 × N × D = %3 PFLOP med %4 GPU × %5 TFLOPS × MFU %6</translation>
    </message>
</context>
<context>
    <name>UseCase</name>
    <message>
        <source>local inference</source>
        <translation>lokal inferens</translation>
    </message>
    <message>
        <source>local fine-tuning</source>
        <translation>lokal finjustering</translation>
    </message>
    <message>
        <source>large-model training</source>
        <translation>träning av stora modeller</translation>
    </message>
    <message>
        <source>cloud scaling</source>
        <translation>skalning i molnet</translation>
    </message>
</context>
<context>
    <name>WorkloadPanel</name>
    <message>
        <source>%1 B, %2 B active</source>
        <translation>%1 B, %2 B aktiva</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>Add a model from its Hugging Face config.json</source>
        <translation>Lägg till en modell från dess config.json från Hugging Face</translation>
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation>A&amp;rbetsbelastning</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inferens</translation>
    </message>
    <message>
        <source>LoRA fine-tuning</source>
        <translation>LoRA-finjustering</translation>
    </message>
    <message>
        <source>QLoRA fine-tuning</source>
        <translation>QLoRA-finjustering</translation>
    </message>
    <message>
        <source>Full fine-tuning</source>
        <translation>Full finjustering</translation>
    </message>
    <message>
        <source>&amp;Precision</source>
        <translation>&amp;Precision</translation>
    </message>
    <message>
        <source>How the weights are stored. GGUF types (Q4_K_M ...) are llama.cpp files; INT4 is GPTQ/AWQ; NF4 is bitsandbytes (QLoRA).</source>
        <translation>Hur vikterna lagras. GGUF-typer (Q4_K_M ...) är llama.cpp-filer; INT4 är GPTQ/AWQ; NF4 är bitsandbytes (QLoRA).</translation>
    </message>
    <message>
        <source>&amp;Context (tokens)</source>
        <translation>&amp;Kontext (token)</translation>
    </message>
    <message>
        <source>Tokens per sequence: prompt and answer together; for training, the sequence length.</source>
        <translation>Token per sekvens: prompt och svar tillsammans; vid träning sekvenslängden.</translation>
    </message>
    <message>
        <source>Concurrent &amp;users</source>
        <translation>Samtidiga a&amp;nvändare</translation>
    </message>
    <message>
        <source>Sequences processed at once: users served together, or the micro-batch in training.</source>
        <translation>Sekvenser som bearbetas samtidigt: användare som betjänas tillsammans, eller mikrobatchen vid träning.</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>M&amp;otor</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Automatic picks llama.cpp for GGUF files and GPUs without CUDA or ROCm, vLLM otherwise; Transformers or DeepSpeed for training.</source>
        <translation>Automatisk väljer llama.cpp för GGUF-filer och GPU:er utan CUDA eller ROCm, annars vLLM; Transformers eller DeepSpeed för träning.</translation>
    </message>
    <message>
        <source>Import…</source>
        <extracomment>The button beside the model list that adds a model from a config.json</extracomment>
        <translation>Importera…</translation>
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
