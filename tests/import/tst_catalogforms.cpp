#include "Catalog.h"
#include "CatalogCsv.h"
#include "CatalogFieldCheck.h"
#include "CatalogRepository.h"
#include "LanguageManager.h"
#include "catalog/FieldForm.h"
#include "catalog/GpuEditDialog.h"
#include "catalog/GpuPreview.h"
#include "catalog/ModelEditDialog.h"
#include "catalog/PriceUpdateDialog.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// The GPU, model and price forms on the bundled catalog, offscreen: problems shown under their
// field with OK disabled, numbers read in the user's locale, previews that follow the fields.
class TestCatalogForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void gpuFormRefusesNonsense_data();
    void gpuFormRefusesNonsense();
    void swedishDecimalCommaIsReadInSwedishOnly();
    void gpuFormGivesTheGpuAsEntered();
    void newGpuNeedsAFreeId();
    void gpuPreviewFollowsTheFields();
    void modelFormChecksArchitectureAndPreviewsSize();
    void priceFormRefusesEveryPriceOnOneBadValue();
    void formsFitTheScreenInBothLanguages();
    void everyBundledRowPassesTheFormChecks();

private:
    GpuSpec gpu(const char *id) const { return **m_catalog->repository().gpu(QLatin1String(id)); }
    EstimateRequest workload() const;
    static void type(QWidget *editor, const QString &text);
    static QString problem(QDialog &dialog, const QString &column);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<LanguageManager> m_languages;
};

void TestCatalogForms::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto catalog = Catalog::open(m_dir->filePath(QStringLiteral("c.sqlite")));
    QVERIFY(catalog.ok());
    m_catalog = std::move(catalog).value();
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
}

void TestCatalogForms::cleanup()
{
    m_languages.reset();
    m_catalog.reset();
}

EstimateRequest TestCatalogForms::workload() const
{
    EstimateRequest request;
    request.model = **m_catalog->repository().model(QStringLiteral("llama-3.1-8b"));
    request.format = WeightFormat::GgufQ4_K_M;
    return request;
}

// Types into a line edit as a user does: the text replaced and textEdited emitted.
void TestCatalogForms::type(QWidget *editor, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    QVERIFY(edit);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

QString TestCatalogForms::problem(QDialog &dialog, const QString &column)
{
    auto *label = dialog.findChild<QLabel *>(column + QStringLiteral("Problem"));
    return label && label->isVisibleTo(&dialog) ? label->text() : QString();
}

void TestCatalogForms::gpuFormRefusesNonsense_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    QTest::newRow("negative memory") << "vram_gb"
                                     << "-24"
                                     << "negative";
    QTest::newRow("zero bandwidth") << "bandwidth_gbps"
                                    << "0"
                                    << "above 0";
    QTest::newRow("zero price") << "street_price_sek"
                                << "0"
                                << "above 0";
    QTest::newRow("huge power") << "tdp_w"
                                << "1e15"
                                << "too large";
    QTest::newRow("text for a number") << "fp16_tensor_tflops"
                                       << "fast"
                                       << "not a number";
    QTest::newRow("comma in English") << "vram_gb"
                                      << "1,5"
                                      << "not a number";
    QTest::newRow("year far off") << "release_year"
                                  << "1850"
                                  << "between 1990 and 2100";
    QTest::newRow("half a lane") << "pcie_lanes"
                                 << "8.5"
                                 << "not a whole number";
    QTest::newRow("name emptied") << "name"
                                  << ""
                                  << "required";
    QTest::newRow("bad id") << "id"
                            << "My Card"
                            << "not a valid id";
}

