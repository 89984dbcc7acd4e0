// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace AltDist::Cli {

/// A human-readable table: a header row and left-aligned columns separated
/// by two spaces, each as wide as its widest cell. No trailing spaces.
class Table final
{
public:
    explicit Table(QStringList headers);

    void addRow(const QStringList &cells);
    int rowCount() const { return int(m_rows.size()); }

    /// Every line ends with '\n'; an empty table still has its header.
    QString render() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

/// A key/value block for a single resource ("ID      123").
class Details final
{
public:
    void add(const QString &label, const QString &value);
    QString render() const;

private:
    QList<QPair<QString, QString>> m_rows;
};

} // namespace AltDist::Cli
