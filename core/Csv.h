#pragma once

// RFC 4180 CSV reading and writing. The reader keeps the line each record starts on so that
// errors can point at it.

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

struct CsvRecord
{
    int line = 0; // 1-based line of the record's first character
    QStringList fields;
};

class CsvTable
{
public:
    QStringList header;
    QList<CsvRecord> records;

    // Index of a header column, or -1.
    int column(const QString &name) const { return header.indexOf(name); }
};

namespace Csv {

// Parses the whole text. The first record is the header. Fails on an unterminated quote or a
// record with more fields than the header; shorter records are padded with empty fields.
Result<CsvTable> parse(const QString &text, const QString &fileName = {}, QChar separator = u',');

// One field, quoted when it holds the separator, a quote or a line break.
QString quote(const QString &field, QChar separator = u',');

// One line of fields, ending in "\r\n" as RFC 4180 asks.
QString line(const QStringList &fields, QChar separator = u',');

} // namespace Csv
