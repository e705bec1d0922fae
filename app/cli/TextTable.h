#pragma once

// A plain-text table with aligned columns for terminal output.

#include <QList>
#include <QString>
#include <QStringList>

class TextTable
{
public:
    enum class Align
    {
        Left,
        Right
    };

    void setHeader(const QStringList &header, const QList<Align> &align = {});
    void addRow(const QStringList &row);
    QString render() const;

private:
    QStringList m_header;
    QList<Align> m_align;
    QList<QStringList> m_rows;
};
