#pragma once

// Numbers as a person types them in the catalog forms, in their locale ("1,5" and "20 000" in
// Swedish), turned into the catalog format's cells (decimal point, no grouping) and back.

#include <QString>

#include <optional>

namespace LocaleNumber {

// The cell for the typed text, in the user's locale or else with a decimal point; an empty
// cell for empty text; nullopt when neither reads it. Group separators other than spaces are
// refused: "1,5" is one and a half in Swedish and nothing in English, never fifteen.
std::optional<QString> toCell(const QString &text, bool integer);
// The cell's number in the user's locale without grouping, for editing.
QString fromCell(const QString &cell);

} // namespace LocaleNumber
