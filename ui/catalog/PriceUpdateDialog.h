#pragma once

// Sets the street prices of many GPUs at once: a table of the GPUs with their current price and
// a column for the new one, and one date for all of them. Each new price is checked as the GPU
// form checks it, with the problem in its row; OK stays disabled until every one is valid, and
// the caller writes them in one transaction (CatalogRepository::updateStreetPrices).

#include "CatalogRepository.h"
#include "GpuSpec.h"

#include <QDialog>
#include <QList>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

class PriceUpdateDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        CurrentPrice,
        CurrentDate,
        NewPrice,
        ColumnCount
    };

    explicit PriceUpdateDialog(const QList<GpuSpec> &gpus, QWidget *parent = nullptr);

    // The new prices entered, all with the chosen date; rows left empty keep their price.
    QList<StreetPriceUpdate> updates() const { return m_updates; }

    QTableWidget *table() const { return m_table; }
    QDateEdit *dateEdit() const { return m_date; }
    QPushButton *okButton() const;
    QString problems() const; // the text listing the rows with a problem

private:
    void validate();

    QList<GpuSpec> m_gpus;
    QTableWidget *m_table = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<StreetPriceUpdate> m_updates;
};
