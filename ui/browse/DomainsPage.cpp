// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainsPage.h"

#include "BrowseActions.h"
#include "DomainName.h"
#include "Domains.h"
#include "ListPane.h"
#include "ResourceModels.h"

#include <QAction>
#include <QStyle>
#include <QTableView>

namespace AltDist {

DomainsPage::DomainsPage(Workspace &workspace, QWidget *parent) : ResourcePage(workspace, parent)
{
    setObjectName(QStringLiteral("domainsPage"));
    QAction *add = BrowseActions::action(this, tr("Add domain…"), "list-add", QStyle::SP_FileDialogNewFolder);
    add->setToolTip(tr("Register a domain web distribution may flow from"));
    connect(add, &QAction::triggered, this, &DomainsPage::addDomainRequested);
    listPane()->setEmptyText(tr("No domains yet – Add domain…"));
    listPane()->view()->setAccessibleName(tr("Domains"));
    init({add});
}

PagedModel *DomainsPage::createModel(ApiClient *client)
{
    return new DomainsModel(client);
}

QString DomainsPage::deletionText(const QJsonObject &domain)
{
    const Result<Domain> decoded = Domain::fromJson(domain);
    const QString id = domain.value(QLatin1String("id")).toString();
    if (!decoded.ok())
        return tr("Delete the domain with ID %1?").arg(id);
    const QString shown = DomainName::display(decoded->domain);
    const QString name = shown == decoded->domain ? shown : tr("%1 (%2)").arg(shown, decoded->domain);
    return tr("Delete the domain “%1” (reference name “%2”, ID %3)? Web distribution from this domain stops.")
        .arg(name, decoded->referenceName, id);
}

void DomainsPage::describeDeletion(const QJsonObject &resource, std::function<void(QString)> ask)
{
    ask(deletionText(resource));
}

Pending<void> DomainsPage::remove(ApiClient *client, const QString &id)
{
    return DomainsApi(client).remove(id);
}

} // namespace AltDist
