// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeysPage.h"

#include "Apps.h"
#include "BrowseActions.h"
#include "CredentialStore.h"
#include "ErrorBanner.h"
#include "KeyAppLookup.h"
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

QString KeysPage::deletionText(const QString &keyId, bool appKey, const QString &appId, const QString &appName)
{
    const QString keychain = tr("A private key stored for it on this computer is removed from the keychain too.");
    if (!appKey)
        return tr("Delete the account-wide web-distribution key %1? Apps that rely on it can no longer be "
                  "installed from the web with it.").arg(keyId)
            + QLatin1Char(' ') + keychain;
    if (appId.isEmpty())
        return tr("Delete the web-distribution key %1? It belongs to an app that could not be determined; that "
                  "app can no longer be installed from the web with it.").arg(keyId)
            + QLatin1Char(' ') + keychain;
    const QString app = appName.isEmpty() ? tr("app ID %1").arg(appId) : tr("“%1” (app ID %2)").arg(appName, appId);
    return tr("Delete the web-distribution key %1 of %2? The app can no longer be installed from the web "
              "with it.").arg(keyId, app)
        + QLatin1Char(' ') + keychain;
}

void KeysPage::describeDeletion(const QJsonObject &resource, std::function<void(QString)> ask)
{
    const Result<DistributionKey> key = DistributionKey::fromJson(resource);
    const QString keyId = resource.value(QLatin1String("id")).toString();
    const auto *model = qobject_cast<const KeysModel *>(listPane()->model());
    const bool appKey = key.ok() && (!key->appId.isEmpty() || (model && model->isAppKey(listPane()->currentSourceRow())));
    if (!appKey || !client()) {
        ask(deletionText(keyId, appKey));
        return;
    }
    if (key->appId.isEmpty()) {
        // The listing says the key is an app's but not whose: ask the apps.
        findAppOfKey(client(), keyId, this, [keyId, ask](const std::optional<App> &app) {
            ask(app ? deletionText(keyId, true, app->id, app->name) : deletionText(keyId, true));
        });
        return;
    }
    // Name the app, not just its id; if that fails the id still names it exactly.
    AppsApi(client()).get(key->appId).then(this, [keyId, appId = key->appId, ask](const Result<App> &app) {
        ask(deletionText(keyId, true, appId, app.ok() ? app->name : QString()));
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