void TestCatalogForms::gpuFormRefusesNonsense()
{
    QFETCH(QString, column);
    QFETCH(QString, text);
    QFETCH(QString, words);
    GpuEditDialog dialog(GpuEditDialog::Purpose::Duplicate, gpu("nvidia-rtx-4090"), {});
    dialog.show();
    type(dialog.form()->editor(QStringLiteral("id")), QStringLiteral("my-4090"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(problem(dialog, column).isEmpty());

    type(dialog.form()->editor(column), text);
    QVERIFY2(problem(dialog, column).contains(words), qPrintable(problem(dialog, column)));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.gpu());
    // Only that field is marked.
    for (const QString &other : {QStringLiteral("vram_gb"), QStringLiteral("tdp_w"),
                                 QStringLiteral("name"), QStringLiteral("sources")}) {
        if (other != column)
            QVERIFY2(problem(dialog, other).isEmpty(), qPrintable(other));
    }
}

void TestCatalogForms::swedishDecimalCommaIsReadInSwedishOnly()
{
    QVERIFY(m_languages->setLanguage(QStringLiteral("sv")));
    {
        GpuEditDialog dialog(GpuEditDialog::Purpose::Edit, gpu("nvidia-rtx-4090"), {});
        dialog.show();
        auto *bandwidth =
            qobject_cast<QLineEdit *>(dialog.form()->editor(QStringLiteral("bandwidth_gbps")));
        QCOMPARE(bandwidth->text(), QStringLiteral("1008"));
        type(dialog.form()->editor(QStringLiteral("fp32_tflops")), QStringLiteral("82,6"));
        type(dialog.form()->editor(QStringLiteral("street_price_sek")), QStringLiteral("21 990"));
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.gpu()->fp32Tflops, std::optional<double>(82.6));
        QCOMPARE(dialog.gpu()->streetPriceSek, std::optional<double>(21990));
        type(dialog.form()->editor(QStringLiteral("fp32_tflops")), QStringLiteral("snabb"));
        QCOMPARE(problem(dialog, QStringLiteral("fp32_tflops")),
                 QStringLiteral("'snabb' är inget tal"));
        QVERIFY(!dialog.okButton()->isEnabled());
    }
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    GpuEditDialog dialog(GpuEditDialog::Purpose::Edit, gpu("nvidia-rtx-4090"), {});
    dialog.show();
    type(dialog.form()->editor(QStringLiteral("fp32_tflops")), QStringLiteral("82,6"));
    QVERIFY(!dialog.okButton()->isEnabled()); // never read as 826
    type(dialog.form()->editor(QStringLiteral("fp32_tflops")), QStringLiteral("82.6"));
    QCOMPARE(dialog.gpu()->fp32Tflops, std::optional<double>(82.6));
}

void TestCatalogForms::gpuFormGivesTheGpuAsEntered()
{
    GpuEditDialog dialog(GpuEditDialog::Purpose::Add, GpuSpec{}, {});
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(problem(dialog, QStringLiteral("sources")).contains(QStringLiteral("required")));
    FieldForm *f = dialog.form();
    type(f->editor(QStringLiteral("name")), QStringLiteral("Acme X 32"));
    // The id follows the name until it is typed.
    QCOMPARE(f->cell(QStringLiteral("id")), QStringLiteral("acme-x-32"));
    type(f->editor(QStringLiteral("vendor")), QStringLiteral("Acme"));
    type(f->editor(QStringLiteral("vram_gb")), QStringLiteral("32"));
    type(f->editor(QStringLiteral("tdp_w")), QStringLiteral("300"));
    f->setCell(QStringLiteral("sources"), QStringLiteral("https://example.com/x32 | datasheet"));
    Q_EMIT f->edited();
    QVERIFY(dialog.okButton()->isEnabled());
    const GpuSpec g = *dialog.gpu();
    QCOMPARE(g.id, QStringLiteral("acme-x-32"));
    QCOMPARE(g.vramGB, std::optional<double>(32));
    QCOMPARE(g.bandwidthGBps, std::nullopt); // left empty: unknown, never 0
    QCOMPARE(g.sources,
             QStringList({QStringLiteral("https://example.com/x32"), QStringLiteral("datasheet")}));
    QCOMPARE(g.origin, RowOrigin::User);
}

