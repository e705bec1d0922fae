#include "TextTable.h"

void TextTable::setHeader(const QStringList &header, const QList<Align> &align)
{
    m_header = header;
    m_align = align;
}

void TextTable::addRow(const QStringList &row)
{
    m_rows.append(row);
}

QString TextTable::render() const
{
    QList<qsizetype> widths(m_header.size(), 0);
    for (qsizetype c = 0; c < m_header.size(); ++c)
        widths[c] = m_header.at(c).size();
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    auto renderRow = [&](const QStringList &row) {
        QStringList cells;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString cell = row.value(c);
            const bool right = m_align.value(c, Align::Left) == Align::Right;
            cells.append(right ? cell.rightJustified(widths[c]) : cell.leftJustified(widths[c]));
        }
        return cells.join(QStringLiteral("  ")).trimmed() + u'\n';
    };
    QString out = renderRow(m_header);
    QStringList rule;
    for (qsizetype w : widths)
        rule.append(QString(w, u'-'));
    out += rule.join(QStringLiteral("  ")) + u'\n';
    for (const QStringList &row : m_rows)
        out += renderRow(row);
    return out;
}
