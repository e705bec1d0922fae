#include "ShortlistImport.h"

#include "GpuSpec.h"
#include "ShortlistJsonReader.h"
#include "ShortlistRepository.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace {

// Problems listed in the message itself; all of them are in its details.
constexpr int kProblemsShown = 12;

} // namespace

ShortlistImport::ShortlistImport(ShortlistRepository &repository, const QList<GpuSpec> &catalogGpus,
                                 QWidget *parent)
    : m_repository(repository)
    , m_parent(parent)
{
    for (const GpuSpec &gpu : catalogGpus)
        m_gpuIds.insert(gpu.id);
}

std::optional<qint64> ShortlistImport::askAndImport()
{
    const QString path = QFileDialog::getOpenFileName(
        m_parent, tr("Import a shortlist"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        //: File dialog filter; the pattern in parentheses stays as it is
        tr("Shortlist exported as JSON (*.json)"));
    if (path.isEmpty())
        return std::nullopt;
    return importFile(path);
}

std::optional<qint64> ShortlistImport::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warn(tr("The file %1 could not be read: %2")
                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    const ParsedShortlist parsed =
        ShortlistJsonReader::read(file.readAll(), QFileInfo(path).fileName(),
                                  [this](const QString &id) { return m_gpuIds.contains(id); });
    if (!parsed.ok()) {
        QStringList problems;
        for (const Error &error : parsed.errors)
            problems.append(error.toString());
        const int count = int(problems.size());
        QString shown = problems.mid(0, kProblemsShown).join(u'\n');
        if (count > kProblemsShown) {
            const int more = count - kProblemsShown;
            shown += u'\n' + tr("… and %n more (see the details).", nullptr, more);
        }
        //: %1 is the file's name; the problems are listed under this sentence
        warn(tr("No shortlist was made from %1: the file has %n problem(s).", nullptr, count)
                 .arg(QFileInfo(path).fileName()),
             shown, problems.join(u'\n'));
        return std::nullopt;
    }
    const auto name = freeName(parsed.list.name);
    if (!name)
        return std::nullopt;
    const auto created = m_repository.createWithItems(*name, parsed.list.items);
    if (!created) {
        warn(tr("No shortlist was made from %1: %2")
                 .arg(QDir::toNativeSeparators(path), created.error().toString()));
        return std::nullopt;
    }
    return *created;
}

std::optional<QString> ShortlistImport::freeName(const QString &wanted)
{
    QString name = wanted.trimmed();
    for (;;) {
        const auto existing = m_repository.shortlistByName(name);
        if (!existing) {
            warn(existing.error().toString());
            return std::nullopt;
        }
        if (!*existing)
            return name;
        bool ok = false;
        //: %1 is the name of a shortlist, as given in the imported file
        const QString label =
            tr("There is already a shortlist named '%1'.\nName of the imported list:").arg(name);
        name = QInputDialog::getText(m_parent, tr("Import a shortlist"), label, QLineEdit::Normal,
                                     suggestedName(name), &ok)
                   .trimmed();
        if (!ok || name.isEmpty())
            return std::nullopt;
    }
}

QString ShortlistImport::suggestedName(const QString &taken) const
{
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(taken).arg(n);
        const auto existing = m_repository.shortlistByName(candidate);
        if (!existing || !*existing)
            return candidate;
    }
}

void ShortlistImport::warn(const QString &text, const QString &more, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, tr("Import a shortlist"), text, QMessageBox::Ok,
                    m_parent);
    box.setObjectName(QStringLiteral("shortlistImportProblems"));
    box.setInformativeText(more);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}
