#include "Csv.h"

#include <QCoreApplication>

namespace Csv {

Result<CsvTable> parse(const QString &text, const QString &fileName, QChar separator)
{
    CsvTable table;
    QList<CsvRecord> rows;
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    current.line = 1;

    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        // A blank line is not a record.
        if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
            rows.append(current);
        current = CsvRecord{};
        current.line = nextLine;
    };

    const int n = int(text.size());
    int i = 0;
    if (n > 0 && text.at(0) == QChar(0xFEFF)) // byte order mark
        i = 1;
    for (; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            continue; // the \n ends the record
        } else if (c == u'\n' || c == u'\r') {
            ++line;
            endRecord(line);
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        return Error{QCoreApplication::translate("Csv", "a quoted field is not closed"),
                     fileName,
                     quoteLine,
                     {}};
    }
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord(line);

    if (rows.isEmpty())
        return Error{QCoreApplication::translate("Csv", "the file is empty"), fileName, 0, {}};

    table.header = rows.takeFirst().fields;
    for (QString &h : table.header)
        h = h.trimmed();
    for (CsvRecord &r : rows) {
        if (r.fields.size() > table.header.size()) {
            return Error{
                QCoreApplication::translate("Csv", "the row has %1 fields but the header has %2")
                    .arg(r.fields.size())
                    .arg(table.header.size()),
                fileName,
                r.line,
                {}};
        }
        while (r.fields.size() < table.header.size())
            r.fields.append(QString());
    }
    table.records = rows;
    return table;
}

QString quote(const QString &field, QChar separator)
{
    const bool needsQuotes = field.contains(separator) || field.contains(u'"') ||
                             field.contains(u'\n') || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString line(const QStringList &fields, QChar separator)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(quote(f, separator));
    return quoted.join(separator) + QStringLiteral("\r\n");
}

} // namespace Csv
