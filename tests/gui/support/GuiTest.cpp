// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTest.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>

namespace AltDist::Test {

void isolateSettings(const QString &dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("AltDist"));
    QCoreApplication::setApplicationName(QStringLiteral("AltDist"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir);
}

GuiFixture::GuiFixture(const Sandbox::SandboxOptions &options)
{
    isolateSettings(m_dir.path());
    m_settings = std::make_unique<QSettings>(QStringLiteral("AltDist"), QStringLiteral("AltDist"));
    m_credentials = std::make_unique<CredentialStore>(*m_settings);
    m_workspace = std::make_unique<Workspace>(*m_credentials);
    m_workspace->setSandboxOptions(options);
    m_workspace->openSandbox();
}

GuiFixture::~GuiFixture()
{
    m_workspace.reset();
    m_credentials.reset();
    m_settings.reset();
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

static QString plainText(QString text)
{
    return text.remove(QLatin1Char('&'));
}

QAbstractButton *findButton(QWidget *root, const QString &textOrName)
{
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->isVisible() || !button->isEnabled())
            continue;
        if (button->objectName() == textOrName || plainText(button->text()) == textOrName)
            return button;
    }
    return nullptr;
}

bool click(QWidget *root, const QString &textOrName)
{
    QAbstractButton *button = findButton(root, textOrName);
    if (!button)
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ALTDIST_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace AltDist::Test
