#pragma once

// Brings back bundled GPUs and models the user has deleted: a list of them, each with a check
// box, and a button that is enabled once one is ticked. The caller restores the ticked rows
// (CatalogRepository::revertGpuToBundled and revertModelToBundled).

#include <QDialog>
#include <QList>
#include <QStringList>

class QListWidget;
class QPushButton;

class DeletedRowsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Gpu,
        Model
    };
    struct Row
    {
        Kind kind = Kind::Gpu;
        QString id;
        QString name;
    };

    explicit DeletedRowsDialog(const QList<Row> &rows, QWidget *parent = nullptr);

    // The ids ticked, of one kind.
    QStringList checkedIds(Kind kind) const;

    QListWidget *list() const { return m_list; }
    QPushButton *bringBackButton() const { return m_bringBack; }

private:
    void updateButton();

    QListWidget *m_list;
    QPushButton *m_bringBack;
};
