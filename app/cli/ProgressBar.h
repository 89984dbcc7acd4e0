// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

namespace AltDist::Cli {

/// A one-line download progress bar on stderr: percent, MB, speed, ETA.
/// On a terminal it redraws in place with '\r' at most ~10 times a second;
/// otherwise it prints nothing until finish() writes one summary line.
class ProgressBar final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::ProgressBar)
public:
    explicit ProgressBar(QString label, bool interactive);

    /// What the line is about (e.g. the file being transferred now).
    void setLabel(const QString &label) { m_label = label; }
    /// `total` < 0 when unknown.
    void update(qint64 received, qint64 total);
    /// Ends the bar: on a terminal the line is completed, otherwise one summary line is printed.
    void finish(qint64 received);
    /// Clears the bar (on failure or cancel) without a summary.
    void abandon();

    /// The bar's text (without '\r'), exposed for tests.
    static QString formatLine(const QString &label, qint64 received, qint64 total, double bytesPerSecond);
    static QString formatMegabytes(qint64 bytes);
    /// Bytes, KB or MB, whichever reads best.
    static QString formatSize(qint64 bytes);

private:
    double speed(qint64 received) const;
    void draw(const QString &line);

    QString m_label;
    bool m_interactive;
    QElapsedTimer m_clock;
    qint64 m_lastDrawMs = -1;
    qint64 m_firstReceived = -1;
    int m_lastWidth = 0;
};

} // namespace AltDist::Cli
