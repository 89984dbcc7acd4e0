// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeysPage.h"

#include "Apps.h"
#include "BrowseActions.h"
#include "CredentialStore.h"
#include "ErrorBanner.h"
#include "Keys.h"
#include "ListPane.h"
#include "ResourceModels.h"
#include "Workspace.h"

#include <QAction>
#include <QStyle>
#include <QTableView>

namespace AltDist {

KeysPage::KeysPage(Workspace &workspace, QWidget *parent) : ResourcePage(workspace, parent)
{
    setObjectName(QStringLiteral("keysPage"));
    QAction *create = BrowseActions::action(this, tr("Create key…"), "list-add", QStyle::SP_FileDialogNewFolder);
    create->setToolTip(tr("Generate or import a web-distribution key"));
    connect(create, &QAction::triggered, this, [this] { Q_EMIT createKeyRequested(QString()); });
    listPane()->setEmptyText(tr("No web-distribution keys yet – Create key…"));
    listPane()->view()->setAccessibleName(tr("Web-distribution keys"));
    init({create});
}

PagedModel *KeysPage::createModel(ApiClient *client)
{
    return new KeysModel(client);
}

QString KeysPage::deletionText(const QJsonObject &key, const QString &appName)
{
    const QString id = key.value(QLatin1String("id")).toString();
    const Result<DistributionKey> decoded = DistributionKey::fromJson(key);
    const QString appId = decoded.ok() ? decoded->appId : QString();
    if (appId.isEmpty())
        return tr("Delete the account-wide web-distribution key %1? Apps that rely on it can no longer be "
                  "installed from the web with it.").arg(id);
    const QString app = appName.isEmpty() ? tr("app ID %1").arg(appId) : tr("“%1” (app ID %2)").arg(appName, appId);
    return tr("Delete the web-distribution key %1 of %2? The app can no longer be installed from the web "
              "with it.").arg(id, app);
}

void KeysPage::describeDeletion(const QJsonObject &resource, std::function<void(QString)> ask)
{
    const Result<DistributionKey> key = DistributionKey::fromJson(resource);
    if (!key.ok() || key->appId.isEmpty() || !client()) {
        ask(deletionText(resource, {}));
        return;
    }
    // Name the app, not just its id; if that fails the id still names it exactly.
    AppsApi(client()).get(key->appId).then(this, [resource, ask](const Result<App> &app) {
        ask(deletionText(resource, app.ok() ? app->name : QString()));
    });
}

Pending<void> KeysPage::remove(ApiClient *client, const QString &id)
{
    return KeysApi(client).remove(id);
}

void KeysPage::deleted(const QString &id)
{
    workspace().credentials().removeWebDistributionKey(id, this, [this](const Status &status) {
        if (!status.ok())
            errorBanner()->setError(status.error());
    });
}

} // namespace AltDist
