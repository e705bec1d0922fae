#pragma once

// The shortlist dock's "Import…": a new list from a JSON file the export wrote, as the command
// line's `shortlist import` makes it. The file is read with ShortlistJsonReader against the
// catalog's GPUs; a file with any problem is refused with every problem listed (file, line, JSON
// path) and nothing changes. When a list already has the file's name the user is asked for
// another (a free one suggested). The list and its items are written in one transaction
// (ShortlistRepository::createWithItems).

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class QWidget;
class ShortlistRepository;
struct GpuSpec;

class ShortlistImport
{
    Q_DECLARE_TR_FUNCTIONS(ShortlistImport)

public:
    ShortlistImport(ShortlistRepository &repository, const QList<GpuSpec> &catalogGpus,
                    QWidget *parent);

    // Asks for the file, then imports it; the new list's id, or nullopt when the user cancelled
    // or the file was refused (the user has been told why).
    std::optional<qint64> askAndImport();
    // Imports this file, asking only for a name when the file's is taken.
    std::optional<qint64> importFile(const QString &path);

private:
    // The file's name, or another the user gives when a list has it; nullopt when they cancel.
    std::optional<QString> freeName(const QString &wanted);
    // "Name (2)", "Name (3)" ...: the first that no list has.
    QString suggestedName(const QString &taken) const;
    // A warning: text, then more under it, and details behind "Show Details...".
    void warn(const QString &text, const QString &more = {}, const QString &details = {});

    ShortlistRepository &m_repository;
    QSet<QString> m_gpuIds;
    QWidget *m_parent;
};
