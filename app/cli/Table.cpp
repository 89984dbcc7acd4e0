// SPDX-License-Identifier: GPL-3.0-or-later
#include "Table.h"

#include <algorithm>

namespace AltDist::Cli {

namespace {
QString renderLine(const QStringList &cells, const QList<int> &widths)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        const bool last = i == cells.size() - 1;
        line += last ? cells.at(i) : cells.at(i).leftJustified(widths.at(i)) + QStringLiteral("  ");
    }
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line + QLatin1Char('\n');
}
} // namespace

Table::Table(QStringList headers) : m_headers(std::move(headers)) {}

void Table::addRow(const QStringList &cells)
{
    QStringList row = cells.mid(0, m_headers.size());
    while (row.size() < m_headers.size())
        row.append(QString());
    // A cell is one line: newlines would break the alignment.
    for (QString &cell : row)
        cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_rows.append(row);
}

QString Table::render() const
{
    QList<int> widths;
    for (const QString &header : m_headers)
        widths.append(int(header.size()));
    for (const QStringList &row : m_rows) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), int(row.at(i).size()));
    }
    QString text = renderLine(m_headers, widths);
    for (const QStringList &row : m_rows)
        text += renderLine(row, widths);
    return text;
}

void Details::add(const QString &label, const QString &value)
{
    m_rows.append({label, value});
}

QString Details::render() const
{
    int width = 0;
    for (const auto &row : m_rows)
        width = std::max(width, int(row.first.size()));
    QString text;
    for (const auto &row : m_rows)
        text += renderLine({row.first, row.second}, {width, 0});
    return text;
}

} // namespace AltDist::Cli
