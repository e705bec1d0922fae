#pragma once

// The items of one shortlist with their figures for the current workload, one row per item in
// list order, for the shortlist dock; money in the report's currency (the settings' display
// currency), as the GPU table shows it. Quantity and note are edited in place and items are
// reordered by dragging; the model does not store anything itself: it asks through its signals
// and the dock saves the change and hands it the rebuilt report.

#include "ShortlistReport.h"

#include <QAbstractTableModel>

class ShortlistItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Position,
        Gpu,
        Quantity,
        Cards,
        Enough,
        GpusNeeded,
        TokensPerS,
        PurchaseSek,
        ElectricityPerYearSek,
        TcoSek,
        Note,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
        GpuIdRole
    };

    explicit ShortlistItemModel(QObject *parent = nullptr);

    // Keeps the rows (and the view's selection) when the report has the same items in the same
    // order, as after an edit or a workload change; resets otherwise.
    void setReport(const ShortlistReport &report);
    const ShortlistReport &report() const { return m_report; }
    qint64 itemIdAt(int row) const;
    // The texts of the headers and of "as needed" in the current language.
    void refreshTexts();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // quantity 0: as many as the workload needs.
    void quantityEdited(qint64 itemId, int quantity);
    void noteEdited(qint64 itemId, const QString &note);
    // newPosition is the 0-based place the item takes in the list.
    void moveRequested(qint64 itemId, int newPosition);

private:
    QVariant display(const ShortlistRow &row, int column) const;

    ShortlistReport m_report;
};
