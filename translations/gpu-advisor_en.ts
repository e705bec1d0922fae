<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BreakEvenCalculator</name>
    <message>
        <source>never: running your own cards costs at least as much each month as the alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owning pays off after %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owning pays off only after %1 months, later than the %2 months you plan to keep the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cloud price per GPU-hour is known for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never: the model does not fit in these cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generation speed is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never: the electricity per token alone costs at least the API&apos;s price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundledCatalog</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s): %1)</source>
        <translation>
            <numerusform> (and %n more problem: %1)</numerusform>
            <numerusform> (and %n more problems: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a version above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogCsv</name>
    <message>
        <source>&apos;%1&apos; is not a number (use a decimal point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required and must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (lower-case letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of consumer, workstation, datacenter, soc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of mha, gqa, mqa, mla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not gated or plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is already used on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <source>&amp;Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add GPU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit GPU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert GPU to bundled values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;prices of the shown GPUs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate m&amp;odel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mode&amp;l…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog was not changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>The name of a duplicated GPU or model until the user renames it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1. %2 brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to bundled values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>setting %n price(s)</source>
        <translation>
            <numerusform>setting %n price</numerusform>
            <numerusform>setting %n prices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the street price of %n GPU(s).</source>
        <translation>
            <numerusform>Set the street price of %n GPU.</numerusform>
            <numerusform>Set the street prices of %n GPUs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupli&amp;cate GPU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert model to &amp;bundled values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring bac&amp;k deleted GPUs and models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back deleted rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>bringing back %n deleted row(s)</source>
        <translation>
            <numerusform>bringing back %n deleted row</numerusform>
            <numerusform>bringing back %n deleted rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %n deleted row(s).</source>
        <translation>
            <numerusform>Brought back %n deleted row.</numerusform>
            <numerusform>Brought back %n deleted rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogExporter</name>
    <message>
        <source>choose GPUs, models or both to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV file holds either GPUs or models: export them one at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogFieldCheck</name>
    <message>
        <source>must be above 0 (leave it empty if unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KV heads do not divide %2 attention heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed when experts are used per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed for latent attention (MLA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 layers: no published model has more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more attention heads than the hidden size %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>this holds memory measurements; only speed measurements (decode_tok_s, prefill_tok_s) can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell what the file holds: it is not a GPU or model CSV file, a catalog JSON file, a config.json or a speed measurements CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog has changed since the file was checked; check it again (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large for a catalog (%1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has problems; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import: the database is busy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogJsonFile</name>
    <message>
        <source>must be text (in quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a JSON number, without quotes and with a decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item may not contain &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of the catalog format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is already used by %2[%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a catalog file holds one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 comes from a newer GPU Advisor; this version reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has neither gpus nor models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored row &apos;%1&apos; is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no &apos;%1&apos; in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the catalog: the database is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change the catalog: the database is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the bundled catalog: there are no values to revert to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price must be a number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price needs a valid date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogTransfer</name>
    <message>
        <source>Import into the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog files, config.json and measurements (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a model&apos;s config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face configuration (config.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>Imported %n row from %1.</numerusform>
            <numerusform>Imported %n rows from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog could not be exported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>The chart could not be encoded as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart exported from GPU Advisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareData</name>
    <message>
        <source>%1 ×%2</source>
        <extracomment>A GPU and how many of it the workload needs, e.g. &quot;H100 PCIe 80GB ×2&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareMetric</name>
    <message>
        <source>VRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <extracomment>Generated tokens per second for the current workload</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost/M tokens</source>
        <extracomment>Cost per million generated tokens, short for a chart axis</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A figure and its unit, e.g. &quot;VRAM (GB)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareSpecTable</name>
    <message>
        <source>after %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory needed per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays off against cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays off against the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best of the compared GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message numerus="yes">
        <source>Comparing %n GPU(s): %1</source>
        <translation>
            <numerusform>Comparing %n GPU: %1</numerusform>
            <numerusform>Comparing %n GPUs: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one more GPU to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Compare GPUs side by side&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pick 2 to 8 GPUs in the table: right-click a GPU and choose &lt;i&gt;Compare this GPU&lt;/i&gt;, or press %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a GPU from the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every GPU from the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As SVG drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price and performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a &amp;share of the best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Performance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP16 tensor TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per second for the workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ and bold: the best of the compared GPUs in that row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostCalculator</name>
    <message>
        <source>no price is known for this GPU; give one yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the power draw of this GPU is unknown; give it in watts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostOverTimeChart</name>
    <message numerus="yes">
        <source>Cumulative cost over %n year(s)</source>
        <translation>
            <numerusform>Cumulative cost over %n year</numerusform>
            <numerusform>Cumulative cost over %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, owned: %2 after %3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pays off against %2 after %3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud rental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud rental (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API for the same tokens (dotted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative cost (%1)</source>
        <extracomment>%1 is the currency chosen in the settings: SEK, EUR or USD</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a readable catalog database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database was made by a newer version of GPU Advisor (schema %1, this version knows up to %2); it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transaction is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 is not writable, so the catalog cannot be kept there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message numerus="yes">
        <source>The catalog database was damaged (%1). It was moved aside to %2 and a fresh catalog was made; %n of your own rows were recovered from it.</source>
        <translation>
            <numerusform>The catalog database was damaged (%1). It was moved aside to %2 and a fresh catalog was made; %n of your own rows was recovered from it.</numerusform>
            <numerusform>The catalog database was damaged (%1). It was moved aside to %2 and a fresh catalog was made; %n of your own rows were recovered from it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows of these tables could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is damaged (%1) and could not be moved aside to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletedRowsDialog</name>
    <message>
        <source>Deleted GPUs and models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows of the bundled catalog were deleted. Tick the ones to bring back with their bundled values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <extracomment>A deleted language model in the list of rows to bring back</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>%1 GiB (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a GPU in the table to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on this GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits on one GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits on %1 GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1 GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit even on many GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 GiB usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total, all GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h for %2 M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total cost over %n year(s)</source>
        <translation>
            <numerusform>Total cost over %n year</numerusform>
            <numerusform>Total cost over %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renting instead, per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this was worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (converted from USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud price date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstimatedThroughput</name>
    <message>
        <source>%1 does not run on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Estimator</name>
    <message>
        <source>%1 on %2 x %3 with %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usable memory per GPU %1 GiB; needed %2 GiB (range %3-%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not run on %2 (software stack: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not load %2 weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an inference engine; fine-tuning figures assume PyTorch (transformers/PEFT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit: needs %1 GiB per GPU, %2 GiB usable; %3 of this GPU would fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit: needs %1 GiB per GPU, %2 GiB usable, and no count up to 64 of this GPU fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tight fit: the upper estimate %1 GiB exceeds the %2 GiB usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp would keep part of the model in host memory and run it on the CPU: decode is far slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-GPU training over PCIe only (no NVLink): gradient all-reduce will slow each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor parallelism over PCIe only: every layer waits for two all-reduces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple unified memory: by default the GPU may use about %1 of %2 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no FP8 tensor cores: FP8 weights are converted on the fly (weight-only), compute runs in 16 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no INT4 tensor cores: 4-bit weights are dequantised to 16 bits for compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 KV cache; f16 assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quantised KV cache needs flash attention (llama.cpp -fa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context %1 exceeds the model&apos;s %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor parallelism over %1 GPUs needs the %2 attention heads to divide evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog has no memory bandwidth for %1: no decode speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog has no tensor throughput for %1: no prefill speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLoRA fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has the format of the bundled catalog, so that it can be imported again here or on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs and models, one &amp;JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPUs, CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models, CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only my rows (added, imported or edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>unknown</source>
        <extracomment>Placeholder of an empty figure in the edit forms</extracomment>
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
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n GPU(s)</source>
        <translation>
            <numerusform>%1 of %n GPU</numerusform>
            <numerusform>%1 of %n GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, vendor, architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must appear in the GPU&apos;s name, vendor or architecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. VRAM (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. bandwidth (GB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. FP16 (TFLOPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP8 in hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT4 in hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVLink or other GPU link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits the workload with at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only GPUs of which this many or fewer hold the selected model and workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> GPU(s)</source>
        <extracomment>After the number of GPUs in the &quot;fits the workload with at most&quot; filter: &quot;1 GPU&quot;, &quot;2 GPUs&quot;</extracomment>
        <translation>
            <numerusform> GPU</numerusform>
            <numerusform> GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every GPU again (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. price (%1)</source>
        <extracomment>%1 is the currency chosen in the settings: SEK, EUR or USD</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>unknown</source>
        <extracomment>Shown in place of a figure that no source gives</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpuEditDialog</name>
    <message>
        <source>Add a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes make this row yours: catalog updates leave it alone, and Catalog &gt; Revert to bundled values undoes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GeForce RTX 5090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits, . - _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA, AMD, Intel, Apple, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory as sold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable by the GPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GDDR7, HBM3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute (dense, without sparsity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP32:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP16 tensor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF16 tensor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT8 tensor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP8 support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT4 support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power and connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe, SXM5, OAM, SoC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe generation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe lanes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-to-GPU link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVLink 4, none, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link bandwidth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street price:</source>
        <extracomment>Unit of a price in Swedish kronor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street price date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted from the USD price, not a Swedish price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud rental:</source>
        <extracomment>Unit of a rental price: US dollars per hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud price date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the figures come from, one per line: a link or a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already in the catalog: choose another id, or edit that GPU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpuPreview</name>
    <message>
        <source>Preview: what the figures become</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity per year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per FP16 TFLOP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the fields marked in red to see the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model in the main window to see what this GPU does with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 with the main window&apos;s workload (%2, %3 tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: no memory size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits: %1 of %2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit on one: %1 GiB needed per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n GPU(s)</source>
        <translation>
            <numerusform>%1 for %n GPU</numerusform>
            <numerusform>%1 for %n GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: no power figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpuTableModel</name>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoC, unified memory</source>
        <extracomment>A system on a chip whose GPU shares the main memory (Apple M-series)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted from the US launch price at a dated exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth (GB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP16 (TFLOPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory on the card, as sold. It limits the largest model you can load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the GPU reads its memory. It sets the speed of generating text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense FP16 tensor throughput, without sparsity. It sets the speed of reading prompts and of training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board power. It sets the power supply, cooling and electricity cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference street price in Swedish kronor, with VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable (GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP32 (TFLOPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF16 (TFLOPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT8 (TOPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch price (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud (USD/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs (GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer, workstation or data-centre card, or a system on a chip whose GPU shares the main memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of launch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory a GPU program can use. On Apple chips the GPU gets about three quarters of the shared memory by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of memory: HBM is fastest, then GDDR, then the LPDDR of shared memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary 32-bit arithmetic, without tensor cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense BF16 tensor throughput, without sparsity: the usual format for training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense INT8 tensor throughput, for 8-bit quantised models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the tensor cores compute in FP8, which halves memory and doubles throughput against FP16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the tensor cores compute in INT4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the card connects to the computer: PCIe generation and lanes, or a server module (SXM, OAM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct link between GPUs (NVLink, Infinity Fabric), which speeds up work split over several GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software the GPU runs LLM engines with. CUDA has the broadest support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price at launch in US dollars, without sales tax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical on-demand rental price per GPU and hour, with its date in the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price divided by FP16 throughput: lower is more compute for the money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price divided by memory: lower is more memory for the money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory the selected model and workload need on each GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of this GPU the selected model and workload need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated speed of generating text for the selected workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity and loss of value per year for the GPUs needed, with the settings&apos; prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of generating a million tokens on your own GPUs, with the settings&apos; utilisation.</source>
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
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 GB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even eight of this GPU do not hold the model with this workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added or edited by you: catalog updates leave this row alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <extracomment>%1 is the currency chosen in the settings: SEK, EUR or USD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per FP16 TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per M tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HfConfigImporter</name>
    <message>
        <source>the key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a config.json holds one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a supported architecture (supported: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate size 4 x hidden size (Falcon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_key_value_heads absent: one KV head per attention head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum context 2048 tokens (no key gives it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (lower-case letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to be a config.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id the model gets in the catalog: lower-case letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;every one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs in the catalog&apos;s CSV format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models in the catalog&apos;s CSV format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs and models in the catalog&apos;s JSON format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model&apos;s Hugging Face config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your speed measurements (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing that can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <extracomment>%1 is a file name, %2 what it holds, e.g. &quot;GPUs in the catalog&apos;s CSV format&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed where the file says nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>A model&apos;s name and its parameter count, e.g. &quot;Qwen2.5-7B (7.62 billion)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both, the new one as %1</source>
        <extracomment>%1 is the new id, e.g. &quot;nvidia-rtx-4090-2&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the catalog&apos;s row stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the catalog&apos;s row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file. Nothing will be imported: correct the file and import it again.</source>
        <translation>
            <numerusform>%n problem in the file. Nothing will be imported: correct the file and import it again.</numerusform>
            <numerusform>%n problems in the file. Nothing will be imported: correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model id may hold only lower-case letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, and must start with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: every row is skipped or already in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import: %1 new, %2 replaced, %3 skipped, %4 kept beside the catalog&apos;s under a new id. Everything is imported at once, or nothing.</source>
        <extracomment>Counts of rows: %1 new, %2 replaced, %3 skipped, %4 added under a new id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 billion)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LlmChecklist</name>
    <message>
        <source>memory size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB: at least the 16 GB the article asks for inference of 7-13B models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB: below 16 GB, enough only for small or quantised models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB: below 8 GB, too little for LLM inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB: at least the 24 GB the article asks for fine-tuning and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB: below 24 GB, enough only for QLoRA of small models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB: below 16 GB, too little for fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB: in the article&apos;s 40-80 GB+ range for large-scale work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB: below 40 GB, large models need many cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB: below 24 GB, too little for large-model training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dense FP16 throughput unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TFLOPS FP16: above the article&apos;s 30 TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TFLOPS FP16: below 30 TFLOPS, slow prompts and batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TFLOPS FP16: below 30 TFLOPS, too slow for training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory bandwidth unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB/s: above the article&apos;s 800 GB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB/s: below 800 GB/s, tokens come out slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB/s: far below 800 GB/s for large-scale work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power draw unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 W: within the article&apos;s 700 W for datacenter cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 W: within the article&apos;s 400 W for consumer cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 W: above 700 W, needs datacenter power and liquid or strong air cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 W: above 400 W, check the power supply and the case&apos;s cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 GB/s) links the cards directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 links the cards directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single system-on-chip: no multi-GPU interconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe generation and interconnect unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe Gen%1 without NVLink: multi-GPU training scales poorly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe Gen%1, as the article asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe Gen3: below the article&apos;s Gen4/5, slow between cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe Gen%1: too slow for multi-GPU work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no INT4 in hardware: 4-bit models are unpacked on the fly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no INT4 in hardware; not known for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support not known for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP16, BF16, INT8 and INT4 all supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GPU Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>The menu that switches the user interface language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GPU Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GPU Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;GPU Advisor %1&lt;/h3&gt;&lt;p&gt;Choose GPUs for running, fine-tuning and training large language models: memory, speed and cost, offline.&lt;/p&gt;&lt;p&gt;Catalog version %2 of %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n GPU(s) shown</source>
        <translation>
            <numerusform>%1 of %n GPU shown</numerusform>
            <numerusform>%1 of %n GPUs shown</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n GPU(s) can be compared at once.</source>
        <translation>
            <numerusform>At most %n GPU can be compared at once.</numerusform>
            <numerusform>At most %n GPUs can be compared at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare this GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the c&amp;omparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n GPU(s) to the shortlist &apos;%1&apos;.</source>
        <translation>
            <numerusform>Added %n GPU to the shortlist &apos;%1&apos;.</numerusform>
            <numerusform>Added %n GPUs to the shortlist &apos;%1&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already on the shortlist &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;compared GPUs to the shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare the shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementCsvReader</name>
    <message>
        <source>%1 must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (use a decimal point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GPU in the catalog matches &apos;%1&apos; (give its id or its name as the catalog has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model in the catalog matches &apos;%1&apos; (give its id or its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a weight format the estimator knows (e.g. q4_k_m, q8_0, fp16, int4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an engine the estimator knows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has neither decode_tok_s nor prefill_tok_s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementRepository</name>
    <message>
        <source>measurements: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementValidator</name>
    <message>
        <source>%1 not modelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a measurements file: it needs a decode_tok_s or a measured_gb column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryBreakdownChart</name>
    <message>
        <source>Choose a model to see what memory it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory %1 needs, against the usable memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients and optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 GiB usable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryEstimator</name>
    <message>
        <source>weights %1 GiB (%2, %3 bits/weight, %4 B parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF tensor types by size (llama-quantize rules): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token embedding table %1 GiB stays in host memory (llama.cpp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache %1 GiB (%2 KiB/token in %3, %4, %5 tokens x %6 sequences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 layers use a %3-token sliding window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute workspace %1 GiB per GPU (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runtime overhead %1 GiB per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPUs, %2; most loaded GPU %3 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full fine-tuning, mixed precision Adam: %1 bytes/parameter x %2 B parameters = %3 GiB of model states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 base model %2 GiB; LoRA rank %3 on %4: %5 M parameters, 16 bytes each with Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activations %1 GiB per GPU (sequence %2 x micro-batch %3, %4, logits included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZeRO stage %1 over %2 GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLA latent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KV heads x %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama GraphSize formula, no flash attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM profiled activation peak, 1-3 GiB observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one layer of the prompt chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers split between GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all linear layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attention layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient checkpointing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checkpointing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricBarChart</name>
    <message>
        <source>%1: share of the best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures side by side as a share of the best; for power, price and cost the lowest is the best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the best</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelEditDialog</name>
    <message>
        <source>Add a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Placeholder of an empty count in the model form: the model has none of it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-head (MHA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped-query (GQA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-query (MQA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-head latent (MLA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gated: SwiGLU/GeGLU, 3 matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain: GELU, 2 matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Llama 3.1 8B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits, . - _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama, qwen2, mixtral, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation/model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention heads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV heads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed-forward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output head shares the embedding matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias on the Q, K and V projections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sliding-window attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers using it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixture of experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts in total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts per token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared experts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert intermediate size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading dense layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latent attention (MLA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query LoRA rank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV LoRA rank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QK head dimension without RoPE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QK RoPE head dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V head dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the figures come from, one per line: a link or a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: what the architecture gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active per token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights in FP16:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights in Q4_K_M:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache for %1 tokens (FP16):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already in the catalog: choose another id, or edit that model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill in the architecture fields marked in red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (dense model)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameResolver</name>
    <message>
        <source>no %1 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 matches &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean one of these?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 entries; give one of these ids:
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticalChecks</name>
    <message>
        <source>power draw unknown: cannot size the power supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your %1 W power supply covers %2 W with headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your %1 W power supply covers %2 W but without the 20 % headroom (%3 W advised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your %1 W power supply is below the %2 W load; %3 W advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 W in all: a server&apos;s power supplies, not a desktop PSU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 W under load: more than one 10 A circuit at 230 V carries (2300 W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1 W of power supply: more than the largest common ATX PSUs (1600 W); use two PSUs or a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a power supply of at least %1 W (%2 W load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>powered inside the computer: no GPU cables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 module: needs a server baseboard, not a PCIe slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power draw unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 W: the PCIe slot&apos;s 75 W is enough, no cables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 W: more than one 12V-2x6 connector and the slot deliver (675 W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 W: %2 x 8-pin (150 W each) or one 12V-2x6 (600 W) per card, as the card has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooled by the computer it is built into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter class: %1 W of heat for a server room&apos;s forced air or liquid cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server class: passively cooled, needs a chassis with forced airflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 W of heat: like a space heater; plan for the room&apos;s cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high-airflow class: %1 W per card throttles in a cramped case; leave space between cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high-airflow class: %1 W needs a well-ventilated case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordinary class: %1 W, normal case airflow will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>software stack unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs well on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs on ROCm but lags CUDA: check that your ROCm version supports this card and engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs on %2, with fewer features and users than on CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is experimental or partial: expect gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not run on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricePerformanceChart</name>
    <message>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price against tokens per second for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price against FP16 throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other GPUs in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficient frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per second, logarithmic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP16 tensor throughput (TFLOPS, logarithmic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (%1, logarithmic)</source>
        <extracomment>%1 is the currency chosen in the settings: SEK, EUR or USD</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceUpdateDialog</name>
    <message>
        <source>Set street prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Type the new price, in Swedish kronor with VAT, of each of these %n GPU(s) whose price you want to change; leave the others empty. All of them are saved together, or none.</source>
        <translation>
            <numerusform>Type the new price, in Swedish kronor with VAT, of this GPU if you want to change it. The price is saved, or nothing.</numerusform>
            <numerusform>Type the new price, in Swedish kronor with VAT, of each of these %n GPUs whose price you want to change; leave the others empty. All of them are saved together, or none.</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the new prices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price (SEK)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recommender</name>
    <message>
        <source>%1 per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per token/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n year(s)</source>
        <translation>
            <numerusform>%1 over %n year</numerusform>
            <numerusform>%1 over %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>ranked last: its speed for this model is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cheapest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 % more than the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the article names it for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; fails an item of the article&apos;s checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; a warning on the article&apos;s checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40-80 GB per card, multi-GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16-24 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on demand, high VRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 cards; up to 8 (one node) are considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no count up to 64 of this GPU holds the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is over the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in the catalog fits this model within the limits given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rent instead: %1 costs %2 per million tokens, owning at best %3 at this utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rent instead: %1 costs %2 per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best choice: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cloud price is known for a configuration that fits</source>
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
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish kronor (SEK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euro (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEK per USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate for US prices (launch prices, cloud and API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEK per EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices include VAT (private buyer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> SEK/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you pay per kWh, with grid fees and VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a day the machine runs the workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of those hours the GPUs are busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE (cooling overhead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power of the whole site divided by the power of the computers: 1.0 at home, 1.1-1.6 in data centres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resale value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the purchase price you get back at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> SEK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of the rest of the machine per node; 0 if the cards go into a computer you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my own API price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise a reference price for the model&apos;s size is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> USD per M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortlistCharts</name>
    <message>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items side by side for %1</source>
        <extracomment>Title of the report&apos;s chart; %1 is the model of the workload</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cumulative cost over %n year(s)</source>
        <translation>
            <numerusform>Cumulative cost over %n year</numerusform>
            <numerusform>Cumulative cost over %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cost unknown)</source>
        <extracomment>Chart legend: the item&apos;s cost could not be worked out; %1 is the GPU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renting the same cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase (%1)</source>
        <extracomment>Chart title; %1 is the currency&apos;s code (SEK, EUR, USD)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>TCO over %n year(s) (%1)</source>
        <extracomment>Chart title; %1 is the currency&apos;s code (SEK, EUR, USD)</extracomment>
        <translation>
            <numerusform>TCO over %n year (%1)</numerusform>
            <numerusform>TCO over %n years (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortlistDock</name>
    <message>
        <source>Shortlist written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My shortlist</source>
        <extracomment>Name of the list made when the user adds a GPU before making any list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the shortlist &apos;%1&apos; and its %n item(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the shortlist &apos;%1&apos; and its %n item? This cannot be undone.</numerusform>
            <numerusform>Delete the shortlist &apos;%1&apos; and its %n items? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n GPU(s) of the list are compared.</source>
        <translation>
            <numerusform>The first GPU of the list is compared.</numerusform>
            <numerusform>The first %n GPUs of the list are compared.</numerusform>
        </translation>
    </message>
    <message>
        <source>New shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Suggested name of a copy of a shortlist; %1 is the list&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shortlist yet: add a GPU from the table (Ctrl+Shift+L) or make a new list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is empty: add GPUs from the table&apos;s context menu, the details or the comparison (Ctrl+Shift+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n card(s), purchase %1, electricity %2 a year</source>
        <translation>
            <numerusform>Total: %n card, purchase %1, electricity %2 a year</numerusform>
            <numerusform>Total: %n cards, purchase %1, electricity %2 a year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TCO over %n year(s) %1</source>
        <translation>
            <numerusform>TCO over %n year %1</numerusform>
            <numerusform>TCO over %n years %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(without the figures that are unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the list&apos;s GPUs side by side in the Compare tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected GPU off the list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a row to reorder; double-click the quantity or the note to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported the shortlist &apos;%1&apos; with %n GPU(s).</source>
        <translation>
            <numerusform>Imported the shortlist &apos;%1&apos; with %n GPU.</numerusform>
            <numerusform>Imported the shortlist &apos;%1&apos; with %n GPUs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Impor&amp;t…</source>
        <extracomment>Button of the shortlist dock: a new list from a JSON file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new list from a shortlist exported as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n card(s); no price is known for any of them (Catalog &gt; Set prices of the shown GPUs)</source>
        <translation>
            <numerusform>Total: %n card; no price is known for it (Catalog &gt; Set prices of the shown GPUs)</numerusform>
            <numerusform>Total: %n cards; no price is known for any of them (Catalog &gt; Set prices of the shown GPUs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n card(s); no cost is known for any of them: each lacks a price or a number of cards (set a quantity)</source>
        <translation>
            <numerusform>Total: %n card; no cost is known for it: it lacks a price or a number of cards (set a quantity)</numerusform>
            <numerusform>Total: %n cards; no cost is known for any of them: each lacks a price or a number of cards (set a quantity)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortlistExportMenu</name>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortlist could not be written.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV for spreadsheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web page (HTML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortlistExporter</name>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>The totals row of a shortlist</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: some figures are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlist: %1</source>
        <extracomment>Title of an exported shortlist; %1 is its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written</source>
        <extracomment>%1 and %2 are byte counts; the disk is full or a file size limit was reached</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortlistHtml</name>
    <message>
        <source>pass</source>
        <extracomment>Checklist status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload and assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included, %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resale value after the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 W, %3 cards per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SEK per USD, %2 SEK per EUR (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of %1</source>
        <extracomment>%1 price, %2 its date; the price is a USD price converted when %3 says so</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, converted from USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: some figures are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist per GPU (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist: the GPU is no longer in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlist: %1</source>
        <extracomment>Title of a shortlist report; %1 is the shortlist&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by GPU Advisor on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortlistImport</name>
    <message>
        <source>Import a shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlist exported as JSON (*.json)</source>
        <extracomment>File dialog filter; the pattern in parentheses stays as it is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… and %n more (see the details).</numerusform>
            <numerusform>… and %n more (see the details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No shortlist was made from %1: the file has %n problem(s).</source>
        <extracomment>%1 is the file&apos;s name; the problems are listed under this sentence</extracomment>
        <translation>
            <numerusform>No shortlist was made from %1: the file has %n problem.</numerusform>
            <numerusform>No shortlist was made from %1: the file has %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>No shortlist was made from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a shortlist named &apos;%1&apos;.
Name of the imported list:</source>
        <extracomment>%1 is the name of a shortlist, as given in the imported file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortlistItemModel</name>
    <message>
        <source>Double-click to set how many cards; 0 buys as many as the workload needs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortlistJsonReader</name>
    <message>
        <source>must be null (as many as the workload needs) or a whole number from 1 to %1</source>
        <extracomment>%1 is the largest quantity; null is the JSON word, not to be translated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with gpu_id, quantity and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the id of a GPU, as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog has no GPU with the id &apos;%1&apos;</source>
        <extracomment>%1 is a GPU id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (null for as many as the workload needs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <extracomment>%1 is Qt&apos;s description of the syntax error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shortlist file holds one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot; (this is not a shortlist exported by GPU Advisor)</source>
        <extracomment>%1 is the schema name, as written in the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a schema version, a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is of schema version %1, made by a newer version of GPU Advisor; this version reads up to version %2</source>
        <extracomment>%1 is the file&apos;s schema version, %2 the newest this version of the app reads</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the shortlist&apos;s name, as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortlistPdf</name>
    <message>
        <source>Shortlist: %1</source>
        <extracomment>Document title stored in the PDF&apos;s metadata; %1 is the shortlist&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortlistReport</name>
    <message>
        <source>%1 (missing from the catalog)</source>
        <extracomment>A shortlist item whose GPU a catalog update removed; %1 is the GPU&apos;s id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as needed</source>
        <extracomment>Shortlist quantity: as many cards as the current workload needs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>A shortlist item whose GPU is no longer in the catalog</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
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
        <source>#</source>
        <extracomment>Column: the item&apos;s place in the shortlist</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <extracomment>Column: cards bought (the quantity, or what the workload needs)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds the workload</source>
        <extracomment>Column: whether the cards bought hold the workload&apos;s model</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3, context %4 tokens, batch %5, engine %6</source>
        <extracomment>%1 model, %2 workload (inference, lora, ...), %3 weight format, %4 context tokens, %5 batch, %6 engine</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <extracomment>Column; %1 is the currency&apos;s code (SEK, EUR, USD)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity per year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCO %1 years (%2)</source>
        <extracomment>Column; %1 is the years of ownership, %2 the currency&apos;s code (SEK, EUR, USD)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortlistRepository</name>
    <message>
        <source>shortlists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shortlist needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a shortlist named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot begin a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new order does not hold the list&apos;s items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item is not in this shortlist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeedEstimator</name>
    <message>
        <source>decode reads %1 GB per step (weights %2 GB, KV %3 GB) at %4 GB/s x %5 efficiency + %6 us per layer (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MoE: %1 of %2 experts per token; %3 B active parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected x%1 from your measurements on this GPU and engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefill of %1 tokens: %2 TFLOP at %3 TFLOPS x %4 utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training %1 M tokens: %2 x N x D = %3 PFLOP at %4 GPU(s) x %5 TFLOPS x MFU %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UseCase</name>
    <message>
        <source>local inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>large-model training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud scaling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadPanel</name>
    <message>
        <source>%1 B, %2 B active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a model from its Hugging Face config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLoRA fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the weights are stored. GGUF types (Q4_K_M ...) are llama.cpp files; INT4 is GPTQ/AWQ; NF4 is bitsandbytes (QLoRA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per sequence: prompt and answer together; for training, the sequence length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent &amp;users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences processed at once: users served together, or the micro-batch in training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic picks llama.cpp for GGUF files and GPUs without CUDA or ROCm, vLLM otherwise; Transformers or DeepSpeed for training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <extracomment>The button beside the model list that adds a model from a config.json</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GPU Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog could not be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
