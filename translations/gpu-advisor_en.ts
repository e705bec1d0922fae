<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BundledCatalog</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s): %1)</source>
        <translation><numerusform> (and %n more problem: %1)</numerusform><numerusform> (and %n more problems: %1)</numerusform></translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs a version above 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs a date (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogCsv</name>
    <message>
        <source>'%1' is not a number (use a decimal point)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not yes or no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required and must be above 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a valid id (lower-case letters, digits, '.', '-', '_')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not one of consumer, workstation, datacenter, soc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not one of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not one of mha, gqa, mqa, mla</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not gated or plain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header has no column '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id '%1' is already used on line %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stored row '%1' is damaged: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot save '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot delete '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no '%1' in the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot update the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot update the catalog: the database is busy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not a readable catalog database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database was made by a newer version of GPU Advisor (schema %1, this version knows up to %2); it was left unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot set the schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no transaction is open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot save the changes: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>unknown</source>
        <extracomment>Shown in place of a figure that no source gives</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GpuTableModel</name>
    <message>
        <source>Consumer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SoC, unified memory</source>
        <extracomment>A system on a chip whose GPU shares the main memory (Apple M-series)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Converted from the US launch price at a dated exchange rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VRAM (GB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bandwidth (GB/s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FP16 (TFLOPS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power (W)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price (SEK)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory on the card, as sold. It limits the largest model you can load.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How fast the GPU reads its memory. It sets the speed of generating text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dense FP16 tensor throughput, without sparsity. It sets the speed of reading prompts and of training.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board power. It sets the power supply, cooling and electricity cost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference street price in Swedish kronor, with VAT.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HfConfigImporter</name>
    <message>
        <source>the key is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a config.json holds one JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a supported architecture (supported: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>intermediate size 4 x hidden size (Falcon)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>num_key_value_heads absent: one KV head per attention head</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>maximum context 2048 tokens (no key gives it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 KV heads do not divide %2 attention heads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a valid id (lower-case letters, digits, '.', '-', '_')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is too large to be a config.json</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GPU Advisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>The menu that switches the user interface language</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About GPU Advisor</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation><numerusform>%n GPU</numerusform><numerusform>%n GPUs</numerusform></translation>
    </message>
    <message>
        <source>catalog %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About GPU Advisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;GPU Advisor %1&lt;/h3&gt;&lt;p&gt;Choose GPUs for running, fine-tuning and training large language models: memory, speed and cost, offline.&lt;/p&gt;&lt;p&gt;Catalog version %2 of %3.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NameResolver</name>
    <message>
        <source>no %1 given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no %1 matches '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; did you mean one of these?
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' matches %2 entries; give one of these ids:
%3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GPU Advisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalog could not be opened:
%1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
