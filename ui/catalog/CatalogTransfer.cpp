#include "CatalogTransfer.h"

#include "CatalogExporter.h"
#include "CatalogRepository.h"
#include "ExportDialog.h"
#include "ImportDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QUrl>

CatalogTransfer::CatalogTransfer(CatalogRepository &repository, QWidget *window)
    : QObject(window)
    , m_repository(repository)
    , m_window(window)
{}

QString CatalogTransfer::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    const QString path = urls.first().toLocalFile();
    return QFileInfo(path).isFile() ? path : QString();
}

void CatalogTransfer::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import into the catalog"), QString(),
        tr("Catalog files, config.json and measurements (*.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void CatalogTransfer::chooseConfigAndImport()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import a model's config.json"), QString(),
                                     tr("Hugging Face configuration (config.json *.json)"));
    if (!path.isEmpty())
        importFile(path);
}

ImportDialog *CatalogTransfer::importFile(const QString &path)
{
    auto *dialog = new ImportDialog(m_repository, path, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ImportSummary s = dialog->summary().value_or(ImportSummary{});
        const int rows = s.gpus.added + s.gpus.replaced + s.gpus.keptBoth + s.models.added +
                         s.models.replaced + s.models.keptBoth + s.measurementsAdded;
        Q_EMIT imported(dialog->importedModelId());
        Q_EMIT message(tr("Imported %n row(s) from %1.", nullptr, rows)
                           .arg(QFileInfo(dialog->plan().fileName).fileName()));
    });
    dialog->open();
    return dialog;
}

void CatalogTransfer::chooseAndExport()
{
    ExportDialog options(m_window);
    if (options.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export the catalog"), QDir::home().filePath(options.suggestedFileName()),
        options.options().format == CatalogFileFormat::Json ? tr("JSON files (*.json)")
                                                            : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status written = exportTo(path, options.options()); !written) {
        QMessageBox::warning(
            m_window, tr("Export the catalog"),
            tr("The catalog could not be exported.\n\n%1").arg(written.error().toString()));
        return;
    }
    Q_EMIT message(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

Status CatalogTransfer::exportTo(const QString &path, const CatalogExportOptions &options)
{
    return CatalogExporter(m_repository).writeFile(path, options);
}