void TestCatalogForms::newGpuNeedsAFreeId()
{
    GpuEditDialog dialog(GpuEditDialog::Purpose::Duplicate, gpu("nvidia-rtx-4090"),
                         {QStringLiteral("nvidia-rtx-4090")});
    dialog.show();
    QVERIFY(problem(dialog, QStringLiteral("id")).contains(QStringLiteral("already")));
    QVERIFY(!dialog.okButton()->isEnabled());
    type(dialog.form()->editor(QStringLiteral("id")), QStringLiteral("nvidia-rtx-4090-oc"));
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestCatalogForms::gpuPreviewFollowsTheFields()
{
    GpuEditDialog dialog(GpuEditDialog::Purpose::Edit, gpu("nvidia-rtx-4090"), {});
    dialog.setWorkload(workload(), CostSettings::defaults());
    dialog.show();
    GpuPreview *preview = dialog.preview();
    QVERIFY(preview->figure(QStringLiteral("fit")).startsWith(QStringLiteral("fits")));
    QCOMPARE(preview->figure(QStringLiteral("gpusNeeded")), QStringLiteral("1"));
    const QString speed = preview->figure(QStringLiteral("speed"));
    const QString electricity = preview->figure(QStringLiteral("electricity"));
    const QString perTflop = preview->figure(QStringLiteral("perTflop"));
    QVERIFY(speed.contains(QStringLiteral("tokens/s")));
    QVERIFY(electricity.startsWith(QStringLiteral("SEK")));

    FieldForm *f = dialog.form();
    type(f->editor(QStringLiteral("bandwidth_gbps")), QStringLiteral("500"));
    QVERIFY(preview->figure(QStringLiteral("speed")) != speed);
    type(f->editor(QStringLiteral("tdp_w")), QStringLiteral("900"));
    QVERIFY(preview->figure(QStringLiteral("electricity")) != electricity);
    type(f->editor(QStringLiteral("street_price_sek")), QStringLiteral("40000"));
    QVERIFY(preview->figure(QStringLiteral("perTflop")) != perTflop);
    type(f->editor(QStringLiteral("vram_gb")), QStringLiteral("4"));
    QVERIFY(preview->figure(QStringLiteral("fit")).startsWith(QStringLiteral("does not fit")));
    QVERIFY(preview->figure(QStringLiteral("gpusNeeded")).toInt() >= 2);
    // A bad figure counts as unknown in the preview.
    type(f->editor(QStringLiteral("tdp_w")), QStringLiteral("-5"));
    QVERIFY(preview->figure(QStringLiteral("electricity")).startsWith(QStringLiteral("unknown")));
}

void TestCatalogForms::modelFormChecksArchitectureAndPreviewsSize()
{
    const ModelSpec llama = **m_catalog->repository().model(QStringLiteral("llama-3.1-8b"));
    ModelEditDialog dialog(ModelEditDialog::Purpose::Duplicate, llama, {});
    dialog.show();
    FieldForm *f = dialog.form();
    type(f->editor(QStringLiteral("id")), QStringLiteral("my-llama"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.figure(QStringLiteral("params")).startsWith(QStringLiteral("8.0")));
    const QString fp16 = dialog.figure(QStringLiteral("fp16Weights"));
    QVERIFY2(fp16.startsWith(QStringLiteral("16.")), qPrintable(fp16));

    type(f->editor(QStringLiteral("kv_heads")), QStringLiteral("5"));
    QVERIFY(problem(dialog, QStringLiteral("kv_heads")).contains(QStringLiteral("do not divide")));
    QVERIFY(!dialog.okButton()->isEnabled());
    type(f->editor(QStringLiteral("kv_heads")), QStringLiteral("0"));
    QVERIFY(problem(dialog, QStringLiteral("kv_heads")).contains(QStringLiteral("above 0")));
    type(f->editor(QStringLiteral("kv_heads")), QStringLiteral("8"));
    type(f->editor(QStringLiteral("layers")), QStringLiteral("64"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.figure(QStringLiteral("fp16Weights")) != fp16);
    QVERIFY(dialog.model()->paramsTotalB > 14 && dialog.model()->paramsTotalB < 16);
    type(f->editor(QStringLiteral("experts_active")), QStringLiteral("2"));
    QVERIFY(problem(dialog, QStringLiteral("experts_total")).contains(QStringLiteral("needed")));
    type(f->editor(QStringLiteral("experts_total")), QStringLiteral("8"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.model()->isMoe());
    QVERIFY(dialog.model()->paramsActiveB < dialog.model()->paramsTotalB);
}

void TestCatalogForms::priceFormRefusesEveryPriceOnOneBadValue()
{
    const QList<GpuSpec> gpus = {gpu("nvidia-rtx-4090"), gpu("nvidia-rtx-3090"),
                                 gpu("amd-radeon-rx-7900-xtx")};
    PriceUpdateDialog dialog(gpus);
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled()); // nothing to set yet
    QTableWidget *table = dialog.table();
    table->item(0, PriceUpdateDialog::NewPrice)->setText(QStringLiteral("17990"));
    table->item(2, PriceUpdateDialog::NewPrice)->setText(QStringLiteral("9 990"));
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.updates().size(), 2);
    QCOMPARE(dialog.updates().at(1).priceSek, 9990.0);
    QCOMPARE(dialog.updates().at(1).date, QDate::currentDate());

    table->item(1, PriceUpdateDialog::NewPrice)->setText(QStringLiteral("-100"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.updates().isEmpty());
    QVERIFY(dialog.problems().contains(gpus.at(1).name));
    QVERIFY(dialog.problems().contains(QStringLiteral("negative")));
    table->item(1, PriceUpdateDialog::NewPrice)->setText(QStringLiteral("zero"));
    QVERIFY(dialog.problems().contains(QStringLiteral("not a number")));
    table->item(1, PriceUpdateDialog::NewPrice)->setText(QString());
    dialog.dateEdit()->setDate(QDate(2026, 3, 1));
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.updates().first().date, QDate(2026, 3, 1));
}

// Each form at its opening size in English and Swedish: every field column wide enough for its
// editor. With GPUADVISOR_SCREENSHOTS=DIR the renderings are saved there to look at.
void TestCatalogForms::formsFitTheScreenInBothLanguages()
{
    const QString shots = qEnvironmentVariable("GPUADVISOR_SCREENSHOTS");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("sv")}) {
        QVERIFY(m_languages->setLanguage(language));
        GpuEditDialog gpuDialog(GpuEditDialog::Purpose::Edit, gpu("nvidia-rtx-4090"), {});
        gpuDialog.setWorkload(workload(), CostSettings::defaults());
        type(gpuDialog.form()->editor(QStringLiteral("tdp_w")), QStringLiteral("-450"));
        ModelEditDialog modelDialog(
            ModelEditDialog::Purpose::Duplicate,
            **m_catalog->repository().model(QStringLiteral("mixtral-8x7b-v0.1")), {});
        PriceUpdateDialog priceDialog(
            {gpu("nvidia-rtx-4090"), gpu("nvidia-rtx-3090"), gpu("amd-radeon-rx-7900-xtx")});
        priceDialog.table()->item(0, PriceUpdateDialog::NewPrice)->setText(QStringLiteral("17990"));
        priceDialog.table()->item(1, PriceUpdateDialog::NewPrice)->setText(QStringLiteral("x"));
        GpuEditDialog addDialog(GpuEditDialog::Purpose::Add, GpuSpec{}, {});
        addDialog.setObjectName(QStringLiteral("gpuAddDialog"));
        for (QDialog *dialog :
             std::initializer_list<QDialog *>{&gpuDialog, &modelDialog, &priceDialog, &addDialog}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY2(dialog->width() <= 1280 && dialog->height() <= 860,
                     qPrintable(dialog->objectName()));
            for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
                if (edit->isVisibleTo(dialog))
                    QVERIFY2(edit->width() >= 60, qPrintable(edit->objectName()));
            }
            const QImage image = dialog->grab().toImage();
            QVERIFY(!image.isNull());
            if (!shots.isEmpty())
                QVERIFY(image.save(
                    QStringLiteral("%1/%2-%3.png").arg(shots, dialog->objectName(), language)));
        }
    }
}

// Any bundled row can be opened in its form and saved as it is.
void TestCatalogForms::everyBundledRowPassesTheFormChecks()
{
    const auto gpus = m_catalog->repository().gpus();
    QVERIFY(gpus && gpus->size() >= 50);
    for (const GpuSpec &g : *gpus) {
        const auto problems = CatalogFieldCheck::gpuProblems(CatalogCsv::gpuToFields(g));
        QVERIFY2(problems.isEmpty(), qPrintable(g.id + u' ' + problems.keys().join(u',')));
    }
    const auto models = m_catalog->repository().models();
    QVERIFY(models && models->size() >= 20);
    for (const ModelSpec &m : *models) {
        ModelEditDialog dialog(ModelEditDialog::Purpose::Edit, m, {});
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(m.id));
        // The counts the form works out are the catalog's (recomputed from the same config).
        QVERIFY2(std::abs(dialog.model()->paramsTotalB - m.paramsTotalB) < 0.01 * m.paramsTotalB,
                 qPrintable(m.id));
    }
}

QTEST_MAIN(TestCatalogForms)
#include "tst_catalogforms.moc"
