// SPDX-License-Identifier: GPL-3.0-or-later
#include "DownloadManager.h"

#include "Download.h"

namespace AltDist {

namespace {
void forEachDownload(QObject *root, void (Download::*method)())
{
    const QList<Download *> downloads = root->findChildren<Download *>(QString(), Qt::FindDirectChildrenOnly);
    for (Download *download : downloads)
        (download->*method)();
}
} // namespace

DownloadManager::DownloadManager(QObject *parent)
    : QObject(parent)
    , m_root(new QObject)
{
    m_thread.setObjectName(QStringLiteral("AltDist downloads"));
    m_root->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_root, &QObject::deleteLater);
    m_thread.start();
}

DownloadManager::~DownloadManager()
{
    QMetaObject::invokeMethod(
        m_root,
        [root = m_root] {
            forEachDownload(root, &Download::cancel);
            qDeleteAll(root->findChildren<Download *>(QString(), Qt::FindDirectChildrenOnly));
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DownloadManager::add(Download *download)
{
    Q_ASSERT(download && !download->parent());
    ++m_active;
    connect(download, &Download::finished, this, [this] {
        if (--m_active == 0)
            Q_EMIT idle();
    });
    connect(download, &Download::finished, download, &QObject::deleteLater);
    download->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_root,
        [root = m_root, download] {
            download->setParent(root);
            download->start();
        },
        Qt::QueuedConnection);
}

void DownloadManager::cancelAll()
{
    QMetaObject::invokeMethod(m_root, [root = m_root] { forEachDownload(root, &Download::cancel); },
                              Qt::QueuedConnection);
}

} // namespace AltDist
