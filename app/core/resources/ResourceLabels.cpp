// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace AltDist::ResourceLabels {

namespace {

struct Label
{
    const char *value;
    const char *text;
};

// QT_TRANSLATE_NOOP marks the texts for lupdate under one context.
constexpr char kContext[] = "AltDist::ResourceLabels";

QString lookup(const QString &value, const Label *labels, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (value == QLatin1String(labels[i].value))
            return QCoreApplication::translate(kContext, labels[i].text);
    }
    return value;
}

template <std::size_t N>
QString lookup(const QString &value, const Label (&labels)[N])
{
    return lookup(value, labels, N);
}

} // namespace

QString platform(const QString &platform)
{
    static constexpr Label labels[] = {
        {"IOS", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "iOS")},
        {"MAC_OS", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "macOS")},
        {"TV_OS", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "tvOS")},
        {"VISION_OS", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "visionOS")},
    };
    return lookup(platform, labels);
}

QString versionState(const QString &state)
{
    static constexpr Label labels[] = {
        {"ACCEPTED", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Accepted")},
        {"DEVELOPER_REJECTED", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Developer Rejected")},
        {"DEVELOPER_REMOVED_FROM_SALE", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Developer Removed from Sale")},
        {"IN_REVIEW", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "In Review")},
        {"INVALID_BINARY", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Invalid Binary")},
        {"METADATA_REJECTED", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Metadata Rejected")},
        {"NOT_APPLICABLE", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Not Applicable")},
        {"PENDING_APPLE_RELEASE", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Pending Apple Release")},
        {"PENDING_CONTRACT", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Pending Contract")},
        {"PENDING_DEVELOPER_RELEASE", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Pending Developer Release")},
        {"PREORDER_READY_FOR_SALE", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Pre-Order Ready for Sale")},
        {"PREPARE_FOR_SUBMISSION", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Prepare for Submission")},
        {"PROCESSING_FOR_APP_STORE", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Processing for App Store")},
        {"PROCESSING_FOR_DISTRIBUTION", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Processing for Distribution")},
        {"READY_FOR_DISTRIBUTION", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Ready for Distribution")},
        {"READY_FOR_REVIEW", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Ready for Review")},
        {"READY_FOR_SALE", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Ready for Sale")},
        {"REJECTED", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Rejected")},
        {"REMOVED_FROM_SALE", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Removed from Sale")},
        {"REPLACED_WITH_NEW_VERSION", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Replaced with New Version")},
        {"WAITING_FOR_EXPORT_COMPLIANCE", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Waiting for Export Compliance")},
        {"WAITING_FOR_REVIEW", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Waiting for Review")},
    };
    return lookup(state, labels);
}

QString packageVersionState(const QString &state)
{
    static constexpr Label labels[] = {
        {"COMPLETED", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Completed")},
        {"REPLACED", QT_TRANSLATE_NOOP("AltDist::ResourceLabels", "Replaced")},
    };
    return lookup(state, labels);
}

QString localDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat);
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("AltDist::ResourceLabels", "Yes")
                 : QCoreApplication::translate("AltDist::ResourceLabels", "No");
}

} // namespace AltDist::ResourceLabels
