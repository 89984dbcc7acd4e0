// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResourcePage.h"

namespace AltDist {

/// Web-distribution keys: list, details, "Create key…", delete (the API key,
/// then the private half this computer stored in the keychain, if any).
class KeysPage final : public ResourcePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeysPage)

public:
    explicit KeysPage(Workspace &workspace, QWidget *parent = nullptr);

    /// The confirmation shown before deleting key `keyId`. `appKey` false: an
    /// account-wide key. `appId` empty for an app's key: its app is unknown;
    /// `appName` empty: the app is named by its id.
    static QString deletionText(const QString &keyId, bool appKey, const QString &appId = {},
                                const QString &appName = {});

Q_SIGNALS:
    /// `appId` empty: the user picks (or leaves the key account-wide).
    void createKeyRequested(const QString &appId);

protected:
    PagedModel *createModel(ApiClient *client) override;
    void describeDeletion(const QJsonObject &resource, std::function<void(QString)> ask) override;
    Pending<void> remove(ApiClient *client, const QString &id) override;
    void deleted(const QString &id) override;
};

} // namespace AltDist
