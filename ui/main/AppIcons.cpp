// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIcons.h"

#include <QImageReader>

namespace AltDist {

QIcon applicationIcon()
{
    if (!QImageReader::supportedImageFormats().contains("svg"))
        return {};
    return QIcon(QStringLiteral(":/icons/altdist.svg"));
}

void useFallbackIconTheme()
{
    QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));
}

} // namespace AltDist
