#include "CompareSpecTable.h"

#include "ChartStyle.h"
#include "CompareData.h"
#include "CompareMetric.h"
#include "Formatting.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(130));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

QString breakEvenText(const BreakEvenCalculator::Outcome &outcome)
{
    switch (outcome.kind) {
    case BreakEvenCalculator::Kind::Months:
        return CompareSpecTable::tr("after %1 months").arg(Formatting::number(outcome.months, 0));
    case BreakEvenCalculator::Kind::Never:
        return CompareSpecTable::tr("never");
    case BreakEvenCalculator::Kind::Unknown:
        break;
    }
    return Formatting::unknown();
}

} // namespace

CompareSpecTable::CompareSpecTable(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("compareSpecTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

void CompareSpecTable::setData(const CompareData &compared)
{
    clear();
    const QList<CompareMetric::Id> metrics = CompareMetric::all();
    QStringList rows;
    for (const auto id : metrics)
        rows.append(CompareMetric::nameWithUnit(id));
    rows << tr("Architecture") << tr("Memory type") << tr("GPUs needed")
         << tr("Memory needed per GPU") << tr("Cost per year") << tr("Pays off against cloud")
         << tr("Pays off against the API");
    setRowCount(int(rows.size()));
    setColumnCount(int(compared.picked.size()));
    setVerticalHeaderLabels(rows);
    for (int c = 0; c < compared.picked.size(); ++c) {
        auto *header = new QTableWidgetItem(compared.picked.at(c).gpu.name);
        header->setIcon(swatch(ChartStyle::gpuColor(c, palette())));
        setHorizontalHeaderItem(c, header);
    }

    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(55);
    for (int r = 0; r < metrics.size(); ++r) {
        const auto id = metrics.at(r);
        QList<std::optional<double>> values;
        for (const CompareEntry &entry : compared.picked)
            values.append(CompareMetric::value(id, entry));
        const auto best = CompareMetric::best(id, values);
        const int known = int(std::count_if(values.begin(), values.end(),
                                            [](const auto &v) { return v.has_value(); }));
        for (int c = 0; c < compared.picked.size(); ++c) {
            auto *item = new QTableWidgetItem(CompareMetric::text(id, compared.picked.at(c)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            const bool isBest = best && values.at(c) && *values.at(c) == *best && known > 1;
            item->setData(BestRole, isBest);
            if (isBest) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setBackground(tint);
                item->setText(QStringLiteral("★ ") + item->text());
                item->setToolTip(tr("The best of the compared GPUs"));
            }
            setItem(r, c, item);
        }
    }
    for (int c = 0; c < compared.picked.size(); ++c) {
        const CompareEntry &e = compared.picked.at(c);
        const QString unknown = Formatting::unknown();
        const QStringList texts = {
            e.gpu.architecture.isEmpty() ? unknown : e.gpu.architecture,
            e.gpu.memoryType.isEmpty() ? unknown : e.gpu.memoryType,
            e.evaluation.gpusNeeded ? QLocale().toString(*e.evaluation.gpusNeeded)
                                    : (compared.hasWorkload ? tr("more than 8") : unknown),
            e.evaluation.vramNeededGiB
                ? tr("%1 GiB").arg(Formatting::number(*e.evaluation.vramNeededGiB, 1))
                : unknown,
            e.evaluation.yearlyCostSek ? Formatting::moneyFromSek(*e.evaluation.yearlyCostSek)
                                       : unknown,
            breakEvenText(e.cloudBreakEven),
            breakEvenText(e.apiBreakEven)};
        for (int i = 0; i < texts.size(); ++i) {
            auto *item = new QTableWidgetItem(texts.at(i));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(BestRole, false);
            setItem(int(metrics.size()) + i, c, item);
        }
    }
}
