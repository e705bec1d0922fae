#include "ChartExporter.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartExporter", text);
}

Error failed(const QSaveFile &file)
{
    Error error;
    error.message = tr("The chart could not be written: %1").arg(file.errorString());
    error.file = file.fileName();
    return error;
}

// Exports need a sensible size even for a chart on a page not shown yet.
QSize exportSize(const QChartView *view)
{
    const QSize size = view->size();
    return size.width() < 200 || size.height() < 150 ? QSize(1000, 600) : size;
}

} // namespace

namespace ChartExporter {

Status save(QChartView *view, const QString &path)
{
    return path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive) ? saveSvg(view, path)
                                                                      : savePng(view, path);
}

Status savePng(QChartView *view, const QString &path)
{
    if (view->size() != exportSize(view))
        view->resize(exportSize(view));
    const qreal scale = 2.0; // sharp on high-density screens and in documents
    QImage image(view->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(view->chart()->backgroundBrush().color());
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file);
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        Error error;
        error.message = tr("The chart could not be encoded as PNG.");
        error.file = path;
        return error;
    }
    if (!file.commit())
        return failed(file);
    return Done{};
}

Status saveSvg(QChartView *view, const QString &path)
{
    if (view->size() != exportSize(view))
        view->resize(exportSize(view));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file);
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(view->size());
    generator.setViewBox(QRect(QPoint(0, 0), view->size()));
    generator.setTitle(view->chart()->title());
    generator.setDescription(tr("Chart exported from GPU Advisor"));
    {
        QPainter painter(&generator);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter);
    }
    if (!file.commit())
        return failed(file);
    return Done{};
}

} // namespace ChartExporter
