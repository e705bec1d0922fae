#pragma once

// Imports and exports catalog files for the main window: File > Import and Export, the workload
// bar's config.json button and files dropped on the window. Opens the import dialog without
// blocking (a drop must return at once) and says when the catalog has changed, so that the
// window can reload it.

#include "Result.h"

#include <QObject>
#include <QString>

class CatalogRepository;
class ImportDialog;
class QMimeData;
class QWidget;
struct CatalogExportOptions;

class CatalogTransfer : public QObject
{
    Q_OBJECT

public:
    CatalogTransfer(CatalogRepository &repository, QWidget *window);

    // The local file a drag carries, if it carries exactly one; empty otherwise.
    static QString droppedFile(const QMimeData *mime);

    // Asks for a file (any importable one, or a config.json) and opens the import dialog.
    void chooseAndImport();
    void chooseConfigAndImport();
    // Opens the import dialog for the file, window-modal; returns it (it deletes itself).
    ImportDialog *importFile(const QString &path);

    // Asks what to export and where, and writes the file.
    void chooseAndExport();
    Status exportTo(const QString &path, const CatalogExportOptions &options);

Q_SIGNALS:
    // The catalog has changed; modelId is the model a config.json import added (else empty).
    void imported(const QString &modelId);
    void message(const QString &text);

private:
    CatalogRepository &m_repository;
    QWidget *m_window;
};
