#include "JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>

JsonLocator::JsonLocator(const QByteArray &json)
    : m_json(json)
{
    scanValue(0, {}, nullptr);
}

int JsonLocator::keyLine(const QString &key) const
{
    return m_keyLines.value(key);
}

int JsonLocator::entryLine(const QString &arrayKey, qsizetype index) const
{
    const QList<Entry> entries = m_arrays.value(arrayKey);
    return index >= 0 && index < entries.size() ? entries.at(index).line : 0;
}

int JsonLocator::entryKeyLine(const QString &arrayKey, qsizetype index, const QString &key) const
{
    const QList<Entry> entries = m_arrays.value(arrayKey);
    return index >= 0 && index < entries.size() ? entries.at(index).keyLines.value(key) : 0;
}

void JsonLocator::skipSpace()
{
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

QString JsonLocator::readString()
{
    const qsizetype start = ++m_pos; // after the opening quote
    bool escaped = false;
    while (m_pos < m_json.size() && m_json.at(m_pos) != '"') {
        if (m_json.at(m_pos) == '\\') {
            escaped = true;
            ++m_pos;
        }
        ++m_pos;
    }
    const QByteArray raw = m_json.mid(start, m_pos - start);
    ++m_pos; // the closing quote
    if (!escaped)
        return QString::fromUtf8(raw);
    // Let Qt's parser undo the escapes.
    return QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString();
}

// depth 0 is the document, 1 a top-level value, 2 an entry of a top-level array, 3 its values.
void JsonLocator::scanValue(int depth, const QString &key, Entry *entry)
{
    skipSpace();
    if (m_pos >= m_json.size())
        return;
    const char c = m_json.at(m_pos);
    if (c == '{') {
        ++m_pos;
        while (m_pos < m_json.size()) {
            skipSpace();
            if (m_pos >= m_json.size())
                return;
            const char next = m_json.at(m_pos);
            if (next == '}') {
                ++m_pos;
                return;
            }
            if (next == ',') {
                ++m_pos;
                continue;
            }
            if (next != '"')
                return; // not JSON this scanner understands: give up quietly
            const int line = m_line;
            const QString name = readString();
            skipSpace();
            if (m_pos < m_json.size() && m_json.at(m_pos) == ':')
                ++m_pos;
            if (depth == 0)
                m_keyLines.insert(name, line);
            else if (depth == 2 && entry)
                entry->keyLines.insert(name, line);
            scanValue(depth + 1, name, nullptr);
        }
    } else if (c == '[') {
        ++m_pos;
        while (m_pos < m_json.size()) {
            skipSpace();
            if (m_pos >= m_json.size())
                return;
            const char next = m_json.at(m_pos);
            if (next == ']') {
                ++m_pos;
                return;
            }
            if (next == ',') {
                ++m_pos;
                continue;
            }
            const qsizetype before = m_pos;
            if (depth == 1) {
                QList<Entry> &entries = m_arrays[key];
                entries.append(Entry{m_line, {}});
                scanValue(2, {}, &entries.last());
            } else {
                scanValue(depth + 1, {}, nullptr);
            }
            if (m_pos == before)
                return;
        }
    } else if (c == '"') {
        readString();
    } else {
        // A number, true, false or null.
        while (m_pos < m_json.size()) {
            const char n = m_json.at(m_pos);
            if (n == ',' || n == ']' || n == '}' || n == ' ' || n == '\n' || n == '\r' || n == '\t')
                break;
            ++m_pos;
        }
    }
}
