#pragma once

// Answers the next modal dialog of a type once it shows, for widget tests that drive the file,
// input and message dialogs as a user would: call it before the action that opens the dialog.

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

// Polls every 20 ms until a modal T is the active modal widget, then runs answer on it; gives
// up after timeoutMs (long enough for a loaded machine).
template <typename T> void whenShown(std::function<void(T *)> answer, int timeoutMs = 30000)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    const int most = timeoutMs / 20;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, most, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        } else if (++*tries > most) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

// Picks path in a (Qt's own, not native) file dialog and accepts it. selectFile() leaves the
// name field alone while it has the focus, which it may or may not have by then, so the path is
// also typed into the field.
inline void chooseFile(QFileDialog *dialog, const QString &path)
{
    dialog->selectFile(path);
    if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
        name->setText(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept() is protected
}
