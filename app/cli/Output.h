// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace AltDist::Cli::Output {

/// A UTC timestamp shown in local time ("2024-03-01 14:05:09"); empty when null.
QString date(const QDateTime &when);
/// "yes" / "no", translated.
QString yesNo(bool value);

/// Pretty-printed JSON on stdout.
void printJson(const QJsonObject &object);
void printJson(const QJsonArray &array);

/// The resource objects exactly as the API returned them (`T::json`).
template <typename T>
QJsonArray jsonArray(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.json);
    return array;
}

} // namespace AltDist::Cli::Output
