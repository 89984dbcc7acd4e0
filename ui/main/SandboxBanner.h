// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace AltDist {

class Connection;

/// The coloured bar under the toolbar while the sandbox is open, so nobody
/// mistakes it for App Store Connect.
class SandboxBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxBanner)

public:
    explicit SandboxBanner(QWidget *parent = nullptr);

    /// Visible exactly when `connection` is the sandbox.
    void showFor(const Connection *connection);
    QString text() const;

private:
    QLabel *m_label;
};

} // namespace AltDist
