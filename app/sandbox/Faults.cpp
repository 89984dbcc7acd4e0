// SPDX-License-Identifier: GPL-3.0-or-later
#include "Faults.h"

#include <QCoreApplication>

namespace Sandbox {

namespace {

struct KindName
{
    Fault::Kind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    {Fault::Kind::Latency, "latency"},
    {Fault::Kind::ServerError, "5xx"},
    {Fault::Kind::ResetMidBody, "reset"},
    {Fault::Kind::Stall, "stall"},
    {Fault::Kind::TruncatedBody, "truncate"},
    {Fault::Kind::RateLimitBurst, "429"},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Sandbox::Fault", text);
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

bool applyOption(Fault &fault, const QString &key, const QString &value, QString *errorMessage)
{
    bool ok = true;
    if (key == QLatin1String("path")) {
        if (!value.startsWith(QLatin1Char('/')))
            return fail(errorMessage, tr("The fault path \"%1\" must start with \"/\".").arg(value));
        fault.pathPrefix = value;
    } else if (key == QLatin1String("count")) {
        fault.count = value.toInt(&ok);
    } else if (key == QLatin1String("rate")) {
        fault.probability = value.toDouble(&ok);
        ok = ok && fault.probability >= 0.0 && fault.probability <= 1.0;
    } else if (key == QLatin1String("after")) {
        fault.afterBytes = value.toLongLong(&ok);
        ok = ok && fault.afterBytes >= 0;
    } else if (key == QLatin1String("ms")) {
        fault.delayMs = value.toInt(&ok);
        ok = ok && fault.delayMs >= 0;
    } else if (key == QLatin1String("status")) {
        fault.status = value.toInt(&ok);
        ok = ok && fault.status >= 500 && fault.status <= 599;
    } else {
        return fail(errorMessage, tr("Unknown fault option \"%1\" (expected path, count, rate, after, ms or status).")
                                      .arg(key));
    }
    if (!ok)
        return fail(errorMessage, tr("Invalid value \"%1\" for fault option \"%2\".").arg(value, key));
    return true;
}

} // namespace

QString Fault::kindName(Kind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<Fault> Fault::parse(const QString &spec, QString *errorMessage)
{
    const QString kindText = spec.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
    const QString optionsText = spec.section(QLatin1Char(':'), 1);
    Fault fault;
    bool known = false;
    for (const KindName &entry : kKindNames) {
        if (kindText == QLatin1String(entry.name)) {
            fault.kind = entry.kind;
            known = true;
        }
    }
    if (!known) {
        fail(errorMessage, tr("Unknown fault kind \"%1\" (expected latency, 5xx, reset, stall, truncate or 429).")
                               .arg(kindText));
        return std::nullopt;
    }
    const QStringList options = optionsText.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &option : options) {
        const int equals = option.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            fail(errorMessage, tr("Fault option \"%1\" is not of the form key=value.").arg(option));
            return std::nullopt;
        }
        if (!applyOption(fault, option.left(equals).trimmed(), option.mid(equals + 1).trimmed(), errorMessage))
            return std::nullopt;
    }
    return fault;
}

} // namespace Sandbox
