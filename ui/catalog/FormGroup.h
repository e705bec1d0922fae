#pragma once

// A titled group of form rows (caption, field) as the catalog forms lay them out: captions
// aligned with the first line of their field, so that a problem shown under a field does not
// move its caption.

#include <QList>
#include <QString>

#include <utility>

class QGroupBox;
class QWidget;

namespace FormGroup {

QGroupBox *create(const QString &title, const QList<std::pair<QString, QWidget *>> &rows);

} // namespace FormGroup
