#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QPalette>

namespace ChartStyle {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void prepare(QChart *chart, const QPalette &palette)
{
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.1);
    chart->setTitleFont(title);
}

void finish(QChart *chart, const QPalette &palette)
{
    const QColor text = textColor(palette);
    QColor grid = neutralColor(palette);
    grid.setAlpha(70);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(neutralColor(palette));
        axis->setGridLineColor(grid);
        QColor minor = grid;
        minor.setAlpha(30);
        axis->setMinorGridLineColor(minor);
    }
}

QColor gpuColor(int index, const QPalette &palette)
{
    // Okabe & Ito's colour-blind safe set, without the yellow that vanishes on white.
    static const QList<QColor> light = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                                        QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                        QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                        QColor(0x7b, 0x5a, 0xa6), QColor(0x5f, 0x5f, 0x5f)};
    QColor color = light.at(index % light.size());
    if (isDark(palette))
        color = color.lighter(index % light.size() == 7 ? 190 : 125);
    return color;
}

QColor textColor(const QPalette &palette)
{
    return palette.color(QPalette::Text);
}

QColor neutralColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor((text.red() + base.red()) / 2, (text.green() + base.green()) / 2,
                  (text.blue() + base.blue()) / 2);
}

QStringList uniqueLabels(const QStringList &labels)
{
    QStringList result;
    for (const QString &label : labels) {
        QString unique = label;
        for (int n = 2; result.contains(unique); ++n)
            unique = QStringLiteral("%1 (%2)").arg(label).arg(n);
        result.append(unique);
    }
    return result;
}

} // namespace ChartStyle
