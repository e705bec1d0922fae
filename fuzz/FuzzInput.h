#pragma once

// The fuzzer's bytes as the text a parser is given: a file's bytes decoded as UTF-8, the way the
// importers read files.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString fuzzText(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(fuzzBytes(data, size));
}
