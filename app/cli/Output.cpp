// SPDX-License-Identifier: GPL-3.0-or-later
#include "Output.h"

#include "Terminal.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace AltDist::Cli::Output {

QString date(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("AltDist::Cli::Output", "yes")
                 : QCoreApplication::translate("AltDist::Cli::Output", "no");
}

void printJson(const QJsonObject &object)
{
    Terminal::writeOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

void printJson(const QJsonArray &array)
{
    Terminal::writeOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
}

} // namespace AltDist::Cli::Output
