// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiskWorker.h"

namespace AltDist {

DiskWorker::DiskWorker(const QString &threadName)
    : m_context(new QObject)
{
    m_thread.setObjectName(threadName);
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

DiskWorker::~DiskWorker()
{
    // The work in progress finishes; work not yet started may be dropped (its reply never comes).
    m_thread.quit();
    m_thread.wait();
}

} // namespace AltDist
