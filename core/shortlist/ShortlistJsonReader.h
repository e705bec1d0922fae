#pragma once

// Reads a shortlist back from the JSON that ShortlistExporter::writeJson writes (schema
// "gpu-advisor.shortlist", docs/SHORTLIST.md): the list's name and its items (GPU id, quantity or
// as the workload needs, note) in the file's order. The computed figures in the file are ignored:
// they are worked out again for the workload of the day. Every problem is reported with the file,
// the JSON path ("items[2].quantity") and the line; a file of a newer schema version is refused.

#include "Result.h"
#include "Shortlist.h"

#include <QByteArray>
#include <QList>

#include <functional>

struct ParsedShortlist
{
    Shortlist list; // name and items only (positions 0-based, in the file's order)
    QList<Error> errors;
    bool ok() const { return errors.isEmpty(); }
};

namespace ShortlistJsonReader {

// The largest quantity a file may give (as `shortlist add --quantity` accepts).
constexpr int kMaxQuantity = 100000;

// gpuExists, when given, says whether the catalog holds a GPU id: an item whose GPU it lacks is
// an error naming the id (a list is not imported with GPUs silently dropped).
ParsedShortlist read(const QByteArray &json, const QString &fileName = {},
                     const std::function<bool(const QString &)> &gpuExists = {});

} // namespace ShortlistJsonReader
