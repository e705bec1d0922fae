#pragma once

// Finds the lines of a JSON document's parts that error messages point at: the top-level keys,
// the entries of top-level arrays and the keys of those entries. QJsonDocument keeps no
// positions, so this scans the text once. Meant for text QJsonDocument has already accepted.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray &json);

    // 1-based lines; 0 when the part is not there.
    int keyLine(const QString &key) const;
    int entryLine(const QString &arrayKey, qsizetype index) const;
    int entryKeyLine(const QString &arrayKey, qsizetype index, const QString &key) const;

private:
    struct Entry
    {
        int line = 0;
        QHash<QString, int> keyLines;
    };

    void skipSpace();
    QString readString();
    void scanValue(int depth, const QString &key, Entry *entry);

    QByteArray m_json;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_keyLines;
    QHash<QString, QList<Entry>> m_arrays;
};
