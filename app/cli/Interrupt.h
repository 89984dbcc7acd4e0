// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace AltDist::Cli {

/// Turns SIGINT (Ctrl+C) into a Qt signal delivered on the event loop, so a
/// command can cancel its requests cleanly instead of dying mid-write.
class Interrupt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Interrupt)
public:
    /// Installs the handler; one instance per process.
    explicit Interrupt(QObject *parent = nullptr);
    ~Interrupt() override;

Q_SIGNALS:
    void interrupted();

private:
    void onNotified();
};

} // namespace AltDist::Cli
