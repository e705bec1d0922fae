#include "AppIcon.h"

#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>

#include <algorithm>
#include <array>

namespace {

constexpr std::array kSizes = {16, 22, 24, 32, 48, 64, 128, 256};
// The sizes offered to the window system. On X11 the window icon is sent as raw pixels of each
// offered size when the window is made; the 256 px one alone is 256 KB and took most of the ~10 ms
// the icon added to showing the window. Title bars, task bars and switchers use 16-128.
constexpr int kLargestOffered = 128;

class LazyIconEngine : public QIconEngine
{
public:
    QIconEngine *clone() const override { return new LazyIconEngine; }
    QString key() const override { return QStringLiteral("gpu-advisor-lazy"); }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int side : kSizes) {
            if (side <= kLargestOffered)
                sizes.append(QSize(side, side));
        }
        return sizes;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min({size.width(), size.height(), kSizes.back()});
        return QSize(side, side);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        // The smallest file at least this large, else the largest, scaled down to fit.
        const int wanted = std::min(size.width(), size.height());
        int side = kSizes.back();
        for (const int s : kSizes) {
            if (s >= wanted) {
                side = s;
                break;
            }
        }
        const QString path = QStringLiteral(":/icons/gpu-advisor-%1.png").arg(side);
        QPixmap pixmap;
        if (!QPixmapCache::find(path, &pixmap)) {
            pixmap.load(path);
            QPixmapCache::insert(path, pixmap);
        }
        if (pixmap.isNull())
            return pixmap;
        if (side != wanted)
            pixmap = pixmap.scaled(actualSize(size, mode, QIcon::Off), Qt::KeepAspectRatio,
                                   Qt::SmoothTransformation);
        return pixmap;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->drawPixmap(rect, pixmap(rect.size(), mode, state));
    }
};

} // namespace

namespace AppIcon {

QIcon make()
{
    return QIcon(new LazyIconEngine);
}

} // namespace AppIcon
