#pragma once

// Errors travel as values: a Result holds either a value or an Error that says what went wrong
// and where (file, line, field), so every layer can pass it on and the UI or CLI can word it.

#include <QString>

#include <utility>
#include <variant>

struct Error
{
    QString message; // already translated, complete sentence without the location
    QString file;    // input file, if any
    int line = 0;    // 1-based line in that file, 0 if not applicable
    QString field;   // column, key or option name, if any

    // "file:line: field: message", leaving out the parts that are empty.
    QString toString() const
    {
        QString where;
        if (!file.isEmpty())
            where = file;
        if (line > 0)
            where += (where.isEmpty() ? QStringLiteral("line %1").arg(line)
                                      : QStringLiteral(":%1").arg(line));
        if (!field.isEmpty())
            where += (where.isEmpty() ? field : QStringLiteral(": ") + field);
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

template <typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but can fail.
struct Done
{};
using Status = Result<Done>;
