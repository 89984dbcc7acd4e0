// SPDX-License-Identifier: GPL-3.0-or-later
// What the browse tests share beyond GuiTest.h: failing requests on purpose
// and catching the confirmation box a page opens.
#pragma once

#include "ApiClient.h"
#include "GuiTest.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>

namespace AltDist::Test {

/// Makes the sandbox answer `status` (an Apple error body) to the next `count`
/// requests under `pathPrefix` (count < 0: all of them), and the client give up
/// after the first failed answer, so the failure reaches the widgets.
inline void failRequests(GuiFixture &fixture, const QString &pathPrefix, int status, int count)
{
    RetryPolicy once;
    once.maxAttempts = 1;
    fixture.connection().client()->setRetryPolicy(once);
    Sandbox::Fault fault;
    fault.kind = Sandbox::Fault::Kind::ServerError;
    fault.status = status;
    fault.pathPrefix = pathPrefix;
    fault.count = count;
    fixture.sandbox().addFault(fault);
}

/// The message box that becomes the active modal widget within 5 s; null if none.
inline QMessageBox *waitForMessageBox()
{
    QMessageBox *box = nullptr;
    waitUntil([&] {
        box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        return box != nullptr;
    }, 5000);
    return box;
}

/// Triggers `deleteAction`, answers its confirmation with Cancel and checks
/// that no DELETE reached the sandbox. Sets a test failure otherwise.
inline void cancelDeletion(GuiFixture &fixture, QAction *deleteAction)
{
    fixture.sandbox().clearRequests();
    deleteAction->trigger();
    QMessageBox *box = waitForMessageBox();
    QVERIFY(box);
    QVERIFY(click(box, QStringLiteral("Cancel")));
    QVERIFY(waitUntil([] { return QApplication::activeModalWidget() == nullptr; }));
    QTest::qWait(50); // nothing is expected; give a wrongly sent DELETE the chance to show
    const QList<Sandbox::RequestRecord> requests = fixture.sandbox().requests();
    for (const Sandbox::RequestRecord &r : requests)
        QVERIFY(r.method != "DELETE");
}

} // namespace AltDist::Test
