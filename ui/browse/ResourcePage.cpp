// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourcePage.h"

#include "ApiClient.h"
#include "BrowseActions.h"
#include "Connection.h"
#include "DetailsPanel.h"
#include "ErrorBanner.h"
#include "ListPane.h"
#include "PagedModel.h"
#include "Workspace.h"

#include <QDataStream>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace AltDist {

namespace {
constexpr quint32 kStateMagic = 0x52500001; // "RP", version 1
}

ResourcePage::ResourcePage(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_toolBar(new QToolBar(this)), m_banner(new ErrorBanner(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_list(new ListPane(m_splitter)),
      m_details(new DetailsPanel(m_splitter)), m_delete(BrowseActions::deleteAction(this)),
      m_copyId(BrowseActions::copyIdAction(this))
{
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    DetailsPanel::splitBesideList(m_splitter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    connect(m_delete, &QAction::triggered, this, &ResourcePage::deleteCurrent);
    connect(m_copyId, &QAction::triggered, this, &ResourcePage::copyCurrentId);
    connect(m_list, &ListPane::currentChanged, this, [this](const QJsonObject &resource) {
        m_details->setResource(resource);
        updateActions();
    });
    m_list->setContextActions({m_copyId, m_delete});
}

ResourcePage::~ResourcePage() = default;

void ResourcePage::init(const QList<QAction *> &leading)
{
    m_toolBar->addActions(leading);
    if (!leading.isEmpty())
        m_toolBar->addSeparator();
    m_toolBar->addAction(m_delete);
    m_toolBar->addAction(m_copyId);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_list->refreshAction());
    addActions({m_delete, m_copyId});
    connect(&m_workspace, &Workspace::connectionChanged, this, &ResourcePage::setConnection);
    setConnection(m_workspace.connection());
}

ApiClient *ResourcePage::client() const
{
    return m_workspace.connection() ? m_workspace.connection()->client() : nullptr;
}

void ResourcePage::setConnection(Connection *connection)
{
    // What was asked or sent for the old connection ends here: a DELETE in
    // flight there never answers once its client goes, and a confirmation
    // still open must not delete an item of the old account through the new.
    delete m_connectionScope;
    m_connectionScope = new QObject(this);
    m_deleting = false;
    if (m_confirmation)
        m_confirmation->close();
    m_banner->clear();
    m_details->clear();
    m_list->setModel(connection ? createModel(connection->client()) : nullptr);
    updateActions();
}

void ResourcePage::updateActions()
{
    const bool item = !m_list->currentId().isEmpty();
    m_delete->setEnabled(item && !m_deleting);
    m_copyId->setEnabled(item);
}

void ResourcePage::refresh()
{
    m_banner->clear();
    m_list->refresh();
}

void ResourcePage::copyCurrentId()
{
    BrowseActions::copyToClipboard(m_list->currentId());
}

void ResourcePage::deleteCurrent()
{
    const QJsonObject resource = m_list->currentResource();
    if (resource.isEmpty() || m_deleting || !client())
        return;
    const QString id = m_list->currentId();
    // describeDeletion may ask the API first; its answer counts only while
    // the connection it was asked through is still the current one.
    describeDeletion(resource, [this, id, scope = QPointer<QObject>(m_connectionScope)](const QString &text) {
        if (scope && !m_confirmation)
            confirm(id, text);
    });
}

void ResourcePage::confirm(const QString &id, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete"), text, QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("This cannot be undone."));
    QPushButton *deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    m_confirmation = box;
    connect(box, &QMessageBox::finished, m_connectionScope, [this, box, deleteButton, id] {
        if (box->clickedButton() != deleteButton)
            return;
        ApiClient *api = client();
        if (!api)
            return;
        m_deleting = true;
        m_banner->clear();
        updateActions();
        remove(api, id).then(m_connectionScope, [this, id](const Status &status) {
            m_deleting = false;
            updateActions();
            if (!status.ok()) {
                m_banner->setError(status.error());
                return;
            }
            deleted(id);
            m_list->refresh();
        });
    });
    box->open();
}

QByteArray ResourcePage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateMagic << m_splitter->saveState() << m_list->saveState();
    return state;
}

void ResourcePage::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    QByteArray splitter;
    QByteArray list;
    in >> magic >> splitter >> list;
    if (in.status() != QDataStream::Ok || magic != kStateMagic)
        return;
    m_splitter->restoreState(splitter);
    m_list->restoreState(list);
}

} // namespace AltDist
