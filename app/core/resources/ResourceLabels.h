// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace AltDist::ResourceLabels {

/// Human names for the API's enum values (translated). Unknown values come
/// back as sent, so nothing new from Apple is ever hidden.

/// IOS -> "iOS", MAC_OS -> "macOS", TV_OS -> "tvOS", VISION_OS -> "visionOS".
QString platform(const QString &platform);
/// An AppVersionState or AppStoreVersionState, e.g. READY_FOR_DISTRIBUTION ->
/// "Ready for Distribution".
QString versionState(const QString &state);
/// A package version's state: COMPLETED -> "Completed", REPLACED -> "Replaced".
QString packageVersionState(const QString &state);
/// A date and time in the user's locale and time zone (short format); empty for a null date.
QString localDateTime(const QDateTime &dateTime);
/// "Yes" / "No".
QString yesNo(bool value);

} // namespace AltDist::ResourceLabels
