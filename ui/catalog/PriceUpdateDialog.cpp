#include "PriceUpdateDialog.h"

#include "CatalogCsv.h"
#include "CatalogFieldCheck.h"
#include "Formatting.h"
#include "LocaleNumber.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

PriceUpdateDialog::PriceUpdateDialog(const QList<GpuSpec> &gpus, QWidget *parent)
    : QDialog(parent)
    , m_gpus(gpus)
    , m_table(new QTableWidget(int(gpus.size()), ColumnCount, this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("priceUpdateDialog"));
    setWindowTitle(tr("Set street prices"));
    const int count = int(gpus.size());
    auto *intro = new QLabel(
        tr("Type the new price, in Swedish kronor with VAT, of each of these %n GPU(s) whose "
           "price you want to change; leave the others empty. All of them are saved together, "
           "or none.",
           nullptr, count),
        this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("prices"));
    m_table->setHorizontalHeaderLabels(
        {tr("GPU"), tr("Current price"), tr("Price date"), tr("New price (SEK)")});
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    for (int row = 0; row < count; ++row) {
        const GpuSpec &g = gpus.at(row);
        auto fixed = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            return item;
        };
        m_table->setItem(row, Name, fixed(g.name));
        auto *price =
            fixed(g.streetPriceSek ? Formatting::money(*g.streetPriceSek, QStringLiteral("SEK"))
                                   : Formatting::unknown());
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, CurrentPrice, price);
        m_table->setItem(row, CurrentDate,
                         fixed(g.streetPriceDate.isValid()
                                   ? QLocale().toString(g.streetPriceDate, QLocale::ShortFormat)
                                   : QString()));
        auto *entry = new QTableWidgetItem;
        entry->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, NewPrice, entry);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->setColumnWidth(NewPrice, std::max(m_table->columnWidth(NewPrice), 130));

    m_date->setObjectName(QStringLiteral("priceDate"));
    m_date->setCalendarPopup(true);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(new QLabel(tr("Date of the new prices:"), this));
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    QPalette palette = m_problems->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_problems->setPalette(palette);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(dateRow);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &PriceUpdateDialog::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &PriceUpdateDialog::validate);
    resize(720, 520);
    validate();
}

QPushButton *PriceUpdateDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString PriceUpdateDialog::problems() const
{
    return m_problems->text();
}

void PriceUpdateDialog::validate()
{
    const QStringList columns = CatalogCsv::gpuColumns();
    const qsizetype priceAt = columns.indexOf(QStringLiteral("street_price_sek"));
    QStringList lines;
    QList<StreetPriceUpdate> updates;
    const QSignalBlocker block(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, NewPrice);
        const QString text = item->text().trimmed();
        QString problem;
        const auto cell = LocaleNumber::toCell(text, false);
        if (!cell) {
            problem = tr("'%1' is not a number").arg(text);
        } else if (!cell->isEmpty()) {
            // The GPU form's rule for a street price, on this GPU's row.
            QStringList cells = CatalogCsv::gpuToFields(m_gpus.at(row));
            cells[priceAt] = *cell;
            problem =
                CatalogFieldCheck::gpuProblems(cells).value(QStringLiteral("street_price_sek"));
            if (problem.isEmpty())
                updates.append({m_gpus.at(row).id, cell->toDouble(), m_date->date()});
        }
        item->setToolTip(problem);
        item->setBackground(problem.isEmpty() ? QBrush() : QBrush(QColor(0xff, 0xd6, 0xd6)));
        if (!problem.isEmpty())
            lines.append(tr("%1: %2").arg(m_gpus.at(row).name, problem));
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
    const bool ok = lines.isEmpty() && !updates.isEmpty();
    okButton()->setEnabled(ok);
    m_updates = ok ? updates : QList<StreetPriceUpdate>();
}
