#include "LocaleNumber.h"

#include <QLocale>

namespace LocaleNumber {

std::optional<QString> toCell(const QString &text, bool integer)
{
    QString t = text.trimmed();
    // Spaces only ever group digits ("20 000"), in every locale the application has.
    t.remove(u' ');
    t.remove(QChar(0x00a0));
    t.remove(QChar(0x202f));
    if (t.isEmpty())
        return QString();
    for (QLocale locale : {QLocale(), QLocale::c()}) {
        locale.setNumberOptions(QLocale::RejectGroupSeparator);
        bool ok = false;
        if (integer) {
            const qlonglong v = locale.toLongLong(t, &ok);
            if (ok)
                return QString::number(v);
        } else {
            const double v = locale.toDouble(t, &ok);
            if (ok)
                return QString::number(v, 'g', 15);
        }
    }
    return std::nullopt;
}

QString fromCell(const QString &cell)
{
    bool ok = false;
    const double v = cell.toDouble(&ok);
    if (!ok)
        return cell;
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(v, 'g', 15);
}

} // namespace LocaleNumber
