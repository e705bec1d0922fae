#include "StartupProbe.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace {

constexpr char kVariable[] = "GPUADVISOR_STARTUP_PROBE";

class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Usable: painted, and nothing left queued that the start-up posted.
            QTimer::singleShot(0, this, [] {
                const qint64 started = qgetenv(kVariable).toLongLong();
                const qint64 now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                       std::chrono::steady_clock::now().time_since_epoch())
                                       .count();
                std::printf("usable-ms %.1f\n", double(now - started) / 1e6);
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

namespace StartupProbe {

bool armed()
{
    return qEnvironmentVariableIsSet(kVariable);
}

void watch(QWidget *window)
{
    if (armed())
        window->installEventFilter(new FirstPaint(window));
}

} // namespace StartupProbe
