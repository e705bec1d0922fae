#include "ChartExporter.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
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

// A hidden view gets its resize event only when shown, so lay the chart out by hand.
void prepare(QChartView *view)
{
    const QSize size = exportSize(view);
    if (view->isVisible() && view->size() == size)
        return;
    view->resize(size);
    view->scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    view->chart()->resize(size);
    view->chart()->layout()->activate();
}

void render(QChartView *view, QPainter *painter)
{
    // QGraphicsView::render fills the painter's whole device unless told the target: with the
    // painter scaled for a sharp PNG that would scale twice.
    if (view->isVisible()) {
        view->render(painter, QRectF(QPointF(0, 0), view->viewport()->size()),
                     view->viewport()->rect());
        return;
    }
    const QRectF rect(QPointF(0, 0), view->size());
    view->scene()->render(painter, rect, rect);
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
    prepare(view);
    const qreal scale = 2.0; // sharp on high-density screens and in documents
    QImage image(view->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(view->chart()->backgroundBrush().color());
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        render(view, &painter);
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
    prepare(view);
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
        render(view, &painter);
    }
    if (!file.commit())
        return failed(file);
    return Done{};
}

} // namespace ChartExporter
